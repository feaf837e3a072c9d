//! iCalendar text (RFC 5545), written straight into one string: a calendar
//! of all-day or timed events, each property a content line escaped and
//! folded as section 3.1 and 3.3.11 say.
//!
//! Written here rather than with the `icalendar` crate, which `print` used
//! first: it builds each property as owned strings in maps and formats,
//! escapes and folds each through strings of its own, about ten allocations
//! a property, and printing the agenda of a 20,000-record file took 166 ms
//! of which most was that (the target is 100 ms). What is written is a few
//! properties of one component; the tests read it back with an independent
//! parser (the `ical` crate) and check the RFC's line rules.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// The most octets a line may have before its CRLF (RFC 5545, 3.1).
const LINE_OCTETS: usize = 75;

/// When an event starts or ends: a day (`VALUE=DATE`) or a floating local
/// time of day (`DATE-TIME` without a zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Day(NaiveDate),
    Local(NaiveDateTime),
}

/// One `VEVENT`.
#[derive(Debug, Clone, Copy)]
pub struct VEvent<'a> {
    /// Unique and stable for the item: importing the calendar again
    /// updates the event rather than adding it twice.
    pub uid: &'a str,
    /// `DTSTAMP`, as `YYYYMMDDTHHMMSSZ`.
    pub stamp: &'a str,
    pub start: When,
    /// Exclusive, as the RFC has it: the day after an all-day event's last.
    pub end: Option<When>,
    pub summary: &'a str,
    /// Left out when empty.
    pub description: &'a str,
    /// Where: venue, city, country. Left out when empty.
    pub location: &'a str,
    /// A `VALARM` (display, with the summary) at each of these triggers.
    pub alarms: &'a [&'a str],
}

/// An alarm before an item, as `--alarm` gives it ("2d", "9h", "30m",
/// "1w"): an RFC 5545 duration before the start ("-P2D").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alarm(String);

impl Alarm {
    /// "2d" -> `-P2D`, "9h" -> `-PT9H`, "30m" -> `-PT30M`, "1w" -> `-P1W`.
    pub fn parse(text: &str) -> Result<Alarm, String> {
        let t = text.trim();
        let unit = t.chars().last().map(|c| c.to_ascii_lowercase());
        let n: u32 = t
            .get(..t.len().saturating_sub(1))
            .and_then(|n| n.parse().ok())
            .filter(|&n| n > 0)
            .ok_or_else(|| {
                format!("`{text}` is not a duration: a number and d, h, m or w, e.g. 2d or 9h")
            })?;
        let value = match unit {
            Some('d') => format!("-P{n}D"),
            Some('w') => format!("-P{n}W"),
            Some('h') => format!("-PT{n}H"),
            Some('m') => format!("-PT{n}M"),
            _ => {
                return Err(format!(
                    "`{text}` is not a duration: a number and d, h, m or w, e.g. 2d or 9h"
                ));
            }
        };
        Ok(Alarm(value))
    }

    /// The `TRIGGER` value.
    pub fn trigger(&self) -> &str {
        &self.0
    }
}

/// A calendar being written into a sink, an event at a time:
/// [`Calendar::new`], an [`Calendar::event`] per event, then
/// [`Calendar::finish`], which says whether the sink took it all.
pub struct Calendar<'w> {
    /// The lines not yet given to the sink: an event's at most.
    out: String,
    sink: &'w mut dyn std::io::Write,
    /// The first write that failed: nothing more is written after it.
    failed: Option<std::io::Error>,
}

impl<'w> Calendar<'w> {
    /// A calendar named `name` (`X-WR-CALNAME`, which calendar programs show
    /// as its title) made by `prodid`, written into `sink`.
    pub fn new(prodid: &str, name: &str, sink: &'w mut dyn std::io::Write) -> Self {
        let mut c = Calendar {
            out: String::with_capacity(1024),
            sink,
            failed: None,
        };
        c.line("BEGIN", "", "VCALENDAR", false);
        c.line("VERSION", "", "2.0", false);
        c.line("PRODID", "", prodid, true);
        c.line("CALSCALE", "", "GREGORIAN", false);
        c.line("X-WR-CALNAME", "", name, true);
        c
    }

