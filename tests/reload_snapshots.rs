//! Snapshots of what live reload shows on the bundled campaign: the banner
//! over the last good version when the file on disk is broken, the Problems
//! view listing the problems, and the marks of a reload. "Today" is fixed
//! as `--today 2023-05-06` would fix it, and the time of the last good load
//! is fixed too.

mod screens;

use campaign_dash::app::reload::{Fresh, Outcome, Report};
use campaign_dash::app::{Action, App, Tab};
use campaign_dash::load::parse_str;
use campaign_dash::load::write::Version;
use campaign_dash::model::Campaign;
use chrono::NaiveTime;
use screens::{BUNDLED, draw, opts};

/// The bundled campaign, loaded at a fixed time.
fn app(width: u16, height: u16) -> App {
    let mut app = screens::app(width, height);
    app.loaded_at = NaiveTime::from_hms_opt(14, 5, 0);
    // As the dashboard keeps it: the text shown, for `R` to write back.
    app.file_version = Some(Version::of(BUNDLED));
    app.shown_text = Some(std::sync::Arc::new(BUNDLED.to_owned()));
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
    Outcome::Failed(
        Report::new(&loaded, "campaign.toml", &text),
        Some(Version::of(&text)),
    )
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
    a.reload(edited(&text), later());
    insta::assert_snapshot!(draw(&a));
}

/// The bundled file after an edit, as the watcher hands it over.
fn edited(text: &str) -> Outcome {
    let o = opts();
    let mut loaded = parse_str(text, &o);
    let report = Report::new(&loaded, "campaign.toml", text);
    let fresh = Fresh::new(
        loaded.campaign.take().expect("the edited file loads"),
        report,
        o.today,
        o.system_today,
        false,
    );
    Outcome::Loaded(Box::new(fresh))
}

/// The name in the detail pane's title row, and the selected row's name.
fn detail_and_row(a: &App) -> (String, String) {
    let view = a.detail_view();
    let title = view
        .rows
        .first()
        .map(|r| r.text.clone())
        .unwrap_or_default();
    let record = a.selected_record(Tab::Prisoners).unwrap();
    (title, a.campaign.prisoners[record].name().to_owned())
}

#[test]
fn the_detail_shows_the_reloaded_version_of_its_record() {
    // Wide enough for the Sentence column beside the detail.
    let mut a = app(200, 60);
    a.update(Action::GoTab(Tab::Prisoners));
    assert!(draw(&a).contains("4 years"));
    // `sed -i 's/sentence = "4 years"/sentence = "5 years"/'`: Yarashuk's
    // row and detail both change.
    a.reload(
        edited(&BUNDLED.replace("sentence = \"4 years\"", "sentence = \"5 years\"")),
        later(),
    );
    let screen = draw(&a);
    assert!(screen.contains("reloaded: 1 changed"), "{screen}");
    assert_eq!(screen.matches(" 5 years").count(), 2, "{screen}");
    assert!(!screen.contains(" 4 years"), "{screen}");
    // And with the detail focused, the same.
    a.update(Action::Open);
    a.reload(
        edited(&BUNDLED.replace("sentence = \"4 years\"", "sentence = \"6 years\"")),
        later(),
    );
    let screen = draw(&a);
    assert_eq!(screen.matches(" 6 years").count(), 2, "{screen}");
}

#[test]
fn after_a_rename_under_a_name_sort_row_and_detail_name_the_same_person() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::SortNext);
    let (title, row) = detail_and_row(&a);
    assert_eq!(title, row);
    // The first by name is renamed to sort last; the selection stays on
    // the row position's record or follows it, but row and detail agree.
    let first = row.clone();
    a.reload(
        edited(&BUNDLED.replace(
            &format!("name = \"{first}\""),
            "name = \"Zz Renamed Person\"",
        )),
        later(),
    );
    let (title, row) = detail_and_row(&a);
    assert_eq!(title, row);
    assert_eq!(row, "Zz Renamed Person");
    assert!(draw(&a).contains("Zz Renamed Person"));
}

/// The bundled dashboard with Vasil Berasneu's detail focused.
fn berasneu_detail() -> App {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    let berasneu = a
        .prisoners
        .rows()
        .iter()
        .position(|&r| a.campaign.prisoners[r].id() == "berasneu")
        .unwrap();
    for _ in 0..berasneu {
        a.update(Action::Down);
    }
    a.update(Action::Open);
    a
}

#[test]
fn a_link_followed_after_a_reload_opens_the_record_it_names() {
    let mut a = berasneu_detail();
    // Two organisations are added at the top of the file.
    let text = BUNDLED.replacen(
        "[[organisations]]\nid = \"salidarnast\"",
        "[[organisations]]\nid = \"test-one\"\nname = \"Test One\"\n\n[[organisations]]\nid = \"test-two\"\nname = \"Test Two\"\n\n[[organisations]]\nid = \"salidarnast\"",
        1,
    );
    a.reload(edited(&text), later());
    assert!(draw(&a).contains("reloaded: 2 added"));
    // His one organisation link: REP union.
    a.update(Action::Open);
    assert_eq!(a.tab, Tab::Organisations);
    let record = a.selected_record(Tab::Organisations).unwrap();
    assert_eq!(a.campaign.organisations[record].id, "rep");
    let view = a.detail_view();
    assert_eq!(view.rows[0].text, "REP union");
}

