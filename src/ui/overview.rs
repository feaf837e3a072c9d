//! Tab 1: the campaign at a glance, in panels that reflow with the width (three
//! columns, two, or one) and drop, by priority and with a note saying so, what
//! does not fit the height.

use chrono::Month;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Paragraph, Widget};

use super::theme::Theme;
use crate::app::App;
use crate::sanitize::sanitize_line;
use crate::text::{first_line, place, plural, relative, thousands, wrap};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Panel {
    Figures,
    NextEvents,
    ComingUp,
    Petitions,
    EventsPerMonth,
    Statements,
}

impl Panel {
    fn title(self) -> &'static str {
        match self {
            Panel::Figures => "Figures",
            Panel::NextEvents => "Next events",
            Panel::ComingUp => "Releases and birthdays",
            Panel::Petitions => "Petitions",
            Panel::EventsPerMonth => "Events per month",
            Panel::Statements => "Latest statements",
        }
    }
}

/// The panels in rows of `columns`, most needed first.
fn grid(columns: usize) -> Vec<Vec<Panel>> {
    use Panel::*;
    match columns {
        3 => vec![
            vec![Figures, NextEvents, ComingUp],
            vec![Petitions, EventsPerMonth, Statements],
        ],
        2 => vec![
            vec![Figures, NextEvents],
            vec![ComingUp, Petitions],
            vec![EventsPerMonth, Statements],
        ],
        _ => [
            Figures,
            NextEvents,
            ComingUp,
            Petitions,
            EventsPerMonth,
            Statements,
        ]
        .into_iter()
        .map(|p| vec![p])
        .collect(),
    }
}

/// A panel needs its border and at least this many rows to be worth showing.
const MIN_PANEL: u16 = 4;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let header = header_lines(app, area.width, area.height, theme);
    let header_height = (header.len() as u16).min(area.height);
    Paragraph::new(header).render(Rect::new(area.x, area.y, area.width, header_height), buf);
    let mut y = area.y + header_height;
    let bottom = area.bottom();

    let columns = if area.width >= 110 {
        3
    } else if area.width >= 72 {
        2
    } else {
        1
    };
    let rows = grid(columns);
    let widths: Vec<u16> = (0..columns as u16)
        .map(|i| area.width / columns as u16 + u16::from(i < area.width % columns as u16))
        .collect();
    let needs: Vec<u16> = rows
        .iter()
        .map(|row| {
            row.iter()
                .zip(&widths)
                .map(|(p, w)| needed(app, *p, *w, area.height))
                .max()
                .unwrap_or(0)
        })
        .collect();
    // How many rows fit, each at least MIN_PANEL high; one line is kept for a
    // note when some must be left out.
    let mut shown = 0;
    let mut used = 0u16;
    for need in &needs {
        let left = bottom.saturating_sub(y).saturating_sub(used);
        let is_last = shown + 1 == rows.len();
        let room = if is_last {
            left
        } else {
            left.saturating_sub(1)
        };
        // Only the first row may be cut short; later rows show whole or not
        // at all, so what is shown is never silently incomplete.
        if room < MIN_PANEL || (shown > 0 && room < *need) {
            break;
        }
        used += (*need).min(room);
        shown += 1;
    }
    let hidden: Vec<&str> = rows[shown..].iter().flatten().map(|p| p.title()).collect();
    let note_height = u16::from(!hidden.is_empty());
    // Rows get what they need, and share what is left over evenly.
    let spare = bottom
        .saturating_sub(y)
        .saturating_sub(note_height)
        .saturating_sub(used);
    for (i, row) in rows.iter().take(shown).enumerate() {
        let left = bottom.saturating_sub(y).saturating_sub(note_height);
        let extra = spare / shown as u16 + u16::from((i as u16) < spare % shown as u16);
        let height = if i + 1 == shown {
            left
        } else {
            (needs[i] + extra).min(left)
        };
        let mut x = area.x;
        for (panel, w) in row.iter().zip(&widths) {
            draw_panel(app, *panel, Rect::new(x, y, *w, height), buf, theme);
            x += w;
        }
        y += height;
    }
    if !hidden.is_empty() && y < bottom {
        let note = format!("Not shown, enlarge the terminal: {}", hidden.join(", "));
        Line::styled(note, theme.muted()).render(Rect::new(area.x, y, area.width, 1), buf);
    }
}

