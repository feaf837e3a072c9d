//! The agenda: what needs doing, and by when. Derived once per load (in
//! [`Derived`](super::Derived)) from "today", never per frame; the Agenda
//! tab, the overview's "Needs attention" panel and `print --view agenda`
//! (text, markdown, csv, json, ics) all read the same [`Agenda`].
//!
//! # The items and their dates
//!
//! Every item has the day it is for; its [`Group`] follows from that day:
//! before today is [`Group::Overdue`], today to today + 6 days
//! [`Group::ThisWeek`], to today + 30 days [`Group::Next30`], and to the
//! horizon ([`HORIZON`] days, or `print --days`) [`Group::Later`]. Nothing
//! after the horizon is listed.
//!
//! - [`Kind::Event`]: each event whose last day is on or after today, on its
//!   first day (today for one running already).
//! - [`Kind::Birthday`]: a prisoner in custody with a full `born` date:
//!   "post a card by" the next birthday minus `post_days` (21 when absent),
//!   listed from 14 days before that day; after it and up to the birthday,
//!   "birthday card late: post today" (overdue).
//! - [`Kind::Release`]: a prisoner in custody due out between today and the
//!   horizon, on that day.
//! - [`Kind::ReleaseOverdue`]: a prisoner in custody whose release was due
//!   before today, on the day it was due. `check` warns of it too.
//! - [`Kind::Anniversary`]: for a prisoner in custody arrested on a known
//!   day, each year's anniversary of the arrest, and each multiple of 500
//!   days behind bars (earlier arrests counted), from today to the horizon.
//! - [`Kind::Letter`]: for a prisoner in custody, with `write_every_days`,
//!   the day that many days after the last letter sent (or, with none
//!   sent, the arrest or the campaign's `started`, whichever is later); a letter returned with none sent after it ("check the
//!   address"), on the day it came back; a move to a new place of custody
//!   (not the first) after the last letter sent ("write to the new
//!   address"), on the day of the move.
//! - [`Kind::Check`]: with `check_every_days`, for a prisoner in custody
//!   or released within that many days, the record on the day
//!   that many days after `checked` (today when never checked); a prisoner
//!   in custody with no postal address, today (only where the file records
//!   an address or a letter at all, and not in presentation mode, where
//!   every address is hidden).
//! - [`Kind::Petition`]: an open petition closing within 30 days, on its
//!   closing day; one whose goal is reached ("deliver it"), on the day of
//!   the count that reached it; an open petition with no count for 30 days,
//!   30 days after its last count (or its opening, with none).
//!
//!   A petition `delivered` on or before today asks for nothing more: it is
//!   neither to be delivered, nor closing, nor waiting for a count.
//!
//! Items are ordered by day, then kind (in the order above), then the
//! record's place in the file. Every text is sanitised here.
//!
//! # Snoozed items
//!
//! An item whose [`Item::uid`] a `[[snoozed]]` entry names, with `until`
//! after today, is left out of [`Agenda::items`] (and so of the overview
//! and of `print`) and kept aside in [`Agenda::snoozed`], with until when
//! and why ([`Item::snoozed`]); the filter term `kind:snoozed` lists those
//! instead ([`AgendaFilter::items`]). From its `until` on, the item is
//! listed again as any other.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Days, NaiveDate};
use foldhash::fast::RandomState;
use strum::{EnumIter, IntoEnumIterator, IntoStaticStr};

use super::{Derived, SearchIndex, search_fold};
use crate::model::{Campaign, Prisoner, Snooze, days_between};
use crate::sanitize::sanitize_line;
use crate::text::{relative, thousands};
use crate::view::View;

/// The days from today the agenda looks ahead, unless `print --days` says
/// otherwise.
pub const HORIZON: u32 = 90;

/// The days a birthday card is listed before it is due.
pub const CARD_NOTICE: u64 = 14;

/// The days a card needs to arrive when the file does not say (`post_days`).
pub const POST_DAYS: u32 = 21;

/// Round figures of days behind bars are the multiples of this.
pub const ROUND_DAYS: i64 = 500;

/// The days a petition may close in to be listed, and may go without a
/// count while open.
pub const PETITION_DAYS: u64 = 30;

/// What an item is about; `kind:` in the agenda's filter takes its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum Kind {
    Event,
    Birthday,
    Release,
    ReleaseOverdue,
    Anniversary,
    Letter,
    Check,
    Petition,
}

impl Kind {
    /// As `kind:` takes it: "birthday", "release-overdue".
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// `n` items of this kind, as the overview counts them: "2 birthday
    /// cards", "1 check".
    pub fn counted(self, n: usize) -> String {
        let count = crate::text::thousands(n as u64);
        let n = n as u64;
        match self {
            Kind::Event => crate::t!("agenda-events", n = n, count = count),
            Kind::Birthday => crate::t!("agenda-birthdays", n = n, count = count),
            Kind::Release => crate::t!("agenda-releases", n = n, count = count),
            Kind::ReleaseOverdue => crate::t!("agenda-releases-overdue", n = n, count = count),
            Kind::Anniversary => crate::t!("agenda-anniversaries", n = n, count = count),
            Kind::Letter => crate::t!("agenda-letters", n = n, count = count),
            Kind::Check => crate::t!("agenda-checks", n = n, count = count),
            Kind::Petition => crate::t!("agenda-petitions", n = n, count = count),
        }
    }
}

/// Where an item falls from today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr)]
pub enum Group {
    Overdue,
    ThisWeek,
    Next30,
    Later,
}

impl Group {
    /// The group of an item for `date`.
    pub fn of(date: NaiveDate, today: NaiveDate) -> Group {
        match days_between(today, date) {
            ..0 => Group::Overdue,
            0..=6 => Group::ThisWeek,
            7..=30 => Group::Next30,
            _ => Group::Later,
        }
    }

    /// The heading: "This week".
    pub fn title(self) -> &'static str {
        match self {
            Group::Overdue => "Overdue",
            Group::ThisWeek => "This week",
            Group::Next30 => "Next 30 days",
            Group::Later => "Later",
        }
    }

    /// The group's title in the current language, as headings show it
    /// ([`Group::title`] is the English one json writes); made once a
    /// language.
    pub fn label(self) -> &'static str {
        static LABELS: crate::i18n::PerLang<[String; 4]> = crate::i18n::PerLang::new();
        let labels = LABELS.get(|| {
            [
                crate::t!("group-overdue"),
                crate::t!("group-this-week"),
                crate::t!("group-next-30"),
                crate::t!("group-later"),
            ]
        });
        &labels[self as usize]
    }
}

