//! Tab 1: the campaign at a glance, in panels that reflow with the width (three
//! columns, two, or one) and drop, by priority and with a note saying so, what
//! does not fit the height. The panels' content is the overview's sections
//! ([`crate::query::overview`]), which `print` writes too; this module only
//! styles, wraps and cuts them.

use chrono::Month;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Paragraph, Widget};

use super::theme::Theme;
use crate::app::App;
use crate::query::overview::{Item, Panel, Section};
use crate::sanitize::sanitize_line;
use crate::text::wrap;
use crate::view::View;

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
        _ => Panel::ALL.into_iter().map(|p| vec![p]).collect(),
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
    let sections = app.overview();
    let section = |p: Panel| sections.iter().find(|s| s.panel == p);
    let rows = grid(columns);
    let widths: Vec<u16> = (0..columns as u16)
        .map(|i| area.width / columns as u16 + u16::from(i < area.width % columns as u16))
        .collect();
    let needs: Vec<u16> = rows
        .iter()
        .map(|row| {
            row.iter()
                .zip(&widths)
                .map(|(p, w)| section(*p).map_or(0, |s| needed(s, *w, area.height, theme)))
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
    let hidden: Vec<&str> = rows[shown..].iter().flatten().map(|p| p.name()).collect();
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
            if let Some(s) = section(*panel) {
                draw_panel(s, Rect::new(x, y, *w, height), buf, theme);
            }
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
fn needed(section: &Section, width: u16, max_height: u16, theme: &Theme) -> u16 {
    let inner = width.saturating_sub(2);
    let content = match section.panel {
        Panel::EventsPerMonth => 8,
        _ => content(section, inner, usize::from(max_height), theme).len(),
    };
    (content as u16).saturating_add(2)
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

fn draw_panel(section: &Section, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let block = Block::bordered()
        .title(Line::styled(format!(" {} ", section.title), theme.title()))
        .border_style(theme.border());
    let inner = block.inner(area);
    block.render(area, buf);
    if section.panel == Panel::EventsPerMonth {
        for item in &section.items {
            if let Item::Months(months) = item {
                events_per_month(months, inner, buf, theme);
            }
        }
    } else {
        Paragraph::new(content(
            section,
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

/// The lines of a text panel, wrapped to `width`. Lists that grow with the
/// file stop once they have `max_lines` (the lines past the panel's height
/// would not be drawn), so that a frame costs the same on any file.
fn content(section: &Section, width: u16, max_lines: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    // Where the item drawn last began, and whether it was an entry.
    let mut last = (0, false);
    for (k, item) in section.items.iter().enumerate() {
        // The panel's last line, with entries still to come: it says how
        // many are not shown (an entry cut in two counts as not shown).
        if lines.len() + 1 >= max_lines {
            let (mut n, view) = untold(section, &section.items[k..]);
            if lines.len() >= max_lines && last.1 {
                lines.truncate(last.0);
                n += 1;
            }
            if n > 0 {
                lines.truncate(max_lines.saturating_sub(1));
                lines.push(more_line(n, view, theme));
                return lines;
            }
        }
        last = (lines.len(), matches!(item, Item::Entry { .. }));
        match item {
            Item::Figure {
                label,
                value,
                status: None,
            } => lines.push(figure(label, value.clone(), theme)),
            Item::Figure {
                label,
                value,
                status: Some(status),
            } => lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(format!("{label:<16}"), theme.status(*status)),
                Span::raw(value.clone()),
            ])),
            Item::Note(text) => lines.extend(indented(text, 2, width, 2, theme.muted())),
            Item::Countries(names) => {
                lines.extend(indented(&names.join(", "), 2, width, 3, theme.muted()));
            }
            Item::Label(text) => lines.extend(indented(text, 0, width, 2, theme.label())),
            Item::Entry {
                date, what, indent, ..
            } if *indent => {
                if lines.len() >= max_lines {
                    break;
                }
                let text = format!("{date} {what}");
                lines.extend(indented(&text, 2, width, 3, theme.text()));
            }
            Item::Entry {
                date, what, body, ..
            } => {
                let (date_style, what_style) = match section.panel {
                    Panel::Statements => (theme.muted(), theme.label()),
                    _ => (theme.upcoming(), Style::default()),
                };
                lines.push(Line::from(vec![
                    Span::styled(format!("{date} "), date_style),
                    Span::styled(what.clone(), what_style),
                ]));
                if let Some(body) = body {
                    lines.extend(indented(body, 2, width, 2, theme.text()));
                }
            }
            Item::Gauge {
                title,
                ratio,
                counted,
                text,
            } => {
                if lines.len() >= max_lines {
                    break;
                }
                lines.extend(indented(title, 0, width, 2, theme.text()));
                lines.push(gauge(*ratio, *counted, text, width, theme));
            }
            Item::More { count, view } => lines.push(more_line(*count, *view, theme)),
            Item::Empty(text) => lines.push(Line::styled(text.clone(), theme.muted())),
            Item::Months(_) => {}
        }
    }
    lines
}

/// "and N more on the Prisoners tab (2)".
fn more_line(count: usize, view: View, theme: &Theme) -> Line<'static> {
    Line::styled(
        format!(
            "and {count} more on the {} tab ({})",
            view.title(),
            view.number()
        ),
        theme.muted(),
    )
}

/// How many entries `rest` (the items of `section` not drawn) holds, those
/// the query left out included, and the tab that lists them all.
fn untold(section: &Section, rest: &[Item]) -> (usize, View) {
    let mut view = match section.panel {
        Panel::NextEvents => View::Events,
        Panel::Petitions => View::Petitions,
        Panel::Statements => View::Statements,
        _ => View::Prisoners,
    };
    let mut n = 0;
    for item in rest {
        match item {
            Item::Entry { .. } | Item::Gauge { .. } => n += 1,
            Item::More { count, view: v } => {
                n += count;
                view = *v;
            }
            _ => {}
        }
    }
    (n, view)
}

/// A petition's count as a text gauge that reads without colour:
/// `[█████░░░░░]  52%  5,210 of 10,000`.
fn gauge(
    ratio: Option<f64>,
    counted: bool,
    text: &str,
    width: u16,
    theme: &Theme,
) -> Line<'static> {
    match ratio {
        _ if !counted => Line::styled(format!("  {text}"), theme.muted()),
        None => Line::raw(format!("  {text}")),
        Some(ratio) => {
            let label = format!(" {text}");
            let bar_width = usize::from(width)
                .saturating_sub(label.chars().count() + 4)
                .min(30);
            let filled =
                ((ratio.clamp(0.0, 1.0) * bar_width as f64).round() as usize).min(bar_width);
            Line::from(vec![
                Span::raw("  ["),
                Span::styled("█".repeat(filled), theme.bar()),
                Span::styled("░".repeat(bar_width - filled), theme.muted()),
                Span::raw("]"),
                Span::raw(label),
            ])
        }
    }
}

fn events_per_month(months: &[(i32, u32, usize)], area: Rect, buf: &mut Buffer, theme: &Theme) {
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
