//! The overview's sections as data, built once and shown twice: the
//! dashboard draws each as a panel (`ui::overview`), `print` writes each as a
//! section of text or markdown (`print::overview`). Every string is
//! sanitised here. How an item looks (styles, wrapping, cutting, the words
//! of "and N more") is the reader's.

use crate::model::{Campaign, Status};
use crate::query::changes::{Marked, Names};
use crate::query::{Derived, RecordKind};
use crate::sanitize::sanitize_line;
use crate::text::{first_line, place, relative, thousands};
use crate::view::View;

/// How many next events and statements the overview lists.
pub const SHOWN: usize = 4;

/// How many entries of each list that grows with the file (releases,
/// birthdays, petitions) the dashboard's overview lists at most: a panel is
/// a glance, whatever the size of the file and of the screen; the rest are
/// counted in an [`Item::More`] and listed in their tab. (`print` lists
/// them all.)
pub const LISTED: usize = 8;

/// Which section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Figures,
    /// What is overdue and due this week, from the agenda.
    Attention,
    NextEvents,
    ComingUp,
    Petitions,
    EventsPerMonth,
    Statements,
    /// What changed since an earlier version (`--since`): the dashboard's
    /// only, not among [`Panel::ALL`].
    Changed,
    /// The prisoners in custody with the fewest letters in 90 days
    /// ([`crate::query::Letters::fewest`]): where the file records letters
    /// only, not among [`Panel::ALL`].
    Fewest,
}

impl Panel {
    /// Every section, in the order of [`sections`].
    pub const ALL: [Panel; 7] = [
        Panel::Figures,
        Panel::Attention,
        Panel::NextEvents,
        Panel::ComingUp,
        Panel::Petitions,
        Panel::EventsPerMonth,
        Panel::Statements,
    ];

    /// The section's name in the current language, as its title and the
    /// note on panels left out say it (made once a language).
    pub fn name(self) -> &'static str {
        static NAMES: crate::i18n::PerLang<[String; 9]> = crate::i18n::PerLang::new();
        let names = NAMES.get(|| {
            [
                crate::t!("panel-figures"),
                crate::t!("panel-attention"),
                crate::t!("panel-next-events"),
                crate::t!("panel-coming-up"),
                crate::t!("panel-petitions"),
                crate::t!("panel-events-per-month"),
                crate::t!("panel-statements"),
                crate::t!("panel-changed"),
                crate::t!("panel-fewest"),
            ]
        });
        let i = match self {
            Panel::Figures => 0,
            Panel::Attention => 1,
            Panel::NextEvents => 2,
            Panel::ComingUp => 3,
            Panel::Petitions => 4,
            Panel::EventsPerMonth => 5,
            Panel::Statements => 6,
            Panel::Changed => 7,
            Panel::Fewest => 8,
        };
        &names[i]
    }

    /// The tab that lists the records the section's entries are of.
    pub fn view(self) -> Option<View> {
        match self {
            Panel::Figures | Panel::EventsPerMonth | Panel::Changed => None,
            Panel::NextEvents => Some(View::Events),
            Panel::ComingUp | Panel::Fewest => Some(View::Prisoners),
            Panel::Petitions => Some(View::Petitions),
            Panel::Statements => Some(View::Statements),
            Panel::Attention => Some(View::Agenda),
        }
    }
}

