//! Tab 5: the organisations, with how many events, statements and member
//! prisoners each has.

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
        title: "Short",
        width: Constraint::Length(9),
        from_width: 0,
    },
    Column {
        title: "Kind",
        width: Constraint::Length(11),
        from_width: 70,
    },
    Column {
        title: "Country",
        width: Constraint::Fill(1),
        from_width: 86,
    },
    Column {
        title: "Events",
        width: Constraint::Length(6),
        from_width: 44,
    },
    Column {
        title: "Stmts",
        width: Constraint::Length(5),
        from_width: 52,
    },
    Column {
        title: "Members",
        width: Constraint::Length(7),
        from_width: 60,
    },
];

fn cells(app: &App, theme: &Theme, record: usize) -> Vec<CellText> {
    let Some(o) = app.campaign.organisations.get(record) else {
        return Vec::new();
    };
    let links = &app.derived.links;
    let count = |v: &Vec<Vec<usize>>| v.get(record).map_or(0, Vec::len);
    let opt = |s: &Option<String>| {
        s.as_deref()
            .map(|s| sanitize_line(s).into_owned())
            .unwrap_or_default()
    };
    vec![
        (sanitize_line(&o.name).into_owned(), theme.text()),
        (opt(&o.short), theme.text()),
        (opt(&o.kind), theme.text()),
        (opt(&o.country), theme.text()),
        (
            format!("{:>6}", count(&links.organisation_events)),
            theme.text(),
        ),
        (
            format!("{:>5}", count(&links.organisation_statements)),
            theme.text(),
        ),
        (
            format!("{:>7}", count(&links.organisation_members)),
            theme.text(),
        ),
    ]
}

pub fn draw(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    draw_table(app, areas, buf, theme, "Organisations", COLUMNS, &|r| {
        cells(app, theme, r)
    });
    draw_detail(app, areas, buf, theme);
}
