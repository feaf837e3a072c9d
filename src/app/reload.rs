//! Live reload, pure: what a new attempt at loading the file does to the
//! dashboard.
//!
//! The event loop reads and parses the file (I/O, on a thread of its own)
//! and hands the [`Outcome`] to [`App::reload`](super::App::reload), which
//! swaps the campaign in while keeping the user's place: the tab, the
//! selected record of each list (by id; records without ids by position; the
//! nearest position when the record is gone), filters, sorts, the detail's
//! focus and scroll, and the path back along followed links. Records added
//! or changed are marked ([`Marks`]) until the loop's timer expires the
//! marks. A version with errors, an emptied or a removed file changes
//! nothing on screen but a banner ([`Stale`]); the [`Report`] keeps every
//! problem of the latest attempt for the Problems view.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::load::write::Version;
use crate::load::{MAX_PROBLEMS, Severity, line_col, render_problem};
use crate::model::Campaign;
use crate::query::{Derived, PerKind, RecordKind};
use crate::sanitize::sanitize_line;

/// At most this many problems are rendered with their snippets in the
/// Problems view; the rest are counted.
pub const REPORT_LIMIT: usize = 500;

/// The status bar's message while a reload asked for by `r` runs.
pub const RELOADING: &str = "reloading…";

/// How long, in seconds, records added or changed by a reload stay marked.
pub const MARK_SECONDS: u64 = 5;

/// What one attempt at loading the file gave.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The file loaded (perhaps with warnings).
    Loaded(Box<Fresh>),
    /// The file has errors; and the version of its bytes on disk.
    Failed(Report, Option<Version>),
    /// The file is empty or only blank; the version of its bytes.
    Empty(Option<Version>),
    /// There is no file at the path any more.
    Removed,
    /// The file could not be read (permissions, not UTF-8); why, in
    /// words, and the version of its bytes when they could be read.
    Unreadable(String, Option<Version>),
}

/// A version of the file that loaded, with what is derived from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Fresh {
    pub campaign: Campaign,
    pub derived: Derived,
    pub report: Report,
    /// Prepared for presentation mode: the sensitive fields taken out of
    /// `campaign` (before `derived` was computed), to put back when it ends.
    pub hidden: Option<crate::present::Hidden>,
    /// Compared with the version shown, and the lists laid out, on the
    /// loader thread ([`Fresh::prepare`]).
    prepared: Option<Prepared>,
    /// The version of the file's text it was loaded from.
    pub file_version: Option<crate::load::write::Version>,
    /// That text, as read: what a write-back writes
    /// ([`App::shown_text`](super::App::shown_text)).
    pub text: Option<Arc<String>>,
    /// What the sync clients' conflicted copies beside the file hold, said
    /// briefly (the loader looks).
    pub copies: Vec<String>,
}

/// What the loader thread takes from the dashboard to load the file again:
/// enough to prepare the new version so that swapping it in costs the event
/// thread next to nothing ([`App::reload_job`](super::App::reload_job)).
#[derive(Debug, Clone)]
pub struct ReloadJob {
    /// The `--today` flag.
    pub today_flag: Option<NaiveDate>,
    /// Whether the dashboard is presenting: the new version is prepared so.
    pub present: bool,
    /// Warn of sensitive data kept past a release (`retention_warnings`).
    pub retention: bool,
    /// What opens the file, when it is encrypted.
    pub seal: Option<Arc<crate::load::crypt::Seal>>,
    /// The file as the user named it, for the problems.
    pub file_name: String,
    /// [`App::version`](super::App) of the version shown.
    version: u64,
    /// The version shown, to compare the new one with.
    shown: Arc<Campaign>,
    /// Each list tab's filter and sort, in tab order.
    lists: Vec<(crate::query::Filter, Option<crate::query::Sort>)>,
    /// `--since`'s earlier version, to mark the new one against.
    since: Option<Arc<Campaign>>,
}

/// A new version compared with the one shown when its load started, and
/// the lists laid out for it.
#[derive(Debug, Clone, PartialEq)]
struct Prepared {
    version: u64,
    diffs: PerKind<KindDiff>,
    /// The new version's marks against `--since`'s version (also in the
    /// fresh version's derived data, which the lists were laid out with).
    since: Option<Arc<crate::query::changes::Marked>>,
    lists: Vec<super::ListRows>,
    /// The widths of the cells of every tab ([`super::measure_all`]).
    widths: Vec<Vec<u16>>,
}

impl Fresh {
    /// Derives what the screens need from `campaign`, for the day the
    /// dashboard would use: `today_flag`, else the file's `as_of`, else
    /// `system_today`; with `present`, from the campaign without its
    /// sensitive fields, as presentation mode shows it. Costly on big
    /// files: the loop calls it off the event thread, with the mode the
    /// dashboard is in.
    pub fn new(
        mut campaign: Campaign,
        report: Report,
        today_flag: Option<NaiveDate>,
        system_today: NaiveDate,
        present: bool,
    ) -> Fresh {
        let today = campaign.today(today_flag, system_today);
        let hidden = present.then(|| crate::present::strip(&mut campaign, today));
        let derived = Derived::new(&campaign, campaign.today(today_flag, system_today));
        Fresh {
            campaign,
            derived,
            report,
            hidden,
            prepared: None,
            file_version: None,
            text: None,
            copies: Vec::new(),
        }
    }

    /// Does on the loader thread what swapping this version in for the one
    /// `job` was made from would do on the event thread: the diff with it,
    /// and each list's rows for its filter and sort. The job (with its hold
    /// on the shown version) is let go.
    pub fn prepare(&mut self, job: ReloadJob) {
        let diffs = diff_all(&job.shown, &self.campaign);
        drop(job.shown);
        super::since::mark(&mut self.derived, job.since.as_deref(), &self.campaign);
        let since = self.derived.since.clone();
        let lists = job
            .lists
            .into_iter()
            .map(|spec| super::ListRows::new(spec, &self.campaign, &self.derived))
            .collect();
        let widths = super::measure_all(&self.campaign, &self.derived);
        self.prepared = Some(Prepared {
            version: job.version,
            diffs,
            since,
            lists,
            widths,
        });
    }
}

