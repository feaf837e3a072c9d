//! Loads two campaign files in turn, RUNS times each (the dashboard's whole
//! load, as `load/*` of the benchmarks times it), and prints the median
//! time a byte of each: the two interleaved, so that the machine's swings
//! fall on both alike.
//!
//! ```text
//! cargo run --release --example per_byte -- A.toml B.toml [RUNS]
//! ```

use std::path::{Path, PathBuf};
use std::time::Instant;

use campaign_dash::app::App;
use campaign_dash::load::{LoadOptions, load_file};
use chrono::NaiveDate;

fn open(path: &Path) -> (usize, f64) {
    let opts = LoadOptions {
        today: None,
        system_today: NaiveDate::from_ymd_opt(2026, 1, 1).expect("a constant date"),
        retention: true,
    };
    let t = Instant::now();
    let (text, loaded) = load_file(path, &opts).expect("the file reads");
    let campaign = loaded.campaign.expect("the file is valid");
    let app = App::new(campaign, "campaign.toml", opts.today, opts.system_today);
    let bytes = text.len();
    drop((app, text, loaded.problems));
    (bytes, t.elapsed().as_secs_f64())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [a, b] = [&args[0], &args[1]].map(PathBuf::from);
    let runs: usize = args
        .get(2)
        .map_or(15, |r| r.parse().expect("RUNS is a number"));
    let mut times = [Vec::new(), Vec::new()];
    let mut sizes = [0; 2];
    for _ in 0..runs {
        for (i, path) in [&a, &b].into_iter().enumerate() {
            let (bytes, secs) = open(path);
            sizes[i] = bytes;
            times[i].push(secs * 1e9 / bytes as f64);
        }
    }
    for (i, path) in [&a, &b].into_iter().enumerate() {
        let t = &mut times[i];
        t.sort_by(f64::total_cmp);
        println!(
            "{}: {} bytes, median {:.2} ns a byte (min {:.2}, max {:.2}, {} runs)",
            path.display(),
            sizes[i],
            t[t.len() / 2],
            t[0],
            t[t.len() - 1],
            t.len()
        );
    }
}
