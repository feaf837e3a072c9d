//! The overview as the dashboard shows it: its sections
//! ([`crate::query::overview`]), built once per version of the data shown and
//! per presentation mode, not for every frame; where each panel goes and
//! which of its entries fit ([`App::overview_layout`]), shared by the ui (to
//! draw) and by update (to move between the entries and open them); and the
//! entry chosen.
//!
//! Each panel lists at most [`LISTED`] entries of a list, and as many as its
//! height holds: a list cut short ends with a line saying how many more
//! there are and where, and a panel of two lists (releases and birthdays)
//! shares its lines between them, so that neither is crowded out.

use std::borrow::Cow;
use unicode_width::UnicodeWidthStr;

use ratatui::layout::{Position, Rect};

use super::App;
use crate::model::Status;
use crate::query::overview::{Item, LISTED, Panel, Section, changed_since, sections};
use crate::sanitize::sanitize_line;
use crate::text::wrap;
use crate::view::View;

/// What the sections depend on: the version of the data shown
/// ([`App::version`](super::App)) and whether birthdays are hidden.
type OverviewKey = (u64, bool);

/// The sections as last built, with what they were built for.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct OverviewCache {
    /// `None` before the first build.
    key: Option<OverviewKey>,
    sections: Vec<Section>,
}

/// What a part of a line is; the ui gives each its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Title,
    Text,
    Label,
    Muted,
    /// The date of something to come.
    Upcoming,
    Status(Status),
    /// The filled part of a gauge, and the rest.
    Bar,
    BarEmpty,
}

/// One line of the overview, in parts.
pub type TextLine = Vec<(String, Role)>;

fn line(text: impl Into<String>, role: Role) -> TextLine {
    vec![(text.into(), role)]
}

/// An entry a panel can show and the user can choose: an item of its
/// section (an [`Item::Entry`] or [`Item::Gauge`]), or the line that says
/// how many more there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    Item(usize),
    /// The "more" line of the list that starts at that item.
    More(usize),
}

/// One thing a panel shows, in its lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// `None` for what cannot be chosen (a figure, a label).
    pub pick: Option<Pick>,
    /// For [`Pick::More`]: how many more, and the tab that lists them.
    pub more: Option<(usize, View)>,
    pub lines: Vec<TextLine>,
}

/// A panel where it is drawn, and what it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelView {
    pub panel: Panel,
    pub title: String,
    /// The bordered panel.
    pub area: Rect,
    pub shown: Vec<Shown>,
}

impl PanelView {
    /// Inside the border.
    pub fn inner(&self) -> Rect {
        Rect::new(
            self.area.x.saturating_add(1),
            self.area.y.saturating_add(1),
            self.area.width.saturating_sub(2),
            self.area.height.saturating_sub(2),
        )
    }

    /// The first line of each thing shown, from the top of the inner area.
    pub fn tops(&self) -> impl Iterator<Item = (u16, &Shown)> {
        let mut y = 0u16;
        self.shown.iter().map(move |s| {
            let top = y;
            y = y.saturating_add(s.lines.len() as u16);
            (top, s)
        })
    }
}

/// Where the overview's parts go on screen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OverviewLayout {
    pub header: Rect,
    pub header_lines: Vec<TextLine>,
    pub panels: Vec<PanelView>,
    /// The panels left out for want of room, and where the note naming
    /// them goes.
    pub hidden: Vec<Panel>,
    pub note: Rect,
}

