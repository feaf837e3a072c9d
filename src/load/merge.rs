//! Three versions of a campaign file merged record by record, as git's
//! merge driver (`campaign-dash merge BASE OURS THEIRS`): a record changed
//! on one side only takes that side; records added on both sides are all
//! kept; a key changed differently on both sides is a conflict, written
//! with git's marker lines around that one key. Everything else of OURS
//! keeps its bytes, comments and layout included.
//!
//! Each version is loaded first (a version that does not load is refused,
//! as `check` would report it) and cut where the loader cuts it, at its
//! top-level headers ([`super::split`]): the n-th `[[prisoners]]` chunk is
//! the campaign's n-th prisoner, whose [`Record::identity`] (its id, or for
//! a letter its date, prisoner and direction) matches it with the other
//! versions'. A chunk is its *body* (the header to the end of the line of
//! its last value) and the *gap* after it (blank lines and comments up to
//! the next header), which stays where it is.
//!
//! Records are compared as bytes first, so that only those changed on both
//! sides are parsed again, key by key ([`toml::de::DeTable`], whose spans
//! place each key's lines). A prisoner's `custody` and earlier arrests
//! written as `[[prisoners.custody]]` tables are merged as sets of entries
//! by their identity (date and place; date of arrest).

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::split::{self, Section};
use super::{LoadOptions, Loaded, is_blank, parse_str};
use crate::model::Campaign;
use crate::model::fields::Record;

/// One of the three versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Base,
    Ours,
    Theirs,
}

impl Which {
    pub fn name(self) -> &'static str {
        match self {
            Which::Base => "BASE",
            Which::Ours => "OURS",
            Which::Theirs => "THEIRS",
        }
    }
}

/// A conflict left in the merged text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The line (from 1) of its `<<<<<<<` marker in the merged text.
    pub line: usize,
    /// What conflicts, in words: `[[prisoners]] "yarashuk": status changed
    /// on both sides`.
    pub what: String,
}

/// The merged text and the conflicts left in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub text: String,
    pub conflicts: Vec<Conflict>,
}

/// Why three versions were not merged.
#[derive(Debug)]
pub enum Refused {
    /// A version does not load: its problems, as `check` reports them.
    Load(Which, Box<Loaded>),
    /// A version is written in a way the merge cannot cut into records.
    Layout(Which, &'static str),
}

/// Merges `theirs` into `ours`, both changed from `base` (blank when the
/// two have no common version: every record is then an addition).
pub fn merge(base: &str, ours: &str, theirs: &str, opts: &LoadOptions) -> Result<Merged, Refused> {
    // The three loads are independent: side by side, on as many cores.
    let (base, ours, theirs) = std::thread::scope(|s| {
        let base = s.spawn(|| Version::read(base, Which::Base, opts));
        let theirs = s.spawn(|| Version::read(theirs, Which::Theirs, opts));
        let ours = Version::read(ours, Which::Ours, opts);
        let joined = |h: std::thread::ScopedJoinHandle<'_, _>| {
            h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
        };
        (joined(base), ours, joined(theirs))
    });
    Ok(join(&base?, &ours?, &theirs?))
}

/// A record of one version: a chunk of its text.
#[derive(Debug)]
struct Unit<'a> {
    section: Section,
    /// Its identity, made unique in its version by the number of the
    /// records alike in it before it.
    key: String,
    /// The identity alone, for messages.
    label: String,
    body: &'a str,
    gap: &'a str,
    /// For a prisoner, the identities of its `custody` and `earlier`
    /// entries, in order.
    entries: [Vec<String>; 2],
}

/// The keys whose entries are merged as sets, in [`Unit::entries`] order.
const ENTRY_KEYS: [&str; 2] = ["custody", "earlier"];

#[derive(Debug, Default)]
struct Version<'a> {
    /// The text before the first header.
    preamble: &'a str,
    units: Vec<Unit<'a>>,
    /// Each unit's place by its key, per [`kind`].
    by_key: Vec<HashMap<String, usize>>,
}

/// How many kinds of units there are: the sections of records and
/// `[campaign]`.
const KINDS: usize = Section::COUNT + 1;

/// `Section::index`, with `[campaign]` a kind of its own.
fn kind(s: Section) -> usize {
    match s {
        Section::Campaign => Section::COUNT,
        s => s.index(),
    }
}

fn identities<R: Record>(records: &[R]) -> Vec<String> {
    records.iter().map(R::identity).collect()
}

