//! The `check` and `init` commands, as library functions writing to any
//! output, so that `main` stays thin and tests need no process.

use std::io::Write;
use std::path::Path;

use super::starter::{EXAMPLE, STARTER, write_starter};
use super::{LoadOptions, Loaded, render_omitted, render_places, render_problems, render_summary};
use crate::model::Campaign;
use crate::sanitize::sanitize_line;

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckStatus {
    /// The file loads (warnings allowed), or the starter file was written.
    Passed,
    /// The file has errors or cannot be read, or nothing was written.
    Failed,
}

impl CheckStatus {
    /// The process exit code: 0 or 1.
    pub fn exit_code(self) -> u8 {
        match self {
            CheckStatus::Passed => 0,
            CheckStatus::Failed => 1,
        }
    }
}

/// Which of a campaign's `snoozed` to warn of as stale (by their place
/// there): those whose `until` has passed and whose `item` matches no item
/// of the agenda. The caller, who knows the agenda, says; the loader does
/// not derive it.
pub type StaleSnoozes<'a> = &'a dyn Fn(&Campaign) -> Vec<usize>;

/// What the caller, who knows more than the loader, adds to `check`: the
/// stale snoozes, and notes of other things found of the file (a sync
/// client's conflicted copy beside it), each a line after the report.
pub struct CheckHooks<'a> {
    pub stale: StaleSnoozes<'a>,
    pub notes: &'a dyn Fn(&Campaign) -> Vec<String>,
    /// What opens an encrypted file ([`super::Unlock`]).
    pub unlock: Option<super::Unlock<'a>>,
    /// Keeps a version that loaded without errors (its text) in the local
    /// history ([`super::history`]); a warning to say when it could not.
    pub keep: &'a dyn Fn(&str, &Campaign) -> Option<String>,
}

/// Loads `path` and prints every problem, then a summary line, to `out`; a
/// file that cannot be read is one sentence on `err`. With `present`
/// (presentation mode) each problem is only its place and severity
/// ([`super::render_places`]). `stale` adds the warnings of snoozes that
/// outlived their item.
pub fn run_check(
    path: &Path,
    opts: &LoadOptions,
    color: bool,
    present: bool,
    hooks: &CheckHooks<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CheckStatus {
    let (text, mut loaded) = match super::load_file_unlocked(path, opts, hooks.unlock) {
        Ok(found) => found,
        Err(e) => {
            let _ = writeln!(err, "{}", e.report());
            return CheckStatus::Failed;
        }
    };
    let mut notes = Vec::new();
    if let Some(c) = &loaded.campaign {
        notes = (hooks.notes)(c);
        let stale = (hooks.stale)(c);
        loaded.warn_stale_snoozes(&stale);
    }
    write_report(
        &loaded,
        &path.display().to_string(),
        &text,
        color,
        present,
        out,
    );
    for note in notes {
        let _ = writeln!(out, "{note}");
    }
    if loaded.has_errors() {
        CheckStatus::Failed
    } else {
        if let Some(c) = &loaded.campaign
            && let Some(warning) = (hooks.keep)(&text, c)
        {
            let _ = writeln!(err, "{warning}");
        }
        CheckStatus::Passed
    }
}

/// Writes the problems of a load of `text` (read from `name`) as `check`
/// reports them, for every command that reports a file: each problem with
/// the line under it (by place only when `present`: a message can quote any
/// field), how many were not listed, and the summary line.
pub fn write_report(
    loaded: &Loaded,
    name: &str,
    text: &str,
    color: bool,
    present: bool,
    out: &mut dyn Write,
) {
    if present {
        for place in render_places(&loaded.problems, name, text) {
            let _ = writeln!(out, "{place}");
        }
        if !loaded.problems.is_empty() {
            let _ = writeln!(out, "\n{}\n", crate::t!("check-places-note"));
        }
    } else {
        for shown in render_problems(&loaded.problems, name, text, color) {
            let _ = writeln!(out, "{shown}");
        }
    }
    if let Some(more) = render_omitted(&loaded.omitted) {
        let _ = writeln!(out, "{more}\n");
    }
    if !loaded.problems.is_empty() {
        let _ = writeln!(out, "{}\n", crate::t!("check-jump-note"));
    }
    let _ = writeln!(
        out,
        "{}",
        render_summary(name, loaded.error_count(), loaded.warning_count())
    );
}

/// Writes the starter file (with `example`, the bundled example campaign)
/// to `path` and says what to do next.
pub fn run_init(
    path: &Path,
    example: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CheckStatus {
    let text = if example { EXAMPLE } else { STARTER };
    match write_starter(path, text) {
        Ok(()) => {
            let shown = sanitize_line(&path.display().to_string()).into_owned();
            let (what, edit) = if example {
                (
                    "the example campaign, to look at or start from",
                    "replace its records with your campaign's",
                )
            } else {
                (
                    "an empty campaign to fill in, every section shown in comments",
                    "name your campaign, then add its records",
                )
            };
            let _ = writeln!(
                out,
                "wrote {shown}: {what}.\n\
                 \n\
                 Next steps:\n  \
                 1. edit {shown} in a text editor: {edit}\n  \
                 2. campaign-dash check {shown}    (lists anything to fix)\n  \
                 3. campaign-dash {shown}          (opens the dashboard)"
            );
            CheckStatus::Passed
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            CheckStatus::Failed
        }
    }
}
