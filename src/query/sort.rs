//! Sorting the rows of a list tab by one of its columns.
//!
//! - Stable: rows with equal keys keep the order they came in, in both
//!   directions.
//! - Dates chronologically; a partial date sorts as its first day, before the
//!   full dates of that day ([`PartialDate`](crate::model::PartialDate)'s order).
//! - Names and texts by their sort key ([`super::sort_fold`]): lowercase, no
//!   diacritics, Cyrillic transliterated, so "Čapek" sorts with the C's;
//!   runs of digits compare as numbers, so "colony No. 2" comes before
//!   "No. 15".
//! - People's names by family name ([`super::name_sort_order`]): the last
//!   word first for names in Latin or Cyrillic script, so "Iryna
//!   But-Husaim" sorts with the B's; a title's leading quotation mark or
//!   bracket is not part of its key, so "“Write to …”" sorts with the W's.
//! - Numbers numerically.
//! - A prisoner's status in the order of the format (detained, imprisoned,
//!   restricted, released, deceased); kinds of events and statements
//!   alphabetically.
//! - Missing values (no date, no facility, no goal …) last, in both
//!   directions.
//!
//! Every key is precomputed ([`super::SortKeys`], [`super::PrisonerFacts`],
//! the link tables), so a sort compares without folding anything.

use std::cmp::Ordering;
use std::fmt;

use strum::{Display, EnumString, IntoStaticStr, VariantArray};

use super::{Adjacency, Derived, RecordKind, SearchIndex};
use crate::model::Campaign;

/// Columns of the prisoners tab.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Display, EnumString, IntoStaticStr, VariantArray,
)]
#[strum(serialize_all = "kebab-case", ascii_case_insensitive)]
pub enum PrisonerColumn {
    Name,
    Status,
    #[strum(
        to_string = "organisation",
        serialize = "org",
        serialize = "organization"
    )]
    Organisation,
    Detained,
    /// Every arrest together where there are earlier ones
    /// ([`super::PrisonerFacts::days_shown`]): hence `combined` too.
    #[strum(to_string = "days-held", serialize = "days", serialize = "combined")]
    DaysHeld,
    /// When the release is due ([`crate::model::Prisoner::release_due`]),
    /// for those not released or deceased.
    #[strum(to_string = "release-due", serialize = "due", serialize = "release")]
    ReleaseDue,
    /// By `sentence_months`.
    Sentence,
    Facility,
    /// How many events name the prisoner.
    Events,
    /// How many statements name the prisoner.
    #[strum(to_string = "statements", serialize = "stmts")]
    Statements,
    /// Days without news ([`super::LetterFacts::no_news_days`]).
    #[strum(to_string = "news", serialize = "no-news")]
    News,
    /// Letters sent, in pieces.
    #[strum(to_string = "letters", serialize = "sent")]
    Letters,
    /// The day the last letter was sent.
    #[strum(to_string = "last-letter", serialize = "last-sent")]
    LastLetter,
    /// Why at special risk (by how many reasons).
    Risk,
    /// When the record was last checked.
    Checked,
    /// Letters sent in the last 90 days, in pieces
    /// ([`super::LetterFacts::sent_recent`]).
    #[strum(to_string = "sent90", serialize = "recent")]
    SentRecent,
    /// Days since a letter was sent ([`super::LetterFacts::since_sent_days`]).
    #[strum(to_string = "unwritten", serialize = "since-sent")]
    SinceSent,
}

/// Columns of the events tab.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Display, EnumString, IntoStaticStr, VariantArray,
)]
#[strum(serialize_all = "kebab-case", ascii_case_insensitive)]
pub enum EventColumn {
    Date,
    Kind,
    Title,
    City,
    Country,
}

/// Columns of the statements tab.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Display, EnumString, IntoStaticStr, VariantArray,
)]
#[strum(serialize_all = "kebab-case", ascii_case_insensitive)]
pub enum StatementColumn {
    Date,
    Author,
    #[strum(
        to_string = "organisation",
        serialize = "org",
        serialize = "organization"
    )]
    Organisation,
    Text,
}