/// One line or group of lines of a section.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// "Prisoners  6"; with a status, a figure under the one before.
    Figure {
        label: String,
        value: String,
        status: Option<Status>,
    },
    /// A remark on the figure before it.
    Note(String),
    /// The countries reached, under their count.
    Countries(Vec<String>),
    /// A line that introduces the entries after it.
    Label(String),
    /// A date and what happens on it ("in 3 days, rally"), with the details
    /// under it; `indent` for an entry under a [`Item::Label`]. `record`:
    /// the record it is about, in the section's [`Panel::view`].
    Entry {
        date: String,
        what: String,
        body: Option<String>,
        indent: bool,
        record: usize,
        /// The tab of the record, where it is not the section's
        /// ([`Panel::view`]): a section of records of several kinds.
        view: Option<View>,
    },
    /// A petition: its title, and its count against the goal (`counted`:
    /// a count is recorded).
    Gauge {
        title: String,
        ratio: Option<f64>,
        counted: bool,
        text: String,
        record: usize,
    },
    /// (year, month, events) for each month.
    Months(Vec<(i32, u32, usize)>),
    /// `count` more entries than listed, all of them in `view`.
    More { count: usize, view: View },
    /// What an empty section says.
    Empty(String),
}

/// A section of the overview.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub panel: Panel,
    pub title: String,
    pub items: Vec<Item>,
    /// The columns of the figures' labels: the longest label's, in
    /// terminal columns, at least [`LABEL_WIDTH`]. The values start one
    /// column after it, so that they line up in every language.
    pub label_width: usize,
}

/// The least width of the figures' labels ("Countries reached").
pub const LABEL_WIDTH: usize = 17;

/// The [`Section::label_width`] of `items`: a status's label is indented
/// by two.
pub fn label_width(items: &[Item]) -> usize {
    use unicode_width::UnicodeWidthStr;
    items
        .iter()
        .filter_map(|i| match i {
            Item::Figure { label, status, .. } => {
                Some(label.width() + if status.is_some() { 2 } else { 0 })
            }
            _ => None,
        })
        .fold(LABEL_WIDTH, usize::max)
}

fn figure(label: &str, value: String) -> Item {
    Item::Figure {
        label: label.to_owned(),
        value,
        status: None,
    }
}

/// The overview's sections, in order. The lists that grow with the file
/// (releases, birthdays, petitions) stop at `limit` entries, so that the
/// dashboard builds a frame's worth at the cost of any file; `print` passes
/// `usize::MAX`. With `hide_birthdays` (presentation mode), the birthdays
/// are a note that they are hidden.
pub fn sections(c: &Campaign, d: &Derived, hide_birthdays: bool, limit: usize) -> Vec<Section> {
    let section = |panel: Panel, items: Vec<Item>| Section {
        panel,
        title: panel.name().to_owned(),
        label_width: label_width(&items),
        items,
    };
    let mut months = section(
        Panel::EventsPerMonth,
        vec![Item::Months(d.stats.events_per_month.clone())],
    );
    if let [(y0, m0, _), .., (y1, m1, _)] = d.stats.events_per_month.as_slice() {
        months.title = crate::t!(
            "panel-events-per-month-from",
            from = format!("{y0:04}-{m0:02}"),
            to = format!("{y1:04}-{m1:02}")
        );
    }
    let mut all = vec![
        section(Panel::Figures, figures(c, d)),
        section(Panel::Attention, attention(d)),
        section(Panel::NextEvents, next_events(c, d)),
        section(Panel::ComingUp, coming_up(c, d, hide_birthdays, limit)),
        section(Panel::Petitions, petitions(c, d, limit)),
        months,
        section(Panel::Statements, statements(c, d)),
    ];
    if !c.letters.is_empty() {
        all.insert(4, section(Panel::Fewest, fewest(c, d, limit)));
    }
    all
}

/// Who needs letters most: the first `limit` of
/// [`crate::query::Letters::fewest`], each with the letters sent to them in
/// 90 days and how long there has been no news.
fn fewest(c: &Campaign, d: &Derived, limit: usize) -> Vec<Item> {
    let order = &d.letters.fewest;
    if order.is_empty() {
        return vec![Item::Empty(crate::t!("overview-no-one-in-custody"))];
    }
    let mut items = vec![Item::Label(crate::t!(
        "overview-letters-fewest-first",
        days = crate::query::RECENT_DAYS
    ))];
    for &i in order.iter().take(limit) {
        let (Some(p), Some(f)) = (c.prisoners.get(i), d.letters.facts.get(i)) else {
            continue;
        };
        let news = match f.no_news_days {
            Some(n) => {
                let n = u64::try_from(n).unwrap_or(0);
                crate::t!("overview-no-news", n = n, count = thousands(n))
            }
            None => String::new(),
        };
        items.push(Item::Entry {
            date: thousands(f.sent_recent),
            what: format!("{}{news}", sanitize_line(p.name())),
            body: None,
            indent: true,
            record: i,
            view: None,
        });
    }
    more(&mut items, order.len(), limit, View::Prisoners);
    items
}

