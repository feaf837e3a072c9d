//! Folding text into search keys and sort keys.
//!
//! Two folds, both computed once per load for the file's text:
//!
//! - [`search_fold`] makes the key a filter word is looked for in. It is
//!   case-, diacritic- and script-insensitive: Cyrillic (Belarusian, Russian,
//!   Ukrainian) is transliterated to Latin, and then the common ways of writing
//!   the same sound in Latin are collapsed to one, so that `ярашук` finds
//!   "Aliaksandr Yarashuk" and `bieras` finds "Бераснеў".
//! - [`sort_fold`] makes the key a name column sorts by: lowercase, without
//!   diacritics (so "Č" sorts with "C"), Cyrillic transliterated, and nothing
//!   else changed, so that "Yarashuk" still sorts under Y.
//!
//! # The search fold, step by step
//!
//! 1. Lowercase. Cyrillic letters are transliterated by a table (я → ia,
//!    ю → iu, ё → io, й/і/и/ы → i, х → h, ц → c, ч → ch, ш → sh, щ → shch,
//!    ж → zh, г → h, ґ → g, ў → u, е/э/є → e, ї → i; ь, ъ dropped).
//! 2. Latin letters of the Belarusian Łacinka and of scholarly transliteration
//!    that stand for a Cyrillic digraph are written out: č → ch, š → sh,
//!    ž → zh. Letters that are not accented forms of a base letter are
//!    written out too: ł → l, ß → ss, æ → ae, œ → oe, ø → o, đ/ð → d, þ → th,
//!    ı → i.
//! 3. Every other character is decomposed (Unicode NFKD) and its combining
//!    marks dropped: é → e, ś → s, ź → z, ŭ → u, ã → a; the compatibility part
//!    of NFKD also turns ligatures, full-width and superscript forms into plain
//!    letters and digits. Letters of other scripts (Greek, Georgian, …) are kept
//!    as they are, lowercased.
//! 4. Apostrophes (' ’ ʼ `) are dropped ("Workers' Day" → "workers day",
//!    Belarusian "сям'я" → "siamia"); any other punctuation and whitespace
//!    becomes one space, and the ends are trimmed.
//! 5. Canonical Latin: y → i, j → i, w → v (so "ya", "ia" and "ja" meet, as do
//!    "yu" and "iu"); a letter repeated is written once ("Gennady" → "genadi");
//!    and three digraphs are contracted: kh → h, ts → c, ie → e (so "Vatslau"
//!    meets "Vaclau", "Bieraśnieŭ" meets "Berasneu" and "Hienadź" meets
//!    "Henadz").
//!
//! Digits are never collapsed, so "2022" stays "2022".
//!
//! # Typing a word letter by letter
//!
//! Because of the digraphs, the key of "bi" is not a prefix of the key of
//! "bieras" ("berasneu"). A filter word whose key ends in the first letter of
//! a digraph (k, t, i) is therefore also looked for with that letter replaced
//! by what the digraph becomes ([`Needle`]), so that every prefix of a word
//! finds what the whole word finds. A word that starts in the middle of a
//! digraph (`slau` for "Vatslau") is not found: start at a letter that begins a
//! sound.
//!
//! # Which spellings meet
//!
//! They meet when their keys are equal, or one contains the other:
//! Yarashuk = Ярашук, Antusevich = Антусевіч, But-Husaim = Бут-Гусаім,
//! Fiadynič = Fiadynich = Фядыніч, Berasneu = Bieraśnieŭ = Бераснеў,
//! Hienadź = Henadz, Vatslau = Vaclau, Iryna = Ірына, Siarhei = Сяргей,
//! São Paulo = sao paulo. Russian and Belarusian spellings of the same name
//! differ in their vowels and cannot meet: Yaroshuk (o) ≠ Yarashuk (a),
//! Fedynich (e) ≠ Fiadynich (ia), Berasniou (iou) ≠ Berasneu (eu),
//! Areško (o) ≠ Areshka (a) (their common start "aresh" does meet), and
//! Gennady ≠ Hienadź (g ≠ h, final "y" ≠ "dź"): the file's `aliases` cover
//! those. "g" and "h" are not merged because that would make every Latin "g"
//! find every "h" (Geneva, Georgia); Cyrillic г is read the Belarusian and
//! Ukrainian way, as h.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The transliteration of a lowercase Cyrillic letter, `None` for other
/// characters. Soft and hard signs give "".
fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "h",
        'ґ' => "g",
        'д' => "d",
        'е' | 'э' => "e",
        'є' => "ie",
        'ё' => "io",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' | 'ы' | 'й' => "i",
        'ї' => "ii",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ў' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "c",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        _ => return None,
    })
}

