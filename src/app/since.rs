//! `--since REV|DATE`: the records added or changed since an earlier
//! version of the file, marked `+` and `~` before their rows as a reload
//! marks them, but kept (a reload marks them again against that version).
//! The marks are derived data of the version shown
//! ([`crate::query::Derived::since`]), made where that version is derived.

use std::sync::Arc;

use super::App;
use super::reload::Mark;
use crate::model::Campaign;
use crate::query::changes::{Changes, Marked};
use crate::query::{Derived, RecordKind};

/// The earlier version, as the user named it.
#[derive(Debug, Clone, PartialEq)]
pub struct Since {
    /// How the user named the version ("HEAD~1", "2026-11-30").
    pub label: String,
    pub(super) base: Arc<Campaign>,
}

/// What of `shown` was added or changed since `base`: computed where a
/// version is derived (the loader thread, the rework worker). A version
/// shown without its sensitive fields (presentation mode) is compared with
/// the earlier one without them too: a change to a hidden field alone
/// marks nothing.
pub(crate) fn marks_against(base: &Campaign, shown: &Campaign) -> Marked {
    let changes = if crate::present::is_stripped(shown) {
        Changes::between_shown(base, shown)
    } else {
        Changes::between(base, shown)
    };
    Marked::of(&changes)
}

/// `derived` (of `shown`) with its marks against `since`'s version, if any.
pub(crate) fn mark(derived: &mut Derived, since: Option<&Campaign>, shown: &Campaign) {
    derived.since = since.map(|base| Arc::new(marks_against(base, shown)));
}

impl App {
    /// Marks what changed in the version shown since `base`, the file as
    /// it was at the version named `label`, and says how much.
    pub fn set_since(&mut self, label: impl Into<String>, base: Campaign) {
        mark(&mut self.derived, Some(&base), &self.campaign);
        let since = Since {
            label: label.into(),
            base: Arc::new(base),
        };
        self.since = Some(since);
        let said = since_summary(self);
        self.message = Some(match self.message.take() {
            Some(before) => format!("{said} · {before}"),
            None => said,
        });
        // A filter kept by `changed` keeps other records now.
        for tab in <super::Tab as strum::IntoEnumIterator>::iter() {
            self.with_list(tab, |l, c, d| l.rematch(c, d));
        }
        self.rebuild_overview();
    }

    /// The mark `--since` gives a record of the version shown.
    pub fn since_mark(&self, kind: RecordKind, record: usize) -> Option<Mark> {
        self.since.as_ref()?;
        match self.derived.since.as_ref()?.get(kind, record)? {
            true => Some(Mark::Added),
            false => Some(Mark::Changed),
        }
    }

    /// How many records `--since` marks in the version shown.
    pub fn since_count(&self) -> usize {
        self.derived.since.as_ref().map_or(0, |m| m.count())
    }
}

/// "3 records changed since HEAD~1 (+ added, ~ changed)".
pub fn since_summary(app: &App) -> String {
    let label = app.since.as_ref().map_or("", |s| s.label.as_str());
    format!(
        "{} changed since {} (+ added, ~ changed)",
        crate::text::plural(app.since_count(), "record", "records"),
        crate::sanitize::sanitize_line(label)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Presenting, a change to a hidden field alone (notes, the address of a
    /// place of custody) marks nothing; one to a shown field still does.
    #[test]
    fn presenting_a_change_to_hidden_fields_alone_marks_nothing() {
        let text = include_str!("../../campaign.toml");
        let base = crate::load::parse_str(text, &Default::default())
            .campaign
            .unwrap();
        let mut now = base.clone();
        now.prisoners[0].edit(|d| d.notes = Some("Visited on Sundays.".into()));
        if let Some(c) = now.prisoners[1].custody.first_mut() {
            c.address = Some("Somewhere else 1".into());
        }
        now.prisoners[2].status = crate::model::Status::Released;
        let day = chrono::NaiveDate::from_ymd_opt(2023, 5, 6).unwrap();
        let full = marks_against(&base, &now);
        assert_eq!(full.get(RecordKind::Prisoner, 0), Some(false));
        let mut shown = now.clone();
        crate::present::strip(&mut shown, day);
        let presenting = marks_against(&base, &shown);
        let (added, changed) = presenting.of_kind(RecordKind::Prisoner);
        assert_eq!((added, changed), (&[][..], &[2][..]));
    }
}
