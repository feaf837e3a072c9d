//! `print --format xlsx`: a workbook with one sheet a view, the columns of
//! the csv output, a list view's written a record at a time into the sheet's
//! temporary file (rust_xlsxwriter's constant memory mode; the finished
//! workbook is then made in memory).
//!
//! Text is written as text cells, exactly (a spreadsheet never reads one as
//! a formula, and the workbook's XML escapes control characters); whole
//! dates in date columns as dates, shown `yyyy-mm-dd` (a partial date, a
//! month or a year, stays the text written); numbers as numbers, true and
//! false as booleans; lists and entries as csv joins them
//! ([`super::field`]). The header row is bold and stays in place when the
//! sheet scrolls, and the columns are as wide as their cells (up to a limit,
//! so a long note does not make a column wider than the screen).

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format as CellFormat, Workbook, Worksheet, XlsxError};
use serde_json::Value;

use super::{Options, Table, View, field, view_table};
use crate::model::fields::{Field, Kind, Record};
use crate::model::{
    CampaignInfo, Custody, Earlier, Event, Letter, Organisation, Petition, Prisoner, Statement,
};

/// The widest a column is made, in pixels (about 50 characters).
const MAX_WIDTH_PX: u32 = 360;

/// Computed columns that hold dates, beside the declared date fields.
const COMPUTED_DATES: &[&str] = &[
    "today",
    "latest_date",
    "last_letter_sent",
    "last_letter_received",
    "last_letter_returned",
];

/// The date keys of `R`'s declared fields.
fn dates_of<R: Record>() -> impl Iterator<Item = &'static str> {
    R::FIELDS
        .iter()
        .filter(|f: &&Field<R>| matches!(f.kind, Kind::Date | Kind::PartialDate))
        .map(|f| f.key)
}

/// True when the column `key` holds dates: a date field of any kind of
/// record, or a computed date. An overview key is judged by its last part
/// (`next_events.1.date`).
pub fn is_date_column(key: &str) -> bool {
    let key = key.rsplit('.').next().unwrap_or(key);
    COMPUTED_DATES.contains(&key)
        || dates_of::<Prisoner>()
            .chain(dates_of::<Custody>())
            .chain(dates_of::<Earlier>())
            .chain(dates_of::<Letter>())
            .chain(dates_of::<Event>())
            .chain(dates_of::<Statement>())
            .chain(dates_of::<Organisation>())
            .chain(dates_of::<Petition>())
            .chain(dates_of::<CampaignInfo>())
            .any(|k| k == key)
}

/// The workbook of `views`, one sheet each, named by the view's title.
/// The sheets are filled side by side, one a core: each goes to its own
/// temporary file a row at a time (rust_xlsxwriter's constant memory mode),
/// so the workbook's cells are never all in memory at once.
pub fn workbook(
    campaign: &crate::model::Campaign,
    derived: &crate::query::Derived,
    opts: &Options,
    views: &[View],
) -> Result<Vec<u8>, String> {
    let mut book = Workbook::new();
    // rust_xlsxwriter's advice where speed matters: about 15% larger than
    // its default level 6, and a fifth faster.
    book.set_zip_compression_level(3);
    for _ in views {
        book.add_worksheet_with_constant_memory()
            .map_err(|e| format!("the workbook could not be made: {e}"))?;
    }
    // Taken from the end: the largest sheets first, so that the last one
    // is a short one.
    let mut queue: Vec<(usize, View, &mut Worksheet)> = views
        .iter()
        .copied()
        .zip(book.worksheets_mut().iter_mut())
        .enumerate()
        .map(|(n, (view, sheet))| (n, view, sheet))
        .collect();
    // Of sheets as long, the one first in the tab bar first: the
    // prisoners', the widest.
    queue.sort_by_key(|(n, view, _)| {
        (
            view.kind().map_or(0, |k| k.count(campaign)),
            std::cmp::Reverse(*n),
        )
    });
    let queue = std::sync::Mutex::new(queue);
    let failed = std::sync::Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(views.len());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let next = queue.lock().ok().and_then(|mut q| q.pop());
                    let Some((n, view, sheet)) = next else {
                        return;
                    };
                    if let Err(e) = fill(campaign, derived, opts, view, sheet)
                        && let Ok(mut f) = failed.lock()
                    {
                        f.push((n, format!("{}: {e}", view.title())));
                    }
                }
            });
        }
    });
    let mut failed = failed.into_inner().unwrap_or_default();
    failed.sort();
    if let Some((_, e)) = failed.into_iter().next() {
        return Err(e);
    }
    book.save_to_buffer()
        .map_err(|e| format!("the workbook could not be made: {e}"))
}

