//! The help overlay's layout, generated from the keymap: in two columns when
//! the screen is wide enough, the long help texts wrapped, and scrolled by
//! update when it still does not fit. The ui only styles and draws these rows;
//! update clamps the scroll with the same numbers.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::{Action, App, Tab, keymap};
use crate::query::RecordKind;
use crate::text::wrap;

/// How a piece of a help row is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpStyle {
    Key,
    Text,
    Label,
    Muted,
}

/// One row of the help: pieces of text, left to right.
pub type HelpRow = Vec<(String, HelpStyle)>;

/// Where the help goes and what it says, before scrolling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLayout {
    /// The whole overlay, borders included.
    pub area: Rect,
    /// Every row of the help; `area` shows `area.height - 2` of them.
    pub rows: Vec<HelpRow>,
}

impl HelpLayout {
    /// The rows shown at once.
    pub fn visible(&self) -> usize {
        usize::from(self.area.height.saturating_sub(2))
    }

    /// The largest scroll that still fills the overlay.
    pub fn max_scroll(&self) -> usize {
        self.rows.len().saturating_sub(self.visible())
    }
}

/// The narrowest help text beside the keys in a column of two.
const MIN_TEXT: usize = 24;
/// The cells between the two columns.
const GAP: usize = 3;

/// One binding as rows of `width` cells: the keys, then the help wrapped
/// beside them.
fn binding_rows(keys: &str, help: &str, key_width: usize, width: usize) -> Vec<HelpRow> {
    let text_width = width.saturating_sub(key_width + 3).max(8);
    wrap(help, text_width)
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let keys = if i == 0 { keys } else { "" };
            let pad = key_width.saturating_sub(keys.width());
            vec![
                (format!(" {keys}{}  ", " ".repeat(pad)), HelpStyle::Key),
                (part, HelpStyle::Text),
            ]
        })
        .collect()
}

/// The help laid out in `body` (the screen between the tab bar and the
/// status bar); below the keys, on a list's tab, the filter fields of
/// its records with what each searches, in the order the filter declares them.
pub fn layout(body: Rect, keymap: &keymap::Keymap, tab: Tab) -> HelpLayout {
    // One column where the keys and the notes below them fit in it as
    // they wrap (measured, not guessed: a help text or a language longer
    // by a row tips it), else two where they fit side by side.
    let (one, fits) = layout_in(body, keymap, tab, false);
    if fits {
        return one;
    }
    let key_width = keymap
        .bind
        .iter()
        .map(|b| b.keys.join(", ").width())
        .max()
        .unwrap_or(0);
    let inner_width = usize::from(body.width.saturating_sub(2));
    if inner_width >= 2 * (1 + key_width + 2 + MIN_TEXT) + GAP {
        layout_in(body, keymap, tab, true).0
    } else {
        one
    }
}

