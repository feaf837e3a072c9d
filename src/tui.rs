//! The terminal: setup and teardown, the event loop, file watching and
//! signals.
//!
//! The loop waits on one channel, fed by a thread reading the terminal's
//! events, the file watcher, a thread turning signals into messages, and
//! threads loading the file; the channel's timeout is the next deadline of
//! the loop's own: the reload after a burst of file events has settled, the
//! end of the marks of the last reload, the next local midnight (so that
//! "today" moves on when it is the system date). It draws only after
//! something changed: an idle dashboard does next to nothing (the input
//! thread wakes five times a second to see whether it must let an editor
//! have the terminal).
//!
//! What update asks of the world outside ([`App::effect`]) is carried out
//! here: `e` gives the terminal to `$VISUAL` or `$EDITOR` until it ends (the
//! input thread held meanwhile, so that no key of the editor's is read
//! here), and `y`/`Y` write the text to the clipboard as OSC 52.
//!
//! The file is watched through its folder, by name, so that editors that
//! save by writing a new file and renaming it over the old one, and a file
//! deleted and written again, are seen; a file opened through a symbolic
//! link is watched where it lives too. Reading and parsing happen on a
//! thread of their own; [`App::reload`] applies the outcome.
//!
//! The terminal is restored on quit, on error, on every signal that ends
//! the process (see [`signals`]), and on panic (by ratatui's panic hook, and
//! ours for the mouse and the cursor);
//! Ctrl-Z (or SIGTSTP) restores it and stops the process, and SIGCONT takes
//! the terminal back and draws the whole screen again.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use chrono::{Local, NaiveDate, NaiveDateTime};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, disable_raw_mode, enable_raw_mode};

use crate::app::act::Effect;
use crate::app::keymap::Keymap;
use crate::app::record::WriteJob;
use crate::app::reload::{Fresh, MARK_SECONDS, Outcome, ReloadJob, Report};
use crate::app::{Action, App};
use crate::load::{self, LoadOptions, ReadError};

/// How long the file must stay quiet after an event before it is read: a
/// save is often several events (write, close, rename).
pub const DEBOUNCE: Duration = Duration::from_millis(200);

/// What wakes the event loop.
enum Msg {
    /// A terminal event.
    Input(Event),
    /// The terminal could not be read.
    InputError(io::Error),
    /// Something happened to the file (or its name in its folder).
    FileEvent,
    /// The watcher failed.
    WatchError(String),
    /// A line for the status bar from a worker (the history could not be
    /// written).
    Note(String),
    /// A signal, by number.
    #[cfg_attr(not(unix), allow(dead_code))]
    Signal(i32),
    /// A load of the file finished.
    Loaded(Box<Outcome>),
    /// Work on the whole campaign finished ([`App::rework`]).
    Reworked(Box<crate::app::rework::Reworked>),
    /// A write finished: what it did (or why not), and the version it
    /// wrote, loaded and prepared to be shown.
    Wrote(Box<WriteDone>),
    /// The search index of the version shown at start is built
    /// ([`App::index_job`]).
    Indexed,
}

/// Where the dashboard keeps the versions that loaded
/// ([`crate::load::history`]); unset or `None`: no history.
static HISTORY: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();

/// Set once by `main`: the history folder, or `None` (`history = false`).
pub fn keep_history_in(root: Option<PathBuf>) {
    let _ = HISTORY.set(root);
}

/// Said once a session: a history that cannot be written.
static HISTORY_FAILED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Keeps the version of `path` that loaded (`text`, `records`) in the
/// history, off the event thread; the warning to show, the first time it
/// fails only. A full disk or a read-only state folder never stops a load.
fn keep_version(
    path: &Path,
    text: &str,
    records: usize,
    seal: Option<&crate::load::crypt::Seal>,
) -> Option<String> {
    let root = HISTORY.get()?.as_ref()?;
    let failed =
        crate::load::history::keep(root, path, text, records, seal, chrono::Utc::now()).err()?;
    (!HISTORY_FAILED.swap(true, std::sync::atomic::Ordering::Relaxed)).then(|| {
        crate::t!(
            "say-history-failed",
            why = crate::sanitize::sanitize_line(&failed).into_owned()
        )
    })
}

/// The text of a version that loaded, and its records: what the history
/// keeps of it.
fn to_keep(outcome: &Outcome) -> Option<(std::sync::Arc<String>, usize)> {
    match outcome {
        Outcome::Loaded(fresh) => Some((fresh.text.clone()?, fresh.campaign.record_count())),
        _ => None,
    }
}

/// Keeps `kept` ([`to_keep`]) in the history, after its outcome was sent:
/// the reload or the write is shown first, whatever the keeping costs (an
/// encrypted file's version is encrypted again: scrypt's second for a
/// passphrase). A warning goes to the status line, once.
fn keep_after(
    tx: &mpsc::Sender<Msg>,
    path: &Path,
    kept: Option<(std::sync::Arc<String>, usize)>,
    seal: Option<&crate::load::crypt::Seal>,
) {
    if let Some((text, records)) = kept
        && let Some(note) = keep_version(path, &text, records, seal)
    {
        let _ = tx.send(Msg::Note(note));
    }
}

/// A thread waited for when this goes out of scope.
struct JoinOnDrop(Option<thread::JoinHandle<()>>);

impl Drop for JoinOnDrop {
    fn drop(&mut self) {
        if let Some(handle) = self.0.take() {
            let _ = handle.join();
        }
    }
}

/// A write's outcome, from its thread.
struct WriteDone {
    outcome: Result<crate::app::record::Wrote, (crate::load::write::WriteError, WriteJob)>,
    fresh: Option<Outcome>,
}

/// Runs `job` on the file at `path` (the write thread's work): the write,
/// then the version written made ready to swap in, as a reload would.
fn run_write(path: &Path, job: WriteJob, reload: ReloadJob) -> WriteDone {
    use crate::load::write;
    let opts = LoadOptions {
        today: reload.today_flag,
        system_today: system_today(),
        retention: reload.retention,
    };
    let result = match &job.restore {
        Some(text) if job.back => write::write_back(
            path,
            job.expected,
            String::clone(text),
            &opts,
            reload.seal.as_deref(),
        ),
        Some(text) => write::restore(
            path,
            job.expected,
            String::clone(text),
            &opts,
            reload.seal.as_deref(),
        ),
        None => write::commit(
            path,
            job.expected,
            &job.edits,
            &opts,
            reload.seal.as_deref(),
        ),
    };
    match result {
        Ok(mut w) => {
            let report = Report::new(&w.loaded, &reload.file_name, &w.text);
            let text = std::mem::take(&mut w.text);
            let fresh = w.loaded.campaign.take().map(|campaign| {
                let mut fresh = Fresh::new(
                    campaign,
                    report,
                    reload.today_flag,
                    opts.system_today,
                    reload.present,
                );
                fresh.file_version = Some(w.version);
                fresh.text = Some(std::sync::Arc::new(text));
                fresh.prepare(reload);
                Outcome::Loaded(Box::new(fresh))
            });
            WriteDone {
                outcome: Ok(crate::app::record::Wrote {
                    what: job.what,
                    lines: w.lines,
                    before: w.before,
                    version: w.version,
                    undo: job.restore.is_some() && !job.back,
                    back: job.back,
                }),
                fresh,
            }
        }
        Err(e) => WriteDone {
            outcome: Err((e, job)),
            fresh: None,
        },
    }
}

/// Runs the dashboard on the campaign read from `path` until the user
/// quits, reloading it when it changes. With `mouse`, clicks and the wheel
/// are captured (which takes text selection from the terminal; the
/// `--no-mouse` flag gives it back).
pub fn run(mut app: App, mouse: bool, path: &Path) -> io::Result<()> {
    let mut terminal = take_terminal(mouse)?;
    if app.loaded_at.is_none() {
        app.loaded_at = Some(Local::now().time());
    }
    // Work on the whole campaign goes to a worker thread from now on.
    app.defer = true;
    let result = event_loop(&mut terminal, &mut app, mouse, path);
    leave(mouse);
    // Ended by a signal: with the terminal restored, end as that signal
    // ends a process, so the shell or supervisor sees why.
    #[cfg(unix)]
    if let Ok(Some(signal)) = result {
        signals::end_as(signal);
    }
    result.map(|_| ())
}

/// Takes the terminal for the dashboard: raw mode, the alternate screen,
/// with `mouse` mouse reporting; and makes sure a panic gives it back.
pub fn take_terminal(mouse: bool) -> io::Result<DefaultTerminal> {
    #[cfg(unix)]
    signals::hold_terminal();
    let terminal = ratatui::try_init()?;
    // ratatui's panic hook restores raw mode and the screen; the mouse and
    // the cursor are given back too, before it and the message it prints.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        #[cfg(unix)]
        signals::release_terminal();
        if mouse {
            let _ = execute!(io::stdout(), DisableMouseCapture);
        }
        let _ = execute!(io::stdout(), ratatui::crossterm::cursor::Show);
        previous(info);
    }));
    if mouse && let Err(e) = execute!(io::stdout(), EnableMouseCapture) {
        leave(false);
        return Err(e);
    }
    Ok(terminal)
}

