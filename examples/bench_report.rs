//! The medians of the last `cargo bench --bench scale` run against the
//! targets they are held to:
//!
//! ```text
//! cargo bench --bench scale
//! cargo run --release --example bench_report
//! ```
//!
//! Criterion's console output gives a confidence interval of the mean; the
//! targets are medians, which criterion writes to
//! `target/criterion/<id>/new/estimates.json` (or under `$CARGO_TARGET_DIR`).
//! This reads them, prints one line per benchmark id with its target, and
//! exits 1 if a target is missed or a figure is missing. Memory is measured
//! by `examples/memory.rs`, not here.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What a benchmark's median is held to.
enum Target {
    /// Under this many milliseconds.
    Under(f64),
    /// No slower than the median of another id.
    NoSlowerThan(&'static str),
    /// At most this many times the median of another id (the 20k load
    /// against the 5k one: growth no faster than the work).
    WithinTimes(&'static str, f64),
    /// At most this many times the median of another id (a command
    /// against `check` of the same file).
    AtMostTimes(&'static str, f64),
    /// No slower a byte of its file than another id (both benchmarks
    /// given their file's size as criterion's throughput).
    PerByteNoSlowerThan(&'static str),
    /// A reference figure, held to nothing.
    Reference,
}

const IDS: [(&str, Target); 40] = [
    ("load/toml_table_baseline_20k", Target::Reference),
    (
        "load/campaign_20k",
        Target::NoSlowerThan("load/toml_table_baseline_20k"),
    ),
    (
        "load/campaign_5k",
        Target::WithinTimes("load/campaign_20k", 4.5),
    ),
    (
        "load/story_20k",
        Target::PerByteNoSlowerThan("load/campaign_20k"),
    ),
    (
        "load/age_20k",
        Target::AtMostTimes("load/campaign_20k", 1.2),
    ),
    ("filter/keystroke_20k", Target::Under(2.0)),
    ("filter/cyrillic_20k", Target::Under(2.0)),
    ("filter/field_range_20k", Target::Under(2.0)),
    ("sort/prisoners_by_name_20k", Target::Under(10.0)),
    ("sort/events_by_date_20k", Target::Under(10.0)),
    ("render/overview_20k", Target::Under(1.0)),
    ("render/prisoners_20k", Target::Under(1.0)),
    ("render/statements_20k", Target::Under(1.0)),
    ("render/organisation_of_all_20k", Target::Under(1.0)),
    ("startup/bundled_first_frame", Target::Under(50.0)),
    ("startup/check_20k", Target::Reference),
    (
        "startup/first_frame_20k",
        Target::AtMostTimes("startup/check_20k", 1.3),
    ),
    (
        "print/overview_20k",
        Target::AtMostTimes("startup/check_20k", 1.3),
    ),
    (
        "print/csv_20k",
        Target::AtMostTimes("startup/check_20k", 2.0),
    ),
    (
        "print/json_20k",
        Target::AtMostTimes("startup/check_20k", 2.0),
    ),
    (
        "print/xlsx_all_20k",
        Target::AtMostTimes("startup/check_20k", 4.0),
    ),
    ("team/load_two_20k", Target::Reference),
    (
        "team/diff_20k",
        Target::AtMostTimes("team/load_two_20k", 2.0),
    ),
    ("team/load_three_20k", Target::Reference),
    (
        "team/merge_20k",
        Target::AtMostTimes("team/load_three_20k", 2.0),
    ),
    ("app/reload_swap_20k", Target::Under(8.0)),
    ("app/present_toggle_20k", Target::Under(8.0)),
    ("app/select_org_of_all_20k", Target::Under(8.0)),
    ("import/csv_20k", Target::Under(2000.0)),
    ("import/viasna_20k", Target::Under(2000.0)),
    ("agenda/derive_20k", Target::Under(50.0)),
    ("letters/fewest_20k", Target::Under(20.0)),
    ("letters/envelopes_pdf_1k_3x7", Target::Under(1000.0)),
    ("letters/envelopes_pdf_1k_dl", Target::Under(1000.0)),
    ("agenda/print_20k_text", Target::Under(100.0)),
    ("agenda/print_20k_markdown", Target::Under(100.0)),
    ("agenda/print_20k_csv", Target::Under(100.0)),
    ("agenda/print_20k_json", Target::Under(100.0)),
    ("agenda/print_20k_ics", Target::Under(100.0)),
    ("render/agenda_20k", Target::Under(1.0)),
];

/// What criterion found of one benchmark.
struct Found {
    id: String,
    /// The median, in milliseconds.
    ms: f64,
    /// The bytes of one iteration, where the benchmark gave them.
    bytes: Option<u64>,
}

/// The median in milliseconds of every benchmark under `root`, by its id.
///
/// Criterion keeps each benchmark in a folder of its own (`load/campaign_5k`,
/// but `filter_keystroke_20k` for an id given outside a group), with the
/// id in `new/benchmark.json` and the estimates in `new/estimates.json`.
fn medians(root: &Path) -> Result<Vec<Found>, String> {
    let mut out = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries =
            std::fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if !path.is_dir() || path.file_name().is_some_and(|n| n == "report") {
                continue;
            }
            let new = path.join("new");
            if !new.is_dir() {
                folders.push(path);
                continue;
            }
            let read = |name: &str| -> Result<serde_json::Value, String> {
                let file = new.join(name);
                let text = std::fs::read_to_string(&file)
                    .map_err(|e| format!("{}: {e}", file.display()))?;
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))
            };
            let benchmark = read("benchmark.json")?;
            let bytes = benchmark["throughput"]["Bytes"].as_u64();
            let id = benchmark["full_id"]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("{}: no full_id", new.display()))?;
            let ns = read("estimates.json")?["median"]["point_estimate"]
                .as_f64()
                .ok_or_else(|| format!("{}: no median", new.display()))?;
            out.push(Found {
                id,
                ms: ns / 1e6,
                bytes,
            });
        }
    }
    Ok(out)
}

