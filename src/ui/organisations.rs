//! Tab 5: the organisations, with how many events, statements and member
//! prisoners each has.
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
        crate::view::View::Organisations.label(),
    );
    draw_detail(app, areas, buf, theme);
}
