//! Tests of update(): every key of the keymap does what its help says, and the
//! mouse lands where the ui drew.

use chrono::NaiveDate;

use super::*;
use crate::model::{
    Campaign, CampaignInfo, Event, EventKind, Organisation, PartialDate, Petition, Prisoner,
    Statement, Status, Tally,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A made-up campaign for tests: enough prisoners to page through, events on
/// both sides of "today", one long statement, a petition with tallies.
pub(crate) fn fixture() -> Campaign {
    let organisations = vec![Organisation {
        id: "union".into(),
        name: "Test Union".into(),
        short: Some("TU".into()),
        ..Organisation::default()
    }];
    let prisoners = (1..=40)
        .map(|i| {
            let mut p = Prisoner::new(
                format!("p{i}"),
                format!("Test Prisoner {i:02}"),
                Status::Imprisoned,
            );
            p.detained = Some(PartialDate::full(d(2022, 4, 19)));
            p.organisations = vec!["union".into()];
            p
        })
        .collect();
    let mut past = Event::new("past", "Test picket", d(2023, 4, 19), EventKind::Picket);
    past.prisoners = vec!["p1".into()];
    let upcoming = Event::new("next", "Test rally", d(2023, 6, 15), EventKind::Rally);
    let long_text = (1..=60)
        .map(|i| format!("Line {i} of a long statement."))
        .collect::<Vec<_>>()
        .join("\n");
    let mut long = Statement::new(d(2023, 5, 1), "Test Speaker", long_text);
    long.prisoners = vec!["p1".into()];
    let short = Statement::new(d(2023, 4, 1), "Other Speaker", "Short.");
    let petitions = vec![Petition {
        title: "Test petition".into(),
        goal: Some(1000),
        counts: vec![
            Tally {
                date: d(2023, 4, 1),
                signatures: 100,
            },
            Tally {
                date: d(2023, 5, 1),
                signatures: 400,
            },
        ],
        ..Petition::default()
    }];
    Campaign {
        format: 1,
        info: CampaignInfo {
            name: "Test campaign".into(),
            as_of: Some(d(2023, 5, 6)),
            ..CampaignInfo::default()
        },
        organisations,
        prisoners,
        events: vec![upcoming, past],
        statements: vec![short, long],
        petitions,
    }
}

fn app(width: u16, height: u16) -> App {
    let mut app = App::new(fixture(), "test.toml", None, d(2030, 1, 1));
    app.update(Action::Resize { width, height });
    app
}

/// Presses the key named as in the keymap.
fn press(app: &mut App, name: &str) -> bool {
    let event = keymap::event_for(name).unwrap_or_else(|| panic!("no key {name}"));
    let action = keymap::action_for(&event).unwrap_or_else(|| panic!("{name} is bound to nothing"));
    app.update(action)
}

#[test]
fn today_comes_from_the_flag_then_as_of_then_the_system() {
    let a = App::new(fixture(), "f", Some(d(2024, 1, 1)), d(2030, 1, 1));
    assert_eq!(
        (a.derived.today, a.today_source),
        (d(2024, 1, 1), TodaySource::Flag)
    );
    let a = App::new(fixture(), "f", None, d(2030, 1, 1));
    assert_eq!(
        (a.derived.today, a.today_source),
        (d(2023, 5, 6), TodaySource::AsOf)
    );
    let mut c = fixture();
    c.info.as_of = None;
    let mut a = App::new(c, "f", None, d(2030, 1, 1));
    assert_eq!(
        (a.derived.today, a.today_source),
        (d(2030, 1, 1), TodaySource::System)
    );
    // At midnight the figures move on, for the system date only.
    assert!(a.update(Action::Day(d(2030, 1, 2))));
    assert_eq!(a.derived.today, d(2030, 1, 2));
    let mut fixed = App::new(fixture(), "f", None, d(2030, 1, 1));
    assert!(!fixed.update(Action::Day(d(2030, 1, 2))));
    assert_eq!(fixed.derived.today, d(2023, 5, 6));
}

/// Every binding of the keymap, key by key, changes the state as its help
/// text says.
#[test]
fn every_key_of_the_keymap_does_what_the_help_says() {
    for binding in keymap::bindings() {
        for key in &binding.keys {
            let mut a = app(120, 40);
            match binding.action {
                Action::GoTab(tab) => {
                    a.tab = if tab == Tab::Overview {
                        Tab::Events
                    } else {
                        Tab::Overview
                    };
                    assert!(press(&mut a, key), "{key}");
                    assert_eq!(a.tab, tab, "{key}");
                    assert_eq!(tab.number().to_string(), *key);
                }
                Action::NextTab => {
                    assert!(press(&mut a, key));
                    assert_eq!(a.tab, Tab::Prisoners, "{key}");
                    a.tab = Tab::Petitions;
                    press(&mut a, key);
                    assert_eq!(a.tab, Tab::Overview, "{key} wraps around");
                }
                Action::PrevTab => {
                    assert!(press(&mut a, key));
                    assert_eq!(a.tab, Tab::Petitions, "{key}");
                    press(&mut a, key);
                    assert_eq!(a.tab, Tab::Organisations, "{key}");
                }
                Action::Down => {
                    a.tab = Tab::Prisoners;
                    assert!(press(&mut a, key));
                    assert_eq!(a.prisoners.selected, 1, "{key}");
                    // In a focused detail it scrolls instead.
                    a.tab = Tab::Statements;
                    a.statements.selected = 0;
                    a.statements.focus = Focus::Detail;
                    assert!(press(&mut a, key), "{key}");
                    assert_eq!(a.statements.detail_scroll, 1, "{key}");
                    assert_eq!(a.statements.selected, 0, "{key}");
                }
                Action::Up => {
                    a.tab = Tab::Prisoners;
                    a.prisoners.selected = 5;
                    assert!(press(&mut a, key));
                    assert_eq!(a.prisoners.selected, 4, "{key}");
                    a.prisoners.selected = 0;
                    assert!(!press(&mut a, key), "{key} stops at the top");
                    a.tab = Tab::Statements;
                    a.statements.focus = Focus::Detail;
                    a.statements.detail_scroll = 3;
                    assert!(press(&mut a, key));
                    assert_eq!(a.statements.detail_scroll, 2, "{key}");
                }
                Action::PageDown => {
                    a.tab = Tab::Prisoners;
                    assert!(press(&mut a, key));
                    let page = usize::from(a.areas().rows.height) - 1;
                    assert!(page > 5);
                    assert_eq!(a.prisoners.selected, page, "{key}");
                    // The offset follows so the selection stays in view.
                    let rows = usize::from(a.areas().rows.height);
                    press(&mut a, key);
                    assert!(a.prisoners.selected < a.prisoners.offset + rows);
                    assert!(a.prisoners.selected >= a.prisoners.offset);
                }
                Action::PageUp => {
                    a.tab = Tab::Prisoners;
                    a.prisoners.selected = 39;
                    assert!(press(&mut a, key));
                    let page = usize::from(a.areas().rows.height) - 1;
                    assert_eq!(a.prisoners.selected, 39 - page, "{key}");
                }
                Action::Top => {
                    a.tab = Tab::Prisoners;
                    a.prisoners.selected = 20;
                    assert!(press(&mut a, key));
                    assert_eq!((a.prisoners.selected, a.prisoners.offset), (0, 0), "{key}");
                    a.tab = Tab::Statements;
                    a.statements.focus = Focus::Detail;
                    a.statements.detail_scroll = 10;
                    press(&mut a, key);
                    assert_eq!(a.statements.detail_scroll, 0, "{key}");
                }
                Action::Bottom => {
                    a.tab = Tab::Prisoners;
                    assert!(press(&mut a, key));
                    assert_eq!(a.prisoners.selected, 39, "{key}");
                    let rows = usize::from(a.areas().rows.height);
                    assert_eq!(a.prisoners.offset, 40 - rows, "{key}");
                    // In a detail: to its last page, not beyond.
                    a.tab = Tab::Statements;
                    a.statements.focus = Focus::Detail;
                    press(&mut a, key);
                    let areas = a.areas();
                    let total = a.detail_rows(areas.detail_text.width).len();
                    assert!(total > usize::from(areas.detail_text.height));
                    assert_eq!(
                        a.statements.detail_scroll,
                        total - usize::from(areas.detail_text.height),
                        "{key}"
                    );
                }
                Action::Open => {
                    a.tab = Tab::Events;
                    assert!(press(&mut a, key));
                    assert_eq!(a.events.focus, Focus::Detail, "{key}");
                    a.tab = Tab::Overview;
                    assert!(!press(&mut a, key), "{key} does nothing on the overview");
                }
                Action::Back => {
                    a.tab = Tab::Events;
                    a.events.focus = Focus::Detail;
                    assert!(press(&mut a, key));
                    assert_eq!(a.events.focus, Focus::List, "{key}");
                    a.help = true;
                    assert!(press(&mut a, key));
                    assert!(!a.help, "{key} closes the help");
                }
                Action::ToggleHelp => {
                    assert!(press(&mut a, key));
                    assert!(a.help, "{key}");
                    assert!(press(&mut a, key));
                    assert!(!a.help, "{key} again hides it");
                }
                Action::Quit => {
                    assert!(press(&mut a, key));
                    assert!(a.quit, "{key}");
                    // Even with the help open.
                    let mut b = app(120, 40);
                    b.help = true;
                    press(&mut b, key);
                    assert!(b.quit, "{key} quits from the help");
                }
                other => panic!("the keymap binds {other:?}, which this test does not know"),
            }
        }
    }
}

#[test]
fn keys_other_than_quit_close_the_help_and_do_nothing_else() {
    let mut a = app(120, 40);
    a.update(Action::ToggleHelp);
    assert!(a.update(Action::GoTab(Tab::Events)));
    assert!(!a.help);
    assert_eq!(a.tab, Tab::Overview);
}

#[test]
fn narrow_screens_show_the_detail_in_place_of_the_list() {
    let mut a = app(80, 24);
    a.update(Action::GoTab(Tab::Prisoners));
    let areas = a.areas();
    assert!(!areas.list.is_empty() && areas.detail.is_empty());
    a.update(Action::Open);
    let areas = a.areas();
    assert!(areas.list.is_empty());
    assert_eq!(areas.detail, areas.body);
    a.update(Action::Back);
    assert!(a.areas().detail.is_empty());
    // Wide: side by side, always.
    let mut w = app(120, 40);
    w.update(Action::GoTab(Tab::Prisoners));
    let areas = w.areas();
    assert!(!areas.list.is_empty() && !areas.detail.is_empty());
    assert!(areas.list.right() <= areas.detail.left());
}

#[test]
fn clicks_land_on_the_tab_and_row_drawn_there() {
    let mut a = app(120, 40);
    for title in tab_titles(120, Tab::Overview) {
        let mut b = a.clone();
        assert_eq!(
            b.update(Action::Click {
                column: title.x + 1,
                row: 0
            }),
            title.tab != Tab::Overview
        );
        assert_eq!(b.tab, title.tab);
    }
    a.update(Action::GoTab(Tab::Prisoners));
    let rows = a.areas().rows;
    a.update(Action::Click {
        column: rows.x + 2,
        row: rows.y + 3,
    });
    assert_eq!(a.prisoners.selected, 3);
    // Below the last row of a short list: nothing.
    a.update(Action::GoTab(Tab::Events));
    assert!(!a.update(Action::Click {
        column: rows.x + 2,
        row: rows.y + 10
    }));
    // A click in the detail gives it the keys.
    let detail = a.areas().detail;
    a.update(Action::Click {
        column: detail.x + 3,
        row: detail.y + 3,
    });
    assert_eq!(a.events.focus, Focus::Detail);
    // After scrolling, a click still picks the row drawn there.
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Bottom);
    let offset = a.prisoners.offset;
    assert!(offset > 0);
    a.update(Action::Click {
        column: rows.x + 2,
        row: rows.y,
    });
    assert_eq!(a.prisoners.selected, offset);
}

