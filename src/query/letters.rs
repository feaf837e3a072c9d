//! The letter evening: how an envelope to a prisoner is addressed, and what
//! a volunteer writing to them needs to know (the sheet). The dashboard's
//! `Y`, `print --view envelopes` and `print --view sheets` all read these,
//! so the clipboard and the printed label cannot differ.
//!
//! Belarusian and Russian prisons want the recipient's full name in
//! Cyrillic, family name first, with the year of birth ("1961 г.р.", the
//! usual abbreviation of "year of birth" on Russian-language envelopes),
//! then the address a line each. The name is the prisoner's `postal_name`;
//! without it, the first alias written in Cyrillic; without one, the name as
//! the campaign writes it.
//!
//! Every text here is sanitised for a terminal and a PDF: one line each,
//! control and invisible characters taken out ([`sanitize_line`]).

use chrono::{Datelike, NaiveDate};

use crate::model::{Campaign, Prisoner};
use crate::sanitize::sanitize_line;

use super::Derived;

/// Where the name on an envelope comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameFrom {
    /// The prisoner's `postal_name`.
    Postal,
    /// The first alias in Cyrillic (no `postal_name`).
    Alias,
    /// The name as the campaign writes it (neither of the others).
    Name,
}

pub use crate::model::fold::is_cyrillic;

/// The name an envelope to `p` carries, and where it comes from.
pub fn postal_name(p: &Prisoner) -> (&str, NameFrom) {
    if let Some(name) = p.postal_name().filter(|n| !n.trim().is_empty()) {
        return (name, NameFrom::Postal);
    }
    match p.aliases().iter().find(|a| is_cyrillic(a)) {
        Some(alias) => (alias, NameFrom::Alias),
        None => (p.name(), NameFrom::Name),
    }
}

/// One envelope's recipient block: the name line, then the address lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    /// The name and, where `born` gives it, the year of birth:
    /// "Ярашук Аляксандр Сцяпанавіч, 1961 г.р.".
    pub name: String,
    pub from: NameFrom,
    /// The address now, a line each, blank lines left out.
    pub address: Vec<String>,
}

impl Envelope {
    /// The block as text, a line each, ending in a newline.
    pub fn text(&self) -> String {
        let mut out = format!("{}\n", self.name);
        for line in &self.address {
            out.push_str(line);
            out.push('\n');
        }
        out
    }
}

/// The lines of an address as written: trimmed, blank ones left out,
/// each made safe for a terminal.
pub fn address_lines(address: &str) -> Vec<String> {
    address
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| sanitize_line(l).into_owned())
        .collect()
}

/// The envelope to `p`, at the address they are held at now; `None`
/// without one.
pub fn envelope(p: &Prisoner) -> Option<Envelope> {
    let address = address_lines(p.current_address()?);
    if address.is_empty() {
        return None;
    }
    let (name, from) = postal_name(p);
    let name = sanitize_line(name.trim());
    let name = match p.born {
        Some(born) => format!("{name}, {} г.р.", born.year_part()),
        None => name.into_owned(),
    };
    Some(Envelope {
        name,
        from,
        address,
    })
}

/// The prisoners `check` tells of: those in custody with an address and no
/// `postal_name`, whose envelopes take the first Cyrillic alias (`Alias`)
/// or, with none, the campaign's spelling (`Name`).
pub fn postal_fallbacks(c: &Campaign) -> Vec<(usize, NameFrom)> {
    c.prisoners
        .iter()
        .enumerate()
        .filter(|(_, p)| p.status.in_custody())
        .filter(|(_, p)| p.current_address().is_some_and(|a| !a.trim().is_empty()))
        .filter_map(|(i, p)| match postal_name(p).1 {
            NameFrom::Postal => None,
            from => Some((i, from)),
        })
        .collect()
}

