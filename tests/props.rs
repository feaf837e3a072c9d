//! Property tests: random valid campaigns (0-30 records a section, random
//! refs, partial dates, Cyrillic, CJK, emoji and control characters in every
//! text) driven by random keys, typing, clicks, wheel turns and resizes; the
//! follow-and-go-back path; the loader on random and mutated files; the
//! filter parser on random input.
//!
//! Case counts are kept small so that `cargo test` stays quick; raise them
//! with `PROPTEST_CASES=1000 cargo test --test props` for a longer run.

mod common;

use campaign_dash::app::detail::Link;
use campaign_dash::app::edit::Edit;
use campaign_dash::app::{Action, App, Tab, keymap};
use campaign_dash::load::{LoadOptions, parse_str, render_problem};
use campaign_dash::model::Campaign;
use campaign_dash::query::{Filter, RecordKind};
use chrono::NaiveDate;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use strum::IntoEnumIterator;

fn system_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 6, 1).unwrap()
}

fn opts() -> LoadOptions {
    LoadOptions {
        today: None,
        system_today: system_today(),
        retention: true,
    }
}

// ---------------------------------------------------------------------------
// Random valid campaigns, written as campaign.toml text.

/// One character of campaign text: mostly letters of several scripts, and
/// everything a hostile file could put in.
fn text_char() -> impl Strategy<Value = char> + Clone {
    prop_oneof![
        6 => prop::char::range('a', 'z'),
        2 => Just(' '),
        3 => prop::char::range('а', 'я'),
        1 => prop::char::range('\u{4e00}', '\u{4e40}'),
        1 => prop::char::range('\u{1f600}', '\u{1f64f}'),
        1 => prop::char::range('\u{0}', '\u{1f}'),
        1 => prop::char::range('\u{7f}', '\u{9f}'),
        1 => prop::char::range('\u{202a}', '\u{202e}'),
        1 => prop::char::range('\u{2066}', '\u{2069}'),
        1 => prop::char::range('\u{200b}', '\u{200d}'),
        1 => prop::sample::select(vec![
            '\u{2060}', '\u{feff}', '\u{ad}', '\u{2028}', '\u{2029}', '\n', '\t', '"', '\\',
            '\u{301}', 'ŭ', 'ź', '-', ':', '\'',
        ]),
    ]
}

fn text() -> impl Strategy<Value = String> + Clone {
    prop::collection::vec(text_char(), 0..14).prop_map(|v| v.into_iter().collect())
}

/// Text that is never empty (names, titles): it starts with a letter.
fn name() -> impl Strategy<Value = String> + Clone {
    (prop::char::range('A', 'Z'), text()).prop_map(|(c, t)| format!("{c}{t}"))
}

fn opt<S: Strategy<Value: Clone> + Clone>(s: S) -> impl Strategy<Value = Option<S::Value>> + Clone {
    prop::option::weighted(0.6, s)
}

fn list<S: Strategy + Clone>(s: S) -> impl Strategy<Value = Vec<S::Value>> + Clone {
    prop::collection::vec(s, 0..3)
}

/// A day as (days after 1950-01-01).
fn day() -> impl Strategy<Value = u32> + Clone {
    0u32..(80 * 365)
}

fn date_of(days: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + chrono::Days::new(u64::from(days))
}

/// A date as the file writes it: a TOML date, or a partial date string.
fn partial(days: u32, precision: u8) -> String {
    let d = date_of(days);
    match precision % 3 {
        0 => d.to_string(),
        1 => format!("\"{}\"", d.format("%Y-%m")),
        _ => format!("\"{}\"", d.format("%Y")),
    }
}

/// A TOML basic string holding exactly `s`.
fn q(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn q_list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|s| q(s)).collect();
    format!("[{}]", items.join(", "))
}