#[test]
fn the_chosen_link_stays_on_its_record_when_links_are_added_before_it() {
    let mut a = berasneu_detail();
    // A second organisation, before his union, in his record.
    let text = BUNDLED.replacen(
        "organisations = [\"rep\"]\nrole = \"Acting chair",
        "organisations = [\"bkdp\", \"rep\"]\nrole = \"Acting chair",
        1,
    );
    a.reload(edited(&text), later());
    assert!(draw(&a).contains("reloaded: 1 changed"));
    a.update(Action::Open);
    let record = a.selected_record(Tab::Organisations).unwrap();
    assert_eq!(a.campaign.organisations[record].id, "rep");
}

/// The status bar's last line.
fn status(screen: &str) -> &str {
    screen.lines().last().unwrap_or("")
}

#[test]
fn the_counts_in_the_status_bar_belong_to_what_is_shown() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    // A version with a warning (an empty campaign name) is shown.
    let warned = BUNDLED.replacen(
        "name = \"Trade union activity is not extremism\"",
        "name = \"\"",
        1,
    );
    a.reload(edited(&warned), later());
    let screen = draw(&a);
    assert!(
        status(&screen).contains("1 warning (! lists them)"),
        "{screen}"
    );
    // The next save has an error and no warning: the status bar must not
    // keep counting a warning that `!` no longer lists.
    let broken = BUNDLED.replacen("status = \"imprisoned\"", "status = \"jailed\"", 1);
    let loaded = parse_str(&broken, &opts());
    a.reload(
        Outcome::Failed(
            Report::new(&loaded, "campaign.toml", &broken),
            Some(Version::of(&broken)),
        ),
        later(),
    );
    let screen = draw(&a);
    assert!(!status(&screen).contains("warning"), "{screen}");
    a.update(Action::Problems);
    let screen = draw(&a);
    assert!(
        screen.contains("Problems: 1 error in campaign.toml"),
        "{screen}"
    );
    assert!(!screen.contains("warning"), "{screen}");
    // Fixed again, to the version with the warning: it is counted again.
    a.update(Action::Problems);
    a.reload(edited(&warned), later());
    assert!(status(&draw(&a)).contains("1 warning (! lists them)"));
}

#[test]
fn past_the_problem_limit_every_count_is_the_true_total() {
    let mut a = app(120, 40);
    let mut broken = BUNDLED.to_owned();
    for i in 0..10_055 {
        broken.push_str(&format!(
            "\n[[prisoners]]\nid = \"test-{i}\"\nname = \"Test {i}\"\nstatus = \"jailed\"\n"
        ));
    }
    let loaded = parse_str(&broken, &opts());
    assert_eq!(loaded.error_count(), 10_055);
    a.reload(
        Outcome::Failed(
            Report::new(&loaded, "campaign.toml", &broken),
            Some(Version::of(&broken)),
        ),
        later(),
    );
    a.update(Action::Problems);
    let screen = draw(&a);
    assert!(
        screen.contains("Problems: 10,055 errors in campaign.toml"),
        "{screen}"
    );
    a.update(Action::Bottom);
    let screen = draw(&a);
    assert!(
        screen
            .contains("… and 9,555 more (campaign-dash check campaign.toml lists the first 1,000)"),
        "{screen}"
    );
}

#[test]
fn a_reload_that_removes_most_records_says_so() {
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    let cut = BUNDLED.find("[[prisoners]]").unwrap();
    a.reload(edited(&BUNDLED[..cut]), later());
    let screen = draw(&a);
    assert!(
        status(&screen).contains("reloaded: 19 removed, most of the records"),
        "{screen}"
    );
    // Back, then one prisoner fewer: said plainly.
    a.reload(edited(BUNDLED), later());
    let start = BUNDLED.find("[[prisoners]]\nid = \"berasneu\"").unwrap();
    let end = start + BUNDLED[start + 1..].find("[[").unwrap() + 1;
    let one_fewer = format!("{}{}", &BUNDLED[..start], &BUNDLED[end..]);
    a.reload(edited(&one_fewer), later());
    let screen = draw(&a);
    assert!(
        status(&screen).contains("reloaded: 1 removed │"),
        "{screen}"
    );
}

/// Opened on a file with errors (`campaign-dash campaign.toml` on a
/// terminal): the Problems view at once, over an empty dashboard; Esc shows
/// the banner saying nothing is shown until the file loads; saved fixed,
/// the campaign.
#[test]
fn opened_on_a_broken_file_80x24() {
    let o = opts();
    let mut a = App::new(
        Campaign::default(),
        "campaign.toml",
        o.today,
        o.system_today,
    );
    a.color = false;
    a.update(Action::Resize {
        width: 80,
        height: 24,
    });
    let Outcome::Failed(report, _) = broken() else {
        unreachable!()
    };
    a.start_broken(report);
    insta::assert_snapshot!("opened_on_a_broken_file_80x24", draw(&a));
    a.update(Action::Back);
    insta::assert_snapshot!("opened_on_a_broken_file_closed_80x24", draw(&a));
    a.reload(edited(BUNDLED), later());
    insta::assert_snapshot!("opened_on_a_broken_file_then_fixed_80x24", draw(&a));
}
