//! The search index: every searchable field of every record, folded once per
//! load, and the fields a filter may name, per record kind.
//!
//! For each kind of record the folded text of all records is kept in one
//! string; each record is a run of fields separated by `'\n'` (which no folded
//! filter word contains, so a word never matches across two fields or two
//! values), and a table of offsets says where each field starts. A field with
//! several values (a name and its aliases) keeps them `'\n'`-separated in its
//! run. Sort keys of the name-like columns are kept beside.

use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::fold::{search_fold_into, sort_fold_into};
use super::{Adjacency, Links};
use crate::model::fields::{Field, Search, Value as FieldValue};
use crate::model::{Campaign, Event, Letter, Organisation, Petition, Prisoner, Record, Statement};

pub use crate::model::RecordKind;

/// The enumerated fields a filter can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EnumField {
    Status,
    EventKind,
    StatementKind,
    /// A prisoner's risks: a set, which matches when any named is in it.
    Risk,
    /// Which way a letter went.
    Direction,
    /// How a letter went.
    Channel,
}

/// The date fields a filter can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateField {
    Born,
    Detained,
    Sentenced,
    Released,
    ReleaseDue,
    EventDate,
    StatementDate,
    Opened,
    Closed,
    /// When a prisoner arrived at a place of custody after the first.
    Moved,
    LetterDate,
}

/// How a field is matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Spec {
    /// Folded text, searched for anywhere in the field (segment `seg`).
    Text(u8),
    /// A language tag: the value matches the whole tag or its first subtags
    /// (`pt` matches "pt" and "pt-BR", not "de").
    Tag(u8),
    Enum(EnumField),
    Date(DateField),
    /// A whole number of the record, compared (`>1000`, `0`, `3..10`).
    Number(NumberField),
}

/// A number the filter compares, computed once per load
/// ([`SearchIndex::numbers`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberField {
    /// A prisoner's days behind bars.
    DaysHeld,
    /// How many events name a prisoner.
    PrisonerEvents,
    /// How many statements name a prisoner.
    PrisonerStatements,
    /// Days without news ([`super::LetterFacts::no_news_days`]).
    News,
    /// Letters recorded, in pieces, whichever the direction.
    Letters,
    /// Pieces sent in the last 90 days ([`super::LetterFacts::sent_recent`]).
    SentRecent,
    /// Days since a letter was sent ([`super::LetterFacts::since_sent_days`]).
    SinceSent,
}

/// The numbers a filter compares, by record; `None` where unknown.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Numbers {
    pub days_held: Vec<Option<i64>>,
    pub prisoner_events: Vec<u32>,
    pub prisoner_statements: Vec<u32>,
    pub no_news: Vec<Option<i64>>,
    pub letters: Vec<u32>,
    pub sent_recent: Vec<u32>,
    pub since_sent: Vec<Option<i64>>,
}

impl Numbers {
    /// The value of `field` for record `i`.
    pub(crate) fn get(&self, field: NumberField, i: usize) -> Option<i64> {
        match field {
            NumberField::DaysHeld => self.days_held.get(i).copied().flatten(),
            NumberField::PrisonerEvents => self.prisoner_events.get(i).map(|&n| i64::from(n)),
            NumberField::PrisonerStatements => {
                self.prisoner_statements.get(i).map(|&n| i64::from(n))
            }
            NumberField::News => self.no_news.get(i).copied().flatten(),
            NumberField::Letters => self.letters.get(i).map(|&n| i64::from(n)),
            NumberField::SentRecent => self.sent_recent.get(i).map(|&n| i64::from(n)),
            NumberField::SinceSent => self.since_sent.get(i).copied().flatten(),
        }
    }
}

/// A field a filter may name (`status:`, `city:` …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldInfo {
    /// The name to type before the colon.
    pub name: &'static str,
    /// Other names accepted for it.
    pub aliases: &'static [&'static str],
    /// One line for the help screen and the docs.
    pub help: &'static str,
    pub(crate) spec: Spec,
}

impl FieldInfo {
    /// Its description in the current language, a field of `kind`: the
    /// English `help` as declared, else the language's
    /// `filter-KIND-NAME` (`filter-prisoner-days`).
    pub fn help_in(&self, kind: RecordKind) -> &'static str {
        crate::i18n::named_by(kind.filter_prefix(), self.name, self.help)
    }

    /// True for date fields, which take a date or a range.
    pub fn is_date(&self) -> bool {
        matches!(self.spec, Spec::Date(_))
    }

    /// True for number fields, which take a number, a comparison or a
    /// range (`0`, `>1000`, `1..5`).
    pub fn is_number(&self) -> bool {
        matches!(self.spec, Spec::Number(_))
    }

    /// The valid values of an enumerated field, `None` for other fields.
    pub fn values(&self) -> Option<&'static [&'static str]> {
        match self.spec {
            Spec::Enum(e) => Some(enum_names(e)),
            _ => None,
        }
    }
}

pub(crate) fn enum_names(e: EnumField) -> &'static [&'static str] {
    match e {
        EnumField::Status => &[
            "detained",
            "imprisoned",
            "restricted",
            "released",
            "deceased",
        ],
        EnumField::EventKind => &[
            "picket",
            "rally",
            "march",
            "conference",
            "meeting",
            "vigil",
            "letters",
            "delivery",
            "online",
            "other",
        ],
        EnumField::StatementKind => &[
            "speech",
            "letter",
            "resolution",
            "press",
            "social",
            "greeting",
            "interview",
            "other",
        ],
        EnumField::Risk => &[
            "health",
            "disability",
            "elderly",
            "mental-health",
            "isolation",
            "incommunicado",
            "terror-list",
            "other",
        ],
        EnumField::Direction => &["sent", "received", "returned"],
        EnumField::Channel => &["post", "courier", "parcel", "online", "other"],
    }
}

