//! The Agenda tab's state: the items of the agenda
//! ([`crate::query::agenda`]) that its filter lets through, laid out once
//! per version of the data and per filter (never per frame) as lines under
//! the headings of their groups; the item chosen and the first line shown.
//! Enter (or a click) follows the chosen item's link to its record, as the
//! overview does, and back returns here.

use strum::IntoEnumIterator;

use super::App;
use crate::query::agenda::{Agenda, AgendaFilter, Group, Item};
use crate::query::{FilterError, SearchIndex};

/// One line of the tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaLine {
    /// A group's heading, with how many of its items are shown.
    Heading(Group, usize),
    /// The item at this place of [`AgendaState::shown`].
    Item(usize),
}

/// Where the user is on the Agenda tab.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AgendaState {
    /// The filter as typed.
    pub query: String,
    filter: AgendaFilter,
    /// What is wrong with `query`, if anything (the last good filter
    /// stays in force meanwhile).
    pub error: Option<FilterError>,
    /// The indexes of the items shown, in the agenda's order: places in
    /// [`AgendaState::items`].
    pub shown: Vec<usize>,
    /// The lines, headings included.
    pub lines: Vec<AgendaLine>,
    /// For each place of `shown`, its line.
    line_of: Vec<usize>,
    /// The place in `shown` of the item chosen.
    pub selected: usize,
    /// The first line on screen.
    pub offset: usize,
    /// The version of the data `shown` was laid out for.
    version: Option<u64>,
    /// The filter waits for the search index (being built after the first
    /// screen): nothing is shown until it is in.
    pub waiting: bool,
}

/// The width of an item's date and the space around it; an item's text
/// starts after it, and its further lines are indented as far.
pub const DATE: usize = 13;

/// The most lines an item takes on the tab; past them its text is cut with
/// "…" (a long note of a snooze, say).
pub const ITEM_LINES: usize = 3;

/// An item's text, "whom: what" (and its snooze), wrapped at spaces into
/// `width` columns (those after the date), so that no date, name or number
/// is cut; at most [`ITEM_LINES`] lines.
pub fn item_lines(item: &Item, width: usize) -> Vec<String> {
    let text = match item.snoozed_text() {
        Some(snoozed) => format!("{}: {} · {snoozed}", item.whom(), item.what),
        None => format!("{}: {}", item.whom(), item.what),
    };
    let mut lines = crate::text::wrap(&text, width);
    if lines.len() > ITEM_LINES {
        let rest = lines[ITEM_LINES - 1..].join(" ");
        lines.truncate(ITEM_LINES - 1);
        lines.push(crate::text::fit(&rest, width.saturating_sub(1).max(1)).into_owned() + "…");
    }
    lines
}

impl AgendaState {
    /// The items of `agenda` the filter lets through, laid out again.
    /// While the search index is not built (`search` is `None`), a filter
    /// shows nothing and waits for it ([`AgendaState::waiting`]); it is
    /// laid out again once the index is in.
    pub(super) fn rematch(&mut self, agenda: &Agenda, search: Option<&SearchIndex>, version: u64) {
        let chosen = self.shown.get(self.selected).copied();
        self.waiting = false;
        self.shown = match search {
            Some(search) => self.filter.apply(agenda, search),
            None if self.filter.is_empty() => (0..self.filter.items(agenda).len()).collect(),
            None => {
                self.waiting = true;
                Vec::new()
            }
        };
        self.lines.clear();
        self.line_of.clear();
        let items = self.filter.items(agenda);
        for group in Group::iter() {
            let first = self.shown.partition_point(|&i| items[i].group < group);
            let end = self.shown.partition_point(|&i| items[i].group <= group);
            if first == end {
                continue;
            }
            self.lines.push(AgendaLine::Heading(group, end - first));
            for k in first..end {
                self.line_of.push(self.lines.len());
                self.lines.push(AgendaLine::Item(k));
            }
        }
        // The same item stays chosen where it is still shown.
        self.selected = chosen
            .and_then(|i| self.shown.iter().position(|&k| k == i))
            .unwrap_or(0)
            .min(self.shown.len().saturating_sub(1));
        // Laid out for this version only once the filter could be applied.
        self.version = (!self.waiting).then_some(version);
    }

    /// Sets the filter from `text`; a mistake is kept in `error` and the
    /// filter before it stays.
    pub(super) fn set_query(
        &mut self,
        text: String,
        agenda: &Agenda,
        search: Option<&SearchIndex>,
        version: u64,
    ) {
        self.error = None;
        match AgendaFilter::parse(&text) {
            Ok(f) => {
                self.filter = f;
                self.rematch(agenda, search, version);
            }
            Err(message) => {
                let start = text.find("kind:").unwrap_or(0);
                let end = text[start..]
                    .find(char::is_whitespace)
                    .map_or(text.len(), |n| start + n);
                self.error = Some(FilterError {
                    message,
                    span: start..end,
                    incomplete: false,
                });
            }
        }
        self.query = text;
    }

    /// The line of the item chosen.
    pub fn selected_line(&self) -> Option<usize> {
        self.line_of.get(self.selected).copied()
    }

