//! The committee's decisions as the minutes record them (referat, Social- og
//! Beskæftigelsesudvalget 2. december 2019): every agenda item with its status, the decision
//! word for word with body and date, the parties' proposals and reservations, postponements,
//! and the recommendations it decided on. A thin layer over `plan_core::committee::minutes`.

use leptos::prelude::*;
use plan_core::committee::minutes::{minutes_2019, AgendaItem, Minutes};
use plan_core::committee::DecisionStatus;
use plan_core::{format, Lang};

use super::case::da;
use super::common::{StatusBadge, Tone};
use super::SourceNote;
use crate::i18n::da_en;

fn tone(status: DecisionStatus) -> Tone {
    Tone::of_colour_name(match status {
        DecisionStatus::Approved | DecisionStatus::ApprovedWithChanges => "green",
        DecisionStatus::Postponed => "yellow",
        DecisionStatus::NotApproved => "red",
        DecisionStatus::Pending => "grey",
    })
}

/// The decisions of the 2019 minutes.
#[component]
pub fn MinutesSection(lang: Lang) -> impl IntoView {
    let m = minutes_2019();
    minutes_view(&m, lang)
}

fn minutes_view(m: &Minutes, lang: Lang) -> impl IntoView {
    let postponed: Vec<String> = m
        .items
        .iter()
        .filter(|i| i.status() == DecisionStatus::Postponed)
        .map(|i| i.number.to_string())
        .collect();
    let reservations = m
        .items
        .iter()
        .flat_map(|i| &i.statements)
        .filter(|s| s.kind == plan_core::committee::minutes::StatementKind::Reservation)
        .count();
    let proposals = m
        .items
        .iter()
        .flat_map(|i| &i.statements)
        .filter(|s| s.kind == plan_core::committee::minutes::StatementKind::Proposal)
        .count();
    let summary = da_en(
        lang,
        format!(
            "{} punkter på dagsordenen. Forslag fra partierne: {proposals}. Forbehold: {reservations}. Udsat: {}.",
            m.items.len(),
            if postponed.is_empty() { "ingen".to_owned() } else { format!("punkt {}", postponed.join(", ")) }
        ),
        format!(
            "{} items on the agenda. Proposals by the parties: {proposals}. Reservations: {reservations}. Postponed: {}.",
            m.items.len(),
            if postponed.is_empty() { "none".to_owned() } else { format!("items {}", postponed.join(", ")) }
        ),
    );
    let items = m.items.iter().map(|i| agenda_item(i, lang)).collect_view();
    view! {
        <section class="minutes" data-testid="minutes" aria-labelledby="minutes-h">
            <h2 id="minutes-h">
                {da_en(lang, "Udvalgets beslutninger: ", "The committee's decisions: ")}
                <span lang=da(lang)>{format!("{}, referat {}", m.committee, format::date(m.meeting_date, Lang::Da))}</span>
            </h2>
            <p class="lead">{da_en(
                lang,
                "Hvert punkt på dagsordenen med beslutningen, som referatet skriver den, hvem der besluttede hvornår, partiernes forslag og forbehold og de udsatte punkter.",
                "Every agenda item with the decision as the minutes write it, who decided when, the parties' proposals and reservations, and the items postponed.",
            )}</p>
            <p data-testid="minutes-summary">{summary}</p>
            <SourceNote source=m.source.clone() />
            <ul class="minutes-items">{items}</ul>
        </section>
    }
}

fn agenda_item(item: &AgendaItem, lang: Lang) -> impl IntoView {
    let status = item.status();
    let meetings = item
        .meetings
        .iter()
        .map(|d| {
            let paragraphs = d
                .paragraphs
                .iter()
                .map(|p| view! { <p lang=da(lang)>{p.clone()}</p> })
                .collect_view();
            view! {
                <div class="minutes-decision" data-testid="minutes-decision">
                    <h4>
                        {da_en(lang, "Beslutning i ", "Decision in ")}
                        <span lang=da(lang)>{d.body.clone()}</span>
                        " · "
                        {format::date(d.date, lang)}
                    </h4>
                    {(!d.absent.is_empty()).then(|| view! {
                        <p class="meta">{da_en(lang, "Fraværende: ", "Absent: ")} <span lang=da(lang)>{d.absent.clone()}</span></p>
                    })}
                    {paragraphs}
                </div>
            }
        })
        .collect_view();
    let statements = (!item.statements.is_empty()).then(|| {
        let list = item
            .statements
            .iter()
            .map(|s| {
                let parties = s
                    .parties
                    .iter()
                    .map(|p| format!("({p})"))
                    .collect::<Vec<_>>()
                    .join(", ");
                view! {
                    <li data-kind=match s.kind {
                        plan_core::committee::minutes::StatementKind::Proposal => "proposal",
                        plan_core::committee::minutes::StatementKind::Reservation => "reservation",
                    }>
                        <strong>{s.kind.label(lang)}</strong> " "
                        {parties}
                        " · "
                        {format::date(s.date, lang)}
                        ": "
                        <span lang=da(lang)>{s.text.clone()}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="minutes-statements">
                <h4>{da_en(lang, "Partiernes forslag og forbehold", "The parties' proposals and reservations")}</h4>
                <ul>{list}</ul>
            </div>
        }
    });
    let recommendations = (!item.recommendations.is_empty()).then(|| {
        let list = item
            .recommendations
            .iter()
            .map(|r| {
                let decided = r.current().map(|d| {
                    let note = (!d.note.is_empty()).then(|| {
                        view! { ": " <span lang=da(lang)>{d.note.clone()}</span> }
                    });
                    view! {
                        <span class="meta">
                            {r.status().label(lang)} " " {format::date(d.date, lang)} {note}
                        </span>
                    }
                });
                view! {
                    <li>
                        <span lang=da(lang)>{r.text.clone()}</span>
                        " "
                        <StatusBadge tone=tone(r.status()) label=r.status().label(lang) />
                        " "
                        {decided}
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="minutes-recommendations">
                <summary>{da_en(lang, "Indstilling", "Recommendations")}</summary>
                <p lang=da(lang)>{item.recommended_by.clone()}</p>
                <ol>{list}</ol>
            </details>
        }
    });
    view! {
        <li class="minutes-item" data-testid=format!("minutes-item-{}", item.number)>
            <h3>
                <span lang=da(lang)>{item.heading.clone()}</span>
                " "
                <StatusBadge tone=tone(status) label=status.label(lang) testid="minutes-status" />
            </h3>
            {meetings}
            {statements}
            {recommendations}
            <SourceNote source=item.source.clone() />
        </li>
    }
}
