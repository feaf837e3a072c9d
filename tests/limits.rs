//! Hostile and broken files: each either loads or is refused with one clear
//! sentence, without hanging, blowing the stack or taking memory beyond a
//! bound. Every input is generated here; the tests assert outcomes, never
//! timings.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output};

use campaign_dash::load::{
    self, CheckStatus, LoadOptions, MAX_FILE_BYTES, MAX_PROBLEMS, MAX_STRUCTURE, ReadError,
    Severity, parse_str, read_file, render_problems,
};
use chrono::NaiveDate;

fn opts() -> LoadOptions {
    LoadOptions {
        today: None,
        system_today: NaiveDate::from_ymd_opt(2026, 1, 1).expect("a real day"),
        retention: true,
    }
}

fn check(path: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
        .env(
            "XDG_STATE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
        )
        .arg("check")
        .arg(path)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

/// `check` run in the test's process (no snooze warned of): how it ended,
/// what it wrote to out and to err.
fn check_here(path: &Path) -> (CheckStatus, Vec<u8>, Vec<u8>) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = load::run_check(
        path,
        &opts(),
        false,
        false,
        &load::CheckHooks {
            stale: &|_| Vec::new(),
            notes: &|_| Vec::new(),
            unlock: None,
            keep: &|_, _| None,
        },
        &mut out,
        &mut err,
    );
    (status, out, err)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The messages of a load, for assertions and failure output.
fn messages(text: &str) -> Vec<String> {
    parse_str(text, &opts())
        .problems
        .iter()
        .map(|p| p.message.clone())
        .collect()
}

const MINIMAL: &str = "[campaign]\nname = \"Trade union activity is not extremism\"\n";

// ---------------------------------------------------------------- size

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.toml");
    // A sparse file: 100 MB to the system, hardly any disk; it starts as a
    // campaign with one enormous string.
    let mut f = fs::File::create(&path).unwrap();
    f.write_all(b"[campaign]\nname = \"").unwrap();
    f.set_len(100 * 1000 * 1000).unwrap();
    drop(f);

    let e = read_file(&path).unwrap_err();
    assert!(
        matches!(
            e,
            ReadError::TooLarge {
                size: 100_000_000,
                grew: false,
                ..
            }
        ),
        "{e:?}"
    );
    let o = check(&path);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(
            "it is 95.3 MiB (100000000 bytes), larger than the 64 MiB a campaign file may have"
        ),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "one sentence: {err}");
    assert_eq!(stdout(&o), "");
}

#[test]
fn a_file_of_exactly_the_limit_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("edge.toml");
    // A comment padded with spaces to the byte: read, parsed, and short of
    // a name only.
    let mut f = fs::File::create(&path).unwrap();
    f.write_all(b"[campaign]\nname = \"x\"\n#").unwrap();
    f.set_len(MAX_FILE_BYTES).unwrap();
    drop(f);
    // The padding of a sparse file is NUL bytes: valid UTF-8, and TOML
    // refuses a NUL in a comment. What matters is that it is read.
    let text = read_file(&path).expect("a file of exactly the limit is read");
    assert_eq!(text.len() as u64, MAX_FILE_BYTES);
}

#[test]
fn a_30_mb_string_under_the_limit_loads() {
    let big = "ы".repeat(15 * 1000 * 1000);
    let text = format!("[campaign]\nname = \"x\"\nsummary = \"{big}\"\n");
    assert!(text.len() > 30_000_000 && (text.len() as u64) < MAX_FILE_BYTES);
    let loaded = parse_str(&text, &opts());
    assert_eq!(loaded.problems, vec![]);
    let c = loaded.campaign.expect("it loads");
    assert_eq!(c.info.summary.as_deref().map(str::len), Some(big.len()));
}

#[test]
fn a_problem_on_a_30_mb_line_shows_a_short_snippet() {
    let big = "a".repeat(30 * 1000 * 1000);
    let text = format!("[campaign]\nname = \"x\"\nsumary = \"{big}\"\n");
    let loaded = parse_str(&text, &opts());
    assert_eq!(loaded.error_count(), 1, "{:?}", messages(&text[..60]));
    let shown: Vec<String> = render_problems(&loaded.problems, "c.toml", &text, false).collect();
    assert!(shown[0].starts_with("c.toml:3:1: error: [campaign]: unknown key `sumary`"));
    assert!(shown[0].len() < 1000, "{} bytes", shown[0].len());
}

// ---------------------------------------------------------------- not files

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_at_once_without_waiting_for_a_writer() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.toml");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // Opening a FIFO for reading would wait for a writer forever: this
    // returns only because the type is looked at first.
    let e = read_file(&fifo).unwrap_err();
    assert!(matches!(e, ReadError::NotAFile { .. }), "{e:?}");
    let o = check(&fifo);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(
            "it is a named pipe (FIFO), not a campaign file; give the path of a regular file"
        ),
        "{}",
        stderr(&o)
    );
}

