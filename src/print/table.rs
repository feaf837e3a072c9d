//! The list views as tables with the dashboard's columns, laid out as
//! aligned text within a width, or as a GitHub markdown table.

use unicode_width::UnicodeWidthStr;

use super::View;
use crate::model::{Campaign, Status};
use crate::query::{Adjacency, Derived};
use crate::sanitize::sanitize_line;
use crate::text::{first_line, thousands, wrap};

/// ANSI bold.
pub const BOLD: &str = "1";
const DIM: &str = "2";
const GREEN_BOLD: &str = "1;32";

/// `text` in the ANSI style `code` when `on`, else unchanged.
pub fn paint(text: &str, code: &str, on: bool) -> String {
    if on && !text.is_empty() {
        format!("\u{1b}[{code}m{text}\u{1b}[0m")
    } else {
        text.to_owned()
    }
}

/// The ANSI style of a status, as the dashboard's theme colours it.
pub fn status_code(status: Status) -> &'static str {
    match status {
        Status::Detained => "1;33",
        Status::Imprisoned => "1;31",
        Status::Restricted => "35",
        Status::Released => "32",
        Status::Deceased => DIM,
    }
}

/// Escapes what markdown would read as syntax, so that the rendered text is
/// the text as written. Line breaks are not expected (the text went through
/// `sanitize_line`), but are made `<br>` should any remain.
pub fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("<br>"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A column: its title, how it grows, and when it is left out.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub title: &'static str,
    /// 0: as wide as its widest cell; otherwise the share of the spare width
    /// it gets when the table must wrap (the dashboard's `Fill`).
    pub fill: u16,
    /// The dashboard's `Length` for a fixed column (0 for a fill column):
    /// how narrow it may wrap to when the table must wrap.
    pub len: u16,
    /// The dashboard's `from_width`: the narrower the table, the sooner a
    /// column with a higher value is left out; 0 is never left out.
    pub drop: u16,
    /// Numbers are aligned to the right.
    pub right: bool,
}

const fn fill(title: &'static str, fill: u16, drop: u16) -> Column {
    Column {
        title,
        fill,
        len: 0,
        drop,
        right: false,
    }
}

const fn fixed(title: &'static str, len: u16, drop: u16, right: bool) -> Column {
    Column {
        title,
        fill: 0,
        len,
        drop,
        right,
    }
}

const PRISONERS: &[Column] = &[
    fill("Name", 2, 0),
    fixed("Status", 10, 0, false),
    fixed("Org", 9, 60, false),
    fixed("Detained", 10, 48, false),
    fixed("Days held", 9, 34, true),
    fill("Sentence", 1, 80),
    fill("Facility", 1, 96),
];

const EVENTS: &[Column] = &[
    fixed("When", 8, 0, false),
    fixed("Date", 10, 0, false),
    fixed("Kind", 10, 56, false),
    fill("Title", 2, 0),
    fill("City", 1, 64),
    fill("Country", 1, 84),
];

const STATEMENTS: &[Column] = &[
    fixed("Date", 10, 0, false),
    fill("Author", 1, 0),
    fixed("Org", 9, 60, false),
    fill("Text", 2, 44),
];

const ORGANISATIONS: &[Column] = &[
    fill("Name", 2, 0),
    fixed("Short", 9, 0, false),
    fixed("Kind", 11, 70, false),
    fill("Country", 1, 86),
    fixed("Events", 6, 44, true),
    fixed("Stmts", 5, 52, true),
    fixed("Members", 7, 60, true),
];

const PETITIONS: &[Column] = &[
    fill("Title", 1, 0),
    fixed("Host", 9, 56, false),
    fixed("Latest", 9, 40, true),
    fixed("Goal", 9, 48, true),
    fixed("Progress", 12, 0, true),
];

/// One cell: sanitised text and an ANSI style (empty: none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub style: &'static str,
}

fn plain(text: impl Into<String>) -> Cell {
    Cell {
        text: text.into(),
        style: "",
    }
}