impl Item {
    /// Whom or what it concerns, sanitised.
    pub fn whom(&self) -> std::borrow::Cow<'_, str> {
        sanitize_line(&self.concerns)
    }

    /// For a snoozed item, what to say after what it says: "snoozed until
    /// 2023-06-01: waiting for the new address" (the note where there is
    /// one).
    /// What to do, in absolute dates only (for a calendar, where words
    /// such as "in 9 days" go stale).
    pub fn dated(&self) -> &str {
        self.calendar.as_deref().unwrap_or(&self.what)
    }

    pub fn snoozed_text(&self) -> Option<String> {
        let s = self.snoozed.as_ref()?;
        Some(match &s.note {
            Some(note) => crate::t!(
                "agenda-snoozed-note",
                until = s.until.to_string(),
                note = note.as_str()
            ),
            None => crate::t!("agenda-snoozed", until = s.until.to_string()),
        })
    }
}

/// One thing to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The day it is for.
    pub date: NaiveDate,
    pub group: Group,
    pub kind: Kind,
    /// What to do, sanitised: "post a card by 2023-05-20: turns 63 on …".
    pub what: String,
    /// Whom or what it concerns (a name, a title) as the file writes it:
    /// shown through [`Item::whom`], which sanitises it (here, for the
    /// rows shown, not for every item of a load).
    concerns: String,
    /// The record it is about: its tab and index there.
    pub view: View,
    pub record: usize,
    /// Stable across loads, from the record's id: the ics `UID`.
    pub uid: String,
    /// For a timed event, its `time` as written (sanitised).
    pub time: Option<String>,
    /// For an event of several days, its last day.
    pub end: Option<NaiveDate>,
    /// For an item of [`Agenda::snoozed`], until when and why.
    pub snoozed: Option<Snoozed>,
    /// What to do in absolute dates only, where `what` says how long ago or
    /// how soon ("14 days ago", "in 9 days"), which a calendar keeps
    /// long after the words are true: see [`Item::dated`].
    calendar: Option<String>,
}

/// "(431 days ago)": how long ago `date` was, after a date that says it.
fn ago(date: NaiveDate, today: NaiveDate) -> String {
    format!("({})", relative(date, today))
}

/// Why an item is left out of the agenda: a `[[snoozed]]` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snoozed {
    /// The item is listed again from this day.
    pub until: NaiveDate,
    /// The entry's `note`, sanitised (none in presentation mode, which
    /// takes it out).
    pub note: Option<String>,
    /// The entry's place in the campaign's `snoozed`.
    pub entry: usize,
}

/// The agenda as of a day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Agenda {
    pub today: NaiveDate,
    /// The days looked ahead.
    pub horizon: u32,
    /// In order of day, kind, record; snoozed ones left out.
    pub items: Vec<Item>,
    /// The items a `[[snoozed]]` entry leaves out until a day after today,
    /// in the same order; each has its [`Item::snoozed`].
    pub snoozed: Vec<Item>,
    /// The folded text of what each item says, one after the other (those
    /// of `items`, then those of `snoozed`), for the filter
    /// ([`Agenda::fold`]); whom it concerns is matched in the search
    /// index's text of the record.
    fold_text: String,
    /// Where the fold of each item ends in `fold_text`.
    fold_ends: Vec<u32>,
}

impl Agenda {
    /// The agenda of `c` as of `d.today`, looking `horizon` days ahead.
    pub fn new(c: &Campaign, d: &Derived, horizon: u32) -> Self {
        let today = d.today;
        let end = today
            .checked_add_days(Days::new(u64::from(horizon)))
            .unwrap_or(NaiveDate::MAX);
        let mut b = Builder {
            today,
            end,
            items: Vec::new(),
        };
        events(&mut b, c, d);
        prisoners(&mut b, c, d);
        petitions(&mut b, c);
        let mut items = b.items;
        // Stable: the items of one record, day and kind keep the order
        // they were made in.
        items.sort_by_key(|i| (i.date, i.kind, i.view as u8, i.record));
        let snoozed = snooze(&mut items, &c.snoozed, today);
        // One buffer for all: no allocation per item.
        let all = || items.iter().chain(&snoozed);
        let mut fold_text = String::with_capacity(all().map(|i| i.what.len() + 1).sum());
        let mut fold_ends = Vec::with_capacity(items.len() + snoozed.len());
        for i in all() {
            super::fold::search_fold_into(&i.what, &mut fold_text);
            fold_ends.push(u32::try_from(fold_text.len()).unwrap_or(u32::MAX));
        }
        Agenda {
            today,
            horizon,
            items,
            snoozed,
            fold_text,
            fold_ends,
        }
    }

    /// The folded text of what item `i` of [`Agenda::items`] says.
    pub fn fold(&self, i: usize) -> Option<&str> {
        self.fold_at(i)
    }

    /// The folded text of what item `i` of [`Agenda::snoozed`] says.
    pub fn fold_snoozed(&self, i: usize) -> Option<&str> {
        self.fold_at(self.items.len().checked_add(i)?)
    }

    /// The folded text of item `i` of `items`, then `snoozed`.
    fn fold_at(&self, i: usize) -> Option<&str> {
        let end = *self.fold_ends.get(i)? as usize;
        let start = match i.checked_sub(1) {
            Some(p) => *self.fold_ends.get(p)? as usize,
            None => 0,
        };
        self.fold_text.get(start..end)
    }

    /// The indexes of the items of `group`, in order.
    pub fn group(&self, group: Group) -> impl Iterator<Item = usize> + '_ {
        (0..self.items.len()).filter(move |&i| self.items[i].group == group)
    }

    /// How many items of each kind fall in `group`, kinds in order, those
    /// with none left out.
    pub fn counts(&self, group: Group) -> Vec<(Kind, usize)> {
        Kind::iter()
            .map(|k| {
                let n = self
                    .items
                    .iter()
                    .filter(|i| i.group == group && i.kind == k)
                    .count();
                (k, n)
            })
            .filter(|(_, n)| *n > 0)
            .collect()
    }
}

/// Collects the items up to the horizon.
struct Builder {
    today: NaiveDate,
    end: NaiveDate,
    items: Vec<Item>,
}

/// What an item says, before its group and order are known.
struct Draft<'a> {
    date: NaiveDate,
    kind: Kind,
    what: String,
    whom: &'a str,
    view: View,
    record: usize,
    uid: String,
}

impl<'a> Draft<'a> {
    /// An item about prisoner `p`, the `i`th of the file.
    fn prisoner(
        p: &'a Prisoner,
        i: usize,
        kind: Kind,
        date: NaiveDate,
        what: String,
        uid: String,
    ) -> Self {
        Draft {
            date,
            kind,
            what,
            whom: p.name(),
            view: View::Prisoners,
            record: i,
            uid,
        }
    }
}

impl Builder {
    /// Adds `item` if its day is not after the horizon.
    fn push(&mut self, item: Draft<'_>) -> Option<&mut Item> {
        if item.date > self.end {
            return None;
        }
        self.items.push(Item {
            date: item.date,
            group: Group::of(item.date, self.today),
            kind: item.kind,
            what: item.what,
            concerns: item.whom.to_owned(),
            view: item.view,
            record: item.record,
            uid: item.uid,
            time: None,
            end: None,
            snoozed: None,
            calendar: None,
        });
        self.items.last_mut()
    }
}

