//! `campaign-dash import`: a list of prisoners in a spreadsheet made into a
//! new campaign file.
//!
//! Everything here is a pure function of the list's bytes and the
//! [`Options`]: `main` reads the file and writes what [`import`] returns.
//! The list is read as a grid of texts ([`grid`]); each column is matched
//! to a field by its header ([`headers`]); each cell is read as its field's
//! kind of value, from the field declarations ([`crate::model::fields`]);
//! and the records are written back from the same declarations
//! ([`toml_out`]), so that a field added to the format is read and written
//! here without more.
//!
//! A cell that cannot be placed (a column no header rule matches, a date
//! that is no date, a status no list uses, a release before the arrest) is
//! a [`Problem`] at its row and column, and its text is kept in a comment
//! beside its record in the written file: nothing read is dropped without
//! a word. The written file is loaded before it is returned: what
//! `import` gives, `check` accepts.

mod grid;
mod headers;
mod records;
mod romanize;
mod sentence;
mod status;

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use chrono::NaiveDate;

use crate::load::{LoadOptions, id_problem, slug};
use crate::model::fields::{Field, Kind, Owned, Record, STATUSES, Target};
use crate::model::{
    Custody, Earlier, Event, Letter, Organisation, PartialDate, Petition, Prisoner, PrisonerDraft,
    Statement, Status,
};
use crate::print::FORMULA_STARTS;
use crate::print::View;
use crate::query::RecordKind;
use crate::sanitize::sanitize_line;
use headers::Column;
use strum::IntoEnumIterator;

/// The index of the field `key` among [`Prisoner`]'s, found once per key
/// where it is written (a `const`), not once per row.
const fn index_of(key: &str) -> usize {
    let fields: &[Field<Prisoner>] = Prisoner::FIELDS;
    let mut i = 0;
    while i < fields.len() {
        let (a, b) = (fields[i].key.as_bytes(), key.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("no such field of [[prisoners]]")
}

macro_rules! field_index {
    ($key:literal) => {{
        const I: usize = index_of($key);
        I
    }};
}

use crate::toml_out;
pub use crate::toml_out::quote;
pub use headers::normal as normal_header;
pub use headers::table as headers_table;

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The campaign's name in the new file (`--name`); without it, the name
    /// an overview sheet gives, else the first list's file name.
    pub name: Option<String>,
    /// `Header=field` pairs (`--map`): the column headed `Header` holds
    /// `field` (a key of `[[prisoners]]`, `organisation_names`, `note`, or
    /// `skip` to leave it out).
    pub maps: Vec<String>,
    /// A name in Cyrillic without a Latin form stays the `name`, its Latin
    /// form an alias (`--keep-names`); without it, the reverse.
    pub keep_names: bool,
}

/// A cell (or a column: row 1) that could not be placed, or a note on the
/// list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The list (and the sheet of a workbook) as messages name it:
    /// `list.csv`, `book.xlsx[Events]`.
    pub file: String,
    /// The row in the sheet, from 1 (the header row).
    pub row: usize,
    /// The column, from 1.
    pub column: usize,
    pub message: String,
    /// What to do about it, where there is something to say.
    pub help: Option<String>,
}

impl Problem {
    /// `FILE:ROW:COLUMN: warning: …` (`error` with `strict`), every piece of
    /// text made safe to show.
    pub fn render(&self, strict: bool) -> String {
        let level = if strict { "error" } else { "warning" };
        let mut out = sanitize_line(&format!(
            "{}:{}:{}: {level}: {}",
            self.file, self.row, self.column, self.message
        ))
        .into_owned();
        if let Some(help) = &self.help {
            out.push_str("\n  = help: ");
            out.push_str(&sanitize_line(help));
        }
        out
    }
}

/// What an import gives.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The new campaign file.
    pub text: String,
    /// The cells left out, in the order of the sheet.
    pub problems: Vec<Problem>,
    pub prisoners: usize,
    pub organisations: usize,
    /// What the list was read as ("csv (semicolon-separated)").
    pub read_as: String,
    /// The warnings in all: those listed in `problems`, and those their
    /// "more" lines count.
    pub warnings: usize,
    /// The records read, of each kind: "3 prisoners and 1 organisation".
    pub counted: String,
}

/// The most cells of one column reported one by one; the rest are counted
/// in one line (each is still kept in a comment in the file).
const REPORTED_PER_COLUMN: usize = 5;

/// Reads `bytes`, a list called `file`, into a new campaign file. The
/// error says why nothing could be made of it (not a spreadsheet, no
/// column of names, a `--map` naming no field).
pub fn import(file: &str, bytes: &[u8], opts: &Options) -> Result<Imported, String> {
    let source = Source {
        file: file.to_owned(),
        bytes: bytes.to_vec(),
    };
    import_all(vec![source], opts)
}

/// A list to read: its name, as messages give it, and its bytes (dropped
/// once read into cells).
#[derive(Debug, Clone)]
pub struct Source {
    pub file: String,
    pub bytes: Vec<u8>,
}

/// A sheet read, and the records it holds.
struct SheetSeen {
    /// `list.csv`, `book.xlsx[Events]`.
    label: String,
    kind: RecordKind,
    /// The sheet's name in a workbook.
    name: Option<String>,
    /// What it was read as ([`grid::Grid::read_as`]).
    read_as: String,
}

