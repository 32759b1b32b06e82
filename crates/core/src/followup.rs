//! Budget follow-up (budgetopfølgning): a committee's expected deviation from its budget for
//! the year, per kind of expenditure, the reallocations (omplaceringer) it proposes, and the
//! supplementary appropriation (tillægsbevilling) that is still needed afterwards.
//!
//! Amounts are in 1.000 kr. ([`Tkr`]). A deviation is positive for an overspend (merforbrug)
//! and negative for an underspend (mindreforbrug), as expected spending − budget.
//!
//! # The rule (seed 003, punkt 5, "Budgetopfølgning 4 for 2019")
//!
//! 1. A line's deviation is either stated by the source ([`Deviation::Stated`]) or computed
//!    as expected − budget ([`Deviation::Computed`]). The deviation per kind is the sum of its
//!    lines; the committee's total is the sum over the kinds. Seed 003: "Det forventede
//!    merforbrug på 3,617 mio. kr. fordeler sig med et forventet mindreforbrug på
//!    serviceudgifter på 1,324 mio. kr., et forventet mindreforbrug på forsikrede ledige på
//!    6,434 mio. kr. og et forventet merforbrug på overførselsudgifter ekskl. forsikrede ledige
//!    på 11,375 mio. kr." (−1.324 − 6.434 + 11.375 = 3.617).
//! 2. Service expenditure (konto 6) and transfer expenditure (konto 5, insured unemployed
//!    included) are separate frames ([`Frame`]). An underspend in one frame never finances an
//!    overspend in the other: seed 003 leaves the service underspend of 1,324 mio. kr. where
//!    it is and asks for 4,941 mio. kr., not 11,375 − 6,434 − 1,324 = 3,617 mio. kr. Within
//!    the transfer frame the budget of the insured unemployed may be moved to the other
//!    transfers: "Der indstilles omplaceret 6,434 mio. kr. fra forsikrede ledige til
//!    overførselsudgifter".
//! 3. Nothing is moved by itself: only a proposed [`Reallocation`] moves budget. A
//!    reallocation that finances an overspend ([`ReallocationPurpose::CoverOverspend`])
//!    moves budget only, so the giving place's deviation rises by the amount and the
//!    receiving place's falls by it. One that moves budget together with the spending it pays
//!    for ([`ReallocationPurpose::WithTask`]) changes neither deviation.
//! 4. The balance per kind after the reallocations is deviation + budget moved out − budget
//!    moved in. The supplementary appropriation needed per kind is what remains over budget:
//!    max(0, balance). Seed 003: "Dernæst indstilles at der søges om tillægsbevilling på
//!    4,941 mio. kr. for at bringe balance i budgettet for overførselsudgifterne"
//!    (11.375 − 6.434 = 4.941), "som finansieres af kassen".
//!
//! # The 412.000 kr. to Økonomiudvalget
//!
//! Seed 003 also moves 412.000 kr. from the committee's transfer expenditure (pol. 02.01) to
//! Økonomiudvalget's service expenditure (pol. 01.02) "til finansiering af
//! administrationsudgifter til ekstern aktør i forbindelse med inddrivelse af regres på
//! sygedagpengeområdet", yet asks for 4,941 mio. kr. "for at bringe balance i budgettet for
//! overførselsudgifterne", and the financing table draws exactly 4.941 from the cash reserve.
//! Had the 412 only lowered the transfer budget, the transfers would need 11.375 + 412 −
//! 6.434 = 5.353 to balance. The seed's figures therefore only add up if the 412 leaves the
//! committee together with the cost it pays for (the external actor's fee, which the
//! committee's net recovery income of "ca. 914.000 kr. i nettoindtægter" is stated after):
//! [`example_2019`] models it as [`ReallocationPurpose::WithTask`], which reproduces 4.941.
//! As a move that only finances ([`ReallocationPurpose::CoverOverspend`]) it would also cross
//! the frames (transfer → service), which rule 2 does not allow. This is our reading of the
//! seed, not something it states.

use serde::{Deserialize, Serialize};

use crate::format;
use crate::model::{BudgetKind, PartialDate, Tkr, Year};
use crate::scenarios::Issue;
use crate::source::Source;
use crate::Lang;

