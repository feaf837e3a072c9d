//! The local history of versions, through the real binary: every version
//! that `check` or `print` loads without errors is kept once, `history`
//! lists them with what changed, `restore` writes one back byte for byte,
//! never over the file without `--force`; `history = false` keeps none,
//! and a state folder that cannot be written is a warning, not a failure.

mod common;

use std::path::{Path, PathBuf};

const BUNDLED: &str = include_str!("../campaign.toml");

/// A folder with a copy of the bundled campaign, and a state folder of
/// its own.
fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("campaign.toml");
    std::fs::write(&file, BUNDLED).unwrap();
    let state = dir.path().join("state");
    (dir, file, state)
}

fn run(dir: &Path, state: &Path, args: &[&str]) -> std::process::Output {
    common::run_with(dir, args, &[("XDG_STATE_HOME", state.to_str().unwrap())])
}

fn out(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

#[test]
fn versions_that_load_are_kept_once_listed_and_restored_byte_for_byte() {
    let (dir, file, state) = setup();
    let d = dir.path();
    assert!(run(d, &state, &["check", "campaign.toml"]).status.success());
    assert!(run(d, &state, &["check", "campaign.toml"]).status.success());
    let o = run(d, &state, &["history", "campaign.toml"]);
    assert!(o.status.success(), "{}", out(&o));
    assert!(
        out(&o).contains("campaign.toml: 1 version kept in "),
        "{}",
        out(&o)
    );
    assert!(out(&o).contains("the first kept"), "{}", out(&o));

    // A prisoner renamed, then one added: read by print and check.
    let renamed = BUNDLED.replacen(
        "name = \"Aliaksandr Yarashuk\"",
        "name = \"A. Yarashuk\"",
        1,
    );
    std::fs::write(&file, &renamed).unwrap();
    assert!(run(d, &state, &["print", "campaign.toml"]).status.success());
    let added =
        format!("{renamed}\n[[prisoners]]\nid = \"t1\"\nname = \"T One\"\nstatus = \"detained\"\n");
    std::fs::write(&file, &added).unwrap();
    assert!(run(d, &state, &["check", "campaign.toml"]).status.success());
    // Broken: not kept.
    std::fs::write(&file, format!("{added}\n[[prisoners]]\nid = 3\n")).unwrap();
    assert!(!run(d, &state, &["check", "campaign.toml"]).status.success());

    let listed = out(&run(d, &state, &["history", "campaign.toml"]));
    assert!(listed.contains("3 versions kept"), "{listed}");
    assert!(listed.contains("0 added, 1 changed, 0 removed"), "{listed}");
    assert!(listed.contains("1 added, 0 changed, 0 removed"), "{listed}");

    // Emptied: restore refuses to go over it without --force.
    std::fs::write(&file, "").unwrap();
    let o = run(d, &state, &["restore", "campaign.toml", "--at", "1"]);
    assert!(!o.status.success());
    assert!(
        out(&o).contains("campaign.toml exists: nothing written"),
        "{}",
        out(&o)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "");
    for (n, want) in [("1", &added), ("2", &renamed), ("3", &BUNDLED.to_owned())] {
        let o = run(
            d,
            &state,
            &[
                "restore",
                "campaign.toml",
                "--at",
                n,
                "-o",
                &format!("v{n}.toml"),
            ],
        );
        assert!(o.status.success(), "{}", out(&o));
        assert_eq!(
            &std::fs::read_to_string(d.join(format!("v{n}.toml"))).unwrap(),
            want,
            "--at {n}"
        );
    }
    let o = run(
        d,
        &state,
        &["restore", "campaign.toml", "--at", "1", "--force"],
    );
    assert!(o.status.success(), "{}", out(&o));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), added);
    let o = run(
        d,
        &state,
        &["restore", "campaign.toml", "--at", "4", "-o", "v4.toml"],
    );
    assert!(!o.status.success());
    assert!(
        out(&o).contains("no version 4 in the history of campaign.toml (3 kept"),
        "{}",
        out(&o)
    );

    // The folders are the user's alone.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let root = state.join("campaign-dash").join("history");
        for folder in std::fs::read_dir(&root)
            .unwrap()
            .map(|e| e.unwrap().path())
            .chain([root.clone()])
        {
            let mode = std::fs::metadata(&folder).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700, "{}", folder.display());
        }
    }
}

#[test]
fn history_false_keeps_nothing_and_an_unwritable_state_folder_only_warns() {
    let (dir, _file, state) = setup();
    let d = dir.path();
    let settings = d.join("settings.toml");
    std::fs::write(&settings, "history = false\n").unwrap();
    let o = run(
        d,
        &state,
        &["--config", "settings.toml", "check", "campaign.toml"],
    );
    assert!(o.status.success(), "{}", out(&o));
    assert!(!state.exists(), "nothing kept");
    let o = run(
        d,
        &state,
        &["--config", "settings.toml", "history", "campaign.toml"],
    );
    assert!(!o.status.success());
    assert!(
        out(&o).contains("the history of versions is off"),
        "{}",
        out(&o)
    );

    // A state "folder" that is a file: the check passes, with a warning.
    std::fs::write(&state, "not a folder").unwrap();
    let o = run(d, &state, &["check", "campaign.toml"]);
    assert!(o.status.success(), "{}", out(&o));
    assert!(
        out(&o).contains("warning: the history of versions could not be written"),
        "{}",
        out(&o)
    );
}

/// `restore --force` over the campaign file, killed (SIGKILL) at random
/// moments: the file is always whole, the version on disk before or the
/// one restored (a temporary file a kill leaves beside it is never the
/// campaign file).
#[cfg(unix)]
#[test]
fn a_restore_killed_mid_way_leaves_a_whole_file() {
    let (dir, file, state) = setup();
    let d = dir.path();
    assert!(run(d, &state, &["check", "campaign.toml"]).status.success());
    let broken = format!("{BUNDLED}\n[[prisoners]]\nid = 3\n");
    for round in 0..8u64 {
        std::fs::write(&file, &broken).unwrap();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
            .env("XDG_STATE_HOME", &state)
            .args(["restore", "campaign.toml", "--at", "1", "--force"])
            .current_dir(d)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_micros(round * round * 400));
        unsafe { libc::kill(child.id() as i32, libc::SIGKILL) };
        child.wait_with_output().unwrap();
        let now = std::fs::read_to_string(&file).unwrap();
        assert!(
            now == broken || now == BUNDLED,
            "round {round}: {} bytes",
            now.len()
        );
    }
}
