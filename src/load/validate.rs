//! The hand-written validation of a parsed campaign file against format 1.
//!
//! Every getter records its own problems and returns `None` (or an empty
//! list) for a value it could not take, so that one pass finds everything.
//! Records are built only from values that passed; the caller drops the
//! campaign when any error was found.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::render::LineIndex;
use super::split::{self, Header, Section};
use super::suggest::did_you_mean;
use super::{LoadOptions, MAX_PROBLEMS, MAX_STRUCTURE, Omitted, Problem, Severity};
use crate::model::fields::{Choice, Kind, Owned, Target};
use crate::model::{
    Campaign, CampaignInfo, Event, EventDraft, EventKind, FORMAT_VERSION, Organisation,
    PartialDate, Petition, Prisoner, PrisonerDraft, Record, Statement, StatementDraft, Status,
    Tally,
};
use crate::sanitize::sanitize_line;

type Value<'i> = Spanned<DeValue<'i>>;

const TOP_KEYS: &[&str] = &[
    "format",
    "campaign",
    "organisations",
    "prisoners",
    "events",
    "statements",
    "petitions",
];
const TALLY_KEYS: &[&str] = &["date", "signatures"];

/// How deep the TOML parser (`toml`) lets lists, inline tables and dotted
/// keys nest before it stops with an error rather than recurse further;
/// stated in the help for that error.
pub(super) const MAX_NESTING: usize = 80;

/// The longest id allowed.
const MAX_ID: usize = 64;
/// How many characters of a title or author name a label shows.
const LABEL_CHARS: usize = 32;

/// The problems found so far: at most `2 * MAX_PROBLEMS` are held at a
/// time; beyond that only the first `MAX_PROBLEMS` in file order are kept
/// and the others counted, so a file of a million broken records costs
/// bounded memory.
struct Ctx<'t> {
    text: &'t str,
    problems: Vec<Problem>,
    omitted: Omitted,
    /// Built on first use (a duplicate id names the line of the first).
    lines: Option<LineIndex<'t>>,
    /// Where the text the spans count from starts in the file: the start
    /// of the record's chunk when records are parsed one by one, else 0.
    base: usize,
}

impl<'t> Ctx<'t> {
    fn new(text: &'t str) -> Self {
        Ctx {
            text,
            problems: Vec::new(),
            omitted: Omitted::default(),
            lines: None,
            base: 0,
        }
    }

    fn push(
        &mut self,
        severity: Severity,
        span: Range<usize>,
        message: String,
        help: Option<String>,
    ) {
        let span = self.shift(span);
        self.problems.push(Problem {
            severity,
            message,
            span,
            help,
        });
        if self.problems.len() >= 2 * MAX_PROBLEMS {
            self.keep_first(MAX_PROBLEMS);
        }
    }

    /// Sorts the problems in file order (stably: those at one place keep
    /// the order they were found in) and keeps the first `n`, counting the
    /// others.
    fn keep_first(&mut self, n: usize) {
        self.problems.sort_by_key(|p| p.span.start);
        for p in self.problems.drain(n.min(self.problems.len())..) {
            match p.severity {
                Severity::Error => self.omitted.errors += 1,
                Severity::Warning => self.omitted.warnings += 1,
            }
        }
    }

    /// A span of the parsed chunk as a span of the file.
    fn shift(&self, span: Range<usize>) -> Range<usize> {
        span.start + self.base..span.end + self.base
    }

    /// Takes over the problems another context found.
    fn absorb(&mut self, problems: Vec<Problem>, omitted: Omitted) {
        self.omitted.errors += omitted.errors;
        self.omitted.warnings += omitted.warnings;
        for p in problems {
            self.problems.push(p);
            if self.problems.len() >= 2 * MAX_PROBLEMS {
                self.keep_first(MAX_PROBLEMS);
            }
        }
    }

    fn error(&mut self, span: Range<usize>, message: String, help: Option<String>) {
        self.push(Severity::Error, span, message, help);
    }

    fn warn(&mut self, span: Range<usize>, message: String, help: Option<String>) {
        self.push(Severity::Warning, span, message, help);
    }

    fn line_of(&mut self, offset: usize) -> usize {
        let text = self.text;
        self.lines
            .get_or_insert_with(|| LineIndex::new(text))
            .line(offset)
    }

    /// The source text of a span, if it is short and on one line.
    fn source(&self, span: &Range<usize>) -> Option<&str> {
        let s = self.text.get(self.shift(span.clone()))?;
        (s.len() <= 60 && !s.contains('\n')).then_some(s)
    }
}

/// One record (or the `[campaign]` table) being read.
struct Rec<'a, 'i> {
    table: &'a DeTable<'i>,
    /// The header, or the inline table, or the dotted key.
    header: Range<usize>,
    /// How messages name it: `prisoners[3] "yarashuk"`.
    label: String,
    /// 1-based place in its section (0 for tables that are not records).
    number: usize,
    /// Where its label goes in [`Found::labels`].
    slot: usize,
}

impl<'a, 'i> Rec<'a, 'i> {
    fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        self.table.get(key)
    }
}

/// File text shown inside a message: one line, made safe, shortened.
fn shown(s: &str, max: usize) -> String {
    shown_cow(s, max).into_owned()
}

/// [`shown`], borrowing `s` where it needs no change.
fn shown_cow(s: &str, max: usize) -> Cow<'_, str> {
    let clean = sanitize_line(s);
    if clean.len() <= max || clean.chars().count() <= max {
        clean
    } else {
        let mut out: String = clean.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        Cow::Owned(out)
    }
}

/// "a string", "an integer", … for messages about wrong types.
fn describe(v: &DeValue<'_>) -> String {
    match v {
        DeValue::String(s) => format!("the text \"{}\"", shown(s, 40)),
        DeValue::Integer(i) => format!("the integer {}", shown(&i.to_string(), 24)),
        DeValue::Float(f) => format!("the number {}", shown(f.as_str(), 24)),
        DeValue::Boolean(b) => format!("the boolean {b}"),
        DeValue::Datetime(dt) => match (dt.date.is_some(), dt.time.is_some()) {
            (true, true) => format!("the date-time {dt}"),
            (true, false) => format!("the date {dt}"),
            _ => format!("the time of day {dt}"),
        },
        DeValue::Array(_) => "a list".to_string(),
        DeValue::Table(_) => "a table".to_string(),
    }
}

/// The label of a record: its id if it has one as text, else the value of
/// `fallback` (author, title), shortened; else only the section and number.
fn label(section: &str, number: usize, table: &DeTable<'_>, fallback: &str) -> String {
    let name = ["id", fallback]
        .into_iter()
        .find_map(|key| match table.get(key)?.get_ref() {
            DeValue::String(s) if !s.trim().is_empty() => Some(&**s),
            _ => None,
        });
    label_named(section, number, name)
}

/// [`label`] from the text that names the record, if any.
fn label_named(section: &str, number: usize, name: Option<&str>) -> String {
    match name {
        Some(s) => format!(
            "{section}[{number}] \"{}\"",
            shown_cow(s.trim(), LABEL_CHARS)
        ),
        None => format!("{section}[{number}]"),
    }
}

fn missing(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>, key: &str, example: &str) {
    cx.error(
        rec.header.clone(),
        format!("{}: missing required key `{key}`", rec.label),
        Some(format!("add `{key} = {example}` to this record")),
    );
}

/// The keys of `R`, as its declaration lists them.
fn keys<R: Record>() -> &'static [&'static str] {
    // One slice per kind, built on first use.
    struct Keys<R>(std::marker::PhantomData<R>);
    impl<R: Record> Keys<R> {
        const LIST: &'static [&'static str] = &{
            let mut out = [""; 32];
            let mut i = 0;
            while i < R::FIELDS.len() {
                out[i] = R::FIELDS[i].key;
                i += 1;
            }
            out
        };
    }
    let all = Keys::<R>::LIST;
    &all[..R::FIELDS.len().min(all.len())]
}

