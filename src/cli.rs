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

    #[command(flatten)]
    pub shared: Shared,

    /// Do not capture the mouse in the dashboard
    #[arg(long)]
    pub no_mouse: bool,

    /// Mark each record added (+) or changed (~) since this version of the
    /// file: a git revision (HEAD~1, main) or a day (the last commit before
    /// it), read with git
    #[arg(long, value_name = "REV|YYYY-MM-DD")]
    pub since: Option<String>,

    /// The settings file [default: $XDG_CONFIG_HOME/campaign-dash/config.toml,
    /// else ~/.config/campaign-dash/config.toml]
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The options of the dashboard that `check` and `print` take too. Said
/// before a command (`campaign-dash --today 2023-05-06 check`), they apply
/// to it as well.
#[derive(Debug, Clone, Default, PartialEq, Eq, clap::Args)]
pub struct Shared {
    /// Count every duration to this day instead of the file's `as_of` or the system date
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_today)]
    pub today: Option<NaiveDate>,

    /// When to use colours: auto follows the terminal and NO_COLOR [default: auto]
    #[arg(long, value_name = "WHEN")]
    pub color: Option<ColorChoice>,

    /// Presentation mode: hide addresses, birthdays (and ages), letter
    /// writers, notes, risk tags and sponsors on every screen and in `print`,
    /// and report a file's problems by place only (`p` toggles it in the
    /// dashboard)
    #[arg(long)]
    pub present: bool,

    /// An age identity file (age-keygen's AGE-SECRET-KEY-1…) to open a
    /// campaign file encrypted to keys (.age); may be given several times
    #[arg(short, long = "identity", value_name = "FILE")]
    pub identities: Vec<PathBuf>,

    /// For a campaign file encrypted with a passphrase: run CMD (with sh
    /// -c) and take its output as the passphrase, instead of asking on the
    /// terminal
    #[arg(long, value_name = "CMD")]
    pub passphrase_command: Option<String>,

    /// The language of the screens and of `print`'s words: en, be, ru, uk,
    /// pl or de [default: `lang` in the settings, else LC_ALL, LC_MESSAGES
    /// or LANG, else en]. Keys, csv and json stay English
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,
}

/// A `--lang` value.
fn parse_lang(text: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::parse(text).ok_or_else(|| {
        let codes: Vec<&str> = <crate::i18n::Lang as strum::IntoEnumIterator>::iter()
            .map(crate::i18n::Lang::code)
            .collect();
        format!("the languages are {}", codes.join(", "))
    })
}

impl Shared {
    /// These options, with those said before the command (`outer`) where
    /// these leave one unsaid.
    pub fn or(&self, outer: &Shared) -> Shared {
        Shared {
            today: self.today.or(outer.today),
            color: self.color.or(outer.color),
            present: self.present || outer.present,
            identities: if self.identities.is_empty() {
                outer.identities.clone()
            } else {
                self.identities.clone()
            },
            passphrase_command: self
                .passphrase_command
                .clone()
                .or_else(|| outer.passphrase_command.clone()),
            lang: self.lang.or(outer.lang),
        }
    }

    /// The `--color` choice in force.
    pub fn color(&self) -> ColorChoice {
        self.color.unwrap_or(ColorChoice::Auto)
    }
}