/// Every problem of one attempt, ready to show.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    /// The problems as `check` prints them (location, message, the line with
    /// the place underlined, help), line by line, sanitized; a blank line
    /// between two problems.
    pub lines: Vec<String>,
    pub errors: usize,
    pub warnings: usize,
    /// The first error (else the first warning) as `FILE:LINE:COL: message`,
    /// sanitized.
    pub first: Option<String>,
    /// Each problem reported as `FILE:LINE:COL: error` (or `warning`) and no
    /// more: what presentation mode shows, since a message or the line of
    /// the file under it can quote any field, an address included.
    pub places: Vec<String>,
    /// Where each problem listed is, in order, for `e` to open the editor
    /// there.
    pub spots: Vec<Spot>,
}

/// Where a problem of the report is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Spot {
    /// How its first row starts: `FILE:LINE:COL: `, sanitized.
    pub prefix: String,
    pub line: usize,
    pub column: usize,
}

/// What the Problems view says first in presentation mode.
const PRESENTING_PROBLEMS: &str = "Presentation mode: only where each problem is. Its message and \
the lines of the file are hidden, since they can quote any field (an address, a note).";

impl Report {
    /// The report of a load of `text`, read from `file`: every problem
    /// counted, those the load kept beyond [`MAX_PROBLEMS`] included, and
    /// the first [`REPORT_LIMIT`] rendered.
    pub fn new(loaded: &crate::load::Loaded, file: &str, text: &str) -> Report {
        let problems = &loaded.problems[..];
        let first = problems
            .iter()
            .find(|p| p.severity == Severity::Error)
            .or_else(|| problems.first())
            .map(|p| {
                let (line, col) = line_col(text, p.span.start);
                sanitize_line(&format!("{file}:{line}:{col}: {}", p.message)).into_owned()
            });
        let (errors, warnings) = (loaded.error_count(), loaded.warning_count());
        let mut lines = Vec::new();
        let shown = &problems[..problems.len().min(REPORT_LIMIT)];
        // Locating a problem indexes the text's lines: not for a file
        // without any (the usual case, tens of megabytes at 20k records).
        let (mut places, spots): (Vec<String>, Vec<Spot>) = if shown.is_empty() {
            (Vec::new(), Vec::new())
        } else {
            let mut index = crate::load::LineIndex::new(text);
            let spots = shown
                .iter()
                .map(|p| {
                    let (line, column) = index.line_col(p.span.start);
                    Spot {
                        prefix: sanitize_line(&format!("{file}:{line}:{column}: ")).into_owned(),
                        line,
                        column,
                    }
                })
                .collect();
            (
                crate::load::render_places(shown, file, text).collect(),
                spots,
            )
        };
        for p in shown {
            if !lines.is_empty() {
                lines.push(String::new());
            }
            for line in render_problem(p, file, text).lines() {
                lines.push(sanitize_line(line).into_owned());
            }
        }
        let total = errors + warnings;
        if total > shown.len() {
            let check = if total > MAX_PROBLEMS {
                format!(
                    "lists the first {}",
                    crate::text::thousands(MAX_PROBLEMS as u64)
                )
            } else {
                "lists them all".to_owned()
            };
            let more = format!(
                "… and {} more (campaign-dash check {} {check})",
                crate::text::thousands((total - shown.len()) as u64),
                sanitize_line(file)
            );
            lines.push(String::new());
            lines.push(more.clone());
            places.push(more);
        }
        Report {
            lines,
            places,
            spots,
            errors,
            warnings,
            first,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.errors == 0 && self.warnings == 0
    }
}

/// Data replaced by a reload or a rework: dropping it frees its memory,
/// which takes a while for a large campaign (the caller drops it on a
/// thread of its own).
pub struct Retired(#[allow(dead_code)] Box<dyn std::any::Any + Send>);

impl Retired {
    pub(crate) fn new(data: impl std::any::Any + Send) -> Retired {
        Retired(Box::new(data))
    }
}

impl std::fmt::Debug for Retired {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Retired")
    }
}

/// Why the dashboard shows an older version than the file on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stale {
    /// The file has errors; the first, as `FILE:LINE:COL: message`.
    Failed(String),
    Empty,
    Removed,
    Unreadable(String),
}

/// How a record came out of the last reload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Added,
    Changed,
}

impl Mark {
    /// The character drawn beside a marked row.
    pub fn symbol(self) -> char {
        match self {
            Mark::Added => '+',
            Mark::Changed => '~',
        }
    }
}

/// The records the last reload added or changed, by kind and record index,
/// until the loop's timer sends
/// [`Action::ExpireMarks`](super::Action::ExpireMarks) with their
/// generation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Marks {
    /// Counts the reloads that marked something; an expiry of an older
    /// generation leaves newer marks alone.
    pub generation: u64,
    by_kind: PerKind<HashMap<usize, Mark>>,
}

impl Marks {
    /// The mark of a record, if the last reload added or changed it.
    pub fn get(&self, kind: RecordKind, record: usize) -> Option<Mark> {
        self.by_kind[kind].get(&record).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.by_kind.values().all(HashMap::is_empty)
    }

    pub(crate) fn clear(&mut self) {
        for m in self.by_kind.values_mut() {
            m.clear();
        }
    }
}

/// How the records of one kind moved from one version to the next.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct KindDiff {
    /// By old record index: its index in the new version, if it is there.
    pub remap: Vec<Option<usize>>,
    pub marks: HashMap<usize, Mark>,
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
}

/// Who a record is across versions: its id, or for records without one
/// their position among the records of their kind without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Key<'a> {
    Id(&'a str),
    Position(usize),
}

fn keys<'a, T>(records: &'a [T], id: impl Fn(&'a T) -> Option<&'a str>) -> Vec<Key<'a>> {
    let mut anonymous = 0;
    records
        .iter()
        .map(|r| match id(r).filter(|s| !s.is_empty()) {
            Some(s) => Key::Id(s),
            None => {
                anonymous += 1;
                Key::Position(anonymous - 1)
            }
        })
        .collect()
}

/// Matches `new` against `old` by key with one hash map: O(n).
fn diff<'a, T: PartialEq>(
    old: &'a [T],
    new: &'a [T],
    id: impl Fn(&'a T) -> Option<&'a str> + Copy,
) -> KindDiff {
    let old_keys = keys(old, id);
    let mut by_key: HashMap<Key, usize> = HashMap::with_capacity(old.len());
    for (i, k) in old_keys.into_iter().enumerate() {
        // A duplicated id (an error the loader reports) keeps the first.
        by_key.entry(k).or_insert(i);
    }
    let mut d = KindDiff {
        remap: vec![None; old.len()],
        ..KindDiff::default()
    };
    for (j, k) in keys(new, id).into_iter().enumerate() {
        match by_key.get(&k) {
            Some(&i) if d.remap[i].is_none() => {
                d.remap[i] = Some(j);
                if old[i] != new[j] {
                    d.changed += 1;
                    d.marks.insert(j, Mark::Changed);
                }
            }
            _ => {
                d.added += 1;
                d.marks.insert(j, Mark::Added);
            }
        }
    }
    d.removed = d.remap.iter().filter(|r| r.is_none()).count();
    d
}

