//! Presentation mode: the campaign with its sensitive fields taken out, for a
//! screen someone else can see (a meeting, a video call, a projector).
//!
//! The sensitive fields are a prisoner's `address`, `born` and `sponsors`,
//! and `notes` wherever they occur (prisoners and organisations). Presenting,
//! they are not hidden screen by screen: they are taken out of the campaign
//! ([`strip`]) and everything derived from it is computed again from what is
//! left. So no tab, detail, overview panel, print format or filter can show
//! or match them, including what is computed from them (ages, the birthdays
//! of the overview): what is not in the data cannot leak. [`restore`] puts
//! them back when presentation mode is turned off.
//!
//! A filter that names a hidden field (`born:1950`, `notes:…`) or a word
//! found only in one matches nothing while presenting, as if the field were
//! empty: which records match would otherwise tell what the hidden text says.

use crate::model::{Campaign, PartialDate};

/// The names of the fields presentation mode hides, as the file writes them.
pub const HIDDEN_FIELDS: [&str; 4] = ["address", "born", "notes", "sponsors"];

/// The marker the dashboard shows while presenting, readable without colour.
pub const MARKER: &str = "PRESENTATION MODE";

/// What is shown where hidden facts would be (the overview's birthdays).
pub const HIDDEN_NOTE: &str = "hidden in presentation mode";

/// The sensitive fields taken out of a campaign by [`strip`], by record
/// index, to put back with [`restore`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hidden {
    prisoners: Vec<PrisonerFields>,
    organisations: Vec<Option<String>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct PrisonerFields {
    address: Option<String>,
    born: Option<PartialDate>,
    notes: Option<String>,
    sponsors: Vec<String>,
}

/// Takes the sensitive fields out of `campaign`, returning them.
pub fn strip(campaign: &mut Campaign) -> Hidden {
    Hidden {
        prisoners: campaign
            .prisoners
            .iter_mut()
            .map(|p| {
                let mut taken = PrisonerFields {
                    born: p.born.take(),
                    ..PrisonerFields::default()
                };
                p.edit(|d| {
                    taken.address = d.address.take();
                    taken.notes = d.notes.take();
                    taken.sponsors = std::mem::take(&mut d.sponsors);
                });
                taken
            })
            .collect(),
        organisations: campaign
            .organisations
            .iter_mut()
            .map(|o| o.notes.take())
            .collect(),
    }
}

/// Puts back into `campaign` the fields [`strip`] took out of it.
pub fn restore(campaign: &mut Campaign, hidden: Hidden) {
    for (p, h) in campaign.prisoners.iter_mut().zip(hidden.prisoners) {
        p.born = h.born;
        p.edit(|d| {
            d.address = h.address;
            d.notes = h.notes;
            d.sponsors = h.sponsors;
        });
    }
    for (o, notes) in campaign.organisations.iter_mut().zip(hidden.organisations) {
        o.notes = notes;
    }
}

/// True when `campaign` holds none of the sensitive fields.
pub fn is_stripped(campaign: &Campaign) -> bool {
    campaign.prisoners.iter().all(|p| {
        p.address().is_none() && p.born.is_none() && p.notes().is_none() && p.sponsors().is_empty()
    }) && campaign.organisations.iter().all(|o| o.notes.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Organisation, Prisoner, Status};

    fn campaign() -> Campaign {
        let mut p = Prisoner::new("a", "A", Status::Imprisoned);
        p.edit(|d| d.address = Some("SECRET-ADDRESS".into()));
        p.born = PartialDate::parse("1961-03").ok();
        p.edit(|d| {
            d.notes = Some("SECRET-NOTES".into());
            d.sponsors = vec!["SECRET-SPONSOR".into()];
            d.facility = Some("Colony 2".into());
        });
        let o = Organisation {
            id: "o".into(),
            name: "O".into(),
            notes: Some("SECRET-ORG-NOTES".into()),
            ..Organisation::default()
        };
        Campaign {
            prisoners: vec![p, Prisoner::new("b", "B", Status::Released)],
            organisations: vec![o],
            ..Campaign::default()
        }
    }

    #[test]
    fn strip_takes_out_only_the_sensitive_fields_and_restore_puts_them_back() {
        let original = campaign();
        let mut c = original.clone();
        assert!(!is_stripped(&c));
        let hidden = strip(&mut c);
        assert!(is_stripped(&c));
        assert_eq!(c.prisoners[0].facility(), Some("Colony 2"));
        assert!(!format!("{c:?}").contains("SECRET"));
        restore(&mut c, hidden);
        assert_eq!(c, original);
    }
}
