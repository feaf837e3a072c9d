//! The columns of each list table, as one list: each column is a
//! [`SortColumn`] of the query module (plus the events' "When", which only
//! says past or upcoming in words). The ui draws these columns, update maps a
//! header click to them, and `s` cycles through them, so the three cannot
//! drift apart: a new `SortColumn` fails to compile until it has a title here
//! and a cell in its tab's ui.

use ratatui::layout::{Constraint, Rect};
use strum::VariantArray;

use super::Tab;
use crate::query::{
    EventColumn, OrganisationColumn, PetitionColumn, PrisonerColumn, Sort, SortColumn,
    StatementColumn,
};

/// What a column shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ColumnKey {
    /// The events' past/now/upcoming, in words; not sortable.
    When,
    /// A sortable column.
    Sort(SortColumn),
}

/// A column of a list table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub key: ColumnKey,
    pub title: &'static str,
    /// `Length(n)`: dates, statuses and numbers, always `n` wide, never cut.
    /// `Fill(2)`: the main text (title, name, facility, text), which gets
    /// the spare width first; `Fill(1)`: a short text (city, country, org).
    pub width: Constraint,
    /// The narrowest a text column is shown.
    pub min: u16,
    /// The width a text column is given before the main text takes the
    /// rest.
    pub want: u16,
    /// When the columns do not fit, the one with the highest `drop` is
    /// left out first; 0 is never left out.
    pub drop: u8,
}

/// One shown column and where it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub column: Column,
    /// The column's cells: its x and width (y and height are those of the
    /// area it was placed in).
    pub area: Rect,
}

const fn col(key: ColumnKey, title: &'static str, width: Constraint, drop: u8) -> Column {
    let n = match width {
        Constraint::Length(n) => n,
        _ => 0,
    };
    Column {
        key,
        title,
        width,
        min: n,
        want: n,
        drop,
    }
}

/// A text column, at least `min` wide, given `want` when there is room.
const fn text(
    key: ColumnKey,
    title: &'static str,
    main: bool,
    min: u16,
    want: u16,
    drop: u8,
) -> Column {
    Column {
        key,
        title,
        width: Constraint::Fill(if main { 2 } else { 1 }),
        min,
        want,
        drop,
    }
}

fn prisoner(c: PrisonerColumn) -> Column {
    use Constraint::Length;
    use PrisonerColumn::*;
    let key = ColumnKey::Sort(SortColumn::Prisoner(c));
    match c {
        Name => text(key, "Name", true, 14, 20, 0),
        Status => col(key, "Status", Length(10), 0),
        Organisation => text(key, "Org", false, 4, 6, 4),
        Detained => col(key, "Detained", Length(10), 3),
        DaysHeld => col(key, "Days held", Length(9), 1),
        Sentence => text(key, "Sentence", false, 9, 12, 5),
        Facility => text(key, "Facility", true, 10, 16, 6),
    }
}

fn event(c: EventColumn) -> Column {
    use Constraint::Length;
    use EventColumn::*;
    let key = ColumnKey::Sort(SortColumn::Event(c));
    match c {
        Date => col(key, "Date", Length(10), 0),
        Kind => col(key, "Kind", Length(10), 2),
        Title => text(key, "Title", true, 14, 26, 0),
        City => text(key, "City", false, 7, 10, 3),
        Country => text(key, "Country", false, 7, 11, 4),
    }
}

fn statement(c: StatementColumn) -> Column {
    use Constraint::Length;
    use StatementColumn::*;
    let key = ColumnKey::Sort(SortColumn::Statement(c));
    match c {
        Date => col(key, "Date", Length(10), 0),
        Author => text(key, "Author", false, 10, 18, 0),
        Organisation => text(key, "Org", false, 5, 9, 2),
        Text => text(key, "Text", true, 12, 30, 1),
    }
}

fn organisation(c: OrganisationColumn) -> Column {
    use Constraint::Length;
    use OrganisationColumn::*;
    let key = ColumnKey::Sort(SortColumn::Organisation(c));
    match c {
        Name => text(key, "Name", true, 14, 30, 0),
        Short => text(key, "Short", false, 5, 9, 0),
        Kind => col(key, "Kind", Length(11), 5),
        Country => text(key, "Country", false, 7, 11, 6),
        Events => col(key, "Events", Length(6), 2),
        Statements => col(key, "Stmts", Length(5), 3),
        Members => col(key, "Members", Length(7), 4),
    }
}