fn check_keys(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>, allowed: &[&str], what: &str) {
    for (key, _) in rec.table.iter() {
        let name: &str = key.get_ref();
        if allowed.contains(&name) {
            continue;
        }
        let misplaced = rec.number == 0 && rec.label != "top level" && TOP_KEYS.contains(&name);
        let help = if misplaced {
            Some(format!(
                "`{name}` belongs at the top level, but here it is read as part of {}; write its records as `[[{name}]]` blocks, or move it above the first header",
                rec.label
            ))
        } else {
            did_you_mean(name, allowed.iter().copied())
        }
        .or_else(|| {
            Some(format!(
                "the keys of {what} are: {}",
                allowed
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        });
        cx.error(
            key.span(),
            format!("{}: unknown key `{}`", rec.label, shown(name, 40)),
            help,
        );
    }
}

fn wrong_type(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>, key: &str, v: &Value<'_>, expected: &str) {
    let help = match v.get_ref() {
        DeValue::Integer(_) | DeValue::Float(_) | DeValue::Boolean(_) | DeValue::Datetime(_)
            if expected.starts_with("text") =>
        {
            cx.source(&v.span())
                .map(|s| format!("put it in quotes: `{key} = \"{}\"`", shown(s, 40)))
        }
        _ => None,
    };
    cx.error(
        v.span(),
        format!(
            "{}: `{key}` must be {expected}, found {}",
            rec.label,
            describe(v.get_ref())
        ),
        help,
    );
}

fn text(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>, key: &str, required: bool) -> Option<String> {
    let Some(v) = rec.get(key) else {
        if required {
            missing(cx, rec, key, "\"…\"");
        }
        return None;
    };
    match v.get_ref() {
        DeValue::String(s) => {
            if required && s.trim().is_empty() {
                cx.warn(
                    v.span(),
                    format!("{}: `{key}` is empty", rec.label),
                    Some(format!("write the {key} between the quotes")),
                );
            }
            Some(s.to_string())
        }
        _ => {
            wrong_type(cx, rec, key, v, "text in quotes");
            None
        }
    }
}

/// The items of a list of text.
fn text_list(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>, key: &str, what: &str) -> Vec<String> {
    let n = match rec.get(key).map(Spanned::get_ref) {
        Some(DeValue::Array(items)) => items.len(),
        _ => 0,
    };
    let mut out = Vec::with_capacity(n);
    text_items(cx, rec, key, what, |s, _| out.push(s.to_string()));
    out
}

/// Gives each item of a list of text (or of ids) to `each`, with its span.
fn text_items<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    key: &str,
    what: &str,
    mut each: impl FnMut(&Cow<'i, str>, Range<usize>),
) {
    let Some(v) = rec.get(key) else {
        return;
    };
    match v.get_ref() {
        DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                match item.get_ref() {
                    DeValue::String(s) => each(s, item.span()),
                    other => cx.error(
                        item.span(),
                        format!(
                            "{}: item {} of `{key}` must be {what} in quotes, found {}",
                            rec.label,
                            i + 1,
                            describe(other)
                        ),
                        None,
                    ),
                }
            }
        }
        DeValue::String(s) => {
            cx.error(
                v.span(),
                format!(
                    "{}: `{key}` must be a list of {what}s, found a single text",
                    rec.label
                ),
                Some(format!(
                    "put it in square brackets: `{key} = [\"{}\"]`",
                    shown(s, 40)
                )),
            );
        }
        _ => {
            wrong_type(
                cx,
                rec,
                key,
                v,
                &format!("a list of {what}s such as [\"…\", \"…\"]"),
            );
        }
    }
}

/// Why `s` is not an id, if it is not.
fn id_problem(s: &str) -> Option<String> {
    let n = s.chars().count();
    if s.is_empty() {
        return Some("is empty".to_string());
    }
    if n > MAX_ID {
        return Some(format!(
            "is {n} characters long; an id has at most {MAX_ID}"
        ));
    }
    let mut chars = s.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    let rest_ok =
        chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if first_ok && rest_ok {
        None
    } else {
        Some(
            "may use only lowercase letters a-z, digits, `-` and `_`, and starts with a letter or digit"
                .to_string(),
        )
    }
}

/// An id made from any text: lowercase ASCII letters and digits, other
/// runs of characters become one `-`.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c == '_' && !out.is_empty() {
            out.push('_');
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches(['-', '_']);
    out.chars().take(MAX_ID).collect::<String>()
}

/// An id as written in a record (valid or not), for duplicates and refs.
struct IdUse<'t> {
    /// Borrowed from the file's text unless written with escapes.
    id: Cow<'t, str>,
    /// Its span in the file.
    span: Range<usize>,
    /// The record's place in its section.
    number: usize,
    /// The record's label, in [`Found::labels`].
    slot: usize,
}

/// The ids of one section in file order, for refs.
#[derive(Default)]
struct Ids<'f> {
    order: Vec<&'f str>,
    first: HashMap<&'f str, (usize, usize), foldhash::fast::RandomState>,
}

impl Ids<'_> {
    fn contains(&self, id: &str) -> bool {
        self.first.contains_key(id)
    }
}

/// Reads and checks the `id` of a record; records it in `found`, where
/// duplicates are looked for once all records are read.
fn id<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    section: Section,
    required: bool,
    found: &mut Found<'i>,
) -> Option<String> {
    let Some(v) = rec.get("id") else {
        if required {
            missing(cx, rec, "id", "\"short-name\"");
        }
        return None;
    };
    let DeValue::String(s) = v.get_ref() else {
        wrong_type(cx, rec, "id", v, "text in quotes");
        return None;
    };
    let span = v.span();
    let mut ok = true;
    if let Some(why) = id_problem(s) {
        let fix = slug(s);
        let help = if fix.is_empty() || fix == **s {
            "for example `yarashuk` or `bkdp-2022`".to_string()
        } else {
            format!("write it as `{fix}`")
        };
        cx.error(
            span.clone(),
            format!("{}: the id \"{}\" {why}", rec.label, shown(s, 40)),
            Some(help),
        );
        ok = false;
    }
    found.ids[section.index()].push(IdUse {
        id: s.clone(),
        span: cx.shift(span),
        number: rec.number,
        slot: rec.slot,
    });
    ok.then(|| s.to_string())
}

