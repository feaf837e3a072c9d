//! A small PDF writer for envelope address labels and one-page sheets.
//!
//! [`Doc`] collects pages and lines of text, measured in millimetres from the
//! page's top-left corner (y grows downwards), and [`Doc::finish`] writes the
//! PDF with [krilla](https://docs.rs/krilla). The text is set in DejaVu Sans
//! and DejaVu Sans Bold, compiled into the binary from the folder that
//! `font_dir!` names (their `LICENSE` is there and must ship with them).
//! They cover Cyrillic, Latin with diacritics (`Łódź`, `Jarašuk`,
//! `Сцяпанавіч`), Greek and much more. krilla embeds only the glyphs a
//! document uses, with a ToUnicode map, so the text is searchable and
//! `pdftotext` reads it back exactly.
//!
//! # How text is set
//!
//! - Text is first composed to Unicode NFC, so that a letter typed as a base
//!   and a combining accent (`s` + U+030C) is drawn with the font's single
//!   accented glyph (`š`). [`Doc::wrap`] returns NFC text too.
//! - One character, one glyph, advanced by the font's advance width: there is
//!   no kerning, no ligatures and no bidirectional reordering. That is right
//!   for Latin, Cyrillic and Greek addresses. Right-to-left and joining
//!   scripts are not supported: DejaVu Sans has Hebrew and Arabic letters,
//!   which would come out left to right and unjoined.
//! - A character the font has no glyph for (see [`covered`]: CJK,
//!   Devanagari, most emoji, control characters such as a tab or `'\n'` in
//!   [`Doc::text`]) is drawn as `?`, never dropped silently, and is measured
//!   as `?`.

use std::sync::LazyLock;

use krilla::Document;
use krilla::geom::Point;
use krilla::page::PageSettings;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The folder of the font files, relative to this source file: the one place
/// to change if the module or the fonts move.
macro_rules! font_dir {
    () => {
        "../../assets/fonts/"
    };
}

static REGULAR_TTF: &[u8] = include_bytes!(concat!(font_dir!(), "DejaVuSans.ttf"));
static BOLD_TTF: &[u8] = include_bytes!(concat!(font_dir!(), "DejaVuSans-Bold.ttf"));

/// Millimetres in a PostScript point (1/72 inch).
const MM_PER_PT: f32 = 25.4 / 72.0;

/// The line height as a multiple of the font size.
const LINE_SPACING: f32 = 1.2;

/// What [`Doc::text`] draws in place of a character the font lacks.
pub const REPLACEMENT: char = '?';

/// The typeface of a line of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    /// DejaVu Sans.
    Regular,
    /// DejaVu Sans Bold.
    Bold,
}

/// A document being built: pages of positioned lines of text.
///
/// Millimetres; origin at the page's top-left, y growing downwards. Nothing
/// is laid out into PDF until [`finish`](Doc::finish), so the calls are cheap
/// and cannot fail; an invalid argument (a size that is not positive and
/// finite, a position that is not finite) is remembered and makes `finish`
/// return an error naming the first one.
#[derive(Debug, Default)]
pub struct Doc {
    pages: Vec<Page>,
    error: Option<String>,
}

#[derive(Debug)]
struct Page {
    width_mm: f32,
    height_mm: f32,
    lines: Vec<Line>,
}

#[derive(Debug)]
struct Line {
    x_mm: f32,
    y_mm: f32,
    size_pt: f32,
    weight: Weight,
    /// NFC, every character covered by the weight's font.
    text: String,
}

impl Doc {
    /// An empty document.
    pub fn new() -> Doc {
        Doc::default()
    }

    /// Starts a new page of this size in mm (A4 = 210x297, DL envelope =
    /// 220x110). Text drawn before the first call goes on an A4 page.
    pub fn page(&mut self, width_mm: f32, height_mm: f32) {
        if !(positive(width_mm) && positive(height_mm)) {
            self.fail(format!("page size {width_mm} x {height_mm} mm"));
        }
        self.pages.push(Page {
            width_mm,
            height_mm,
            lines: Vec::new(),
        });
    }

