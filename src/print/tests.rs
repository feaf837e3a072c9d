use chrono::NaiveDate;
use strum::IntoEnumIterator;
use unicode_width::UnicodeWidthStr;

use super::*;
use crate::load::{LoadOptions, parse_str};
use crate::model::{PartialDate, Prisoner, Status};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 5, 6).unwrap()
}

fn bundled() -> (Campaign, Derived) {
    let opts = LoadOptions {
        today: Some(today()),
        system_today: today(),
        retention: true,
    };
    let loaded = parse_str(include_str!("../../campaign.toml"), &opts);
    let c = loaded.campaign.expect("the bundled file loads");
    let d = Derived::new(&c, today());
    (c, d)
}

fn text(c: &Campaign, d: &Derived, view: View, width: usize) -> String {
    let mut o = Options::new(view, Format::Text);
    o.width = width;
    render(c, d, &o)
}

#[test]
fn text_never_exceeds_the_width() {
    let (c, d) = bundled();
    for view in View::iter() {
        for width in MIN_WIDTH..=200 {
            for line in text(&c, &d, view, width).lines() {
                assert!(
                    line.width() <= width,
                    "{view} at {width}: {line:?} is {} wide",
                    line.width()
                );
            }
        }
    }
}

#[test]
fn wide_enough_shows_every_column_and_every_word() {
    let (c, d) = bundled();
    // (The bundled campaign records no letters: the story fixture's are
    // printed in tests/story.rs.)
    for view in View::iter().filter(|v| v.kind().is_some_and(|k| k.count(&c) > 0)) {
        let rs = records(&c, &d, &Options::new(view, Format::Text));
        let t = table::table(&c, &d, view, &rs, None);
        let out = text(&c, &d, view, 400);
        let header = out.lines().nth(3).unwrap_or_default();
        for col in &t.columns {
            assert!(header.contains(col.title), "{view}: {header}");
        }
        // At any width where the table is drawn, no word of a cell is lost.
        for width in [60, 80, 100, 400] {
            let out = text(&c, &d, view, width);
            let (shown, widths) = t.layout(width);
            for row in t.rows() {
                for (&i, &w) in shown.iter().zip(&widths) {
                    for word in row[i].text.split_whitespace() {
                        // A word may break after a hyphen; one longer than
                        // its column is broken, not cut.
                        for part in word.split_inclusive('-') {
                            for piece in crate::text::wrap(part, w) {
                                assert!(out.contains(&piece), "{view} at {width}: {piece:?} lost");
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn narrow_tables_drop_columns_in_the_dashboards_order() {
    let (c, d) = bundled();
    let rs = records(&c, &d, &Options::new(View::Prisoners, Format::Text));
    let t = table::table(&c, &d, View::Prisoners, &rs, None);
    let titles = |w: usize| -> Vec<&str> {
        t.layout(w)
            .0
            .into_iter()
            .map(|i| t.columns[i].title)
            .collect()
    };
    assert_eq!(titles(40), ["Name", "Status", "Days held"]);
    assert_eq!(titles(300).len(), 10);
    assert!(titles(70).contains(&"Org"));
}

#[test]
fn wide_characters_stay_aligned() {
    let mut c = Campaign::default();
    c.info.name = "x".into();
    for name in ["日本語の名前です", "Ann", "🙂🙂 Emoji"] {
        let mut p = Prisoner::new(name.to_lowercase(), name, Status::Detained);
        p.detained = Some(PartialDate::full(
            NaiveDate::from_ymd_opt(2023, 1, 1).unwrap(),
        ));
        c.prisoners.push(p);
    }
    let d = Derived::new(&c, today());
    let out = text(&c, &d, View::Prisoners, 100);
    let lines: Vec<&str> = out.lines().skip(3).collect();
    let col = |line: &str, what: &str| line.find(what).map(|at| line[..at].width());
    let status_at = col(lines[0], "Status").unwrap();
    for line in &lines[2..] {
        assert_eq!(col(line, "detained"), Some(status_at), "{out}");
    }
}

#[test]
fn markdown_cells_escape_pipes_and_syntax() {
    let mut c = Campaign::default();
    c.info.name = "a | b".into();
    c.prisoners
        .push(Prisoner::new("p", "A|B *x* _y_\nnext", Status::Detained));
    let d = Derived::new(&c, today());
    let out = render(&c, &d, &Options::new(View::Prisoners, Format::Markdown));
    assert!(out.starts_with("# a \\| b\n"), "{out}");
    let row = out.lines().find(|l| l.contains("A\\|B")).unwrap();
    assert!(row.contains("A\\|B \\*x\\* \\_y\\_ ⏎ next"), "{row}");
    // The five columns that say something (name, status, days, events,
    // statements): six pipes that are not escaped.
    let unescaped = row.matches('|').count() - row.matches("\\|").count();
    assert_eq!(unescaped, 6, "{row}");
}

#[test]
fn json_escapes_terminal_controls_and_reads_back_exact() {
    let mut c = Campaign::default();
    let hostile = "a\u{1b}]0;x\u{7}\u{9b}2J\u{202e}b\tc\nd\u{e0001}\u{1d173}é\u{200d}é";
    c.info.name = hostile.into();
    c.prisoners
        .push(Prisoner::new("p", hostile, Status::Detained));
    let d = Derived::new(&c, today());
    for view in [View::Overview, View::Prisoners] {
        let out = render(&c, &d, &Options::new(view, Format::Json));
        assert!(
            !out.chars().any(|ch| (crate::sanitize::is_unsafe(ch)
                || crate::sanitize::is_contextual(ch))
                && ch != '\n'),
            "{out}"
        );
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let name = if view == View::Overview {
            &v["name"]
        } else {
            &v[0]["name"]
        };
        assert_eq!(name.as_str(), Some(hostile));
    }
}

#[test]
fn csv_is_exact_with_raw_and_safe_by_default() {
    let mut c = Campaign::default();
    c.info.name = "x".into();
    c.prisoners.push(Prisoner::new(
        "p",
        "a\u{1b}[31mb, \"c\"\nd",
        Status::Detained,
    ));
    c.prisoners
        .push(Prisoner::new("q", "=HYPERLINK(\"x\")", Status::Detained));
    let d = Derived::new(&c, today());
    let mut o = Options::new(View::Prisoners, Format::Csv);
    o.csv.exact = true;
    o.csv.formulas = true;
    let exact = render(&c, &d, &o);
    let mut r = csv::Reader::from_reader(exact.as_bytes());
    let recs: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(&recs[0][1], "a\u{1b}[31mb, \"c\"\nd");
    assert_eq!(&recs[1][1], "=HYPERLINK(\"x\")");
    assert!(exact.contains("\r\n"), "RFC 4180 ends records with CRLF");
    assert!(!exact.starts_with('\u{feff}'));
    let safe = render(&c, &d, &Options::new(View::Prisoners, Format::Csv));
    assert!(!safe.contains('\u{1b}'));
    assert!(safe.contains("a\\u{1b}[31mb"));
    let mut r = csv::Reader::from_reader(safe.as_bytes());
    let recs: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(&recs[1][1], "'=HYPERLINK(\"x\")");
    o.csv.bom = true;
    assert!(render(&c, &d, &o).starts_with("\u{feff}id,name,"));
}

#[test]
fn every_formula_start_is_made_inert() {
    for start in FORMULA_STARTS {
        let text = format!("{start}1+1");
        assert_eq!(inert(&text), format!("'{text}"));
    }
    assert_eq!(inert("Ales Bialiatski"), "Ales Bialiatski");
    assert_eq!(inert("a=b"), "a=b");
}

#[test]
fn filter_and_sort_choose_and_order_the_records() {
    let (c, d) = bundled();
    let (filter, sort) =
        parse_selection(View::Prisoners, Some("org:rep"), Some("name:desc")).unwrap();
    let mut o = Options::new(View::Prisoners, Format::Json);
    o.filter = filter;
    o.sort = sort;
    let v: serde_json::Value = serde_json::from_str(&render(&c, &d, &o)).unwrap();
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["name"].as_str())
        .collect();
    let mut want: Vec<&str> = c
        .prisoners
        .iter()
        .filter(|p| p.organisations().iter().any(|o| o == "rep"))
        .map(|p| p.name())
        .collect();
    // By family name, the last word.
    want.sort_by_key(|n| n.rsplit(' ').next().unwrap_or_default().to_owned());
    want.reverse();
    assert_eq!(names, want);
    assert_eq!(names.len(), 3);
    o.format = Format::Text;
    let out = render(&c, &d, &o);
    assert!(
        out.contains("Prisoners: 3 of 6 matching org:rep, sorted by name:desc"),
        "{out}"
    );
    o.filter = parse_selection(View::Prisoners, Some("status:released"), None)
        .unwrap()
        .0;
    assert!(render(&c, &d, &o).contains("No prisoners match the filter."));
}

#[test]
fn bad_filters_and_sorts_are_refused_with_the_place() {
    let e = parse_selection(View::Prisoners, Some("status:jailed"), None).unwrap_err();
    assert!(e.starts_with("--filter: "), "{e}");
    assert!(e.contains("\n  status:jailed\n  "), "{e}");
    assert!(e.ends_with('^'), "{e}");
    let e = parse_selection(View::Events, None, Some("colour")).unwrap_err();
    assert!(
        e.starts_with("--sort: events have no column `colour`"),
        "{e}"
    );
    let e = parse_selection(View::Overview, Some("x"), None).unwrap_err();
    assert!(e.contains("list views"), "{e}");
    assert!(parse_selection(View::Overview, None, None).is_ok());
}

#[test]
fn empty_lists_say_so() {
    let c = Campaign::default();
    let d = Derived::new(&c, today());
    for view in View::iter().filter(|v| v.kind().is_some()) {
        let out = text(&c, &d, view, 80);
        assert!(out.contains("in this file."), "{out}");
        let json = render(&c, &d, &Options::new(view, Format::Json));
        assert_eq!(json, "[]\n");
        // The header row is there even without records.
        let csv = render(&c, &d, &Options::new(view, Format::Csv));
        let first = if view == View::Letters {
            "date,"
        } else {
            "id,"
        };
        assert!(csv.starts_with(first), "{csv}");
    }
}

#[test]
fn the_printed_tables_are_the_dashboards_columns_and_cells() {
    let (c, d) = bundled();
    for view in View::iter().filter(|v| v.kind().is_some()) {
        let rs = records(&c, &d, &Options::new(view, Format::Text));
        let t = table::table(&c, &d, view, &rs, None);
        // The dashboard's columns, but those that say nothing in any record.
        let all = crate::table::default_columns(view);
        let kept: Vec<_> = all
            .iter()
            .filter(|col| {
                rs.is_empty()
                    || rs.iter().any(|&r| {
                        !crate::table::says_nothing(&crate::table::cell(&c, &d, col.key, r).text)
                    })
            })
            .copied()
            .collect();
        assert_eq!(t.columns, kept, "{view}");
        for (row, &r) in t.rows().zip(&rs) {
            for (cell, col) in row.iter().zip(&t.columns) {
                assert_eq!(cell, &crate::table::cell(&c, &d, col.key, r), "{view}");
            }
        }
    }
    // Print once kept its own copy, where the organisation columns were
    // fixed at 9 while the dashboard fills them like text.
    for view in [View::Prisoners, View::Statements] {
        let org = crate::table::columns(view)
            .into_iter()
            .find(|col| col.title == "Org")
            .unwrap();
        assert_eq!(org.fixed(), None, "{view}");
    }
}

/// The csv and json streamed a record at a time are, byte for byte, what
/// the whole-document writers make: on the bundled file, presenting or not,
/// and on text with escapes, invisible characters and formulas.
#[test]
fn streamed_csv_and_json_are_the_whole_documents() {
    let (mut c, _) = bundled();
    c.prisoners[0].edit(|p| {
        p.notes = Some("=HYPERLINK(\"x\")\u{1b}[31m red \u{202e}rtl\u{200d}".into());
    });
    let d = Derived::new(&c, today());
    for view in View::iter().filter(|v| !matches!(v, View::Overview | View::Agenda)) {
        for present in [false, true] {
            let mut o = Options::new(view, Format::Json);
            o.present = present;
            let rs = records(&c, &d, &o);
            let mut streamed = Vec::new();
            data::write_json_rows(&c, &d, view, &rs, present, &mut streamed).unwrap();
            let whole = data::json_value(&data::view_value(
                &c,
                &d,
                view,
                &rs,
                TodaySource::System,
                present,
            ));
            assert_eq!(String::from_utf8(streamed).unwrap(), whole, "{view} json");
            for bom in [false, true] {
                let style = data::CsvStyle {
                    bom,
                    ..Default::default()
                };
                let mut streamed = Vec::new();
                data::write_csv_rows(&c, &d, view, &rs, present, style, &mut streamed).unwrap();
                let table = data::table(&c, &d, view, &rs, TodaySource::System, present);
                assert_eq!(
                    String::from_utf8(streamed).unwrap(),
                    data::write_csv(&table, style),
                    "{view} csv"
                );
            }
        }
    }
}

/// A list longer than the chunks its rows are made in, two at a time: the
/// json is serde_json's pretty array of the rows, and the csv has every row
/// once, in the order of the records.
#[test]
fn long_lists_print_every_row_once_in_order() {
    let mut c = Campaign::default();
    c.info.name = "x".into();
    c.prisoners = (0..9_001)
        .map(|i| {
            let mut p = Prisoner::new(format!("p{i}"), format!("Name {i}"), Status::Detained);
            p.detained = Some(PartialDate::full(today()));
            p
        })
        .collect();
    let d = Derived::new(&c, today());
    // Every other record, backwards: an order of its own.
    let records: Vec<usize> = (0..c.prisoners.len()).rev().step_by(2).collect();
    let mut json = Vec::new();
    data::write_json_rows(&c, &d, View::Prisoners, &records, false, &mut json).unwrap();
    let rows: Vec<serde_json::Value> = records
        .iter()
        .map(|&i| data::record_row(&c, &d, View::Prisoners, i).unwrap())
        .collect();
    let whole = serde_json::to_string_pretty(&serde_json::Value::Array(rows)).unwrap() + "\n";
    assert!(
        String::from_utf8(json).unwrap() == whole,
        "the json differs"
    );
    let mut csv = Vec::new();
    let style = CsvStyle::default();
    data::write_csv_rows(&c, &d, View::Prisoners, &records, false, style, &mut csv).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    let names: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').find(|f| f.starts_with("Name ")).unwrap())
        .collect();
    let wanted: Vec<String> = records.iter().map(|i| format!("Name {i}")).collect();
    assert_eq!(names, wanted);
    let mut empty = Vec::new();
    data::write_json_rows(&c, &d, View::Prisoners, &[], false, &mut empty).unwrap();
    assert_eq!(String::from_utf8(empty).unwrap(), "[]\n");
}
