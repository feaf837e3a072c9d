//! The letter evening on paper: `print --view envelopes` (the recipient
//! blocks, as text or on address labels and DL envelopes in PDF) and
//! `print --view sheets` (a page per prisoner for the writers' table).
//!
//! What goes on them is [`crate::query::letters`]'s, the dashboard's `Y`
//! copies the same envelope block; this module only lays it out. The PDF
//! pages are A4 sheets of labels in the two common layouts (3 x 7 labels of
//! 63.5 x 38.1 mm and 2 x 8 of 99.1 x 33.9 mm, as sold for laser printers),
//! or one DL envelope (220 x 110 mm) a page with the campaign's
//! `return_address` at its top left. A block that does not fit its label at
//! the usual size is set smaller, down to [`SMALLEST`] points; nothing is
//! cut, and every line is wrapped to the label's width.

use crate::model::Campaign;
use crate::query::Derived;
use crate::query::letters::{self, Envelope};

use super::pdf::{Doc, Weight};

/// How envelopes are printed as PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// A4 sheets of 3 x 7 labels, 63.5 x 38.1 mm each.
    #[default]
    Labels3x7,
    /// A4 sheets of 2 x 8 labels, 99.1 x 33.9 mm each.
    Labels2x8,
    /// One DL envelope (220 x 110 mm) a page, with the return address.
    Dl,
}

/// `--labels`: the sheet of address labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LabelSheet {
    /// A4, 3 x 7 labels of 63.5 x 38.1 mm (21 a sheet)
    #[value(name = "3x7")]
    ThreeBySeven,
    /// A4, 2 x 8 labels of 99.1 x 33.9 mm (16 a sheet)
    #[value(name = "2x8")]
    TwoByEight,
}

/// `--envelope`: envelopes printed on directly, one a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EnvelopeSize {
    /// DL, 220 x 110 mm, with the return address at the top left
    #[value(name = "dl")]
    Dl,
}

impl Paper {
    /// The paper `--labels` and `--envelope` ask for (3 x 7 labels when
    /// neither does).
    pub fn of(labels: Option<LabelSheet>, envelope: Option<EnvelopeSize>) -> Paper {
        match (labels, envelope) {
            (_, Some(EnvelopeSize::Dl)) => Paper::Dl,
            (Some(LabelSheet::TwoByEight), None) => Paper::Labels2x8,
            _ => Paper::Labels3x7,
        }
    }
}

/// A sheet of labels: the page, where the first label's top-left corner
/// is, a label's size and the distance from one label to the next.
#[derive(Debug, Clone, Copy)]
struct Labels {
    columns: usize,
    rows: usize,
    left: f32,
    top: f32,
    width: f32,
    height: f32,
    across: f32,
    down: f32,
}

const A4: (f32, f32) = (210.0, 297.0);
const DL: (f32, f32) = (220.0, 110.0);

impl Paper {
    fn labels(self) -> Option<Labels> {
        match self {
            Paper::Labels3x7 => Some(Labels {
                columns: 3,
                rows: 7,
                left: 7.2,
                top: 15.15,
                width: 63.5,
                height: 38.1,
                across: 66.0,
                down: 38.1,
            }),
            Paper::Labels2x8 => Some(Labels {
                columns: 2,
                rows: 8,
                left: 4.65,
                top: 12.9,
                width: 99.1,
                height: 33.9,
                across: 101.6,
                down: 33.9,
            }),
            Paper::Dl => None,
        }
    }
}

/// The usual size of a recipient's name and address, in points.
const NAME_PT: f32 = 10.0;
const ADDRESS_PT: f32 = 9.0;
/// The smallest a block is set to fit its label.
pub const SMALLEST: f32 = 5.0;
/// The space kept free inside a label's edges, in mm.
const PAD: f32 = 3.5;

/// The envelopes of `records` (prisoner indexes) that have an address, and
/// the records left out for want of one.
pub fn envelopes(c: &Campaign, records: &[usize]) -> (Vec<Envelope>, Vec<usize>) {
    let mut out = Vec::new();
    let mut without = Vec::new();
    for &i in records {
        match c.prisoners.get(i).and_then(letters::envelope) {
            Some(e) => out.push(e),
            None => without.push(i),
        }
    }
    (out, without)
}

