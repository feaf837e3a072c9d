//! The agenda out of the terminal: text (the weekly email), markdown, csv,
//! json, and iCalendar (RFC 5545) for the agenda and the events views. The
//! items are those of [`crate::query::agenda`], whose texts are sanitised
//! there; `--days` derives them again for another horizon, `--filter`
//! narrows them with the agenda's filter.

use std::borrow::Cow;

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;
use serde_json::Value;

use super::Options;
use super::rfc5545::{Calendar, VEvent, When};
use super::table::{BOLD, md_escape, paint};
use crate::model::{Campaign, Event};
use crate::query::Derived;
use crate::query::agenda::{Agenda, Group, HORIZON, Item};
use crate::sanitize::sanitize_line;
use crate::text::wrap;
use crate::view::View;

/// The agenda `opts` asks for: the derived one, or one for `--days`.
fn agenda<'a>(c: &Campaign, d: &'a Derived, opts: &Options) -> Cow<'a, Agenda> {
    match opts.days {
        Some(days) if days != HORIZON => Cow::Owned(Agenda::new(c, d, days)),
        _ => Cow::Borrowed(&d.agenda),
    }
}

/// The items to print, in order: those of the agenda, snoozed ones left
/// out, or with `kind:snoozed` only the snoozed ones.
fn chosen<'a>(c: &Campaign, a: &'a Agenda, d: &Derived, opts: &Options) -> Vec<&'a Item> {
    match &opts.agenda_filter {
        Some(f) => {
            let items = f.items(a);
            f.apply(a, d.search_index(c))
                .into_iter()
                .map(|i| &items[i])
                .collect()
        }
        None => a.items.iter().collect(),
    }
}

/// The last day looked at.
fn last_day(a: &Agenda) -> NaiveDate {
    a.today
        .checked_add_days(Days::new(u64::from(a.horizon)))
        .unwrap_or(NaiveDate::MAX)
}

/// "Agenda: 23 items, as of 2023-05-06 (the file's as_of date), to
/// 2023-08-04 (90 days)".
fn summary(a: &Agenda, opts: &Options, shown: usize) -> String {
    let filter = opts.agenda_filter.as_ref().filter(|f| !f.is_empty());
    let n = |n: usize| crate::text::thousands(n as u64);
    let items = |count: usize| crate::t!("agenda-head-items", n = count, count = n(count));
    let matching = |of: String| crate::t!("print-agenda-matching", shown = n(shown), of = of);
    let count = match filter {
        Some(f) if f.lists_snoozed() => matching(crate::t!(
            "agenda-head-snoozed-items",
            n = a.snoozed.len(),
            count = n(a.snoozed.len())
        )),
        Some(_) => matching(items(a.items.len())),
        None => items(shown),
    };
    let count = if a.snoozed.is_empty() || filter.is_some_and(|f| f.lists_snoozed()) {
        count
    } else {
        crate::t!(
            "print-agenda-left-out",
            count = count,
            snoozed = n(a.snoozed.len())
        )
    };
    crate::t!(
        "print-agenda",
        agenda = crate::view::View::Agenda.label(),
        count = count,
        today = a.today.to_string(),
        source = opts.today_source.said(),
        last = last_day(a).to_string(),
        days = crate::t!("days", n = a.horizon, count = n(a.horizon as usize))
    )
}

/// What an empty agenda says.
fn empty(a: &Agenda, opts: &Options) -> String {
    if opts.agenda_filter.as_ref().is_some_and(|f| !f.is_empty()) {
        crate::t!("agenda-no-match")
    } else {
        crate::t!(
            "agenda-nothing",
            n = a.horizon,
            count = crate::text::thousands(u64::from(a.horizon))
        )
    }
}

