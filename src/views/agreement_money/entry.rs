//! The form that enters what was realised of an item in a year.

use leptos::prelude::*;
use plan_core::budget_agreement::AgreementMoney;
use plan_core::input::{parse_field, FieldRule};
use plan_core::{format, Lang, Tkr, Year};
use wasm_bindgen::JsCast;

use crate::i18n::da_en;
use crate::state::use_state;
use crate::views::case::da;
use crate::views::fields::NumberField;

/// What a realised amount may be: whole thousands of kroner, not negative.
const REALISED_RULE: FieldRule = FieldRule {
    min: Some(0.0),
    max: Some(100_000_000.0),
    whole: true,
};

/// The form that enters what was realised of an item in a year (one undoable edit).
#[component]
pub(super) fn RealisedForm(money: Memo<Option<AgreementMoney>>, lang: Lang) -> impl IntoView {
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
        let today = crate::clock::today_iso();
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
