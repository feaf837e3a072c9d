//! `campaign-dash diff`, run as the real binary: two files, a git revision
//! and git's external diff, in words, markdown and json; a file that does not
//! load is reported as `check` reports it.

mod common;

use std::path::Path;

const BUNDLED: &str = include_str!("../campaign.toml");

/// The bundled campaign with Siarhei Antusevich released and two letters
/// to Aliaksandr Yarashuk added.
fn changed() -> String {
    let second = BUNDLED.match_indices("[[prisoners]]").nth(1).unwrap().0;
    let at = second + BUNDLED[second..].find("status = \"imprisoned\"").unwrap();
    let mut s = String::new();
    s.push_str(&BUNDLED[..at]);
    s.push_str("status = \"released\"\nreleased = 2023-03-01");
    s.push_str(&BUNDLED[at + "status = \"imprisoned\"".len()..]);
    for day in ["2023-05-01", "2023-05-02"] {
        s.push_str(&format!(
            "\n[[letters]]\ndate = {day}\nprisoner = \"yarashuk\"\ndirection = \"sent\"\n"
        ));
    }
    s
}

fn bin(dir: &Path, args: &[&str]) -> std::process::Output {
    common::run_in(dir, args)
}

const WORDS: &str = "\
Prisoners: 1 changed
  ~ Siarhei Antusevich: status imprisoned -> released; released 2023-03-01 (new)

Letters: 2 added
  2 letters added to Aliaksandr Yarashuk
";

#[test]
fn two_files_are_compared_record_by_record_in_words() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("old.toml"), BUNDLED).unwrap();
    std::fs::write(dir.path().join("new.toml"), changed()).unwrap();
    let out = common::ok_in(dir.path(), &["diff", "old.toml", "new.toml"]);
    assert_eq!(
        out,
        format!(
            "Changes from old.toml to new.toml\nprisoners 1 changed; letters 2 added\n\n{WORDS}"
        )
    );
    let same = common::ok_in(dir.path(), &["diff", "old.toml", "old.toml"]);
    assert_eq!(same, "No changes from old.toml to old.toml.\n");
    let json = common::ok_in(
        dir.path(),
        &["diff", "old.toml", "new.toml", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["prisoners"]["changed"][0]["id"], "antusevich");
    assert_eq!(
        v["prisoners"]["changed"][0]["fields"][1]["new"],
        "2023-03-01"
    );
    assert_eq!(v["letters"]["added"].as_array().unwrap().len(), 2);
    let md = common::ok_in(
        dir.path(),
        &["diff", "old.toml", "new.toml", "--format", "markdown"],
    );
    assert!(
        md.contains("## Prisoners: 1 changed\n\n- Siarhei Antusevich"),
        "{md}"
    );
}

#[test]
fn presenting_a_changed_address_says_only_that_it_changed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("old.toml"), BUNDLED).unwrap();
    let new = BUNDLED.replacen(
        "Later moved to a prison regime in Mahilioŭ.",
        "His sister visits on Sundays.",
        1,
    );
    assert_ne!(new, BUNDLED);
    std::fs::write(dir.path().join("new.toml"), new).unwrap();
    let out = common::ok_in(dir.path(), &["diff", "old.toml", "new.toml", "--present"]);
    assert!(out.contains("notes changed"), "{out}");
    assert!(!out.contains("Sundays"), "{out}");
    let plain = common::ok_in(dir.path(), &["diff", "old.toml", "new.toml"]);
    assert!(plain.contains("Sundays"), "{plain}");
}

#[test]
fn a_file_that_does_not_load_is_reported_as_check_reports_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("old.toml"), BUNDLED).unwrap();
    std::fs::write(dir.path().join("bad.toml"), "[campaign]\nname = \n").unwrap();
    let out = bin(dir.path(), &["diff", "old.toml", "bad.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.toml:2:"), "{err}");
    let usage = bin(dir.path(), &["diff", "old.toml"]);
    assert_eq!(usage.status.code(), Some(2));
    let csv = bin(
        dir.path(),
        &["diff", "old.toml", "old.toml", "--format", "csv"],
    );
    assert_eq!(csv.status.code(), Some(2));
}