/// Gives the terminal back: mouse, raw mode, alternate screen, cursor.
fn leave(mouse: bool) {
    #[cfg(unix)]
    signals::release_terminal();
    if mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    ratatui::restore();
    let _ = execute!(io::stdout(), ratatui::crossterm::cursor::Show);
    let _ = io::stdout().flush();
}

/// Takes the terminal again after a stop: raw mode (set anew: the shell may
/// have changed the modes meanwhile), the alternate screen, the mouse.
fn enter(terminal: &mut DefaultTerminal, mouse: bool) -> io::Result<()> {
    let _ = disable_raw_mode();
    #[cfg(unix)]
    signals::hold_terminal();
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    if mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    // The screen is blank or the shell's: everything is drawn again.
    // (`Terminal::clear` would ask the terminal where the cursor is, and the
    // answer would go to the input thread.)
    let area = ratatui::layout::Rect::from((ratatui::layout::Position::ORIGIN, terminal.size()?));
    terminal.resize(area)
}

/// A sync client's conflicted copy beside the campaign file, said at length
/// (for `check`) and briefly (for the dashboard's status line).
pub struct CopyNote {
    pub long: String,
    pub short: String,
}

/// Each conflicted copy beside `file`: what it holds that the file does
/// not, by kind, and the `diff` that shows it.
pub fn copy_notes(
    file: &Path,
    campaign: &crate::model::Campaign,
    opts: &LoadOptions,
) -> Vec<CopyNote> {
    use crate::sanitize::sanitize_line;
    let shown = |p: &Path| sanitize_line(&p.display().to_string()).into_owned();
    let name = |p: &Path| {
        p.file_name().map_or_else(
            || shown(p),
            |n| sanitize_line(&n.to_string_lossy()).into_owned(),
        )
    };
    crate::load::copies::conflicted_copies(file)
        .into_iter()
        .map(|copy| {
            let (this, that) = (name(file), name(&copy));
            let held = crate::load::load_file(&copy, opts)
                .ok()
                .and_then(|(_, loaded)| {
                    let ok = !loaded.has_errors();
                    loaded.campaign.filter(|_| ok)
                });
            let Some(held) = held else {
                return CopyNote {
                    long: format!(
                        "warning: {that} beside {this} is a conflicted copy that does not load: campaign-dash check '{}' lists why",
                        shown(&copy)
                    ),
                    short: "a conflicted copy beside the file does not load: campaign-dash check names it".to_owned(),
                };
            };
            let changes = crate::query::changes::Changes::between(campaign, &held);
            let what = changes.gained();
            if what.is_empty() {
                CopyNote {
                    long: format!(
                        "warning: {that} beside {this} is a conflicted copy holding nothing {this} does not: it can be deleted"
                    ),
                    short: "a conflicted copy beside the file holds nothing more: campaign-dash check names it".to_owned(),
                }
            } else {
                CopyNote {
                    long: format!(
                        "warning: {that} beside {this} holds what {this} does not ({}): campaign-dash diff {} '{}' shows it",
                        what.join(", "),
                        shown(file),
                        shown(&copy)
                    ),
                    short: format!(
                        "a conflicted copy beside the file holds {}: campaign-dash check names it",
                        what.join(", ")
                    ),
                }
            }
        })
        .collect()
}

/// Reads and parses FILE: what [`App::reload`] applies, prepared for
/// presentation mode when `present`. `file_name` names it in the problems.
/// Runs off the event thread (a large file takes a while).
pub fn read_outcome(
    path: &Path,
    file_name: &str,
    today_flag: Option<NaiveDate>,
    present: bool,
    retention: bool,
    seal: Option<&crate::load::crypt::Seal>,
) -> Outcome {
    let opts = LoadOptions {
        today: today_flag,
        system_today: system_today(),
        retention,
    };
    let (seen, text) = read_settled(path, SETTLE, SETTLE_LIMIT, seal);
    let text = match text {
        Ok(text) => text,
        Err(ReadError::NotFound { .. }) => return Outcome::Removed,
        Err(e) => return Outcome::Unreadable(e.to_string(), seen),
    };
    if load::is_blank(&text) {
        return Outcome::Empty(seen);
    }
    let mut loaded = load::parse_str(&text, &opts);
    let report = Report::new(&loaded, file_name, &text);
    let version = crate::load::write::Version::of(&text);
    match loaded.campaign.take() {
        Some(campaign) if !loaded.has_errors() => {
            // Compared before presentation mode strips it: a copy is whole.
            let copies = copy_notes(path, &campaign, &opts)
                .into_iter()
                .map(|c| c.short)
                .collect();
            let mut fresh = Fresh::new(campaign, report, today_flag, opts.system_today, present);
            fresh.file_version = Some(version);
            fresh.text = Some(std::sync::Arc::new(text));
            fresh.copies = copies;
            Outcome::Loaded(Box::new(fresh))
        }
        _ => Outcome::Failed(report, seen),
    }
}

/// How long a file must have stayed the same (its size, times and inode)
/// before it is read on a reload: a writer that pauses part-way (a sync
/// client, a slow disk, a script writing in steps) leaves a beginning that
/// may well be valid TOML, and must not replace the campaign.
pub const SETTLE: Duration = Duration::from_millis(600);

/// The longest a reload waits for a file that keeps changing before it
/// reads what is there.
const SETTLE_LIMIT: Duration = Duration::from_secs(10);

/// What tells one version of a file from the next without reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
    #[cfg(unix)]
    changed: (i64, i64),
    #[cfg(unix)]
    inode: (u64, u64),
}

impl Stamp {
    fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        use std::os::unix::fs::MetadataExt;
        Some(Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
            #[cfg(unix)]
            changed: (meta.ctime(), meta.ctime_nsec()),
            #[cfg(unix)]
            inode: (meta.dev(), meta.ino()),
        })
    }

    /// How long ago the file was last written, by its own clock; zero for
    /// a time in the future (another machine's clock, on a shared folder).
    fn age(&self) -> Duration {
        let now = std::time::SystemTime::now();
        #[cfg(unix)]
        let changed = std::time::UNIX_EPOCH
            .checked_add(Duration::new(
                u64::try_from(self.changed.0).unwrap_or(0),
                u32::try_from(self.changed.1).unwrap_or(0),
            ))
            .into_iter();
        #[cfg(not(unix))]
        let changed = std::iter::empty();
        let last = self.modified.into_iter().chain(changed).max();
        last.map_or(Duration::ZERO, |t| {
            now.duration_since(t).unwrap_or(Duration::ZERO)
        })
    }
}

/// Reads `path` once it has stayed the same for `settle`: by the file's
/// times, or (when those cannot be trusted) as watched from here; and read
/// again if it changed while it was read. After `limit` of a file that
/// never stops changing, what is there is read. Runs on the loader thread.
fn read_settled(
    path: &Path,
    settle: Duration,
    limit: Duration,
    seal: Option<&crate::load::crypt::Seal>,
) -> (
    Option<crate::load::write::Version>,
    Result<String, ReadError>,
) {
    let start = Instant::now();
    let mut stamp = Stamp::of(path);
    let mut seen = Instant::now();
    loop {
        let waited = start.elapsed() >= limit;
        // Unchanged for at least this long.
        let quiet = stamp
            .as_ref()
            .map_or(settle, |s| s.age().max(seen.elapsed()));
        if quiet < settle && !waited {
            thread::sleep(settle - quiet);
            let now = Stamp::of(path);
            if now != stamp {
                stamp = now;
                seen = Instant::now();
            }
            continue;
        }
        let (version, text) = load::read_file_seen(path, seal);
        if text.is_err() {
            return (version, text);
        }
        let after = Stamp::of(path);
        if after == stamp || waited {
            return (version, text);
        }
        stamp = after;
        seen = Instant::now();
    }
}

/// Reads FILE for the dashboard that made `job`, and prepares what it
/// loaded to be swapped in ([`Fresh::prepare`]): the loader thread's work.
pub fn reload_outcome(path: &Path, job: ReloadJob) -> Outcome {
    match read_outcome(
        path,
        &job.file_name,
        job.today_flag,
        job.present,
        job.retention,
        job.seal.as_deref(),
    ) {
        Outcome::Loaded(mut fresh) => {
            fresh.prepare(job);
            Outcome::Loaded(fresh)
        }
        other => other,
    }
}

