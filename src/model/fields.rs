//! The fields of each kind of record, declared once.
//!
//! Each table lists the keys of one kind of record in the order of the
//! format (and of csv and json): what kind of value each holds, whether it is
//! required, where and how the detail pane shows it, whether presentation mode hides
//! it, and how to read it from a record and put it into a draft. The loader
//! validates from these tables, and `campaign-dash schema` describes the
//! file from them; a field that needs more (a check across fields, a figure
//! computed from it) adds that one thing where it is used.
//!
//! A const table of plain values, rather than a macro or a trait: it reads
//! like the format's own table of keys, every consumer walks it with an
//! ordinary loop, and a new field is one entry (and its place in the record
//! type). Reading a value goes through a function pointer and gives borrowed
//! [`Value`]s: no allocation per record.

use chrono::NaiveDate;
use strum::VariantArray;

use super::{
    CampaignInfo, Custody, Earlier, Event, EventDraft, Facility, Letter, Organisation, PartialDate,
    Petition, Prisoner, PrisonerDraft, Risks, Snooze, Statement, StatementDraft, Values,
};

/// A kind of record (or table) with declared fields.
pub trait Record: Sized + 'static {
    /// What the loader builds the record from.
    type Draft;
    /// Its fields, in the format's order.
    const FIELDS: &'static [Field<Self>];

    /// What tells the record apart from the others of its kind in another
    /// version of the file, for the changes between versions and merges:
    /// its id; for a record without one what identifies it (a letter its
    /// date, prisoner and direction; a statement its date and author; a
    /// petition its title; a custody entry its date and place; an earlier
    /// arrest its date). Records alike in it are told apart by their order.
    fn identity(&self) -> String;
}

/// The section a reference names a record of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Organisations,
    Prisoners,
    Events,
}

impl Target {
    /// The section's key, as the file writes it.
    pub fn key(self) -> &'static str {
        match self {
            Target::Organisations => "organisations",
            Target::Prisoners => "prisoners",
            Target::Events => "events",
        }
    }
}

/// One name of a choice, and what it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub name: &'static str,
    pub doc: &'static str,
}

/// What a field holds, as the file writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The record's id: lowercase letters, digits, `-` and `_`.
    Id,
    /// Text in quotes.
    Text,
    /// A list of texts; `item` names one in messages ("text", "link").
    List { item: &'static str },
    /// A full date.
    Date,
    /// A date that may be only a year or a month (`1975`, `2021-07`).
    PartialDate,
    /// A whole number in `min..=max`.
    Int { min: u64, max: u64 },
    /// The id of one record of another section.
    Ref(Target),
    /// Ids of records of another section.
    RefList(Target),
    /// One of the names, in the order of the enumeration's variants.
    Choice(&'static [Choice]),
    /// Any of the names, as a list (`risk = ["health"]`).
    Choices(&'static [Choice]),
    /// A petition's tallies: `[{ date = …, signatures = … }]`.
    Tallies,
    /// A prisoner's places of custody: `[[prisoners.custody]]` tables,
    /// whose fields are [`Custody`]'s.
    Custody,
    /// A prisoner's earlier arrests: `[[prisoners.earlier]]` tables, whose
    /// fields are [`Earlier`]'s.
    Earlier,
}

/// A field's value read from a record, borrowed.
#[derive(Debug, Clone)]
pub enum Value<'a> {
    Text(Option<&'a str>),
    List(Values<'a>),
    /// A list held as plain strings (the `[campaign]` table).
    Strings(&'a [String]),
    Date(Option<NaiveDate>),
    PartialDate(Option<PartialDate>),
    Int(Option<u64>),
    Choice(Option<&'static str>),
    /// Some of the names: bit `i` for `choices[i]`.
    Choices(u64, &'static [Choice]),
    /// Read by its own code (tallies, custody, earlier arrests).
    Other,
}

impl Value<'_> {
    /// The names a [`Value::Choices`] holds, in the order of the choices.
    pub fn names(bits: u64, choices: &'static [Choice]) -> impl Iterator<Item = &'static str> {
        choices
            .iter()
            .enumerate()
            .filter(move |(i, _)| bits & (1 << i) != 0)
            .map(|(_, c)| c.name)
    }
}

/// A value the loader puts into a draft.
#[derive(Debug, Clone, PartialEq)]
pub enum Owned {
    Text(String),
    List(Vec<String>),
    Date(NaiveDate),
    PartialDate(PartialDate),
    Int(u64),
    /// The index of the name in the field's choices.
    Choice(usize),
    /// Bit `i` for the name of index `i` in the field's choices.
    Choices(u64),
    /// No value: clears an optional field (a required one keeps its value).
    Empty,
}

impl Owned {
    pub fn text(self) -> Option<String> {
        match self {
            Owned::Text(s) => Some(s),
            _ => None,
        }
    }

    pub fn list(self) -> Vec<String> {
        match self {
            Owned::List(v) => v,
            _ => Vec::new(),
        }
    }

    pub fn date(self) -> Option<NaiveDate> {
        match self {
            Owned::Date(d) => Some(d),
            Owned::PartialDate(d) => d.as_full(),
            _ => None,
        }
    }

    pub fn partial_date(self) -> Option<PartialDate> {
        match self {
            Owned::PartialDate(d) => Some(d),
            Owned::Date(d) => Some(PartialDate::full(d)),
            _ => None,
        }
    }

    pub fn int(self) -> Option<u64> {
        match self {
            Owned::Int(n) => Some(n),
            _ => None,
        }
    }

    pub fn choices(self) -> u64 {
        match self {
            Owned::Choices(bits) => bits,
            _ => 0,
        }
    }

    /// Variant `i` of `T`, by the index of its name.
    pub fn choice<T: VariantArray + Copy>(self) -> Option<T> {
        match self {
            Owned::Choice(i) => T::VARIANTS.get(i).copied(),
            _ => None,
        }
    }
}

/// How the detail pane shows a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detail {
    /// The row's label, or the text's heading.
    pub label: &'static str,
    pub shape: Shape,
    /// The key of the field (or of the row the pane shows its own way)
    /// whose row this one follows; "" for the first under the title.
    pub after: &'static str,
}

/// The shape of a field in the detail pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One row; the items of a list joined with "; ".
    Row,
    /// One row, one value a line (links).
    Lines,
    /// A heading, and the text under it.
    Text,
}

/// How the filter and the plain-word search reach a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Search {
    /// Only through fields of their own (dates, choices, links) or not at all.
    No,
    /// Through a filter field of its own.
    Field(Filter),
    /// Through the filter field of the field with this key.
    In(&'static str),
}

/// A filter field (`venue:bremen`) that searches one field's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Filter {
    /// The name to type before the colon.
    pub name: &'static str,
    /// Other names accepted for it.
    pub aliases: &'static [&'static str],
    /// One line for the help screen and the docs.
    pub help: &'static str,
    /// The filter field it is listed after in the help ("" for the first).
    pub after: &'static str,
    /// True when a plain word (no field named) searches it too.
    pub word: bool,
}

/// One field of a record of kind `R`.
pub struct Field<R: Record> {
    /// The key, as the file writes it; also its csv column and json key.
    pub key: &'static str,
    pub kind: Kind,
    pub required: bool,
    /// What it holds, for the schema (and an editor's hover).
    pub doc: &'static str,
    /// Where and how the detail pane shows it; `None` where the pane shows
    /// it its own way or not at all.
    pub detail: Option<Detail>,
    /// How the filter names it and whether a plain word finds it.
    pub search: Search,
    /// Hidden in presentation mode.
    pub sensitive: bool,
    /// How the help texts name it when they say what presentation mode
    /// hides ("addresses"); "" for a field that is not sensitive.
    pub hidden_as: &'static str,
    /// Reads it from a record: the value as written, which presentation
    /// mode takes out and puts back.
    pub get: fn(&R) -> Value<'_>,
    /// What the detail shows where that is not the value as written (a
    /// prisoner's address now, from the last place of custody); `None`:
    /// the value as written.
    pub shown: Option<fn(&R) -> Value<'_>>,
    /// Puts a value the loader read into a draft.
    pub set: fn(&mut R::Draft, Owned),
}

impl<R: Record> Clone for Field<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R: Record> Copy for Field<R> {}

impl<R: Record> std::fmt::Debug for Field<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Field")
            .field("key", &self.key)
            .field("kind", &self.kind)
            .field("required", &self.required)
            .finish_non_exhaustive()
    }
}

