//! Spreadsheets both ways: the xlsx export read back cell for cell against
//! the json of the same view; lists imported from csv (a Viasna-shaped
//! one, a semicolon one with a byte-order mark), from an xlsx the export
//! wrote and from an ods, every field checked; the csv export imported
//! back gives the same prisoners (the bundled file and a generated one of
//! 20,000); and the `import` and `print` commands as the real binary:
//! exit codes, `FILE:ROW:COLUMN` messages, files never overwritten.

mod common;
#[path = "../examples/generator/mod.rs"]
mod generator;

use std::io::Cursor;
use std::path::Path;
use std::process::Output;

use common::run_in;

use calamine::{Data, Reader};
use campaign_dash::import;
use campaign_dash::load::{LoadOptions, parse_str};
use campaign_dash::model::Campaign;
use campaign_dash::model::Prisoner;
use campaign_dash::model::fields::Record;
use campaign_dash::print::{self, Format, Options, View};
use campaign_dash::query::Derived;
use chrono::NaiveDate;
use serde_json::{Value, json};
use strum::IntoEnumIterator;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 5, 6).unwrap()
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn load(text: &str) -> Campaign {
    let opts = LoadOptions {
        today: Some(day()),
        system_today: day(),
        retention: true,
    };
    let loaded = parse_str(text, &opts);
    assert!(!loaded.has_errors(), "{:?}", loaded.problems);
    loaded.campaign.expect("the file loads")
}

fn bundled() -> Campaign {
    load(&std::fs::read_to_string(root().join("campaign.toml")).unwrap())
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(root().join("tests/fixtures/import").join(name)).unwrap()
}

/// The list imported, and the campaign file it gives, loaded.
fn imported(name: &str, bytes: &[u8]) -> (import::Imported, Campaign) {
    let opts = import::Options {
        name: Some("Imported".to_owned()),
        maps: Vec::new(),
        keep_names: false,
    };
    let i = import::import(name, bytes, &opts).expect("the list imports");
    let c = load(&i.text);
    (i, c)
}

/// The json of one view.
fn json(c: &Campaign, view: View) -> Value {
    let d = Derived::new(c, day());
    serde_json::from_str(&print::render(c, &d, &Options::new(view, Format::Json))).unwrap()
}

/// The prisoners as json, their declared fields and the names of their
/// organisations only (what a list carries; the rest is computed).
fn prisoners(c: &Campaign) -> Vec<Value> {
    let keep: Vec<&str> = Prisoner::FIELDS
        .iter()
        .map(|f| f.key)
        .chain(["organisation_names"])
        .collect();
    json(c, View::Prisoners)
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let mut p = p.clone();
            p.as_object_mut()
                .unwrap()
                .retain(|k, _| keep.contains(&k.as_str()));
            p
        })
        .collect()
}

/// `got`'s fields are those of `want`, and null (or empty) where `want`
/// does not name them.
fn assert_fields(got: &Value, want: Value) {
    let want = want.as_object().unwrap();
    for (k, v) in got.as_object().unwrap() {
        let expected = want.get(k).cloned().unwrap_or(Value::Null);
        let empty = v.is_null() || v.as_array().is_some_and(Vec::is_empty);
        if expected.is_null() {
            assert!(empty, "{k}: {v} where nothing was expected, in {got}");
        } else {
            assert_eq!(v, &expected, "{k} of {got}");
        }
    }
    for k in want.keys() {
        assert!(got.get(k).is_some(), "no key {k}");
    }
}

