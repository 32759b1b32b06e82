//! The agreement's tables: the totals per year and the items with agreed, realised and
//! difference per year.

use leptos::prelude::*;
use plan_core::budget_agreement::{AgreementMoney, MoneyCell, MoneyRow, YearTotals};
use plan_core::{format, Lang, Tkr};

use super::{net_text, tone};
use crate::i18n::da_en;
use crate::views::case::da;
use crate::views::common::StatusBadge;

/// How a row of the totals shows a year's figure.
#[derive(Clone, Copy)]
enum Shown {
    Amount(fn(&YearTotals) -> Tkr),
    /// A net amount, said to be a saving when negative.
    Net(fn(&YearTotals) -> Tkr),
    /// What the follow-ups report, "–" where they report nothing.
    Realised(fn(&YearTotals) -> Option<Tkr>),
}

impl Shown {
    fn text(self, t: &YearTotals, lang: Lang) -> String {
        match self {
            Shown::Amount(f) => format::tkr(f(t), lang),
            Shown::Net(f) => net_text(f(t), lang),
            Shown::Realised(f) => f(t).map_or_else(|| "–".into(), |v| format::tkr(v, lang)),
        }
    }
}

/// The rows of the totals: test id, Danish and English label, and what each year shows.
const TOTAL_ROWS: [(&str, &str, &str, Shown); 9] = [
    (
        "savings",
        "Besparelser (skal spares)",
        "Savings (to be saved)",
        Shown::Amount(|t| t.savings),
    ),
    (
        "additions",
        "Tilførsler (får udvalget)",
        "Additions (the committee receives)",
        Shown::Amount(|t| t.additions),
    ),
    (
        "buffer",
        "Buffer til førtidspension (tilført)",
        "Early-retirement buffer (added)",
        Shown::Amount(|t| t.buffer),
    ),
    (
        "additions_with_buffer",
        "Tilførsler med buffer",
        "Additions with the buffer",
        Shown::Amount(|t| t.additions_with_buffer),
    ),
    (
        "net_without_buffer",
        "Netto tilført uden buffer",
        "Net added without the buffer",
        Shown::Net(|t| t.net_without_buffer),
    ),
    (
        "net_with_buffer",
        "Netto tilført med buffer",
        "Net added with the buffer",
        Shown::Net(|t| t.net_with_buffer),
    ),
    (
        "other",
        "Investeringer og nettoudgifter (ikke medregnet)",
        "Investments and net costs (not counted)",
        Shown::Amount(|t| t.other),
    ),
    (
        "realised_savings",
        "Realiseret besparelse",
        "Savings realised",
        Shown::Realised(|t| t.realised_savings),
    ),
    (
        "realised_additions",
        "Realiseret tilførsel og buffer",
        "Additions and buffer realised",
        Shown::Realised(|t| t.realised_additions),
    ),
];