impl<R: Record> Field<R> {
    const fn new(
        key: &'static str,
        kind: Kind,
        doc: &'static str,
        get: fn(&R) -> Value<'_>,
        set: fn(&mut R::Draft, Owned),
    ) -> Self {
        Field {
            key,
            kind,
            required: false,
            doc,
            detail: None,
            search: Search::No,
            sensitive: false,
            hidden_as: "",
            get,
            shown: None,
            set,
        }
    }

    /// Shown in the detail as `shown` gives it, not as written.
    const fn showing(mut self, shown: fn(&R) -> Value<'_>) -> Self {
        self.shown = Some(shown);
        self
    }

    /// The value the detail shows: [`Field::shown`] where declared, else
    /// the value as written.
    pub fn shown_value<'r>(&self, r: &'r R) -> Value<'r> {
        (self.shown.unwrap_or(self.get))(r)
    }

    const fn required(mut self) -> Self {
        self.required = true;
        self
    }

    const fn shown(mut self, shape: Shape, label: &'static str, after: &'static str) -> Self {
        self.detail = Some(Detail {
            label,
            shape,
            after,
        });
        self
    }

    /// Shown in the detail pane as one row `label`, after the row of
    /// `after` (a field's key, or a row the pane shows its own way; "" for
    /// the first row under the title).
    const fn row(self, label: &'static str, after: &'static str) -> Self {
        self.shown(Shape::Row, label, after)
    }

    /// As [`row`](Self::row), one value a line.
    const fn lines(self, label: &'static str, after: &'static str) -> Self {
        self.shown(Shape::Lines, label, after)
    }

    /// As [`row`](Self::row), as a heading and the text under it.
    const fn text(self, heading: &'static str, after: &'static str) -> Self {
        self.shown(Shape::Text, heading, after)
    }

    /// A filter field `name` (or `aliases`) searches it, listed after the
    /// filter field `after` ("" for the first); `word` when a plain word
    /// searches it too.
    const fn filter(
        mut self,
        (name, aliases): (&'static str, &'static [&'static str]),
        help: &'static str,
        after: &'static str,
        word: bool,
    ) -> Self {
        self.search = Search::Field(Filter {
            name,
            aliases,
            help,
            after,
            word,
        });
        self
    }

    /// Searched as part of the filter field of the field `key`.
    const fn search_in(mut self, key: &'static str) -> Self {
        self.search = Search::In(key);
        self
    }

    /// Hidden in presentation mode; the help texts call it `hidden_as`.
    const fn sensitive(mut self, hidden_as: &'static str) -> Self {
        self.sensitive = true;
        self.hidden_as = hidden_as;
        self
    }
}

/// The field of `R` called `key`.
pub fn field<R: Record>(key: &str) -> Option<&'static Field<R>> {
    R::FIELDS.iter().find(|f| f.key == key)
}

/// The sensitive fields of `R`.
pub fn sensitive<R: Record>() -> impl Iterator<Item = &'static Field<R>> {
    R::FIELDS.iter().filter(|f| f.sensitive)
}

/// The choices of an enumeration, with the names its `Display` writes.
macro_rules! choices {
    ($($name:literal: $doc:literal),* $(,)?) => {
        &[$(Choice { name: $name, doc: $doc }),*]
    };
}

pub const STATUSES: &[Choice] = choices![
    "detained": "In custody before a verdict.",
    "imprisoned": "Serving a custodial sentence.",
    "restricted": "Restricted freedom or home confinement.",
    "released": "Released.",
    "deceased": "Died (in custody or after).",
];

pub const EVENT_KINDS: &[Choice] = choices![
    "picket": "A picket.",
    "rally": "A rally.",
    "march": "A march.",
    "conference": "A conference.",
    "meeting": "A meeting.",
    "vigil": "A vigil.",
    "letters": "A letter- or card-writing action.",
    "delivery": "Handing over a petition.",
    "online": "An online action.",
    "other": "Anything else.",
];

pub const STATEMENT_KINDS: &[Choice] = choices![
    "speech": "A speech.",
    "letter": "A letter.",
    "resolution": "A resolution.",
    "press": "A press release.",
    "social": "A post on social media.",
    "greeting": "A greeting.",
    "interview": "An interview.",
    "other": "Anything else.",
];

