//! From bytes to a [`Campaign`] and its problems.
//!
//! The file is parsed with `toml`'s spanned document tree and validated by
//! hand, so that every problem of a file is found in one pass, each with the
//! byte span it concerns and, where one can be given, a fix.
//!
//! Where its headers allow it, the file is parsed record by record (each
//! `[campaign]` or `[[section]]` chunk on its own, on all cores, its tree
//! dropped once validated), so a load holds one record's tree at a time,
//! and a record with a TOML syntax error is one problem, at its place and
//! naming the record, while every other record is still validated (its
//! id, read from its lines, still counts for refs). Anything that reading
//! could not take as the whole file is read (other headers, a table
//! defined twice, a multi-line string or list left open, which swallows
//! the headers after it) makes the loader parse the whole file at once,
//! which reports the first syntax error alone (`split.rs`, `validate.rs`).
//!
//! This module knows no terminal: [`render_problem`] produces plain text
//! (ANSI colours only on request) that the caller prints.

mod check;
pub mod copies;
pub mod crypt;
pub mod edit;
pub mod history;
pub mod merge;
mod render;
pub(crate) mod split;
mod starter;
mod suggest;
mod validate;
pub mod write;

/// The generator of `examples/generate.rs`, for tests of the loader and
/// of what is derived from a load.
#[cfg(test)]
#[path = "../../examples/generator/mod.rs"]
pub(crate) mod test_generator;

use std::fmt;
use std::io::{self, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::model::Campaign;
use crate::sanitize::sanitize_line;
use crate::t;

pub use check::{CheckHooks, CheckStatus, StaleSnoozes, run_check, run_init, write_report};
pub use render::{
    LineIndex, line_col, render_omitted, render_places, render_problem, render_problem_colored,
    render_problems, render_summary,
};
pub use split::record_line;
pub use starter::{EXAMPLE, InitError, STARTER, write_starter};
pub use suggest::{did_you_mean, nearest};
pub use validate::{IdProblem, MAX_ID, id_problem, slug};

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
    /// Warn of sensitive data kept past a release ([`crate::model::RETAIN_DAYS`]);
    /// `retention_warnings = false` in the settings turns it off.
    pub retention: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            today: None,
            system_today: chrono::Local::now().date_naive(),
            retention: true,
        }
    }
}

/// The largest campaign file read, in bytes (64 MiB). A campaign of 20,000
/// prisoners, 20,000 events and 40,000 statements (`examples/generate`) is
/// 33 MB; a larger file is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The most keys, values and tables a file may have, counted before it is
/// parsed as its marks of structure (`=`, `,`, `[`, `{` outside strings and
/// comments). A campaign of 20,000 prisoners with 20,000 events and 40,000
/// statements (33 MB) has about 1,200,000; parsing costs some hundreds of
/// bytes for each, so this bounds the memory of a file made of little else
/// to about a gigabyte.
pub const MAX_STRUCTURE: usize = 3_000_000;

/// The most problems a load keeps (the first ones in file order); the
/// others are only counted, in [`Loaded::omitted`].
pub const MAX_PROBLEMS: usize = 1000;

/// How many problems were found beyond the [`MAX_PROBLEMS`] kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Omitted {
    pub errors: usize,
    pub warnings: usize,
}

impl Omitted {
    pub fn total(&self) -> usize {
        self.errors + self.warnings
    }
}

/// The outcome of loading a text.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The campaign, present if and only if there is no error.
    pub campaign: Option<Campaign>,
    /// The problems found, in file order: all of them, or the first
    /// [`MAX_PROBLEMS`] when there are more.
    pub problems: Vec<Problem>,
    /// The problems found after the first [`MAX_PROBLEMS`], not kept.
    pub omitted: Omitted,
    /// Where the `item` of each of the campaign's `snoozed` is written (by
    /// its place there), for the warnings that need the agenda
    /// ([`Loaded::warn_stale_snoozes`]).
    pub snooze_at: Vec<Range<usize>>,
}

