//! The rule of the parent module applied: the years, what was realised, the status, the
//! rows and the totals of a sheet's money, and the realised amount entered on an item.

use super::{
    in_totals, AgreementMoney, LinkedCause, MoneyCell, MoneyRow, MoneyStatus, RealisedFrom,
    YearTotals, MINOR_DEVIATION_SHARE,
};
use crate::basic::{Tkr, Year};
use crate::followup::BudgetFollowUp;
use crate::model::{AmountKind, BudgetItem, RealisedAmount, StatusSheet, Workspace};

/// The years of a sheet's money (rule 1).
fn years_of(sheet: &StatusSheet) -> Vec<Year> {
    let dated = sheet
        .items
        .iter()
        .flat_map(|i| i.amounts.iter().filter_map(|a| a.year));
    let (lo, hi) = dated.fold((None, None), |(lo, hi): (Option<Year>, Option<Year>), y| {
        (
            Some(lo.map_or(y, |l| l.min(y))),
            Some(hi.map_or(y, |h| h.max(y))),
        )
    });
    match (lo, hi) {
        (Some(lo), Some(hi)) => (lo..=hi).collect(),
        _ => sheet
            .agreement
            .as_deref()
            .and_then(years_in_name)
            .map(|(a, b)| (a..=b).collect())
            .unwrap_or_default(),
    }
}

/// "Budgetaftale 2020-2023" → (2020, 2023); at most 60 years.
fn years_in_name(name: &str) -> Option<(Year, Year)> {
    let digits: Vec<Year> = name
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| p.len() == 4)
        .filter_map(|p| p.parse().ok())
        .collect();
    match digits[..] {
        [a, b, ..] if a <= b && b - a < 60 => Some((a, b)),
        [a] => Some((a, a)),
        _ => None,
    }
}

/// The realised amount of an item in a year, and where it comes from (rule 4).
pub fn realised(
    item: &BudgetItem,
    year: Year,
    followups: &[BudgetFollowUp],
) -> Option<(Tkr, RealisedFrom)> {
    if let Some(r) = item.realised.iter().rev().find(|r| r.year == year) {
        return Some((
            r.tkr,
            RealisedFrom::Entered {
                date: r.date.clone(),
            },
        ));
    }
    followups
        .iter()
        .filter(|f| f.year == year)
        .filter_map(|f| f.item_report(&item.id).map(|r| (f, r)))
        .max_by_key(|(f, _)| f.as_of)
        .map(|(f, r)| {
            (
                r.tkr,
                RealisedFrom::FollowUp {
                    followup_id: f.id.clone(),
                    label: f.label.clone(),
                },
            )
        })
}

/// The status of realised money against the agreed amount (rule 5).
pub fn status(kind: AmountKind, agreed: Tkr, realised: Option<Tkr>) -> MoneyStatus {
    let Some(realised) = realised else {
        return MoneyStatus::NotReported;
    };
    // How far it misses, the wrong way: a saving short of the agreed, anything else over it.
    let miss = match kind {
        AmountKind::Saving => agreed - realised,
        _ => realised - agreed,
    };
    if miss <= 0 {
        MoneyStatus::OnTrack
    } else if (miss as f64) <= MINOR_DEVIATION_SHARE * agreed.abs() as f64 {
        MoneyStatus::MinorDeviation
    } else {
        MoneyStatus::MajorDeviation
    }
}

