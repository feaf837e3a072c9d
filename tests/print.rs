//! `campaign-dash print`, and the overview printed without a terminal, run as
//! the real binary on the bundled campaign with `--today 2023-05-06`.

mod common;

use std::path::Path;
use std::process::Output;

use campaign_dash::load::{LoadOptions, load_file};
use campaign_dash::model::Campaign;
use campaign_dash::query::Derived;
use campaign_dash::sanitize::is_unsafe;
use chrono::NaiveDate;
use common::run;

const VIEWS: [&str; 8] = [
    "overview",
    "prisoners",
    "events",
    "statements",
    "organisations",
    "petitions",
    "letters",
    "agenda",
];
const FORMATS: [&str; 4] = ["text", "markdown", "csv", "json"];

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("output is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `print` on the bundled file, 100 columns, today fixed.
fn print(view: &str, format: &str) -> String {
    let out = run(&[
        "print",
        "--view",
        view,
        "--format",
        format,
        "--width",
        "100",
        "--today",
        "2023-05-06",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    stdout(&out)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 5, 6).unwrap()
}

fn bundled() -> (Campaign, Derived) {
    let opts = LoadOptions {
        today: Some(today()),
        system_today: today(),
        retention: true,
    };
    let (_, loaded) = load_file(Path::new("campaign.toml"), &opts).expect("reads");
    let c = loaded.campaign.expect("loads");
    let d = Derived::new(&c, today());
    (c, d)
}

#[test]
fn snapshots_of_every_view_in_every_format() {
    for view in VIEWS {
        for format in FORMATS {
            // CRLF record ends of csv are checked in `csv_reads_back_as_the_files_records`.
            let text = print(view, format).replace("\r\n", "\n");
            insta::assert_snapshot!(format!("{view}_{format}"), text);
        }
    }
}

fn json(view: &str) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_str(&print(view, "json")).expect("valid json");
    v.as_array().expect("an array of records").clone()
}

fn csv(view: &str) -> Vec<csv::StringRecord> {
    let text = print(view, "csv");
    assert!(text.ends_with("\r\n"), "RFC 4180 records end in CRLF");
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r.headers().expect("a header row").clone();
    assert_eq!(&header[0], "id");
    r.records().map(|r| r.expect("a valid record")).collect()
}

/// The column of `name` in the csv of `view`.
fn col(view: &str, name: &str) -> usize {
    let text = print(view, "csv");
    let mut r = csv::Reader::from_reader(text.as_bytes());
    r.headers()
        .unwrap()
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("{view} has a {name} column"))
}

#[test]
fn prisoners_read_back_as_the_files_records() {
    let (c, d) = bundled();
    let j = json("prisoners");
    let rows = csv("prisoners");
    assert_eq!(j.len(), c.prisoners.len());
    assert_eq!(rows.len(), c.prisoners.len());
    let (name, detained, days, aliases) = (
        col("prisoners", "name"),
        col("prisoners", "detained"),
        col("prisoners", "days_held"),
        col("prisoners", "aliases"),
    );
    for (i, p) in c.prisoners.iter().enumerate() {
        let held = p
            .days_held(today())
            .expect("every bundled prisoner has a date");
        assert_eq!(Some(held), d.prisoner_facts[i].days_held);
        assert_eq!(j[i]["id"], p.id());
        assert_eq!(j[i]["name"], p.name());
        assert_eq!(j[i]["status"], p.status.to_string());
        assert_eq!(j[i]["detained"], p.detained.unwrap().to_string());
        assert_eq!(j[i]["days_held"], held);
        assert_eq!(j[i]["aliases"], serde_json::json!(p.aliases().to_vec()));
        assert_eq!(
            j[i]["days_held_upper_bound"],
            !p.detained.unwrap().is_full()
        );
        let due = p.release_due();
        assert_eq!(
            j[i]["release_due"].as_str(),
            due.map(|r| r.date.to_string()).as_deref()
        );
        assert_eq!(
            j[i]["release_due_estimate"].as_bool(),
            due.map(|r| r.estimate)
        );
        assert_eq!(&rows[i][name], p.name());
        assert_eq!(&rows[i][detained], p.detained.unwrap().to_string());
        assert_eq!(&rows[i][days], held.to_string());
        assert_eq!(&rows[i][aliases], p.aliases().join("; "));
    }
    // Partial arrest dates are written as in the file.
    assert!(j.iter().any(|p| p["detained"] == "2022-04"));
}