/// A field the filter may name.
const fn info(
    name: &'static str,
    aliases: &'static [&'static str],
    help: &'static str,
    spec: Spec,
) -> FieldInfo {
    FieldInfo {
        name,
        aliases,
        help,
        spec,
    }
}

const fn text(
    name: &'static str,
    aliases: &'static [&'static str],
    seg: u8,
    help: &'static str,
) -> FieldInfo {
    info(name, aliases, help, Spec::Text(seg))
}

const fn date(
    name: &'static str,
    aliases: &'static [&'static str],
    field: DateField,
    help: &'static str,
) -> FieldInfo {
    info(name, aliases, help, Spec::Date(field))
}

const fn choice(
    name: &'static str,
    aliases: &'static [&'static str],
    field: EnumField,
    help: &'static str,
) -> FieldInfo {
    info(name, aliases, help, Spec::Enum(field))
}

const ORG: &[&str] = &["organisation", "organization", "union"];

/// What fills a segment of the search text that the field declarations
/// do not describe: names of linked records, and the language tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Custom {
    /// A prisoner's name and aliases; an organisation's name and short name.
    Names,
    /// The names of the organisations linked.
    Orgs,
    /// The names of the prisoners linked.
    Prisoners,
    /// The title of the event a statement was made at.
    EventTitle,
    /// A statement's language.
    Language,
    /// The name of the prisoner a letter went to or came from.
    Prisoner,
    /// The title of the event a letter was written at.
    Event,
}

/// A filter field that is not one declared field's text, and, for one that
/// searches a segment, what fills it and whether a plain word searches it.
struct Special {
    info: FieldInfo,
    fill: Option<(Custom, bool)>,
}

const fn special(info: FieldInfo) -> Special {
    Special { info, fill: None }
}

const fn filled(info: FieldInfo, custom: Custom, word: bool) -> Special {
    Special {
        info,
        fill: Some((custom, word)),
    }
}

/// What fills one segment.
enum Fill<R: Record + 'static> {
    Custom(Custom),
    /// The values of these fields, the filter field's own first.
    Declared(Vec<&'static Field<R>>),
}

/// The filter fields of a kind of record, in the order the help lists them,
/// and the segments of its search text: those a plain word searches first.
struct Layout<R: Record + 'static> {
    fields: Vec<FieldInfo>,
    segments: Vec<Fill<R>>,
    any: usize,
}

impl<R: Record> Layout<R> {
    /// The special fields in their order, each followed by the declared
    /// filter fields listed after it (and those after them); the declared
    /// ones listed after "" come first. Segments are numbered in that order,
    /// those a plain word searches first.
    fn new(specials: &[Special]) -> Self {
        let mut order: Vec<(FieldInfo, Option<Fill<R>>, bool)> = Vec::new();
        fn declared<R: Record>(after: &str, order: &mut Vec<(FieldInfo, Option<Fill<R>>, bool)>) {
            for f in R::FIELDS {
                let Search::Field(filter) = f.search else {
                    continue;
                };
                if filter.after != after {
                    continue;
                }
                let mut fields = vec![f];
                fields.extend(R::FIELDS.iter().filter(|g| g.search == Search::In(f.key)));
                let info = FieldInfo {
                    name: filter.name,
                    aliases: filter.aliases,
                    help: filter.help,
                    spec: Spec::Text(0),
                };
                order.push((info, Some(Fill::Declared(fields)), filter.word));
                declared(filter.name, order);
            }
        }
        declared("", &mut order);
        for s in specials {
            match s.fill {
                Some((custom, word)) => order.push((s.info, Some(Fill::Custom(custom)), word)),
                None => order.push((s.info, None, false)),
            }
            declared(s.info.name, &mut order);
        }
        // Number the segments: those a plain word searches first.
        let mut layout = Layout {
            fields: Vec::with_capacity(order.len()),
            segments: Vec::new(),
            any: 0,
        };
        let mut numbers = vec![None; order.len()];
        for pass in [true, false] {
            for (i, (_, fill, word)) in order.iter_mut().enumerate() {
                if *word == pass
                    && let Some(fill) = fill.take()
                {
                    numbers[i] = u8::try_from(layout.segments.len()).ok();
                    layout.segments.push(fill);
                }
            }
            if pass {
                layout.any = layout.segments.len();
            }
        }
        for ((mut info, _, _), seg) in order.into_iter().zip(numbers) {
            if let Some(seg) = seg {
                info.spec = match info.spec {
                    Spec::Tag(_) => Spec::Tag(seg),
                    _ => Spec::Text(seg),
                };
            }
            layout.fields.push(info);
        }
        layout
    }
}

/// Appends the values of `field` of `r` to the current segment.
fn push_field<R: Record>(b: &mut Builder, field: &Field<R>, r: &R) {
    match (field.get)(r) {
        FieldValue::Text(t) => t.into_iter().for_each(|v| b.value(v)),
        FieldValue::List(l) => l.for_each(|v| b.value(v)),
        FieldValue::Strings(l) => l.iter().for_each(|v| b.value(v)),
        _ => {}
    }
}

impl Builder {
    /// One record of `R`: each segment filled from its declared fields or
    /// by `custom`.
    fn record<R: Record>(
        &mut self,
        layout: &Layout<R>,
        r: &R,
        mut custom: impl FnMut(&mut Builder, Custom),
    ) {
        for fill in &layout.segments {
            match fill {
                Fill::Custom(c) => custom(self, *c),
                Fill::Declared(fields) => {
                    self.segment();
                    for f in fields {
                        push_field(self, f, r);
                    }
                }
            }
        }
        self.end_record();
    }
}

