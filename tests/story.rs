//! The prisoner's story and the letters (issue 14): a file with custody
//! histories, earlier arrests, risk and letters loads into the model as
//! written, whichever TOML form its sub-tables take.

mod common;

use campaign_dash::load::{LoadOptions, parse_str};
use campaign_dash::model::{ArrestKind, Campaign, Channel, Direction, PartialDate, Risk};
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn load(text: &str) -> Campaign {
    let opts = LoadOptions {
        today: None,
        system_today: d(2026, 1, 1),
        retention: true,
    };
    let loaded = parse_str(text, &opts);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    loaded.campaign.expect("it loads")
}

fn story() -> Campaign {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/good/story.toml"
    );
    load(&std::fs::read_to_string(path).unwrap())
}

#[test]
fn custody_earlier_risk_and_letters_load_as_written() {
    let c = story();
    assert_eq!(c.info.post_days, Some(14));
    assert_eq!(c.info.write_every_days, Some(30));
    assert_eq!(c.info.check_every_days, Some(90));
    let y = &c.prisoners[0];
    assert_eq!(y.sort_as(), Some("Yarashuk Aliaksandr"));
    assert_eq!(y.checked, Some(d(2023, 5, 1)));
    assert_eq!(
        y.risk.iter().collect::<Vec<_>>(),
        [Risk::Health, Risk::Isolation]
    );
    let places: Vec<(String, &str)> = y
        .custody
        .iter()
        .map(|c| (c.since.to_string(), c.facility.as_str()))
        .collect();
    assert_eq!(
        places,
        [
            ("2022-04-19".to_string(), "Pre-trial centre No. 1, Minsk"),
            ("2023-01".to_string(), "Penal colony No. 2, Babruisk"),
        ]
    );
    assert_eq!(
        y.custody[1].address.as_deref(),
        Some("Sikorskaha 1, 213800 Babruisk")
    );
    assert_eq!(y.earlier.len(), 1);
    assert_eq!(y.earlier[0].kind, Some(ArrestKind::Administrative));
    assert_eq!(y.earlier[0].sentence.as_deref(), Some("15 days"));
    // The inline forms read alike.
    let k = &c.prisoners[1];
    assert_eq!(k.custody.len(), 2);
    assert_eq!(k.custody[1].since, PartialDate::year(2022));
    assert_eq!(
        k.earlier[0].detained,
        PartialDate::year_month(2020, 11).unwrap()
    );
    let letters: Vec<(Direction, u64)> = c
        .letters
        .iter()
        .map(|l| (l.direction, l.pieces()))
        .collect();
    assert_eq!(
        letters,
        [
            (Direction::Sent, 12),
            (Direction::Received, 1),
            (Direction::Returned, 1)
        ]
    );
    assert_eq!(c.letters[0].channel, Some(Channel::Post));
    assert_eq!(c.letters[0].event.as_deref(), Some("cards-berlin"));
    assert_eq!(c.letters[0].by.as_deref(), Some("Berlin group"));
}

/// `[[prisoners.custody]]` headers and an inline array give the same
/// prisoner, and a header sub-table stays with the prisoner above it even
/// when other records follow.
#[test]
fn header_and_inline_sub_tables_are_the_same() {
    let head = "[campaign]\nname = \"x\"\n\n[[prisoners]]\nid = \"a\"\nname = \"A\"\nstatus = \"detained\"\ndetained = 2022-01-01\n";
    let headers = format!(
        "{head}\n[[prisoners.custody]]\nsince = 2022-01-01\nfacility = \"One\"\n\n[[ prisoners . custody ]] # moved\nsince = 2022-03-01\nfacility = \"Two\"\n\n[[prisoners.earlier]]\ndetained = 2020-01-01\nreleased = 2020-01-15\n\n[[prisoners]]\nid = \"b\"\nname = \"B\"\nstatus = \"detained\"\n"
    );
    let inline = format!(
        "{head}custody = [{{ since = 2022-01-01, facility = \"One\" }}, {{ since = 2022-03-01, facility = \"Two\" }}]\nearlier = [{{ detained = 2020-01-01, released = 2020-01-15 }}]\n\n[[prisoners]]\nid = \"b\"\nname = \"B\"\nstatus = \"detained\"\n"
    );
    let (a, b) = (load(&headers), load(&inline));
    assert_eq!(a.prisoners, b.prisoners);
    assert_eq!(a.prisoners[0].custody.len(), 2);
    assert!(a.prisoners[1].custody.is_empty());
}

mod filters {
    use super::*;
    use campaign_dash::query::{Derived, Filter, RecordKind, filter_indices};

