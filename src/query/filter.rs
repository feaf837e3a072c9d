//! The filter grammar and its matcher: one implementation for the dashboard's
//! `/` filter and for `print --filter`. `docs/filter.md` is the users' guide.
//!
//! # Grammar
//!
//! ```text
//! filter  = term*                        (separated by whitespace; all must match)
//! term    = ["-"] ( phrase | field | word )
//! phrase  = '"' any text '"'
//! field   = name ":" ( value | '"' any text '"' )
//! name    = ASCII letters                (a word whose part before ":" is not
//!                                         all letters, like 12:00, is a word)
//! ```
//!
//! - A word or phrase matches when its search key ([`super::search_fold`]) is
//!   contained in the key of any searchable field of the record (see
//!   [`fields`] for which fields a plain word searches).
//! - `-` before a term excludes the records it matches.
//! - A text field matches when the value's key is contained in that field.
//! - An enumerated field (`status:`, `kind:` of events and statements) takes a
//!   value or a comma-separated list of values, each its full name or an
//!   unambiguous start of it (`status:imp`, `status:det,imp`). An unknown or
//!   ambiguous value is an error that lists the valid ones.
//! - A date field takes `D`, `D..D`, `D..` or `..D`, each `D` being `YYYY`,
//!   `YYYY-MM` or `YYYY-MM-DD`. The range is inclusive, and a partial end
//!   covers its whole month or year: `..2023-05` includes 31 May 2023, `1950`
//!   is the whole of 1950. A record's date matches when the period it covers
//!   overlaps the range: a partial `detained = "2022-04"` is all of April 2022,
//!   and an event of several days covers all its days. A record without the
//!   date does not match (and so `-detained:2022` keeps it).
//!   A date also takes a comparison: `<D` (before D's first day), `<=D`
//!   (up to its last), `>D` (after its last), `>=D` (from its first).
//! - A number field (a prisoner's `days`, `events`, `statements`) takes `N`,
//!   `<N`, `<=N`, `>N`, `>=N`, `N..M`, `N..` or `..M`; a record whose number
//!   is not known does not match. The signs are read by [`comparison`] alone.
//! - `lang:` matches a language code or its first subtags: `pt` finds "pt" and
//!   "pt-BR", not "de".
//! - An empty or blank filter matches everything.
//!
//! # Errors
//!
//! [`Filter::parse`] refuses an unknown field (naming the fields of the tab
//! and the nearest one), a field without a value, an unclosed quote, a lone
//! `-`, a malformed date or range, and an unknown or ambiguous enumerated
//! value. Each [`FilterError`] carries the byte span of the bad term, and
//! says whether the term is only unfinished (a field without a value, an
//! ambiguous start of a value, an open quote, a `-` at the end, a date
//! half typed): [`Filter::parse_typing`], for the dashboard's filter line,
//! leaves such a term out instead of refusing the filter.

use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;
use memchr::memmem::Finder;
use strum::VariantArray;

use super::Derived;
use super::changes::Marked;
use super::fold::{digraph_start, search_fold};
use super::search::{DateField, EnumField, NumberField, Spec, enum_names};
use super::{RecordKind, SearchIndex, fields, find_field};
use crate::load::nearest;
use crate::model::{
    Campaign, Channel, DateError, Direction, EventKind, PartialDate, StatementKind, Status,
};

/// Why a filter string was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterError {
    /// One sentence for the status line.
    pub message: String,
    /// Byte offsets of the bad term in the filter string.
    pub span: Range<usize>,
    /// The term is not finished rather than wrong: typing more can make it
    /// right (`status:`, `status:re`, an open quote, `-` at the end, a date
    /// half typed). While a filter is typed such a term is left out
    /// ([`Filter::parse_typing`]).
    pub incomplete: bool,
}

/// Why a value was refused: what to say, and whether typing more could
/// make it right.
struct Refused {
    message: String,
    incomplete: bool,
}

impl From<String> for Refused {
    fn from(message: String) -> Refused {
        Refused {
            message,
            incomplete: false,
        }
    }
}

/// A value that typing more could make right.
fn unfinished(message: String) -> Refused {
    Refused {
        message,
        incomplete: true,
    }
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FilterError {}

/// A folded word looked for as a substring, with the variant for a word that
/// ends in the first letter of a digraph (see the module documentation of
/// [`super::search_fold`]).
#[derive(Clone)]
struct Needle {
    text: String,
    finder: Finder<'static>,
    alt: Option<Finder<'static>>,
}

impl Needle {
    /// `None` for a key that is empty (a word of punctuation only).
    fn new(key: String) -> Option<Needle> {
        let last = key.chars().next_back()?;
        let alt = digraph_start(last).map(|joined| {
            let mut alt = key[..key.len() - last.len_utf8()].to_owned();
            if !alt.ends_with(joined) {
                alt.push(joined);
            }
            Finder::new(alt.as_bytes()).into_owned()
        });
        Some(Needle {
            finder: Finder::new(key.as_bytes()).into_owned(),
            text: key,
            alt,
        })
    }

    fn is_in(&self, haystack: &str) -> bool {
        let h = haystack.as_bytes();
        self.finder.find(h).is_some() || self.alt.as_ref().is_some_and(|a| a.find(h).is_some())
    }
}

impl fmt::Debug for Needle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.text)
    }
}

#[derive(Debug, Clone)]
enum Test {
    /// Anywhere in the plain-word fields.
    Any(Needle),
    /// In one segment.
    Text(u8, Needle),
    /// A language tag or its first subtags.
    Tag(u8, String),
    /// One of the variants whose bit is set.
    Enum(EnumField, u32),
    /// The record's period overlaps `from..=to`.
    Date(DateField, NaiveDate, NaiveDate),
    /// The record's number is within `from..=to`.
    Number(NumberField, i64, i64),
    /// Added or changed since the `--since` version ([`CHANGED`]).
    Changed,
}

/// The word that, alone and unquoted, keeps the records added or changed
/// since the version the dashboard marks against (`--since`).
pub const CHANGED: &str = "changed";

/// What [`CHANGED`] says where nothing is marked.
pub const CHANGED_NEEDS_SINCE: &str = "changed keeps what changed since --since REV: start the dashboard with --since (or `since` in the settings); \"changed\" in quotes looks for the word";

