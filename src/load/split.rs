//! One pass over a campaign file's text before it is parsed: the marks of
//! structure it has (a budget for the parse) and where its top-level table
//! headers start, so that each record can be parsed on its own.
//!
//! The scan reads strings and comments as TOML does, tracks the nesting of
//! lists and inline tables (which may span lines), and takes a `[` that
//! starts a line outside all of them for a header. A header line that is
//! not even TOML (`[[prisoners` unclosed, text after `]]`) starts a chunk
//! of its own too, so that its error is found there and not in the record
//! above. Where the scan ends inside a multi-line string, list or table,
//! that one has swallowed every header after it: the split cannot be
//! trusted, and the loader parses the whole file at once.

/// A section whose records are split out: `[campaign]` or `[[name]]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Section {
    Campaign,
    Organisations,
    Prisoners,
    Events,
    Statements,
    Petitions,
    Letters,
    Snoozed,
    Facilities,
}

impl Section {
    /// How many sections of records there are.
    pub(super) const COUNT: usize = 8;

    /// The sections of records, in the order of [`Section::index`].
    pub(super) const RECORDS: [Section; Section::COUNT] = [
        Section::Organisations,
        Section::Prisoners,
        Section::Events,
        Section::Statements,
        Section::Petitions,
        Section::Letters,
        Section::Snoozed,
        Section::Facilities,
    ];

    pub(super) fn name(self) -> &'static str {
        match self {
            Section::Campaign => "campaign",
            Section::Organisations => "organisations",
            Section::Prisoners => "prisoners",
            Section::Events => "events",
            Section::Statements => "statements",
            Section::Petitions => "petitions",
            Section::Letters => "letters",
            Section::Snoozed => "snoozed",
            Section::Facilities => "facilities",
        }
    }

    /// What an item of a list of refs to this section is, in messages.
    pub(super) fn id_what(self) -> &'static str {
        match self {
            Section::Campaign => "[campaign] id",
            Section::Organisations => "[[organisations]] id",
            Section::Prisoners => "[[prisoners]] id",
            Section::Events => "[[events]] id",
            Section::Statements => "[[statements]] id",
            Section::Petitions => "[[petitions]] id",
            Section::Letters => "[[letters]] id",
            Section::Snoozed => "[[snoozed]] id",
            Section::Facilities => "[[facilities]] id",
        }
    }

    /// The key a record's label falls back to when it has no id.
    pub(super) fn fallback(self) -> &'static str {
        match self {
            Section::Campaign
            | Section::Organisations
            | Section::Prisoners
            | Section::Facilities => "name",
            Section::Events | Section::Petitions => "title",
            Section::Statements => "author",
            Section::Letters => "prisoner",
            Section::Snoozed => "item",
        }
    }

    /// Its place in [`Section::RECORDS`].
    pub(super) fn index(self) -> usize {
        match self {
            Section::Campaign | Section::Organisations => 0,
            Section::Prisoners => 1,
            Section::Events => 2,
            Section::Statements => 3,
            Section::Petitions => 4,
            Section::Letters => 5,
            Section::Snoozed => 6,
            Section::Facilities => 7,
        }
    }

    /// The section a header names: `[campaign]` or `[[prisoners]]` and the
    /// like; `None` for any other header.
    fn of_header(name: &[u8], array: bool) -> Option<Section> {
        let s = match name {
            b"campaign" => Section::Campaign,
            b"organisations" => Section::Organisations,
            b"prisoners" => Section::Prisoners,
            b"events" => Section::Events,
            b"statements" => Section::Statements,
            b"petitions" => Section::Petitions,
            b"letters" => Section::Letters,
            b"snoozed" => Section::Snoozed,
            b"facilities" => Section::Facilities,
            _ => return None,
        };
        (array != (s == Section::Campaign)).then_some(s)
    }
}

/// A top-level header: where its line starts, and what it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Header {
    pub(super) start: usize,
    /// `None` only for a broken header whose name is no section's.
    pub(super) section: Option<Section>,
    /// The header line is not TOML: its chunk cannot parse.
    pub(super) broken: bool,
}

/// What the scan found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Scan {
    /// `=`, `,`, `[` and `{` outside strings and comments.
    pub(super) marks: usize,
    /// The top-level headers in file order, when every one of them is a
    /// `[campaign]` or `[[section]]` header of a plain name, or a line that
    /// is not a TOML header at all; `None` when the file has any other
    /// header (the whole file is parsed at once).
    pub(super) headers: Option<Vec<Header>>,
    /// The text ends inside a multi-line string, a list or an inline table.
    pub(super) open: bool,
}

