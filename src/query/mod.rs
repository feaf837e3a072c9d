//! Derived data: everything the screens show that is not a field of the file.
//!
//! [`Derived::new`] computes it once per load (and again when "today" changes),
//! never per frame. It knows no terminal and does no I/O.
//!
//! # Orders
//!
//! - Events: by start date, then title, then file order ([`Derived::event_order`]).
//! - Statements: newest first; statements of the same day keep file order
//!   ([`Derived::statement_order`]).
//! - Prisoners, organisations and petitions: file order.
//!
//! Every list in [`Links`] follows these orders.
//!
//! # "Today"
//!
//! - An event is upcoming when its last day ([`Event::last_day`](crate::model::Event::last_day)) is on or
//!   after today; otherwise it is past. An event running today is upcoming.
//! - A release is due within 90 days when its date lies in
//!   `today..=today + 90 days` and the prisoner is in custody.
//! - A birthday is the next occurrence of the day and month of a full `born`
//!   date on or after today (today itself counts); 29 February falls on
//!   28 February in common years. It is within 30 days when it lies in
//!   `today..=today + 30 days`. The age is the age the person turns that day.
//!
//! # Finding and ordering
//!
//! [`SearchIndex`] ([`Derived::search`], [`Derived::search_index`]) holds the folded text of every
//! searchable field ([`search_fold`]) and the sort keys of the name columns
//! ([`sort_fold`]). [`Filter`] parses and applies the filter grammar
//! (`docs/filter.md` is the users' guide); [`sort`] orders rows by a
//! [`SortColumn`].
//!
//! # Cost
//!
//! Everything is O(n log n) in the number of records: ids are looked up in
//! hash maps, back-links are built in one pass over the referring records.

pub mod agenda;
pub mod changes;
mod filter;
pub mod letters;
use crate::model::fold;
mod links;
pub mod overview;
mod per_kind;
mod search;
mod sort;
mod stats;
mod story;

pub use filter::{
    CHANGED, CHANGED_NEEDS_SINCE, Filter, FilterError, default_order, filter_indices,
};
pub use fold::{name_sort_order, search_fold, sort_fold};
pub use links::{Adjacency, IdIndex, Links};
pub use per_kind::PerKind;
pub use search::{
    FieldInfo, KeyColumn, KindText, RecordKind, SearchIndex, SortKeys, fields, find_field,
};
pub use sort::{
    EventColumn, LetterColumn, OrganisationColumn, PetitionColumn, PrisonerColumn, Sort,
    SortColumn, StatementColumn, natural_cmp, sort,
};
pub use stats::{PetitionProgress, Stats};
pub use story::{LetterFacts, Letters, RECENT_DAYS, need_summary, risks};

use std::sync::{Arc, OnceLock};

use chrono::{Datelike, NaiveDate};

use crate::model::{Campaign, Prisoner, ReleaseDue, Risks, Status};

/// Where "today" comes from; the overview and `print` say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TodaySource {
    /// The `--today` flag.
    Flag,
    /// The file's `as_of`.
    AsOf,
    /// The system date.
    System,
}

impl TodaySource {
    /// Where "today" comes from for `campaign` given the `--today` flag.
    pub fn of(campaign: &Campaign, today_flag: Option<NaiveDate>) -> TodaySource {
        if today_flag.is_some() {
            TodaySource::Flag
        } else if campaign.info.as_of.is_some() {
            TodaySource::AsOf
        } else {
            TodaySource::System
        }
    }

    /// A few words for the overview, in English (json writes them).
    pub fn describe(self) -> &'static str {
        match self {
            TodaySource::Flag => "set by --today",
            TodaySource::AsOf => "the file's as_of date",
            TodaySource::System => "the system date",
        }
    }

    /// Where today comes from, in the current language ("set by --today"):
    /// [`describe`](Self::describe) is the English that json keeps.
    pub fn said(self) -> &'static str {
        let w = day_words();
        match self {
            TodaySource::Flag => &w[2],
            TodaySource::AsOf => &w[3],
            TodaySource::System => &w[4],
        }
    }

    /// The overview's day line: "Today", "2023-05-06 (set by --today)" and
    /// ": every figure is counted to this day", in the current language.
    pub fn day_line(self, today: chrono::NaiveDate) -> (&'static str, String, String) {
        let w = day_words();
        (
            &w[0],
            format!("{today} ({})", self.said()),
            format!(": {}", w[1]),
        )
    }
}

