//! End to end: live reload and signals, with the real binary in a
//! pseudo-terminal on a copy of the bundled campaign in a temporary folder,
//! the file rewritten as editors do (a new file renamed over the old one),
//! and the screen read back through a terminal emulator (vt100). Every wait
//! polls the screen for up to 10 s; no sleep is an assertion.
#![cfg(unix)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;
const BUNDLED: &str = include_str!("../campaign.toml");
/// Test data, not a campaign fact: a record added by the test.
const ADDED: &str =
    "\n[[prisoners]]\nid = \"test-added\"\nname = \"Test Added Person\"\nstatus = \"detained\"\n";

struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    bytes: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    fn start(dir: &Path, args: &[&str]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: HEIGHT,
                cols: WIDTH,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_campaign-dash"));
        cmd.args(args);
        cmd.cwd(dir);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let child = pty.slave.spawn_command(cmd).expect("the binary starts");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("a reader");
        let writer = pty.master.take_writer().expect("a writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(nz(HEIGHT), nz(WIDTH), 0)));
        let bytes = Arc::new(Mutex::new(Vec::new()));
        let (feed, raw) = (Arc::clone(&screen), Arc::clone(&bytes));
        thread::spawn(move || {
            let _master = pty.master;
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        feed.lock().unwrap().process(&buf[..n]);
                        raw.lock().unwrap().extend_from_slice(&buf[..n]);
                    }
                }
            }
        });
        Session {
            screen,
            bytes,
            writer,
            child,
        }
    }

    fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits up to 10 s for `test` to hold of the screen's text.
    fn wait_until(&self, what: &str, test: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let text = self.text();
            if test(&text) {
                return text;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "the screen never showed {what}; it shows:\n{text}"
            );
            thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_for(&self, what: &str) -> String {
        self.wait_until(&format!("{what:?}"), |t| t.contains(what))
    }

    fn wait_gone(&self, what: &str) -> String {
        self.wait_until(&format!("no {what:?}"), |t| !t.contains(what))
    }

    fn keys(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    fn pid(&self) -> u32 {
        self.child.process_id().expect("the child's pid")
    }

    fn signal(&self, name: &str) {
        let status = std::process::Command::new("kill")
            .args([&format!("-{name}"), &self.pid().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// Waits up to 10 s for the process to end; whether it succeeded.
    fn wait_exit(&mut self) -> bool {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.success();
            }
            if start.elapsed() > Duration::from_secs(10) {
                let _ = self.child.kill();
                panic!("the dashboard did not end; the screen:\n{}", self.text());
            }
            thread::sleep(Duration::from_millis(50));
        }
    }

    fn alternate(&self) -> bool {
        self.screen.lock().unwrap().screen().alternate_screen()
    }

    /// Whether the output's last word on the alternate screen was to leave it.
    fn left_alternate_screen(&self) -> bool {
        let bytes = self.bytes.lock().unwrap();
        let find = |pat: &[u8]| bytes.windows(pat.len()).rposition(|w| w == pat);
        match (find(b"\x1b[?1049h"), find(b"\x1b[?1049l")) {
            (Some(enter), Some(leave)) => leave > enter,
            _ => false,
        }
    }
}

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

#[test]
fn the_dashboard_follows_the_file_as_it_is_saved_broken_fixed_and_removed() {
    let (dir, path) = copy_bundled();
    let mut s = Session::start(
        dir.path(),
        &["--today", "2023-05-06", "--no-mouse", "campaign.toml"],
    );
    s.wait_for("Trade union activity is not extremism");
    s.keys(b"2");
    s.wait_for("Prisoners 1/6");
    s.keys(b"jj");
    s.wait_for("Prisoners 3/6");

    // A prisoner added: on screen without a key, the selection kept.
    let added = format!("{BUNDLED}{ADDED}");
    save(&path, &added);
    let text = s.wait_for("Test Added Person");
    assert!(text.contains("Prisoners (7)"), "{text}");
    let text = s.wait_for("reloaded: 1 added");
    assert!(text.contains("Prisoners 3/7"), "{text}");

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
    assert!(s.wait_exit());
}

#[test]
fn r_reloads_by_hand() {
    let (dir, _path) = copy_bundled();
    let mut s = Session::start(dir.path(), &["--today", "2023-05-06", "campaign.toml"]);
    s.wait_for("Trade union activity is not extremism");
    s.keys(b"r");
    s.wait_for("reloaded: no changes");
    s.keys(b"q");
    assert!(s.wait_exit());
}

#[test]
fn sigterm_and_sighup_restore_the_terminal_and_end() {
    for signal in ["TERM", "HUP", "INT"] {
        let (dir, _path) = copy_bundled();
        let mut s = Session::start(dir.path(), &["--today", "2023-05-06", "campaign.toml"]);
        s.wait_for("Trade union activity is not extremism");
        assert!(s.alternate());
        s.signal(signal);
        assert!(!s.wait_exit(), "SIG{signal} is not a success");
        // The reader may still be taking the last bytes.
        let start = Instant::now();
        while !s.left_alternate_screen() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "SIG{signal}: the alternate screen was not left"
            );
            thread::sleep(Duration::from_millis(50));
        }
        assert!(!s.alternate(), "SIG{signal}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn ctrl_z_gives_the_terminal_back_and_sigcont_takes_it_again() {
    let (dir, _path) = copy_bundled();
    let mut s = Session::start(dir.path(), &["--today", "2023-05-06", "campaign.toml"]);
    s.wait_for("Trade union activity is not extremism");
    s.keys(b"2");
    s.wait_for("Prisoners 1/6");
    s.keys(b"\x1a");
    let start = Instant::now();
    while !(stopped(s.pid()) && s.left_alternate_screen()) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "Ctrl-Z did not stop the process with the terminal restored"
        );
        thread::sleep(Duration::from_millis(50));
    }
    s.signal("CONT");
    let text = s.wait_until("the dashboard again", |t| {
        t.contains("Prisoners 1/6") && t.contains("Aliaksandr Yarashuk")
    });
    assert!(text.contains("1 Overview"), "{text}");
    assert!(s.alternate());
    s.keys(b"j");
    s.wait_for("Prisoners 2/6");
    s.keys(b"q");
    assert!(s.wait_exit());
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

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a size above zero")
}

#[test]
fn a_file_with_warnings_opens_on_the_problems_view() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/warn/empty_name.toml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("w.toml"), text).unwrap();
    let mut s = Session::start(dir.path(), &["w.toml"]);
    let text = s.wait_for("Problems: 1 warning in w.toml (the version shown)");
    assert!(
        text.contains("w.toml:2:8: warning: [campaign]: `name` is empty"),
        "{text}"
    );
    assert!(
        text.contains("= help: write the name between the quotes"),
        "{text}"
    );
    s.keys(b"\x1b");
    let text = s.wait_gone("Problems: 1 warning");
    assert!(text.contains("1 warning (! lists them)"), "{text}");
    s.keys(b"!");
    s.wait_for("Problems: 1 warning");
    s.keys(b"q");
    assert!(s.wait_exit());
}
