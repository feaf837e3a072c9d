//! The records as data, for csv and json: every field of the format plus the
//! computed ones, dates as ISO 8601 strings (partial dates as written).
//!
//! The output structs live here rather than as `Serialize` on the model: the
//! model keeps its own types (partial dates, refs as ids) and knows nothing of
//! output, while these add what is computed (days held, release due and
//! whether it is an estimate, latest count, progress) and fix the field
//! names and order of the published formats in one place. csv and json are
//! built from the same structs, so they cannot disagree.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{Map, Value};

use super::View;
use crate::model::fields::{Kind, Target, Value as FieldValue};
use crate::model::{
    Campaign, Event, EventKind, Letter, Organisation, PartialDate, Petition, Prisoner, Record,
    Statement, Status,
};
use crate::query::TodaySource;
use crate::query::{Adjacency, Derived, PrisonerFacts};
use crate::sanitize::{is_contextual, is_unsafe, sanitize};

fn date(d: impl Into<PartialDate>) -> String {
    d.into().to_string()
}

/// The names of the records that references point to, for the columns
/// beside each reference ([`names_key`]).
#[derive(Clone, Copy)]
pub(super) struct Names<'a> {
    c: &'a Campaign,
    d: &'a Derived,
}

impl<'a> Names<'a> {
    pub(super) fn new(c: &'a Campaign, d: &'a Derived) -> Self {
        Names { c, d }
    }

    /// The name (an event's title) of the record of `target` with id `id`;
    /// `None` for an id of no record.
    fn of(&self, target: Target, id: &str) -> Option<&'a str> {
        let l = &self.d.links;
        match target {
            Target::Organisations => {
                let i = *l.organisation_by_id.get(id)?;
                Some(self.c.organisations.get(i)?.name.as_str())
            }
            Target::Prisoners => {
                let i = *l.prisoner_by_id.get(id)?;
                Some(self.c.prisoners.get(i)?.name())
            }
            Target::Events => {
                let i = *l.event_by_id.get(id)?;
                Some(self.c.events.get(i)?.title())
            }
        }
    }
}

/// The key of the column of names beside a reference field: one name for
/// a reference (`host` → `host_name`), names for a list of them
/// (`organisations` → `organisation_names`). `None` for other fields.
pub fn names_key(key: &str, kind: Kind) -> Option<String> {
    match kind {
        Kind::Ref(_) => Some(format!("{key}_name")),
        Kind::RefList(_) => Some(format!("{}_names", key.strip_suffix('s').unwrap_or(key))),
        _ => None,
    }
}