/// Skips to just after the first `close` at or after `i`; `escapes`: a
/// backslash hides the byte after it; `line`: a newline ends it too.
fn skip(b: &[u8], mut i: usize, close: &[u8], escapes: bool, line: bool) -> usize {
    let first = close[0];
    while i < b.len() {
        // Jump to the next byte that can matter.
        let next = match (escapes, line) {
            (true, true) => memchr::memchr3(first, b'\\', b'\n', &b[i..]),
            (true, false) => memchr::memchr2(first, b'\\', &b[i..]),
            (false, true) => memchr::memchr2(first, b'\n', &b[i..]),
            (false, false) => memchr::memchr(first, &b[i..]),
        };
        let Some(n) = next else {
            return b.len();
        };
        i += n;
        if escapes && b[i] == b'\\' {
            i += 2;
        } else if b[i..].starts_with(close) {
            return i + close.len();
        } else if line && b[i] == b'\n' {
            return i + 1;
        } else {
            i += 1;
        }
    }
    b.len()
}

/// The sub-tables a `[[prisoners]]` record may have under headers of their
/// own (`[[prisoners.custody]]`): they belong to the record above them.
const PRISONER_SUBTABLES: [&[u8]; 2] = [b"custody", b"earlier"];

/// Reads a `[[prisoners.custody]]` or `[[prisoners.earlier]]` header at `i`
/// (blanks allowed around the names and the dot, a comment after it);
/// returns where its closing brackets end.
fn sub_header(b: &[u8], i: usize) -> Option<usize> {
    let rest = b.get(i..)?;
    let blank = |j: &mut usize| {
        while *j < rest.len() && matches!(rest[*j], b' ' | b'\t') {
            *j += 1;
        }
    };
    let word = |j: &mut usize, w: &[u8]| {
        let ok = rest[*j..].starts_with(w)
            && !rest
                .get(*j + w.len())
                .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'));
        if ok {
            *j += w.len();
        }
        ok
    };
    if !rest.starts_with(b"[[") {
        return None;
    }
    let mut j = 2;
    blank(&mut j);
    if !word(&mut j, b"prisoners") {
        return None;
    }
    blank(&mut j);
    if rest.get(j) != Some(&b'.') {
        return None;
    }
    j += 1;
    blank(&mut j);
    if !PRISONER_SUBTABLES.iter().any(|w| word(&mut j, w)) {
        return None;
    }
    blank(&mut j);
    if !rest[j..].starts_with(b"]]") {
        return None;
    }
    let end = j + 2;
    let mut k = end;
    blank(&mut k);
    match rest.get(k) {
        None | Some(b'\n' | b'#') => {}
        Some(b'\r') if rest.get(k + 1) == Some(&b'\n') => {}
        Some(_) => return None,
    }
    Some(i + end)
}

/// Reads a header at `i` (its first `[`): one key, bare or quoted without
/// escapes, between `[`/`]` or `[[`/`]]`, then only blanks and a comment
/// to the end of the line. Returns the section and where the header's
/// closing bracket ends, or `None` for anything else.
fn header(b: &[u8], i: usize) -> Option<(Section, usize)> {
    let blank = |j: &mut usize| {
        while *j < b.len() && matches!(b[*j], b' ' | b'\t') {
            *j += 1;
        }
    };
    let array = b.get(i + 1) == Some(&b'[');
    let mut j = i + if array { 2 } else { 1 };
    blank(&mut j);
    let name = match b.get(j)? {
        q @ (b'"' | b'\'') => {
            let from = j + 1;
            let len = b[from..].iter().position(|c| c == q)?;
            let name = &b[from..from + len];
            if name.iter().any(|&c| c == b'\\' || c == b'\n') {
                return None;
            }
            j = from + len + 1;
            name
        }
        _ => {
            let from = j;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'_' | b'-')) {
                j += 1;
            }
            &b[from..j]
        }
    };
    blank(&mut j);
    let close: &[u8] = if array { b"]]" } else { b"]" };
    if !b[j..].starts_with(close) {
        return None;
    }
    let end = j + close.len();
    let mut k = end;
    blank(&mut k);
    match b.get(k) {
        None | Some(b'\n' | b'#') => {}
        Some(b'\r') if b.get(k + 1) == Some(&b'\n') => {}
        Some(_) => return None,
    }
    Some((Section::of_header(name, array)?, end))
}

