//! Whole-screen snapshots of the dashboard on the bundled `campaign.toml`, with
//! "today" fixed as `--today 2023-05-06` would fix it. Each .snap is the screen
//! a user sees; review them as such.

mod screens;

use campaign_dash::app::edit::Edit;
use campaign_dash::app::{Action, App, Tab, keymap};
use screens::{app, app_of, draw};

#[test]
fn overview_120x40() {
    insta::assert_snapshot!(draw(&app(120, 40)));
}

#[test]
fn overview_80x24() {
    insta::assert_snapshot!(draw(&app(80, 24)));
}

#[test]
fn overview_40x12() {
    insta::assert_snapshot!(draw(&app(40, 12)));
}

#[test]
fn help_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::ToggleHelp);
    insta::assert_snapshot!(draw(&a));
}

/// Scrolled to its end on the prisoners' tab: the filter fields, each
/// beside what it searches.
#[test]
fn help_120x40_scrolled_to_the_filter_fields() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::ToggleHelp);
    a.update(Action::Bottom);
    insta::assert_snapshot!(draw(&a));
}

/// Too tall for 80x24: scrolled to the end, it says there is more above.
#[test]
fn help_80x24_scrolled_to_the_end() {
    let mut a = app(80, 24);
    a.update(Action::ToggleHelp);
    let top = draw(&a);
    assert!(top.contains("more below ↓ (j/k)"), "{top}");
    a.update(Action::Bottom);
    insta::assert_snapshot!(draw(&a));
}

#[test]
fn prisoners_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    insta::assert_snapshot!(draw(&a));
}

/// Vasil Berasneu: born, charges, a facility and notes.
#[test]
fn prisoner_detail_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    let i = a
        .campaign
        .prisoners
        .iter()
        .position(|p| p.name() == "Vasil Berasneu")
        .expect("Vasil Berasneu is in the bundled file");
    for _ in 0..i {
        a.update(Action::Down);
    }
    a.update(Action::Open);
    insta::assert_snapshot!(draw(&a));
}

#[test]
fn events_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Events));
    insta::assert_snapshot!(draw(&a));
}

/// The picket at the Brandenburg Gate, the campaign's opening event.
#[test]
fn event_detail_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Events));
    a.update(Action::Down);
    a.update(Action::Open);
    insta::assert_snapshot!(draw(&a));
}

#[test]
fn statements_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Statements));
    insta::assert_snapshot!(draw(&a));
}

#[test]
fn statement_detail_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Statements));
    a.update(Action::Open);
    insta::assert_snapshot!(draw(&a));
}

#[test]
fn organisations_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Organisations));
    insta::assert_snapshot!(draw(&a));
}

/// The BKDP: member prisoners.
#[test]
fn organisation_detail_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Organisations));
    a.update(Action::Down);
    a.update(Action::Open);
    insta::assert_snapshot!(draw(&a));
}

#[test]
fn petitions_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Petitions));
    insta::assert_snapshot!(draw(&a));
}

#[test]
fn petition_detail_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Petitions));
    a.update(Action::Open);
    insta::assert_snapshot!(draw(&a));
}

/// A narrow screen shows the detail in place of the list.
#[test]
fn prisoner_detail_80x24() {
    let mut a = app(80, 24);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Open);
    insta::assert_snapshot!(draw(&a));
}

/// Types `text` into the filter line (already open).
fn type_text(a: &mut App, text: &str) {
    for c in text.chars() {
        a.update(Action::Edit(Edit::Insert(c)));
    }
}

/// "Which REP members are held longest?": prisoners filtered `rep`, sorted by
/// days held, most first. The title says 3 of 6, the filter and the sort; the
/// header marks the column with ▼.
#[test]
fn prisoners_filtered_rep_sorted_by_days_held_desc_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Filter);
    type_text(&mut a, "rep");
    a.update(Action::Edit(Edit::Accept));
    // s to the days-held column, then S for most first.
    while a.prisoners.sort.map(|s| s.column.name()) != Some("days-held") {
        a.update(Action::SortNext);
    }
    a.update(Action::SortReverse);
    insta::assert_snapshot!(draw(&a));
}

/// "What happened in Bremen?": the filter line still open on `bremen`.
#[test]
fn events_filter_line_bremen_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Events));
    a.update(Action::Filter);
    type_text(&mut a, "bremen");
    insta::assert_snapshot!(draw(&a));
}

