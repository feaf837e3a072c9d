//! The one gate between text from a campaign file and the terminal.
//!
//! A campaign file is untrusted: it travels by email and shared folders. Any
//! text from it that is printed or drawn goes through [`sanitize`] (or
//! [`sanitize_line`]) first, so that no byte of it can move the cursor, change
//! the terminal's title, write the clipboard, or reorder what is shown.
//!
//! What is made visible, as a `\u{..}` escape:
//! - C0 controls (U+0000–U+001F) but newline, and DEL (U+007F);
//! - C1 controls (U+0080–U+009F), which some terminals read as ESC sequences;
//! - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069,
//!   U+200E, U+200F, U+061C), which reorder what is displayed;
//! - zero-width and invisible characters (U+200B–U+200D, U+2060–U+2064,
//!   U+FEFF, U+00AD) that hide text from the reader;
//! - line and paragraph separators (U+2028, U+2029).
//!
//! A tab becomes spaces so that columns stay where the layout put them.

use std::borrow::Cow;

/// How many spaces a tab becomes.
const TAB: &str = "    ";

/// True for a character that must never reach the terminal raw.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{ad}'
        | '\u{61c}'
        | '\u{200b}'..='\u{200f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{feff}')
}

fn escape_into(out: &mut String, c: char) {
    use std::fmt::Write;
    let _ = write!(out, "\\u{{{:x}}}", c as u32);
}

fn clean(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let needs_work = text
        .chars()
        .any(|c| is_unsafe(c) && !(keep_newlines && c == '\n'));
    if !needs_work {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' if keep_newlines => out.push('\n'),
            '\t' => out.push_str(TAB),
            // A CRLF line ending is a line ending, not a control to show.
            '\r' if keep_newlines && chars.peek() == Some(&'\n') => {}
            '\n' | '\r' if !keep_newlines => {
                // Fold line breaks of a one-line context into a visible mark.
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str(" ⏎ ");
            }
            c if is_unsafe(c) => escape_into(&mut out, c),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Text of several lines made safe to show: newlines kept, everything else of
/// [`is_unsafe`] escaped, tabs turned to spaces.
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
}
