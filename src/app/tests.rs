//! Tests of update(): every key of the keymap does what its help says, and the
//! mouse lands where the ui drew.

use std::borrow::Cow;

use chrono::NaiveDate;
use strum::EnumCount;

use super::*;
use crate::app::edit::Edit;
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
            p.edit(|d| d.organisations = vec!["union".into()]);
            p
        })
        .collect();
    let mut past = Event::new("past", "Test picket", d(2023, 4, 19), EventKind::Picket);
    past.edit(|d| d.prisoners = vec!["p1".into()]);
    let upcoming = Event::new("next", "Test rally", d(2023, 6, 15), EventKind::Rally);
    let long_text = (1..=60)
        .map(|i| format!("Line {i} of a long statement."))
        .collect::<Vec<_>>()
        .join("\n");
    let mut long = Statement::new(d(2023, 5, 1), "Test Speaker", long_text);
    long.edit(|d| d.prisoners = vec!["p1".into()]);
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
        letters: Vec::new(),
        snoozed: Vec::new(),
        facilities: Vec::new(),
        withheld: Default::default(),
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

/// Types `text` into the filter line of the current tab and presses Enter.
pub(crate) fn type_filter(app: &mut App, text: &str) {
    app.update(Action::Filter);
    assert!(
        app.editing.is_some(),
        "the filter line opens on {}",
        app.tab
    );
    app.update(Action::Edit(Edit::Clear));
    for c in text.chars() {
        app.update(Action::Edit(Edit::Insert(c)));
    }
    app.update(Action::Edit(Edit::Accept));
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
                    a.tab = Tab::Overview.prev();
                    press(&mut a, key);
                    assert_eq!(a.tab, Tab::Overview, "{key} wraps around");
                }
                Action::PrevTab => {
                    assert!(press(&mut a, key));
                    assert_eq!(a.tab, Tab::Overview.prev(), "{key}");
                    press(&mut a, key);
                    assert_eq!(a.tab, Tab::Overview.prev().prev(), "{key}");
                }
                Action::OtherPane => {
                    // On the overview, one pane: a note.
                    assert!(press(&mut a, key), "{key}");
                    assert_eq!(a.tab, Tab::Overview, "{key} does not switch tabs");
                    // In a list, to its detail with the first link chosen,
                    // and back.
                    a.tab = Tab::Statements;
                    a.statements.selected = 0;
                    assert!(press(&mut a, key), "{key}");
                    assert_eq!(a.tab, Tab::Statements, "{key}");
                    assert_eq!(a.statements.focus, Focus::Detail, "{key}");
                    assert_eq!(a.statements.link, Some(0), "{key}");
                    assert!(press(&mut a, key), "{key}");
                    assert_eq!(a.statements.focus, Focus::List, "{key}");
                    assert_eq!(a.tab, Tab::Statements, "{key}");
                }
                Action::Down => {
                    a.tab = Tab::Prisoners;
                    assert!(press(&mut a, key));
                    assert_eq!(a.prisoners.selected, 1, "{key}");
                    // In a focused detail it chooses the next link, then, with
                    // none below, scrolls.
                    a.tab = Tab::Statements;
                    a.statements.selected = 0;
                    a.statements.focus = Focus::Detail;
                    assert!(press(&mut a, key), "{key}");
                    assert_eq!(a.statements.link, Some(0), "{key}");
                    assert_eq!(a.statements.detail_scroll, 0, "{key}");
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
                    // In a detail scrolled past its only link (row 3), Up
                    // chooses it and scrolls back to it; with no link above
                    // the chosen one, Up scrolls the text.
                    a.tab = Tab::Statements;
                    a.statements.focus = Focus::Detail;
                    a.statements.detail_scroll = 20;
                    assert!(press(&mut a, key));
                    assert_eq!(a.statements.link, Some(0), "{key} chooses the link");
                    assert_eq!(a.statements.detail_scroll, 3, "{key}: it is in view");
                    assert!(press(&mut a, key));
                    assert_eq!(a.statements.link, Some(0), "{key}");
                    assert_eq!(a.statements.detail_scroll, 2, "{key} scrolls");
                }
                Action::GoBack => {
                    assert!(press(&mut a, key), "{key} says there is no way back");
                    assert!(a.message.is_some());
                    a.update(Action::GoTab(Tab::Prisoners));
                    a.update(Action::Open);
                    let start = a.clone();
                    a.update(Action::Open);
                    assert_eq!(a.tab, Tab::Organisations);
                    assert!(press(&mut a, key));
                    assert_eq!(a.tab, Tab::Prisoners, "{key}");
                    assert_eq!(a.history.len(), 0);
                    assert_eq!(a.prisoners, start.prisoners);
                }
                Action::Filter => {
                    assert!(press(&mut a, key), "{key}: a note on the overview");
                    assert_eq!(a.editing, None);
                    a.tab = Tab::Events;
                    assert!(press(&mut a, key));
                    assert_eq!(a.editing, Some(0), "{key}");
                }
                Action::ToggleFilter => {
                    a.tab = Tab::Prisoners;
                    type_filter(&mut a, "prisoner 1");
                    assert_eq!(a.len(Tab::Prisoners), 13, "01, 10-19, 21 and 31");
                    assert!(press(&mut a, key));
                    assert_eq!(a.len(Tab::Prisoners), 40, "{key} turns it off");
                    assert_eq!(a.prisoners.query, "prisoner 1", "{key} keeps it");
                    assert!(press(&mut a, key));
                    assert_eq!(a.len(Tab::Prisoners), 13, "{key} turns it on");
                }
                Action::NextMatch | Action::PrevMatch => {
                    a.tab = Tab::Prisoners;
                    type_filter(&mut a, "prisoner 2");
                    // The selection went to the first match, 02, and stays
                    // there when the filter is turned off.
                    a.update(Action::ToggleFilter);
                    assert_eq!(a.selected_record(Tab::Prisoners), Some(1));
                    assert!(press(&mut a, key));
                    let name =
                        a.campaign.prisoners[a.selected_record(Tab::Prisoners).unwrap()].name();
                    let expected = if binding.action == Action::NextMatch {
                        "Test Prisoner 12"
                    } else {
                        "Test Prisoner 32"
                    };
                    assert_eq!(name, expected, "{key}");
                }
                Action::SortNext => {
                    a.tab = Tab::Prisoners;
                    assert!(press(&mut a, key));
                    let sort = a.prisoners.sort.expect("sorted");
                    assert_eq!(sort.column, columns::sort_columns(Tab::Prisoners)[0]);
                    assert!(!sort.descending, "{key}");
                }
                Action::SortReverse => {
                    a.tab = Tab::Prisoners;
                    assert!(press(&mut a, key));
                    assert!(a.prisoners.sort.expect("sorted").descending, "{key}");
                    // By name, descending: the last prisoner first, and the
                    // list from its top.
                    assert_eq!(
                        a.selected_record(Tab::Prisoners),
                        Some(39),
                        "{key} shows the list from the top"
                    );
                    assert_eq!(a.prisoners.selected, 0);
                    assert!(press(&mut a, key));
                    assert!(!a.prisoners.sort.expect("sorted").descending, "{key}");
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
                    let total = a.detail_view().rows.len();
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
                    assert_eq!(a.events.link, Some(0), "{key} chooses the first link");
                    // In the detail, it follows the chosen link.
                    assert!(press(&mut a, key));
                    assert_eq!(a.tab, Tab::Prisoners, "{key} follows");
                    // On the overview, it opens the entry chosen: the
                    // first, the next event.
                    a.tab = Tab::Overview;
                    a.overview_at = None;
                    assert!(press(&mut a, key));
                    assert_eq!(a.tab, Tab::Events, "{key} opens the next event");
                    assert_eq!(a.selected_record(Tab::Events), Some(0), "{key}");
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
                    // With the help open, it closes the help.
                    let mut b = app(120, 40);
                    b.help = true;
                    assert!(press(&mut b, key));
                    assert!(!b.help && !b.quit, "{key} closes the help");
                }
                Action::QuitNow => {
                    assert!(press(&mut a, key));
                    assert!(a.quit, "{key}");
                    // Even with the help open.
                    let mut b = app(120, 40);
                    b.help = true;
                    press(&mut b, key);
                    assert!(b.quit, "{key} quits from the help");
                }
                Action::TogglePresent => {
                    let mut c = fixture();
                    c.prisoners[0].edit(|d| d.address = Some("Cell 1".into()));
                    c.organisations[0].notes = Some("met in May".into());
                    let mut b = App::new(c.clone(), "test.toml", None, d(2030, 1, 1));
                    assert!(press(&mut b, key));
                    assert!(b.presenting(), "{key}");
                    assert!(crate::present::is_stripped(&b.campaign), "{key}");
                    assert!(press(&mut b, key));
                    assert!(!b.presenting(), "{key} again shows them");
                    assert_eq!(*b.campaign, c, "{key} puts every field back");
                }
                Action::Reload => {
                    assert!(press(&mut a, key));
                    assert!(a.wants_reload, "{key} asks the loop to read the file");
                    assert_eq!(a.message.as_deref(), Some("reloading…"), "{key}");
                }
                Action::Problems => {
                    // Nothing to list: a message, no view.
                    assert!(press(&mut a, key));
                    assert!(!a.problems_open, "{key}");
                    assert!(
                        a.message
                            .as_deref()
                            .is_some_and(|m| m.contains("no problems"))
                    );
                    a.report.lines = vec!["f:1:1: warning: w".into()];
                    a.report.warnings = 1;
                    assert!(press(&mut a, key));
                    assert!(a.problems_open, "{key} opens the Problems view");
                    assert!(press(&mut a, key));
                    assert!(!a.problems_open, "{key} again closes it");
                }
                Action::Suspend => {
                    assert!(press(&mut a, key));
                    assert!(a.wants_suspend, "{key} asks the loop to suspend");
                }
                Action::EditRecord => {
                    use super::act::{EditAt, Effect};
                    a.update(Action::GoTab(Tab::Prisoners));
                    a.update(Action::Down);
                    assert!(press(&mut a, key));
                    let index = a.selected_record(Tab::Prisoners).unwrap();
                    assert_eq!(
                        a.effect.take(),
                        Some(Effect::Edit(EditAt::Record {
                            kind: crate::query::RecordKind::Prisoner,
                            index
                        })),
                        "{key} asks the loop to open the editor at the record"
                    );
                }
                Action::Copy => {
                    a.update(Action::GoTab(Tab::Prisoners));
                    assert!(press(&mut a, key));
                    let name = a.campaign.prisoners[a.selected_record(Tab::Prisoners).unwrap()]
                        .name()
                        .to_owned();
                    match a.effect.take() {
                        Some(super::act::Effect::Copy(text)) => {
                            assert!(text.starts_with(&format!("{name}\n")), "{key}: {text}")
                        }
                        other => panic!("{key}: {other:?}"),
                    }
                }
                Action::CopyAddress => {
                    let mut c = fixture();
                    c.prisoners[0].edit(|d| d.address = Some("Cell 1\nTown".into()));
                    let mut b = App::new(c.clone(), "test.toml", None, d(2030, 1, 1));
                    b.update(Action::GoTab(Tab::Prisoners));
                    while b.selected_record(Tab::Prisoners) != Some(0) {
                        b.update(Action::Down);
                    }
                    assert!(press(&mut b, key));
                    let name = c.prisoners[0].name();
                    assert_eq!(
                        b.effect.take(),
                        Some(super::act::Effect::Copy(format!("{name}\nCell 1\nTown\n"))),
                        "{key}"
                    );
                    b.update(Action::TogglePresent);
                    assert!(press(&mut b, key));
                    assert_eq!(b.effect, None, "{key} copies no address when presenting");
                }
                Action::SortBy => {
                    a.tab = Tab::Events;
                    assert!(press(&mut a, key));
                    assert!(a.choosing_sort, "{key} waits for a letter");
                    a.update(Action::SortLetter('t'));
                    assert_eq!(a.events.sort.unwrap().column.name(), "title", "{key}");
                }
                Action::Zoom => {
                    let mut b = app(120, 40);
                    b.update(Action::GoTab(Tab::Events));
                    let shared = b.areas();
                    assert!(!shared.list.is_empty() && !shared.detail.is_empty());
                    assert!(press(&mut b, key));
                    assert_eq!(b.areas().list, shared.body, "{key}: the list alone");
                    assert!(b.areas().detail.is_empty());
                    // Into the detail: it has the screen, and Esc the list again.
                    press(&mut b, "enter");
                    assert_eq!(b.areas().detail, shared.body, "{key}: the detail alone");
                    // Remembered by the tab.
                    press(&mut b, "2");
                    assert!(!b.areas().detail.is_empty());
                    press(&mut b, "3");
                    assert_eq!(b.areas().detail, shared.body);
                    assert!(press(&mut b, key));
                    assert_eq!(b.areas(), shared, "{key} shares it again");
                }
                Action::LogLetter => {
                    a.file_version = Some(crate::load::write::Version::of("shown"));
                    a.update(Action::GoTab(Tab::Prisoners));
                    assert!(press(&mut a, key));
                    let form = a.form.as_ref().expect("the letter form");
                    assert!(
                        form.title.contains("Test Prisoner 01"),
                        "{key}: {}",
                        form.title
                    );
                    // The count typed, the event chosen by part of its title.
                    a.update(Action::Edit(Edit::NextField));
                    a.update(Action::Edit(Edit::NextField));
                    a.update(Action::Edit(Edit::Insert('2')));
                    for _ in 0..3 {
                        a.update(Action::Edit(Edit::NextField));
                    }
                    for c in "rally".chars() {
                        a.update(Action::Edit(Edit::Insert(c)));
                    }
                    a.update(Action::Edit(Edit::Accept));
                    match a.effect.take() {
                        Some(super::act::Effect::Write(job)) => match &job.edits[..] {
                            [crate::load::edit::Edit::AddLetter(l)] => {
                                assert_eq!(l.prisoner, "p1");
                                assert_eq!(l.count, Some(2));
                                assert_eq!(l.event.as_deref(), Some("next"));
                                assert_eq!(l.date, d(2023, 5, 6), "{key}: today");
                            }
                            other => panic!("{key}: {other:?}"),
                        },
                        other => panic!("{key}: {other:?}"),
                    }
                }
                Action::MarkChecked => {
                    a.file_version = Some(crate::load::write::Version::of("shown"));
                    a.update(Action::GoTab(Tab::Prisoners));
                    assert!(press(&mut a, key));
                    assert!(a.asking.is_some(), "{key} asks first");
                    assert_eq!(a.effect, None, "{key} writes nothing before a yes");
                    a.update(Action::Answer('y'));
                    match a.effect.take() {
                        Some(super::act::Effect::Write(job)) => assert!(
                            matches!(&job.edits[..], [crate::load::edit::Edit::Checked(at, day)]
                                if at.id == "p1" && *day == d(2023, 5, 6)),
                            "{key}: {job:?}"
                        ),
                        other => panic!("{key}: {other:?}"),
                    }
                }
                Action::AgendaAct => {
                    // Not on the agenda: says where it works.
                    assert!(press(&mut a, key));
                    assert!(
                        a.message.as_deref().unwrap_or("").contains("agenda"),
                        "{key}"
                    );
                }
                Action::Mark => {
                    a.update(Action::GoTab(Tab::Prisoners));
                    assert!(press(&mut a, key));
                    assert!(a.is_picked(0), "{key}");
                    assert_eq!(a.selected_record(Tab::Prisoners), Some(1), "{key} moves on");
                    a.update(Action::Up);
                    press(&mut a, key);
                    assert!(!a.is_picked(0), "{key} again unmarks");
                }
                Action::MarkAll => {
                    a.update(Action::GoTab(Tab::Prisoners));
                    assert!(press(&mut a, key));
                    assert_eq!(a.picked.len(), 40, "{key}");
                }
                Action::PickRandom => {
                    assert!(press(&mut a, key));
                    assert!(a.message.as_deref().unwrap_or("").contains("opens them"));
                    a.update(Action::GoTab(Tab::Prisoners));
                    assert!(press(&mut a, key));
                    let said = a.message.as_deref().unwrap_or("");
                    assert!(said.contains(" of 40 shown"), "{said}");
                }
                Action::ClearMarks => {
                    a.update(Action::GoTab(Tab::Prisoners));
                    a.update(Action::MarkAll);
                    assert!(press(&mut a, key));
                    assert!(a.picked.is_empty(), "{key}");
                }
                Action::Undo => {
                    assert!(press(&mut a, key));
                    assert!(
                        a.message
                            .as_deref()
                            .unwrap_or("")
                            .contains("nothing to undo")
                    );
                    let after = crate::load::write::Version::of("after");
                    a.file_version = Some(after);
                    a.undo = Some(super::record::Undo {
                        before: "before".into(),
                        after,
                        what: "a letter".into(),
                    });
                    press(&mut a, key);
                    match a.effect.take() {
                        Some(super::act::Effect::Write(job)) => {
                            assert_eq!(
                                job.restore.as_deref().map(String::as_str),
                                Some("before"),
                                "{key}"
                            );
                            assert_eq!(job.expected, after);
                        }
                        other => panic!("{key}: {other:?}"),
                    }
                }
                Action::Snooze => {
                    a.file_version = Some(crate::load::write::Version::of("shown"));
                    a.update(Action::GoTab(Tab::Agenda));
                    assert!(press(&mut a, key));
                    let form = a.form.as_ref().expect("the snooze form");
                    let super::record::Purpose::Snooze(uid) = &form.purpose else {
                        panic!("{key}: {:?}", form.purpose);
                    };
                    assert_eq!(uid, "event-next", "{key}");
                    a.update(Action::Edit(Edit::Accept));
                    match a.effect.take() {
                        Some(super::act::Effect::Write(job)) => match &job.edits[..] {
                            [crate::load::edit::Edit::Snooze(s)] => {
                                assert_eq!(s.item, "event-next");
                                assert_eq!(s.until, d(2023, 5, 13), "{key}: a week on");
                            }
                            other => panic!("{key}: {other:?}"),
                        },
                        other => panic!("{key}: {other:?}"),
                    }
                }
                Action::WriteBack => {
                    // Nothing to write back over a file that loads.
                    a.file_version = Some(crate::load::write::Version::of("shown"));
                    a.shown_text = Some(std::sync::Arc::new("shown".to_owned()));
                    press(&mut a, key);
                    assert!(a.asking.is_none(), "{key}");
                    assert!(
                        a.message
                            .as_deref()
                            .is_some_and(|m| m.starts_with("nothing to write back")),
                        "{key}: {:?}",
                        a.message
                    );
                    // The file emptied on disk: asked, then written back.
                    a.reload(
                        super::reload::Outcome::Empty(Some(crate::load::write::Version::of(""))),
                        chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                    );
                    assert!(
                        a.banner()
                            .is_some_and(|(_, b)| b.iter().any(|p| p == "R writes it back"))
                    );
                    assert!(press(&mut a, key));
                    let (question, _) = a.question().expect("asked first");
                    assert!(question.ends_with("On disk it is empty."), "{question}");
                    assert_eq!(a.effect, None, "{key} writes nothing before a yes");
                    a.update(Action::Answer('y'));
                    match a.effect.take() {
                        Some(super::act::Effect::Write(job)) => {
                            assert!(job.back, "{key}");
                            assert_eq!(job.restore.as_deref().map(String::as_str), Some("shown"));
                            assert_eq!(job.expected, crate::load::write::Version::of(""));
                        }
                        other => panic!("{key}: {other:?}"),
                    }
                }
                other => panic!("the keymap binds {other:?}, which this test does not know"),
            }
        }
    }
}

