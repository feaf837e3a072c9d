//! The `campaign-dash` binary: parse the command line, call the library,
//! turn the outcome into an exit code.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use campaign_dash::app::App;
use campaign_dash::app::reload::Report;
use campaign_dash::cli::{self, Cli, ColorChoice, Command, DEFAULT_FILE, Shared};
use campaign_dash::config;
use campaign_dash::load::{self, CheckStatus, LoadOptions};
use campaign_dash::model::Campaign;
use campaign_dash::print::{self, Format, View};
use campaign_dash::query::Derived;
use campaign_dash::t;
use campaign_dash::tui;
use clap::Parser;

fn main() -> ExitCode {
    // A misspelt command, where a file of that name does not exist, is a
    // command-line mistake, not a file to look for.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(word) = cli::first_word(&args)
        && !Path::new(word).exists()
        && let Some(message) = cli::misspelt_command(&word.to_string_lossy())
    {
        eprintln!("error: {message}\n\nFor the commands, try 'campaign-dash --help'.");
        return ExitCode::from(2);
    }
    // Exit code 2 and clap's own message for a command-line mistake.
    let cli = Cli::parse_from(args);
    // The options said before a command apply to it too.
    let shared = match &cli.command {
        Some(Command::Check { shared, .. }) => shared.or(&cli.shared),
        Some(Command::Print(args)) => args.shared.or(&cli.shared),
        Some(Command::Log(args)) => args.shared.or(&cli.shared),
        Some(Command::Diff(args)) => args.shared.or(&cli.shared),
        Some(Command::Merge(args)) => args.shared.or(&cli.shared),
        Some(Command::Strip { shared, .. }) => shared.or(&cli.shared),
        _ => cli.shared.clone(),
    };
    let (retention, identity, lang, history) = load_settings(cli.config.as_deref());
    // Where the versions that load are kept: the state folder, unless the
    // settings say `history = false`.
    let _ = HISTORY.set(
        history
            .then(|| {
                campaign_dash::load::history::root(
                    std::env::var_os("XDG_STATE_HOME")
                        .map(PathBuf::from)
                        .as_deref(),
                    std::env::var_os("HOME").map(PathBuf::from).as_deref(),
                )
            })
            .flatten(),
    );
    tui::keep_history_in(HISTORY.get().cloned().flatten());
    // The language: --lang, else the settings', else the environment's.
    campaign_dash::i18n::set(
        shared
            .lang
            .or(lang)
            .or_else(|| campaign_dash::i18n::from_env(|k| std::env::var(k).ok()))
            .unwrap_or_default(),
    );
    let opts = LoadOptions {
        today: shared.today,
        retention,
        ..LoadOptions::default()
    };
    let identities = if shared.identities.is_empty() {
        identity.into_iter().collect()
    } else {
        shared.identities.clone()
    };
    let _ = OPENER.set((identities, shared.passphrase_command.clone()));
    let no_color = std::env::var_os("NO_COLOR");
    let stdout_tty = std::io::stdout().is_terminal();
    let color = shared.color().enabled(stdout_tty, no_color.as_deref());
    let err_color = shared
        .color()
        .enabled(std::io::stderr().is_terminal(), no_color.as_deref());
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    let written = |out: &mut dyn Write, bytes: &[u8]| match out.write_all(bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    };
    let status = match &cli.command {
        Some(Command::Check { file, .. }) => {
            let stale = |c: &Campaign| {
                let today = c.today(opts.today, opts.system_today);
                campaign_dash::query::agenda::stale_snoozes(c, today)
            };
            let notes = |c: &Campaign| {
                let mut notes = copies_notes(file, c, &opts);
                notes.extend(postal_note(file, c));
                notes
            };
            load::run_check(
                file,
                &opts,
                color,
                shared.present,
                &load::CheckHooks {
                    stale: &stale,
                    notes: &notes,
                    unlock: Some(&unlock_as_told),
                    keep: &|text, c| keep_version(file, text, c),
                },
                &mut out,
                &mut err,
            )
        }
        Some(Command::Init { path, example }) => load::run_init(path, *example, &mut out, &mut err),
        Some(Command::History { file }) => run_history(file, &opts, &mut out, &mut err),
        Some(Command::Restore {
            file,
            at,
            output,
            force,
        }) => run_restore(file, at, output.as_deref(), *force, &mut err),
        Some(Command::Schema) => {
            return written(&mut out, campaign_dash::schema::schema_text().as_bytes());
        }
        Some(Command::Completions { shell }) => {
            return written(&mut out, &cli::completions(*shell));
        }
        Some(Command::Man { dir: None }) => return written(&mut out, &cli::man_page()),
        Some(Command::Man { dir: Some(dir) }) => return write_man_pages(dir, &mut out, &mut err),
        Some(Command::Log(args)) => run_log(args, &opts, err_color, &mut out, &mut err),
        Some(Command::Diff(args)) => {
            if !matches!(args.format, Format::Text | Format::Markdown | Format::Json) {
                let _ = writeln!(
                    err,
                    "{}",
                    said_error(&t!("cli-diff-format", format = args.format.to_string()))
                );
                return ExitCode::from(2);
            }
            match diff_sides(args) {
                Ok((old, new)) => run_diff(
                    (&old, &new),
                    args.format,
                    (&opts, err_color, shared.present),
                    &mut out,
                    &mut err,
                ),
                Err(DiffMistake::Usage(message)) => {
                    let _ = writeln!(err, "{}", said_error(&message));
                    return ExitCode::from(2);
                }
                Err(DiffMistake::Git(message)) => {
                    let _ = writeln!(err, "{}", said_error(&message));
                    CheckStatus::Failed
                }
            }
        }
        Some(Command::Merge(args)) => {
            run_merge(args, (&opts, err_color, shared.present), &mut out, &mut err)
        }
        Some(Command::Encrypt(args)) => run_encrypt(args, &opts, err_color, &mut err),
        Some(Command::Decrypt(args)) => run_decrypt(args, stdout_tty, &mut out, &mut err),
        Some(Command::Strip {
            file,
            output,
            force,
            ..
        }) => run_strip(
            file,
            Some((output, *force)),
            &opts,
            err_color,
            &mut out,
            &mut err,
        ),
        Some(Command::Print(args)) if args.strip => run_strip(
            &args.file,
            args.output.as_deref().map(|o| (o, true)),
            &opts,
            err_color,
            &mut out,
            &mut err,
        ),
        Some(Command::Config { default: true, .. }) => {
            return written(&mut out, campaign_dash::config::default_text().as_bytes());
        }
        Some(Command::Config { config, .. }) => run_config(
            config.as_deref().or(cli.config.as_deref()),
            color,
            &mut out,
            &mut err,
        ),
        Some(Command::Import(args)) => {
            // A --map naming no field is a command-line mistake: exit 2.
            if let Some(Err(message)) = args
                .map
                .iter()
                .map(|m| campaign_dash::import::parse_map(m))
                .find(Result::is_err)
            {
                let _ = writeln!(err, "{}", said_error(&message));
                return ExitCode::from(2);
            }
            run_import(args, &mut out, &mut err)
        }
        Some(Command::Print(args)) => {
            let views = args.view.views();
            if let Some(message) = print_mistake(args, views.len(), stdout_tty) {
                let _ = writeln!(err, "{}", said_error(&message));
                return ExitCode::from(2);
            }
            // A bad filter or sort is a command-line mistake: exit 2.
            let view = views.first().copied().unwrap_or_default();
            let (selection, agenda_filter) =
                match print::parse_selection(view, args.filter.as_deref(), args.sort.as_deref())
                    .and_then(|selection| {
                        let agenda = print::parse_agenda(
                            view,
                            args.format,
                            args.filter.as_deref(),
                            args.days,
                        )?;
                        Ok((selection, agenda))
                    }) {
                    Ok(selection) => selection,
                    Err(message) => {
                        let _ = writeln!(err, "{}", said_error(&message));
                        return ExitCode::from(2);
                    }
                };
            let (filter, sort) = selection;
            let width = args.width.map(usize::from).unwrap_or_else(|| {
                if stdout_tty {
                    ratatui::crossterm::terminal::size().map_or(print::DEFAULT_WIDTH, |(w, _)| {
                        usize::from(w).max(print::MIN_WIDTH)
                    })
                } else {
                    print::DEFAULT_WIDTH
                }
            });
            let mut p = print::Options::new(view, args.format);
            p.width = width;
            p.filter = filter;
            p.sort = sort;
            p.agenda_filter = agenda_filter;
            p.days = args.days;
            p.alarm = args.alarm.clone();
            p.present = shared.present;
            p.evening = match args.view {
                cli::Views::Envelopes => Some(print::Evening::Envelopes(
                    print::evening::Paper::of(args.labels, args.envelope),
                )),
                cli::Views::Sheets => Some(print::Evening::Sheets),
                _ => None,
            };
            if p.present && matches!(p.evening, Some(print::Evening::Envelopes(_))) {
                let _ = writeln!(err, "{}", said_error(&t!("cli-envelopes-presenting")));
                return ExitCode::from(2);
            }
            // Control characters reach a terminal made visible, even --raw.
            p.csv.exact = args.raw && (args.output.is_some() || !stdout_tty);
            p.csv.formulas = args.raw;
            p.csv.bom = args.bom;
            let to = Output {
                path: args.output.as_deref(),
                views: &views,
                quiet: args.quiet,
            };
            run_print(
                &args.file, &shared, &opts, p, to, err_color, &mut out, &mut err,
            )
        }
        // Like BSD top: without a terminal, print the overview instead.
        None if !stdout_tty => {
            let mut p = print::Options::new(View::Overview, Format::Text);
            p.present = shared.present;
            let to = Output {
                path: None,
                views: &[View::Overview],
                quiet: false,
            };
            run_print(
                &cli.file, &shared, &opts, p, to, err_color, &mut out, &mut err,
            )
        }
        None => open_dashboard(&cli, &opts, color, err_color, &mut err),
    };
    ExitCode::from(status.exit_code())
}

