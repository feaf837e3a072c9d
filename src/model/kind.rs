//! The kinds of record a list tab shows: a plain enum every layer names
//! (the view's lists, the search index, the agenda), so it lives at the
//! bottom.

use strum::{Display, EnumIter, EnumString, IntoStaticStr, VariantArray};

use super::Campaign;

/// The kinds of record a filter or a sort applies to (one per list tab).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantArray,
)]
#[strum(serialize_all = "lowercase")]
pub enum RecordKind {
    Prisoner,
    Event,
    Statement,
    Organisation,
    Petition,
    Letter,
}

impl RecordKind {
    /// The plural the tabs and messages use ("prisoners").
    pub fn plural(self) -> &'static str {
        match self {
            RecordKind::Prisoner => "prisoners",
            RecordKind::Event => "events",
            RecordKind::Statement => "statements",
            RecordKind::Organisation => "organisations",
            RecordKind::Petition => "petitions",
            RecordKind::Letter => "letters",
        }
    }

    /// The start of the ids of its filter fields' descriptions in the
    /// languages' files ("filter-prisoner").
    pub fn filter_prefix(self) -> &'static str {
        match self {
            RecordKind::Prisoner => "filter-prisoner",
            RecordKind::Event => "filter-event",
            RecordKind::Statement => "filter-statement",
            RecordKind::Organisation => "filter-organisation",
            RecordKind::Petition => "filter-petition",
            RecordKind::Letter => "filter-letter",
        }
    }

    /// One record of the kind, as messages say it ("prisoner").
    pub fn singular(self) -> &'static str {
        match self {
            RecordKind::Prisoner => "prisoner",
            RecordKind::Event => "event",
            RecordKind::Statement => "statement",
            RecordKind::Organisation => "organisation",
            RecordKind::Petition => "petition",
            RecordKind::Letter => "letter",
        }
    }

    /// How many records of this kind `campaign` has.
    pub fn count(self, campaign: &Campaign) -> usize {
        match self {
            RecordKind::Prisoner => campaign.prisoners.len(),
            RecordKind::Event => campaign.events.len(),
            RecordKind::Statement => campaign.statements.len(),
            RecordKind::Organisation => campaign.organisations.len(),
            RecordKind::Petition => campaign.petitions.len(),
            RecordKind::Letter => campaign.letters.len(),
        }
    }
}