    /// The index in the agenda of the item chosen.
    pub fn selected_item(&self) -> Option<usize> {
        self.shown.get(self.selected).copied()
    }

    /// Whether a filter is typed.
    pub fn has_filter(&self) -> bool {
        !self.filter.is_empty()
    }

    /// Whether the filter lists the snoozed items (`kind:snoozed`).
    pub fn lists_snoozed(&self) -> bool {
        self.filter.lists_snoozed()
    }

    /// The items [`AgendaState::shown`] are places in: those of the agenda,
    /// or its snoozed ones for `kind:snoozed`.
    pub fn items<'a>(&self, agenda: &'a Agenda) -> &'a [Item] {
        self.filter.items(agenda)
    }
}

impl App {
    /// Lays the agenda out again when the data shown has changed.
    pub(super) fn refresh_agenda(&mut self) {
        if self.agenda.version != Some(self.version) {
            self.agenda
                .rematch(&self.derived.agenda, self.derived.search(), self.version);
        }
    }

    /// Sets the agenda's filter from `text`.
    pub(super) fn set_agenda_query(&mut self, text: String) {
        self.agenda.set_query(
            text,
            &self.derived.agenda,
            self.derived.search(),
            self.version,
        );
    }

    /// The lines of the agenda's body: all but the first of the body's
    /// rows, which says the day and the counts.
    pub(super) fn agenda_rows(&self) -> u16 {
        self.areas().body.height.saturating_sub(1)
    }

    /// j/k and the page keys on the agenda.
    pub(super) fn agenda_step(&mut self, delta: isize) {
        let len = self.agenda.shown.len();
        self.agenda.selected = self
            .agenda
            .selected
            .saturating_add_signed(delta)
            .min(len.saturating_sub(1));
        self.agenda_settle();
    }

    /// How many rows the agenda's `line` takes on screen: an item wraps.
    pub fn agenda_line_rows(&self, line: usize) -> usize {
        match self.agenda.lines.get(line) {
            Some(AgendaLine::Item(k)) => {
                let width = usize::from(self.areas().body.width).saturating_sub(DATE);
                self.agenda
                    .shown
                    .get(*k)
                    .and_then(|&i| self.agenda.items(&self.derived.agenda).get(i))
                    .map_or(1, |item| item_lines(item, width).len().max(1))
            }
            _ => 1,
        }
    }

    /// Keeps the chosen item on screen, every row of it, and the heading of
    /// its group with it when it is the group's first. Only the lines
    /// between the first shown and the chosen one are measured.
    pub(super) fn agenda_settle(&mut self) {
        let height = usize::from(self.agenda_rows());
        let Some(line) = self.agenda.selected_line() else {
            self.agenda.offset = 0;
            return;
        };
        let mut offset = self.agenda.offset.min(line);
        if line > 0 && matches!(self.agenda.lines[line - 1], AgendaLine::Heading(..)) {
            offset = offset.min(line - 1);
        }
        if line.saturating_sub(offset) > height {
            // Far below: start from a screen above it.
            offset = line.saturating_sub(height);
        }
        let mut rows: usize = (offset..=line).map(|l| self.agenda_line_rows(l)).sum();
        while rows > height && offset < line {
            rows -= self.agenda_line_rows(offset);
            offset += 1;
        }
        self.agenda.offset = offset;
    }

    /// The agenda's line at `row` rows below the first one shown.
    fn agenda_line_at(&self, row: usize) -> Option<usize> {
        let mut top = 0;
        for line in self.agenda.offset..self.agenda.lines.len() {
            top += self.agenda_line_rows(line);
            if row < top {
                return Some(line);
            }
        }
        None
    }

    /// Opens the agenda at its item `item` (from the overview; back
    /// returns there). A filter that hides it is cleared.
    pub(super) fn agenda_open_at(&mut self, item: usize) {
        self.open_tab(super::Tab::Agenda);
        self.refresh_agenda();
        // `item` is a place in the agenda's items, not its snoozed ones.
        if self.agenda.lists_snoozed() || !self.agenda.shown.contains(&item) {
            self.set_agenda_query(String::new());
        }
        if let Some(k) = self.agenda.shown.iter().position(|&i| i == item) {
            self.agenda.selected = k;
        }
        self.agenda_settle();
    }

    /// Enter on the agenda: opens the record of the item chosen (back
    /// returns here).
    pub(super) fn agenda_open(&mut self) {
        let Some(item) = self
            .agenda
            .selected_item()
            .and_then(|i| self.agenda.items(&self.derived.agenda).get(i))
        else {
            self.say(crate::t!("say-agenda-nothing-to-open"));
            return;
        };
        let link = super::detail::Link {
            tab: item.view,
            record: item.record,
        };
        self.follow(link);
    }

    /// A click on the agenda: chooses the item under it and opens it.
    pub(super) fn agenda_click(&mut self, row: u16) {
        let body = self.areas().body;
        let top = body.y + 1;
        if row < top || row >= body.bottom() {
            return;
        }
        let line = self.agenda_line_at(usize::from(row - top));
        if let Some(AgendaLine::Item(k)) = line.and_then(|l| self.agenda.lines.get(l).copied()) {
            self.agenda.selected = k;
            self.agenda_open();
        }
    }
}
