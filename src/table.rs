//! What each list table shows, once: its columns (title, width rule, when it
//! is left out, alignment) and the text of a record's cell in a column.
//!
//! The dashboard (`app` places the columns, `ui` draws and styles the
//! cells) and `print` (text and markdown tables) both read this module, so
//! the screen and the printed table cannot drift apart. Each column is a
//! [`SortColumn`] of the query module (plus the events' "When", which only
//! says past or upcoming in words): a new `SortColumn` fails to compile until
//! it has a column and a cell here.
//!
//! Cells are plain, sanitised text with a [`Tone`] that says what the text
//! is (a status, a past event); how a tone looks is the reader's choice, a
//! theme style on screen, an ANSI code in print.

use strum::VariantArray;

use crate::model::{Campaign, Status};
use crate::query::{
    Adjacency, Derived, EventColumn, LetterColumn, OrganisationColumn, PetitionColumn,
    PrisonerColumn, SortColumn, StatementColumn,
};
use crate::sanitize::sanitize_line;
use crate::text::{first_line, thousands};
use crate::view::View;

/// What a column shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ColumnKey {
    /// The events' past/now/upcoming, in words; not sortable.
    When,
    /// A sortable column.
    Sort(SortColumn),
}

/// How wide a column is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// Dates, statuses and numbers: always this wide, never cut.
    Fixed(u16),
    /// Text: at least `min` wide, given `want` when there is room. The main
    /// text of a table (title, name, facility, text) gets the spare width
    /// first, and twice the share of a short text (city, country, org).
    Text { main: bool, min: u16, want: u16 },
}

/// A column of a list table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub key: ColumnKey,
    pub title: &'static str,
    pub width: Width,
    /// When the columns do not fit, the one with the highest `drop` is
    /// left out first; 0 is never left out.
    pub drop: u8,
    /// Numbers: the cells are aligned to the right.
    pub right: bool,
    /// A cut cell gives up the words it begins with like the cells beside
    /// it, not its end ([`crate::text::fit_distinct`]): a facility's "Penal
    /// colony" is shared, its number and town tell it apart.
    pub distinct_tail: bool,
    /// Not among the columns a list shows by default ([`default_columns`]):
    /// the settings' `[columns]` name it, or the list is sorted by it.
    pub optional: bool,
}

impl Column {
    /// The column's name, as `--sort` and the settings file write it.
    pub fn name(&self) -> &'static str {
        match self.key {
            ColumnKey::When => "when",
            ColumnKey::Sort(s) => s.name(),
        }
    }

    /// The width of a fixed column.
    pub fn fixed(&self) -> Option<u16> {
        match self.width {
            Width::Fixed(n) => Some(n),
            Width::Text { .. } => None,
        }
    }

    /// The narrowest the column is shown on screen.
    pub fn min(&self) -> u16 {
        match self.width {
            Width::Fixed(n) => n,
            Width::Text { min, .. } => min,
        }
    }

    /// The width the column is given before the main text takes the rest.
    pub fn want(&self) -> u16 {
        match self.width {
            Width::Fixed(n) => n,
            Width::Text { want, .. } => want,
        }
    }

    /// The main text of its table.
    pub fn is_main(&self) -> bool {
        matches!(self.width, Width::Text { main: true, .. })
    }

    /// Its share of the spare width among the text columns: 2 for the main
    /// text, 1 for a short text, 0 for a fixed column.
    pub fn weight(&self) -> u16 {
        match self.width {
            Width::Fixed(_) => 0,
            Width::Text { main, .. } => 1 + u16::from(main),
        }
    }
}

