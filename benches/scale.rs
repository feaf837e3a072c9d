//! How the dashboard's costs grow with the size of a campaign file.
//!
//! ```text
//! cargo bench --bench scale
//! ```
//!
//! The files come from the same generator as `examples/generate.rs`
//! (deterministic), written once per run into a temporary folder; generating
//! them is not timed. What each group times:
//!
//! - `load/*`: reading the file and everything the dashboard computes before
//!   its first frame (parse, validate, derived data, links, search index), as
//!   `App::new` does it; `load/toml_table_baseline_20k` reads the same file
//!   and parses it into a generic `toml::Table`, the floor to compare with;
//!   `load/story_20k` a file of the same records with the prisoner's story
//!   (custody entries on every prisoner, some earlier arrests) and 40,000
//!   letters, whose time per byte is to be no more than `campaign_20k`'s
//!   (each load is given its file's size as criterion's throughput, which
//!   `bench_report` reads to compare them); `load/age_20k` the 20k file
//!   encrypted with age to a key, decrypted in memory then loaded as
//!   `campaign_20k` is, within 1.2x of it.
//! - `filter/*`: one keystroke: parsing the filter line and applying it to
//!   the 20,000 prisoners.
//! - `sort/*`: sorting 20,000 rows from file order by one column.
//! - `render/*`: drawing one tab of the dashboard at 200x60 into a buffer;
//!   `render/organisation_of_all_20k` with the detail of an organisation
//!   that all 20,000 prisoners and 20,000 events name.
//! - `startup/bundled_first_frame`: from the bundled `campaign.toml` to the
//!   first frame drawn.
//! - `startup/check_20k`: reading, parsing and validating the 20k file, what
//!   `campaign-dash check` does: the reference of the next ones, each from
//!   the path to its end as the command runs it.
//!   `startup/first_frame_20k`: to the first frame of the dashboard at
//!   120x40 (`App::first`: the search index comes after it, on a worker),
//!   within 1.3x of check; `print/overview_20k` (text) within 1.3x;
//!   `print/csv_20k` and `print/json_20k` of the prisoners within 2x;
//!   `print/xlsx_all_20k`, the workbook of every view into a temporary
//!   file, within 4x.
//! - `app/*`: what the event thread does in answer to one event, each under
//!   the 8 ms of half a frame: `app/reload_swap_20k` swaps in a reloaded
//!   version (one prisoner changed) as the loader thread prepares it
//!   (`Fresh::prepare`),
//!   `app/present_toggle_20k` is the `p` key turning presentation mode on
//!   and the swap of what the worker made for it (`App::rework`),
//!   `app/select_org_of_all_20k` selects the organisation every prisoner
//!   and event names (its detail of 40,000 links).
//! - `agenda/derive_20k`: deriving the agenda of the 20k file with the
//!   prisoner's story (what it adds to the load, under 50 ms);
//!   `agenda/print_20k_FORMAT`: `print --view agenda` of it in each format
//!   (under 100 ms); `render/agenda_20k`: a frame of the Agenda tab (under
//!   1 ms).
//! - `sanitize/combining_flood_30m`: `sanitize_line` of one name of a letter
//!   and 30 million combining marks (60 MB), kept to 8 marks and a count;
//!   `render/combining_flood_prisoners`: a frame of the prisoners tab when a
//!   prisoner has a name of 500,000 marks.
//! - `team/load_two_20k`: loading the 20k file and a version of it with 200
//!   prisoners changed and 100 letters added, the reference of
//!   `team/diff_20k`: `campaign-dash diff` of the two (both loaded, compared
//!   record by record, the changes written in words), within 2x.
//! - `team/load_three_20k`: loading the 20k file and two versions of it, the
//!   reference of `team/merge_20k`: `campaign-dash merge` of the three (each
//!   read and loaded, merged record by record, 200 prisoners changed on both
//!   sides merged key by key, the merged text loaded), within 2x.
//! - `import/csv_20k`: `campaign-dash import` of a csv list of 20,000
//!   prisoners (the csv export of the 20k file with the prisoner's story),
//!   from its bytes to the new campaign file checked, under 2 s.
//!
//! `cargo run --release --example bench_report` then prints the medians of
//! the run against their targets.