#[test]
fn the_xlsx_export_reads_back_cell_for_cell() {
    let c = bundled();
    let d = Derived::new(&c, day());
    let views: Vec<View> = View::iter().collect();
    let bytes =
        print::render_bytes(&c, &d, &Options::new(View::Prisoners, Format::Xlsx), &views).unwrap();
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).unwrap();
    let titles: Vec<&str> = views.iter().map(|v| v.title()).collect();
    assert_eq!(book.sheet_names(), titles);
    let mut dates = 0;
    for view in views {
        let range = book.worksheet_range(view.title()).unwrap();
        let rows: Vec<&[Data]> = range.rows().collect();
        let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
        if view == View::Overview {
            // The overview: its key, value rows, as csv gives them exactly.
            let mut o = Options::new(view, Format::Csv);
            o.csv.exact = true;
            o.csv.formulas = true;
            let csv = print::render(&c, &d, &o);
            let mut r = csv::Reader::from_reader(csv.as_bytes());
            assert_eq!(header, ["key", "value"]);
            let records: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
            assert_eq!(records.len(), rows.len() - 1);
            for (rec, row) in records.iter().zip(&rows[1..]) {
                assert_eq!(row[0].to_string(), rec[0]);
                assert_eq!(cell_text(&row[1]), rec[1], "{}", &rec[0]);
            }
            continue;
        }
        let records = json(&c, view);
        // The agenda's json holds its items beside the day and horizon.
        let records = match view {
            View::Agenda => records["items"].clone(),
            _ => records,
        };
        let records = records.as_array().unwrap();
        assert_eq!(rows.len(), records.len() + 1, "{view:?}");
        for (record, row) in records.iter().zip(&rows[1..]) {
            let map = record.as_object().unwrap();
            let keys: Vec<&String> = map.keys().collect();
            assert_eq!(header.iter().collect::<Vec<_>>(), keys, "{view:?}");
            for (i, (key, v)) in map.iter().enumerate() {
                let cell = row.get(i).unwrap_or(&Data::Empty);
                match (v, cell) {
                    (Value::Null, Data::Empty) => {}
                    (Value::Array(a), Data::Empty) if a.is_empty() => {}
                    (Value::Bool(b), Data::Bool(x)) => assert_eq!(b, x, "{key}"),
                    (Value::Number(n), Data::Float(x)) => {
                        assert_eq!(n.as_f64().unwrap(), *x, "{key}")
                    }
                    (Value::String(s), Data::DateTime(x)) => {
                        dates += 1;
                        assert_eq!(x.as_datetime().unwrap().date().to_string(), *s, "{key}");
                    }
                    (Value::String(s), Data::String(x)) => assert_eq!(s, x, "{key}"),
                    (v @ (Value::Array(_) | Value::Object(_)), Data::String(x)) => {
                        assert_eq!(&print::field(v), x, "{key}")
                    }
                    (v, cell) => panic!("{view:?} {key}: {v} written as {cell:?}"),
                }
            }
        }
    }
    assert!(dates > 20, "dates are written as dates ({dates})");
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::Float(f) => serde_json::Number::from_f64(*f)
            .map(|n| {
                if f.fract() == 0.0 {
                    format!("{}", *f as i64)
                } else {
                    n.to_string()
                }
            })
            .unwrap_or_default(),
        Data::DateTime(d) => d.as_datetime().unwrap().date().to_string(),
        c => c.to_string(),
    }
}

#[test]
fn presentation_mode_leaves_the_sensitive_columns_out_of_the_workbook() {
    let c = bundled();
    let d = Derived::new(&c, day());
    let mut o = Options::new(View::Prisoners, Format::Xlsx);
    let header = |o: &Options| {
        let bytes = print::render_bytes(&c, &d, o, &[View::Prisoners]).unwrap();
        let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).unwrap();
        let range = book.worksheet_range("Prisoners").unwrap();
        let row: Vec<String> = range
            .rows()
            .next()
            .unwrap()
            .iter()
            .map(|c| c.to_string())
            .collect();
        row
    };
    assert!(header(&o).contains(&"address".to_owned()));
    o.present = true;
    let hidden = header(&o);
    for key in [
        "address",
        "born",
        "notes",
        "sponsors",
        "risk",
        "current_address",
    ] {
        assert!(!hidden.contains(&key.to_owned()), "{key} in {hidden:?}");
    }
    assert!(hidden.contains(&"organisation_names".to_owned()));
}

#[test]
fn xlsx_text_is_never_a_formula() {
    let mut c = bundled();
    c.prisoners[0].edit(|p| p.name = "=HYPERLINK(\"http://example.org\",\"x\")".to_owned());
    let d = Derived::new(&c, day());
    let o = Options::new(View::Prisoners, Format::Xlsx);
    let bytes = print::render_bytes(&c, &d, &o, &[View::Prisoners]).unwrap();
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).unwrap();
    let formulas = book.worksheet_formula("Prisoners").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
    let range = book.worksheet_range("Prisoners").unwrap();
    assert_eq!(
        range.get((1, 1)),
        Some(&Data::String(
            "=HYPERLINK(\"http://example.org\",\"x\")".into()
        ))
    );
}