/// Refs to `n` records named `{prefix}{i}`, from random numbers, each once.
fn refs(prefix: &str, picks: &[u8], n: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if n == 0 {
        return out;
    }
    for &p in picks {
        let id = format!("{prefix}{}", usize::from(p) % n);
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

#[derive(Debug, Clone)]
struct OrgSpec {
    name: String,
    short: Option<String>,
    kind: Option<String>,
    country: Option<String>,
    notes: Option<String>,
    url: bool,
}

fn org() -> impl Strategy<Value = OrgSpec> + Clone {
    (
        name(),
        opt(name()),
        opt(text()),
        opt(name()),
        opt(text()),
        any::<bool>(),
    )
        .prop_map(|(name, short, kind, country, notes, url)| OrgSpec {
            name,
            short,
            kind,
            country,
            notes,
            url,
        })
}

#[derive(Debug, Clone)]
struct PrisonerSpec {
    name: String,
    aliases: Vec<String>,
    status: u8,
    born: Option<(u32, u8)>,
    orgs: Vec<u8>,
    role: Option<String>,
    detained: Option<(u32, u8)>,
    sentenced: Option<u16>,
    sentence: Option<String>,
    due: u8,
    due_value: u16,
    released: Option<u16>,
    released_how: Option<String>,
    charges: Vec<String>,
    facility: Option<String>,
    address: Option<String>,
    sponsors: Vec<String>,
    notes: Option<String>,
}

fn prisoner() -> impl Strategy<Value = PrisonerSpec> + Clone {
    (
        (
            name(),
            list(name()),
            0u8..5,
            opt((day(), any::<u8>())),
            list(any::<u8>()),
        ),
        (
            opt(text()),
            opt((day(), any::<u8>())),
            opt(any::<u16>()),
            opt(text()),
        ),
        (0u8..3, any::<u16>(), opt(any::<u16>()), opt(text())),
        (
            list(text()),
            opt(text()),
            opt(text()),
            list(name()),
            opt(text()),
        ),
    )
        .prop_map(
            |(
                (name, aliases, status, born, orgs),
                (role, detained, sentenced, sentence),
                (due, due_value, released, released_how),
                (charges, facility, address, sponsors, notes),
            )| PrisonerSpec {
                name,
                aliases,
                status,
                born,
                orgs,
                role,
                detained,
                sentenced,
                sentence,
                due,
                due_value,
                released,
                released_how,
                charges,
                facility,
                address,
                sponsors,
                notes,
            },
        )
}

#[derive(Debug, Clone)]
struct EventSpec {
    title: String,
    date: u32,
    end: Option<u8>,
    time: Option<String>,
    kind: u8,
    city: Option<String>,
    country: Option<String>,
    venue: Option<String>,
    orgs: Vec<u8>,
    prisoners: Vec<u8>,
    attendance: Option<u32>,
    summary: Option<String>,
}

fn event() -> impl Strategy<Value = EventSpec> + Clone {
    (
        (name(), day(), opt(any::<u8>()), opt(text()), 0u8..10),
        (opt(name()), opt(name()), opt(text())),
        (
            list(any::<u8>()),
            list(any::<u8>()),
            opt(any::<u32>()),
            opt(text()),
        ),
    )
        .prop_map(
            |(
                (title, date, end, time, kind),
                (city, country, venue),
                (orgs, prisoners, attendance, summary),
            )| EventSpec {
                title,
                date,
                end,
                time,
                kind,
                city,
                country,
                venue,
                orgs,
                prisoners,
                attendance,
                summary,
            },
        )
}

#[derive(Debug, Clone)]
struct StatementSpec {
    id: bool,
    date: u32,
    author: String,
    role: Option<String>,
    org: Option<u8>,
    event: Option<u8>,
    prisoners: Vec<u8>,
    kind: Option<u8>,
    language: Option<u8>,
    text: String,
    translation: Option<String>,
}

fn statement() -> impl Strategy<Value = StatementSpec> + Clone {
    (
        (any::<bool>(), day(), name(), opt(text()), opt(any::<u8>())),
        (
            opt(any::<u8>()),
            list(any::<u8>()),
            opt(0u8..8),
            opt(0u8..4),
        ),
        (name(), opt(text())),
    )
        .prop_map(
            |(
                (id, date, author, role, org),
                (event, prisoners, kind, language),
                (text, translation),
            )| StatementSpec {
                id,
                date,
                author,
                role,
                org,
                event,
                prisoners,
                kind,
                language,
                text,
                translation,
            },
        )
}

#[derive(Debug, Clone)]
struct PetitionSpec {
    id: bool,
    title: String,
    host: Option<u8>,
    opened: Option<u32>,
    closed: Option<u16>,
    goal: Option<u32>,
    counts: Vec<(u16, u32)>,
}

fn petition() -> impl Strategy<Value = PetitionSpec> + Clone {
    (
        any::<bool>(),
        name(),
        opt(any::<u8>()),
        opt(day()),
        opt(any::<u16>()),
        opt(1u32..1_000_000),
        prop::collection::vec((any::<u16>(), any::<u32>()), 0..5),
    )
        .prop_map(
            |(id, title, host, opened, closed, goal, counts)| PetitionSpec {
                id,
                title,
                host,
                opened,
                closed,
                goal,
                counts,
            },
        )
}

#[derive(Debug, Clone)]
struct CampaignSpec {
    name: String,
    summary: Option<String>,
    as_of: Option<u32>,
    hashtags: Vec<String>,
    organisations: Vec<OrgSpec>,
    prisoners: Vec<PrisonerSpec>,
    events: Vec<EventSpec>,
    statements: Vec<StatementSpec>,
    petitions: Vec<PetitionSpec>,
}

/// 0 to 30 records, empty one time in five.
fn section<S: Strategy + Clone>(s: S) -> impl Strategy<Value = Vec<S::Value>> + Clone {
    prop_oneof![
        1 => prop::collection::vec(s.clone(), 0..1),
        4 => prop::collection::vec(s, 1..=30),
    ]
}

fn campaign_spec() -> impl Strategy<Value = CampaignSpec> + Clone {
    (
        (name(), opt(text()), opt(day()), list(name())),
        section(org()),
        section(prisoner()),
        section(event()),
        section(statement()),
        section(petition()),
    )
        .prop_map(
            |(
                (name, summary, as_of, hashtags),
                organisations,
                prisoners,
                events,
                statements,
                petitions,
            )| CampaignSpec {
                name,
                summary,
                as_of,
                hashtags,
                organisations,
                prisoners,
                events,
                statements,
                petitions,
            },
        )
}

const STATUSES: [&str; 5] = [
    "detained",
    "imprisoned",
    "restricted",
    "released",
    "deceased",
];
const EVENT_KINDS: [&str; 10] = [
    "picket",
    "rally",
    "march",
    "conference",
    "meeting",
    "vigil",
    "letters",
    "delivery",
    "online",
    "other",
];
const STATEMENT_KINDS: [&str; 8] = [
    "speech",
    "letter",
    "resolution",
    "press",
    "social",
    "greeting",
    "interview",
    "other",
];
const LANGUAGES: [&str; 4] = ["en", "be", "ru", "pt"];

/// The spec as a campaign file that follows every rule of format 1.
fn to_toml(s: &CampaignSpec) -> String {
    use std::fmt::Write;
    let mut t = String::new();
    let w = &mut t;
    let _ = writeln!(w, "[campaign]\nname = {}", q(&s.name));
    if let Some(x) = &s.summary {
        let _ = writeln!(w, "summary = {}", q(x));
    }
    if let Some(d) = s.as_of {
        let _ = writeln!(w, "as_of = {}", date_of(d));
    }
    let _ = writeln!(w, "hashtags = {}", q_list(&s.hashtags));
    let n_orgs = s.organisations.len();
    let n_prisoners = s.prisoners.len();
    let n_events = s.events.len();
    let field = |w: &mut String, key: &str, v: &Option<String>| {
        if let Some(v) = v {
            let _ = writeln!(w, "{key} = {}", q(v));
        }
    };
    for (i, o) in s.organisations.iter().enumerate() {
        let _ = writeln!(
            w,
            "\n[[organisations]]\nid = \"o{i}\"\nname = {}",
            q(&o.name)
        );
        field(w, "short", &o.short);
        field(w, "kind", &o.kind);
        field(w, "country", &o.country);
        field(w, "notes", &o.notes);
        if o.url {
            let _ = writeln!(w, "url = \"https://example.org/o{i}\"");
        }
    }
    for (i, p) in s.prisoners.iter().enumerate() {
        let status = STATUSES[usize::from(p.status) % 5];
        let _ = writeln!(
            w,
            "\n[[prisoners]]\nid = \"p{i}\"\nname = {}\nstatus = \"{status}\"",
            q(&p.name)
        );
        let _ = writeln!(w, "aliases = {}", q_list(&p.aliases));
        if let Some((d, prec)) = p.born {
            let _ = writeln!(w, "born = {}", partial(d, prec));
        }
        let _ = writeln!(w, "organisations = {}", q_list(&refs("o", &p.orgs, n_orgs)));
        field(w, "role", &p.role);
        // Later dates come after the latest day a partial arrest date can
        // mean.
        let after = |k: u16| {
            p.detained
                .map_or(date_of(30 * 365), |(d, _)| date_of(d + 400))
                + chrono::Days::new(u64::from(k % 4000))
        };
        if let Some((d, prec)) = p.detained {
            let _ = writeln!(w, "detained = {}", partial(d, prec));
        }
        if let Some(k) = p.sentenced {
            let _ = writeln!(w, "sentenced = {}", after(k));
        }
        field(w, "sentence", &p.sentence);
        match p.due {
            1 => {
                let _ = writeln!(w, "sentence_months = {}", p.due_value % 400);
            }
            2 => {
                let _ = writeln!(w, "release_due = {}", after(p.due_value));
            }
            _ => {}
        }
        if status == "released" || status == "deceased" {
            if let Some(k) = p.released {
                let _ = writeln!(w, "released = {}", after(k));
            }
            field(w, "released_how", &p.released_how);
        }
        let _ = writeln!(w, "charges = {}", q_list(&p.charges));
        field(w, "facility", &p.facility);
        field(w, "address", &p.address);
        let _ = writeln!(w, "sponsors = {}", q_list(&p.sponsors));
        let _ = writeln!(w, "sources = [\"https://example.org/p{i}\"]");
        field(w, "notes", &p.notes);
    }
    for (i, e) in s.events.iter().enumerate() {
        let _ = writeln!(
            w,
            "\n[[events]]\nid = \"e{i}\"\ntitle = {}\ndate = {}\nkind = \"{}\"",
            q(&e.title),
            date_of(e.date),
            EVENT_KINDS[usize::from(e.kind) % 10]
        );
        if let Some(k) = e.end {
            let _ = writeln!(
                w,
                "end = {}",
                date_of(e.date) + chrono::Days::new(u64::from(k % 10))
            );
        }
        field(w, "time", &e.time);
        field(w, "city", &e.city);
        field(w, "country", &e.country);
        field(w, "venue", &e.venue);
        let _ = writeln!(w, "organisations = {}", q_list(&refs("o", &e.orgs, n_orgs)));
        let _ = writeln!(
            w,
            "prisoners = {}",
            q_list(&refs("p", &e.prisoners, n_prisoners))
        );
        if let Some(a) = e.attendance {
            let _ = writeln!(w, "attendance = {a}");
        }
        field(w, "summary", &e.summary);
    }
    for (i, st) in s.statements.iter().enumerate() {
        let _ = writeln!(
            w,
            "\n[[statements]]\ndate = {}\nauthor = {}\ntext = {}",
            date_of(st.date),
            q(&st.author),
            q(&st.text)
        );
        if st.id {
            let _ = writeln!(w, "id = \"s{i}\"");
        }
        field(w, "role", &st.role);
        if let Some(r) = st.org.and_then(|o| refs("o", &[o], n_orgs).pop()) {
            let _ = writeln!(w, "organisation = \"{r}\"");
        }
        if let Some(r) = st.event.and_then(|o| refs("e", &[o], n_events).pop()) {
            let _ = writeln!(w, "event = \"{r}\"");
        }
        let _ = writeln!(
            w,
            "prisoners = {}",
            q_list(&refs("p", &st.prisoners, n_prisoners))
        );
        if let Some(k) = st.kind {
            let _ = writeln!(w, "kind = \"{}\"", STATEMENT_KINDS[usize::from(k) % 8]);
        }
        if let Some(l) = st.language {
            let _ = writeln!(w, "language = \"{}\"", LANGUAGES[usize::from(l) % 4]);
        }
        field(w, "translation", &st.translation);
    }
    for (i, p) in s.petitions.iter().enumerate() {
        let _ = writeln!(w, "\n[[petitions]]\ntitle = {}", q(&p.title));
        if p.id {
            let _ = writeln!(w, "id = \"t{i}\"");
        }
        if let Some(r) = p.host.and_then(|o| refs("o", &[o], n_orgs).pop()) {
            let _ = writeln!(w, "host = \"{r}\"");
        }
        if let Some(d) = p.opened {
            let _ = writeln!(w, "opened = {}", date_of(d));
            if let Some(k) = p.closed {
                let _ = writeln!(
                    w,
                    "closed = {}",
                    date_of(d) + chrono::Days::new(u64::from(k))
                );
            }
        }
        if let Some(g) = p.goal {
            let _ = writeln!(w, "goal = {g}");
        }
        let mut seen = Vec::new();
        let counts: Vec<String> = p
            .counts
            .iter()
            .filter(|(d, _)| {
                let new = !seen.contains(d);
                seen.push(*d);
                new
            })
            .map(|&(d, n)| {
                format!(
                    "{{ date = {}, signatures = {n} }}",
                    date_of(60 * 365 + u32::from(d) % 7000)
                )
            })
            .collect();
        let _ = writeln!(w, "counts = [{}]", counts.join(", "));
    }
    t
}

/// Loads a generated file; it must load (warnings allowed).
fn load(text: &str) -> Campaign {
    let loaded = parse_str(text, &opts());
    let errors: Vec<String> = loaded
        .problems
        .iter()
        .map(|p| render_problem(p, "generated.toml", text))
        .collect();
    loaded
        .campaign
        .unwrap_or_else(|| panic!("a generated file does not load:\n{}", errors.join("\n")))
}

fn campaign() -> impl Strategy<Value = Campaign> + Clone {
    campaign_spec().prop_map(|s| load(&to_toml(&s)))
}

// ---------------------------------------------------------------------------
// Random use of the dashboard.

/// What the user does next.
#[derive(Debug, Clone)]
enum Step {
    /// A key named in the keymap (dashboard or filter line).
    Key(String),
    /// A character typed (a key outside the filter line too).
    Char(char),
    Click(u16, u16),
    WheelDown(u16, u16),
    WheelUp(u16, u16),
    Resize(u16, u16),
    /// The system date moves on.
    Day(u32),
}

fn key_names() -> Vec<String> {
    let mut names: Vec<String> = keymap::bindings()
        .iter()
        .flat_map(|b| b.keys.iter().cloned())
        .chain(
            keymap::edit_bindings()
                .iter()
                .flat_map(|b| b.keys.iter().cloned()),
        )
        // Quitting ends the session; every other key is fair game.
        .filter(|k| k != "q" && k != "ctrl-c")
        .collect();
    names.sort();
    names.dedup();
    names
}

fn step() -> impl Strategy<Value = Step> + Clone {
    let typed = prop_oneof![
        4 => prop::char::range(' ', '~'),
        1 => prop::char::range('а', 'я'),
        1 => prop::char::range('\u{4e00}', '\u{4e10}'),
        1 => Just('😀'),
    ];
    prop_oneof![
        8 => prop::sample::select(key_names()).prop_map(Step::Key),
        4 => typed.prop_map(Step::Char),
        2 => (0u16..300, 0u16..100).prop_map(|(x, y)| Step::Click(x, y)),
        1 => (0u16..300, 0u16..100).prop_map(|(x, y)| Step::WheelDown(x, y)),
        1 => (0u16..300, 0u16..100).prop_map(|(x, y)| Step::WheelUp(x, y)),
        1 => (0u16..=300, 0u16..=100).prop_map(|(w, h)| Step::Resize(w, h)),
        1 => (0u32..365).prop_map(Step::Day),
    ]
}

fn char_event(c: char) -> KeyEvent {
    let shift = c.is_ascii_uppercase() || "?~!@#$%^&*()_+{}|:\"<>".contains(c);
    KeyEvent::new(
        KeyCode::Char(c),
        if shift {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        },
    )
}

/// The actions a step means in the app's state: keys go to the filter line
/// while it is open, else through the keymap (as the event loop does).
fn actions(app: &App, step: &Step) -> Vec<Action> {
    let key = |event: KeyEvent| {
        if app.editing.is_some() {
            keymap::edit_for(&event)
        } else {
            keymap::action_for(&event)
        }
    };
    let action = match step {
        Step::Key(name) => keymap::event_for(name).and_then(key),
        Step::Char(c) => key(char_event(*c)),
        &Step::Click(column, row) => Some(Action::Click { column, row }),
        &Step::WheelDown(column, row) => Some(Action::ScrollDown { column, row }),
        &Step::WheelUp(column, row) => Some(Action::ScrollUp { column, row }),
        &Step::Resize(width, height) => Some(Action::Resize { width, height }),
        &Step::Day(k) => Some(Action::Day(
            system_today() + chrono::Days::new(u64::from(k)),
        )),
    };
    action.into_iter().collect()
}

fn draw(app: &App) -> Buffer {
    let area = Rect::new(0, 0, app.size.width, app.size.height);
    let mut buf = Buffer::empty(area);
    app.render(area, &mut buf);
    buf
}

/// Every list tab's selection is a record it shows, or nothing when it
/// shows nothing; the rows are records of the tab, each once, and match the
/// filter while it narrows the list.
fn check_selection(app: &App) -> Result<(), TestCaseError> {
    for tab in Tab::iter().skip(1) {
        let Some(l) = app.list(tab) else {
            continue;
        };
        let rows = l.rows();
        match l.selected_record() {
            None => prop_assert!(rows.is_empty(), "{tab}: rows but no selection"),
            Some(r) => {
                prop_assert!(l.selected < rows.len(), "{tab}: selection past the rows");
                prop_assert_eq!(rows[l.selected], r);
            }
        }
        let mut seen = vec![false; l.total()];
        for &r in rows {
            prop_assert!(r < l.total(), "{tab}: row {r} of {}", l.total());
            prop_assert!(!seen[r], "{tab}: record {r} shown twice");
            seen[r] = true;
            if l.filtering() {
                prop_assert!(l.is_match(r), "{tab}: row {r} does not match");
            }
        }
        if !l.filtering() {
            prop_assert_eq!(rows.len(), l.total(), "{} shows a subset unfiltered", tab);
        }
    }
    Ok(())
}

fn new_app(c: Campaign) -> App {
    let mut app = App::new(c, "generated.toml", None, system_today());
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    app
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 48,
        max_shrink_iters: 200,
        ..ProptestConfig::default()
    })]

    /// Random campaigns and random use: drawing never panics, and each list's
    /// selection always points at a record it shows.
    #[test]
    fn random_use_never_panics_and_keeps_the_selection_shown(
        c in campaign(),
        steps in prop::collection::vec(step(), 0..40),
    ) {
        let mut app = new_app(c);
        draw(&app);
        check_selection(&app)?;
        for s in &steps {
            for action in actions(&app, s) {
                app.update(action);
                draw(&app);
                check_selection(&app)?;
            }
        }
    }

    /// Following links, then going back as many times, restores the state,
    /// from random starting states.
    #[test]
    fn following_links_then_going_back_restores_the_state(
        c in campaign(),
        prefix in prop::collection::vec(step(), 0..20),
        links in prop::collection::vec((0usize..5, any::<prop::sample::Index>(), any::<bool>()), 1..6),
    ) {
        let mut app = new_app(c);
        for s in &prefix {
            for action in actions(&app, s) {
                app.update(action);
            }
        }
        // Links are followed from the dashboard, not from the open filter
        // line or the help.
        if app.editing.is_some() {
            app.update(Action::Edit(Edit::Cancel));
        }
        app.help = false;
        // Nor while `o` waits for a column's letter.
        app.choosing_sort = false;
        app.message = None;
        // What a key asked of the event loop (the editor, the clipboard)
        // the loop takes after each key.
        app.effect = None;
        let start = app.clone();
        let mut followed = 0;
        for (tab, pick, from_detail) in links {
            // A link of the detail on screen when it has any, else a link
            // to any record.
            let view = app.detail_view();
            let link = if from_detail && !view.links.is_empty() {
                view.links[pick.index(view.links.len())]
            } else {
                let tab = Tab::iter().skip(1).nth(tab).unwrap_or(Tab::Prisoners);
                let total = app.list(tab).map_or(0, |l| l.total());
                if total == 0 {
                    continue;
                }
                Link { tab, record: pick.index(total) }
            };
            app.follow(link);
            // Settles the state as a key press would.
            app.update(Action::Resize { width: app.size.width, height: app.size.height });
            followed += 1;
        }
        for _ in 0..followed {
            app.update(Action::GoBack);
        }
        app.message = None;
        prop_assert_eq!(app, start);
    }
}