/// A repository with the bundled campaign committed on 2023-05-01, and the
/// changed one in the working tree.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    common::git(d, &["init", "-q"], &[]);
    std::fs::write(d.join("campaign.toml"), BUNDLED).unwrap();
    common::git(d, &["add", "campaign.toml"], &[]);
    let when = "2023-05-01T12:00:00";
    common::git(
        d,
        &[
            "-c",
            "user.name=T",
            "-c",
            "user.email=t@example.org",
            "commit",
            "-q",
            "-m",
            "old",
        ],
        &[("GIT_AUTHOR_DATE", when), ("GIT_COMMITTER_DATE", when)],
    );
    std::fs::write(d.join("campaign.toml"), changed()).unwrap();
    dir
}

#[test]
fn a_git_revision_or_a_day_is_compared_with_the_file_now() {
    let dir = repository();
    let out = common::ok_in(dir.path(), &["diff", "--git", "HEAD", "campaign.toml"]);
    assert!(
        out.starts_with("Changes from HEAD:campaign.toml to campaign.toml\n"),
        "{out}"
    );
    assert!(out.ends_with(WORDS), "{out}");
    let since = common::ok_in(dir.path(), &["diff", "--since", "2023-05-02"]);
    assert!(since.ends_with(WORDS), "{since}");
    let none = bin(dir.path(), &["diff", "--since", "2023-04-01"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&none.stderr)
            .contains("no commit of campaign.toml before 2023-04-01"),
        "{}",
        String::from_utf8_lossy(&none.stderr)
    );
    let missing = bin(dir.path(), &["diff", "--git", "no-such-branch"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("error: git show"));
}

/// `git diff` in `d` with campaign-dash as the external diff of `*.toml`,
/// set up as the README says.
fn external_git_diff(d: &Path) -> String {
    std::fs::write(d.join(".gitattributes"), "*.toml diff=campaign\n").unwrap();
    let command = format!("{} diff", env!("CARGO_BIN_EXE_campaign-dash"));
    common::git(
        d,
        &["-c", &format!("diff.campaign.command={command}"), "diff"],
        &[("NO_COLOR", "1")],
    )
}

#[test]
fn git_diff_shows_record_level_changes_with_the_external_diff() {
    let dir = repository();
    let d = dir.path();
    let out = external_git_diff(d);
    assert!(
        out.starts_with("Changes from a/campaign.toml to b/campaign.toml\n"),
        "{out}"
    );
    assert!(out.ends_with(WORDS), "{out}");
}

/// A sync client's conflicted copy beside the file is named by `check` and
/// at the dashboard's start, with what it holds that the file does not.
#[test]
fn a_conflicted_copy_beside_the_file_is_noticed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("campaign.toml"), BUNDLED).unwrap();
    let copy = "campaign.sync-conflict-20230502-101500-ABCDEF7.toml";
    std::fs::write(d.join(copy), changed()).unwrap();
    let out = bin(d, &["check", "campaign.toml"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let note = format!(
        "warning: {copy} beside campaign.toml holds what campaign.toml does not (1 prisoner changed, 2 letters added): campaign-dash diff campaign.toml '{copy}' shows it"
    );
    assert!(text.contains(&note), "{text}");
    let s = common::Session::start_at(d, &["--today", "2023-05-06", "campaign.toml"]);
    s.wait_for("a conflicted copy beside the file holds 1 prisoner changed, 2 letters added");
}

/// As git's external diff, a version that does not load does not stop
/// `git diff` (git gives up on a diff program that fails): its problems
/// are shown in place of the changes.
#[test]
fn git_diff_goes_on_past_a_version_that_does_not_load() {
    let dir = repository();
    let d = dir.path();
    std::fs::write(d.join("campaign.toml"), "[campaign]\nname = \n").unwrap();
    let out = external_git_diff(d);
    assert!(
        out.contains("b/campaign.toml does not load, so it is not compared record by record"),
        "{out}"
    );
    assert!(out.contains("b/campaign.toml:2:"), "{out}");
}

/// `campaign-dash --since REV` marks each record added or changed since that
/// version, `~` and `+` before its row, and the marks stay.
#[test]
fn the_dashboard_marks_what_changed_since_a_revision() {
    let dir = repository();
    let mut s = common::Session::start_at(
        dir.path(),
        &["--today", "2023-05-06", "--since", "HEAD", "campaign.toml"],
    );
    s.wait_for("3 records changed since HEAD");
    s.keys(b"2");
    let text = s.wait_for("Prisoners 1/6");
    let row = text
        .lines()
        .find(|l| l.contains("Siarhei Antusevich"))
        .unwrap_or_default();
    assert!(row.contains("~Siarhei Antusevich"), "{text}");
    let other = text
        .lines()
        .find(|l| l.contains("Aliaksandr Yarashuk"))
        .unwrap_or_default();
    assert!(!other.contains('~'), "{text}");
    // Saved again with a prisoner added before the others: after the
    // reload the marks follow the records, not their old places.
    let now = changed();
    let first = now.find("[[prisoners]]").unwrap();
    let again = format!(
        "{}[[prisoners]]\nid = \"new-one\"\nname = \"Anna Test\"\nstatus = \"detained\"\n\n{}",
        &now[..first],
        &now[first..]
    );
    std::fs::write(dir.path().join("campaign.toml"), again).unwrap();
    let text = s.wait_for("+Anna Test");
    let line = |name: &str| {
        text.lines()
            .find(|l| l.contains(name))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(line("Siarhei Antusevich").contains("~Siarhei"), "{text}");
    assert!(!line("Aliaksandr Yarashuk").contains('~'), "{text}");
}

/// A conflicted copy that appears while the dashboard runs (a sync client
/// writes it with the file) is named on the reload.
#[test]
fn a_conflicted_copy_appearing_is_noticed_on_reload() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("campaign.toml"), BUNDLED).unwrap();
    let s = common::Session::start_at(d, &["--today", "2023-05-06", "campaign.toml"]);
    s.wait_for("Trade union activity is not extremism");
    std::fs::write(
        d.join("campaign (Hanna's conflicted copy 2023-05-02).toml"),
        changed(),
    )
    .unwrap();
    let touched = BUNDLED.replacen(
        "President of the BKDP, member",
        "President of the BKDP and member",
        1,
    );
    std::fs::write(d.join("campaign.toml"), touched).unwrap();
    // The copy differs from the file saved in both prisoners now.
    s.wait_for("reloaded: 1 changed · a conflicted copy beside the file holds 2 prisoners");
}

