//! The pseudo-terminal harness shared by the end-to-end tests: the real
//! binary in a pty, its output read back through a terminal emulator (vt100).
//! Every wait polls the screen for up to 10 s; no sleep is an assertion.

// Each test binary uses its own part of the harness.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

pub const WIDTH: u16 = 120;
pub const HEIGHT: u16 = 40;

/// How long any wait lasts before the test fails.
const PATIENCE: Duration = Duration::from_secs(10);

/// The state folder the tests' runs keep their history of versions in
/// (never the user's own), unless a test names another.
pub fn test_state() -> std::path::PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("state")
}

/// Runs the binary in `dir` with `args` (no terminal, NO_COLOR set, in
/// English whatever the machine's locale) to its end.
pub fn run_in(dir: &Path, args: &[&str]) -> std::process::Output {
    run_with(dir, args, &[])
}

/// [`run_in`] with `env` set as well (`LANG=be_BY.UTF-8`).
pub fn run_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_campaign-dash"));
    cmd.args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("XDG_STATE_HOME", test_state());
    for (key, value) in env {
        cmd.env(key, value);
    }
    cmd.output().expect("the binary runs")
}

/// Runs the binary in the project's folder with `args` (no terminal,
/// NO_COLOR set) to its end.
pub fn run(args: &[&str]) -> std::process::Output {
    run_in(env!("CARGO_MANIFEST_DIR").as_ref(), args)
}