/// What to do instead of opening the dashboard.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a campaign file and list every problem in it
    Check {
        /// The campaign file to check
        #[arg(value_name = "FILE", default_value = DEFAULT_FILE)]
        file: PathBuf,
        #[command(flatten)]
        shared: Shared,
    },
    /// Write a starter campaign file to fill in (never overwrites)
    Init {
        /// Where to write it
        #[arg(value_name = "PATH", default_value = DEFAULT_FILE)]
        path: PathBuf,
        /// Write the bundled example campaign instead of an empty starter
        #[arg(long)]
        example: bool,
    },
    /// Write one view to stdout as text, markdown, csv or json, or views to
    /// a workbook (xlsx), and exit
    Print(PrintArgs),
    /// Make a new campaign file from lists in spreadsheets (csv, xlsx or
    /// ods): prisoners, and events, statements, organisations, petitions
    /// and letters; never overwrites a file
    Import(ImportArgs),
    /// Write a JSON Schema of the campaign file to stdout, for an editor's
    /// TOML language server (docs/campaign-format.md, "Editor support")
    Schema,
    /// Check the settings file, or write one with every default
    Config {
        /// Write a commented settings file with every default to stdout
        #[arg(long)]
        default: bool,
        /// The settings file to check [default: as the dashboard finds it]
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Write a completion script for a shell to stdout
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write the manual page (roff) to stdout, or every page (this one and
    /// one per command) into a folder
    Man {
        /// Write campaign-dash.1 and campaign-dash-COMMAND.1 for each
        /// command into DIR (an existing folder), e.g. ~/.local/share/man/man1
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Record what was done in the campaign file: a letter, a check, a
    /// release (only the lines written change; each is printed as
    /// FILE:LINE)
    Log(LogArgs),
    /// Say what changed between two versions of a campaign file, record by
    /// record: `diff OLD NEW`, `diff --git REV [FILE]`, `diff --since DATE
    /// [FILE]`; also git's external diff (`diff.campaign.command`)
    Diff(DiffArgs),
    /// Merge two versions of a campaign file changed from a common one,
    /// record by record, as git's merge driver (`merge.campaign.driver =
    /// campaign-dash merge %O %A %B -o %A`): exit 1 where a key was changed
    /// differently on both sides (marked with <<<<<<< lines around that
    /// key) or a version does not load
    Merge(MergeArgs),
    /// Encrypt a campaign file with age, to public keys (-r, -R) or a
    /// passphrase, into FILE.age (or -o OUT); the plaintext is left for you
    /// to delete
    Encrypt(EncryptArgs),
    /// Decrypt an age-encrypted campaign file to standard output (never a
    /// terminal) or -o OUT
    Decrypt(DecryptArgs),
    /// Write the campaign without any sensitive field (what presentation
    /// mode hides) nor the file's comments, for handing the list to a
    /// partner organisation: a campaign file that loads
    Strip {
        /// The campaign file to strip
        #[arg(value_name = "FILE", default_value = DEFAULT_FILE)]
        file: PathBuf,
        /// Where to write the stripped file
        #[arg(short, long, value_name = "OUT", required = true)]
        output: PathBuf,
        /// Replace OUT if it exists
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        shared: Shared,
    },
    /// List the versions of a campaign file kept in the local history
    /// (each version that loaded without errors: time, size, records, and
    /// what changed from the one before)
    History {
        /// The campaign file whose versions to list
        #[arg(value_name = "FILE", default_value = DEFAULT_FILE)]
        file: PathBuf,
    },
    /// Write a version from the local history back: over FILE (with
    /// --force), or to -o OUT
    Restore {
        /// The campaign file whose version to restore
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Which version: N counts back from the latest (1 is the latest),
        /// or the time `history` lists (2026-12-07T23:45 or the full one)
        #[arg(long, value_name = "TIME|N")]
        at: String,
        /// Write it here instead of over FILE
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Replace FILE (or OUT) though it exists
        #[arg(long)]
        force: bool,
    },
}

/// How to get a passphrase: asked on the terminal (without echo) unless a
/// command gives it. Never an argument or an environment variable.
#[derive(Debug, Clone, clap::Args)]
pub struct PassphraseArgs {
    /// Run CMD (with sh -c) and take its output as the passphrase, e.g. a
    /// password manager: "pass show campaign"
    #[arg(long, value_name = "CMD")]
    pub passphrase_command: Option<String>,
}

/// Whom a file is encrypted to: public keys or a passphrase.
#[derive(Debug, Clone, clap::Args)]
pub struct SealArgs {
    /// Encrypt to this public key (age1…, as age-keygen prints it); may be
    /// given several times
    #[arg(short, long = "recipient", value_name = "RECIPIENT")]
    pub recipients: Vec<String>,

    /// Encrypt to the public keys listed in this file, one a line (as
    /// age -R reads it)
    #[arg(short = 'R', long = "recipients-file", value_name = "FILE")]
    pub recipients_files: Vec<PathBuf>,

    /// Encrypt with a passphrase (asked twice on the terminal, or given by
    /// --passphrase-command) instead of to keys
    #[arg(long, conflicts_with_all = ["recipients", "recipients_files"])]
    pub passphrase: bool,

    #[command(flatten)]
    pub ask: PassphraseArgs,
}

/// The options of `encrypt`.
#[derive(Debug, Clone, clap::Args)]
pub struct EncryptArgs {
    /// The campaign file to encrypt (it must load)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    #[command(flatten)]
    pub to: SealArgs,

    /// Where to write [default: FILE.age]
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// Replace OUT if it exists
    #[arg(long)]
    pub force: bool,
}

/// The options of `decrypt`.
#[derive(Debug, Clone, clap::Args)]
pub struct DecryptArgs {
    /// The encrypted campaign file (.age)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// An age identity file (age-keygen's AGE-SECRET-KEY-1…) for a file
    /// encrypted to keys; may be given several times
    #[arg(short, long = "identity", value_name = "FILE")]
    pub identities: Vec<PathBuf>,

    #[command(flatten)]
    pub ask: PassphraseArgs,

    /// Write the plaintext here (created readable by you only) instead of
    /// to standard output
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// Replace OUT if it exists
    #[arg(long)]
    pub force: bool,
}

/// The options of `merge`.
#[derive(Debug, Clone, clap::Args)]
pub struct MergeArgs {
    /// The common version both sides changed (git's %O; an empty file
    /// where they have none)
    #[arg(value_name = "BASE")]
    pub base: PathBuf,

    /// Our version (git's %A): the merge keeps its bytes, comments and
    /// layout where it can
    #[arg(value_name = "OURS")]
    pub ours: PathBuf,

    /// Their version (git's %B): its additions go after our last record
    /// of their kind
    #[arg(value_name = "THEIRS")]
    pub theirs: PathBuf,

    /// Write the merged file here (replaced atomically; for git, %A)
    /// instead of to standard output
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    #[command(flatten)]
    pub shared: Shared,
}

/// The options of `diff`.
#[derive(Debug, Clone, clap::Args)]
pub struct DiffArgs {
    /// OLD NEW: the two files; with --git or --since, the one file
    /// [default: campaign.toml]; as git's external diff, the seven
    /// arguments git gives (PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX
    /// NEW-MODE)
    #[arg(value_name = "FILE", num_args = 0..=7)]
    pub files: Vec<PathBuf>,

    /// Compare the file as it was at this git revision (read with `git
    /// show`) with the file now, e.g. HEAD, main, HEAD~3
    #[arg(long, value_name = "REV", conflicts_with = "since")]
    pub git: Option<String>,

    /// Compare the file as it was in the last git commit before this day
    /// with the file now
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_today)]
    pub since: Option<NaiveDate>,

    /// The output format: text, markdown or json
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    #[command(flatten)]
    pub shared: Shared,
}

