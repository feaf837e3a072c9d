//! From bytes to a [`Campaign`] and its problems.
//!
//! The file is parsed with `toml`'s spanned document tree and validated by
//! hand, so that every problem of a file is found in one pass, each with the
//! byte span it concerns and, where one can be given, a fix. A TOML syntax
//! error is reported alone (the tree after it cannot be trusted).
//!
//! This module knows no terminal: [`render_problem`] produces plain text
//! (ANSI colours only on request) that the caller prints.

mod check;
mod render;
mod starter;
mod suggest;
mod validate;

use std::fmt;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::model::Campaign;
use crate::sanitize::sanitize_line;

pub use check::{CheckStatus, run_check, run_init};
pub use render::{line_col, render_problem, render_problem_colored, render_summary};
pub use starter::{InitError, STARTER, write_starter};
pub use suggest::{did_you_mean, nearest};

/// How bad a problem is: a warning loads, an error refuses the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

/// One thing wrong with a campaign file, located by a byte span of its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    /// One line naming the record and what is wrong, e.g.
    /// ``prisoners[1] "yarashuk": unknown key `detaned` ``.
    pub message: String,
    /// Byte offsets into the text that was loaded.
    pub span: Range<usize>,
    /// How to fix it, when that can be said.
    pub help: Option<String>,
}

/// What the loader needs to know besides the text.
#[derive(Debug, Clone, Copy)]
pub struct LoadOptions {
    /// The `--today` flag: overrides the file's `as_of` and the system date.
    pub today: Option<NaiveDate>,
    /// The system's date, the last resort for "today".
    pub system_today: NaiveDate,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            today: None,
            system_today: chrono::Local::now().date_naive(),
        }
    }
}

/// The outcome of loading a text.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The campaign, present if and only if there is no error.
    pub campaign: Option<Campaign>,
    /// Every problem found, in file order.
    pub problems: Vec<Problem>,
}

impl Loaded {
    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == severity)
            .count()
    }
}

/// Parses and validates a campaign file's text. Never panics.
pub fn parse_str(text: &str, opts: &LoadOptions) -> Loaded {
    let mut problems = Vec::new();
    let campaign = validate::validate(text, opts, &mut problems);
    // Stable: problems at one place keep the order they were found in.
    problems.sort_by_key(|p| p.span.start);
    let campaign = if problems.iter().any(|p| p.severity == Severity::Error) {
        None
    } else {
        campaign
    };
    Loaded { campaign, problems }
}

/// Why a campaign file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// There is no file at the path.
    NotFound { path: PathBuf },
    /// The path is a directory.
    IsDirectory { path: PathBuf },
    /// The bytes are not UTF-8; the first bad byte is at `offset`
    /// (line and column of the text before it, 1-based).
    NotUtf8 {
        path: PathBuf,
        offset: usize,
        line: usize,
        column: usize,
        byte: u8,
    },
    /// The file exists but may not be read.
    PermissionDenied { path: PathBuf },
    /// Any other failure of the system.
    Io { path: PathBuf, source: io::Error },
}

impl ReadError {
    /// The path that could not be read.
    pub fn path(&self) -> &Path {
        match self {
            ReadError::NotFound { path }
            | ReadError::IsDirectory { path }
            | ReadError::NotUtf8 { path, .. }
            | ReadError::PermissionDenied { path }
            | ReadError::Io { path, .. } => path,
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path().display().to_string();
        let path = sanitize_line(&path);
        match self {
            ReadError::NotFound { .. } => write!(
                f,
                "cannot read {path}: there is no such file (`campaign-dash init {path}` writes a starter file there)"
            ),
            ReadError::IsDirectory { .. } => write!(
                f,
                "cannot read {path}: it is a directory, not a campaign file"
            ),
            ReadError::NotUtf8 {
                offset,
                line,
                column,
                byte,
                ..
            } => write!(
                f,
                "cannot read {path}: it is not UTF-8 text (byte 0x{byte:02x} at line {line}, column {column}, byte offset {offset}); save it as UTF-8"
            ),
            ReadError::PermissionDenied { .. } => write!(
                f,
                "cannot read {path}: permission denied (check the file's permissions)"
            ),
            ReadError::Io { source, .. } => write!(f, "cannot read {path}: {source}"),
        }
    }
}

impl std::error::Error for ReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Reads a file as UTF-8 text.
pub fn read_file(path: &Path) -> Result<String, ReadError> {
    let owned = || path.to_path_buf();
    if path.is_dir() {
        return Err(ReadError::IsDirectory { path: owned() });
    }
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => ReadError::NotFound { path: owned() },
        io::ErrorKind::PermissionDenied => ReadError::PermissionDenied { path: owned() },
        io::ErrorKind::IsADirectory => ReadError::IsDirectory { path: owned() },
        _ => ReadError::Io {
            path: owned(),
            source: e,
        },
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let byte = bytes.get(offset).copied().unwrap_or(0);
        // The prefix is valid UTF-8 by definition of `valid_up_to`.
        let prefix = std::str::from_utf8(&bytes[..offset]).unwrap_or("");
        let (line, column) = line_col(prefix, offset);
        ReadError::NotUtf8 {
            path: owned(),
            offset,
            line,
            column,
            byte,
        }
    })
}

