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
fn keymap() -> &'static Keymap {
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

fn parse_edit(name: &str) -> Option<EditKey> {
    Some(EditKey::Edit(match name {
        "left" => Edit::Left,
        "right" => Edit::Right,
        "home" => Edit::Home,
        "end" => Edit::End,
        "backspace" => Edit::Backspace,
        "delete" => Edit::Delete,
        "clear" => Edit::Clear,
        "delete-word" => Edit::DeleteWord,
        "accept" => Edit::Accept,
        "cancel" => Edit::Cancel,
        "quit" => return Some(EditKey::Quit),
        _ => return None,
    }))
}

fn parse_action(name: &str) -> Option<Action> {
    Some(match name {
        "tab-overview" => Action::GoTab(Tab::Overview),
        "tab-prisoners" => Action::GoTab(Tab::Prisoners),
        "tab-events" => Action::GoTab(Tab::Events),
        "tab-statements" => Action::GoTab(Tab::Statements),
        "tab-organisations" => Action::GoTab(Tab::Organisations),
        "tab-petitions" => Action::GoTab(Tab::Petitions),
        "next-tab" => Action::NextTab,
        "prev-tab" => Action::PrevTab,
        "other-pane" => Action::OtherPane,
        "go-back" => Action::GoBack,
        "filter" => Action::Filter,
        "toggle-filter" => Action::ToggleFilter,
        "next-match" => Action::NextMatch,
        "prev-match" => Action::PrevMatch,
        "zoom" => Action::Zoom,
        "sort-by" => Action::SortBy,
        "sort" => Action::SortNext,
        "reverse-sort" => Action::SortReverse,
        "present" => Action::TogglePresent,
        "down" => Action::Down,
        "up" => Action::Up,
        "page-down" => Action::PageDown,
        "page-up" => Action::PageUp,
        "top" => Action::Top,
        "bottom" => Action::Bottom,
        "open" => Action::Open,
        "back" => Action::Back,
        "help" => Action::ToggleHelp,
        "reload" => Action::Reload,
        "problems" => Action::Problems,
        "suspend" => Action::Suspend,
        "quit" => Action::Quit,
        "quit-now" => Action::QuitNow,
        _ => return None,
    })
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

/// The action a key press triggers, if the keymap binds it.
pub fn action_for(event: &KeyEvent) -> Option<Action> {
    let key = key_of(event)?;
    bindings()
        .iter()
        .find(|b| b.parsed.contains(&key))
        .map(|b| b.action)
}

/// What a key press does in the open filter line: the keymap's `[[edit]]`
/// keys, else a character typed (with or without Shift). Anything else
/// (function keys, Alt or Ctrl with an unbound key) does nothing.
pub fn edit_for(event: &KeyEvent) -> Option<Action> {
    let key = key_of(event)?;
    if let Some(b) = edit_bindings().iter().find(|b| b.parsed.contains(&key)) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