#[path = "../examples/generator/mod.rs"]
mod generator;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{BatchSize, Criterion, Throughput};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use campaign_dash::app::reload::{Fresh, Outcome, Report};
use campaign_dash::app::{Action, App, Tab};
use campaign_dash::load::{LoadOptions, load_file, read_file};
use campaign_dash::model::Campaign;
use campaign_dash::query::{
    EventColumn, Filter, PrisonerColumn, RecordKind, Sort, SortColumn, default_order, sort,
};

/// The generated files, kept for the whole run.
struct Files {
    _dir: tempfile::TempDir,
    big: PathBuf,
    small: PathBuf,
    /// 20k of each with the prisoner's story: custody entries on every
    /// prisoner and 40,000 letters; its size is printed, for the per-byte
    /// comparison with `big`.
    story: PathBuf,
}

impl Files {
    fn new() -> Files {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let write = |n: usize, story: bool| {
            let path = dir.path().join(format!("campaign_{n}_{story}.toml"));
            let spec = generator::Spec {
                story,
                ..generator::Spec::square(n)
            };
            let text = generator::campaign_text(&spec);
            eprintln!("{}: {} bytes", path.display(), text.len());
            std::fs::write(&path, text).expect("writing the generated file");
            path
        };
        let big = write(20_000, false);
        let small = write(5_000, false);
        let story = write(20_000, true);
        Files {
            big,
            small,
            story,
            _dir: dir,
        }
    }
}

fn opts() -> LoadOptions {
    LoadOptions {
        today: None,
        system_today: NaiveDate::from_ymd_opt(2026, 1, 1).expect("a constant date"),
        retention: true,
    }
}

/// Everything the dashboard does from the path to its state before the
/// first frame.
fn open(path: &Path) -> App {
    let opts = opts();
    let (_, loaded) = load_file(path, &opts).expect("the generated file reads");
    let campaign = loaded.campaign.expect("the generated file is valid");
    App::new(campaign, "campaign.toml", opts.today, opts.system_today)
}

fn load(c: &mut Criterion, files: &Files) {
    let mut g = c.benchmark_group("load");
    // Twenty samples, not criterion's fewest: the 5k-to-20k ratio is read
    // from two medians, and a VM's noise moves a median of ten by a few %.
    g.sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(15));
    let bytes = std::fs::metadata(&files.big)
        .expect("the generated file")
        .len();
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("toml_table_baseline_20k", |b| {
        b.iter(|| {
            let text = read_file(&files.big).expect("the generated file reads");
            let table: toml::Table = text.parse().expect("the generated file parses");
            table
        })
    });
    // Each with its file's size: criterion then reports bytes a second,
    // and `bench_report` compares the two 20k files per byte.
    for (id, path) in [
        ("campaign_20k", &files.big),
        ("campaign_5k", &files.small),
        ("story_20k", &files.story),
    ] {
        let bytes = std::fs::metadata(path).expect("the generated file").len();
        g.throughput(Throughput::Bytes(bytes));
        g.bench_function(id, |b| b.iter(|| open(path)));
    }
    // Every prisoner with a misspelt key (`detaned`): 20,000 problems, each
    // with its message and its "did you mean" written in the language.
    {
        let text = read_file(&files.big)
            .expect("the generated file reads")
            .replace("\ndetained = ", "\ndetaned = ");
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("broken_20k", |b| {
            b.iter(|| {
                let loaded = campaign_dash::load::parse_str(&text, &opts());
                assert!(loaded.campaign.is_none(), "every prisoner is broken");
                loaded
            })
        });
    }
    // The same file encrypted to a key (the throughput stays the plain
    // file's: the same records).
    {
        use campaign_dash::load::crypt::{self, Key, Recipients};
        let id = age::x25519::Identity::generate();
        let to = Recipients::Keys(vec![Box::new(id.to_public())]);
        let plain = std::fs::read(&files.big).expect("the generated file");
        let dir = tempfile::tempdir().expect("a temporary folder");
        let sealed = dir.path().join("big.toml.age");
        std::fs::write(&sealed, crypt::encrypt(&plain, &to).expect("it encrypts"))
            .expect("the encrypted file is written");
        let key_text = {
            use age::secrecy::ExposeSecret;
            id.to_string().expose_secret().to_owned()
        };
        let unlock = |_: &Path, _: &[u8]| {
            crypt::parse_identities(key_text.as_bytes()).map(|(ids, _)| Key::Identities(ids))
        };
        g.throughput(Throughput::Bytes(bytes_of(&files.big)));
        g.bench_function("age_20k", |b| {
            b.iter(|| {
                let opts = opts();
                let (_, loaded) =
                    campaign_dash::load::load_file_unlocked(&sealed, &opts, Some(&unlock))
                        .expect("it decrypts");
                let campaign = loaded.campaign.expect("the generated file is valid");
                App::new(campaign, "campaign.toml", opts.today, opts.system_today)
            })
        });
    }
    g.finish();
}