fn figures(c: &Campaign, d: &Derived) -> Vec<Item> {
    let s = &d.stats;
    let n = |n: usize| thousands(n as u64);
    let mut items = vec![figure(&crate::t!("figure-prisoners"), prisoners_figure(d))];
    for (status, n) in &s.by_status {
        if *n > 0 {
            items.push(Item::Figure {
                label: status_label(*status),
                value: thousands(*n as u64),
                status: Some(*status),
            });
        }
    }
    items.push(figure(&crate::t!("figure-in-custody"), n(s.in_custody)));
    items.push(figure(
        &crate::t!("figure-days-behind-bars"),
        crate::t!(
            "figure-days-combined",
            count = thousands(s.combined_days_in_custody.max(0) as u64)
        ),
    ));
    if s.partial_arrests_in_custody > 0 {
        let p = s.partial_arrests_in_custody as u64;
        items.push(Item::Note(crate::t!(
            "figure-partial-arrests",
            n = p,
            count = thousands(p)
        )));
    }
    items.push(figure(
        &crate::t!("figure-events"),
        crate::t!(
            "figure-events-past-upcoming",
            past = n(s.events_past),
            upcoming = n(s.events_upcoming)
        ),
    ));
    items.push(figure(&crate::t!("figure-countries"), n(s.countries.len())));
    if !s.countries.is_empty() {
        items.push(Item::Countries(
            s.countries
                .iter()
                .map(|c| sanitize_line(c).into_owned())
                .collect(),
        ));
    }
    items.push(figure(
        &crate::t!("figure-statements"),
        n(s.statements_total),
    ));
    items.extend(story_figures(c, d));
    items
}

/// A status as the figures name it, in the current language.
pub fn status_label(status: Status) -> String {
    match status {
        Status::Detained => crate::t!("status-detained"),
        Status::Imprisoned => crate::t!("status-imprisoned"),
        Status::Restricted => crate::t!("status-restricted"),
        Status::Released => crate::t!("status-released"),
        Status::Deceased => crate::t!("status-deceased"),
    }
}

/// How many prisoners, and how many at special risk (a count, which stays
/// in presentation mode), on the one line.
fn prisoners_figure(d: &Derived) -> String {
    let total = thousands(d.stats.prisoners_total as u64);
    match d.at_risk {
        0 => total,
        n => crate::t!("figure-at-risk", total = total, count = thousands(n as u64)),
    }
}

/// Where the file records letters: those of the last 30 days and the
/// prisoners in custody with none.
fn story_figures(c: &Campaign, d: &Derived) -> Vec<Item> {
    let mut items = Vec::new();
    if !c.letters.is_empty() {
        let l = &d.letters;
        items.push(figure(
            &crate::t!("figure-letters-30"),
            crate::t!(
                "figure-letters-sent-received",
                sent = thousands(l.sent_30),
                received = thousands(l.received_30)
            ),
        ));
        let w = l.in_custody_without as u64;
        items.push(figure(
            &crate::t!("figure-no-letters"),
            crate::t!("figure-prisoners-in-custody", n = w, count = thousands(w)),
        ));
    }
    items
}

