//! The languages kept complete: every message of the English file (the
//! fallback, against which `t!` checks ids at compile time) is in every
//! other language, no file has a message English lacks, every message is
//! used by the code, and docs/languages.md says how far each language goes.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use campaign_dash::i18n::{Lang, file_of};
use fluent_syntax::ast::Entry;
use strum::IntoEnumIterator;

/// The ids whose English is the keymap's (`help-ACTION`, `help-edit-ACTION`):
/// every other language has them in its file.
fn keymap_ids() -> BTreeSet<String> {
    let table: toml::Table = toml::from_str(campaign_dash::app::keymap::KEYMAP_TOML).unwrap();
    let mut out = BTreeSet::new();
    for (section, prefix) in [("bind", "help-"), ("edit", "help-edit-")] {
        for b in table[section].as_array().unwrap() {
            out.insert(format!("{prefix}{}", b["action"].as_str().unwrap()));
        }
    }
    out
}

/// The ids whose English is the lists' column titles (`column-days-held`,
/// src/table.rs).
fn column_ids() -> BTreeSet<String> {
    campaign_dash::i18n::set_for_thread(Some(Lang::En));
    campaign_dash::view::View::iter()
        .flat_map(campaign_dash::table::columns)
        .map(|c| campaign_dash::i18n::id_of("column", c.title))
        .collect()
}

/// The ids whose English is the detail's row labels (`field-days-held`:
/// src/model/fields.rs and `OWN_LABELS` in src/app/detail.rs).
fn field_ids() -> BTreeSet<String> {
    use campaign_dash::app::detail::{OWN_LABELS, declared_labels};
    OWN_LABELS
        .iter()
        .copied()
        .chain(declared_labels())
        .map(|l| campaign_dash::i18n::id_of("field", l))
        .collect()
}

/// The ids whose English is the filter fields' descriptions
/// (`filter-prisoner-days`, src/model/fields.rs and src/query/search.rs).
fn filter_ids() -> BTreeSet<String> {
    use campaign_dash::query::{RecordKind, fields};
    <RecordKind as strum::VariantArray>::VARIANTS
        .iter()
        .flat_map(|&kind| {
            fields(kind)
                .iter()
                .map(move |f| campaign_dash::i18n::id_of(kind.filter_prefix(), f.name))
        })
        .collect()
}

/// The ids of the forms' labels, whose English is the file's key
/// (`form-until`, `FORM_KEYS` in src/app/record.rs).
fn form_ids() -> BTreeSet<String> {
    campaign_dash::app::record::FORM_KEYS
        .iter()
        .map(|k| campaign_dash::i18n::id_of("form", k))
        .collect()
}

/// The ids every language has: those of the English file, and those whose
/// English is the keymap's or the lists'.
fn english() -> BTreeSet<String> {
    let mut all = ids(Lang::En);
    all.extend(keymap_ids());
    all.extend(column_ids());
    all.extend(field_ids());
    all.extend(filter_ids());
    all.extend(form_ids());
    all
}

