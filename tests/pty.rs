//! End to end: the real binary in a pseudo-terminal, driven by keys as a user
//! would, with the screen read back through a terminal emulator (vt100).

mod common;
#[path = "../examples/generator/mod.rs"]
mod generator;

use common::Session;

#[test]
fn a_user_opens_the_bundled_file_browses_and_quits() {
    let mut s = Session::start(&["--today", "2023-05-06", "campaign.toml"]);
    let text = s.wait_for("Trade union activity is not extremism");
    assert!(text.contains("Today 2023-05-06 (set by --today)"), "{text}");
    assert!(text.contains("Prisoners         6"), "{text}");
    assert!(text.contains("1 Overview"), "{text}");

    // 2: the prisoners, the first one's detail beside the list.
    s.keys(b"2");
    let text = s.wait_for("Prisoners 1/6");
    assert!(text.contains("Aliaksandr Yarashuk"), "{text}");
    assert!(text.contains("Detail (Tab"), "{text}");

    // j moves down; Enter focuses the detail of the second prisoner.
    s.keys(b"j");
    s.wait_for("Prisoners 2/6");
    s.keys(b"\r");
    let text = s.wait_for("Detail (j/k links, Enter");
    // (The detail beside the list wraps its lines.)
    assert!(text.contains("Vice-president of"), "{text}");

    // Esc back to the list; Tab to the detail and back, on the same tab;
    // → to the events.
    s.keys(b"\x1b");
    s.wait_for("Detail (Tab");
    s.keys(b"\t");
    s.wait_for("Detail (j/k links, Enter");
    s.keys(b"\t");
    let text = s.wait_for("Detail (Tab");
    assert!(text.contains("Prisoners 2/6"), "{text}");
    s.keys(b"\x1b[C");
    let text = s.wait_for("Events 1/9");
    assert!(text.contains("upcoming 2023-05-20"), "{text}");

    // ? opens the help, generated from the keymap; any key closes it.
    s.keys(b"?");
    let text = s.wait_for(" Keys ");
    assert!(text.contains("show or hide this help"), "{text}");
    s.keys(b"?");
    s.wait_gone("show or hide this help");

    // 6: the petitions, saying honestly that nothing was counted.
    s.keys(b"6");
    let text = s.wait_for("Petitions 1/1");
    assert!(text.contains("no count yet"), "{text}");

    s.keys(b"q");
    assert_eq!(s.wait_exit().exit_code(), 0);
}

#[test]
fn a_user_finds_yarashuk_follows_a_link_to_his_event_and_comes_back() {
    let mut s = Session::start(&["--today", "2023-05-06", "campaign.toml"]);
    s.wait_for("Trade union activity is not extremism");
    s.keys(b"2");
    s.wait_for("Prisoners 1/6");
    // Down to another prisoner first, so the filter has to move the selection.
    s.keys(b"jj");
    s.wait_for("Prisoners 3/6");

    // / opens the filter line; Cyrillic is typed as is and applied at once.
    s.keys(b"/");
    s.wait_for("Filter /");
    s.keys("ярашук".as_bytes());
    let text = s.wait_for("1 of 6 · Enter keeps");
    assert!(text.contains("Filter / ярашук"), "{text}");
    // Enter keeps it: the title says what is shown.
    s.keys(b"\r");
    // The keys are the list's again (its hints are back in the status bar).
    let text = s.wait_for("Enter detail  / filter");
    assert!(
        text.contains("Prisoners: 1 of 6 · filter: ярашук"),
        "{text}"
    );
    assert!(text.contains("Aliaksandr Yarashuk"), "{text}");
    assert!(!text.contains("Siarhei Antusevich"), "{text}");
    assert!(!text.contains("Filter /"), "the line is closed: {text}");

    // Enter focuses the detail, its first link chosen; j chooses the next,
    // the Paris rally.
    s.keys(b"\r");
    s.wait_for("Detail (j/k links, Enter");
    s.wait_for("› Belarusian");
    s.keys(b"j");
    s.wait_for("› 2023-05-01  May Day rally");
    // Enter follows it: the events tab, the rally selected, a way back.
    s.keys(b"\r");
    let text = s.wait_for("back: 1");
    assert!(text.contains("Events 7/9"), "{text}");
    assert!(text.contains("Prisoners whose freedom it"), "{text}");

    // Backspace returns: prisoners, filtered, the link still chosen.
    s.keys(b"\x7f");
    let text = s.wait_for("Prisoners: 1 of 6 · filter: ярашук");
    assert!(text.contains("› 2023-05-01  May Day rally"), "{text}");
    assert!(!text.contains("back: 1"), "{text}");

    s.keys(b"q");
    assert_eq!(s.wait_exit().exit_code(), 0);
}

