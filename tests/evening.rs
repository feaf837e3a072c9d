//! The letter evening on paper, through the real binary: `print --view
//! envelopes` and `--view sheets` as text (snapshots) and as PDF, read back
//! with poppler's pdftotext (every name and address exactly, every word
//! inside its label and its page) and rendered with pdftoppm.

mod common;

use std::path::Path;
use std::process::Command;

use common::{ok, run};

const FILE: &str = "tests/fixtures/evening/campaign.toml";

fn tool(name: &str) -> Command {
    let probe = Command::new(name).arg("-v").output();
    assert!(
        probe.is_ok(),
        "cannot run {name}: install poppler-utils (.ci/run does)"
    );
    Command::new(name)
}

/// The PDF `args` write to a temporary file, as bytes, and that file.
fn pdf(dir: &Path, args: &[&str]) -> std::path::PathBuf {
    let out = dir.join("out.pdf");
    let mut all = vec!["print", FILE];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "pdf", "-o", out.to_str().unwrap()]);
    let done = run(&all);
    assert_eq!(
        done.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    out
}

/// The text of `file` in drawing order (`pdftotext -raw`).
fn text_of(file: &Path) -> String {
    let out = tool("pdftotext")
        .args(["-raw", file.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// A word of `pdftotext -bbox`, in points from the page's top left.
#[derive(Debug)]
struct Word {
    page: usize,
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
    text: String,
}

/// Every word of `file` with its box, and each page's size.
fn words(file: &Path) -> (Vec<Word>, Vec<(f32, f32)>) {
    let out = tool("pdftotext")
        .args(["-bbox", file.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    let attr = |line: &str, name: &str| -> f32 {
        let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        let end = start + line[start..].find('"').unwrap();
        line[start..end].parse().unwrap()
    };
    let (mut words, mut pages) = (Vec::new(), Vec::new());
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            pages.push((attr(line, "width"), attr(line, "height")));
        } else if line.starts_with("<word ") {
            let text = line[line.find('>').unwrap() + 1..line.rfind("</word>").unwrap()].to_owned();
            words.push(Word {
                page: pages.len() - 1,
                x0: attr(line, "xMin"),
                y0: attr(line, "yMin"),
                x1: attr(line, "xMax"),
                y1: attr(line, "yMax"),
                text,
            });
        }
    }
    (words, pages)
}

const MM: f32 = 72.0 / 25.4;

/// Every word lies inside the page and inside one of the labels of a sheet
/// of `columns` x `rows` labels (`left`, `top`, `width`, `height`, the
/// pitch `across` and `down`, in mm).
fn inside_labels(file: &Path, (columns, rows): (usize, usize), grid: [f32; 6]) {
    let [left, top, width, height, across, down] = grid;
    let (words, pages) = words(file);
    assert!(!words.is_empty());
    for w in &words {
        let (pw, ph) = pages[w.page];
        assert!(
            w.x0 >= 0.0 && w.y0 >= 0.0 && w.x1 <= pw && w.y1 <= ph,
            "outside the page: {w:?}"
        );
        let fits = (0..columns).any(|c| {
            let x = (left + c as f32 * across) * MM;
            w.x0 >= x && w.x1 <= x + width * MM
        }) && (0..rows).any(|r| {
            let y = (top + r as f32 * down) * MM;
            w.y0 >= y - 0.5 && w.y1 <= y + height * MM + 0.5
        });
        assert!(fits, "`{}` outside its label: {w:?}", w.text);
    }
}

/// The first page renders, with ink on it.
fn renders(file: &Path, dir: &Path) {
    let prefix = dir.join("page");
    let out = tool("pdftoppm")
        .args(["-r", "40", "-gray", "-f", "1", "-l", "1"])
        .arg(file)
        .arg(&prefix)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "pgm"))
        .expect("a rendered page");
    let pgm = std::fs::read(page).unwrap();
    // The P5 header (magic, size, depth: three lines), then one byte a
    // pixel: some are dark.
    assert!(pgm.starts_with(b"P5"));
    let body = pgm
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(2)
        .map_or(&pgm[..], |(i, _)| &pgm[i + 1..]);
    assert!(body.iter().any(|&b| b < 128), "ink");
}

/// What the envelope blocks say, from the text form: each block's lines.
fn blocks() -> Vec<Vec<String>> {
    let text = ok(&["print", FILE, "--view", "envelopes"]);
    text.split("\n\n")
        .filter(|b| !b.starts_with("From:"))
        .map(|b| b.lines().map(str::to_owned).collect())
        .collect()
}

#[test]
fn envelopes_as_text_are_the_postal_names_and_addresses() {
    let text = ok(&["print", FILE, "--view", "envelopes"]);
    insta::assert_snapshot!("envelopes_text", text);
    // The released prisoner is left out; the alias stands in for a
    // missing postal name; the year of birth follows the name.
    assert!(!text.contains("Somewhere 1"));
    assert!(text.contains("Генадзь Узорны, 1950 г.р.\n"));
    assert!(text.starts_with("From:\nExample Solidarity Group\nPostfach 12\n10115 Berlin\n\n"));
    // A filter chooses whom: the released one too, when asked.
    let out = ok(&[
        "print",
        FILE,
        "--view",
        "envelopes",
        "--filter",
        "status:released",
    ]);
    assert!(out.ends_with("Zoë Müller\nSomewhere 1\n"), "{out}");
}

#[test]
fn sheets_as_text_say_what_to_write_and_to_whom() {
    let text = ok(&["print", FILE, "--view", "sheets", "--filter", "born:..1990"]);
    assert_eq!(text.matches("behind bars").count(), 2, "{text}");
    insta::assert_snapshot!("sheets_text", text);
}

#[test]
fn labels_3x7_read_back_exactly_and_stay_inside_their_labels() {
    let dir = tempfile::tempdir().unwrap();
    let file = pdf(dir.path(), &["--view", "envelopes"]);
    let info = tool("pdfinfo").arg(&file).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    // 26 in custody: 21 on the first sheet, 5 on the second.
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:") && l.ends_with(" 2")),
        "{info}"
    );
    let text = text_of(&file);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for block in blocks() {
        for line in block {
            let words = line.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(flat.contains(&words), "`{line}` not in the PDF:\n{text}");
        }
    }
    // Latin diacritics and Cyrillic exactly, and the sender on each label.
    for name in [
        "Łucja Żółkiewska 00",
        "Søren Ærø 01",
        "Ąžuolas Čiurlys 02",
        "Ґанна Прыклад 04",
    ] {
        assert!(flat.contains(name), "{name}");
    }
    assert_eq!(text.matches("Example Solidarity Group").count(), 26);
    inside_labels(&file, (3, 7), [7.2, 15.15, 63.5, 38.1, 66.0, 38.1]);
    renders(&file, dir.path());
}

