//! The state of one list tab ([`ListState`]): the selection, the scroll,
//! the focus, the filter and sort and the rows they give; and the rows laid
//! out away from the event thread ([`ListRows`]).

use super::Focus;
use crate::model::Campaign;
use crate::query::{
    CHANGED, CHANGED_NEEDS_SINCE, Derived, Filter, FilterError, RecordKind, SearchIndex, Sort,
    default_order, sort,
};

/// The state of one list tab: where the user is in it, its filter and sort,
/// and the rows they give (computed in update when the filter or the sort
/// changes, never while drawing).
#[derive(Debug, Clone, PartialEq)]
pub struct ListState {
    /// Position of the selected row in [`ListState::rows`].
    pub selected: usize,
    /// Position of the first row shown.
    pub offset: usize,
    pub focus: Focus,
    /// The focused pane has the whole screen (`z`), the other hidden.
    pub zoomed: bool,
    /// First line of the detail shown.
    pub detail_scroll: usize,
    /// The chosen link of the detail, by its number
    /// ([`detail::Row::link`](super::detail::Row::link)).
    pub link: Option<usize>,
    /// The filter as typed.
    pub query: String,
    /// The last filter that parsed: what the rows follow. While `query` has
    /// a mistake this is still the one before it; while it has a term not
    /// finished, it is `query` without that term.
    pub filter: Filter,
    /// Why `query` does not parse, while the filter line is open on it: a
    /// mistake (`filter` is then the last one without), or a term not
    /// finished yet ([`FilterError::incomplete`]), which `filter` leaves
    /// out.
    pub error: Option<FilterError>,
    /// Whether the filter narrows the list (`f` turns it off and on; off,
    /// `n`/`N` jump between its matches).
    pub filter_on: bool,
    /// The column the list is sorted by; `None` for the tab's own order.
    pub sort: Option<Sort>,
    /// Every record, in the sort order.
    order: Vec<usize>,
    /// By record index: whether the filter matches it (empty when the filter
    /// is empty and so matches everything).
    matched: Vec<bool>,
    match_count: usize,
    /// The records shown, in order.
    pub(super) rows: Vec<usize>,
    /// The filter, the sort, or both wait for the search index (built after
    /// the first screen): no row is shown until it is in, when
    /// [`ListState::indexed`] applies them.
    waiting: Waiting,
}

/// What of a list waits for the search index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Waiting {
    filter: bool,
    sort: bool,
}

impl ListState {
    pub(super) fn new(kind: RecordKind, campaign: &Campaign, derived: &Derived) -> Self {
        let mut l = ListState {
            selected: 0,
            offset: 0,
            focus: Focus::List,
            zoomed: false,
            detail_scroll: 0,
            link: None,
            query: String::new(),
            filter: Filter::all(kind),
            error: None,
            filter_on: true,
            sort: None,
            order: Vec::new(),
            matched: Vec::new(),
            match_count: 0,
            rows: Vec::new(),
            waiting: Waiting::default(),
        };
        l.rematch(campaign, derived);
        l.reorder(campaign, derived);
        l
    }

    /// The records shown, top to bottom.
    pub fn rows(&self) -> &[usize] {
        &self.rows
    }

    /// How many records the tab has, filtered or not.
    pub fn total(&self) -> usize {
        self.order.len()
    }

    /// How many records the filter matches.
    pub fn match_count(&self) -> usize {
        self.match_count
    }

    /// True when the tab has a filter (on or off).
    pub fn has_filter(&self) -> bool {
        !self.filter.is_empty()
    }

    /// True when the filter narrows the rows.
    pub fn filtering(&self) -> bool {
        self.filter_on && self.has_filter()
    }

    /// Whether the filter matches `record` (every record, without a filter).
    pub fn is_match(&self, record: usize) -> bool {
        self.matched
            .get(record)
            .copied()
            .unwrap_or(!self.has_filter())
    }

    /// The record of the selected row.
    pub fn selected_record(&self) -> Option<usize> {
        self.rows.get(self.selected).copied()
    }

    /// Whether the rows wait for the search index: the list then says so
    /// in their place.
    pub fn waiting(&self) -> bool {
        self.waiting_for().is_some()
    }

