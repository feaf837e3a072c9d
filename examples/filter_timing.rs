//! Times the search index, filters and sorts on a campaign file, as a quick
//! check of the per-keystroke cost (the criterion benches are separate):
//!
//! ```text
//! cargo run --release --example generate -- /tmp/big.toml --prisoners 20000 --events 20000 --statements 20000
//! cargo run --release --example filter_timing -- /tmp/big.toml
//! ```

use std::process::ExitCode;
use std::time::{Duration, Instant};

use campaign_dash::load::{LoadOptions, load_file};
use campaign_dash::query::{Derived, Filter, RecordKind, SearchIndex, Sort, default_order, sort};

/// The best of `runs` timings of `f` (the least disturbed by other work).
fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let t = Instant::now();
        let v = f();
        best = best.min(t.elapsed());
        out = Some(v);
    }
    (best, out.expect("runs > 0"))
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: filter_timing FILE.toml");
        return ExitCode::from(2);
    };
    let opts = LoadOptions::default();
    let (_, loaded) = match load_file(path.as_ref(), &opts) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let Some(campaign) = loaded.campaign else {
        eprintln!("{path}: the file has errors");
        return ExitCode::FAILURE;
    };
    let today = campaign.today(None, opts.system_today);
    let (t, derived) = best(3, || Derived::new(&campaign, today));
    println!(
        "{} prisoners, {} events, {} statements; Derived::new {t:?}",
        campaign.prisoners.len(),
        campaign.events.len(),
        campaign.statements.len()
    );
    let (t, _) = best(3, || SearchIndex::new(&campaign, &derived.links));
    println!("SearchIndex::new alone: {t:?}");

    let queries: &[(RecordKind, &str)] = &[
        (RecordKind::Prisoner, "a"),
        (RecordKind::Prisoner, "ya"),
        (RecordKind::Prisoner, "yarash"),
        (RecordKind::Prisoner, "ярашук"),
        (RecordKind::Prisoner, "zzzzqq"),
        (RecordKind::Prisoner, "status:imp -facility:colony"),
        (RecordKind::Prisoner, "detained:2022-04..2022-06 org:union"),
        (RecordKind::Prisoner, "\"penal colony\" mahiliou"),
        (RecordKind::Event, "bremen date:2023-04..2023-05"),
        (RecordKind::Event, "kind:rally country:germany"),
        (RecordKind::Statement, "solidarity lang:en"),
        (RecordKind::Statement, "e"),
    ];
    for (kind, q) in queries {
        let order = default_order(*kind, &campaign, &derived);
        let (t, found) = best(20, || {
            let f = Filter::parse(q, *kind).expect("the sample filters parse");
            f.apply(&order, &campaign, derived.search_index(&campaign), None)
        });
        println!(
            "{:<10} {q:<40} {:>6} of {:>6} in {t:?}",
            kind.plural(),
            found.len(),
            order.len()
        );
    }
    for (kind, spec) in [
        (RecordKind::Prisoner, "name"),
        (RecordKind::Prisoner, "detained:desc"),
        (RecordKind::Prisoner, "facility"),
        (RecordKind::Event, "title"),
        (RecordKind::Statement, "text:desc"),
    ] {
        let s = Sort::parse(kind, spec).expect("the sample sorts parse");
        let order = default_order(kind, &campaign, &derived);
        let (t, _) = best(10, || {
            let mut v = order.clone();
            sort(
                s,
                &mut v,
                &campaign,
                &derived,
                derived.search_index(&campaign),
            );
            v
        });
        println!(
            "sort {:<10} {spec:<14} {} rows in {t:?}",
            kind.plural(),
            order.len()
        );
    }
    ExitCode::SUCCESS
}