/// A field name mistyped while editing `colony status:imprisoned`: the
/// error under the filter line, the bad term marked, and the last valid
/// result (the three held in a colony) still shown.
#[test]
fn prisoners_filter_line_with_an_error_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Filter);
    type_text(&mut a, "colony status:imprisoned");
    assert_eq!(a.len(Tab::Prisoners), 3);
    a.update(Action::Edit(Edit::Home));
    for _ in 0.."colony s".len() {
        a.update(Action::Edit(Edit::Right));
    }
    type_text(&mut a, "x");
    assert!(a.prisoners.error.is_some());
    assert_eq!(a.len(Tab::Prisoners), 3);
    insta::assert_snapshot!(draw(&a));
}

/// Aliaksandr Yarashuk's detail with the May Day rally in Paris chosen.
#[test]
fn prisoner_detail_with_a_chosen_link_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Open);
    let view = a.detail_view();
    let paris = view
        .links
        .iter()
        .position(|l| l.tab == Tab::Events && a.campaign.events[l.record].title().contains("Paris"))
        .expect("Yarashuk's detail links to the Paris rally");
    for _ in 0..=paris {
        a.update(Action::Down);
    }
    assert_eq!(a.prisoners.link, Some(paris));
    insta::assert_snapshot!(draw(&a));
}

/// Vasil Berasneu's detail in presentation mode (`p`): no birth date or age,
/// no notes, and the marker in the status bar.
#[test]
fn prisoner_detail_presenting_120x40() {
    let mut a = app(120, 40);
    a.update(Action::TogglePresent);
    a.update(Action::GoTab(Tab::Prisoners));
    let i = a
        .campaign
        .prisoners
        .iter()
        .position(|p| p.name() == "Vasil Berasneu")
        .expect("Vasil Berasneu is in the bundled file");
    for _ in 0..i {
        a.update(Action::Down);
    }
    a.update(Action::Open);
    insta::assert_snapshot!(draw(&a));
}

/// Presses the keys named as in the keymap ("tab", "enter", "G").
fn press(a: &mut App, keys: &[&str]) {
    for name in keys {
        let event = keymap::event_for(name).expect("a key name");
        let action = keymap::action_for(&event).expect("a bound key");
        a.update(action);
    }
}

/// Tab in the Events list at 120x40: the focus moves to the detail (its
/// border and title), its first link chosen; the tab stays Events.
#[test]
fn events_tab_focuses_the_detail_120x40() {
    let mut a = app(120, 40);
    press(&mut a, &["3", "tab"]);
    insta::assert_snapshot!(draw(&a));
}

/// At 80x24, Tab on the first prisoner focuses her detail, beside the
/// list, with its first link chosen; Enter then follows it to the organisation, whose
/// first link is chosen in turn.
#[test]
fn prisoners_tab_then_enter_80x24() {
    let mut a = app(80, 24);
    press(&mut a, &["2", "tab"]);
    insta::assert_snapshot!("prisoners_tab_80x24", draw(&a));
    press(&mut a, &["enter"]);
    insta::assert_snapshot!("prisoners_tab_then_enter_80x24", draw(&a));
}

/// `status:re` typed at 80x24: it could be restricted or released, which
/// the line under the filter says; the list is what the filter was before
/// the unfinished term (all six), and its title shows what is typed.
#[test]
fn prisoners_filter_unfinished_status_re_80x24() {
    let mut a = app(80, 24);
    press(&mut a, &["2", "/"]);
    type_text(&mut a, "status:re");
    insta::assert_snapshot!(draw(&a));
}

/// A campaign with the prisoner's story and letters (tests/fixtures/good/story.toml).
const STORY: &str = include_str!("fixtures/good/story.toml");

/// Aliaksandr Yarashuk in the story fixture: his risk tags, an earlier
/// arrest counted into the days held, a timeline of two places of custody,
/// and his letters with the days without news; the detail given the
/// whole screen (`z`), as one reads a long story.
#[test]
fn prisoner_story_detail_120x40() {
    let mut a = app_of(STORY, 120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Open);
    let shared = draw(&a);
    assert!(
        shared.contains("! Aliaksandr Yarash"),
        "the list marks the risk: {shared}"
    );
    a.update(Action::Zoom);
    let screen = draw(&a);
    for what in [
        "risk            health",
        "Timeline",
        "Letters (3)",
        "no news",
        "2 arrests together",
        // The address now is that of the last place of custody.
        "address         Sikorskaha 1, 213800 Babruisk",
    ] {
        assert!(screen.contains(what), "{what}:\n{screen}");
    }
    insta::assert_snapshot!(screen);
    // And that is the address `Y` copies, as it is written on the envelope
    // (no Cyrillic spelling in this file: the name as written), with the
    // year of birth.
    a.update(Action::CopyAddress);
    assert_eq!(
        a.effect.take(),
        Some(campaign_dash::app::act::Effect::Copy(
            "Aliaksandr Yarashuk, 1960 г.р.\nSikorskaha 1, 213800 Babruisk\n".to_owned()
        ))
    );
}

