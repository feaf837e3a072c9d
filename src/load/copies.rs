//! The copies a sync client leaves beside a file two people changed at
//! once: Syncthing's `NAME.sync-conflict-DATE-TIME-DEVICE.toml`, Dropbox's
//! `NAME (Someone's conflicted copy DATE).toml`, Nextcloud's and ownCloud's
//! `NAME (conflicted copy DATE TIME).toml`, OneDrive's `NAME-COMPUTER.toml`
//! (a computer's name in capitals). Found by name in the file's folder; what
//! they hold is for the caller to compare.

use std::path::{Path, PathBuf};

/// Whether `name` is a sync client's conflicted copy of the file named
/// `file_name` (both names only, no folder).
pub fn is_conflicted_copy(name: &str, file_name: &str) -> bool {
    let (stem, ext) = match file_name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
        _ => (file_name, String::new()),
    };
    let Some(middle) = name
        .strip_prefix(stem)
        .and_then(|rest| rest.strip_suffix(ext.as_str()))
    else {
        return false;
    };
    if middle.starts_with(".sync-conflict-") {
        return true;
    }
    if let Some(inner) = middle.strip_prefix(" (").and_then(|m| m.strip_suffix(')')) {
        return inner.contains("conflicted copy") || inner.contains("Conflicted copy");
    }
    // OneDrive: "-" and a computer's name, in capitals and digits.
    middle.strip_prefix('-').is_some_and(|computer| {
        !computer.is_empty()
            && computer.chars().any(|c| c.is_ascii_uppercase())
            && computer
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
    })
}

/// The conflicted copies of the file at `path` in its folder, by name; none
/// when the folder cannot be read.
pub fn conflicted_copies(path: &Path) -> Vec<PathBuf> {
    let Some(file_name) = path.file_name().and_then(|n| n.to_str()) else {
        return Vec::new();
    };
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    let Ok(entries) = std::fs::read_dir(parent.unwrap_or(Path::new("."))) else {
        return Vec::new();
    };
    let mut copies: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| is_conflicted_copy(n, file_name))
        })
        .map(|e| parent.map_or_else(|| PathBuf::from(e.file_name()), |p| p.join(e.file_name())))
        .collect();
    copies.sort();
    copies
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_sync_clients_copy_is_known_by_its_name() {
        let f = "campaign.toml";
        for copy in [
            "campaign.sync-conflict-20240301-101500-ABCDEF7.toml",
            "campaign (Hanna's conflicted copy 2024-03-01).toml",
            "campaign (conflicted copy 2024-03-01 101500).toml",
            "campaign (Conflicted copy 2024-03-01 101500).toml",
            "campaign-LAPTOP-7.toml",
        ] {
            assert!(is_conflicted_copy(copy, f), "{copy}");
        }
        for other in [
            "campaign.toml",
            "campaign-2024.toml",
            "campaign-old.toml",
            "campaign.toml.age",
            "other.sync-conflict-20240301-101500-ABCDEF7.toml",
            "campaign (copy).toml",
            "campaign.sync-conflict-20240301-101500-ABCDEF7.csv",
        ] {
            assert!(!is_conflicted_copy(other, f), "{other}");
        }
    }

    #[test]
    fn the_copies_beside_a_file_are_listed_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("c.toml");
        for name in [
            "c.toml",
            "c (conflicted copy 2024-03-01 101500).toml",
            "c.sync-conflict-20240301-101500-ABCDEF7.toml",
            "d.sync-conflict-20240301-101500-ABCDEF7.toml",
        ] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let names: Vec<String> = conflicted_copies(&file)
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "c (conflicted copy 2024-03-01 101500).toml",
                "c.sync-conflict-20240301-101500-ABCDEF7.toml"
            ]
        );
    }
}
