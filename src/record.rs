//! What an organiser records, as edits of the campaign file: built from
//! `campaign-dash log` and from the dashboard's forms and agenda actions,
//! against the campaign shown, and said in words. Knows no terminal and
//! touches no file ([`crate::load::write`] writes).

use chrono::NaiveDate;

use crate::cli::{LetterArgs, LogWhat};
use crate::load::edit::{At, Edit, letter_value_problem, snooze_value_problem};
use crate::model::{Campaign, Letter, Snooze};
use crate::query::{Derived, Filter, RecordKind, filter_indices};
use crate::sanitize::sanitize_line;

/// The place of the prisoner `id` in the file, or why there is none, with
/// the nearest id where one is near.
pub fn prisoner_at(campaign: &Campaign, id: &str) -> Result<At, String> {
    match campaign.prisoners.iter().position(|p| p.id() == id) {
        Some(index) => Ok(At {
            index,
            id: id.to_owned(),
        }),
        None => Err(unknown(
            "prisoner",
            id,
            campaign.prisoners.iter().map(|p| p.id()),
        )),
    }
}

/// The place of the petition `id` in the file.
pub fn petition_at(campaign: &Campaign, id: &str) -> Result<At, String> {
    match campaign
        .petitions
        .iter()
        .position(|p| p.id.as_deref() == Some(id))
    {
        Some(index) => Ok(At {
            index,
            id: id.to_owned(),
        }),
        None => Err(unknown(
            "petition",
            id,
            campaign.petitions.iter().filter_map(|p| p.id.as_deref()),
        )),
    }
}

fn unknown<'a>(what: &str, id: &str, ids: impl Iterator<Item = &'a str>) -> String {
    let near = crate::load::nearest(id, ids)
        .map(|n| format!("; did you mean `{n}`?"))
        .unwrap_or_default();
    format!(
        "there is no {what} `{}` in the file{near}",
        sanitize_line(id)
    )
}

/// The edits `campaign-dash log` makes on `campaign` (with its derived
/// data, for `--filter`), `today` the day a date left out means.
pub fn log_edits(
    what: &LogWhat,
    campaign: &Campaign,
    derived: &Derived,
    today: NaiveDate,
) -> Result<Vec<Edit>, String> {
    match what {
        LogWhat::Letter(args) => letters(args, campaign, derived, today),
        LogWhat::Checked { ids, date } => ids
            .iter()
            .map(|id| {
                Ok(Edit::Checked(
                    prisoner_at(campaign, id)?,
                    date.unwrap_or(today),
                ))
            })
            .collect(),
        LogWhat::Released { id, date } => {
            Ok(vec![Edit::Released(prisoner_at(campaign, id)?, *date)])
        }
        LogWhat::Delivered { id, date } => Ok(vec![Edit::Delivered(
            petition_at(campaign, id)?,
            date.unwrap_or(today),
        )]),
        LogWhat::Snooze { uid, until, note } => Ok(vec![Edit::Snooze(snooze(
            derived,
            today,
            uid,
            *until,
            note.as_deref(),
        )?)]),
    }
}

/// A snooze of the agenda item `uid` until `until`, or why not: the item
/// must be on the agenda (or snoozed already), `until` after today, the
/// note what `check` takes.
pub fn snooze(
    derived: &Derived,
    today: NaiveDate,
    uid: &str,
    until: NaiveDate,
    note: Option<&str>,
) -> Result<Snooze, String> {
    let agenda = &derived.agenda;
    let known = || agenda.items.iter().chain(&agenda.snoozed);
    if !known().any(|i| i.uid == uid) {
        return Err(unknown("agenda item", uid, known().map(|i| i.uid.as_str())));
    }
    if until <= today {
        return Err(format!(
            "{until} is not after today ({today}): the item would not be put off"
        ));
    }
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if let Some(problem) = note.and_then(|n| snooze_value_problem("note", n)) {
        return Err(problem);
    }
    Ok(Snooze {
        item: uid.to_owned(),
        until,
        note: note.map(str::to_owned),
    })
}

fn letters(
    args: &LetterArgs,
    campaign: &Campaign,
    derived: &Derived,
    today: NaiveDate,
) -> Result<Vec<Edit>, String> {
    let mut indices = Vec::new();
    for id in &args.prisoner {
        indices.push(prisoner_at(campaign, id)?.index);
    }
    if let Some(query) = &args.filter {
        let filter = Filter::parse(query, RecordKind::Prisoner)
            .map_err(|e| format!("--filter: {}", e.message))?;
        let matched = filter_indices(&filter, campaign, derived);
        if matched.is_empty() {
            return Err(format!(
                "--filter \"{}\" matches no prisoner; nothing was written",
                sanitize_line(query)
            ));
        }
        indices.extend(matched);
    }
    // Each prisoner once, in the order named.
    let mut seen = std::collections::HashSet::new();
    indices.retain(|i| seen.insert(*i));
    let count = match &args.count {
        Some(raw) => {
            if let Some(problem) = letter_value_problem("count", raw) {
                return Err(format!("--count: {problem}"));
            }
            Some(
                raw.trim()
                    .parse::<u64>()
                    .map_err(|e| format!("--count: {e}"))?,
            )
        }
        None => None,
    };
    if let Some(event) = &args.event
        && !campaign.events.iter().any(|e| e.id() == event)
    {
        return Err(format!(
            "--event: {}",
            unknown("event", event, campaign.events.iter().map(|e| e.id()))
        ));
    }
    let blank = |s: &Option<String>| {
        s.as_ref()
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
    };
    Ok(indices
        .into_iter()
        .map(|i| {
            Edit::AddLetter(Letter {
                date: args.date.unwrap_or(today),
                prisoner: campaign.prisoners[i].id().to_owned(),
                direction: args.direction,
                count,
                channel: args.channel,
                by: blank(&args.by),
                event: args.event.clone(),
                notes: blank(&args.notes),
            })
        })
        .collect())
}