/// The same detail presenting: no risk tags, addresses, notes or writers;
/// the timeline and the counts of letters stay.
#[test]
fn prisoner_story_detail_presenting_120x40() {
    let mut a = app_of(STORY, 120, 40);
    a.set_presenting(true);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Open);
    let screen = draw(&a);
    for secret in [
        "health",
        "Valadarskaha",
        "Sikorskaha",
        "moved after",
        "Berlin group",
        "thanks",
    ] {
        assert!(!screen.contains(secret), "{secret}:\n{screen}");
    }
    assert!(
        screen.contains("Timeline") && screen.contains("Letters (3)"),
        "{screen}"
    );
    assert!(
        !screen.contains("! Aliaksandr Yarash"),
        "the risk mark shows:\n{screen}"
    );
    insta::assert_snapshot!(screen);
}

/// The card-writing evening lists the letters written there and their count.
#[test]
fn letter_evening_detail_120x40() {
    let mut a = app_of(STORY, 120, 40);
    a.update(Action::GoTab(Tab::Events));
    a.update(Action::Open);
    let screen = draw(&a);
    assert!(screen.contains("Letters written here (12)"), "{screen}");
    insta::assert_snapshot!(screen);
}

/// The letters tab on the story fixture: a row a letter, with the
/// prisoner's name and the event's title; the detail of the first links to
/// both, and the prisoner's detail links back to each letter.
#[test]
fn letters_tab_and_detail_120x40() {
    let mut a = app_of(STORY, 120, 40);
    a.update(Action::GoTab(Tab::Letters));
    let list = draw(&a);
    for what in [
        "Letters (3)",
        "2023-03-10 Aliaksandr Yarashuk sent",
        "Card-writing evening",
        "2023-04-20 Aliaksandr Yarashuk returned",
    ] {
        assert!(list.contains(what), "{what}:\n{list}");
    }
    a.update(Action::Open);
    let screen = draw(&a);
    for what in [
        "12 letters or cards sent to Aliaksandr Yarashuk",
        "prisoner      › Aliaksandr Yarashuk",
        "event           Card-writing evening",
        "by              Berlin group",
    ] {
        assert!(screen.contains(what), "{what}:\n{screen}");
    }
    insta::assert_snapshot!(screen);
    // Its first link, chosen, is the prisoner: Enter follows it, and the
    // prisoner's letters lead back to the letters tab.
    assert_eq!(a.letters.link, Some(0));
    a.update(Action::Open);
    assert_eq!(a.tab, Tab::Prisoners);
    assert_eq!(a.selected_record(Tab::Prisoners), Some(0));
    let view = a.detail_view();
    let returned = view
        .links
        .iter()
        .position(|l| l.tab == Tab::Letters && l.record == 2)
        .expect("the prisoner's detail links to the returned letter");
    // Down moves the chosen link (scrolling where a long entry is between).
    for _ in 0..40 {
        if a.prisoners.link == Some(returned) {
            break;
        }
        a.update(Action::Down);
    }
    assert_eq!(a.prisoners.link, Some(returned));
    a.update(Action::Open);
    assert_eq!(a.tab, Tab::Letters);
    assert_eq!(a.selected_record(Tab::Letters), Some(2));
    assert!(draw(&a).contains("Letter returned: sent to Aliaksandr Yarashuk"));
}

/// Presenting, the letters tab keeps every letter and hides who wrote them
/// and the notes.
#[test]
fn letters_tab_presenting_120x40() {
    let mut a = app_of(STORY, 120, 40);
    a.set_presenting(true);
    a.update(Action::GoTab(Tab::Letters));
    a.update(Action::Open);
    let screen = draw(&a);
    assert!(screen.contains("Letters (3)"), "{screen}");
    for secret in ["Berlin group", "thanks"] {
        assert!(!screen.contains(secret), "{secret}:\n{screen}");
    }
    a.update(Action::Down);
    a.update(Action::Down);
    let screen = draw(&a);
    assert!(!screen.contains("thanks"), "{screen}");
}

