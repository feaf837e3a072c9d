//! Terminal hygiene: a hostile campaign with every control and invisible
//! character in every text field reaches the terminal only through
//! `sanitize`. The dashboard's buffer on every tab and detail, `print` in text
//! and markdown, and `check`'s messages and snippets hold none of those
//! characters raw, and show them visibly as `\u{..}` escapes.

use std::process::{Command, Output};

use campaign_dash::app::{Action, App, Tab};
use campaign_dash::load::{LoadOptions, parse_str};
use campaign_dash::model::Campaign;
use campaign_dash::print::{self, Format, View};
use campaign_dash::query::Derived;
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use strum::IntoEnumIterator;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 5, 6).unwrap()
}

/// Every character that must never reach a terminal raw, but newline, which
/// multi-line text keeps as a line break.
fn forbidden() -> Vec<char> {
    let mut v: Vec<char> = ('\u{0}'..='\u{1f}').filter(|&c| c != '\n').collect();
    v.extend('\u{7f}'..='\u{9f}');
    v.extend('\u{202a}'..='\u{202e}');
    v.extend('\u{2066}'..='\u{2069}');
    v.extend('\u{200b}'..='\u{200d}');
    v.extend(['\u{2060}', '\u{feff}', '\u{ad}', '\u{2028}', '\u{2029}']);
    v
}

/// The hostile text: ESC sequences (colour, title, clipboard, cursor, a
/// hyperlink), BEL, then every forbidden character one by one, newline too.
fn hostile() -> String {
    let mut s = String::from(
        "X\u{1b}[31mred\u{1b}[0m\u{1b}]0;pwned\u{7}\u{1b}]52;c;cGF5bG9hZA==\u{7}\
         \u{1b}[2J\u{1b}[H\u{1b}]8;;https://evil.example\u{1b}\\link\u{1b}]8;;\u{1b}\\\u{7}\n",
    );
    s.extend(forbidden());
    s.push_str("\nEND");
    s
}

/// The hostile text as a TOML basic string (controls as `\uXXXX`, the rest
/// raw, so the file itself holds the bidi and invisible characters).
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A campaign with the hostile text in every text and url field of every
/// section, as a file.
fn hostile_file() -> String {
    let h = toml_string(&hostile());
    format!(
        r#"[campaign]
name = {h}
summary = {h}
as_of = 2023-05-06
hashtags = [{h}]
links = [{h}]

[[organisations]]
id = "org"
name = {h}
short = {h}
kind = {h}
country = {h}
url = {h}
notes = {h}

[[prisoners]]
id = "pri"
name = {h}
aliases = [{h}]
status = "imprisoned"
born = "1960-05-20"
organisations = ["org"]
role = {h}
detained = 2022-04-19
sentence = {h}
sentence_months = 12
charges = [{h}]
facility = {h}
address = {h}
sponsors = [{h}]
sources = [{h}]
notes = {h}

[[prisoners]]
id = "rel"
name = {h}
status = "released"
detained = 2020-01-01
released = 2021-01-01
released_how = {h}

[[events]]
id = "eve"
title = {h}
date = 2023-05-20
time = {h}
kind = "picket"
city = {h}
country = {h}
venue = {h}
organisations = ["org"]
prisoners = ["pri"]
summary = {h}
sources = [{h}]

[[statements]]
id = "sta"
date = 2023-04-20
author = {h}
role = {h}
organisation = "org"
event = "eve"
prisoners = ["pri"]
kind = "speech"
language = "en"
text = {h}
translation = {h}
source = {h}

[[petitions]]
id = "pet"
title = {h}
host = "org"
url = {h}
opened = 2023-04-01
goal = 100
counts = [{{ date = 2023-04-10, signatures = 10 }}]
"#
    )
}

fn campaign() -> Campaign {
    let text = hostile_file();
    let opts = LoadOptions {
        today: None,
        system_today: today(),
        retention: true,
    };
    let loaded = parse_str(&text, &opts);
    assert!(!loaded.has_errors(), "{:?}", loaded.problems);
    let c = loaded.campaign.expect("the hostile file loads");
    // The loader keeps the text as written.
    assert_eq!(c.prisoners[0].notes(), Some(hostile().as_str()));
    assert_eq!(c.info.links, vec![hostile()]);
    c
}