fn ids(lang: Lang) -> BTreeSet<String> {
    let text = file_of(lang).unwrap_or_else(|| panic!("no file for {lang:?}"));
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{lang:?}: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

/// The report of docs/languages.md: each language, how many messages it
/// has of English's, and the ids it lacks.
fn report() -> String {
    let english = english();
    let mut out = String::from("| language | code | messages | missing |\n|---|---|---|---|\n");
    for lang in Lang::iter() {
        // English's keys' help is the keymap's.
        let have = if lang == Lang::En {
            english.clone()
        } else {
            ids(lang)
        };
        let missing: Vec<&str> = english
            .iter()
            .filter(|id| !have.contains(*id))
            .map(String::as_str)
            .collect();
        out.push_str(&format!(
            "| {} | `{}` | {} of {} | {} |\n",
            lang.name(),
            lang.code(),
            english.len() - missing.len(),
            english.len(),
            if missing.is_empty() {
                "none".to_owned()
            } else {
                missing.join(", ")
            }
        ));
    }
    out
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = english();
    assert!(
        ids(Lang::En).is_disjoint(&keymap_ids()),
        "the English of a key's help is in src/app/keymap.toml, not in the English file"
    );
    assert!(
        ids(Lang::En).is_disjoint(&column_ids()),
        "the English of a column's title is in src/table.rs, not in the English file"
    );
    assert!(
        ids(Lang::En).is_disjoint(&field_ids()),
        "the English of a detail row's label is in the code, not in the English file"
    );
    assert!(
        ids(Lang::En).is_disjoint(&filter_ids()),
        "the English of a filter field's description is in the code, not in the English file"
    );
    for lang in Lang::iter().filter(|l| *l != Lang::En) {
        let have = ids(lang);
        let extra: Vec<&String> = have.difference(&english).collect();
        assert!(
            extra.is_empty(),
            "{lang:?} has messages English lacks: {extra:?}"
        );
    }
    let report = report();
    assert!(
        !report.lines().skip(2).any(|l| !l.ends_with("| none |")),
        "messages missing:\n{report}"
    );
}

#[test]
fn docs_say_how_far_each_language_goes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let docs = std::fs::read_to_string(root.join("docs/languages.md")).unwrap();
    let want = report();
    assert!(
        docs.contains(&want),
        "docs/languages.md should hold:\n\n{want}"
    );
}

/// Every message of the English file is used by the code (`t!("id"`).
#[test]
fn every_message_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut code = String::new();
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                code.push_str(&std::fs::read_to_string(path).unwrap());
            }
        }
    }
    // The id after each `t!(`, spaces and line breaks between them.
    let used: BTreeSet<&str> = code
        .split("t!(")
        .skip(1)
        .filter_map(|rest| rest.trim_start().strip_prefix('"')?.split('"').next())
        .collect();
    let unused: Vec<String> = ids(Lang::En)
        .into_iter()
        .filter(|id| !used.contains(id.as_str()))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

/// The language through the real binary: --lang, else the settings' `lang`,
/// else LC_ALL, LC_MESSAGES or LANG; what is a format stays English.
/// The binary's output, run in `dir` with `args` and `env`, which must
/// succeed.
fn succeeds(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let o = common::run_with(dir, args, env);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn the_language_is_chosen_by_flag_settings_and_environment() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root.join("campaign.toml"), dir.path().join("c.toml")).unwrap();
    std::fs::write(dir.path().join("settings.toml"), "lang = \"pl\"\n").unwrap();
    // Options before the command (`--config`), then after it.
    let overview = |args: &[&str], env: &[(&str, &str)]| {
        let (before, after): (Vec<&str>, Vec<&str>) = match args {
            ["--config", file, rest @ ..] => (vec!["--config", file], rest.to_vec()),
            _ => (Vec::new(), args.to_vec()),
        };
        let mut all = before;
        all.extend(["print", "c.toml", "--view", "overview"]);
        all.extend(after);
        succeeds(dir.path(), &all, env)
    };
    assert!(overview(&[], &[]).contains("\nFigures\n"));
    assert!(overview(&["--lang", "be"], &[]).contains("\nЛічбы\n"));
    assert!(overview(&[], &[("LANG", "de_DE.UTF-8")]).contains("\nZahlen\n"));
    assert!(
        overview(&[], &[("LANG", "de_DE.UTF-8"), ("LC_ALL", "uk_UA.UTF-8")]).contains("\nЦифри\n")
    );
    let settings = ["--config", "settings.toml"];
    assert!(overview(&settings, &[("LANG", "de_DE.UTF-8")]).contains("\nLiczby\n"));
    let mut both = settings.to_vec();
    both.extend(["--lang", "ru"]);
    assert!(overview(&both, &[]).contains("\nЦифры\n"));
    // A format stays English.
    let csv = overview(&["--lang", "be", "--format", "csv"], &[]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "key,value", "{csv}");
    assert!(lines.contains(&"prisoners,6"), "{csv}");
    let o = common::run_with(dir.path(), &["--lang", "fr"], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("the languages are en, be, ru, uk, pl, de")
    );
}

