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
