//! Peak and resident memory of loading a campaign file, against parsing the
//! same file into a generic `toml::Table`:
//!
//! ```text
//! cargo run --release --example memory [-- FILE.toml]
//! ```
//!
//! Without a file, a 20,000/20,000/20,000 campaign is generated (the
//! generator of `examples/generate.rs`) into a temporary file first. Each
//! measurement runs in a process of its own (this program started again with
//! `--campaign FILE` or `--baseline FILE`), which reads from
//! `/proc/self/status` after the load:
//!
//! - peak (`VmHWM`): the most memory the process held resident at any time;
//! - resident (`VmRSS`): what it holds once the load is done and everything
//!   the load needed only on the way has been freed.
//!
//! The campaign load is what the dashboard does before its first frame and
//! its worker after it: read, parse, validate, derived data, links, search
//! index. `check` is the load alone (what `campaign-dash check` holds);
//! each `print` line is `campaign-dash print` of a view into a sink (a
//! workbook of every view into a temporary file), load included, as the
//! command runs it.

#[path = "generator/mod.rs"]
mod generator;

use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::Instant;

use campaign_dash::app::App;
use campaign_dash::load::{LoadOptions, load_file, read_file};
use campaign_dash::print::{self, Format, View};
use campaign_dash::query::Derived;

/// The `print` runs measured: the mode's flag, its name, the view and format.
const PRINTS: [(&str, &str, View, Format); 4] = [
    (
        "--print-text",
        "print prisoners text",
        View::Prisoners,
        Format::Text,
    ),
    (
        "--print-csv",
        "print prisoners csv",
        View::Prisoners,
        Format::Csv,
    ),
    (
        "--print-json",
        "print prisoners json",
        View::Prisoners,
        Format::Json,
    ),
    (
        "--print-xlsx",
        "print --view all xlsx",
        View::Prisoners,
        Format::Xlsx,
    ),
];

/// `campaign-dash print` of `view` in `format` from `path`, as the command
/// runs it (the search index only if a filter or sort needs it).
fn print_once(path: &Path, view: View, format: Format) -> Result<(), String> {
    let opts = LoadOptions::default();
    let (_, loaded) = load_file(path, &opts).map_err(|e| e.to_string())?;
    let campaign = loaded.campaign.ok_or("the file has errors")?;
    let derived = Derived::first(&campaign, campaign.today(opts.today, opts.system_today));
    let p = print::Options::new(view, format);
    if format == Format::Xlsx {
        use strum::IntoEnumIterator;
        let views: Vec<View> = View::iter().collect();
        let file = tempfile::NamedTempFile::new().map_err(|e| e.to_string())?;
        let mut out = std::io::BufWriter::new(file.as_file());
        return print::write(&campaign, &derived, &p, &views, &mut out)
            .map_err(|e| format!("{e:?}"));
    }
    let mut out = std::io::BufWriter::new(std::io::sink());
    print::write(&campaign, &derived, &p, &[view], &mut out).map_err(|e| format!("{e:?}"))
}

/// A `/proc/self/status` figure in KiB (`VmHWM`, `VmRSS`).
fn status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line[field.len()..]
        .trim_start_matches(':')
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

