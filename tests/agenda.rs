//! The agenda out of the terminal: `print --view agenda` in every format
//! and `--format ics` for the agenda and the events views, run as the real
//! binary, the calendars read back with an independent parser (`ical`).

mod common;
#[path = "../examples/generator/mod.rs"]
mod generator;

use campaign_dash::load::{LoadOptions, load_file};
use campaign_dash::query::Derived;
use campaign_dash::query::agenda::Kind;
use chrono::NaiveDate;

const EVERY_ITEM: &str = "tests/fixtures/agenda/every_item.toml";

use common::{ok, run};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The agenda of a file as derived for the dashboard.
fn derived(path: &str) -> (campaign_dash::model::Campaign, Derived) {
    let (_, loaded) = load_file(path.as_ref(), &LoadOptions::default()).unwrap();
    let c = loaded.campaign.expect("loads");
    let dv = Derived::new(&c, c.info.as_of.unwrap());
    (c, dv)
}

/// The events of an ics text, each as its properties (name, params, value).
fn parse_ics(text: &str) -> Vec<Vec<ical::property::Property>> {
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let cal = calendars
        .next()
        .expect("one calendar")
        .expect("the calendar parses");
    assert!(calendars.next().is_none(), "only one calendar");
    cal.events.into_iter().map(|e| e.properties).collect()
}

fn prop<'a>(e: &'a [ical::property::Property], name: &str) -> Option<&'a str> {
    e.iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.as_deref())
}

fn is_date_value(e: &[ical::property::Property], name: &str) -> bool {
    e.iter().any(|p| {
        p.name == name
            && p.params
                .as_ref()
                .is_some_and(|ps| ps.iter().any(|(k, v)| k == "VALUE" && v == &["DATE"]))
    })
}

/// The raw text follows RFC 5545's line rules: every line ends in CRLF, no
/// bare LF or CR, no line longer than 75 octets, continuation lines begin
/// with a space.
fn assert_line_rules(text: &str) {
    assert!(text.ends_with("\r\n"), "ends with CRLF");
    let lines: Vec<&str> = text.split("\r\n").collect();
    for line in &lines[..lines.len() - 1] {
        assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    assert!(
        lines.iter().any(|l| l.starts_with(' ')),
        "some long line was folded"
    );
}

#[test]
fn the_bundled_campaign_lists_the_evening_and_the_rally_and_no_anniversary() {
    let (_, dv) = derived("campaign.toml");
    let a = &dv.agenda;
    let events: Vec<(NaiveDate, &str)> = a
        .items
        .iter()
        .filter(|i| i.kind == Kind::Event)
        .map(|i| (i.date, i.uid.as_str()))
        .collect();
    assert_eq!(
        events,
        [
            (d(2023, 5, 20), "event-bremen-letters-2023-05-20"),
            (d(2023, 6, 15), "event-geneva-rally-2023-06-15"),
        ]
    );
    // Every arrest of the file with a known day was on 2022-04-19: its
    // anniversary is 2024-04-19 and its 500th day 2023-09-01, both after
    // the window (to 2023-08-04); the others are known only to the month.
    assert!(a.items.iter().all(|i| i.kind != Kind::Anniversary));
    let text = ok(&["print", "campaign.toml", "--view", "agenda"]);
    assert!(text.contains("2023-05-20  “Write to a political prisoner” evening: in 14 days"));
    assert!(text.contains("2023-06-15  Rally in Geneva: in 40 days: rally, Geneva"));
    // Anniversaries come once the window reaches them.
    let (c, _) = derived("campaign.toml");
    let of = |today| {
        Derived::new(&c, today)
            .agenda
            .items
            .into_iter()
            .filter(|i| i.kind == Kind::Anniversary && i.whom() == "Aliaksandr Yarashuk")
            .map(|i| (i.date, i.what))
            .collect::<Vec<_>>()
    };
    // 2022-04-19 + 500 days: 365 to 2023-04-19, then 135 more.
    assert_eq!(
        of(d(2023, 8, 20)),
        [(d(2023, 9, 1), "500 days behind bars".to_owned())]
    );
    assert_eq!(
        of(d(2024, 3, 1)),
        [(
            d(2024, 4, 19),
            "2 years since the arrest on 2022-04-19".to_owned()
        )]
    );
}

#[test]
fn print_agenda_in_text_markdown_csv_and_json() {
    let text = ok(&["print", EVERY_ITEM, "--view", "agenda", "--width", "100"]);
    assert!(text.starts_with(
        "Agenda\nAgenda: 22 items, as of 2023-05-06 (the file's as_of date), to 2023-08-04 (90 days)\n"
    ));
    for heading in [
        "Overdue (10)",
        "This week (6)",
        "Next 30 days (5)",
        "Later (1)",
    ] {
        assert!(
            text.contains(&format!("\n{heading}\n")),
            "{heading}:\n{text}"
        );
    }
    assert!(text.contains(
        "2023-05-01  Boris Late: birthday card late: post today: turns 53 on 2023-05-15; the post takes 14\n            days\n"
    ));
    let md = ok(&[
        "print", EVERY_ITEM, "--view", "agenda", "--format", "markdown",
    ]);
    assert!(md.contains("\n### Overdue (10)\n\n- **2022-06-19** Fyodor Unknown: write a letter"));
    let csv = ok(&["print", EVERY_ITEM, "--view", "agenda", "--format", "csv"]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "date", "group", "kind", "what", "concerns", "view", "record", "uid"
        ]
    );
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 22);
    assert_eq!(
        rows[8].iter().collect::<Vec<_>>(),
        [
            "2023-04-20",
            "Overdue",
            "release-overdue",
            "release was due 2023-04-20, 16 days ago: check for a new charge or update the record",
            "Dzmitry Overdue",
            "prisoners",
            "dzmitry",
            "release-overdue-dzmitry"
        ]
    );
    let json: serde_json::Value = serde_json::from_str(&ok(&[
        "print", EVERY_ITEM, "--view", "agenda", "--format", "json",
    ]))
    .unwrap();
    assert_eq!(json["today"], "2023-05-06");
    assert_eq!(json["horizon_days"], 90);
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 22);
    assert_eq!(items[21]["kind"], "release");
    assert_eq!(items[21]["what"], "due out 2023-07-01, from Colony 9");
    assert_eq!(items[21]["record"], "chen");
}

