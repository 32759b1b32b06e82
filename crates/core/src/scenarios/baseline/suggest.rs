//! Which imported indicators could give a benefit group's full-year persons, found by name.

use super::super::model::ScenarioSet;
use crate::indicators::import::areas::fold_char;
use crate::indicators::IndicatorData;

/// Words of a group's name that say nothing about the benefit ("mv." in "Sygedagpenge mv.").
const SKIP: [&str; 16] = [
    "mv", "mm", "og", "af", "til", "med", "for", "paa", "der", "de", "en", "et", "the", "of",
    "and", "in",
];

/// Words that mark a count of full-year persons, the figure a group's persons are.
const PERSONS: [&str; 4] = [
    "fuldtidspersoner",
    "helaarspersoner",
    "fuldtidsmodtagere",
    "faktisk antal",
];

/// Words that mark a share or a rate, not a count.
const SHARES: [&str; 4] = ["pct", "procent", "andel", "percent"];

/// Candidate indicators for every benefit group of the set, in the groups' order: the
/// imported indicators whose name has a word of the group's name ("Sygedagpenge" in "Antal
/// fuldtidspersoner (Sygedagpenge)"), ignoring case and writing æ, ø, å and accented letters
/// in ASCII, best first. A whole word counts 2, a word inside a longer one (at least five
/// letters) counts 1; at the same count, names with "fuldtidspersoner", "helårspersoner" or
/// "Faktisk antal" that are not a share ("pct.", "andel") come first, then indicators with
/// figures for the municipality, then the names in order. A group no name matches has an
/// empty list.
pub fn suggest_links(set: &ScenarioSet, data: &IndicatorData) -> Vec<(String, Vec<String>)> {
    let indicators: Vec<(&str, String, bool)> = data
        .indicators()
        .into_iter()
        .map(|name| {
            let own = data.series(name, &data.comparison.own).is_some();
            (name, fold(name), own)
        })
        .collect();
    set.assumptions
        .groups
        .iter()
        .map(|group| {
            let folded = fold(&group.name);
            let want: Vec<&str> = folded
                .split(' ')
                .filter(|w| w.chars().count() >= 3 && !SKIP.contains(w))
                .collect();
            let mut scored: Vec<(u32, bool, bool, &str)> = indicators
                .iter()
                .filter_map(|(name, folded, own)| {
                    let score = match_score(&want, folded);
                    (score > 0).then(|| (score, counts_persons(folded), *own, *name))
                })
                .collect();
            scored.sort_by(|a, b| {
                (b.0, b.1, b.2)
                    .cmp(&(a.0, a.1, a.2))
                    .then_with(|| a.3.cmp(b.3))
            });
            let names = scored.into_iter().map(|s| s.3.to_owned()).collect();
            (group.id.clone(), names)
        })
        .collect()
}

fn match_score(want: &[&str], indicator: &str) -> u32 {
    let have: Vec<&str> = indicator.split(' ').collect();
    want.iter()
        .map(|w| {
            if have.contains(w) {
                2
            } else if have
                .iter()
                .any(|h| h.len() >= 5 && w.len() >= 5 && (h.contains(w) || w.contains(h)))
            {
                1
            } else {
                0
            }
        })
        .sum()
}

fn counts_persons(folded: &str) -> bool {
    let words: Vec<&str> = folded.split(' ').collect();
    PERSONS.iter().any(|p| folded.contains(p)) && !SHARES.iter().any(|s| words.contains(s))
}

/// Lower case with Latin-1 letters in ASCII (æ → ae, ø → oe, å → aa, é → e, …), every other
/// character but letters and digits as one space between words.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(fold_char) {
        let ascii = match c {
            'æ' => "ae",
            'ø' => "oe",
            'å' => "aa",
            'ß' => "ss",
            'à'..='ä' => "a",
            'ç' => "c",
            'è'..='ë' => "e",
            'ì'..='ï' => "i",
            'ñ' => "n",
            'ò'..='ö' => "o",
            'ù'..='ü' => "u",
            'ý' | 'ÿ' => "y",
            c if c.is_alphanumeric() => {
                out.push(crate::casefold::lower_char(c));
                continue;
            }
            _ => " ",
        };
        if ascii == " " && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push_str(ascii);
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_danish_letters_case_and_punctuation() {
        assert_eq!(fold("Førtidspension"), "foertidspension");
        assert_eq!(fold("Kontanthjælp, JOBPARATE"), "kontanthjaelp jobparate");
        assert_eq!(
            fold("Antal helårspersoner (Ressourceforløb)"),
            "antal helaarspersoner ressourceforloeb"
        );
        assert_eq!(fold("  Sygedagpenge mv. "), "sygedagpenge mv");
        assert_eq!(fold("Créme"), "creme");
    }

    #[test]
    fn scores_whole_words_above_parts() {
        assert_eq!(
            match_score(&["sygedagpenge"], "antal fuldtidspersoner sygedagpenge"),
            2
        );
        assert_eq!(match_score(&["sygedagpenge"], "sygedagpengeforloeb"), 1);
        assert_eq!(match_score(&["sygedagpenge"], "kontanthjaelp"), 0);
        assert!(counts_persons("antal fuldtidspersoner sygedagpenge"));
        assert!(!counts_persons("fuldtidspersoner i pct af arbejdsstyrken"));
        assert!(counts_persons("faktisk antal"));
    }
}