/// The diff of every kind.
pub(crate) fn diff_all(old: &Campaign, new: &Campaign) -> PerKind<KindDiff> {
    PerKind::from_fn(|kind| match kind {
        RecordKind::Prisoner => diff(&old.prisoners, &new.prisoners, |p| Some(p.id())),
        RecordKind::Event => diff(&old.events, &new.events, |e| Some(e.id())),
        RecordKind::Statement => diff(&old.statements, &new.statements, |s| s.id()),
        RecordKind::Organisation => diff(&old.organisations, &new.organisations, |o| {
            Some(o.id.as_str())
        }),
        RecordKind::Petition => diff(&old.petitions, &new.petitions, |p| p.id.as_deref()),
        // Letters have no ids: matched as whole records.
        RecordKind::Letter => diff(&old.letters, &new.letters, |_| None),
    })
}

impl Marks {
    /// The marks of a set of diffs, as the next generation after `self`.
    pub(crate) fn next_generation(&self, diffs: &mut PerKind<KindDiff>) -> Marks {
        let mut by_kind = PerKind::<HashMap<usize, Mark>>::default();
        for (m, d) in by_kind.values_mut().zip(diffs.values_mut()) {
            *m = std::mem::take(&mut d.marks);
        }
        Marks {
            generation: self.generation + 1,
            by_kind,
        }
    }
}

/// The remap of a kind.
pub(crate) fn remap_of(diffs: &PerKind<KindDiff>, kind: RecordKind) -> &[Option<usize>] {
    &diffs[kind].remap
}

/// What changed outside the tabs' records, each said as one change.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Untabbed {
    /// The `[campaign]` table.
    pub(crate) info: bool,
    /// The `[[snoozed]]` entries.
    pub(crate) snoozes: bool,
    /// The `[[facilities]]` records.
    pub(crate) facilities: bool,
}

impl Untabbed {
    pub(crate) fn between(old: &Campaign, new: &Campaign) -> Untabbed {
        Untabbed {
            info: old.info != new.info,
            snoozes: old.snoozed != new.snoozed,
            facilities: old.facilities != new.facilities,
        }
    }
}

/// "reloaded: 2 added, 1 changed, 1 removed", or "reloaded: no changes";
/// what changed outside the tabs' records (`others`) said as one change
/// each.
pub(crate) fn summary(diffs: &PerKind<KindDiff>, others: Untabbed) -> String {
    let (a, c, r) = diffs.values().fold((0, 0, 0), |(a, c, r), d| {
        (a + d.added, c + d.changed, r + d.removed)
    });
    let n = |n: usize| crate::text::thousands(n as u64);
    let mut parts = Vec::new();
    if a > 0 {
        parts.push(crate::t!("reload-added", n = n(a)));
    }
    if c > 0 {
        parts.push(crate::t!("reload-changed", n = n(c)));
    }
    if r > 0 {
        // Most of the file gone is more often a save caught half-way, or
        // the wrong file copied over it, than a clean-up: it is said.
        let before: usize = diffs.values().map(|d| d.remap.len()).sum();
        if r * 2 > before {
            parts.push(crate::t!("reload-removed-most", n = n(r)));
        } else {
            parts.push(crate::t!("reload-removed", n = n(r)));
        }
    }
    if others.info {
        parts.push(crate::t!("reload-campaign"));
    }
    if others.snoozes {
        parts.push(crate::t!("reload-snoozes"));
    }
    if others.facilities {
        parts.push(crate::t!("reload-facilities"));
    }
    if parts.is_empty() {
        crate::t!("reload-none")
    } else {
        crate::t!("reload-summary", changes = parts.join(", "))
    }
}

impl super::ListState {
    /// Recomputes the rows for a new version, keeping the filter and sort,
    /// and the selection on the same record (through `remap`, old index to
    /// new) with its detail's scroll and chosen link; on the nearest
    /// position when the record is gone.
    fn refresh(
        &mut self,
        campaign: &Campaign,
        derived: &Derived,
        remap: &[Option<usize>],
        laid_out: Option<super::ListRows>,
    ) {
        let old_record = self.selected_record();
        let old_position = self.selected;
        let (scroll, link) = (self.detail_scroll, self.link);
        // The selection must not follow stale indices while the rows are
        // rebuilt: it is placed below.
        self.rows.clear();
        // Rows the loader laid out, unless the filter or sort changed since.
        if !laid_out.is_some_and(|rows| self.take_rows(rows)) {
            self.rematch(campaign, derived);
            self.reorder(campaign, derived);
        }
        let kept = old_record
            .and_then(|r| remap.get(r).copied().flatten())
            .and_then(|r| self.rows.iter().position(|&x| x == r));
        match kept {
            Some(position) => {
                self.selected = position;
                self.detail_scroll = scroll;
                self.link = link;
            }
            None => {
                self.selected = old_position.min(self.rows.len().saturating_sub(1));
                self.detail_scroll = 0;
                self.link = None;
            }
        }
    }
}

impl super::App {
    /// Applies an attempt at loading the file, made at local time `now`.
    /// A version that loaded replaces the campaign, keeping the user's
    /// place, marking what changed and saying how much in the status bar;
    /// anything else keeps what is on screen and shows why in the banner.
    /// The screen needs drawing again after it. Returns the version
    /// replaced, for the caller to drop where it costs no time (freeing a
    /// 20,000-record campaign takes a good part of a reload).
    pub fn reload(&mut self, outcome: Outcome, now: chrono::NaiveTime) -> Option<Retired> {
        let mut retired = None;
        match outcome {
            // This dashboard's own write, seen again by the watcher, while
            // it is the version shown: nothing to swap, nothing to say.
            Outcome::Loaded(fresh)
                if fresh.file_version.is_some()
                    && fresh.file_version == self.echo
                    && fresh.file_version == self.file_version
                    && self.stale.is_none() =>
            {
                self.echo = None;
                return Some(Retired::new(fresh));
            }
            Outcome::Loaded(fresh) => {
                retired = Some(self.apply_fresh(*fresh, now));
                self.keep_picked();
                self.offer_again();
            }
            Outcome::Failed(report, seen) => {
                self.stale = Some(Stale::Failed(
                    report
                        .first
                        .clone()
                        .unwrap_or_else(|| "the file has errors".to_owned()),
                ));
                self.on_disk = seen;
                self.report = report;
            }
            Outcome::Empty(seen) => {
                self.stale = Some(Stale::Empty);
                self.on_disk = seen;
            }
            Outcome::Removed => {
                self.stale = Some(Stale::Removed);
                self.on_disk = None;
            }
            Outcome::Unreadable(why, seen) => {
                self.stale = Some(Stale::Unreadable(why));
                self.on_disk = seen;
            }
        }
        if self.message.as_deref() == Some(RELOADING) {
            // Answered: by the banner, or by the summary said above.
            self.message = None;
        }
        if self.report.lines.is_empty() {
            self.problems_open = false;
        }
        self.settle();
        self.problems_scroll = self.problems_scroll.min(self.problems_max_scroll());
        retired
    }