/// The words of the day line and of where today comes from, made once a
/// language.
fn day_words() -> &'static [String; 5] {
    static WORDS: crate::i18n::PerLang<[String; 5]> = crate::i18n::PerLang::new();
    WORDS.get(|| {
        [
            crate::t!("today"),
            crate::t!("today-counted"),
            crate::t!("today-source-flag"),
            crate::t!("today-source-as-of"),
            crate::t!("today-source-system"),
        ]
    })
}

/// Everything the screens show that is not a field of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    /// The day every figure is computed for.
    pub today: NaiveDate,
    /// Shared with the worker that builds the search index ([`IndexJob`]).
    pub links: Arc<Links>,
    pub stats: Stats,
    /// One per `campaign.prisoners`, same index.
    pub prisoner_facts: Vec<PrisonerFacts>,
    /// Indexes of `campaign.events`, by (date, title), ties in file order.
    pub event_order: Vec<usize>,
    /// Indexes of `campaign.statements`, newest first, ties in file order.
    pub statement_order: Vec<usize>,
    /// The letters by prisoner and by event, and their figures.
    pub letters: Letters,
    /// Prisoners at special risk (written, or aged 60 or more).
    pub at_risk: usize,
    /// What needs doing, and by when ([`agenda`]), to [`agenda::HORIZON`].
    pub agenda: agenda::Agenda,
    /// Folded text and sort keys for filtering and sorting: built with the
    /// rest by [`Derived::new`], or later ([`Derived::first`]).
    index: Index,
    /// With `--since`, the records added and changed since that version:
    /// set by whoever derives the version shown, where it compares it with
    /// that one (the dashboard), before its lists are filtered.
    pub since: Option<Arc<changes::Marked>>,
}

/// The search index of one version of the derived data, built once: by
/// [`Derived::new`], on demand ([`Derived::search_index`]), or by a worker
/// ([`IndexJob`]) while the first screen is drawn. Copies of a [`Derived`]
/// share it.
#[derive(Debug, Clone, Default)]
struct Index(Arc<OnceLock<SearchIndex>>);

impl PartialEq for Index {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0.get() == other.0.get()
    }
}

/// What the search index of a [`Derived`] is built from, to build it on
/// another thread ([`Derived::index_job`]): whoever finishes first (the job,
/// or a call of [`Derived::search_index`]) sets it, once.
#[derive(Debug)]
pub struct IndexJob {
    links: Arc<Links>,
    numbers: search::Numbers,
    story: Vec<search::StoryKeys>,
    index: Index,
}

impl IndexJob {
    /// Builds the index (unless it is built already) from `campaign`, the
    /// campaign the [`Derived`] was computed from.
    pub fn run(self, campaign: &Campaign) {
        let IndexJob {
            links,
            numbers,
            story,
            index,
        } = self;
        index.0.get_or_init(|| {
            let mut search = SearchIndex::new(campaign, &links);
            search.numbers = numbers;
            search.story = story;
            search
        });
    }
}

impl Derived {
    /// Computes everything for `campaign` as of `today`, the search index
    /// included.
    pub fn new(campaign: &Campaign, today: NaiveDate) -> Self {
        let derived = Derived::first(campaign, today);
        derived.search_index(campaign);
        derived
    }

    /// Computes everything for `campaign` as of `today` but the search
    /// index, the longest part (a third of the time on 20,000 prisoners):
    /// what the first screen needs. [`Derived::search_index`] or an
    /// [`IndexJob`] builds the index.
    pub fn first(campaign: &Campaign, today: NaiveDate) -> Self {
        let event_order = event_order(campaign);
        let statement_order = statement_order(campaign);
        let prisoner_facts: Vec<PrisonerFacts> = campaign
            .prisoners
            .iter()
            .map(|p| PrisonerFacts::new(p, today))
            .collect();
        let links = Links::new(campaign, &event_order, &statement_order);
        let stats = Stats::new(
            campaign,
            today,
            &prisoner_facts,
            &event_order,
            &statement_order,
        );
        let letters = Letters::new(campaign, &links, today);
        let at_risk = prisoner_facts
            .iter()
            .filter(|f| !f.risks.is_empty())
            .count()
            + campaign.withheld.at_risk;
        let mut derived = Derived {
            letters,
            at_risk,
            today,
            links: Arc::new(links),
            stats,
            prisoner_facts,
            event_order,
            statement_order,
            agenda: agenda::Agenda::default(),
            index: Index::default(),
            since: None,
        };
        derived.agenda = agenda::Agenda::new(campaign, &derived, agenda::HORIZON);
        derived
    }

