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

use crate::basic::{BudgetKind, PartialDate, Tkr, Year};
use crate::source::Source;

mod calc;
mod causes;
mod edit;
mod example;
mod text;
mod validate;

pub use calc::evaluate;
pub use edit::{LineKey, ReallocationKey, MAX_AMOUNT_TKR};
pub use example::{example_2019, SEED_003};
pub use text::{amount, kind_name, kind_name_long};
pub use validate::validate;

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
    /// The causes the follow-up gives for its deviation, each linked to the budget-agreement
    /// items it concerns. Absent in older data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub causes: Vec<Cause>,
    /// What the follow-up reports as realised of budget-agreement items in its year. Absent
    /// in older data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item_reports: Vec<ItemReport>,
}

/// A cause a follow-up gives for its deviation ("en stigning i antallet af
/// sygedagpengemodtagere"), with the budget-agreement items (status-sheet item ids) it
/// concerns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cause {
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item_ids: Vec<String>,
    pub source: Source,
}

/// What a follow-up reports as realised of one budget-agreement item in the follow-up's
/// year, in 1.000 kr., in the same sense as the item's agreed amount (a saving realised is
/// positive).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemReport {
    /// The status-sheet item's id.
    pub item_id: String,
    pub tkr: Tkr,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
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
