//! Drawing the dashboard: `impl Widget for &App`. Draw only: nothing here
//! changes state or does I/O, and every place is taken from
//! [`crate::app::layout`], the same function update maps clicks with.

mod agenda;
mod events;
mod form;
mod letters;
mod list;
mod organisations;
mod overview;
mod petitions;
mod prisoners;
mod reload;
mod statements;
pub mod theme;

#[cfg(test)]
mod tests;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use crate::app::edit::Edit;
use crate::app::help::HelpStyle;
use crate::app::keymap::EditKey;
use crate::app::{self, Action, App, Areas, Focus, MIN_HEIGHT, MIN_WIDTH, Tab};
use crate::sanitize::sanitize_line;
use theme::Theme;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        draw(self, area, buf);
    }
}

/// Draws the whole dashboard into `area`.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme::new(app.color, app.palette);
    let areas = app.areas_in(area, app.tab);
    if areas.too_small {
        too_small(app, area, buf, &theme);
        return;
    }
    tab_bar(app, areas.tabs, buf, &theme);
    if app.hiding() {
        // Presentation mode asked for, the fields not yet taken out: the
        // body could show one, so only this is drawn until they are.
        Paragraph::new(crate::t!(
            "present-hiding",
            marker = crate::present::MARKER,
            hidden = crate::present::hidden_said()
        ))
        .style(theme.label())
        .wrap(Wrap { trim: true })
        .render(areas.body, buf);
        status_bar(app, &areas, buf, &theme);
        return;
    }
    match app.tab {
        // Nothing has loaded: a note, not the figures of an empty campaign.
        _ if app.unloaded => waiting(app, areas.body, buf, &theme),
        Tab::Overview => overview::draw(app, areas.body, buf, &theme),
        Tab::Prisoners => prisoners::draw(app, &areas, buf, &theme),
        Tab::Events => events::draw(app, &areas, buf, &theme),
        Tab::Statements => statements::draw(app, &areas, buf, &theme),
        Tab::Organisations => organisations::draw(app, &areas, buf, &theme),
        Tab::Petitions => petitions::draw(app, &areas, buf, &theme),
        Tab::Letters => letters::draw(app, &areas, buf, &theme),
        Tab::Agenda => agenda::draw(app, areas.body, buf, &theme),
    }
    list::draw_filter_bar(app, &areas, buf, &theme);
    reload::draw_banner(app, &areas, buf, &theme);
    status_bar(app, &areas, buf, &theme);
    if app.choosing_sort {
        sort_menu(app, &areas, buf, &theme);
    }
    if app.form.is_some() {
        form::draw(app, area, buf, &theme);
    }
    if app.asking.is_some() {
        form::draw_question(app, area, buf, &theme);
    }
    if app.problems_open {
        reload::draw_problems(app, buf, &theme);
    }
    if app.help {
        help(app, buf, &theme);
    }
}

/// After `o`: a box above the status bar with every column of the list
/// and the letter that sorts by it, wrapped onto as many lines as it takes.
fn sort_menu(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    let body = areas.body;
    if body.width < 4 || body.height < 3 {
        return;
    }
    let entries: Vec<String> = crate::app::columns::sort_letters(app.tab)
        .into_iter()
        .map(|(c, col)| format!("{c} {}", col.name().replace('-', " ")))
        .collect();
    let inner_width = usize::from(body.width - 2);
    let mut lines: Vec<Vec<&str>> = vec![Vec::new()];
    let mut used = 0;
    for e in &entries {
        let w = unicode_width::UnicodeWidthStr::width(e.as_str());
        let sep = if used == 0 { 0 } else { 3 };
        if used > 0 && used + sep + w > inner_width {
            lines.push(Vec::new());
            used = 0;
        }
        used += if used == 0 { w } else { 3 + w };
        if let Some(line) = lines.last_mut() {
            line.push(e);
        }
    }
    let height = (lines.len() as u16 + 2).min(body.height);
    let area = Rect::new(body.x, body.bottom() - height, body.width, height);
    Clear.render(area, buf);
    let title = format!(
        " Sort by: a letter (again: reverse), {} cancels ",
        app.keys.key(Action::Back)
    );
    let block = Block::bordered()
        .title(Line::styled(
            crate::text::fit(&title, inner_width).into_owned(),
            theme.title(),
        ))
        .border_style(theme.border_focused());
    let text: Vec<Line> = lines
        .iter()
        .map(|entries| {
            let mut spans = Vec::new();
            for (i, e) in entries.iter().enumerate() {
                if i > 0 {
                    spans.push(Span::raw("   "));
                }
                let (key, name) = e.split_at(e.chars().next().map_or(0, char::len_utf8));
                spans.push(Span::styled(key.to_owned(), theme.key()));
                spans.push(Span::styled(name.to_owned(), theme.text()));
            }
            Line::from(spans)
        })
        .collect();
    Paragraph::new(text).block(block).render(area, buf);
}