// ---------------------------------------------------------------------------
// The loader and the filter parser on any input.

/// A change to a file's text.
#[derive(Debug, Clone)]
enum Mutation {
    /// Remove the bytes from one position to another.
    Delete(prop::sample::Index, u8),
    /// Insert a string.
    Insert(prop::sample::Index, String),
    /// Repeat a slice.
    Duplicate(prop::sample::Index, u16),
    /// Cut the text short.
    Truncate(prop::sample::Index),
    /// Swap two lines.
    SwapLines(prop::sample::Index, prop::sample::Index),
}

fn toml_bits() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        prop::sample::select(vec![
            "[[prisoners]]\n",
            "[campaign]\n",
            "id = \"x\"\n",
            "\"",
            "'''",
            "\"\"\"",
            "=",
            "[",
            "]",
            "{",
            "}",
            ",",
            "\n",
            "\\u",
            "\\",
            "#",
            "1961-03",
            "2023-02-30",
            "1e400",
            "99999999999999999999",
            "-1",
            "status = \"free\"\n",
            "organisations = [\"nope\"]\n",
            "\u{feff}",
            "\r\n",
            "\u{202e}",
            "\u{0}",
            "ё",
            "😀",
            "format = 2\n",
            "born = 1961-03-05T10:00:00\n",
        ])
        .prop_map(str::to_owned),
        text(),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> + Clone {
    prop_oneof![
        (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<prop::sample::Index>(), toml_bits()).prop_map(|(i, s)| Mutation::Insert(i, s)),
        (any::<prop::sample::Index>(), any::<u16>()).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
        any::<prop::sample::Index>().prop_map(Mutation::Truncate),
        (any::<prop::sample::Index>(), any::<prop::sample::Index>())
            .prop_map(|(a, b)| Mutation::SwapLines(a, b)),
    ]
}

