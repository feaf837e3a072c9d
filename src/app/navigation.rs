//! Moving about: the selection and the detail's scroll, the detail's links
//! (choosing and following them), and the mouse (clicks and the wheel).

use crate::t;
use ratatui::layout::Position;

use super::columns::ColumnKey;
use super::{
    Action, App, DetailView, Focus, HISTORY, ListState, Tab, detail, tab_titles, visible_offset,
};
use crate::query::Sort;

impl App {
    /// How far PageUp/PageDown move: the rows of the list or the lines of the
    /// detail in view, less one for context.
    pub(super) fn page(&self) -> usize {
        let areas = self.areas();
        let focus = self.list(self.tab).map(|l| l.focus).unwrap_or_default();
        let height = if focus == Focus::Detail {
            areas.detail_text.height
        } else {
            areas.rows.height
        };
        usize::from(height).saturating_sub(1).max(1)
    }

    /// Moves the selection, or scrolls the focused detail, by `delta`
    /// (saturating at both ends).
    pub(super) fn step(&mut self, delta: isize) {
        let tab = self.tab;
        let len = self.len(tab);
        let Some(focus) = self.list(tab).map(|l| l.focus) else {
            return;
        };
        if focus == Focus::Detail {
            self.scroll_detail(delta);
        } else if let Some(l) = self.list_mut(tab) {
            let selected = l.selected.saturating_add_signed(delta);
            l.select(selected.min(len.saturating_sub(1)));
        }
    }

    /// Scrolls the detail of the current tab by `delta` lines, within its
    /// length. The chosen link stays chosen while it is on screen; scrolled
    /// out of view, the first link on screen (scrolling up, the last) is
    /// chosen instead, or none when the screen shows none.
    fn scroll_detail(&mut self, delta: isize) {
        self.with_detail(|app, view| {
            if let Some(l) = app.list_mut(app.tab) {
                l.detail_scroll = l
                    .detail_scroll
                    .saturating_add_signed(delta)
                    .min(view.max_scroll());
                if l.link.is_some_and(|k| !view.shows(k, l.detail_scroll)) {
                    l.link = None;
                }
            }
        });
        self.choose_on_screen(delta > 0);
    }

    /// Down or Up in a focused detail: the next or previous link, scrolled
    /// into view; where there is none that way, the text scrolls a line.
    pub(super) fn link_step(&mut self, down: bool) {
        let Some(l) = self.list(self.tab) else {
            return;
        };
        let (scroll, link) = (l.detail_scroll, l.link);
        let chosen = self.with_detail(|app, view| {
            let target = match (down, link) {
                (true, Some(k)) => Some(k + 1).filter(|&n| n < view.spans.len()),
                (true, None) => view.spans.iter().position(|s| s.start >= scroll),
                (false, Some(k)) => k.checked_sub(1),
                (false, None) => view
                    .spans
                    .iter()
                    .rposition(|s| s.start < scroll + view.height),
            };
            if let Some(k) = target {
                app.choose_link(k, view);
            }
            target.is_some()
        });
        if !chosen {
            self.scroll_detail(if down { 1 } else { -1 });
        }
    }

    /// Enter (or Tab) in a list: focuses the detail of the selected row,
    /// with its first link on screen chosen, so a second Enter follows it.
    /// An empty list has no detail.
    pub(super) fn enter_detail(&mut self) {
        let has_rows = self.len(self.tab) > 0;
        let Some(l) = self.list_mut(self.tab) else {
            return;
        };
        if has_rows {
            l.focus = Focus::Detail;
            self.choose_on_screen(true);
        }
    }

    /// Esc (or Tab) in a detail: back to the list.
    pub(super) fn leave_detail(&mut self) {
        if let Some(l) = self.list_mut(self.tab) {
            l.focus = Focus::List;
            l.link = None;
        }
    }

    /// Tab or Shift-Tab: the other pane of the tab, the detail from the
    /// list and the list from the detail.
    pub(super) fn other_pane(&mut self) {
        let len = self.len(self.tab);
        match self.list(self.tab).map(|l| l.focus) {
            None => self.say(t!("say-overview-one-pane")),
            Some(Focus::Detail) => self.leave_detail(),
            Some(Focus::List) if len == 0 => self.say(t!("say-list-empty-no-detail")),
            Some(Focus::List) => self.enter_detail(),
        }
    }

    /// In a focused detail with no link chosen: chooses the first link on
    /// screen (or, not `first`, the last), if the screen shows one.
    fn choose_on_screen(&mut self, first: bool) {
        self.with_detail(|app, view| {
            let Some(l) = app.list_mut(app.tab) else {
                return;
            };
            if l.focus != Focus::Detail || l.link.is_some() {
                return;
            }
            let scroll = l.detail_scroll.min(view.max_scroll());
            let mut shown = (0..view.spans.len()).filter(|&k| view.shows(k, scroll));
            l.link = if first {
                shown.next()
            } else {
                shown.next_back()
            };
        });
    }

    fn choose_link(&mut self, k: usize, view: &DetailView) {
        if let Some(l) = self.list_mut(self.tab) {
            l.link = Some(k);
            l.detail_scroll = view.scroll_to(k, l.detail_scroll);
        }
    }

