//! Where everything is drawn: [`layout()`] and the [`Areas`] it gives, the
//! tab bar's titles, the scroll that keeps a row in view, and the areas of
//! the app's current screen ([`App::areas`]). Shared by the ui (to draw)
//! and by update (to map a click to a tab or row).

use ratatui::layout::Rect;
use strum::IntoEnumIterator;
use unicode_width::UnicodeWidthStr;

use super::{App, Focus, Tab};

/// Below this width or height the dashboard shows only a note asking for a
/// larger terminal.
pub const MIN_WIDTH: u16 = 40;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 10;
/// From this width on, list and detail are shown side by side (unless the
/// tab has one of them on the whole screen, `z`).
pub const WIDE: u16 = 80;
/// The narrowest the detail is beside the list.
pub const DETAIL_MIN: u16 = 32;
/// The widest the detail is beside the list: past this, text lines are too
/// long to read, and the list has the room.
pub const DETAIL_MAX: u16 = 84;

/// Where each part of the screen is drawn. Rects that are not shown are empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    /// True when the terminal is below [`MIN_WIDTH`] x [`MIN_HEIGHT`]: only a
    /// note is drawn, over the whole area.
    pub too_small: bool,
    pub tabs: Rect,
    pub body: Rect,
    pub status: Rect,
    /// The bordered list of a list tab.
    pub list: Rect,
    /// The header row of the list (one cell in from the border: the cell
    /// before each row is for the `+`/`~` marks of a reload).
    pub header: Rect,
    /// The data rows of the list, one terminal row each.
    pub rows: Rect,
    /// The bordered detail pane.
    pub detail: Rect,
    /// The text inside the detail pane.
    pub detail_text: Rect,
    /// The chart of a petition's tallies, at the bottom of its detail pane
    /// when there is room.
    pub chart: Rect,
    /// The open filter line, under the body.
    pub filter: Rect,
    /// Under the filter line, what is wrong with the filter.
    pub filter_error: Rect,
    /// Above the status bar, while the file on disk has errors or is gone:
    /// why, and the time of the version shown.
    pub banner: Rect,
}

/// Inside a one-cell border.
fn inner(r: Rect) -> Rect {
    Rect::new(
        r.x.saturating_add(1),
        r.y.saturating_add(1),
        r.width.saturating_sub(2),
        r.height.saturating_sub(2),
    )
}

/// How a list tab shares the width: which pane has the keys, whether it has
/// the whole screen, and how wide the list needs to be to show every column
/// whole (its columns and the cells between them, without the border).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Split {
    pub focus: Focus,
    pub zoomed: bool,
    pub list_need: u16,
    /// The list's width beside the detail, where it is known to need no
    /// more (the columns it shows fit, with room to spare): the detail has
    /// the rest.
    pub list_width: Option<u16>,
}

/// What the detail needs to read well: a label column and some forty
/// columns of text.
pub const DETAIL_WANT: u16 = 60;

/// The widths of list and detail side by side in `width` columns, the
/// list needing `list_need` inside its border: when both have what they
/// need, the detail takes the rest up to [`DETAIL_MAX`]; else the width is
/// shared in proportion to the needs, the detail no narrower than
/// [`DETAIL_MIN`] or three tenths of the width. `None` when the width is too narrow for both.
pub fn side_by_side(width: u16, list_need: u16) -> Option<(u16, u16)> {
    if width < WIDE {
        return None;
    }
    // The list's border, and the cell for the reload marks.
    let list = u32::from(list_need) + 3;
    let (w, want) = (u32::from(width), u32::from(DETAIL_WANT));
    let detail = if list + want <= w {
        (w - list).min(u32::from(DETAIL_MAX))
    } else {
        (w * want / (list + want)).max(u32::from(DETAIL_MIN).max(w * 3 / 10))
    };
    let detail = u16::try_from(detail).unwrap_or(DETAIL_MIN);
    Some((width - detail, detail))
}