/// The agenda's overdue items and those of this week: their counts by
/// kind, and the first of them (entries whose `record` is the item's index
/// in the agenda).
fn attention(d: &Derived) -> Vec<Item> {
    use crate::query::agenda::Group;
    let a = &d.agenda;
    let groups = [Group::Overdue, Group::ThisWeek];
    let first: Vec<usize> = (0..a.items.len())
        .filter(|&i| groups.contains(&a.items[i].group))
        .collect();
    if first.is_empty() {
        return vec![Item::Empty(crate::t!("overview-nothing-due"))];
    }
    let mut items = Vec::new();
    for group in groups {
        let counts = a.counts(group);
        let total: usize = counts.iter().map(|(_, n)| n).sum();
        items.push(figure(group.label(), thousands(total as u64)));
        if total > 0 {
            let kinds: Vec<String> = counts.iter().map(|(k, n)| k.counted(*n)).collect();
            items.push(Item::Note(kinds.join(", ")));
        }
    }
    items.push(Item::Label(crate::t!("overview-first-to-do")));
    for &i in first.iter().take(SHOWN) {
        let item = &a.items[i];
        items.push(Item::Entry {
            date: item.date.to_string(),
            what: format!("{}: {}", item.whom(), item.what),
            body: None,
            indent: true,
            record: i,
            view: None,
        });
    }
    more(&mut items, first.len(), SHOWN, View::Agenda);
    items
}

fn next_events(c: &Campaign, d: &Derived) -> Vec<Item> {
    let s = &d.stats;
    let today = d.today;
    if s.next_events.is_empty() {
        return vec![Item::Empty(crate::t!("overview-no-upcoming"))];
    }
    let mut items: Vec<Item> = s
        .next_events
        .iter()
        .filter_map(|&i| Some((i, c.events.get(i)?)))
        .take(SHOWN)
        .map(|(record, e)| {
            let place = place(e);
            let title = sanitize_line(e.title());
            let when = if e.date <= today {
                crate::t!("overview-now")
            } else {
                relative(e.date, today)
            };
            Item::Entry {
                date: e.date.to_string(),
                what: format!("{when}, {}", e.kind),
                body: Some(if place.is_empty() {
                    title.into_owned()
                } else {
                    format!("{title}, {place}")
                }),
                indent: false,
                record,
                view: None,
            }
        })
        .collect();
    more(&mut items, s.next_events.len(), SHOWN, View::Events);
    items
}

fn coming_up(c: &Campaign, d: &Derived, hide_birthdays: bool, limit: usize) -> Vec<Item> {
    let s = &d.stats;
    let today = d.today;
    let name = |i: usize| {
        c.prisoners
            .get(i)
            .map(|p| sanitize_line(p.name()).into_owned())
            .unwrap_or_default()
    };
    let mut items = vec![Item::Label(if s.releases_due_90.is_empty() {
        crate::t!("overview-releases-none")
    } else {
        crate::t!("overview-releases")
    })];
    let estimate = crate::t!("overview-estimate");
    for (i, due) in s.releases_due_90.iter().take(limit) {
        let estimate = if due.estimate { estimate.as_str() } else { "" };
        items.push(Item::Entry {
            date: due.date.to_string(),
            what: format!("{} ({}{estimate})", name(*i), relative(due.date, today)),
            body: None,
            indent: true,
            record: *i,
            view: None,
        });
    }
    more(&mut items, s.releases_due_90.len(), limit, View::Prisoners);
    if hide_birthdays {
        items.push(Item::Label(crate::t!(
            "overview-birthdays-hidden",
            note = crate::present::HIDDEN_NOTE
        )));
        return items;
    }
    items.push(Item::Label(if s.birthdays_30.is_empty() {
        crate::t!("overview-birthdays-none")
    } else {
        crate::t!("overview-birthdays")
    }));
    for (i, date, age) in s.birthdays_30.iter().take(limit) {
        items.push(Item::Entry {
            date: date.to_string(),
            what: crate::t!(
                "overview-turns",
                name = name(*i),
                age = u64::from(*age),
                when = relative(*date, today)
            ),
            body: None,
            indent: true,
            record: *i,
            view: None,
        });
    }
    more(&mut items, s.birthdays_30.len(), limit, View::Prisoners);
    items
}

