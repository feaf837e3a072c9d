//! The letters of each prisoner and of each event, and who is at special
//! risk: computed once per load, in [`Derived`](super::Derived).

use chrono::NaiveDate;

use crate::model::{Campaign, Direction, Letter, Prisoner, Risk, Risks};

use super::links::Links;

/// The letters to and from one prisoner, as of "today".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LetterFacts {
    /// Pieces sent, received and returned (a letter's `count` each).
    pub sent: u64,
    pub received: u64,
    pub returned: u64,
    pub last_sent: Option<NaiveDate>,
    pub last_received: Option<NaiveDate>,
    pub last_returned: Option<NaiveDate>,
    /// Days since a letter was last received, for a prisoner in custody:
    /// from the last one received, or, with none, from the arrest (the
    /// current one) or nothing when that is not known either. `None` too
    /// where the file records no letters at all.
    pub no_news_days: Option<i64>,
    /// Pieces sent in the [`RECENT_DAYS`] up to today.
    pub sent_recent: u64,
    /// Days since a letter was last sent, for a prisoner in custody: from
    /// the last one sent, or, with none, from the arrest; `None` as for
    /// [`no_news_days`](Self::no_news_days).
    pub since_sent_days: Option<i64>,
}

/// The days "recent" letters are counted over: who needs letters most is
/// who had the fewest in these.
pub const RECENT_DAYS: u64 = 90;

impl LetterFacts {
    /// What a prisoner's letters come to: "12 sent (last 2023-03-10), 1
    /// received (last 2023-04-02), 1 returned (last 2023-04-20)".
    pub fn said(&self) -> String {
        let f = self;
        let part = |what: String, last: Option<NaiveDate>| match last {
            Some(d) => crate::t!("letters-last", what = what, date = d.to_string()),
            None => what,
        };
        let count = |n: u64| crate::text::thousands(n);
        [
            part(
                crate::t!("letters-sent", n = f.sent, count = count(f.sent)),
                f.last_sent,
            ),
            part(
                crate::t!(
                    "letters-received",
                    n = f.received,
                    count = count(f.received)
                ),
                f.last_received,
            ),
            part(
                crate::t!(
                    "letters-returned",
                    n = f.returned,
                    count = count(f.returned)
                ),
                f.last_returned,
            ),
        ]
        .join(", ")
    }

    /// All pieces, whichever the direction.
    pub fn total(&self) -> u64 {
        self.sent + self.received + self.returned
    }
}

/// The letters of the campaign, by prisoner and by event.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Letters {
    /// Indexes of `campaign.letters` by date, ties in file order.
    pub order: Vec<usize>,
    /// One per prisoner: indexes of their letters, by date.
    pub by_prisoner: Vec<Vec<usize>>,
    /// One per event: indexes of the letters written there, by date.
    pub by_event: Vec<Vec<usize>>,
    /// One per prisoner.
    pub facts: Vec<LetterFacts>,
    /// Pieces sent and received in the 30 days up to today.
    pub sent_30: u64,
    pub received_30: u64,
    /// Prisoners in custody with no letter recorded at all.
    pub in_custody_without: usize,
    /// Prisoners in custody, those who need letters most first: the fewest
    /// pieces sent in [`RECENT_DAYS`], then the longest without news, then
    /// the longest since a letter was sent, then file order. Empty where the
    /// file records no letters.
    pub fewest: Vec<usize>,
    /// One per prisoner: the `[[facilities]]` record of the place they are
    /// held now (matched folded, as the filter folds), if there is one.
    pub facility: Vec<Option<usize>>,
}

