//! The dashboard's state and its pure update.
//!
//! [`App`] holds the campaign, what is derived from it, and where the user is:
//! the tab, and for each list tab the selected row, the scroll offset and
//! whether the detail pane has the focus. [`App::update`] applies one
//! [`Action`] and does no I/O; key presses become actions through the keymap
//! ([`keymap::action_for`]). [`layout`] computes where everything is drawn,
//! shared by the ui (to draw) and by update (to map a click to a tab or row).

pub mod detail;
pub mod keymap;

use chrono::NaiveDate;
use ratatui::layout::{Position, Rect};
use strum::{Display, EnumCount, EnumIter, FromRepr, IntoEnumIterator};

use crate::model::Campaign;
use crate::query::Derived;

/// Below this width or height the dashboard shows only a note asking for a
/// larger terminal.
pub const MIN_WIDTH: u16 = 40;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 10;
/// From this width on, list and detail are shown side by side.
pub const WIDE: u16 = 100;

/// The tabs, in the order of the tab bar and of the number keys.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Display, EnumIter, EnumCount, FromRepr,
)]
pub enum Tab {
    #[default]
    Overview,
    Prisoners,
    Events,
    Statements,
    Organisations,
    Petitions,
}

impl Tab {
    /// The number key of the tab (1 to 6).
    pub fn number(self) -> usize {
        self as usize + 1
    }

    /// The tab after this one, wrapping around.
    pub fn next(self) -> Tab {
        Tab::from_repr((self as usize + 1) % Tab::COUNT).unwrap_or_default()
    }

    /// The tab before this one, wrapping around.
    pub fn prev(self) -> Tab {
        Tab::from_repr((self as usize + Tab::COUNT - 1) % Tab::COUNT).unwrap_or_default()
    }
}

/// Everything that can happen to the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    GoTab(Tab),
    NextTab,
    PrevTab,
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    /// Open (focus) the detail of the selected row.
    Open,
    /// Back to the list, or close the help.
    Back,
    ToggleHelp,
    Quit,
    /// A left click at a column and row of the terminal.
    Click {
        column: u16,
        row: u16,
    },
    /// The mouse wheel, away from the user, at a column and row.
    ScrollDown {
        column: u16,
        row: u16,
    },
    /// The mouse wheel, towards the user.
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
}

/// Where "today" comes from; the overview says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TodaySource {
    /// The `--today` flag.
    Flag,
    /// The file's `as_of`.
    AsOf,
    /// The system date.
    System,
}

impl TodaySource {
    /// A few words for the overview.
    pub fn describe(self) -> &'static str {
        match self {
            TodaySource::Flag => "set by --today",
            TodaySource::AsOf => "the file's as_of date",
            TodaySource::System => "the system date",
        }
    }
}

/// Which pane of a list tab has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    List,
    Detail,
}

/// The state of one list tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListState {
    /// Position of the selected row in the tab's order.
    pub selected: usize,
    /// Position of the first row shown.
    pub offset: usize,
    pub focus: Focus,
    /// First line of the detail shown.
    pub detail_scroll: usize,
}