pub const RISKS: &[Choice] = choices![
    "health": "A serious illness or condition that needs care.",
    "disability": "A disability.",
    "elderly": "Aged 60 or more (counted from `born` without being written).",
    "mental-health": "A mental-health condition.",
    "isolation": "Held in isolation: a punishment cell, a cell-type room.",
    "incommunicado": "Held without contact: no letters, visits or lawyer.",
    "terror-list": "On the state's list of \"terrorists\" or \"extremists\".",
    "other": "Any other special risk.",
];

pub const ARREST_KINDS: &[Choice] = choices![
    "administrative": "Days or weeks under the code of administrative offences.",
    "criminal": "A criminal case.",
];

pub const DIRECTIONS: &[Choice] = choices![
    "sent": "To the prisoner.",
    "received": "From the prisoner.",
    "returned": "A sent letter that came back undelivered.",
];

pub const CHANNELS: &[Choice] = choices![
    "post": "By post.",
    "courier": "By a courier or in person.",
    "parcel": "In a parcel.",
    "online": "Through an online service.",
    "other": "Another way.",
];

const LINK: Kind = Kind::List { item: "link" };
const TEXTS: Kind = Kind::List { item: "text" };

impl Record for Prisoner {
    type Draft = PrisonerDraft;

    fn identity(&self) -> String {
        self.id().to_owned()
    }

    const FIELDS: &'static [Field<Self>] = &[
        Field::<Self>::new(
            "id",
            Kind::Id,
            "Short unique name of the record, used to refer to it.",
            |p| Value::Text(Some(p.id())),
            |d, v| d.id = v.text().unwrap_or_default(),
        )
        .filter(("id", &[]), "the record's id", "reads", false)
        .required(),
        Field::<Self>::new(
            "name",
            Kind::Text,
            "Full name.",
            |p| Value::Text(Some(p.name())),
            |d, v| d.name = v.text().unwrap_or_default(),
        )
        .required(),
        Field::<Self>::new(
            "aliases",
            TEXTS,
            "Other spellings of the name.",
            |p| Value::List(p.aliases()),
            |d, v| d.aliases = v.list(),
        )
        .row("aliases", "status"),
        Field::<Self>::new(
            "postal_name",
            Kind::Text,
            "The name as an envelope needs it: the full name in Cyrillic, family name first, as the prison mail writes it (\"Ярашук Аляксандр Сцяпанавіч\"). Absent: the first Cyrillic alias.",
            |p| Value::Text(p.postal_name()),
            |d, v| d.postal_name = v.text(),
        )
        .row("postal name", "aliases"),
        Field::<Self>::new(
            "status",
            Kind::Choice(STATUSES),
            "Where the prisoner stands.",
            |p| Value::Choice(Some(p.status.into())),
            |d, v| d.status = v.choice().unwrap_or(d.status),
        )
        .row("status", "")
        .required(),
        Field::<Self>::new(
            "born",
            Kind::PartialDate,
            "Date of birth (a year or month is enough). Hidden in presentation mode.",
            |p| Value::PartialDate(p.born),
            |d, v| d.born = v.partial_date(),
        )
        .sensitive("birthdays"),
        Field::<Self>::new(
            "organisations",
            Kind::RefList(Target::Organisations),
            "Ids of the organisations the prisoner belongs to.",
            |p| Value::List(p.organisations()),
            |d, v| d.organisations = v.list(),
        ),
        Field::<Self>::new(
            "role",
            Kind::Text,
            "Role in the organisation, e.g. president.",
            |p| Value::Text(p.role()),
            |d, v| d.role = v.text(),
        )
        .filter(("role", &[]), "the role, e.g. president", "org", true)
        .row("role", "born"),
        Field::<Self>::new(
            "detained",
            Kind::PartialDate,
            "Date of the arrest (a year or month is enough).",
            |p| Value::PartialDate(p.detained),
            |d, v| d.detained = v.partial_date(),
        )
        .row("detained", "organisations"),
        Field::<Self>::new(
            "sentenced",
            Kind::Date,
            "Date of the verdict.",
            |p| Value::Date(p.sentenced),
            |d, v| d.sentenced = v.date(),
        )
        .row("sentenced", "detained"),
        Field::<Self>::new(
            "sentence",
            Kind::Text,
            "The sentence as written, e.g. \"9 years, strict regime\".",
            |p| Value::Text(p.sentence()),
            |d, v| d.sentence = v.text(),
        )
        .filter(
            ("sentence", &[]),
            "the sentence as written, e.g. \"9 years\"",
            "facility",
            true,
        )
        .row("sentence", "sentenced"),
        Field::<Self>::new(
            "sentence_months",
            Kind::Int {
                min: 0,
                max: u32::MAX as u64,
            },
            "Length of the sentence in months, to estimate the release from `detained`.",
            |p| Value::Int(p.sentence_months.map(u64::from)),
            |d, v| d.sentence_months = v.int().and_then(|n| u32::try_from(n).ok()),
        )
        .row("sentence months", "sentence"),
        Field::<Self>::new(
            "release_due",
            Kind::Date,
            "Date the release is due, as the court or the campaign gave it.",
            |p| Value::Date(p.release_due),
            |d, v| d.release_due = v.date(),
        ),
        Field::<Self>::new(
            "released",
            Kind::PartialDate,
            "Date of the release (a year or month is enough).",
            |p| Value::PartialDate(p.released),
            |d, v| d.released = v.partial_date(),
        )
        .row("released", "release_due"),
        Field::<Self>::new(
            "released_how",
            Kind::Text,
            "How the release came about, e.g. pardon, end of sentence.",
            |p| Value::Text(p.released_how()),
            |d, v| d.released_how = v.text(),
        )
        .search_in("notes")
        .row("released how", "released"),
        Field::<Self>::new(
            "charges",
            TEXTS,
            "The charges, one text each.",
            |p| Value::List(p.charges()),
            |d, v| d.charges = v.list(),
        )
        .filter(("charge", &["charges"]), "one of the charges", "role", true)
        .row("charges", "sentence_months"),
        Field::<Self>::new(
            "facility",
            Kind::Text,
            "Where the prisoner is held, for a prisoner without `custody`; with it, the last place of custody is read here.",
            |p| Value::Text(p.current_facility()),
            |d, v| d.facility = v.text(),
        )
        .filter(
            ("facility", &["prison"]),
            "where they are held, e.g. the colony",
            "charge",
            true,
        )
        .row("facility", "charges"),
        Field::<Self>::new(
            "address",
            Kind::Text,
            "Postal address for letters, for a prisoner without `custody` (with it, each place has its own). Hidden in presentation mode.",
            |p| Value::Text(p.address()),
            |d, v| d.address = v.text(),
        )
        .showing(|p| Value::Text(p.current_address()))
        .row("address", "released_how")
        .sensitive("addresses"),
        Field::<Self>::new(
            "sponsors",
            TEXTS,
            "Who sponsors the prisoner (groups, people). Hidden in presentation mode.",
            |p| Value::List(p.sponsors()),
            |d, v| d.sponsors = v.list(),
        )
        .filter(
            ("sponsor", &["sponsors"]),
            "one of the sponsors",
            "interest",
            false,
        )
        .row("sponsors", "address")
        .sensitive("sponsors"),
        Field::<Self>::new(
            "interests",
            TEXTS,
            "What they like to be written about, one short text each.",
            |p| Value::List(p.interests()),
            |d, v| d.interests = v.list(),
        )
        .filter(
            ("interest", &["interests"]),
            "what they like to be written about",
            "notes",
            true,
        )
        .row("interests", "sponsors"),
        Field::<Self>::new(
            "languages",
            Kind::List { item: "language" },
            "The languages they read, as ISO 639-1 codes: be, ru, en, …",
            |p| Value::List(p.languages()),
            |d, v| d.languages = v.list(),
        )
        .filter(
            ("reads", &["languages"]),
            "a language they read, e.g. reads:be",
            "sponsor",
            false,
        )
        .row("reads", "interests"),
        Field::<Self>::new(
            "sources",
            LINK,
            "Links to sources.",
            |p| Value::List(p.sources()),
            |d, v| d.sources = v.list(),
        )
        .lines("sources", "languages"),
        Field::<Self>::new(
            "notes",
            Kind::Text,
            "Free notes. Hidden in presentation mode.",
            |p| Value::Text(p.notes()),
            |d, v| d.notes = v.text(),
        )
        .filter(
            ("notes", &["note"]),
            "the notes and how they were released",
            "sentence",
            true,
        )
        .text("Notes", "checked")
        .sensitive("notes"),
        Field::<Self>::new(
            "sort_as",
            Kind::Text,
            "How the name sorts, where the family name is not its last word (\"Fiadynič Hienadź\").",
            |p| Value::Text(p.sort_as()),
            |d, v| d.sort_as = v.text(),
        ),
        Field::<Self>::new(
            "risk",
            Kind::Choices(RISKS),
            "Why the prisoner is at special risk. Hidden in presentation mode.",
            |p| Value::Choices(u64::from(p.risk.0), RISKS),
            |d, v| d.risk = Risks(u8::try_from(v.choices()).unwrap_or(0)),
        )
        .sensitive("risk tags"),
        Field::<Self>::new(
            "checked",
            Kind::Date,
            "The last day the record was checked against a source.",
            |p| Value::Date(p.checked),
            |d, v| d.checked = v.date(),
        )
        .row("checked", "sources"),
        Field::<Self>::new(
            "custody",
            Kind::Custody,
            "The places the prisoner has been held in the current arrest, oldest first: `[[prisoners.custody]]` tables. The last gives the current facility and address.",
            |_| Value::Other,
            |_, _| {},
        ),
        Field::<Self>::new(
            "earlier",
            Kind::Earlier,
            "Arrests before the current one, that ended, oldest first: `[[prisoners.earlier]]` tables.",
            |_| Value::Other,
            |_, _| {},
        ),
    ];
}

