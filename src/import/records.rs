//! The sheets of records other than prisoners: events, statements,
//! organisations, petitions and letters, as `print --view all --format xlsx`
//! and each view's csv write them, or as other lists head them
//! ([`super::headers::Synonyms`]).
//!
//! A sheet is read in two steps, because its references name records of
//! other sheets: [`read`] takes every row's values as its field
//! declarations say ([`crate::model::fields`]), keeping the references as
//! the ids and names the cells give; [`Rows::resolve`] then puts in the ids
//! of the records read (an organisation the list names but does not hold is
//! added, as for the prisoners; a prisoner or event none of the sheets
//! holds is left out, said at its cell).

use std::collections::HashMap;

use super::headers::{Synonyms, normal};
use super::{Cell, Ids, Organisations, Problem, items, pair_organisations, value_of};
use crate::model::fields::{Field, Kind, Owned, Record, Target};
use crate::model::{Event, EventDraft, EventKind, Letter, Organisation, Petition, Statement};
use crate::model::{StatementDraft, Tally};
use crate::query::RecordKind;
use crate::toml_out;

/// A kind of record read from a sheet of its own.
pub trait Sheet: Record {
    const KIND: RecordKind;
    /// The field an id is made from where a required id is not given.
    const NAMED_BY: &'static str;
    /// An empty draft.
    fn draft() -> Self::Draft;
    /// The record of a draft.
    fn build(d: Self::Draft) -> Self;
    /// Puts a petition's tallies into its draft (no other kind has them).
    fn set_tallies(_d: &mut Self::Draft, _t: Vec<Tally>) {}
    /// The rule between two fields of the kind that the draft breaks, if
    /// any: the key of the later field (taken out of the draft), and why.
    fn broken(_d: &mut Self::Draft) -> Option<(&'static str, &'static str)> {
        None
    }
    /// Writes what [`toml_out::fields`] leaves out: a petition's tallies.
    fn write_more(&self, _out: &mut String) {}
}

impl Sheet for Event {
    const KIND: RecordKind = RecordKind::Event;
    const NAMED_BY: &'static str = "title";
    fn draft() -> EventDraft {
        EventDraft::new("", "", chrono::NaiveDate::MIN, EventKind::Other)
    }
    fn build(d: EventDraft) -> Self {
        d.into()
    }
    fn broken(d: &mut EventDraft) -> Option<(&'static str, &'static str)> {
        d.end.take_if(|end| *end < d.date)?;
        Some(("end", "`end` is before the `date` (the first day)"))
    }
}

impl Sheet for Statement {
    const KIND: RecordKind = RecordKind::Statement;
    const NAMED_BY: &'static str = "author";
    fn draft() -> StatementDraft {
        StatementDraft::new(chrono::NaiveDate::MIN, "", "")
    }
    fn build(d: StatementDraft) -> Self {
        d.into()
    }
}

impl Sheet for Organisation {
    const KIND: RecordKind = RecordKind::Organisation;
    const NAMED_BY: &'static str = "name";
    fn draft() -> Self {
        Organisation::default()
    }
    fn build(d: Self) -> Self {
        d
    }
}

impl Sheet for Petition {
    const KIND: RecordKind = RecordKind::Petition;
    const NAMED_BY: &'static str = "title";
    fn draft() -> Self {
        Petition::default()
    }
    fn build(d: Self) -> Self {
        d
    }
    fn set_tallies(d: &mut Self, mut t: Vec<Tally>) {
        t.sort_by_key(|t| t.date);
        d.counts = t;
    }
    fn write_more(&self, out: &mut String) {
        if let Some(line) = toml_out::counts(self) {
            out.push_str(&line);
        }
    }
    fn broken(d: &mut Self) -> Option<(&'static str, &'static str)> {
        let opened = d.opened?;
        d.closed.take_if(|closed| *closed < opened)?;
        Some(("closed", "`closed` is before `opened`"))
    }
}

