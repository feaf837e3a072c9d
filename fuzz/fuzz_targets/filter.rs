//! Arbitrary bytes, read as (lossy) UTF-8, as a filter typed on each tab of
//! the bundled campaign: parsing may refuse it, but never panic, and an error
//! always points inside what was typed. A filter that parses is applied to
//! every record, and a sort column name is parsed from the same text.

#![no_main]

use std::sync::OnceLock;

use campaign_dash::load::{LoadOptions, parse_str};
use campaign_dash::model::Campaign;
use campaign_dash::query::{Derived, Filter, RecordKind, Sort, default_order, search_fold};
use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

fn bundled() -> &'static (Campaign, Derived) {
    static DATA: OnceLock<(Campaign, Derived)> = OnceLock::new();
    DATA.get_or_init(|| {
        let opts = LoadOptions {
            today: None,
            system_today: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
        };
        let campaign = parse_str(include_str!("../../campaign.toml"), &opts)
            .campaign
            .expect("the bundled campaign loads");
        let today = campaign.today(None, opts.system_today);
        let derived = Derived::new(&campaign, today);
        (campaign, derived)
    })
}

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let (campaign, derived) = bundled();
    let _ = search_fold(&input);
    for kind in [
        RecordKind::Prisoner,
        RecordKind::Event,
        RecordKind::Statement,
        RecordKind::Organisation,
        RecordKind::Petition,
    ] {
        match Filter::parse(&input, kind) {
            Ok(filter) => {
                let order = default_order(kind, campaign, derived);
                let shown = filter.apply(&order, campaign, &derived.search);
                assert!(shown.len() <= order.len());
            }
            Err(e) => {
                assert!(e.span.start <= e.span.end && e.span.end <= input.len(), "{e:?}");
                assert!(input.is_char_boundary(e.span.start) && input.is_char_boundary(e.span.end));
                assert!(!e.message.is_empty());
            }
        }
        let _ = Sort::parse(kind, &input);
    }
});
