//! What changed from one version of a campaign to another, record by record:
//! the records added, removed and changed of each kind, matched by their
//! ids, and for a changed record each field that changed, old and new, as
//! the file writes them ([`crate::model::fields`]: every declared field,
//! nothing computed, so the changes do not depend on "today").
//!
//! Records without an id are matched by what identifies them
//! ([`Record::identity`]: a letter by its date, prisoner and direction, a
//! statement without an id by its date and author, a petition without one
//! by its title; records alike in it by their order), as merges match them.

use std::collections::HashMap;

use super::{IdIndex, PerKind, RecordKind};
use crate::model::fields::{Record, Value};
use crate::model::{Campaign, Custody, Earlier, Prisoner};
use crate::sanitize::sanitize_line;

/// One field of a record, changed: its key, and its value before and after
/// as text (`None`: not written in that version).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub key: &'static str,
    pub old: Option<String>,
    pub new: Option<String>,
    /// Hidden in presentation mode: only that it changed may be said.
    pub sensitive: bool,
}

/// A record in both versions whose fields differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    /// Its index in the old version.
    pub old: usize,
    /// Its index in the new version.
    pub new: usize,
    pub fields: Vec<FieldChange>,
}

/// How the records of one kind changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KindChanges {
    /// Indexes in the new version, in its order.
    pub added: Vec<usize>,
    /// Indexes in the old version, in its order.
    pub removed: Vec<usize>,
    /// In the new version's order.
    pub changed: Vec<Changed>,
}

impl KindChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// Everything that changed from `old` to `new`.
#[derive(Debug, Clone, PartialEq)]
pub struct Changes {
    /// The `[campaign]` table's fields.
    pub info: Vec<FieldChange>,
    pub kinds: PerKind<KindChanges>,
    /// The sections that are no tab's: `[[facilities]]` and `[[snoozed]]`,
    /// in that order.
    pub others: [Other; 2],
}

/// A section of the file that no tab lists, and how its records changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Other {
    /// Its key, as the file writes it (`facilities`).
    pub section: &'static str,
    /// Each record's name (what identifies it), in the old and the new
    /// version, sanitised: the changes' indexes point into these.
    pub old_names: Vec<String>,
    pub new_names: Vec<String>,
    pub changes: KindChanges,
}

impl Other {
    fn of<R: Record + PartialEq>(
        section: &'static str,
        old: &[R],
        new: &[R],
        fields: Fields,
    ) -> Other {
        let names = |rs: &[R]| -> Vec<String> {
            rs.iter()
                .map(|r| sanitize_line(&r.identity()).into_owned())
                .collect()
        };
        Other {
            section,
            old_names: names(old),
            new_names: names(new),
            changes: kind_changes(old, new, none, fields),
        }
    }
}

/// Which fields are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fields {
    All,
    /// Those presentation mode shows: a version without its sensitive
    /// fields is compared with one that has them as if neither had them.
    Shown,
}

impl Fields {
    fn compares(self, sensitive: bool) -> bool {
        self == Fields::All || !sensitive
    }
}

impl Changes {
    /// How many records were added, changed and removed, of every kind
    /// (the sections no tab lists too), and whether the `[campaign]` table
    /// changed.
    pub fn counts(&self) -> (usize, usize, usize, bool) {
        let kinds = self
            .kinds
            .values()
            .chain(self.others.iter().map(|o| &o.changes));
        let (a, c, r) = kinds.fold((0, 0, 0), |(a, c, r), k| {
            (a + k.added.len(), c + k.changed.len(), r + k.removed.len())
        });
        (a, c, r, !self.info.is_empty())
    }

    /// The changes from `old` to `new`: O(n) in the records, each matched
    /// through one hash map.
    pub fn between(old: &Campaign, new: &Campaign) -> Changes {
        Changes::of(old, new, Fields::All)
    }

    /// [`Changes::between`] in the fields presentation mode shows only:
    /// what a version shown without its sensitive fields changed since one
    /// with them.
    pub fn between_shown(old: &Campaign, new: &Campaign) -> Changes {
        Changes::of(old, new, Fields::Shown)
    }

