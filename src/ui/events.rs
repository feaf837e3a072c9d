//! Tab 3: the events in date order; a "When" column tells the past from
//! the upcoming in words, not only in colour.

use ratatui::buffer::Buffer;
use ratatui::layout::Constraint;

use super::list::{CellText, Column, draw_detail, draw_table};
use super::theme::Theme;
use crate::app::{App, Areas};
use crate::sanitize::sanitize_line;

const COLUMNS: &[Column] = &[
    Column {
        title: "When",
        width: Constraint::Length(8),
        from_width: 0,
    },
    Column {
        title: "Date",
        width: Constraint::Length(10),
        from_width: 0,
    },
    Column {
        title: "Kind",
        width: Constraint::Length(10),
        from_width: 56,
    },
    Column {
        title: "Title",
        width: Constraint::Fill(2),
        from_width: 0,
    },
    Column {
        title: "City",
        width: Constraint::Fill(1),
        from_width: 64,
    },
    Column {
        title: "Country",
        width: Constraint::Fill(1),
        from_width: 84,
    },
];

fn cells(app: &App, theme: &Theme, record: usize) -> Vec<CellText> {
    let Some(e) = app.campaign.events.get(record) else {
        return Vec::new();
    };
    let today = app.derived.today;
    let (when, style) = if e.is_past(today) {
        ("past", theme.muted())
    } else if e.date <= today {
        ("now", theme.upcoming())
    } else {
        ("upcoming", theme.upcoming())
    };
    let opt = |s: &Option<String>| {
        s.as_deref()
            .map(|s| sanitize_line(s).into_owned())
            .unwrap_or_default()
    };
    vec![
        (when.to_owned(), style),
        (e.date.to_string(), theme.text()),
        (e.kind.to_string(), theme.text()),
        (sanitize_line(&e.title).into_owned(), theme.text()),
        (opt(&e.city), theme.text()),
        (opt(&e.country), theme.text()),
    ]
}

pub fn draw(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    draw_table(app, areas, buf, theme, "Events", COLUMNS, &|r| {
        cells(app, theme, r)
    });
    draw_detail(app, areas, buf, theme);
}
