//! The reports of TOML syntax errors, with the help for the common ones.

use std::ops::Range;

use super::ctx::{Ctx, shown};
use super::values::no_such_day_help;
use crate::t;

/// How deep the TOML parser (`toml`) lets lists, inline tables and dotted
/// keys nest before it stops with an error rather than recurse further;
/// stated in the help for that error.
pub(super) const MAX_NESTING: usize = 80;

/// Reports a TOML syntax error of `parsed` (the file, or the chunk that
/// starts at `cx.base`), naming the record `label` when it is known.
pub(super) fn syntax_error(
    cx: &mut Ctx<'_>,
    parsed: &str,
    e: &toml::de::Error,
    label: Option<&str>,
) {
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
            format!(
                "{prefix}{}",
                t!("check-syntax-no-such-day", key = key, date = day)
            ),
            no_such_day_help(day),
        );
        return;
    }
    let said = if recurs {
        t!("check-nested-too-deep", max = MAX_NESTING.to_string())
    } else {
        t!("check-invalid-toml", message = shown(message, 200))
    };
    cx.error(span, format!("{prefix}{said}"), syntax_help(message));
}

/// The key and the day of a TOML date that names no day (`2023-02-30`),
/// written at `span` as the value of `key = `.
pub(super) fn bad_day<'p>(parsed: &'p str, span: &Range<usize>) -> Option<(&'p str, &'p str)> {
    let day = parsed.get(span.start..)?.get(..10)?;
    let shape = day.bytes().enumerate().all(|(i, b)| match i {
        4 | 7 => b == b'-',
        _ => b.is_ascii_digit(),
    });
    // The shape first: a character of several bytes would make `day[5..7]`
    // cut through it.
    if !shape {
        return None;
    }
    let month: u32 = day[5..7].parse().ok()?;
    if !(1..=12).contains(&month) {
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
pub(super) fn deepest_key(parsed: &str) -> Option<Range<usize>> {
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

pub(super) fn syntax_help(message: &str) -> Option<String> {
    if message.contains("duplicate key") {
        Some(t!("check-duplicate-key-help"))
    } else if message.contains("string values must be quoted") {
        Some(t!("check-unquoted-help"))
    } else if message.contains("recurs") {
        Some(t!(
            "check-nested-too-deep-help",
            max = MAX_NESTING.to_string()
        ))
    } else if message.contains("invalid date") {
        Some(t!("check-invalid-date-help"))
    } else if message.contains("unclosed array table") || message.contains("unclosed table") {
        Some(t!("check-unclosed-header-help"))
    } else {
        None
    }
}