#[test]
fn a_viasna_list_imports_every_field() {
    let (i, c) = imported("viasna.csv", &fixture("viasna.csv"));
    assert_eq!(i.prisoners, 4);
    let p = prisoners(&c);
    assert_fields(
        &p[0],
        json!({
            "id": "bialiacki", "name": "Alieś Bialiacki", "aliases": ["Алесь Бяляцкі"],
            "status": "imprisoned",
            "born": "1962-09-25", "detained": "2021-07-14", "sentenced": "2023-03-03",
            "sentence": "10 гадоў пазбаўлення волі", "release_due": "2031-07-14",
            "charges": ["ч.4 ст.228", "ч.2 ст.243"], "facility": "ПК-9 Горкі",
            "sources": ["https://prisoners.spring96.org/be/person/ales-bialiacki"],
            "notes": "gender: male\ndecision: Ленінскі раённы суд г. Мінска\njudge: Мар'ян Лукашэвіч\ndeclaration: 14.07.2021\nnumber in the list: 1021",
            "organisations": [], "organisation_names": [],
        }),
    );
    assert_fields(
        &p[1],
        json!({
            "id": "kaliesnikava", "name": "Maryja Kaliesnikava", "aliases": ["Марыя Калеснікава"],
            "status": "released",
            "born": "1982-04-24", "detained": "2020-09", "sentenced": "2021-09-06",
            "sentence": "11 гадоў", "sentence_months": 132, "release_due": "2031-09-01",
            "released": "2025-09-13", "charges": ["ч.3 ст.361"],
            "sources": ["https://prisoners.spring96.org/be/person/maryja-kalesnikava"],
            "notes": "gender: female\njudge: Сяргей Епіхаў\nprosecutor: Аляксандр Мядзведзеў\nnumber in the list: 1022",
        }),
    );
    assert_fields(
        &p[2],
        json!({
            "id": "hauryla", "name": "Vitaĺ Haŭryla", "aliases": ["Віталь Гаўрыла"],
            "status": "deceased", "born": "1966", "detained": "2022-06", "charges": ["ст.342"],
            "notes": "gender: male\ndied: 2024-03-05\nnumber in the list: 1023",
        }),
    );
    // What cannot be placed is reported at its cell and kept in a comment.
    assert_fields(
        &p[3],
        json!({
            "id": "daskievic", "name": "Zmicier Daškievič", "status": "detained",
            "notes": "number in the list: 1024",
        }),
    );
    // Row 2's "active" with a penal colony, and row 5 with no status read:
    // statuses guessed from the facts, each said.
    let at: Vec<(usize, usize)> = i.problems.iter().map(|p| (p.row, p.column)).collect();
    assert_eq!(at, [(2, 4), (5, 3), (5, 4), (5, 5), (5, 7)]);
    assert!(
        i.problems[0]
            .message
            .contains("taken as imprisoned: \"ПК-9 Горкі\" is a penal colony")
    );
    assert!(
        i.problems[1]
            .message
            .starts_with("status: none in the list")
    );
    assert!(i.problems[2].message.contains("not a status"));
    assert!(i.problems[3].message.contains("`2022-13-01` is not a date"));
    assert!(
        i.text
            .contains("status = \"=HYPERLINK(\\\"http://x\\\")\"\n[[prisoners]]\nid = \"1024\"")
            || i.text.contains("=HYPERLINK(\\\"http://x\\\")"),
        "{}",
        i.text
    );
    assert!(i.text.contains("# row 5: left out"));
    assert!(i.text.contains("arrested = \"not a date\""));
}

#[test]
fn a_semicolon_list_with_a_bom_imports_every_field() {
    let (i, c) = imported("semicolon-bom.csv", &fixture("semicolon-bom.csv"));
    assert!(i.read_as.contains("semicolon"));
    assert!(i.problems.is_empty(), "{:?}", i.problems);
    assert_eq!(c.organisations.len(), 1);
    assert_eq!(c.organisations[0].id, "bkdp");
    assert_eq!(c.organisations[0].name, "БКДП");
    let p = prisoners(&c);
    assert_fields(
        &p[0],
        json!({
            "id": "iarashuk", "name": "Iarashuk, Aleksandr", "aliases": ["Ярашук, Александр"],
            "status": "imprisoned",
            "organisations": ["bkdp"], "organisation_names": ["БКДП"],
            "detained": "2022-04-19", "charges": ["ст. 342"], "address": "ИУ-15\nМогилёв",
        }),
    );
    assert_fields(
        &p[1],
        json!({
            "id": "kirillitsa", "name": "Kirillitsa Test", "aliases": ["Кириллица Тест"],
            "status": "detained",
            "organisations": ["bkdp"], "organisation_names": ["БКДП"], "detained": "2023-05",
        }),
    );
}

