//! Which field a column of a list holds, by its header: this program's own
//! csv and xlsx headers (the keys of [`Prisoner`]'s fields, the names
//! beside the organisation ids, the computed columns), the headers of the
//! Viasna list's export, common English, Russian and Belarusian headers,
//! and the `--map` the user gives.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use strum::IntoEnumIterator;

use crate::model::Prisoner;
use crate::model::fields::{Field, Record};
use crate::query::RecordKind;

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

/// The headers of other lists ([`SYNONYMS_TOML`]), read once.
pub struct Synonyms {
    /// For each kind (by [`RecordKind::plural`]): the sheet names that
    /// hold it, and each header (normalised, [`normal`]) with the key of
    /// the field it means (`<note>`, `<release_date>` for the prisoners'
    /// columns of their own).
    kinds: Vec<(RecordKind, Vec<String>, HashMap<String, String>)>,
}

/// The table of headers in other words, as data: `assets/import-headers.toml`.
pub const SYNONYMS_TOML: &str = include_str!("../../assets/import-headers.toml");

impl Synonyms {
    /// The table, read from [`SYNONYMS_TOML`] the first time it is asked for.
    pub fn get() -> &'static Synonyms {
        static TABLE: OnceLock<Synonyms> = OnceLock::new();
        TABLE.get_or_init(|| Synonyms::parse(SYNONYMS_TOML).unwrap_or_else(|e| panic!("{e}")))
    }

    /// The table of `text`; the error says what is wrong with it (a kind
    /// no record has, a header given to two fields of a kind).
    pub fn parse(text: &str) -> Result<Synonyms, String> {
        let table: BTreeMap<String, BTreeMap<String, Vec<String>>> =
            toml::from_str(text).map_err(|e| format!("assets/import-headers.toml: {e}"))?;
        let mut kinds = Vec::new();
        for (kind, fields) in table {
            let Some(k) = RecordKind::iter().find(|k| k.plural() == kind) else {
                return Err(format!(
                    "assets/import-headers.toml: no records called [{kind}]"
                ));
            };
            let mut sheets = Vec::new();
            let mut headers = HashMap::new();
            for (key, words) in fields {
                for w in words {
                    let w = normal(&w);
                    if key == "sheets" {
                        sheets.push(w);
                    } else if let Some(before) = headers.insert(w.clone(), key.clone())
                        && before != key
                    {
                        return Err(format!(
                            "assets/import-headers.toml: [{kind}] {w:?} means both {before} and {key}"
                        ));
                    }
                }
            }
            kinds.push((k, sheets, headers));
        }
        Ok(Synonyms { kinds })
    }

    /// The key of the field of `kind` that `header` (normalised) means.
    pub fn field(&self, kind: RecordKind, header: &str) -> Option<&str> {
        let (_, _, headers) = self.kinds.iter().find(|(k, _, _)| *k == kind)?;
        headers.get(header).map(String::as_str)
    }

    /// The kind of records a sheet (or a csv file, by its name without the
    /// extension) called `name` holds: a tab's title ("Events", "events"),
    /// or one of the names of the table's `sheets`.
    pub fn sheet(&self, name: &str) -> Option<RecordKind> {
        let n = normal(name);
        RecordKind::iter().find(|k| {
            k.plural() == n
                || self
                    .kinds
                    .iter()
                    .any(|(kind, sheets, _)| kind == k && sheets.contains(&n))
        })
    }

    /// Every kind's headers, sorted by field key then header, as
    /// (kind, key, headers): what docs/importing.md lists.
    pub fn listed(&self) -> Vec<(RecordKind, String, Vec<String>)> {
        let mut out = Vec::new();
        for (kind, sheets, headers) in &self.kinds {
            let mut by_key: BTreeMap<&str, Vec<String>> = BTreeMap::new();
            for (h, k) in headers {
                by_key.entry(k).or_default().push(h.clone());
            }
            let mut sheets = sheets.clone();
            sheets.sort();
            out.push((*kind, "sheets".to_owned(), sheets));
            for (k, mut hs) in by_key {
                hs.sort();
                out.push((*kind, k.to_owned(), hs));
            }
        }
        out.sort_by_key(|(kind, _, _)| *kind as usize);
        out
    }
}

/// The table of [`Synonyms`] as docs/importing.md lists it: a row a field
/// of each kind (the sheets' names first), its headers in order.
pub fn table() -> String {
    let mut out =
        String::from("| records | field | headers beside the field's key |\n|---|---|---|\n");
    for (kind, key, headers) in Synonyms::get().listed() {
        let key = match key.as_str() {
            "sheets" => "*(the sheet or file)*".to_owned(),
            "<note>" => "*(kept in the notes)*".to_owned(),
            "<release_date>" => "*(release, or release due)*".to_owned(),
            k => format!("`{k}`"),
        };
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        out.push_str(&format!(
            "| {} | {key} | {} |\n",
            kind.plural(),
            headers.join(", ")
        ));
    }
    out
}

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
    match Synonyms::get().field(RecordKind::Prisoner, &n) {
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
    fn the_table_of_headers_is_data_and_checked() {
        let t = Synonyms::get();
        assert_eq!(
            t.field(RecordKind::Event, "организаторы"),
            Some("organisations")
        );
        assert_eq!(t.field(RecordKind::Letter, "кому"), Some("prisoner"));
        assert_eq!(t.field(RecordKind::Prisoner, "кому"), None);
        assert_eq!(t.sheet("События"), Some(RecordKind::Event));
        assert_eq!(t.sheet("Petitions"), Some(RecordKind::Petition));
        assert_eq!(t.sheet("Sheet1"), None);
        // Every key of the table is a field of its kind (or one of the
        // prisoners' columns of their own).
        let keys = |kind: RecordKind| -> Vec<&'static str> {
            use crate::model::*;
            fn of<R: Record>() -> Vec<&'static str> {
                R::FIELDS.iter().map(|f| f.key).collect()
            }
            match kind {
                RecordKind::Prisoner => of::<Prisoner>(),
                RecordKind::Event => of::<Event>(),
                RecordKind::Statement => of::<Statement>(),
                RecordKind::Organisation => of::<Organisation>(),
                RecordKind::Petition => of::<Petition>(),
                RecordKind::Letter => of::<Letter>(),
            }
        };
        for (kind, key, _) in t.listed() {
            assert!(
                keys(kind).contains(&key.as_str())
                    || ["sheets", "<note>", "<release_date>"].contains(&key.as_str()),
                "[{}] {key}",
                kind.plural()
            );
        }
        let twice = "[events]\ntitle = [\"name\"]\nvenue = [\"Name\"]\n";
        let e = Synonyms::parse(twice).err().unwrap();
        assert!(e.contains("\"name\" means both title and venue"), "{e}");
        assert!(Synonyms::parse("[people]\n").is_err());
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