/// The options of `log`.
#[derive(Debug, Clone, clap::Args)]
pub struct LogArgs {
    #[command(subcommand)]
    pub what: LogWhat,

    /// The campaign file to write to
    #[arg(short, long, value_name = "FILE", default_value = DEFAULT_FILE, global = true)]
    pub file: PathBuf,

    #[command(flatten)]
    pub shared: Shared,
}

/// What `log` records.
#[derive(Debug, Clone, Subcommand)]
pub enum LogWhat {
    /// A letter or card (or several at once) to or from prisoners: one
    /// [[letters]] entry for each prisoner named or matched
    Letter(LetterArgs),
    /// The prisoners' records were checked against a source: sets `checked`
    Checked {
        /// The prisoners' ids
        #[arg(value_name = "ID", required = true)]
        ids: Vec<String>,
        /// The day [default: today]
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_today)]
        date: Option<NaiveDate>,
    },
    /// A prisoner was released: sets `status = "released"` and `released`
    Released {
        /// The prisoner's id
        #[arg(value_name = "ID")]
        id: String,
        /// The day of the release
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_today)]
        date: NaiveDate,
    },
    /// A petition was handed over: sets its `delivered`
    Delivered {
        /// The petition's id
        #[arg(value_name = "ID")]
        id: String,
        /// The day [default: today]
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_today)]
        date: Option<NaiveDate>,
    },
    /// Put an agenda item off until a day: a [[snoozed]] entry the whole
    /// team sees
    Snooze {
        /// The item's UID, as `print --view agenda --format csv` lists it
        #[arg(value_name = "UID")]
        uid: String,
        /// The first day it is on the agenda again
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_today)]
        until: NaiveDate,
        /// Why
        #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
        note: Option<String>,
    },
}

