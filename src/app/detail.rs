//! The detail pane's content as plain data: a [`document`] of pieces built
//! from the selected record, and [`rows`] that wraps it to a width.
//!
//! It lives in `app` (not `ui`) because update needs to know how long the
//! detail is to keep its scroll within bounds; the ui only styles the rows.
//! Every piece of file text is sanitised here, as the document is built.
//!
//! The records a record links to are [`Piece::FieldLink`]s and
//! [`Piece::ItemLink`]s: numbered in document order, they are what the user
//! chooses with j/k or Tab in a focused detail and follows with Enter.

use chrono::NaiveDate;

use super::{App, Tab};
use crate::model::fields::{Detail, Shape, Value};
use crate::model::{Campaign, Event, Record, Statement, Values};
use crate::query::Adjacency;
use crate::sanitize::{sanitize, sanitize_line};
use crate::text::{
    event_dates, first_line, letter_line, place, relative, thousands, thousands_signed, timeline,
    wrap_on_screen,
};

/// One piece of a detail document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// The record's name, at the top.
    Title(String),
    /// A labelled value ("detained: 2022-04-19").
    Field(&'static str, String),
    /// A section heading ("Events naming him (3)").
    Heading(String),
    /// A bulleted line of a section.
    Item(String),
    /// Free text of several lines (notes, a statement's words).
    Text(String),
    /// A remark that is not data ("none recorded").
    Note(String),
    /// A labelled link to another record, as a field; an empty label
    /// continues the field above (the second organisation of a prisoner).
    FieldLink(&'static str, Link, String),
    /// A bulleted link to another record, in a section.
    ItemLink(Link, String),
    /// The bulleted links of a long section, to records of one tab: laid out
    /// one row each, and their text made only for the rows drawn
    /// ([`item_text`]), so a record linked to thousands of others costs a
    /// frame what a short one does.
    LinkRun(Tab, Vec<usize>),
    Blank,
}

/// Sections of more links than this are a [`Piece::LinkRun`].
pub const LONG_SECTION: usize = 100;

/// Where a link leads: a record of a tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Link {
    pub tab: Tab,
    /// The index of the record in the campaign's list of that kind.
    pub record: usize,
}

/// How a row of the laid-out detail is styled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Title,
    Field,
    /// The value of a field that links to another record.
    Link,
    /// A bulleted link of a [`Piece::LinkRun`]: its label and text are
    /// empty, and drawn from [`item_text`] of its link, cut to the width.
    RunItem,
    Heading,
    Item,
    Text,
    Note,
}

/// One terminal row of the detail: a label part (for fields, padded; empty
/// on continuation rows) and the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub kind: RowKind,
    pub label: String,
    pub text: String,
    /// The number of the link this row shows (a long link wraps to several
    /// rows, all with its number).
    pub link: Option<usize>,
}

/// The targets of a document's links, in order: link `k` of [`Row::link`]
/// leads to `links(doc)[k]`.
pub fn links(doc: &[Piece]) -> Vec<Link> {
    let mut out = Vec::new();
    for piece in doc {
        match piece {
            Piece::FieldLink(_, l, _) | Piece::ItemLink(l, _) => out.push(*l),
            Piece::LinkRun(tab, records) => {
                out.extend(records.iter().map(|&record| Link { tab: *tab, record }));
            }
            _ => {}
        }
    }
    out
}

/// The rows each link covers, by link number.
pub fn link_spans(rows: &[Row]) -> Vec<std::ops::Range<usize>> {
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        if let Some(k) = row.link {
            if k < spans.len() {
                spans[k].end = i + 1;
            } else {
                spans.push(i..i + 1);
            }
        }
    }
    spans
}

/// The width of the label column of fields.
const LABEL: usize = 16;

/// The labels of the rows the detail shows its own way (not declared with
/// a field in `model::fields`): each language has `field-LABEL` for them,
/// as for the declared ones.
pub const OWN_LABELS: &[&str] = &[
    "letters",
    "no news",
    "born",
    "risk",
    "organisations",
    "days held",
    "release due",
    "letters there",
    "date",
    "attendance",
    "organisation",
    "event",
    "prisoners",
    "host",
    "goal",
    "latest count",
    "progress",
    "prisoner",
];

