//! `campaign-dash merge` as git runs it: the merge driver set up as the
//! guide says, two branches of one campaign merged with `git merge`.

mod common;

use std::path::Path;

use common::{git, git_run};

const BUNDLED: &str = include_str!("../campaign.toml");

fn letter(date: &str, prisoner: &str) -> String {
    format!("\n[[letters]]\ndate = {date}\nprisoner = \"{prisoner}\"\ndirection = \"sent\"\n")
}

/// `text` with `old` (which it holds once) replaced by `new`.
fn edit(text: &str, old: &str, new: &str) -> String {
    assert_eq!(text.matches(old).count(), 1, "{old}");
    text.replacen(old, new, 1)
}

fn commit(d: &Path, text: &str, message: &str) {
    std::fs::write(d.join("campaign.toml"), text).unwrap();
    git(d, &["commit", "-q", "-am", message], &[]);
}

/// A repository whose `main` holds the bundled campaign with `ours` made
/// of it and branch `theirs` with `theirs` made of it, campaign-dash the
/// merge driver of `*.toml` as the guide sets it up.
fn branches(ours: &str, theirs: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q", "-b", "main"], &[]);
    std::fs::write(d.join(".gitattributes"), "*.toml merge=campaign\n").unwrap();
    std::fs::write(d.join("campaign.toml"), BUNDLED).unwrap();
    git(d, &["add", "."], &[]);
    git(d, &["commit", "-q", "-m", "base"], &[]);
    let driver = format!(
        "{} merge %O %A %B -o %A",
        env!("CARGO_BIN_EXE_campaign-dash")
    );
    git(d, &["config", "merge.campaign.name", "campaign-dash"], &[]);
    git(d, &["config", "merge.campaign.driver", &driver], &[]);
    git(d, &["checkout", "-q", "-b", "theirs"], &[]);
    commit(d, theirs, "theirs");
    git(d, &["checkout", "-q", "main"], &[]);
    commit(d, ours, "ours");
    dir
}

/// Two organisers' week: each adds letters; one records a check of
/// Yarashuk's record, the other his sentence's regime; both change
/// Antusevich's `checked` (to different days when `clash`).
fn week(clash: bool) -> (String, String) {
    let ours = edit(
        BUNDLED,
        "charges = [\"Art. 342 part 1\", \"Art. 361 part 3\"]\n",
        "charges = [\"Art. 342 part 1\", \"Art. 361 part 3\"]\nchecked = 2023-05-06\n",
    );
    let ours = edit(
        &ours,
        "sentence_months = 24\n",
        "sentence_months = 24\nchecked = 2023-05-06 # Viasna's page\n",
    );
    let ours = format!(
        "{ours}{}{}",
        letter("2023-05-02", "yarashuk"),
        letter("2023-05-03", "antusevich")
    );
    let theirs = edit(
        BUNDLED,
        "sentence = \"4 years\"\n",
        "sentence = \"4 years, strict regime\"\n",
    );
    let day = if clash { "2023-05-05" } else { "2023-05-06" };
    let theirs = edit(
        &theirs,
        "sentence_months = 24\n",
        &format!("sentence_months = 24\nchecked = {day}\n"),
    );
    let theirs = format!("{theirs}{}", letter("2023-05-04", "fiadynich"));
    (ours, theirs)
}

