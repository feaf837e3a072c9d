//! Acting outside the dashboard: opening the file in the editor at a record
//! or a problem (`e`), and putting a record or a prisoner's address on the
//! clipboard (`y`, `Y`). Update only asks, as an [`Effect`]; the event loop
//! carries it out (it runs the editor, it writes to the terminal).

use super::{App, Tab, detail};
use crate::query::RecordKind;
use crate::sanitize::sanitize_line;

/// What the dashboard asks the event loop to do outside itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Open the campaign file in the editor there.
    Edit(EditAt),
    /// Put `text` on the clipboard (OSC 52).
    Copy(String),
}

/// Where the editor opens the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditAt {
    /// At the header of record `index` of a kind, as the file has it now.
    Record { kind: RecordKind, index: usize },
    /// At a line and column (from 1): a problem's place.
    Place { line: usize, column: usize },
}

/// The width the copied record is laid out to, as `print` writes text.
const COPY_WIDTH: u16 = 80;

impl App {
    /// `e`: the selected record, or on the overview the top of the file.
    pub(super) fn edit_selected(&mut self) {
        let at = match (self.tab.kind(), self.selected_record(self.tab)) {
            (Some(kind), Some(index)) => EditAt::Record { kind, index },
            (Some(_), None) => {
                self.say("no record selected: the list is empty");
                return;
            }
            (None, _) => EditAt::Place { line: 1, column: 1 },
        };
        self.effect = Some(Effect::Edit(at));
    }

    /// `e` in the Problems view: the first problem shown.
    pub(super) fn edit_problem(&mut self) {
        let rows = self.problem_rows();
        let shown = self.problems_scroll.min(rows.len());
        let is_place = |row: &String| self.report.spots.iter().any(|s| row.starts_with(&s.prefix));
        let before = rows[..shown].iter().filter(|r| is_place(r)).count();
        let k = if rows[shown..].iter().any(is_place) {
            before
        } else {
            before.saturating_sub(1)
        };
        match self.report.spots.get(k) {
            Some(spot) => {
                self.effect = Some(Effect::Edit(EditAt::Place {
                    line: spot.line,
                    column: spot.column,
                }));
            }
            None => self.say("no problem to open"),
        }
    }

    /// `y`: the selected record as text, as its detail shows it.
    pub(super) fn copy_record(&mut self) {
        let Some(record) = self.selected_record(self.tab) else {
            self.say("nothing to copy here: select a record in a list");
            return;
        };
        let doc = detail::document(self, self.tab, record);
        let links = detail::links(&doc);
        let mut text = String::new();
        for row in detail::rows(&doc, COPY_WIDTH) {
            let body = match (row.kind, row.link.and_then(|k| links.get(k))) {
                (detail::RowKind::RunItem, Some(&link)) => format!(
                    "• {}",
                    detail::item_text(&self.campaign, self.derived.today, link).unwrap_or_default()
                ),
                _ => format!("{}{}", row.label, row.text),
            };
            text.push_str(body.trim_end());
            text.push('\n');
        }
        let name = text.lines().next().unwrap_or_default().to_owned();
        let lines = text.lines().count();
        self.effect = Some(Effect::Copy(text));
        self.say(format!(
            "copied {name} ({}) to the clipboard",
            crate::text::plural(lines, "line", "lines")
        ));
    }

    /// `Y`: the postal address of the selected prisoner, as an envelope is
    /// addressed: the name, then the address, a line each.
    pub(super) fn copy_address(&mut self) {
        if self.tab != Tab::Prisoners {
            self.say(format!(
                "{} copies a prisoner's address: {} opens the prisoners",
                self.keys.key(super::Action::CopyAddress),
                self.keys.key(super::Action::GoTab(Tab::Prisoners))
            ));
            return;
        }
        if self.presenting() {
            self.say("addresses are hidden in presentation mode: nothing copied");
            return;
        }
        let Some(p) = self
            .selected_record(self.tab)
            .and_then(|r| self.campaign.prisoners.get(r))
        else {
            self.say("no prisoner selected");
            return;
        };
        let name = sanitize_line(p.name()).into_owned();
        let Some(address) = p.address().filter(|a| !a.trim().is_empty()) else {
            self.say(format!("{name} has no address in the file: nothing copied"));
            return;
        };
        let mut text = format!("{name}\n");
        for line in address.lines().map(str::trim).filter(|l| !l.is_empty()) {
            text.push_str(&sanitize_line(line));
            text.push('\n');
        }
        self.effect = Some(Effect::Copy(text));
        self.say(format!("copied the address of {name} to the clipboard"));
    }
}