/// The rows come before the notes: `checked` is a row under the sources,
/// not a line after the free text.
#[test]
fn the_checked_row_comes_before_the_notes() {
    let file = "[campaign]\nname = \"C\"\nas_of = 2023-05-06\n\n[[prisoners]]\nid = \"a\"\nname = \"A B\"\nstatus = \"detained\"\nchecked = 2023-05-01\nnotes = \"Writes back in Belarusian.\"\n";
    let mut a = app_of(file, 120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    let screen = draw(&a);
    let at = |what: &str| {
        screen
            .find(what)
            .unwrap_or_else(|| panic!("{what}:\n{screen}"))
    };
    assert!(at("checked         2023-05-01") < at("Notes"), "{screen}");
    assert!(at("Notes") < at("Writes back"), "{screen}");
}

/// The file with every kind of agenda item.
const EVERY_ITEM: &str = include_str!("fixtures/agenda/every_item.toml");

/// The Agenda tab, opened by its number key (one place to change should
/// tabs be added before it).
fn agenda_tab(a: &mut App) {
    let key = Tab::Agenda.number().to_string();
    let action = a
        .keys
        .action_for(&ratatui::crossterm::event::KeyEvent::from(
            ratatui::crossterm::event::KeyCode::Char(key.chars().next().unwrap()),
        ));
    a.update(action.expect("the tab's number key"));
    assert_eq!(a.tab, Tab::Agenda);
}

#[test]
fn agenda_120x40() {
    let mut a = app_of(EVERY_ITEM, 120, 40);
    agenda_tab(&mut a);
    insta::assert_snapshot!(draw(&a));
}

/// Scrolled to an item of the next 30 days, its heading in view.
#[test]
fn agenda_80x24() {
    let mut a = app_of(EVERY_ITEM, 80, 24);
    agenda_tab(&mut a);
    for _ in 0..17 {
        a.update(Action::Down);
    }
    insta::assert_snapshot!(draw(&a));
}

/// The bundled campaign: the letter-writing evening and the Geneva rally.
#[test]
fn agenda_bundled_80x24() {
    let mut a = app(80, 24);
    agenda_tab(&mut a);
    insta::assert_snapshot!(draw(&a));
}

/// Filtered to the birthday cards; Enter opens the prisoner, Backspace
/// comes back.
#[test]
fn agenda_filtered_and_followed() {
    let mut a = app_of(EVERY_ITEM, 120, 40);
    agenda_tab(&mut a);
    a.update(Action::Filter);
    for c in "kind:birthday".chars() {
        a.update(Action::Edit(Edit::Insert(c)));
    }
    a.update(Action::Edit(Edit::Accept));
    assert_eq!(a.agenda.shown.len(), 2);
    insta::assert_snapshot!(draw(&a));
    a.update(Action::Down);
    a.update(Action::Open);
    assert_eq!(a.tab, Tab::Prisoners);
    let name = a
        .selected_record(Tab::Prisoners)
        .map(|i| a.campaign.prisoners[i].name().to_owned());
    assert_eq!(name.as_deref(), Some("Anna Birthday"));
    a.update(Action::GoBack);
    assert_eq!(a.tab, Tab::Agenda);
    assert_eq!(a.agenda.selected, 1);
}

/// The overview's "Needs attention" panel on the file with every kind of
/// item; Enter on its first entry opens the agenda there.
#[test]
fn overview_needs_attention_120x40() {
    let mut a = app_of(EVERY_ITEM, 120, 40);
    insta::assert_snapshot!(draw(&a));
    // Figures has nothing to choose: the first entry is the panel's.
    a.update(Action::Open);
    assert_eq!(a.tab, Tab::Agenda);
    assert_eq!(a.agenda.selected, 0);
    a.update(Action::GoBack);
    assert_eq!(a.tab, Tab::Overview);
}

#[test]
fn overview_needs_attention_80x24() {
    insta::assert_snapshot!(draw(&app_of(EVERY_ITEM, 80, 24)));
}

/// Snoozed items: left out of the agenda, counted in its first line;
/// `kind:snoozed` lists them with until when and why (not why when
/// presenting), and Enter still opens the record.
#[test]
fn agenda_counts_and_lists_the_snoozed_items() {
    let file = format!(
        "{EVERY_ITEM}\n[[snoozed]]\nitem = \"goal-reached\"\nuntil = 2023-05-20\nnote = \"delivery booked\"\n\n[[snoozed]]\nitem = \"write-chen\"\nuntil = 2023-06-01\n"
    );
    let mut a = app_of(&file, 160, 40);
    agenda_tab(&mut a);
    let screen = draw(&a);
    assert!(screen.contains("20 items · 2 snoozed"), "{screen}");
    assert!(!screen.contains("deliver it"), "{screen}");
    a.update(Action::Filter);
    for c in "kind:snoozed".chars() {
        a.update(Action::Edit(Edit::Insert(c)));
    }
    a.update(Action::Edit(Edit::Accept));
    assert_eq!(a.agenda.shown.len(), 2);
    let screen = draw(&a);
    assert!(screen.contains("2 of 2 snoozed items"), "{screen}");
    assert!(
        screen.contains("deliver it · snoozed until 2023-05-20: delivery booked"),
        "{screen}"
    );
    assert!(screen.contains("snoozed until 2023-06-01"), "{screen}");
    // The first listed is Chen's letter (overdue), then the petition.
    a.update(Action::Down);
    a.update(Action::Open);
    assert_eq!(a.tab, Tab::Petitions);
    a.update(Action::GoBack);
    a.update(Action::TogglePresent);
    let screen = draw(&a);
    assert!(screen.contains("snoozed until 2023-05-20"), "{screen}");
    assert!(!screen.contains("delivery booked"), "{screen}");
}

/// One figure, one meaning: the Days held column and the detail say the same
/// number of days, all arrests together where there are earlier ones (marked
/// `+` in the list), and an arrest known only to the month is `~` in both.
#[test]
fn days_held_the_same_in_list_detail_and_print() {
    let mut a = app_of(STORY, 120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    let list = draw(&a);
    assert!(list.contains("397+"), "combined, marked:\n{list}");
    assert!(
        list.contains("+ with earlier arrests"),
        "the legend says what + means:\n{list}"
    );
    a.update(Action::Open);
    a.update(Action::Zoom);
    let detail = draw(&a);
    assert!(
        detail.contains("days held       397 days, 2 arrests together; this one 382 so far"),
        "{detail}"
    );

    let month = "[campaign]\nname = \"M\"\nas_of = 2023-05-06\n[[prisoners]]\nid = \"a\"\nname = \"Ann\"\nstatus = \"detained\"\ndetained = \"2023-04\"\n";
    let mut a = app_of(month, 120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    let list = draw(&a);
    assert!(list.contains("~35"), "{list}");
    assert!(list.contains("~ arrest day unknown"), "{list}");
    a.update(Action::Open);
    a.update(Action::Zoom);
    let detail = draw(&a);
    assert!(
        detail.contains("days held       ~35 days so far"),
        "the detail writes the estimate as the list does:\n{detail}"
    );
}

/// A link in a detail is never broken across lines: it is on a line whole,
/// or (longer than the pane) cut once with `…`; `y` copies it whole.
#[test]
fn links_in_the_detail_stay_whole() {
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let mut a = app(w, h);
        a.update(Action::GoTab(Tab::Events));
        for row in 0..a.len(Tab::Events) {
            let record = a.selected_record(Tab::Events).unwrap();
            let links: Vec<String> = a.campaign.events[record]
                .sources()
                .iter()
                .map(|s| s.to_string())
                .collect();
            a.update(Action::Open);
            let screen = draw(&a);
            for url in &links {
                let whole = screen.contains(url.as_str());
                let cut = screen.lines().any(|l| {
                    l.split(['│', ' ', '"']).any(|word| {
                        word.ends_with('…')
                            && url.starts_with(word.trim_end_matches('…'))
                            && word.len() > 12
                    })
                });
                assert!(whole || cut, "{url} at {w}x{h}, row {row}:\n{screen}");
            }
            a.update(Action::Copy);
            if let Some(campaign_dash::app::act::Effect::Copy(text)) = a.effect.take() {
                for url in &links {
                    assert!(text.contains(url.as_str()), "y copies {url} whole");
                }
            } else {
                panic!("y copies the record");
            }
            a.update(Action::Back);
            a.update(Action::Down);
        }
    }
}

/// Agenda items wrap (indented under the text) rather than being cut:
/// no date, name or number ends in `…`, at 80 and 120 columns.
#[test]
fn agenda_items_wrap_whole() {
    for width in [80, 120] {
        let mut a = app_of(EVERY_ITEM, width, 70);
        agenda_tab(&mut a);
        let screen = draw(&a);
        assert!(!screen.contains('…'), "{screen}");
        let flat: String = screen
            .lines()
            .map(|l| l.trim_matches('"').trim())
            .collect::<Vec<_>>()
            .join(" ");
        for item in &a.derived.agenda.items {
            assert!(
                flat.contains(&item.what),
                "{:?} at {width}:\n{screen}",
                item.what
            );
        }
        // A continued item is indented under the text, not under the date.
        assert!(screen.contains("\"             "), "{screen}");
    }
}

/// How long ago a check was, as the agenda says it.
#[test]
fn the_agenda_says_how_long_ago() {
    let a = app_of(EVERY_ITEM, 120, 40);
    let said: Vec<&str> = a
        .derived
        .agenda
        .items
        .iter()
        .map(|i| i.what.as_str())
        .collect();
    assert!(
        said.contains(&"check the record: last checked 2022-03-01 (431 days ago)"),
        "{said:#?}"
    );
    assert!(
        said.iter()
            .any(|w| w.starts_with("write a letter: the last was sent 2023-03-01 (")),
        "{said:#?}"
    );
}

/// One wording, one set of hints per state: at 80 columns every list tab's
/// status bar offers the same keys, and every unfocused detail's title says
/// the same thing.
#[test]
fn every_list_tab_says_the_same_in_the_same_state() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut bars = std::collections::BTreeSet::new();
        let mut titles = std::collections::BTreeSet::new();
        for tab in [
            Tab::Prisoners,
            Tab::Events,
            Tab::Statements,
            Tab::Organisations,
            Tab::Petitions,
            Tab::Letters,
        ] {
            let mut a = app(w, h);
            a.update(Action::GoTab(tab));
            let screen = draw(&a);
            let lines: Vec<&str> = screen.lines().collect();
            let bar = lines.last().unwrap().trim_matches('"');
            bars.insert(bar.rsplit("│ ").next().unwrap().trim().to_owned());
            if let Some(t) = lines[1].split("┌ Detail").nth(1) {
                titles.insert(t.split(')').next().unwrap().to_owned());
            }
        }
        assert_eq!(bars.len(), 1, "{w}x{h}: {bars:#?}");
        assert!(titles.len() <= 1, "{w}x{h}: {titles:#?}");
    }
}