impl Record for Custody {
    type Draft = Custody;

    fn identity(&self) -> String {
        format!("{} {}", self.since, self.facility)
    }

    const FIELDS: &'static [Field<Self>] = &[
        Field::<Self>::new(
            "since",
            Kind::PartialDate,
            "When the prisoner arrived there (a year or month is enough).",
            |c| Value::PartialDate(Some(c.since)),
            |c, v| c.since = v.partial_date().unwrap_or(c.since),
        )
        .required(),
        Field::<Self>::new(
            "facility",
            Kind::Text,
            "The place: pre-trial centre, colony, prison, hospital, …",
            |c| Value::Text(Some(&c.facility)),
            |c, v| c.facility = v.text().unwrap_or_default(),
        )
        .required(),
        Field::<Self>::new(
            "address",
            Kind::Text,
            "The postal address there. Hidden in presentation mode.",
            |c| Value::Text(c.address.as_deref()),
            |c, v| c.address = v.text(),
        )
        .sensitive("addresses"),
        Field::<Self>::new(
            "notes",
            Kind::Text,
            "Free notes. Hidden in presentation mode.",
            |c| Value::Text(c.notes.as_deref()),
            |c, v| c.notes = v.text(),
        )
        .sensitive("notes"),
        Field::<Self>::new(
            "source",
            Kind::Text,
            "Where it is known from: a link or a reference.",
            |c| Value::Text(c.source.as_deref()),
            |c, v| c.source = v.text(),
        ),
    ];
}

impl Record for Earlier {
    type Draft = Earlier;

    fn identity(&self) -> String {
        self.detained.to_string()
    }

    const FIELDS: &'static [Field<Self>] = &[
        Field::<Self>::new(
            "detained",
            Kind::PartialDate,
            "Date of that arrest (a year or month is enough).",
            |e| Value::PartialDate(Some(e.detained)),
            |e, v| e.detained = v.partial_date().unwrap_or(e.detained),
        )
        .required(),
        Field::<Self>::new(
            "released",
            Kind::PartialDate,
            "Date of the release from it (a year or month is enough).",
            |e| Value::PartialDate(Some(e.released)),
            |e, v| e.released = v.partial_date().unwrap_or(e.released),
        )
        .required(),
        Field::<Self>::new(
            "kind",
            Kind::Choice(ARREST_KINDS),
            "What kind of arrest.",
            |e| Value::Choice(e.kind.map(Into::into)),
            |e, v| e.kind = v.choice(),
        ),
        Field::<Self>::new(
            "charges",
            TEXTS,
            "The charges, one text each.",
            |e| Value::Strings(&e.charges),
            |e, v| e.charges = v.list(),
        ),
        Field::<Self>::new(
            "sentence",
            Kind::Text,
            "The sentence as written, e.g. \"15 days\".",
            |e| Value::Text(e.sentence.as_deref()),
            |e, v| e.sentence = v.text(),
        ),
        Field::<Self>::new(
            "notes",
            Kind::Text,
            "Free notes. Hidden in presentation mode.",
            |e| Value::Text(e.notes.as_deref()),
            |e, v| e.notes = v.text(),
        )
        .sensitive("notes"),
    ];
}