    /// The search index, if it is built: what the event thread asks (it
    /// never waits for one).
    pub fn search(&self) -> Option<&SearchIndex> {
        self.index.0.get()
    }

    /// The search index, built now from `campaign` (the campaign this was
    /// computed from) if it is not yet; waits for a worker building it.
    pub fn search_index(&self, campaign: &Campaign) -> &SearchIndex {
        if let Some(search) = self.search() {
            return search;
        }
        self.index_job().run(campaign);
        self.index
            .0
            .get()
            .expect("IndexJob::run leaves the index set")
    }

    /// The work of building the search index, for a worker thread.
    pub fn index_job(&self) -> IndexJob {
        let count = |v: &Adjacency| -> Vec<u32> {
            (0..self.prisoner_facts.len())
                .map(|i| {
                    v.get(i)
                        .map_or(0, |l| u32::try_from(l.len()).unwrap_or(u32::MAX))
                })
                .collect()
        };
        let numbers = search::Numbers {
            days_held: self
                .prisoner_facts
                .iter()
                .map(|f| f.days_shown().map(|d| d.days))
                .collect(),
            prisoner_events: count(&self.links.prisoner_events),
            prisoner_statements: count(&self.links.prisoner_statements),
            no_news: self.letters.facts.iter().map(|l| l.no_news_days).collect(),
            letters: self
                .letters
                .facts
                .iter()
                .map(|l| u32::try_from(l.total()).unwrap_or(u32::MAX))
                .collect(),
            sent_recent: self
                .letters
                .facts
                .iter()
                .map(|l| u32::try_from(l.sent_recent).unwrap_or(u32::MAX))
                .collect(),
            since_sent: self
                .letters
                .facts
                .iter()
                .map(|l| l.since_sent_days)
                .collect(),
        };
        let story = self
            .prisoner_facts
            .iter()
            .map(|p| search::StoryKeys { risks: p.risks })
            .collect();
        IndexJob {
            links: Arc::clone(&self.links),
            numbers,
            story,
            index: self.index.clone(),
        }
    }
}

/// The date a prisoner's release is due, for one still to be released (not
/// released, not deceased): what the Release due column shows and sorts by.
pub fn release_due_shown(p: &Prisoner, facts: &PrisonerFacts) -> Option<NaiveDate> {
    match p.status {
        Status::Released | Status::Deceased => None,
        _ => facts.release_due.map(|r| r.date),
    }
}

/// Figures about one prisoner as of "today".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrisonerFacts {
    /// [`Prisoner::days_held`]: the current arrest.
    pub days_held: Option<i64>,
    /// With earlier arrests: the days of every arrest together ("combined").
    pub days_combined: Option<i64>,
    /// An arrest (this one or an earlier one) is known only to the month or
    /// year: the days are counted from its first day, an upper bound.
    pub days_estimate: bool,
    /// Why they are at special risk: written, or from their age.
    pub risks: Risks,
    /// [`Prisoner::release_due`], whatever the status (the screens decide
    /// whether to show it; the stats count only those in custody).
    pub release_due: Option<ReleaseDue>,
    /// The next birthday on or after today and the age turned that day. Only
    /// for full `born` dates, not for the deceased, and not for a `born` date
    /// after today.
    pub next_birthday: Option<(NaiveDate, u32)>,
}

/// The days behind bars every screen and print shows, sorts and filters by:
/// every arrest together where there are earlier ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DaysShown {
    pub days: i64,
    /// Counted from the first day of a month or year ([`PrisonerFacts::days_estimate`]).
    pub estimate: bool,
    /// Earlier arrests are counted in.
    pub combined: bool,
}

