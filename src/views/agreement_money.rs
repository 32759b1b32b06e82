//! The budget agreement's money followed (Budgetopfølgning): per agreement with amounts the
//! agreed savings, additions and buffer per year with their totals (with and without the
//! buffer), what the follow-ups report as realised, the difference and a status per item and
//! year, a chart of the totals, a CSV, and a form to enter what was realised. A thin layer
//! over `plan_core::budget_agreement`.

use leptos::prelude::*;
use plan_core::budget_agreement::{
    agreements_with_money, to_csv, AgreementMoney, MoneyCell, MoneyRow, MoneyStatus, YearTotals,
};
use plan_core::input::{parse_field, FieldRule};
use plan_core::{format, Lang, Part, Tkr, Year};
use wasm_bindgen::JsCast;

use super::case::da;
use super::common::{CsvButton, StatusBadge, Tone};
use super::fields::NumberField;
use super::SourceNote;
use crate::app::use_state;
use crate::chart::{ChartKind, ChartSeries, SeriesChart};
use crate::i18n::da_en;

/// What a realised amount may be: whole thousands of kroner, not negative.
const REALISED_RULE: FieldRule = FieldRule {
    min: Some(0.0),
    max: Some(100_000_000.0),
    whole: true,
};

/// The app's badge for a money status.
fn tone(status: MoneyStatus) -> Tone {
    Tone::of_colour_name(status.colour())
}

