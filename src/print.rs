//! Non-interactive output: one view of the campaign written as text,
//! markdown, csv or json, for newsletters, emails and spreadsheets.
//!
//! Everything here is a pure function of the campaign, its derived data and
//! the [`Options`]: [`render`] returns the whole output as a `String`, so it is
//! tested without a process or a terminal. `main` loads the file and writes
//! the string to stdout.
//!
//! # What is exact, what is made safe
//!
//! - **text** and **markdown** are for people and terminals: every piece of
//!   file text goes through [`crate::sanitize::sanitize_line`]
//!   (or [`sanitize`](crate::sanitize::sanitize) for several lines), so a
//!   hostile file cannot drive the terminal. Markdown also escapes what
//!   markdown would read as syntax (`|`, `*`, `_`, …), so that the rendered
//!   page shows the text as written.
//! - **json** is exact: strings are the file's strings. Characters that could
//!   drive a terminal (controls, bidirectional overrides, …) are written as
//!   `\uXXXX` escapes, which JSON reads back as the same characters, so json
//!   is both exact and safe to show.
//! - **csv** has no escapes, and goes to spreadsheets: by default text that
//!   a spreadsheet would run as a formula (beginning with `=`, `+`, `-`,
//!   `@`, a tab or a carriage return) is made inert with a `'` before it, as
//!   OWASP advises, and control characters are made visible as in text
//!   output, so that `print --format csv | cat` cannot drive the terminal.
//!   `--raw` keeps both exact ([`CsvStyle`]), except that a terminal still
//!   sees control characters made visible.
//! - **xlsx** is a workbook ([`xlsx`]): text cells are always written as
//!   text (never read as formulas) and exact, dates as dates, numbers as
//!   numbers.

mod agenda;
pub mod changes;
mod data;
pub mod evening;
mod overview;
pub mod pdf;
pub mod rfc5545;
mod table;
pub mod xlsx;

use chrono::NaiveDate;
use clap::ValueEnum;
use strum::{Display, EnumIter, IntoStaticStr};

use crate::model::Campaign;
use crate::query::{Derived, Filter, Sort, TodaySource};
use crate::sanitize::sanitize_line;

pub use data::{
    Birthday, ByStatus, CsvStyle, FORMULA_STARTS, NextEvent, OverviewRecord, PetitionFigure,
    ReleaseSoon, Table, field, inert, names_key,
};

/// The width used when stdout is not a terminal and `--width` is not given.
pub const DEFAULT_WIDTH: usize = 100;
/// The narrowest text output: every table still fits (`--width` refuses less).
pub const MIN_WIDTH: usize = 40;

/// Which view to print: the dashboard's tabs ([`crate::view`]).
pub use crate::view::View;

/// The output format.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, ValueEnum, Display, EnumIter, IntoStaticStr,
)]
#[strum(serialize_all = "lowercase")]
pub enum Format {
    /// Aligned plain text, as the dashboard shows it
    #[default]
    Text,
    /// Headings and GitHub tables, to paste into a newsletter or an issue
    Markdown,
    /// RFC 4180 with a header row: every field and the computed ones
    Csv,
    /// The records with every field and the computed ones
    Json,
    /// A workbook, one sheet a view: the columns of csv, dates as dates,
    /// numbers as numbers (needs -o FILE or stdout not a terminal)
    Xlsx,
    /// iCalendar (RFC 5545), for the agenda and the events views: their
    /// dates in organisers' calendars
    Ics,
    /// PDF, for envelopes (labels or DL envelopes) and sheets (needs -o
    /// FILE or stdout not a terminal)
    Pdf,
}

