//! The overview as text or markdown: the dashboard's panels as sections one
//! under another, with the same content (both are the sections of
//! [`crate::query::overview`]). Nothing is cut short: where the dashboard
//! truncates a line to fit a panel, print wraps it.

use super::Options;
use super::table::{BOLD, md_escape, paint, status_code};
use crate::model::Campaign;
use crate::query::Derived;
use crate::query::overview::{Item, sections};
use crate::sanitize::sanitize_line;
use crate::text::wrap;

/// The day line: "Today 2023-05-06 (set by --today): every figure is
/// counted to this day".
fn today_line(d: &Derived, opts: &Options) -> String {
    let (label, today, why) = opts.today_source.day_line(d.today);
    format!("{label} {today}{why}")
}

/// `text` wrapped to `width` with every line indented by `indent`.
fn indented(out: &mut String, text: &str, indent: usize, width: usize) {
    for line in wrap(text, width.saturating_sub(indent).max(1)) {
        out.push_str(&" ".repeat(indent));
        out.push_str(&line);
        out.push('\n');
    }
}

/// The overview as plain text within `opts.width` columns.
pub fn text(c: &Campaign, d: &Derived, opts: &Options) -> String {
    let width = opts.width.max(1);
    let color = opts.color;
    let mut out = String::new();
    for line in wrap(&sanitize_line(&c.info.name), width) {
        out.push_str(&paint(&line, BOLD, color));
        out.push('\n');
    }
    if let Some(summary) = &c.info.summary {
        indented(&mut out, &sanitize_line(summary.trim()), 0, width);
    }
    if !c.info.hashtags.is_empty() {
        let tags: Vec<String> = c
            .info
            .hashtags
            .iter()
            .map(|t| sanitize_line(t).into_owned())
            .collect();
        indented(&mut out, &tags.join("  "), 0, width);
    }
    indented(&mut out, &today_line(d, opts), 0, width);
    for section in sections(c, d, opts.present, usize::MAX) {
        out.push('\n');
        let title = wrap(&section.title, width);
        for line in &title {
            out.push_str(&paint(line, BOLD, color));
            out.push('\n');
        }
        let rule = title.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        out.push_str(&"-".repeat(rule));
        out.push('\n');
        for item in &section.items {
            text_item(&mut out, item, width, color, section.label_width + 1);
        }
    }
    out
}

