//! Where the columns of each list table go on screen. The columns
//! themselves (titles, widths, cells) are [`crate::table`]'s, shared with
//! `print`; each is a [`SortColumn`](crate::query::SortColumn) of the query module (plus the events'
//! "When"). The ui draws these columns, update maps a header click to them,
//! and `s` cycles through them, so the three cannot drift apart.

use ratatui::layout::Rect;

use super::Tab;
use crate::query::Sort;
pub use crate::table::{Column, ColumnKey, columns, sort_columns};

/// One shown column and where it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub column: Column,
    /// The column's cells: its x and width (y and height are those of the
    /// area it was placed in).
    pub area: Rect,
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

/// The letter that picks each sortable column of `tab` after `o`, in table
/// order: the first letter of its name not taken by a column before it,
/// else the next of its letters, else one from a to z.
pub fn sort_letters(tab: Tab) -> Vec<(char, crate::query::SortColumn)> {
    let mut out: Vec<(char, crate::query::SortColumn)> = Vec::new();
    for column in sort_columns(tab) {
        let taken = |c: char| out.iter().any(|(t, _)| *t == c);
        let letter = column
            .name()
            .chars()
            .filter(char::is_ascii_lowercase)
            .chain('a'..='z')
            .find(|&c| !taken(c));
        if let Some(c) = letter {
            out.push((c, column));
        }
    }
    out
}

/// How much wider than its `want` the main text is kept whole before other
/// columns, when its widest cell is wider still.
const MAIN_SLACK: u16 = 0;

/// The narrowest `column` is shown: the sorted column has room for its
/// title and arrow (its `Column` keeps its own width, to which its numbers are
/// aligned).
fn least(column: &Column, sort: Option<Sort>) -> u16 {
    match (sort, column.fixed()) {
        (Some(s), Some(w)) if column.key == ColumnKey::Sort(s.column) => w + 2,
        // A sorted text column shows its title and arrow whole.
        (Some(s), None) if column.key == ColumnKey::Sort(s.column) => {
            let title = u16::try_from(column.title.chars().count()).unwrap_or(0);
            column.min().max(title + 2)
        }
        _ => column.min(),
    }
}

/// What `column` needs to be shown whole, given the width of its widest
/// cell (`content`, from [`crate::table::content_widths`]): never less than
/// its narrowest, and a sorted column has room for its arrow.
fn need(column: &Column, content: u16, sort: Option<Sort>) -> u16 {
    let sorted = sort.is_some_and(|s| column.key == ColumnKey::Sort(s.column));
    let arrow = if sorted { 2 } else { 0 };
    match column.fixed() {
        Some(_) => least(column, sort),
        None => (content + arrow).max(least(column, sort)),
    }
}

/// The width the list of `tab` needs to show every column whole, one cell
/// apart (without its border), given the widths of their widest cells.
pub fn needed(cols: &[Column], content: &[u16], sort: Option<Sort>) -> u16 {
    let sum: u16 = cols
        .iter()
        .enumerate()
        .map(|(i, c)| need(c, content.get(i).copied().unwrap_or(c.want()), sort))
        .fold(0u16, u16::saturating_add);
    sum.saturating_add(u16::try_from(cols.len().saturating_sub(1)).unwrap_or(0))
}