fn bytes_of(path: &Path) -> u64 {
    std::fs::metadata(path).expect("the generated file").len()
}

fn keystroke(c: &mut Criterion, id: &str, app: &App, query: &str) {
    let campaign: &Campaign = &app.campaign;
    let order = default_order(RecordKind::Prisoner, campaign, &app.derived);
    c.bench_function(id, |b| {
        b.iter(|| {
            let filter =
                Filter::parse(black_box(query), RecordKind::Prisoner).expect("the filter parses");
            filter.apply(&order, campaign, app.derived.search_index(campaign), None)
        })
    });
}

fn filter(c: &mut Criterion, app: &App) {
    // The last letter of a surname being typed, in Latin and in Cyrillic,
    // and a query of a field term and a date range.
    keystroke(c, "filter/keystroke_20k", app, "kavalenk");
    keystroke(c, "filter/cyrillic_20k", app, "каваленк");
    keystroke(
        c,
        "filter/field_range_20k",
        app,
        "detained:2022-04..2022-06 org:union",
    );
}

fn sort_by(c: &mut Criterion, id: &str, app: &App, column: SortColumn) {
    let kind = column.kind();
    let file_order: Vec<usize> = (0..kind.count(&app.campaign)).collect();
    let how = Sort {
        column,
        descending: false,
    };
    c.bench_function(id, |b| {
        b.iter_batched_ref(
            || file_order.clone(),
            |rows| {
                sort(
                    how,
                    rows,
                    &app.campaign,
                    &app.derived,
                    app.derived.search_index(&app.campaign),
                )
            },
            BatchSize::LargeInput,
        )
    });
}

fn sorts(c: &mut Criterion, app: &App) {
    sort_by(
        c,
        "sort/prisoners_by_name_20k",
        app,
        SortColumn::Prisoner(PrisonerColumn::Name),
    );
    sort_by(
        c,
        "sort/events_by_date_20k",
        app,
        SortColumn::Event(EventColumn::Date),
    );
}

fn render(c: &mut Criterion, app: &App) {
    for (id, tab) in [
        ("render/overview_20k", Tab::Overview),
        ("render/prisoners_20k", Tab::Prisoners),
        ("render/statements_20k", Tab::Statements),
    ] {
        frame(c, id, app.clone(), &[Action::GoTab(tab)]);
    }
}