/// The dashboard itself, in a terminal, in the environment's language.
#[test]
fn the_dashboard_speaks_the_environments_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut s = common::Session::start_in(
        root,
        &["campaign.toml", "--today", "2023-05-06"],
        &[("LANG", Path::new("be_BY.UTF-8"))],
    );
    s.wait_for("2 Палітвязні");
    s.wait_for("Бліжэйшыя падзеі");
    s.wait_for("праз 14 дзён");
    s.keys(b"q");
    s.wait_exit();
}

/// The figures' values line up in every language, whatever the length of
/// the labels ("Сейчас за решёткой" is longer than "In custody now"), on
/// `print --view overview` as on the dashboard (both read the section's
/// label width).
#[test]
fn the_figures_line_up_in_every_language() {
    for lang in Lang::iter() {
        let o = common::run(&[
            "print",
            "campaign.toml",
            "--view",
            "overview",
            "--lang",
            lang.code(),
        ]);
        let text = String::from_utf8(o.stdout).unwrap();
        // The Figures section: after its heading's rule, up to a blank line.
        let figures: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.starts_with("---"))
            .skip(1)
            .take_while(|l| !l.is_empty())
            .filter(|l| !l.contains(':') && l.chars().any(|c| c.is_ascii_digit()))
            .collect();
        assert!(figures.len() >= 5, "{lang:?}: {figures:?}");
        let columns: BTreeSet<usize> = figures
            .iter()
            .map(|l| l.chars().position(|c| c.is_ascii_digit()).unwrap())
            .collect();
        assert_eq!(
            columns.len(),
            1,
            "{lang:?}: the values start at {columns:?}:\n{}",
            figures.join("\n")
        );
    }
}

/// Every label of a detail row fits its column in every language: 16
/// cells, the last a gap, the last two the mark of a chosen link in the
/// rows that link; the headings (`Notes`, `Summary`) stand on a row of
/// their own.
#[test]
fn the_detail_labels_fit_their_column_in_every_language() {
    use campaign_dash::app::detail::{OWN_LABELS, declared_labels};
    use unicode_width::UnicodeWidthStr;
    let headings = ["Notes", "Summary", "Translation (English)"];
    let links = [
        "organisations",
        "organisation",
        "event",
        "prisoners",
        "prisoner",
        "host",
    ];
    let mut long = Vec::new();
    for lang in Lang::iter() {
        campaign_dash::i18n::set_for_thread(Some(lang));
        for english in OWN_LABELS.iter().copied().chain(declared_labels()) {
            let shown = campaign_dash::i18n::named("field", english);
            let room = if links.contains(&english) { 14 } else { 15 };
            if !headings.contains(&english) && shown.width() > room {
                long.push(format!("{}: {shown:?} ({})", lang.code(), shown.width()));
            }
        }
    }
    campaign_dash::i18n::set_for_thread(None);
    assert!(long.is_empty(), "labels wider than their column: {long:?}");
}

/// The filter fields' ids and English, one a line, for translators.
#[test]
#[ignore]
fn print_filter_fields() {
    use campaign_dash::query::{RecordKind, fields};
    for &kind in <RecordKind as strum::VariantArray>::VARIANTS {
        for f in fields(kind) {
            println!(
                "{} = {}",
                campaign_dash::i18n::id_of(kind.filter_prefix(), f.name),
                f.help
            );
        }
    }
}

