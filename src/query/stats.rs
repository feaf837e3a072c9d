//! The overview figures: counts, what is coming up, petitions, activity.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate};
use strum::VariantArray;

use super::PrisonerFacts;
use crate::model::{Campaign, ReleaseDue, Status, Tally};

/// How far ahead releases are listed, in days (today + 90 included).
pub const RELEASE_WINDOW_DAYS: u64 = 90;
/// How far ahead birthdays are listed, in days (today + 30 included).
pub const BIRTHDAY_WINDOW_DAYS: u64 = 30;

/// The overview figures. See the module documentation of [`crate::query`]
/// for what "today", "upcoming" and the windows mean exactly.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    /// Every [`Status`] in enum order, zero counts included.
    pub by_status: Vec<(Status, usize)>,
    pub prisoners_total: usize,
    /// Detained + imprisoned.
    pub in_custody: usize,
    /// Sum of `days_held` of those in custody (those without a detained date
    /// add nothing).
    pub combined_days_in_custody: i64,
    /// Of those in custody, how many have a detained date known only to the
    /// month or year (their day counts are upper bounds).
    pub partial_arrests_in_custody: usize,
    /// Events whose last day is before today.
    pub events_past: usize,
    /// Events whose last day is today or later.
    pub events_upcoming: usize,
    /// Distinct event countries, sorted, as written (blank ones left out).
    pub countries: Vec<String>,
    pub statements_total: usize,
    /// Upcoming events, soonest first (by start date, then title, then file
    /// order), all of them: an event already running comes first.
    pub next_events: Vec<usize>,
    /// Prisoners in custody due out in `today..=today + 90 days`, soonest
    /// first, ties in file order.
    pub releases_due_90: Vec<(usize, ReleaseDue)>,
    /// Prisoners in custody with a birthday in `today..=today + 30 days`:
    /// (prisoner, the day, the age turned), soonest first, ties in file order.
    pub birthdays_30: Vec<(usize, NaiveDate, u32)>,
    /// One per petition, file order.
    pub petitions: Vec<PetitionProgress>,
    /// (year, month, events starting that month) for the 12 months ending
    /// with today's month, oldest first.
    pub events_per_month: Vec<(i32, u32, usize)>,
    /// Statement indexes, newest first, same day in file order (all of them).
    pub latest_statements: Vec<usize>,
}

/// How far a petition has got.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PetitionProgress {
    /// Index into `campaign.petitions`.
    pub petition: usize,
    /// The tally of the latest date.
    pub latest: Option<Tally>,
    pub goal: Option<u64>,
    /// latest signatures / goal (may exceed 1.0); `None` without a tally or a
    /// goal above zero.
    pub ratio: Option<f64>,
}