/// Takes out of `items` those that a snooze of `snoozes` holds on `today`
/// (the latest `until` where several name one item), and returns them, in
/// order, each with its [`Item::snoozed`].
fn snooze(items: &mut Vec<Item>, snoozes: &[Snooze], today: NaiveDate) -> Vec<Item> {
    let mut holding: HashMap<&str, usize, RandomState> = HashMap::default();
    for (i, s) in snoozes.iter().enumerate() {
        if !s.holds(today) {
            continue;
        }
        let latest = holding.entry(s.item.as_str()).or_insert(i);
        if snoozes[*latest].until < s.until {
            *latest = i;
        }
    }
    if holding.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    items.retain_mut(|item| match holding.get(item.uid.as_str()) {
        Some(&entry) => {
            let s = &snoozes[entry];
            let mut item = item.clone();
            item.snoozed = Some(Snoozed {
                until: s.until,
                note: s
                    .note
                    .as_deref()
                    .map(|n| sanitize_line(n.trim()).into_owned()),
                entry,
            });
            out.push(item);
            false
        }
        None => true,
    });
    out
}

/// The places in `c.snoozed` of the entries whose `until` is `today` or
/// before and whose `item` matches no item of the agenda of `today`:
/// the ones `check` warns of, as done with or mistyped.
pub fn stale_snoozes(c: &Campaign, today: NaiveDate) -> Vec<usize> {
    if c.snoozed.iter().all(|s| s.holds(today)) {
        return Vec::new();
    }
    let a = Derived::new(c, today).agenda;
    let uids: HashSet<&str, RandomState> = a
        .items
        .iter()
        .chain(&a.snoozed)
        .map(|i| i.uid.as_str())
        .collect();
    c.snoozed
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.holds(today) && !uids.contains(s.item.as_str()))
        .map(|(i, _)| i)
        .collect()
}

fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

fn events(b: &mut Builder, c: &Campaign, d: &Derived) {
    let today = b.today;
    for &i in &d.event_order {
        let e = &c.events[i];
        if e.is_past(today) || e.date > b.end {
            continue;
        }
        let day = e.date.max(today);
        let when = if e.date < today {
            crate::t!("agenda-on-now", last = e.last_day().to_string())
        } else {
            relative(e.date, today)
        };
        let place = crate::text::place(e);
        let what = if place.is_empty() {
            crate::t!("agenda-event", when = when, kind = e.kind.to_string())
        } else {
            crate::t!(
                "agenda-event-place",
                when = when,
                kind = e.kind.to_string(),
                place = place.as_str()
            )
        };
        let time = e.time().map(|t| sanitize_line(t).into_owned());
        let end = e.end.filter(|end| *end != e.date);
        // A calendar has the event's days: its kind and place say the rest.
        let dated = if place.is_empty() {
            e.kind.to_string()
        } else {
            format!("{}, {place}", e.kind)
        };
        if let Some(item) = b.push(Draft {
            date: day,
            kind: Kind::Event,
            what,
            whom: e.title(),
            view: View::Events,
            record: i,
            uid: format!("event-{}", e.id()),
        }) {
            item.time = time;
            item.end = end;
            item.calendar = Some(dated);
        }
    }
}

fn prisoners(b: &mut Builder, c: &Campaign, d: &Derived) {
    let today = b.today;
    let post_days = c.info.post_days.unwrap_or(POST_DAYS);
    // A file that records neither addresses nor letters keeps its
    // addresses elsewhere; presenting, every address is hidden.
    let addresses = !c.withheld.stripped
        && (!c.letters.is_empty() || c.prisoners.iter().any(|p| p.current_address().is_some()));
    for (i, p) in c.prisoners.iter().enumerate() {
        let (Some(facts), Some(letters)) = (d.prisoner_facts.get(i), d.letters.facts.get(i)) else {
            continue;
        };
        let id = p.id();
        let item = |date, kind, what, uid| Draft::prisoner(p, i, kind, date, what, uid);
        // Checks are for people in custody, and for those released within
        // that many days (a release is news to confirm).
        let checked_for = |every: u32| {
            p.status.in_custody()
                || p.released.is_some_and(|r| {
                    add_days(r.last_day(), i64::from(every)).is_some_and(|end| end >= today)
                })
        };
        if let Some(every) = c.info.check_every_days.filter(|&e| checked_for(e)) {
            let (date, what, dated) = match p.checked {
                Some(checked) => {
                    let dated = crate::t!("agenda-check-last", date = checked.to_string());
                    let what = format!("{dated} {}", ago(checked, today));
                    (add_days(checked, i64::from(every)), what, Some(dated))
                }
                None => (Some(today), crate::t!("agenda-check-never"), None),
            };
            if let Some(date) = date
                && let Some(item) = b.push(item(date, Kind::Check, what, format!("check-{id}")))
            {
                item.calendar = dated;
            }
        }
        if !p.status.in_custody() {
            continue;
        }
        // A place with its own transit time overrides the campaign's.
        let place = d.letters.facility.get(i).copied().flatten();
        let (post_days, takes) = match place.and_then(|f| c.facilities.get(f)) {
            Some(f) if f.transit_days.is_some() => {
                let n = f.transit_days.unwrap_or(post_days);
                let place = sanitize_line(&f.name).into_owned();
                let count = crate::text::thousands(u64::from(n));
                (
                    n,
                    crate::t!(
                        "agenda-place-takes",
                        place = place,
                        n = u64::from(n),
                        count = count
                    ),
                )
            }
            _ => (
                post_days,
                crate::t!(
                    "agenda-post-takes",
                    n = u64::from(post_days),
                    count = crate::text::thousands(u64::from(post_days))
                ),
            ),
        };
        if let Some((birthday, age)) = facts.next_birthday
            && let Some(by) = add_days(birthday, -i64::from(post_days))
            && today >= add_days(by, -(CARD_NOTICE as i64)).unwrap_or(by)
        {
            let card = |id: &str| {
                let args = (by.to_string(), u64::from(age), birthday.to_string());
                match id {
                    "late" => crate::t!(
                        "agenda-card-late",
                        age = args.1,
                        birthday = args.2,
                        takes = takes.as_str()
                    ),
                    "late-calendar" => crate::t!(
                        "agenda-card-late-calendar",
                        by = args.0,
                        age = args.1,
                        birthday = args.2,
                        takes = takes.as_str()
                    ),
                    _ => crate::t!(
                        "agenda-card-by",
                        by = args.0,
                        age = args.1,
                        birthday = args.2,
                        takes = takes.as_str()
                    ),
                }
            };
            let on_time = card("on-time");
            let (what, dated) = if today <= by {
                (on_time, None)
            } else {
                (card("late"), Some(card("late-calendar")))
            };
            if let Some(pushed) = b.push(item(
                by,
                Kind::Birthday,
                what,
                format!("birthday-{id}-{}", birthday.year()),
            )) {
                pushed.calendar = dated;
            }
        }
        if let Some(due) = facts.release_due {
            if due.date >= today {
                let said_estimate = if due.estimate {
                    format!(" {}", crate::t!("agenda-estimate"))
                } else {
                    String::new()
                };
                let what = match p.current_facility() {
                    Some(f) => crate::t!(
                        "agenda-due-out-from",
                        date = due.date.to_string(),
                        place = sanitize_line(f).into_owned(),
                        estimate = said_estimate
                    ),
                    None => crate::t!(
                        "agenda-due-out",
                        date = due.date.to_string(),
                        estimate = said_estimate
                    ),
                };
                b.push(item(due.date, Kind::Release, what, format!("release-{id}")));
            } else {
                if let Some(pushed) = b.push(item(
                    due.date,
                    Kind::ReleaseOverdue,
                    overdue_text(due.date, today, due.estimate),
                    format!("release-overdue-{id}"),
                )) {
                    pushed.calendar = Some(crate::t!(
                        "agenda-overdue-calendar",
                        due = due.date.to_string(),
                        estimate = estimate_said(due.estimate)
                    ));
                }
            }
        }
        anniversaries(b, p, i);
        letter_items(b, c, p, i, letters);
        if addresses && p.current_address().is_none() {
            b.push(item(
                today,
                Kind::Check,
                crate::t!("agenda-find-address"),
                format!("address-{id}"),
            ));
        }
    }
}