fn opt(s: Option<&str>) -> Cell {
    plain(s.map(sanitize_line).unwrap_or_default())
}

/// A list view's table.
#[derive(Debug, Clone)]
pub struct Table {
    pub columns: &'static [Column],
    pub rows: Vec<Vec<Cell>>,
}

/// The table of `view` for `records` (indexes into its section), with the
/// dashboard's columns and cell contents.
pub fn table(campaign: &Campaign, derived: &Derived, view: View, records: &[usize]) -> Table {
    let c = campaign;
    let links = &derived.links;
    let org_label = |i: Option<usize>| {
        i.and_then(|i| c.organisations.get(i))
            .map(|o| sanitize_line(o.label()).into_owned())
            .unwrap_or_default()
    };
    let (columns, rows): (&'static [Column], Vec<Vec<Cell>>) = match view {
        View::Overview => (&[], Vec::new()),
        View::Prisoners => (
            PRISONERS,
            records
                .iter()
                .filter_map(|&i| Some((i, c.prisoners.get(i)?)))
                .map(|(i, p)| {
                    let orgs = links.prisoner_organisations.get(i).unwrap_or_default();
                    let org = match orgs.len() {
                        0 => String::new(),
                        1 => org_label(orgs.first().copied()),
                        n => format!("{} +{}", org_label(orgs.first().copied()), n - 1),
                    };
                    let days = derived
                        .prisoner_facts
                        .get(i)
                        .and_then(|f| f.days_held)
                        .map_or("?".to_owned(), |d| {
                            // From a date known only to the month or year:
                            // an upper bound, marked as the dashboard marks it.
                            if p.detained.is_some_and(|x| !x.is_full()) {
                                format!("~{d}")
                            } else {
                                d.to_string()
                            }
                        });
                    vec![
                        plain(sanitize_line(p.name())),
                        Cell {
                            text: p.status.to_string(),
                            style: status_code(p.status),
                        },
                        plain(org),
                        plain(p.detained.map(|d| d.to_string()).unwrap_or_default()),
                        plain(days),
                        opt(p.sentence()),
                        opt(p.facility()),
                    ]
                })
                .collect(),
        ),
        View::Events => (
            EVENTS,
            records
                .iter()
                .filter_map(|&i| c.events.get(i))
                .map(|e| {
                    let today = derived.today;
                    let when = if e.is_past(today) {
                        Cell {
                            text: "past".into(),
                            style: DIM,
                        }
                    } else if e.date <= today {
                        Cell {
                            text: "now".into(),
                            style: GREEN_BOLD,
                        }
                    } else {
                        Cell {
                            text: "upcoming".into(),
                            style: GREEN_BOLD,
                        }
                    };
                    vec![
                        when,
                        plain(e.date.to_string()),
                        plain(e.kind.to_string()),
                        plain(sanitize_line(e.title())),
                        opt(e.city()),
                        opt(e.country()),
                    ]
                })
                .collect(),
        ),
        View::Statements => (
            STATEMENTS,
            records
                .iter()
                .filter_map(|&i| Some((i, c.statements.get(i)?)))
                .map(|(i, s)| {
                    let org = links.statement_organisation.get(i).copied().flatten();
                    vec![
                        plain(s.date.to_string()),
                        plain(sanitize_line(s.author())),
                        plain(org_label(org)),
                        plain(first_line(s.text())),
                    ]
                })
                .collect(),
        ),
        View::Organisations => (
            ORGANISATIONS,
            records
                .iter()
                .filter_map(|&i| Some((i, c.organisations.get(i)?)))
                .map(|(i, o)| {
                    let count = |v: &Adjacency| v.get(i).map_or(0, <[usize]>::len).to_string();
                    vec![
                        plain(sanitize_line(&o.name)),
                        opt(o.short.as_deref()),
                        opt(o.kind.as_deref()),
                        opt(o.country.as_deref()),
                        plain(count(&links.organisation_events)),
                        plain(count(&links.organisation_statements)),
                        plain(count(&links.organisation_members)),
                    ]
                })
                .collect(),
        ),
        View::Petitions => (
            PETITIONS,
            records
                .iter()
                .filter_map(|&i| Some((i, c.petitions.get(i)?)))
                .map(|(i, p)| {
                    let host = links.petition_host.get(i).copied().flatten();
                    let latest = p.latest();
                    let progress = match (latest, p.goal) {
                        (None, _) => "no count yet".to_owned(),
                        (Some(t), Some(goal)) if goal > 0 => {
                            format!("{}%", t.signatures.saturating_mul(100) / goal)
                        }
                        (Some(_), _) => "no goal".to_owned(),
                    };
                    vec![
                        plain(sanitize_line(&p.title)),
                        plain(org_label(host)),
                        plain(latest.map_or("-".to_owned(), |t| thousands(t.signatures))),
                        plain(p.goal.map_or("-".to_owned(), thousands)),
                        plain(progress),
                    ]
                })
                .collect(),
        ),
    };
    Table { columns, rows }
}

