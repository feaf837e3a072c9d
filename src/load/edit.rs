//! Edits of a campaign file's text that change only the lines they write.
//!
//! An edit is applied to the text, never to a re-serialised campaign:
//! every comment, blank line, key order and quoting of the file stays as
//! it was. New tables (`[[letters]]`, `[[snoozed]]`) are written as lines
//! of their own after the last table of their section (or at the end);
//! a change to a record's keys (`checked`, `status`, `released`,
//! `delivered`) is made with `toml_edit` on that record's chunk alone (the
//! lines from its header to the next), which `toml_edit` gives back byte
//! for byte but for the keys set, and spliced back in. Only where the
//! file's headers cannot be split into records (see `split.rs`) is the
//! whole text read by `toml_edit`, which still keeps every other byte.
//!
//! Nothing here checks that the result is a valid campaign: the caller
//! loads it before it replaces anything ([`super::write`]).

use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;
use toml_edit::{DocumentMut, Item, value};

use crate::model::fields::Record;
use crate::model::{Letter, Snooze};

use super::split::{self, Section};

/// A record of the file named for an edit: its place among the records of
/// its section (from 0, in file order, as the loader numbers them) and its
/// id, which must match (a check that the place is still the record's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct At {
    pub index: usize,
    pub id: String,
}

/// One change to a campaign file.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// A new `[[letters]]` table.
    AddLetter(Letter),
    /// A prisoner's `checked` set to the day (added or replaced).
    Checked(At, NaiveDate),
    /// A prisoner released on the day: `status = "released"`, `released`.
    Released(At, NaiveDate),
    /// A petition's `delivered` set to the day.
    Delivered(At, NaiveDate),
    /// A new `[[snoozed]]` table: an agenda item put off.
    Snooze(Snooze),
}

impl Edit {
    /// What it writes, in words, for a confirmation line or a message:
    /// "a letter sent to yarashuk on 2026-12-06".
    pub fn describe(&self) -> String {
        match self {
            Edit::AddLetter(l) => {
                let way = match l.direction {
                    crate::model::Direction::Sent => "sent",
                    crate::model::Direction::Received => "received",
                    crate::model::Direction::Returned => "returned",
                };
                crate::t!(
                    "edit-letter",
                    n = l.count.unwrap_or(1).max(1),
                    way = way,
                    prisoner = l.prisoner.as_str(),
                    date = l.date.to_string()
                )
            }
            Edit::Checked(at, d) => {
                crate::t!("edit-checked", id = at.id.as_str(), date = d.to_string())
            }
            Edit::Released(at, d) => {
                crate::t!("edit-released", id = at.id.as_str(), date = d.to_string())
            }
            Edit::Delivered(at, d) => {
                crate::t!("edit-delivered", id = at.id.as_str(), date = d.to_string())
            }
            Edit::Snooze(s) => crate::t!(
                "edit-snooze",
                until = s.until.to_string(),
                item = s.item.as_str()
            ),
        }
    }

    /// The section whose records it changes or adds to.
    fn section(&self) -> Section {
        match self {
            Edit::AddLetter(_) => Section::Letters,
            Edit::Checked(..) | Edit::Released(..) => Section::Prisoners,
            Edit::Delivered(..) => Section::Petitions,
            Edit::Snooze(_) => Section::Snoozed,
        }
    }
}

/// Why an edit could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// The file has no record of that section at that place, or the one
    /// there has another id.
    NoRecord { section: &'static str, id: String },
    /// The record is not a table that can take the key (an inline table
    /// written on one line, a value of another type).
    NotATable { section: &'static str, id: String },
    /// `toml_edit` could not read the part to edit (the loader could, or
    /// the caller would not have asked): the message is its own.
    Unreadable(String),
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::NoRecord { section, id } => write!(
                f,
                "there is no [[{section}]] record \"{id}\" where the file had it; it was changed meanwhile"
            ),
            EditError::NotATable { section, id } => write!(
                f,
                "the [[{section}]] record \"{id}\" is not written as a table of its own; edit it in the editor"
            ),
            EditError::Unreadable(why) => write!(f, "the file could not be edited: {why}"),
        }
    }
}