/// What a release overdue says; `check` says the same.
pub fn overdue_text(due: NaiveDate, today: NaiveDate, estimate: bool) -> String {
    let ago = days_between(due, today).unsigned_abs();
    crate::t!(
        "agenda-overdue",
        due = due.to_string(),
        estimate = estimate_said(estimate),
        n = ago,
        count = thousands(ago)
    )
}

/// " (estimate)" after a release due computed from the sentence, in the
/// current language; "" after one the file gives.
fn estimate_said(estimate: bool) -> String {
    if estimate {
        format!(" {}", crate::t!("agenda-estimate"))
    } else {
        String::new()
    }
}

/// The prisoners in custody whose release was due before `today`: (index,
/// due date, estimate), for `check`.
pub fn releases_overdue(c: &Campaign, today: NaiveDate) -> Vec<(usize, NaiveDate, bool)> {
    c.prisoners
        .iter()
        .enumerate()
        .filter(|(_, p)| p.status.in_custody())
        .filter_map(|(i, p)| {
            let due = p.release_due()?;
            (due.date < today).then_some((i, due.date, due.estimate))
        })
        .collect()
}

fn anniversaries(b: &mut Builder, p: &Prisoner, i: usize) {
    let today = b.today;
    let Some(arrested) = p.detained.and_then(|d| d.as_full()) else {
        return;
    };
    let id = p.id();
    let draft = |date, what, uid| Draft::prisoner(p, i, Kind::Anniversary, date, what, uid);
    let mut year = today.year().max(arrested.year() + 1);
    while let Some(date) = super::birthday_in(arrested, year) {
        if date > b.end {
            break;
        }
        if date >= today {
            let n = u64::try_from(year - arrested.year()).unwrap_or(0);
            b.push(draft(
                date,
                crate::t!(
                    "agenda-years-since-arrest",
                    n = n,
                    count = thousands(n),
                    arrested = arrested.to_string()
                ),
                format!("arrest-{id}-{year}"),
            ));
        }
        year += 1;
    }
    let earlier = p.days_held_earlier();
    let counting = !p.earlier.is_empty();
    // Days behind bars on a day D: earlier + (D - arrested).
    let now = earlier + days_between(arrested, today);
    let mut round = (now.max(0) / ROUND_DAYS + i64::from(now % ROUND_DAYS != 0)) * ROUND_DAYS;
    if round == 0 {
        round = ROUND_DAYS;
    }
    while let Some(date) = add_days(arrested, round - earlier) {
        if date > b.end {
            break;
        }
        b.push(draft(
            date,
            if counting {
                // A multiple of 500: the plural of "many" in every language.
                crate::t!(
                    "agenda-days-behind-bars-earlier",
                    count = thousands(round.unsigned_abs())
                )
            } else {
                crate::t!(
                    "agenda-days-behind-bars",
                    count = thousands(round.unsigned_abs())
                )
            },
            format!("days-{id}-{round}"),
        ));
        round += ROUND_DAYS;
    }
}

fn letter_items(b: &mut Builder, c: &Campaign, p: &Prisoner, i: usize, f: &super::LetterFacts) {
    let id = p.id();
    let draft = |date, what, uid| Draft::prisoner(p, i, Kind::Letter, date, what, uid);
    if let Some(every) = c.info.write_every_days {
        let every = i64::from(every);
        let due = match (f.last_sent, p.detained) {
            (Some(sent), _) => add_days(sent, every)
                .map(|d| (d, crate::t!("agenda-write-last", sent = sent.to_string()))),
            // Counted from the later of the arrest and the campaign's start:
            // a campaign does not owe letters from before it began.
            (None, Some(arrested)) => match (arrested.first_day(), c.info.started) {
                (arrested, Some(started)) if started > arrested => {
                    add_days(started, every).map(|d| {
                        (
                            d,
                            crate::t!("agenda-write-since-start", started = started.to_string()),
                        )
                    })
                }
                (arrested, _) => add_days(arrested, every).map(|d| {
                    (
                        d,
                        crate::t!("agenda-write-since-arrest", arrested = arrested.to_string()),
                    )
                }),
            },
            (None, None) => Some((b.today, crate::t!("agenda-write-none"))),
        };
        if let Some((date, dated)) = due {
            // How long ago the last letter went, where one did.
            let what = match f.last_sent {
                Some(sent) => format!("{dated} {}", ago(sent, b.today)),
                None => dated.clone(),
            };
            if let Some(item) = b.push(draft(date, what, format!("write-{id}"))) {
                item.calendar = f.last_sent.map(|_| dated);
            }
        }
    }
    if let Some(back) = f.last_returned
        && f.last_sent.is_none_or(|sent| sent <= back)
    {
        b.push(draft(
            back,
            crate::t!("agenda-returned", back = back.to_string()),
            format!("returned-{id}"),
        ));
    }
    if let (Some(sent), [_, .., moved]) = (f.last_sent, p.custody.as_slice()) {
        let since = moved.since.first_day();
        if since > sent {
            b.push(draft(
                since,
                crate::t!(
                    "agenda-moved",
                    place = sanitize_line(&moved.facility).into_owned(),
                    since = moved.since.to_string()
                ),
                format!("moved-{id}-{since}"),
            ));
        }
    }
}

