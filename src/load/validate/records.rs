//! The builders: a section's records, the `[campaign]` table, and one
//! builder per record kind, which reads the fields its declaration
//! describes.

use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::load::split::Section;
use crate::model::fields::{Kind, Owned, Target};
use crate::model::{
    CampaignInfo, Custody, Direction, Earlier, Event, EventDraft, EventKind, Facility, Letter,
    Organisation, PartialDate, Petition, Prisoner, PrisonerDraft, Record, Snooze, Statement,
    StatementDraft, Status, Tally,
};

use super::ctx::{Ctx, Expected, Label, Rec, check_keys, describe, missing, wrong_type};
use super::refs::{IdUse, RefUse, id, ref_list, ref_one};
use super::values::{choice, choices, date, full, int, not_before, text, text_list};
use crate::t;

const TALLY_KEYS: &[&str] = &["date", "signatures"];
/// A tally as the messages show one.
const TALLY: &str = "{ date = 2023-05-01, signatures = 120 }";

/// The keys of `R`, as its declaration lists them.
pub(super) fn keys<R: Record>() -> &'static [&'static str] {
    // One slice per kind, built on first use.
    struct Keys<R>(std::marker::PhantomData<R>);
    impl<R: Record> Keys<R> {
        const LIST: &'static [&'static str] = &{
            let mut out = [""; 32];
            let mut i = 0;
            while i < R::FIELDS.len() {
                out[i] = R::FIELDS[i].key;
                i += 1;
            }
            out
        };
    }
    let all = Keys::<R>::LIST;
    &all[..R::FIELDS.len().min(all.len())]
}

/// The records of a section: `[[name]]` tables (or an inline array of tables).
pub(super) fn records<'a, 'i>(
    cx: &mut Ctx<'_>,
    root: &'a DeTable<'i>,
    name: &'static str,
    fallback: &str,
) -> Vec<Rec<'a, 'i>> {
    let Some(v) = root.get(name) else {
        return Vec::new();
    };
    match v.get_ref() {
        DeValue::Array(items) => {
            let mut out = Vec::new();
            for (i, item) in items.iter().enumerate() {
                match item.get_ref() {
                    DeValue::Table(t) => out.push(Rec {
                        table: t,
                        header: item.span(),
                        label: Label::of(name, i + 1, t, fallback),
                        number: i + 1,
                        slot: 0,
                    }),
                    other => cx.error(
                        item.span(),
                        t!(
                            "check-record-not-table",
                            section = name,
                            n = (i + 1).to_string(),
                            found = describe(other)
                        ),
                        Some(t!("check-record-not-table-help", section = name)),
                    ),
                }
            }
            out
        }
        DeValue::Table(_) => {
            cx.error(
                v.span(),
                t!("check-section-single-table", section = name),
                Some(t!("check-section-single-table-help", section = name)),
            );
            Vec::new()
        }
        other => {
            cx.error(
                v.span(),
                t!(
                    "check-section-wrong-type",
                    section = name,
                    found = describe(other)
                ),
                Some(t!("check-section-wrong-type-help", section = name)),
            );
            Vec::new()
        }
    }
}

/// The records validated by one pass over some of the file, in file order,
/// with what the checks across records need.
#[derive(Default)]
pub(super) struct Found<'t> {
    pub(super) organisations: Vec<Organisation>,
    pub(super) prisoners: Vec<Prisoner>,
    pub(super) events: Vec<Event>,
    pub(super) statements: Vec<Statement>,
    pub(super) petitions: Vec<Petition>,
    pub(super) letters: Vec<Letter>,
    /// For each letter kept: the span of its `date` in the file and its
    /// label's slot, for the checks against its prisoner.
    pub(super) letter_at: Vec<(Range<usize>, usize)>,
    /// For each prisoner kept: the span of its `released` in the file (its
    /// header where it has none) and its label's slot, for the checks that
    /// need its letters.
    pub(super) prisoner_at: Vec<(Range<usize>, usize)>,
    pub(super) snoozed: Vec<Snooze>,
    /// For each snooze kept: the span of its `item` in the file, for the
    /// warnings of `check` that need the agenda.
    pub(super) snooze_at: Vec<Range<usize>>,
    /// With the span of each one's `name`, for the warning of a name no
    /// prisoner's facility matches.
    pub(super) facilities: Vec<(Facility, Range<usize>, usize)>,
    /// By [`Section::index`].
    pub(super) ids: [Vec<IdUse<'t>>; Section::COUNT],
    pub(super) refs: Vec<RefUse<'t>>,
    /// The label of every record read, by [`Rec::slot`].
    pub(super) labels: Vec<Label<'t>>,
}