impl std::error::Error for EditError {}

/// The text after the edits, and where each edit is: the line (from 1) of
/// the first line it wrote, in the order of the edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spliced {
    pub text: String,
    pub lines: Vec<usize>,
}

/// One replacement of a range of the original text.
struct Splice {
    range: Range<usize>,
    with: String,
    /// The edits it carries, each with the byte offset (in `with`) of the
    /// first line it wrote.
    edits: Vec<(usize, usize)>,
}

/// Applies `edits` to `text`; see the module documentation.
pub fn apply(text: &str, edits: &[Edit]) -> Result<Spliced, EditError> {
    let scan = split::scan(text);
    match scan.headers.filter(|_| !scan.open) {
        // A record not found among the chunks may be written inline
        // (`prisoners = [{ … }]`): the whole text's tree has it.
        Some(headers) => match apply_split(text, &headers, edits) {
            Err(EditError::NoRecord { .. }) => apply_whole(text, edits),
            done => done,
        },
        None => apply_whole(text, edits),
    }
}

/// The chunk of each header: its range, its section and its place in it.
fn chunks(text: &str, headers: &[split::Header]) -> Vec<(Range<usize>, Option<Section>, usize)> {
    let mut numbers = [0usize; Section::COUNT + 1];
    headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let end = headers.get(i + 1).map_or(text.len(), |n| n.start);
            let slot = h.section.map_or(Section::COUNT, |s| match s {
                Section::Campaign => Section::COUNT,
                s => s.index(),
            });
            let number = numbers[slot];
            numbers[slot] += 1;
            (h.start..end, h.section, number)
        })
        .collect()
}

fn apply_split(
    text: &str,
    headers: &[split::Header],
    edits: &[Edit],
) -> Result<Spliced, EditError> {
    let chunks = chunks(text, headers);
    let mut splices: Vec<Splice> = Vec::new();
    // Record edits, grouped by chunk (several edits of one record are made
    // on one tree).
    for (n, edit) in edits.iter().enumerate() {
        let section = edit.section();
        match edit {
            Edit::AddLetter(_) | Edit::Snooze(_) => {
                let at = append_point(text, &chunks, section);
                let piece = table_text(edit);
                let splice = match splices.iter_mut().find(|s| s.range == (at..at)) {
                    Some(s) => s,
                    None => {
                        splices.push(Splice {
                            range: at..at,
                            with: String::new(),
                            edits: Vec::new(),
                        });
                        splices.last_mut().expect("just pushed")
                    }
                };
                if splice.with.is_empty() && at > 0 && !text[..at].ends_with('\n') {
                    splice.with.push('\n');
                }
                let blank = if splice.with.is_empty() {
                    // A blank line before the table, unless there is one.
                    !(at == 0 || text[..at].ends_with("\n\n") || text[..at].ends_with("\r\n\r\n"))
                } else {
                    true
                };
                if blank {
                    splice.with.push('\n');
                }
                splice.edits.push((n, splice.with.len()));
                splice.with.push_str(&piece);
            }
            Edit::Checked(at, _) | Edit::Released(at, _) | Edit::Delivered(at, _) => {
                let Some((range, ..)) = chunks
                    .iter()
                    .find(|(_, s, number)| *s == Some(section) && *number == at.index)
                else {
                    return Err(no_record(section, at));
                };
                let existing = splices.iter().position(|s| s.range == *range);
                let chunk = match existing {
                    Some(i) => splices[i].with.clone(),
                    None => text[range.clone()].to_owned(),
                };
                let edited = edit_tree(&chunk, section, 0, at, edit)?;
                let first = first_difference(&chunk, &edited);
                match existing {
                    Some(i) => {
                        splices[i].with = edited;
                        splices[i].edits.push((n, first));
                    }
                    None => splices.push(Splice {
                        range: range.clone(),
                        with: edited,
                        edits: vec![(n, first)],
                    }),
                }
            }
        }
    }
    Ok(join(text, splices, edits.len()))
}