/// Before the days counted from an arrest known only to the month or year.
pub const ESTIMATE_MARK: &str = "~";
/// After the days that count earlier arrests in.
pub const COMBINED_MARK: &str = "+";

impl DaysShown {
    /// The figure with its marks, as the lists write it: `~884`, `1,234+`.
    pub fn marked(&self) -> String {
        format!(
            "{}{}{}",
            if self.estimate { ESTIMATE_MARK } else { "" },
            crate::text::thousands_signed(self.days),
            if self.combined { COMBINED_MARK } else { "" }
        )
    }
}

impl PrisonerFacts {
    /// The days shown: all arrests together where there are earlier ones,
    /// else the current arrest's; `None` when unknown.
    pub fn days_shown(&self) -> Option<DaysShown> {
        let (days, combined) = match self.days_combined {
            Some(all) => (all, true),
            None => (self.days_held?, false),
        };
        Some(DaysShown {
            days,
            estimate: self.days_estimate,
            combined,
        })
    }

    /// The facts of `prisoner` as of `today`.
    pub fn new(prisoner: &Prisoner, today: NaiveDate) -> Self {
        let next_birthday = match prisoner.status {
            Status::Deceased => None,
            _ => prisoner
                .born
                .and_then(|b| b.as_full())
                .and_then(|born| next_birthday(born, today)),
        };
        let days_held = prisoner.days_held(today);
        let days_combined = (!prisoner.earlier.is_empty())
            .then(|| days_held.unwrap_or(0) + prisoner.days_held_earlier());
        let partial = |d: &crate::model::PartialDate| !d.is_full();
        let days_estimate = prisoner.detained.as_ref().is_some_and(partial)
            || prisoner
                .earlier
                .iter()
                .any(|e| partial(&e.detained) || partial(&e.released));
        PrisonerFacts {
            days_held,
            days_combined,
            days_estimate,
            risks: risks(prisoner, today),
            release_due: prisoner.release_due(),
            next_birthday,
        }
    }
}

/// The day and month of `born` in `year`; 29 February falls on 28 February in
/// common years.
pub fn birthday_in(born: NaiveDate, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, born.month(), born.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, born.month(), born.day() - 1))
}

/// The next birthday of someone born on `born`, on or after `today`, with the
/// age turned that day (at least 1: someone born today turns 1 in a year).
/// `None` when `born` is after `today`.
pub fn next_birthday(born: NaiveDate, today: NaiveDate) -> Option<(NaiveDate, u32)> {
    if born > today {
        return None;
    }
    let mut year = today.year().max(born.year() + 1);
    let mut date = birthday_in(born, year)?;
    if date < today {
        year += 1;
        date = birthday_in(born, year)?;
    }
    let age = u32::try_from(year - born.year()).ok()?;
    Some((date, age))
}

/// Events by date, then title, then file order. Sorted as contiguous
/// (date, index) pairs; titles are compared only between events of one day.
fn event_order(campaign: &Campaign) -> Vec<usize> {
    let events = &campaign.events;
    let mut keys: Vec<(NaiveDate, usize)> = events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.date, i))
        .collect();
    keys.sort_unstable();
    for day in keys.chunk_by_mut(|a, b| a.0 == b.0) {
        if day.len() > 1 {
            // Each title read once (they live in other cache lines than
            // the dates), not at every comparison.
            day.sort_by_cached_key(|&(_, i)| (events[i].title(), i));
        }
    }
    keys.into_iter().map(|(_, i)| i).collect()
}