    fn ids(c: &Campaign, q: &str) -> Vec<String> {
        let d = Derived::new(c, d(2023, 5, 6));
        let f = Filter::parse(q, RecordKind::Prisoner).unwrap_or_else(|e| panic!("{q}: {e:?}"));
        filter_indices(&f, c, &d)
            .into_iter()
            .map(|i| c.prisoners[i].id().to_owned())
            .collect()
    }

    #[test]
    fn risk_moved_news_and_letters() {
        let c = story();
        assert_eq!(ids(&c, "risk:health"), ["yarashuk"]);
        assert_eq!(ids(&c, "risk:elderly"), ["yarashuk"], "born 1960");
        assert!(ids(&c, "risk:disability").is_empty());
        assert_eq!(ids(&c, "-risk:health"), ["komlev"]);
        // Moved: to a place after the first; Komlev in 2022, Yarashuk in 2023-01.
        assert_eq!(ids(&c, "moved:2023"), ["yarashuk"]);
        assert_eq!(ids(&c, "moved:2022"), ["komlev"]);
        assert!(
            ids(&c, "moved:2021").is_empty(),
            "the first place is no move"
        );
        // Yarashuk's last letter received was on 2023-04-02: 34 days.
        assert_eq!(ids(&c, "news:>30"), ["yarashuk"]);
        assert!(ids(&c, "news:>34").is_empty());
        assert_eq!(ids(&c, "news:>=34"), ["yarashuk"]);
        assert_eq!(ids(&c, "news:34"), ["yarashuk"]);
        assert_eq!(ids(&c, "letters:0"), ["komlev"]);
        assert_eq!(ids(&c, "letters:>10"), ["yarashuk"]);
    }

    #[test]
    fn bad_values_are_refused_with_an_example() {
        let err = |q: &str| Filter::parse(q, RecordKind::Prisoner).unwrap_err().message;
        assert!(
            err("risk:helth").contains("health"),
            "{}",
            err("risk:helth")
        );
        assert!(
            err("news:lots").contains("not a number"),
            "{}",
            err("news:lots")
        );
        assert!(err("news:>").contains("number"));
        assert!(
            Filter::parse("news:>", RecordKind::Prisoner)
                .unwrap_err()
                .incomplete
        );
    }

    /// Presenting, risk is taken out: no filter finds who is at risk, and
    /// the count of those at risk stays.
    #[test]
    fn presenting_risk_cannot_be_filtered_but_is_counted() {
        let mut c = story();
        let before = Derived::new(&c, d(2023, 5, 6)).at_risk;
        campaign_dash::present::strip(&mut c, d(2023, 5, 6));
        for q in [
            "risk:health",
            "risk:elderly",
            "risk:isolation",
            "-risk:health,elderly,isolation,other",
        ] {
            let n = ids(&c, q).len();
            assert!(n == 0 || q.starts_with('-') && n == 2, "{q}: {n}");
        }
        assert_eq!(Derived::new(&c, d(2023, 5, 6)).at_risk, before);
        assert_eq!(before, 1);
    }
}

mod letters {
    use super::*;
    use campaign_dash::query::{Derived, Filter, RecordKind, Sort, default_order, filter_indices};

    /// The letters `q` finds, as "date direction".
    fn found(c: &Campaign, q: &str) -> Vec<String> {
        let d = Derived::new(c, d(2023, 5, 6));
        let f = Filter::parse(q, RecordKind::Letter).unwrap_or_else(|e| panic!("{q}: {e:?}"));
        filter_indices(&f, c, &d)
            .into_iter()
            .map(|i| format!("{} {}", c.letters[i].date, c.letters[i].direction))
            .collect()
    }

    #[test]
    fn the_filter_finds_letters_by_prisoner_event_writer_way_and_date() {
        let c = story();
        let all = [
            "2023-03-10 sent",
            "2023-04-02 received",
            "2023-04-20 returned",
        ];
        // A plain word: the prisoner's name, the event's title, the writer.
        assert_eq!(found(&c, "yarashuk"), all);
        assert_eq!(found(&c, "prisoner:aliaksandr"), all);
        assert_eq!(found(&c, "card-writing"), ["2023-03-10 sent"]);
        assert_eq!(found(&c, "event:evening"), ["2023-03-10 sent"]);
        assert_eq!(found(&c, "berlin"), ["2023-03-10 sent"]);
        assert_eq!(found(&c, "by:berlin"), ["2023-03-10 sent"]);
        assert_eq!(found(&c, "thanks"), ["2023-04-02 received"]);
        assert_eq!(found(&c, "direction:returned"), ["2023-04-20 returned"]);
        assert_eq!(found(&c, "-direction:sent"), all[1..]);
        assert_eq!(found(&c, "channel:post"), ["2023-03-10 sent"]);
        assert_eq!(found(&c, "date:2023-04"), all[1..]);
        assert_eq!(found(&c, "date:..2023-03-31"), ["2023-03-10 sent"]);
        assert!(
            Filter::parse("direction:lost", RecordKind::Letter)
                .unwrap_err()
                .message
                .contains("returned")
        );
    }