/// The dashboard.
#[derive(Debug, Clone)]
pub struct App {
    pub campaign: Campaign,
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
    pub help: bool,
    pub quit: bool,
    /// The terminal's size, as last told by [`Action::Resize`].
    pub size: Rect,
    /// Whether to draw in colour (`--color`, `NO_COLOR`).
    pub color: bool,
    /// How many warnings the loader found; the status bar points to `check`.
    pub warnings: usize,
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
/// detail focused or not, and with a chart under the detail or not. Pure: the ui draws where this says, update maps
/// clicks with it.
pub fn layout(area: Rect, tab: Tab, focus: Focus, chart: bool) -> Areas {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Areas {
            too_small: true,
            body: area,
            ..Areas::default()
        };
    }
    let tabs = Rect::new(area.x, area.y, area.width, 1);
    let status = Rect::new(area.x, area.bottom() - 1, area.width, 1);
    let body = Rect::new(area.x, area.y + 1, area.width, area.height - 2);
    let mut areas = Areas {
        tabs,
        body,
        status,
        ..Areas::default()
    };
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
    let full = |t: Tab| format!(" {} {} ", t.number(), t);
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

impl App {
    /// A dashboard on `campaign`, read from `file_name`. "Today" is
    /// `today_flag` if given, else the file's `as_of`, else `system_today`.
    pub fn new(
        campaign: Campaign,
        file_name: impl Into<String>,
        today_flag: Option<NaiveDate>,
        system_today: NaiveDate,
    ) -> Self {
        let today_source = if today_flag.is_some() {
            TodaySource::Flag
        } else if campaign.info.as_of.is_some() {
            TodaySource::AsOf
        } else {
            TodaySource::System
        };
        let today = campaign.today(today_flag, system_today);
        let derived = Derived::new(&campaign, today);
        App {
            campaign,
            derived,
            file_name: file_name.into(),
            today_source,
            tab: Tab::Overview,
            prisoners: ListState::default(),
            events: ListState::default(),
            statements: ListState::default(),
            organisations: ListState::default(),
            petitions: ListState::default(),
            help: false,
            quit: false,
            size: Rect::new(0, 0, 80, 24),
            color: true,
            warnings: 0,
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
        match tab {
            Tab::Overview => None,
            Tab::Prisoners => Some(&mut self.prisoners),
            Tab::Events => Some(&mut self.events),
            Tab::Statements => Some(&mut self.statements),
            Tab::Organisations => Some(&mut self.organisations),
            Tab::Petitions => Some(&mut self.petitions),
        }
    }

    /// How many rows a tab lists.
    pub fn len(&self, tab: Tab) -> usize {
        match tab {
            Tab::Overview => 0,
            Tab::Prisoners => self.campaign.prisoners.len(),
            Tab::Events => self.derived.event_order.len(),
            Tab::Statements => self.derived.statement_order.len(),
            Tab::Organisations => self.campaign.organisations.len(),
            Tab::Petitions => self.campaign.petitions.len(),
        }
    }

    /// The index into the campaign's records of the row at `position` of a
    /// tab: events by date, statements newest first, the rest in file order.
    pub fn record_at(&self, tab: Tab, position: usize) -> Option<usize> {
        match tab {
            Tab::Overview => None,
            Tab::Events => self.derived.event_order.get(position).copied(),
            Tab::Statements => self.derived.statement_order.get(position).copied(),
            _ => (position < self.len(tab)).then_some(position),
        }
    }

    /// The record selected in a tab, if the tab has any.
    pub fn selected_record(&self, tab: Tab) -> Option<usize> {
        self.record_at(tab, self.list(tab)?.selected)
    }

    /// The areas of the current screen.
    pub fn areas(&self) -> Areas {
        self.areas_in(self.size, self.tab)
    }

    /// The areas of `tab` on a screen of size `area`.
    pub fn areas_in(&self, area: Rect, tab: Tab) -> Areas {
        let focus = self.list(tab).map(|l| l.focus).unwrap_or_default();
        layout(area, tab, focus, self.has_chart(tab))
    }

    /// Whether the detail of `tab` has a chart: a petition with tallies.
    pub fn has_chart(&self, tab: Tab) -> bool {
        tab == Tab::Petitions
            && self
                .selected_record(tab)
                .and_then(|i| self.campaign.petitions.get(i))
                .is_some_and(|p| !p.counts.is_empty())
    }

    /// The detail of the selected row of the current tab, laid out `width`
    /// columns wide.
    pub fn detail_rows(&self, width: u16) -> Vec<detail::Row> {
        match self.selected_record(self.tab) {
            Some(record) => detail::rows(&detail::document(self, self.tab, record), width),
            None => Vec::new(),
        }
    }

    /// Applies one action. Returns whether anything changed (whether the
    /// screen needs drawing again).
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.snapshot();
        self.apply(action);
        self.settle();
        before != self.snapshot()
    }

    fn snapshot(&self) -> impl PartialEq + use<> {
        (
            self.tab,
            [
                self.prisoners,
                self.events,
                self.statements,
                self.organisations,
                self.petitions,
            ],
            self.help,
            self.quit,
            self.size,
            self.derived.today,
        )
    }

