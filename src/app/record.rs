//! Recording from the dashboard: a letter logged in a form, a record
//! marked checked, an agenda item's own action, marks for a letter
//! evening, and undo. Update only asks: the write is an
//! [`Effect::Write`](super::act::Effect::Write) the event loop runs off its
//! thread ([`crate::load::write`]), and its outcome comes back as
//! [`App::wrote`].

use std::collections::HashSet;

use chrono::NaiveDate;

use super::act::Effect;
use super::edit::{self, Edit};
use super::{App, Tab};
use crate::load::edit::{At, Edit as Change, letter_value_problem, snooze_value_problem};
use crate::load::write::{Version, WriteError};
use crate::model::fields::{Kind, Record};
use crate::model::{Channel, Direction, Letter};
use crate::query::agenda::Kind as ItemKind;
use crate::query::search_fold;
use crate::sanitize::sanitize_line;

/// A write asked of the event loop.
#[derive(Debug, Clone, PartialEq)]
pub struct WriteJob {
    /// The edits; empty for an undo.
    pub edits: Vec<Change>,
    /// For an undo or a write-back: the text to put back.
    pub restore: Option<std::sync::Arc<String>>,
    /// A write-back ([`crate::load::write::write_back`]): `expected` is
    /// the version of the bytes on disk, and it is not undone.
    pub back: bool,
    /// The version of the file the edits were made for.
    pub expected: Version,
    /// What it writes, in words.
    pub what: String,
}

/// What a write did, as the event loop tells it.
#[derive(Debug)]
pub struct Wrote {
    pub what: String,
    pub lines: Vec<usize>,
    pub before: String,
    pub version: Version,
    pub undo: bool,
    /// A write-back: nothing to undo.
    pub back: bool,
}

/// The last write of this session, to take back.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    pub before: String,
    /// The version that write made: the undo is refused on any other.
    pub after: Version,
    pub what: String,
}

/// A question on the status line before a write.
#[derive(Debug, Clone, PartialEq)]
pub enum Ask {
    /// Write these edits? (Enter or y writes, Esc or n does not.)
    Write { edits: Vec<Change>, what: String },
    /// Write the version shown back over the file on disk (which cannot
    /// be shown)? With `quit`, asked on quitting: the dashboard quits
    /// either way, once written.
    WriteBack { quit: bool },
    /// A release date has passed: released (a date to give), a new
    /// charge (the editor), or checked today.
    Overdue { at: At },
}

/// What a form writes once filled in.
#[derive(Debug, Clone, PartialEq)]
pub enum Purpose {
    /// A `[[letters]]` entry to each of these prisoners.
    Letter(Vec<At>),
    /// The prisoner released on the form's date.
    Released(At),
    /// The agenda item of this UID put off until the form's date.
    Snooze(String),
}

/// One field of a form.
#[derive(Debug, Clone, PartialEq)]
pub struct FormField {
    /// The key it writes.
    pub key: &'static str,
    pub value: String,
    /// Why the value was refused, in the words of `check`.
    pub error: Option<String>,
    /// The names it takes, for a choice.
    pub choices: &'static [crate::model::fields::Choice],
    /// Shown as dots in presentation mode (`by`, `notes`).
    pub sensitive: bool,
}

/// A small form over the dashboard.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub purpose: Purpose,
    /// Its title: "Log a letter to Aliaksandr Yarashuk".
    pub title: String,
    pub fields: Vec<FormField>,
    /// The field with the cursor, and the cursor (a byte offset).
    pub focus: usize,
    pub cursor: usize,
    /// Written and waiting for the outcome.
    pub writing: bool,
}

impl Form {
    /// The field of `key`.
    pub fn field(&self, key: &str) -> Option<&FormField> {
        self.fields.iter().find(|f| f.key == key)
    }
}

/// The keys of every form's fields, each language's `form-KEY` its label
/// in the form: the letter's, then the snooze's.
pub const FORM_KEYS: [&str; 9] = [
    "date",
    "direction",
    "count",
    "channel",
    "by",
    "event",
    "notes",
    "until",
    "note",
];

/// The keys of the letter form, in the format's order (the prisoner is
/// the form's own): the first seven of [`FORM_KEYS`], the snooze's two
/// after them.
const LETTER_KEYS: &[&str] = FORM_KEYS.split_at(7).0;

impl App {
    /// The day a date left out means: the dashboard's today.
    fn today(&self) -> NaiveDate {
        self.derived.today
    }