/// Anything cut ends in `…`: the overview's note of the panels left out.
#[test]
fn the_overview_note_of_hidden_panels_is_cut_with_an_ellipsis() {
    let screen = draw(&app_of(EVERY_ITEM, 80, 24));
    let note = screen
        .lines()
        .find(|l| l.contains("Not shown"))
        .expect("panels are left out at 80x24");
    let note = note.trim_matches('"').trim_end();
    assert!(
        note.ends_with('…') || note.ends_with("Letters"),
        "cut without a sign: {note}"
    );
}

/// After `o`, every column of the list can be chosen, at 80 and 120
/// columns: a box lists each with its letter.
#[test]
fn the_sort_menu_lists_every_column() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut a = app(w, h);
        a.update(Action::GoTab(Tab::Prisoners));
        press(&mut a, &["o"]);
        let screen = draw(&a);
        for (letter, column) in campaign_dash::app::columns::sort_letters(Tab::Prisoners) {
            let hint = format!("{letter} {}", column.name().replace('-', " "));
            assert!(screen.contains(&hint), "{hint} at {w}x{h}:\n{screen}");
        }
        if w == 80 {
            insta::assert_snapshot!("sort_menu_80x24", screen);
        }
    }
}

/// A facility cut to its column keeps what tells it apart ("…No. 15,
/// Mahilioŭ"), not the "Penal colony" every row shares.
#[test]
fn cut_facilities_stay_distinct() {
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let mut a = app(w, h);
        a.update(Action::GoTab(Tab::Prisoners));
        let screen = draw(&a);
        let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
        let Some(header) = lines
            .iter()
            .find(|l| l.iter().collect::<String>().contains("Facility"))
        else {
            continue; // not shown at this width
        };
        let at = header
            .windows(8)
            .position(|x| x.iter().collect::<String>() == "Facility")
            .unwrap();
        // To the next column's title, or the border.
        let end = (at + 8..header.len())
            .find(|&i| header[i] != ' ' && header[i - 1] == ' ')
            .unwrap_or(header.len());
        let cells: Vec<String> = lines
            .iter()
            .filter(|l| l.iter().collect::<String>().contains("imprisoned"))
            .map(|l| {
                l[at..end]
                    .iter()
                    .take_while(|&&c| c != '│')
                    .collect::<String>()
                    .trim()
                    .to_owned()
            })
            .filter(|c| !c.is_empty())
            .collect();
        let distinct: std::collections::BTreeSet<&String> = cells.iter().collect();
        assert_eq!(distinct.len(), cells.len(), "{w}x{h}: {cells:?}\n{screen}");
    }
}