fn petition(c: PetitionColumn) -> Column {
    use Constraint::Length;
    use PetitionColumn::*;
    let key = ColumnKey::Sort(SortColumn::Petition(c));
    match c {
        Title => text(key, "Title", true, 12, 30, 0),
        Host => text(key, "Host", false, 5, 12, 3),
        Latest => col(key, "Latest", Length(9), 1),
        Goal => col(key, "Goal", Length(9), 2),
        Progress => col(key, "Progress", Length(12), 0),
    }
}

/// The columns of a tab's table, left to right (none for the overview).
pub fn columns(tab: Tab) -> Vec<Column> {
    match tab {
        Tab::Overview => Vec::new(),
        Tab::Prisoners => PrisonerColumn::VARIANTS
            .iter()
            .map(|&c| prisoner(c))
            .collect(),
        Tab::Events => std::iter::once(col(ColumnKey::When, "When", Constraint::Length(8), 0))
            .chain(EventColumn::VARIANTS.iter().map(|&c| event(c)))
            .collect(),
        Tab::Statements => StatementColumn::VARIANTS
            .iter()
            .map(|&c| statement(c))
            .collect(),
        Tab::Organisations => OrganisationColumn::VARIANTS
            .iter()
            .map(|&c| organisation(c))
            .collect(),
        Tab::Petitions => PetitionColumn::VARIANTS
            .iter()
            .map(|&c| petition(c))
            .collect(),
    }
}

/// The sortable columns of a tab, in table order: what `s` cycles through.
pub fn sort_columns(tab: Tab) -> Vec<SortColumn> {
    columns(tab)
        .into_iter()
        .filter_map(|c| match c.key {
            ColumnKey::Sort(s) => Some(s),
            ColumnKey::When => None,
        })
        .collect()
}

/// The header text of a column: its title, and the direction of the sort
/// when the table is sorted by it (▲ ascending, ▼ descending).
pub fn header_text(column: &Column, sort: Option<Sort>) -> String {
    match sort {
        Some(s) if column.key == ColumnKey::Sort(s.column) => {
            format!("{} {}", column.title, if s.descending { "▼" } else { "▲" })
        }
        _ => column.title.to_owned(),
    }
}

