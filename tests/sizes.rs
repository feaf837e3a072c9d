//! Every list tab at the sizes people use (80x24, 120x40, 200x60), on the
//! bundled file and, for Prisoners, on a generated file of 20,000 prisoners:
//! whole-screen snapshots, and checks that hold on every screen: a cell is
//! shown whole or ends in "…" (never a word cut short), and the column the
//! list is sorted by is shown, whichever it is.

mod screens;

#[path = "../examples/generator/mod.rs"]
mod generator;

use std::sync::OnceLock;

use campaign_dash::app::{Action, App, Tab, keymap};
use campaign_dash::load::parse_str;
use campaign_dash::table;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use screens::{app, draw, opts};

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

const LISTS: [Tab; 5] = [
    Tab::Prisoners,
    Tab::Events,
    Tab::Statements,
    Tab::Organisations,
    Tab::Petitions,
];

fn press(a: &mut App, keys: &[&str]) {
    for name in keys {
        let event = keymap::event_for(name).expect("a key name");
        let action = keymap::action_for(&event).expect("a bound key");
        a.update(action);
    }
}

/// A dashboard on 20,000 generated prisoners (and a few thousand events
/// and statements naming them), loaded once for the whole run.
fn big_app(width: u16, height: u16) -> App {
    static APP: OnceLock<App> = OnceLock::new();
    let mut a = APP
        .get_or_init(|| {
            let text = generator::campaign_text(&generator::Spec {
                prisoners: 20_000,
                events: 2_000,
                statements: 2_000,
                ..generator::Spec::default()
            });
            let o = opts();
            let campaign = parse_str(&text, &o)
                .campaign
                .expect("the generated file loads");
            let mut a = App::new(campaign, "big.toml", o.today, o.system_today);
            a.color = false;
            a
        })
        .clone();
    a.update(Action::Resize { width, height });
    a
}

fn buffer(a: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(a.size.width, a.size.height)).unwrap();
    terminal.draw(|f| f.render_widget(a, f.area())).unwrap();
    terminal.backend().buffer().clone()
}

/// What the screen shows in `x..x+width` of row `y`.
fn shown(buf: &Buffer, x: u16, y: u16, width: u16) -> String {
    (x..x + width)
        .map(|x| buf[(x, y)].symbol())
        .collect::<String>()
}

/// Every cell of the list on screen is its text whole, or a start of it
/// ending in "…"; and the sorted column, if any, has a header on screen.
fn check_cells(a: &App, what: &str) {
    let areas = a.areas();
    if areas.list.is_empty() {
        return;
    }
    let buf = buffer(a);
    let placed = a.place_columns(a.tab, areas.header);
    let l = a.list(a.tab).unwrap();
    if let Some(s) = l.sort {
        let header = placed
            .iter()
            .find(|p| p.column.key == table::ColumnKey::Sort(s.column))
            .unwrap_or_else(|| panic!("{what}: the sorted column is shown"));
        let text = shown(&buf, header.area.x, areas.header.y, header.area.width);
        assert!(text.contains('▲') || text.contains('▼'), "{what}: {text:?}");
    }
    let rows = usize::from(areas.rows.height);
    for (i, &record) in l.rows().iter().skip(l.offset).take(rows).enumerate() {
        let y = areas.rows.y + i as u16;
        for p in &placed {
            let cell = table::cell(&a.campaign, &a.derived, p.column.key, record).text;
            let on_screen = shown(&buf, p.area.x, y, p.area.width);
            let on_screen = on_screen.trim();
            let whole = on_screen == cell.trim();
            let cut = on_screen
                .strip_suffix('…')
                .is_some_and(|start| cell.starts_with(start.trim_end()));
            // A facility gives up the words it shares with the rows beside
            // it: "…No. 15, Mahilio…".
            let shared_cut = p.column.distinct_tail
                && on_screen.strip_prefix('…').is_some_and(|rest| {
                    let middle = rest.strip_suffix('…').unwrap_or(rest).trim_end();
                    !middle.is_empty() && cell.contains(middle)
                });
            let cut = cut || shared_cut;
            assert!(
                whole || cut,
                "{what}: {:?} shows {on_screen:?} for {cell:?}",
                p.column.title
            );
        }
    }
}

/// Runs `f` on every list tab of the bundled file at every size.
fn every_list(f: impl Fn(App, String)) {
    for (w, h) in SIZES {
        for tab in LISTS {
            let mut a = app(w, h);
            a.update(Action::GoTab(tab));
            f(a, format!("{}_{w}x{h}", tab.name()));
        }
    }
}

#[test]
fn every_list_at_every_size_on_the_bundled_file() {
    every_list(|a, name| {
        check_cells(&a, &name);
        insta::assert_snapshot!(name, draw(&a));
    });
}

/// Sorted by any column, in either direction, the column is shown and no
/// cell is cut without an ellipsis.
#[test]
fn the_sorted_column_is_shown_at_every_size() {
    every_list(|mut a, name| {
        for n in 0..table::sort_columns(a.tab).len() {
            press(&mut a, &["s"]);
            check_cells(&a, &format!("{name}, sort {n}"));
            press(&mut a, &["S"]);
            check_cells(&a, &format!("{name}, sort {n} reversed"));
            press(&mut a, &["S"]);
        }
    });
}

#[test]
fn prisoners_at_every_size_on_20k() {
    for (w, h) in SIZES {
        let mut a = big_app(w, h);
        press(&mut a, &["2"]);
        check_cells(&a, &format!("20k {w}x{h}"));
        insta::assert_snapshot!(format!("prisoners_20k_{w}x{h}"), draw(&a));
        // By the last column, facility, at the end of the list.
        for _ in 0..table::sort_columns(Tab::Prisoners).len() {
            press(&mut a, &["s"]);
        }
        press(&mut a, &["G"]);
        check_cells(&a, &format!("20k {w}x{h}, by facility, at the end"));
    }
}
