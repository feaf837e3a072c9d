//! Text helpers shared by the dashboard (`app`, `ui`) and `print`: wrapping
//! to a width, counts in words and with separators, dates relative to today,
//! an event's dates and place. Pure functions of their arguments, with no
//! knowledge of the dashboard's state.

use std::borrow::Cow;

use chrono::NaiveDate;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::model::Event;
use crate::sanitize::sanitize_line;

/// `text` cut to `width` terminal columns, ending in "…" when cut, so that
/// a cut text never reads as a whole word. The one way text is cut to a
/// width: list cells, titles, the tab bar, hints, the detail. Widths are those of the terminal:
/// CJK and emoji take two columns.
pub fn fit(text: &str, width: usize) -> Cow<'_, str> {
    if text.width() <= width {
        return Cow::Borrowed(text);
    }
    let room = width.saturating_sub(1);
    let mut out = String::with_capacity(width + 2);
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        // "support…", not "support …".
        out.truncate(out.trim_end().len());
        out.push('…');
    }
    Cow::Owned(out)
}

/// Formats a count with thousands separators: 10210 -> "10,210".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 event" / "3 events" / "1,200 events": numbers are written one way
/// everywhere, in thousands.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        thousands(n as u64),
        if n == 1 { one } else { many }
    )
}

/// The first line of a text, sanitised.
pub fn first_line(text: &str) -> String {
    let line = text.trim_start().lines().next().unwrap_or("");
    sanitize_line(line).into_owned()
}

/// Days from `today` to `date`, said in words: "in 12 days", "today", "3 days ago".
pub fn relative(date: NaiveDate, today: NaiveDate) -> String {
    let days = (date - today).num_days();
    match days {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        -1 => "yesterday".to_owned(),
        d if d > 0 => format!("in {} days", thousands(d.unsigned_abs())),
        d => format!("{} days ago", thousands(d.unsigned_abs())),
    }
}

/// An event's date, with its last day when it runs several days.
pub fn event_dates(e: &Event) -> String {
    match e.end {
        Some(end) if end != e.date => format!("{} to {}", e.date, end),
        _ => e.date.to_string(),
    }
}

/// "City, Country" as far as known.
pub fn place(e: &Event) -> String {
    let parts: Vec<&str> = [e.city(), e.country()]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect();
    sanitize_line(&parts.join(", ")).into_owned()
}

/// Breaks `text` into lines of at most `width` columns, at spaces where it
/// can, inside words where it must. Newlines in `text` are kept.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    if width == 0 {
        return out;
    }
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0;
        for word in para.split(' ') {
            let word_w: usize = word.chars().map(|c| c.width().unwrap_or(0)).sum();
            let sep = usize::from(!line.is_empty());
            if line_w + sep + word_w <= width {
                if sep == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                line_w += sep + word_w;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
                line_w = 0;
            }
            // The word alone: break it where it overflows.
            for c in word.chars() {
                let w = c.width().unwrap_or(0);
                if line_w + w > width && !line.is_empty() {
                    out.push(std::mem::take(&mut line));
                    line_w = 0;
                }
                line.push(c);
                line_w += w;
            }
        }
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn thousands_separates() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(6500), "6,500");
        assert_eq!(thousands(10210), "10,210");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn wrap_keeps_within_width_with_wide_characters() {
        let text = "Workers are being persecuted 日本語のテキスト averyveryverylongwordthatoverflows\nnext";
        for width in 1..30 {
            let lines = wrap(text, width);
            for l in &lines {
                assert!(l.width() <= width.max(2), "{l:?} at {width}");
            }
            let joined: String = lines.concat().split_whitespace().collect();
            let expected: String = text.split_whitespace().collect();
            assert_eq!(joined, expected, "nothing lost at {width}");
        }
        assert_eq!(wrap("a b c", 3), vec!["a b", "c"]);
        assert_eq!(wrap("one\n\ntwo", 10), vec!["one", "", "two"]);
        assert!(wrap("x", 0).is_empty());
    }

    #[test]
    fn relative_days() {
        let d = |m, day| NaiveDate::from_ymd_opt(2023, m, day).unwrap();
        assert_eq!(relative(d(5, 15), d(5, 15)), "today");
        assert_eq!(relative(d(5, 20), d(5, 15)), "in 5 days");
        assert_eq!(relative(d(5, 1), d(5, 15)), "14 days ago");
    }
}
