//! `campaign-dash schema`: the JSON Schema of the campaign file accepts the
//! bundled campaign and every valid fixture, and rejects a misspelt key, a
//! wrong type and an unknown choice, as a TOML language server would.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The schema as the binary prints it.
fn printed_schema() -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
        .arg("schema")
        .current_dir(root())
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
    serde_json::from_slice(&out.stdout).expect("the schema is json")
}

/// A TOML document as the JSON a language server checks against the
/// schema: dates become their text, as Taplo and tombi see them.
fn toml_to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

fn document(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    toml_to_json(toml::from_str(text).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

/// The messages of the validator for the file at `path`.
fn errors(validator: &jsonschema::Validator, path: &Path) -> Vec<String> {
    validator
        .iter_errors(&document(path))
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

fn validator() -> jsonschema::Validator {
    let schema = printed_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    jsonschema::draft202012::meta::validate(&schema).expect("a valid draft 2020-12 schema");
    jsonschema::draft202012::new(&schema).expect("the schema compiles")
}

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/fixtures").join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_bundled_campaign_and_every_valid_fixture_validate() {
    let v = validator();
    let mut files = vec![root().join("campaign.toml")];
    files.extend(fixtures("good"));
    files.extend(fixtures("warn"));
    for file in files {
        let errors = errors(&v, &file);
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
    }
}

#[test]
fn a_misspelt_key_a_wrong_type_and_an_unknown_choice_fail() {
    let v = validator();
    for (file, expect) in [
        ("unknown_record_key.toml", "detaned"),
        ("unknown_campaign_key.toml", ""),
        ("unknown_top_key.toml", ""),
        ("unknown_tally_key.toml", ""),
        ("wrong_type_text.toml", "/organisations/0/name"),
        ("wrong_type_list.toml", ""),
        ("wrong_type_list_item.toml", ""),
        ("int_wrong_type.toml", ""),
        ("date_shape.toml", ""),
        ("id_shape.toml", ""),
        ("enum_status.toml", "/prisoners/0/status"),
        ("enum_event_kind.toml", "/events/0/kind"),
        ("enum_statement_kind.toml", "/statements/0/kind"),
        ("missing_required.toml", ""),
        ("campaign_missing.toml", ""),
    ] {
        let path = root().join("tests/fixtures/bad").join(file);
        let errors = errors(&v, &path);
        assert!(!errors.is_empty(), "{file} passed the schema");
        assert!(
            errors.iter().any(|e| e.contains(expect)),
            "{file}: {errors:#?}"
        );
    }
}

/// Every choice carries its description, for the editor's completion.
#[test]
fn choices_have_descriptions_and_records_forbid_other_keys() {
    let s = printed_schema();
    let status = &s["properties"]["prisoners"]["items"]["properties"]["status"];
    assert_eq!(status["enum"][0], "detained");
    assert!(status["oneOf"][0]["description"].is_string());
    for section in [
        "organisations",
        "prisoners",
        "events",
        "statements",
        "petitions",
    ] {
        let items = &s["properties"][section]["items"];
        assert_eq!(items["additionalProperties"], false, "{section}");
        assert!(items["required"].is_array(), "{section}");
    }
    assert_eq!(s["additionalProperties"], false);
    assert_eq!(s["properties"]["campaign"]["additionalProperties"], false);
}