/// What `check` says, once, of the envelopes of prisoners in custody with
/// an address but no `postal_name`: which of them take their first
/// Cyrillic alias, and which the name as written (ids, the first five of
/// each); `None` when every envelope has its postal name.
pub fn postal_note(c: &Campaign) -> Option<String> {
    use crate::t;
    use crate::text::{said_list, thousands};
    let fallbacks = postal_fallbacks(c);
    if fallbacks.is_empty() {
        return None;
    }
    let listed = |from: NameFrom| -> Option<String> {
        let ids: Vec<String> = fallbacks
            .iter()
            .filter(|(_, f)| *f == from)
            .map(|(i, _)| sanitize_line(c.prisoners[*i].id()).into_owned())
            .collect();
        if ids.is_empty() {
            return None;
        }
        let mut shown: Vec<String> = ids.iter().take(5).cloned().collect();
        if ids.len() > 5 {
            shown.push(t!(
                "postal-more",
                count = thousands(ids.len().saturating_sub(5) as u64)
            ));
        }
        let n = ids.len();
        let count = thousands(n as u64);
        let ids = said_list(&shown);
        Some(match from {
            NameFrom::Alias => t!("postal-by-alias", n = n, count = count, ids = ids),
            _ => t!("postal-by-name", n = n, count = count, ids = ids),
        })
    };
    let parts: Vec<String> = [NameFrom::Alias, NameFrom::Name]
        .into_iter()
        .filter_map(listed)
        .collect();
    Some(t!("postal-note", names = said_list(&parts)))
}

/// The name of a language, in English, by its ISO 639-1 code; the code
/// itself for one not listed.
pub fn language_name(code: &str) -> &str {
    match code {
        "be" => "Belarusian",
        "ru" => "Russian",
        "uk" => "Ukrainian",
        "pl" => "Polish",
        "lt" => "Lithuanian",
        "lv" => "Latvian",
        "et" => "Estonian",
        "en" => "English",
        "de" => "German",
        "fr" => "French",
        "es" => "Spanish",
        "it" => "Italian",
        "pt" => "Portuguese",
        "cs" => "Czech",
        "sk" => "Slovak",
        "ka" => "Georgian",
        "hy" => "Armenian",
        "az" => "Azerbaijani",
        "kk" => "Kazakh",
        "tr" => "Turkish",
        "he" => "Hebrew",
        "yi" => "Yiddish",
        _ => code,
    }
}

/// What a volunteer writing to one prisoner needs, a labelled line each
/// (label, text), in the order of the sheet; sanitised. Sensitive fields
/// taken out (presentation mode) are simply absent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The name as the campaign writes it.
    pub name: String,
    /// The name in Cyrillic, where it differs from `name`.
    pub cyrillic: Option<String>,
    pub rows: Vec<(&'static str, String)>,
    /// Texts under their headings: the place's guidance, the campaign's.
    pub texts: Vec<(String, String)>,
}