    /// Gives the lines so far to the sink.
    fn spill(&mut self) {
        if self.failed.is_none()
            && let Err(e) = self.sink.write_all(self.out.as_bytes())
        {
            self.failed = Some(e);
        }
        self.out.clear();
    }

    pub fn event(&mut self, e: &VEvent<'_>) {
        self.line("BEGIN", "", "VEVENT", false);
        self.line("UID", "", e.uid, true);
        self.line("DTSTAMP", "", e.stamp, false);
        self.when("DTSTART", e.start);
        if let Some(end) = e.end {
            self.when("DTEND", end);
        }
        self.line("SUMMARY", "", e.summary, true);
        if !e.description.is_empty() {
            self.line("DESCRIPTION", "", e.description, true);
        }
        if !e.location.is_empty() {
            self.line("LOCATION", "", e.location, true);
        }
        for trigger in e.alarms {
            self.line("BEGIN", "", "VALARM", false);
            self.line("ACTION", "", "DISPLAY", false);
            self.line("TRIGGER", "", trigger, false);
            self.line("DESCRIPTION", "", e.summary, true);
            self.line("END", "", "VALARM", false);
        }
        self.line("END", "", "VEVENT", false);
        self.spill();
    }

    /// Ends the calendar: its text, CRLF at the end of every line, is all
    /// in the sink, or the first write that failed says why not.
    pub fn finish(mut self) -> std::io::Result<()> {
        self.line("END", "", "VCALENDAR", false);
        self.spill();
        self.failed.map_or(Ok(()), Err)
    }

    fn when(&mut self, name: &str, when: When) {
        // With integer formatting, not chrono's `format`, which parses its
        // pattern each time.
        let (params, value) = match when {
            When::Day(d) => (
                ";VALUE=DATE",
                format!("{:04}{:02}{:02}", d.year(), d.month(), d.day()),
            ),
            When::Local(t) => (
                "",
                format!(
                    "{:04}{:02}{:02}T{:02}{:02}{:02}",
                    t.year(),
                    t.month(),
                    t.day(),
                    t.hour(),
                    t.minute(),
                    t.second()
                ),
            ),
        };
        self.line(name, params, &value, false);
    }

    /// One content line: `NAME;PARAMS:VALUE` and CRLF, `value` escaped as
    /// TEXT when `text`, folded before any octet past the 75th of a line
    /// (never inside a character or an escape) with CRLF and a space.
    fn line(&mut self, name: &str, params: &str, value: &str, text: bool) {
        let out = &mut self.out;
        let start = out.len();
        out.push_str(name);
        out.push_str(params);
        out.push(':');
        let mut used = out.len() - start;
        if used + value.len() <= LINE_OCTETS && !(text && value.bytes().any(special)) {
            out.push_str(value);
        } else {
            let bytes = value.as_bytes();
            for (i, ch) in value.char_indices() {
                let mut buf = [0u8; 4];
                let piece: &str = match ch {
                    '\\' if text => "\\\\",
                    ';' if text => "\\;",
                    ',' if text => "\\,",
                    '\n' if text => "\\n",
                    // A CRLF is one line break; a lone CR (old Macs) too.
                    '\r' if text && bytes.get(i + 1) == Some(&b'\n') => continue,
                    '\r' if text => "\\n",
                    // TEXT holds no other control character (3.3.11).
                    c if text && c != '\t' && c.is_control() => continue,
                    c => c.encode_utf8(&mut buf),
                };
                if used + piece.len() > LINE_OCTETS {
                    out.push_str("\r\n ");
                    used = 1;
                }
                out.push_str(piece);
                used += piece.len();
            }
        }
        out.push_str("\r\n");
    }
}