/// A row's label (or a text's heading) in the current language, its English
/// declared with its field or in [`OWN_LABELS`].
fn field_label(english: &'static str) -> &'static str {
    debug_assert!(
        OWN_LABELS.contains(&english) || declared_labels().any(|l| l == english),
        "{english:?}: a label neither declared with a field nor in OWN_LABELS"
    );
    crate::i18n::named("field", english)
}

/// Every label the field declarations give the detail.
pub fn declared_labels() -> impl Iterator<Item = &'static str> {
    fn of<R: Record>() -> impl Iterator<Item = &'static str> {
        R::FIELDS.iter().filter_map(|f| f.detail).map(|d| d.label)
    }
    use crate::model::{Custody, Earlier, Letter, Organisation, Petition, Prisoner};
    of::<Prisoner>()
        .chain(of::<Event>())
        .chain(of::<Statement>())
        .chain(of::<Organisation>())
        .chain(of::<Petition>())
        .chain(of::<Letter>())
        .chain(of::<Custody>())
        .chain(of::<Earlier>())
}

/// "12 days", in the current language.
fn days(n: i64) -> String {
    crate::t!("days", n = n.unsigned_abs(), count = thousands_signed(n))
}

fn event_item(e: &Event, today: NaiveDate) -> String {
    let place = place(e);
    let when = if e.is_past(today) {
        String::new()
    } else {
        format!(" ({})", crate::t!("detail-upcoming"))
    };
    let title = sanitize_line(e.title());
    if place.is_empty() {
        format!("{}  {title}{when}", e.date)
    } else {
        format!("{}  {title}, {place}{when}", e.date)
    }
}

fn statement_item(s: &Statement) -> String {
    format!(
        "{}  {}: {}",
        s.date,
        sanitize_line(s.author()),
        first_line(s.text())
    )
}

fn prisoner_item(p: &crate::model::Prisoner) -> String {
    format!("{} ({})", sanitize_line(p.name()), p.status)
}

fn organisation_label(c: &Campaign, i: usize) -> String {
    match c.organisations.get(i) {
        Some(o) => match &o.short {
            Some(short) => format!("{} ({})", sanitize_line(&o.name), sanitize_line(short)),
            None => sanitize_line(&o.name).into_owned(),
        },
        None => String::new(),
    }
}

/// The text of a bulleted link to `link`, as every section of links to its
/// tab writes it.
pub fn item_text(c: &Campaign, today: NaiveDate, link: Link) -> Option<String> {
    let i = link.record;
    Some(match link.tab {
        Tab::Overview | Tab::Agenda => return None,
        Tab::Prisoners => prisoner_item(c.prisoners.get(i)?),
        Tab::Events => event_item(c.events.get(i)?, today),
        Tab::Statements => statement_item(c.statements.get(i)?),
        Tab::Organisations => {
            c.organisations.get(i)?;
            organisation_label(c, i)
        }
        Tab::Petitions => sanitize_line(&c.petitions.get(i)?.title).into_owned(),
        Tab::Letters => letter_line(c.letters.get(i)?),
    })
}

/// The name of the prisoner letter `l` went to or came from, or the id
/// as written where no prisoner has it.
fn letter_prisoner(app: &App, l: &crate::model::Letter) -> (Option<usize>, String) {
    let c = &app.campaign;
    match app.derived.links.prisoner_by_id.get(&l.prisoner) {
        Some(&p) => (Some(p), sanitize_line(c.prisoners[p].name()).into_owned()),
        None => (None, sanitize_line(&l.prisoner).into_owned()),
    }
}

fn push_opt(doc: &mut Vec<Piece>, label: &'static str, value: Option<&str>) {
    if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
        doc.push(Piece::Field(
            field_label(label),
            sanitize_line(v).into_owned(),
        ));
    }
}

fn push_list(doc: &mut Vec<Piece>, label: &'static str, values: Values<'_>) {
    if !values.is_empty() {
        let joined: Vec<String> = values
            .iter()
            .map(|v| sanitize_line(v).into_owned())
            .collect();
        doc.push(Piece::Field(field_label(label), joined.join("; ")));
    }
}