/// The nearest char boundary at or before `at`.
fn boundary(s: &str, mut at: usize) -> usize {
    at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn mutate(text: &mut String, m: &Mutation) {
    let len = text.len().max(1);
    match m {
        Mutation::Delete(i, n) => {
            let a = boundary(text, i.index(len));
            let b = boundary(text, a + usize::from(*n));
            text.replace_range(a..b, "");
        }
        Mutation::Insert(i, s) => {
            let a = boundary(text, i.index(len));
            text.insert_str(a, s);
        }
        Mutation::Duplicate(i, n) => {
            let a = boundary(text, i.index(len));
            let b = boundary(text, a + usize::from(*n) % 400);
            let slice = text[a..b].to_owned();
            text.insert_str(b, &slice);
        }
        Mutation::Truncate(i) => {
            let a = boundary(text, i.index(len));
            text.truncate(a);
        }
        Mutation::SwapLines(a, b) => {
            let mut lines: Vec<&str> = text.split('\n').collect();
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
            *text = lines.join("\n");
        }
    }
}

/// Loads `text`: no panic, every problem located inside the text and
/// rendered without panic, and a campaign that loads can be shown.
fn load_any(text: &str) -> Result<(), TestCaseError> {
    let loaded = parse_str(text, &opts());
    for p in &loaded.problems {
        prop_assert!(p.span.start <= p.span.end, "{:?}", p);
        prop_assert!(p.span.end <= text.len(), "{:?} past {}", p, text.len());
        render_problem(p, "mutated.toml", text);
    }
    prop_assert_eq!(loaded.campaign.is_some(), !loaded.has_errors());
    if let Some(c) = loaded.campaign {
        let app = new_app(c);
        draw(&app);
    }
    Ok(())
}

fn bundled() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/campaign.toml"))
        .expect("the bundled campaign.toml")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn the_loader_never_panics_on_random_text(text in any::<String>()) {
        load_any(&text)?;
    }

    #[test]
    fn the_loader_never_panics_on_toml_like_text(
        bits in prop::collection::vec(toml_bits(), 0..40),
    ) {
        load_any(&bits.concat())?;
    }

    #[test]
    fn the_loader_never_panics_on_a_mutated_bundled_file(
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let mut text = bundled();
        for m in &mutations {
            mutate(&mut text, m);
        }
        load_any(&text)?;
    }

    /// Every section kind, any text: the parser answers, and an error marks
    /// a part of the input.
    #[test]
    fn the_filter_parser_never_panics_and_errors_point_into_the_input(
        input in prop_oneof![
            any::<String>(),
            prop::collection::vec(
                prop_oneof![
                    prop::sample::select(vec![
                        "status:", "born:", "date:", "..", "-", "\"", "org:", "x:", " ", "2023",
                        "2023-02-30", "1961-03", ":", "days:", ">", "<", "=", "due:..2024", "(",
                        "OR", "|", "ё", "\u{202e}", "\u{0}",
                    ]).prop_map(str::to_owned),
                    text(),
                ],
                0..12,
            ).prop_map(|v| v.concat()),
        ],
    ) {
        for kind in [
            RecordKind::Prisoner,
            RecordKind::Event,
            RecordKind::Statement,
            RecordKind::Organisation,
            RecordKind::Petition,
        ] {
            if let Err(e) = Filter::parse(&input, kind) {
                prop_assert!(e.span.start <= e.span.end, "{:?}", e);
                prop_assert!(input.get(e.span.clone()).is_some(), "{:?} outside {:?}", e, input);
                prop_assert!(!e.message.is_empty());
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// The generated files stay valid after the generator's own round trip,
    /// and mutating one never panics either.
    #[test]
    fn the_loader_never_panics_on_a_mutated_generated_file(
        spec in campaign_spec(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let mut text = to_toml(&spec);
        load(&text);
        for m in &mutations {
            mutate(&mut text, m);
        }
        load_any(&text)?;
    }
}

/// The generator makes what the properties claim to cover: campaigns of
/// every size up to 30 a section, with links between records, partial dates
/// and hostile characters; each loads.
#[test]
fn the_generator_makes_varied_valid_campaigns() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut largest, mut empty_sections, mut links, mut partial_dates, mut hostile) =
        (0, 0, 0, 0, 0);
    for _ in 0..40 {
        let spec = campaign_spec().new_tree(&mut runner).unwrap().current();
        let text = to_toml(&spec);
        let c = load(&text);
        largest = largest.max(c.prisoners.len());
        empty_sections += usize::from(c.events.is_empty());
        links += c.events.iter().map(|e| e.prisoners().len()).sum::<usize>();
        partial_dates += c
            .prisoners
            .iter()
            .filter(|p| p.detained.is_some_and(|d| !d.is_full()))
            .count();
        hostile += usize::from(
            format!("{c:?}").contains("\\u{202e}")
                || c.prisoners
                    .iter()
                    .any(|p| p.name().chars().any(campaign_dash::sanitize::is_unsafe)),
        );
    }
    assert!(largest >= 20, "at most {largest} prisoners");
    assert!(empty_sections >= 1, "never an empty section");
    assert!(links > 0 && partial_dates > 0 && hostile > 0);
}

// ---------------------------------------------------------------------------
// Edits of the file (`load::edit`): on any file the loader accepts, an edit
// changes only its own lines, and the result loads to the same campaign but
// for the edited record.

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn an_edit_changes_only_its_lines_and_its_record(
        spec in campaign_spec(),
        pick in any::<prop::sample::Index>(),
        by in opt(text()),
        notes in opt(text()),
        count in opt(1u64..500),
        letters in 1usize..4,
        check in any::<bool>(),
    ) {
        use campaign_dash::load::edit::{apply, At, Edit};
        use campaign_dash::model::{Direction, Letter};
        let text = to_toml(&spec);
        let before = load(&text);
        prop_assume!(!before.prisoners.is_empty());
        let index = pick.index(before.prisoners.len());
        let id = before.prisoners[index].id().to_owned();
        let day = NaiveDate::from_ymd_opt(2024, 5, 1).unwrap();
        let edits: Vec<Edit> = if check {
            vec![Edit::Checked(At { index, id: id.clone() }, day)]
        } else {
            (0..letters)
                .map(|_| Edit::AddLetter(Letter {
                    date: day,
                    prisoner: id.clone(),
                    direction: Direction::Sent,
                    count,
                    channel: None,
                    by: by.clone().filter(|s| !s.is_empty()),
                    event: None,
                    notes: notes.clone().filter(|s| !s.is_empty()),
                }))
                .collect()
        };
        let out = apply(&text, &edits).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let loaded = parse_str(&out.text, &opts());
        let errors: Vec<String> = loaded
            .problems
            .iter()
            .filter(|p| p.severity == campaign_dash::load::Severity::Error)
            .map(|p| render_problem(p, "edited.toml", &out.text))
            .collect();
        prop_assert!(errors.is_empty(), "{}", errors.join("\n"));
        let mut after = loaded.campaign.unwrap();
        let (gone, come) = common::changed(&text, &out.text);
        let (gone, come) = (gone.len(), come.len());
        if check {
            // One line replaced or added.
            prop_assert!(gone <= 1 && come == 1, "{gone} gone, {come} come");
            prop_assert_eq!(after.prisoners[index].checked, Some(day));
            let old = before.prisoners[index].checked;
            after.prisoners[index].edit(|d| d.checked = old);
        } else {
            prop_assert_eq!(gone, 0);
            let added: Vec<Letter> = after.letters.split_off(before.letters.len());
            prop_assert_eq!(added.len(), letters);
            for (l, e) in added.iter().zip(&edits) {
                let Edit::AddLetter(want) = e else { unreachable!() };
                prop_assert_eq!(l, want);
            }
        }
        prop_assert_eq!(after, before);
        // Each edit's line is where it wrote.
        for &line in &out.lines {
            prop_assert!(line >= 1 && line <= out.text.lines().count());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// `diff` of a campaign with itself says nothing changed; with a prisoner
    /// taken out and another's status changed, it says exactly that; and its
    /// words, of hostile text too, hold no control character.
    #[test]
    fn diff_says_what_changed_and_nothing_else(spec in campaign_spec(), pick in 0usize..1000) {
        use campaign_dash::print::{Format, changes};
        use campaign_dash::query::changes::Changes;
        let old = load(&to_toml(&spec));
        prop_assert!(Changes::between(&old, &old).is_empty());
        prop_assume!(old.prisoners.len() >= 2);
        let mut new = old.clone();
        let gone = pick % new.prisoners.len();
        new.prisoners.remove(gone);
        let other = pick % new.prisoners.len();
        let status = if new.prisoners[other].status == campaign_dash::model::Status::Deceased {
            campaign_dash::model::Status::Detained
        } else {
            campaign_dash::model::Status::Deceased
        };
        new.prisoners[other].status = status;
        let ch = Changes::between(&old, &new);
        let p = &ch.kinds[RecordKind::Prisoner];
        prop_assert_eq!(&p.removed, &vec![gone]);
        prop_assert!(p.added.is_empty());
        prop_assert_eq!(p.changed.len(), 1);
        prop_assert_eq!(p.changed[0].new, other);
        prop_assert!(p.changed[0].fields.iter().any(|f| f.key == "status"));
        for format in [Format::Text, Format::Markdown, Format::Json] {
            let cmp = changes::Compared {
                old: &old,
                new: &new,
                old_name: "old",
                new_name: "new",
                present: false,
            };
            let text = changes::render(&cmp, &ch, format);
            prop_assert!(
                !text.chars().any(|c| c.is_control() && c != '\n'),
                "{:?}: {}", format, text
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Merges: a file merged with itself, or with a side left as the base, is
// given back; letters added on both sides are all kept.

fn merge(base: &str, ours: &str, theirs: &str) -> campaign_dash::load::merge::Merged {
    campaign_dash::load::merge::merge(base, ours, theirs, &opts())
        .unwrap_or_else(|e| panic!("a generated file is refused: {e:?}"))
}

/// `[[letters]]` sent to prisoners picked among `ids`, on days of `year`
/// (so that two years' letters never have the same identity).
fn letters_text(ids: &[String], picks: &[(u8, u32)], year: i32) -> String {
    picks
        .iter()
        .map(|&(p, d)| {
            let day =
                NaiveDate::from_ymd_opt(year, 1, 1).unwrap() + chrono::Days::new(u64::from(d));
            format!(
                "\n[[letters]]\ndate = {day}\nprisoner = {}\ndirection = \"sent\"\n",
                q(&ids[usize::from(p) % ids.len()])
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn a_file_merged_with_itself_is_given_back(spec in campaign_spec()) {
        let x = to_toml(&spec);
        prop_assert_eq!(&merge(&x, &x, &x).text, &x);
        prop_assert_eq!(&merge("", &x, &x).text, &x);
    }

    #[test]
    fn a_side_left_as_the_base_takes_the_other(a in campaign_spec(), b in campaign_spec()) {
        let (x, y) = (to_toml(&a), to_toml(&b));
        let m = merge(&x, &y, &x);
        prop_assert_eq!(&m.text, &y);
        let m = merge(&x, &x, &y);
        prop_assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let changes = campaign_dash::query::changes::Changes::between(&load(&m.text), &load(&y));
        prop_assert!(changes.is_empty(), "{:?}\n{}", changes, m.text);
    }

    #[test]
    fn letters_added_on_both_sides_are_all_kept(
        spec in campaign_spec(),
        ours in prop::collection::vec((any::<u8>(), 0u32..365), 0..5),
        theirs in prop::collection::vec((any::<u8>(), 0u32..365), 0..5),
    ) {
        let x = to_toml(&spec);
        let ids: Vec<String> = load(&x).prisoners.iter().map(|p| p.id().to_owned()).collect();
        prop_assume!(!ids.is_empty());
        let (o, t) = (letters_text(&ids, &ours, 2023), letters_text(&ids, &theirs, 2024));
        let m = merge(&x, &format!("{x}{o}"), &format!("{x}{t}"));
        prop_assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        prop_assert_eq!(m.text, format!("{x}{o}{t}"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// What `strip` writes loads, holds no sensitive field, and shows every
    /// other field of every record as the file did.
    #[test]
    fn a_stripped_file_loads_with_every_shown_field(spec in campaign_spec()) {
        let before = load(&to_toml(&spec));
        let text = campaign_dash::present::stripped_file(&before, system_today(), "x.toml");
        let after = load(&text);
        prop_assert!(campaign_dash::present::is_stripped(&after));
        let changes = campaign_dash::query::changes::Changes::between_shown(&before, &after);
        prop_assert!(changes.is_empty(), "{:?}\n{}", changes, text);
        prop_assert_eq!(after.prisoners.len(), before.prisoners.len());
    }
}