/// Cyrillic transliterated the usual readable way, for sort keys.
fn cyrillic_sort(c: char) -> Option<&'static str> {
    Some(match c {
        'г' => "h",
        'е' => "e",
        'є' => "ye",
        'ё' => "yo",
        'и' | 'і' => "i",
        'ы' | 'й' => "y",
        'ї' => "yi",
        'х' => "kh",
        'ц' => "ts",
        'ю' => "yu",
        'я' => "ya",
        _ => return cyrillic(c),
    })
}

/// Latin letters written out rather than stripped of a mark (step 2).
fn latin_special(c: char, search: bool) -> Option<&'static str> {
    Some(match c {
        'č' if search => "ch",
        'š' if search => "sh",
        'ž' if search => "zh",
        'ł' => "l",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' | 'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        _ => return None,
    })
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`' | '‘' | 'ʹ')
}

/// Steps 1 to 4: lowercase, transliterate, strip marks, punctuation to
/// spaces (not yet collapsed). `search` selects the search tables.
fn letters(text: &str, search: bool, out: &mut String) {
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !is_apostrophe(c) {
                out.push(' ');
            }
            continue;
        }
        if is_apostrophe(c) {
            continue;
        }
        for l in c.to_lowercase() {
            let table = if search {
                cyrillic(l)
            } else {
                cyrillic_sort(l)
            };
            if let Some(s) = table.or_else(|| latin_special(l, search)) {
                out.push_str(s);
                continue;
            }
            for d in std::iter::once(l).nfkd() {
                if is_combining_mark(d) {
                    continue;
                }
                if d.is_alphanumeric() {
                    // NFKD may give an uppercase letter (e.g. from a
                    // compatibility form); lowercase it once more.
                    out.extend(d.to_lowercase());
                } else if !is_apostrophe(d) {
                    out.push(' ');
                }
            }
        }
    }
}

/// The search key of `text` (see the module documentation).
pub fn search_fold(text: &str) -> String {
    let mut raw = String::with_capacity(text.len());
    letters(text, true, &mut raw);
    let mut out = String::with_capacity(raw.len());
    canonical(&raw, &mut out);
    out
}

/// Appends the search key of `text` to `out`.
pub(crate) fn search_fold_into(text: &str, scratch: &mut String, out: &mut String) {
    scratch.clear();
    letters(text, true, scratch);
    canonical(scratch, out);
}

/// The sort key of `text`: lowercase, no diacritics, Cyrillic transliterated,
/// punctuation and whitespace as single spaces.
pub fn sort_fold(text: &str) -> String {
    let mut raw = String::with_capacity(text.len());
    letters(text, false, &mut raw);
    let mut out = String::with_capacity(raw.len());
    for word in raw.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// What a digraph contracts to, if `a` followed by `b` is one.
fn digraph(a: char, b: char) -> Option<char> {
    match (a, b) {
        ('k', 'h') => Some('h'),
        ('t', 's') => Some('c'),
        ('i', 'e') => Some('e'),
        _ => None,
    }
}

/// What the first letter of a digraph becomes when its second letter follows.
pub(crate) fn digraph_start(c: char) -> Option<char> {
    match c {
        'k' => Some('h'),
        't' => Some('c'),
        'i' => Some('e'),
        _ => None,
    }
}

fn latin_canon(c: char) -> char {
    match c {
        'y' | 'j' => 'i',
        'w' => 'v',
        c => c,
    }
}

/// Appends `c` to `out` unless it is a letter equal to `last`, or a space
/// after a space or at the start; `last` tracks the last char appended.
fn emit(out: &mut String, last: &mut Option<char>, c: char) {
    let skip = if c == ' ' {
        last.is_none_or(|l| l == ' ')
    } else {
        c.is_alphabetic() && *last == Some(c)
    };
    if !skip {
        out.push(c);
        *last = Some(c);
    }
}

/// Step 5, appended to `out`; trailing space trimmed.
///
/// Two stages in one pass: first single letters are mapped and repeats
/// collapsed (so that the digraph stage sees "ie" in both "Hiennadz" and
/// "Hienadz"), then digraphs are contracted, with a letter that may start
/// one held back until the next letter is known.
fn canonical(raw: &str, out: &mut String) {
    let mut prev: Option<char> = None;
    let mut held: Option<char> = None;
    let mut last: Option<char> = None;
    for c in raw.chars() {
        let c = latin_canon(c);
        let repeat = if c == ' ' {
            prev.is_none_or(|p| p == ' ')
        } else {
            c.is_alphabetic() && prev == Some(c)
        };
        if repeat {
            continue;
        }
        prev = Some(c);
        if let Some(h) = held.take() {
            if let Some(joined) = digraph(h, c) {
                emit(out, &mut last, joined);
                continue;
            }
            emit(out, &mut last, h);
        }
        if digraph_start(c).is_some() {
            held = Some(c);
        } else {
            emit(out, &mut last, c);
        }
    }
    if let Some(h) = held {
        emit(out, &mut last, h);
    }
    if last == Some(' ') {
        out.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meets(a: &str, b: &str) -> bool {
        let (a, b) = (search_fold(a), search_fold(b));
        a.contains(&b) || b.contains(&a)
    }

    #[test]
    fn case_diacritics_and_special_letters() {
        assert_eq!(search_fold("Fiadynič"), "fiadinich");
        assert_eq!(search_fold("São Paulo"), "sao paulo");
        assert_eq!(search_fold("Bieraśnieŭ"), "berasneu");
        assert_eq!(search_fold("Łódź"), "lodz");
        assert_eq!(search_fold("Straße"), "strase");
        assert_eq!(search_fold("Ærø"), "aero");
        assert_eq!(search_fold("Đakovo"), "dakovo");
        assert_eq!(search_fold("Metroviários"), "metroviarios");
        assert_eq!(search_fold("ﬁne ＡＢＣ"), "fine abc");
        assert!(search_fold("Fiadynič").contains(&search_fold("fiadynic")));
    }

    #[test]
    fn punctuation_and_whitespace_become_single_spaces() {
        assert_eq!(search_fold("  But-Husaim,\t\n No. 15 "), "but husaim no 15");
        assert_eq!(search_fold("Workers' Day"), "vorkers dai");
        assert_eq!(search_fold("country’s"), "countris");
        assert_eq!(search_fold("“Write”"), "vrite");
        assert_eq!(search_fold("!!!"), "");
        assert_eq!(search_fold(""), "");
        // Digits are not collapsed.
        assert_eq!(search_fold("2022-04-11"), "2022 04 11");
    }

    #[test]
    fn cyrillic_meets_latin() {
        assert_eq!(search_fold("Аляксандр Ярашук"), "aliaksandr iarashuk");
        assert_eq!(search_fold("Aliaksandr Yarashuk"), "aliaksandr iarashuk");
        assert_eq!(search_fold("Антусевіч"), search_fold("Antusevich"));
        assert_eq!(search_fold("Бут-Гусаім"), search_fold("But-Husaim"));
        assert_eq!(search_fold("Ірына"), search_fold("Iryna"));
        assert_eq!(search_fold("Сяргей"), search_fold("Siarhei"));
        assert_eq!(search_fold("Бераснеў"), search_fold("Berasneu"));
        assert_eq!(search_fold("Бераснеў"), search_fold("Bieraśnieŭ"));
        assert_eq!(search_fold("Фядыніч"), search_fold("Fiadynich"));
        assert!(meets("Бераснеў", "bieras"));
        assert!(meets("Aliaksandr Yarashuk", "ярашук"));
        assert!(meets("Сяргей Антусевіч", "antus"));
        assert!(meets("Ірына Бут-Гусаім", "husaim"));
    }

    #[test]
    fn transliteration_variants_meet() {
        for (a, b) in [
            ("Fiadynič", "Fiadynich"),
            ("Hienadź", "Henadz"),
            ("Vatslau", "Vaclau"),
            ("Berasneu", "Bieraśnieŭ"),
            ("Kharkiv", "Харків"),
            ("Kharkiv", "Harkiv"),
            ("Yuliya", "Юлія"),
            ("Iuliia", "Юлія"),
            ("Jarašuk", "Yarashuk"),
            ("Zhanna", "Жанна"),
            ("Shchukin", "Щукін"),
            ("Tsikhanouskaya", "Ціханоўская"),
            ("Wasil", "Vasil"),
            ("Yelena", "Елена"),
        ] {
            assert!(
                meets(a, b),
                "{a} / {b}: {} / {}",
                search_fold(a),
                search_fold(b)
            );
        }
        assert_eq!(search_fold("Areško")[..5], search_fold("Areshka")[..5]);
    }

    #[test]
    fn differing_vowels_do_not_meet() {
        // Russian and Belarusian spellings; the file's aliases cover these.
        assert!(!meets("Yaroshuk", "Yarashuk"));
        assert!(!meets("Fedynich", "Fiadynich"));
        assert!(!meets("Berasniou", "Berasneu"));
        assert!(!meets("Areško", "Areshka"));
        assert!(!meets("Gennady", "Hienadź"));
        // g and h stay apart.
        assert!(!meets("Geneva", "Heneva"));
    }

    #[test]
    fn sort_fold_keeps_letters_readable() {
        assert_eq!(sort_fold("Čapek"), "capek");
        assert_eq!(sort_fold("Yarashuk"), "yarashuk");
        assert_eq!(sort_fold("Ярашук"), "yarashuk");
        assert_eq!(sort_fold("Łukasz  Ó'Brien"), "lukasz obrien");
        assert_eq!(sort_fold("Хаціна"), "khatsina");
        assert!(sort_fold("Čapek") < sort_fold("Dvořák"));
        assert!(sort_fold("Cyril") > sort_fold("Čapek"));
    }

    #[test]
    fn other_scripts_are_kept_lowercased() {
        assert_eq!(search_fold("Ελλάδα"), "ελαδα");
        assert_eq!(search_fold("თბილისი"), "თბილისი");
    }
}