fn width_of(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

impl Table {
    /// Which columns are shown and how wide each is, to fit `width` with
    /// one space between columns. Every column is as wide as its widest
    /// cell when that fits; otherwise the widths are shared out (a fixed
    /// column keeps up to the dashboard's width, the others share the rest
    /// by their weights) and cells wrap. Columns are left out, in the
    /// dashboard's order, only when even wrapping cannot make them fit.
    pub fn layout(&self, width: usize) -> (Vec<usize>, Vec<usize>) {
        let natural: Vec<usize> = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .map(|cell| width_of(&cell.text))
                    .chain([width_of(c.title)])
                    .max()
                    .unwrap_or(1)
                    .max(1)
            })
            .collect();
        // The narrowest a column may wrap to, and its weight in sharing.
        let least: Vec<usize> = self
            .columns
            .iter()
            .zip(&natural)
            .map(|(c, &n)| {
                let floor = if c.fill == 0 { c.len } else { 12 };
                n.min(width_of(c.title).max(usize::from(floor)))
            })
            .collect();
        let weight = |i: usize| usize::from(self.columns[i].fill.max(1));
        let mut shown: Vec<usize> = (0..self.columns.len()).collect();
        loop {
            let avail = width.saturating_sub(shown.len().saturating_sub(1));
            let need: usize = shown.iter().map(|&i| least[i]).sum();
            if need <= avail {
                break;
            }
            let Some(pos) = shown
                .iter()
                .enumerate()
                .filter(|&(_, &i)| self.columns[i].drop > 0)
                .max_by_key(|&(p, &i)| (self.columns[i].drop, p))
                .map(|(p, _)| p)
            else {
                break;
            };
            shown.remove(pos);
        }
        let avail = width.saturating_sub(shown.len().saturating_sub(1));
        let mut widths: Vec<usize> = shown.iter().map(|&i| natural[i]).collect();
        if widths.iter().sum::<usize>() <= avail {
            return (shown, widths);
        }
        // Fixed columns that fit their dashboard width keep it.
        let mut rest = avail;
        let mut open: Vec<usize> = Vec::new();
        for (p, &i) in shown.iter().enumerate() {
            if self.columns[i].fill == 0 && natural[i] <= least[i] {
                rest = rest.saturating_sub(natural[i]);
            } else {
                open.push(p);
            }
        }
        // Every open column gets its least, and the rest is shared by
        // weight, none beyond its natural width (water-filling).
        for &p in &open {
            widths[p] = least[shown[p]];
        }
        let mut extra = rest.saturating_sub(open.iter().map(|&p| widths[p]).sum());
        loop {
            open.retain(|&p| widths[p] < natural[shown[p]]);
            if extra == 0 || open.is_empty() {
                break;
            }
            let weights: usize = open.iter().map(|&p| weight(shown[p])).sum();
            let mut given = 0;
            for &p in &open {
                let room = natural[shown[p]] - widths[p];
                let give = (extra * weight(shown[p]) / weights).min(room);
                widths[p] += give;
                given += give;
            }
            if given == 0 {
                // Shares rounded to nothing: one column each, in order.
                for &p in &open {
                    if extra == 0 {
                        break;
                    }
                    widths[p] += 1;
                    extra -= 1;
                }
            }
            extra -= given.min(extra);
        }
        (shown, widths)
    }

    /// The table as aligned text within `width` columns; cells too long
    /// for their column wrap onto more lines (nothing is cut), and then a
    /// blank line separates the records.
    pub fn text(&self, width: usize, color: bool, empty: &str) -> String {
        if self.rows.is_empty() {
            return format!("{empty}\n");
        }
        let (shown, widths) = self.layout(width);
        let header: Vec<Vec<String>> = shown
            .iter()
            .zip(&widths)
            .map(|(&i, &w)| wrap(self.columns[i].title, w))
            .collect();
        let mut out = String::new();
        self.emit(
            &header,
            &shown,
            &widths,
            color.then_some(BOLD),
            &[],
            &mut out,
        );
        let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
        out.push_str(&rule.join(" "));
        out.push('\n');
        let wrapped: Vec<Vec<Vec<String>>> = self
            .rows
            .iter()
            .map(|row| {
                shown
                    .iter()
                    .zip(&widths)
                    .map(|(&i, &w)| wrap(row.get(i).map_or("", |c| c.text.as_str()), w))
                    .collect()
            })
            .collect();
        let spaced = wrapped.iter().any(|r| r.iter().any(|c| c.len() > 1));
        for (n, (row, cells)) in self.rows.iter().zip(&wrapped).enumerate() {
            if spaced && n > 0 {
                out.push('\n');
            }
            let styles: Vec<&str> = shown
                .iter()
                .map(|&i| {
                    if color {
                        row.get(i).map_or("", |c| c.style)
                    } else {
                        ""
                    }
                })
                .collect();
            self.emit(cells, &shown, &widths, None, &styles, &mut out);
        }
        out
    }

    /// Writes one record (or the header) whose cells are already wrapped.
    fn emit(
        &self,
        cells: &[Vec<String>],
        shown: &[usize],
        widths: &[usize],
        all_style: Option<&str>,
        styles: &[&str],
        out: &mut String,
    ) {
        let height = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
        for k in 0..height {
            let mut line = String::new();
            for (p, (&i, &w)) in shown.iter().zip(widths).enumerate() {
                let text = cells
                    .get(p)
                    .and_then(|c| c.get(k))
                    .map_or("", String::as_str);
                let pad = " ".repeat(w.saturating_sub(width_of(text)));
                let style = all_style.unwrap_or(styles.get(p).copied().unwrap_or(""));
                let painted = paint(text, style, !style.is_empty());
                if p > 0 {
                    line.push(' ');
                }
                if self.columns[i].right {
                    line.push_str(&pad);
                    line.push_str(&painted);
                } else {
                    line.push_str(&painted);
                    line.push_str(&pad);
                }
            }
            out.push_str(line.trim_end_matches(' '));
            out.push('\n');
        }
    }

    /// The table as a GitHub markdown table with every column.
    pub fn markdown(&self, empty: &str) -> String {
        if self.rows.is_empty() {
            return format!("{}\n", md_escape(empty));
        }
        let mut out = String::new();
        let titles: Vec<&str> = self.columns.iter().map(|c| c.title).collect();
        out.push_str(&format!("| {} |\n", titles.join(" | ")));
        let align: Vec<&str> = self
            .columns
            .iter()
            .map(|c| if c.right { "---:" } else { "---" })
            .collect();
        out.push_str(&format!("|{}|\n", align.join("|")));
        for row in &self.rows {
            let cells: Vec<String> = row.iter().map(|c| md_escape(&c.text)).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        out
    }
}