/// The folder and the name to watch for `path`.
fn place_of(path: &Path) -> (PathBuf, Option<std::ffi::OsString>) {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // Events come back under the folder as watched: an absolute one makes
    // them comparable whatever the working folder.
    let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
    (dir, path.file_name().map(|n| n.to_os_string()))
}

/// Watches the folder of `path` for events on its name; when `path` is a
/// symbolic link (a campaign kept in a synced folder, linked from home), the
/// folder of the file it leads to as well, for editors that write there.
fn watch(path: &Path, tx: Sender<Msg>) -> notify::Result<notify::RecommendedWatcher> {
    use notify::event::{AccessKind, AccessMode};
    use notify::{EventKind, RecursiveMode, Watcher};
    let mut places = vec![place_of(path)];
    if let Ok(target) = std::fs::canonicalize(path) {
        let target = place_of(&target);
        if !places.contains(&target) {
            places.push(target);
        }
    }
    let watched: Vec<PathBuf> = places
        .iter()
        .filter_map(|(dir, name)| Some(dir.join(name.as_ref()?)))
        .collect();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let msg = match res {
            Ok(ev) => {
                // Opening and reading (ours too) change nothing; a writer
                // closing the file does.
                let relevant = match ev.kind {
                    EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
                    EventKind::Access(_) => false,
                    _ => true,
                };
                let ours = ev.paths.iter().any(|p| watched.contains(p));
                if !(relevant && ours) {
                    return;
                }
                Msg::FileEvent
            }
            Err(e) => Msg::WatchError(e.to_string()),
        };
        let _ = tx.send(msg);
    })?;
    let mut dirs: Vec<&PathBuf> = places.iter().map(|(dir, _)| dir).collect();
    dirs.dedup();
    for dir in dirs {
        watcher.watch(dir, RecursiveMode::NonRecursive)?;
    }
    Ok(watcher)
}

/// How long the input thread waits for a key before it looks whether the
/// terminal is wanted by an editor ([`Gate`]).
const INPUT_POLL: Duration = Duration::from_millis(200);

/// Stops the input thread reading the terminal while an editor has it, and
/// lets it read again.
#[derive(Default)]
struct Gate {
    state: std::sync::Mutex<GateState>,
    changed: std::sync::Condvar,
}

#[derive(Default)]
struct GateState {
    /// The input thread is to stop reading.
    paused: bool,
    /// It has stopped, and reads nothing until `paused` is false.
    idle: bool,
}

impl Gate {
    /// Waits (a second at most) for the input thread to stop reading.
    fn pause(&self) {
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        state.paused = true;
        let deadline = Instant::now() + Duration::from_secs(1);
        while !state.idle {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            match self.changed.wait_timeout(state, left) {
                Ok((s, _)) => state = s,
                Err(_) => return,
            }
        }
    }

    fn resume(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.paused = false;
        }
        self.changed.notify_all();
    }

    /// On the input thread: waits while paused.
    fn wait_open(&self) {
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        while state.paused {
            state.idle = true;
            self.changed.notify_all();
            match self.changed.wait(state) {
                Ok(s) => state = s,
                Err(_) => return,
            }
        }
        state.idle = false;
    }
}

/// An event as the user typed it: Enter pressed before the dashboard took
/// the terminal (while it loads a big file) was turned into a line feed
/// by the terminal's cooked mode, which reads as Ctrl-J; it is Enter again.
fn as_typed(event: Event) -> Event {
    use ratatui::crossterm::event::{KeyCode, KeyEvent};
    match event {
        Event::Key(k) if k.code == KeyCode::Char('j') && k.modifiers == KeyModifiers::CONTROL => {
            Event::Key(KeyEvent {
                code: KeyCode::Enter,
                modifiers: KeyModifiers::NONE,
                ..k
            })
        }
        other => other,
    }
}

/// Reads the terminal's events on a thread of its own, into the channel;
/// the gate returned stops it while an editor has the terminal.
fn read_input(tx: Sender<Msg>) -> std::sync::Arc<Gate> {
    let gate = std::sync::Arc::new(Gate::default());
    let ours = std::sync::Arc::clone(&gate);
    thread::spawn(move || {
        loop {
            ours.wait_open();
            let msg = match event::poll(INPUT_POLL) {
                Ok(false) => continue,
                Ok(true) => match event::read() {
                    Ok(ev) => Msg::Input(as_typed(ev)),
                    Err(e) => Msg::InputError(e),
                },
                Err(e) => Msg::InputError(e),
            };
            let failed = matches!(msg, Msg::InputError(_));
            if tx.send(msg).is_err() || failed {
                return;
            }
        }
    });
    gate
}

/// The editor's arguments to open `file` at `line` (and `column`), by the
/// editor's name: `+LINE` for vi, vim, nvim, nano, emacs, micro and
/// kakoune (with the column as each takes it), `FILE:LINE` for helix,
/// Sublime Text and Zed, `-g FILE:LINE` for VS Code and its kin; the file
/// alone for an editor not known. `extra` are the arguments given with the
/// editor (`code --wait`), put first.
pub fn editor_args(
    program: &str,
    extra: &[&str],
    file: &Path,
    line: usize,
    column: Option<usize>,
) -> Vec<std::ffi::OsString> {
    use std::ffi::OsString;
    let name = Path::new(program)
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let name = name.strip_suffix(".exe").unwrap_or(&name);
    let mut args: Vec<OsString> = extra.iter().map(OsString::from).collect();
    let file_at = |sep: &str| {
        let mut at = file.as_os_str().to_owned();
        at.push(match column {
            Some(c) => format!(":{line}{sep}{c}"),
            None => format!(":{line}"),
        });
        at
    };
    let plus = |sep: &str| match column {
        Some(c) => format!("+{line}{sep}{c}"),
        None => format!("+{line}"),
    };
    match name {
        "vim" | "nvim" | "gvim" | "mvim" => args.push(match column {
            Some(c) => format!("+call cursor({line}, {c})").into(),
            None => plus("").into(),
        }),
        "vi" | "nvi" | "elvis" => args.push(format!("+{line}").into()),
        "nano" => args.push(plus(",").into()),
        "emacs" | "emacsclient" | "micro" | "kak" | "kakoune" => args.push(plus(":").into()),
        "hx" | "helix" | "subl" | "zed" => {
            args.push(file_at(":"));
            return args;
        }
        "code" | "code-insiders" | "codium" | "vscodium" | "cursor" => {
            args.push("-g".into());
            args.push(file_at(":"));
            return args;
        }
        _ => {}
    }
    args.push(file.as_os_str().to_owned());
    args
}

/// The editor the user named: `$VISUAL`, else `$EDITOR`, split into the
/// program and its arguments at blanks; `None` when neither is set.
fn editor_command() -> Option<Vec<String>> {
    ["VISUAL", "EDITOR"].into_iter().find_map(|var| {
        let value = std::env::var(var).ok()?;
        let words: Vec<String> = value.split_whitespace().map(str::to_owned).collect();
        (!words.is_empty()).then_some(words)
    })
}

/// A private folder for a plaintext copy: in `$XDG_RUNTIME_DIR` (memory on
/// most systems, the user's only) where there is one, else a 0700
/// temporary folder.
fn private_dir() -> io::Result<tempfile::TempDir> {
    let b = tempfile::Builder::new().prefix("campaign-dash-").clone();
    match std::env::var_os("XDG_RUNTIME_DIR").map(std::path::PathBuf::from) {
        Some(dir) if dir.is_dir() => b.tempdir_in(dir),
        _ => b.tempdir(),
    }
}

/// Overwrites the plaintext copy at `path` with zeros, to the disk, then
/// removes it.
fn wipe(path: &Path) {
    if let Ok(meta) = std::fs::metadata(path)
        && let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(path)
    {
        use std::io::Write;
        let zeros = vec![0u8; usize::try_from(meta.len()).unwrap_or(0)];
        let _ = f.write_all(&zeros);
        let _ = f.sync_all();
    }
    let _ = std::fs::remove_file(path);
}

