//! End to end: the settings file, with the real binary in a pseudo-terminal
//! and `XDG_CONFIG_HOME` pointing at a temporary folder. Keys rebound,
//! the light theme and chosen columns change the help, the hints and the
//! screen (whole-screen snapshots, read back through vt100); a broken file
//! is reported, located, and the dashboard opens all the same.
#![cfg(unix)]

mod common;

use std::path::Path;

use common::Session;
use portable_pty::CommandBuilder;
use strum::EnumCount;

/// The dashboard on the bundled file, with `settings` as the user's
/// settings file (under `dir`).
fn start(dir: &Path, settings: &str) -> Session {
    let folder = dir.join("config").join("campaign-dash");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("config.toml"), settings).unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_campaign-dash"));
    cmd.env(
        "XDG_STATE_HOME",
        concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
    );
    cmd.args(["--today", "2023-05-06", "--no-mouse", "campaign.toml"]);
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    cmd.env("XDG_CONFIG_HOME", dir.join("config"));
    Session::spawn(cmd)
}

const MINE: &str = r#"# Test settings: other keys, the light theme, three columns.
theme = "light"

[keys]
down = ["J", "down"]
up = ["K", "up"]
filter = ["|"]
quit = ["x"]

[columns]
prisoners = ["name", "days-held", "status"]
"#;

#[test]
fn rebound_keys_the_light_theme_and_chosen_columns_show_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = start(dir.path(), MINE);
    let text = s.wait_for("Trade union activity is not extremism");
    let tabs = format!("1-{} tabs  ? help  x quit", campaign_dash::app::Tab::COUNT);
    assert!(text.contains(&tabs), "{text}");
    // Light: titles in blue, not cyan.
    assert_eq!(
        s.fg_of("Trade union activity is not extremism"),
        Some(vt100::Color::Idx(4))
    );
    s.keys(b"2");
    let text = s.wait_for("Prisoners 1/6");
    assert!(
        text.contains("J/K move  Enter detail  | filter  s sort  ? help  x quit"),
        "{text}"
    );
    insta::assert_snapshot!("prisoners_with_my_settings", text);
    // The old keys do nothing; the new ones move.
    s.keys(b"j");
    s.keys(b"J");
    s.wait_for("Prisoners 2/6");
    s.keys(b"|");
    let text = s.wait_for("Filter | ");
    assert!(text.contains("Enter keeps · Esc clears"), "{text}");
    s.keys(b"\x1b");
    s.wait_gone("Filter | ");
    s.keys(b"\r");
    let text = s.wait_for("Detail (J/K links, Enter follow)");
    assert!(text.contains("J/K links  Enter follow"), "{text}");
    s.keys(b"\x1b?");
    let text = s.wait_for(" Keys ");
    assert!(text.contains(" J, down "), "{text}");
    assert!(text.contains(" x "), "{text}");
    insta::assert_snapshot!("help_with_my_settings", text);
    s.keys(b"?");
    s.wait_gone(" Keys ");
    s.keys(b"x");
    assert_eq!(s.wait_exit().exit_code(), 0);
}

#[test]
fn presentation_mode_can_be_on_from_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = start(dir.path(), "present = true\n");
    s.wait_for("Trade union activity is not extremism");
    s.keys(b"2");
    let text = s.wait_for("Prisoners 1/6");
    assert!(text.contains("PRESENTATION MODE"), "{text}");
    s.keys(b"q");
    assert_eq!(s.wait_exit().exit_code(), 0);
}

#[test]
fn a_broken_settings_file_is_reported_located_and_the_dashboard_opens() {
    let dir = tempfile::tempdir().unwrap();
    let broken = "presnt = true\n[keys]\ndwon = [\"x\"]\n[theme]\nname = \"ligth\"\n";
    let mut s = start(dir.path(), broken);
    let text = s.wait_for("Trade union activity is not extremism");
    assert!(
        text.contains("settings: 3 problems left out (campaign-dash config lists them)"),
        "the status bar says so: {text}"
    );
    // The defaults: j still moves, q still quits.
    s.keys(b"2j");
    s.wait_for("Prisoners 2/6");
    s.keys(b"q");
    assert_eq!(s.wait_exit().exit_code(), 0);
    // Written before the dashboard took the screen: there after it.
    let out = plain(&String::from_utf8_lossy(&s.output()));
    for located in [
        "config.toml:1:1: error: unknown setting `presnt`",
        "config.toml:3:1: error: unknown action `dwon`",
        "config.toml:5:8: error: unknown theme `ligth`",
    ] {
        assert!(out.contains(located), "{located} in:\n{out}");
    }
    assert!(out.contains("did you mean `present`?"), "{out}");
}

/// `text` without its colour sequences (`ESC [ ... m`).
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("\x1b[") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        match after.find(|c: char| c.is_ascii_alphabetic()) {
            Some(end) => rest = &after[end + 1..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}