/// Validates one record of `section` into `found`.
pub(super) fn record<'i>(
    cx: &mut Ctx<'_>,
    section: Section,
    mut rec: Rec<'_, 'i>,
    found: &mut Found<'i>,
    today: (NaiveDate, &str),
) {
    rec.slot = found.labels.len();
    match section {
        Section::Campaign => {}
        Section::Organisations => {
            if let Some(r) = organisation(cx, &rec, found) {
                found.organisations.push(r);
            }
        }
        Section::Prisoners => {
            if let Some(r) = prisoner(cx, &rec, found, today) {
                found.prisoners.push(r);
                found
                    .prisoner_at
                    .push((cx.shift(span_of(&rec, "released")), rec.slot));
            }
        }
        Section::Events => {
            if let Some(r) = event(cx, &rec, found) {
                found.events.push(r);
            }
        }
        Section::Statements => {
            if let Some(r) = statement(cx, &rec, found) {
                found.statements.push(r);
            }
        }
        Section::Petitions => {
            if let Some(r) = petition(cx, &rec, found) {
                found.petitions.push(r);
            }
        }
        Section::Letters => {
            if let Some(r) = letter(cx, &rec, found, today) {
                found.letters.push(r);
                found
                    .letter_at
                    .push((cx.shift(span_of(&rec, "date")), rec.slot));
            }
        }
        Section::Facilities => {
            if let Some(r) = facility(cx, &rec, found) {
                let at = cx.shift(span_of(&rec, "name"));
                found.facilities.push((r, at, rec.slot));
            }
        }
        Section::Snoozed => {
            if let Some(r) = snooze(cx, &rec, found) {
                found.snoozed.push(r);
                found.snooze_at.push(cx.shift(span_of(&rec, "item")));
            }
        }
    }
    found.labels.push(rec.label);
}

pub(super) fn campaign_info(cx: &mut Ctx<'_>, root: &DeTable<'_>) -> Option<CampaignInfo> {
    let Some(v) = root.get("campaign") else {
        cx.error(
            0..0,
            t!("check-no-campaign"),
            Some(t!("check-no-campaign-help", example = super::LEAST)),
        );
        return None;
    };
    let table = match v.get_ref() {
        DeValue::Table(t) => t,
        DeValue::Array(_) => {
            cx.error(
                v.span(),
                t!("check-campaign-list"),
                Some(t!("check-campaign-list-help")),
            );
            return None;
        }
        other => {
            cx.error(
                v.span(),
                t!("check-campaign-wrong-type", found = describe(other)),
                Some(t!("check-campaign-wrong-type-help")),
            );
            return None;
        }
    };
    let rec = Rec {
        table,
        header: v.span(),
        label: Label::Fixed("[campaign]"),
        number: 0,
        slot: 0,
    };
    check_keys(cx, &rec, keys::<CampaignInfo>(), "[campaign]");
    let mut info = CampaignInfo::default();
    let read = fields::<CampaignInfo>(cx, &rec, None, &mut info);
    read.complete.then_some(info)
}

/// Which fields of a record [`fields`] read, and whether every required
/// one was among them.
pub(super) struct Read {
    /// Bit `i` for field `i` of the declaration.
    pub(super) set: u64,
    pub(super) complete: bool,
}

impl Read {
    /// True when the field `key` of `R` was read.
    pub(super) fn has<R: Record>(&self, key: &str) -> bool {
        R::FIELDS
            .iter()
            .position(|f| f.key == key)
            .is_some_and(|i| self.set & (1 << i) != 0)
    }
}