/// Reports every id used twice in a section, at the second use; returns
/// the ids of each section (first uses) for the refs.
fn check_ids<'f>(cx: &mut Ctx<'_>, founds: &'f [Found<'_>]) -> [Ids<'f>; 5] {
    let mut sections: [Ids<'f>; 5] = Default::default();
    for section in Section::RECORDS {
        let ids = &mut sections[section.index()];
        let uses = founds.iter().map(|f| f.ids[section.index()].len()).sum();
        ids.order.reserve(uses);
        ids.first.reserve(uses);
        for f in founds {
            for u in &f.ids[section.index()] {
                if let Some(&(first_start, first_number)) = ids.first.get(&*u.id) {
                    let line = cx.line_of(first_start);
                    let name = section.name();
                    cx.error(
                        u.span.clone(),
                        format!(
                            "{}: duplicate id `{}`, already used by {name}[{first_number}] on line {line}",
                            f.labels[u.slot],
                            shown(&u.id, 40)
                        ),
                        Some(format!(
                            "ids must be unique within [[{name}]]; rename one of them"
                        )),
                    );
                } else {
                    ids.first.insert(&*u.id, (u.span.start, u.number));
                    ids.order.push(&*u.id);
                }
            }
        }
    }
    sections
}

/// A date value: a TOML local date or a string, partial where allowed.
fn date(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    key: &str,
    partial_ok: bool,
    required: bool,
) -> Option<(PartialDate, Range<usize>)> {
    let Some(v) = rec.get(key) else {
        if required {
            missing(cx, rec, key, "2023-04-19");
        }
        return None;
    };
    let span = v.span();
    let label = &rec.label;
    let date = match v.get_ref() {
        DeValue::Datetime(dt) => match (dt.date, dt.time) {
            (Some(d), None) => match NaiveDate::from_ymd_opt(
                i32::from(d.year),
                u32::from(d.month),
                u32::from(d.day),
            ) {
                Some(day) => PartialDate::full(day),
                None => {
                    cx.error(
                        span,
                        format!("{label}: `{key}`: there is no such day as {d}"),
                        None,
                    );
                    return None;
                }
            },
            (Some(d), Some(_)) => {
                cx.error(
                    span,
                    format!("{label}: `{key}` is a date, not a date-time"),
                    Some(format!("write `{d}`")),
                );
                return None;
            }
            _ => {
                cx.error(
                    span,
                    format!("{label}: `{key}` is a date, found the time of day {dt}"),
                    Some("write a date such as `2023-04-19`".to_string()),
                );
                return None;
            }
        },
        DeValue::String(s) => match PartialDate::parse(s) {
            Ok(d) => d,
            Err(crate::model::DateError::Shape) => {
                cx.error(
                    span,
                    format!("{label}: `{key}`: \"{}\" is not a date", shown(s, 40)),
                    Some(date_shape_help(s, partial_ok)),
                );
                return None;
            }
            Err(crate::model::DateError::NoSuchDay) => {
                cx.error(
                    span,
                    format!(
                        "{label}: `{key}`: there is no such day as {} in the calendar",
                        shown(s, 40)
                    ),
                    no_such_day_help(s),
                );
                return None;
            }
        },
        DeValue::Integer(i) if partial_ok && i.as_str().len() == 4 && i.radix() == 10 => {
            cx.error(
                span,
                format!("{label}: `{key}` must be a date, found the integer {i}"),
                Some(format!(
                    "a year alone is written in quotes: `{key} = \"{i}\"`"
                )),
            );
            return None;
        }
        other => {
            let example = if partial_ok {
                "a date such as 2023-04-19 (or \"2023-04\", \"2023\")"
            } else {
                "a date such as 2023-04-19"
            };
            cx.error(
                span,
                format!(
                    "{label}: `{key}` must be {example}, found {}",
                    describe(other)
                ),
                None,
            );
            return None;
        }
    };
    if !partial_ok && !date.is_full() {
        let known = if date.month_part().is_some() {
            "the month"
        } else {
            "the year"
        };
        cx.error(
            span,
            format!(
                "{label}: `{key}` needs a full date (YYYY-MM-DD); \"{date}\" gives only {known}"
            ),
            Some(format!(
                "write the day too; if it is not known, leave `{key}` out"
            )),
        );
        return None;
    }
    Some((date, span))
}

fn date_shape_help(s: &str, partial_ok: bool) -> String {
    let trimmed = s.trim();
    if trimmed != s && PartialDate::parse(trimmed).is_ok() {
        return format!("remove the spaces: \"{}\"", shown(trimmed, 40));
    }
    // 19.04.2022 or 19/04/2022: day first, as much of Europe writes it.
    let parts: Vec<&str> = trimmed.split(['.', '/', '-']).collect();
    if let [d, m, y] = parts.as_slice() {
        let num = |p: &str, max: usize| {
            (1..=max).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
        };
        if num(d, 2) && num(m, 2) && y.len() == 4 && num(y, 4) {
            let (dd, mm, yy) = (d.parse(), m.parse(), y.parse());
            if let (Ok(dd), Ok(mm), Ok(yy)) = (dd, mm, yy)
                && let Some(day) = NaiveDate::from_ymd_opt(yy, mm, dd)
            {
                return format!(
                    "dates are written year first: `{}` if you meant day {dd} of month {mm}",
                    day.format("%Y-%m-%d")
                );
            }
        }
    }
    if partial_ok {
        "write it as YYYY-MM-DD (e.g. `2022-04-19`), or \"YYYY-MM\" or \"YYYY\" when only the month or year is known".to_string()
    } else {
        "write it as YYYY-MM-DD, e.g. `2022-04-19`".to_string()
    }
}

fn no_such_day_help(s: &str) -> Option<String> {
    let d = PartialDate::parse(&s[..s.len().min(7)]).ok()?;
    let month = d.month_part()?;
    let first = NaiveDate::from_ymd_opt(d.year_part(), month, 1)?;
    let next = first.checked_add_months(chrono::Months::new(1))?;
    let days = (next - first).num_days();
    Some(format!(
        "{} {} has {days} days",
        first.format("%B"),
        first.year()
    ))
}

/// The rule "`later` does not come before `earlier`" (dates compare by their
/// first day): an error at the later date when it does.
fn not_before(
    cx: &mut Ctx<'_>,
    label: &str,
    (earlier_key, earlier): (&str, PartialDate),
    (later_key, later, span): (&str, PartialDate, &Range<usize>),
    help: &str,
) {
    if later.first_day() < earlier.first_day() {
        cx.error(
            span.clone(),
            format!("{label}: `{later_key}` ({later}) is before `{earlier_key}` ({earlier})"),
            Some(help.to_string()),
        );
    }
}

fn full(d: Option<(PartialDate, Range<usize>)>) -> Option<(NaiveDate, Range<usize>)> {
    d.and_then(|(d, s)| d.as_full().map(|f| (f, s)))
}

/// An integer in `min..=max`.
fn int(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    key: &str,
    min: i128,
    max: i128,
) -> Option<(i128, Range<usize>)> {
    let v = rec.get(key)?;
    let span = v.span();
    let DeValue::Integer(i) = v.get_ref() else {
        let expected = if min > 0 {
            "a whole number above 0"
        } else {
            "a whole number (0 or more)"
        };
        let help = match v.get_ref() {
            DeValue::String(s) => {
                let digits: String = s
                    .chars()
                    .filter(|c| !matches!(c, ',' | ' ' | '_' | '\''))
                    .collect();
                digits
                    .parse::<i128>()
                    .ok()
                    .map(|n| format!("write the number without quotes: `{key} = {n}`"))
            }
            _ => None,
        };
        cx.error(
            span,
            format!(
                "{}: `{key}` must be {expected}, found {}",
                rec.label,
                describe(v.get_ref())
            ),
            help,
        );
        return None;
    };
    let n = match i128::from_str_radix(i.as_str(), i.radix()) {
        Ok(n) => n,
        Err(e) if *e.kind() == std::num::IntErrorKind::PosOverflow => {
            cx.error(
                span,
                format!("{}: `{key}` is too large", rec.label),
                Some(format!("the largest value is {max}")),
            );
            return None;
        }
        // The parser takes `0x` with no digits, or a sign alone, for an
        // integer; it is none.
        Err(_) => {
            let written = cx.source(&span).map_or_else(String::new, |s| shown(s, 24));
            let example = if min > 0 { 120 } else { 48 };
            cx.error(
                span,
                format!("{}: `{key}`: `{written}` is not a number", rec.label),
                Some(format!(
                    "write a whole number, e.g. `{key} = {example}` (after 0x, 0o or 0b come its digits)"
                )),
            );
            return None;
        }
    };
    if n < min {
        let what = if min == 0 {
            "cannot be negative"
        } else {
            "must be at least 1"
        };
        cx.error(
            span,
            format!("{}: `{key}` {what}, found {n}", rec.label),
            None,
        );
        return None;
    }
    if n > max {
        cx.error(
            span,
            format!("{}: `{key}` is too large ({n})", rec.label),
            Some(format!("the largest value is {max}")),
        );
        return None;
    }
    Some((n, span))
}

/// One of the names of a choice; its index among them.
fn choice(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    key: &str,
    choices: &[Choice],
    required: bool,
) -> Option<usize> {
    let names = || choices.iter().map(|c| c.name);
    // The names are only spelt out for a message.
    let list = || names().collect::<Vec<_>>().join(", ");
    let Some(v) = rec.get(key) else {
        if required {
            let list = list();
            cx.error(
                rec.header.clone(),
                format!("{}: missing required key `{key}`", rec.label),
                Some(format!("add a line `{key} = \"…\"` with one of: {list}")),
            );
        }
        return None;
    };
    let DeValue::String(s) = v.get_ref() else {
        wrong_type(cx, rec, key, v, &format!("one of {} in quotes", list()));
        return None;
    };
    match names().position(|n| n == &**s) {
        Some(i) => Some(i),
        None => {
            cx.error(
                v.span(),
                format!(
                    "{}: `{key}` must be one of {}; found \"{}\"",
                    rec.label,
                    list(),
                    shown(s, 40)
                ),
                did_you_mean(s, names()),
            );
            None
        }
    }
}

/// A place where a record names another by id; checked once all ids are known.
struct RefUse<'t> {
    target: Section,
    /// Borrowed from the file's text unless written with escapes.
    id: Cow<'t, str>,
    /// Its span in the file.
    span: Range<usize>,
    /// The record's label, in [`Found::labels`].
    slot: usize,
    key: &'static str,
}

fn ref_one<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    key: &'static str,
    target: Section,
    refs: &mut Vec<RefUse<'i>>,
) -> Option<String> {
    let v = rec.get(key)?;
    let name = target.name();
    match v.get_ref() {
        DeValue::String(s) => {
            refs.push(RefUse {
                target,
                id: s.clone(),
                span: cx.shift(v.span()),
                slot: rec.slot,
                key,
            });
            Some(s.to_string())
        }
        DeValue::Array(_) => {
            cx.error(
                v.span(),
                format!(
                    "{}: `{key}` names one record of [[{name}]] by its id, found a list",
                    rec.label
                ),
                Some(format!("write one id: `{key} = \"…\"`")),
            );
            None
        }
        _ => {
            wrong_type(
                cx,
                rec,
                key,
                v,
                &format!("the id of a [[{name}]] record in quotes"),
            );
            None
        }
    }
}

fn ref_list<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    key: &'static str,
    target: Section,
    refs: &mut Vec<RefUse<'i>>,
) -> Vec<String> {
    let mut out = Vec::new();
    let base = cx.base;
    text_items(cx, rec, key, target.id_what(), |id, span| {
        refs.push(RefUse {
            target,
            id: id.clone(),
            span: span.start + base..span.end + base,
            slot: rec.slot,
            key,
        });
        out.push(id.to_string());
    });
    out
}

fn check_refs(cx: &mut Ctx<'_>, founds: &[Found<'_>], sections: &[Ids<'_>; 5]) {
    for f in founds {
        for r in &f.refs {
            let ids = &sections[r.target.index()];
            if ids.contains(&r.id) {
                continue;
            }
            let target = r.target.name();
            let help = did_you_mean(&r.id, ids.order.iter().copied()).or_else(|| {
                if ids.order.is_empty() {
                    Some(format!(
                        "no [[{target}]] record has an id yet; give one `id = \"{}\"`",
                        shown(&r.id, 40)
                    ))
                } else {
                    let mut known: Vec<String> = ids
                        .order
                        .iter()
                        .take(8)
                        .map(|i| format!("`{}`", shown(i, 40)))
                        .collect();
                    if ids.order.len() > 8 {
                        known.push("…".to_string());
                    }
                    Some(format!("the ids of [[{target}]] are: {}", known.join(", ")))
                }
            });
            cx.error(
                r.span.clone(),
                format!(
                    "{}: `{}` refers to \"{}\", which is not the id of any [[{target}]] record",
                    f.labels[r.slot],
                    r.key,
                    shown(&r.id, 40),
                ),
                help,
            );
        }
    }
}