#[test]
fn keys_other_than_scrolling_close_the_help_and_do_nothing_else() {
    let mut a = app(120, 40);
    a.update(Action::ToggleHelp);
    assert!(a.update(Action::GoTab(Tab::Events)));
    assert!(!a.help);
    assert_eq!(a.tab, Tab::Overview);
    for key in ["esc", "?", "q", "s", "enter"] {
        a.update(Action::ToggleHelp);
        assert!(press(&mut a, key));
        assert!(!a.help && !a.quit, "{key} closes the help");
        assert_eq!(a.tab, Tab::Overview, "{key}");
    }
}

#[test]
fn the_scroll_keys_scroll_the_help_when_it_does_not_fit() {
    let mut a = app(80, 24);
    a.update(Action::ToggleHelp);
    let max = a.help_layout().max_scroll();
    assert!(max > 0, "the help does not fit at 80x24");
    for key in ["j", "down", "ctrl-f", "pagedown", "G", "end"] {
        a.help_scroll = 0;
        assert!(press(&mut a, key), "{key}");
        assert!(a.help && a.help_scroll > 0, "{key} scrolls down");
    }
    assert_eq!(a.help_scroll, max, "end goes to the end, no further");
    assert!(!press(&mut a, "j"), "nothing below the end");
    for key in ["k", "up", "ctrl-b", "pageup", "g", "home"] {
        a.help_scroll = max;
        assert!(press(&mut a, key), "{key}");
        assert!(a.help && a.help_scroll < max, "{key} scrolls up");
    }
    assert_eq!(a.help_scroll, 0);
    a.update(Action::ScrollDown { column: 1, row: 1 });
    assert_eq!(a.help_scroll, 3.min(max), "the wheel scrolls it");
    // Closed and opened again, it starts at the top.
    press(&mut a, "esc");
    press(&mut a, "?");
    assert_eq!((a.help, a.help_scroll), (true, 0));
    // Where it all fits, the keys have nothing to scroll.
    let mut b = app(200, 60);
    b.update(Action::ToggleHelp);
    assert!(!press(&mut b, "j"));
    assert!(b.help);
}

