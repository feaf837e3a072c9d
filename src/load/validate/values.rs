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

use super::ctx::{
    Ctx, Expected, Label, Rec, describe, missing, shown, wrong_type, wrong_type_said,
};
use crate::t;

/// How messages name an item of a list of `what` ("link", "[[prisoners]]
/// id", as the fields declare them): one, and many.
pub(super) fn item_words(what: &str) -> (String, String) {
    match what {
        "link" => (t!("check-item-link"), t!("check-items-link")),
        "text" => (t!("check-item-text"), t!("check-items-text")),
        "language" => (t!("check-item-language"), t!("check-items-language")),
        "name" => (t!("check-item-name"), t!("check-items-name")),
        "[[organisations]] id" => (
            t!("check-item-organisation-id"),
            t!("check-items-organisation-id"),
        ),
        "[[prisoners]] id" => (t!("check-item-prisoner-id"), t!("check-items-prisoner-id")),
        "[[events]] id" => (t!("check-item-event-id"), t!("check-items-event-id")),
        other => (other.to_string(), format!("{other}s")),
    }
}

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
                    t!("check-empty", label = rec.label.to_string(), key = key),
                    Some(t!("check-empty-help", key = key)),
                );
            }
            Some(s.to_string())
        }
        _ => {
            wrong_type(cx, rec, key, v, Expected::Text);
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
                        t!(
                            "check-item-wrong-type",
                            label = rec.label.to_string(),
                            n = (i + 1).to_string(),
                            key = key,
                            what = item_words(what).0,
                            found = describe(other)
                        ),
                        None,
                    ),
                }
            }
        }
        DeValue::String(s) => {
            cx.error(
                v.span(),
                t!(
                    "check-single-text",
                    label = rec.label.to_string(),
                    key = key,
                    what = item_words(what).1
                ),
                Some(t!(
                    "check-single-text-help",
                    key = key,
                    value = shown(s, 40)
                )),
            );
        }
        _ => {
            wrong_type(
                cx,
                rec,
                key,
                v,
                Expected::Other(t!("check-expected-list", what = item_words(what).1)),
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
                        t!(
                            "check-no-such-day",
                            label = label.to_string(),
                            key = key,
                            date = d.to_string()
                        ),
                        None,
                    );
                    return None;
                }
            },
            (Some(d), Some(_)) => {
                cx.error(
                    span,
                    t!(
                        "check-date-not-date-time",
                        label = label.to_string(),
                        key = key
                    ),
                    Some(t!("check-write", value = d.to_string())),
                );
                return None;
            }
            _ => {
                cx.error(
                    span,
                    t!(
                        "check-date-not-time",
                        label = label.to_string(),
                        key = key,
                        time = dt.to_string()
                    ),
                    Some(t!("check-date-not-time-help")),
                );
                return None;
            }
        },
        DeValue::String(s) => match PartialDate::parse(s) {
            Ok(d) => d,
            Err(crate::model::DateError::Shape) => {
                cx.error(
                    span,
                    t!(
                        "check-not-a-date",
                        label = label.to_string(),
                        key = key,
                        value = shown(s, 40)
                    ),
                    Some(date_shape_help(s, partial_ok)),
                );
                return None;
            }
            Err(crate::model::DateError::NoSuchDay) => {
                cx.error(
                    span,
                    t!(
                        "check-no-such-day-in-calendar",
                        label = label.to_string(),
                        key = key,
                        date = shown(s, 40)
                    ),
                    no_such_day_help(s),
                );
                return None;
            }
        },
        DeValue::Integer(i) if partial_ok && i.as_str().len() == 4 && i.radix() == 10 => {
            cx.error(
                span,
                t!(
                    "check-year-as-integer",
                    label = label.to_string(),
                    key = key,
                    year = i.to_string()
                ),
                Some(t!(
                    "check-year-as-integer-help",
                    key = key,
                    year = i.to_string()
                )),
            );
            return None;
        }
        other => {
            let expected = if partial_ok {
                t!("check-expected-partial-date")
            } else {
                t!("check-expected-date")
            };
            cx.error(span, wrong_type_said(label, key, expected, other), None);
            return None;
        }
    };
    if !partial_ok && !date.is_full() {
        let message = if date.month_part().is_some() {
            t!(
                "check-needs-full-date-month",
                label = label.to_string(),
                key = key,
                date = date.to_string()
            )
        } else {
            t!(
                "check-needs-full-date-year",
                label = label.to_string(),
                key = key,
                date = date.to_string()
            )
        };
        cx.error(
            span,
            message,
            Some(if required {
                t!("check-needs-full-date-required")
            } else {
                t!("check-needs-full-date-optional", key = key)
            }),
        );
        return None;
    }
    Some((date, span))
}

