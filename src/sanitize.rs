//! The one gate between text from a campaign file and the terminal.
//!
//! A campaign file is untrusted: it travels by email and shared folders. Any
//! text from it that is printed or drawn goes through [`sanitize`] (or
//! [`sanitize_line`]) first, so that no byte of it can move the cursor, change
//! the terminal's title, write the clipboard, reorder what is shown, hide
//! text, or make a frame cost more than the screen holds.
//!
//! What is made visible, as a `\u{..}` escape ([`is_unsafe`]):
//! - C0 controls (U+0000–U+001F) but newline, and DEL (U+007F);
//! - C1 controls (U+0080–U+009F), which some terminals read as ESC sequences;
//! - every format character (general category Cf, from the crate
//!   `unicode-properties`): bidirectional overrides, isolates and marks,
//!   zero-width spaces, the word joiner and invisible operators, the BOM,
//!   the soft hyphen, the interlinear annotation characters, the Mongolian
//!   vowel separator, the deprecated format characters U+206A–U+206F, the
//!   musical ones U+1D173–U+1D17A, the language tag U+E0001, ...;
//! - the invisible fillers that are not Cf: the Hangul fillers (U+115F,
//!   U+1160, U+3164, U+FFA0), the combining grapheme joiner (U+034F) and
//!   Khmer's invisible vowels (U+17B4, U+17B5);
//! - line and paragraph separators (U+2028, U+2029).
//!
//! Kept raw only where they do their work ([`is_contextual`]), and escaped
//! elsewhere:
//! - ZWJ (U+200D) and ZWNJ (U+200C), which emoji sequences and Indic,
//!   Arabic-script and other scripts need: only between two visible
//!   non-ASCII characters (or after a virama, for a Malayalam chillu at a
//!   word's end). At the start or end of a text, beside a space, doubled, or
//!   between ASCII letters (where they join nothing and only hide that two
//!   names differ) they are shown.
//! - the tag characters (U+E0020–U+E007F): only in a flag of a subdivision
//!   (🏴, 1 to 7 tag letters or digits, CANCEL TAG: England, Scotland,
//!   Wales), never as hidden words.
//!
//! Variation selectors (U+FE0E, U+FE0F) are marks, not format characters,
//! and are kept.
//!
//! One character (a grapheme cluster: what a terminal, and ratatui, put in
//! one cell) keeps at most [`MAX_MARKS`] combining marks in a row and
//! [`MAX_CHARACTER`] code points in all; the rest are left out and shown as
//! `⟨+N⟩`, N the count left out. So what is drawn of a name with millions of
//! marks is a few bytes a cell. Only the first [`LINE_BYTES`] of a line
//! (and [`TEXT_BYTES`] of a text of several lines) are read at all, the
//! cut said by [`CUT`]: the work of drawing a cell depends on the screen,
//! never on how much the file holds.
//!
//! A tab becomes spaces so that columns stay where the layout put them.

use std::borrow::Cow;
use std::fmt::Write;

use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};
use unicode_segmentation::UnicodeSegmentation;

/// How many spaces a tab becomes.
const TAB: &str = "    ";

/// The combining marks kept in a row on one character; the rest are shown
/// as a count.
pub const MAX_MARKS: usize = 8;

/// The code points kept of one character (a grapheme cluster, which a
/// terminal, and ratatui, draw in one cell); the rest are shown as a count.
/// The longest emoji sequences are 10.
pub const MAX_CHARACTER: usize = 16;

/// The most of one line's text that is read: a line is never shown wider
/// than a screen, and 16 KiB is thousands of columns of any script. What
/// is longer is cut there, and [`CUT`] said; so what a cell or a title
/// costs to draw depends on the screen, not on the file.
pub const LINE_BYTES: usize = 16 * 1024;

/// The most of a text of several lines (notes, a statement's words) that
/// is read, for the same reason: a long speech is some tens of KiB.
pub const TEXT_BYTES: usize = 256 * 1024;