/// [`run_in`] for a run that must succeed: its standard output.
pub fn ok_in(dir: &Path, args: &[&str]) -> String {
    let out = run_in(dir, args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// [`run`] for a run that must succeed: its standard output.
pub fn ok(args: &[&str]) -> String {
    ok_in(env!("CARGO_MANIFEST_DIR").as_ref(), args)
}

/// Polls `test` every 50 ms until it holds; fails after 10 s, saying `what`
/// did not happen.
pub fn eventually(what: &str, mut test: impl FnMut() -> bool) {
    let start = Instant::now();
    while !test() {
        assert!(start.elapsed() < PATIENCE, "{what}");
        thread::sleep(Duration::from_millis(50));
    }
}

/// The binary running in a pseudo-terminal of WIDTH x HEIGHT.
pub struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    bytes: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    /// Kept to read the terminal's modes after the program has ended.
    master: Box<dyn MasterPty + Send>,
}

impl Session {
    /// Starts the binary in the project's folder with `args`.
    pub fn start(args: &[&str]) -> Session {
        Session::start_in(env!("CARGO_MANIFEST_DIR").as_ref(), args, &[])
    }

    /// Starts the binary in `dir` with `args`.
    pub fn start_at(dir: &Path, args: &[&str]) -> Session {
        Session::start_in(dir, args, &[])
    }

    /// Starts the binary in `dir` with `args` and the variables `env` set.
    pub fn start_in(dir: &Path, args: &[&str], env: &[(&str, &Path)]) -> Session {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_campaign-dash"));
        cmd.args(args);
        cmd.cwd(dir);
        // English whatever the machine's locale, unless `env` says.
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        cmd.env("LANG", "C.UTF-8");
        cmd.env("XDG_STATE_HOME", test_state());
        for (key, value) in env {
            cmd.env(key, value);
        }
        Session::spawn(cmd)
    }

    /// Runs `cmd` in a fresh pseudo-terminal (cooked, as a shell leaves it),
    /// with TERM set and NO_COLOR unset.
    pub fn spawn(mut cmd: CommandBuilder) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: HEIGHT,
                cols: WIDTH,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let child = pty.slave.spawn_command(cmd).expect("the program starts");
        drop(pty.slave);
        // A descriptor of its own: it reads on after the session is dropped.
        let mut reader = pty.master.try_clone_reader().expect("a reader");
        let writer = pty.master.take_writer().expect("a writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(nz(HEIGHT), nz(WIDTH), 0)));
        let bytes = Arc::new(Mutex::new(Vec::new()));
        let (feed, raw) = (Arc::clone(&screen), Arc::clone(&bytes));
        thread::spawn(move || {
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
            master: pty.master,
        }
    }

    /// Everything the program has written so far, escape sequences and all.
    pub fn output(&self) -> Vec<u8> {
        self.bytes.lock().unwrap().clone()
    }

    /// The foreground colour of the first cell of `text` where the screen
    /// shows it now.
    pub fn fg_of(&self, text: &str) -> Option<vt100::Color> {
        let parser = self.screen.lock().unwrap();
        let screen = parser.screen();
        for (row, line) in screen.contents().lines().enumerate() {
            if let Some(at) = line.find(text) {
                let col = line[..at].chars().count();
                return screen
                    .cell(u16::try_from(row).ok()?, u16::try_from(col).ok()?)
                    .map(|c| c.fgcolor());
            }
        }
        None
    }

    /// The screen's text now.
    pub fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits for `test` to hold of the screen's text; `what` names it in
    /// the failure.
    pub fn wait_until(&self, what: &str, test: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            if test(&self.text()) {
                // What was looked for may be the first part of a frame still
                // being written: the screen is read once the output rests.
                self.settle();
                let text = self.text();
                if test(&text) {
                    return text;
                }
            }
            let text = self.text();
            assert!(
                start.elapsed() < PATIENCE,
                "the screen never showed {what}; it shows:\n{text}"
            );
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// Returns once no output has come for 40 ms (or after a second of
    /// output that does not rest).
    fn settle(&self) {
        let began = Instant::now();
        let mut seen = self.bytes.lock().unwrap().len();
        loop {
            thread::sleep(Duration::from_millis(40));
            let now = self.bytes.lock().unwrap().len();
            if now == seen || began.elapsed() > Duration::from_secs(1) {
                return;
            }
            seen = now;
        }
    }

    /// Waits for the screen to show `what`.
    pub fn wait_for(&self, what: &str) -> String {
        self.wait_until(&format!("{what:?}"), |t| t.contains(what))
    }

    /// Waits for `what` to leave the screen.
    pub fn wait_gone(&self, what: &str) -> String {
        self.wait_until(&format!("no {what:?}"), |t| !t.contains(what))
    }

    /// Types `bytes`.
    pub fn keys(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the child's pid")
    }

    /// Sends the signal `name` (TERM, HUP, ...) with kill(1).
    pub fn signal(&self, name: &str) {
        let status = std::process::Command::new("kill")
            .args([&format!("-{name}"), &self.pid().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// Waits for the process to end, and returns how it ended.
    pub fn wait_exit(&mut self) -> ExitStatus {
        match self.try_wait_exit() {
            Some(status) => status,
            None => panic!("the dashboard did not end; the screen:\n{}", self.text()),
        }
    }

    /// Waits up to 10 s for the process to end, and returns how it ended;
    /// `None` (and the process killed) if it did not.
    pub fn try_wait_exit(&mut self) -> Option<ExitStatus> {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // What it wrote last may still be on its way to the screen.
                self.settle();
                return Some(status);
            }
            if start.elapsed() > PATIENCE {
                let _ = self.child.kill();
                let _ = self.child.wait();
                return None;
            }
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// Whether the terminal shows the alternate screen now.
    pub fn alternate(&self) -> bool {
        self.screen.lock().unwrap().screen().alternate_screen()
    }

    /// Whether the output's last word on the alternate screen was to leave it.
    pub fn left_alternate_screen(&self) -> bool {
        let bytes = self.bytes.lock().unwrap();
        let find = |pat: &[u8]| bytes.windows(pat.len()).rposition(|w| w == pat);
        match (find(b"\x1b[?1049h"), find(b"\x1b[?1049l")) {
            (Some(enter), Some(leave)) => leave > enter,
            _ => false,
        }
    }

    /// Whether the output ever entered the alternate screen.
    pub fn entered_alternate_screen(&self) -> bool {
        let bytes = self.bytes.lock().unwrap();
        bytes.windows(8).any(|w| w == b"\x1b[?1049h")
    }

    /// What is left of the program's hold on the terminal, once it has
    /// ended: the alternate screen, mouse reporting, a hidden cursor (as the
    /// emulator read the output), and raw mode (the pty's own modes: a
    /// terminal given back is line-buffered and echoes, as it was given).
    /// Empty when all was given back. Waits up to 10 s for the reader to
    /// take the last bytes.
    #[cfg(unix)]
    pub fn left_over(&self) -> Vec<&'static str> {
        let start = Instant::now();
        loop {
            let mut left = screen_modes(&self.screen.lock().unwrap());
            let fd = self.master.as_raw_fd().expect("the pty's descriptor");
            // SAFETY: tcgetattr writes a termios into the zeroed one given.
            let mut modes: libc::termios = unsafe { std::mem::zeroed() };
            assert_eq!(unsafe { libc::tcgetattr(fd, &mut modes) }, 0, "tcgetattr");
            if modes.c_lflag & libc::ICANON == 0 {
                left.push("raw mode (no ICANON)");
            }
            if modes.c_lflag & libc::ECHO == 0 {
                left.push("no ECHO");
            }
            if left.is_empty() || start.elapsed() > PATIENCE {
                return left;
            }
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// The alternate screen, mouse reporting or hidden cursor that the
    /// output had set when it first wrote `marker` (which it must have).
    pub fn screen_left_before(&self, marker: &str) -> Vec<&'static str> {
        let bytes = self.bytes.lock().unwrap();
        let at = bytes
            .windows(marker.len())
            .position(|w| w == marker.as_bytes())
            .unwrap_or_else(|| panic!("the output never had {marker:?}"));
        let mut parser = vt100::Parser::new(nz(HEIGHT), nz(WIDTH), 0);
        parser.process(&bytes[..at]);
        screen_modes(&parser)
    }
}

/// The modes a program holding the terminal sets, as `parser` has them.
fn screen_modes(parser: &vt100::Parser) -> Vec<&'static str> {
    let screen = parser.screen();
    let mut left = Vec::new();
    if screen.alternate_screen() {
        left.push("alternate screen");
    }
    if screen.mouse_protocol_mode() != vt100::MouseProtocolMode::None {
        left.push("mouse reporting");
    }
    if screen.hide_cursor() {
        left.push("hidden cursor");
    }
    left
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a size above zero")
}

/// The lines of `before` removed and the lines of `after` added, by the
/// longest common prefix and suffix of lines.
pub fn changed(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let b: Vec<&str> = before.split_inclusive('\n').collect();
    let a: Vec<&str> = after.split_inclusive('\n').collect();
    let mut i = 0;
    while i < a.len() && i < b.len() && a[i] == b[i] {
        i += 1;
    }
    let mut j = 0;
    while j < a.len() - i && j < b.len() - i && a[a.len() - 1 - j] == b[b.len() - 1 - j] {
        j += 1;
    }
    let own = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
    (own(&b[i..b.len() - j]), own(&a[i..a.len() - j]))
}

/// `git` in `dir` to its end, with no user or system settings (a
/// committer is named).
pub fn git_run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    std::process::Command::new("git")
        .args(args)
        .current_dir(dir)
        .envs(env.iter().copied())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "T")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "T")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .output()
        .expect("git runs (the tests need it)")
}

/// [`git_run`] for a run that must succeed: its standard output.
pub fn git(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let out = git_run(dir, args, env);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