fn main() -> ExitCode {
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"));
    let root = target_dir.join("criterion");
    let found = match medians(&root) {
        Ok(found) => found,
        Err(e) => {
            eprintln!("bench_report: {e}\nrun `cargo bench --bench scale` first");
            return ExitCode::FAILURE;
        }
    };
    let find = |id: &str| found.iter().find(|f| f.id == id);
    let of = |id: &str| find(id).map(|f| f.ms);
    // Nanoseconds a byte.
    let per_byte = |id: &str| {
        let f = find(id)?;
        Some(f.ms * 1e6 / f.bytes? as f64)
    };
    let mut missed = 0;
    println!("{:<30} {:>12}  target", "bench id", "median");
    for (id, target) in &IDS {
        let Some(ms) = of(id) else {
            println!(
                "{id:<30} {:>12}  MISSING: run `cargo bench --bench scale`",
                "-"
            );
            missed += 1;
            continue;
        };
        let (text, held) = match target {
            Target::Reference => ("(the floor)".to_string(), true),
            Target::Under(limit) => (format!("< {limit} ms"), ms < *limit),
            Target::NoSlowerThan(other) => {
                let base = of(other).unwrap_or(f64::NAN);
                (format!("<= {other} ({:.2}x)", ms / base), ms <= base)
            }
            Target::PerByteNoSlowerThan(other) => match (per_byte(id), per_byte(other)) {
                (Some(mine), Some(theirs)) => (
                    format!("<= {other} a byte ({mine:.1} against {theirs:.1} ns)"),
                    mine <= theirs,
                ),
                _ => ("a byte: no file size recorded".to_string(), false),
            },
            Target::AtMostTimes(other, times) => {
                let base = of(other).unwrap_or(f64::NAN);
                (
                    format!("<= {times}x {other} ({:.2}x)", ms / base),
                    ms <= base * times,
                )
            }
            Target::WithinTimes(other, times) => {
                let big = of(other).unwrap_or(f64::NAN);
                (
                    format!("{other} within {times}x ({:.2}x)", big / ms),
                    big <= ms * times,
                )
            }
        };
        if !held {
            missed += 1;
        }
        let figure = if ms >= 10.0 {
            format!("{ms:.1} ms")
        } else {
            format!("{ms:.3} ms")
        };
        let mark = if held { "held" } else { "MISSED" };
        println!("{id:<30} {figure:>12}  {text}: {mark}");
    }
    if missed > 0 {
        println!("{missed} target(s) missed");
        ExitCode::FAILURE
    } else {
        println!("every target held");
        ExitCode::SUCCESS
    }
}