    /// The edits in words, a prisoner named by name as the screen names
    /// them ("Aliaksandr Yarashuk checked on 2023-05-06").
    fn describe(&self, edits: &[Change]) -> String {
        let name = |id: &str| {
            self.campaign
                .prisoners
                .iter()
                .find(|p| p.id() == id)
                .map_or_else(|| id.to_owned(), |p| p.name().to_owned())
        };
        let named = |at: &At| At {
            index: at.index,
            id: name(&at.id),
        };
        match edits {
            [Change::AddLetter(l)] => Change::AddLetter(Letter {
                prisoner: name(&l.prisoner),
                ..l.clone()
            })
            .describe(),
            [Change::Checked(at, d)] => Change::Checked(named(at), *d).describe(),
            [Change::Released(at, d)] => Change::Released(named(at), *d).describe(),
            _ => describe(edits),
        }
    }

    /// Whether anything is being asked or filled in: keys go there.
    pub fn recording(&self) -> bool {
        self.form.is_some() || self.asking.is_some()
    }

    /// The prisoner shown selected, on the Prisoners tab or a letter's on
    /// the Letters tab.
    fn prisoner_here(&self) -> Option<usize> {
        let record = self.selected_record(self.tab)?;
        match self.tab {
            Tab::Prisoners => Some(record),
            Tab::Letters => {
                let id = &self.campaign.letters.get(record)?.prisoner;
                self.campaign.prisoners.iter().position(|p| p.id() == id)
            }
            _ => None,
        }
    }

    fn at(&self, index: usize) -> At {
        At {
            index,
            id: self.campaign.prisoners[index].id().to_owned(),
        }
    }

    /// Whether a write may be asked now; says why not.
    fn can_write(&mut self) -> bool {
        if self.unloaded || self.stale.is_some() || self.file_version.is_none() {
            self.say(crate::t!("say-not-loaded"));
            return false;
        }
        if self.writing {
            self.say(crate::t!("say-write-running"));
            return false;
        }
        true
    }

    /// `w`: the letter form, for the marked prisoners or the one selected
    /// (on a letter row, a copy of that letter).
    pub(super) fn open_letter_form(&mut self, prisoners: Option<Vec<usize>>) {
        if !self.can_write() {
            return;
        }
        let targets = match prisoners {
            Some(p) => p,
            None if !self.picked.is_empty() => self.picked_indices(),
            None => match self.prisoner_here() {
                Some(p) => vec![p],
                None => {
                    self.say(crate::t!(
                        "say-log-needs-prisoner",
                        log = self.keys.key(super::Action::LogLetter),
                        mark = self.keys.key(super::Action::Mark),
                        tab = self.keys.key(super::Action::GoTab(Tab::Prisoners))
                    ));
                    return;
                }
            },
        };
        let copy = (self.tab == Tab::Letters && self.picked.is_empty())
            .then(|| self.selected_record(Tab::Letters))
            .flatten()
            .and_then(|r| self.campaign.letters.get(r).cloned());
        let title = match &targets[..] {
            [one] => crate::t!(
                "form-log-one",
                name = sanitize_line(self.campaign.prisoners[*one].name())
            ),
            many => crate::t!("form-log-many", n = many.len()),
        };
        let today = self.today();
        let fields = LETTER_KEYS
            .iter()
            .map(|&key| {
                let field = Letter::FIELDS
                    .iter()
                    .find(|f| f.key == key)
                    .expect("a key of the letter");
                let choices = match field.kind {
                    Kind::Choice(c) => c,
                    _ => &[],
                };
                let value = match (key, &copy) {
                    ("date", _) => today.to_string(),
                    ("direction", None) => "sent".to_owned(),
                    (_, Some(l)) if key != "notes" => value_text(&(field.get)(l)),
                    _ => String::new(),
                };
                FormField {
                    key,
                    value,
                    error: None,
                    choices,
                    sensitive: field.sensitive,
                }
            })
            .collect();
        let purpose = Purpose::Letter(targets.into_iter().map(|i| self.at(i)).collect());
        self.open_form(purpose, title, fields);
    }

    fn open_form(&mut self, purpose: Purpose, title: String, fields: Vec<FormField>) {
        let cursor = fields.first().map_or(0, |f| f.value.len());
        self.form = Some(Form {
            purpose,
            title,
            fields,
            focus: 0,
            cursor,
            writing: false,
        });
    }

