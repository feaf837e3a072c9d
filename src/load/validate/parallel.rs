//! The parallel driver: the file cut into chunks at its headers, each
//! parsed and validated alone, on several threads for a large file.

use std::borrow::Cow;
use std::ops::Range;

use chrono::NaiveDate;
use toml::de::{DeTable, DeValue};

use crate::load::split::{Header, Section};
use crate::load::{Omitted, Problem};

use super::ctx::{Ctx, Label, Rec};
use super::records::{Found, record};
use super::refs::IdUse;
use super::syntax::syntax_error;

/// A piece of the file that starts with a header, and its record's place
/// in its section.
#[derive(Debug, Clone)]
pub(super) struct Chunk {
    pub(super) range: Range<usize>,
    /// `None` for a broken header that names no section.
    pub(super) section: Option<Section>,
    pub(super) number: usize,
}

/// The chunks of the file after the text before its first header.
pub(super) fn chunks(text: &str, headers: &[Header]) -> Vec<Chunk> {
    let mut numbers = [0usize; Section::COUNT];
    headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let end = headers.get(i + 1).map_or(text.len(), |n| n.start);
            let number = match h.section {
                None | Some(Section::Campaign) => 0,
                Some(s) => {
                    numbers[s.index()] += 1;
                    numbers[s.index()]
                }
            };
            Chunk {
                range: h.start..end,
                section: h.section,
                number,
            }
        })
        .collect()
}

/// The record a chunk's tree holds when it holds exactly one, as a
/// `[[section]]` header makes it.
pub(super) fn sole_record<'a, 'i>(
    root: &'a DeTable<'i>,
    section: Section,
) -> Option<(&'a DeTable<'i>, Range<usize>)> {
    if root.len() != 1 {
        return None;
    }
    let DeValue::Array(items) = root.get(section.name())?.get_ref() else {
        return None;
    };
    match items.as_ref() {
        [item] => match item.get_ref() {
            DeValue::Table(t) => Some((t, item.span())),
            _ => None,
        },
        _ => None,
    }
}

/// Reports a record's chunk that does not parse, naming the record by the
/// id (or name, title, author) read from its lines; the id is kept for
/// the checks across records, so that a ref to it is not unknown.
pub(super) fn broken_record<'t>(
    cx: &mut Ctx<'_>,
    chunk: &'t str,
    c: &Chunk,
    e: &toml::de::Error,
    found: &mut Found<'t>,
) {
    let Some(section) = c.section.filter(|s| *s != Section::Campaign) else {
        syntax_error(cx, chunk, e, None);
        return;
    };
    let id = line_value(chunk, "id", |v| match v {
        DeValue::String(s) => Some(s.to_string()),
        _ => None,
    });
    let name = match &id {
        Some((id, _)) => Some(id.clone()),
        None => line_value(chunk, section.fallback(), |v| match v {
            DeValue::String(s) if !s.trim().is_empty() => Some(s.to_string()),
            _ => None,
        })
        .map(|(s, _)| s),
    };
    let label = Label::Record {
        section: section.name(),
        number: c.number,
        name: name.map(Cow::Owned),
    };
    syntax_error(cx, chunk, e, Some(&label.to_string()));
    if let Some((id, span)) = id {
        found.ids[section.index()].push(IdUse {
            id: Cow::Owned(id),
            span: cx.shift(span),
            number: c.number,
            slot: found.labels.len(),
        });
    }
    found.labels.push(label);
}

/// The value of `key` in a chunk that does not parse as a whole, read from
/// the first line `key = …` that parses alone and that `take` accepts,
/// with its span in the chunk.
pub(super) fn line_value<T>(
    chunk: &str,
    key: &str,
    take: impl Fn(&DeValue<'_>) -> Option<T>,
) -> Option<(T, Range<usize>)> {
    let mut at = 0;
    for line in chunk.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let rest = line.trim_start_matches([' ', '\t']);
        let Some(after) = rest.strip_prefix(key) else {
            continue;
        };
        if !after.trim_start_matches([' ', '\t']).starts_with('=') {
            continue;
        }
        let Ok(tree) = DeTable::parse(line) else {
            continue;
        };
        if let Some(v) = tree.get_ref().get(key)
            && let Some(t) = take(v.get_ref())
        {
            let span = v.span();
            return Some((t, start + span.start..start + span.end));
        }
    }
    None
}

