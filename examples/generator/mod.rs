//! The campaign generator behind `examples/generate.rs` and `benches/scale.rs`
//! (included by both with `#[path]`): a large, synthetic but valid campaign
//! file (format 1), deterministic for a given [`Spec`].
//!
//! Every person, organisation, event and statement in the output is made up
//! by combining common names and places: none of it describes real people.
//! The output is valid against the whole format contract: ids unique, refs
//! resolve, detained <= sentenced <= released, `release_due` and
//! `sentence_months` never both, no date after `as_of` where the contract
//! forbids it, petition tallies non-decreasing. `hostile` adds terminal
//! escape sequences and other control characters to some texts, to exercise
//! the sanitising of what the file says.

// Each includer uses only part of it.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::io::{self, Write};

use chrono::{Datelike, Days, NaiveDate};

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    pub prisoners: usize,
    pub events: usize,
    pub statements: usize,
    /// Default: 3 + events / 2000.
    pub petitions: Option<usize>,
    pub seed: u64,
    pub hostile: bool,
    /// The prisoner's story and letters: places of custody on every
    /// prisoner (under `[[prisoners.custody]]` headers, some inline),
    /// earlier arrests on some, risk tags on some, and two letters a
    /// prisoner. Off by default, so that files without them stay as before.
    pub story: bool,
}

impl Spec {
    /// `n` prisoners, `n` events and `n` statements, the default seed.
    pub fn square(n: usize) -> Spec {
        Spec {
            prisoners: n,
            events: n,
            statements: n,
            ..Spec::default()
        }
    }
}

impl Default for Spec {
    fn default() -> Self {
        Spec {
            prisoners: 100,
            events: 100,
            statements: 100,
            petitions: None,
            seed: 0x05A1_1DA1_2A57,
            hostile: false,
            story: false,
        }
    }
}

/// The whole file as a string.
pub fn campaign_text(spec: &Spec) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail, and the generator writes only UTF-8.
    write_campaign(spec, &mut out).expect("writing to memory");
    String::from_utf8(out).expect("the generator writes UTF-8")
}

/// splitmix64: small, fast, and good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Uniform in lo..=hi.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }
    /// True with probability percent/100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
    fn date(&mut self, from: NaiveDate, to: NaiveDate) -> NaiveDate {
        let span = (to - from).num_days().max(0);
        from + Days::new(self.range(0, span) as u64)
    }
}

/// (Belarusian Latin, Cyrillic, Russian-style transliteration)
const FIRST: &[(&str, &str, &str)] = &[
    ("Aliaksandr", "Аляксандр", "Alexander"),
    ("Siarhei", "Сяргей", "Sergei"),
    ("Iryna", "Ірына", "Irina"),
    ("Hienadź", "Генадзь", "Gennady"),
    ("Vasil", "Васіль", "Vasily"),
    ("Maksim", "Максім", "Maxim"),
    ("Lizaveta", "Лізавета", "Elizaveta"),
    ("Volha", "Вольга", "Olga"),
    ("Aleś", "Алесь", "Oles"),
    ("Uladzimir", "Уладзімір", "Vladimir"),
    ("Mikalaj", "Мікалай", "Nikolai"),
    ("Tacciana", "Таццяна", "Tatiana"),
    ("Anastasija", "Анастасія", "Anastasia"),
    ("Pavieł", "Павел", "Pavel"),
    ("Dzianis", "Дзяніс", "Denis"),
    ("Jaŭhien", "Яўген", "Evgeny"),
    ("Natalla", "Наталля", "Natalia"),
    ("Kaciaryna", "Кацярына", "Ekaterina"),
    ("Andrej", "Андрэй", "Andrei"),
    ("Źmicier", "Зміцер", "Dmitry"),
    ("Raman", "Раман", "Roman"),
    ("Alena", "Алена", "Elena"),
    ("Maryja", "Марыя", "Maria"),
    ("Viktar", "Віктар", "Viktor"),
    ("Ihar", "Ігар", "Igor"),
    ("Darja", "Дар'я", "Daria"),
    ("Juryj", "Юрый", "Yury"),
    ("Hanna", "Ганна", "Anna"),
    ("Lieanid", "Леанід", "Leonid"),
    ("Śviatłana", "Святлана", "Svetlana"),
];