    /// Opens on a file that has errors, with the problems of `report`: the
    /// campaign (empty) stands for nothing, the Problems view is open and
    /// the banner says why nothing is shown; the event loop follows the file
    /// as ever, and the first version that loads is shown (as `bacon` and
    /// `cargo watch` wait for a fix).
    pub fn start_broken(&mut self, report: Report) {
        self.unloaded = true;
        self.reload(Outcome::Failed(report, None), chrono::NaiveTime::MIN);
        self.problems_open = !self.report.lines.is_empty();
        self.problems_scroll = 0;
    }

    fn apply_fresh(&mut self, fresh: Fresh, now: chrono::NaiveTime) -> Retired {
        let Fresh {
            mut campaign,
            mut derived,
            report,
            hidden,
            prepared,
            file_version,
            text,
            copies,
        } = fresh;
        self.file_version = file_version;
        self.shown_text = text;
        self.on_disk = None;
        // Prepared against the version shown (not one replaced since, nor
        // one presentation mode changed: either makes a new version).
        let prepared = prepared.filter(|p| p.version == self.version);
        // Measured on what the loader derived: good only if that stays.
        let same_mode = hidden.is_some() == self.stripped();
        // The loader prepares the version for the mode the dashboard was in
        // when it started; only if the mode changed meanwhile is the new
        // version stripped (or filled in) and derived again here. Presenting,
        // it is compared with the shown one on equal terms: without the
        // sensitive fields.
        match (hidden, self.stripped()) {
            (Some(hidden), true) => self.hidden = Some(Arc::new(hidden)),
            (None, false) => {}
            (Some(hidden), false) => {
                crate::present::restore(&mut campaign, hidden);
                derived = Derived::new(&campaign, derived.today);
            }
            (None, true) => {
                self.hidden = Some(Arc::new(crate::present::strip(
                    &mut campaign,
                    derived.today,
                )));
                derived = Derived::new(&campaign, derived.today);
            }
        }
        // The link chosen in the detail shown, by what it leads to: links
        // added or removed before it must not move the choice to another.
        let chosen = self
            .list(self.tab)
            .and_then(|l| l.link)
            .and_then(|k| self.detail_view().links.get(k).copied());
        let (mut diffs, mut rows, widths, since) = match prepared {
            // Laid out and measured on what the loader derived: good only
            // if that stays.
            Some(p) if same_mode => (p.diffs, p.lists, Some(p.widths), p.since),
            Some(p) => (p.diffs, Vec::new(), None, None),
            None => (diff_all(&self.campaign, &campaign), Vec::new(), None, None),
        };
        // `--since`'s marks of the new version: made by the loader, or here
        // when the mode changed while it ran (or nothing was prepared).
        match since {
            Some(marks) if self.since.is_some() => derived.since = Some(marks),
            _ => {
                let base = self.since.as_ref().map(|s| Arc::clone(&s.base));
                super::since::mark(&mut derived, base.as_deref(), &campaign);
            }
        }
        let others = Untabbed::between(&self.campaign, &campaign);
        let message = summary(&diffs, others);
        let old_campaign = std::mem::replace(&mut self.campaign, Arc::new(campaign));
        let old_derived = std::mem::replace(&mut self.derived, derived);
        self.version += 1;
        if let Some(widths) = widths {
            self.measured(widths);
        }
        self.today_source = super::TodaySource::of(&self.campaign, self.today_flag);
        for tab in <super::Tab as strum::IntoEnumIterator>::iter() {
            let Some(kind) = tab.kind() else { continue };
            let remap = remap_of(&diffs, kind);
            let laid_out = super::ListRows::take(&mut rows, kind);
            self.with_list(tab, |l, c, d| l.refresh(c, d, remap, laid_out));
        }
        // The path back: each saved record follows its record, or (gone)
        // leaves the saved position, which is clamped on the way back.
        for place in &mut self.history {
            for (tab, saved) in &mut place.lists {
                if let Some(kind) = tab.kind() {
                    let remap = remap_of(&diffs, kind);
                    saved.record = saved.record.and_then(|r| remap.get(r).copied().flatten());
                    if saved.record.is_none() {
                        saved.detail_scroll = 0;
                        saved.link = None;
                    }
                }
            }
        }
        if let Some(old) = chosen.filter(|_| self.list(self.tab).is_some_and(|l| l.link.is_some()))
        {
            let target = old
                .tab
                .kind()
                .and_then(|kind| remap_of(&diffs, kind).get(old.record).copied().flatten());
            // Built here once, for the new version, and kept.
            self.refresh_detail();
            let k = target.and_then(|record| {
                self.detail
                    .view
                    .links
                    .iter()
                    .position(|l| l.tab == old.tab && l.record == record)
            });
            if let Some(l) = self.list_mut(self.tab) {
                l.link = k;
            }
        }
        let message = if self.unloaded {
            // The first version: nothing was shown, so nothing is new.
            self.unloaded = false;
            crate::t!("reload-loads-now", file = sanitize_line(&self.file_name))
        } else {
            self.marks = self.marks.next_generation(&mut diffs);
            message
        };
        self.report = report;
        self.stale = None;
        self.loaded_at = Some(now);
        // Work on the replaced version (presentation mode, a new day) that
        // is still wanted is done again on this one.
        self.wants_rework = self.pending.is_some();
        self.message = Some(
            std::iter::once(message)
                .chain(copies)
                .collect::<Vec<_>>()
                .join(" · "),
        );
        Retired::new((old_campaign, old_derived))
    }