#[test]
fn git_merge_with_the_driver_keeps_both_sides_and_conflicts_on_one_key() {
    let (ours, theirs) = week(true);
    let dir = branches(&ours, &theirs);
    let d = dir.path();
    let out = git_run(d, &["merge", "-q", "theirs", "-m", "merge"], &[]);
    assert!(!out.status.success(), "a conflict stops the merge");
    let said = String::from_utf8_lossy(&out.stderr);
    let conflicts: Vec<&str> = said
        .lines()
        .filter(|l| l.contains(": conflict: "))
        .collect();
    assert_eq!(conflicts.len(), 1, "{said}");
    assert!(
        conflicts[0]
            .ends_with(": conflict: [[prisoners]] \"antusevich\": checked changed on both sides"),
        "{said}"
    );
    let merged = std::fs::read_to_string(d.join("campaign.toml")).unwrap();
    let expected = edit(
        &ours,
        "sentence = \"4 years\"\n",
        "sentence = \"4 years, strict regime\"\n",
    );
    let expected = edit(
        &expected,
        "checked = 2023-05-06 # Viasna's page\n",
        "<<<<<<< ours\nchecked = 2023-05-06 # Viasna's page\n=======\nchecked = 2023-05-05\n>>>>>>> theirs\n",
    );
    let expected = format!("{expected}{}", letter("2023-05-04", "fiadynich"));
    assert_eq!(merged, expected);
    // The line git's user is sent to holds the conflict's first marker.
    let line: usize = conflicts[0].split(':').nth(1).unwrap().parse().unwrap();
    assert_eq!(merged.lines().nth(line - 1), Some("<<<<<<< ours"));
    // Git holds the file as conflicted, and `check` sends the user to it.
    assert!(git(d, &["status", "--porcelain"], &[]).contains("UU campaign.toml"));
    let check = common::run_in(d, &["check", "campaign.toml"]);
    assert_eq!(check.status.code(), Some(1));
    let report = String::from_utf8_lossy(&check.stdout).into_owned()
        + &String::from_utf8_lossy(&check.stderr);
    assert!(
        report.contains(&format!(
            "campaign.toml:{line}:1: error: the file has merge conflict markers"
        )),
        "{report}"
    );
}

#[test]
fn git_merge_without_a_clash_commits_a_file_that_loads() {
    let (ours, theirs) = week(false);
    let dir = branches(&ours, &theirs);
    let d = dir.path();
    git(d, &["merge", "-q", "theirs", "-m", "merge"], &[]);
    let merged = std::fs::read_to_string(d.join("campaign.toml")).unwrap();
    let expected = edit(
        &ours,
        "sentence = \"4 years\"\n",
        "sentence = \"4 years, strict regime\"\n",
    );
    assert_eq!(
        merged,
        format!("{expected}{}", letter("2023-05-04", "fiadynich"))
    );
    assert!(git(d, &["status", "--porcelain"], &[]).is_empty());
    common::ok_in(d, &["check", "campaign.toml"]);
}

#[test]
fn a_version_that_does_not_load_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("base.toml"), BUNDLED).unwrap();
    std::fs::write(d.join("ours.toml"), BUNDLED).unwrap();
    let broken = BUNDLED.replacen("status = \"imprisoned\"", "status = \"jailed\"", 1);
    std::fs::write(d.join("theirs.toml"), &broken).unwrap();
    let out = common::run_in(
        d,
        &[
            "merge",
            "base.toml",
            "ours.toml",
            "theirs.toml",
            "-o",
            "ours.toml",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    let line = broken[..broken.find("\"jailed\"").unwrap()].lines().count();
    assert!(said.contains(&format!("theirs.toml:{line}:")), "{said}");
    assert!(
        said.contains("THEIRS (theirs.toml) does not load, so nothing was merged"),
        "{said}"
    );
    assert_eq!(
        std::fs::read_to_string(d.join("ours.toml")).unwrap(),
        BUNDLED
    );
}

#[test]
fn the_merge_goes_to_standard_output_without_o() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let ours = format!("{BUNDLED}{}", letter("2023-05-02", "yarashuk"));
    let theirs = format!("{BUNDLED}{}", letter("2023-05-04", "fiadynich"));
    for (name, text) in [("b", BUNDLED), ("o", &ours), ("t", &theirs)] {
        std::fs::write(d.join(name), text).unwrap();
    }
    let out = common::ok_in(d, &["merge", "b", "o", "t"]);
    assert_eq!(out, format!("{ours}{}", letter("2023-05-04", "fiadynich")));
}
