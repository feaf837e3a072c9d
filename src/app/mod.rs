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
//! ([`keymap::action_for`]). [`layout()`] computes where everything is drawn,
//! shared by the ui (to draw) and by update (to map a click to a tab or row).
//!
//! The files of this module:
//! - `mod.rs`: [`App`], [`Action`], [`Focus`], [`App::new`], presentation
//!   mode, [`App::update`] (`apply`, `settle`), the filter line and the sort;
//! - `list.rs`: [`ListState`] and the rows laid out for a version
//!   (`ListRows`);
//! - `layout.rs`: [`layout()`], [`Areas`], [`tab_titles`],
//!   [`visible_offset`], [`MIN_WIDTH`]/[`MIN_HEIGHT`], and the app's areas;
//! - `navigation.rs`: moving the selection, scrolling the detail, choosing
//!   and following links, clicks and the wheel;
//! - `history.rs`: [`Place`] and the path of followed links ([`HISTORY`]);
//! - `detail_view.rs`: [`DetailView`] and the cache of the detail pane;
//! - `overview.rs`: the overview's sections, built once per version, its
//!   layout and the entry chosen;
//! - [`act`], [`columns`], [`detail`], [`edit`], [`help`], [`keymap`], [`reload`],
//!   [`rework`]: as their docs say.

pub mod act;
pub mod agenda;
pub mod columns;
pub mod detail;
pub mod edit;
pub mod help;
pub mod keymap;
pub mod record;
pub mod reload;
pub mod rework;
pub mod since;

mod detail_view;
mod history;
mod layout;
mod list;
mod navigation;
mod overview;

use crate::t;
pub use agenda::{AgendaLine, AgendaState};
use detail_view::DetailCache;
pub use detail_view::DetailView;
pub use history::{HISTORY, Place};
pub use layout::{
    Areas, DETAIL_MAX, DETAIL_MIN, DETAIL_WANT, MIN_HEIGHT, MIN_WIDTH, Split, TabTitle, WIDE,
    layout, side_by_side, tab_titles, visible_offset,
};
pub(crate) use list::ListRows;
pub use list::ListState;
use overview::OverviewCache;
pub use overview::{OverviewLayout, PanelView, Pick, Role, Shown, TextLine};

use std::sync::Arc;

use chrono::NaiveDate;
use ratatui::layout::{Position, Rect};
use strum::IntoEnumIterator;

use crate::model::Campaign;
use crate::query::overview::Panel;
use crate::query::{Derived, RecordKind, Sort};
use edit::Edit;
use reload::{Marks, Report, Stale};

/// The tabs, in the order of the tab bar and of the number keys: the views
/// of [`crate::view`], which `print --view` shares.
pub use crate::view::View as Tab;