#[test]
fn days_sets_the_horizon_and_filter_narrows() {
    let week = ok(&["print", EVERY_ITEM, "--view", "agenda", "--days", "6"]);
    assert!(week.contains("to 2023-05-12 (6 days)"), "{week}");
    assert!(!week.contains("Next 30 days"));
    let cards = ok(&[
        "print",
        EVERY_ITEM,
        "--view",
        "agenda",
        "--filter",
        "kind:birthday",
    ]);
    assert!(
        cards.contains("Agenda: 2 of 22 items matching the filter"),
        "{cards}"
    );
    // Mistakes are the command line's: exit 2, said on stderr.
    for args in [
        &[
            "print",
            EVERY_ITEM,
            "--view",
            "agenda",
            "--filter",
            "kind:nope",
        ][..],
        &["print", EVERY_ITEM, "--view", "prisoners", "--days", "7"],
        &[
            "print",
            EVERY_ITEM,
            "--view",
            "prisoners",
            "--format",
            "ics",
        ],
        &["print", EVERY_ITEM, "--view", "agenda", "--sort", "date"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: "));
    }
}

#[test]
fn the_agenda_as_ics_reads_back_item_by_item() {
    let text = ok(&["print", EVERY_ITEM, "--view", "agenda", "--format", "ics"]);
    assert_line_rules(&text);
    let events = parse_ics(&text);
    let (_, dv) = derived(EVERY_ITEM);
    let items = &dv.agenda.items;
    assert_eq!(events.len(), items.len());
    for (e, item) in events.iter().zip(items) {
        assert_eq!(
            prop(e, "UID"),
            Some(format!("{}@campaign-dash", item.uid).as_str())
        );
        assert_eq!(
            prop(e, "SUMMARY").map(|s| s.replace("\\,", ",").replace("\\;", ";")),
            Some(format!("{}: {}", item.whom(), item.dated()))
        );
        assert_eq!(prop(e, "DTSTAMP"), Some("20230506T000000Z"));
        match item.uid.as_str() {
            // Timed: floating local time, 18:00 on its day.
            "event-evening" => {
                assert_eq!(prop(e, "DTSTART"), Some("20230512T180000"));
                assert_eq!(prop(e, "DTEND"), None);
            }
            // All day from its first day to its last, DTEND exclusive.
            "event-festival" => {
                assert!(is_date_value(e, "DTSTART"));
                assert_eq!(prop(e, "DTSTART"), Some("20230505"));
                assert_eq!(prop(e, "DTEND"), Some("20230508"));
            }
            _ => {
                assert!(is_date_value(e, "DTSTART") && is_date_value(e, "DTEND"));
                // An overdue item is on the day of the export.
                let on = item.date.max(d(2023, 5, 6));
                let day = on.format("%Y%m%d").to_string();
                let next = (on + chrono::Days::new(1)).format("%Y%m%d").to_string();
                assert_eq!(prop(e, "DTSTART"), Some(day.as_str()));
                assert_eq!(prop(e, "DTEND"), Some(next.as_str()));
            }
        }
    }
    // Printed again, the same: importing it again updates, not duplicates.
    assert_eq!(
        text,
        ok(&["print", EVERY_ITEM, "--view", "agenda", "--format", "ics"])
    );
}

#[test]
fn presenting_the_ics_leaves_out_birthdays_and_sensitive_text() {
    let text = ok(&[
        "print",
        EVERY_ITEM,
        "--view",
        "agenda",
        "--format",
        "ics",
        "--present",
    ]);
    assert_line_rules(&text);
    let events = parse_ics(&text);
    assert!(!events.is_empty());
    for e in &events {
        let uid = prop(e, "UID").unwrap();
        assert!(!uid.starts_with("birthday-"), "{uid}");
    }
    for secret in [
        "Street",
        "1980-05-25",
        "1970-05-15",
        "turns 4",
        "postal address",
    ] {
        assert!(!text.contains(secret), "{secret} in\n{text}");
    }
    let plain = ok(&["print", EVERY_ITEM, "--view", "agenda", "--format", "ics"]);
    assert!(plain.contains("turns 43"));
}

#[test]
fn the_events_view_as_ics_has_every_event_timed_where_a_time_is_given() {
    let text = ok(&[
        "print",
        "tests/fixtures/good/all_sections.toml",
        "--view",
        "events",
        "--format",
        "ics",
    ]);
    assert_line_rules(&text);
    let (c, _) = {
        let (_, loaded) = load_file(
            "tests/fixtures/good/all_sections.toml".as_ref(),
            &LoadOptions::default(),
        )
        .unwrap();
        (loaded.campaign.unwrap(), ())
    };
    let events = parse_ics(&text);
    assert_eq!(events.len(), c.events.len());
    for e in &c.events {
        let found = events
            .iter()
            .find(|x| prop(x, "UID") == Some(format!("event-{}@campaign-dash", e.id()).as_str()))
            .unwrap_or_else(|| panic!("{}", e.id()));
        let day = e.date.format("%Y%m%d").to_string();
        let start = prop(found, "DTSTART").unwrap();
        match e.time() {
            Some(t) => {
                let hhmm = t.get(..5).unwrap().replace(':', "");
                assert_eq!(start, format!("{day}T{hhmm}00"), "{}", e.id());
            }
            None => {
                assert!(is_date_value(found, "DTSTART"));
                assert_eq!(start, day);
            }
        }
        assert!(
            prop(found, "SUMMARY")
                .unwrap()
                .contains(&e.kind.to_string())
        );
    }
    // "12:00–13:00" has its end.
    assert!(
        text.contains("T120000\r\n") && text.contains("T130000\r\n"),
        "{text}"
    );
}

/// A `[[snoozed]]` item is left out of what `print` writes, and said to
/// be; `--filter kind:snoozed` prints those instead, with until when.
#[test]
fn print_leaves_the_snoozed_items_out() {
    let file = "tests/fixtures/good/all_sections.toml";
    let csv = ok(&["print", file, "--view", "agenda", "--format", "csv"]);
    assert!(csv.contains(",address-yarashuk"), "{csv}");
    assert!(!csv.contains("address-berasneu"), "{csv}");
    let text = ok(&["print", file, "--view", "agenda"]);
    assert!(text.contains("1 item (1 snoozed left out)"), "{text}");
    let snoozed = ok(&[
        "print",
        file,
        "--view",
        "agenda",
        "--format",
        "csv",
        "--filter",
        "kind:snoozed",
    ]);
    assert_eq!(snoozed.lines().count(), 2, "{snoozed}");
    assert!(snoozed.contains(",address-berasneu"), "{snoozed}");
    let text = ok(&[
        "print",
        file,
        "--view",
        "agenda",
        "--filter",
        "kind:snoozed",
    ]);
    assert!(text.contains("(snoozed until 2023-05-20: the"), "{text}");
}

/// The events of an ics text with their alarms: (properties, alarms' properties).
type Component = Vec<ical::property::Property>;
fn parse_with_alarms(text: &str) -> Vec<(Component, Vec<Component>)> {
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let cal = calendars.next().expect("one calendar").expect("parses");
    cal.events
        .into_iter()
        .map(|e| {
            (
                e.properties,
                e.alarms.into_iter().map(|a| a.properties).collect(),
            )
        })
        .collect()
}

/// What a calendar must keep true long after it is exported: no item on a
/// day already gone (an overdue item is on the day of the export, its own
/// date in the description), summaries in absolute dates only, the place of
/// an event in LOCATION, and with `--alarm` an alarm on every item.
fn assert_calendar_stays_true(text: &str, today: &str, alarm: Option<&str>) {
    assert_line_rules(text);
    let relative = regex_lite(&["days ago", " today", "tomorrow", "yesterday"]);
    let events = parse_with_alarms(text);
    assert!(!events.is_empty());
    for (e, alarms) in &events {
        let summary = prop(e, "SUMMARY").unwrap_or_default();
        assert!(
            !relative.iter().any(|w| summary.contains(w.as_str())) && !has_in_n_days(summary),
            "relative words in {summary:?}"
        );
        let start = prop(e, "DTSTART").unwrap();
        let end = prop(e, "DTEND").unwrap_or(start);
        assert!(
            &start[..8] >= today || &end[..8] > today,
            "{summary:?} on {start}, before {today}"
        );
        let uid = prop(e, "UID").unwrap();
        if uid.starts_with("event-") && summary.contains(", ") {
            assert!(prop(e, "LOCATION").is_some(), "{summary:?} has no LOCATION");
        }
        if let Some(alarm) = alarm {
            assert!(
                alarms.iter().any(|a| prop(a, "TRIGGER") == Some(alarm)
                    && prop(a, "ACTION") == Some("DISPLAY")
                    && prop(a, "DESCRIPTION").is_some()),
                "{summary:?}: no alarm {alarm}: {alarms:?}"
            );
        }
        if uid.starts_with("birthday-") {
            assert!(
                alarms.iter().any(|a| prop(a, "TRIGGER") == Some("PT9H")),
                "a birthday card has an alarm on its post-by day: {alarms:?}"
            );
        }
    }
}

fn regex_lite(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| (*w).to_owned()).collect()
}

