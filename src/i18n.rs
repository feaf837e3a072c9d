//! The languages of the dashboard and of `print`: Fluent messages in
//! `i18n/LANG/campaign_dash.ftl`, embedded in the binary (it works
//! offline), read through `i18n-embed`; [`t!`](crate::t) looks one up, its
//! id and arguments checked when the program is compiled against the
//! English file, the fallback of every other.
//!
//! The language is chosen once, at start ([`set`]): `--lang`, else `lang`
//! in the settings, else `LC_ALL`, `LC_MESSAGES` or `LANG` ([`from_env`]),
//! else English. A test may speak another on its own thread
//! ([`set_for_thread`]). Unicode isolation marks are off: they have no
//! width in a terminal cell and break the layout.
//!
//! What stays English whatever the language, being a format: the campaign
//! file's keys, csv and json keys, the filter's field names, the names of
//! the workbook's sheets, and the data as written.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent::FluentValue;
use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use rust_embed::RustEmbed;
use strum::{EnumCount, EnumIter, IntoEnumIterator};

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Localizations;

/// A language the program speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, EnumIter, EnumCount)]
#[repr(u8)]
pub enum Lang {
    #[default]
    En,
    Be,
    Ru,
    Uk,
    Pl,
    De,
}

impl Lang {
    /// The language's code, as `--lang` and the settings take it: "be".
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Be => "be",
            Lang::Ru => "ru",
            Lang::Uk => "uk",
            Lang::Pl => "pl",
            Lang::De => "de",
        }
    }

    /// The language's name in itself: "беларуская".
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Be => "беларуская",
            Lang::Ru => "русский",
            Lang::Uk => "українська",
            Lang::Pl => "polski",
            Lang::De => "Deutsch",
        }
    }

    /// The language of a code or a locale ("be", "be_BY.UTF-8",
    /// "de-AT"); `None` for one not spoken here.
    pub fn parse(tag: &str) -> Option<Lang> {
        let code: String = tag
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        Lang::iter().find(|l| l.code() == code)
    }

    fn from_u8(n: u8) -> Lang {
        Lang::iter().nth(usize::from(n)).unwrap_or_default()
    }
}

/// The language of the environment: the first of `LC_ALL`, `LC_MESSAGES`
/// and `LANG` that is set and not empty, as POSIX orders them; `None`
/// where it names no language spoken here ("C", "POSIX", "fr_FR").
pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| get(k))
        .find(|v| !v.trim().is_empty())
        .and_then(|v| Lang::parse(&v))
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Chooses the language of every message from now on.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// Chooses the language of this thread's messages (`None`: the one
/// [`set`] chose): for tests, each on its thread.
pub fn set_for_thread(lang: Option<Lang>) {
    THREAD.with(|t| t.set(lang));
}

/// The language messages are in.
pub fn current() -> Lang {
    THREAD
        .with(Cell::get)
        .unwrap_or_else(|| Lang::from_u8(CURRENT.load(Ordering::Relaxed)))
}

/// The loader of `lang`'s messages, English under them: made once a
/// language.
pub fn loader_of(lang: Lang) -> &'static FluentLanguageLoader {
    static LOADERS: [OnceLock<FluentLanguageLoader>; Lang::COUNT] =
        [const { OnceLock::new() }; Lang::COUNT];
    LOADERS[lang as usize].get_or_init(|| {
        let loader: FluentLanguageLoader = fluent_language_loader!();
        let fallback = loader.fallback_language().clone();
        let mut wanted = Vec::new();
        if let Ok(id) = lang.code().parse() {
            wanted.push(id);
        }
        if lang != Lang::En {
            wanted.push(fallback);
        }
        // The files are compiled in and checked by the tests: a failure
        // here leaves the fallback, never a crash.
        let _ = loader.load_languages(&Localizations, &wanted);
        loader.set_use_isolating(false);
        // intl_pluralrules 7.0.2 gives Belarusian's rules without their
        // `n % 10` (22 is "other", not "few"): its file selects on
        // PLURAL($n), this program's East Slavic rule for whole numbers.
        loader.with_bundles_mut(|bundle| {
            let _ = bundle.add_function("PLURAL", |args, _| {
                let n = match args.first() {
                    Some(FluentValue::Number(n)) => n.value,
                    _ => return FluentValue::Error,
                };
                FluentValue::from(east_slavic(n))
            });
        });
        loader
    })
}