/// What ends a text cut at [`LINE_BYTES`] or [`TEXT_BYTES`].
pub const CUT: &str = "⟨… cut: too long to show⟩";

/// The longest tag run of a flag: a subdivision code is a region (2 letters
/// or 3 digits) and up to 4 letters or digits.
const MAX_TAGS: usize = 7;

const ZWNJ: char = '\u{200c}';
const ZWJ: char = '\u{200d}';
/// The base of a flag of a subdivision (🏴, WAVING BLACK FLAG).
const TAG_BASE: char = '\u{1f3f4}';
const CANCEL_TAG: char = '\u{e007f}';

/// True for a character that must never reach the terminal raw, wherever it
/// stands: controls, line and paragraph separators, every format character
/// (Unicode general category Cf: bidi controls, zero-width spaces, soft
/// hyphen, interlinear annotations, ...), and the invisible fillers (Hangul
/// fillers, the combining grapheme joiner, Khmer's invisible vowels). The
/// two joiners and the tag characters are not: they are kept where they
/// join (see [`is_contextual`]).
pub fn is_unsafe(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    match c {
        '\u{80}'..='\u{9f}' | '\u{2028}' | '\u{2029}' => true,
        '\u{115f}' | '\u{1160}' | '\u{3164}' | '\u{ffa0}' | '\u{34f}' | '\u{17b4}' | '\u{17b5}' => {
            true
        }
        c if is_contextual(c) => false,
        c => c.general_category() == GeneralCategory::Format,
    }
}

/// The format characters that [`sanitize`] keeps raw only where they do
/// their work, and shows as escapes elsewhere: ZWJ (U+200D) and ZWNJ
/// (U+200C) between two visible non-ASCII characters (or after a virama:
/// a Malayalam chillu at the end of a word), and the tag characters
/// (U+E0020–U+E007F) in a flag of a subdivision (🏴 then 1 to 7 tag
/// letters or digits then CANCEL TAG). Data outputs (json) escape them always.
pub fn is_contextual(c: char) -> bool {
    matches!(c, ZWNJ | ZWJ | '\u{e0020}'..='\u{e007f}')
}

fn is_mark(c: char) -> bool {
    !c.is_ascii() && c.general_category_group() == GeneralCategoryGroup::Mark
}

/// A character a joiner may stand beside: visible and not ASCII (no ASCII
/// letter forms a ligature or conjunct with a joiner).
fn joinable(c: char) -> bool {
    !c.is_ascii() && !c.is_whitespace() && !is_unsafe(c) && !is_contextual(c)
}

/// The length in bytes of the tags of a valid flag of a subdivision at the
/// start of `rest` (just after its 🏴), cancel tag included; 0 if none.
fn flag_tags(rest: &str) -> usize {
    let mut len = 0;
    for (n, c) in rest.chars().enumerate() {
        match c {
            CANCEL_TAG if n > 0 => return len + c.len_utf8(),
            '\u{e0030}'..='\u{e0039}' | '\u{e0061}'..='\u{e007a}' if n < MAX_TAGS => {
                len += c.len_utf8();
            }
            _ => return 0,
        }
    }
    0
}

fn escape_into(out: &mut String, c: char) {
    let _ = write!(out, "\\u{{{:x}}}", c as u32);
}

/// The text being made: borrowed from the input until the first change.
struct Out<'a> {
    text: &'a str,
    made: Option<String>,
}

impl Out<'_> {
    /// `piece` of the input, kept.
    fn keep(&mut self, piece: &str) {
        if let Some(made) = &mut self.made {
            made.push_str(piece);
        }
    }

    /// The text to write a change into, at byte `at` of the input.
    fn change(&mut self, at: usize) -> &mut String {
        let text = self.text;
        self.made.get_or_insert_with(|| {
            let mut made = String::with_capacity(text.len().min(at + 256) + 16);
            made.push_str(&text[..at]);
            made
        })
    }
}

