//! Tab 4: the statements, newest first; the detail has the whole text and
//! its translation.
//!
//! The columns and cells are [`crate::table`]'s, shared with `print`.

use ratatui::buffer::Buffer;

use super::list::{draw_detail, draw_table};
use super::theme::Theme;
use crate::app::{App, Areas};

pub fn draw(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    draw_table(
        app,
        areas,
        buf,
        theme,
        crate::view::View::Statements.label(),
    );
    draw_detail(app, areas, buf, theme);
}