/// The line at `i` (a `[` at a line's start) when it is not a TOML table
/// header at all (unclosed, or followed by more than a comment), with the
/// section its name names, if any; `None` when it is a header, of another
/// name than [`header`] reads.
fn broken_header(b: &[u8], i: usize) -> Option<Option<Section>> {
    let end = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n);
    let line = std::str::from_utf8(&b[i..end]).ok()?;
    if toml::de::DeTable::parse(line).is_ok() {
        return None;
    }
    let array = line.starts_with("[[");
    let name = line[if array { 2 } else { 1 }..].trim_start_matches([' ', '\t']);
    let name = name.trim_start_matches(['"', '\'']);
    let len = name
        .bytes()
        .position(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-')))
        .unwrap_or(name.len());
    Some(Section::of_header(&name.as_bytes()[..len], array))
}

/// The line (from 1) of the header of record `index` (from 0) of the
/// section named `section` ("prisoners") in `text`, for an editor to open
/// the file there; `None` when the file has no such header, or headers the
/// scan cannot read (then records are not one per header).
pub fn record_line(text: &str, section: &str, index: usize) -> Option<usize> {
    let wanted = Section::RECORDS.into_iter().find(|s| s.name() == section)?;
    let header = scan(text)
        .headers?
        .into_iter()
        .filter(|h| h.section == Some(wanted))
        .nth(index)?;
    Some(memchr::memchr_iter(b'\n', &text.as_bytes()[..header.start]).count() + 1)
}

/// The bytes the scan acts on; it reads past every other one.
const MATTERS: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = b"\n \t\r#\"'[]{}=,";
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
};

