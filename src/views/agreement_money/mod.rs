//! The budget agreement's money followed (Budgetopfølgning): per agreement with amounts the
//! agreed savings, additions and buffer per year with their totals (with and without the
//! buffer), what the follow-ups report as realised, the difference and a status per item and
//! year, a chart of the totals, a CSV, and a form to enter what was realised. A thin layer
//! over `plan_core::budget_agreement`.

use leptos::prelude::*;
use plan_core::budget_agreement::{
    agreements_with_money, to_csv, AgreementMoney, MoneyStatus, YearTotals,
};
use plan_core::{format, Lang, Part, Tkr};

use super::case::da;
use super::common::{CsvButton, Tone};
use super::SourceNote;

mod entry;
mod tables;

use crate::chart::{ChartKind, ChartSeries, SeriesChart};
use crate::i18n::da_en;
use crate::state::use_state;
use entry::RealisedForm;
use tables::{items_table, totals_table};

/// The app's badge for a money status.
pub(super) fn tone(status: MoneyStatus) -> Tone {
    Tone::of_colour_name(status.colour())
}

/// A net amount: positive is money added to the committee, negative a net saving.
pub(super) fn net_text(v: Tkr, lang: Lang) -> String {
    if v < 0 {
        format!(
            "{} ({})",
            format::tkr(v, lang),
            da_en(lang, "netto besparelse", "net saving")
        )
    } else {
        format::tkr(v, lang)
    }
}

/// Every agreement with amounts, one section each.
#[component]
pub fn AgreementMoneySection(lang: Lang) -> impl IntoView {
    let state = use_state();
    let money = Memo::new(move |_| {
        state.with_parts(&[Part::StatusSheets, Part::BudgetFollowUps], |w| {
            agreements_with_money(w)
        })
    });
    let ids = Memo::new(move |_| {
        money.with(|l| l.iter().map(|m| m.sheet_id.clone()).collect::<Vec<_>>())
    });
    move || {
        ids.get()
            .into_iter()
            .map(|id| {
                let sheet_id = id.clone();
                let one = Memo::new(move |_| {
                    money.with(|l| l.iter().find(|m| m.sheet_id == sheet_id).cloned())
                });
                view! { <AgreementMoneyTable sheet_id=id money=one lang /> }
            })
            .collect_view()
    }
}

#[component]
fn AgreementMoneyTable(
    sheet_id: String,
    money: Memo<Option<AgreementMoney>>,
    lang: Lang,
) -> impl IntoView {
    let Some(first) = money.get_untracked() else {
        return ().into_any();
    };
    let name = first
        .agreement
        .clone()
        .unwrap_or_else(|| first.title.clone());
    let heading_id = format!("money-h-{sheet_id}");
    let totals = move || money.get().map(|m| totals_table(&m, lang));
    let items = move || money.get().map(|m| items_table(&m, lang));
    let years = Signal::derive(move || {
        money.with(|m| {
            m.as_ref()
                .map(|m| m.years.iter().map(|y| y.to_string()).collect())
                .unwrap_or_default()
        })
    });
    let series = Signal::derive(move || {
        money.with(|m| {
            m.as_ref()
                .map(|m| chart_series(m, lang))
                .unwrap_or_default()
        })
    });
    let csv_money = money;
    let csv = Callback::new(move |()| {
        csv_money.with_untracked(|m| m.as_ref().map(to_csv).unwrap_or_default())
    });
    let file = format!("{sheet_id}-oekonomi.csv");
    let labelled_by = heading_id.clone();
    view! {
        <section class="agreement-money" data-testid="agreement-money" aria-labelledby=labelled_by>
            <h2 id=heading_id>
                {da_en(lang, "Budgetaftalens økonomi: ", "The budget agreement's money: ")}
                <span lang=da(lang)>{name}</span>
            </h2>
            <p class="lead">{da_en(
                lang,
                "Aftalte besparelser (beløb, udvalget skal spare) og tilførsler (beløb, udvalget får) pr. år, med bufferen for førtidspension for sig. Netto = tilførsler (+ buffer) − besparelser: et positivt tal er penge tilført udvalget. Beløb i 1.000 kr.",
                "Agreed savings (money the committee must save) and additions (money the committee receives) per year, with the early-retirement buffer apart. Net = additions (+ buffer) − savings: a positive figure is money added to the committee. Amounts in DKK 1,000.",
            )}</p>
            <SourceNote source=first.rows.first().map(|r| r.source.clone()).unwrap_or_else(|| plan_core::Source::reference(&first.title)) />
            <h3>{da_en(lang, "I alt pr. år", "Totals per year")}</h3>
            {totals}
            <figure class="money-chart">
                <figcaption>{da_en(lang, "Aftalte besparelser, tilførsler og buffer pr. år (mio. kr.)", "Agreed savings, additions and buffer per year (DKK million)")}</figcaption>
                <SeriesChart id=format!("chart-money-{sheet_id}") title=da_en(lang, "Budgetaftalens beløb pr. år", "The agreement's amounts per year").to_owned() lang kind=ChartKind::Bars categories=years series />
            </figure>
            <h3>{da_en(lang, "Punkter: aftalt, realiseret og forskel", "Items: agreed, realised and difference")}</h3>
            {items}
            <p class="hint">{da_en(
                lang,
                "Realiseret er det beløb, der er skrevet ind her, ellers det, den seneste budgetopfølgning for året melder. Forskel = realiseret − aftalt. En besparelse er som aftalt, når den er nået; en tilførsel, når den ikke er overskredet. En afvigelse på højst 10 % af det aftalte er mindre.",
                "Realised is the amount entered here, or else what the year's latest budget follow-up reports. Difference = realised − agreed. A saving is as agreed when it is reached; an addition when it is not exceeded. A deviation of at most 10 % of the agreed amount is minor.",
            )}</p>
            <CsvButton file label=da_en(lang, "Hent tabellen (CSV)", "Download the table (CSV)") testid="money-csv" csv />
            <RealisedForm money lang />
        </section>
    }
    .into_any()
}

fn chart_series(m: &AgreementMoney, lang: Lang) -> Vec<ChartSeries> {
    let mio = |v: Tkr| (v as f64 / 10.0).round() / 100.0;
    let col = |f: fn(&YearTotals) -> Tkr| m.totals.iter().map(|t| mio(f(t))).collect();
    vec![
        ChartSeries::new(da_en(lang, "Besparelser", "Savings"), col(|t| t.savings)),
        ChartSeries::new(da_en(lang, "Tilførsler", "Additions"), col(|t| t.additions)),
        ChartSeries::new(da_en(lang, "Buffer", "Buffer"), col(|t| t.buffer)),
        ChartSeries::new(
            da_en(
                lang,
                "Netto tilført med buffer",
                "Net added with the buffer",
            ),
            col(|t| t.net_with_buffer),
        ),
    ]
}