/// `since` in the settings file does what `--since` does; the flag wins.
#[test]
fn the_settings_since_marks_as_the_flag_does() {
    let dir = repository();
    let d = dir.path();
    std::fs::write(d.join("settings.toml"), "since = \"HEAD\"\n").unwrap();
    let s = common::Session::start_at(
        d,
        &[
            "--today",
            "2023-05-06",
            "--config",
            "settings.toml",
            "campaign.toml",
        ],
    );
    s.wait_for("3 records changed since HEAD");
    let wrong = bin(d, &["config", "--config", "settings.toml"]);
    assert_eq!(
        wrong.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&wrong.stderr)
    );
    std::fs::write(d.join("bad.toml"), "since = 3\n").unwrap();
    let bad = bin(d, &["config", "--config", "bad.toml"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&bad.stdout).contains("`since` is a git revision or a day"),
        "{}",
        String::from_utf8_lossy(&bad.stdout)
    );
}

/// With `--since`, the overview has a "Changed since" panel: counts by
/// kind and the first changes, each opening its record.
#[test]
fn the_overview_says_what_changed_since_and_opens_it() {
    let dir = repository();
    let mut s = common::Session::start_at(
        dir.path(),
        &["--today", "2023-05-06", "--since", "HEAD", "campaign.toml"],
    );
    let text = s.wait_for("Changed since HEAD");
    for line in [
        "Prisoners: 1 changed",
        "~ Siarhei Antusevich",
        "Letters: 2 added",
        "+ 2023-05-01 Aliaksandr Yarashuk",
    ] {
        assert!(text.contains(line), "{line}:\n{text}");
    }
    // Its first entry is the first the overview offers: Enter opens it.
    s.keys(b"\r");
    let text = s.wait_for("Detail");
    let detail: Vec<&str> = text
        .lines()
        .map(|l| l.rsplit('│').nth(1).unwrap_or(""))
        .collect();
    assert!(
        detail.iter().any(|l| l.starts_with("Siarhei Antusevich")),
        "{text}"
    );
    // Back on the overview, the letters' entry opens the letter.
    s.keys(b"1");
    s.wait_for("Changed since HEAD");
    s.keys(b"jj\r");
    s.wait_for("Letters (");
    // Saved again with a prisoner more: the panel counts it.
    let now = changed();
    std::fs::write(
        dir.path().join("campaign.toml"),
        format!(
            "{now}\n[[prisoners]]\nid = \"new-one\"\nname = \"Anna Test\"\nstatus = \"detained\"\n"
        ),
    )
    .unwrap();
    s.keys(b"1");
    let text = s.wait_for("Prisoners: 1 added, 1 changed");
    assert!(text.contains("+ Anna Test"), "{text}");
}