/// The options of `log letter`.
#[derive(Debug, Clone, clap::Args)]
pub struct LetterArgs {
    /// The prisoners it went to or came from (several ids, or repeat the option)
    #[arg(long, value_name = "ID", num_args = 1.., required_unless_present = "filter")]
    pub prisoner: Vec<String>,
    /// Every prisoner the filter matches as well, as the dashboard's filter
    /// (docs/filter.md), e.g. "org:rep status:imprisoned"
    #[arg(long, value_name = "QUERY", allow_hyphen_values = true)]
    pub filter: Option<String>,
    /// The day it was sent or arrived [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_today)]
    pub date: Option<NaiveDate>,
    /// Which way it went: sent, received or returned
    #[arg(long, value_name = "WAY", default_value = "sent", value_parser = parse_direction)]
    pub direction: crate::model::Direction,
    /// How many cards or letters at once
    #[arg(long, value_name = "N")]
    pub count: Option<String>,
    /// How it went: post, courier, parcel, online or other
    #[arg(long, value_name = "HOW", value_parser = parse_channel)]
    pub channel: Option<crate::model::Channel>,
    /// The id of the event where it was written
    #[arg(long, value_name = "ID")]
    pub event: Option<String>,
    /// Who wrote or received it
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// Free notes
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub notes: Option<String>,
}

fn parse_direction(s: &str) -> Result<crate::model::Direction, String> {
    s.parse()
        .map_err(|_| format!("`{s}` is not a direction; write sent, received or returned"))
}

fn parse_channel(s: &str) -> Result<crate::model::Channel, String> {
    s.parse().map_err(|_| {
        format!("`{s}` is not a channel; write post, courier, parcel, online or other")
    })
}

/// The options of `print`.
#[derive(Debug, Clone, clap::Args)]
pub struct PrintArgs {
    /// The campaign file to print from
    #[arg(value_name = "FILE", default_value = DEFAULT_FILE)]
    pub file: PathBuf,

    /// Which view to print
    #[arg(long, value_enum, default_value_t = Views::One(View::Overview))]
    pub view: Views,

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

    /// Write to FILE instead of stdout (never to the campaign file read)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// csv: keep text exactly as in the file, formulas and control characters
    /// too (by default a cell a spreadsheet would run as a formula gets a `'`
    /// before it, and control characters are made visible)
    #[arg(long)]
    pub raw: bool,

    /// csv: begin with the UTF-8 byte-order mark, for spreadsheet programs
    /// that otherwise take the text for another encoding
    #[arg(long)]
    pub bom: bool,

    /// How many days from today the agenda looks ahead (with --view agenda)
    /// [default: 90]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=3660))]
    pub days: Option<u32>,

    /// ics: an alarm this long before each item, e.g. 2d, 9h, 30m, 1w
    /// (birthday cards have one on their post-by day, at 09:00, anyway)
    #[arg(long, value_name = "DURATION", value_parser = crate::print::rfc5545::Alarm::parse)]
    pub alarm: Option<crate::print::rfc5545::Alarm>,

    /// Columns of the text format, at least 40 [default: the terminal's
    /// width, or 100 when stdout is not a terminal]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(40..))]
    pub width: Option<u16>,

    /// Nothing on stderr but errors (without it, warnings are counted in
    /// one line: `campaign-dash check FILE` lists them)
    #[arg(short, long)]
    pub quiet: bool,

    /// --view envelopes as PDF: address labels on A4 sheets
    /// [default: 3x7]
    #[arg(long, value_enum, value_name = "LAYOUT", conflicts_with = "envelope")]
    pub labels: Option<crate::print::evening::LabelSheet>,

    /// --view envelopes as PDF: one envelope a page, printed on directly
    #[arg(long, value_enum, value_name = "SIZE")]
    pub envelope: Option<crate::print::evening::EnvelopeSize>,

    /// Write the campaign file itself without its sensitive fields (as
    /// `campaign-dash strip`), instead of a view
    #[arg(long, conflicts_with_all = ["view", "format", "filter", "sort"])]
    pub strip: bool,

    #[command(flatten)]
    pub shared: Shared,
}

/// The `--view` of `print`: one view, or every one (one sheet each,
/// xlsx), or the prisoners printed for a letter evening.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Views {
    One(View),
    All,
    /// The prisoners' envelopes (text, or PDF labels and envelopes).
    Envelopes,
    /// A sheet per prisoner for the writers' table (text or PDF).
    Sheets,
}

