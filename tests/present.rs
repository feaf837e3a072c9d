//! Presentation mode: a campaign whose sensitive fields (`address`, `born`,
//! `notes`, `sponsors`) hold marker strings shows none of them while
//! presenting, on any tab, detail, the overview, in the filter, and in every
//! print format, and shows them all when not presenting (so the check can
//! fail).

mod common;

use campaign_dash::app::edit::Edit;
use campaign_dash::app::reload::{Fresh, Outcome, Report};
use campaign_dash::app::{Action, App, Focus, Tab};
use campaign_dash::load::{LoadOptions, parse_str};
use campaign_dash::model::Campaign;
use campaign_dash::print::{self, Format, View};
use campaign_dash::query::Derived;
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use strum::IntoEnumIterator;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 5, 6).unwrap()
}

/// A made-up campaign: every sensitive field holds a marker; the birth
/// years (1911-1913) occur nowhere else, and prisoner 1's birthday is within
/// 30 days of "today", so the overview lists it and the detail gives an age.
const MARKED: &str = r#"
[campaign]
name = "Marker campaign"
summary = "A test file."
as_of = 2023-05-06
# Made-up people: their data may stay (no warning of data kept past a release).
retain_days = 3650

[[organisations]]
id = "org1"
name = "Union One"
short = "U1"
notes = "SECRET_ORGNOTES_1"

[[organisations]]
id = "org2"
name = "Union Two"
notes = """Two lines
SECRET_ORGNOTES_2"""

[[prisoners]]
id = "p1"
name = "Prisoner One"
status = "imprisoned"
born = "1911-05-20"
organisations = ["org1"]
detained = 2022-04-19
sentence_months = 48
address = "SECRET_ADDRESS_1"
sponsors = ["SECRET_SPONSOR_1", "Plain sponsor"]
notes = "SECRET_NOTES_1"

[[prisoners]]
id = "p2"
name = "Prisoner Two"
status = "detained"
born = "1912"
organisations = ["org1", "org2"]
detained = "2023-01"
address = "SECRET_ADDRESS_2"
sponsors = ["SECRET_SPONSOR_2"]
notes = "SECRET_NOTES_2"

[[prisoners]]
id = "p3"
name = "Prisoner Three"
status = "released"
born = "1913-06"
detained = 2020-08-10
released = 2021-02-01
address = "SECRET_ADDRESS_3"
sponsors = ["SECRET_SPONSOR_3"]
notes = "SECRET_NOTES_3"

[[prisoners]]
id = "p4"
name = "Prisoner Four"
status = "imprisoned"
detained = 2021-03-01
risk = ["incommunicado"]

[[prisoners.earlier]]
detained = 2020-08-09
released = 2020-08-24
notes = "SECRET_EARLIER_NOTES"

[[prisoners.custody]]
since = 2021-03-01
facility = "Pre-trial centre No. 1"
address = "SECRET_CUSTODY_ADDRESS_1"

[[prisoners.custody]]
since = 2022-01-10
facility = "Colony No. 9"
address = "SECRET_CUSTODY_ADDRESS_2"
notes = "SECRET_CUSTODY_NOTES"

[[letters]]
date = 2023-04-19
prisoner = "p4"
direction = "sent"
count = 30
event = "e1"
by = "SECRET_WRITER"
notes = "SECRET_LETTER_NOTES"

[[events]]
id = "e1"
title = "A picket"
date = 2023-04-19
kind = "picket"
city = "Berlin"
organisations = ["org1"]
prisoners = ["p1", "p2"]

[[events]]
id = "e2"
title = "A rally"
date = 2023-06-01
kind = "rally"
organisations = ["org2"]
prisoners = ["p3"]

[[statements]]
date = 2023-04-20
author = "A speaker"
organisation = "org1"
event = "e1"
prisoners = ["p1", "p3"]
text = "Free them."

[[petitions]]
id = "pet1"
title = "A petition"
host = "org2"
goal = 1000
counts = [{ date = 2023-04-01, signatures = 10 }]
"#;