/// Times drawing `app` at 200x60 after `actions`.
fn frame(c: &mut Criterion, id: &str, mut app: App, actions: &[Action]) {
    let area = Rect::new(0, 0, 200, 60);
    app.update(Action::Resize {
        width: area.width,
        height: area.height,
    });
    for a in actions {
        app.update(*a);
    }
    let mut buf = Buffer::empty(area);
    c.bench_function(id, |b| {
        b.iter(|| {
            // A frame starts from a blank buffer, as ratatui's does.
            buf.reset();
            (&app).render(area, &mut buf);
        })
    });
}

/// The Organisations tab with its detail open on an organisation every
/// prisoner and every event names (a campaign of one union): a detail of
/// 40,000 links, which must cost a frame no more than a short one.
fn render_organisation_of_all(c: &mut Criterion, app: &App) {
    let opts = opts();
    let app = App::new(
        one_union(app),
        "campaign.toml",
        opts.today,
        opts.system_today,
    );
    frame(
        c,
        "render/organisation_of_all_20k",
        app,
        &[Action::GoTab(Tab::Organisations), Action::Top],
    );
}

/// The 20k campaign with one organisation named by every prisoner and
/// every event: a campaign of one union.
fn one_union(app: &App) -> Campaign {
    let mut campaign = (*app.campaign).clone();
    let id = campaign.organisations[0].id.clone();
    for p in &mut campaign.prisoners {
        p.edit(|d| d.organisations = vec![id.clone()]);
    }
    for e in &mut campaign.events {
        e.edit(|d| d.organisations = vec![id.clone()]);
    }
    campaign
}

/// What the event thread does in answer to one event, from the state before
/// it (cloned outside the timing) to the state after it; what the answer
/// hands back (a version to free on another thread) is dropped untimed.
fn event_thread(c: &mut Criterion, app: &App) {
    let mut g = c.benchmark_group("app");
    g.sample_size(10);
    let area = (200, 60);
    let mut shown = app.clone();
    shown.update(Action::Resize {
        width: area.0,
        height: area.1,
    });
    shown.update(Action::GoTab(Tab::Prisoners));
    shown.update(Action::Open);
    // The version the loader thread prepares: one prisoner edited.
    let mut edited = (*app.campaign).clone();
    edited.prisoners[0].edit(|d| d.sentence = Some("5 years".into()));
    let opts = opts();
    let mut fresh = Fresh::new(
        edited,
        Report::default(),
        opts.today,
        opts.system_today,
        false,
    );
    fresh.prepare(shown.reload_job());
    let now = chrono::NaiveTime::MIN;
    g.bench_function("reload_swap_20k", |b| {
        b.iter_batched(
            || (shown.clone(), Box::new(fresh.clone())),
            |(mut app, fresh)| {
                let retired = app.reload(Outcome::Loaded(fresh), now);
                (app, retired)
            },
            BatchSize::LargeInput,
        )
    });
    // In the dashboard the key asks a worker for the stripped version, and
    // the event thread swaps in what the worker made: both are timed.
    let mut shown = shown;
    shown.defer = true;
    let mut probe = shown.clone();
    probe.update(Action::TogglePresent);
    let done = probe.rework().run();
    g.bench_function("present_toggle_20k", |b| {
        b.iter_batched(
            || (shown.clone(), done.clone()),
            |(mut app, done)| {
                app.update(Action::TogglePresent);
                let retired = app.reworked(done);
                assert!(!app.hiding(), "the stripped version is in");
                (app, retired)
            },
            BatchSize::LargeInput,
        )
    });
    let mut union = App::new(
        one_union(app),
        "campaign.toml",
        opts.today,
        opts.system_today,
    );
    union.update(Action::Resize {
        width: area.0,
        height: area.1,
    });
    union.update(Action::GoTab(Tab::Organisations));
    union.update(Action::Top);
    union.update(Action::Down);
    g.bench_function("select_org_of_all_20k", |b| {
        b.iter_batched(
            || union.clone(),
            |mut app| {
                app.update(Action::Up);
                app
            },
            BatchSize::LargeInput,
        )
    });
    g.finish();
}

