//! Tab 2: the prisoners, in file order, with the detail of the selected one.

use ratatui::buffer::Buffer;

use super::list::{CellText, draw_detail, draw_table};
use super::theme::Theme;
use crate::app::columns::ColumnKey;
use crate::app::{App, Areas};
use crate::query::{PrisonerColumn, SortColumn};
use crate::sanitize::sanitize_line;

fn cell(app: &App, theme: &Theme, record: usize, key: ColumnKey) -> CellText {
    let Some(p) = app.campaign.prisoners.get(record) else {
        return (String::new(), theme.text());
    };
    let ColumnKey::Sort(SortColumn::Prisoner(column)) = key else {
        return (String::new(), theme.text());
    };
    let orgs = app
        .derived
        .links
        .prisoner_organisations
        .get(record)
        .unwrap_or_default();
    let org = || match orgs
        .first()
        .and_then(|&i| app.campaign.organisations.get(i))
    {
        Some(o) if orgs.len() > 1 => format!("{} +{}", sanitize_line(o.label()), orgs.len() - 1),
        Some(o) => sanitize_line(o.label()).into_owned(),
        None => String::new(),
    };
    let days = || {
        app.derived
            .prisoner_facts
            .get(record)
            .and_then(|f| f.days_held)
            .map_or("?".to_owned(), |d| {
                // From a detained date known only to the month or year, the
                // count starts at its first day: an upper bound, marked so.
                if p.detained.is_some_and(|x| !x.is_full()) {
                    format!("~{d}")
                } else {
                    d.to_string()
                }
            })
    };
    let opt = |s: Option<&str>| s.map(|s| sanitize_line(s).into_owned()).unwrap_or_default();
    match column {
        PrisonerColumn::Name => (sanitize_line(p.name()).into_owned(), theme.text()),
        PrisonerColumn::Status => (p.status.to_string(), theme.status(p.status)),
        PrisonerColumn::Organisation => (org(), theme.text()),
        PrisonerColumn::Detained => (
            p.detained.map(|d| d.to_string()).unwrap_or_default(),
            theme.text(),
        ),
        PrisonerColumn::DaysHeld => (format!("{:>9}", days()), theme.text()),
        PrisonerColumn::Sentence => (opt(p.sentence()), theme.text()),
        PrisonerColumn::Facility => (opt(p.facility()), theme.text()),
    }
}

pub fn draw(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    draw_table(app, areas, buf, theme, "Prisoners", &|r, k| {
        cell(app, theme, r, k)
    });
    draw_detail(app, areas, buf, theme);
}
