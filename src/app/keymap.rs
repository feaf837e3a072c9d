//! The keymap: which key does what, read once from `keymap.toml` compiled into
//! the binary. The help overlay is generated from the same table, so what it
//! says is what the keys do.

use std::sync::OnceLock;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use serde::Deserialize;

use super::edit::Edit;
use super::{Action, Tab};

/// The keymap as written, compiled in.
pub const KEYMAP_TOML: &str = include_str!("keymap.toml");

/// One line of the keymap: keys, the action they trigger, and its help text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    /// The keys as written in the keymap ("j", "ctrl-c", "pagedown").
    pub keys: Vec<String>,
    pub action: Action,
    /// A few words for the help overlay.
    pub help: String,
    parsed: Vec<Key>,
}

/// A key as the keymap names it: a code and whether Ctrl or Alt is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    code: KeyCode,
    ctrl: bool,
    alt: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    bind: Vec<RawBinding>,
    #[serde(default)]
    edit: Vec<RawBinding>,
}

/// One key of the filter line: keys, the edit they make, and help text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditBinding {
    pub keys: Vec<String>,
    pub edit: EditKey,
    pub help: String,
    parsed: Vec<Key>,
}

/// What a key does in the filter line: an edit, or quitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditKey {
    Edit(Edit),
    Quit,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBinding {
    keys: Vec<String>,
    action: String,
    help: String,
}

/// The compiled-in keymap, parsed once.
pub fn keymap() -> &'static Keymap {
    static KEYMAP: OnceLock<Keymap> = OnceLock::new();
    KEYMAP.get_or_init(|| {
        // The keymap is part of the source; a test parses it, so this cannot
        // fail in a build that passed its tests.
        parse_all(KEYMAP_TOML).unwrap_or_else(|e| panic!("the compiled-in keymap is broken: {e}"))
    })
}

/// The bindings of the compiled-in keymap.
pub fn bindings() -> &'static [Binding] {
    &keymap().bind
}

/// The keys of the filter line in the compiled-in keymap.
pub fn edit_bindings() -> &'static [EditBinding] {
    &keymap().edit
}

/// A whole keymap: the dashboard's keys and the filter line's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    pub bind: Vec<Binding>,
    pub edit: Vec<EditBinding>,
}

/// Parses a keymap's `[[bind]]` table; the error names the binding at fault.
pub fn parse(text: &str) -> Result<Vec<Binding>, String> {
    parse_all(text).map(|k| k.bind)
}