/// A column's title in the current language: `english` itself in English,
/// else the language's `column-TITLE` ("column-days-held").
pub fn label(english: &'static str) -> &'static str {
    crate::i18n::named("column", english)
}

/// A fixed column, as wide as `n` or as its title in the current language
/// where that is wider.
fn fixed(key: ColumnKey, title: &'static str, n: u16, drop: u8) -> Column {
    let title = label(title);
    let n = n.max(u16::try_from(unicode_width::UnicodeWidthStr::width(title)).unwrap_or(u16::MAX));
    Column {
        key,
        title,
        width: Width::Fixed(n),
        drop,
        right: false,
        distinct_tail: false,
        optional: false,
    }
}

/// A fixed column of numbers, aligned to the right.
fn number(key: ColumnKey, title: &'static str, n: u16, drop: u8) -> Column {
    Column {
        right: true,
        ..fixed(key, title, n, drop)
    }
}

/// A text column, at least `min` wide, given `want` when there is room.
fn text(key: ColumnKey, title: &'static str, main: bool, min: u16, want: u16, drop: u8) -> Column {
    Column {
        key,
        title: label(title),
        width: Width::Text { main, min, want },
        drop,
        right: false,
        distinct_tail: false,
        optional: false,
    }
}

fn prisoner(c: PrisonerColumn) -> Column {
    use PrisonerColumn::*;
    let key = ColumnKey::Sort(SortColumn::Prisoner(c));
    match c {
        Name => text(key, "Name", true, 14, 20, 0),
        Status => fixed(key, "Status", 10, 0),
        Organisation => text(key, "Org", false, 4, 6, 4),
        Detained => fixed(key, "Detained", 10, 5),
        DaysHeld => number(key, "Days held", 9, 1),
        ReleaseDue => fixed(key, "Due", 10, 2),
        Sentence => text(key, "Sentence", false, 9, 12, 6),
        Facility => Column {
            distinct_tail: true,
            ..text(key, "Facility", true, 10, 16, 3)
        },
        Events => number(key, "Events", 6, 7),
        Statements => number(key, "Stmts", 5, 8),
        // The story's, shown where the settings' [columns] name them.
        News => optional(number(key, "No news", 7, 9)),
        Letters => optional(number(key, "Sent", 5, 10)),
        LastLetter => optional(fixed(key, "Last sent", 10, 11)),
        SentRecent => optional(number(key, "In 90d", 6, 10)),
        SinceSent => optional(number(key, "Unwritten", 9, 10)),
        Risk => optional(text(key, "Risk", false, 6, 14, 12)),
        Checked => optional(fixed(key, "Checked", 10, 13)),
    }
}

/// A column shown only where it is chosen (the settings' `[columns]`) or
/// sorted by.
const fn optional(c: Column) -> Column {
    Column {
        optional: true,
        ..c
    }
}

fn event(c: EventColumn) -> Column {
    use EventColumn::*;
    let key = ColumnKey::Sort(SortColumn::Event(c));
    match c {
        Date => fixed(key, "Date", 10, 0),
        Kind => fixed(key, "Kind", 10, 2),
        Title => text(key, "Title", true, 14, 26, 0),
        City => text(key, "City", false, 7, 10, 3),
        Country => text(key, "Country", false, 7, 11, 4),
    }
}

fn statement(c: StatementColumn) -> Column {
    use StatementColumn::*;
    let key = ColumnKey::Sort(SortColumn::Statement(c));
    match c {
        Date => fixed(key, "Date", 10, 0),
        Author => text(key, "Author", false, 10, 18, 0),
        Organisation => text(key, "Org", false, 5, 9, 2),
        Text => text(key, "Text", true, 12, 30, 1),
    }
}

fn organisation(c: OrganisationColumn) -> Column {
    use OrganisationColumn::*;
    let key = ColumnKey::Sort(SortColumn::Organisation(c));
    match c {
        Name => text(key, "Name", true, 14, 30, 0),
        Short => text(key, "Short", false, 5, 9, 0),
        Kind => fixed(key, "Kind", 11, 5),
        Country => text(key, "Country", false, 7, 11, 6),
        Events => number(key, "Events", 6, 2),
        Statements => number(key, "Stmts", 5, 3),
        Members => number(key, "Members", 7, 4),
    }
}

fn petition(c: PetitionColumn) -> Column {
    use PetitionColumn::*;
    let key = ColumnKey::Sort(SortColumn::Petition(c));
    match c {
        Title => text(key, "Title", true, 12, 30, 0),
        Host => text(key, "Host", false, 5, 12, 3),
        Latest => number(key, "Latest", 9, 1),
        Goal => number(key, "Goal", 9, 2),
        Progress => number(key, "Progress", 12, 0),
    }
}

fn letter(c: LetterColumn) -> Column {
    use LetterColumn::*;
    let key = ColumnKey::Sort(SortColumn::Letter(c));
    match c {
        Date => fixed(key, "Date", 10, 0),
        Prisoner => text(key, "Prisoner", true, 12, 24, 0),
        Direction => fixed(key, "Direction", 9, 0),
        Count => number(key, "Count", 5, 2),
        Channel => fixed(key, "Channel", 7, 3),
        Event => text(key, "Event", true, 8, 30, 1),
    }
}

/// The columns of a view's table, left to right (none for the overview).
pub fn columns(view: View) -> Vec<Column> {
    match view {
        View::Overview | View::Agenda => Vec::new(),
        View::Prisoners => PrisonerColumn::VARIANTS
            .iter()
            .map(|&c| prisoner(c))
            .collect(),
        View::Events => std::iter::once(fixed(ColumnKey::When, "When", 8, 0))
            .chain(EventColumn::VARIANTS.iter().map(|&c| event(c)))
            .collect(),
        View::Statements => StatementColumn::VARIANTS
            .iter()
            .map(|&c| statement(c))
            .collect(),
        View::Organisations => OrganisationColumn::VARIANTS
            .iter()
            .map(|&c| organisation(c))
            .collect(),
        View::Petitions => PetitionColumn::VARIANTS
            .iter()
            .map(|&c| petition(c))
            .collect(),
        View::Letters => LetterColumn::VARIANTS.iter().map(|&c| letter(c)).collect(),
    }
}

/// The columns a list shows where the settings choose none: all of
/// [`columns`] but the optional ones.
pub fn default_columns(view: View) -> Vec<Column> {
    columns(view).into_iter().filter(|c| !c.optional).collect()
}

/// The columns a list shows where the settings choose none, sorted by
/// `sorted`: [`default_columns`], and the sorted one where it is optional,
/// at its place in the table.
pub fn shown_by_default(view: View, sorted: Option<ColumnKey>) -> Vec<Column> {
    columns(view)
        .into_iter()
        .filter(|c| !c.optional || Some(c.key) == sorted)
        .collect()
}

/// The sortable columns of a view, in table order.
pub fn sort_columns(view: View) -> Vec<SortColumn> {
    sortable(&columns(view))
}

/// The sortable ones of `columns`, in order.
pub fn sortable(columns: &[Column]) -> Vec<SortColumn> {
    columns
        .iter()
        .filter_map(|c| match c.key {
            ColumnKey::Sort(s) => Some(s),
            ColumnKey::When => None,
        })
        .collect()
}

/// How many records [`content_widths`] measures at most, spread evenly
/// through the section: a 20,000-record file costs as much as a small one.
pub const MEASURED: usize = 300;

/// The widest a column's cells are measured to be: past this a text is cut.
pub const WIDEST: u16 = 60;

/// Whether a cell says nothing: empty, or the "-" of no figure.
pub fn says_nothing(text: &str) -> bool {
    text.is_empty() || text == "-"
}

/// By column of `view` (in [`columns`] order), the width its cells need to
/// be shown whole: the widest cell or title, at most [`WIDEST`], measured
/// on up to [`MEASURED`] records spread through the section; 0 for a column
/// that says nothing in any record ([`says_nothing`]; then every record is
/// looked at), which the lists leave out. Computed once per version of the
/// data, so that the screen can give width to the columns that would be cut.
pub fn content_widths(c: &Campaign, d: &Derived, view: View) -> Vec<u16> {
    use unicode_width::UnicodeWidthStr;
    let cols = columns(view);
    let n = view.kind().map_or(0, |k| k.count(c));
    let step = n.div_ceil(MEASURED).max(1);
    cols.iter()
        .map(|col| {
            let mut any = false;
            let widest = (0..n)
                .step_by(step)
                .map(|r| {
                    let text = cell(c, d, col.key, r).text;
                    any |= !says_nothing(&text);
                    text.width()
                })
                .max()
                .unwrap_or(0);
            // Only a column empty in the sample is read through.
            if n > 0 && !any && !(0..n).any(|r| !says_nothing(&cell(c, d, col.key, r).text)) {
                return 0;
            }
            let widest = widest.max(col.title.width());
            u16::try_from(widest).unwrap_or(u16::MAX).min(WIDEST)
        })
        .collect()
}

/// What a cell's text is, for its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    /// A prisoner's status.
    Status(Status),
    /// An event that is over.
    Past,
    /// An event that is on now or to come.
    Upcoming,
}