/// Puts the splices into the text and finds each edit's line.
fn join(text: &str, mut splices: Vec<Splice>, count: usize) -> Spliced {
    splices.sort_by_key(|s| (s.range.start, s.range.end));
    let mut out =
        String::with_capacity(text.len() + splices.iter().map(|s| s.with.len()).sum::<usize>());
    let mut lines = vec![0; count];
    let mut from = 0;
    let mut line = 1;
    for s in splices {
        line += count_lines(&text[from..s.range.start]);
        out.push_str(&text[from..s.range.start]);
        for &(n, offset) in &s.edits {
            lines[n] = line + count_lines(&s.with[..offset]);
        }
        line += count_lines(&s.with);
        out.push_str(&s.with);
        from = s.range.end;
    }
    out.push_str(&text[from..]);
    Spliced { text: out, lines }
}

fn count_lines(s: &str) -> usize {
    memchr::memchr_iter(b'\n', s.as_bytes()).count()
}

/// The byte offset of the start of the first line where `a` and `b`
/// differ (in `b`).
fn first_difference(a: &str, b: &str) -> usize {
    let same = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    b[..same].rfind('\n').map_or(0, |i| i + 1)
}

/// Where a new table of `section` goes: after the last line of the last
/// table of that section that is not blank or a comment (those belong to
/// what follows), else at the end of the text.
fn append_point(
    text: &str,
    chunks: &[(Range<usize>, Option<Section>, usize)],
    section: Section,
) -> usize {
    let Some((range, ..)) = chunks.iter().rev().find(|(_, s, _)| *s == Some(section)) else {
        return text.len();
    };
    let chunk = &text[range.clone()];
    let mut end = chunk.len();
    // Drop trailing lines that are blank or only a comment.
    loop {
        let body = chunk[..end].trim_end_matches(['\n', '\r']);
        let start = body.rfind('\n').map_or(0, |i| i + 1);
        let line = body[start..].trim();
        if start == 0 || !(line.is_empty() || line.starts_with('#')) {
            end = if body.len() < chunk[..end].len() {
                // Keep the line's own line break.
                let after = &chunk[body.len()..end];
                body.len() + if after.starts_with("\r\n") { 2 } else { 1 }
            } else {
                body.len()
            };
            break;
        }
        end = start;
    }
    range.start + end
}

/// A new table's lines, its keys in the format's order.
fn table_text(edit: &Edit) -> String {
    match edit {
        Edit::AddLetter(l) => record_text("letters", l),
        Edit::Snooze(s) => record_text("snoozed", s),
        _ => unreachable!("only new tables are written as text"),
    }
}

/// `[[section]]` and one line per field that has a value, as `import`
/// writes records: every text a one-line basic string, escaped so that it
/// can never end its line or its table, nor reach a terminal raw.
fn record_text<R: Record>(section: &str, r: &R) -> String {
    let mut s = format!("[[{section}]]\n");
    crate::toml_out::fields(r, &[], &mut s);
    s
}

fn no_record(section: Section, at: &At) -> EditError {
    EditError::NoRecord {
        section: section.name(),
        id: at.id.clone(),
    }
}

/// A date as `toml_edit` writes it, a bare TOML date.
fn date_value(d: NaiveDate) -> Item {
    use chrono::Datelike;
    let date = toml_edit::Date {
        year: d.year() as u16,
        month: d.month() as u8,
        day: d.day() as u8,
    };
    value(toml_edit::Datetime {
        date: Some(date),
        time: None,
        offset: None,
    })
}