    fn of(old: &Campaign, new: &Campaign, fields: Fields) -> Changes {
        let kinds = PerKind::from_fn(|kind| match kind {
            RecordKind::Prisoner => {
                kind_changes(&old.prisoners, &new.prisoners, prisoner_part, fields)
            }
            RecordKind::Event => kind_changes(&old.events, &new.events, none, fields),
            RecordKind::Statement => kind_changes(&old.statements, &new.statements, none, fields),
            RecordKind::Organisation => {
                kind_changes(&old.organisations, &new.organisations, none, fields)
            }
            RecordKind::Petition => kind_changes(
                &old.petitions,
                &new.petitions,
                |p, key, _| (key == "counts").then(|| tallies(&p.counts)).flatten(),
                fields,
            ),
            RecordKind::Letter => kind_changes(&old.letters, &new.letters, none, fields),
        });
        Changes {
            info: field_changes(&old.info, &new.info, none, fields),
            kinds,
            others: [
                Other::of("facilities", &old.facilities, &new.facilities, fields),
                Other::of("snoozed", &old.snoozed, &new.snoozed, fields),
            ],
        }
    }

    /// What the new version holds that the old one does not, in words, by
    /// kind in the tabs' order: "1 prisoner changed", "2 letters added" (and
    /// "the [campaign] table changed").
    pub fn gained(&self) -> Vec<String> {
        let mut what = Vec::new();
        for (kind, k) in self.kinds.iter() {
            for (n, how) in [(k.added.len(), "added"), (k.changed.len(), "changed")] {
                if n > 0 {
                    let records = crate::text::plural(n, kind.singular(), kind.plural());
                    what.push(format!("{records} {how}"));
                }
            }
        }
        for o in &self.others {
            let k = &o.changes;
            for (n, how) in [(k.added.len(), "added"), (k.changed.len(), "changed")] {
                if n > 0 {
                    what.push(format!("[[{}]]: {n} {how}", o.section));
                }
            }
        }
        if !self.info.is_empty() {
            what.push("the [campaign] table changed".to_owned());
        }
        what
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.info.is_empty()
            && self.kinds.values().all(KindChanges::is_empty)
            && self.others.iter().all(|o| o.changes.is_empty())
    }
}

/// No field read by its own code.
fn none<R>(_: &R, _: &'static str, _: Fields) -> Option<String> {
    None
}

/// A prisoner's places of custody and earlier arrests, as text.
fn prisoner_part(p: &Prisoner, key: &'static str, fields: Fields) -> Option<String> {
    match key {
        "custody" => entries::<Custody>(&p.custody, fields),
        "earlier" => entries::<Earlier>(&p.earlier, fields),
        _ => None,
    }
}

/// A petition's tallies: "2023-04-01 100; 2023-05-01 250".
fn tallies(counts: &[crate::model::Tally]) -> Option<String> {
    (!counts.is_empty()).then(|| {
        counts
            .iter()
            .map(|t| format!("{} {}", t.date, t.signatures))
            .collect::<Vec<_>>()
            .join("; ")
    })
}