/// Reads `sources` into one new campaign file: each a csv or a workbook,
/// each sheet of a kind of record (prisoners, events, statements,
/// organisations, petitions, letters), known by its name (a workbook's
/// sheet, a csv's file name: `Events`, `events.csv`, `События`) or else
/// by its header; the references between them resolved. The error says
/// why nothing could be made of them.
pub fn import_all(sources: Vec<Source>, opts: &Options) -> Result<Imported, String> {
    let maps = opts
        .maps
        .iter()
        .map(|m| parse_map(m))
        .collect::<Result<Vec<_>, _>>()?;
    let several = sources.len() > 1;
    let mut sheets: Vec<SheetSeen> = Vec::new();
    let mut notes: Vec<Problem> = Vec::new();
    let mut others = Others::default();
    let mut info: Option<crate::model::CampaignInfo> = None;
    let files: Vec<String> = sources.iter().map(|s| s.file.clone()).collect();
    let mut prisoners: Option<(String, grid::Grid)> = None;
    for source in sources {
        let stem = std::path::Path::new(&source.file)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let synonyms = headers::Synonyms::get();
        // Each sheet is read into records as soon as its cells are read
        // (the prisoners' once the others are), and its cells dropped.
        let read = grid::read_each(&source.bytes, |names, i, g| {
            let named: Vec<Option<RecordKind>> = names
                .iter()
                .map(|n| synonyms.sheet(n.as_deref().unwrap_or(&stem)))
                .collect();
            let kind = named.get(i).copied().flatten();
            let any_named = named.iter().any(Option::is_some) && names.len() > 1;
            let label = match (&g.sheet, any_named || i > 0) {
                (Some(sheet), true) => format!("{}[{sheet}]", source.file),
                _ => source.file.clone(),
            };
            // This program's own sheets of figures: the overview's gives
            // the [campaign] table, the agenda's is computed.
            let name = normal_header(g.sheet.as_deref().unwrap_or(&stem));
            let header = g.header();
            if kind.is_none()
                && (name == View::Overview.name()
                    || (!any_named
                        && header.len() == 2
                        && header[0] == "key"
                        && header[1] == "value"))
            {
                info = Some(campaign_info(&g.rows, &label, &mut notes));
                return Ok(());
            }
            if kind.is_none() && name == View::Agenda.name() {
                others
                    .computed_sheets
                    .push(g.sheet.unwrap_or_else(|| stem.clone()));
                return Ok(());
            }
            let kind = match kind {
                Some(kind) => kind,
                // A workbook of named sheets: the others are no records.
                None if any_named => {
                    notes.push(Problem {
                        file: label.clone(),
                        row: 1,
                        column: 1,
                        message: format!(
                            "the sheet's name is none of the kinds of records ({}); the sheet is left out",
                            RecordKind::iter().map(|k| View::of(k).title()).collect::<Vec<_>>().join(", ")
                        ),
                        help: None,
                    });
                    return Ok(());
                }
                // The first sheet of a workbook without telling names, or
                // a csv: by its header.
                None if i == 0 => kind_of_header(&header),
                None => return Ok(()),
            };
            if let Some(before) = sheets.iter().find(|s| s.kind == kind) {
                return Err(format!(
                    "{} and {} both hold {}: import one list of each kind at a time",
                    sanitize_line(&before.label),
                    sanitize_line(&label),
                    kind.plural()
                ));
            }
            sheets.push(SheetSeen {
                label: label.clone(),
                kind,
                name: g.sheet.clone(),
                read_as: g.read_as.clone(),
            });
            match kind {
                RecordKind::Prisoner => prisoners = Some((label, g)),
                RecordKind::Event => others.events = Some(read_sheet(label, g)),
                RecordKind::Statement => others.statements = Some(read_sheet(label, g)),
                RecordKind::Organisation => others.organisations = Some(read_sheet(label, g)),
                RecordKind::Petition => others.petitions = Some(read_sheet(label, g)),
                RecordKind::Letter => others.letters = Some(read_sheet(label, g)),
            }
            Ok(())
        });
        read.map_err(|e| {
            if several {
                format!("{}: {e}", sanitize_line(&source.file))
            } else {
                e
            }
        })?;
    }
    let read_as = read_as(&sheets);
    others.info = info;
    others.sources = files.clone();
    let (label, grid) = match prisoners {
        Some(p) => p,
        None => (
            files.first().cloned().unwrap_or_default(),
            grid::Grid {
                rows: Vec::new(),
                errors: Vec::new(),
                read_as: String::new(),
                sheet: None,
            },
        ),
    };
    // The rows are taken one by one and dropped once read: the list's
    // cells are not all in memory beside the records made of them.
    let mut rows = grid.rows.into_iter();
    let header = match rows.next() {
        Some(h) if h.iter().any(|c| !c.trim().is_empty()) => {
            h.iter().map(str::to_owned).collect::<Vec<String>>()
        }
        Some(_) | None if !others.any() => {
            return Err("the list is empty: its first row should name the columns".to_owned());
        }
        _ => Vec::new(),
    };
    let header = &header;
    let own = own_header(View::Prisoners);
    let columns: Vec<Column> = header
        .iter()
        .map(|h| headers::column(h, &maps, &own))
        .collect();
    let name_field = field_index!("name");
    if !header.is_empty() && !columns.contains(&Column::Field(name_field)) {
        return Err(format!(
            "no column of names: the first row should name one `name` (or Name, ФИО, Імя, …), \
             or --map 'HEADER=name' says which it is; the headers are {}",
            header
                .iter()
                .map(|h| format!("{:?}", sanitize_line(h)))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let mut b = Builder::new(header, columns);
    b.keep_names = opts.keep_names;
    for &(r, c, ref e) in &grid.errors {
        b.report(r + 1, c, format!("the cell holds the error {e}; left out"));
    }
    for (i, cells) in rows.enumerate() {
        b.row(i + 2, &cells);
    }
    b.finish(&label, others, notes, &read_as, opts)
}

/// The kind of records a sheet without a telling name holds, by its
/// header: another kind than the prisoners only where more of its cells
/// are that kind's own columns, as this program writes them, than the
/// prisoners' own and other headers together (a list of prisoners headed
/// in other words stays a list of prisoners).
fn kind_of_header(header: &[String]) -> RecordKind {
    let prisoners_own = own_header(View::Prisoners);
    let prisoners = records::own_columns(header, &prisoners_own)
        + header
            .iter()
            .filter(|h| {
                headers::Synonyms::get()
                    .field(RecordKind::Prisoner, &headers::normal(h))
                    .is_some()
            })
            .count();
    RecordKind::iter()
        .filter(|k| *k != RecordKind::Prisoner)
        .map(|k| (k, records::own_columns(header, &own_header(View::of(k)))))
        .filter(|&(_, n)| n > prisoners)
        .max_by_key(|&(k, n)| (n, std::cmp::Reverse(k as usize)))
        .map_or(RecordKind::Prisoner, |(k, _)| k)
}

/// What the sheets were read as: one's own words, or a workbook's sheets
/// named.
fn read_as(sheets: &[SheetSeen]) -> String {
    let named: Vec<String> = sheets
        .iter()
        .filter_map(|s| s.name.as_deref())
        .map(|n| format!("{:?}", sanitize_line(n)))
        .collect();
    if sheets.len() > 1 && named.len() == sheets.len() {
        return format!("workbook, sheets {}", named.join(", "));
    }
    let mut all: Vec<&str> = Vec::new();
    for s in sheets {
        if !all.contains(&s.read_as.as_str()) {
            all.push(&s.read_as);
        }
    }
    all.join("; ")
}

/// The rows of a sheet of `R`, their problems named by the sheet.
fn read_sheet<R: records::Sheet>(label: String, grid: grid::Grid) -> (String, records::Rows<R>) {
    let own = own_header(View::of(R::KIND));
    let mut rows = records::read::<R>(&grid.rows, &own);
    for &(r, c, ref e) in &grid.errors {
        rows.problems.push(Problem {
            file: String::new(),
            row: r + 1,
            column: c + 1,
            message: format!("the cell holds the error {e}; left out"),
            help: None,
        });
    }
    (label, rows)
}

/// The `[campaign]` table from this program's overview, as a sheet of
/// `key, value` rows: the table's fields (name, summary, started, as_of,
/// hashtags, links); its figures are computed, so not read. A value that
/// cannot be read is said, at its cell, and left out.
fn campaign_info(
    rows: &[grid::Row],
    label: &str,
    notes: &mut Vec<Problem>,
) -> crate::model::CampaignInfo {
    let mut info = crate::model::CampaignInfo::default();
    let fields: &[Field<crate::model::CampaignInfo>] = crate::model::CampaignInfo::FIELDS;
    for (i, row) in rows.iter().enumerate().skip(1) {
        let (Some(key), Some(text)) = (row.get(0), row.get(1)) else {
            continue;
        };
        let Some(f) = fields.iter().find(|f| f.key == key.trim()) else {
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        match value_of(f.kind, without_inert_mark(text)) {
            Ok(v) => (f.set)(&mut info, v),
            Err(e) => notes.push(Problem {
                file: label.to_owned(),
                row: i + 1,
                column: 2,
                message: format!("[campaign] {}: {e}; left out", f.key),
                help: None,
            }),
        }
    }
    info
}

/// The sheets of records other than prisoners, each with its label, and
/// what the sheets of figures gave.
#[derive(Default)]
struct Others {
    /// The `[campaign]` table of an overview sheet.
    info: Option<crate::model::CampaignInfo>,
    /// The sheets of figures this program computes (the agenda's).
    computed_sheets: Vec<String>,
    /// The files read, for the first line of the new file.
    sources: Vec<String>,
    events: Option<(String, records::Rows<Event>)>,
    statements: Option<(String, records::Rows<Statement>)>,
    organisations: Option<(String, records::Rows<Organisation>)>,
    petitions: Option<(String, records::Rows<Petition>)>,
    letters: Option<(String, records::Rows<Letter>)>,
}

impl Others {
    fn any(&self) -> bool {
        self.info.is_some()
            || self.events.is_some()
            || self.statements.is_some()
            || self.organisations.is_some()
            || self.petitions.is_some()
            || self.letters.is_some()
    }
}

/// A `--map` value: `Header=field`.
pub fn parse_map(text: &str) -> Result<(String, Column), String> {
    let (header, key) = text.rsplit_once('=').ok_or_else(|| {
        format!(
            "--map {:?}: write it as 'Header=field', e.g. 'Haftort=facility'",
            sanitize_line(text)
        )
    })?;
    let column = headers::named(key.trim()).ok_or_else(|| {
        let keys: Vec<&str> = Prisoner::FIELDS.iter().map(|f| f.key).collect();
        format!(
            "--map {:?}: no field `{}`; the fields are {}, organisation_names, note and skip",
            sanitize_line(text),
            sanitize_line(key.trim()),
            keys.join(", ")
        )
    })?;
    let column = match column {
        Column::Note(_) => Column::Note(""),
        c => c,
    };
    Ok((headers::normal(header), column))
}

/// This program's csv header of `view`.
fn own_header(view: View) -> Vec<String> {
    let c = crate::model::Campaign::default();
    let day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    let d = crate::query::Derived::new(&c, day);
    let o = crate::print::Options::new(view, crate::print::Format::Csv);
    crate::print::view_table(&c, &d, &o, view).header
}

/// A cell of a row: its column (0-based) and text.
#[derive(Debug, Clone)]
struct Cell {
    column: usize,
    text: String,
}

/// The cells of a row that hold text, without the mark before text that
/// would be a formula; lines end in "\n", as in a campaign file.
fn cells_of(cells: &grid::Row) -> Vec<Cell> {
    cells
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.trim().is_empty())
        .map(|(column, t)| Cell {
            column,
            text: match without_inert_mark(t) {
                t if t.contains('\r') => t.replace("\r\n", "\n"),
                t => t.to_owned(),
            },
        })
        .collect()
}

/// A prisoner read from a row, before its id is known.
struct Read {
    row: usize,
    draft: PrisonerDraft,
    /// The id the list gives, if it is one.
    id: Option<String>,
    /// The organisations, by id (given or made) and name.
    organisations: Vec<(Option<String>, Option<String>)>,
    /// What was left out: the column's header, the text, why.
    left_out: Vec<(String, String, String)>,
    /// Said in a comment: how the status was chosen where no cell gave it.
    status_note: Option<String>,
    /// The family name in Latin letters, for the id, where the name was
    /// romanised ([`romanize`]).
    family: Option<String>,
}

struct Builder<'h> {
    header: &'h [String],
    columns: Vec<Column>,
    problems: Vec<Problem>,
    /// Cells reported per column, for [`REPORTED_PER_COLUMN`].
    reported: HashMap<usize, usize>,
    read: Vec<Read>,
    /// Rows left out whole (no name), as comments.
    rows_left_out: Vec<String>,
    /// Statuses guessed from the facts ([`status`]), for the cap on how
    /// many are listed.
    guessed: usize,
    /// Warnings counted in a "more" line rather than listed.
    unlisted: usize,
    /// The "more" lines among the problems.
    more_lines: usize,
    /// [`Options::keep_names`].
    keep_names: bool,
}

/// What to do about a status guessed from the facts.
const GUESS_HELP: &str = "a column of the status (detained, imprisoned, restricted, released, deceased) says it; `--map 'HEADER=status'` names one";

/// How a status word reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StatusWord {
    Is(Status),
    /// In custody, before or after a verdict (the list does not say).
    Active,
}

/// The status a list means by `word`: this program's own names, and the
/// words of the lists of political prisoners (Viasna's `active`,
/// `former`, `died`; English, Russian and Belarusian words).
fn status_word(word: &str) -> Option<StatusWord> {
    let w = headers::normal(word);
    if let Some(i) = STATUSES.iter().position(|c| c.name == w) {
        use strum::VariantArray;
        return Status::VARIANTS.get(i).copied().map(StatusWord::Is);
    }
    STATUS_WORDS
        .iter()
        .find(|(_, words)| words.contains(&w.as_str()))
        .map(|(status, _)| *status)
}

/// The words of the lists of political prisoners for each status, as
/// [`headers::normal`] leaves them.
const STATUS_WORDS: [(StatusWord, &[&str]); 6] = [
    (
        StatusWord::Active,
        &[
            "active",
            "current",
            "political prisoner",
            "политзаключенный",
            "палітвязень",
            "в заключении",
            "у зняволенні",
        ],
    ),
    (
        StatusWord::Is(Status::Detained),
        &[
            "in custody",
            "arrested",
            "pre-trial",
            "awaiting trial",
            "задержан",
            "задержана",
            "под стражей",
            "затрыманы",
            "затрыманая",
            "пад вартай",
        ],
    ),
    (
        StatusWord::Is(Status::Imprisoned),
        &[
            "convicted",
            "sentenced",
            "serving",
            "осужден",
            "осуждена",
            "асуджаны",
            "асуджаная",
        ],
    ),
    (
        StatusWord::Is(Status::Restricted),
        &[
            "house arrest",
            "home confinement",
            "restricted freedom",
            "домашний арест",
            "ограничение свободы",
            "хатні арышт",
            "абмежаванне волі",
        ],
    ),
    (
        StatusWord::Is(Status::Released),
        &[
            "former",
            "free",
            "freed",
            "освобожден",
            "освобождена",
            "на свободе",
            "вызвалены",
            "вызваленая",
            "на волі",
        ],
    ),
    (
        StatusWord::Is(Status::Deceased),
        &[
            "died",
            "dead",
            "killed",
            "умер",
            "умерла",
            "погиб",
            "погибла",
            "памёр",
            "памерла",
            "загінуў",
            "загінула",
        ],
    ),
];

/// A date as lists write it: ISO (`2022-04-05`, `2022-04`, `2022`, with a
/// time after it), `05.04.2022` or `04.2022`.
fn parse_date(text: &str) -> Result<PartialDate, String> {
    let t = text.trim();
    let t = match t.char_indices().nth(10) {
        Some((i, ' ' | 'T')) => &t[..i],
        _ => t,
    };
    if let Ok(d) = PartialDate::parse(t) {
        return Ok(d);
    }
    let shape =
        || format!("`{t}` is not a date (write it as 2022-04-05, 05.04.2022, 2022-04 or 04.2022)");
    let parts: Vec<&str> = t.split('.').collect();
    let num = |s: &str| {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [d, m, y] if y.len() == 4 && d.len() <= 2 && m.len() <= 2 => {
            let (Some(d), Some(m), Some(y)) = (num(d), num(m), num(y)) else {
                return Err(shape());
            };
            NaiveDate::from_ymd_opt(y as i32, m, d)
                .map(PartialDate::full)
                .ok_or_else(|| format!("there is no day `{t}` in the calendar"))
        }
        [m, y] if y.len() == 4 && m.len() <= 2 => {
            let (Some(m), Some(y)) = (num(m), num(y)) else {
                return Err(shape());
            };
            PartialDate::year_month(y as i32, m)
                .ok_or_else(|| format!("there is no month `{t}` in the calendar"))
        }
        _ => Err(shape()),
    }
}

/// The items of a list cell: separated by `;` or line breaks.
fn items(text: &str) -> Vec<String> {
    text.split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A cell read as a value of `kind`; the error says why it is not one.
fn value_of(kind: Kind, text: &str) -> Result<Owned, String> {
    let t = text.trim();
    Ok(match kind {
        Kind::Id => {
            if let Some(why) = id_problem(t) {
                return Err(format!("`{t}` is not an id: it {why}"));
            }
            Owned::Text(t.to_owned())
        }
        Kind::Text => Owned::Text(text.to_owned()),
        Kind::List { .. } | Kind::RefList(_) => Owned::List(items(text)),
        Kind::PartialDate => Owned::PartialDate(parse_date(t)?),
        Kind::Date => {
            let d = parse_date(t)?;
            Owned::Date(
                d.as_full()
                    .ok_or_else(|| format!("`{t}` is not a whole day, as this field needs"))?,
            )
        }
        Kind::Int { min, max } => match t.parse::<u64>() {
            Ok(n) if (min..=max).contains(&n) => Owned::Int(n),
            _ => return Err(format!("`{t}` is not a whole number from {min} to {max}")),
        },
        Kind::Choice(choices) => {
            let w = headers::normal(t);
            let i = choices.iter().position(|c| c.name == w).ok_or_else(|| {
                let names: Vec<&str> = choices.iter().map(|c| c.name).collect();
                format!("`{t}` is not one of {}", names.join(", "))
            })?;
            Owned::Choice(i)
        }
        Kind::Choices(choices) => {
            let mut bits = 0u64;
            for item in items(t) {
                let w = headers::normal(&item);
                let i = choices.iter().position(|c| c.name == w).ok_or_else(|| {
                    let names: Vec<&str> = choices.iter().map(|c| c.name).collect();
                    format!("`{item}` is not one of {}", names.join(", "))
                })?;
                bits |= 1 << i;
            }
            Owned::Choices(bits)
        }
        Kind::Ref(_) | Kind::Tallies | Kind::Custody | Kind::Earlier => {
            return Err("this column cannot be read from a list".to_owned());
        }
    })
}

/// Entries of a record kind written as this program's csv writes them
/// (`print::field`): entries separated by "; ", each entry's values in the
/// order of its fields separated by ": " (an empty value for one not
/// given).
fn entries<R: Record<Draft = R> + Default>(text: &str) -> Result<Vec<R>, String> {
    let fields: &[Field<R>] = R::FIELDS;
    let mut out = Vec::new();
    for (n, entry) in text.split("; ").enumerate() {
        let mut r = R::default();
        let parts: Vec<&str> = entry.split(": ").collect();
        if parts.len() > fields.len() {
            return Err(format!(
                "entry {} has {} parts; one has at most {}",
                n + 1,
                parts.len(),
                fields.len()
            ));
        }
        for (i, f) in fields.iter().enumerate() {
            let part = parts.get(i).copied().unwrap_or_default();
            if part.trim().is_empty() {
                if f.required {
                    return Err(format!("entry {} lacks its `{}`", n + 1, f.key));
                }
                continue;
            }
            let v = value_of(f.kind, part).map_err(|e| format!("entry {}: {e}", n + 1))?;
            (f.set)(&mut r, v);
        }
        out.push(r);
    }
    Ok(out)
}

impl<'h> Builder<'h> {
    fn new(header: &'h [String], columns: Vec<Column>) -> Self {
        Builder {
            header,
            columns,
            problems: Vec::new(),
            reported: HashMap::new(),
            read: Vec::new(),
            rows_left_out: Vec::new(),
            guessed: 0,
            unlisted: 0,
            more_lines: 0,
            keep_names: false,
        }
    }

    /// Whether the column of names writes the family name first.
    fn family_first(&self) -> bool {
        self.columns
            .iter()
            .position(|c| *c == Column::Field(field_index!("name")))
            .is_some_and(|at| romanize::family_first(&self.header_of(at)))
    }

    fn header_of(&self, column: usize) -> String {
        self.header.get(column).cloned().unwrap_or_default()
    }

    /// Reports a cell, up to [`REPORTED_PER_COLUMN`] for its column.
    fn report(&mut self, row: usize, column: usize, message: String) {
        report_capped(
            &mut self.problems,
            &mut self.reported,
            (row, column),
            message,
        );
    }

    /// Says a status guessed from the facts, up to [`REPORTED_PER_COLUMN`]
    /// of them (the rest counted in one line).
    fn report_guess(&mut self, row: usize, column: usize, message: String) {
        self.guessed += 1;
        if self.guessed <= REPORTED_PER_COLUMN {
            self.problems.push(Problem {
                file: String::new(),
                row,
                column: column + 1,
                message,
                help: Some(GUESS_HELP.to_owned()),
            });
        }
    }

    /// Reads one row (`number` in the sheet).
    fn row(&mut self, number: usize, cells: &grid::Row) {
        let cells = cells_of(cells);
        if cells.is_empty() {
            return;
        }
        let mut r = Read {
            row: number,
            draft: PrisonerDraft::new("", "", Status::Detained),
            id: None,
            organisations: Vec::new(),
            left_out: Vec::new(),
            status_note: None,
            family: None,
        };
        // Each field's value, merged over the columns that give it.
        let mut values: Vec<Option<(usize, Owned)>> = vec![None; Prisoner::FIELDS.len()];
        let mut status: Option<(usize, StatusWord)> = None;
        let mut org_ids: Vec<String> = Vec::new();
        let mut org_names: Vec<String> = Vec::new();
        let mut notes: Vec<String> = Vec::new();
        let mut release_date: Option<(usize, String)> = None;
        let mut due_estimate = false;
        let mut custody: Vec<Custody> = Vec::new();
        let mut earlier: Vec<Earlier> = Vec::new();
        let leave = |b: &mut Self, r: &mut Read, c: &Cell, why: String| {
            let header = b.header_of(c.column);
            b.report(
                number,
                c.column,
                format!("{:?}: {why}; left out", header.trim()),
            );
            r.left_out.push((header, c.text.clone(), why));
        };
        for c in &cells {
            let column = self
                .columns
                .get(c.column)
                .copied()
                .unwrap_or(Column::Unknown);
            match column {
                Column::Computed | Column::Skip => {}
                Column::DueEstimate => due_estimate = c.text.trim() == "true",
                Column::ReleaseDate => release_date = Some((c.column, c.text.clone())),
                Column::OrganisationNames => org_names.extend(items(&c.text)),
                Column::Note(_) => notes.push(format!(
                    "{}: {}",
                    self.header_of(c.column).trim(),
                    c.text.trim()
                )),
                Column::Unknown => {
                    let header = self.header_of(c.column);
                    let why = if c.column >= self.header.len() {
                        "a cell beyond the columns of the header row".to_owned()
                    } else if header.trim().is_empty() {
                        "a cell in a column without a header".to_owned()
                    } else {
                        format!(
                            "{:?}: the column matches no field (--map '{}=FIELD' places it)",
                            header.trim(),
                            header.trim()
                        )
                    };
                    self.report(number, c.column, format!("{why}; left out"));
                    r.left_out.push((header, c.text.clone(), why));
                }
                Column::Field(i) => {
                    let f = &Prisoner::FIELDS[i];
                    match f.kind {
                        Kind::Choice(_) if f.key == "status" => match status_word(&c.text) {
                            Some(w) if status.is_none() => status = Some((c.column, w)),
                            Some(_) => {
                                leave(self, &mut r, c, "a second column of the status".to_owned())
                            }
                            None => leave(
                                self,
                                &mut r,
                                c,
                                format!(
                                    "`{}` is not a status (detained, imprisoned, restricted, released, deceased; active, former, died)",
                                    c.text.trim()
                                ),
                            ),
                        },
                        Kind::RefList(Target::Organisations) => org_ids.extend(items(&c.text)),
                        Kind::Custody => match entries::<Custody>(&c.text) {
                            Ok(e) => custody = e,
                            Err(e) => leave(self, &mut r, c, e),
                        },
                        Kind::Earlier => match entries::<Earlier>(&c.text) {
                            Ok(e) => earlier = e,
                            Err(e) => leave(self, &mut r, c, e),
                        },
                        Kind::Id => match value_of(f.kind, &c.text.to_lowercase()) {
                            Ok(Owned::Text(id)) if r.id.is_none() => r.id = Some(id),
                            Ok(_) => leave(self, &mut r, c, "a second column of the id".to_owned()),
                            Err(e) => {
                                leave(self, &mut r, c, format!("{e}; an id is made from the name"))
                            }
                        },
                        kind => match (value_of(kind, &c.text), values[i].take()) {
                            (Err(e), before) => {
                                values[i] = before;
                                leave(self, &mut r, c, e);
                            }
                            (Ok(v), None) => values[i] = Some((c.column, v)),
                            (Ok(Owned::List(more)), Some((at, Owned::List(mut l)))) => {
                                l.extend(more);
                                values[i] = Some((at, Owned::List(l)));
                            }
                            (Ok(_), before) => {
                                values[i] = before;
                                leave(self, &mut r, c, format!("a second column of `{}`", f.key));
                            }
                        },
                    }
                }
            }
        }
        let Some((_, Owned::Text(name))) = values[field_index!("name")].take() else {
            let name_col = self
                .columns
                .iter()
                .position(|c| *c == Column::Field(field_index!("name")))
                .unwrap_or_default();
            self.report(
                number,
                name_col,
                "the row has no name; the whole row is left out".to_owned(),
            );
            let kept: Vec<String> = cells
                .iter()
                .map(|c| format!("{} = {}", self.header_of(c.column).trim(), quote(&c.text)))
                .collect();
            self.rows_left_out
                .push(format!("row {number}: {}", kept.join(", ")));
            return;
        };
        r.draft.name = name;
        // The dates of the record, to check them against each other.
        let date = |values: &[Option<(usize, Owned)>], key: usize| match &values[key] {
            Some((at, Owned::PartialDate(d))) => Some((*at, *d)),
            Some((at, Owned::Date(d))) => Some((*at, PartialDate::full(*d))),
            _ => None,
        };
        let given = |values: &[Option<(usize, Owned)>], key: usize| values[key].is_some();
        let status = match status {
            Some((_, StatusWord::Is(s))) => s,
            word => {
                let text = |key: usize| match &values[key] {
                    Some((at, Owned::Text(t))) => Some((*at, t.as_str())),
                    _ => None,
                };
                let place = text(field_index!("facility")).or_else(|| {
                    let at = values
                        .iter()
                        .flatten()
                        .map(|(at, _)| *at)
                        .next()
                        .unwrap_or_default();
                    custody.last().map(|c| (at, c.facility.as_str()))
                });
                let column_of = |key: usize| values[key].as_ref().map(|(at, _)| *at);
                let facts = status::Facts {
                    place,
                    sentence: column_of(field_index!("sentence"))
                        .or_else(|| column_of(field_index!("sentenced"))),
                    released: column_of(field_index!("released")),
                    in_custody: word.is_some(),
                };
                let said = match word {
                    Some((_, _)) => {
                        let w = cells
                            .iter()
                            .find(|c| Some(c.column) == word.map(|(at, _)| at))
                            .map_or("", |c| c.text.trim());
                        format!("status: {w:?} says in custody, not whether sentenced")
                    }
                    None => "status: none in the list".to_owned(),
                };
                let (status, at, message) = match status::from_facts(&facts) {
                    Some((s, at, why)) => {
                        let at = word.map_or(at, |(w, _)| w);
                        (s, at, format!("{said}; taken as {s}: {why}"))
                    }
                    None => {
                        let name_col = self
                            .columns
                            .iter()
                            .position(|c| *c == Column::Field(field_index!("name")))
                            .unwrap_or_default();
                        let at = word.map_or(name_col, |(w, _)| w);
                        let message = match word {
                            Some(_) => {
                                format!("{said}; taken as detained: nothing says a sentence")
                            }
                            None => format!(
                                "{said}, nor a place, sentence or release; taken as detained"
                            ),
                        };
                        (Status::Detained, at, message)
                    }
                };
                r.status_note = Some(message.clone());
                self.report_guess(number, at, message);
                status
            }
        };
        r.draft.status = status;
        let free = matches!(status, Status::Released | Status::Deceased);
        if let Some((column, text)) = release_date {
            let c = Cell { column, text };
            match parse_date(&c.text) {
                Ok(d) if free => {
                    values[field_index!("released")] = Some((column, Owned::PartialDate(d)))
                }
                Ok(d) => match d.as_full() {
                    Some(day) => {
                        values[field_index!("release_due")] = Some((column, Owned::Date(day)))
                    }
                    None => leave(
                        self,
                        &mut r,
                        &c,
                        format!(
                            "`{}` is not a whole day, as the release due needs",
                            c.text.trim()
                        ),
                    ),
                },
                Err(e) => leave(self, &mut r, &c, e),
            }
        }
        // The rules of the format between fields: what breaks one is left
        // out, at its cell.
        let drop = |b: &mut Self,
                    r: &mut Read,
                    values: &mut [Option<(usize, Owned)>],
                    key: usize,
                    why: &str| {
            if let Some((column, _)) = values[key].take() {
                let text = cells
                    .iter()
                    .find(|c| c.column == column)
                    .map(|c| c.text.clone())
                    .unwrap_or_default();
                leave(b, r, &Cell { column, text }, why.to_owned());
            }
        };
        // The sentence's length read from its words, where the list has no
        // column of it in months (this program's csv has one: an empty cell
        // there is no length) nor a release date to count from instead.
        let months_column = self
            .columns
            .contains(&Column::Field(field_index!("sentence_months")));
        if !months_column
            && !given(&values, field_index!("sentence_months"))
            && !given(&values, field_index!("release_due"))
            && let Some((column, Owned::Text(text))) = &values[field_index!("sentence")]
        {
            let column = *column;
            match sentence::read(text) {
                Some(sentence::Sentence::Months(m)) => {
                    values[field_index!("sentence_months")] =
                        Some((column, Owned::Int(u64::from(m))))
                }
                Some(sentence::Sentence::WithoutCustody) => {}
                None => {
                    let header = self.header_of(column);
                    self.report(
                        number,
                        column,
                        format!(
                            "{:?}: {text:?} is not read as a length (years, months); kept as the sentence's text, with no sentence_months",
                            header.trim()
                        ),
                    );
                }
            }
        }
        if due_estimate && given(&values, field_index!("sentence_months")) {
            // Computed from the arrest and the sentence: not the file's.
            values[field_index!("release_due")] = None;
        }
        if given(&values, field_index!("release_due"))
            && given(&values, field_index!("sentence_months"))
        {
            drop(
                self,
                &mut r,
                &mut values,
                field_index!("release_due"),
                "`sentence_months` is given, and the release due is computed from it",
            );
        }
        if !free && given(&values, field_index!("released")) {
            drop(
                self,
                &mut r,
                &mut values,
                field_index!("released"),
                &format!("a release date, but the status is {status}"),
            );
        }
        if let Some((_, detained)) = date(&values, field_index!("detained")) {
            for (i, key) in [
                (field_index!("sentenced"), "sentenced"),
                (field_index!("released"), "released"),
            ] {
                if date(&values, i).is_some_and(|(_, d)| d < detained) {
                    drop(
                        self,
                        &mut r,
                        &mut values,
                        i,
                        &format!("`{key}` is before the arrest"),
                    );
                }
            }
        }
        if let Some(why) = story_problem(
            &custody,
            &earlier,
            date(&values, field_index!("detained")),
            date(&values, field_index!("released")),
        ) {
            let kind = if why.starts_with("custody") {
                Kind::Custody
            } else {
                Kind::Earlier
            };
            if let Some(column) = Prisoner::FIELDS
                .iter()
                .position(|f| f.kind == kind)
                .and_then(|i| self.columns.iter().position(|c| *c == Column::Field(i)))
                .filter(|&col| cells.iter().any(|c| c.column == col))
            {
                let text = cells
                    .iter()
                    .find(|c| c.column == column)
                    .map(|c| c.text.clone())
                    .unwrap_or_default();
                leave(self, &mut r, &Cell { column, text }, why);
            }
            if kind == Kind::Custody {
                custody.clear();
            } else {
                earlier.clear();
            }
        }
        if let Some(last) = custody.last() {
            // The current facility, as this program writes it beside the
            // places of custody; another is left out.
            let facility = field_index!("facility");
            if matches!(&values[facility], Some((_, Owned::Text(t))) if *t == last.facility) {
                values[facility] = None;
            }
            drop(
                self,
                &mut r,
                &mut values,
                field_index!("facility"),
                "a facility beside the places of custody (the last place is the current one)",
            );
            drop(
                self,
                &mut r,
                &mut values,
                field_index!("address"),
                "an address beside the places of custody (each place has its own)",
            );
        }
        for (i, v) in values.into_iter().enumerate() {
            if let Some((_, v)) = v {
                (Prisoner::FIELDS[i].set)(&mut r.draft, v);
            }
        }
        // A name in Cyrillic with no Latin form among the aliases gets one
        // (by the Belarusian or the Russian table, as its letters say): the
        // Latin one the name, the Cyrillic an alias (or the reverse with
        // --keep-names); the id is made from the Latin family name.
        let name = r.draft.name.clone();
        if crate::model::fold::is_cyrillic(&name)
            && !r
                .draft
                .aliases
                .iter()
                .any(|a| crate::model::fold::is_latin(a))
        {
            let latin = romanize::romanize(&name);
            r.family = Some(romanize::romanize_as(
                romanize::family_name(&name, self.family_first()),
                romanize::language(&name),
            ));
            if self.keep_names {
                r.draft.aliases.insert(0, latin);
            } else {
                r.draft.aliases.retain(|a| *a != name);
                r.draft.aliases.insert(0, name);
                r.draft.name = latin;
            }
        }
        // The list's own number is no id: kept in the notes.
        if let Some(id) = r.id.take() {
            if id.bytes().all(|b| b.is_ascii_digit()) {
                notes.push(format!("number in the list: {id}"));
            } else {
                r.id = Some(id);
            }
        }
        if !notes.is_empty() {
            let mut all: Vec<String> = r.draft.notes.take().into_iter().collect();
            all.extend(notes);
            r.draft.notes = Some(all.join("\n"));
        }
        r.draft.custody = custody;
        r.draft.earlier = earlier;
        r.organisations = pair_organisations(org_ids, org_names);
        self.read.push(r);
    }

    /// Gives every prisoner and organisation an id and writes the file.
    fn finish(
        mut self,
        file: &str,
        mut others: Others,
        notes: Vec<Problem>,
        read_as: &str,
        opts: &Options,
    ) -> Result<Imported, String> {
        if self.guessed > REPORTED_PER_COLUMN {
            self.problems.push(Problem {
                file: String::new(),
                row: 1,
                column: 1,
                message: format!(
                    "status: {} more guessed from the facts as above (each said in a comment at its record)",
                    self.guessed - REPORTED_PER_COLUMN
                ),
                help: Some(GUESS_HELP.to_owned()),
            });
        }
        // The warnings in all: those listed, and those a "more" line counts.
        let more_lines = usize::from(self.guessed > REPORTED_PER_COLUMN)
            + self
                .reported
                .values()
                .filter(|&&n| n > REPORTED_PER_COLUMN)
                .count();
        self.unlisted = self.guessed.saturating_sub(REPORTED_PER_COLUMN)
            + self
                .reported
                .values()
                .map(|&n| n.saturating_sub(REPORTED_PER_COLUMN))
                .sum::<usize>();
        self.more_lines = more_lines;
        for (&column, &n) in &self.reported {
            if n > REPORTED_PER_COLUMN {
                self.problems.push(Problem {
                    file: String::new(),
                    row: 1,
                    column: column + 1,
                    message: format!(
                        "{:?}: {} more cells of this column left out as above (each kept in a comment)",
                        self.header_of(column).trim(),
                        n - REPORTED_PER_COLUMN
                    ),
                    help: None,
                });
            }
        }
        self.problems.sort_by_key(|p| (p.row, p.column));
        let mut ids = Ids::default();
        let family_first = self.family_first();
        // The ids the list gives come first: a made one never takes theirs.
        for r in &mut self.read {
            if let Some(id) = r.id.take() {
                if ids.used.insert(id.clone()) {
                    r.id = Some(id);
                } else {
                    self.problems.push(Problem {
                        file: String::new(),
                        row: r.row,
                        column: 1 + self.columns.iter().position(|c| *c == Column::Field(field_index!("id"))).unwrap_or_default(),
                        message: format!("the id `{id}` is given to an earlier row; another is made from the name"),
                        help: None,
                    });
                }
            }
        }
        self.problems.sort_by_key(|p| (p.row, p.column));
        let mut orgs = Organisations::default();
        // The organisations of their own sheet come first: the prisoners'
        // and the other sheets' ids and names find them.
        let mut sections = Sections::default();
        if let Some((label, mut rows)) = others.organisations.take() {
            let mut org_ids = std::mem::take(&mut orgs.ids);
            rows.resolve(
                &records::Known::default(),
                &mut Organisations::default(),
                &mut org_ids,
            );
            orgs.ids = org_ids;
            for r in std::mem::take(&mut rows.rows) {
                sections.cells_left += r.left_out.len();
                let comments = left_out_comments(r.row, &r.left_out);
                orgs.register(r.draft, comments);
            }
            sections.sheet(label, rows);
        }
        let mut known = records::Known::default();
        // The prisoners by name, only where another sheet refers to them.
        let refer_to_prisoners =
            others.events.is_some() || others.statements.is_some() || others.letters.is_some();
        let mut body = String::new();
        // Each prisoner read is dropped once written.
        let read = std::mem::take(&mut self.read);
        let prisoners = read.len();
        let mut cells_left: usize = read.iter().map(|r| r.left_out.len()).sum();
        for mut r in read {
            let id = match r.id.take() {
                Some(id) => id,
                // From the family name in Latin letters: `losik`, `bialiacki`.
                None => ids.make(
                    r.family
                        .as_deref()
                        .unwrap_or_else(|| romanize::family_name(&r.draft.name, family_first)),
                    "prisoner",
                ),
            };
            r.draft.id = id;
            r.draft.organisations = r
                .organisations
                .iter()
                .map(|(id, name)| orgs.id(id.as_deref(), name.as_deref()))
                .collect();
            body.push('\n');
            if let Some(note) = &r.status_note {
                let _ = writeln!(body, "# row {}: {}", r.row, sanitize_line(note));
            }
            body.push_str(&left_out_comments(r.row, &r.left_out));
            let draft =
                std::mem::replace(&mut r.draft, PrisonerDraft::new("", "", Status::Detained));
            let p = Prisoner::from(draft);
            if refer_to_prisoners {
                let mut names = vec![p.name()];
                names.extend(p.aliases().iter());
                names.extend(p.postal_name());
                known.prisoners.add(p.id(), &names);
            }
            body.push_str("[[prisoners]]\n");
            let skip: &[&str] = if p.custody.is_empty() {
                &[]
            } else {
                &["facility"]
            };
            toml_out::fields(&p, skip, &mut body);
            for e in &p.earlier {
                body.push_str("\n[[prisoners.earlier]]\n");
                toml_out::fields(e, &[], &mut body);
            }
            for c in &p.custody {
                body.push_str("\n[[prisoners.custody]]\n");
                toml_out::fields(c, &[], &mut body);
            }
        }
        // The other sheets, in the file's order of sections; each one's
        // references found among the records read before it.
        if let Some((label, mut rows)) = others.events.take() {
            rows.resolve(&known, &mut orgs, &mut Ids::default());
            // The statements' and letters' `event` find them.
            for r in &rows.rows {
                let e = Event::from(r.draft.clone());
                known.events.add(e.id(), &[e.title()]);
            }
            sections.write(label, rows);
        }
        for_each_sheet(&mut sections, others.statements.take(), &known, &mut orgs);
        for_each_sheet(&mut sections, others.petitions.take(), &known, &mut orgs);
        for_each_sheet(&mut sections, others.letters.take(), &known, &mut orgs);
        let mut counts = vec![
            (RecordKind::Prisoner, prisoners),
            (RecordKind::Organisation, orgs.list.len()),
        ];
        counts.extend(sections.counts.iter().copied());
        let counted = counted(&counts);
        let mut text = String::new();
        cells_left += sections.cells_left;
        let _ = writeln!(
            text,
            "# Imported by campaign-dash from {}, read as {read_as}: {counted}.",
            sanitize_line(&others.sources.join(", ")),
        );
        if !others.computed_sheets.is_empty() {
            let _ = writeln!(
                text,
                "# Computed by campaign-dash, so not read: the sheet {}.",
                sanitize_line(&others.computed_sheets.join(", "))
            );
        }
        let computed: Vec<String> = self
            .header
            .iter()
            .zip(&self.columns)
            .filter(|(_, c)| matches!(c, Column::Computed | Column::DueEstimate))
            .map(|(h, _)| sanitize_line(h.trim()).into_owned())
            .collect();
        if !computed.is_empty() {
            let _ = writeln!(
                text,
                "# Computed by campaign-dash, so not read: {}.",
                computed.join(", ")
            );
        }
        let skipped: Vec<String> = self
            .header
            .iter()
            .zip(&self.columns)
            .filter(|(_, c)| **c == Column::Skip)
            .map(|(h, _)| sanitize_line(h.trim()).into_owned())
            .collect();
        if !skipped.is_empty() {
            let _ = writeln!(text, "# Left out by --map: {}.", skipped.join(", "));
        }
        if cells_left > 0 {
            let _ = writeln!(
                text,
                "# {} left out, each kept in a comment above its record.",
                crate::text::plural(cells_left, "cell", "cells"),
            );
        }
        let rows_left = self.rows_left_out.len() + sections.rows_left_out.len();
        if rows_left > 0 {
            let _ = writeln!(
                text,
                "# {} left out whole, kept in comments at the end.",
                crate::text::plural(rows_left, "row", "rows"),
            );
        }
        // The campaign's name: --name, else the overview's, else the
        // list's file name.
        let mut info = others.info.take().unwrap_or_default();
        match &opts.name {
            Some(name) => info.name = name.clone(),
            None if info.name.trim().is_empty() => {
                info.name = others
                    .sources
                    .first()
                    .and_then(|f| std::path::Path::new(f).file_stem())
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
            }
            None => {}
        }
        text.push_str("\n[campaign]\n");
        toml_out::fields(&info, &[], &mut text);
        for (i, (id, name)) in orgs.list.iter().enumerate() {
            match orgs.full.get(i) {
                Some(Some((o, comments))) => {
                    text.push('\n');
                    text.push_str(comments);
                    text.push_str("[[organisations]]\n");
                    toml_out::fields(o, &[], &mut text);
                }
                _ => {
                    let _ = writeln!(
                        text,
                        "\n[[organisations]]\nid = {}\nname = {}",
                        quote(id),
                        quote(name)
                    );
                }
            }
        }
        text.push_str(&body);
        drop(body);
        text.push_str(&sections.text);
        sections.text = String::new();
        if !self.rows_left_out.is_empty() {
            text.push_str("\n# Rows without a name, left out:\n");
            for row in &self.rows_left_out {
                let _ = writeln!(text, "# {}", sanitize_line(row));
            }
        }
        for (plural, row) in &sections.rows_left_out {
            let _ = writeln!(text, "# [[{plural}]] {}", sanitize_line(row));
        }
        verify(&text)?;
        for p in &mut self.problems {
            p.file = file.to_owned();
        }
        let mut problems = self.problems;
        problems.extend(sections.problems);
        problems.extend(notes);
        Ok(Imported {
            text,
            warnings: problems.len() - self.more_lines - sections.more_lines
                + self.unlisted
                + sections.unlisted,
            problems,
            prisoners,
            organisations: orgs.list.len(),
            counted,
            read_as: read_as.to_owned(),
        })
    }
}

/// Reports a cell at (row, 0-based column) among `problems`, up to
/// [`REPORTED_PER_COLUMN`] for its column (`reported` counts them; the rest
/// are counted in one line at the end).
fn report_capped(
    problems: &mut Vec<Problem>,
    reported: &mut HashMap<usize, usize>,
    (row, column): (usize, usize),
    message: String,
) {
    let n = reported.entry(column).or_default();
    *n += 1;
    if *n <= REPORTED_PER_COLUMN {
        problems.push(Problem {
            file: String::new(),
            row,
            column: column + 1,
            message,
            help: None,
        });
    }
}

/// The comments above a record: each cell of its row left out.
fn left_out_comments(row: usize, left_out: &[(String, String, String)]) -> String {
    let mut out = String::new();
    for (header, text, why) in left_out {
        out.push_str(&toml_out::comment(
            &format!(
                "row {row}: left out ({}): {} = ",
                sanitize_line(why),
                sanitize_line(header.trim())
            ),
            text,
        ));
    }
    out
}

/// "3 prisoners and 1 organisation"; "3 prisoners, 1 organisation and 14
/// events".
fn counted(counts: &[(RecordKind, usize)]) -> String {
    let said: Vec<String> = counts
        .iter()
        .map(|&(k, n)| crate::text::plural(n, k.singular(), k.plural()))
        .collect();
    crate::text::and_list(&said)
}

/// The sections written from the other sheets, and what their reading
/// said.
#[derive(Default)]
struct Sections {
    text: String,
    problems: Vec<Problem>,
    counts: Vec<(RecordKind, usize)>,
    cells_left: usize,
    rows_left_out: Vec<(&'static str, String)>,
    more_lines: usize,
    unlisted: usize,
}

/// A sheet of records that no other sheet refers to: its references
/// resolved, its records written.
fn for_each_sheet<R: records::Sheet>(
    sections: &mut Sections,
    sheet: Option<(String, records::Rows<R>)>,
    known: &records::Known,
    orgs: &mut Organisations,
) {
    if let Some((label, mut rows)) = sheet {
        rows.resolve(known, orgs, &mut Ids::default());
        sections.write(label, rows);
    }
}

impl Sections {
    /// Writes the records of the sheet `label` as tables of their section,
    /// each below the comments of its cells left out, and takes in what
    /// reading it said.
    fn write<R: records::Sheet>(&mut self, label: String, mut rows: records::Rows<R>) {
        let header = R::KIND.plural();
        for r in std::mem::take(&mut rows.rows) {
            self.text.push('\n');
            for said in &r.said {
                let _ = writeln!(self.text, "# row {}: {}", r.row, sanitize_line(said));
            }
            self.text.push_str(&left_out_comments(r.row, &r.left_out));
            self.cells_left += r.left_out.len();
            let record = R::build(r.draft);
            let _ = writeln!(self.text, "[[{header}]]");
            toml_out::fields(&record, &[], &mut self.text);
            R::write_more(&record, &mut self.text);
            rows.written += 1;
        }
        self.sheet(label, rows);
    }

    /// Takes in what reading the sheet `label` said: its problems, the rows
    /// it left out, how many records it gave (the organisations are counted
    /// with those the other sheets name).
    fn sheet<R: records::Sheet>(&mut self, label: String, mut rows: records::Rows<R>) {
        let kind = R::KIND;
        let (more, unlisted) = rows.finish_reports();
        self.more_lines += more;
        self.unlisted += unlisted;
        if kind != RecordKind::Organisation {
            self.counts.push((kind, rows.written));
        }
        for mut p in rows.problems {
            p.file = label.clone();
            self.problems.push(p);
        }
        for row in rows.rows_left_out {
            self.rows_left_out.push((kind.plural(), row));
        }
    }
}

/// Why the places of custody or the earlier arrests break the format's
/// rules (in date order; the first place not before the arrest, none after
/// the release; each earlier arrest ended, before the next and before the
/// current one), if they do. The message begins with "custody" or
/// "earlier".
fn story_problem(
    custody: &[Custody],
    earlier: &[Earlier],
    detained: Option<(usize, PartialDate)>,
    released: Option<(usize, PartialDate)>,
) -> Option<String> {
    let detained = detained.map(|(_, d)| d);
    let released = released.map(|(_, d)| d);
    // The loader's rules (`load::validate::records`), day by day: a partial
    // date counts from its first day, a release to its last.
    if custody
        .windows(2)
        .any(|w| w[1].since.first_day() < w[0].since.first_day())
    {
        return Some("custody: the places are not in date order".to_owned());
    }
    if let (Some(first), Some(d)) = (custody.first(), detained)
        && first.since.first_day() < d.first_day()
    {
        return Some("custody: the first place is before the arrest".to_owned());
    }
    if let Some(r) = released
        && custody.iter().any(|c| c.since.first_day() > r.last_day())
    {
        return Some("custody: a place is after the release".to_owned());
    }
    if earlier
        .iter()
        .any(|e| e.released.first_day() < e.detained.first_day())
        || earlier
            .windows(2)
            .any(|w| w[1].detained.first_day() < w[0].released.first_day())
        || earlier
            .last()
            .zip(detained)
            .is_some_and(|(e, d)| e.released.first_day() > d.first_day())
    {
        return Some(
            "earlier: the arrests overlap, are out of order, or do not end before the current one"
                .to_owned(),
        );
    }
    None
}

/// A cell's text without the `'` this program's csv (and spreadsheets)
/// put before text that would otherwise be read as a formula.
fn without_inert_mark(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => text,
    }
}

/// The organisations of a row: ids and names side by side where both are
/// given, else what there is. A "name" that is an id is taken as the id.
fn pair_organisations(
    ids: Vec<String>,
    names: Vec<String>,
) -> Vec<(Option<String>, Option<String>)> {
    if names.is_empty() {
        return ids
            .into_iter()
            .map(|t| match id_problem(&t) {
                None => (Some(t), None),
                Some(_) => (None, Some(t)),
            })
            .collect();
    }
    let n = ids.len().max(names.len());
    (0..n)
        .map(|i| {
            let id = ids.get(i).filter(|t| id_problem(t).is_none()).cloned();
            (id, names.get(i).cloned())
        })
        .collect()
}

/// Ids made unique.
#[derive(Default)]
struct Ids {
    used: HashSet<String>,
    /// For each base, the number its next clash tries first: a family name
    /// shared by thousands costs one try each, not a count from 2.
    next: HashMap<String, usize>,
}

impl Ids {
    /// An id made from `name` (its letters in Latin script), not yet used;
    /// `fallback` where the name gives none.
    fn make(&mut self, name: &str, fallback: &str) -> String {
        // In Latin letters, without accents, as the name column sorts.
        let mut base = slug(&crate::query::sort_fold(name));
        if base.is_empty() || id_problem(&base).is_some() {
            base = fallback.to_owned();
        }
        // Room for a "-NNNNN" after it.
        let base: String = base.chars().take(crate::load::MAX_ID - 7).collect();
        let base = base.trim_end_matches(['-', '_']).to_owned();
        let mut id = base.clone();
        let n = self.next.entry(base.clone()).or_insert(1);
        while !self.used.insert(id.clone()) {
            *n += 1;
            id = format!("{base}-{n}");
        }
        id
    }
}

/// The organisations met, in order, by id.
#[derive(Default)]
struct Organisations {
    list: Vec<(String, String)>,
    /// For each of `list`, the record of the organisations' own sheet and
    /// the comments above it; `None` for one the other sheets name.
    full: Vec<Option<(Organisation, String)>>,
    by_id: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
    ids: Ids,
}

impl Organisations {
    /// The id of the organisation `id` or `name` (one of them is given),
    /// added where it is new.
    fn id(&mut self, id: Option<&str>, name: Option<&str>) -> String {
        if let Some(&i) = id.and_then(|id| self.by_id.get(id)) {
            return self.list[i].0.clone();
        }
        if id.is_none()
            && let Some(&i) = name.and_then(|n| self.by_name.get(n))
        {
            return self.list[i].0.clone();
        }
        let name = name.or(id).unwrap_or("organisation").to_owned();
        let id = match id {
            Some(id) if self.ids.used.insert(id.to_owned()) => id.to_owned(),
            _ => self.ids.make(&name, "organisation"),
        };
        let i = self.list.len();
        self.by_id.insert(id.clone(), i);
        self.by_name.entry(name.clone()).or_insert(i);
        self.list.push((id.clone(), name));
        self.full.push(None);
        id
    }

    /// An organisation of the organisations' own sheet, its id already
    /// made unique in `ids`.
    fn register(&mut self, o: Organisation, comments: String) {
        let i = self.list.len();
        self.by_id.insert(o.id.clone(), i);
        self.by_name.entry(o.name.clone()).or_insert(i);
        self.list.push((o.id.clone(), o.name.clone()));
        self.full.push(Some((o, comments)));
    }
}

/// The written file loads without errors; the error lists them (it would
/// be a mistake of this module).
fn verify(text: &str) -> Result<(), String> {
    let loaded = crate::load::parse_str(text, &LoadOptions::default());
    if !loaded.has_errors() {
        return Ok(());
    }
    let shown: Vec<String> =
        crate::load::render_problems(&loaded.problems, "the imported file", text, false).collect();
    Err(format!(
        "the list gives records the format does not allow, so nothing is written:\n{}",
        shown.join("\n")
    ))
}
