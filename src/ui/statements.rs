//! Tab 4: the statements, newest first; the detail has the whole text and
//! its translation.

use ratatui::buffer::Buffer;
use ratatui::layout::Constraint;

use super::list::{CellText, Column, draw_detail, draw_table};
use super::theme::Theme;
use crate::app::detail::first_line;
use crate::app::{App, Areas};
use crate::sanitize::sanitize_line;

const COLUMNS: &[Column] = &[
    Column {
        title: "Date",
        width: Constraint::Length(10),
        from_width: 0,
    },
    Column {
        title: "Author",
        width: Constraint::Fill(1),
        from_width: 0,
    },
    Column {
        title: "Org",
        width: Constraint::Length(9),
        from_width: 60,
    },
    Column {
        title: "Text",
        width: Constraint::Fill(2),
        from_width: 44,
    },
];

fn cells(app: &App, theme: &Theme, record: usize) -> Vec<CellText> {
    let Some(s) = app.campaign.statements.get(record) else {
        return Vec::new();
    };
    let org = app
        .derived
        .links
        .statement_organisation
        .get(record)
        .copied()
        .flatten()
        .and_then(|i| app.campaign.organisations.get(i))
        .map(|o| sanitize_line(o.label()).into_owned())
        .unwrap_or_default();
    vec![
        (s.date.to_string(), theme.text()),
        (sanitize_line(&s.author).into_owned(), theme.text()),
        (org, theme.text()),
        (first_line(&s.text), theme.text()),
    ]
}

pub fn draw(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    draw_table(app, areas, buf, theme, "Statements", COLUMNS, &|r| {
        cells(app, theme, r)
    });
    draw_detail(app, areas, buf, theme);
}