/// Everything that can happen to the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    GoTab(Tab),
    NextTab,
    PrevTab,
    /// Tab and Shift-Tab: from the list to its detail (as Enter) and back
    /// (as Esc), on every tab and at every size.
    OtherPane,
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    /// Open (focus) the detail of the selected row, its first link chosen;
    /// in a focused detail, follow the chosen link.
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
    /// Give the focused pane (list or detail) the whole screen, or share
    /// it again.
    Zoom,
    /// `o`: choose the column to sort by with its letter.
    SortBy,
    /// The letter typed after `o`.
    SortLetter(char),
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
    /// The search index, built after the first screen by a worker
    /// ([`App::index_job`]), is in: the filters and sorts waiting for it
    /// are applied (told by the event loop).
    Indexed,
    /// `e`: open the file in the editor at the selected record, or in the
    /// Problems view at the first problem shown (the event loop does; see
    /// [`App::effect`]).
    EditRecord,
    /// `y`: copy the selected record as text.
    Copy,
    /// `Y`: copy the selected prisoner's postal address (every marked
    /// prisoner's, with marks).
    CopyAddress,
    /// `w`: log a letter to the selected prisoner, or to each marked one.
    LogLetter,
    /// `c`: mark the selected prisoner (or each marked one) checked today.
    MarkChecked,
    /// `a`: on the agenda, do what the item asks.
    AgendaAct,
    /// Space: mark or unmark the selected prisoner.
    Mark,
    /// Mark every prisoner the list shows.
    MarkAll,
    /// Clear every mark.
    ClearMarks,
    /// `%`: select one of the prisoners shown at random, saying how many
    /// letters they had (for a table of volunteers).
    PickRandom,
    /// `u`: take back the last write of this session.
    Undo,
    /// `R`: while the file on disk is empty, has errors or cannot be read,
    /// write the version shown back over it (after a yes).
    WriteBack,
    /// `Z`: on the agenda, put the item off until a day.
    Snooze,
    /// A key typed while the status line asks a question.
    Answer(char),
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
    pub letters: ListState,
    /// The Agenda tab: its filter, the items shown and the one chosen.
    pub agenda: AgendaState,
    /// The cursor (a byte offset) of the filter line while it is open on the
    /// current tab; keys then go to the line.
    pub editing: Option<usize>,
    /// `o` was pressed: the next key is the letter of a column to sort by
    /// ([`columns::sort_letters`]).
    pub choosing_sort: bool,
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
    /// The keys in force: the keymap with the user's bindings
    /// ([`crate::config`]). The help, the hints and every message that
    /// names a key name them from here.
    pub keys: Arc<keymap::Keymap>,
    /// The colours by role ([`crate::look`]): the theme of the settings.
    pub palette: crate::look::Palette,
    /// The columns the settings choose for some lists, in order; the
    /// others show all theirs ([`App::columns_of`]).
    pub chosen_columns: Vec<(Tab, Vec<columns::ColumnKey>)>,
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
    /// Whether loads warn of sensitive data kept past a release (the
    /// settings' `retention_warnings`, on unless turned off).
    pub retention: bool,
    /// For a campaign file encrypted with age: what opens it and whom it
    /// is encrypted to again, kept for the reloads and writes.
    pub seal: Option<std::sync::Arc<crate::load::crypt::Seal>>,
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
    /// No version of the file has loaded yet (it had errors when the
    /// dashboard opened, [`App::start_broken`]): the campaign is empty and
    /// stands for nothing; the first version that loads replaces it.
    pub unloaded: bool,
    /// What the last reload added or changed, until it expires.
    pub marks: Marks,
    /// `r` was pressed: the event loop reads the file again and clears this.
    pub wants_reload: bool,
    /// Ctrl-Z was pressed: the event loop suspends and clears this.
    pub wants_suspend: bool,
    /// What the event loop is asked to do outside the dashboard (the
    /// editor, the clipboard); it takes it.
    pub effect: Option<act::Effect>,
    /// The detail pane, built once per selection ([`App::detail_view`]).
    pub(crate) detail: DetailCache,
    /// The overview's sections, built once per version ([`App::overview`]).
    overview: OverviewCache,
    /// The entry chosen on the overview ([`App::overview_choice`]).
    pub overview_at: Option<(Panel, Pick)>,
    /// By tab, the width of each column's widest cell
    /// ([`crate::table::content_widths`]), measured once per version: for
    /// the width the list needs and the columns that would be cut.
    content: Vec<Vec<u16>>,
    /// The version `content` was measured on.
    content_version: Option<u64>,
    /// The version of the file shown ([`crate::load::write::Version`]):
    /// a write is made only on it. `None` before any version loaded.
    pub file_version: Option<crate::load::write::Version>,
    /// The text of the file shown, as it was read (not stripped for
    /// presentation mode): what `R` writes back over a file that cannot be
    /// shown. `None` before any version loaded.
    pub shown_text: Option<Arc<String>>,
    /// While the file on disk cannot be shown ([`App::stale`]), the
    /// version of its bytes as read: a write-back replaces only that.
    pub on_disk: Option<crate::load::write::Version>,
    /// The prisoners marked (Space), by id: they outlive a reload.
    pub picked: std::collections::HashSet<String>,
    /// The state of the generator `%` picks a prisoner at random with
    /// (seeded by the event loop, [`App::seed`]; a fixed value otherwise,
    /// so that tests draw the same).
    pub(crate) draw: u64,
    /// The form open over the dashboard (a letter, a release).
    pub form: Option<record::Form>,
    /// The question the status line asks before a write.
    pub asking: Option<record::Ask>,
    /// A write runs: no other is asked meanwhile.
    pub writing: bool,
    /// Quit once the write running (a write-back asked for on quitting)
    /// has written.
    pub quit_after_write: bool,
    /// The version this dashboard last wrote: when the watcher reads it
    /// back, it is the one shown already.
    pub echo: Option<crate::load::write::Version>,
    /// The last write of this session, for `u`.
    pub undo: Option<record::Undo>,
    /// A write refused because the file had changed: offered again once
    /// the new version is shown.
    pub retry: Option<record::WriteJob>,
    /// `--since`: the earlier version the records are marked against.
    pub since: Option<since::Since>,
    /// Counts the versions of `campaign` and `derived` shown: a reload, a
    /// new day or presentation mode makes a new one. What is kept from
    /// an older version (the detail pane) is keyed by it, so it cannot
    /// outlive the data it was built from.
    version: u64,
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
        App::with(
            campaign,
            file_name,
            (today_flag, system_today),
            Derived::new,
        )
    }

    /// [`App::new`] without the search index, for the first screen to
    /// come sooner: a filter or a sort waits for it
    /// ([`ListState::waiting`]) until [`App::index_job`], run by a worker,
    /// has built it and [`Action::Indexed`] says so.
    pub fn first(
        campaign: Campaign,
        file_name: impl Into<String>,
        today_flag: Option<NaiveDate>,
        system_today: NaiveDate,
    ) -> Self {
        App::with(
            campaign,
            file_name,
            (today_flag, system_today),
            Derived::first,
        )
    }

    fn with(
        campaign: Campaign,
        file_name: impl Into<String>,
        (today_flag, system_today): (Option<NaiveDate>, NaiveDate),
        derive: fn(&Campaign, NaiveDate) -> Derived,
    ) -> Self {
        let today_source = TodaySource::of(&campaign, today_flag);
        let today = campaign.today(today_flag, system_today);
        let derived = derive(&campaign, today);
        let list = |kind| ListState::new(kind, &campaign, &derived);
        let mut app = App {
            prisoners: list(RecordKind::Prisoner),
            events: list(RecordKind::Event),
            statements: list(RecordKind::Statement),
            organisations: list(RecordKind::Organisation),
            petitions: list(RecordKind::Petition),
            letters: list(RecordKind::Letter),
            agenda: AgendaState::default(),
            campaign: Arc::new(campaign),
            derived,
            file_name: file_name.into(),
            today_source,
            tab: Tab::Overview,
            editing: None,
            choosing_sort: false,
            history: Vec::new(),
            message: None,
            help: false,
            help_scroll: 0,
            quit: false,
            size: Rect::new(0, 0, 80, 24),
            color: true,
            keys: Arc::new(keymap::Keymap::default()),
            palette: crate::look::Palette::default(),
            chosen_columns: Vec::new(),
            today_flag,
            retention: true,
            seal: None,
            report: Report::default(),
            problems_open: false,
            problems_scroll: 0,
            stale: None,
            loaded_at: None,
            unloaded: false,
            marks: Marks::default(),
            wants_reload: false,
            wants_suspend: false,
            effect: None,
            file_version: None,
            shown_text: None,
            on_disk: None,
            picked: Default::default(),
            draw: 0x9e37_79b9_7f4a_7c15,
            form: None,
            asking: None,
            quit_after_write: false,
            writing: false,
            undo: None,
            echo: None,
            retry: None,
            hidden: None,
            pending: None,
            wants_rework: false,
            defer: false,
            detail: DetailCache::default(),
            overview: OverviewCache::default(),
            overview_at: None,
            content: Vec::new(),
            content_version: None,
            since: None,
            version: 0,
        };
        app.measure();
        app.refresh_detail();
        app.refresh_overview();
        app
    }

    /// The search index of the version shown, to build on a worker thread,
    /// when it is not built yet: the job and the campaign it reads.
    pub fn index_job(&self) -> Option<(crate::query::IndexJob, Arc<Campaign>)> {
        self.derived
            .search()
            .is_none()
            .then(|| (self.derived.index_job(), Arc::clone(&self.campaign)))
    }

    /// [`Action::Indexed`]: what waited for the search index is applied
    /// (nothing, when the index is not of the version shown).
    fn indexed(&mut self) {
        if self.derived.search().is_none() {
            return;
        }
        for tab in Tab::iter() {
            self.with_list(tab, |l, campaign, derived| l.indexed(campaign, derived));
        }
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
            since: self.since.as_ref().map(|s| Arc::clone(&s.base)),
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
            widths,
            ..
        } = done;
        let old_campaign = campaign.map(|c| std::mem::replace(&mut self.campaign, Arc::new(c)));
        let old_derived = std::mem::replace(&mut self.derived, derived);
        self.hidden = hidden;
        self.pending = None;
        self.version += 1;
        self.measured(widths);
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
            t!(
                "say-presenting",
                hidden = crate::present::hidden_said(),
                key = self.keys.key(Action::TogglePresent)
            )
        } else {
            t!("say-presenting-off")
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
            Tab::Overview | Tab::Agenda => None,
            Tab::Prisoners => Some(&self.prisoners),
            Tab::Events => Some(&self.events),
            Tab::Statements => Some(&self.statements),
            Tab::Organisations => Some(&self.organisations),
            Tab::Petitions => Some(&self.petitions),
            Tab::Letters => Some(&self.letters),
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
            letters,
            ..
        } = self;
        let list = match tab {
            Tab::Overview | Tab::Agenda => return None,
            Tab::Prisoners => prisoners,
            Tab::Events => events,
            Tab::Statements => statements,
            Tab::Organisations => organisations,
            Tab::Petitions => petitions,
            Tab::Letters => letters,
        };
        Some(f(list, campaign, derived))
    }

    /// The columns a list tab shows, in order: those the settings choose,
    /// else all of the tab's.
    pub fn columns_of(&self, tab: Tab) -> Vec<columns::Column> {
        let all = columns::columns(tab);
        let sorted = self
            .list(tab)
            .and_then(|l| l.sort)
            .map(|s| columns::ColumnKey::Sort(s.column));
        match self.chosen_columns.iter().find(|(t, _)| *t == tab) {
            Some((_, keys)) => keys
                .iter()
                .filter_map(|k| all.iter().find(|c| c.key == *k).copied())
                .collect(),
            None => crate::table::shown_by_default(tab, sorted),
        }
    }

    /// The sortable columns a list tab shows, in order: what `s` cycles
    /// through.
    fn sort_columns_of(&self, tab: Tab) -> Vec<crate::query::SortColumn> {
        crate::table::sortable(&self.columns_of(tab))
    }

    /// How many rows a tab shows (after its filter).
    pub fn len(&self, tab: Tab) -> usize {
        self.list(tab).map_or(0, |l| l.rows().len())
    }

    /// The record selected in a tab, if the tab has any.
    pub fn selected_record(&self, tab: Tab) -> Option<usize> {
        self.list(tab)?.selected_record()
    }

    /// Applies one action. Returns whether anything changed (whether the
    /// screen needs drawing again).
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.view();
        if !matches!(
            action,
            Action::Resize { .. } | Action::Day(_) | Action::ExpireMarks(_) | Action::Indexed
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
                    (
                        l.selected,
                        l.offset,
                        l.focus,
                        l.zoomed,
                        l.detail_scroll,
                        l.link,
                    ),
                    (
                        l.query.clone(),
                        l.error.clone(),
                        l.filter_on,
                        l.sort,
                        l.waiting(),
                    ),
                )
            })
            .collect();
        (
            (
                self.tab,
                lists,
                (self.editing, self.choosing_sort),
                self.history.len(),
            ),
            (
                self.overview_at,
                // The agenda's choice, scroll and filter: j/k there redraw.
                self.agenda.selected,
                self.agenda.offset,
                self.agenda.query.clone(),
                self.agenda.error.clone(),
                self.agenda.waiting,
            ),
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
                self.effect.clone(),
            ),
            (
                self.form.clone(),
                self.asking.clone(),
                self.picked.len(),
                self.writing,
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
            Action::Indexed => return self.indexed(),
            _ => {}
        }
        if self.problems_open {
            let page = usize::from(self.problems_area().height.saturating_sub(3)).max(1);
            let max = self.problems_max_scroll();
            let s = &mut self.problems_scroll;
            match action {
                Action::Quit | Action::QuitNow => self.quit_or_ask(),
                Action::Down => *s = (*s + 1).min(max),
                Action::Up => *s = s.saturating_sub(1),
                Action::ScrollDown { .. } => *s = (*s + 3).min(max),
                Action::ScrollUp { .. } => *s = s.saturating_sub(3),
                Action::PageDown => *s = (*s + page).min(max),
                Action::PageUp => *s = s.saturating_sub(page),
                Action::Top => *s = 0,
                Action::Bottom => *s = max,
                Action::Reload => self.request_reload(),
                Action::WriteBack => self.ask_write_back(false),
                Action::EditRecord => self.edit_problem(),
                // A privacy switch works wherever the user is: the view
                // shows then only where each problem is.
                Action::TogglePresent => self.toggle_present(),
                Action::Back | Action::Problems | Action::ToggleHelp => self.problems_open = false,
                // The tab keys leave the list for that tab.
                Action::GoTab(_) | Action::NextTab | Action::PrevTab => {
                    self.problems_open = false;
                    self.apply(action);
                }
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
        if self.form.is_some() {
            match action {
                Action::Edit(e) => self.form_key(e),
                Action::QuitNow => self.quit = true,
                _ => {}
            }
            return;
        }
        if self.asking.is_some() {
            match action {
                Action::Answer(c) => self.answer(c),
                Action::QuitNow => self.quit = true,
                _ => {}
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
                Action::Click { .. } => {
                    let accept = self.keys.edit_label(keymap::EditKey::Edit(Edit::Accept));
                    let cancel = self.keys.edit_label(keymap::EditKey::Edit(Edit::Cancel));
                    self.say(format!("{accept} keeps the filter, {cancel} clears it"));
                }
                // Keys go to the filter line while it is open.
                _ => {}
            }
            return;
        }
        if std::mem::take(&mut self.choosing_sort) {
            match action {
                Action::SortLetter(c) => self.sort_letter(c),
                // Any other key closes the chooser, and does nothing else.
                _ => self.say(t!("say-sort-unchanged")),
            }
            return;
        }
        let focus = self.list(self.tab).map(|l| l.focus).unwrap_or_default();
        match action {
            Action::GoTab(tab) => self.tab = tab,
            Action::NextTab => self.tab = self.tab.next(),
            Action::PrevTab => self.tab = self.tab.prev(),
            Action::OtherPane => self.other_pane(),
            Action::Down if self.tab == Tab::Overview => self.overview_step(1, false),
            Action::Up if self.tab == Tab::Overview => self.overview_step(-1, false),
            Action::PageDown if self.tab == Tab::Overview => self.overview_step(1, true),
            Action::PageUp if self.tab == Tab::Overview => self.overview_step(-1, true),
            Action::Top if self.tab == Tab::Overview => self.overview_step(isize::MIN, false),
            Action::Bottom if self.tab == Tab::Overview => self.overview_step(isize::MAX, false),
            Action::Open if self.tab == Tab::Overview => self.overview_open(),
            Action::Down if self.tab == Tab::Agenda => self.agenda_step(1),
            Action::Up if self.tab == Tab::Agenda => self.agenda_step(-1),
            Action::PageDown if self.tab == Tab::Agenda => {
                self.agenda_step(self.agenda_rows().saturating_sub(1).max(1) as isize)
            }
            Action::PageUp if self.tab == Tab::Agenda => {
                self.agenda_step(-(self.agenda_rows().saturating_sub(1).max(1) as isize))
            }
            Action::Top if self.tab == Tab::Agenda => self.agenda_step(isize::MIN),
            Action::Bottom if self.tab == Tab::Agenda => self.agenda_step(isize::MAX),
            Action::Open if self.tab == Tab::Agenda => self.agenda_open(),
            Action::Down if focus == Focus::Detail => self.link_step(true),
            Action::Up if focus == Focus::Detail => self.link_step(false),
            Action::Down => self.step(1),
            Action::Up => self.step(-1),
            Action::PageDown => self.step(self.page() as isize),
            Action::PageUp => self.step(-(self.page() as isize)),
            Action::Top => self.step(isize::MIN),
            Action::Bottom => self.step(isize::MAX),
            Action::Open if focus == Focus::Detail => self.follow_chosen(),
            Action::Open => self.enter_detail(),
            Action::Back => self.leave_detail(),
            Action::GoBack => self.go_back(),
            Action::Filter => self.open_filter(),
            Action::ToggleFilter => self.toggle_filter(),
            Action::NextMatch => self.jump_match(true),
            Action::PrevMatch => self.jump_match(false),
            Action::TogglePresent => self.toggle_present(),
            Action::Zoom => self.zoom(),
            Action::SortBy => self.choose_sort(),
            Action::SortLetter(_) => {}
            Action::SortNext => self.sort_next(),
            Action::SortReverse => self.sort_reverse(),
            Action::Edit(_) => {}
            Action::ToggleHelp => {
                self.help = true;
                self.help_scroll = 0;
            }
            Action::Reload => self.request_reload(),
            Action::Problems => self.open_problems(),
            Action::EditRecord => self.edit_selected(),
            Action::Copy => self.copy_record(),
            Action::CopyAddress => self.copy_address(),
            Action::LogLetter => self.open_letter_form(None),
            Action::MarkChecked => self.ask_checked(),
            Action::AgendaAct => self.agenda_act(),
            Action::Mark => self.toggle_mark(),
            Action::MarkAll => self.mark_all(),
            Action::PickRandom => self.pick_random(),
            Action::ClearMarks => self.clear_marks(),
            Action::Undo => self.undo(),
            Action::WriteBack => self.ask_write_back(false),
            Action::Snooze => self.open_snooze_form(),
            Action::Answer(_) => {}
            Action::Suspend | Action::ExpireMarks(_) | Action::Indexed => {}
            Action::Quit | Action::QuitNow => self.quit_or_ask(),
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

    /// `/`: opens the filter line on the current list, with the filter it
    /// has (turned on).
    fn open_filter(&mut self) {
        if self.tab == Tab::Agenda {
            self.editing = Some(self.agenda.query.len());
            return;
        }
        let Some(l) = self.list_mut(self.tab) else {
            let (first, last) = (
                self.keys.key(Action::GoTab(Tab::Prisoners)),
                self.keys.key(Action::GoTab(Tab::Petitions)),
            );
            self.say(format!(
                "the overview has no list to filter: {first}-{last} open one"
            ));
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
        if tab == Tab::Agenda {
            return self.edit_agenda(e, cursor);
        }
        match e {
            Edit::Accept => {
                let cancel = self.keys.edit_label(keymap::EditKey::Edit(Edit::Cancel));
                match self.list(tab).and_then(|l| l.error.as_ref()) {
                    Some(e) if e.incomplete => self.say(format!(
                        "the filter is not finished: type the rest, or {cancel} to clear it"
                    )),
                    Some(_) => self.say(format!(
                        "the filter has a mistake: correct it, or {cancel} to clear it"
                    )),
                    None => self.editing = None,
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

    /// A key typed into the agenda's filter line.
    fn edit_agenda(&mut self, e: Edit, mut cursor: usize) {
        match e {
            Edit::Accept if self.agenda.error.is_some() => {
                let cancel = self.keys.edit_label(keymap::EditKey::Edit(Edit::Cancel));
                self.say(format!(
                    "the filter has a mistake: correct it, or {cancel} to clear it"
                ));
            }
            Edit::Accept => self.editing = None,
            Edit::Cancel => {
                self.set_agenda_query(String::new());
                self.editing = None;
            }
            _ => {
                let mut text = self.agenda.query.clone();
                if edit::apply(&mut text, &mut cursor, e) {
                    self.set_agenda_query(text);
                }
                self.editing = Some(cursor);
            }
        }
    }

    /// What the filter line shows: the filter as typed, its mistake, and
    /// how many of how many rows it lets through (`None` on a tab without
    /// a filter; how many is `None` while the filter waits for the search
    /// index).
    pub fn filter_line(
        &self,
    ) -> Option<(
        &str,
        Option<&crate::query::FilterError>,
        Option<usize>,
        usize,
    )> {
        if self.tab == Tab::Agenda {
            let a = &self.agenda;
            return Some((
                &a.query,
                a.error.as_ref(),
                (!a.waiting).then_some(a.shown.len()),
                self.derived.agenda.items.len(),
            ));
        }
        let l = self.list(self.tab)?;
        Some((
            &l.query,
            l.error.as_ref(),
            (!l.waiting()).then_some(l.rows().len()),
            l.total(),
        ))
    }

    /// `f`: turns the filter off (keeping it) or on again.
    fn toggle_filter(&mut self) {
        let keys = Arc::clone(&self.keys);
        let Some(l) = self.list_mut(self.tab) else {
            return;
        };
        if !l.has_filter() {
            self.say(format!(
                "no filter on this list: {} types one",
                keys.key(Action::Filter)
            ));
            return;
        }
        l.filter_on = !l.filter_on;
        l.reshow();
        let note = if l.waiting() {
            format!(
                "filter {}: its matches are being found",
                if l.filter_on { "on" } else { "off" }
            )
        } else if l.filter_on {
            format!("filter on: {} of {}", l.match_count(), l.total())
        } else {
            format!(
                "filter off: {} jump between its {} matches",
                keys.label(Action::NextMatch),
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
            self.say(t!("say-no-filter", key = self.keys.key(Action::Filter)));
            return;
        }
        if l.waiting() {
            self.say(t!("say-filter-waiting"));
            return;
        }
        let len = l.rows().len();
        if len == 0 || l.match_count() == 0 {
            self.say(t!("say-no-match"));
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
            None => self.say(t!("say-no-match")),
        }
    }

    /// `z`: the focused pane on the whole screen, or both panes again;
    /// each tab remembers its own.
    fn zoom(&mut self) {
        let wide = self.size.width >= WIDE;
        let zoom = self.keys.key(Action::Zoom);
        let tabs = self.keys.label(Action::GoTab(Tab::Overview));
        let Some(l) = self.list_mut(self.tab) else {
            self.say(t!("say-no-zoom", tabs = tabs));
            return;
        };
        l.zoomed = !l.zoomed;
        let note = match (l.zoomed, l.focus) {
            (false, _) if !wide => t!("say-zoom-too-narrow"),
            (false, _) => t!("say-zoom-off"),
            (true, Focus::List) => t!("say-zoom-list", key = zoom),
            (true, Focus::Detail) => t!("say-zoom-detail", key = zoom),
        };
        self.say(note);
    }

    /// `o`: the next key is a column's letter; the status bar says them.
    fn choose_sort(&mut self) {
        let letters = columns::sort_letters(self.tab);
        if letters.is_empty() {
            let tabs = self.keys.label(Action::GoTab(Tab::Overview));
            self.say(t!("say-no-sort", tabs = tabs));
            return;
        }
        self.choosing_sort = true;
        // The letters are the status bar's hints.
        self.say(t!("say-sort-by"));
    }

    /// The letter after `o`: sort by its column, ascending (reversed if the
    /// list is already sorted by it).
    fn sort_letter(&mut self, letter: char) {
        let Some(&(_, column)) = columns::sort_letters(self.tab)
            .iter()
            .find(|(c, _)| *c == letter.to_ascii_lowercase())
        else {
            self.say(t!("say-no-such-sort-letter", letter = letter.to_string()));
            return;
        };
        let descending = self
            .list(self.tab)
            .and_then(|l| l.sort)
            .is_some_and(|s| s.column == column && !s.descending);
        self.set_sort(Some(Sort { column, descending }));
    }

    /// `s`: the next sortable column, after the last the tab's own order.
    fn sort_next(&mut self) {
        let cols = self.sort_columns_of(self.tab);
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
            None => self.sort_columns_of(self.tab).first().map(|&column| Sort {
                column,
                descending: true,
            }),
        };
        self.set_sort(sort);
    }

    fn set_sort(&mut self, sort: Option<Sort>) {
        let note = match sort {
            Some(s) => t!(
                "say-sorted",
                column = s.column.name().replace('-', " "),
                descending = if s.descending { "yes" } else { "no" }
            ),
            None => t!("say-own-order"),
        };
        self.with_list(self.tab, |l, c, d| {
            l.sort = sort;
            l.reorder(c, d);
            // The new order from its top: the row selected before is
            // somewhere else in it.
            l.select(0);
            l.offset = 0;
        });
        self.say(note);
    }

    /// Measures the widest cells of every list, once per version.
    fn measure(&mut self) {
        if self.content_version == Some(self.version) {
            return;
        }
        self.content = measure_all(&self.campaign, &self.derived);
        self.content_version = Some(self.version);
    }

    /// Takes the widths a worker measured on the version now shown.
    fn measured(&mut self, widths: Vec<Vec<u16>>) {
        self.content = widths;
        self.content_version = Some(self.version);
    }

    /// The widths of the widest cells of `tab`'s columns.
    pub fn content_widths(&self, tab: Tab) -> &[u16] {
        self.content.get(tab as usize).map_or(&[], Vec::as_slice)
    }

    /// Where the columns of `tab` go in `area` (its header row), as its
    /// sort and its cells' widths say: for the ui to draw, for update to
    /// map a click.
    pub fn place_columns(&self, tab: Tab, area: Rect) -> Vec<columns::Placed> {
        let sort = self.list(tab).and_then(|l| l.sort);
        let (shown, content) = self.shown_columns(tab);
        columns::place(shown, area, sort, &content)
    }

    /// The columns `tab` shows ([`App::columns_of`]), each with the width
    /// of its widest cell.
    pub fn shown_columns(&self, tab: Tab) -> (Vec<columns::Column>, Vec<u16>) {
        let all = columns::columns(tab);
        let widths = self.content_widths(tab);
        let sort = self.list(tab).and_then(|l| l.sort);
        let content_of = |c: &columns::Column| {
            all.iter()
                .position(|a| a.key == c.key)
                .and_then(|i| widths.get(i).copied())
                .unwrap_or(c.want())
        };
        // A column that says nothing in any row takes no width (unless the
        // list is sorted by it, which the header shows).
        let shown: Vec<columns::Column> = self
            .columns_of(tab)
            .into_iter()
            .filter(|c| {
                content_of(c) > 0
                    || sort.is_some_and(|s| columns::ColumnKey::Sort(s.column) == c.key)
            })
            .collect();
        let content = shown.iter().map(content_of).collect();
        (shown, content)
    }

    /// Brings every list state back within bounds after an action: the
    /// selection within the rows, the offset such that the selection is in
    /// view, the detail scroll within the detail's length, the chosen link
    /// in view.
    fn settle(&mut self) {
        self.measure();
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
        self.refresh_overview();
        self.refresh_agenda();
        self.agenda_settle();
    }
}

/// The widths of the widest cells of every tab's columns
/// ([`crate::table::content_widths`]), by tab: measured once per version, by
/// the loader or the rework thread where they made it, so that swapping a
/// version in costs the event thread nothing more.
pub(crate) fn measure_all(campaign: &Campaign, derived: &Derived) -> Vec<Vec<u16>> {
    Tab::iter()
        .map(|t| crate::table::content_widths(campaign, derived, t))
        .collect()
}

#[cfg(test)]
pub(crate) mod tests;