/// Where the columns `all` (those a tab shows, in order) go in `area` (one
/// row of the table), sorted by `sort`, given the widths of their widest
/// cells (`content`, one a column of `all`; a column without one counts as
/// wanting its `want`):
/// - as many columns as fit at their narrowest beside the main text (a
///   name, a title) shown whole, the least needed left out first, but never the
///   column the list is sorted by;
/// - each at its narrowest, then the spare width to the columns that would
///   be cut, by priority (the never-left-out first, then in the order they
///   are kept), each up to what shows its widest cell whole;
/// - what is still spare stays at the right, so that columns are not far
///   apart, unless a column is still cut: then the main text takes it.
pub fn place(all: Vec<Column>, area: Rect, sort: Option<Sort>, content: &[u16]) -> Vec<Placed> {
    let is_sorted = |c: &Column| sort.is_some_and(|s| c.key == ColumnKey::Sort(s.column));
    let mut shown: Vec<(usize, Column)> = all.iter().copied().enumerate().collect();
    let narrowest = |cols: &[(usize, Column)]| -> u32 {
        cols.iter()
            .map(|(_, c)| u32::from(least(c, sort)))
            .sum::<u32>()
            + cols.len().saturating_sub(1) as u32
    };
    let needs_of = |cols: &[(usize, Column)]| -> Vec<u16> {
        cols.iter()
            .map(|(i, c)| need(c, content.get(*i).copied().unwrap_or(c.want()), sort))
            .collect()
    };
    // What the main text (a name, a title; never left out) lacks of its
    // widest cell (up to MAIN_SLACK past what it wants) at its narrowest:
    // columns are left out until it has it, so that a name is not cut for
    // a column that can go, nor every other column lost to one long title.
    let shortfall = |cols: &[(usize, Column)]| -> u32 {
        cols.iter()
            .zip(needs_of(cols))
            .filter(|((_, c), _)| c.drop == 0 && c.is_main())
            .map(|((_, c), n)| {
                let n = n.min(c.want() + MAIN_SLACK);
                u32::from(n.saturating_sub(least(c, sort)))
            })
            .sum()
    };
    while narrowest(&shown) + shortfall(&shown) > u32::from(area.width) {
        let Some(i) = shown
            .iter()
            .enumerate()
            .filter(|(_, (_, c))| c.drop > 0 && !is_sorted(c))
            .max_by_key(|(_, (_, c))| c.drop)
            .map(|(i, _)| i)
        else {
            break;
        };
        shown.remove(i);
    }
    let needs = needs_of(&shown);
    let mut widths: Vec<u16> = shown.iter().map(|(_, c)| least(c, sort)).collect();
    let mut spare = u32::from(area.width).saturating_sub(narrowest(&shown));
    let mut by_priority: Vec<usize> = (0..shown.len()).collect();
    by_priority.sort_by_key(|&p| (shown[p].1.drop, !shown[p].1.is_main(), p));
    for &p in &by_priority {
        let add = u32::from(needs[p].saturating_sub(widths[p])).min(spare);
        widths[p] += add as u16;
        spare -= add;
    }
    if spare > 0 && widths.iter().zip(&needs).any(|(w, n)| w < n) {
        // Still cut, somewhere: the main text has the rest.
        if let Some(p) = shown.iter().position(|(_, c)| c.is_main()) {
            widths[p] = widths[p].saturating_add(u16::try_from(spare).unwrap_or(u16::MAX));
        }
    }
    let mut x = area.x;
    let mut out = Vec::with_capacity(shown.len());
    for ((_, column), w) in shown.into_iter().zip(widths) {
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
    use crate::query::{EventColumn, PrisonerColumn, SortColumn};
    use strum::IntoEnumIterator;

    #[test]
    fn columns_fit_and_do_not_overlap() {
        for tab in Tab::iter().filter(|t| t.kind().is_some()) {
            for width in [30u16, 44, 60, 71, 120] {
                let area = Rect::new(3, 5, width, 1);
                for sort in [
                    None,
                    Some(Sort {
                        column: sort_columns(tab)[1],
                        descending: true,
                    }),
                ] {
                    let placed = place(columns(tab), area, sort, &[]);
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
        let placed = place(
            columns(Tab::Prisoners),
            Rect::new(0, 0, 70, 1),
            Some(s),
            &[],
        );
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
        let placed = place(columns(Tab::Events), Rect::new(0, 0, 78, 1), None, &[]);
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
            for tab in Tab::iter().filter(|t| t.kind().is_some()) {
                for p in place(columns(tab), Rect::new(0, 0, w, 1), None, &[]) {
                    if let Some(n) = p.column.fixed()
                        && p.column.drop > 0
                    {
                        assert_eq!(p.area.width, n, "{tab} at {w}: {}", p.column.title);
                    }
                }
            }
        }
        // More room, more columns, never fewer.
        for tab in Tab::iter().filter(|t| t.kind().is_some()) {
            let mut before = 0;
            for w in 20..=200 {
                let n = place(columns(tab), Rect::new(0, 0, w, 1), None, &[]).len();
                assert!(n >= before, "{tab} at {w}");
                before = n;
            }
        }
    }

    #[test]
    fn the_sorted_column_is_always_shown() {
        for tab in Tab::iter().filter(|t| t.kind().is_some()) {
            for column in sort_columns(tab) {
                let sort = Some(Sort {
                    column,
                    descending: true,
                });
                for width in [40u16, 48, 60, 78, 100] {
                    let placed = place(columns(tab), Rect::new(0, 0, width, 1), sort, &[]);
                    assert!(
                        placed
                            .iter()
                            .any(|p| p.column.key == ColumnKey::Sort(column) && p.area.width > 2),
                        "{tab} by {column:?} at {width}"
                    );
                }
            }
        }
    }

    #[test]
    fn spare_width_goes_to_the_cut_columns_by_priority() {
        use PrisonerColumn::*;
        // Name, Status, Org, Detained, Days held, Due, Sentence, Facility,
        // Events, Stmts: a facility 40 wide, names 19.
        let content = [19, 10, 4, 10, 9, 10, 17, 40, 6, 5];
        let width = |placed: &[Placed], c| {
            placed
                .iter()
                .find(|p| p.column.key == ColumnKey::Sort(SortColumn::Prisoner(c)))
                .map(|p| p.area.width)
        };
        let wide = place(
            crate::table::default_columns(Tab::Prisoners),
            Rect::new(0, 0, 196, 1),
            None,
            &content,
        );
        assert_eq!(
            width(&wide, Name),
            Some(19),
            "not more than the widest name"
        );
        assert_eq!(width(&wide, Facility), Some(40), "the facility whole");
        assert_eq!(width(&wide, Sentence), Some(17));
        // Narrower, every column: the facility, needed more, has the rest.
        let mid = place(
            crate::table::default_columns(Tab::Prisoners),
            Rect::new(0, 0, 110, 1),
            None,
            &content,
        );
        assert_eq!(mid.len(), 10);
        assert_eq!(width(&mid, Name), Some(19));
        assert_eq!(width(&mid, Facility), Some(19), "before the sentence");
        assert_eq!(width(&mid, Sentence), Some(9));
    }

    #[test]
    fn a_name_is_not_cut_for_a_column_that_can_go() {
        // The bundled prisoners at 80 columns, the list on the whole screen:
        // names 19 wide.
        let content = [19, 10, 4, 10, 9, 10, 9, 28, 6, 5];
        let placed = place(
            crate::table::default_columns(Tab::Prisoners),
            Rect::new(0, 0, 77, 1),
            None,
            &content,
        );
        let name = placed
            .iter()
            .find(|p| p.column.title == "Name")
            .map(|p| p.area.width);
        assert_eq!(name, Some(19));
        assert!(placed.iter().any(|p| p.column.title == "Facility"));
    }
}
