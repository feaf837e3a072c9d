//! Problems as text: `FILE:LINE:COL: severity: message`, then the line with
//! the offending part underlined, then the help.

use crate::text::thousands;
use std::fmt::Write;
use std::ops::Range;

use unicode_width::UnicodeWidthStr;

use super::{MAX_PROBLEMS, Omitted, Problem, Severity};
use crate::sanitize::sanitize_line;

const BOM: char = '\u{feff}';

/// The largest char boundary of `text` at or before `offset`.
fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut i = offset.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where the line holding `offset` starts (after a BOM on the first line).
fn line_start(text: &str, offset: usize) -> usize {
    let offset = floor_boundary(text, offset);
    match text[..offset].rfind('\n') {
        Some(i) => i + 1,
        None if text.starts_with(BOM) => BOM.len_utf8(),
        None => 0,
    }
}

/// The end of the line starting at `start`, without its `\n` or `\r\n`.
fn line_end(text: &str, start: usize) -> usize {
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    if end > start && text.as_bytes()[end - 1] == b'\r' {
        end - 1
    } else {
        end
    }
}

/// The 1-based line and column of a byte offset; the column counts
/// characters (not bytes), and a byte-order mark is not counted. An offset
/// past the end is taken as the end.
///
/// This scans the text up to the offset; to locate many offsets in one
/// text, use a [`LineIndex`].
pub fn line_col(text: &str, byte_offset: usize) -> (usize, usize) {
    let offset = floor_boundary(text, byte_offset);
    let start = line_start(text, offset);
    let line = text[..start].bytes().filter(|&b| b == b'\n').count() + 1;
    let col = text[start.min(offset)..offset].chars().count() + 1;
    (line, col)
}

/// Where every line of a text starts, built once, so that locating many
/// offsets in one large text costs a search each, not a scan.
#[derive(Debug, Clone)]
pub struct LineIndex<'t> {
    text: &'t str,
    /// The byte offset of each line's first character (after a BOM on the
    /// first line).
    starts: Vec<usize>,
    /// The last offset located, its line and column: the next offset on
    /// the same line, further on, is counted from there.
    memo: (usize, usize, usize),
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let first = if text.starts_with(BOM) {
            BOM.len_utf8()
        } else {
            0
        };
        let mut starts = vec![first];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex {
            text,
            starts,
            memo: (first, 1, 1),
        }
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, byte_offset: usize) -> usize {
        let offset = floor_boundary(self.text, byte_offset);
        // The first start is at most 3 (a BOM), so at least one start is
        // at or before any offset but those inside the BOM.
        self.starts.partition_point(|&s| s <= offset).max(1)
    }

    /// Where a line (1-based) starts and ends, without its `\n` or `\r\n`,
    /// as byte offsets; a line past the last is the empty end of the text.
    pub fn bounds(&self, line: usize) -> (usize, usize) {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return (self.text.len(), self.text.len());
        };
        let start = start.min(self.text.len());
        let mut end = self
            .starts
            .get(line)
            .map_or(self.text.len(), |&next| next - 1);
        if end > start && self.text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        (start, end)
    }

    /// The same as [`line_col`], for the text this index was built on.
    pub fn line_col(&mut self, byte_offset: usize) -> (usize, usize) {
        let offset = floor_boundary(self.text, byte_offset);
        let line = self.line(offset);
        let start = self.starts[line - 1];
        let (memo_offset, memo_line, memo_col) = self.memo;
        let col = if memo_line == line && memo_offset <= offset {
            memo_col + self.text[memo_offset..offset].chars().count()
        } else {
            self.text[start.min(offset)..offset].chars().count() + 1
        };
        self.memo = (offset.max(start), line, col);
        (line, col)
    }
}

/// How to dress the severity words and the underline.
#[derive(Debug, Clone, Copy)]
struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

fn severity_code(s: Severity) -> &'static str {
    match s {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
    }
}

/// The problem as plain text, GNU style first line then a snippet:
///
/// ```text
/// campaign.toml:12:1: error: prisoners[1] "yarashuk": unknown key `detaned`
///    |
/// 12 | detaned = 2022-04-19
///    | ^^^^^^^
///    = help: did you mean `detained`?
/// ```
pub fn render_problem(p: &Problem, file_name: &str, text: &str) -> String {
    render(p, file_name, text, Paint { on: false })
}