/// A field of several values, one a line (urls).
fn push_lines(doc: &mut Vec<Piece>, label: &'static str, values: Values<'_>) {
    if !values.is_empty() {
        let lines: Vec<String> = values
            .iter()
            .map(|v| sanitize_line(v).into_owned())
            .collect();
        doc.push(Piece::Field(field_label(label), lines.join("\n")));
    }
}

fn push_text(doc: &mut Vec<Piece>, heading: &'static str, text: Option<&str>) {
    if let Some(t) = text.filter(|t| !t.trim().is_empty()) {
        doc.push(Piece::Blank);
        doc.push(Piece::Heading(field_label(heading).to_owned()));
        doc.push(Piece::Text(sanitize(t.trim_end()).into_owned()));
    }
}

/// The rows the field declarations place after `anchor` (a field's key, or
/// a row shown its own way; "" for the first under the title), each
/// followed by the rows placed after it.
fn push_declared<R: Record>(doc: &mut Vec<Piece>, r: &R, anchor: &str) {
    for f in R::FIELDS {
        let Some(detail) = f.detail else { continue };
        if detail.after == anchor {
            push_value(doc, detail, f.required, f.shown_value(r));
            push_declared(doc, r, f.key);
        }
    }
}

/// One declared field in its shape; nothing for a field without a value
/// (or a blank one, unless it is required).
fn push_value(doc: &mut Vec<Piece>, detail: Detail, required: bool, value: Value<'_>) {
    let label = detail.label;
    let text = match value {
        Value::Text(Some(t)) if required && detail.shape == Shape::Row => {
            sanitize_line(t).into_owned()
        }
        Value::Text(t) => match detail.shape {
            Shape::Text => return push_text(doc, label, t),
            Shape::Row | Shape::Lines => return push_opt(doc, label, t),
        },
        Value::List(l) => match detail.shape {
            Shape::Lines => return push_lines(doc, label, l),
            Shape::Row | Shape::Text => return push_list(doc, label, l),
        },
        Value::Date(Some(d)) => d.to_string(),
        Value::PartialDate(Some(d)) => d.to_string(),
        Value::Int(Some(n)) => n.to_string(),
        Value::Choice(Some(c)) => c.to_owned(),
        Value::Choices(bits, of) if bits != 0 => {
            Value::names(bits, of).collect::<Vec<_>>().join(", ")
        }
        Value::Strings(l) => l
            .iter()
            .map(|v| sanitize_line(v))
            .collect::<Vec<_>>()
            .join("; "),
        _ => return,
    };
    doc.push(Piece::Field(field_label(label), text));
}

/// A section listing items, with a note when there are none.
fn section(doc: &mut Vec<Piece>, heading: String, items: Vec<String>, none: &str) {
    doc.push(Piece::Blank);
    doc.push(Piece::Heading(format!("{heading} ({})", items.len())));
    if items.is_empty() {
        doc.push(Piece::Note(none.to_owned()));
    }
    doc.extend(items.into_iter().map(Piece::Item));
}

/// A section listing the records of `tab` at `records`, with a note when
/// there are none; a long one as a [`Piece::LinkRun`].
fn link_section(
    doc: &mut Vec<Piece>,
    (c, today): (&Campaign, NaiveDate),
    heading: &str,
    tab: Tab,
    records: Vec<usize>,
    none: &str,
) {
    doc.push(Piece::Blank);
    doc.push(Piece::Heading(format!("{heading} ({})", records.len())));
    if records.is_empty() {
        doc.push(Piece::Note(none.to_owned()));
    }
    if records.len() > LONG_SECTION {
        doc.push(Piece::LinkRun(tab, records));
        return;
    }
    doc.extend(records.into_iter().filter_map(|record| {
        let link = Link { tab, record };
        Some(Piece::ItemLink(link, item_text(c, today, link)?))
    }));
}

/// A field of one or more links to records of `tab`, one a row, the label on
/// the first.
fn link_field(doc: &mut Vec<Piece>, label: &'static str, tab: Tab, items: Vec<(usize, String)>) {
    for (i, (record, text)) in items.into_iter().enumerate() {
        let label = if i == 0 { field_label(label) } else { "" };
        doc.push(Piece::FieldLink(label, Link { tab, record }, text));
    }
}