/// The "Changed since" section: for each kind with records added or
/// changed since the version named `label`, how many, and the first
/// `limit` of them in file order (`+` added, `~` changed), each opening its
/// record in its tab.
pub fn changed_since(c: &Campaign, label: &str, marked: &Marked, limit: usize) -> Section {
    let label = sanitize_line(label);
    let names = Names::of(c);
    let mut items = Vec::new();
    for kind in <RecordKind as strum::VariantArray>::VARIANTS
        .iter()
        .copied()
    {
        let (added, changed) = marked.of_kind(kind);
        if added.is_empty() && changed.is_empty() {
            continue;
        }
        let view = View::of(kind);
        let mut counts: Vec<String> = Vec::new();
        if !added.is_empty() {
            counts.push(crate::t!(
                "overview-added",
                count = thousands(added.len() as u64)
            ));
        }
        if !changed.is_empty() {
            counts.push(crate::t!(
                "overview-changed",
                count = thousands(changed.len() as u64)
            ));
        }
        items.push(Item::Label(format!(
            "{}: {}",
            view.label(),
            counts.join(", ")
        )));
        // Both lists are in file order: merged, they stay so.
        let (mut a, mut ch) = (added.iter().peekable(), changed.iter().peekable());
        let mut listed = 0;
        while listed < limit {
            let (mark, record) = match (a.peek(), ch.peek()) {
                (Some(&&x), Some(&&y)) if x < y => (a.next().map(|_| '+'), x),
                (_, Some(&&y)) => (ch.next().map(|_| '~'), y),
                (Some(&&x), None) => (a.next().map(|_| '+'), x),
                (None, None) => break,
            };
            items.push(Item::Entry {
                date: mark.unwrap_or('~').to_string(),
                what: names.label(kind, record),
                body: None,
                indent: true,
                record,
                view: Some(view),
            });
            listed += 1;
        }
        more(&mut items, added.len() + changed.len(), limit, view);
    }
    if items.is_empty() {
        items.push(Item::Empty(crate::t!(
            "overview-nothing-changed",
            label = label.as_ref()
        )));
    }
    Section {
        label_width: label_width(&items),
        panel: Panel::Changed,
        title: crate::t!("panel-changed-since", label = label.as_ref()),
        items,
    }
}

/// After a list of `total` entries cut at `shown`: how many were left out,
/// and the tab that lists them all.
fn more(items: &mut Vec<Item>, total: usize, shown: usize, view: View) {
    if total > shown {
        items.push(Item::More {
            count: total - shown,
            view,
        });
    }
}

fn petitions(c: &Campaign, d: &Derived, limit: usize) -> Vec<Item> {
    let mut items = Vec::new();
    for g in &d.stats.petitions {
        if items.len() >= limit {
            break;
        }
        let Some(p) = c.petitions.get(g.petition) else {
            continue;
        };
        let goal = g.goal.map(thousands);
        let text = match (g.latest, g.ratio) {
            (None, _) => match goal {
                Some(goal) => crate::t!("overview-no-count-goal", goal = goal),
                None => crate::t!("overview-no-count"),
            },
            (Some(t), None) => crate::t!(
                "overview-signatures-no-goal",
                count = thousands(t.signatures),
                date = t.date.to_string()
            ),
            (Some(t), Some(ratio)) => crate::t!(
                "overview-signatures-of-goal",
                percent = format!("{:>3}", (ratio * 100.0).floor() as u64),
                count = thousands(t.signatures),
                goal = goal.unwrap_or_default()
            ),
        };
        items.push(Item::Gauge {
            title: sanitize_line(&p.title).into_owned(),
            ratio: g.ratio,
            counted: g.latest.is_some(),
            text,
            record: g.petition,
        });
    }
    more(&mut items, d.stats.petitions.len(), limit, View::Petitions);
    if d.stats.petitions.is_empty() {
        items.push(Item::Empty(crate::t!("overview-no-petitions")));
    }
    items
}