/// The panels in rows of up to `columns`, most needed first; a row of
/// fewer panels shares the width among them. With nothing overdue or due
/// this week (`quiet`), "Needs attention" only says so: it comes last, and
/// takes no room from a panel with something to show. What changed since
/// an earlier version (`changed`, asked for with `--since`) comes second,
/// after the figures.
fn grid(columns: usize, quiet: bool, changed: bool, letters: bool) -> Vec<Vec<Panel>> {
    use Panel::*;
    let mut order: Vec<Panel> = if quiet {
        vec![
            Figures, NextEvents, ComingUp, Petitions, Statements, Attention,
        ]
    } else {
        vec![
            Figures, Attention, NextEvents, ComingUp, Petitions, Statements,
        ]
    };
    if letters {
        // Who needs letters, beside the birthdays to post cards for.
        let at = order
            .iter()
            .position(|p| *p == ComingUp)
            .map_or(order.len(), |i| i + 1);
        order.insert(at, Fewest);
    }
    if changed {
        order.insert(1, Changed);
    }
    if columns <= 1 {
        // One column: the chart before the statements, as ever.
        let at = order
            .iter()
            .position(|p| *p == Statements)
            .unwrap_or(order.len());
        order.insert(at, EventsPerMonth);
        return order.into_iter().map(|p| vec![p]).collect();
    }
    let mut rows: Vec<Vec<Panel>> = order.chunks(columns).map(<[Panel]>::to_vec).collect();
    // The chart is wide: a row of its own, unless the last has room.
    match rows.last_mut() {
        Some(last) if last.len() < columns => last.push(EventsPerMonth),
        _ => rows.push(vec![EventsPerMonth]),
    }
    rows
}

/// A panel needs its border and at least this many rows to be worth showing.
const MIN_PANEL: u16 = 4;
/// The lines of the events-per-month chart.
const CHART: usize = 8;

impl App {
    fn overview_key(&self) -> OverviewKey {
        (self.version, self.presenting() || self.stripped())
    }

