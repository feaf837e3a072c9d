//! "Did you mean …?": the nearest known word to a misspelt one.

/// The candidate nearest to `word`, if one is near enough to be a likely
/// misspelling: the same word in other case, an edit distance small for the
/// word's length (a swap of two letters counts as one edit), or, for longer
/// words, one containing the other (`yarashuk` for `aliaksandr-yarashuk`).
pub fn nearest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let lower = word.to_lowercase();
    let mut best: Option<(usize, &'a str)> = None;
    for cand in candidates {
        if cand == word {
            continue;
        }
        let cand_lower = cand.to_lowercase();
        let score = if cand_lower == lower {
            0
        } else {
            let dist = strsim::damerau_levenshtein(&lower, &cand_lower);
            let len = lower.chars().count().max(cand_lower.chars().count());
            let allowed = match len {
                0..=3 => 1,
                4..=7 => 2,
                _ => 3,
            };
            if dist <= allowed {
                dist
            } else if lower.chars().count() >= 4
                && (cand_lower.contains(&lower) || lower.contains(&cand_lower))
            {
                allowed + 1
            } else {
                continue;
            }
        };
        if best.is_none_or(|(s, _)| score < s) {
            best = Some((score, cand));
        }
    }
    best.map(|(_, c)| c)
}

/// "did you mean `x`?" for the nearest candidate, if any.
pub fn did_you_mean<'a, I>(word: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
{
    nearest(word, candidates).map(|c| crate::t!("check-did-you-mean", word = c))
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEYS: &[&str] = &["detained", "sentenced", "released", "status", "name", "id"];

    #[test]
    fn finds_typos_swaps_and_case() {
        assert_eq!(nearest("detaned", KEYS.iter().copied()), Some("detained"));
        assert_eq!(
            nearest("sentecned", KEYS.iter().copied()),
            Some("sentenced")
        );
        assert_eq!(nearest("Status", KEYS.iter().copied()), Some("status"));
        assert_eq!(nearest("nmae", KEYS.iter().copied()), Some("name"));
        assert_eq!(nearest("ids", KEYS.iter().copied()), Some("id"));
    }

    #[test]
    fn stays_quiet_when_nothing_is_close() {
        assert_eq!(nearest("colour", KEYS.iter().copied()), None);
        assert_eq!(nearest("x", KEYS.iter().copied()), None);
        assert_eq!(nearest("detained", ["detained"]), None);
        assert_eq!(nearest("anything", std::iter::empty()), None);
    }

    #[test]
    fn finds_an_id_by_part() {
        let ids = ["aliaksandr-yarashuk", "siarhei-antusevich"];
        assert_eq!(nearest("yarashuk", ids), Some("aliaksandr-yarashuk"));
        assert_eq!(nearest("antusevich", ids), Some("siarhei-antusevich"));
        assert_eq!(
            did_you_mean("siarhei-antusevic", ids).as_deref(),
            Some("did you mean `siarhei-antusevich`?")
        );
    }
}
