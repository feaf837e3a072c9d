//! Drawing never panics, whatever the size, and never lets file text drive
//! the terminal.

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use strum::IntoEnumIterator;

use crate::app::edit::Edit;
use crate::app::tests::fixture;
use crate::app::{Action, App, Tab};
use crate::model::Campaign;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect()
}

/// Every state worth drawing: each tab with the list focused, each list tab
/// with its detail open and scrolled, and the help.
fn states(campaign: &Campaign, width: u16, height: u16) -> Vec<App> {
    let mut out = Vec::new();
    for tab in Tab::iter() {
        let mut app = App::new(campaign.clone(), "f.toml", None, d(2030, 1, 1));
        app.update(Action::Resize { width, height });
        app.update(Action::GoTab(tab));
        out.push(app.clone());
        app.update(Action::Down);
        app.update(Action::Open);
        app.update(Action::Down);
        out.push(app.clone());
        app.update(Action::ToggleHelp);
        out.push(app.clone());
        // The filter line open, then with a mistake under it; a detail with
        // a link chosen; a filter turned off.
        app.update(Action::ToggleHelp);
        app.update(Action::Back);
        app.update(Action::Filter);
        for c in "test stauts:x".chars() {
            app.update(Action::Edit(Edit::Insert(c)));
        }
        out.push(app.clone());
        app.update(Action::Edit(Edit::Clear));
        for c in "test".chars() {
            app.update(Action::Edit(Edit::Insert(c)));
        }
        out.push(app.clone());
        app.update(Action::Edit(Edit::Accept));
        app.update(Action::SortReverse);
        app.update(Action::Open);
        out.push(app.clone());
        app.update(Action::Back);
        app.update(Action::ToggleFilter);
        out.push(app);
    }
    out
}

#[test]
fn the_filter_line_shows_n_of_m_and_the_title_keeps_it() {
    let mut app = App::new(fixture(), "f.toml", None, d(2030, 1, 1));
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    app.update(Action::GoTab(Tab::Prisoners));
    app.update(Action::Filter);
    for c in "\"prisoner 3\"".chars() {
        app.update(Action::Edit(Edit::Insert(c)));
    }
    let text = screen(&app, 120, 40);
    assert!(text.contains(" Filter / \"prisoner 3\""), "{text}");
    assert!(text.contains("10 of 40 · Enter keeps"), "{text}");
    app.update(Action::Edit(Edit::Accept));
    let text = screen(&app, 120, 40);
    assert!(
        text.contains("Prisoners: 10 of 40 · filter: \"prisoner 3\""),
        "{text}"
    );
    assert!(!text.contains("Filter /"), "{text}");
    app.update(Action::ToggleFilter);
    let text = screen(&app, 120, 40);
    assert!(
        text.contains("filter off: \"prisoner 3\", 10 matches"),
        "{text}"
    );
}

#[test]
fn every_screen_draws_at_every_size_from_1x1_to_60x20() {
    let campaign = fixture();
    for width in 1..=60 {
        for height in 1..=20 {
            for app in states(&campaign, width, height) {
                let text = screen(&app, width, height);
                if width < 40 || height < 10 {
                    assert!(text.starts_with('E'), "{width}x{height}: {text}");
                } else {
                    // The tab bar on top, the status bar at the bottom.
                    assert!(text.starts_with(" 1 "), "{width}x{height}: {text}");
                    assert!(text.contains(" f.toml "), "{width}x{height}: {text}");
                }
            }
        }
    }
}

#[test]
fn large_and_empty_screens_draw() {
    for campaign in [fixture(), Campaign::default()] {
        for (w, h) in [(200, 60), (120, 40), (80, 24), (40, 12), (40, 10), (39, 10)] {
            for app in states(&campaign, w, h) {
                screen(&app, w, h);
            }
        }
    }
}

#[test]
fn small_screens_ask_for_more_room() {
    let app = App::new(fixture(), "f.toml", None, d(2030, 1, 1));
    let text = screen(&app, 39, 12);
    assert!(text.contains("Enlarge the terminal"), "{text}");
    let text = screen(&app, 40, 10);
    assert!(!text.contains("Enlarge"), "{text}");
    assert!(text.contains("Test campaign"), "{text}");
}

