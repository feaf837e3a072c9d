//! Names in Cyrillic written in Latin letters, for a list that gives no
//! Latin form: the sort and the Latin filter need one.
//!
//! - Belarusian text (one with і or ў) by the official Belarusian system:
//!   the national romanisation of Belarusian geographical names, Instruction
//!   of the State Committee on Land Resources, Geodesy and Cartography of
//!   Belarus, 2007, adopted by the UN Group of Experts on Geographical Names
//!   (UNGEGN) in 2007: "Алесь Бяляцкі" → "Alieś Bialiacki".
//! - Any other Cyrillic text as Russian, by the ICAO table of Doc 9303
//!   (Machine Readable Travel Documents, part 3), which Russian passports
//!   follow since 2013: "Иванов Пётр" → "Ivanov Petr".

/// Whether a column headed `header` writes the family name first ("ФИО",
/// "Фамилия Имя Отчество", "Прозвішча, імя", "Surname, name").
pub(super) fn family_first(header: &str) -> bool {
    let h = super::headers::normal(header);
    [
        "фио",
        "ф.и.о",
        "фамилия",
        "прозвішча",
        "surname",
        "family name",
        "last name",
    ]
    .iter()
    .any(|start| h.starts_with(start))
}

/// Which table a text takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Language {
    Belarusian,
    Russian,
}

/// Belarusian by its letters (і, ў), else Russian.
pub(super) fn language(text: &str) -> Language {
    if text.chars().any(|c| matches!(c, 'і' | 'І' | 'ў' | 'Ў')) {
        Language::Belarusian
    } else {
        Language::Russian
    }
}

/// Russian, ICAO Doc 9303.
const ICAO: &[(char, &str)] = &[
    ('а', "a"),
    ('б', "b"),
    ('в', "v"),
    ('г', "g"),
    ('д', "d"),
    ('е', "e"),
    ('ё', "e"),
    ('ж', "zh"),
    ('з', "z"),
    ('и', "i"),
    ('й', "i"),
    ('к', "k"),
    ('л', "l"),
    ('м', "m"),
    ('н', "n"),
    ('о', "o"),
    ('п', "p"),
    ('р', "r"),
    ('с', "s"),
    ('т', "t"),
    ('у', "u"),
    ('ф', "f"),
    ('х', "kh"),
    ('ц', "ts"),
    ('ч', "ch"),
    ('ш', "sh"),
    ('щ', "shch"),
    ('ъ', "ie"),
    ('ы', "y"),
    ('ь', ""),
    ('э', "e"),
    ('ю', "iu"),
    ('я', "ia"),
    // Belarusian and Ukrainian letters met in a Russian text.
    ('і', "i"),
    ('ў', "u"),
    ('є', "ie"),
    ('ї', "i"),
    ('ґ', "g"),
];

/// Belarusian, the 2007 national system: the letters that do not depend
/// on their neighbours.
const BELARUSIAN: &[(char, &str)] = &[
    ('а', "a"),
    ('б', "b"),
    ('в', "v"),
    ('г', "h"),
    ('ґ', "g"),
    ('д', "d"),
    ('ж', "ž"),
    ('з', "z"),
    ('і', "i"),
    ('и', "i"),
    ('й', "j"),
    ('к', "k"),
    ('л', "l"),
    ('м', "m"),
    ('н', "n"),
    ('о', "o"),
    ('п', "p"),
    ('р', "r"),
    ('с', "s"),
    ('т', "t"),
    ('у', "u"),
    ('ў', "ŭ"),
    ('ф', "f"),
    ('х', "ch"),
    ('ц', "c"),
    ('ч', "č"),
    ('ш', "š"),
    ('щ', "šč"),
    ('ы', "y"),
    ('э', "e"),
    ('ъ', ""),
];

/// The Belarusian iotated vowels: after a consonant (`ia`), else (`ja`).
const IOTATED: &[(char, &str, &str)] = &[
    ('е', "ie", "je"),
    ('ё', "io", "jo"),
    ('ю', "iu", "ju"),
    ('я', "ia", "ja"),
];

/// Consonants a soft sign marks with an acute: ль → ĺ, нь → ń, …
const SOFTENED: &[(char, &str)] = &[('л', "ĺ"), ('н', "ń"), ('с', "ś"), ('з', "ź"), ('ц', "ć")];

fn is_consonant(c: char) -> bool {
    "бвгґджзйклмнпрстўфхцчшщ".contains(c)
}