impl Sheet for Letter {
    const KIND: RecordKind = RecordKind::Letter;
    const NAMED_BY: &'static str = "prisoner";
    fn draft() -> Self {
        Letter::default()
    }
    fn build(d: Self) -> Self {
        d
    }
}

/// What a column of a sheet of `R` holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    /// A field, by its index in the declarations.
    Field(usize),
    /// The names beside the reference field of this index
    /// (`organisation_names`, `host_name`).
    Names(usize),
    /// Computed by this program (`when`, `progress`): not read.
    Computed,
    Unknown,
}

/// The column of `header` in a sheet of `R`; `own` is this program's csv
/// header of the kind.
fn column<R: Sheet>(header: &str, own: &[String]) -> Col {
    let n = normal(header);
    let by_key = |key: &str| -> Option<Col> {
        let fields: &[Field<R>] = R::FIELDS;
        fields.iter().enumerate().find_map(|(i, f)| {
            if f.key == key {
                Some(Col::Field(i))
            } else if crate::print::names_key(f.key, f.kind).as_deref() == Some(key) {
                Some(Col::Names(i))
            } else {
                None
            }
        })
    };
    let key = n.replace(' ', "_");
    if let Some(c) = by_key(&key) {
        return c;
    }
    if own.contains(&key) {
        return Col::Computed;
    }
    Synonyms::get()
        .field(R::KIND, &n)
        .and_then(by_key)
        .unwrap_or(Col::Unknown)
}

/// How many of `header`'s cells are among `own`, this program's csv header
/// of a kind (its keys, the names beside its references, its computed
/// columns): how a csv without a telling name is known for what it holds.
pub fn own_columns(header: &[String], own: &[String]) -> usize {
    header
        .iter()
        .filter(|h| own.contains(&normal(h).replace(' ', "_")))
        .count()
}

/// A reference still to resolve: the field, the cell, the ids and names
/// it gives.
struct Pending {
    field: usize,
    column: usize,
    ids: Vec<String>,
    names: Vec<String>,
}

/// A record read from a row, its references not yet resolved.
pub struct Row<R: Sheet> {
    pub row: usize,
    pub draft: R::Draft,
    /// The id the row gives, if it is one.
    pub id: Option<String>,
    /// The text an id is made from ([`Sheet::NAMED_BY`]).
    named: String,
    refs: Vec<Pending>,
    /// What was left out: the column's header, the text, why.
    pub left_out: Vec<(String, String, String)>,
    /// What was guessed, for a comment at the record.
    pub said: Vec<String>,
}

/// The rows of a sheet of `R`.
pub struct Rows<R: Sheet> {
    pub rows: Vec<Row<R>>,
    header: Vec<String>,
    columns: Vec<Col>,
    pub problems: Vec<Problem>,
    /// Cells reported per column, for [`super::REPORTED_PER_COLUMN`].
    reported: HashMap<usize, usize>,
    /// Rows left out whole, as comments.
    pub rows_left_out: Vec<String>,
    /// The records written.
    pub written: usize,
}

impl<R: Sheet> Rows<R> {
    fn header_of(&self, column: usize) -> &str {
        self.header.get(column).map_or("", |h| h.trim())
    }

    fn report(&mut self, row: usize, column: usize, message: String) {
        super::report_capped(
            &mut self.problems,
            &mut self.reported,
            (row, column),
            message,
        );
    }

    /// A cell left out of record `r` (or of a row about to be), said and
    /// kept for its comment.
    fn leave(
        &mut self,
        row: usize,
        left: &mut Vec<(String, String, String)>,
        c: &Cell,
        why: String,
    ) {
        let header = self.header_of(c.column).to_owned();
        self.report(row, c.column, format!("{header:?}: {why}; left out"));
        left.push((header, c.text.clone(), why));
    }

