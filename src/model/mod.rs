//! The campaign as plain Rust types, as `campaign.toml` format 1 describes it.
//!
//! This module knows nothing else of the project: the loader builds these
//! values, everything else reads them. References between records are kept as
//! the ids written in the file; `query` resolves them into indexes once per load.
//!
//! Prisoners, events and statements, the tables that grow to tens of
//! thousands of records, keep their text fields in one buffer a record
//! ([`Texts`], declared with `compact_record!`): they are read through
//! methods (`prisoner.name()`, `event.city()`, `statement.prisoners()`) and
//! built or changed through their drafts ([`PrisonerDraft`], [`EventDraft`],
//! [`StatementDraft`]), which hold the same fields as plain `String`s.
//! Organisations and petitions, a few dozen a campaign, stay plain structs.

mod date;
pub mod fields;
/// Folding text into search and sort keys: the one definition of when two
/// names are the same, which the loader (a facility's name) and the
/// queries share.
pub mod fold;
mod kind;
mod story;
mod texts;

pub use date::{DateError, PartialDate, days_between};
pub use fields::{Field, Kind, Record};
pub use kind::RecordKind;
pub use story::{
    ArrestKind, Channel, Custody, Direction, Earlier, Facility, Letter, Risk, Risks, Snooze,
};
pub use texts::{Texts, TextsBuilder, Values};

use chrono::{Months, NaiveDate};
use strum::{Display, EnumIter, EnumString, IntoStaticStr, VariantArray};

/// The highest format version this build understands.
pub const FORMAT_VERSION: i64 = 1;

/// One campaign file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Campaign {
    /// The format version written in the file (1 when absent).
    pub format: i64,
    pub info: CampaignInfo,
    pub organisations: Vec<Organisation>,
    pub prisoners: Vec<Prisoner>,
    pub events: Vec<Event>,
    pub statements: Vec<Statement>,
    pub petitions: Vec<Petition>,
    pub letters: Vec<Letter>,
    /// Agenda items put off (`[[snoozed]]`), in file order.
    pub snoozed: Vec<Snooze>,
    /// What letters to some places of custody need (`[[facilities]]`).
    pub facilities: Vec<Facility>,
    /// Figures kept of what presentation mode takes out.
    pub withheld: Withheld,
}

/// What presentation mode keeps of the fields it takes out: counts only,
/// never which record they came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Withheld {
    /// Prisoners at special risk whose risk (and `born`) was taken out.
    pub at_risk: usize,
    /// The sensitive fields were taken out: a field missing (an address)
    /// may only be hidden, so nothing is to be concluded from its absence.
    pub stripped: bool,
}

/// The `[campaign]` table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignInfo {
    pub name: String,
    pub summary: Option<String>,
    pub started: Option<NaiveDate>,
    /// The day the file describes; "today" for every computed duration.
    pub as_of: Option<NaiveDate>,
    pub hashtags: Vec<String>,
    pub links: Vec<String>,
    /// Days a card or letter needs to reach a prisoner (21 when absent).
    pub post_days: Option<u32>,
    /// A prisoner in custody without a letter sent for longer needs one.
    pub write_every_days: Option<u32>,
    /// A record not `checked` for longer needs checking.
    pub check_every_days: Option<u32>,
    /// How long after a release its sensitive data may stay (365 days when
    /// absent, [`RETAIN_DAYS`]) before `check` warns of it.
    pub retain_days: Option<u32>,
    /// The sender's address for envelopes: sensitive.
    pub return_address: Option<String>,
    /// What to write about and what to avoid, for letter evenings.
    pub letter_guidance: Option<String>,
}

/// How many days after a prisoner's release their address, notes and
/// letter writers may stay in the file when `retain_days` does not say.
pub const RETAIN_DAYS: u32 = 365;

/// An `[[organisations]]` record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub short: Option<String>,
    pub kind: Option<String>,
    pub country: Option<String>,
    pub url: Option<String>,
    pub notes: Option<String>,
}

impl Organisation {
    /// The short name if there is one, else the full name.
    pub fn label(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.name)
    }
}