    /// What the loader thread needs to load the file again for this
    /// dashboard ([`Fresh::prepare`]).
    pub fn reload_job(&self) -> ReloadJob {
        ReloadJob {
            today_flag: self.today_flag,
            present: self.stripped(),
            retention: self.retention,
            seal: self.seal.clone(),
            file_name: self.file_name.clone(),
            version: self.version,
            shown: Arc::clone(&self.campaign),
            lists: <super::Tab as strum::IntoEnumIterator>::iter()
                .filter_map(|t| self.list(t))
                .map(super::ListState::spec)
                .collect(),
            since: self.since.as_ref().map(|s| Arc::clone(&s.base)),
        }
    }

    /// The warnings of the version shown, for the status bar: none while
    /// the file on disk cannot be shown, when the report (and `!`) speak of
    /// the file as saved, not of the version on screen.
    pub fn warnings(&self) -> usize {
        if self.stale.is_some() {
            0
        } else {
            self.report.warnings
        }
    }

    /// `ExpireMarks(generation)`: the marks of that reload (not of a later
    /// one) are taken away.
    pub(crate) fn expire_marks(&mut self, generation: u64) {
        if self.marks.generation == generation {
            self.marks.clear();
        }
    }

    /// The rows of the Problems view at its width: the report's lines, the
    /// long ones (not the snippets, whose columns must stay) wrapped with an
    /// indent.
    pub fn problem_rows(&self) -> Vec<String> {
        use unicode_width::UnicodeWidthStr;
        let width = usize::from(self.problems_area().width.saturating_sub(2)).max(24);
        let mut rows = Vec::with_capacity(self.report.lines.len());
        let lines = if self.presenting() {
            let text = format!(
                "{PRESENTING_PROBLEMS} {} ends presentation mode.",
                self.keys.key(super::Action::TogglePresent)
            );
            for line in crate::text::wrap(&text, width) {
                rows.push(line);
            }
            rows.push(String::new());
            &self.report.places
        } else {
            &self.report.lines
        };
        for line in lines {
            let snippet = line
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .trim_start()
                .starts_with('|');
            if snippet || line.width() <= width {
                rows.push(line.clone());
                continue;
            }
            for (k, part) in crate::text::wrap(line, width - 4).into_iter().enumerate() {
                rows.push(if k == 0 { part } else { format!("    {part}") });
            }
        }
        rows
    }