fn clean(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let limit = if keep_newlines {
        TEXT_BYTES
    } else {
        LINE_BYTES
    };
    if text.len() > limit {
        let mut end = limit;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut shown = clean(&text[..end], keep_newlines).into_owned();
        shown.push_str(CUT);
        return Cow::Owned(shown);
    }
    // Plain ASCII (most fields): only controls can need work.
    let needs_work = |b: u8| b.is_ascii_control() && !(keep_newlines && b == b'\n');
    if text.is_ascii() && !text.bytes().any(needs_work) {
        return Cow::Borrowed(text);
    }
    // Names and titles in Latin or Cyrillic letters, with typographic
    // quotes and dashes: nothing to change either.
    if text
        .chars()
        .all(|c| is_plain(c) || keep_newlines && c == '\n')
    {
        return Cow::Borrowed(text);
    }
    clean_clusters(text, keep_newlines)
}

/// A character the cluster-by-cluster pass would keep as it is, whatever
/// stands beside it: printable ASCII, and the letters of Latin-1, Latin
/// Extended A, B and Additional and Cyrillic and the dashes, quotes and
/// bullets of General Punctuation, none of which is a mark or joins a
/// cluster (a test holds this against [`clean_clusters`] for every one).
fn is_plain(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{a1}'..='\u{ac}'
        | '\u{ae}'..='\u{24f}'
        | '\u{400}'..='\u{482}'
        | '\u{48a}'..='\u{52f}'
        | '\u{1e00}'..='\u{1eff}'
        | '\u{2010}'..='\u{2027}')
        && !is_unsafe(c)
        && !is_contextual(c)
}

/// [`clean`] of text that may need changing: grapheme cluster by cluster.
fn clean_clusters(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let mut out = Out { text, made: None };
    // The last character written raw can stand beside a joiner / is a virama.
    let (mut after_joinable, mut after_virama) = (false, false);
    // Tags up to this byte belong to a valid flag.
    let mut flag_end = 0;
    for (start, cluster) in text.grapheme_indices(true) {
        let (mut count, mut marks) = (0, 0);
        let mut chars = cluster.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let at = start + i;
            let mark = is_mark(c);
            marks = if mark { marks + 1 } else { 0 };
            count += 1;
            if count > MAX_CHARACTER || marks > MAX_MARKS {
                let rest = cluster[i..].chars().count();
                let _ = write!(out.change(at), "⟨+{rest}⟩");
                after_joinable = false;
                break;
            }
            let next = text[at + c.len_utf8()..].chars().next();
            let mut raw = false;
            match c {
                '\n' if keep_newlines => out.keep("\n"),
                '\t' => out.change(at).push_str(TAB),
                // A CRLF line ending is a line ending, not a control to show.
                '\r' if keep_newlines && next == Some('\n') => {
                    out.change(at);
                }
                '\n' | '\r' if !keep_newlines => {
                    // Fold line breaks of a one-line context into a visible mark.
                    if c == '\r' && next == Some('\n') {
                        chars.next();
                    }
                    out.change(at).push_str(" ⏎ ");
                }
                ZWJ | ZWNJ if after_joinable && (after_virama || next.is_some_and(joinable)) => {
                    raw = true;
                }
                '\u{e0020}'..='\u{e007f}' if at < flag_end => raw = true,
                c if is_unsafe(c) || is_contextual(c) => escape_into(out.change(at), c),
                c => {
                    if c == TAG_BASE {
                        flag_end = at + c.len_utf8() + flag_tags(&text[at + c.len_utf8()..]);
                    }
                    raw = true;
                }
            }
            if raw {
                out.keep(&cluster[i..i + c.len_utf8()]);
            }
            after_joinable = raw && joinable(c);
            after_virama =
                after_joinable && unicode_normalization::char::canonical_combining_class(c) == 9;
        }
    }
    match out.made {
        Some(made) => Cow::Owned(made),
        None => Cow::Borrowed(text),
    }
}

