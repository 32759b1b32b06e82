//! Evaluating a follow-up: deviations, reallocations and the supplementary appropriation.

use super::{
    frame, BudgetFollowUp, FollowUpResult, KindResult, LineDeviation, Reallocation,
    ReallocationPurpose, SkipReason, SkippedReallocation,
};
use crate::basic::BudgetKind;

pub(super) fn same_committee(a: &str, b: &str) -> bool {
    crate::casefold::lower(a.trim()) == crate::casefold::lower(b.trim())
}

pub(super) fn kind_index(kind: BudgetKind) -> usize {
    BudgetKind::ALL
        .iter()
        .position(|k| *k == kind)
        .expect("every kind is in ALL")
}

/// Why a reallocation cannot be applied, if it cannot.
pub(super) fn skip_reason(f: &BudgetFollowUp, r: &Reallocation) -> Option<SkipReason> {
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