/// [`run_editor`] for a file encrypted with age: the editor gets a
/// plaintext copy in a private folder ([`private_dir`], the file 0600).
/// Once it ends, the copy is encrypted back over the file if it changed and
/// loads; with errors, the terminal asks whether to edit again or keep the
/// file as it was. The copy is overwritten and removed in every case.
fn run_editor_sealed(
    terminal: &mut DefaultTerminal,
    (mouse, gate): (bool, &Gate),
    path: &Path,
    at: crate::app::act::EditAt,
    key: &str,
    (seal, opts): (&crate::load::crypt::Seal, &LoadOptions),
) -> io::Result<Option<String>> {
    use crate::app::act::EditAt;
    use crate::sanitize::sanitize_line;
    let Some(words) = editor_command() else {
        return Ok(Some(crate::t!("say-no-editor", key = key)));
    };
    let before = match load::read_file_sealed(path, Some(seal)) {
        Ok(text) => zeroize::Zeroizing::new(text),
        Err(e) => {
            return Ok(Some(crate::t!(
                "say-editor-not-opened",
                why = e.to_string()
            )));
        }
    };
    let (line, column) = match at {
        EditAt::Place { line, column } => (line, Some(column)),
        EditAt::Record { kind, index } => (
            load::record_line(&before, kind.plural(), index).unwrap_or(1),
            None,
        ),
    };
    let dir = private_dir()?;
    let stem = path
        .file_name()
        .map(|n| n.to_string_lossy().trim_end_matches(".age").to_owned())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "campaign.toml".to_owned());
    let copy = dir.path().join(stem);
    {
        use std::io::Write;
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
        let mut f = o.open(&copy)?;
        f.write_all(before.as_bytes())?;
    }
    let program = &words[0];
    let extra: Vec<&str> = words[1..].iter().map(String::as_str).collect();
    let args = editor_args(program, &extra, &copy, line, column);
    let shown = sanitize_line(program).into_owned();
    gate.pause();
    let _ = terminal.show_cursor();
    #[cfg(unix)]
    signals::editor_runs(true);
    leave(mouse);
    // The editor, again while the copy has errors and the user asks to.
    let outcome = loop {
        match std::process::Command::new(program).args(&args).status() {
            Err(e) => {
                break Err(crate::t!(
                    "say-editor-failed",
                    editor = shown.as_str(),
                    why = e.to_string()
                ));
            }
            Ok(st) if !st.success() => {
                break Err(crate::t!(
                    "say-editor-ended-kept",
                    editor = shown.as_str(),
                    status = st.to_string()
                ));
            }
            Ok(_) => {}
        }
        let edited = match std::fs::read_to_string(&copy) {
            Ok(t) => zeroize::Zeroizing::new(t),
            Err(e) => {
                break Err(crate::t!("say-edited-copy-unread", why = e.to_string()));
            }
        };
        if *edited == *before {
            break Err(crate::t!("say-editor-unchanged"));
        }
        let loaded = load::parse_str(&edited, opts);
        if !loaded.has_errors() {
            break Ok(edited);
        }
        let first = loaded
            .problems
            .iter()
            .find(|p| p.severity == load::Severity::Error)
            .map(|p| load::render_problem(p, &copy.display().to_string(), &edited))
            .unwrap_or_default();
        eprint!(
            "\r\n{}\r\n{} ",
            first.replace('\n', "\r\n"),
            crate::t!(
                "ask-edit-again",
                errors = crate::text::errors(loaded.error_count())
            )
        );
        let mut answer = String::new();
        let _ = std::io::stdin().read_line(&mut answer);
        if answer.trim().eq_ignore_ascii_case("n") {
            break Err(crate::t!("say-edit-not-kept"));
        }
    };
    wipe(&copy);
    drop(dir);
    let back = enter(terminal, mouse);
    #[cfg(unix)]
    signals::editor_runs(false);
    gate.resume();
    back?;
    let edited = match outcome {
        Ok(text) => text,
        Err(message) => return Ok(Some(message)),
    };
    let listed = std::fs::read_to_string(crate::load::crypt::recipients_path(path)).ok();
    let sealed = match seal.close(edited.as_bytes(), listed.as_deref()) {
        Ok(b) => b,
        Err(m) => {
            return Ok(Some(crate::t!("say-edit-not-sealed", why = m.to_string())));
        }
    };
    // Not over a version saved meanwhile by someone else: the edit is kept
    // beside it, encrypted.
    if !matches!(load::read_file_sealed(path, Some(seal)), Ok(now) if now == *before) {
        let mut side = path.as_os_str().to_owned();
        side.push(".edited.age");
        let side = std::path::PathBuf::from(side);
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let kept = tempfile::NamedTempFile::new_in(folder).and_then(|mut t| {
            use std::io::Write;
            t.write_all(&sealed)?;
            t.as_file().sync_all()?;
            t.persist(&side).map_err(|e| e.error)?;
            Ok(())
        });
        let side = sanitize_line(&side.display().to_string()).into_owned();
        return Ok(Some(match kept {
            Ok(()) => crate::t!("say-edit-kept-beside", side = side.as_str()),
            Err(e) => crate::t!(
                "say-edit-lost-beside",
                side = side.as_str(),
                why = e.to_string()
            ),
        }));
    }
    Ok(Some(match load::write::replace(path, &sealed) {
        Ok(()) => crate::t!("say-edit-sealed"),
        Err(e) => crate::t!("say-not-written", why = e.to_string()),
    }))
}

/// Opens FILE in the user's editor at `at`, with the terminal given to it
/// for as long as it runs; returns what to say in the status bar. The file
/// saved is seen by the watcher and reloaded as any save is.
fn run_editor(
    terminal: &mut DefaultTerminal,
    (mouse, gate): (bool, &Gate),
    path: &Path,
    at: crate::app::act::EditAt,
    key: &str,
) -> io::Result<Option<String>> {
    use crate::app::act::EditAt;
    use crate::sanitize::sanitize_line;
    let Some(words) = editor_command() else {
        return Ok(Some(crate::t!("say-no-editor", key = key)));
    };
    let (line, column, note) = match at {
        EditAt::Place { line, column } => (line, Some(column), None),
        EditAt::Record { kind, index } => {
            match load::read_file(path)
                .ok()
                .and_then(|text| load::record_line(&text, kind.plural(), index))
            {
                Some(line) => (line, None, None),
                None => (1, None, Some(crate::t!("say-record-line-not-found"))),
            }
        }
    };
    let program = &words[0];
    let extra: Vec<&str> = words[1..].iter().map(String::as_str).collect();
    let args = editor_args(program, &extra, path, line, column);
    gate.pause();
    let _ = terminal.show_cursor();
    // From before the terminal leaves raw mode until it is raw again, a
    // Ctrl-C or Ctrl-\ typed is the editor's.
    #[cfg(unix)]
    signals::editor_runs(true);
    leave(mouse);
    let status = std::process::Command::new(program).args(&args).status();
    let back = enter(terminal, mouse);
    #[cfg(unix)]
    signals::editor_runs(false);
    gate.resume();
    back?;
    let shown = sanitize_line(program);
    Ok(match status {
        Err(e) => Some(crate::t!(
            "say-editor-failed",
            editor = shown.as_ref(),
            why = e.to_string()
        )),
        Ok(s) if !s.success() => Some(crate::t!(
            "say-editor-ended",
            editor = shown.as_ref(),
            status = s.to_string()
        )),
        Ok(_) => note,
    })
}

/// Puts `text` on the terminal's clipboard: OSC 52, which terminals carry
/// over ssh (and tmux with `set-clipboard on`). The text goes base64
/// encoded, so nothing in it can drive the terminal.
fn copy_to_clipboard(text: &str) -> io::Result<()> {
    use base64::Engine;
    let payload = base64::engine::general_purpose::STANDARD.encode(text);
    let mut out = io::stdout();
    write!(out, "\x1b]52;c;{payload}\x07")?;
    out.flush()
}

#[cfg(unix)]
mod signals {
    //! Every signal whose default action ends the process gives the
    //! terminal back first, and the process then ends as that signal ends
    //! it (a shell sees 128 + its number).
    //!
    //! - The asynchronous ones ([`ending`]: SIGHUP, SIGINT, SIGQUIT,
    //!   SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
    //!   SIGXFSZ, SIGIO, SIGPWR, SIGSTKFLT and the real-time signals) come to
    //!   the event loop as messages: it gives the terminal back as on quit
    //!   and calls [`end_as`].
    //! - The synchronous ones ([`FAULTS`]: SIGABRT, SIGSEGV, SIGBUS, SIGFPE,
    //!   SIGILL, SIGSYS, SIGTRAP) mean this thread cannot go on (an abort, a
    //!   stack overflow, a bad instruction), so no other thread can be waited
    //!   for: a handler of their own does only what is async-signal-safe,
    //!   writing the bytes that leave the alternate screen, stop mouse
    //!   reporting and show the cursor, and setting back the terminal modes
    //!   saved before raw mode (`tcsetattr`); then the signal ends the
    //!   process. A fault the kernel raised goes on to the handler that was
    //!   there before (Rust's, which reports a stack overflow).
    //! - SIGKILL and SIGSTOP cannot be caught: nothing can restore the
    //!   terminal after them. SIGPIPE is ignored by Rust programs; SIGTSTP
    //!   (Ctrl-Z) and SIGCONT suspend and resume.
    //! - While an editor has the terminal (`e`), SIGINT and SIGQUIT typed
    //!   there are the editor's: they end it, not the dashboard
    //!   ([`editor_runs`]).
    use super::Msg;
    use signal_hook::iterator::{Handle, Signals};
    use std::cell::UnsafeCell;
    use std::mem::MaybeUninit;
    use std::sync::Once;
    use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
    use std::sync::mpsc::Sender;