/// How to print.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub view: View,
    pub format: Format,
    /// Columns of the text format (tables wrap their cells to fit).
    pub width: usize,
    /// ANSI styles in the text format (`--color always`).
    pub color: bool,
    /// How csv is written: formulas inert and control characters visible
    /// unless `--raw`; the byte-order mark with `--bom`.
    pub csv: CsvStyle,
    /// Where "today" comes from, said in the text and markdown headers.
    pub today_source: TodaySource,
    /// Only the records that match (`--filter`), of the view's kind.
    pub filter: Option<Filter>,
    /// The order of the records (`--sort`); else the dashboard's order.
    pub sort: Option<Sort>,
    /// Presentation mode (`--present`): the sensitive fields are hidden
    /// ([`crate::present`]); csv and json leave their columns and keys out.
    pub present: bool,
    /// The agenda's horizon in days (`--days`); else
    /// [`crate::query::agenda::HORIZON`].
    pub days: Option<u32>,
    /// Only the agenda's items that match (`--filter` on the agenda).
    pub agenda_filter: Option<crate::query::agenda::AgendaFilter>,
    /// ics: an alarm before each item (`--alarm`).
    pub alarm: Option<rfc5545::Alarm>,
    /// `--view envelopes` or `--view sheets`: the prisoners of the view
    /// ([`View::Prisoners`]) printed for a letter evening instead of listed.
    pub evening: Option<Evening>,
}

/// What a letter evening prints ([`evening`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evening {
    /// The envelopes, and on what paper as PDF.
    Envelopes(evening::Paper),
    /// A sheet per prisoner.
    Sheets,
}

impl Options {
    /// Every record of `view` in `format`, 100 columns wide, no colour.
    pub fn new(view: View, format: Format) -> Self {
        Options {
            view,
            format,
            width: DEFAULT_WIDTH,
            color: false,
            csv: CsvStyle::default(),
            today_source: TodaySource::System,
            filter: None,
            sort: None,
            present: false,
            days: None,
            agenda_filter: None,
            alarm: None,
            evening: None,
        }
    }
}

/// Where "today" comes from for `campaign` given the `--today` flag.
pub fn today_source(campaign: &Campaign, today_flag: Option<NaiveDate>) -> TodaySource {
    TodaySource::of(campaign, today_flag)
}

/// Parses `--filter` and `--sort` for `view` with the dashboard's grammar
/// ([`Filter::parse`], [`Sort::parse`]). The error is the message for
/// stderr: a command-line mistake.
pub fn parse_selection(
    view: View,
    filter: Option<&str>,
    sort: Option<&str>,
) -> Result<(Option<Filter>, Option<Sort>), String> {
    let Some(kind) = view.kind() else {
        if view == View::Agenda && sort.is_none() {
            return Ok((None, None));
        }
        if filter.is_some() || sort.is_some() {
            return Err("--filter and --sort apply to the list views: \
                 add --view prisoners, events, statements, organisations or petitions"
                .to_owned());
        }
        return Ok((None, None));
    };
    let filter = match filter {
        Some(input) => Some(Filter::parse(input, kind).map_err(|e| {
            // The filter as given, the bad term underlined.
            let before = sanitize_line(input.get(..e.span.start).unwrap_or_default());
            let term = sanitize_line(input.get(e.span.clone()).unwrap_or_default());
            format!(
                "--filter: {}\n  {}\n  {}{}",
                sanitize_line(&e.message),
                sanitize_line(input),
                " ".repeat(unicode_width::UnicodeWidthStr::width(before.as_ref())),
                "^".repeat(unicode_width::UnicodeWidthStr::width(term.as_ref()).max(1))
            )
        })?),
        None => None,
    };
    if filter.as_ref().is_some_and(Filter::uses_changed) {
        return Err(format!(
            "--filter: {}\n  print marks nothing: `campaign-dash diff --git REV` lists what changed since REV",
            crate::query::CHANGED_NEEDS_SINCE
        ));
    }
    let sort = match sort {
        Some(text) => {
            Some(Sort::parse(kind, text).map_err(|e| format!("--sort: {}", sanitize_line(&e)))?)
        }
        None => None,
    };
    Ok((filter, sort))
}

/// `--filter` on the agenda, with the agenda's filter
/// ([`crate::query::agenda::AgendaFilter`]), and whether `--days` and the
/// format go with the view. The error is the message for stderr.
pub fn parse_agenda(
    view: View,
    format: Format,
    filter: Option<&str>,
    days: Option<u32>,
) -> Result<Option<crate::query::agenda::AgendaFilter>, String> {
    if days.is_some() && view != View::Agenda {
        return Err("--days sets the horizon of the agenda: add --view agenda".to_owned());
    }
    if format == Format::Ics && !matches!(view, View::Agenda | View::Events) {
        return Err("--format ics writes dates: add --view agenda or --view events".to_owned());
    }
    if view != View::Agenda {
        return Ok(None);
    }
    filter
        .map(|f| {
            crate::query::agenda::AgendaFilter::parse(f)
                .map_err(|e| format!("--filter: {}", sanitize_line(&e)))
        })
        .transpose()
}

