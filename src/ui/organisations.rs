//! Tab 5: the organisations, with how many events, statements and member
//! prisoners each has.

use ratatui::buffer::Buffer;

use super::list::{CellText, draw_detail, draw_table};
use super::theme::Theme;
use crate::app::columns::ColumnKey;
use crate::app::{App, Areas};
use crate::query::{Adjacency, OrganisationColumn, SortColumn};
use crate::sanitize::sanitize_line;

fn cell(app: &App, theme: &Theme, record: usize, key: ColumnKey) -> CellText {
    let Some(o) = app.campaign.organisations.get(record) else {
        return (String::new(), theme.text());
    };
    let ColumnKey::Sort(SortColumn::Organisation(column)) = key else {
        return (String::new(), theme.text());
    };
    let links = &app.derived.links;
    let count = |v: &Adjacency| v.get(record).map_or(0, <[usize]>::len);
    let opt = |s: &Option<String>| {
        s.as_deref()
            .map(|s| sanitize_line(s).into_owned())
            .unwrap_or_default()
    };
    let text = match column {
        OrganisationColumn::Name => sanitize_line(&o.name).into_owned(),
        OrganisationColumn::Short => opt(&o.short),
        OrganisationColumn::Kind => opt(&o.kind),
        OrganisationColumn::Country => opt(&o.country),
        OrganisationColumn::Events => format!("{:>6}", count(&links.organisation_events)),
        OrganisationColumn::Statements => {
            format!("{:>5}", count(&links.organisation_statements))
        }
        OrganisationColumn::Members => format!("{:>7}", count(&links.organisation_members)),
    };
    (text, theme.text())
}

pub fn draw(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    draw_table(app, areas, buf, theme, "Organisations", &|r, k| {
        cell(app, theme, r, k)
    });
    draw_detail(app, areas, buf, theme);
}
