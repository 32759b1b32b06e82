//! The follow-up in words: kind names, amounts and the summary sentences.

use super::calc::{evaluate, same_committee};
use super::{BudgetFollowUp, BudgetPlace, Funds};
use crate::basic::{BudgetKind, Tkr};
use crate::format;
use crate::Lang;

/// The kind's short name ("overførselsudgifter").
pub fn kind_name(kind: BudgetKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (BudgetKind::Service, Lang::Da) => "serviceudgifter",
        (BudgetKind::Service, Lang::En) => "service expenditure",
        (BudgetKind::Transfer, Lang::Da) => "overførselsudgifter",
        (BudgetKind::Transfer, Lang::En) => "transfer expenditure",
        (BudgetKind::InsuredUnemployed, Lang::Da) => "forsikrede ledige",
        (BudgetKind::InsuredUnemployed, Lang::En) => "insured unemployed",
    }
}

/// The kind's full name, as the seed breaks down a deviation ("overførselsudgifter ekskl.
/// forsikrede ledige").
pub fn kind_name_long(kind: BudgetKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (BudgetKind::Transfer, Lang::Da) => "overførselsudgifter ekskl. forsikrede ledige",
        (BudgetKind::Transfer, Lang::En) => "transfer expenditure excluding insured unemployed",
        (k, l) => kind_name(k, l),
    }
}

/// An amount (its size, without sign) as the seed writes it: in millions from 1 mio. kr.
/// ("6,434 mio. kr."), in kroner below ("412.000 kr.").
pub fn amount(tkr: Tkr, lang: Lang) -> String {
    let a = tkr.abs();
    if a >= 1000 {
        format::mio_kr(a, lang)
    } else {
        let kr = format::number((a * 1000) as f64, 0, lang);
        match lang {
            Lang::Da => format!("{kr} kr."),
            Lang::En => format!("DKK {kr}"),
        }
    }
}

fn join(items: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Da => "og",
        Lang::En => "and",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// A place seen from the follow-up's committee: its kind, and the committee when it is
/// another one ("Økonomiudvalget (serviceudgifter)").
fn place_name(f: &BudgetFollowUp, p: &BudgetPlace, lang: Lang) -> String {
    let kind = kind_name(p.kind, lang);
    if same_committee(&p.committee, &f.committee) {
        kind.to_owned()
    } else {
        format!("{} ({kind})", p.committee)
    }
}

/// The same inside parentheses ("Økonomiudvalget, serviceudgifter").
pub(super) fn place_name_inner(f: &BudgetFollowUp, p: &BudgetPlace) -> String {
    let kind = kind_name(p.kind, Lang::Da);
    if same_committee(&p.committee, &f.committee) {
        kind.to_owned()
    } else {
        format!("{}, {kind}", p.committee)
    }
}

fn spend_word(tkr: Tkr, lang: Lang) -> &'static str {
    match (tkr > 0, lang) {
        (true, Lang::Da) => "et merforbrug",
        (false, Lang::Da) => "et mindreforbrug",
        (true, Lang::En) => "an overspend",
        (false, Lang::En) => "an underspend",
    }
}

/// Ends a sentence with a full stop, unless it already ends with one ("mio. kr.").
fn end_sentence(s: &mut String) {
    if !s.ends_with('.') {
        s.push('.');
    }
}

