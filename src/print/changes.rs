//! `campaign-dash diff`: what changed from one version of a campaign to
//! another ([`crate::query::changes`]) in words, as text, markdown or json.
//! Every text from the files goes through `sanitize_line`; with
//! `present`, a sensitive field says only that it changed.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::Format;
use crate::model::Campaign;
use crate::query::RecordKind;
use crate::query::changes::{Changes, FieldChange, KindChanges, Names};
use crate::sanitize::sanitize_line;
use crate::text::plural;

/// The longest a value is shown in words, in characters; past it, "…".
const VALUE_CHARS: usize = 80;

/// What `diff` compares: the two versions and how to name them.
pub struct Compared<'a> {
    pub old: &'a Campaign,
    pub new: &'a Campaign,
    pub old_name: &'a str,
    pub new_name: &'a str,
    /// Presentation mode: sensitive fields say only that they changed.
    pub present: bool,
}

/// The changes in `format` (text, markdown or json; the others as text).
pub fn render(cmp: &Compared<'_>, changes: &Changes, format: Format) -> String {
    let sides = (Names::of(cmp.old), Names::of(cmp.new));
    match format {
        Format::Json => super::data::json_value(&json_of(cmp, &sides, changes)),
        Format::Markdown => words(cmp, &sides, changes, true),
        _ => words(cmp, &sides, changes, false),
    }
}

/// A value in words: sanitized, cut past [`VALUE_CHARS`].
fn shown(v: &str) -> String {
    let v = sanitize_line(v);
    if v.chars().count() <= VALUE_CHARS {
        return v.into_owned();
    }
    let cut: String = v.chars().take(VALUE_CHARS - 1).collect();
    format!("{cut}…")
}

/// One field's change in words: "status imprisoned -> released",
/// "released 2024-03-01 (new)", "notes (removed)".
fn field_words(f: &FieldChange, present: bool) -> String {
    let key = f.key.replace('_', " ");
    if present && f.sensitive {
        return format!("{key} changed");
    }
    match (&f.old, &f.new) {
        (Some(old), Some(new)) => format!("{key} {} -> {}", shown(old), shown(new)),
        (None, Some(new)) => format!("{key} {} (new)", shown(new)),
        (Some(old), None) => format!("{key} {} (removed)", shown(old)),
        (None, None) => format!("{key} changed"),
    }
}

/// The kinds in the order of the tabs.
const KINDS: [RecordKind; 6] = [
    RecordKind::Prisoner,
    RecordKind::Event,
    RecordKind::Statement,
    RecordKind::Organisation,
    RecordKind::Petition,
    RecordKind::Letter,
];