/// The records of a section: `[[name]]` tables (or an inline array of tables).
fn records<'a, 'i>(
    cx: &mut Ctx<'_>,
    root: &'a DeTable<'i>,
    name: &str,
    fallback: &str,
) -> Vec<Rec<'a, 'i>> {
    let Some(v) = root.get(name) else {
        return Vec::new();
    };
    match v.get_ref() {
        DeValue::Array(items) => {
            let mut out = Vec::new();
            for (i, item) in items.iter().enumerate() {
                match item.get_ref() {
                    DeValue::Table(t) => out.push(Rec {
                        table: t,
                        header: item.span(),
                        label: label(name, i + 1, t, fallback),
                        number: i + 1,
                        slot: 0,
                    }),
                    other => cx.error(
                        item.span(),
                        format!(
                            "{name}[{}] must be a record (a table of keys), found {}",
                            i + 1,
                            describe(other)
                        ),
                        Some(format!(
                            "write each record under its own `[[{name}]]` header"
                        )),
                    ),
                }
            }
            out
        }
        DeValue::Table(_) => {
            cx.error(
                v.span(),
                format!(
                    "`{name}` must be a list of records, each under its own `[[{name}]]` header; found a single table `[{name}]`"
                ),
                Some(format!("write the header with double brackets: `[[{name}]]`")),
            );
            Vec::new()
        }
        other => {
            cx.error(
                v.span(),
                format!(
                    "`{name}` must be a list of records written as `[[{name}]]` blocks, found {}",
                    describe(other)
                ),
                Some(format!("start each record with a `[[{name}]]` header line")),
            );
            Vec::new()
        }
    }
}

/// Checks the file and builds the campaign from what passed. The caller
/// drops the campaign if any error was recorded.
/// Validates `text`; returns the campaign built from the values that
/// passed, the first `MAX_PROBLEMS` problems in file order, and how many
/// more there were.
pub(super) fn validate(
    text: &str,
    opts: &LoadOptions,
) -> (Option<Campaign>, Vec<Problem>, Omitted) {
    validate_as(text, opts, Mode::Split)
}

/// How a file is parsed: record by record where its headers allow it, or
/// all at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Split,
    /// Only the tests ask for this, to compare both readings.
    #[cfg_attr(not(test), allow(dead_code))]
    Whole,
}

pub(super) fn validate_as(
    text: &str,
    opts: &LoadOptions,
    mode: Mode,
) -> (Option<Campaign>, Vec<Problem>, Omitted) {
    let mut cx = Ctx::new(text);
    let campaign = validate_doc(&mut cx, opts, mode);
    cx.keep_first(MAX_PROBLEMS);
    (campaign, cx.problems, cx.omitted)
}

/// Reports a TOML syntax error of `parsed` (the file, or the chunk that
/// starts at `cx.base`), naming the record `label` when it is known.
fn syntax_error(cx: &mut Ctx<'_>, parsed: &str, e: &toml::de::Error, label: Option<&str>) {
    let message = e.message().trim();
    let recurs = message.contains("recurs");
    // A dotted key or header too deep comes without a place.
    let span = e
        .span()
        .or_else(|| recurs.then(|| deepest_key(parsed)).flatten())
        .unwrap_or(0..0);
    let prefix = label.map(|l| format!("{l}: ")).unwrap_or_default();
    if message.contains("invalid date")
        && let Some((key, day)) = bad_day(parsed, &span)
    {
        cx.error(
            span,
            format!("{prefix}`{key}`: there is no such day as {day} in the calendar"),
            no_such_day_help(day),
        );
        return;
    }
    let said = if recurs {
        format!("invalid TOML: values are nested more than {MAX_NESTING} levels deep")
    } else {
        format!("invalid TOML: {}", shown(message, 200))
    };
    cx.error(span, format!("{prefix}{said}"), syntax_help(message));
}

/// The key and the day of a TOML date that names no day (`2023-02-30`),
/// written at `span` as the value of `key = `.
fn bad_day<'p>(parsed: &'p str, span: &Range<usize>) -> Option<(&'p str, &'p str)> {
    let day = parsed.get(span.start..)?.get(..10)?;
    let shape = day.bytes().enumerate().all(|(i, b)| match i {
        4 | 7 => b == b'-',
        _ => b.is_ascii_digit(),
    });
    let month: u32 = day[5..7].parse().ok()?;
    if !shape || !(1..=12).contains(&month) {
        return None;
    }
    let before = parsed[..span.start].trim_end_matches([' ', '\t']);
    let before = before.strip_suffix('=')?.trim_end_matches([' ', '\t']);
    let key_len = before
        .bytes()
        .rev()
        .take_while(|&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
        .count();
    let key = &before[before.len() - key_len..];
    (!key.is_empty()).then_some((key, day))
}

/// The key or table header of `parsed` with the most dots, outside quotes:
/// where a key nested too deep is.
fn deepest_key(parsed: &str) -> Option<Range<usize>> {
    let mut best: Option<(usize, Range<usize>)> = None;
    let mut at = 0;
    for line in parsed.split_inclusive('\n') {
        let start = at + (line.len() - line.trim_start_matches([' ', '\t']).len());
        at += line.len();
        let mut quote = None;
        let mut dots = 0;
        let mut end = start;
        for (i, b) in parsed.as_bytes()[start..at].iter().enumerate() {
            match (quote, b) {
                (Some(q), _) if *b == q => quote = None,
                (Some(_), _) => {}
                (None, b'"' | b'\'') => quote = Some(*b),
                (None, b'.') => dots += 1,
                (None, b'=' | b']' | b'\n' | b'#') => break,
                _ => {}
            }
            end = start + i + 1;
        }
        if dots > best.as_ref().map_or(0, |b| b.0) {
            best = Some((dots, start..end));
        }
    }
    best.map(|(_, span)| span)
}

fn syntax_help(message: &str) -> Option<String> {
    if message.contains("duplicate key") {
        Some("a key may appear only once in a table; each record of a section starts with its own `[[section]]` header".to_string())
    } else if message.contains("string values must be quoted") {
        Some("put text in double quotes: `key = \"text\"`".to_string())
    } else if message.contains("recurs") {
        Some(format!(
            "lists, inline tables or dotted keys may nest at most {MAX_NESTING} levels deep; a campaign file needs three at most"
        ))
    } else if message.contains("invalid date") {
        Some("check the month and the day: dates are written YYYY-MM-DD".to_string())
    } else if message.contains("unclosed array table") || message.contains("unclosed table") {
        Some("a header is written on one line: `[[prisoners]]`, `[campaign]`".to_string())
    } else {
        None
    }
}

/// The records validated by one pass over some of the file, in file order,
/// with what the checks across records need.
#[derive(Default)]
struct Found<'t> {
    organisations: Vec<Organisation>,
    prisoners: Vec<Prisoner>,
    events: Vec<Event>,
    statements: Vec<Statement>,
    petitions: Vec<Petition>,
    /// By [`Section::index`].
    ids: [Vec<IdUse<'t>>; 5],
    refs: Vec<RefUse<'t>>,
    /// The label of every record read, by [`Rec::slot`].
    labels: Vec<String>,
}

/// Validates one record of `section` into `found`.
fn record<'i>(
    cx: &mut Ctx<'_>,
    section: Section,
    mut rec: Rec<'_, 'i>,
    found: &mut Found<'i>,
    today: (NaiveDate, &str),
) {
    rec.slot = found.labels.len();
    match section {
        Section::Campaign => {}
        Section::Organisations => {
            if let Some(r) = organisation(cx, &rec, found) {
                found.organisations.push(r);
            }
        }
        Section::Prisoners => {
            if let Some(r) = prisoner(cx, &rec, found, today) {
                found.prisoners.push(r);
            }
        }
        Section::Events => {
            if let Some(r) = event(cx, &rec, found) {
                found.events.push(r);
            }
        }
        Section::Statements => {
            if let Some(r) = statement(cx, &rec, found) {
                found.statements.push(r);
            }
        }
        Section::Petitions => {
            if let Some(r) = petition(cx, &rec, found) {
                found.petitions.push(r);
            }
        }
    }
    found.labels.push(rec.label);
}

/// Appends `more` to `all`, taking it whole (no copy) while `all` is
/// empty: a section read by one thread is not copied again.
fn append<T>(all: &mut Vec<T>, mut more: Vec<T>) {
    if all.is_empty() {
        std::mem::swap(all, &mut more);
    } else {
        all.append(&mut more);
    }
}

/// A piece of the file that starts with a header, and its record's place
/// in its section.
#[derive(Debug, Clone)]
struct Chunk {
    range: Range<usize>,
    /// `None` for a broken header that names no section.
    section: Option<Section>,
    number: usize,
}

/// The chunks of the file after the text before its first header.
fn chunks(text: &str, headers: &[Header]) -> Vec<Chunk> {
    let mut numbers = [0usize; 5];
    headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let end = headers.get(i + 1).map_or(text.len(), |n| n.start);
            let number = match h.section {
                None | Some(Section::Campaign) => 0,
                Some(s) => {
                    numbers[s.index()] += 1;
                    numbers[s.index()]
                }
            };
            Chunk {
                range: h.start..end,
                section: h.section,
                number,
            }
        })
        .collect()
}

/// The record a chunk's tree holds when it holds exactly one, as a
/// `[[section]]` header makes it.
fn sole_record<'a, 'i>(
    root: &'a DeTable<'i>,
    section: Section,
) -> Option<(&'a DeTable<'i>, Range<usize>)> {
    if root.len() != 1 {
        return None;
    }
    let DeValue::Array(items) = root.get(section.name())?.get_ref() else {
        return None;
    };
    match items.as_ref() {
        [item] => match item.get_ref() {
            DeValue::Table(t) => Some((t, item.span())),
            _ => None,
        },
        _ => None,
    }
}