/// The span of the value of `key`, or of the record where it has none.
pub(super) fn span_of(rec: &Rec<'_, '_>, key: &str) -> Range<usize> {
    rec.get(key)
        .map_or_else(|| rec.header.clone(), Spanned::span)
}

pub(super) fn target(t: Target) -> Section {
    match t {
        Target::Organisations => Section::Organisations,
        Target::Prisoners => Section::Prisoners,
        Target::Events => Section::Events,
    }
}

/// Reads and checks every field of `R` that its declaration describes into
/// `draft`, in the declaration's order; ids and refs are recorded in
/// `found` (a table that has neither passes `None`). Tallies are read by
/// their own code.
pub(super) fn fields<'i, R: Record>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    mut found: Option<(Section, &mut Found<'i>)>,
    draft: &mut R::Draft,
) -> Read {
    const { assert!(R::FIELDS.len() <= 64) };
    let mut read = Read {
        set: 0,
        complete: true,
    };
    for (i, f) in R::FIELDS.iter().enumerate() {
        let key = f.key;
        let value = match f.kind {
            Kind::Id => match found.as_mut() {
                Some((section, found)) => id(cx, rec, *section, f.required, found).map(Owned::Text),
                None => text(cx, rec, key, f.required).map(Owned::Text),
            },
            Kind::Text => text(cx, rec, key, f.required).map(Owned::Text),
            Kind::List { item } => {
                let items = text_list(cx, rec, key, item);
                Some(Owned::List(items))
            }
            Kind::Date => full(date(cx, rec, key, false, f.required)).map(|d| Owned::Date(d.0)),
            Kind::PartialDate => {
                date(cx, rec, key, true, f.required).map(|d| Owned::PartialDate(d.0))
            }
            Kind::Int { min, max } => int(cx, rec, key, i128::from(min), i128::from(max))
                .and_then(|(n, _)| u64::try_from(n).ok())
                .map(Owned::Int),
            Kind::Choice(choices) => choice(cx, rec, key, choices, f.required).map(Owned::Choice),
            Kind::Choices(of) => choices(cx, rec, key, of).map(Owned::Choices),
            Kind::Ref(t) => match found.as_mut() {
                Some((_, found)) => {
                    ref_one(cx, rec, key, target(t), &mut found.refs).map(Owned::Text)
                }
                None => None,
            },
            Kind::RefList(t) => match found.as_mut() {
                Some((_, found)) => Some(Owned::List(ref_list(
                    cx,
                    rec,
                    key,
                    target(t),
                    &mut found.refs,
                ))),
                None => None,
            },
            Kind::Tallies | Kind::Custody | Kind::Earlier => continue,
        };
        match value {
            Some(v) => {
                (f.set)(draft, v);
                read.set |= 1 << i;
            }
            None if f.required => read.complete = false,
            None => {}
        }
    }
    read
}

pub(super) fn organisation<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    found: &mut Found<'i>,
) -> Option<Organisation> {
    check_keys(
        cx,
        rec,
        keys::<Organisation>(),
        &t!("check-what-organisation"),
    );
    let mut o = Organisation::default();
    let read = fields::<Organisation>(cx, rec, Some((Section::Organisations, found)), &mut o);
    read.complete.then_some(o)
}