const PRISONER_SPECIALS: &[Special] = &[
    filled(
        text(
            "name",
            &["alias"],
            0,
            "the name, one of the aliases or the postal name",
        ),
        Custom::Names,
        true,
    ),
    special(choice(
        "status",
        &[],
        EnumField::Status,
        "detained, imprisoned, restricted, released or deceased",
    )),
    filled(
        text("org", ORG, 0, "an organisation's name or short name"),
        Custom::Orgs,
        true,
    ),
    special(date("born", &["birth"], DateField::Born, "the birth date")),
    special(date(
        "detained",
        &["arrested"],
        DateField::Detained,
        "the date of the arrest",
    )),
    special(date(
        "sentenced",
        &["verdict"],
        DateField::Sentenced,
        "the date of the verdict",
    )),
    special(date(
        "released",
        &[],
        DateField::Released,
        "the date of the release",
    )),
    special(date(
        "due",
        &["release"],
        DateField::ReleaseDue,
        "the release due, written or estimated",
    )),
    special(info(
        "days",
        &["days-held"],
        "days behind bars, every arrest together (the Days held column), e.g. days:>1000",
        Spec::Number(NumberField::DaysHeld),
    )),
    special(info(
        "events",
        &[],
        "how many events name the prisoner, e.g. events:0",
        Spec::Number(NumberField::PrisonerEvents),
    )),
    special(info(
        "statements",
        &["stmts"],
        "how many statements name the prisoner, e.g. statements:0",
        Spec::Number(NumberField::PrisonerStatements),
    )),
    special(choice(
        "risk",
        &[],
        EnumField::Risk,
        "why at special risk: health, disability, elderly (also from born), mental-health, isolation, incommunicado, terror-list or other",
    )),
    special(date(
        "moved",
        &[],
        DateField::Moved,
        "when moved to another place of custody",
    )),
    special(info(
        "news",
        &[],
        "days without a letter received, e.g. news:>60",
        Spec::Number(NumberField::News),
    )),
    special(info(
        "letters",
        &[],
        "how many letters are recorded, e.g. letters:0",
        Spec::Number(NumberField::Letters),
    )),
    special(info(
        "sent90",
        &["recent"],
        "letters sent in the last 90 days, e.g. sent90:<3",
        Spec::Number(NumberField::SentRecent),
    )),
    special(info(
        "unwritten",
        &["since-sent"],
        "days since a letter was sent (or since the arrest), e.g. unwritten:>60",
        Spec::Number(NumberField::SinceSent),
    )),
];

const EVENT_SPECIALS: &[Special] = &[
    special(choice(
        "kind",
        &["type"],
        EnumField::EventKind,
        "picket, rally, march, conference, meeting, vigil, letters, delivery, online or other",
    )),
    special(date(
        "date",
        &["when"],
        DateField::EventDate,
        "the day or days of the event",
    )),
    filled(
        text("org", ORG, 0, "an organisation's name or short name"),
        Custom::Orgs,
        true,
    ),
    filled(
        text(
            "prisoner",
            &["prisoners", "about"],
            0,
            "a prisoner named by the event",
        ),
        Custom::Prisoners,
        true,
    ),
];

const STATEMENT_SPECIALS: &[Special] = &[
    filled(
        text(
            "org",
            ORG,
            0,
            "the organisation spoken for, by name or short name",
        ),
        Custom::Orgs,
        true,
    ),
    filled(
        text("event", &[], 0, "the title of the event it was made at"),
        Custom::EventTitle,
        true,
    ),
    filled(
        text(
            "prisoner",
            &["prisoners", "about"],
            0,
            "a prisoner the statement names",
        ),
        Custom::Prisoners,
        true,
    ),
    filled(
        FieldInfo {
            name: "lang",
            aliases: &["language"],
            help: "the language code, e.g. en, pt, be (pt also finds pt-BR)",
            spec: Spec::Tag(0),
        },
        Custom::Language,
        false,
    ),
    special(choice(
        "kind",
        &["type"],
        EnumField::StatementKind,
        "speech, letter, resolution, press, social, greeting, interview or other",
    )),
    special(date(
        "date",
        &["when"],
        DateField::StatementDate,
        "the day it was said or published",
    )),
];

const ORGANISATION_SPECIALS: &[Special] = &[filled(
    text("name", &[], 0, "the name or short name"),
    Custom::Names,
    true,
)];

const PETITION_SPECIALS: &[Special] = &[
    filled(
        text(
            "host",
            &["org", "organisation", "organization"],
            0,
            "the hosting organisation's name or short name",
        ),
        Custom::Orgs,
        true,
    ),
    special(date(
        "opened",
        &["open"],
        DateField::Opened,
        "the day it opened",
    )),
    special(date(
        "closed",
        &["close"],
        DateField::Closed,
        "the day it closed",
    )),
];

const LETTER_SPECIALS: &[Special] = &[
    filled(
        text(
            "prisoner",
            &["to", "from", "name"],
            0,
            "the prisoner it went to or came from",
        ),
        Custom::Prisoner,
        true,
    ),
    filled(
        text("event", &[], 0, "the event where it was written"),
        Custom::Event,
        true,
    ),
    special(choice(
        "direction",
        &["dir"],
        EnumField::Direction,
        "sent, received or returned",
    )),
    special(choice(
        "channel",
        &["via"],
        EnumField::Channel,
        "post, courier, parcel, online or other",
    )),
    special(date(
        "date",
        &["when"],
        DateField::LetterDate,
        "the day it was sent, or arrived",
    )),
];

/// `fn NAME() -> &'static Layout<R>` for each kind: its layout, made on
/// first use.
macro_rules! layouts {
    ($($name:ident: $record:ty = $specials:expr;)*) => {$(
        fn $name() -> &'static Layout<$record> {
            static L: OnceLock<Layout<$record>> = OnceLock::new();
            L.get_or_init(|| Layout::new($specials))
        }
    )*};
}

