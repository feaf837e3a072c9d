//! End to end: acting from the dashboard, with the real binary in a
//! pseudo-terminal. `e` hands the file to the editor named by `$VISUAL` or
//! `$EDITOR` (here a script that records its arguments and edits the file)
//! and comes back to the change; `y` and `Y` put a record and an address on
//! the clipboard through OSC 52, read back from what the program wrote.
#![cfg(unix)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use base64::Engine;
use common::Session;
use portable_pty::CommandBuilder;

const BUNDLED: &str = include_str!("../campaign.toml");

/// Test data, not a campaign fact: a prisoner with a postal address of two
/// lines, detained after today (a warning, located at 12:12).
const ADDRESSED: &str = r#"[campaign]
name = "Test campaign"
as_of = 2023-05-06

[[prisoners]]
id = "test-person"
name = "Test Person"
aliases = ["Тэст Персона"]
born = "1961"
status = "imprisoned"
address = """
Box 12
Testville"""
detained = 2023-06-01
"#;

/// An editor named `name` in `dir/bin`: a script that writes its arguments
/// to `dir/args`, one a line, then runs `edit` (sh) on its last argument.
fn editor(dir: &Path, name: &str, edit: &str) -> PathBuf {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let path = bin.join(name);
    let args = dir.join("args");
    std::fs::write(
        &path,
        format!(
            "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '{0}.part'\nmv '{0}.part' '{0}'\nfor last; do :; done\n{edit}\n",
            args.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

/// The arguments the editor script was given, once it has run (written
/// whole, then moved into place: never read half-written).
fn editor_args(dir: &Path) -> Vec<String> {
    let path = dir.join("args");
    common::eventually("the editor ran", || path.exists());
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// The dashboard on `file` in `dir` with `EDITOR` set to `editor` (and
/// `VISUAL` unset), or neither when `editor` is `None`.
fn start(dir: &Path, file: &str, editor: Option<&str>) -> Session {
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_campaign-dash"));
    cmd.env(
        "XDG_STATE_HOME",
        concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
    );
    cmd.args(["--today", "2023-05-06", "--no-mouse", file]);
    cmd.cwd(dir);
    cmd.env_remove("VISUAL");
    cmd.env_remove("EDITOR");
    // No settings file of the user's.
    cmd.env("XDG_CONFIG_HOME", dir.join("no-config"));
    if let Some(e) = editor {
        cmd.env("EDITOR", e);
    }
    Session::spawn(cmd)
}

/// The line (from 1) of the `[[prisoners]]` header above `name = "NAME"`.
fn header_line(text: &str, name: &str) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| *l == format!("name = \"{name}\""))
        .unwrap();
    lines[..at]
        .iter()
        .rposition(|l| l.trim() == "[[prisoners]]")
        .unwrap()
        + 1
}

/// The texts the program put on the clipboard, in order.
fn clipboard(s: &Session) -> Vec<String> {
    let out = s.output();
    let mut found = Vec::new();
    let start = b"\x1b]52;c;";
    let mut i = 0;
    while let Some(n) = out[i..].windows(start.len()).position(|w| w == start) {
        let from = i + n + start.len();
        let end = from
            + out[from..]
                .iter()
                .position(|&b| b == 0x07 || b == 0x1b)
                .expect("an OSC 52 sequence is ended");
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(&out[from..end])
            .expect("the payload is base64");
        found.push(String::from_utf8(bytes).unwrap());
        i = end;
    }
    found
}

#[test]
fn e_opens_the_selected_prisoner_at_its_line_and_the_dashboard_shows_the_change() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("campaign.toml");
    std::fs::write(&file, BUNDLED).unwrap();
    let vim = editor(
        dir.path(),
        "vim",
        "sed 's/^name = \"Siarhei Antusevich\"/name = \"Siarhei Antusevich Edited\"/' \"$last\" > \"$last.new\" && mv \"$last.new\" \"$last\"",
    );
    let mut s = start(dir.path(), "campaign.toml", vim.to_str());
    s.wait_for("Trade union activity is not extremism");
    s.keys(b"2");
    s.wait_for("Prisoners 1/6");
    s.keys(b"j");
    s.wait_for("Prisoners 2/6");
    s.keys(b"e");
    let args = editor_args(dir.path());
    let line = header_line(BUNDLED, "Siarhei Antusevich");
    assert_eq!(args, vec![format!("+{line}"), "campaign.toml".to_owned()]);
    // Back from the editor: the screen drawn again, the saved change read,
    // the place kept.
    let text = s.wait_for("Siarhei Antusevich Edited");
    assert!(text.contains("Prisoners 2/6"), "{text}");
    assert!(s.alternate(), "back on the alternate screen");
    let out = s.output();
    let left = out.windows(8).filter(|w| *w == b"\x1b[?1049l").count();
    assert!(
        left >= 1,
        "the dashboard left the alternate screen for the editor"
    );
    s.keys(b"q");
    assert_eq!(s.wait_exit().exit_code(), 0);
}

#[test]
fn an_editor_command_with_arguments_and_the_problems_view_jump_to_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("c.toml"), ADDRESSED).unwrap();
    // Its last argument is FILE:LINE:COL.
    let code = editor(
        dir.path(),
        "code",
        "sed -i 's/2023-06-01/2023-04-01/' \"${last%%:*}\"",
    );
    let command = format!("{} --wait", code.display());
    let mut s = start(dir.path(), "c.toml", Some(&command));
    // A warning: counted; `!` lists it, and says how to jump.
    s.wait_for("1 warning (! lists them)");
    s.keys(b"!");
    let text = s.wait_for("Problems: 1 warning");
    assert!(
        text.contains("e opens the editor at the top problem"),
        "{text}"
    );
    s.keys(b"e");
    let args = editor_args(dir.path());
    assert_eq!(args, vec!["--wait", "-g", "c.toml:14:12"]);
    // Fixed in the editor: the reload clears the warning.
    s.wait_for("reloaded");
    s.keys(b"!");
    s.wait_for("c.toml: no problems found");
    s.keys(b"q");
    assert_eq!(s.wait_exit().exit_code(), 0);
}