/// The sheet of prisoner `i` of `c` as of the derived data's today.
pub fn sheet(c: &Campaign, d: &Derived, i: usize) -> Option<Sheet> {
    use crate::text::plural;
    let p = c.prisoners.get(i)?;
    let facts = d.prisoner_facts.get(i);
    let letters = d.letters.facts.get(i).copied().unwrap_or_default();
    let name = sanitize_line(p.name()).into_owned();
    let (postal, from) = postal_name(p);
    let cyrillic = (from != NameFrom::Name)
        .then(|| sanitize_line(postal.trim()).into_owned())
        .filter(|n| *n != name);
    let mut rows: Vec<(&'static str, String)> = Vec::new();
    let mut status = p.status.to_string();
    if let Some(days) = facts.and_then(|f| f.days_shown()) {
        let unit = if days.days == 1 { "day" } else { "days" };
        status.push_str(&format!(", {} {unit} behind bars", days.marked()));
    }
    rows.push(("status", status));
    if let Some(born) = p.born {
        rows.push((
            "born",
            birthday_text(born, d.today, facts.and_then(|f| f.next_birthday)),
        ));
    }
    if !p.languages().is_empty() {
        let names: Vec<&str> = p.languages().iter().map(language_name).collect();
        rows.push(("reads", sanitize_line(&names.join(", ")).into_owned()));
    }
    if !p.interests().is_empty() {
        let list: Vec<String> = p
            .interests()
            .iter()
            .map(|s| sanitize_line(s).into_owned())
            .collect();
        rows.push(("interests", list.join("; ")));
    }
    if let Some(place) = p.current_facility() {
        rows.push(("held at", sanitize_line(place).into_owned()));
    }
    let mut sent = match letters.sent {
        0 => "none yet".to_owned(),
        n => plural(
            usize::try_from(n).unwrap_or(usize::MAX),
            "letter",
            "letters",
        ),
    };
    if let Some(last) = letters.last_sent {
        sent.push_str(&format!(", the last on {last}"));
    }
    rows.push(("we sent", sent));
    if let Some(last) = letters.last_received {
        rows.push(("last news", format!("a letter received on {last}")));
    }
    let mut texts = Vec::new();
    let place = d.letters.facility.get(i).copied().flatten();
    if let Some(f) = place.and_then(|f| c.facilities.get(f))
        && let Some(g) = f.guidance.as_deref().filter(|g| !g.trim().is_empty())
    {
        let named = p.current_facility().unwrap_or(&f.name);
        texts.push((
            format!("Letters to {}", sanitize_line(named)),
            crate::sanitize::sanitize(g.trim()).into_owned(),
        ));
    }
    if let Some(g) = c
        .info
        .letter_guidance
        .as_deref()
        .filter(|g| !g.trim().is_empty())
    {
        texts.push((
            "What to write".to_owned(),
            crate::sanitize::sanitize(g.trim()).into_owned(),
        ));
    }
    Some(Sheet {
        name,
        cyrillic,
        rows,
        texts,
    })
}

/// "22 January 1950, aged 73; turns 74 on 2024-01-22" (the next birthday,
/// for those whose birthday comes round); a partial date as written, with
/// the ages it allows ("1961, aged 61 or 62").
fn birthday_text(
    born: crate::model::PartialDate,
    today: NaiveDate,
    next: Option<(NaiveDate, u32)>,
) -> String {
    let written = match born.as_full() {
        Some(day) => format!("{} {} {}", day.day(), month_name(day.month()), day.year()),
        None => born.to_string(),
    };
    let (young, old) = (
        today.years_since(born.last_day()),
        today.years_since(born.first_day()),
    );
    let aged = match (young, old) {
        (Some(a), Some(b)) if a == b => format!(", aged {a}"),
        (Some(a), Some(b)) => format!(", aged {a} or {b}"),
        (None, Some(b)) => format!(", aged {b} at most"),
        _ => String::new(),
    };
    match next {
        Some((day, age)) => format!("{written}{aged}; turns {age} on {day}"),
        None => format!("{written}{aged}"),
    }
}

fn month_name(m: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    MONTHS
        .get(m.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PartialDate, Status};

    #[test]
    fn cyrillic_is_told_from_latin() {
        assert!(is_cyrillic("Ярашук Аляксандр"));
        assert!(is_cyrillic("Бераснеў, Васіль"));
        assert!(!is_cyrillic("Aliaksandr Yarashuk"));
        assert!(!is_cyrillic("Bieraśnieŭ"));
        assert!(!is_cyrillic("Ярашук Aliaksandr"));
        assert!(!is_cyrillic("1961"));
        use crate::model::fold::is_latin;
        assert!(is_latin("Bieraśnieŭ") && is_latin("Łódź 2"));
        assert!(!is_latin("Ярашук") && !is_latin("Ярашук Aliaksandr") && !is_latin("12"));
    }

    #[test]
    fn the_envelope_takes_the_postal_name_else_a_cyrillic_alias() {
        let mut p = Prisoner::new("y", "Aliaksandr Yarashuk", Status::Imprisoned);
        p.edit(|d| {
            d.aliases = vec!["Alexander Yaroshuk".into(), "Аляксандр Ярашук".into()];
            d.address = Some("  ul. Example 1\n\n 213000 Town \n".into());
        });
        p.born = Some(PartialDate::year(1961));
        let e = envelope(&p).unwrap();
        assert_eq!(e.from, NameFrom::Alias);
        assert_eq!(
            e.text(),
            "Аляксандр Ярашук, 1961 г.р.\nul. Example 1\n213000 Town\n"
        );
        p.edit(|d| d.postal_name = Some("Ярашук Аляксандр Сцяпанавіч".into()));
        let e = envelope(&p).unwrap();
        assert_eq!(e.from, NameFrom::Postal);
        assert_eq!(e.name, "Ярашук Аляксандр Сцяпанавіч, 1961 г.р.");
        // Without an address, no envelope.
        p.edit(|d| d.address = Some(" \n".into()));
        assert_eq!(envelope(&p), None);
    }

    #[test]
    fn hostile_text_never_reaches_the_envelope_raw() {
        let mut p = Prisoner::new("x", "X", Status::Detained);
        p.edit(|d| {
            d.postal_name = Some("Имя\u{1b}[2J\u{202e}".into());
            d.address = Some("line\u{7}one\nline two\u{200b}".into());
        });
        let text = envelope(&p).unwrap().text();
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(!text.contains('\u{202e}') && !text.contains('\u{200b}'));
    }
}
