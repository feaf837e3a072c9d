//! Presentation mode: the campaign with its sensitive fields taken out, for a
//! screen someone else can see (a meeting, a video call, a projector).
//!
//! The sensitive fields are those the field declarations
//! ([`crate::model::fields`]) mark `sensitive` ([`hidden_fields`] names
//! them), in prisoners and organisations alike. Presenting, they are not hidden screen by screen: they are taken out of the campaign
//! ([`strip`]) and everything derived from it is computed again from what is
//! left. So no tab, detail, overview panel, print format or filter can show
//! or match them, including what is computed from them (ages, the birthdays
//! of the overview): what is not in the data cannot leak. [`restore`] puts
//! them back when presentation mode is turned off.
//!
//! A filter that names a hidden field (`born:1950`, `notes:…`) or a word
//! found only in one matches nothing while presenting, as if the field were
//! empty: which records match would otherwise tell what the hidden text says.

use chrono::NaiveDate;

use crate::model::fields::{Owned, Value, sensitive};
use crate::model::{
    Campaign, CampaignInfo, Custody, Earlier, Letter, Organisation, Prisoner, Record, Snooze,
    Withheld,
};

/// The names of the fields presentation mode hides, as the file writes them
/// (each once, prisoners' first).
pub fn hidden_fields() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let keys = sensitive::<Prisoner>()
        .map(|f| f.key)
        .chain(sensitive::<Custody>().map(|f| f.key))
        .chain(sensitive::<Earlier>().map(|f| f.key))
        .chain(sensitive::<Organisation>().map(|f| f.key))
        .chain(sensitive::<Letter>().map(|f| f.key))
        .chain(sensitive::<Snooze>().map(|f| f.key))
        .chain(sensitive::<CampaignInfo>().map(|f| f.key));
    for key in keys {
        if !out.contains(&key) {
            out.push(key);
        }
    }
    out
}

/// [`hidden_list`] in the current language, for the screen (the files'
/// comments keep English).
pub fn hidden_said() -> String {
    let nouns: Vec<String> = hidden_nouns()
        .into_iter()
        .map(|noun| match noun {
            "addresses" => crate::t!("hidden-addresses"),
            "birthdays" => crate::t!("hidden-birthdays"),
            "letter writers" => crate::t!("hidden-letter-writers"),
            "notes" => crate::t!("hidden-notes"),
            "risk tags" => crate::t!("hidden-risk-tags"),
            "sponsors" => crate::t!("hidden-sponsors"),
            other => other.to_owned(),
        })
        .collect();
    crate::text::said_list(&nouns)
}

/// What presentation mode hides, as the help texts say it: how each
/// sensitive field is called there (`hidden_as`), each once, in alphabetical
/// order, as a list ("a, b and c").
pub fn hidden_list() -> String {
    crate::text::and_list(&hidden_nouns())
}

/// How each sensitive field is called in [`hidden_list`], each once, in
/// alphabetical order.
fn hidden_nouns() -> Vec<&'static str> {
    let mut nouns: Vec<&'static str> = sensitive::<Prisoner>()
        .map(|f| f.hidden_as)
        .chain(sensitive::<Custody>().map(|f| f.hidden_as))
        .chain(sensitive::<Earlier>().map(|f| f.hidden_as))
        .chain(sensitive::<Organisation>().map(|f| f.hidden_as))
        .chain(sensitive::<Letter>().map(|f| f.hidden_as))
        .chain(sensitive::<Snooze>().map(|f| f.hidden_as))
        .chain(sensitive::<CampaignInfo>().map(|f| f.hidden_as))
        .collect();
    nouns.sort_unstable();
    nouns.dedup();
    nouns
}

/// Sets every sensitive list of `d` to one item, `secret`: for tests that
/// check it never shows.
#[cfg(test)]
pub(crate) fn fill_sensitive_lists(d: &mut crate::model::PrisonerDraft, secret: &str) {
    for f in sensitive::<Prisoner>() {
        if let crate::model::Kind::List { .. } = f.kind {
            (f.set)(d, Owned::List(vec![secret.to_owned()]));
        }
    }
}

/// The marker the dashboard shows while presenting, readable without colour.
pub const MARKER: &str = "PRESENTATION MODE";

/// What is shown where hidden facts would be (the overview's birthdays).
pub const HIDDEN_NOTE: &str = "hidden in presentation mode";

