//! Tab 1: the campaign at a glance, in panels that reflow with the width (three
//! columns, two, or one) and drop, by priority and with a note saying so, what
//! does not fit the height. Where each panel goes and what it shows is
//! [`App::overview_layout`] (shared with update, which moves between the
//! entries); this module only styles and draws it.

use chrono::Month;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Paragraph, Widget};

use super::theme::Theme;
use crate::app::{App, PanelView, Role, TextLine};
use crate::query::overview::{Item, Panel};

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let layout = app.overview_layout(area);
    let header: Vec<Line> = layout
        .header_lines
        .iter()
        .map(|l| styled(l, theme))
        .collect();
    Paragraph::new(header).render(layout.header, buf);
    let chosen = app.overview_choice(&layout);
    let sections = app.overview();
    for p in &layout.panels {
        let block = Block::bordered()
            .title(Line::styled(format!(" {} ", p.title), theme.title()))
            .border_style(theme.border());
        let inner = p.inner();
        block.render(p.area, buf);
        if p.panel == Panel::EventsPerMonth {
            let months = sections
                .iter()
                .filter(|s| s.panel == p.panel)
                .flat_map(|s| &s.items)
                .find_map(|i| match i {
                    Item::Months(m) => Some(m.as_slice()),
                    _ => None,
                });
            events_per_month(months.unwrap_or_default(), inner, buf, theme);
        } else {
            Paragraph::new(lines(p, chosen, theme)).render(inner, buf);
        }
    }
    let months = || {
        sections
            .iter()
            .filter(|s| s.panel == Panel::EventsPerMonth)
            .flat_map(|s| &s.items)
            .find_map(|i| match i {
                Item::Months(m) => Some(m.as_slice()),
                _ => None,
            })
            .unwrap_or_default()
    };
    if layout.hidden == [Panel::EventsPerMonth] && !layout.note.is_empty() && !months().is_empty() {
        // No room for the chart's panel: its bars in the note's line.
        let line = months_line(months(), usize::from(layout.note.width));
        Line::styled(line, theme.muted()).render(layout.note, buf);
    } else if !layout.hidden.is_empty() && !layout.note.is_empty() {
        let names: Vec<&str> = layout.hidden.iter().map(|p| p.name()).collect();
        let note = crate::t!("overview-not-shown", names = names.join(", "));
        let note = crate::text::fit(&note, usize::from(layout.note.width)).into_owned();
        Line::styled(note, theme.muted()).render(layout.note, buf);
    }
}

/// The lines of a panel, the chosen entry's in the selection's style.
fn lines(
    p: &PanelView,
    chosen: Option<(Panel, crate::app::Pick)>,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for s in &p.shown {
        let is_chosen = s.pick.is_some() && chosen == s.pick.map(|k| (p.panel, k));
        for l in &s.lines {
            let line = styled(l, theme);
            out.push(if is_chosen {
                line.patch_style(theme.selected())
            } else {
                line
            });
        }
    }
    out
}

fn styled(line: &TextLine, theme: &Theme) -> Line<'static> {
    Line::from(
        line.iter()
            .map(|(text, role)| Span::styled(text.clone(), style(*role, theme)))
            .collect::<Vec<_>>(),
    )
}

fn style(role: Role, theme: &Theme) -> Style {
    match role {
        Role::Title => theme.title(),
        Role::Text => theme.text(),
        Role::Label => theme.label(),
        Role::Muted | Role::BarEmpty => theme.muted(),
        Role::Upcoming => theme.upcoming(),
        Role::Status(s) => theme.status(s),
        Role::Bar => theme.bar(),
    }
}

/// The events per month as one line of `width`: "Events per month, Jul
/// 2024 to Jun 2025: ▂▃▅█… (most: 1,234, Mar 2025)", a bar a month, as many
/// of the latest months as fit.
fn months_line(months: &[(i32, u32, usize)], width: usize) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let name = |m: u32| {
        Month::try_from(m as u8)
            .map(|m| m.name().chars().take(3).collect::<String>())
            .unwrap_or_default()
    };
    let line = |shown: &[(i32, u32, usize)]| {
        let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
            return String::new();
        };
        let most = shown.iter().max_by_key(|m| m.2).copied().unwrap_or(*first);
        let bars: String = shown
            .iter()
            .map(|&(_, _, n)| {
                if n == 0 {
                    ' '
                } else {
                    BARS[(n * (BARS.len() - 1))
                        .div_ceil(most.2.max(1))
                        .min(BARS.len() - 1)]
                }
            })
            .collect();
        format!(
            "Events per month, {} {} to {} {}: {bars} (most: {}, {} {})",
            name(first.1),
            first.0,
            name(last.1),
            last.0,
            crate::text::thousands(most.2 as u64),
            name(most.1),
            most.0
        )
    };
    // The latest months, as many as fit.
    let mut from = 0;
    while from + 1 < months.len()
        && unicode_width::UnicodeWidthStr::width(line(&months[from..]).as_str()) > width
    {
        from += 1;
    }
    crate::text::fit(&line(&months[from..]), width).into_owned()
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
                crate::i18n::month_short(month).to_owned()
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
