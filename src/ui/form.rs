//! The form over the dashboard that logs a letter or a release
//! ([`crate::app::record::Form`]): one line per field, the value refused
//! said under it in the words of `check`, the keys at the bottom.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::app::App;
use crate::app::edit::Edit;
use crate::app::keymap::EditKey;
use crate::app::record::{FormField, event_matches};
use crate::sanitize::sanitize_line;
use crate::text::{fit, wrap};

/// The width of the labels' column.
const LABEL: usize = 11;

/// What a field shows: its value, dots for a hidden one while presenting.
fn shown(app: &App, f: &FormField) -> String {
    if f.sensitive && app.presenting() {
        "•".repeat(f.value.chars().count())
    } else {
        sanitize_line(&f.value).into_owned()
    }
}

/// The muted words after a field's value: the names of a choice, the
/// event a typed text would take.
fn after(app: &App, f: &FormField) -> String {
    if !f.choices.is_empty() {
        let names: Vec<&str> = f.choices.iter().map(|c| c.name).collect();
        return format!("  ◂ ▸ {}", names.join(" "));
    }
    match f.key {
        "event" if !f.value.trim().is_empty() => {
            let found = event_matches(&app.campaign, &f.value);
            match found.first() {
                Some(id) if *id == f.value.trim() => String::new(),
                Some(id) => {
                    let more = match found.len() {
                        1 => String::new(),
                        n => {
                            let others = n - 1;
                            format!(" ({})", crate::t!("form-more", n = others))
                        }
                    };
                    format!("  → {}{more}", sanitize_line(id))
                }
                None => format!("  {}", crate::t!("form-no-event")),
            }
        }
        "event" => format!("  {}", crate::t!("form-type-event")),
        "date" | "until" => "  YYYY-MM-DD".to_owned(),
        "count" => format!("  {}", crate::t!("form-count-empty")),
        _ => String::new(),
    }
}

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let Some(form) = &app.form else {
        return;
    };
    let width = area.width.saturating_sub(4).min(76);
    let inner = usize::from(width.saturating_sub(2));
    let room = inner.saturating_sub(LABEL + 1);
    let mut lines: Vec<Line> = Vec::new();
    for (k, f) in form.fields.iter().enumerate() {
        let focused = k == form.focus;
        debug_assert!(
            crate::app::record::FORM_KEYS.contains(&f.key),
            "{}: a form's key without its label in FORM_KEYS",
            f.key
        );
        let label = format!("{:>w$} ", crate::i18n::named("form", f.key), w = LABEL - 1);
        let value = shown(app, f);
        let mut spans = vec![Span::styled(
            label,
            if focused {
                theme.label()
            } else {
                theme.muted()
            },
        )];
        let value = fit(&value, room.saturating_sub(1)).into_owned();
        if focused && !form.writing {
            // The cursor: the character under it reversed.
            let at = if f.sensitive && app.presenting() {
                f.value[..form.cursor.min(f.value.len())].chars().count()
            } else {
                sanitize_line(&f.value[..form.cursor.min(f.value.len())])
                    .chars()
                    .count()
            };
            let chars: Vec<char> = value.chars().collect();
            let before: String = chars.iter().take(at).collect();
            let under: String = chars.get(at).map_or(" ".to_owned(), |c| c.to_string());
            let rest: String = chars.iter().skip(at + 1).collect();
            spans.push(Span::styled(before, theme.text()));
            spans.push(Span::styled(under, theme.selected()));
            spans.push(Span::styled(rest, theme.text()));
        } else {
            spans.push(Span::styled(value.clone(), theme.text()));
        }
        let used = value.width() + usize::from(focused);
        let hint = after(app, f);
        if !hint.is_empty() {
            spans.push(Span::styled(
                fit(&hint, room.saturating_sub(used)).into_owned(),
                theme.muted(),
            ));
        }
        lines.push(Line::from(spans));
        if let Some(error) = &f.error {
            for line in wrap(&sanitize_line(error), room) {
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(LABEL)),
                    Span::styled(line, theme.error_text()),
                ]));
            }
        }
    }
    lines.push(Line::raw(""));
    let key = |e| app.keys.edit_label(EditKey::Edit(e));
    let foot = if form.writing {
        crate::t!("form-writing")
    } else {
        crate::t!(
            "form-foot",
            accept = key(Edit::Accept),
            next = key(Edit::NextField),
            cancel = key(Edit::Cancel)
        )
    };
    lines.push(Line::styled(fit(&foot, inner).into_owned(), theme.label()));
    let height = (lines.len() as u16 + 2).min(area.height);
    let x = area.x + (area.width.saturating_sub(width)) / 2;
    let y = area.y + (area.height.saturating_sub(height)) / 2;
    let rect = Rect::new(x, y, width, height);
    let title = format!(
        " {} ",
        fit(&sanitize_line(&form.title), inner.saturating_sub(2))
    );
    let block = Block::bordered()
        .title(title)
        .title_alignment(Alignment::Center)
        .border_style(theme.border_focused());
    Clear.render(rect, buf);
    Paragraph::new(lines).block(block).render(rect, buf);
}

/// The question asked before a write ([`App::question`]): a box with the
/// question and its answers, over the dashboard.
pub fn draw_question(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let Some((question, answers)) = app.question() else {
        return;
    };
    let width = area.width.saturating_sub(4).min(76);
    let inner = usize::from(width.saturating_sub(2));
    let mut lines: Vec<Line> = wrap(&question, inner)
        .into_iter()
        .map(|l| Line::styled(l, theme.text()))
        .collect();
    lines.push(Line::raw(""));
    let key_width = answers.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    for (key, what) in &answers {
        let pad = " ".repeat(key_width - key.width());
        let room = inner.saturating_sub(key_width + 2);
        for (n, line) in wrap(what, room).into_iter().enumerate() {
            let lead = if n == 0 {
                Span::styled(format!("{pad}{key}  "), theme.key())
            } else {
                Span::raw(" ".repeat(key_width + 2))
            };
            lines.push(Line::from(vec![lead, Span::styled(line, theme.text())]));
        }
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let x = area.x + (area.width.saturating_sub(width)) / 2;
    let y = area.y + (area.height.saturating_sub(height)) / 2;
    let rect = Rect::new(x, y, width, height);
    let block = Block::bordered()
        .title(format!(" {} ", crate::t!("form-title")))
        .title_alignment(Alignment::Center)
        .border_style(theme.border_focused());
    Clear.render(rect, buf);
    Paragraph::new(lines).block(block).render(rect, buf);
}