/// Parses a whole keymap; the error names the binding at fault.
pub fn parse_all(text: &str) -> Result<Keymap, String> {
    let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
    let keys = |raw: &RawBinding| {
        let parsed = raw
            .keys
            .iter()
            .map(|k| parse_key(k).ok_or_else(|| format!("unknown key {k:?}")))
            .collect::<Result<Vec<_>, _>>()?;
        if parsed.is_empty() {
            return Err(format!("action {:?} has no keys", raw.action));
        }
        Ok(parsed)
    };
    let edit = file
        .edit
        .iter()
        .map(|raw| {
            let edit = parse_edit(&raw.action)
                .ok_or_else(|| format!("unknown edit action {:?}", raw.action))?;
            Ok(EditBinding {
                parsed: keys(raw)?,
                keys: raw.keys.clone(),
                edit,
                help: raw.help.clone(),
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let bind = file
        .bind
        .into_iter()
        .map(|raw| {
            let action = parse_action(&raw.action)
                .ok_or_else(|| format!("unknown action {:?}", raw.action))?;
            let parsed = raw
                .keys
                .iter()
                .map(|k| parse_key(k).ok_or_else(|| format!("unknown key {k:?}")))
                .collect::<Result<Vec<_>, _>>()?;
            if parsed.is_empty() {
                return Err(format!("action {:?} has no keys", raw.action));
            }
            Ok(Binding {
                keys: raw.keys,
                action,
                help: raw.help,
                parsed,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Keymap { bind, edit })
}

impl Binding {
    /// The help in the current language: its translation (`help-ACTION` in
    /// the language's file), else the keymap's English.
    pub fn help_text(&self) -> &str {
        translated(
            TRANSLATED_ACTIONS.get(|| translations(ACTIONS, "help-")),
            action_name(self.action),
        )
        .unwrap_or(&self.help)
    }
}

impl EditBinding {
    /// The help in the current language (`help-edit-ACTION`), else the
    /// keymap's English.
    pub fn help_text(&self) -> &str {
        translated(
            TRANSLATED_EDITS.get(|| translations(EDITS, "help-edit-")),
            edit_action_name(self.edit),
        )
        .unwrap_or(&self.help)
    }
}

static TRANSLATED_ACTIONS: crate::i18n::PerLang<Vec<(&'static str, String)>> =
    crate::i18n::PerLang::new();
static TRANSLATED_EDITS: crate::i18n::PerLang<Vec<(&'static str, String)>> =
    crate::i18n::PerLang::new();

/// The translations of the help of `names`' actions, by name, looked up
/// once a language.
fn translations<T>(names: &[(&'static str, T)], prefix: &str) -> Vec<(&'static str, String)> {
    names
        .iter()
        .filter_map(|(n, _)| Some((*n, crate::i18n::lookup(&format!("{prefix}{n}"))?)))
        .collect()
}

fn translated<'a>(table: &'a [(&'static str, String)], name: &str) -> Option<&'a str> {
    table
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| t.as_str())
}

/// The filter line's actions by name.
const EDITS: &[(&str, EditKey)] = &[
    ("left", EditKey::Edit(Edit::Left)),
    ("right", EditKey::Edit(Edit::Right)),
    ("home", EditKey::Edit(Edit::Home)),
    ("end", EditKey::Edit(Edit::End)),
    ("backspace", EditKey::Edit(Edit::Backspace)),
    ("delete", EditKey::Edit(Edit::Delete)),
    ("clear", EditKey::Edit(Edit::Clear)),
    ("delete-word", EditKey::Edit(Edit::DeleteWord)),
    ("accept", EditKey::Edit(Edit::Accept)),
    ("cancel", EditKey::Edit(Edit::Cancel)),
    ("next-field", EditKey::Edit(Edit::NextField)),
    ("previous-field", EditKey::Edit(Edit::PrevField)),
    ("quit", EditKey::Quit),
];

/// The dashboard's actions by name.
const ACTIONS: &[(&str, Action)] = &[
    ("tab-overview", Action::GoTab(Tab::Overview)),
    ("tab-prisoners", Action::GoTab(Tab::Prisoners)),
    ("tab-events", Action::GoTab(Tab::Events)),
    ("tab-statements", Action::GoTab(Tab::Statements)),
    ("tab-organisations", Action::GoTab(Tab::Organisations)),
    ("tab-petitions", Action::GoTab(Tab::Petitions)),
    ("tab-letters", Action::GoTab(Tab::Letters)),
    ("tab-agenda", Action::GoTab(Tab::Agenda)),
    ("other-pane", Action::OtherPane),
    ("next-tab", Action::NextTab),
    ("prev-tab", Action::PrevTab),
    ("down", Action::Down),
    ("up", Action::Up),
    ("page-down", Action::PageDown),
    ("page-up", Action::PageUp),
    ("top", Action::Top),
    ("bottom", Action::Bottom),
    ("open", Action::Open),
    ("back", Action::Back),
    ("go-back", Action::GoBack),
    ("filter", Action::Filter),
    ("toggle-filter", Action::ToggleFilter),
    ("next-match", Action::NextMatch),
    ("prev-match", Action::PrevMatch),
    ("zoom", Action::Zoom),
    ("sort-by", Action::SortBy),
    ("sort", Action::SortNext),
    ("reverse-sort", Action::SortReverse),
    ("present", Action::TogglePresent),
    ("reload", Action::Reload),
    ("edit", Action::EditRecord),
    ("copy", Action::Copy),
    ("copy-address", Action::CopyAddress),
    ("log-letter", Action::LogLetter),
    ("checked", Action::MarkChecked),
    ("agenda-act", Action::AgendaAct),
    ("mark", Action::Mark),
    ("mark-all", Action::MarkAll),
    ("clear-marks", Action::ClearMarks),
    ("pick-random", Action::PickRandom),
    ("undo", Action::Undo),
    ("write-back", Action::WriteBack),
    ("snooze", Action::Snooze),
    ("problems", Action::Problems),
    ("suspend", Action::Suspend),
    ("help", Action::ToggleHelp),
    ("quit", Action::Quit),
    ("quit-now", Action::QuitNow),
];

fn parse_edit(name: &str) -> Option<EditKey> {
    EDITS.iter().find(|(n, _)| *n == name).map(|&(_, e)| e)
}

pub fn edit_action_name(edit: EditKey) -> &'static str {
    EDITS
        .iter()
        .find(|(_, e)| *e == edit)
        .map_or("", |&(n, _)| n)
}

fn parse_action(name: &str) -> Option<Action> {
    ACTIONS.iter().find(|(n, _)| *n == name).map(|&(_, a)| a)
}

/// The keymap's name of an action.
pub fn action_name(action: Action) -> &'static str {
    ACTIONS
        .iter()
        .find(|(_, a)| *a == action)
        .map_or("", |&(n, _)| n)
}

fn parse_key(name: &str) -> Option<Key> {
    let (ctrl, rest) = match name.strip_prefix("ctrl-") {
        Some(rest) if !rest.is_empty() => (true, rest),
        _ => (false, name),
    };
    let (alt, rest) = match rest.strip_prefix("alt-") {
        Some(r) if !r.is_empty() => (true, r),
        _ => (false, rest),
    };
    let code = match rest {
        "backspace" => KeyCode::Backspace,
        "delete" => KeyCode::Delete,
        "enter" => KeyCode::Enter,
        "esc" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "space" => KeyCode::Char(' '),
        "backtab" => KeyCode::BackTab,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" => KeyCode::PageUp,
        "pagedown" => KeyCode::PageDown,
        _ => {
            let mut chars = rest.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => KeyCode::Char(c),
                _ => return None,
            }
        }
    };
    Some(Key { code, ctrl, alt })
}

/// The key event a keymap key name stands for ("ctrl-c", "G", "pagedown"),
/// as a terminal would report it.
pub fn event_for(name: &str) -> Option<KeyEvent> {
    let key = parse_key(name)?;
    let mut modifiers = if key.ctrl {
        KeyModifiers::CONTROL
    } else {
        KeyModifiers::NONE
    };
    if key.alt {
        modifiers |= KeyModifiers::ALT;
    }
    match key.code {
        KeyCode::Char(c) if c.is_ascii_uppercase() || "?~!@#$%^&*()_+{}|:\"<>".contains(c) => {
            modifiers |= KeyModifiers::SHIFT;
        }
        KeyCode::BackTab => modifiers |= KeyModifiers::SHIFT,
        _ => {}
    }
    Some(KeyEvent::new(key.code, modifiers))
}

/// The keymap's key for a key event (`None` for a key release, reported by
/// some terminals). Shift is part of the character itself ("G", "?").
fn key_of(event: &KeyEvent) -> Option<Key> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    let code = match event.code {
        // Some terminals report Ctrl-C as upper case with Shift.
        KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
        code => code,
    };
    Some(Key { code, ctrl, alt })
}

/// The action a key press triggers in the compiled-in keymap.
pub fn action_for(event: &KeyEvent) -> Option<Action> {
    keymap().action_for(event)
}

/// What a key press does in the open filter line, in the compiled-in keymap.
pub fn edit_for(event: &KeyEvent) -> Option<Action> {
    keymap().edit_for(event)
}

impl Default for Keymap {
    /// The compiled-in keymap.
    fn default() -> Self {
        keymap().clone()
    }
}

/// Why a binding of the user's could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RebindError {
    /// No action has this name; the names there are.
    UnknownAction(Vec<&'static str>),
    /// The key at this place of the list is no key name.
    UnknownKey(usize),
    NoKeys,
}

impl Keymap {
    /// The action a key press triggers, if the keymap binds it.
    pub fn action_for(&self, event: &KeyEvent) -> Option<Action> {
        let key = key_of(event)?;
        self.bind
            .iter()
            .find(|b| b.parsed.contains(&key))
            .map(|b| b.action)
    }

    /// What a key press does in the open filter line: the keymap's
    /// `[[edit]]` keys, else a character typed (with or without Shift).
    /// Anything else (function keys, Alt or Ctrl with an unbound key) does
    /// nothing.
    pub fn edit_for(&self, event: &KeyEvent) -> Option<Action> {
        let key = key_of(event)?;
        if let Some(b) = self.edit.iter().find(|b| b.parsed.contains(&key)) {
            return Some(match b.edit {
                EditKey::Edit(e) => Action::Edit(e),
                EditKey::Quit => Action::QuitNow,
            });
        }
        match key.code {
            KeyCode::Char(c) if !key.ctrl && !key.alt && !c.is_control() => {
                Some(Action::Edit(Edit::Insert(c)))
            }
            _ => None,
        }
    }

    /// The names of the dashboard's actions, as the keymap writes them.
    pub fn action_names() -> Vec<&'static str> {
        ACTIONS.iter().map(|&(n, _)| n).collect()
    }

    /// The names of the filter line's actions.
    pub fn edit_names() -> Vec<&'static str> {
        EDITS.iter().map(|&(n, _)| n).collect()
    }

    /// Binds `keys` to the action named `name` (of the dashboard, or with
    /// `edit` of the filter line), in place of its keys; a key bound to
    /// another action is taken from it. Returns the actions (by name) left
    /// with no key.
    pub fn rebind(
        &mut self,
        edit: bool,
        name: &str,
        keys: &[String],
    ) -> Result<Vec<&'static str>, RebindError> {
        let parsed = keys
            .iter()
            .enumerate()
            .map(|(i, k)| parse_key(k).ok_or(RebindError::UnknownKey(i)))
            .collect::<Result<Vec<_>, _>>()?;
        if parsed.is_empty() {
            return Err(RebindError::NoKeys);
        }
        let emptied = if edit {
            let e =
                parse_edit(name).ok_or_else(|| RebindError::UnknownAction(Self::edit_names()))?;
            rebind_in(
                &mut self.edit,
                edit_parts,
                |b| b.edit == e,
                |b| edit_action_name(b.edit),
                keys,
                &parsed,
            )
        } else {
            let a = parse_action(name)
                .ok_or_else(|| RebindError::UnknownAction(Self::action_names()))?;
            rebind_in(
                &mut self.bind,
                bind_parts,
                |b| b.action == a,
                |b| action_name(b.action),
                keys,
                &parsed,
            )
        };
        Ok(emptied)
    }

    /// The keys of `action` as the status bar and messages name them: its
    /// first key ("j", "Enter", "Ctrl-U"); for moving, the first keys of
    /// down and up ("j/k"); for the tabs, the first and last ("1-7").
    /// `None` when no key is left to it.
    pub fn label(&self, action: Action) -> String {
        let first = |a: Action| self.first_key(a);
        let tabs = || -> Option<String> {
            let keys: Vec<String> = <Tab as strum::IntoEnumIterator>::iter()
                .map(|t| first(Action::GoTab(t)))
                .collect::<Option<_>>()?;
            Some(format!("{}-{}", keys.first()?, keys.last()?))
        };
        let pair = |a, b| Some(format!("{}/{}", first(a)?, first(b)?));
        let label = match action {
            Action::Down | Action::Up => pair(Action::Down, Action::Up),
            Action::NextMatch | Action::PrevMatch => pair(Action::NextMatch, Action::PrevMatch),
            Action::PageDown | Action::PageUp => pair(Action::PageUp, Action::PageDown),
            Action::Top | Action::Bottom => pair(Action::Top, Action::Bottom),
            Action::GoTab(_) => tabs(),
            a => first(a),
        };
        label.unwrap_or_else(|| "(no key)".to_owned())
    }

    /// The first key of `action`, as [`Keymap::label`] names it.
    pub fn key(&self, action: Action) -> String {
        self.first_key(action)
            .unwrap_or_else(|| "(no key)".to_owned())
    }

    fn first_key(&self, action: Action) -> Option<String> {
        self.bind
            .iter()
            .find(|b| b.action == action)
            .and_then(|b| b.keys.first())
            .map(|k| key_label(k))
    }

    /// The first key of a filter line's action, as [`Keymap::label`] names it.
    pub fn edit_label(&self, edit: EditKey) -> String {
        self.edit
            .iter()
            .find(|b| b.edit == edit)
            .and_then(|b| b.keys.first())
            .map_or_else(|| "(no key)".to_owned(), |k| key_label(k))
    }
}

/// Gives `keys` (`parsed`) to the binding of `bindings` that `is_target`,
/// in place of its own, taking them from the others; returns the names of
/// those left with no key.
fn rebind_in<B>(
    bindings: &mut [B],
    parts: fn(&mut B) -> (&mut Vec<Key>, &mut Vec<String>),
    is_target: impl Fn(&B) -> bool,
    name_of: impl Fn(&B) -> &'static str,
    keys: &[String],
    parsed: &[Key],
) -> Vec<&'static str> {
    let mut emptied = Vec::new();
    for b in bindings {
        let target = is_target(b);
        let (their_parsed, their_keys) = parts(b);
        let had = !their_parsed.is_empty();
        if target {
            *their_keys = keys.to_vec();
            *their_parsed = parsed.to_vec();
            continue;
        }
        take_keys(their_parsed, their_keys, parsed);
        if had && their_parsed.is_empty() {
            emptied.push(name_of(b));
        }
    }
    emptied
}

/// The keys of a binding, to change.
fn bind_parts(b: &mut Binding) -> (&mut Vec<Key>, &mut Vec<String>) {
    (&mut b.parsed, &mut b.keys)
}

/// The keys of a filter line's binding, to change.
fn edit_parts(b: &mut EditBinding) -> (&mut Vec<Key>, &mut Vec<String>) {
    (&mut b.parsed, &mut b.keys)
}

/// Takes the keys of `taken` out of a binding's.
fn take_keys(parsed: &mut Vec<Key>, names: &mut Vec<String>, taken: &[Key]) {
    let mut i = 0;
    while i < parsed.len() {
        if taken.contains(&parsed[i]) {
            parsed.remove(i);
            names.remove(i);
        } else {
            i += 1;
        }
    }
}

/// A keymap key name as people read it: "Enter", "Esc", "Bksp", "PgDn",
/// "Ctrl-U", "Alt-Left"; a character as it is.
pub fn key_label(name: &str) -> String {
    let (prefix, rest) = if let Some(r) = name.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
        ("Ctrl-", r)
    } else if let Some(r) = name.strip_prefix("alt-").filter(|r| !r.is_empty()) {
        ("Alt-", r)
    } else {
        ("", name)
    };
    let rest = match rest {
        "enter" => "Enter".to_owned(),
        "esc" => "Esc".to_owned(),
        "tab" => "Tab".to_owned(),
        "space" => "Space".to_owned(),
        "backtab" => "Shift-Tab".to_owned(),
        "backspace" => "Bksp".to_owned(),
        "delete" => "Del".to_owned(),
        "pageup" => "PgUp".to_owned(),
        "pagedown" => "PgDn".to_owned(),
        "home" => "Home".to_owned(),
        "end" => "End".to_owned(),
        "up" => "Up".to_owned(),
        "down" => "Down".to_owned(),
        "left" => "Left".to_owned(),
        "right" => "Right".to_owned(),
        c if prefix.is_empty() => c.to_owned(),
        c => {
            if prefix.starts_with("Alt") {
                c.to_owned()
            } else {
                c.to_uppercase()
            }
        }
    };
    format!("{prefix}{rest}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::EnumCount;

    #[test]
    fn the_compiled_in_keymap_parses_and_binds_each_key_once() {
        let all = parse_all(KEYMAP_TOML).unwrap();
        assert!(all.bind.len() >= 26);
        let mut seen = Vec::new();
        for b in &all.bind {
            for k in &b.parsed {
                assert!(!seen.contains(k), "{k:?} bound twice");
                seen.push(*k);
            }
            assert!(!b.help.trim().is_empty());
        }
        // The filter line's keys, on their own.
        let mut seen = Vec::new();
        for b in &all.edit {
            for k in &b.parsed {
                assert!(!seen.contains(k), "{k:?} bound twice in the filter line");
                seen.push(*k);
            }
            assert!(!b.help.trim().is_empty());
        }
        for e in [Edit::Accept, Edit::Cancel, Edit::Clear, Edit::DeleteWord] {
            assert!(all.edit.iter().any(|b| b.edit == EditKey::Edit(e)), "{e:?}");
        }
    }

    #[test]
    fn keys_are_named_as_people_read_them_and_follow_a_rebinding() {
        let mut k = Keymap::default();
        assert_eq!(k.label(Action::Down), "j/k");
        assert_eq!(
            k.label(Action::GoTab(Tab::Events)),
            format!("1-{}", Tab::COUNT)
        );
        assert_eq!(k.label(Action::NextMatch), "n/N");
        assert_eq!(k.label(Action::PageDown), "PgUp/PgDn");
        assert_eq!(k.key(Action::Open), "Enter");
        assert_eq!(k.key(Action::GoBack), "Bksp");
        assert_eq!(k.key(Action::QuitNow), "Ctrl-C");
        assert_eq!(k.edit_label(EditKey::Edit(Edit::Clear)), "Ctrl-U");
        assert_eq!(key_label("alt-left"), "Alt-Left");
        // The user's keys replace the action's; a key taken from another
        // action leaves it, and one left with none is said.
        let emptied = k
            .rebind(false, "down", &["n".into(), "down".into()])
            .unwrap();
        assert_eq!(emptied, vec!["next-match"]);
        assert_eq!(k.label(Action::Down), "n/k");
        assert_eq!(k.key(Action::NextMatch), "(no key)");
        let n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE);
        assert_eq!(k.action_for(&n), Some(Action::Down));
        let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(k.action_for(&j), None, "j is no longer down's");
        k.rebind(true, "accept", &["ctrl-j".into()]).unwrap();
        assert_eq!(k.edit_label(EditKey::Edit(Edit::Accept)), "Ctrl-J");
        assert!(matches!(
            k.rebind(false, "dwon", &["x".into()]),
            Err(RebindError::UnknownAction(_))
        ));
        assert_eq!(
            k.rebind(false, "down", &["x".into(), "yy".into()]),
            Err(RebindError::UnknownKey(1))
        );
        assert_eq!(k.rebind(false, "down", &[]), Err(RebindError::NoKeys));
        // Every action of the compiled-in keymap has its name.
        for b in &keymap().bind {
            assert!(Keymap::action_names().contains(&action_name(b.action)));
        }
    }

    #[test]
    fn broken_keymaps_are_refused_with_the_culprit_named() {
        let e = parse("[[bind]]\nkeys=[\"x\"]\naction=\"fly\"\nhelp=\"h\"").unwrap_err();
        assert!(e.contains("fly"), "{e}");
        let e = parse("[[bind]]\nkeys=[\"xy\"]\naction=\"quit\"\nhelp=\"h\"").unwrap_err();
        assert!(e.contains("xy"), "{e}");
        let e = parse("[[bind]]\nkeys=[]\naction=\"quit\"\nhelp=\"h\"").unwrap_err();
        assert!(e.contains("no keys"), "{e}");
    }

    #[test]
    fn keys_map_to_actions() {
        let key = |code, modifiers| action_for(&KeyEvent::new(code, modifiers));
        assert_eq!(
            key(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::QuitNow)
        );
        assert_eq!(
            key(KeyCode::Char('q'), KeyModifiers::NONE),
            Some(Action::Quit)
        );
        assert_eq!(
            key(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Action::Bottom)
        );
        assert_eq!(
            key(KeyCode::Char('?'), KeyModifiers::SHIFT),
            Some(Action::ToggleHelp)
        );
        assert_eq!(
            key(KeyCode::BackTab, KeyModifiers::SHIFT),
            Some(Action::OtherPane)
        );
        assert_eq!(key(KeyCode::Char('j'), KeyModifiers::ALT), None);
        assert_eq!(key(KeyCode::Left, KeyModifiers::ALT), Some(Action::GoBack));
        assert_eq!(
            key(KeyCode::Backspace, KeyModifiers::NONE),
            Some(Action::GoBack)
        );
        assert_eq!(
            key(KeyCode::Char('/'), KeyModifiers::NONE),
            Some(Action::Filter)
        );
        assert_eq!(
            key(KeyCode::Char('S'), KeyModifiers::SHIFT),
            Some(Action::SortReverse)
        );
        assert_eq!(
            key(KeyCode::Tab, KeyModifiers::NONE),
            Some(Action::OtherPane)
        );
        assert_eq!(
            key(KeyCode::Right, KeyModifiers::NONE),
            Some(Action::NextTab)
        );
        assert_eq!(
            key(KeyCode::Char('z'), KeyModifiers::NONE),
            Some(Action::Zoom)
        );
        assert_eq!(key(KeyCode::Char('Q'), KeyModifiers::SHIFT), None);
        // Ctrl-j is not j.
        assert_eq!(key(KeyCode::Char('j'), KeyModifiers::CONTROL), None);
    }

    #[test]
    fn in_the_filter_line_keys_edit() {
        let key = |code, modifiers| edit_for(&KeyEvent::new(code, modifiers));
        let edit = |e| Some(Action::Edit(e));
        assert_eq!(
            key(KeyCode::Char('q'), KeyModifiers::NONE),
            edit(Edit::Insert('q'))
        );
        assert_eq!(
            key(KeyCode::Char('Я'), KeyModifiers::SHIFT),
            edit(Edit::Insert('Я'))
        );
        assert_eq!(
            key(KeyCode::Char('/'), KeyModifiers::NONE),
            edit(Edit::Insert('/'))
        );
        assert_eq!(key(KeyCode::Enter, KeyModifiers::NONE), edit(Edit::Accept));
        assert_eq!(key(KeyCode::Esc, KeyModifiers::NONE), edit(Edit::Cancel));
        assert_eq!(
            key(KeyCode::Backspace, KeyModifiers::NONE),
            edit(Edit::Backspace)
        );
        assert_eq!(
            key(KeyCode::Char('u'), KeyModifiers::CONTROL),
            edit(Edit::Clear)
        );
        assert_eq!(
            key(KeyCode::Char('w'), KeyModifiers::CONTROL),
            edit(Edit::DeleteWord)
        );
        assert_eq!(
            key(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::QuitNow)
        );
        assert_eq!(key(KeyCode::Char('x'), KeyModifiers::CONTROL), None);
        assert_eq!(key(KeyCode::F(2), KeyModifiers::NONE), None);
    }
}