#[cfg(unix)]
#[test]
fn a_socket_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("socket.toml");
    let _listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
    let e = read_file(&path).unwrap_err();
    assert!(
        e.to_string()
            .contains("it is a socket, not a campaign file"),
        "{e}"
    );
}

#[cfg(unix)]
#[test]
fn devices_are_refused_and_dev_zero_is_not_read_forever() {
    for dev in ["/dev/null", "/dev/zero"] {
        if !Path::new(dev).exists() {
            continue;
        }
        let e = read_file(Path::new(dev)).unwrap_err();
        assert!(
            matches!(
                e,
                ReadError::NotAFile {
                    kind: campaign_dash::load::FileKind::Device,
                    ..
                }
            ),
            "{e:?}"
        );
        let o = check(Path::new(dev));
        assert_eq!(o.status.code(), Some(1));
        assert_eq!(
            stderr(&o),
            format!(
                "error: cannot read {dev}: it is a device, not a campaign file; give the path of a regular file\n"
            )
        );
    }
}

#[test]
fn a_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let o = check(dir.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("it is a directory, not a campaign file"),
        "{}",
        stderr(&o)
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_to_a_campaign_is_followed_and_one_to_a_fifo_refused() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.toml");
    fs::write(&real, MINIMAL).unwrap();
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    assert_eq!(read_file(&link).unwrap(), MINIMAL);

    let fifo = dir.path().join("pipe");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let to_fifo = dir.path().join("pipe.toml");
    std::os::unix::fs::symlink(&fifo, &to_fifo).unwrap();
    assert!(matches!(
        read_file(&to_fifo),
        Err(ReadError::NotAFile { .. })
    ));
}

// ---------------------------------------------------------------- nesting

#[test]
fn lists_nested_100000_deep_are_refused_in_one_sentence() {
    let n = 100_000;
    let text = format!("{MINIMAL}hashtags = {}{}\n", "[".repeat(n), "]".repeat(n));
    let loaded = parse_str(&text, &opts());
    assert_eq!(
        messages(&text),
        ["[campaign]: invalid TOML: values are nested more than 80 levels deep"]
    );
    let help = loaded.problems[0].help.as_deref().unwrap_or("");
    assert!(help.contains("may nest at most 80 levels deep"), "{help}");
}

#[test]
fn inline_tables_nested_100000_deep_are_refused() {
    let n = 100_000;
    let text = format!(
        "{MINIMAL}hashtags = {}1{}\n",
        "{ a = ".repeat(n),
        " }".repeat(n)
    );
    assert_eq!(
        messages(&text),
        ["[campaign]: invalid TOML: values are nested more than 80 levels deep"]
    );
    let text = format!("{MINIMAL}x = {}1{}\n", "[{ a = ".repeat(n), " }]".repeat(n));
    assert_eq!(
        messages(&text),
        ["[campaign]: invalid TOML: values are nested more than 80 levels deep"]
    );
}

#[test]
fn dotted_keys_and_headers_100000_deep_are_refused() {
    let keys = vec!["a"; 100_000].join(".");
    // A key is read in the record it belongs to; a header too deep to be
    // read names no record. Each is located on its line (3), though the
    // parser gives no place for them.
    for (text, record) in [
        (format!("{MINIMAL}{keys} = 1\n"), "[campaign]: "),
        (format!("{MINIMAL}[{keys}]\n"), ""),
        (format!("{MINIMAL}[[{keys}]]\n"), ""),
    ] {
        assert_eq!(
            messages(&text),
            [format!(
                "{record}invalid TOML: values are nested more than 80 levels deep"
            )]
        );
        let start = parse_str(&text, &opts()).problems[0].span.start;
        assert_eq!(load::line_col(&text, start), (3, 1));
    }
}

#[test]
fn nesting_up_to_the_limit_is_parsed_and_checked_as_usual() {
    let n = 80;
    let text = format!("{MINIMAL}hashtags = {}{}\n", "[".repeat(n), "]".repeat(n));
    assert_eq!(
        messages(&text),
        ["[campaign]: item 1 of `hashtags` must be text in quotes, found a list"]
    );
    let text = format!(
        "{MINIMAL}hashtags = {}{}\n",
        "[".repeat(n + 1),
        "]".repeat(n + 1)
    );
    assert_eq!(
        messages(&text),
        ["[campaign]: invalid TOML: values are nested more than 80 levels deep"]
    );
}

// ---------------------------------------------------------------- many problems

