//! The length of a sentence written in words, as the lists write it ("4
//! года колонии", "2 гады 6 месяцаў", "3 years 6 months", "1 год и 6 месяцев
//! лишения свободы"), read into months for `sentence_months`, in Russian,
//! Belarusian and English, with numbers in digits or in words up to 25
//! ("пять лет", "пяць гадоў", "twenty-one years"). The text itself stays
//! the record's `sentence`: the regime is in it.
//!
//! Sentences without custody (a fine, "домашняя химия", restricted freedom)
//! are read as such: no months of prison to count.

/// What a sentence's text says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sentence {
    /// So many months behind bars.
    Months(u32),
    /// A fine, or restricted freedom without a length read: no months.
    WithoutCustody,
}

/// The number words, each with its value: Russian, Belarusian, English.
const NUMBERS: &[(&str, u32)] = &[
    ("ноль", 0),
    ("один", 1),
    ("одна", 1),
    ("одного", 1),
    ("одну", 1),
    ("два", 2),
    ("две", 2),
    ("двух", 2),
    ("три", 3),
    ("трёх", 3),
    ("трех", 3),
    ("четыре", 4),
    ("четырёх", 4),
    ("четырех", 4),
    ("пять", 5),
    ("шесть", 6),
    ("семь", 7),
    ("восемь", 8),
    ("девять", 9),
    ("десять", 10),
    ("одиннадцать", 11),
    ("двенадцать", 12),
    ("тринадцать", 13),
    ("четырнадцать", 14),
    ("пятнадцать", 15),
    ("шестнадцать", 16),
    ("семнадцать", 17),
    ("восемнадцать", 18),
    ("девятнадцать", 19),
    ("двадцать", 20),
    ("адзін", 1),
    ("адна", 1),
    ("аднаго", 1),
    ("дзве", 2),
    ("двух", 2),
    ("тры", 3),
    ("чатыры", 4),
    ("пяць", 5),
    ("шэсць", 6),
    ("сем", 7),
    ("восем", 8),
    ("дзевяць", 9),
    ("дзесяць", 10),
    ("адзінаццаць", 11),
    ("дванаццаць", 12),
    ("трынаццаць", 13),
    ("чатырнаццаць", 14),
    ("пятнаццаць", 15),
    ("шаснаццаць", 16),
    ("сямнаццаць", 17),
    ("васямнаццаць", 18),
    ("дзевятнаццаць", 19),
    ("дваццаць", 20),
    ("zero", 0),
    ("one", 1),
    ("a", 1),
    ("an", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
];

/// The words of a year and of a month, in every form the three languages
/// give them.
const YEARS: &[&str] = &[
    "год",
    "года",
    "годы",
    "лет",
    "годам",
    "г",
    "гады",
    "гадоў",
    "гадоу",
    "year",
    "years",
    "yr",
    "yrs",
];
const MONTHS: &[&str] = &[
    "месяц",
    "месяца",
    "месяцев",
    "месяцы",
    "мес",
    "месяцаў",
    "месяцау",
    "month",
    "months",
    "mo",
    "mos",
];
/// Half a year in one word.
const HALF_YEAR: &[&str] = &["полгода", "паўгода", "паугода"];

/// Sentences without custody.
const WITHOUT_CUSTODY: &[&str] = &[
    "штраф",
    "штрафа",
    "fine",
    "fined",
    "химия",
    "химии",
    "хімія",
    "хіміі",
    "restricted freedom",
    "ограничение свободы",
    "ограничения свободы",
    "абмежаванне волі",
    "абмежавання волі",
];

/// Reads `text`; `None` where no length and no sentence without custody is
/// found in it.
pub(super) fn read(text: &str) -> Option<Sentence> {
    let lower = text.to_lowercase().replace('ё', "е");
    // Words, numbers kept whole ("1,5", "1.5"); hyphens split
    // ("twenty-one", "4-х").
    let tokens: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == ','))
        .flat_map(|t| t.split('-'))
        .map(|t| t.trim_matches(|c| c == '.' || c == ','))
        .filter(|t| !t.is_empty())
        .collect();
    let mut months: Option<u32> = None;
    // A number read, waiting for its unit: whole part and tenths.
    let mut pending: Option<(u32, u32)> = None;
    let add = |months: &mut Option<u32>, n: u32| *months = Some(months.unwrap_or(0) + n);
    for t in &tokens {
        if let Some(n) = number(t) {
            pending = Some(match pending {
                // "двадцать пять", "twenty one".
                Some((tens, 0)) if tens >= 20 && tens % 10 == 0 && n.0 < 10 && n.1 == 0 => {
                    (tens + n.0, 0)
                }
                _ => n,
            });
            continue;
        }
        if HALF_YEAR.contains(t) {
            add(&mut months, 6);
            continue;
        }
        let unit = if YEARS.contains(t) {
            Some(12)
        } else if MONTHS.contains(t) {
            Some(1)
        } else {
            None
        };
        if let (Some(unit), Some((whole, tenths))) = (unit, pending) {
            add(&mut months, whole * unit + tenths * unit / 10);
            pending = None;
        }
    }
    if let Some(m) = months {
        return Some(Sentence::Months(m));
    }
    WITHOUT_CUSTODY
        .iter()
        .any(|w| {
            if w.contains(' ') {
                lower.contains(w)
            } else {
                tokens.contains(w)
            }
        })
        .then_some(Sentence::WithoutCustody)
}

