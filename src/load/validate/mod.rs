//! The hand-written validation of a parsed campaign file against format 1.
//!
//! Every getter records its own problems and returns `None` (or an empty
//! list) for a value it could not take, so that one pass finds everything.
//! Records are built only from values that passed; the caller drops the
//! campaign when any error was found.

use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::split::{self, Header, Section};
use super::{LoadOptions, MAX_PROBLEMS, MAX_STRUCTURE, Omitted, Problem, Severity};
use crate::model::{Campaign, FORMAT_VERSION, PartialDate, Snooze};

mod ctx;
mod parallel;
mod records;
mod refs;
mod syntax;
mod values;

use ctx::{Ctx, Label, Rec, check_keys, describe, shown};
use parallel::{Chunk, Part, chunks, line_value, validate_chunks_parallel};
use records::{
    Found, campaign_info, kept_past_release, letters_after_release, record, records,
    unmatched_facilities,
};
pub use refs::{IdProblem, MAX_ID, id_problem, slug};
use refs::{check_ids, check_refs};
use syntax::syntax_error;

use crate::t;

/// The least a campaign file holds, as the help of an empty file shows it.
const LEAST: &str = "[campaign]\nname = \"…\"";

type Value<'i> = Spanned<DeValue<'i>>;

const TOP_KEYS: &[&str] = &[
    "format",
    "campaign",
    "organisations",
    "prisoners",
    "events",
    "statements",
    "petitions",
    "letters",
    "snoozed",
    "facilities",
];

/// What [`validate`] found: the campaign built from the values that
/// passed (the caller drops it if any error was recorded), the first
/// `MAX_PROBLEMS` problems in file order, how many more there were, and
/// the span of each snooze's `item` (by its place in `snoozed`).
pub(super) type Validated = (Option<Campaign>, Vec<Problem>, Omitted, Vec<Range<usize>>);

/// Validates `text`; see [`Validated`].
pub(super) fn validate(text: &str, opts: &LoadOptions) -> Validated {
    validate_as(text, opts, Mode::Split)
}

/// How a file is parsed: record by record where its headers allow it, or
/// all at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Split,
    /// Only the tests ask for this, to compare both readings.
    #[cfg_attr(not(test), allow(dead_code))]
    Whole,
}

pub(super) fn validate_as(text: &str, opts: &LoadOptions, mode: Mode) -> Validated {
    let mut cx = Ctx::new(text);
    let campaign = validate_doc(&mut cx, opts, mode);
    cx.keep_first(MAX_PROBLEMS);
    let snooze_at = if campaign.is_some() {
        std::mem::take(&mut cx.snooze_at)
    } else {
        Vec::new()
    };
    (campaign, cx.problems, cx.omitted, snooze_at)
}

/// Appends `more` to `all`, taking it whole (no copy) while `all` is
/// empty: a section read by one thread is not copied again.
fn append<T>(all: &mut Vec<T>, mut more: Vec<T>) {
    if all.is_empty() {
        std::mem::swap(all, &mut more);
    } else {
        all.append(&mut more);
    }
}

