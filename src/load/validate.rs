//! The hand-written validation of a parsed campaign file against format 1.
//!
//! Every getter records its own problems and returns `None` (or an empty
//! list) for a value it could not take, so that one pass finds everything.
//! Records are built only from values that passed; the caller drops the
//! campaign when any error was found.

use std::collections::HashMap;
use std::fmt::Display;
use std::ops::Range;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use strum::VariantArray;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::render::LineIndex;
use super::suggest::did_you_mean;
use super::{LoadOptions, MAX_PROBLEMS, MAX_STRUCTURE, Omitted, Problem, Severity};
use crate::model::{
    Campaign, CampaignInfo, Event, EventKind, FORMAT_VERSION, Organisation, PartialDate, Petition,
    Prisoner, Statement, StatementKind, Status, Tally,
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
const CAMPAIGN_KEYS: &[&str] = &["name", "summary", "started", "as_of", "hashtags", "links"];
const ORGANISATION_KEYS: &[&str] = &["id", "name", "short", "kind", "country", "url", "notes"];
const PRISONER_KEYS: &[&str] = &[
    "id",
    "name",
    "aliases",
    "status",
    "born",
    "organisations",
    "role",
    "detained",
    "sentenced",
    "sentence",
    "sentence_months",
    "release_due",
    "released",
    "released_how",
    "charges",
    "facility",
    "address",
    "sponsors",
    "sources",
    "notes",
];
const EVENT_KEYS: &[&str] = &[
    "id",
    "title",
    "date",
    "end",
    "time",
    "kind",
    "city",
    "country",
    "venue",
    "organisations",
    "prisoners",
    "attendance",
    "summary",
    "sources",
];
const STATEMENT_KEYS: &[&str] = &[
    "id",
    "date",
    "author",
    "role",
    "organisation",
    "event",
    "prisoners",
    "kind",
    "language",
    "text",
    "translation",
    "source",
];
const PETITION_KEYS: &[&str] = &[
    "id", "title", "host", "url", "opened", "closed", "goal", "counts",
];
const TALLY_KEYS: &[&str] = &["date", "signatures"];

/// How deep the TOML parser (`toml`) lets lists, inline tables and dotted
/// keys nest before it stops with an error rather than recurse further;
/// stated in the help for that error.
pub(super) const MAX_NESTING: usize = 80;

/// Counts the marks of structure of a TOML text (`=`, `,`, `[` and `{`
/// outside strings and comments), a cheap measure of how many keys, values
/// and tables parsing it would build, taken before parsing. Approximate at
/// the edges of the grammar (a string the scan reads differently from the
/// parser shifts the count a little), exact enough for a budget.
pub(super) fn structure_marks(text: &str) -> usize {
    let b = text.as_bytes();
    let mut i = 0;
    let mut marks = 0;
    // Skips to just after the first `close` at or after `i`; `escapes`:
    // a backslash hides the byte after it; `line`: a newline ends it too.
    let skip = |mut i: usize, close: &[u8], escapes: bool, line: bool| -> usize {
        while i < b.len() {
            if escapes && b[i] == b'\\' {
                i += 2;
            } else if b[i..].starts_with(close) {
                return i + close.len();
            } else if line && b[i] == b'\n' {
                return i + 1;
            } else {
                i += 1;
            }
        }
        b.len()
    };
    while i < b.len() {
        i = match b[i] {
            b'#' => skip(i + 1, b"\n", false, false),
            b'"' if b[i..].starts_with(b"\"\"\"") => skip(i + 3, b"\"\"\"", true, false),
            b'"' => skip(i + 1, b"\"", true, true),
            b'\'' if b[i..].starts_with(b"'''") => skip(i + 3, b"'''", false, false),
            b'\'' => skip(i + 1, b"'", false, true),
            b'=' | b',' | b'[' | b'{' => {
                marks += 1;
                i + 1
            }
            _ => i + 1,
        };
    }
    marks
}

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
}

