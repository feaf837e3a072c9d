//! The prisoner's story and their letters: where they have been held in
//! the current arrest (`custody`), the arrests before it (`earlier`), why
//! they are at special risk (`risk`), and the `[[letters]]` to and from
//! them.

use chrono::NaiveDate;
use strum::{Display, EnumIter, EnumString, IntoStaticStr, VariantArray};

use super::PartialDate;

/// Why a prisoner is at special risk.
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
#[strum(serialize_all = "kebab-case")]
pub enum Risk {
    Health,
    Disability,
    Elderly,
    MentalHealth,
    Isolation,
    Incommunicado,
    TerrorList,
    Other,
}

/// A set of [`Risk`]s, one bit each in the order of the variants.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Risks(pub u8);

impl Risks {
    /// True when no risk is written.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn contains(self, r: Risk) -> bool {
        self.0 & (1 << r as u8) != 0
    }

    pub fn insert(&mut self, r: Risk) {
        self.0 |= 1 << r as u8;
    }

    /// The risks in the order of the variants.
    pub fn iter(self) -> impl Iterator<Item = Risk> {
        Risk::VARIANTS
            .iter()
            .copied()
            .filter(move |r| self.contains(*r))
    }
}

/// One place of custody in the current arrest (`[[prisoners.custody]]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Custody {
    /// When the prisoner arrived there.
    pub since: PartialDate,
    /// Pre-trial centre, colony, prison, hospital, …
    pub facility: String,
    /// The postal address there: sensitive.
    pub address: Option<String>,
    /// Sensitive.
    pub notes: Option<String>,
    pub source: Option<String>,
}

impl Default for Custody {
    fn default() -> Self {
        Custody {
            since: PartialDate::year(1),
            facility: String::new(),
            address: None,
            notes: None,
            source: None,
        }
    }
}

/// What kind of earlier arrest.
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
pub enum ArrestKind {
    /// Days or weeks under the code of administrative offences.
    Administrative,
    Criminal,
}

/// An arrest before the current one, that ended (`[[prisoners.earlier]]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Earlier {
    pub detained: PartialDate,
    pub released: PartialDate,
    pub kind: Option<ArrestKind>,
    pub charges: Vec<String>,
    pub sentence: Option<String>,
    /// Sensitive.
    pub notes: Option<String>,
}

impl Default for Earlier {
    fn default() -> Self {
        Earlier {
            detained: PartialDate::year(1),
            released: PartialDate::year(1),
            kind: None,
            charges: Vec::new(),
            sentence: None,
            notes: None,
        }
    }
}

impl Earlier {
    /// Days behind bars in this arrest, counting the day of the arrest and
    /// not that of the release (as [`super::Prisoner::days_held`] does).
    pub fn days(&self) -> i64 {
        super::days_between(self.detained.first_day(), self.released.first_day()).max(0)
    }
}

/// Which way a letter went.
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
pub enum Direction {
    /// To the prisoner.
    Sent,
    /// From the prisoner.
    Received,
    /// A sent letter that came back undelivered.
    Returned,
}

/// How a letter went.
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
pub enum Channel {
    Post,
    Courier,
    Parcel,
    Online,
    Other,
}

/// A `[[letters]]` record: letters or cards to or from a prisoner.
#[derive(Debug, Clone, PartialEq)]
pub struct Letter {
    /// The day it was sent, or arrived.
    pub date: NaiveDate,
    /// Id of a prisoner.
    pub prisoner: String,
    pub direction: Direction,
    /// How many at once; `None` for one.
    pub count: Option<u64>,
    pub channel: Option<Channel>,
    /// Who wrote or received it: sensitive.
    pub by: Option<String>,
    /// Id of the event where it was written.
    pub event: Option<String>,
    /// Sensitive.
    pub notes: Option<String>,
}

impl Default for Letter {
    fn default() -> Self {
        Letter {
            date: NaiveDate::MIN,
            prisoner: String::new(),
            direction: Direction::Sent,
            count: None,
            channel: None,
            by: None,
            event: None,
            notes: None,
        }
    }
}

impl Letter {
    /// How many letters or cards it stands for (1 when `count` is absent).
    pub fn pieces(&self) -> u64 {
        self.count.unwrap_or(1)
    }
}

/// A `[[snoozed]]` record: an agenda item put off until a day, written by
/// the dashboard so that the whole team sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Snooze {
    /// The agenda item's UID, as `print --view agenda` writes it.
    pub item: String,
    /// The item is left out of the agenda before this day.
    pub until: NaiveDate,
    /// Why: sensitive.
    pub note: Option<String>,
}

impl Default for Snooze {
    fn default() -> Self {
        Snooze {
            item: String::new(),
            until: NaiveDate::MIN,
            note: None,
        }
    }
}

impl Snooze {
    /// Whether it keeps its item out of the agenda of `today`.
    pub fn holds(&self, today: NaiveDate) -> bool {
        self.until > today
    }
}

/// A `[[facilities]]` record: what letters to one place of custody need,
/// where it differs from the campaign's guidance and `post_days`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facility {
    /// Matched against the prisoners' `facility` and `custody.facility`,
    /// folded as the filter folds.
    pub name: String,
    /// What letters to this place need (language, what is refused).
    pub guidance: Option<String>,
    /// Days a letter takes to arrive there; overrides `post_days`.
    pub transit_days: Option<u32>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn risk_names_are_the_format_s() {
        assert_eq!(Risk::MentalHealth.to_string(), "mental-health");
        assert_eq!("terror-list".parse::<Risk>().unwrap(), Risk::TerrorList);
        let mut r = Risks::default();
        r.insert(Risk::Other);
        r.insert(Risk::Health);
        assert_eq!(r.iter().collect::<Vec<_>>(), [Risk::Health, Risk::Other]);
        assert!(!r.contains(Risk::Elderly));
    }

    #[test]
    fn a_snooze_holds_before_its_day_only() {
        let day = |d| NaiveDate::from_ymd_opt(2023, 5, d).unwrap();
        let s = Snooze {
            until: day(10),
            ..Snooze::default()
        };
        assert!(s.holds(day(9)));
        assert!(!s.holds(day(10)));
        assert!(!s.holds(day(11)));
    }
}