/// Every problem of one text, rendered as [`render_problem_colored`] does,
/// locating them through one [`LineIndex`]: for the many problems of a large
/// file, in time that grows with the file, not with problems times file.
pub fn render_problems<'a>(
    problems: &'a [Problem],
    file_name: &'a str,
    text: &'a str,
    color: bool,
) -> impl Iterator<Item = String> + 'a {
    let mut index = LineIndex::new(text);
    problems.iter().map(move |p| {
        let start = floor_boundary(text, p.span.start);
        let (line, col) = index.line_col(start);
        let bounds = index.bounds(line);
        render_at(p, file_name, text, Paint { on: color }, (line, col), bounds)
    })
}

/// Where each problem of one text is, and how grave, with nothing of what it
/// says: `campaign.toml:135:1: error`. What presentation mode prints, since a
/// message, and the line of the file under it, can quote any field.
pub fn render_places<'a>(
    problems: &'a [Problem],
    file_name: &'a str,
    text: &'a str,
) -> impl Iterator<Item = String> + 'a {
    let mut index = LineIndex::new(text);
    let file = sanitize_line(file_name);
    problems.iter().map(move |p| {
        let (line, col) = index.line_col(floor_boundary(text, p.span.start));
        format!("{file}:{line}:{col}: {}", severity_word(p.severity))
    })
}

/// Like [`render_problem`], with ANSI colours on the severity, the underline
/// and the help when `color` is true.
pub fn render_problem_colored(p: &Problem, file_name: &str, text: &str, color: bool) -> String {
    render(p, file_name, text, Paint { on: color })
}

/// How many columns of a long line a snippet shows before the start of the
/// span, and from it on: a file may hold one line of megabytes.
const SNIPPET_BEFORE: usize = 60;
const SNIPPET_AFTER: usize = 100;

/// How wide a character of the file is once made safe to show.
fn shown_width(c: char) -> usize {
    let mut buf = [0; 4];
    UnicodeWidthStr::width(sanitize_line(c.encode_utf8(&mut buf)).as_ref())
}

/// Where the stretch of `text[from..at]` that ends at `at` and shows in at
/// most `cols` columns starts.
fn back_by_width(text: &str, from: usize, at: usize, cols: usize) -> usize {
    let mut width = 0;
    let mut start = at;
    for (i, c) in text[from..at].char_indices().rev() {
        width += shown_width(c);
        if width > cols {
            break;
        }
        start = from + i;
    }
    start
}

/// Where the stretch of `text[at..to]` that starts at `at` and shows in at
/// most `cols` columns ends.
fn forward_by_width(text: &str, at: usize, to: usize, cols: usize) -> usize {
    let mut width = 0;
    let mut end = at;
    for (i, c) in text[at..to].char_indices() {
        width += shown_width(c);
        if width > cols {
            break;
        }
        end = at + i + c.len_utf8();
    }
    end
}

fn render(p: &Problem, file_name: &str, text: &str, paint: Paint) -> String {
    let start = floor_boundary(text, p.span.start);
    let ls = line_start(text, start);
    render_at(
        p,
        file_name,
        text,
        paint,
        line_col(text, start),
        (ls, line_end(text, ls)),
    )
}

/// Renders `p`, whose start is at `line` and `col`, on the line that runs
/// from byte `ls` to `le` (its end of line excluded).
fn render_at(
    p: &Problem,
    file_name: &str,
    text: &str,
    paint: Paint,
    (line, col): (usize, usize),
    (ls, le): (usize, usize),
) -> String {
    let Range { start, end } = p.span.clone();
    let start = floor_boundary(text, start);
    let end = floor_boundary(text, end.max(start));
    let sev = severity_word(p.severity);
    let code = severity_code(p.severity);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}:{line}:{col}: {}: {}",
        sanitize_line(file_name),
        paint.wrap(code, &sev),
        paint.wrap("1", &sanitize_line(&p.message)),
    );

    let gutter = line.to_string().len();
    let pad = " ".repeat(gutter);
    let bar = paint.wrap("1;34", "|");
    // The window of the line shown: all of it if it is short, else a
    // stretch around the start of the span, with `…` where it is cut.
    let at = start.clamp(ls, le);
    let ws = back_by_width(text, ls, at, SNIPPET_BEFORE);
    let we = forward_by_width(text, at, le, SNIPPET_AFTER);
    let (cut_before, cut_after) = (
        if ws > ls { "…" } else { "" },
        if we < le { "…" } else { "" },
    );
    let shown_line = format!("{cut_before}{}{cut_after}", sanitize_line(&text[ws..we]));
    let before = format!("{cut_before}{}", sanitize_line(&text[ws..at]));
    let under = sanitize_line(&text[at..end.clamp(at, we)]);
    let lead = UnicodeWidthStr::width(before.as_str());
    let carets = UnicodeWidthStr::width(under.as_ref()).max(1);
    let _ = writeln!(out, "{pad} {bar}");
    let _ = writeln!(
        out,
        "{} {bar} {}",
        paint.wrap("1;34", &line.to_string()),
        shown_line.trim_end()
    );
    let _ = writeln!(
        out,
        "{pad} {bar} {}{}",
        " ".repeat(lead),
        paint.wrap(code, &"^".repeat(carets))
    );
    if let Some(help) = &p.help {
        let word = crate::t!("check-help");
        // The lines after the first start under the first's text.
        let indent = " ".repeat(3 + UnicodeWidthStr::width(word.as_str()) + 2);
        let mut lines = help.lines();
        if let Some(first) = lines.next() {
            let _ = writeln!(
                out,
                "{pad} = {}: {}",
                paint.wrap("1;36", &word),
                sanitize_line(first)
            );
        }
        for more in lines {
            let _ = writeln!(out, "{pad}{indent}{}", sanitize_line(more));
        }
    }
    out
}