const SURNAMES: &[(&str, &str, &str)] = &[
    ("Kavalenka", "Каваленка", "Kovalenko"),
    ("Sidarenka", "Сідарэнка", "Sidorenko"),
    ("Paŭłovič", "Паўловіч", "Pavlovich"),
    ("Łukašuk", "Лукашук", "Lukashuk"),
    ("Hančaryk", "Ганчарык", "Goncharik"),
    ("Kuźmič", "Кузьміч", "Kuzmich"),
    ("Žuk", "Жук", "Zhuk"),
    ("Cvirka", "Цвірка", "Tsvirko"),
    ("Bandarenka", "Бандарэнка", "Bondarenko"),
    ("Dziemidovič", "Дземідовіч", "Demidovich"),
    ("Šyła", "Шыла", "Shilo"),
    ("Klimovič", "Клімовіч", "Klimovich"),
    ("Hrynievič", "Грыневіч", "Grinevich"),
    ("Jakubovič", "Якубовіч", "Yakubovich"),
    ("Mielnik", "Мельнік", "Melnik"),
    ("Astapenka", "Астапенка", "Ostapenko"),
    ("Tkačuk", "Ткачук", "Tkachuk"),
    ("Babič", "Бабіч", "Babich"),
    ("Ščarbina", "Шчарбіна", "Shcherbina"),
    ("Ćvirko", "Цвірко", "Tsvirko"),
    ("Radčanka", "Радчанка", "Radchenko"),
    ("Viečar", "Вечар", "Vechar"),
    ("Zub", "Зуб", "Zub"),
    ("Hurynovič", "Гурыновіч", "Gurinovich"),
];

/// Speakers abroad: given names and surnames of the Americas and Europe.
const SPEAKER_FIRST: &[&str] = &[
    "Ana",
    "João",
    "María",
    "José",
    "Lucía",
    "Pedro",
    "Claire",
    "Jean",
    "Hans",
    "Jutta",
    "Sven",
    "Ingrid",
    "Tomasz",
    "Agnieszka",
    "Rūta",
    "Jonas",
    "Sarah",
    "David",
    "Chiara",
    "Marco",
    "Camila",
    "Mateo",
    "Émilie",
    "Søren",
];
const SPEAKER_LAST: &[&str] = &[
    "Silva",
    "Santos",
    "García",
    "Fernández",
    "Müller",
    "Schmidt",
    "Dubois",
    "Lefèvre",
    "Nowak",
    "Kowalska",
    "Kazlauskas",
    "Andersson",
    "Johansen",
    "Rossi",
    "O'Brien",
    "González",
    "Pérez",
    "Rodríguez",
    "Novák",
    "Virtanen",
    "Jørgensen",
    "Smith",
];

const CITIES: &[(&str, &str)] = &[
    ("Berlin", "Germany"),
    ("Bremen", "Germany"),
    ("Paris", "France"),
    ("Geneva", "Switzerland"),
    ("Amsterdam", "Netherlands"),
    ("Vilnius", "Lithuania"),
    ("Warsaw", "Poland"),
    ("Białystok", "Poland"),
    ("Rīga", "Latvia"),
    ("Prague", "Czechia"),
    ("Vienna", "Austria"),
    ("Brussels", "Belgium"),
    ("Stockholm", "Sweden"),
    ("Oslo", "Norway"),
    ("Helsinki", "Finland"),
    ("Copenhagen", "Denmark"),
    ("London", "United Kingdom"),
    ("Dublin", "Ireland"),
    ("Madrid", "Spain"),
    ("Barcelona", "Spain"),
    ("Lisbon", "Portugal"),
    ("Rome", "Italy"),
    ("Tbilisi", "Georgia"),
    ("São Paulo", "Brazil"),
    ("Rio de Janeiro", "Brazil"),
    ("Buenos Aires", "Argentina"),
    ("Córdoba", "Argentina"),
    ("Santiago", "Chile"),
    ("Montevideo", "Uruguay"),
    ("Mexico City", "Mexico"),
    ("Bogotá", "Colombia"),
    ("Lima", "Peru"),
    ("Toronto", "Canada"),
    ("Montréal", "Canada"),
    ("New York", "United States"),
    ("Chicago", "United States"),
];

/// (Latin, Cyrillic) towns with prisons.
const BY_TOWNS: &[(&str, &str)] = &[
    ("Minsk", "Мінск"),
    ("Mahilioŭ", "Магілёў"),
    ("Babrujsk", "Бабруйск"),
    ("Škłoŭ", "Шклоў"),
    ("Navapołack", "Наваполацк"),
    ("Hrodna", "Гродна"),
    ("Viciebsk", "Віцебск"),
    ("Homieĺ", "Гомель"),
    ("Brest", "Брэст"),
    ("Horki", "Горкі"),
    ("Ivacevičy", "Івацэвічы"),
    ("Žodzina", "Жодзіна"),
];

const STREETS: &[&str] = &[
    "вул. Савецкая",
    "вул. Леніна",
    "вул. Кірава",
    "вул. Урыцкага",
    "Паркавая вул.",
];

const ROLES: &[&str] = &[
    "union chair",
    "deputy chair of the union",
    "shop steward",
    "union staff member",
    "member of the union council",
    "labour lawyer",
    "journalist",
    "health and safety representative",
];