/// The envelopes as text: the return address under "From:", then each
/// recipient block, a blank line between them.
pub fn envelopes_text(c: &Campaign, envelopes: &[Envelope]) -> String {
    let mut out = String::new();
    let from = return_lines(c);
    if !from.is_empty() {
        out.push_str("From:\n");
        for line in &from {
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
    }
    for (n, e) in envelopes.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        out.push_str(&e.text());
    }
    out
}

/// The campaign's `return_address`, a line each (none in presentation
/// mode, which takes it out).
fn return_lines(c: &Campaign) -> Vec<String> {
    c.info
        .return_address
        .as_deref()
        .map(letters::address_lines)
        .unwrap_or_default()
}

/// One block of lines set at two sizes: the first line (the name) bold.
struct Block {
    lines: Vec<(String, f32, Weight)>,
}

impl Block {
    fn height(&self) -> f32 {
        self.lines
            .iter()
            .map(|(_, pt, _)| Doc::line_height(*pt))
            .sum()
    }
}

/// The recipient block of `e` wrapped to `width` mm, at the largest scale
/// (from the usual sizes times `scale` down to [`SMALLEST`]) whose height
/// is at most `height` mm; at the smallest when none is.
fn fitted(doc: &Doc, e: &Envelope, width: f32, height: f32, mut scale: f32) -> Block {
    loop {
        let (name_pt, address_pt) = (NAME_PT * scale, ADDRESS_PT * scale);
        let mut lines = Vec::new();
        for part in doc.wrap(name_pt, Weight::Bold, &e.name, width) {
            lines.push((part, name_pt, Weight::Bold));
        }
        for line in &e.address {
            for part in doc.wrap(address_pt, Weight::Regular, line, width) {
                lines.push((part, address_pt, Weight::Regular));
            }
        }
        let block = Block { lines };
        if block.height() <= height || address_pt <= SMALLEST {
            return block;
        }
        scale *= 0.9;
    }
}

fn draw(doc: &mut Doc, block: &Block, x: f32, mut y: f32) {
    for (text, pt, weight) in &block.lines {
        doc.text(x, y, *pt, *weight, text);
        y += Doc::line_height(*pt);
    }
}

/// The envelopes as a PDF on `paper`.
pub fn envelopes_pdf(
    c: &Campaign,
    envelopes: &[Envelope],
    paper: Paper,
) -> Result<Vec<u8>, String> {
    let mut doc = Doc::new();
    let from = return_lines(c);
    match paper.labels() {
        Some(l) => {
            let per_page = l.columns * l.rows;
            // The sender in small type along the top of each label.
            let sender = from.join(", ");
            for (n, e) in envelopes.iter().enumerate() {
                if n % per_page == 0 {
                    doc.page(A4.0, A4.1);
                }
                let slot = n % per_page;
                let (row, column) = (slot / l.columns, slot % l.columns);
                let x = l.left + column as f32 * l.across + PAD;
                let mut y = l.top + row as f32 * l.down + PAD;
                let width = l.width - 2.0 * PAD;
                let mut room = l.height - 2.0 * PAD;
                if !sender.is_empty() {
                    let small = 5.5;
                    for part in doc.wrap(small, Weight::Regular, &sender, width) {
                        doc.text(x, y, small, Weight::Regular, &part);
                        y += Doc::line_height(small);
                        room -= Doc::line_height(small);
                    }
                    y += 0.8;
                    room -= 0.8;
                }
                let block = fitted(&doc, e, width, room, 1.0);
                draw(&mut doc, &block, x, y);
            }
            if envelopes.is_empty() {
                doc.page(A4.0, A4.1);
            }
        }
        None => {
            for e in envelopes {
                doc.page(DL.0, DL.1);
                let mut y = 10.0;
                for line in &from {
                    for part in doc.wrap(8.0, Weight::Regular, line, 90.0) {
                        doc.text(12.0, y, 8.0, Weight::Regular, &part);
                        y += Doc::line_height(8.0);
                    }
                }
                // The recipient in the lower right, as the post reads it.
                let (x, width) = (95.0, DL.0 - 95.0 - 12.0);
                let block = fitted(&doc, e, width, DL.1 - y.max(30.0) - 10.0, 1.3);
                let top = (DL.1 - 10.0 - block.height()).min(50.0);
                draw(&mut doc, &block, x, top);
            }
            if envelopes.is_empty() {
                doc.page(DL.0, DL.1);
            }
        }
    }
    doc.finish()
}

