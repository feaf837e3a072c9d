//! The command line, as clap definitions. `main` parses it and calls the
//! library.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use crate::model::PartialDate;
use crate::print::{Format, View};

/// The campaign file used when none is named.
pub const DEFAULT_FILE: &str = "campaign.toml";

/// A terminal dashboard for solidarity campaigns for political prisoners.
#[derive(Debug, Parser)]
#[command(name = "campaign-dash", version, about, max_term_width = 100)]
pub struct Cli {
    /// The campaign file to open
    #[arg(value_name = "FILE", default_value = DEFAULT_FILE)]
    pub file: PathBuf,

    /// Count every duration to this day instead of the file's `as_of` or the system date
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_today)]
    pub today: Option<NaiveDate>,

    /// When to use colours: auto follows the terminal and NO_COLOR
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub color: ColorChoice,

    /// Do not capture the mouse in the dashboard
    #[arg(long, global = true)]
    pub no_mouse: bool,

    /// Presentation mode: hide addresses, birthdays (and ages), notes and
    /// sponsors on every screen and in `print`, and report a file's problems
    /// by place only (`p` toggles it in the dashboard)
    #[arg(long, global = true)]
    pub present: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What to do instead of opening the dashboard.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a campaign file and list every problem in it
    Check {
        /// The campaign file to check
        #[arg(value_name = "FILE", default_value = DEFAULT_FILE)]
        file: PathBuf,
    },
    /// Write a commented starter campaign file (never overwrites)
    Init {
        /// Where to write it
        #[arg(value_name = "PATH", default_value = DEFAULT_FILE)]
        path: PathBuf,
    },
    /// Write one view to stdout as text, markdown, csv or json, and exit
    Print(PrintArgs),
    /// Write a JSON Schema of the campaign file to stdout, for an editor's
    /// TOML language server (docs/campaign-format.md, "Editor support")
    Schema,
}

/// The options of `print`.
#[derive(Debug, Clone, clap::Args)]
pub struct PrintArgs {
    /// The campaign file to print from
    #[arg(value_name = "FILE", default_value = DEFAULT_FILE)]
    pub file: PathBuf,

    /// Which view to print
    #[arg(long, value_enum, default_value_t = View::Overview)]
    pub view: View,

    /// Only the records that match, as the dashboard's filter (docs/filter.md),
    /// e.g. "status:imprisoned org:bkdp"
    #[arg(long, value_name = "QUERY", allow_hyphen_values = true)]
    pub filter: Option<String>,

    /// The order of the records: a column of the view, ascending, or with
    /// `:desc` descending, e.g. "days:desc"
    #[arg(long, value_name = "FIELD[:desc]")]
    pub sort: Option<String>,

    /// The output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Columns of the text format, at least 40 [default: the terminal's
    /// width, or 100 when stdout is not a terminal]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(40..))]
    pub width: Option<u16>,
}

/// The `--color` choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colours on a terminal, unless NO_COLOR is set
    Auto,
    /// Always colours
    Always,
    /// Never colours
    Never,
}

impl ColorChoice {
    /// Whether to colour: `is_terminal` says if the output is a terminal,
    /// `no_color` is the value of the NO_COLOR variable, if set.
    pub fn enabled(self, is_terminal: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_terminal && no_color.is_none_or(|v| v.is_empty()),
        }
    }
}

/// Parses the `--today` value: a whole calendar day as YYYY-MM-DD.
pub fn parse_today(s: &str) -> Result<NaiveDate, String> {
    match PartialDate::parse(s) {
        Ok(d) => d.as_full().ok_or_else(|| {
            format!("`{s}` is not a whole day; write the day as YYYY-MM-DD, e.g. 2023-05-06")
        }),
        Err(crate::model::DateError::NoSuchDay) => Err(format!(
            "there is no day `{s}` in the calendar; write it as YYYY-MM-DD, e.g. 2023-05-06"
        )),
        Err(crate::model::DateError::Shape) => Err(format!(
            "`{s}` is not a date; write it as YYYY-MM-DD, e.g. 2023-05-06"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn today_must_be_a_whole_valid_day() {
        assert_eq!(
            parse_today("2023-05-06"),
            Ok(NaiveDate::from_ymd_opt(2023, 5, 6).unwrap())
        );
        assert!(parse_today("2023-13-01").unwrap_err().contains("no day"));
        assert!(parse_today("2023-05").unwrap_err().contains("whole day"));
        assert!(
            parse_today("06.05.2023")
                .unwrap_err()
                .contains("not a date")
        );
    }

    #[test]
    fn color_auto_honours_no_color_and_the_terminal() {
        use std::ffi::OsStr;
        assert!(ColorChoice::Auto.enabled(true, None));
        assert!(!ColorChoice::Auto.enabled(false, None));
        assert!(!ColorChoice::Auto.enabled(true, Some(OsStr::new("1"))));
        assert!(ColorChoice::Auto.enabled(true, Some(OsStr::new(""))));
        assert!(ColorChoice::Always.enabled(false, Some(OsStr::new("1"))));
        assert!(!ColorChoice::Never.enabled(true, None));
    }

    #[test]
    fn subcommands_and_defaults() {
        let cli = Cli::try_parse_from(["campaign-dash"]).unwrap();
        assert_eq!(cli.file, PathBuf::from(DEFAULT_FILE));
        assert!(cli.command.is_none());
        let cli =
            Cli::try_parse_from(["campaign-dash", "check", "x.toml", "--today", "2023-05-06"])
                .unwrap();
        assert!(
            matches!(cli.command, Some(Command::Check { ref file }) if file == &PathBuf::from("x.toml"))
        );
        assert!(cli.today.is_some());
        let cli = Cli::try_parse_from(["campaign-dash", "init"]).unwrap();
        assert!(
            matches!(cli.command, Some(Command::Init { ref path }) if path == &PathBuf::from(DEFAULT_FILE))
        );
        assert!(Cli::try_parse_from(["campaign-dash", "--bogus"]).is_err());
    }
}