/// The records `opts` selects, in the order to print them: the dashboard's
/// order, narrowed by the filter, then sorted. Empty for the overview.
pub fn records(campaign: &Campaign, derived: &Derived, opts: &Options) -> Vec<usize> {
    let Some(kind) = opts.view.kind() else {
        return Vec::new();
    };
    let mut records = crate::query::default_order(kind, campaign, derived);
    if let Some(filter) = opts.filter.as_ref().filter(|f| f.kind() == kind) {
        let since = derived.since.as_deref();
        records = filter.apply(&records, campaign, derived.search_index(campaign), since);
    }
    if let Some(sort) = opts.sort.filter(|s| s.column.kind() == kind) {
        crate::query::sort(
            sort,
            &mut records,
            campaign,
            derived,
            derived.search_index(campaign),
        );
    }
    records
}

/// How many records the view's section holds.
fn section_len(campaign: &Campaign, view: View) -> usize {
    view.kind().map_or(0, |kind| kind.count(campaign))
}

/// The whole output of one view in one format, ending in a newline. xlsx
/// is binary: [`render_bytes`] gives the workbook, and this its cells as
/// text, the csv of the view.
///
/// With [`Options::present`], a campaign that still holds sensitive fields
/// is printed from a copy without them (callers that strip it first, as
/// `main` does, spare the copy).
pub fn render(campaign: &Campaign, derived: &Derived, opts: &Options) -> String {
    shown(campaign, derived, opts, |c, d| render_shown(c, d, opts))
}

/// `write` of the campaign as `opts` shows it: with [`Options::present`],
/// of a copy without the sensitive fields, unless they are out already.
fn shown<T>(
    campaign: &Campaign,
    derived: &Derived,
    opts: &Options,
    write: impl FnOnce(&Campaign, &Derived) -> T,
) -> T {
    if opts.present && !crate::present::is_stripped(campaign) {
        let mut shown = campaign.clone();
        crate::present::strip(&mut shown, derived.today);
        let derived = Derived::first(&shown, derived.today);
        return write(&shown, &derived);
    }
    write(campaign, derived)
}

/// The prisoners a letter evening prints: those the filter and sort
/// select, or without a filter those in custody.
pub fn evening_records(campaign: &Campaign, derived: &Derived, opts: &Options) -> Vec<usize> {
    let mut records = records(campaign, derived, opts);
    if opts.filter.is_none() {
        records.retain(|&i| campaign.prisoners[i].status.in_custody());
    }
    records
}

/// The text or PDF of a letter evening.
fn evening_bytes(
    campaign: &Campaign,
    derived: &Derived,
    opts: &Options,
    what: Evening,
) -> Result<Vec<u8>, String> {
    let records = evening_records(campaign, derived, opts);
    let pdf = opts.format == Format::Pdf;
    match what {
        Evening::Envelopes(paper) => {
            let (envelopes, _) = evening::envelopes(campaign, &records);
            if pdf {
                evening::envelopes_pdf(campaign, &envelopes, paper)
            } else {
                Ok(evening::envelopes_text(campaign, &envelopes).into_bytes())
            }
        }
        Evening::Sheets if pdf => evening::sheets_pdf(campaign, derived, &records),
        Evening::Sheets => Ok(evening::sheets_text(campaign, derived, &records).into_bytes()),
    }
}