/// Scans `text` once; see the module documentation.
pub(super) fn scan(text: &str) -> Scan {
    let b = text.as_bytes();
    let mut i = 0;
    let mut marks = 0;
    // Open lists and inline tables.
    let mut depth = 0usize;
    let mut line_start = true;
    let mut line_begins = 0;
    let mut headers: Option<Vec<Header>> = Some(Vec::new());
    // Inside a multi-line string when the text ends.
    let mut open = false;
    if b.starts_with("\u{feff}".as_bytes()) {
        i = 3;
        line_begins = 3;
    }
    while i < b.len() {
        let c = b[i];
        let at_line_start = line_start;
        line_start = false;
        i = match c {
            b'\n' => {
                line_start = true;
                line_begins = i + 1;
                i + 1
            }
            b' ' | b'\t' | b'\r' => {
                line_start = at_line_start && c != b'\r';
                i + 1
            }
            b'#' => {
                // The comment's newline starts the next line.
                let end = skip(b, i + 1, b"\n", false, false);
                if end > 0 && b[end - 1] == b'\n' {
                    line_start = true;
                    line_begins = end;
                }
                end
            }
            b'"' if b[i..].starts_with(b"\"\"\"") => {
                let end = skip(b, i + 3, b"\"\"\"", true, false);
                open = end == b.len() && !b[i + 3..].ends_with(b"\"\"\"");
                end
            }
            b'"' => skip(b, i + 1, b"\"", true, true),
            b'\'' if b[i..].starts_with(b"'''") => {
                let end = skip(b, i + 3, b"'''", false, false);
                open = end == b.len() && !b[i + 3..].ends_with(b"'''");
                end
            }
            b'\'' => skip(b, i + 1, b"'", false, true),
            b'[' if at_line_start && depth == 0 => {
                // A sub-table of the prisoner above stays in its chunk; one
                // anywhere else is for the whole parse to place.
                if let Some(end) = sub_header(b, i) {
                    let last = headers.as_ref().and_then(|h| h.last());
                    if !last.is_some_and(|h| h.section == Some(Section::Prisoners) && !h.broken) {
                        headers = None;
                    }
                    marks += 2;
                    i = end;
                    continue;
                }
                match header(b, i) {
                    Some((section, end)) => {
                        if let Some(h) = headers.as_mut() {
                            h.push(Header {
                                start: line_begins,
                                section: Some(section),
                                broken: false,
                            });
                        }
                        // Each `[` of the header is a mark, as elsewhere.
                        marks += if section == Section::Campaign { 1 } else { 2 };
                        end
                    }
                    None => {
                        marks += 1;
                        match (headers.as_mut(), broken_header(b, i)) {
                            (Some(h), Some(section)) => {
                                h.push(Header {
                                    start: line_begins,
                                    section,
                                    broken: true,
                                });
                                // Its brackets open nothing: read on after them.
                                i + b[i..].iter().take(2).take_while(|&&c| c == b'[').count()
                            }
                            _ => {
                                headers = None;
                                // Read on as the scan of marks always did.
                                i + 1
                            }
                        }
                    }
                }
            }
            b'[' | b'{' => {
                marks += 1;
                depth += 1;
                i + 1
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i + 1
            }
            b'=' | b',' => {
                marks += 1;
                i + 1
            }
            // A key, a bare value or other text: on to the next byte that
            // can matter.
            _ => b[i + 1..]
                .iter()
                .position(|&c| MATTERS[usize::from(c)])
                .map_or(b.len(), |n| i + 1 + n),
        };
        // A string that ends at its line's newline starts the next line.
        if !line_start && i > 0 && matches!(c, b'"' | b'\'') && b[i - 1] == b'\n' {
            line_start = true;
            line_begins = i;
        }
    }
    Scan {
        marks,
        headers,
        open: open || depth > 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_section_of_records_is_at_its_index() {
        for (i, s) in Section::RECORDS.into_iter().enumerate() {
            assert_eq!(s.index(), i, "{}", s.name());
        }
    }

    #[test]
    fn a_record_line_is_its_header_line_counted_in_its_section() {
        let text = "[campaign]\nname = \"x\"\n\n[[prisoners]]\nid = \"a\"\n# [[prisoners]] in a comment\n[[events]]\nid = \"e\"\n  [[prisoners]]\nid = \"b\"\n";
        assert_eq!(record_line(text, "prisoners", 0), Some(4));
        assert_eq!(record_line(text, "prisoners", 1), Some(9));
        assert_eq!(record_line(text, "events", 0), Some(7));
        assert_eq!(record_line(text, "prisoners", 2), None);
        assert_eq!(record_line(text, "petitions", 0), None);
        assert_eq!(record_line("[prisoners.x]\n", "prisoners", 0), None);
    }

    fn starts(text: &str) -> Option<Vec<(usize, Section)>> {
        scan(text).headers.map(|h| {
            h.iter()
                .map(|h| (h.start, h.section.expect("a section")))
                .collect()
        })
    }

    #[test]
    fn headers_are_found_at_line_starts() {
        let text = "format = 1\n[campaign]\nname = \"x\"\n\n[[prisoners]]\nid = \"a\"\n  [[ events ]] # c\n";
        assert_eq!(
            starts(text),
            Some(vec![
                (11, Section::Campaign),
                (34, Section::Prisoners),
                (57, Section::Events)
            ])
        );
        assert_eq!(&text[57..59], "  ");
    }

    #[test]
    fn headers_inside_strings_and_comments_are_not_headers() {
        for text in [
            "[campaign]\nnotes = \"\"\"\n[[prisoners]]\n\"\"\"\n",
            "[campaign]\nnotes = '''\n[[prisoners]]\n'''\n",
            "[campaign]\nnotes = \"\"\"a \\\"\"\"\n[[prisoners]]\n\"\"\"\n",
            "[campaign]\n# [[prisoners]]\nname = \"x\"\n",
            "[campaign]\nname = \"\\n[[prisoners]]\"\n",
            "[campaign]\nlinks = [\n[\"a\"],\n[[\"b\"]],\n]\n",
            "[campaign]\nt = {\n[prisoners] = 1 }\n",
        ] {
            assert_eq!(starts(text), Some(vec![(0, Section::Campaign)]), "{text:?}");
        }
    }

    #[test]
    fn crlf_bom_and_quoted_names() {
        let text = "\u{feff}[campaign]\r\nname = \"x\"\r\n[[\"prisoners\"]]\r\n[[ 'events' ]]\r\n";
        assert_eq!(
            starts(text),
            Some(vec![
                (3, Section::Campaign),
                (27, Section::Prisoners),
                (44, Section::Events)
            ])
        );
        // After a comment and after a string that ends its line.
        let text = "a = 1 # x\n[campaign]\nb = \"x\n[[events]]\n";
        assert_eq!(
            starts(text),
            Some(vec![(10, Section::Campaign), (28, Section::Events)])
        );
    }

    #[test]
    fn other_headers_are_not_understood() {
        for text in [
            "[campaign]\n[campaign.x]\n",
            "[[prisoners]]\n[[prisoners.counts]]\n",
            "[prisoners]\n",
            "[[campaign]]\n",
            "[[other]]\n",
            "[[\"pris\\u006fners\"]]\n",
            "[ \"a.b\" . c ]\n",
            "[campaign]\n[[ prisoners . counts ]] # c\n",
        ] {
            assert_eq!(starts(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_prisoner_s_sub_tables_stay_in_its_chunk() {
        let text = "[campaign]\n[[prisoners]]\nid = \"a\"\n[[prisoners.custody]]\nsince = 1\n[[ prisoners . earlier ]] # c\n[[events]]\n";
        assert_eq!(
            starts(text),
            Some(vec![
                (0, Section::Campaign),
                (11, Section::Prisoners),
                (96, Section::Events)
            ])
        );
        // Anywhere else, or of another name, the whole parse places them.
        for text in [
            "[campaign]\n[[prisoners.custody]]\n",
            "[[prisoners]]\n[[events]]\n[[prisoners.custody]]\n",
            "[[prisoners]]\n[[prisoners.custodyx]]\n",
            "[[prisoners]]\n[prisoners.custody]\n",
        ] {
            assert_eq!(starts(text), None, "{text:?}");
        }
    }

    #[test]
    fn header_lines_that_are_not_toml_start_a_broken_chunk() {
        let broken = |text: &str| {
            scan(text)
                .headers
                .map(|h| h.iter().map(|h| (h.start, h.section, h.broken)).collect())
        };
        let text = "[campaign]\nname = \"x\"\n[[prisoners\nid = \"a\"\n[[prisoners]] x = 1\n[[prisoners]\n[[prisonrs\n [campaign # c\n";
        assert_eq!(
            broken(text),
            Some(vec![
                (0, Some(Section::Campaign), false),
                (22, Some(Section::Prisoners), true),
                (43, Some(Section::Prisoners), true),
                (63, Some(Section::Prisoners), true),
                (76, None, true),
                (87, Some(Section::Campaign), true),
            ])
        );
        assert!(!scan(text).open);
    }

    #[test]
    fn an_open_string_or_list_at_the_end_is_said() {
        for (text, open) in [
            ("[campaign]\nnotes = \"\"\"\n[[prisoners]]\n", true),
            ("[campaign]\nnotes = '''\n[[prisoners]]\n", true),
            ("[campaign]\nlinks = [\"a\",\n[[prisoners]]\n", true),
            ("[campaign]\nt = { a = 1\n[[prisoners]]\n", true),
            ("[campaign]\nnotes = \"\"\"\n[[prisoners]]\n\"\"\"", false),
            ("[campaign]\nnotes = '''a'''\n", false),
            ("[campaign]\nname = \"x\n[[prisoners]]\n", false),
            ("[campaign]\nlinks = [\"a\"]\n", false),
        ] {
            assert_eq!(scan(text).open, open, "{text:?}");
        }
    }

    #[test]
    fn marks_are_those_of_the_plain_count() {
        assert_eq!(scan("[campaign]\nname = \"x\"\n").marks, 2);
        assert_eq!(scan("[[prisoners]]\nid = \"x\"\n").marks, 3);
        assert_eq!(scan("[[x.y]]\na = [1, {b = 2}]\n").marks, 7);
    }
}

#[cfg(test)]
mod structure_tests {
    fn structure_marks(text: &str) -> usize {
        super::scan(text).marks
    }

    #[test]
    fn marks_are_counted_outside_strings_and_comments_only() {
        assert_eq!(structure_marks(""), 0);
        assert_eq!(structure_marks("[campaign]\nname = \"x\"\n"), 2);
        assert_eq!(structure_marks("a = [1, 2, { b = 3 }]"), 6);
        assert_eq!(structure_marks("# a = [1, {}]\nb = 1"), 1);
        assert_eq!(structure_marks("a = \"= [ { , \\\" = \"\nb = 'x = [ '"), 2);
        assert_eq!(
            structure_marks("a = \"\"\"\n= [\n{ , \\\"\"\" = \"\"\"\nb = '''\n= [ ''' "),
            2
        );
        // An unclosed string runs to the end of its line, as TOML's does;
        // an unclosed multi-line one to the end of the text.
        assert_eq!(structure_marks("a = \"[ ,\nb = 1"), 2);
        assert_eq!(structure_marks("a = '''[ ,\nb = 1"), 1);
        assert_eq!(structure_marks("a = \"x\\"), 1);
    }
}