/// From the path of the bundled `campaign.toml` to its first frame at
/// 200x60: read, parse, validate, derived data, the state, one frame drawn.
/// (Process start and the terminal's own setup come on top; the README says
/// by how much.)
fn startup(c: &mut Criterion) {
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("campaign.toml");
    let area = Rect::new(0, 0, 200, 60);
    c.bench_function("startup/bundled_first_frame", |b| {
        b.iter(|| {
            let mut app = open(&bundled);
            app.update(Action::Resize {
                width: area.width,
                height: area.height,
            });
            let mut buf = Buffer::empty(area);
            (&app).render(area, &mut buf);
            buf
        })
    });
}

/// From the path of the 20k file to the end of what a command does with it,
/// as `main` runs it: `check`, the dashboard's first frame, and `print` of
/// the overview, csv and json of the prisoners, and the workbook of every
/// view (into a sink, or a temporary file for the workbook).
fn commands(c: &mut Criterion, files: &Files) {
    use campaign_dash::print::{self, Format, View};
    use campaign_dash::query::Derived;
    let path = &files.big;
    let load = || {
        let opts = opts();
        let (_, loaded) = load_file(path, &opts).expect("the generated file reads");
        let campaign = loaded.campaign.expect("the generated file is valid");
        let derived = Derived::first(&campaign, campaign.today(opts.today, opts.system_today));
        (campaign, derived)
    };
    let mut g = c.benchmark_group("startup");
    g.sample_size(10);
    g.bench_function("check_20k", |b| {
        b.iter(|| load_file(path, &opts()).expect("the generated file reads"))
    });
    let area = Rect::new(0, 0, 120, 40);
    g.bench_function("first_frame_20k", |b| {
        b.iter(|| {
            let opts = opts();
            let (_, loaded) = load_file(path, &opts).expect("the generated file reads");
            let campaign = loaded.campaign.expect("the generated file is valid");
            let mut app = App::first(campaign, "campaign.toml", opts.today, opts.system_today);
            app.update(Action::Resize {
                width: area.width,
                height: area.height,
            });
            let mut buf = Buffer::empty(area);
            (&app).render(area, &mut buf);
            (app, buf)
        })
    });
    g.finish();
    let mut g = c.benchmark_group("print");
    g.sample_size(10);
    for (id, view, format) in [
        ("overview_20k", View::Overview, Format::Text),
        ("csv_20k", View::Prisoners, Format::Csv),
        ("json_20k", View::Prisoners, Format::Json),
    ] {
        g.bench_function(id, |b| {
            b.iter(|| {
                let (campaign, derived) = load();
                let o = print::Options::new(view, format);
                let mut out = std::io::BufWriter::new(std::io::sink());
                print::write(&campaign, &derived, &o, &[view], &mut out).expect("printed");
            })
        });
    }
    let views: Vec<View> = <View as strum::IntoEnumIterator>::iter().collect();
    g.bench_function("xlsx_all_20k", |b| {
        b.iter(|| {
            let (campaign, derived) = load();
            let o = print::Options::new(View::Prisoners, Format::Xlsx);
            let file = tempfile::NamedTempFile::new().expect("a temporary file");
            let mut out = std::io::BufWriter::new(file.as_file());
            print::write(&campaign, &derived, &o, &views, &mut out).expect("written");
        })
    });
    g.finish();
}

