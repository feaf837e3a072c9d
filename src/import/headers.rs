//! Which field a column of a list holds, by its header: this program's own
//! csv and xlsx headers (the keys of [`Prisoner`]'s fields, the names
//! beside the organisation ids, the computed columns), the headers of the
//! Viasna list's export, common English, Russian and Belarusian headers,
//! and the `--map` the user gives.

use crate::model::Prisoner;
use crate::model::fields::{Field, Record};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// A field of [`Prisoner`], by its index in the declarations.
    Field(usize),
    /// The organisations' names, beside (or instead of) their ids.
    OrganisationNames,
    /// A column this program computes (`days_held`): recomputed from the
    /// others, not read.
    Computed,
    /// `release_due_estimate`: `true` where `release_due` was computed.
    DueEstimate,
    /// The Viasna list's `release_date`: the release of a prisoner released,
    /// else the release due.
    ReleaseDate,
    /// Kept in the notes as "label: value" (a judge, a prosecutor, …).
    Note(&'static str),
    /// Left out on purpose (`--map 'Header=skip'`), said once.
    Skip,
    /// A header matched by nothing.
    Unknown,
}

/// Headers of other lists, normalised ([`normal`]), and the key of the
/// field each one holds (a `Column` name in angle brackets for the rest).
const ALIASES: &[(&str, &str)] = &[
    // The Viasna list's export.
    ("url", "sources"),
    ("birthday", "born"),
    ("arrested", "detained"),
    ("articles", "charges"),
    ("verdict date", "sentenced"),
    ("penalty", "sentence"),
    ("prison", "facility"),
    ("release date", "<release_date>"),
    ("gender", "<note>"),
    ("decision", "<note>"),
    ("judge", "<note>"),
    ("prosecutor", "<note>"),
    ("declaration", "<note>"),
    ("died", "<note>"),
    // English.
    ("full name", "name"),
    ("prisoner", "name"),
    ("other names", "aliases"),
    ("alias", "aliases"),
    ("date of birth", "born"),
    ("birth date", "born"),
    ("year of birth", "born"),
    ("organisation", "organisations"),
    ("organization", "organisations"),
    ("organizations", "organisations"),
    ("union", "organisations"),
    ("position", "role"),
    ("date of arrest", "detained"),
    ("arrest date", "detained"),
    ("date of verdict", "sentenced"),
    ("verdict", "sentence"),
    ("term", "sentence"),
    ("sentence (months)", "sentence_months"),
    ("months", "sentence_months"),
    ("release due", "release_due"),
    ("date of release", "released"),
    ("charge", "charges"),
    ("article", "charges"),
    ("place of detention", "facility"),
    ("colony", "facility"),
    ("postal address", "address"),
    ("godparents", "sponsors"),
    ("source", "sources"),
    ("link", "sources"),
    ("links", "sources"),
    ("note", "notes"),
    ("comment", "notes"),
    ("comments", "notes"),
    ("name for letters", "postal_name"),
    ("name on envelope", "postal_name"),
    ("interest", "interests"),
    ("hobbies", "interests"),
    ("language", "languages"),
    ("reads", "languages"),
    // Russian.
    ("фио", "name"),
    ("ф.и.о.", "name"),
    ("имя", "name"),
    ("фамилия имя отчество", "name"),
    ("статус", "status"),
    ("дата рождения", "born"),
    ("год рождения", "born"),
    ("организация", "organisations"),
    ("должность", "role"),
    ("дата задержания", "detained"),
    ("дата ареста", "detained"),
    ("дата приговора", "sentenced"),
    ("приговор", "sentence"),
    ("наказание", "sentence"),
    ("срок", "sentence"),
    ("дата освобождения", "released"),
    ("статья", "charges"),
    ("статьи", "charges"),
    ("место содержания", "facility"),
    ("учреждение", "facility"),
    ("адрес", "address"),
    ("источник", "sources"),
    ("ссылка", "sources"),
    ("примечание", "notes"),
    ("примечания", "notes"),
    ("комментарий", "notes"),
    ("фио для писем", "postal_name"),
    ("интересы", "interests"),
    ("увлечения", "interests"),
    ("языки", "languages"),
    ("язык", "languages"),
    ("судья", "<note>"),
    ("прокурор", "<note>"),
    ("пол", "<note>"),
    // Belarusian.
    ("імя", "name"),
    ("прозвішча імя", "name"),
    ("прозвішча, імя", "name"),
    ("прозвішча, імя, імя па бацьку", "name"),
    ("дата нараджэння", "born"),
    ("інтарэсы", "interests"),
    ("захапленні", "interests"),
    ("мовы", "languages"),
    ("мова", "languages"),
    ("арганізацыя", "organisations"),
    ("пасада", "role"),
    ("дата затрымання", "detained"),
    ("дата прысуду", "sentenced"),
    ("прысуд", "sentence"),
    ("тэрмін", "sentence"),
    ("дата вызвалення", "released"),
    ("артыкул", "charges"),
    ("артыкулы", "charges"),
    ("месца ўтрымання", "facility"),
    ("установа", "facility"),
    ("адрас", "address"),
    ("крыніца", "sources"),
    ("спасылка", "sources"),
    ("заўвагі", "notes"),
    ("нататкі", "notes"),
    ("суддзя", "<note>"),
    ("пракурор", "<note>"),
    ("пол", "<note>"),
];