pub(super) fn prisoner<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    found: &mut Found<'i>,
    (today, today_is): (NaiveDate, &str),
) -> Option<Prisoner> {
    check_keys(cx, rec, keys::<Prisoner>(), &t!("check-what-prisoner"));
    let mut d = PrisonerDraft::new("", "", Status::Detained);
    let read = fields::<Prisoner>(cx, rec, Some((Section::Prisoners, found)), &mut d);
    let has = |key| read.has::<Prisoner>(key);
    let label = &rec.label;

    if let Some(released_on) = d.released
        && has("status")
        && !matches!(d.status, Status::Released | Status::Deceased)
    {
        cx.error(
            span_of(rec, "released"),
            t!(
                "check-released-but-status",
                label = label.to_string(),
                date = released_on.to_string(),
                status = d.status.to_string()
            ),
            Some(t!("check-released-but-status-help")),
        );
    }
    if let Some(arrest) = d.detained {
        if let Some(verdict) = d.sentenced {
            not_before(
                cx,
                label,
                ("detained", arrest),
                (
                    "sentenced",
                    PartialDate::full(verdict),
                    &span_of(rec, "sentenced"),
                ),
                || t!("check-verdict-before-arrest-help"),
            );
        }
        if let Some(out) = d.released {
            not_before(
                cx,
                label,
                ("detained", arrest),
                ("released", out, &span_of(rec, "released")),
                || t!("check-release-before-arrest-help"),
            );
        }
        if arrest.first_day() > today {
            cx.warn(
                span_of(rec, "detained"),
                t!(
                    "check-after-today",
                    label = label.to_string(),
                    key = "detained",
                    date = arrest.to_string(),
                    today = today.to_string()
                ),
                Some(t!(
                    "check-detained-after-today-help",
                    today = today.to_string(),
                    source = t!("check-today-source", source = today_is)
                )),
            );
        }
    }
    d.custody = custody(cx, rec, &d);
    d.earlier = earlier(cx, rec, d.detained);
    language_codes(cx, rec, &d.languages);
    if has("release_due") && has("sentence_months") {
        let (due_span, months_span) =
            (span_of(rec, "release_due"), span_of(rec, "sentence_months"));
        let later = if due_span.start > months_span.start {
            due_span
        } else {
            months_span
        };
        cx.error(
            later,
            t!("check-due-and-months", label = label.to_string()),
            Some(t!("check-due-and-months-help")),
        );
    }
    let prisoner: Option<Prisoner> = read.complete.then(|| d.into());
    // Not where the release is in error already (both keys given).
    if let Some(p) = &prisoner
        && !(has("release_due") && has("sentence_months"))
        && p.status.in_custody()
        && let Some(due) = p.release_due()
        && due.date < today
    {
        let key = if due.estimate {
            "sentence_months"
        } else {
            "release_due"
        };
        let days = crate::model::days_between(due.date, today).max(0);
        cx.warn(
            span_of(rec, key),
            t!(
                "check-release-overdue",
                label = label.to_string(),
                due = due.date.to_string(),
                estimate = if due.estimate { "yes" } else { "no" },
                n = days,
                days = crate::text::thousands(days.unsigned_abs()),
                today = today.to_string(),
                status = p.status.to_string()
            ),
            Some(t!("check-release-overdue-help")),
        );
    }
    prisoner
}

/// The entries of a prisoner's sub-table `key` (`custody`, `earlier`):
/// `[[prisoners.key]]` tables or an inline array of tables. Each comes
/// with the record it was read from, for the spans of its values.
fn entries<'a, 'i, R: Record>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'a, 'i>,
    key: &'static str,
    example: &str,
    new: impl Fn() -> R::Draft,
) -> Vec<(R::Draft, Rec<'a, 'i>)> {
    let Some(v) = rec.get(key) else {
        return Vec::new();
    };
    let DeValue::Array(items) = v.get_ref() else {
        wrong_type(
            cx,
            rec,
            key,
            v,
            Expected::Other(t!("check-expected-entries", key = key, example = example)),
        );
        return Vec::new();
    };
    let what = t!("check-what-entry", key = key);
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let DeValue::Table(t) = item.get_ref() else {
            cx.error(
                item.span(),
                t!(
                    "check-entry-not-table",
                    label = rec.label.to_string(),
                    key = key,
                    n = (i + 1).to_string(),
                    example = example,
                    found = describe(item.get_ref())
                ),
                Some(t!("check-entry-not-table-help", key = key)),
            );
            continue;
        };
        let sub = Rec {
            table: t,
            header: item.span(),
            label: rec.label.entry(key, i + 1),
            number: i + 1,
            slot: 0,
        };
        check_keys(cx, &sub, keys::<R>(), &what);
        let mut draft = new();
        if fields::<R>(cx, &sub, None, &mut draft).complete {
            out.push((draft, sub));
        }
    }
    out
}