impl Stats {
    /// Computes the figures; the slices are those of [`super::Derived`].
    pub fn new(
        campaign: &Campaign,
        today: NaiveDate,
        facts: &[PrisonerFacts],
        event_order: &[usize],
        statement_order: &[usize],
    ) -> Self {
        let mut by_status: Vec<(Status, usize)> =
            Status::VARIANTS.iter().map(|&s| (s, 0)).collect();
        let mut in_custody = 0;
        let mut combined_days_in_custody = 0i64;
        let mut partial_arrests_in_custody = 0;
        let mut releases_due_90 = Vec::new();
        let mut birthdays_30 = Vec::new();
        let release_end = today.checked_add_days(Days::new(RELEASE_WINDOW_DAYS));
        let birthday_end = today.checked_add_days(Days::new(BIRTHDAY_WINDOW_DAYS));
        for (i, p) in campaign.prisoners.iter().enumerate() {
            if let Some(slot) = by_status.iter_mut().find(|(s, _)| *s == p.status) {
                slot.1 += 1;
            }
            if !p.status.in_custody() {
                continue;
            }
            in_custody += 1;
            if p.detained.is_some_and(|d| !d.is_full()) {
                partial_arrests_in_custody += 1;
            }
            let Some(f) = facts.get(i) else { continue };
            combined_days_in_custody += f.days_held.unwrap_or(0);
            if let (Some(due), Some(end)) = (f.release_due, release_end)
                && due.date >= today
                && due.date <= end
            {
                releases_due_90.push((i, due));
            }
            if let (Some((day, age)), Some(end)) = (f.next_birthday, birthday_end)
                && day >= today
                && day <= end
            {
                birthdays_30.push((i, day, age));
            }
        }
        releases_due_90.sort_by_key(|&(i, due)| (due.date, i));
        birthdays_30.sort_by_key(|&(i, day, _)| (day, i));

        let next_events: Vec<usize> = event_order
            .iter()
            .copied()
            .filter(|&e| campaign.events.get(e).is_some_and(|ev| !ev.is_past(today)))
            .collect();
        let events_upcoming = next_events.len();
        let events_past = campaign.events.len() - events_upcoming;

        let countries: Vec<String> = campaign
            .events
            .iter()
            .filter_map(|e| e.country())
            .filter(|c| !c.trim().is_empty())
            .collect::<BTreeSet<&str>>()
            .into_iter()
            .map(str::to_owned)
            .collect();

        let petitions = campaign
            .petitions
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let latest = p.latest();
                let ratio = match (latest, p.goal) {
                    (Some(t), Some(goal)) if goal > 0 => Some(t.signatures as f64 / goal as f64),
                    _ => None,
                };
                PetitionProgress {
                    petition: i,
                    latest,
                    goal: p.goal,
                    ratio,
                }
            })
            .collect();

        Stats {
            by_status,
            prisoners_total: campaign.prisoners.len(),
            in_custody,
            combined_days_in_custody,
            partial_arrests_in_custody,
            events_past,
            events_upcoming,
            countries,
            statements_total: campaign.statements.len(),
            next_events,
            releases_due_90,
            birthdays_30,
            petitions,
            events_per_month: events_per_month(campaign, today),
            latest_statements: statement_order.to_vec(),
        }
    }
}

