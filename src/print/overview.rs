//! The overview as text or markdown: the dashboard's panels as sections one
//! under another, with the same content. Nothing is cut short: where the
//! dashboard truncates a line to fit a panel, print wraps it.

use chrono::Month;

use super::Options;
use super::table::{BOLD, md_escape, paint, status_code};
use crate::model::Campaign;
use crate::query::Derived;
use crate::sanitize::sanitize_line;
use crate::text::{first_line, place, plural, relative, thousands, wrap};

/// How many next events and statements the overview lists, as the dashboard.
const SHOWN: usize = 4;

/// One line or group of lines of a section. Every string is sanitised.
#[derive(Debug, Clone, PartialEq)]
enum Item {
    /// "Prisoners  6"; `sub` for a figure under the one before, `style` an
    /// ANSI style for the label.
    Figure {
        label: String,
        value: String,
        sub: bool,
        style: &'static str,
    },
    /// A remark on the figure before it.
    Note(String),
    /// A line that introduces the entries after it.
    Label(String),
    /// A date and what happens, with the details under it.
    Entry {
        head: String,
        body: Option<String>,
        indent: bool,
    },
    /// A petition: its title, and its count against the goal.
    Gauge {
        title: String,
        ratio: Option<f64>,
        text: String,
    },
    /// ("2023-05", events) for each month.
    Months(Vec<(String, usize)>),
    /// What an empty section says.
    Empty(String),
}

struct Section {
    title: String,
    items: Vec<Item>,
}

fn figure(label: &str, value: String) -> Item {
    Item::Figure {
        label: label.to_owned(),
        value,
        sub: false,
        style: "",
    }
}

fn sections(c: &Campaign, d: &Derived, present: bool) -> Vec<Section> {
    let s = &d.stats;
    let today = d.today;
    let name = |i: usize| {
        c.prisoners
            .get(i)
            .map(|p| sanitize_line(p.name()).into_owned())
            .unwrap_or_default()
    };

    let mut figures = vec![figure("Prisoners", s.prisoners_total.to_string())];
    for (status, n) in &s.by_status {
        if *n > 0 {
            figures.push(Item::Figure {
                label: status.to_string(),
                value: n.to_string(),
                sub: true,
                style: status_code(*status),
            });
        }
    }
    figures.push(figure("In custody now", s.in_custody.to_string()));
    figures.push(figure(
        "Days behind bars",
        format!(
            "{} combined",
            thousands(s.combined_days_in_custody.max(0) as u64)
        ),
    ));
    let partial = c
        .prisoners
        .iter()
        .filter(|p| p.status.in_custody() && p.detained.is_some_and(|d| !d.is_full()))
        .count();
    if partial > 0 {
        figures.push(Item::Note(format!(
            "at most: {} known only to the month or year",
            plural(partial, "arrest date", "arrest dates")
        )));
    }
    figures.push(figure(
        "Events",
        format!("{} past, {} upcoming", s.events_past, s.events_upcoming),
    ));
    figures.push(figure("Countries reached", s.countries.len().to_string()));
    if !s.countries.is_empty() {
        let countries: Vec<String> = s
            .countries
            .iter()
            .map(|c| sanitize_line(c).into_owned())
            .collect();
        figures.push(Item::Note(countries.join(", ")));
    }
    figures.push(figure("Statements", s.statements_total.to_string()));

    let mut next = Vec::new();
    for e in s
        .next_events
        .iter()
        .filter_map(|&i| c.events.get(i))
        .take(SHOWN)
    {
        let place = place(e);
        let title = sanitize_line(e.title());
        let when = if e.date <= today {
            "now".to_owned()
        } else {
            relative(e.date, today)
        };
        next.push(Item::Entry {
            head: format!("{} {when}, {}", e.date, e.kind),
            body: Some(if place.is_empty() {
                title.into_owned()
            } else {
                format!("{title}, {place}")
            }),
            indent: false,
        });
    }
    if s.next_events.is_empty() {
        next.push(Item::Empty("No upcoming events in the file.".into()));
    } else if s.next_events.len() > SHOWN {
        next.push(Item::Note(format!(
            "and {} more: campaign-dash print --view events",
            s.next_events.len() - SHOWN
        )));
    }

    let mut coming = Vec::new();
    coming.push(Item::Label(if s.releases_due_90.is_empty() {
        "Releases due within 90 days: none".into()
    } else {
        "Releases due within 90 days".into()
    }));
    for (i, due) in &s.releases_due_90 {
        let estimate = if due.estimate { ", estimate" } else { "" };
        coming.push(Item::Entry {
            head: format!(
                "{} {} ({}{estimate})",
                due.date,
                name(*i),
                relative(due.date, today)
            ),
            body: None,
            indent: true,
        });
    }
    coming.push(Item::Label(if present {
        format!("Birthdays: {}", crate::present::HIDDEN_NOTE)
    } else if s.birthdays_30.is_empty() {
        "Birthdays in the next 30 days: none".into()
    } else {
        "Birthdays in the next 30 days (send a card)".into()
    }));
    for (i, date, age) in &s.birthdays_30 {
        coming.push(Item::Entry {
            head: format!(
                "{date} {} turns {age} ({})",
                name(*i),
                relative(*date, today)
            ),
            body: None,
            indent: true,
        });
    }

    let mut petitions = Vec::new();
    for g in &s.petitions {
        let Some(p) = c.petitions.get(g.petition) else {
            continue;
        };
        let goal = g.goal.map(thousands);
        let text = match (g.latest, g.ratio) {
            (None, _) => match goal {
                Some(goal) => format!("no count yet (goal {goal})"),
                None => "no count yet, no goal set".to_owned(),
            },
            (Some(t), None) => format!(
                "{} signatures on {}, no goal set",
                thousands(t.signatures),
                t.date
            ),
            (Some(t), Some(ratio)) => format!(
                "{:>3}%  {} of {}",
                (ratio * 100.0).floor() as u64,
                thousands(t.signatures),
                goal.unwrap_or_default()
            ),
        };
        petitions.push(Item::Gauge {
            title: sanitize_line(&p.title).into_owned(),
            ratio: g.ratio,
            text,
        });
    }
    if petitions.is_empty() {
        petitions.push(Item::Empty("No petitions in the file.".into()));
    }

    let months: Vec<(String, usize)> = s
        .events_per_month
        .iter()
        .map(|&(y, m, n)| (format!("{y:04}-{m:02}"), n))
        .collect();
    let months_title = match (months.first(), months.last()) {
        (Some((first, _)), Some((last, _))) => {
            format!("Events per month, {first} to {last}")
        }
        _ => "Events per month".to_owned(),
    };

    let mut statements = Vec::new();
    for st in s
        .latest_statements
        .iter()
        .filter_map(|&i| c.statements.get(i))
        .take(SHOWN)
    {
        statements.push(Item::Entry {
            head: format!("{} {}", st.date, sanitize_line(st.author())),
            body: Some(first_line(st.text())),
            indent: false,
        });
    }
    if s.latest_statements.is_empty() {
        statements.push(Item::Empty("No statements in the file.".into()));
    } else if s.latest_statements.len() > SHOWN {
        statements.push(Item::Note(format!(
            "and {} more: campaign-dash print --view statements",
            s.latest_statements.len() - SHOWN
        )));
    }

    vec![
        Section {
            title: "Figures".into(),
            items: figures,
        },
        Section {
            title: "Next events".into(),
            items: next,
        },
        Section {
            title: "Releases and birthdays".into(),
            items: coming,
        },
        Section {
            title: "Petitions".into(),
            items: petitions,
        },
        Section {
            title: months_title,
            items: vec![Item::Months(months)],
        },
        Section {
            title: "Latest statements".into(),
            items: statements,
        },
    ]
}

