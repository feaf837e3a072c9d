//! What live reload puts on screen: the banner while the file on disk
//! cannot be shown, and the Problems view (`!`).

use ratatui::buffer::Buffer;
use ratatui::layout::Alignment;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::theme::Theme;
use crate::app::{Action, App, Areas};
use crate::sanitize::sanitize_line;
use unicode_width::UnicodeWidthStr;

/// The banner: what is wrong with the file on disk, then since when the
/// version shown dates. Its texts are sanitized by [`App::banner`].
pub fn draw_banner(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    let area = areas.banner;
    let Some((what, parts)) = app.banner() else {
        return;
    };
    if area.is_empty() {
        return;
    }
    buf.set_style(area, theme.banner());
    let width = usize::from(area.width);
    // Since when, then as many of the keys as fit whole (as an options
    // bar does); the first is cut only when it alone does not fit.
    let joined = |lead: usize| {
        let mut line = String::new();
        for part in &parts {
            let more = if line.is_empty() {
                part.clone()
            } else {
                format!("{line} · {part}")
            };
            if !line.is_empty() && lead + more.width() > width {
                break;
            }
            line = more;
        }
        line
    };
    if area.height >= 2 {
        let line = |text: String| crate::text::fit(&text, width).into_owned();
        buf.set_stringn(
            area.x,
            area.y,
            line(format!(" ⚠ {what}")),
            width,
            theme.banner(),
        );
        buf.set_stringn(
            area.x,
            area.y + 1,
            line(format!("   {}", joined(3))),
            width,
            theme.banner(),
        );
    } else {
        buf.set_stringn(
            area.x,
            area.y,
            crate::text::fit(&format!(" ⚠ {what} · {}", joined(5 + what.width())), width),
            width,
            theme.banner(),
        );
    }
}

/// The Problems view: every problem of the latest attempt, with its
/// snippet, scrolled as the state says.
pub fn draw_problems(app: &App, buf: &mut Buffer, theme: &Theme) {
    let area = app.problems_area();
    if area.width < 4 || area.height < 3 {
        return;
    }
    let report = &app.report;
    let counts = match (report.errors, report.warnings) {
        (0, w) => crate::text::warnings(w),
        (e, 0) => crate::text::errors(e),
        (e, w) => format!("{}, {}", crate::text::errors(e), crate::text::warnings(w)),
    };
    let whose = if app.unloaded {
        "unloaded"
    } else if report.errors > 0 {
        "saved"
    } else {
        "shown"
    };
    let title = format!(
        " {} ",
        crate::t!(
            "problems-title",
            counts = counts,
            file = sanitize_line(&app.file_name),
            whose = whose
        )
    );
    let all = app.problem_rows();
    let edit = app.keys.key(Action::EditRecord);
    let close = app.keys.key(Action::Back);
    let rows = usize::from(area.height - 2);
    let scroll = app.problems_scroll.min(all.len().saturating_sub(rows));
    let footer = if all.len() > rows {
        let lines = crate::t!(
            "detail-lines",
            from = (scroll + 1).to_string(),
            to = (scroll + rows).min(all.len()).to_string(),
            total = all.len().to_string()
        );
        let keys = crate::t!(
            "problems-keys-scroll",
            down = app.keys.label(Action::Down),
            edit = edit,
            close = close
        );
        format!(" {lines} · {keys} ")
    } else {
        format!(
            " {} ",
            crate::t!("problems-keys", edit = edit, close = close)
        )
    };
    let room = usize::from(area.width.saturating_sub(2));
    let block = Block::bordered()
        .title(Line::styled(
            crate::text::fit(&title, room).into_owned(),
            theme.title(),
        ))
        .title_bottom(Line::from(footer).alignment(Alignment::Right))
        .border_style(theme.border_focused());
    let lines: Vec<Line> = all
        .iter()
        .skip(scroll)
        .take(rows)
        .map(|l| problem_line(l, theme))
        .collect();
    Clear.render(area, buf);
    Paragraph::new(lines).block(block).render(area, buf);
}

/// A line of the report, styled: the location line by its severity, the
/// underline in the error style, the rest plain.
fn problem_line<'a>(line: &'a str, theme: &Theme) -> Line<'a> {
    if line.contains(": error: ") && !line.starts_with(' ') {
        Line::styled(line, theme.error_text())
    } else if line.contains(": warning: ") && !line.starts_with(' ') {
        Line::styled(line, theme.key())
    } else if line.trim_start().starts_with('|') && line.contains('^') {
        Line::styled(line, theme.error_text())
    } else {
        Line::raw(line)
    }
}