impl Record for Letter {
    type Draft = Letter;

    fn identity(&self) -> String {
        format!("{} {} {:?}", self.date, self.prisoner, self.direction)
    }

    const FIELDS: &'static [Field<Self>] = &[
        Field::<Self>::new(
            "date",
            Kind::Date,
            "The day it was sent, or arrived.",
            |l| Value::Date(Some(l.date)),
            |l, v| l.date = v.date().unwrap_or(l.date),
        )
        .row("date", "")
        .required(),
        Field::<Self>::new(
            "prisoner",
            Kind::Ref(Target::Prisoners),
            "Id of the prisoner it went to or came from.",
            |l| Value::Text(Some(&l.prisoner)),
            |l, v| l.prisoner = v.text().unwrap_or_default(),
        )
        .required(),
        Field::<Self>::new(
            "direction",
            Kind::Choice(DIRECTIONS),
            "Which way it went.",
            |l| Value::Choice(Some(l.direction.into())),
            |l, v| l.direction = v.choice().unwrap_or(l.direction),
        )
        .row("direction", "date")
        .required(),
        Field::<Self>::new(
            "count",
            Kind::Int {
                min: 1,
                max: u64::MAX,
            },
            "How many cards or letters at once (1 when absent).",
            |l| Value::Int(l.count),
            |l, v| l.count = v.int(),
        )
        .row("count", "direction"),
        Field::<Self>::new(
            "channel",
            Kind::Choice(CHANNELS),
            "How it went.",
            |l| Value::Choice(l.channel.map(Into::into)),
            |l, v| l.channel = v.choice(),
        )
        .row("channel", "count"),
        Field::<Self>::new(
            "by",
            Kind::Text,
            "Who wrote or received it. Hidden in presentation mode: writers can be persecuted for their letters.",
            |l| Value::Text(l.by.as_deref()),
            |l, v| l.by = v.text(),
        )
        .filter(
            ("by", &["writer"]),
            "who wrote or received it",
            "event",
            true,
        )
        .row("by", "channel")
        .sensitive("letter writers"),
        Field::<Self>::new(
            "event",
            Kind::Ref(Target::Events),
            "Id of the event where it was written.",
            |l| Value::Text(l.event.as_deref()),
            |l, v| l.event = v.text(),
        ),
        Field::<Self>::new(
            "notes",
            Kind::Text,
            "Free notes. Hidden in presentation mode.",
            |l| Value::Text(l.notes.as_deref()),
            |l, v| l.notes = v.text(),
        )
        .filter(("notes", &["note"]), "the notes", "by", true)
        .text("Notes", "by")
        .sensitive("notes"),
    ];
}

impl Record for Snooze {
    type Draft = Snooze;

    fn identity(&self) -> String {
        self.item.clone()
    }

    const FIELDS: &'static [Field<Self>] = &[
        Field::<Self>::new(
            "item",
            Kind::Text,
            "The agenda item's UID, as `print --view agenda --format ics` and csv write it (`birthday-anna-2023`).",
            |s| Value::Text(Some(&s.item)),
            |s, v| s.item = v.text().unwrap_or_default(),
        )
        .required(),
        Field::<Self>::new(
            "until",
            Kind::Date,
            "The item is left out of the agenda before this day; from it on, it shows again.",
            |s| Value::Date(Some(s.until)),
            |s, v| s.until = v.date().unwrap_or(s.until),
        )
        .required(),
        Field::<Self>::new(
            "note",
            Kind::Text,
            "Why it was snoozed. Hidden in presentation mode.",
            |s| Value::Text(s.note.as_deref()),
            |s, v| s.note = v.text(),
        )
        .sensitive("notes"),
    ];
}

impl Record for Event {
    type Draft = EventDraft;

    fn identity(&self) -> String {
        self.id().to_owned()
    }

