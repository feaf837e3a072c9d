//! The user's settings file, `config.toml`: key bindings, the theme,
//! presentation mode at start, and the columns of each list. Checked like a
//! campaign file: every problem is located in the file (a [`Problem`] with
//! its span, rendered by [`crate::load`]'s renderers), with the nearest
//! known name suggested; what is wrong is left out and its default used, so
//! a broken settings file never stops the dashboard.
//!
//! Pure: `main` finds and reads the file ([`default_path`] says where) and
//! hands the text here.

use std::ffi::OsString;
use std::ops::Range;
use std::path::PathBuf;

use strum::{IntoEnumIterator, VariantNames};
use toml::de::{DeTable, DeValue};

use crate::app::columns::{self, ColumnKey};
use crate::app::keymap::{self, Keymap, RebindError};
use crate::load::{Problem, Severity, did_you_mean};
use crate::look::{Palette, Role, ThemeName, color_name, parse_color};
use crate::view::View;

/// What the settings file sets; [`Settings::default`] when it sets nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The keys in force: the compiled-in keymap with the file's bindings.
    pub keys: Keymap,
    pub theme: ThemeName,
    /// The theme's colours with the file's colours by role over them.
    pub palette: Palette,
    /// Start in presentation mode (as `--present`).
    pub present: bool,
    /// The columns of the lists the file names, in its order.
    pub columns: Vec<(View, Vec<ColumnKey>)>,
    /// Mark what changed since this git revision or day (as `--since`).
    pub since: Option<String>,
    /// Warn of addresses, notes and letter writers kept for prisoners
    /// released longer ago than the campaign's `retain_days`.
    pub retention_warnings: bool,
    /// The age identity file that opens encrypted campaign files, where
    /// the command line names none (`-i`); `~/` is the home folder.
    pub identity: Option<String>,
    /// The language of the screens (`lang = "be"`), where `--lang` names
    /// none; `None`: the environment's.
    pub lang: Option<crate::i18n::Lang>,
    /// Keep a local history of the versions that loaded
    /// ([`crate::load::history`]); `history = false` turns it off.
    pub history: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            keys: Keymap::default(),
            theme: ThemeName::Dark,
            palette: Palette::default(),
            present: false,
            columns: Vec::new(),
            since: None,
            retention_warnings: true,
            identity: None,
            lang: None,
            history: true,
        }
    }
}

/// The settings a file gives, and what is wrong in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub settings: Settings,
    pub problems: Vec<Problem>,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }
}

/// Where the settings file is when `--config` names none:
/// `$XDG_CONFIG_HOME/campaign-dash/config.toml` (an absolute path), else
/// `$HOME/.config/campaign-dash/config.toml`.
pub fn default_path(xdg_config_home: Option<OsString>, home: Option<OsString>) -> Option<PathBuf> {
    let base = xdg_config_home
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            home.filter(|h| !h.is_empty())
                .map(|h| PathBuf::from(h).join(".config"))
        })?;
    Some(base.join("campaign-dash").join("config.toml"))
}

/// The sections of the file.
const SECTIONS: &[&str] = &[
    "present",
    "since",
    "retention_warnings",
    "history",
    "identity",
    "lang",
    "theme",
    "keys",
    "filter-keys",
    "columns",
];

/// The lists whose columns can be chosen.
fn lists() -> impl Iterator<Item = View> + Clone {
    View::iter().filter(|v| v.kind().is_some())
}