/// `diff` of the 20k file and a version of it a team's week might make.
fn team(c: &mut Criterion, files: &Files) {
    use campaign_dash::print::{Format, changes};
    use campaign_dash::query::changes::Changes;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let text = read_file(&files.big).expect("the generated file reads");
    let mut changed = text.replacen("status = \"detained\"", "status = \"imprisoned\"", 200);
    let (_, loaded) = load_file(&files.big, &opts()).expect("it reads");
    let ids: Vec<String> = loaded.campaign.expect("valid").prisoners[..100]
        .iter()
        .map(|p| p.id().to_owned())
        .collect();
    for id in &ids {
        changed.push_str(&format!(
            "\n[[letters]]\ndate = 2025-12-01\nprisoner = \"{id}\"\ndirection = \"sent\"\n"
        ));
    }
    // THEIRS for the merge: a role changed on the first 200 prisoners that
    // have one (many of them changed in OURS too, in another key: merged
    // key by key) and 100 letters of its own.
    let mut theirs = text.replacen("role = \"", "role = \"former ", 200);
    for id in &ids {
        theirs.push_str(&format!(
            "\n[[letters]]\ndate = 2025-12-02\nprisoner = \"{id}\"\ndirection = \"sent\"\n"
        ));
    }
    let newer = dir.path().join("newer.toml");
    std::fs::write(&newer, &changed).expect("writing the changed file");
    let theirs_path = dir.path().join("theirs.toml");
    std::fs::write(&theirs_path, &theirs).expect("writing their file");
    let load = |path: &Path| {
        let (_, loaded) = load_file(path, &opts()).expect("it reads");
        loaded.campaign.expect("valid")
    };
    let mut g = c.benchmark_group("team");
    g.sample_size(10);
    g.bench_function("load_two_20k", |b| {
        b.iter(|| (load(&files.big), load(&newer)))
    });
    g.bench_function("diff_20k", |b| {
        b.iter(|| {
            let (old, new) = (load(&files.big), load(&newer));
            let ch = Changes::between(&old, &new);
            let cmp = changes::Compared {
                old: &old,
                new: &new,
                old_name: "old",
                new_name: "new",
                present: false,
            };
            changes::render(&cmp, &ch, Format::Text)
        })
    });
    g.bench_function("load_three_20k", |b| {
        b.iter(|| (load(&files.big), load(&newer), load(&theirs_path)))
    });
    g.bench_function("merge_20k", |b| {
        b.iter(|| {
            let read = |p: &Path| read_file(p).expect("it reads");
            let (base, ours, theirs) = (read(&files.big), read(&newer), read(&theirs_path));
            let m = campaign_dash::load::merge::merge(&base, &ours, &theirs, &opts())
                .expect("they merge");
            assert!(m.conflicts.is_empty());
            // As the command does: the merged file checked before it is
            // said to be clean.
            campaign_dash::load::parse_str(&m.text, &opts())
        })
    });
    g.finish();
}

/// A hostile name: one letter carrying `marks` combining acute accents.
fn flood(marks: usize) -> String {
    format!("e{}", "\u{301}".repeat(marks))
}

fn combining_flood(c: &mut Criterion) {
    let name = flood(30_000_000);
    c.bench_function("sanitize/combining_flood_30m", |b| {
        b.iter(|| campaign_dash::sanitize::sanitize_line(black_box(&name)).len())
    });
    let mut campaign = Campaign::default();
    campaign.info.name = "Flood".into();
    campaign.prisoners.push(campaign_dash::model::Prisoner::new(
        "p1",
        flood(500_000),
        campaign_dash::model::Status::Detained,
    ));
    let opts = opts();
    let mut app = App::new(campaign, "campaign.toml", opts.today, opts.system_today);
    let area = Rect::new(0, 0, 200, 60);
    app.update(Action::Resize {
        width: area.width,
        height: area.height,
    });
    app.update(Action::GoTab(Tab::Prisoners));
    let mut buf = Buffer::empty(area);
    c.bench_function("render/combining_flood_prisoners", |b| {
        b.iter(|| {
            buf.reset();
            (&app).render(area, &mut buf);
        })
    });
}