#[test]
fn a_million_empty_records_report_the_first_problems_and_count_the_rest() {
    let mut text = String::from(MINIMAL);
    text.push_str(&"[[prisoners]]\n".repeat(1_000_000));
    let loaded = parse_str(&text, &opts());
    assert!(loaded.campaign.is_none());
    // Each record lacks `id`, `name` and `status`.
    assert_eq!(loaded.error_count(), 3_000_000);
    assert_eq!(loaded.problems.len(), MAX_PROBLEMS);
    assert_eq!(loaded.omitted.errors, 3_000_000 - MAX_PROBLEMS);
    assert_eq!(loaded.omitted.warnings, 0);
    // The first ones in file order, all errors: records 1 to 334 (the
    // 1000th problem is the first of record 334).
    assert_eq!(
        loaded.problems[0].message,
        "prisoners[1]: missing required key `id`"
    );
    assert_eq!(
        loaded.problems[MAX_PROBLEMS - 1].message,
        "prisoners[334]: missing required key `id`"
    );
    assert!(
        loaded
            .problems
            .iter()
            .all(|p| p.severity == Severity::Error)
    );
    let starts: Vec<usize> = loaded.problems.iter().map(|p| p.span.start).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn check_says_how_many_problems_it_does_not_list() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.toml");
    let mut text = String::from(MINIMAL);
    text.push_str(&"[[organisations]]\nid = \"BAD\"\nname = \"n\"\n".repeat(2000));
    fs::write(&path, &text).unwrap();
    let (status, out, err) = check_here(&path);
    assert_eq!(status, CheckStatus::Failed);
    let out = String::from_utf8(out).unwrap();
    // 2000 bad ids and 1999 duplicates of the first.
    assert_eq!(out.matches(": error: ").count(), MAX_PROBLEMS);
    assert!(
        out.contains(
            "\n… and 2,999 more errors, not listed: only the first 1,000 problems are shown\n"
        ),
        "{}",
        &out[out.len().saturating_sub(400)..]
    );
    assert!(
        out.ends_with(": 3,999 errors found; the file cannot be loaded until they are fixed\n")
    );
    assert!(err.is_empty());
}

/// The dashboard refusing a file (and `print`) report it as `check` does:
/// the same lines, the count of those not listed included.
#[test]
fn the_dashboard_and_print_report_a_broken_file_as_check_does() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.toml");
    let mut text = String::from(MINIMAL);
    text.push_str(&"[[organisations]]\nid = \"BAD\"\nname = \"n\"\n".repeat(2000));
    fs::write(&path, &text).unwrap();
    let checked = check(&path);
    for args in [vec!["print"], vec![]] {
        let o = Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
            .env(
                "XDG_STATE_HOME",
                concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
            )
            .args(&args)
            .arg(&path)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let (said, checked) = (stderr(&o), stdout(&checked));
        let tail = |s: &str| s[s.len().saturating_sub(300)..].to_owned();
        assert!(
            said == checked,
            "{args:?} ends:\n{}\ncheck ends:\n{}",
            tail(&said),
            tail(&checked)
        );
    }
}

#[test]
fn many_problems_on_one_long_line_print_short_snippets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("oneline.toml");
    let text = format!("prisoners = [{}]\n{MINIMAL}", "{},".repeat(100_000));
    fs::write(&path, &text).unwrap();
    let (status, out, _) = check_here(&path);
    assert_eq!(status, CheckStatus::Failed);
    let out = String::from_utf8(out).unwrap();
    assert_eq!(out.matches(": error: ").count(), MAX_PROBLEMS);
    // The 1000th problem: the first of the 334th table, at column 14 + 3 * 333.
    assert!(
        out.contains(":1:1013: error: prisoners[334]: missing required key `id`\n"),
        "{}",
        &out[out.len().saturating_sub(1500)..]
    );
    assert!(
        out.lines().all(|l| l.chars().count() < 300),
        "a long snippet"
    );
    assert!(out.contains("… and 299,000 more errors, not listed"));
}

#[test]
fn many_duplicate_ids_name_the_line_of_the_first() {
    let mut text = String::from(MINIMAL);
    for i in 0..20_000 {
        text.push_str(&format!(
            "[[organisations]]\nid = \"o{}\"\nname = \"n\"\n",
            i / 2
        ));
    }
    let loaded = parse_str(&text, &opts());
    assert_eq!(loaded.error_count(), 10_000);
    assert_eq!(
        loaded.problems[0].message,
        "organisations[2] \"o0\": duplicate id `o0`, already used by organisations[1] on line 4"
    );
    assert_eq!(
        loaded.problems[MAX_PROBLEMS - 1].message,
        "organisations[2000] \"o999\": duplicate id `o999`, already used by organisations[1999] on line 5998"
    );
}