impl Views {
    /// The views, in the order of the tab bar (the prisoners' for a
    /// letter evening: its filter and sort are theirs).
    pub fn views(self) -> Vec<View> {
        use strum::IntoEnumIterator;
        match self {
            Views::One(v) => vec![v],
            Views::All => View::iter().collect(),
            Views::Envelopes | Views::Sheets => vec![View::Prisoners],
        }
    }

    /// True for the letter evening's envelopes and sheets.
    pub fn is_evening(self) -> bool {
        matches!(self, Views::Envelopes | Views::Sheets)
    }
}

impl std::fmt::Display for Views {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Views::One(v) => f.write_str(v.name()),
            Views::All => f.write_str("all"),
            Views::Envelopes => f.write_str("envelopes"),
            Views::Sheets => f.write_str("sheets"),
        }
    }
}

impl ValueEnum for Views {
    fn value_variants<'a>() -> &'a [Self] {
        use strum::IntoEnumIterator;
        static ALL: std::sync::OnceLock<Vec<Views>> = std::sync::OnceLock::new();
        ALL.get_or_init(|| {
            View::iter()
                .map(Views::One)
                .chain([Views::All, Views::Envelopes, Views::Sheets])
                .collect()
        })
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        match self {
            Views::One(v) => v.to_possible_value(),
            Views::All => Some(
                clap::builder::PossibleValue::new("all")
                    .help("Every view, one sheet each (--format xlsx only)"),
            ),
            Views::Envelopes => Some(clap::builder::PossibleValue::new("envelopes").help(
                "The envelopes of the prisoners in custody (or --filter): the postal name, year of birth and address; text, or PDF labels (--labels) or envelopes (--envelope)",
            )),
            Views::Sheets => Some(clap::builder::PossibleValue::new("sheets").help(
                "A sheet per prisoner in custody (or --filter) for a letter evening: names, days behind bars, birthday, interests, languages, guidance; text or PDF",
            )),
        }
    }
}

/// The options of `import`.
#[derive(Debug, Clone, clap::Args)]
pub struct ImportArgs {
    /// The lists to read: csv (comma, semicolon or tab; UTF-8), xlsx or
    /// ods. Each csv (and each sheet) holds one kind of record, told by its
    /// name (`events.csv`, a sheet `Events`) or its header: prisoners,
    /// events, statements, organisations, petitions or letters
    #[arg(value_name = "FILE", required = true, num_args = 1..)]
    pub file: Vec<PathBuf>,

    /// The campaign file to write; it must not exist [default: stdout]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// With -o OUT.age: whom the new file is encrypted to
    #[command(flatten)]
    pub to: SealArgs,

    /// A column to read as a field, e.g. 'Nom=name' or 'Haftort=facility'
    /// (repeatable; the fields are those of [[prisoners]] in
    /// docs/campaign-format.md, and `skip` leaves a column out)
    #[arg(long, value_name = "HEADER=FIELD")]
    pub map: Vec<String>,

    /// A cell that cannot be placed is an error, and nothing is written
    #[arg(long)]
    pub strict: bool,

    /// The campaign's name in the new file [default: from the list's file name]
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,

    /// A name in Cyrillic without a Latin form stays the record's name,
    /// its Latin form added as an alias (without it: the Latin form the
    /// name, the Cyrillic an alias)
    #[arg(long)]
    pub keep_names: bool,
}

/// The first word of the command line that is neither an option nor an
/// option's value: a command's name or a file's.
pub fn first_word(args: &[std::ffi::OsString]) -> Option<&std::ffi::OsStr> {
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        let text = arg.to_string_lossy();
        if text == "--" {
            return rest.next().map(|a| a.as_os_str());
        }
        if ["--today", "--color", "--config"].contains(&text.as_ref()) {
            rest.next();
            continue;
        }
        if text.starts_with('-') {
            continue;
        }
        return Some(arg);
    }
    None
}

/// For a word in the place of a command that is no command, "no command
/// `chek`; did you mean `check`?" when it is near one; `None` for a command
/// or a word near none (then it is a file's name).
pub fn misspelt_command(word: &str) -> Option<String> {
    use clap::CommandFactory;
    let cli = Cli::command();
    let names: Vec<&str> = cli.get_subcommands().map(|c| c.get_name()).collect();
    if names.contains(&word) || word == "help" {
        return None;
    }
    let near = crate::load::nearest(word, names.iter().copied())?;
    let word = crate::sanitize::sanitize_line(word);
    Some(format!("no command `{word}`; did you mean `{near}`?"))
}