/// A prisoner's places of custody, checked: in date order, none before
/// the arrest or after the release, and the prisoner's own `facility` and
/// `address` not given besides.
fn custody(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>, p: &PrisonerDraft) -> Vec<Custody> {
    let found = entries::<Custody>(
        cx,
        rec,
        "custody",
        "{ since = 2021-05-12, facility = \"Pre-trial centre No. 1, Minsk\" }",
        Custody::default,
    );
    if found.is_empty() {
        return Vec::new();
    }
    let label = &rec.label;
    for key in ["facility", "address"] {
        if let Some(v) = rec.get(key) {
            cx.error(
                v.span(),
                t!(
                    "check-custody-and-own",
                    label = label.to_string(),
                    key = key
                ),
                Some(t!("check-custody-and-own-help", key = key)),
            );
        }
    }
    let mut prev: Option<&Custody> = None;
    for (i, (c, sub)) in found.iter().enumerate() {
        let at = span_of(sub, "since");
        if let Some(before) = prev
            && c.since.first_day() < before.since.first_day()
        {
            cx.error(
                at.clone(),
                t!(
                    "check-custody-order",
                    label = sub.label.to_string(),
                    since = c.since.to_string(),
                    n = i.to_string(),
                    before = before.since.to_string()
                ),
                Some(t!("check-custody-order-help")),
            );
        } else if i == 0
            && let Some(arrest) = p.detained
        {
            not_before(
                cx,
                &sub.label,
                ("detained", arrest),
                ("since", c.since, &at),
                || t!("check-custody-before-arrest-help"),
            );
        }
        if let Some(out) = p.released
            && c.since.first_day() > out.last_day()
        {
            cx.error(
                at.clone(),
                t!(
                    "check-custody-after-release",
                    label = sub.label.to_string(),
                    since = c.since.to_string(),
                    released = out.to_string()
                ),
                Some(t!("check-custody-after-release-help")),
            );
        }
        prev = Some(c);
    }
    found.into_iter().map(|(c, _)| c).collect()
}

/// A prisoner's earlier arrests, checked: each ends after it began, none
/// overlaps the one above it, and all end before the current arrest.
fn earlier(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>, arrest: Option<PartialDate>) -> Vec<Earlier> {
    let found = entries::<Earlier>(
        cx,
        rec,
        "earlier",
        "{ detained = 2020-08-09, released = 2020-08-24, kind = \"administrative\" }",
        Earlier::default,
    );
    let mut prev: Option<&Earlier> = None;
    for (i, (e, sub)) in found.iter().enumerate() {
        let released_at = span_of(sub, "released");
        not_before(
            cx,
            &sub.label,
            ("detained", e.detained),
            ("released", e.released, &released_at),
            || t!("check-release-before-arrest-help"),
        );
        if let Some(before) = prev
            && e.detained.first_day() < before.released.first_day()
        {
            cx.error(
                span_of(sub, "detained"),
                t!(
                    "check-earlier-overlap",
                    label = sub.label.to_string(),
                    from = e.detained.to_string(),
                    to = e.released.to_string(),
                    n = i.to_string(),
                    before_from = before.detained.to_string(),
                    before_to = before.released.to_string()
                ),
                Some(t!("check-earlier-overlap-help")),
            );
        }
        if let Some(now) = arrest
            && e.released.first_day() > now.first_day()
        {
            cx.error(
                released_at,
                t!(
                    "check-earlier-after-arrest",
                    label = sub.label.to_string(),
                    released = e.released.to_string(),
                    detained = now.to_string()
                ),
                Some(t!("check-earlier-after-arrest-help")),
            );
        }
        prev = Some(e);
    }
    found.into_iter().map(|(e, _)| e).collect()
}