    /// Draws one line of text whose top-left is at (x, y) mm, size in points.
    ///
    /// The line's box is [`width`](Doc::width) wide and
    /// [`line_height`](Doc::line_height) high, with the glyphs centred in it
    /// vertically, so lines `line_height` apart neither touch nor overlap.
    /// Characters the font lacks are drawn as [`REPLACEMENT`].
    pub fn text(&mut self, x_mm: f32, y_mm: f32, size_pt: f32, weight: Weight, text: &str) {
        if !(x_mm.is_finite() && y_mm.is_finite() && positive(size_pt)) {
            self.fail(format!("text at ({x_mm}, {y_mm}) mm, size {size_pt} pt"));
            return;
        }
        if self.pages.is_empty() {
            self.page(210.0, 297.0);
        }
        let face = face(weight);
        let text: String = text.nfc().map(|ch| face.drawn(ch)).collect();
        if text.is_empty() {
            return;
        }
        let page = self.pages.last_mut().expect("a page was just made");
        page.lines.push(Line {
            x_mm,
            y_mm,
            size_pt,
            weight,
            text,
        });
    }

    /// The width in mm the text takes at that size (from the font's
    /// advances), as [`text`](Doc::text) would draw it.
    pub fn width(&self, size_pt: f32, weight: Weight, text: &str) -> f32 {
        let face = face(weight);
        face.to_mm(face.units(text.nfc()), size_pt)
    }

    /// Cuts `text` into lines no wider than `width_mm`, at spaces where
    /// possible, inside a word where a word is too long alone; keeps explicit
    /// `'\n'` breaks.
    ///
    /// - Each `'\n'` (or `"\r\n"`) ends a line, so `"a\n\nb"` gives `a`, an
    ///   empty line and `b`; empty text gives no line.
    /// - Runs of whitespace between words become one space, and whitespace at
    ///   either end of a line is dropped; no-break spaces (U+00A0, U+2007,
    ///   U+202F) join words instead.
    /// - A word cut inside gets no hyphen, and the cut never separates a
    ///   letter from its combining accents. The only line wider than
    ///   `width_mm` is a single character that is wider by itself.
    /// - The lines are in NFC, like the text `text` draws.
    pub fn wrap(&self, size_pt: f32, weight: Weight, text: &str, width_mm: f32) -> Vec<String> {
        let face = face(weight);
        let fits = |units: u64| face.to_mm(units, size_pt) <= width_mm;
        let space = face.units(" ".chars());
        let text: String = text.nfc().collect();
        let mut lines = Vec::new();
        if text.is_empty() {
            return lines;
        }
        for paragraph in text.split('\n') {
            let paragraph = paragraph.strip_suffix('\r').unwrap_or(paragraph);
            let mut line = String::new();
            let mut line_units = 0;
            for word in paragraph.split(breaks).filter(|w| !w.is_empty()) {
                let word_units = face.units(word.chars());
                if !line.is_empty() {
                    if fits(line_units + space + word_units) {
                        line.push(' ');
                        line.push_str(word);
                        line_units += space + word_units;
                        continue;
                    }
                    lines.push(std::mem::take(&mut line));
                    line_units = 0;
                }
                if fits(word_units) {
                    line.push_str(word);
                    line_units = word_units;
                    continue;
                }
                // Too wide alone: as many characters to a line as fit.
                for cluster in clusters(word) {
                    let units = face.units(cluster.chars());
                    if !line.is_empty() && !fits(line_units + units) {
                        lines.push(std::mem::take(&mut line));
                        line_units = 0;
                    }
                    line.push_str(cluster);
                    line_units += units;
                }
            }
            lines.push(line);
        }
        lines
    }

    /// The line height in mm for a size (1.2 x size).
    pub fn line_height(size_pt: f32) -> f32 {
        size_pt * LINE_SPACING * MM_PER_PT
    }

