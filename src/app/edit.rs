//! Editing a one-line input (the filter line): the keys a shell's line
//! editor has, on a `String` and a cursor that is a byte offset on a
//! character boundary, so any Unicode text (Cyrillic, accents) edits as
//! characters.

/// One editing key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Type a character at the cursor.
    Insert(char),
    Left,
    Right,
    Home,
    End,
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the character under the cursor.
    Delete,
    /// Clear the whole line (Ctrl-U).
    Clear,
    /// Delete the word before the cursor, and the spaces after it (Ctrl-W).
    DeleteWord,
    /// Keep the line and close it (Enter).
    Accept,
    /// Clear the line and close it (Esc).
    Cancel,
    /// In a form: the next field (Tab, Down).
    NextField,
    /// In a form: the field before (Shift-Tab, Up).
    PrevField,
}

/// Applies `edit` to `text` with the cursor at byte `cursor`. Returns
/// whether the text changed. [`Edit::Accept`] and [`Edit::Cancel`] are for
/// the caller and change nothing here.
pub fn apply(text: &mut String, cursor: &mut usize, edit: Edit) -> bool {
    *cursor = (*cursor).min(text.len());
    while !text.is_char_boundary(*cursor) {
        *cursor -= 1;
    }
    let before = |t: &str, at: usize| t[..at].chars().next_back().map_or(0, char::len_utf8);
    let after = |t: &str, at: usize| t[at..].chars().next().map_or(0, char::len_utf8);
    match edit {
        Edit::Insert(c) => {
            // What the terminal would act on (escapes, bidi overrides) is
            // never typed into the line, so it is never drawn raw.
            if c.is_control() || crate::sanitize::is_unsafe(c) {
                return false;
            }
            text.insert(*cursor, c);
            *cursor += c.len_utf8();
            true
        }
        Edit::Left => {
            *cursor -= before(text, *cursor);
            false
        }
        Edit::Right => {
            *cursor += after(text, *cursor);
            false
        }
        Edit::Home => {
            *cursor = 0;
            false
        }
        Edit::End => {
            *cursor = text.len();
            false
        }
        Edit::Backspace => {
            let n = before(text, *cursor);
            if n == 0 {
                return false;
            }
            *cursor -= n;
            text.replace_range(*cursor..*cursor + n, "");
            true
        }
        Edit::Delete => {
            let n = after(text, *cursor);
            if n == 0 {
                return false;
            }
            text.replace_range(*cursor..*cursor + n, "");
            true
        }
        Edit::Clear => {
            let changed = !text.is_empty();
            text.clear();
            *cursor = 0;
            changed
        }
        Edit::DeleteWord => {
            let head = &text[..*cursor];
            let trimmed = head.trim_end_matches(char::is_whitespace);
            let start = trimmed
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            if start == *cursor {
                return false;
            }
            text.replace_range(start..*cursor, "");
            *cursor = start;
            true
        }
        Edit::Accept | Edit::Cancel | Edit::NextField | Edit::PrevField => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(start: &str, cursor: usize, edits: &[Edit]) -> (String, usize) {
        let mut text = start.to_owned();
        let mut c = cursor;
        for e in edits {
            apply(&mut text, &mut c, *e);
        }
        (text, c)
    }

    #[test]
    fn typing_and_moving_over_cyrillic() {
        let typed: Vec<Edit> = "ярашук".chars().map(Edit::Insert).collect();
        assert_eq!(run("", 0, &typed), ("ярашук".into(), "ярашук".len()));
        let (t, c) = run("ярашук", 12, &[Edit::Left, Edit::Left, Edit::Backspace]);
        assert_eq!(t, "яраук");
        assert_eq!(&t[c..], "ук");
        let (t, c) = run("ярашук", 12, &[Edit::Home, Edit::Delete, Edit::Right]);
        assert_eq!(t, "рашук");
        assert_eq!(&t[c..], "ашук");
        let (t, c) = run("ab", 1, &[Edit::End, Edit::Insert('ŭ')]);
        assert_eq!((t.as_str(), c), ("abŭ", 4));
        // At the ends nothing happens.
        assert_eq!(
            run("ab", 0, &[Edit::Backspace, Edit::Left]),
            ("ab".into(), 0)
        );
        assert_eq!(run("ab", 2, &[Edit::Delete, Edit::Right]), ("ab".into(), 2));
        // A cursor inside a character is moved back onto a boundary.
        assert_eq!(run("я", 1, &[Edit::Insert('x')]), ("xя".into(), 1));
        // Control characters and bidi overrides are not typed.
        assert_eq!(run("a", 1, &[Edit::Insert('\u{1b}')]), ("a".into(), 1));
        assert_eq!(run("a", 1, &[Edit::Insert('\u{202e}')]), ("a".into(), 1));
    }

    #[test]
    fn ctrl_u_clears_and_ctrl_w_deletes_a_word() {
        assert_eq!(run("org:bkdp rep", 5, &[Edit::Clear]), (String::new(), 0));
        assert_eq!(
            run("org:bkdp rep  ", 14, &[Edit::DeleteWord]),
            ("org:bkdp ".into(), 9)
        );
        assert_eq!(
            run("org:bkdp rep", 12, &[Edit::DeleteWord, Edit::DeleteWord]),
            (String::new(), 0)
        );
        assert_eq!(
            run("ярашук бремен", 12, &[Edit::DeleteWord]),
            (" бремен".into(), 0)
        );
        assert_eq!(run("", 0, &[Edit::DeleteWord]), (String::new(), 0));
    }
}
