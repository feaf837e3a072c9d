//! The layers of the crate, as docs/architecture.md draws them, kept: a
//! module that names one it may not (in a `use`, a path, a macro) fails
//! here, with the file and line. Doc comments may name anything.

use std::path::{Path, PathBuf};

/// Each layer: its files (a folder of `src/`, or single files), and the
/// top-level modules it may not name.
const RULES: &[(&str, &[&str], &[&str])] = &[
    (
        "model: the campaign as plain types, importing nothing of the project",
        &["model"],
        &[
            "app", "ui", "tui", "print", "load", "query", "import", "config", "table", "present",
            "text", "view", "record", "look", "i18n", "sanitize",
        ],
    ),
    (
        "load: bytes to a campaign and its problems, no terminal",
        &["load"],
        &[
            "app", "ui", "tui", "print", "query", "view", "table", "config", "import",
        ],
    ),
    (
        "query: derived data, no terminal",
        &["query"],
        &["app", "ui", "tui", "print", "config", "import"],
    ),
    (
        "print: non-interactive output, never the dashboard's state",
        &["print", "print.rs"],
        &["app", "ui", "tui", "config"],
    ),
    (
        "ui: draws the state, no I/O, never print",
        &["ui"],
        &["print", "tui", "load", "config", "import"],
    ),
    (
        "the text helpers: below query",
        &["text.rs", "sanitize.rs", "view.rs"],
        &[
            "query", "app", "ui", "tui", "print", "load", "config", "import",
        ],
    ),
];

fn files(root: &Path, part: &str) -> Vec<PathBuf> {
    let path = root.join(part);
    if path.is_file() {
        return vec![path];
    }
    let mut out = Vec::new();
    let mut todo = vec![path];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The top-level modules a line of code names as `crate::NAME`.
fn named(line: &str) -> Vec<String> {
    let code = match line.find("//") {
        Some(i) => &line[..i],
        None => line,
    };
    code.match_indices("crate::")
        .map(|(i, _)| {
            code[i + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

#[test]
fn no_module_names_a_layer_it_may_not() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    let mut read = 0;
    for (layer, parts, forbidden) in RULES {
        for part in *parts {
            for file in files(&root, part) {
                read += 1;
                let text = std::fs::read_to_string(&file).unwrap();
                for (n, line) in text.lines().enumerate() {
                    for name in named(line) {
                        if forbidden.contains(&name.as_str()) {
                            wrong.push(format!(
                                "{}:{}: names crate::{name} ({layer})",
                                file.strip_prefix(&root).unwrap().display(),
                                n + 1
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(read > 60, "{read} files read");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The check itself can fail: a line naming a forbidden module is seen,
/// one in a comment is not.
#[test]
fn the_check_sees_a_path_and_not_a_comment() {
    assert_eq!(named("    let a = crate::app::App::new();"), vec!["app"]);
    assert_eq!(
        named("use crate::query::{self, RecordKind}; // crate::ui"),
        vec!["query"]
    );
    assert!(named("/// see [`crate::app::Tab`]").is_empty());
}