    /// Adds the "more" lines of the columns reported more than the cap;
    /// gives how many there are, and the warnings they count.
    pub fn finish_reports(&mut self) -> (usize, usize) {
        let mut unlisted = 0;
        let mut more: Vec<(usize, usize)> = self
            .reported
            .iter()
            .filter(|&(_, &n)| n > super::REPORTED_PER_COLUMN)
            .map(|(&c, &n)| (c, n - super::REPORTED_PER_COLUMN))
            .collect();
        more.sort_unstable();
        let lines = more.len();
        for (column, n) in more {
            unlisted += n;
            let message = format!(
                "{:?}: {n} more cells of this column left out as above (each kept in a comment)",
                self.header_of(column)
            );
            self.problems.push(Problem {
                file: String::new(),
                row: 1,
                column: column + 1,
                message,
                help: None,
            });
        }
        self.problems.sort_by_key(|p| (p.row, p.column));
        (lines, unlisted)
    }

    /// Puts the ids of the records read into the references, and gives a
    /// required id where the row gave none or one already taken. A record
    /// whose required reference names no record read is left out whole.
    pub fn resolve(&mut self, known: &Known, orgs: &mut Organisations, ids: &mut Ids) {
        let fields: &[Field<R>] = R::FIELDS;
        let id_field = fields.iter().position(|f| f.kind == Kind::Id);
        let mut kept = Vec::with_capacity(self.rows.len());
        for mut r in std::mem::take(&mut self.rows) {
            if let Some(i) = id_field.filter(|&i| fields[i].required) {
                let id = match r.id.take() {
                    Some(id) if ids.used.insert(id.clone()) => id,
                    given => {
                        let id = ids.make(&r.named, R::KIND.singular());
                        if let Some(given) = given {
                            let column = self.columns.iter().position(|c| *c == Col::Field(i));
                            self.report(
                                r.row,
                                column.unwrap_or_default(),
                                format!("the id `{given}` is given to an earlier row; this one is `{id}`"),
                            );
                        }
                        id
                    }
                };
                (fields[i].set)(&mut r.draft, Owned::Text(id));
            } else if let (Some(i), Some(id)) = (id_field, r.id.take()) {
                if ids.used.insert(id.clone()) {
                    (fields[i].set)(&mut r.draft, Owned::Text(id));
                } else {
                    let column = self.columns.iter().position(|c| *c == Col::Field(i));
                    self.report(
                        r.row,
                        column.unwrap_or_default(),
                        format!("the id `{id}` is given to an earlier row; left out"),
                    );
                }
            }
            let mut whole = true;
            for p in std::mem::take(&mut r.refs) {
                let f = &fields[p.field];
                let target = match f.kind {
                    Kind::Ref(t) | Kind::RefList(t) => t,
                    _ => continue,
                };
                let mut found = Vec::new();
                for (id, name) in pair_organisations(p.ids, p.names) {
                    let got = match target {
                        Target::Organisations => Some(orgs.id(id.as_deref(), name.as_deref())),
                        Target::Prisoners | Target::Events => {
                            known.find(target, id.as_deref(), name.as_deref())
                        }
                    };
                    match got {
                        Some(id) => found.push(id),
                        None => {
                            let said = id.or(name).unwrap_or_default();
                            let why = format!(
                                "`{said}` is not the id or name of any of the {} read",
                                target.key()
                            );
                            let text = said.clone();
                            self.leave(
                                r.row,
                                &mut r.left_out,
                                &Cell {
                                    column: p.column,
                                    text,
                                },
                                why,
                            );
                            whole &= !f.required;
                        }
                    }
                }
                match f.kind {
                    Kind::Ref(_) => {
                        if let Some(id) = found.into_iter().next() {
                            (f.set)(&mut r.draft, Owned::Text(id));
                        }
                    }
                    _ => (f.set)(&mut r.draft, Owned::List(found)),
                }
            }
            if whole {
                kept.push(r);
            } else {
                self.rows_left_out.push(format!(
                    "row {}: without its `{}`",
                    r.row,
                    fields
                        .iter()
                        .filter(|f| f.required && matches!(f.kind, Kind::Ref(_)))
                        .map(|f| f.key)
                        .collect::<Vec<_>>()
                        .join("`, `")
                ));
            }
        }
        self.rows = kept;
    }
}