fn render_shown(campaign: &Campaign, derived: &Derived, opts: &Options) -> String {
    if let Some(what) = opts.evening {
        // PDF is binary: render_bytes gives it.
        return match opts.format {
            Format::Pdf => String::new(),
            _ => evening_bytes(campaign, derived, opts, what)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default(),
        };
    }
    let records = records(campaign, derived, opts);
    match (opts.view, opts.format) {
        // Only envelopes and sheets print as PDF (main refuses the rest).
        (_, Format::Pdf) => String::new(),
        (View::Overview, Format::Text) => overview::text(campaign, derived, opts),
        (View::Overview, Format::Markdown) => overview::markdown(campaign, derived, opts),
        (View::Agenda, Format::Text) => agenda::text(campaign, derived, opts),
        (View::Agenda, Format::Markdown) => agenda::markdown(campaign, derived, opts),
        (View::Agenda, Format::Json) => agenda::json(campaign, derived, opts),
        (_, Format::Ics) => in_memory(campaign, derived, opts, &records),
        // The overview's and the agenda's are above: a list view's.
        (_, Format::Text | Format::Markdown) => in_memory(campaign, derived, opts, &records),
        (view, Format::Csv | Format::Json) if streamed(view) => {
            in_memory(campaign, derived, opts, &records)
        }
        (view, Format::Csv | Format::Xlsx) => {
            data::write_csv(&table_of(campaign, derived, opts, view, &records), opts.csv)
        }
        (view, Format::Json) => data::json_value(&data::view_value(
            campaign,
            derived,
            view,
            &records,
            opts.today_source,
            opts.present,
        )),
    }
}