layouts! {
    prisoner_layout: Prisoner = PRISONER_SPECIALS;
    event_layout: Event = EVENT_SPECIALS;
    statement_layout: Statement = STATEMENT_SPECIALS;
    letter_layout: Letter = LETTER_SPECIALS;
    organisation_layout: Organisation = ORGANISATION_SPECIALS;
    petition_layout: Petition = PETITION_SPECIALS;
}

/// The fields a filter on `kind` may name, in the order the help lists them.
pub fn fields(kind: RecordKind) -> &'static [FieldInfo] {
    match kind {
        RecordKind::Prisoner => &prisoner_layout().fields,
        RecordKind::Event => &event_layout().fields,
        RecordKind::Statement => &statement_layout().fields,
        RecordKind::Organisation => &organisation_layout().fields,
        RecordKind::Petition => &petition_layout().fields,
        RecordKind::Letter => &letter_layout().fields,
    }
}

/// The field of `kind` called `name` (or one of its aliases), in any case.
pub fn find_field(kind: RecordKind, name: &str) -> Option<&'static FieldInfo> {
    fields(kind).iter().find(|f| {
        f.name.eq_ignore_ascii_case(name) || f.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    })
}

/// How many segments a record of `kind` has.
fn segments(kind: RecordKind) -> usize {
    match kind {
        RecordKind::Prisoner => prisoner_layout().segments.len(),
        RecordKind::Event => event_layout().segments.len(),
        RecordKind::Statement => statement_layout().segments.len(),
        RecordKind::Organisation => organisation_layout().segments.len(),
        RecordKind::Petition => petition_layout().segments.len(),
        RecordKind::Letter => letter_layout().segments.len(),
    }
}

/// How many leading segments a plain word searches (the rest, such as ids
/// and language codes, are found only through their field).
fn any_segments(kind: RecordKind) -> usize {
    match kind {
        RecordKind::Prisoner => prisoner_layout().any,
        RecordKind::Event => event_layout().any,
        RecordKind::Statement => statement_layout().any,
        RecordKind::Organisation => organisation_layout().any,
        RecordKind::Petition => petition_layout().any,
        RecordKind::Letter => letter_layout().any,
    }
}

/// The folded text of all records of one kind.
#[derive(Clone, Default, PartialEq)]
pub struct KindText {
    text: String,
    /// `segments + 1` offsets per record: where each segment starts, then
    /// where the record ends.
    starts: Vec<u32>,
    segments: usize,
    any: usize,
}

impl fmt::Debug for KindText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KindText")
            .field("bytes", &self.text.len())
            .field("records", &self.len())
            .finish()
    }
}

impl KindText {
    fn new(kind: RecordKind) -> Self {
        KindText {
            text: String::new(),
            starts: Vec::new(),
            segments: segments(kind),
            any: any_segments(kind),
        }
    }

    /// How many records.
    pub fn len(&self) -> usize {
        self.starts.len() / (self.segments + 1)
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    fn range(&self, record: usize, from: usize, to: usize) -> Option<Range<usize>> {
        let base = record.checked_mul(self.segments + 1)?;
        let start = *self.starts.get(base + from)? as usize;
        let end = *self.starts.get(base + to)? as usize;
        Some(start..end)
    }

    /// The folded text a plain word is searched in.
    pub fn any(&self, record: usize) -> &str {
        let s = self
            .range(record, 0, self.any)
            .and_then(|r| self.text.get(r))
            .unwrap_or("");
        s.strip_suffix('\n').unwrap_or(s)
    }

    /// The folded text of one segment (values `'\n'`-separated).
    pub(crate) fn segment(&self, record: usize, seg: u8) -> &str {
        let seg = usize::from(seg);
        let s = self
            .range(record, seg, seg + 1)
            .and_then(|r| self.text.get(r))
            .unwrap_or("");
        s.strip_suffix('\n').unwrap_or(s)
    }
}

/// Builds one [`KindText`] record by record, segment by segment.
struct Builder {
    out: KindText,
    in_segment: usize,
}

impl Builder {
    fn new(kind: RecordKind, records: usize, bytes_hint: usize) -> Self {
        let mut out = KindText::new(kind);
        out.starts.reserve(records * (out.segments + 1));
        out.text.reserve(bytes_hint);
        Builder { out, in_segment: 0 }
    }

    fn offset(&self) -> u32 {
        // Folded text of a kind stays far below 4 GiB for any file the loader
        // accepts; saturate rather than wrap if it did not.
        u32::try_from(self.out.text.len()).unwrap_or(u32::MAX)
    }

    /// Starts the next segment of the current record.
    fn segment(&mut self) {
        if !self.out.text.is_empty() {
            self.out.text.push('\n');
        }
        let at = self.offset();
        self.out.starts.push(at);
        self.in_segment = 0;
    }

    /// Adds one value to the current segment.
    fn value(&mut self, text: &str) {
        if self.in_segment > 0 {
            self.out.text.push('\n');
        }
        let before = self.out.text.len();
        search_fold_into(text, &mut self.out.text);
        self.added(before);
    }

    /// Adds one value folded already ([`search_fold_into`]), exactly as
    /// [`Builder::value`] adds it unfolded.
    fn folded_value(&mut self, folded: &str) {
        if self.in_segment > 0 {
            self.out.text.push('\n');
        }
        let before = self.out.text.len();
        self.out.text.push_str(folded);
        self.added(before);
    }

    /// After a value was appended at `before`.
    fn added(&mut self, before: usize) {
        if self.out.text.len() == before && self.in_segment > 0 {
            // Drop the separator of an empty value.
            self.out.text.pop();
        } else {
            self.in_segment += 1;
        }
    }

    /// A segment of values folded already.
    fn folded_values<'a>(&mut self, items: impl IntoIterator<Item = &'a str>) {
        self.segment();
        for item in items {
            self.folded_value(item);
        }
    }