#[test]
fn narrow_screens_show_the_detail_in_place_of_the_list() {
    let mut a = app(79, 24);
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
            assert_eq!(titles.len(), Tab::COUNT);
            let end = titles
                .last()
                .map(|t| t.x + t.text.chars().count() as u16)
                .unwrap();
            // (Numbers alone take four columns a tab.)
            if usize::from(width) >= 4 * Tab::COUNT {
                assert!(end <= width, "{width} {tab}: {end}");
            }
            let selected = titles.iter().find(|t| t.tab == tab).unwrap();
            // Room for the longest short name and the other numbers.
            if usize::from(width) >= 14 + 4 * (Tab::COUNT - 1) {
                assert!(
                    selected.text.contains(tab.short_title())
                        || selected.text.contains(tab.title()),
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

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Edit(Edit::Insert(c)));
    }
}

#[test]
fn slash_typing_and_enter_filter_the_list_and_esc_clears() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    assert!(a.update(Action::Filter));
    assert_eq!(a.editing, Some(0));
    // Applied on every keystroke.
    typed(&mut a, "\"prisoner 3");
    assert!(
        a.prisoners.error.is_some(),
        "an unclosed quote, while typing"
    );
    typed(&mut a, "\"");
    assert_eq!(a.prisoners.error, None);
    assert_eq!((a.len(Tab::Prisoners), a.prisoners.total()), (10, 40));
    assert_eq!(a.prisoners.match_count(), 10);
    let first = a.selected_record(Tab::Prisoners).unwrap();
    assert_eq!(a.campaign.prisoners[first].name(), "Test Prisoner 30");
    // Enter keeps it and gives the keys back to the list.
    a.update(Action::Edit(Edit::Accept));
    assert_eq!(a.editing, None);
    assert_eq!(a.prisoners.query, "\"prisoner 3\"");
    assert_eq!(a.len(Tab::Prisoners), 10);
    a.update(Action::Down);
    assert_eq!(a.selected_record(Tab::Prisoners), Some(first + 1));
    // `/` again edits the same filter; Esc clears it.
    a.update(Action::Filter);
    assert_eq!(a.editing, Some(a.prisoners.query.len()));
    a.update(Action::Edit(Edit::Cancel));
    assert_eq!(a.editing, None);
    assert_eq!(a.prisoners.query, "");
    assert!(!a.prisoners.has_filter());
    assert_eq!(a.len(Tab::Prisoners), 40);
    // The selection stayed on the record it was on.
    assert_eq!(a.selected_record(Tab::Prisoners), Some(first + 1));
}