/// Entries of a sub-table (custody, earlier arrests), each as its fields
/// written `key value`, separated by `; ` and the entries by ` | `.
fn entries<R: Record>(items: &[R], fields: Fields) -> Option<String> {
    (!items.is_empty()).then(|| {
        items
            .iter()
            .map(|item| {
                R::FIELDS
                    .iter()
                    .filter(|f| fields.compares(f.sensitive))
                    .filter_map(|f| text_of((f.get)(item)).map(|v| format!("{} {v}", f.key)))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect::<Vec<_>>()
            .join(" | ")
    })
}

/// A field's value as text, as the file writes it; `None` when not
/// written (an empty list too).
pub fn text_of(v: Value<'_>) -> Option<String> {
    match v {
        Value::Text(t) => t.filter(|t| !t.is_empty()).map(str::to_owned),
        Value::List(l) => {
            let items: Vec<&str> = l.iter().collect();
            (!items.is_empty()).then(|| items.join("; "))
        }
        Value::Strings(l) => (!l.is_empty()).then(|| l.join("; ")),
        Value::Date(d) => d.map(|d| d.to_string()),
        Value::PartialDate(d) => d.map(|d| d.to_string()),
        Value::Int(n) => n.map(|n| n.to_string()),
        Value::Choice(c) => c.map(str::to_owned),
        Value::Choices(bits, of) => {
            let names: Vec<&str> = Value::names(bits, of).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        Value::Other => None,
    }
}

/// The fields of `old` and `new` (one record in two versions) that differ;
/// `part` gives the text of a field read by its own code
/// ([`Value::Other`]: custody, earlier arrests, tallies).
fn field_changes<R: Record>(
    old: &R,
    new: &R,
    part: impl Fn(&R, &'static str, Fields) -> Option<String>,
    fields: Fields,
) -> Vec<FieldChange> {
    R::FIELDS
        .iter()
        .filter(|f| fields.compares(f.sensitive))
        .filter_map(|f| {
            let text = |r: &R| match (f.get)(r) {
                Value::Other => part(r, f.key, fields),
                v => text_of(v),
            };
            let (before, after) = (text(old), text(new));
            (before != after).then_some(FieldChange {
                key: f.key,
                old: before,
                new: after,
                sensitive: f.sensitive,
            })
        })
        .collect()
}

/// The records of one kind matched by [`Record::identity`] (the n-th of
/// equal ones with the n-th), and the fields of each pair compared.
fn kind_changes<R: Record + PartialEq>(
    old: &[R],
    new: &[R],
    part: impl Fn(&R, &'static str, Fields) -> Option<String> + Copy,
    fields: Fields,
) -> KindChanges {
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::with_capacity(old.len());
    for (i, r) in old.iter().enumerate().rev() {
        by_key.entry(r.identity()).or_default().push(i);
    }
    let mut matched = vec![false; old.len()];
    let mut out = KindChanges::default();
    for (j, r) in new.iter().enumerate() {
        match by_key.get_mut(&r.identity()).and_then(Vec::pop) {
            Some(i) => {
                matched[i] = true;
                if old[i] != *r {
                    let changed = field_changes(&old[i], r, part, fields);
                    if !changed.is_empty() {
                        out.changed.push(Changed {
                            old: i,
                            new: j,
                            fields: changed,
                        });
                    }
                }
            }
            None => out.added.push(j),
        }
    }
    out.removed = (0..old.len()).filter(|&i| !matched[i]).collect();
    out
}

/// The records of one version added and changed since an earlier one
/// (`--since`), by kind: what the dashboard marks `+` and `~`, counts on
/// the overview and keeps with the filter term `changed`. Derived data of
/// the version shown, kept with the rest of it ([`super::Derived::since`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Marked {
    /// Per kind: the records added, and those changed, by index in the
    /// version shown, each ascending.
    kinds: PerKind<(Vec<usize>, Vec<usize>)>,
}

impl Marked {
    /// What `changes` (from the earlier version to the one shown) marks.
    pub fn of(changes: &Changes) -> Marked {
        Marked::new(PerKind::from_fn(|kind| {
            let k = &changes.kinds[kind];
            (k.added.clone(), k.changed.iter().map(|c| c.new).collect())
        }))
    }

    /// Per kind, the records added and those changed, in any order.
    pub fn new(mut kinds: PerKind<(Vec<usize>, Vec<usize>)>) -> Marked {
        for (added, changed) in kinds.values_mut() {
            added.sort_unstable();
            changed.sort_unstable();
        }
        Marked { kinds }
    }

    /// Whether record `i` of `kind` was added (`Some(true)`) or changed
    /// (`Some(false)`).
    pub fn get(&self, kind: RecordKind, i: usize) -> Option<bool> {
        let (added, changed) = &self.kinds[kind];
        if added.binary_search(&i).is_ok() {
            Some(true)
        } else {
            changed.binary_search(&i).is_ok().then_some(false)
        }
    }

    /// The records of `kind` added, and those changed, ascending.
    pub fn of_kind(&self, kind: RecordKind) -> (&[usize], &[usize]) {
        let (added, changed) = &self.kinds[kind];
        (added, changed)
    }

    /// How many records are marked, of every kind.
    pub fn count(&self) -> usize {
        self.kinds.values().map(|(a, c)| a.len() + c.len()).sum()
    }
}

/// The names of one version's records, as lists of changes show them, with
/// its prisoners by id (a letter names its prisoner by id; looked up once
/// each, not by a scan of the prisoners). Every name is sanitised.
pub struct Names<'a> {
    /// The version named.
    pub c: &'a Campaign,
    ids: IdIndex,
}

impl<'a> Names<'a> {
    pub fn of(c: &'a Campaign) -> Self {
        Names {
            c,
            ids: IdIndex::new(c.prisoners.iter().map(|p| p.id())),
        }
    }

    /// One record's name, as the lists show it.
    pub fn label(&self, kind: RecordKind, i: usize) -> String {
        let c = self.c;
        let text = match kind {
            RecordKind::Prisoner => c.prisoners.get(i).map(|p| p.name().to_owned()),
            RecordKind::Event => c
                .events
                .get(i)
                .map(|e| format!("{} ({})", e.title(), e.date)),
            RecordKind::Statement => c
                .statements
                .get(i)
                .map(|s| format!("{}, {}", s.author(), s.date)),
            RecordKind::Organisation => c.organisations.get(i).map(|o| o.label().to_owned()),
            RecordKind::Petition => c.petitions.get(i).map(|p| p.title.clone()),
            RecordKind::Letter => c
                .letters
                .get(i)
                .map(|l| format!("{} {}", l.date, self.prisoner_name(&l.prisoner))),
        };
        sanitize_line(&text.unwrap_or_default()).into_owned()
    }

    /// The name of the prisoner of id `id` (the id where no such prisoner
    /// is in this version).
    pub fn prisoner_name<'s>(&'s self, id: &'s str) -> &'s str {
        self.ids
            .get(id)
            .and_then(|&i| self.c.prisoners.get(i))
            .map_or(id, |p| p.name())
    }

    /// The prisoner letter `i` is to or from, by name.
    pub fn letter_prisoner(&self, i: usize) -> String {
        self.c.letters.get(i).map_or_else(String::new, |l| {
            sanitize_line(self.prisoner_name(&l.prisoner)).into_owned()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_str;

    fn campaign(text: &str) -> Campaign {
        let loaded = parse_str(text, &Default::default());
        assert!(!loaded.has_errors(), "{:?}", loaded.problems);
        loaded.campaign.unwrap()
    }

    const BUNDLED: &str = include_str!("../../campaign.toml");

    #[test]
    fn a_file_against_itself_has_no_changes() {
        let c = campaign(BUNDLED);
        assert!(Changes::between(&c, &c).is_empty());
    }

    #[test]
    fn each_kind_is_matched_by_what_identifies_it() {
        let old = campaign(BUNDLED);
        let mut new = old.clone();
        let released = chrono::NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
        new.prisoners[1].status = crate::model::Status::Released;
        new.prisoners[1].released = Some(crate::model::PartialDate::full(released));
        let gone = new.events.remove(0);
        new.letters.push(crate::model::Letter {
            date: released,
            prisoner: new.prisoners[0].id().to_owned(),
            ..Default::default()
        });
        let ch = Changes::between(&old, &new);
        let p = &ch.kinds[RecordKind::Prisoner];
        assert_eq!((p.added.len(), p.removed.len()), (0, 0));
        assert_eq!(p.changed.len(), 1);
        let keys: Vec<_> = p.changed[0]
            .fields
            .iter()
            .map(|f| (f.key, f.old.as_deref(), f.new.as_deref()))
            .collect();
        assert_eq!(
            keys,
            [
                ("status", Some("imprisoned"), Some("released")),
                ("released", None, Some("2024-03-01"))
            ]
        );
        let e = &ch.kinds[RecordKind::Event];
        assert_eq!(
            e.removed,
            [old.events.iter().position(|x| *x == gone).unwrap()]
        );
        assert_eq!(ch.kinds[RecordKind::Letter].added, [new.letters.len() - 1]);
    }
}