    fn values<'a>(&mut self, items: impl IntoIterator<Item = &'a str>) {
        self.segment();
        for item in items {
            self.value(item);
        }
    }

    fn end_record(&mut self) {
        let at = self.offset();
        self.out.starts.push(at);
    }

    /// The text built, holding no more memory than it uses (the room
    /// reserved up front is an estimate).
    fn finish(mut self) -> KindText {
        self.out.text.shrink_to_fit();
        self.out.starts.shrink_to_fit();
        self.out
    }
}

/// The folded names of the records others link to (a prisoner's name and
/// aliases, an organisation's name and short name), folded once and copied
/// into every record that names them.
///
/// Each record's values lie together in `text`, `'\n'` between two (folded
/// text has no newline), so copying a record's names reads two places, not
/// one per value: on a big file the records named are all over memory.
struct FoldedNames {
    text: String,
    /// Each record's range in `text`; a record without values has an empty
    /// range starting past its end.
    records: Vec<(u32, u32)>,
}

impl FoldedNames {
    fn new<'a, I>(records: impl ExactSizeIterator<Item = I>) -> Self
    where
        I: IntoIterator<Item = &'a str>,
    {
        let mut out = FoldedNames {
            text: String::new(),
            records: Vec::with_capacity(records.len()),
        };
        let at = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        for values in records {
            let start = out.text.len();
            let mut any = false;
            for v in values {
                if any {
                    out.text.push('\n');
                }
                search_fold_into(v, &mut out.text);
                any = true;
            }
            let range = if any {
                (at(start), at(out.text.len()))
            } else {
                (at(start + 1), at(start))
            };
            out.records.push(range);
        }
        out
    }

    /// The folded values of record `i`, in order; none if out of range.
    fn of(&self, i: usize) -> impl Iterator<Item = &str> {
        self.records
            .get(i)
            .and_then(|&(a, b)| self.text.get(a as usize..b as usize))
            .into_iter()
            .flat_map(|names| names.split('\n'))
    }

    /// About how many bytes copying the names of the records `ids` adds (a
    /// separator each), from their ranges alone: the size pass does not read
    /// the names themselves.
    fn bytes(&self, ids: &[usize]) -> usize {
        ids.iter()
            .filter_map(|&i| self.records.get(i))
            .map(|&(a, b)| b.saturating_sub(a) as usize + 1)
            .sum()
    }

    /// The folded values of the records `ids`, one after the other.
    fn of_all<'s>(&'s self, ids: &'s [usize]) -> impl Iterator<Item = &'s str> {
        ids.iter().flat_map(|&i| self.of(i))
    }
}

/// One sort-key column: the keys of all records of a kind in one string,
/// with where each ends. A missing key (no value, or a value that folds to
/// nothing) is an empty range.
#[derive(Clone, Default, PartialEq)]
pub struct KeyColumn {
    text: String,
    ends: Vec<u32>,
}

impl fmt::Debug for KeyColumn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries((0..self.len()).map(|i| self.get(i)))
            .finish()
    }
}

impl KeyColumn {
    fn with_capacity(records: usize) -> Self {
        KeyColumn {
            text: String::new(),
            ends: Vec::with_capacity(records),
        }
    }

    /// The column of the keys of `values`, folded with [`sort_fold`].
    fn of<'a>(values: impl ExactSizeIterator<Item = Option<&'a str>>) -> Self {
        let mut out = KeyColumn::with_capacity(values.len());
        for v in values {
            out.push(v);
        }
        out.finish()
    }

    /// The column built, holding no more memory than it uses.
    fn finish(mut self) -> Self {
        self.text.shrink_to_fit();
        self
    }

    /// Appends the key of `value`.
    fn push(&mut self, value: Option<&str>) {
        if let Some(v) = value {
            sort_fold_into(v, &mut self.text);
        }
        // Sort keys of a kind stay far below 4 GiB for any file the loader
        // accepts; saturate rather than wrap if they did not.
        self.ends
            .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
    }

    /// How many records.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The key of record `i`; `None` if missing or out of range.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = match i.checked_sub(1) {
            Some(p) => *self.ends.get(p)? as usize,
            None => 0,
        };
        self.text.get(start..end).filter(|k| !k.is_empty())
    }
}

/// Sort keys of the name-like columns ([`super::sort_fold`]), `None` where
/// the value is missing or folds to nothing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SortKeys {
    pub prisoner_name: KeyColumn,
    pub prisoner_org: KeyColumn,
    pub prisoner_facility: KeyColumn,
    pub event_title: KeyColumn,
    pub event_city: KeyColumn,
    pub event_country: KeyColumn,
    pub statement_author: KeyColumn,
    pub statement_org: KeyColumn,
    /// The first words of the text.
    pub statement_text: KeyColumn,
    pub organisation_name: KeyColumn,
    pub organisation_short: KeyColumn,
    pub organisation_kind: KeyColumn,
    pub organisation_country: KeyColumn,
    pub petition_title: KeyColumn,
    pub petition_host: KeyColumn,
    /// The prisoner of each letter, as an index of `prisoner_name` (whose
    /// key it sorts by): the key is not folded again for every letter.
    pub letter_prisoner: Vec<Option<u32>>,
    /// The title of the event each letter was written at.
    pub letter_event: KeyColumn,
}

/// How many characters of a statement's text its sort key keeps.
const TEXT_KEY_CHARS: usize = 64;

/// The links of record `i` in a back-link table, empty if out of range.
fn linked(v: &Adjacency, i: usize) -> &[usize] {
    v.get(i).unwrap_or(&[])
}

/// Everything a filter searches and a sort compares, computed once per load.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchIndex {
    pub prisoners: KindText,
    pub events: KindText,
    pub statements: KindText,
    pub organisations: KindText,
    pub petitions: KindText,
    pub letters: KindText,
    pub sort_keys: SortKeys,
    /// The numbers the filter compares (set by [`super::Derived::new`],
    /// which knows "today").
    pub numbers: Numbers,
    /// One per prisoner: what the filter reads of their story and letters,
    /// set by [`super::Derived::new`] once the letters are counted.
    pub(crate) story: Vec<StoryKeys>,
}