#[test]
fn millions_of_tiny_tables_are_refused_before_parsing() {
    // 30 MB of `{},`: under the size limit, but gigabytes once parsed.
    let text = format!("prisoners = [{}]\n{MINIMAL}", "{},".repeat(10_000_000));
    assert!((text.len() as u64) < MAX_FILE_BYTES);
    let loaded = parse_str(&text, &opts());
    assert_eq!(
        messages(&text),
        [format!(
            "the file has too many keys, values and tables to be read: about 20000004, where at most {MAX_STRUCTURE} are read"
        )]
    );
    assert!(loaded.campaign.is_none());
    // Marks inside strings and comments are not structure.
    let commas = ",[{=".repeat(2_000_000);
    let text = format!("{MINIMAL}summary = \"{commas}\"\n# {commas}\n");
    let loaded = parse_str(&text, &opts());
    assert_eq!(loaded.problems, vec![]);
}

// ---------------------------------------------------------------- bytes

#[test]
fn a_file_of_nul_bytes_is_invalid_toml_shown_safely() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nul.toml");
    fs::write(&path, [0u8; 4096]).unwrap();
    let o = check(&path);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("nul.toml:1:4097: error: invalid TOML: "),
        "{out}"
    );
    assert!(out.ends_with(": 1 error found; the file cannot be loaded until it is fixed\n"));
    assert!(!out.contains('\0'), "a raw NUL reached the terminal");
    assert!(out.contains("| …\\u{0}\\u{0}"), "{out}");
    assert!(out.len() < 1000, "{out}");
}

#[test]
fn crlf_line_endings_and_a_bom_load() {
    let text = format!("\u{feff}{}", load::STARTER.replace('\n', "\r\n"));
    let loaded = parse_str(&text, &opts());
    assert_eq!(loaded.problems, vec![]);
    assert!(loaded.campaign.is_some());
}

#[test]
fn invalid_utf8_names_the_byte_and_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.toml");
    fs::write(&path, b"[campaign]\nname = \"Lukashenka \xe2\x80 x\"\n").unwrap();
    let o = check(&path);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).ends_with("latin1.toml:2:20: error: it is not UTF-8 text (byte 0xe2, byte offset 30); save it as UTF-8\n"),
        "{}",
        stderr(&o)
    );
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut units: Vec<u16> = Vec::new();
    if bom {
        units.push(0xFEFF);
    }
    units.extend(text.encode_utf16());
    units
        .iter()
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

#[test]
fn a_utf16_file_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        ("le.toml", utf16(MINIMAL, false, true)),
        ("be.toml", utf16(MINIMAL, true, true)),
        ("nobom.toml", utf16(MINIMAL, false, false)),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        let o = check(&path);
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert!(
            stderr(&o).ends_with(&format!(
                "{name}:1:1: error: this file is UTF-16; save it as UTF-8\n"
            )),
            "{name}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn an_empty_or_blank_file_says_it_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    for (name, content, says) in [
        ("empty.toml", "", "error: the file is empty\n"),
        (
            "blank.toml",
            " \n\t\r\n\n",
            "error: the file is empty: it holds only blank space\n",
        ),
        (
            "bom.toml",
            "\u{feff}",
            "error: the file is empty: it holds only blank space\n",
        ),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, content).unwrap();
        let o = check(&path);
        assert_eq!(o.status.code(), Some(1), "{name}");
        let out = stdout(&o);
        assert!(out.contains(says), "{name}: {out}");
        assert!(
            out.contains("= help: a campaign file has at least:"),
            "{out}"
        );
    }
}

// ---------------------------------------------------------------- no writes

#[test]
fn check_leaves_the_file_unchanged_to_the_byte_and_the_mtime() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, source) in [
        ("good.toml", root.join("campaign.toml")),
        (
            "bad.toml",
            root.join("tests/fixtures/bad/id_duplicate.toml"),
        ),
    ] {
        let path = dir.path().join(name);
        fs::copy(&source, &path).unwrap();
        // An mtime in the past, so that any write would show.
        let past =
            std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_600_000_000);
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(past)
            .unwrap();
        let before = fs::read(&path).unwrap();
        let meta_before = fs::metadata(&path).unwrap();
        let o = check(&path);
        assert!(o.status.code().is_some(), "{name}");
        assert_eq!(fs::read(&path).unwrap(), before, "{name}: bytes changed");
        let meta_after = fs::metadata(&path).unwrap();
        assert_eq!(
            meta_after.modified().unwrap(),
            past,
            "{name}: mtime changed"
        );
        assert_eq!(meta_after.len(), meta_before.len());
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(
            names.len() <= 2,
            "check created files beside the campaign: {names:?}"
        );
    }
}
