//! The `campaign-dash` binary: parse the command line, call the library,
//! turn the outcome into an exit code.

use std::io::IsTerminal;
use std::process::ExitCode;

use campaign_dash::app::App;
use campaign_dash::cli::{Cli, Command, DEFAULT_FILE};
use campaign_dash::load::{self, LoadOptions};
use campaign_dash::sanitize::sanitize_line;
use campaign_dash::tui;
use clap::Parser;

fn main() -> ExitCode {
    // Exit code 2 and clap's own message for a command-line mistake.
    let cli = Cli::parse();
    let opts = LoadOptions {
        today: cli.today,
        ..LoadOptions::default()
    };
    let color = cli.color.enabled(
        std::io::stdout().is_terminal(),
        std::env::var_os("NO_COLOR").as_deref(),
    );
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    let status = match &cli.command {
        Some(Command::Check { file }) => load::run_check(file, &opts, color, &mut out, &mut err),
        Some(Command::Init { path }) => load::run_init(path, &mut out, &mut err),
        None => open_dashboard(&cli, &opts, color, &mut out, &mut err),
    };
    ExitCode::from(status.exit_code())
}

/// Without a subcommand: open the dashboard on FILE. A file with errors is
/// not opened: its problems are printed as `check` prints them, exit 1.
fn open_dashboard(
    cli: &Cli,
    opts: &LoadOptions,
    color: bool,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> load::CheckStatus {
    let file = &cli.file;
    let (text, loaded) = match load::load_file(file, opts) {
        Ok(found) => found,
        Err(load::ReadError::NotFound { .. }) if file.as_os_str() == DEFAULT_FILE => {
            let _ = writeln!(
                err,
                "error: there is no {DEFAULT_FILE} in this folder.\n\
                 Name a campaign file (`campaign-dash FILE`), or write a starter one with `campaign-dash init`."
            );
            return load::CheckStatus::Failed;
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return load::CheckStatus::Failed;
        }
    };
    let name = file.display().to_string();
    let Some(campaign) = loaded.campaign.clone().filter(|_| !loaded.has_errors()) else {
        for p in &loaded.problems {
            let _ = writeln!(
                out,
                "{}",
                load::render_problem_colored(p, &name, &text, color)
            );
        }
        let _ = writeln!(
            out,
            "{}",
            load::render_summary(&name, loaded.error_count(), loaded.warning_count())
        );
        return load::CheckStatus::Failed;
    };
    if !std::io::stdout().is_terminal() {
        let _ = writeln!(
            err,
            "error: the dashboard needs a terminal; `campaign-dash check {}` reports on the file without one",
            sanitize_line(&name)
        );
        return load::CheckStatus::Failed;
    }
    let mut app = App::new(campaign, name, opts.today, opts.system_today);
    app.color = color;
    app.warnings = loaded.warning_count();
    match tui::run(app, !cli.no_mouse) {
        Ok(()) => load::CheckStatus::Passed,
        Err(e) => {
            let _ = writeln!(err, "error: the terminal failed: {e}");
            load::CheckStatus::Failed
        }
    }
}