    /// The overview's sections for the data shown now: those built by the
    /// last [`App::update`] (or reload), unless the state has moved since,
    /// when they are built afresh.
    pub fn overview(&self) -> Cow<'_, [Section]> {
        let key = self.overview_key();
        if self.overview.key == Some(key) {
            Cow::Borrowed(&self.overview.sections)
        } else {
            Cow::Owned(self.build_overview(key))
        }
    }

    fn build_overview(&self, (_, hide_birthdays): OverviewKey) -> Vec<Section> {
        let mut all = sections(&self.campaign, &self.derived, hide_birthdays, LISTED);
        if let Some(since) = &self.since {
            all.push(changed_since(
                &self.campaign,
                &since.label,
                self.derived.since.as_deref().unwrap_or(&Default::default()),
                LISTED,
            ));
        }
        all
    }

    /// Builds the sections again, whatever they were built for: the marks
    /// of `--since` changed without a new version of the data.
    pub(super) fn rebuild_overview(&mut self) {
        self.overview.key = None;
        self.refresh_overview();
    }

    /// Builds the sections again if what they show has changed.
    pub(crate) fn refresh_overview(&mut self) {
        let key = self.overview_key();
        if self.overview.key != Some(key) {
            self.overview.sections = self.build_overview(key);
            self.overview.key = Some(key);
        }
    }

    /// Where the overview's header and panels go in the body `area`, and
    /// which entries each panel shows. Pure: drawn by the ui, read by
    /// update for the keys and clicks.
    pub fn overview_layout(&self, area: Rect) -> OverviewLayout {
        let header_lines = header_lines(self, area.width, area.height);
        let header_height = (header_lines.len() as u16).min(area.height);
        let header = Rect::new(area.x, area.y, area.width, header_height);
        let top = area.y + header_height;
        let bottom = area.bottom();
        let columns: u16 = if area.width >= 110 {
            3
        } else if area.width >= 72 {
            2
        } else {
            1
        };
        let sections = self.overview();
        let section = |p: Panel| sections.iter().find(|s| s.panel == p);
        let quiet = section(Panel::Attention)
            .is_some_and(|s| matches!(s.items.as_slice(), [Item::Empty(_)]));
        let letters = section(Panel::Fewest).is_some();
        let rows = grid(usize::from(columns), quiet, self.since.is_some(), letters);
        let widths_of = |row: &[Panel]| -> Vec<u16> {
            let n = (row.len() as u16).max(1);
            (0..n)
                .map(|i| area.width / n + u16::from(i < area.width % n))
                .collect()
        };
        // What each row needs at least (every panel's figures whole, each
        // list with one entry) and at most (every entry listed).
        let needs: Vec<(u16, u16)> = rows
            .iter()
            .map(|row| {
                row.iter()
                    .zip(&widths_of(row))
                    .fold((0, 0), |(lo, hi), (p, w)| {
                        let (l, h) = section(*p).map_or((0, 0), |s| needs(s, w.saturating_sub(2)));
                        (lo.max(l + 2), hi.max(h + 2))
                    })
            })
            .collect();
        // How many rows fit, each at least MIN_PANEL high and its least
        // need (but the first, which may be cut); one line is kept for a
        // note when some must be left out.
        let left = bottom.saturating_sub(top);
        let mut shown = 0;
        let mut used = 0u16;
        for (i, (least, _)) in needs.iter().enumerate() {
            let room = left.saturating_sub(used);
            let room = if i + 1 == rows.len() {
                room
            } else {
                room.saturating_sub(1)
            };
            if room < MIN_PANEL || (i > 0 && room < *least) {
                break;
            }
            used += (*least).min(room);
            shown += 1;
        }
        let hidden: Vec<Panel> = rows[shown..].iter().flatten().copied().collect();
        let note_height = u16::from(!hidden.is_empty());
        // Rows get their least need, then a line each in turn while they
        // would use more; what is left over is shared evenly.
        let mut heights: Vec<u16> = needs[..shown].iter().map(|n| n.0).collect();
        let room = left.saturating_sub(note_height);
        let mut spare = room.saturating_sub(used);
        while spare > 0 {
            let mut gave = false;
            for (h, (_, most)) in heights.iter_mut().zip(&needs) {
                if spare > 0 && *h < *most {
                    *h += 1;
                    spare -= 1;
                    gave = true;
                }
            }
            if !gave {
                break;
            }
        }
        let count = heights.len() as u16;
        for (i, h) in heights.iter_mut().enumerate() {
            *h += spare / count.max(1) + u16::from((i as u16) < spare % count.max(1));
        }
        let mut panels = Vec::new();
        let mut y = top;
        for (i, row) in rows.iter().take(shown).enumerate() {
            let left = bottom.saturating_sub(y).saturating_sub(note_height);
            let height = if i + 1 == shown {
                left
            } else {
                heights[i].min(left)
            };
            let mut x = area.x;
            for (panel, w) in row.iter().zip(&widths_of(row)) {
                if let Some(s) = section(*panel) {
                    let area = Rect::new(x, y, *w, height);
                    panels.push(PanelView {
                        panel: *panel,
                        title: s.title.clone(),
                        area,
                        shown: fit(
                            s,
                            w.saturating_sub(2),
                            usize::from(height.saturating_sub(2)),
                        ),
                    });
                }
                x += w;
            }
            y += height;
        }
        let note = if hidden.is_empty() || y >= bottom {
            Rect::default()
        } else {
            Rect::new(area.x, y, area.width, 1)
        };
        OverviewLayout {
            header,
            header_lines,
            panels,
            hidden,
            note,
        }
    }

    /// The overview's layout on the screen as it is now.
    fn overview_now(&self) -> OverviewLayout {
        self.overview_layout(self.areas().body)
    }

    /// The entry chosen on the overview as the screen shows it: the one
    /// chosen if it is on screen, else the first.
    pub fn overview_choice(&self, layout: &OverviewLayout) -> Option<(Panel, Pick)> {
        let all = choices(layout);
        self.overview_at
            .filter(|c| all.contains(c))
            .or_else(|| all.first().copied())
    }

    /// j/k on the overview: the next or previous entry on screen, in the
    /// order of the panels (`delta` of a page: the first of the next or
    /// previous panel; the largest: the last or first entry).
    pub(super) fn overview_step(&mut self, delta: isize, by_panel: bool) {
        let layout = self.overview_now();
        let all = choices(&layout);
        let Some(current) = self.overview_choice(&layout) else {
            self.say(crate::t!("say-overview-nothing-to-choose"));
            return;
        };
        let at = all.iter().position(|c| *c == current).unwrap_or(0);
        let next = if by_panel {
            let panel = current.0;
            if delta > 0 {
                all.iter()
                    .skip(at)
                    .position(|c| c.0 != panel)
                    .map_or(all.len() - 1, |k| at + k)
            } else {
                // The first of this panel, or of the one before.
                let first = all.iter().position(|c| c.0 == panel).unwrap_or(0);
                if first < at {
                    first
                } else {
                    let before = all[..first].last().map(|c| c.0);
                    all.iter().position(|c| Some(c.0) == before).unwrap_or(0)
                }
            }
        } else {
            at.saturating_add_signed(delta).min(all.len() - 1)
        };
        self.overview_at = all.get(next).copied();
    }

    /// Enter on the overview: opens the record of the entry chosen (back
    /// returns to the overview), or for a "more" line, the tab that lists
    /// them all.
    pub(super) fn overview_open(&mut self) {
        let layout = self.overview_now();
        let Some((panel, pick)) = self.overview_choice(&layout) else {
            self.say(crate::t!("say-overview-nothing-to-open"));
            return;
        };
        self.overview_at = Some((panel, pick));
        let sections = self.overview();
        // An entry's record, in its own tab or the section's.
        let entry = match pick {
            Pick::Item(k) => match sections.iter().find(|s| s.panel == panel).map(|s| &s.items) {
                Some(items) => match items.get(k) {
                    Some(Item::Entry { record, view, .. }) => Some((*record, *view)),
                    Some(Item::Gauge { record, .. }) => Some((*record, None)),
                    _ => None,
                },
                None => None,
            },
            Pick::More(_) => None,
        };
        drop(sections);
        let record = entry.map(|(r, _)| r);
        let more = layout
            .panels
            .iter()
            .filter(|p| p.panel == panel)
            .flat_map(|p| &p.shown)
            .find(|s| s.pick == Some(pick))
            .and_then(|s| s.more.map(|(_, v)| v));
        let Some(view) = entry.and_then(|(_, v)| v).or(more).or(panel.view()) else {
            return;
        };
        match record {
            Some(item) if view == View::Agenda => self.agenda_open_at(item),
            Some(record) => self.follow(super::detail::Link { tab: view, record }),
            None => self.open_tab(view),
        }
    }

    /// A click on the overview: chooses the entry under it and opens it.
    pub(super) fn overview_click(&mut self, at: Position) {
        let layout = self.overview_now();
        for p in &layout.panels {
            let inner = p.inner();
            if !inner.contains(at) {
                continue;
            }
            for (top, s) in p.tops() {
                let rows = inner.y + top..inner.y + top + s.lines.len() as u16;
                if rows.contains(&at.y)
                    && let Some(pick) = s.pick
                {
                    self.overview_at = Some((p.panel, pick));
                    self.overview_open();
                    return;
                }
            }
        }
    }
}