const CHARGES: &[&str] = &[
    "Art. 342 part 1",
    "Art. 361 part 3",
    "Art. 361-1",
    "Art. 130 part 3",
    "Art. 369",
    "Art. 356",
    "Art. 293",
];

const RELEASED_HOW: &[&str] = &[
    "pardon",
    "amnesty",
    "sentence served",
    "deported",
    "released to house arrest",
];

const ORG_KINDS: &[(&str, &str)] = &[
    ("union", "Union of {trade}"),
    ("association", "{city} Solidarity Association"),
    ("federation", "Federation of {trade} Unions"),
    ("party", "Workers' Party of {city}"),
    ("ngo", "{city} Committee for Political Prisoners"),
    ("media", "{city} Labour News"),
];

const TRADES: &[&str] = &[
    "Metalworkers",
    "Radio and Electronics Workers",
    "Miners",
    "Teachers",
    "Dockers",
    "Railway Workers",
    "Health Workers",
    "Chemical Workers",
    "Printers",
    "Transport Workers",
];

const LANGUAGES: &[(&str, &str, &str)] = &[
    (
        "en",
        "Freedom for {name}!",
        "Trade union activity is not extremism. We will not stop until every one of them is free.",
    ),
    (
        "de",
        "Freiheit für {name}!",
        "Gewerkschaftsarbeit ist kein Extremismus. Wir hören nicht auf, bis alle frei sind.",
    ),
    (
        "es",
        "¡Libertad para {name}!",
        "La actividad sindical no es extremismo. No pararemos hasta que todos estén libres.",
    ),
    (
        "pt",
        "Liberdade para {name}!",
        "Atividade sindical não é extremismo. Não vamos parar até que todos estejam livres.",
    ),
    (
        "fr",
        "Liberté pour {name} !",
        "L'activité syndicale n'est pas de l'extrémisme. Nous ne cesserons pas avant que tous soient libres.",
    ),
    (
        "be",
        "Свабоду {name}!",
        "Прафсаюзная дзейнасць — не экстрэмізм. Мы не спынімся, пакуль усе не будуць на волі.",
    ),
    (
        "pl",
        "Wolność dla {name}!",
        "Działalność związkowa to nie ekstremizm. Nie przestaniemy, dopóki wszyscy nie będą wolni.",
    ),
];

const EN_LINE_1: &str = "Freedom for {name}!";
const EN_LINE_2: &str =
    "Trade union activity is not extremism. We will not stop until every one of them is free.";

const EXTRA_LINES: &[&str] = &[
    "We sent 120 postcards this month; write to them \u{2014} \"letters are oxygen\".",
    "Solidarity has no borders.",
    "The working class is one and has no borders.",
    "Path of the open letter: \\\\shared\\letters\\2024 (ask the office).",
    "Sign the petition and share it with #FreeThem.",
    "\tIndented: a line that starts with a tab.",
];

const HOSTILE: &[&str] = &[
    "\u{1b}[31mred\u{1b}[0m",
    "\u{1b}]0;title\u{7}",
    "bell\u{7} and backspace\u{8}",
    "carriage\rreturn",
    "del\u{7f} and nul-like \u{1}",
    "bidi \u{202e}reversed\u{202c}",
];

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("constant date")
}

/// The file's "today": fixed, so computed figures are stable.
fn as_of() -> NaiveDate {
    d(2025, 6, 30)
}

/// Appends `s` as a TOML basic string (or a multi-line basic string when it
/// holds newlines), escaping quotes, backslashes and control characters.
fn push_str(out: &mut String, s: &str) {
    let multi = s.contains('\n');
    out.push_str(if multi { "\"\"\"\n" } else { "\"" });
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' if multi => out.push('\n'),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push_str(if multi { "\"\"\"" } else { "\"" });
}

/// Writes `key = value` lines into a record.
struct Rec<'a>(&'a mut String);

impl Rec<'_> {
    fn str(&mut self, key: &str, v: &str) {
        self.0.push_str(key);
        self.0.push_str(" = ");
        push_str(self.0, v);
        self.0.push('\n');
    }
    fn date(&mut self, key: &str, v: NaiveDate) {
        let _ = writeln!(self.0, "{key} = {v}");
    }
    fn raw(&mut self, key: &str, v: impl std::fmt::Display) {
        let _ = writeln!(self.0, "{key} = {v}");
    }
    fn list<S: AsRef<str>>(&mut self, key: &str, items: &[S]) {
        if items.is_empty() {
            return;
        }
        self.0.push_str(key);
        self.0.push_str(" = [");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.0.push_str(", ");
            }
            push_str(self.0, item.as_ref());
        }
        self.0.push_str("]\n");
    }
}

