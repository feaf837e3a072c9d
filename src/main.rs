//! The `campaign-dash` binary: parse the command line, call the library,
//! turn the outcome into an exit code.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use campaign_dash::cli::{Cli, Command};
use campaign_dash::load::{self, LoadOptions};
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
        None => open_dashboard(&cli.file, &opts, color, &mut out, &mut err),
    };
    ExitCode::from(status.exit_code())
}

/// Without a subcommand: for now, report on FILE like `check`; the
/// dashboard takes this place.
fn open_dashboard(
    file: &Path,
    opts: &LoadOptions,
    color: bool,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> load::CheckStatus {
    load::run_check(file, opts, color, out, err)
}
