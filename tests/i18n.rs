//! The languages kept complete: every message of the English file (the
//! fallback, against which `t!` checks ids at compile time) is in every
//! other language, no file has a message English lacks, every message is
//! used by the code, and docs/languages.md says how far each language goes.

use std::collections::BTreeSet;
use std::path::Path;

use campaign_dash::i18n::{Lang, file_of};
use fluent_syntax::ast::Entry;
use strum::IntoEnumIterator;

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
    let english = ids(Lang::En);
    let mut out = String::from("| language | code | messages | missing |\n|---|---|---|---|\n");
    for lang in Lang::iter() {
        let have = ids(lang);
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
    let english = ids(Lang::En);
    for lang in Lang::iter() {
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