fn statements(c: &Campaign, d: &Derived) -> Vec<Item> {
    let s = &d.stats;
    if s.latest_statements.is_empty() {
        return vec![Item::Empty(crate::t!("overview-no-statements"))];
    }
    let mut items: Vec<Item> = s
        .latest_statements
        .iter()
        .filter_map(|&i| Some((i, c.statements.get(i)?)))
        .take(SHOWN)
        .map(|(record, st)| Item::Entry {
            date: st.date.to_string(),
            what: sanitize_line(st.author()).into_owned(),
            body: Some(first_line(st.text())),
            indent: false,
            record,
            view: None,
        })
        .collect();
    more(
        &mut items,
        s.latest_statements.len(),
        SHOWN,
        View::Statements,
    );
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadOptions, parse_str};
    use chrono::NaiveDate;

    fn load(extra: &str) -> (Campaign, Derived) {
        let today = NaiveDate::from_ymd_opt(2023, 5, 6).unwrap();
        let opts = LoadOptions {
            today: Some(today),
            system_today: today,
            retention: true,
        };
        let text = format!("{}\n{extra}", include_str!("../../campaign.toml"));
        let c = parse_str(&text, &opts).campaign.expect("loads");
        let d = Derived::new(&c, today);
        (c, d)
    }

    /// Every figure's label fits the label column (17 characters and a
    /// space) that the dashboard and print give it, letters figures too.
    #[test]
    fn figure_labels_fit_their_column() {
        let (c, d) =
            load("[[letters]]\ndate = 2023-05-01\nprisoner = \"yarashuk\"\ndirection = \"sent\"\n");
        let figures = of(&sections(&c, &d, false, LISTED), Panel::Figures);
        let labels: Vec<&str> = figures
            .iter()
            .filter_map(|i| match i {
                Item::Figure { label, .. } => Some(label.as_str()),
                _ => None,
            })
            .collect();
        assert!(labels.contains(&"No letters yet"), "{labels:?}");
        for label in labels {
            assert!(label.chars().count() <= 17, "{label}");
        }
    }

    /// The items of `panel`'s section.
    fn of(all: &[Section], panel: Panel) -> Vec<Item> {
        all.iter()
            .find(|s| s.panel == panel)
            .map(|s| s.items.clone())
            .unwrap_or_default()
    }

    #[test]
    fn needs_attention_counts_the_overdue_and_this_week_by_kind() {
        let text = include_str!("../../tests/fixtures/agenda/every_item.toml");
        let c = parse_str(text, &Default::default())
            .campaign
            .expect("loads");
        let d = Derived::new(&c, c.info.as_of.unwrap());
        let items = of(&sections(&c, &d, false, LISTED), Panel::Attention);
        assert_eq!(items[0], figure("Overdue", "10".into()));
        assert_eq!(
            items[1],
            Item::Note(
                "1 birthday card, 1 release overdue, 5 letters, 1 check, 2 petitions".into()
            )
        );
        assert_eq!(items[2], figure("This week", "6".into()));
        assert_eq!(
            items[3],
            Item::Note("2 events, 1 birthday card, 1 anniversary, 2 checks".into())
        );
        assert_eq!(items[4], Item::Label("First to do".into()));
        // The first SHOWN, then the others of the 16.
        assert!(matches!(&items[5], Item::Entry { date, record: 0, .. } if date == "2022-06-19"));
        assert_eq!(
            items.last(),
            Some(&Item::More {
                count: 16 - SHOWN,
                view: View::Agenda
            })
        );
        let (c, d) = load("");
        assert_eq!(
            of(&sections(&c, &d, false, LISTED), Panel::Attention),
            [Item::Empty("Nothing overdue or due this week.".into())]
        );
    }

    #[test]
    fn the_sections_in_the_order_of_the_panels() {
        let (c, d) = load("");
        let all = sections(&c, &d, false, usize::MAX);
        let panels: Vec<Panel> = all.iter().map(|s| s.panel).collect();
        assert_eq!(panels, Panel::ALL);
        let months = all.iter().find(|s| s.panel == Panel::EventsPerMonth);
        assert!(months.is_some_and(|s| s.title.starts_with("Events per month, ")));
        // Berasneu, born in 1950, is at special risk for his age.
        assert_eq!(
            all[0].items[0],
            figure("Prisoners", "6, 1 at special risk".into())
        );
    }

    #[test]
    fn more_statements_than_shown_say_how_many_more() {
        let extra: String = (0..3)
            .map(|i| {
                format!(
                    "[[statements]]\nid = \"extra-{i}\"\ndate = 2023-01-0{}\nauthor = \"A\"\ntext = \"t\"\n",
                    i + 1
                )
            })
            .collect();
        let (c, d) = load(&extra);
        let all = sections(&c, &d, false, usize::MAX);
        let st = &of(&all, Panel::Statements);
        assert_eq!(st.len(), SHOWN + 1);
        assert_eq!(
            st[SHOWN],
            Item::More {
                count: 2,
                view: View::Statements
            }
        );
    }

    #[test]
    fn growing_lists_stop_at_the_limit_and_birthdays_can_be_hidden() {
        let (c, d) = load("");
        let coming = |hide, limit| of(&sections(&c, &d, hide, limit), Panel::ComingUp);
        let entries = |items: &[Item]| {
            items
                .iter()
                .filter(|i| matches!(i, Item::Entry { .. }))
                .count()
        };
        assert_eq!(entries(&coming(false, 0)), 0);
        let hidden = coming(true, usize::MAX);
        assert!(
            hidden
                .iter()
                .any(|i| matches!(i, Item::Label(l) if l.contains(crate::present::HIDDEN_NOTE)))
        );
        assert!(
            !hidden
                .iter()
                .any(|i| matches!(i, Item::Label(l) if l.starts_with("Birthdays in")))
        );
        // The bundled file has a petition: none listed, and one more.
        assert_eq!(
            of(&sections(&c, &d, false, 0), Panel::Petitions),
            vec![Item::More {
                count: 1,
                view: View::Petitions
            }]
        );
        assert_eq!(of(&sections(&c, &d, false, 9), Panel::Petitions).len(), 1);
    }

    #[test]
    fn changed_since_counts_by_kind_and_lists_the_first_in_file_order() {
        let (c, _) = load("");
        let mut records = crate::query::PerKind::<(Vec<usize>, Vec<usize>)>::default();
        records[RecordKind::Prisoner] = (vec![4], vec![5, 0, 2]);
        records[RecordKind::Event] = (vec![3, 1], vec![]);
        let s = changed_since(&c, "HEAD~1", &Marked::new(records), 3);
        assert_eq!(s.title, "Changed since HEAD~1");
        let lines: Vec<String> = s
            .items
            .iter()
            .map(|i| match i {
                Item::Label(t) => t.clone(),
                Item::Entry {
                    date, record, view, ..
                } => format!("{date} {record} {view:?}"),
                Item::More { count, view } => format!("{count} more in {view:?}"),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(
            lines,
            [
                "Prisoners: 1 added, 3 changed",
                "~ 0 Some(Prisoners)",
                "~ 2 Some(Prisoners)",
                "+ 4 Some(Prisoners)",
                "1 more in Prisoners",
                "Events: 2 added",
                "+ 1 Some(Events)",
                "+ 3 Some(Events)",
            ]
        );
        let none = changed_since(&c, "HEAD", &Marked::default(), 3);
        assert_eq!(
            none.items,
            [Item::Empty("Nothing added or changed since HEAD.".into())]
        );
    }
}