/// (year, month, events starting that month) for the 12 months ending with
/// the month of `today`, oldest first.
pub fn events_per_month(campaign: &Campaign, today: NaiveDate) -> Vec<(i32, u32, usize)> {
    // Months counted from year 0: the last slot is today's month.
    let month_no = |date: NaiveDate| i64::from(date.year()) * 12 + i64::from(date.month0());
    let last = month_no(today);
    let first = last - 11;
    let mut counts = [0usize; 12];
    for e in &campaign.events {
        let m = month_no(e.date);
        if (first..=last).contains(&m) {
            counts[(m - first) as usize] += 1;
        }
    }
    (first..=last)
        .zip(counts)
        .map(|(m, n)| {
            let year = m.div_euclid(12) as i32;
            let month = m.rem_euclid(12) as u32 + 1;
            (year, month, n)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, EventKind, PartialDate, Petition, Prisoner, Statement};
    use crate::query::Derived;
    use crate::query::tests::d;

    fn stats(c: &Campaign, today: NaiveDate) -> Stats {
        Derived::new(c, today).stats
    }

    fn held(id: &str, status: Status, detained: NaiveDate) -> Prisoner {
        let mut p = Prisoner::new(id, id, status);
        p.detained = Some(PartialDate::full(detained));
        p
    }

    #[test]
    fn counts_statuses_and_custody() {
        let today = d(2023, 5, 15);
        let c = Campaign {
            prisoners: vec![
                held("a", Status::Imprisoned, d(2023, 5, 5)), // 10 days
                held("b", Status::Detained, d(2023, 5, 14)),  // 1 day
                Prisoner::new("c", "c", Status::Detained),    // no date: 0
                held("d", Status::Restricted, d(2020, 1, 1)), // not in custody
                held("e", Status::Released, d(2020, 1, 1)),
            ],
            ..Campaign::default()
        };
        let s = stats(&c, today);
        assert_eq!(
            s.by_status,
            vec![
                (Status::Detained, 2),
                (Status::Imprisoned, 1),
                (Status::Restricted, 1),
                (Status::Released, 1),
                (Status::Deceased, 0),
            ]
        );
        assert_eq!(s.prisoners_total, 5);
        assert_eq!(s.in_custody, 3);
        assert_eq!(s.combined_days_in_custody, 11);
        assert_eq!(s.partial_arrests_in_custody, 0);
        let mut c = c;
        c.prisoners[0].detained = Some(PartialDate::parse("2023-05").unwrap());
        c.prisoners[3].detained = Some(PartialDate::parse("2020").unwrap());
        assert_eq!(stats(&c, today).partial_arrests_in_custody, 1);
    }

    #[test]
    fn events_are_upcoming_until_their_last_day() {
        let today = d(2023, 5, 15);
        let mut c = Campaign::default();
        let mut running = Event::new("run", "Running", d(2023, 5, 10), EventKind::Conference);
        running.end = Some(today);
        let mut ended = Event::new("end", "Ended", d(2023, 5, 10), EventKind::Conference);
        ended.end = Some(d(2023, 5, 14));
        let mut later = Event::new("later", "Later", d(2023, 6, 1), EventKind::Rally);
        later.edit(|d| d.country = Some("Brazil".into()));
        let mut today_ev = Event::new("today", "Today", today, EventKind::Picket);
        today_ev.edit(|d| d.country = Some("Belgium".into()));
        let mut yesterday = Event::new("y", "Yesterday", d(2023, 5, 14), EventKind::Vigil);
        yesterday.edit(|d| d.country = Some("Brazil".into()));
        let mut blank = Event::new("b", "Blank", d(2022, 1, 1), EventKind::Other);
        blank.edit(|d| d.country = Some("  ".into()));
        c.events = vec![later, ended, today_ev, running, yesterday, blank];
        let s = stats(&c, today);
        assert_eq!(s.events_upcoming, 3);
        assert_eq!(s.events_past, 3);
        // Running (started 10 May) first, then today's, then June's.
        assert_eq!(s.next_events, vec![3, 2, 0]);
        assert_eq!(s.countries, vec!["Belgium".to_string(), "Brazil".into()]);
    }

    #[test]
    fn releases_due_within_90_days_of_those_in_custody() {
        let today = d(2023, 5, 15);
        let mut c = Campaign::default();
        let due = |id: &str, status: Status, date: NaiveDate| {
            let mut p = Prisoner::new(id, id, status);
            p.release_due = Some(date);
            p
        };
        let mut estimated = held("est", Status::Detained, d(2022, 6, 1));
        estimated.sentence_months = Some(12); // 2023-06-01
        c.prisoners = vec![
            due("edge", Status::Imprisoned, d(2023, 8, 13)), // today + 90
            due("over", Status::Imprisoned, d(2023, 8, 14)), // today + 91
            due("today", Status::Imprisoned, today),
            due("past", Status::Imprisoned, d(2023, 5, 14)),
            due("out", Status::Restricted, d(2023, 6, 1)),
            estimated,
        ];
        let s = stats(&c, today);
        let got: Vec<(usize, NaiveDate, bool)> = s
            .releases_due_90
            .iter()
            .map(|&(i, r)| (i, r.date, r.estimate))
            .collect();
        assert_eq!(
            got,
            vec![
                (2, today, false),
                (5, d(2023, 6, 1), true),
                (0, d(2023, 8, 13), false),
            ]
        );
    }

    #[test]
    fn birthdays_within_30_days_of_those_in_custody() {
        let today = d(2023, 2, 1);
        let mut c = Campaign::default();
        let born = |id: &str, status: Status, date: &str| {
            let mut p = Prisoner::new(id, id, status);
            p.born = Some(PartialDate::parse(date).unwrap());
            p
        };
        c.prisoners = vec![
            born("edge", Status::Imprisoned, "1970-03-03"), // today + 30
            born("over", Status::Imprisoned, "1970-03-04"), // today + 31
            born("leap", Status::Detained, "1996-02-29"),   // 28 Feb 2023
            born("today", Status::Detained, "1961-02-01"),
            born("yesterday", Status::Detained, "1961-01-31"),
            born("free", Status::Released, "1961-02-02"),
            born("partial", Status::Detained, "1961-02"),
        ];
        let s = stats(&c, today);
        assert_eq!(
            s.birthdays_30,
            vec![
                (3, today, 62),
                (2, d(2023, 2, 28), 27),
                (0, d(2023, 3, 3), 53),
            ]
        );
    }

    #[test]
    fn birthdays_wrap_into_next_year() {
        let today = d(2023, 12, 20);
        let mut p = Prisoner::new("a", "a", Status::Imprisoned);
        p.born = Some(PartialDate::full(d(1980, 1, 5)));
        let c = Campaign {
            prisoners: vec![p],
            ..Campaign::default()
        };
        assert_eq!(stats(&c, today).birthdays_30, vec![(0, d(2024, 1, 5), 44)]);
    }

    #[test]
    fn petitions_report_latest_tally_and_ratio() {
        let tally = |date: NaiveDate, signatures: u64| Tally { date, signatures };
        let c = Campaign {
            petitions: vec![
                Petition {
                    title: "a".into(),
                    goal: Some(1000),
                    counts: vec![tally(d(2023, 2, 1), 500), tally(d(2023, 1, 1), 100)],
                    ..Petition::default()
                },
                Petition {
                    title: "no goal".into(),
                    counts: vec![tally(d(2023, 1, 1), 7)],
                    ..Petition::default()
                },
                Petition {
                    title: "zero goal".into(),
                    goal: Some(0),
                    counts: vec![tally(d(2023, 1, 1), 7)],
                    ..Petition::default()
                },
                Petition {
                    title: "no counts".into(),
                    goal: Some(10),
                    ..Petition::default()
                },
            ],
            ..Campaign::default()
        };
        let s = stats(&c, d(2023, 5, 15));
        assert_eq!(
            s.petitions[0],
            PetitionProgress {
                petition: 0,
                latest: Some(tally(d(2023, 2, 1), 500)),
                goal: Some(1000),
                ratio: Some(0.5),
            }
        );
        assert_eq!(s.petitions[1].ratio, None);
        assert_eq!(s.petitions[1].latest.map(|t| t.signatures), Some(7));
        assert_eq!(s.petitions[2].ratio, None);
        assert_eq!(s.petitions[3].latest, None);
        assert_eq!(s.petitions[3].ratio, None);
        assert_eq!(s.petitions.len(), 4);
    }

    #[test]
    fn events_per_month_covers_twelve_months_ending_today() {
        let today = d(2023, 2, 1);
        let ev = |date: NaiveDate| Event::new("e", "E", date, EventKind::Rally);
        let mut long = ev(d(2022, 2, 28));
        long.end = Some(d(2022, 3, 2)); // counted by its start: February 2022, too old
        let c = Campaign {
            events: vec![
                ev(d(2022, 3, 1)),  // first month
                ev(d(2023, 2, 28)), // today's month, after today
                ev(d(2023, 2, 1)),
                ev(d(2022, 12, 31)),
                ev(d(2023, 3, 1)), // next month: out
                long,
            ],
            ..Campaign::default()
        };
        let s = stats(&c, today);
        assert_eq!(s.events_per_month.len(), 12);
        assert_eq!(s.events_per_month[0], (2022, 3, 1));
        assert_eq!(s.events_per_month[9], (2022, 12, 1));
        assert_eq!(s.events_per_month[10], (2023, 1, 0));
        assert_eq!(s.events_per_month[11], (2023, 2, 2));
        let total: usize = s.events_per_month.iter().map(|m| m.2).sum();
        assert_eq!(total, 4);
        let months: Vec<(i32, u32)> = s.events_per_month.iter().map(|m| (m.0, m.1)).collect();
        assert_eq!(months[1], (2022, 4));
        assert_eq!(months[10], (2023, 1));
    }

    #[test]
    fn events_per_month_in_december() {
        let s = stats(&Campaign::default(), d(2023, 12, 31));
        assert_eq!(s.events_per_month[0], (2023, 1, 0));
        assert_eq!(s.events_per_month[11], (2023, 12, 0));
    }

    #[test]
    fn counts_statements() {
        let c = Campaign {
            statements: vec![
                Statement::new(d(2023, 1, 1), "a", "x"),
                Statement::new(d(2023, 2, 1), "b", "y"),
            ],
            ..Campaign::default()
        };
        let s = stats(&c, d(2023, 5, 15));
        assert_eq!(s.statements_total, 2);
        assert_eq!(s.latest_statements, vec![1, 0]);
    }
}
