//! The list views as tables with the dashboard's columns and cells (one
//! definition, [`crate::table`]), laid out as aligned text within a width,
//! or as a GitHub markdown table.

use unicode_width::UnicodeWidthStr;

use super::View;
use crate::model::{Campaign, Status};
use crate::query::Derived;
use crate::table::{Cell, Column, ColumnKey, Tone};
use crate::text::wrap;

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

/// The ANSI style of a cell's tone, as the dashboard's theme colours it.
fn tone_code(tone: Tone) -> &'static str {
    match tone {
        Tone::Plain => "",
        Tone::Status(s) => status_code(s),
        Tone::Past => DIM,
        Tone::Upcoming => GREEN_BOLD,
    }
}

/// A list view's table: the dashboard's columns ([`crate::table`]) and
/// the cells of the records.
#[derive(Debug, Clone)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    /// The column the records are sorted by: never left out.
    pub sorted: Option<ColumnKey>,
    /// What the marks in the cells mean ("! special risk"), those used.
    pub legend: Vec<String>,
}

/// The table of `view` for `records` (indexes into its section), with the
/// dashboard's columns and cell contents.
pub fn table(
    campaign: &Campaign,
    derived: &Derived,
    view: View,
    records: &[usize],
    sorted: Option<ColumnKey>,
) -> Table {
    // The dashboard's columns where no settings choose any (and the sorted
    // one); a column that says nothing in any record printed is left out.
    let columns: Vec<Column> = crate::table::shown_by_default(view, sorted)
        .into_iter()
        .filter(|c| {
            records.is_empty()
                || records.iter().any(|&r| {
                    !crate::table::says_nothing(
                        &crate::table::cell(campaign, derived, c.key, r).text,
                    )
                })
        })
        .collect();
    let rows = records
        .iter()
        .map(|&r| {
            columns
                .iter()
                .map(|c| crate::table::cell(campaign, derived, c.key, r))
                .collect()
        })
        .collect();
    let legend = if view == View::Prisoners {
        crate::table::prisoner_legend(derived, records.iter().copied())
    } else {
        Vec::new()
    };
    Table {
        columns,
        rows,
        sorted,
        legend,
    }
}

/// How a text column of the printed table wraps: no narrower than this
/// (or its title, or its widest cell), since print wraps rather than cuts.
const TEXT_FLOOR: u16 = 12;

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
                let floor = c.fixed().unwrap_or(TEXT_FLOOR);
                n.min(width_of(c.title).max(usize::from(floor)))
            })
            .collect();
        let weight = |i: usize| usize::from(self.columns[i].weight().max(1));
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
                .filter(|&(_, &i)| {
                    self.columns[i].drop > 0 && Some(self.columns[i].key) != self.sorted
                })
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
            if self.columns[i].fixed().is_some() && natural[i] <= least[i] {
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
        let left_out: Vec<&str> = (0..self.columns.len())
            .filter(|i| !shown.contains(i))
            .map(|i| self.columns[i].title)
            .collect();
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
                        row.get(i).map_or("", |c| tone_code(c.tone))
                    } else {
                        ""
                    }
                })
                .collect();
            self.emit(cells, &shown, &widths, None, &styles, &mut out);
        }
        if !self.legend.is_empty() {
            out.push('\n');
            for line in wrap(&self.legend.join(" · "), width.max(1)) {
                out.push_str(&line);
                out.push('\n');
            }
        }
        if !left_out.is_empty() {
            let note = format!(
                "Left out for want of width (--width {width}): {}",
                left_out.join(", ")
            );
            out.push('\n');
            for line in wrap(&note, width.max(1)) {
                out.push_str(&line);
                out.push('\n');
            }
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
        if !self.legend.is_empty() {
            out.push_str(&format!("\n{}\n", md_escape(&self.legend.join(" · "))));
        }
        out
    }
}