/// `import` of the csv export of the 20k prisoners with their story.
fn import_csv(c: &mut Criterion, files: &Files) {
    let (_, loaded) = load_file(&files.story, &opts()).expect("the generated file reads");
    let campaign = loaded.campaign.expect("the generated file is valid");
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a constant date");
    let derived = campaign_dash::query::Derived::new(&campaign, today);
    let o = campaign_dash::print::Options::new(
        campaign_dash::print::View::Prisoners,
        campaign_dash::print::Format::Csv,
    );
    let csv = campaign_dash::print::render(&campaign, &derived, &o);
    eprintln!("import/csv_20k: a list of {} bytes", csv.len());
    let opts = campaign_dash::import::Options {
        name: Some("Imported".to_owned()),
        maps: Vec::new(),
        keep_names: false,
    };
    let mut g = c.benchmark_group("import");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(20));
    g.bench_function("csv_20k", |b| {
        b.iter(|| {
            campaign_dash::import::import("list.csv", black_box(csv.as_bytes()), &opts)
                .expect("the export imports")
        })
    });
    // A list as Viasna's pages give it, in Russian: no status (each guessed
    // from the place or the sentence, and said), the sentence in words.
    let mut viasna = String::from("ФИО,Место содержания,Приговор,Дата задержания\n");
    for p in &campaign.prisoners {
        let months = p.sentence_months.unwrap_or(0);
        let sentence = match (months / 12, months % 12) {
            (0, 0) => String::new(),
            (y, 0) => format!("{y} лет колонии"),
            (y, m) => format!("{y} года и {m} месяцев лишения свободы"),
        };
        let place = p.current_facility().map_or(String::new(), |f| {
            if p.status == campaign_dash::model::Status::Detained {
                format!("СИЗО-1 {f}")
            } else {
                format!("ИК-{} {f}", months % 20)
            }
        });
        let detained = p.detained.map(|d| d.to_string()).unwrap_or_default();
        let quote = |t: &str| format!("\"{}\"", t.replace('"', "\"\""));
        viasna.push_str(&format!(
            "{},{},{},{}\n",
            quote(p.name()),
            quote(&place),
            quote(&sentence),
            detained
        ));
    }
    g.bench_function("viasna_20k", |b| {
        b.iter(|| {
            campaign_dash::import::import("viasna.csv", black_box(viasna.as_bytes()), &opts)
                .expect("the list imports")
        })
    });
    g.finish();
}

fn agenda(c: &mut Criterion, app: &App) {
    use campaign_dash::print::{self, Format, View};
    use campaign_dash::query::agenda::{Agenda, HORIZON};
    let mut g = c.benchmark_group("agenda");
    g.sample_size(10);
    g.bench_function("derive_20k", |b| {
        b.iter(|| black_box(Agenda::new(&app.campaign, &app.derived, HORIZON)))
    });
    for format in [
        Format::Text,
        Format::Markdown,
        Format::Csv,
        Format::Json,
        Format::Ics,
    ] {
        let opts = print::Options::new(View::Agenda, format);
        g.bench_function(format!("print_20k_{format}"), |b| {
            b.iter(|| black_box(print::render(&app.campaign, &app.derived, &opts)))
        });
    }
    g.finish();
    // Scrolled into the list, where the rows are items.
    frame(
        c,
        "render/agenda_20k",
        app.clone(),
        &[Action::GoTab(Tab::Agenda), Action::PageDown],
    );
}

/// The letter evening: who needs letters most, derived with the letters
/// once per load, and 1,000 envelopes set on PDF labels.
fn evening(c: &mut Criterion, app: &App) {
    use campaign_dash::print::evening::{self, Paper};
    use campaign_dash::query::Letters;
    let mut g = c.benchmark_group("letters");
    g.sample_size(10);
    let (campaign, derived) = (&app.campaign, &app.derived);
    g.bench_function("fewest_20k", |b| {
        b.iter(|| black_box(Letters::new(campaign, &derived.links, derived.today)))
    });
    let addressed: Vec<usize> = (0..campaign.prisoners.len())
        .filter(|&i| campaign.prisoners[i].current_address().is_some())
        .take(1000)
        .collect();
    assert_eq!(addressed.len(), 1000, "the story file has 1,000 addresses");
    for (id, paper) in [
        ("envelopes_pdf_1k_3x7", Paper::Labels3x7),
        ("envelopes_pdf_1k_dl", Paper::Dl),
    ] {
        g.bench_function(id, |b| {
            b.iter(|| {
                let (envelopes, _) = evening::envelopes(campaign, &addressed);
                black_box(evening::envelopes_pdf(campaign, &envelopes, paper).expect("a PDF"))
            })
        });
    }
    g.finish();
}

