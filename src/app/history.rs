//! The path of followed links: where the user was before each ([`Place`]),
//! what [`App::follow`] saves and Backspace
//! ([`Action::GoBack`](super::Action::GoBack)) restores.

use strum::IntoEnumIterator;

use super::{App, Focus, Tab};
use crate::query::Filter;

/// Where the user was before following a link: what
/// [`Action::GoBack`](super::Action::GoBack) restores.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    tab: Tab,
    /// Each list tab's part, with its tab.
    pub(super) lists: Vec<(Tab, Saved)>,
}

/// One tab's part of a [`Place`].
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Saved {
    pub(super) record: Option<usize>,
    selected: usize,
    offset: usize,
    focus: Focus,
    pub(super) detail_scroll: usize,
    pub(super) link: Option<usize>,
    query: String,
    filter_on: bool,
}

/// The longest path of followed links kept for going back.
pub const HISTORY: usize = 200;

impl App {
    /// Where the user is now, to come back to.
    pub(super) fn place(&self) -> Place {
        Place {
            tab: self.tab,
            lists: Tab::iter()
                .filter_map(|t| Some((t, self.list(t)?)))
                .map(|(t, l)| {
                    let saved = Saved {
                        record: l.selected_record(),
                        selected: l.selected,
                        offset: l.offset,
                        focus: l.focus,
                        detail_scroll: l.detail_scroll,
                        link: l.link,
                        query: l.query.clone(),
                        filter_on: l.filter_on,
                    };
                    (t, saved)
                })
                .collect(),
        }
    }

    /// Backspace: back to where the last followed link was followed from.
    pub(super) fn go_back(&mut self) {
        let Some(place) = self.history.pop() else {
            self.say(crate::t!("say-nothing-to-go-back-to"));
            return;
        };
        self.tab = place.tab;
        for (tab, saved) in place.lists {
            self.with_list(tab, |l, c, d| {
                if l.query != saved.query || l.error.is_some() {
                    l.set_query(saved.query.clone(), c, d);
                    if l.error.take().is_some() {
                        // Not expected (a saved filter parsed when saved):
                        // show everything rather than a wrong subset.
                        l.filter = Filter::all(l.filter.kind());
                        l.rematch(c, d);
                    }
                }
                if l.filter_on != saved.filter_on {
                    l.filter_on = saved.filter_on;
                    l.reshow();
                }
                let position = saved
                    .record
                    .and_then(|r| l.rows().iter().position(|&x| x == r))
                    .unwrap_or(saved.selected);
                l.selected = position;
                l.offset = saved.offset;
                l.focus = saved.focus;
                l.detail_scroll = saved.detail_scroll;
                l.link = saved.link;
            });
        }
    }
}
