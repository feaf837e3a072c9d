//! The overview's sections as the dashboard shows them
//! ([`crate::query::overview`]): built once per version of the data shown and
//! per presentation mode, not for every frame.

use std::borrow::Cow;

use super::App;
use crate::query::overview::{LISTED, Section, sections};

/// What the sections depend on: the version of the data shown
/// ([`App::version`](super::App)) and whether birthdays are hidden.
type OverviewKey = (u64, bool);

/// The sections as last built, with what they were built for.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct OverviewCache {
    /// `None` before the first build.
    key: Option<OverviewKey>,
    sections: Vec<Section>,
}

impl App {
    fn overview_key(&self) -> OverviewKey {
        (self.version, self.presenting() || self.stripped())
    }

    /// The overview's sections for the data shown now: those built by the
    /// last [`App::update`] (or reload), unless the state has moved since,
    /// when they are built afresh.
    pub fn overview(&self) -> Cow<'_, [Section]> {
        let key = self.overview_key();
        if self.overview.key == Some(key) {
            Cow::Borrowed(&self.overview.sections)
        } else {
            Cow::Owned(self.build_overview(key))
        }
    }

    fn build_overview(&self, (_, hide_birthdays): OverviewKey) -> Vec<Section> {
        sections(&self.campaign, &self.derived, hide_birthdays, LISTED)
    }

    /// Builds the sections again if what they show has changed.
    pub(crate) fn refresh_overview(&mut self) {
        let key = self.overview_key();
        if self.overview.key != Some(key) {
            self.overview.sections = self.build_overview(key);
            self.overview.key = Some(key);
        }
    }
}