fn id(prefix: &str, i: usize, width: usize) -> String {
    format!("{prefix}-{:0width$}", i + 1)
}

fn width(n: usize) -> usize {
    n.max(1).to_string().len()
}

/// Some distinct indexes below `n`, at most `k`, in increasing order.
fn some_of(rng: &mut Rng, n: usize, k: usize) -> Vec<usize> {
    let mut v: Vec<usize> = (0..k.min(n)).map(|_| rng.below(n)).collect();
    v.sort_unstable();
    v.dedup();
    v
}

struct Person {
    name: String,
    aliases: Vec<String>,
    /// The Latin and Cyrillic forms, for statement texts.
    latin: String,
    cyrillic: String,
}

fn person(rng: &mut Rng) -> Person {
    let f = rng.pick(FIRST);
    let s = rng.pick(SURNAMES);
    let (latin, cyr, alt) = if rng.chance(10) {
        let s2 = rng.pick(SURNAMES);
        (
            format!("{} {}-{}", f.0, s.0, s2.0),
            format!("{} {}-{}", f.1, s.1, s2.1),
            format!("{} {}-{}", f.2, s.2, s2.2),
        )
    } else {
        (
            format!("{} {}", f.0, s.0),
            format!("{} {}", f.1, s.1),
            format!("{} {}", f.2, s.2),
        )
    };
    // Most files write the Latin form and list the Cyrillic one; some the reverse.
    let (name, mut aliases) = if rng.chance(80) {
        (latin.clone(), vec![cyr.clone()])
    } else {
        (cyr.clone(), vec![latin.clone()])
    };
    if rng.chance(40) && alt != latin {
        aliases.push(alt);
    }
    Person {
        name,
        aliases,
        latin,
        cyrillic: cyr,
    }
}

fn speaker(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(SPEAKER_FIRST), rng.pick(SPEAKER_LAST))
}

struct Org {
    id: String,
    name: String,
}

