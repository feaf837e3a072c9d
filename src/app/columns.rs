//! Where the columns of each list table go on screen. The columns
//! themselves (titles, widths, cells) are [`crate::table`]'s, shared with
//! `print`; each is a [`SortColumn`](crate::query::SortColumn) of the query module (plus the events'
//! "When"). The ui draws these columns, update maps a header click to them,
//! and `s` cycles through them, so the three cannot drift apart.

use ratatui::layout::Rect;

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

/// Where the columns `shown` (of a tab, in order) go in `area` (one row of the table),
/// sorted by `sort`: as many columns as fit at their narrowest (the
/// least needed left out first), each at its x, one cell apart. Fixed
/// columns (dates, statuses, numbers) get their width; the spare width goes
/// to the main text column up to what it wants, then to the short text
/// columns up to what they want, and the rest to the main text again. The
/// sorted column is two cells wider when it has a fixed width, to make room
/// for its arrow.
pub fn place(mut shown: Vec<Column>, area: Rect, sort: Option<Sort>) -> Vec<Placed> {
    // The narrowest a column is shown: the sorted fixed column has room for
    // its arrow (its `Column` keeps its own width, to which its numbers are
    // aligned).
    let min = |c: &Column| match (sort, c.fixed()) {
        (Some(s), Some(w)) if c.key == ColumnKey::Sort(s.column) => w + 2,
        _ => c.min(),
    };
    let needed = |cols: &[Column]| -> u32 {
        cols.iter().map(|c| u32::from(min(c))).sum::<u32>() + cols.len().saturating_sub(1) as u32
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
    let mut widths: Vec<u16> = shown.iter().map(min).collect();
    let mut spare = u32::from(area.width).saturating_sub(needed(&shown));
    let is_main = |c: &Column| c.is_main();
    let mut give = |widths: &mut Vec<u16>, pick: &dyn Fn(&Column) -> bool, upto: bool| {
        for (i, c) in shown.iter().enumerate() {
            if !pick(c) || spare == 0 {
                continue;
            }
            let room = if upto {
                u32::from(c.want().saturating_sub(widths[i]))
            } else {
                spare
            };
            let add = room.min(spare);
            widths[i] = widths[i].saturating_add(u16::try_from(add).unwrap_or(u16::MAX));
            spare -= add;
        }
    };
    give(&mut widths, &is_main, true);
    give(&mut widths, &|c: &Column| c.weight() == 1, true);
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
    use super::super::Tab;
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
                    let placed = place(columns(tab), area, sort);
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
        let placed = place(columns(Tab::Prisoners), Rect::new(0, 0, 70, 1), Some(s));
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
        let placed = place(columns(Tab::Events), Rect::new(0, 0, 78, 1), None);
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
                for p in place(columns(tab), Rect::new(0, 0, w, 1), None) {
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
                let n = place(columns(tab), Rect::new(0, 0, w, 1), None).len();
                assert!(n >= before, "{tab} at {w}");
                before = n;
            }
        }
    }
}