/// The body while no version of the file has loaded
/// ([`App::start_broken`]): why there is nothing, and what to do; blank
/// under the Problems view.
fn waiting(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if app.problems_open {
        // The view covers it but for its edges, where the note would peek.
        return;
    }
    let file = sanitize_line(&app.file_name);
    let lines = vec![
        Line::raw(""),
        Line::raw(format!(
            "{file} has errors, so there is no campaign to show yet."
        )),
        Line::raw(""),
        Line::raw(format!(
            "{} lists them, each with its line and how to fix it. Correct them in \
             your editor and save: the dashboard follows the file and shows the \
             campaign as soon as it loads. {} quits.",
            app.keys.key(Action::Problems),
            app.keys.key(Action::Quit)
        )),
    ];
    let inner = Rect {
        x: area.x.saturating_add(1),
        width: area.width.saturating_sub(2),
        ..area
    };
    Paragraph::new(lines)
        .style(theme.label())
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}

fn too_small(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let text = format!(
        "Enlarge the terminal: campaign-dash needs {MIN_WIDTH}x{MIN_HEIGHT} at least. {} quits.",
        app.keys.key(Action::Quit)
    );
    Paragraph::new(text)
        .style(theme.label())
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

fn tab_bar(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let mut spans = Vec::new();
    for title in app::tab_titles(area.width, app.tab) {
        let style = if title.tab == app.tab {
            theme.tab_selected()
        } else {
            theme.text()
        };
        spans.push(Span::styled(title.text, style));
        spans.push(Span::styled("│", theme.muted()));
    }
    Line::from(spans).render(area, buf);
}

fn status_bar(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    let area = areas.status;
    buf.set_style(area, theme.status_bar());
    let mut spans = Vec::new();
    if app.presenting() {
        // Text, so that it reads without colour too.
        spans.push(Span::styled(
            format!(" {} ", crate::present::MARKER),
            theme.tab_selected(),
        ));
        spans.push(Span::raw("│"));
    }
    let file = sanitize_line(&app.file_name);
    let file = crate::text::fit(&file, usize::from(area.width / 3).max(8));
    let mut position_slack = 0;
    spans.push(Span::raw(format!(" {file} ")));
    if let Some(list) = app.list(app.tab) {
        let len = app.len(app.tab);
        let position = if list.waiting() {
            // No row is shown yet: no figure it could be taken for.
            "…".to_owned()
        } else if len == 0 {
            "0/0".to_owned()
        } else {
            let at = crate::text::thousands(list.selected as u64 + 1);
            format!("{at}/{}", crate::text::thousands(len as u64))
        };
        spans.push(Span::raw(format!("│ {} {position} ", app.tab.label())));
        // The hints are chosen for the widest position of any list tab, so
        // that every list offers the same keys at a width.
        let widest = <Tab as strum::IntoEnumIterator>::iter()
            .filter(|t| t.kind().is_some())
            .map(|t| {
                let n = crate::text::thousands(app.len(t) as u64);
                unicode_width::UnicodeWidthStr::width(format!("│ {} {n}/{n} ", t.label()).as_str())
            })
            .max()
            .unwrap_or(0);
        let this = unicode_width::UnicodeWidthStr::width(
            format!("│ {} {position} ", app.tab.label()).as_str(),
        );
        position_slack = widest.saturating_sub(this);
    } else {
        spans.push(Span::raw(format!(
            "│ {} {} ",
            Hint::Today.text(),
            app.derived.today
        )));
    }
    // The warnings of the version shown; while the file on disk cannot be
    // shown, the banner speaks of it instead.
    let warnings = app.warnings();
    if warnings > 0 {
        spans.push(Span::styled(
            format!(
                "│ {} ({} lists them) ",
                crate::text::plural(warnings, "warning", "warnings"),
                app.keys.key(Action::Problems)
            ),
            theme.status_bar().patch(theme.label()),
        ));
    }
    if !app.history.is_empty() {
        spans.push(Span::raw(format!("│ back: {} ", app.history.len())));
    }
    if !app.picked.is_empty() {
        spans.push(Span::styled(
            format!(
                "│ {} marked ({} clears) ",
                crate::text::thousands(app.picked.len() as u64),
                app.keys.key(Action::ClearMarks)
            ),
            theme.status_bar().patch(theme.label()),
        ));
    }
    spans.push(Span::raw("│ "));
    if let Some(message) = &app.message {
        let used: usize = spans.iter().map(|s| s.width()).sum();
        let room = usize::from(area.width).saturating_sub(used + 3);
        spans.push(Span::styled(
            format!("{} ", crate::text::fit(&sanitize_line(message), room)),
            theme.status_bar().patch(theme.label()),
        ));
        spans.push(Span::raw("│ "));
    }
    let focus = app.list(app.tab).map(|l| l.focus).unwrap_or_default();
    let has_links = focus == Focus::Detail
        && app.selected_record(app.tab).is_some()
        && !app.detail_view().links.is_empty();
    let k = &app.keys;
    let edit = |e| k.edit_label(EditKey::Edit(e));
    let hints: Vec<(String, &str)> = match (app.tab, focus) {
        _ if app.editing.is_some() => vec![
            (edit(Edit::Accept), Hint::Keep.text()),
            (edit(Edit::Cancel), Hint::Clear.text()),
            (edit(Edit::Clear), Hint::ClearLine.text()),
            (edit(Edit::DeleteWord), Hint::DeleteWord.text()),
        ],
        (Tab::Agenda, _) => vec![
            (k.label(Action::Down), Hint::Choose.text()),
            (k.key(Action::Open), Hint::Open.text()),
            (k.key(Action::Filter), Hint::Filter.text()),
            (k.label(Action::GoTab(Tab::Overview)), Hint::Tabs.text()),
            (k.key(Action::ToggleHelp), Hint::Help.text()),
            (k.key(Action::Quit), Hint::Quit.text()),
        ],
        (Tab::Overview, _) => vec![
            (k.label(Action::Down), Hint::Choose.text()),
            (k.key(Action::Open), Hint::Open.text()),
            (k.label(Action::GoTab(Tab::Overview)), Hint::Tabs.text()),
            (k.key(Action::ToggleHelp), Hint::Help.text()),
            (k.key(Action::Quit), Hint::Quit.text()),
        ],
        (_, Focus::List) => vec![
            (k.label(Action::Down), Hint::Move.text()),
            (k.key(Action::Open), Hint::Detail.text()),
            (k.key(Action::Filter), Hint::Filter.text()),
            (k.key(Action::SortNext), Hint::Sort.text()),
            (k.key(Action::ToggleHelp), Hint::Help.text()),
            (k.key(Action::Quit), Hint::Quit.text()),
        ],
        (_, Focus::Detail) if has_links && !app.history.is_empty() => vec![
            (k.label(Action::Down), Hint::Links.text()),
            (k.key(Action::Open), Hint::Follow.text()),
            (k.key(Action::GoBack), Hint::Back.text()),
            (k.key(Action::Back), Hint::List.text()),
            (k.key(Action::ToggleHelp), Hint::Help.text()),
        ],
        (_, Focus::Detail) if has_links => vec![
            (k.label(Action::Down), Hint::Links.text()),
            (k.key(Action::Open), Hint::Follow.text()),
            (k.key(Action::Back), Hint::List.text()),
            (k.key(Action::ToggleHelp), Hint::Help.text()),
            (k.key(Action::Quit), Hint::Quit.text()),
        ],
        (_, Focus::Detail) => vec![
            (k.label(Action::Down), Hint::Scroll.text()),
            (k.key(Action::Back), Hint::Back.text()),
            (k.label(Action::GoTab(Tab::Overview)), Hint::Tabs.text()),
            (k.key(Action::ToggleHelp), Hint::Help.text()),
            (k.key(Action::Quit), Hint::Quit.text()),
        ],
    };
    // After `o`: the box above lists the columns and their letters.
    let hints: Vec<(String, String)> = if app.choosing_sort {
        vec![
            (
                Hint::ALetter.text().to_owned(),
                Hint::SortsTheBoxAbove.text().to_owned(),
            ),
            (k.key(Action::Back), Hint::Cancel.text().to_owned()),
        ]
    } else {
        hints
            .into_iter()
            .map(|(key, what)| (key, what.to_owned()))
            .collect()
    };
    let hints: Vec<(&str, &str)> = hints
        .iter()
        .map(|(key, what)| (key.as_str(), what.as_str()))
        .collect();
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let help_key = k.key(Action::ToggleHelp);
    let room = usize::from(area.width).saturating_sub(used + position_slack);
    let chosen = whole_hints(&hints, room, &help_key);
    for (i, (key, what)) in chosen.iter().enumerate() {
        spans.push(Span::styled(*key, theme.status_bar().patch(theme.label())));
        // The last one without the spaces after it: `whole_hints` counted
        // it so, and with them it would be cut.
        let gap = if i + 1 == chosen.len() { "" } else { "  " };
        spans.push(Span::raw(format!(" {what}{gap}")));
    }
    Line::from(fit_spans(spans, usize::from(area.width)))
        .style(theme.status_bar())
        .render(area, buf);
}

/// The words of the status bar's hints.
#[derive(Debug, Clone, Copy)]
enum Hint {
    Keep,
    Clear,
    ClearLine,
    DeleteWord,
    Choose,
    Open,
    Filter,
    Tabs,
    Help,
    Quit,
    Move,
    Detail,
    Sort,
    Links,
    Follow,
    Back,
    List,
    Scroll,
    ALetter,
    SortsTheBoxAbove,
    Cancel,
    /// Before the day every figure is counted to: "today 2023-05-06".
    Today,
    /// The help overlay's title and the marks of its scrolling.
    HelpTitle,
    MoreAbove,
    MoreBelow,
}

impl Hint {
    /// The words in the current language (made once a language).
    fn text(self) -> &'static str {
        static WORDS: crate::i18n::PerLang<[String; 25]> = crate::i18n::PerLang::new();
        let w = WORDS.get(|| {
            [
                crate::t!("hint-keep"),
                crate::t!("hint-clear"),
                crate::t!("hint-clear-line"),
                crate::t!("hint-delete-word"),
                crate::t!("hint-choose"),
                crate::t!("hint-open"),
                crate::t!("hint-filter"),
                crate::t!("hint-tabs"),
                crate::t!("hint-help"),
                crate::t!("hint-quit"),
                crate::t!("hint-move"),
                crate::t!("hint-detail"),
                crate::t!("hint-sort"),
                crate::t!("hint-links"),
                crate::t!("hint-follow"),
                crate::t!("hint-back"),
                crate::t!("hint-list"),
                crate::t!("hint-scroll"),
                crate::t!("hint-a-letter"),
                crate::t!("hint-sorts"),
                crate::t!("hint-cancel"),
                crate::t!("hint-today"),
                crate::t!("help-title"),
                crate::t!("help-more-above"),
                crate::t!("help-more-below"),
            ]
        });
        &w[self as usize]
    }
}