/// One cell: sanitised text, unpadded, and its tone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
}

fn plain(text: impl Into<String>) -> Cell {
    Cell {
        text: text.into(),
        tone: Tone::Plain,
    }
}

fn opt(s: Option<&str>) -> Cell {
    plain(s.map(sanitize_line).unwrap_or_default())
}

/// How many records `record` is linked to in `v`, as a cell.
fn count(v: &Adjacency, record: usize) -> Cell {
    let n = v.get(record).map_or(0, <[usize]>::len);
    plain(thousands(u64::try_from(n).unwrap_or(u64::MAX)))
}

fn org_label(c: &Campaign, i: Option<usize>) -> String {
    i.and_then(|i| c.organisations.get(i))
        .map(|o| sanitize_line(o.label()).into_owned())
        .unwrap_or_default()
}

/// The cell of `record` (an index into the section of the column's kind) in
/// the column `key`; empty when there is no such record.
pub fn cell(c: &Campaign, d: &Derived, key: ColumnKey, record: usize) -> Cell {
    let column = match key {
        ColumnKey::When => return when(c, d, record),
        ColumnKey::Sort(s) => s,
    };
    let cell = match column {
        SortColumn::Prisoner(k) => prisoner_cell(c, d, k, record),
        SortColumn::Event(k) => event_cell(c, k, record),
        SortColumn::Statement(k) => statement_cell(c, d, k, record),
        SortColumn::Organisation(k) => organisation_cell(c, d, k, record),
        SortColumn::Petition(k) => petition_cell(c, d, k, record),
        SortColumn::Letter(k) => letter_cell(c, d, k, record),
    };
    cell.unwrap_or_else(|| plain(""))
}