#[test]
fn the_wheel_moves_the_list_or_scrolls_the_detail_under_the_pointer() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Statements));
    let areas = a.areas();
    a.update(Action::ScrollDown {
        column: areas.detail.x + 2,
        row: areas.detail.y + 2,
    });
    assert_eq!(a.statements.detail_scroll, 3);
    a.update(Action::ScrollUp {
        column: areas.detail.x + 2,
        row: areas.detail.y + 2,
    });
    assert_eq!(a.statements.detail_scroll, 0);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::ScrollDown {
        column: areas.list.x + 2,
        row: areas.list.y + 2,
    });
    assert_eq!(a.prisoners.selected, 3);
    assert_eq!(a.prisoners.focus, Focus::List);
}

#[test]
fn a_resize_keeps_the_selection_in_view() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Bottom);
    a.update(Action::Resize {
        width: 60,
        height: 12,
    });
    let rows = usize::from(a.areas().rows.height);
    assert!(a.prisoners.offset + rows > 39 && a.prisoners.offset <= 39);
    // Too small for anything: no panic, clicks ignored.
    a.update(Action::Resize {
        width: 1,
        height: 1,
    });
    assert!(a.areas().too_small);
    assert!(!a.update(Action::Click { column: 0, row: 0 }));
}

#[test]
fn the_petition_detail_makes_room_for_its_chart() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Petitions));
    assert!(a.has_chart(Tab::Petitions));
    let areas = a.areas();
    assert!(!areas.chart.is_empty());
    assert!(areas.detail_text.bottom() <= areas.chart.top());
    let mut c = fixture();
    c.petitions[0].counts.clear();
    let mut b = App::new(c, "f", None, d(2030, 1, 1));
    b.update(Action::Resize {
        width: 120,
        height: 40,
    });
    b.update(Action::GoTab(Tab::Petitions));
    assert!(b.areas().chart.is_empty());
}

#[test]
fn tab_titles_fit_the_width() {
    for width in 0..=200u16 {
        for tab in Tab::iter() {
            let titles = tab_titles(width, tab);
            assert_eq!(titles.len(), 6);
            let end = titles
                .last()
                .map(|t| t.x + t.text.chars().count() as u16)
                .unwrap();
            if width >= 24 {
                assert!(end <= width, "{width} {tab}: {end}");
            }
            let selected = titles.iter().find(|t| t.tab == tab).unwrap();
            if width >= 40 {
                assert!(
                    selected.text.contains(&tab.to_string()),
                    "{width}: {selected:?}"
                );
            }
        }
    }
}

#[test]
fn visible_offset_moves_as_little_as_needed() {
    assert_eq!(visible_offset(0, 0, 10, 40), 0);
    assert_eq!(visible_offset(12, 0, 10, 40), 3);
    assert_eq!(visible_offset(12, 5, 10, 40), 5);
    assert_eq!(visible_offset(2, 5, 10, 40), 2);
    assert_eq!(visible_offset(39, 35, 10, 40), 30);
    assert_eq!(visible_offset(3, 0, 0, 40), 0);
    assert_eq!(visible_offset(0, 7, 10, 0), 0);
}