#[test]
fn without_an_editor_e_says_how_to_name_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("campaign.toml"), BUNDLED).unwrap();
    let mut s = start(dir.path(), "campaign.toml", None);
    s.wait_for("Trade union activity is not extremism");
    s.keys(b"2e");
    s.wait_for("set $VISUAL or $EDITOR");
    assert!(s.alternate(), "still on the dashboard");
    s.keys(b"q");
    assert_eq!(s.wait_exit().exit_code(), 0);
}

#[test]
fn y_copies_the_record_and_shift_y_the_address_unless_presenting() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("c.toml"), ADDRESSED).unwrap();
    let mut s = start(dir.path(), "c.toml", None);
    s.wait_for("1 warning (! lists them)");
    s.keys(b"2");
    s.wait_for("Prisoners 1/1");
    s.keys(b"y");
    s.wait_for("copied Test Person");
    let copied = clipboard(&s);
    assert_eq!(copied.len(), 1, "{copied:?}");
    assert!(copied[0].starts_with("Test Person\n"), "{:?}", copied[0]);
    assert!(copied[0].contains("imprisoned"), "{:?}", copied[0]);
    // The envelope block: the name in Cyrillic (no postal_name: the first
    // Cyrillic alias, and the status line says so), the year of birth, the
    // address.
    s.keys(b"Y");
    s.wait_for("copied the envelope of Test Person");
    s.wait_for("(name: first Cyrillic alias)");
    let copied = clipboard(&s);
    assert_eq!(copied.len(), 2, "{copied:?}");
    assert_eq!(copied[1], "Тэст Персона, 1961 г.р.\nBox 12\nTestville\n");
    // Presenting: the record is copied without its address; the address
    // not at all.
    s.keys(b"p");
    s.wait_for("presentation mode:");
    s.keys(b"Y");
    s.wait_for("addresses are hidden in presentation mode");
    s.keys(b"y");
    s.wait_for("copied Test Person");
    let copied = clipboard(&s);
    assert_eq!(copied.len(), 3, "{copied:?}");
    assert!(!copied[2].contains("Testville"), "{:?}", copied[2]);
    s.keys(b"q");
    assert_eq!(s.wait_exit().exit_code(), 0);
}