    pub use libc::{SIGCONT as CONT, SIGTSTP as TSTP};

    /// The asynchronous signals whose default action ends the process.
    pub fn ending() -> Vec<i32> {
        use libc::*;
        #[allow(unused_mut)]
        let mut all = vec![
            SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
            SIGXCPU, SIGXFSZ, SIGIO,
        ];
        #[cfg(any(target_os = "linux", target_os = "android"))]
        {
            all.extend([SIGPWR, SIGSTKFLT]);
            all.extend(SIGRTMIN()..=SIGRTMAX());
        }
        all
    }

    /// The synchronous signals, handled where they happen.
    pub const FAULTS: [i32; 7] = [
        libc::SIGABRT,
        libc::SIGSEGV,
        libc::SIGBUS,
        libc::SIGFPE,
        libc::SIGILL,
        libc::SIGSYS,
        libc::SIGTRAP,
    ];

    /// Turns the ending signals, SIGTSTP and SIGCONT into messages, on a
    /// thread of their own.
    pub fn forward(tx: Sender<Msg>) -> std::io::Result<Handle> {
        // Before the iterator's own handler, so that by the time its thread
        // wakes, the delivery has been judged.
        for (i, &s) in KEYED.iter().enumerate() {
            // SAFETY: the action only loads and stores atomics, which is
            // async-signal-safe.
            unsafe {
                signal_hook::low_level::register(s, move || {
                    if !EDITOR.load(Ordering::SeqCst) {
                        OURS[i].store(true, Ordering::SeqCst);
                    }
                })?;
            }
        }
        let mut handled = ending();
        handled.extend([TSTP, CONT]);
        let mut signals = Signals::new(handled)?;
        let handle = signals.handle();
        std::thread::spawn(move || {
            for s in signals.forever() {
                if let Some(i) = KEYED.iter().position(|&k| k == s)
                    && !OURS[i].swap(false, Ordering::SeqCst)
                {
                    // Every delivery since the last came while an editor
                    // had the terminal: the editor's.
                    continue;
                }
                if tx.send(Msg::Signal(s)).is_err() {
                    return;
                }
            }
        });
        Ok(handle)
    }

    /// The signals a key on the terminal sends to the whole foreground
    /// process group: Ctrl-C and Ctrl-\\.
    const KEYED: [i32; 2] = [libc::SIGINT, libc::SIGQUIT];
    /// By place in KEYED: the signal came, at least once since last looked
    /// at, while no editor had the terminal. Set by the handler at
    /// delivery: when the iterator's thread gets to run, the editor may
    /// long have ended.
    static OURS: [AtomicBool; 2] = [const { AtomicBool::new(false) }; 2];
    /// Whether an editor has the terminal ([`editor_runs`]).
    static EDITOR: AtomicBool = AtomicBool::new(false);

    /// Says that an editor has the terminal (or has given it back): Ctrl-C
    /// and Ctrl-\\ typed meanwhile reach the whole foreground process group,
    /// this process too, and are the editor's, not a request to end the
    /// dashboard.
    pub fn editor_runs(on: bool) {
        EDITOR.store(on, Ordering::SeqCst);
    }

    /// Stops the process as SIGTSTP would have; returns once continued.
    pub fn stop() {
        let _ = signal_hook::low_level::emulate_default_handler(TSTP);
    }

    /// Ends the process as `signal` ends it by default.
    pub fn end_as(signal: i32) {
        // SAFETY: plain calls on a zeroed sigaction and signal set.
        unsafe {
            let mut default: libc::sigaction = std::mem::zeroed();
            default.sa_sigaction = libc::SIG_DFL;
            libc::sigaction(signal, &default, std::ptr::null_mut());
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            libc::sigaddset(&mut set, signal);
            libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
            libc::raise(signal);
        }
    }

    /// What the fault handler gives back, in the order `leave` does: mouse
    /// reporting off (every mode crossterm turns on), the alternate screen
    /// left, the cursor shown. Harmless where a mode was not on.
    const GIVE_BACK: &[u8] =
        b"\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l\x1b[?1049l\x1b[?25h";

    /// Storage written only while [`HELD`] is false (by the event thread,
    /// before it takes the terminal) and read by the handler only while it
    /// is true.
    struct Slot<T>(UnsafeCell<MaybeUninit<T>>);
    // SAFETY: the accesses are ordered by HELD (and by INSTALL for
    // PREVIOUS), as said where each is used.
    unsafe impl<T> Sync for Slot<T> {}

    /// The terminal's modes before raw mode.
    static SAVED: Slot<libc::termios> = Slot(UnsafeCell::new(MaybeUninit::uninit()));
    /// The terminal they belong to (-1: none).
    static TTY: AtomicI32 = AtomicI32::new(-1);
    /// The dashboard holds the terminal: a fault gives it back.
    static HELD: AtomicBool = AtomicBool::new(false);
    /// The handlers there were before ours, by place in FAULTS.
    static PREVIOUS: [Slot<libc::sigaction>; 7] =
        [const { Slot(UnsafeCell::new(MaybeUninit::uninit())) }; 7];
    static INSTALL: Once = Once::new();

    /// Saves the terminal's modes, before raw mode is set, for the fault
    /// handler (installed on the first call) to set back.
    pub fn hold_terminal() {
        HELD.store(false, Ordering::SeqCst);
        if TTY.load(Ordering::SeqCst) < 0 {
            // The terminal crossterm sets raw, kept open for the handler.
            use std::os::fd::IntoRawFd;
            let fd =
                std::fs::File::open("/dev/tty").map_or(libc::STDIN_FILENO, IntoRawFd::into_raw_fd);
            TTY.store(fd, Ordering::SeqCst);
        }
        let fd = TTY.load(Ordering::SeqCst);
        // SAFETY: HELD is false, so the handler does not read SAVED now.
        let saved = unsafe { libc::tcgetattr(fd, (*SAVED.0.get()).as_mut_ptr()) } == 0;
        INSTALL.call_once(install);
        HELD.store(saved, Ordering::SeqCst);
    }

    /// The terminal is given back (or about to be): a fault leaves it be.
    pub fn release_terminal() {
        HELD.store(false, Ordering::SeqCst);
    }

    fn install() {
        for (i, &signal) in FAULTS.iter().enumerate() {
            // SAFETY: PREVIOUS[i] is written here, before the handler for
            // `signal` exists, and only read by that handler.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = on_fault as *const () as usize;
                // On the alternate stack, where Rust's own handler runs too:
                // a stack overflow leaves no other.
                action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
                libc::sigemptyset(&mut action.sa_mask);
                libc::sigaction(signal, &action, (*PREVIOUS[i].0.get()).as_mut_ptr());
            }
        }
    }

    /// Gives the terminal back with async-signal-safe calls only, then lets
    /// the signal end the process.
    extern "C" fn on_fault(signal: i32, info: *mut libc::siginfo_t, _: *mut libc::c_void) {
        // SAFETY: write, tcsetattr, sigaction and raise are async-signal-safe;
        // SAVED is complete while HELD is true (swapped here, so once).
        unsafe {
            if HELD.swap(false, Ordering::SeqCst) {
                libc::write(
                    libc::STDOUT_FILENO,
                    GIVE_BACK.as_ptr().cast(),
                    GIVE_BACK.len(),
                );
                libc::tcsetattr(
                    TTY.load(Ordering::SeqCst),
                    libc::TCSANOW,
                    (*SAVED.0.get()).as_ptr(),
                );
            }
            // Sent by a process (kill, abort) rather than raised by a fault.
            let sent = info.is_null() || (*info).si_code <= 0;
            if let Some(i) = FAULTS.iter().position(|&s| s == signal) {
                let previous = (*PREVIOUS[i].0.get()).as_ptr();
                let handler = (*previous).sa_sigaction;
                if !sent && handler != libc::SIG_DFL && handler != libc::SIG_IGN {
                    // The fault happens again on return, and goes there.
                    libc::sigaction(signal, previous, std::ptr::null_mut());
                    return;
                }
            }
            let mut default: libc::sigaction = std::mem::zeroed();
            default.sa_sigaction = libc::SIG_DFL;
            libc::sigaction(signal, &default, std::ptr::null_mut());
            // Blocked until this handler returns, then the end.
            libc::raise(signal);
        }
    }
}

/// Where the loop stands with the file.
struct Loading {
    /// Reading after the events have settled, at this instant.
    due: Option<Instant>,
    /// A load is running.
    running: bool,
    /// Events came during the load: another one after it.
    again: bool,
    /// Work on the whole campaign is running on a worker.
    reworking: bool,
    /// The search index is being built on a worker.
    indexing: bool,
}