    /// A key typed into the form.
    pub(super) fn form_key(&mut self, key: Edit) {
        let Some(form) = self.form.as_mut() else {
            return;
        };
        if form.writing {
            return;
        }
        match key {
            Edit::Cancel => {
                self.form = None;
                self.say(crate::t!("say-nothing-written"));
            }
            Edit::Accept => self.submit_form(),
            Edit::NextField | Edit::PrevField => {
                complete_event(form, &self.campaign);
                let n = form.fields.len();
                form.focus = if key == Edit::NextField {
                    (form.focus + 1) % n
                } else {
                    (form.focus + n - 1) % n
                };
                form.cursor = form.fields[form.focus].value.len();
            }
            key => {
                let field = &mut form.fields[form.focus];
                if !field.choices.is_empty() && matches!(key, Edit::Left | Edit::Right) {
                    // A choice turns with the arrows: through its names,
                    // and none where it may be left out.
                    let names: Vec<&str> = field.choices.iter().map(|c| c.name).collect();
                    let optional = field.key != "direction";
                    let mut ring: Vec<&str> = names.clone();
                    if optional {
                        ring.insert(0, "");
                    }
                    let at = ring.iter().position(|n| *n == field.value).unwrap_or(0);
                    let next = if key == Edit::Right {
                        (at + 1) % ring.len()
                    } else {
                        (at + ring.len() - 1) % ring.len()
                    };
                    field.value = ring[next].to_owned();
                    form.cursor = field.value.len();
                } else if edit::apply(&mut field.value, &mut form.cursor, key) {
                    field.error = None;
                }
            }
        }
    }

