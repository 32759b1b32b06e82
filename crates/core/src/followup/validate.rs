//! Checking a follow-up for problems.

use super::calc::{evaluate, kind_index, same_committee, skip_reason};
use super::text::{amount, kind_name, place_name_inner};
use super::{BudgetFollowUp, Deviation, ReallocationPurpose, SkipReason};
use crate::basic::Tkr;
use crate::format;
use crate::scenarios::Issue;
use crate::Lang;

/// All problems of a follow-up, in Danish, saying what and where; empty when it is usable.
pub fn validate(f: &BudgetFollowUp) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut push = |place: String, message: String| issues.push(Issue { place, message });
    let top = if f.label.trim().is_empty() {
        "Budgetopfølgning".to_owned()
    } else {
        f.label.clone()
    };
    if f.committee.trim().is_empty() {
        push(top.clone(), "udvalget mangler.".into());
    }
    if f.as_of.year != f.year {
        push(
            format!("{top} › Dato"),
            format!(
                "datoen {} ligger i {}, men budgetopfølgningen er for {}.",
                format::date(f.as_of, Lang::Da),
                f.as_of.year,
                f.year
            ),
        );
    }
    if f.lines.is_empty() {
        push(top.clone(), "der er ingen linjer.".into());
    }
    for (i, l) in f.lines.iter().enumerate() {
        let name = if l.label.trim().is_empty() {
            kind_name(l.kind, Lang::Da)
        } else {
            l.label.as_str()
        };
        let place = format!("{top} › Linje {} ({name})", i + 1);
        match (l.deviation, l.budget_tkr, l.expected_tkr) {
            (Deviation::Computed, None, _) => push(
                place,
                "linjen har hverken budget eller afvigelse; angiv budget og forventet forbrug, eller afvigelsen.".into(),
            ),
            (Deviation::Computed, Some(_), None) => push(
                place,
                "linjen har budget, men hverken forventet forbrug eller afvigelse.".into(),
            ),
            (Deviation::Stated { tkr }, Some(b), Some(e)) if e - b != tkr => push(
                place,
                format!(
                    "den angivne afvigelse på {} (1.000 kr.) stemmer ikke med forventet forbrug − budget = {} − {} = {} (1.000 kr.).",
                    format::tkr(tkr, Lang::Da),
                    format::tkr(e, Lang::Da),
                    format::tkr(b, Lang::Da),
                    format::tkr(e - b, Lang::Da)
                ),
            ),
            _ => {}
        }
    }
    // Running balances per kind, in the order the reallocations are proposed.
    let result = evaluate(&BudgetFollowUp {
        reallocations: Vec::new(),
        ..f.clone()
    });
    let mut balance: Vec<Tkr> = result.kinds.iter().map(|k| k.balance_tkr).collect();
    for (i, r) in f.reallocations.iter().enumerate() {
        let place = format!(
            "{top} › Omplacering {} ({} → {})",
            i + 1,
            place_name_inner(f, &r.from),
            place_name_inner(f, &r.to)
        );
        let from_here = same_committee(&r.from.committee, &f.committee);
        let to_here = same_committee(&r.to.committee, &f.committee);
        if r.from == r.to {
            push(
                place.clone(),
                "omplaceringen går fra og til samme sted.".into(),
            );
        }
        if !from_here && !to_here {
            push(
                place.clone(),
                format!(
                    "hverken afgiver eller modtager er {}; omplaceringen hører ikke til denne budgetopfølgning.",
                    f.committee
                ),
            );
        }
        if r.year != f.year {
            push(
                place.clone(),
                format!(
                    "omplaceringen gælder {}, men budgetopfølgningen er for {}. Omplaceringen er ikke medregnet.",
                    r.year, f.year
                ),
            );
        }
        match skip_reason(f, r) {
            Some(SkipReason::NotPositive) => {
                push(place, "beløbet skal være større end 0.".into());
                continue;
            }
            Some(SkipReason::CrossesFrames) => {
                push(
                    place,
                    format!(
                        "serviceudgifter og overførselsudgifter er adskilte rammer: budget kan ikke flyttes fra {} til {} for at dække et merforbrug, kun sammen med opgaven. Omplaceringen er ikke medregnet.",
                        kind_name(r.from.kind, Lang::Da),
                        kind_name(r.to.kind, Lang::Da)
                    ),
                );
                continue;
            }
            Some(SkipReason::OtherYear) => continue,
            None => {}
        }
        if r.purpose == ReallocationPurpose::CoverOverspend {
            if from_here {
                let k = kind_index(r.from.kind);
                let available = (-balance[k]).max(0);
                let name = kind_name(r.from.kind, Lang::Da);
                if available == 0 {
                    push(
                        place.clone(),
                        format!(
                            "der er intet forventet mindreforbrug på {name} at omplacere {} fra{}.",
                            amount(r.tkr, Lang::Da),
                            if balance[k] > 0 {
                                format!(" (forventet merforbrug {})", amount(balance[k], Lang::Da))
                            } else {
                                String::new()
                            }
                        ),
                    );
                } else if r.tkr > available {
                    push(
                        place.clone(),
                        format!(
                            "omplaceringen på {} er større end det forventede mindreforbrug på {name} ({}).",
                            amount(r.tkr, Lang::Da),
                            amount(available, Lang::Da)
                        ),
                    );
                }
                balance[k] += r.tkr;
            }
            if to_here {
                balance[kind_index(r.to.kind)] -= r.tkr;
            }
        }
    }
    let full = evaluate(f);
    let financed: Tkr = f.financing.iter().map(|x| x.tkr).sum();
    let needed = full.total_supplementary_tkr;
    if f.financing.is_empty() && needed > 0 {
        push(
            format!("{top} › Finansiering"),
            format!(
                "der er ingen finansiering af tillægsbevillingen ({}).",
                amount(needed, Lang::Da)
            ),
        );
    } else if financed != needed {
        push(
            format!("{top} › Finansiering"),
            format!(
                "finansieringen ({}) svarer ikke til tillægsbevillingen ({}).",
                amount(financed, Lang::Da),
                amount(needed, Lang::Da)
            ),
        );
    }
    for (i, x) in f.financing.iter().enumerate() {
        if x.tkr <= 0 {
            push(
                format!("{top} › Finansiering {}", i + 1),
                "beløbet skal være større end 0.".into(),
            );
        }
    }
    issues
}
