//! Whole-screen snapshots of the dashboard on the bundled `campaign.toml`, with
//! "today" fixed as `--today 2023-05-06` would fix it. Each .snap is the screen
//! a user sees; review them as such.

use campaign_dash::app::{Action, App, Tab};
use campaign_dash::load::{LoadOptions, load_file};
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 5, 6).unwrap()
}

/// The bundled campaign in a dashboard of `width` x `height`, without colour
/// (the snapshots hold text only).
fn app(width: u16, height: u16) -> App {
    let opts = LoadOptions {
        today: Some(today()),
        system_today: NaiveDate::from_ymd_opt(2030, 1, 1).unwrap(),
    };
    let (_, loaded) = load_file("campaign.toml".as_ref(), &opts).expect("the bundled file reads");
    let campaign = loaded.campaign.expect("the bundled file loads");
    let mut app = App::new(campaign, "campaign.toml", opts.today, opts.system_today);
    app.color = false;
    app.update(Action::Resize { width, height });
    app
}

fn draw(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal.backend().to_string()
}

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
        .position(|p| p.name == "Vasil Berasneu")
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
