//! Tab 7: the letters and cards to and from prisoners, a row each: when,
//! to or from whom, which way, how many, how, and at which event.
//!
//! The columns and cells are [`crate::table`]'s, shared with `print`; the
//! detail links each letter to its prisoner and its event.

use ratatui::buffer::Buffer;

use super::list::{draw_detail, draw_table};
use super::theme::Theme;
use crate::app::{App, Areas};

pub fn draw(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    draw_table(app, areas, buf, theme, crate::view::View::Letters.label());
    draw_detail(app, areas, buf, theme);
}
