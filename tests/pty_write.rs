//! End to end: recording from the dashboard, with the real binary in a
//! pseudo-terminal on a copy of the bundled campaign. The letter form, the
//! marks of a letter evening, undo, a save by someone else between the
//! question and the yes, and presentation mode over the form.
#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};

use common::Session;

const BUNDLED: &str = include_str!("../campaign.toml");

fn copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("campaign.toml");
    std::fs::write(&path, BUNDLED).unwrap();
    (dir, path)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

fn open(dir: &Path) -> Session {
    let s = Session::start_at(dir, &["campaign.toml"]);
    s.wait_for("Overview");
    s
}

#[test]
fn the_letter_form_writes_one_letter_and_the_new_version_is_shown() {
    let (dir, path) = copy();
    let mut s = open(dir.path());
    s.keys(b"2");
    s.wait_for("Aliaksandr Yarashuk");
    s.keys(b"w");
    s.wait_for("Log a letter: Aliaksandr Yarashuk");
    // Tab to the count, a mistake first: refused at the field in check's words.
    s.keys(b"\t\t0\r");
    s.wait_for("`count` must be at least 1, found 0");
    assert_eq!(read(&path), BUNDLED, "nothing written");
    // Corrected; the event by part of its title.
    s.keys(b"\x7f3\t\t\tbremen-let");
    s.wait_for("→ bremen-letters-2023-05-20");
    s.keys(b"\r");
    let screen =
        s.wait_for("wrote 3 letters sent to Aliaksandr Yarashuk on 2023-05-06 at campaign.toml:");
    assert!(
        !screen.contains("Log a letter"),
        "the form is closed:\n{screen}"
    );
    let after = read(&path);
    assert!(after.starts_with(BUNDLED), "only lines added");
    assert_eq!(
        &after[BUNDLED.len()..],
        "\n[[letters]]\ndate = 2023-05-06\nprisoner = \"yarashuk\"\ndirection = \"sent\"\ncount = 3\nevent = \"bremen-letters-2023-05-20\"\n"
    );
    // The Letters tab shows it: the version written is the one on screen.
    s.keys(b"7");
    s.wait_for("Letters (1)");
}

#[test]
fn marks_make_a_letter_evening_and_undo_takes_it_back() {
    let (dir, path) = copy();
    let mut s = open(dir.path());
    s.keys(b"2");
    s.wait_for("Aliaksandr Yarashuk");
    s.keys(b" ");
    s.wait_for("1 marked");
    s.keys(b"*");
    s.wait_for("6 marked");
    s.keys(b"w");
    s.wait_for("Log a letter to each of the 6 prisoners marked");
    s.keys(b"\r");
    s.wait_for("wrote a letter to each of 6 prisoners on 2023-05-06");
    assert_eq!(read(&path).matches("[[letters]]").count(), 6);
    s.keys(b"7");
    s.wait_for("Letters (6)");
    s.keys(b"u");
    s.wait_for("undone: the file is as it was before a letter");
    assert_eq!(read(&path), BUNDLED);
    s.wait_for("Letters (0)");
    // Marks are cleared with X.
    s.keys(b"2X");
    s.wait_for("6 prisoners unmarked");
}

#[test]
fn a_save_between_the_question_and_the_yes_is_never_lost() {
    let (dir, path) = copy();
    let mut s = open(dir.path());
    s.keys(b"2c");
    s.wait_for("Write Aliaksandr Yarashuk checked on 2023-05-06 to the file?");
    // Someone saves the file meanwhile (an editor, git pull).
    let theirs = BUNDLED.replacen(
        "[campaign]",
        "# A note saved by someone else.\n[campaign]",
        1,
    );
    std::fs::write(&path, &theirs).unwrap();
    s.keys(b"y");
    s.wait_for("changed on disk meanwhile: nothing written");
    assert_eq!(read(&path), theirs);
    // Read again, and offered again on the new version.
    s.wait_for("Write Aliaksandr Yarashuk checked on 2023-05-06 to the file?");
    s.keys(b"y");
    s.wait_for("wrote Aliaksandr Yarashuk checked on 2023-05-06");
    let after = read(&path);
    assert!(after.contains("# A note saved by someone else."));
    assert!(after.contains("checked = 2023-05-06"));
    assert_eq!(after.lines().count(), theirs.lines().count() + 1);
}

#[test]
fn the_form_shows_no_hidden_value_when_presenting() {
    let (dir, path) = copy();
    let mut s = open(dir.path());
    s.keys(b"p2");
    s.wait_for("Aliaksandr Yarashuk");
    s.keys(b"w");
    s.wait_for("Log a letter");
    s.keys(b"\t\t\t\tOlga Secret");
    let screen = s.wait_for("•••••");
    assert!(!screen.contains("Olga"), "{screen}");
    s.keys(b"\r");
    s.wait_for("wrote a letter sent to Aliaksandr Yarashuk");
    assert!(read(&path).contains("by = \"Olga Secret\""));
}

#[test]
fn an_agenda_item_is_snoozed_and_an_overdue_release_recorded() {
    let (dir, path) = copy();
    let mut s = Session::start_at(dir.path(), &["campaign.toml", "--today", "2024-05-01"]);
    // Opens on its two warnings: Esc closes them.
    s.wait_for("2 warnings");
    s.keys(b"\x1b");
    s.wait_gone("Problems:");
    s.keys(b"8");
    s.wait_for("Overdue (2)");
    // The first item: Iryna But-Husaim's release, due 2023-10-19.
    s.keys(b"a");
    s.wait_for("The release date of Iryna But-Husaim has passed");
    s.keys(b"c");
    s.wait_for("Write Iryna But-Husaim checked on 2024-05-01 to the file?");
    s.keys(b"y");
    s.wait_for("wrote Iryna But-Husaim checked on 2024-05-01");
    assert!(read(&path).contains("checked = 2024-05-01"));
    // Still overdue (checked, not released): snoozed for a week.
    s.keys(b"Z");
    s.wait_for("Snooze: ");
    s.keys(b"\tlawyer asked");
    s.keys(b"\r");
    s.wait_for("wrote an agenda item snoozed until 2024-05-08");
    s.wait_for("1 snoozed");
    let text = read(&path);
    assert!(
        text.ends_with("\n[[snoozed]]\nitem = \"release-overdue-but-husaim\"\nuntil = 2024-05-08\nnote = \"lawyer asked\"\n"),
        "{text}"
    );
    // The other one: released on a day given.
    s.keys(b"a");
    s.wait_for("The release date of Siarhei Antusevich has passed");
    s.keys(b"r");
    s.wait_for("Released: Siarhei Antusevich");
    s.keys(b"\x152024-04-30\r");
    s.wait_for("wrote Siarhei Antusevich released on 2024-04-30");
    let text = read(&path);
    assert!(text.contains("released = 2024-04-30"));
    s.wait_gone("Overdue");
}