/// A prisoner's letters: what they come to, how long without news for
/// one in custody, then each letter, newest first.
fn prisoner_letters(doc: &mut Vec<Piece>, app: &App, record: usize) {
    let (c, d) = (&app.campaign, &app.derived);
    let Some(p) = c.prisoners.get(record) else {
        return;
    };
    let facts = d.letters.facts.get(record).copied().unwrap_or_default();
    let letters = d
        .letters
        .by_prisoner
        .get(record)
        .map_or(&[][..], Vec::as_slice);
    doc.push(Piece::Blank);
    doc.push(Piece::Heading(format!(
        "{} ({})",
        crate::t!("detail-letters"),
        letters.len()
    )));
    if letters.is_empty() {
        doc.push(Piece::Note(crate::t!("detail-none-recorded")));
    } else {
        doc.push(Piece::Field(field_label("letters"), facts.said()));
    }
    if p.status.in_custody()
        && let Some(n) = facts.no_news_days
    {
        let since = match facts.last_received {
            Some(day) => crate::t!("detail-no-news-since-letter", date = day.to_string()),
            None => crate::t!("detail-no-news-since-arrest"),
        };
        doc.push(Piece::Field(
            field_label("no news"),
            crate::t!("detail-no-news", days = days(n), since = since),
        ));
    }
    doc.extend(letters.iter().rev().map(|&i| {
        let link = Link {
            tab: Tab::Letters,
            record: i,
        };
        Piece::ItemLink(link, letter_line(&c.letters[i]))
    }));
}