/// Writes the file for `spec` to `w`.
pub fn write_campaign(args: &Spec, w: &mut impl Write) -> io::Result<()> {
    let mut rng = Rng(args.seed);
    let today = as_of();
    let start = d(2020, 8, 9);
    let mut buf = String::with_capacity(1 << 16);

    // [campaign]
    buf.push_str("format = 1\n\n[campaign]\n");
    let mut r = Rec(&mut buf);
    r.str("name", "Synthetic test campaign (generated)");
    r.str(
        "summary",
        "Made-up data for testing campaign-dash: every name, event and statement here is fictitious.",
    );
    r.date("started", start);
    r.date("as_of", today);
    r.list(
        "hashtags",
        &["#FreeThem", "#TradeUnionRights", "#Салідарнасць"],
    );
    r.list("links", &["https://example.org/campaign"]);
    // Made-up people: their notes may stay as long as the format allows,
    // so that the file has no problem to report.
    r.raw("retain_days", 3650);
    buf.push('\n');

    // [[organisations]]
    let n_orgs = args.prisoners.max(args.events) / 100 + 5;
    let ow = width(n_orgs);
    let mut orgs = Vec::with_capacity(n_orgs);
    for i in 0..n_orgs {
        let (kind, pattern) = ORG_KINDS[i % ORG_KINDS.len()];
        let (city, country) = rng.pick(CITIES);
        let trade = rng.pick(TRADES);
        let name = pattern.replace("{trade}", trade).replace("{city}", city);
        let name = if i >= ORG_KINDS.len() * 2 {
            format!("{name} ({})", i + 1)
        } else {
            name
        };
        let short: String = name
            .split(|c: char| !c.is_alphanumeric())
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .collect();
        let org = Org {
            id: id("org", i, ow),
            name,
        };
        buf.push_str("[[organisations]]\n");
        let mut r = Rec(&mut buf);
        r.str("id", &org.id);
        r.str("name", &org.name);
        if short.chars().count() >= 2 {
            r.str("short", &short);
        }
        r.str("kind", kind);
        r.str("country", country);
        if rng.chance(70) {
            r.str("url", &format!("https://example.org/{}", org.id));
        }
        if rng.chance(20) {
            r.str(
                "notes",
                &format!(
                    "Contact through the {city} office.\nMeets on the first Monday of the month."
                ),
            );
        }
        buf.push('\n');
        orgs.push(org);
    }
    w.write_all(buf.as_bytes())?;
    buf.clear();

    // [[prisoners]]
    let pw = width(args.prisoners);
    let mut prisoner_ids = Vec::with_capacity(args.prisoners);
    let mut prisoner_names = Vec::with_capacity(args.prisoners);
    // With the story: each prisoner's id and the days letters can be dated.
    let mut letters_for: Vec<(String, NaiveDate, NaiveDate)> = Vec::new();
    let statuses = [
        ("detained", 10),
        ("imprisoned", 50),
        ("restricted", 10),
        ("released", 25),
        ("deceased", 5),
    ];
    for i in 0..args.prisoners {
        let pid = id("p", i, pw);
        let who = person(&mut rng);
        // Every status appears in the first five records, whatever N.
        let status = if i < statuses.len() {
            statuses[i].0
        } else {
            let mut roll = rng.below(100);
            let mut chosen = "imprisoned";
            for (s, weight) in statuses {
                if roll < weight {
                    chosen = s;
                    break;
                }
                roll -= weight;
            }
            chosen
        };
        buf.push_str("[[prisoners]]\n");
        let mut r = Rec(&mut buf);
        r.str("id", &pid);
        r.str("name", &who.name);
        r.list("aliases", &who.aliases);
        r.str("status", status);
        // born: mostly full dates, some partial, a few on 29 February.
        let roll = rng.below(100);
        if roll < 3 {
            let year = 1948 + 4 * rng.range(0, 13) as i32;
            r.date("born", d(year, 2, 29));
        } else if roll < 70 {
            r.date("born", rng.date(d(1945, 1, 1), d(2003, 12, 31)));
        } else if roll < 85 {
            r.str("born", &rng.range(1945, 2003).to_string());
        } else if roll < 92 {
            r.str(
                "born",
                &format!("{}-{:02}", rng.range(1945, 2003), rng.range(1, 12)),
            );
        }
        let k = rng.below(3);
        let my_orgs = some_of(&mut rng, n_orgs, k);
        let org_ids: Vec<&str> = my_orgs.iter().map(|&o| orgs[o].id.as_str()).collect();
        r.list("organisations", &org_ids);
        if rng.chance(70) {
            r.str("role", rng.pick(ROLES));
        }
        // detained <= sentenced <= released <= today.
        let detained = rng.date(start, today - Days::new(30));
        if rng.chance(95) {
            if rng.chance(88) {
                r.date("detained", detained);
            } else {
                r.str(
                    "detained",
                    &format!("{}-{:02}", detained.year(), detained.month()),
                );
            }
        }
        let sentenced = detained + Days::new(rng.range(60, 400) as u64);
        let sentenced = (status != "detained" && sentenced <= today).then_some(sentenced);
        if let Some(sentenced) = sentenced {
            r.date("sentenced", sentenced);
            let years = rng.range(1, 12);
            let sentence = if status == "restricted" {
                format!("{years} years of restricted freedom")
            } else {
                let regime = rng.pick(&["general-regime", "medium-security", "strict-regime"]);
                format!("{years} years, {regime} colony")
            };
            r.str("sentence", &sentence);
            if status == "imprisoned" || status == "restricted" {
                // Someone still imprisoned is not past their release
                // (`check` warns of that): a sentence that would have
                // ended is made long enough.
                let held = status == "imprisoned";
                match rng.below(3) {
                    0 => {
                        let mut months = years * 12;
                        let from = detained.with_day(1).unwrap_or(detained);
                        while held
                            && from
                                .checked_add_months(chrono::Months::new(months as u32))
                                .is_some_and(|due| due < today)
                        {
                            months += 12;
                        }
                        r.raw("sentence_months", months)
                    }
                    1 => {
                        // Explicit: some inside the 90-day window, most later.
                        let mut due = if rng.chance(15) {
                            today + Days::new(rng.range(0, 120) as u64)
                        } else {
                            sentenced + Days::new(rng.range(30, 4000) as u64)
                        };
                        if held && due < today {
                            due = today + (due - sentenced);
                        }
                        r.date("release_due", due);
                    }
                    _ => {}
                }
            }
        }
        let mut released_on: Option<NaiveDate> = None;
        if status == "released" || (status == "deceased" && rng.chance(60)) {
            let after = sentenced.unwrap_or(detained) + Days::new(1);
            if after <= today {
                let released = rng.date(after, today);
                released_on = Some(released);
                // A month-only date must not start before the day of the verdict.
                if rng.chance(15) && released.month() != after.month() {
                    r.str(
                        "released",
                        &format!("{}-{:02}", released.year(), released.month()),
                    );
                } else {
                    r.date("released", released);
                }
                if status == "released" {
                    r.str("released_how", rng.pick(RELEASED_HOW));
                }
            }
        }
        let k = 1 + rng.below(3);
        let charges = some_of(&mut rng, CHARGES.len(), k);
        let charges: Vec<&str> = charges.iter().map(|&c| CHARGES[c]).collect();
        r.list("charges", &charges);
        let (town, town_cyr) = rng.pick(BY_TOWNS);
        if args.story {
            // Held from the arrest to the release or today.
            letters_for.push((pid.clone(), detained, released_on.unwrap_or(today)));
        } else if status == "imprisoned" || status == "detained" {
            let place = if status == "detained" {
                "Pre-trial detention centre"
            } else if rng.chance(80) {
                "Penal colony"
            } else {
                "Prison"
            };
            let n = rng.range(1, 24);
            r.str("facility", &format!("{place} No. {n}, {town}"));
            if rng.chance(60) {
                let street = rng.pick(STREETS);
                let address = format!(
                    "{street} {}\n{} {town_cyr}\nBelarus\nto {}",
                    rng.range(1, 120),
                    rng.range(210_000, 247_999),
                    who.aliases.first().unwrap_or(&who.name)
                );
                r.str("address", &address);
            }
        }
        if rng.chance(30) {
            let sponsors: Vec<String> = (0..1 + rng.below(3))
                .map(|_| {
                    if rng.chance(50) {
                        let (city, _) = rng.pick(CITIES);
                        format!("{} branch, {city}", rng.pick(TRADES))
                    } else {
                        speaker(&mut rng)
                    }
                })
                .collect();
            r.list("sponsors", &sponsors);
        }
        if rng.chance(50) {
            r.list("sources", &[format!("https://example.org/prisoners/{pid}")]);
        }
        if rng.chance(15) {
            let mut notes = format!(
                "Letters reach {} with delays.\nWrite in Belarusian or Russian.",
                who.latin
            );
            if args.hostile && rng.chance(30) {
                notes.push_str(rng.pick(HOSTILE));
            }
            r.str("notes", &notes);
        }
        if args.story {
            // Its sub-tables come last, after every key of the prisoner.
            let end = released_on.unwrap_or(today);
            story(&mut rng, &mut buf, detained, end, (town, town_cyr));
        }
        buf.push('\n');
        prisoner_ids.push(pid);
        prisoner_names.push((who.latin, who.cyrillic));
        if buf.len() > 1 << 16 {
            w.write_all(buf.as_bytes())?;
            buf.clear();
        }
    }

    // [[events]]
    let ew = width(args.events);
    let kinds = [
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
    ];
    let mut event_ids = Vec::with_capacity(args.events);
    let mut past_events: Vec<(usize, NaiveDate)> = Vec::new();
    for i in 0..args.events {
        let eid = id("e", i, ew);
        let kind = if i < kinds.len() {
            kinds[i]
        } else {
            rng.pick(&kinds)
        };
        // About one event in ten is still to come.
        let date = if rng.chance(90) {
            rng.date(d(2021, 1, 1), today)
        } else {
            rng.date(today, today + Days::new(180))
        };
        let end = (kind == "conference" || rng.chance(5))
            .then(|| date + Days::new(rng.range(1, 3) as u64));
        let (city, country) = rng.pick(CITIES);
        let k = rng.below(4);
        let names = some_of(&mut rng, args.prisoners, k);
        let first_name = names.first().map(|&p| prisoner_names[p].0.as_str());
        let title = match (kind, first_name) {
            ("picket", Some(n)) => format!("Picket for the release of {n}"),
            ("picket", None) => format!("Solidarity picket in {city}"),
            ("rally", _) => format!("Rally for Belarusian political prisoners, {city}"),
            ("march", _) => format!("May Day march in {city}"),
            ("conference", _) => "Conference \"Trade Union Internationalism Today\"".to_owned(),
            ("meeting", _) => format!("Solidarity meeting, {city}"),
            ("vigil", _) => format!("Candle vigil in {city}"),
            ("letters", _) => "Write to a political prisoner".to_owned(),
            ("delivery", _) => format!("Handing over the petition in {city}"),
            ("online", _) => "Online meeting: trade union rights in Belarus".to_owned(),
            _ => format!("Concert for solidarity \\ {city}"),
        };
        buf.push_str("[[events]]\n");
        let mut r = Rec(&mut buf);
        r.str("id", &eid);
        r.str("title", &title);
        r.date("date", date);
        if let Some(end) = end {
            r.date("end", end);
        }
        if rng.chance(40) {
            let h = rng.range(9, 19);
            r.str("time", &format!("{h:02}:00\u{2013}{:02}:00", h + 1));
        }
        r.str("kind", kind);
        if kind != "online" {
            r.str("city", city);
            r.str("country", country);
            if rng.chance(30) {
                r.str(
                    "venue",
                    &format!("In front of the Belarusian embassy, {city}"),
                );
            }
        }
        let k = 1 + rng.below(3);
        let event_orgs = some_of(&mut rng, n_orgs, k);
        let org_ids: Vec<&str> = event_orgs.iter().map(|&o| orgs[o].id.as_str()).collect();
        r.list("organisations", &org_ids);
        let pids: Vec<&str> = names.iter().map(|&p| prisoner_ids[p].as_str()).collect();
        r.list("prisoners", &pids);
        if date <= today && rng.chance(60) {
            r.raw("attendance", rng.range(5, 2000));
        }
        if rng.chance(40) {
            r.str(
                "summary",
                &format!(
                    "Activists gathered in {city} to demand freedom for the imprisoned trade unionists.\nThey collected signatures and wrote postcards."
                ),
            );
        }
        if rng.chance(50) {
            r.list("sources", &[format!("https://example.org/events/{eid}")]);
        }
        buf.push('\n');
        if date <= today {
            past_events.push((i, date));
        }
        event_ids.push(eid);
        if buf.len() > 1 << 16 {
            w.write_all(buf.as_bytes())?;
            buf.clear();
        }
    }

    // [[statements]]
    let sw = width(args.statements);
    let skinds = [
        "speech",
        "letter",
        "resolution",
        "press",
        "social",
        "greeting",
        "interview",
        "other",
    ];
    for i in 0..args.statements {
        let at_event = (!past_events.is_empty() && rng.chance(40)).then(|| rng.pick(&past_events));
        let date = match at_event {
            Some((_, date)) => date,
            None => rng.date(d(2021, 1, 1), today),
        };
        let k = rng.below(4);
        let names = some_of(&mut rng, args.prisoners, k);
        let org = rng.chance(60).then(|| rng.below(n_orgs));
        buf.push_str("[[statements]]\n");
        let mut r = Rec(&mut buf);
        if rng.chance(80) {
            r.str("id", &id("s", i, sw));
        }
        r.date("date", date);
        match org {
            Some(o) if rng.chance(30) => r.str("author", &orgs[o].name),
            _ => r.str("author", &speaker(&mut rng)),
        }
        if rng.chance(50) {
            r.str(
                "role",
                rng.pick(&[
                    "general secretary",
                    "activist",
                    "president",
                    "member of parliament",
                    "shop steward",
                ]),
            );
        }
        if let Some(o) = org {
            r.str("organisation", &orgs[o].id);
        }
        if let Some((e, _)) = at_event {
            r.str("event", &event_ids[e]);
        }
        let pids: Vec<&str> = names.iter().map(|&p| prisoner_ids[p].as_str()).collect();
        r.list("prisoners", &pids);
        if i < skinds.len() {
            r.str("kind", skinds[i]);
        } else if rng.chance(95) {
            r.str("kind", rng.pick(&skinds));
        }
        let (lang, l1, l2) = rng.pick(LANGUAGES);
        let named = names.first().map(|&p| &prisoner_names[p]);
        let name = named.map_or("the political prisoners", |n| n.0.as_str());
        let local_name = match (lang, named) {
            ("be", Some(n)) => n.1.as_str(),
            ("be", None) => "палітвязням",
            _ => name,
        };
        let mut text = format!("{}\n{l2}", l1.replace("{name}", local_name));
        for _ in 0..rng.below(3) {
            text.push('\n');
            text.push_str(rng.pick(EXTRA_LINES));
        }
        if args.hostile && rng.chance(5) {
            text.push_str(rng.pick(HOSTILE));
        }
        if rng.chance(90) {
            r.str("language", lang);
        }
        r.str("text", &text);
        if lang != "en" && rng.chance(50) {
            r.str(
                "translation",
                &format!("{}\n{EN_LINE_2}", EN_LINE_1.replace("{name}", name)),
            );
        }
        if rng.chance(40) {
            r.str(
                "source",
                &format!("https://example.org/statements/{}", i + 1),
            );
        }
        buf.push('\n');
        if buf.len() > 1 << 16 {
            w.write_all(buf.as_bytes())?;
            buf.clear();
        }
    }

    // [[petitions]]
    let n_pet = args.petitions.unwrap_or(3 + args.events / 2000);
    let tw = width(n_pet);
    for i in 0..n_pet {
        let opened = rng.date(d(2021, 1, 1), today - Days::new(60));
        buf.push_str("[[petitions]]\n");
        let mut r = Rec(&mut buf);
        if rng.chance(90) {
            r.str("id", &id("pet", i, tw));
        }
        let who = prisoner_names
            .get(rng.below(prisoner_names.len().max(1)))
            .map_or("all political prisoners", |n| n.0.as_str());
        r.str(
            "title",
            &format!("Free {who}! Trade union activity is not extremism"),
        );
        if rng.chance(80) {
            r.str("host", &orgs[rng.below(n_orgs)].id);
        }
        r.str("url", &format!("https://example.org/petitions/{}", i + 1));
        r.date("opened", opened);
        let closed = rng
            .chance(30)
            .then(|| rng.date(opened + Days::new(30), today));
        if let Some(closed) = closed {
            r.date("closed", closed);
        }
        let goal = if rng.chance(80) {
            Some(rng.range(1, 20) as u64 * 5000)
        } else {
            None
        };
        if let Some(goal) = goal {
            r.raw("goal", goal);
        }
        // Tallies on increasing dates with non-decreasing counts; some files
        // list them newest first (the format allows any order).
        let last = closed.unwrap_or(today);
        let n_counts = rng.below(7);
        let mut counts = Vec::with_capacity(n_counts);
        let mut date = opened;
        let mut sigs = 0u64;
        for _ in 0..n_counts {
            date = rng.date(date + Days::new(1), last);
            if counts.last().is_some_and(|&(d, _)| d >= date) {
                break;
            }
            sigs += rng.range(0, 4000) as u64;
            counts.push((date, sigs));
        }
        if rng.chance(30) {
            counts.reverse();
        }
        if !counts.is_empty() {
            buf.push_str("counts = [\n");
            for (date, sigs) in counts {
                let _ = writeln!(buf, "  {{ date = {date}, signatures = {sigs} }},");
            }
            buf.push_str("]\n");
        }
        buf.push('\n');
    }
    // [[letters]]: two a prisoner, sent while they were held (a received
    // or returned one any day after the arrest up to today).
    for (pid, from, to) in &letters_for {
        for _ in 0..2 {
            let direction = rng.pick(&["sent", "sent", "received", "returned"]);
            let last = if direction == "sent" { *to } else { today };
            buf.push_str("[[letters]]\n");
            let mut r = Rec(&mut buf);
            r.date("date", rng.date(*from, last.max(*from)));
            r.str("prisoner", pid);
            r.str("direction", direction);
            if rng.chance(20) {
                r.raw("count", rng.range(2, 40));
            }
            if rng.chance(60) {
                r.str(
                    "channel",
                    rng.pick(&["post", "courier", "parcel", "online"]),
                );
            }
            if rng.chance(30) {
                r.str("by", &speaker(&mut rng));
            }
            buf.push('\n');
        }
        if buf.len() > 1 << 16 {
            w.write_all(buf.as_bytes())?;
            buf.clear();
        }
    }
    w.write_all(buf.as_bytes())?;
    Ok(())
}

