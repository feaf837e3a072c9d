//! Where the time of a load goes, phase by phase, for one file:
//!
//! ```text
//! cargo run --release --example load_phases -- FILE.toml [RUNS]
//! ```
//!
//! Prints the median of RUNS (default 5) for reading the file, parsing and
//! validating it, the derived data the first screen needs
//! (`Derived::first`), all of it (`Derived::new`) and its parts, the
//! dashboard's state without the search index (`App::first`, what comes
//! before the first frame) and with it (`App::new`), each also in
//! nanoseconds per byte of the file.

use std::path::PathBuf;
use std::time::Instant;

use campaign_dash::app::App;
use campaign_dash::load::{LoadOptions, parse_str, read_file};
use campaign_dash::query::{Derived, Letters, Links, SearchIndex, agenda};
use chrono::NaiveDate;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = PathBuf::from(args.next().expect("usage: load_phases FILE [RUNS]"));
    let runs: usize = args
        .next()
        .map_or(5, |r| r.parse().expect("RUNS is a number"));
    let opts = LoadOptions {
        today: None,
        system_today: NaiveDate::from_ymd_opt(2026, 1, 1).expect("a constant date"),
        retention: true,
    };
    let mut times: Vec<Vec<(&str, f64)>> = Vec::new();
    let mut bytes = 0;
    for _ in 0..runs {
        let mut row = Vec::new();
        let mut lap = |name, t: Instant| row.push((name, t.elapsed().as_secs_f64() * 1e3));
        let t = Instant::now();
        let text = read_file(&path).expect("the file reads");
        bytes = text.len();
        lap("read", t);
        let t = Instant::now();
        let loaded = parse_str(&text, &opts);
        lap("parse + validate", t);
        let campaign = loaded.campaign.expect("the file is valid");
        let today = campaign.today(None, opts.system_today);
        let t = Instant::now();
        drop(Derived::first(&campaign, today));
        lap("Derived::first", t);
        let t = Instant::now();
        let derived = Derived::new(&campaign, today);
        lap("Derived::new", t);
        let t = Instant::now();
        let links = Links::new(&campaign, &derived.event_order, &derived.statement_order);
        lap("  links", t);
        let t = Instant::now();
        let _search = SearchIndex::new(&campaign, &links);
        lap("  search", t);
        let t = Instant::now();
        let _letters = Letters::new(&campaign, &links, today);
        lap("  letters", t);
        let t = Instant::now();
        let _agenda = agenda::Agenda::new(&campaign, &derived, agenda::HORIZON);
        lap("  agenda", t);
        drop(derived);
        let t = Instant::now();
        let first = App::first(campaign.clone(), "campaign.toml", None, opts.system_today);
        lap("App::first", t);
        drop(first);
        let t = Instant::now();
        let app = App::new(campaign, "campaign.toml", None, opts.system_today);
        lap("App::new", t);
        let t = Instant::now();
        drop(app);
        drop(loaded.problems);
        drop(text);
        lap("drop", t);
        times.push(row);
    }
    println!("{} ({} bytes), median of {runs}", path.display(), bytes);
    for i in 0..times[0].len() {
        let mut v: Vec<f64> = times.iter().map(|r| r[i].1).collect();
        v.sort_by(f64::total_cmp);
        let m = v[v.len() / 2];
        println!(
            "{:<18} {:>9.1} ms {:>6.2} ns/B",
            times[0][i].0,
            m,
            m * 1e6 / bytes as f64
        );
    }
}