/// Fails on any forbidden character in `text`, naming where.
fn assert_clean(what: &str, text: &str, also_newline: bool) {
    for (i, c) in text.char_indices() {
        let bad = forbidden().contains(&c) || (also_newline && c == '\n');
        assert!(
            !bad,
            "{what}: raw U+{:04X} at byte {i}, near {:?}",
            c as u32,
            text[..i]
                .chars()
                .rev()
                .take(40)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<String>()
        );
    }
}

/// The escapes of the hostile text show: ESC, BEL, a bidi override.
fn assert_visible(what: &str, text: &str) {
    for escape in ["\\u{1b}", "\\u{7}", "\\u{202e}"] {
        assert!(text.contains(escape), "{what} does not show {escape}");
    }
}

fn draw(app: &App) -> Buffer {
    let area = Rect::new(0, 0, app.size.width, app.size.height);
    let mut buf = Buffer::empty(area);
    app.render(area, &mut buf);
    buf
}

/// Every cell of the buffer, row by row, rows joined with newlines.
fn cells(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Each cell alone: no cell holds a forbidden character (newline neither).
fn assert_cells_clean(what: &str, buf: &Buffer) {
    for cell in buf.content() {
        assert_clean(what, cell.symbol(), true);
    }
}

#[test]
fn the_dashboard_draws_no_raw_control_on_any_tab_or_detail() {
    for (width, height, presenting) in [
        (120, 40, false),
        (120, 40, true),
        (80, 24, false),
        (40, 10, false),
    ] {
        let mut app = App::new(campaign(), hostile(), None, today());
        app.update(Action::Resize { width, height });
        app.set_presenting(presenting);
        let mut all = String::new();
        for tab in Tab::iter() {
            app.update(Action::GoTab(tab));
            let what = format!("{tab} at {width}x{height}");
            let buf = draw(&app);
            assert_cells_clean(&what, &buf);
            all.push_str(&cells(&buf));
            for row in 0..app.len(tab) {
                app.update(Action::Back);
                app.update(Action::Top);
                for _ in 0..row {
                    app.update(Action::Down);
                }
                app.update(Action::Open);
                let buf = draw(&app);
                assert_cells_clean(&format!("{what}, detail {row}"), &buf);
                all.push_str(&cells(&buf));
                while app.update(Action::PageDown) {
                    let buf = draw(&app);
                    assert_cells_clean(&format!("{what}, detail {row}"), &buf);
                    all.push_str(&cells(&buf));
                }
            }
            // The filter line, open on hostile text typed in.
            if tab != Tab::Overview && width == 120 && !presenting {
                app.update(Action::Back);
                app.update(Action::Filter);
                for c in "a\u{1b}[31m\u{1b}]0;t\u{7}\u{9b}\u{202e}\u{200b}\u{feff}\u{2028}b".chars()
                {
                    app.update(Action::Edit(campaign_dash::app::edit::Edit::Insert(c)));
                }
                let buf = draw(&app);
                assert_cells_clean(&format!("{what}, filter line"), &buf);
                app.update(Action::Edit(campaign_dash::app::edit::Edit::Cancel));
            }
        }
        if width >= 80 {
            assert_visible(&format!("the dashboard at {width}x{height}"), &all);
        }
    }
}

#[test]
fn print_text_and_markdown_write_no_raw_control() {
    let c = campaign();
    let d = Derived::new(&c, today());
    for view in [
        View::Overview,
        View::Prisoners,
        View::Events,
        View::Statements,
        View::Organisations,
        View::Petitions,
    ] {
        for format in [Format::Text, Format::Markdown] {
            let mut o = print::Options::new(view, format);
            o.width = 80;
            let out = print::render(&c, &d, &o);
            let what = format!("print --view {view:?} --format {format:?}");
            assert_clean(&what, &out, false);
            assert_visible(&what, &out);
        }
        // csv and json for a terminal: escaped too.
        let mut o = print::Options::new(view, Format::Csv);
        o.csv.exact = false;
        // CRLF ends csv records (RFC 4180): the layout's, not the file's.
        let csv = print::render(&c, &d, &o).replace("\r\n", "\n");
        assert_clean("csv on a terminal", &csv, false);
        let o = print::Options::new(view, Format::Json);
        assert_clean("json", &print::render(&c, &d, &o), false);
    }
}

fn run(args: &[&str], dir: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
        .env(
            "XDG_STATE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
        )
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

/// Both streams of a run, checked.
fn assert_run_clean(what: &str, out: &Output) -> String {
    let stdout = String::from_utf8(out.stdout.clone()).expect("UTF-8");
    let stderr = String::from_utf8(out.stderr.clone()).expect("UTF-8");
    assert_clean(&format!("{what} (stdout)"), &stdout, false);
    assert_clean(&format!("{what} (stderr)"), &stderr, false);
    format!("{stdout}{stderr}")
}

#[test]
fn the_binary_prints_the_hostile_file_without_raw_controls() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("campaign.toml"), hostile_file()).unwrap();
    for view in ["overview", "prisoners", "statements"] {
        for format in ["text", "markdown"] {
            let out = run(&["print", "--view", view, "--format", format], dir.path());
            assert_eq!(out.status.code(), Some(0));
            let all = assert_run_clean(&format!("print {view} {format}"), &out);
            assert_visible(&format!("print {view} {format}"), &all);
        }
    }
    // The overview printed without a terminal, and check on a good file.
    assert_run_clean("the overview without a terminal", &run(&[], dir.path()));
    assert_run_clean("check", &run(&["check"], dir.path()));
}