#[test]
fn keys_other_than_edits_do_nothing_while_the_filter_line_is_open() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Filter);
    let before = a.clone();
    for action in [Action::GoTab(Tab::Events), Action::Down, Action::SortNext] {
        assert!(!a.update(action), "{action:?}");
    }
    assert_eq!(a, before);
    a.update(Action::Click { column: 5, row: 0 });
    assert_eq!(a.tab, Tab::Prisoners, "a click does not leave the line");
    assert!(a.message.is_some());
    a.update(Action::Quit);
    assert!(a.quit, "Ctrl-C still quits");
}

#[test]
fn an_invalid_filter_keeps_the_last_result_and_exposes_the_error() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Filter);
    typed(&mut a, "prisoner 3 status:imp");
    assert_eq!(a.prisoners.error, None);
    let rows = a.prisoners.rows().to_vec();
    assert_eq!(rows.len(), 13);
    // Make the field unknown: `xstatus:imp`.
    for _ in 0.."status:imp".len() {
        a.update(Action::Edit(Edit::Left));
    }
    typed(&mut a, "x");
    let error = a
        .prisoners
        .error
        .clone()
        .expect("an unknown field is an error");
    assert!(error.message.contains("xstatus"), "{}", error.message);
    assert!(
        a.prisoners.query[error.span.clone()].starts_with("xstatus"),
        "{error:?}"
    );
    assert_eq!(a.prisoners.rows(), rows, "the last valid result stays");
    assert_eq!(a.prisoners.filter.input(), "prisoner 3 status:imp");
    // The bar grows to show the error under the line.
    assert!(a.areas().filter_error.height >= 2);
    // Enter does not keep a filter with a mistake.
    a.update(Action::Edit(Edit::Accept));
    assert!(a.editing.is_some());
    assert!(a.message.as_deref().unwrap_or("").contains("mistake"));
    // A bad range too.
    a.update(Action::Edit(Edit::Clear));
    typed(&mut a, "detained:2023..2022");
    assert!(a.prisoners.error.is_some());
    assert!(!a.prisoners.error.as_ref().unwrap().incomplete);
    assert_eq!(
        a.len(Tab::Prisoners),
        40,
        "the last valid: `detained:2023..202` with its unfinished term left out"
    );
    a.update(Action::Edit(Edit::Backspace));
    a.update(Action::Edit(Edit::Backspace));
    typed(&mut a, "24");
    assert_eq!(a.prisoners.error, None);
    a.update(Action::Edit(Edit::Accept));
    assert_eq!(a.editing, None);
}

