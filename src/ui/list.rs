//! What the list tabs share: the table of records (only the visible rows are
//! built, from the rows update computed), the detail pane of the selected
//! record with its links, and the filter line.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::theme::Theme;
use crate::app::columns::header_text;
use crate::app::detail::{Link, Row as DetailRow, RowKind, item_text};
use crate::app::edit::Edit;
use crate::app::keymap::{EditKey, Keymap};
use crate::app::{Action, App, Areas, Focus, ListState, visible_offset};
use crate::sanitize::sanitize_line;
use crate::table::{self, Cell, Tone};
pub use crate::text::fit;
use crate::text::wrap;

/// The title of a list: its name, how many rows of how many the filter
/// leaves, the filter, and the sort. While a term is being typed, the
/// filter as typed, said to be unfinished.
pub fn list_title(name: &str, l: &ListState, keys: &Keymap) -> String {
    let query = sanitize_line(l.filter.input().trim()).into_owned();
    let unfinished = l.error.as_ref().is_some_and(|e| e.incomplete);
    let n = |n: usize| crate::text::thousands(n as u64);
    let (shown, total) = (n(l.rows().len()), n(l.total()));
    let filter = || crate::t!("list-filter", query = query.as_str());
    let mut title = if let Some(what) = l.waiting_for() {
        // The sort is named in the status bar, and the body says the rest.
        let preparing = crate::t!("list-preparing", what = what);
        return if l.has_filter() {
            format!(" {name} ({total}) · {} · {preparing} ", filter())
        } else {
            format!(" {name} ({total}) · {preparing} ")
        };
    } else if unfinished {
        let of = crate::t!("list-shown-of", shown = shown, total = total);
        let unfinished = crate::t!("list-unfinished");
        format!(" {name}: {of} · {} ({unfinished})", filter())
    } else if l.filtering() {
        let of = crate::t!("list-shown-of", shown = shown, total = total);
        format!(" {name}: {of} · {}", filter())
    } else if l.has_filter() {
        let off = crate::t!(
            "list-filter-off",
            query = query.as_str(),
            n = l.match_count(),
            count = n(l.match_count()),
            on = keys.key(Action::ToggleFilter),
            jump = keys.label(Action::NextMatch)
        );
        format!(" {name} ({total}) · {off}")
    } else {
        format!(" {name} ({total})")
    };
    if let Some(s) = l.sort {
        let by = crate::t!("list-sort-by", column = s.column.name().replace('-', " "));
        title.push_str(&format!(" · {by} {}", if s.descending { "▼" } else { "▲" }));
    }
    title.push(' ');
    title
}

/// The style of a cell of a list table.
fn tone_style(theme: &Theme, tone: Tone) -> Style {
    match tone {
        Tone::Plain => theme.text(),
        Tone::Status(s) => theme.status(s),
        Tone::Past => theme.muted(),
        Tone::Upcoming => theme.upcoming(),
    }
}

