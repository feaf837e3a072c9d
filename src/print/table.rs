//! The list views as tables with the dashboard's columns and cells (one
//! definition, [`crate::table`]), laid out as aligned text within a width,
//! or as a GitHub markdown table.

use std::borrow::Cow;
use std::io::Write;

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

/// How a text column of the printed table wraps: no narrower than this
/// (or its title, or its widest cell), since print wraps rather than cuts.
const TEXT_FLOOR: u16 = 12;

fn width_of(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// What a table's text is laid out from, by column: the width of its
/// widest cell, and of its title.
#[derive(Debug, Clone, Default)]
struct Widths {
    cell: Vec<usize>,
    title: Vec<usize>,
}

impl Widths {
    /// As wide as the widest cell or the title.
    fn natural(&self, i: usize) -> usize {
        self.cell[i].max(self.title[i]).max(1)
    }
}

/// A list view's table: the dashboard's columns ([`crate::table`]) and
/// the cells of the records, measured in one pass over the records and
/// made again as each row is written: its text (and markdown) is written a
/// record at a time, never all its cells in memory at once.
pub struct Table<'a> {
    campaign: &'a Campaign,
    derived: &'a Derived,
    records: &'a [usize],
    /// The columns printed: the dashboard's, but for those that say
    /// nothing in any record printed.
    pub columns: Vec<Column>,
    widths: Widths,
    sorted: Option<ColumnKey>,
    legend: Vec<String>,
}

/// The table of `view` for `records` (indexes into its section), with the
/// dashboard's columns (a column that says nothing in any record printed
/// is left out) and cell contents.
pub fn table<'a>(
    campaign: &'a Campaign,
    derived: &'a Derived,
    view: View,
    records: &'a [usize],
    sorted: Option<ColumnKey>,
) -> Table<'a> {
    let all = crate::table::shown_by_default(view, sorted);
    let mut widest = vec![0; all.len()];
    let mut says = vec![records.is_empty(); all.len()];
    for &r in records {
        for (i, c) in all.iter().enumerate() {
            let cell = crate::table::cell(campaign, derived, c.key, r);
            widest[i] = widest[i].max(width_of(&cell.text));
            says[i] |= !crate::table::says_nothing(&cell.text);
        }
    }
    let kept: Vec<usize> = (0..all.len()).filter(|&i| says[i]).collect();
    let columns: Vec<Column> = kept.iter().map(|&i| all[i]).collect();
    let widths = Widths {
        cell: kept.iter().map(|&i| widest[i]).collect(),
        title: columns.iter().map(|c| width_of(c.title)).collect(),
    };
    let legend = if view == View::Prisoners {
        crate::table::prisoner_legend(derived, records.iter().copied())
    } else {
        Vec::new()
    };
    Table {
        campaign,
        derived,
        records,
        columns,
        widths,
        sorted,
        legend,
    }
}

impl Table<'_> {
    /// The cells of each record, made as they are asked for.
    pub fn rows(&self) -> impl Iterator<Item = Cow<'static, [Cell]>> + '_ {
        self.records.iter().map(|&r| {
            Cow::Owned(
                self.columns
                    .iter()
                    .map(|c| crate::table::cell(self.campaign, self.derived, c.key, r))
                    .collect(),
            )
        })
    }

    /// Which columns are shown and how wide each is ([`layout`]).
    #[cfg(test)]
    pub(crate) fn layout(&self, width: usize) -> (Vec<usize>, Vec<usize>) {
        layout(&self.columns, &self.widths, self.sorted, width)
    }

    /// The table as aligned text within `width` columns ([`write_text`]).
    pub fn write_text(
        &self,
        width: usize,
        color: bool,
        empty: &str,
        out: &mut dyn Write,
    ) -> std::io::Result<()> {
        write_text(
            (&self.columns, &self.widths, self.sorted, &self.legend),
            self.rows(),
            (width, color, empty),
            out,
        )
    }

    /// The table as a GitHub markdown table with every column.
    pub fn write_markdown(&self, empty: &str, out: &mut dyn Write) -> std::io::Result<()> {
        write_markdown(&self.columns, &self.legend, self.rows(), empty, out)
    }
}