/// Reads and loads a campaign file; returns the text too, for snippets.
pub fn load_file(path: &Path, opts: &LoadOptions) -> Result<(String, Loaded), ReadError> {
    let text = read_file(path)?;
    let loaded = parse_str(&text, opts);
    Ok((text, loaded))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PartialDate, Status};

    fn opts() -> LoadOptions {
        LoadOptions {
            today: None,
            system_today: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        }
    }

    #[test]
    fn the_starter_loads_into_the_model() {
        let loaded = parse_str(STARTER, &opts());
        assert_eq!(loaded.problems, vec![]);
        let c = loaded.campaign.unwrap();
        assert_eq!(c.format, 1);
        assert_eq!(c.info.name, "Trade union activity is not extremism");
        assert_eq!(c.organisations.len(), 3);
        assert_eq!(c.prisoners.len(), 3);
        assert_eq!(c.prisoners[0].status, Status::Imprisoned);
        assert_eq!(c.prisoners[0].sentence_months, Some(48));
        assert_eq!(
            c.prisoners[2].detained,
            Some(PartialDate::parse("2022-04").unwrap())
        );
        assert_eq!(c.events.len(), 3);
        assert_eq!(c.statements.len(), 1);
        assert_eq!(c.petitions.len(), 1);
    }

    #[test]
    fn counts_are_sorted_and_inline_records_accepted() {
        let text = "petitions = [{ title = \"p\", counts = [\n{ date = 2023-05-20, signatures = 30 },\n{ date = \"2023-05-01\", signatures = 10 },\n] }]\n[campaign]\nname = \"x\"\n";
        let loaded = parse_str(text, &opts());
        assert_eq!(loaded.problems, vec![]);
        let c = loaded.campaign.unwrap();
        let dates: Vec<String> = c.petitions[0]
            .counts
            .iter()
            .map(|t| t.date.to_string())
            .collect();
        assert_eq!(dates, ["2023-05-01", "2023-05-20"]);
    }

    #[test]
    fn an_error_drops_the_campaign_and_a_warning_keeps_it() {
        let loaded = parse_str("[campaign]\nname = 3\n", &opts());
        assert!(loaded.campaign.is_none());
        assert_eq!((loaded.error_count(), loaded.warning_count()), (1, 0));
        assert!(loaded.has_errors());
        let loaded = parse_str("[campaign]\nname = \"\"\n", &opts());
        assert!(loaded.campaign.is_some());
        assert_eq!((loaded.error_count(), loaded.warning_count()), (0, 1));
    }

    #[test]
    fn a_section_written_inside_a_table_says_where_it_belongs() {
        let text = "[campaign]\nname = \"x\"\nprisoners = []\n";
        let loaded = parse_str(text, &opts());
        assert_eq!(loaded.error_count(), 1);
        let help = loaded.problems[0].help.as_deref().unwrap_or("");
        assert!(help.contains("belongs at the top level"), "{help}");
    }

    #[test]
    fn problems_come_in_file_order() {
        let text =
            "[[prisoners]]\nid = \"B\"\nname = \"x\"\nstatus = \"?\"\n[campaign]\nnmae = 1\n";
        let loaded = parse_str(text, &opts());
        let starts: Vec<usize> = loaded.problems.iter().map(|p| p.span.start).collect();
        let mut sorted = starts.clone();
        sorted.sort();
        assert_eq!(starts, sorted);
        assert!(loaded.problems.len() >= 4, "{:?}", loaded.problems);
    }

    #[test]
    fn never_panics_on_truncated_or_mangled_files() {
        let text = STARTER;
        let mut cut = 0;
        while cut < text.len() {
            let _ = parse_str(&text[..cut], &opts());
            cut += 1;
            while !text.is_char_boundary(cut) {
                cut += 1;
            }
        }
        // Swap pairs of lines and drop characters at fixed strides.
        let lines: Vec<&str> = text.lines().collect();
        for i in (0..lines.len().saturating_sub(1)).step_by(3) {
            let mut l = lines.clone();
            l.swap(i, i + 1);
            let loaded = parse_str(&l.join("\n"), &opts());
            for p in &loaded.problems {
                let _ = render_problem(p, "f.toml", &l.join("\n"));
            }
        }
        for stride in [7, 13, 29] {
            let mangled: String = text
                .chars()
                .enumerate()
                .filter(|(i, _)| i % stride != 0)
                .map(|(_, c)| c)
                .collect();
            let loaded = parse_str(&mangled, &opts());
            for p in &loaded.problems {
                let _ = render_problem(p, "f.toml", &mangled);
            }
        }
        for odd in [
            "",
            "\u{feff}",
            "\r\n",
            "=",
            "[[",
            "a = \"\u{0}\"",
            "campaign = []",
            "[campaign]\nname = \"x\"\nprisoners = [[]]",
        ] {
            let _ = parse_str(odd, &opts());
        }
    }

    #[test]
    fn today_comes_from_the_flag_then_as_of_then_the_system() {
        let text = "[campaign]\nname = \"x\"\nas_of = 2023-05-06\n[[prisoners]]\nid = \"a\"\nname = \"A\"\nstatus = \"detained\"\ndetained = 2024-01-01\n";
        assert_eq!(parse_str(text, &opts()).warning_count(), 1);
        let later = LoadOptions {
            today: NaiveDate::from_ymd_opt(2024, 6, 1),
            ..opts()
        };
        assert_eq!(parse_str(text, &later).warning_count(), 0);
        let no_as_of = text.replace("as_of = 2023-05-06\n", "");
        assert_eq!(parse_str(&no_as_of, &opts()).warning_count(), 0);
    }

    #[test]
    fn read_errors_name_the_path() {
        let e = read_file(Path::new("/nonexistent/campaign.toml")).unwrap_err();
        assert!(matches!(e, ReadError::NotFound { .. }));
        assert!(e.to_string().contains("/nonexistent/campaign.toml"));
        let e = read_file(Path::new("/")).unwrap_err();
        assert!(matches!(e, ReadError::IsDirectory { .. }), "{e:?}");
    }
}