/// Reports a record's chunk that does not parse, naming the record by the
/// id (or name, title, author) read from its lines; the id is kept for
/// the checks across records, so that a ref to it is not unknown.
fn broken_record<'t>(
    cx: &mut Ctx<'_>,
    chunk: &'t str,
    c: &Chunk,
    e: &toml::de::Error,
    found: &mut Found<'t>,
) {
    let Some(section) = c.section.filter(|s| *s != Section::Campaign) else {
        syntax_error(cx, chunk, e, None);
        return;
    };
    let id = line_value(chunk, "id", |v| match v {
        DeValue::String(s) => Some(s.to_string()),
        _ => None,
    });
    let name = match &id {
        Some((id, _)) => Some(id.clone()),
        None => line_value(chunk, section.fallback(), |v| match v {
            DeValue::String(s) if !s.trim().is_empty() => Some(s.to_string()),
            _ => None,
        })
        .map(|(s, _)| s),
    };
    let label = label_named(section.name(), c.number, name.as_deref());
    syntax_error(cx, chunk, e, Some(&label));
    if let Some((id, span)) = id {
        found.ids[section.index()].push(IdUse {
            id: Cow::Owned(id),
            span: cx.shift(span),
            number: c.number,
            slot: found.labels.len(),
        });
    }
    found.labels.push(label);
}

/// The value of `key` in a chunk that does not parse as a whole, read from
/// the first line `key = …` that parses alone and that `take` accepts,
/// with its span in the chunk.
fn line_value<T>(
    chunk: &str,
    key: &str,
    take: impl Fn(&DeValue<'_>) -> Option<T>,
) -> Option<(T, Range<usize>)> {
    let mut at = 0;
    for line in chunk.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let rest = line.trim_start_matches([' ', '\t']);
        let Some(after) = rest.strip_prefix(key) else {
            continue;
        };
        if !after.trim_start_matches([' ', '\t']).starts_with('=') {
            continue;
        }
        let Ok(tree) = DeTable::parse(line) else {
            continue;
        };
        if let Some(v) = tree.get_ref().get(key)
            && let Some(t) = take(v.get_ref())
        {
            let span = v.span();
            return Some((t, start + span.start..start + span.end));
        }
    }
    None
}

/// What one thread found: its problems, how many it did not keep, its records.
type Part<'t> = (Vec<Problem>, Omitted, Found<'t>);

/// Parses and validates `chunks` one at a time, each tree dropped before
/// the next is built; a chunk that does not parse is one problem, and its
/// id, when it can be read, still counts. `None` if a chunk holds anything
/// but its one record.
fn validate_chunks<'t>(
    text: &'t str,
    chunks: &[Chunk],
    today: (NaiveDate, &str),
) -> Option<Part<'t>> {
    let mut cx = Ctx::new(text);
    let mut found = Found::default();
    let mut counts = [0usize; 5];
    for c in chunks {
        counts[c.section.map_or(0, Section::index)] += 1;
    }
    found.organisations.reserve(counts[0]);
    found.prisoners.reserve(counts[1]);
    found.events.reserve(counts[2]);
    found.statements.reserve(counts[3]);
    found.petitions.reserve(counts[4]);
    found.labels.reserve(chunks.len());
    for c in chunks {
        let chunk = text.get(c.range.clone())?;
        cx.base = c.range.start;
        let root = match DeTable::parse(chunk) {
            Ok(root) => root,
            Err(e) => {
                broken_record(&mut cx, chunk, c, &e, &mut found);
                continue;
            }
        };
        let section = c.section?;
        let (table, header) = sole_record(root.get_ref(), section)?;
        let rec = Rec {
            table,
            header,
            label: label(section.name(), c.number, table, section.fallback()),
            number: c.number,
            slot: 0,
        };
        record(&mut cx, section, rec, &mut found, today);
    }
    Some((cx.problems, cx.omitted, found))
}

/// Below this many bytes of records a file is validated on one thread.
const PARALLEL_BYTES: usize = 256 * 1024;

/// Validates the chunks on as many threads as the machine has cores (at
/// most 4), each taking a run of consecutive chunks of about equal bytes;
/// the parts come back in file order.
fn validate_chunks_parallel<'t>(
    text: &'t str,
    chunks: &[Chunk],
    today: (NaiveDate, &str),
) -> Option<Vec<Part<'t>>> {
    let bytes: usize = chunks.iter().map(|c| c.range.len()).sum();
    let threads = if bytes < PARALLEL_BYTES {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 4))
    };
    if threads == 1 {
        return Some(vec![validate_chunks(text, chunks, today)?]);
    }
    // Cut where the bytes so far pass each share.
    let mut runs = Vec::with_capacity(threads);
    let mut from = 0;
    let mut so_far = 0;
    for (i, c) in chunks.iter().enumerate() {
        so_far += c.range.len();
        if so_far * threads >= bytes * (runs.len() + 1) && runs.len() + 1 < threads {
            runs.push(&chunks[from..=i]);
            from = i + 1;
        }
    }
    runs.push(&chunks[from..]);
    std::thread::scope(|s| {
        let handles: Vec<_> = runs[1..]
            .iter()
            .map(|run| s.spawn(move || validate_chunks(text, run, today)))
            .collect();
        let first = validate_chunks(text, runs[0], today);
        let mut parts = vec![first?];
        for h in handles {
            parts.push(h.join().ok()??);
        }
        Some(parts)
    })
}

fn validate_doc(cx: &mut Ctx<'_>, opts: &LoadOptions, mode: Mode) -> Option<Campaign> {
    // An empty file (or one of blank lines, or only a byte-order mark) is
    // said as such rather than as a missing `[campaign]`. Blank as TOML
    // means it: a form feed or another Unicode space is not, and is left
    // for the parser to report.
    if super::is_blank(cx.text) {
        let what = if cx.text.is_empty() {
            "the file is empty"
        } else {
            "the file is empty: it holds only blank space"
        };
        cx.error(
            0..0,
            what.to_string(),
            Some("a campaign file has at least:\n[campaign]\nname = \"…\"".to_string()),
        );
        return None;
    }
    // Blank to the eye but not to TOML: only such spaces (a form feed, a
    // no-break space) and nothing else; the parser would call the first a
    // key without a value.
    if cx.text.trim_start_matches('\u{feff}').trim().is_empty() {
        let toml_blank = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{feff}');
        if let Some((at, c)) = cx.text.char_indices().find(|&(_, c)| !toml_blank(c)) {
            cx.error(
                at..at + c.len_utf8(),
                format!(
                    "invalid TOML: the file holds only blank space, and U+{:04X}, which is not a space TOML allows (only spaces, tabs and line breaks are)",
                    u32::from(c)
                ),
                Some("delete it; a campaign file has at least:\n[campaign]\nname = \"…\"".to_string()),
            );
            return None;
        }
    }
    // The parsed tree costs some hundreds of bytes per key, value or table:
    // a file of nothing but `{},` would take gigabytes. Such a file is
    // refused before it is parsed.
    let scan = split::scan(cx.text);
    let marks = scan.marks;
    if marks > MAX_STRUCTURE {
        cx.error(
            0..0,
            format!(
                "the file has too many keys, values and tables to be read: about {marks}, where at most {MAX_STRUCTURE} are read"
            ),
            Some(
                "a campaign of 20,000 prisoners, 20,000 events and 40,000 statements has about 1,200,000; check that this is the campaign file and not something else".to_string(),
            ),
        );
        return None;
    }
    // Record by record when the headers allow it: the parse then holds one
    // record's tree at a time, and the cores share the work, and a record
    // that does not parse is one problem among those of the others.
    // Whatever that cannot read as the whole file would be read (a table
    // defined twice, a chunk holding more than its record, a multi-line
    // string or list left open, which swallows the headers after it) is
    // read again as a whole, which reports the first syntax error alone.
    if mode == Mode::Split
        && !scan.open
        && let Some(headers) = scan.headers.filter(|h| !h.is_empty())
    {
        let mut split = Ctx::new(cx.text);
        if let Some(campaign) = validate_split(&mut split, opts, &headers) {
            *cx = split;
            return campaign;
        }
    }
    let root = match DeTable::parse(cx.text) {
        Ok(root) => root,
        Err(e) => {
            syntax_error(cx, cx.text, &e, None);
            return None;
        }
    };
    let campaign = CampaignAt::Root;
    validate_root(
        cx,
        opts,
        root.get_ref(),
        campaign,
        &[],
        |_| Some(Vec::new()),
    )
    .flatten()
}

/// Where the `[campaign]` table is read from.
enum CampaignAt<'a, 't> {
    /// The tree of the text before the first split header, or of the file.
    Root,
    /// Its own chunk's tree, and where the chunk starts.
    Chunk(&'a DeTable<'t>, usize),
    /// Its chunk does not parse (already reported); its `as_of`, if read.
    Broken(Option<NaiveDate>),
}