/// Has the search index of the version shown built on a worker, when it is
/// not built yet (at start, the first screen is drawn without it) and no
/// worker builds it already; the worker says [`Msg::Indexed`] when done.
fn build_index(app: &App, loading: &mut Loading, tx: &Sender<Msg>) {
    if loading.indexing {
        return;
    }
    if let Some((job, campaign)) = app.index_job() {
        loading.indexing = true;
        let tx = tx.clone();
        thread::spawn(move || {
            job.run(&campaign);
            let _ = tx.send(Msg::Indexed);
        });
    }
}

/// The time from `now` to the next local midnight, and a second more so the
/// date has surely turned when the loop wakes.
pub fn until_midnight(now: NaiveDateTime) -> Duration {
    let tomorrow = now
        .date()
        .succ_opt()
        .and_then(|d| d.and_hms_opt(0, 0, 1))
        .unwrap_or(now + chrono::Duration::hours(1));
    (tomorrow - now)
        .to_std()
        .unwrap_or(Duration::from_secs(60))
        .max(Duration::from_secs(1))
}

fn system_today() -> NaiveDate {
    Local::now().date_naive()
}

/// Applies a terminal event to the app; returns whether anything changed.
/// While the filter line is open, keys edit it; otherwise they go through
/// the keymap. Terminals send Esc followed quickly by a key as that key with
/// Alt (a paste, a fast typist, tmux); an Alt combination the keymap does not
/// bind (only Alt-Left is) is read as what it was typed as: Esc, then the
/// key, each applied in turn (the Esc may close the filter line).
pub fn dispatch(app: &mut App, event: &Event) -> bool {
    // Ctrl-Z suspends from anywhere, the filter line too.
    let keys = std::sync::Arc::clone(&app.keys);
    if let Event::Key(key) = event
        && keys.action_for(key) == Some(Action::Suspend)
    {
        return app.update(Action::Suspend);
    }
    // A form takes the keys of a line editor; a question, a key. Esc
    // typed fast before a key reaches the program as Alt and that key (as
    // in the filter line): it cancels, then the key is taken alone.
    if let Event::Key(key) = event
        && (app.form.is_some() || app.asking.is_some())
        && key.modifiers.contains(KeyModifiers::ALT)
        && keys.edit_for(key).is_none()
    {
        let mut plain = *key;
        plain.modifiers.remove(KeyModifiers::ALT);
        let esc = match app.form.is_some() {
            true => app.update(Action::Edit(crate::app::edit::Edit::Cancel)),
            false => app.update(Action::Answer('\x1b')),
        };
        return dispatch(app, &Event::Key(plain)) | esc;
    }
    if let Event::Key(key) = event
        && app.form.is_some()
    {
        return keys.edit_for(key).is_some_and(|a| app.update(a));
    }
    if let Event::Key(key) = event
        && app.asking.is_some()
    {
        use ratatui::crossterm::event::KeyCode;
        let answer = match (keys.edit_for(key), key.code) {
            (Some(Action::Edit(crate::app::edit::Edit::Accept)), _) => '\n',
            (Some(Action::Edit(crate::app::edit::Edit::Cancel)), _) => '\x1b',
            (Some(Action::QuitNow), _) => return app.update(Action::QuitNow),
            (_, KeyCode::Char(c)) => c,
            _ => return false,
        };
        return app.update(Action::Answer(answer));
    }
    if let Event::Key(key) = event
        && app.editing.is_some()
    {
        if key.modifiers.contains(KeyModifiers::ALT) && keys.edit_for(key).is_none() {
            let mut plain = *key;
            plain.modifiers.remove(KeyModifiers::ALT);
            let esc = app.update(Action::Edit(crate::app::edit::Edit::Cancel));
            return dispatch(app, &Event::Key(plain)) | esc;
        }
        return keys.edit_for(key).is_some_and(|a| app.update(a));
    }
    // After `o`, a letter picks the column to sort by.
    if let Event::Key(key) = event
        && app.choosing_sort
        && let ratatui::crossterm::event::KeyCode::Char(c) = key.code
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return app.update(Action::SortLetter(c));
    }
    let mut changed = false;
    for action in actions_for(&keys, event) {
        changed |= app.update(action);
    }
    changed
}

/// The actions a terminal event means outside the filter line: none, one, or
/// for an unbound Alt plus a key two (Esc, then the key; see [`dispatch`]).
pub fn actions_for(keys: &Keymap, event: &Event) -> Vec<Action> {
    if let Event::Key(key) = event
        && key.modifiers.contains(KeyModifiers::ALT)
        && keys.action_for(key).is_none()
    {
        let mut plain = *key;
        plain.modifiers.remove(KeyModifiers::ALT);
        return [Some(Action::Back), keys.action_for(&plain)]
            .into_iter()
            .flatten()
            .collect();
    }
    action_for(keys, event).into_iter().collect()
}

/// The action a terminal event means, if any.
pub fn action_for(keys: &Keymap, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => keys.action_for(key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown {
                column: m.column,
                row: m.row,
            }),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp {
                column: m.column,
                row: m.row,
            }),
            _ => None,
        },
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    mouse: bool,
    path: &Path,
) -> io::Result<Option<i32>> {
    let (tx, rx) = mpsc::channel();
    let gate = read_input(tx.clone());
    // Without a watcher the dashboard still works: `r` reloads.
    let _watcher = match watch(path, tx.clone()) {
        Ok(w) => Some(w),
        Err(e) => {
            app.message = Some(crate::t!(
                "say-not-watching",
                why = e.to_string(),
                key = app.keys.key(Action::Reload)
            ));
            None
        }
    };
    #[cfg(unix)]
    let signal_handle = signals::forward(tx.clone())?;
    // The version shown at start kept in the history, on a worker that
    // the loop's end waits for: a quit never leaves half a version.
    let _keeper = JoinOnDrop(app.shown_text.clone().map(|text| {
        let (tx, path, seal) = (tx.clone(), path.to_path_buf(), app.seal.clone());
        let records = app.campaign.record_count();
        thread::spawn(move || {
            if let Some(note) = keep_version(&path, &text, records, seal.as_deref()) {
                let _ = tx.send(Msg::Note(note));
            }
        })
    }));
    let size = terminal.size()?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    app.update(Action::Day(system_today()));
    let mut loading = Loading {
        due: None,
        running: false,
        again: false,
        reworking: false,
        indexing: false,
    };
    // Built while the first screen is drawn, which does not need it.
    build_index(app, &mut loading, &tx);
    terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
    let result = wait_loop(
        terminal,
        app,
        (mouse, &gate),
        (path, &mut loading),
        &tx,
        &rx,
    );
    #[cfg(unix)]
    signal_handle.close();
    result
}