/// The prisoners and events read, by id and by name, for the references
/// of the other sheets.
#[derive(Default)]
pub struct Known {
    pub prisoners: Index,
    pub events: Index,
}

/// Ids, and the ids by folded name (`None` for a name two records share).
#[derive(Default)]
pub struct Index {
    ids: std::collections::HashSet<String>,
    names: HashMap<String, Option<String>>,
}

impl Index {
    pub fn add(&mut self, id: &str, names: &[&str]) {
        self.ids.insert(id.to_owned());
        for n in names {
            self.names
                .entry(crate::model::fold::search_fold(n))
                .and_modify(|v| {
                    if v.as_deref() != Some(id) {
                        *v = None;
                    }
                })
                .or_insert_with(|| Some(id.to_owned()));
        }
    }
}

impl Known {
    fn find(&self, target: Target, id: Option<&str>, name: Option<&str>) -> Option<String> {
        let index = match target {
            Target::Prisoners => &self.prisoners,
            _ => &self.events,
        };
        if let Some(id) = id.filter(|id| index.ids.contains(*id)) {
            return Some(id.to_owned());
        }
        let name = name.or(id)?;
        index
            .names
            .get(&crate::model::fold::search_fold(name))
            .cloned()
            .flatten()
    }
}

/// The rows of `grid`'s sheet of `R` (row 1 its header).
pub fn read<R: Sheet>(rows: &[super::grid::Row], own: &[String]) -> Rows<R> {
    let header: Vec<String> = rows
        .first()
        .map(|r| r.iter().map(str::to_owned).collect())
        .unwrap_or_default();
    let columns: Vec<Col> = header.iter().map(|h| column::<R>(h, own)).collect();
    let mut out = Rows {
        rows: Vec::new(),
        header,
        columns,
        problems: Vec::new(),
        reported: HashMap::new(),
        rows_left_out: Vec::new(),
        written: 0,
    };
    for (i, cells) in rows.iter().enumerate().skip(1) {
        row(&mut out, i + 1, cells);
    }
    out
}