/// Validates a file split at its headers; `None` when it must be read
/// whole instead (nothing of this attempt is kept then).
fn validate_split(
    cx: &mut Ctx<'_>,
    opts: &LoadOptions,
    headers: &[Header],
) -> Option<Option<Campaign>> {
    let text = cx.text;
    let mut chunks = chunks(text, headers);
    let preamble = text.get(..headers.first()?.start)?;
    let root = match DeTable::parse(preamble) {
        Ok(root) => root,
        Err(e) => {
            syntax_error(cx, preamble, &e, Some("top level"));
            DeTable::parse("").ok()?
        }
    };
    let root = root.get_ref();
    // A key of the text before the first header that a header opens
    // again, or `[campaign]` twice, is for the whole parse to report.
    let is_campaign = |c: &Chunk| c.section == Some(Section::Campaign);
    let campaigns = chunks.iter().filter(|c| is_campaign(c)).count();
    let reopened = |c: &Chunk| c.section.is_some_and(|s| root.get(s.name()).is_some());
    if campaigns > 1 || chunks.iter().any(reopened) {
        return None;
    }
    let campaign_tree;
    let campaign = match chunks.iter().position(is_campaign) {
        Some(i) => {
            let c = chunks.remove(i);
            let chunk = text.get(c.range.clone())?;
            match DeTable::parse(chunk) {
                Ok(tree) => {
                    campaign_tree = tree;
                    let tree = campaign_tree.get_ref();
                    let is_table = matches!(
                        tree.get("campaign").map(Spanned::get_ref),
                        Some(DeValue::Table(_))
                    );
                    if tree.len() != 1 || !is_table {
                        return None;
                    }
                    CampaignAt::Chunk(tree, c.range.start)
                }
                Err(e) => {
                    cx.base = c.range.start;
                    syntax_error(cx, chunk, &e, Some("[campaign]"));
                    cx.base = 0;
                    CampaignAt::Broken(broken_as_of(chunk))
                }
            }
        }
        None => CampaignAt::Root,
    };
    let mut split = [false; 5];
    for s in chunks.iter().filter_map(|c| c.section) {
        split[s.index()] = true;
    }
    validate_root(cx, opts, root, campaign, &split, |today| {
        validate_chunks_parallel(text, &chunks, today)
    })
}

/// The `as_of` of a `[campaign]` chunk that does not parse, if a line of
/// it gives one.
fn broken_as_of(chunk: &str) -> Option<NaiveDate> {
    let day = |v: &DeValue<'_>| match v {
        DeValue::Datetime(dt) if dt.time.is_none() => {
            let d = dt.date?;
            NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
        }
        DeValue::String(s) => PartialDate::parse(s).ok()?.as_full(),
        _ => None,
    };
    line_value(chunk, "as_of", day).map(|(d, _)| d)
}

/// Validates a file from the tree of its text before the first split
/// header (or of all of it), its `[campaign]` table, and the chunks of
/// the `split` sections, which `chunks` validates. `None` when a chunk
/// holds more than its record (the file is to be read whole);
/// `Some(None)` when the file cannot be read on.
fn validate_root<'t>(
    cx: &mut Ctx<'t>,
    opts: &LoadOptions,
    root: &DeTable<'t>,
    campaign: CampaignAt<'_, 't>,
    split: &[bool],
    chunks: impl FnOnce((NaiveDate, &'static str)) -> Option<Vec<Part<'t>>>,
) -> Option<Option<Campaign>> {
    // The format version first: a newer file is refused alone, since its
    // other keys (and its syntax) may well be unknown to this build.
    let mut format = 1;
    if let Some(v) = root.get("format") {
        match v.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) if n > FORMAT_VERSION => {
                    cx.error(
                        v.span(),
                        format!(
                            "this file needs a newer campaign-dash: it is format {n}, this campaign-dash reads format {FORMAT_VERSION}"
                        ),
                        Some("install a newer campaign-dash".to_string()),
                    );
                    return Some(None);
                }
                Ok(n) if n >= 1 => format = n,
                Ok(n) => cx.error(
                    v.span(),
                    format!("`format` must be 1 or more, found {n}"),
                    Some(format!(
                        "write `format = {FORMAT_VERSION}`, or leave it out"
                    )),
                ),
                Err(e) if *e.kind() != std::num::IntErrorKind::PosOverflow => cx.error(
                    v.span(),
                    format!(
                        "`format` must be a whole number, found `{}`",
                        cx.source(&v.span())
                            .map_or_else(String::new, |s| shown(s, 24))
                    ),
                    Some(format!(
                        "write `format = {FORMAT_VERSION}`, or leave it out"
                    )),
                ),
                Err(_) => {
                    cx.error(
                        v.span(),
                        "this file needs a newer campaign-dash: its `format` is a very large number"
                            .to_string(),
                        None,
                    );
                    return Some(None);
                }
            },
            other => cx.error(
                v.span(),
                format!("`format` must be a whole number, found {}", describe(other)),
                Some(format!("write `format = {FORMAT_VERSION}`, without quotes")),
            ),
        }
    }

    let top = Rec {
        table: root,
        header: 0..0,
        label: "top level".to_string(),
        number: 0,
        slot: 0,
    };
    check_keys(cx, &top, TOP_KEYS, "the top level of a campaign file");

    let mut as_of = None;
    let info = match campaign {
        CampaignAt::Chunk(tree, base) => {
            cx.base = base;
            let info = campaign_info(cx, tree);
            cx.base = 0;
            info
        }
        CampaignAt::Root => campaign_info(cx, root),
        CampaignAt::Broken(day) => {
            as_of = day;
            None
        }
    };
    let as_of = as_of.or(info.as_ref().and_then(|i| i.as_of));
    let today = opts.today.or(as_of).unwrap_or(opts.system_today);
    let today_is = if opts.today.is_some() {
        "the --today flag"
    } else if as_of.is_some() {
        "`as_of` in [campaign]"
    } else {
        "the system date"
    };

    // The sections written in the text before the first header (or in
    // the whole file), then those split into chunks, which come after it.
    let mut found = Found::default();
    for section in Section::RECORDS {
        if split.get(section.index()).copied().unwrap_or(false) {
            continue;
        }
        for rec in records(cx, root, section.name(), section.fallback()) {
            record(cx, section, rec, &mut found, (today, today_is));
        }
    }
    let mut founds = vec![found];
    for (problems, omitted, found) in chunks((today, today_is))? {
        cx.absorb(problems, omitted);
        founds.push(found);
    }

    let sections = check_ids(cx, &founds);
    check_refs(cx, &founds, &sections);
    drop(sections);

    let Some(info) = info else {
        return Some(None);
    };
    let mut organisations = Vec::new();
    let mut prisoners = Vec::new();
    let mut events = Vec::new();
    let mut statements = Vec::new();
    let mut petitions = Vec::new();
    for f in founds {
        append(&mut organisations, f.organisations);
        append(&mut prisoners, f.prisoners);
        append(&mut events, f.events);
        append(&mut statements, f.statements);
        append(&mut petitions, f.petitions);
    }
    Some(Some(Campaign {
        format,
        info,
        organisations,
        prisoners,
        events,
        statements,
        petitions,
    }))
}

fn campaign_info(cx: &mut Ctx<'_>, root: &DeTable<'_>) -> Option<CampaignInfo> {
    let Some(v) = root.get("campaign") else {
        cx.error(
            0..0,
            "missing the `[campaign]` table".to_string(),
            Some("every campaign file has one, at least:\n[campaign]\nname = \"…\"".to_string()),
        );
        return None;
    };
    let table = match v.get_ref() {
        DeValue::Table(t) => t,
        DeValue::Array(_) => {
            cx.error(
                v.span(),
                "`campaign` must be a single table written `[campaign]`, found a list of tables `[[campaign]]`".to_string(),
                Some("write the header with single brackets, once: `[campaign]`".to_string()),
            );
            return None;
        }
        other => {
            cx.error(
                v.span(),
                format!(
                    "`campaign` must be a table written `[campaign]`, found {}",
                    describe(other)
                ),
                Some("write a `[campaign]` header line, then `name = \"…\"` under it".to_string()),
            );
            return None;
        }
    };
    let rec = Rec {
        table,
        header: v.span(),
        label: "[campaign]".to_string(),
        number: 0,
        slot: 0,
    };
    check_keys(cx, &rec, keys::<CampaignInfo>(), "[campaign]");
    let mut info = CampaignInfo::default();
    let read = fields::<CampaignInfo>(cx, &rec, None, &mut info);
    read.complete.then_some(info)
}

/// Which fields of a record [`fields`] read, and whether every required
/// one was among them.
struct Read {
    /// Bit `i` for field `i` of the declaration.
    set: u64,
    complete: bool,
}

impl Read {
    /// True when the field `key` of `R` was read.
    fn has<R: Record>(&self, key: &str) -> bool {
        R::FIELDS
            .iter()
            .position(|f| f.key == key)
            .is_some_and(|i| self.set & (1 << i) != 0)
    }
}

/// The span of the value of `key`, or of the record where it has none.
fn span_of(rec: &Rec<'_, '_>, key: &str) -> Range<usize> {
    rec.get(key)
        .map_or_else(|| rec.header.clone(), Spanned::span)
}

fn target(t: Target) -> Section {
    match t {
        Target::Organisations => Section::Organisations,
        Target::Prisoners => Section::Prisoners,
        Target::Events => Section::Events,
    }
}