fn section_identities(c: &Campaign, s: Section) -> Vec<String> {
    match s {
        Section::Campaign => vec![String::new()],
        Section::Organisations => identities(&c.organisations),
        Section::Prisoners => identities(&c.prisoners),
        Section::Events => identities(&c.events),
        Section::Statements => identities(&c.statements),
        Section::Petitions => identities(&c.petitions),
        Section::Letters => identities(&c.letters),
        Section::Snoozed => identities(&c.snoozed),
        Section::Facilities => identities(&c.facilities),
    }
}

/// Where the body of a chunk ends: after the last line that is not blank
/// or a comment. (Such a line may only be inside a multi-line string when
/// the string closes after it, in the lines taken for the gap; then the
/// chunk is parsed to find its last value.)
fn body_end(chunk: &str) -> usize {
    let mut end = chunk.len();
    loop {
        let without_nl = chunk[..end].strip_suffix('\n').unwrap_or(&chunk[..end]);
        let start = without_nl.rfind('\n').map_or(0, |i| i + 1);
        let line = without_nl[start..].trim_start_matches([' ', '\t', '\r']);
        if start == 0 || !(line.trim_end().is_empty() || line.starts_with('#')) {
            break;
        }
        end = start;
    }
    let gap = &chunk[end..];
    if (gap.contains("\"\"\"") || gap.contains("'''"))
        && let Ok(t) = DeTable::parse(chunk)
    {
        return line_end(chunk, max_end_table(t.get_ref()));
    }
    end
}

/// Just after the end of the line holding byte `at` (its newline included).
fn line_end(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    text[at..].find('\n').map_or(text.len(), |i| at + i + 1)
}

/// Where the line holding byte `at` starts.
fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

fn max_end_table(t: &DeTable<'_>) -> usize {
    t.iter()
        .map(|(k, v)| k.span().end.max(max_end(v)))
        .max()
        .unwrap_or(0)
}

fn max_end(v: &Spanned<DeValue<'_>>) -> usize {
    let inner = match v.get_ref() {
        DeValue::Table(t) => max_end_table(t),
        DeValue::Array(a) => a.iter().map(max_end).max().unwrap_or(0),
        _ => 0,
    };
    v.span().end.max(inner)
}

