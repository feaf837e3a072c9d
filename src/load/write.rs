//! Writing a campaign file: an organiser's explicit action (a letter
//! logged, a record checked), never anything else.
//!
//! A write reads the file, refuses when it is not the version the caller
//! showed ([`Version`]: an editor or `git pull` saved it meanwhile),
//! makes the edits on its text ([`super::edit`]: only the lines written
//! change), loads the result and refuses it when it has any error, then
//! replaces the file atomically: a temporary file in the same folder,
//! written, given the file's mode, flushed to the disk, renamed over the
//! file (the target of a symbolic link, when the path is one), and the
//! folder flushed. A crash at any point leaves the old file or the new
//! one, whole.

use std::fmt;
use std::hash::Hasher;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::crypt::{Seal, recipients_path};
use super::edit::{self, Edit, EditError};
use super::{LoadOptions, Loaded, ReadError, Severity, line_col, parse_str, read_file_sealed};

/// What tells one version of a file's text from another: its length and a
/// hash of its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Version {
    len: usize,
    hash: u64,
}

impl Version {
    pub fn of(text: &str) -> Version {
        Version::of_bytes(text.as_bytes())
    }

    /// The version of bytes as they are on disk (encrypted, or not text):
    /// the same as [`Version::of`] for text.
    pub fn of_bytes(bytes: &[u8]) -> Version {
        let mut h = std::hash::DefaultHasher::new();
        h.write(bytes);
        Version {
            len: bytes.len(),
            hash: h.finish(),
        }
    }

    /// The length in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True for the version of an empty file.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A write that was made.
#[derive(Debug)]
pub struct Written {
    /// The file's text before: what an undo writes back.
    pub before: String,
    /// The file's text now.
    pub text: String,
    pub version: Version,
    /// The line (from 1) where each edit wrote, in the order of the edits.
    pub lines: Vec<usize>,
    /// The new text loaded (it has no error).
    pub loaded: Loaded,
}

/// A problem the edited text would have had, located in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub line: usize,
    pub column: usize,
    /// The key of the line it is on, when it is on a `key = value` line:
    /// the field of a form to show it at.
    pub key: Option<String>,
    pub message: String,
    pub help: Option<String>,
}

/// Why nothing was written.
#[derive(Debug)]
pub enum WriteError {
    Read(ReadError),
    /// The file on disk is not the version shown.
    Changed,
    Edit(EditError),
    /// The edited text would not load: its errors, first ones first.
    Invalid(Vec<Refusal>),
    /// The new text could not be encrypted again (whom to is not known).
    Sealed {
        path: PathBuf,
        message: String,
    },
    /// Writing or renaming failed.
    Io {
        path: PathBuf,
        source: io::Error,
    },
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Read(e) => write!(f, "{e}"),
            WriteError::Changed => write!(
                f,
                "the file was changed on disk since it was read; nothing was written"
            ),
            WriteError::Edit(e) => write!(f, "{e}"),
            WriteError::Invalid(problems) => match problems.first() {
                Some(p) => write!(
                    f,
                    "not written: it would make the file wrong at line {}: {}",
                    p.line, p.message
                ),
                None => write!(f, "not written: it would make the file wrong"),
            },
            WriteError::Sealed { path, message } => write!(
                f,
                "not written: {} is encrypted, and {message}; the file is as it was",
                crate::sanitize::sanitize_line(&path.display().to_string())
            ),
            WriteError::Io { path, source } => write!(
                f,
                "could not write {}: {source}; the file is as it was",
                crate::sanitize::sanitize_line(&path.display().to_string())
            ),
        }
    }
}

impl std::error::Error for WriteError {}

/// Makes `edits` on the file at `path`, if it is still the version
/// `expected`: a version the caller loaded with no error (a file with
/// errors is fixed in the editor, not written to); see the module
/// documentation.
///
/// With a `seal`, the file is encrypted with age: read and compared
/// decrypted, in memory, and written encrypted again
/// ([`crate::load::crypt::Seal::close`]); the plaintext never reaches the
/// disk.
pub fn commit(
    path: &Path,
    expected: Version,
    edits: &[Edit],
    opts: &LoadOptions,
    seal: Option<&Seal>,
) -> Result<Written, WriteError> {
    let before = read_text(path, seal)?;
    if Version::of(&before) != expected {
        return Err(WriteError::Changed);
    }
    let spliced = edit::apply(&before, edits).map_err(WriteError::Edit)?;
    finish(path, before, spliced.text, spliced.lines, opts, seal)
}

/// Writes `text` back as the file, if it is still the version `expected`:
/// an undo.
pub fn restore(
    path: &Path,
    expected: Version,
    text: String,
    opts: &LoadOptions,
    seal: Option<&Seal>,
) -> Result<Written, WriteError> {
    let before = read_text(path, seal)?;
    if Version::of(&before) != expected {
        return Err(WriteError::Changed);
    }
    let line = first_changed_line(&before, &text);
    finish(path, before, text, vec![line], opts, seal)
}