#[test]
fn labels_2x8_and_dl_envelopes_keep_to_their_paper() {
    let dir = tempfile::tempdir().unwrap();
    let file = pdf(dir.path(), &["--view", "envelopes", "--labels", "2x8"]);
    inside_labels(&file, (2, 8), [4.65, 12.9, 99.1, 33.9, 101.6, 33.9]);
    let dir = tempfile::tempdir().unwrap();
    let file = pdf(dir.path(), &["--view", "envelopes", "--envelope", "dl"]);
    let (words, pages) = words(&file);
    assert_eq!(pages.len(), 26, "one envelope a page");
    for (w, h) in &pages {
        assert!((w - 220.0 * MM).abs() < 1.0 && (h - 110.0 * MM).abs() < 1.0);
    }
    for w in &words {
        let (pw, ph) = pages[w.page];
        assert!(
            w.x0 >= 0.0 && w.y0 >= 0.0 && w.x1 <= pw && w.y1 <= ph,
            "{w:?}"
        );
    }
    // The long address is wrapped, not cut: all of it is on its page.
    let text = text_of(&file);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(
        "ИК-98, ул. Очень Длинная Улица Имени Кого-то Очень Важного, дом 125, корпус 7, квартира 1234, 212013 г. Узорск"
    ));
    renders(&file, dir.path());
}

