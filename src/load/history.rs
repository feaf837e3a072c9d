//! A local history of the versions of a campaign file that loaded without
//! errors: what an organiser gets back when an editor, a sync client or a
//! `git checkout` gone wrong leaves the file empty or broken, and the
//! dashboard that showed it is closed.
//!
//! Each campaign file has a folder of its own under the state folder
//! (`$XDG_STATE_HOME/campaign-dash/history/`, else
//! `~/.local/state/campaign-dash/history/`), named by a hash of the file's
//! canonical path, with the path written inside (`path`). Every folder is
//! made readable by its owner only (0700). A version is kept once, by the
//! SHA-256 of its text, compressed with gzip; an encrypted (`.age`)
//! campaign's versions are kept encrypted again to the same recipients (by
//! the caller, as every write encrypts: [`super::crypt::Seal::close`]),
//! never in plaintext. Each entry's name says when it was
//! saved, its hash, its records and its size, so that listing reads no
//! entry: `20261207T234501.123Z-0123456789abcdef-104r-52311b.toml.gz`.
//!
//! The last [`KEEP`] versions are kept, and every version of the last
//! [`KEEP_DAYS`] days: an entry is removed only when it is both older than
//! that and beyond that count.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use sha2::{Digest, Sha256};

/// The versions kept at least, whatever their age.
pub const KEEP: usize = 50;
/// The days of versions kept at least, whatever their number.
pub const KEEP_DAYS: i64 = 14;

/// How a saved entry's time is written in its name (UTC, sortable).
const STAMP: &str = "%Y%m%dT%H%M%S%.3fZ";

/// The history of one campaign file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History {
    /// The campaign's own folder.
    dir: PathBuf,
    /// The campaign file's canonical path.
    file: PathBuf,
}

/// One version kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// When it was saved.
    pub at: DateTime<Utc>,
    /// The first 16 hex digits of the SHA-256 of its text.
    pub hash: String,
    /// Its records (prisoners, events, statements, petitions, letters...).
    pub records: usize,
    /// The size of its text in bytes.
    pub size: u64,
    /// Kept encrypted, as the campaign file is.
    pub sealed: bool,
    path: PathBuf,
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// A new version, kept.
    New(Entry),
    /// These bytes were kept already.
    Same(Entry),
}

/// The state folder's history folder: `$XDG_STATE_HOME/campaign-dash/history`,
/// else `$HOME/.local/state/campaign-dash/history`; `None` without either.
pub fn root(state_home: Option<&Path>, home: Option<&Path>) -> Option<PathBuf> {
    let state = match (state_home, home) {
        (Some(s), _) if s.is_absolute() => s.to_path_buf(),
        (_, Some(h)) => h.join(".local").join("state"),
        _ => return None,
    };
    Some(state.join("campaign-dash").join("history"))
}

/// Keeps a version of `file` that loaded without errors (its text, with
/// `records` records) in the history under `root`, encrypted again with
/// `seal` when the file is encrypted: what every command that loads the
/// file does. Never fails the load: the caller says the error once.
pub fn keep(
    root: &Path,
    file: &Path,
    text: &str,
    records: usize,
    seal: Option<&super::crypt::Seal>,
    now: DateTime<Utc>,
) -> Result<Saved, String> {
    let history = History::of(root, file).map_err(|e| e.to_string())?;
    let sealed = match seal {
        None => None,
        Some(seal) => {
            let listed = fs::read_to_string(super::crypt::recipients_path(file)).ok();
            Some(seal.close(text.as_bytes(), listed.as_deref())?)
        }
    };
    history
        .save(text.as_bytes(), sealed.as_deref(), records, now)
        .map_err(|e| format!("{}: {e}", history.dir().display()))
}

