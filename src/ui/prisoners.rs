//! Tab 2: the prisoners, in file order, with the detail of the selected one.
//!
//! The columns and cells are [`crate::table`]'s, shared with `print`.

use ratatui::buffer::Buffer;

use super::list::{draw_detail, draw_table};
use super::theme::Theme;
use crate::app::{App, Areas};

pub fn draw(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    draw_table(app, areas, buf, theme, crate::view::View::Prisoners.label());
    draw_detail(app, areas, buf, theme);
}