/// "1 added, 2 changed, 1 removed", the counts that are not 0.
fn counts(k: &KindChanges) -> String {
    [
        (k.added.len(), "added"),
        (k.changed.len(), "changed"),
        (k.removed.len(), "removed"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{} {what}", crate::text::thousands(n as u64)))
    .collect::<Vec<_>>()
    .join(", ")
}

fn title(kind: RecordKind) -> String {
    let p = kind.plural();
    p[..1].to_uppercase() + &p[1..]
}

/// Letters by prisoner: "3 letters added to Aliaksandr Yarashuk".
fn letter_lines(cmp: &Compared<'_>, (old, new): &(Names, Names), k: &KindChanges) -> Vec<String> {
    let mut lines = Vec::new();
    for (records, side, what) in [
        (&k.added, new, "added to"),
        (&k.removed, old, "removed from"),
    ] {
        let mut by: BTreeMap<String, usize> = BTreeMap::new();
        for &i in records {
            *by.entry(side.letter_prisoner(i)).or_default() += 1;
        }
        for (whom, n) in by {
            lines.push(format!("{} {what} {whom}", plural(n, "letter", "letters")));
        }
    }
    for ch in &k.changed {
        let fields: Vec<String> = ch
            .fields
            .iter()
            .map(|f| field_words(f, cmp.present))
            .collect();
        lines.push(format!(
            "letter {} changed: {}",
            new.label(RecordKind::Letter, ch.new),
            fields.join("; ")
        ));
    }
    lines
}

/// The changes as text (or markdown: headings and bullets).
fn words(cmp: &Compared<'_>, sides: &(Names, Names), changes: &Changes, markdown: bool) -> String {
    let (old, new) = sides;
    let esc = |s: &str| {
        if markdown {
            super::table::md_escape(s)
        } else {
            s.to_owned()
        }
    };
    let (old_name, new_name) = (
        sanitize_line(cmp.old_name).into_owned(),
        sanitize_line(cmp.new_name).into_owned(),
    );
    if changes.is_empty() {
        return format!(
            "{}\n",
            esc(&format!("No changes from {old_name} to {new_name}."))
        );
    }
    let mut out = String::new();
    let summary: Vec<String> = KINDS
        .iter()
        .filter(|&&k| !changes.kinds[k].is_empty())
        .map(|&k| format!("{} {}", k.plural(), counts(&changes.kinds[k])))
        .chain(
            changes
                .others
                .iter()
                .filter(|o| !o.changes.is_empty())
                .map(|o| format!("[[{}]] {}", o.section, counts(&o.changes))),
        )
        .collect();
    let head = format!("Changes from {old_name} to {new_name}");
    if markdown {
        out.push_str(&format!("# {}\n\n", esc(&head)));
    } else {
        out.push_str(&format!("{head}\n"));
    }
    if !summary.is_empty() {
        out.push_str(&esc(&summary.join("; ")));
        out.push('\n');
    }
    let (bullet, marks) = if markdown {
        ("- ", ["added: ", "", "removed: "])
    } else {
        ("  ", ["+ ", "~ ", "- "])
    };
    let changed = marks[1];
    let section = |out: &mut String, name: &str, lines: Vec<String>| {
        if lines.is_empty() {
            return;
        }
        if markdown {
            out.push_str(&format!("\n## {}\n\n", esc(name)));
        } else {
            out.push_str(&format!("\n{name}\n"));
        }
        for l in lines {
            out.push_str(&format!("{bullet}{}\n", esc(&l)));
        }
    };
    let info: Vec<String> = changes
        .info
        .iter()
        .map(|f| format!("{changed}{}", field_words(f, cmp.present)))
        .collect();
    section(&mut out, "Campaign", info);
    for kind in KINDS {
        let k = &changes.kinds[kind];
        if k.is_empty() {
            continue;
        }
        let name = format!("{}: {}", title(kind), counts(k));
        if kind == RecordKind::Letter {
            section(&mut out, &name, letter_lines(cmp, sides, k));
            continue;
        }
        let lines = record_lines(k, marks, cmp.present, |new_side, i| {
            if new_side {
                new.label(kind, i)
            } else {
                old.label(kind, i)
            }
        });
        section(&mut out, &name, lines);
    }
    for o in &changes.others {
        let k = &o.changes;
        if k.is_empty() {
            continue;
        }
        let lines = record_lines(k, marks, cmp.present, |new_side, i| {
            let names = if new_side { &o.new_names } else { &o.old_names };
            names.get(i).cloned().unwrap_or_default()
        });
        section(
            &mut out,
            &format!("[[{}]]: {}", o.section, counts(k)),
            lines,
        );
    }
    out
}

/// The lines of one kind's changes: each record added, changed (with its
/// fields) and removed, after its mark (`marks`: added, changed, removed);
/// `label(new_side, i)` names record `i` of the new or the old version.
fn record_lines(
    k: &KindChanges,
    [added, changed, removed]: [&str; 3],
    present: bool,
    label: impl Fn(bool, usize) -> String,
) -> Vec<String> {
    let mut lines: Vec<String> = k
        .added
        .iter()
        .map(|&i| format!("{added}{}", label(true, i)))
        .collect();
    lines.extend(k.changed.iter().map(|ch| {
        let fields: Vec<String> = ch.fields.iter().map(|f| field_words(f, present)).collect();
        format!("{changed}{}: {}", label(true, ch.new), fields.join("; "))
    }));
    lines.extend(
        k.removed
            .iter()
            .map(|&i| format!("{removed}{}", label(false, i))),
    );
    lines
}

/// A record's id, where its kind has them.
fn id_of(c: &Campaign, kind: RecordKind, i: usize) -> Value {
    let id = match kind {
        RecordKind::Prisoner => c.prisoners.get(i).map(|p| p.id().to_owned()),
        RecordKind::Event => c.events.get(i).map(|e| e.id().to_owned()),
        RecordKind::Statement => c.statements.get(i).and_then(|s| s.id().map(str::to_owned)),
        RecordKind::Organisation => c.organisations.get(i).map(|o| o.id.clone()),
        RecordKind::Petition => c.petitions.get(i).and_then(|p| p.id.clone()),
        RecordKind::Letter => None,
    };
    id.map_or(Value::Null, Value::from)
}

fn field_json(f: &FieldChange, present: bool) -> Value {
    let hide = present && f.sensitive;
    let v = |t: &Option<String>| match t {
        Some(t) if !hide => Value::from(t.as_str()),
        _ => Value::Null,
    };
    json!({
        "field": f.key,
        "old": v(&f.old),
        "new": v(&f.new),
        "hidden": hide,
    })
}

/// The changes as one json object: the files, the campaign's fields, and
/// per kind the records added, removed and changed (each with its id and
/// name, and a changed one with its fields).
fn json_of(cmp: &Compared<'_>, (old, new): &(Names, Names), changes: &Changes) -> Value {
    let record = |s: &Names, kind, i| {
        let mut m = serde_json::Map::new();
        m.insert("id".into(), id_of(s.c, kind, i));
        m.insert("name".into(), Value::from(s.label(kind, i)));
        if kind == RecordKind::Letter {
            m.insert("prisoner".into(), Value::from(s.letter_prisoner(i)));
        }
        m
    };
    let mut out = serde_json::Map::new();
    out.insert("old".into(), Value::from(cmp.old_name));
    out.insert("new".into(), Value::from(cmp.new_name));
    out.insert(
        "campaign".into(),
        changes
            .info
            .iter()
            .map(|f| field_json(f, cmp.present))
            .collect(),
    );
    for kind in KINDS {
        let k = &changes.kinds[kind];
        let added: Vec<Value> = k
            .added
            .iter()
            .map(|&i| Value::Object(record(new, kind, i)))
            .collect();
        let removed: Vec<Value> = k
            .removed
            .iter()
            .map(|&i| Value::Object(record(old, kind, i)))
            .collect();
        let changed: Vec<Value> = k
            .changed
            .iter()
            .map(|ch| {
                let mut m = record(new, kind, ch.new);
                m.insert(
                    "fields".into(),
                    ch.fields
                        .iter()
                        .map(|f| field_json(f, cmp.present))
                        .collect(),
                );
                Value::Object(m)
            })
            .collect();
        out.insert(
            kind.plural().into(),
            json!({ "added": added, "changed": changed, "removed": removed }),
        );
    }
    for o in &changes.others {
        let k = &o.changes;
        let named = |names: &[String], i: usize| json!({ "name": names.get(i).cloned().unwrap_or_default() });
        let added: Vec<Value> = k.added.iter().map(|&i| named(&o.new_names, i)).collect();
        let removed: Vec<Value> = k.removed.iter().map(|&i| named(&o.old_names, i)).collect();
        let changed: Vec<Value> = k
            .changed
            .iter()
            .map(|ch| {
                let mut m = named(&o.new_names, ch.new);
                m["fields"] = ch
                    .fields
                    .iter()
                    .map(|f| field_json(f, cmp.present))
                    .collect();
                m
            })
            .collect();
        out.insert(
            o.section.into(),
            json!({ "added": added, "changed": changed, "removed": removed }),
        );
    }
    Value::Object(out)
}