/// "in 9 days", "in 1,200 days".
fn has_in_n_days(s: &str) -> bool {
    s.split("in ").skip(1).any(|rest| {
        let n: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ',')
            .collect();
        !n.is_empty() && rest[n.len()..].starts_with(" day")
    })
}

#[test]
fn the_agenda_calendar_stays_true() {
    let text = ok(&["print", EVERY_ITEM, "--view", "agenda", "--format", "ics"]);
    assert_calendar_stays_true(&text, "20230506", None);
    // An overdue item says its own date in the description.
    let events = parse_ics(&text);
    let check = events
        .iter()
        .find(|e| prop(e, "UID").is_some_and(|u| u.starts_with("check-boris")))
        .expect("Boris's overdue check");
    assert_eq!(prop(check, "DTSTART"), Some("20230506"));
    assert!(
        prop(check, "DESCRIPTION").is_some_and(|d| d.contains("2023-03-01")),
        "{check:?}"
    );
    let alarmed = ok(&[
        "print", EVERY_ITEM, "--view", "agenda", "--format", "ics", "--alarm", "2d",
    ]);
    assert_calendar_stays_true(&alarmed, "20230506", Some("-P2D"));
    let hours = ok(&[
        "print", EVERY_ITEM, "--view", "agenda", "--format", "ics", "--alarm", "9h",
    ]);
    assert_calendar_stays_true(&hours, "20230506", Some("-PT9H"));
    let bad = run(&[
        "print", EVERY_ITEM, "--view", "agenda", "--format", "ics", "--alarm", "soon",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--alarm"));
}

/// The same rules on a 20,000-prisoner file.
#[test]
fn the_agenda_calendar_of_20k_prisoners_stays_true() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.toml");
    std::fs::write(
        &file,
        generator::campaign_text(&generator::Spec::square(20_000)),
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let text = ok(&[
        "print",
        file,
        "--view",
        "agenda",
        "--format",
        "ics",
        "--today",
        "2024-01-15",
        "--alarm",
        "1d",
    ]);
    assert_calendar_stays_true(&text, "20240115", Some("-P1D"));
}
