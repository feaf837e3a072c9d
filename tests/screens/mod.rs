//! What the snapshot tests share: the bundled campaign in a dashboard of a
//! given size, with "today" fixed as `--today 2023-05-06` would fix it, and
//! the screen drawn as text.

use campaign_dash::app::{Action, App};
use campaign_dash::load::{LoadOptions, parse_str};
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub const BUNDLED: &str = include_str!("../../campaign.toml");

/// "Today" fixed, and a system date after it that must not be used.
pub fn opts() -> LoadOptions {
    LoadOptions {
        today: NaiveDate::from_ymd_opt(2023, 5, 6),
        system_today: NaiveDate::from_ymd_opt(2030, 1, 1).unwrap(),
        retention: true,
    }
}

/// The bundled campaign in a dashboard of `width` x `height`, without colour
/// (the snapshots hold text only).
pub fn app(width: u16, height: u16) -> App {
    app_of(BUNDLED, width, height)
}

/// The campaign of `text` (which loads) in a dashboard, as [`app`].
pub fn app_of(text: &str, width: u16, height: u16) -> App {
    started(false, text, width, height)
}

/// The bundled campaign in a dashboard as the binary starts it
/// (`App::first`: the search index not built yet), as [`app`].
#[allow(dead_code)]
pub fn first(width: u16, height: u16) -> App {
    started(true, BUNDLED, width, height)
}

/// `text` in a dashboard made as `App::first` (`first`) or `App::new` does.
fn started(first: bool, text: &str, width: u16, height: u16) -> App {
    let o = opts();
    let campaign = parse_str(text, &o).campaign.expect("the campaign loads");
    let make = if first { App::first } else { App::new };
    let mut app = make(campaign, "campaign.toml", o.today, o.system_today);
    app.color = false;
    app.update(Action::Resize { width, height });
    app
}

/// The whole screen, line by line.
pub fn draw(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal.backend().to_string()
}