#[test]
fn events_read_back_in_date_order() {
    let (c, d) = bundled();
    let j = json("events");
    let rows = csv("events");
    assert_eq!(j.len(), c.events.len());
    let (title, date) = (col("events", "title"), col("events", "date"));
    for (n, &i) in d.event_order.iter().enumerate() {
        let e = &c.events[i];
        assert_eq!(j[n]["title"], e.title());
        assert_eq!(j[n]["date"], e.date.to_string());
        assert_eq!(j[n]["kind"], e.kind.to_string());
        assert_eq!(
            j[n]["when"],
            if e.is_past(today()) {
                "past"
            } else {
                "upcoming"
            }
        );
        assert_eq!(&rows[n][title], e.title());
        assert_eq!(&rows[n][date], e.date.to_string());
    }
}

#[test]
fn statements_read_back_whole_newest_first() {
    let (c, d) = bundled();
    let j = json("statements");
    let rows = csv("statements");
    assert_eq!(j.len(), c.statements.len());
    let (author, text) = (col("statements", "author"), col("statements", "text"));
    for (n, &i) in d.statement_order.iter().enumerate() {
        let s = &c.statements[i];
        assert_eq!(j[n]["author"], s.author());
        assert_eq!(j[n]["date"], s.date.to_string());
        assert_eq!(j[n]["text"], s.text());
        assert_eq!(&rows[n][author], s.author());
        assert_eq!(&rows[n][text], s.text());
    }
}

#[test]
fn organisations_read_back_with_their_counts() {
    let (c, d) = bundled();
    let j = json("organisations");
    let rows = csv("organisations");
    assert_eq!(j.len(), c.organisations.len());
    let (name, members) = (
        col("organisations", "name"),
        col("organisations", "members_count"),
    );
    for (i, o) in c.organisations.iter().enumerate() {
        assert_eq!(j[i]["name"], o.name.as_str());
        assert_eq!(j[i]["events_count"], d.links.organisation_events[i].len());
        assert_eq!(
            j[i]["statements_count"],
            d.links.organisation_statements[i].len()
        );
        assert_eq!(j[i]["members_count"], d.links.organisation_members[i].len());
        assert_eq!(&rows[i][name], o.name);
        assert_eq!(
            &rows[i][members],
            d.links.organisation_members[i].len().to_string()
        );
    }
}

#[test]
fn petitions_read_back_with_their_tallies() {
    let (c, _) = bundled();
    let j = json("petitions");
    let rows = csv("petitions");
    assert_eq!(j.len(), c.petitions.len());
    let title = col("petitions", "title");
    for (i, p) in c.petitions.iter().enumerate() {
        assert_eq!(j[i]["title"], p.title.as_str());
        assert_eq!(
            j[i]["counts"].as_array().map(Vec::len),
            Some(p.counts.len())
        );
        assert_eq!(j[i]["goal"].as_u64(), p.goal);
        assert_eq!(
            j[i]["latest_signatures"].as_u64(),
            p.latest().map(|t| t.signatures)
        );
        assert_eq!(&rows[i][title], p.title);
    }
}

#[test]
fn the_overview_as_data_has_the_figures() {
    let (c, d) = bundled();
    let v: serde_json::Value = serde_json::from_str(&print("overview", "json")).unwrap();
    assert_eq!(v["today"], "2023-05-06");
    assert_eq!(v["today_source"], "flag");
    assert_eq!(v["prisoners"], c.prisoners.len());
    assert_eq!(v["in_custody"], d.stats.in_custody);
    assert_eq!(
        v["combined_days_in_custody"],
        d.stats.combined_days_in_custody
    );
    assert_eq!(v["events_upcoming"], d.stats.events_upcoming);
    let text = print("overview", "csv");
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let pairs: Vec<(String, String)> = r
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_owned(), r[1].to_owned())
        })
        .collect();
    let get = |k: &str| pairs.iter().find(|p| p.0 == k).map(|p| p.1.as_str());
    assert_eq!(get("prisoners"), Some("6"));
    assert_eq!(get("by_status.imprisoned"), Some("6"));
    assert_eq!(
        get("combined_days_in_custody"),
        Some(d.stats.combined_days_in_custody.to_string().as_str())
    );
    assert_eq!(get("events_per_month.2023-05"), Some("5"));
}