/// Columns of the organisations tab.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Display, EnumString, IntoStaticStr, VariantArray,
)]
#[strum(serialize_all = "kebab-case", ascii_case_insensitive)]
pub enum OrganisationColumn {
    Name,
    Short,
    Kind,
    Country,
    /// How many events list it.
    Events,
    /// How many statements were made on its behalf.
    Statements,
    /// How many prisoners list it.
    Members,
}

/// Columns of the petitions tab.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Display, EnumString, IntoStaticStr, VariantArray,
)]
#[strum(serialize_all = "kebab-case", ascii_case_insensitive)]
pub enum PetitionColumn {
    Title,
    Host,
    /// The signatures of the latest tally.
    #[strum(to_string = "latest", serialize = "signatures", serialize = "count")]
    Latest,
    Goal,
    /// Latest signatures / goal.
    Progress,
}

/// Columns of the letters tab.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Display, EnumString, IntoStaticStr, VariantArray,
)]
#[strum(serialize_all = "kebab-case", ascii_case_insensitive)]
pub enum LetterColumn {
    Date,
    /// The prisoner it went to or came from, by family name.
    #[strum(to_string = "prisoner", serialize = "name")]
    Prisoner,
    #[strum(to_string = "direction", serialize = "dir")]
    Direction,
    /// How many pieces (1 where not written).
    #[strum(to_string = "count", serialize = "pieces")]
    Count,
    Channel,
    /// The event where it was written.
    Event,
}

/// A column of one of the list tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortColumn {
    Prisoner(PrisonerColumn),
    Event(EventColumn),
    Statement(StatementColumn),
    Organisation(OrganisationColumn),
    Petition(PetitionColumn),
    Letter(LetterColumn),
}

impl SortColumn {
    /// The kind of record the column belongs to.
    pub fn kind(self) -> RecordKind {
        match self {
            SortColumn::Prisoner(_) => RecordKind::Prisoner,
            SortColumn::Event(_) => RecordKind::Event,
            SortColumn::Statement(_) => RecordKind::Statement,
            SortColumn::Organisation(_) => RecordKind::Organisation,
            SortColumn::Petition(_) => RecordKind::Petition,
            SortColumn::Letter(_) => RecordKind::Letter,
        }
    }

    /// The column's name, as `--sort` takes it.
    pub fn name(self) -> &'static str {
        match self {
            SortColumn::Prisoner(c) => c.into(),
            SortColumn::Event(c) => c.into(),
            SortColumn::Statement(c) => c.into(),
            SortColumn::Organisation(c) => c.into(),
            SortColumn::Petition(c) => c.into(),
            SortColumn::Letter(c) => c.into(),
        }
    }

    /// Every column of `kind`, in table order.
    pub fn all(kind: RecordKind) -> Vec<SortColumn> {
        match kind {
            RecordKind::Prisoner => PrisonerColumn::VARIANTS
                .iter()
                .map(|c| SortColumn::Prisoner(*c))
                .collect(),
            RecordKind::Event => EventColumn::VARIANTS
                .iter()
                .map(|c| SortColumn::Event(*c))
                .collect(),
            RecordKind::Statement => StatementColumn::VARIANTS
                .iter()
                .map(|c| SortColumn::Statement(*c))
                .collect(),
            RecordKind::Organisation => OrganisationColumn::VARIANTS
                .iter()
                .map(|c| SortColumn::Organisation(*c))
                .collect(),
            RecordKind::Petition => PetitionColumn::VARIANTS
                .iter()
                .map(|c| SortColumn::Petition(*c))
                .collect(),
            RecordKind::Letter => LetterColumn::VARIANTS
                .iter()
                .map(|c| SortColumn::Letter(*c))
                .collect(),
        }
    }

    /// The column of `kind` called `name` (any case; a few aliases such as
    /// `org` and `days` are accepted). The error names the valid columns.
    pub fn parse(kind: RecordKind, name: &str) -> Result<SortColumn, String> {
        let name = name.trim();
        let found = match kind {
            RecordKind::Prisoner => name.parse().map(SortColumn::Prisoner).ok(),
            RecordKind::Event => name.parse().map(SortColumn::Event).ok(),
            RecordKind::Statement => name.parse().map(SortColumn::Statement).ok(),
            RecordKind::Organisation => name.parse().map(SortColumn::Organisation).ok(),
            RecordKind::Petition => name.parse().map(SortColumn::Petition).ok(),
            RecordKind::Letter => name.parse().map(SortColumn::Letter).ok(),
        };
        found.ok_or_else(|| {
            let names: Vec<&str> = SortColumn::all(kind)
                .into_iter()
                .map(|c| c.name())
                .collect();
            let hint = crate::load::nearest(&name.to_lowercase(), names.iter().copied())
                .map(|n| format!("did you mean `{n}`? "))
                .unwrap_or_default();
            format!(
                "{} have no column `{name}`; {hint}columns: {}",
                kind.plural(),
                names.join(", ")
            )
        })
    }
}