/// A column empty in every row (no organisation, no release due, as in an
/// imported list) takes no width, on screen and in print.
#[test]
fn columns_empty_in_every_row_take_no_width() {
    let text = "[campaign]\nname = \"I\"\nas_of = 2023-05-06\n[[prisoners]]\nid = \"a\"\nname = \"Ann Example\"\nstatus = \"detained\"\ndetained = 2023-01-02\nfacility = \"Pre-trial centre No. 1, Minsk\"\n[[prisoners]]\nid = \"b\"\nname = \"Bob Example\"\nstatus = \"detained\"\ndetained = 2023-02-03\n";
    for (w, h) in [(80, 24), (120, 40)] {
        let mut a = app_of(text, w, h);
        a.update(Action::GoTab(Tab::Prisoners));
        let screen = draw(&a);
        let header = screen.lines().nth(2).unwrap();
        assert!(header.contains("Name"), "{screen}");
        assert!(w < 120 || header.contains("Facility"), "{screen}");
        for empty in [" Org ", " Due ", "Sentence"] {
            assert!(!header.contains(empty), "{empty} at {w}x{h}:\n{screen}");
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("i.toml");
    std::fs::write(&file, text).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
        .env(
            "XDG_STATE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
        )
        .args([
            "print",
            "--view",
            "prisoners",
            "--format",
            "text",
            "--width",
            "120",
        ])
        .arg(&file)
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    let header = out.lines().find(|l| l.starts_with("Name")).unwrap();
    for empty in [" Org ", " Due ", "Sentence"] {
        assert!(!header.contains(empty), "{empty} in print:\n{out}");
    }
}

/// The settings' `[columns]` can name the story's columns too: days
/// without news, letters sent, the last letter, risk, checked, and the
/// combined days (the Days held column); `config` accepts them and the list
/// shows them, filled from the file.
#[test]
fn the_story_columns_can_be_chosen() {
    let settings = "[columns]\nprisoners = [\"name\", \"combined\", \"news\", \"letters\", \"last-letter\", \"risk\", \"checked\"]\n";
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    std::fs::write(&file, settings).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
        .env(
            "XDG_STATE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
        )
        .args(["config", "--config"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let checked = campaign_dash::config::parse(settings);
    assert_eq!(checked.errors(), 0);
    let mut a = app_of(STORY, 200, 40);
    a.chosen_columns = checked.settings.columns;
    a.update(Action::GoTab(Tab::Prisoners));
    let screen = draw(&a);
    let header = screen.lines().nth(2).unwrap();
    for title in [
        "Days held",
        "No news",
        "Sent",
        "Last sent",
        "Risk",
        "Checked",
    ] {
        assert!(header.contains(title), "{title}:\n{screen}");
    }
    let row = screen
        .lines()
        .find(|l| l.contains("│ ! Aliaksandr"))
        .unwrap();
    for cell in [
        "397+",
        "34",
        "12",
        "2023-03-10",
        "health, elderly, isolation",
        "2023-05-01",
    ] {
        assert!(row.contains(cell), "{cell}: {row}");
    }
    // Sorted by days without news, from the command line too.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
        .env(
            "XDG_STATE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
        )
        .args([
            "print",
            "--view",
            "prisoners",
            "--sort",
            "news:desc",
            "--format",
            "text",
        ])
        .arg("tests/fixtures/good/story.toml")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("No news"),
        "the sorted column is printed:\n{text}"
    );
}

/// Beside the detail, a list keeps no empty width at its right: what its
/// columns leave goes to the detail, at each size and on each list.
#[test]
fn a_list_gives_the_width_it_cannot_use_to_the_detail() {
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        for tab in [
            Tab::Prisoners,
            Tab::Events,
            Tab::Statements,
            Tab::Organisations,
            Tab::Petitions,
        ] {
            let mut a = app(w, h);
            a.update(Action::GoTab(tab));
            let screen = draw(&a);
            // The fewest blank cells at the right of the list's rows.
            let spare = screen
                .lines()
                .skip(2)
                .filter_map(|l| l.trim_matches('"').split_once("││").map(|(list, _)| list))
                .map(|list| {
                    list.trim_start_matches('│')
                        .chars()
                        .rev()
                        .take_while(|&c| c == ' ')
                        .count()
                })
                .filter(|&n| n < 60)
                .min();
            let Some(spare) = spare else {
                continue; // the list alone
            };
            // A detail as wide as reads well (84) takes no more.
            let detail = screen
                .lines()
                .nth(2)
                .and_then(|l| l.split_once("││"))
                .map_or(0, |(_, d)| d.trim_end_matches('"').chars().count() + 1);
            if detail >= 84 {
                continue;
            }
            assert!(
                spare <= 2,
                "{tab:?} at {w}x{h}: {spare} columns unused\n{screen}"
            );
        }
    }
}

/// G on the agenda shows its last item, every line of it; g its first.
#[test]
fn the_agenda_scrolls_to_its_end_and_back() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut a = app_of(EVERY_ITEM, w, h);
        agenda_tab(&mut a);
        a.update(Action::Bottom);
        let screen = draw(&a);
        let last = a.derived.agenda.items.last().unwrap();
        assert!(screen.contains(&last.what), "{}:\n{screen}", last.what);
        a.update(Action::Top);
        let screen = draw(&a);
        assert!(screen.contains("Overdue (10)"), "{screen}");
    }
}