/// The money of a status sheet's budget agreement; `None` when no item carries an amount or
/// no year can be told (rule 1).
pub fn agreement_money(
    sheet: &StatusSheet,
    followups: &[BudgetFollowUp],
) -> Option<AgreementMoney> {
    if sheet.items.iter().all(|i| i.amounts.is_empty()) {
        return None;
    }
    let years = years_of(sheet);
    if years.is_empty() {
        return None;
    }
    let mut rows = Vec::new();
    for item in &sheet.items {
        let first_row = rows.len();
        // Dated amounts of a kind make one row; every undated amount its own.
        let mut groups: Vec<(AmountKind, bool, Vec<&crate::model::ItemAmount>)> = Vec::new();
        for a in &item.amounts {
            let dated = a.year.is_some() && !a.per_year;
            match groups
                .iter_mut()
                .find(|(k, d, _)| dated && *d && *k == a.kind)
            {
                Some(g) => g.2.push(a),
                None => groups.push((a.kind, dated, vec![a])),
            }
        }
        let money_row = groups.iter().position(|(k, _, _)| in_totals(*k));
        for (g, (kind, _, amounts)) in groups.iter().enumerate() {
            let spread = amounts.iter().any(|a| a.year.is_none() && !a.per_year);
            let cells = years
                .iter()
                .map(|&year| {
                    let agreed: Option<Tkr> = amounts
                        .iter()
                        .filter(|a| a.per_year || a.year.is_none_or(|y| y == year))
                        .map(|a| a.tkr)
                        .reduce(|x, y| x + y);
                    let real = (Some(g) == money_row)
                        .then(|| realised(item, year, followups))
                        .flatten();
                    let difference = real.as_ref().map(|(r, _)| r - agreed.unwrap_or(0));
                    let status = status(*kind, agreed.unwrap_or(0), real.as_ref().map(|r| r.0));
                    MoneyCell {
                        year,
                        agreed,
                        realised: real.as_ref().map(|r| r.0),
                        realised_from: real.map(|r| r.1),
                        difference,
                        status,
                    }
                })
                .collect();
            rows.push(MoneyRow {
                item_id: item.id.clone(),
                number: item.number.clone(),
                headline: item.headline.clone(),
                kind: *kind,
                label: amounts[0].label.clone(),
                in_totals: in_totals(*kind),
                spread,
                cells,
                causes: Vec::new(),
                source: amounts[0].source.clone(),
            });
        }
        if let Some(row) = rows.get_mut(first_row) {
            row.causes = followups
                .iter()
                .flat_map(|f| {
                    f.causes_of(&item.id).map(move |c| LinkedCause {
                        followup_id: f.id.clone(),
                        followup_label: f.label.clone(),
                        text: c.text.clone(),
                        source: c.source.clone(),
                    })
                })
                .collect();
        }
    }
    let totals = years
        .iter()
        .enumerate()
        .map(|(i, &year)| {
            let sum = |pick: &dyn Fn(&MoneyRow) -> bool| -> Tkr {
                rows.iter()
                    .filter(|r| pick(r))
                    .filter_map(|r| r.cells[i].agreed)
                    .sum()
            };
            let realised_sum = |pick: &dyn Fn(&MoneyRow) -> bool| -> Option<Tkr> {
                rows.iter()
                    .filter(|r| pick(r))
                    .filter_map(|r| r.cells[i].realised)
                    .reduce(|a, b| a + b)
            };
            let savings = sum(&|r| r.kind == AmountKind::Saving);
            let additions = sum(&|r| r.kind == AmountKind::Addition);
            let buffer = sum(&|r| r.kind == AmountKind::Buffer);
            YearTotals {
                year,
                savings,
                additions,
                buffer,
                additions_with_buffer: additions + buffer,
                net_without_buffer: additions - savings,
                net_with_buffer: additions + buffer - savings,
                other: sum(&|r| !r.in_totals),
                realised_savings: realised_sum(&|r| r.kind == AmountKind::Saving),
                realised_additions: realised_sum(&|r| {
                    matches!(r.kind, AmountKind::Addition | AmountKind::Buffer)
                }),
            }
        })
        .collect();
    Some(AgreementMoney {
        sheet_id: sheet.id.clone(),
        title: sheet.title.clone(),
        agreement: sheet.agreement.clone(),
        years,
        rows,
        totals,
    })
}

/// Every status sheet with amounts, followed against the workspace's budget follow-ups.
pub fn agreements_with_money(ws: &Workspace) -> Vec<AgreementMoney> {
    ws.status_sheets
        .iter()
        .filter_map(|s| agreement_money(s, &ws.budget_followups))
        .collect()
}

impl BudgetItem {
    /// Sets what was realised of the item in a year, entered on `date` (ISO) with a note
    /// (trimmed); `None` removes the entry, so a follow-up's report counts again.
    pub fn set_realised(&mut self, year: Year, tkr: Option<Tkr>, date: &str, note: &str) {
        self.realised.retain(|r| r.year != year);
        if let Some(tkr) = tkr {
            self.realised.push(RealisedAmount {
                year,
                tkr,
                date: date.to_owned(),
                note: note.trim().to_owned(),
            });
            self.realised.sort_by_key(|r| r.year);
        }
    }
}
