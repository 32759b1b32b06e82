//! Linking the plan's measures to imported indicators: by name (ignoring case, punctuation,
//! spacing and words that say nothing about what is measured) or by hand.

use super::{IndicatorData, MeasureLink};

impl IndicatorData {
    /// Links every unlinked measure whose indicator text names an imported indicator
    /// (ignoring case, punctuation and spacing). Returns how many were linked.
    pub fn link_matching<'a>(&mut self, measures: impl Iterator<Item = (&'a str, &'a str)>) -> u64 {
        let names: Vec<(String, String)> = self
            .indicators()
            .into_iter()
            .map(|n| (normalize(n), n.to_owned()))
            .collect();
        let mut linked = 0;
        for (measure_id, text) in measures {
            if self.link_for(measure_id).is_some() {
                continue;
            }
            let want = normalize(text);
            if let Some((_, name)) = names.iter().find(|(n, _)| *n == want) {
                self.links.push(MeasureLink {
                    measure_id: measure_id.to_owned(),
                    indicator: name.clone(),
                    automatic: true,
                });
                linked += 1;
            }
        }
        linked
    }

    /// Links (or unlinks, with `None`) a measure by hand.
    pub fn set_link(&mut self, measure_id: &str, indicator: Option<&str>) {
        self.links.retain(|l| l.measure_id != measure_id);
        if let Some(indicator) = indicator {
            self.links.push(MeasureLink {
                measure_id: measure_id.to_owned(),
                indicator: indicator.to_owned(),
                automatic: false,
            });
        }
    }

    /// Removes a measure's link as the user undoes it: a link an import made is declined, so
    /// later imports do not make it again; a link made by hand is simply removed.
    pub fn remove_link(&mut self, measure_id: &str) {
        if !self.decline_link(measure_id) {
            self.set_link(measure_id, None);
        }
    }

    /// Imported indicators ranked by how well their words match a measure's text, best
    /// first; for choosing a link by hand. A shared word counts 1, a word inside another
    /// ("personer" in "helårspersoner") counts a half; small words do not count.
    pub fn candidates(&self, text: &str) -> Vec<&str> {
        let want: Vec<String> = words(text)
            .into_iter()
            .filter(|w| !STOP_WORDS.contains(&w.as_str()))
            .collect();
        let mut scored: Vec<(u32, &str)> = self
            .indicators()
            .into_iter()
            .map(|name| {
                let have = words(name);
                let score: u32 = want
                    .iter()
                    .map(|w| {
                        if have.contains(w) {
                            2
                        } else if have.iter().any(|h| {
                            h.len() >= 5
                                && w.len() >= 5
                                && (h.contains(w.as_str()) || w.contains(h.as_str()))
                        }) {
                            1
                        } else {
                            0
                        }
                    })
                    .sum();
                (score, name)
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        scored.into_iter().map(|(_, n)| n).collect()
    }
}

/// Words that say nothing about what is measured.
const STOP_WORDS: [&str; 16] = [
    "på", "i", "af", "og", "til", "med", "for", "der", "de", "en", "et", "the", "of", "in", "on",
    "at",
];

/// Whether two names are the same but for case, punctuation and spacing.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    normalize(a) == normalize(b)
}

fn normalize(text: &str) -> String {
    words(text).join(" ")
}

fn words(text: &str) -> Vec<String> {
    crate::casefold::lower(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}
