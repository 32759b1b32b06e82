//! The budget agreement's money followed: for a status sheet whose items carry amounts (seed
//! 003's Budgetaftale 2020-2023), per item and year what was agreed, what the budget
//! follow-ups report as realised (entered on the item, or carried from a follow-up), the
//! difference and a status, and per year the totals of the agreed savings, additions and the
//! buffer, with and without the buffer.
//!
//! # The rule
//!
//! 1. The years are those the sheet's dated amounts name (2020-2023 for seed 003's items
//!    3.c and 4.), or else the years in the agreement's name ("Budgetaftale 2020-2023").
//! 2. A dated amount counts in its year. An amount "pr. år" counts in every year. An amount
//!    the document gives without a year (seed 003: "Besparelse kr. 8,5 mio.") counts in
//!    every year of the agreement too: a saving laid into a four-year budget is a yearly
//!    one. That is our reading, not the document's words, and such rows say so
//!    ([`MoneyRow::spread`]).
//! 3. Savings, additions and the buffer are the agreed money; the net effect on the
//!    committee's budget is additions (+ buffer) − savings. Investments and net costs are
//!    shown but not added in: seed 003 gives the sygedagpenge saving of 8,5 mio. kr. "netto",
//!    and its investment on konto 5 "afholdes indenfor eksisterende rammer".
//! 4. Realised, per item and year: the amount entered on the item for the year, else what
//!    the latest follow-up of that year (by its date) reports for the item. It belongs to the
//!    item's first row of agreed money, in the same sense (a saving realised is positive).
//! 5. Difference = realised − agreed. Status: a saving realised in full, or an addition not
//!    exceeded, is on track; falling short of (or exceeding) the agreed amount by at most
//!    10 % of it is a minor deviation, by more a major one; nothing reported is not reported.

use serde::{Deserialize, Serialize};

use crate::basic::{Tkr, Year};
use crate::followup::BudgetFollowUp;
use crate::model::{AmountKind, BudgetItem, RealisedAmount, StatusSheet, Workspace};
use crate::source::Source;
use crate::Lang;

/// How far realised money may miss the agreed amount and still be a minor deviation, as a
/// share of the agreed amount.
pub const MINOR_DEVIATION_SHARE: f64 = 0.10;

/// The status of one item's money in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoneyStatus {
    /// Nothing realised is reported yet.
    NotReported,
    /// As agreed, or better.
    OnTrack,
    /// Off by at most [`MINOR_DEVIATION_SHARE`] of the agreed amount, the wrong way.
    MinorDeviation,
    /// Off by more, the wrong way.
    MajorDeviation,
}

impl MoneyStatus {
    /// A stable code (for CSV and CSS): `not_reported`, `on_track`, `minor`, `major`.
    pub fn code(self) -> &'static str {
        match self {
            MoneyStatus::NotReported => "not_reported",
            MoneyStatus::OnTrack => "on_track",
            MoneyStatus::MinorDeviation => "minor",
            MoneyStatus::MajorDeviation => "major",
        }
    }

    /// The status colour's name: grey, green, yellow, red.
    pub fn colour(self) -> &'static str {
        match self {
            MoneyStatus::NotReported => "grey",
            MoneyStatus::OnTrack => "green",
            MoneyStatus::MinorDeviation => "yellow",
            MoneyStatus::MajorDeviation => "red",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            MoneyStatus::NotReported => lang.pick("Ikke opgjort", "Not reported"),
            MoneyStatus::OnTrack => lang.pick("Som aftalt", "As agreed"),
            MoneyStatus::MinorDeviation => lang.pick("Mindre afvigelse", "Minor deviation"),
            MoneyStatus::MajorDeviation => lang.pick("Større afvigelse", "Major deviation"),
        }
    }
}

/// A kind of amount as the CSV writes it (its name in saved files): `saving`, `addition`,
/// `buffer`, `investment`, `net_cost`. Its name in words is [`AmountKind::text`].
pub fn kind_code(kind: AmountKind) -> &'static str {
    match kind {
        AmountKind::Saving => "saving",
        AmountKind::Addition => "addition",
        AmountKind::Buffer => "buffer",
        AmountKind::Investment => "investment",
        AmountKind::NetCost => "net_cost",
    }
}

/// Whether a kind of amount is agreed money, added into the totals (rule 3).
pub fn in_totals(kind: AmountKind) -> bool {
    matches!(
        kind,
        AmountKind::Saving | AmountKind::Addition | AmountKind::Buffer
    )
}

/// Where a realised amount comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum RealisedFrom {
    /// Entered on the item (ISO date).
    Entered { date: String },
    /// Reported by a budget follow-up.
    FollowUp { followup_id: String, label: String },
}

impl RealisedFrom {
    /// In words: "indtastet 2020-06-30" or the follow-up's name.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            RealisedFrom::Entered { date } => {
                format!("{} {date}", lang.pick("indtastet", "entered"))
            }
            RealisedFrom::FollowUp { label, .. } => label.clone(),
        }
    }
}

