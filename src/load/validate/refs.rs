//! Ids and references: the id rules, the ids of each section (and their
//! duplicates), and the refs from one record to another.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use toml::de::DeValue;

use crate::load::split::Section;
use crate::load::suggest::did_you_mean;

use super::ctx::{Ctx, Expected, Rec, missing, shown, wrong_type};
use super::records::Found;
use super::values::text_items;
use crate::t;

/// The longest id allowed.
pub const MAX_ID: usize = 64;

/// Why a text is not an id: "is empty", in English as its `Display`
/// writes it (the importer's messages), or in the language ([`IdProblem::said`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdProblem {
    Empty,
    /// Its length in characters.
    TooLong(usize),
    Characters,
}

impl IdProblem {
    /// The problem in the current language.
    pub fn said(self) -> String {
        match self {
            IdProblem::Empty => t!("check-id-empty"),
            IdProblem::TooLong(n) => t!(
                "check-id-too-long",
                length = n.to_string(),
                max = MAX_ID.to_string()
            ),
            IdProblem::Characters => t!("check-id-characters"),
        }
    }
}

impl std::fmt::Display for IdProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IdProblem::Empty => f.write_str("is empty"),
            IdProblem::TooLong(n) => {
                write!(f, "is {n} characters long; an id has at most {MAX_ID}")
            }
            IdProblem::Characters => f.write_str(
                "may use only lowercase letters a-z, digits, `-` and `_`, and starts with a letter or digit",
            ),
        }
    }
}

/// Why `s` is not an id, if it is not.
pub fn id_problem(s: &str) -> Option<IdProblem> {
    let n = s.chars().count();
    if s.is_empty() {
        return Some(IdProblem::Empty);
    }
    if n > MAX_ID {
        return Some(IdProblem::TooLong(n));
    }
    let mut chars = s.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    let rest_ok =
        chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if first_ok && rest_ok {
        None
    } else {
        Some(IdProblem::Characters)
    }
}

/// An id made from any text: lowercase ASCII letters and digits, other
/// runs of characters become one `-`.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c == '_' && !out.is_empty() {
            out.push('_');
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches(['-', '_']);
    out.chars().take(MAX_ID).collect::<String>()
}

/// An id as written in a record (valid or not), for duplicates and refs.
pub(super) struct IdUse<'t> {
    /// Borrowed from the file's text unless written with escapes.
    pub(super) id: Cow<'t, str>,
    /// Its span in the file.
    pub(super) span: Range<usize>,
    /// The record's place in its section.
    pub(super) number: usize,
    /// The record's label, in [`Found::labels`].
    pub(super) slot: usize,
}

/// The ids of one section in file order, for refs.
#[derive(Default)]
pub(super) struct Ids<'f> {
    pub(super) order: Vec<&'f str>,
    pub(super) first: HashMap<&'f str, (usize, usize), foldhash::fast::RandomState>,
}

impl Ids<'_> {
    pub(super) fn contains(&self, id: &str) -> bool {
        self.first.contains_key(id)
    }
}

/// Reads and checks the `id` of a record; records it in `found`, where
/// duplicates are looked for once all records are read.
pub(super) fn id<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    section: Section,
    required: bool,
    found: &mut Found<'i>,
) -> Option<String> {
    let Some(v) = rec.get("id") else {
        if required {
            missing(cx, rec, "id", "\"short-name\"");
        }
        return None;
    };
    let DeValue::String(s) = v.get_ref() else {
        wrong_type(cx, rec, "id", v, Expected::Text);
        return None;
    };
    let span = v.span();
    let mut ok = true;
    if let Some(why) = id_problem(s) {
        let fix = slug(s);
        let help = if fix.is_empty() || fix == **s {
            t!("check-id-example")
        } else {
            t!("check-write", value = fix)
        };
        cx.error(
            span.clone(),
            t!(
                "check-bad-id",
                label = rec.label.to_string(),
                id = shown(s, 40),
                why = why.said()
            ),
            Some(help),
        );
        ok = false;
    }
    found.ids[section.index()].push(IdUse {
        id: s.clone(),
        span: cx.shift(span),
        number: rec.number,
        slot: rec.slot,
    });
    ok.then(|| s.to_string())
}

