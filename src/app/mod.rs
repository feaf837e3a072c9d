//! The dashboard's state and its pure update.
//!
//! [`App`] holds the campaign, what is derived from it, and where the user is:
//! the tab, and for each list tab ([`ListState`]) the selected row, the
//! scroll offset, whether the detail pane has the focus and which of its
//! links is chosen, the tab's filter and sort and the rows they give
//! (recomputed here when they change, never while drawing); the open filter
//! line, and the path of followed links ([`Place`]) that Backspace goes back
//! along. [`App::update`] applies one
//! [`Action`] and does no I/O; key presses become actions through the keymap
//! ([`keymap::action_for`]). [`layout`] computes where everything is drawn,
//! shared by the ui (to draw) and by update (to map a click to a tab or row).

pub mod columns;
pub mod detail;
pub mod edit;
pub mod help;
pub mod keymap;
pub mod reload;
pub mod rework;

use std::borrow::Cow;
use std::sync::Arc;

use chrono::NaiveDate;
use ratatui::layout::{Position, Rect};
use strum::IntoEnumIterator;
use unicode_width::UnicodeWidthStr;

use crate::model::Campaign;
use crate::query::{Derived, Filter, FilterError, RecordKind, Sort, default_order, sort};
use columns::ColumnKey;
use edit::Edit;
use reload::{Marks, Report, Stale};

/// Below this width or height the dashboard shows only a note asking for a
/// larger terminal.
pub const MIN_WIDTH: u16 = 40;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 10;
/// From this width on, list and detail are shown side by side.
pub const WIDE: u16 = 100;

/// The tabs, in the order of the tab bar and of the number keys: the views
/// of [`crate::view`], which `print --view` shares.
pub use crate::view::View as Tab;

/// Everything that can happen to the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    GoTab(Tab),
    NextTab,
    PrevTab,
    /// The Tab key: the next tab, or in a focused detail the next link.
    Next,
    /// Shift-Tab: the previous tab, or in a focused detail the previous link.
    Prev,
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    /// Open (focus) the detail of the selected row; in a focused detail,
    /// follow the chosen link.
    Open,
    /// Back to the list, or close the help.
    Back,
    /// Back along the path of followed links.
    GoBack,
    /// Open the filter line of the current list.
    Filter,
    /// Turn the tab's filter off or on again.
    ToggleFilter,
    /// The next record the filter matches.
    NextMatch,
    /// The previous record the filter matches.
    PrevMatch,
    /// Turn presentation mode on or off ([`crate::present`]).
    TogglePresent,
    /// Sort by the next column.
    SortNext,
    /// Reverse the sort.
    SortReverse,
    /// A key typed into the open filter line.
    Edit(Edit),
    ToggleHelp,
    /// Quit; with the help open, close it.
    Quit,
    /// Quit, whatever is open (Ctrl-C).
    QuitNow,
    /// A left click at a column and row of the terminal.
    Click {
        column: u16,
        row: u16,
    },
    /// The mouse wheel turned towards the user (what terminals call scroll
    /// down: later rows come into view), at a column and row.
    ScrollDown {
        column: u16,
        row: u16,
    },
    /// The mouse wheel turned away from the user (scroll up: earlier rows).
    ScrollUp {
        column: u16,
        row: u16,
    },
    /// The terminal has this size now.
    Resize {
        width: u16,
        height: u16,
    },
    /// The system date, told by the event loop at midnight.
    Day(NaiveDate),
    /// `r`: read the file again (the event loop does; see
    /// [`App::wants_reload`]).
    Reload,
    /// `!`: open or close the Problems view.
    Problems,
    /// Ctrl-Z: give the terminal back to the shell (the event loop does;
    /// see [`App::wants_suspend`]).
    Suspend,
    /// The marks of the reload of this generation have been shown long
    /// enough (told by the event loop's timer).
    ExpireMarks(u64),
}

/// Where "today" comes from: shared with `print`, so it lives in `query`.
pub use crate::query::TodaySource;

/// Which pane of a list tab has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    List,
    Detail,
}

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
    /// First line of the detail shown.
    pub detail_scroll: usize,
    /// The chosen link of the detail, by its number ([`detail::Row::link`]).
    pub link: Option<usize>,
    /// The filter as typed.
    pub query: String,
    /// The last filter that parsed: what the rows follow. While `query` has
    /// a mistake this is still the one before it.
    pub filter: Filter,
    /// Why `query` does not parse, while the filter line is open on it.
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
    rows: Vec<usize>,
}