/// Name, summary, hashtags and the day the figures are computed for. On a
/// short screen only the name and the day.
fn header_lines(app: &App, width: u16, height: u16, theme: &Theme) -> Vec<Line<'static>> {
    let info = &app.campaign.info;
    let mut lines = vec![Line::styled(
        sanitize_line(&info.name).into_owned(),
        theme.title(),
    )];
    if height >= 20
        && let Some(summary) = &info.summary
    {
        let max = if height >= 30 { 3 } else { 1 };
        lines.extend(indented(
            &sanitize_line(summary.trim()),
            0,
            width,
            max,
            theme.text(),
        ));
    }
    if height >= 30 && !info.hashtags.is_empty() {
        let tags: Vec<String> = info
            .hashtags
            .iter()
            .map(|t| sanitize_line(t).into_owned())
            .collect();
        lines.push(Line::styled(tags.join("  "), theme.muted()));
    }
    let mut today = format!("{} ({})", app.derived.today, app.today_source.describe());
    let why = ": every figure is counted to this day";
    if "Today ".len() + today.chars().count() + why.len() <= usize::from(width) {
        today.push_str(why);
    }
    lines.push(Line::from(vec![
        Span::styled("Today ", theme.label()),
        Span::raw(today),
    ]));
    lines
}

/// Rows a panel needs at `width` (border included), counted up to
/// `max_height`: no panel is given more than the screen has.
fn needed(app: &App, panel: Panel, width: u16, max_height: u16) -> u16 {
    let inner = width.saturating_sub(2);
    let content = match panel {
        Panel::EventsPerMonth => 8,
        _ => content(
            app,
            panel,
            inner,
            usize::from(max_height),
            &Theme::new(false),
        )
        .len(),
    };
    (content as u16).saturating_add(2)
}

/// The lines of a text panel, wrapped to `width`. Lists that grow with the
/// file stop once they have `max_lines` (the lines past the panel's height
/// would not be drawn), so that a frame costs the same on any file.
fn content(
    app: &App,
    panel: Panel,
    width: u16,
    max_lines: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    match panel {
        Panel::Figures => figures(app, width, theme),
        Panel::NextEvents => next_events(app, width, theme),
        Panel::ComingUp => coming_up(app, width, max_lines, theme),
        Panel::Petitions => petitions(app, width, max_lines, theme),
        Panel::Statements => statements(app, width, theme),
        Panel::EventsPerMonth => Vec::new(),
    }
}

/// `text` wrapped to `width` with every line indented by `indent` columns,
/// at most `max` lines (the last one ending in an ellipsis if cut).
fn indented(text: &str, indent: usize, width: u16, max: usize, style: Style) -> Vec<Line<'static>> {
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
        .map(|l| Line::styled(format!("{}{l}", " ".repeat(indent)), style))
        .collect()
}

fn draw_panel(app: &App, panel: Panel, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let title = match (panel, app.derived.stats.events_per_month.as_slice()) {
        (Panel::EventsPerMonth, [(y0, m0, _), .., (y1, m1, _)]) => {
            format!(" Events per month, {y0}-{m0:02} to {y1}-{m1:02} ")
        }
        _ => format!(" {} ", panel.title()),
    };
    let block = Block::bordered()
        .title(Line::styled(title, theme.title()))
        .border_style(theme.border());
    let inner = block.inner(area);
    block.render(area, buf);
    if panel == Panel::EventsPerMonth {
        events_per_month(app, inner, buf, theme);
    } else {
        Paragraph::new(content(
            app,
            panel,
            inner.width,
            usize::from(inner.height),
            theme,
        ))
        .render(inner, buf);
    }
}

fn figure(label: &str, value: String, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label:<18}"), theme.label()),
        Span::raw(value),
    ])
}

