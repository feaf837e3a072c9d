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
/// From this width on, list and detail are shown side by side.
pub const WIDE: u16 = 100;

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
    /// The header row of the list.
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

/// True when list and detail are shown side by side at this width.
pub fn is_wide(area: Rect) -> bool {
    area.width >= WIDE
}

/// Where everything goes on a terminal of size `area` showing `tab`, with the
/// detail focused or not, with a chart under the detail or not, and with a
/// filter bar of `bar` rows (the filter line and its error; 0 when closed).
/// Pure: the ui draws where this says, update maps clicks with it.
pub fn layout(area: Rect, tab: Tab, focus: Focus, chart: bool, bar: u16) -> Areas {
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
    if tab == Tab::Overview {
        return areas;
    }
    let (list, detail) = if is_wide(area) {
        let list_width = body.width * 3 / 5;
        (
            Rect::new(body.x, body.y, list_width, body.height),
            Rect::new(
                body.x + list_width,
                body.y,
                body.width - list_width,
                body.height,
            ),
        )
    } else if focus == Focus::Detail {
        (Rect::default(), body)
    } else {
        (body, Rect::default())
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
        let i = inner(list);
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

/// The titles of the tab bar for a bar `width` wide with `selected` chosen:
/// all names when they fit, else the selected name and the other numbers.
pub fn tab_titles(width: u16, selected: Tab) -> Vec<TabTitle> {
    let full = |t: Tab| format!(" {} {} ", t.number(), t.title());
    let short = |t: Tab| format!(" {} ", t.number());
    let total = |f: &dyn Fn(Tab) -> String| -> usize {
        Tab::iter().map(|t| f(t).chars().count() + 1).sum()
    };
    let compact = |t: Tab| if t == selected { full(t) } else { short(t) };
    let pick: &dyn Fn(Tab) -> String = if total(&full) <= usize::from(width) {
        &full
    } else if total(&compact) <= usize::from(width) {
        &compact
    } else {
        &short
    };
    let mut x = 0u16;
    Tab::iter()
        .map(|tab| {
            let text = pick(tab);
            let title = TabTitle { tab, x, text };
            // One column for the separator after each title.
            x = x.saturating_add(title.text.chars().count() as u16 + 1);
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
        let focus = self.list(tab).map(|l| l.focus).unwrap_or_default();
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
        let mut areas = layout(above, tab, focus, self.has_chart(tab), bar);
        if banner > 0 && !areas.too_small {
            areas.banner = Rect::new(area.x, areas.status.y, area.width, banner);
            areas.status.y += banner;
        }
        areas
    }

    /// Where the Problems view is drawn: over the body, two cells in from
    /// its sides (and a row from its top and bottom when it is tall).
    pub fn problems_area(&self) -> Rect {
        let body = self.areas().body;
        let dy = if body.height >= 16 { 1 } else { 0 };
        Rect::new(
            body.x.saturating_add(2),
            body.y + dy,
            body.width.saturating_sub(4),
            body.height - 2 * dy,
        )
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
        match self.list(self.tab).and_then(|l| l.error.as_ref()) {
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