/// What must never show while presenting.
const MARKERS: [&str; 21] = [
    "SECRET_EARLIER_NOTES",
    "SECRET_CUSTODY_ADDRESS_1",
    "SECRET_CUSTODY_ADDRESS_2",
    "SECRET_CUSTODY_NOTES",
    "SECRET_WRITER",
    "SECRET_LETTER_NOTES",
    "incommunicado",
    "SECRET_ADDRESS_1",
    "SECRET_ADDRESS_2",
    "SECRET_ADDRESS_3",
    "SECRET_SPONSOR_1",
    "SECRET_SPONSOR_2",
    "SECRET_SPONSOR_3",
    "SECRET_NOTES_1",
    "SECRET_NOTES_2",
    "SECRET_NOTES_3",
    "SECRET_ORGNOTES_1",
    "SECRET_ORGNOTES_2",
    "1911",
    "1912",
    "1913",
];

/// The age shown beside a birth date and in the overview's birthdays.
const AGE: &str = "turns 112";

fn campaign() -> Campaign {
    let opts = LoadOptions {
        today: None,
        system_today: today(),
        retention: true,
    };
    let loaded = parse_str(MARKED, &opts);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    loaded.campaign.expect("the marked campaign loads")
}

fn app(presenting: bool) -> App {
    let mut a = App::new(campaign(), "marked.toml", None, today());
    a.color = false;
    a.update(Action::Resize {
        width: 120,
        height: 40,
    });
    a.set_presenting(presenting);
    a
}

fn draw(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal.backend().to_string()
}

/// Every screen of the dashboard at 120x40: each tab, each record selected
/// in its list, and each detail scrolled page by page to its end.
fn every_screen(mut a: App) -> Vec<String> {
    let mut screens = Vec::new();
    for tab in Tab::iter() {
        a.update(Action::GoTab(tab));
        screens.push(draw(&a));
        for row in 0..a.len(tab) {
            a.update(Action::Back);
            a.update(Action::Top);
            for _ in 0..row {
                a.update(Action::Down);
            }
            screens.push(draw(&a));
            a.update(Action::Open);
            assert_eq!(a.list(tab).map(|l| l.focus), Some(Focus::Detail));
            screens.push(draw(&a));
            while a.update(Action::PageDown) {
                screens.push(draw(&a));
            }
        }
        a.update(Action::Back);
    }
    screens
}

fn assert_hidden(what: &str, text: &str) {
    for m in MARKERS.iter().chain([&AGE]) {
        assert!(!text.contains(m), "{what} shows {m:?}:\n{text}");
    }
}

fn assert_all_shown(what: &str, text: &str) {
    for m in MARKERS.iter().chain([&AGE]) {
        assert!(text.contains(m), "{what} never shows {m:?}");
    }
}

/// As [`assert_all_shown`], for print: no view prints the letters yet, so
/// their markers are not looked for.
fn assert_all_printed(what: &str, text: &str) {
    for m in MARKERS.iter().chain([&AGE]) {
        let letter = m.contains("WRITER") || m.contains("LETTER");
        assert!(letter || text.contains(m), "{what} never shows {m:?}");
    }
}

#[test]
fn presenting_no_tab_or_detail_shows_a_sensitive_field() {
    let screens = every_screen(app(true));
    // Three prisoners, two events, one statement, two organisations, one
    // petition: a list and at least one detail screen for each.
    assert!(screens.len() >= 6 + 2 * 9, "{}", screens.len());
    for s in &screens {
        assert_hidden("a screen in presentation mode", s);
        assert!(s.contains("PRESENTATION MODE"), "no marker:\n{s}");
    }
    let overview = &screens[0];
    assert!(
        overview.contains("Birthdays: hidden in presentation mode"),
        "{overview}"
    );
}

#[test]
fn not_presenting_the_same_screens_show_every_sensitive_field() {
    let screens = every_screen(app(false));
    for s in &screens {
        assert!(!s.contains("PRESENTATION MODE"), "{s}");
    }
    assert_all_shown("the dashboard", &screens.join("\n"));
}