/// A prisoner's risk tags, earlier arrests and places of custody, held from
/// `from` to `to`: one to three places in date order, the last with its
/// postal address.
fn story(
    rng: &mut Rng,
    buf: &mut String,
    from: NaiveDate,
    to: NaiveDate,
    (town, town_cyr): (&str, &str),
) {
    let mut r = Rec(buf);
    if rng.chance(15) {
        r.list(
            "risk",
            &[rng.pick(&["health", "isolation", "incommunicado", "terror-list"])],
        );
    }
    r.date("checked", rng.date(from, as_of()));
    let inline = rng.chance(20);
    let places = 1 + rng.below(3);
    let mut since = from;
    let mut entries = Vec::with_capacity(places);
    for k in 0..places {
        let place = match k {
            0 => "Pre-trial detention centre",
            _ if rng.chance(80) => "Penal colony",
            _ => "Prison",
        };
        let facility = format!("{place} No. {}, {town}", rng.range(1, 24));
        let address = (k + 1 == places && rng.chance(60)).then(|| {
            format!(
                "{} {}\n{} {town_cyr}\nBelarus",
                rng.pick(STREETS),
                rng.range(1, 120),
                rng.range(210_000, 247_999)
            )
        });
        entries.push((since, facility, address));
        since = rng.date(since, to.max(since));
    }
    let earlier = rng.chance(20).then(|| {
        let start = from - Days::new(rng.range(400, 900) as u64);
        (start, start + Days::new(rng.range(10, 30) as u64))
    });
    if inline {
        buf.push_str("custody = [\n");
        for (since, facility, _) in &entries {
            let _ = writeln!(buf, "  {{ since = {since}, facility = \"{facility}\" }},");
        }
        buf.push_str("]\n");
        if let Some((a, b)) = earlier {
            let _ = writeln!(
                buf,
                "earlier = [{{ detained = {a}, released = {b}, kind = \"administrative\" }}]"
            );
        }
        return;
    }
    if let Some((a, b)) = earlier {
        buf.push_str("\n[[prisoners.earlier]]\n");
        let mut r = Rec(buf);
        r.date("detained", a);
        r.date("released", b);
        r.str("kind", "administrative");
        r.str("sentence", &format!("{} days", (b - a).num_days()));
    }
    for (since, facility, address) in entries {
        buf.push_str("\n[[prisoners.custody]]\n");
        let mut r = Rec(buf);
        r.date("since", since);
        r.str("facility", &facility);
        if let Some(a) = address {
            r.str("address", &a);
        }
    }
}