/// A number in digits ("4", "1,5", "1.5") or in words, as (whole, tenths).
fn number(t: &str) -> Option<(u32, u32)> {
    if let Some(&(_, n)) = NUMBERS.iter().find(|(w, _)| *w == t) {
        return Some((n, 0));
    }
    let t = t.replace(',', ".");
    match t.split_once('.') {
        Some((whole, tenth)) if tenth.len() == 1 => {
            Some((whole.parse().ok()?, tenth.parse().ok()?))
        }
        Some(_) => None,
        None => t.parse().ok().map(|n| (n, 0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_forms_of_the_lists_read() {
        for (text, read_as) in [
            ("4 года колонии", Some(Sentence::Months(48))),
            ("2 гады 6 месяцаў", Some(Sentence::Months(30))),
            ("3 years 6 months", Some(Sentence::Months(42))),
            (
                "1 год и 6 месяцев лишения свободы",
                Some(Sentence::Months(18)),
            ),
            ("пять лет", Some(Sentence::Months(60))),
            ("пяць гадоў", Some(Sentence::Months(60))),
            (
                "двадцать пять лет строгого режима",
                Some(Sentence::Months(300)),
            ),
            ("twenty-one years", Some(Sentence::Months(252))),
            ("1,5 года", Some(Sentence::Months(18))),
            ("1.5 years", Some(Sentence::Months(18))),
            ("полгода", Some(Sentence::Months(6))),
            ("10 гадоў пазбаўлення волі", Some(Sentence::Months(120))),
            (
                "9 years, medium-security colony",
                Some(Sentence::Months(108)),
            ),
            ("штраф", Some(Sentence::WithoutCustody)),
            ("fine", Some(Sentence::WithoutCustody)),
            ("домашняя химия", Some(Sentence::WithoutCustody)),
            ("restricted freedom", Some(Sentence::WithoutCustody)),
            ("3 года ограничения свободы", Some(Sentence::Months(36))),
            ("приговор не вынесен", None),
            ("", None),
        ] {
            assert_eq!(read(text), read_as, "{text}");
        }
    }

    /// The number `n` (0 to 25) in words, in `lang`.
    fn words(n: u32, lang: usize) -> String {
        const RU: [&str; 21] = [
            "ноль",
            "один",
            "два",
            "три",
            "четыре",
            "пять",
            "шесть",
            "семь",
            "восемь",
            "девять",
            "десять",
            "одиннадцать",
            "двенадцать",
            "тринадцать",
            "четырнадцать",
            "пятнадцать",
            "шестнадцать",
            "семнадцать",
            "восемнадцать",
            "девятнадцать",
            "двадцать",
        ];
        const BE: [&str; 21] = [
            "ноль",
            "адзін",
            "два",
            "тры",
            "чатыры",
            "пяць",
            "шэсць",
            "сем",
            "восем",
            "дзевяць",
            "дзесяць",
            "адзінаццаць",
            "дванаццаць",
            "трынаццаць",
            "чатырнаццаць",
            "пятнаццаць",
            "шаснаццаць",
            "сямнаццаць",
            "васямнаццаць",
            "дзевятнаццаць",
            "дваццаць",
        ];
        const EN: [&str; 21] = [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ];
        let table = [RU, BE, EN][lang];
        match n {
            0..=20 => table[n as usize].to_owned(),
            _ if lang == 2 => format!("twenty-{}", table[(n - 20) as usize]),
            _ => format!("{} {}", table[20], table[(n - 20) as usize]),
        }
    }

    /// The unit after `n`, in `lang`, in its grammatical form.
    fn unit(n: u32, lang: usize, years: bool) -> &'static str {
        let (one, few, many) = match (lang, years) {
            (0, true) => ("год", "года", "лет"),
            (0, false) => ("месяц", "месяца", "месяцев"),
            (1, true) => ("год", "гады", "гадоў"),
            (1, false) => ("месяц", "месяцы", "месяцаў"),
            (_, true) => ("year", "years", "years"),
            (_, false) => ("month", "months", "months"),
        };
        match (n % 10, n % 100) {
            (1, m) if m != 11 => one,
            (2..=4, m) if !(12..=14).contains(&m) => few,
            _ => many,
        }
    }

    proptest! {
        /// Any length up to 25 years and 11 months, written as each
        /// language writes it (years in words, months in digits or words),
        /// reads back the same.
        #[test]
        fn any_length_written_in_each_language_reads_back(
            months in 1u32..(26 * 12),
            lang in 0usize..3,
            digits in any::<bool>(),
        ) {
            let (y, m) = (months / 12, months % 12);
            let mut parts = Vec::new();
            if y > 0 {
                parts.push(format!("{} {}", words(y, lang), unit(y, lang, true)));
            }
            if m > 0 {
                let n = if digits { m.to_string() } else { words(m, lang) };
                parts.push(format!("{n} {}", unit(m, lang, false)));
            }
            let and = [" и ", " і ", " and "][lang];
            let text = parts.join(and);
            prop_assert_eq!(read(&text), Some(Sentence::Months(months)), "{}", text);
        }
    }
}