/// `print --lang` heads a list and the agenda in the language (for a
/// newsletter); the csv of the same list keeps its English keys, the
/// data stays as written.
#[test]
fn print_heads_its_lists_in_the_language_and_keeps_csv_english() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let print = |args: &[&str]| {
        let mut all = vec!["print", "campaign.toml"];
        all.extend(args);
        succeeds(root, &all, &[])
    };
    let be = print(&["--view", "prisoners", "--lang", "be"]);
    assert!(
        be.contains("Палітвязні: 6, на 2023-05-06 (дата as_of у файле)"),
        "{be}"
    );
    assert!(
        be.contains("Aliaksandr      imprisoned BKDP 2022-04-19"),
        "{be}"
    );
    let de = print(&["--view", "agenda", "--lang", "de"]);
    assert!(
        de.contains("Aufgaben: 2 Aufgaben, Stand 2023-05-06"),
        "{de}"
    );
    let md = print(&["--view", "events", "--format", "markdown", "--lang", "de"]);
    assert!(md.contains("\n## Aktionen\n"), "{md}");
    let none = print(&["--view", "letters", "--lang", "ru"]);
    assert!(none.contains("В этом файле нет записей: письма."), "{none}");
    let csv = print(&["--view", "prisoners", "--format", "csv", "--lang", "be"]);
    assert!(csv.starts_with("id,name,"), "{csv}");
}

/// Each problem's line of `check`'s (or `config`'s) output on `file`: its
/// place, then its message.
fn problem_lines(out: &str, file: &str) -> Vec<(String, String)> {
    out.lines()
        .filter_map(|l| {
            let rest = l.strip_prefix(file)?;
            // `FILE:LINE:COL: error: …`, or a note `FILE: info: …`;
            // the summary line has no word before its first colon.
            let (place, rest) = match rest.strip_prefix(':')? {
                r if r.starts_with(' ') => ("note".to_owned(), r.trim_start()),
                r => {
                    let (place, r) = r.split_once(": ")?;
                    (place.to_owned(), r)
                }
            };
            let (severity, message) = rest.split_once(": ")?;
            (!severity.contains(' ')).then(|| (place, message.to_owned()))
        })
        .collect()
}

/// The helps (`= help: …`) of the output.
fn help_lines(out: &str) -> Vec<String> {
    out.lines()
        .filter_map(|l| l.trim_start().strip_prefix("= ").map(str::to_owned))
        .collect()
}

/// The real binary run with `args` then `--lang` each language, on the
/// problems of `file`: the same exit code, the same places and as many
/// helps as in English, each message, help and the summary line said in
/// the language (not the English line), and no argument left unfilled.
/// The number of problems compared.
fn said_in_every_language(args: &[&str], file: &str) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = |lang: Lang| {
        let mut all = vec!["--lang", lang.code()];
        all.extend(args);
        let o = common::run_with(root, &all, &[]);
        let out = String::from_utf8(o.stdout).unwrap() + &String::from_utf8(o.stderr).unwrap();
        (o.status.code(), out)
    };
    let summary = |out: &str| {
        out.lines()
            .rfind(|l| l.starts_with(&format!("{file}: ")))
            .map(str::to_owned)
    };
    let (en_code, en) = run(Lang::En);
    let en_problems = problem_lines(&en, file);
    let en_helps = help_lines(&en);
    assert!(!en_problems.is_empty(), "{file}:\n{en}");
    let mut checked = 0;
    for lang in Lang::iter().filter(|l| *l != Lang::En) {
        let (code, out) = run(lang);
        let said = format!("{file} in {}:\n{out}\nEnglish:\n{en}", lang.code());
        assert_eq!(code, en_code, "{said}");
        assert!(!out.contains("{$") && !out.contains("{ $"), "{said}");
        let got = problem_lines(&out, file);
        assert_eq!(got.len(), en_problems.len(), "{said}");
        for ((place, message), (en_place, en_message)) in got.iter().zip(&en_problems) {
            assert_eq!(place, en_place, "{said}");
            assert_ne!(message, en_message, "not translated: {said}");
            checked += 1;
        }
        let got_helps = help_lines(&out);
        assert_eq!(got_helps.len(), en_helps.len(), "{said}");
        for (help, en_help) in got_helps.iter().zip(&en_helps) {
            assert_ne!(help, en_help, "not translated: {said}");
        }
        assert_ne!(
            summary(&out),
            summary(&en),
            "summary not translated: {said}"
        );
    }
    checked
}