#[test]
fn p_turns_presentation_mode_on_and_off_again() {
    let mut a = app(false);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Open);
    assert!(draw(&a).contains("SECRET_ADDRESS_1"));
    let key = campaign_dash::app::keymap::event_for("p").unwrap();
    let action = campaign_dash::app::keymap::action_for(&key).unwrap();
    assert_eq!(action, Action::TogglePresent);
    assert!(a.update(action));
    let screen = draw(&a);
    assert_hidden("after p", &screen);
    assert!(screen.contains("PRESENTATION MODE"));
    // It stays on across tabs and keys until p again.
    a.update(Action::GoTab(Tab::Overview));
    a.update(Action::ToggleHelp);
    a.update(Action::Back);
    assert!(a.presenting());
    assert!(a.update(action));
    assert!(!a.presenting());
    a.update(Action::GoTab(Tab::Prisoners));
    assert!(draw(&a).contains("SECRET_ADDRESS_1"));
}

/// The marker reads without colour, at the narrowest size drawn.
#[test]
fn the_marker_shows_at_the_smallest_size() {
    let mut a = app(true);
    a.update(Action::Resize {
        width: campaign_dash::app::MIN_WIDTH,
        height: campaign_dash::app::MIN_HEIGHT,
    });
    for tab in Tab::iter() {
        a.update(Action::GoTab(tab));
        assert!(draw(&a).contains("PRESENTATION MODE"), "{tab}");
    }
}

fn type_filter(a: &mut App, text: &str) {
    a.update(Action::Filter);
    a.update(Action::Edit(Edit::Clear));
    for c in text.chars() {
        a.update(Action::Edit(Edit::Insert(c)));
    }
    a.update(Action::Edit(Edit::Accept));
}

/// Decision: while presenting a filter matches as if the hidden fields were
/// empty. Were they searched, which records match `born:1911` would tell the
/// birth year even though it is not shown.
#[test]
fn presenting_a_filter_does_not_match_hidden_fields() {
    let queries = [
        (Tab::Prisoners, "born:1911"),
        (Tab::Prisoners, "born:..1920"),
        (Tab::Prisoners, "SECRET"),
        (Tab::Prisoners, "notes:secret"),
        (Tab::Prisoners, "sponsor:secret"),
        (Tab::Organisations, "orgnotes"),
        (Tab::Organisations, "notes:secret"),
    ];
    for (tab, q) in queries {
        let mut shown = app(false);
        shown.update(Action::GoTab(tab));
        type_filter(&mut shown, q);
        assert!(shown.len(tab) > 0, "{q} matches when not presenting");

        let mut hidden = app(true);
        hidden.update(Action::GoTab(tab));
        type_filter(&mut hidden, q);
        assert_eq!(hidden.len(tab), 0, "{q} matches while presenting");
        assert_eq!(hidden.list(tab).unwrap().selected_record(), None);

        // Turning presentation mode on with the filter in place: no match.
        shown.update(Action::TogglePresent);
        assert_eq!(shown.len(tab), 0, "{q} after p");
        // The query is the user's own words, shown as typed; what the file
        // holds is not shown.
        let screen = draw(&shown);
        for m in MARKERS.iter().chain([&AGE]) {
            assert!(q.contains(m) || !screen.contains(m), "{q} shows {m}");
        }
        // And off again: the matches come back.
        shown.update(Action::TogglePresent);
        assert!(shown.len(tab) > 0, "{q} after p twice");
    }
}

/// A reload while presenting keeps the new campaign's fields hidden.
#[test]
fn a_new_campaign_while_presenting_is_hidden_too() {
    let mut a = app(true);
    let fresh = Fresh::new(campaign(), Report::default(), Some(today()), today(), true);
    a.reload(Outcome::Loaded(Box::new(fresh)), chrono::NaiveTime::MIN);
    assert!(a.presenting());
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Open);
    assert_hidden("after a reload", &draw(&a));
    a.update(Action::TogglePresent);
    assert!(draw(&a).contains("SECRET_ADDRESS_1"));
}

fn print_all(present: bool) -> Vec<(View, Format, String)> {
    let c = campaign();
    let d = Derived::new(&c, today());
    let mut out = Vec::new();
    for view in [
        View::Overview,
        View::Prisoners,
        View::Events,
        View::Statements,
        View::Organisations,
        View::Petitions,
    ] {
        for format in [Format::Text, Format::Markdown, Format::Csv, Format::Json] {
            let mut o = print::Options::new(view, format);
            o.present = present;
            out.push((view, format, print::render(&c, &d, &o)));
        }
    }
    out
}