impl<'t> Ctx<'t> {
    fn new(text: &'t str) -> Self {
        Ctx {
            text,
            problems: Vec::new(),
            omitted: Omitted::default(),
            lines: None,
        }
    }

    fn push(
        &mut self,
        severity: Severity,
        span: Range<usize>,
        message: String,
        help: Option<String>,
    ) {
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
        let s = self.text.get(span.clone())?;
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
}

impl<'a, 'i> Rec<'a, 'i> {
    fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        self.table.get(key)
    }
}

/// File text shown inside a message: one line, made safe, shortened.
fn shown(s: &str, max: usize) -> String {
    let clean = sanitize_line(s);
    if clean.chars().count() <= max {
        clean.into_owned()
    } else {
        let mut out: String = clean.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
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
    for key in ["id", fallback] {
        if let Some(DeValue::String(s)) = table.get(key).map(Spanned::get_ref)
            && !s.trim().is_empty()
        {
            return format!("{section}[{number}] \"{}\"", shown(s.trim(), LABEL_CHARS));
        }
    }
    format!("{section}[{number}]")
}

fn missing(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>, key: &str, example: &str) {
    cx.error(
        rec.header.clone(),
        format!("{}: missing required key `{key}`", rec.label),
        Some(format!("add `{key} = {example}` to this record")),
    );
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

/// The items of a list of text (or of ids), each with its span.
fn text_list(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    key: &str,
    what: &str,
) -> Vec<(String, Range<usize>)> {
    let Some(v) = rec.get(key) else {
        return Vec::new();
    };
    match v.get_ref() {
        DeValue::Array(items) => {
            let mut out = Vec::new();
            for (i, item) in items.iter().enumerate() {
                match item.get_ref() {
                    DeValue::String(s) => out.push((s.to_string(), item.span())),
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
            out
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
            Vec::new()
        }
        _ => {
            wrong_type(
                cx,
                rec,
                key,
                v,
                &format!("a list of {what}s such as [\"…\", \"…\"]"),
            );
            Vec::new()
        }
    }
}

fn strings(list: Vec<(String, Range<usize>)>) -> Vec<String> {
    list.into_iter().map(|(s, _)| s).collect()
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

/// The ids of one section, as written (valid or not), for duplicates and refs.
#[derive(Default)]
struct Ids {
    /// In file order.
    order: Vec<String>,
    first: HashMap<String, (usize, usize)>,
}

impl Ids {
    fn contains(&self, id: &str) -> bool {
        self.first.contains_key(id)
    }
}

/// Reads and checks the `id` of a record; records it in `ids`.
fn id(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    section: &str,
    required: bool,
    ids: &mut Ids,
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
    if let Some(&(first_start, first_number)) = ids.first.get(&**s) {
        let line = cx.line_of(first_start);
        cx.error(
            span,
            format!(
                "{}: duplicate id `{}`, already used by {section}[{first_number}] on line {line}",
                rec.label,
                shown(s, 40)
            ),
            Some(format!(
                "ids must be unique within [[{section}]]; rename one of them"
            )),
        );
        ok = false;
    } else {
        ids.first.insert(s.to_string(), (span.start, rec.number));
        ids.order.push(s.to_string());
    }
    ok.then(|| s.to_string())
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
    let Ok(n) = i128::from_str_radix(i.as_str(), i.radix()) else {
        cx.error(
            span,
            format!("{}: `{key}` is too large", rec.label),
            Some(format!("the largest value is {max}")),
        );
        return None;
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

/// One of the names of an enumeration.
fn choice<T>(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>, key: &str, required: bool) -> Option<T>
where
    T: FromStr + VariantArray + Display,
{
    let names: Vec<String> = T::VARIANTS.iter().map(ToString::to_string).collect();
    let list = names.join(", ");
    let Some(v) = rec.get(key) else {
        if required {
            cx.error(
                rec.header.clone(),
                format!("{}: missing required key `{key}`", rec.label),
                Some(format!("add a line `{key} = \"…\"` with one of: {list}")),
            );
        }
        return None;
    };
    let DeValue::String(s) = v.get_ref() else {
        wrong_type(cx, rec, key, v, &format!("one of {list} in quotes"));
        return None;
    };
    match s.parse::<T>() {
        Ok(t) => Some(t),
        Err(_) => {
            cx.error(
                v.span(),
                format!(
                    "{}: `{key}` must be one of {list}; found \"{}\"",
                    rec.label,
                    shown(s, 40)
                ),
                did_you_mean(s, names.iter().map(String::as_str)),
            );
            None
        }
    }
}

/// A place where a record names another by id; checked once all ids are known.
struct RefUse {
    target: &'static str,
    id: String,
    span: Range<usize>,
    label: String,
    key: &'static str,
}

fn ref_one(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    key: &'static str,
    target: &'static str,
    refs: &mut Vec<RefUse>,
) -> Option<String> {
    let v = rec.get(key)?;
    match v.get_ref() {
        DeValue::String(s) => {
            refs.push(RefUse {
                target,
                id: s.to_string(),
                span: v.span(),
                label: rec.label.clone(),
                key,
            });
            Some(s.to_string())
        }
        DeValue::Array(_) => {
            cx.error(
                v.span(),
                format!(
                    "{}: `{key}` names one record of [[{target}]] by its id, found a list",
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
                &format!("the id of a [[{target}]] record in quotes"),
            );
            None
        }
    }
}

fn ref_list(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    key: &'static str,
    target: &'static str,
    refs: &mut Vec<RefUse>,
) -> Vec<String> {
    let items = text_list(cx, rec, key, &format!("[[{target}]] id"));
    let mut out = Vec::new();
    for (id, span) in items {
        refs.push(RefUse {
            target,
            id: id.clone(),
            span,
            label: rec.label.clone(),
            key,
        });
        out.push(id);
    }
    out
}

fn check_refs(cx: &mut Ctx<'_>, refs: &[RefUse], sections: &HashMap<&'static str, Ids>) {
    for r in refs {
        let empty = Ids::default();
        let ids = sections.get(r.target).unwrap_or(&empty);
        if ids.contains(&r.id) {
            continue;
        }
        let help = did_you_mean(&r.id, ids.order.iter().map(String::as_str)).or_else(|| {
            if ids.order.is_empty() {
                Some(format!(
                    "no [[{}]] record has an id yet; give one `id = \"{}\"`",
                    r.target,
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
                Some(format!(
                    "the ids of [[{}]] are: {}",
                    r.target,
                    known.join(", ")
                ))
            }
        });
        cx.error(
            r.span.clone(),
            format!(
                "{}: `{}` refers to \"{}\", which is not the id of any [[{}]] record",
                r.label,
                r.key,
                shown(&r.id, 40),
                r.target
            ),
            help,
        );
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
    let mut cx = Ctx::new(text);
    let campaign = validate_doc(&mut cx, opts);
    cx.keep_first(MAX_PROBLEMS);
    (campaign, cx.problems, cx.omitted)
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
    } else {
        None
    }
}

fn validate_doc(cx: &mut Ctx<'_>, opts: &LoadOptions) -> Option<Campaign> {
    // An empty file (or one of blank lines, or only a byte-order mark) is
    // said as such rather than as a missing `[campaign]`.
    if cx.text.trim_start_matches('\u{feff}').trim().is_empty() {
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
    // The parsed tree costs some hundreds of bytes per key, value or table:
    // a file of nothing but `{},` would take gigabytes. Such a file is
    // refused before it is parsed.
    let marks = structure_marks(cx.text);
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
    let root = match DeTable::parse(cx.text) {
        Ok(root) => root,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().trim().to_string();
            let said = if message.contains("recurs") {
                format!("invalid TOML: values are nested more than {MAX_NESTING} levels deep")
            } else {
                format!("invalid TOML: {}", shown(&message, 200))
            };
            cx.error(span, said, syntax_help(&message));
            return None;
        }
    };
    let root: &DeTable<'_> = root.get_ref();

    // The format version first: a newer file is refused alone, since its
    // other keys may well be unknown to this build.
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
                    return None;
                }
                Ok(n) if n >= 1 => format = n,
                Ok(n) => cx.error(
                    v.span(),
                    format!("`format` must be 1 or more, found {n}"),
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
                    return None;
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
    };
    check_keys(cx, &top, TOP_KEYS, "the top level of a campaign file");

    let info = campaign_info(cx, root);
    let today = opts
        .today
        .or(info.as_ref().and_then(|i| i.as_of))
        .unwrap_or(opts.system_today);
    let today_is = if opts.today.is_some() {
        "the --today flag"
    } else if info.as_ref().is_some_and(|i| i.as_of.is_some()) {
        "`as_of` in [campaign]"
    } else {
        "the system date"
    };

    let mut refs = Vec::new();
    let mut sections: HashMap<&'static str, Ids> = HashMap::new();

    let mut ids = Ids::default();
    let organisations: Vec<Organisation> = records(cx, root, "organisations", "name")
        .iter()
        .filter_map(|rec| organisation(cx, rec, &mut ids))
        .collect();
    sections.insert("organisations", ids);

    let mut ids = Ids::default();
    let prisoners: Vec<Prisoner> = records(cx, root, "prisoners", "name")
        .iter()
        .filter_map(|rec| prisoner(cx, rec, &mut ids, &mut refs, (today, today_is)))
        .collect();
    sections.insert("prisoners", ids);

    let mut ids = Ids::default();
    let events: Vec<Event> = records(cx, root, "events", "title")
        .iter()
        .filter_map(|rec| event(cx, rec, &mut ids, &mut refs))
        .collect();
    sections.insert("events", ids);

    let mut ids = Ids::default();
    let statements: Vec<Statement> = records(cx, root, "statements", "author")
        .iter()
        .filter_map(|rec| statement(cx, rec, &mut ids, &mut refs))
        .collect();
    sections.insert("statements", ids);

    let mut ids = Ids::default();
    let petitions: Vec<Petition> = records(cx, root, "petitions", "title")
        .iter()
        .filter_map(|rec| petition(cx, rec, &mut ids, &mut refs))
        .collect();
    sections.insert("petitions", ids);

    check_refs(cx, &refs, &sections);

    Some(Campaign {
        format,
        info: info?,
        organisations,
        prisoners,
        events,
        statements,
        petitions,
    })
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
    };
    check_keys(cx, &rec, CAMPAIGN_KEYS, "[campaign]");
    let name = text(cx, &rec, "name", true);
    let summary = text(cx, &rec, "summary", false);
    let started = full(date(cx, &rec, "started", false, false)).map(|d| d.0);
    let as_of = full(date(cx, &rec, "as_of", false, false)).map(|d| d.0);
    let hashtags = strings(text_list(cx, &rec, "hashtags", "text"));
    let links = strings(text_list(cx, &rec, "links", "link"));
    Some(CampaignInfo {
        name: name?,
        summary,
        started,
        as_of,
        hashtags,
        links,
    })
}

fn organisation(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>, ids: &mut Ids) -> Option<Organisation> {
    check_keys(cx, rec, ORGANISATION_KEYS, "an [[organisations]] record");
    let id = id(cx, rec, "organisations", true, ids);
    let name = text(cx, rec, "name", true);
    let short = text(cx, rec, "short", false);
    let kind = text(cx, rec, "kind", false);
    let country = text(cx, rec, "country", false);
    let url = text(cx, rec, "url", false);
    let notes = text(cx, rec, "notes", false);
    Some(Organisation {
        id: id?,
        name: name?,
        short,
        kind,
        country,
        url,
        notes,
    })
}

fn prisoner(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    ids: &mut Ids,
    refs: &mut Vec<RefUse>,
    (today, today_is): (NaiveDate, &str),
) -> Option<Prisoner> {
    check_keys(cx, rec, PRISONER_KEYS, "a [[prisoners]] record");
    let id = id(cx, rec, "prisoners", true, ids);
    let name = text(cx, rec, "name", true);
    let aliases = strings(text_list(cx, rec, "aliases", "text"));
    let status = choice::<Status>(cx, rec, "status", true);
    let born = date(cx, rec, "born", true, false);
    let organisations = ref_list(cx, rec, "organisations", "organisations", refs);
    let role = text(cx, rec, "role", false);
    let detained = date(cx, rec, "detained", true, false);
    let sentenced = full(date(cx, rec, "sentenced", false, false));
    let sentence = text(cx, rec, "sentence", false);
    let sentence_months = int(cx, rec, "sentence_months", 0, i128::from(u32::MAX));
    let release_due = full(date(cx, rec, "release_due", false, false));
    let released = date(cx, rec, "released", true, false);
    let released_how = text(cx, rec, "released_how", false);
    let charges = strings(text_list(cx, rec, "charges", "text"));
    let facility = text(cx, rec, "facility", false);
    let address = text(cx, rec, "address", false);
    let sponsors = strings(text_list(cx, rec, "sponsors", "text"));
    let sources = strings(text_list(cx, rec, "sources", "link"));
    let notes = text(cx, rec, "notes", false);
    let label = &rec.label;

    if let (Some((released_on, span)), Some(status)) = (&released, status)
        && !matches!(status, Status::Released | Status::Deceased)
    {
        cx.error(
            span.clone(),
            format!("{label}: `released` is given ({released_on}) but `status` is \"{status}\""),
            Some("set `status = \"released\"` (or \"deceased\"), or remove `released`".to_string()),
        );
    }
    if let Some((arrest, _)) = &detained {
        if let Some((verdict, span)) = &sentenced
            && *verdict < arrest.first_day()
        {
            cx.error(
                span.clone(),
                format!("{label}: `sentenced` ({verdict}) is before `detained` ({arrest})"),
                Some("a verdict cannot come before the arrest; check both dates".to_string()),
            );
        }
        if let Some((out, span)) = &released
            && out.first_day() < arrest.first_day()
        {
            cx.error(
                span.clone(),
                format!("{label}: `released` ({out}) is before `detained` ({arrest})"),
                Some("a release cannot come before the arrest; check both dates".to_string()),
            );
        }
        if arrest.first_day() > today {
            cx.warn(
                detained.as_ref().map(|d| d.1.clone()).unwrap_or_default(),
                format!("{label}: `detained` ({arrest}) is after today ({today})"),
                Some(format!(
                    "today is {today}, from {today_is}; check the year of `detained`"
                )),
            );
        }
    }
    if let (Some((_, due_span)), Some((_, months_span))) = (&release_due, &sentence_months) {
        let later = if due_span.start > months_span.start {
            due_span.clone()
        } else {
            months_span.clone()
        };
        cx.error(
            later,
            format!("{label}: `release_due` and `sentence_months` may not both be given"),
            Some("keep `release_due` for a date the court or the campaign gave, or `sentence_months` to have it estimated from `detained`".to_string()),
        );
    }

    Some(Prisoner {
        id: id?,
        name: name?,
        aliases,
        status: status?,
        born: born.map(|d| d.0),
        organisations,
        role,
        detained: detained.map(|d| d.0),
        sentenced: sentenced.map(|d| d.0),
        sentence,
        sentence_months: sentence_months.and_then(|(n, _)| u32::try_from(n).ok()),
        release_due: release_due.map(|d| d.0),
        released: released.map(|d| d.0),
        released_how,
        charges,
        facility,
        address,
        sponsors,
        sources,
        notes,
    })
}

fn event(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    ids: &mut Ids,
    refs: &mut Vec<RefUse>,
) -> Option<Event> {
    check_keys(cx, rec, EVENT_KEYS, "an [[events]] record");
    let id = id(cx, rec, "events", true, ids);
    let title = text(cx, rec, "title", true);
    let date_ = full(date(cx, rec, "date", false, true));
    let end = full(date(cx, rec, "end", false, false));
    let time = text(cx, rec, "time", false);
    let kind = choice::<EventKind>(cx, rec, "kind", true);
    let city = text(cx, rec, "city", false);
    let country = text(cx, rec, "country", false);
    let venue = text(cx, rec, "venue", false);
    let organisations = ref_list(cx, rec, "organisations", "organisations", refs);
    let prisoners = ref_list(cx, rec, "prisoners", "prisoners", refs);
    let attendance = int(cx, rec, "attendance", 0, i128::from(u64::MAX));
    let summary = text(cx, rec, "summary", false);
    let sources = strings(text_list(cx, rec, "sources", "link"));

    if let (Some((first, _)), Some((last, span))) = (&date_, &end)
        && last < first
    {
        cx.error(
            span.clone(),
            format!("{}: `end` ({last}) is before `date` ({first})", rec.label),
            Some("`date` is the first day and `end` the last; check both".to_string()),
        );
    }

    Some(Event {
        id: id?,
        title: title?,
        date: date_?.0,
        end: end.map(|d| d.0),
        time,
        kind: kind?,
        city,
        country,
        venue,
        organisations,
        prisoners,
        attendance: attendance.and_then(|(n, _)| u64::try_from(n).ok()),
        summary,
        sources,
    })
}

fn statement(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    ids: &mut Ids,
    refs: &mut Vec<RefUse>,
) -> Option<Statement> {
    check_keys(cx, rec, STATEMENT_KEYS, "a [[statements]] record");
    let id = id(cx, rec, "statements", false, ids);
    let date_ = full(date(cx, rec, "date", false, true));
    let author = text(cx, rec, "author", true);
    let role = text(cx, rec, "role", false);
    let organisation = ref_one(cx, rec, "organisation", "organisations", refs);
    let event = ref_one(cx, rec, "event", "events", refs);
    let prisoners = ref_list(cx, rec, "prisoners", "prisoners", refs);
    let kind = choice::<StatementKind>(cx, rec, "kind", false);
    let language = text(cx, rec, "language", false);
    let text_ = text(cx, rec, "text", true);
    let translation = text(cx, rec, "translation", false);
    let source = text(cx, rec, "source", false);
    Some(Statement {
        id,
        date: date_?.0,
        author: author?,
        role,
        organisation,
        event,
        prisoners,
        kind,
        language,
        text: text_?,
        translation,
        source,
    })
}

fn petition(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    ids: &mut Ids,
    refs: &mut Vec<RefUse>,
) -> Option<Petition> {
    check_keys(cx, rec, PETITION_KEYS, "a [[petitions]] record");
    let id = id(cx, rec, "petitions", false, ids);
    let title = text(cx, rec, "title", true);
    let host = ref_one(cx, rec, "host", "organisations", refs);
    let url = text(cx, rec, "url", false);
    let opened = full(date(cx, rec, "opened", false, false));
    let closed = full(date(cx, rec, "closed", false, false));
    let goal = int(cx, rec, "goal", 1, i128::from(u64::MAX));
    let counts = tallies(cx, rec);

    if let (Some((from, _)), Some((to, span))) = (&opened, &closed)
        && to < from
    {
        cx.error(
            span.clone(),
            format!("{}: `closed` ({to}) is before `opened` ({from})", rec.label),
            Some("check both dates".to_string()),
        );
    }

    Some(Petition {
        id,
        title: title?,
        host,
        url,
        opened: opened.map(|d| d.0),
        closed: closed.map(|d| d.0),
        goal: goal.and_then(|(n, _)| u64::try_from(n).ok()),
        counts,
    })
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
    use super::structure_marks;

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