/// Where the shown columns of `tab` go in `area` (one row of the table),
/// sorted by `sort`: as many columns as fit at their narrowest (the
/// least needed left out first), each at its x, one cell apart. Fixed
/// columns (dates, statuses, numbers) get their width; the spare width goes
/// to the main text column up to what it wants, then to the short text
/// columns up to what they want, and the rest to the main text again. The
/// sorted column is two cells wider when it has a fixed width, to make room
/// for its arrow.
pub fn place(tab: Tab, area: Rect, sort: Option<Sort>) -> Vec<Placed> {
    let mut shown: Vec<Column> = columns(tab)
        .into_iter()
        .map(|mut c| {
            if let (Some(s), Constraint::Length(w)) = (sort, c.width)
                && c.key == ColumnKey::Sort(s.column)
            {
                c.width = Constraint::Length(w + 2);
                c.min = w + 2;
                c.want = w + 2;
            }
            c
        })
        .collect();
    let needed = |cols: &[Column]| -> u32 {
        cols.iter().map(|c| u32::from(c.min)).sum::<u32>() + cols.len().saturating_sub(1) as u32
    };
    while needed(&shown) > u32::from(area.width) {
        let Some(i) = shown
            .iter()
            .enumerate()
            .filter(|(_, c)| c.drop > 0)
            .max_by_key(|(_, c)| c.drop)
            .map(|(i, _)| i)
        else {
            break;
        };
        shown.remove(i);
    }
    let mut widths: Vec<u16> = shown.iter().map(|c| c.min).collect();
    let mut spare = u32::from(area.width).saturating_sub(needed(&shown));
    let is_main = |c: &Column| c.width == Constraint::Fill(2);
    let mut give = |widths: &mut Vec<u16>, pick: &dyn Fn(&Column) -> bool, upto: bool| {
        for (i, c) in shown.iter().enumerate() {
            if !pick(c) || spare == 0 {
                continue;
            }
            let room = if upto {
                u32::from(c.want.saturating_sub(widths[i]))
            } else {
                spare
            };
            let add = room.min(spare);
            widths[i] = widths[i].saturating_add(u16::try_from(add).unwrap_or(u16::MAX));
            spare -= add;
        }
    };
    give(&mut widths, &is_main, true);
    give(
        &mut widths,
        &|c: &Column| c.width == Constraint::Fill(1),
        true,
    );
    give(&mut widths, &is_main, false);
    let mut x = area.x;
    let mut out = Vec::with_capacity(shown.len());
    for (column, w) in shown.into_iter().zip(widths) {
        let w = w.min(area.right().saturating_sub(x));
        out.push(Placed {
            column,
            area: Rect::new(x, area.y, w, area.height),
        });
        x = x.saturating_add(w).saturating_add(1).min(area.right());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::RecordKind;
    use strum::IntoEnumIterator;

    #[test]
    fn every_sort_column_is_a_column_of_its_tab_once() {
        let kinds = [
            (Tab::Prisoners, RecordKind::Prisoner),
            (Tab::Events, RecordKind::Event),
            (Tab::Statements, RecordKind::Statement),
            (Tab::Organisations, RecordKind::Organisation),
            (Tab::Petitions, RecordKind::Petition),
        ];
        for (tab, kind) in kinds {
            assert_eq!(sort_columns(tab), SortColumn::all(kind), "{tab}");
        }
        assert!(columns(Tab::Overview).is_empty());
        for tab in Tab::iter() {
            for c in columns(tab) {
                assert!(!c.title.is_empty());
            }
        }
    }

    #[test]
    fn columns_fit_and_do_not_overlap() {
        for tab in Tab::iter().skip(1) {
            for width in [30u16, 44, 60, 71, 120] {
                let area = Rect::new(3, 5, width, 1);
                for sort in [
                    None,
                    Some(Sort {
                        column: sort_columns(tab)[1],
                        descending: true,
                    }),
                ] {
                    let placed = place(tab, area, sort);
                    assert!(!placed.is_empty());
                    for pair in placed.windows(2) {
                        assert!(pair[0].area.right() < pair[1].area.x + 1);
                    }
                    assert!(placed.iter().all(|p| p.area.right() <= area.right()));
                }
            }
        }
        let s = Sort {
            column: SortColumn::Prisoner(PrisonerColumn::DaysHeld),
            descending: true,
        };
        let placed = place(Tab::Prisoners, Rect::new(0, 0, 70, 1), Some(s));
        let days = placed
            .iter()
            .find(|p| p.column.key == ColumnKey::Sort(s.column))
            .unwrap();
        assert_eq!(header_text(&days.column, Some(s)), "Days held ▼");
        assert_eq!(days.area.width, 11);
    }

    #[test]
    fn the_main_text_gets_the_spare_width_and_fixed_columns_are_never_cut() {
        // The events list at 120x40: every column, the title widest.
        let placed = place(Tab::Events, Rect::new(0, 0, 78, 1), None);
        assert_eq!(placed.len(), 6);
        let width = |key| {
            placed
                .iter()
                .find(|p| p.column.key == key)
                .unwrap()
                .area
                .width
        };
        let title = width(ColumnKey::Sort(SortColumn::Event(EventColumn::Title)));
        let city = width(ColumnKey::Sort(SortColumn::Event(EventColumn::City)));
        assert!(title >= 26 && title > city, "{title} {city}");
        for w in 20..=200 {
            for tab in Tab::iter().skip(1) {
                for p in place(tab, Rect::new(0, 0, w, 1), None) {
                    if let Constraint::Length(n) = p.column.width
                        && p.column.drop > 0
                    {
                        assert_eq!(p.area.width, n, "{tab} at {w}: {}", p.column.title);
                    }
                }
            }
        }
        // More room, more columns, never fewer.
        for tab in Tab::iter().skip(1) {
            let mut before = 0;
            for w in 20..=200 {
                let n = place(tab, Rect::new(0, 0, w, 1), None).len();
                assert!(n >= before, "{tab} at {w}");
                before = n;
            }
        }
    }
}