/// Where a prisoner stands.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantArray,
)]
#[strum(serialize_all = "lowercase")]
pub enum Status {
    /// In custody before a verdict.
    Detained,
    /// Serving a custodial sentence.
    Imprisoned,
    /// Restricted freedom or home confinement.
    Restricted,
    Released,
    Deceased,
}

impl Status {
    /// True for the statuses of a person behind bars now.
    pub fn in_custody(self) -> bool {
        matches!(self, Status::Detained | Status::Imprisoned)
    }
}

crate::compact_record! {
    /// A `[[prisoners]]` record.
    pub struct Prisoner, draft PrisonerDraft {
        text {
            id: one,
            name: one,
            /// How the name sorts, where the family name is not its last word.
            sort_as: opt,
            aliases: many,
            /// The name as an envelope needs it (Cyrillic, family name first).
            postal_name: opt,
            /// Ids of organisations.
            organisations: many,
            role: opt,
            sentence: opt,
            released_how: opt,
            charges: many,
            facility: opt,
            /// Postal address for letters: sensitive.
            address: opt,
            sponsors: many,
            /// What they like to be written about.
            interests: many,
            /// The languages they read, ISO 639-1.
            languages: many,
            sources: many,
            notes: opt,
        }
        plain {
            status: Status,
            born: Option<PartialDate>,
            detained: Option<PartialDate>,
            sentenced: Option<NaiveDate>,
            sentence_months: Option<u32>,
            release_due: Option<NaiveDate>,
            released: Option<PartialDate>,
            /// Why they are at special risk: sensitive.
            risk: Risks,
            /// The last day the record was checked against a source.
            checked: Option<NaiveDate>,
            /// The places of custody in the current arrest, oldest first.
            custody: Vec<Custody>,
            /// The arrests before the current one, oldest first.
            earlier: Vec<Earlier>,
        }
    }
}

impl PrisonerDraft {
    /// A draft with only the required fields set.
    pub fn new(id: impl Into<String>, name: impl Into<String>, status: Status) -> Self {
        PrisonerDraft {
            id: id.into(),
            name: name.into(),
            sort_as: None,
            aliases: Vec::new(),
            postal_name: None,
            status,
            born: None,
            organisations: Vec::new(),
            role: None,
            detained: None,
            sentenced: None,
            sentence: None,
            sentence_months: None,
            release_due: None,
            released: None,
            released_how: None,
            charges: Vec::new(),
            facility: None,
            address: None,
            sponsors: Vec::new(),
            interests: Vec::new(),
            languages: Vec::new(),
            sources: Vec::new(),
            notes: None,
            risk: Risks::default(),
            checked: None,
            custody: Vec::new(),
            earlier: Vec::new(),
        }
    }
}

/// When a prisoner is due out, and whether that is the file's word or our sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReleaseDue {
    pub date: NaiveDate,
    /// True when computed as detained + `sentence_months`.
    pub estimate: bool,
}

impl Prisoner {
    /// A prisoner with only the required fields set.
    pub fn new(id: impl Into<String>, name: impl Into<String>, status: Status) -> Self {
        PrisonerDraft::new(id, name, status).into()
    }

    /// Days behind bars as of `today`: from the arrest to the release (or to
    /// `today` for someone still held). `None` without a detained date, and
    /// for someone released on an unknown date.
    pub fn days_held(&self, today: NaiveDate) -> Option<i64> {
        let from = self.detained?.first_day();
        let to = match self.status {
            Status::Released | Status::Deceased => self.released?.first_day(),
            _ => self.released.map_or(today, |r| r.first_day()),
        };
        Some(days_between(from, to.min(today)).max(0))
    }

    /// Where the prisoner is held now: the last place of `custody`, else
    /// the `facility` written on the record.
    pub fn current_facility(&self) -> Option<&str> {
        match self.custody.last() {
            Some(c) => Some(c.facility.as_str()),
            None => self.facility(),
        }
    }

    /// The postal address now: that of the last place of `custody` (where
    /// there is one), else the `address` written on the record.
    pub fn current_address(&self) -> Option<&str> {
        match self.custody.last() {
            Some(c) => c.address.as_deref(),
            None => self.address(),
        }
    }