#[test]
fn print_present_hides_the_fields_in_every_view_and_format() {
    for (view, format, text) in print_all(true) {
        assert_hidden(&format!("print {view:?} {format:?} --present"), &text);
        if format == Format::Text || format == Format::Markdown {
            continue;
        }
        // csv and json leave the columns and keys out altogether.
        for key in [
            "address",
            "born",
            "sponsors",
            "notes",
            "risk",
            "birthdays_30_days",
        ] {
            let quoted = format!("\"{key}\"");
            assert!(
                !text.contains(&quoted) && !text.lines().next().unwrap_or("").contains(key),
                "print {view:?} {format:?} --present names {key}:\n{text}"
            );
        }
    }
    let all: String = print_all(false)
        .into_iter()
        .map(|(_, _, t)| t)
        .collect::<Vec<_>>()
        .join("\n");
    assert_all_printed("print", &all);
    assert!(all.contains("\"address\""));
}

#[test]
fn print_present_keeps_everything_else() {
    let shown = print_all(false);
    let hidden = print_all(true);
    for ((view, format, a), (_, _, b)) in shown.iter().zip(&hidden) {
        if matches!(view, View::Events | View::Statements | View::Petitions) {
            assert_eq!(a, b, "{view:?} {format:?} has nothing to hide");
        }
    }
    let prisoners_csv = &hidden
        .iter()
        .find(|(v, f, _)| *v == View::Prisoners && *f == Format::Csv)
        .unwrap()
        .2;
    let header = prisoners_csv.lines().next().unwrap();
    assert!(
        header.starts_with(
            "id,name,aliases,postal_name,status,organisations,organisation_names,role,"
        )
    );
    assert!(prisoners_csv.contains("Prisoner One"));
}

#[test]
fn the_present_flag_reaches_print_and_the_overview_without_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("campaign.toml"), MARKED).unwrap();
    let mut all = String::new();
    for view in ["overview", "prisoners", "organisations"] {
        for format in ["text", "markdown", "csv", "json"] {
            let args = ["print", "--view", view, "--format", format];
            let hidden = common::ok_in(dir.path(), &[&args[..], &["--present"]].concat());
            assert_hidden(&format!("print {view} {format} --present"), &hidden);
            // Global: the flag before the subcommand works too.
            let before = common::ok_in(dir.path(), &[&["--present"], &args[..]].concat());
            assert_eq!(before, hidden);
            all.push_str(&common::ok_in(dir.path(), &args));
        }
    }
    assert_all_printed("print without --present", &all);
    // stdout is not a terminal here: the overview is printed instead.
    let fallback = common::ok_in(dir.path(), &["--present"]);
    assert!(fallback.contains("Marker campaign"));
    assert!(fallback.contains("hidden in presentation mode"));
    assert_hidden("the overview without a terminal", &fallback);
    assert!(common::ok_in(dir.path(), &[]).contains(AGE));
}

/// In the dashboard (`defer`), turning presentation mode on hands the work
/// to a worker: until it is done the screen shows only that fields are
/// being hidden, never the fields; then the stripped version. Turning it
/// off keeps the stripped version on screen until the full one is in.
#[test]
fn presentation_mode_worked_off_the_event_thread_never_shows_a_field() {
    let mut a = app(false);
    a.defer = true;
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Open);
    assert!(draw(&a).contains("SECRET_ADDRESS_1"));
    a.update(Action::TogglePresent);
    assert!(a.wants_rework, "the work is asked of the event loop");
    let waiting = draw(&a);
    assert_hidden("while hiding", &waiting);
    assert!(
        waiting.contains("PRESENTATION MODE: hiding addresses"),
        "{waiting}"
    );
    // The event loop runs it on a thread and hands the result back.
    a.wants_rework = false;
    let done = a.rework().run();
    drop(a.reworked(done));
    let shown = draw(&a);
    assert_hidden("once hidden", &shown);
    assert!(shown.contains("PRESENTATION MODE"), "{shown}");
    assert!(!shown.contains("hiding addresses"), "{shown}");
    // Off: the stripped screen until the full version is in.
    a.update(Action::TogglePresent);
    assert!(!a.presenting());
    assert_hidden("while ending", &draw(&a));
    a.wants_rework = false;
    let done = a.rework().run();
    drop(a.reworked(done));
    assert!(draw(&a).contains("SECRET_ADDRESS_1"));
}

