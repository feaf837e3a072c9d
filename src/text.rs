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

/// [`thousands`] of a number that may be negative: -1210 -> "-1,210".
pub fn thousands_signed(n: i64) -> String {
    let digits = thousands(n.unsigned_abs());
    if n < 0 { format!("-{digits}") } else { digits }
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

/// "1 error", "3 errors", in the current language.
pub fn errors(n: usize) -> String {
    crate::t!("count-errors", n = n, count = thousands(n as u64))
}

/// "1 warning", "3 warnings", in the current language.
pub fn warnings(n: usize) -> String {
    crate::t!("count-warnings", n = n, count = thousands(n as u64))
}

/// Items as a list in words: "a", "a and b", "a, b and c".
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    joined(items, |init, last| format!("{init} and {last}"))
}

/// [`and_list`] in the current language: "a, b і c".
pub fn said_list<S: AsRef<str>>(items: &[S]) -> String {
    joined(items, |init, last| {
        crate::t!("list-and", init = init, last = last)
    })
}

/// The items joined by commas, the last two by `and` (given the others
/// and the last).
fn joined<S: AsRef<str>>(items: &[S], and: impl Fn(String, &str) -> String) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.as_ref().to_owned(),
        Some((last, init)) => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            and(init.join(", "), last.as_ref())
        }
    }
}

/// The first line of a text, sanitised.
pub fn first_line(text: &str) -> String {
    let line = text.trim_start().lines().next().unwrap_or("");
    sanitize_line(line).into_owned()
}

/// Days from `today` to `date`, said in words: "in 12 days", "today", "3 days ago".
pub fn relative(date: NaiveDate, today: NaiveDate) -> String {
    let days = (date - today).num_days();
    let n = days.unsigned_abs();
    match days {
        0 => crate::t!("day-today"),
        1 => crate::t!("day-tomorrow"),
        -1 => crate::t!("day-yesterday"),
        d if d > 0 => crate::t!("days-in", n = n, count = thousands(n)),
        _ => crate::t!("days-ago", n = n, count = thousands(n)),
    }
}

/// An event's date, with its last day when it runs several days.
pub fn event_dates(e: &Event) -> String {
    match e.end {
        Some(end) if end != e.date => crate::t!(
            "dates-from-to",
            from = e.date.to_string(),
            to = end.to_string()
        ),
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

/// `text` cut to `width` columns so that it stays told apart from `others`
/// (the cells beside it in its column): where it is too long and begins
/// with words another cell begins with too ("Penal colony No. 2, …" and
/// "Penal colony No. 15, …"), those words give way to a leading "…"
/// ("…No. 15, Mahilioŭ"; a short word before the first that differs, such
/// as "No.", is kept). Otherwise as [`fit`].
pub fn fit_distinct<'a>(text: &'a str, others: &[&str], width: usize) -> Cow<'a, str> {
    if text.width() <= width {
        return Cow::Borrowed(text);
    }
    let words: Vec<&str> = text.split(' ').collect();
    let shared = others
        .iter()
        .filter(|o| **o != text)
        .map(|o| {
            o.split(' ')
                .zip(&words)
                .take_while(|(a, b)| a == *b)
                .count()
        })
        .max()
        .unwrap_or(0)
        .min(words.len().saturating_sub(1));
    if shared == 0 {
        return fit(text, width);
    }
    let keep_from = if words[shared - 1].width() <= 4 {
        shared - 1
    } else {
        shared
    };
    if keep_from == 0 {
        return fit(text, width);
    }
    let rest = format!("…{}", words[keep_from..].join(" "));
    Cow::Owned(fit(&rest, width).into_owned())
}

/// Whether `word` is a web address, which is never broken at a hyphen.
pub fn is_url(word: &str) -> bool {
    let w = word.trim_start_matches(['(', '<', '"']);
    w.starts_with("https://") || w.starts_with("http://") || w.starts_with("www.")
}

/// Where a word may break across lines: after a hyphen between two
/// letters ("general-" / "regime"), never inside a date, a number or a web
/// address.
fn split_points(word: &str) -> Vec<usize> {
    if is_url(word) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    chars
        .windows(3)
        .filter(|w| w[1].1 == '-' && w[0].1.is_alphabetic() && w[2].1.is_alphabetic())
        .map(|w| w[2].0)
        .collect()
}

/// Breaks `text` into lines of at most `width` columns, at spaces and after
/// hyphens where it can ("general-" / "regime"), inside a word only where the
/// word alone is wider than the line. Newlines in `text` are kept. The
/// `textwrap` crate does the breaking, with terminal widths.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    if width == 0 {
        return Vec::new();
    }
    let options = textwrap::Options::new(width)
        .break_words(true)
        .word_splitter(textwrap::WordSplitter::Custom(split_points));
    textwrap::wrap(text, options)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect()
}