/// Draws the table of the current tab: the columns and cells of
/// [`crate::table`], numbers aligned to the right of their column's width,
/// styled by their tone.
pub fn draw_table(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme, name: &str) {
    if areas.list.is_empty() {
        return;
    }
    let Some(state) = app.list(app.tab) else {
        return;
    };
    let len = state.rows().len();
    let focused = state.focus == Focus::List;
    let room = usize::from(areas.list.width.saturating_sub(2));
    // The marks (risk, earlier arrests, estimates) explained at the foot
    // of the list while a prisoner they mark is on screen.
    let height = usize::from(areas.rows.height);
    let offset = visible_offset(state.selected, state.offset, height, len);
    let mut block = Block::bordered().title(Line::styled(
        fit(&list_title(name, state, &app.keys), room).into_owned(),
        theme.title(),
    ));
    // Only the rows on screen: nothing per frame grows with the file.
    let legend = if app.tab == crate::app::Tab::Prisoners {
        let on_screen = state.rows().iter().skip(offset).take(height).copied();
        crate::table::prisoner_legend(&app.derived, on_screen)
    } else {
        Vec::new()
    };
    if !legend.is_empty() {
        let legend = format!(" {} ", legend.join(" · "));
        block = block.title_bottom(Line::styled(fit(&legend, room).into_owned(), theme.label()));
    }
    let block = block.border_style(if focused {
        theme.border_focused()
    } else {
        theme.border()
    });
    block.render(areas.list, buf);
    let text_area = areas.header.union(areas.rows);
    if state.total() == 0 {
        Paragraph::new(crate::t!("list-empty", lower = name.to_lowercase()))
            .style(theme.muted())
            .wrap(Wrap { trim: true })
            .render(text_area, buf);
        return;
    }
    if state.waiting() {
        Paragraph::new(crate::t!(
            "list-preparing-search",
            count = crate::text::thousands(state.total() as u64),
            lower = name.to_lowercase()
        ))
        .style(theme.muted())
        .wrap(Wrap { trim: true })
        .render(text_area, buf);
        return;
    }
    if len == 0 {
        // The filter the rows follow, which a mistake being typed is not.
        let shown = sanitize_line(state.filter.input().trim());
        let which = match &state.error {
            Some(e) if !e.incomplete => "last",
            _ => "typed",
        };
        Paragraph::new(crate::t!(
            "list-no-match",
            filter = shown,
            which = which,
            change = app.keys.key(Action::Filter),
            clear = app.keys.edit_label(EditKey::Edit(Edit::Cancel))
        ))
        .style(theme.muted())
        .wrap(Wrap { trim: true })
        .render(text_area, buf);
        return;
    }
    let placed = app.place_columns(app.tab, areas.header);
    if !areas.header.is_empty() {
        buf.set_style(areas.header, theme.header());
        for p in &placed {
            let text = header_text(&p.column, state.sort);
            let width = usize::from(p.area.width);
            buf.set_stringn(
                p.area.x,
                areas.header.y,
                fit(&text, width),
                width,
                theme.header(),
            );
        }
    }
    let height = usize::from(areas.rows.height);
    let offset = visible_offset(state.selected, state.offset, height, len);
    let marking = state.has_filter() && !state.filter_on;
    let visible: Vec<usize> = state
        .rows()
        .iter()
        .skip(offset)
        .take(height)
        .copied()
        .collect();
    // The cells on screen, by column: a cut text is told apart from those
    // beside it ([`crate::text::fit_distinct`]).
    let cells: Vec<Vec<Cell>> = placed
        .iter()
        .map(|p| {
            visible
                .iter()
                .map(|&r| table::cell(&app.campaign, &app.derived, p.column.key, r))
                .collect()
        })
        .collect();
    for (i, &record) in visible.iter().enumerate() {
        let y = areas.rows.y + i as u16;
        let row = Rect::new(areas.rows.x, y, areas.rows.width, 1);
        if offset + i == state.selected {
            buf.set_style(row, theme.selected());
        } else if marking && state.is_match(record) {
            // With the filter off, its matches stand out (bold; the selection
            // is on a match after n/N).
            buf.set_style(row, theme.label());
        }
        for (p, column) in placed.iter().zip(&cells) {
            let Cell { text, tone } = &column[i];
            let width = usize::from(p.area.width);
            let shown = match (p.column.right, p.column.fixed()) {
                // To the column's own width, not the arrow's room when sorted.
                (true, Some(n)) => {
                    fit(&format!("{text:>n$}", n = usize::from(n)), width).into_owned()
                }
                _ if p.column.distinct_tail => {
                    let others: Vec<&str> = column.iter().map(|c| c.text.as_str()).collect();
                    crate::text::fit_distinct(text, &others, width).into_owned()
                }
                _ => fit(text, width).into_owned(),
            };
            buf.set_stringn(p.area.x, y, shown, width, tone_style(theme, *tone));
        }
        // Added or changed by the last reload: `+` or `~` in the cell
        // before the row, inside the border, and the row in bold colour, for a few seconds.
        if let Some(mark) = app.tab.kind().and_then(|k| app.marks.get(k, record)) {
            if offset + i != state.selected {
                buf.set_style(row, theme.reloaded(mark));
            }
            buf.set_string(
                areas.rows.x.saturating_sub(1),
                y,
                mark.symbol().to_string(),
                theme.reloaded(mark),
            );
        } else if app.tab == crate::app::Tab::Prisoners && app.is_picked(record) {
            // Marked for a letter evening (Space).
            buf.set_string(areas.rows.x.saturating_sub(1), y, "●", theme.label());
        } else if let Some(mark) = app.tab.kind().and_then(|k| app.since_mark(k, record)) {
            // Added or changed since `--since`'s version: kept, and plain.
            buf.set_string(
                areas.rows.x.saturating_sub(1),
                y,
                mark.symbol().to_string(),
                theme.label(),
            );
        }
    }
}

