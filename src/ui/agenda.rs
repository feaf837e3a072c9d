//! The Agenda tab: a line saying the day and what is shown, then the items
//! under the headings of their groups, the chosen one highlighted. What is
//! shown and where is [`crate::app::AgendaState`], laid out once per
//! version and filter; this draws only the lines on screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::theme::Theme;
use crate::app::agenda::{DATE, item_lines};
use crate::app::{Action, AgendaLine, App};
use crate::query::agenda::Group;
use crate::text::{fit, plural};

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if area.is_empty() {
        return;
    }
    let a = &app.derived.agenda;
    let state = &app.agenda;
    let width = usize::from(area.width);
    let last = a
        .today
        .checked_add_days(chrono::Days::new(u64::from(a.horizon)))
        .unwrap_or(a.today);
    let count = if state.lists_snoozed() {
        format!(
            "{} of {}",
            crate::text::thousands(state.shown.len() as u64),
            plural(a.snoozed.len(), "snoozed item", "snoozed items")
        )
    } else if state.has_filter() {
        format!(
            "{} of {}",
            crate::text::thousands(state.shown.len() as u64),
            plural(a.items.len(), "item", "items")
        )
    } else {
        plural(a.items.len(), "item", "items")
    };
    // How many are put off, where they are not the ones listed.
    let count = if a.snoozed.is_empty() || state.lists_snoozed() {
        count
    } else {
        format!(
            "{count} · {} snoozed",
            crate::text::thousands(a.snoozed.len() as u64)
        )
    };
    let head = format!(
        "Today {}, to {}: {count} · {} opens · {} filters",
        a.today,
        last,
        app.keys.key(Action::Open),
        app.keys.key(Action::Filter)
    );
    Line::styled(fit(&head, width).into_owned(), theme.label())
        .render(Rect::new(area.x, area.y, area.width, 1), buf);
    let body = Rect::new(area.x, area.y + 1, area.width, area.height - 1);
    if state.lines.is_empty() {
        let note = if state.waiting {
            "Preparing the search for the filter: the items follow in a moment.".to_owned()
        } else if state.has_filter() {
            "No item of the agenda matches the filter.".to_owned()
        } else {
            format!(
                "Nothing to do in the next {}.",
                plural(a.horizon as usize, "day", "days")
            )
        };
        Line::styled(fit(&note, width).into_owned(), theme.muted()).render(
            Rect::new(body.x, body.y, body.width, body.height.min(1)),
            buf,
        );
        return;
    }
    let chosen = state.selected_line();
    let height = usize::from(body.height);
    let text_width = width.saturating_sub(DATE);
    let mut y = 0usize;
    for (n, line) in state.lines.iter().enumerate().skip(state.offset) {
        if y >= height {
            break;
        }
        let row = |y: usize| Rect::new(body.x, body.y + y as u16, body.width, 1);
        match *line {
            AgendaLine::Heading(group, count) => {
                let style = if group == Group::Overdue {
                    theme.error()
                } else {
                    theme.heading()
                };
                let text = format!(
                    "{} ({})",
                    group.label(),
                    crate::text::thousands(count as u64)
                );
                Line::styled(fit(&text, width).into_owned(), style).render(row(y), buf);
                y += 1;
            }
            AgendaLine::Item(k) => {
                let Some(item) = state.shown.get(k).and_then(|&i| state.items(a).get(i)) else {
                    continue;
                };
                let date_style = if item.group == Group::Overdue {
                    theme.error()
                } else {
                    theme.upcoming()
                };
                let whom = item.whom();
                for (i, text) in item_lines(item, text_width).into_iter().enumerate() {
                    if y >= height {
                        break;
                    }
                    let lead = if i == 0 {
                        format!("  {:<w$}", item.date.to_string(), w = DATE - 2)
                    } else {
                        " ".repeat(DATE)
                    };
                    // The name in the title style, on the first line.
                    let (name, rest) = match text.strip_prefix(whom.as_ref()) {
                        Some(rest) if i == 0 => (whom.to_string(), rest.to_owned()),
                        _ => (String::new(), text),
                    };
                    let mut line = Line::from(vec![
                        Span::styled(fit(&lead, width).into_owned(), date_style),
                        Span::styled(name, theme.title()),
                        Span::styled(rest, theme.text()),
                    ]);
                    if Some(n) == chosen {
                        line = line.patch_style(theme.selected());
                        buf.set_style(row(y), theme.selected());
                    }
                    line.render(row(y), buf);
                    y += 1;
                }
            }
        }
    }
}