    const FIELDS: &'static [Field<Self>] = &[
        Field::<Self>::new(
            "id",
            Kind::Id,
            "Short unique name of the record, used to refer to it.",
            |e| Value::Text(Some(e.id())),
            |d, v| d.id = v.text().unwrap_or_default(),
        )
        .filter(("id", &[]), "the record's id", "summary", false)
        .required(),
        Field::<Self>::new(
            "title",
            Kind::Text,
            "Title of the event.",
            |e| Value::Text(Some(e.title())),
            |d, v| d.title = v.text().unwrap_or_default(),
        )
        .filter(("title", &[]), "the title", "", true)
        .required(),
        Field::<Self>::new(
            "date",
            Kind::Date,
            "The (first) day.",
            |e| Value::Date(Some(e.date)),
            |d, v| d.date = v.date().unwrap_or(d.date),
        )
        .required(),
        Field::<Self>::new(
            "end",
            Kind::Date,
            "The last day, for an event of several days.",
            |e| Value::Date(e.end),
            |d, v| d.end = v.date(),
        ),
        Field::<Self>::new(
            "time",
            Kind::Text,
            "Time of day as written, e.g. \"18:00\".",
            |e| Value::Text(e.time()),
            |d, v| d.time = v.text(),
        )
        .row("time", "date"),
        Field::<Self>::new(
            "kind",
            Kind::Choice(EVENT_KINDS),
            "What kind of event.",
            |e| Value::Choice(Some(e.kind.into())),
            |d, v| d.kind = v.choice().unwrap_or(d.kind),
        )
        .row("kind", "time")
        .required(),
        Field::<Self>::new(
            "city",
            Kind::Text,
            "City.",
            |e| Value::Text(e.city()),
            |d, v| d.city = v.text(),
        )
        .filter(("city", &[]), "the city", "date", true)
        .row("city", "venue"),
        Field::<Self>::new(
            "country",
            Kind::Text,
            "Country.",
            |e| Value::Text(e.country()),
            |d, v| d.country = v.text(),
        )
        .filter(("country", &[]), "the country", "city", true)
        .row("country", "city"),
        Field::<Self>::new(
            "venue",
            Kind::Text,
            "Where in the city, e.g. a square or a hall.",
            |e| Value::Text(e.venue()),
            |d, v| d.venue = v.text(),
        )
        .filter(("venue", &["place"]), "the venue", "country", true)
        .row("venue", "kind"),
        Field::<Self>::new(
            "organisations",
            Kind::RefList(Target::Organisations),
            "Ids of the organisations that organised it or took part.",
            |e| Value::List(e.organisations()),
            |d, v| d.organisations = v.list(),
        ),
        Field::<Self>::new(
            "prisoners",
            Kind::RefList(Target::Prisoners),
            "Ids of the prisoners whose freedom it demanded.",
            |e| Value::List(e.prisoners()),
            |d, v| d.prisoners = v.list(),
        ),
        Field::<Self>::new(
            "attendance",
            Kind::Int {
                min: 0,
                max: u64::MAX,
            },
            "About how many people came.",
            |e| Value::Int(e.attendance),
            |d, v| d.attendance = v.int(),
        ),
        Field::<Self>::new(
            "summary",
            Kind::Text,
            "What happened.",
            |e| Value::Text(e.summary()),
            |d, v| d.summary = v.text(),
        )
        .filter(("summary", &[]), "the summary", "prisoner", true)
        .text("Summary", "sources"),
        Field::<Self>::new(
            "sources",
            LINK,
            "Links to sources.",
            |e| Value::List(e.sources()),
            |d, v| d.sources = v.list(),
        )
        .lines("sources", "attendance"),
    ];
}

impl Record for Statement {
    type Draft = StatementDraft;

    fn identity(&self) -> String {
        match self.id() {
            Some(id) if !id.is_empty() => format!("id {id}"),
            _ => format!("{} {}", self.date, self.author()),
        }
    }

    const FIELDS: &'static [Field<Self>] = &[
        Field::<Self>::new(
            "id",
            Kind::Id,
            "Short unique name of the record, used to refer to it.",
            |s| Value::Text(s.id()),
            |d, v| d.id = v.text(),
        )
        .filter(("id", &[]), "the record's id", "date", false),
        Field::<Self>::new(
            "date",
            Kind::Date,
            "The day it was said or published.",
            |s| Value::Date(Some(s.date)),
            |d, v| d.date = v.date().unwrap_or(d.date),
        )
        .row("date", "")
        .required(),
        Field::<Self>::new(
            "author",
            Kind::Text,
            "Who said or wrote it.",
            |s| Value::Text(Some(s.author())),
            |d, v| d.author = v.text().unwrap_or_default(),
        )
        .filter(
            ("author", &["by", "name"]),
            "who said or wrote it",
            "",
            true,
        )
        .row("author", "date")
        .required(),
        Field::<Self>::new(
            "role",
            Kind::Text,
            "The author's role.",
            |s| Value::Text(s.role()),
            |d, v| d.role = v.text(),
        )
        .filter(("role", &[]), "the author's role", "author", true)
        .row("role", "author"),
        Field::<Self>::new(
            "organisation",
            Kind::Ref(Target::Organisations),
            "Id of the organisation spoken for.",
            |s| Value::Text(s.organisation()),
            |d, v| d.organisation = v.text(),
        ),
        Field::<Self>::new(
            "event",
            Kind::Ref(Target::Events),
            "Id of the event it was made at.",
            |s| Value::Text(s.event()),
            |d, v| d.event = v.text(),
        ),
        Field::<Self>::new(
            "prisoners",
            Kind::RefList(Target::Prisoners),
            "Ids of the prisoners it names.",
            |s| Value::List(s.prisoners()),
            |d, v| d.prisoners = v.list(),
        ),
        Field::<Self>::new(
            "kind",
            Kind::Choice(STATEMENT_KINDS),
            "What kind of statement.",
            |s| Value::Choice(s.kind.map(Into::into)),
            |d, v| d.kind = v.choice(),
        )
        .row("kind", "organisation"),
        Field::<Self>::new(
            "language",
            Kind::Text,
            "Language of `text`, as a BCP 47 tag such as en, be, pt-BR.",
            |s| Value::Text(s.language()),
            |d, v| d.language = v.text(),
        )
        .row("language", "kind"),
        Field::<Self>::new(
            "text",
            Kind::Text,
            "The words.",
            |s| Value::Text(Some(s.text())),
            |d, v| d.text = v.text().unwrap_or_default(),
        )
        .filter(
            ("text", &["translation"]),
            "the words or their translation",
            "prisoner",
            true,
        )
        .required(),
        Field::<Self>::new(
            "translation",
            Kind::Text,
            "A translation of the words.",
            |s| Value::Text(s.translation()),
            |d, v| d.translation = v.text(),
        )
        .search_in("text")
        .text("Translation (English)", "text"),
        Field::<Self>::new(
            "source",
            Kind::Text,
            "Where it was published: a link or a reference.",
            |s| Value::Text(s.source()),
            |d, v| d.source = v.text(),
        )
        .row("source", "prisoners"),
    ];
}

impl Record for Organisation {
    type Draft = Organisation;

    fn identity(&self) -> String {
        self.id.clone()
    }