/// What one thread found: its problems, how many it did not keep, its records.
pub(super) type Part<'t> = (Vec<Problem>, Omitted, Found<'t>);

/// Parses and validates `chunks` one at a time, each tree dropped before
/// the next is built; a chunk that does not parse is one problem, and its
/// id, when it can be read, still counts. `None` if a chunk holds anything
/// but its one record.
pub(super) fn validate_chunks<'t>(
    text: &'t str,
    chunks: &[Chunk],
    today: (NaiveDate, &str),
) -> Option<Part<'t>> {
    let mut cx = Ctx::new(text);
    let mut found = Found::default();
    let mut counts = [0usize; Section::COUNT];
    for c in chunks {
        counts[c.section.map_or(0, Section::index)] += 1;
    }
    let count = |s: Section| counts[s.index()];
    found.organisations.reserve(count(Section::Organisations));
    found.prisoners.reserve(count(Section::Prisoners));
    found.events.reserve(count(Section::Events));
    found.statements.reserve(count(Section::Statements));
    found.petitions.reserve(count(Section::Petitions));
    found.letters.reserve(count(Section::Letters));
    found.letter_at.reserve(count(Section::Letters));
    found.prisoner_at.reserve(count(Section::Prisoners));
    found.snoozed.reserve(count(Section::Snoozed));
    found.snooze_at.reserve(count(Section::Snoozed));
    found.facilities.reserve(count(Section::Facilities));
    found.labels.reserve(chunks.len());
    for c in chunks {
        let chunk = text.get(c.range.clone())?;
        cx.base = c.range.start;
        let root = match DeTable::parse(chunk) {
            Ok(root) => root,
            Err(e) => {
                broken_record(&mut cx, chunk, c, &e, &mut found);
                continue;
            }
        };
        let section = c.section?;
        let (table, header) = sole_record(root.get_ref(), section)?;
        let rec = Rec {
            table,
            header,
            label: Label::of(section.name(), c.number, table, section.fallback()),
            number: c.number,
            slot: 0,
        };
        record(&mut cx, section, rec, &mut found, today);
    }
    Some((cx.problems, cx.omitted, found))
}

/// Below this many bytes of records a file is validated on one thread.
pub(super) const PARALLEL_BYTES: usize = 256 * 1024;

/// Validates the chunks on as many threads as the machine has cores (at
/// most 4), each taking a run of consecutive chunks of about equal bytes;
/// the parts come back in file order.
pub(super) fn validate_chunks_parallel<'t>(
    text: &'t str,
    chunks: &[Chunk],
    today: (NaiveDate, &str),
) -> Option<Vec<Part<'t>>> {
    let bytes: usize = chunks.iter().map(|c| c.range.len()).sum();
    let threads = if bytes < PARALLEL_BYTES {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 4))
    };
    if threads == 1 {
        return Some(vec![validate_chunks(text, chunks, today)?]);
    }
    // Cut where the bytes so far pass each share.
    let mut runs = Vec::with_capacity(threads);
    let mut from = 0;
    let mut so_far = 0;
    for (i, c) in chunks.iter().enumerate() {
        so_far += c.range.len();
        if so_far * threads >= bytes * (runs.len() + 1) && runs.len() + 1 < threads {
            runs.push(&chunks[from..=i]);
            from = i + 1;
        }
    }
    runs.push(&chunks[from..]);
    std::thread::scope(|s| {
        let handles: Vec<_> = runs[1..]
            .iter()
            .map(|run| s.spawn(move || validate_chunks(text, run, today)))
            .collect();
        let first = validate_chunks(text, runs[0], today);
        let mut parts = vec![first?];
        for h in handles {
            parts.push(h.join().ok()??);
        }
        Some(parts)
    })
}