/// The days each move of prisoner `i` covers: the arrival at every place
/// of custody after the first.
fn moves(c: &Campaign, i: usize) -> impl Iterator<Item = (NaiveDate, NaiveDate)> + '_ {
    c.prisoners
        .get(i)
        .map_or(&[][..], |p| p.custody.get(1..).unwrap_or_default())
        .iter()
        .map(|e| (e.since.first_day(), e.since.last_day()))
}

#[derive(Debug, Clone)]
struct Term {
    negate: bool,
    test: Test,
}

/// A parsed filter for one kind of record.
#[derive(Debug, Clone)]
pub struct Filter {
    kind: RecordKind,
    input: String,
    terms: Vec<Term>,
}

impl PartialEq for Filter {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind && self.input == other.input
    }
}

impl Filter {
    /// The filter that matches every record of `kind`.
    pub fn all(kind: RecordKind) -> Filter {
        Filter {
            kind,
            input: String::new(),
            terms: Vec::new(),
        }
    }

    /// Parses `input` as a filter on records of `kind`; a term not
    /// finished is refused too.
    pub fn parse(input: &str, kind: RecordKind) -> Result<Filter, FilterError> {
        match Filter::parse_typing(input, kind)? {
            (_, Some(unfinished)) => Err(unfinished),
            (filter, None) => Ok(filter),
        }
    }

    /// Parses `input` as it is being typed: a term not finished yet
    /// ([`FilterError::incomplete`]) is left out of the filter, which the
    /// other terms make, and the first such term is returned beside it. A
    /// mistake in any term is an error.
    pub fn parse_typing(
        input: &str,
        kind: RecordKind,
    ) -> Result<(Filter, Option<FilterError>), FilterError> {
        let (raws, tail) = split_terms(input);
        if let Some(e) = tail.as_ref().filter(|e| !e.incomplete) {
            return Err(e.clone());
        }
        let mut terms = Vec::new();
        let mut left_out = None;
        for raw in &raws {
            match parse_term(input, raw, kind) {
                Ok(Some(term)) => terms.push(term),
                Ok(None) => {}
                Err(e) if e.incomplete => {
                    left_out.get_or_insert(e);
                }
                Err(e) => return Err(e),
            }
        }
        let filter = Filter {
            kind,
            input: input.to_owned(),
            terms,
        };
        Ok((filter, left_out.or(tail)))
    }

    /// The kind of record the filter applies to.
    pub fn kind(&self) -> RecordKind {
        self.kind
    }

    /// The text it was parsed from.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// Whether a term is [`CHANGED`], which needs `--since`'s marks.
    pub fn uses_changed(&self) -> bool {
        self.terms.iter().any(|t| matches!(t.test, Test::Changed))
    }

    /// True when it matches every record (no term constrains anything).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// True when record `index` (of the filter's kind) matches every term.
    /// An index out of range matches nothing. `since`: the records marked
    /// against `--since`'s version, which [`CHANGED`] keeps (none without).
    pub fn matches(
        &self,
        index: usize,
        campaign: &Campaign,
        search: &SearchIndex,
        since: Option<&Marked>,
    ) -> bool {
        if index >= self.kind.count(campaign) {
            return false;
        }
        let text = search.of(self.kind);
        self.terms.iter().all(|term| {
            let hit = match &term.test {
                Test::Any(n) => n.is_in(text.any(index)),
                Test::Text(seg, n) => n.is_in(text.segment(index, *seg)),
                Test::Tag(seg, value) => {
                    let tag = text.segment(index, *seg);
                    tag.strip_prefix(value.as_str())
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
                }
                Test::Enum(EnumField::Risk, mask) => search
                    .story
                    .get(index)
                    .is_some_and(|s| u32::from(s.risks.0) & mask != 0),
                Test::Enum(field, mask) => enum_index(*field, campaign, index)
                    .is_some_and(|i| i < 32 && mask & (1 << i) != 0),
                Test::Date(DateField::Moved, from, to) => {
                    moves(campaign, index).any(|(start, end)| start <= *to && end >= *from)
                }
                Test::Date(field, from, to) => date_period(*field, campaign, index)
                    .is_some_and(|(start, end)| start <= *to && end >= *from),
                Test::Number(field, from, to) => search
                    .numbers
                    .get(*field, index)
                    .is_some_and(|n| (*from..=*to).contains(&n)),
                Test::Changed => since.is_some_and(|m| m.get(self.kind, index).is_some()),
            };
            hit != term.negate
        })
    }

    /// The indexes of `order` that match, in that order.
    pub fn apply(
        &self,
        order: &[usize],
        campaign: &Campaign,
        search: &SearchIndex,
        since: Option<&Marked>,
    ) -> Vec<usize> {
        if self.terms.is_empty() {
            return order
                .iter()
                .copied()
                .filter(|&i| i < self.kind.count(campaign))
                .collect();
        }
        order
            .iter()
            .copied()
            .filter(|&i| self.matches(i, campaign, search, since))
            .collect()
    }
}

/// The order a tab lists `kind` in before any sort: events and letters by
/// date, statements newest first, the others in file order (see [`super`]).
pub fn default_order(kind: RecordKind, campaign: &Campaign, derived: &Derived) -> Vec<usize> {
    match kind {
        RecordKind::Event => derived.event_order.clone(),
        RecordKind::Statement => derived.statement_order.clone(),
        RecordKind::Letter => derived.letters.order.clone(),
        _ => (0..kind.count(campaign)).collect(),
    }
}

/// The records of the filter's kind that match, in the default order.
pub fn filter_indices(filter: &Filter, campaign: &Campaign, derived: &Derived) -> Vec<usize> {
    let order = default_order(filter.kind, campaign, derived);
    let since = derived.since.as_deref();
    filter.apply(&order, campaign, derived.search_index(campaign), since)
}

/// One term as written: where it is and what it says.
#[derive(Debug)]
struct RawTerm {
    span: Range<usize>,
    negate: bool,
    /// The field name and its span, for `name:value`.
    field: Option<(String, Range<usize>)>,
    value: String,
    quoted: bool,
}

/// Whether `name` (with a hyphen) is the name or an alias of a filter field
/// of any kind of record.
fn hyphenated_field(name: &str) -> bool {
    <RecordKind as strum::VariantArray>::VARIANTS
        .iter()
        .any(|&kind| {
            super::search::fields(kind)
                .iter()
                .any(|f| f.name == name || f.aliases.contains(&name))
        })
}