/// The manual page, as roff: clap's sections (name, synopsis, options,
/// commands), then KEYS (the dashboard's default keymap), FILES and
/// ENVIRONMENT.
pub fn man_page() -> Vec<u8> {
    use clap::CommandFactory;
    use clap_mangen::roff::{Roff, bold, roman};
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let man = clap_mangen::Man::new(cmd);
    let mut out = Vec::new();
    // Writing into memory cannot fail.
    let _ = man.render_title(&mut out);
    let _ = man.render_name_section(&mut out);
    let _ = man.render_synopsis_section(&mut out);
    let _ = man.render_description_section(&mut out);
    let _ = man.render_options_section(&mut out);
    let _ = man.render_subcommands_section(&mut out);
    let mut roff = Roff::default();
    roff.control("SH", ["KEYS"]);
    roff.text([roman(
        "The dashboard's keys, as bound by default (a settings file can bind others; ? lists them as bound):",
    )]);
    for b in crate::app::keymap::bindings() {
        roff.control("TP", []);
        roff.text([bold(b.keys.join(", "))]);
        roff.text([roman(b.help.as_str())]);
    }
    roff.control("SH", ["FILES"]);
    for (file, what) in [
        (
            "campaign.toml",
            "The campaign file read when none is named (in the current folder). Its format is in docs/campaign-format.md.",
        ),
        (
            "$XDG_CONFIG_HOME/campaign-dash/config.toml",
            "The settings file (else ~/.config/campaign-dash/config.toml; --config names another): presentation mode at start, the theme, keys, filter keys and the columns of each list. campaign-dash config checks it; campaign-dash config --default prints one with every default.",
        ),
    ] {
        roff.control("TP", []);
        roff.text([bold(file)]);
        roff.text([roman(what)]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    for (var, what) in [
        (
            "VISUAL, EDITOR",
            "The editor e opens the campaign file in, at the selected record's line (VISUAL first).",
        ),
        (
            "NO_COLOR",
            "When set and not empty, no colour (as --color never).",
        ),
        (
            "XDG_CONFIG_HOME",
            "Where the settings file is looked for (see FILES).",
        ),
    ] {
        roff.control("TP", []);
        roff.text([bold(var)]);
        roff.text([roman(what)]);
    }
    let _ = roff.to_writer(&mut out);
    let _ = man.render_version_section(&mut out);
    out
}

/// Every manual page, by file name: the main page ([`man_page`]) and one
/// per command (`campaign-dash-check.1`, ...), which the main page refers to.
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    use clap::CommandFactory;
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = vec![("campaign-dash.1".to_owned(), man_page())];
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let man = clap_mangen::Man::new(sub.clone());
        let mut out = Vec::new();
        let _ = man.render(&mut out);
        pages.push((man.get_filename(), out));
    }
    pages
}

/// The completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> Vec<u8> {
    use clap::CommandFactory;
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "campaign-dash", &mut out);
    out
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
            matches!(cli.command, Some(Command::Check { ref file, ref shared }) if file == &PathBuf::from("x.toml") && shared.today.is_some())
        );
        let cli = Cli::try_parse_from(["campaign-dash", "init"]).unwrap();
        assert!(
            matches!(cli.command, Some(Command::Init { ref path, example: false }) if path == &PathBuf::from(DEFAULT_FILE))
        );
        assert!(Cli::try_parse_from(["campaign-dash", "--bogus"]).is_err());
    }

    #[test]
    fn the_first_word_skips_options_and_their_values() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        let a = args(&["cd", "--today", "2023-05-06", "--present", "chek", "x"]);
        assert_eq!(first_word(&a), Some(std::ffi::OsStr::new("chek")));
        let a = args(&["cd", "--color=never"]);
        assert_eq!(first_word(&a), None);
        assert_eq!(
            misspelt_command("chek").as_deref(),
            Some("no command `chek`; did you mean `check`?")
        );
        assert_eq!(misspelt_command("check"), None);
        assert_eq!(misspelt_command("campaign.toml"), None);
    }
}