#[test]
fn f_turns_the_filter_off_and_n_jumps_between_its_matches() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    assert!(a.update(Action::ToggleFilter));
    assert!(a.message.as_deref().unwrap().contains("no filter"));
    type_filter(&mut a, "\"prisoner 2\"");
    assert_eq!(a.len(Tab::Prisoners), 10);
    a.update(Action::ToggleFilter);
    assert!(!a.prisoners.filter_on);
    assert_eq!(a.len(Tab::Prisoners), 40);
    assert_eq!(a.prisoners.match_count(), 10);
    // The selection stayed on Test Prisoner 20 (record 19), now at row 19.
    assert_eq!(a.prisoners.selected, 19);
    let names = |a: &App| {
        a.campaign.prisoners[a.selected_record(Tab::Prisoners).unwrap()]
            .name()
            .to_owned()
    };
    a.update(Action::NextMatch);
    assert_eq!(names(&a), "Test Prisoner 21");
    a.update(Action::PrevMatch);
    a.update(Action::PrevMatch);
    assert_eq!(names(&a), "Test Prisoner 29", "wraps around backwards");
    a.update(Action::NextMatch);
    assert_eq!(names(&a), "Test Prisoner 20", "and forwards");
    // Context stays visible: the list is whole, the neighbours are shown.
    assert!(a.prisoners.offset <= a.prisoners.selected);
    // With the filter on, n/N move within the results.
    a.update(Action::ToggleFilter);
    assert_eq!(a.prisoners.selected, 0);
    a.update(Action::NextMatch);
    assert_eq!(names(&a), "Test Prisoner 21");
    // A filter that matches nothing: "no match".
    type_filter(&mut a, "nobody");
    a.update(Action::ToggleFilter);
    a.update(Action::NextMatch);
    assert_eq!(a.message.as_deref(), Some("no match"));
}

#[test]
fn s_cycles_the_sort_columns_and_capital_s_reverses_from_the_top() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Events));
    let picket = a.selected_record(Tab::Events).unwrap();
    assert_eq!(a.campaign.events[picket].title(), "Test picket");
    let cols = columns::sort_columns(Tab::Events);
    for col in &cols {
        a.update(Action::SortNext);
        assert_eq!(a.events.sort.map(|s| s.column), Some(*col));
        // Each sort from the top: its first row selected.
        assert_eq!(a.events.selected, 0);
        assert_eq!(
            a.selected_record(Tab::Events),
            a.events.rows().first().copied()
        );
    }
    a.update(Action::SortNext);
    assert_eq!(
        a.events.sort, None,
        "after the last column, the tab's own order"
    );
    // By title: "Test picket" < "Test rally"; reversed, the rally first.
    a.update(Action::SortNext);
    a.update(Action::SortNext);
    a.update(Action::SortNext);
    assert_eq!(a.events.sort.unwrap().column.name(), "title");
    assert_eq!(a.events.rows(), [1, 0]);
    a.update(Action::SortReverse);
    assert!(a.events.sort.unwrap().descending);
    assert_eq!(a.events.rows(), [0, 1]);
    assert_eq!(a.events.selected, 0);
}

#[test]
fn a_click_on_a_header_sorts_by_it_and_again_reverses() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    let click_header = |a: &mut App, title: &str| {
        let areas = a.areas();
        let placed = a.place_columns(Tab::Prisoners, areas.header);
        let p = placed
            .iter()
            .find(|p| p.column.title == title)
            .unwrap_or_else(|| panic!("{title} is shown"));
        a.update(Action::Click {
            column: p.area.x + 1,
            row: areas.header.y,
        })
    };
    use crate::query::{PrisonerColumn, SortColumn};
    let days = SortColumn::Prisoner(PrisonerColumn::DaysHeld);
    assert!(click_header(&mut a, "Days held"));
    assert_eq!(
        a.prisoners.sort,
        Some(Sort {
            column: days,
            descending: false
        })
    );
    assert!(click_header(&mut a, "Days held"));
    assert_eq!(
        a.prisoners.sort,
        Some(Sort {
            column: days,
            descending: true
        })
    );
    click_header(&mut a, "Name");
    assert_eq!(
        a.prisoners.sort,
        Some(Sort {
            column: SortColumn::Prisoner(PrisonerColumn::Name),
            descending: false
        })
    );
    // The events' When column is not sortable: a click there does nothing.
    a.update(Action::GoTab(Tab::Events));
    let header = a.areas().header;
    assert!(!a.update(Action::Click {
        column: header.x + 1,
        row: header.y
    }));
    assert_eq!(a.events.sort, None);
}

#[test]
fn following_three_links_and_going_back_three_times_restores_everything() {
    let mut a = app(120, 40);
    // Filters and sorts on the way, one of which hides a record followed to.
    a.update(Action::GoTab(Tab::Statements));
    type_filter(&mut a, "other");
    assert_eq!(a.len(Tab::Statements), 1);
    a.update(Action::GoTab(Tab::Organisations));
    a.update(Action::SortReverse);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Open);
    // Prisoner 01's links: the union, the picket, the long statement.
    let view = a.detail_view();
    assert_eq!(view.links.len(), 3);
    a.update(Action::Down);
    a.update(Action::Down);
    assert_eq!(a.prisoners.link, Some(2));
    let start = a.clone();

    // 1: to the long statement, hidden by the statements' filter.
    a.update(Action::Open);
    assert_eq!(a.tab, Tab::Statements);
    assert!(!a.statements.filter_on, "the filter is off to show it");
    assert_eq!(a.statements.query, "other", "and kept");
    assert!(
        a.message
            .as_deref()
            .unwrap()
            .contains("f turns it on again")
    );
    assert_eq!(a.statements.focus, Focus::Detail);
    assert_eq!(
        a.campaign.statements[a.selected_record(Tab::Statements).unwrap()].author(),
        "Test Speaker"
    );
    // 2: its prisoner, its first link.
    a.update(Action::Open);
    assert_eq!(
        (a.tab, a.selected_record(Tab::Prisoners)),
        (Tab::Prisoners, Some(0))
    );
    // 3: the union, his first link.
    a.update(Action::Open);
    assert_eq!(a.tab, Tab::Organisations);
    assert_eq!(a.history.len(), 3);

    for depth in (0..3).rev() {
        a.update(Action::GoBack);
        assert_eq!(a.history.len(), depth);
    }
    assert_eq!(a, start);
}