#[test]
fn ctrl_c_quits() {
    let mut s = Session::start(&["--no-mouse", "--color", "never", "campaign.toml"]);
    s.wait_for("Trade union activity is not extremism");
    s.keys(b"\x03");
    assert_eq!(s.wait_exit().exit_code(), 0);
}

/// Every file under `dir` with its length and modification time, sorted.
fn tree(dir: &std::path::Path) -> Vec<(std::path::PathBuf, u64, std::time::SystemTime)> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).expect("a readable folder") {
            let entry = entry.expect("an entry");
            let meta = entry.metadata().expect("its metadata");
            if meta.is_dir() {
                todo.push(entry.path());
            }
            out.push((
                entry.path(),
                meta.len(),
                meta.modified().expect("a modification time"),
            ));
        }
    }
    out.sort();
    out
}

/// The sockets `pid` holds open that are not an unnamed Unix socket pair:
/// none may be a network socket (TCP, UDP, raw, netlink, ...) or a named
/// Unix socket (which reaches other programs). A socket pair inside the
/// process, as a signal handler's self-pipe uses, reaches nothing outside.
#[cfg(target_os = "linux")]
fn outside_sockets(pid: u32) -> Vec<String> {
    let fds = match std::fs::read_dir(format!("/proc/{pid}/fd")) {
        Ok(fds) => fds,
        // The process has ended.
        Err(_) => return Vec::new(),
    };
    let unnamed_unix: Vec<String> = std::fs::read_to_string(format!("/proc/{pid}/net/unix"))
        .unwrap_or_default()
        .lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            // Num RefCount Protocol Flags Type St Inode [Path]
            (fields.len() == 7).then(|| fields[6].to_owned())
        })
        .collect();
    let mut found = Vec::new();
    for fd in fds.flatten() {
        let Ok(target) = std::fs::read_link(fd.path()) else {
            continue;
        };
        let target = target.to_string_lossy().into_owned();
        if let Some(inode) = target
            .strip_prefix("socket:[")
            .and_then(|t| t.strip_suffix(']'))
            && !unnamed_unix.iter().any(|i| i == inode)
        {
            found.push(format!("{}: {target}", fd.path().display()));
        }
    }
    found
}

/// The socket check sees a network socket and a named Unix socket (of this
/// test process), and lets an unnamed socket pair pass.
#[cfg(target_os = "linux")]
#[test]
fn the_socket_check_can_fail() {
    use std::os::unix::net::{UnixListener, UnixStream};
    let me = std::process::id();
    use std::os::fd::AsRawFd;
    // By the descriptor, not by a count: the other tests of this binary
    // open and close descriptors meanwhile.
    let seen = |fd: i32| {
        let fd = format!("/fd/{fd}:");
        outside_sockets(me).iter().any(|s| s.contains(&fd))
    };
    let (a, _b) = UnixStream::pair().unwrap();
    assert!(!seen(a.as_raw_fd()), "an unnamed pair passes");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    assert!(seen(listener.as_raw_fd()), "a network socket is seen");
    drop(listener);
    let dir = tempfile::tempdir().unwrap();
    let named = UnixListener::bind(dir.path().join("s")).unwrap();
    assert!(seen(named.as_raw_fd()), "a named Unix socket is seen");
}