/// Prints one line: `MODE peak_kib resident_kib millis`.
fn report(mode: &str, started: Instant) -> ExitCode {
    let millis = started.elapsed().as_secs_f64() * 1000.0;
    match (status_kib("VmHWM"), status_kib("VmRSS")) {
        (Some(peak), Some(rss)) => {
            println!("{mode} {peak} {rss} {millis:.1}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("memory: /proc/self/status has no VmHWM or VmRSS");
            ExitCode::FAILURE
        }
    }
}

/// The measured side: load `path` and report, holding what was loaded.
fn child(mode: &str, path: &Path) -> ExitCode {
    let started = Instant::now();
    if let Some((_, name, view, format)) = PRINTS.iter().find(|p| p.0 == mode) {
        return match print_once(path, *view, *format) {
            Ok(()) => report(&name.replace(' ', "_"), started),
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        };
    }
    match mode {
        "--baseline" => {
            let table = read_file(path)
                .map_err(|e| e.to_string())
                .and_then(|text| text.parse::<toml::Table>().map_err(|e| e.to_string()));
            match table {
                Ok(table) => {
                    let code = report("baseline", started);
                    drop(std::hint::black_box(table));
                    code
                }
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => {
            let opts = LoadOptions::default();
            let loaded = match load_file(path, &opts) {
                Ok((_, loaded)) => loaded,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::FAILURE;
                }
            };
            let Some(campaign) = loaded.campaign else {
                eprintln!("{}: the file has errors", path.display());
                return ExitCode::FAILURE;
            };
            if mode == "--check" {
                let code = report("check", started);
                drop(std::hint::black_box(campaign));
                return code;
            }
            let app = App::new(campaign, "campaign.toml", opts.today, opts.system_today);
            let code = report("campaign", started);
            drop(std::hint::black_box(app));
            code
        }
    }
}

/// Runs this program again on `path` in `mode`; its report line.
fn measure(mode: &str, path: &Path) -> Result<(u64, u64, f64), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = Command::new(exe)
        .arg(mode)
        .arg(path)
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let line = String::from_utf8_lossy(&out.stdout).into_owned();
    let f: Vec<&str> = line.split_whitespace().collect();
    match f.as_slice() {
        [_, peak, rss, ms] => Ok((
            peak.parse().map_err(|_| line.clone())?,
            rss.parse().map_err(|_| line.clone())?,
            ms.parse().map_err(|_| line.clone())?,
        )),
        _ => Err(format!("unexpected report: {line}")),
    }
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [mode, path] = args.as_slice()
        && (["--baseline", "--campaign", "--check"].contains(&mode.as_str())
            || PRINTS.iter().any(|p| p.0 == mode))
    {
        return child(mode, Path::new(path));
    }
    let _dir;
    let path = match args.as_slice() {
        [path] => Path::new(path).to_path_buf(),
        [] => {
            let dir = match tempfile::tempdir() {
                Ok(d) => d,
                Err(e) => {
                    eprintln!("memory: no temporary folder: {e}");
                    return ExitCode::FAILURE;
                }
            };
            let path = dir.path().join("campaign_20k.toml");
            let text = generator::campaign_text(&generator::Spec::square(20_000));
            if let Err(e) = std::fs::write(&path, text) {
                eprintln!("memory: {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
            _dir = dir;
            path
        }
        _ => {
            eprintln!(
                "usage: memory [FILE.toml]   (or memory --campaign|--baseline FILE to measure one)"
            );
            return ExitCode::from(2);
        }
    };
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "{}: {:.1} MiB",
        path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned()
        ),
        size as f64 / 1_048_576.0
    );
    println!(
        "{:<28} {:>10} {:>13} {:>10}",
        "", "peak MiB", "resident MiB", "time ms"
    );
    let mut figures = Vec::new();
    let modes = [
        ("--baseline", "toml::Table (baseline)"),
        ("--campaign", "campaign (read..index)"),
        ("--check", "check (load only)"),
    ]
    .into_iter()
    .chain(PRINTS.iter().map(|p| (p.0, p.1)));
    for (mode, name) in modes {
        match measure(mode, &path) {
            Ok((peak, rss, ms)) => {
                println!(
                    "{name:<28} {:>10.1} {:>13.1} {ms:>10.1}",
                    mib(peak),
                    mib(rss)
                );
                figures.push((peak, rss));
            }
            Err(e) => {
                eprintln!("memory: {mode}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if let [(base_peak, _), (peak, rss), (check, _), prints @ ..] = figures.as_slice() {
        println!(
            "campaign peak / baseline peak: {:.2}; campaign resident / file size: {:.2}",
            *peak as f64 / *base_peak as f64,
            (*rss as f64 * 1024.0) / size.max(1) as f64
        );
        for ((_, name, _, _), (p, _)) in PRINTS.iter().zip(prints) {
            println!("{name} peak / check peak: {:.2}", *p as f64 / *check as f64);
        }
    }
    ExitCode::SUCCESS
}