/// Splits the input into terms, handling `-`, quotes and `field:`; what
/// stopped the split (an open quote, a lone `-`), if anything did, beside
/// the terms before it.
fn split_terms(input: &str) -> (Vec<RawTerm>, Option<FilterError>) {
    let mut terms = Vec::new();
    let mut pos = 0;
    let len = input.len();
    let at = |p: usize| input[p..].chars().next();
    while pos < len {
        let Some(c) = at(pos) else { break };
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        let start = pos;
        let mut negate = false;
        if c == '-' {
            negate = true;
            pos += 1;
            if at(pos).is_none_or(char::is_whitespace) {
                let error = FilterError {
                    message: "`-` must be followed by what to exclude, e.g. -status:released"
                        .into(),
                    span: start..pos,
                    // At the end, the rest is still to come.
                    incomplete: pos == len,
                };
                return (terms, Some(error));
            }
        }
        // A field name: an ASCII letter, then letters and digits (`sent90`),
        // up to a colon; with hyphens only where a field is so named
        // (`days-held`): `a-b:c` or a url stays a word.
        let name_len = if input[pos..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            let alnum = input[pos..]
                .bytes()
                .take_while(u8::is_ascii_alphanumeric)
                .count();
            let dashed = input[pos..]
                .bytes()
                .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
                .count();
            if dashed > alnum && hyphenated_field(&input[pos..pos + dashed]) {
                dashed
            } else {
                alnum
            }
        } else {
            0
        };
        let mut field = None;
        if name_len > 0 && input[pos + name_len..].starts_with(':') {
            field = Some((input[pos..pos + name_len].to_owned(), pos..pos + name_len));
            pos += name_len + 1;
        }
        let (value, quoted) = if input[pos..].starts_with('"') {
            let open = pos;
            match input[open + 1..].find('"') {
                Some(close) => {
                    pos = open + 1 + close + 1;
                    (input[open + 1..open + 1 + close].to_owned(), true)
                }
                None => {
                    let error = FilterError {
                        message: "this quote is never closed: add a `\"` after the phrase".into(),
                        span: start..len,
                        incomplete: true,
                    };
                    return (terms, Some(error));
                }
            }
        } else {
            let end = input[pos..]
                .find(char::is_whitespace)
                .map_or(len, |e| pos + e);
            let value = input[pos..end].to_owned();
            pos = end;
            (value, false)
        };
        terms.push(RawTerm {
            span: start..pos,
            negate,
            field,
            value,
            quoted,
        });
    }
    (terms, None)
}