impl Loaded {
    /// All errors found, those kept and those omitted.
    pub fn error_count(&self) -> usize {
        self.count(Severity::Error) + self.omitted.errors
    }

    /// All warnings found, those kept and those omitted.
    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning) + self.omitted.warnings
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

    /// Warns of each of the campaign's `snoozed` that `stale` names (by its
    /// place there): its `until` has passed and its `item` matches no item
    /// of the agenda. The agenda is not the loader's to derive: the caller
    /// says which ones (`query::agenda::stale_snoozes`). The problems stay
    /// in file order, at most [`MAX_PROBLEMS`].
    pub fn warn_stale_snoozes(&mut self, stale: &[usize]) {
        let Some(c) = &self.campaign else {
            return;
        };
        for &i in stale {
            let (Some(s), Some(span)) = (c.snoozed.get(i), self.snooze_at.get(i)) else {
                continue;
            };
            self.problems
                .push(validate::stale_snooze(i + 1, s, span.clone()));
        }
        self.problems.sort_by_key(|p| p.span.start);
        for p in self.problems.drain(MAX_PROBLEMS.min(self.problems.len())..) {
            match p.severity {
                Severity::Error => self.omitted.errors += 1,
                Severity::Warning => self.omitted.warnings += 1,
            }
        }
    }
}

/// True for a text that is empty as TOML reads it: nothing but a
/// byte-order mark, spaces, tabs and line breaks. (A form feed or a
/// no-break space is not blank: it is a mistake the loader reports.)
pub fn is_blank(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .trim_matches([' ', '\t', '\n', '\r'])
        .is_empty()
}

/// Parses and validates a campaign file's text. Never panics; its time
/// and memory grow with the length of the text, and it keeps at most
/// [`MAX_PROBLEMS`] problems.
pub fn parse_str(text: &str, opts: &LoadOptions) -> Loaded {
    // A merge left half done: said as such, not as the TOML errors the
    // marker lines make.
    if let Some(problem) = conflict_markers(text) {
        return Loaded {
            campaign: None,
            problems: vec![problem],
            omitted: Omitted::default(),
            snooze_at: Vec::new(),
        };
    }
    // Sorted in file order; problems at one place keep the order they were
    // found in.
    let (campaign, problems, omitted, snooze_at) = validate::validate(text, opts);
    let mut loaded = Loaded {
        campaign,
        problems,
        omitted,
        snooze_at,
    };
    if loaded.has_errors() {
        loaded.campaign = None;
    }
    loaded
}

/// The merge conflict markers git (or another tool) left in `text`, as one
/// problem at the first: `<<<<<<<`, `=======` and `>>>>>>>` at the start of
/// a line (a `<<<<<<<` line, then a `>>>>>>>` line after it), the lines from
/// the first to the last named.
fn conflict_markers(text: &str) -> Option<Problem> {
    let marker = |line: &str, m: &str| {
        line.strip_prefix(m)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\r', '\t']))
    };
    let mut first: Option<(usize, Range<usize>)> = None;
    let mut last = None;
    let mut at = 0;
    for (n, line) in text.split('\n').enumerate() {
        let span = at..at + line.trim_end_matches('\r').len();
        at += line.len() + 1;
        if marker(line, "<<<<<<<") && first.is_none() {
            first = Some((n + 1, span));
        } else if first.is_some() && marker(line, ">>>>>>>") {
            last = Some(n + 1);
        }
    }
    let ((from, span), to) = (first?, last?);
    Some(Problem {
        severity: Severity::Error,
        message: t!(
            "check-conflict-markers",
            from = from.to_string(),
            to = to.to_string()
        ),
        span,
        help: Some(t!("check-conflict-markers-help")),
    })
}

