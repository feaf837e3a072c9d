//! The status of a prisoner whose row does not state it (or says only "in
//! custody", as Viasna's `active` and "political prisoner" do): taken from
//! the facts the row gives, by the rules of [`RULES`], first that applies.
//! Every such status is a guess, and `import` says each one.

use crate::model::Status;

/// What the row gives, for the rules.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Facts<'a> {
    /// The place of custody, with its column.
    pub(super) place: Option<(usize, &'a str)>,
    /// A sentence or the day of a verdict, with its column.
    pub(super) sentence: Option<usize>,
    /// A day of release, with its column.
    pub(super) released: Option<usize>,
    /// Only "in custody" is known (Viasna's `active`): a release is not.
    pub(super) in_custody: bool,
}

/// A rule: the status it gives, and whether it applies to the facts (the
/// column that decided it and why, in words).
pub(super) struct Rule {
    pub(super) status: Status,
    pub(super) applies: fn(&Facts<'_>) -> Option<(usize, String)>,
}

/// The words of a place of custody that say what kind of place it is, as
/// [`super::headers::normal`] leaves them: a whole word of the place's
/// name (`ИК-15` has the word `ик`), or a phrase in it.
pub(super) const COLONIES: &[&str] = &[
    "ик",
    "пк",
    "ит",
    "кп",
    "лтп",
    "колония",
    "калонія",
    "тюрьма",
    "турма",
    "исправительная",
    "папраўчая",
    "colony",
    "prison",
    "penitentiary",
    "jail",
];

/// Pre-trial places: remand prisons (СИЗО / СІЗА), temporary detention
/// (ИВС / ІЧУ), the centres of isolation of offenders (ЦИП / ЦІП).
pub(super) const PRE_TRIAL: &[&str] = &[
    "сизо",
    "сіза",
    "ивс",
    "іву",
    "ічу",
    "цип",
    "ціп",
    "pre-trial",
    "remand",
    "detention centre",
    "detention center",
];

/// Whether `place` names a place of one of `words`.
fn names(place: &str, words: &[&str]) -> bool {
    let text = super::headers::normal(place);
    let tokens: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    words.iter().any(|w| {
        if w.contains(|c: char| !c.is_alphanumeric()) {
            text.contains(w)
        } else {
            tokens.contains(w)
        }
    })
}

/// The rules, in the order they are tried.
pub(super) const RULES: [Rule; 4] = [
    Rule {
        status: Status::Released,
        applies: |f| {
            f.released
                .filter(|_| !f.in_custody)
                .map(|at| (at, "a release date is given".to_owned()))
        },
    },
    Rule {
        status: Status::Imprisoned,
        applies: |f| {
            f.place
                .filter(|(_, p)| names(p, COLONIES))
                .map(|(at, p)| (at, format!("{p:?} is a penal colony or prison")))
        },
    },
    Rule {
        status: Status::Detained,
        applies: |f| {
            f.place
                .filter(|(_, p)| names(p, PRE_TRIAL))
                .map(|(at, p)| (at, format!("{p:?} is a pre-trial place")))
        },
    },
    Rule {
        status: Status::Imprisoned,
        applies: |f| f.sentence.map(|at| (at, "a sentence is given".to_owned())),
    },
];

/// The status the facts give, the column that decided it and why; `None`
/// when no rule applies (then the prisoner is taken as detained, and that
/// is said too).
pub(super) fn from_facts(facts: &Facts<'_>) -> Option<(Status, usize, String)> {
    RULES
        .iter()
        .find_map(|rule| (rule.applies)(facts).map(|(at, why)| (rule.status, at, why)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(place: &str) -> Option<Status> {
        from_facts(&Facts {
            place: Some((0, place)),
            ..Facts::default()
        })
        .map(|(s, _, _)| s)
    }

    #[test]
    fn each_rule_of_the_table() {
        use Status::*;
        for (place, status) in [
            ("ИК-15 Новополоцк", Some(Imprisoned)),
            ("ПК-9 Горкі", Some(Imprisoned)),
            ("Исправительная колония №2", Some(Imprisoned)),
            ("Penal colony No. 2, Babruisk", Some(Imprisoned)),
            ("Prison No. 4, Mahilioŭ", Some(Imprisoned)),
            ("СИЗО-1 Минск", Some(Detained)),
            ("СІЗА-1", Some(Detained)),
            ("ИВС Гомель", Some(Detained)),
            ("ЦИП Окрестина", Some(Detained)),
            ("pre-trial detention centre No. 1", Some(Detained)),
            ("hospital", None),
            // A word inside another is not it: "Пик" is no ИК.
            ("Пик", None),
        ] {
            assert_eq!(at(place), status, "{place}");
        }
        // A release first; "in custody" alone never makes one released.
        let facts = Facts {
            place: Some((2, "ИК-3")),
            released: Some(4),
            ..Facts::default()
        };
        assert_eq!(from_facts(&facts).map(|g| (g.0, g.1)), Some((Released, 4)));
        let held = Facts {
            in_custody: true,
            ..facts
        };
        assert_eq!(from_facts(&held).map(|g| g.0), Some(Imprisoned));
        // A sentence, where no place says it.
        let sentenced = Facts {
            sentence: Some(3),
            ..Facts::default()
        };
        assert_eq!(from_facts(&sentenced).map(|g| g.0), Some(Imprisoned));
        assert_eq!(from_facts(&Facts::default()), None);
    }
}