impl fmt::Display for SortColumn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A column and a direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sort {
    pub column: SortColumn,
    pub descending: bool,
}

impl Sort {
    /// Parses `COLUMN`, `COLUMN:asc` or `COLUMN:desc` for a tab of `kind`.
    pub fn parse(kind: RecordKind, text: &str) -> Result<Sort, String> {
        let (name, dir) = match text.rsplit_once(':') {
            Some((name, dir)) => (name, Some(dir.trim())),
            None => (text, None),
        };
        let descending = match dir.map(str::to_ascii_lowercase).as_deref() {
            None | Some("asc") => false,
            Some("desc") => true,
            Some(other) => {
                return Err(format!(
                    "`{other}` is not a direction: write {name}:asc or {name}:desc"
                ));
            }
        };
        Ok(Sort {
            column: SortColumn::parse(kind, name)?,
            descending,
        })
    }
}

impl fmt::Display for Sort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}",
            self.column,
            if self.descending { "desc" } else { "asc" }
        )
    }
}

/// Sorts `indices` stably by `key`; missing keys last in both directions.
fn by<K>(
    indices: &mut [usize],
    descending: bool,
    key: impl Fn(usize) -> Option<K>,
    cmp: impl Fn(&K, &K) -> Ordering,
) {
    // Each key is looked up once, and kept beside its index so that the
    // comparisons read one contiguous array.
    let mut keyed: Vec<(Option<K>, usize)> = indices.iter().map(|&i| (key(i), i)).collect();
    keyed.sort_by(|(a, _), (b, _)| match (a, b) {
        (Some(x), Some(y)) if descending => cmp(y, x),
        (Some(x), Some(y)) => cmp(x, y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
    for (slot, (_, i)) in indices.iter_mut().zip(keyed) {
        *slot = i;
    }
}

fn ord<K: Ord>(indices: &mut [usize], descending: bool, key: impl Fn(usize) -> Option<K>) {
    by(indices, descending, key, K::cmp);
}

/// Compares sort keys with runs of digits as numbers ("no 2" < "no 15").
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    // Fast path: where the keys first differ no digit is involved, so the
    // bytes decide (equal digit runs before that compare equal either way).
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    match (a.get(same), b.get(same)) {
        (Some(x), Some(y)) if !x.is_ascii_digit() && !y.is_ascii_digit() => return x.cmp(y),
        (None, None) => return Ordering::Equal,
        (None, Some(y)) if !y.is_ascii_digit() => return Ordering::Less,
        (Some(x), None) if !x.is_ascii_digit() => return Ordering::Greater,
        _ => {}
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i].is_ascii_digit() && b[j].is_ascii_digit() {
            let run = |s: &[u8], mut k: usize| {
                while k < s.len() && s[k] == b'0' {
                    k += 1;
                }
                let start = k;
                while k < s.len() && s[k].is_ascii_digit() {
                    k += 1;
                }
                (start, k)
            };
            let ((sa, ea), (sb, eb)) = (run(a, i), run(b, j));
            let by_number = (ea - sa)
                .cmp(&(eb - sb))
                .then_with(|| a[sa..ea].cmp(&b[sb..eb]));
            if by_number != Ordering::Equal {
                return by_number;
            }
            // Equal numbers: fewer leading zeros first, then go on.
            let zeros = (sa - i).cmp(&(sb - j));
            if zeros != Ordering::Equal {
                return zeros;
            }
            (i, j) = (ea, eb);
        } else {
            match a[i].cmp(&b[j]) {
                Ordering::Equal => (i, j) = (i + 1, j + 1),
                other => return other,
            }
        }
    }
    (a.len() - i).cmp(&(b.len() - j))
}

/// Sorts by a text key, numbers in it compared as numbers.
fn texts<'a>(indices: &mut [usize], descending: bool, key: impl Fn(usize) -> Option<&'a str>) {
    by(indices, descending, key, |a, b| natural_cmp(a, b));
}

