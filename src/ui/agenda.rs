//! The Agenda tab: a line saying the day and what is shown, then the items
//! under the headings of their groups, the chosen one highlighted. What is
//! shown and where is [`crate::app::AgendaState`], laid out once per
//! version and filter; this draws only the lines on screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::theme::Theme;
use crate::app::{Action, AgendaLine, App};
use crate::query::agenda::Group;
use crate::text::{fit, plural};

/// The width of a date and the space around it.
const DATE: usize = 13;

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
        let note = if state.has_filter() {
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
    let rows = state
        .lines
        .iter()
        .enumerate()
        .skip(state.offset)
        .take(usize::from(body.height));
    for (y, (n, line)) in rows.enumerate() {
        let row = Rect::new(body.x, body.y + y as u16, body.width, 1);
        match *line {
            AgendaLine::Heading(group, count) => {
                let style = if group == Group::Overdue {
                    theme.error()
                } else {
                    theme.heading()
                };
                let text = format!(
                    "{} ({})",
                    group.title(),
                    crate::text::thousands(count as u64)
                );
                Line::styled(fit(&text, width).into_owned(), style).render(row, buf);
            }
            AgendaLine::Item(k) => {
                let Some(item) = state.shown.get(k).and_then(|&i| state.items(a).get(i)) else {
                    continue;
                };
                let date = format!("  {:<w$}", item.date.to_string(), w = DATE - 2);
                let rest = width.saturating_sub(DATE);
                let whom = fit(&item.whom(), rest).into_owned();
                let after =
                    rest.saturating_sub(unicode_width::UnicodeWidthStr::width(whom.as_str()));
                let what = match item.snoozed_text() {
                    Some(snoozed) => format!(": {} · {snoozed}", item.what),
                    None => format!(": {}", item.what),
                };
                let what = if after > 2 {
                    fit(&what, after).into_owned()
                } else {
                    String::new()
                };
                let date_style = if item.group == Group::Overdue {
                    theme.error()
                } else {
                    theme.upcoming()
                };
                let mut line = Line::from(vec![
                    Span::styled(fit(&date, width).into_owned(), date_style),
                    Span::styled(whom, theme.title()),
                    Span::styled(what, theme.text()),
                ]);
                if Some(n) == chosen {
                    line = line.patch_style(theme.selected());
                    buf.set_style(row, theme.selected());
                }
                line.render(row, buf);
            }
        }
    }
}