/// A committee's budget follow-up for one year ("Budgetopfølgning 4 for 2019").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BudgetFollowUp {
    pub id: String,
    /// The committee whose budget is followed up ("Social- og beskæftigelsesudvalget").
    pub committee: String,
    /// The budget year.
    pub year: Year,
    /// The follow-up's name as the documents give it ("Budgetopfølgning 4 for 2019").
    pub label: String,
    /// The date of the follow-up as the documents date it (for seed 003, the committee
    /// meeting that treated it).
    pub as_of: PartialDate,
    pub lines: Vec<FollowUpLine>,
    /// Proposed reallocations (omplaceringer), in the order they are proposed.
    #[serde(default)]
    pub reallocations: Vec<Reallocation>,
    /// How the supplementary appropriation is to be financed ("Kassen").
    #[serde(default)]
    pub financing: Vec<Financing>,
    pub source: Source,
}

/// One line of a follow-up: a kind of expenditure (optionally in one policy area) with its
/// budget, expected spending and deviation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUpLine {
    /// The line's name as the source gives it, where it gives one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// The policy area ("02.01"), where the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_area: Option<String>,
    pub kind: BudgetKind,
    /// The budget (korrigeret budget) for the year, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_tkr: Option<Tkr>,
    /// The expected spending (forventet forbrug) for the year, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_tkr: Option<Tkr>,
    /// Whether the deviation is stated by the source or computed from budget and forecast.
    pub deviation: Deviation,
    pub source: Source,
}

/// Where a line's deviation comes from. Positive is an overspend (merforbrug), negative an
/// underspend (mindreforbrug).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "basis", rename_all = "snake_case")]
pub enum Deviation {
    /// Expected − budget; needs both on the line.
    Computed,
    /// As the source states it (seed 003 gives only deviations, no budgets).
    Stated { tkr: Tkr },
}

/// A line's deviation as used in the evaluation, and which kind it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineDeviation {
    pub tkr: Tkr,
    pub basis: DeviationBasis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviationBasis {
    Stated,
    Computed,
}

impl FollowUpLine {
    /// The line's deviation: as stated, or expected − budget; `None` when it is computed and
    /// the budget or the expected spending is missing.
    pub fn deviation(&self) -> Option<LineDeviation> {
        match self.deviation {
            Deviation::Stated { tkr } => Some(LineDeviation {
                tkr,
                basis: DeviationBasis::Stated,
            }),
            Deviation::Computed => match (self.budget_tkr, self.expected_tkr) {
                (Some(budget), Some(expected)) => Some(LineDeviation {
                    tkr: expected - budget,
                    basis: DeviationBasis::Computed,
                }),
                _ => None,
            },
        }
    }

    /// A new, empty line of a kind: no budget or expected spending yet, so a computed
    /// deviation.
    pub fn new(kind: BudgetKind, source: Source) -> Self {
        FollowUpLine {
            label: String::new(),
            policy_area: None,
            kind,
            budget_tkr: None,
            expected_tkr: None,
            deviation: Deviation::Computed,
            source,
        }
    }

    /// Sets the deviation as the source states it, or (`None`) has it computed from the
    /// budget and the expected spending.
    pub fn set_stated_deviation(&mut self, tkr: Option<Tkr>) {
        self.deviation = match tkr {
            Some(tkr) => Deviation::Stated { tkr },
            None => Deviation::Computed,
        };
    }
}

/// The budget frames that reallocations to cover an overspend may not cross.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Frame {
    /// Serviceudgifter (konto 6).
    Service,
    /// Overførselsudgifter (konto 5), insured unemployed included.
    Transfers,
}

/// The frame a kind of expenditure belongs to.
pub fn frame(kind: BudgetKind) -> Frame {
    match kind {
        BudgetKind::Service => Frame::Service,
        BudgetKind::Transfer | BudgetKind::InsuredUnemployed => Frame::Transfers,
    }
}

/// A place in the budget: a committee, optionally a policy area, and a kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetPlace {
    pub committee: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_area: Option<String>,
    pub kind: BudgetKind,
}

impl BudgetPlace {
    pub fn new(committee: &str, policy_area: Option<&str>, kind: BudgetKind) -> Self {
        Self {
            committee: committee.to_owned(),
            policy_area: policy_area.map(str::to_owned),
            kind,
        }
    }
}

/// What a reallocation does to the deviations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReallocationPurpose {
    /// Omplacering til dækning af merforbrug: an underspend at `from` finances an overspend
    /// at `to`. Only budget moves, so it must stay within one [`Frame`].
    CoverOverspend,
    /// Budgetomplacering med opgaven: the budget follows the spending it pays for to another
    /// place (seed 003's 412.000 kr. to Økonomiudvalget); neither deviation changes.
    WithTask,
}