#[test]
fn an_ods_imports_every_field() {
    let (i, c) = imported("list.ods", &fixture("list.ods"));
    assert!(i.problems.is_empty(), "{:?}", i.problems);
    let p = prisoners(&c);
    assert_eq!(p.len(), 2);
    assert_fields(
        &p[0],
        json!({
            "id": "losik", "name": "Ihar Losik", "status": "imprisoned",
            "detained": "2020-06-25", "charges": ["Art. 293", "Art. 342"],
            "sentence_months": 180, "facility": "Penal colony No. 1, Navapolatsk",
            // Computed from the arrest and the months, as json gives it.
            "release_due": "2035-06-25",
            "notes": "Blogger & journalist <RFE/RL>",
        }),
    );
    assert_fields(
        &p[1],
        json!({
            "id": "luckina", "name": "Ksienija Luckina", "aliases": ["Ксенія Луцкіна"],
            "status": "released",
            "detained": "2020-12-22",
        }),
    );
}

#[test]
fn an_xlsx_of_the_export_imports_the_same_prisoners() {
    // tests/fixtures/import/export.xlsx: `print --today 2023-05-06 --view
    // all --format xlsx` of the bundled file; its Prisoners sheet is read.
    let (i, c) = imported("export.xlsx", &fixture("export.xlsx"));
    assert!(i.problems.is_empty(), "{:?}", i.problems);
    assert_eq!(prisoners(&c), prisoners(&bundled()));
    // And one written now, the same.
    let b = bundled();
    let d = Derived::new(&b, day());
    let o = Options::new(View::Prisoners, Format::Xlsx);
    let bytes = print::render_bytes(&b, &d, &o, &[View::Prisoners]).unwrap();
    let (_, again) = imported("now.xlsx", &bytes);
    assert_eq!(prisoners(&again), prisoners(&b));
}

#[test]
fn the_csv_export_imported_gives_the_same_prisoners() {
    let c = bundled();
    let d = Derived::new(&c, day());
    let csv = print::render(&c, &d, &Options::new(View::Prisoners, Format::Csv));
    let (i, back) = imported("bundled.csv", csv.as_bytes());
    assert!(i.problems.is_empty(), "{:?}", i.problems);
    assert_eq!(prisoners(&back), prisoners(&c));
    // The organisations are those the prisoners name, by id and name.
    for o in &back.organisations {
        let orig = c.organisations.iter().find(|x| x.id == o.id).unwrap();
        assert_eq!(orig.name, o.name);
    }
}

#[test]
fn the_csv_export_of_20k_prisoners_imported_gives_the_same_prisoners() {
    let text = generator::campaign_text(&generator::Spec::square(20_000));
    let c = load(&text);
    let d = Derived::new(&c, day());
    let mut o = Options::new(View::Prisoners, Format::Csv);
    o.csv.bom = true;
    let csv = print::render(&c, &d, &o);
    let (i, back) = imported("big.csv", csv.as_bytes());
    assert!(
        i.problems.is_empty(),
        "{:?}",
        &i.problems[..i.problems.len().min(5)]
    );
    assert_eq!(i.prisoners, 20_000);
    let (a, b) = (prisoners(&back), prisoners(&c));
    assert_eq!(a.len(), b.len());
    for (a, b) in a.iter().zip(&b) {
        assert_eq!(a, b);
    }
}

#[test]
fn ids_are_made_from_names_unique_and_valid() {
    let list =
        "Name,Status\nАлесь Бяляцкі,active\nАлесь Бяляцкі,active\nŁukasz Żółw,former\n!!!,active\n";
    let (_, c) = imported("ids.csv", list.as_bytes());
    let ids: Vec<String> = c.prisoners.iter().map(|p| p.id().to_owned()).collect();
    assert_eq!(ids, ["bialiacki", "bialiacki-2", "zolw", "prisoner"]);
}

