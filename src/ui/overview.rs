//! Tab 1: the campaign at a glance, in panels that reflow with the width (three
//! columns, two, or one) and drop, by priority and with a note saying so, what
//! does not fit the height.

use chrono::Month;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Paragraph, Widget};

use super::theme::Theme;
use crate::app::App;
use crate::app::detail::{first_line, place, relative, thousands, wrap};
use crate::sanitize::sanitize_line;

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
                .map(|(p, _)| needed(app, *p))
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
        if room < MIN_PANEL {
            break;
        }
        used += (*need).min(room);
        shown += 1;
    }
    let hidden: Vec<&str> = rows[shown..].iter().flatten().map(|p| p.title()).collect();
    let note_height = u16::from(!hidden.is_empty());
    // Rows get what they need; the last one shown gets what is left over.
    for (i, row) in rows.iter().take(shown).enumerate() {
        let left = bottom.saturating_sub(y).saturating_sub(note_height);
        let height = if i + 1 == shown {
            left
        } else {
            needs[i].min(left)
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
    if height >= 20 {
        if let Some(summary) = &info.summary {
            let text = sanitize_line(summary.trim());
            let wrapped = wrap(&text, usize::from(width));
            let n = wrapped.len();
            for (i, mut l) in wrapped.into_iter().take(3).enumerate() {
                if i == 2 && n > 3 {
                    l.push('…');
                }
                lines.push(Line::raw(l));
            }
        }
        if !info.hashtags.is_empty() {
            let tags: Vec<String> = info
                .hashtags
                .iter()
                .map(|t| sanitize_line(t).into_owned())
                .collect();
            lines.push(Line::styled(tags.join("  "), theme.muted()));
        }
    }
    lines.push(Line::from(vec![
        Span::styled("Today ", theme.label()),
        Span::raw(format!(
            "{} ({}): every figure is counted to this day",
            app.derived.today,
            app.today_source.describe()
        )),
    ]));
    lines
}

/// Rows a panel needs, border included.
fn needed(app: &App, panel: Panel) -> u16 {
    let s = &app.derived.stats;
    let content = match panel {
        Panel::Figures => figures(app, &Theme::new(false)).len(),
        Panel::NextEvents => s.next_events.len().clamp(1, 6),
        Panel::ComingUp => 2 + s.releases_due_90.len().max(1) + s.birthdays_30.len().max(1),
        Panel::Petitions => (2 * s.petitions.len()).clamp(1, 8),
        Panel::EventsPerMonth => 8,
        Panel::Statements => s.latest_statements.len().clamp(1, 6),
    };
    content as u16 + 2
}

fn draw_panel(app: &App, panel: Panel, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let block = Block::bordered()
        .title(Line::styled(format!(" {} ", panel.title()), theme.title()))
        .border_style(theme.border());
    let inner = block.inner(area);
    block.render(area, buf);
    let lines = match panel {
        Panel::Figures => figures(app, theme),
        Panel::NextEvents => next_events(app, theme),
        Panel::ComingUp => coming_up(app, theme),
        Panel::Petitions => petitions(app, inner.width, theme),
        Panel::EventsPerMonth => {
            events_per_month(app, inner, buf, theme);
            return;
        }
        Panel::Statements => statements(app, theme),
    };
    Paragraph::new(lines).render(inner, buf);
}

fn figure(label: &str, value: String, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label:<18}"), theme.label()),
        Span::raw(value),
    ])
}

fn figures(app: &App, theme: &Theme) -> Vec<Line<'static>> {
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
    lines.push(figure("Statements", s.statements_total.to_string(), theme));
    lines
}

fn next_events(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let s = &app.derived.stats;
    let today = app.derived.today;
    if s.next_events.is_empty() {
        return vec![Line::styled(
            "No upcoming events in the file.",
            theme.muted(),
        )];
    }
    s.next_events
        .iter()
        .filter_map(|&i| app.campaign.events.get(i))
        .map(|e| {
            let place = place(e);
            let title = sanitize_line(&e.title);
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
            Line::from(vec![
                Span::styled(format!("{} ", e.date), theme.upcoming()),
                Span::styled(format!("({when}) "), theme.muted()),
                Span::raw(what),
            ])
        })
        .collect()
}

fn coming_up(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let s = &app.derived.stats;
    let today = app.derived.today;
    let c = &app.campaign;
    let name = |i: usize| {
        c.prisoners
            .get(i)
            .map(|p| sanitize_line(&p.name).into_owned())
            .unwrap_or_default()
    };
    let mut lines = vec![Line::styled("Releases due within 90 days", theme.label())];
    if s.releases_due_90.is_empty() {
        lines.push(Line::styled("  none", theme.muted()));
    }
    for (i, due) in &s.releases_due_90 {
        let estimate = if due.estimate { ", estimate" } else { "" };
        lines.push(Line::raw(format!(
            "  {} {} ({}{estimate})",
            due.date,
            name(*i),
            relative(due.date, today)
        )));
    }
    lines.push(Line::styled(
        "Birthdays in the next 30 days (send a card)",
        theme.label(),
    ));
    if s.birthdays_30.is_empty() {
        lines.push(Line::styled("  none", theme.muted()));
    }
    for (i, date, age) in &s.birthdays_30 {
        lines.push(Line::raw(format!(
            "  {date} {} turns {age} ({})",
            name(*i),
            relative(*date, today)
        )));
    }
    lines
}

/// Each petition as its title and a text gauge that reads without colour:
/// `[█████░░░░░]  52%  5,210 of 10,000`.
fn petitions(app: &App, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let s = &app.derived.stats;
    if s.petitions.is_empty() {
        return vec![Line::styled("No petitions in the file.", theme.muted())];
    }
    let mut lines = Vec::new();
    for progress in &s.petitions {
        let Some(p) = app.campaign.petitions.get(progress.petition) else {
            continue;
        };
        lines.push(Line::raw(sanitize_line(&p.title).into_owned()));
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
            let name = Month::try_from(month as u8)
                .map(|m| m.name())
                .unwrap_or("?");
            let label: String = name.chars().take(usize::from(bar_width)).collect();
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

fn statements(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let s = &app.derived.stats;
    if s.latest_statements.is_empty() {
        return vec![Line::styled("No statements in the file.", theme.muted())];
    }
    s.latest_statements
        .iter()
        .filter_map(|&i| app.campaign.statements.get(i))
        .map(|st| {
            Line::from(vec![
                Span::styled(format!("{} ", st.date), theme.muted()),
                Span::styled(format!("{}: ", sanitize_line(&st.author)), theme.label()),
                Span::raw(first_line(&st.text)),
            ])
        })
        .collect()
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