/// Reads a settings file's text.
pub fn parse(text: &str) -> Checked {
    let mut cx = Cx {
        problems: Vec::new(),
    };
    let mut settings = Settings::default();
    let root = match DeTable::parse(text) {
        Ok(root) => root,
        Err(e) => {
            cx.error(
                e.span().unwrap_or(0..0),
                crate::t!("check-invalid-toml", message = e.message().trim()),
                Some(crate::t!("settings-invalid-toml-help")),
            );
            return Checked {
                settings,
                problems: cx.problems,
            };
        }
    };
    for (key, value) in root.get_ref() {
        let span = key.span();
        match key.get_ref().as_ref() {
            "present" => cx.boolean("present", value, &mut settings.present),
            "identity" => match value.get_ref() {
                DeValue::String(path) if !path.trim().is_empty() => {
                    settings.identity = Some(path.trim().to_owned());
                }
                _ => cx.error(value.span(), crate::t!("settings-identity"), None),
            },
            "lang" => match value.get_ref() {
                DeValue::String(code) if crate::i18n::Lang::parse(code).is_some() => {
                    settings.lang = crate::i18n::Lang::parse(code);
                }
                _ => {
                    let codes: Vec<String> = crate::i18n::Lang::iter()
                        .map(|l| format!("\"{}\"", l.code()))
                        .collect();
                    cx.error(
                        value.span(),
                        crate::t!("settings-lang", codes = codes.join(", ")),
                        None,
                    );
                }
            },
            "history" => cx.boolean("history", value, &mut settings.history),
            "retention_warnings" => cx.boolean(
                "retention_warnings",
                value,
                &mut settings.retention_warnings,
            ),
            "since" => match value.get_ref() {
                DeValue::String(rev) if !rev.trim().is_empty() => {
                    settings.since = Some(rev.trim().to_owned());
                }
                _ => cx.error(value.span(), crate::t!("settings-since"), None),
            },
            "theme" => theme(&mut cx, value, &mut settings),
            "keys" => keys(&mut cx, value, false, &mut settings.keys),
            "filter-keys" => keys(&mut cx, value, true, &mut settings.keys),
            "columns" => chosen_columns(&mut cx, value, &mut settings.columns),
            other => cx.unknown(span, Unknown::Setting, other, SECTIONS.iter().copied()),
        }
    }
    // In the order of the file (tables are read in the order of their keys).
    cx.problems.sort_by_key(|p| (p.span.start, p.span.end));
    Checked {
        settings,
        problems: cx.problems,
    }
}

/// What a name not known was meant to name.
#[derive(Clone, Copy)]
enum Unknown<'a> {
    Setting,
    Theme,
    Role,
    Action,
    FilterAction,
    List,
    /// A column of the list named.
    Column(&'a str),
}

/// The problems found so far.
struct Cx {
    problems: Vec<Problem>,
}

impl Cx {
    fn push(
        &mut self,
        severity: Severity,
        span: Range<usize>,
        message: String,
        help: Option<String>,
    ) {
        self.problems.push(Problem {
            severity,
            message,
            span,
            help,
        });
    }

    fn error(&mut self, span: Range<usize>, message: String, help: Option<String>) {
        self.push(Severity::Error, span, message, help);
    }

    fn warn(&mut self, span: Range<usize>, message: String, help: Option<String>) {
        self.push(Severity::Warning, span, message, help);
    }

    /// An unknown name of a `what`, with the nearest of `known` suggested
    /// (else all of them listed).
    fn unknown<'a>(
        &mut self,
        span: Range<usize>,
        what: Unknown<'_>,
        name: &str,
        known: impl Iterator<Item = &'a str> + Clone,
    ) {
        let help = did_you_mean(name, known.clone()).unwrap_or_else(|| {
            crate::t!(
                "settings-known",
                names = known.collect::<Vec<_>>().join(", ")
            )
        });
        let name = crate::sanitize::sanitize_line(name);
        let message = match what {
            Unknown::Setting => crate::t!("settings-unknown-setting", name = name),
            Unknown::Theme => crate::t!("settings-unknown-theme", name = name),
            Unknown::Role => crate::t!("settings-unknown-role", name = name),
            Unknown::Action => crate::t!("settings-unknown-action", name = name),
            Unknown::FilterAction => crate::t!("settings-unknown-filter-action", name = name),
            Unknown::List => crate::t!("settings-unknown-list", name = name),
            Unknown::Column(list) => {
                crate::t!("settings-unknown-column", name = name, list = list)
            }
        };
        self.error(span, message, Some(help));
    }

    /// A setting that is true or false, into `to`; said when it is not.
    fn boolean(&mut self, key: &str, value: &toml::Spanned<DeValue<'_>>, to: &mut bool) {
        match value.get_ref() {
            DeValue::Boolean(b) => *to = *b,
            _ => self.error(
                value.span(),
                crate::t!("settings-must-be-bool", key = key),
                None,
            ),
        }
    }

    /// The table a section must be; `None` (and said) when it is not.
    fn table<'v, 'i>(
        &mut self,
        name: &str,
        value: &'v toml::Spanned<DeValue<'i>>,
    ) -> Option<&'v DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => {
                self.error(
                    value.span(),
                    crate::t!("settings-must-be-table", name = name),
                    None,
                );
                None
            }
        }
    }

    /// A list of strings (a single string is a list of one), with the span
    /// of each; `None` (and said) for anything else.
    fn strings(
        &mut self,
        name: &str,
        value: &toml::Spanned<DeValue<'_>>,
    ) -> Option<Vec<(String, Range<usize>)>> {
        let bad = |cx: &mut Cx, span| {
            cx.error(span, crate::t!("settings-must-be-names", name = name), None);
        };
        match value.get_ref() {
            DeValue::String(s) => Some(vec![(s.to_string(), value.span())]),
            DeValue::Array(items) => {
                let mut out = Vec::new();
                for item in items {
                    match item.get_ref() {
                        DeValue::String(s) => out.push((s.to_string(), item.span())),
                        _ => {
                            bad(self, item.span());
                            return None;
                        }
                    }
                }
                Some(out)
            }
            _ => {
                bad(self, value.span());
                None
            }
        }
    }
}