#[test]
fn hostile_text_is_escaped_in_the_file_and_in_messages() {
    let list = "Name,Notes,\u{1b}]0;owned\u{7}\nA\u{1b}[2Jb,\"x\"\"y\\z\u{202e}\",c\u{9b}d\n";
    let i = import::import(
        "hostile\u{1b}.csv",
        list.as_bytes(),
        &import::Options {
            name: Some("x\u{1b}".to_owned()),
            maps: Vec::new(),
            keep_names: false,
        },
    )
    .unwrap();
    let c = load(&i.text);
    assert_eq!(c.prisoners[0].name(), "A\u{1b}[2Jb");
    assert_eq!(c.prisoners[0].notes(), Some("x\"y\\z\u{202e}"));
    assert_eq!(c.info.name, "x\u{1b}");
    let unsafe_char = |s: &str| {
        s.chars()
            .any(|ch| campaign_dash::sanitize::is_unsafe(ch) && ch != '\n')
    };
    assert!(!unsafe_char(&i.text), "{}", i.text);
    let shown = i
        .problems
        .iter()
        .find(|p| !p.message.starts_with("status: "))
        .unwrap()
        .render(false);
    assert!(
        shown.starts_with("hostile\\u{1b}.csv:2:3: warning: "),
        "{shown}"
    );
    assert!(!unsafe_char(&shown));
}

#[test]
fn map_places_a_column_and_a_bad_map_is_refused() {
    let list = "Nom;Haftort;Geschlecht\nJan;Colony 2;m\n";
    let opts = import::Options {
        name: Some("x".to_owned()),
        maps: vec![
            "Nom=name".to_owned(),
            "Haftort=facility".to_owned(),
            "Geschlecht=skip".to_owned(),
        ],
        keep_names: false,
    };
    let i = import::import("m.csv", list.as_bytes(), &opts).unwrap();
    // Only the status, guessed from the colony, is said.
    assert_eq!(i.problems.len(), 1, "{:?}", i.problems);
    assert!(i.problems[0].message.contains("taken as imprisoned"));
    let c = load(&i.text);
    assert_eq!(c.prisoners[0].facility(), Some("Colony 2"));
    assert!(i.text.contains("# Left out by --map: Geschlecht."));
    let bad = import::Options {
        name: Some("x".to_owned()),
        maps: vec!["Nom=nme".to_owned()],
        keep_names: false,
    };
    let e = import::import("m.csv", list.as_bytes(), &bad).unwrap_err();
    assert!(e.contains("no field `nme`"), "{e}");
    let e = import::import("m.csv", b"Haftort\nx\n", &import::Options::default()).unwrap_err();
    assert!(e.contains("no column of names"), "{e}");
}

#[test]
fn dates_of_every_shape_and_the_rules_between_them() {
    let list = "name,status,detained,sentenced,released,sentence_months,release_due\n\
                A,released,2022,05.06.2022,04.2023,,\n\
                B,imprisoned,2022-06-01,2022-05-01,,12,2023-06-01\n\
                C,detained,2022-06-01,,2023-01-01,,\n";
    let (i, c) = imported("d.csv", list.as_bytes());
    let p = prisoners(&c);
    assert_fields(
        &p[0],
        json!({"id": "a", "name": "A", "status": "released", "detained": "2022",
               "sentenced": "2022-06-05", "released": "2023-04"}),
    );
    assert_fields(
        &p[1],
        json!({"id": "b", "name": "B", "status": "imprisoned", "detained": "2022-06-01",
               "sentence_months": 12, "release_due": "2023-06-01"}),
    );
    assert_fields(
        &p[2],
        json!({"id": "c", "name": "C", "status": "detained", "detained": "2022-06-01"}),
    );
    let at: Vec<(usize, usize)> = i.problems.iter().map(|p| (p.row, p.column)).collect();
    assert_eq!(at, [(3, 4), (3, 7), (4, 5)], "{:?}", i.problems);
}