/// Where everything goes on a terminal of size `area` showing `tab`, shared
/// between list and detail as `split` says, with a chart under the detail
/// or not, and with a filter bar of `bar` rows (the filter line and its
/// error; 0 when closed). Pure: the ui draws where this says, update maps
/// clicks with it.
pub fn layout(area: Rect, tab: Tab, split: Split, chart: bool, bar: u16) -> Areas {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Areas {
            too_small: true,
            body: area,
            ..Areas::default()
        };
    }
    // The body keeps at least five rows: a bordered list with a header and
    // two rows.
    let bar = bar.min(area.height - 7);
    let tabs = Rect::new(area.x, area.y, area.width, 1);
    let status = Rect::new(area.x, area.bottom() - 1, area.width, 1);
    let body = Rect::new(area.x, area.y + 1, area.width, area.height - 2 - bar);
    let mut areas = Areas {
        tabs,
        body,
        status,
        ..Areas::default()
    };
    if bar > 0 {
        areas.filter = Rect::new(area.x, body.bottom(), area.width, 1);
        areas.filter_error = Rect::new(area.x, body.bottom() + 1, area.width, bar - 1);
    }
    if tab.kind().is_none() {
        return areas;
    }
    let both = if split.zoomed {
        None
    } else {
        side_by_side(body.width, split.list_need).map(|(list, detail)| {
            match split.list_width.filter(|&w| w < list) {
                // The detail no wider than reads well.
                Some(w) => {
                    let wider = (detail + (list - w)).min(detail.max(DETAIL_MAX));
                    (list + detail - wider, wider)
                }
                None => (list, detail),
            }
        })
    };
    let (list, detail) = match both {
        Some((list_width, detail_width)) => (
            Rect::new(body.x, body.y, list_width, body.height),
            Rect::new(body.x + list_width, body.y, detail_width, body.height),
        ),
        None if split.focus == Focus::Detail => (Rect::default(), body),
        None => (body, Rect::default()),
    };
    areas.list = list;
    areas.detail = detail;
    areas.detail_text = inner(detail);
    if chart && areas.detail_text.height >= 18 {
        let text = areas.detail_text;
        let chart_height = (text.height / 2).min(14);
        areas.detail_text.height -= chart_height;
        areas.chart = Rect::new(
            text.x,
            text.bottom() - chart_height,
            text.width,
            chart_height,
        );
    }
    if !list.is_empty() {
        let mut i = inner(list);
        i.x += 1;
        i.width = i.width.saturating_sub(1);
        areas.header = Rect::new(i.x, i.y, i.width, i.height.min(1));
        areas.rows = Rect::new(
            i.x,
            i.y + areas.header.height,
            i.width,
            i.height - areas.header.height,
        );
    }
    areas
}

/// The first row to show so that `selected` is visible in `height` rows,
/// moving as little as possible from `offset`.
pub fn visible_offset(selected: usize, offset: usize, height: usize, len: usize) -> usize {
    if height == 0 || len == 0 {
        return 0;
    }
    let max_offset = len.saturating_sub(height);
    let offset = offset.min(max_offset);
    if selected < offset {
        selected
    } else if selected >= offset + height {
        selected + 1 - height
    } else {
        offset
    }
}

/// One tab's title in the tab bar, and the columns it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TabTitle {
    pub tab: Tab,
    pub x: u16,
    pub text: String,
}

/// The titles of the tab bar for a bar `width` wide with `selected` chosen,
/// each one whole: all names when they fit, else their short forms ("Orgs"),
/// else those without the spaces around them, else the selected one's short
/// name and the other numbers, else numbers, else numbers without spaces.
pub fn tab_titles(width: u16, selected: Tab) -> Vec<TabTitle> {
    let full = |t: Tab| format!(" {} {} ", t.number(), t.label());
    let short = |t: Tab| format!(" {} {} ", t.number(), t.short_label());
    let tight = |t: Tab| format!("{} {}", t.number(), t.short_label());
    let number = |t: Tab| format!(" {} ", t.number());
    let compact = |t: Tab| if t == selected { short(t) } else { number(t) };
    let total =
        |f: &dyn Fn(Tab) -> String| -> usize { Tab::iter().map(|t| f(t).width() + 1).sum() };
    let bare = |t: Tab| t.number().to_string();
    let forms: [&dyn Fn(Tab) -> String; 5] = [&full, &short, &tight, &compact, &number];
    let pick = forms
        .into_iter()
        .find(|f| total(*f) <= usize::from(width))
        .unwrap_or(&bare);
    let mut x = 0u16;
    Tab::iter()
        .map(|tab| {
            let text = pick(tab);
            let title = TabTitle { tab, x, text };
            // One column for the separator after each title.
            x = x.saturating_add(title.text.width() as u16 + 1);
            title
        })
        .collect()
}

impl App {
    /// The areas of the current screen.
    pub fn areas(&self) -> Areas {
        self.areas_in(self.size, self.tab)
    }