#[test]
fn a_file_with_errors_prints_nothing_and_exits_1() {
    for args in [
        &["print", "tests/fixtures/bad/enum_status.toml"][..],
        &[
            "print",
            "--format",
            "json",
            "tests/fixtures/bad/enum_status.toml",
        ],
        &["tests/fixtures/bad/enum_status.toml"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: {}", stdout(&out));
        let err = stderr(&out);
        assert!(
            err.contains("tests/fixtures/bad/enum_status.toml:")
                && err.contains("found \"jailed\""),
            "{err}"
        );
        assert!(err.contains("1 error found"), "{err}");
    }
}

#[test]
fn a_missing_file_is_one_sentence_and_exit_1() {
    let out = run(&["print", "no/such.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).starts_with("error: "), "{}", stderr(&out));
}

/// Warnings are counted in one line on stderr (`check` lists them), not
/// repeated with their snippets on every run; `-q` keeps stderr to errors.
#[test]
fn warnings_go_to_stderr_in_one_line_and_the_view_is_printed() {
    let file = "tests/fixtures/warn/tally_goes_down.toml";
    let out = run(&["print", file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!("{file}: 1 warning (campaign-dash check {file} lists it)\n")
    );
    assert!(stdout(&out).contains("Figures"));
    let quiet = run(&["print", "-q", file]);
    assert_eq!(quiet.status.code(), Some(0));
    assert_eq!(stderr(&quiet), "");
    assert_eq!(quiet.stdout, out.stdout);
    // Errors are said whole, quiet or not.
    let broken = run(&["print", "-q", "tests/fixtures/bad/enum_status.toml"]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(stderr(&broken).contains("error"), "{}", stderr(&broken));
}

#[test]
fn without_a_terminal_the_overview_is_printed() {
    let out = run(&["--today", "2023-05-06"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), print("overview", "text"));
}

#[test]
fn command_line_mistakes_exit_2() {
    for args in [
        &["print", "--view", "people"][..],
        &["print", "--format", "pdf"],
        &["print", "--width", "10"],
        &["print", "--width", "wide"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn color_only_when_asked() {
    let plain = print("prisoners", "text");
    assert!(!plain.contains('\u{1b}'));
    let out = run(&[
        "print",
        "--view",
        "prisoners",
        "--color",
        "always",
        "--today",
        "2023-05-06",
    ]);
    assert!(stdout(&out).contains("\u{1b}[1;31mimprisoned\u{1b}[0m"));
    // Data formats never carry colour.
    let out = run(&["print", "--format", "csv", "--color", "always"]);
    assert!(!stdout(&out).contains('\u{1b}'));
}

/// A campaign whose every text is hostile: escape sequences, C1 controls,
/// bidirectional overrides, zero-width characters.
const HOSTILE: &str = r##"
[campaign]
name = "Camp\u001b]0;pwned\u0007aign"
summary = "line\u001b[2J\u009b31m\u202eevil"
hashtags = ["#a\u001b[5m"]

[[organisations]]
id = "org"
name = "Org\u001b[31m"
short = "O\u200b|"
country = "Be\u0007lgium"

[[prisoners]]
id = "p"
name = "Pri\u001b]52;c;aGk=\u0007soner"
aliases = ["A\u001b[1m"]
status = "detained"
detained = "2022-04"
organisations = ["org"]
sentence = "x\u0085y"
facility = "F\u202a\u2066"

[[events]]
id = "e"
title = "Ev\u001b[Hent"
date = 2023-06-01
kind = "rally"
city = "Ci\u001bty"
country = "Co\u0000untry"

[[statements]]
date = 2023-04-01
author = "Au\u001b[8mthor"
organisation = "org"
text = "Te\u001b[31mxt\nsecond line\u0007"

[[petitions]]
title = "Pe\u001b[0mtition"
host = "org"
goal = 10
counts = [{ date = 2023-04-01, signatures = 5 }]
"##;

#[test]
fn hostile_text_never_reaches_the_terminal_raw() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("hostile.toml");
    std::fs::write(&file, HOSTILE).unwrap();
    let file = file.to_str().unwrap();
    for view in VIEWS {
        for format in ["text", "markdown", "json"] {
            // Wide enough that no name wraps through its escape.
            let out = run(&[
                "print", file, "--view", view, "--format", format, "--width", "200",
            ]);
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            let text = stdout(&out);
            let raw: Vec<char> = text
                .chars()
                .filter(|&c| is_unsafe(c) && c != '\n')
                .collect();
            assert!(raw.is_empty(), "{view} {format}: {raw:?} in\n{text}");
            // Shown, not dropped.
            if view == "prisoners" {
                let shown = match format {
                    "text" => "Pri\\u{1b}]52;c;aGk=\\u{7}soner",
                    "markdown" => "Pri\\\\u{1b}\\]52;c;aGk=\\\\u{7}soner",
                    _ => "Pri\\u001b]52;c;aGk=\\u0007soner",
                };
                assert!(text.contains(shown), "{format}: {text}");
            }
        }
        // csv, even into a pipe (`| cat`), shows them as text does; with
        // --raw it is the data, exactly.
        let out = run(&["print", file, "--view", view, "--format", "csv"]);
        assert!(!stdout(&out).contains('\u{1b}'), "{view}");
        if view == "prisoners" {
            assert!(stdout(&out).contains("Pri\\u{1b}]52;c;aGk=\\u{7}soner"));
            let out = run(&["print", file, "--view", view, "--format", "csv", "--raw"]);
            assert!(stdout(&out).contains("Pri\u{1b}]52;c;aGk=\u{7}soner"));
        }
    }
    // And json reads back to the exact text.
    let out = run(&["print", file, "--view", "statements", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v[0]["text"], "Te\u{1b}[31mxt\nsecond line\u{7}");
}

#[test]
fn filter_and_sort_use_the_dashboards_grammar() {
    let out = run(&[
        "print",
        "--view",
        "prisoners",
        "--format",
        "json",
        "--filter",
        "org:bkdp",
        "--sort",
        "name:desc",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["name"].as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Aliaksandr Yarashuk",
            "Iryna But-Husaim",
            "Siarhei Antusevich"
        ]
    );
    // A filter that starts with `-` (a negation) is a value, not a flag.
    let out = run(&["print", "--view", "prisoners", "--filter", "-org:bkdp"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("3 of 6 matching -org:bkdp"));
}

#[test]
fn a_bad_filter_or_sort_is_a_command_line_mistake() {
    for (args, says) in [
        (
            &["print", "--view", "prisoners", "--filter", "status:jailed"][..],
            "error: --filter: no status is called `jailed`",
        ),
        (
            &["print", "--view", "events", "--sort", "colour"],
            "error: --sort: events have no column `colour`",
        ),
        (
            &["print", "--filter", "status:detained"],
            "error: --filter and --sort apply to the list views",
        ),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        assert!(stderr(&out).starts_with(says), "{}", stderr(&out));
    }
}

/// A table too wide for `--width` leaves columns out and says which, and
/// never the one it is sorted by.
#[test]
fn a_narrow_print_says_which_columns_it_left_out() {
    let args = |extra: &[&'static str]| {
        let mut a = vec!["print", "--view", "prisoners", "--width", "40"];
        a.extend_from_slice(extra);
        a.extend_from_slice(&["--today", "2023-05-06", "campaign.toml"]);
        a
    };
    let out = run(&args(&[]));
    assert!(out.status.success());
    let text = stdout(&out).replace('\n', " ");
    assert!(
        text.contains("Left out for want of width (--width 40): Org, Detained, Due, Sentence, Facility, Events, Stmts"),
        "{text}"
    );
    let out = run(&args(&["--sort", "facility"]));
    let text = stdout(&out);
    let header = text
        .lines()
        .find(|l| l.starts_with("Name"))
        .unwrap_or_default();
    assert!(header.contains("Facility"), "{text}");
    let left = text.replace('\n', " ");
    let left = left.split("Left out").nth(1).unwrap_or_default();
    assert!(!left.contains("Facility"), "{text}");
    // Wide enough, nothing is said.
    let out = run(&[
        "print",
        "--view",
        "prisoners",
        "--width",
        "200",
        "campaign.toml",
    ]);
    assert!(!stdout(&out).contains("Left out"));
}

/// Numbers are written one way everywhere, in thousands, the lists' columns
/// too: a prisoner's days held and an organisation's members, in text and
/// markdown as on screen; csv and json keep the plain number.
#[test]
fn list_columns_write_numbers_in_thousands() {
    let mut text = String::from(
        "format = 1\n[campaign]\nname = \"Big union\"\nas_of = 2023-05-06\n\n\
         [[organisations]]\nid = \"u\"\nname = \"Union\"\n",
    );
    for i in 0..1_200 {
        text.push_str(&format!(
            "\n[[prisoners]]\nid = \"p{i}\"\nname = \"Prisoner {i}\"\nstatus = \"imprisoned\"\n\
             detained = 2020-01-01\norganisations = [\"u\"]\n"
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.toml");
    std::fs::write(&file, text).unwrap();
    let file = file.to_str().unwrap();
    // 2020-01-01 to 2023-05-06.
    let days = "1,221";
    for format in ["text", "markdown"] {
        let out = run(&["print", file, "--view", "prisoners", "--format", format]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(stdout(&out).contains(days), "{format}:\n{}", stdout(&out));
        let out = run(&["print", file, "--view", "organisations", "--format", format]);
        assert!(
            stdout(&out).contains("1,200"),
            "{format}:\n{}",
            stdout(&out)
        );
    }
    let out = run(&["print", file, "--view", "prisoners", "--format", "csv"]);
    assert!(stdout(&out).contains(",1221,"), "{}", stdout(&out));
}

/// The printed Days held is the list's: all arrests together, marked `+`,
/// an arrest known only to the month marked `~`; the footnote says so.
#[test]
fn print_writes_the_days_as_the_list_does() {
    let out = common::ok(&[
        "print",
        "--view",
        "prisoners",
        "--format",
        "text",
        "--width",
        "120",
        "tests/fixtures/good/story.toml",
    ]);
    assert!(out.contains("397+"), "{out}");
    assert!(out.contains("~548+"), "{out}");
    assert!(out.contains("+ with earlier arrests"), "{out}");
}

/// A text table wraps a cell at spaces and after hyphens: no word of the
/// file is broken unless it is longer than its column.
#[test]
fn print_text_wraps_at_spaces_and_hyphens() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.toml");
    std::fs::write(
        &file,
        "[campaign]\nname = \"W\"\n[[prisoners]]\nid = \"a\"\nname = \"Ann Example\"\nstatus = \"imprisoned\"\nfacility = \"Penal colony No. 3, general-regime colony Vitsebsk\"\n",
    )
    .unwrap();
    let words = [
        "Penal",
        "colony",
        "No.",
        "3,",
        "general-",
        "regime",
        "colony",
        "Vitsebsk",
        "general-regime",
    ];
    for width in [50, 60, 70] {
        let out = common::ok(&[
            "print",
            "--view",
            "prisoners",
            "--format",
            "text",
            "--width",
            &width.to_string(),
            file.to_str().unwrap(),
        ]);
        let table: String = out
            .lines()
            .skip_while(|l| !l.starts_with("---"))
            .skip(1)
            .take_while(|l| !l.starts_with("Left out"))
            .collect::<Vec<_>>()
            .join("\n");
        for w in table.split_whitespace() {
            if ["Ann", "Example", "imprisoned", "?", "0"].contains(&w) {
                continue;
            }
            assert!(
                words.contains(&w),
                "{w:?} is a broken word at --width {width}:\n{out}"
            );
        }
    }
}