pub(super) fn date_shape_help(s: &str, partial_ok: bool) -> String {
    let trimmed = s.trim();
    if trimmed != s && PartialDate::parse(trimmed).is_ok() {
        return t!("check-remove-spaces", value = shown(trimmed, 40));
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
                return t!(
                    "check-year-first",
                    date = day.format("%Y-%m-%d").to_string(),
                    day = dd.to_string(),
                    month = mm.to_string()
                );
            }
        }
    }
    if partial_ok {
        t!("check-date-shape-partial")
    } else {
        t!("check-date-shape")
    }
}

pub(super) fn no_such_day_help(s: &str) -> Option<String> {
    let d = PartialDate::parse(&s[..s.len().min(7)]).ok()?;
    let month = d.month_part()?;
    let first = NaiveDate::from_ymd_opt(d.year_part(), month, 1)?;
    let next = first.checked_add_months(chrono::Months::new(1))?;
    let days = (next - first).num_days();
    Some(t!(
        "check-month-has-days",
        month = month,
        year = first.year().to_string(),
        days = days
    ))
}

/// The rule "`later` does not come before `earlier`" (dates compare by their
/// first day): an error at the later date when it does.
pub(super) fn not_before(
    cx: &mut Ctx<'_>,
    label: &Label<'_>,
    (earlier_key, earlier): (&str, PartialDate),
    (later_key, later, span): (&str, PartialDate, &Range<usize>),
    help: impl FnOnce() -> String,
) {
    if later.first_day() < earlier.first_day() {
        let help = help();
        cx.error(
            span.clone(),
            t!(
                "check-before",
                label = label.to_string(),
                later_key = later_key,
                later = later.to_string(),
                earlier_key = earlier_key,
                earlier = earlier.to_string()
            ),
            Some(help),
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
            t!("check-expected-count")
        } else {
            t!("check-expected-whole-number")
        };
        let help = match v.get_ref() {
            DeValue::String(s) => {
                let digits: String = s
                    .chars()
                    .filter(|c| !matches!(c, ',' | ' ' | '_' | '\''))
                    .collect();
                digits.parse::<i128>().ok().map(|n| {
                    t!(
                        "check-number-without-quotes",
                        key = key,
                        value = n.to_string()
                    )
                })
            }
            _ => None,
        };
        cx.error(
            span,
            wrong_type_said(&rec.label, key, expected, v.get_ref()),
            help,
        );
        return None;
    };
    let n = match i128::from_str_radix(i.as_str(), i.radix()) {
        Ok(n) => n,
        Err(e) if *e.kind() == std::num::IntErrorKind::PosOverflow => {
            cx.error(
                span,
                t!("check-too-large", label = rec.label.to_string(), key = key),
                Some(t!("check-largest", max = max.to_string())),
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
                t!(
                    "check-not-a-number",
                    label = rec.label.to_string(),
                    key = key,
                    value = written
                ),
                Some(t!(
                    "check-not-a-number-help",
                    key = key,
                    example = example.to_string()
                )),
            );
            return None;
        }
    };
    if n < min {
        let message = if min == 0 {
            t!(
                "check-negative",
                label = rec.label.to_string(),
                key = key,
                value = n.to_string()
            )
        } else {
            t!(
                "check-below-one",
                label = rec.label.to_string(),
                key = key,
                value = n.to_string()
            )
        };
        cx.error(span, message, None);
        return None;
    }
    if n > max {
        cx.error(
            span,
            t!(
                "check-too-large-value",
                label = rec.label.to_string(),
                key = key,
                value = n.to_string()
            ),
            Some(t!("check-largest", max = max.to_string())),
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
                t!(
                    "check-missing-key",
                    label = rec.label.to_string(),
                    key = key
                ),
                Some(t!("check-missing-choice-help", key = key, choices = list)),
            );
        }
        return None;
    };
    let DeValue::String(s) = v.get_ref() else {
        wrong_type(
            cx,
            rec,
            key,
            v,
            Expected::Other(t!("check-expected-choice", choices = list())),
        );
        return None;
    };
    match names().position(|n| n == &**s) {
        Some(i) => Some(i),
        None => {
            cx.error(
                v.span(),
                t!(
                    "check-not-a-choice",
                    label = rec.label.to_string(),
                    key = key,
                    choices = list(),
                    value = shown(s, 40)
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
            t!(
                "check-item-not-a-choice",
                label = rec.label.to_string(),
                key = key,
                choices = list(),
                value = shown(&s, 40)
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