impl ListState {
    fn new(kind: RecordKind, campaign: &Campaign, derived: &Derived) -> Self {
        let mut l = ListState {
            selected: 0,
            offset: 0,
            focus: Focus::List,
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

    /// Recomputes which records match the filter.
    fn rematch(&mut self, campaign: &Campaign, derived: &Derived) {
        (self.matched, self.match_count) = matches(&self.filter, campaign, derived);
        self.reshow();
    }

    /// Recomputes the sort order.
    fn reorder(&mut self, campaign: &Campaign, derived: &Derived) {
        self.order = order(self.filter.kind(), self.sort, campaign, derived);
        self.reshow();
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
    fn reshow(&mut self) {
        let keep = self.selected_record();
        self.rows = if self.filtering() {
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
    fn select(&mut self, position: usize) {
        let before = self.selected_record();
        self.selected = position;
        if self.selected_record() != before {
            self.detail_scroll = 0;
            self.link = None;
        }
    }

    /// Sets the filter text, and the filter when it parses.
    fn set_query(&mut self, text: String, campaign: &Campaign, derived: &Derived) {
        match Filter::parse(&text, self.filter.kind()) {
            Ok(filter) => {
                self.error = None;
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
fn matches(filter: &Filter, campaign: &Campaign, derived: &Derived) -> (Vec<bool>, usize) {
    let count = filter.kind().count(campaign);
    if filter.is_empty() {
        return (Vec::new(), count);
    }
    let matched: Vec<bool> = (0..count)
        .map(|i| filter.matches(i, campaign, &derived.search))
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
) -> Vec<usize> {
    let mut order = default_order(kind, campaign, derived);
    if let Some(s) = how {
        sort(s, &mut order, campaign, derived);
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
        let (matched, match_count) = matches(&filter, campaign, derived);
        let order = order(filter.kind(), sort, campaign, derived);
        ListRows {
            filter,
            sort,
            order,
            matched,
            match_count,
        }
    }
}

/// Where the user was before following a link: what [`Action::GoBack`]
/// restores.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    tab: Tab,
    /// Each list tab's part, with its tab.
    lists: Vec<(Tab, Saved)>,
}

/// One tab's part of a [`Place`].
#[derive(Debug, Clone, PartialEq)]
struct Saved {
    record: Option<usize>,
    selected: usize,
    offset: usize,
    focus: Focus,
    detail_scroll: usize,
    link: Option<usize>,
    query: String,
    filter_on: bool,
}

/// The longest path of followed links kept for going back.
pub const HISTORY: usize = 200;

/// The dashboard.
#[derive(Debug, Clone, PartialEq)]
pub struct App {
    /// Shared with the loader thread while it reloads the file, which
    /// compares the new version with it there.
    pub campaign: Arc<Campaign>,
    pub derived: Derived,
    /// The file as the user named it, for the status bar.
    pub file_name: String,
    pub today_source: TodaySource,
    pub tab: Tab,
    pub prisoners: ListState,
    pub events: ListState,
    pub statements: ListState,
    pub organisations: ListState,
    pub petitions: ListState,
    /// The cursor (a byte offset) of the filter line while it is open on the
    /// current tab; keys then go to the line.
    pub editing: Option<usize>,
    /// The places left by following links, the latest last.
    pub history: Vec<Place>,
    /// A short message for the status bar, until the next key.
    pub message: Option<String>,
    pub help: bool,
    /// The first row of the help shown, while it is open.
    pub help_scroll: usize,
    pub quit: bool,
    /// The terminal's size, as last told by [`Action::Resize`].
    pub size: Rect,
    /// Whether to draw in colour (`--color`, `NO_COLOR`).
    pub color: bool,
    /// In presentation mode, the sensitive fields taken out of `campaign`
    /// ([`crate::present`]); `None` when not presenting.
    hidden: Option<Arc<crate::present::Hidden>>,
    /// What presentation mode and "today" are to be once the work on the
    /// whole campaign that a change of either needs is done
    /// ([`rework`]); `None` when the data shown is as asked.
    pending: Option<rework::Target>,
    /// Work on the whole campaign is wanted: the event loop runs
    /// [`App::rework`] on a thread and clears this.
    pub wants_rework: bool,
    /// Whether such work is handed to the event loop (which sets this);
    /// otherwise it is done at once.
    pub defer: bool,
    /// The `--today` flag, kept to derive reloaded versions.
    pub today_flag: Option<NaiveDate>,
    /// The problems of the version shown, or of the latest attempt if it
    /// failed (then `stale` says so): what the Problems view (`!`) lists,
    /// and the status bar counts.
    pub report: Report,
    /// Whether the Problems view is open, and its first line shown.
    pub problems_open: bool,
    pub problems_scroll: usize,
    /// Set while the file on disk could not replace the version shown.
    pub stale: Option<Stale>,
    /// The local time the version shown was loaded.
    pub loaded_at: Option<chrono::NaiveTime>,
    /// What the last reload added or changed, until it expires.
    pub marks: Marks,
    /// `r` was pressed: the event loop reads the file again and clears this.
    pub wants_reload: bool,
    /// Ctrl-Z was pressed: the event loop suspends and clears this.
    pub wants_suspend: bool,
    /// The detail pane, built once per selection ([`App::detail_view`]).
    pub(crate) detail: DetailCache,
    /// Counts the versions of `campaign` and `derived` shown: a reload, a
    /// new day or presentation mode makes a new one. What is kept from
    /// an older version (the detail pane) is keyed by it, so it cannot
    /// outlive the data it was built from.
    version: u64,
}

/// Where each part of the screen is drawn. Rects that are not shown are empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    /// True when the terminal is below [`MIN_WIDTH`] x [`MIN_HEIGHT`]: only a
    /// note is drawn, over the whole area.
    pub too_small: bool,
    pub tabs: Rect,
    pub body: Rect,
    pub status: Rect,
    /// The bordered list of a list tab.
    pub list: Rect,
    /// The header row of the list.
    pub header: Rect,
    /// The data rows of the list, one terminal row each.
    pub rows: Rect,
    /// The bordered detail pane.
    pub detail: Rect,
    /// The text inside the detail pane.
    pub detail_text: Rect,
    /// The chart of a petition's tallies, at the bottom of its detail pane
    /// when there is room.
    pub chart: Rect,
    /// The open filter line, under the body.
    pub filter: Rect,
    /// Under the filter line, what is wrong with the filter.
    pub filter_error: Rect,
    /// Above the status bar, while the file on disk has errors or is gone:
    /// why, and the time of the version shown.
    pub banner: Rect,
}

/// Inside a one-cell border.
fn inner(r: Rect) -> Rect {
    Rect::new(
        r.x.saturating_add(1),
        r.y.saturating_add(1),
        r.width.saturating_sub(2),
        r.height.saturating_sub(2),
    )
}

/// True when list and detail are shown side by side at this width.
pub fn is_wide(area: Rect) -> bool {
    area.width >= WIDE
}

/// Where everything goes on a terminal of size `area` showing `tab`, with the
/// detail focused or not, with a chart under the detail or not, and with a
/// filter bar of `bar` rows (the filter line and its error; 0 when closed).
/// Pure: the ui draws where this says, update maps clicks with it.
pub fn layout(area: Rect, tab: Tab, focus: Focus, chart: bool, bar: u16) -> Areas {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Areas {
            too_small: true,
            body: area,
            ..Areas::default()
        };
    }
    // The body keeps at least five rows: a bordered list with a header and
    // two rows.
    let bar = bar.min(area.height - 7);
    let tabs = Rect::new(area.x, area.y, area.width, 1);
    let status = Rect::new(area.x, area.bottom() - 1, area.width, 1);
    let body = Rect::new(area.x, area.y + 1, area.width, area.height - 2 - bar);
    let mut areas = Areas {
        tabs,
        body,
        status,
        ..Areas::default()
    };
    if bar > 0 {
        areas.filter = Rect::new(area.x, body.bottom(), area.width, 1);
        areas.filter_error = Rect::new(area.x, body.bottom() + 1, area.width, bar - 1);
    }
    if tab == Tab::Overview {
        return areas;
    }
    let (list, detail) = if is_wide(area) {
        let list_width = body.width * 3 / 5;
        (
            Rect::new(body.x, body.y, list_width, body.height),
            Rect::new(
                body.x + list_width,
                body.y,
                body.width - list_width,
                body.height,
            ),
        )
    } else if focus == Focus::Detail {
        (Rect::default(), body)
    } else {
        (body, Rect::default())
    };
    areas.list = list;
    areas.detail = detail;
    areas.detail_text = inner(detail);
    if chart && areas.detail_text.height >= 18 {
        let text = areas.detail_text;
        let chart_height = (text.height / 2).min(14);
        areas.detail_text.height -= chart_height;
        areas.chart = Rect::new(
            text.x,
            text.bottom() - chart_height,
            text.width,
            chart_height,
        );
    }
    if !list.is_empty() {
        let i = inner(list);
        areas.header = Rect::new(i.x, i.y, i.width, i.height.min(1));
        areas.rows = Rect::new(
            i.x,
            i.y + areas.header.height,
            i.width,
            i.height - areas.header.height,
        );
    }
    areas
}

/// The first row to show so that `selected` is visible in `height` rows,
/// moving as little as possible from `offset`.
pub fn visible_offset(selected: usize, offset: usize, height: usize, len: usize) -> usize {
    if height == 0 || len == 0 {
        return 0;
    }
    let max_offset = len.saturating_sub(height);
    let offset = offset.min(max_offset);
    if selected < offset {
        selected
    } else if selected >= offset + height {
        selected + 1 - height
    } else {
        offset
    }
}

/// One tab's title in the tab bar, and the columns it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TabTitle {
    pub tab: Tab,
    pub x: u16,
    pub text: String,
}

/// The titles of the tab bar for a bar `width` wide with `selected` chosen:
/// all names when they fit, else the selected name and the other numbers.
pub fn tab_titles(width: u16, selected: Tab) -> Vec<TabTitle> {
    let full = |t: Tab| format!(" {} {} ", t.number(), t.title());
    let short = |t: Tab| format!(" {} ", t.number());
    let total = |f: &dyn Fn(Tab) -> String| -> usize {
        Tab::iter().map(|t| f(t).chars().count() + 1).sum()
    };
    let compact = |t: Tab| if t == selected { full(t) } else { short(t) };
    let pick: &dyn Fn(Tab) -> String = if total(&full) <= usize::from(width) {
        &full
    } else if total(&compact) <= usize::from(width) {
        &compact
    } else {
        &short
    };
    let mut x = 0u16;
    Tab::iter()
        .map(|tab| {
            let text = pick(tab);
            let title = TabTitle { tab, x, text };
            // One column for the separator after each title.
            x = x.saturating_add(title.text.chars().count() as u16 + 1);
            title
        })
        .collect()
}

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
    fn shows(&self, k: usize, scroll: usize) -> bool {
        self.spans
            .get(k)
            .is_some_and(|s| s.start < scroll + self.height && s.end > scroll)
    }

    /// The scroll nearest to `scroll` that shows link `k` whole (its top
    /// when it is taller than the pane).
    fn scroll_to(&self, k: usize, scroll: usize) -> usize {
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
    /// A dashboard on `campaign`, read from `file_name`. "Today" is
    /// `today_flag` if given, else the file's `as_of`, else `system_today`.
    pub fn new(
        campaign: Campaign,
        file_name: impl Into<String>,
        today_flag: Option<NaiveDate>,
        system_today: NaiveDate,
    ) -> Self {
        let today_source = TodaySource::of(&campaign, today_flag);
        let today = campaign.today(today_flag, system_today);
        let derived = Derived::new(&campaign, today);
        let list = |kind| ListState::new(kind, &campaign, &derived);
        let mut app = App {
            prisoners: list(RecordKind::Prisoner),
            events: list(RecordKind::Event),
            statements: list(RecordKind::Statement),
            organisations: list(RecordKind::Organisation),
            petitions: list(RecordKind::Petition),
            campaign: Arc::new(campaign),
            derived,
            file_name: file_name.into(),
            today_source,
            tab: Tab::Overview,
            editing: None,
            history: Vec::new(),
            message: None,
            help: false,
            help_scroll: 0,
            quit: false,
            size: Rect::new(0, 0, 80, 24),
            color: true,
            today_flag,
            report: Report::default(),
            problems_open: false,
            problems_scroll: 0,
            stale: None,
            loaded_at: None,
            marks: Marks::default(),
            wants_reload: false,
            wants_suspend: false,
            hidden: None,
            pending: None,
            wants_rework: false,
            defer: false,
            detail: DetailCache::default(),
            version: 0,
        };
        app.refresh_detail();
        app
    }

    /// True in presentation mode, from the moment it is asked for (while
    /// the sensitive fields are being taken out, nothing that could show
    /// one is drawn: [`App::hiding`]) until the moment it has ended (the
    /// version without them stays on screen until the full one is in).
    pub fn presenting(&self) -> bool {
        self.pending.map_or(self.stripped(), |t| t.present)
    }

    /// Whether the campaign shown is without its sensitive fields.
    pub fn stripped(&self) -> bool {
        self.hidden.is_some()
    }

    /// True while presentation mode is asked for and the campaign shown
    /// still holds the sensitive fields: the screen shows only that they
    /// are being hidden.
    pub fn hiding(&self) -> bool {
        self.presenting() && !self.stripped()
    }

    /// What is shown now, as a [`rework::Target`].
    fn shown_target(&self) -> rework::Target {
        rework::Target {
            present: self.stripped(),
            today: self.derived.today,
        }
    }

    /// Turns presentation mode on or off: the sensitive fields are taken out
    /// of the campaign (or put back), and everything derived from it, the
    /// rows of every list included, is computed again.
    pub fn set_presenting(&mut self, on: bool) {
        let today = self.pending.map_or(self.derived.today, |t| t.today);
        self.ask(rework::Target { present: on, today });
    }

    /// Asks for the data shown to be as `target` says: at once, or (with
    /// [`App::defer`]) by the event loop's worker.
    fn ask(&mut self, target: rework::Target) {
        if target == self.shown_target() {
            // Back to what is shown: nothing to wait for.
            self.pending = None;
            self.wants_rework = false;
            return;
        }
        self.pending = Some(target);
        if self.defer {
            self.wants_rework = true;
        } else {
            let done = self.rework().run();
            drop(self.reworked(done));
        }
    }

    /// The work that brings the data shown to what is asked for, for the
    /// event loop to run on a thread ([`rework::Rework::run`]).
    pub fn rework(&self) -> rework::Rework {
        rework::Rework {
            version: self.version,
            target: self.pending.unwrap_or(self.shown_target()),
            campaign: Arc::clone(&self.campaign),
            hidden: self.hidden.clone(),
            lists: Tab::iter()
                .filter_map(|t| self.list(t))
                .map(ListState::spec)
                .collect(),
        }
    }

    /// Swaps in the result of [`App::rework`], unless it was made for a
    /// version or a target replaced since (then the work is asked for
    /// again, if still wanted). Returns what was replaced, for the caller
    /// to free off the event thread.
    pub fn reworked(&mut self, done: rework::Reworked) -> reload::Retired {
        if done.version != self.version || self.pending != Some(done.target) {
            self.wants_rework = self.pending.is_some();
            return reload::Retired::new(done);
        }
        let rework::Reworked {
            target,
            campaign,
            hidden,
            derived,
            lists,
            ..
        } = done;
        let old_campaign = campaign.map(|c| std::mem::replace(&mut self.campaign, Arc::new(c)));
        let old_derived = std::mem::replace(&mut self.derived, derived);
        self.hidden = hidden;
        self.pending = None;
        self.version += 1;
        debug_assert_eq!(self.shown_target(), target);
        let mut lists = lists;
        for tab in Tab::iter() {
            let Some(kind) = tab.kind() else { continue };
            let rows = ListRows::take(&mut lists, kind);
            self.with_list(tab, |l, c, d| {
                if !rows.is_some_and(|rows| l.take_rows(rows)) {
                    l.rematch(c, d);
                    l.reorder(c, d);
                }
            });
        }
        self.refresh_detail();
        self.settle();
        reload::Retired::new((old_campaign, old_derived))
    }

    /// The `p` key: presentation mode on or off, said in the status bar.
    fn toggle_present(&mut self) {
        let on = !self.presenting();
        self.set_presenting(on);
        self.say(if on {
            format!(
                "presentation mode: {} hidden; p shows them",
                crate::present::hidden_list()
            )
        } else {
            "presentation mode off: every field shown".to_owned()
        });
    }

    /// Starts in presentation mode on a campaign whose sensitive fields were
    /// taken out (as `hidden`) before [`App::new`]: what `--present` does,
    /// sparing a second computation of the derived data. A campaign that
    /// still holds some is stripped and derived again.
    pub fn present_stripped(&mut self, hidden: crate::present::Hidden) {
        if self.stripped() {
            return;
        }
        if crate::present::is_stripped(&self.campaign) {
            self.hidden = Some(Arc::new(hidden));
        } else {
            // Not as documented: keep what was there hidden all the same.
            self.set_presenting(true);
        }
    }

    /// The state of a list tab (`None` for the overview).
    pub fn list(&self, tab: Tab) -> Option<&ListState> {
        match tab {
            Tab::Overview => None,
            Tab::Prisoners => Some(&self.prisoners),
            Tab::Events => Some(&self.events),
            Tab::Statements => Some(&self.statements),
            Tab::Organisations => Some(&self.organisations),
            Tab::Petitions => Some(&self.petitions),
        }
    }

    fn list_mut(&mut self, tab: Tab) -> Option<&mut ListState> {
        self.with_list(tab, |l, _, _| l)
    }

    /// Runs `f` on a tab's state with the campaign and derived data beside
    /// it (the borrows are split so the state can be recomputed).
    fn with_list<'a, R>(
        &'a mut self,
        tab: Tab,
        f: impl FnOnce(&'a mut ListState, &'a Campaign, &'a Derived) -> R,
    ) -> Option<R> {
        let App {
            campaign,
            derived,
            prisoners,
            events,
            statements,
            organisations,
            petitions,
            ..
        } = self;
        let list = match tab {
            Tab::Overview => return None,
            Tab::Prisoners => prisoners,
            Tab::Events => events,
            Tab::Statements => statements,
            Tab::Organisations => organisations,
            Tab::Petitions => petitions,
        };
        Some(f(list, campaign, derived))
    }

    /// How many rows a tab shows (after its filter).
    pub fn len(&self, tab: Tab) -> usize {
        self.list(tab).map_or(0, |l| l.rows().len())
    }

    /// The record selected in a tab, if the tab has any.
    pub fn selected_record(&self, tab: Tab) -> Option<usize> {
        self.list(tab)?.selected_record()
    }

    /// The areas of the current screen.
    pub fn areas(&self) -> Areas {
        self.areas_in(self.size, self.tab)
    }

    /// The areas of `tab` on a screen of size `area`.
    pub fn areas_in(&self, area: Rect, tab: Tab) -> Areas {
        let focus = self.list(tab).map(|l| l.focus).unwrap_or_default();
        let bar = if tab == self.tab {
            self.bar_height(area.width)
        } else {
            0
        };
        // The banner takes rows from the body, when there are rows to spare.
        let banner = match self.stale {
            None => 0,
            Some(_) if area.height >= MIN_HEIGHT + 6 => 2,
            Some(_) if area.height > MIN_HEIGHT => 1,
            Some(_) => 0,
        };
        let above = Rect {
            height: area.height - banner,
            ..area
        };
        let mut areas = layout(above, tab, focus, self.has_chart(tab), bar);
        if banner > 0 && !areas.too_small {
            areas.banner = Rect::new(area.x, areas.status.y, area.width, banner);
            areas.status.y += banner;
        }
        areas
    }

    /// Where the Problems view is drawn: over the body, two cells in from
    /// its sides (and a row from its top and bottom when it is tall).
    pub fn problems_area(&self) -> Rect {
        let body = self.areas().body;
        let dy = if body.height >= 16 { 1 } else { 0 };
        Rect::new(
            body.x.saturating_add(2),
            body.y + dy,
            body.width.saturating_sub(4),
            body.height - 2 * dy,
        )
    }

    /// The largest scroll of the Problems view that still fills it.
    pub fn problems_max_scroll(&self) -> usize {
        let rows = usize::from(self.problems_area().height.saturating_sub(2));
        self.problem_rows().len().saturating_sub(rows)
    }

    /// The rows of the filter bar on a screen `width` wide: the filter line
    /// while it is open, and under it, when the filter has a mistake, a row
    /// marking the mistake and the message (up to three rows).
    pub fn bar_height(&self, width: u16) -> u16 {
        if self.editing.is_none() || self.tab == Tab::Overview {
            return 0;
        }
        match self.list(self.tab).and_then(|l| l.error.as_ref()) {
            None => 1,
            Some(e) => {
                let text = u16::try_from(e.message.width() + 2).unwrap_or(u16::MAX);
                2 + text.div_ceil(width.max(1)).clamp(1, 3)
            }
        }
    }

    /// Whether the detail of `tab` has a chart: a petition with tallies.
    pub fn has_chart(&self, tab: Tab) -> bool {
        tab == Tab::Petitions
            && self
                .selected_record(tab)
                .and_then(|i| self.campaign.petitions.get(i))
                .is_some_and(|p| !p.counts.is_empty())
    }

    /// What the detail pane shows now depends on.
    fn detail_key(&self) -> DetailKey {
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

    fn build_detail_view(&self, (_, tab, record, width, height): DetailKey) -> DetailView {
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
    fn with_detail<R>(&mut self, f: impl FnOnce(&mut Self, &DetailView) -> R) -> R {
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

    /// Applies one action. Returns whether anything changed (whether the
    /// screen needs drawing again).
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.view();
        if !matches!(
            action,
            Action::Resize { .. } | Action::Day(_) | Action::ExpireMarks(_)
        ) {
            self.message = None;
        }
        self.apply(action);
        self.settle();
        before != self.view()
    }

    /// What the screen depends on, cheaply: the rows follow from the filter
    /// and sort fields, so they are not compared.
    fn view(&self) -> impl PartialEq + use<> {
        let lists: Vec<_> = Tab::iter()
            .filter_map(|t| self.list(t))
            .map(|l| {
                (
                    (l.selected, l.offset, l.focus, l.detail_scroll, l.link),
                    (l.query.clone(), l.error.clone(), l.filter_on, l.sort),
                )
            })
            .collect();
        (
            (self.tab, lists, self.editing, self.history.len()),
            (
                self.message.clone(),
                (self.help, self.help_scroll),
                self.quit,
                self.size,
            ),
            (self.derived.today, self.presenting()),
            (
                self.problems_open,
                self.problems_scroll,
                self.stale.clone(),
                self.marks.generation,
                self.marks.is_empty(),
                self.wants_reload,
                self.wants_suspend,
            ),
        )
    }

    fn say(&mut self, message: impl Into<String>) {
        self.message = Some(message.into());
    }

    fn apply(&mut self, action: Action) {
        // What the event loop tells, and Ctrl-Z, whatever is open.
        match action {
            Action::ExpireMarks(generation) => return self.expire_marks(generation),
            Action::Suspend => {
                self.wants_suspend = true;
                return;
            }
            Action::Resize { width, height } => {
                self.size = Rect::new(0, 0, width, height);
                return;
            }
            Action::Day(date) => return self.new_day(date),
            _ => {}
        }
        if self.problems_open {
            let page = usize::from(self.problems_area().height.saturating_sub(3)).max(1);
            let max = self.problems_max_scroll();
            let s = &mut self.problems_scroll;
            match action {
                Action::Quit | Action::QuitNow => self.quit = true,
                Action::Down => *s = (*s + 1).min(max),
                Action::Up => *s = s.saturating_sub(1),
                Action::ScrollDown { .. } => *s = (*s + 3).min(max),
                Action::ScrollUp { .. } => *s = s.saturating_sub(3),
                Action::PageDown => *s = (*s + page).min(max),
                Action::PageUp => *s = s.saturating_sub(page),
                Action::Top => *s = 0,
                Action::Bottom => *s = max,
                Action::Reload => self.request_reload(),
                // A privacy switch works wherever the user is: the view
                // shows then only where each problem is.
                Action::TogglePresent => self.toggle_present(),
                Action::Back | Action::Problems | Action::ToggleHelp => self.problems_open = false,
                _ => {}
            }
            return;
        }
        if self.help {
            // The scroll keys scroll the help; Esc, ? and q close it, and so
            // does any other key, which does nothing else; Ctrl-C quits.
            let help = self.help_layout();
            let page = help.visible().saturating_sub(1).max(1);
            let max = help.max_scroll();
            let s = &mut self.help_scroll;
            match action {
                Action::QuitNow => self.quit = true,
                Action::Down => *s = (*s + 1).min(max),
                Action::Up => *s = s.saturating_sub(1),
                Action::ScrollDown { .. } => *s = (*s + 3).min(max),
                Action::ScrollUp { .. } => *s = s.saturating_sub(3),
                Action::PageDown => *s = (*s + page).min(max),
                Action::PageUp => *s = s.saturating_sub(page),
                Action::Top => *s = 0,
                Action::Bottom => *s = max,
                _ => self.help = false,
            }
            return;
        }
        if self.editing.is_some() {
            match action {
                Action::Edit(e) => self.edit(e),
                Action::Quit | Action::QuitNow => self.quit = true,
                Action::Resize { width, height } => self.size = Rect::new(0, 0, width, height),
                Action::Day(date) => self.new_day(date),
                Action::ScrollDown { column, row } => self.wheel(Position::new(column, row), 3),
                Action::ScrollUp { column, row } => self.wheel(Position::new(column, row), -3),
                Action::Click { .. } => self.say("Enter keeps the filter, Esc clears it"),
                // Keys go to the filter line while it is open.
                _ => {}
            }
            return;
        }
        let focus = self.list(self.tab).map(|l| l.focus).unwrap_or_default();
        match action {
            Action::GoTab(tab) => self.tab = tab,
            Action::NextTab => self.tab = self.tab.next(),
            Action::PrevTab => self.tab = self.tab.prev(),
            Action::Next if focus == Focus::Detail => self.cycle_link(true),
            Action::Prev if focus == Focus::Detail => self.cycle_link(false),
            Action::Next => self.tab = self.tab.next(),
            Action::Prev => self.tab = self.tab.prev(),
            Action::Down if focus == Focus::Detail => self.link_step(true),
            Action::Up if focus == Focus::Detail => self.link_step(false),
            Action::Down => self.step(1),
            Action::Up => self.step(-1),
            Action::PageDown => self.step(self.page() as isize),
            Action::PageUp => self.step(-(self.page() as isize)),
            Action::Top => self.step(isize::MIN),
            Action::Bottom => self.step(isize::MAX),
            Action::Open if focus == Focus::Detail => self.follow_chosen(),
            Action::Open => {
                let has_rows = self.len(self.tab) > 0;
                if let Some(list) = self.list_mut(self.tab)
                    && has_rows
                {
                    list.focus = Focus::Detail;
                }
            }
            Action::Back => {
                if let Some(list) = self.list_mut(self.tab) {
                    list.focus = Focus::List;
                    list.link = None;
                }
            }
            Action::GoBack => self.go_back(),
            Action::Filter => self.open_filter(),
            Action::ToggleFilter => self.toggle_filter(),
            Action::NextMatch => self.jump_match(true),
            Action::PrevMatch => self.jump_match(false),
            Action::TogglePresent => self.toggle_present(),
            Action::SortNext => self.sort_next(),
            Action::SortReverse => self.sort_reverse(),
            Action::Edit(_) => {}
            Action::ToggleHelp => {
                self.help = true;
                self.help_scroll = 0;
            }
            Action::Reload => self.request_reload(),
            Action::Problems => self.open_problems(),
            Action::Suspend | Action::ExpireMarks(_) => {}
            Action::Quit | Action::QuitNow => self.quit = true,
            Action::Click { column, row } => self.click(Position::new(column, row)),
            Action::ScrollDown { column, row } => self.wheel(Position::new(column, row), 3),
            Action::ScrollUp { column, row } => self.wheel(Position::new(column, row), -3),
            Action::Resize { width, height } => self.size = Rect::new(0, 0, width, height),
            Action::Day(date) => self.new_day(date),
        }
    }

    fn request_reload(&mut self) {
        self.wants_reload = true;
        self.say(reload::RELOADING);
    }

    /// `!`: the Problems view, from its top.
    fn open_problems(&mut self) {
        if self.report.lines.is_empty() {
            let file = crate::sanitize::sanitize_line(&self.file_name).into_owned();
            self.say(format!("{file}: no problems found"));
        } else {
            self.problems_open = true;
            self.problems_scroll = 0;
        }
    }

    /// A new system date: figures move on if "today" is the system date.
    fn new_day(&mut self, date: NaiveDate) {
        let today = self.pending.map_or(self.derived.today, |t| t.today);
        if self.today_source == TodaySource::System && today != date {
            self.ask(rework::Target {
                present: self.presenting(),
                today: date,
            });
        }
    }

    /// How far PageUp/PageDown move: the rows of the list or the lines of the
    /// detail in view, less one for context.
    fn page(&self) -> usize {
        let areas = self.areas();
        let focus = self.list(self.tab).map(|l| l.focus).unwrap_or_default();
        let height = if focus == Focus::Detail {
            areas.detail_text.height
        } else {
            areas.rows.height
        };
        usize::from(height).saturating_sub(1).max(1)
    }

    /// Moves the selection, or scrolls the focused detail, by `delta`
    /// (saturating at both ends).
    fn step(&mut self, delta: isize) {
        let tab = self.tab;
        let len = self.len(tab);
        let Some(focus) = self.list(tab).map(|l| l.focus) else {
            return;
        };
        if focus == Focus::Detail {
            self.scroll_detail(delta);
        } else if let Some(l) = self.list_mut(tab) {
            let selected = l.selected.saturating_add_signed(delta);
            l.select(selected.min(len.saturating_sub(1)));
        }
    }

    /// Scrolls the detail of the current tab by `delta` lines, within its
    /// length; a chosen link scrolled out of view is no longer chosen.
    fn scroll_detail(&mut self, delta: isize) {
        self.with_detail(|app, view| {
            if let Some(l) = app.list_mut(app.tab) {
                l.detail_scroll = l
                    .detail_scroll
                    .saturating_add_signed(delta)
                    .min(view.max_scroll());
                if l.link.is_some_and(|k| !view.shows(k, l.detail_scroll)) {
                    l.link = None;
                }
            }
        });
    }

    /// Down or Up in a focused detail: the next or previous link, scrolled
    /// into view; where there is none that way, the text scrolls a line.
    fn link_step(&mut self, down: bool) {
        let Some(l) = self.list(self.tab) else {
            return;
        };
        let (scroll, link) = (l.detail_scroll, l.link);
        let chosen = self.with_detail(|app, view| {
            let target = match (down, link) {
                (true, Some(k)) => Some(k + 1).filter(|&n| n < view.spans.len()),
                (true, None) => view.spans.iter().position(|s| s.start >= scroll),
                (false, Some(k)) => k.checked_sub(1),
                (false, None) => view
                    .spans
                    .iter()
                    .rposition(|s| s.start < scroll + view.height),
            };
            if let Some(k) = target {
                app.choose_link(k, view);
            }
            target.is_some()
        });
        if !chosen {
            self.scroll_detail(if down { 1 } else { -1 });
        }
    }

    /// Tab or Shift-Tab in a focused detail: the next or previous link,
    /// wrapping around.
    fn cycle_link(&mut self, forward: bool) {
        let Some(l) = self.list(self.tab) else {
            return;
        };
        let (scroll, link) = (l.detail_scroll, l.link);
        let linked = self.with_detail(|app, view| {
            let n = view.spans.len();
            if n == 0 {
                return false;
            }
            let k = match (forward, link) {
                (true, Some(k)) => (k + 1) % n,
                (false, Some(k)) => (k + n - 1) % n,
                (true, None) => view
                    .spans
                    .iter()
                    .position(|s| s.start >= scroll)
                    .unwrap_or(0),
                (false, None) => view
                    .spans
                    .iter()
                    .rposition(|s| s.start < scroll + view.height)
                    .unwrap_or(n - 1),
            };
            app.choose_link(k, view);
            true
        });
        if !linked {
            self.say("this record links to nothing");
        }
    }

    fn choose_link(&mut self, k: usize, view: &DetailView) {
        if let Some(l) = self.list_mut(self.tab) {
            l.link = Some(k);
            l.detail_scroll = view.scroll_to(k, l.detail_scroll);
        }
    }

    /// Enter in a focused detail: follows the chosen link.
    fn follow_chosen(&mut self) {
        let view = self.detail_view();
        match self.list(self.tab).and_then(|l| l.link) {
            Some(k) => {
                if let Some(&link) = view.links.get(k) {
                    self.follow(link);
                }
            }
            None if view.links.is_empty() => self.say("this record links to nothing"),
            None => self.say("choose a link first: j/k or Tab"),
        }
    }

    /// Opens the record a link leads to, in its tab, with its detail
    /// focused; the place left is kept for [`Action::GoBack`]. A filter that
    /// would hide the record is turned off (and kept).
    pub fn follow(&mut self, link: detail::Link) {
        let Some(total) = self.list(link.tab).map(ListState::total) else {
            return;
        };
        if link.record >= total {
            return;
        }
        let place = self.place();
        if self.history.len() >= HISTORY {
            self.history.remove(0);
        }
        self.history.push(place);
        self.tab = link.tab;
        let mut note = None;
        self.with_list(link.tab, |l, _, _| {
            if !l.rows().contains(&link.record) {
                l.filter_on = false;
                l.reshow();
                note = Some(format!(
                    "the filter `{}` is off to show this record; f turns it on again",
                    crate::sanitize::sanitize_line(&l.query)
                ));
            }
            if let Some(position) = l.rows().iter().position(|&r| r == link.record) {
                l.select(position);
            }
            l.focus = Focus::Detail;
            l.detail_scroll = 0;
            l.link = None;
        });
        if let Some(note) = note {
            self.say(note);
        }
    }

    /// Where the user is now, to come back to.
    fn place(&self) -> Place {
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
    fn go_back(&mut self) {
        let Some(place) = self.history.pop() else {
            self.say("no link followed: nothing to go back to");
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

    /// `/`: opens the filter line on the current list, with the filter it
    /// has (turned on).
    fn open_filter(&mut self) {
        let Some(l) = self.list_mut(self.tab) else {
            self.say("the overview has no list to filter: 2-6 open one");
            return;
        };
        l.focus = Focus::List;
        l.link = None;
        if !l.filter_on {
            l.filter_on = true;
            l.reshow();
        }
        let cursor = l.query.len();
        self.editing = Some(cursor);
    }

    /// A key typed into the open filter line.
    fn edit(&mut self, e: Edit) {
        let Some(mut cursor) = self.editing else {
            return;
        };
        let tab = self.tab;
        match e {
            Edit::Accept => {
                if self.list(tab).is_some_and(|l| l.error.is_some()) {
                    self.say("the filter has a mistake: correct it, or Esc to clear it");
                } else {
                    self.editing = None;
                }
            }
            Edit::Cancel => {
                self.with_list(tab, |l, c, d| l.set_query(String::new(), c, d));
                self.editing = None;
            }
            _ => {
                self.with_list(tab, |l, c, d| {
                    let mut text = l.query.clone();
                    if edit::apply(&mut text, &mut cursor, e) {
                        l.set_query(text, c, d);
                    }
                });
                self.editing = Some(cursor);
            }
        }
    }

    /// `f`: turns the filter off (keeping it) or on again.
    fn toggle_filter(&mut self) {
        let Some(l) = self.list_mut(self.tab) else {
            return;
        };
        if !l.has_filter() {
            self.say("no filter on this list: / types one");
            return;
        }
        l.filter_on = !l.filter_on;
        l.reshow();
        let note = if l.filter_on {
            format!("filter on: {} of {}", l.match_count(), l.total())
        } else {
            format!(
                "filter off: n/N jump between its {} matches",
                l.match_count()
            )
        };
        self.say(note);
    }

    /// `n`/`N`: with the filter off, the next or previous record it matches
    /// (wrapping); with the filter on, the next or previous row.
    fn jump_match(&mut self, forward: bool) {
        let Some(l) = self.list(self.tab) else {
            return;
        };
        if !l.has_filter() {
            self.say("no filter on this list: / types one");
            return;
        }
        let len = l.rows().len();
        if len == 0 || l.match_count() == 0 {
            self.say("no match");
            return;
        }
        let from = l.selected;
        let found = (1..=len)
            .map(|i| {
                if forward {
                    (from + i) % len
                } else {
                    (from + len - i % len) % len
                }
            })
            .find(|&p| l.rows().get(p).is_some_and(|&r| l.is_match(r)));
        match found {
            Some(p) => {
                if let Some(l) = self.list_mut(self.tab) {
                    l.select(p);
                }
            }
            None => self.say("no match"),
        }
    }

    /// `s`: the next sortable column, after the last the tab's own order.
    fn sort_next(&mut self) {
        let cols = columns::sort_columns(self.tab);
        let Some(l) = self.list(self.tab) else {
            return;
        };
        let next = match l.sort {
            None => cols.first().copied(),
            Some(s) => cols
                .iter()
                .position(|&c| c == s.column)
                .and_then(|i| cols.get(i + 1).copied()),
        };
        self.set_sort(next.map(|column| Sort {
            column,
            descending: false,
        }));
    }

    /// `S`: reverses the sort (sorting by the first column, descending, when
    /// the list is in its own order).
    fn sort_reverse(&mut self) {
        let Some(l) = self.list(self.tab) else {
            return;
        };
        let sort = match l.sort {
            Some(s) => Some(Sort {
                descending: !s.descending,
                ..s
            }),
            None => columns::sort_columns(self.tab).first().map(|&column| Sort {
                column,
                descending: true,
            }),
        };
        self.set_sort(sort);
    }

    fn set_sort(&mut self, sort: Option<Sort>) {
        let note = match sort {
            Some(s) => format!(
                "sorted by {} {}",
                s.column.name().replace('-', " "),
                if s.descending {
                    "▼ descending"
                } else {
                    "▲ ascending"
                }
            ),
            None => "in the list's own order".to_owned(),
        };
        self.with_list(self.tab, |l, c, d| {
            l.sort = sort;
            l.reorder(c, d);
        });
        self.say(note);
    }

    fn click(&mut self, at: Position) {
        let areas = self.areas();
        if areas.too_small {
            return;
        }
        if areas.tabs.contains(at) {
            let x = at.x - areas.tabs.x;
            let hit = tab_titles(areas.tabs.width, self.tab)
                .into_iter()
                .find(|t| x >= t.x && x < t.x + t.text.chars().count() as u16);
            if let Some(title) = hit {
                self.tab = title.tab;
            }
            return;
        }
        let tab = self.tab;
        let len = self.len(tab);
        if areas.header.contains(at) {
            let Some(l) = self.list(tab) else {
                return;
            };
            let hit = columns::place(tab, areas.header, l.sort)
                .into_iter()
                .find(|p| at.x >= p.area.x && at.x < p.area.right());
            if let Some(ColumnKey::Sort(column)) = hit.map(|p| p.column.key) {
                let descending = l.sort.is_some_and(|s| s.column == column && !s.descending);
                if let Some(l) = self.list_mut(tab) {
                    l.focus = Focus::List;
                    l.link = None;
                }
                self.set_sort(Some(Sort { column, descending }));
            }
        } else if areas.rows.contains(at) {
            let Some(list) = self.list(tab) else {
                return;
            };
            let height = usize::from(areas.rows.height);
            let offset = visible_offset(list.selected, list.offset, height, len);
            let position = offset + usize::from(at.y - areas.rows.y);
            if position < len
                && let Some(l) = self.list_mut(tab)
            {
                l.select(position);
                l.offset = offset;
                l.focus = Focus::List;
                l.link = None;
            }
        } else if areas.detail.contains(at) && len > 0 {
            let follow = self.with_detail(|app, view| {
                let l = app.list_mut(tab)?;
                l.focus = Focus::Detail;
                if !areas.detail_text.contains(at) {
                    return None;
                }
                let row = l.detail_scroll.min(view.max_scroll())
                    + usize::from(at.y - areas.detail_text.y);
                let k = view.rows.get(row).and_then(|r| r.link)?;
                l.link = Some(k);
                view.links.get(k).copied()
            });
            if let Some(link) = follow {
                self.follow(link);
            }
        }
    }

    fn wheel(&mut self, at: Position, delta: isize) {
        let areas = self.areas();
        let tab = self.tab;
        let Some(focus) = self.list(tab).map(|l| l.focus) else {
            return;
        };
        if areas.detail.contains(at) {
            self.scroll_detail(delta);
        } else if areas.list.contains(at) {
            if let Some(l) = self.list_mut(tab) {
                l.focus = Focus::List;
            }
            self.step(delta);
            if let Some(l) = self.list_mut(tab) {
                l.focus = focus;
            }
        }
    }

    /// Brings every list state back within bounds after an action: the
    /// selection within the rows, the offset such that the selection is in
    /// view, the detail scroll within the detail's length, the chosen link
    /// in view.
    fn settle(&mut self) {
        for tab in Tab::iter().filter(|t| t.kind().is_some()) {
            let len = self.len(tab);
            let areas = self.areas_in(self.size, tab);
            let height = usize::from(areas.rows.height);
            let Some(l) = self.list_mut(tab) else {
                continue;
            };
            l.selected = l.selected.min(len.saturating_sub(1));
            if len == 0 {
                l.focus = Focus::List;
            }
            if l.focus == Focus::List {
                l.link = None;
            }
            // With no list on screen (a narrow detail), keep the offset.
            if height > 0 {
                l.offset = visible_offset(l.selected, l.offset, height, len);
            }
        }
        self.with_detail(|app, view| {
            let Some(l) = app.list_mut(app.tab) else {
                return;
            };
            if l.link.is_some_and(|k| k >= view.spans.len()) {
                l.link = None;
            }
            if let Some(k) = l.link {
                l.detail_scroll = view.scroll_to(k, l.detail_scroll);
            }
            l.detail_scroll = l.detail_scroll.min(view.max_scroll());
        });
    }
}

#[cfg(test)]
pub(crate) mod tests;