    /// Enter in the form: each value checked as `check` would, then the
    /// write asked.
    fn submit_form(&mut self) {
        let Some(form) = self.form.as_mut() else {
            return;
        };
        complete_event(form, &self.campaign);
        let snoozing = matches!(form.purpose, Purpose::Snooze(_));
        let today = self.derived.today;
        for f in &mut form.fields {
            f.error = field_problem(f, &self.campaign, snoozing);
            if snoozing
                && f.key == "until"
                && f.error.is_none()
                && f.value
                    .trim()
                    .parse::<NaiveDate>()
                    .is_ok_and(|d| d <= today)
            {
                f.error = Some(crate::t!("say-not-after-today", today = today.to_string()));
            }
        }
        if let Some(k) = form.fields.iter().position(|f| f.error.is_some()) {
            form.focus = k;
            form.cursor = form.fields[k].value.len();
            self.say(crate::t!("say-value-refused"));
            return;
        }
        let value = |key: &str| {
            form.field(key)
                .map(|f| f.value.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let date = value("date")
            .and_then(|d| d.parse::<NaiveDate>().ok())
            .unwrap_or(self.derived.today);
        let edits: Vec<Change> = match &form.purpose {
            Purpose::Letter(targets) => targets
                .iter()
                .map(|at| {
                    Change::AddLetter(Letter {
                        date,
                        prisoner: at.id.clone(),
                        direction: value("direction")
                            .and_then(|d| d.parse::<Direction>().ok())
                            .unwrap_or(Direction::Sent),
                        count: value("count").and_then(|c| c.parse().ok()),
                        channel: value("channel").and_then(|c| c.parse::<Channel>().ok()),
                        by: value("by"),
                        event: value("event"),
                        notes: value("notes"),
                    })
                })
                .collect(),
            Purpose::Released(at) => vec![Change::Released(at.clone(), date)],
            Purpose::Snooze(uid) => vec![Change::Snooze(crate::model::Snooze {
                item: uid.clone(),
                until: value("until")
                    .and_then(|d| d.parse().ok())
                    .unwrap_or(self.derived.today),
                note: value("note"),
            })],
        };
        form.writing = true;
        let what = self.describe(&edits);
        self.write(edits, what);
    }

    /// Asks the event loop to write `edits`.
    fn write(&mut self, edits: Vec<Change>, what: String) {
        let Some(expected) = self.file_version else {
            return;
        };
        self.writing = true;
        self.effect = Some(Effect::Write(Box::new(WriteJob {
            edits,
            restore: None,
            back: false,
            expected,
            what: what.clone(),
        })));
        self.say(crate::t!("say-writing", what = what.as_str()));
    }

    /// `c`: the selected prisoner (or each marked one) checked today,
    /// after a yes.
    pub(super) fn ask_checked(&mut self) {
        if !self.can_write() {
            return;
        }
        let targets = if self.picked.is_empty() {
            match self.prisoner_here() {
                Some(p) => vec![p],
                None => {
                    self.say(crate::t!(
                        "say-checked-needs-prisoner",
                        key = self.keys.key(super::Action::MarkChecked),
                        tab = self.keys.key(super::Action::GoTab(Tab::Prisoners))
                    ));
                    return;
                }
            }
        } else {
            self.picked_indices()
        };
        let today = self.today();
        let edits: Vec<Change> = targets
            .into_iter()
            .map(|i| Change::Checked(self.at(i), today))
            .collect();
        self.ask_write(edits);
    }

    fn ask_write(&mut self, edits: Vec<Change>) {
        let what = self.describe(&edits);
        self.asking = Some(Ask::Write { edits, what });
    }

    /// The question asked before a write, while one is: its text and the
    /// answers, each a key and what it does.
    pub fn question(&self) -> Option<(String, Vec<(String, String)>)> {
        let yes = self
            .keys
            .edit_label(super::keymap::EditKey::Edit(Edit::Accept));
        let no = self
            .keys
            .edit_label(super::keymap::EditKey::Edit(Edit::Cancel));
        match self.asking.as_ref()? {
            Ask::Write { what, .. } => Some((
                crate::t!("ask-write", what = sanitize_line(what)),
                vec![
                    (crate::t!("ask-or", a = "y", b = yes), crate::t!("ask-yes")),
                    (
                        crate::t!("ask-or", a = "n", b = no.as_str()),
                        crate::t!("ask-no"),
                    ),
                ],
            )),
            Ask::WriteBack { quit } => {
                let (_, state) = self.write_back_offer()?;
                let file = sanitize_line(&self.file_name).into_owned();
                let text = if *quit {
                    crate::t!("ask-write-back-quit", file = file, state = state)
                } else {
                    crate::t!(
                        "ask-write-back",
                        file = file,
                        state = state,
                        version = self.shown_version_said()
                    )
                };
                let mut answers = vec![
                    ("y".to_owned(), crate::t!("ask-write-back-yes")),
                    (
                        "n".to_owned(),
                        if *quit {
                            crate::t!("ask-write-back-quit-no")
                        } else {
                            crate::t!("ask-no")
                        },
                    ),
                ];
                if *quit {
                    answers.push((no, crate::t!("ask-write-back-stay")));
                }
                Some((text, answers))
            }
            Ask::Overdue { at } => {
                let name = self
                    .campaign
                    .prisoners
                    .get(at.index)
                    .map_or(at.id.as_str(), |p| p.name());
                Some((
                    crate::t!("ask-overdue", name = sanitize_line(name)),
                    vec![
                        ("r".to_owned(), crate::t!("ask-overdue-released")),
                        ("e".to_owned(), crate::t!("ask-overdue-edit")),
                        ("c".to_owned(), crate::t!("ask-overdue-checked")),
                        (no, crate::t!("ask-overdue-nothing")),
                    ],
                ))
            }
        }
    }

    /// A key while a question is asked.
    pub(super) fn answer(&mut self, key: char) {
        let Some(ask) = self.asking.take() else {
            return;
        };
        match (ask, key) {
            (Ask::Write { edits, what }, 'y' | '\n') => self.write(edits, what),
            (Ask::WriteBack { quit }, 'y') => {
                self.write_back();
                self.quit_after_write = quit && self.writing;
            }
            // Esc: not quitting after all.
            (Ask::WriteBack { quit: true }, '\x1b') => self.say(crate::t!("say-nothing-written")),
            (Ask::WriteBack { quit: true }, _) => self.quit = true,
            (Ask::Overdue { at }, 'r') => {
                let name = sanitize_line(self.campaign.prisoners[at.index].name()).into_owned();
                let field = FormField {
                    key: "released",
                    value: self.today().to_string(),
                    error: None,
                    choices: &[],
                    sensitive: false,
                };
                self.open_form(
                    Purpose::Released(at),
                    crate::t!("form-released", name = name),
                    vec![field],
                );
                if let Some(f) = self.form.as_mut() {
                    f.fields[0].key = "date";
                }
            }
            (Ask::Overdue { at }, 'e') => {
                self.effect = Some(Effect::Edit(super::act::EditAt::Record {
                    kind: crate::query::RecordKind::Prisoner,
                    index: at.index,
                }));
            }
            (Ask::Overdue { at }, 'c') => {
                let today = self.today();
                self.ask_write(vec![Change::Checked(at, today)]);
            }
            (ask @ Ask::Overdue { .. }, c) if c != 'n' && c != '\x1b' => self.asking = Some(ask),
            _ => self.say(crate::t!("say-nothing-written")),
        }
    }

    /// `a` on the agenda: the item's own action.
    pub(super) fn agenda_act(&mut self) {
        let Some(item) =
            self.agenda_item_here(super::Action::AgendaAct, &crate::t!("does-agenda-act"))
        else {
            return;
        };
        if !self.can_write() {
            return;
        }
        let prisoner = (item.view == Tab::Prisoners).then_some(item.record);
        match (item.kind, prisoner) {
            (_, Some(p)) if item.uid.starts_with("address-") => {
                self.effect = Some(Effect::Edit(super::act::EditAt::Record {
                    kind: crate::query::RecordKind::Prisoner,
                    index: p,
                }));
            }
            (ItemKind::Birthday | ItemKind::Letter, Some(p)) => {
                self.open_letter_form(Some(vec![p]));
            }
            (ItemKind::Check, Some(p)) => {
                let today = self.today();
                self.ask_write(vec![Change::Checked(self.at(p), today)]);
            }
            (ItemKind::ReleaseOverdue, Some(p)) => {
                self.asking = Some(Ask::Overdue { at: self.at(p) });
            }
            (ItemKind::Petition, None)
                if item.view == Tab::Petitions && item.uid.starts_with("goal-") =>
            {
                let Some(petition) = self.campaign.petitions.get(item.record) else {
                    return;
                };
                let at = At {
                    index: item.record,
                    id: petition.id.clone().unwrap_or_default(),
                };
                let today = self.today();
                self.ask_write(vec![Change::Delivered(at, today)]);
            }
            _ => self.say(crate::t!(
                "say-nothing-to-write",
                open = self.keys.key(super::Action::Open),
                snooze = self.keys.key(super::Action::Snooze)
            )),
        }
    }

    /// The agenda item chosen, for `action` (which `does` this); says why
    /// there is none (another tab, an empty agenda). Read through the
    /// agenda's filter: with `kind:snoozed`, from the snoozed items.
    fn agenda_item_here(
        &mut self,
        action: super::Action,
        does: &str,
    ) -> Option<crate::query::agenda::Item> {
        if self.tab != Tab::Agenda {
            self.say(crate::t!(
                "say-agenda-only",
                key = self.keys.key(action),
                does = does,
                agenda = self.keys.key(super::Action::GoTab(Tab::Agenda))
            ));
            return None;
        }
        let item = self
            .agenda
            .selected_item()
            .and_then(|i| self.agenda.items(&self.derived.agenda).get(i))
            .cloned();
        if item.is_none() {
            self.say(crate::t!("say-nothing-chosen"));
        }
        item
    }

    /// `Z` on the agenda: the item put off until a day, with a note.
    pub(super) fn open_snooze_form(&mut self) {
        let Some(item) = self.agenda_item_here(super::Action::Snooze, &crate::t!("does-snooze"))
        else {
            return;
        };
        if !self.can_write() {
            return;
        }
        let week = self.today() + chrono::Days::new(7);
        let fields = vec![
            FormField {
                key: "until",
                value: week.to_string(),
                error: None,
                choices: &[],
                sensitive: false,
            },
            FormField {
                key: "note",
                value: String::new(),
                error: None,
                choices: &[],
                sensitive: true,
            },
        ];
        let title = crate::t!("form-snooze", what = item.what.as_str());
        self.open_form(Purpose::Snooze(item.uid.clone()), title, fields);
    }

    /// `u`: the last write of this session taken back, if the file is still
    /// as it left it.
    pub(super) fn undo(&mut self) {
        let Some(undo) = self.undo.clone() else {
            self.say(crate::t!("say-nothing-to-undo"));
            return;
        };
        if !self.can_write() {
            return;
        }
        if self.file_version != Some(undo.after) {
            self.say(crate::t!("say-not-undone"));
            return;
        }
        self.writing = true;
        self.effect = Some(Effect::Write(Box::new(WriteJob {
            edits: Vec::new(),
            restore: Some(std::sync::Arc::new(undo.before)),
            back: false,
            expected: undo.after,
            what: undo.what.clone(),
        })));
        self.say(crate::t!("say-undoing", what = sanitize_line(&undo.what)));
    }

    /// What a write-back would replace, when one can be made: the file on
    /// disk is empty, has errors or cannot be read (not removed: a file
    /// moved away is not put back), a version is shown, and no write runs.
    /// The version of the bytes on disk, and their state in words ("is
    /// empty", "has 3 errors, 40% of the size of the version shown").
    pub fn write_back_offer(&self) -> Option<(Version, String)> {
        use crate::app::reload::Stale;
        let stale = self.stale.as_ref()?;
        let on_disk = self.on_disk?;
        let shown = self.shown_text.as_ref()?;
        if self.unloaded || self.writing {
            return None;
        }
        let state = match stale {
            Stale::Removed => return None,
            Stale::Empty => return Some((on_disk, crate::t!("back-empty"))),
            Stale::Failed(_) => crate::t!(
                "back-errors",
                errors = crate::text::errors(self.report.errors)
            ),
            Stale::Unreadable(_) => crate::t!("back-unreadable"),
        };
        // Whole percents, rounded down: 99% is not "the same size".
        let percent = (on_disk.len() as u128 * 100 / shown.len().max(1) as u128) as u64;
        Some((
            on_disk,
            crate::t!(
                "back-size",
                state = state,
                percent = crate::text::thousands(percent)
            ),
        ))
    }

    /// "the version from 02:21" (or "loaded at start"): the version shown.
    fn shown_version_said(&self) -> String {
        match self.loaded_at {
            Some(t) => crate::t!("back-version-from", time = t.format("%H:%M").to_string()),
            None => crate::t!("back-version-at-start"),
        }
    }

    /// `R`: asks to write the version shown back over the file on disk,
    /// when it cannot be shown; says why not otherwise. `quit`: asked on
    /// quitting.
    pub(super) fn ask_write_back(&mut self, quit: bool) {
        if self.write_back_offer().is_some() {
            self.asking = Some(Ask::WriteBack { quit });
        } else if self.writing {
            self.say(crate::t!("say-write-running"));
        } else {
            self.say(crate::t!("say-nothing-to-write-back"));
        }
    }

    /// `q` (or Ctrl-C): quits, but first asks to write the version shown
    /// back when the file on disk cannot be shown: the only copy of the
    /// campaign may be the one on screen.
    pub(super) fn quit_or_ask(&mut self) {
        if self.write_back_offer().is_some() {
            self.ask_write_back(true);
        } else {
            self.quit = true;
        }
    }

    /// The write-back, after a yes: the text shown, over the bytes seen.
    fn write_back(&mut self) {
        let Some((on_disk, _)) = self.write_back_offer() else {
            return self.say(crate::t!("say-nothing-to-write-back"));
        };
        let Some(text) = self.shown_text.clone() else {
            return;
        };
        let what = crate::t!("back-what", version = self.shown_version_said());
        self.writing = true;
        self.say(crate::t!("say-writing", what = what.as_str()));
        self.effect = Some(Effect::Write(Box::new(WriteJob {
            edits: Vec::new(),
            restore: Some(text),
            back: true,
            expected: on_disk,
            what,
        })));
    }

    /// The event loop's word on a write.
    pub fn wrote(&mut self, outcome: Result<Wrote, (WriteError, WriteJob)>) {
        self.writing = false;
        let quit = std::mem::take(&mut self.quit_after_write);
        match outcome {
            Ok(w) => {
                self.form = None;
                self.echo = Some(w.version);
                let file = sanitize_line(&self.file_name).into_owned();
                let at = w.lines.iter().min().map(|line| format!("{file}:{line}"));
                let what = sanitize_line(&w.what).into_owned();
                if w.back {
                    self.quit = quit;
                    self.say(crate::t!("say-written-back", file = file, what = what));
                } else if w.undo {
                    self.undo = None;
                    self.say(crate::t!("say-undone", what = what));
                } else {
                    self.undo = Some(Undo {
                        before: w.before,
                        after: w.version,
                        what: w.what,
                    });
                    let undo = self.keys.key(super::Action::Undo);
                    self.say(match at {
                        Some(place) => {
                            crate::t!("say-wrote-at", what = what, place = place, undo = undo)
                        }
                        None => crate::t!("say-wrote", what = what, undo = undo),
                    });
                }
            }
            Err((WriteError::Changed, job)) => {
                if let Some(f) = self.form.as_mut() {
                    f.writing = false;
                }
                self.form = None;
                self.wants_reload = true;
                if job.restore.is_none() {
                    self.retry = Some(job);
                }
                self.say(crate::t!("say-changed-meanwhile"));
            }
            Err((WriteError::Invalid(refusals), _)) => {
                let mut at_field = false;
                if let Some(form) = self.form.as_mut() {
                    form.writing = false;
                    for r in &refusals {
                        if let Some(f) = r
                            .key
                            .as_deref()
                            .and_then(|k| form.fields.iter_mut().find(|f| f.key == k))
                        {
                            f.error = Some(
                                r.message
                                    .split_once(": ")
                                    .map_or(r.message.clone(), |(_, m)| m.to_owned()),
                            );
                            at_field = true;
                        }
                    }
                }
                let first = refusals
                    .first()
                    .map_or_else(String::new, |r| sanitize_line(&r.message).into_owned());
                self.say(if at_field {
                    crate::t!("say-value-refused")
                } else {
                    crate::t!("say-would-break", first = first)
                });
            }
            Err((e, _)) => {
                if let Some(f) = self.form.as_mut() {
                    f.writing = false;
                }
                self.say(sanitize_line(&e.to_string()).into_owned());
            }
        }
    }

    /// After a reload, a write refused because the file had changed is
    /// offered again on the new version (its records found by id).
    pub(super) fn offer_again(&mut self) {
        let Some(job) = self.retry.take() else {
            return;
        };
        let mut edits = Vec::with_capacity(job.edits.len());
        // Each record found again by its id (`crate::record`, as `log`
        // finds them): the new version may have moved it.
        let prisoner = |at: At| crate::record::prisoner_at(&self.campaign, &at.id).ok();
        let petition = |at: At| match at.id.is_empty() {
            true => Some(at),
            false => crate::record::petition_at(&self.campaign, &at.id).ok(),
        };
        for edit in job.edits {
            let edit = match edit {
                Change::Checked(at, d) => prisoner(at).map(|at| Change::Checked(at, d)),
                Change::Released(at, d) => prisoner(at).map(|at| Change::Released(at, d)),
                Change::Delivered(at, d) => petition(at).map(|at| Change::Delivered(at, d)),
                other @ (Change::AddLetter(_) | Change::Snooze(_)) => Some(other),
            };
            match edit {
                Some(e) => edits.push(e),
                None => {
                    self.say(crate::t!("say-record-gone"));
                    return;
                }
            }
        }
        self.ask_write(edits);
    }

    /// Space: the selected prisoner marked or unmarked.
    pub(super) fn toggle_mark(&mut self) {
        if self.tab != Tab::Prisoners {
            self.say(crate::t!(
                "say-marks-prisoners",
                tab = self.keys.key(super::Action::GoTab(Tab::Prisoners))
            ));
            return;
        }
        let Some(record) = self.selected_record(Tab::Prisoners) else {
            return;
        };
        let id = self.campaign.prisoners[record].id().to_owned();
        if !self.picked.remove(&id) {
            self.picked.insert(id);
        }
        self.step(1);
    }

    /// Every prisoner the list shows marked.
    pub(super) fn mark_all(&mut self) {
        if self.tab != Tab::Prisoners {
            self.say(crate::t!(
                "say-marks-prisoners",
                tab = self.keys.key(super::Action::GoTab(Tab::Prisoners))
            ));
            return;
        }
        let rows = self.prisoners.rows().to_vec();
        for r in rows {
            let id = self.campaign.prisoners[r].id().to_owned();
            self.picked.insert(id);
        }
        self.say(crate::t!("say-marked", n = self.picked.len()));
    }

    /// Seeds the generator of [`super::Action::PickRandom`] (the event loop
    /// does, from the clock).
    pub fn seed(&mut self, seed: u64) {
        self.draw = seed;
    }

    /// `%`: selects one of the rows the Prisoners list shows, at random
    /// (splitmix64 over [`App::draw`]), and says why they need letters.
    pub(super) fn pick_random(&mut self) {
        if self.tab != Tab::Prisoners {
            self.say(crate::t!(
                "say-pick-needs",
                key = self.keys.key(super::Action::PickRandom),
                tab = self.keys.key(super::Action::GoTab(Tab::Prisoners))
            ));
            return;
        }
        let shown = self.prisoners.rows().len();
        if shown == 0 {
            self.say(crate::t!("say-nobody"));
            return;
        }
        self.draw = self.draw.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.draw;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        // Fair enough for a table of volunteers: the bias of a modulo of
        // 2^64 by a few thousand rows is below one in 10^15.
        let position = (z % shown as u64) as usize;
        self.prisoners.select(position);
        let Some(record) = self.prisoners.selected_record() else {
            return;
        };
        let name = sanitize_line(self.campaign.prisoners[record].name()).into_owned();
        let why = self
            .derived
            .letters
            .facts
            .get(record)
            .filter(|_| !self.campaign.letters.is_empty())
            .map(|f| format!(": {}", crate::query::need_summary(f)))
            .unwrap_or_default();
        self.say(crate::t!(
            "say-picked",
            name = name,
            shown = crate::text::thousands(shown as u64),
            why = why
        ));
    }

    pub(super) fn clear_marks(&mut self) {
        let n = self.picked.len();
        self.picked.clear();
        self.say(crate::t!(
            "say-unmarked",
            n = n,
            count = crate::text::thousands(n as u64)
        ));
    }

    /// The marked prisoners still in the file, in its order.
    pub fn picked_indices(&self) -> Vec<usize> {
        self.campaign
            .prisoners
            .iter()
            .enumerate()
            .filter(|(_, p)| self.picked.contains(p.id()))
            .map(|(i, _)| i)
            .collect()
    }

    /// Whether the prisoner at `index` is marked.
    pub fn is_picked(&self, index: usize) -> bool {
        !self.picked.is_empty()
            && self
                .campaign
                .prisoners
                .get(index)
                .is_some_and(|p| self.picked.contains(p.id()))
    }

    /// After a reload: marks of prisoners no longer in the file dropped.
    pub(super) fn keep_picked(&mut self) {
        if self.picked.is_empty() {
            return;
        }
        let ids: HashSet<&str> = self.campaign.prisoners.iter().map(|p| p.id()).collect();
        self.picked.retain(|id| ids.contains(id.as_str()));
    }
}

/// A field's value as the form shows it.
fn value_text(v: &crate::model::fields::Value<'_>) -> String {
    use crate::model::fields::Value;
    match v {
        Value::Text(Some(t)) => (*t).to_owned(),
        Value::Date(Some(d)) => d.to_string(),
        Value::Int(Some(n)) => n.to_string(),
        Value::Choice(Some(c)) => (*c).to_owned(),
        _ => String::new(),
    }
}

/// The events whose id or title holds `typed`, folded as the filter folds,
/// best first (an id that starts with it).
pub fn event_matches<'c>(campaign: &'c crate::model::Campaign, typed: &str) -> Vec<&'c str> {
    let want = search_fold(typed.trim());
    if want.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(bool, &str)> = campaign
        .events
        .iter()
        .filter(|e| search_fold(e.id()).contains(&*want) || search_fold(e.title()).contains(&*want))
        .map(|e| (!e.id().starts_with(typed.trim()), e.id()))
        .collect();
    found.sort();
    found.into_iter().map(|(_, id)| id).collect()
}