/// The sheets of `records` as text, one after the other under a rule.
pub fn sheets_text(c: &Campaign, d: &Derived, records: &[usize]) -> String {
    let mut out = String::new();
    for (n, &i) in records.iter().enumerate() {
        let Some(sheet) = letters::sheet(c, d, i) else {
            continue;
        };
        if n > 0 {
            out.push_str("\n────────────────────────────────────────\n\n");
        }
        out.push_str(&sheet.name);
        out.push('\n');
        if let Some(cyrillic) = &sheet.cyrillic {
            out.push_str(cyrillic);
            out.push('\n');
        }
        out.push('\n');
        let label_width = sheet.rows.iter().map(|(l, _)| l.len()).max().unwrap_or(0);
        for (label, text) in &sheet.rows {
            out.push_str(&format!("  {label:<label_width$}  {text}\n"));
        }
        for (heading, text) in &sheet.texts {
            out.push('\n');
            out.push_str(heading);
            out.push_str(":\n");
            for line in text.lines() {
                out.push_str("  ");
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// The sheets of `records` as a PDF: a page each (more where the texts
/// run long), A4.
pub fn sheets_pdf(c: &Campaign, d: &Derived, records: &[usize]) -> Result<Vec<u8>, String> {
    const MARGIN: f32 = 20.0;
    let width = A4.0 - 2.0 * MARGIN;
    let bottom = A4.1 - MARGIN;
    let mut doc = Doc::new();
    for &i in records {
        let Some(sheet) = letters::sheet(c, d, i) else {
            continue;
        };
        doc.page(A4.0, A4.1);
        let mut y = MARGIN;
        // Lines set one after the other, a new page where one would not fit.
        let put = |doc: &mut Doc, x: f32, pt: f32, weight: Weight, text: &str, y: &mut f32| {
            for part in doc.wrap(pt, weight, text, A4.0 - MARGIN - x) {
                if *y + Doc::line_height(pt) > bottom {
                    doc.page(A4.0, A4.1);
                    *y = MARGIN;
                }
                doc.text(x, *y, pt, weight, &part);
                *y += Doc::line_height(pt);
            }
        };
        put(&mut doc, MARGIN, 20.0, Weight::Bold, &sheet.name, &mut y);
        if let Some(cyrillic) = &sheet.cyrillic {
            put(&mut doc, MARGIN, 16.0, Weight::Regular, cyrillic, &mut y);
        }
        y += 6.0;
        let label_width = sheet
            .rows
            .iter()
            .map(|(l, _)| doc.width(11.0, Weight::Bold, l))
            .fold(0.0_f32, f32::max)
            + 5.0;
        for (label, text) in &sheet.rows {
            let parts = doc.wrap(11.0, Weight::Regular, text, width - label_width);
            for (k, part) in parts.iter().enumerate() {
                if y + Doc::line_height(11.0) > bottom {
                    doc.page(A4.0, A4.1);
                    y = MARGIN;
                }
                if k == 0 {
                    doc.text(MARGIN, y, 11.0, Weight::Bold, label);
                }
                doc.text(MARGIN + label_width, y, 11.0, Weight::Regular, part);
                y += Doc::line_height(11.0);
            }
            y += 1.0;
        }
        for (heading, text) in &sheet.texts {
            y += 5.0;
            put(&mut doc, MARGIN, 13.0, Weight::Bold, heading, &mut y);
            y += 1.0;
            for line in text.lines() {
                put(&mut doc, MARGIN, 11.0, Weight::Regular, line, &mut y);
            }
        }
    }
    if records.is_empty() {
        doc.page(A4.0, A4.1);
    }
    doc.finish()
}
