//! `campaign-dash log`: the real binary writing to a copy of the bundled
//! campaign. Every write changes only the lines it says it wrote.

mod common;

use std::path::{Path, PathBuf};

use common::{changed, ok_in, run_in};

fn bundled_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("campaign.toml");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("campaign.toml"),
        &path,
    )
    .unwrap();
    (dir, path)
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_letter_is_one_new_table_at_the_line_printed() {
    let (dir, path) = bundled_copy();
    let before = std::fs::read_to_string(&path).unwrap();
    let out = ok_in(
        dir.path(),
        &[
            "log",
            "letter",
            "--prisoner",
            "yarashuk",
            "--count",
            "2",
            "--by",
            "Olga",
            "--channel",
            "post",
            "--notes",
            "a card\nfor the birthday",
        ],
    );
    let after = std::fs::read_to_string(&path).unwrap();
    let (removed, added) = changed(&before, &after);
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(
        added.concat(),
        "\n[[letters]]\ndate = 2023-05-06\nprisoner = \"yarashuk\"\ndirection = \"sent\"\n\
         count = 2\nchannel = \"post\"\nby = \"Olga\"\nnotes = \"a card\\nfor the birthday\"\n"
    );
    let (file_line, what) = out.trim_end().split_once(": ").unwrap();
    assert_eq!(what, "2 letters sent to yarashuk on 2023-05-06");
    let line: usize = file_line
        .strip_prefix("campaign.toml:")
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(after.lines().nth(line - 1), Some("[[letters]]"));
    // The file loads, and the letter is in the Letters view.
    let letters = ok_in(
        dir.path(),
        &["print", "--view", "letters", "--format", "csv"],
    );
    assert!(letters.contains("yarashuk"), "{letters}");
}

#[test]
fn a_letter_evening_writes_one_entry_per_prisoner_of_the_filter() {
    let (dir, path) = bundled_copy();
    let before = std::fs::read_to_string(&path).unwrap();
    let out = ok_in(
        dir.path(),
        &[
            "log",
            "letter",
            "--filter",
            "status:imprisoned",
            "--prisoner",
            "areshka",
            "--date",
            "2023-05-01",
        ],
    );
    let imprisoned = ok_in(
        dir.path(),
        &[
            "print",
            "--view",
            "prisoners",
            "--filter",
            "status:imprisoned",
            "--format",
            "csv",
        ],
    );
    // One per prisoner, areshka (named first) once.
    let rows = csv::Reader::from_reader(imprisoned.as_bytes())
        .records()
        .count();
    assert!(rows > 2, "{imprisoned}");
    let wanted = rows + usize::from(!imprisoned.contains("areshka"));
    assert_eq!(out.lines().count(), wanted, "{out}");
    assert!(
        out.lines()
            .next()
            .unwrap()
            .ends_with("sent to areshka on 2023-05-01")
    );
    let after = std::fs::read_to_string(&path).unwrap();
    let (removed, added) = changed(&before, &after);
    assert!(removed.is_empty());
    assert_eq!(
        added.iter().filter(|l| *l == "[[letters]]\n").count(),
        wanted
    );
}

#[test]
fn checked_and_released_change_only_their_lines() {
    let (dir, path) = bundled_copy();
    let before = std::fs::read_to_string(&path).unwrap();
    let out = ok_in(
        dir.path(),
        &["log", "checked", "yarashuk", "--date", "2023-05-05"],
    );
    let after = std::fs::read_to_string(&path).unwrap();
    let (removed, added) = changed(&before, &after);
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(added, ["checked = 2023-05-05\n"]);
    let line: usize = out.split(':').nth(1).unwrap().parse().unwrap();
    assert_eq!(after.lines().nth(line - 1), Some("checked = 2023-05-05"));
    // A second check replaces the first.
    ok_in(dir.path(), &["log", "checked", "yarashuk"]);
    let again = std::fs::read_to_string(&path).unwrap();
    let (removed, added) = changed(&after, &again);
    assert_eq!(
        (removed, added),
        (
            vec!["checked = 2023-05-05\n".to_owned()],
            vec!["checked = 2023-05-06\n".to_owned()]
        )
    );
}

