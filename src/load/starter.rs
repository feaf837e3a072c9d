//! The starter campaign file that `campaign-dash init` writes.

use std::fmt;
use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::sanitize::sanitize_line;

/// The commented starter file, `assets/starter.toml`.
pub const STARTER: &str = include_str!("../../assets/starter.toml");

/// Why the starter file could not be written.
#[derive(Debug)]
pub enum InitError {
    /// Something is already at the path; it is never overwritten.
    Exists { path: PathBuf },
    /// The folder to write into does not exist.
    NoFolder { path: PathBuf },
    /// Writing is not allowed there.
    PermissionDenied { path: PathBuf },
    /// Any other failure of the system.
    Io { path: PathBuf, source: io::Error },
}

impl fmt::Display for InitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |p: &Path| sanitize_line(&p.display().to_string()).into_owned();
        match self {
            InitError::Exists { path } => write!(
                f,
                "{} already exists; campaign-dash init never overwrites a file (give another path: `campaign-dash init other.toml`)",
                shown(path)
            ),
            InitError::NoFolder { path } => {
                write!(f, "cannot write {}: its folder does not exist", shown(path))
            }
            InitError::PermissionDenied { path } => {
                write!(f, "cannot write {}: permission denied", shown(path))
            }
            InitError::Io { path, source } => {
                write!(f, "cannot write {}: {source}", shown(path))
            }
        }
    }
}

impl std::error::Error for InitError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            InitError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Writes [`STARTER`] to `path`, which must not exist yet.
pub fn write_starter(path: &Path) -> Result<(), InitError> {
    let owned = || path.to_path_buf();
    let classify = |e: io::Error| match e.kind() {
        io::ErrorKind::AlreadyExists | io::ErrorKind::IsADirectory => {
            InitError::Exists { path: owned() }
        }
        io::ErrorKind::NotFound | io::ErrorKind::NotADirectory => {
            InitError::NoFolder { path: owned() }
        }
        io::ErrorKind::PermissionDenied => InitError::PermissionDenied { path: owned() },
        _ => InitError::Io {
            path: owned(),
            source: e,
        },
    };
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(classify)?;
    file.write_all(STARTER.as_bytes()).map_err(classify)?;
    file.sync_all().map_err(classify)
}