/// A campaign whose every text field carries escape sequences.
fn hostile() -> Campaign {
    let evil = "A\u{1b}]0;pwned\u{7}B\u{1b}[2J\u{9b}31mC\u{7}\u{202e}D";
    let mut c = fixture();
    c.info.name = format!("Campaign {evil}");
    c.info.summary = Some(format!("Summary {evil}\nline two {evil}"));
    c.info.hashtags = vec![evil.into()];
    for p in &mut c.prisoners {
        p.edit(|d| {
            d.name = format!("{} {evil}", d.name);
            d.aliases = vec![evil.into()];
            d.facility = Some(evil.into());
            d.sentence = Some(evil.into());
            d.notes = Some(format!("{evil}\n{evil}"));
            d.sources = vec![evil.into()];
        });
    }
    for e in &mut c.events {
        e.edit(|d| {
            d.title = format!("Event {evil}");
            d.city = Some(evil.into());
            d.country = Some(evil.into());
            d.summary = Some(evil.into());
        });
    }
    for s in &mut c.statements {
        s.edit(|d| {
            d.author = format!("Author {evil}");
            d.text = format!("{evil}\n{evil}");
            d.translation = Some(evil.into());
            d.language = Some(evil.into());
        });
    }
    for o in &mut c.organisations {
        o.name = format!("Org {evil}");
        o.short = Some(evil.into());
        o.kind = Some(evil.into());
        o.notes = Some(evil.into());
    }
    for p in &mut c.petitions {
        p.title = format!("Petition {evil}");
        p.url = Some(evil.into());
    }
    c
}

#[test]
fn escape_sequences_from_the_file_never_reach_the_buffer_raw() {
    let campaign = hostile();
    for (w, h) in [(120, 40), (80, 24), (200, 60)] {
        for app in states(&campaign, w, h) {
            let text = screen(&app, w, h);
            for c in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
                assert!(!text.contains(c), "{c:?} raw on {:?} at {w}x{h}", app.tab);
            }
            if app.tab != Tab::Overview || app.help {
                continue;
            }
            // The escape is shown, visibly, in its place.
            assert!(text.contains("\\u{1b}]0;pwned\\u{7}"), "{text}");
        }
    }
}

#[test]
fn cut_cells_end_in_an_ellipsis_counted_in_terminal_columns() {
    use super::list::fit;
    use unicode_width::UnicodeWidthStr;
    assert_eq!(fit("Bremen", 6), "Bremen");
    assert_eq!(fit("Bremen", 10), "Bremen");
    assert_eq!(fit("ANCLA action of support", 10), "ANCLA act…");
    // Two columns a character: a wide one that would cross the edge is
    // left out, never half drawn.
    assert_eq!(fit("抗議抗議抗議", 6), "抗議…");
    assert_eq!(fit("抗議抗議抗議", 5), "抗議…");
    assert_eq!(fit("😀😀😀", 4), "😀…");
    for text in ["ANCLA action", "抗議抗議抗議", "a😀b😀c", "é́é"] {
        for w in 0..10 {
            assert!(fit(text, w).width() <= w, "{text:?} at {w}");
        }
    }
    assert_eq!(fit("abc", 0), "");
    assert_eq!(fit("abc", 1), "…");
    assert_eq!(
        fit("ANCLA action of support in", 25),
        "ANCLA action of support…"
    );
}

#[test]
fn a_long_title_in_a_table_is_cut_with_an_ellipsis() {
    let mut c = fixture();
    c.events[0].edit(|d| {
        d.title =
            "工会 rally for the release of the leaders imprisoned since the raids of 2022".into();
    });
    let mut app = App::new(c, "f.toml", None, d(2030, 1, 1));
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    app.update(Action::GoTab(Tab::Events));
    let text = screen(&app, 120, 40);
    // (The buffer holds a wide character and then a blank cell.)
    assert!(
        text.contains('工') && text.contains("rally for the"),
        "{text}"
    );
    assert!(text.contains('…'), "{text}");
    assert!(!text.contains("raids of 2022"), "{text}");
}

/// A long section of links (more than [`LONG_SECTION`]) is drawn row by
/// row from the records, one row a link cut with an ellipsis, and each row
/// leads where it says.
#[test]
fn a_long_section_of_links_reads_and_leads_like_a_short_one() {
    use crate::app::detail::LONG_SECTION;
    use crate::model::{Prisoner, Status};
    let mut c = fixture();
    let n = LONG_SECTION + 50;
    c.prisoners = (1..=n)
        .map(|i| {
            let mut p = Prisoner::new(
                format!("p{i}"),
                format!("Test Prisoner {i:03} with a name long enough to be cut"),
                Status::Imprisoned,
            );
            p.edit(|d| d.organisations = vec!["union".into()]);
            p
        })
        .collect();
    let mut a = App::new(c, "f.toml", None, d(2030, 1, 1));
    a.update(Action::Resize {
        width: 100,
        height: 30,
    });
    a.update(Action::GoTab(Tab::Organisations));
    a.update(Action::Open);
    let text = screen(&a, 100, 30);
    assert!(text.contains(&format!("Member prisoners ({n})")), "{text}");
    // The first member is chosen on entering.
    assert!(text.contains("› Test Prisoner 001 with a name"), "{text}");
    assert!(text.contains("• Test Prisoner 002 with a name"), "{text}");
    assert!(text.contains("…"), "{text}");
    // Down to the 120th member, drawn marked, and followed.
    for _ in 0..119 {
        a.update(Action::Down);
    }
    let text = screen(&a, 100, 30);
    assert!(text.contains("› Test Prisoner 120 with a name"), "{text}");
    a.update(Action::Open);
    assert_eq!(a.tab, Tab::Prisoners);
    let record = a.selected_record(Tab::Prisoners).unwrap();
    assert_eq!(a.campaign.prisoners[record].id(), "p120");
}