fn validate_doc(cx: &mut Ctx<'_>, opts: &LoadOptions, mode: Mode) -> Option<Campaign> {
    // An empty file (or one of blank lines, or only a byte-order mark) is
    // said as such rather than as a missing `[campaign]`. Blank as TOML
    // means it: a form feed or another Unicode space is not, and is left
    // for the parser to report.
    if super::is_blank(cx.text) {
        let what = if cx.text.is_empty() {
            t!("check-file-empty")
        } else {
            t!("check-file-blank")
        };
        cx.error(
            0..0,
            what,
            Some(t!("check-file-empty-help", example = LEAST)),
        );
        return None;
    }
    // Blank to the eye but not to TOML: only such spaces (a form feed, a
    // no-break space) and nothing else; the parser would call the first a
    // key without a value.
    if cx.text.trim_start_matches('\u{feff}').trim().is_empty() {
        let toml_blank = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{feff}');
        if let Some((at, c)) = cx.text.char_indices().find(|&(_, c)| !toml_blank(c)) {
            cx.error(
                at..at + c.len_utf8(),
                t!("check-odd-blank", code = format!("U+{:04X}", u32::from(c))),
                Some(t!("check-odd-blank-help", example = LEAST)),
            );
            return None;
        }
    }
    // The parsed tree costs some hundreds of bytes per key, value or table:
    // a file of nothing but `{},` would take gigabytes. Such a file is
    // refused before it is parsed.
    let scan = split::scan(cx.text);
    let marks = scan.marks;
    if marks > MAX_STRUCTURE {
        cx.error(
            0..0,
            t!(
                "check-too-much-structure",
                marks = marks.to_string(),
                max = MAX_STRUCTURE.to_string()
            ),
            Some(t!("check-too-much-structure-help")),
        );
        return None;
    }
    // Record by record when the headers allow it: the parse then holds one
    // record's tree at a time, and the cores share the work, and a record
    // that does not parse is one problem among those of the others.
    // Whatever that cannot read as the whole file would be read (a table
    // defined twice, a chunk holding more than its record, a multi-line
    // string or list left open, which swallows the headers after it) is
    // read again as a whole, which reports the first syntax error alone.
    if mode == Mode::Split
        && !scan.open
        && let Some(headers) = scan.headers.filter(|h| !h.is_empty())
    {
        let mut split = Ctx::new(cx.text);
        match validate_split(&mut split, opts, &headers) {
            Outcome::ReadWhole => {}
            outcome => {
                *cx = split;
                return outcome.campaign();
            }
        }
    }
    let root = match DeTable::parse(cx.text) {
        Ok(root) => root,
        Err(e) => {
            syntax_error(cx, cx.text, &e, None);
            return None;
        }
    };
    let campaign = CampaignAt::Root;
    validate_root(
        cx,
        opts,
        root.get_ref(),
        campaign,
        &[],
        |_| Some(Vec::new()),
    )
    .campaign()
}

/// Where the `[campaign]` table is read from.
enum CampaignAt<'a, 't> {
    /// The tree of the text before the first split header, or of the file.
    Root,
    /// Its own chunk's tree, and where the chunk starts.
    Chunk(&'a DeTable<'t>, usize),
    /// Its chunk does not parse (already reported); its `as_of`, if read.
    Broken(Option<NaiveDate>),
}

/// What [`validate_split`] and [`validate_root`] came to.
// Made once a file and unpacked at once, as the `Option<Option<Campaign>>`
// it replaces was: boxing the campaign would only add an allocation.
#[allow(clippy::large_enum_variant)]
enum Outcome {
    /// The file must be read whole instead: a chunk holds more than its
    /// record, or its headers do not cut it into records the whole parse
    /// would read alike. Nothing of this attempt is kept then.
    ReadWhole,
    /// The file cannot be read on (it needs a newer campaign-dash), or no
    /// campaign can be built from it (its `[campaign]` table did not
    /// pass); the problems recorded say why.
    NoCampaign,
    /// The campaign built from the values that passed; the caller still
    /// drops it if any error was recorded.
    Campaign(Campaign),
}

impl Outcome {
    /// The campaign, if one was built.
    fn campaign(self) -> Option<Campaign> {
        match self {
            Outcome::ReadWhole | Outcome::NoCampaign => None,
            Outcome::Campaign(campaign) => Some(campaign),
        }
    }
}