/// Which columns are shown and how wide each is, to fit `width` with one
/// space between columns. Every column is as wide as its widest cell when
/// that fits; otherwise the widths are shared out (a fixed column keeps up
/// to the dashboard's width, the others share the rest by their weights)
/// and cells wrap. Columns are left out, in the dashboard's order, only
/// when even wrapping cannot make them fit.
fn layout(
    columns: &[Column],
    widths: &Widths,
    sorted: Option<ColumnKey>,
    width: usize,
) -> (Vec<usize>, Vec<usize>) {
    let natural: Vec<usize> = (0..columns.len()).map(|i| widths.natural(i)).collect();
    // The narrowest a column may wrap to, and its weight in sharing.
    let least: Vec<usize> = columns
        .iter()
        .zip(&natural)
        .map(|(c, &n)| {
            let floor = c.fixed().unwrap_or(TEXT_FLOOR);
            n.min(width_of(c.title).max(usize::from(floor)))
        })
        .collect();
    let weight = |i: usize| usize::from(columns[i].weight().max(1));
    let mut shown: Vec<usize> = (0..columns.len()).collect();
    loop {
        let avail = width.saturating_sub(shown.len().saturating_sub(1));
        let need: usize = shown.iter().map(|&i| least[i]).sum();
        if need <= avail {
            break;
        }
        let Some(pos) = shown
            .iter()
            .enumerate()
            .filter(|&(_, &i)| columns[i].drop > 0 && Some(columns[i].key) != sorted)
            .max_by_key(|&(p, &i)| (columns[i].drop, p))
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
        if columns[i].fixed().is_some() && natural[i] <= least[i] {
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

/// The table of `columns` as aligned text within `width` columns, a row
/// at a time into `out`: cells too long for their column wrap onto more
/// lines (nothing is cut), and then a blank line separates the records.
fn write_text<'r>(
    (columns, measured, sorted, legend): (&[Column], &Widths, Option<ColumnKey>, &[String]),
    rows: impl Iterator<Item = Cow<'r, [Cell]>>,
    (width, color, empty): (usize, bool, &str),
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut rows = rows.peekable();
    if rows.peek().is_none() {
        return writeln!(out, "{empty}");
    }
    let (shown, widths) = layout(columns, measured, sorted, width);
    let left_out: Vec<&str> = (0..columns.len())
        .filter(|i| !shown.contains(i))
        .map(|i| columns[i].title)
        .collect();
    let header: Vec<Vec<String>> = shown
        .iter()
        .zip(&widths)
        .map(|(&i, &w)| wrap(columns[i].title, w))
        .collect();
    let mut buf = String::new();
    emit(
        columns,
        &header,
        (&shown, &widths),
        color.then_some(BOLD),
        &[],
        &mut buf,
    );
    let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
    buf.push_str(&rule.join(" "));
    buf.push('\n');
    out.write_all(buf.as_bytes())?;
    // A record takes more than a line where a cell is wider than its column.
    let spaced = shown
        .iter()
        .zip(&widths)
        .any(|(&i, &w)| measured.cell[i] > w);
    for (n, row) in rows.enumerate() {
        buf.clear();
        if spaced && n > 0 {
            buf.push('\n');
        }
        let cells: Vec<Vec<String>> = shown
            .iter()
            .zip(&widths)
            .map(|(&i, &w)| wrap(row.get(i).map_or("", |c| c.text.as_str()), w))
            .collect();
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
        emit(columns, &cells, (&shown, &widths), None, &styles, &mut buf);
        out.write_all(buf.as_bytes())?;
    }
    buf.clear();
    if !legend.is_empty() {
        buf.push('\n');
        for line in wrap(&legend.join(" · "), width.max(1)) {
            buf.push_str(&line);
            buf.push('\n');
        }
    }
    if !left_out.is_empty() {
        let note = format!(
            "Left out for want of width (--width {width}): {}",
            left_out.join(", ")
        );
        buf.push('\n');
        for line in wrap(&note, width.max(1)) {
            buf.push_str(&line);
            buf.push('\n');
        }
    }
    out.write_all(buf.as_bytes())
}

/// Writes one record (or the header) whose cells are already wrapped.
fn emit(
    columns: &[Column],
    cells: &[Vec<String>],
    (shown, widths): (&[usize], &[usize]),
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
            if columns[i].right {
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

/// The table of `columns` as a GitHub markdown table with every column,
/// a row at a time into `out`.
fn write_markdown<'r>(
    columns: &[Column],
    legend: &[String],
    rows: impl Iterator<Item = Cow<'r, [Cell]>>,
    empty: &str,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut rows = rows.peekable();
    if rows.peek().is_none() {
        return writeln!(out, "{}", md_escape(empty));
    }
    let titles: Vec<&str> = columns.iter().map(|c| c.title).collect();
    writeln!(out, "| {} |", titles.join(" | "))?;
    let align: Vec<&str> = columns
        .iter()
        .map(|c| if c.right { "---:" } else { "---" })
        .collect();
    writeln!(out, "|{}|", align.join("|"))?;
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| md_escape(&c.text)).collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    if !legend.is_empty() {
        writeln!(out, "\n{}", md_escape(&legend.join(" · ")))?;
    }
    Ok(())
}