/// Why a campaign file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// There is no file at the path.
    NotFound { path: PathBuf },
    /// The path is a directory.
    IsDirectory { path: PathBuf },
    /// The path is neither a file nor a directory: a named pipe, a socket,
    /// a device; `kind` says which.
    NotAFile { path: PathBuf, kind: FileKind },
    /// The file holds more than [`MAX_FILE_BYTES`]: `size` bytes, as the
    /// system reported it, or at least `size` when it grew while read.
    TooLarge {
        path: PathBuf,
        size: u64,
        grew: bool,
    },
    /// The file is text in another encoding than UTF-8, named by `encoding`
    /// ("UTF-16").
    WrongEncoding {
        path: PathBuf,
        encoding: &'static str,
    },
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
    /// The file is encrypted with age, and this command was given nothing
    /// to open it with.
    Encrypted { path: PathBuf },
    /// The file is encrypted with age and did not open: no key (`message`),
    /// or the key did not open it, or the file is damaged.
    Locked { path: PathBuf, message: String },
    /// Any other failure of the system.
    Io { path: PathBuf, source: io::Error },
}

/// What a file that cannot be read was meant to be, as its error says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FileRole {
    #[default]
    Campaign,
    /// The settings file (`--config`).
    Settings,
}

impl ReadError {
    /// The path that could not be read.
    pub fn path(&self) -> &Path {
        match self {
            ReadError::NotFound { path }
            | ReadError::IsDirectory { path }
            | ReadError::NotAFile { path, .. }
            | ReadError::TooLarge { path, .. }
            | ReadError::WrongEncoding { path, .. }
            | ReadError::NotUtf8 { path, .. }
            | ReadError::PermissionDenied { path }
            | ReadError::Encrypted { path }
            | ReadError::Locked { path, .. }
            | ReadError::Io { path, .. } => path,
        }
    }
}

impl ReadError {
    /// The error as a line of the report: `FILE:LINE:COL: error: …` where
    /// the bytes of the file are at fault (not UTF-8, or UTF-16 at line 1,
    /// column 1), as every problem of a file is said, so that editors and
    /// CI jump to it; else `error: cannot read FILE: …`.
    pub fn report(&self) -> String {
        self.report_as(FileRole::Campaign)
    }

    /// [`ReadError::report`] of a file meant to be `role`.
    pub fn report_as(&self, role: FileRole) -> String {
        let path = self.path().display().to_string();
        let path = sanitize_line(&path);
        match self {
            ReadError::WrongEncoding { encoding, .. } => format!(
                "{path}:1:1: {}: {}",
                t!("check-error"),
                t!("read-wrong-encoding", encoding = encoding.to_string())
            ),
            ReadError::NotUtf8 {
                offset,
                line,
                column,
                byte,
                ..
            } => format!(
                "{path}:{line}:{column}: {}: {}",
                t!("check-error"),
                t!(
                    "read-not-utf8-at",
                    byte = format!("0x{byte:02x}"),
                    offset = offset.to_string()
                )
            ),
            _ => format!("{}: {}", t!("check-error"), self.said_as(role)),
        }
    }
}

/// A size in bytes as people read it: "64 MiB", "100.5 MiB", "812 bytes".
fn human_size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes < MIB {
        return format!("{bytes} bytes");
    }
    let tenths = bytes.saturating_mul(10) / MIB;
    match (tenths / 10, tenths % 10) {
        (whole, 0) => format!("{whole} MiB"),
        (whole, tenth) => format!("{whole}.{tenth} MiB"),
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said_as(FileRole::Campaign))
    }
}