/// A net amount: positive is money added to the committee, negative a net saving.
fn net_text(v: Tkr, lang: Lang) -> String {
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

fn totals_table(m: &AgreementMoney, lang: Lang) -> impl IntoView {
    type Cell = Box<dyn Fn(&YearTotals) -> String>;
    let amount =
        move |f: fn(&YearTotals) -> Tkr| -> Cell { Box::new(move |t| format::tkr(f(t), lang)) };
    let net = move |f: fn(&YearTotals) -> Tkr| -> Cell { Box::new(move |t| net_text(f(t), lang)) };
    let realised = move |f: fn(&YearTotals) -> Option<Tkr>| -> Cell {
        Box::new(move |t| {
            f(t).map(|v| format::tkr(v, lang))
                .unwrap_or_else(|| "–".into())
        })
    };
    let rows: Vec<(&'static str, &'static str, &'static str, Cell)> = vec![
        (
            "savings",
            "Besparelser (skal spares)",
            "Savings (to be saved)",
            amount(|t| t.savings),
        ),
        (
            "additions",
            "Tilførsler (får udvalget)",
            "Additions (the committee receives)",
            amount(|t| t.additions),
        ),
        (
            "buffer",
            "Buffer til førtidspension (tilført)",
            "Early-retirement buffer (added)",
            amount(|t| t.buffer),
        ),
        (
            "additions_with_buffer",
            "Tilførsler med buffer",
            "Additions with the buffer",
            amount(|t| t.additions_with_buffer),
        ),
        (
            "net_without_buffer",
            "Netto tilført uden buffer",
            "Net added without the buffer",
            net(|t| t.net_without_buffer),
        ),
        (
            "net_with_buffer",
            "Netto tilført med buffer",
            "Net added with the buffer",
            net(|t| t.net_with_buffer),
        ),
        (
            "other",
            "Investeringer og nettoudgifter (ikke medregnet)",
            "Investments and net costs (not counted)",
            amount(|t| t.other),
        ),
        (
            "realised_savings",
            "Realiseret besparelse",
            "Savings realised",
            realised(|t| t.realised_savings),
        ),
        (
            "realised_additions",
            "Realiseret tilførsel og buffer",
            "Additions and buffer realised",
            realised(|t| t.realised_additions),
        ),
    ];
    let head = m
        .years
        .iter()
        .map(|y| view! { <th scope="col">{y.to_string()}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|(code, da_label, en_label, cell)| {
            let strong = code.starts_with("net_");
            let cells = m
                .totals
                .iter()
                .map(|t| {
                    let text = cell(t);
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

fn items_table(m: &AgreementMoney, lang: Lang) -> impl IntoView {
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

/// The form that enters what was realised of an item in a year (one undoable edit).
#[component]
fn RealisedForm(money: Memo<Option<AgreementMoney>>, lang: Lang) -> impl IntoView {
    let state = use_state();
    // The items that carry agreed money, once each: (item id, "2.d.1 Sygedagpenge …").
    let items = Memo::new(move |_| {
        money.with(|m| {
            let mut out: Vec<(String, String)> = Vec::new();
            for r in m.iter().flat_map(|m| &m.rows).filter(|r| r.in_totals) {
                if !out.iter().any(|(id, _)| *id == r.item_id) {
                    out.push((r.item_id.clone(), format!("{} {}", r.number, r.headline)));
                }
            }
            out
        })
    });
    let years =
        Memo::new(move |_| money.with(|m| m.as_ref().map(|m| m.years.clone()).unwrap_or_default()));
    let item =
        RwSignal::new(items.with_untracked(|i| i.first().map(|i| i.0.clone()).unwrap_or_default()));
    let year = RwSignal::new(years.with_untracked(|y| y.first().copied().unwrap_or(0)));
    // What the item's money row shows for the year: realised, else agreed.
    let current = move |item_id: &str, y: Year| -> (Option<Tkr>, Option<Tkr>) {
        money.with_untracked(|m| {
            m.iter()
                .flat_map(|m| &m.rows)
                .find(|r| r.item_id == item_id && r.in_totals)
                .and_then(|r| r.cells.iter().find(|c| c.year == y))
                .map(|c| (c.realised, c.agreed))
                .unwrap_or((None, None))
        })
    };
    let amount = RwSignal::new(0.0_f64);
    let valid = RwSignal::new(true);
    let note = RwSignal::new(String::new());
    let done = RwSignal::new(None::<String>);
    let show_current = move || {
        let (r, a) = current(&item.get_untracked(), year.get_untracked());
        amount.set(r.or(a).unwrap_or(0) as f64);
        valid.set(true);
    };
    show_current();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = state.lang.get_untracked();
        if !valid.get_untracked() {
            return;
        }
        let (id, y, tkr) = (
            item.get_untracked(),
            year.get_untracked(),
            amount.get_untracked().round() as Tkr,
        );
        let today = plan_core::committee::iso_date(crate::views::scenarios::baseline::today_date());
        let text = note.get_untracked();
        state.edit(|w| {
            if let Some(i) = w.item_mut(&id) {
                i.set_realised(y, Some(tkr), &today, &text);
            }
        });
        done.set(Some(da_en(
            lang,
            format!("Realiseret {} i {y} er gemt.", format::tkr(tkr, lang)),
            format!("Realised {} in {y} is saved.", format::tkr(tkr, lang)),
        )));
    };
    let clear = move |_| {
        let lang = state.lang.get_untracked();
        let (id, y) = (item.get_untracked(), year.get_untracked());
        state.edit(|w| {
            if let Some(i) = w.item_mut(&id) {
                i.set_realised(y, None, "", "");
            }
        });
        show_current();
        done.set(Some(da_en(
            lang,
            format!("Indtastningen for {y} er fjernet; en budgetopfølgnings tal gælder igen."),
            format!("The entry for {y} is removed; a budget follow-up's figure counts again."),
        )));
    };
    view! {
        <form class="money-entry" data-testid="money-entry" on:submit=save>
            <h3>{da_en(lang, "Skriv et realiseret beløb", "Enter a realised amount")}</h3>
            <div class="money-entry-fields" on:input=move |ev| {
                let is_amount = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|e| e.get_attribute("data-testid"))
                    .is_some_and(|id| id == "money-entry-amount");
                if is_amount {
                    valid.set(parse_field(&event_target_value(&ev), state.lang.get_untracked(), REALISED_RULE).is_ok());
                }
            }>
                <label class="field">
                    <span class="field-label">{da_en(lang, "Punkt", "Item")}</span>
                    <select data-testid="money-entry-item" on:change=move |ev| {
                        item.set(event_target_value(&ev));
                        show_current();
                    }>
                        {move || items.get().into_iter().map(|(id, name)| {
                            let selected = item.get_untracked() == id;
                            view! { <option value=id selected=selected lang=da(lang)>{name}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span class="field-label">{da_en(lang, "År", "Year")}</span>
                    <select data-testid="money-entry-year" on:change=move |ev| {
                        if let Ok(y) = event_target_value(&ev).parse() {
                            year.set(y);
                            show_current();
                        }
                    }>
                        {move || years.get().into_iter().map(|y| {
                            let selected = year.get_untracked() == y;
                            view! { <option value=y.to_string() selected=selected>{y.to_string()}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <NumberField
                    label=da_en(lang, "Realiseret (1.000 kr.)", "Realised (DKK 1,000)").to_owned()
                    testid="money-entry-amount"
                    value=amount
                    rule=REALISED_RULE
                    decimals=0
                    on_value=Callback::new(move |v: f64| amount.set(v))
                />
                <label class="field">
                    <span class="field-label">{da_en(lang, "Note (valgfri)", "Note (optional)")}</span>
                    <input type="text" data-testid="money-entry-note" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev)) />
                </label>
            </div>
            <p class="hint">{da_en(
                lang,
                "En besparelse skrives som det sparede beløb, en tilførsel som det brugte beløb. Det indtastede gælder frem for budgetopfølgningernes tal og kan fortrydes.",
                "A saving is entered as the amount saved, an addition as the amount used. What is entered counts before the budget follow-ups' figures and can be undone.",
            )}</p>
            <div class="actions">
                <button type="submit" data-testid="money-entry-save" disabled=move || !valid.get()>{da_en(lang, "Gem realiseret beløb", "Save realised amount")}</button>
                " "
                <button type="button" class="secondary" data-testid="money-entry-clear" on:click=clear>{da_en(lang, "Fjern indtastningen", "Remove the entry")}</button>
            </div>
            <p role="status" class="meta" data-testid="money-entry-done">{move || done.get()}</p>
        </form>
    }
}
