//! Every sheet, both ways, through the real binary: `print` writes each
//! view's csv (or the workbook of `--view all`), `import` reads them back
//! into a new campaign file, and `print` of that file gives the same csv
//! of every view, for the bundled campaign and for a generated one with
//! custody, earlier arrests, letters and petitions' tallies. Then the
//! lists of other programs: references by name, kinds told by name or by
//! header, and the table of headers kept alike with the docs.

mod common;
#[path = "../examples/generator/mod.rs"]
mod generator;

use std::path::Path;
use std::process::Output;

use campaign_dash::print::View;
use common::{ok_in, run_in};
use strum::IntoEnumIterator;

/// Every view whose csv `import` reads back: the overview and the lists
/// (the agenda's is computed).
fn views() -> Vec<&'static str> {
    View::iter()
        .filter(|v| *v != View::Agenda)
        .map(View::name)
        .collect()
}

const TODAY: &str = "2026-12-07";

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn csv_of(dir: &Path, file: &str, view: &str) -> String {
    ok_in(
        dir,
        &[
            "print", file, "--view", view, "--format", "csv", "--today", TODAY,
        ],
    )
}

/// Prints every view of `campaign` (in `dir`) as csv, imports the csv
/// files and the workbook, and compares every view of both results.
fn round_trip(dir: &Path, campaign: &str) {
    let mut files = Vec::new();
    for view in views() {
        let file = format!("{view}.csv");
        std::fs::write(dir.join(&file), csv_of(dir, campaign, view)).unwrap();
        files.push(file);
    }
    let mut args = vec!["import"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["-o", "from-csv.toml"]);
    let o = run_in(dir, &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run_in(
        dir,
        &[
            "print", campaign, "--view", "all", "--format", "xlsx", "--today", TODAY, "-o",
            "all.xlsx",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run_in(dir, &["import", "all.xlsx", "-o", "from-xlsx.toml"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "read as workbook, sheets \"Prisoners\", \"Events\", \"Statements\", \"Organisations\", \"Petitions\", \"Letters\""
        ),
        "{}",
        stderr(&o)
    );
    for back in ["from-csv.toml", "from-xlsx.toml"] {
        for view in views() {
            let want = std::fs::read_to_string(dir.join(format!("{view}.csv"))).unwrap();
            let got = csv_of(dir, back, view);
            if got != want {
                let first = got
                    .lines()
                    .zip(want.lines())
                    .find(|(g, w)| g != w)
                    .map_or_else(
                        || "the number of lines differs".to_owned(),
                        |(g, w)| format!("got  {g}\nwant {w}"),
                    );
                panic!("{campaign} -> {back}: the {view} csv differs:\n{first}");
            }
        }
    }
}

#[test]
fn the_bundled_campaign_round_trips_through_every_views_csv_and_the_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("campaign.toml");
    std::fs::copy(bundled, dir.path().join("campaign.toml")).unwrap();
    round_trip(dir.path(), "campaign.toml");
}

#[test]
fn a_campaign_with_custody_letters_and_tallies_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let spec = generator::Spec {
        story: true,
        ..generator::Spec::square(300)
    };
    std::fs::write(
        dir.path().join("story.toml"),
        generator::campaign_text(&spec),
    )
    .unwrap();
    round_trip(dir.path(), "story.toml");
    let story = std::fs::read_to_string(dir.path().join("from-csv.toml")).unwrap();
    assert!(story.contains("[[letters]]") && story.contains("counts = [{ date = "));
    assert!(story.contains("[[prisoners.custody]]") && story.contains("[[prisoners.earlier]]"));
}

/// Lists of another program: Russian and Belarusian headers, references
/// by name where the list has no ids.
#[test]
fn references_by_name_in_lists_headed_in_other_words() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("люди.csv"),
        "ФИО,Организация,Дата задержания\n\
         Ярашук Аляксандр Сцяпанавіч,БКДП,2022-04-19\n\
         Лосик Игорь,Радио Свобода,2020-06-25\n",
    )
    .unwrap();
    std::fs::write(
        d.join("события.csv"),
        "Название,Дата,Город,Организаторы,Заключенные\n\
         Пикет у Бранденбургских ворот,2023-04-19,Berlin,Salidarnast,Ярашук Аляксандр Сцяпанавіч\n\
         Митинг,2023-05-01,Bremen,,Никто Никтович\n",
    )
    .unwrap();
    std::fs::write(
        d.join("письма.csv"),
        "Дата,Кому,Направление,Количество\n\
         2023-05-02,Лосик Игорь,sent,3\n\
         2023-05-03,Никто Никтович,sent,1\n",
    )
    .unwrap();
    let o = run_in(
        d,
        &[
            "import",
            "люди.csv",
            "события.csv",
            "письма.csv",
            "-o",
            "new.toml",
        ],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    // Each reference no record answers is said at its cell.
    assert!(
        err.contains("события.csv:3:5: warning: \"Заключенные\": `Никто Никтович` is not the id or name of any of the prisoners read; left out"),
        "{err}"
    );
    assert!(
        err.contains("письма.csv:3:2: warning: \"Кому\": `Никто Никтович`"),
        "{err}"
    );
    assert!(
        err.contains("2 prisoners, 3 organisations, 2 events and 1 letter read as csv"),
        "{err}"
    );
    let o = run_in(d, &["check", "new.toml"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json = ok_in(
        d,
        &["print", "new.toml", "--view", "events", "--format", "json"],
    );
    let events: serde_json::Value = serde_json::from_str(&json).unwrap();
    let picket = &events[0];
    assert_eq!(picket["title"], "Пикет у Бранденбургских ворот");
    assert_eq!(picket["prisoners"], serde_json::json!(["jarasuk"]));
    assert_eq!(
        picket["organisation_names"],
        serde_json::json!(["Salidarnast"])
    );
    assert_eq!(events[1]["prisoners"], serde_json::json!([]));
    let letters = ok_in(
        d,
        &["print", "new.toml", "--view", "letters", "--format", "csv"],
    );
    assert!(
        letters.contains("2023-05-02,losik,Losik Igor,sent,3"),
        "{letters}"
    );
    // The letter to no one read is kept as a comment, not dropped silently.
    let written = std::fs::read_to_string(d.join("new.toml")).unwrap();
    assert!(
        written.contains("# [[letters]] row 3: without its `prisoner`"),
        "{written}"
    );
}

/// A csv whose name tells nothing is known by its header: this program's
/// own columns of organisations make it a list of organisations; a list
/// headed in other words stays a list of prisoners.
#[test]
fn a_sheet_is_known_by_its_name_or_its_header() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("campaign.toml");
    std::fs::copy(bundled, d.join("c.toml")).unwrap();
    std::fs::write(d.join("list-a.csv"), csv_of(d, "c.toml", "organisations")).unwrap();
    std::fs::write(d.join("list-b.csv"), "Name,Organisation,Country\nA B,X,Y\n").unwrap();
    let o = run_in(d, &["import", "list-a.csv", "-o", "a.toml"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("0 prisoners and 9 organisations"),
        "{}",
        stderr(&o)
    );
    let o = run_in(d, &["import", "list-b.csv"]);
    assert!(
        stderr(&o).contains("1 prisoner and 1 organisation"),
        "{}",
        stderr(&o)
    );
    // Two lists of one kind: said, nothing written.
    let o = run_in(d, &["import", "list-a.csv", "list-a.csv", "-o", "two.toml"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("list-a.csv and list-a.csv both hold organisations"),
        "{}",
        stderr(&o)
    );
    assert!(!d.join("two.toml").exists());
}

/// docs/importing.md lists every header of `assets/import-headers.toml`,
/// kind by kind, field by field, in the table the test writes from it.
#[test]
fn the_docs_list_every_header_the_table_holds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let docs = std::fs::read_to_string(root.join("docs/importing.md")).unwrap();
    let want = campaign_dash::import::headers_table();
    assert!(
        docs.contains(&want),
        "docs/importing.md should hold this table, as assets/import-headers.toml gives it:\n\n{want}"
    );
}

/// Hostile text in a sheet of events reaches neither the terminal nor the
/// file raw: the file quotes it with escapes (and reads back exactly), the
/// messages make it visible.
#[test]
fn hostile_text_in_other_sheets_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("events.csv"),
        "id,title,date,kind,\u{1b}]0;owned\u{7}\n\
         e1,\"A\u{1b}[2J\u{202e}b\",2023-04-19,picket,x\u{9b}y\n",
    )
    .unwrap();
    let o = run_in(d, &["import", "events.csv"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let raw = |s: &str| {
        s.chars()
            .any(|c| campaign_dash::sanitize::is_unsafe(c) && c != '\n')
    };
    let err = stderr(&o);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(!raw(&out), "{out}");
    assert!(!raw(&err), "{err}");
    assert!(err.contains("events.csv:2:5: warning: "), "{err}");
    let loaded = campaign_dash::load::parse_str(&out, &Default::default());
    let c = loaded.campaign.expect("the file loads");
    assert_eq!(c.events[0].title(), "A\u{1b}[2J\u{202e}b");
}