/// The first 16 hex digits of the SHA-256 of `bytes`.
fn hash_of(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Makes `dir` (and the folders above it) readable by its owner only.
fn private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

impl History {
    /// The history of the campaign file at `file` under `root`
    /// ([`root`]); nothing is made until a version is saved.
    pub fn of(root: &Path, file: &Path) -> io::Result<History> {
        // A file removed is found by its folder: its history is what
        // brings it back.
        let file = fs::canonicalize(file).or_else(|e| {
            let name = file.file_name().ok_or(e)?;
            let folder = match file.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            Ok::<_, io::Error>(fs::canonicalize(folder)?.join(name))
        })?;
        let name = hash_of(file.as_os_str().as_encoded_bytes());
        Ok(History {
            dir: root.join(name),
            file,
        })
    }

    /// The campaign's own folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The campaign file's canonical path.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Keeps the version whose text is `text` (which loaded with
    /// `records` records and no error) as saved at `now`, unless the same
    /// text is kept already; then removes the versions past the limits.
    /// `sealed`: the file is encrypted, and these are its text's bytes
    /// encrypted again, kept in its place.
    pub fn save(
        &self,
        text: &[u8],
        sealed: Option<&[u8]>,
        records: usize,
        now: DateTime<Utc>,
    ) -> io::Result<Saved> {
        let hash = hash_of(text);
        let entries = self.list()?;
        if let Some(same) = entries.iter().find(|e| e.hash == hash) {
            return Ok(Saved::Same(same.clone()));
        }
        private_dir(&self.dir)?;
        let named = self.dir.join("path");
        if !named.exists() {
            let mut path = self.file.display().to_string();
            path.push('\n');
            write_new(&named, path.as_bytes())?;
        }
        // Never two entries at one time: a later save is a later name.
        let mut at = now;
        if let Some(last) = entries.last()
            && last.at >= at
        {
            at = last.at + chrono::Duration::milliseconds(1);
        }
        let ext = if sealed.is_some() { "age" } else { "toml.gz" };
        let name = format!(
            "{}-{hash}-{records}r-{}b.{ext}",
            at.format(STAMP),
            text.len()
        );
        let path = self.dir.join(&name);
        match sealed {
            Some(bytes) => write_new(&path, bytes)?,
            None => {
                let mut gz = flate2::write::GzEncoder::new(
                    Vec::with_capacity(text.len() / 4),
                    flate2::Compression::fast(),
                );
                gz.write_all(text)?;
                write_new(&path, &gz.finish()?)?;
            }
        }
        let entry = Entry {
            at,
            hash,
            records,
            size: text.len() as u64,
            sealed: sealed.is_some(),
            path,
        };
        self.prune(now)?;
        Ok(Saved::New(entry))
    }

    /// The versions kept, oldest first.
    pub fn list(&self) -> io::Result<Vec<Entry>> {
        let read = match fs::read_dir(&self.dir) {
            Ok(r) => r,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let mut entries: Vec<Entry> = read
            .filter_map(Result::ok)
            .filter_map(|e| parse_name(&e.path()))
            .collect();
        entries.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.hash.cmp(&b.hash)));
        Ok(entries)
    }

    /// The bytes of a version kept, as the file is written: its text, or
    /// for an encrypted file its text encrypted (checked against its hash
    /// once opened: [`History::verify`]).
    pub fn read(&self, entry: &Entry) -> io::Result<Vec<u8>> {
        let stored = fs::read(&entry.path)?;
        if entry.sealed {
            return Ok(stored);
        }
        let mut bytes = Vec::with_capacity(entry.size as usize);
        flate2::read::GzDecoder::new(&stored[..]).read_to_end(&mut bytes)?;
        Self::verify(entry, &bytes)?;
        Ok(bytes)
    }

    /// Whether `text` is the text of `entry` (an encrypted entry's, once
    /// opened).
    pub fn verify(entry: &Entry, text: &[u8]) -> io::Result<()> {
        if hash_of(text) != entry.hash {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "{} is damaged (its bytes are not the version it names)",
                    entry.path.display()
                ),
            ));
        }
        Ok(())
    }

    /// Removes the versions older than [`KEEP_DAYS`] beyond the last
    /// [`KEEP`].
    fn prune(&self, now: DateTime<Utc>) -> io::Result<()> {
        let entries = self.list()?;
        let beyond = entries.len().saturating_sub(KEEP);
        let cutoff = now - chrono::Duration::days(KEEP_DAYS);
        for e in &entries[..beyond] {
            if e.at < cutoff {
                fs::remove_file(&e.path)?;
            }
        }
        Ok(())
    }
}

/// An entry from its file's name; `None` for any other file.
fn parse_name(path: &Path) -> Option<Entry> {
    let name = path.file_name()?.to_str()?;
    let (stem, sealed) = match name.strip_suffix(".toml.gz") {
        Some(stem) => (stem, false),
        None => (name.strip_suffix(".age")?, true),
    };
    let mut parts = stem.rsplitn(4, '-');
    let size = parts.next()?.strip_suffix('b')?.parse().ok()?;
    let records = parts.next()?.strip_suffix('r')?.parse().ok()?;
    let hash = parts.next()?;
    if hash.len() != 16 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let at = NaiveDateTime::parse_from_str(parts.next()?, STAMP)
        .ok()?
        .and_utc();
    Some(Entry {
        at,
        hash: hash.to_owned(),
        records,
        size,
        sealed,
        path: path.to_path_buf(),
    })
}