impl Letters {
    pub fn new(campaign: &Campaign, links: &Links, today: NaiveDate) -> Self {
        let (prisoners, events) = (&links.prisoner_by_id, &links.event_by_id);
        let mut order: Vec<usize> = (0..campaign.letters.len()).collect();
        order.sort_by_key(|&i| campaign.letters[i].date);
        let mut by_prisoner = vec![Vec::new(); campaign.prisoners.len()];
        let mut by_event = vec![Vec::new(); campaign.events.len()];
        let mut facts = vec![LetterFacts::default(); campaign.prisoners.len()];
        let mut sent_30 = 0;
        let mut received_30 = 0;
        let month_ago = today
            .checked_sub_days(chrono::Days::new(30))
            .unwrap_or(today);
        let recent_from = today
            .checked_sub_days(chrono::Days::new(RECENT_DAYS))
            .unwrap_or(today);
        for &i in &order {
            let l: &Letter = &campaign.letters[i];
            let recent = l.date > month_ago && l.date <= today;
            match l.direction {
                Direction::Sent if recent => sent_30 += l.pieces(),
                Direction::Received if recent => received_30 += l.pieces(),
                _ => {}
            }
            if let Some(&e) = l.event.as_deref().and_then(|id| events.get(id)) {
                by_event[e].push(i);
            }
            let Some(&p) = prisoners.get(&l.prisoner) else {
                continue;
            };
            by_prisoner[p].push(i);
            let f = &mut facts[p];
            let (n, last) = match l.direction {
                Direction::Sent => (&mut f.sent, &mut f.last_sent),
                Direction::Received => (&mut f.received, &mut f.last_received),
                Direction::Returned => (&mut f.returned, &mut f.last_returned),
            };
            *n += l.pieces();
            *last = Some(l.date);
            if l.direction == Direction::Sent && l.date > recent_from && l.date <= today {
                f.sent_recent += l.pieces();
            }
        }
        let mut in_custody_without = 0;
        // A file that records no letters at all says nothing of news.
        let tracked = !campaign.letters.is_empty();
        for (p, f) in campaign.prisoners.iter().zip(&mut facts) {
            if !p.status.in_custody() || !tracked {
                continue;
            }
            if f.total() == 0 {
                in_custody_without += 1;
            }
            let since = f
                .last_received
                .or_else(|| p.detained.map(|d| d.first_day()));
            f.no_news_days = since.map(|d| crate::model::days_between(d, today).max(0));
            let since = f.last_sent.or_else(|| p.detained.map(|d| d.first_day()));
            f.since_sent_days = since.map(|d| crate::model::days_between(d, today).max(0));
        }
        let mut fewest: Vec<usize> = if tracked {
            (0..campaign.prisoners.len())
                .filter(|&i| campaign.prisoners[i].status.in_custody())
                .collect()
        } else {
            Vec::new()
        };
        // Unknown spells of silence count as the shortest: a prisoner is put
        // first for what is known of them, not for what is not.
        fewest.sort_by_key(|&i| {
            let f = &facts[i];
            (
                f.sent_recent,
                std::cmp::Reverse(f.no_news_days.unwrap_or(-1)),
                std::cmp::Reverse(f.since_sent_days.unwrap_or(-1)),
            )
        });
        Letters {
            fewest,
            facility: facilities_of(campaign),
            order,
            by_prisoner,
            by_event,
            facts,
            sent_30,
            received_30,
            in_custody_without,
        }
    }
}

/// The `[[facilities]]` record of each prisoner's place now, by its name
/// folded as the filter folds (the first record of a name counts).
fn facilities_of(campaign: &Campaign) -> Vec<Option<usize>> {
    use crate::model::fold::search_fold;
    if campaign.facilities.is_empty() {
        return vec![None; campaign.prisoners.len()];
    }
    let mut by_name: std::collections::HashMap<String, usize, foldhash::fast::RandomState> =
        Default::default();
    for (i, f) in campaign.facilities.iter().enumerate() {
        by_name.entry(search_fold(&f.name)).or_insert(i);
    }
    campaign
        .prisoners
        .iter()
        .map(|p| {
            let place = p.current_facility()?;
            by_name.get(&search_fold(place)).copied()
        })
        .collect()
}

/// Why a prisoner needs letters, in a few words: "2 letters in 90 days,
/// no news for 120 days".
pub fn need_summary(f: &LetterFacts) -> String {
    use crate::text::plural;
    let n = usize::try_from(f.sent_recent).unwrap_or(usize::MAX);
    let mut out = format!("{} in {RECENT_DAYS} days", plural(n, "letter", "letters"));
    if let Some(days) = f.no_news_days {
        let days = usize::try_from(days).unwrap_or(0);
        out.push_str(&format!(", no news for {}", plural(days, "day", "days")));
    }
    out
}