/// A record as json data: every declared field of its kind
/// ([`crate::model::fields`]) under its key, in the declaration's order,
/// `null` where it has no value; beside each reference, the names of the
/// records it points to ([`names_key`]; `null` for an id of no record).
fn row<R: Record>(
    r: &R,
    names: Names<'_>,
    mut after: impl FnMut(&'static str, &mut Map<String, Value>),
) -> Value {
    let mut map = Map::new();
    for f in R::FIELDS {
        let value = (f.get)(r);
        if let Some(key) = names_key(f.key, f.kind) {
            let name = |id: &str| opt(names.of(target_of(f.kind), id));
            let shown = match &value {
                FieldValue::List(ids) => ids.iter().map(name).collect(),
                FieldValue::Text(id) => id.map_or(Value::Null, name),
                _ => Value::Null,
            };
            map.insert(f.key.to_owned(), json_of(value));
            map.insert(key, shown);
        } else {
            map.insert(f.key.to_owned(), json_of(value));
        }
        after(f.key, &mut map);
    }
    Value::Object(map)
}

/// The section a reference field points into.
fn target_of(kind: Kind) -> Target {
    match kind {
        Kind::Ref(t) | Kind::RefList(t) => t,
        _ => Target::Organisations,
    }
}

/// A field's value as json.
fn json_of(v: FieldValue<'_>) -> Value {
    match v {
        FieldValue::Text(t) => t.map_or(Value::Null, Value::from),
        FieldValue::List(l) => l.iter().map(Value::from).collect(),
        FieldValue::Strings(l) => l.iter().map(|s| Value::from(s.as_str())).collect(),
        FieldValue::Date(d) => d.map_or(Value::Null, |d| Value::from(date(d))),
        FieldValue::PartialDate(d) => d.map_or(Value::Null, |d| Value::from(date(d))),
        FieldValue::Int(n) => n.map_or(Value::Null, Value::from),
        FieldValue::Choice(c) => c.map_or(Value::Null, Value::from),
        FieldValue::Choices(bits, of) => FieldValue::names(bits, of).map(Value::from).collect(),
        FieldValue::Other => Value::Null,
    }
}

fn opt<T: Into<Value>>(v: Option<T>) -> Value {
    v.map_or(Value::Null, Into::into)
}

/// A `[[prisoners]]` record with what is computed about it: `release_due`
/// is the file's or else detained + `sentence_months`, followed by
/// `release_due_estimate` (true when computed); `days_held` as of today and
/// `days_held_upper_bound` (true when the arrest date is known only to the
/// month or year: the count starts at its first day) come last.
///
/// `custody` and `earlier` are lists of objects of their keys (in csv,
/// each entry's values joined with ": ", the entries with "; "). Then come
/// what the story and the letters give: `current_facility` and
/// `current_address` (from the last place of custody, else the prisoner's
/// own), `days_held_combined` (every arrest, with earlier ones; `null`
/// without any), and `letters_sent`, `letters_received`, `letters_returned`
/// (pieces), `last_letter_sent`, `last_letter_received`,
/// `last_letter_returned` and `days_without_news` (days since a letter was
/// received, or since the arrest without one; only for those in custody),
/// `letters_sent_90_days` (pieces) and `days_since_letter_sent` (as
/// `days_without_news`, for letters sent).
fn prisoner_row(
    p: &Prisoner,
    names: Names<'_>,
    facts: Option<&PrisonerFacts>,
    letters: Option<&crate::query::LetterFacts>,
) -> Value {
    let due = facts.and_then(|f| f.release_due);
    let days_held = facts.and_then(|f| f.days_held);
    let mut v = row(p, names, |key, map| {
        if key == "custody" {
            let places = p.custody.iter().map(|c| row(c, names, |_, _| {})).collect();
            map.insert(key.to_owned(), Value::Array(places));
        }
        if key == "earlier" {
            let arrests = p.earlier.iter().map(|e| row(e, names, |_, _| {})).collect();
            map.insert(key.to_owned(), Value::Array(arrests));
        }
        if key == "release_due" {
            map.insert(key.to_owned(), opt(due.map(|r| date(r.date))));
            map.insert(
                "release_due_estimate".to_owned(),
                opt(due.map(|r| r.estimate)),
            );
        }
    });
    if let Value::Object(map) = &mut v {
        map.insert("days_held".to_owned(), opt(days_held));
        map.insert(
            "days_held_upper_bound".to_owned(),
            opt(days_held.map(|_| p.detained.is_some_and(|x| !x.is_full()))),
        );
        map.insert("current_facility".to_owned(), opt(p.current_facility()));
        map.insert("current_address".to_owned(), opt(p.current_address()));
        map.insert(
            "days_held_combined".to_owned(),
            opt(facts.and_then(|f| f.days_combined)),
        );
        let l = letters.copied().unwrap_or_default();
        map.insert("letters_sent".to_owned(), l.sent.into());
        map.insert("letters_received".to_owned(), l.received.into());
        map.insert("letters_returned".to_owned(), l.returned.into());
        map.insert("last_letter_sent".to_owned(), opt(l.last_sent.map(date)));
        map.insert(
            "last_letter_received".to_owned(),
            opt(l.last_received.map(date)),
        );
        map.insert(
            "last_letter_returned".to_owned(),
            opt(l.last_returned.map(date)),
        );
        map.insert("days_without_news".to_owned(), opt(l.no_news_days));
        map.insert("letters_sent_90_days".to_owned(), l.sent_recent.into());
        map.insert("days_since_letter_sent".to_owned(), opt(l.since_sent_days));
    }
    v
}

/// An `[[events]]` record, and `when`: "past", "now" (running today) or
/// "upcoming", as of `today`.
fn event_row(e: &Event, names: Names<'_>, today: NaiveDate) -> Value {
    let mut v = row(e, names, |_, _| {});
    if let Value::Object(map) = &mut v {
        let when = if e.is_past(today) {
            "past"
        } else if e.date <= today {
            "now"
        } else {
            "upcoming"
        };
        map.insert("when".to_owned(), when.into());
    }
    v
}

/// An `[[organisations]]` record, and how often it is referred to:
/// `events_count` (events it organised or took part in), `statements_count`
/// (statements made in its name), `members_count` (prisoners who belong to
/// it).
fn organisation_row(o: &Organisation, names: Names<'_>, counts: [usize; 3]) -> Value {
    let mut v = row(o, names, |_, _| {});
    if let Value::Object(map) = &mut v {
        for (key, n) in ["events_count", "statements_count", "members_count"]
            .into_iter()
            .zip(counts)
        {
            map.insert(key.to_owned(), n.into());
        }
    }
    v
}

/// A `[[petitions]]` record: `counts` in date order (in csv, `date:
/// signatures` items joined with "; "), then `latest_date`,
/// `latest_signatures` and `progress` (latest signatures / goal: 1.0 is the
/// goal reached; it may exceed it).
fn petition_row(p: &Petition, names: Names<'_>, progress: Option<f64>) -> Value {
    let mut v = row(p, names, |key, map| {
        if key == "counts" {
            let mut counts = p.counts.clone();
            counts.sort_by_key(|t| t.date);
            let tallies = counts
                .iter()
                .map(|t| serde_json::json!({ "date": date(t.date), "signatures": t.signatures }))
                .collect();
            map.insert(key.to_owned(), Value::Array(tallies));
        }
    });
    if let Value::Object(map) = &mut v {
        let latest = p.latest();
        map.insert("latest_date".to_owned(), opt(latest.map(|t| date(t.date))));
        map.insert(
            "latest_signatures".to_owned(),
            opt(latest.map(|t| t.signatures)),
        );
        map.insert("progress".to_owned(), opt(progress));
    }
    v
}

/// The json row of record `i` of a list view's kind (`None` for the
/// overview and the agenda, and past the end): the one definition the
/// json, csv and xlsx of every list view are written from.
pub fn record_row(c: &Campaign, d: &Derived, view: View, i: usize) -> Option<Value> {
    let names = Names::new(c, d);
    Some(match view {
        View::Prisoners => prisoner_row(
            c.prisoners.get(i)?,
            names,
            d.prisoner_facts.get(i),
            d.letters.facts.get(i),
        ),
        View::Events => event_row(c.events.get(i)?, names, d.today),
        View::Statements => row(c.statements.get(i)?, names, |_, _| {}),
        View::Organisations => {
            let count = |v: &Adjacency| v.get(i).map_or(0, <[usize]>::len);
            let l = &d.links;
            let counts = [
                count(&l.organisation_events),
                count(&l.organisation_statements),
                count(&l.organisation_members),
            ];
            organisation_row(c.organisations.get(i)?, names, counts)
        }
        View::Petitions => {
            let progress = d.stats.petitions.get(i).and_then(|g| g.ratio);
            petition_row(c.petitions.get(i)?, names, progress)
        }
        View::Letters => row(c.letters.get(i)?, names, |_, _| {}),
        View::Overview | View::Agenda => return None,
    })
}

/// The rows of `records` of `view` ([`record_row`]).
fn rows_of(c: &Campaign, d: &Derived, view: View, records: &[usize]) -> Vec<Value> {
    records
        .iter()
        .filter_map(|&i| record_row(c, d, view, i))
        .collect()
}

/// The prisoners `records` as json rows ([`prisoner_row`]).
pub fn prisoners(c: &Campaign, d: &Derived, records: &[usize]) -> Vec<Value> {
    rows_of(c, d, View::Prisoners, records)
}

/// The events `records` as json rows ([`event_row`]).
pub fn events(c: &Campaign, d: &Derived, records: &[usize]) -> Vec<Value> {
    rows_of(c, d, View::Events, records)
}

/// The statements `records` as json rows: their declared fields.
pub fn statements(c: &Campaign, d: &Derived, records: &[usize]) -> Vec<Value> {
    rows_of(c, d, View::Statements, records)
}

/// The organisations `records` as json rows ([`organisation_row`]).
pub fn organisations(c: &Campaign, d: &Derived, records: &[usize]) -> Vec<Value> {
    rows_of(c, d, View::Organisations, records)
}

/// The petitions `records` as json rows ([`petition_row`]).
pub fn petitions(c: &Campaign, d: &Derived, records: &[usize]) -> Vec<Value> {
    rows_of(c, d, View::Petitions, records)
}

/// The letters `records` as json rows: their fields, the prisoner's name
/// and the event's title beside their ids.
pub fn letters(c: &Campaign, d: &Derived, records: &[usize]) -> Vec<Value> {
    rows_of(c, d, View::Letters, records)
}

/// The overview's figures as one object.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct OverviewRecord {
    pub name: String,
    pub summary: Option<String>,
    pub started: Option<String>,
    pub as_of: Option<String>,
    pub hashtags: Vec<String>,
    pub links: Vec<String>,
    /// The day every figure is counted to.
    pub today: String,
    /// "flag" (--today), "as_of" or "system".
    pub today_source: String,
    pub prisoners: usize,
    /// Every status, zero counts included.
    pub by_status: ByStatus,
    pub in_custody: usize,
    pub combined_days_in_custody: i64,
    /// Prisoners in custody whose arrest date is known only to the month or
    /// year: the combined days are then an upper bound.
    pub partial_arrest_dates_in_custody: usize,
    pub events_past: usize,
    pub events_upcoming: usize,
    pub countries_reached: usize,
    pub countries: Vec<String>,
    pub statements: usize,
    /// Upcoming events, soonest first (a running one first of all).
    pub next_events: Vec<NextEvent>,
    pub releases_due_90_days: Vec<ReleaseSoon>,
    pub birthdays_30_days: Vec<Birthday>,
    pub petitions: Vec<PetitionFigure>,
    /// "YYYY-MM" to the number of events starting that month, for the 12
    /// months ending with today's.
    pub events_per_month: BTreeMap<String, usize>,
    /// Prisoners at special risk (written, or aged 60 or more): a count,
    /// which presentation mode keeps.
    pub at_risk: usize,
    /// Letters and cards (pieces) of the 30 days up to today.
    pub letters_sent_30_days: u64,
    pub letters_received_30_days: u64,
    /// Prisoners in custody with no letter recorded; `null` where the file
    /// records no letters at all.
    pub in_custody_without_letters: Option<usize>,
}

