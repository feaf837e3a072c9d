//! Acting outside the dashboard: opening the file in the editor at a record
//! or a problem (`e`), and putting a record or a prisoner's address on the
//! clipboard (`y`, `Y`). Update only asks, as an [`Effect`]; the event loop
//! carries it out (it runs the editor, it writes to the terminal).

use super::{App, Tab, detail};
use crate::query::RecordKind;
use crate::query::letters::{self, NameFrom};
use crate::sanitize::sanitize_line;
use crate::t;

/// What the dashboard asks the event loop to do outside itself.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Open the campaign file in the editor there.
    Edit(EditAt),
    /// Put `text` on the clipboard (OSC 52).
    Copy(String),
    /// Write to the campaign file, off the event thread.
    Write(Box<super::record::WriteJob>),
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

/// The most bytes copied at once: terminals refuse longer OSC 52 sequences
/// (xterm takes about 100 kB of base64, some far less).
pub const COPY_LIMIT: usize = 64 * 1024;

/// `text` cut after its last whole line within `limit` bytes, and the lines
/// kept.
fn cut_to(mut text: String, limit: usize) -> (String, usize) {
    if text.len() > limit {
        // A newline is one byte: the last one within the limit ends a line.
        let end = text.as_bytes()[..limit]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        text.truncate(end);
    }
    let lines = text.lines().count();
    (text, lines)
}

impl App {
    /// `e`: the selected record, or on the overview the top of the file.
    pub(super) fn edit_selected(&mut self) {
        let at = match (self.tab.kind(), self.selected_record(self.tab)) {
            (Some(kind), Some(index)) => EditAt::Record { kind, index },
            (Some(_), None) => {
                self.say(t!("say-no-record-selected"));
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
            None => self.say(t!("say-no-problem-to-open")),
        }
    }

    /// `y`: the selected record as text, as its detail shows it.
    pub(super) fn copy_record(&mut self) {
        let Some(record) = self.selected_record(self.tab) else {
            self.say(t!("say-nothing-to-copy"));
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
            // A line break of a value is shown as ` ⏎ ` on screen; copied,
            // it is a line break again, the next line under the value.
            let indent = " ".repeat(row.label.chars().count());
            for (k, part) in body.split('⏎').enumerate() {
                let part = if k == 0 {
                    part.trim_end().to_owned()
                } else {
                    format!("{indent}{}", part.trim())
                };
                if k > 0 && part.trim().is_empty() {
                    continue;
                }
                text.push_str(&part);
                text.push('\n');
            }
        }
        let name = text.lines().next().unwrap_or_default().to_owned();
        let lines = text.lines().count();
        let (text, kept) = cut_to(text, COPY_LIMIT);
        let count = crate::text::thousands(lines as u64);
        let how_much = if kept < lines {
            t!(
                "say-copied-lines-cut",
                kept = crate::text::thousands(kept as u64),
                count = count
            )
        } else {
            t!("say-copied-lines", n = lines, count = count)
        };
        self.effect = Some(Effect::Copy(text));
        self.say(t!("say-copied-record", name = name, lines = how_much));
    }

    /// `Y`: the envelope block of the selected prisoner
    /// ([`crate::query::letters::envelope`]): the name as the prison mail
    /// wants it, the year of birth, the address, a line each.
    pub(super) fn copy_address(&mut self) {
        if self.tab != Tab::Prisoners {
            self.say(t!(
                "say-envelope-needs-prisoners",
                key = self.keys.key(super::Action::CopyAddress),
                tab = self.keys.key(super::Action::GoTab(Tab::Prisoners))
            ));
            return;
        }
        if self.presenting() {
            self.say(t!("say-addresses-hidden"));
            return;
        }
        if !self.picked.is_empty() {
            return self.copy_marked_addresses();
        }
        let Some(p) = self
            .selected_record(self.tab)
            .and_then(|r| self.campaign.prisoners.get(r))
        else {
            self.say(t!("say-no-prisoner-selected"));
            return;
        };
        let name = sanitize_line(p.name()).into_owned();
        let Some(envelope) = letters::envelope(p) else {
            self.say(t!("say-no-address", name = name));
            return;
        };
        let from = match envelope.from {
            NameFrom::Postal => "postal",
            NameFrom::Alias => "alias",
            NameFrom::Name => "name",
        };
        self.effect = Some(Effect::Copy(envelope.text()));
        self.say(t!("say-copied-envelope", name = name, from = from));
    }

    /// `Y` with marks: each marked prisoner's envelope block, a blank line
    /// between them; those without an address counted.
    fn copy_marked_addresses(&mut self) {
        let mut text = String::new();
        let (mut copied, mut without, mut unnamed) = (0, 0, 0);
        for i in self.picked_indices() {
            let Some(envelope) = letters::envelope(&self.campaign.prisoners[i]) else {
                without += 1;
                continue;
            };
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&envelope.text());
            unnamed += usize::from(envelope.from != NameFrom::Postal);
            copied += 1;
        }
        let (text, _) = cut_to(text, COPY_LIMIT);
        let mut notes = String::new();
        let count = |n: usize| crate::text::thousands(n as u64);
        if without > 0 {
            notes.push_str("; ");
            notes.push_str(&t!(
                "say-envelopes-without-address",
                n = without,
                count = count(without)
            ));
        }
        if unnamed > 0 {
            notes.push_str("; ");
            notes.push_str(&t!(
                "say-envelopes-without-postal-name",
                n = unnamed,
                count = count(unnamed)
            ));
        }
        if copied == 0 {
            self.say(t!("say-no-marked-address"));
            return;
        }
        self.effect = Some(Effect::Copy(text));
        self.say(t!(
            "say-copied-envelopes",
            n = copied,
            count = count(copied),
            notes = notes
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_record_is_cut_at_a_whole_line() {
        let text: String = (0..10).map(|i| format!("line {i}\n")).collect();
        assert_eq!(cut_to(text.clone(), 1000), (text.clone(), 10));
        let (cut, kept) = cut_to(text, 20);
        assert_eq!(cut, "line 0\nline 1\n");
        assert_eq!(kept, 2);
        // Not inside a character of several bytes.
        let (cut, _) = cut_to("ab\nЯЯЯЯ\n".to_owned(), 6);
        assert_eq!(cut, "ab\n");
    }
}
