//! Filters and sorts on the bundled campaign: the questions organisers ask,
//! in every script and spelling the file uses.

mod common;

use campaign_dash::load::{LoadOptions, parse_str};
use campaign_dash::model::Campaign;
use campaign_dash::query::{
    Derived, Filter, RecordKind, Sort, default_order, fields, filter_indices, sort,
};
use chrono::NaiveDate;

struct Bundled {
    c: Campaign,
    dv: Derived,
}

fn bundled() -> Bundled {
    let opts = LoadOptions {
        today: None,
        system_today: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        retention: true,
    };
    let loaded = parse_str(include_str!("../campaign.toml"), &opts);
    let c = loaded.campaign.expect("the bundled file loads");
    let dv = Derived::new(&c, c.today(None, opts.system_today));
    Bundled { c, dv }
}

impl Bundled {
    /// The ids of the records of `kind` that `q` finds, in the default order.
    fn ids(&self, kind: RecordKind, q: &str) -> Vec<String> {
        let f = Filter::parse(q, kind).unwrap_or_else(|e| panic!("{q}: {e}"));
        self.names(kind, &filter_indices(&f, &self.c, &self.dv))
    }

    fn names(&self, kind: RecordKind, indices: &[usize]) -> Vec<String> {
        indices
            .iter()
            .map(|&i| match kind {
                RecordKind::Prisoner => self.c.prisoners[i].id().to_owned(),
                RecordKind::Event => self.c.events[i].id().to_owned(),
                RecordKind::Statement => self.c.statements[i].id().unwrap_or_default().to_owned(),
                RecordKind::Organisation => self.c.organisations[i].id.clone(),
                RecordKind::Petition => self.c.petitions[i].id.clone().unwrap_or_default(),
                // No ids: the date and the prisoner's.
                RecordKind::Letter => {
                    let l = &self.c.letters[i];
                    format!("{} {}", l.date, l.prisoner)
                }
            })
            .collect()
    }

    fn sorted(&self, kind: RecordKind, spec: &str) -> Vec<String> {
        let s = Sort::parse(kind, spec).unwrap();
        let mut v = default_order(kind, &self.c, &self.dv);
        sort(s, &mut v, &self.c, &self.dv, self.dv.search_index(&self.c));
        self.names(kind, &v)
    }
}

use RecordKind::{Event, Organisation, Petition, Prisoner, Statement};

const ALL_SIX: [&str; 6] = [
    "yarashuk",
    "antusevich",
    "but-husaim",
    "fiadynich",
    "berasneu",
    "areshka",
];

#[test]
fn who_is_held_in_mahiliou() {
    let b = bundled();
    // Yarashuk's prison regime in Mahilioŭ is in his notes, Berasneu's colony
    // is his facility.
    assert_eq!(b.ids(Prisoner, "mahiliou"), ["yarashuk", "berasneu"]);
    assert_eq!(b.ids(Prisoner, "Mahilioŭ"), ["yarashuk", "berasneu"]);
    assert_eq!(b.ids(Prisoner, "facility:mahiliou"), ["berasneu"]);
    assert_eq!(
        b.ids(Prisoner, "facility:colony -facility:mahiliou"),
        ["fiadynich", "areshka"]
    );
}

#[test]
fn what_happened_in_bremen_this_spring() {
    let b = bundled();
    assert_eq!(
        b.ids(Event, "bremen date:2023-03..2023-05"),
        ["bremen-may-day-2023", "bremen-letters-2023-05-20"]
    );
    assert_eq!(
        b.ids(Event, "city:bremen date:..2023-05-06"),
        ["bremen-may-day-2023"]
    );
    assert_eq!(b.ids(Statement, "bremen"), ["isl-greeting-bremen"]);
    assert_eq!(b.ids(Statement, "event:bremen"), ["isl-greeting-bremen"]);
}

#[test]
fn where_yarashuk_was_named() {
    let b = bundled();
    for q in ["yarashuk", "ярашук", "Ярашук", "prisoner:yarash"] {
        assert_eq!(b.ids(Event, q), ["paris-may-day-2023"], "{q}");
    }
    // No statement of the bundled file names a prisoner.
    assert!(b.ids(Statement, "prisoner:yarashuk").is_empty());
}