    /// The areas of `tab` on a screen of size `area`.
    pub fn areas_in(&self, area: Rect, tab: Tab) -> Areas {
        let split = self.list(tab).map_or(Split::default(), |l| Split {
            focus: l.focus,
            zoomed: l.zoomed,
            list_need: {
                let (shown, content) = self.shown_columns(tab);
                super::columns::needed(&shown, &content, l.sort)
            },
            list_width: None,
        });
        let bar = if tab == self.tab {
            self.bar_height(area.width)
        } else {
            0
        };
        // The banner takes rows from the body, when there are rows to spare.
        let banner = match self.stale {
            None => 0,
            Some(_) if area.height >= MIN_HEIGHT + 6 => 2,
            Some(_) if area.height > MIN_HEIGHT => 1,
            Some(_) => 0,
        };
        let above = Rect {
            height: area.height - banner,
            ..area
        };
        let mut areas = layout(above, tab, split, self.has_chart(tab), bar);
        // Beside the detail, a list whose columns leave room to spare (the
        // others left out for want of it) gives that room to the detail,
        // where text wraps one word a line otherwise.
        if !areas.too_small && !areas.list.is_empty() && !areas.detail.is_empty() {
            let placed = self.place_columns(tab, areas.header);
            let used = placed
                .iter()
                .map(|p| p.area.right())
                .max()
                .map_or(0, |r| r.saturating_sub(areas.header.x));
            let spare = areas.header.width.saturating_sub(used);
            if spare > 1 {
                let narrower = Split {
                    list_width: Some(areas.list.width - spare),
                    ..split
                };
                let again = layout(above, tab, narrower, self.has_chart(tab), bar);
                // Only where the same columns still fit.
                if self.place_columns(tab, again.header).len() == placed.len() {
                    areas = again;
                }
            }
        }
        if banner > 0 && !areas.too_small {
            areas.banner = Rect::new(area.x, areas.status.y, area.width, banner);
            areas.status.y += banner;
        }
        areas
    }

    /// Where the Problems view is drawn: over the whole body, so that
    /// nothing of the panes under it shows at its sides.
    pub fn problems_area(&self) -> Rect {
        self.areas().body
    }

    /// The largest scroll of the Problems view that still fills it.
    pub fn problems_max_scroll(&self) -> usize {
        let rows = usize::from(self.problems_area().height.saturating_sub(2));
        self.problem_rows().len().saturating_sub(rows)
    }

    /// The rows of the filter bar on a screen `width` wide: the filter line
    /// while it is open, and under it, when the filter has a mistake, a row
    /// marking the mistake and the message (up to three rows).
    pub fn bar_height(&self, width: u16) -> u16 {
        if self.editing.is_none() || self.tab == Tab::Overview {
            return 0;
        }
        match self.filter_line().and_then(|(_, e, _, _)| e) {
            None => 1,
            Some(e) => {
                let text = u16::try_from(e.message.width() + 2).unwrap_or(u16::MAX);
                2 + text.div_ceil(width.max(1)).clamp(1, 3)
            }
        }
    }

    /// Whether the detail of `tab` has a chart: a petition with tallies.
    pub fn has_chart(&self, tab: Tab) -> bool {
        tab == Tab::Petitions
            && self
                .selected_record(tab)
                .and_then(|i| self.campaign.petitions.get(i))
                .is_some_and(|p| !p.counts.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tab_bar_shows_whole_names_short_ones_when_narrow() {
        let text = |w: u16, t: Tab| -> String {
            tab_titles(w, t)
                .iter()
                .map(|t| format!("{}│", t.text))
                .collect()
        };
        assert_eq!(
            text(80, Tab::Prisoners),
            "1 Overview│2 Prisoners│3 Events│4 Stmts│5 Orgs│6 Petitions│7 Letters│8 Agenda│"
        );
        assert_eq!(
            text(100, Tab::Prisoners),
            " 1 Overview │ 2 Prisoners │ 3 Events │ 4 Stmts │ 5 Orgs │ 6 Petitions │ 7 Letters │ 8 Agenda │"
        );
        assert!(text(120, Tab::Events).contains(" 5 Organisations "));
        assert_eq!(
            text(45, Tab::Events),
            " 1 │ 2 │ 3 Events │ 4 │ 5 │ 6 │ 7 │ 8 │"
        );
        // Down to numbers without spaces, which fit in 2 columns a tab.
        for w in 16..200 {
            assert!(text(w, Tab::Organisations).width() <= usize::from(w));
        }
    }
}

#[cfg(test)]
mod split_tests {
    use super::*;

    #[test]
    fn list_and_detail_share_the_width_by_what_each_needs() {
        // Too narrow for both: the focused pane alone.
        assert_eq!(side_by_side(79, 40), None);
        // Room for both: the list what it needs, the detail the rest.
        assert_eq!(side_by_side(120, 50), Some((53, 67)));
        assert_eq!(side_by_side(200, 100), Some((116, 84)));
        // Not enough: in proportion, the detail at least DETAIL_MIN.
        assert_eq!(side_by_side(120, 117), Some((80, 40)));
        assert_eq!(side_by_side(120, 200), Some((84, 36)));
        assert_eq!(side_by_side(80, 117), Some((48, 32)));
    }
}