fn figures(app: &App, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let s = &app.derived.stats;
    let mut lines = vec![figure("Prisoners", s.prisoners_total.to_string(), theme)];
    for (status, n) in &s.by_status {
        if *n > 0 {
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(format!("{:<16}", status.to_string()), theme.status(*status)),
                Span::raw(n.to_string()),
            ]));
        }
    }
    lines.push(figure("In custody now", s.in_custody.to_string(), theme));
    lines.push(figure(
        "Days behind bars",
        format!(
            "{} combined",
            thousands(s.combined_days_in_custody.max(0) as u64)
        ),
        theme,
    ));
    let partial = s.partial_arrests_in_custody;
    if partial > 0 {
        let note = format!(
            "at most: {} known only to the month or year",
            plural(partial, "arrest date", "arrest dates")
        );
        lines.extend(indented(&note, 2, width, 2, theme.muted()));
    }
    lines.push(figure(
        "Events",
        format!("{} past, {} upcoming", s.events_past, s.events_upcoming),
        theme,
    ));
    lines.push(figure(
        "Countries reached",
        s.countries.len().to_string(),
        theme,
    ));
    let countries: Vec<String> = s
        .countries
        .iter()
        .map(|c| sanitize_line(c).into_owned())
        .collect();
    if !countries.is_empty() {
        lines.extend(indented(&countries.join(", "), 2, width, 3, theme.muted()));
    }
    lines.push(figure("Statements", s.statements_total.to_string(), theme));
    lines
}

fn next_events(app: &App, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let s = &app.derived.stats;
    let today = app.derived.today;
    if s.next_events.is_empty() {
        return vec![Line::styled(
            "No upcoming events in the file.",
            theme.muted(),
        )];
    }
    let mut lines = Vec::new();
    for e in s
        .next_events
        .iter()
        .filter_map(|&i| app.campaign.events.get(i))
        .take(4)
    {
        let place = place(e);
        let title = sanitize_line(e.title());
        let what = if place.is_empty() {
            title.into_owned()
        } else {
            format!("{title}, {place}")
        };
        let when = if e.date <= today {
            "now".to_owned()
        } else {
            relative(e.date, today)
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", e.date), theme.upcoming()),
            Span::raw(format!("{when}, {}", e.kind)),
        ]));
        lines.extend(indented(&what, 2, width, 2, theme.text()));
    }
    if s.next_events.len() > 4 {
        lines.push(Line::styled(
            format!("and {} more on the Events tab (3)", s.next_events.len() - 4),
            theme.muted(),
        ));
    }
    lines
}

fn coming_up(app: &App, width: u16, max_lines: usize, theme: &Theme) -> Vec<Line<'static>> {
    let s = &app.derived.stats;
    let today = app.derived.today;
    let c = &app.campaign;
    let name = |i: usize| {
        c.prisoners
            .get(i)
            .map(|p| sanitize_line(p.name()).into_owned())
            .unwrap_or_default()
    };
    let mut lines = Vec::new();
    if s.releases_due_90.is_empty() {
        lines.extend(indented(
            "Releases due within 90 days: none",
            0,
            width,
            2,
            theme.label(),
        ));
    } else {
        lines.extend(indented(
            "Releases due within 90 days",
            0,
            width,
            2,
            theme.label(),
        ));
    }
    for (i, due) in &s.releases_due_90 {
        if lines.len() >= max_lines {
            break;
        }
        let estimate = if due.estimate { ", estimate" } else { "" };
        let text = format!(
            "{} {} ({}{estimate})",
            due.date,
            name(*i),
            relative(due.date, today)
        );
        lines.extend(indented(&text, 2, width, 3, theme.text()));
    }
    // Also while presentation mode ends: the birthdays are not back yet.
    if app.presenting() || app.stripped() {
        let text = format!("Birthdays: {}", crate::present::HIDDEN_NOTE);
        lines.extend(indented(&text, 0, width, 2, theme.label()));
    } else if s.birthdays_30.is_empty() {
        lines.extend(indented(
            "Birthdays in the next 30 days: none",
            0,
            width,
            2,
            theme.label(),
        ));
    } else {
        lines.extend(indented(
            "Birthdays in the next 30 days (send a card)",
            0,
            width,
            2,
            theme.label(),
        ));
    }
    for (i, date, age) in &s.birthdays_30 {
        if lines.len() >= max_lines {
            break;
        }
        let text = format!(
            "{date} {} turns {age} ({})",
            name(*i),
            relative(*date, today)
        );
        lines.extend(indented(&text, 2, width, 3, theme.text()));
    }
    lines
}

