//! The recommendations (indstilling) and the committee's decision on each: the current
//! status, the dated history, and a form to record a decision or undo the latest.

use leptos::prelude::*;
use plan_core::committee::{
    parse_iso_date, record_decision, undo_decision, CommitteeCase, Decision, DecisionStatus,
    Recommendation,
};
use plan_core::{format, Lang};

use super::da;
use crate::i18n::da_en;
use crate::state::use_state;
use crate::views::common::{StatusBadge, Tone};

fn tone(status: DecisionStatus) -> Tone {
    Tone::of_colour_name(match status {
        DecisionStatus::Approved | DecisionStatus::ApprovedWithChanges => "green",
        DecisionStatus::Postponed => "yellow",
        DecisionStatus::NotApproved => "red",
        DecisionStatus::Pending => "grey",
    })
}

#[component]
pub(super) fn Recommendations(case: CommitteeCase) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let items = case
        .recommendations
        .iter()
        .map(|r| view! { <RecommendationItem case_id=case.id.clone() r=r.clone() lang /> })
        .collect_view();
    view! {
        <section class="case-recommendations" aria-labelledby="case-rec-h">
            <h2 id="case-rec-h">{da_en(lang, "Indstilling", "Recommendations")}</h2>
            <p lang=da(lang)>{case.recommended_by.text.clone()}</p>
            <ol class="recommendations">{items}</ol>
        </section>
    }
}

#[component]
fn RecommendationItem(case_id: String, r: Recommendation, lang: Lang) -> impl IntoView {
    let state = use_state();
    let status = RwSignal::new(DecisionStatus::Approved);
    let date = RwSignal::new(crate::clock::today_iso());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let rid = r.id.clone();
    let (record_case, record_rid) = (case_id.clone(), rid.clone());
    let record = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = state.lang.get_untracked();
        let Some(day) = parse_iso_date(&date.get_untracked()) else {
            error.set(Some(
                da_en(
                    lang,
                    "Angiv datoen for afgørelsen (år, måned og dag).",
                    "Give the date of the decision (year, month and day).",
                )
                .to_owned(),
            ));
            return;
        };
        let decision = Decision::new(status.get_untracked(), day, &note.get_untracked());
        let mut result = Ok(());
        let (cid, rid) = (record_case.clone(), record_rid.clone());
        state.edit(|w| {
            if let Some(case) = w.committee_cases.iter_mut().find(|c| c.id == cid) {
                result = record_decision(case, &rid, decision, lang);
            }
        });
        match result {
            Ok(()) => {
                error.set(None);
                note.set(String::new());
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let (undo_case, undo_rid) = (case_id, rid.clone());
    let undo = move |_| {
        let lang = state.lang.get_untracked();
        let (cid, rid) = (undo_case.clone(), undo_rid.clone());
        let mut result = Ok(());
        state.edit(|w| {
            if let Some(case) = w.committee_cases.iter_mut().find(|c| c.id == cid) {
                result = undo_decision(case, &rid, lang).map(|_| ());
            }
        });
        error.set(result.err());
    };
    let current = r.status();
    let history = r
        .decisions
        .iter()
        .rev()
        .map(|d| {
            view! {
                <li>
                    <time datetime=plan_core::committee::iso_date(d.date)>{format::date(d.date, lang)}</time>
                    ": " {d.status.label(lang)}
                    {(!d.note.is_empty()).then(|| view! { " – " <span>{d.note.clone()}</span> })}
                </li>
            }
        })
        .collect_view();
    let has_history = !r.decisions.is_empty();
    let status_id = format!("dec-status-{rid}");
    let date_id = format!("dec-date-{rid}");
    let note_id = format!("dec-note-{rid}");
    view! {
        <li class="recommendation" data-testid=format!("case-rec-{rid}")>
            <p lang=da(lang)>{r.text.clone()}</p>
            <p data-testid=format!("case-rec-{rid}-status")>
                {da_en(lang, "Udvalgets afgørelse: ", "The committee's decision: ")}
                <StatusBadge tone=tone(current) label=current.label(lang) outlined=true />
                {r.current().map(|d| view! { " " {format::date(d.date, lang)} })}
            </p>
            {has_history.then(|| view! {
                <details class="decision-history">
                    <summary>{da_en(lang, "Afgørelser, nyeste først", "Decisions, latest first")}</summary>
                    <ul>{history}</ul>
                </details>
            })}
            <form class="decision-form" on:submit=record>
                <label for=status_id.clone()>{da_en(lang, "Afgørelse", "Decision")}</label>
                <select
                    id=status_id
                    data-testid=format!("case-rec-{rid}-choice")
                    on:change=move |ev| {
                        if let Some(s) = DecisionStatus::from_code(&event_target_value(&ev)) {
                            status.set(s);
                        }
                    }
                >
                    {DecisionStatus::RECORDABLE
                        .into_iter()
                        .map(|s| view! { <option value=s.code() selected=move || status.get() == s>{s.label(lang)}</option> })
                        .collect_view()}
                </select>
                <label for=date_id.clone()>{da_en(lang, "Dato", "Date")}</label>
                <input id=date_id type="date" data-testid=format!("case-rec-{rid}-date") prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev)) />
                <label for=note_id.clone()>{da_en(lang, "Bemærkning", "Note")}</label>
                <input id=note_id type="text" data-testid=format!("case-rec-{rid}-note") prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev)) />
                <button type="submit" data-testid=format!("case-rec-{rid}-record")>{da_en(lang, "Registrér afgørelsen", "Record the decision")}</button>
                {has_history.then(|| view! {
                    <button type="button" class="secondary" data-testid=format!("case-rec-{rid}-undo") on:click=undo>
                        {da_en(lang, "Fortryd den seneste afgørelse", "Undo the latest decision")}
                    </button>
                })}
            </form>
            {move || error.get().map(|e| view! { <p class="error" role="alert" data-testid="case-decision-error">{e}</p> })}
        </li>
    }
}