#[test]
fn mistakes_are_refused_in_the_words_of_check_and_nothing_is_written() {
    let (dir, path) = bundled_copy();
    let before = std::fs::read_to_string(&path).unwrap();
    for (args, words) in [
        (
            &["log", "letter", "--prisoner", "yarashk"][..],
            "error: there is no prisoner `yarashk` in the file; did you mean `yarashuk`?",
        ),
        (
            &["log", "letter", "--prisoner", "yarashuk", "--count", "0"][..],
            "error: --count: `count` must be at least 1, found 0",
        ),
        (
            &["log", "letter", "--prisoner", "yarashuk", "--event", "nope"][..],
            "error: --event: there is no event `nope` in the file",
        ),
        (
            &["log", "letter", "--filter", "status:released name:nobody"][..],
            "matches no prisoner; nothing was written",
        ),
    ] {
        let out = run_in(dir.path(), args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr(&out).contains(words), "{args:?}: {}", stderr(&out));
    }
    // A date that does not exist is a command-line mistake.
    let out = run_in(
        dir.path(),
        &["log", "released", "yarashuk", "--date", "2023-02-30"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("there is no day `2023-02-30`"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
}

#[test]
fn a_file_with_errors_is_not_written_to() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.toml");
    let text = "format = 1\n[campaign]\nname = 3\n";
    std::fs::write(&path, text).unwrap();
    let out = run_in(dir.path(), &["log", "checked", "a", "--file", "c.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("c.toml:3:8: error"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("nothing was written"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

/// A loop of writes killed at random moments: the file always loads, and
/// holds every letter a finished run printed.
#[cfg(unix)]
#[test]
fn a_kill_during_writes_leaves_a_whole_file() {
    let (dir, path) = bundled_copy();
    let mut printed = 0;
    for round in 0..12u64 {
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
            .env(
                "XDG_STATE_HOME",
                concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
            )
            .args(["log", "letter", "--prisoner", "yarashuk"])
            .current_dir(dir.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // From at once to well after the write (a few milliseconds here).
        std::thread::sleep(std::time::Duration::from_micros(round * round * 400));
        unsafe { libc::kill(child.id() as i32, libc::SIGKILL) };
        let out = child.wait_with_output().unwrap();
        if String::from_utf8_lossy(&out.stdout).contains("sent to yarashuk") {
            printed += 1;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let check = run_in(dir.path(), &["check"]);
        assert_eq!(
            check.status.code(),
            Some(0),
            "round {round}: {}",
            stderr(&check)
        );
        let letters = text.matches("[[letters]]").count();
        assert!(letters >= printed, "round {round}: {letters} < {printed}");
    }
}

#[test]
fn a_snooze_puts_an_item_off_and_the_agenda_leaves_it_out() {
    let (dir, path) = bundled_copy();
    let before = std::fs::read_to_string(&path).unwrap();
    let uid = "event-geneva-rally-2023-06-15";
    let agenda = ok_in(
        dir.path(),
        &["print", "--view", "agenda", "--format", "csv"],
    );
    assert!(agenda.contains(uid), "{agenda}");
    let out = ok_in(
        dir.path(),
        &[
            "log",
            "snooze",
            uid,
            "--until",
            "2023-06-01",
            "--note",
            "date not confirmed",
        ],
    );
    assert!(
        out.ends_with(&format!(
            "an agenda item snoozed until 2023-06-01 ({uid})\n"
        )),
        "{out}"
    );
    let after = std::fs::read_to_string(&path).unwrap();
    let (removed, added) = changed(&before, &after);
    assert!(removed.is_empty());
    assert_eq!(
        added.concat(),
        format!(
            "\n[[snoozed]]\nitem = \"{uid}\"\nuntil = 2023-06-01\nnote = \"date not confirmed\"\n"
        )
    );
    let agenda = ok_in(
        dir.path(),
        &["print", "--view", "agenda", "--format", "csv"],
    );
    assert!(!agenda.contains(uid), "snoozed: {agenda}");
    // Back from that day on.
    let later = ok_in(
        dir.path(),
        &[
            "print",
            "--view",
            "agenda",
            "--format",
            "csv",
            "--today",
            "2023-06-01",
        ],
    );
    assert!(later.contains(uid), "{later}");
    // An item the agenda does not have, or a day not after today: refused.
    for (args, words) in [
        (
            &[
                "log",
                "snooze",
                "event-geneva-rally",
                "--until",
                "2023-06-01",
            ][..],
            "there is no agenda item `event-geneva-rally` in the file; did you mean",
        ),
        (
            &["log", "snooze", uid, "--until", "2023-05-06"][..],
            "is not after today (2023-05-06)",
        ),
    ] {
        let out = run_in(dir.path(), args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr(&out).contains(words), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn delivered_sets_the_petition_s_day() {
    let (dir, path) = bundled_copy();
    let before = std::fs::read_to_string(&path).unwrap();
    let out = ok_in(
        dir.path(),
        &["log", "delivered", "labourstart-not-extremism"],
    );
    assert!(
        out.ends_with("petition labourstart-not-extremism delivered on 2023-05-06\n"),
        "{out}"
    );
    let (removed, added) = changed(&before, &std::fs::read_to_string(&path).unwrap());
    assert!(removed.is_empty());
    assert_eq!(added, ["delivered = 2023-05-06\n"]);
    let out = run_in(dir.path(), &["log", "delivered", "labourstart"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("there is no petition `labourstart`"),
        "{}",
        stderr(&out)
    );
}

/// A file with the new `[[facilities]]` section (which the record-by-record
/// split now knows): a letter and a snooze written by the real binary change
/// only their own lines, the facility's bytes stay; a save by someone else
/// since the version read is refused with every byte kept; and writes
/// killed at random moments always leave a file that loads.
#[cfg(unix)]
#[test]
fn a_file_with_facilities_is_written_line_for_line_refused_when_changed_and_whole_when_killed() {
    use campaign_dash::load::write::{Version, WriteError, commit};
    let (dir, path) = bundled_copy();
    let bundled = std::fs::read_to_string(&path).unwrap();
    let facility = "\n[[facilities]]\n# the censor's rules, as a visitor told them\nname = \"Penal colony No. 2, Babruisk\"\nguidance = \"\"\"\nRussian only.\nNo photographs.\"\"\"\ntransit_days = 30\n";
    let text = format!(
        "{bundled}\n[[letters]]\ndate = 2023-05-01\nprisoner = \"fiadynich\"\ndirection = \"sent\"\n{facility}"
    );
    std::fs::write(&path, &text).unwrap();
    assert_eq!(run_in(dir.path(), &["check"]).status.code(), Some(0));
    let out = ok_in(
        dir.path(),
        &[
            "log",
            "letter",
            "--prisoner",
            "yarashuk",
            "--date",
            "2023-05-02",
        ],
    );
    assert!(out.contains("sent to yarashuk"), "{out}");
    let after = std::fs::read_to_string(&path).unwrap();
    let (gone, _) = changed(&text, &after);
    assert!(gone.is_empty(), "nothing taken away: {gone:?}");
    // The new letter after the last one, before the facility; every other
    // byte as it was.
    let at = text.find("\n[[facilities]]").unwrap();
    let expected = format!(
        "{}\n[[letters]]\ndate = 2023-05-02\nprisoner = \"yarashuk\"\ndirection = \"sent\"\n{}",
        &text[..at],
        &text[at..]
    );
    assert_eq!(after, expected);
    assert!(after.ends_with(facility), "the facility's bytes stay");
    ok_in(
        dir.path(),
        &[
            "log",
            "snooze",
            "event-geneva-rally-2023-06-15",
            "--until",
            "2023-06-01",
        ],
    );
    let snoozed = std::fs::read_to_string(&path).unwrap();
    let (gone, _) = changed(&after, &snoozed);
    assert!(gone.is_empty(), "{gone:?}");
    assert!(snoozed.contains(facility));
    // Saved by someone else since it was read: refused, the file as theirs.
    let read = Version::of(&snoozed);
    let theirs = snoozed.replace("transit_days = 30", "transit_days = 35");
    std::fs::write(&path, &theirs).unwrap();
    let letter = campaign_dash::load::edit::Edit::AddLetter(campaign_dash::model::Letter {
        date: chrono::NaiveDate::from_ymd_opt(2023, 5, 3).unwrap(),
        prisoner: "yarashuk".into(),
        ..Default::default()
    });
    let opts = campaign_dash::load::LoadOptions::default();
    assert!(matches!(
        commit(&path, read, &[letter], &opts, None),
        Err(WriteError::Changed)
    ));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    // Killed at random moments: always a file that loads, the facility kept.
    for round in 0..8u64 {
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
            .env(
                "XDG_STATE_HOME",
                concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
            )
            .args(["log", "letter", "--prisoner", "yarashuk"])
            .current_dir(dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_micros(round * round * 500));
        unsafe { libc::kill(child.id() as i32, libc::SIGKILL) };
        child.wait_with_output().unwrap();
        let now = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            run_in(dir.path(), &["check"]).status.code(),
            Some(0),
            "round {round}"
        );
        assert!(now.contains("transit_days = 35"), "round {round}");
    }
}