/// `spans` cut to `width` columns, ending in "…" when cut (never cut with
/// no sign), each keeping its style.
fn fit_spans<'a>(spans: Vec<Span<'a>>, width: usize) -> Vec<Span<'a>> {
    let total: usize = spans.iter().map(Span::width).sum();
    if total <= width {
        return spans;
    }
    let mut out = Vec::new();
    let mut room = width;
    for span in spans {
        let w = span.width();
        if w < room {
            room -= w;
            out.push(span);
            continue;
        }
        // The last that shows: cut to leave one column for the "…".
        let text = crate::text::fit(&span.content, room).into_owned();
        let text = if text.ends_with('…') {
            text
        } else {
            let mut t = crate::text::fit(&span.content, room.saturating_sub(1)).into_owned();
            t.push('…');
            t
        };
        out.push(Span::styled(text, span.style));
        break;
    }
    out
}

/// The hints of the status bar that fit whole in `room` columns, each
/// "key what" and two spaces: the help key (`help_key`, the way to every
/// other key) first, then
/// the others in their order, as many as fit; shown in their order, so that
/// none is ever cut (as lazygit's options bar).
pub(crate) fn whole_hints<'a>(
    hints: &[(&'a str, &'a str)],
    room: usize,
    help_key: &str,
) -> Vec<(&'a str, &'a str)> {
    use unicode_width::UnicodeWidthStr;
    let width = |(k, w): &(&str, &str)| k.width() + 1 + w.width() + 2;
    // The last hint needs no trailing spaces.
    let mut room = room + 2;
    let mut keep = vec![false; hints.len()];
    let by_priority = hints
        .iter()
        .enumerate()
        .filter(|(_, h)| h.0 == help_key)
        .chain(hints.iter().enumerate().filter(|(_, h)| h.0 != help_key));
    for (i, h) in by_priority {
        if width(h) <= room {
            room -= width(h);
            keep[i] = true;
        }
    }
    hints
        .iter()
        .zip(keep)
        .filter_map(|(h, k)| k.then_some(*h))
        .collect()
}