    /// The finished PDF bytes, or what was wrong: the first invalid argument
    /// given to [`page`](Doc::page) or [`text`](Doc::text), or krilla's
    /// error. A document without pages gets one empty A4 page.
    pub fn finish(mut self) -> Result<Vec<u8>, String> {
        if let Some(error) = self.error {
            return Err(format!("cannot write the PDF: invalid {error}"));
        }
        if self.pages.is_empty() {
            self.page(210.0, 297.0);
        }
        let fonts = [Weight::Regular, Weight::Bold].map(|weight| {
            Font::new(face(weight).data.into(), 0).expect("the built-in fonts are valid")
        });
        let mut document = Document::new();
        let mut glyphs = Vec::new();
        for page in &self.pages {
            let settings =
                PageSettings::from_wh(page.width_mm / MM_PER_PT, page.height_mm / MM_PER_PT)
                    .ok_or_else(|| {
                        format!(
                            "cannot write the PDF: invalid page size {} x {} mm",
                            page.width_mm, page.height_mm
                        )
                    })?;
            let mut pdf_page = document.start_page_with(settings);
            let mut surface = pdf_page.surface();
            for line in &page.lines {
                let face = face(line.weight);
                glyphs.clear();
                glyphs.extend(line.text.char_indices().map(|(at, ch)| {
                    let (glyph, advance) = face.glyph(ch).unwrap_or((0, 0));
                    KrillaGlyph::new(
                        GlyphId::new(glyph),
                        advance as f32 / face.units_per_em,
                        0.0,
                        0.0,
                        0.0,
                        at..at + ch.len_utf8(),
                        None,
                    )
                }));
                let size = line.size_pt;
                // Centre the font's ascent + descent in the line's box.
                let baseline = line.y_mm / MM_PER_PT
                    + (LINE_SPACING * size - (face.ascent + face.descent) * size) / 2.0
                    + face.ascent * size;
                let font = fonts[line.weight as usize].clone();
                surface.draw_glyphs(
                    Point::from_xy(line.x_mm / MM_PER_PT, baseline),
                    &glyphs,
                    font,
                    &line.text,
                    size,
                    false,
                );
            }
            surface.finish();
            pdf_page.finish();
        }
        document
            .finish()
            .map_err(|error| format!("cannot write the PDF: {error:?}"))
    }

    fn fail(&mut self, what: String) {
        self.error.get_or_insert(what);
    }
}

/// Whether the font of `weight` has a glyph for `ch` (from its cmap), that is
/// whether [`Doc::text`] draws it as itself rather than as [`REPLACEMENT`].
/// Control characters count as not covered.
pub fn covered(weight: Weight, ch: char) -> bool {
    face(weight).glyph(ch).is_some()
}

fn positive(n: f32) -> bool {
    n.is_finite() && n > 0.0
}

/// Where [`Doc::wrap`] may break a line: whitespace other than no-break
/// spaces (and other than '\n', split on before).
fn breaks(ch: char) -> bool {
    ch.is_whitespace() && !matches!(ch, '\u{a0}' | '\u{2007}' | '\u{202f}')
}

/// The word cut into characters, each with the combining marks after it.
fn clusters(word: &str) -> impl Iterator<Item = &str> {
    let mut rest = word;
    std::iter::from_fn(move || {
        let mut chars = rest.char_indices();
        chars.next()?;
        let end = chars
            .find(|&(_, ch)| !is_combining_mark(ch))
            .map_or(rest.len(), |(at, _)| at);
        let (cluster, after) = rest.split_at(end);
        rest = after;
        Some(cluster)
    })
}

/// One of the built-in fonts, read with skrifa for coverage and metrics.
struct Face {
    data: &'static [u8],
    charmap: Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    units_per_em: f32,
    /// Above the baseline, in ems.
    ascent: f32,
    /// Below the baseline, in ems, positive.
    descent: f32,
}

static FACES: LazyLock<[Face; 2]> = LazyLock::new(|| [Face::new(REGULAR_TTF), Face::new(BOLD_TTF)]);

fn face(weight: Weight) -> &'static Face {
    &FACES[weight as usize]
}

impl Face {
    fn new(data: &'static [u8]) -> Face {
        let font = FontRef::new(data).expect("the built-in fonts are valid");
        let location = LocationRef::default();
        let metrics = font.metrics(Size::unscaled(), location);
        let units_per_em = f32::from(metrics.units_per_em);
        Face {
            data,
            charmap: font.charmap(),
            metrics: font.glyph_metrics(Size::unscaled(), location),
            units_per_em,
            ascent: metrics.ascent / units_per_em,
            descent: -metrics.descent / units_per_em,
        }
    }

    /// The glyph id and advance (font units) of a covered character.
    fn glyph(&self, ch: char) -> Option<(u32, u32)> {
        if ch.is_control() {
            return None;
        }
        let glyph = self.charmap.map(ch).filter(|glyph| glyph.to_u32() != 0)?;
        let advance = self.metrics.advance_width(glyph).unwrap_or(0.0);
        Some((glyph.to_u32(), advance.max(0.0) as u32))
    }