impl ReadError {
    /// "cannot read FILE: …", of a file meant to be `role`.
    pub fn said_as(&self, role: FileRole) -> String {
        let path = self.path().display().to_string();
        let path = sanitize_line(&path);
        let path = path.as_ref();
        let why = match self {
            ReadError::NotFound { .. } if role == FileRole::Settings => {
                t!("read-not-found-settings", path = path)
            }
            ReadError::NotFound { .. } => t!("read-not-found", path = path),
            ReadError::IsDirectory { .. } if role == FileRole::Settings => {
                t!("read-directory-settings")
            }
            ReadError::IsDirectory { .. } => t!("read-directory"),
            ReadError::NotAFile { kind, .. } => {
                let kind = match kind {
                    FileKind::Fifo => t!("read-kind-fifo"),
                    FileKind::Socket => t!("read-kind-socket"),
                    FileKind::Device => t!("read-kind-device"),
                    FileKind::Directory | FileKind::Special => t!("read-kind-special"),
                };
                match role {
                    FileRole::Campaign => t!("read-not-a-file", kind = kind),
                    FileRole::Settings => t!("read-not-a-file-settings", kind = kind),
                }
            }
            ReadError::TooLarge {
                size, grew: false, ..
            } => t!(
                "read-too-large",
                size = human_size(*size),
                bytes = size.to_string(),
                max = human_size(MAX_FILE_BYTES)
            ),
            ReadError::TooLarge { grew: true, .. } => {
                t!("read-grew", max = human_size(MAX_FILE_BYTES))
            }
            ReadError::WrongEncoding { encoding, .. } => {
                t!("read-wrong-encoding", encoding = encoding.to_string())
            }
            ReadError::Encrypted { .. } => t!("read-encrypted", path = path),
            ReadError::Locked { message, .. } => sanitize_line(message).into_owned(),
            ReadError::NotUtf8 {
                offset,
                line,
                column,
                byte,
                ..
            } => t!(
                "read-not-utf8",
                byte = format!("0x{byte:02x}"),
                line = line.to_string(),
                column = column.to_string(),
                offset = offset.to_string()
            ),
            ReadError::PermissionDenied { .. } => t!("read-permission"),
            ReadError::Io { source, .. } => source.to_string(),
        };
        t!("read-cannot", path = path, why = why)
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

/// What a path that is not a regular file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Directory,
    Fifo,
    Socket,
    Device,
    /// Any other that is not a regular file.
    Special,
}

/// What a path that is not a regular file is; `None` for a regular file.
fn not_a_file(meta: &std::fs::Metadata) -> Option<FileKind> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some(FileKind::Directory);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some(FileKind::Fifo);
        }
        if t.is_socket() {
            return Some(FileKind::Socket);
        }
        if t.is_char_device() || t.is_block_device() {
            return Some(FileKind::Device);
        }
    }
    Some(FileKind::Special)
}

/// The encoding a byte-order mark or the first bytes show, when it is one
/// of the UTF-16 or UTF-32 forms that editors on some systems save in.
fn other_encoding(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, 0, 0, ..] | [0, 0, 0xFE, 0xFF, ..] => Some("UTF-32"),
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => Some("UTF-16"),
        // No mark: ASCII text in UTF-16 has a zero byte in every pair.
        _ => {
            let head = &bytes[..bytes.len().min(64) & !1];
            let pairs = head.len() / 2;
            let zero_odd = head.iter().skip(1).step_by(2).all(|&b| b == 0);
            let zero_even = head.iter().step_by(2).all(|&b| b == 0);
            let text_other = |skip: usize| {
                head.iter()
                    .skip(skip)
                    .step_by(2)
                    .all(|&b| b.is_ascii_graphic() || b.is_ascii_whitespace())
            };
            (pairs >= 2 && ((zero_odd && text_other(0)) || (zero_even && text_other(1))))
                .then_some("UTF-16")
        }
    }
}

