//! Checking a committee case for what the edits keep true, for a case read from a file: ids
//! unique, each place on one lever part with a footnote, decisions real, dated in order and
//! not "Afventer", and no empty text.

use std::collections::HashSet;

use super::decision::{is_real_date, DecisionStatus};
use super::{CommitteeCase, Verdict};
use crate::Lang;

/// Every problem of the case, in the UI language; empty when there is none.
pub fn check(case: &CommitteeCase, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for id in case.ids() {
        if !seen.insert(id.clone()) {
            out.push(lang.pick(
                format!("Id'et »{id}« bruges mere end én gang i sagen."),
                format!("The id »{id}« is used more than once in the case."),
            ));
        }
    }
    let mut places: Vec<u8> = Vec::new();
    for (theme, lever, part) in case.parts() {
        let label = format!("{}{}", theme.number, lever.letter);
        if part.paragraphs.iter().all(|p| p.trim().is_empty()) {
            out.push(lang.pick(
                format!("Greb {label} ({}) har ingen tekst.", part.id),
                format!("Lever {label} ({}) has no text.", part.id),
            ));
        }
        let a = &part.assessment;
        if a.verdict != Verdict::NotStated && a.statement.trim().is_empty() {
            out.push(lang.pick(
                format!(
                    "Vurderingen af greb {label} ({}) mangler sin sætning.",
                    part.id
                ),
                format!(
                    "The assessment of lever {label} ({}) has no sentence.",
                    part.id
                ),
            ));
        }
        if let Some(n) = a.verdict.place() {
            if places.contains(&n) {
                out.push(lang.pick(
                    format!("Sted [{n}] står ved mere end ét greb."),
                    format!("Place [{n}] is on more than one lever."),
                ));
            }
            places.push(n);
            if case.footnote(n).is_none() {
                out.push(lang.pick(
                    format!("Sted [{n}] har ingen fodnote."),
                    format!("Place [{n}] has no footnote."),
                ));
            }
        }
    }
    for f in &case.footnotes {
        if !places.contains(&f.number) {
            out.push(lang.pick(
                format!("Fodnote [{}] står ikke ved noget greb.", f.number),
                format!("Footnote [{}] is on no lever.", f.number),
            ));
        }
    }
    for t in &case.themes {
        for d in &t.direction {
            if d.text.trim().is_empty() {
                out.push(lang.pick(
                    format!("Et punkt i tema {} ({}) har ingen tekst.", t.number, d.id),
                    format!("A point of theme {} ({}) has no text.", t.number, d.id),
                ));
            }
        }
    }
    for r in &case.recommendations {
        if r.text.trim().is_empty() {
            out.push(lang.pick(
                format!("Indstilling {} har ingen tekst.", r.number),
                format!("Recommendation {} has no text.", r.number),
            ));
        }
        for (i, d) in r.decisions.iter().enumerate() {
            if !is_real_date(d.date) {
                out.push(lang.pick(
                    format!(
                        "Afgørelse {} på indstilling {} har ikke en rigtig dato.",
                        i + 1,
                        r.number
                    ),
                    format!(
                        "Decision {} on recommendation {} has no real date.",
                        i + 1,
                        r.number
                    ),
                ));
            }
            if i > 0 && d.date < r.decisions[i - 1].date {
                out.push(lang.pick(
                    format!(
                        "Afgørelse {} på indstilling {} er dateret før den forrige.",
                        i + 1,
                        r.number
                    ),
                    format!(
                        "Decision {} on recommendation {} is dated before the one before it.",
                        i + 1,
                        r.number
                    ),
                ));
            }
            if d.status == DecisionStatus::Pending {
                out.push(lang.pick(
                    format!(
                        "Afgørelse {} på indstilling {} er »Afventer«.",
                        i + 1,
                        r.number
                    ),
                    format!(
                        "Decision {} on recommendation {} is »Pending«.",
                        i + 1,
                        r.number
                    ),
                ));
            }
        }
    }
    out
}