/// What the filter field `risk:` reads of a prisoner (`news:` and
/// `letters:` are [`Numbers`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct StoryKeys {
    pub(crate) risks: crate::model::Risks,
}

impl SearchIndex {
    /// Folds every searchable field of `campaign`, in one pass over its text.
    pub fn new(campaign: &Campaign, links: &Links) -> Self {
        let orgs = &campaign.organisations;
        // Names that other records repeat are folded once.
        let org_names = FoldedNames::new(
            orgs.iter()
                .map(|o| std::iter::once(o.name.as_str()).chain(o.short.as_deref())),
        );
        let prisoner_names = FoldedNames::new(campaign.prisoners.iter().map(|p| {
            std::iter::once(p.name())
                .chain(p.aliases().iter())
                .chain(p.postal_name())
        }));
        let org_label = |o: Option<usize>| o.and_then(|o| orgs.get(o)).map(|o| o.label());
        let first = |v: &Adjacency, i: usize| linked(v, i).first().copied();

        // Four jobs, the largest first, taken in turn by two threads as each
        // finishes its last: the statements' text, the events, the
        // prisoners, and the rest. Each job reads every record once, for
        // its search text and its sort keys together: on a big file the
        // records do not stay in the cache from one pass to the next. Each
        // reserves room for its folded text, which is rarely longer than the
        // text: the size of each record's text buffer (read from the record,
        // not from the buffer) plus the names copied in (from their ranges).
        let statements_job = || {
            let statements = &campaign.statements;
            let bytes = statements.iter().map(|s| s.text_bytes() + 64).sum();
            let mut b = Builder::new(RecordKind::Statement, statements.len(), bytes);
            let mut author = KeyColumn::with_capacity(statements.len());
            let mut org_key = KeyColumn::with_capacity(statements.len());
            let mut text_key = KeyColumn::with_capacity(statements.len());
            for (i, s) in statements.iter().enumerate() {
                let org = links.statement_organisation.get(i).copied().flatten();
                let event = links
                    .statement_event
                    .get(i)
                    .copied()
                    .flatten()
                    .and_then(|e| campaign.events.get(e));
                b.record(statement_layout(), s, |b, custom| match custom {
                    Custom::Orgs => b.folded_values(org_names.of_all(org.as_slice())),
                    Custom::EventTitle => b.values(event.map(|e| e.title())),
                    Custom::Prisoners => b.folded_values(
                        prisoner_names.of_all(linked(&links.statement_prisoners, i)),
                    ),
                    Custom::Language => b.values(s.language()),
                    Custom::Names | Custom::Prisoner | Custom::Event => b.values(None),
                });
                author.push(Some(s.author()));
                org_key.push(org_label(org));
                let text = s.text();
                let end = text
                    .char_indices()
                    .nth(TEXT_KEY_CHARS)
                    .map_or(text.len(), |(at, _)| at);
                text_key.push(text.get(..end));
            }
            (
                b.finish(),
                author.finish(),
                org_key.finish(),
                text_key.finish(),
            )
        };
        let events_job = || {
            let events = &campaign.events;
            let bytes = events
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    e.text_bytes()
                        + org_names.bytes(linked(&links.event_organisations, i))
                        + prisoner_names.bytes(linked(&links.event_prisoners, i))
                })
                .sum();
            let mut b = Builder::new(RecordKind::Event, events.len(), bytes);
            let mut title = KeyColumn::with_capacity(events.len());
            let mut city = KeyColumn::with_capacity(events.len());
            let mut country = KeyColumn::with_capacity(events.len());
            for (i, e) in events.iter().enumerate() {
                b.record(event_layout(), e, |b, custom| match custom {
                    Custom::Orgs => {
                        b.folded_values(org_names.of_all(linked(&links.event_organisations, i)))
                    }
                    Custom::Prisoners => {
                        b.folded_values(prisoner_names.of_all(linked(&links.event_prisoners, i)))
                    }
                    _ => b.values(None),
                });
                title.push(Some(e.title()));
                city.push(e.city());
                country.push(e.country());
            }
            (b.finish(), title.finish(), city.finish(), country.finish())
        };
        let prisoners_job = || {
            let prisoners = &campaign.prisoners;
            let bytes = prisoners
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    p.text_bytes() + org_names.bytes(linked(&links.prisoner_organisations, i))
                })
                .sum();
            let mut b = Builder::new(RecordKind::Prisoner, prisoners.len(), bytes);
            let mut name = KeyColumn::with_capacity(prisoners.len());
            let mut org = KeyColumn::with_capacity(prisoners.len());
            let mut facility = KeyColumn::with_capacity(prisoners.len());
            for (i, p) in prisoners.iter().enumerate() {
                b.record(prisoner_layout(), p, |b, custom| match custom {
                    Custom::Names => b.folded_values(prisoner_names.of(i)),
                    Custom::Orgs => {
                        b.folded_values(org_names.of_all(linked(&links.prisoner_organisations, i)))
                    }
                    _ => b.values(None),
                });
                // By family name, or as `sort_as` says.
                name.push(Some(&super::fold::name_sort_order(p.name(), p.sort_as())));
                org.push(org_label(first(&links.prisoner_organisations, i)));
                facility.push(p.current_facility());
            }
            (b.finish(), name.finish(), org.finish(), facility.finish())
        };
        let rest_job = || {
            let mut b = Builder::new(RecordKind::Organisation, orgs.len(), 0);
            for (i, o) in orgs.iter().enumerate() {
                b.record(organisation_layout(), o, |b, custom| match custom {
                    Custom::Names => b.folded_values(org_names.of(i)),
                    _ => b.values(None),
                });
            }
            let organisations = b.finish();
            let mut b = Builder::new(RecordKind::Petition, campaign.petitions.len(), 0);
            for (i, p) in campaign.petitions.iter().enumerate() {
                let host = links.petition_host.get(i).copied().flatten();
                b.record(petition_layout(), p, |b, custom| match custom {
                    Custom::Orgs => b.folded_values(org_names.of_all(host.as_slice())),
                    _ => b.values(None),
                });
            }
            let petitions = b.finish();
            let letters_list = &campaign.letters;
            let prisoner_of = |l: &Letter| links.prisoner_by_id.get(&l.prisoner).copied();
            let event_of = |l: &Letter| {
                l.event
                    .as_deref()
                    .and_then(|id| links.event_by_id.get(id).copied())
            };
            let mut b = Builder::new(RecordKind::Letter, letters_list.len(), 0);
            // Each letter's prisoner and event looked up once, for its
            // search text and its sort keys.
            let mut letter_prisoner = Vec::with_capacity(letters_list.len());
            let mut letter_event = KeyColumn::with_capacity(letters_list.len());
            for l in letters_list {
                let (p, e) = (prisoner_of(l), event_of(l));
                let title = e.map(|e| campaign.events[e].title());
                b.record(letter_layout(), l, |b, custom| match custom {
                    Custom::Prisoner => b.folded_values(prisoner_names.of_all(p.as_slice())),
                    Custom::Event => b.values(title),
                    _ => b.values(None),
                });
                letter_prisoner.push(p.and_then(|p| u32::try_from(p).ok()));
                letter_event.push(title);
            }
            let letters = b.finish();
            let petitions_list = &campaign.petitions;
            let keys = SortKeys {
                organisation_name: KeyColumn::of(orgs.iter().map(|o| Some(o.name.as_str()))),
                organisation_short: KeyColumn::of(orgs.iter().map(|o| o.short.as_deref())),
                organisation_kind: KeyColumn::of(orgs.iter().map(|o| o.kind.as_deref())),
                organisation_country: KeyColumn::of(orgs.iter().map(|o| o.country.as_deref())),
                petition_title: KeyColumn::of(
                    petitions_list.iter().map(|p| Some(p.title.as_str())),
                ),
                petition_host: KeyColumn::of(
                    (0..petitions_list.len())
                        .map(|i| org_label(links.petition_host.get(i).copied().flatten())),
                ),
                letter_prisoner,
                letter_event: letter_event.finish(),
                ..SortKeys::default()
            };
            (organisations, petitions, letters, keys)
        };

        let statements = OnceLock::new();
        let events = OnceLock::new();
        let prisoners = OnceLock::new();
        let rest = OnceLock::new();
        let next = AtomicUsize::new(0);
        let work = || {
            loop {
                // A job already done (only if taken twice, which the counter
                // prevents) is simply not stored again.
                let _ = match next.fetch_add(1, Ordering::Relaxed) {
                    0 => statements.set(statements_job()).is_ok(),
                    1 => events.set(events_job()).is_ok(),
                    2 => prisoners.set(prisoners_job()).is_ok(),
                    3 => rest.set(rest_job()).is_ok(),
                    _ => break,
                };
            }
        };
        std::thread::scope(|scope| {
            scope.spawn(work);
            work();
        });
        let (statements, statement_author, statement_org, statement_text) =
            statements.into_inner().unwrap_or_default();
        let (events, event_title, event_city, event_country) =
            events.into_inner().unwrap_or_default();
        let (prisoners, prisoner_name, prisoner_org, prisoner_facility) =
            prisoners.into_inner().unwrap_or_default();
        let (organisations, petitions, letters, keys) = rest.into_inner().unwrap_or_default();
        let sort_keys = SortKeys {
            prisoner_name,
            prisoner_org,
            prisoner_facility,
            event_title,
            event_city,
            event_country,
            statement_author,
            statement_org,
            statement_text,
            ..keys
        };

        SearchIndex {
            prisoners,
            events,
            statements,
            organisations,
            petitions,
            letters,
            sort_keys,
            numbers: Numbers::default(),
            story: Vec::new(),
        }
    }

    /// The folded text of the records of `kind`.
    pub fn of(&self, kind: RecordKind) -> &KindText {
        match kind {
            RecordKind::Prisoner => &self.prisoners,
            RecordKind::Event => &self.events,
            RecordKind::Statement => &self.statements,
            RecordKind::Organisation => &self.organisations,
            RecordKind::Petition => &self.petitions,
            RecordKind::Letter => &self.letters,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::test_generator;
    use crate::model::{Organisation, Prisoner, Status};
    use crate::query::Links;
    use strum::VariantArray;

    /// The filter fields built from the declarations keep their segments:
    /// the text fields a plain word searches first, in the order the help
    /// lists them, then the field-only ones (tests/filter.rs pins the names).
    #[test]
    fn declared_filter_fields_keep_their_segments() {
        use RecordKind::{Event, Prisoner, Statement};
        use Spec::{Tag, Text};
        let specs = |kind| -> Vec<Spec> { fields(kind).iter().map(|f| f.spec).collect() };
        let texts = |kind| -> Vec<u8> {
            specs(kind)
                .into_iter()
                .filter_map(|s| match s {
                    Text(n) | Tag(n) => Some(n),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(texts(Prisoner), (0..11).collect::<Vec<u8>>());
        assert_eq!(texts(Event), (0..8).collect::<Vec<u8>>());
        assert_eq!(texts(Statement), (0..8).collect::<Vec<u8>>());
        assert_eq!(specs(Statement)[6], Tag(6));
        assert_eq!(
            [Prisoner, Event, Statement].map(|k| (segments(k), any_segments(k))),
            [(11, 8), (8, 7), (8, 6)]
        );
    }

    #[test]
    fn folded_names_of_records_without_values_and_out_of_range() {
        let names = FoldedNames::new([vec!["A b"], vec![], vec!["", "Ab"]].into_iter());
        assert_eq!(names.of(0).collect::<Vec<_>>(), ["a b"]);
        assert_eq!(names.of(1).count(), 0);
        assert_eq!(names.of(2).collect::<Vec<_>>(), ["", "ab"]);
        assert_eq!(names.of(3).count(), 0);
        assert!(!crate::query::search_fold("x\ny\r\nz").contains('\n'));
    }

    /// The names copied from [`FoldedNames`] read exactly as folding them
    /// where they are used, empty values and all.
    #[test]
    fn names_folded_once_read_as_names_folded_in_place() {
        for hostile in [false, true] {
            let spec = test_generator::Spec {
                hostile,
                ..test_generator::Spec::square(200)
            };
            let text = test_generator::campaign_text(&spec);
            let mut c = crate::load::parse_str(&text, &Default::default())
                .campaign
                .unwrap();
            // Names and aliases that fold to nothing, first and later, and
            // names with line breaks (the values' separator).
            c.prisoners[0].edit(|d| {
                d.name = "'`'".into();
                d.aliases = vec![String::new(), "Ab".into(), "--".into()];
            });
            c.prisoners[2].edit(|d| {
                d.name = "Two\nlines".into();
                d.aliases = vec!["\r\n".into(), "a\u{2028}b".into()];
            });
            c.prisoners[1].edit(|d| d.aliases.push("`".into()));
            c.organisations[0].name = "''".into();
            let d = crate::query::Derived::new(&c, chrono::NaiveDate::MIN);
            let (links, index) = (&d.links, d.search_index(&c));
            let names = |ids: &[usize]| -> Vec<&str> {
                ids.iter()
                    .filter_map(|&p| c.prisoners.get(p))
                    .flat_map(|p| std::iter::once(p.name()).chain(p.aliases().iter()))
                    .collect()
            };
            let orgs = |ids: &[usize]| -> Vec<&str> {
                ids.iter()
                    .filter_map(|&o| c.organisations.get(o))
                    .flat_map(|o| std::iter::once(o.name.as_str()).chain(o.short.as_deref()))
                    .collect()
            };
            let mut b = Builder::new(RecordKind::Event, 0, 0);
            for (i, e) in c.events.iter().enumerate() {
                b.record(event_layout(), e, |b, custom| match custom {
                    Custom::Orgs => b.values(orgs(linked(&links.event_organisations, i))),
                    Custom::Prisoners => b.values(names(linked(&links.event_prisoners, i))),
                    _ => b.values(None),
                });
            }
            assert!(b.out == index.events, "events differ (hostile: {hostile})");
            for (i, p) in c.prisoners.iter().enumerate() {
                let mut b = Builder::new(RecordKind::Prisoner, 0, 0);
                b.values(names(&[i]));
                b.values(orgs(linked(&links.prisoner_organisations, i)));
                b.end_record();
                assert_eq!(
                    index.prisoners.segment(i, 0),
                    b.out.segment(0, 0),
                    "{}",
                    p.name()
                );
                assert_eq!(index.prisoners.segment(i, 1), b.out.segment(0, 1));
            }
        }
    }

    #[test]
    fn segments_hold_folded_values_apart() {
        let c = Campaign {
            organisations: vec![Organisation {
                id: "bkdp".into(),
                name: "Belarusian Congress".into(),
                short: Some("BKDP".into()),
                ..Organisation::default()
            }],
            prisoners: vec![
                {
                    let mut p =
                        Prisoner::new("yarashuk", "Aliaksandr Yarashuk", Status::Imprisoned);
                    p.edit(|d| {
                        d.aliases = vec!["Аляксандр Ярашук".into(), String::new()];
                        d.organisations = vec!["bkdp".into()];
                        let sponsor = crate::model::Prisoner::FIELDS
                            .iter()
                            .find(|f| matches!(f.search, Search::Field(x) if x.name == "sponsor"));
                        if let Some(f) = sponsor {
                            (f.set)(d, crate::model::fields::Owned::List(vec!["Ann".into()]));
                        }
                    });
                    p
                },
                Prisoner::new("b", "B", Status::Released),
            ],
            ..Campaign::default()
        };
        let links = Links::new(&c, &[], &[]);
        let ix = SearchIndex::new(&c, &links);
        let p = &ix.prisoners;
        assert_eq!(p.len(), 2);
        assert_eq!(p.segment(0, 0), "aliaksandr iarashuk\naliaksandr iarashuk");
        assert_eq!(p.segment(0, 1), "belarusian congres\nbkdp");
        assert_eq!(p.segment(0, 2), "");
        assert_eq!(p.segment(0, 8), "an");
        assert_eq!(p.segment(0, 10), "iarashuk");
        assert!(p.any(0).contains("bkdp"));
        assert!(!p.any(0).contains("an\n"));
        assert!(!p.any(0).ends_with("iarashuk\n"));
        assert_eq!(p.segment(1, 0), "b");
        assert_eq!(p.segment(1, 10), "b");
        assert_eq!(p.segment(2, 0), "");
        assert_eq!(p.any(7), "");
        let org = &ix.sort_keys.prisoner_org;
        assert_eq!(
            (0..org.len()).map(|i| org.get(i)).collect::<Vec<_>>(),
            vec![Some("bkdp"), None]
        );
    }

    #[test]
    fn every_field_name_is_unique_per_kind() {
        for kind in RecordKind::VARIANTS {
            let mut names: Vec<&str> = fields(*kind)
                .iter()
                .flat_map(|f| std::iter::once(f.name).chain(f.aliases.iter().copied()))
                .collect();
            let n = names.len();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), n, "{kind}");
            for f in fields(*kind) {
                if let Spec::Text(s) | Spec::Tag(s) = f.spec {
                    assert!(usize::from(s) < segments(*kind), "{kind} {}", f.name);
                }
            }
        }
    }
}