/// The day line: "Today 2023-05-06 (set by --today): every figure is
/// counted to this day".
fn today_line(d: &Derived, opts: &Options) -> String {
    format!(
        "{} ({}): every figure is counted to this day",
        d.today,
        opts.today_source.describe()
    )
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
    indented(
        &mut out,
        &format!("Today {}", today_line(d, opts)),
        0,
        width,
    );
    for section in sections(c, d, opts.present) {
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
            text_item(&mut out, item, width, color);
        }
    }
    out
}

/// The label column of figures.
const LABEL: usize = 18;

fn text_item(out: &mut String, item: &Item, width: usize, color: bool) {
    match item {
        Item::Figure {
            label,
            value,
            sub,
            style,
        } => {
            let (indent, pad) = if *sub { (2, LABEL - 2) } else { (0, LABEL) };
            let label_pad = " ".repeat(pad.saturating_sub(label.chars().count()));
            let shown = paint(
                label,
                if *sub { style } else { BOLD },
                color && (!*sub || !style.is_empty()),
            );
            let lines = wrap(value, width.saturating_sub(LABEL).max(1));
            for (n, line) in lines.iter().enumerate() {
                if n == 0 {
                    out.push_str(&format!("{}{shown}{label_pad}{line}\n", " ".repeat(indent)));
                } else {
                    out.push_str(&format!("{}{line}\n", " ".repeat(LABEL)));
                }
            }
        }
        Item::Note(text) => indented(out, text, 2, width),
        Item::Label(text) | Item::Empty(text) => indented(out, text, 0, width),
        Item::Entry { head, body, indent } => {
            let i = if *indent { 2 } else { 0 };
            indented(out, head, i, width);
            if let Some(body) = body {
                indented(out, body, i + 2, width);
            }
        }
        Item::Gauge { title, ratio, text } => {
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
            let top = months.iter().map(|m| m.1).max().unwrap_or(0).max(1);
            let bar_width = width.saturating_sub(20).clamp(1, 40);
            for (month, n) in months {
                let label = month_name(month);
                let bar = "█".repeat((n * bar_width).div_ceil(top).min(bar_width));
                let line = format!("{label:<8} {n:>3} {bar}");
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
    }
}

/// "2023-05" as "May 2023".
fn month_name(month: &str) -> String {
    let parts: Option<(&str, u8)> = month
        .split_once('-')
        .and_then(|(y, m)| Some((y, m.parse().ok()?)));
    match parts.and_then(|(y, m)| Some((y, Month::try_from(m).ok()?))) {
        Some((y, m)) => format!("{} {y}", &m.name()[..3]),
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
    out.push_str(&format!("Today {}.\n", md_escape(&today_line(d, opts))));
    for section in sections(c, d, opts.present) {
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
            label, value, sub, ..
        } => {
            if *sub {
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
        Item::Label(text) => out.push_str(&format!("**{}**\n\n", md_escape(text))),
        Item::Empty(text) => out.push_str(&format!("{}\n", md_escape(text))),
        Item::Entry { head, body, .. } => match body {
            Some(body) => out.push_str(&format!("- {}: {}\n", md_escape(head), md_escape(body))),
            None => out.push_str(&format!("- {}\n", md_escape(head))),
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
            for (month, n) in months {
                out.push_str(&format!("| {month} | {n} |\n"));
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