/// Work made for a version replaced meanwhile (a reload came first) is not
/// swapped in: it is asked for again, on the new version.
#[test]
fn presentation_work_overtaken_by_a_reload_is_done_again() {
    let mut a = app(false);
    a.defer = true;
    a.update(Action::TogglePresent);
    let job = a.rework();
    a.wants_rework = false;
    let fresh = Fresh::new(campaign(), Report::default(), Some(today()), today(), false);
    a.reload(Outcome::Loaded(Box::new(fresh)), chrono::NaiveTime::MIN);
    assert!(a.wants_rework, "asked again after the reload");
    assert_hidden("after the reload", &draw(&a));
    drop(a.reworked(job.run()));
    assert!(a.hiding(), "the stale result is not taken");
    a.wants_rework = false;
    drop(a.reworked(a.rework().run()));
    assert!(!a.hiding());
    assert!(a.presenting());
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Open);
    assert_hidden("presenting the reloaded version", &draw(&a));
}

/// The fields presentation mode hides are the ones the declarations mark
/// sensitive: the ones the help texts name.
#[test]
fn the_hidden_fields_are_the_declared_sensitive_ones() {
    let mut hidden = campaign_dash::present::hidden_fields();
    hidden.sort_unstable();
    assert_eq!(
        hidden,
        [
            "address",
            "born",
            "by",
            "note",
            "notes",
            "return_address",
            "risk",
            "sponsors"
        ]
    );
    // The status bar and the screen shown while the fields are taken out
    // say it from the declarations.
    assert_eq!(
        campaign_dash::present::hidden_list(),
        "addresses, birthdays, letter writers, notes, risk tags and sponsors"
    );
    // The keymap's help says it briefly (the status bar lists them all
    // when `p` is pressed), and a settings file's default text lists them.
    let keymap = include_str!("../src/app/keymap.toml");
    assert!(keymap.contains("hide what is private (addresses, notes, ...)"));
    let settings = campaign_dash::config::default_text();
    assert!(
        settings.contains("letter writers, notes, risk tags and sponsors"),
        "{settings}"
    );
}

/// `campaign-dash strip FILE -o OUT` writes the campaign without a single
/// sensitive field (nor the file's comments, which may say anything), and
/// a file that loads with every shown field as it was; `print --strip` the
/// same to standard output. OUT is never overwritten without --force.
#[test]
fn strip_writes_a_file_without_the_sensitive_fields_that_loads() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let marked = format!("# SECRET_IN_A_COMMENT\n{MARKED}");
    std::fs::write(d.join("c.toml"), &marked).unwrap();
    let out = common::run_in(d, &["strip", "c.toml", "-o", "partner.toml"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("partner.toml"), "{said}");
    let stripped = std::fs::read_to_string(d.join("partner.toml")).unwrap();
    for m in MARKERS
        .iter()
        .chain([&"SECRET_IN_A_COMMENT", &"1911-", &"1912-", &"1913-"])
    {
        assert!(
            !stripped.contains(m),
            "the stripped file holds {m:?}:\n{stripped}"
        );
    }
    let opts = LoadOptions {
        today: None,
        system_today: today(),
        retention: true,
    };
    let loaded = parse_str(&stripped, &opts);
    assert!(!loaded.has_errors(), "{:?}\n{stripped}", loaded.problems);
    let after = loaded.campaign.unwrap();
    let before = campaign();
    let changes = campaign_dash::query::changes::Changes::between_shown(&before, &after);
    assert!(changes.is_empty(), "{changes:?}");
    assert!(campaign_dash::present::is_stripped(&after));
    // Every record is still there.
    assert_eq!(after.prisoners.len(), before.prisoners.len());
    assert_eq!(after.letters.len(), before.letters.len());

    // Not over a file without --force.
    let again = common::run_in(d, &["strip", "c.toml", "-o", "partner.toml"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    common::ok_in(d, &["strip", "c.toml", "-o", "partner.toml", "--force"]);

    // print --strip writes the same to standard output.
    let printed = common::ok_in(d, &["print", "--strip", "c.toml"]);
    assert_eq!(printed, stripped);
}