/// A header as it is matched: lowercase, `_` as a space, runs of spaces as
/// one, without spaces, `:` or `*` around it.
pub fn normal(header: &str) -> String {
    let lower = header.to_lowercase().replace('_', " ").replace('ё', "е");
    let words: Vec<&str> = lower.split_whitespace().collect();
    words
        .join(" ")
        .trim_matches(|c: char| c == ':' || c == '*' || c.is_whitespace())
        .to_owned()
}

/// The column a field key (or `skip`) names, for `--map`; `None` for no
/// such field.
pub fn named(key: &str) -> Option<Column> {
    let fields: &[Field<Prisoner>] = Prisoner::FIELDS;
    match key {
        "skip" => Some(Column::Skip),
        "organisation_names" => Some(Column::OrganisationNames),
        "note" => Some(Column::Note("")),
        key => fields.iter().position(|f| f.key == key).map(Column::Field),
    }
}

/// The columns this program writes that it computes: the prisoners' csv
/// header less the declared fields and the names beside the references.
fn computed(own: &[String]) -> impl Iterator<Item = &str> {
    own.iter().map(String::as_str).filter(|k| {
        Prisoner::FIELDS
            .iter()
            .all(|f| f.key != *k && crate::print::names_key(f.key, f.kind).as_deref() != Some(*k))
    })
}

/// The column of `header`, with `maps` (normalised header → column) before
/// every other rule; `own` is this program's csv header of the prisoners.
/// A note column is labelled by the header as written.
pub fn column(header: &str, maps: &[(String, Column)], own: &[String]) -> Column {
    let n = normal(header);
    if let Some((_, c)) = maps.iter().find(|(h, _)| *h == n) {
        return *c;
    }
    let key = n.replace(' ', "_");
    if key == "release_due_estimate" {
        return Column::DueEstimate;
    }
    if let Some(c) = named(&key).filter(|c| *c != Column::Skip && *c != Column::Note("")) {
        return c;
    }
    if computed(own).any(|k| k == key) {
        return Column::Computed;
    }
    match ALIASES.iter().find(|(h, _)| *h == n).map(|(_, k)| *k) {
        Some("<release_date>") => Column::ReleaseDate,
        Some("<note>") => Column::Note(""),
        Some(key) => named(key).unwrap_or(Column::Unknown),
        None => Column::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: Column) -> &'static str {
        match c {
            Column::Field(i) => Prisoner::FIELDS[i].key,
            _ => "",
        }
    }

    #[test]
    fn headers_of_every_kind_of_list() {
        let own = vec!["name".to_owned(), "days_held".to_owned()];
        for (h, want) in [
            ("Name", "name"),
            ("ФИО", "name"),
            ("Імя", "name"),
            ("Date of arrest", "detained"),
            ("Дата задержания", "detained"),
            ("Статья", "charges"),
            ("verdict date", "sentenced"),
            ("sentence_months", "sentence_months"),
            ("  Prison: ", "facility"),
            ("Интересы", "interests"),
            ("Мовы", "languages"),
            ("Name for letters", "postal_name"),
            ("postal_name", "postal_name"),
        ] {
            assert_eq!(key(column(h, &[], &own)), want, "{h}");
        }
        assert_eq!(column("days_held", &[], &own), Column::Computed);
        assert_eq!(
            column("organisation_names", &[], &own),
            Column::OrganisationNames
        );
        assert_eq!(column("judge", &[], &own), Column::Note(""));
        assert_eq!(column("release_date", &[], &own), Column::ReleaseDate);
        assert_eq!(column("Haftort", &[], &own), Column::Unknown);
        let maps = vec![("haftort".to_owned(), named("facility").unwrap())];
        assert_eq!(key(column("Haftort", &maps, &own)), "facility");
    }
}