    /// The character as drawn: itself if covered, else the replacement.
    fn drawn(&self, ch: char) -> char {
        if self.glyph(ch).is_some() {
            ch
        } else {
            REPLACEMENT
        }
    }

    /// The advance of the characters as drawn, in font units.
    fn units(&self, chars: impl Iterator<Item = char>) -> u64 {
        chars
            .map(|ch| {
                self.glyph(self.drawn(ch))
                    .map_or(0, |(_, advance)| u64::from(advance))
            })
            .sum()
    }

    fn to_mm(&self, units: u64, size_pt: f32) -> f32 {
        units as f32 / self.units_per_em * size_pt * MM_PER_PT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::path::{Path, PathBuf};
    use std::process::Command;
    use std::time::Instant;

    const CYRILLIC: &str = "Ярашук Аляксандр Сцяпанавіч";
    const LATIN: &str = "Ihar Losik, Aliaksandr Jarašuk, Łódź, Hienadź Fiadynič";
    const ADDRESS: &str = "Папраўчая калонія № 2 (ПК-2), вуліца Пралетарская, дом 1, \
        213800 горад Бабруйск, Магілёўская вобласць, Рэспубліка Беларусь; \
        Ihar Losik, Łódź, Žilina, Ærøskøbing, Malmö, Kraków, Plzeň";

    /// A file in the temporary folder, removed when dropped.
    struct TempFile(PathBuf);

    impl TempFile {
        fn new(name: &str, bytes: &[u8]) -> TempFile {
            let path = std::env::temp_dir()
                .join(format!("campaign-dash-pdf-{}-{name}", std::process::id()));
            std::fs::write(&path, bytes).expect("write the temporary file");
            TempFile(path)
        }
    }

    impl Drop for TempFile {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }

    /// Runs one of poppler-utils' programs and returns its stdout.
    fn poppler(program: &str, args: &[&str], pdf: &Path) -> Vec<u8> {
        let output = Command::new(program)
            .args(args)
            .arg(pdf)
            // pdftotext writes to a file unless told "-"; the others to stdout.
            .args((program == "pdftotext").then_some("-"))
            .output()
            .unwrap_or_else(|error| {
                panic!("cannot run {program} ({error}): install poppler-utils")
            });
        assert!(
            output.status.success(),
            "{program} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output.stdout
    }

    fn pdftotext(pdf: &Path) -> String {
        String::from_utf8(poppler("pdftotext", &["-layout"], pdf)).expect("pdftotext writes UTF-8")
    }

    fn read_lines(text: &str) -> Vec<&str> {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    }

    /// A page of the PDF rendered as 8-bit grey: (width, height, pixels).
    fn render_grey(pdf: &Path, dpi: u32) -> (usize, usize, Vec<u8>) {
        let pgm = poppler(
            "pdftoppm",
            &["-r", &dpi.to_string(), "-gray", "-f", "1", "-l", "1"],
            pdf,
        );
        // "P5\n<width> <height>\n255\n" then the pixels.
        let mut fields = pgm.splitn(5, |b| b.is_ascii_whitespace());
        assert_eq!(fields.next(), Some(&b"P5"[..]));
        let mut number = || -> usize {
            std::str::from_utf8(fields.next().expect("a PGM header field"))
                .expect("ASCII")
                .parse()
                .expect("a number")
        };
        let (width, height, max) = (number(), number(), number());
        assert_eq!(max, 255);
        let pixels = fields.next().expect("the PGM pixels").to_vec();
        assert_eq!(pixels.len(), width * height);
        (width, height, pixels)
    }

    #[test]
    fn names_read_back_exactly_and_render() {
        let mut doc = Doc::new();
        doc.page(220.0, 110.0);
        doc.text(20.0, 15.0, 14.0, Weight::Bold, CYRILLIC);
        doc.text(20.0, 25.0, 11.0, Weight::Regular, LATIN);
        doc.text(20.0, 32.0, 11.0, Weight::Bold, LATIN);
        let wrapped = doc.wrap(10.0, Weight::Regular, ADDRESS, 90.0);
        assert!(wrapped.len() >= 3, "{wrapped:?}");
        let mut y = 45.0;
        for line in &wrapped {
            doc.text(110.0, y, 10.0, Weight::Regular, line);
            y += Doc::line_height(10.0);
        }
        let pdf = doc.finish().expect("finish");
        assert!(pdf.starts_with(b"%PDF-"));
        let file = TempFile::new("names.pdf", &pdf);

        let text = pdftotext(&file.0);
        let lines = read_lines(&text);
        assert_eq!(lines[0], CYRILLIC, "{text}");
        assert_eq!(lines[1], LATIN, "{text}");
        assert_eq!(lines[2], LATIN, "{text}");
        assert_eq!(&lines[3..], wrapped, "{text}");

        let png = poppler(
            "pdftoppm",
            &["-r", "50", "-png", "-f", "1", "-l", "1"],
            &file.0,
        );
        assert!(
            png.starts_with(b"\x89PNG\r\n\x1a\n"),
            "pdftoppm wrote no PNG"
        );
        let (_, _, pixels) = render_grey(&file.0, 50);
        assert!(pixels.iter().any(|&p| p < 128), "the page renders blank");
    }

    #[test]
    fn text_lies_in_its_box() {
        // At 72 dpi a pixel is a point.
        let (x, y, size) = (30.0, 20.0, 24.0);
        for (weight, text) in [(Weight::Regular, "Ąžuolas"), (Weight::Bold, "Йјg|ÅÉ")] {
            let mut doc = Doc::new();
            doc.page(220.0, 110.0);
            doc.text(x, y, size, weight, text);
            let (left, right) = (
                x / MM_PER_PT,
                (x + doc.width(size, weight, text)) / MM_PER_PT,
            );
            let (top, bottom) = (y / MM_PER_PT, (y + Doc::line_height(size)) / MM_PER_PT);
            let file = TempFile::new("box.pdf", &doc.finish().expect("finish"));
            let (width, height, pixels) = render_grey(&file.0, 72);
            assert_eq!((width, height), (624, 312), "220 x 110 mm at 72 dpi");
            let ink: Vec<(f32, f32)> = (0..height)
                .flat_map(|row| (0..width).map(move |col| (col, row)))
                .filter(|&(col, row)| pixels[row * width + col] < 160)
                .map(|(col, row)| (col as f32, row as f32))
                .collect();
            assert!(!ink.is_empty());
            let min_x = ink.iter().map(|p| p.0).fold(f32::MAX, f32::min);
            let max_x = ink.iter().map(|p| p.0).fold(f32::MIN, f32::max);
            let min_y = ink.iter().map(|p| p.1).fold(f32::MAX, f32::min);
            let max_y = ink.iter().map(|p| p.1).fold(f32::MIN, f32::max);
            // One pixel of slack for anti-aliasing and rounding.
            assert!(
                min_x >= left - 1.0 && max_x <= right + 1.0,
                "{text}: x {min_x}..{max_x} not in {left}..{right}"
            );
            assert!(
                min_y >= top - 1.0 && max_y <= bottom + 1.0,
                "{text}: y {min_y}..{max_y} not in {top}..{bottom}"
            );
            // And it fills most of the box: not drawn somewhere tiny.
            assert!(
                max_x - min_x > (right - left) * 0.8,
                "{text}: x {min_x}..{max_x}"
            );
            assert!(
                max_y - min_y > (bottom - top) * 0.6,
                "{text}: y {min_y}..{max_y}"
            );
        }
    }

    #[test]
    fn uncovered_characters_become_question_marks() {
        assert!(covered(Weight::Regular, 'Ł'));
        assert!(covered(Weight::Bold, 'і'));
        assert!(covered(Weight::Regular, '№'));
        assert!(!covered(Weight::Regular, '中'));
        assert!(!covered(Weight::Bold, 'क'));
        assert!(!covered(Weight::Regular, '\u{e000}'));
        assert!(!covered(Weight::Regular, '\t'));
        assert!(!covered(Weight::Regular, '\n'));

        let text = "Łódź 中 क\u{e000}\tend";
        let mut doc = Doc::new();
        assert_eq!(
            doc.width(10.0, Weight::Regular, text),
            doc.width(10.0, Weight::Regular, "Łódź ? ???end")
        );
        doc.page(210.0, 297.0);
        doc.text(20.0, 20.0, 12.0, Weight::Regular, text);
        let file = TempFile::new("uncovered.pdf", &doc.finish().expect("finish"));
        assert_eq!(read_lines(&pdftotext(&file.0)), ["Łódź ? ???end"]);
    }

    #[test]
    fn decomposed_accents_are_composed() {
        let decomposed = "Jaras\u{30c}uk, Lo\u{301}dz\u{301}";
        let composed = "Jarašuk, Lódź";
        let doc = Doc::new();
        assert_eq!(
            doc.width(10.0, Weight::Regular, decomposed),
            doc.width(10.0, Weight::Regular, composed)
        );
        assert_eq!(
            doc.wrap(10.0, Weight::Regular, decomposed, 100.0),
            [composed]
        );
        let mut doc = Doc::new();
        doc.text(20.0, 20.0, 12.0, Weight::Regular, decomposed);
        let file = TempFile::new("nfc.pdf", &doc.finish().expect("finish"));
        assert_eq!(read_lines(&pdftotext(&file.0)), [composed]);
    }

    #[test]
    fn width_adds_up_and_scales() {
        let doc = Doc::new();
        let w = |s: &str| doc.width(10.0, Weight::Regular, s);
        assert_eq!(w(""), 0.0);
        assert!((w("Łódź Сцяпанавіч") - (w("Łódź") + w(" ") + w("Сцяпанавіч"))).abs() < 1e-4);
        assert!((doc.width(20.0, Weight::Regular, "Łódź") - 2.0 * w("Łódź")).abs() < 1e-4);
        assert!(doc.width(10.0, Weight::Bold, "Łódź") > w("Łódź"));
        // DejaVu Sans: 'M' advances 1767/2048 em; 10 pt = 3.5278 mm.
        assert!((w("M") - 1767.0 / 2048.0 * 10.0 * 25.4 / 72.0).abs() < 1e-4);
        assert!((Doc::line_height(10.0) - 4.2333).abs() < 1e-3);
    }

    fn words(text: &str) -> Vec<&str> {
        text.split(breaks).filter(|w| !w.is_empty()).collect()
    }

    fn ink(text: &str) -> String {
        text.chars().filter(|&c| !breaks(c)).collect()
    }

    #[test]
    fn wrap_fits_and_loses_nothing() {
        let doc = Doc::new();
        for weight in [Weight::Regular, Weight::Bold] {
            for size in [8.0, 10.0, 12.5] {
                let longest = words(ADDRESS)
                    .iter()
                    .map(|w| doc.width(size, weight, w))
                    .fold(0.0, f32::max);
                for width in (10..=200).map(|w| w as f32) {
                    let lines = doc.wrap(size, weight, ADDRESS, width);
                    for line in &lines {
                        assert!(
                            doc.width(size, weight, line) <= width,
                            "{line:?} wider than {width} mm"
                        );
                        assert_eq!(line.trim(), line);
                        assert!(!line.is_empty());
                    }
                    assert_eq!(ink(&lines.concat()), ink(ADDRESS), "at {width} mm");
                    if width >= longest {
                        assert_eq!(words(&lines.join(" ")), words(ADDRESS), "at {width} mm");
                    }
                    // Greedy: the next line's first word would not have fit.
                    for pair in lines.windows(2) {
                        if let Some(first) = words(&pair[1]).first().filter(|_| width >= longest) {
                            let joined = format!("{} {first}", pair[0]);
                            assert!(doc.width(size, weight, &joined) > width, "{joined:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn wrap_cases() {
        let doc = Doc::new();
        let wrap = |text: &str, width: f32| doc.wrap(10.0, Weight::Regular, text, width);
        assert!(wrap("", 50.0).is_empty());
        assert_eq!(wrap("  Ihar   Losik  ", 100.0), ["Ihar Losik"]);
        assert_eq!(wrap("Ihar\n\nLosik\r\n", 100.0), ["Ihar", "", "Losik", ""]);
        assert_eq!(wrap("a\tb", 100.0), ["a b"]);
        // A no-break space holds "№ 2" together.
        let no_break = "калонія №\u{a0}2";
        let narrow = doc.width(10.0, Weight::Regular, "калонія №") + 0.1;
        assert_eq!(wrap(no_break, narrow), ["калонія", "№\u{a0}2"]);
        // A word too long alone is cut, nothing lost, every line fits.
        let long = "Магілёўскаяваласць";
        let width = doc.width(10.0, Weight::Regular, long) / 3.0;
        let lines = wrap(&format!("ПК-2 {long} 213800"), width);
        assert!(lines.len() >= 4, "{lines:?}");
        assert!(
            lines
                .iter()
                .all(|l| doc.width(10.0, Weight::Regular, l) <= width)
        );
        assert_eq!(ink(&lines.concat()), ink(&format!("ПК-2{long}213800")));
        // The cut keeps combining marks with their letter.
        let marks = "x\u{301}\u{323}".repeat(10);
        for line in wrap(&marks, 5.0) {
            assert!(!line.starts_with(is_combining_mark), "{line:?}");
        }
        // Narrower than one letter: one letter a line, still nothing lost.
        assert_eq!(wrap("Жук", 0.5), ["Ж", "у", "к"]);
    }

    #[test]
    fn invalid_arguments_fail_in_finish() {
        let mut doc = Doc::new();
        doc.page(0.0, 297.0);
        assert!(doc.finish().unwrap_err().contains("page size 0 x 297"));
        let mut doc = Doc::new();
        doc.text(10.0, f32::NAN, 10.0, Weight::Regular, "x");
        assert!(doc.finish().is_err());
        let mut doc = Doc::new();
        doc.text(10.0, 10.0, -1.0, Weight::Regular, "x");
        assert!(doc.finish().is_err());
    }

    #[test]
    fn empty_doc_is_one_blank_page() {
        let file = TempFile::new("empty.pdf", &Doc::new().finish().expect("finish"));
        let info = String::from_utf8(poppler("pdfinfo", &[], &file.0)).expect("UTF-8");
        assert!(
            info.lines()
                .any(|l| l.split_whitespace().eq(["Pages:", "1"])),
            "{info}"
        );
    }

    fn doc_wrap_name(i: usize) -> Vec<String> {
        Doc::new().wrap(9.0, Weight::Bold, &format!("{CYRILLIC} {i}"), 60.0)
    }

    /// 1,000 envelope labels of 7 lines, 21 a page (3 x 7 on A4): 48 pages.
    /// `cargo test --release thousand_labels -- --nocapture` prints the time.
    #[test]
    fn thousand_labels() {
        let start = Instant::now();
        let mut doc = Doc::new();
        let (label_w, label_h) = (70.0, 297.0 / 7.0);
        for i in 0..1000 {
            if i % 21 == 0 {
                doc.page(210.0, 297.0);
            }
            let (col, row) = ((i % 21) % 3, (i % 21) / 3);
            let (x, mut y) = (col as f32 * label_w + 5.0, row as f32 * label_h + 4.0);
            let lines = [
                format!("{CYRILLIC} {i}"),
                "Папраўчая калонія № 2".to_owned(),
                "вул. Пралетарская, 1".to_owned(),
                "213800 Бабруйск".to_owned(),
                "Магілёўская вобласць".to_owned(),
                format!("Łódź {i}, Jarašuk"),
                "Беларусь / Belarus".to_owned(),
            ];
            for (n, line) in lines.iter().enumerate() {
                let weight = if n == 0 {
                    Weight::Bold
                } else {
                    Weight::Regular
                };
                let size = if n == 0 { 9.0 } else { 8.5 };
                for part in doc.wrap(size, weight, line, label_w - 10.0) {
                    doc.text(x, y, size, weight, &part);
                    y += Doc::line_height(size);
                }
            }
        }
        let built = start.elapsed();
        let pdf = doc.finish().expect("finish");
        let total = start.elapsed();
        eprintln!(
            "1000 labels, 48 pages: built in {built:?}, finished in {:?}, total {total:?}, {} bytes",
            total - built,
            pdf.len()
        );
        let file = TempFile::new("labels.pdf", &pdf);
        let info = String::from_utf8(poppler("pdfinfo", &[], &file.0)).expect("UTF-8");
        assert!(
            info.lines()
                .any(|l| l.split_whitespace().eq(["Pages:", "48"])),
            "{info}"
        );
        let last = String::from_utf8(poppler("pdftotext", &["-f", "48", "-l", "48"], &file.0))
            .expect("UTF-8");
        let expected = doc_wrap_name(999);
        let last_lines = read_lines(&last);
        assert!(
            last_lines.windows(expected.len()).any(|w| w == expected),
            "{expected:?} not in {last}"
        );
        assert!(last.contains("Łódź 999, Jarašuk"), "{last}");
    }
}