/// Validates a file split at its headers; [`Outcome::ReadWhole`] when it
/// must be read whole instead (nothing of this attempt is kept then).
fn validate_split(cx: &mut Ctx<'_>, opts: &LoadOptions, headers: &[Header]) -> Outcome {
    let text = cx.text;
    let mut chunks = chunks(text, headers);
    let Some(preamble) = headers.first().and_then(|h| text.get(..h.start)) else {
        return Outcome::ReadWhole;
    };
    let root = match DeTable::parse(preamble) {
        Ok(root) => root,
        Err(e) => {
            syntax_error(cx, preamble, &e, Some(&t!("check-top-level")));
            let Ok(empty) = DeTable::parse("") else {
                return Outcome::ReadWhole;
            };
            empty
        }
    };
    let root = root.get_ref();
    // A key of the text before the first header that a header opens
    // again, or `[campaign]` twice, is for the whole parse to report.
    let is_campaign = |c: &Chunk| c.section == Some(Section::Campaign);
    let campaigns = chunks.iter().filter(|c| is_campaign(c)).count();
    let reopened = |c: &Chunk| c.section.is_some_and(|s| root.get(s.name()).is_some());
    if campaigns > 1 || chunks.iter().any(reopened) {
        return Outcome::ReadWhole;
    }
    let campaign_tree;
    let campaign = match chunks.iter().position(is_campaign) {
        Some(i) => {
            let c = chunks.remove(i);
            let Some(chunk) = text.get(c.range.clone()) else {
                return Outcome::ReadWhole;
            };
            match DeTable::parse(chunk) {
                Ok(tree) => {
                    campaign_tree = tree;
                    let tree = campaign_tree.get_ref();
                    let is_table = matches!(
                        tree.get("campaign").map(Spanned::get_ref),
                        Some(DeValue::Table(_))
                    );
                    if tree.len() != 1 || !is_table {
                        return Outcome::ReadWhole;
                    }
                    CampaignAt::Chunk(tree, c.range.start)
                }
                Err(e) => {
                    cx.base = c.range.start;
                    syntax_error(cx, chunk, &e, Some("[campaign]"));
                    cx.base = 0;
                    CampaignAt::Broken(broken_as_of(chunk))
                }
            }
        }
        None => CampaignAt::Root,
    };
    let mut split = [false; Section::COUNT];
    for s in chunks.iter().filter_map(|c| c.section) {
        split[s.index()] = true;
    }
    validate_root(cx, opts, root, campaign, &split, |today| {
        validate_chunks_parallel(text, &chunks, today)
    })
}

/// The `as_of` of a `[campaign]` chunk that does not parse, if a line of
/// it gives one.
fn broken_as_of(chunk: &str) -> Option<NaiveDate> {
    let day = |v: &DeValue<'_>| match v {
        DeValue::Datetime(dt) if dt.time.is_none() => {
            let d = dt.date?;
            NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
        }
        DeValue::String(s) => PartialDate::parse(s).ok()?.as_full(),
        _ => None,
    };
    line_value(chunk, "as_of", day).map(|(d, _)| d)
}