/// Draws the detail pane of the selected record, scrolled as the state says,
/// with the chosen link marked.
pub fn draw_detail(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    if areas.detail.is_empty() {
        return;
    }
    let Some(state) = app.list(app.tab) else {
        return;
    };
    let focused = state.focus == Focus::Detail;
    // Built when the selection or the size changed, not for this frame.
    let view = app.detail_view();
    let rows = &view.rows;
    let has_links = !view.links.is_empty();
    let height = usize::from(areas.detail_text.height);
    let scroll = state.detail_scroll.min(rows.len().saturating_sub(height));
    let k = &app.keys;
    let (down, open, back, pane) = (
        k.label(Action::Down),
        k.key(Action::Open),
        k.key(Action::Back),
        k.key(Action::OtherPane),
    );
    // One title per state; where it does not fit whole, only the name:
    // never a hint cut short, nor another wording.
    let titles: [String; 1] = match (focused, has_links) {
        (true, true) => [crate::t!("detail-title-links", down = down, open = open)],
        (true, false) => [crate::t!("detail-title-scroll", down = down, back = back)],
        (false, _) => [crate::t!("detail-title-focus", pane = pane, open = open)],
    };
    // The longest title that fits whole, else only its name: never a hint
    // cut short.
    let room = usize::from(areas.detail.width.saturating_sub(2));
    let title = titles
        .into_iter()
        .map(|t| format!(" {t} "))
        .find(|t| t.width() <= room)
        .unwrap_or_else(|| format!(" {} ", crate::t!("detail-title")));
    let mut block = Block::bordered()
        .title(Line::styled(title, theme.title()))
        .border_style(if focused {
            theme.border_focused()
        } else {
            theme.border()
        });
    if rows.len() > height && height > 0 {
        block = block.title_bottom(
            Line::from(format!(
                " {} ",
                crate::t!(
                    "detail-lines",
                    from = (scroll + 1).to_string(),
                    to = (scroll + height).min(rows.len()).to_string(),
                    total = rows.len().to_string()
                )
            ))
            .alignment(Alignment::Right),
        );
    }
    block.render(areas.detail, buf);
    if rows.is_empty() {
        Paragraph::new(crate::t!("detail-nothing-selected"))
            .style(theme.muted())
            .render(areas.detail_text, buf);
        return;
    }
    let chosen = if focused { state.link } else { None };
    let width = usize::from(areas.detail_text.width);
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(scroll)
        .take(height)
        .map(|(i, r)| {
            let is_chosen = r.link.is_some() && r.link == chosen;
            let first = is_chosen && (i == 0 || rows[i - 1].link != r.link);
            if r.kind == RowKind::RunItem {
                // The text of a long section's link, made for this row only.
                let run = run_item(app, &view.links, r, width);
                let line = detail_line(&run, theme, is_chosen, first);
                let spans: Vec<Span<'static>> = line
                    .spans
                    .into_iter()
                    .map(|s| Span::styled(s.content.into_owned(), s.style))
                    .collect();
                return Line::from(spans);
            }
            detail_line(r, theme, is_chosen, first)
        })
        .collect();
    Paragraph::new(lines).render(areas.detail_text, buf);
}

/// A row of a long section as drawn: a bullet and the linked record's text,
/// cut to the pane with an ellipsis.
fn run_item(app: &App, links: &[Link], row: &DetailRow, width: usize) -> DetailRow {
    let text = row
        .link
        .and_then(|k| links.get(k))
        .and_then(|&link| item_text(&app.campaign, app.derived.today, link))
        .unwrap_or_default();
    let (label, room) = if width > 4 {
        ("• ".to_owned(), width - 2)
    } else {
        (String::new(), width)
    };
    DetailRow {
        kind: RowKind::Item,
        label,
        text: fit(&text, room).into_owned(),
        link: row.link,
    }
}

fn detail_line<'a>(row: &'a DetailRow, theme: &Theme, chosen: bool, first: bool) -> Line<'a> {
    let style = match row.kind {
        RowKind::Title => theme.title(),
        RowKind::Heading => theme.heading(),
        RowKind::Note => theme.muted(),
        RowKind::Field | RowKind::Link | RowKind::Item | RowKind::RunItem | RowKind::Text => {
            theme.text()
        }
    };
    let label_style = match row.kind {
        RowKind::Field | RowKind::Link => theme.label(),
        _ => theme.text(),
    };
    // A field label on a row of its own (narrow panes) is bold too.
    let style = if row.kind == RowKind::Field && row.label.is_empty() {
        theme.label()
    } else {
        style
    };
    if !chosen {
        return Line::from(vec![
            Span::styled(row.label.as_str(), label_style),
            Span::styled(row.text.as_str(), style),
        ]);
    }
    // The chosen link: a `›` in the last two cells of its label (free in
    // every link row), the text in reverse video.
    let n = row.label.chars().count();
    let label = if first && n >= 2 {
        let head: String = row.label.chars().take(n - 2).collect();
        format!("{head}› ")
    } else {
        row.label.clone()
    };
    Line::from(vec![
        Span::styled(label, label_style.patch(theme.key())),
        Span::styled(row.text.as_str(), theme.selected()),
    ])
}

