//! A spreadsheet's bytes as a grid of cell texts: csv (comma, semicolon or
//! tab, sniffed from the header line; UTF-8 with or without a byte-order
//! mark), or a workbook (xlsx, xls, ods) through calamine, read from memory.

use std::io::Cursor;

use calamine::{Data, Reader};

use crate::sanitize::sanitize_line;

#[derive(Debug)]
/// The cells, row by row, as text: dates as ISO 8601 (`2022-04-05`), whole
/// numbers without a decimal point. `errors` are the cells a workbook
/// holds as an error (`#DIV/0!`), by row and column (0-based).
pub struct Grid {
    pub rows: Vec<Row>,
    pub errors: Vec<(usize, usize, String)>,
    /// What the list was read as: "csv (semicolon)", "xlsx sheet Prisoners".
    pub read_as: String,
    /// The sheet's name in a workbook; `None` for csv.
    pub sheet: Option<String>,
}

/// A row of cells, in one buffer (csv's record): a list of 20,000 rows of
/// 40 columns is not 800,000 strings.
pub type Row = csv::StringRecord;

impl Grid {
    /// The first row, the header, as texts.
    pub fn header(&self) -> Vec<String> {
        self.rows
            .first()
            .map(|r| r.iter().map(str::to_owned).collect())
            .unwrap_or_default()
    }
}

/// The grid of `bytes` (a workbook's first sheet); the error says why they
/// cannot be read.
#[cfg(test)]
pub fn read(bytes: &[u8]) -> Result<Grid, String> {
    read_all(bytes)?
        .into_iter()
        .next()
        .ok_or_else(|| "the workbook has no sheet".to_owned())
}

/// The grids of `bytes`: a csv's one, or every sheet of a workbook in its
/// order; the error says why they cannot be read.
#[cfg(test)]
pub fn read_all(bytes: &[u8]) -> Result<Vec<Grid>, String> {
    let mut all = Vec::new();
    read_each(bytes, |_, _, g| {
        all.push(g);
        Ok(())
    })?;
    Ok(all)
}

/// Gives `each` the grids of `bytes` one at a time, with the names of all
/// (a csv's one `None`) and the index of its own: a csv's one, or every
/// sheet of a workbook in its order, each read when the one before has
/// been taken, so that a workbook's sheets are not all in memory as cells
/// at once. The error says why they cannot be read, or is `each`'s.
pub fn read_each(
    bytes: &[u8],
    mut each: impl FnMut(&[Option<String>], usize, Grid) -> Result<(), String>,
) -> Result<(), String> {
    // Every zip-based workbook (xlsx, ods) begins so; xls with the OLE
    // compound-file signature.
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) {
        return workbook(bytes, each);
    }
    each(&[None], 0, csv_grid(bytes)?)
}

fn csv_grid(bytes: &[u8]) -> Result<Grid, String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "the list is not UTF-8 text (at byte {}): save it as \"CSV UTF-8\", or as xlsx or ods",
            e.valid_up_to()
        )
    })?;
    let delimiter = sniff(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("the csv cannot be read: {e}"))?;
        rows.push(record);
    }
    let name = match delimiter {
        b';' => "semicolon",
        b'\t' => "tab",
        _ => "comma",
    };
    Ok(Grid {
        rows,
        errors: Vec::new(),
        read_as: format!("csv ({name}-separated)"),
        sheet: None,
    })
}

/// The separator of the header line: the most frequent of comma, semicolon
/// and tab outside quotes (a comma when none is there).
fn sniff(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let seps = [b',', b';', b'\t'];
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    seps[best]
}

fn workbook(
    bytes: &[u8],
    mut each: impl FnMut(&[Option<String>], usize, Grid) -> Result<(), String>,
) -> Result<(), String> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| format!("the workbook cannot be read: {e}"))?;
    let names = book.sheet_names();
    if names.is_empty() {
        return Err("the workbook has no sheet".to_owned());
    }
    let all: Vec<Option<String>> = names.iter().cloned().map(Some).collect();
    for (i, sheet) in names.into_iter().enumerate() {
        let range = book
            .worksheet_range(&sheet)
            .map_err(|e| format!("the sheet {sheet:?} cannot be read: {e}"))?;
        let mut rows = Vec::with_capacity(range.height());
        let mut errors = Vec::new();
        // A sheet whose cells start below or right of A1 keeps its places.
        let (top, left) = range.start().unwrap_or((0, 0));
        for _ in 0..top {
            rows.push(Row::new());
        }
        for (r, row) in range.rows().enumerate() {
            let mut cells = Row::with_capacity(0, left as usize + row.len());
            for _ in 0..left {
                cells.push_field("");
            }
            for (c, cell) in row.iter().enumerate() {
                match cell {
                    Data::Error(e) => {
                        errors.push((r + top as usize, c + left as usize, format!("{e}")));
                        cells.push_field("");
                    }
                    other => cells.push_field(&cell_text(other)),
                }
            }
            rows.push(cells);
        }
        let grid = Grid {
            rows,
            errors,
            read_as: format!("workbook, sheet \"{}\"", sanitize_line(&sheet)),
            sheet: Some(sheet),
        };
        each(&all, i, grid)?;
    }
    Ok(())
}

/// A workbook cell as text.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.clone(),
        Data::Bool(b) => b.to_string(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::DateTime(d) => match d.as_datetime() {
            Some(dt) if dt.time() == chrono::NaiveTime::MIN => dt.date().to_string(),
            Some(dt) => dt.to_string(),
            None => d.as_f64().to_string(),
        },
        // ods: "2022-04-05" or "2022-04-05T00:00:00".
        Data::DateTimeIso(s) => s.strip_suffix("T00:00:00").unwrap_or(s.as_str()).to_owned(),
        Data::DurationIso(s) => s.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_is_sniffed_from_the_header_line() {
        assert_eq!(sniff("a,b,c\n1;2;3;4;5"), b',');
        assert_eq!(sniff("a;b;\"c,d,e\"\n"), b';');
        assert_eq!(sniff("a\tb\tc"), b'\t');
        assert_eq!(sniff("name"), b',');
    }

    #[test]
    fn csv_with_a_bom_and_semicolons() {
        let g = read("\u{feff}Имя;Статья\n\"Ян; Кола\";342\n".as_bytes()).unwrap();
        let rows: Vec<Vec<&str>> = g.rows.iter().map(|r| r.iter().collect()).collect();
        assert_eq!(rows, [vec!["Имя", "Статья"], vec!["Ян; Кола", "342"]]);
        assert!(g.read_as.contains("semicolon"));
        assert!(read(b"\xff\xfe n\x00").unwrap_err().contains("not UTF-8"));
    }
}