pub(super) fn letter<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    found: &mut Found<'i>,
    (today, today_is): (NaiveDate, &str),
) -> Option<Letter> {
    check_keys(cx, rec, keys::<Letter>(), &t!("check-what-letter"));
    let mut l = Letter::default();
    let read = fields::<Letter>(cx, rec, Some((Section::Letters, found)), &mut l);
    if read.has::<Letter>("date") && l.date > today {
        cx.warn(
            span_of(rec, "date"),
            t!(
                "check-after-today",
                label = rec.label.to_string(),
                key = "date",
                date = l.date.to_string(),
                today = today.to_string()
            ),
            Some(t!(
                "check-letter-after-today-help",
                today = today.to_string(),
                source = t!("check-today-source", source = today_is)
            )),
        );
    }
    read.complete.then_some(l)
}

pub(super) fn snooze<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    found: &mut Found<'i>,
) -> Option<Snooze> {
    check_keys(cx, rec, keys::<Snooze>(), &t!("check-what-snooze"));
    let mut s = Snooze::default();
    let read = fields::<Snooze>(cx, rec, Some((Section::Snoozed, found)), &mut s);
    read.complete.then_some(s)
}

pub(super) fn facility<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    found: &mut Found<'i>,
) -> Option<Facility> {
    check_keys(cx, rec, keys::<Facility>(), &t!("check-what-facility"));
    let mut f = Facility::default();
    let read = fields::<Facility>(cx, rec, Some((Section::Facilities, found)), &mut f);
    read.complete.then_some(f)
}

/// Warns of each of a prisoner's `languages` that is not an ISO 639-1 code
/// (two lowercase letters): the envelopes and sheets say which languages
/// a prisoner reads by these codes.
fn language_codes(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>, languages: &[String]) {
    let Some(DeValue::Array(items)) = rec.get("languages").map(|v| v.get_ref()) else {
        return;
    };
    for (item, code) in items.iter().zip(languages) {
        let ok = code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase());
        if !ok {
            cx.warn(
                item.span(),
                t!(
                    "check-language-code",
                    label = rec.label.to_string(),
                    value = crate::sanitize::sanitize_line(code).into_owned()
                ),
                Some(t!("check-language-code-help")),
            );
        }
    }
}

/// Warns of every `[[facilities]]` record whose `name` matches the
/// facility of no prisoner (written or in `custody`, folded as the filter
/// folds), and of a name given a second time (the first one counts).
pub(super) fn unmatched_facilities<'a>(
    cx: &mut Ctx<'_>,
    prisoners: impl Iterator<Item = &'a Prisoner>,
    facilities: impl Iterator<Item = (&'a Facility, &'a Range<usize>, &'a Label<'a>)>,
) {
    use crate::model::fold::search_fold;
    let mut facilities = facilities.peekable();
    if facilities.peek().is_none() {
        return;
    }
    let mut held: std::collections::HashSet<String, foldhash::fast::RandomState> =
        Default::default();
    for p in prisoners {
        held.extend(p.facility().map(search_fold));
        held.extend(p.custody.iter().map(|c| search_fold(&c.facility)));
    }
    let mut seen: std::collections::HashSet<String, foldhash::fast::RandomState> =
        Default::default();
    for (f, span, label) in facilities {
        let key = search_fold(&f.name);
        if !seen.insert(key.clone()) {
            cx.warn(
                span.clone(),
                t!("check-facility-twice", label = label.to_string()),
                Some(t!("check-facility-twice-help")),
            );
        } else if !held.contains(&key) {
            cx.warn(
                span.clone(),
                t!("check-facility-unmatched", label = label.to_string()),
                Some(t!("check-facility-unmatched-help")),
            );
        }
    }
}