/// The detail document of record `record` of `tab`.
pub fn document(app: &App, tab: Tab, record: usize) -> Vec<Piece> {
    let c = &app.campaign;
    let d = &app.derived;
    let l = &d.links;
    let today = d.today;
    let mut doc = Vec::new();
    let at = |v: &Adjacency| v.get(record).map(<[usize]>::to_vec).unwrap_or_default();
    match tab {
        Tab::Overview | Tab::Agenda => {}
        Tab::Prisoners => {
            let Some(p) = c.prisoners.get(record) else {
                return doc;
            };
            doc.push(Piece::Title(sanitize_line(p.name()).into_owned()));
            push_declared(&mut doc, p, "");
            if let Some(b) = p.born {
                let age = d
                    .prisoner_facts
                    .get(record)
                    .and_then(|f| f.next_birthday)
                    .map(|(date, age)| {
                        format!(
                            " ({})",
                            crate::t!(
                                "detail-turns",
                                age = age,
                                date = date.to_string(),
                                when = relative(date, today)
                            )
                        )
                    })
                    .unwrap_or_default();
                doc.push(Piece::Field(field_label("born"), format!("{b}{age}")));
            }
            let risks = d.prisoner_facts.get(record).map(|f| f.risks);
            if let Some(r) = risks.filter(|r| !r.is_empty()) {
                let tags: Vec<String> = r
                    .iter()
                    .map(|t| {
                        if p.risk.contains(t) {
                            t.to_string()
                        } else {
                            crate::t!("detail-aged-60", tag = t.to_string())
                        }
                    })
                    .collect();
                doc.push(Piece::Field(field_label("risk"), tags.join(", ")));
            }
            push_declared(&mut doc, p, "born");
            let orgs = at(&l.prisoner_organisations)
                .into_iter()
                .map(|i| (i, organisation_label(c, i)))
                .collect();
            link_field(&mut doc, "organisations", Tab::Organisations, orgs);
            push_declared(&mut doc, p, "organisations");
            let facts = d.prisoner_facts.get(record);
            match facts.and_then(|f| f.days_shown().map(|d| (f, d))) {
                Some((f, shown)) => {
                    let mark = if shown.estimate {
                        crate::query::ESTIMATE_MARK
                    } else {
                        ""
                    };
                    let n = |days: i64| format!("{mark}{}", crate::text::thousands_signed(days));
                    let held =
                        crate::t!("days", n = shown.days.unsigned_abs(), count = n(shown.days));
                    let this = n(f.days_held.unwrap_or(0));
                    let arrests = p.earlier.len() + 1;
                    let today = today.to_string();
                    let mut how = match (shown.combined, p.status.in_custody()) {
                        (true, true) => crate::t!(
                            "detail-held-combined-now",
                            days = held,
                            arrests = arrests,
                            this = this,
                            today = today
                        ),
                        (true, false) => crate::t!(
                            "detail-held-combined",
                            days = held,
                            arrests = arrests,
                            this = this
                        ),
                        (false, true) => crate::t!("detail-held-now", days = held, today = today),
                        (false, false) => crate::t!("detail-held", days = held),
                    };
                    if shown.estimate {
                        how.push_str(&format!(" ({})", crate::t!("detail-held-estimate")));
                    }
                    doc.push(Piece::Field(field_label("days held"), how));
                }
                None => doc.push(Piece::Field(
                    field_label("days held"),
                    crate::t!("detail-held-unknown"),
                )),
            }
            if let Some(due) = facts.and_then(|f| f.release_due) {
                let mut text = due.date.to_string();
                if due.estimate {
                    text.push_str(&format!(" ({})", crate::t!("detail-due-estimate")));
                }
                if p.status.in_custody() {
                    text.push_str(&format!(", {}", relative(due.date, today)));
                }
                doc.push(Piece::Field(field_label("release due"), text));
            }
            push_declared(&mut doc, p, "release_due");
            // What letters to the place they are held at need (`[[facilities]]`).
            let place = d.letters.facility.get(record).copied().flatten();
            if let Some(f) = place.and_then(|f| c.facilities.get(f)) {
                let mut parts = Vec::new();
                if let Some(g) = f.guidance.as_deref().filter(|g| !g.trim().is_empty()) {
                    parts.push(sanitize_line(g.trim()).into_owned());
                }
                if let Some(n) = f.transit_days {
                    parts.push(crate::t!("detail-letter-takes", days = days(i64::from(n))));
                }
                if !parts.is_empty() {
                    doc.push(Piece::Field(
                        field_label("letters there"),
                        parts.join(" · "),
                    ));
                }
            }
            let story = timeline(p, facts.and_then(|f| f.release_due), today);
            if !story.is_empty() {
                section(&mut doc, crate::t!("detail-timeline"), story, "");
            }
            if !c.letters.is_empty() {
                prisoner_letters(&mut doc, app, record);
            }
            link_section(
                &mut doc,
                (c, today),
                &crate::t!("detail-events-naming"),
                Tab::Events,
                at(&l.prisoner_events),
                &crate::t!("detail-none-recorded"),
            );
            link_section(
                &mut doc,
                (c, today),
                &crate::t!("detail-statements-naming"),
                Tab::Statements,
                at(&l.prisoner_statements),
                &crate::t!("detail-none-recorded"),
            );
        }
        Tab::Events => {
            let Some(e) = c.events.get(record) else {
                return doc;
            };
            doc.push(Piece::Title(sanitize_line(e.title()).into_owned()));
            let when = if e.is_past(today) {
                crate::t!("detail-event-past", when = relative(e.last_day(), today))
            } else if e.date <= today {
                crate::t!("detail-event-now")
            } else {
                crate::t!("detail-event-upcoming", when = relative(e.date, today))
            };
            doc.push(Piece::Field(
                field_label("date"),
                format!("{} ({when})", event_dates(e)),
            ));
            push_declared(&mut doc, e, "date");
            if let Some(n) = e.attendance {
                doc.push(Piece::Field(
                    field_label("attendance"),
                    crate::t!("detail-about", count = thousands(n)),
                ));
            }
            push_declared(&mut doc, e, "attendance");
            link_section(
                &mut doc,
                (c, today),
                &crate::t!("detail-organisations"),
                Tab::Organisations,
                at(&l.event_organisations),
                &crate::t!("detail-none-recorded"),
            );
            link_section(
                &mut doc,
                (c, today),
                &crate::t!("detail-prisoners-demanded"),
                Tab::Prisoners,
                at(&l.event_prisoners),
                &crate::t!("detail-none-named"),
            );
            if let Some(letters) = d.letters.by_event.get(record).filter(|l| !l.is_empty()) {
                let pieces: u64 = letters.iter().map(|&i| c.letters[i].pieces()).sum();
                let items: Vec<Piece> = letters
                    .iter()
                    .map(|&i| {
                        let l = &c.letters[i];
                        let (_, to) = letter_prisoner(app, l);
                        let link = Link {
                            tab: Tab::Letters,
                            record: i,
                        };
                        Piece::ItemLink(link, format!("{}; {to}", letter_line(l)))
                    })
                    .collect();
                doc.push(Piece::Blank);
                doc.push(Piece::Heading(format!(
                    "{} ({})",
                    crate::t!("detail-letters-written-here"),
                    thousands(pieces)
                )));
                doc.extend(items);
            }
            link_section(
                &mut doc,
                (c, today),
                &crate::t!("detail-statements-at-event"),
                Tab::Statements,
                at(&l.event_statements),
                &crate::t!("detail-none-recorded"),
            );
        }
        Tab::Statements => {
            let Some(s) = c.statements.get(record) else {
                return doc;
            };
            doc.push(Piece::Title(format!(
                "{}, {}",
                sanitize_line(s.author()),
                s.date
            )));
            push_declared(&mut doc, s, "");
            if let Some(i) = l.statement_organisation.get(record).copied().flatten() {
                let org = vec![(i, organisation_label(c, i))];
                link_field(&mut doc, "organisation", Tab::Organisations, org);
            }
            push_declared(&mut doc, s, "organisation");
            if let Some((i, e)) = l
                .statement_event
                .get(record)
                .copied()
                .flatten()
                .and_then(|i| Some((i, c.events.get(i)?)))
            {
                link_field(
                    &mut doc,
                    "event",
                    Tab::Events,
                    vec![(i, event_item(e, today))],
                );
            }
            let prisoners = at(&l.statement_prisoners)
                .into_iter()
                .filter_map(|i| Some((i, sanitize_line(c.prisoners.get(i)?.name()).into_owned())))
                .collect();
            link_field(&mut doc, "prisoners", Tab::Prisoners, prisoners);
            push_declared(&mut doc, s, "prisoners");
            let heading = match &s.language() {
                Some(lang) => format!("{} ({})", crate::t!("detail-text"), sanitize_line(lang)),
                None => crate::t!("detail-text"),
            };
            if !s.text().trim().is_empty() {
                doc.push(Piece::Blank);
                doc.push(Piece::Heading(heading));
                doc.push(Piece::Text(sanitize(s.text().trim_end()).into_owned()));
            }
            push_declared(&mut doc, s, "text");
        }
        Tab::Organisations => {
            let Some(o) = c.organisations.get(record) else {
                return doc;
            };
            doc.push(Piece::Title(sanitize_line(&o.name).into_owned()));
            push_declared(&mut doc, o, "");
            link_section(
                &mut doc,
                (c, today),
                &crate::t!("detail-member-prisoners"),
                Tab::Prisoners,
                at(&l.organisation_members),
                &crate::t!("detail-none-listed"),
            );
            link_section(
                &mut doc,
                (c, today),
                &crate::t!("detail-events"),
                Tab::Events,
                at(&l.organisation_events),
                &crate::t!("detail-none-recorded"),
            );
            link_section(
                &mut doc,
                (c, today),
                &crate::t!("detail-statements"),
                Tab::Statements,
                at(&l.organisation_statements),
                &crate::t!("detail-none-recorded"),
            );
            link_section(
                &mut doc,
                (c, today),
                &crate::t!("detail-petitions-hosted"),
                Tab::Petitions,
                at(&l.organisation_petitions),
                &crate::t!("detail-none"),
            );
        }
        Tab::Petitions => {
            let Some(p) = c.petitions.get(record) else {
                return doc;
            };
            doc.push(Piece::Title(sanitize_line(&p.title).into_owned()));
            if let Some(i) = l.petition_host.get(record).copied().flatten() {
                let host = vec![(i, organisation_label(c, i))];
                link_field(&mut doc, "host", Tab::Organisations, host);
            }
            push_declared(&mut doc, p, "host");
            doc.push(Piece::Field(
                field_label("goal"),
                p.goal.map_or(crate::t!("detail-none-set"), thousands),
            ));
            let latest = match p.latest() {
                Some(t) => crate::t!(
                    "detail-signatures-on",
                    n = t.signatures,
                    count = thousands(t.signatures),
                    date = t.date.to_string()
                ),
                None => crate::t!("detail-no-count"),
            };
            doc.push(Piece::Field(field_label("latest count"), latest));
            if let (Some(t), Some(goal)) = (p.latest(), p.goal) {
                doc.push(Piece::Field(
                    field_label("progress"),
                    crate::t!(
                        "detail-of-goal",
                        percent = (t.signatures.saturating_mul(100) / goal.max(1)).to_string()
                    ),
                ));
            }
            let mut tallies = p.counts.clone();
            tallies.sort_by_key(|t| t.date);
            let items = tallies
                .iter()
                .map(|t| format!("{}  {}", t.date, thousands(t.signatures)))
                .collect();
            section(
                &mut doc,
                crate::t!("detail-tallies"),
                items,
                &crate::t!("detail-no-tallies"),
            );
        }
        Tab::Letters => {
            let Some(letter) = c.letters.get(record) else {
                return doc;
            };
            let (prisoner, name) = letter_prisoner(app, letter);
            let way = match letter.direction {
                crate::model::Direction::Sent => "sent",
                crate::model::Direction::Received => "received",
                crate::model::Direction::Returned => "returned",
            };
            doc.push(Piece::Title(crate::t!(
                "detail-letter-title",
                pieces = letter.pieces(),
                count = thousands(letter.pieces()),
                way = way,
                name = name.as_str()
            )));
            match prisoner {
                Some(p) => link_field(&mut doc, "prisoner", Tab::Prisoners, vec![(p, name)]),
                None => doc.push(Piece::Field(
                    field_label("prisoner"),
                    crate::t!("detail-no-such-prisoner", name = name),
                )),
            }
            if let Some(&e) = letter.event.as_deref().and_then(|id| l.event_by_id.get(id)) {
                let title = sanitize_line(c.events[e].title()).into_owned();
                link_field(&mut doc, "event", Tab::Events, vec![(e, title)]);
            }
            push_declared(&mut doc, letter, "");
        }
    }
    doc
}