/// Loads FILE. A file that cannot be read, or has errors, is reported on
/// `err` as `check` reports it (by place only when `present`), and nothing is
/// returned. Warnings are counted in one line when `warn` is set (`check`
/// lists them: a print run need not repeat them whole). Returns the
/// campaign and its problems (warnings) for the dashboard's Problems view.
fn load_campaign(
    file: &Path,
    opts: &LoadOptions,
    color: bool,
    present: bool,
    warn: bool,
    err: &mut dyn Write,
) -> Option<(Campaign, Report)> {
    let (text, mut loaded) = read_campaign(file, opts, err)?;
    let name = file.display().to_string();
    // Taken, not cloned: a 20k-record campaign is tens of megabytes.
    let has_errors = loaded.has_errors();
    let campaign = loaded.campaign.take().filter(|_| !has_errors);
    if campaign.is_none() {
        load::write_report(&loaded, &name, &text, color, present, err);
    } else if warn && loaded.warning_count() > 0 {
        let n = loaded.warning_count();
        let shown = campaign_dash::sanitize::sanitize_line(&name);
        let _ = writeln!(
            err,
            "{}",
            t!(
                "cli-warnings-note",
                file = shown,
                warnings = campaign_dash::text::warnings(n),
                n = n
            )
        );
    }
    let campaign = campaign?;
    if let Some(warning) = keep_version(file, &text, &campaign) {
        let _ = writeln!(err, "{warning}");
    }
    Some((campaign, Report::new(&loaded, &name, &text)))
}

/// A warning for each sync client's conflicted copy beside `file` (whose
/// campaign is `campaign`), as `check` writes it.
fn copies_notes(file: &Path, campaign: &Campaign, opts: &LoadOptions) -> Vec<String> {
    campaign_dash::tui::copy_notes(file, campaign, opts)
        .into_iter()
        .map(|c| c.long)
        .collect()
}

/// `check`'s info line on the envelopes without a `postal_name`
/// ([`campaign_dash::query::letters::postal_note`]), after the file's name.
fn postal_note(file: &Path, c: &Campaign) -> Option<String> {
    campaign_dash::query::letters::postal_note(c).map(|note| {
        format!(
            "{}: {}: {note}",
            shown_path(file),
            campaign_dash::t!("check-info")
        )
    })
}

/// One side of a `diff`: a file, nothing (git's `/dev/null` for a file
/// added or removed), or a file as a git revision holds it.
enum Side {
    /// A file, and the name it is called by.
    File(std::path::PathBuf, String),
    Nothing(String),
    Git {
        rev: String,
        file: std::path::PathBuf,
    },
}

impl Side {
    fn name(&self) -> String {
        match self {
            Side::File(_, name) => name.clone(),
            Side::Nothing(name) => name.clone(),
            Side::Git { rev, file } => format!("{rev}:{}", file.display()),
        }
    }
}

/// Why `diff` has no two sides to compare.
enum DiffMistake {
    /// A command-line mistake (exit 2).
    Usage(String),
    /// git is missing, or has no such revision (exit 1).
    Git(String),
}

/// The two sides `diff`'s arguments name.
fn diff_sides(args: &cli::DiffArgs) -> Result<(Side, Side), DiffMistake> {
    // Git gives /dev/null for the side of a file added or removed.
    let file = |p: &std::path::PathBuf, name: String| {
        if p.as_os_str() == "/dev/null" {
            Side::Nothing(name)
        } else {
            Side::File(p.clone(), name)
        }
    };
    let shown = |p: &std::path::PathBuf| p.display().to_string();
    let earlier = args.git.is_some() || args.since.is_some();
    match (args.files.as_slice(), earlier) {
        // git's external diff: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE
        // NEW-HEX NEW-MODE; the files are named by the path, as git does.
        ([path, old, _, _, new, _, _], false) => Ok((
            file(old, format!("a/{}", shown(path))),
            file(new, format!("b/{}", shown(path))),
        )),
        ([old, new], false) => Ok((file(old, shown(old)), file(new, shown(new)))),
        (files, true) if files.len() <= 1 => {
            let path = files
                .first()
                .cloned()
                .unwrap_or_else(|| std::path::PathBuf::from(DEFAULT_FILE));
            let rev = match (&args.git, args.since) {
                (Some(rev), _) => rev.clone(),
                (None, Some(day)) => last_commit_before(&path, day)?,
                (None, None) => {
                    return Err(DiffMistake::Usage(t!("cli-diff-which")));
                }
            };
            let name = shown(&path);
            Ok((
                Side::Git {
                    rev,
                    file: path.clone(),
                },
                Side::File(path, name),
            ))
        }
        (_, true) => Err(DiffMistake::Usage(t!("cli-diff-one-file"))),
        _ => Err(DiffMistake::Usage(t!("cli-diff-two-files"))),
    }
}

/// `git` run in the folder of `file`, with `args`: its standard output, or
/// a message saying why not.
fn git(file: &Path, args: &[&str]) -> Result<String, DiffMistake> {
    let out = git_bytes(file, args)?;
    String::from_utf8(out)
        .map_err(|_| DiffMistake::Git(t!("cli-git-not-utf8", command = args.join(" "))))
}

/// [`git`]'s output as bytes (a file as git holds it may be encrypted).
fn git_bytes(file: &Path, args: &[&str]) -> Result<Vec<u8>, DiffMistake> {
    let folder = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(folder)
        .args(args)
        .output()
        .map_err(|e| {
            DiffMistake::Git(if e.kind() == std::io::ErrorKind::NotFound {
                t!("cli-git-missing")
            } else {
                t!("cli-git-not-run", reason = e.to_string())
            })
        })?;
    if !out.status.success() {
        let said = String::from_utf8_lossy(&out.stderr);
        let first = said.lines().next().unwrap_or("").trim();
        return Err(DiffMistake::Git(format!(
            "git {}: {}",
            args.join(" "),
            campaign_dash::sanitize::sanitize_line(first)
        )));
    }
    Ok(out.stdout)
}

/// The file's name in its folder, as git is given it (`./NAME` from that
/// folder).
fn git_path(file: &Path) -> String {
    let name = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    format!("./{name}")
}

/// The last commit before `day` that has `file`, for `--since`.
fn last_commit_before(file: &Path, day: chrono::NaiveDate) -> Result<String, DiffMistake> {
    let before = format!("--before={day} 00:00:00");
    let path = git_path(file);
    let out = git(file, &["rev-list", "-1", &before, "HEAD", "--", &path])?;
    let rev = out.trim();
    if rev.is_empty() {
        return Err(DiffMistake::Git(t!(
            "cli-no-commit-before",
            file = shown_path(file),
            day = day.to_string()
        )));
    }
    Ok(rev.to_owned())
}