/// The `.toml` files of a fixture folder, as paths from the crate's root.
fn fixtures(dir: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<String> = std::fs::read_dir(root.join("tests/fixtures").join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            format!(
                "tests/fixtures/{dir}/{}",
                p.file_name().unwrap().to_str().unwrap()
            )
        })
        .collect();
    files.sort();
    files
}

/// `check` of every bad and warned fixture, in every language.
#[test]
fn check_says_every_problem_in_every_language_at_the_same_place() {
    let mut checked = 0;
    for dir in ["bad", "warn"] {
        for file in fixtures(dir) {
            checked += said_in_every_language(&["check", &file], &file);
        }
    }
    assert!(checked > 400, "{checked} problems compared");
}

/// `config` of every bad settings fixture, in every language: the
/// settings file's problems are said as a campaign file's are.
#[test]
fn config_says_every_settings_problem_in_every_language() {
    let mut checked = 0;
    for file in fixtures("settings") {
        checked += said_in_every_language(&["config", "--config", &file], &file);
    }
    assert!(checked > 100, "{checked} problems compared");
}

/// The commands' own lines, for mistakes and refusals a user meets, in
/// every language: the same exit code as in English, and not the English
/// line (what follows the place or the option, which stay as typed).
#[test]
fn the_commands_say_their_refusals_in_every_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases: &[&[&str]] = &[
        &["diff", "campaign.toml"],
        &["diff", "--format", "csv", "campaign.toml", "campaign.toml"],
        &["diff", "--git", "HEAD", "campaign.toml", "Cargo.toml"],
        &["print", "campaign.toml", "--view", "all"],
        &["print", "campaign.toml", "--format", "pdf", "-o", "x.pdf"],
        &["print", "campaign.toml", "--raw"],
        &["print", "campaign.toml", "-o", "campaign.toml"],
        &["print", "campaign.toml", "--present", "--view", "envelopes"],
        &["strip", "campaign.toml", "-o", "Cargo.toml"],
        &["encrypt", "campaign.toml", "-o", "Cargo.toml"],
        &["encrypt", "campaign.toml", "-o", "/tmp/never-written.age"],
        &[
            "import",
            "tests/fixtures/import/viasna.csv",
            "-o",
            "Cargo.toml",
        ],
        &["import", "tests/fixtures/import/viasna.csv", "-r", "age1x"],
        &["man", "--dir", "Cargo.toml"],
        &[
            "log",
            "-f",
            "tests/fixtures/bad/id_duplicate.toml",
            "checked",
            "x",
        ],
        &[
            "merge",
            "campaign.toml",
            "campaign.toml",
            "no-such-file.toml",
        ],
    ];
    let run = |args: &[&str], lang: Lang| {
        let mut all = vec!["--lang", lang.code()];
        all.extend(args);
        let o = common::run_with(root, &all, &[]);
        (o.status.code(), String::from_utf8(o.stderr).unwrap())
    };
    for args in cases {
        let (en_code, en) = run(args, Lang::En);
        assert_ne!(en_code, Some(0), "{args:?}:\n{en}");
        assert!(
            !en.contains("Usage:"),
            "a clap mistake, not ours: {args:?}:\n{en}"
        );
        for lang in Lang::iter().filter(|l| *l != Lang::En) {
            let (code, out) = run(args, lang);
            let said = format!("{args:?} in {}:\n{out}\nEnglish:\n{en}", lang.code());
            assert_eq!(code, en_code, "{said}");
            assert!(!out.contains("{$") && !out.contains("{ $"), "{said}");
            let last = |s: &str| s.trim_end().lines().last().unwrap_or("").to_owned();
            assert_ne!(last(&out), last(&en), "not translated: {said}");
        }
    }
}