/// Text of several lines made safe to show: newlines kept, everything else of
/// [`is_unsafe`] escaped (and the joiners and tags of [`is_contextual`] where
/// they join nothing), tabs turned to spaces, and each character cut to
/// [`MAX_MARKS`] marks in a row and [`MAX_CHARACTER`] code points, with
/// `⟨+N⟩` in place of the N left out.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    clean(text, true)
}

/// Text for a single line (a table cell, a title, a status bar): like
/// [`sanitize`], and line breaks are shown as ` ⏎ `.
pub fn sanitize_line(text: &str) -> Cow<'_, str> {
    clean(text, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut of [`is_plain`] gives what the cluster-by-cluster pass
    /// gives: every such character alone, beside each other and beside
    /// the characters that join clusters, kept as it is.
    #[test]
    fn plain_characters_are_kept_by_the_cluster_pass_too() {
        let plain: Vec<char> = (0..0x2100u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_plain(c))
            .collect();
        assert!(plain.len() > 1000, "{}", plain.len());
        assert!(plain.contains(&'Ś') && plain.contains(&'ў') && plain.contains(&'“'));
        for &c in &plain {
            for text in [
                c.to_string(),
                format!("a{c}b"),
                format!("{c}{c}{c}"),
                format!("Ярашук {c}"),
            ] {
                for keep in [false, true] {
                    assert!(
                        matches!(clean_clusters(&text, keep), Cow::Borrowed(_)),
                        "{c:?} U+{:04X} in {text:?}",
                        c as u32
                    );
                    assert!(matches!(clean(&text, keep), Cow::Borrowed(_)));
                }
            }
        }
        // Beside a combining mark, a joiner or a control, the cluster pass
        // decides, as before.
        let flood = format!("a{}", "\u{301}".repeat(40));
        assert!(matches!(clean(&flood, false), Cow::Owned(_)));
        assert_eq!(
            clean("Ś\u{202e}x", false),
            clean_clusters("Ś\u{202e}x", false)
        );
        assert_eq!(clean("Ś\nx", false), clean_clusters("Ś\nx", false));
        assert!(matches!(clean("Ś\nx", true), Cow::Borrowed(_)));
    }

    #[test]
    fn plain_text_is_borrowed_untouched() {
        let s = "Аляксандр Ярашук — São Paulo 日本 🙂";
        assert!(matches!(sanitize(s), Cow::Borrowed(_)));
        assert!(matches!(sanitize_line(s), Cow::Borrowed(_)));
    }

    #[test]
    fn every_control_is_escaped() {
        for c in (0u32..0x20).chain(0x7f..0xa0) {
            let c = char::from_u32(c).unwrap();
            if c == '\n' || c == '\t' {
                continue;
            }
            let shown = sanitize(&format!("a{c}b")).into_owned();
            assert_eq!(shown, format!("a\\u{{{:x}}}b", c as u32));
            assert!(!shown.chars().any(is_unsafe), "{shown:?}");
        }
    }

    #[test]
    fn bidi_and_invisible_characters_are_escaped() {
        for c in [
            '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}', '\u{200e}', '\u{200f}', '\u{61c}', '\u{200b}', '\u{200c}',
            '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}', '\u{2028}', '\u{2029}',
        ] {
            let shown = sanitize_line(&format!("x{c}y")).into_owned();
            assert_eq!(shown, format!("x\\u{{{:x}}}y", c as u32));
        }
    }

    #[test]
    fn escape_sequences_cannot_pass() {
        let hostile = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{1b}]52;c;aGk=\u{7}";
        let shown = sanitize(hostile);
        assert!(!shown.contains('\u{1b}') && !shown.contains('\u{7}') && !shown.contains('\u{9b}'));
        assert_eq!(
            shown,
            "\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{9b}31m\\u{1b}]52;c;aGk=\\u{7}"
        );
    }

    #[test]
    fn newlines_and_tabs() {
        assert_eq!(sanitize("a\nb\tc"), "a\nb    c");
        assert_eq!(sanitize("a\r\nb"), "a\nb");
        assert_eq!(sanitize("a\rb"), "a\\u{d}b");
        assert_eq!(sanitize_line("a\nb"), "a ⏎ b");
        assert_eq!(sanitize_line("a\r\nb"), "a ⏎ b");
    }

    /// The invisible characters the attack on the binary found passing.
    fn found_passing() -> Vec<char> {
        let ranges = [
            (0xe0001, 0xe0001),
            (0xe0020, 0xe007f),
            (0x115f, 0x1160),
            (0x3164, 0x3164),
            (0xffa0, 0xffa0),
            (0x180e, 0x180e),
            (0x034f, 0x034f),
            (0xfff9, 0xfffb),
            (0x206a, 0x206f),
            (0x1d173, 0x1d17a),
        ];
        ranges
            .into_iter()
            .flat_map(|(a, b)| a..=b)
            .map(|c| char::from_u32(c).unwrap())
            .collect()
    }

    #[test]
    fn the_invisible_characters_found_are_shown() {
        for c in found_passing() {
            let hex = c as u32;
            for (text, shown) in [
                (format!("x{c}y"), format!("x\\u{{{hex:x}}}y")),
                (format!("{c}"), format!("\\u{{{hex:x}}}")),
                // After the base of a tag sequence, but not in a valid one.
                (
                    format!("🏴{c}{c}é"),
                    format!("🏴\\u{{{hex:x}}}\\u{{{hex:x}}}é"),
                ),
            ] {
                assert_eq!(sanitize_line(&text), shown, "U+{hex:04X}");
                assert_eq!(sanitize(&text), shown, "U+{hex:04X}");
            }
        }
    }

    #[test]
    fn every_format_character_is_shown_but_the_joiners_and_tags() {
        use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
        let mut seen = 0;
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if c.general_category() != GeneralCategory::Format {
                continue;
            }
            seen += 1;
            let contextual = matches!(c, '\u{200c}' | '\u{200d}' | '\u{e0020}'..='\u{e007f}');
            assert_eq!(is_unsafe(c), !contextual, "U+{:04X}", c as u32);
            let shown = sanitize_line(&format!("a{c}b")).into_owned();
            assert_eq!(shown, format!("a\\u{{{:x}}}b", c as u32));
        }
        assert!(seen > 160, "{seen}");
    }

    #[test]
    fn joiners_are_kept_between_two_visible_characters_that_need_them() {
        for kept in [
            // Emoji ZWJ sequences: a family, a rainbow flag, a woman
            // technologist with a skin tone, the eye in a speech bubble.
            "👨\u{200d}👩\u{200d}👧\u{200d}👦",
            "🏳\u{fe0f}\u{200d}🌈",
            "👩🏽\u{200d}💻",
            "👁\u{fe0f}\u{200d}🗨\u{fe0f}",
            // Devanagari: a half form by ZWJ, a visible virama by ZWNJ.
            "क्\u{200d}ष",
            "क्\u{200c}ष",
            // Persian: می‌خواهم, the ZWNJ that keeps the prefix apart.
            "می\u{200c}خواهم",
            // Malayalam chillu by ZWJ after the virama, at the end of a
            // word, അവന് and a ZWJ (the atomic chillu letters came later).
            "അവന്\u{200d}",
            "അവന്\u{200d} വന്നു",
        ] {
            assert_eq!(sanitize_line(kept), kept, "{kept:?}");
            assert!(matches!(sanitize(kept), Cow::Borrowed(_)), "{kept:?}");
        }
    }

    #[test]
    fn joiners_that_join_nothing_are_shown() {
        for (text, shown) in [
            // Between ASCII letters they hide a difference: "Alice" twice.
            ("Ali\u{200c}ce", "Ali\\u{200c}ce"),
            ("Ali\u{200d}ce", "Ali\\u{200d}ce"),
            // At either end, beside a space, doubled.
            ("\u{200d}👩", "\\u{200d}👩"),
            ("👩\u{200d}", "👩\\u{200d}"),
            ("👩 \u{200d}💻", "👩 \\u{200d}💻"),
            ("👩\u{200d} 💻", "👩\\u{200d} 💻"),
            ("👩\u{200d}\u{200d}💻", "👩\\u{200d}\\u{200d}💻"),
            ("می\u{200c}\u{200c}خواهم", "می\\u{200c}\\u{200c}خواهم"),
            // Beside a control or another format character, shown too.
            ("é\u{200b}\u{200d}é", "é\\u{200b}\\u{200d}é"),
        ] {
            assert_eq!(sanitize_line(text), shown, "{text:?}");
        }
    }

    #[test]
    fn tags_are_kept_only_in_a_flag_of_a_subdivision() {
        let tags = |s: &str| -> String {
            s.chars()
                .map(|c| char::from_u32(0xe0000 + c as u32).unwrap())
                .collect()
        };
        let cancel = '\u{e007f}';
        // England, Scotland, Wales; and a valid code of 7 (the longest).
        for code in ["gbeng", "gbsct", "gbwls", "usca", "fr75c"] {
            let flag = format!("🏴{}{cancel}", tags(code));
            assert_eq!(sanitize_line(&flag), flag, "{code}");
        }
        let esc = |s: &str| -> String {
            s.chars()
                .map(|c| format!("\\u{{{:x}}}", 0xe0000 + c as u32))
                .collect()
        };
        for (text, shown) in [
            // No base, another base, no cancel tag, an empty one, capitals,
            // punctuation, longer than any subdivision code.
            (
                format!("a{}{cancel}", tags("gbsct")),
                format!("a{}\\u{{e007f}}", esc("gbsct")),
            ),
            (
                format!("🏳{}{cancel}", tags("gbsct")),
                format!("🏳{}\\u{{e007f}}", esc("gbsct")),
            ),
            (
                format!("🏴{}", tags("gbsct")),
                format!("🏴{}", esc("gbsct")),
            ),
            (format!("🏴{cancel}"), "🏴\\u{e007f}".to_owned()),
            (
                format!("🏴{}{cancel}", tags("GBSCT")),
                format!("🏴{}\\u{{e007f}}", esc("GBSCT")),
            ),
            (
                format!("🏴{}{cancel}", tags("gb-sc")),
                format!("🏴{}\\u{{e007f}}", esc("gb-sc")),
            ),
            (
                format!("🏴{}{cancel}", tags("gbsctxyz")),
                format!("🏴{}\\u{{e007f}}", esc("gbsctxyz")),
            ),
            // Hidden words after a flag: the flag stays, the words show.
            (
                format!("🏴{}{cancel}{}", tags("gbsct"), tags("pay")),
                format!("🏴{}{cancel}{}", tags("gbsct"), esc("pay")),
            ),
        ] {
            assert_eq!(sanitize_line(&text), shown, "{text:?}");
        }
    }

    #[test]
    fn variation_selectors_and_ordinary_marks_are_kept() {
        for kept in [
            "❤\u{fe0f}",
            "☺\u{fe0e}",
            // Vietnamese, decomposed: two marks on one letter.
            "Nguye\u{302}\u{303}n",
            // Tibetan: a stack of subjoined letters and a vowel (8 marks).
            "ཧ\u{f90}\u{fb5}\u{fa8}\u{fb3}\u{fba}\u{fbc}\u{fbb}\u{f82}",
            // Hebrew with points and a cantillation mark.
            "שָׁ\u{591}לוֹם",
            // Devanagari conjuncts.
            "क्ष्म्य",
        ] {
            assert_eq!(sanitize_line(kept), kept, "{kept:?}");
        }
    }

    #[test]
    fn a_character_keeps_at_most_eight_marks_and_shows_how_many_it_lost() {
        let flood = format!("e{}x", "\u{301}".repeat(5_000));
        let shown = format!("e{}⟨+4992⟩x", "\u{301}".repeat(MAX_MARKS));
        assert_eq!(sanitize_line(&flood), shown);
        assert_eq!(sanitize(&flood), shown);
        // Nine is one too many; marks on another letter count anew.
        let nine = format!("a{}", "\u{308}".repeat(9));
        assert_eq!(sanitize(&nine), format!("a{}⟨+1⟩", "\u{308}".repeat(8)));
        let two = format!("a{m}b{m}", m = "\u{308}".repeat(8));
        assert_eq!(sanitize(&two), two);
    }

    #[test]
    fn a_text_longer_than_any_screen_is_read_only_so_far() {
        // 30 million marks on one letter: what is read, and so what a
        // frame costs, stops at the limit, and the cut is said.
        let flood = format!("e{}s Bialiatski", "\u{301}".repeat(30_000_000));
        let line = sanitize_line(&flood);
        let kept = (LINE_BYTES - 1) / 2;
        assert_eq!(
            line,
            format!(
                "e{}⟨+{}⟩{CUT}",
                "\u{301}".repeat(MAX_MARKS),
                kept - MAX_MARKS
            )
        );
        let text = sanitize(&flood);
        assert!(text.ends_with(CUT) && text.len() < 200, "{text}");
        // Up to the limit, nothing is cut; a cut never splits a character.
        let long = "ы".repeat(LINE_BYTES / 2);
        assert_eq!(sanitize_line(&long), long);
        let longer = format!("a{long}");
        let cut = sanitize_line(&longer);
        assert_eq!(cut, format!("a{}{CUT}", "ы".repeat(LINE_BYTES / 2 - 1)));
    }

    #[test]
    fn one_character_keeps_at_most_sixteen_code_points() {
        // A chain of flags joined by ZWJ is one character to the terminal
        // (and to ratatui, which puts it in one cell) however long.
        let link = "🏳\u{200d}";
        let chain = format!("{}🏳 end", link.repeat(1_000));
        let shown = sanitize_line(&chain).into_owned();
        assert_eq!(shown, format!("{}⟨+1985⟩ end", link.repeat(8)));
        // So is a run of Hangul leading consonants.
        let jamo = "\u{1100}".repeat(1000);
        assert_eq!(
            sanitize(&jamo),
            format!("{}⟨+984⟩", "\u{1100}".repeat(MAX_CHARACTER))
        );
        // The longest emoji (10 code points) is kept whole.
        let kiss = "👩🏻\u{200d}❤\u{fe0f}\u{200d}💋\u{200d}👨🏼";
        assert_eq!(kiss.chars().count(), 10);
        assert_eq!(sanitize_line(kiss), kiss);
    }

    #[test]
    fn what_is_kept_of_any_hostile_text_is_bounded_per_character() {
        use unicode_segmentation::UnicodeSegmentation;
        let floods = [
            "\u{301}".repeat(10_000),
            "\u{200d}".repeat(10_000),
            "\u{e0067}".repeat(10_000),
            "\u{1160}".repeat(10_000),
            "\u{fe0f}".repeat(10_000),
            "\u{1f3fb}".repeat(10_000),
            "\u{d4e}".repeat(10_000),
            format!("🏴{}", "\u{e0067}".repeat(10_000)),
            "\u{1f1e6}".repeat(10_000),
        ];
        for flood in floods {
            for text in [flood.clone(), format!("x{flood}"), format!("क{flood}y")] {
                let shown = sanitize(&text);
                let longest = shown.graphemes(true).map(|g| g.len()).max().unwrap();
                assert!(longest <= 4 * MAX_CHARACTER, "{longest} bytes");
            }
        }
    }
}