pub(super) fn totals_table(m: &AgreementMoney, lang: Lang) -> impl IntoView {
    let head = m
        .years
        .iter()
        .map(|y| view! { <th scope="col">{y.to_string()}</th> })
        .collect_view();
    let body = TOTAL_ROWS
        .iter()
        .map(|&(code, da_label, en_label, shown)| {
            let strong = code.starts_with("net_");
            let cells = m
                .totals
                .iter()
                .map(|t| {
                    let text = shown.text(t, lang);
                    let testid = format!("money-total-{code}-{}", t.year);
                    if strong {
                        view! { <td class="num" data-testid=testid><strong>{text}</strong></td> }
                            .into_any()
                    } else {
                        view! { <td class="num" data-testid=testid>{text}</td> }.into_any()
                    }
                })
                .collect_view();
            view! {
                <tr data-testid=format!("money-total-{code}")>
                    <th scope="row">{da_en(lang, da_label, en_label)}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="numbers money-totals" data-testid="money-totals">
                <caption class="visually-hidden">{da_en(lang, "Budgetaftalens beløb i alt pr. år (1.000 kr.)", "The agreement's amounts in total per year (DKK 1,000)")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{da_en(lang, "1.000 kr.", "DKK 1,000")}</th>
                        {head}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

pub(super) fn items_table(m: &AgreementMoney, lang: Lang) -> impl IntoView {
    let head = m
        .years
        .iter()
        .map(|y| view! { <th scope="col">{y.to_string()}</th> })
        .collect_view();
    let body = m.rows.iter().map(|r| item_row(r, lang)).collect_view();
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="money-items" data-testid="money-items">
                <thead>
                    <tr>
                        <th scope="col">{da_en(lang, "Punkt", "Item")}</th>
                        <th scope="col">{da_en(lang, "Art", "Kind")}</th>
                        {head}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

fn item_row(r: &MoneyRow, lang: Lang) -> impl IntoView {
    let mut kind = r.kind.text(lang).to_owned();
    if !r.in_totals {
        kind.push_str(da_en(lang, " (ikke medregnet)", " (not counted)"));
    }
    let causes = (!r.causes.is_empty()).then(|| {
        let list = r
            .causes
            .iter()
            .map(|c| {
                view! {
                    <li>
                        <span lang=da(lang)>{c.followup_label.clone()}</span> ": "
                        <span lang=da(lang)>{c.text.clone()}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="money-causes">
                <span class="meta">{da_en(lang, "Årsager i budgetopfølgningen:", "Causes in the budget follow-up:")}</span>
                <ul>{list}</ul>
            </div>
        }
    });
    let cells = r
        .cells
        .iter()
        .map(|c| money_cell(r, c, lang))
        .collect_view();
    view! {
        <tr data-testid=format!("money-row-{}-{}", r.item_id, plan_core::budget_agreement::kind_code(r.kind))>
            <th scope="row">
                <span class="money-number">{r.number.clone()}</span> " "
                <span lang=da(lang)>{r.headline.clone()}</span>
                {(r.label != r.headline && !r.label.is_empty()).then(|| view! {
                    <span class="meta" lang=da(lang)>{r.label.clone()}</span>
                })}
                {causes}
            </th>
            <td>
                {kind}
                {r.spread.then(|| view! {
                    <span class="meta">{da_en(
                        lang,
                        "Beløbet er angivet uden år og regnet med i hvert af aftalens år (vores læsning).",
                        "The amount is given without a year and counted in every year of the agreement (our reading).",
                    )}</span>
                })}
            </td>
            {cells}
        </tr>
    }
}

fn money_cell(r: &MoneyRow, c: &MoneyCell, lang: Lang) -> impl IntoView {
    let testid = format!("money-cell-{}-{}", r.item_id, c.year);
    let Some(agreed) = c.agreed else {
        return view! { <td class="num money-cell" data-testid=testid>"–"</td> }.into_any();
    };
    let realised = c.realised.map(|v| {
        let from = c
            .realised_from
            .as_ref()
            .map(|f| f.describe(lang))
            .unwrap_or_default();
        view! {
            <span class="money-line">{da_en(lang, "Realiseret ", "Realised ")} {format::tkr(v, lang)}</span>
            <span class="money-from meta" lang=da(lang)>{from}</span>
        }
    });
    let difference = c.difference.map(|d| {
        view! { <span class="money-line">{da_en(lang, "Forskel ", "Difference ")} {format::tkr(d, lang)}</span> }
    });
    let badge = r.in_totals.then(|| {
        view! { <StatusBadge tone=tone(c.status) label=c.status.label(lang) /> }
    });
    view! {
        <td class="num money-cell" data-testid=testid>
            <span class="money-line">{da_en(lang, "Aftalt ", "Agreed ")} {format::tkr(agreed, lang)}</span>
            {realised}
            {difference}
            {badge}
        </td>
    }
    .into_any()
}
