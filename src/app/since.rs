//! `--since REV|DATE`: the records added or changed since an earlier
//! version of the file, marked `+` and `~` before their rows as a reload
//! marks them, but kept (a reload marks them again against that version).

use std::collections::HashMap;
use std::sync::Arc;

use super::App;
use super::reload::Mark;
use crate::model::Campaign;
use crate::query::changes::Changes;
use crate::query::overview::ChangedRecords;
use crate::query::{PerKind, RecordKind};

/// The earlier version, and the marks of the version shown against it.
#[derive(Debug, Clone, PartialEq)]
pub struct Since {
    /// How the user named the version ("HEAD~1", "2026-11-30").
    pub label: String,
    pub(super) base: Arc<Campaign>,
    marks: PerKind<HashMap<usize, Mark>>,
}

/// By kind, each record of `shown` added (`+`) or changed (`~`) since
/// `base`: computed where a version is prepared (the loader thread, the
/// rework worker). A version shown without its sensitive fields
/// (presentation mode) is compared with the earlier one without them too:
/// a change to a hidden field alone marks nothing.
pub(crate) fn marks_against(base: &Campaign, shown: &Campaign) -> PerKind<HashMap<usize, Mark>> {
    let changes = if crate::present::is_stripped(shown) {
        Changes::between_shown(base, shown)
    } else {
        Changes::between(base, shown)
    };
    PerKind::from_fn(|kind| {
        let k = &changes.kinds[kind];
        k.added
            .iter()
            .map(|&i| (i, Mark::Added))
            .chain(k.changed.iter().map(|c| (c.new, Mark::Changed)))
            .collect()
    })
}

impl Since {
    /// The mark of a record of the version shown, if it is new or changed.
    pub fn get(&self, kind: RecordKind, record: usize) -> Option<Mark> {
        self.marks[kind].get(&record).copied()
    }

    /// How many records are marked.
    pub fn count(&self) -> usize {
        self.marks.values().map(HashMap::len).sum()
    }

    /// The records marked, by kind: those added and those changed, each in
    /// file order.
    pub fn records(&self) -> ChangedRecords {
        PerKind::from_fn(|kind| {
            let mut added = Vec::new();
            let mut changed = Vec::new();
            for (&i, mark) in &self.marks[kind] {
                match mark {
                    Mark::Added => added.push(i),
                    Mark::Changed => changed.push(i),
                }
            }
            added.sort_unstable();
            changed.sort_unstable();
            (added, changed)
        })
    }
}

impl App {
    /// Marks what changed in the version shown since `base`, the file as
    /// it was at the version named `label`, and says how much.
    pub fn set_since(&mut self, label: impl Into<String>, base: Campaign) {
        let marks = marks_against(&base, &self.campaign);
        let since = Since {
            label: label.into(),
            base: Arc::new(base),
            marks,
        };
        let said = since_summary(&since);
        self.message = Some(match self.message.take() {
            Some(before) => format!("{said} · {before}"),
            None => said,
        });
        self.since = Some(since);
        self.rebuild_overview();
    }

    /// Takes the marks a loader made of a new version against the same
    /// earlier one.
    pub(super) fn since_marked(&mut self, marks: PerKind<HashMap<usize, Mark>>) {
        if let Some(s) = &mut self.since {
            s.marks = marks;
        }
    }

    /// The mark `--since` gives a record of the version shown.
    pub fn since_mark(&self, kind: RecordKind, record: usize) -> Option<Mark> {
        self.since.as_ref()?.get(kind, record)
    }
}

/// "3 records changed since HEAD (+ added, ~ changed)".
pub fn since_summary(since: &Since) -> String {
    format!(
        "{} changed since {} (+ added, ~ changed)",
        crate::text::plural(since.count(), "record", "records"),
        crate::sanitize::sanitize_line(&since.label)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Presenting, a change to a hidden field alone (notes, the address of a
    /// place of custody) marks nothing; one to a shown field still does.
    #[test]
    fn presenting_a_change_to_hidden_fields_alone_marks_nothing() {
        let text = include_str!("../../campaign.toml");
        let base = crate::load::parse_str(text, &Default::default())
            .campaign
            .unwrap();
        let mut now = base.clone();
        now.prisoners[0].edit(|d| d.notes = Some("Visited on Sundays.".into()));
        if let Some(c) = now.prisoners[1].custody.first_mut() {
            c.address = Some("Somewhere else 1".into());
        }
        now.prisoners[2].status = crate::model::Status::Released;
        let day = chrono::NaiveDate::from_ymd_opt(2023, 5, 6).unwrap();
        let full = marks_against(&base, &now);
        assert_eq!(full[RecordKind::Prisoner].get(&0), Some(&Mark::Changed));
        let mut shown = now.clone();
        crate::present::strip(&mut shown, day);
        let presenting = marks_against(&base, &shown);
        let marked: Vec<_> = {
            let mut m: Vec<_> = presenting[RecordKind::Prisoner].keys().copied().collect();
            m.sort();
            m
        };
        assert_eq!(marked, [2]);
    }
}