/// "error" or "warning", in the language.
fn severity_word(severity: Severity) -> String {
    match severity {
        Severity::Error => crate::t!("check-error"),
        Severity::Warning => crate::t!("check-warning"),
    }
}

/// The line that says how many problems were found but not listed, when
/// more than [`MAX_PROBLEMS`] were found; `None` when all are listed.
pub fn render_omitted(omitted: &Omitted) -> Option<String> {
    if omitted.total() == 0 {
        return None;
    }
    let (e, w) = (omitted.errors, omitted.warnings);
    let more_errors = || crate::t!("check-more-errors", n = e, count = thousands(e as u64));
    let more_warnings = || crate::t!("check-more-warnings", n = w, count = thousands(w as u64));
    let what = match (e, w) {
        (_, 0) => more_errors(),
        (0, _) => more_warnings(),
        _ => crate::text::said_list(&[more_errors(), more_warnings()]),
    };
    Some(crate::t!(
        "check-omitted",
        what = what,
        max = thousands(MAX_PROBLEMS as u64)
    ))
}

/// The closing line of a check: whether the file loads, and how many
/// problems it has.
pub fn render_summary(file_name: &str, errors: usize, warnings: usize) -> String {
    let file = sanitize_line(file_name);
    use crate::text::{errors as errors_said, warnings as warnings_said};
    let file = file.as_ref();
    match (errors, warnings) {
        (0, 0) => crate::t!("check-summary-clean", file = file),
        (0, w) => crate::t!(
            "check-summary-warnings",
            file = file,
            warnings = warnings_said(w)
        ),
        (e, 0) => crate::t!(
            "check-summary-errors",
            file = file,
            n = e,
            errors = errors_said(e)
        ),
        (e, w) => crate::t!(
            "check-summary-both",
            file = file,
            errors = errors_said(e),
            warnings = warnings_said(w)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(span: Range<usize>, help: Option<&str>) -> Problem {
        Problem {
            severity: Severity::Error,
            message: "prisoners[1] \"yarashuk\": unknown key `detaned`".into(),
            span,
            help: help.map(str::to_string),
        }
    }

    #[test]
    fn line_col_counts_lines_and_characters() {
        let text = "a = 1\nname = \"Ярашук\"\nb";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 4), (1, 5));
        assert_eq!(line_col(text, 6), (2, 1));
        // After the six two-byte Cyrillic letters, the closing quote.
        let quote = text.rfind('"').unwrap();
        assert_eq!(line_col(text, quote), (2, 15));
        assert_eq!(line_col(text, text.len()), (3, 2));
        assert_eq!(line_col(text, text.len() + 40), (3, 2));
        // Inside a multi-byte character: the character's own column.
        assert_eq!(line_col(text, quote - 1), (2, 14));
    }

    #[test]
    fn line_col_with_crlf_and_bom() {
        let text = "\u{feff}a = 1\r\nb = 2\r\n";
        assert_eq!(line_col(text, 3), (1, 1));
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 7), (1, 5));
        let b = text.find('b').unwrap();
        assert_eq!(line_col(text, b), (2, 1));
        assert_eq!(line_col(text, b + 4), (2, 5));
    }

    #[test]
    fn renders_the_gnu_line_snippet_and_help() {
        let text = "[[prisoners]]\nid = \"yarashuk\"\ndetaned = 2022-04-19\n";
        let start = text.find("detaned").unwrap();
        let p = problem(start..start + 7, Some("did you mean `detained`?"));
        let shown = render_problem(&p, "campaign.toml", text);
        assert_eq!(
            shown,
            "campaign.toml:3:1: error: prisoners[1] \"yarashuk\": unknown key `detaned`\n  |\n3 | detaned = 2022-04-19\n  | ^^^^^^^\n  = help: did you mean `detained`?\n"
        );
    }

    #[test]
    fn carets_align_under_wide_and_escaped_characters() {
        let text = "name = \"日本\u{1b}x\" # 🙂\n";
        let x = text.find('x').unwrap();
        let p = problem(x..x + 1, None);
        let shown = render_problem(&p, "f.toml", text);
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(lines[2], "1 | name = \"日本\\u{1b}x\" # 🙂");
        let caret_col = lines[3].find('^').unwrap();
        let x_col = UnicodeWidthStr::width(&lines[2][..lines[2].find('x').unwrap()]);
        assert_eq!(caret_col, x_col);
        assert!(!shown.contains('\u{1b}'));
    }

    #[test]
    fn a_span_over_lines_underlines_to_the_end_of_the_first() {
        let text = "x = \"\"\"abc\ndef\"\"\"\n";
        let p = problem(4..text.len() - 1, None);
        let shown = render_problem(&p, "f.toml", text);
        assert!(shown.contains("\n  |     ^^^^^^\n"), "{shown}");
    }

    #[test]
    fn empty_and_out_of_range_spans_do_not_panic() {
        let text = "a = ";
        #[allow(clippy::reversed_empty_ranges)]
        let spans = [4..4, 10..20, 3..1];
        for span in spans {
            let shown = render_problem(&problem(span, None), "f.toml", text);
            assert!(shown.contains('^'));
        }
        let shown = render_problem(&problem(0..0, None), "f.toml", "");
        assert!(shown.starts_with("f.toml:1:1: error:"));
    }

    #[test]
    fn the_line_index_agrees_with_line_col_everywhere() {
        for text in [
            "",
            "a",
            "\n\n",
            "\u{feff}[campaign]\r\nname = \"日本\"\r\n\r\nx = 1",
            "one\ntwo é\n\nfour 🙂 four\nfive",
        ] {
            let mut index = LineIndex::new(text);
            // In order, backwards and past the end: the memo must not matter.
            let offsets: Vec<usize> = (0..=text.len() + 2).collect();
            for &o in offsets.iter().chain(offsets.iter().rev()) {
                assert_eq!(index.line_col(o), line_col(text, o), "{text:?} at {o}");
                assert_eq!(index.line(o), line_col(text, o).0, "{text:?} at {o}");
                let ls = line_start(text, o.min(text.len()));
                let ls = ls.min(text.len());
                assert_eq!(
                    index.bounds(index.line(o)),
                    (ls, line_end(text, ls)),
                    "{text:?} at {o}"
                );
            }
        }
    }

    #[test]
    fn a_long_line_is_shown_as_a_window_around_the_span() {
        let text = format!(
            "x = \"{}\" # {}\n",
            "a".repeat(100_000),
            "b".repeat(100_000)
        );
        let at = text.find('#').unwrap();
        let p = Problem {
            severity: Severity::Error,
            message: "m".into(),
            span: at..at + 1,
            help: None,
        };
        let shown = render_problem(&p, "f.toml", &text);
        assert!(shown.len() < 600, "{} bytes", shown.len());
        let lines: Vec<&str> = shown.lines().collect();
        assert!(
            lines[0].starts_with("f.toml:1:100008: error: m"),
            "{}",
            lines[0]
        );
        assert!(lines[2].starts_with("1 | …aaa") && lines[2].ends_with("bbb…"));
        let caret = lines[3].find('^').unwrap();
        assert_eq!(lines[2].chars().nth(caret), Some('#'), "{shown}");
        let all: Vec<String> =
            render_problems(std::slice::from_ref(&p), "f.toml", &text, false).collect();
        assert_eq!(all, [shown]);
    }

    #[test]
    fn omitted_problems_are_counted_in_one_line() {
        assert_eq!(render_omitted(&Omitted::default()), None);
        let line = render_omitted(&Omitted {
            errors: 2_999_000,
            warnings: 1,
        })
        .unwrap();
        assert_eq!(
            line,
            "… and 2,999,000 more errors and 1 more warning, not listed: only the first 1,000 problems are shown"
        );
    }

    #[test]
    fn summary_lines() {
        assert_eq!(render_summary("c.toml", 0, 0), "c.toml: no problems found");
        assert_eq!(
            render_summary("c.toml", 0, 2),
            "c.toml: loads, with 2 warnings"
        );
        assert!(render_summary("c.toml", 1, 0).starts_with("c.toml: 1 error found;"));
        assert!(
            render_summary("c.toml", 3, 1).starts_with("c.toml: 3 errors and 1 warning found;")
        );
    }
}