#[test]
fn names_in_every_script_and_spelling() {
    let b = bundled();
    for (q, id) in [
        ("ярашук", "yarashuk"),
        ("Yaroshuk", "yarashuk"),
        ("Антусевіч", "antusevich"),
        ("antusevich", "antusevich"),
        ("Бут-Гусаім", "but-husaim"),
        ("but-husaim", "but-husaim"),
        ("husaim", "but-husaim"),
        ("fiadynic", "fiadynich"),
        ("Fiadynič", "fiadynich"),
        ("fiadynich", "fiadynich"),
        ("Fedynich", "fiadynich"),
        ("Henadz", "fiadynich"),
        ("hienadź", "fiadynich"),
        ("Gennady", "fiadynich"),
        ("bieras", "berasneu"),
        ("Бераснеў", "berasneu"),
        ("Bieraśnieŭ", "berasneu"),
        ("berasniou", "berasneu"),
        ("areško", "areshka"),
        ("Vaclau", "areshka"),
        ("Vatslau", "areshka"),
    ] {
        assert_eq!(b.ids(Prisoner, q), [id], "{q}");
    }
    assert_eq!(b.ids(Prisoner, "aresh"), ["areshka"]);
    assert!(b.ids(Prisoner, "Fiadynich -name:fedynich").is_empty());
}

#[test]
fn places_and_organisations_without_diacritics() {
    let b = bundled();
    assert_eq!(b.ids(Statement, "sao paulo"), ["fernandes-speech"]);
    assert_eq!(b.ids(Organisation, "sao paulo"), ["metroviarios-sp"]);
    assert_eq!(b.ids(Organisation, "metroviarios"), ["metroviarios-sp"]);
    assert_eq!(b.ids(Organisation, "ANTIBUROCRATICA"), ["ancla"]);
    assert_eq!(b.ids(Statement, "antiburocratica"), ["ancla-support"]);
    assert_eq!(
        b.ids(Organisation, "country:brazil"),
        ["metroviarios-sp", "united-to-fight"]
    );
    assert_eq!(
        b.ids(Organisation, "kind:union"),
        ["rep", "metroviarios-sp"]
    );
    assert_eq!(b.ids(Organisation, "short:bkdp"), ["bkdp"]);
}

#[test]
fn prisoner_fields_and_dates() {
    let b = bundled();
    assert_eq!(b.ids(Prisoner, "status:imprisoned"), ALL_SIX);
    assert_eq!(b.ids(Prisoner, "status:imp"), ALL_SIX);
    assert!(b.ids(Prisoner, "-status:imp").is_empty());
    assert!(b.ids(Prisoner, "status:released").is_empty());
    assert_eq!(
        b.ids(Prisoner, "org:bkdp"),
        ["yarashuk", "antusevich", "but-husaim"]
    );
    assert_eq!(
        b.ids(Prisoner, "org:rep"),
        ["fiadynich", "berasneu", "areshka"]
    );
    assert_eq!(
        b.ids(Prisoner, "-org:rep"),
        ["yarashuk", "antusevich", "but-husaim"]
    );
    // The partial "2022-04" of Fiadynič and Areshka covers 19 April.
    assert_eq!(b.ids(Prisoner, "detained:2022-04-19"), ALL_SIX);
    assert_eq!(
        b.ids(Prisoner, "detained:2022-04-20.."),
        ["fiadynich", "areshka"]
    );
    assert_eq!(b.ids(Prisoner, "born:1950"), ["berasneu"]);
    assert_eq!(
        b.ids(Prisoner, "sentenced:2023-01-05"),
        ["fiadynich", "berasneu", "areshka"]
    );
    // Release due, estimated from detained + sentence_months.
    assert_eq!(b.ids(Prisoner, "due:..2024"), ["antusevich", "but-husaim"]);
    assert_eq!(
        b.ids(Prisoner, "charge:\"342 part 1\""),
        ["yarashuk", "antusevich", "but-husaim"]
    );
    assert_eq!(
        b.ids(Prisoner, "sentence:\"9 years\""),
        ["fiadynich", "berasneu"]
    );
    assert_eq!(
        b.ids(Prisoner, "role:president"),
        ["yarashuk", "antusevich"]
    );
    assert_eq!(b.ids(Prisoner, "role:president -role:vice"), ["yarashuk"]);
}