/// The sensitive fields taken out of a campaign by [`strip`], by record
/// index, to put back with [`restore`]: for each record, the value of each
/// sensitive field of its kind in the declaration's order (`None` where it
/// had none); for a prisoner's places of custody and earlier arrests, the
/// same for each entry.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hidden {
    prisoners: Vec<Vec<Option<Owned>>>,
    custody: Vec<Vec<Vec<Option<Owned>>>>,
    earlier: Vec<Vec<Vec<Option<Owned>>>>,
    organisations: Vec<Vec<Option<Owned>>>,
    letters: Vec<Vec<Option<Owned>>>,
    snoozed: Vec<Vec<Option<Owned>>>,
    /// The `[campaign]` table's (one record).
    info: Vec<Vec<Option<Owned>>>,
    withheld: Withheld,
}

/// A value read from a record, owned; `None` when empty.
fn owned(v: Value<'_>) -> Option<Owned> {
    match v {
        Value::Text(t) => t.map(|t| Owned::Text(t.to_owned())),
        Value::List(l) => (!l.is_empty()).then(|| Owned::List(l.to_vec())),
        Value::Strings(l) => (!l.is_empty()).then(|| Owned::List(l.to_vec())),
        Value::Date(d) => d.map(Owned::Date),
        Value::PartialDate(d) => d.map(Owned::PartialDate),
        Value::Int(n) => n.map(Owned::Int),
        Value::Choices(bits, _) => (bits != 0).then_some(Owned::Choices(bits)),
        Value::Choice(_) | Value::Other => None,
    }
}

/// The sensitive values of `r`, in the declaration's order.
fn take<R: Record>(r: &R) -> Vec<Option<Owned>> {
    sensitive::<R>().map(|f| owned((f.get)(r))).collect()
}

/// Puts `values` (or nothing, where `None`) into the sensitive fields of `d`.
fn put<R: Record>(d: &mut R::Draft, values: impl IntoIterator<Item = Option<Owned>>) {
    let mut values = values.into_iter();
    for f in sensitive::<R>() {
        (f.set)(d, values.next().flatten().unwrap_or(Owned::Empty));
    }
}

/// Takes the sensitive fields out of `campaign`, returning them. How many
/// prisoners are at special risk as of `today` is kept
/// ([`Campaign::withheld`]), not who.
pub fn strip(campaign: &mut Campaign, today: NaiveDate) -> Hidden {
    let withheld = campaign.withheld;
    campaign.withheld.at_risk += campaign
        .prisoners
        .iter()
        .filter(|p| !crate::query::risks(p, today).is_empty())
        .count();
    campaign.withheld.stripped = true;
    let mut custody = Vec::with_capacity(campaign.prisoners.len());
    let mut earlier = Vec::with_capacity(campaign.prisoners.len());
    let prisoners = campaign
        .prisoners
        .iter_mut()
        .map(|p| {
            let taken = take(p);
            custody.push(take_all(&mut p.custody));
            earlier.push(take_all(&mut p.earlier));
            if taken.iter().any(Option::is_some) {
                p.edit(|d| put::<Prisoner>(d, std::iter::empty()));
            }
            taken
        })
        .collect();
    Hidden {
        prisoners,
        custody,
        earlier,
        organisations: take_all(&mut campaign.organisations),
        letters: take_all(&mut campaign.letters),
        snoozed: take_all(&mut campaign.snoozed),
        info: take_all(std::slice::from_mut(&mut campaign.info)),
        withheld,
    }
}

/// Takes the sensitive fields out of each of `records`, whose drafts are
/// themselves.
fn take_all<R: Record<Draft = R>>(records: &mut [R]) -> Vec<Vec<Option<Owned>>> {
    records
        .iter_mut()
        .map(|r| {
            let taken = take(r);
            put::<R>(r, std::iter::empty());
            taken
        })
        .collect()
}

/// Puts back into each of `records` what [`take_all`] took.
fn put_all<R: Record<Draft = R>>(records: &mut [R], hidden: Vec<Vec<Option<Owned>>>) {
    for (r, h) in records.iter_mut().zip(hidden) {
        put::<R>(r, h);
    }
}

