//! Tab 4: the statements, newest first; the detail has the whole text and
//! its translation.

use ratatui::buffer::Buffer;

use super::list::{CellText, draw_detail, draw_table};
use super::theme::Theme;
use crate::app::columns::ColumnKey;
use crate::app::{App, Areas};
use crate::query::{SortColumn, StatementColumn};
use crate::sanitize::sanitize_line;
use crate::text::first_line;

fn cell(app: &App, theme: &Theme, record: usize, key: ColumnKey) -> CellText {
    let Some(s) = app.campaign.statements.get(record) else {
        return (String::new(), theme.text());
    };
    let ColumnKey::Sort(SortColumn::Statement(column)) = key else {
        return (String::new(), theme.text());
    };
    let org = || {
        app.derived
            .links
            .statement_organisation
            .get(record)
            .copied()
            .flatten()
            .and_then(|i| app.campaign.organisations.get(i))
            .map(|o| sanitize_line(o.label()).into_owned())
            .unwrap_or_default()
    };
    match column {
        StatementColumn::Date => (s.date.to_string(), theme.text()),
        StatementColumn::Author => (sanitize_line(s.author()).into_owned(), theme.text()),
        StatementColumn::Organisation => (org(), theme.text()),
        StatementColumn::Text => (first_line(s.text()), theme.text()),
    }
}

pub fn draw(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    draw_table(app, areas, buf, theme, "Statements", &|r, k| {
        cell(app, theme, r, k)
    });
    draw_detail(app, areas, buf, theme);
}