#[test]
fn a_click_on_a_link_follows_it() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Events));
    // The picket, first by date, names Test Prisoner 01.
    let view = a.detail_view();
    let span = view.spans[0].clone();
    let text = a.areas().detail_text;
    a.update(Action::Click {
        column: text.x + 20,
        row: text.y + span.start as u16,
    });
    assert_eq!(a.tab, Tab::Prisoners);
    assert_eq!(a.selected_record(Tab::Prisoners), Some(0));
    assert_eq!(a.history.len(), 1);
    a.update(Action::GoBack);
    assert_eq!(a.tab, Tab::Events);
    assert_eq!(
        a.events.focus,
        Focus::Detail,
        "the click focused the detail"
    );
}

#[test]
fn each_tab_keeps_its_own_filter_sort_and_selection() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    type_filter(&mut a, "\"prisoner 1\"");
    a.update(Action::Down);
    a.update(Action::GoTab(Tab::Events));
    a.update(Action::SortReverse);
    a.update(Action::GoTab(Tab::Statements));
    a.update(Action::Down);
    for _ in 0..Tab::COUNT {
        a.update(Action::NextTab);
    }
    assert_eq!(a.tab, Tab::Statements);
    a.update(Action::GoTab(Tab::Prisoners));
    assert_eq!(a.prisoners.query, "\"prisoner 1\"");
    assert_eq!(a.len(Tab::Prisoners), 10);
    assert_eq!(a.prisoners.selected, 1);
    assert_eq!(a.prisoners.sort, None);
    assert!(a.events.sort.unwrap().descending);
    assert_eq!(a.events.query, "");
    assert_eq!(a.statements.selected, 1);
    assert_eq!(a.len(Tab::Statements), 2);
    assert!(!a.statements.has_filter());
}

#[test]
fn a_narrow_screen_follows_links_in_the_detail_shown_alone() {
    let mut a = app(79, 24);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Open);
    let chosen = a.prisoners.link.unwrap();
    let view = a.detail_view();
    assert!(view.spans[chosen].start >= a.prisoners.detail_scroll);
    a.update(Action::Open);
    assert_eq!(a.tab, Tab::Organisations);
    assert!(a.areas().list.is_empty(), "the detail alone");
    a.update(Action::GoBack);
    assert_eq!(a.prisoners.link, Some(chosen));
}

/// The detail the screen draws is built once per selection and kept; after
/// every kind of change it must equal one built afresh, and be the kept one
/// (not built again for each frame).
#[test]
fn the_kept_detail_follows_every_change() {
    let mut a = app(120, 40);
    let check = |a: &App, step: &str| {
        assert!(
            matches!(a.detail_view(), Cow::Borrowed(_)),
            "{step}: built again instead of kept"
        );
        assert_eq!(
            *a.detail_view(),
            a.build_detail_view(a.detail_key()),
            "{step}: the kept detail is stale"
        );
    };
    check(&a, "new");
    let steps = [
        Action::GoTab(Tab::Prisoners),
        Action::Down,
        Action::Open,
        Action::Down,
        Action::Open,
        Action::Back,
        Action::GoTab(Tab::Organisations),
        Action::Open,
        Action::ScrollDown {
            column: 100,
            row: 10,
        },
        Action::Resize {
            width: 200,
            height: 60,
        },
        Action::TogglePresent,
        Action::GoTab(Tab::Prisoners),
        Action::TogglePresent,
        Action::Day(d(2031, 1, 1)),
        Action::Bottom,
        Action::Resize {
            width: 60,
            height: 20,
        },
    ];
    for action in steps {
        let step = format!("{action:?}");
        a.update(action);
        check(&a, &step);
    }
    // The same record, changed: the size and the selection stay, the
    // campaign does not.
    a.update(Action::Top);
    check(&a, "top");
    let before = a.detail_view().into_owned();
    let selected = a.selected_record(Tab::Prisoners).unwrap();
    let mut fresh = fixture();
    fresh.prisoners[selected].edit(|d| d.name = "Renamed Prisoner".into());
    let fresh = crate::app::reload::Fresh::new(
        fresh,
        crate::app::reload::Report::default(),
        None,
        d(2030, 1, 1),
        a.presenting(),
    );
    a.reload(
        crate::app::reload::Outcome::Loaded(Box::new(fresh)),
        chrono::NaiveTime::MIN,
    );
    check(&a, "reload");
    assert_ne!(*a.detail_view(), before);
}

/// The overview's sections are built once per version, by the update or
/// reload that makes it, and are those of the data shown: after a reload
/// that adds a release due and after `p` hides the birthdays.
#[test]
fn the_overview_is_built_once_per_version_and_is_the_one_shown() {
    let fresh_sections = |a: &App| {
        crate::query::overview::sections(
            &a.campaign,
            &a.derived,
            a.presenting() || a.stripped(),
            crate::query::overview::LISTED,
        )
    };
    let check = |a: &App, step: &str| {
        let shown = a.overview();
        assert!(
            matches!(shown, Cow::Borrowed(_)),
            "{step}: the sections are built while drawing"
        );
        assert_eq!(*shown, fresh_sections(a), "{step}: stale sections");
    };
    let mut a = app(120, 40);
    check(&a, "start");
    let mut fresh = fixture();
    fresh.prisoners[0].edit(|p| p.release_due = Some(d(2023, 6, 1)));
    let releases = |a: &App| {
        format!("{:?}", a.overview())
            .matches("Test Prisoner 01")
            .count()
    };
    assert_eq!(releases(&a), 0);
    let fresh = crate::app::reload::Fresh::new(
        fresh,
        crate::app::reload::Report::default(),
        None,
        d(2030, 1, 1),
        a.presenting(),
    );
    a.reload(
        crate::app::reload::Outcome::Loaded(Box::new(fresh)),
        chrono::NaiveTime::MIN,
    );
    check(&a, "reload");
    assert_eq!(releases(&a), 1, "the release added is not in the overview");
    press(&mut a, "p");
    check(&a, "present");
}

