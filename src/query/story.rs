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
}

impl LetterFacts {
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
        }
        Letters {
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
