//! The look: the terminal's own foreground and background, a few named ANSI
//! colours for emphasis, and no fixed backgrounds, so it reads on dark and
//! light terminals alike. Without colour (`--color never`, `NO_COLOR`) the
//! same meaning is carried by reverse video, bold, dim and the text itself:
//! no colour ever carries meaning alone.

use ratatui::style::{Color, Modifier, Style};

use crate::model::Status;

use crate::look::Palette;

/// The styles of the dashboard, with or without colour, in the colours of
/// a palette ([`crate::look`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
    palette: Palette,
}

impl Theme {
    pub fn new(color: bool, palette: Palette) -> Self {
        Theme { color, palette }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    /// Plain text.
    pub fn text(&self) -> Style {
        Style::new()
    }

    /// Titles and record names.
    pub fn title(&self) -> Style {
        self.fg(self.palette.accent).add_modifier(Modifier::BOLD)
    }

    /// Labels of fields and figures.
    pub fn label(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Section headings.
    pub fn heading(&self) -> Style {
        self.fg(self.palette.accent)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// Table headers.
    pub fn header(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// What is secondary: remarks, past events, separators.
    pub fn muted(&self) -> Style {
        if self.palette.dim {
            Style::new().add_modifier(Modifier::DIM)
        } else {
            Style::new()
        }
    }

    /// The selected row.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// The selected tab.
    pub fn tab_selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// The border of the pane that has the keys.
    pub fn border_focused(&self) -> Style {
        self.fg(self.palette.accent).add_modifier(Modifier::BOLD)
    }

    /// The border of other panes.
    pub fn border(&self) -> Style {
        Style::new()
    }

    /// The status bar.
    pub fn status_bar(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Key names in the status bar and help.
    pub fn key(&self) -> Style {
        self.fg(self.palette.key).add_modifier(Modifier::BOLD)
    }

    /// A mistake in what the user typed (the bad term of a filter is
    /// underlined too, and marked with ^ under it).
    pub fn error(&self) -> Style {
        self.fg(self.palette.error)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// The words saying what the mistake is.
    pub fn error_text(&self) -> Style {
        self.fg(self.palette.error).add_modifier(Modifier::BOLD)
    }

    /// Upcoming events and what is ahead.
    pub fn upcoming(&self) -> Style {
        self.fg(self.palette.good).add_modifier(Modifier::BOLD)
    }

    /// Bars and gauges.
    pub fn bar(&self) -> Style {
        self.fg(self.palette.accent)
    }

    /// A prisoner's status, always shown as its word too.
    pub fn status(&self, status: Status) -> Style {
        match status {
            Status::Detained => self.fg(self.palette.warn).add_modifier(Modifier::BOLD),
            Status::Imprisoned => self.fg(self.palette.error).add_modifier(Modifier::BOLD),
            Status::Restricted => self.fg(self.palette.other),
            Status::Released => self.fg(self.palette.good),
            Status::Deceased => self.muted(),
        }
    }

    /// A row the last reload added or changed (a `+` or `~` beside it
    /// says which, with or without colour).
    pub fn reloaded(&self, mark: crate::app::reload::Mark) -> Style {
        let color = match mark {
            crate::app::reload::Mark::Added => self.palette.good,
            crate::app::reload::Mark::Changed => self.palette.warn,
        };
        self.fg(color).add_modifier(Modifier::BOLD)
    }

    /// The banner saying the file on disk could not be shown: reversed,
    /// like the status bar, in yellow where there is colour.
    pub fn banner(&self) -> Style {
        self.fg(self.palette.warn)
            .add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
}