/// The plural category of `n` by the rules Belarusian, Russian and
/// Ukrainian share for whole numbers (CLDR): "one" (1, 21, 101), "few"
/// (2-4, 22-24), "many" (0, 5-20, 25-30); "other" for a fraction.
pub fn east_slavic(n: f64) -> &'static str {
    if n.fract() != 0.0 || n < 0.0 {
        return "other";
    }
    let n = n as u64;
    match (n % 10, n % 100) {
        (1, m) if m != 11 => "one",
        (2..=4, m) if !(12..=14).contains(&m) => "few",
        _ => "many",
    }
}

/// The loader of the current language ([`current`]).
pub fn loader() -> &'static FluentLanguageLoader {
    loader_of(current())
}

/// The message `id` of the current language where it has one of its own:
/// `None` in English, and for an id no file of the language holds. For the
/// texts whose English is elsewhere, each with an id made from its name
/// (the help of each key: `help-ACTION`, English in the keymap).
pub fn lookup(id: &str) -> Option<String> {
    if current() == Lang::En {
        return None;
    }
    let l = loader();
    l.has(id).then(|| l.get(id))
}

/// The id of a text whose English is the code's: `prefix`, a dash and the
/// English's words in lower case, joined by dashes, without punctuation
/// (`column-days-held`, `field-translation-english`).
pub fn id_of(prefix: &str, english: &str) -> String {
    let words: Vec<String> = english
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || *c == '-')
                .flat_map(char::to_lowercase)
                .collect()
        })
        .collect();
    format!("{prefix}-{}", words.join("-"))
}

/// A text whose English is the code's (a column's title, a field's label)
/// in the current language: `english` itself in English, else the
/// language's message [`id_of`]`(prefix, english)`, looked up once a
/// language and kept for the program's life.
pub fn named(prefix: &'static str, english: &'static str) -> &'static str {
    named_by(prefix, english, english)
}

/// As [`named`], the id made from `key` rather than from the English (a
/// filter field's description: `filter-prisoner-days`).
pub fn named_by(prefix: &'static str, key: &'static str, english: &'static str) -> &'static str {
    type Said = std::sync::RwLock<HashMap<(&'static str, &'static str), &'static str>>;
    static SAID: PerLang<Said> = PerLang::new();
    if current() == Lang::En {
        return english;
    }
    let said = SAID.get(Default::default);
    if let Some(t) = said
        .read()
        .ok()
        .and_then(|s| s.get(&(prefix, key)).copied())
    {
        return t;
    }
    // One string a text and language, kept for the program's life.
    let t: &'static str = match lookup(&id_of(prefix, key)) {
        Some(t) => Box::leak(t.into_boxed_str()),
        None => english,
    };
    if let Ok(mut s) = said.write() {
        s.insert((prefix, key), t);
    }
    t
}

/// A message in the current language, its id and arguments checked at
/// compile time against `i18n/en/campaign_dash.ftl`:
/// `t!("tab-prisoners")`, `t!("days", n = 5)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {{
        i18n_embed_fl::fl!($crate::i18n::loader(), $id)
    }};
    ($id:literal, $($args:tt)*) => {{
        i18n_embed_fl::fl!($crate::i18n::loader(), $id, $($args)*)
    }};
}

/// Texts made once a language, the first time they are asked for (the tab
/// titles, the month names): what a frame draws costs no lookup.
pub struct PerLang<T: 'static> {
    cells: [OnceLock<T>; Lang::COUNT],
}

impl<T> PerLang<T> {
    pub const fn new() -> Self {
        PerLang {
            cells: [const { OnceLock::new() }; Lang::COUNT],
        }
    }

    /// The current language's texts, made by `make` the first time.
    pub fn get(&'static self, make: impl FnOnce() -> T) -> &'static T {
        self.cells[current() as usize].get_or_init(make)
    }
}

impl<T> Default for PerLang<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A month's short name in the current language ("Jun", "чэр"), `m` from
/// 1; "" for no month.
pub fn month_short(m: u32) -> &'static str {
    static MONTHS: PerLang<[String; 12]> = PerLang::new();
    let names = MONTHS.get(|| {
        [
            crate::t!("month-1"),
            crate::t!("month-2"),
            crate::t!("month-3"),
            crate::t!("month-4"),
            crate::t!("month-5"),
            crate::t!("month-6"),
            crate::t!("month-7"),
            crate::t!("month-8"),
            crate::t!("month-9"),
            crate::t!("month-10"),
            crate::t!("month-11"),
            crate::t!("month-12"),
        ]
    });
    m.checked_sub(1)
        .and_then(|i| names.get(i as usize))
        .map_or("", String::as_str)
}