/// Reads and checks every field of `R` that its declaration describes into
/// `draft`, in the declaration's order; ids and refs are recorded in
/// `found` (a table that has neither passes `None`). Tallies are read by
/// their own code.
fn fields<'i, R: Record>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    mut found: Option<(Section, &mut Found<'i>)>,
    draft: &mut R::Draft,
) -> Read {
    const { assert!(R::FIELDS.len() <= 64) };
    let mut read = Read {
        set: 0,
        complete: true,
    };
    for (i, f) in R::FIELDS.iter().enumerate() {
        let key = f.key;
        let value = match f.kind {
            Kind::Id => match found.as_mut() {
                Some((section, found)) => id(cx, rec, *section, f.required, found).map(Owned::Text),
                None => text(cx, rec, key, f.required).map(Owned::Text),
            },
            Kind::Text => text(cx, rec, key, f.required).map(Owned::Text),
            Kind::List { item } => {
                let items = text_list(cx, rec, key, item);
                Some(Owned::List(items))
            }
            Kind::Date => full(date(cx, rec, key, false, f.required)).map(|d| Owned::Date(d.0)),
            Kind::PartialDate => {
                date(cx, rec, key, true, f.required).map(|d| Owned::PartialDate(d.0))
            }
            Kind::Int { min, max } => int(cx, rec, key, i128::from(min), i128::from(max))
                .and_then(|(n, _)| u64::try_from(n).ok())
                .map(Owned::Int),
            Kind::Choice(choices) => choice(cx, rec, key, choices, f.required).map(Owned::Choice),
            Kind::Ref(t) => match found.as_mut() {
                Some((_, found)) => {
                    ref_one(cx, rec, key, target(t), &mut found.refs).map(Owned::Text)
                }
                None => None,
            },
            Kind::RefList(t) => match found.as_mut() {
                Some((_, found)) => Some(Owned::List(ref_list(
                    cx,
                    rec,
                    key,
                    target(t),
                    &mut found.refs,
                ))),
                None => None,
            },
            Kind::Tallies => continue,
        };
        match value {
            Some(v) => {
                (f.set)(draft, v);
                read.set |= 1 << i;
            }
            None if f.required => read.complete = false,
            None => {}
        }
    }
    read
}

fn organisation<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    found: &mut Found<'i>,
) -> Option<Organisation> {
    check_keys(
        cx,
        rec,
        keys::<Organisation>(),
        "an [[organisations]] record",
    );
    let mut o = Organisation::default();
    let read = fields::<Organisation>(cx, rec, Some((Section::Organisations, found)), &mut o);
    read.complete.then_some(o)
}

fn prisoner<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    found: &mut Found<'i>,
    (today, today_is): (NaiveDate, &str),
) -> Option<Prisoner> {
    check_keys(cx, rec, keys::<Prisoner>(), "a [[prisoners]] record");
    let mut d = PrisonerDraft::new("", "", Status::Detained);
    let read = fields::<Prisoner>(cx, rec, Some((Section::Prisoners, found)), &mut d);
    let has = |key| read.has::<Prisoner>(key);
    let label = &rec.label;

    if let Some(released_on) = d.released
        && has("status")
        && !matches!(d.status, Status::Released | Status::Deceased)
    {
        cx.error(
            span_of(rec, "released"),
            format!(
                "{label}: `released` is given ({released_on}) but `status` is \"{}\"",
                d.status
            ),
            Some("set `status = \"released\"` (or \"deceased\"), or remove `released`".to_string()),
        );
    }
    if let Some(arrest) = d.detained {
        if let Some(verdict) = d.sentenced {
            not_before(
                cx,
                label,
                ("detained", arrest),
                (
                    "sentenced",
                    PartialDate::full(verdict),
                    &span_of(rec, "sentenced"),
                ),
                "a verdict cannot come before the arrest; check both dates",
            );
        }
        if let Some(out) = d.released {
            not_before(
                cx,
                label,
                ("detained", arrest),
                ("released", out, &span_of(rec, "released")),
                "a release cannot come before the arrest; check both dates",
            );
        }
        if arrest.first_day() > today {
            cx.warn(
                span_of(rec, "detained"),
                format!("{label}: `detained` ({arrest}) is after today ({today})"),
                Some(format!(
                    "today is {today}, from {today_is}; check the year of `detained`"
                )),
            );
        }
    }
    if has("release_due") && has("sentence_months") {
        let (due_span, months_span) =
            (span_of(rec, "release_due"), span_of(rec, "sentence_months"));
        let later = if due_span.start > months_span.start {
            due_span
        } else {
            months_span
        };
        cx.error(
            later,
            format!("{label}: `release_due` and `sentence_months` may not both be given"),
            Some("keep `release_due` for a date the court or the campaign gave, or `sentence_months` to have it estimated from `detained`".to_string()),
        );
    }
    read.complete.then(|| d.into())
}

fn event<'i>(cx: &mut Ctx<'_>, rec: &Rec<'_, 'i>, found: &mut Found<'i>) -> Option<Event> {
    check_keys(cx, rec, keys::<Event>(), "an [[events]] record");
    let mut d = EventDraft::new("", "", NaiveDate::MIN, EventKind::Other);
    let read = fields::<Event>(cx, rec, Some((Section::Events, found)), &mut d);
    if let (true, Some(last)) = (read.has::<Event>("date"), d.end) {
        not_before(
            cx,
            &rec.label,
            ("date", PartialDate::full(d.date)),
            ("end", PartialDate::full(last), &span_of(rec, "end")),
            "`date` is the first day and `end` the last; check both",
        );
    }
    read.complete.then(|| d.into())
}

fn statement<'i>(cx: &mut Ctx<'_>, rec: &Rec<'_, 'i>, found: &mut Found<'i>) -> Option<Statement> {
    check_keys(cx, rec, keys::<Statement>(), "a [[statements]] record");
    let mut d = StatementDraft::new(NaiveDate::MIN, "", "");
    let read = fields::<Statement>(cx, rec, Some((Section::Statements, found)), &mut d);
    read.complete.then(|| d.into())
}

fn petition<'i>(cx: &mut Ctx<'_>, rec: &Rec<'_, 'i>, found: &mut Found<'i>) -> Option<Petition> {
    check_keys(cx, rec, keys::<Petition>(), "a [[petitions]] record");
    let mut p = Petition::default();
    let read = fields::<Petition>(cx, rec, Some((Section::Petitions, found)), &mut p);
    p.counts = tallies(cx, rec);

    if let (Some(from), Some(to)) = (p.opened, p.closed) {
        not_before(
            cx,
            &rec.label,
            ("opened", PartialDate::full(from)),
            ("closed", PartialDate::full(to), &span_of(rec, "closed")),
            "check both dates",
        );
    }
    read.complete.then_some(p)
}

/// The `counts` of a petition, sorted by date, with a warning where the
/// tally goes down.
fn tallies(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>) -> Vec<Tally> {
    let Some(v) = rec.get("counts") else {
        return Vec::new();
    };
    let DeValue::Array(items) = v.get_ref() else {
        wrong_type(
            cx,
            rec,
            "counts",
            v,
            "a list of tallies such as [{ date = 2023-05-01, signatures = 120 }]",
        );
        return Vec::new();
    };
    let mut found: Vec<(Tally, Range<usize>)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let DeValue::Table(t) = item.get_ref() else {
            cx.error(
                item.span(),
                format!(
                    "{}: counts[{}] must be a tally such as {{ date = 2023-05-01, signatures = 120 }}, found {}",
                    rec.label,
                    i + 1,
                    describe(item.get_ref())
                ),
                None,
            );
            continue;
        };
        let tally = Rec {
            table: t,
            header: item.span(),
            label: format!("{}: counts[{}]", rec.label, i + 1),
            number: i + 1,
            slot: 0,
        };
        check_keys(cx, &tally, TALLY_KEYS, "a tally");
        let day = full(date(cx, &tally, "date", false, true));
        let signatures = int(cx, &tally, "signatures", 0, i128::from(u64::MAX));
        if signatures.is_none() && t.get("signatures").is_none() {
            missing(cx, &tally, "signatures", "120");
        }
        if let (Some((date, _)), Some((n, _))) = (day, signatures)
            && let Ok(signatures) = u64::try_from(n)
        {
            found.push((Tally { date, signatures }, item.span()));
        }
    }
    found.sort_by_key(|(t, _)| t.date);
    for pair in found.windows(2) {
        let [(a, _), (b, span)] = pair else { continue };
        if a.date == b.date {
            cx.warn(
                span.clone(),
                format!(
                    "{}: two tallies for {} ({} and {})",
                    rec.label, b.date, a.signatures, b.signatures
                ),
                Some("keep one tally per date".to_string()),
            );
        } else if b.signatures < a.signatures {
            cx.warn(
                span.clone(),
                format!(
                    "{}: the tally goes down from {} on {} to {} on {}",
                    rec.label, a.signatures, a.date, b.signatures, b.date
                ),
                Some("a petition's signatures only grow; check the numbers and dates".to_string()),
            );
        }
    }
    found.into_iter().map(|(t, _)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_slugs() {
        assert_eq!(id_problem("yarashuk"), None);
        assert_eq!(id_problem("bkdp_2022-x"), None);
        assert_eq!(id_problem("9a"), None);
        assert!(id_problem("").is_some());
        assert!(id_problem("Yarashuk").is_some());
        assert!(id_problem("-a").is_some());
        assert!(id_problem("a b").is_some());
        assert!(id_problem(&"a".repeat(65)).is_some());
        assert_eq!(id_problem(&"a".repeat(64)), None);
        assert_eq!(slug("Aliaksandr Yarashuk"), "aliaksandr-yarashuk");
        assert_eq!(slug("  BKDP!! 2022 "), "bkdp-2022");
        assert_eq!(slug("Ярашук"), "");
    }

    #[test]
    fn date_help_reorders_day_first_dates() {
        assert!(date_shape_help("19.04.2022", false).contains("`2022-04-19`"));
        assert!(date_shape_help("19/04/2022", true).contains("`2022-04-19`"));
        assert!(date_shape_help(" 2022-04-19", false).contains("remove the spaces"));
        assert!(date_shape_help("spring", true).contains("\"YYYY\""));
        assert_eq!(
            no_such_day_help("2023-02-30").as_deref(),
            Some("February 2023 has 28 days")
        );
        assert_eq!(
            no_such_day_help("2024-02-30").as_deref(),
            Some("February 2024 has 29 days")
        );
        assert_eq!(no_such_day_help("2023-13"), None);
    }

    #[test]
    fn shown_shortens_and_sanitizes() {
        assert_eq!(shown("abc", 5), "abc");
        assert_eq!(shown("abcdefgh", 5), "abcd…");
        assert_eq!(shown("a\u{1b}b", 40), "a\\u{1b}b");
    }
}