/// Statements newest first, then in file order.
fn statement_order(campaign: &Campaign) -> Vec<usize> {
    let mut keys: Vec<(std::cmp::Reverse<NaiveDate>, usize)> = campaign
        .statements
        .iter()
        .enumerate()
        .map(|(i, s)| (std::cmp::Reverse(s.date), i))
        .collect();
    keys.sort_unstable();
    keys.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{Event, EventKind, PartialDate, Statement};

    pub(crate) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn leap_day_birthdays_fall_on_28_february_in_common_years() {
        let born = d(1996, 2, 29);
        assert_eq!(birthday_in(born, 2023), Some(d(2023, 2, 28)));
        assert_eq!(birthday_in(born, 2024), Some(d(2024, 2, 29)));
        assert_eq!(
            next_birthday(born, d(2023, 2, 1)),
            Some((d(2023, 2, 28), 27))
        );
        assert_eq!(
            next_birthday(born, d(2023, 2, 28)),
            Some((d(2023, 2, 28), 27))
        );
        assert_eq!(
            next_birthday(born, d(2023, 3, 1)),
            Some((d(2024, 2, 29), 28))
        );
        assert_eq!(
            next_birthday(born, d(2024, 2, 29)),
            Some((d(2024, 2, 29), 28))
        );
    }

    #[test]
    fn next_birthday_counts_today_and_rolls_over() {
        let born = d(1961, 3, 5);
        assert_eq!(
            next_birthday(born, d(2023, 3, 5)),
            Some((d(2023, 3, 5), 62))
        );
        assert_eq!(
            next_birthday(born, d(2023, 3, 4)),
            Some((d(2023, 3, 5), 62))
        );
        assert_eq!(
            next_birthday(born, d(2023, 3, 6)),
            Some((d(2024, 3, 5), 63))
        );
        assert_eq!(
            next_birthday(born, d(2023, 12, 31)),
            Some((d(2024, 3, 5), 63))
        );
        // Born today: the first birthday is a year away; born later: nothing.
        assert_eq!(
            next_birthday(d(2023, 3, 5), d(2023, 3, 5)),
            Some((d(2024, 3, 5), 1))
        );
        assert_eq!(next_birthday(d(2023, 3, 6), d(2023, 3, 5)), None);
    }

    #[test]
    fn facts_need_full_born_dates_and_the_living() {
        let today = d(2023, 5, 15);
        let mut p = Prisoner::new("a", "A", Status::Imprisoned);
        p.born = Some(PartialDate::parse("1961-05").unwrap());
        assert_eq!(PrisonerFacts::new(&p, today).next_birthday, None);
        p.born = Some(PartialDate::full(d(1961, 5, 20)));
        p.detained = Some(PartialDate::full(d(2023, 5, 5)));
        p.sentence_months = Some(12);
        let f = PrisonerFacts::new(&p, today);
        assert_eq!(f.next_birthday, Some((d(2023, 5, 20), 62)));
        assert_eq!(f.days_held, Some(10));
        assert_eq!(
            f.release_due,
            Some(ReleaseDue {
                date: d(2024, 5, 5),
                estimate: true
            })
        );
        p.status = Status::Deceased;
        assert_eq!(PrisonerFacts::new(&p, today).next_birthday, None);
    }

    #[test]
    fn orders_events_by_date_and_title_statements_newest_first() {
        let c = Campaign {
            events: vec![
                Event::new("b", "Bravo", d(2023, 5, 2), EventKind::Rally),
                Event::new("a", "Alpha", d(2023, 5, 2), EventKind::Rally),
                Event::new("z", "Zulu", d(2023, 5, 1), EventKind::Rally),
                Event::new("a2", "Alpha", d(2023, 5, 2), EventKind::Picket),
            ],
            statements: vec![
                Statement::new(d(2023, 1, 1), "x", "old"),
                Statement::new(d(2023, 3, 1), "x", "new 1"),
                Statement::new(d(2023, 3, 1), "x", "new 2"),
            ],
            ..Campaign::default()
        };
        let dv = Derived::new(&c, d(2023, 5, 15));
        assert_eq!(dv.event_order, vec![2, 1, 3, 0]);
        assert_eq!(dv.statement_order, vec![1, 2, 0]);
        assert_eq!(dv.stats.latest_statements, dv.statement_order);
    }

    #[test]
    fn empty_campaign_derives_empty_data() {
        let dv = Derived::new(&Campaign::default(), d(2023, 5, 15));
        assert!(dv.prisoner_facts.is_empty());
        assert!(dv.event_order.is_empty());
        assert!(dv.statement_order.is_empty());
        assert!(dv.links.prisoner_by_id.is_empty());
        assert_eq!(dv.stats.prisoners_total, 0);
        assert_eq!(dv.stats.events_per_month.len(), 12);
    }
}