/// How many prisoners have each status.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ByStatus {
    pub detained: usize,
    pub imprisoned: usize,
    pub restricted: usize,
    pub released: usize,
    pub deceased: usize,
}

impl ByStatus {
    fn new(counts: &[(Status, usize)]) -> Self {
        let mut b = ByStatus::default();
        for &(status, n) in counts {
            let slot = match status {
                Status::Detained => &mut b.detained,
                Status::Imprisoned => &mut b.imprisoned,
                Status::Restricted => &mut b.restricted,
                Status::Released => &mut b.released,
                Status::Deceased => &mut b.deceased,
            };
            *slot += n;
        }
        b
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NextEvent {
    pub id: String,
    pub title: String,
    pub date: String,
    pub end: Option<String>,
    pub kind: String,
    pub city: Option<String>,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ReleaseSoon {
    pub prisoner: String,
    pub name: String,
    pub date: String,
    pub estimate: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Birthday {
    pub prisoner: String,
    pub name: String,
    pub date: String,
    pub turns: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PetitionFigure {
    pub id: Option<String>,
    pub title: String,
    pub latest_date: Option<String>,
    pub latest_signatures: Option<u64>,
    pub goal: Option<u64>,
    pub progress: Option<f64>,
}

/// The overview's figures.
pub fn overview(c: &Campaign, d: &Derived, source: TodaySource) -> OverviewRecord {
    let s = &d.stats;
    let prisoner = |i: usize| c.prisoners.get(i);
    OverviewRecord {
        name: c.info.name.clone(),
        summary: c.info.summary.clone(),
        started: c.info.started.map(date),
        as_of: c.info.as_of.map(date),
        hashtags: c.info.hashtags.clone(),
        links: c.info.links.clone(),
        today: date(d.today),
        today_source: match source {
            TodaySource::Flag => "flag",
            TodaySource::AsOf => "as_of",
            TodaySource::System => "system",
        }
        .to_owned(),
        prisoners: s.prisoners_total,
        by_status: ByStatus::new(&s.by_status),
        in_custody: s.in_custody,
        combined_days_in_custody: s.combined_days_in_custody,
        partial_arrest_dates_in_custody: c
            .prisoners
            .iter()
            .filter(|p| p.status.in_custody() && p.detained.is_some_and(|d| !d.is_full()))
            .count(),
        events_past: s.events_past,
        events_upcoming: s.events_upcoming,
        countries_reached: s.countries.len(),
        countries: s.countries.clone(),
        statements: s.statements_total,
        next_events: s
            .next_events
            .iter()
            .filter_map(|&i| c.events.get(i))
            .map(|e| NextEvent {
                id: e.id().to_owned(),
                title: e.title().to_owned(),
                date: date(e.date),
                end: e.end.map(date),
                kind: e.kind.to_string(),
                city: e.city().map(str::to_owned),
                country: e.country().map(str::to_owned),
            })
            .collect(),
        releases_due_90_days: s
            .releases_due_90
            .iter()
            .filter_map(|&(i, due)| {
                let p = prisoner(i)?;
                Some(ReleaseSoon {
                    prisoner: p.id().to_owned(),
                    name: p.name().to_owned(),
                    date: date(due.date),
                    estimate: due.estimate,
                })
            })
            .collect(),
        birthdays_30_days: s
            .birthdays_30
            .iter()
            .filter_map(|&(i, day, age)| {
                let p = prisoner(i)?;
                Some(Birthday {
                    prisoner: p.id().to_owned(),
                    name: p.name().to_owned(),
                    date: date(day),
                    turns: age,
                })
            })
            .collect(),
        petitions: s
            .petitions
            .iter()
            .filter_map(|g| {
                let p = c.petitions.get(g.petition)?;
                Some(PetitionFigure {
                    id: p.id.clone(),
                    title: p.title.clone(),
                    latest_date: g.latest.map(|t| date(t.date)),
                    latest_signatures: g.latest.map(|t| t.signatures),
                    goal: g.goal,
                    progress: g.ratio,
                })
            })
            .collect(),
        events_per_month: s
            .events_per_month
            .iter()
            .map(|&(y, m, n)| (format!("{y:04}-{m:02}"), n))
            .collect(),
        at_risk: d.at_risk,
        letters_sent_30_days: d.letters.sent_30,
        letters_received_30_days: d.letters.received_30,
        in_custody_without_letters: (!c.letters.is_empty()).then_some(d.letters.in_custody_without),
    }
}

/// The keys presentation mode leaves out of json and csv: the sensitive
/// fields ([`crate::present::hidden_fields`]) and the overview's birthdays,
/// which tell the day of birth.
pub fn present_omits() -> Vec<&'static str> {
    let mut keys = crate::present::hidden_fields();
    keys.push("birthdays_30_days");
    keys.push("current_address");
    keys
}

/// Removes the keys of `omit` from every object in `v`.
fn omit_hidden(v: &mut Value, omit: &[&str]) {
    match v {
        Value::Object(map) => {
            map.retain(|k, _| !omit.contains(&k.as_str()));
            map.values_mut().for_each(|v| omit_hidden(v, omit));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| omit_hidden(v, omit)),
        _ => {}
    }
}

/// `value` as json data, without the keys presentation mode hides when
/// `present` is set.
fn to_value<T: Serialize>(value: &T, present: bool) -> Value {
    let mut v = serde_json::to_value(value).unwrap_or(Value::Null);
    if present {
        omit_hidden(&mut v, &present_omits());
    }
    v
}

/// Pretty json of `value`, with every character that could drive a terminal
/// written as a `\uXXXX` escape: the same data, safe to show.
pub fn json_value<T: Serialize>(value: &T) -> String {
    let raw = serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".to_owned());
    let mut out = String::with_capacity(raw.len() + 1);
    for c in raw.chars() {
        // serde_json escapes the C0 controls in strings itself; the only raw
        // newlines left are the layout's.
        // The joiners and tags too: data is shown whole, never in context.
        if (is_unsafe(c) || is_contextual(c)) && c != '\n' {
            // Beyond U+FFFF (the tags, the musical format characters) json
            // spells a character as its UTF-16 surrogate pair.
            for unit in c.encode_utf16(&mut [0; 2]) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out.push('\n');
    out
}

/// serde_json's pretty layout, with every character of a string that
/// could drive a terminal written as a `\uXXXX` escape, as [`json_value`]
/// writes it: the formatter of the streamed json.
struct SafeFormatter(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for SafeFormatter {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if is_unsafe(c) || is_contextual(c) {
                w.write_all(&fragment.as_bytes()[start..at])?;
                for unit in c.encode_utf16(&mut [0; 2]) {
                    write!(w, "\\u{unit:04x}")?;
                }
                start = at + c.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[start..])
    }
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// The records `records` of a list view as [`json_value`] writes their
/// array, one record at a time into `out`: never the whole document in
/// memory.
pub fn write_json_rows(
    c: &Campaign,
    d: &Derived,
    view: View,
    records: &[usize],
    present: bool,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let omit = present_omits();
    let mut first = true;
    // serde_json's pretty layout of the array, each record laid out on its
    // own (where the rows are made) one level in: a string holds no line
    // break (it is escaped), so every line break of a record is followed by
    // the array's indent.
    out.write_all(b"[")?;
    in_order(
        records,
        |i| {
            let mut v = record_row(c, d, view, i)?;
            if present {
                omit_hidden(&mut v, &omit);
            }
            let mut bytes = Vec::new();
            let formatter = SafeFormatter(serde_json::ser::PrettyFormatter::new());
            let mut ser = serde_json::Serializer::with_formatter(&mut bytes, formatter);
            // Serializing a json value into memory does not fail.
            serde::Serialize::serialize(&v, &mut ser).ok()?;
            let mut indented = Vec::with_capacity(bytes.len() + bytes.len() / 16);
            for &b in &bytes {
                indented.push(b);
                if b == b'\n' {
                    indented.extend_from_slice(b"  ");
                }
            }
            Some(indented)
        },
        |record| {
            out.write_all(if first { b"\n  " } else { b",\n  " })?;
            first = false;
            out.write_all(&record)
        },
    )?;
    out.write_all(if first { b"]\n" } else { b"\n]\n" })
}

/// The header of a list view's csv and xlsx: the keys of its json rows, of
/// an empty record (so that an empty list has one too).
pub fn list_header(c: &Campaign, d: &Derived, view: View, present: bool) -> Vec<String> {
    let names = Names::new(c, d);
    let template = match view {
        View::Prisoners => {
            prisoner_row(&Prisoner::new("", "", Status::Detained), names, None, None)
        }
        View::Events => event_row(
            &Event::new("", "", d.today, EventKind::Other),
            names,
            d.today,
        ),
        View::Statements => row(&Statement::new(d.today, "", ""), names, |_, _| {}),
        View::Organisations => organisation_row(&Organisation::default(), names, [0; 3]),
        View::Petitions => petition_row(&Petition::default(), names, None),
        View::Letters => row(&Letter::default(), names, |_, _| {}),
        View::Overview | View::Agenda => return Vec::new(),
    };
    match to_value(&template, present) {
        Value::Object(map) => map.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// Record `i` of a list view as a row of `header`'s columns (its json row's
/// values; without the keys of `omit`, when presenting): a row of csv and
/// xlsx.
pub fn table_row(
    c: &Campaign,
    d: &Derived,
    view: View,
    i: usize,
    header: &[String],
    omit: Option<&[&str]>,
) -> Option<Vec<Value>> {
    let mut v = record_row(c, d, view, i)?;
    if let Some(omit) = omit {
        omit_hidden(&mut v, omit);
    }
    let Value::Object(mut map) = v else {
        return None;
    };
    Some(
        header
            .iter()
            .map(|k| map.swap_remove(k).unwrap_or(Value::Null))
            .collect(),
    )
}

/// The records `records` of a list view as [`write_csv`] writes its table,
/// one record at a time into `out`.
pub fn write_csv_rows(
    c: &Campaign,
    d: &Derived,
    view: View,
    records: &[usize],
    present: bool,
    style: CsvStyle,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    if style.bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let header = list_header(c, d, view, present);
    let omit = present_omits();
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(header.iter().map(|h| csv_cell(h.clone(), style)))?;
    let omit = present.then_some(&omit[..]);
    in_order(
        records,
        |i| {
            let row = table_row(c, d, view, i, &header, omit)?;
            Some(
                row.iter()
                    .map(|v| csv_cell(field(v), style))
                    .collect::<Vec<String>>(),
            )
        },
        |row| w.write_record(&row).map_err(std::io::Error::from),
    )?;
    w.flush()
}

/// How many records a thread makes the rows of at a time.
const CHUNK: usize = 2048;

/// `make` of each of `records`, in order, handed to `take` one at a time.
/// Where there are two cores the rows are made two chunks at a time side by
/// side (the row of a record is most of what writing it costs), and never
/// more than two chunks are in memory.
fn in_order<T: Send>(
    records: &[usize],
    make: impl Fn(usize) -> Option<T> + Sync,
    mut take: impl FnMut(T) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let make_all = |chunk: &[usize]| chunk.iter().filter_map(|&i| make(i)).collect::<Vec<T>>();
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if cores < 2 || records.len() <= CHUNK {
        return make_all(records).into_iter().try_for_each(take);
    }
    for pair in records.chunks(CHUNK * 2) {
        let (first, second) = pair.split_at(pair.len().min(CHUNK));
        let (first, second) = std::thread::scope(|scope| {
            let other = scope.spawn(|| make_all(second));
            let first = make_all(first);
            // A row that could not be made is a bug: its panic goes on.
            let second = other
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (first, second)
        });
        first.into_iter().chain(second).try_for_each(&mut take)?;
    }
    Ok(())
}

/// The json data of a view: the records of a list view as an array, the
/// overview as an object. With `present`, the keys of [`present_omits`] are
/// left out. [`json_value`] writes it.
pub fn view_value(
    c: &Campaign,
    d: &Derived,
    view: View,
    records: &[usize],
    source: TodaySource,
    present: bool,
) -> Value {
    match view {
        View::Overview => to_value(&overview(c, d, source), present),
        View::Prisoners => to_value(&prisoners(c, d, records), present),
        View::Events => to_value(&events(c, d, records), present),
        View::Statements => to_value(&statements(c, d, records), present),
        View::Organisations => to_value(&organisations(c, d, records), present),
        View::Petitions => to_value(&petitions(c, d, records), present),
        View::Letters => to_value(&letters(c, d, records), present),
        // Written by `print::agenda`, which has the agenda's options.
        View::Agenda => Value::Array(Vec::new()),
    }
}

/// A view as a table, for csv and xlsx: a header row of keys, then one row
/// a record, the values as in json (lists and entries still whole). A list
/// view's columns are the keys of its json records, in their order (those
/// of an empty record, so that an empty list still has its header); the
/// overview is `key, value` rows ([`flatten`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// The table of a view ([`Table`]). With `present`, the columns (and
/// overview keys) of [`present_omits`] are left out.
pub fn table(
    c: &Campaign,
    d: &Derived,
    view: View,
    records: &[usize],
    source: TodaySource,
    present: bool,
) -> Table {
    match view {
        View::Overview => {
            let mut rows = Vec::new();
            flatten(
                "",
                &view_value(c, d, view, records, source, present),
                &mut rows,
            );
            return Table {
                header: vec!["key".to_owned(), "value".to_owned()],
                rows,
            };
        }
        // Made by `print::agenda`, which has the agenda's options.
        View::Agenda => {
            return Table {
                header: Vec::new(),
                rows: Vec::new(),
            };
        }
        _ => (),
    }
    let header = list_header(c, d, view, present);
    let omit = present_omits();
    let rows = records
        .iter()
        .filter_map(|&i| table_row(c, d, view, i, &header, present.then_some(&omit[..])))
        .collect();
    Table { header, rows }
}

/// How csv is written (`print --format csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CsvStyle {
    /// Control characters written raw (`--raw`, and stdout is not a
    /// terminal); else made visible as in text output.
    pub exact: bool,
    /// Text a spreadsheet would run as a formula kept as it is (`--raw`);
    /// else made inert ([`inert`]).
    pub formulas: bool,
    /// The UTF-8 byte-order mark first (`--bom`).
    pub bom: bool,
}

/// A scalar or list value as one cell: nothing for null, lists joined with
/// "; ", an entry (a place of custody, a tally) as its values joined with
/// ": ", every key in its place (an empty one for a value not given, the
/// empty ones at the end left out), so that the cell reads back.
pub fn field(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(field).collect::<Vec<_>>().join("; "),
        Value::Object(map) => {
            let mut parts: Vec<String> = map.values().map(field).collect();
            while parts.last().is_some_and(String::is_empty) {
                parts.pop();
            }
            parts.join(": ")
        }
    }
}

/// The first characters that make a spreadsheet read a cell as a formula
/// (OWASP, "CSV Injection").
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `text` made inert for a spreadsheet: with a `'` before it where it
/// begins as a formula would ([`FORMULA_STARTS`]), as OWASP advises; the
/// spreadsheet then shows it as text, and `import` takes the `'` off again.
pub fn inert(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// A table as csv: the header row, then one row a record, with CRLF
/// line ends (RFC 4180); the overview as `key,value` rows.
/// A cell's text as csv writes it: a formula made inert unless `--raw`,
/// control characters made visible unless exact.
fn csv_cell(text: String, style: CsvStyle) -> String {
    let text = if style.formulas {
        text
    } else {
        inert(&text).into_owned()
    };
    if style.exact {
        text
    } else {
        sanitize(&text).into_owned()
    }
}

pub fn write_csv(table: &Table, style: CsvStyle) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let cell = |text: String| csv_cell(text, style);
    // Writing to memory does not fail.
    let _ = w.write_record(table.header.iter().cloned().map(cell));
    for row in &table.rows {
        let _ = w.write_record(row.iter().map(field).map(cell));
    }
    let bytes = w.into_inner().unwrap_or_default();
    let text = String::from_utf8(bytes).unwrap_or_default();
    if style.bom {
        format!("\u{feff}{text}")
    } else {
        text
    }
}

/// The overview as `key, value` rows: nested names joined with dots
/// (`by_status.imprisoned`), lists of values kept whole (a cell joins them
/// with "; "), lists of records numbered from 1 (`next_events.1.title`).
fn flatten(prefix: &str, v: &Value, rows: &mut Vec<Vec<Value>>) {
    let key = |k: &str| {
        if prefix.is_empty() {
            k.to_owned()
        } else {
            format!("{prefix}.{k}")
        }
    };
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&key(k), v, rows);
            }
        }
        Value::Array(items) if items.iter().any(|i| i.is_object() || i.is_array()) => {
            for (n, item) in items.iter().enumerate() {
                flatten(&key(&(n + 1).to_string()), item, rows);
            }
        }
        v => rows.push(vec![Value::String(prefix.to_owned()), v.clone()]),
    }
}