/// One side of a diff loaded; problems are reported as `check` reports
/// them, and `None` returned, when it does not load.
fn load_side(
    side: &Side,
    opts: &LoadOptions,
    color: bool,
    present: bool,
    err: &mut dyn Write,
) -> Option<Campaign> {
    match side {
        Side::Nothing(_) => Some(Campaign::default()),
        Side::File(path, name) => {
            let (text, mut loaded) = read_campaign(path, opts, err)?;
            let ok = !loaded.has_errors();
            let campaign = loaded.campaign.take().filter(|_| ok);
            if campaign.is_none() {
                load::write_report(&loaded, name, &text, color, present, err);
            }
            campaign
        }
        Side::Git { rev, file } => {
            let spec = format!("{rev}:{}", git_path(file));
            let bytes = match git_bytes(file, &["show", &spec]) {
                Ok(bytes) => bytes,
                Err(DiffMistake::Git(message) | DiffMistake::Usage(message)) => {
                    let _ = writeln!(err, "{}", said_error(&message));
                    return None;
                }
            };
            // An encrypted file, as it was at that revision: opened in
            // memory as the file now is.
            let bytes = if campaign_dash::load::crypt::is_age(&bytes) {
                let opened = unlock_as_told(file, &bytes).and_then(|key| {
                    campaign_dash::load::crypt::decrypt(&bytes, &key).map_err(|e| e.to_string())
                });
                match opened {
                    Ok(plain) => plain.to_vec(),
                    Err(m) => {
                        let _ = writeln!(
                            err,
                            "{}",
                            said_error(&t!("cli-cannot-read", file = spec.as_str(), reason = m))
                        );
                        return None;
                    }
                }
            } else {
                bytes
            };
            let Ok(text) = String::from_utf8(bytes) else {
                let _ = writeln!(
                    err,
                    "{}",
                    said_error(&t!("cli-git-not-utf8", command = format!("show {spec}")))
                );
                return None;
            };
            let mut loaded = load::parse_str(&text, opts);
            let has_errors = loaded.has_errors();
            match loaded.campaign.take().filter(|_| !has_errors) {
                Some(c) => Some(c),
                None => {
                    load::write_report(&loaded, &side.name(), &text, color, present, err);
                    None
                }
            }
        }
    }
}