/// Puts back into `campaign` the fields [`strip`] took out of it.
pub fn restore(campaign: &mut Campaign, hidden: Hidden) {
    let places = hidden.custody.into_iter().zip(hidden.earlier);
    for ((p, h), (custody, earlier)) in campaign
        .prisoners
        .iter_mut()
        .zip(hidden.prisoners)
        .zip(places)
    {
        if h.iter().any(Option::is_some) {
            p.edit(|d| put::<Prisoner>(d, h));
        }
        put_all(&mut p.custody, custody);
        put_all(&mut p.earlier, earlier);
    }
    put_all(&mut campaign.organisations, hidden.organisations);
    put_all(&mut campaign.letters, hidden.letters);
    put_all(&mut campaign.snoozed, hidden.snoozed);
    put_all(std::slice::from_mut(&mut campaign.info), hidden.info);
    campaign.withheld = hidden.withheld;
}

/// `campaign` as a campaign file to hand to someone else: every sensitive
/// field taken out for good ([`strip`] as of `today`), and the comments
/// too (they can say anything: [`crate::toml_out::campaign`] writes none),
/// under a header saying what was left out of the file named `from`.
pub fn stripped_file(campaign: &Campaign, today: NaiveDate, from: &str) -> String {
    let mut c = campaign.clone();
    strip(&mut c, today);
    let mut out = crate::toml_out::comment(
        &format!(
            "Written by campaign-dash strip on {today}, without {}, from ",
            hidden_list()
        ),
        from,
    );
    out.push_str(&crate::toml_out::campaign(&c));
    out
}

/// True when `campaign` holds none of the sensitive fields.
pub fn is_stripped(campaign: &Campaign) -> bool {
    fn none<R: Record>(r: &R) -> bool {
        sensitive::<R>().all(|f| owned((f.get)(r)).is_none())
    }
    campaign
        .prisoners
        .iter()
        .all(|p| none(p) && p.custody.iter().all(none) && p.earlier.iter().all(none))
        && campaign.organisations.iter().all(none)
        && campaign.letters.iter().all(none)
        && campaign.snoozed.iter().all(none)
        && none(&campaign.info)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PartialDate, Status};

    fn campaign() -> Campaign {
        let mut p = Prisoner::new("a", "A", Status::Imprisoned);
        p.edit(|d| d.address = Some("SECRET_ADDRESS".into()));
        p.risk.insert(crate::model::Risk::Health);
        p.custody.push(crate::model::Custody {
            facility: "Colony 2".into(),
            address: Some("SECRET_CUSTODY_ADDRESS".into()),
            notes: Some("SECRET_CUSTODY_NOTES".into()),
            ..Default::default()
        });
        p.earlier.push(crate::model::Earlier {
            notes: Some("SECRET_EARLIER_NOTES".into()),
            ..Default::default()
        });
        p.born = PartialDate::parse("1961-03").ok();
        p.edit(|d| {
            d.notes = Some("SECRET_NOTES".into());
            d.facility = Some("Colony 2".into());
            // Every sensitive list too, by its declaration.
            fill_sensitive_lists(d, "SECRET_LIST");
        });
        let o = Organisation {
            id: "o".into(),
            name: "O".into(),
            notes: Some("SECRET_ORG_NOTES".into()),
            ..Organisation::default()
        };
        let letter = Letter {
            prisoner: "a".into(),
            by: Some("SECRET_WRITER".into()),
            notes: Some("SECRET_LETTER_NOTES".into()),
            ..Letter::default()
        };
        let snooze = Snooze {
            item: "write-a".into(),
            note: Some("SECRET_SNOOZE_NOTE".into()),
            ..Snooze::default()
        };
        Campaign {
            prisoners: vec![p, Prisoner::new("b", "B", Status::Released)],
            organisations: vec![o],
            letters: vec![letter],
            snoozed: vec![snooze],
            ..Campaign::default()
        }
    }

    #[test]
    fn strip_takes_out_only_the_sensitive_fields_and_restore_puts_them_back() {
        let original = campaign();
        let mut c = original.clone();
        assert!(!is_stripped(&c));
        let hidden = strip(&mut c, chrono::NaiveDate::MIN);
        assert!(is_stripped(&c));
        assert_eq!(c.prisoners[0].facility(), Some("Colony 2"));
        assert!(!format!("{c:?}").contains("SECRET"), "{c:?}");
        assert!(c.prisoners[0].risk.is_empty());
        assert_eq!(c.snoozed[0].item, "write-a");
        // How many are at risk stays, not who.
        assert_eq!(c.withheld.at_risk, 1);
        assert_eq!(c.prisoners[0].current_facility(), Some("Colony 2"));
        restore(&mut c, hidden);
        assert_eq!(c, original);
    }
}
