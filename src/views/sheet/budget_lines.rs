//! The budget lines by year.

use super::*;

/// The budget lines by year as a table, with a chart beside it.
#[component]
pub(super) fn BudgetLines() -> impl IntoView {
    let state = use_state();
    let data = move || {
        state.with_parts(&[Part::BudgetLines], |w| {
            let mut years: Vec<i32> = w.budget_lines.iter().map(|l| l.year).collect();
            years.sort();
            years.dedup();
            let series: Vec<(String, Vec<Option<i64>>, plan_core::Source)> = w
                .budget_labels()
                .into_iter()
                .map(|label| {
                    let lines = w.budget_series(label);
                    let values = years
                        .iter()
                        .map(|y| lines.iter().find(|l| l.year == *y).map(|l| l.tkr))
                        .collect();
                    (label.to_owned(), values, lines[0].source.clone())
                })
                .collect();
            (years, series)
        })
    };
    move || {
        let lang = state.lang.get();
        let (years, series) = data();
        if years.is_empty() {
            return None;
        }
        let chart_series: Vec<chart::ChartSeries> = series
            .iter()
            .map(|(l, v, _)| {
                chart::ChartSeries::new(
                    l.clone(),
                    v.iter().map(|x| x.unwrap_or(0) as f64).collect(),
                )
            })
            .collect();
        let year_labels: Vec<String> = years.iter().map(|y| y.to_string()).collect();
        Some(view! {
            <section class="budget" data-testid="budget-lines">
                <h2>{da_en(lang, "Budgetlinjer", "Budget lines")}</h2>
                <p>{da_en(lang, "Beløb i 1.000 kr. pr. år, som budgetaftalen tilfører.", "Amounts in DKK 1,000 per year added by the budget agreement.")}</p>
                <div class="chart-and-table">
                    <chart::SeriesChart
                        id="budget-chart".to_owned()
                        kind=chart::ChartKind::Bars
                        title=da_en(lang, "Budgetlinjer", "Budget lines").to_owned()
                        lang
                        categories=year_labels
                        series=chart_series
                    />
                    <div class="table-wrap" tabindex="0">
                    <table class="numbers">
                        <caption>{da_en(lang, "Budgetlinjer", "Budget lines")} " (" {da_en(lang, "1.000 kr.", "DKK 1,000")} ")"</caption>
                        <thead>
                            <tr>
                                <th scope="col">{da_en(lang, "Budgetlinjer", "Budget lines")}</th>
                                {years.iter().map(|y| view! { <th scope="col">{*y}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {series
                                .iter()
                                .map(|(label, values, source)| {
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                {label.clone()}
                                                <SourceNote source=source.clone() />
                                            </th>
                                            {values
                                                .iter()
                                                .map(|v| {
                                                    view! {
                                                        <td class="num">
                                                            {v.map(|v| format::tkr(v, lang)).unwrap_or_default()}
                                                        </td>
                                                    }
                                                })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                    </div>
                </div>
            </section>
        })
    }
}
