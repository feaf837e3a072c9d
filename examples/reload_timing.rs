//! Times a reload of a campaign file against its first load, as the
//! dashboard does them: the first load reads, parses, derives and builds
//! the App; a reload reads (once the file has settled: `tui::SETTLE`),
//! parses, derives, diffs by id and lays out every list (on the loader
//! thread, as `tui::reload_outcome`), then swaps the new version into an
//! App with a selection, a filter and a sort (`App::reload`, on the event
//! thread). The file is changed between the loads (a prisoner added, one
//! changed) so that the diff has work to do.
//!
//! ```text
//! cargo run --release --example generate -- /tmp/big.toml --prisoners 20000 --events 20000 --statements 20000
//! cargo run --release --example reload_timing -- /tmp/big.toml
//! ```

use std::process::ExitCode;
use std::time::Instant;

use campaign_dash::app::edit::Edit;
use campaign_dash::app::{Action, App, Tab};
use campaign_dash::load::LoadOptions;
use campaign_dash::tui::{SETTLE, reload_outcome};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: reload_timing FILE.toml");
        return ExitCode::from(2);
    };
    let path = std::path::PathBuf::from(path);
    let opts = LoadOptions::default();

    let t = Instant::now();
    let (_, mut loaded) = match campaign_dash::load::load_file(&path, &opts) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let read_parse = t.elapsed();
    let Some(campaign) = loaded.campaign.take() else {
        eprintln!("the file has errors");
        return ExitCode::FAILURE;
    };
    let mut app = App::new(
        campaign,
        path.display().to_string(),
        None,
        opts.system_today,
    );
    let first = t.elapsed();
    println!(
        "first load: {:>7.1} ms (read and parse {:.1} ms, derive and build {:.1} ms)",
        first.as_secs_f64() * 1e3,
        read_parse.as_secs_f64() * 1e3,
        (first - read_parse).as_secs_f64() * 1e3
    );

    // A place to keep: a prisoner in the middle, a filter, a sort.
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    app.update(Action::GoTab(Tab::Prisoners));
    app.update(Action::Filter);
    for c in "status:imprisoned".chars() {
        app.update(Action::Edit(Edit::Insert(c)));
    }
    app.update(Action::Edit(Edit::Accept));
    app.update(Action::SortNext);
    for _ in 0..5 {
        app.update(Action::PageDown);
    }
    println!(
        "prisoners shown: {} of {}, selected row {}",
        app.len(Tab::Prisoners),
        app.campaign.prisoners.len(),
        app.prisoners.selected + 1
    );
    let selected = app
        .selected_record(Tab::Prisoners)
        .map(|r| app.campaign.prisoners[r].id().to_owned());

    // The file as saved by someone else: one prisoner more, one changed.
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let changed = text.replacen("status = \"detained\"", "status = \"released\"", 1)
        + "\n[[prisoners]]\nid = \"timing-added\"\nname = \"Timing Added\"\nstatus = \"detained\"\n";
    let edited = std::env::temp_dir().join("campaign-dash-reload-timing.toml");
    if let Err(e) = std::fs::write(&edited, changed) {
        eprintln!("{e}");
        return ExitCode::FAILURE;
    }

    // Past the settle time, as a save a moment ago would be by the time
    // the watcher's events have ended.
    std::thread::sleep(SETTLE);
    let t = Instant::now();
    let outcome = reload_outcome(&edited, app.reload_job());
    let loader = t.elapsed();
    let t2 = Instant::now();
    // The version replaced is dropped on another thread, as the loop does.
    let old = app.reload(outcome, chrono::Local::now().time());
    let apply = t2.elapsed();
    std::thread::spawn(move || drop(old));
    let total = loader + apply;
    let _ = std::fs::remove_file(&edited);
    println!(
        "reload:     {:>7.1} ms (loader thread {:.1} ms, App::reload on the event thread {:.1} ms)",
        total.as_secs_f64() * 1e3,
        loader.as_secs_f64() * 1e3,
        apply.as_secs_f64() * 1e3
    );
    println!("{}", app.message.as_deref().unwrap_or(""));
    let now = app
        .selected_record(Tab::Prisoners)
        .map(|r| app.campaign.prisoners[r].id().to_owned());
    println!(
        "selection kept: {} ({})",
        now == selected,
        now.unwrap_or_default()
    );
    ExitCode::SUCCESS
}