fn petitions(b: &mut Builder, c: &Campaign) {
    let today = b.today;
    for (i, p) in c.petitions.iter().enumerate() {
        // Handed over: nothing more to ask of it.
        if p.delivered.is_some_and(|day| day <= today) {
            continue;
        }
        let id = p.id.clone().unwrap_or_else(|| (i + 1).to_string());
        let open = p.closed.is_none_or(|closed| closed >= today);
        let draft = |date, what, uid| Draft {
            date,
            kind: Kind::Petition,
            what,
            whom: &p.title,
            view: View::Petitions,
            record: i,
            uid,
        };
        let latest = p.latest();
        let signatures = |n: u64| match p.goal {
            Some(goal) => crate::t!(
                "agenda-of-goal",
                count = thousands(n),
                goal = thousands(goal)
            ),
            None => thousands(n),
        };
        if let Some(closed) = p.closed
            && closed >= today
            && days_between(today, closed) <= PETITION_DAYS as i64
        {
            let count = latest
                .map(|t| crate::t!("agenda-signatures-after", count = signatures(t.signatures)))
                .unwrap_or_default();
            if let Some(pushed) = b.push(draft(
                closed,
                crate::t!(
                    "agenda-closes",
                    when = relative(closed, today),
                    count = count.as_str()
                ),
                format!("closes-{id}"),
            )) {
                pushed.calendar = Some(crate::t!(
                    "agenda-closes-on",
                    closed = closed.to_string(),
                    count = count.as_str()
                ));
            }
        }
        if let Some(goal) = p.goal
            && open
            && let Some(reached) = p.counts.iter().find(|t| t.signatures >= goal)
        {
            b.push(draft(
                reached.date,
                crate::t!(
                    "agenda-goal-reached",
                    date = reached.date.to_string(),
                    count = signatures(latest.map_or(reached.signatures, |t| t.signatures))
                ),
                format!("goal-{id}"),
            ));
        }
        let since = latest.map(|t| t.date).or(p.opened);
        if open
            && p.opened.is_none_or(|o| o <= today)
            && let Some(since) = since
            && let Some(due) = since.checked_add_days(Days::new(PETITION_DAYS))
            && due <= today
        {
            let what = match latest {
                Some(t) => crate::t!("agenda-count-last", date = t.date.to_string()),
                None => crate::t!("agenda-count-none", since = since.to_string()),
            };
            b.push(draft(due, what, format!("count-{id}")));
        }
    }
}

/// The agenda's filter: words that every item shown contains (in what it
/// says or in the text of the record it concerns, folded as every search
/// is), and
/// `kind:NAME` terms, of which an item shown has one (a name may be cut
/// short where it stays unambiguous: `kind:birth`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgendaFilter {
    kinds: Vec<Kind>,
    words: Vec<String>,
    /// `kind:snoozed`: the items of [`Agenda::snoozed`] instead.
    snoozed: bool,
}

/// The name `kind:` takes for the snoozed items, besides those of [`Kind`].
pub const SNOOZED: &str = "snoozed";

impl AgendaFilter {
    /// Reads `text`; an error says what is wrong, in words for the filter
    /// line.
    pub fn parse(text: &str) -> Result<AgendaFilter, String> {
        let mut f = AgendaFilter::default();
        for term in text.split_whitespace() {
            match term.split_once(':') {
                Some((key, value)) if key.eq_ignore_ascii_case("kind") => {
                    let value = value.to_ascii_lowercase();
                    // `None` for `snoozed`.
                    let names = || {
                        Kind::iter()
                            .map(|k| (k.name(), Some(k)))
                            .chain([(SNOOZED, None)])
                    };
                    let found: Vec<(&str, Option<Kind>)> = names()
                        .filter(|(name, _)| *name == value)
                        .chain(names().filter(|(name, _)| name.starts_with(value.as_str())))
                        .collect();
                    let take = |f: &mut AgendaFilter, k: Option<Kind>| match k {
                        Some(k) => f.kinds.push(k),
                        None => f.snoozed = true,
                    };
                    match found.as_slice() {
                        [(name, k), ..] if *name == value => take(&mut f, *k),
                        [(_, k)] => take(&mut f, *k),
                        _ => {
                            let names: Vec<&str> = names().map(|(name, _)| name).collect();
                            return Err(format!(
                                "kind:{} is not a kind of the agenda: one of {}",
                                sanitize_line(&value),
                                names.join(", ")
                            ));
                        }
                    }
                }
                _ => {
                    let word = search_fold(term);
                    if !word.is_empty() {
                        f.words.push(word);
                    }
                }
            }
        }
        Ok(f)
    }

