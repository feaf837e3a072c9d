//! The keymap: which key does what, read once from `keymap.toml` compiled into
//! the binary. The help overlay is generated from the same table, so what it
//! says is what the keys do.

use std::sync::OnceLock;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use serde::Deserialize;

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

/// A key as the keymap names it: a code and whether Ctrl is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    code: KeyCode,
    ctrl: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    bind: Vec<RawBinding>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBinding {
    keys: Vec<String>,
    action: String,
    help: String,
}

/// The bindings of the compiled-in keymap, parsed once.
pub fn bindings() -> &'static [Binding] {
    static BINDINGS: OnceLock<Vec<Binding>> = OnceLock::new();
    BINDINGS.get_or_init(|| {
        // The keymap is part of the source; a test parses it, so this cannot
        // fail in a build that passed its tests.
        parse(KEYMAP_TOML).unwrap_or_else(|e| panic!("the compiled-in keymap is broken: {e}"))
    })
}

/// Parses a keymap; the error names the binding at fault.
pub fn parse(text: &str) -> Result<Vec<Binding>, String> {
    let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
    file.bind
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
        .collect()
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
        "down" => Action::Down,
        "up" => Action::Up,
        "page-down" => Action::PageDown,
        "page-up" => Action::PageUp,
        "top" => Action::Top,
        "bottom" => Action::Bottom,
        "open" => Action::Open,
        "back" => Action::Back,
        "help" => Action::ToggleHelp,
        "quit" => Action::Quit,
        _ => return None,
    })
}

fn parse_key(name: &str) -> Option<Key> {
    let (ctrl, rest) = match name.strip_prefix("ctrl-") {
        Some(rest) if !rest.is_empty() => (true, rest),
        _ => (false, name),
    };
    let code = match rest {
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
    Some(Key { code, ctrl })
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
    match key.code {
        KeyCode::Char(c) if c.is_ascii_uppercase() || "?~!@#$%^&*()_+{}|:\"<>".contains(c) => {
            modifiers |= KeyModifiers::SHIFT;
        }
        KeyCode::BackTab => modifiers |= KeyModifiers::SHIFT,
        _ => {}
    }
    Some(KeyEvent::new(key.code, modifiers))
}

/// The action a key press triggers, if the keymap binds it. Key releases
/// (reported by some terminals) trigger nothing.
pub fn action_for(event: &KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    // Shift is part of the character itself ("G", "?"); Alt combinations are
    // not bound.
    if event.modifiers.contains(KeyModifiers::ALT) {
        return None;
    }
    let code = match event.code {
        // Some terminals report Ctrl-C as upper case with Shift.
        KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
        code => code,
    };
    let key = Key { code, ctrl };
    bindings()
        .iter()
        .find(|b| b.parsed.contains(&key))
        .map(|b| b.action)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_in_keymap_parses_and_binds_each_key_once() {
        let all = parse(KEYMAP_TOML).unwrap();
        assert!(all.len() >= 18);
        let mut seen = Vec::new();
        for b in &all {
            for k in &b.parsed {
                assert!(!seen.contains(k), "{k:?} bound twice");
                seen.push(*k);
            }
            assert!(!b.help.trim().is_empty());
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
            Some(Action::PrevTab)
        );
        assert_eq!(key(KeyCode::Char('j'), KeyModifiers::ALT), None);
        assert_eq!(key(KeyCode::Char('z'), KeyModifiers::NONE), None);
        // Ctrl-j is not j.
        assert_eq!(key(KeyCode::Char('j'), KeyModifiers::CONTROL), None);
    }
}