/// Writes `text`, a version that loaded, back as the file, if the file's
/// bytes on disk are still `on_disk` (as they were read, encrypted or not,
/// when they could not be shown: empty, with errors, not text): the
/// dashboard's write-back of the version it shows. Never undone: what it
/// replaced could not be loaded.
pub fn write_back(
    path: &Path,
    on_disk: Version,
    text: String,
    opts: &LoadOptions,
    seal: Option<&Seal>,
) -> Result<Written, WriteError> {
    let raw = super::read_bytes(path).map_err(WriteError::Read)?;
    if Version::of_bytes(&raw) != on_disk {
        return Err(WriteError::Changed);
    }
    let (loaded, sealed) = checked(path, &text, opts, seal)?;
    // Read once more just before the rename, as for any write.
    if super::read_bytes(path).map_err(WriteError::Read)? != raw {
        return Err(WriteError::Changed);
    }
    drop(raw);
    replace(path, sealed.as_deref().unwrap_or(text.as_bytes()))?;
    Ok(Written {
        version: Version::of(&text),
        before: String::new(),
        lines: vec![1],
        text,
        loaded,
    })
}

/// The file's text: decrypted with `seal` where it is encrypted.
fn read_text(path: &Path, seal: Option<&Seal>) -> Result<String, WriteError> {
    read_file_sealed(path, seal).map_err(WriteError::Read)
}

/// The line (from 1) of `after` where it starts to differ from `before`.
fn first_changed_line(before: &str, after: &str) -> usize {
    let same = before
        .bytes()
        .zip(after.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    memchr::memchr_iter(b'\n', &after.as_bytes()[..same]).count() + 1
}

fn finish(
    path: &Path,
    before: String,
    text: String,
    lines: Vec<usize>,
    opts: &LoadOptions,
    seal: Option<&Seal>,
) -> Result<Written, WriteError> {
    let (loaded, sealed) = checked(path, &text, opts, seal)?;
    // Read once more just before the rename: the window in which another
    // writer's save would be lost is the rename's alone.
    let now = read_text(path, seal)?;
    if now != before {
        return Err(WriteError::Changed);
    }
    drop(now);
    replace(path, sealed.as_deref().unwrap_or(text.as_bytes()))?;
    Ok(Written {
        version: Version::of(&text),
        before,
        text,
        lines,
        loaded,
    })
}

/// The text to write loaded (refused with its errors, located, when it
/// has any) and, with a `seal`, encrypted again: what every write checks
/// before it replaces the file.
fn checked(
    path: &Path,
    text: &str,
    opts: &LoadOptions,
    seal: Option<&Seal>,
) -> Result<(Loaded, Option<Vec<u8>>), WriteError> {
    let loaded = parse_str(text, opts);
    if loaded.has_errors() {
        let refusals = loaded
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| refusal(text, p))
            .collect();
        return Err(WriteError::Invalid(refusals));
    }
    let sealed = match seal {
        None => None,
        Some(seal) => {
            let listed = std::fs::read_to_string(recipients_path(path)).ok();
            Some(
                seal.close(text.as_bytes(), listed.as_deref())
                    .map_err(|message| WriteError::Sealed {
                        path: path.to_path_buf(),
                        message,
                    })?,
            )
        }
    };
    Ok((loaded, sealed))
}