    /// Days behind bars in the earlier arrests, all together.
    pub fn days_held_earlier(&self) -> i64 {
        self.earlier.iter().map(Earlier::days).sum()
    }

    /// The release due: the explicit `release_due`, else detained +
    /// `sentence_months` as an estimate.
    pub fn release_due(&self) -> Option<ReleaseDue> {
        if let Some(date) = self.release_due {
            return Some(ReleaseDue {
                date,
                estimate: false,
            });
        }
        let months = self.sentence_months?;
        let date = self
            .detained?
            .first_day()
            .checked_add_months(Months::new(months))?;
        Some(ReleaseDue {
            date,
            estimate: true,
        })
    }
}

/// What kind of event.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantArray,
)]
#[strum(serialize_all = "lowercase")]
pub enum EventKind {
    Picket,
    Rally,
    March,
    Conference,
    Meeting,
    Vigil,
    /// A letter- or card-writing action.
    Letters,
    /// Handing over a petition.
    Delivery,
    Online,
    Other,
}

crate::compact_record! {
    /// An `[[events]]` record.
    pub struct Event, draft EventDraft {
        text {
            id: one,
            title: one,
            time: opt,
            city: opt,
            country: opt,
            venue: opt,
            /// Ids of organisations.
            organisations: many,
            /// Ids of prisoners.
            prisoners: many,
            summary: opt,
            sources: many,
        }
        plain {
            /// The first day.
            date: NaiveDate,
            /// The last day, for events of several days.
            end: Option<NaiveDate>,
            kind: EventKind,
            attendance: Option<u64>,
        }
    }
}

impl Event {
    /// An event with only the required fields set.
    pub fn new(
        id: impl Into<String>,
        title: impl Into<String>,
        date: NaiveDate,
        kind: EventKind,
    ) -> Self {
        EventDraft::new(id, title, date, kind).into()
    }

    /// The last day of the event (its date for a one-day event).
    pub fn last_day(&self) -> NaiveDate {
        self.end.unwrap_or(self.date)
    }

    /// True when the event is over as of `today`.
    pub fn is_past(&self, today: NaiveDate) -> bool {
        self.last_day() < today
    }
}

impl EventDraft {
    /// A draft with only the required fields set.
    pub fn new(
        id: impl Into<String>,
        title: impl Into<String>,
        date: NaiveDate,
        kind: EventKind,
    ) -> Self {
        EventDraft {
            id: id.into(),
            title: title.into(),
            date,
            end: None,
            time: None,
            kind,
            city: None,
            country: None,
            venue: None,
            organisations: Vec::new(),
            prisoners: Vec::new(),
            attendance: None,
            summary: None,
            sources: Vec::new(),
        }
    }
}

/// What kind of statement.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantArray,
)]
#[strum(serialize_all = "lowercase")]
pub enum StatementKind {
    Speech,
    Letter,
    Resolution,
    Press,
    Social,
    Greeting,
    Interview,
    Other,
}

crate::compact_record! {
    /// A `[[statements]]` record.
    pub struct Statement, draft StatementDraft {
        text {
            id: opt,
            author: one,
            role: opt,
            /// Id of an organisation.
            organisation: opt,
            /// Id of an event.
            event: opt,
            /// Ids of prisoners.
            prisoners: many,
            /// BCP 47 tag of `text`.
            language: opt,
            text: one,
            translation: opt,
            source: opt,
        }
        plain {
            date: NaiveDate,
            kind: Option<StatementKind>,
        }
    }
}

impl Statement {
    /// A statement with only the required fields set.
    pub fn new(date: NaiveDate, author: impl Into<String>, text: impl Into<String>) -> Self {
        StatementDraft::new(date, author, text).into()
    }
}

impl StatementDraft {
    /// A draft with only the required fields set.
    pub fn new(date: NaiveDate, author: impl Into<String>, text: impl Into<String>) -> Self {
        StatementDraft {
            id: None,
            date,
            author: author.into(),
            role: None,
            organisation: None,
            event: None,
            prisoners: Vec::new(),
            kind: None,
            language: None,
            text: text.into(),
            translation: None,
            source: None,
        }
    }
}

/// One tally of a petition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub date: NaiveDate,
    pub signatures: u64,
}