/// Every entry that can be chosen on screen, in order.
fn choices(layout: &OverviewLayout) -> Vec<(Panel, Pick)> {
    layout
        .panels
        .iter()
        .flat_map(|p| p.shown.iter().filter_map(|s| Some((p.panel, s.pick?))))
        .collect()
}

/// Name, summary, hashtags and the day the figures are computed for. On a
/// short screen only the name and the day.
fn header_lines(app: &App, width: u16, height: u16) -> Vec<TextLine> {
    let info = &app.campaign.info;
    let mut lines = vec![line(sanitize_line(&info.name), Role::Title)];
    if height >= 20
        && let Some(summary) = &info.summary
    {
        let max = if height >= 30 { 3 } else { 1 };
        lines.extend(indented(
            &sanitize_line(summary.trim()),
            0,
            width,
            max,
            Role::Text,
        ));
    }
    if height >= 30 && !info.hashtags.is_empty() {
        let tags: Vec<String> = info
            .hashtags
            .iter()
            .map(|t| sanitize_line(t).into_owned())
            .collect();
        lines.extend(indented(&tags.join("  "), 0, width, 1, Role::Muted));
    }
    let (label, mut today, why) = app.today_source.day_line(app.derived.today);
    let label = format!("{label} ");
    if label.width() + today.width() + why.width() <= usize::from(width) {
        today.push_str(&why);
    }
    lines.push(vec![(label, Role::Label), (today, Role::Text)]);
    lines
}