/// `diff`: the two sides loaded and compared, the changes written in words.
fn run_diff(
    (old, new): (&Side, &Side),
    format: Format,
    (opts, color, present): (&LoadOptions, bool, bool),
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CheckStatus {
    // As git's external diff, a version that does not load is said in
    // place of the changes, and the run succeeds: git stops at a failing
    // diff program, and `git log -p` would end there.
    let named = |side: &Side, prefix: &str| match side {
        Side::File(_, n) | Side::Nothing(n) => n.starts_with(prefix),
        Side::Git { .. } => false,
    };
    let for_git = named(old, "a/") && named(new, "b/");
    let (mut old_report, mut new_report) = (Vec::new(), Vec::new());
    let (old_c, new_c) = if for_git {
        (
            load_side(old, opts, false, present, &mut old_report),
            load_side(new, opts, false, present, &mut new_report),
        )
    } else {
        (
            load_side(old, opts, color, present, err),
            load_side(new, opts, color, present, err),
        )
    };
    let (Some(old_c), Some(new_c)) = (old_c, new_c) else {
        if !for_git {
            return CheckStatus::Failed;
        }
        for (side, report) in [(old, old_report), (new, new_report)] {
            if !report.is_empty() {
                let name = campaign_dash::sanitize::sanitize_line(&side.name()).into_owned();
                let _ = writeln!(out, "{}\n", t!("cli-side-not-loading", file = name));
                let _ = out.write_all(&report);
            }
        }
        return CheckStatus::Passed;
    };
    let changes = campaign_dash::query::changes::Changes::between(&old_c, &new_c);
    let (old_name, new_name) = (old.name(), new.name());
    let compared = campaign_dash::print::changes::Compared {
        old: &old_c,
        new: &new_c,
        old_name: &old_name,
        new_name: &new_name,
        present,
    };
    let text = campaign_dash::print::changes::render(&compared, &changes, format);
    match out.write_all(text.as_bytes()) {
        Ok(()) => CheckStatus::Passed,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => CheckStatus::Passed,
        Err(e) => {
            let _ = writeln!(
                err,
                "{}",
                said_error(&t!("cli-output-failed", reason = e.to_string()))
            );
            CheckStatus::Failed
        }
    }
}

/// Reads and parses FILE. A file that cannot be read at all (missing, a
/// folder, not permitted, too large) is reported on `err`, and nothing is
/// returned; a file that could be read is returned with what its load gave,
/// errors included.
fn read_campaign(
    file: &Path,
    opts: &LoadOptions,
    err: &mut dyn Write,
) -> Option<(String, load::Loaded)> {
    read_campaign_with(file, opts, &unlock_as_told, err)
}

/// [`read_campaign`], an encrypted file opened with `unlock`.
fn read_campaign_with(
    file: &Path,
    opts: &LoadOptions,
    unlock: load::Unlock<'_>,
    err: &mut dyn Write,
) -> Option<(String, load::Loaded)> {
    match load::load_file_unlocked(file, opts, Some(unlock)) {
        Ok(found) => Some(found),
        Err(load::ReadError::NotFound { .. }) if file.as_os_str() == DEFAULT_FILE => {
            let _ = writeln!(
                err,
                "{}",
                said_error(&t!("cli-no-default-file", file = DEFAULT_FILE))
            );
            None
        }
        Err(e) => {
            let _ = writeln!(err, "{}", e.report());
            None
        }
    }
}

/// `merge`: the three versions read and merged record by record, the
/// result written to OUT (atomically) or stdout, each conflict said on
/// stderr as `OUT:LINE: conflict: what`. Exit 1 with conflicts, when the
/// merged file does not load, or when a version cannot be merged (then
/// nothing is written, and git leaves OURS as it was).
fn run_merge(
    args: &cli::MergeArgs,
    (opts, color, present): (&LoadOptions, bool, bool),
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CheckStatus {
    use campaign_dash::load::merge::{Refused, Which};
    use campaign_dash::sanitize::sanitize_line;
    let paths = [&args.base, &args.ours, &args.theirs];
    let mut texts = Vec::with_capacity(3);
    for path in paths {
        match load::read_file(path) {
            Ok(text) => texts.push(text),
            Err(e) => {
                let _ = writeln!(err, "{}\n{}", e.report(), t!("cli-nothing-merged"));
                return CheckStatus::Failed;
            }
        }
    }
    let of = |which: Which| match which {
        Which::Base => 0,
        Which::Ours => 1,
        Which::Theirs => 2,
    };
    let merged = match load::merge::merge(&texts[0], &texts[1], &texts[2], opts) {
        Ok(m) => m,
        Err(Refused::Load(which, loaded)) => {
            let i = of(which);
            let name = shown_path(paths[i]);
            load::write_report(&loaded, &name, &texts[i], color, present, err);
            let _ = writeln!(
                err,
                "{}",
                said_error(&t!(
                    "cli-merge-side-broken",
                    side = which.name(),
                    file = name
                ))
            );
            return CheckStatus::Failed;
        }
        Err(Refused::Layout(which, why)) => {
            let _ = writeln!(
                err,
                "{}",
                said_error(&t!(
                    "cli-merge-layout",
                    side = which.name(),
                    file = shown_path(paths[of(which)]),
                    why = why.to_string()
                ))
            );
            return CheckStatus::Failed;
        }
    };
    let name = args
        .output
        .as_deref()
        .map_or_else(|| "<stdout>".to_owned(), shown_path);
    let written = match args.output.as_deref() {
        Some(path) => write_whole(path, merged.text.as_bytes()),
        None => out
            .write_all(merged.text.as_bytes())
            .map_err(|e| e.to_string()),
    };
    if let Err(e) = written {
        let _ = writeln!(
            err,
            "{}",
            said_error(&t!("cli-could-not-write", file = name.as_str(), reason = e))
        );
        return CheckStatus::Failed;
    }
    for c in &merged.conflicts {
        let _ = writeln!(
            err,
            "{name}:{}: conflict: {}",
            c.line,
            sanitize_line(&c.what)
        );
    }
    if !merged.conflicts.is_empty() {
        let n = merged.conflicts.len();
        let _ = writeln!(
            err,
            "{}",
            t!(
                "cli-conflicts-left",
                n = n,
                count = campaign_dash::text::thousands(n as u64),
                file = name.as_str()
            )
        );
        return CheckStatus::Failed;
    }
    let loaded = load::parse_str(&merged.text, opts);
    if loaded.has_errors() {
        load::write_report(&loaded, &name, &merged.text, color, present, err);
        let _ = writeln!(
            err,
            "{}",
            said_error(&t!("cli-merged-broken", file = name.as_str()))
        );
        return CheckStatus::Failed;
    }
    CheckStatus::Passed
}

/// How this run opens an encrypted campaign file: the command line's
/// identity files and passphrase command, set once at the start.
static OPENER: std::sync::OnceLock<(Vec<PathBuf>, Option<String>)> = std::sync::OnceLock::new();

/// [`unlock_key`] with this run's [`OPENER`]; the seal it opened with is
/// kept ([`OPENED`]).
fn unlock_as_told(path: &Path, bytes: &[u8]) -> Result<campaign_dash::load::crypt::Key, String> {
    let (identities, command) = OPENER.get_or_init(Default::default);
    let seal = open_seal(identities, command.as_deref(), path, bytes)?;
    let key = seal.key().map_err(|e| e.to_string())?;
    if let Ok(mut opened) = OPENED.lock() {
        *opened = Some((path.to_path_buf(), seal));
    }
    Ok(key)
}

/// The encrypted file `check` or `print` opened last, and what opened it:
/// its version is kept in the history encrypted again with it, without
/// asking for the passphrase twice.
static OPENED: std::sync::Mutex<Option<(PathBuf, campaign_dash::load::crypt::Seal)>> =
    std::sync::Mutex::new(None);

/// For what writes the campaign file (the dashboard, `log`): where it is
/// encrypted with age, what opens it and encrypts it again, asked for once
/// ([`OPENER`]); `Ok(None)` for a plaintext file; `Err` (said on `err`)
/// where there is nothing to open it with. Not opened here: the read that
/// follows opens it (once), and says a wrong passphrase as any file that
/// cannot be read.
fn seal_for(
    file: &Path,
    err: &mut dyn Write,
) -> Result<Option<campaign_dash::load::crypt::Seal>, ()> {
    let Ok(bytes) = load::read_bytes(file) else {
        // Said by the read that follows, as for any file.
        return Ok(None);
    };
    if !campaign_dash::load::crypt::is_age(&bytes) {
        return Ok(None);
    }
    let (identities, command) = OPENER.get_or_init(Default::default);
    open_seal(identities, command.as_deref(), file, &bytes)
        .map(Some)
        .map_err(|m| {
            let _ = writeln!(
                err,
                "{}",
                said_error(&t!("cli-cannot-read", file = shown_path(file), reason = m))
            );
        })
}

/// What opens the encrypted file at `path` (`bytes`) and encrypts it
/// again: for a passphrase file its passphrase (from `command` or asked on
/// the terminal), for one encrypted to keys the identity files named; or
/// why there is none, in words. One definition for `decrypt`, the
/// commands that read a campaign file and those that write one.
fn open_seal(
    identities: &[PathBuf],
    command: Option<&str>,
    path: &Path,
    bytes: &[u8],
) -> Result<campaign_dash::load::crypt::Seal, String> {
    use campaign_dash::load::crypt::{self, CryptError, Seal};
    if crypt::is_passphrase(bytes).map_err(|e| e.to_string())? {
        // An identity given for a passphrase file: said, not asked over.
        if !identities.is_empty() && command.is_none() {
            return Err(CryptError::NeedsPassphrase.to_string());
        }
        return passphrase(command, &shown_path(path), false).map(Seal::passphrase);
    }
    if identities.is_empty() {
        return Err(CryptError::NeedsIdentity.to_string());
    }
    let files = identities
        .iter()
        .map(|f| {
            let bytes = load::read_bytes(f).map_err(|e| e.to_string())?;
            crypt::parse_identities(&bytes).map_err(|m| format!("{}: {m}", shown_path(f)))?;
            Ok(zeroize::Zeroizing::new(bytes))
        })
        .collect::<Result<Vec<_>, String>>()?;
    Seal::identities(files)
}

/// The key of [`open_seal`], for a read alone.
fn unlock_key(
    identities: &[PathBuf],
    command: Option<&str>,
    path: &Path,
    bytes: &[u8],
) -> Result<campaign_dash::load::crypt::Key, String> {
    open_seal(identities, command, path, bytes)?
        .key()
        .map_err(|e| e.to_string())
}

/// A passphrase: from `--passphrase-command` (its output, one trailing
/// line break taken off) or asked on the terminal without echo (twice when
/// `confirm`). Never from an argument or the environment.
fn passphrase(
    command: Option<&str>,
    what: &str,
    confirm: bool,
) -> Result<age::secrecy::SecretString, String> {
    use zeroize::Zeroize;
    let mut text = match command {
        Some(cmd) => {
            let out = std::process::Command::new("sh")
                .arg("-c")
                .arg(cmd)
                .stdin(std::process::Stdio::inherit())
                .stderr(std::process::Stdio::inherit())
                .output()
                .map_err(|e| t!("cli-passphrase-command-not-run", reason = e.to_string()))?;
            let mut bytes = zeroize::Zeroizing::new(out.stdout);
            if !out.status.success() {
                return Err(t!(
                    "cli-passphrase-command-failed",
                    status = out.status.to_string()
                ));
            }
            if bytes.ends_with(b"\n") {
                bytes.pop();
                if bytes.ends_with(b"\r") {
                    bytes.pop();
                }
            }
            String::from_utf8(std::mem::take(&mut *bytes))
                .map_err(|_| t!("cli-passphrase-not-utf8"))?
        }
        None => {
            let asked =
                rpassword::prompt_password(format!("{}: ", t!("cli-passphrase-for", file = what)))
                    .map_err(|_| t!("cli-passphrase-no-terminal"))?;
            if confirm {
                let mut again =
                    rpassword::prompt_password(format!("{}: ", t!("cli-passphrase-again")))
                        .map_err(|e| t!("cli-passphrase-unreadable", reason = e.to_string()))?;
                let same = again == asked;
                again.zeroize();
                if !same {
                    let mut asked = asked;
                    asked.zeroize();
                    return Err(t!("cli-passphrases-differ"));
                }
            }
            asked
        }
    };
    if text.is_empty() {
        text.zeroize();
        return Err(t!("cli-passphrase-empty"));
    }
    Ok(age::secrecy::SecretString::from(text))
}

/// Whom `encrypt` (or `import -o X.age`) encrypts to: the passphrase
/// (asked twice, or from its command) or the public keys given; an error
/// in words where there are none or one is wrong.
fn seal_to(
    to: &cli::SealArgs,
    out_name: &str,
) -> Result<campaign_dash::load::crypt::Recipients, String> {
    use campaign_dash::load::crypt::{self, Recipients};
    if to.passphrase {
        return passphrase(to.ask.passphrase_command.as_deref(), out_name, true)
            .map(Recipients::Passphrase);
    }
    let mut keys: crypt::PublicKeys = Vec::new();
    for r in &to.recipients {
        keys.push(Box::new(crypt::parse_recipient(r)?));
    }
    for f in &to.recipients_files {
        let t = load::read_file(f).map_err(|e| e.report())?;
        let mut k = crypt::parse_recipients(&t).map_err(|m| format!("{}: {m}", shown_path(f)))?;
        if k.is_empty() {
            return Err(t!("cli-no-public-key", file = shown_path(f)));
        }
        keys.append(&mut k);
    }
    if keys.is_empty() {
        return Err(t!("cli-encrypt-to-whom"));
    }
    Ok(Recipients::Keys(keys))
}

/// Writes `plain` encrypted to `to` at `out`, and for public keys the list
/// of them beside it (`OUT.recipients`: whom the dashboard and `log`
/// encrypt it to again when they write to it).
fn write_encrypted(
    out: &Path,
    plain: &[u8],
    args: &cli::SealArgs,
    to: &campaign_dash::load::crypt::Recipients,
) -> Result<(), String> {
    use campaign_dash::load::crypt;
    let sealed = crypt::encrypt(plain, to)
        .map_err(|e| t!("cli-could-not-encrypt", reason = e.to_string()))?;
    if let crypt::Recipients::Keys(_) = to {
        let listed = crypt::recipients_path(out);
        let mut text = String::from(
            "# The public keys this campaign file is encrypted to, one a line (as age -R\n\
             # reads it): campaign-dash encrypts it to them again when it writes to it.\n",
        );
        let mut add = |line: &str| {
            text.push_str(line.trim());
            text.push('\n');
        };
        args.recipients.iter().for_each(|r| add(r));
        for f in &args.recipients_files {
            if let Ok(t) = load::read_file(f) {
                t.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .for_each(&mut add);
            }
        }
        write_whole(&listed, text.as_bytes()).map_err(|e| could_not_write(&listed, &e))?;
    }
    write_whole(out, &sealed).map_err(|e| could_not_write(out, &e))
}

/// `encrypt`: the campaign file (which must load) encrypted with age to
/// the keys given or a passphrase, written to FILE.age or OUT (never over
/// a file unless forced). The plaintext is left, with a word about it.
fn run_encrypt(
    args: &cli::EncryptArgs,
    opts: &LoadOptions,
    color: bool,
    err: &mut dyn Write,
) -> CheckStatus {
    use campaign_dash::load::crypt;
    let fail = |err: &mut dyn Write, message: &str| {
        let _ = writeln!(err, "{}", said_error(message));
        CheckStatus::Failed
    };
    let Some((text, loaded)) = read_campaign(&args.file, opts, err) else {
        return CheckStatus::Failed;
    };
    let name = shown_path(&args.file);
    if loaded.has_errors() {
        load::write_report(&loaded, &name, &text, color, false, err);
        return fail(err, &t!("cli-not-encrypted", file = name.as_str()));
    }
    let out_path = args.output.clone().unwrap_or_else(|| {
        let mut p = args.file.clone().into_os_string();
        p.push(".age");
        PathBuf::from(p)
    });
    let out_name = shown_path(&out_path);
    if out_path.exists() && !args.force {
        return fail(err, &t!("cli-exists", file = out_name.as_str()));
    }
    let to = match seal_to(&args.to, &out_name) {
        Ok(to) => to,
        Err(m) => return fail(err, &m),
    };
    if let Err(m) = write_encrypted(&out_path, text.as_bytes(), &args.to, &to) {
        return fail(err, &m);
    }
    let said = match &to {
        crypt::Recipients::Passphrase(_) => t!(
            "cli-encrypted-passphrase",
            out = out_name.as_str(),
            file = name.as_str()
        ),
        crypt::Recipients::Keys(k) => t!(
            "cli-encrypted-keys",
            out = out_name.as_str(),
            file = name.as_str(),
            n = k.len(),
            count = campaign_dash::text::thousands(k.len() as u64)
        ),
    };
    let _ = writeln!(err, "{said}");
    CheckStatus::Passed
}

/// `decrypt`: an age-encrypted campaign file opened with a passphrase or
/// the identities given, the plaintext to OUT (created readable by its
/// owner only, never over a file unless forced) or to a pipe, never to a
/// terminal. One sentence and exit 1 when it does not open.
fn run_decrypt(
    args: &cli::DecryptArgs,
    stdout_tty: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CheckStatus {
    use campaign_dash::load::crypt;
    let name = shown_path(&args.file);
    let fail = |err: &mut dyn Write, message: &str| {
        let _ = writeln!(err, "{}", said_error(message));
        CheckStatus::Failed
    };
    if args.output.is_none() && stdout_tty {
        return fail(err, &t!("cli-plaintext-terminal"));
    }
    if let Some(o) = &args.output
        && o.exists()
        && !args.force
    {
        return fail(err, &t!("cli-exists", file = shown_path(o)));
    }
    let bytes = match load::read_bytes(&args.file) {
        Ok(b) => b,
        Err(e) => return fail(err, &e.report()),
    };
    let key = match unlock_key(
        &args.identities,
        args.ask.passphrase_command.as_deref(),
        &args.file,
        &bytes,
    ) {
        Ok(k) => k,
        Err(m) => {
            return fail(
                err,
                &t!("cli-cannot-decrypt", file = name.as_str(), reason = m),
            );
        }
    };
    let plain = match crypt::decrypt(&bytes, &key) {
        Ok(p) => p,
        Err(e) => {
            return fail(
                err,
                &t!(
                    "cli-cannot-decrypt",
                    file = name.as_str(),
                    reason = e.to_string()
                ),
            );
        }
    };
    match &args.output {
        Some(o) => match write_private(o, &plain) {
            Ok(()) => {
                let _ = writeln!(
                    err,
                    "{}",
                    t!("cli-decrypted", out = shown_path(o), file = name.as_str())
                );
                CheckStatus::Passed
            }
            Err(e) => fail(err, &could_not_write(o, &e)),
        },
        None => match out.write_all(&plain) {
            Ok(()) => CheckStatus::Passed,
            Err(_) => CheckStatus::Failed,
        },
    }
}

/// `strip` (and `print --strip`): FILE loaded, its sensitive fields and
/// comments left out, the result checked (it loads, with every shown field
/// as it was and no sensitive one) and written to OUT (never over a file
/// unless forced) or stdout.
fn run_strip(
    file: &Path,
    to: Option<(&Path, bool)>,
    opts: &LoadOptions,
    color: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CheckStatus {
    let Some((text, mut loaded)) = read_campaign(file, opts, err) else {
        return CheckStatus::Failed;
    };
    let Some(campaign) = loaded.campaign.take().filter(|_| !loaded.has_errors()) else {
        load::write_report(&loaded, &shown_path(file), &text, color, false, err);
        return CheckStatus::Failed;
    };
    if let Some((path, false)) = to
        && path.exists()
    {
        let _ = writeln!(
            err,
            "{}",
            said_error(&t!("cli-exists", file = shown_path(path)))
        );
        return CheckStatus::Failed;
    }
    let today = campaign.today(opts.today, opts.system_today);
    let stripped =
        campaign_dash::present::stripped_file(&campaign, today, &file.display().to_string());
    // Checked before it is written: it loads, shows what the file shows,
    // and holds nothing presentation mode hides.
    let again = load::parse_str(&stripped, opts);
    let sound = again.campaign.as_ref().is_some_and(|c| {
        !again.has_errors()
            && campaign_dash::present::is_stripped(c)
            && campaign_dash::query::changes::Changes::between_shown(&campaign, c).is_empty()
    });
    if !sound {
        let _ = writeln!(err, "{}", said_error(&t!("cli-strip-unsound")));
        return CheckStatus::Failed;
    }
    match to {
        Some((path, _)) => match write_whole(path, stripped.as_bytes()) {
            Ok(()) => {
                let n = campaign.prisoners.len();
                let _ = writeln!(
                    err,
                    "{}",
                    t!(
                        "cli-stripped",
                        out = shown_path(path),
                        n = n,
                        count = campaign_dash::text::thousands(n as u64),
                        hidden = campaign_dash::present::hidden_said()
                    )
                );
                CheckStatus::Passed
            }
            Err(e) => {
                let _ = writeln!(err, "{}", said_error(&could_not_write(path, &e)));
                CheckStatus::Failed
            }
        },
        None => match out.write_all(stripped.as_bytes()) {
            Ok(()) => CheckStatus::Passed,
            Err(_) => CheckStatus::Failed,
        },
    }
}

/// Writes `bytes` to `path` whole or not at all: a file there is replaced
/// atomically (its mode kept), a new one renamed into place once written.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if path.exists() {
        return load::write::replace(path, bytes).map_err(|e| e.to_string());
    }
    write_private(path, bytes)
}

/// Writes `bytes` to a new file readable by its owner only, renamed into
/// place once written (over a file there: its mode is not kept).
fn write_private(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(folder).map_err(|e| e.to_string())?;
    temp.write_all(bytes).map_err(|e| e.to_string())?;
    temp.as_file().sync_all().map_err(|e| e.to_string())?;
    temp.persist(path).map_err(|e| e.error.to_string())?;
    Ok(())
}

/// A command-line mistake of `print`'s options, if there is one: `--view
/// all` but for xlsx, `--raw` and `--bom` but for csv, a workbook for a
/// terminal, the campaign file as the output.
fn print_mistake(args: &cli::PrintArgs, views: usize, stdout_tty: bool) -> Option<String> {
    let evening = args.view.is_evening();
    if evening && !matches!(args.format, Format::Text | Format::Pdf) {
        return Some(t!("cli-print-evening-format", view = args.view.to_string()));
    }
    if args.format == Format::Pdf && !evening {
        return Some(t!("cli-print-pdf-views"));
    }
    if (args.labels.is_some() || args.envelope.is_some())
        && (args.view != cli::Views::Envelopes || args.format != Format::Pdf)
    {
        return Some(t!("cli-print-labels"));
    }
    if args.format == Format::Pdf && args.output.is_none() && stdout_tty {
        return Some(t!("cli-print-pdf-terminal"));
    }
    if views > 1 && args.format != Format::Xlsx {
        return Some(t!("cli-print-all-xlsx"));
    }
    if views > 1 && (args.filter.is_some() || args.sort.is_some()) {
        return Some(t!("cli-print-all-filter"));
    }
    if (args.raw || args.bom) && args.format != Format::Csv {
        return Some(t!("cli-print-raw-csv"));
    }
    if args.format == Format::Xlsx && args.output.is_none() && stdout_tty {
        return Some(t!("cli-print-xlsx-terminal"));
    }
    if let Some(output) = &args.output
        && same_file(output, &args.file)
    {
        return Some(t!("cli-print-over-campaign", file = shown_path(output)));
    }
    None
}

/// The history of `file`, or why there is none (said on `err`).
fn history_of(file: &Path, err: &mut dyn Write) -> Option<load::history::History> {
    let Some(root) = HISTORY.get().cloned().flatten() else {
        let _ = writeln!(err, "{}", said_error(&t!("history-off")));
        return None;
    };
    match load::history::History::of(&root, file) {
        Ok(h) => Some(h),
        Err(e) => {
            let _ = writeln!(
                err,
                "{}",
                said_error(&t!(
                    "cli-cannot-read",
                    file = shown_path(file),
                    reason = e.to_string()
                ))
            );
            None
        }
    }
}

/// `history`: the versions kept, oldest first, numbered back from the
/// latest as `restore --at N` takes them, each with what changed from the
/// one before (record by record, as `diff` compares).
fn run_history(
    file: &Path,
    opts: &LoadOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CheckStatus {
    let Some(history) = history_of(file, err) else {
        return CheckStatus::Failed;
    };
    let entries = match history.list() {
        Ok(e) => e,
        Err(e) => {
            let _ = writeln!(err, "{}", said_error(&e.to_string()));
            return CheckStatus::Failed;
        }
    };
    let name = shown_path(file);
    if entries.is_empty() {
        let _ = writeln!(out, "{}", t!("history-none", file = name.as_str()));
        return CheckStatus::Passed;
    }
    let _ = writeln!(
        out,
        "{}",
        t!(
            "history-head",
            file = name.as_str(),
            n = entries.len(),
            count = campaign_dash::text::thousands(entries.len() as u64),
            dir = shown_path(history.dir())
        )
    );
    let mut before: Option<Campaign> = None;
    let total = entries.len();
    for (i, e) in entries.iter().enumerate() {
        let campaign = (!e.sealed)
            .then(|| history.read(e).ok())
            .flatten()
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|t| load::parse_str(&t, opts).campaign);
        let what = match (&before, &campaign) {
            _ if e.sealed => t!("history-sealed"),
            (_, None) => t!("history-unreadable"),
            (None, Some(_)) if i == 0 => t!("history-first"),
            (None, Some(_)) => t!("history-unreadable"),
            (Some(old), Some(new)) => {
                let (added, changed, removed, info) =
                    campaign_dash::query::changes::Changes::between(old, new).counts();
                if added + changed + removed == 0 && !info {
                    t!("history-no-record")
                } else {
                    t!(
                        "history-changes",
                        added = added,
                        changed = changed,
                        removed = removed
                    )
                }
            }
        };
        let local = e.at.with_timezone(&chrono::Local);
        let _ = writeln!(
            out,
            "{:>4}  {}  {:>12}  {:>8}  {what}",
            total - i,
            local.format("%Y-%m-%d %H:%M:%S"),
            t!(
                "history-bytes",
                size = campaign_dash::text::thousands(e.size)
            ),
            t!(
                "history-records",
                records = campaign_dash::text::thousands(e.records as u64)
            ),
        );
        before = campaign;
    }
    let _ = writeln!(out, "{}", t!("history-how", file = name.as_str()));
    CheckStatus::Passed
}

/// `restore`: the version `--at` names (N back from the latest, or a time
/// `history` lists) written whole to OUT, or over FILE with `--force`.
fn run_restore(
    file: &Path,
    at: &str,
    output: Option<&Path>,
    force: bool,
    err: &mut dyn Write,
) -> CheckStatus {
    let Some(history) = history_of(file, err) else {
        return CheckStatus::Failed;
    };
    let entries = history.list().unwrap_or_default();
    let name = shown_path(file);
    let found = match at.trim().parse::<usize>() {
        Ok(n) if n >= 1 => entries.len().checked_sub(n).and_then(|i| entries.get(i)),
        _ => {
            // A time as `history` writes it, or the start of one (the
            // latest saved then).
            let wanted: String = at.trim().chars().filter(|c| c.is_ascii_digit()).collect();
            entries.iter().rev().find(|e| {
                let local = e.at.with_timezone(&chrono::Local);
                let digits: String = local.format("%Y%m%d%H%M%S").to_string();
                !wanted.is_empty() && digits.starts_with(&wanted)
            })
        }
    };
    let Some(entry) = found else {
        let _ = writeln!(
            err,
            "{}",
            said_error(&t!(
                "restore-no-such",
                at = campaign_dash::sanitize::sanitize_line(at).into_owned(),
                file = name.as_str(),
                n = entries.len(),
                count = campaign_dash::text::thousands(entries.len() as u64)
            ))
        );
        return CheckStatus::Failed;
    };
    let target = output.unwrap_or(file);
    if target.exists() && !force {
        let _ = writeln!(
            err,
            "{}",
            said_error(&t!("cli-exists", file = shown_path(target)))
        );
        return CheckStatus::Failed;
    }
    let bytes = match history.read(entry) {
        Ok(b) => b,
        Err(e) => {
            let _ = writeln!(err, "{}", said_error(&e.to_string()));
            return CheckStatus::Failed;
        }
    };
    if let Err(e) = write_whole(target, &bytes) {
        let _ = writeln!(err, "{}", said_error(&could_not_write(target, &e)));
        return CheckStatus::Failed;
    }
    let local = entry.at.with_timezone(&chrono::Local);
    let _ = writeln!(
        err,
        "{}",
        t!(
            "restore-written",
            out = shown_path(target),
            time = local.format("%Y-%m-%d %H:%M:%S").to_string(),
            records = campaign_dash::text::thousands(entry.records as u64)
        )
    );
    CheckStatus::Passed
}

/// "error: MESSAGE", the word in the language.
fn said_error(message: &str) -> String {
    format!("{}: {message}", t!("check-error"))
}

/// "could not write PATH: REASON", in the language.
fn could_not_write(path: &Path, reason: &dyn std::fmt::Display) -> String {
    t!(
        "cli-could-not-write",
        file = shown_path(path),
        reason = reason.to_string()
    )
}

/// A path as a message shows it: one line, made safe for a terminal.
fn shown_path(p: &Path) -> String {
    campaign_dash::sanitize::sanitize_line(&p.display().to_string()).into_owned()
}

/// True when `a` and `b` name one existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Where `print` writes, and which views (more than one for a workbook).
struct Output<'a> {
    /// `-o FILE`; stdout without it.
    path: Option<&'a Path>,
    views: &'a [View],
    /// `-q`: nothing on stderr but errors.
    quiet: bool,
}

/// `print`, and the overview without a terminal: the view on stdout (or
/// in the file of `-o`), problems on stderr.
#[allow(clippy::too_many_arguments)]
fn run_print(
    file: &Path,
    shared: &Shared,
    opts: &LoadOptions,
    mut p: print::Options,
    to: Output<'_>,
    err_color: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CheckStatus {
    let Some((mut campaign, _)) = load_campaign(file, opts, err_color, p.present, !to.quiet, err)
    else {
        return CheckStatus::Failed;
    };
    if p.present {
        // Taken out before anything is derived: nothing can show or match them.
        let today = campaign.today(opts.today, opts.system_today);
        campaign_dash::present::strip(&mut campaign, today);
    }
    // The search index is built only for a filter or a sort.
    let derived = Derived::first(&campaign, campaign.today(opts.today, opts.system_today));
    p.today_source = print::today_source(&campaign, opts.today);
    p.color = shared.color() == ColorChoice::Always;
    let failed = |e: &print::WriteFailure, err: &mut dyn Write| {
        let _ = match e {
            print::WriteFailure::Build(message) => writeln!(
                err,
                "{}",
                said_error(&campaign_dash::sanitize::sanitize_line(message))
            ),
            print::WriteFailure::Io(e) => writeln!(
                err,
                "{}",
                said_error(&t!("cli-output-failed", reason = e.to_string()))
            ),
        };
        CheckStatus::Failed
    };
    if let Some(path) = to.path {
        // Into a temporary file beside it, renamed over it once whole: a
        // failure leaves no half-written output.
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("."));
        let temp = match tempfile::NamedTempFile::new_in(folder) {
            Ok(t) => t,
            Err(e) => {
                let _ = writeln!(err, "{}", said_error(&could_not_write(path, &e)));
                return CheckStatus::Failed;
            }
        };
        let mut w = std::io::BufWriter::new(temp.as_file());
        if let Err(e) = print::write(&campaign, &derived, &p, to.views, &mut w) {
            return match e {
                print::WriteFailure::Io(e) => {
                    let _ = writeln!(err, "{}", said_error(&could_not_write(path, &e)));
                    CheckStatus::Failed
                }
                e => failed(&e, err),
            };
        }
        drop(w);
        return match temp.persist(path) {
            Ok(_) => CheckStatus::Passed,
            Err(e) => {
                let _ = writeln!(err, "{}", said_error(&could_not_write(path, &e.error)));
                CheckStatus::Failed
            }
        };
    }
    let mut w = std::io::BufWriter::new(out);
    match print::write(&campaign, &derived, &p, to.views, &mut w) {
        Ok(()) => CheckStatus::Passed,
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        Err(print::WriteFailure::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            CheckStatus::Passed
        }
        Err(e) => failed(&e, err),
    }
}

/// `import`: reads the list, writes the new campaign file (to `-o FILE`,
/// which must not exist, or to stdout), the cells left out on stderr.
/// Exit 1 when the list cannot be read, or with `--strict` when a cell was
/// left out (then nothing is written).
fn run_import(args: &cli::ImportArgs, out: &mut dyn Write, err: &mut dyn Write) -> CheckStatus {
    let name = args
        .file
        .iter()
        .map(|f| shown_path(f))
        .collect::<Vec<_>>()
        .join(", ");
    if let Some(output) = &args.output
        && output.exists()
    {
        let _ = writeln!(
            err,
            "{}",
            said_error(&t!("cli-import-exists", file = shown_path(output)))
        );
        return CheckStatus::Failed;
    }
    // A new file named .age is written encrypted, never in plaintext: whom
    // to is asked before the list is read.
    let sealed = args
        .output
        .as_deref()
        .filter(|o| o.extension().is_some_and(|e| e == "age"))
        .map(|o| seal_to(&args.to, &shown_path(o)));
    let sealed = match sealed {
        Some(Err(m)) => {
            let _ = writeln!(err, "{}", said_error(&m));
            return CheckStatus::Failed;
        }
        Some(Ok(to)) => Some(to),
        None if args.to.passphrase
            || !args.to.recipients.is_empty()
            || !args.to.recipients_files.is_empty() =>
        {
            let _ = writeln!(err, "{}", said_error(&t!("cli-import-seal-needs-age")));
            return CheckStatus::Failed;
        }
        None => None,
    };
    let mut sources = Vec::with_capacity(args.file.len());
    for file in &args.file {
        match load::read_bytes(file) {
            Ok(bytes) => sources.push(campaign_dash::import::Source {
                file: file.display().to_string(),
                bytes,
            }),
            Err(e) => {
                let _ = writeln!(err, "{}", e.report());
                return CheckStatus::Failed;
            }
        }
    }
    let opts = campaign_dash::import::Options {
        name: args.name.clone(),
        maps: args.map.clone(),
        keep_names: args.keep_names,
    };
    let imported = match campaign_dash::import::import_all(sources, &opts) {
        Ok(imported) => imported,
        Err(message) => {
            let message = campaign_dash::sanitize::sanitize(&message);
            let _ = writeln!(err, "{name}: {}", said_error(&message));
            return CheckStatus::Failed;
        }
    };
    for p in &imported.problems {
        let _ = writeln!(err, "{}", p.render(args.strict));
    }
    if args.strict && !imported.problems.is_empty() {
        let _ = writeln!(
            err,
            "{}",
            t!(
                "cli-import-strict",
                file = name.as_str(),
                errors = campaign_dash::text::errors(imported.warnings)
            )
        );
        return CheckStatus::Failed;
    }
    // Every text in it is escaped or made visible: safe on a terminal too.
    let text = &imported.text;
    let written = match (&args.output, &sealed) {
        (Some(path), Some(to)) => {
            write_encrypted(path, text.as_bytes(), &args.to, to).map_err(std::io::Error::other)
        }
        (Some(path), None) => std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .and_then(|mut f| f.write_all(text.as_bytes())),
        (None, _) => out.write_all(text.as_bytes()).and_then(|()| out.flush()),
    };
    if let Err(e) = written {
        let place = args
            .output
            .as_deref()
            .map_or("stdout".to_owned(), shown_path);
        let _ = writeln!(
            err,
            "{}",
            said_error(&t!(
                "cli-could-not-write",
                file = place,
                reason = e.to_string()
            ))
        );
        return CheckStatus::Failed;
    }
    let mut said = t!(
        "cli-imported",
        file = name.as_str(),
        counted = imported.counted.as_str(),
        read_as = imported.read_as.as_str()
    );
    if imported.warnings > 0 {
        said.push_str("; ");
        said.push_str(&t!(
            "cli-imported-warnings",
            warnings = campaign_dash::text::warnings(imported.warnings)
        ));
    }
    if let Some(p) = args.output.as_deref() {
        said.push_str("; ");
        said.push_str(&t!("cli-imported-written", file = shown_path(p)));
    }
    let _ = writeln!(err, "{said}");
    CheckStatus::Passed
}

/// Where the settings file is: the one named, else the default place.
fn settings_path(named: Option<&Path>) -> Option<PathBuf> {
    named.map(Path::to_path_buf).or_else(|| {
        config::default_path(
            std::env::var_os("XDG_CONFIG_HOME"),
            std::env::var_os("HOME"),
        )
    })
}

/// What every command that loads a campaign takes from the settings file,
/// read once: `retention_warnings` (on where there is no settings file,
/// or it cannot be read: the dashboard and `config` report its problems)
/// `identity` (`~/` taken as the home folder) and `lang`.
fn load_settings(
    named: Option<&Path>,
) -> (
    bool,
    Option<PathBuf>,
    Option<campaign_dash::i18n::Lang>,
    bool,
) {
    let Ok(Some((_, _, checked))) = read_settings(named) else {
        return (true, None, None, true);
    };
    let identity = checked.settings.identity.map(|path| {
        match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
            (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
            _ => PathBuf::from(path),
        }
    });
    (
        checked.settings.retention_warnings,
        identity,
        checked.settings.lang,
        checked.settings.history,
    )
}

/// The history folder of this run ([`campaign_dash::load::history::root`]);
/// `None` with `history = false` or no home folder.
static HISTORY: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();

/// Keeps a version of `file` that `check` or `print` loaded without errors
/// (`text`) in the history, an encrypted file's encrypted again with what
/// opened it. A warning when it could not be written, the first time only;
/// the command goes on.
fn keep_version(file: &Path, text: &str, c: &Campaign) -> Option<String> {
    static FAILED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let root = HISTORY.get()?.as_ref()?;
    let mut head = [0u8; 32];
    let n = std::fs::File::open(file)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .ok()?;
    let seal = if load::crypt::is_age(&head[..n]) {
        let opened = OPENED.lock().ok()?;
        match opened.as_ref() {
            Some((path, seal)) if path == file => Some(seal.clone()),
            // Not opened by this run (nothing to encrypt it again with).
            _ => return None,
        }
    } else {
        None
    };
    let failed = load::history::keep(
        root,
        file,
        text,
        c.record_count(),
        seal.as_ref(),
        chrono::Utc::now(),
    )
    .err()?;
    (!FAILED.swap(true, std::sync::atomic::Ordering::Relaxed)).then(|| {
        format!(
            "{}: {}",
            t!("check-warning"),
            t!(
                "say-history-failed",
                why = campaign_dash::sanitize::sanitize_line(&failed).into_owned()
            )
        )
    })
}

/// The settings file read and checked: its name, text and what it gives;
/// `Ok(None)` when there is none at the default place (a file named with
/// `--config` must be there), `Err` with the reason it cannot be read.
fn read_settings(
    named: Option<&Path>,
) -> Result<Option<(String, String, config::Checked)>, String> {
    let Some(path) = settings_path(named) else {
        return Ok(None);
    };
    let name = path.display().to_string();
    match load::read_file(&path) {
        Ok(text) => {
            let checked = config::parse(&text);
            Ok(Some((name, text, checked)))
        }
        Err(load::ReadError::NotFound { .. }) if named.is_none() => Ok(None),
        Err(e) => Err(e.report_as(load::FileRole::Settings)),
    }
}

/// Writes the problems of a settings file as `check` writes a campaign's,
/// then a summary line.
fn report_settings(
    name: &str,
    text: &str,
    checked: &config::Checked,
    color: bool,
    out: &mut dyn Write,
) {
    for shown in load::render_problems(&checked.problems, name, text, color) {
        let _ = writeln!(out, "{shown}");
    }
    let shown = campaign_dash::sanitize::sanitize_line(name);
    let warnings = checked.problems.len() - checked.errors();
    let _ = if checked.problems.is_empty() {
        writeln!(out, "{}", t!("check-summary-clean", file = shown))
    } else {
        writeln!(
            out,
            "{}",
            t!(
                "settings-summary",
                file = shown,
                errors = campaign_dash::text::errors(checked.errors()),
                warnings = campaign_dash::text::warnings(warnings)
            )
        )
    };
}

/// `config`: checks the settings file (exit 1 when it has errors).
fn run_config(
    named: Option<&Path>,
    color: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CheckStatus {
    match read_settings(named) {
        Ok(Some((name, text, checked))) => {
            report_settings(&name, &text, &checked, color, out);
            if checked.errors() > 0 {
                CheckStatus::Failed
            } else {
                CheckStatus::Passed
            }
        }
        Ok(None) => {
            let place = settings_path(None).map_or_else(
                || "~/.config/campaign-dash/config.toml".to_owned(),
                |p| p.display().to_string(),
            );
            let place = campaign_dash::sanitize::sanitize_line(&place).into_owned();
            let _ = writeln!(out, "{}", t!("settings-none", place = place));
            CheckStatus::Passed
        }
        Err(report) => {
            let _ = writeln!(err, "{report}");
            CheckStatus::Failed
        }
    }
}

/// `log`: loads FILE (a file with errors is reported as `check` reports it,
/// and not written to), makes the edits asked, and writes them as
/// [`load::write::commit`] does, each said as `FILE:LINE: what`. Exit 1
/// when nothing was written.
fn run_log(
    args: &cli::LogArgs,
    opts: &LoadOptions,
    err_color: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CheckStatus {
    let name = shown_path(&args.file);
    let Ok(seal) = seal_for(&args.file, err) else {
        return CheckStatus::Failed;
    };
    let unlock = |p: &Path, b: &[u8]| match &seal {
        Some(seal) => seal.key().map_err(|e| e.to_string()),
        None => unlock_as_told(p, b),
    };
    let Some((text, mut loaded)) = read_campaign_with(&args.file, opts, &unlock, err) else {
        return CheckStatus::Failed;
    };
    let Some(campaign) = loaded.campaign.take().filter(|_| !loaded.has_errors()) else {
        load::write_report(&loaded, &name, &text, err_color, false, err);
        let _ = writeln!(
            err,
            "{}",
            said_error(&t!("cli-log-has-errors", file = name.as_str()))
        );
        return CheckStatus::Failed;
    };
    let version = load::write::Version::of(&text);
    drop(text);
    let today = campaign.today(opts.today, opts.system_today);
    // The search index only if a filter picks the prisoners.
    let derived = campaign_dash::query::Derived::first(&campaign, today);
    let edits = match campaign_dash::record::log_edits(&args.what, &campaign, &derived, today) {
        Ok(edits) => edits,
        Err(message) => {
            let _ = writeln!(err, "{}", said_error(&message));
            return CheckStatus::Failed;
        }
    };
    drop((campaign, derived));
    match load::write::commit(&args.file, version, &edits, opts, seal.as_ref()) {
        Ok(written) => {
            for (edit, line) in edits.iter().zip(&written.lines) {
                let what = campaign_dash::sanitize::sanitize_line(&edit.describe()).into_owned();
                let _ = writeln!(out, "{name}:{line}: {what}");
            }
            CheckStatus::Passed
        }
        Err(load::write::WriteError::Invalid(refusals)) => {
            for r in &refusals {
                let option = r
                    .key
                    .as_deref()
                    .map(|k| format!("--{k}: "))
                    .unwrap_or_default();
                let help = r
                    .help
                    .as_deref()
                    .map(|h| format!(" ({h})"))
                    .unwrap_or_default();
                let message = campaign_dash::sanitize::sanitize_line(&r.message).into_owned();
                let _ = writeln!(err, "{}", said_error(&format!("{option}{message}{help}")));
            }
            let _ = writeln!(
                err,
                "{}",
                said_error(&t!("cli-log-nothing-written", file = name.as_str()))
            );
            CheckStatus::Failed
        }
        Err(e) => {
            let _ = writeln!(err, "{}", said_error(&e.to_string()));
            CheckStatus::Failed
        }
    }
}

/// Without a subcommand, on a terminal: open the dashboard on FILE. A file
/// with errors opens on its Problems view, and the dashboard shows the
/// campaign once the file is saved fixed. A file that cannot be read at all
/// (missing, a folder, not permitted) is reported, exit 1.
fn open_dashboard(
    cli: &Cli,
    opts: &LoadOptions,
    color: bool,
    err_color: bool,
    err: &mut dyn Write,
) -> CheckStatus {
    // A settings file with problems is reported (here, and in the status
    // bar) and what is wrong in it left out: it never stops the dashboard.
    let (settings, settings_note) = match read_settings(cli.config.as_deref()) {
        Ok(Some((name, text, checked))) => {
            let note = (!checked.problems.is_empty()).then(|| {
                report_settings(&name, &text, &checked, err_color, err);
                t!(
                    "settings-left-out",
                    n = checked.problems.len(),
                    count = campaign_dash::text::thousands(checked.problems.len() as u64)
                )
            });
            (checked.settings, note)
        }
        Ok(None) => (config::Settings::default(), None),
        Err(report) => {
            let _ = writeln!(err, "{report}");
            (config::Settings::default(), Some(t!("settings-unreadable")))
        }
    };
    let present = cli.shared.present || settings.present;
    let Ok(seal) = seal_for(&cli.file, err) else {
        return CheckStatus::Failed;
    };
    let unlock = |p: &Path, b: &[u8]| match &seal {
        Some(seal) => seal.key().map_err(|e| e.to_string()),
        None => unlock_as_told(p, b),
    };
    let Some((text, mut loaded)) = read_campaign_with(&cli.file, opts, &unlock, err) else {
        return CheckStatus::Failed;
    };
    let report = Report::new(&loaded, &cli.file.display().to_string(), &text);
    let file_version = load::write::Version::of(&text);
    // Taken, not cloned: a 20k-record campaign is tens of megabytes. A file
    // with errors gives an empty campaign, shown as waiting for a fix.
    let (mut campaign, broken) = match loaded.campaign.take() {
        Some(campaign) if !loaded.has_errors() => (campaign, false),
        _ => (Campaign::default(), true),
    };
    drop(loaded);
    // Taken out before anything is derived, once.
    let hidden = present.then(|| {
        let today = campaign.today(opts.today, opts.system_today);
        campaign_dash::present::strip(&mut campaign, today)
    });
    // A sync client's conflicted copy beside the file, said at once.
    let copies: Vec<String> = if broken {
        Vec::new()
    } else {
        campaign_dash::tui::copy_notes(&cli.file, &campaign, opts)
            .into_iter()
            .map(|c| c.short)
            .collect()
    };
    // The first screen without the search index: the event loop has it
    // built by a worker meanwhile (a filter or sort typed waits for it).
    let mut app = App::first(
        campaign,
        cli.file.display().to_string(),
        opts.today,
        opts.system_today,
    );
    app.color = color;
    app.file_version = (!broken).then_some(file_version);
    // Kept (moved, not copied) for `R`: the version shown, written back
    // over a file that an editor or a sync client emptied or broke.
    app.shown_text = (!broken).then(|| std::sync::Arc::new(text));
    app.keys = std::sync::Arc::new(settings.keys);
    app.palette = settings.palette;
    app.chosen_columns = settings.columns;
    app.retention = opts.retention;
    app.seal = seal.map(std::sync::Arc::new);
    // `%` draws differently each session: from the clock and the process.
    let clock = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    app.seed(clock ^ u64::from(std::process::id()).rotate_left(32));
    let since_setting = settings.since;
    let notes: Vec<String> = copies.into_iter().chain(settings_note).collect();
    app.message = (!notes.is_empty()).then(|| notes.join(" · "));
    if let Some(hidden) = hidden {
        app.present_stripped(hidden);
    }
    // `--since`: the earlier version read with git before the terminal is
    // taken, so that a mistake is said plainly.
    if let Some(since) = cli.since.as_ref().or(since_setting.as_ref())
        && !broken
    {
        let rev = match since.parse::<chrono::NaiveDate>() {
            Ok(day) => match last_commit_before(&cli.file, day) {
                Ok(rev) => rev,
                Err(DiffMistake::Git(m) | DiffMistake::Usage(m)) => {
                    let _ = writeln!(err, "{}", said_error(&format!("--since: {m}")));
                    return CheckStatus::Failed;
                }
            },
            Err(_) => since.clone(),
        };
        let side = Side::Git {
            rev,
            file: cli.file.clone(),
        };
        let Some(base) = load_side(&side, opts, err_color, present, err) else {
            let _ = writeln!(
                err,
                "{}",
                said_error(&t!("cli-since-unreadable", since = since.as_str()))
            );
            return CheckStatus::Failed;
        };
        app.set_since(since.clone(), base);
    }
    if broken {
        app.start_broken(report);
    } else {
        // Warnings are counted in the status bar (`!` lists them): real
        // files nearly always have one, and the overview comes first.
        app.report = report;
    }
    match tui::run(app, !cli.no_mouse, &cli.file) {
        Ok(()) => CheckStatus::Passed,
        Err(e) => {
            let _ = writeln!(
                err,
                "{}",
                said_error(&t!("cli-terminal-failed", reason = e.to_string()))
            );
            CheckStatus::Failed
        }
    }
}

/// `man --dir DIR`: every page into DIR (which must exist), each named on
/// stdout; exit 1 when one cannot be written.
fn write_man_pages(dir: &std::path::Path, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let shown = |p: &std::path::Path| {
        campaign_dash::sanitize::sanitize_line(&p.display().to_string()).into_owned()
    };
    if !dir.is_dir() {
        let _ = writeln!(
            err,
            "{}",
            said_error(&t!("cli-man-not-folder", dir = shown(dir)))
        );
        return ExitCode::from(1);
    }
    for (name, page) in cli::man_pages() {
        let path = dir.join(&name);
        if let Err(e) = std::fs::write(&path, page) {
            let _ = writeln!(err, "{}", said_error(&could_not_write(&path, &e)));
            return ExitCode::from(1);
        }
        let _ = writeln!(out, "{}", shown(&path));
    }
    ExitCode::SUCCESS
}