/// A proposed reallocation (omplacering) of budget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reallocation {
    pub from: BudgetPlace,
    pub to: BudgetPlace,
    /// The amount moved, positive.
    pub tkr: Tkr,
    /// The budget year it applies to.
    pub year: Year,
    pub purpose: ReallocationPurpose,
    /// Why, in the source's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    pub source: Source,
}

/// Where the money for a supplementary appropriation comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Funds {
    /// Kassen: the municipality's cash reserve.
    CashReserve,
    Other {
        name: String,
    },
}

/// Financing of the supplementary appropriation. `tkr` is the amount financed, positive (the
/// seed's table writes the draw on the cash reserve as −4.941).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Financing {
    pub funds: Funds,
    pub tkr: Tkr,
    pub source: Source,
}

/// The evaluation of one kind of expenditure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindResult {
    pub kind: BudgetKind,
    /// The sum of the lines' deviations (merforbrug positive).
    pub deviation_tkr: Tkr,
    /// Budget received to cover an overspend.
    pub reallocated_in_tkr: Tkr,
    /// Budget given away to cover an overspend elsewhere.
    pub reallocated_out_tkr: Tkr,
    /// Budget received together with the spending it pays for (no effect on the balance).
    pub moved_with_task_in_tkr: Tkr,
    /// Budget given away together with the spending it pays for (no effect on the balance).
    pub moved_with_task_out_tkr: Tkr,
    /// Deviation + reallocated out − reallocated in.
    pub balance_tkr: Tkr,
    /// The supplementary appropriation needed: max(0, balance).
    pub supplementary_tkr: Tkr,
    /// The underspend left after the reallocations: max(0, −balance).
    pub remaining_underspend_tkr: Tkr,
}

/// Why a reallocation was left out of the evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// The amount is zero or negative.
    NotPositive,
    /// It covers an overspend across the service and transfer frames.
    CrossesFrames,
    /// It belongs to another budget year.
    OtherYear,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkippedReallocation {
    /// Index into [`BudgetFollowUp::reallocations`].
    pub index: usize,
    pub reason: SkipReason,
}

/// The evaluation of a follow-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpResult {
    /// Per line, its deviation; `None` for a line whose deviation cannot be computed (it
    /// counts as 0).
    pub lines: Vec<Option<LineDeviation>>,
    /// One per kind, in the order of [`BudgetKind::ALL`].
    pub kinds: Vec<KindResult>,
    /// The committee's total deviation.
    pub total_deviation_tkr: Tkr,
    /// The committee's total balance after the reallocations.
    pub total_balance_tkr: Tkr,
    /// The supplementary appropriation needed over all kinds.
    pub total_supplementary_tkr: Tkr,
    /// Reallocations not applied, and why.
    pub skipped: Vec<SkippedReallocation>,
}

impl FollowUpResult {
    pub fn kind(&self, kind: BudgetKind) -> &KindResult {
        self.kinds
            .iter()
            .find(|k| k.kind == kind)
            .expect("a result has every kind")
    }
}