/// Lays a document out in rows of at most `width` columns.
pub fn rows(doc: &[Piece], width: u16) -> Vec<Row> {
    let width = usize::from(width);
    let mut out = Vec::new();
    if width == 0 {
        return out;
    }
    let mut link_no = 0;
    for piece in doc {
        if let Piece::LinkRun(_, records) = piece {
            out.extend((link_no..link_no + records.len()).map(|k| Row {
                kind: RowKind::RunItem,
                label: String::new(),
                text: String::new(),
                link: Some(k),
            }));
            link_no += records.len();
            continue;
        }
        let mut push = |kind, label: String, lines: Vec<String>, link: Option<usize>| {
            for (i, text) in lines.into_iter().enumerate() {
                let label = if i == 0 {
                    label.clone()
                } else {
                    " ".repeat(label.chars().count())
                };
                out.push(Row {
                    kind,
                    label,
                    text,
                    link,
                });
            }
        };
        let link = matches!(piece, Piece::FieldLink(..) | Piece::ItemLink(..)).then(|| {
            link_no += 1;
            link_no - 1
        });
        match piece {
            Piece::Title(t) => push(
                RowKind::Title,
                String::new(),
                wrap_on_screen(t, width),
                None,
            ),
            Piece::Heading(t) => push(
                RowKind::Heading,
                String::new(),
                wrap_on_screen(t, width),
                None,
            ),
            Piece::Text(t) => push(RowKind::Text, String::new(), wrap_on_screen(t, width), None),
            Piece::Note(t) => push(RowKind::Note, String::new(), wrap_on_screen(t, width), None),
            Piece::Blank => push(RowKind::Text, String::new(), vec![String::new()], None),
            Piece::LinkRun(..) => {}
            Piece::Item(t) | Piece::ItemLink(_, t) => {
                if width > 4 {
                    push(
                        RowKind::Item,
                        "• ".to_owned(),
                        wrap_on_screen(t, width - 2),
                        link,
                    );
                } else {
                    push(RowKind::Item, String::new(), wrap_on_screen(t, width), link);
                }
            }
            Piece::Field(label, value) | Piece::FieldLink(label, _, value) => {
                let kind = if link.is_some() {
                    RowKind::Link
                } else {
                    RowKind::Field
                };
                // A web address wider than the value column but not than
                // the pane goes under its label, so that it shows whole.
                let url_wants_room = value.split([' ', '\n']).any(|w| {
                    crate::text::is_url(w) && {
                        let w = unicode_width::UnicodeWidthStr::width(w);
                        w > width.saturating_sub(LABEL) && w <= width.saturating_sub(2)
                    }
                });
                if width >= LABEL + 12 && !url_wants_room {
                    // Label names are shorter than the column, so its last
                    // two cells are free for the marker of a chosen link.
                    let label = format!("{label:<w$}", w = LABEL);
                    push(kind, label, wrap_on_screen(value, width - LABEL), link);
                } else {
                    // Too narrow for a label column: the label on its own row,
                    // the value indented by two under it.
                    if !label.is_empty() {
                        push(
                            RowKind::Field,
                            String::new(),
                            wrap_on_screen(label, width),
                            None,
                        );
                    }
                    if width > 4 {
                        push(
                            kind,
                            "  ".to_owned(),
                            wrap_on_screen(value, width - 2),
                            link,
                        );
                    } else {
                        push(kind, String::new(), wrap_on_screen(value, width), link);
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fields::{Kind, Owned};
    use crate::model::{EventDraft, EventKind, Prisoner, PrisonerDraft, Status};

    /// Every field given a value through its declaration.
    fn filled<R: Record>(d: &mut R::Draft) {
        for f in R::FIELDS {
            let v = match f.kind {
                Kind::Text => Owned::Text(format!("the {}", f.key)),
                Kind::List { .. } => Owned::List(vec![format!("the {}", f.key)]),
                Kind::Date => Owned::Date(NaiveDate::from_ymd_opt(2022, 4, 19).unwrap_or_default()),
                Kind::PartialDate => {
                    Owned::Date(NaiveDate::from_ymd_opt(2022, 4, 19).unwrap_or_default())
                }
                Kind::Int { min, .. } => Owned::Int(min + 3),
                Kind::Choice(_) => Owned::Choice(1),
                Kind::Choices(_) => Owned::Choices(1),
                _ => continue,
            };
            (f.set)(d, v);
        }
    }

    /// Each field the declarations place in the pane is shown, under its
    /// label: every row it follows is one the pane shows.
    #[test]
    fn every_declared_row_is_shown() {
        let mut p = PrisonerDraft::new("p", "P", Status::Released);
        filled::<Prisoner>(&mut p);
        p.release_due = None;
        let mut e = EventDraft::new("e", "E", NaiveDate::MIN, EventKind::Rally);
        filled::<Event>(&mut e);
        let mut s = crate::model::StatementDraft::new(NaiveDate::MIN, "A", "T");
        filled::<Statement>(&mut s);
        let c = Campaign {
            prisoners: vec![p.into()],
            events: vec![e.into()],
            statements: vec![s.into()],
            ..Campaign::default()
        };
        let app = App::new(c, "f", None, NaiveDate::MIN);
        fn labels<R: Record>() -> impl Iterator<Item = &'static str> {
            R::FIELDS.iter().filter_map(|f| f.detail).map(|d| d.label)
        }
        let shown = |tab| -> Vec<String> {
            document(&app, tab, 0)
                .iter()
                .filter_map(|p| match p {
                    Piece::Field(l, _) => Some((*l).to_owned()),
                    Piece::Heading(h) => Some(h.clone()),
                    _ => None,
                })
                .collect()
        };
        for (tab, want) in [
            (Tab::Prisoners, labels::<Prisoner>().collect::<Vec<_>>()),
            (Tab::Events, labels::<Event>().collect()),
            (Tab::Statements, labels::<Statement>().collect()),
        ] {
            let shown = shown(tab);
            for label in want {
                assert!(
                    shown.iter().any(|s| s == label),
                    "{tab:?}: {label} in {shown:?}"
                );
            }
        }
    }

    #[test]
    fn fields_wrap_under_their_label() {
        let doc = vec![Piece::Field(
            "status",
            "imprisoned in a colony far away".into(),
        )];
        let r = rows(&doc, 30);
        assert_eq!(r[0].label.trim(), "status");
        assert_eq!(r[0].label.len(), LABEL);
        assert!(r.len() > 1);
        assert_eq!(r[1].label, " ".repeat(LABEL));
        let narrow = rows(&doc, 12);
        assert_eq!(narrow[0].text, "status");
    }
}
