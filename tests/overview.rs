//! The overview at any size of data: on a generated file of 20,000
//! prisoners, events and statements every panel shows at 120x40 and each
//! list says how many more there are; on the bundled file its entries are
//! chosen with j/k and opened with Enter or a click, and Backspace returns.

#[path = "../examples/generator/mod.rs"]
mod generator;
mod screens;

use std::sync::OnceLock;

use campaign_dash::app::{Action, App, Tab, keymap};
use campaign_dash::load::{LoadOptions, parse_str};
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;
use screens::{app, draw};

/// The generated 20k campaign, loaded once for every test.
fn big() -> &'static campaign_dash::model::Campaign {
    static C: OnceLock<campaign_dash::model::Campaign> = OnceLock::new();
    C.get_or_init(|| {
        let text = generator::campaign_text(&generator::Spec::square(20_000));
        let today = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
        let opts = LoadOptions {
            today: None,
            system_today: today,
            retention: true,
        };
        parse_str(&text, &opts)
            .campaign
            .expect("the generated file loads")
    })
}

fn big_app(width: u16, height: u16) -> App {
    let c = big().clone();
    let mut a = App::new(
        c,
        "big.toml",
        None,
        NaiveDate::from_ymd_opt(2030, 1, 1).unwrap(),
    );
    a.color = false;
    a.update(Action::Resize { width, height });
    a
}

fn press(a: &mut App, name: &str) {
    let event = keymap::event_for(name).unwrap();
    a.update(keymap::action_for(&event).unwrap());
}