/// `text` wrapped to `width` with every line indented by `indent` columns,
/// at most `max` lines (the last one ending in an ellipsis if cut).
fn indented(text: &str, indent: usize, width: u16, max: usize, role: Role) -> Vec<TextLine> {
    let mut lines = wrap(text, usize::from(width).saturating_sub(indent).max(1));
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            last.pop();
            last.push('…');
        }
    }
    lines
        .into_iter()
        .map(|l| line(format!("{}{l}", " ".repeat(indent)), role))
        .collect()
}

/// The lines of one item of `panel` at `width`.
fn item_lines(panel: Panel, item: &Item, width: u16, label_width: usize) -> Vec<TextLine> {
    match item {
        Item::Figure {
            label,
            value,
            status,
        } => {
            // The value beside its label, wrapped under itself; a space
            // between them even where the label is longer than its column.
            let pad = |label: &str, to: usize| {
                let w = unicode_width::UnicodeWidthStr::width(label);
                format!("{label}{} ", " ".repeat(to.saturating_sub(w)))
            };
            let (lead, role) = match status {
                None => (pad(label, label_width), Role::Label),
                Some(s) => (
                    format!("  {}", pad(label, label_width.saturating_sub(2))),
                    Role::Status(*s),
                ),
            };
            let at = lead.chars().count();
            let mut lines = indented(value, at, width, 3, Role::Text);
            if let Some(first) = lines.first_mut()
                && let Some((text, _)) = first.first_mut()
            {
                *text = text.split_off(at.min(text.len()));
                first.insert(0, (lead, role));
            }
            lines
        }
        // Up to four lines: the counts of "Needs attention" by kind.
        Item::Note(text) => indented(text, 2, width, 4, Role::Muted),
        Item::Countries(names) => indented(&names.join(", "), 2, width, 3, Role::Muted),
        Item::Label(text) => indented(text, 0, width, 2, Role::Label),
        Item::Entry {
            date, what, indent, ..
        } if *indent => indented(&format!("{date} {what}"), 2, width, 3, Role::Text),
        Item::Entry {
            date, what, body, ..
        } => {
            let (date_role, what_role) = match panel {
                Panel::Statements => (Role::Muted, Role::Label),
                _ => (Role::Upcoming, Role::Text),
            };
            // One line: the date in its own style, then what (cut with an
            // ellipsis if it must be).
            let mut lines = indented(&format!("{date} {what}"), 0, width, 1, what_role);
            if let Some(first) = lines.first_mut()
                && let Some((text, _)) = first.first_mut()
                && text.starts_with(date.as_str())
            {
                let rest = text.split_off(date.len());
                let date = std::mem::replace(text, rest);
                first.insert(0, (date, date_role));
            }
            if let Some(body) = body {
                lines.extend(indented(body, 2, width, 2, Role::Text));
            }
            lines
        }
        Item::Gauge {
            title,
            ratio,
            counted,
            text,
            ..
        } => {
            let mut lines = indented(title, 0, width, 2, Role::Text);
            lines.extend(gauge(*ratio, *counted, text, width));
            lines
        }
        Item::More { count, view } => vec![more_line(*count, *view)],
        Item::Empty(text) => indented(text, 0, width, 2, Role::Muted),
        Item::Months(_) => Vec::new(),
    }
}