/// `theme = "light"`, or a `[theme]` table with `name` and colours by role.
fn theme(cx: &mut Cx, value: &toml::Spanned<DeValue<'_>>, settings: &mut Settings) {
    let mut set_name = |cx: &mut Cx, v: &toml::Spanned<DeValue<'_>>| match v.get_ref() {
        DeValue::String(s) => match s.parse::<ThemeName>() {
            Ok(name) => {
                settings.theme = name;
                settings.palette = Palette::of(name);
            }
            Err(_) => cx.unknown(
                v.span(),
                Unknown::Theme,
                s,
                ThemeName::VARIANTS.iter().copied(),
            ),
        },
        _ => cx.error(
            v.span(),
            crate::t!(
                "settings-theme-one-of",
                names = ThemeName::VARIANTS.join(", ")
            ),
            None,
        ),
    };
    if let DeValue::String(_) = value.get_ref() {
        set_name(cx, value);
        return;
    }
    let Some(table) = cx.table("theme", value) else {
        return;
    };
    // The name first: the colours go over its palette.
    if let Some(v) = table.get("name") {
        set_name(cx, v);
    }
    let roles = || std::iter::once("name").chain(Role::VARIANTS.iter().copied());
    for (key, v) in table {
        let name = key.get_ref().as_ref();
        if name == "name" {
            continue;
        }
        let Ok(role) = name.parse::<Role>() else {
            cx.unknown(key.span(), Unknown::Role, name, roles());
            continue;
        };
        match v.get_ref() {
            DeValue::String(s) => match parse_color(s) {
                Some(c) => settings.palette.set(role, c),
                None => cx.error(
                    v.span(),
                    crate::t!(
                        "settings-not-a-colour",
                        role = name,
                        value = crate::sanitize::sanitize_line(s)
                    ),
                    Some(crate::t!("settings-colour-help")),
                ),
            },
            _ => cx.error(
                v.span(),
                crate::t!("settings-colour-in-quotes", role = name),
                None,
            ),
        }
    }
}