/// The event field, left with text that is not an id but matches events:
/// the first one taken.
fn complete_event(form: &mut Form, campaign: &crate::model::Campaign) {
    let Some(f) = form.fields.iter_mut().find(|f| f.key == "event") else {
        return;
    };
    let typed = f.value.trim();
    if typed.is_empty() || campaign.events.iter().any(|e| e.id() == typed) {
        return;
    }
    if let Some(first) = event_matches(campaign, typed).first() {
        f.value = (*first).to_owned();
    }
}

/// What `check` would say of a field's value; `None` when it is good.
fn field_problem(f: &FormField, campaign: &crate::model::Campaign, snooze: bool) -> Option<String> {
    let v = f.value.trim();
    match f.key {
        "until" if v.is_empty() => Some("`until` is required".to_owned()),
        key if snooze => (!v.is_empty())
            .then(|| snooze_value_problem(key, v))
            .flatten(),
        "date" if v.is_empty() => Some("`date` is required".to_owned()),
        "direction" if v.is_empty() => Some("`direction` is required".to_owned()),
        _ if v.is_empty() => None,
        "event" if !campaign.events.iter().any(|e| e.id() == v) => Some(format!(
            "no event matches \"{}\" (type part of an event's id or title)",
            sanitize_line(v)
        )),
        "event" => None,
        key => letter_value_problem(key, v),
    }
}

/// The edits in words, for the question and the status line.
fn describe(edits: &[Change]) -> String {
    match edits {
        [] => crate::t!("edits-none"),
        [one] => one.describe(),
        [first, ..] => {
            let same_kind = edits
                .iter()
                .all(|e| std::mem::discriminant(e) == std::mem::discriminant(first));
            match (first, same_kind) {
                (Change::AddLetter(l), true) => {
                    crate::t!("edits-letters", n = edits.len(), date = l.date.to_string())
                }
                (Change::Snooze(s), true) => {
                    crate::t!(
                        "edits-snoozed",
                        n = edits.len(),
                        until = s.until.to_string()
                    )
                }
                (Change::Checked(_, d), true) => {
                    crate::t!("edits-checked", n = edits.len(), date = d.to_string())
                }
                _ => crate::t!("edits-changes", n = edits.len()),
            }
        }
    }
}