/// [`stream_shown`] into a string.
fn in_memory(campaign: &Campaign, derived: &Derived, opts: &Options, records: &[usize]) -> String {
    let mut out = Vec::new();
    // Writing to memory does not fail.
    let _ = stream_shown(campaign, derived, opts, records, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Whether csv, json, text and markdown of `view` are written a record at
/// a time: every list view (the overview is one object; the agenda has its
/// own writer).
pub(crate) fn streamed(view: View) -> bool {
    !matches!(view, View::Overview | View::Agenda)
}

/// The csv, json, text or markdown of a list view, or a calendar, a record
/// at a time into `out` (a text table after a first pass that measures its
/// columns).
fn stream_shown(
    campaign: &Campaign,
    derived: &Derived,
    opts: &Options,
    records: &[usize],
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    if opts.format == Format::Ics {
        return match opts.view {
            View::Agenda => agenda::agenda_ics(campaign, derived, opts, out),
            View::Events => agenda::events_ics(campaign, derived, records, opts, out),
            // `parse_agenda` refuses it; an empty calendar all the same.
            _ => agenda::events_ics(campaign, derived, &[], opts, out),
        };
    }
    if matches!(opts.format, Format::Text | Format::Markdown) {
        let view = opts.view;
        let sorted = opts.sort.map(|s| crate::table::ColumnKey::Sort(s.column));
        let t = table::table(campaign, derived, view, records, sorted);
        let empty = empty_note(view, opts);
        return if opts.format == Format::Text {
            out.write_all(list_header_text(campaign, derived, opts, records.len()).as_bytes())?;
            t.write_text(opts.width, opts.color, &empty, out)
        } else {
            out.write_all(list_header_markdown(campaign, derived, opts, records.len()).as_bytes())?;
            t.write_markdown(&empty, out)
        };
    }
    if opts.format == Format::Csv {
        data::write_csv_rows(
            campaign,
            derived,
            opts.view,
            records,
            opts.present,
            opts.csv,
            out,
        )
    } else {
        data::write_json_rows(campaign, derived, opts.view, records, opts.present, out)
    }
}

/// Why [`write`] wrote nothing or not everything.
#[derive(Debug)]
pub enum WriteFailure {
    /// The output could not be made (a workbook): why.
    Build(String),
    /// Writing it failed.
    Io(std::io::Error),
}

/// The output of `opts` (for xlsx, the workbook of `views`) into `out`:
/// a list view and a calendar streamed a record at a time (never the whole
/// document in memory), everything else as [`render_bytes`] makes it.
pub fn write(
    campaign: &Campaign,
    derived: &Derived,
    opts: &Options,
    views: &[View],
    out: &mut dyn std::io::Write,
) -> Result<(), WriteFailure> {
    if opts.format == Format::Ics
        || (opts.format != Format::Xlsx && opts.evening.is_none() && streamed(opts.view))
    {
        return shown(campaign, derived, opts, |c, d| {
            let records = records(c, d, opts);
            stream_shown(c, d, opts, &records, out)
        })
        .and_then(|()| out.flush())
        .map_err(WriteFailure::Io);
    }
    let bytes = render_bytes(campaign, derived, opts, views).map_err(WriteFailure::Build)?;
    out.write_all(&bytes)
        .and_then(|()| out.flush())
        .map_err(WriteFailure::Io)
}

/// The output as bytes: for xlsx the workbook of `views` (one sheet each;
/// the filter and sort of `opts` apply to the sheet of their kind), for the
/// other formats [`render`] of `opts.view`. The error says why a workbook
/// could not be made.
pub fn render_bytes(
    campaign: &Campaign,
    derived: &Derived,
    opts: &Options,
    views: &[View],
) -> Result<Vec<u8>, String> {
    if let Some(what) = opts.evening {
        return shown(campaign, derived, opts, |c, d| {
            evening_bytes(c, d, opts, what)
        });
    }
    if opts.format != Format::Xlsx {
        return Ok(render(campaign, derived, opts).into_bytes());
    }
    shown(campaign, derived, opts, |c, d| {
        xlsx::workbook(c, d, opts, views)
    })
}

/// The table of `view` as csv and xlsx write it, with the records `opts`
/// selects for it.
pub fn view_table(campaign: &Campaign, derived: &Derived, opts: &Options, view: View) -> Table {
    let o = Options {
        view,
        ..opts.clone()
    };
    table_of(
        campaign,
        derived,
        opts,
        view,
        &records(campaign, derived, &o),
    )
}

/// The table of `records` of `view`.
fn table_of(
    campaign: &Campaign,
    derived: &Derived,
    opts: &Options,
    view: View,
    records: &[usize],
) -> Table {
    if view == View::Agenda {
        return agenda::table(campaign, derived, opts);
    }
    data::table(
        campaign,
        derived,
        view,
        records,
        opts.today_source,
        opts.present,
    )
}

/// What an empty list says.
fn empty_note(view: View, opts: &Options) -> String {
    let lower = view.label().to_lowercase();
    if opts.filter.as_ref().is_some_and(|f| !f.is_empty()) {
        crate::t!("print-empty-filtered", lower = lower)
    } else {
        crate::t!("list-empty", lower = lower)
    }
}

/// "Prisoners: 6, as of 2023-05-06 (set by --today)" and its filtered form.
fn list_summary(campaign: &Campaign, derived: &Derived, opts: &Options, shown: usize) -> String {
    let total = section_len(campaign, opts.view);
    let mut count = match opts.filter.as_ref().filter(|f| !f.is_empty()) {
        Some(f) => crate::t!(
            "print-matching",
            shown = shown.to_string(),
            total = total.to_string(),
            filter = sanitize_line(f.input())
        ),
        None => shown.to_string(),
    };
    if let Some(sort) = opts.sort {
        let sorted = crate::t!("print-sorted", sort = sort.to_string());
        count.push_str(&format!(", {sorted}"));
    }
    crate::t!(
        "print-summary",
        view = opts.view.label(),
        count = count,
        today = derived.today.to_string(),
        source = opts.today_source.said()
    )
}

fn list_header_text(
    campaign: &Campaign,
    derived: &Derived,
    opts: &Options,
    shown: usize,
) -> String {
    let mut out = String::new();
    let name = crate::sanitize::sanitize_line(&campaign.info.name);
    for line in crate::text::wrap(&name, opts.width.max(1)) {
        out.push_str(&table::paint(&line, table::BOLD, opts.color));
        out.push('\n');
    }
    for line in crate::text::wrap(
        &list_summary(campaign, derived, opts, shown),
        opts.width.max(1),
    ) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    out
}

fn list_header_markdown(
    campaign: &Campaign,
    derived: &Derived,
    opts: &Options,
    shown: usize,
) -> String {
    let name = crate::sanitize::sanitize_line(&campaign.info.name);
    format!(
        "# {}\n\n## {}\n\n{}.\n\n",
        table::md_escape(&name),
        opts.view.label(),
        table::md_escape(&list_summary(campaign, derived, opts, shown))
    )
}

#[cfg(test)]
mod tests;