/// Ctrl-C while the editor has the terminal (an editor that does not take
/// it, as `code --wait` waits) stops the editor, not the dashboard.
#[test]
fn ctrl_c_in_the_editor_ends_the_editor_and_the_dashboard_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("campaign.toml"), BUNDLED).unwrap();
    // The script becomes `sleep` (exec), saying its process id first: a
    // Ctrl-C typed while the shell still runs the script could be caught
    // by the shell and lost with it at the exec, as no editor does.
    let pid = dir.path().join("pid");
    let waits = editor(
        dir.path(),
        "code",
        &format!(
            "echo $$ > '{0}.part'; mv '{0}.part' '{0}'; exec sleep 30",
            pid.display()
        ),
    );
    let mut s = start(dir.path(), "campaign.toml", waits.to_str());
    s.wait_for("Trade union activity is not extremism");
    s.keys(b"2");
    s.wait_for("Prisoners 1/6");
    s.keys(b"e");
    editor_args(dir.path());
    common::eventually("the dashboard gives the screen to the editor", || {
        !s.alternate()
    });
    // (Where there is no /proc, the pid file is all there is to wait for.)
    let proc = Path::new("/proc/self").exists();
    common::eventually("the editor waits", || {
        std::fs::read_to_string(&pid).is_ok_and(|id| {
            !proc
                || std::fs::read(format!("/proc/{}/cmdline", id.trim()))
                    .is_ok_and(|cmd| cmd.starts_with(b"sleep\0"))
        })
    });
    s.keys(b"\x03");
    let text = s.wait_for("Prisoners 1/6");
    assert!(
        text.contains("the editor"),
        "it says how the editor ended: {text}"
    );
    // Still running, and its keys work.
    s.keys(b"j");
    s.wait_for("Prisoners 2/6");
    s.keys(b"q");
    assert_eq!(s.wait_exit().exit_code(), 0);
}

/// The letter evening in the real binary: `%` picks among the prisoners the
/// filter shows and says why they need letters; `Y` then copies that
/// prisoner's envelope; the detail says what letters to their place need.
#[test]
fn percent_picks_among_the_filtered_and_y_copies_the_envelope() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/evening/campaign.toml"
    ))
    .unwrap();
    std::fs::write(dir.path().join("c.toml"), text).unwrap();
    let mut s = start(dir.path(), "c.toml", None);
    s.wait_for("Fewest letters");
    s.keys(b"2");
    s.wait_for("Prisoners 1/27");
    s.keys(b"/reads:be\r");
    s.wait_for("Prisoners 1/1");
    s.keys(b"%");
    s.wait_for("picked Ales Prykladny of 1 shown: 2 letters in 90 days");
    s.wait_for("letters there");
    s.wait_for("Letters in Russian only;");
    s.keys(b"Y");
    s.wait_for("copied the envelope of Ales Prykladny");
    let copied = clipboard(&s);
    assert_eq!(
        copied.last().map(String::as_str),
        Some(
            "Прыкладны Алесь Сцяпанавіч, 1961 г.р.\nИК-99\nул. Прыкладная, 1\n213800 г. Тэстбург\n"
        )
    );
    s.keys(b"q");
    assert_eq!(s.wait_exit().exit_code(), 0);
}