/// The risks of `p` as of `today`: those written, and `elderly` for an age
/// of 60 or more from `born` (known to the year at least).
pub fn risks(p: &Prisoner, today: NaiveDate) -> Risks {
    let mut r = p.risk;
    if let Some(born) = p.born
        && p.status != crate::model::Status::Deceased
    {
        // Known only to the year or month: the latest day it could be, so
        // that no one is counted older than they may be.
        let age = today.years_since(born.last_day());
        if age.is_some_and(|a| a >= 60) {
            r.insert(Risk::Elderly);
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PartialDate, Status};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn letter(date: NaiveDate, prisoner: &str, direction: Direction, count: Option<u64>) -> Letter {
        Letter {
            date,
            prisoner: prisoner.into(),
            direction,
            count,
            ..Letter::default()
        }
    }

    #[test]
    fn letters_are_counted_per_prisoner_with_the_last_of_each() {
        let mut a = Prisoner::new("a", "A", Status::Imprisoned);
        a.detained = Some(PartialDate::full(d(2022, 1, 1)));
        let b = Prisoner::new("b", "B", Status::Detained);
        let c = Campaign {
            prisoners: vec![a, b],
            letters: vec![
                letter(d(2023, 4, 20), "a", Direction::Sent, Some(12)),
                letter(d(2023, 1, 2), "a", Direction::Received, None),
                letter(d(2023, 3, 1), "a", Direction::Sent, None),
                letter(d(2023, 2, 1), "a", Direction::Returned, None),
            ],
            ..Campaign::default()
        };
        let links = Links::new(&c, &[], &[]);
        let l = Letters::new(&c, &links, d(2023, 5, 1));
        assert_eq!(l.order, [1, 3, 2, 0]);
        assert_eq!(l.by_prisoner, [vec![1, 3, 2, 0], vec![]]);
        let f = l.facts[0];
        assert_eq!((f.sent, f.received, f.returned), (13, 1, 1));
        assert_eq!(f.last_sent, Some(d(2023, 4, 20)));
        assert_eq!(f.last_received, Some(d(2023, 1, 2)));
        assert_eq!(f.no_news_days, Some(119));
        // Without letters or an arrest date, nothing is said.
        assert_eq!(l.facts[1].no_news_days, None);
        assert_eq!((l.sent_30, l.received_30), (12, 0));
        assert_eq!(l.in_custody_without, 1);
        // 12 on 20 April and 1 on 1 March: both within 90 days of 1 May.
        assert_eq!(f.sent_recent, 13);
        assert_eq!(f.since_sent_days, Some(11));
        // B has none and comes first; A, with 13, after.
        assert_eq!(l.fewest, [1, 0]);
    }

    #[test]
    fn the_fewest_letters_come_first_then_the_longest_silence() {
        let held = |id: &str, detained: NaiveDate| {
            let mut p = Prisoner::new(id, id, Status::Imprisoned);
            p.detained = Some(PartialDate::full(detained));
            p
        };
        let mut out = Prisoner::new("out", "Out", Status::Released);
        out.detained = Some(PartialDate::full(d(2020, 1, 1)));
        let c = Campaign {
            prisoners: vec![
                held("a", d(2022, 1, 1)),
                held("b", d(2021, 1, 1)),
                held("c", d(2022, 6, 1)),
                out,
            ],
            letters: vec![
                // An old letter does not count among the recent ones.
                letter(d(2022, 2, 1), "b", Direction::Sent, Some(5)),
                letter(d(2023, 4, 1), "a", Direction::Sent, Some(2)),
                letter(d(2023, 4, 2), "c", Direction::Sent, None),
                letter(d(2023, 4, 3), "c", Direction::Received, None),
            ],
            ..Campaign::default()
        };
        let links = Links::new(&c, &[], &[]);
        let l = Letters::new(&c, &links, d(2023, 5, 1));
        assert_eq!(l.facts[1].sent_recent, 0);
        assert_eq!(l.facts[0].sent_recent, 2);
        // b: none in 90 days; c: one, but news 28 days ago; a: two. The
        // released prisoner is not among them.
        assert_eq!(l.fewest, [1, 2, 0]);
        assert_eq!(
            need_summary(&l.facts[2]),
            "1 letter in 90 days, no news for 28 days"
        );
    }

    #[test]
    fn a_prisoner_s_facility_is_found_by_its_folded_name() {
        let mut a = Prisoner::new("a", "A", Status::Imprisoned);
        a.edit(|d| d.facility = Some("Penal colony No. 3 \"Vitba\"".into()));
        let mut b = Prisoner::new("b", "B", Status::Imprisoned);
        b.edit(|d| d.facility = Some("ИК-3".into()));
        let c = Campaign {
            prisoners: vec![a, b, Prisoner::new("c", "C", Status::Detained)],
            facilities: vec![
                crate::model::Facility {
                    name: "penal colony no 3 vitba".into(),
                    ..Default::default()
                },
                crate::model::Facility {
                    name: "ik-3".into(),
                    ..Default::default()
                },
            ],
            ..Campaign::default()
        };
        let links = Links::new(&c, &[], &[]);
        let l = Letters::new(&c, &links, d(2023, 5, 1));
        assert_eq!(l.facility, [Some(0), Some(1), None]);
    }

    #[test]
    fn sixty_from_born_is_elderly() {
        let mut p = Prisoner::new("a", "A", Status::Imprisoned);
        p.born = PartialDate::parse("1963").ok();
        assert!(!risks(&p, d(2023, 12, 30)).contains(Risk::Elderly));
        assert!(risks(&p, d(2024, 1, 1)).contains(Risk::Elderly));
        assert!(risks(&p, d(2024, 1, 1)).iter().eq([Risk::Elderly]));
    }
}