#[test]
fn every_panel_shows_at_120x40_on_20k_records_each_list_bounded() {
    let screen = draw(&big_app(120, 40));
    // The chart, the least needed, has no room for its panel (from 44 rows
    // on, and at 200x60 below): it is drawn as one line of bars instead.
    assert!(!screen.contains("Not shown"), "{screen}");
    let chart = screen
        .lines()
        .find(|l| l.contains("Events per month"))
        .expect("the chart is on screen");
    assert!(
        chart.chars().filter(|c| ('▁'..='█').contains(c)).count() >= 12,
        "a bar a month: {chart}"
    );
    for title in [
        "Figures",
        "Needs attention",
        "Next events",
        "Releases and birthdays",
        "Petitions",
        "Latest statements",
    ] {
        assert!(screen.contains(title), "{title}: {screen}");
    }
    // Both lists of the panel of releases and birthdays show, each cut
    // with how many more.
    assert!(screen.contains("Birthdays in the next 30 days"), "{screen}");
    assert_eq!(screen.matches("more on the Prisoners tab (2)").count(), 2);
    assert!(screen.contains("more on the Petitions tab (6)"), "{screen}");
    // Numbers one way.
    assert!(screen.contains("Prisoners         20,000"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn overview_20k_200x60() {
    let screen = draw(&big_app(200, 60));
    assert!(!screen.contains("Not shown"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn overview_20k_80x24() {
    insta::assert_snapshot!(draw(&big_app(80, 24)));
}

/// The rows of the screen on which the chosen entry is drawn (reversed).
fn chosen_rows(a: &App) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(a.size.width, a.size.height)).unwrap();
    terminal.draw(|f| f.render_widget(a, f.area())).unwrap();
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .filter_map(|y| {
            let cells: Vec<_> = (0..buf.area.width)
                .map(|x| &buf[(x, y)])
                .filter(|c| c.modifier.contains(Modifier::REVERSED))
                .collect();
            (!cells.is_empty()).then(|| cells.iter().map(|c| c.symbol()).collect::<String>())
        })
        .collect()
}

#[test]
fn j_and_k_choose_an_entry_and_enter_opens_it_and_backspace_returns() {
    let mut a = app(120, 40);
    let chosen = chosen_rows(&a).join(" ");
    assert!(
        chosen.contains("2023-05-20"),
        "the first entry is chosen: {chosen}"
    );
    press(&mut a, "j");
    let chosen = chosen_rows(&a).join(" ");
    assert!(chosen.contains("Rally in Geneva"), "{chosen}");
    press(&mut a, "enter");
    assert_eq!(a.tab, Tab::Events);
    let record = a.selected_record(Tab::Events).unwrap();
    assert_eq!(a.campaign.events[record].date.to_string(), "2023-06-15");
    assert!(draw(&a).contains("Rally in Geneva"));
    press(&mut a, "backspace");
    assert_eq!(a.tab, Tab::Overview, "back returns to the overview");
    assert!(chosen_rows(&a).join(" ").contains("Rally in Geneva"));
    // PgDn: the first entry of the next panel with entries (releases and
    // birthdays have none: the petition), then of the one after (the
    // latest statement); PgUp back.
    press(&mut a, "pagedown");
    assert!(chosen_rows(&a).join(" ").contains("Belarus: Trade union"));
    press(&mut a, "pagedown");
    assert!(
        chosen_rows(&a)
            .join(" ")
            .contains("2023-05-06 Alexandre Fernandes"),
        "{:?}",
        chosen_rows(&a)
    );
    press(&mut a, "pageup");
    assert!(chosen_rows(&a).join(" ").contains("Belarus: Trade union"));
    press(&mut a, "k");
    assert!(chosen_rows(&a).join(" ").contains("Rally in Geneva"));
}

#[test]
fn a_release_due_opens_the_prisoner_and_a_more_line_its_tab() {
    let mut a = big_app(120, 40);
    // The releases' first entry: after the four first things to do and
    // the four next events, each with their "more" line.
    for _ in 0..10 {
        press(&mut a, "j");
    }
    let chosen = chosen_rows(&a).join(" ");
    assert!(chosen.contains("(today)"), "{chosen}");
    press(&mut a, "enter");
    assert_eq!(a.tab, Tab::Prisoners);
    let record = a.selected_record(Tab::Prisoners).unwrap();
    let name = a.campaign.prisoners[record].name().to_owned();
    assert!(chosen.contains(&name), "{name} in {chosen}");
    press(&mut a, "backspace");
    // The line after the next events: how many more, on the Events tab.
    for _ in 0..1 {
        press(&mut a, "k");
    }
    assert!(chosen_rows(&a).join(" ").contains("more on the Events tab"));
    press(&mut a, "enter");
    assert_eq!(a.tab, Tab::Events);
}

#[test]
fn a_click_on_an_entry_opens_it() {
    let mut a = app(120, 40);
    let screen = draw(&a);
    let (y, line) = screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Rally in Geneva"))
        .unwrap();
    let x = line.chars().position(|c| c == 'R').unwrap();
    a.update(Action::Click {
        column: x as u16,
        row: y as u16,
    });
    assert_eq!(a.tab, Tab::Events);
    let record = a.selected_record(Tab::Events).unwrap();
    assert_eq!(a.campaign.events[record].date.to_string(), "2023-06-15");
}

/// G on the agenda of 20,000 prisoners shows its last item.
#[test]
fn the_agenda_of_20k_scrolls_to_its_end() {
    let mut a = big_app(120, 40);
    a.update(Action::GoTab(Tab::Agenda));
    a.update(Action::Bottom);
    let screen = draw(&a);
    let last = a.derived.agenda.items.last().unwrap();
    assert!(screen.contains(&last.what), "{}:\n{screen}", last.what);
}

/// The "Fewest letters" panel lists who needs letters most (none in 90
/// days first, then the longest without news), and Enter opens the
/// prisoner chosen there.
#[test]
fn the_fewest_letters_panel_opens_the_prisoner_chosen() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/agenda/every_item.toml"
    ))
    .unwrap();
    let mut a = screens::app_of(&text, 120, 40);
    let screen = draw(&a);
    let at = |s: &str| screen.find(s).unwrap_or_else(|| panic!("{s}:\n{screen}"));
    assert!(at("0 Fyodor Unknown, no news for 351") < at("0 Boris Late, no news for 124 days"));
    assert!(at("0 Boris Late") < at("1 Chen Moved, no news for 1,069 days"));
    let mut found = false;
    for _ in 0..40 {
        press(&mut a, "j");
        if chosen_rows(&a).join(" ").contains("Boris Late, no news") {
            found = true;
            break;
        }
    }
    assert!(found, "j reaches the panel's entries");
    press(&mut a, "enter");
    assert_eq!(a.tab, Tab::Prisoners);
    let record = a.selected_record(Tab::Prisoners).unwrap();
    assert_eq!(a.campaign.prisoners[record].name(), "Boris Late");
}
