//! The colours of the dashboard by role: the three themes, and a user's
//! colours over them ([`crate::config`]). Plain data: the ui styles with it
//! ([`crate::ui`]'s theme), the app only keeps it.

use ratatui::style::Color;
use strum::{EnumIter, EnumString, IntoStaticStr, VariantNames};

/// A theme by name.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, EnumIter, EnumString, IntoStaticStr, VariantNames,
)]
#[strum(serialize_all = "kebab-case")]
pub enum ThemeName {
    /// For a dark terminal background (and readable on a light one).
    #[default]
    Dark,
    /// For a light terminal background: no yellow or cyan text.
    Light,
    /// Bright colours and no dimmed text.
    HighContrast,
}

/// A role a colour plays on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, EnumString, IntoStaticStr, VariantNames)]
#[strum(serialize_all = "kebab-case")]
pub enum Role {
    /// Titles, headings, the border of the pane with the keys, bars.
    Accent,
    /// Key names in the status bar and the help.
    Key,
    /// Mistakes, and imprisoned prisoners.
    Error,
    /// What is ahead or good news: upcoming events, releases, rows added.
    Good,
    /// What needs an eye: detentions, rows changed, the banner.
    Warn,
    /// Restricted freedom.
    Other,
}

impl Role {
    /// What the role colours, for the settings file's comments.
    pub fn what(self) -> &'static str {
        match self {
            Role::Accent => "titles, headings, the focused border, bars",
            Role::Key => "key names in the status bar and the help",
            Role::Error => "mistakes, imprisoned prisoners",
            Role::Good => "upcoming events, released prisoners, rows a reload added",
            Role::Warn => "detained prisoners, rows a reload changed, the banner",
            Role::Other => "restricted freedom",
        }
    }
}

/// A colour for each role, and whether secondary text is dimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub accent: Color,
    pub key: Color,
    pub error: Color,
    pub good: Color,
    pub warn: Color,
    pub other: Color,
    /// Secondary text (remarks, past events) is dimmed.
    pub dim: bool,
}

impl Default for Palette {
    fn default() -> Self {
        Palette::of(ThemeName::Dark)
    }
}

impl Palette {
    /// The colours of a theme.
    pub fn of(name: ThemeName) -> Palette {
        match name {
            ThemeName::Dark => Palette {
                accent: Color::Cyan,
                key: Color::Yellow,
                error: Color::Red,
                good: Color::Green,
                warn: Color::Yellow,
                other: Color::Magenta,
                dim: true,
            },
            ThemeName::Light => Palette {
                accent: Color::Blue,
                key: Color::Magenta,
                error: Color::Red,
                good: Color::Green,
                // A dark orange of the 256 colours: yellow does not read on white.
                warn: Color::Indexed(130),
                other: Color::Magenta,
                dim: true,
            },
            ThemeName::HighContrast => Palette {
                accent: Color::LightCyan,
                key: Color::LightYellow,
                error: Color::LightRed,
                good: Color::LightGreen,
                warn: Color::LightYellow,
                other: Color::LightMagenta,
                dim: false,
            },
        }
    }

    /// The colour of a role.
    pub fn get(&self, role: Role) -> Color {
        match role {
            Role::Accent => self.accent,
            Role::Key => self.key,
            Role::Error => self.error,
            Role::Good => self.good,
            Role::Warn => self.warn,
            Role::Other => self.other,
        }
    }

    /// Sets the colour of a role.
    pub fn set(&mut self, role: Role, color: Color) {
        let slot = match role {
            Role::Accent => &mut self.accent,
            Role::Key => &mut self.key,
            Role::Error => &mut self.error,
            Role::Good => &mut self.good,
            Role::Warn => &mut self.warn,
            Role::Other => &mut self.other,
        };
        *slot = color;
    }
}

/// Reads a colour as the settings file writes it: a name ("red",
/// "lightblue", "dark-gray"), an index of the 256 colours ("130"), or
/// "#rrggbb".
pub fn parse_color(text: &str) -> Option<Color> {
    let t = text.trim();
    if t.is_empty() || t.eq_ignore_ascii_case("reset") {
        return None;
    }
    t.parse::<Color>().ok()
}

/// A colour as [`parse_color`] reads it back.
pub fn color_name(color: Color) -> String {
    match color {
        Color::Indexed(i) => i.to_string(),
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        other => {
            let name = other.to_string();
            // "LightBlue" -> "lightblue", "DarkGray" -> "darkgray".
            name.to_lowercase()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn colours_read_back_as_written() {
        for name in ThemeName::iter() {
            let p = Palette::of(name);
            for role in Role::iter() {
                let c = p.get(role);
                assert_eq!(parse_color(&color_name(c)), Some(c), "{name:?} {role:?}");
            }
        }
        assert_eq!(parse_color("blue"), Some(Color::Blue));
        assert_eq!(parse_color("#102030"), Some(Color::Rgb(16, 32, 48)));
        assert_eq!(parse_color("130"), Some(Color::Indexed(130)));
        assert_eq!(parse_color("bluish"), None);
        assert_eq!(
            "high-contrast".parse::<ThemeName>(),
            Ok(ThemeName::HighContrast)
        );
    }
}
