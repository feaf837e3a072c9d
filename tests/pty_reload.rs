//! End to end: live reload and signals, with the real binary in a
//! pseudo-terminal on a copy of the bundled campaign in a temporary folder,
//! the file rewritten as editors do (a new file renamed over the old one),
//! and the screen read back through a terminal emulator (vt100). Every wait
//! polls the screen for up to 10 s; no sleep is an assertion.
#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};

use common::{Session, eventually};

const BUNDLED: &str = include_str!("../campaign.toml");
/// Test data, not a campaign fact: a record added by the test.
const ADDED: &str =
    "\n[[prisoners]]\nid = \"test-added\"\nname = \"Test Added Person\"\nstatus = \"detained\"\n";

/// Writes `text` to `path` as vim and `sed -i` do: to a new file in the same
/// folder, renamed over the old one.
fn save(path: &Path, text: &str) {
    let tmp = path.with_extension("toml.tmp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

fn copy_bundled() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("campaign.toml");
    std::fs::write(&path, BUNDLED).unwrap();
    (dir, path)
}

/// The dashboard on a copy of the bundled file, on the Prisoners tab.
fn bundled_on_prisoners() -> (tempfile::TempDir, PathBuf, Session) {
    let (dir, path) = copy_bundled();
    let mut s = Session::start_at(
        dir.path(),
        &["--today", "2023-05-06", "--no-mouse", "campaign.toml"],
    );
    s.wait_for("Trade union activity is not extremism");
    s.keys(b"2");
    s.wait_for("Prisoners 1/6");
    (dir, path, s)
}

#[test]
fn the_dashboard_follows_the_file_as_it_is_saved_broken_fixed_and_removed() {
    let (_dir, path, mut s) = bundled_on_prisoners();
    s.keys(b"jj");
    s.wait_for("Prisoners 3/6");

    // A prisoner added: on screen without a key, the selection kept.
    let added = format!("{BUNDLED}{ADDED}");
    save(&path, &added);
    let text = s.wait_for("Test Added Person");
    assert!(text.contains("Prisoners (7)"), "{text}");
    let text = s.wait_for("reloaded: 1 added");
    assert!(text.contains("Prisoners 3/7"), "{text}");
    // Both versions are kept in the local history: at start, on reload.
    let dir = path.parent().unwrap();
    eventually("the reloaded version kept", || {
        let o = common::run_in(dir, &["history", "campaign.toml"]);
        String::from_utf8_lossy(&o.stdout).contains("campaign.toml: 2 versions kept")
    });

    // Broken: the banner says where, the data stays.
    let broken = added.replace(
        "name = \"Test Added Person\"\nstatus = \"detained\"",
        "name = \"Test Added Person\"\nstatus = \"jailed\"",
    );
    let line = broken.lines().count();
    save(&path, &broken);
    let text = s.wait_for(&format!("campaign.toml:{line}:10: prisoners[7]"));
    assert!(text.contains("showing the version from"), "{text}");
    assert!(text.contains("Test Added Person"), "{text}");
    assert!(text.contains("Aliaksandr Yarashuk"), "{text}");
    assert!(text.contains("Prisoners 3/7"), "{text}");

    // ! lists the problem with its snippet; Esc closes.
    s.keys(b"!");
    let text = s.wait_for("Problems: 1 error in campaign.toml");
    assert!(
        text.contains(&format!("{line} | status = \"jailed\"")),
        "{text}"
    );
    s.keys(b"\x1b");
    s.wait_gone("Problems: 1 error");

    // Fixed: the banner goes.
    save(&path, &added);
    let text = s.wait_gone("showing the version from");
    assert!(text.contains("Test Added Person"), "{text}");

    // Removed, then written again.
    std::fs::remove_file(&path).unwrap();
    let text = s.wait_for("campaign.toml was removed");
    assert!(text.contains("Test Added Person"), "{text}");
    std::fs::write(&path, BUNDLED).unwrap();
    let text = s.wait_gone("was removed");
    let text = if text.contains("Test Added Person") {
        s.wait_gone("Test Added Person")
    } else {
        text
    };
    assert!(text.contains("Prisoners (6)"), "{text}");

    s.keys(b"q");
    assert!(s.wait_exit().success());
}

/// Opened on a file with errors, the dashboard does not exit (as bacon and
/// cargo watch do not): it shows the Problems view, follows the file, and
/// shows the campaign as soon as the file is saved fixed.
#[test]
fn a_file_broken_from_the_start_opens_on_its_problems_until_it_is_fixed() {
    let (_dir, path) = copy_bundled();
    let broken = BUNDLED.replacen("status = \"imprisoned\"", "status = \"jailed\"", 1);
    save(&path, &broken);
    let mut s = Session::start_at(
        path.parent().unwrap(),
        &["--today", "2023-05-06", "--no-mouse", "campaign.toml"],
    );
    let text = s.wait_for("Problems: 1 error in campaign.toml");
    assert!(text.contains("status = \"jailed\""), "{text}");
    assert!(text.contains("1 Overview"), "the dashboard: {text}");
    // Esc: the banner says what is wrong and that nothing is shown yet.
    s.keys(b"\x1b");
    let text = s.wait_for("nothing to show until the file loads");
    assert!(
        !text.contains("Trade union activity is not extremism"),
        "{text}"
    );
    // Saved fixed: the campaign, with no key pressed.
    save(&path, BUNDLED);
    // The status bar's line is drawn last: once it says so, the frame above
    // it is whole.
    let text = s.wait_for("campaign.toml loads now: showing it");
    assert!(
        text.contains("Trade union activity is not extremism"),
        "{text}"
    );
    assert!(!text.contains("nothing to show"), "{text}");
    s.keys(b"2");
    s.wait_for("Prisoners 1/6");
    s.keys(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn r_reloads_by_hand() {
    let (dir, _path) = copy_bundled();
    let mut s = Session::start_at(dir.path(), &["--today", "2023-05-06", "campaign.toml"]);
    s.wait_for("Trade union activity is not extremism");
    s.keys(b"r");
    s.wait_for("reloaded: no changes");
    s.keys(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn sigterm_and_sighup_restore_the_terminal_and_end() {
    for signal in ["TERM", "HUP", "INT"] {
        let (dir, _path) = copy_bundled();
        let mut s = Session::start_at(dir.path(), &["--today", "2023-05-06", "campaign.toml"]);
        s.wait_for("Trade union activity is not extremism");
        assert!(s.alternate());
        s.signal(signal);
        assert!(!s.wait_exit().success(), "SIG{signal} is not a success");
        // The reader may still be taking the last bytes.
        eventually(
            &format!("SIG{signal}: the alternate screen was not left"),
            || s.left_alternate_screen(),
        );
        assert!(!s.alternate(), "SIG{signal}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn ctrl_z_gives_the_terminal_back_and_sigcont_takes_it_again() {
    let (dir, _path) = copy_bundled();
    let mut s = Session::start_at(dir.path(), &["--today", "2023-05-06", "campaign.toml"]);
    s.wait_for("Trade union activity is not extremism");
    s.keys(b"2");
    s.wait_for("Prisoners 1/6");
    s.keys(b"\x1a");
    eventually(
        "Ctrl-Z did not stop the process with the terminal restored",
        || stopped(s.pid()) && s.left_alternate_screen(),
    );
    s.signal("CONT");
    let text = s.wait_until("the dashboard again", |t| {
        t.contains("Prisoners 1/6") && t.contains("Aliaksandr Yarashuk")
    });
    assert!(text.contains("1 Overview"), "{text}");
    assert!(s.alternate());
    s.keys(b"j");
    s.wait_for("Prisoners 2/6");
    s.keys(b"q");
    assert!(s.wait_exit().success());
}

/// Whether the process is stopped (Linux: state T in /proc).
#[cfg(target_os = "linux")]
fn stopped(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            s.rsplit_once(')')
                .map(|(_, rest)| rest.trim_start().starts_with('T'))
        })
        .unwrap_or(false)
}

/// Real files nearly always have a warning (an overdue release is one):
/// they open on the overview, the warnings counted in the status bar; `!`
/// lists them, and the tab keys work from the list.
#[test]
fn a_file_with_warnings_opens_on_the_overview_and_counts_them() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/warn/empty_name.toml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("w.toml"), text).unwrap();
    let mut s = Session::start_at(dir.path(), &["w.toml"]);
    let text = s.wait_for("1 warning (! lists them)");
    assert!(!text.contains("Problems: "), "{text}");
    assert!(text.contains("Overview"), "{text}");
    s.keys(b"!");
    let text = s.wait_for("Problems: 1 warning in w.toml (the version shown)");
    assert!(
        text.contains("w.toml:2:8: warning: [campaign]: `name` is empty"),
        "{text}"
    );
    assert!(
        text.contains("= help: write the name between the quotes"),
        "{text}"
    );
    // A number key leaves the list for its tab.
    s.keys(b"3");
    s.wait_gone("Problems: 1 warning");
    s.wait_for("Events 0/0");
    s.keys(b"!");
    s.wait_for("Problems: 1 warning");
    s.keys(b"\x1b");
    s.wait_gone("Problems: 1 warning");
    s.keys(b"q");
    assert!(s.wait_exit().success());
}

/// A campaign kept in one folder (a synced one) and opened through a link
/// from another: saving the file where it really is reloads the dashboard.
#[test]
fn a_file_opened_through_a_symbolic_link_is_followed_where_it_lives() {
    let (real_dir, real) = copy_bundled();
    let link_dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(&real, link_dir.path().join("campaign.toml")).unwrap();
    let mut s = Session::start_at(
        link_dir.path(),
        &["--today", "2023-05-06", "--no-mouse", "campaign.toml"],
    );
    s.wait_for("Trade union activity is not extremism");
    s.keys(b"2");
    s.wait_for("Prisoners 1/6");
    save(&real, &format!("{BUNDLED}{ADDED}"));
    let text = s.wait_for("Test Added Person");
    assert!(text.contains("Prisoners (7)"), "{text}");
    drop(real_dir);
}

/// The reported bug: the row showed the new sentence and the detail the old.
#[test]
fn the_detail_pane_shows_the_saved_version_of_the_selected_record() {
    let (_dir, path, s) = bundled_on_prisoners();
    s.wait_for("sentence        4 years");
    save(
        &path,
        &BUNDLED.replace("sentence = \"4 years\"", "sentence = \"5 years\""),
    );
    let text = s.wait_for("reloaded: 1 changed");
    assert!(text.contains("sentence        5 years"), "{text}");
    assert!(!text.contains(" 4 years"), "{text}");
}

/// A writer that pauses part-way (a sync client, a slow disk, a script
/// writing in two steps) leaves a file that is valid TOML but holds only its
/// beginning. It must not replace the campaign: the file is read only once
/// it has stopped changing.
#[test]
fn a_file_caught_half_written_is_not_read_until_it_settles() {
    let (_dir, path, s) = bundled_on_prisoners();
    // The beginning, up to the first prisoner: valid on its own. Written in
    // place, as a writer does, then the rest after a pause longer than the
    // time the watcher waits for a save's events to end.
    let cut = BUNDLED.find("[[prisoners]]").unwrap();
    std::fs::write(&path, &BUNDLED[..cut]).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    std::fs::write(&path, BUNDLED).unwrap();
    // One reload, of the whole file: the same as shown.
    let text = s.wait_for("reloaded: no changes");
    assert!(text.contains("Prisoners 1/6"), "{text}");
}

/// An editor (or a sync client) empties the file while the dashboard shows
/// it: the banner offers `R`, which asks once, says what it replaces, and
/// writes the version shown back, byte for byte; the file loads again with
/// every record.
#[test]
fn a_file_emptied_while_shown_is_written_back_with_capital_r() {
    let (_dir, path, mut s) = bundled_on_prisoners();
    // Truncated in place, as `> campaign.toml` or a crashed editor does.
    std::fs::write(&path, "").unwrap();
    let text = s.wait_for("campaign.toml is empty");
    assert!(text.contains("R writes it back"), "{text}");
    assert!(text.contains("Aliaksandr Yarashuk"), "{text}");
    s.keys(b"R");
    let text = s.wait_for("On disk it is empty");
    assert!(text.contains("Write the version from "), "{text}");
    assert!(text.contains(" back over campaign.toml?"), "{text}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "",
        "asked, not written"
    );
    s.keys(b"y");
    let text = s.wait_for("campaign.toml written back: the version from ");
    assert!(!text.contains("is empty"), "{text}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), BUNDLED);
    let text = s.wait_gone("writes it back");
    assert!(text.contains("Prisoners (6)"), "{text}");
    let o = common::run(&["check", path.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    s.keys(b"q");
    assert!(s.wait_exit().success());
}

/// Quitting while the file on disk is broken asks first: `n` quits and
/// leaves the file as it is, `Esc` stays, `y` writes the version shown back
/// and then quits. A file that cannot be written back (removed) is not
/// asked about.
#[test]
fn quitting_over_a_broken_file_asks_to_write_the_version_shown_back() {
    let broken = format!("{BUNDLED}\n[[prisoners]]\nid = 3\n");
    // The file broken under the dashboard, then `q`: the question's screen.
    let broken_then_quit = || {
        let (dir, path, mut s) = bundled_on_prisoners();
        save(&path, &broken);
        s.wait_for("R writes it back");
        s.keys(b"q");
        let text = s.wait_for("quit without writing");
        (dir, path, s, text)
    };
    let (_dir, path, mut s, text) = broken_then_quit();
    // The question wraps in its box: read as one line.
    let said = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        said.contains("campaign.toml on disk has 3 errors, 100% of the size of the version shown."),
        "{text}"
    );
    assert!(
        said.contains("Write the version shown back before quitting?"),
        "{text}"
    );
    s.keys(b"\x1b");
    s.wait_for("nothing written");
    s.keys(b"q");
    s.wait_for("quit without writing");
    s.keys(b"n");
    assert!(s.wait_exit().success());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        broken,
        "n writes nothing"
    );

    let (_dir, path, mut s, _) = broken_then_quit();
    s.keys(b"y");
    assert!(s.wait_exit().success());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), BUNDLED);

    let (_dir, path, mut s) = bundled_on_prisoners();
    std::fs::remove_file(&path).unwrap();
    s.wait_for("campaign.toml was removed");
    s.keys(b"q");
    assert!(s.wait_exit().success());
}
