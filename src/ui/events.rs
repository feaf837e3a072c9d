//! Tab 3: the events in date order; a "When" column tells the past from
//! the upcoming in words, not only in colour.

use ratatui::buffer::Buffer;

use super::list::{CellText, draw_detail, draw_table};
use super::theme::Theme;
use crate::app::columns::ColumnKey;
use crate::app::{App, Areas};
use crate::query::{EventColumn, SortColumn};
use crate::sanitize::sanitize_line;

fn cell(app: &App, theme: &Theme, record: usize, key: ColumnKey) -> CellText {
    let Some(e) = app.campaign.events.get(record) else {
        return (String::new(), theme.text());
    };
    let today = app.derived.today;
    let (when, style) = if e.is_past(today) {
        ("past", theme.muted())
    } else if e.date <= today {
        ("now", theme.upcoming())
    } else {
        ("upcoming", theme.upcoming())
    };
    let opt = |s: Option<&str>| s.map(|s| sanitize_line(s).into_owned()).unwrap_or_default();
    match key {
        ColumnKey::When => (when.to_owned(), style),
        ColumnKey::Sort(SortColumn::Event(c)) => match c {
            EventColumn::Date => (e.date.to_string(), theme.text()),
            EventColumn::Kind => (e.kind.to_string(), theme.text()),
            EventColumn::Title => (sanitize_line(e.title()).into_owned(), theme.text()),
            EventColumn::City => (opt(e.city()), theme.text()),
            EventColumn::Country => (opt(e.country()), theme.text()),
        },
        ColumnKey::Sort(_) => (String::new(), theme.text()),
    }
}

pub fn draw(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    draw_table(app, areas, buf, theme, "Events", &|r, k| {
        cell(app, theme, r, k)
    });
    draw_detail(app, areas, buf, theme);
}
