//! The starter campaign file that `campaign-dash init` writes.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::sanitize::sanitize_line;

/// The commented starter file, `assets/starter.toml`.
pub const STARTER: &str = include_str!("../../assets/starter.toml");

/// The bundled example campaign, `campaign.toml`, that `init --example`
/// writes.
pub const EXAMPLE: &str = include_str!("../../campaign.toml");

/// Why the starter file could not be written.
#[derive(Debug)]
pub enum InitError {
    /// Something is already at the path; it is never overwritten.
    Exists { path: PathBuf },
    /// The folder to write into does not exist.
    NoFolder { path: PathBuf },
    /// The path ends with a separator: it names a folder, not a file;
    /// `exists` says whether that folder is there.
    Folder { path: PathBuf, exists: bool },
    /// What should be a folder on the way to the path is a file.
    NotAFolder { path: PathBuf, file: PathBuf },
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
            InitError::Folder { path, exists } => {
                let p = shown(path);
                let file = shown(&path.join("campaign.toml"));
                if *exists {
                    write!(
                        f,
                        "cannot write {p}: it is a folder; give the path of a file in it: `campaign-dash init {file}`"
                    )
                } else {
                    write!(
                        f,
                        "cannot write {p}: there is no folder {p}, and init makes no folders; create it, then `campaign-dash init {file}`"
                    )
                }
            }
            InitError::NotAFolder { path, file } => write!(
                f,
                "cannot write {}: {} is a file, not a folder",
                shown(path),
                shown(file)
            ),
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

/// Writes `text` ([`STARTER`] or [`EXAMPLE`]) to `path`, which must not
/// exist yet, all or nothing:
/// into a new file beside it, linked into place only once it is complete
/// (and never over a file that appeared meanwhile), removed on failure.
pub fn write_starter(path: &Path, text: &str) -> Result<(), InitError> {
    let owned = || path.to_path_buf();
    let classify = |e: io::Error| match e.kind() {
        io::ErrorKind::AlreadyExists => InitError::Exists { path: owned() },
        io::ErrorKind::NotFound => InitError::NoFolder { path: owned() },
        io::ErrorKind::PermissionDenied => InitError::PermissionDenied { path: owned() },
        _ => InitError::Io {
            path: owned(),
            source: e,
        },
    };
    let ends_in_separator = path
        .as_os_str()
        .to_string_lossy()
        .ends_with(std::path::is_separator);
    if ends_in_separator {
        return Err(InitError::Folder {
            path: owned(),
            exists: path.is_dir(),
        });
    }
    if fs::symlink_metadata(path).is_ok() || path.file_name().is_none() {
        return Err(InitError::Exists { path: owned() });
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    check_folder(path, folder)?;
    let (temp, mut file) = create_beside(path, folder).map_err(classify)?;
    survive_file_size_limit();
    let done = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            put_in_place(&temp, path)
        });
    // After a link, the temporary name goes; after a failure, the file.
    let _ = fs::remove_file(&temp);
    done.map_err(classify)
}

/// Checks that `folder`, where `path` goes, is a folder: else says which
/// of the folders on the way is missing or a file.
fn check_folder(path: &Path, folder: &Path) -> Result<(), InitError> {
    for (i, dir) in folder.ancestors().enumerate() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        match fs::metadata(dir) {
            Ok(m) if m.is_dir() && i == 0 => return Ok(()),
            Ok(m) if m.is_dir() => break,
            Ok(_) => {
                return Err(InitError::NotAFolder {
                    path: path.to_path_buf(),
                    file: dir.to_path_buf(),
                });
            }
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                ) => {}
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
                return Err(InitError::PermissionDenied {
                    path: path.to_path_buf(),
                });
            }
            Err(source) => {
                return Err(InitError::Io {
                    path: path.to_path_buf(),
                    source,
                });
            }
        }
    }
    Err(InitError::NoFolder {
        path: path.to_path_buf(),
    })
}

/// A new, empty file in `folder` named after `path`, hidden.
fn create_beside(path: &Path, folder: &Path) -> io::Result<(PathBuf, File)> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let mut n = 0u32;
    loop {
        let temp = folder.join(format!(".{name}.init-{}-{n}", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 100 => n += 1,
            Err(e) => return Err(e),
        }
    }
}

/// Gives the complete file at `temp` the name `path`, unless something
/// has that name: a hard link fails then, where a rename would replace
/// it. Where links are not supported, a rename after a last look.
fn put_in_place(temp: &Path, path: &Path) -> io::Result<()> {
    match fs::hard_link(temp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) if fs::symlink_metadata(path).is_ok() => {
            Err(io::Error::from(io::ErrorKind::AlreadyExists))
        }
        Err(_) => fs::rename(temp, path),
    }
}

/// A write past the file size limit (`ulimit -f`) raises SIGXFSZ, which
/// ends the process before it can remove what it wrote; with a handler
/// the write fails with "File too large" instead, and is cleaned up.
fn survive_file_size_limit() {
    #[cfg(unix)]
    {
        use std::sync::Arc;
        use std::sync::atomic::AtomicBool;
        let _ = signal_hook::flag::register(
            signal_hook::consts::SIGXFSZ,
            Arc::new(AtomicBool::new(false)),
        );
    }
}