/// `[keys]` (or with `edit`, `[filter-keys]`): action = keys.
fn keys(cx: &mut Cx, value: &toml::Spanned<DeValue<'_>>, edit: bool, keymap: &mut Keymap) {
    let section = if edit { "filter-keys" } else { "keys" };
    let Some(table) = cx.table(section, value) else {
        return;
    };
    // The actions a binding took the last key of, and where; said at the
    // end if no later binding gave them one.
    let mut emptied: Vec<(&'static str, String, Range<usize>)> = Vec::new();
    // The keys given so far, and to what: a key given twice keeps the
    // first (in the file's order), whatever order the table is read in.
    let mut taken: Vec<(ratatui::crossterm::event::KeyEvent, String)> = Vec::new();
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    for (key, v) in entries {
        let name = key.get_ref().as_ref();
        let Some(mut given) = cx.strings(name, v) else {
            continue;
        };
        given.retain(|(k, span)| {
            let Some(event) = keymap::event_for(k) else {
                return true;
            };
            match taken.iter().find(|(e, _)| *e == event) {
                Some((_, first)) => {
                    cx.error(
                        span.clone(),
                        crate::t!(
                            "settings-key-taken",
                            action = name,
                            key = crate::sanitize::sanitize_line(k),
                            first = first.as_str()
                        ),
                        Some(crate::t!("settings-key-taken-help")),
                    );
                    false
                }
                None => {
                    taken.push((event, name.to_owned()));
                    true
                }
            }
        });
        if given.is_empty() {
            continue;
        }
        let names: Vec<String> = given.iter().map(|(k, _)| k.clone()).collect();
        match keymap.rebind(edit, name, &names) {
            Ok(left) => {
                emptied.retain(|(other, _, _)| *other != name);
                emptied.extend(left.into_iter().map(|o| (o, name.to_owned(), v.span())));
            }
            Err(RebindError::UnknownAction(known)) => {
                let what = if edit {
                    Unknown::FilterAction
                } else {
                    Unknown::Action
                };
                cx.unknown(key.span(), what, name, known.into_iter());
            }
            Err(RebindError::UnknownKey(i)) => cx.error(
                given[i].1.clone(),
                crate::t!(
                    "settings-unknown-key",
                    action = name,
                    key = crate::sanitize::sanitize_line(&given[i].0)
                ),
                Some(crate::t!("settings-key-names")),
            ),
            Err(RebindError::NoKeys) => {
                cx.error(v.span(), crate::t!("settings-no-keys", action = name), None)
            }
        }
    }
    for (other, by, span) in emptied {
        cx.warn(
            span,
            crate::t!("settings-last-key", by = by, other = other),
            Some(crate::t!(
                "settings-last-key-help",
                other = other,
                section = section
            )),
        );
    }
}

/// `[columns]`: list = the columns it shows, in order.
fn chosen_columns(
    cx: &mut Cx,
    value: &toml::Spanned<DeValue<'_>>,
    chosen: &mut Vec<(View, Vec<ColumnKey>)>,
) {
    let Some(table) = cx.table("columns", value) else {
        return;
    };
    for (key, v) in table {
        let name = key.get_ref().as_ref();
        let Some(view) = lists().find(|l| l.name() == name) else {
            cx.unknown(key.span(), Unknown::List, name, lists().map(View::name));
            continue;
        };
        let Some(given) = cx.strings(name, v) else {
            continue;
        };
        let all = columns::columns(view);
        let mut keys = Vec::new();
        for (column, span) in given {
            // By its name, or another name `--sort` takes for it ("days",
            // "combined").
            let named = view
                .kind()
                .and_then(|k| crate::query::SortColumn::parse(k, &column).ok());
            let found = all
                .iter()
                .find(|c| c.name() == column || named.is_some_and(|s| c.key == ColumnKey::Sort(s)));
            match found {
                Some(c) if keys.contains(&c.key) => {
                    cx.warn(
                        span,
                        crate::t!(
                            "settings-column-twice",
                            list = name,
                            column = column.as_str()
                        ),
                        None,
                    );
                }
                Some(c) => keys.push(c.key),
                None => cx.unknown(
                    span,
                    Unknown::Column(name),
                    &column,
                    all.iter().map(|c| c.name()),
                ),
            }
        }
        if keys.is_empty() {
            cx.error(v.span(), crate::t!("settings-no-column", list = name), None);
        } else {
            chosen.push((view, keys));
        }
    }
}

/// A settings file with every default, each explained: what
/// `campaign-dash config --default` writes.
pub fn default_text() -> String {
    let d = Settings::default();
    let quoted = |keys: &[String]| {
        let keys: Vec<String> = keys.iter().map(|k| format!("{k:?}")).collect();
        format!("[{}]", keys.join(", "))
    };
    let mut out = String::from(
        "# The settings of campaign-dash, with every default. It is read from\n\
         # $XDG_CONFIG_HOME/campaign-dash/config.toml, else\n\
         # ~/.config/campaign-dash/config.toml (`campaign-dash --config FILE` names\n\
         # another); `campaign-dash config` checks it. Each setting is shown with its\n\
         # default, commented out: take away the `# ` of those you change.\n\
         \n\
         # Start the dashboard in presentation mode, as --present does (p shows\n\
         # them again); hidden:\n",
    );
    for line in crate::text::wrap(&crate::present::hidden_list(), 74) {
        out.push_str(&format!("#   {line}\n"));
    }
    out.push_str(&format!("# present = {}\n\n", d.present));
    out.push_str(
        "# Mark each record added (+) or changed (~) since this version of the\n\
         # campaign file, as --since does (which wins): a git revision or a day.\n\
         # since = \"HEAD~1\"\n\n",
    );
    out.push_str(
        "# The age identity file (age-keygen's) that opens encrypted campaign files\n\
         # (.age) when the command line names none with -i; ~/ is your home folder.\n\
         # identity = \"~/.config/campaign-dash/key.txt\"\n\n",
    );
    out.push_str(
        "# The language of the screens and of print's words, where --lang names\n\
         # none: en, be, ru, uk, pl or de (without it: LC_ALL, LC_MESSAGES or LANG).\n\
         # lang = \"be\"\n\n",
    );
    out.push_str(&format!(
        "# Warn (check, the dashboard's problems) of an address, notes or letters'\n\
         # writers kept for a prisoner released longer ago than the campaign's\n\
         # retain_days (365 when it does not say).\n\
         # retention_warnings = {}\n\n",
        d.retention_warnings
    ));
    out.push_str(&format!(
        "# Keep each version of a campaign file that loads without errors (the\n\
         # dashboard, check and print read it), the last 50 and every one of the\n\
         # last 14 days, in $XDG_STATE_HOME/campaign-dash/history (else\n\
         # ~/.local/state/campaign-dash/history), readable by you only; an\n\
         # encrypted file's versions stay encrypted. `campaign-dash history FILE`\n\
         # lists them, `campaign-dash restore FILE --at N` writes one back.\n\
         # history = {}\n\n",
        d.history
    ));
    out.push_str(&format!(
        "[theme]\n# {}; the colours below go over the theme's.\n# name = {:?}\n\
         # Colours by role: a name (red, blue, lightgreen, darkgray, ...), an index\n\
         # of the 256 colours (0-255), or #rrggbb.\n",
        ThemeName::VARIANTS.join(", "),
        <&str>::from(d.theme)
    ));
    for role in Role::iter() {
        out.push_str(&format!(
            "# {} = {:?}    # {}\n",
            <&str>::from(role),
            color_name(d.palette.get(role)),
            role.what()
        ));
    }
    out.push_str(
        "\n# The dashboard's keys: an action = the keys that trigger it. A binding\n\
         # replaces the action's keys; a key given to one action is taken from any\n\
         # other. Key names: a character (\"j\", \"G\", \"?\"), or enter, esc, tab,\n\
         # backtab (Shift-Tab), up, down, left, right, home, end, pageup, pagedown,\n\
         # backspace, delete; \"ctrl-\" or \"alt-\" before a key.\n[keys]\n",
    );
    for b in &d.keys.bind {
        out.push_str(&format!(
            "# {} = {}    # {}\n",
            keymap::action_name(b.action),
            quoted(&b.keys),
            b.help
        ));
    }
    out.push_str("\n# The keys of the filter line that / opens; any other character is typed.\n[filter-keys]\n");
    for b in &d.keys.edit {
        out.push_str(&format!(
            "# {} = {}    # {}\n",
            keymap::edit_action_name(b.edit),
            quoted(&b.keys),
            b.help
        ));
    }
    out.push_str(
        "\n# The columns each list shows, in order (those that do not fit the width\n\
         # are left out, the least needed first).\n[columns]\n",
    );
    for view in lists() {
        let names: Vec<String> = crate::table::default_columns(view)
            .iter()
            .map(|c| c.name().to_owned())
            .collect();
        out.push_str(&format!("# {} = {}\n", view.name(), quoted(&names)));
        let more: Vec<&str> = columns::columns(view)
            .iter()
            .filter(|c| c.optional)
            .map(|c| c.name())
            .collect();
        if !more.is_empty() {
            out.push_str(&format!("#   (can also name: {})\n", more.join(", ")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::line_col;

    fn at(text: &str, p: &Problem) -> (usize, usize) {
        line_col(text, p.span.start)
    }

    #[test]
    fn the_default_text_reads_back_as_the_defaults() {
        let text = default_text();
        assert_eq!(parse(&text).settings, Settings::default());
        // Every setting uncommented: the defaults still, without a problem.
        let text: String = text
            .lines()
            .map(|l| match l.strip_prefix("# ") {
                Some(rest)
                    if rest.split_once(" = ").is_some_and(|(k, _)| {
                        k.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    }) =>
                {
                    format!("{rest}\n")
                }
                _ => format!("{l}\n"),
            })
            .collect();
        let checked = parse(&text);
        assert_eq!(checked.problems, vec![], "{text}");
        assert_eq!(checked.settings.keys, Settings::default().keys);
        assert_eq!(checked.settings.palette, Settings::default().palette);
        assert!(!checked.settings.present);
        // Every list names all its columns, which is what showing none chosen shows.
        assert_eq!(
            checked.settings.columns.len(),
            crate::view::View::iter()
                .filter(|v| v.kind().is_some())
                .count()
        );
        for (view, keys) in &checked.settings.columns {
            let all: Vec<ColumnKey> = crate::table::default_columns(*view)
                .iter()
                .map(|c| c.key)
                .collect();
            assert_eq!(keys, &all);
        }
    }

    #[test]
    fn a_file_sets_keys_theme_presentation_and_columns() {
        let text = "present = true\ntheme = \"light\"\n[keys]\ndown = [\"n\", \"down\"]\nnext-match = \"ctrl-n\"\n[columns]\nprisoners = [\"name\", \"days-held\"]\n";
        let c = parse(text);
        assert_eq!(c.problems, vec![]);
        // A key given to two actions stays with the first.
        let twice = parse("[keys]\nup = [\"x\"]\ndown = [\"x\", \"j\"]\n");
        assert_eq!(twice.errors(), 1, "{:?}", twice.problems);
        assert!(twice.problems[0].message.contains("given to `up` already"));
        assert_eq!(twice.settings.keys.label(crate::app::Action::Down), "j/x");
        let s = c.settings;
        assert!(s.present);
        assert_eq!(s.theme, ThemeName::Light);
        assert_eq!(s.palette, Palette::of(ThemeName::Light));
        assert_eq!(s.keys.label(crate::app::Action::Down), "n/k");
        assert_eq!(s.keys.key(crate::app::Action::NextMatch), "Ctrl-N");
        assert_eq!(s.columns.len(), 1);
        assert_eq!(s.columns[0].0, View::Prisoners);
        assert_eq!(s.columns[0].1.len(), 2);
    }

    #[test]
    fn every_problem_is_located_and_the_nearest_name_suggested() {
        let text = "presnt = true\n[theme]\nname = \"ligth\"\naccent = \"bluish\"\nkye = \"red\"\n[keys]\ndwon = [\"x\"]\nup = [\"k\", \"kk\"]\n[columns]\nprisoners = [\"name\", \"stauts\"]\nprisnors = [\"name\"]\n";
        let c = parse(text);
        let got: Vec<((usize, usize), &str, Option<&str>)> = c
            .problems
            .iter()
            .map(|p| (at(text, p), p.message.as_str(), p.help.as_deref()))
            .collect();
        let want_at = [
            (
                (1, 1),
                "unknown setting `presnt`",
                Some("did you mean `present`?"),
            ),
            (
                (3, 8),
                "unknown theme `ligth`",
                Some("did you mean `light`?"),
            ),
            ((4, 10), "`accent`: `bluish` is not a colour", None),
            (
                (5, 1),
                "unknown colour role `kye`",
                Some("did you mean `key`?"),
            ),
            (
                (7, 1),
                "unknown action `dwon`",
                Some("did you mean `down`?"),
            ),
            ((8, 12), "`up`: unknown key `kk`", None),
            (
                (10, 22),
                "unknown column of prisoners `stauts`",
                Some("did you mean `status`?"),
            ),
            (
                (11, 1),
                "unknown list `prisnors`",
                Some("did you mean `prisoners`?"),
            ),
        ];
        assert_eq!(got.len(), want_at.len(), "{got:#?}");
        for (g, w) in got.iter().zip(want_at) {
            assert_eq!(g.0, w.0, "{g:?}");
            assert_eq!(g.1, w.1, "{g:?}");
            if w.2.is_some() {
                assert_eq!(g.2, w.2, "{g:?}");
            }
        }
        // What is right is kept; what is wrong keeps its default.
        assert_eq!(c.settings.keys.key(crate::app::Action::Up), "k");
        assert_eq!(c.settings.theme, ThemeName::Dark);
        assert_eq!(c.settings.columns[0].1.len(), 1);
    }

    #[test]
    fn broken_toml_is_located_and_leaves_every_default() {
        let c = parse("[keys]\ndown = [\"j\"\n");
        assert_eq!(c.errors(), 1);
        assert!(
            c.problems[0].message.starts_with("invalid TOML"),
            "{:?}",
            c.problems
        );
        assert_eq!(c.settings, Settings::default());
    }

    #[test]
    fn the_file_is_found_under_xdg_config_home_else_home() {
        let p =
            |x: Option<&str>, h: Option<&str>| default_path(x.map(Into::into), h.map(Into::into));
        assert_eq!(
            p(Some("/x"), Some("/home/u")),
            Some(PathBuf::from("/x/campaign-dash/config.toml"))
        );
        assert_eq!(
            p(Some("relative"), Some("/home/u")),
            Some(PathBuf::from("/home/u/.config/campaign-dash/config.toml"))
        );
        assert_eq!(p(None, None), None);
    }
}