/// Validates a file from the tree of its text before the first split
/// header (or of all of it), its `[campaign]` table, and the chunks of
/// the `split` sections, which `chunks` validates.
/// [`Outcome::ReadWhole`] when a chunk holds more than its record (the
/// file is to be read whole); [`Outcome::NoCampaign`] when the file cannot
/// be read on or has no campaign to build.
fn validate_root<'t>(
    cx: &mut Ctx<'t>,
    opts: &LoadOptions,
    root: &DeTable<'t>,
    campaign: CampaignAt<'_, 't>,
    split: &[bool],
    chunks: impl FnOnce((NaiveDate, &'static str)) -> Option<Vec<Part<'t>>>,
) -> Outcome {
    // The format version first: a newer file is refused alone, since its
    // other keys (and its syntax) may well be unknown to this build.
    let mut format = 1;
    if let Some(v) = root.get("format") {
        match v.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) if n > FORMAT_VERSION => {
                    cx.error(
                        v.span(),
                        t!(
                            "check-newer-format",
                            format = n.to_string(),
                            reads = FORMAT_VERSION.to_string()
                        ),
                        Some(t!("check-newer-format-help")),
                    );
                    return Outcome::NoCampaign;
                }
                Ok(n) if n >= 1 => format = n,
                Ok(n) => cx.error(
                    v.span(),
                    t!("check-format-below-one", value = n.to_string()),
                    Some(t!("check-format-help", format = FORMAT_VERSION.to_string())),
                ),
                Err(e) if *e.kind() != std::num::IntErrorKind::PosOverflow => cx.error(
                    v.span(),
                    t!(
                        "check-format-not-number",
                        value = cx
                            .source(&v.span())
                            .map_or_else(String::new, |s| shown(s, 24))
                    ),
                    Some(t!("check-format-help", format = FORMAT_VERSION.to_string())),
                ),
                Err(_) => {
                    cx.error(v.span(), t!("check-format-huge"), None);
                    return Outcome::NoCampaign;
                }
            },
            other => cx.error(
                v.span(),
                t!("check-format-wrong-type", found = describe(other)),
                Some(t!(
                    "check-format-wrong-type-help",
                    format = FORMAT_VERSION.to_string()
                )),
            ),
        }
    }

    let top = Rec {
        table: root,
        header: 0..0,
        label: Label::Fixed("top level"),
        number: 0,
        slot: 0,
    };
    check_keys(cx, &top, TOP_KEYS, &t!("check-what-top-level"));

    let mut as_of = None;
    let info = match campaign {
        CampaignAt::Chunk(tree, base) => {
            cx.base = base;
            let info = campaign_info(cx, tree);
            cx.base = 0;
            info
        }
        CampaignAt::Root => campaign_info(cx, root),
        CampaignAt::Broken(day) => {
            as_of = day;
            None
        }
    };
    let as_of = as_of.or(info.as_ref().and_then(|i| i.as_of));
    let today = opts.today.or(as_of).unwrap_or(opts.system_today);
    // Where today comes from, as the messages' `$source` selects it.
    let today_is = if opts.today.is_some() {
        "flag"
    } else if as_of.is_some() {
        "as-of"
    } else {
        "system"
    };

    // The sections written in the text before the first header (or in
    // the whole file), then those split into chunks, which come after it.
    let mut found = Found::default();
    for section in Section::RECORDS {
        if split.get(section.index()).copied().unwrap_or(false) {
            continue;
        }
        for rec in records(cx, root, section.name(), section.fallback()) {
            record(cx, section, rec, &mut found, (today, today_is));
        }
    }
    let mut founds = vec![found];
    let Some(parts) = chunks((today, today_is)) else {
        return Outcome::ReadWhole;
    };
    for (problems, omitted, found) in parts {
        cx.absorb(problems, omitted);
        founds.push(found);
    }

    let sections = check_ids(cx, &founds);
    check_refs(cx, &founds, &sections);
    drop(sections);
    letters_after_release(
        cx,
        founds.iter().flat_map(|f| &f.prisoners),
        founds.iter().flat_map(|f| {
            f.letters
                .iter()
                .zip(&f.letter_at)
                .map(|(l, (span, slot))| (l, span, &f.labels[*slot]))
        }),
    );
    unmatched_facilities(
        cx,
        founds.iter().flat_map(|f| &f.prisoners),
        founds.iter().flat_map(|f| {
            f.facilities
                .iter()
                .map(|(r, span, slot)| (r, span, &f.labels[*slot]))
        }),
    );

    if opts.retention
        && let Some(info) = &info
    {
        let retain = info.retain_days.unwrap_or(crate::model::RETAIN_DAYS);
        kept_past_release(
            cx,
            founds.iter().flat_map(|f| {
                f.prisoners
                    .iter()
                    .zip(&f.prisoner_at)
                    .map(|(p, (span, slot))| (p, span, &f.labels[*slot]))
            }),
            founds.iter().flat_map(|f| &f.letters),
            (today, retain),
        );
    }

    let Some(info) = info else {
        return Outcome::NoCampaign;
    };
    let mut organisations = Vec::new();
    let mut prisoners = Vec::new();
    let mut events = Vec::new();
    let mut statements = Vec::new();
    let mut petitions = Vec::new();
    let mut letters = Vec::new();
    let mut snoozed = Vec::new();
    let mut snooze_at = Vec::new();
    let mut facilities = Vec::new();
    for f in founds {
        append(&mut organisations, f.organisations);
        append(&mut prisoners, f.prisoners);
        append(&mut events, f.events);
        append(&mut statements, f.statements);
        append(&mut petitions, f.petitions);
        append(&mut letters, f.letters);
        append(&mut snoozed, f.snoozed);
        append(&mut snooze_at, f.snooze_at);
        facilities.extend(f.facilities.into_iter().map(|(r, _, _)| r));
    }
    cx.snooze_at = snooze_at;
    Outcome::Campaign(Campaign {
        format,
        info,
        organisations,
        prisoners,
        events,
        statements,
        petitions,
        letters,
        snoozed,
        facilities,
        withheld: Default::default(),
    })
}