#[cfg(test)]
mod structure_tests {
    fn structure_marks(text: &str) -> usize {
        super::split::scan(text).marks
    }

    #[test]
    fn marks_are_counted_outside_strings_and_comments_only() {
        assert_eq!(structure_marks(""), 0);
        assert_eq!(structure_marks("[campaign]\nname = \"x\"\n"), 2);
        assert_eq!(structure_marks("a = [1, 2, { b = 3 }]"), 6);
        assert_eq!(structure_marks("# a = [1, {}]\nb = 1"), 1);
        assert_eq!(structure_marks("a = \"= [ { , \\\" = \"\nb = 'x = [ '"), 2);
        assert_eq!(
            structure_marks("a = \"\"\"\n= [\n{ , \\\"\"\" = \"\"\"\nb = '''\n= [ ''' "),
            2
        );
        // An unclosed string runs to the end of its line, as TOML's does;
        // an unclosed multi-line one to the end of the text.
        assert_eq!(structure_marks("a = \"[ ,\nb = 1"), 2);
        assert_eq!(structure_marks("a = '''[ ,\nb = 1"), 1);
        assert_eq!(structure_marks("a = \"x\\"), 1);
    }
}

/// Reading a file record by record must give exactly what reading it whole
/// gives (the same campaign and the same problems, in the same order) for
/// every file that is TOML. Where the file is not, the whole reading can
/// only report its first syntax error; the split one reports that error at
/// the same place (naming its record) and the problems of the other
/// records besides.
#[cfg(test)]
mod split_equivalence {
    use super::{Mode, split, validate_as};
    use crate::load::test_generator as generator;
    use crate::load::{LoadOptions, Severity, parse_str};
    use chrono::NaiveDate;

    fn opts() -> LoadOptions {
        LoadOptions {
            today: None,
            system_today: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        }
    }

    fn same(name: &str, text: &str) {
        let split = validate_as(text, &opts(), Mode::Split);
        let whole = validate_as(text, &opts(), Mode::Whole);
        if toml::de::DeTable::parse(text).is_ok() {
            assert_eq!(split.0, whole.0, "{name}: campaigns differ");
            assert_eq!(split.1, whole.1, "{name}: problems differ");
            assert_eq!(split.2, whole.2, "{name}: omitted counts differ");
            return;
        }
        let [first] = whole.1.as_slice() else {
            panic!("{name}: the whole reading of a syntax error: {:?}", whole.1);
        };
        assert!(
            split.1.iter().any(|p| p.severity == Severity::Error
                && p.span == first.span
                && p.message.ends_with(&first.message)
                && p.help == first.help),
            "{name}: the split reading misses {first:?} in {:?}",
            split.1
        );
        assert!(parse_str(text, &opts()).campaign.is_none(), "{name}");
    }

    fn fixtures(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                fixtures(&path, out);
            } else if path.extension().is_some_and(|e| e == "toml") {
                out.push(path);
            }
        }
    }

    #[test]
    fn every_fixture_reads_the_same_split_or_whole() {
        let mut paths = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        fixtures(&root.join("tests/fixtures"), &mut paths);
        paths.push(root.join("campaign.toml"));
        assert!(paths.len() > 50, "{paths:?}");
        let mut split_ones = 0;
        for path in paths {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            if split::scan(&text).headers.is_some_and(|h| !h.is_empty()) {
                split_ones += 1;
            }
            same(&path.display().to_string(), &text);
        }
        assert!(split_ones > 30, "{split_ones}");
    }

    #[test]
    fn generated_files_read_the_same_split_or_whole() {
        for hostile in [false, true] {
            let spec = generator::Spec {
                hostile,
                ..generator::Spec::square(300)
            };
            let text = generator::campaign_text(&spec);
            same("generated", &text);
            let split = validate_as(&text, &opts(), Mode::Split);
            assert!(split.0.is_some() && split.1.is_empty(), "{:?}", split.1);
        }
    }

    /// Changes to a generated file, each read both ways: errors of every
    /// kind, in records split out, and the headers the split gives up on.
    #[test]
    fn mangled_files_read_the_same_split_or_whole() {
        let text = generator::campaign_text(&generator::Spec::square(40));
        let first = |needle: &str| text.find(needle).unwrap();
        let p2 = first("id = \"p-02\"");
        let mangled: Vec<(&str, String)> = vec![
            (
                "duplicate id",
                text.replace("id = \"p-03\"", "id = \"p-02\""),
            ),
            (
                "unknown ref",
                text.replacen("prisoners = [\"p-", "prisoners = [\"q-", 3),
            ),
            ("bad id", text.replace("id = \"p-04\"", "id = \"P 4\"")),
            ("unknown key", text.replacen("\nname = ", "\nnmae = ", 5)),
            (
                "syntax in a record",
                format!("{}x = \n{}", &text[..p2], &text[p2..]),
            ),
            (
                "campaign twice",
                format!("{text}\n[campaign]\nname = \"again\"\n"),
            ),
            ("campaign last", {
                let c = first("[campaign]");
                let e = first("[[organisations]]");
                format!("{}{}{}", &text[..c], &text[e..], &text[c..e])
            }),
            (
                "table after array",
                format!("{text}\n[prisoners]\nid = \"x\"\n"),
            ),
            (
                "sub-table",
                format!("{text}\n[[petitions.counts]]\ndate = 2024-01-01\n"),
            ),
            ("top key before", format!("prisoners = []\n{text}")),
            ("dotted top key", format!("campaign.name = \"x\"\n{text}")),
            // (The generated file starts with `format = 1`.)
            ("format newer", text.replacen("format = 1", "format = 9", 1)),
            (
                "format newer and syntax",
                format!("{}x = \n{}", &text[..p2], &text[p2..]).replacen(
                    "format = 1",
                    "format = 9",
                    1,
                ),
            ),
            (
                "top level and a record broken",
                format!("format = 9\n{}x = \n{}", &text[..p2], &text[p2..]),
            ),
            (
                "key repeated in a record",
                text.replacen("status = ", "name = \"n\"\nstatus = ", 2),
            ),
            (
                "string with a header",
                text.replace(
                    "id = \"p-05\"\n",
                    "id = \"p-05\"\nnotes = \"\"\"\n[[prisoners]]\n\"\"\"\n",
                ),
            ),
            ("crlf", text.replace('\n', "\r\n")),
            ("bom", format!("\u{feff}{text}")),
            ("no campaign", text.replace("[campaign]", "[[events]]")),
            ("many problems", text.replace("status = \"", "status = \"x")),
        ];
        // Which of them are read split (the others are read whole).
        let split_read = [
            "duplicate id",
            "unknown ref",
            "bad id",
            "unknown key",
            "syntax in a record",
            "format newer",
            "format newer and syntax",
            "top level and a record broken",
            "campaign last",
            "key repeated in a record",
            "string with a header",
            "crlf",
            "bom",
            "no campaign",
            "many problems",
        ];
        for (name, t) in &mangled {
            if *name == "format newer and syntax" {
                // The whole reading stops at the syntax error; the split
                // one sees the format first, and a newer file is refused
                // alone, since its syntax may be newer too.
                let (_, problems, _) = validate_as(t, &opts(), Mode::Split);
                assert_eq!(problems.len(), 1, "{problems:?}");
                assert!(problems[0].message.contains("needs a newer campaign-dash"));
                let (_, problems, _) = validate_as(t, &opts(), Mode::Whole);
                assert!(problems[0].message.starts_with("invalid TOML"));
            } else {
                same(name, t);
            }
            let headers = split::scan(t).headers.unwrap_or_default();
            let split = !headers.is_empty()
                && super::validate_split(&mut super::Ctx::new(t), &opts(), &headers).is_some();
            assert_eq!(split, split_read.contains(name), "{name}");
        }
        // More problems than are kept, found on several threads.
        let big = generator::campaign_text(&generator::Spec::square(600));
        let broken = big
            .replace("status = \"", "status = \"x")
            .replace("kind = \"", "kind = \"y");
        same("more than kept", &broken);
        let (_, problems, omitted) = validate_as(&broken, &opts(), Mode::Split);
        assert_eq!(problems.len(), crate::load::MAX_PROBLEMS);
        assert!(omitted.errors > 100, "{omitted:?}");
        // Every cut of a small file, split or not.
        let small = generator::campaign_text(&generator::Spec::square(2));
        let mut cut = 0;
        while cut < small.len() {
            same(&format!("cut at {cut}"), &small[..cut]);
            cut += 1;
            while !small.is_char_boundary(cut) {
                cut += 1;
            }
        }
    }
}