/// The items of `chosen` by group, groups in order, empty ones left out.
fn by_group<'a>(chosen: &[&'a Item]) -> Vec<(Group, Vec<&'a Item>)> {
    use strum::IntoEnumIterator;
    Group::iter()
        .map(|g| {
            let items: Vec<&Item> = chosen.iter().copied().filter(|i| i.group == g).collect();
            (g, items)
        })
        .filter(|(_, items)| !items.is_empty())
        .collect()
}

/// The width of a date and the space after it.
const DATE: usize = 12;

/// The agenda as plain text within `opts.width` columns.
pub fn text(c: &Campaign, d: &Derived, opts: &Options) -> String {
    let a = agenda(c, d, opts);
    let chosen = chosen(c, &a, d, opts);
    let width = opts.width.max(DATE + 10);
    let mut out = String::new();
    for line in wrap(&sanitize_line(&c.info.name), width) {
        out.push_str(&paint(&line, BOLD, opts.color));
        out.push('\n');
    }
    for line in wrap(&summary(&a, opts, chosen.len()), width) {
        out.push_str(&line);
        out.push('\n');
    }
    if chosen.is_empty() {
        out.push('\n');
        out.push_str(&empty(&a, opts));
        out.push('\n');
    }
    for (group, items) in by_group(&chosen) {
        out.push('\n');
        let title = format!("{} ({})", group.label(), items.len());
        out.push_str(&paint(&title, BOLD, opts.color));
        out.push('\n');
        out.push_str(&"-".repeat(title.chars().count()));
        out.push('\n');
        for item in items {
            let mut text = format!("{}: {}", item.whom(), item.what);
            if let Some(snoozed) = item.snoozed_text() {
                text = format!("{text} ({snoozed})");
            }
            for (n, line) in wrap(&text, width - DATE).iter().enumerate() {
                let date = if n == 0 {
                    item.date.to_string()
                } else {
                    String::new()
                };
                out.push_str(&format!("{date:<DATE$}{line}\n"));
            }
        }
    }
    out
}

/// The agenda as markdown: a heading per group, a list item per item.
pub fn markdown(c: &Campaign, d: &Derived, opts: &Options) -> String {
    let a = agenda(c, d, opts);
    let chosen = chosen(c, &a, d, opts);
    let mut out = format!(
        "# {}\n\n## Agenda\n\n{}.\n",
        md_escape(&sanitize_line(&c.info.name)),
        md_escape(&summary(&a, opts, chosen.len()))
    );
    if chosen.is_empty() {
        out.push_str(&format!("\n{}\n", md_escape(&empty(&a, opts))));
    }
    for (group, items) in by_group(&chosen) {
        out.push_str(&format!("\n### {} ({})\n\n", group.label(), items.len()));
        for item in items {
            let snoozed = item
                .snoozed_text()
                .map(|s| format!(" ({})", md_escape(&s)))
                .unwrap_or_default();
            out.push_str(&format!(
                "- **{}** {}: {}{snoozed}\n",
                item.date,
                md_escape(&item.whom()),
                md_escape(&item.what)
            ));
        }
    }
    out
}

/// An item as csv and json have it.
#[derive(Debug, Serialize)]
struct Row<'a> {
    date: String,
    group: &'static str,
    kind: &'static str,
    what: &'a str,
    concerns: Cow<'a, str>,
    /// The view that lists the record, and its id there (a petition
    /// without one: its place, from 1).
    view: &'static str,
    record: String,
    uid: &'a str,
}

fn row<'a>(c: &Campaign, item: &'a Item) -> Row<'a> {
    Row {
        date: item.date.to_string(),
        group: item.group.title(),
        kind: item.kind.name(),
        what: &item.what,
        concerns: item.whom(),
        view: item.view.name(),
        record: record_id(c, item),
        uid: &item.uid,
    }
}

/// The id of the record an item is about.
fn record_id(c: &Campaign, item: &Item) -> String {
    let i = item.record;
    match item.view {
        View::Prisoners => c.prisoners.get(i).map(|p| p.id().to_owned()),
        View::Events => c.events.get(i).map(|e| e.id().to_owned()),
        View::Petitions => c
            .petitions
            .get(i)
            .map(|p| p.id.clone().unwrap_or_else(|| (i + 1).to_string())),
        _ => None,
    }
    .unwrap_or_default()
}