/// Started as the dashboard starts (`App::first`, the search index built
/// after the first screen): a filter and a sort typed before the index is
/// in say that they wait, and no count is given that the filter has not
/// made; once the worker's job has run and `Indexed` is told, they apply.
#[test]
fn a_filter_waits_for_the_index_then_applies() {
    use campaign_dash::app::columns::sort_letters;
    let mut a = screens::first(120, 30);
    let (job, campaign) = a.index_job().expect("no index yet");
    // The overview needs none.
    assert!(!screens::draw(&a).contains("Preparing"));
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Filter);
    for c in "org:bkdp".chars() {
        a.update(Action::Edit(Edit::Insert(c)));
    }
    let typing = screens::draw(&a);
    assert!(typing.contains("finding matches in 6…"), "{typing}");
    a.update(Action::Edit(Edit::Accept));
    a.update(Action::SortBy);
    let letter = sort_letters(Tab::Prisoners)
        .into_iter()
        .find(|(_, c)| c.name() == "days-held")
        .unwrap()
        .0;
    a.update(Action::SortLetter(letter));
    insta::assert_snapshot!("prisoners_waiting_for_the_index", screens::draw(&a));
    // Told before the index is in (a job of an older version): nothing moves.
    assert!(!a.update(Action::Indexed));
    job.run(&campaign);
    assert!(a.index_job().is_none());
    assert!(a.update(Action::Indexed));
    insta::assert_snapshot!("prisoners_once_the_index_is_in", screens::draw(&a));
}

