//! The views of a campaign: the dashboard's tabs, in the order of the tab
//! bar and of the number keys, and the values of `print --view`. One enum
//! for both, so that a view added to one is a view of the other.
//!
//! It lives outside `app` and `print` because both read it: the dashboard
//! re-exports it as [`crate::app::Tab`], `print` as [`crate::print::View`].

use clap::ValueEnum;
use strum::{Display, EnumCount, EnumIter, FromRepr, IntoStaticStr};

use crate::model::RecordKind;

/// A view: a tab of the dashboard, a `--view` of `print`. Its `Display` is
/// its title as the tab bar shows it ("Prisoners"); [`View::name`] is the
/// `--view` value ("prisoners").
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    ValueEnum,
    Display,
    EnumIter,
    EnumCount,
    FromRepr,
    IntoStaticStr,
)]
pub enum View {
    /// The figures of the overview tab
    #[default]
    Overview,
    /// The prisoners, in file order
    Prisoners,
    /// The events, by date
    Events,
    /// The statements, newest first
    Statements,
    /// The organisations, in file order
    Organisations,
    /// The petitions, in file order
    Petitions,
    /// The letters and cards, in file order
    Letters,
    /// What needs doing, and by when: overdue, this week, the next 30 days, later
    Agenda,
}

impl View {
    /// The number key of the tab (1 to 7).
    pub fn number(self) -> usize {
        self as usize + 1
    }

    /// The view after this one, wrapping around.
    pub fn next(self) -> View {
        View::from_repr((self as usize + 1) % View::COUNT).unwrap_or_default()
    }

    /// The view before this one, wrapping around.
    pub fn prev(self) -> View {
        View::from_repr((self as usize + View::COUNT - 1) % View::COUNT).unwrap_or_default()
    }

    /// The view that lists records of `kind`.
    pub fn of(kind: RecordKind) -> View {
        match kind {
            RecordKind::Prisoner => View::Prisoners,
            RecordKind::Event => View::Events,
            RecordKind::Statement => View::Statements,
            RecordKind::Organisation => View::Organisations,
            RecordKind::Petition => View::Petitions,
            RecordKind::Letter => View::Letters,
        }
    }

    /// The kind of record the view lists (`None` for the overview and the
    /// agenda, which list no records of their own).
    pub fn kind(self) -> Option<RecordKind> {
        match self {
            View::Overview | View::Agenda => None,
            View::Prisoners => Some(RecordKind::Prisoner),
            View::Events => Some(RecordKind::Event),
            View::Statements => Some(RecordKind::Statement),
            View::Organisations => Some(RecordKind::Organisation),
            View::Petitions => Some(RecordKind::Petition),
            View::Letters => Some(RecordKind::Letter),
        }
    }

    /// The view's name as a title: "Prisoners", as the tab bar shows it.
    pub fn title(self) -> &'static str {
        self.into()
    }

    /// The view's title in the current language, as the tab bar shows it:
    /// "Prisoners", "Палітвязні" (made once a language). [`View::title`]
    /// stays English: it names the sheets of a workbook.
    pub fn label(self) -> &'static str {
        &labels()[self as usize].0
    }

    /// [`View::label`] in a few letters, for a narrow tab bar: "Orgs".
    pub fn short_label(self) -> &'static str {
        &labels()[self as usize].1
    }

    /// The title in a few letters, for a narrow tab bar: "Orgs".
    pub fn short_title(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Prisoners => "Prisoners",
            View::Events => "Events",
            View::Statements => "Stmts",
            View::Organisations => "Orgs",
            View::Petitions => "Petitions",
            View::Letters => "Letters",
            View::Agenda => "Agenda",
        }
    }

    /// The view's name as `--view` takes it: "prisoners".
    pub fn name(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Prisoners => "prisoners",
            View::Events => "events",
            View::Statements => "statements",
            View::Organisations => "organisations",
            View::Petitions => "petitions",
            View::Letters => "letters",
            View::Agenda => "agenda",
        }
    }
}

/// Each view's label and short label in the current language.
fn labels() -> &'static [(String, String); View::COUNT] {
    static LABELS: crate::i18n::PerLang<[(String, String); View::COUNT]> =
        crate::i18n::PerLang::new();
    LABELS.get(|| {
        [
            (crate::t!("tab-overview"), crate::t!("tab-short-overview")),
            (crate::t!("tab-prisoners"), crate::t!("tab-short-prisoners")),
            (crate::t!("tab-events"), crate::t!("tab-short-events")),
            (
                crate::t!("tab-statements"),
                crate::t!("tab-short-statements"),
            ),
            (
                crate::t!("tab-organisations"),
                crate::t!("tab-short-organisations"),
            ),
            (crate::t!("tab-petitions"), crate::t!("tab-short-petitions")),
            (crate::t!("tab-letters"), crate::t!("tab-short-letters")),
            (crate::t!("tab-agenda"), crate::t!("tab-short-agenda")),
        ]
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn names_titles_and_order() {
        let names: Vec<&str> = View::iter().map(View::name).collect();
        assert_eq!(
            names,
            [
                "overview",
                "prisoners",
                "events",
                "statements",
                "organisations",
                "petitions",
                "letters",
                "agenda"
            ]
        );
        for v in View::iter() {
            // The `--view` value clap takes is the name.
            assert_eq!(v.to_possible_value().unwrap().get_name(), v.name());
            assert_eq!(View::from_str(v.name(), false), Ok(v));
            assert_eq!(v.to_string(), v.title());
            assert_eq!(v.title().to_lowercase(), v.name());
            assert_eq!(v.next().prev(), v);
        }
        assert_eq!(View::Agenda.next(), View::Overview);
        assert_eq!(View::Overview.number(), 1);
        assert_eq!(View::Prisoners.kind(), Some(RecordKind::Prisoner));
        assert_eq!(View::Overview.kind(), None);
    }
}