/// The label column of figures.
/// `label`: the column the figures' values start at (one after the
/// section's [`crate::query::overview::Section::label_width`]).
fn text_item(out: &mut String, item: &Item, width: usize, color: bool, label_at: usize) {
    match item {
        Item::Figure {
            label,
            value,
            status,
        } => {
            let sub = &status.is_some();
            let style = status.map_or("", status_code);
            let (indent, pad) = if *sub {
                (2, label_at - 2)
            } else {
                (0, label_at)
            };
            // At least a space between the label and its value.
            let label_pad = " ".repeat(
                pad.saturating_sub(unicode_width::UnicodeWidthStr::width(label.as_str()))
                    .max(1),
            );
            let shown = paint(
                label,
                if *sub { style } else { BOLD },
                color && (!*sub || !style.is_empty()),
            );
            let lines = wrap(value, width.saturating_sub(label_at).max(1));
            for (n, line) in lines.iter().enumerate() {
                if n == 0 {
                    out.push_str(&format!("{}{shown}{label_pad}{line}\n", " ".repeat(indent)));
                } else {
                    out.push_str(&format!("{}{line}\n", " ".repeat(label_at)));
                }
            }
        }
        Item::Note(text) => indented(out, text, 2, width),
        Item::Countries(names) => indented(out, &names.join(", "), 2, width),
        Item::More { count, view } => indented(out, &more(*count, *view), 2, width),
        Item::Label(text) | Item::Empty(text) => indented(out, text, 0, width),
        Item::Entry {
            date,
            what,
            body,
            indent,
            ..
        } => {
            let i = if *indent { 2 } else { 0 };
            indented(out, &format!("{date} {what}"), i, width);
            if let Some(body) = body {
                indented(out, body, i + 2, width);
            }
        }
        Item::Gauge {
            title, ratio, text, ..
        } => {
            indented(out, title, 0, width);
            match ratio {
                Some(ratio) => {
                    let bar_width = width.saturating_sub(text.chars().count() + 6).min(30);
                    let filled = ((ratio.clamp(0.0, 1.0) * bar_width as f64).round() as usize)
                        .min(bar_width);
                    out.push_str(&format!(
                        "  [{}{}] {text}\n",
                        "█".repeat(filled),
                        "░".repeat(bar_width - filled)
                    ));
                }
                None => indented(out, text, 2, width),
            }
        }
        Item::Months(months) => {
            let top = months.iter().map(|m| m.2).max().unwrap_or(0).max(1);
            let bar_width = width.saturating_sub(20).clamp(1, 40);
            for &(y, m, n) in months {
                let label = month_name(&format!("{y:04}-{m:02}"));
                let bar = "█".repeat((n * bar_width).div_ceil(top).min(bar_width));
                let line = format!("{label:<8} {n:>3} {bar}");
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
    }
}

/// "and 3 more: campaign-dash print --view events".
fn more(count: usize, view: crate::view::View) -> String {
    format!(
        "and {count} more: campaign-dash print --view {}",
        view.name()
    )
}

/// "2023-05" as "May 2023".
fn month_name(month: &str) -> String {
    let parts: Option<(&str, u8)> = month
        .split_once('-')
        .and_then(|(y, m)| Some((y, m.parse().ok()?)));
    match parts.filter(|(_, m)| (1..=12).contains(m)) {
        Some((y, m)) => format!("{} {y}", crate::i18n::month_short(u32::from(m))),
        None => month.to_owned(),
    }
}

/// The overview as markdown: a heading per panel, lists of figures and
/// entries, the months as a table.
pub fn markdown(c: &Campaign, d: &Derived, opts: &Options) -> String {
    let mut out = format!("# {}\n\n", md_escape(&sanitize_line(&c.info.name)));
    if let Some(summary) = &c.info.summary {
        out.push_str(&md_block(&sanitize_line(summary.trim())));
        out.push_str("\n\n");
    }
    if !c.info.hashtags.is_empty() {
        let tags: Vec<String> = c
            .info
            .hashtags
            .iter()
            .map(|t| md_escape(&sanitize_line(t)))
            .collect();
        out.push_str(&tags.join(" "));
        out.push_str("\n\n");
    }
    out.push_str(&format!("{}.\n", md_escape(&today_line(d, opts))));
    for section in sections(c, d, opts.present, usize::MAX) {
        out.push_str(&format!("\n## {}\n\n", md_escape(&section.title)));
        let mut listing = false;
        for item in &section.items {
            let is_list = !matches!(item, Item::Label(_) | Item::Empty(_) | Item::Months(_));
            if listing && !is_list {
                out.push('\n');
            }
            listing = is_list;
            markdown_item(&mut out, item);
        }
    }
    // Blocks end in a blank line where the next needs one: never two.
    while out.contains("\n\n\n") {
        out = out.replace("\n\n\n", "\n\n");
    }
    out
}

fn markdown_item(out: &mut String, item: &Item) {
    match item {
        Item::Figure {
            label,
            value,
            status,
        } => {
            if status.is_some() {
                out.push_str(&format!("  - {}: {}\n", md_escape(label), md_escape(value)));
            } else {
                out.push_str(&format!(
                    "- **{}**: {}\n",
                    md_escape(label),
                    md_escape(value)
                ));
            }
        }
        Item::Note(text) => out.push_str(&format!("  - {}\n", md_escape(text))),
        Item::Countries(names) => out.push_str(&format!("  - {}\n", md_escape(&names.join(", ")))),
        Item::More { count, view } => {
            out.push_str(&format!("  - {}\n", md_escape(&more(*count, *view))));
        }
        Item::Label(text) => out.push_str(&format!("**{}**\n\n", md_escape(text))),
        Item::Empty(text) => out.push_str(&format!("{}\n", md_escape(text))),
        Item::Entry {
            date, what, body, ..
        } => match body {
            Some(body) => out.push_str(&format!(
                "- {}: {}\n",
                md_escape(&format!("{date} {what}")),
                md_escape(body)
            )),
            None => out.push_str(&format!("- {}\n", md_escape(&format!("{date} {what}")))),
        },
        Item::Gauge { title, text, .. } => {
            out.push_str(&format!(
                "- {} — {}\n",
                md_escape(title),
                md_escape(text.trim())
            ));
        }
        Item::Months(months) => {
            out.push_str("| Month | Events |\n|---|---:|\n");
            for (y, m, n) in months {
                out.push_str(&format!("| {y:04}-{m:02} | {n} |\n"));
            }
        }
    }
}

/// Escapes a paragraph: markdown's inline syntax, and a start that would
/// make it a list, a heading or a quote.
fn md_block(text: &str) -> String {
    let escaped = md_escape(text);
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    let after = escaped[digits..].chars().next();
    if matches!(escaped.chars().next(), Some('-' | '+' | '=')) {
        format!("\\{escaped}")
    } else if digits > 0 && matches!(after, Some('.' | ')')) {
        format!("{}\\{}", &escaped[..digits], &escaped[digits..])
    } else {
        escaped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_cannot_become_lists() {
        assert_eq!(md_block("- not a list"), "\\- not a list");
        assert_eq!(md_block("1. not a list"), "1\\. not a list");
        assert_eq!(md_block("2023 was"), "2023 was");
        assert_eq!(md_block("*bold*"), "\\*bold\\*");
    }

    #[test]
    fn months_are_named() {
        assert_eq!(month_name("2023-05"), "May 2023");
        assert_eq!(month_name("bogus"), "bogus");
    }
}