/// One item's money in one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MoneyCell {
    pub year: Year,
    /// The agreed amount, positive; `None` when the row has none this year.
    pub agreed: Option<Tkr>,
    pub realised: Option<Tkr>,
    pub realised_from: Option<RealisedFrom>,
    /// `realised − agreed` (0 agreed where there is none), when something is realised.
    pub difference: Option<Tkr>,
    pub status: MoneyStatus,
}

/// A cause of a follow-up linked to the row's item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkedCause {
    pub followup_id: String,
    /// The follow-up's name ("Budgetopfølgning 4 for 2019").
    pub followup_label: String,
    pub text: String,
    pub source: Source,
}

/// One row of the table: an item's amounts of one kind (dated ones together), year by year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MoneyRow {
    pub item_id: String,
    /// The item's number in the agreement ("2.d.1").
    pub number: String,
    pub headline: String,
    pub kind: AmountKind,
    /// The amount's own label (for dated amounts, the first one's).
    pub label: String,
    /// Agreed money, added into the totals (rule 3).
    pub in_totals: bool,
    /// Given without a year and counted in every year (rule 2: our reading).
    pub spread: bool,
    pub cells: Vec<MoneyCell>,
    /// The follow-ups' causes that concern the item (on its first row only).
    pub causes: Vec<LinkedCause>,
    pub source: Source,
}

/// The totals of one year, in 1.000 kr.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearTotals {
    pub year: Year,
    pub savings: Tkr,
    pub additions: Tkr,
    pub buffer: Tkr,
    /// Additions + buffer.
    pub additions_with_buffer: Tkr,
    /// Additions − savings: the net money the agreement gives the committee without the
    /// buffer.
    pub net_without_buffer: Tkr,
    /// Additions + buffer − savings.
    pub net_with_buffer: Tkr,
    /// Investments and net costs, shown apart (not in the totals).
    pub other: Tkr,
    /// Realised of the savings, where any is reported.
    pub realised_savings: Option<Tkr>,
    /// Realised of the additions and the buffer, where any is reported.
    pub realised_additions: Option<Tkr>,
}

/// The money of one budget agreement, ready to render as a table (rows × years, totals per
/// year) and a chart (the totals), and to write as CSV ([`to_csv`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgreementMoney {
    pub sheet_id: String,
    pub title: String,
    /// The agreement's name, where the sheet gives it ("Budgetaftale 2020-2023").
    pub agreement: Option<String>,
    pub years: Vec<Year>,
    pub rows: Vec<MoneyRow>,
    /// One per year, in the order of `years`.
    pub totals: Vec<YearTotals>,
}

impl AgreementMoney {
    pub fn total(&self, year: Year) -> Option<&YearTotals> {
        self.totals.iter().find(|t| t.year == year)
    }

    pub fn row(&self, item_id: &str, kind: AmountKind) -> Option<&MoneyRow> {
        self.rows
            .iter()
            .find(|r| r.item_id == item_id && r.kind == kind)
    }
}

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

/// The CSV's columns (one row per table row and year).
pub const CSV_HEADER: [&str; 12] = [
    "sheet",
    "item",
    "number",
    "kind",
    "label",
    "year",
    "agreed_tkr",
    "realised_tkr",
    "realised_from",
    "difference_tkr",
    "status",
    "in_totals",
];

/// The table as CSV (comma-separated, plain numbers in 1.000 kr.), one row per item row and
/// year, then the totals as rows of kind `total_savings`, `total_additions`, `total_buffer`,
/// `net_without_buffer` and `net_with_buffer`.
pub fn to_csv(money: &AgreementMoney) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let opt = |v: Option<Tkr>| v.map(|v| v.to_string()).unwrap_or_default();
    w.write_record(CSV_HEADER).expect("writes to memory");
    for row in &money.rows {
        let kind = kind_code(row.kind);
        for c in &row.cells {
            let from = match &c.realised_from {
                Some(RealisedFrom::Entered { date }) => format!("entered {date}"),
                Some(RealisedFrom::FollowUp { followup_id, .. }) => followup_id.clone(),
                None => String::new(),
            };
            w.write_record([
                money.sheet_id.as_str(),
                row.item_id.as_str(),
                row.number.as_str(),
                kind,
                row.label.as_str(),
                &c.year.to_string(),
                &opt(c.agreed),
                &opt(c.realised),
                &from,
                &opt(c.difference),
                c.status.code(),
                if row.in_totals { "true" } else { "false" },
            ])
            .expect("writes to memory");
        }
    }
    for t in &money.totals {
        for (kind, v) in [
            ("total_savings", t.savings),
            ("total_additions", t.additions),
            ("total_buffer", t.buffer),
            ("net_without_buffer", t.net_without_buffer),
            ("net_with_buffer", t.net_with_buffer),
        ] {
            w.write_record([
                money.sheet_id.as_str(),
                "",
                "",
                kind,
                "",
                &t.year.to_string(),
                &v.to_string(),
                "",
                "",
                "",
                "",
                "",
            ])
            .expect("writes to memory");
        }
    }
    String::from_utf8(w.into_inner().expect("flushes")).expect("CSV is UTF-8")
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
