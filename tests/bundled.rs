//! The bundled campaign file loads cleanly and says what the sources say, and
//! every example of the user's guide is a file that loads.

use campaign_dash::load::{LoadOptions, parse_str};
use campaign_dash::model::{Campaign, EventKind, PartialDate, Status};
use campaign_dash::query::Derived;
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn options() -> LoadOptions {
    LoadOptions {
        today: None,
        system_today: d(2026, 11, 27),
        retention: true,
    }
}

fn bundled() -> Campaign {
    let text = include_str!("../campaign.toml");
    let loaded = parse_str(text, &options());
    assert!(
        loaded.problems.is_empty(),
        "the bundled file must load with no problem: {:#?}",
        loaded.problems
    );
    loaded.campaign.expect("no errors, so a campaign")
}

#[test]
fn bundled_campaign_is_the_articles_campaign() {
    let c = bundled();
    assert_eq!(c.info.name, "Trade union activity is not extremism");
    assert_eq!(c.info.as_of, Some(d(2023, 5, 6)));
    assert_eq!(
        c.info.hashtags,
        ["#Salidarnast", "#BelarusSolidarityCampaign", "#BKDP"]
    );
    let shorts: Vec<&str> = c.organisations.iter().map(|o| o.label()).collect();
    for org in [
        "Salidarnast",
        "BKDP",
        "LabourStart",
        "ISL",
        "ANCLA",
        "Razam",
    ] {
        assert!(shorts.contains(&org), "{org} missing from {shorts:?}");
    }
}

#[test]
fn bundled_prisoners_are_the_six_unionists() {
    let c = bundled();
    let names: Vec<&str> = c.prisoners.iter().map(|p| p.name()).collect();
    assert_eq!(
        names,
        [
            "Aliaksandr Yarashuk",
            "Siarhei Antusevich",
            "Iryna But-Husaim",
            "Hienadź Fiadynič",
            "Vasil Berasneu",
            "Vatslau Areshka"
        ]
    );
    let yarashuk = &c.prisoners[0];
    assert_eq!(yarashuk.status, Status::Imprisoned);
    assert!(yarashuk.aliases().iter().any(|a| a == "Аляксандр Ярашук"));
    assert_eq!(yarashuk.detained, Some(PartialDate::full(d(2022, 4, 19))));
    assert_eq!(yarashuk.sentenced, Some(d(2022, 12, 26)));
    assert_eq!(yarashuk.sentence_months, Some(48));
    let fiadynic = &c.prisoners[3];
    assert_eq!(
        fiadynic.detained.map(|p| p.to_string()).as_deref(),
        Some("2022-04")
    );
    assert_eq!(fiadynic.facility(), Some("Penal colony No. 2, Babruisk"));
    let berasneu = &c.prisoners[4];
    assert_eq!(berasneu.born, Some(PartialDate::full(d(1950, 1, 22))));
}

#[test]
fn bundled_events_and_figures() {
    let c = bundled();
    let picket = c
        .events
        .iter()
        .find(|e| e.city() == Some("Berlin"))
        .expect("the Berlin picket");
    assert_eq!(picket.date, d(2023, 4, 19));
    assert_eq!(picket.kind, EventKind::Picket);
    assert_eq!(picket.time(), Some("12:00–13:00"));
    let tbilisi = c
        .events
        .iter()
        .find(|e| e.city() == Some("Tbilisi"))
        .expect("the Tbilisi conference");
    assert_eq!(
        (tbilisi.date, tbilisi.end),
        (d(2023, 4, 28), Some(d(2023, 4, 30)))
    );
    let may_day: Vec<&str> = c
        .events
        .iter()
        .filter(|e| e.date == d(2023, 5, 1))
        .filter_map(|e| e.city())
        .collect();
    for city in ["Paris", "Geneva", "Amsterdam", "Bremen"] {
        assert!(may_day.contains(&city), "May Day rally in {city}");
    }

    let today = c.today(None, d(2026, 11, 27));
    assert_eq!(today, d(2023, 5, 6));
    let derived = Derived::new(&c, today);
    assert_eq!(derived.stats.in_custody, 6);
    // 19 Apr 2022 to 6 May 2023 is 382 days; the two arrested in "2022-04"
    // count from 1 April: 400 days.
    assert_eq!(derived.stats.combined_days_in_custody, 4 * 382 + 2 * 400);
    assert_eq!(derived.stats.events_upcoming, 2);
    let quote = c
        .statements
        .iter()
        .find(|s| s.author() == "Alexandre Fernandes")
        .expect("the São Paulo speech");
    assert!(quote.text().starts_with("Workers are being persecuted"));
    assert_eq!(
        c.petitions[0].title,
        "Belarus: Trade union activity is not extremism!"
    );
    assert!(c.petitions[0].counts.is_empty(), "no count is known");
}

/// Every ```toml block of the guide is a whole campaign file that loads with
/// no problem at all.
#[test]
fn every_guide_example_loads() {
    let guide = include_str!("../docs/campaign-format.md");
    let mut blocks = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (n, line) in guide.lines().enumerate() {
        match &mut current {
            None if line.trim_start() == "```toml" => current = Some((n + 1, String::new())),
            Some((start, text)) if line.trim_start() == "```" => {
                blocks.push((*start, std::mem::take(text)));
                current = None;
            }
            Some((_, text)) => {
                text.push_str(line);
                text.push('\n');
            }
            None => {}
        }
    }
    assert!(current.is_none(), "an unclosed ```toml block");
    assert!(
        blocks.len() >= 5,
        "the guide has its examples ({})",
        blocks.len()
    );
    for (line, text) in blocks {
        let loaded = parse_str(&text, &options());
        assert!(
            loaded.problems.is_empty(),
            "docs/campaign-format.md example at line {line}: {:#?}",
            loaded.problems
        );
    }
}

/// The guide's contents list every section (`## ` heading) in order, each
/// linked to its anchor.
#[test]
fn the_guide_s_contents_list_every_section() {
    let guide = include_str!("../docs/campaign-format.md");
    let anchor = |title: &str| {
        title
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-')
            .collect::<String>()
            .replace(' ', "-")
    };
    let sections: Vec<String> = guide
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .map(|t| format!("[{t}](#{})", anchor(t)))
        .collect();
    let contents: Vec<String> = guide
        .lines()
        .skip_while(|l| *l != "Contents:")
        .skip(2)
        .take_while(|l| !l.is_empty())
        .map(|l| {
            let item = l.split_once(". ").map_or(l, |(_, rest)| rest);
            item.split(" (and ").next().unwrap_or(item).to_owned()
        })
        .collect();
    assert_eq!(contents, sections);
}