/// Parses `text` with `toml_edit`, makes the record edit on record `index`
/// of `section` in it, and gives the text back.
fn edit_tree(
    text: &str,
    section: Section,
    index: usize,
    at: &At,
    edit: &Edit,
) -> Result<String, EditError> {
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| EditError::Unreadable(e.message().to_owned()))?;
    // What `toml_edit` gives back must be the text it read, or the edit
    // would change more than its lines.
    if doc.to_string() != text {
        return Err(EditError::Unreadable(
            "it would not be kept byte for byte".to_owned(),
        ));
    }
    let record = doc
        .get_mut(section.name())
        .and_then(|item| match item {
            Item::ArrayOfTables(a) => a.get_mut(index).map(|t| t as &mut dyn toml_edit::TableLike),
            Item::Value(toml_edit::Value::Array(a)) => match a.get_mut(index) {
                Some(toml_edit::Value::InlineTable(t)) => Some(t as &mut dyn toml_edit::TableLike),
                _ => None,
            },
            _ => None,
        })
        .ok_or_else(|| no_record(section, at))?;
    // A petition may have no id: an empty one stands for none.
    let id = record.get("id").and_then(|v| v.as_str()).unwrap_or("");
    if id != at.id {
        return Err(no_record(section, at));
    }
    let set = |record: &mut dyn toml_edit::TableLike, key: &str, item: Item| {
        match record.get_mut(key) {
            // Replaced in place: the key and its decor stay.
            Some(old) if old.is_value() => {
                let decor = old.as_value().map(|v| v.decor().clone());
                *old = item;
                if let (Some(decor), Some(v)) = (decor, old.as_value_mut()) {
                    *v.decor_mut() = decor;
                }
            }
            _ => {
                record.insert(key, item);
            }
        }
    };
    match edit {
        Edit::Checked(_, d) => set(record, "checked", date_value(*d)),
        Edit::Released(_, d) => {
            set(record, "status", value("released"));
            set(record, "released", date_value(*d));
        }
        Edit::Delivered(_, d) => set(record, "delivered", date_value(*d)),
        Edit::AddLetter(_) | Edit::Snooze(_) => unreachable!("new tables are not edits of a tree"),
    }
    Ok(doc.to_string())
}

/// The edits on a text whose headers cannot be split: record edits on the
/// whole text's tree, new tables at its end.
fn apply_whole(text: &str, edits: &[Edit]) -> Result<Spliced, EditError> {
    let mut current = text.to_owned();
    let mut lines = Vec::with_capacity(edits.len());
    for edit in edits {
        match edit {
            Edit::AddLetter(_) | Edit::Snooze(_) => {
                if !current.is_empty() && !current.ends_with('\n') {
                    current.push('\n');
                }
                if !current.is_empty() && !current.ends_with("\n\n") {
                    current.push('\n');
                }
                lines.push(count_lines(&current) + 1);
                current.push_str(&table_text(edit));
            }
            Edit::Checked(at, _) | Edit::Released(at, _) | Edit::Delivered(at, _) => {
                let edited = edit_tree(&current, edit.section(), at.index, at, edit)?;
                let first = first_difference(&current, &edited);
                lines.push(count_lines(&edited[..first]) + 1);
                current = edited;
            }
        }
    }
    Ok(Spliced {
        text: current,
        lines,
    })
}

/// What `check` would say of `raw`, typed as the value of `key` of a new
/// `[[letters]]` table (`"2023-02-30"` as a date, `"0"` as a count), in its
/// words but without the record's label; `None` when it would say nothing.
/// A date or a number is written as one where it reads as one, anything
/// else as a string, so that the message says what was found. References
/// (`prisoner`, `event`) are checked against the file when it is written.
pub fn letter_value_problem(key: &str, raw: &str) -> Option<String> {
    value_problem(PROBE_LETTER, key, raw)
}

/// A file with one `[[letters]]` table, to probe a letter's value in.
const PROBE_LETTER: &str = "format = 1\n[campaign]\nname = \"p\"\n[[prisoners]]\nid = \"p\"\nname = \"p\"\nstatus = \"detained\"\n[[letters]]\ndate = 2000-01-01\nprisoner = \"p\"\ndirection = \"sent\"\n";

/// A file with one `[[snoozed]]` table.
const PROBE_SNOOZE: &str =
    "format = 1\n[campaign]\nname = \"p\"\n[[snoozed]]\nitem = \"p\"\nuntil = 2000-01-01\n";