    const FIELDS: &'static [Field<Self>] = &[
        Field::<Self>::new(
            "id",
            Kind::Id,
            "Short unique name of the record, used to refer to it.",
            |o| Value::Text(Some(&o.id)),
            |o, v| o.id = v.text().unwrap_or_default(),
        )
        .filter(("id", &[]), "the record's id", "notes", false)
        .row("id", "url")
        .required(),
        Field::<Self>::new(
            "name",
            Kind::Text,
            "Full name.",
            |o| Value::Text(Some(&o.name)),
            |o, v| o.name = v.text().unwrap_or_default(),
        )
        .required(),
        Field::<Self>::new(
            "short",
            Kind::Text,
            "Short name or abbreviation.",
            |o| Value::Text(o.short.as_deref()),
            |o, v| o.short = v.text(),
        )
        .filter(("short", &[]), "the short name", "name", true)
        .row("short", ""),
        Field::<Self>::new(
            "kind",
            Kind::Text,
            "What kind of organisation, e.g. union, federation.",
            |o| Value::Text(o.kind.as_deref()),
            |o, v| o.kind = v.text(),
        )
        .filter(
            ("kind", &["type"]),
            "the kind, e.g. union, federation",
            "short",
            true,
        )
        .row("kind", "short"),
        Field::<Self>::new(
            "country",
            Kind::Text,
            "Country.",
            |o| Value::Text(o.country.as_deref()),
            |o, v| o.country = v.text(),
        )
        .filter(("country", &[]), "the country", "kind", true)
        .row("country", "kind"),
        Field::<Self>::new(
            "url",
            Kind::Text,
            "Web site.",
            |o| Value::Text(o.url.as_deref()),
            |o, v| o.url = v.text(),
        )
        .row("url", "country"),
        Field::<Self>::new(
            "notes",
            Kind::Text,
            "Free notes. Hidden in presentation mode.",
            |o| Value::Text(o.notes.as_deref()),
            |o, v| o.notes = v.text(),
        )
        .filter(("notes", &["note"]), "the notes", "country", true)
        .text("Notes", "id")
        .sensitive("notes"),
    ];
}

impl Record for Petition {
    type Draft = Petition;

    fn identity(&self) -> String {
        match self.id.as_deref() {
            Some(id) if !id.is_empty() => format!("id {id}"),
            _ => format!("title {}", self.title),
        }
    }

    const FIELDS: &'static [Field<Self>] = &[
        Field::<Self>::new(
            "id",
            Kind::Id,
            "Short unique name of the record, used to refer to it.",
            |p| Value::Text(p.id.as_deref()),
            |p, v| p.id = v.text(),
        )
        .filter(("id", &[]), "the record's id", "closed", false),
        Field::<Self>::new(
            "title",
            Kind::Text,
            "Title of the petition.",
            |p| Value::Text(Some(&p.title)),
            |p, v| p.title = v.text().unwrap_or_default(),
        )
        .filter(("title", &[]), "the title", "", true)
        .required(),
        Field::<Self>::new(
            "host",
            Kind::Ref(Target::Organisations),
            "Id of the organisation hosting it.",
            |p| Value::Text(p.host.as_deref()),
            |p, v| p.host = v.text(),
        ),
        Field::<Self>::new(
            "url",
            Kind::Text,
            "Where to sign it.",
            |p| Value::Text(p.url.as_deref()),
            |p, v| p.url = v.text(),
        )
        .row("url", "host"),
        Field::<Self>::new(
            "opened",
            Kind::Date,
            "The day it opened.",
            |p| Value::Date(p.opened),
            |p, v| p.opened = v.date(),
        )
        .row("opened", "url"),
        Field::<Self>::new(
            "closed",
            Kind::Date,
            "The day it closed.",
            |p| Value::Date(p.closed),
            |p, v| p.closed = v.date(),
        )
        .row("closed", "opened"),
        Field::<Self>::new(
            "delivered",
            Kind::Date,
            "The day it was handed over; the agenda stops asking to deliver it.",
            |p| Value::Date(p.delivered),
            |p, v| p.delivered = v.date(),
        )
        .row("delivered", "closed"),
        Field::<Self>::new(
            "goal",
            Kind::Int {
                min: 1,
                max: u64::MAX,
            },
            "How many signatures it aims at.",
            |p| Value::Int(p.goal),
            |p, v| p.goal = v.int(),
        ),
        Field::<Self>::new(
            "counts",
            Kind::Tallies,
            "Tallies of the signatures: `[{ date = 2023-05-01, signatures = 120 }]`.",
            |_| Value::Other,
            |_, _| {},
        ),
    ];
}

impl Record for CampaignInfo {
    type Draft = CampaignInfo;

    fn identity(&self) -> String {
        String::new()
    }

    const FIELDS: &'static [Field<Self>] = &[
        Field::<Self>::new(
            "name",
            Kind::Text,
            "Name of the campaign.",
            |c| Value::Text(Some(&c.name)),
            |c, v| c.name = v.text().unwrap_or_default(),
        )
        .required(),
        Field::<Self>::new(
            "summary",
            Kind::Text,
            "What the campaign is for.",
            |c| Value::Text(c.summary.as_deref()),
            |c, v| c.summary = v.text(),
        ),
        Field::<Self>::new(
            "started",
            Kind::Date,
            "The day the campaign started.",
            |c| Value::Date(c.started),
            |c, v| c.started = v.date(),
        ),
        Field::<Self>::new(
            "as_of",
            Kind::Date,
            "The day the file describes: \"today\" for every computed duration.",
            |c| Value::Date(c.as_of),
            |c, v| c.as_of = v.date(),
        ),
        Field::<Self>::new(
            "hashtags",
            TEXTS,
            "Hashtags of the campaign.",
            |c| Value::Strings(&c.hashtags),
            |c, v| c.hashtags = v.list(),
        ),
        Field::<Self>::new(
            "links",
            LINK,
            "Links to the campaign's pages.",
            |c| Value::Strings(&c.links),
            |c, v| c.links = v.list(),
        ),
        Field::<Self>::new(
            "post_days",
            Kind::Int { min: 0, max: 365 },
            "How many days a card or letter needs to reach a prisoner (21 when absent).",
            |c| Value::Int(c.post_days.map(u64::from)),
            |c, v| c.post_days = v.int().and_then(|n| u32::try_from(n).ok()),
        ),
        Field::<Self>::new(
            "write_every_days",
            Kind::Int {
                min: 1,
                max: u32::MAX as u64,
            },
            "A prisoner in custody to whom no letter was sent for longer than this needs one.",
            |c| Value::Int(c.write_every_days.map(u64::from)),
            |c, v| c.write_every_days = v.int().and_then(|n| u32::try_from(n).ok()),
        ),
        Field::<Self>::new(
            "check_every_days",
            Kind::Int {
                min: 1,
                max: u32::MAX as u64,
            },
            "A record not `checked` for longer than this needs checking.",
            |c| Value::Int(c.check_every_days.map(u64::from)),
            |c, v| c.check_every_days = v.int().and_then(|n| u32::try_from(n).ok()),
        ),
        Field::<Self>::new(
            "retain_days",
            Kind::Int { min: 0, max: 3650 },
            "`check` warns of an address, notes or letters' `by` kept for a prisoner released longer ago than this (365 when absent).",
            |c| Value::Int(c.retain_days.map(u64::from)),
            |c, v| c.retain_days = v.int().and_then(|n| u32::try_from(n).ok()),
        ),
        Field::<Self>::new(
            "return_address",
            Kind::Text,
            "The sender's address for envelopes. Hidden in presentation mode.",
            |c| Value::Text(c.return_address.as_deref()),
            |c, v| c.return_address = v.text(),
        )
        .sensitive("addresses"),
        Field::<Self>::new(
            "letter_guidance",
            Kind::Text,
            "What to write about and what to avoid, for letter evenings.",
            |c| Value::Text(c.letter_guidance.as_deref()),
            |c, v| c.letter_guidance = v.text(),
        ),
    ];
}