/// The names of the fields of `kind`, for messages: "name, status, org".
fn field_list(kind: RecordKind) -> String {
    fields(kind)
        .iter()
        .map(|f| f.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// "a, b or c".
fn or_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

fn parse_term(input: &str, raw: &RawTerm, kind: RecordKind) -> Result<Option<Term>, FilterError> {
    let refused = |r: Refused| FilterError {
        message: r.message,
        span: raw.span.clone(),
        incomplete: r.incomplete,
    };
    let err = |message: String| refused(message.into());
    let Some((name, name_span)) = &raw.field else {
        if !raw.quoted && raw.value.eq_ignore_ascii_case(CHANGED) {
            return Ok(Some(Term {
                negate: raw.negate,
                test: Test::Changed,
            }));
        }
        return Ok(Needle::new(search_fold(&raw.value)).map(|n| Term {
            negate: raw.negate,
            test: Test::Any(n),
        }));
    };
    let Some(info) = find_field(kind, name) else {
        let candidates = fields(kind)
            .iter()
            .flat_map(|f| std::iter::once(f.name).chain(f.aliases.iter().copied()));
        let hint = nearest(&name.to_ascii_lowercase(), candidates)
            .map(|n| format!("did you mean `{n}`? "))
            .unwrap_or_default();
        return Err(FilterError {
            message: format!(
                "{kind_plural} have no field `{field}`; {hint}fields: {list}",
                kind_plural = kind.plural(),
                field = &input[name_span.clone()],
                list = field_list(kind),
            ),
            span: raw.span.clone(),
            incomplete: false,
        });
    };
    let value = raw.value.trim();
    if value.is_empty() {
        return Err(refused(unfinished(format!(
            "`{}:` needs a value after the colon, e.g. {}",
            info.name,
            example(info.name, info.spec)
        ))));
    }
    let test = match info.spec {
        Spec::Text(seg) => match Needle::new(search_fold(value)) {
            Some(n) => Test::Text(seg, n),
            None => {
                return Err(err(format!(
                    "`{}:{}` has no letters or digits to look for",
                    info.name, raw.value
                )));
            }
        },
        Spec::Tag(seg) => {
            let key = search_fold(value);
            if key.is_empty() {
                return Err(err(format!(
                    "`{}:` needs a language code, e.g. lang:en",
                    info.name
                )));
            }
            Test::Tag(seg, key)
        }
        Spec::Enum(field) => {
            Test::Enum(field, parse_enum(info.name, field, value).map_err(refused)?)
        }
        Spec::Date(field) => {
            if raw.quoted {
                return Err(err(format!(
                    "`{}:` takes a date or a range without quotes, e.g. {}",
                    info.name,
                    example(info.name, info.spec)
                )));
            }
            let (from, to) = match comparison(value) {
                Some((op, end)) => date_compared(op, end).map_err(refused)?,
                None => parse_range(value).map_err(refused)?,
            };
            Test::Date(field, from, to)
        }
        Spec::Number(field) => {
            let (from, to) = parse_numbers(value).map_err(refused)?;
            Test::Number(field, from, to)
        }
    };
    Ok(Some(Term {
        negate: raw.negate,
        test,
    }))
}

/// An example of the field `name` with a value, for messages.
fn example(name: &str, spec: Spec) -> String {
    match spec {
        Spec::Text(_) => format!("{name}:word or {name}:\"two words\""),
        Spec::Tag(_) => format!("{name}:en"),
        Spec::Enum(EnumField::Status) => format!("{name}:imprisoned"),
        Spec::Enum(EnumField::EventKind) => format!("{name}:rally"),
        Spec::Enum(EnumField::StatementKind) => format!("{name}:speech"),
        Spec::Enum(EnumField::Risk) => format!("{name}:health"),
        Spec::Enum(EnumField::Direction) => format!("{name}:received"),
        Spec::Enum(EnumField::Channel) => format!("{name}:post"),
        Spec::Date(_) => format!("{name}:2023-04..2023-05"),
        Spec::Number(_) => format!("{name}:>1000, {name}:0 or {name}:1..5"),
    }
}

/// How a value is compared: `<`, `<=`, `>`, `>=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Lt,
    Le,
    Gt,
    Ge,
}

/// The comparison a value starts with and what follows it (`>=1000` is
/// `(Ge, "1000")`); `None` for a value without one. The one place the
/// comparison signs are read, for numbers, counts and dates alike.
pub(crate) fn comparison(value: &str) -> Option<(Op, &str)> {
    let value = value.trim();
    let (op, rest) = if let Some(r) = value.strip_prefix("<=") {
        (Op::Le, r)
    } else if let Some(r) = value.strip_prefix(">=") {
        (Op::Ge, r)
    } else if let Some(r) = value.strip_prefix('<') {
        (Op::Lt, r)
    } else if let Some(r) = value.strip_prefix('>') {
        (Op::Gt, r)
    } else {
        return None;
    };
    Some((op, rest.trim()))
}

/// A whole number as a filter writes it.
fn parse_number(text: &str) -> Result<i64, Refused> {
    text.trim().parse().map_err(|_| {
        if text.trim().is_empty() {
            unfinished("a comparison needs a number after it, e.g. >1000".into())
        } else {
            format!("`{}` is not a number: write digits, e.g. 1000", text.trim()).into()
        }
    })
}

/// `N`, `<N`, `<=N`, `>N`, `>=N`, `N..M`, `N..` or `..M` as an inclusive
/// range of whole numbers.
fn parse_numbers(value: &str) -> Result<(i64, i64), Refused> {
    if let Some((op, n)) = comparison(value) {
        let n = parse_number(n)?;
        return Ok(match op {
            Op::Lt => (i64::MIN, n.saturating_sub(1)),
            Op::Le => (i64::MIN, n),
            Op::Gt => (n.saturating_add(1), i64::MAX),
            Op::Ge => (n, i64::MAX),
        });
    }
    let Some((a, b)) = value.split_once("..") else {
        let n = parse_number(value)?;
        return Ok((n, n));
    };
    let from = if a.trim().is_empty() {
        i64::MIN
    } else {
        parse_number(a)?
    };
    let to = if b.trim().is_empty() {
        i64::MAX
    } else {
        parse_number(b)?
    };
    if from > to {
        return Err(format!("`{value}` ends before it starts").into());
    }
    Ok((from, to))
}

/// The days a date comparison covers: `<D` before D's first day, `<=D` up
/// to its last, `>D` after its last, `>=D` from its first.
fn date_compared(op: Op, text: &str) -> Result<(NaiveDate, NaiveDate), Refused> {
    if text.is_empty() {
        return Err(unfinished(
            "a comparison needs a date after it, e.g. <2024-01-01".into(),
        ));
    }
    let d = parse_end(text)?;
    let (first, last) = (d.first_day(), last_day(d));
    Ok(match op {
        Op::Lt => (NaiveDate::MIN, first.pred_opt().unwrap_or(NaiveDate::MIN)),
        Op::Le => (NaiveDate::MIN, last),
        Op::Gt => (last.succ_opt().unwrap_or(NaiveDate::MAX), NaiveDate::MAX),
        Op::Ge => (first, NaiveDate::MAX),
    })
}

/// The bit mask of the variants named by `value` (comma-separated names or
/// unambiguous starts of names).
fn parse_enum(field_name: &str, field: EnumField, value: &str) -> Result<u32, Refused> {
    let names = enum_names(field);
    let mut mask = 0u32;
    for part in value.split(',') {
        let part = part.trim().to_lowercase();
        if part.is_empty() {
            continue;
        }
        let exact = names.iter().position(|n| *n == part);
        let index = match exact {
            Some(i) => i,
            None => {
                let starts: Vec<usize> = (0..names.len())
                    .filter(|&i| names[i].starts_with(&part))
                    .collect();
                match starts.as_slice() {
                    [one] => *one,
                    [] => {
                        let hint = nearest(&part, names.iter().copied())
                            .map(|n| format!("did you mean `{n}`? "))
                            .unwrap_or_default();
                        return Err(format!(
                            "no {field_name} is called `{part}`; {hint}expected {}",
                            or_list(names)
                        )
                        .into());
                    }
                    many => {
                        let which: Vec<&str> = many.iter().map(|&i| names[i]).collect();
                        return Err(unfinished(format!(
                            "`{field_name}:{part}` could be {}: type more of it",
                            or_list(&which)
                        )));
                    }
                }
            }
        };
        mask |= 1 << index;
    }
    if mask == 0 {
        return Err(unfinished(format!(
            "`{field_name}:` needs a value: {}",
            or_list(names)
        )));
    }
    Ok(mask)
}

/// The last day a partial date covers.
pub(crate) fn last_day(date: PartialDate) -> NaiveDate {
    date.last_day()
}

fn parse_end(text: &str) -> Result<PartialDate, Refused> {
    PartialDate::parse(text).map_err(|e| match e {
        DateError::Shape => {
            let message = format!("`{text}` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
            if could_become_date(text) {
                unfinished(message)
            } else {
                message.into()
            }
        }
        DateError::NoSuchDay => format!("`{text}` is not in the calendar").into(),
    })
}

/// Whether `text` is the start of a date as the filter writes them
/// (`2023`, `2023-0`, `2023-04-1`): more typing could make it one.
fn could_become_date(text: &str) -> bool {
    const SHAPE: &[u8] = b"####-##-##";
    text.len() < SHAPE.len()
        && text.bytes().zip(SHAPE).all(|(c, &m)| match m {
            b'#' => c.is_ascii_digit(),
            _ => c == m,
        })
}

/// Parses `D`, `D..D`, `D..` or `..D` into an inclusive range of days.
fn parse_range(value: &str) -> Result<(NaiveDate, NaiveDate), Refused> {
    let Some((a, b)) = value.split_once("..") else {
        let d = parse_end(value)?;
        return Ok((d.first_day(), last_day(d)));
    };
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() && b.is_empty() {
        return Err(unfinished(
            "a range needs a start or an end, e.g. 2023-04..2023-05".into(),
        ));
    }
    let from = if a.is_empty() {
        NaiveDate::MIN
    } else {
        parse_end(a)?.first_day()
    };
    let to = if b.is_empty() {
        NaiveDate::MAX
    } else {
        last_day(parse_end(b)?)
    };
    if from > to {
        return Err(format!("`{value}` ends before it starts").into());
    }
    Ok((from, to))
}

fn variant_index<T: PartialEq + 'static>(all: &'static [T], value: &T) -> Option<usize> {
    all.iter().position(|v| v == value)
}

/// The position of the record's value in its enum's variants (the order of
/// [`enum_names`]).
fn enum_index(field: EnumField, campaign: &Campaign, i: usize) -> Option<usize> {
    match field {
        EnumField::Status => variant_index(Status::VARIANTS, &campaign.prisoners.get(i)?.status),
        EnumField::EventKind => variant_index(EventKind::VARIANTS, &campaign.events.get(i)?.kind),
        EnumField::StatementKind => {
            variant_index(StatementKind::VARIANTS, &campaign.statements.get(i)?.kind?)
        }
        // A set, matched by its own test.
        EnumField::Risk => None,
        EnumField::Direction => {
            variant_index(Direction::VARIANTS, &campaign.letters.get(i)?.direction)
        }
        EnumField::Channel => variant_index(Channel::VARIANTS, &campaign.letters.get(i)?.channel?),
    }
}

fn partial(d: Option<PartialDate>) -> Option<(NaiveDate, NaiveDate)> {
    d.map(|d| (d.first_day(), last_day(d)))
}

fn day(d: Option<NaiveDate>) -> Option<(NaiveDate, NaiveDate)> {
    d.map(|d| (d, d))
}

/// The days a record's date covers.
fn date_period(field: DateField, c: &Campaign, i: usize) -> Option<(NaiveDate, NaiveDate)> {
    match field {
        DateField::Born => partial(c.prisoners.get(i)?.born),
        DateField::Detained => partial(c.prisoners.get(i)?.detained),
        DateField::Released => partial(c.prisoners.get(i)?.released),
        DateField::Sentenced => day(c.prisoners.get(i)?.sentenced),
        DateField::ReleaseDue => day(c.prisoners.get(i)?.release_due().map(|r| r.date)),
        DateField::EventDate => {
            let e = c.events.get(i)?;
            let end = e.last_day();
            Some((e.date.min(end), e.date.max(end)))
        }
        DateField::StatementDate => day(Some(c.statements.get(i)?.date)),
        DateField::Opened => day(c.petitions.get(i)?.opened),
        DateField::Closed => day(c.petitions.get(i)?.closed),
        DateField::LetterDate => day(Some(c.letters.get(i)?.date)),
        // Several periods, matched by its own test.
        DateField::Moved => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fields::{Owned, Search};
    use crate::model::{Event, Organisation, Petition, Prisoner, PrisonerDraft, Record, Statement};
    use crate::query::tests::d;

    /// Gives the field the filter field `name` searches one value.
    fn set_filtered(d: &mut PrisonerDraft, name: &str, value: &str) {
        for f in Prisoner::FIELDS {
            if let Search::Field(filter) = f.search
                && filter.name == name
            {
                let v = match f.kind {
                    crate::model::Kind::List { .. } => Owned::List(vec![value.to_owned()]),
                    _ => Owned::Text(value.to_owned()),
                };
                (f.set)(d, v);
            }
        }
    }

    fn campaign() -> Campaign {
        let mut y = Prisoner::new("yarashuk", "Aliaksandr Yarashuk", Status::Imprisoned);
        y.edit(|d| {
            d.aliases = vec!["Аляксандр Ярашук".into()];
            d.organisations = vec!["bkdp".into()];
        });
        y.detained = Some(PartialDate::full(d(2022, 4, 19)));
        y.sentence_months = Some(48);
        y.edit(|d| {
            d.notes = Some("Later moved to a prison regime in Mahilioŭ.".into());
            set_filtered(d, "sponsor", "Bremen group");
        });
        let mut f = Prisoner::new("fiadynich", "Hienadź Fiadynič", Status::Imprisoned);
        f.edit(|d| d.organisations = vec!["rep".into()]);
        f.detained = Some(PartialDate::parse("2022-04").unwrap());
        f.edit(|d| d.facility = Some("Penal colony No. 2, Babruisk".into()));
        let mut b = Prisoner::new("berasneu", "Бераснеў", Status::Released);
        b.born = Some(PartialDate::full(d(1950, 1, 22)));
        b.edit(|d| d.facility = Some("Penal colony No. 15, Mahilioŭ".into()));
        b.released = Some(PartialDate::parse("2024-08").unwrap());
        let mut sp = Event::new("sp", "Rally", d(2023, 5, 1), EventKind::Rally);
        sp.edit(|d| {
            d.city = Some("São Paulo".into());
            d.country = Some("Brazil".into());
            d.prisoners = vec!["yarashuk".into()];
        });
        let mut conf = Event::new("tb", "Conference", d(2023, 4, 28), EventKind::Conference);
        conf.end = Some(d(2023, 4, 30));
        conf.edit(|d| d.organisations = vec!["bkdp".into()]);
        let mut s1 = Statement::new(
            d(2023, 5, 6),
            "Alexandre Fernandes",
            "Workers are persecuted",
        );
        s1.edit(|d| d.language = Some("pt-BR".into()));
        s1.kind = Some(StatementKind::Speech);
        s1.edit(|d| {
            d.prisoners = vec!["yarashuk".into()];
            d.organisation = Some("rep".into());
        });
        let mut s2 = Statement::new(d(2023, 4, 12), "ANCLA", "Support");
        s2.edit(|d| d.language = Some("en".into()));
        Campaign {
            organisations: vec![
                Organisation {
                    id: "bkdp".into(),
                    name: "Belarusian Congress of Democratic Trade Unions".into(),
                    short: Some("BKDP".into()),
                    country: Some("Belarus".into()),
                    ..Organisation::default()
                },
                Organisation {
                    id: "rep".into(),
                    name: "REP union".into(),
                    short: Some("REP".into()),
                    ..Organisation::default()
                },
            ],
            prisoners: vec![y, f, b],
            events: vec![sp, conf],
            statements: vec![s1, s2],
            petitions: vec![Petition {
                title: "Trade union activity is not extremism".into(),
                host: Some("bkdp".into()),
                opened: Some(d(2023, 4, 19)),
                ..Petition::default()
            }],
            ..Campaign::default()
        }
    }

    struct Fx {
        c: Campaign,
        dv: Derived,
    }

    impl Fx {
        fn new() -> Fx {
            let c = campaign();
            let dv = Derived::new(&c, d(2023, 5, 6));
            Fx { c, dv }
        }

        fn find(&self, kind: RecordKind, q: &str) -> Vec<usize> {
            let f = Filter::parse(q, kind).unwrap_or_else(|e| panic!("{q}: {e:?}"));
            let order: Vec<usize> = (0..kind.count(&self.c)).collect();
            f.apply(&order, &self.c, self.dv.search_index(&self.c), None)
        }

        fn err(&self, kind: RecordKind, q: &str) -> FilterError {
            Filter::parse(q, kind).expect_err(q)
        }
    }

    use RecordKind::*;

    #[test]
    fn the_word_changed_keeps_the_records_marked_since() {
        let fx = Fx::new();
        let mut kinds = crate::query::PerKind::<(Vec<usize>, Vec<usize>)>::default();
        kinds[Prisoner] = (vec![2], vec![0]);
        let marked = Marked::new(kinds);
        let find = |q: &str, since: Option<&Marked>| {
            let f = Filter::parse(q, Prisoner).unwrap();
            f.apply(&[0, 1, 2], &fx.c, fx.dv.search_index(&fx.c), since)
        };
        assert_eq!(find("changed", Some(&marked)), [0, 2]);
        assert_eq!(find("Changed", Some(&marked)), [0, 2]);
        assert_eq!(find("-changed", Some(&marked)), [1]);
        assert_eq!(find("changed mahiliou", Some(&marked)), [0, 2]);
        assert_eq!(find("changed fiadynic", Some(&marked)), Vec::<usize>::new());
        // Nothing is marked without --since.
        assert_eq!(find("changed", None), Vec::<usize>::new());
        for (q, uses) in [
            ("changed", true),
            ("-changed", true),
            ("\"changed\"", false),
            ("changedd", false),
            ("notes:changed", false),
        ] {
            assert_eq!(
                Filter::parse(q, Prisoner).unwrap().uses_changed(),
                uses,
                "{q}"
            );
        }
    }

    #[test]
    fn plain_words_fold_case_diacritics_and_script() {
        let fx = Fx::new();
        assert_eq!(fx.find(Prisoner, ""), vec![0, 1, 2]);
        assert_eq!(fx.find(Prisoner, "   "), vec![0, 1, 2]);
        assert_eq!(fx.find(Prisoner, "fiadynic"), vec![1]);
        assert_eq!(fx.find(Prisoner, "FIADYNIČ"), vec![1]);
        assert_eq!(fx.find(Prisoner, "ярашук"), vec![0]);
        assert_eq!(fx.find(Prisoner, "yarashuk"), vec![0]);
        assert_eq!(fx.find(Prisoner, "bieras"), vec![2]);
        assert_eq!(fx.find(Prisoner, "henadz"), vec![1]);
        assert_eq!(fx.find(Prisoner, "mahiliou"), vec![0, 2]);
        assert_eq!(fx.find(Event, "sao paulo"), vec![0]);
        assert_eq!(fx.find(Prisoner, "nobody"), Vec::<usize>::new());
        // Punctuation alone constrains nothing.
        assert_eq!(fx.find(Prisoner, "!!"), vec![0, 1, 2]);
    }

    #[test]
    fn every_prefix_of_a_word_finds_what_the_word_finds() {
        let fx = Fx::new();
        for word in ["bieraśnieŭ", "hienadź", "yarashuk", "babruisk"] {
            let whole = fx.find(Prisoner, word);
            assert!(!whole.is_empty(), "{word}");
            let chars: Vec<char> = word.chars().collect();
            for n in 1..chars.len() {
                let prefix: String = chars[..n].iter().collect();
                let found = fx.find(Prisoner, &prefix);
                for w in &whole {
                    assert!(found.contains(w), "{prefix} of {word}: {found:?}");
                }
            }
        }
    }

    #[test]
    fn linked_names_are_searched() {
        let fx = Fx::new();
        // A prisoner matches its organisations' names and shorts.
        assert_eq!(fx.find(Prisoner, "bkdp"), vec![0]);
        assert_eq!(fx.find(Prisoner, "democratic"), vec![0]);
        // An event matches its organisations and prisoners.
        assert_eq!(fx.find(Event, "bkdp"), vec![1]);
        assert_eq!(fx.find(Event, "yarashuk"), vec![0]);
        // A statement matches its organisation and the prisoners it names.
        assert_eq!(fx.find(Statement, "rep"), vec![0]);
        assert_eq!(fx.find(Statement, "ярашук"), vec![0]);
        // A petition matches its host.
        assert_eq!(fx.find(Petition, "bkdp"), vec![0]);
        // Ids and sponsor lists only through their fields.
        assert_eq!(fx.find(Prisoner, "bremen"), Vec::<usize>::new());
        assert_eq!(fx.find(Prisoner, "sponsor:bremen"), vec![0]);
        assert_eq!(fx.find(Prisoner, "id:fiad"), vec![1]);
    }

    #[test]
    fn and_not_and_phrases() {
        let fx = Fx::new();
        assert_eq!(fx.find(Prisoner, "colony mahiliou"), vec![2]);
        assert_eq!(fx.find(Prisoner, "colony -mahiliou"), vec![1]);
        assert_eq!(fx.find(Prisoner, "-colony"), vec![0]);
        assert_eq!(fx.find(Prisoner, "\"colony no 2\""), vec![1]);
        assert_eq!(fx.find(Prisoner, "\"no 2 colony\""), Vec::<usize>::new());
        assert_eq!(fx.find(Prisoner, "-\"penal colony\""), vec![0]);
        // A phrase does not run across two fields.
        assert_eq!(fx.find(Prisoner, "\"babruisk rep\""), Vec::<usize>::new());
    }

    #[test]
    fn text_fields_restrict_the_search() {
        let fx = Fx::new();
        assert_eq!(fx.find(Prisoner, "facility:mahiliou"), vec![2]);
        assert_eq!(fx.find(Prisoner, "notes:mahiliou"), vec![0]);
        assert_eq!(fx.find(Prisoner, "name:bieras"), vec![2]);
        assert_eq!(fx.find(Prisoner, "org:bkdp"), vec![0]);
        assert_eq!(fx.find(Prisoner, "ORGANISATION:rep"), vec![1]);
        assert_eq!(fx.find(Prisoner, "name:bkdp"), Vec::<usize>::new());
        assert_eq!(fx.find(Event, "city:\"são paulo\""), vec![0]);
        assert_eq!(fx.find(Event, "country:brazil"), vec![0]);
        assert_eq!(fx.find(Event, "prisoner:ярашук"), vec![0]);
        assert_eq!(fx.find(Statement, "author:fernandes"), vec![0]);
        assert_eq!(fx.find(Statement, "text:support"), vec![1]);
        assert_eq!(fx.find(Organisation, "short:rep"), vec![1]);
        assert_eq!(fx.find(Organisation, "name:bkdp"), vec![0]);
        assert_eq!(fx.find(Organisation, "country:belarus"), vec![0]);
        assert_eq!(fx.find(Petition, "host:bkdp title:extremism"), vec![0]);
        assert_eq!(fx.find(Prisoner, "-facility:colony"), vec![0]);
    }

    #[test]
    fn language_codes_match_whole_subtags() {
        let fx = Fx::new();
        assert_eq!(fx.find(Statement, "lang:pt"), vec![0]);
        assert_eq!(fx.find(Statement, "lang:pt-br"), vec![0]);
        assert_eq!(fx.find(Statement, "lang:en"), vec![1]);
        assert_eq!(fx.find(Statement, "lang:e"), Vec::<usize>::new());
        assert_eq!(fx.find(Statement, "-lang:en"), vec![0]);
        // A language code is not a plain word.
        assert_eq!(fx.find(Statement, "pt"), Vec::<usize>::new());
    }

    #[test]
    fn enums_by_name_prefix_or_list() {
        let fx = Fx::new();
        assert_eq!(fx.find(Prisoner, "status:imprisoned"), vec![0, 1]);
        assert_eq!(fx.find(Prisoner, "status:imp"), vec![0, 1]);
        assert_eq!(fx.find(Prisoner, "status:Released"), vec![2]);
        assert_eq!(fx.find(Prisoner, "-status:released"), vec![0, 1]);
        assert_eq!(fx.find(Prisoner, "status:det,rel"), vec![2]);
        assert_eq!(fx.find(Event, "kind:rally"), vec![0]);
        assert_eq!(fx.find(Event, "kind:conf"), vec![1]);
        assert_eq!(fx.find(Statement, "kind:speech"), vec![0]);
        // A statement without a kind matches no kind, so is kept by a negation.
        assert_eq!(fx.find(Statement, "-kind:speech"), vec![1]);
        let e = fx.err(Prisoner, "status:re");
        assert_eq!(
            e.message,
            "`status:re` could be restricted or released: type more of it"
        );
        assert_eq!(e.span, 0..9);
        let e = fx.err(Prisoner, "bkdp status:jailed");
        assert!(
            e.message.starts_with("no status is called `jailed`"),
            "{}",
            e.message
        );
        assert!(
            e.message
                .ends_with("expected detained, imprisoned, restricted, released or deceased")
        );
        assert_eq!(e.span, 5..18);
        let e = fx.err(Event, "kind:raly");
        assert!(e.message.contains("did you mean `rally`?"), "{}", e.message);
        assert!(
            fx.err(Prisoner, "status:,")
                .message
                .contains("needs a value")
        );
    }

    #[test]
    fn dates_and_ranges() {
        let fx = Fx::new();
        // Partial detained "2022-04" covers all of April.
        assert_eq!(fx.find(Prisoner, "detained:2022-04"), vec![0, 1]);
        assert_eq!(fx.find(Prisoner, "detained:2022-04-19"), vec![0, 1]);
        assert_eq!(fx.find(Prisoner, "detained:2022-04-20.."), vec![1]);
        assert_eq!(fx.find(Prisoner, "detained:..2022-04-18"), vec![1]);
        assert_eq!(fx.find(Prisoner, "detained:..2022-03"), Vec::<usize>::new());
        assert_eq!(fx.find(Prisoner, "-detained:2022"), vec![2]);
        assert_eq!(fx.find(Prisoner, "born:1950"), vec![2]);
        assert_eq!(fx.find(Prisoner, "born:1950-01-22"), vec![2]);
        assert_eq!(fx.find(Prisoner, "born:1951"), Vec::<usize>::new());
        assert_eq!(fx.find(Prisoner, "released:2024-08-31"), vec![2]);
        assert_eq!(fx.find(Prisoner, "due:2026"), vec![0]);
        // The event of 28-30 April overlaps a range that starts on the 30th.
        assert_eq!(fx.find(Event, "date:2023-04-30.."), vec![0, 1]);
        assert_eq!(fx.find(Event, "date:..2023-04-28"), vec![1]);
        assert_eq!(fx.find(Event, "date:2023-04..2023-05"), vec![0, 1]);
        assert_eq!(fx.find(Event, "date:2023-05-02.."), Vec::<usize>::new());
        // ..2023-05 includes 31 May.
        assert_eq!(fx.find(Statement, "date:..2023-05"), vec![0, 1]);
        assert_eq!(fx.find(Statement, "date:2023-05-06"), vec![0]);
        assert_eq!(
            fx.find(Statement, "date:2023-04-13..2023-05-05"),
            Vec::<usize>::new()
        );
        assert_eq!(fx.find(Petition, "opened:2023-04"), vec![0]);
        assert_eq!(fx.find(Petition, "closed:2023"), Vec::<usize>::new());
    }

    #[test]
    fn numbers_and_counts_compare_and_dates_too() {
        let fx = Fx::new();
        // Days held as of 2023-05-06: 382, ~400 (from 1 April), none.
        assert_eq!(fx.find(Prisoner, "days:>390"), vec![1]);
        assert_eq!(fx.find(Prisoner, "days:>=382"), vec![0, 1]);
        assert_eq!(fx.find(Prisoner, "days:<383"), vec![0]);
        assert_eq!(fx.find(Prisoner, "days:382"), vec![0]);
        assert_eq!(fx.find(Prisoner, "days:380..400"), vec![0, 1]);
        assert_eq!(fx.find(Prisoner, "-days:>0"), vec![2]);
        // Yarashuk is named by one event and one statement.
        assert_eq!(fx.find(Prisoner, "events:0"), vec![1, 2]);
        assert_eq!(fx.find(Prisoner, "events:>0"), vec![0]);
        assert_eq!(fx.find(Prisoner, "stmts:0"), vec![1, 2]);
        assert_eq!(fx.find(Prisoner, "statements:<=1"), vec![0, 1, 2]);
        assert_eq!(fx.find(Prisoner, "events:0 statements:0"), vec![1, 2]);
        // Dates: before, after, on or before, on or after.
        assert_eq!(fx.find(Prisoner, "due:<2027"), vec![0]);
        assert_eq!(fx.find(Prisoner, "due:<2024-01-01"), Vec::<usize>::new());
        assert_eq!(fx.find(Prisoner, "due:>2026-04-19"), Vec::<usize>::new());
        assert_eq!(fx.find(Prisoner, "due:>=2026-04-19"), vec![0]);
        assert_eq!(fx.find(Prisoner, "due:<=2026-04"), vec![0]);
        assert_eq!(fx.find(Prisoner, "detained:<2022-04-19"), vec![1]);
        assert_eq!(fx.find(Event, "date:>2023-04-30"), vec![0]);
        // Mistakes, and what is only unfinished.
        let e = fx.err(Prisoner, "days:>x");
        assert!(e.message.contains("`x` is not a number"), "{e:?}");
        assert!(!e.incomplete);
        assert!(fx.err(Prisoner, "days:>").incomplete);
        assert!(fx.err(Prisoner, "due:<2023-0").incomplete);
        assert!(!fx.err(Prisoner, "events:5..2").incomplete);
    }

    #[test]
    fn bad_dates_are_errors_with_spans() {
        let fx = Fx::new();
        let e = fx.err(Event, "rally date:2023-13");
        assert_eq!(e.message, "`2023-13` is not in the calendar");
        assert_eq!(e.span, 6..18);
        let e = fx.err(Event, "date:2023..2022");
        assert_eq!(e.message, "`2023..2022` ends before it starts");
        assert_eq!(e.span, 0..15);
        let e = fx.err(Event, "date:23-04");
        assert!(e.message.contains("write YYYY, YYYY-MM or YYYY-MM-DD"));
        let e = fx.err(Event, "date:..");
        assert!(e.message.contains("needs a start or an end"));
        let e = fx.err(Event, "date:\"2023\"");
        assert!(e.message.contains("without quotes"));
        assert_eq!(fx.err(Prisoner, "-detained:2022-02-30").span, 0..20);
        // A day-precise range can be reversed within a month.
        assert!(Filter::parse("date:2023-05-02..2023-05-01", Event).is_err());
        assert!(Filter::parse("date:2023-05..2023-05-01", Event).is_ok());
    }

    #[test]
    fn unknown_fields_empty_values_and_quotes() {
        let fx = Fx::new();
        let e = fx.err(Prisoner, "yarashuk stauts:imprisoned");
        assert!(
            e.message
                .starts_with("prisoners have no field `stauts`; did you mean `status`?"),
            "{}",
            e.message
        );
        assert!(e.message.contains("fields: name, status, org"));
        assert_eq!(e.span, 9..26);
        let e = fx.err(Event, "status:imprisoned");
        assert!(
            e.message.starts_with("events have no field `status`"),
            "{}",
            e.message
        );
        let e = fx.err(Event, "city:");
        assert_eq!(
            e.message,
            "`city:` needs a value after the colon, e.g. city:word or city:\"two words\""
        );
        // The example names the field typed.
        let detained = fx.err(Prisoner, "detained:");
        assert!(detained.message.ends_with("e.g. detained:2023-04..2023-05"));
        assert_eq!(e.span, 0..5);
        let e = fx.err(Event, "city:\"\"");
        assert!(e.message.contains("needs a value"));
        let e = fx.err(Event, "rally \"sao paulo");
        assert!(e.message.contains("never closed"));
        assert_eq!(e.span, 6..16);
        let e = fx.err(Event, "city:\"sao");
        assert_eq!(e.span, 0..9);
        let e = fx.err(Event, "rally - bremen");
        assert_eq!(e.span, 6..7);
        assert!(
            fx.err(Event, "city:!!")
                .message
                .contains("no letters or digits")
        );
        // Not a field name: a time, a url.
        assert!(Filter::parse("12:00", Event).is_ok());
        assert!(Filter::parse("a-b:c", Event).is_ok());
    }

    /// While a filter is typed, a term that is not finished yet (a field
    /// with no value, a value that could still become several, an open
    /// quote, a `-` at the end, a date half typed) is no mistake: the other
    /// terms filter, and the error says what the term lacks, marked
    /// incomplete. Strictly parsed (`print --filter`) it is refused.
    #[test]
    fn while_typing_an_unfinished_term_is_left_out_and_said_so() {
        let fx = Fx::new();
        for q in [
            "status:",
            "status:r",
            "status:re",
            "status:det,re",
            "org:",
            "org:\"rep",
            "\"penal col",
            "colony -",
            "detained:2022-0",
            "detained:2022-04-1",
            "detained:2022..2023-",
            "detained:..",
            "facility:\"\"",
        ] {
            let (filter, unfinished) =
                Filter::parse_typing(q, Prisoner).unwrap_or_else(|e| panic!("{q}: {e:?}"));
            let e = unfinished.unwrap_or_else(|| panic!("{q} is unfinished"));
            assert!(e.incomplete, "{q}");
            assert_eq!(filter.input(), q, "the filter is what is typed");
            let strict = Filter::parse(q, Prisoner).expect_err(q);
            assert_eq!(strict, e, "{q}: the same message either way");
        }
        // The other terms still filter.
        let (f, e) = Filter::parse_typing("colony status:", Prisoner).unwrap();
        let order: Vec<usize> = (0..3).collect();
        assert_eq!(
            f.apply(&order, &fx.c, fx.dv.search_index(&fx.c), None),
            vec![1, 2]
        );
        assert_eq!(e.unwrap().span, 7..14);
        // `status:re` says it is ambiguous and between which.
        let e = Filter::parse_typing("status:re", Prisoner)
            .unwrap()
            .1
            .unwrap();
        assert_eq!(
            e.message,
            "`status:re` could be restricted or released: type more of it"
        );
        // A finished filter has nothing to say.
        assert_eq!(
            Filter::parse_typing("status:rel", Prisoner).unwrap().1,
            None
        );
        // Mistakes are mistakes while typing too.
        for q in [
            "status:jailed",
            "stauts:imprisoned",
            "detained:2022-13",
            "detained:2022-04-31",
            "detained:22-04",
            "detained:2023..2022",
            "rally - bremen",
            "city:!!",
        ] {
            let e = Filter::parse_typing(q, Event)
                .and_then(|_| Filter::parse_typing(q, Prisoner))
                .expect_err(q);
            assert!(!e.incomplete, "{q}: {}", e.message);
        }
    }

    #[test]
    fn spans_index_bytes_of_non_ascii_input() {
        // A Cyrillic "о" is not a field letter: "fоо:x" is a plain word.
        assert!(Filter::parse("ярашук fоо:x", Prisoner).is_ok());
        let e = Filter::parse("ярашук stauts:x", Prisoner).unwrap_err();
        assert_eq!(e.span, 13..21);
        assert_eq!(&"ярашук stauts:x"[e.span], "stauts:x");
    }
}
