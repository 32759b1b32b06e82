//! The agreement's money as CSV.

use super::{kind_code, AgreementMoney, RealisedFrom};
use crate::basic::Tkr;

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