impl BudgetFollowUp {
    /// The follow-up in a few sentences, like the seed's own prose: the expected deviation
    /// and its breakdown, the proposed reallocations and the supplementary appropriation.
    pub fn summary(&self, lang: Lang) -> String {
        let r = evaluate(self);
        // The seed's order: service, insured unemployed, the other transfers.
        let breakdown: Vec<String> = [
            BudgetKind::Service,
            BudgetKind::InsuredUnemployed,
            BudgetKind::Transfer,
        ]
        .into_iter()
        .map(|k| r.kind(k))
        .filter(|k| k.deviation_tkr != 0)
        .map(|k| {
            let (word, amt) = (
                spend_word(k.deviation_tkr, lang),
                amount(k.deviation_tkr, lang),
            );
            let name = kind_name_long(k.kind, lang);
            match lang {
                Lang::Da => format!("{word} på {name} på {amt}"),
                Lang::En => format!("{word} of {amt} on {name}"),
            }
        })
        .collect();
        let total = r.total_deviation_tkr;
        let (c, y) = (&self.committee, self.year);
        let mut s = match (lang, total == 0) {
            (Lang::Da, false) => format!(
                "{}: {c} forventer i {y} {} på {}",
                self.label,
                spend_word(total, lang),
                amount(total, lang)
            ),
            (Lang::Da, true) => format!("{}: {c} forventer i {y} at holde budgettet", self.label),
            (Lang::En, false) => format!(
                "{}: {c} expects {} of {} in {y}",
                self.label,
                spend_word(total, lang),
                amount(total, lang)
            ),
            (Lang::En, true) => format!("{}: {c} expects to keep its budget in {y}", self.label),
        };
        if !breakdown.is_empty() {
            let lead = match lang {
                Lang::Da => ", fordelt med ",
                Lang::En => ": ",
            };
            s.push_str(lead);
            s.push_str(&join(&breakdown, lang));
        }
        end_sentence(&mut s);
        let moves: Vec<String> = self
            .reallocations
            .iter()
            .enumerate()
            .filter(|(i, _)| !r.skipped.iter().any(|sk| sk.index == *i))
            .map(|(_, m)| {
                let (from, to) = (
                    place_name(self, &m.from, lang),
                    place_name(self, &m.to, lang),
                );
                match lang {
                    Lang::Da => format!("{} fra {from} til {to}", amount(m.tkr, lang)),
                    Lang::En => format!("{} from {from} to {to}", amount(m.tkr, lang)),
                }
            })
            .collect();
        if !moves.is_empty() {
            match lang {
                Lang::Da => s.push_str(&format!(
                    " Der indstilles omplaceret {}.",
                    join(&moves, lang)
                )),
                Lang::En => s.push_str(&format!(" It proposes moving {}.", join(&moves, lang))),
            }
        }
        let needs: Vec<String> = r
            .kinds
            .iter()
            .filter(|k| k.supplementary_tkr > 0)
            .map(|k| {
                let (amt, name) = (amount(k.supplementary_tkr, lang), kind_name(k.kind, lang));
                match lang {
                    Lang::Da => format!("{amt} til {name}"),
                    Lang::En => format!("{amt} for {name}"),
                }
            })
            .collect();
        let funds: Vec<String> = self
            .financing
            .iter()
            .map(|f| match (&f.funds, lang) {
                (Funds::CashReserve, Lang::Da) => "kassen".to_owned(),
                (Funds::CashReserve, Lang::En) => "the cash reserve".to_owned(),
                (Funds::Other { name }, _) => name.clone(),
            })
            .collect();
        let financed = match (funds.is_empty(), lang) {
            (true, _) => String::new(),
            (false, Lang::Da) => format!(", som finansieres af {}", join(&funds, lang)),
            (false, Lang::En) => format!(", financed by {}", join(&funds, lang)),
        };
        let plural = needs.len() > 1;
        match (needs.is_empty(), lang) {
            (true, Lang::Da) => s.push_str(" Der er ikke behov for tillægsbevilling."),
            (true, Lang::En) => s.push_str(" No supplementary appropriation is needed."),
            (false, Lang::Da) => s.push_str(&format!(
                " Der søges {} på {}{financed}.",
                if plural {
                    "tillægsbevillinger"
                } else {
                    "en tillægsbevilling"
                },
                join(&needs, lang)
            )),
            (false, Lang::En) => s.push_str(&format!(
                " {} of {} {} sought{financed}.",
                if plural {
                    "Supplementary appropriations"
                } else {
                    "A supplementary appropriation"
                },
                join(&needs, lang),
                if plural { "are" } else { "is" }
            )),
        }
        s
    }
}