/// `latin` with its first letter upper case where `upper`.
fn cased(latin: &str, upper: bool) -> String {
    if !upper {
        return latin.to_owned();
    }
    let mut chars = latin.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `text` in Latin letters by the table of its [`language`]; what is not
/// Cyrillic stays as it is.
pub(super) fn romanize(text: &str) -> String {
    romanize_as(text, language(text))
}

/// `text` in Latin letters by the table of `lang` (a part of a name, by
/// the language of the whole).
pub(super) fn romanize_as(text: &str, lang: Language) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let upper = c != lower;
        let next = chars
            .get(i + 1)
            .map(|n| n.to_lowercase().next().unwrap_or(*n));
        let prev = i
            .checked_sub(1)
            .and_then(|p| chars.get(p))
            .map(|p| p.to_lowercase().next().unwrap_or(*p));
        let latin: String = match lang {
            Language::Russian => match ICAO.iter().find(|(k, _)| *k == lower) {
                Some((_, l)) => cased(l, upper),
                None if lower == '\'' || lower == 'ʼ' || lower == '’' => String::new(),
                None => c.to_string(),
            },
            Language::Belarusian => {
                if let Some((_, soft, hard)) = IOTATED.iter().find(|(k, ..)| *k == lower) {
                    let after_consonant = prev.is_some_and(is_consonant);
                    cased(if after_consonant { soft } else { hard }, upper)
                } else if lower == 'ь' || matches!(lower, '\'' | 'ʼ' | '’') {
                    String::new()
                } else if let (Some((_, acute)), Some('ь')) =
                    (SOFTENED.iter().find(|(k, _)| *k == lower), next)
                {
                    cased(acute, upper)
                } else if let Some((_, l)) = BELARUSIAN.iter().find(|(k, _)| *k == lower) {
                    cased(l, upper)
                } else {
                    c.to_string()
                }
            }
        };
        out.push_str(&latin);
    }
    out
}

/// The family name of a full name: the part before a comma ("Ярашук,
/// Аляксандр"); its first word where the column writes the family name
/// first (`family_first`: a header "ФИО", "Прозвішча, імя") or the last
/// word is a patronymic ("Ярашук Аляксандр Сцяпанавіч"); else its last
/// word ("Алесь Бяляцкі").
pub(super) fn family_name(name: &str, family_first: bool) -> &str {
    // "Ярашук, Аляксандр": the family name before the comma.
    if let Some((family, _)) = name.split_once(',') {
        return family.trim();
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let patronymic = |w: &str| {
        let w = w.to_lowercase();
        ["вич", "вна", "ична", "інічна", "віч", "ўна", "ич"]
            .iter()
            .any(|end| w.ends_with(end))
    };
    match words.as_slice() {
        [first, _, ..] if family_first => first,
        [first, _, last] if patronymic(last) => first,
        [.., last] => last,
        [] => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn belarusian_by_the_national_system_russian_by_icao() {
        for (cyrillic, latin) in [
            ("Алесь Бяляцкі", "Alieś Bialiacki"),
            ("Аляксандр Ярашук", "Aliaksandr Iarashuk"),
            ("Аляксандр Ярашук і", "Aliaksandr Jarašuk i"),
            ("Марыя Калеснікава", "Maryja Kaliesnikava"),
            ("Віталь Гаўрыла", "Vitaĺ Haŭryla"),
            ("Ігар Лосік", "Ihar Losik"),
            ("Сяргей Антусевіч", "Siarhiej Antusievič"),
            ("Иванов Пётр Сергеевич", "Ivanov Petr Sergeevich"),
            ("Щукин Юрий", "Shchukin Iurii"),
            ("Хабаров Цезарь", "Khabarov Tsezar"),
            ("Zoë Müller", "Zoë Müller"),
        ] {
            assert_eq!(romanize(cyrillic), latin, "{cyrillic}");
        }
        assert_eq!(language("Алесь Бяляцкі"), Language::Belarusian);
        assert_eq!(language("Иванов Пётр"), Language::Russian);
    }

    #[test]
    fn the_family_name_is_first_before_a_patronymic() {
        assert_eq!(family_name("Ярашук Аляксандр Сцяпанавіч", false), "Ярашук");
        assert_eq!(family_name("Кузнецова Анна Петровна", false), "Кузнецова");
        assert_eq!(family_name("Алесь Бяляцкі", false), "Бяляцкі");
        assert_eq!(family_name("Сидоров Сидор", true), "Сидоров");
        assert_eq!(family_name("Бяляцкі", true), "Бяляцкі");
        assert_eq!(family_name("Ярашук, Александр", false), "Ярашук");
    }
}