    /// Presenting, the writers and notes are out of the data, so no filter
    /// finds a letter by them; the letters themselves stay.
    #[test]
    fn presenting_writers_and_notes_cannot_be_found() {
        let mut c = story();
        campaign_dash::present::strip(&mut c, d(2023, 5, 6));
        for q in ["berlin", "by:berlin", "thanks", "notes:thanks", "by:group"] {
            assert!(found(&c, q).is_empty(), "{q}");
        }
        assert_eq!(found(&c, "yarashuk").len(), 3);
    }

    #[test]
    fn letters_sort_by_each_column() {
        let c = story();
        let d = Derived::new(&c, d(2023, 5, 6));
        let sorted = |spec: &str| -> Vec<String> {
            let mut v = default_order(RecordKind::Letter, &c, &d);
            campaign_dash::query::sort(
                Sort::parse(RecordKind::Letter, spec).unwrap(),
                &mut v,
                &c,
                &d,
                d.search_index(&c),
            );
            v.into_iter()
                .map(|i| c.letters[i].date.to_string())
                .collect()
        };
        assert_eq!(
            sorted("date:desc"),
            ["2023-04-20", "2023-04-02", "2023-03-10"]
        );
        assert_eq!(sorted("count:desc")[0], "2023-03-10", "12 cards at once");
        // Those without a channel or an event last, in both directions.
        assert_eq!(sorted("channel")[0], "2023-03-10");
        assert_eq!(sorted("event:desc")[0], "2023-03-10");
        assert_eq!(
            sorted("direction"),
            ["2023-03-10", "2023-04-02", "2023-04-20"]
        );
        assert!(
            Sort::parse(RecordKind::Letter, "writer")
                .unwrap_err()
                .contains("columns: date, prisoner, direction, count, channel, event")
        );
    }

    fn print(args: &[&str]) -> (bool, String) {
        let mut all = vec!["print", "--today", "2023-05-06", "--view", "letters"];
        all.extend(args);
        all.push("tests/fixtures/good/story.toml");
        let out = crate::common::run(&all);
        (out.status.success(), String::from_utf8(out.stdout).unwrap())
    }

    /// Sorted by prisoner, letters go by the prisoner's family name, or by
    /// their `sort_as`, as the Prisoners list does; a letter of an
    /// unknown prisoner (refused by the loader) cannot occur here.
    #[test]
    fn letters_sort_by_the_prisoners_family_name_or_sort_as() {
        let text = "format = 1\n[campaign]\nname = \"x\"\nas_of = 2023-05-06\n\
            [[prisoners]]\nid = \"a\"\nname = \"Anna Zimmer\"\nstatus = \"imprisoned\"\n\
            [[prisoners]]\nid = \"b\"\nname = \"Zoe Adams\"\nstatus = \"imprisoned\"\n\
            [[prisoners]]\nid = \"c\"\nname = \"Ihar Mid\"\nsort_as = \"Aaa\"\nstatus = \"imprisoned\"\n\
            [[letters]]\ndate = 2023-01-01\nprisoner = \"a\"\ndirection = \"sent\"\n\
            [[letters]]\ndate = 2023-01-02\nprisoner = \"b\"\ndirection = \"sent\"\n\
            [[letters]]\ndate = 2023-01-03\nprisoner = \"c\"\ndirection = \"sent\"\n\
            [[letters]]\ndate = 2023-01-04\nprisoner = \"a\"\ndirection = \"received\"\n";
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("letters.toml");
        std::fs::write(&file, text).unwrap();
        let order = |sort: &str| -> Vec<String> {
            let out = crate::common::run(&[
                "print",
                file.to_str().unwrap(),
                "--view",
                "letters",
                "--format",
                "csv",
                "--sort",
                sort,
            ]);
            assert!(out.status.success(), "{out:?}");
            let mut r = csv::Reader::from_reader(out.stdout.as_slice());
            let at = r
                .headers()
                .unwrap()
                .iter()
                .position(|h| h == "date")
                .unwrap();
            r.records().map(|x| x.unwrap()[at].to_string()).collect()
        };
        // Mid (as "Aaa"), Adams, Zimmer twice (file order within).
        assert_eq!(
            order("prisoner"),
            ["2023-01-03", "2023-01-02", "2023-01-01", "2023-01-04"]
        );
        assert_eq!(
            order("prisoner:desc"),
            ["2023-01-01", "2023-01-04", "2023-01-02", "2023-01-03"]
        );
    }