fn wait_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    (mouse, gate): (bool, &Gate),
    (path, loading): (&Path, &mut Loading),
    tx: &Sender<Msg>,
    rx: &Receiver<Msg>,
) -> io::Result<Option<i32>> {
    // The marks of the last reload go at this instant (with their generation).
    let mut expiry: Option<(Instant, u64)> = None;
    let mut ended_by = None;
    while !app.quit {
        let now = Instant::now();
        let midnight = now + until_midnight(Local::now().naive_local());
        let deadline = [Some(midnight), loading.due, expiry.map(|e| e.0)]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(midnight);
        let mut redraw = false;
        let mut full = false;
        let first = match rx.recv_timeout(deadline.saturating_duration_since(now)) {
            Ok(msg) => Some(msg),
            Err(RecvTimeoutError::Timeout) => None,
            // Every sender gone: cannot happen while `tx` lives.
            Err(RecvTimeoutError::Disconnected) => return Ok(None),
        };
        // Take everything that is queued before drawing once.
        let mut next = first;
        while let Some(msg) = next.take() {
            match msg {
                Msg::Input(ev) => {
                    redraw |= matches!(ev, Event::Resize(..));
                    redraw |= dispatch(app, &ev);
                }
                Msg::InputError(e) => return Err(e),
                Msg::FileEvent => loading.due = Some(Instant::now() + DEBOUNCE),
                Msg::WatchError(e) => {
                    app.message = Some(crate::t!(
                        "say-watch-failed",
                        why = e,
                        key = app.keys.key(Action::Reload)
                    ));
                    redraw = true;
                }
                Msg::Note(note) => {
                    app.message = Some(note);
                    redraw = true;
                }
                Msg::Loaded(outcome) => {
                    loading.running = false;
                    let was = app.marks.generation;
                    // The version replaced is freed off the event thread.
                    if let Some(old) = app.reload(*outcome, Local::now().time()) {
                        thread::spawn(move || drop(old));
                    }
                    redraw = true;
                    if app.marks.generation != was && !app.marks.is_empty() {
                        expiry = Some((
                            Instant::now() + Duration::from_secs(MARK_SECONDS),
                            app.marks.generation,
                        ));
                    }
                    if std::mem::take(&mut loading.again) {
                        loading.due = Some(Instant::now());
                    }
                }
                Msg::Wrote(done) => {
                    let WriteDone { outcome, fresh } = *done;
                    // The version written shown first, then what was
                    // written said (not what the swap would say).
                    if let Some(fresh) = fresh
                        && let Some(old) = app.reload(fresh, Local::now().time())
                    {
                        thread::spawn(move || drop(old));
                    }
                    app.wrote(outcome);
                    redraw = true;
                }
                Msg::Indexed => {
                    loading.indexing = false;
                    redraw |= app.update(Action::Indexed);
                }
                Msg::Reworked(done) => {
                    loading.reworking = false;
                    let old = app.reworked(*done);
                    thread::spawn(move || drop(old));
                    redraw = true;
                }
                #[cfg(unix)]
                Msg::Signal(s) if s == signals::TSTP => {
                    suspend(terminal, mouse)?;
                    full = true;
                }
                #[cfg(unix)]
                Msg::Signal(s) if s == signals::CONT => {
                    enter(terminal, mouse)?;
                    full = true;
                }
                // A signal that ends the process: restore the terminal (as
                // `run` does on the way out) and end as it ends it.
                Msg::Signal(s) => {
                    app.quit = true;
                    ended_by = Some(s);
                }
            }
            if app.quit {
                break;
            }
            next = rx.try_recv().ok();
        }
        if app.quit {
            break;
        }
        if std::mem::take(&mut app.wants_suspend) {
            suspend(terminal, mouse)?;
            full = true;
        }
        match app.effect.take() {
            // The file on disk is ciphertext: the editor gets a private
            // plaintext copy, encrypted back once it loads.
            Some(Effect::Edit(at)) if app.seal.is_some() => {
                let key = app.keys.key(Action::EditRecord);
                let seal = app.seal.clone();
                let opts = LoadOptions {
                    today: app.today_flag,
                    system_today: system_today(),
                    retention: app.retention,
                };
                if let Some(seal) = seal
                    && let Some(message) =
                        run_editor_sealed(terminal, (mouse, gate), path, at, &key, (&seal, &opts))?
                {
                    app.message = Some(message);
                }
                full = true;
            }
            Some(Effect::Edit(at)) => {
                let key = app.keys.key(Action::EditRecord);
                if let Some(message) = run_editor(terminal, (mouse, gate), path, at, &key)? {
                    app.message = Some(message);
                }
                full = true;
            }
            Some(Effect::Write(job)) => {
                let (tx, path, reload) = (tx.clone(), path.to_path_buf(), app.reload_job());
                let seal = reload.seal.clone();
                thread::spawn(move || {
                    let done = run_write(&path, *job, reload);
                    let kept = done.fresh.as_ref().and_then(to_keep);
                    let _ = tx.send(Msg::Wrote(Box::new(done)));
                    keep_after(&tx, &path, kept, seal.as_deref());
                });
            }
            Some(Effect::Copy(text)) => {
                if let Err(e) = copy_to_clipboard(&text) {
                    app.message = Some(crate::t!("say-copy-failed", why = e.to_string()));
                    redraw = true;
                }
            }
            None => {}
        }
        if std::mem::take(&mut app.wants_reload) {
            loading.due = Some(Instant::now());
        }
        let now = Instant::now();
        if loading.due.is_some_and(|d| d <= now) {
            loading.due = None;
            if loading.running {
                loading.again = true;
            } else {
                loading.running = true;
                let (tx, path, job) = (tx.clone(), path.to_path_buf(), app.reload_job());
                let seal = job.seal.clone();
                thread::spawn(move || {
                    let outcome = reload_outcome(&path, job);
                    let kept = to_keep(&outcome);
                    let _ = tx.send(Msg::Loaded(Box::new(outcome)));
                    keep_after(&tx, &path, kept, seal.as_deref());
                });
            }
        }
        // One worker at a time; what is asked meanwhile waits for it (the
        // result of the one running is then out of date, and asked again).
        if app.wants_rework && !loading.reworking {
            app.wants_rework = false;
            loading.reworking = true;
            let (tx, job) = (tx.clone(), app.rework());
            thread::spawn(move || {
                let _ = tx.send(Msg::Reworked(Box::new(job.run())));
            });
        }
        build_index(app, loading, tx);
        if let Some((at, generation)) = expiry
            && at <= now
        {
            expiry = None;
            redraw |= app.update(Action::ExpireMarks(generation));
        }
        if midnight <= now {
            redraw |= app.update(Action::Day(system_today()));
        }
        if full {
            // The terminal may have been resized while the process was stopped.
            let size = terminal.size()?;
            app.update(Action::Resize {
                width: size.width,
                height: size.height,
            });
        }
        if (redraw || full) && !app.quit {
            terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        }
    }
    Ok(ended_by)
}

/// Ctrl-Z: gives the terminal back, stops the process as the shell's job
/// control expects, and takes the terminal again once continued.
#[cfg(unix)]
fn suspend(terminal: &mut DefaultTerminal, mouse: bool) -> io::Result<()> {
    let _ = terminal.show_cursor();
    leave(mouse);
    signals::stop();
    enter(terminal, mouse)
}