impl<'a> Version<'a> {
    fn read(text: &'a str, which: Which, opts: &LoadOptions) -> Result<Version<'a>, Refused> {
        if which == Which::Base && is_blank(text) {
            return Ok(Version {
                preamble: text,
                ..Version::default()
            });
        }
        let mut loaded = parse_str(text, opts);
        let campaign = match loaded.campaign.take() {
            Some(c) if !loaded.has_errors() => c,
            _ => return Err(Refused::Load(which, Box::new(loaded))),
        };
        let scan = split::scan(text);
        let headers = match scan.headers {
            Some(h) if !scan.open => h,
            _ => {
                return Err(Refused::Layout(
                    which,
                    "it has tables other than [campaign] and [[records]] (only those are merged record by record)",
                ));
            }
        };
        let mut ids: HashMap<usize, std::vec::IntoIter<String>> = HashMap::new();
        let mut seen: HashMap<(usize, String), usize> = HashMap::new();
        let mut units = Vec::with_capacity(headers.len());
        let mut prisoners = 0;
        for (n, h) in headers.iter().enumerate() {
            let Some(section) = h.section else {
                return Err(Refused::Layout(which, "a header is not TOML"));
            };
            let end = headers.get(n + 1).map_or(text.len(), |next| next.start);
            let chunk = &text[h.start..end];
            let k = kind(section);
            let Some(label) = ids
                .entry(k)
                .or_insert_with(|| section_identities(&campaign, section).into_iter())
                .next()
            else {
                return Err(Refused::Layout(
                    which,
                    "it has records written otherwise than under a header of their own",
                ));
            };
            let count = seen.entry((k, label.clone())).or_default();
            let key = match *count {
                0 => label.clone(),
                c => format!("{label}\u{1f}{c}"),
            };
            *count += 1;
            let entries = match section {
                Section::Prisoners => {
                    let p = &campaign.prisoners[prisoners];
                    prisoners += 1;
                    [identities(&p.custody), identities(&p.earlier)]
                }
                _ => Default::default(),
            };
            let split = body_end(chunk);
            units.push(Unit {
                section,
                key,
                label,
                body: &chunk[..split],
                gap: &chunk[split..],
                entries,
            });
        }
        if ids.values_mut().any(|rest| rest.next().is_some()) {
            return Err(Refused::Layout(
                which,
                "it has records written otherwise than under a header of their own",
            ));
        }
        let preamble = &text[..headers.first().map_or(text.len(), |h| h.start)];
        let mut by_key = vec![HashMap::new(); KINDS];
        for (i, u) in units.iter().enumerate() {
            by_key[kind(u.section)].insert(u.key.clone(), i);
        }
        Ok(Version {
            preamble,
            units,
            by_key,
        })
    }

    /// The unit of this version that is `u` of another.
    fn get(&self, u: &Unit<'_>) -> Option<&Unit<'a>> {
        self.by_key
            .get(kind(u.section))?
            .get(u.key.as_str())
            .map(|&i| &self.units[i])
    }
}

/// Text being written, with the places of the conflicts written in it.
#[derive(Debug, Default)]
struct Out {
    text: String,
    /// Where each conflict's `<<<<<<<` line starts, and what conflicts.
    conflicts: Vec<(usize, String)>,
}

/// A conflict as git writes one: OURS' lines, then THEIRS'.
fn block(ours: &str, theirs: &str) -> String {
    let mut s = String::from("<<<<<<< ours\n");
    push_lines(&mut s, ours);
    s.push_str("=======\n");
    push_lines(&mut s, theirs);
    s.push_str(">>>>>>> theirs\n");
    s
}

/// Appends `lines`, ended by a newline.
fn push_lines(s: &mut String, lines: &str) {
    s.push_str(lines);
    if !lines.is_empty() && !lines.ends_with('\n') {
        s.push('\n');
    }
}

impl Out {
    /// Ends the last line, if the text does not end with a newline.
    fn newline(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }

    fn conflict(&mut self, ours: &str, theirs: &str, what: String) {
        self.newline();
        self.conflicts.push((self.text.len(), what));
        self.text.push_str(&block(ours, theirs));
    }

    fn append(&mut self, piece: Out) {
        let at = self.text.len();
        self.text.push_str(&piece.text);
        self.conflicts
            .extend(piece.conflicts.into_iter().map(|(i, w)| (at + i, w)));
    }

    /// A gap between records, on a line of its own.
    fn gap(&mut self, gap: &str) {
        if !gap.is_empty() {
            self.newline();
            self.text.push_str(gap);
        }
    }
}

/// What a conflict in `u` is about, in words.
fn what(u: &Unit<'_>, detail: &str) -> String {
    match u.section {
        Section::Campaign => format!("[campaign]: {detail}"),
        s => format!("[[{}]] \"{}\": {detail}", s.name(), u.label),
    }
}

/// A record of THEIRS that OURS does not have, to be placed after OURS'
/// last record of its kind.
enum Theirs<'v, 'a> {
    Added(&'v Unit<'a>),
    /// Changed in THEIRS, removed in OURS.
    Kept(&'v Unit<'a>),
}

fn join(base: &Version<'_>, ours: &Version<'_>, theirs: &Version<'_>) -> Merged {
    let mut out = Out::default();
    let (b, o, t) = (base.preamble, ours.preamble, theirs.preamble);
    if o == b {
        out.text.push_str(t);
    } else if t == b || o == t {
        out.text.push_str(o);
    } else {
        out.conflict(
            o,
            t,
            "the lines before the first table changed on both sides".to_owned(),
        );
    }
    let mut pending: Vec<Vec<Theirs>> = (0..KINDS).map(|_| Vec::new()).collect();
    for t in &theirs.units {
        if ours.get(t).is_some() {
            continue;
        }
        match base.get(t) {
            // Removed in OURS, unchanged in THEIRS: removed.
            Some(b) if b.body == t.body => {}
            Some(_) => pending[kind(t.section)].push(Theirs::Kept(t)),
            None => pending[kind(t.section)].push(Theirs::Added(t)),
        }
    }
    let mut last = [None; KINDS];
    for (i, u) in ours.units.iter().enumerate() {
        last[kind(u.section)] = Some(i);
    }
    let place = |out: &mut Out, pending: &mut Vec<Theirs>| {
        for p in pending.drain(..) {
            out.newline();
            if !out.text.is_empty() {
                out.text.push('\n');
            }
            match p {
                Theirs::Added(t) => out.text.push_str(t.body),
                Theirs::Kept(t) => {
                    out.conflict("", t.body, what(t, "removed in ours, changed in theirs"))
                }
            }
        }
    };
    for (i, o) in ours.units.iter().enumerate() {
        let mut removed = false;
        match (base.get(o), theirs.get(o)) {
            (Some(b), Some(t)) => {
                if o.body == b.body {
                    out.text.push_str(t.body);
                } else if t.body == b.body || o.body == t.body {
                    out.text.push_str(o.body);
                } else {
                    out.append(merge_record(Some(b), o, t));
                }
            }
            (Some(b), None) => {
                if o.body == b.body {
                    removed = true;
                } else {
                    out.conflict(o.body, "", what(o, "changed in ours, removed in theirs"));
                }
            }
            (None, Some(t)) => {
                if o.body == t.body {
                    out.text.push_str(o.body);
                } else {
                    out.append(merge_record(None, o, t));
                }
            }
            (None, None) => out.text.push_str(o.body),
        }
        let k = kind(o.section);
        if last[k] == Some(i) {
            place(&mut out, &mut pending[k]);
        }
        if !(removed && o.gap.trim().is_empty()) {
            out.gap(o.gap);
        }
    }
    for p in &mut pending {
        place(&mut out, p);
    }
    let mut conflicts = Vec::with_capacity(out.conflicts.len());
    let (mut line, mut at) = (1, 0);
    for (offset, what) in out.conflicts {
        line += memchr::memchr_iter(b'\n', &out.text.as_bytes()[at..offset]).count();
        at = offset;
        conflicts.push(Conflict { line, what });
    }
    Merged {
        text: out.text,
        conflicts,
    }
}

/// A change to OURS' body of a record: the bytes `at` replaced by `text`
/// (an insertion where `at` is empty); `conflict`: the text is a conflict
/// block, from that offset in it, about that.
struct Edit {
    at: Range<usize>,
    text: String,
    conflict: Option<(usize, String)>,
}

impl Edit {
    fn new(at: Range<usize>, text: impl Into<String>) -> Edit {
        Edit {
            at,
            text: text.into(),
            conflict: None,
        }
    }

    /// A conflict block of `ours` and `theirs` in place of `at`, `before`
    /// written before it.
    fn conflict(at: Range<usize>, before: &str, ours: &str, theirs: &str, what: String) -> Edit {
        Edit {
            at,
            text: format!("{before}{}", block(ours, theirs)),
            conflict: Some((before.len(), what)),
        }
    }
}

/// OURS' body with the edits made; `None` where two overlap.
fn apply(body: &str, mut edits: Vec<Edit>) -> Option<Out> {
    edits.sort_by_key(|e| (e.at.start, e.at.end));
    let mut out = Out::default();
    let mut at = 0;
    for e in edits {
        if e.at.start < at {
            return None;
        }
        out.text.push_str(&body[at..e.at.start]);
        if let Some((offset, what)) = e.conflict {
            out.conflicts.push((out.text.len() + offset, what));
        }
        out.text.push_str(&e.text);
        at = e.at.end;
    }
    out.text.push_str(&body[at..]);
    Some(out)
}

type Value<'i> = Spanned<DeValue<'i>>;

/// The record's table in a chunk's parse: `[campaign]`'s, or the one
/// element of `[[prisoners]]`.
fn record_table<'t, 'i>(root: &'t DeTable<'i>, section: Section) -> Option<&'t DeTable<'i>> {
    let (_, v) = root.iter().find(|(k, _)| k.get_ref() == section.name())?;
    match v.get_ref() {
        DeValue::Table(t) if section == Section::Campaign => Some(t),
        DeValue::Array(a) if a.len() == 1 => match a[0].get_ref() {
            DeValue::Table(t) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

/// The keys of a table in the order written.
fn keys<'t, 'i>(t: &'t DeTable<'i>) -> Vec<(&'t str, &'t Value<'i>)> {
    let mut keys: Vec<_> = t.iter().collect();
    keys.sort_by_key(|(k, _)| k.span().start);
    keys.into_iter()
        .map(|(k, v)| (k.get_ref().as_ref(), v))
        .collect()
}

fn find<'t, 'i>(keys: &[(&str, &'t Value<'i>)], key: &str) -> Option<&'t Value<'i>> {
    keys.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

fn same(a: Option<&Value<'_>>, b: Option<&Value<'_>>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => equal(a.get_ref(), b.get_ref()),
        _ => false,
    }
}

/// Whether two values are the same, as TOML reads them (strings as their
/// text, however quoted; numbers as written; tables whatever their keys'
/// order).
fn equal(a: &DeValue<'_>, b: &DeValue<'_>) -> bool {
    match (a, b) {
        (DeValue::String(a), DeValue::String(b)) => a == b,
        (DeValue::Integer(a), DeValue::Integer(b)) => {
            a.as_str() == b.as_str() && a.radix() == b.radix()
        }
        (DeValue::Float(a), DeValue::Float(b)) => a.as_str() == b.as_str(),
        (DeValue::Boolean(a), DeValue::Boolean(b)) => a == b,
        (DeValue::Datetime(a), DeValue::Datetime(b)) => a == b,
        (DeValue::Array(a), DeValue::Array(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b.iter())
                    .all(|(a, b)| equal(a.get_ref(), b.get_ref()))
        }
        (DeValue::Table(a), DeValue::Table(b)) => {
            a.len() == b.len()
                && a.iter().all(|(k, v)| {
                    b.iter()
                        .find(|(l, _)| l.get_ref() == k.get_ref())
                        .is_some_and(|(_, w)| equal(v.get_ref(), w.get_ref()))
                })
        }
        _ => false,
    }
}

/// A list of `[[prisoners.custody]]` tables (not an inline list).
fn is_tables(body: &str, v: &Value<'_>) -> bool {
    match v.get_ref() {
        DeValue::Array(a) => a.first().is_some_and(|e| body[e.span()].starts_with("[[")),
        _ => false,
    }
}

/// The lines a key and its value take in `body`.
fn key_lines(body: &str, t: &DeTable<'_>, key: &str) -> Option<Range<usize>> {
    let (k, v) = t.iter().find(|(k, _)| k.get_ref() == key)?;
    Some(line_start(body, k.span().start)..line_end(body, max_end(v)))
}

/// A record changed on both sides (or added on both, `base` `None`),
/// merged key by key into OURS' bytes.
fn merge_record(base: Option<&Unit<'_>>, ours: &Unit<'_>, theirs: &Unit<'_>) -> Out {
    let whole = || {
        let mut out = Out::default();
        out.conflict(ours.body, theirs.body, what(ours, "changed on both sides"));
        out
    };
    fn parse<'i>(u: &Unit<'i>) -> Option<Spanned<DeTable<'i>>> {
        DeTable::parse(u.body)
            .ok()
            .filter(|t| record_table(t.get_ref(), u.section).is_some())
    }
    let (Some(o_root), Some(t_root)) = (parse(ours), parse(theirs)) else {
        return whole();
    };
    let b_root = match base {
        Some(b) => match parse(b) {
            Some(r) => Some(r),
            None => return whole(),
        },
        None => None,
    };
    let o_t = record_table(o_root.get_ref(), ours.section).expect("checked");
    let t_t = record_table(t_root.get_ref(), ours.section).expect("checked");
    let b_t = b_root
        .as_ref()
        .map(|r| record_table(r.get_ref(), ours.section).expect("checked"));
    let (o_keys, t_keys) = (keys(o_t), keys(t_t));
    let b_keys = b_t.map(keys).unwrap_or_default();
    // Where a key THEIRS adds goes: after OURS' last plain key.
    let insert_at = o_keys
        .iter()
        .filter(|(_, v)| !is_tables(ours.body, v))
        .filter_map(|(k, _)| key_lines(ours.body, o_t, k))
        .map(|r| r.end)
        .max()
        .unwrap_or_else(|| line_end(ours.body, 0));
    let mut all: Vec<&str> = o_keys.iter().map(|(k, _)| *k).collect();
    all.extend(
        t_keys
            .iter()
            .map(|(k, _)| *k)
            .filter(|k| find(&o_keys, k).is_none()),
    );
    let mut edits = Vec::new();
    for key in all {
        let (bv, ov, tv) = (find(&b_keys, key), find(&o_keys, key), find(&t_keys, key));
        if same(ov, tv) || same(tv, bv) {
            continue;
        }
        let tables = [
            bv.map(|v| (base.map_or("", |b| b.body), v)),
            ov.map(|v| (ours.body, v)),
            tv.map(|v| (theirs.body, v)),
        ];
        if tables.iter().flatten().any(|(body, v)| is_tables(body, v)) {
            // Entries under headers of their own are merged as sets; a
            // key written as tables on one side and inline on another
            // cannot be placed key by key.
            let Some(e) = ENTRY_KEYS.iter().position(|k| *k == key) else {
                return whole();
            };
            if !tables.iter().flatten().all(|(body, v)| is_tables(body, v)) {
                return whole();
            }
            let (Some(b_e), Some(o_e), Some(t_e)) = (
                base.map_or(Some(Vec::new()), |b| entries_of(b, bv, e)),
                entries_of(ours, ov, e),
                entries_of(theirs, tv, e),
            ) else {
                return whole();
            };
            merge_entries(ours, key, (&b_e, &o_e, &t_e), &mut edits);
            continue;
        }
        let theirs_lines = || key_lines(theirs.body, t_t, key).map_or("", |r| &theirs.body[r]);
        let ours_lines = key_lines(ours.body, o_t, key);
        if same(ov, bv) {
            // Changed in THEIRS only.
            match ours_lines {
                Some(r) => edits.push(Edit::new(r, theirs_lines())),
                None => {
                    let mut text = String::new();
                    push_lines(&mut text, theirs_lines());
                    edits.push(Edit::new(insert_at..insert_at, text));
                }
            }
        } else {
            let what = what(ours, &format!("{key} changed on both sides"));
            match ours_lines {
                Some(r) => {
                    let o = &ours.body[r.clone()];
                    edits.push(Edit::conflict(r, "", o, theirs_lines(), what));
                }
                None => edits.push(Edit::conflict(
                    insert_at..insert_at,
                    "",
                    "",
                    theirs_lines(),
                    what,
                )),
            }
        }
    }
    apply(ours.body, edits).unwrap_or_else(whole)
}

/// An entry of `custody` or `earlier` under a header of its own.
struct Entry<'a> {
    key: String,
    label: &'a str,
    lines: Range<usize>,
    text: &'a str,
}

/// The entries of key `e` of [`ENTRY_KEYS`] in a side's record; `None`
/// when they are not as many as the loader found.
fn entries_of<'a>(u: &'a Unit<'_>, v: Option<&Value<'_>>, e: usize) -> Option<Vec<Entry<'a>>> {
    let labels = &u.entries[e];
    let items = match v.map(Spanned::get_ref) {
        None => &[][..],
        Some(DeValue::Array(a)) => &a[..],
        Some(_) => return None,
    };
    if items.len() != labels.len() {
        return None;
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let body: &'a str = u.body;
    Some(
        items
            .iter()
            .zip(labels)
            .map(|(item, label)| {
                let n = seen.entry(label).or_default();
                let key = match *n {
                    0 => label.clone(),
                    c => format!("{label}\u{1f}{c}"),
                };
                *n += 1;
                let lines = line_start(body, item.span().start)..line_end(body, max_end(item));
                Entry {
                    key,
                    label,
                    text: &body[lines.clone()],
                    lines,
                }
            })
            .collect(),
    )
}

/// The entries of one key merged as sets by their identity, as edits of
/// OURS' body: THEIRS' additions placed after the entry they follow there.
fn merge_entries(
    ours: &Unit<'_>,
    key: &str,
    (base, mine, theirs): (&[Entry<'_>], &[Entry<'_>], &[Entry<'_>]),
    edits: &mut Vec<Edit>,
) {
    let by_key = |list: &[Entry<'_>]| -> HashMap<String, usize> {
        list.iter()
            .enumerate()
            .map(|(i, e)| (e.key.clone(), i))
            .collect()
    };
    let (b_at, o_at, t_at) = (by_key(base), by_key(mine), by_key(theirs));
    let body = ours.body;
    let about =
        |e: &Entry<'_>, how: &str| what(ours, &format!("{key} entry \"{}\" {how}", e.label));
    for o in mine {
        let b = b_at.get(&o.key).map(|&i| base[i].text);
        let t = t_at.get(&o.key).map(|&i| theirs[i].text);
        match (b, t) {
            (Some(b), Some(t)) => {
                if o.text == b && t != b {
                    edits.push(Edit::new(o.lines.clone(), t));
                } else if o.text != b && t != b && o.text != t {
                    edits.push(Edit::conflict(
                        o.lines.clone(),
                        "",
                        o.text,
                        t,
                        about(o, "changed on both sides"),
                    ));
                }
            }
            (Some(b), None) => {
                if o.text == b {
                    // Removed, with the blank lines before it.
                    let mut start = o.lines.start;
                    while start > 0 {
                        let prev = line_start(body, start - 1);
                        if !body[prev..start].trim().is_empty() {
                            break;
                        }
                        start = prev;
                    }
                    edits.push(Edit::new(start..o.lines.end, ""));
                } else {
                    edits.push(Edit::conflict(
                        o.lines.clone(),
                        "",
                        o.text,
                        "",
                        about(o, "changed in ours, removed in theirs"),
                    ));
                }
            }
            (None, Some(t)) if o.text != t => edits.push(Edit::conflict(
                o.lines.clone(),
                "",
                o.text,
                t,
                about(o, "added on both sides, differently"),
            )),
            _ => {}
        }
    }
    // THEIRS' entries OURS lacks, each after the one it follows in THEIRS.
    let mut after: Option<usize> = None;
    for t in theirs {
        if let Some(&i) = o_at.get(&t.key) {
            after = Some(i);
            continue;
        }
        let kept = match b_at.get(&t.key) {
            Some(&i) if base[i].text == t.text => continue,
            Some(_) => true,
            None => false,
        };
        let (at, before, after_text) = match (after, mine.first()) {
            (Some(i), _) => (mine[i].lines.end, "\n", ""),
            (None, Some(first)) => (first.lines.start, "", "\n"),
            (None, None) => (
                body.len(),
                if body.ends_with('\n') { "\n" } else { "\n\n" },
                "",
            ),
        };
        let mut edit = if kept {
            Edit::conflict(
                at..at,
                before,
                "",
                t.text,
                about(t, "removed in ours, changed in theirs"),
            )
        } else {
            let mut text = before.to_owned();
            push_lines(&mut text, t.text);
            Edit::new(at..at, text)
        };
        edit.text.push_str(after_text);
        edits.push(edit);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = r#"# The team's file.
format = 1

[campaign]
name = "Test"
as_of = 2024-05-01

[[prisoners]]
id = "a"
name = "Anna A" # the Latin form
status = "detained"
detained = 2021-01-01

[[prisoners.custody]]
since = 2021-01-01
facility = "SIZO-1"

[[prisoners]]
id = "b"
name = "Boris B"
status = "imprisoned"
detained = 2020-05-01

# Letters, newest last.
[[letters]]
date = 2024-01-01
prisoner = "a"
direction = "sent"
"#;

    fn merged(base: &str, ours: &str, theirs: &str) -> Merged {
        let m = merge(base, ours, theirs, &LoadOptions::default())
            .unwrap_or_else(|e| panic!("refused: {e:?}"));
        if m.conflicts.is_empty() {
            let loaded = parse_str(&m.text, &LoadOptions::default());
            assert!(!loaded.has_errors(), "{:?}\n{}", loaded.problems, m.text);
        }
        m
    }

    fn letter(date: &str, prisoner: &str) -> String {
        format!("\n[[letters]]\ndate = {date}\nprisoner = \"{prisoner}\"\ndirection = \"sent\"\n")
    }

    #[test]
    fn a_file_merged_with_itself_is_itself() {
        for text in [BASE, include_str!("../../campaign.toml")] {
            assert_eq!(merged(text, text, text).text, text);
            assert_eq!(merged("", text, text).text, text);
        }
    }

    #[test]
    fn one_sides_change_is_taken_whole() {
        let theirs = BASE.replace("Boris B", "Barys B");
        assert_eq!(merged(BASE, BASE, &theirs).text, theirs);
        assert_eq!(merged(BASE, &theirs, BASE).text, theirs);
    }

    #[test]
    fn letters_added_on_both_sides_are_all_kept_theirs_after_ours() {
        let ours = format!("{BASE}{}", letter("2024-02-01", "a"));
        let theirs = format!("{BASE}{}", letter("2024-03-01", "b"));
        let m = merged(BASE, &ours, &theirs);
        assert_eq!(m.conflicts, []);
        assert_eq!(
            m.text,
            format!(
                "{BASE}{}{}",
                letter("2024-02-01", "a"),
                letter("2024-03-01", "b")
            )
        );
    }

    #[test]
    fn the_same_letter_added_on_both_sides_is_kept_once() {
        let ours = format!("{BASE}{}", letter("2024-02-01", "a"));
        let m = merged(BASE, &ours, &ours);
        assert_eq!(m.text, ours);
    }

    #[test]
    fn different_keys_of_one_record_are_both_taken_and_comments_kept() {
        let ours = BASE.replace(
            "detained = 2020-05-01",
            "detained = 2020-05-02 # per Viasna",
        );
        let theirs = BASE
            .replace("name = \"Boris B\"", "name = \"Barys B\"")
            .replace(
                "status = \"imprisoned\"\n",
                "status = \"imprisoned\"\nsentence_months = 36\n",
            );
        let m = merged(BASE, &ours, &theirs);
        assert_eq!(m.conflicts, []);
        assert_eq!(
            m.text,
            BASE.replace("name = \"Boris B\"", "name = \"Barys B\"")
                .replace(
                    "detained = 2020-05-01",
                    "detained = 2020-05-02 # per Viasna\nsentence_months = 36"
                )
        );
    }

    #[test]
    fn the_same_key_changed_differently_is_one_conflict_around_that_key() {
        let ours = BASE.replace("name = \"Boris B\"", "name = \"Barys B\"");
        let theirs = BASE.replace("name = \"Boris B\"", "name = \"Barys Bee\"");
        let m = merged(BASE, &ours, &theirs);
        assert_eq!(
            m.text,
            BASE.replace(
                "name = \"Boris B\"\n",
                "<<<<<<< ours\nname = \"Barys B\"\n=======\nname = \"Barys Bee\"\n>>>>>>> theirs\n"
            )
        );
        let line = m
            .text
            .lines()
            .position(|l| l.starts_with("<<<<<<<"))
            .unwrap()
            + 1;
        assert_eq!(
            m.conflicts,
            [Conflict {
                line,
                what: "[[prisoners]] \"b\": name changed on both sides".to_owned()
            }]
        );
    }

    #[test]
    fn custody_entries_are_merged_as_sets() {
        let add = |facility: &str, since: &str| {
            BASE.replace(
                "facility = \"SIZO-1\"\n",
                &format!("facility = \"SIZO-1\"\n\n[[prisoners.custody]]\nsince = {since}\nfacility = \"{facility}\"\n"),
            )
        };
        let ours =
            add("IK-2", "2022-01-01").replace("status = \"detained\"", "status = \"imprisoned\"");
        let theirs = add("Hospital", "2021-06-01");
        let m = merged(BASE, &ours, &theirs);
        assert_eq!(m.conflicts, []);
        let places: Vec<&str> = m
            .text
            .lines()
            .filter_map(|l| l.strip_prefix("facility = "))
            .collect();
        assert_eq!(
            places,
            ["\"SIZO-1\"", "\"Hospital\"", "\"IK-2\""],
            "{}",
            m.text
        );
        assert!(m.text.contains("status = \"imprisoned\""));
    }

    #[test]
    fn removed_on_one_side_and_changed_on_the_other_is_a_conflict() {
        let i = BASE.find("[[prisoners]]\nid = \"b\"").unwrap();
        let j = BASE.find("# Letters").unwrap();
        let ours =
            format!("{}{}", &BASE[..i], &BASE[j..]).replace("prisoner = \"a\"", "prisoner = \"a\"");
        let theirs = BASE.replace("Boris B", "Barys B");
        let m = merge(BASE, &ours, &theirs, &LoadOptions::default()).unwrap();
        assert_eq!(m.conflicts.len(), 1, "{}", m.text);
        assert!(
            m.conflicts[0]
                .what
                .contains("removed in ours, changed in theirs")
        );
        assert!(
            m.text
                .contains("=======\n[[prisoners]]\nid = \"b\"\nname = \"Barys B\""),
            "{}",
            m.text
        );
        // Removed on one side and unchanged on the other: removed.
        let m = merged(BASE, &ours, BASE);
        assert_eq!(m.text, ours);
    }

    #[test]
    fn lines_of_a_multi_line_string_that_look_like_comments_stay_in_its_record() {
        let base = BASE.replace(
            "detained = 2020-05-01\n",
            "detained = 2020-05-01\nnotes = \"\"\"\nMoved.\n# not a comment\"\"\"\n",
        );
        // Both change the record: merged key by key, which needs its body
        // whole to parse it.
        let ours = base.replace("Boris B", "Barys B");
        let theirs = base.replace("Moved.", "Moved twice.");
        let m = merged(&base, &ours, &theirs);
        assert_eq!(m.conflicts, []);
        assert_eq!(
            m.text,
            base.replace("Boris B", "Barys B")
                .replace("Moved.", "Moved twice.")
        );
    }

    #[test]
    fn a_version_that_does_not_load_is_refused() {
        let broken = BASE.replace("status = \"imprisoned\"", "status = \"jailed\"");
        match merge(BASE, BASE, &broken, &LoadOptions::default()) {
            Err(Refused::Load(Which::Theirs, loaded)) => assert!(loaded.has_errors()),
            other => panic!("{other:?}"),
        }
    }
}