/// [`wrap`] for the screen, where a web address broken across lines would
/// be copied from the terminal broken: an address goes on a line of its own
/// when it does not fit beside the words before it, whole, or cut once with
/// "…" when it is wider than the line (the record's copy, `y`, has it whole).
pub fn wrap_on_screen(text: &str, width: usize) -> Vec<String> {
    if width == 0 || !text.contains("http") && !text.contains("www.") {
        return wrap(text, width);
    }
    let cut: String = text
        .split('\n')
        .map(|line| {
            line.split(' ')
                .map(|w| {
                    if is_url(w) && w.width() > width {
                        fit(w, width).into_owned()
                    } else {
                        w.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n");
    wrap(&cut, width)
}

/// The prisoner's story in date order, one line each: the earlier arrests,
/// the arrest, each place of custody with how long they were (or have
/// been) there, the verdict, the release due and the release. Empty for a
/// prisoner with neither `custody` nor `earlier`: their rows say it all.
pub fn timeline(
    p: &crate::model::Prisoner,
    due: Option<crate::model::ReleaseDue>,
    today: NaiveDate,
) -> Vec<String> {
    use crate::model::days_between;
    if p.custody.is_empty() && p.earlier.is_empty() {
        return Vec::new();
    }
    let days = |n: i64| {
        let n = n.max(0).unsigned_abs();
        crate::t!("days", n = n, count = thousands(n))
    };
    let mut lines: Vec<(NaiveDate, String)> = Vec::new();
    for e in &p.earlier {
        let arrest = match e.kind {
            Some(k) => crate::t!(
                "timeline-earlier-kind",
                kind = k.to_string(),
                days = days(e.days())
            ),
            None => crate::t!("timeline-earlier", days = days(e.days())),
        };
        let when = crate::t!(
            "dates-from-to",
            from = e.detained.to_string(),
            to = e.released.to_string()
        );
        let mut line = format!("{when}  {arrest}");
        if let Some(s) = &e.sentence {
            let s = crate::t!("timeline-sentence", sentence = sanitize_line(s));
            line.push_str(&format!("; {s}"));
        }
        if !e.charges.is_empty() {
            let charges: Vec<_> = e.charges.iter().map(|c| sanitize_line(c)).collect();
            line.push_str(&format!("; {}", charges.join(", ")));
        }
        push_notes(&mut line, e.notes.as_deref());
        lines.push((e.detained.first_day(), line));
    }
    if let Some(d) = p.detained {
        lines.push((
            d.first_day(),
            format!("{d}  {}", crate::t!("timeline-arrested")),
        ));
    }
    let out = p.released.map(|r| r.first_day());
    for (i, c) in p.custody.iter().enumerate() {
        let until = p.custody.get(i + 1).map(|n| n.since.first_day());
        let how_long = match until.or(out) {
            Some(end) => days(days_between(c.since.first_day(), end.min(today))),
            None => crate::t!(
                "timeline-so-far",
                days = days(days_between(c.since.first_day(), today))
            ),
        };
        let mut line = format!("{}  {}, {how_long}", c.since, sanitize_line(&c.facility));
        if let Some(a) = c.address.as_deref().filter(|a| !a.trim().is_empty()) {
            let a = crate::t!("timeline-address", address = sanitize_line(a));
            line.push_str(&format!("; {a}"));
        }
        push_notes(&mut line, c.notes.as_deref());
        lines.push((c.since.first_day(), line));
    }
    if let Some(s) = p.sentenced {
        let what = p
            .sentence()
            .map_or(String::new(), |s| format!(": {}", sanitize_line(s)));
        lines.push((s, format!("{s}  {}{what}", crate::t!("timeline-verdict"))));
    }
    if p.released.is_none()
        && let Some(due) = due
    {
        let estimate = if due.estimate {
            format!(" ({})", crate::t!("timeline-estimate"))
        } else {
            String::new()
        };
        let due_text = crate::t!("timeline-release-due");
        lines.push((due.date, format!("{}  {due_text}{estimate}", due.date)));
    }
    if let Some(r) = p.released {
        let how = p
            .released_how()
            .map_or(String::new(), |h| format!(" ({})", sanitize_line(h)));
        lines.push((
            r.first_day(),
            format!("{r}  {}{how}", crate::t!("timeline-released")),
        ));
    }
    // Stable: what the same day holds keeps the order above.
    lines.sort_by_key(|(d, _)| *d);
    lines.into_iter().map(|(_, l)| l).collect()
}

/// One letter, as the lists of letters write it: "2023-03-10  sent 12 by
/// post". `by` is left out where it is `None` (presentation mode).
pub fn letter_line(l: &crate::model::Letter) -> String {
    use crate::model::Direction;
    let direction = match l.direction {
        Direction::Sent => crate::t!("letter-sent"),
        Direction::Received => crate::t!("letter-received"),
        Direction::Returned => crate::t!("letter-returned"),
    };
    let mut line = format!("{}  {direction}", l.date);
    if l.pieces() > 1 {
        line.push_str(&format!(" {}", thousands(l.pieces())));
    }
    if let Some(ch) = l.channel {
        use crate::model::Channel;
        let how = match ch {
            Channel::Post => crate::t!("letter-by-post"),
            Channel::Courier => crate::t!("letter-by-courier"),
            Channel::Parcel => crate::t!("letter-in-parcel"),
            Channel::Online => crate::t!("letter-online"),
            Channel::Other => crate::t!("letter-by-other"),
        };
        line.push(' ');
        line.push_str(&how);
    }
    if let Some(by) = l.by.as_deref().filter(|b| !b.trim().is_empty()) {
        let by = sanitize_line(by);
        let who = match l.direction {
            Direction::Received => crate::t!("letter-to", name = by),
            _ => crate::t!("letter-from", name = by),
        };
        line.push_str(&format!(", {who}"));
    }
    push_notes(&mut line, l.notes.as_deref());
    line
}

/// Appends "; " and the first line of `notes` to `line`, if there are any.
fn push_notes(line: &mut String, notes: Option<&str>) {
    if let Some(n) = notes.filter(|n| !n.trim().is_empty()) {
        line.push_str("; ");
        line.push_str(&first_line(n));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn a_letter_line_says_how_it_went_in_words() {
        use crate::model::{Channel, Direction, Letter};
        let l = |direction, count, channel| Letter {
            date: chrono::NaiveDate::from_ymd_opt(2023, 3, 10).unwrap(),
            direction,
            count,
            channel,
            ..Letter::default()
        };
        assert_eq!(
            letter_line(&l(Direction::Sent, Some(12), Some(Channel::Post))),
            "2023-03-10  sent 12 by post"
        );
        assert_eq!(
            letter_line(&l(Direction::Sent, None, Some(Channel::Online))),
            "2023-03-10  sent online"
        );
        assert_eq!(
            letter_line(&l(Direction::Received, None, Some(Channel::Parcel))),
            "2023-03-10  received in a parcel"
        );
        assert_eq!(
            letter_line(&l(Direction::Returned, None, None)),
            "2023-03-10  returned"
        );
    }

    #[test]
    fn thousands_separates() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(6500), "6,500");
        assert_eq!(thousands(10210), "10,210");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands_signed(-1210), "-1,210");
        assert_eq!(thousands_signed(-5), "-5");
        assert_eq!(thousands_signed(i64::MIN), "-9,223,372,036,854,775,808");
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
        let others = [
            "Penal colony No. 2, Babruisk",
            "Penal colony No. 15, Mahilioŭ",
        ];
        assert_eq!(fit_distinct(others[1], &others, 17), "…No. 15, Mahilioŭ");
        assert_eq!(fit_distinct(others[1], &others, 10), "…No. 15,…");
        assert_eq!(fit_distinct(others[1], &others, 40), others[1]);
        assert_eq!(fit_distinct("Pre-trial centre", &others, 8), "Pre-tri…");
        assert_eq!(
            wrap("general-regime colony", 13),
            vec!["general-", "regime colony"]
        );
        assert_eq!(wrap("on 2022-05-20", 8), vec!["on", "2022-05-", "20"]);
        assert_eq!(wrap("on 2022-05-20", 10), vec!["on", "2022-05-20"]);
        assert_eq!(
            wrap("see https://lis-isl.org/en/x", 22),
            vec!["see", "https://lis-isl.org/en", "/x"]
        );
        assert_eq!(
            wrap_on_screen("see https://lis-isl.org/en/x", 22),
            vec!["see", "https://lis-isl.org/e…"]
        );
    }

    #[test]
    fn relative_days() {
        let d = |m, day| NaiveDate::from_ymd_opt(2023, m, day).unwrap();
        assert_eq!(relative(d(5, 15), d(5, 15)), "today");
        assert_eq!(relative(d(5, 20), d(5, 15)), "in 5 days");
        assert_eq!(relative(d(5, 1), d(5, 15)), "14 days ago");
    }
}