#[cfg(not(unix))]
fn suspend(_terminal: &mut DefaultTerminal, _mouse: bool) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Tab;
    use crate::model::Campaign;
    use ratatui::crossterm::event::{KeyCode, KeyEvent};

    #[test]
    fn esc_then_a_key_sent_together_is_read_as_both() {
        let alt4 = Event::Key(KeyEvent::new(KeyCode::Char('4'), KeyModifiers::ALT));
        assert_eq!(
            actions_for(&Keymap::default(), &alt4),
            vec![Action::Back, Action::GoTab(Tab::Statements)]
        );
        let q = Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE));
        assert_eq!(actions_for(&Keymap::default(), &q), vec![Action::Quit]);
        assert_eq!(actions_for(&Keymap::default(), &Event::FocusGained), vec![]);
        // Alt-Left is bound: back along the links followed.
        let alt_left = Event::Key(KeyEvent::new(KeyCode::Left, KeyModifiers::ALT));
        assert_eq!(
            actions_for(&Keymap::default(), &alt_left),
            vec![Action::GoBack]
        );
        assert_eq!(
            actions_for(&Keymap::default(), &Event::Resize(80, 24)),
            vec![Action::Resize {
                width: 80,
                height: 24
            }]
        );
    }

    #[test]
    fn after_o_a_letter_picks_the_sort_column() {
        let campaign = crate::app::tests::fixture();
        let system = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
        let mut app = App::new(campaign, "f", None, system);
        let key = |c| Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
        dispatch(&mut app, &key(KeyCode::Char('2')));
        dispatch(&mut app, &key(KeyCode::Char('o')));
        // `n` is next-match elsewhere; here it is the Name column's letter.
        dispatch(&mut app, &key(KeyCode::Char('n')));
        assert_eq!(app.prisoners.sort.map(|s| s.column.name()), Some("name"));
        assert!(!app.choosing_sort);
        // Esc closes the chooser and sorts nothing.
        dispatch(&mut app, &key(KeyCode::Char('o')));
        dispatch(&mut app, &key(KeyCode::Esc));
        assert!(!app.choosing_sort);
        assert_eq!(app.prisoners.sort.map(|s| s.descending), Some(false));
    }

    #[test]
    fn keys_go_to_the_open_filter_line() {
        let campaign = crate::app::tests::fixture();
        let system = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
        let mut app = App::new(campaign, "f", None, system);
        let key = |c| Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
        dispatch(&mut app, &key(KeyCode::Char('2')));
        dispatch(&mut app, &key(KeyCode::Char('/')));
        assert!(app.editing.is_some());
        // q and 3 are typed, not quit or a tab.
        for c in "q3".chars() {
            dispatch(&mut app, &key(KeyCode::Char(c)));
        }
        assert_eq!(app.prisoners.query, "q3");
        assert!(!app.quit);
        assert_eq!(app.tab, Tab::Prisoners);
        // Esc and a key at once: Esc clears the line, the key is a key again.
        let alt3 = Event::Key(KeyEvent::new(KeyCode::Char('3'), KeyModifiers::ALT));
        assert!(dispatch(&mut app, &alt3));
        assert_eq!(app.editing, None);
        assert_eq!(app.prisoners.query, "");
        assert_eq!(app.tab, Tab::Events);
    }

    #[test]
    fn reading_the_file_tells_a_removed_empty_broken_or_good_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        assert_eq!(
            read_outcome(&path, "c.toml", None, false, true, None),
            Outcome::Removed
        );
        std::fs::write(&path, "\u{feff}\n  \n").unwrap();
        assert_eq!(
            read_outcome(&path, "c.toml", None, false, true, None),
            Outcome::Empty(Some(crate::load::write::Version::of("\u{feff}\n  \n")))
        );
        // A form feed is not blank: a mistake, located like any other.
        std::fs::write(&path, "\u{c}").unwrap();
        match read_outcome(&path, "c.toml", None, false, true, None) {
            Outcome::Failed(r, seen) => {
                assert!(
                    r.first.as_deref().unwrap_or("").starts_with("c.toml:1:1: "),
                    "{r:?}"
                );
                assert_eq!(seen, Some(crate::load::write::Version::of("\u{c}")));
            }
            other => panic!("{other:?}"),
        }
        std::fs::write(&path, "[campaign]\nname = 3\n").unwrap();
        match read_outcome(&path, "c.toml", None, false, true, None) {
            Outcome::Failed(r, _) => {
                assert_eq!(r.errors, 1);
                assert!(r.first.unwrap().starts_with("c.toml:2:8: "));
            }
            other => panic!("{other:?}"),
        }
        std::fs::write(&path, [b'a', 0xff]).unwrap();
        assert!(matches!(
            read_outcome(&path, "c.toml", None, false, true, None),
            Outcome::Unreadable(why, seen)
                if why.contains("UTF-8") && seen == Some(crate::load::write::Version::of_bytes(&[b'a', 0xff]))
        ));
        std::fs::write(&path, crate::load::EXAMPLE).unwrap();
        // Before any release of the example falls due (a release passed
        // is a warning).
        let flag = NaiveDate::from_ymd_opt(2023, 6, 2);
        match read_outcome(&path, "c.toml", flag, false, true, None) {
            Outcome::Loaded(fresh) => {
                assert_eq!(fresh.campaign.prisoners.len(), 6);
                assert_eq!(
                    fresh.text.as_deref().map(String::as_str),
                    Some(crate::load::EXAMPLE)
                );
                assert_eq!(fresh.derived.today, flag.unwrap());
                assert!(fresh.report.is_empty());
            }
            other => panic!("{other:?}"),
        }
    }

    /// The example file as a dashboard on it, sorted and filtered, and the
    /// file with a prisoner added, written where the loader reads it.
    fn dashboard_and_edit() -> (tempfile::TempDir, std::path::PathBuf, App, Campaign) {
        use crate::app::edit::Edit;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        let opts = LoadOptions::default();
        let shown = load::parse_str(load::EXAMPLE, &opts).campaign.unwrap();
        let mut app = App::new(shown, "c.toml", None, opts.system_today);
        app.update(Action::GoTab(Tab::Prisoners));
        app.update(Action::SortNext);
        app.update(Action::SortReverse);
        app.update(Action::Filter);
        for c in "a".chars() {
            app.update(Action::Edit(Edit::Insert(c)));
        }
        app.update(Action::Edit(Edit::Accept));
        let text = format!(
            "{}\n[[prisoners]]\nid = \"test-added\"\nname = \"Test Added Person\"\nstatus = \"detained\"\n",
            load::EXAMPLE
        );
        std::fs::write(&path, &text).unwrap();
        let edited = load::parse_str(&text, &opts).campaign.unwrap();
        (dir, path, app, edited)
    }

    /// The rows a dashboard opened on `campaign` shows with `like`'s filter
    /// and sort on the Prisoners tab.
    fn rows_as_opened(campaign: Campaign, like: &App) -> Vec<usize> {
        let mut b = App::new(campaign, "c.toml", None, like.derived.today);
        let l = like.list(Tab::Prisoners).unwrap();
        b.update(Action::GoTab(Tab::Prisoners));
        b.update(Action::Filter);
        for c in l.query.chars() {
            b.update(Action::Edit(crate::app::edit::Edit::Insert(c)));
        }
        b.update(Action::Edit(crate::app::edit::Edit::Accept));
        while b.prisoners.sort != l.sort {
            b.update(Action::SortNext);
            if b.prisoners.sort.map(|s| s.column) == l.sort.map(|s| s.column)
                && b.prisoners.sort != l.sort
            {
                b.update(Action::SortReverse);
            }
        }
        b.prisoners.rows().to_vec()
    }

    #[test]
    fn a_reload_prepared_on_the_loader_thread_shows_what_a_fresh_start_would() {
        let (_dir, path, mut app, edited) = dashboard_and_edit();
        let outcome = reload_outcome(&path, app.reload_job());
        app.reload(outcome, chrono::NaiveTime::MIN);
        assert_eq!(app.message.as_deref(), Some("reloaded: 1 added"));
        assert_eq!(app.prisoners.rows(), rows_as_opened(edited, &app));
        assert!(
            app.prisoners
                .rows()
                .iter()
                .any(|&r| app.campaign.prisoners[r].id() == "test-added")
        );
    }

    #[test]
    fn a_filter_changed_while_the_loader_ran_is_applied_to_the_new_version() {
        use crate::app::edit::Edit;
        let (_dir, path, mut app, edited) = dashboard_and_edit();
        let job = app.reload_job();
        // A key typed while the file is read: the filter becomes "ad".
        app.update(Action::Filter);
        app.update(Action::Edit(Edit::Insert('d')));
        app.update(Action::Edit(Edit::Accept));
        app.update(Action::SortReverse);
        let outcome = reload_outcome(&path, job);
        app.reload(outcome, chrono::NaiveTime::MIN);
        assert_eq!(app.prisoners.query, "ad");
        assert_eq!(app.prisoners.rows(), rows_as_opened(edited, &app));
    }

    #[test]
    fn presentation_mode_turned_on_while_the_loader_ran_hides_the_new_version_too() {
        use crate::app::edit::Edit;
        let (_dir, path, mut app, edited) = dashboard_and_edit();
        // A word found only in a prisoner's notes.
        app.update(Action::Filter);
        app.update(Action::Edit(Edit::Clear));
        for c in "appeal".chars() {
            app.update(Action::Edit(Edit::Insert(c)));
        }
        app.update(Action::Edit(Edit::Accept));
        assert_eq!(app.prisoners.rows().len(), 1);
        let job = app.reload_job();
        app.update(Action::TogglePresent);
        assert_eq!(app.prisoners.rows().len(), 0);
        let outcome = reload_outcome(&path, job);
        app.reload(outcome, chrono::NaiveTime::MIN);
        assert!(crate::present::is_stripped(&app.campaign));
        assert_eq!(app.message.as_deref(), Some("reloaded: 1 added"));
        // The rows laid out before presenting (the notes still there) are
        // not taken: the filter matches nothing hidden.
        assert_eq!(app.prisoners.rows().len(), 0);
        app.update(Action::TogglePresent);
        assert_eq!(*app.campaign, edited);
    }

    #[test]
    fn each_editor_is_told_the_line_as_it_reads_it() {
        let f = Path::new("c.toml");
        let args = |program, extra: &[&str], column| {
            editor_args(program, extra, f, 12, column)
                .into_iter()
                .map(|a| a.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
        };
        for vi in [
            "vi",
            "vim",
            "/usr/bin/nvim",
            "nano",
            "emacs",
            "micro",
            "kak",
        ] {
            assert_eq!(args(vi, &[], None), ["+12", "c.toml"], "{vi}");
        }
        assert_eq!(
            args("nvim", &[], Some(3)),
            ["+call cursor(12, 3)", "c.toml"]
        );
        assert_eq!(args("nano", &[], Some(3)), ["+12,3", "c.toml"]);
        assert_eq!(args("emacs", &["-nw"], Some(3)), ["-nw", "+12:3", "c.toml"]);
        assert_eq!(args("hx", &[], None), ["c.toml:12"]);
        assert_eq!(args("helix", &[], Some(3)), ["c.toml:12:3"]);
        assert_eq!(
            args("code", &["--wait"], None),
            ["--wait", "-g", "c.toml:12"]
        );
        assert_eq!(args("codium", &[], Some(3)), ["-g", "c.toml:12:3"]);
        assert_eq!(args("ed", &[], Some(3)), ["c.toml"]);
    }

    #[test]
    fn the_wait_ends_just_after_midnight() {
        let at = |h, m, s| {
            NaiveDate::from_ymd_opt(2023, 5, 6)
                .unwrap()
                .and_hms_opt(h, m, s)
                .unwrap()
        };
        assert_eq!(until_midnight(at(23, 59, 0)), Duration::from_secs(61));
        assert_eq!(until_midnight(at(0, 0, 0)), Duration::from_secs(86401));
        assert_eq!(until_midnight(at(12, 0, 0)), Duration::from_secs(43201));
    }
}