#[test]
fn a_story_that_breaks_the_rules_is_left_out_not_fatal() {
    let list = "name,status,detained,custody\n\
                A,detained,2022-06-01,2022-07-01: Okrestina; 2022-06-05: Colony 2\n\
                B,detained,2022-06-01,2022-05-01: Okrestina\n\
                C,detained,2022-06-01,2022-06-02: Okrestina: : seen by a lawyer\n";
    let (i, c) = imported("s.csv", list.as_bytes());
    let at: Vec<(usize, usize)> = i.problems.iter().map(|p| (p.row, p.column)).collect();
    assert_eq!(at, [(2, 4), (3, 4)], "{:?}", i.problems);
    assert!(i.problems[0].message.contains("not in date order"));
    assert!(c.prisoners[0].custody.is_empty() && c.prisoners[1].custody.is_empty());
    let kept = &c.prisoners[2].custody[0];
    assert_eq!(kept.facility, "Okrestina");
    assert_eq!(kept.address, None);
    assert_eq!(kept.notes.as_deref(), Some("seen by a lawyer"));
}

#[test]
fn a_column_matched_by_nothing_is_reported_cell_by_cell_then_counted() {
    let mut list = "name,haftort\n".to_owned();
    for n in 0..8 {
        list.push_str(&format!("P{n},x\n"));
    }
    let (i, c) = imported("g.csv", list.as_bytes());
    assert_eq!(c.prisoners.len(), 8);
    // No status column: each status is guessed (5 listed, the rest in a
    // line of their own); the column's cells are listed apart.
    let (guesses, cells): (Vec<_>, Vec<_>) = i
        .problems
        .iter()
        .partition(|p| p.message.starts_with("status: "));
    assert_eq!(guesses.len(), 6);
    assert!(
        guesses[0].message.contains("3 more guessed"),
        "{:?}",
        guesses[0]
    );
    assert_eq!(i.warnings, 16);
    let at: Vec<(usize, usize)> = cells.iter().map(|p| (p.row, p.column)).collect();
    assert_eq!(at, [(1, 2), (2, 2), (3, 2), (4, 2), (5, 2), (6, 2)]);
    assert!(cells[0].message.contains("3 more cells"), "{:?}", cells[0]);
    assert!(cells[1].message.contains("--map 'haftort=FIELD'"));
    assert_eq!(
        i.text
            .matches("left out (\"haftort\": the column matches no field")
            .count(),
        8
    );
}

