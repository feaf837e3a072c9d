//! The detail pane as laid out on screen ([`DetailView`]), and the cache
//! that builds it once per selection, size and version.

use std::borrow::Cow;

use super::{App, Tab, detail};

/// The detail of the selected record of a tab as laid out on screen: its
/// rows, where each link is, and where it leads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DetailView {
    pub rows: Vec<detail::Row>,
    /// The targets of the links, by number.
    pub links: Vec<detail::Link>,
    /// The rows of each link, by number.
    pub spans: Vec<std::ops::Range<usize>>,
    /// How many rows the pane shows.
    pub height: usize,
}

impl DetailView {
    /// The largest scroll that still fills the pane.
    pub fn max_scroll(&self) -> usize {
        self.rows.len().saturating_sub(self.height)
    }

    /// Whether link `k` is on screen at `scroll`.
    pub(super) fn shows(&self, k: usize, scroll: usize) -> bool {
        self.spans
            .get(k)
            .is_some_and(|s| s.start < scroll + self.height && s.end > scroll)
    }

    /// The scroll nearest to `scroll` that shows link `k` whole (its top
    /// when it is taller than the pane).
    pub(super) fn scroll_to(&self, k: usize, scroll: usize) -> usize {
        let Some(span) = self.spans.get(k) else {
            return scroll;
        };
        if span.start < scroll || span.len() > self.height {
            span.start
        } else if span.end > scroll + self.height {
            span.end - self.height
        } else {
            scroll
        }
    }
}

/// What the detail pane shows depends on: the version of the data shown
/// ([`App::version`]), the tab, its selected record, and the pane's width
/// and height.
type DetailKey = (u64, Tab, Option<usize>, u16, u16);

/// The detail pane as last built, with what it was built for. A record that
/// links to thousands of others (a union all the prisoners belong to) makes
/// a detail of thousands of rows: it is built when the selection, the size
/// or the campaign changes, not for every frame.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct DetailCache {
    /// `None` before the first build.
    key: Option<DetailKey>,
    pub(crate) view: DetailView,
}

impl App {
    /// What the detail pane shows now depends on.
    pub(super) fn detail_key(&self) -> DetailKey {
        let areas = self.areas();
        (
            self.version,
            self.tab,
            self.selected_record(self.tab),
            areas.detail_text.width,
            areas.detail_text.height,
        )
    }

    /// The detail of the current tab as the screen shows it now: the one
    /// built by the last [`App::update`] (or reload), unless the state has
    /// moved since (within an update), when it is built afresh.
    pub fn detail_view(&self) -> Cow<'_, DetailView> {
        let key = self.detail_key();
        if self.detail.key == Some(key) {
            Cow::Borrowed(&self.detail.view)
        } else {
            Cow::Owned(self.build_detail_view(key))
        }
    }

    pub(super) fn build_detail_view(
        &self,
        (_, tab, record, width, height): DetailKey,
    ) -> DetailView {
        let doc = match record {
            Some(record) => detail::document(self, tab, record),
            None => Vec::new(),
        };
        let rows = detail::rows(&doc, width);
        DetailView {
            spans: detail::link_spans(&rows),
            links: detail::links(&doc),
            rows,
            height: usize::from(height),
        }
    }

    /// Runs `f` on the app with the detail as the screen shows it now
    /// beside it (lent out of the cache, so `f` may change the app).
    pub(super) fn with_detail<R>(&mut self, f: impl FnOnce(&mut Self, &DetailView) -> R) -> R {
        self.refresh_detail();
        // While lent out the cache is marked empty: anything in `f` that
        // asks for the detail builds its own.
        let key = self.detail.key.take();
        let view = std::mem::take(&mut self.detail.view);
        let out = f(self, &view);
        if self.detail.key.is_none() {
            self.detail = DetailCache { key, view };
        }
        out
    }

    /// Builds the detail again if what it shows has changed.
    pub(crate) fn refresh_detail(&mut self) {
        let key = self.detail_key();
        if self.detail.key != Some(key) {
            self.detail.view = self.build_detail_view(key);
            self.detail.key = Some(key);
        }
    }
}