/// Reads row `number` of the sheet into `out`.
fn row<R: Sheet>(out: &mut Rows<R>, number: usize, cells: &super::grid::Row) {
    let fields: &[Field<R>] = R::FIELDS;
    let cells: Vec<Cell> = super::cells_of(cells);
    if cells.is_empty() {
        return;
    }
    let mut r = Row::<R> {
        row: number,
        draft: R::draft(),
        id: None,
        named: String::new(),
        refs: Vec::new(),
        left_out: Vec::new(),
        said: Vec::new(),
    };
    let mut given = vec![false; fields.len()];
    for c in &cells {
        let col = out.columns.get(c.column).copied().unwrap_or(Col::Unknown);
        match col {
            Col::Computed => {}
            Col::Unknown => {
                let header = out.header_of(c.column).to_owned();
                let why = if c.column >= out.header.len() {
                    "a cell beyond the columns of the header row".to_owned()
                } else if header.is_empty() {
                    "a cell in a column without a header".to_owned()
                } else {
                    format!(
                        "{header:?}: the column matches no field of [[{}]]",
                        R::KIND.plural()
                    )
                };
                out.report(number, c.column, format!("{why}; left out"));
                r.left_out.push((header, c.text.clone(), why));
            }
            Col::Names(i) | Col::Field(i) => {
                let f = &fields[i];
                match f.kind {
                    Kind::Ref(_) | Kind::RefList(_) => {
                        let texts = match f.kind {
                            Kind::Ref(_) => vec![c.text.trim().to_owned()],
                            _ => items(&c.text),
                        };
                        let at = r.refs.iter().position(|p| p.field == i);
                        let p = match at {
                            Some(at) => &mut r.refs[at],
                            None => {
                                r.refs.push(Pending {
                                    field: i,
                                    column: c.column,
                                    ids: Vec::new(),
                                    names: Vec::new(),
                                });
                                r.refs.last_mut().expect("just pushed")
                            }
                        };
                        if matches!(col, Col::Names(_)) {
                            p.names = texts;
                        } else {
                            p.column = c.column;
                            p.ids = texts;
                        }
                        given[i] = true;
                        if f.key == R::NAMED_BY {
                            r.named = c.text.trim().to_owned();
                        }
                    }
                    Kind::Tallies => match tallies(&c.text) {
                        Ok(t) => {
                            R::set_tallies(&mut r.draft, t);
                            given[i] = true;
                        }
                        Err(e) => out.leave(number, &mut r.left_out, c, e),
                    },
                    Kind::Id => match value_of(Kind::Id, &c.text.to_lowercase()) {
                        Ok(Owned::Text(id)) => {
                            r.id = Some(id);
                            given[i] = true;
                        }
                        Ok(_) => {}
                        Err(e) => out.leave(
                            number,
                            &mut r.left_out,
                            c,
                            format!("{e}; an id is made where one is needed"),
                        ),
                    },
                    kind => match value_of(kind, &c.text) {
                        Ok(v) => {
                            if f.key == R::NAMED_BY {
                                r.named = c.text.trim().to_owned();
                            }
                            (f.set)(&mut r.draft, v);
                            given[i] = true;
                        }
                        Err(e) => out.leave(number, &mut r.left_out, c, e),
                    },
                }
            }
        }
    }
    // A required choice that has an `other` (an event's kind) is taken as
    // it where the list gives none: said, as a guess.
    for (i, f) in fields.iter().enumerate() {
        if let (false, true, Kind::Choice(choices)) = (given[i], f.required, f.kind)
            && let Some(other) = choices.iter().position(|c| c.name == "other")
        {
            (f.set)(&mut r.draft, Owned::Choice(other));
            given[i] = true;
            let at = cells.first().map_or(0, |c| c.column);
            let said = format!("`{}`: none in the list; taken as other", f.key);
            out.report(number, at, said.clone());
            r.said.push(said);
        }
    }
    let missing: Vec<&str> = fields
        .iter()
        .zip(&given)
        .filter(|(f, given)| f.required && !**given && f.kind != Kind::Id)
        .map(|(f, _)| f.key)
        .collect();
    if let Some((key, why)) = R::broken(&mut r.draft)
        && let Some(c) = fields
            .iter()
            .position(|f| f.key == key)
            .and_then(|i| out.columns.iter().position(|c| *c == Col::Field(i)))
            .and_then(|at| cells.iter().find(|c| c.column == at))
    {
        out.leave(number, &mut r.left_out, c, why.to_owned());
    }
    if !missing.is_empty() {
        let at = cells.first().map_or(0, |c| c.column);
        out.report(
            number,
            at,
            format!(
                "the row has no `{}`, which a record of [[{}]] needs; the whole row is left out",
                missing.join("`, `"),
                R::KIND.plural()
            ),
        );
        let kept: Vec<String> = cells
            .iter()
            .map(|c| format!("{} = {}", out.header_of(c.column), super::quote(&c.text)))
            .collect();
        out.rows_left_out
            .push(format!("row {number}: {}", kept.join(", ")));
        return;
    }
    out.rows.push(r);
}

/// A petition's tallies as this program's csv writes them: `date:
/// signatures` items separated by `;`.
fn tallies(text: &str) -> Result<Vec<Tally>, String> {
    items(text)
        .iter()
        .map(|item| {
            let (date, n) = item
                .rsplit_once(':')
                .ok_or_else(|| format!("`{item}` is not a tally such as `2023-05-01: 120`"))?;
            let date = match value_of(Kind::Date, date)? {
                Owned::Date(d) => d,
                _ => return Err(format!("`{date}` is not a day")),
            };
            let signatures = n
                .trim()
                .parse::<u64>()
                .map_err(|_| format!("`{}` is not a number of signatures", n.trim()))?;
            Ok(Tally { date, signatures })
        })
        .collect()
}
