//! Problem collection: [`Ctx`], which holds the problems found so far,
//! [`Rec`], the record being read, and the reports and labels every
//! reader shares (unknown and missing keys, wrong types).

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use toml::de::{DeTable, DeValue};

use crate::load::render::LineIndex;
use crate::load::suggest::did_you_mean;
use crate::load::{MAX_PROBLEMS, Omitted, Problem, Severity};
use crate::sanitize::sanitize_line;
use crate::t;

use super::{TOP_KEYS, Value};

/// How many characters of a title or author name a label shows.
pub(super) const LABEL_CHARS: usize = 32;

/// The problems found so far: at most `2 * MAX_PROBLEMS` are held at a
/// time; beyond that only the first `MAX_PROBLEMS` in file order are kept
/// and the others counted, so a file of a million broken records costs
/// bounded memory.
pub(super) struct Ctx<'t> {
    pub(super) text: &'t str,
    pub(super) problems: Vec<Problem>,
    pub(super) omitted: Omitted,
    /// Built on first use (a duplicate id names the line of the first).
    pub(super) lines: Option<LineIndex<'t>>,
    /// Where the text the spans count from starts in the file: the start
    /// of the record's chunk when records are parsed one by one, else 0.
    pub(super) base: usize,
    /// The span of each snooze's `item` in the file, in the order of the
    /// campaign's `snoozed`: set once the campaign is built.
    pub(super) snooze_at: Vec<Range<usize>>,
}

impl<'t> Ctx<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        Ctx {
            text,
            problems: Vec::new(),
            omitted: Omitted::default(),
            lines: None,
            base: 0,
            snooze_at: Vec::new(),
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
    pub(super) fn keep_first(&mut self, n: usize) {
        self.problems.sort_by_key(|p| p.span.start);
        for p in self.problems.drain(n.min(self.problems.len())..) {
            match p.severity {
                Severity::Error => self.omitted.errors += 1,
                Severity::Warning => self.omitted.warnings += 1,
            }
        }
    }

    /// A span of the parsed chunk as a span of the file.
    pub(super) fn shift(&self, span: Range<usize>) -> Range<usize> {
        span.start + self.base..span.end + self.base
    }

    /// Takes over the problems another context found.
    pub(super) fn absorb(&mut self, problems: Vec<Problem>, omitted: Omitted) {
        self.omitted.errors += omitted.errors;
        self.omitted.warnings += omitted.warnings;
        for p in problems {
            self.problems.push(p);
            if self.problems.len() >= 2 * MAX_PROBLEMS {
                self.keep_first(MAX_PROBLEMS);
            }
        }
    }

    pub(super) fn error(&mut self, span: Range<usize>, message: String, help: Option<String>) {
        self.push(Severity::Error, span, message, help);
    }

    pub(super) fn warn(&mut self, span: Range<usize>, message: String, help: Option<String>) {
        self.push(Severity::Warning, span, message, help);
    }

    pub(super) fn line_of(&mut self, offset: usize) -> usize {
        let text = self.text;
        self.lines
            .get_or_insert_with(|| LineIndex::new(text))
            .line(offset)
    }

    /// The source text of a span, if it is short and on one line.
    pub(super) fn source(&self, span: &Range<usize>) -> Option<&str> {
        let s = self.text.get(self.shift(span.clone()))?;
        (s.len() <= 60 && !s.contains('\n')).then_some(s)
    }
}

/// One record (or the `[campaign]` table) being read.
pub(super) struct Rec<'a, 'i> {
    pub(super) table: &'a DeTable<'i>,
    /// The header, or the inline table, or the dotted key.
    pub(super) header: Range<usize>,
    /// How messages name it: `prisoners[3] "yarashuk"`.
    pub(super) label: Label<'i>,
    /// 1-based place in its section (0 for tables that are not records).
    pub(super) number: usize,
    /// Where its label goes in [`Found::labels`].
    pub(super) slot: usize,
}

impl<'a, 'i> Rec<'a, 'i> {
    pub(super) fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        self.table.get(key)
    }
}

/// File text shown inside a message: one line, made safe, shortened.
pub(super) fn shown(s: &str, max: usize) -> String {
    shown_cow(s, max).into_owned()
}

/// [`shown`], borrowing `s` where it needs no change.
pub(super) fn shown_cow(s: &str, max: usize) -> Cow<'_, str> {
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
pub(super) fn describe(v: &DeValue<'_>) -> String {
    match v {
        DeValue::String(s) => t!("check-found-text", text = shown(s, 40)),
        DeValue::Integer(i) => t!("check-found-integer", value = shown(&i.to_string(), 24)),
        DeValue::Float(f) => t!("check-found-number", value = shown(f.as_str(), 24)),
        DeValue::Boolean(b) => t!("check-found-boolean", value = b.to_string()),
        DeValue::Datetime(dt) => match (dt.date.is_some(), dt.time.is_some()) {
            (true, true) => t!("check-found-date-time", value = dt.to_string()),
            (true, false) => t!("check-found-date", value = dt.to_string()),
            _ => t!("check-found-time", value = dt.to_string()),
        },
        DeValue::Array(_) => t!("check-found-list"),
        DeValue::Table(_) => t!("check-found-table"),
    }
}

