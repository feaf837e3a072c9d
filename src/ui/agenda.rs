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
use crate::text::fit;

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
    let n = |n: usize| (n as u64, crate::text::thousands(n as u64));
    let shown = crate::text::thousands(state.shown.len() as u64);
    let items = |k: usize| {
        let (k, count) = n(k);
        crate::t!("agenda-head-items", n = k, count = count)
    };
    let count = if state.lists_snoozed() {
        let (k, count) = n(a.snoozed.len());
        let total = crate::t!("agenda-head-snoozed-items", n = k, count = count);
        crate::t!("agenda-head-of", shown = shown, total = total)
    } else if state.has_filter() {
        crate::t!(
            "agenda-head-of",
            shown = shown,
            total = items(a.items.len())
        )
    } else {
        items(a.items.len())
    };
    // How many are put off, where they are not the ones listed.
    let count = if a.snoozed.is_empty() || state.lists_snoozed() {
        count
    } else {
        crate::t!(
            "agenda-head-and-snoozed",
            count = count,
            snoozed = crate::text::thousands(a.snoozed.len() as u64)
        )
    };
    let head = crate::t!(
        "agenda-head",
        today = a.today.to_string(),
        last = last.to_string(),
        count = count,
        open = app.keys.key(Action::Open),
        filter = app.keys.key(Action::Filter)
    );
    Line::styled(fit(&head, width).into_owned(), theme.label())
        .render(Rect::new(area.x, area.y, area.width, 1), buf);
    let body = Rect::new(area.x, area.y + 1, area.width, area.height - 1);
    if state.lines.is_empty() {
        let note = if state.waiting {
            crate::t!("agenda-preparing")
        } else if state.has_filter() {
            crate::t!("agenda-no-match")
        } else {
            let (k, count) = n(a.horizon as usize);
            crate::t!("agenda-nothing", n = k, count = count)
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