/// The warning of snooze `number` (from 1) of the file, `s`, whose `item`
/// (at `span`) matches no item of the agenda though its `until` has passed.
pub(super) fn stale_snooze(number: usize, s: &Snooze, span: Range<usize>) -> Problem {
    Problem {
        severity: Severity::Warning,
        message: t!(
            "check-stale-snooze",
            label = ctx::label_named("snoozed", number, Some(&s.item)),
            until = s.until.to_string()
        ),
        span,
        help: Some(t!("check-stale-snooze-help")),
    }
}

/// Reading a file record by record must give exactly what reading it whole
/// gives (the same campaign and the same problems, in the same order) for
/// every file that is TOML. Where the file is not, the whole reading can
/// only report its first syntax error; the split one reports that error at
/// the same place (naming its record) and the problems of the other
/// records besides.
#[cfg(test)]
mod split_equivalence {
    use super::{Mode, split, validate_as};
    use crate::load::test_generator as generator;
    use crate::load::{LoadOptions, Severity, parse_str};
    use chrono::NaiveDate;

    fn opts() -> LoadOptions {
        LoadOptions {
            today: None,
            system_today: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            retention: true,
        }
    }

    fn same(name: &str, text: &str) {
        let split = validate_as(text, &opts(), Mode::Split);
        let whole = validate_as(text, &opts(), Mode::Whole);
        if toml::de::DeTable::parse(text).is_ok() {
            assert_eq!(split.0, whole.0, "{name}: campaigns differ");
            assert_eq!(split.1, whole.1, "{name}: problems differ");
            assert_eq!(split.2, whole.2, "{name}: omitted counts differ");
            assert_eq!(split.3, whole.3, "{name}: spans of snoozes differ");
            return;
        }
        let [first] = whole.1.as_slice() else {
            panic!("{name}: the whole reading of a syntax error: {:?}", whole.1);
        };
        assert!(
            split.1.iter().any(|p| p.severity == Severity::Error
                && p.span == first.span
                && p.message.ends_with(&first.message)
                && p.help == first.help),
            "{name}: the split reading misses {first:?} in {:?}",
            split.1
        );
        assert!(parse_str(text, &opts()).campaign.is_none(), "{name}");
    }