#[test]
fn sheets_as_pdf_carry_both_names_and_the_guidance() {
    let dir = tempfile::tempdir().unwrap();
    let file = pdf(
        dir.path(),
        &["--view", "sheets", "--filter", "id:prykladny"],
    );
    let text = text_of(&file);
    for expected in [
        "Ales Prykladny",
        "Прыкладны Алесь Сцяпанавіч",
        "382 days behind bars",
        "Belarusian, Russian",
        "chess; history of the labour movement",
        "Letters to Penal colony No. 99, Testburg",
        "Letters in Russian only; photos are refused.",
        "2 letters, the last on 2023-04-01",
    ] {
        assert!(text.contains(expected), "{expected}:\n{text}");
    }
    let (words, pages) = words(&file);
    assert_eq!(pages.len(), 1);
    for w in &words {
        assert!(w.x1 <= pages[0].0 && w.y1 <= pages[0].1, "{w:?}");
    }
    renders(&file, dir.path());
}

#[test]
fn presentation_mode_refuses_envelopes_and_keeps_sensitive_fields_off_sheets() {
    let out = run(&["--present", "print", FILE, "--view", "envelopes"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("presentation mode hides the addresses"));
    let text = ok(&[
        "--present",
        "print",
        FILE,
        "--view",
        "sheets",
        "--filter",
        "id:uzorny",
    ]);
    assert!(text.contains("Hienadź Uzorny"));
    assert!(
        !text.contains("1950"),
        "no birthday when presenting:\n{text}"
    );
}

#[test]
fn mistakes_of_the_command_line_are_said() {
    for (args, said) in [
        (
            &["--view", "envelopes", "--format", "csv"][..],
            "prints as text or pdf",
        ),
        (
            &["--view", "prisoners", "--format", "pdf", "-o", "x.pdf"][..],
            "--format pdf prints --view envelopes",
        ),
        (
            &["--view", "envelopes", "--labels", "2x8"][..],
            "--labels and --envelope lay out",
        ),
    ] {
        let mut all = vec!["print", FILE];
        all.extend_from_slice(args);
        let out = run(&all);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(said), "{args:?}: {err}");
    }
}

/// `check` says once, as an info line and not a warning, whose envelopes
/// carry no postal_name of their own.
#[test]
fn check_says_which_envelopes_lack_a_postal_name() {
    let out = run(&["check", FILE]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with(&format!("{FILE}: no problems found\n")),
        "{text}"
    );
    let info: Vec<&str> = text.lines().filter(|l| l.contains(": info: ")).collect();
    assert_eq!(info.len(), 1, "{text}");
    assert!(
        info[0].contains("1 prisoner by the first Cyrillic alias (uzorny)"),
        "{}",
        info[0]
    );
    assert!(info[0].contains("24 prisoners by the name as written"));
    // The released one and the one with a postal_name are not named.
    assert!(!info[0].contains("out") && !info[0].contains("prykladny"));
}

/// A hostile file's escape sequences, bidirectional overrides and
/// invisible characters never reach the envelopes or the sheets raw, as
/// text or in the PDF.
#[test]
fn hostile_text_never_reaches_envelopes_or_sheets_raw() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.toml");
    std::fs::write(
        &path,
        "[campaign]\nname = \"x\"\nreturn_address = \"Box\\u001b]52;c;AAAA\\u0007 1\"\nletter_guidance = \"Write\\u202e kindly\\u200b.\"\n\n[[prisoners]]\nid = \"a\"\nname = \"A\\u001b[2J\"\npostal_name = \"Имя\\u001b[31m\\u202e\"\ninterests = [\"chess\\u0007\"]\nstatus = \"imprisoned\"\naddress = \"Line\\u001b[1m one\\nLine two\\u200b\"\n",
    )
    .unwrap();
    let file = path.to_str().unwrap();
    let bad = |s: &str| {
        s.chars()
            .any(|c| (c.is_control() && c != '\n') || matches!(c, '\u{202e}' | '\u{200b}'))
    };
    for view in ["envelopes", "sheets"] {
        let text = ok(&["print", file, "--view", view]);
        assert!(!bad(&text), "{view}: {text:?}");
        assert!(text.contains("Имя"), "{view}: {text}");
        let out = dir.path().join(format!("{view}.pdf"));
        let done = run(&[
            "print",
            file,
            "--view",
            view,
            "--format",
            "pdf",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(done.status.code(), Some(0));
        let read = text_of(&out);
        assert!(!bad(&read.replace('\u{c}', "")), "{view} pdf: {read:?}");
    }
}