/// How messages name a record (`prisoners[3] "yarashuk"`) or an entry of
/// one (`prisoners[3] "yarashuk": custody[2]`). It is kept as its parts,
/// the name borrowed from the file where it can be, and written out only
/// when a message needs it: not for every record read (formatting it took
/// about 2,000 instructions a record).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Label<'t> {
    /// Text of its own: "top level", "[campaign]".
    Fixed(&'static str),
    /// A record: its section, its number there, and the text that names
    /// it, if any (written by [`label_named`]).
    Record {
        section: &'static str,
        number: usize,
        name: Option<Cow<'t, str>>,
    },
    /// Entry `number` of the list of tables `key` of a record.
    Entry {
        parent: Box<Label<'t>>,
        key: &'static str,
        number: usize,
    },
}

impl<'t> Label<'t> {
    /// The label of record `number` of `section`: named by its id if it has
    /// one as text, else by the value of `fallback` (author, title); else
    /// only by the section and number.
    pub(super) fn of(
        section: &'static str,
        number: usize,
        table: &DeTable<'t>,
        fallback: &str,
    ) -> Self {
        let name = ["id", fallback]
            .into_iter()
            .find_map(|key| match table.get(key)?.get_ref() {
                DeValue::String(s) if !s.trim().is_empty() => Some(s.clone()),
                _ => None,
            });
        Label::Record {
            section,
            number,
            name,
        }
    }

    /// The label of entry `number` of this record's list `key`.
    pub(super) fn entry(&self, key: &'static str, number: usize) -> Self {
        Label::Entry {
            parent: Box::new(self.clone()),
            key,
            number,
        }
    }
}

impl fmt::Display for Label<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Label::Fixed("top level") => f.write_str(&t!("check-top-level")),
            Label::Fixed(text) => f.write_str(text),
            Label::Record {
                section,
                number,
                name,
            } => f.write_str(&label_named(section, *number, name.as_deref())),
            Label::Entry {
                parent,
                key,
                number,
            } => write!(f, "{parent}: {key}[{number}]"),
        }
    }
}

/// [`label`] from the text that names the record, if any.
pub(super) fn label_named(section: &str, number: usize, name: Option<&str>) -> String {
    match name {
        Some(s) => format!(
            "{section}[{number}] \"{}\"",
            shown_cow(s.trim(), LABEL_CHARS)
        ),
        None => format!("{section}[{number}]"),
    }
}

pub(super) fn missing(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>, key: &str, example: &str) {
    cx.error(
        rec.header.clone(),
        t!(
            "check-missing-key",
            label = rec.label.to_string(),
            key = key
        ),
        Some(t!("check-missing-key-help", key = key, example = example)),
    );
}

/// Reports every key of `rec` that is not `allowed`; `what` names the
/// kind of table in the help (written only for a message).
pub(super) fn check_keys<W: fmt::Display + ?Sized>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    allowed: &[&str],
    what: &W,
) {
    for (key, _) in rec.table.iter() {
        let name: &str = key.get_ref();
        if allowed.contains(&name) {
            continue;
        }
        let misplaced =
            rec.number == 0 && rec.label != Label::Fixed("top level") && TOP_KEYS.contains(&name);
        let help = if misplaced {
            Some(t!(
                "check-misplaced-top-key-help",
                key = name,
                label = rec.label.to_string()
            ))
        } else {
            did_you_mean(name, allowed.iter().copied())
        }
        .or_else(|| {
            Some(t!(
                "check-keys-of",
                what = what.to_string(),
                keys = allowed
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        });
        cx.error(
            key.span(),
            t!(
                "check-unknown-key",
                label = rec.label.to_string(),
                key = shown(name, 40)
            ),
            help,
        );
    }
}

/// "`key` must be EXPECTED, found V", of the record `label`.
pub(super) fn wrong_type_said(
    label: &Label<'_>,
    key: &str,
    expected: String,
    v: &DeValue<'_>,
) -> String {
    t!(
        "check-wrong-type",
        label = label.to_string(),
        key = key,
        expected = expected,
        found = describe(v)
    )
}

/// What a value must be, in a message about a wrong type.
pub(super) enum Expected {
    /// Text in quotes: a number or date found instead is shown quoted.
    Text,
    /// Anything else, said in the language.
    Other(String),
}

pub(super) fn wrong_type(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    key: &str,
    v: &Value<'_>,
    expected: Expected,
) {
    let help = match v.get_ref() {
        DeValue::Integer(_) | DeValue::Float(_) | DeValue::Boolean(_) | DeValue::Datetime(_)
            if matches!(expected, Expected::Text) =>
        {
            cx.source(&v.span())
                .map(|s| t!("check-put-in-quotes", key = key, value = shown(s, 40)))
        }
        _ => None,
    };
    let expected = match expected {
        Expected::Text => t!("check-expected-text"),
        Expected::Other(said) => said,
    };
    cx.error(
        v.span(),
        wrong_type_said(&rec.label, key, expected, v.get_ref()),
        help,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_shortens_and_sanitizes() {
        assert_eq!(shown("abc", 5), "abc");
        assert_eq!(shown("abcdefgh", 5), "abcd…");
        assert_eq!(shown("a\u{1b}b", 40), "a\\u{1b}b");
    }
}