    /// Without a sort, letters come by date (ties in file order), as
    /// events do: a file lists them in the order they were entered.
    #[test]
    fn letters_come_by_date_without_a_sort() {
        let text = "format = 1\n[campaign]\nname = \"x\"\nas_of = 2023-05-06\n\
            [[prisoners]]\nid = \"a\"\nname = \"Anna Zimmer\"\nstatus = \"imprisoned\"\n\
            [[letters]]\ndate = 2023-03-01\nprisoner = \"a\"\ndirection = \"sent\"\n\
            [[letters]]\ndate = 2023-01-01\nprisoner = \"a\"\ndirection = \"sent\"\n\
            [[letters]]\ndate = 2023-02-01\nprisoner = \"a\"\ndirection = \"received\"\n\
            [[letters]]\ndate = 2023-01-01\nprisoner = \"a\"\ndirection = \"returned\"\n";
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("letters.toml");
        std::fs::write(&file, text).unwrap();
        let file = file.to_str().unwrap();
        let out = crate::common::ok(&["print", file, "--view", "letters", "--format", "csv"]);
        let mut r = csv::Reader::from_reader(out.as_bytes());
        let h = r.headers().unwrap().clone();
        let at = |name: &str| h.iter().position(|x| x == name).unwrap();
        let rows: Vec<String> = r
            .records()
            .map(|x| {
                let x = x.unwrap();
                format!("{} {}", &x[at("date")], &x[at("direction")])
            })
            .collect();
        assert_eq!(
            rows,
            [
                "2023-01-01 sent",
                "2023-01-01 returned",
                "2023-02-01 received",
                "2023-03-01 sent"
            ]
        );
        let screen = crate::common::ok(&["print", file, "--view", "letters"]);
        let first = screen.lines().position(|l| l.starts_with("2023-01-01"));
        let last = screen.lines().position(|l| l.starts_with("2023-03-01"));
        assert!(first < last, "{screen}");
    }

    /// `print --view letters` in every format: the prisoner's name and the
    /// event's title beside their ids; presenting, no writer and no notes.
    #[test]
    fn print_letters_in_every_format() {
        let (ok, text) = print(&["--width", "120"]);
        assert!(ok);
        for what in [
            "Letters: 3, as of 2023-05-06",
            "Aliaksandr Yarashuk",
            "Card-writing evening",
            "returned",
            "12",
        ] {
            assert!(text.contains(what), "{what}:\n{text}");
        }
        let (_, md) = print(&["--format", "markdown"]);
        assert!(
            md.contains("| 2023-04-02 | Aliaksandr Yarashuk | received |"),
            "{md}"
        );
        let (_, csv) = print(&["--format", "csv"]);
        let mut lines = csv.lines();
        assert_eq!(
            lines.next(),
            Some("date,prisoner,prisoner_name,direction,count,channel,by,event,event_name,notes")
        );
        assert_eq!(
            lines.next(),
            Some(
                "2023-03-10,yarashuk,Aliaksandr Yarashuk,sent,12,post,Berlin group,cards-berlin,Card-writing evening,"
            )
        );
        let (_, json) = print(&["--format", "json"]);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 3);
        assert_eq!(v[1]["notes"], "thanks everyone");
        assert_eq!(v[0]["event_name"], "Card-writing evening");
        for format in ["text", "markdown", "csv", "json"] {
            let (ok, out) = print(&["--present", "--format", format]);
            assert!(ok, "{format}");
            for secret in ["Berlin group", "thanks everyone"] {
                assert!(!out.contains(secret), "{format}: {secret}:\n{out}");
            }
            assert!(out.contains("Aliaksandr Yarashuk") || out.contains("yarashuk"));
        }
        let (_, sorted) = print(&["--format", "csv", "--sort", "date:desc"]);
        assert!(
            sorted.lines().nth(1).unwrap().starts_with("2023-04-20,"),
            "{sorted}"
        );
        let (_, filtered) = print(&["--format", "csv", "--filter", "direction:received"]);
        assert_eq!(filtered.lines().count(), 2, "{filtered}");
    }
}