fn when(c: &Campaign, d: &Derived, record: usize) -> Cell {
    let Some(e) = c.events.get(record) else {
        return plain("");
    };
    let (text, tone) = if e.is_past(d.today) {
        ("past", Tone::Past)
    } else if e.date <= d.today {
        ("now", Tone::Upcoming)
    } else {
        ("upcoming", Tone::Upcoming)
    };
    Cell {
        text: text.to_owned(),
        tone,
    }
}

/// Before the name of a prisoner at special risk in the Prisoners list (before
/// it, so that a long name cut to its column keeps it).
pub const RISK_MARK: &str = "!";

/// The marks of the Prisoners list, each with what it means, for the
/// legend at the foot of the list and in the help.
pub const PRISONER_MARKS: [(&str, &str); 3] = [
    (RISK_MARK, "special risk"),
    (crate::query::COMBINED_MARK, "with earlier arrests"),
    (crate::query::ESTIMATE_MARK, "arrest day unknown"),
];

/// [`PRISONER_MARKS`] with their words in the current language (made once
/// a language).
pub fn prisoner_marks_said() -> &'static [(&'static str, String); 3] {
    static SAID: crate::i18n::PerLang<[(&'static str, String); 3]> = crate::i18n::PerLang::new();
    SAID.get(|| {
        [
            (PRISONER_MARKS[0].0, crate::t!("mark-risk")),
            (PRISONER_MARKS[1].0, crate::t!("mark-earlier")),
            (PRISONER_MARKS[2].0, crate::t!("mark-estimate")),
        ]
    })
}

/// Which of [`PRISONER_MARKS`] the prisoner at `record` carries.
pub fn prisoner_marks(d: &Derived, record: usize) -> [bool; 3] {
    let f = d.prisoner_facts.get(record);
    let days = f.and_then(|f| f.days_shown());
    [
        risk_marked(d, record),
        days.is_some_and(|x| x.combined),
        days.is_some_and(|x| x.estimate),
    ]
}

/// What the marks the prisoners at `records` carry mean ("! special
/// risk"), those used only, in [`PRISONER_MARKS`] order.
pub fn prisoner_legend(d: &Derived, records: impl IntoIterator<Item = usize>) -> Vec<String> {
    let mut seen = [false; 3];
    for r in records {
        for (s, now) in seen.iter_mut().zip(prisoner_marks(d, r)) {
            *s |= now;
        }
    }
    prisoner_marks_said()
        .iter()
        .zip(seen)
        .filter(|(_, on)| *on)
        .map(|((mark, what), _)| format!("{mark} {what}"))
        .collect()
}

/// Whether the Prisoners list marks the prisoner at `record` with
/// [`RISK_MARK`].
pub fn risk_marked(d: &Derived, record: usize) -> bool {
    d.prisoner_facts
        .get(record)
        .is_some_and(|f| !f.risks.is_empty())
}

fn prisoner_cell(c: &Campaign, d: &Derived, k: PrisonerColumn, record: usize) -> Option<Cell> {
    let p = c.prisoners.get(record)?;
    Some(match k {
        PrisonerColumn::Name => {
            let name = sanitize_line(p.name());
            if risk_marked(d, record) {
                plain(format!("{RISK_MARK} {name}"))
            } else {
                plain(name)
            }
        }
        PrisonerColumn::Status => Cell {
            text: p.status.to_string(),
            tone: Tone::Status(p.status),
        },
        PrisonerColumn::Organisation => {
            let orgs = d
                .links
                .prisoner_organisations
                .get(record)
                .unwrap_or_default();
            let first = org_label(c, orgs.first().copied());
            plain(match orgs.len() {
                0 | 1 => first,
                n => format!("{first} +{}", n - 1),
            })
        }
        PrisonerColumn::Detained => plain(p.detained.map(|d| d.to_string()).unwrap_or_default()),
        PrisonerColumn::DaysHeld => plain(
            d.prisoner_facts
                .get(record)
                .and_then(|f| f.days_shown())
                .map_or("?".to_owned(), |days| days.marked()),
        ),
        PrisonerColumn::ReleaseDue => plain(
            d.prisoner_facts
                .get(record)
                .and_then(|f| crate::query::release_due_shown(p, f))
                .map(|date| date.to_string())
                .unwrap_or_default(),
        ),
        PrisonerColumn::Sentence => opt(p.sentence()),
        PrisonerColumn::Facility => opt(p.current_facility()),
        PrisonerColumn::Events => count(&d.links.prisoner_events, record),
        PrisonerColumn::Statements => count(&d.links.prisoner_statements, record),
        PrisonerColumn::News => plain(
            d.letters
                .facts
                .get(record)
                .and_then(|f| f.no_news_days)
                .map(crate::text::thousands_signed)
                .unwrap_or_default(),
        ),
        PrisonerColumn::Letters => plain(
            d.letters
                .facts
                .get(record)
                .map(|f| thousands(f.sent))
                .unwrap_or_default(),
        ),
        PrisonerColumn::LastLetter => plain(
            d.letters
                .facts
                .get(record)
                .and_then(|f| f.last_sent)
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ),
        PrisonerColumn::SentRecent => plain(
            d.letters
                .facts
                .get(record)
                .map(|f| thousands(f.sent_recent))
                .unwrap_or_default(),
        ),
        PrisonerColumn::SinceSent => plain(
            d.letters
                .facts
                .get(record)
                .and_then(|f| f.since_sent_days)
                .map(crate::text::thousands_signed)
                .unwrap_or_default(),
        ),
        PrisonerColumn::Risk => plain(
            d.prisoner_facts
                .get(record)
                .map(|f| {
                    f.risks
                        .iter()
                        .map(|r| r.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default(),
        ),
        PrisonerColumn::Checked => plain(p.checked.map(|d| d.to_string()).unwrap_or_default()),
    })
}

fn event_cell(c: &Campaign, k: EventColumn, record: usize) -> Option<Cell> {
    let e = c.events.get(record)?;
    Some(match k {
        EventColumn::Date => plain(e.date.to_string()),
        EventColumn::Kind => plain(e.kind.to_string()),
        EventColumn::Title => plain(sanitize_line(e.title())),
        EventColumn::City => opt(e.city()),
        EventColumn::Country => opt(e.country()),
    })
}

fn statement_cell(c: &Campaign, d: &Derived, k: StatementColumn, record: usize) -> Option<Cell> {
    let s = c.statements.get(record)?;
    Some(match k {
        StatementColumn::Date => plain(s.date.to_string()),
        StatementColumn::Author => plain(sanitize_line(s.author())),
        StatementColumn::Organisation => plain(org_label(
            c,
            d.links
                .statement_organisation
                .get(record)
                .copied()
                .flatten(),
        )),
        StatementColumn::Text => plain(first_line(s.text())),
    })
}

fn organisation_cell(
    c: &Campaign,
    d: &Derived,
    k: OrganisationColumn,
    record: usize,
) -> Option<Cell> {
    let o = c.organisations.get(record)?;
    let links = &d.links;
    Some(match k {
        OrganisationColumn::Name => plain(sanitize_line(&o.name)),
        OrganisationColumn::Short => opt(o.short.as_deref()),
        OrganisationColumn::Kind => opt(o.kind.as_deref()),
        OrganisationColumn::Country => opt(o.country.as_deref()),
        OrganisationColumn::Events => count(&links.organisation_events, record),
        OrganisationColumn::Statements => count(&links.organisation_statements, record),
        OrganisationColumn::Members => count(&links.organisation_members, record),
    })
}

fn petition_cell(c: &Campaign, d: &Derived, k: PetitionColumn, record: usize) -> Option<Cell> {
    let p = c.petitions.get(record)?;
    let latest = p.latest();
    Some(match k {
        PetitionColumn::Title => plain(sanitize_line(&p.title)),
        PetitionColumn::Host => plain(org_label(
            c,
            d.links.petition_host.get(record).copied().flatten(),
        )),
        PetitionColumn::Latest => plain(latest.map_or("-".to_owned(), |t| thousands(t.signatures))),
        PetitionColumn::Goal => plain(p.goal.map_or("-".to_owned(), thousands)),
        PetitionColumn::Progress => plain(match (latest, p.goal) {
            (None, _) => "no count yet".to_owned(),
            (Some(t), Some(goal)) if goal > 0 => {
                format!("{}%", t.signatures.saturating_mul(100) / goal)
            }
            (Some(_), _) => "no goal".to_owned(),
        }),
    })
}

fn letter_cell(c: &Campaign, d: &Derived, k: LetterColumn, record: usize) -> Option<Cell> {
    let l = c.letters.get(record)?;
    Some(match k {
        LetterColumn::Date => plain(l.date.to_string()),
        // The prisoner's name, or the id as written where no prisoner has it.
        LetterColumn::Prisoner => plain(sanitize_line(
            d.links
                .prisoner_by_id
                .get(&l.prisoner)
                .and_then(|&p| c.prisoners.get(p))
                .map_or(l.prisoner.as_str(), |p| p.name()),
        )),
        LetterColumn::Direction => plain(<&str>::from(l.direction)),
        LetterColumn::Count => plain(thousands(l.pieces())),
        LetterColumn::Channel => opt(l.channel.map(<&str>::from)),
        LetterColumn::Event => opt(l
            .event
            .as_deref()
            .and_then(|id| d.links.event_by_id.get(id))
            .and_then(|&e| c.events.get(e))
            .map(|e| e.title())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn every_sort_column_is_a_column_of_its_view_once() {
        for view in View::iter() {
            match view.kind() {
                Some(kind) => assert_eq!(sort_columns(view), SortColumn::all(kind), "{view}"),
                None => assert!(columns(view).is_empty()),
            }
            for c in columns(view) {
                assert!(!c.title.is_empty());
                // Numbers are fixed columns, so that they line up.
                assert!(!c.right || c.fixed().is_some(), "{view}: {}", c.title);
                assert!(c.min() <= c.want());
            }
        }
        assert_eq!(
            columns(View::Events)[0].key,
            ColumnKey::When,
            "the events begin with When"
        );
    }

    #[test]
    fn a_missing_record_has_empty_cells() {
        let c = Campaign::default();
        let d = Derived::new(&c, chrono::NaiveDate::from_ymd_opt(2023, 5, 6).unwrap());
        for view in View::iter() {
            for col in columns(view) {
                assert_eq!(cell(&c, &d, col.key, 3).text, "");
            }
        }
    }
}