/// The text of `lang`'s file, for the tests that keep the languages
/// complete.
pub fn file_of(lang: Lang) -> Option<String> {
    let path = format!("{}/campaign_dash.ftl", lang.code());
    let file = Localizations::get(&path)?;
    String::from_utf8(file.data.into_owned()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language() {
        assert_eq!(Lang::parse("be_BY.UTF-8"), Some(Lang::Be));
        assert_eq!(Lang::parse("de-AT"), Some(Lang::De));
        assert_eq!(Lang::parse("C"), None);
        assert_eq!(Lang::parse("fr_FR"), None);
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == k)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(from_env(env(&[("LANG", "pl_PL.UTF-8")])), Some(Lang::Pl));
        assert_eq!(
            from_env(env(&[("LANG", "pl_PL.UTF-8"), ("LC_ALL", "uk_UA")])),
            Some(Lang::Uk)
        );
        assert_eq!(
            from_env(env(&[("LC_ALL", ""), ("LC_MESSAGES", "ru_RU")])),
            Some(Lang::Ru)
        );
        assert_eq!(from_env(env(&[("LANG", "C.UTF-8")])), None);
    }

    /// CLDR's plural rules: East Slavic one/few/many, Polish's own, German
    /// one/other.
    #[test]
    fn plurals_follow_each_language() {
        let days = |lang: Lang, n: u64| {
            set_for_thread(Some(lang));
            let s = crate::t!("days", n = n, count = crate::text::thousands(n));
            set_for_thread(None);
            s
        };
        let be: Vec<String> = [1, 2, 5, 11, 21, 22, 25]
            .iter()
            .map(|&n| days(Lang::Be, n))
            .collect();
        assert_eq!(
            be,
            [
                "1 дзень",
                "2 дні",
                "5 дзён",
                "11 дзён",
                "21 дзень",
                "22 дні",
                "25 дзён"
            ]
        );
        let ru: Vec<String> = [1, 3, 5, 21].iter().map(|&n| days(Lang::Ru, n)).collect();
        assert_eq!(ru, ["1 день", "3 дня", "5 дней", "21 день"]);
        let uk: Vec<String> = [1, 4, 12].iter().map(|&n| days(Lang::Uk, n)).collect();
        assert_eq!(uk, ["1 день", "4 дні", "12 днів"]);
        let pl: Vec<String> = [1, 2, 5, 22].iter().map(|&n| days(Lang::Pl, n)).collect();
        assert_eq!(pl, ["1 dzień", "2 dni", "5 dni", "22 dni"]);
        assert_eq!(days(Lang::De, 1), "1 Tag");
        assert_eq!(days(Lang::De, 1000), "1,000 Tage");
        assert_eq!(days(Lang::En, 2), "2 days");
        // Every whole number to 1,000, in every language with few and
        // many, against CLDR's rules written out.
        let slavic = |n: u64| east_slavic(n as f64);
        let polish = |n: u64| match (n, n % 10, n % 100) {
            (1, _, _) => "one",
            (_, 2..=4, m) if !(12..=14).contains(&m) => "few",
            _ => "many",
        };
        for (lang, rule, forms) in [
            (
                Lang::Be,
                &slavic as &dyn Fn(u64) -> &'static str,
                ["падзея", "падзеі", "падзей"],
            ),
            (Lang::Ru, &slavic, ["событие", "события", "событий"]),
            (Lang::Uk, &slavic, ["подія", "події", "подій"]),
            (Lang::Pl, &polish, ["wydarzenie", "wydarzenia", "wydarzeń"]),
        ] {
            set_for_thread(Some(lang));
            for n in 0..=1000u64 {
                let got = crate::t!("agenda-events", n = n, count = n.to_string());
                let want = match rule(n) {
                    "one" => forms[0],
                    "few" => forms[1],
                    _ => forms[2],
                };
                assert_eq!(got, format!("{n} {want}"), "{lang:?} {n}");
            }
            set_for_thread(None);
        }
    }

    /// No Unicode isolation marks around arguments: they break widths.
    #[test]
    fn no_isolation_marks() {
        set_for_thread(Some(Lang::Be));
        let s = crate::t!("days-in", n = 3u64, count = "3");
        set_for_thread(None);
        assert_eq!(s, "праз 3 дні");
        assert!(!s.contains(['\u{2068}', '\u{2069}']));
    }
}