/// Runs `check` on `file`; it must fail, and everything it writes must be
/// clean and show `escapes`.
fn check_file(what: &str, file: &str, escapes: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("campaign.toml"), file).unwrap();
    let out = run(&["check"], dir.path());
    assert_eq!(out.status.code(), Some(1), "{what}");
    let all = assert_run_clean(what, &out);
    assert!(all.contains("error"), "{what}: {all}");
    for e in escapes {
        assert!(all.contains(e), "{what} does not show {e}:\n{all}");
    }
    // The dashboard refuses such a file with the same report, as clean.
    let out = run(&["print"], dir.path());
    assert_eq!(out.status.code(), Some(1), "{what}");
    assert_run_clean(&format!("{what}, print"), &out);
}

/// Errors whose messages quote hostile text written as escapes: a key
/// name, an enum value, an id, a date, a ref.
#[test]
fn check_quotes_hostile_keys_and_values_visibly() {
    // Short: messages shorten long values.
    let h = toml_string("\u{7}\u{1b}]0;t\u{202e}\u{9b}\u{200b}");
    let file = format!(
        "[campaign]\nname = {h}\n{h} = 1\n\n\
         [[prisoners]]\nid = {h}\nname = {h}\nstatus = {h}\nborn = {h}\n\
         organisations = [{h}]\n"
    );
    check_file(
        "check on escaped hostile text",
        &file,
        &["\\u{1b}", "\\u{7}", "\\u{202e}", "\\u{9b}", "\\u{200b}"],
    );
}

/// Snippets of lines that hold raw characters TOML allows in strings and
/// comments: C1 controls (U+009B is a CSI to some terminals), bidi
/// overrides, zero-width characters, a soft hyphen, separators, a BOM.
#[test]
fn check_snippets_show_raw_invisible_characters_visibly() {
    let file = "[campaign]\nname = \"Test\"\n\n[[prisoners]]\nid = \"x\"\nname = \"N\"\n\
         status = \"\u{9b}31m\u{202e}free\u{200b}\u{ad}\u{2028}\u{feff}\" # \u{85}\u{9d}0;t\u{9c}\n\
         \"un\u{2066}known\u{200d}\" = 1\n";
    check_file(
        "check on raw invisible characters",
        file,
        &["\\u{9b}", "\\u{202e}", "\\u{200b}", "\\u{2066}", "\\u{9d}"],
    );
}

/// A file that is not TOML because of a raw control character: the parse
/// error's snippet shows the line with the control escaped.
#[test]
fn check_snippets_of_unparsable_lines_escape_raw_controls() {
    let file = "[campaign]\nname = \"a\u{1b}[2J\u{1b}]0;pwned\u{7}\"\n";
    check_file("check on a raw ESC", file, &["\\u{1b}", "\\u{7}"]);
    let file = "[campaign]\nname = \"Test\"\n\"k\u{1b}[31m\u{8}\u{7f}\" = 1\n";
    check_file("check on a raw ESC in a key", file, &["\\u{1b}", "\\u{8}"]);
}