/// A panel of the overview too short for its list says how many entries it
/// does not show, on its last line (here 100 releases due within 90 days).
#[test]
fn an_overview_panel_cut_short_says_how_many_more() {
    use crate::model::{Prisoner, Status};
    let mut c = fixture();
    let today = c.info.as_of.unwrap();
    c.prisoners = (1..=100)
        .map(|i| {
            let mut p = Prisoner::new(format!("p{i}"), format!("Test {i:03}"), Status::Imprisoned);
            p.release_due = today.checked_add_days(chrono::Days::new(10 + i / 2));
            p
        })
        .collect();
    let mut a = App::new(c, "f.toml", None, d(2030, 1, 1));
    a.update(Action::Resize {
        width: 120,
        height: 40,
    });
    let text = screen(&a, 120, 40);
    let lines: Vec<String> = text
        .chars()
        .collect::<Vec<_>>()
        .chunks(120)
        .map(|l| l.iter().collect())
        .collect();
    let shown = lines
        .iter()
        .filter(|l| l.contains("Test 0") || l.contains("Test 1"))
        .count();
    assert!(shown > 3 && shown < 100, "{shown}:\n{}", lines.join("\n"));
    let more = format!("and {} more on the Prisoners tab (2)", 100 - shown);
    assert!(
        lines.iter().any(|l| l.contains(&more)),
        "no {more:?}:\n{}",
        lines.join("\n")
    );
}

#[test]
fn the_status_bar_shows_only_whole_hints_help_first() {
    use super::whole_hints;
    let hints = [
        ("j/k", "move"),
        ("Enter", "detail"),
        ("?", "help"),
        ("q", "quit"),
    ];
    assert_eq!(whole_hints(&hints, 200, "?").len(), 4);
    // "j/k move  Enter detail  ? help" is 30 columns.
    assert_eq!(
        whole_hints(&hints, 30, "?"),
        vec![("j/k", "move"), ("Enter", "detail"), ("?", "help")]
    );
    assert_eq!(whole_hints(&hints, 6, "?"), vec![("?", "help")]);
    assert!(whole_hints(&hints, 5, "?").is_empty());
}

#[test]
fn after_o_a_box_lists_the_letters_of_the_columns() {
    let mut a = App::new(fixture(), "f.toml", None, d(2030, 1, 1));
    a.update(Action::Resize {
        width: 200,
        height: 30,
    });
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::SortBy);
    let text = screen(&a, 200, 30);
    let bar: String = text.chars().skip(200 * 29).collect();
    assert!(bar.contains("a letter sorts"), "{bar}");
    let above: String = text.chars().skip(200 * 26).take(200 * 3).collect();
    assert!(
        above.contains("n name   s status   o organisation"),
        "{above}"
    );
    assert!(above.contains("f facility"), "{above}");
}

/// The `!` before a name is explained where it is seen: at the foot of the
/// list while a prisoner at risk is on screen, and in the help.
#[test]
fn the_risk_mark_is_explained_on_screen_and_in_the_help() {
    let mut c = fixture();
    let plain = {
        let mut a = App::new(c.clone(), "test.toml", None, d(2030, 1, 1));
        a.update(Action::Resize {
            width: 120,
            height: 40,
        });
        a.update(Action::GoTab(Tab::Prisoners));
        screen(&a, 120, 40)
    };
    assert!(
        !plain.contains("special risk"),
        "no risk, no legend:\n{plain}"
    );
    c.prisoners[1].edit(|d| d.risk.insert(crate::model::Risk::Health));
    let mut a = App::new(c, "test.toml", None, d(2030, 1, 1));
    a.update(Action::Resize {
        width: 120,
        height: 40,
    });
    a.update(Action::GoTab(Tab::Prisoners));
    let shown = screen(&a, 120, 40);
    assert!(shown.contains("! Test Prisoner 02"), "{shown}");
    assert!(shown.contains("! special risk"), "{shown}");
    a.update(Action::ToggleHelp);
    let help = screen(&a, 120, 40);
    assert!(help.contains("! special risk"), "{help}");
}

#[test]
fn a_status_bar_too_long_ends_in_an_ellipsis() {
    use ratatui::text::Span;
    let spans = vec![Span::raw(" campaign.toml "), Span::raw("│ Prisoners 1/6 ")];
    let cut = super::fit_spans(spans, 20);
    let text: String = cut.iter().map(|s| s.content.as_ref()).collect();
    assert_eq!(text, " campaign.toml │ Pr…");
    let whole = super::fit_spans(vec![Span::raw("abc")], 3);
    assert_eq!(whole[0].content, "abc");
}