/// The agenda as json: the day, the horizon and the items.
pub fn json(c: &Campaign, d: &Derived, opts: &Options) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        today: String,
        today_source: &'static str,
        horizon_days: u32,
        items: Vec<Row<'a>>,
    }
    let a = agenda(c, d, opts);
    let chosen = chosen(c, &a, d, opts);
    super::data::json_value(&Out {
        today: a.today.to_string(),
        today_source: opts.today_source.describe(),
        horizon_days: a.horizon,
        items: chosen.iter().map(|item| row(c, item)).collect(),
    })
}

/// The agenda as a table, for csv and xlsx: a header row, then an item a
/// row.
pub fn table(c: &Campaign, d: &Derived, opts: &Options) -> super::Table {
    let a = agenda(c, d, opts);
    let chosen = chosen(c, &a, d, opts);
    let header = [
        "date", "group", "kind", "what", "concerns", "view", "record", "uid",
    ];
    let rows = chosen
        .iter()
        .map(|item| {
            let r = row(c, item);
            vec![
                Value::from(r.date),
                Value::from(r.group),
                Value::from(r.kind),
                Value::from(r.what),
                Value::from(r.concerns.into_owned()),
                Value::from(r.view),
                Value::from(r.record),
                Value::from(r.uid),
            ]
        })
        .collect();
    super::Table {
        header: header.iter().map(|h| (*h).to_owned()).collect(),
        rows,
    }
}

/// The domain of every UID: ids are unique in their section of the file,
/// the section is part of the UID.
const UID_DOMAIN: &str = "campaign-dash";

/// A calendar with the product's name and no event yet, for `events`.
fn calendar<'w>(c: &Campaign, title: &str, out: &'w mut dyn std::io::Write) -> Calendar<'w> {
    let name = format!("{}: {title}", sanitize_line(&c.info.name));
    Calendar::new("-//campaign-dash//agenda//EN", &name, out)
}

/// The start and end of an event's `time` ("18:00", "12:00–13:00") on
/// `date`; `None` where it does not begin with a time of day.
pub fn times(time: &str, date: NaiveDate) -> Option<(NaiveDateTime, Option<NaiveDateTime>)> {
    let time = time.trim();
    let start = NaiveTime::parse_from_str(time.get(..5)?, "%H:%M").ok()?;
    let rest = time.get(5..).unwrap_or("").trim_start();
    let end = rest
        .strip_prefix(['-', '–', '—'])
        .map(str::trim)
        .and_then(|r| NaiveTime::parse_from_str(r.get(..5)?, "%H:%M").ok())
        .filter(|end| *end > start)
        .map(|end| date.and_time(end));
    Some((date.and_time(start), end))
}

/// `DTSTAMP` of every event: "today" at midnight UTC, so that the same file
/// prints the same calendar.
fn stamp(today: NaiveDate) -> String {
    today.format("%Y%m%dT000000Z").to_string()
}

/// What an item says in a calendar beyond its summary.
struct Extras<'a> {
    description: &'a str,
    location: &'a str,
    alarms: &'a [&'a str],
}

/// One calendar event: all day from `date` to `last` (inclusive), or timed
/// where `time` gives a time of day (on the first day).
fn ics_event(
    cal: &mut Calendar,
    uid: &str,
    summary: &str,
    extras: &Extras<'_>,
    (date, last, time): (NaiveDate, NaiveDate, Option<&str>),
    stamp: &str,
) {
    let uid = format!("{uid}@{UID_DOMAIN}");
    // An event of several days is all day from its first to its last (its
    // time, of the first day, is in the description), so that a calendar
    // shows it on every day it runs.
    let time = time.filter(|_| last == date);
    let (start, end) = match time.and_then(|t| times(t, date)) {
        Some((start, end)) => (When::Local(start), end.map(When::Local)),
        None => (
            When::Day(date),
            Some(When::Day(
                last.checked_add_days(Days::new(1)).unwrap_or(last),
            )),
        ),
    };
    cal.event(&VEvent {
        uid: &uid,
        stamp,
        start,
        end,
        summary,
        description: extras.description,
        location: extras.location,
        alarms: extras.alarms,
    });
}