/// A `[[petitions]]` record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Petition {
    pub id: Option<String>,
    pub title: String,
    /// Id of an organisation.
    pub host: Option<String>,
    pub url: Option<String>,
    pub opened: Option<NaiveDate>,
    pub closed: Option<NaiveDate>,
    /// The day it was handed over: the agenda stops asking to deliver it.
    pub delivered: Option<NaiveDate>,
    pub goal: Option<u64>,
    /// Tallies in date order (the loader sorts them).
    pub counts: Vec<Tally>,
}

impl Petition {
    /// The latest tally, if any.
    pub fn latest(&self) -> Option<Tally> {
        self.counts.iter().max_by_key(|t| t.date).copied()
    }
}

impl Campaign {
    /// Its records of every kind: organisations, prisoners, events,
    /// statements, petitions, letters, snoozes and facilities.
    pub fn record_count(&self) -> usize {
        self.organisations.len()
            + self.prisoners.len()
            + self.events.len()
            + self.statements.len()
            + self.petitions.len()
            + self.letters.len()
            + self.snoozed.len()
            + self.facilities.len()
    }

    /// The day every duration is counted to: `override_today` (the `--today`
    /// flag), else `as_of`, else `system_today`.
    pub fn today(&self, override_today: Option<NaiveDate>, system_today: NaiveDate) -> NaiveDate {
        override_today.or(self.info.as_of).unwrap_or(system_today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn status_names_round_trip() {
        for s in Status::VARIANTS {
            assert_eq!(s.to_string().parse::<Status>().unwrap(), *s);
        }
        assert_eq!(EventKind::Letters.to_string(), "letters");
        assert_eq!(
            "press".parse::<StatementKind>().unwrap(),
            StatementKind::Press
        );
        assert!("Detained".parse::<Status>().is_err());
    }

    #[test]
    fn days_held_counts_to_today_or_release() {
        let mut p = Prisoner::new("a", "A", Status::Imprisoned);
        assert_eq!(p.days_held(d(2023, 5, 15)), None);
        p.detained = Some(PartialDate::full(d(2022, 4, 19)));
        assert_eq!(p.days_held(d(2023, 5, 15)), Some(391));
        p.status = Status::Released;
        assert_eq!(p.days_held(d(2023, 5, 15)), None);
        p.released = Some(PartialDate::parse("2022-05").unwrap());
        assert_eq!(p.days_held(d(2023, 5, 15)), Some(12));
        // A release after "today" counts only to today.
        p.released = Some(PartialDate::full(d(2025, 9, 11)));
        assert_eq!(p.days_held(d(2023, 5, 15)), Some(391));
    }

    #[test]
    fn release_due_explicit_or_estimated() {
        let mut p = Prisoner::new("a", "A", Status::Imprisoned);
        assert_eq!(p.release_due(), None);
        p.detained = Some(PartialDate::full(d(2022, 4, 19)));
        p.sentence_months = Some(48);
        assert_eq!(
            p.release_due(),
            Some(ReleaseDue {
                date: d(2026, 4, 19),
                estimate: true
            })
        );
        p.release_due = Some(d(2026, 1, 1));
        assert_eq!(
            p.release_due(),
            Some(ReleaseDue {
                date: d(2026, 1, 1),
                estimate: false
            })
        );
    }

    #[test]
    fn today_prefers_flag_then_as_of() {
        let mut c = Campaign::default();
        let sys = d(2026, 11, 27);
        assert_eq!(c.today(None, sys), sys);
        c.info.as_of = Some(d(2023, 5, 15));
        assert_eq!(c.today(None, sys), d(2023, 5, 15));
        assert_eq!(c.today(Some(d(2024, 1, 1)), sys), d(2024, 1, 1));
    }

    #[test]
    fn petition_latest_is_by_date() {
        let p = Petition {
            counts: vec![
                Tally {
                    date: d(2023, 5, 1),
                    signatures: 900,
                },
                Tally {
                    date: d(2023, 4, 1),
                    signatures: 1000,
                },
            ],
            ..Petition::default()
        };
        assert_eq!(p.latest().unwrap().signatures, 900);
    }
}
