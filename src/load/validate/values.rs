//! The value readers: text, lists of text, dates, whole numbers and
//! choices, each recording its own problems.

use std::borrow::Cow;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};
use toml::Spanned;
use toml::de::DeValue;

use crate::load::suggest::did_you_mean;
use crate::model::PartialDate;
use crate::model::fields::Choice;

use super::ctx::{Ctx, Label, Rec, describe, missing, shown, wrong_type};

pub(super) fn text(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    key: &str,
    required: bool,
) -> Option<String> {
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
pub(super) fn text_list(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>, key: &str, what: &str) -> Vec<String> {
    let n = match rec.get(key).map(Spanned::get_ref) {
        Some(DeValue::Array(items)) => items.len(),
        _ => 0,
    };
    let mut out = Vec::with_capacity(n);
    text_items(cx, rec, key, what, |s, _| out.push(s.to_string()));
    out
}

/// Gives each item of a list of text (or of ids) to `each`, with its span.
pub(super) fn text_items<'i>(
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

/// A date value: a TOML local date or a string, partial where allowed.
pub(super) fn date(
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
            Some(if required {
                "write the day too: it is required".to_string()
            } else {
                format!("write the day too; if it is not known, leave `{key}` out")
            }),
        );
        return None;
    }
    Some((date, span))
}

pub(super) fn date_shape_help(s: &str, partial_ok: bool) -> String {
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

pub(super) fn no_such_day_help(s: &str) -> Option<String> {
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
pub(super) fn not_before(
    cx: &mut Ctx<'_>,
    label: &Label<'_>,
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

pub(super) fn full(d: Option<(PartialDate, Range<usize>)>) -> Option<(NaiveDate, Range<usize>)> {
    d.and_then(|(d, s)| d.as_full().map(|f| (f, s)))
}

/// An integer in `min..=max`.
pub(super) fn int(
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
pub(super) fn choice(
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

/// A list of names, each one of `choices`: bit `i` for `choices[i]`. A
/// name written twice is taken once.
pub(super) fn choices(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, '_>,
    key: &str,
    choices: &[Choice],
) -> Option<u64> {
    rec.get(key)?;
    let names = || choices.iter().map(|c| c.name);
    let list = || names().collect::<Vec<_>>().join(", ");
    let mut bits = 0u64;
    let mut unknown = Vec::new();
    text_items(cx, rec, key, "name", |s, span| {
        match names().position(|n| n == &**s) {
            Some(i) => bits |= 1 << i,
            None => unknown.push((s.to_string(), span)),
        }
    });
    for (s, span) in unknown {
        cx.error(
            span,
            format!(
                "{}: each item of `{key}` must be one of {}; found \"{}\"",
                rec.label,
                list(),
                shown(&s, 40)
            ),
            did_you_mean(&s, names()),
        );
    }
    Some(bits)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