fn refusal(text: &str, p: &super::Problem) -> Refusal {
    let (line, column) = line_col(text, p.span.start);
    let start = text[..p.span.start.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let rest = &text[start..];
    let line_text = rest.split('\n').next().unwrap_or("");
    let key = line_text
        .split_once('=')
        .map(|(k, _)| k.trim())
        .filter(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
        .map(str::to_owned);
    Refusal {
        line,
        column,
        key,
        message: p.message.clone(),
        help: p.help.clone(),
    }
}

/// Replaces the file at `path` (the target of the link, when it is a
/// symbolic link) by `bytes`, atomically, keeping its mode.
pub fn replace(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let io_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| WriteError::Io {
            path: path.clone(),
            source,
        }
    };
    let target = std::fs::canonicalize(path).map_err(io_err(path))?;
    let dir = match target.parent() {
        Some(d) => d.to_path_buf(),
        None => PathBuf::from("."),
    };
    let meta = std::fs::metadata(&target).map_err(io_err(&target))?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(io_err(&dir))?;
    tmp.write_all(bytes).map_err(io_err(tmp.path()))?;
    tmp.as_file()
        .set_permissions(meta.permissions())
        .map_err(io_err(tmp.path()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Kept where the system allows it (a file of another owner is left
        // to the one writing it).
        let _ = std::os::unix::fs::fchown(tmp.as_file(), Some(meta.uid()), Some(meta.gid()));
    }
    tmp.as_file().sync_all().map_err(io_err(tmp.path()))?;
    tmp.persist(&target).map_err(|e| WriteError::Io {
        path: target.clone(),
        source: e.error,
    })?;
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Direction, Letter};
    use chrono::NaiveDate;

    fn opts() -> LoadOptions {
        let d = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        LoadOptions {
            today: Some(d),
            system_today: d,
            retention: true,
        }
    }

    const FILE: &str = "format = 1\n\n[campaign]\nname = \"C\"\n\n[[prisoners]]\nid = \"ann\"\nname = \"Ann\"\nstatus = \"imprisoned\"\n";

    fn letter(prisoner: &str) -> Edit {
        Edit::AddLetter(Letter {
            date: NaiveDate::from_ymd_opt(2026, 12, 6).unwrap(),
            prisoner: prisoner.to_owned(),
            direction: Direction::Sent,
            ..Letter::default()
        })
    }

    fn file() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, FILE).unwrap();
        (dir, path)
    }

    #[test]
    fn a_write_replaces_the_file_and_an_undo_puts_it_back() {
        let (_dir, path) = file();
        let w = commit(&path, Version::of(FILE), &[letter("ann")], &opts(), None).unwrap();
        let now = std::fs::read_to_string(&path).unwrap();
        assert_eq!(now, w.text);
        assert!(now.starts_with(FILE));
        assert_eq!(w.lines, [11]);
        assert_eq!(w.before, FILE);
        assert_eq!(w.version, Version::of(&now));
        assert_eq!(w.loaded.campaign.as_ref().unwrap().letters.len(), 1);
        let back = restore(&path, w.version, w.before, &opts(), None).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), FILE);
        assert_eq!(back.lines, [10]);
        // Nothing is left beside the file.
        assert_eq!(
            std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1
        );
    }

    #[test]
    fn the_version_shown_is_written_back_over_what_could_not_be_shown() {
        let (_dir, path) = file();
        // Truncated by an editor, then half of it written by another one,
        // then bytes that are not text: each written back, byte for byte.
        for broken in [&b""[..], &FILE.as_bytes()[..40], b"\xff\xfe garbage"] {
            std::fs::write(&path, broken).unwrap();
            let w = write_back(
                &path,
                Version::of_bytes(broken),
                FILE.to_owned(),
                &opts(),
                None,
            )
            .unwrap();
            assert_eq!(std::fs::read_to_string(&path).unwrap(), FILE);
            assert_eq!(w.version, Version::of(FILE));
            assert!(w.before.is_empty(), "never undone");
        }
    }

    #[test]
    fn a_write_back_is_refused_when_the_file_changed_since_it_was_seen() {
        let (_dir, path) = file();
        std::fs::write(&path, "").unwrap();
        let seen = Version::of_bytes(b"");
        // Saved again (fixed, say) after the dashboard saw it empty.
        let fixed = FILE.replace("Ann", "Anna");
        std::fs::write(&path, &fixed).unwrap();
        assert!(matches!(
            write_back(&path, seen, FILE.to_owned(), &opts(), None),
            Err(WriteError::Changed)
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), fixed);
        // Nor is a version with errors written back.
        std::fs::write(&path, "").unwrap();
        assert!(matches!(
            write_back(
                &path,
                seen,
                "[campaign]\nname = 3\n".to_owned(),
                &opts(),
                None
            ),
            Err(WriteError::Invalid(_))
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "");
    }

    #[test]
    fn a_file_changed_since_it_was_shown_is_not_written() {
        let (_dir, path) = file();
        let shown = Version::of(FILE);
        let saved = FILE.replace("Ann", "Anna");
        std::fs::write(&path, &saved).unwrap();
        assert!(matches!(
            commit(&path, shown, &[letter("ann")], &opts(), None),
            Err(WriteError::Changed)
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), saved);
        assert!(matches!(
            restore(&path, shown, FILE.to_owned(), &opts(), None),
            Err(WriteError::Changed)
        ));
    }

    #[test]
    fn an_edit_that_would_make_an_error_is_refused_at_its_key() {
        let (_dir, path) = file();
        let Err(WriteError::Invalid(why)) =
            commit(&path, Version::of(FILE), &[letter("nobody")], &opts(), None)
        else {
            panic!("written");
        };
        assert_eq!(why[0].key.as_deref(), Some("prisoner"));
        assert_eq!(why[0].line, 13);
        assert!(why[0].message.contains("nobody"), "{why:?}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), FILE);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_stays_a_link_and_the_mode_is_kept() {
        use std::os::unix::fs::PermissionsExt;
        let (dir, path) = file();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        commit(&link, Version::of(FILE), &[letter("ann")], &opts(), None).unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        let meta = std::fs::metadata(&path).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, 0o640);
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .contains("[[letters]]")
        );
    }
}