/// Browses every tab, follows a link and back, filters, sorts, presents,
/// opens the help, and quits; checks the open sockets along the way.
#[test]
fn the_dashboard_changes_no_file_writes_none_and_opens_no_socket() {
    let work = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let file = work.path().join("campaign.toml");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("campaign.toml"),
        &file,
    )
    .unwrap();
    // An old modification time, so that any write would show.
    let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
    std::fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let bytes = std::fs::read(&file).unwrap();
    let before = [tree(work.path()), tree(home.path()), tree(tmp.path())];

    let config = home.path().join(".config");
    let cache = home.path().join(".cache");
    let mut s = Session::start_in(
        work.path(),
        &["--today", "2023-05-06", "campaign.toml"],
        &[
            ("HOME", home.path()),
            ("TMPDIR", tmp.path()),
            ("XDG_CONFIG_HOME", &config),
            ("XDG_CACHE_HOME", &cache),
            ("XDG_DATA_HOME", &config),
            ("XDG_STATE_HOME", &cache),
        ],
    );
    let pid = s.pid();
    s.wait_for("Trade union activity is not extremism");
    #[cfg(target_os = "linux")]
    assert_eq!(outside_sockets(pid), Vec::<String>::new(), "at start");

    let _ = pid;
    for (keys, shows) in [
        (&b"2"[..], "Prisoners 1/6"),
        (b"j", "Prisoners 2/6"),
        (b"\r", "Detail (j/k links"),
        (b"j\r", "back: 1"),
        (b"\x7f", "Prisoners 2/6"),
        (b"\x1b/rep\r", "filter: rep"),
        (b"sS", "descending"),
        (b"p", "PRESENTATION MODE"),
        (b"3", "Events 1/"),
        (b"4", "Statements 1/"),
        (b"5", "Organisations 1/"),
        (b"6", "Petitions 1/1"),
        (b"?", " Keys "),
        (b"?1", "Today 2023-05-06"),
    ] {
        s.keys(keys);
        s.wait_for(shows);
    }
    #[cfg(target_os = "linux")]
    assert_eq!(outside_sockets(pid), Vec::<String>::new(), "after browsing");
    s.keys(b"q");
    assert_eq!(s.wait_exit().exit_code(), 0);

    assert_eq!(std::fs::read(&file).unwrap(), bytes, "the file changed");
    // Nothing was written but the local history of versions, in the state
    // folder: the one version shown, kept once.
    let history = cache.join("campaign-dash").join("history");
    let home_after: Vec<_> = tree(home.path())
        .into_iter()
        .filter(|(p, _, _)| !p.starts_with(&history) && p != &cache.join("campaign-dash"))
        .filter(|(p, _, _)| p != &cache)
        .collect();
    let home_before: Vec<_> = before[1]
        .iter()
        .filter(|(p, _, _)| p != &cache)
        .cloned()
        .collect();
    let after = [tree(work.path()), home_after, tree(tmp.path())];
    let before = [before[0].clone(), home_before, before[2].clone()];
    assert_eq!(after, before, "files were written");
    let kept: Vec<_> = tree(&history)
        .into_iter()
        .filter(|(p, _, _)| p.to_string_lossy().ends_with(".toml.gz"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(
        std::fs::metadata(&file).unwrap().modified().unwrap(),
        old,
        "the file was touched"
    );
}

/// The signals whose default action ends a process, by number (so that
/// kill(1) takes each, the real-time ones too): every one that can be caught.
/// SIGPIPE is not here: Rust programs ignore it, and the dashboard goes on.
#[cfg(target_os = "linux")]
fn ending_signals() -> Vec<(String, i32)> {
    let mut all: Vec<(String, i32)> = [
        ("HUP", libc::SIGHUP),
        ("INT", libc::SIGINT),
        ("QUIT", libc::SIGQUIT),
        ("TERM", libc::SIGTERM),
        ("USR1", libc::SIGUSR1),
        ("USR2", libc::SIGUSR2),
        ("ALRM", libc::SIGALRM),
        ("VTALRM", libc::SIGVTALRM),
        ("PROF", libc::SIGPROF),
        ("XCPU", libc::SIGXCPU),
        ("XFSZ", libc::SIGXFSZ),
        ("IO", libc::SIGIO),
        ("PWR", libc::SIGPWR),
        ("STKFLT", libc::SIGSTKFLT),
        ("SYS", libc::SIGSYS),
        ("TRAP", libc::SIGTRAP),
        ("ABRT", libc::SIGABRT),
        ("BUS", libc::SIGBUS),
        ("SEGV", libc::SIGSEGV),
        ("FPE", libc::SIGFPE),
        ("ILL", libc::SIGILL),
    ]
    .into_iter()
    .map(|(name, n)| (name.to_owned(), n))
    .collect();
    let (min, max) = (libc::SIGRTMIN(), libc::SIGRTMAX());
    for n in [min, min + 5, max] {
        all.push((format!("RT{n}"), n));
    }
    all
}

/// How a shell names a process's end by `signal` (portable-pty reports it so).
#[cfg(target_os = "linux")]
fn signal_text(signal: i32) -> String {
    // SAFETY: strsignal returns a C string that stays valid until the next
    // call; it is copied at once, on this thread.
    unsafe { std::ffi::CStr::from_ptr(libc::strsignal(signal)) }
        .to_string_lossy()
        .into_owned()
}

/// Every signal that ends a process, sent while the dashboard holds the
/// terminal (alternate screen, raw mode, mouse reporting, hidden cursor):
/// the terminal is given back, and the process still ends as that signal
/// ends it (a shell sees 128 + its number, 131 for SIGQUIT).
#[cfg(target_os = "linux")]
#[test]
fn every_signal_that_ends_the_dashboard_gives_the_terminal_back_first() {
    let mut wrong = Vec::new();
    for (name, number) in ending_signals() {
        // No core file from the signals that dump one.
        let mut cmd = portable_pty::CommandBuilder::new("sh");
        cmd.args([
            "-c",
            "ulimit -c 0 && exec \"$0\" \"$@\"",
            env!("CARGO_BIN_EXE_campaign-dash"),
            "--today",
            "2023-05-06",
            "campaign.toml",
        ]);
        cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        cmd.env("XDG_STATE_HOME", common::test_state());
        let mut s = Session::spawn(cmd);
        s.wait_for("Trade union activity is not extremism");
        assert!(s.alternate(), "SIG{name}: the dashboard holds the terminal");
        s.signal(&number.to_string());
        let Some(status) = s.try_wait_exit() else {
            wrong.push(format!("SIG{name}: did not end the dashboard"));
            continue;
        };
        if status.signal() != Some(signal_text(number).as_str()) {
            wrong.push(format!("SIG{name}: ended as {status}, not by the signal"));
        }
        let left = s.left_over();
        if !left.is_empty() {
            wrong.push(format!("SIG{name}: left {left:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Set for the run of [`panicking_while_holding_the_terminal`] that
/// [`a_panic_gives_the_terminal_back`] makes.
const PANIC_CHILD: &str = "CAMPAIGN_DASH_TEST_PANIC_CHILD";

/// Not a test on its own (it does nothing unless [`PANIC_CHILD`] is set):
/// the program that [`a_panic_gives_the_terminal_back`] runs in a
/// pseudo-terminal. It takes the terminal as the dashboard does, through the
/// library's own function, draws, and panics as a bug would.
#[test]
#[ignore = "run by a_panic_gives_the_terminal_back, in a pseudo-terminal"]
fn panicking_while_holding_the_terminal() {
    if std::env::var_os(PANIC_CHILD).is_none() {
        return;
    }
    let mut terminal = campaign_dash::tui::take_terminal(true).expect("the terminal");
    terminal
        .draw(|frame| {
            let text = ratatui::widgets::Paragraph::new("holding the terminal");
            frame.render_widget(text, frame.area());
        })
        .expect("a frame");
    panic!("a bug in the dashboard");
}

/// A panic while the dashboard holds the terminal gives it back before the
/// message is printed. The binary has no way to panic on purpose (and gets
/// none for a test), so this runs the test binary itself in a pty, taking
/// the terminal through the same library function and panic hook.
#[cfg(unix)]
#[test]
fn a_panic_gives_the_terminal_back() {
    let mut cmd = portable_pty::CommandBuilder::new(std::env::current_exe().unwrap());
    cmd.args([
        "--exact",
        "panicking_while_holding_the_terminal",
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ]);
    cmd.env(PANIC_CHILD, "1");
    let mut s = Session::spawn(cmd);
    let status = s.wait_exit();
    let text = s.wait_for("a bug in the dashboard");
    assert_eq!(status.exit_code(), 101, "{text}");
    assert!(s.entered_alternate_screen(), "{text}");
    // Given back before the message (the test harness shows the cursor
    // again itself, after it).
    assert_eq!(s.screen_left_before("panicked at"), Vec::<&str>::new());
    assert_eq!(s.left_over(), Vec::<&str>::new());
}

/// On the Agenda tab of a long agenda, G (the real key, in a terminal)
/// shows the last item and g the first again: each key redraws the screen.
#[test]
fn the_agenda_scrolls_to_its_last_item() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.toml");
    std::fs::write(
        &file,
        generator::campaign_text(&generator::Spec::square(2_000)),
    )
    .unwrap();
    let mut s = Session::start(&["--today", "2025-06-30", file.to_str().unwrap()]);
    s.wait_for("Today 2025-06-30");
    s.keys(b"8");
    let top = s.wait_for("Overdue (");
    s.keys(b"G");
    let end = s.wait_until("the screen to scroll", |t| {
        t != top && !t.contains("Overdue (")
    });
    assert!(
        end.contains("2025-09-2"),
        "the last items, near the horizon: {end}"
    );
    s.keys(b"g");
    s.wait_for("Overdue (");
}

/// The first screen comes before the search index (built after it, by a
/// worker): a filter and a sort typed at once, before the index is in, are
/// applied once it is, and the counts then are those of the filter.
#[test]
fn a_filter_and_a_sort_typed_at_start_apply_once_the_index_is_in() {
    use campaign_dash::app::{Tab, columns::sort_letters};
    use campaign_dash::load::{LoadOptions, parse_str};
    use campaign_dash::query::{Derived, Filter, RecordKind, Sort, filter_indices, sort};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.toml");
    let text = generator::campaign_text(&generator::Spec::square(5_000));
    std::fs::write(&file, &text).unwrap();
    let c = parse_str(&text, &LoadOptions::default()).campaign.unwrap();
    let dv = Derived::new(&c, chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap());
    let filter = Filter::parse("status:released", RecordKind::Prisoner).unwrap();
    let mut released = filter_indices(&filter, &c, &dv);
    assert!(released.len() > 1 && released.len() < 5_000, "{released:?}");
    let by_name = Sort::parse(RecordKind::Prisoner, "name").unwrap();
    sort(by_name, &mut released, &c, &dv, dv.search_index(&c));
    let first = c.prisoners[released[0]].name();
    let letter = sort_letters(Tab::Prisoners)
        .into_iter()
        .find(|(_, col)| *col == by_name.column)
        .map(|(l, _)| l)
        .unwrap();

    let mut s = Session::start(&["--today", "2025-06-30", file.to_str().unwrap()]);
    // Typed before anything is drawn: the keys wait for no one.
    s.keys(format!("2/status:released\ro{letter}").as_bytes());
    let shown = s.wait_for(&format!(
        "Prisoners: {} of 5,000 · filter: status:released · by name ▲",
        campaign_dash::text::thousands(released.len() as u64)
    ));
    assert!(!shown.contains("Preparing"), "{shown}");
    let row = shown
        .lines()
        .find(|l| l.contains("Prisoners 1/"))
        .map(|_| ())
        .and_then(|()| shown.lines().nth(3));
    assert!(
        row.is_some_and(|r| r.contains(first)),
        "the first row is {first}: {shown}"
    );
}