fn same_committee(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn kind_index(kind: BudgetKind) -> usize {
    BudgetKind::ALL
        .iter()
        .position(|k| *k == kind)
        .expect("every kind is in ALL")
}

/// Why a reallocation cannot be applied, if it cannot.
fn skip_reason(f: &BudgetFollowUp, r: &Reallocation) -> Option<SkipReason> {
    if r.tkr <= 0 {
        Some(SkipReason::NotPositive)
    } else if r.year != f.year {
        Some(SkipReason::OtherYear)
    } else if r.purpose == ReallocationPurpose::CoverOverspend
        && frame(r.from.kind) != frame(r.to.kind)
    {
        Some(SkipReason::CrossesFrames)
    } else {
        None
    }
}

/// Evaluates a follow-up by the rule in the module documentation.
pub fn evaluate(f: &BudgetFollowUp) -> FollowUpResult {
    let lines: Vec<Option<LineDeviation>> = f.lines.iter().map(|l| l.deviation()).collect();
    let mut deviation = [0; 3];
    for (line, d) in f.lines.iter().zip(&lines) {
        deviation[kind_index(line.kind)] += d.map_or(0, |d| d.tkr);
    }
    let (mut r_in, mut r_out, mut t_in, mut t_out) = ([0; 3], [0; 3], [0; 3], [0; 3]);
    let mut skipped = Vec::new();
    for (index, r) in f.reallocations.iter().enumerate() {
        if let Some(reason) = skip_reason(f, r) {
            skipped.push(SkippedReallocation { index, reason });
            continue;
        }
        let (into, out_of) = match r.purpose {
            ReallocationPurpose::CoverOverspend => (&mut r_in, &mut r_out),
            ReallocationPurpose::WithTask => (&mut t_in, &mut t_out),
        };
        if same_committee(&r.from.committee, &f.committee) {
            out_of[kind_index(r.from.kind)] += r.tkr;
        }
        if same_committee(&r.to.committee, &f.committee) {
            into[kind_index(r.to.kind)] += r.tkr;
        }
    }
    let kinds: Vec<KindResult> = BudgetKind::ALL
        .iter()
        .enumerate()
        .map(|(i, &kind)| {
            let balance = deviation[i] + r_out[i] - r_in[i];
            KindResult {
                kind,
                deviation_tkr: deviation[i],
                reallocated_in_tkr: r_in[i],
                reallocated_out_tkr: r_out[i],
                moved_with_task_in_tkr: t_in[i],
                moved_with_task_out_tkr: t_out[i],
                balance_tkr: balance,
                supplementary_tkr: balance.max(0),
                remaining_underspend_tkr: (-balance).max(0),
            }
        })
        .collect();
    FollowUpResult {
        lines,
        total_deviation_tkr: kinds.iter().map(|k| k.deviation_tkr).sum(),
        total_balance_tkr: kinds.iter().map(|k| k.balance_tkr).sum(),
        total_supplementary_tkr: kinds.iter().map(|k| k.supplementary_tkr).sum(),
        kinds,
        skipped,
    }
}

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
fn place_name_inner(f: &BudgetFollowUp, p: &BudgetPlace) -> String {
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

/// Seed 003's file name.
pub const SEED_003: &str = crate::source::SEED_FILES[3];

/// The seed's item, as its heading writes it.
const ITEM_2019: &str =
    "Punkt 5: Budgetopfølgning 4 for 2019 - Social- og beskæftigelsesudvalget (B)";

fn seed_2019(part: &str) -> Source {
    Source::seed(SEED_003, &format!("{ITEM_2019}, {part}"))
}

/// Seed 003's Budgetopfølgning 4 for 2019 for Social- og beskæftigelsesudvalget, every
/// figure with its section. The seed gives deviations only (no budgets, no policy area per
/// deviation); the reallocations' policy areas come from its table and recommendations.
pub fn example_2019() -> BudgetFollowUp {
    const SBU: &str = "Social- og beskæftigelsesudvalget";
    let consequences = "Økonomiske og personalemæssige konsekvenser";
    let line = |label: &str, kind: BudgetKind, tkr: Tkr| FollowUpLine {
        label: label.to_owned(),
        policy_area: None,
        kind,
        budget_tkr: None,
        expected_tkr: None,
        deviation: Deviation::Stated { tkr },
        source: seed_2019(consequences),
    };
    BudgetFollowUp {
        id: "bo4-2019-sbu".into(),
        committee: SBU.into(),
        year: 2019,
        label: "Budgetopfølgning 4 for 2019".into(),
        as_of: PartialDate::day(2019, 12, 2),
        lines: vec![
            line("Serviceudgifter", BudgetKind::Service, -1_324),
            line("Forsikrede ledige", BudgetKind::InsuredUnemployed, -6_434),
            line(
                "Overførselsudgifter ekskl. forsikrede ledige",
                BudgetKind::Transfer,
                11_375,
            ),
        ],
        reallocations: vec![
            Reallocation {
                from: BudgetPlace::new(SBU, Some("02.01"), BudgetKind::InsuredUnemployed),
                to: BudgetPlace::new(SBU, Some("02.01"), BudgetKind::Transfer),
                tkr: 6_434,
                year: 2019,
                purpose: ReallocationPurpose::CoverOverspend,
                reason: String::new(),
                source: seed_2019("Indstilling, pkt. 2"),
            },
            Reallocation {
                from: BudgetPlace::new(SBU, Some("02.01"), BudgetKind::Transfer),
                to: BudgetPlace::new("Økonomiudvalget", Some("01.02"), BudgetKind::Service),
                tkr: 412,
                year: 2019,
                purpose: ReallocationPurpose::WithTask,
                reason: "til finansiering af administrationsudgifter til ekstern aktør i forbindelse med inddrivelse af regres på sygedagpengeområdet".into(),
                source: seed_2019("Indstilling, pkt. 5"),
            },
        ],
        financing: vec![Financing {
            funds: Funds::CashReserve,
            tkr: 4_941,
            source: seed_2019("Indstilling, pkt. 3"),
        }],
        source: Source::seed(SEED_003, ITEM_2019),
    }
}
