//! Snapshots of what live reload shows on the bundled campaign: the banner
//! over the last good version when the file on disk is broken, the Problems
//! view listing the problems, and the marks of a reload. "Today" is fixed
//! as `--today 2023-05-06` would fix it, and the time of the last good load
//! is fixed too.

mod screens;

use campaign_dash::app::reload::{Fresh, Outcome, Report};
use campaign_dash::app::{Action, App, Tab};
use campaign_dash::load::parse_str;
use chrono::NaiveTime;
use screens::{BUNDLED, draw, opts};

/// The bundled campaign, loaded at a fixed time.
fn app(width: u16, height: u16) -> App {
    let mut app = screens::app(width, height);
    app.loaded_at = NaiveTime::from_hms_opt(14, 5, 0);
    app
}

/// The bundled file with a few mistakes, as a save might leave it.
fn broken() -> Outcome {
    let text = BUNDLED
        .replacen("status = \"imprisoned\"", "status = \"jailed\"", 1)
        .replacen("status = \"imprisoned\"", "status = \"held\"", 1)
        .replacen(
            "organisations = [\"bkdp\"]",
            "organisations = [\"bkdq\"]",
            1,
        )
        .replacen("role = ", "rol = ", 1);
    let loaded = parse_str(&text, &opts());
    assert!(loaded.has_errors());
    Outcome::Failed(Report::new(&loaded.problems, "campaign.toml", &text))
}

fn later() -> NaiveTime {
    NaiveTime::from_hms_opt(14, 30, 0).unwrap()
}

#[test]
fn banner_over_the_last_good_version_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    a.reload(broken(), later());
    insta::assert_snapshot!(draw(&a));
}

#[test]
fn banner_80x24() {
    let mut a = app(80, 24);
    a.reload(broken(), later());
    insta::assert_snapshot!(draw(&a));
}

#[test]
fn problems_view_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    a.reload(broken(), later());
    a.update(Action::Problems);
    insta::assert_snapshot!(draw(&a));
}

#[test]
fn problems_view_scrolled_80x24() {
    let mut a = app(80, 24);
    a.reload(broken(), later());
    a.update(Action::Problems);
    a.update(Action::Down);
    a.update(Action::Down);
    insta::assert_snapshot!(draw(&a));
}

#[test]
fn marks_after_a_reload_120x40() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    let text = format!(
        "{}\n[[prisoners]]\nid = \"test-added\"\nname = \"Test Added Person\"\nstatus = \"detained\"\n",
        BUNDLED.replacen(
            "role = \"Vice-president of the BKDP\"",
            "role = \"Vice-president of the BKDP (test edit)\"",
            1
        )
    );
    let loaded = parse_str(&text, &opts());
    let o = opts();
    let fresh = Fresh::new(
        loaded.campaign.expect("loads"),
        Report::new(&loaded.problems, "campaign.toml", &text),
        o.today,
        o.system_today,
    );
    a.reload(Outcome::Loaded(Box::new(fresh)), later());
    insta::assert_snapshot!(draw(&a));
}