    fn fixtures(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                fixtures(&path, out);
            } else if path.extension().is_some_and(|e| e == "toml") {
                out.push(path);
            }
        }
    }

    #[test]
    fn every_fixture_reads_the_same_split_or_whole() {
        let mut paths = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        fixtures(&root.join("tests/fixtures"), &mut paths);
        paths.push(root.join("campaign.toml"));
        assert!(paths.len() > 50, "{paths:?}");
        let mut split_ones = 0;
        for path in paths {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            if split::scan(&text).headers.is_some_and(|h| !h.is_empty()) {
                split_ones += 1;
            }
            same(&path.display().to_string(), &text);
        }
        assert!(split_ones > 30, "{split_ones}");
    }

    #[test]
    fn generated_files_read_the_same_split_or_whole() {
        for (hostile, story) in [(false, false), (true, false), (false, true), (true, true)] {
            let spec = generator::Spec {
                hostile,
                story,
                ..generator::Spec::square(300)
            };
            let text = generator::campaign_text(&spec);
            same("generated", &text);
            let split = validate_as(&text, &opts(), Mode::Split);
            assert!(split.0.is_some() && split.1.is_empty(), "{:?}", split.1);
            if story {
                let c = split.0.unwrap();
                assert!(c.prisoners.iter().all(|p| !p.custody.is_empty()));
                assert_eq!(c.letters.len(), 600);
                // Read record by record: the sub-tables did not make it whole.
                assert!(split::scan(&text).headers.is_some_and(|h| h.len() > 600));
            }
        }
    }

    /// Changes to a generated file, each read both ways: errors of every
    /// kind, in records split out, and the headers the split gives up on.
    #[test]
    fn mangled_files_read_the_same_split_or_whole() {
        let text = generator::campaign_text(&generator::Spec::square(40));
        let first = |needle: &str| text.find(needle).unwrap();
        let p2 = first("id = \"p-02\"");
        let mangled: Vec<(&str, String)> = vec![
            (
                "duplicate id",
                text.replace("id = \"p-03\"", "id = \"p-02\""),
            ),
            (
                "unknown ref",
                text.replacen("prisoners = [\"p-", "prisoners = [\"q-", 3),
            ),
            ("bad id", text.replace("id = \"p-04\"", "id = \"P 4\"")),
            ("unknown key", text.replacen("\nname = ", "\nnmae = ", 5)),
            (
                "syntax in a record",
                format!("{}x = \n{}", &text[..p2], &text[p2..]),
            ),
            (
                "campaign twice",
                format!("{text}\n[campaign]\nname = \"again\"\n"),
            ),
            ("campaign last", {
                let c = first("[campaign]");
                let e = first("[[organisations]]");
                format!("{}{}{}", &text[..c], &text[e..], &text[c..e])
            }),
            (
                "table after array",
                format!("{text}\n[prisoners]\nid = \"x\"\n"),
            ),
            (
                "sub-table",
                format!("{text}\n[[petitions.counts]]\ndate = 2024-01-01\n"),
            ),
            ("top key before", format!("prisoners = []\n{text}")),
            ("dotted top key", format!("campaign.name = \"x\"\n{text}")),
            // (The generated file starts with `format = 1`.)
            ("format newer", text.replacen("format = 1", "format = 9", 1)),
            (
                "format newer and syntax",
                format!("{}x = \n{}", &text[..p2], &text[p2..]).replacen(
                    "format = 1",
                    "format = 9",
                    1,
                ),
            ),
            (
                "top level and a record broken",
                format!("format = 9\n{}x = \n{}", &text[..p2], &text[p2..]),
            ),
            (
                "key repeated in a record",
                text.replacen("status = ", "name = \"n\"\nstatus = ", 2),
            ),
            (
                "string with a header",
                text.replace(
                    "id = \"p-05\"\n",
                    "id = \"p-05\"\nnotes = \"\"\"\n[[prisoners]]\n\"\"\"\n",
                ),
            ),
            ("crlf", text.replace('\n', "\r\n")),
            ("bom", format!("\u{feff}{text}")),
            ("no campaign", text.replace("[campaign]", "[[events]]")),
            ("many problems", text.replace("status = \"", "status = \"x")),
        ];
        // Which of them are read split (the others are read whole).
        let split_read = [
            "duplicate id",
            "unknown ref",
            "bad id",
            "unknown key",
            "syntax in a record",
            "format newer",
            "format newer and syntax",
            "top level and a record broken",
            "campaign last",
            "key repeated in a record",
            "string with a header",
            "crlf",
            "bom",
            "no campaign",
            "many problems",
        ];
        for (name, t) in &mangled {
            if *name == "format newer and syntax" {
                // The whole reading stops at the syntax error; the split
                // one sees the format first, and a newer file is refused
                // alone, since its syntax may be newer too.
                let (_, problems, _, _) = validate_as(t, &opts(), Mode::Split);
                assert_eq!(problems.len(), 1, "{problems:?}");
                assert!(problems[0].message.contains("needs a newer campaign-dash"));
                let (_, problems, _, _) = validate_as(t, &opts(), Mode::Whole);
                assert!(problems[0].message.starts_with("invalid TOML"));
            } else {
                same(name, t);
            }
            let headers = split::scan(t).headers.unwrap_or_default();
            let split = !headers.is_empty()
                && !matches!(
                    super::validate_split(&mut super::Ctx::new(t), &opts(), &headers),
                    super::Outcome::ReadWhole
                );
            assert_eq!(split, split_read.contains(name), "{name}");
        }
        // More problems than are kept, found on several threads.
        let big = generator::campaign_text(&generator::Spec::square(600));
        let broken = big
            .replace("status = \"", "status = \"x")
            .replace("kind = \"", "kind = \"y");
        same("more than kept", &broken);
        let (_, problems, omitted, _) = validate_as(&broken, &opts(), Mode::Split);
        assert_eq!(problems.len(), crate::load::MAX_PROBLEMS);
        assert!(omitted.errors > 100, "{omitted:?}");
        // Every cut of a small file, split or not.
        let small = generator::campaign_text(&generator::Spec::square(2));
        let mut cut = 0;
        while cut < small.len() {
            same(&format!("cut at {cut}"), &small[..cut]);
            cut += 1;
            while !small.is_char_boundary(cut) {
                cut += 1;
            }
        }
    }
}