#[test]
fn event_statement_and_petition_fields() {
    let b = bundled();
    assert_eq!(
        b.ids(Event, "kind:rally country:switzerland"),
        ["geneva-may-day-2023", "geneva-rally-2023-06-15"]
    );
    // The conference ran 28-30 April.
    assert_eq!(
        b.ids(Event, "date:2023-04-29"),
        ["tbilisi-conference-2023-04-28"]
    );
    assert_eq!(b.ids(Event, "date:2023-06.."), ["geneva-rally-2023-06-15"]);
    assert_eq!(
        b.ids(Event, "venue:brandenburg"),
        ["berlin-picket-2023-04-19"]
    );
    assert_eq!(
        b.ids(Event, "org:salidarnast"),
        [
            "berlin-picket-2023-04-19",
            "tbilisi-conference-2023-04-28",
            "bremen-may-day-2023"
        ]
    );
    assert_eq!(b.ids(Event, "kind:letters"), ["bremen-letters-2023-05-20"]);
    assert_eq!(
        b.ids(Event, "\"write to a political prisoner\""),
        ["bremen-letters-2023-05-20"]
    );
    assert_eq!(b.ids(Statement, "lang:en").len(), 3);
    assert_eq!(b.ids(Statement, "kind:greeting"), ["isl-greeting-bremen"]);
    assert_eq!(b.ids(Statement, "author:ancla"), ["ancla-support"]);
    assert_eq!(b.ids(Statement, "org:isl"), ["isl-greeting-bremen"]);
    assert_eq!(
        b.ids(Statement, "date:2023-05"),
        ["fernandes-speech", "isl-greeting-bremen"]
    );
    assert_eq!(b.ids(Statement, "text:persecuted"), ["fernandes-speech"]);
    assert_eq!(
        b.ids(Petition, "host:labourstart"),
        ["labourstart-not-extremism"]
    );
    assert_eq!(b.ids(Petition, "extremism"), ["labourstart-not-extremism"]);
    assert!(b.ids(Petition, "opened:2023").is_empty());
}

#[test]
fn the_guides_examples() {
    let b = bundled();
    assert_eq!(
        b.ids(Prisoner, "org:rep facility:colony"),
        ["fiadynich", "berasneu", "areshka"]
    );
    assert_eq!(
        b.ids(Statement, "kind:greeting lang:en"),
        ["isl-greeting-bremen"]
    );
    assert_eq!(b.ids(Prisoner, "tslau"), ["areshka"]);
    assert!(b.ids(Prisoner, "slau").is_empty());
    assert_eq!(b.ids(Prisoner, "-born:1950").len(), 5);
    assert_eq!(
        b.ids(Prisoner, "colony -mahiliou"),
        ["fiadynich", "areshka"]
    );
    assert_eq!(
        b.ids(Prisoner, "bkdp"),
        ["yarashuk", "antusevich", "but-husaim"]
    );
    assert_eq!(b.ids(Prisoner, "but husaim"), ["but-husaim"]);
}

#[test]
fn errors_name_the_fields_and_the_term() {
    let q = "bremen stauts:imprisoned";
    let e = Filter::parse(q, Prisoner).unwrap_err();
    assert_eq!(&q[e.span.clone()], "stauts:imprisoned");
    assert!(
        e.message.contains("did you mean `status`?"),
        "{}",
        e.message
    );
    let q = "kind:rally date:2023-13";
    let e = Filter::parse(q, Event).unwrap_err();
    assert_eq!(&q[e.span.clone()], "date:2023-13");
    let e = Filter::parse("facility:x", Event).unwrap_err();
    assert!(
        e.message.contains("fields: title, kind, date, city"),
        "{}",
        e.message
    );
    // Every documented field parses on its tab.
    for kind in [Prisoner, Event, Statement, Organisation, Petition] {
        for f in fields(kind) {
            let value = if f.is_date() {
                "2023"
            } else if f.is_number() {
                ">0"
            } else if let Some(values) = f.values() {
                values[0]
            } else {
                "x"
            };
            for name in std::iter::once(f.name).chain(f.aliases.iter().copied()) {
                let q = format!("{name}:{value}");
                assert!(Filter::parse(&q, kind).is_ok(), "{kind}: {q}");
            }
        }
    }
}