    /// The banner while the dashboard shows an older version than the
    /// file's: what is wrong; then since when the version shown dates, and
    /// the keys that help, most needed first (a narrow screen shows as
    /// many of them as fit whole).
    pub fn banner(&self) -> Option<(String, Vec<String>)> {
        let stale = self.stale.as_ref()?;
        let file = sanitize_line(&self.file_name);
        let what = match stale {
            Stale::Failed(_) if self.presenting() => crate::t!(
                "banner-hidden",
                file = file.as_ref(),
                problems = match (self.report.errors, self.report.warnings) {
                    (0, w) => crate::text::warnings(w),
                    (e, _) => crate::text::errors(e),
                }
            ),
            Stale::Failed(first) => first.clone(),
            Stale::Empty => crate::t!("banner-empty", file = file.as_ref()),
            Stale::Removed => crate::t!("banner-removed", file = file.as_ref()),
            Stale::Unreadable(why) => sanitize_line(why).into_owned(),
        };
        let since = match self.loaded_at {
            _ if self.unloaded => crate::t!("banner-nothing"),
            Some(t) => crate::t!("banner-since", time = t.format("%H:%M").to_string()),
            None => crate::t!("banner-since-start"),
        };
        let mut parts = vec![since];
        if self.write_back_offer().is_some() {
            let key = self.keys.key(super::Action::WriteBack);
            parts.push(crate::t!("banner-write-back", key = key));
        }
        if matches!(stale, Stale::Failed(_)) {
            let key = self.keys.key(super::Action::Problems);
            parts.push(crate::t!("banner-problems", key = key));
        }
        Some((what, parts))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::edit::Edit;
    use crate::app::tests::fixture;
    use crate::app::{Action, App, Focus, Tab};
    use crate::load::{LoadOptions, parse_str};
    use crate::model::{Prisoner, Statement, Status};
    use chrono::NaiveTime;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn at(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn app() -> App {
        let mut a = App::new(fixture(), "f.toml", None, day(2030, 1, 1));
        a.update(Action::Resize {
            width: 120,
            height: 40,
        });
        a.loaded_at = Some(at(9, 15));
        a
    }

    fn loaded(campaign: Campaign) -> Outcome {
        Outcome::Loaded(Box::new(Fresh::new(
            campaign,
            Report::default(),
            None,
            day(2030, 1, 1),
            false,
        )))
    }

    fn select(a: &mut App, tab: Tab, id: &str) {
        a.update(Action::GoTab(tab));
        let record = a.campaign.prisoners.iter().position(|p| p.id() == id);
        let position = a
            .prisoners
            .rows()
            .iter()
            .position(|&r| Some(r) == record)
            .unwrap();
        a.update(Action::Top);
        for _ in 0..position {
            a.update(Action::Down);
        }
    }

    fn selected_id(a: &App) -> Option<String> {
        a.selected_record(Tab::Prisoners)
            .map(|r| a.campaign.prisoners[r].id().to_owned())
    }

    fn person(id: &str, name: &str) -> Prisoner {
        Prisoner::new(id, name, Status::Detained)
    }

    fn failed(text: &str) -> Outcome {
        let opts = LoadOptions {
            today: None,
            system_today: day(2030, 1, 1),
            retention: true,
        };
        let l = parse_str(text, &opts);
        assert!(l.has_errors());
        Outcome::Failed(Report::new(&l, "f.toml", text), Some(Version::of(text)))
    }

    #[test]
    fn the_selection_stays_on_its_record_by_id() {
        let mut a = app();
        select(&mut a, Tab::Prisoners, "p10");
        a.update(Action::Open);
        a.update(Action::Down);
        let (scroll, link) = (a.prisoners.detail_scroll, a.prisoners.link);
        assert_eq!(a.prisoners.selected, 9);
        let mut c = fixture();
        c.prisoners.insert(0, person("new", "Test Newcomer"));
        assert!(a.reload(loaded(c), at(10, 0)).is_some());
        assert_eq!(a.tab, Tab::Prisoners);
        assert_eq!(selected_id(&a).as_deref(), Some("p10"));
        assert_eq!(a.prisoners.selected, 10);
        assert_eq!(a.prisoners.focus, Focus::Detail);
        assert_eq!(
            (a.prisoners.detail_scroll, a.prisoners.link),
            (scroll, link)
        );
        assert_eq!(a.message.as_deref(), Some("reloaded: 1 added"));
        assert_eq!(a.marks.get(RecordKind::Prisoner, 0), Some(Mark::Added));
        assert_eq!(a.marks.get(RecordKind::Prisoner, 10), None);
    }

    #[test]
    fn a_removed_record_leaves_the_selection_at_the_nearest_position() {
        let mut a = app();
        select(&mut a, Tab::Prisoners, "p10");
        let mut c = fixture();
        c.prisoners.retain(|p| p.id() != "p10");
        a.reload(loaded(c), at(10, 0));
        assert_eq!(a.prisoners.selected, 9);
        assert_eq!(selected_id(&a).as_deref(), Some("p11"));
        assert_eq!(a.message.as_deref(), Some("reloaded: 1 removed"));
        // The last record removed while selected: the new last one.
        let mut a = app();
        a.update(Action::GoTab(Tab::Prisoners));
        a.update(Action::Bottom);
        let mut c = fixture();
        c.prisoners.truncate(30);
        a.reload(loaded(c), at(10, 0));
        assert_eq!(selected_id(&a).as_deref(), Some("p30"));
    }

    #[test]
    fn filter_and_sort_are_kept_and_applied_to_the_new_version() {
        let mut a = app();
        a.update(Action::GoTab(Tab::Prisoners));
        a.update(Action::Filter);
        for ch in "prisoner 1".chars() {
            a.update(Action::Edit(Edit::Insert(ch)));
        }
        a.update(Action::Edit(Edit::Accept));
        a.update(Action::SortReverse);
        let (query, sort) = (a.prisoners.query.clone(), a.prisoners.sort);
        assert!(sort.is_some());
        let mut c = fixture();
        c.prisoners.push(person("p41", "Test Prisoner 1b"));
        c.prisoners.push(person("p42", "Someone Else"));
        a.reload(loaded(c.clone()), at(10, 0));
        assert_eq!(a.prisoners.query, query);
        assert_eq!(a.prisoners.sort, sort);
        // The same rows as a dashboard opened on the new version with the
        // same filter and sort.
        let mut b = App::new(c, "f.toml", None, day(2030, 1, 1));
        b.update(Action::GoTab(Tab::Prisoners));
        b.update(Action::Filter);
        for ch in "prisoner 1".chars() {
            b.update(Action::Edit(Edit::Insert(ch)));
        }
        b.update(Action::Edit(Edit::Accept));
        b.update(Action::SortReverse);
        assert_eq!(a.prisoners.rows(), b.prisoners.rows());
        let names: Vec<&str> = a
            .prisoners
            .rows()
            .iter()
            .map(|&r| a.campaign.prisoners[r].name())
            .collect();
        assert!(names.contains(&"Test Prisoner 1b"), "{names:?}");
        assert!(!names.contains(&"Someone Else"), "{names:?}");
    }

    #[test]
    fn added_changed_and_removed_are_counted_and_marked() {
        let mut a = app();
        let mut c = fixture();
        c.prisoners.retain(|p| p.id() != "p5");
        c.prisoners[0].edit(|d| d.facility = Some("Test facility".into()));
        c.prisoners.push(person("n1", "Test One"));
        c.organisations[0].name = "Test Union, renamed".into();
        // Statements have no ids: matched by position, so a third is added.
        c.statements
            .push(Statement::new(day(2023, 5, 2), "Test Speaker", "More."));
        a.reload(loaded(c), at(10, 0));
        assert_eq!(
            a.message.as_deref(),
            Some("reloaded: 2 added, 2 changed, 1 removed")
        );
        assert_eq!(a.marks.get(RecordKind::Prisoner, 0), Some(Mark::Changed));
        assert_eq!(a.marks.get(RecordKind::Prisoner, 39), Some(Mark::Added));
        assert_eq!(
            a.marks.get(RecordKind::Organisation, 0),
            Some(Mark::Changed)
        );
        assert_eq!(a.marks.get(RecordKind::Statement, 2), Some(Mark::Added));
        assert_eq!(a.marks.get(RecordKind::Statement, 0), None);
        // The same file again: nothing to say but that.
        let same = a.campaign.clone();
        a.reload(loaded((*same).clone()), at(10, 1));
        assert_eq!(a.message.as_deref(), Some("reloaded: no changes"));
        assert!(a.marks.is_empty());
        // Only a snooze added (by a team mate): said, not "no changes".
        let mut c = (*a.campaign).clone();
        c.snoozed.push(crate::model::Snooze {
            item: "event-next".into(),
            until: day(2023, 6, 1),
            note: None,
        });
        a.reload(loaded(c), at(10, 2));
        assert_eq!(
            a.message.as_deref(),
            Some("reloaded: the snoozed agenda items changed")
        );
        // Only a place of custody's guidance: said too.
        let mut c = (*a.campaign).clone();
        c.facilities.push(crate::model::Facility {
            name: "Colony 9".into(),
            guidance: Some("Russian only".into()),
            transit_days: None,
        });
        a.reload(loaded(c), at(10, 3));
        assert_eq!(
            a.message.as_deref(),
            Some("reloaded: the places of custody ([[facilities]]) changed")
        );
    }

    #[test]
    fn marks_expire_on_the_timer_action_of_their_reload_only() {
        let mut a = app();
        let mut c = fixture();
        c.prisoners.push(person("n1", "Test One"));
        a.reload(loaded(c.clone()), at(10, 0));
        let first = a.marks.generation;
        c.prisoners.push(person("n2", "Test Two"));
        a.reload(loaded(c), at(10, 0));
        assert!(!a.marks.is_empty());
        // The first reload's timer leaves the second's marks.
        assert!(!a.update(Action::ExpireMarks(first)));
        assert!(!a.marks.is_empty());
        assert!(a.update(Action::ExpireMarks(a.marks.generation)));
        assert!(a.marks.is_empty());
        // The message is not cleared by the timer.
        assert!(a.message.is_some());
    }

    #[test]
    fn an_error_keeps_the_old_campaign_and_a_fixed_file_clears_the_banner() {
        let mut a = app();
        select(&mut a, Tab::Prisoners, "p3");
        let before = a.campaign.clone();
        a.reload(failed("[campaign]\nname = 3\n"), at(10, 0));
        assert_eq!(a.campaign, before);
        assert_eq!(selected_id(&a).as_deref(), Some("p3"));
        let (what, since) = a.banner().expect("a banner");
        assert!(what.starts_with("f.toml:2:8: "), "{what}");
        assert_eq!(
            since.join(" · "),
            "showing the version from 09:15 · ! lists every problem"
        );
        assert_eq!(a.report.errors, 1);
        assert!(a.areas().banner.height > 0);
        // ! lists it.
        a.update(Action::Problems);
        assert!(a.problems_open);
        assert!(a.problem_rows()[0].contains("f.toml:2:8: error:"));
        // Fixed while the view is open: with nothing to list, it closes.
        let mut c = fixture();
        c.prisoners[2].edit(|d| d.name = "Test Prisoner Three".into());
        a.reload(loaded(c), at(11, 30));
        assert_eq!(a.banner(), None);
        assert!(!a.problems_open);
        assert_eq!(a.areas().banner.height, 0);
        assert_eq!(a.report, Report::default());
        assert_eq!(a.loaded_at, Some(at(11, 30)));
        assert_eq!(selected_id(&a).as_deref(), Some("p3"));
    }

    /// Opened on a file with errors: the Problems view over an empty
    /// campaign, a banner saying nothing is shown until the file loads; the
    /// first version that loads is shown, without marking every record new.
    #[test]
    fn a_file_broken_from_the_start_shows_its_problems_then_the_campaign() {
        let mut a = App::new(Campaign::default(), "f.toml", None, day(2030, 1, 1));
        a.update(Action::Resize {
            width: 80,
            height: 24,
        });
        let Outcome::Failed(report, _) = failed("[campaign]\nname = 3\n") else {
            unreachable!()
        };
        a.start_broken(report);
        assert!(a.problems_open, "it opens on the Problems view");
        assert!(a.problem_rows()[0].contains("f.toml:2:8: error:"));
        let (what, since) = a.banner().expect("a banner");
        assert!(what.starts_with("f.toml:2:8: "), "{what}");
        assert_eq!(
            since.join(" · "),
            "nothing to show until the file loads · ! lists every problem"
        );
        // Esc closes the view; ! opens it again.
        a.update(Action::Back);
        assert!(!a.problems_open);
        a.update(Action::Problems);
        assert!(a.problems_open);
        // Broken again in another way: still waiting.
        a.reload(
            failed("[campaign]\nname = \"x\"\nfoo = 1\n[[prisoners]]\n"),
            at(9, 0),
        );
        assert!(a.banner().unwrap().1[0].starts_with("nothing to show"));
        // Fixed: the campaign, no banner, no view, no marks.
        a.reload(loaded(fixture()), at(10, 0));
        assert_eq!(*a.campaign, fixture());
        assert_eq!(a.banner(), None);
        assert!(!a.problems_open);
        assert!(a.marks.is_empty(), "nothing is marked new");
        assert_eq!(a.message.as_deref(), Some("f.toml loads now: showing it"));
        assert_eq!(a.len(Tab::Prisoners), 40);
        // Broken after that: the last good version stays, as for any file.
        a.reload(failed("[campaign]\nname = 3\n"), at(11, 0));
        assert_eq!(
            a.banner().unwrap().1.join(" · "),
            "showing the version from 10:00 · ! lists every problem"
        );
        assert_eq!(a.len(Tab::Prisoners), 40);
    }

    /// The banner speaks the organiser's language, the problem it names
    /// aside (`check`'s words, still English).
    #[test]
    fn the_banner_speaks_the_language() {
        crate::i18n::set_for_thread(Some(crate::i18n::Lang::Be));
        let mut a = app();
        a.reload(Outcome::Empty(Some(Version::of(""))), at(10, 0));
        let (what, since) = a.banner().unwrap();
        a.reload(failed("[campaign]\nname = 3\n"), at(11, 0));
        let (_, failed_since) = a.banner().unwrap();
        crate::i18n::set_for_thread(None);
        assert_eq!(what, "f.toml пусты");
        assert_eq!(since.join(" · "), "паказана версія з 09:15");
        assert_eq!(
            failed_since.join(" · "),
            "паказана версія з 09:15 · ! — усе праблемы"
        );
    }

    /// What a reload changed is said in the organiser's language too.
    #[test]
    fn the_reload_summary_speaks_the_language() {
        crate::i18n::set_for_thread(Some(crate::i18n::Lang::De));
        let mut a = app();
        let mut c = fixture();
        c.prisoners.insert(0, person("new", "Test Newcomer"));
        c.prisoners[5].edit(|d| d.name = "Test Renamed".into());
        a.reload(loaded(c.clone()), at(10, 0));
        let said = a.message.clone();
        a.reload(loaded(c), at(10, 5));
        let unchanged = a.message.clone();
        crate::i18n::set_for_thread(None);
        assert_eq!(
            said.as_deref(),
            Some("neu geladen: 1 hinzugefügt, 1 geändert")
        );
        assert_eq!(unchanged.as_deref(), Some("neu geladen: keine Änderungen"));
    }

    #[test]
    fn a_removed_or_emptied_file_keeps_the_version_shown() {
        let mut a = app();
        let before = a.campaign.clone();
        a.reload(Outcome::Removed, at(10, 0));
        assert_eq!(a.campaign, before);
        let (what, since) = a.banner().unwrap();
        assert_eq!(what, "f.toml was removed");
        assert_eq!(since.join(" · "), "showing the version from 09:15");
        a.update(Action::Reload);
        a.reload(Outcome::Empty(Some(Version::of(""))), at(10, 0));
        assert_eq!(a.banner().unwrap().0, "f.toml is empty");
        assert_eq!(a.message, None, "the banner answers `r`");
        a.reload(
            Outcome::Unreadable("cannot read f.toml: \x1b[2J".into(), None),
            at(10, 0),
        );
        assert!(!a.banner().unwrap().0.contains('\x1b'));
        assert_eq!(a.campaign, before);
    }

    #[test]
    fn the_back_path_follows_its_records_or_is_clamped() {
        let mut a = app();
        a.update(Action::GoTab(Tab::Events));
        // The past picket, which links to p1.
        let picket = a
            .events
            .rows()
            .iter()
            .position(|&r| a.campaign.events[r].id() == "past")
            .unwrap();
        a.update(Action::Top);
        for _ in 0..picket {
            a.update(Action::Down);
        }
        a.update(Action::Open);
        a.update(Action::Down);
        a.update(Action::Open);
        assert_eq!(a.tab, Tab::Prisoners);
        assert_eq!(a.history.len(), 1);
        // The events move (one inserted before); the picket is still found.
        let mut c = fixture();
        let mut extra = c.events[1].clone();
        extra.edit(|d| d.id = "extra".into());
        c.events.insert(0, extra);
        a.reload(loaded(c.clone()), at(10, 0));
        a.update(Action::GoBack);
        assert_eq!(a.tab, Tab::Events);
        let r = a.selected_record(Tab::Events).unwrap();
        assert_eq!(a.campaign.events[r].id(), "past");
        // Follow again (the link is still chosen), then the picket goes:
        // going back lands in bounds.
        a.update(Action::Open);
        assert_eq!((a.tab, a.history.len()), (Tab::Prisoners, 1));
        c.events.retain(|e| e.id() == "next");
        a.reload(loaded(c), at(10, 0));
        a.update(Action::GoBack);
        assert_eq!(a.tab, Tab::Events);
        assert!(a.events.selected < a.len(Tab::Events));
        assert!(a.selected_record(Tab::Events).is_some());
    }
    #[test]
    fn a_reload_while_presenting_keeps_the_sensitive_fields_hidden() {
        let mut a = app();
        a.update(Action::TogglePresent);
        assert!(a.presenting());
        let mut c = fixture();
        c.prisoners[0].edit(|d| {
            d.address = Some("SECRET_ADDRESS".into());
            d.notes = Some("SECRET_NOTES".into());
            crate::present::fill_sensitive_lists(d, "SECRET_SPONSOR");
        });
        a.reload(loaded(c.clone()), at(10, 0));
        assert!(a.presenting(), "still presenting after the reload");
        assert!(crate::present::is_stripped(&a.campaign));
        let shown = format!("{:?}", a.campaign);
        assert!(!shown.contains("SECRET"), "{shown}");
        // Nothing hidden counts as a change: the fields are not shown.
        assert!(!a.message.as_deref().unwrap_or("").contains("changed"));
        // Turning it off shows the reloaded version's fields.
        a.update(Action::TogglePresent);
        assert_eq!(*a.campaign, c);
    }

    #[test]
    fn a_version_prepared_for_presenting_is_swapped_in_as_derived() {
        let mut a = app();
        a.update(Action::TogglePresent);
        let mut c = fixture();
        c.prisoners[0].edit(|d| d.address = Some("SECRET_ADDRESS".into()));
        // What the loader thread hands over while presenting: stripped,
        // and derived from what is left.
        let fresh = Fresh::new(c.clone(), Report::default(), None, day(2030, 1, 1), true);
        assert!(crate::present::is_stripped(&fresh.campaign));
        let derived_at = fresh.derived.prisoner_facts.as_ptr();
        a.reload(Outcome::Loaded(Box::new(fresh)), at(10, 0));
        // Taken as it is, not derived again on the event thread.
        assert_eq!(a.derived.prisoner_facts.as_ptr(), derived_at);
        assert!(!format!("{:?}", a.campaign).contains("SECRET"));
        a.update(Action::TogglePresent);
        assert_eq!(*a.campaign, c);
        // Presentation mode turned off while the loader was preparing a
        // stripped version: the fields are put back.
        let fresh = Fresh::new(c.clone(), Report::default(), None, day(2030, 1, 1), true);
        a.reload(Outcome::Loaded(Box::new(fresh)), at(10, 1));
        assert_eq!(*a.campaign, c);
        // And turned on while it prepared a full one: stripped.
        a.update(Action::TogglePresent);
        let fresh = Fresh::new(c.clone(), Report::default(), None, day(2030, 1, 1), false);
        a.reload(Outcome::Loaded(Box::new(fresh)), at(10, 2));
        assert!(!format!("{:?}", a.campaign).contains("SECRET"));
        a.update(Action::TogglePresent);
        assert_eq!(*a.campaign, c);
    }

    /// The loader measures the cells' widths of the version it prepares,
    /// and the event thread takes them as they are; in another mode than
    /// the loader's, it measures them again, for what it shows.
    #[test]
    fn the_widths_measured_by_the_loader_are_the_ones_shown() {
        let mut a = app();
        let mut c = fixture();
        let long = "A facility with a long name, longer than any of the others";
        c.prisoners[0].edit(|d| d.facility = Some(long.into()));
        let mut fresh = Fresh::new(c.clone(), Report::default(), None, day(2030, 1, 1), false);
        fresh.prepare(a.reload_job());
        let prepared = fresh.prepared.as_ref().map(|p| p.widths[1].as_ptr());
        a.reload(Outcome::Loaded(Box::new(fresh)), at(10, 0));
        assert_eq!(a.content.get(1).map(|w| w.as_ptr()), prepared);
        assert_eq!(
            a.content,
            super::super::measure_all(&a.campaign, &a.derived)
        );
        let facility = crate::table::columns(super::super::Tab::Prisoners)
            .iter()
            .position(|c| c.title == "Facility")
            .unwrap();
        assert_eq!(usize::from(a.content[1][facility]), long.len());
        // Prepared for presenting, shown in full: measured again.
        c.prisoners[1].edit(|d| d.notes = Some("changed".into()));
        let mut fresh = Fresh::new(c, Report::default(), None, day(2030, 1, 1), true);
        fresh.prepare(a.reload_job());
        a.reload(Outcome::Loaded(Box::new(fresh)), at(10, 1));
        assert!(!crate::present::is_stripped(&a.campaign));
        assert_eq!(
            a.content,
            super::super::measure_all(&a.campaign, &a.derived)
        );
    }

    #[test]
    fn presenting_a_broken_file_tells_where_but_quotes_nothing() {
        let mut a = app();
        a.update(Action::TogglePresent);
        let text = "[campaign]\nname = \"C\"\n\n[[prisoners]]\nid = \"p1\"\nname = \"P\"\nstatus = \"imprisoned\"\nadress = \"SECRET_ADDRESS\"\n";
        a.reload(failed(text), at(10, 0));
        let (what, _) = a.banner().expect("a banner");
        assert!(what.contains("f.toml has 1 error"), "{what}");
        a.update(Action::Problems);
        let rows = a.problem_rows().join("\n");
        assert!(rows.contains("f.toml:8:1: error"), "{rows}");
        assert!(rows.contains("Presentation mode"), "{rows}");
        let shown = format!("{what}\n{rows}");
        assert!(!shown.contains("SECRET"), "{shown}");
        assert!(!shown.contains("adress"), "{shown}");
        // Out of presentation mode (p works in the Problems view), all of it.
        a.update(Action::TogglePresent);
        assert!(!a.presenting());
        let (what, _) = a.banner().expect("a banner");
        let rows = a.problem_rows().join("\n");
        assert!(what.contains("adress"), "{what}");
        assert!(rows.contains("SECRET_ADDRESS"), "{rows}");
    }
}
