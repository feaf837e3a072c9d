//! What the list tabs share: the table of records (only the visible rows are
//! built) and the detail pane of the selected record.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, Widget, Wrap};

use super::theme::Theme;
use crate::app::detail::{Row as DetailRow, RowKind};
use crate::app::{App, Areas, Focus, visible_offset};

/// A column of a list table.
pub struct Column {
    pub title: &'static str,
    pub width: Constraint,
    /// The inner width of the list from which the column is shown; narrow
    /// lists drop their least needed columns.
    pub from_width: u16,
}

/// One cell's text and style.
pub type CellText = (String, Style);

/// Draws the table of the current tab. `cells` gives the cells of the record
/// at an index, one per column of `columns`.
pub fn draw_table(
    app: &App,
    areas: &Areas,
    buf: &mut Buffer,
    theme: &Theme,
    title: &str,
    columns: &[Column],
    cells: &dyn Fn(usize) -> Vec<CellText>,
) {
    if areas.list.is_empty() {
        return;
    }
    let Some(state) = app.list(app.tab) else {
        return;
    };
    let len = app.len(app.tab);
    let focused = state.focus == Focus::List;
    let block = Block::bordered()
        .title(Line::styled(format!(" {title} ({len}) "), theme.title()))
        .border_style(if focused {
            theme.border_focused()
        } else {
            theme.border()
        });
    block.render(areas.list, buf);
    if len == 0 {
        Paragraph::new(format!("No {} in this file.", title.to_lowercase()))
            .style(theme.muted())
            .wrap(Wrap { trim: true })
            .render(areas.header.union(areas.rows), buf);
        return;
    }
    let shown: Vec<bool> = columns
        .iter()
        .map(|c| areas.rows.width >= c.from_width)
        .collect();
    let header = Row::new(
        columns
            .iter()
            .zip(&shown)
            .filter(|(_, s)| **s)
            .map(|(c, _)| Cell::from(c.title)),
    )
    .style(theme.header());
    let height = usize::from(areas.rows.height);
    let offset = visible_offset(state.selected, state.offset, height, len);
    let rows: Vec<Row> = (offset..(offset + height).min(len))
        .filter_map(|position| {
            let record = app.record_at(app.tab, position)?;
            let row_cells = cells(record)
                .into_iter()
                .zip(&shown)
                .filter(|(_, s)| **s)
                .map(|((text, style), _)| Cell::from(Span::styled(text, style)));
            let row = Row::new(row_cells);
            Some(if position == state.selected {
                row.style(theme.selected())
            } else {
                row
            })
        })
        .collect();
    let widths: Vec<Constraint> = columns
        .iter()
        .zip(&shown)
        .filter(|(_, s)| **s)
        .map(|(c, _)| c.width)
        .collect();
    Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .render(areas.header.union(areas.rows), buf);
}

/// Draws the detail pane of the selected record, scrolled as the state says.
pub fn draw_detail(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    if areas.detail.is_empty() {
        return;
    }
    let Some(state) = app.list(app.tab) else {
        return;
    };
    let focused = state.focus == Focus::Detail;
    let rows = app.detail_rows(areas.detail_text.width);
    let height = usize::from(areas.detail_text.height);
    let scroll = state.detail_scroll.min(rows.len().saturating_sub(height));
    let mut block = Block::bordered()
        .title(Line::styled(
            if focused {
                " Detail (j/k scroll, Esc back) "
            } else {
                " Detail (Enter to focus) "
            },
            theme.title(),
        ))
        .border_style(if focused {
            theme.border_focused()
        } else {
            theme.border()
        });
    if rows.len() > height && height > 0 {
        block = block.title_bottom(
            Line::from(format!(
                " lines {}-{} of {} ",
                scroll + 1,
                (scroll + height).min(rows.len()),
                rows.len()
            ))
            .alignment(Alignment::Right),
        );
    }
    block.render(areas.detail, buf);
    if rows.is_empty() {
        Paragraph::new("Nothing selected.")
            .style(theme.muted())
            .render(areas.detail_text, buf);
        return;
    }
    let lines: Vec<Line> = rows
        .iter()
        .skip(scroll)
        .take(height)
        .map(|r| detail_line(r, theme))
        .collect();
    Paragraph::new(lines).render(areas.detail_text, buf);
}

fn detail_line<'a>(row: &'a DetailRow, theme: &Theme) -> Line<'a> {
    let style = match row.kind {
        RowKind::Title => theme.title(),
        RowKind::Heading => theme.heading(),
        RowKind::Note => theme.muted(),
        RowKind::Field | RowKind::Item | RowKind::Text => theme.text(),
    };
    let label_style = match row.kind {
        RowKind::Field => theme.label(),
        _ => theme.text(),
    };
    // A field label on a row of its own (narrow panes) is bold too.
    let style = if row.kind == RowKind::Field && row.label.is_empty() {
        theme.label()
    } else {
        style
    };
    Line::from(vec![
        Span::styled(row.label.as_str(), label_style),
        Span::styled(row.text.as_str(), style),
    ])
}