/// Sorts `indices` (of records of the column's kind) by `sort`. Indexes out
/// of range count as missing values.
/// `search` is the index of `derived` ([`Derived::search`]).
pub fn sort(
    sort: Sort,
    indices: &mut [usize],
    campaign: &Campaign,
    derived: &Derived,
    search: &SearchIndex,
) {
    let k = &search.sort_keys;
    let l = &derived.links;
    let desc = sort.descending;
    let len_of = |v: &Adjacency, i: usize| v.get(i).map(<[usize]>::len);
    match sort.column {
        SortColumn::Prisoner(c) => {
            let p = |i: usize| campaign.prisoners.get(i);
            match c {
                PrisonerColumn::Name => texts(indices, desc, |i| k.prisoner_name.get(i)),
                PrisonerColumn::Status => ord(indices, desc, |i| p(i).map(|p| p.status)),
                PrisonerColumn::Organisation => texts(indices, desc, |i| k.prisoner_org.get(i)),
                PrisonerColumn::Detained => ord(indices, desc, |i| p(i)?.detained),
                PrisonerColumn::DaysHeld => ord(indices, desc, |i| {
                    Some(derived.prisoner_facts.get(i)?.days_shown()?.days)
                }),
                PrisonerColumn::ReleaseDue => ord(indices, desc, |i| {
                    super::release_due_shown(p(i)?, derived.prisoner_facts.get(i)?)
                }),
                PrisonerColumn::Sentence => ord(indices, desc, |i| p(i)?.sentence_months),
                PrisonerColumn::Facility => texts(indices, desc, |i| k.prisoner_facility.get(i)),
                PrisonerColumn::Events => ord(indices, desc, |i| len_of(&l.prisoner_events, i)),
                PrisonerColumn::Statements => {
                    ord(indices, desc, |i| len_of(&l.prisoner_statements, i))
                }
                PrisonerColumn::News => ord(indices, desc, |i| {
                    derived.letters.facts.get(i)?.no_news_days
                }),
                PrisonerColumn::Letters => ord(indices, desc, |i| {
                    derived.letters.facts.get(i).map(|f| f.sent)
                }),
                PrisonerColumn::LastLetter => {
                    ord(indices, desc, |i| derived.letters.facts.get(i)?.last_sent)
                }
                PrisonerColumn::SentRecent => ord(indices, desc, |i| {
                    derived.letters.facts.get(i).map(|f| f.sent_recent)
                }),
                PrisonerColumn::SinceSent => ord(indices, desc, |i| {
                    derived.letters.facts.get(i)?.since_sent_days
                }),
                PrisonerColumn::Risk => ord(indices, desc, |i| {
                    derived
                        .prisoner_facts
                        .get(i)
                        .map(|f| f.risks.iter().count())
                }),
                PrisonerColumn::Checked => ord(indices, desc, |i| p(i)?.checked),
            }
        }
        SortColumn::Event(c) => {
            let e = |i: usize| campaign.events.get(i);
            match c {
                EventColumn::Date => ord(indices, desc, |i| e(i).map(|e| (e.date, e.last_day()))),
                EventColumn::Kind => ord(indices, desc, |i| {
                    e(i).map(|e| <&'static str>::from(e.kind))
                }),
                EventColumn::Title => texts(indices, desc, |i| k.event_title.get(i)),
                EventColumn::City => texts(indices, desc, |i| k.event_city.get(i)),
                EventColumn::Country => texts(indices, desc, |i| k.event_country.get(i)),
            }
        }
        SortColumn::Statement(c) => match c {
            StatementColumn::Date => ord(indices, desc, |i| {
                campaign.statements.get(i).map(|s| s.date)
            }),
            StatementColumn::Author => texts(indices, desc, |i| k.statement_author.get(i)),
            StatementColumn::Organisation => texts(indices, desc, |i| k.statement_org.get(i)),
            StatementColumn::Text => texts(indices, desc, |i| k.statement_text.get(i)),
        },
        SortColumn::Organisation(c) => match c {
            OrganisationColumn::Name => texts(indices, desc, |i| k.organisation_name.get(i)),
            OrganisationColumn::Short => texts(indices, desc, |i| k.organisation_short.get(i)),
            OrganisationColumn::Kind => texts(indices, desc, |i| k.organisation_kind.get(i)),
            OrganisationColumn::Country => texts(indices, desc, |i| k.organisation_country.get(i)),
            OrganisationColumn::Events => ord(indices, desc, |i| len_of(&l.organisation_events, i)),
            OrganisationColumn::Statements => {
                ord(indices, desc, |i| len_of(&l.organisation_statements, i))
            }
            OrganisationColumn::Members => {
                ord(indices, desc, |i| len_of(&l.organisation_members, i))
            }
        },
        SortColumn::Petition(c) => {
            let progress = |i: usize| derived.stats.petitions.get(i).filter(|p| p.petition == i);
            match c {
                PetitionColumn::Title => texts(indices, desc, |i| k.petition_title.get(i)),
                PetitionColumn::Host => texts(indices, desc, |i| k.petition_host.get(i)),
                PetitionColumn::Latest => ord(indices, desc, |i| {
                    campaign.petitions.get(i)?.latest().map(|t| t.signatures)
                }),
                PetitionColumn::Goal => ord(indices, desc, |i| campaign.petitions.get(i)?.goal),
                PetitionColumn::Progress => by(
                    indices,
                    desc,
                    |i| progress(i)?.ratio.filter(|r| r.is_finite()),
                    f64::total_cmp,
                ),
            }
        }
        SortColumn::Letter(c) => {
            let l = |i: usize| campaign.letters.get(i);
            match c {
                LetterColumn::Date => ord(indices, desc, |i| l(i).map(|l| l.date)),
                LetterColumn::Prisoner => texts(indices, desc, |i| {
                    let p = (*k.letter_prisoner.get(i)?)?;
                    k.prisoner_name.get(usize::try_from(p).ok()?)
                }),
                LetterColumn::Direction => ord(indices, desc, |i| l(i).map(|l| l.direction)),
                LetterColumn::Count => ord(indices, desc, |i| l(i).map(|l| l.pieces())),
                LetterColumn::Channel => {
                    ord(indices, desc, |i| l(i)?.channel.map(<&'static str>::from))
                }
                LetterColumn::Event => texts(indices, desc, |i| k.letter_event.get(i)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Event, EventKind, Organisation, PartialDate, Petition, Prisoner, Statement, Status, Tally,
    };
    use crate::query::tests::d;

    fn sorted(c: &Campaign, spec: &str, kind: RecordKind) -> Vec<usize> {
        let dv = Derived::new(c, d(2023, 5, 6));
        let s = Sort::parse(kind, spec).unwrap();
        let mut v: Vec<usize> = (0..kind.count(c)).collect();
        sort(s, &mut v, c, &dv, dv.search_index(c));
        v
    }

    fn prisoners() -> Campaign {
        let mut a = Prisoner::new("a", "Čapek", Status::Released);
        a.detained = Some(PartialDate::parse("2022-04").unwrap());
        a.sentence_months = Some(24);
        let mut b = Prisoner::new("b", "Dvořák", Status::Imprisoned);
        b.detained = Some(PartialDate::full(d(2022, 4, 1)));
        b.edit(|d| d.facility = Some("Colony".into()));
        let mut c = Prisoner::new("c", "Cyril", Status::Detained);
        c.detained = Some(PartialDate::full(d(2021, 1, 1)));
        c.sentence_months = Some(108);
        let e = Prisoner::new("e", "capek", Status::Imprisoned);
        let f = Prisoner::new("f", "Ярашук", Status::Imprisoned);
        Campaign {
            prisoners: vec![a, b, c, e, f],
            ..Campaign::default()
        }
    }

    #[test]
    fn names_collate_without_diacritics_and_ties_are_stable() {
        let c = prisoners();
        // Čapek and capek tie and keep file order, in both directions.
        assert_eq!(
            sorted(&c, "name", RecordKind::Prisoner),
            vec![0, 3, 2, 1, 4]
        );
        assert_eq!(
            sorted(&c, "name:desc", RecordKind::Prisoner),
            vec![4, 1, 2, 0, 3]
        );
    }

    /// `sort_as` is how a name sorts when the file gives it: a name written
    /// family name first ("Yarashuk Aliaksandr") sorts as the file says, not
    /// by its last word.
    #[test]
    fn a_prisoner_sorts_by_sort_as_when_given() {
        let mut first = Prisoner::new("p0", "Yarashuk Aliaksandr", Status::Imprisoned);
        first.edit(|d| d.sort_as = Some("Yarashuk Aliaksandr".into()));
        let c = Campaign {
            prisoners: vec![
                Prisoner::new("p1", "Vasil Berasneu", Status::Imprisoned),
                first,
                Prisoner::new("p2", "Siarhei Antusevich", Status::Imprisoned),
            ],
            ..Campaign::default()
        };
        // Antusevich, Berasneu, Yarashuk (by sort_as; by its last word,
        // "Aliaksandr", it would come first).
        assert_eq!(sorted(&c, "name", RecordKind::Prisoner), vec![2, 0, 1]);
    }

    #[test]
    fn names_sort_by_family_name_and_titles_by_their_first_word() {
        let names = [
            "Siarhei Antusevich",
            "Aliaksandr Yarashuk",
            "Iryna But-Husaim",
            "Сяргей Жук",
            "Vasil Berasneu",
            "王 小明",
        ];
        let c = Campaign {
            prisoners: names
                .iter()
                .enumerate()
                .map(|(i, n)| Prisoner::new(format!("p{i}"), *n, Status::Imprisoned))
                .collect(),
            ..Campaign::default()
        };
        // Antusevich, Berasneu, But-Husaim, Yarashuk, Zhuk (Жук), then
        // the name in another script as written.
        assert_eq!(
            sorted(&c, "name", RecordKind::Prisoner),
            vec![0, 4, 2, 1, 3, 5]
        );
        let titles = [
            "Rally in Geneva",
            "“Write to a political prisoner”",
            "(Bremen) picket",
        ];
        let c = Campaign {
            events: titles
                .iter()
                .enumerate()
                .map(|(i, t)| Event::new(format!("e{i}"), *t, d(2023, 5, 1), EventKind::Rally))
                .collect(),
            ..Campaign::default()
        };
        assert_eq!(sorted(&c, "title", RecordKind::Event), vec![2, 0, 1]);
    }

    #[test]
    fn prisoners_sort_by_release_due_and_by_how_often_they_are_named() {
        let mut c = prisoners();
        // a released (none shown), b without a sentence, c due 2030-01.
        let mut e = Event::new("e", "Rally", d(2023, 5, 1), EventKind::Rally);
        e.edit(|d| d.prisoners = vec!["c".into(), "e".into()]);
        let mut e2 = Event::new("e2", "Picket", d(2023, 5, 2), EventKind::Picket);
        e2.edit(|d| d.prisoners = vec!["c".into()]);
        let mut s = Statement::new(d(2023, 1, 1), "Ann", "text");
        s.edit(|d| d.prisoners = vec!["f".into()]);
        c.events = vec![e, e2];
        c.statements = vec![s];
        for (spec, want) in [
            ("due", [2, 0, 1, 3, 4]),
            ("events:desc", [2, 3, 0, 1, 4]),
            ("stmts", [0, 1, 2, 3, 4]),
            ("statements:desc", [4, 0, 1, 2, 3]),
        ] {
            assert_eq!(sorted(&c, spec, RecordKind::Prisoner), want, "{spec}");
        }
    }

    #[test]
    fn dates_partial_first_and_missing_last_both_ways() {
        let c = prisoners();
        // 2022-04 sorts as 1 April, before the full 1 April.
        assert_eq!(
            sorted(&c, "detained", RecordKind::Prisoner),
            vec![2, 0, 1, 3, 4]
        );
        assert_eq!(
            sorted(&c, "detained:desc", RecordKind::Prisoner),
            vec![1, 0, 2, 3, 4]
        );
        assert_eq!(
            sorted(&c, "sentence:desc", RecordKind::Prisoner),
            vec![2, 0, 1, 3, 4]
        );
        assert_eq!(
            sorted(&c, "facility:desc", RecordKind::Prisoner),
            vec![1, 0, 2, 3, 4]
        );
        assert_eq!(
            sorted(&c, "status", RecordKind::Prisoner),
            vec![2, 1, 3, 4, 0]
        );
        // days held as of 2023-05-06: released without a date has none.
        assert_eq!(
            sorted(&c, "days:desc", RecordKind::Prisoner),
            vec![2, 1, 0, 3, 4]
        );
    }

    #[test]
    fn other_tabs_sort_by_their_columns() {
        let mut e1 = Event::new("1", "Zulu", d(2023, 5, 1), EventKind::Rally);
        e1.edit(|d| d.city = Some("Bremen".into()));
        let e2 = Event::new("2", "Alpha", d(2023, 4, 1), EventKind::Picket);
        let mut e3 = Event::new("3", "Émile", d(2023, 5, 1), EventKind::Conference);
        e3.end = Some(d(2023, 5, 3));
        e3.edit(|d| d.city = Some("Aachen".into()));
        let orgs = vec![
            Organisation {
                id: "x".into(),
                name: "Xylo".into(),
                ..Organisation::default()
            },
            Organisation {
                id: "a".into(),
                name: "Alpha".into(),
                short: Some("AL".into()),
                ..Organisation::default()
            },
        ];
        let mut s1 = Statement::new(d(2023, 1, 1), "Zed", "b text");
        s1.edit(|d| d.organisation = Some("a".into()));
        let s2 = Statement::new(d(2023, 2, 1), "Ann", "a text");
        let mut p = Prisoner::new("p", "P", Status::Imprisoned);
        p.edit(|d| d.organisations = vec!["a".into()]);
        e1.edit(|d| d.organisations = vec!["a".into()]);
        let pet = |title: &str, goal: Option<u64>, sigs: Option<u64>| Petition {
            title: title.into(),
            host: Some("x".into()),
            goal,
            counts: sigs
                .map(|s| {
                    vec![Tally {
                        date: d(2023, 1, 1),
                        signatures: s,
                    }]
                })
                .unwrap_or_default(),
            ..Petition::default()
        };
        let c = Campaign {
            organisations: orgs,
            prisoners: vec![p],
            events: vec![e1, e2, e3],
            statements: vec![s1, s2],
            petitions: vec![
                pet("b", Some(100), Some(50)),
                pet("a", None, Some(500)),
                pet("c", Some(10), Some(9)),
            ],
            ..Campaign::default()
        };
        assert_eq!(sorted(&c, "date", RecordKind::Event), vec![1, 0, 2]);
        assert_eq!(sorted(&c, "date:desc", RecordKind::Event), vec![2, 0, 1]);
        assert_eq!(sorted(&c, "title", RecordKind::Event), vec![1, 2, 0]);
        assert_eq!(sorted(&c, "kind", RecordKind::Event), vec![2, 1, 0]);
        assert_eq!(sorted(&c, "city:desc", RecordKind::Event), vec![0, 2, 1]);
        assert_eq!(sorted(&c, "country", RecordKind::Event), vec![0, 1, 2]);
        assert_eq!(sorted(&c, "author", RecordKind::Statement), vec![1, 0]);
        assert_eq!(sorted(&c, "text", RecordKind::Statement), vec![1, 0]);
        assert_eq!(sorted(&c, "org:desc", RecordKind::Statement), vec![0, 1]);
        assert_eq!(sorted(&c, "date:desc", RecordKind::Statement), vec![1, 0]);
        assert_eq!(sorted(&c, "name", RecordKind::Organisation), vec![1, 0]);
        assert_eq!(
            sorted(&c, "short:desc", RecordKind::Organisation),
            vec![1, 0]
        );
        assert_eq!(
            sorted(&c, "members:desc", RecordKind::Organisation),
            vec![1, 0]
        );
        assert_eq!(sorted(&c, "events", RecordKind::Organisation), vec![0, 1]);
        assert_eq!(
            sorted(&c, "statements:desc", RecordKind::Organisation),
            vec![1, 0]
        );
        assert_eq!(sorted(&c, "kind", RecordKind::Organisation), vec![0, 1]);
        assert_eq!(sorted(&c, "title", RecordKind::Petition), vec![1, 0, 2]);
        assert_eq!(
            sorted(&c, "latest:desc", RecordKind::Petition),
            vec![1, 0, 2]
        );
        assert_eq!(sorted(&c, "goal", RecordKind::Petition), vec![2, 0, 1]);
        assert_eq!(
            sorted(&c, "progress:desc", RecordKind::Petition),
            vec![2, 0, 1]
        );
        assert_eq!(sorted(&c, "progress", RecordKind::Petition), vec![0, 2, 1]);
        assert_eq!(sorted(&c, "host", RecordKind::Petition), vec![0, 1, 2]);
    }

    #[test]
    fn numbers_in_text_compare_as_numbers() {
        use Ordering::*;
        assert_eq!(natural_cmp("no 2", "no 15"), Less);
        assert_eq!(natural_cmp("no 17", "no 15"), Greater);
        assert_eq!(natural_cmp("no 02", "no 2"), Greater);
        assert_eq!(natural_cmp("no 2", "no 2"), Equal);
        assert_eq!(natural_cmp("a", "ab"), Less);
        assert_eq!(natural_cmp("a10b", "a10a"), Greater);
        assert_eq!(natural_cmp("", "0"), Less);
        assert_eq!(natural_cmp("9", "a"), Less);
        assert_eq!(natural_cmp("no 1", "no 10"), Less);
        assert_eq!(natural_cmp("no 10", "no 1"), Greater);
        assert_eq!(natural_cmp("x 12 b", "x 12 a"), Greater);
        assert_eq!(natural_cmp("x 012", "x 12"), Greater);
    }

    #[test]
    fn columns_parse_from_their_names() {
        use RecordKind::*;
        for kind in RecordKind::VARIANTS {
            for col in SortColumn::all(*kind) {
                let parsed = SortColumn::parse(*kind, col.name()).unwrap();
                assert_eq!(parsed, col);
                assert_eq!(parsed.kind(), *kind);
                let s = Sort::parse(*kind, &format!("{col}:desc")).unwrap();
                assert!(s.descending);
                assert_eq!(s.to_string(), format!("{col}:desc"));
            }
        }
        assert_eq!(
            Sort::parse(Prisoner, "DAYS").unwrap().column,
            SortColumn::Prisoner(PrisonerColumn::DaysHeld)
        );
        assert_eq!(
            Sort::parse(Prisoner, "org:asc").unwrap(),
            Sort {
                column: SortColumn::Prisoner(PrisonerColumn::Organisation),
                descending: false
            }
        );
        let e = Sort::parse(Prisoner, "nmae").unwrap_err();
        assert!(
            e.starts_with("prisoners have no column `nmae`; did you mean `name`?"),
            "{e}"
        );
        assert!(e.ends_with(
            "name, status, organisation, detained, days-held, release-due, sentence, facility, \
             events, statements, news, letters, last-letter, risk, checked, sent90, unwritten"
        ));
        let e = Sort::parse(Event, "date:down").unwrap_err();
        assert_eq!(e, "`down` is not a direction: write date:asc or date:desc");
        assert!(Sort::parse(Event, "status").is_err());
    }
}