    /// Enter in a focused detail: follows the chosen link.
    pub(super) fn follow_chosen(&mut self) {
        let view = self.detail_view();
        match self.list(self.tab).and_then(|l| l.link) {
            Some(k) => {
                if let Some(&link) = view.links.get(k) {
                    self.follow(link);
                }
            }
            None if view.links.is_empty() => self.say(t!("say-no-links")),
            None => self.say(t!(
                "say-no-link-on-screen",
                keys = self.keys.label(Action::Down)
            )),
        }
    }

    /// Opens `tab` from the overview, as a link is followed: Backspace
    /// returns.
    pub(super) fn open_tab(&mut self, tab: Tab) {
        if self.history.len() >= HISTORY {
            self.history.remove(0);
        }
        self.history.push(self.place());
        self.tab = tab;
    }

    /// Opens the record a link leads to, in its tab, with its detail
    /// focused and its first link chosen; the place left is kept for
    /// [`Action::GoBack`](super::Action::GoBack). A filter that would hide
    /// the record is turned off (and kept).
    pub fn follow(&mut self, link: detail::Link) {
        let Some(total) = self.list(link.tab).map(ListState::total) else {
            return;
        };
        if link.record >= total {
            return;
        }
        let place = self.place();
        if self.history.len() >= HISTORY {
            self.history.remove(0);
        }
        self.history.push(place);
        self.tab = link.tab;
        let mut note = None;
        self.with_list(link.tab, |l, _, _| {
            if !l.rows().contains(&link.record) {
                l.filter_on = false;
                l.reshow();
                note = Some(t!(
                    "say-filter-off-to-show",
                    filter = crate::sanitize::sanitize_line(&l.query).into_owned()
                ));
            }
            if let Some(position) = l.rows().iter().position(|&r| r == link.record) {
                l.select(position);
            }
            l.focus = Focus::Detail;
            l.detail_scroll = 0;
            l.link = None;
        });
        self.choose_on_screen(true);
        if let Some(note) = note {
            self.say(note);
        }
    }

    pub(super) fn click(&mut self, at: Position) {
        let areas = self.areas();
        if areas.too_small {
            return;
        }
        if areas.tabs.contains(at) {
            let x = at.x - areas.tabs.x;
            let hit = tab_titles(areas.tabs.width, self.tab)
                .into_iter()
                .find(|t| x >= t.x && x < t.x + t.text.chars().count() as u16);
            if let Some(title) = hit {
                self.tab = title.tab;
            }
            return;
        }
        let tab = self.tab;
        if tab == Tab::Overview {
            return self.overview_click(at);
        }
        if tab == Tab::Agenda {
            return self.agenda_click(at.y);
        }
        let len = self.len(tab);
        if areas.header.contains(at) {
            let Some(l) = self.list(tab) else {
                return;
            };
            let hit = self
                .place_columns(tab, areas.header)
                .into_iter()
                .find(|p| at.x >= p.area.x && at.x < p.area.right());
            if let Some(ColumnKey::Sort(column)) = hit.map(|p| p.column.key) {
                let descending = l.sort.is_some_and(|s| s.column == column && !s.descending);
                if let Some(l) = self.list_mut(tab) {
                    l.focus = Focus::List;
                    l.link = None;
                }
                self.set_sort(Some(Sort { column, descending }));
            }
        } else if areas.rows.contains(at) {
            let Some(list) = self.list(tab) else {
                return;
            };
            let height = usize::from(areas.rows.height);
            let offset = visible_offset(list.selected, list.offset, height, len);
            let position = offset + usize::from(at.y - areas.rows.y);
            if position < len
                && let Some(l) = self.list_mut(tab)
            {
                l.select(position);
                l.offset = offset;
                l.focus = Focus::List;
                l.link = None;
            }
        } else if areas.detail.contains(at) && len > 0 {
            let follow = self.with_detail(|app, view| {
                let l = app.list_mut(tab)?;
                l.focus = Focus::Detail;
                if !areas.detail_text.contains(at) {
                    return None;
                }
                let row = l.detail_scroll.min(view.max_scroll())
                    + usize::from(at.y - areas.detail_text.y);
                let k = view.rows.get(row).and_then(|r| r.link)?;
                l.link = Some(k);
                view.links.get(k).copied()
            });
            match follow {
                Some(link) => self.follow(link),
                // Focused by a click beside the links: as Enter focuses it.
                None => self.choose_on_screen(true),
            }
        }
    }

    pub(super) fn wheel(&mut self, at: Position, delta: isize) {
        let areas = self.areas();
        let tab = self.tab;
        if tab == Tab::Agenda && areas.body.contains(at) {
            return self.agenda_step(delta);
        }
        let Some(focus) = self.list(tab).map(|l| l.focus) else {
            return;
        };
        if areas.detail.contains(at) {
            self.scroll_detail(delta);
        } else if areas.list.contains(at) {
            if let Some(l) = self.list_mut(tab) {
                l.focus = Focus::List;
            }
            self.step(delta);
            if let Some(l) = self.list_mut(tab) {
                l.focus = focus;
            }
            self.choose_on_screen(true);
        }
    }
}