impl Record for Facility {
    type Draft = Facility;

    fn identity(&self) -> String {
        self.name.clone()
    }

    const FIELDS: &'static [Field<Self>] = &[
        Field::<Self>::new(
            "name",
            Kind::Text,
            "The place, as the prisoners' `facility` or `custody.facility` write it (matched folded, as the filter folds).",
            |f| Value::Text(Some(&f.name)),
            |f, v| f.name = v.text().unwrap_or_default(),
        )
        .required(),
        Field::<Self>::new(
            "guidance",
            Kind::Text,
            "What letters to this place need: language, what is refused.",
            |f| Value::Text(f.guidance.as_deref()),
            |f, v| f.guidance = v.text(),
        ),
        Field::<Self>::new(
            "transit_days",
            Kind::Int { min: 0, max: 365 },
            "Days a letter takes to arrive there; overrides `post_days` for birthday cards to this place.",
            |f| Value::Int(f.transit_days.map(u64::from)),
            |f, v| f.transit_days = v.int().and_then(|n| u32::try_from(n).ok()),
        ),
    ];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventKind, StatementKind, Status};

    fn names<T: VariantArray + Into<&'static str> + Copy>() -> Vec<&'static str> {
        T::VARIANTS.iter().map(|&v| v.into()).collect()
    }

    #[test]
    fn choices_are_the_variants_in_order() {
        let of = |c: &[Choice]| c.iter().map(|c| c.name).collect::<Vec<_>>();
        assert_eq!(of(STATUSES), names::<Status>());
        assert_eq!(of(EVENT_KINDS), names::<EventKind>());
        assert_eq!(of(STATEMENT_KINDS), names::<StatementKind>());
        assert_eq!(of(RISKS), names::<crate::model::Risk>());
        assert_eq!(of(ARREST_KINDS), names::<crate::model::ArrestKind>());
        assert_eq!(of(DIRECTIONS), names::<crate::model::Direction>());
        assert_eq!(of(CHANNELS), names::<crate::model::Channel>());
    }

    /// Every field of a record is declared, once, and in the order the
    /// record's `Debug` writes the text fields (its declaration order).
    fn declared_as_debug<R: Record + std::fmt::Debug>(r: &R) {
        let keys: Vec<&str> = R::FIELDS.iter().map(|f| f.key).collect();
        let debug = format!("{r:#?}");
        let fields: Vec<&str> = debug
            .lines()
            .filter(|l| l.starts_with("    ") && !l.starts_with("     "))
            // The closing line of a field's value written over lines.
            .filter(|l| !l.trim_start().starts_with([')', '}', ']']))
            .filter_map(|l| l.trim().split(':').next())
            .collect();
        let mut sorted_keys = keys.clone();
        sorted_keys.sort_unstable();
        let mut sorted_fields = fields.clone();
        sorted_fields.sort_unstable();
        assert_eq!(sorted_keys, sorted_fields);
    }

    #[test]
    fn every_field_is_declared() {
        let d = NaiveDate::MIN;
        declared_as_debug(&Prisoner::new("a", "A", Status::Detained));
        declared_as_debug(&Event::new("a", "A", d, EventKind::Other));
        declared_as_debug(&Statement::new(d, "A", "B"));
        declared_as_debug(&Organisation::default());
        declared_as_debug(&CampaignInfo::default());
        declared_as_debug(&Custody::default());
        declared_as_debug(&Earlier::default());
        declared_as_debug(&Letter::default());
        declared_as_debug(&Snooze::default());
        declared_as_debug(&Facility::default());
        let p = Petition::default();
        let debug = format!("{p:#?}");
        assert!(Petition::FIELDS.iter().all(|f| debug.contains(f.key)));
    }

    /// What `set` puts into a draft, `get` reads back from the record.
    #[test]
    fn set_then_get_round_trips() {
        let mut d = PrisonerDraft::new("", "", Status::Detained);
        for (i, f) in Prisoner::FIELDS.iter().enumerate() {
            let v = match f.kind {
                Kind::Id | Kind::Text => Owned::Text(format!("v{i}")),
                Kind::List { .. } | Kind::RefList(_) => Owned::List(vec![format!("v{i}")]),
                Kind::Date => Owned::Date(NaiveDate::from_ymd_opt(2000, 1, 1 + i as u32).unwrap()),
                Kind::PartialDate => Owned::PartialDate(PartialDate::parse("1999-03").unwrap()),
                Kind::Int { .. } => Owned::Int(i as u64),
                Kind::Choice(_) => Owned::Choice(1),
                Kind::Choices(_) => Owned::Choices(0b101),
                _ => continue,
            };
            (f.set)(&mut d, v);
        }
        let p = Prisoner::from(d);
        for (i, f) in Prisoner::FIELDS.iter().enumerate() {
            let ok = match (f.get)(&p) {
                Value::Text(t) => t == Some(format!("v{i}").as_str()),
                Value::List(l) => l == [format!("v{i}")],
                Value::Date(d) => d.is_some(),
                Value::PartialDate(d) => d.is_some(),
                Value::Int(n) => n == Some(i as u64),
                Value::Choice(c) => c == Some("imprisoned"),
                Value::Choices(bits, of) => {
                    Value::names(bits, of).collect::<Vec<_>>() == ["health", "elderly"]
                }
                _ => true,
            };
            assert!(ok, "{}", f.key);
        }
    }
}