/// Tab (and Shift-Tab) moves between the list and its detail on every tab
/// and at every size, as in lazygit and k9s; it never switches tabs.
#[test]
fn tab_moves_between_the_list_and_the_detail_everywhere() {
    for (width, height) in [(120, 40), (80, 24)] {
        for key in ["tab", "backtab"] {
            for tab in [Tab::Prisoners, Tab::Events, Tab::Statements] {
                let mut a = app(width, height);
                a.update(Action::GoTab(tab));
                assert!(press(&mut a, key), "{key} at {width}");
                assert_eq!(a.tab, tab, "{key} at {width} stays on the tab");
                let l = a.list(tab).unwrap();
                assert_eq!(l.focus, Focus::Detail, "{key} at {width}: the detail");
                assert!(press(&mut a, key));
                assert_eq!(a.tab, tab, "{key} at {width}");
                let l = a.list(tab).unwrap();
                assert_eq!(l.focus, Focus::List, "{key} at {width}: back to the list");
                assert_eq!(l.link, None);
            }
        }
    }
    // The overview has one pane: a note, and the tab stays.
    let mut a = app(120, 40);
    press(&mut a, "tab");
    assert_eq!(a.tab, Tab::Overview);
    assert!(a.message.as_deref().unwrap_or("").contains("2-6"));
    // An empty list has no detail to go to.
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    type_filter(&mut a, "nobody");
    press(&mut a, "tab");
    assert_eq!(a.prisoners.focus, Focus::List);
    assert!(a.message.is_some());
}

/// Enter (or Tab) on a row opens its detail with its first link chosen, so
/// a second Enter follows it; the detail followed to has its first link
/// chosen too, and a detail without links has none.
#[test]
fn entering_a_detail_chooses_its_first_link_so_a_second_enter_follows_it() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    press(&mut a, "enter");
    assert_eq!(a.prisoners.focus, Focus::Detail);
    assert_eq!(a.prisoners.link, Some(0), "the first link: the union");
    press(&mut a, "enter");
    assert_eq!(a.tab, Tab::Organisations, "the second Enter follows it");
    assert_eq!(a.organisations.focus, Focus::Detail);
    assert_eq!(a.organisations.link, Some(0), "and chooses the first there");
    // Tab enters as Enter does.
    let mut a = app(80, 24);
    a.update(Action::GoTab(Tab::Events));
    press(&mut a, "tab");
    assert_eq!(a.events.link, Some(0));
    // The short statement names nobody: nothing to choose.
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Statements));
    a.update(Action::Down);
    press(&mut a, "enter");
    assert_eq!(a.statements.focus, Focus::Detail);
    assert_eq!(a.statements.link, None);
    press(&mut a, "enter");
    assert_eq!(a.message.as_deref(), Some("this record links to nothing"));
}

/// PgDn, PgUp, G and g in a focused detail keep the chosen link while it
/// is on screen; when it scrolls away, a link on screen is chosen in its
/// place (none when the screen shows none), so Enter always follows a link
/// the user sees.
#[test]
fn paging_keeps_the_chosen_link_while_it_stays_on_screen() {
    let mut a = app(120, 24);
    // The union links to all 40 prisoners: a detail taller than the pane.
    a.update(Action::GoTab(Tab::Organisations));
    press(&mut a, "enter");
    let view = a.detail_view().into_owned();
    assert!(view.rows.len() > 2 * view.height, "a detail of three pages");
    // The last link on screen, which PgDn brings to the top.
    let last = (0..view.spans.len())
        .rev()
        .find(|&k| view.shows(k, 0))
        .unwrap();
    while a.organisations.link != Some(last) {
        press(&mut a, "j");
    }
    assert_eq!(a.organisations.detail_scroll, 0);
    press(&mut a, "pagedown");
    assert!(a.organisations.detail_scroll > 0, "it scrolled");
    assert_eq!(a.organisations.link, Some(last), "kept: still on screen");
    let on_screen = |a: &App| {
        let k = a.organisations.link.expect("a link is chosen");
        assert!(
            view.shows(k, a.organisations.detail_scroll),
            "{k} on screen"
        );
        k
    };
    for key in ["pagedown", "G", "pageup", "g", "end", "home"] {
        let before = a.organisations.link.unwrap();
        press(&mut a, key);
        let now = on_screen(&a);
        if view.shows(before, a.organisations.detail_scroll) {
            assert_eq!(now, before, "{key} keeps the link on screen");
        }
    }
    // G to the end, then Enter follows the link chosen there.
    press(&mut a, "G");
    let k = on_screen(&a);
    press(&mut a, "enter");
    assert_eq!(a.tab, view.links[k].tab);
    assert_eq!(a.selected_record(a.tab), Some(view.links[k].record));
}

/// While a term is being typed (`status:`, then `status:re`, which could be
/// restricted or released) it is left out: the list shows what the other
/// terms match, not nothing, and the error says what the term lacks,
/// marked unfinished; Enter does not keep it. A mistake still keeps the
/// last result.
#[test]
fn an_unfinished_term_is_left_out_while_it_is_typed() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Filter);
    typed(&mut a, "prisoner 3 status:");
    let e = a.prisoners.error.clone().expect("unfinished");
    assert!(e.incomplete, "{e:?}");
    assert_eq!(a.len(Tab::Prisoners), 13, "what `prisoner 3` matches");
    assert_eq!(a.prisoners.filter.input(), "prisoner 3 status:");
    typed(&mut a, "re");
    let e = a.prisoners.error.clone().expect("ambiguous");
    assert!(e.incomplete);
    assert!(e.message.contains("restricted or released"), "{e:?}");
    assert_eq!(a.len(Tab::Prisoners), 13);
    a.update(Action::Edit(Edit::Accept));
    assert!(a.editing.is_some(), "Enter does not keep it");
    assert!(
        a.message.as_deref().unwrap_or("").contains("not finished"),
        "{:?}",
        a.message
    );
    // Finished: `status:rel` matches none of the imprisoned.
    typed(&mut a, "l");
    assert_eq!(a.prisoners.error, None);
    assert_eq!(a.len(Tab::Prisoners), 0);
    // A mistake: the last result stays.
    typed(&mut a, "x");
    let e = a.prisoners.error.clone().expect("no status `relx`");
    assert!(!e.incomplete);
    assert_eq!(a.len(Tab::Prisoners), 0);
}