    /// True when the filter lets everything through.
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty() && self.words.is_empty() && !self.snoozed
    }

    /// True for `kind:snoozed`: the filter picks from [`Agenda::snoozed`].
    pub fn lists_snoozed(&self) -> bool {
        self.snoozed
    }

    /// The items the filter picks from, which the indexes of
    /// [`AgendaFilter::apply`] and [`AgendaFilter::matches`] are places
    /// in: [`Agenda::snoozed`] for `kind:snoozed`, else [`Agenda::items`].
    pub fn items<'a>(&self, a: &'a Agenda) -> &'a [Item] {
        if self.snoozed { &a.snoozed } else { &a.items }
    }

    /// Whether item `i` of [`AgendaFilter::items`] passes; `search` is the
    /// index of the campaign the agenda is of, where the words are looked
    /// for in the text of the item's record.
    pub fn matches(&self, a: &Agenda, search: &SearchIndex, i: usize) -> bool {
        let fold = if self.snoozed {
            a.fold_snoozed(i)
        } else {
            a.fold(i)
        };
        let (Some(item), Some(fold)) = (self.items(a).get(i), fold) else {
            return false;
        };
        if !(self.kinds.is_empty() || self.kinds.contains(&item.kind)) {
            return false;
        }
        let record = item
            .view
            .kind()
            .map(|k| search.of(k))
            .filter(|t| item.record < t.len())
            .map_or("", |t| t.any(item.record));
        self.words
            .iter()
            .all(|w| fold.contains(w.as_str()) || record.contains(w.as_str()))
    }

    /// The indexes in [`AgendaFilter::items`] of the items that pass, in
    /// order.
    pub fn apply(&self, a: &Agenda, search: &SearchIndex) -> Vec<usize> {
        let len = self.items(a).len();
        if self.is_empty() {
            return (0..len).collect();
        }
        (0..len).filter(|&i| self.matches(a, search, i)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::d;

    fn fixture() -> Campaign {
        let text = include_str!("../../tests/fixtures/agenda/every_item.toml");
        crate::load::parse_str(text, &Default::default())
            .campaign
            .expect("the agenda fixture loads")
    }

    fn agenda_of(c: &Campaign) -> Agenda {
        Derived::new(c, c.info.as_of.unwrap()).agenda
    }

    fn rows(a: &Agenda) -> Vec<(NaiveDate, Group, Kind, &str, &str)> {
        a.items
            .iter()
            .map(|i| {
                (
                    i.date,
                    i.group,
                    i.kind,
                    i.concerns.as_str(),
                    i.what.as_str(),
                )
            })
            .collect()
    }

    #[test]
    fn every_kind_at_the_dates_computed_by_hand() {
        use Group::*;
        use Kind::*;
        let a = agenda_of(&fixture());
        assert_eq!(a.today, d(2023, 5, 6));
        let want = [
            // Arrested 2022-05-20 + 30 days, nothing sent.
            (
                d(2022, 6, 19),
                Overdue,
                Letter,
                "Fyodor Unknown",
                "write a letter: none sent since the arrest on 2022-05-20",
            ),
            // checked 2022-01-01 + 365 days.
            // Eva, released 2022-01-01, more than `check_every_days`
            // (365) ago: no check.
            (
                d(2023, 2, 1),
                Overdue,
                Letter,
                "Boris Late",
                "write a letter: none sent since the arrest on 2023-01-02",
            ),
            (
                d(2023, 3, 1),
                Overdue,
                Check,
                "Boris Late",
                "check the record: last checked 2022-03-01 (431 days ago)",
            ),
            // Moved 2023-03-15, after the letter of 2023-03-01.
            (
                d(2023, 3, 15),
                Overdue,
                Letter,
                "Chen Moved",
                "write to the new address: moved to Colony 9 on 2023-03-15",
            ),
            (
                d(2023, 3, 31),
                Overdue,
                Letter,
                "Chen Moved",
                "write a letter: the last was sent 2023-03-01 (66 days ago)",
            ),
            (
                d(2023, 4, 10),
                Overdue,
                Letter,
                "Chen Moved",
                "check the address: a letter came back on 2023-04-10",
            ),
            // The count of 120 on 2023-04-15 reached the goal of 100.
            (
                d(2023, 4, 15),
                Overdue,
                Petition,
                "Goal reached",
                "goal reached on 2023-04-15 (130 of 100 signatures): deliver it",
            ),
            // Last count 2023-03-20 + 30 days.
            (
                d(2023, 4, 19),
                Overdue,
                Petition,
                "Stale count",
                "record a count: the last was on 2023-03-20",
            ),
            (
                d(2023, 4, 20),
                Overdue,
                ReleaseOverdue,
                "Dzmitry Overdue",
                "release was due 2023-04-20, 16 days ago: check for a new charge or update the record",
            ),
            // Birthday 2023-05-15 - 14 days post: due 2023-05-01, passed.
            (
                d(2023, 5, 1),
                Overdue,
                Birthday,
                "Boris Late",
                "birthday card late: post today: turns 53 on 2023-05-15; the post takes 14 days",
            ),
            (
                d(2023, 5, 6),
                ThisWeek,
                Event,
                "Solidarity festival",
                "on now, until 2023-05-07: other",
            ),
            (
                d(2023, 5, 6),
                ThisWeek,
                Check,
                "Fyodor Unknown",
                "check the record: never checked",
            ),
            (
                d(2023, 5, 6),
                ThisWeek,
                Check,
                "Fyodor Unknown",
                "find a postal address: none recorded",
            ),
            // 15 days in 2020, 481 days from 2022-01-10 to today: 496.
            (
                d(2023, 5, 10),
                ThisWeek,
                Anniversary,
                "Dzmitry Overdue",
                "500 days behind bars, counting earlier arrests",
            ),
            // Birthday 2023-05-25 - 14 days.
            (
                d(2023, 5, 11),
                ThisWeek,
                Birthday,
                "Anna Birthday",
                "post a birthday card by 2023-05-11: turns 43 on 2023-05-25; the post takes 14 days",
            ),
            (
                d(2023, 5, 12),
                ThisWeek,
                Event,
                "Letter-writing evening",
                "in 6 days: letters, Berlin",
            ),
            (
                d(2023, 5, 20),
                Next30,
                Anniversary,
                "Fyodor Unknown",
                "1 year since the arrest on 2022-05-20",
            ),
            (
                d(2023, 5, 20),
                Next30,
                Letter,
                "Anna Birthday",
                "write a letter: the last was sent 2023-04-20 (16 days ago)",
            ),
            (
                d(2023, 5, 30),
                Next30,
                Petition,
                "Closing soon",
                "closes in 24 days: 500 of 1,000 signatures",
            ),
            (
                d(2023, 5, 31),
                Next30,
                Letter,
                "Dzmitry Overdue",
                "write a letter: the last was sent 2023-05-01 (5 days ago)",
            ),
            (
                d(2023, 6, 1),
                Next30,
                Anniversary,
                "Chen Moved",
                "3 years since the arrest on 2020-06-01",
            ),
            (
                d(2023, 7, 1),
                Later,
                Release,
                "Chen Moved",
                "due out 2023-07-01, from Colony 9",
            ),
        ];
        assert_eq!(rows(&a), want);
        // Each links to its record.
        let c = fixture();
        for i in &a.items {
            let name = match i.view {
                View::Prisoners => c.prisoners[i.record].name().to_owned(),
                View::Events => c.events[i.record].title().to_owned(),
                View::Petitions => c.petitions[i.record].title.clone(),
                v => panic!("{v:?}"),
            };
            assert_eq!(name, i.whom());
        }
        assert_eq!(
            a.counts(Group::Overdue),
            [
                (Birthday, 1),
                (ReleaseOverdue, 1),
                (Letter, 5),
                (Check, 1),
                (Petition, 2)
            ]
        );
        // The timed event keeps its time; the festival its last day.
        let evening = a.items.iter().find(|i| i.uid == "event-evening").unwrap();
        assert_eq!(evening.time.as_deref(), Some("18:00"));
        let festival = a.items.iter().find(|i| i.uid == "event-festival").unwrap();
        assert_eq!(festival.end, Some(d(2023, 5, 7)));
        // Every UID is different.
        let mut uids: Vec<&str> = a.items.iter().map(|i| i.uid.as_str()).collect();
        uids.sort_unstable();
        uids.dedup();
        assert_eq!(uids.len(), a.items.len());
    }

    #[test]
    fn the_horizon_cuts_and_a_card_is_listed_two_weeks_ahead() {
        let c = fixture();
        let dv = Derived::new(&c, d(2023, 5, 6));
        let week = Agenda::new(&c, &dv, 6);
        assert!(week.items.iter().all(|i| i.date <= d(2023, 5, 12)));
        assert_eq!(week.items.len(), 16);
        // Anna's card is due 2023-05-11: listed from 2023-04-27, not before.
        let card = |today| {
            agenda_of(&Campaign {
                info: crate::model::CampaignInfo {
                    as_of: Some(today),
                    ..c.info.clone()
                },
                ..c.clone()
            })
            .items
            .into_iter()
            .filter(|i| i.kind == Kind::Birthday && i.whom() == "Anna Birthday")
            .map(|i| (i.date, i.what))
            .collect::<Vec<_>>()
        };
        assert_eq!(card(d(2023, 4, 26)), []);
        let due =
            "post a birthday card by 2023-05-11: turns 43 on 2023-05-25; the post takes 14 days"
                .to_owned();
        assert_eq!(card(d(2023, 4, 27)), [(d(2023, 5, 11), due.clone())]);
        assert_eq!(card(d(2023, 5, 11)), [(d(2023, 5, 11), due)]);
        let late = "birthday card late: post today: turns 43 on 2023-05-25; the post takes 14 days"
            .to_owned();
        assert_eq!(card(d(2023, 5, 12)), [(d(2023, 5, 11), late.clone())]);
        assert_eq!(card(d(2023, 5, 25)), [(d(2023, 5, 11), late)]);
        // The day after, next year's card is months away.
        assert_eq!(card(d(2023, 5, 26)), []);
        // Without post_days, 21 days.
        let mut c21 = c.clone();
        c21.info.post_days = None;
        let a = agenda_of(&c21);
        let anna = a
            .items
            .iter()
            .find(|i| i.kind == Kind::Birthday && i.whom() == "Anna Birthday");
        assert_eq!(anna.map(|i| i.date), Some(d(2023, 5, 4)));
        // A place with its own transit time: 30 days to Anna's, said so.
        let mut far = c.clone();
        let anna = far
            .prisoners
            .iter()
            .position(|p| p.name() == "Anna Birthday")
            .unwrap();
        let place = far.prisoners[anna]
            .current_facility()
            .unwrap()
            .to_uppercase();
        far.facilities = vec![crate::model::Facility {
            name: place.clone(),
            guidance: None,
            transit_days: Some(30),
        }];
        let card = agenda_of(&far)
            .items
            .into_iter()
            .find(|i| i.kind == Kind::Birthday && i.whom() == "Anna Birthday")
            .unwrap();
        assert_eq!(card.date, d(2023, 4, 25));
        let takes = format!("; {place} takes 30 days");
        assert!(card.what.ends_with(&takes), "{}", card.what);
    }

    #[test]
    fn presentation_mode_leaves_out_birthdays_and_the_address_rule() {
        let mut c = fixture();
        crate::present::strip(&mut c, d(2023, 5, 6));
        let a = agenda_of(&c);
        assert!(a.items.iter().all(|i| i.kind != Kind::Birthday));
        assert!(a.items.iter().all(|i| !i.what.contains("postal address")));
        assert!(a.items.iter().any(|i| i.kind == Kind::ReleaseOverdue));
    }

    #[test]
    fn no_address_is_asked_of_a_file_that_keeps_none() {
        let mut c = fixture();
        let asks = |c: &Campaign| {
            agenda_of(c)
                .items
                .iter()
                .filter(|i| i.what.contains("postal address"))
                .count()
        };
        assert_eq!(asks(&c), 1);
        c.letters.clear();
        assert_eq!(asks(&c), 1, "the addresses of the others are recorded");
        for p in &mut c.prisoners {
            p.edit(|d| d.address = None);
            p.custody.clear();
        }
        assert_eq!(asks(&c), 0);
    }

    #[test]
    fn the_filter_takes_kinds_words_and_names() {
        let c = fixture();
        let dv = Derived::new(&c, c.info.as_of.unwrap());
        let a = &dv.agenda;
        let f = |t: &str| AgendaFilter::parse(t).map(|f| f.apply(a, dv.search_index(&c)).len());
        assert_eq!(f(""), Ok(a.items.len()));
        assert_eq!(f("kind:birthday"), Ok(2));
        assert_eq!(f("kind:birth"), Ok(2));
        assert_eq!(f("kind:release"), Ok(1));
        assert_eq!(f("kind:release kind:release-overdue"), Ok(2));
        assert_eq!(f("chen"), Ok(5));
        assert_eq!(f("CHEN address"), Ok(2));
        assert_eq!(f("kind:letter boris"), Ok(1));
        assert_eq!(f("nobody"), Ok(0));
        assert!(
            f("kind:nothing")
                .unwrap_err()
                .contains("one of event, birthday")
        );
    }

    #[test]
    fn a_petition_delivered_asks_for_nothing_more() {
        let c = fixture();
        let uids = |c: &Campaign| -> Vec<String> {
            agenda_of(c)
                .items
                .into_iter()
                .filter(|i| i.kind == Kind::Petition)
                .map(|i| i.uid)
                .collect()
        };
        assert_eq!(uids(&c), ["goal-reached", "count-stale", "closes-closing"]);
        let delivered = |on| {
            let mut c = c.clone();
            for p in &mut c.petitions {
                p.delivered = Some(on);
            }
            uids(&c)
        };
        // Handed over today or before: no more asking.
        assert_eq!(delivered(d(2023, 5, 6)), Vec::<String>::new());
        assert_eq!(delivered(d(2023, 4, 1)), Vec::<String>::new());
        // A day still to come is not yet a delivery.
        assert_eq!(delivered(d(2023, 5, 7)), uids(&c));
    }

    fn snooze(item: &str, until: NaiveDate, note: Option<&str>) -> Snooze {
        Snooze {
            item: item.to_owned(),
            until,
            note: note.map(str::to_owned),
        }
    }

    #[test]
    fn a_snoozed_item_is_kept_aside_until_its_day() {
        let mut c = fixture();
        let all = agenda_of(&c);
        c.snoozed = vec![
            snooze(
                "goal-reached",
                d(2023, 5, 20),
                Some("delivery\u{1b}[2J booked"),
            ),
            // Two for one item: the later day holds.
            snooze("write-chen", d(2023, 5, 8), None),
            snooze("write-chen", d(2023, 6, 1), None),
            // Its day is today: listed again.
            snooze("check-boris", d(2023, 5, 6), Some("x")),
            // Names nothing.
            snooze("birthday-nobody-2023", d(2023, 6, 1), None),
        ];
        let a = agenda_of(&c);
        let uids = |items: &[Item]| items.iter().map(|i| i.uid.clone()).collect::<Vec<_>>();
        assert_eq!(uids(&a.snoozed), ["write-chen", "goal-reached"]);
        assert_eq!(a.items.len(), all.items.len() - 2);
        let mut back = a.items.clone();
        back.extend(a.snoozed.iter().map(|i| Item {
            snoozed: None,
            ..i.clone()
        }));
        back.sort_by_key(|i| (i.date, i.kind, i.view as u8, i.record));
        assert_eq!(back, all.items, "nothing else changes");
        assert!(a.items.iter().any(|i| i.uid == "check-boris"));
        assert!(a.items.iter().all(|i| i.snoozed.is_none()));
        let goal = &a.snoozed[1];
        assert_eq!(
            goal.snoozed,
            Some(Snoozed {
                until: d(2023, 5, 20),
                // Sanitised: the escape is shown, not obeyed.
                note: Some(r"delivery\u{1b}[2J booked".to_owned()),
                entry: 0,
            })
        );
        assert_eq!(
            goal.snoozed_text().as_deref(),
            Some(r"snoozed until 2023-05-20: delivery\u{1b}[2J booked")
        );
        assert_eq!(a.snoozed[0].snoozed.as_ref().unwrap().entry, 2);
        // The overview's counts are of the items listed.
        let petitions = |a: &Agenda| {
            a.counts(Group::Overdue)
                .into_iter()
                .find(|(k, _)| *k == Kind::Petition)
                .map(|(_, n)| n)
        };
        assert_eq!(petitions(&all), Some(2));
        assert_eq!(petitions(&a), Some(1));
        // On its day it is back.
        c.info.as_of = Some(d(2023, 6, 1));
        assert!(agenda_of(&c).snoozed.is_empty());
    }

    #[test]
    fn kind_snoozed_lists_the_snoozed_items() {
        let mut c = fixture();
        c.snoozed = vec![
            snooze("goal-reached", d(2023, 5, 20), None),
            snooze("write-chen", d(2023, 6, 1), None),
            snooze("returned-chen", d(2023, 6, 1), None),
        ];
        let dv = Derived::new(&c, d(2023, 5, 6));
        let a = &dv.agenda;
        let listed = |t: &str| {
            let f = AgendaFilter::parse(t).unwrap();
            let items = f.items(a);
            f.apply(a, dv.search_index(&c))
                .into_iter()
                .map(|i| items[i].uid.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            listed("kind:snoozed"),
            ["write-chen", "returned-chen", "goal-reached"]
        );
        assert_eq!(listed("kind:snooz"), listed("kind:snoozed"));
        assert_eq!(listed("kind:snoozed kind:petition"), ["goal-reached"]);
        // Words match what a snoozed item says and its record.
        assert_eq!(listed("kind:snoozed came back"), ["returned-chen"]);
        assert_eq!(listed("kind:snoozed chen"), ["write-chen", "returned-chen"]);
        // Without it, they are not listed.
        assert!(listed("chen").iter().all(|u| *u != "write-chen"));
        assert!(!listed("").contains(&"goal-reached"));
        let err = AgendaFilter::parse("kind:nothing").unwrap_err();
        assert!(err.ends_with("check, petition, snoozed"), "{err}");
        assert!(AgendaFilter::parse("kind:snoozed").unwrap().lists_snoozed());
        assert!(!AgendaFilter::parse("kind:snoozed").unwrap().is_empty());
    }

    #[test]
    fn presenting_a_snoozed_item_shows_no_note() {
        let mut c = fixture();
        c.snoozed = vec![snooze("goal-reached", d(2023, 5, 20), Some("SECRET"))];
        crate::present::strip(&mut c, d(2023, 5, 6));
        let a = agenda_of(&c);
        assert_eq!(
            a.snoozed[0].snoozed_text().as_deref(),
            Some("snoozed until 2023-05-20")
        );
    }

    #[test]
    fn a_stale_snooze_is_one_past_its_day_that_names_no_item() {
        let mut c = fixture();
        c.snoozed = vec![
            // Holding: never stale, whatever it names.
            snooze("nothing-1", d(2023, 5, 7), None),
            // Past, its item listed again.
            snooze("goal-reached", d(2023, 5, 6), None),
            // Past, naming nothing: stale.
            snooze("nothing-2", d(2023, 5, 6), None),
            snooze("nothing-3", d(2022, 1, 1), None),
        ];
        assert_eq!(stale_snoozes(&c, d(2023, 5, 6)), [2, 3]);
        c.snoozed.truncate(2);
        assert_eq!(stale_snoozes(&c, d(2023, 5, 6)), Vec::<usize>::new());
    }

    /// Checks are for people in custody, and for those released within
    /// `check_every_days` (a release is news to confirm), not for every
    /// record of the file.
    #[test]
    fn a_record_is_checked_in_custody_or_just_after_a_release() {
        let mut c = fixture();
        c.info.check_every_days = Some(90);
        let checks = |c: &Campaign| -> Vec<String> {
            agenda_of(c)
                .items
                .iter()
                .filter(|i| i.kind == Kind::Check && i.uid.starts_with("check-"))
                .map(|i| i.uid.clone())
                .collect()
        };
        let today = c.info.as_of.unwrap();
        let mut released = Prisoner::new("gone", "Long Released", crate::model::Status::Released);
        released.released = Some(crate::model::PartialDate::full(
            today - chrono::Days::new(400),
        ));
        let mut recent = Prisoner::new("fresh", "Just Released", crate::model::Status::Released);
        recent.released = Some(crate::model::PartialDate::full(
            today - chrono::Days::new(30),
        ));
        c.prisoners.push(released);
        c.prisoners.push(recent);
        let found = checks(&c);
        assert!(found.contains(&"check-fresh".to_owned()), "{found:?}");
        assert!(!found.contains(&"check-gone".to_owned()), "{found:?}");
    }

    /// No letter sent yet: counted from the later of the arrest and the
    /// campaign's `started`, not from an arrest years before the campaign.
    #[test]
    fn a_first_letter_is_due_from_the_arrest_or_the_campaign_s_start() {
        let mut c = fixture();
        let fyodor = |c: &Campaign| {
            agenda_of(c)
                .items
                .into_iter()
                .find(|i| i.uid == "write-fyodor")
                .map(|i| (i.date, i.what))
        };
        assert_eq!(
            fyodor(&c),
            Some((
                d(2022, 6, 19),
                "write a letter: none sent since the arrest on 2022-05-20".to_owned()
            ))
        );
        c.info.started = Some(d(2023, 1, 1));
        assert_eq!(
            fyodor(&c),
            Some((
                d(2023, 1, 31),
                "write a letter: none sent since the campaign started on 2023-01-01".to_owned()
            ))
        );
        // A campaign started before the arrest counts from the arrest.
        c.info.started = Some(d(2020, 1, 1));
        assert_eq!(fyodor(&c).map(|f| f.0), Some(d(2022, 6, 19)));
    }

    #[test]
    fn round_figures_count_from_the_first_to_come() {
        let mut c = Campaign::default();
        let mut p = Prisoner::new("a", "A", crate::model::Status::Imprisoned);
        // 2020-09-17 + 1,000 days = 2023-06-14; + 1,500 = 2024-10-26.
        p.detained = Some(crate::model::PartialDate::full(d(2020, 9, 17)));
        c.prisoners.push(p);
        let a = Derived::new(&c, d(2023, 5, 6)).agenda;
        let days: Vec<_> = a
            .items
            .iter()
            .filter(|i| i.what.contains("behind bars"))
            .map(|i| (i.date, i.what.as_str()))
            .collect();
        assert_eq!(days, [(d(2023, 6, 14), "1,000 days behind bars")]);
        // On the day itself, it is today's.
        let a = Derived::new(&c, d(2023, 6, 14)).agenda;
        assert!(
            a.items
                .iter()
                .any(|i| i.date == d(2023, 6, 14) && i.what == "1,000 days behind bars")
        );
    }
}