/// `changed` in the filter keeps the records added or changed since the
/// `--since` version (and `-changed` the others); without `--since` it is
/// a mistake said as such, and `print` refuses it.
#[test]
fn the_filter_term_changed_keeps_what_changed_since() {
    let dir = repository();
    let mut s = common::Session::start_at(
        dir.path(),
        &["--today", "2023-05-06", "--since", "HEAD", "campaign.toml"],
    );
    s.wait_for("Changed since HEAD");
    s.keys(b"2/changed\r");
    let text = s.wait_for("filter: changed");
    assert!(text.contains("Prisoners: 1 of 6"), "{text}");
    assert!(text.contains("~Siarhei Antusevich"), "{text}");
    assert!(!text.contains("Aliaksandr Yarashuk"), "{text}");
    s.keys(b"7/changed\r");
    let text = s.wait_for("Letters: 2 of 2");
    assert!(text.contains("filter: changed"), "{text}");
    s.keys(b"2/\x15-changed\r");
    let text = s.wait_for("filter: -changed");
    assert!(text.contains("Prisoners: 5 of 6"), "{text}");
    assert!(!text.contains("Siarhei Antusevich"), "{text}");
    // A phrase is still a search for the word.
    s.keys(b"/\x15\"changed\"\r");
    s.wait_for("Prisoners: 0 of 6");

    let plain = common::Session::start_at(dir.path(), &["--today", "2023-05-06", "campaign.toml"]);
    let mut plain = plain;
    plain.wait_for("Trade union activity is not extremism");
    plain.keys(b"2/changed");
    plain.wait_for("changed keeps what changed since --since");

    let out = bin(
        dir.path(),
        &["print", "--view", "prisoners", "--filter", "changed"],
    );
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("changed keeps what changed since --since"),
        "{said}"
    );
    assert!(said.contains("campaign-dash diff"), "{said}");
}

/// A change of the sections no tab lists (`[[facilities]]`, `[[snoozed]]`)
/// is a change: never "No changes".
#[test]
fn facilities_and_snoozed_items_are_compared_too() {
    let dir = tempfile::tempdir().unwrap();
    let old = format!(
        "{BUNDLED}\n[[facilities]]\nname = \"Penal colony No. 2, Babruisk\"\ntransit_days = 21\n"
    );
    let new = format!(
        "{BUNDLED}\n[[facilities]]\nname = \"Penal colony No. 2, Babruisk\"\ntransit_days = 30\n\n[[snoozed]]\nitem = \"write-yarashuk\"\nuntil = 2023-06-01\n"
    );
    std::fs::write(dir.path().join("old.toml"), old).unwrap();
    std::fs::write(dir.path().join("new.toml"), new).unwrap();
    let out = common::ok_in(dir.path(), &["diff", "old.toml", "new.toml"]);
    assert_eq!(
        out,
        "Changes from old.toml to new.toml\n\
         [[facilities]] 1 changed; [[snoozed]] 1 added\n\n\
         [[facilities]]: 1 changed\n  ~ Penal colony No. 2, Babruisk: transit days 21 -> 30\n\n\
         [[snoozed]]: 1 added\n  + write-yarashuk\n"
    );
    let json = common::ok_in(
        dir.path(),
        &["diff", "old.toml", "new.toml", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["facilities"]["changed"][0]["fields"][0]["new"], "30");
    assert_eq!(v["snoozed"]["added"][0]["name"], "write-yarashuk");
}