/// Each petition as its title and a text gauge that reads without colour:
/// `[█████░░░░░]  52%  5,210 of 10,000`.
fn petitions(app: &App, width: u16, max_lines: usize, theme: &Theme) -> Vec<Line<'static>> {
    let s = &app.derived.stats;
    if s.petitions.is_empty() {
        return vec![Line::styled("No petitions in the file.", theme.muted())];
    }
    let mut lines = Vec::new();
    for progress in &s.petitions {
        if lines.len() >= max_lines {
            break;
        }
        let Some(p) = app.campaign.petitions.get(progress.petition) else {
            continue;
        };
        lines.extend(indented(
            &sanitize_line(&p.title),
            0,
            width,
            2,
            theme.text(),
        ));
        let goal = progress.goal.map(thousands);
        match (progress.latest, progress.ratio) {
            (None, _) => {
                let text = match goal {
                    Some(g) => format!("  no count yet (goal {g})"),
                    None => "  no count yet, no goal set".to_owned(),
                };
                lines.push(Line::styled(text, theme.muted()));
            }
            (Some(t), None) => lines.push(Line::raw(format!(
                "  {} signatures on {}, no goal set",
                thousands(t.signatures),
                t.date
            ))),
            (Some(t), Some(ratio)) => {
                let label = format!(
                    " {:>3}%  {} of {}",
                    (ratio * 100.0).floor() as u64,
                    thousands(t.signatures),
                    goal.unwrap_or_default()
                );
                let bar_width = usize::from(width)
                    .saturating_sub(label.chars().count() + 4)
                    .min(30);
                let filled =
                    ((ratio.clamp(0.0, 1.0) * bar_width as f64).round() as usize).min(bar_width);
                lines.push(Line::from(vec![
                    Span::raw("  ["),
                    Span::styled("█".repeat(filled), theme.bar()),
                    Span::styled("░".repeat(bar_width - filled), theme.muted()),
                    Span::raw("]"),
                    Span::raw(label),
                ]));
            }
        }
    }
    lines
}

fn events_per_month(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let months = &app.derived.stats.events_per_month;
    if area.is_empty() || months.is_empty() {
        return;
    }
    let n = months.len() as u16;
    // Bars as wide as fit with a gap of one; at least one column each.
    let bar_width = (area.width.saturating_sub(n - 1) / n).clamp(1, 5);
    let bars: Vec<Bar> = months
        .iter()
        .map(|&(_, month, count)| {
            // Month names when they fit, else the month's number (06).
            let label = if bar_width >= 3 {
                Month::try_from(month as u8)
                    .map(|m| m.name().chars().take(3).collect())
                    .unwrap_or_default()
            } else {
                format!("{month:02}")
            };
            Bar::new(count as u64)
                .label(Line::raw(label))
                .text_value(count.to_string())
                .style(theme.bar())
        })
        .collect();
    BarChart::default()
        .data(BarGroup::new(bars))
        .bar_width(bar_width)
        .bar_gap(1)
        .value_style(theme.status_bar())
        .render(area, buf);
}

fn statements(app: &App, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let s = &app.derived.stats;
    if s.latest_statements.is_empty() {
        return vec![Line::styled("No statements in the file.", theme.muted())];
    }
    let mut lines = Vec::new();
    for st in s
        .latest_statements
        .iter()
        .filter_map(|&i| app.campaign.statements.get(i))
        .take(4)
    {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", st.date), theme.muted()),
            Span::styled(sanitize_line(st.author()).into_owned(), theme.label()),
        ]));
        lines.extend(indented(&first_line(st.text()), 2, width, 2, theme.text()));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_panel_is_in_every_grid_once() {
        for columns in 1..=3 {
            let all: Vec<Panel> = grid(columns).into_iter().flatten().collect();
            assert_eq!(all.len(), 6);
            for p in &all {
                assert_eq!(all.iter().filter(|q| *q == p).count(), 1);
            }
        }
    }
}
