//! Arbitrary bytes, read as (lossy) UTF-8, through the loader and the
//! rendering of every problem it reports: neither may panic, overflow the
//! stack or run away, and the two ways of rendering must agree.

#![no_main]

use campaign_dash::load::{
    LoadOptions, MAX_PROBLEMS, parse_str, render_problem, render_problem_colored, render_problems,
};
use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // A fixed "today", so that a crash reproduces whatever the date.
    let opts = LoadOptions {
        today: None,
        system_today: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
    };
    let loaded = parse_str(&text, &opts);
    assert_eq!(loaded.campaign.is_some(), !loaded.has_errors());
    assert!(loaded.problems.len() <= MAX_PROBLEMS);
    // One by one (scanning the text for each) and all at once (through a
    // line index): the same text.
    let indexed: Vec<String> =
        render_problems(&loaded.problems, "fuzz.toml", &text, false).collect();
    assert_eq!(indexed.len(), loaded.problems.len());
    for (p, shown) in loaded.problems.iter().zip(&indexed) {
        assert!(p.span.start <= p.span.end, "{p:?}");
        assert_eq!(&render_problem(p, "fuzz.toml", &text), shown);
        let _ = render_problem_colored(p, "fuzz.toml", &text, true);
    }
});
