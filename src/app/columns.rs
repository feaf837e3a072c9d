//! The columns of each list table, as one list: each column is a
//! [`SortColumn`] of the query module (plus the events' "When", which only
//! says past or upcoming in words). The ui draws these columns, update maps a
//! header click to them, and `s` cycles through them, so the three cannot
//! drift apart: a new `SortColumn` fails to compile until it has a title here
//! and a cell in its tab's ui.

use ratatui::layout::{Constraint, Flex, Layout, Rect};
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
    pub width: Constraint,
    /// The inner width of the list from which the column is shown; narrow
    /// lists drop their least needed columns.
    pub from_width: u16,
}

/// One shown column and where it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub column: Column,
    /// The column's cells: its x and width (y and height are those of the
    /// area it was placed in).
    pub area: Rect,
}

const fn col(key: ColumnKey, title: &'static str, width: Constraint, from_width: u16) -> Column {
    Column {
        key,
        title,
        width,
        from_width,
    }
}

fn prisoner(c: PrisonerColumn) -> Column {
    use Constraint::{Fill, Length};
    use PrisonerColumn::*;
    let key = ColumnKey::Sort(SortColumn::Prisoner(c));
    match c {
        Name => col(key, "Name", Fill(2), 0),
        Status => col(key, "Status", Length(10), 0),
        Organisation => col(key, "Org", Length(9), 60),
        Detained => col(key, "Detained", Length(10), 48),
        DaysHeld => col(key, "Days held", Length(9), 34),
        Sentence => col(key, "Sentence", Fill(1), 80),
        Facility => col(key, "Facility", Fill(1), 96),
    }
}

fn event(c: EventColumn) -> Column {
    use Constraint::{Fill, Length};
    use EventColumn::*;
    let key = ColumnKey::Sort(SortColumn::Event(c));
    match c {
        Date => col(key, "Date", Length(10), 0),
        Kind => col(key, "Kind", Length(10), 56),
        Title => col(key, "Title", Fill(2), 0),
        City => col(key, "City", Fill(1), 64),
        Country => col(key, "Country", Fill(1), 84),
    }
}

fn statement(c: StatementColumn) -> Column {
    use Constraint::{Fill, Length};
    use StatementColumn::*;
    let key = ColumnKey::Sort(SortColumn::Statement(c));
    match c {
        Date => col(key, "Date", Length(10), 0),
        Author => col(key, "Author", Fill(1), 0),
        Organisation => col(key, "Org", Length(9), 60),
        Text => col(key, "Text", Fill(2), 44),
    }
}

fn organisation(c: OrganisationColumn) -> Column {
    use Constraint::{Fill, Length};
    use OrganisationColumn::*;
    let key = ColumnKey::Sort(SortColumn::Organisation(c));
    match c {
        Name => col(key, "Name", Fill(2), 0),
        Short => col(key, "Short", Length(9), 0),
        Kind => col(key, "Kind", Length(11), 70),
        Country => col(key, "Country", Fill(1), 86),
        Events => col(key, "Events", Length(6), 44),
        Statements => col(key, "Stmts", Length(5), 52),
        Members => col(key, "Members", Length(7), 60),
    }
}

fn petition(c: PetitionColumn) -> Column {
    use Constraint::{Fill, Length};
    use PetitionColumn::*;
    let key = ColumnKey::Sort(SortColumn::Petition(c));
    match c {
        Title => col(key, "Title", Fill(1), 0),
        Host => col(key, "Host", Length(9), 56),
        Latest => col(key, "Latest", Length(9), 40),
        Goal => col(key, "Goal", Length(9), 48),
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
/// sorted by `sort`: the columns the width allows, each at its x, one cell
/// apart. The sorted column is two cells wider when it has a fixed width, to
/// make room for its arrow.
pub fn place(tab: Tab, area: Rect, sort: Option<Sort>) -> Vec<Placed> {
    let shown: Vec<Column> = columns(tab)
        .into_iter()
        .filter(|c| area.width >= c.from_width)
        .map(|mut c| {
            if let (Some(s), Constraint::Length(w)) = (sort, c.width)
                && c.key == ColumnKey::Sort(s.column)
            {
                c.width = Constraint::Length(w + 2);
            }
            c
        })
        .collect();
    // As ratatui's Table lays its columns out: from the left, one cell apart.
    let rects = Layout::horizontal(shown.iter().map(|c| c.width))
        .flex(Flex::Start)
        .spacing(1)
        .split(Rect::new(area.x, area.y, area.width, area.height));
    shown
        .into_iter()
        .zip(rects.iter())
        .map(|(column, r)| Placed { column, area: *r })
        .collect()
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
}