/// Warns of every letter sent to a prisoner after their release; `letters`
/// come with the span of their date and their label.
pub(super) fn letters_after_release<'a>(
    cx: &mut Ctx<'_>,
    prisoners: impl Iterator<Item = &'a Prisoner>,
    letters: impl Iterator<Item = (&'a Letter, &'a Range<usize>, &'a Label<'a>)>,
) {
    let released: std::collections::HashMap<&str, PartialDate, foldhash::fast::RandomState> =
        prisoners
            .filter_map(|p| Some((p.id(), p.released?)))
            .collect();
    if released.is_empty() {
        return;
    }
    for (l, span, label) in letters {
        if l.direction != Direction::Sent {
            continue;
        }
        if let Some(out) = released.get(l.prisoner.as_str())
            && l.date > out.last_day()
        {
            cx.warn(
                span.clone(),
                t!(
                    "check-letter-after-release",
                    label = label.to_string(),
                    date = l.date.to_string(),
                    prisoner = l.prisoner.as_str(),
                    released = out.to_string()
                ),
                Some(t!("check-letter-after-release-help")),
            );
        }
    }
}

/// Warns of every prisoner released more than `retain_days` before `today`
/// whose record still keeps what can endanger people once it is no longer
/// needed for letters: their address (or a place of custody's), notes, and
/// who wrote their letters (`by`). One warning a prisoner, at `released`.
pub(super) fn kept_past_release<'a>(
    cx: &mut Ctx<'_>,
    prisoners: impl Iterator<Item = (&'a Prisoner, &'a Range<usize>, &'a Label<'a>)>,
    letters: impl Iterator<Item = &'a Letter>,
    (today, retain_days): (NaiveDate, u32),
) {
    let long_ago: Vec<_> = prisoners
        .filter(|(p, _, _)| p.status == Status::Released)
        .filter(|(p, _, _)| {
            p.released.is_some_and(|r| {
                crate::model::days_between(r.last_day(), today) > i64::from(retain_days)
            })
        })
        .collect();
    if long_ago.is_empty() {
        return;
    }
    let mut by: std::collections::HashMap<&str, usize, foldhash::fast::RandomState> =
        Default::default();
    for l in letters.filter(|l| l.by.as_deref().is_some_and(|b| !b.is_empty())) {
        *by.entry(l.prisoner.as_str()).or_default() += 1;
    }
    for (p, span, label) in long_ago {
        let mut kept = Vec::new();
        let mut remove = Vec::new();
        let some = |t: Option<&str>| t.is_some_and(|t| !t.trim().is_empty());
        if some(p.address()) || p.custody.iter().any(|c| some(c.address.as_deref())) {
            kept.push(t!("check-kept-address"));
            remove.push("`address`".to_owned());
        }
        if some(p.notes())
            || p.custody.iter().any(|c| some(c.notes.as_deref()))
            || p.earlier.iter().any(|e| some(e.notes.as_deref()))
        {
            kept.push(t!("check-kept-notes"));
            remove.push("`notes`".to_owned());
        }
        let writers = by.get(p.id()).copied().unwrap_or(0);
        let letters = crate::text::thousands(writers as u64);
        if writers > 0 {
            kept.push(t!(
                "check-kept-writers",
                n = writers,
                count = letters.as_str()
            ));
        }
        if kept.is_empty() {
            continue;
        }
        let released = p.released.map(|r| r.to_string()).unwrap_or_default();
        let keys = crate::text::said_list(&remove);
        let remove = match (remove.is_empty(), writers > 0) {
            (false, false) => t!("check-kept-remove", keys = keys),
            (false, true) => t!(
                "check-kept-remove-and-by",
                keys = keys,
                n = writers,
                count = letters.as_str()
            ),
            (true, _) => t!(
                "check-kept-remove-by",
                n = writers,
                count = letters.as_str()
            ),
        };
        cx.warn(
            span.clone(),
            t!(
                "check-kept-past-release",
                label = label.to_string(),
                released = released,
                n = retain_days,
                days = crate::text::thousands(u64::from(retain_days)),
                kept = crate::text::said_list(&kept)
            ),
            Some(t!(
                "check-kept-help",
                remove = remove,
                days = retain_days.to_string()
            )),
        );
    }
}