/// "and N more on the Prisoners tab (2)".
fn more_line(count: usize, view: View) -> TextLine {
    line(
        crate::t!(
            "overview-more",
            count = crate::text::thousands(count as u64),
            tab = view.label(),
            number = view.number()
        ),
        Role::Muted,
    )
}

/// A petition's count as a text gauge that reads without colour:
/// `[█████░░░░░]  52%  5,210 of 10,000`.
fn gauge(ratio: Option<f64>, counted: bool, text: &str, width: u16) -> Vec<TextLine> {
    match ratio {
        _ if !counted => indented(text, 2, width, 2, Role::Muted),
        None => indented(text, 2, width, 2, Role::Text),
        Some(ratio) => {
            let label = format!(" {text}");
            let bar_width = usize::from(width)
                .saturating_sub(label.chars().count() + 4)
                .min(30);
            let filled =
                ((ratio.clamp(0.0, 1.0) * bar_width as f64).round() as usize).min(bar_width);
            vec![vec![
                ("  [".to_owned(), Role::Text),
                ("█".repeat(filled), Role::Bar),
                ("░".repeat(bar_width - filled), Role::BarEmpty),
                ("]".to_owned(), Role::Text),
                (label, Role::Text),
            ]]
        }
    }
}

/// Whether an item is one entry of a list.
fn is_entry(item: &Item) -> bool {
    matches!(item, Item::Entry { .. } | Item::Gauge { .. })
}

/// A list of a section: (first entry, end of the entries, the
/// [`Item::More`] after them if any).
type Run = (usize, usize, Option<usize>);

/// The lists of a section; what is in none (figures, labels) is fixed.
fn lists(items: &[Item]) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut k = 0;
    while k < items.len() {
        if is_entry(&items[k]) || matches!(items[k], Item::More { .. }) {
            let start = k;
            while k < items.len() && is_entry(&items[k]) {
                k += 1;
            }
            let more = (k < items.len() && matches!(items[k], Item::More { .. })).then_some(k);
            runs.push((start, k, more));
            k += usize::from(more.is_some());
        } else {
            k += 1;
        }
    }
    runs
}

/// How many of `lines` (one count an item) belong to items in no list.
fn fixed_lines(runs: &[Run], lines: impl Iterator<Item = usize>) -> usize {
    let in_run = |k: usize| {
        runs.iter()
            .any(|&(s, e, m)| (s..e).contains(&k) || m == Some(k))
    };
    lines
        .enumerate()
        .filter(|&(k, _)| !in_run(k))
        .map(|(_, n)| n)
        .sum()
}

/// The lines a section needs at `width` inside its border: at least (its
/// fixed lines whole, each list with one entry and its "more" line) and at
/// most (every entry).
fn needs(section: &Section, width: u16) -> (u16, u16) {
    if section.panel == Panel::EventsPerMonth {
        return (CHART as u16, CHART as u16);
    }
    let lines: Vec<usize> = section
        .items
        .iter()
        .map(|i| item_lines(section.panel, i, width, section.label_width).len())
        .collect();
    let runs = lists(&section.items);
    let mut least = fixed_lines(&runs, lines.iter().copied());
    for &(start, end, more) in &runs {
        let first = lines
            .get(start)
            .copied()
            .filter(|_| start < end)
            .unwrap_or(0);
        // One entry, and a line for the rest when there are more.
        let rest = end - start > 1 || more.is_some();
        least += first + usize::from(rest);
    }
    let most = lines.iter().sum::<usize>().max(least);
    (least as u16, most as u16)
}

