//! Work on the whole campaign that the event thread hands to a worker:
//! turning presentation mode on or off (the sensitive fields taken out or
//! put back, and everything derived from the campaign computed again) and
//! a new day (every figure computed again). On a file of 20,000 records
//! either takes a good part of a second; the event thread only swaps the
//! result in.
//!
//! The event loop sees [`App::wants_rework`](super::App::wants_rework),
//! runs the [`Rework`] of [`App::rework`](super::App::rework) on a thread
//! and hands what it gives to [`App::reworked`](super::App::reworked).
//! Without an event loop (tests, the first frame) the app does the work at
//! once, in the same functions.
//!
//! While presentation mode is being turned on, nothing that may show a
//! sensitive field is drawn: the screen says what is being hidden until the
//! stripped version is in. Turning it off, the stripped version stays on
//! screen until the full one is ready.

use std::sync::Arc;

use chrono::NaiveDate;

use super::ListRows;
use crate::model::Campaign;
use crate::present::Hidden;
use crate::query::{Derived, Filter, Sort};

/// What the dashboard is to show once the work is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    pub present: bool,
    pub today: NaiveDate,
}

/// The work, with what it needs of the dashboard.
#[derive(Debug, Clone)]
pub struct Rework {
    pub(super) version: u64,
    pub(super) target: Target,
    pub(super) campaign: Arc<Campaign>,
    pub(super) hidden: Option<Arc<Hidden>>,
    pub(super) lists: Vec<(Filter, Option<Sort>)>,
    /// `--since`'s earlier version, to mark the new one against.
    pub(super) since: Option<Arc<Campaign>>,
}

/// The result: a version of the campaign for [`Target`], derived, with the
/// lists laid out for the filters and sorts they had.
#[derive(Debug, Clone, PartialEq)]
pub struct Reworked {
    pub(super) version: u64,
    pub(super) target: Target,
    /// `None`: the campaign shown, unchanged (a new day only).
    pub(super) campaign: Option<Campaign>,
    pub(super) hidden: Option<Arc<Hidden>>,
    pub(super) derived: Derived,
    pub(super) lists: Vec<ListRows>,
    /// The widths of the cells of every tab ([`super::measure_all`]).
    pub(super) widths: Vec<Vec<u16>>,
}

impl Rework {
    /// Does the work; costly on big files, so the event loop runs it on a
    /// thread of its own.
    pub fn run(self) -> Reworked {
        let Rework {
            version,
            target,
            campaign,
            hidden,
            lists,
            since,
        } = self;
        // A copy to strip or fill in: the dashboard keeps showing its own
        // meanwhile.
        let (changed, hidden) = match (hidden, target.present) {
            (None, true) => {
                let mut c = Campaign::clone(&campaign);
                let hidden = crate::present::strip(&mut c, target.today);
                (Some(c), Some(Arc::new(hidden)))
            }
            (Some(hidden), false) => {
                let mut c = Campaign::clone(&campaign);
                crate::present::restore(&mut c, Arc::unwrap_or_clone(hidden));
                (Some(c), None)
            }
            // The mode stays, and so does the campaign.
            (hidden, _) => (None, hidden),
        };
        let shown = changed.as_ref().unwrap_or(&campaign);
        let mut derived = Derived::new(shown, target.today);
        super::since::mark(&mut derived, since.as_deref(), shown);
        let lists = lists
            .into_iter()
            .map(|spec| ListRows::new(spec, shown, &derived))
            .collect();
        let widths = super::measure_all(shown, &derived);
        Reworked {
            version,
            target,
            campaign: changed,
            hidden,
            derived,
            lists,
            widths,
        }
    }
}