/// The help overlay, generated from the keymap ([`app::help`]), scrolled as
/// the state says, with what is above and below it said on its borders.
fn help(app: &App, buf: &mut Buffer, theme: &Theme) {
    let layout = app.help_layout();
    let area = layout.area;
    let visible = layout.visible();
    let scroll = app.help_scroll.min(layout.max_scroll());
    let style = |s: HelpStyle| match s {
        HelpStyle::Key => theme.key(),
        HelpStyle::Text => theme.text(),
        HelpStyle::Label => theme.label(),
        HelpStyle::Muted => theme.muted(),
    };
    let lines: Vec<Line> = layout
        .rows
        .iter()
        .skip(scroll)
        .take(visible)
        .map(|row| {
            Line::from(
                row.iter()
                    .map(|(text, s)| Span::styled(text.as_str(), style(*s)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    let mut block = Block::bordered()
        .title(format!(" {} ", Hint::HelpTitle.text()))
        .title_alignment(Alignment::Center)
        .border_style(theme.border_focused());
    if scroll > 0 {
        let up = format!(
            " ↑ {} ({}) ",
            Hint::MoreAbove.text(),
            app.keys.key(Action::Up)
        );
        block = block.title(Line::styled(up, theme.label()).right_aligned());
    }
    if scroll + visible < layout.rows.len() {
        let down = format!(
            " {} ↓ ({}) ",
            Hint::MoreBelow.text(),
            app.keys.label(Action::Down)
        );
        block = block.title_bottom(Line::styled(down, theme.label()).right_aligned());
    }
    Clear.render(area, buf);
    Paragraph::new(lines).block(block).render(area, buf);
}
