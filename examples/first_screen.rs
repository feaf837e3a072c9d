//! The time a user waits for the dashboard: from starting the binary in a
//! 120x40 pseudo-terminal to its first full screen, beside the time of
//! `campaign-dash check` on the same file.
//!
//! ```text
//! cargo build --release
//! cargo run --release --example first_screen -- FILE.toml [RUNS]
//! ```
//!
//! A screen is full when its first line names the tabs and its last line
//! (the status bar) is drawn. Prints the median and the range of RUNS
//! (default 7) runs of each, and their ratio.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

fn binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the example's path");
    // target/release/examples/first_screen -> target/release/campaign-dash
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("the example lives in target/PROFILE/examples");
    dir.join("campaign-dash")
}

/// One start of the dashboard: the seconds to its first full screen.
fn first_screen(bin: &Path, file: &Path) -> f64 {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: HEIGHT,
            cols: WIDTH,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(bin);
    cmd.arg(file);
    cmd.arg("--no-mouse");
    cmd.env("TERM", "xterm-256color");
    let mut reader = pty.master.try_clone_reader().expect("a reader");
    let mut writer = pty.master.take_writer().expect("a writer");
    let (tx, rx) = mpsc::channel();
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).expect("the binary starts");
    drop(pty.slave);
    thread::spawn(move || {
        let mut parser = vt100::Parser::new(nz(HEIGHT), nz(WIDTH), 0);
        let mut buf = [0u8; 65536];
        let mut sent = false;
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            parser.process(&buf[..n]);
            if !sent {
                let text = parser.screen().contents();
                let lines: Vec<&str> = text.lines().collect();
                let full = lines.first().is_some_and(|l| l.contains("Overview"))
                    && lines.len() == usize::from(HEIGHT)
                    && lines.last().is_some_and(|l| !l.trim().is_empty());
                if full {
                    sent = true;
                    let _ = tx.send(start.elapsed().as_secs_f64());
                }
            }
        }
    });
    let seconds = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("the dashboard drew its first screen within a minute");
    writer.write_all(b"q").expect("q reaches the dashboard");
    writer.flush().expect("q is sent");
    let _ = child.wait();
    seconds
}

fn check(bin: &Path, file: &Path) -> f64 {
    let start = Instant::now();
    let out = Command::new(bin)
        .arg("check")
        .arg(file)
        .output()
        .expect("check runs");
    let seconds = start.elapsed().as_secs_f64();
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "check failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    seconds
}

fn summary(name: &str, mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let median = v[v.len() / 2];
    println!(
        "{name:<28} median {:>6.3} s  (range {:.3}-{:.3} s)",
        median,
        v[0],
        v[v.len() - 1]
    );
    median
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a size above zero")
}

fn main() {
    let mut args = std::env::args().skip(1);
    let file = PathBuf::from(args.next().expect("usage: first_screen FILE [RUNS]"));
    let runs: usize = args
        .next()
        .map_or(7, |r| r.parse().expect("RUNS is a number"));
    let bin = binary();
    assert!(
        bin.exists(),
        "{} is missing: cargo build --release first",
        bin.display()
    );
    // One of each first, not counted: the file into the page cache.
    first_screen(&bin, &file);
    check(&bin, &file);
    let (mut screens, mut checks) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        screens.push(first_screen(&bin, &file));
        checks.push(check(&bin, &file));
    }
    println!("{} at {WIDTH}x{HEIGHT}, {runs} runs", file.display());
    let s = summary("start to first full screen", screens);
    let c = summary("campaign-dash check", checks);
    println!("first screen / check        {:>6.2}x", s / c);
}
