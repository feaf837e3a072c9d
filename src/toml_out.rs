//! Records written as TOML from their field declarations (by `import`'s
//! new files and by the tables `load::edit` adds to a file), every text
//! quoted so that it reads back exactly and shows safely: a basic string
//! with `\` escapes for the quote, the backslash and every character that
//! could drive a terminal (controls, bidirectional overrides, …, as
//! [`crate::sanitize`] judges them).

use std::fmt::Write;

use crate::model::fields::{Field, Kind, Record, Value};
use crate::sanitize::{is_contextual, is_unsafe};

/// `text` as a TOML basic string.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if is_unsafe(c) || is_contextual(c) => {
                if u32::from(c) > 0xffff {
                    let _ = write!(out, "\\U{:08X}", u32::from(c));
                } else {
                    let _ = write!(out, "\\u{:04X}", u32::from(c));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn quoted_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.map(quote).collect();
    format!("[{}]", items.join(", "))
}

/// A value as TOML, `None` where it has none (or is read its own way).
fn value(v: &Value<'_>) -> Option<String> {
    Some(match v {
        Value::Text(t) => quote(t.as_ref()?),
        Value::List(l) if !l.is_empty() => quoted_list(l.iter()),
        Value::Strings(l) if !l.is_empty() => quoted_list(l.iter().map(String::as_str)),
        Value::Date(d) => d.as_ref()?.to_string(),
        // A whole day as a TOML date, a month or a year as its text.
        Value::PartialDate(d) => {
            let d = d.as_ref()?;
            match d.as_full() {
                Some(day) => day.to_string(),
                None => quote(&d.to_string()),
            }
        }
        Value::Int(n) => n.as_ref()?.to_string(),
        Value::Choice(c) => quote(c.as_ref()?),
        Value::Choices(bits, of) if *bits != 0 => quoted_list(Value::names(*bits, of)),
        _ => return None,
    })
}

/// The `key = value` lines of `r`'s fields that have a value, in the
/// declarations' order, but those of `skip`.
pub fn fields<R: Record>(r: &R, skip: &[&str], out: &mut String) {
    let all: &[Field<R>] = R::FIELDS;
    for f in all.iter().filter(|f| !skip.contains(&f.key)) {
        if matches!(f.kind, Kind::Custody | Kind::Earlier | Kind::Tallies) {
            continue;
        }
        if let Some(v) = value(&(f.get)(r)) {
            let _ = writeln!(out, "{} = {v}", f.key);
        }
    }
}

/// The `counts = [...]` line of a petition's tallies, inline; `None`
/// without any.
pub fn counts(p: &crate::model::Petition) -> Option<String> {
    if p.counts.is_empty() {
        return None;
    }
    let tallies: Vec<String> = p
        .counts
        .iter()
        .map(|t| format!("{{ date = {}, signatures = {} }}", t.date, t.signatures))
        .collect();
    Some(format!("counts = [{}]\n", tallies.join(", ")))
}

/// A comment of one line: the text as a TOML string, so that no line
/// break, control character or escape reaches the file raw.
pub fn comment(label: &str, text: &str) -> String {
    format!("# {label}{}\n", quote(text))
}

/// A whole campaign as a campaign file of format 1: `[campaign]`, then
/// each section's records in their order, a prisoner's places of custody
/// and earlier arrests as tables under it, a petition's tallies inline.
/// Every value is written from its declaration ([`fields`]); the file's
/// comments and layout are not the model's, so they are not written.
pub fn campaign(c: &crate::model::Campaign) -> String {
    fn section<R: Record>(out: &mut String, header: &str, records: &[R]) {
        for r in records {
            let _ = write!(out, "\n[[{header}]]\n");
            fields(r, &[], out);
        }
    }
    let mut out = String::from("format = 1\n\n[campaign]\n");
    fields(&c.info, &[], &mut out);
    section(&mut out, "organisations", &c.organisations);
    for p in &c.prisoners {
        out.push_str("\n[[prisoners]]\n");
        // With places of custody, the place and address now are theirs.
        let skip: &[&str] = if p.custody.is_empty() {
            &[]
        } else {
            &["facility", "address"]
        };
        fields(p, skip, &mut out);
        for e in &p.earlier {
            out.push_str("\n[[prisoners.earlier]]\n");
            fields(e, &[], &mut out);
        }
        for e in &p.custody {
            out.push_str("\n[[prisoners.custody]]\n");
            fields(e, &[], &mut out);
        }
    }
    section(&mut out, "events", &c.events);
    section(&mut out, "statements", &c.statements);
    for p in &c.petitions {
        out.push_str("\n[[petitions]]\n");
        fields(p, &[], &mut out);
        if let Some(line) = counts(p) {
            out.push_str(&line);
        }
    }
    section(&mut out, "letters", &c.letters);
    section(&mut out, "snoozed", &c.snoozed);
    section(&mut out, "facilities", &c.facilities);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_escaped_and_reads_back() {
        let hostile = "a\"b\\c\nd\u{1b}]0;title\u{7}\u{202e}e\u{9b}f\u{e0041}";
        let q = quote(hostile);
        assert!(!q.chars().any(|c| is_unsafe(c) && c != '\n'), "{q:?}");
        let t: toml::Table = toml::from_str(&format!("k = {q}")).unwrap();
        assert_eq!(t["k"].as_str(), Some(hostile));
        let c = comment("left out: ", hostile);
        assert_eq!(c.lines().count(), 1);
    }
}