/// [`letter_value_problem`] for a new `[[snoozed]]` table (`until`, `note`).
pub fn snooze_value_problem(key: &str, raw: &str) -> Option<String> {
    value_problem(PROBE_SNOOZE, key, raw)
}

fn value_problem(probe: &str, key: &str, raw: &str) -> Option<String> {
    let raw = raw.trim();
    let literal = if raw.parse::<i64>().is_ok()
        || (raw.len() == 10
            && raw.as_bytes()[4] == b'-'
            && NaiveDate::parse_from_str(raw, "%Y-%m-%d").is_ok())
    {
        raw.to_owned()
    } else {
        crate::toml_out::quote(raw)
    };
    let probe = match probe.find(&format!("\n{key} = ")) {
        // A key the probe has already: its value replaced.
        Some(at) => {
            let start = at + 1;
            let end = start + probe[start..].find('\n').unwrap_or(0);
            format!("{}{key} = {literal}{}", &probe[..start], &probe[end..])
        }
        None => format!("{probe}{key} = {literal}\n"),
    };
    let opts = super::LoadOptions {
        today: NaiveDate::from_ymd_opt(2100, 1, 1),
        system_today: NaiveDate::from_ymd_opt(2100, 1, 1).unwrap_or_default(),
        retention: true,
    };
    let loaded = super::parse_str(&probe, &opts);
    let p = loaded
        .problems
        .iter()
        .find(|p| p.severity == super::Severity::Error)?;
    let message = p.message.split_once(": ").map_or(&*p.message, |(_, m)| m);
    Some(match &p.help {
        Some(help) => format!("{message} ({help})"),
        None => message.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadOptions, parse_str};
    use crate::model::{Channel, Direction};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn opts() -> LoadOptions {
        LoadOptions {
            today: Some(d("2026-12-06")),
            system_today: d("2026-12-06"),
            retention: true,
        }
    }

    const FILE: &str = "\
format = 1 # the format

[campaign]
name = \"C\"

# The people.
[[prisoners]]
id = 'ann'   # single quotes kept
name = \"Ann\"
status = \"imprisoned\"
checked = 2025-01-01 # last look

[[prisoners.custody]]
since = \"2024\"
facility = \"Colony 1\"

[[prisoners]]
id = \"bob\"
name = \"Bob\"
status = \"detained\"

[[letters]]
date = 2026-01-02
prisoner = \"bob\"
direction = \"sent\"

# Petitions follow.

[[petitions]]
id = \"free\"
title = \"Free them\"
";

    fn letter(prisoner: &str) -> Letter {
        Letter {
            date: d("2026-12-06"),
            prisoner: prisoner.to_owned(),
            direction: Direction::Sent,
            count: Some(3),
            channel: Some(Channel::Post),
            by: Some("Olga \"O\" K.".to_owned()),
            event: None,
            notes: Some("line one\nline two".to_owned()),
        }
    }

    /// The lines of `after` that are not lines of `before`, and the lines
    /// of `before` that are gone, by a plain line diff.
    fn changed(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
        let b: Vec<&str> = before.lines().collect();
        let a: Vec<&str> = after.lines().collect();
        let mut i = 0;
        while i < a.len() && i < b.len() && a[i] == b[i] {
            i += 1;
        }
        let mut j = 0;
        while j < a.len() - i && j < b.len() - i && a[a.len() - 1 - j] == b[b.len() - 1 - j] {
            j += 1;
        }
        (
            a[i..a.len() - j].iter().map(|s| s.to_string()).collect(),
            b[i..b.len() - j].iter().map(|s| s.to_string()).collect(),
        )
    }

    #[test]
    fn a_letter_goes_after_the_last_letter_before_the_comments_that_follow() {
        assert!(!parse_str(FILE, &opts()).has_errors());
        let out = apply(FILE, &[Edit::AddLetter(letter("ann"))]).unwrap();
        let (added, removed) = changed(FILE, &out.text);
        assert!(removed.is_empty(), "{removed:?}");
        assert_eq!(
            added,
            [
                "[[letters]]",
                "date = 2026-12-06",
                "prisoner = \"ann\"",
                "direction = \"sent\"",
                "count = 3",
                "channel = \"post\"",
                "by = \"Olga \\\"O\\\" K.\"",
                "notes = \"line one\\nline two\"",
                "",
            ]
        );
        let header = out.text.lines().position(|l| l == "[[letters]]").unwrap();
        let second = out
            .text
            .lines()
            .skip(header + 1)
            .position(|l| l == "[[letters]]");
        assert_eq!(out.lines, [header + second.unwrap() + 2]);
        assert!(
            out.text
                .contains("notes = \"line one\\nline two\"\n\n# Petitions follow.")
        );
        let loaded = parse_str(&out.text, &opts());
        let c = loaded.campaign.unwrap();
        assert_eq!(c.letters.len(), 2);
        assert_eq!(c.letters[1], letter("ann"));
    }

    #[test]
    fn a_first_letter_goes_at_the_end_even_without_a_final_line_break() {
        let text = FILE.split("[[letters]]").next().unwrap().trim_end();
        let out = apply(text, &[Edit::AddLetter(letter("bob"))]).unwrap();
        assert!(out.text.starts_with(text));
        assert!(out.text[text.len()..].starts_with("\n\n[[letters]]\ndate = 2026-12-06\n"));
        assert_eq!(out.lines, [count_lines(text) + 3]);
        assert_eq!(
            parse_str(&out.text, &opts())
                .campaign
                .unwrap()
                .letters
                .len(),
            1
        );
    }

    #[test]
    fn several_letters_at_once_each_have_their_line() {
        let edits: Vec<Edit> = ["ann", "bob", "ann"]
            .into_iter()
            .map(|p| Edit::AddLetter(letter(p)))
            .collect();
        let out = apply(FILE, &edits).unwrap();
        let lines: Vec<&str> = out.text.lines().collect();
        for &l in &out.lines {
            assert_eq!(lines[l - 1], "[[letters]]");
        }
        assert_eq!(out.lines.len(), 3);
        assert!(out.lines.windows(2).all(|w| w[0] < w[1]));
        let (_, removed) = changed(FILE, &out.text);
        assert!(removed.is_empty());
        assert_eq!(
            parse_str(&out.text, &opts())
                .campaign
                .unwrap()
                .letters
                .len(),
            4
        );
    }

    #[test]
    fn checked_replaces_the_value_and_keeps_the_comment() {
        let at = At {
            index: 0,
            id: "ann".into(),
        };
        let out = apply(FILE, &[Edit::Checked(at, d("2026-12-06"))]).unwrap();
        let (added, removed) = changed(FILE, &out.text);
        assert_eq!(removed, ["checked = 2025-01-01 # last look"]);
        assert_eq!(added, ["checked = 2026-12-06 # last look"]);
        assert_eq!(out.lines, [11]);
    }

    #[test]
    fn checked_is_added_where_absent_and_release_sets_two_keys() {
        let bob = || At {
            index: 1,
            id: "bob".into(),
        };
        let out = apply(FILE, &[Edit::Checked(bob(), d("2026-12-06"))]).unwrap();
        let (added, removed) = changed(FILE, &out.text);
        assert!(removed.is_empty());
        assert_eq!(added, ["checked = 2026-12-06"]);
        let out = apply(FILE, &[Edit::Released(bob(), d("2026-11-30"))]).unwrap();
        let (added, removed) = changed(FILE, &out.text);
        assert_eq!(removed, ["status = \"detained\""]);
        assert_eq!(added, ["status = \"released\"", "released = 2026-11-30"]);
        let c = parse_str(&out.text, &opts()).campaign.unwrap();
        assert_eq!(c.prisoners[1].status, crate::model::Status::Released);
    }

    #[test]
    fn delivered_is_added_to_the_petition_and_a_snooze_at_the_end() {
        let at = At {
            index: 0,
            id: "free".into(),
        };
        let snooze = Snooze {
            item: "goal-free".into(),
            until: d("2027-01-01"),
            note: Some("after the \"hearing\"".into()),
        };
        let out = apply(
            FILE,
            &[
                Edit::Delivered(at, d("2026-12-01")),
                Edit::Snooze(snooze.clone()),
            ],
        )
        .unwrap();
        let (added, removed) = changed(FILE, &out.text);
        assert!(removed.is_empty(), "{removed:?}");
        assert_eq!(
            added,
            [
                "delivered = 2026-12-01",
                "",
                "[[snoozed]]",
                "item = \"goal-free\"",
                "until = 2027-01-01",
                "note = \"after the \\\"hearing\\\"\"",
            ]
        );
        let lines: Vec<&str> = out.text.lines().collect();
        assert_eq!(lines[out.lines[0] - 1], "delivered = 2026-12-01");
        assert_eq!(lines[out.lines[1] - 1], "[[snoozed]]");
        let c = parse_str(&out.text, &opts()).campaign.unwrap();
        assert_eq!(c.petitions[0].delivered, Some(d("2026-12-01")));
        assert_eq!(c.snoozed, [snooze]);
        // A second snooze goes after the first.
        let more = Snooze {
            item: "event-x".into(),
            until: d("2027-02-01"),
            note: None,
        };
        let again = apply(&out.text, &[Edit::Snooze(more)]).unwrap();
        assert!(again.text.starts_with(&out.text));
        assert_eq!(
            parse_str(&again.text, &opts())
                .campaign
                .unwrap()
                .snoozed
                .len(),
            2
        );
    }

    #[test]
    fn a_record_at_another_place_is_refused() {
        let wrong = At {
            index: 1,
            id: "ann".into(),
        };
        assert_eq!(
            apply(FILE, &[Edit::Checked(wrong, d("2026-12-06"))]),
            Err(EditError::NoRecord {
                section: "prisoners",
                id: "ann".into()
            })
        );
        let missing = At {
            index: 7,
            id: "zed".into(),
        };
        assert!(apply(FILE, &[Edit::Checked(missing, d("2026-12-06"))]).is_err());
    }

    #[test]
    fn a_file_that_cannot_be_split_is_edited_whole() {
        // A `[campaign.extra]`-like header is not split: the whole text is
        // read by toml_edit, and still only the lines written change.
        let text = "format = 1\nprisoners = [\n  { id = \"ann\", name = \"Ann\", status = \"imprisoned\" },\n]\n\n[campaign]\nname = \"C\"\nhashtags = [\n  \"#a\",\n]\n";
        assert!(
            !parse_str(text, &opts()).has_errors(),
            "{:?}",
            parse_str(text, &opts()).problems
        );
        let at = At {
            index: 0,
            id: "ann".into(),
        };
        let out = apply(text, &[Edit::Checked(at, d("2026-12-06"))]).unwrap();
        let (added, removed) = changed(text, &out.text);
        assert_eq!(removed.len(), 1);
        assert!(added[0].contains("checked = 2026-12-06"), "{added:?}");
        assert!(!parse_str(&out.text, &opts()).has_errors());
    }

    #[test]
    fn a_typed_value_gets_the_words_of_check() {
        assert_eq!(letter_value_problem("count", "3"), None);
        assert_eq!(letter_value_problem("date", "2026-12-06"), None);
        let zero = letter_value_problem("count", "0").unwrap();
        assert_eq!(zero, "`count` must be at least 1, found 0");
        let text = letter_value_problem("count", "three").unwrap();
        assert!(
            text.starts_with("`count` must be a whole number above 0"),
            "{text}"
        );
        let day = letter_value_problem("date", "2026-02-30").unwrap();
        assert!(day.contains("2026-02-30"), "{day}");
        assert!(letter_value_problem("date", "yesterday").is_some());
    }

    #[test]
    fn crlf_files_keep_their_line_breaks_around_a_new_letter() {
        let text = FILE.replace('\n', "\r\n");
        let out = apply(&text, &[Edit::AddLetter(letter("bob"))]).unwrap();
        assert!(
            out.text
                .starts_with(&text[..text.find("# Petitions").unwrap() - 2])
        );
        assert!(!parse_str(&out.text, &opts()).has_errors());
    }
}