/// A letter logged as the dashboard logs it: the file read and compared
/// with the version shown, the letter spliced in, the result loaded and
/// checked, written to a temporary file, flushed and renamed over the
/// file. Each run starts from the same file (put back untimed).
fn write(c: &mut Criterion, files: &Files) {
    use campaign_dash::load::edit::Edit;
    use campaign_dash::load::write::{Version, commit};
    let mut g = c.benchmark_group("write");
    g.sample_size(20);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let small = dir.path().join("campaign_500.toml");
    std::fs::write(
        &small,
        generator::campaign_text(&generator::Spec::square(500)),
    )
    .expect("writing the generated file");
    for (id, source) in [("log_letter_20k", &files.big), ("log_letter_500", &small)] {
        let text = read_file(source).expect("the generated file reads");
        let path = dir.path().join(format!("{id}.toml"));
        let (_, loaded) = load_file(source, &opts()).expect("it reads");
        let prisoner = loaded.campaign.expect("valid").prisoners[0].id().to_owned();
        let version = Version::of(&text);
        let letter = Edit::AddLetter(campaign_dash::model::Letter {
            date: NaiveDate::from_ymd_opt(2025, 12, 1).expect("a constant date"),
            prisoner,
            ..Default::default()
        });
        g.bench_function(id, |b| {
            b.iter_batched(
                || std::fs::write(&path, &text).expect("the file put back"),
                |()| {
                    commit(&path, version, std::slice::from_ref(&letter), &opts(), None)
                        .expect("the letter is written")
                },
                BatchSize::PerIteration,
            )
        });
    }
    g.finish();
}

/// Keeping a version of the 20k story file in the local history, as the
/// loader thread does after each reload: hashed, compressed, written, and
/// the history pruned. Each iteration keeps a new version (the text differs
/// by a comment) in a history that grows to its limit of 50.
fn history(c: &mut Criterion, files: &Files) {
    use campaign_dash::load::history;
    let text = read_file(&files.story).expect("the generated file reads");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = dir.path().join("history");
    let records = load_file(&files.story, &opts())
        .expect("it reads")
        .1
        .campaign
        .expect("valid")
        .record_count();
    let mut g = c.benchmark_group("history");
    g.sample_size(10);
    let mut n = 0u64;
    g.bench_function("save_20k", |b| {
        b.iter(|| {
            n += 1;
            let version = format!("{text}\n# {n}\n");
            let kept = history::keep(
                &root,
                &files.story,
                &version,
                records,
                None,
                chrono::Utc::now(),
            )
            .expect("kept");
            assert!(matches!(kept, history::Saved::New(_)));
        })
    });
    g.finish();
}

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let files = Files::new();
    write(&mut c, &files);
    load(&mut c, &files);
    commands(&mut c, &files);
    team(&mut c, &files);
    history(&mut c, &files);
    let app = open(&files.big);
    filter(&mut c, &app);
    sorts(&mut c, &app);
    render(&mut c, &app);
    render_organisation_of_all(&mut c, &app);
    event_thread(&mut c, &app);
    startup(&mut c);
    combining_flood(&mut c);
    import_csv(&mut c, &files);
    let story = open(&files.story);
    println!(
        "agenda of the story file: {} items",
        story.derived.agenda.items.len()
    );
    agenda(&mut c, &story);
    evening(&mut c, &story);
    c.final_summary();
}