/// [`layout`] in one column or two; and whether the keys and the notes
/// below them fit whole, without scrolling, at full width.
fn layout_in(
    body: Rect,
    keymap: &keymap::Keymap,
    tab: Tab,
    two_columns: bool,
) -> (HelpLayout, bool) {
    let bindings = &keymap.bind;
    let keys: Vec<String> = bindings.iter().map(|b| b.keys.join(", ")).collect();
    let key_width = keys.iter().map(|k| k.width()).max().unwrap_or(0);
    let help_width = bindings
        .iter()
        .map(|b| b.help_text().width())
        .max()
        .unwrap_or(0);
    // A column: a space, the keys, two spaces, the help.
    let full = 1 + key_width + 2 + help_width;
    let inner_width = usize::from(body.width.saturating_sub(2));
    let inner_height = usize::from(body.height.saturating_sub(2));
    let column_width = if two_columns {
        full.min((inner_width - GAP) / 2)
    } else {
        full.min(inner_width)
    };
    let entries: Vec<Vec<HelpRow>> = bindings
        .iter()
        .zip(&keys)
        .map(|(b, k)| binding_rows(k, b.help_text(), key_width, column_width))
        .collect();
    let mut rows: Vec<HelpRow> = if two_columns {
        // Fill the left column top down, then the right, splitting where
        // the two come out most even (never inside a binding), each
        // column as wide in keys as its own widest keys: more room for
        // the help beside them.
        let column = |range: std::ops::Range<usize>| -> Vec<HelpRow> {
            let own = keys[range.clone()]
                .iter()
                .map(|k| k.width())
                .max()
                .unwrap_or(0);
            bindings[range.clone()]
                .iter()
                .zip(&keys[range])
                .flat_map(|(b, k)| binding_rows(k, b.help_text(), own, column_width))
                .collect()
        };
        let split = (1..bindings.len())
            .min_by_key(|&s| column(0..s).len().max(column(s..bindings.len()).len()))
            .unwrap_or(0);
        let left = column(0..split);
        let right = column(split..bindings.len());
        (0..left.len().max(right.len()))
            .map(|i| {
                let mut row = left.get(i).cloned().unwrap_or_default();
                if let Some(r) = right.get(i) {
                    let used: usize = row.iter().map(|(t, _)| t.width()).sum();
                    row.push((" ".repeat(column_width + GAP - used), HelpStyle::Text));
                    row.extend(r.iter().cloned());
                }
                row
            })
            .collect()
    } else {
        entries.into_iter().flatten().collect()
    };
    let width = rows
        .iter()
        .map(|r| r.iter().map(|(t, _)| t.width()).sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(MIN_TEXT)
        .min(inner_width);
    let text = |s: &str, style: HelpStyle, rows: &mut Vec<HelpRow>| {
        for part in wrap(s, width.saturating_sub(3).max(8)) {
            rows.push(vec![(format!("   {part}"), style)]);
        }
    };
    rows.push(Vec::new());
    rows.push(vec![(
        format!(" {}", crate::t!("help-filter-line")),
        HelpStyle::Label,
    )]);
    let edits: Vec<String> = keymap
        .edit
        .iter()
        .map(|b| format!("{}: {}", b.keys.join("/"), b.help_text()))
        .collect();
    text(&edits.join(" · "), HelpStyle::Text, &mut rows);
    let marks: Vec<String> = crate::table::prisoner_marks_said()
        .iter()
        .map(|(mark, what)| format!("{mark} {what}"))
        .collect();
    text(
        &crate::t!("help-marks", marks = marks.join(" · ")),
        HelpStyle::Muted,
        &mut rows,
    );
    text(&crate::t!("help-mouse"), HelpStyle::Muted, &mut rows);
    let k = |a| keymap.key(a);
    let l = |a| keymap.label(a);
    text(
        &crate::t!(
            "help-close",
            back = k(Action::Back),
            help = k(Action::ToggleHelp),
            quit = k(Action::Quit),
            quit_now = k(Action::QuitNow),
            down = l(Action::Down),
            page = l(Action::PageUp),
            top = l(Action::Top)
        ),
        HelpStyle::Muted,
        &mut rows,
    );
    let fits = full <= inner_width && rows.len() <= inner_height;
    if let Some(kind) = tab.kind() {
        filter_fields(tab, kind, width, &mut rows);
    }
    let w = framed(width + 2, body.width, 4);
    let h = framed(rows.len() + 2, body.height, 2);
    let area = Rect::new(
        body.x + (body.width - w) / 2,
        body.y + (body.height - h) / 2,
        w,
        h,
    );
    (HelpLayout { area, rows }, fits)
}

/// The filter fields of `kind`, the records of `tab`, as rows of `width` cells: a heading, then
/// each field's names beside its description, as the keys stand beside
/// theirs.
fn filter_fields(tab: Tab, kind: RecordKind, width: usize, rows: &mut Vec<HelpRow>) {
    let fields = crate::query::fields(kind);
    let names: Vec<String> = fields
        .iter()
        .map(|f| {
            std::iter::once(f.name)
                .chain(f.aliases.iter().copied())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect();
    let name_width = names.iter().map(|n| n.width()).max().unwrap_or(0);
    rows.push(Vec::new());
    let heading = crate::t!("help-filter-fields", tab = tab.label());
    for part in wrap(&heading, width.saturating_sub(1).max(8)) {
        rows.push(vec![(format!(" {part}"), HelpStyle::Label)]);
    }
    for (f, names) in fields.iter().zip(&names) {
        rows.extend(binding_rows(names, f.help_in(kind), name_width, width));
    }
}

/// The size of the overlay along one side of `room`: what it `wants`, or
/// all of `room` where less than `margin` would be left beside it (a
/// column of the screen below it would look like a second border), and
/// one more where that centres it exactly.
fn framed(wants: usize, room: u16, margin: u16) -> u16 {
    let wants = u16::try_from(wants).unwrap_or(u16::MAX).min(room);
    let left = room - wants;
    if left < margin {
        room
    } else {
        wants + left % 2
    }
}

impl App {
    /// The help overlay on the current screen.
    pub fn help_layout(&self) -> HelpLayout {
        layout(self.areas().body, &self.keys, self.tab)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(l: &HelpLayout) -> String {
        l.rows
            .iter()
            .map(|r| r.iter().map(|(t, _)| t.as_str()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn every_binding_is_in_the_help_at_every_size_and_rows_fit() {
        for (w, h) in [(40, 8), (80, 22), (120, 38), (200, 58)] {
            let body = Rect::new(0, 1, w, h);
            let l = layout(body, keymap::keymap(), Tab::Overview);
            assert!(body.contains(l.area.as_position()), "{w}x{h}");
            assert!(l.area.right() <= body.right() && l.area.bottom() <= body.bottom());
            let all = text(&l);
            for b in keymap::bindings() {
                assert!(all.contains(&b.keys.join(", ")), "{w}x{h}: {:?}", b.keys);
            }
            assert!(all.contains("closes this help"), "{w}x{h}");
            for r in &l.rows {
                let width: usize = r.iter().map(|(t, _)| t.width()).sum();
                assert!(width + 2 <= usize::from(l.area.width), "{w}x{h}: {r:?}");
            }
        }
    }

    /// No column or row of the screen below shows at one edge of the
    /// overlay and not at the other: at 120x40 the list's right border
    /// stood beside the overlay's ("┐┐").
    #[test]
    fn the_overlay_fills_its_side_or_is_centred_with_room_beside_it() {
        for w in 20..=220 {
            for h in [8, 22, 38, 58] {
                let body = Rect::new(0, 1, w, h);
                let a = layout(body, keymap::keymap(), Tab::Overview).area;
                let (left, right) = (a.x - body.x, body.right() - a.right());
                assert!(left == right && (left == 0 || left >= 2), "{w}x{h}: {a:?}");
                let (top, bottom) = (a.y - body.y, body.bottom() - a.bottom());
                assert!(top == bottom, "{w}x{h}: {a:?}");
            }
        }
    }

    /// On a list's tab the help ends with its filter fields, each beside
    /// what it searches; the keys still come first, on the first screen
    /// at 120x40.
    #[test]
    fn a_lists_help_ends_with_its_filter_fields() {
        for tab in [Tab::Prisoners, Tab::Events, Tab::Letters] {
            let kind = tab.kind().unwrap();
            let l = layout(Rect::new(0, 1, 120, 38), keymap::keymap(), tab);
            let all = text(&l);
            let at = all.find("Filter fields of").expect("the heading");
            for f in crate::query::fields(kind) {
                let row = all[at..]
                    .lines()
                    .find(|r| r.trim_start().starts_with(f.name))
                    .unwrap_or_else(|| panic!("{tab:?}: {}", f.name));
                let first_words: String = f.help.split(' ').take(2).collect::<Vec<_>>().join(" ");
                assert!(row.contains(&first_words), "{row:?} for {}", f.name);
            }
            let closes = all.find("closes this help").unwrap();
            let line_of = |i: usize| all[..i].lines().count();
            assert!(
                line_of(closes) <= l.visible(),
                "{tab:?}: the keys fit at 120x40"
            );
        }
        let l = layout(Rect::new(0, 1, 120, 38), keymap::keymap(), Tab::Overview);
        assert!(!text(&l).contains("Filter fields of"));
    }

    #[test]
    fn wide_screens_show_it_all_and_narrow_ones_scroll() {
        let l = layout(Rect::new(0, 1, 120, 38), keymap::keymap(), Tab::Overview);
        assert_eq!(l.max_scroll(), 0, "it all fits at 120x40");
        let l = layout(Rect::new(0, 1, 200, 58), keymap::keymap(), Tab::Overview);
        assert_eq!(l.max_scroll(), 0);
        let l = layout(Rect::new(0, 1, 80, 22), keymap::keymap(), Tab::Overview);
        assert!(l.max_scroll() > 0, "80x24 scrolls");
    }
}