/// Draws the filter line and, when the filter has a mistake, the mistake
/// marked under it and the message.
pub fn draw_filter_bar(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    let area = areas.filter;
    let (Some(cursor), Some((query, error, shown, total))) = (app.editing, app.filter_line())
    else {
        return;
    };
    if area.is_empty() {
        return;
    }
    let prompt = format!(
        " {} {} ",
        crate::t!("filter-prompt"),
        app.keys.key(Action::Filter)
    );
    let prompt = prompt.as_str();
    let accept = app.keys.edit_label(EditKey::Edit(Edit::Accept));
    let cancel = app.keys.edit_label(EditKey::Edit(Edit::Cancel));
    let unfinished = error.is_some_and(|e| e.incomplete);
    let total = crate::text::thousands(total as u64);
    let shown = match shown {
        Some(n) => crate::t!(
            "list-shown-of",
            shown = crate::text::thousands(n as u64),
            total = total.as_str()
        ),
        None => crate::t!("filter-finding", total = total.as_str()),
    };
    let clears = crate::t!("filter-clears", key = cancel.as_str());
    let hint = if unfinished {
        format!(" {shown} · {clears} ")
    } else if error.is_some() {
        format!(" {clears} ")
    } else {
        let keeps = crate::t!("filter-keeps", key = accept.as_str());
        format!(" {shown} · {keeps} · {clears} ")
    };
    let width = usize::from(area.width);
    let hint = if prompt.width() + hint.width() + 12 <= width {
        hint
    } else {
        String::new()
    };
    let room = width.saturating_sub(prompt.width() + hint.width()).max(1);
    // The query as typed, each character shown as itself (a control
    // character cannot be typed, but is shown as a space if it came in).
    let chars: Vec<(usize, char)> = query
        .char_indices()
        .map(|(i, c)| (i, if c.is_control() { ' ' } else { c }))
        .collect();
    let col_of = |byte: usize| -> usize {
        chars
            .iter()
            .take_while(|(i, _)| *i < byte)
            .map(|(_, c)| c.width().unwrap_or(0))
            .sum()
    };
    let cursor_col = col_of(cursor);
    // Scroll sideways so the cursor stays in view.
    let hscroll = (cursor_col + 1).saturating_sub(room);
    buf.set_style(area, theme.text());
    buf.set_string(area.x, area.y, prompt, theme.key());
    let x0 = area.x + prompt.width() as u16;
    let span = error.map(|e| e.span.clone());
    let mut col = 0usize;
    for &(i, c) in &chars {
        let w = c.width().unwrap_or(0);
        if col >= hscroll && col + w - hscroll <= room {
            let style = match &span {
                Some(s) if s.contains(&i) && !unfinished => theme.error(),
                _ => theme.text(),
            };
            let x = x0 + (col - hscroll) as u16;
            buf.set_string(x, area.y, c.to_string(), style);
        }
        col += w;
    }
    // The cursor: the cell under it in reverse video.
    if cursor_col >= hscroll && cursor_col - hscroll < room {
        let x = x0 + (cursor_col - hscroll) as u16;
        buf.set_style(Rect::new(x, area.y, 1, 1), theme.selected());
    }
    if !hint.is_empty() {
        let x = area.right() - hint.width() as u16;
        buf.set_string(x, area.y, &hint, theme.muted());
    }
    let (Some(error), Some(span)) = (error, span) else {
        return;
    };
    let under = areas.filter_error;
    if under.is_empty() {
        return;
    }
    // The bad term marked with ^, then what is still shown.
    let start = col_of(span.start).saturating_sub(hscroll);
    let end = col_of(span.end).saturating_sub(hscroll).max(start + 1);
    let marks = format!(
        "{}{}",
        " ".repeat(prompt.width() + start),
        "^".repeat(end - start)
    );
    let (shown, mark_style, text_style) = if unfinished {
        let shown = format!("   left out until it is finished: {shown}");
        (shown, theme.muted(), theme.label())
    } else {
        let shown = format!("   still showing the last valid filter: {shown}");
        (shown, theme.error(), theme.error_text())
    };
    buf.set_stringn(under.x, under.y, &marks, width, mark_style);
    let x = under.x + marks.width().min(width) as u16;
    buf.set_stringn(
        x,
        under.y,
        &shown,
        width.saturating_sub(marks.width()),
        theme.muted(),
    );
    let message = sanitize_line(&error.message);
    for (k, line) in wrap(&message, width.saturating_sub(2))
        .into_iter()
        .take(usize::from(under.height.saturating_sub(1)))
        .enumerate()
    {
        buf.set_stringn(
            under.x + 2,
            under.y + 1 + k as u16,
            line,
            width.saturating_sub(2),
            text_style,
        );
    }
}