    fn apply(&mut self, action: Action) {
        if self.help {
            // Any key closes the help; quitting still quits.
            match action {
                Action::Quit => self.quit = true,
                Action::Resize { width, height } => self.size = Rect::new(0, 0, width, height),
                Action::Day(date) => self.new_day(date),
                Action::ScrollDown { .. } | Action::ScrollUp { .. } => {}
                _ => self.help = false,
            }
            return;
        }
        match action {
            Action::GoTab(tab) => self.tab = tab,
            Action::NextTab => self.tab = self.tab.next(),
            Action::PrevTab => self.tab = self.tab.prev(),
            Action::Down => self.step(1),
            Action::Up => self.step(-1),
            Action::PageDown => self.step(self.page() as isize),
            Action::PageUp => self.step(-(self.page() as isize)),
            Action::Top => self.step(isize::MIN),
            Action::Bottom => self.step(isize::MAX),
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
                }
            }
            Action::ToggleHelp => self.help = true,
            Action::Quit => self.quit = true,
            Action::Click { column, row } => self.click(Position::new(column, row)),
            Action::ScrollDown { column, row } => self.wheel(Position::new(column, row), 3),
            Action::ScrollUp { column, row } => self.wheel(Position::new(column, row), -3),
            Action::Resize { width, height } => self.size = Rect::new(0, 0, width, height),
            Action::Day(date) => self.new_day(date),
        }
    }

    /// A new system date: figures move on if "today" is the system date.
    fn new_day(&mut self, date: NaiveDate) {
        if self.today_source == TodaySource::System && self.derived.today != date {
            self.derived = Derived::new(&self.campaign, date);
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
        let Some(list) = self.list(tab).copied() else {
            return;
        };
        let mut list = list;
        if list.focus == Focus::Detail {
            list.detail_scroll = list.detail_scroll.saturating_add_signed(delta);
        } else {
            let selected = list.selected.saturating_add_signed(delta);
            let selected = selected.min(len.saturating_sub(1));
            if selected != list.selected {
                list.selected = selected;
                list.detail_scroll = 0;
            }
        }
        if let Some(l) = self.list_mut(tab) {
            *l = list;
        }
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
        if areas.rows.contains(at) {
            let Some(list) = self.list(tab).copied() else {
                return;
            };
            let height = usize::from(areas.rows.height);
            let offset = visible_offset(list.selected, list.offset, height, len);
            let position = offset + usize::from(at.y - areas.rows.y);
            if position < len
                && let Some(l) = self.list_mut(tab)
            {
                if l.selected != position {
                    l.detail_scroll = 0;
                }
                l.selected = position;
                l.offset = offset;
                l.focus = Focus::List;
            }
        } else if areas.detail.contains(at)
            && len > 0
            && let Some(l) = self.list_mut(tab)
        {
            l.focus = Focus::Detail;
        }
    }

    fn wheel(&mut self, at: Position, delta: isize) {
        let areas = self.areas();
        let tab = self.tab;
        let Some(list) = self.list(tab).copied() else {
            return;
        };
        if areas.detail.contains(at) {
            if let Some(l) = self.list_mut(tab) {
                l.detail_scroll = l.detail_scroll.saturating_add_signed(delta);
            }
        } else if areas.list.contains(at) {
            let focus = list.focus;
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
    /// view, the detail scroll within the detail's length.
    fn settle(&mut self) {
        for tab in Tab::iter().skip(1) {
            let len = self.len(tab);
            let areas = self.areas_in(self.size, tab);
            let height = usize::from(areas.rows.height);
            let detail_len = if tab == self.tab {
                Some(self.detail_rows(areas.detail_text.width).len())
            } else {
                None
            };
            let detail_height = usize::from(areas.detail_text.height);
            if let Some(l) = self.list_mut(tab) {
                l.selected = l.selected.min(len.saturating_sub(1));
                if len == 0 {
                    l.focus = Focus::List;
                }
                // With no list on screen (a narrow detail), keep the offset.
                if height > 0 {
                    l.offset = visible_offset(l.selected, l.offset, height, len);
                }
                if let Some(n) = detail_len {
                    l.detail_scroll = l.detail_scroll.min(n.saturating_sub(detail_height));
                }
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