/// Whether a byte of a TEXT value may be written other than as itself
/// (0xC2 leads U+0080 to U+00BF, the C1 controls among them: those take
/// the character by character path, which drops them).
fn special(b: u8) -> bool {
    matches!(b, b'\\' | b';' | b',' | 0x7f) || (b < 0x20 && b != b'\t') || b == 0xc2
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn one(summary: &str, description: &str) -> String {
        let mut out = Vec::new();
        let mut c = Calendar::new("-//test//EN", "A, B", &mut out);
        c.event(&VEvent {
            uid: "item-1@test",
            stamp: "20230506T000000Z",
            start: When::Day(d(2023, 5, 20)),
            end: Some(When::Day(d(2023, 5, 21))),
            summary,
            description,
            location: "",
            alarms: &[],
        });
        c.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The value of the first `name` line, unfolded and unescaped as a
    /// reader does it.
    fn read_back(text: &str, name: &str) -> Option<String> {
        let unfolded = text.replace("\r\n ", "");
        let line = unfolded
            .split("\r\n")
            .find(|l| l.split([':', ';']).next() == Some(name))?;
        let value = &line[line.find(':')? + 1..];
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n' | 'N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        Some(out)
    }

    #[test]
    fn a_calendar_is_its_lines_in_order_each_ended_by_crlf() {
        let text = one("Rally in Geneva", "");
        assert_eq!(
            text,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nCALSCALE:GREGORIAN\r\n\
             X-WR-CALNAME:A\\, B\r\nBEGIN:VEVENT\r\nUID:item-1@test\r\n\
             DTSTAMP:20230506T000000Z\r\nDTSTART;VALUE=DATE:20230520\r\n\
             DTEND;VALUE=DATE:20230521\r\nSUMMARY:Rally in Geneva\r\nEND:VEVENT\r\n\
             END:VCALENDAR\r\n"
        );
    }

    #[test]
    fn a_timed_event_is_floating_local_time() {
        let mut out = Vec::new();
        let mut c = Calendar::new("p", "n", &mut out);
        c.event(&VEvent {
            uid: "u",
            stamp: "s",
            start: When::Local(d(2023, 4, 19).and_hms_opt(12, 0, 0).unwrap()),
            end: Some(When::Local(d(2023, 4, 19).and_hms_opt(13, 5, 9).unwrap())),
            summary: "x",
            description: "",
            location: "",
            alarms: &[],
        });
        c.finish().unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("\r\nDTSTART:20230419T120000\r\n"), "{text}");
        assert!(text.contains("\r\nDTEND:20230419T130509\r\n"), "{text}");
    }

    #[test]
    fn text_is_escaped_and_controls_are_left_out() {
        let text = one("a\\b;c,d\ne\r\nf\rg\u{1b}[31mh\u{7f}\u{85}i\tj", "");
        assert!(
            text.contains("SUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng[31mhi\tj\r\n"),
            "{text}"
        );
        assert_eq!(
            read_back(&text, "SUMMARY").unwrap(),
            "a\\b;c,d\ne\nf\ng[31mhi\tj"
        );
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters_and_escapes() {
        // Cyrillic: two octets a letter, so the fold falls between letters.
        let long = "Мікалай Шарах, Васіль Бярэзнеў; ".repeat(6);
        let text = one(&long, &long);
        for line in text.split("\r\n") {
            assert!(line.len() <= LINE_OCTETS, "{} octets: {line:?}", line.len());
            assert!(
                !line.starts_with(" ,") && !line.starts_with(" ;"),
                "{line:?}"
            );
        }
        assert!(text.contains("\r\n "));
        assert_eq!(read_back(&text, "SUMMARY").unwrap(), long);
        assert_eq!(read_back(&text, "DESCRIPTION").unwrap(), long);
    }

    proptest! {
        /// Any text comes back as written (less its control characters),
        /// on lines of at most 75 octets.
        #[test]
        fn any_text_reads_back(s in "\\PC{0,300}|[a-z,;\\\\\n ]{0,300}") {
            let text = one(&s, "");
            for line in text.split("\r\n") {
                prop_assert!(line.len() <= LINE_OCTETS);
                prop_assert!(!line.contains('\r') && !line.contains('\n'));
            }
            let want: String = s.chars().filter(|c| *c == '\n' || *c == '\t' || !c.is_control()).collect();
            prop_assert_eq!(read_back(&text, "SUMMARY").unwrap(), want);
        }
    }
}
