//! Hostile text in a campaign file, drawn: the whole dashboard is drawn
//! into a buffer as a frame is, from a file loaded as the binary loads it,
//! and every cell is read back.

use campaign_dash::app::{Action, App, Tab};
use campaign_dash::load::{LoadOptions, parse_str};
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// A campaign whose first prisoner is named `name` (a TOML basic string's
/// content, escapes allowed).
fn dashboard(name: &str) -> App {
    let text = format!(
        "[campaign]\nname = \"{name}\"\n\n[[prisoners]]\nid = \"p1\"\nname = \"{name}\"\nstatus = \"detained\"\n"
    );
    let opts = LoadOptions {
        today: None,
        system_today: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        retention: true,
    };
    let loaded = parse_str(&text, &opts);
    let campaign = loaded.campaign.expect("the campaign loads");
    App::new(campaign, "campaign.toml", None, opts.system_today)
}

/// The screen of `tab`, 120x40: the cells' symbols.
fn draw(app: &mut App, tab: Tab) -> Buffer {
    let area = Rect::new(0, 0, 120, 40);
    app.update(Action::Resize {
        width: area.width,
        height: area.height,
    });
    app.update(Action::GoTab(tab));
    let mut buf = Buffer::empty(area);
    (&*app).render(area, &mut buf);
    buf
}

fn screen_text(buf: &Buffer) -> String {
    buf.content().iter().map(|c| c.symbol()).collect()
}

#[test]
fn half_a_million_combining_marks_draw_a_screen_of_bounded_size() {
    let name = format!("Ale{}s Bialiatski", "\u{301}".repeat(500_000));
    let mut app = dashboard(&name);
    for tab in [Tab::Overview, Tab::Prisoners] {
        let buf = draw(&mut app, tab);
        let longest = buf.content().iter().map(|c| c.symbol().len()).max();
        // One letter and its 8 marks (2 bytes each) at the most.
        assert!(
            longest <= Some(1 + 8 * 2),
            "{tab:?}: a cell of {longest:?} bytes"
        );
        // Only the first 16 KiB of the name are read, and the count is of
        // the marks read.
        let text = screen_text(&buf);
        assert!(text.contains("⟨+8182⟩"), "{tab:?}: {text}");
    }
    // Fewer marks: the count of all of them, and the name after them.
    let name = format!("Ale{}s Bialiatski", "\u{301}".repeat(5_000));
    let mut app = dashboard(&name);
    for tab in [Tab::Overview, Tab::Prisoners] {
        let text = screen_text(&draw(&mut app, tab));
        assert!(text.contains("⟨+4992⟩s Bialiatski"), "{tab:?}: {text}");
    }
}

#[test]
fn words_hidden_in_tag_characters_are_shown_on_the_screen() {
    // "Ales" then "PAY HERE" in tag characters, invisible in a terminal.
    let hidden: String = "PAY HERE"
        .chars()
        .map(|c| format!("\\U{:08X}", 0xe0000 + c as u32))
        .collect();
    let mut app = dashboard(&format!("Ales{hidden} Bialiatski"));
    let text = screen_text(&draw(&mut app, Tab::Prisoners));
    assert!(text.contains("Ales\\u{e0050}\\u{e0041}"), "{text}");
    assert!(
        !text
            .chars()
            .any(|c| ('\u{e0000}'..='\u{e007f}').contains(&c))
    );
}