#[test]
fn sorting_the_bundled_tables() {
    let b = bundled();
    // By family name, the last word of each.
    assert_eq!(
        b.sorted(Prisoner, "name"),
        [
            "antusevich",
            "areshka",
            "berasneu",
            "but-husaim",
            "fiadynich",
            "yarashuk"
        ]
    );
    // Ties (9 years each) keep file order in both directions.
    assert_eq!(
        b.sorted(Prisoner, "sentence:desc"),
        [
            "fiadynich",
            "berasneu",
            "areshka",
            "yarashuk",
            "antusevich",
            "but-husaim"
        ]
    );
    assert_eq!(
        b.sorted(Prisoner, "sentence"),
        [
            "but-husaim",
            "antusevich",
            "yarashuk",
            "areshka",
            "fiadynich",
            "berasneu"
        ]
    );
    // "2022-04" sorts as 1 April.
    assert_eq!(
        b.sorted(Prisoner, "detained"),
        [
            "fiadynich",
            "areshka",
            "yarashuk",
            "antusevich",
            "but-husaim",
            "berasneu"
        ]
    );
    // Numbers in names compare as numbers: colony No. 2 < No. 15 < No. 17.
    assert_eq!(
        b.sorted(Prisoner, "facility")[..3],
        ["fiadynich", "berasneu", "areshka"]
    );
    // Without a facility, last in both directions.
    assert_eq!(
        b.sorted(Prisoner, "facility:desc"),
        [
            "areshka",
            "berasneu",
            "fiadynich",
            "yarashuk",
            "antusevich",
            "but-husaim"
        ]
    );
    assert_eq!(
        b.sorted(Prisoner, "days:desc"),
        [
            "fiadynich",
            "areshka",
            "yarashuk",
            "antusevich",
            "but-husaim",
            "berasneu"
        ]
    );
    assert_eq!(
        b.sorted(Event, "date:desc")[..2],
        ["geneva-rally-2023-06-15", "bremen-letters-2023-05-20"]
    );
    assert_eq!(b.sorted(Event, "country")[0], "ancla-argentina-2023-04-12");
    assert_eq!(
        b.sorted(Event, "city").last().unwrap(),
        "ancla-argentina-2023-04-12"
    );
    assert_eq!(
        b.sorted(Statement, "author"),
        ["fernandes-speech", "ancla-support", "isl-greeting-bremen"]
    );
    assert_eq!(b.sorted(Organisation, "members:desc")[..2], ["bkdp", "rep"]);
    assert_eq!(b.sorted(Organisation, "short").last().unwrap(), "razam");
}

/// The filter fields, built from the field declarations and the filter's
/// own, are listed in the order the help and docs/filter.md give them.
#[test]
fn filter_fields_are_listed_in_the_documented_order() {
    use campaign_dash::query::{RecordKind, fields};
    let names = |kind| fields(kind).iter().map(|f| f.name).collect::<Vec<_>>();
    assert_eq!(
        names(RecordKind::Prisoner),
        [
            "name",
            "status",
            "org",
            "role",
            "charge",
            "facility",
            "sentence",
            "notes",
            "interest",
            "sponsor",
            "reads",
            "id",
            "born",
            "detained",
            "sentenced",
            "released",
            "due",
            "days",
            "events",
            "statements",
            "risk",
            "moved",
            "news",
            "letters",
            "sent90",
            "unwritten"
        ]
    );
    assert_eq!(
        names(RecordKind::Event),
        [
            "title", "kind", "date", "city", "country", "venue", "org", "prisoner", "summary", "id"
        ]
    );
    assert_eq!(
        names(RecordKind::Statement),
        [
            "author", "role", "org", "event", "prisoner", "text", "lang", "kind", "date", "id"
        ]
    );
    assert_eq!(
        names(RecordKind::Letter),
        [
            "prisoner",
            "event",
            "by",
            "notes",
            "direction",
            "channel",
            "date"
        ]
    );
    let venue = fields(RecordKind::Event)[5];
    assert_eq!((venue.aliases, venue.help), (&["place"][..], "the venue"));
}

/// Field names with digits and hyphens are typed as they are listed:
/// `sent90:<3` (the letters of the last 90 days), `days-held:>300`,
/// `since-sent:>60`, through `print --filter` as through the dashboard.
#[test]
fn field_names_with_digits_and_hyphens_filter() {
    let file = "tests/fixtures/evening/campaign.toml";
    let ids = |filter: &str| -> Vec<String> {
        let out = common::ok(&[
            "print",
            file,
            "--view",
            "prisoners",
            "--format",
            "json",
            "--filter",
            filter,
        ]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids("sent90:2"), ["prykladny"]);
    assert_eq!(ids("sent90:<1 status:imprisoned"), ["uzorny"]);
    assert_eq!(ids("recent:>0"), ["prykladny"]);
    assert_eq!(ids("days-held:>300"), ["prykladny", "uzorny"]);
    assert_eq!(ids("since-sent:>300 status:imprisoned"), ["uzorny"]);
    assert_eq!(ids("unwritten:<100"), ["prykladny"]);
}