/// Reports every id used twice in a section, at the second use; returns
/// the ids of each section (first uses) for the refs.
pub(super) fn check_ids<'f>(
    cx: &mut Ctx<'_>,
    founds: &'f [Found<'_>],
) -> [Ids<'f>; Section::COUNT] {
    let mut sections: [Ids<'f>; Section::COUNT] = Default::default();
    for section in Section::RECORDS {
        let ids = &mut sections[section.index()];
        let uses = founds.iter().map(|f| f.ids[section.index()].len()).sum();
        ids.order.reserve(uses);
        ids.first.reserve(uses);
        for f in founds {
            for u in &f.ids[section.index()] {
                if let Some(&(first_start, first_number)) = ids.first.get(&*u.id) {
                    let line = cx.line_of(first_start);
                    let name = section.name();
                    cx.error(
                        u.span.clone(),
                        t!(
                            "check-duplicate-id",
                            label = f.labels[u.slot].to_string(),
                            id = shown(&u.id, 40),
                            first = format!("{name}[{first_number}]"),
                            line = line.to_string()
                        ),
                        Some(t!("check-duplicate-id-help", section = name)),
                    );
                } else {
                    ids.first.insert(&*u.id, (u.span.start, u.number));
                    ids.order.push(&*u.id);
                }
            }
        }
    }
    sections
}

/// A place where a record names another by id; checked once all ids are known.
pub(super) struct RefUse<'t> {
    pub(super) target: Section,
    /// Borrowed from the file's text unless written with escapes.
    pub(super) id: Cow<'t, str>,
    /// Its span in the file.
    pub(super) span: Range<usize>,
    /// The record's label, in [`Found::labels`].
    pub(super) slot: usize,
    pub(super) key: &'static str,
}

pub(super) fn ref_one<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    key: &'static str,
    target: Section,
    refs: &mut Vec<RefUse<'i>>,
) -> Option<String> {
    let v = rec.get(key)?;
    let name = target.name();
    match v.get_ref() {
        DeValue::String(s) => {
            refs.push(RefUse {
                target,
                id: s.clone(),
                span: cx.shift(v.span()),
                slot: rec.slot,
                key,
            });
            Some(s.to_string())
        }
        DeValue::Array(_) => {
            cx.error(
                v.span(),
                t!(
                    "check-ref-list",
                    label = rec.label.to_string(),
                    key = key,
                    section = name
                ),
                Some(t!("check-ref-list-help", key = key)),
            );
            None
        }
        _ => {
            wrong_type(
                cx,
                rec,
                key,
                v,
                Expected::Other(t!("check-expected-ref", section = name)),
            );
            None
        }
    }
}

pub(super) fn ref_list<'i>(
    cx: &mut Ctx<'_>,
    rec: &Rec<'_, 'i>,
    key: &'static str,
    target: Section,
    refs: &mut Vec<RefUse<'i>>,
) -> Vec<String> {
    let mut out = Vec::new();
    let base = cx.base;
    text_items(cx, rec, key, target.id_what(), |id, span| {
        refs.push(RefUse {
            target,
            id: id.clone(),
            span: span.start + base..span.end + base,
            slot: rec.slot,
            key,
        });
        out.push(id.to_string());
    });
    out
}

pub(super) fn check_refs(
    cx: &mut Ctx<'_>,
    founds: &[Found<'_>],
    sections: &[Ids<'_>; Section::COUNT],
) {
    for f in founds {
        for r in &f.refs {
            let ids = &sections[r.target.index()];
            if ids.contains(&r.id) {
                continue;
            }
            let target = r.target.name();
            let help = did_you_mean(&r.id, ids.order.iter().copied()).or_else(|| {
                if ids.order.is_empty() {
                    Some(t!(
                        "check-no-ids-yet",
                        section = target,
                        id = shown(&r.id, 40)
                    ))
                } else {
                    let mut known: Vec<String> = ids
                        .order
                        .iter()
                        .take(8)
                        .map(|i| format!("`{}`", shown(i, 40)))
                        .collect();
                    if ids.order.len() > 8 {
                        known.push("…".to_string());
                    }
                    Some(t!(
                        "check-ids-are",
                        section = target,
                        ids = known.join(", ")
                    ))
                }
            });
            cx.error(
                r.span.clone(),
                t!(
                    "check-unknown-ref",
                    label = f.labels[r.slot].to_string(),
                    key = r.key,
                    id = shown(&r.id, 40),
                    section = target
                ),
                help,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_slugs() {
        assert_eq!(id_problem("yarashuk"), None);
        assert_eq!(id_problem("bkdp_2022-x"), None);
        assert_eq!(id_problem("9a"), None);
        assert!(id_problem("").is_some());
        assert!(id_problem("Yarashuk").is_some());
        assert!(id_problem("-a").is_some());
        assert!(id_problem("a b").is_some());
        assert!(id_problem(&"a".repeat(65)).is_some());
        assert_eq!(id_problem(&"a".repeat(64)), None);
        assert_eq!(slug("Aliaksandr Yarashuk"), "aliaksandr-yarashuk");
        assert_eq!(slug("  BKDP!! 2022 "), "bkdp-2022");
        assert_eq!(slug("Ярашук"), "");
    }
}
