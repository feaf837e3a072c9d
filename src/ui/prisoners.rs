//! Tab 2: the prisoners, in file order, with the detail of the selected one.

use ratatui::buffer::Buffer;
use ratatui::layout::Constraint;

use super::list::{CellText, Column, draw_detail, draw_table};
use super::theme::Theme;
use crate::app::{App, Areas};
use crate::sanitize::sanitize_line;

const COLUMNS: &[Column] = &[
    Column {
        title: "Name",
        width: Constraint::Fill(2),
        from_width: 0,
    },
    Column {
        title: "Status",
        width: Constraint::Length(10),
        from_width: 0,
    },
    Column {
        title: "Org",
        width: Constraint::Length(9),
        from_width: 60,
    },
    Column {
        title: "Detained",
        width: Constraint::Length(10),
        from_width: 48,
    },
    Column {
        title: "Days held",
        width: Constraint::Length(9),
        from_width: 34,
    },
    Column {
        title: "Sentence",
        width: Constraint::Fill(1),
        from_width: 80,
    },
    Column {
        title: "Facility",
        width: Constraint::Fill(1),
        from_width: 96,
    },
];

fn cells(app: &App, theme: &Theme, record: usize) -> Vec<CellText> {
    let Some(p) = app.campaign.prisoners.get(record) else {
        return Vec::new();
    };
    let orgs = app
        .derived
        .links
        .prisoner_organisations
        .get(record)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let org = match orgs
        .first()
        .and_then(|&i| app.campaign.organisations.get(i))
    {
        Some(o) if orgs.len() > 1 => format!("{} +{}", sanitize_line(o.label()), orgs.len() - 1),
        Some(o) => sanitize_line(o.label()).into_owned(),
        None => String::new(),
    };
    let days = app
        .derived
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
        });
    let opt = |s: &Option<String>| {
        s.as_deref()
            .map(|s| sanitize_line(s).into_owned())
            .unwrap_or_default()
    };
    vec![
        (sanitize_line(&p.name).into_owned(), theme.text()),
        (p.status.to_string(), theme.status(p.status)),
        (org, theme.text()),
        (
            p.detained.map(|d| d.to_string()).unwrap_or_default(),
            theme.text(),
        ),
        (format!("{days:>9}"), theme.text()),
        (opt(&p.sentence), theme.text()),
        (opt(&p.facility), theme.text()),
    ]
}

pub fn draw(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    draw_table(app, areas, buf, theme, "Prisoners", COLUMNS, &|r| {
        cells(app, theme, r)
    });
    draw_detail(app, areas, buf, theme);
}