#[test]
fn chosen_columns_are_shown_in_their_order_and_s_cycles_through_them() {
    use crate::query::{PrisonerColumn, SortColumn};
    let mut a = app(120, 40);
    let chosen = [PrisonerColumn::DaysHeld, PrisonerColumn::Name];
    a.chosen_columns = vec![(
        Tab::Prisoners,
        chosen
            .iter()
            .map(|&c| columns::ColumnKey::Sort(SortColumn::Prisoner(c)))
            .collect(),
    )];
    a.update(Action::GoTab(Tab::Prisoners));
    let titles: Vec<&str> = a
        .columns_of(Tab::Prisoners)
        .iter()
        .map(|c| c.title)
        .collect();
    assert_eq!(titles, ["Days held", "Name"]);
    for want in chosen {
        a.update(Action::SortNext);
        assert_eq!(
            a.prisoners.sort.map(|s| s.column),
            Some(SortColumn::Prisoner(want))
        );
    }
    a.update(Action::SortNext);
    assert_eq!(a.prisoners.sort, None, "then the list's own order");
    // Other lists keep all their columns.
    assert_eq!(
        a.columns_of(Tab::Events).len(),
        columns::columns(Tab::Events).len()
    );
}

/// After a sort the list shows from its top, the first row selected: the
/// row that was selected is somewhere else in the new order.
#[test]
fn a_sort_shows_the_list_from_the_top() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    press(&mut a, "G");
    assert!(a.prisoners.offset > 0);
    for key in ["s", "S"] {
        press(&mut a, "G");
        press(&mut a, key);
        assert_eq!((a.prisoners.selected, a.prisoners.offset), (0, 0), "{key}");
    }
}

/// `o` then a column's letter sorts by that column (again: reversed); the
/// letters are said in the status bar; another key cancels.
#[test]
fn o_and_a_letter_sort_by_that_column() {
    use crate::query::{PrisonerColumn, SortColumn};
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    press(&mut a, "G");
    assert!(press(&mut a, "o"));
    assert_eq!(a.message.as_deref(), Some("sort by:"));
    assert!(a.update(Action::SortLetter('f')));
    let facility = SortColumn::Prisoner(PrisonerColumn::Facility);
    assert_eq!(
        a.prisoners.sort.map(|s| (s.column, s.descending)),
        Some((facility, false))
    );
    assert_eq!((a.prisoners.selected, a.prisoners.offset), (0, 0));
    press(&mut a, "o");
    a.update(Action::SortLetter('f'));
    assert!(
        a.prisoners.sort.unwrap().descending,
        "the same letter reverses"
    );
    // A letter no column has: nothing sorted, the chooser closed.
    press(&mut a, "o");
    a.update(Action::SortLetter('x'));
    assert!(a.prisoners.sort.unwrap().descending);
    assert!(!a.choosing_sort);
    // Every column of every list has a letter of its own.
    for tab in Tab::iter().filter(|t| t.kind().is_some()) {
        let letters = columns::sort_letters(tab);
        assert_eq!(letters.len(), columns::sort_columns(tab).len(), "{tab}");
        let mut seen: Vec<char> = letters.iter().map(|(c, _)| *c).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), letters.len(), "{tab}");
    }
}

#[test]
fn with_marks_y_copies_every_marked_address_and_counts_those_without() {
    let mut c = fixture();
    c.prisoners[0].edit(|d| d.address = Some("Cell 1\nTown".into()));
    c.prisoners[2].edit(|d| d.address = Some("Box 3".into()));
    let mut a = App::new(c, "test.toml", None, d(2030, 1, 1));
    a.update(Action::GoTab(Tab::Prisoners));
    // p1, p2 and p3 marked (Space moves down after each).
    for _ in 0..3 {
        a.update(Action::Mark);
    }
    assert_eq!(a.picked.len(), 3);
    a.update(Action::CopyAddress);
    assert_eq!(
        a.effect.take(),
        Some(super::act::Effect::Copy(
            "Test Prisoner 01\nCell 1\nTown\n\nTest Prisoner 03\nBox 3\n".to_owned()
        ))
    );
    let said = a.message.clone().unwrap_or_default();
    assert!(
        said.contains("2 marked prisoners") && said.contains("1 prisoner has no address"),
        "{said}"
    );
}

#[test]
fn y_copies_line_breaks_as_line_breaks() {
    let mut c = fixture();
    c.prisoners[0].edit(|d| d.address = Some("Cell 1\nTown".into()));
    let mut a = App::new(c, "test.toml", None, d(2030, 1, 1));
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Copy);
    let Some(super::act::Effect::Copy(text)) = a.effect.take() else {
        panic!("nothing copied");
    };
    assert!(!text.contains('⏎'), "{text}");
    let at = text
        .lines()
        .position(|l| l.ends_with("Cell 1"))
        .expect(&text);
    assert_eq!(
        text.lines().nth(at + 1).map(str::trim),
        Some("Town"),
        "{text}"
    );
}

/// `%` picks among the rows the filter shows only, a different one as the
/// draws go on, and says why they need letters.
#[test]
fn percent_picks_a_prisoner_shown_at_random_and_says_why() {
    let mut c = fixture();
    c.letters = vec![crate::model::Letter {
        date: d(2023, 4, 1),
        prisoner: "p3".into(),
        direction: crate::model::Direction::Sent,
        count: Some(2),
        ..Default::default()
    }];
    let mut a = App::new(c, "test.toml", None, d(2030, 1, 1));
    a.update(Action::Resize {
        width: 120,
        height: 40,
    });
    a.update(Action::GoTab(Tab::Prisoners));
    type_filter(&mut a, "\"Prisoner 0\"");
    assert_eq!(a.prisoners.rows().len(), 9);
    let mut seen = std::collections::HashSet::new();
    for _ in 0..60 {
        a.update(Action::PickRandom);
        let r = a.selected_record(Tab::Prisoners).unwrap();
        assert!(r < 9, "only the rows shown: {r}");
        let said = a.message.clone().unwrap_or_default();
        let name = a.campaign.prisoners[r].name().to_owned();
        assert!(
            said.starts_with(&format!("picked {name} of 9 shown: ")),
            "{said}"
        );
        if r == 2 {
            assert!(said.contains(": 2 letters in 90 days"), "{said}");
        } else {
            assert!(said.contains(": 0 letters in 90 days"), "{said}");
        }
        seen.insert(r);
    }
    assert!(seen.len() >= 7, "the draws spread over the rows: {seen:?}");
    // Another seed, another sequence.
    let first: Vec<usize> = (0..5)
        .map(|_| {
            a.update(Action::PickRandom);
            a.selected_record(Tab::Prisoners).unwrap()
        })
        .collect();
    a.seed(12345);
    let second: Vec<usize> = (0..5)
        .map(|_| {
            a.update(Action::PickRandom);
            a.selected_record(Tab::Prisoners).unwrap()
        })
        .collect();
    assert_ne!(first, second);
}