pub(super) fn event<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    found: &mut Found<'i>,
) -> Option<Event> {
    check_keys(cx, rec, keys::<Event>(), &t!("check-what-event"));
    let mut d = EventDraft::new("", "", NaiveDate::MIN, EventKind::Other);
    let read = fields::<Event>(cx, rec, Some((Section::Events, found)), &mut d);
    if let (true, Some(last)) = (read.has::<Event>("date"), d.end) {
        not_before(
            cx,
            &rec.label,
            ("date", PartialDate::full(d.date)),
            ("end", PartialDate::full(last), &span_of(rec, "end")),
            || t!("check-event-end-help"),
        );
    }
    read.complete.then(|| d.into())
}

pub(super) fn statement<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    found: &mut Found<'i>,
) -> Option<Statement> {
    check_keys(cx, rec, keys::<Statement>(), &t!("check-what-statement"));
    let mut d = StatementDraft::new(NaiveDate::MIN, "", "");
    let read = fields::<Statement>(cx, rec, Some((Section::Statements, found)), &mut d);
    read.complete.then(|| d.into())
}

pub(super) fn petition<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    found: &mut Found<'i>,
) -> Option<Petition> {
    check_keys(cx, rec, keys::<Petition>(), &t!("check-what-petition"));
    let mut p = Petition::default();
    let read = fields::<Petition>(cx, rec, Some((Section::Petitions, found)), &mut p);
    p.counts = tallies(cx, rec);

    if let (Some(from), Some(to)) = (p.opened, p.closed) {
        not_before(
            cx,
            &rec.label,
            ("opened", PartialDate::full(from)),
            ("closed", PartialDate::full(to), &span_of(rec, "closed")),
            || t!("check-both-dates"),
        );
    }
    read.complete.then_some(p)
}

/// The `counts` of a petition, sorted by date, with a warning where the
/// tally goes down.
pub(super) fn tallies(cx: &mut Ctx<'_>, rec: &Rec<'_, '_>) -> Vec<Tally> {
    let Some(v) = rec.get("counts") else {
        return Vec::new();
    };
    let DeValue::Array(items) = v.get_ref() else {
        wrong_type(
            cx,
            rec,
            "counts",
            v,
            Expected::Other(t!("check-expected-tallies", example = TALLY)),
        );
        return Vec::new();
    };
    let mut found: Vec<(Tally, Range<usize>)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let DeValue::Table(t) = item.get_ref() else {
            cx.error(
                item.span(),
                t!(
                    "check-tally-not-table",
                    label = rec.label.to_string(),
                    n = (i + 1).to_string(),
                    example = TALLY,
                    found = describe(item.get_ref())
                ),
                None,
            );
            continue;
        };
        let tally = Rec {
            table: t,
            header: item.span(),
            label: rec.label.entry("counts", i + 1),
            number: i + 1,
            slot: 0,
        };
        check_keys(cx, &tally, TALLY_KEYS, &t!("check-what-tally"));
        let day = full(date(cx, &tally, "date", false, true));
        let signatures = int(cx, &tally, "signatures", 0, i128::from(u64::MAX));
        if signatures.is_none() && t.get("signatures").is_none() {
            missing(cx, &tally, "signatures", "120");
        }
        if let (Some((date, _)), Some((n, _))) = (day, signatures)
            && let Ok(signatures) = u64::try_from(n)
        {
            found.push((Tally { date, signatures }, item.span()));
        }
    }
    found.sort_by_key(|(t, _)| t.date);
    for pair in found.windows(2) {
        let [(a, _), (b, span)] = pair else { continue };
        if a.date == b.date {
            cx.warn(
                span.clone(),
                t!(
                    "check-two-tallies",
                    label = rec.label.to_string(),
                    date = b.date.to_string(),
                    first = a.signatures.to_string(),
                    second = b.signatures.to_string()
                ),
                Some(t!("check-two-tallies-help")),
            );
        } else if b.signatures < a.signatures {
            cx.warn(
                span.clone(),
                t!(
                    "check-tally-down",
                    label = rec.label.to_string(),
                    from = a.signatures.to_string(),
                    from_date = a.date.to_string(),
                    to = b.signatures.to_string(),
                    to_date = b.date.to_string()
                ),
                Some(t!("check-tally-down-help")),
            );
        }
    }
    found.into_iter().map(|(t, _)| t).collect()
}