/// The alarm of a birthday card: at 09:00 on its post-by day.
const CARD_ALARM: &str = "PT9H";

/// The agenda as an iCalendar file: an event per item, in absolute dates
/// only (words such as "in 9 days" go stale in a calendar). An item
/// overdue is on the day of the export, where a calendar user looks, with
/// its own date in the description; an event keeps its own days.
pub fn agenda_ics(
    c: &Campaign,
    d: &Derived,
    opts: &Options,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let a = agenda(c, d, opts);
    let chosen = chosen(c, &a, d, opts);
    let mut cal = calendar(c, "agenda", out);
    let stamp = stamp(a.today);
    for item in chosen {
        let summary = format!("{}: {}", item.whom(), item.dated());
        let event = match item.view {
            View::Events => c.events.get(item.record),
            _ => None,
        };
        let (date, last, description) = match event {
            // The event's own days, not today for one running already.
            Some(e) => (e.date, e.last_day(), description(e)),
            None if item.date < a.today => (
                a.today,
                a.today,
                format!("Overdue: it was for {}.", item.date),
            ),
            None => (item.date, item.date, String::new()),
        };
        let location = event.map(location).unwrap_or_default();
        let mut alarms: Vec<&str> = opts.alarm.iter().map(|a| a.trigger()).collect();
        if item.kind == crate::query::agenda::Kind::Birthday {
            alarms.push(CARD_ALARM);
        }
        ics_event(
            &mut cal,
            &item.uid,
            &summary,
            &Extras {
                description: &description,
                location: &location,
                alarms: &alarms,
            },
            (date, last, item.time.as_deref()),
            &stamp,
        );
    }
    cal.finish()
}

/// Where an event is, for `LOCATION`: venue, city, country, sanitised.
fn location(e: &Event) -> String {
    [e.venue(), e.city(), e.country()]
        .into_iter()
        .flatten()
        .map(|s| sanitize_line(s.trim()).into_owned())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The summary and place of an event, sanitised.
fn description(e: &Event) -> String {
    let place = crate::text::place(e);
    // The time, where the calendar cannot hold it (several days).
    let time = e
        .time()
        .filter(|_| e.last_day() != e.date)
        .map(|t| Cow::Owned(format!("from {} on {}", sanitize_line(t), e.date)));
    let parts: Vec<Cow<'_, str>> = [
        time,
        e.venue().map(sanitize_line),
        (!place.is_empty()).then_some(Cow::Owned(place)),
        e.summary().map(|s| sanitize_line(s.trim())),
    ]
    .into_iter()
    .flatten()
    .collect();
    parts.join("\n")
}

/// The events `records` (in order) as an iCalendar file.
pub fn events_ics(
    c: &Campaign,
    d: &Derived,
    records: &[usize],
    opts: &Options,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut cal = calendar(c, "events", out);
    let stamp = stamp(d.today);
    let alarms: Vec<&str> = opts.alarm.iter().map(|a| a.trigger()).collect();
    for e in records.iter().filter_map(|&i| c.events.get(i)) {
        let title = sanitize_line(e.title());
        ics_event(
            &mut cal,
            &format!("event-{}", e.id()),
            &format!("{title} ({})", e.kind),
            &Extras {
                description: &description(e),
                location: &location(e),
                alarms: &alarms,
            },
            (e.date, e.last_day(), e.time()),
            &stamp,
        );
    }
    cal.finish()
}