    /// What waits for the search index: "filter", "sort" or "both", the
    /// selector of the title's `list-preparing` message.
    pub fn waiting_for(&self) -> Option<&'static str> {
        match (self.waiting.filter, self.waiting.sort) {
            (true, true) => Some("both"),
            (true, false) => Some("filter"),
            (false, true) => Some("sort"),
            (false, false) => None,
        }
    }

    /// Recomputes which records match the filter; without the search index
    /// a filter waits for it.
    pub(super) fn rematch(&mut self, campaign: &Campaign, derived: &Derived) {
        let count = self.filter.kind().count(campaign);
        self.waiting.filter = false;
        (self.matched, self.match_count) = if self.filter.is_empty() {
            (Vec::new(), count)
        } else if let Some(search) = derived.search() {
            matches(&self.filter, campaign, search, derived)
        } else {
            self.waiting.filter = true;
            (Vec::new(), 0)
        };
        self.reshow();
    }

    /// Recomputes the sort order; without the search index a sort waits
    /// for it.
    pub(super) fn reorder(&mut self, campaign: &Campaign, derived: &Derived) {
        let kind = self.filter.kind();
        self.waiting.sort = false;
        self.order = match (self.sort, derived.search()) {
            (None, _) => default_order(kind, campaign, derived),
            (Some(_), Some(search)) => order(kind, self.sort, campaign, derived, search),
            (Some(_), None) => {
                self.waiting.sort = true;
                default_order(kind, campaign, derived)
            }
        };
        self.reshow();
    }

    /// The search index is in: what waited for it is applied.
    pub(super) fn indexed(&mut self, campaign: &Campaign, derived: &Derived) {
        if self.waiting.filter {
            self.rematch(campaign, derived);
        }
        if self.waiting.sort {
            self.reorder(campaign, derived);
        }
    }

    /// The filter and sort, to lay the rows out for another version.
    pub(crate) fn spec(&self) -> (Filter, Option<Sort>) {
        (self.filter.clone(), self.sort)
    }

    /// Takes rows laid out for this version elsewhere, when they were laid
    /// out for this list's filter and sort; returns whether it took them.
    pub(crate) fn take_rows(&mut self, rows: ListRows) -> bool {
        if rows.filter != self.filter || rows.sort != self.sort {
            return false;
        }
        self.order = rows.order;
        self.matched = rows.matched;
        self.match_count = rows.match_count;
        self.reshow();
        true
    }

    /// Recomputes the rows from the order and the matches, keeping the
    /// selection on the same record when it is still shown (else on the
    /// first row).
    pub(super) fn reshow(&mut self) {
        let keep = self.selected_record();
        self.rows = if self.waiting() {
            Vec::new()
        } else if self.filtering() {
            self.order
                .iter()
                .copied()
                .filter(|&i| self.matched.get(i).copied().unwrap_or(false))
                .collect()
        } else {
            self.order.clone()
        };
        let position = keep.and_then(|r| self.rows.iter().position(|&x| x == r));
        if position.is_none() || self.selected_record() != keep {
            self.select(position.unwrap_or(0));
        }
    }

    /// Selects the row at `position`; a new record starts its detail at the
    /// top with no link chosen.
    pub(super) fn select(&mut self, position: usize) {
        let before = self.selected_record();
        self.selected = position;
        if self.selected_record() != before {
            self.detail_scroll = 0;
            self.link = None;
        }
    }

    /// Sets the filter text, and the filter when it parses (leaving out a
    /// term not finished yet).
    pub(super) fn set_query(&mut self, text: String, campaign: &Campaign, derived: &Derived) {
        let parsed = Filter::parse_typing(&text, self.filter.kind()).and_then(|(f, unfinished)| {
            // Without `--since` nothing is marked: said, not a list of none.
            if f.uses_changed() && derived.since.is_none() {
                let at = text.to_ascii_lowercase().find(CHANGED).unwrap_or(0);
                return Err(FilterError {
                    message: CHANGED_NEEDS_SINCE.to_owned(),
                    span: at..(at + CHANGED.len()).min(text.len()),
                    incomplete: false,
                });
            }
            Ok((f, unfinished))
        });
        match parsed {
            Ok((filter, unfinished)) => {
                self.error = unfinished;
                self.filter_on = true;
                if filter != self.filter {
                    self.filter = filter;
                    self.rematch(campaign, derived);
                } else {
                    self.reshow();
                }
            }
            Err(e) => self.error = Some(e),
        }
        self.query = text;
    }
}

/// By record index of `filter`'s kind, whether it matches (empty when the
/// filter is empty and so matches everything), and how many it matches.
fn matches(
    filter: &Filter,
    campaign: &Campaign,
    search: &SearchIndex,
    derived: &Derived,
) -> (Vec<bool>, usize) {
    let count = filter.kind().count(campaign);
    if filter.is_empty() {
        return (Vec::new(), count);
    }
    let matched: Vec<bool> = (0..count)
        .map(|i| filter.matches(i, campaign, search, derived.since.as_deref()))
        .collect();
    let n = matched.iter().filter(|m| **m).count();
    (matched, n)
}

/// Every record of `kind` in the order of `how`, else the tab's own.
fn order(
    kind: RecordKind,
    how: Option<Sort>,
    campaign: &Campaign,
    derived: &Derived,
    search: &SearchIndex,
) -> Vec<usize> {
    let mut order = default_order(kind, campaign, derived);
    if let Some(s) = how {
        sort(s, &mut order, campaign, derived, search);
    }
    order
}

/// A list's rows laid out for a version of the campaign away from the
/// event thread (by the loader, for the version it loaded), for the filter
/// and sort it had then.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ListRows {
    filter: Filter,
    sort: Option<Sort>,
    order: Vec<usize>,
    matched: Vec<bool>,
    match_count: usize,
}

impl ListRows {
    /// Takes out of `lists` the rows laid out for the list of `kind`.
    pub(crate) fn take(lists: &mut Vec<ListRows>, kind: RecordKind) -> Option<ListRows> {
        let k = lists.iter().position(|l| l.filter.kind() == kind)?;
        Some(lists.swap_remove(k))
    }

    pub(crate) fn new(
        (filter, sort): (Filter, Option<Sort>),
        campaign: &Campaign,
        derived: &Derived,
    ) -> ListRows {
        // Off the event thread: the index is built here if it is not yet.
        let search = derived.search_index(campaign);
        let (matched, match_count) = matches(&filter, campaign, search, derived);
        let order = order(filter.kind(), sort, campaign, derived, search);
        ListRows {
            filter,
            sort,
            order,
            matched,
            match_count,
        }
    }
}