/// What a section shows in `height` lines of `width`: its fixed items
/// whole (cut at the bottom only when even they do not fit), and of each
/// list as many entries as the lines left hold, shared in turn between the
/// lists, each list cut short ending with a "more" line that counts what
/// it leaves out.
fn fit(section: &Section, width: u16, height: usize) -> Vec<Shown> {
    if section.panel == Panel::EventsPerMonth {
        return Vec::new();
    }
    let items = &section.items;
    let lines: Vec<Vec<TextLine>> = items
        .iter()
        .map(|i| item_lines(section.panel, i, width, section.label_width))
        .collect();
    let runs = lists(items);
    let fixed = fixed_lines(&runs, lines.iter().map(Vec::len));
    // How many entries of each run are shown.
    let mut take: Vec<usize> = vec![0; runs.len()];
    let total = |take: &[usize]| -> usize {
        runs.iter()
            .zip(take)
            .map(|(&(s, e, m), &t)| {
                let shown: usize = lines[s..s + t].iter().map(Vec::len).sum();
                let cut = t < e - s || m.is_some();
                shown + usize::from(cut)
            })
            .sum::<usize>()
            + fixed
    };
    loop {
        let mut grew = false;
        for r in 0..runs.len() {
            let (s, e, _) = runs[r];
            if take[r] < e - s {
                take[r] += 1;
                if total(&take) <= height {
                    grew = true;
                } else {
                    take[r] -= 1;
                }
            }
        }
        if !grew {
            break;
        }
    }
    let mut out = Vec::new();
    let mut k = 0;
    let mut used = 0;
    while k < items.len() {
        if let Some(r) = runs.iter().position(|&(s, _, _)| s == k) {
            let (s, e, m) = runs[r];
            for (j, l) in lines.iter().enumerate().skip(s).take(take[r]) {
                used += l.len();
                out.push(Shown {
                    pick: Some(Pick::Item(j)),
                    more: None,
                    lines: l.clone(),
                });
            }
            let extra = m.map_or(0, |m| match items[m] {
                Item::More { count, .. } => count,
                _ => 0,
            });
            let untold = e - s - take[r] + extra;
            if untold > 0 {
                let view = m
                    .and_then(|m| match items[m] {
                        Item::More { view, .. } => Some(view),
                        _ => None,
                    })
                    .or(section.panel.view())
                    .unwrap_or(View::Overview);
                used += 1;
                out.push(Shown {
                    pick: Some(Pick::More(s)),
                    more: Some((untold, view)),
                    lines: vec![more_line(untold, view)],
                });
            }
            k = m.map_or(e, |m| m + 1);
            continue;
        }
        let mut l = lines[k].clone();
        // Fixed items that do not fit are cut at the bottom.
        let room = height.saturating_sub(used);
        if l.len() > room {
            l.truncate(room);
        }
        used += l.len();
        if !l.is_empty() {
            out.push(Shown {
                pick: None,
                more: None,
                lines: l,
            });
        }
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_panel_is_in_every_grid_once() {
        for columns in 1..=3 {
            for quiet in [false, true] {
                for (changed, letters) in
                    [(false, false), (true, false), (false, true), (true, true)]
                {
                    let all: Vec<Panel> = grid(columns, quiet, changed, letters)
                        .into_iter()
                        .flatten()
                        .collect();
                    assert_eq!(
                        all.len(),
                        Panel::ALL.len() + usize::from(changed) + usize::from(letters)
                    );
                    // Who needs letters comes right after the birthdays.
                    let coming = all.iter().position(|p| *p == Panel::ComingUp);
                    assert_eq!(
                        all.iter().position(|p| *p == Panel::Fewest),
                        letters.then(|| coming.unwrap() + 1)
                    );
                    for p in &all {
                        assert_eq!(all.iter().filter(|q| *q == p).count(), 1);
                    }
                    // Quiet, it is the last panel but the chart of months.
                    let at = all.iter().position(|p| *p == Panel::Attention);
                    assert_eq!(at.is_some_and(|i| i + 2 >= all.len()), quiet, "{columns}");
                    // What changed comes right after the figures.
                    assert_eq!(
                        all.iter().position(|p| *p == Panel::Changed),
                        changed.then_some(1)
                    );
                }
            }
        }
    }
}