/// The bundled campaign shown with `--since` against a version before
/// Siarhei Antusevich's record changed and before two letters.
fn since_app(width: u16, height: u16) -> App {
    let mut base = screens::BUNDLED.to_owned();
    let letters = "\n[[letters]]\ndate = 2023-05-01\nprisoner = \"yarashuk\"\ndirection = \"sent\"\n\n[[letters]]\ndate = 2023-05-02\nprisoner = \"yarashuk\"\ndirection = \"sent\"\n";
    let now = format!(
        "{}{letters}",
        base.replacen(
            "role = \"Vice-president of the BKDP\"",
            "role = \"Vice-president of the BKDP (former)\"",
            1
        )
    );
    base.push('\n');
    let mut a = app_of(&now, width, height);
    let old = campaign_dash::load::parse_str(&base, &screens::opts())
        .campaign
        .expect("it loads");
    a.set_since("HEAD~1", old);
    a
}

#[test]
fn overview_changed_since_120x40() {
    insta::assert_snapshot!(draw(&since_app(120, 40)));
}

#[test]
fn overview_changed_since_80x24() {
    insta::assert_snapshot!(draw(&since_app(80, 24)));
}

#[test]
fn overview_changed_since_200x60() {
    insta::assert_snapshot!(draw(&since_app(200, 60)));
}