// The commands, as the real binary.

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn import_writes_a_new_file_that_check_accepts_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("list.csv"), fixture("viasna.csv")).unwrap();
    let o = run_in(dir.path(), &["import", "list.csv", "-o", "new.toml"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("list.csv:5:4: warning: \"status\""), "{err}");
    assert!(err.contains("list.csv:5:7: warning: \"arrested\""), "{err}");
    assert!(err.contains("4 prisoners"), "{err}");
    let written = std::fs::read_to_string(dir.path().join("new.toml")).unwrap();
    let o = run_in(dir.path(), &["check", "new.toml"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    // Never over a file.
    let o = run_in(dir.path(), &["import", "list.csv", "-o", "new.toml"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("new.toml exists"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("new.toml")).unwrap(),
        written
    );
    // Without -o, to stdout.
    let o = run_in(dir.path(), &["import", "list.csv"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(String::from_utf8(o.stdout).unwrap(), written);
}

#[test]
fn import_strict_makes_warnings_errors_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("list.csv"), fixture("viasna.csv")).unwrap();
    let o = run_in(
        dir.path(),
        &["import", "--strict", "list.csv", "-o", "new.toml"],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("list.csv:5:4: error: \"status\""), "{err}");
    assert!(
        err.contains("5 errors with --strict; nothing written"),
        "{err}"
    );
    assert!(!dir.path().join("new.toml").exists());
    assert!(o.stdout.is_empty());
    // A list with nothing to leave out passes --strict.
    std::fs::write(dir.path().join("ok.ods"), fixture("list.ods")).unwrap();
    let o = run_in(
        dir.path(),
        &["import", "--strict", "ok.ods", "-o", "ok.toml"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // Unreadable: exit 1, said why.
    std::fs::write(dir.path().join("bad.csv"), b"\xff\xfe\x00x").unwrap();
    let o = run_in(dir.path(), &["import", "bad.csv"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("bad.csv: error: the list is not UTF-8"),
        "{}",
        stderr(&o)
    );
    let o = run_in(dir.path(), &["import", "missing.csv"]);
    assert_eq!(o.status.code(), Some(1));
    // A --map naming no field is a command-line mistake.
    let o = run_in(dir.path(), &["import", "ok.ods", "--map", "Name=nom"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no field `nom`"), "{}", stderr(&o));
}

#[test]
fn print_csv_makes_formulas_inert_unless_raw() {
    let dir = tempfile::tempdir().unwrap();
    let file = "[campaign]\nname = \"c\"\n\n[[prisoners]]\nid = \"a\"\nname = \"=HYPERLINK(\\\"http://evil\\\")\"\nstatus = \"detained\"\nnotes = \"-2+3\\u001b]52;c;eA==\\u0007\"\n";
    std::fs::write(dir.path().join("c.toml"), file).unwrap();
    let o = run_in(
        dir.path(),
        &["print", "c.toml", "--view", "prisoners", "--format", "csv"],
    );
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""),
        "{out}"
    );
    assert!(out.contains("'-2+3\\u{1b}]52;c;eA==\\u{7}"), "{out}");
    assert!(!out.contains('\u{1b}'));
    let o = run_in(
        dir.path(),
        &[
            "print",
            "c.toml",
            "--view",
            "prisoners",
            "--format",
            "csv",
            "--raw",
            "--bom",
        ],
    );
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.starts_with("\u{feff}id,"));
    assert!(out.contains("\"=HYPERLINK(\"\"http://evil\"\")\""));
    assert!(out.contains("-2+3\u{1b}]52;c;eA==\u{7}"));
}

#[test]
fn print_xlsx_goes_to_a_file_never_the_campaign_and_view_all_needs_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("campaign.toml"),
        dir.path().join("campaign.toml"),
    )
    .unwrap();
    let o = run_in(
        dir.path(),
        &[
            "print", "--view", "all", "--format", "xlsx", "-o", "all.xlsx",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let book = calamine::open_workbook_auto(dir.path().join("all.xlsx")).unwrap();
    assert_eq!(book.sheet_names().len(), View::iter().count());
    let before = std::fs::read(dir.path().join("campaign.toml")).unwrap();
    let o = run_in(
        dir.path(),
        &["print", "--format", "xlsx", "-o", "./campaign.toml"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("is the campaign file read"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read(dir.path().join("campaign.toml")).unwrap(),
        before
    );
    let o = run_in(dir.path(), &["print", "--view", "all", "--format", "csv"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--view all writes a workbook"),
        "{}",
        stderr(&o)
    );
    let o = run_in(dir.path(), &["print", "--format", "json", "--bom"]);
    assert_eq!(o.status.code(), Some(2));
    // Not a terminal: stdout takes the workbook.
    let o = run_in(
        dir.path(),
        &["print", "--view", "prisoners", "--format", "xlsx"],
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.starts_with(b"PK\x03\x04"));
}

#[test]
fn an_xlsx_is_not_written_to_a_terminal() {
    let mut s = common::Session::start(&["print", "--view", "prisoners", "--format", "xlsx"]);
    assert_eq!(s.wait_exit().exit_code(), 2);
    let screen = s.text();
    assert!(screen.contains("not written to a terminal"), "{screen}");
    assert!(!screen.contains("PK"), "{screen}");
}

/// Where the list gives no status (or only "political prisoner"), the
/// status comes from the facts by one table of rules, and every such guess
/// is a warning at its cell on stderr, counted in the summary, as well as
/// a comment at the record: a colony or prison (ИК, ПК, колония) or a
/// sentence -> imprisoned; a pre-trial place (СИЗО, ИВС) -> detained; a
/// release date -> released; none of these -> detained, said so.
#[test]
fn the_status_comes_from_the_facts_and_every_guess_is_said() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("list.csv"),
        "ФИО,Статус,Место содержания,Приговор,Дата освобождения\n\
         Иванов Иван,,ИК-15 Новополоцк,,\n\
         Петров Пётр,,СИЗО-1 Минск,,\n\
         Сидоров Сидор,,,,\n\
         Кузнецова Анна,политзаключенный,,4 года колонии,\n\
         Смирнов Олег,,ИК-3,,2020-01-01\n\
         Орлова Ольга,осуждена,СИЗО-1 Минск,,\n",
    )
    .unwrap();
    let o = run_in(dir.path(), &["import", "list.csv", "-o", "new.toml"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    let c = load(&std::fs::read_to_string(dir.path().join("new.toml")).unwrap());
    // A ФИО column writes the family name first: the id is made from it.
    let ids: Vec<&str> = c.prisoners.iter().map(|p| p.id()).collect();
    assert_eq!(
        ids,
        [
            "ivanov",
            "petrov",
            "sidorov",
            "kuznetsova",
            "smirnov",
            "orlova"
        ]
    );
    let statuses: Vec<String> = c.prisoners.iter().map(|p| p.status.to_string()).collect();
    assert_eq!(
        statuses,
        [
            "imprisoned",
            "detained",
            "detained",
            "imprisoned",
            "released",
            "imprisoned"
        ]
    );
    for line in [
        "list.csv:2:3: warning: status: none in the list; taken as imprisoned: \"ИК-15 Новополоцк\" is a penal colony or prison",
        "list.csv:3:3: warning: status: none in the list; taken as detained: \"СИЗО-1 Минск\" is a pre-trial place",
        "list.csv:4:1: warning: status: none in the list, nor a place, sentence or release; taken as detained",
        "list.csv:5:2: warning: status: \"политзаключенный\" says in custody, not whether sentenced; taken as imprisoned: a sentence is given",
        "list.csv:6:5: warning: status: none in the list; taken as released: a release date is given",
    ] {
        assert!(err.contains(line), "`{line}` in:\n{err}");
    }
    // A status the list gives is no guess.
    assert!(!err.contains("list.csv:7:"), "{err}");
    assert!(err.contains("= help: "), "{err}");
    assert!(err.contains("6 prisoners"), "{err}");
    assert!(err.contains("5 warnings"), "{err}");
    let written = std::fs::read_to_string(dir.path().join("new.toml")).unwrap();
    assert!(written.contains("# row 2: status: none in the list; taken as imprisoned"));
    // --strict: every guess is an error, nothing written.
    let o = run_in(
        dir.path(),
        &["import", "list.csv", "-o", "strict.toml", "--strict"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("list.csv:2:3: error: status:"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.path().join("strict.toml").exists());
}

/// A sentence written in words is read into `sentence_months` (the text
/// kept as `sentence`), so the release is estimated; one that is not a
/// length is a warning at its cell, and a fine is no length at all.
#[test]
fn sentences_in_words_are_read_into_months() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("list.csv"),
        "ФИО,Статус,Дата задержания,Приговор\n\
         Иванов Иван,осужден,2022-04-19,4 года колонии\n\
         Петрусь Пятро,осужден,2022-04-19,2 гады 6 месяцаў\n\
         Smith John,convicted,2022-04-19,3 years 6 months\n\
         Кузнецова Анна,осуждена,2022-04-19,штраф\n\
         Орлова Ольга,осуждена,2022-04-19,по совокупности\n",
    )
    .unwrap();
    let o = run_in(dir.path(), &["import", "list.csv", "-o", "new.toml"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let c = load(&std::fs::read_to_string(dir.path().join("new.toml")).unwrap());
    let months: Vec<Option<u32>> = c.prisoners.iter().map(|p| p.sentence_months).collect();
    assert_eq!(months, [Some(48), Some(30), Some(42), None, None]);
    assert_eq!(c.prisoners[0].sentence(), Some("4 года колонии"));
    let err = stderr(&o);
    assert!(
        err.contains(
            "list.csv:6:4: warning: \"Приговор\": \"по совокупности\" is not read as a length"
        ),
        "{err}"
    );
    assert_eq!(err.matches(": warning: ").count(), 1, "{err}");
}

/// `--keep-names`: the Cyrillic name stays the name, its Latin form an
/// alias; the id is the Latin family name either way.
#[test]
fn keep_names_keeps_the_cyrillic_name() {
    let list = "ФИО,Статус\nЯрашук Аляксандр Сцяпанавіч,осужден\n";
    let opts = import::Options {
        name: Some("x".to_owned()),
        maps: Vec::new(),
        keep_names: true,
    };
    let i = import::import("k.csv", list.as_bytes(), &opts).unwrap();
    let c = load(&i.text);
    let p = &c.prisoners[0];
    assert_eq!(p.name(), "Ярашук Аляксандр Сцяпанавіч");
    assert_eq!(p.aliases(), ["Jarašuk Aliaksandr Sciapanavič"]);
    assert_eq!(p.id(), "jarasuk");
    let (_, c) = imported("k.csv", list.as_bytes());
    assert_eq!(c.prisoners[0].name(), "Jarašuk Aliaksandr Sciapanavič");
    assert_eq!(c.prisoners[0].aliases(), ["Ярашук Аляксандр Сцяпанавіч"]);
}