/// The sheet of `view`: a list view a record at a time, as its csv.
fn fill(
    campaign: &crate::model::Campaign,
    derived: &crate::query::Derived,
    opts: &Options,
    view: View,
    sheet: &mut Worksheet,
) -> Result<(), XlsxError> {
    if super::streamed(view) {
        let o = Options {
            view,
            ..opts.clone()
        };
        let records = super::records(campaign, derived, &o);
        let header = super::data::list_header(campaign, derived, view, opts.present);
        let omit = super::data::present_omits();
        let omit = opts.present.then_some(&omit[..]);
        let rows = records
            .iter()
            .filter_map(|&i| super::data::table_row(campaign, derived, view, i, &header, omit));
        write_sheet(sheet, view, &header, rows)
    } else {
        let table: Table = view_table(campaign, derived, opts, view);
        write_sheet(sheet, view, &table.header, table.rows.into_iter())
    }
}

/// A date column's value as a date, where it is a whole day.
/// `in_date_column`: whether the cell's column is a date column
/// ([`is_date_column`], asked once a column).
fn whole_day(in_date_column: bool, v: &Value) -> Option<NaiveDate> {
    let Value::String(s) = v else { return None };
    if !in_date_column || s.len() != 10 {
        return None;
    }
    // chrono's `FromStr` of a date is `%Y-%m-%d`, without parsing a pattern.
    s.parse::<NaiveDate>().ok()
}

/// The sheet of `view`: the header, then `rows` in order (each written out
/// as it comes), the columns as wide as their widest cell, as autofit would
/// make them (which needs every cell in memory).
fn write_sheet(
    sheet: &mut Worksheet,
    view: View,
    header: &[String],
    rows: impl Iterator<Item = Vec<Value>>,
) -> Result<(), XlsxError> {
    sheet.set_name(view.title())?;
    let bold = CellFormat::new().set_bold();
    let day = CellFormat::new().set_num_format("yyyy-mm-dd");
    let mut widest: Vec<usize> = header.iter().map(|k| k.chars().count()).collect();
    for (col, key) in header.iter().enumerate() {
        sheet.write_string_with_format(0, col_num(col), key, &bold)?;
    }
    let dates: Vec<bool> = header.iter().map(|k| is_date_column(k)).collect();
    for (r, row) in rows.enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (col, v) in row.iter().enumerate() {
            let width = match v {
                Value::Null => 0,
                Value::Bool(b) => {
                    sheet.write_boolean(r, col_num(col), *b)?;
                    5
                }
                Value::Number(n) => {
                    sheet.write_number(r, col_num(col), n.as_f64().unwrap_or_default())?;
                    n.to_string().len()
                }
                v => match whole_day(dates.get(col).copied().unwrap_or(false), v) {
                    Some(d) => {
                        let date = ExcelDateTime::from_ymd(
                            u16::try_from(d.year()).unwrap_or_default(),
                            d.month() as u8,
                            d.day() as u8,
                        )?;
                        sheet.write_datetime_with_format(r, col_num(col), &date, &day)?;
                        10
                    }
                    None => {
                        let text = field(v);
                        let n = text.chars().count();
                        sheet.write_string(r, col_num(col), text)?;
                        n
                    }
                },
            };
            if let Some(w) = widest.get_mut(col) {
                *w = (*w).max(width);
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    // About 7 pixels a character, and room for the cell's margins.
    for (col, w) in widest.iter().enumerate() {
        let px = u32::try_from(*w)
            .unwrap_or(u32::MAX)
            .saturating_mul(7)
            .saturating_add(10)
            .min(MAX_WIDTH_PX);
        sheet.set_column_width_pixels(col_num(col), px)?;
    }
    Ok(())
}

fn col_num(col: usize) -> u16 {
    u16::try_from(col).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_columns_come_from_the_declarations() {
        for key in ["born", "detained", "date", "end", "opened", "since"] {
            assert!(is_date_column(key), "{key}");
        }
        assert!(is_date_column("next_events.1.date"));
        assert!(is_date_column("last_letter_sent"));
        for key in [
            "name",
            "notes",
            "sentence",
            "days_held",
            "next_events.1.title",
        ] {
            assert!(!is_date_column(key), "{key}");
        }
        assert_eq!(
            whole_day(is_date_column("born"), &Value::from("1961-03-05")),
            NaiveDate::from_ymd_opt(1961, 3, 5)
        );
        assert_eq!(whole_day(true, &Value::from("1961-03")), None);
        assert_eq!(whole_day(true, &Value::from("1961-02-30")), None);
        assert_eq!(whole_day(true, &Value::from("+61-03-055")), None);
        assert_eq!(
            whole_day(is_date_column("notes"), &Value::from("1961-03-05")),
            None
        );
    }
}