/// Writes a new file readable by its owner only, whole or not at all.
fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, day, hour, 0, 0).unwrap()
    }

    fn history() -> (tempfile::TempDir, History) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("c.toml");
        fs::write(&file, "x").unwrap();
        let h = History::of(&dir.path().join("state"), &file).unwrap();
        (dir, h)
    }

    #[test]
    fn identical_versions_are_kept_once_and_each_is_read_back_whole() {
        let (_dir, h) = history();
        let a = b"format = 1\n[campaign]\nname = \"A\"\n";
        let b = b"format = 1\n[campaign]\nname = \"B\"\n";
        assert!(matches!(
            h.save(a, None, 0, at(1, 9)).unwrap(),
            Saved::New(_)
        ));
        assert!(matches!(
            h.save(a, None, 0, at(1, 10)).unwrap(),
            Saved::Same(_)
        ));
        assert!(matches!(
            h.save(b, None, 0, at(1, 11)).unwrap(),
            Saved::New(_)
        ));
        // The same bytes again, after another version: still one copy.
        assert!(matches!(
            h.save(a, None, 0, at(1, 12)).unwrap(),
            Saved::Same(_)
        ));
        let entries = h.list().unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(h.read(&entries[0]).unwrap(), a);
        assert_eq!(h.read(&entries[1]).unwrap(), b);
        assert_eq!(entries[1].size, b.len() as u64);
        let path = fs::read_to_string(h.dir().join("path")).unwrap();
        assert_eq!(path.trim_end(), h.file().display().to_string());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(h.dir()).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700);
            let mode = fs::metadata(h.dir().parent().unwrap())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o700);
        }
    }

    #[test]
    fn versions_past_fifty_and_two_weeks_are_pruned_but_never_the_recent_ones() {
        let (_dir, h) = history();
        // 60 versions, one an hour, on 1 December.
        for i in 0..60 {
            let t = at(1, 0) + chrono::Duration::hours(i);
            h.save(format!("v{i}").as_bytes(), None, 1, t).unwrap();
        }
        assert_eq!(h.list().unwrap().len(), 60, "all within two weeks");
        // A version on 20 December: the oldest beyond fifty go.
        h.save(b"late", None, 1, at(20, 0)).unwrap();
        let entries = h.list().unwrap();
        assert_eq!(entries.len(), KEEP);
        assert_eq!(h.read(&entries[0]).unwrap(), b"v11");
        assert_eq!(h.read(entries.last().unwrap()).unwrap(), b"late");
    }

    #[test]
    fn an_encrypted_campaign_is_kept_as_it_is_on_disk_and_other_files_are_ignored() {
        let (_dir, h) = history();
        let sealed = b"age-encryption.org/v1\n-> X25519 stand-in\n";
        let Saved::New(e) = h.save(b"plain", Some(sealed), 3, at(2, 8)).unwrap() else {
            panic!("new");
        };
        assert!(e.sealed);
        assert_eq!(fs::read(&e.path).unwrap(), sealed, "stored as given");
        fs::write(h.dir().join("notes.txt"), "mine").unwrap();
        assert_eq!(h.list().unwrap(), vec![e.clone()]);
        assert_eq!(h.read(&e).unwrap(), sealed);
        assert!(History::verify(&e, b"plain").is_ok());
        assert!(History::verify(&e, b"other").is_err());
        assert_eq!(e.records, 3);
    }

    #[test]
    fn a_damaged_entry_is_refused_not_restored() {
        let (_dir, h) = history();
        let Saved::New(e) = h.save(b"good", None, 1, at(2, 8)).unwrap() else {
            panic!("new");
        };
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"bad!").unwrap();
        fs::write(&e.path, gz.finish().unwrap()).unwrap();
        assert!(h.read(&e).is_err());
    }

    proptest::proptest! {
        /// Saved one after another, the N-th from the latest (1 the
        /// latest) of the distinct versions is read back as those bytes.
        #[test]
        fn each_version_read_back_is_the_bytes_saved(
            versions in proptest::collection::vec(proptest::collection::vec(proptest::num::u8::ANY, 0..200), 1..12)
        ) {
            let (_dir, h) = history();
            let mut distinct: Vec<Vec<u8>> = Vec::new();
            for (i, v) in versions.iter().enumerate() {
                h.save(v, None, 0, at(3, 0) + chrono::Duration::minutes(i as i64)).unwrap();
                if !distinct.contains(v) {
                    distinct.push(v.clone());
                }
            }
            let entries = h.list().unwrap();
            proptest::prop_assert_eq!(entries.len(), distinct.len());
            for n in 1..=distinct.len() {
                let e = &entries[entries.len() - n];
                proptest::prop_assert_eq!(&h.read(e).unwrap(), &distinct[distinct.len() - n]);
            }
        }
    }
}