/// Reads all of `reader` if it holds at most `max` bytes; `None` if it
/// holds more. Never reads more than `max + 1` bytes, so a file that grows
/// while read, or a reader that never ends, costs bounded memory.
fn read_at_most(reader: impl Read, max: u64, expected: u64) -> io::Result<Option<Vec<u8>>> {
    let capacity = usize::try_from(expected.min(max).saturating_add(1)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    reader.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

/// Reads a file as UTF-8 text, refusing at once what is not a regular file
/// (a FIFO would block, a device such as `/dev/zero` never end) and a file
/// larger than [`MAX_FILE_BYTES`], before reading it.
pub fn read_file(path: &Path) -> Result<String, ReadError> {
    read_file_unlocked(path, None)
}

/// What opens an encrypted campaign file, asked for only when one is read:
/// given its path and bytes (a passphrase file or one encrypted to keys),
/// the key, or why there is none. The caller's: it may ask on a terminal.
pub type Unlock<'a> = &'a dyn Fn(&Path, &[u8]) -> Result<crypt::Key, String>;

/// [`read_file`] of a file that is encrypted when `seal` is given (opened
/// with what the seal keeps): the dashboard's reloads and writes.
pub fn read_file_sealed(path: &Path, seal: Option<&crypt::Seal>) -> Result<String, ReadError> {
    match seal {
        None => read_file(path),
        Some(seal) => {
            let unlock = |_: &Path, _: &[u8]| seal.key().map_err(|e| e.to_string());
            read_file_unlocked(path, Some(&unlock))
        }
    }
}

/// [`read_file`], and a file encrypted with age decrypted in memory with
/// the key `unlock` gives (`None`: such a file is refused, said as such).
pub fn read_file_unlocked(path: &Path, unlock: Option<Unlock<'_>>) -> Result<String, ReadError> {
    decode(path, read_bytes(path)?, unlock)
}

/// [`read_file_sealed`], with the version of the bytes as they were read
/// from the disk (encrypted, or not text) whenever they could be read,
/// even when they are not a campaign's text: what a write-back compares
/// the file with before it replaces it ([`write::write_back`]).
pub fn read_file_seen(
    path: &Path,
    seal: Option<&crypt::Seal>,
) -> (Option<write::Version>, Result<String, ReadError>) {
    let bytes = match read_bytes(path) {
        Ok(bytes) => bytes,
        Err(e) => return (None, Err(e)),
    };
    let seen = write::Version::of_bytes(&bytes);
    let text = match seal {
        None => decode(path, bytes, None),
        Some(seal) => {
            let unlock = |_: &Path, _: &[u8]| seal.key().map_err(|e| e.to_string());
            decode(path, bytes, Some(&unlock))
        }
    };
    (Some(seen), text)
}

/// A file's bytes as text: decrypted first when they are encrypted with
/// age and `unlock` gives the key.
fn decode(
    path: &Path,
    mut bytes: Vec<u8>,
    unlock: Option<Unlock<'_>>,
) -> Result<String, ReadError> {
    let owned = || path.to_path_buf();
    if crypt::is_age(&bytes) {
        let Some(unlock) = unlock else {
            return Err(ReadError::Encrypted { path: owned() });
        };
        let locked = |message: String| ReadError::Locked {
            path: owned(),
            message,
        };
        let key = unlock(path, &bytes).map_err(locked)?;
        let plain = crypt::decrypt(&bytes, &key).map_err(|e| locked(e.to_string()))?;
        bytes = plain.to_vec();
    }
    if let Some(encoding) = other_encoding(&bytes) {
        return Err(ReadError::WrongEncoding {
            path: owned(),
            encoding,
        });
    }
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

/// Reads a file's bytes, with the refusals of [`read_file`]: not a
/// regular file, larger than [`MAX_FILE_BYTES`].
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, ReadError> {
    let owned = || path.to_path_buf();
    let classify = |e: io::Error| match e.kind() {
        io::ErrorKind::NotFound => ReadError::NotFound { path: owned() },
        io::ErrorKind::PermissionDenied => ReadError::PermissionDenied { path: owned() },
        io::ErrorKind::IsADirectory => ReadError::IsDirectory { path: owned() },
        _ => ReadError::Io {
            path: owned(),
            source: e,
        },
    };
    let check = |meta: &std::fs::Metadata| -> Result<(), ReadError> {
        match not_a_file(meta) {
            Some(FileKind::Directory) => return Err(ReadError::IsDirectory { path: owned() }),
            Some(kind) => {
                return Err(ReadError::NotAFile {
                    path: owned(),
                    kind,
                });
            }
            None => {}
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(ReadError::TooLarge {
                path: owned(),
                size: meta.len(),
                grew: false,
            });
        }
        Ok(())
    };
    // The type from the path first: opening a FIFO would wait for a writer.
    check(&std::fs::metadata(path).map_err(classify)?)?;
    let file = std::fs::File::open(path).map_err(classify)?;
    // Again from the open file, in case the path was replaced meanwhile.
    let meta = file.metadata().map_err(classify)?;
    check(&meta)?;
    let Some(bytes) = read_at_most(file, MAX_FILE_BYTES, meta.len()).map_err(classify)? else {
        return Err(ReadError::TooLarge {
            path: owned(),
            size: MAX_FILE_BYTES + 1,
            grew: true,
        });
    };
    Ok(bytes)
}

/// Reads and loads a campaign file; returns the text too, for snippets.
pub fn load_file(path: &Path, opts: &LoadOptions) -> Result<(String, Loaded), ReadError> {
    load_file_unlocked(path, opts, None)
}

/// [`load_file`] of a file that may be encrypted ([`read_file_unlocked`]).
pub fn load_file_unlocked(
    path: &Path,
    opts: &LoadOptions,
    unlock: Option<Unlock<'_>>,
) -> Result<(String, Loaded), ReadError> {
    let text = read_file_unlocked(path, unlock)?;
    let loaded = parse_str(&text, opts);
    Ok((text, loaded))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PartialDate;

    fn opts() -> LoadOptions {
        LoadOptions {
            today: None,
            system_today: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            retention: true,
        }
    }

    #[test]
    fn the_starter_is_an_empty_campaign_whose_comments_are_every_section() {
        let loaded = parse_str(STARTER, &opts());
        assert_eq!(loaded.problems, vec![]);
        let c = loaded.campaign.unwrap();
        assert_eq!(c.format, 1);
        assert_eq!(c.info.as_of, None, "today is today");
        let records = c.organisations.len()
            + c.prisoners.len()
            + c.events.len()
            + c.statements.len()
            + c.petitions.len()
            + c.snoozed.len();
        assert_eq!(records, 0);
        // Every commented setting taken in: one record of every section,
        // each key a real one, and no problem.
        let mut on = false;
        let mut text = String::new();
        for line in STARTER.lines() {
            if line.starts_with("# [[") {
                on = true;
            } else if line.starts_with("# ---") {
                on = false;
            }
            let key = line.strip_prefix("# ").filter(|rest| {
                rest.split_once(" = ")
                    .is_some_and(|(k, _)| k.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
            });
            let taken = match (on, line.strip_prefix("# ")) {
                (true, Some(rest)) => rest,
                _ => key.unwrap_or(line),
            };
            text.push_str(taken);
            text.push('\n');
        }
        let loaded = parse_str(&text, &opts());
        assert_eq!(loaded.problems, vec![], "{text}");
        let c = loaded.campaign.unwrap();
        assert!(c.info.as_of.is_some());
        assert_eq!(c.organisations.len(), 1);
        assert_eq!(c.prisoners.len(), 2);
        assert_eq!(c.prisoners[0].sentence_months, Some(48));
        assert!(c.prisoners[0].address().is_some());
        assert_eq!(c.events.len(), 1);
        assert_eq!(c.statements.len(), 1);
        assert_eq!(c.petitions.len(), 1);
        assert_eq!(c.petitions[0].counts.len(), 2);
        assert!(c.petitions[0].delivered.is_some());
        assert_eq!(c.snoozed.len(), 1);
        assert!(c.snoozed[0].note.is_some());
        // Someone following the starter meets the letters, the story and
        // the agenda's settings.
        assert_eq!(c.letters.len(), 1);
        let p = &c.prisoners[0];
        assert!(!p.risk.is_empty() && p.checked.is_some() && p.sort_as().is_some());
        let story = &c.prisoners[1];
        assert_eq!(story.custody.len(), 2);
        assert_eq!(story.earlier.len(), 1);
        assert!(c.info.post_days.is_some() && c.info.write_every_days.is_some());
        assert!(c.info.check_every_days.is_some());
        // Every key of every record is shown.
        use crate::model::fields::Record;
        fn keys<R: Record>() -> Vec<&'static str> {
            R::FIELDS.iter().map(|f| f.key).collect()
        }
        let every = [
            keys::<crate::model::CampaignInfo>(),
            keys::<crate::model::Prisoner>(),
            keys::<crate::model::Custody>(),
            keys::<crate::model::Earlier>(),
            keys::<crate::model::Letter>(),
            keys::<crate::model::Event>(),
            keys::<crate::model::Statement>(),
            keys::<crate::model::Organisation>(),
            keys::<crate::model::Petition>(),
            keys::<crate::model::Snooze>(),
            keys::<crate::model::Facility>(),
        ];
        for key in every.iter().flatten() {
            assert!(
                STARTER.contains(&format!(" {key} = "))
                    || STARTER.contains(&format!("\n{key} = "))
                    || STARTER.contains(&format!("[[prisoners.{key}]]")),
                "the starter never shows `{key}`"
            );
        }
    }

    #[test]
    fn the_example_is_the_bundled_campaign_and_loads_clean() {
        let loaded = parse_str(EXAMPLE, &opts());
        assert_eq!(loaded.problems, vec![]);
        let c = loaded.campaign.unwrap();
        assert_eq!(c.info.name, "Trade union activity is not extremism");
        assert_eq!(
            c.prisoners[3].detained,
            Some(PartialDate::parse("2022-04").unwrap())
        );
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
        let text = EXAMPLE;
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

    fn messages(loaded: &Loaded) -> Vec<&str> {
        loaded.problems.iter().map(|p| p.message.as_str()).collect()
    }

    #[test]
    fn a_record_that_does_not_parse_still_counts_for_refs_and_duplicates() {
        let text = "[campaign]\nname = \"x\"\n\
            [[organisations]]\nid = \"bkdp\"\nname = \"B\"\nname = \"B\"\n\
            [[organisations]]\nid = \"bkdp\"\nname = \"again\"\n\
            [[prisoners]]\nid = \"a\"\nname = \"A\"\nstatus = \"detained\"\norganisations = [\"bkdp\", \"none\"]\n\
            [[prisoners]]\nname = \"B\"\nstatus = detained\n";
        let loaded = parse_str(text, &opts());
        assert!(loaded.campaign.is_none());
        assert_eq!(
            messages(&loaded),
            [
                "organisations[1] \"bkdp\": invalid TOML: duplicate key",
                "organisations[2] \"bkdp\": duplicate id `bkdp`, already used by organisations[1] on line 4",
                "prisoners[1] \"a\": `organisations` refers to \"none\", which is not the id of any [[organisations]] record",
                "prisoners[2] \"B\": invalid TOML: string values must be quoted, expected literal string",
            ]
        );
        // Each at its place in the file, not in its chunk.
        let at = |p: &Problem| line_col(text, p.span.start);
        assert_eq!(at(&loaded.problems[0]), (6, 1));
        assert_eq!(at(&loaded.problems[3]), (17, 10));
    }

    #[test]
    fn a_campaign_table_that_does_not_parse_is_not_missing() {
        let text = "[campaign]\nname = \"x\"\nas_of = 2023-05-06\nname = \"y\"\n\
            [[prisoners]]\nid = \"a\"\nname = \"A\"\nstatus = \"detained\"\ndetained = 2024-01-01\nnmae = 1\n";
        let loaded = parse_str(text, &opts());
        let said = messages(&loaded);
        assert_eq!(said.len(), 3, "{said:?}");
        assert_eq!(said[0], "[campaign]: invalid TOML: duplicate key");
        // `as_of` still read: today is 2023-05-06, not the system's 2026.
        assert!(said[1].contains("is after today (2023-05-06)"), "{said:?}");
        assert!(said[2].contains("unknown key `nmae`"), "{said:?}");
    }

    #[test]
    fn an_open_multi_line_string_reports_the_first_syntax_error_alone() {
        // The string swallows the headers after it: nothing after it can
        // be read, so no error is made up about what is there.
        let text = "[campaign]\nname = \"x\"\n[[prisoners]]\nid = \"a\"\nnotes = \"\"\"\n[[prisoners]]\nid = \"b\"\nstatus = 1\n";
        let loaded = parse_str(text, &opts());
        assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
        assert!(loaded.problems[0].message.starts_with("invalid TOML"));
        let text = "[campaign]\nname = \"x\"\nlinks = [\"a\",\n[[prisoners]]\nid = \"a\"\n";
        let loaded = parse_str(text, &opts());
        assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
    }

    #[test]
    fn an_unclosed_header_is_reported_on_its_own_line() {
        let text = "[campaign]\nname = \"x\"\n\n[[prisoners]]\nid = \"a\"\nname = \"A\"\nstatus = \"x\"\n\n[[prisoners\nid = \"b\"\nname = \"B\"\nstatus = \"detained\"\n";
        let loaded = parse_str(text, &opts());
        let at: Vec<(usize, usize)> = loaded
            .problems
            .iter()
            .map(|p| line_col(text, p.span.start))
            .collect();
        assert_eq!(at, [(7, 10), (9, 12)], "{:?}", loaded.problems);
        assert_eq!(
            loaded.problems[1].message,
            "prisoners[2] \"b\": invalid TOML: unclosed array table, expected `]]`"
        );
    }

    #[test]
    fn a_format_without_digits_is_not_a_newer_format() {
        let loaded = parse_str("format = 0x\n[campaign]\nname = \"x\"\n", &opts());
        assert_eq!(
            messages(&loaded),
            ["`format` must be a whole number, found `0x`"]
        );
        let loaded = parse_str(
            "format = 0x1000000000000000000\n[campaign]\nname = \"x\"\n",
            &opts(),
        );
        assert!(messages(&loaded)[0].contains("needs a newer campaign-dash"));
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
    fn the_bounded_read_stops_one_byte_past_the_limit() {
        // An endless reader, as /dev/zero or a file that keeps growing.
        let endless = std::io::repeat(b'a');
        assert_eq!(read_at_most(endless, 1000, 0).unwrap(), None);
        let bytes = read_at_most(&b"[campaign]"[..], 10, 10).unwrap();
        assert_eq!(bytes.as_deref(), Some(&b"[campaign]"[..]));
        assert_eq!(read_at_most(&b"[campaign]"[..], 9, 10).unwrap(), None);
        // A wrong size from the system changes nothing but the capacity.
        let bytes = read_at_most(&b"abc"[..], 10, u64::MAX).unwrap();
        assert_eq!(bytes.as_deref(), Some(&b"abc"[..]));
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(human_size(812), "812 bytes");
        assert_eq!(human_size(MAX_FILE_BYTES), "64 MiB");
        assert_eq!(human_size(100 * 1024 * 1024 + 512 * 1024), "100.5 MiB");
    }

    #[test]
    fn other_encodings_are_named() {
        assert_eq!(other_encoding(b"\xff\xfe[\0c\0"), Some("UTF-16"));
        assert_eq!(other_encoding(b"\xfe\xff\0[\0c"), Some("UTF-16"));
        assert_eq!(other_encoding(b"\xff\xfe\0\0[\0\0\0"), Some("UTF-32"));
        assert_eq!(other_encoding(b"[\0c\0a\0m\0"), Some("UTF-16"));
        assert_eq!(other_encoding(b"\0[\0c\0a\0m"), Some("UTF-16"));
        assert_eq!(other_encoding(b"[campaign]\n"), None);
        assert_eq!(other_encoding(&[0; 100]), None);
        assert_eq!(other_encoding(b""), None);
        assert_eq!(other_encoding(b"\xef\xbb\xbf[campaign]"), None);
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
