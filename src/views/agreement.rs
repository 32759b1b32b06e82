//! The development agreement (udviklingsaftale) as it reads: section by section, each
//! agreement's political goal, objectives and links to policies, and its target groups with
//! their interventions, deadline and effect indicators, each indicator followed against the
//! imported figures like the plan's measures. Every text can be edited in place.

use leptos::prelude::*;
use plan_core::agreement::{
    add_indicator, add_target_group, follow_agreement, remove_indicator, remove_target_group,
    set_text, Agreement, DevelopmentAgreement, Passage, TargetGroup, TextField,
};
use plan_core::indicators::published::published;
use plan_core::indicators::FollowStatus;
use plan_core::{Lang, Part, Source};

use super::case::{da, DocumentTabs};
use super::common::{StatusBadge, Tone};
use super::SourceNote;
use crate::i18n::da_en;
use crate::state::use_state;

/// One text of the agreement: read as text, or in edit mode a field that saves on change.
#[component]
fn Text(
    agreement_id: String,
    id: String,
    field: TextField,
    text: String,
    editing: RwSignal<bool>,
    #[prop(optional)] label: &'static str,
) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let error = RwSignal::new(None::<String>);
    let input_id = plan_core::agreement::field_id(&id, field);
    let shown = text.clone();
    let save = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let (aid, id) = (agreement_id.clone(), id.clone());
        let mut result = Ok(());
        state.edit(|w| {
            if let Some(a) = w.agreements.iter_mut().find(|a| a.id == aid) {
                let today = crate::clock::today_iso();
                result = set_text(a, &id, field, &value, Source::written_in_app(&today));
            }
        });
        error.set(
            result
                .err()
                .map(|i| i.message(state.lang.get_untracked()).to_owned()),
        );
    };
    move || {
        if editing.get() {
            let rows = (shown.chars().count() / 70 + 1).min(8);
            view! {
                <span class="edit-text">
                    <label class="visually-hidden" for=input_id.clone()>{da_en(lang, "Tekst", "Text")} " " {label}</label>
                    <textarea id=input_id.clone() rows=rows data-testid=format!("edit-{}", input_id) on:change=save.clone() prop:value=shown.clone()></textarea>
                    {move || error.get().map(|e| view! { <span class="error" role="alert">{e}</span> })}
                </span>
            }
            .into_any()
        } else {
            view! { <span lang=da(lang)>{shown.clone()}</span> }.into_any()
        }
    }
}

fn passages(a: &str, list: &[Passage], editing: RwSignal<bool>) -> impl IntoView {
    list.iter()
        .map(|p| {
            let points = p
                .points
                .iter()
                .map(|q| view! { <li><Text agreement_id=a.to_owned() id=q.id.clone() field=TextField::Main text=q.text.clone() editing /></li> })
                .collect_view();
            view! {
                {(!p.text.is_empty() || editing.get_untracked()).then(|| view! {
                    <p><Text agreement_id=a.to_owned() id=p.id.clone() field=TextField::Main text=p.text.clone() editing /></p>
                })}
                {(!p.points.is_empty()).then(|| view! { <ul>{points}</ul> })}
            }
        })
        .collect_view()
}

#[component]
pub fn AgreementView() -> impl IntoView {
    let state = use_state();
    let editing = RwSignal::new(false);
    let content = move || {
        let lang = state.lang.get();
        let ws = state.ws.read(&[Part::Agreements, Part::Indicators]);
        let Some(doc) = ws.agreements.first().cloned() else {
            return view! {
                <p data-testid="agreement-none">{da_en(lang, "Der er ingen udviklingsaftale i dette arbejdsområde.", "There is no development agreement in this workspace.")}</p>
            }
            .into_any();
        };
        let followed = follow_agreement(&ws.indicators, &doc);
        let status_of = |measure_id: &str| {
            followed
                .iter()
                .find(|f| f.measure().id == measure_id)
                .map(|f| {
                    (
                        f.followed.status,
                        f.explanation(lang),
                        f.latest_text(lang),
                        f.followed.status_text(lang),
                        published(&f.measure().id).map(|p| p.text(lang)),
                    )
                })
        };
        let sections = doc
            .sections
            .iter()
            .map(|s| {
                let agreements = s
                    .agreements
                    .iter()
                    .map(|a| agreement_view(&doc, a, editing, lang, &status_of))
                    .collect_view();
                view! {
                    <section class="agreement-section" data-testid=format!("agreement-section-{}", s.id) aria-labelledby=format!("{}-h", s.id)>
                        <h2 id=format!("{}-h", s.id)><Text agreement_id=doc.id.clone() id=s.id.clone() field=TextField::Main text=s.name.clone() editing /></h2>
                        {agreements}
                    </section>
                }
            })
            .collect_view();
        let measured = followed.len();
        let with_figures = followed
            .iter()
            .filter(|f| {
                !matches!(
                    f.followed.status,
                    FollowStatus::NotLinked | FollowStatus::NoData
                )
            })
            .count();
        view! {
            <article class="agreement" data-testid="agreement-view">
                <DocumentTabs current=crate::route::View::Agreement />
                <h1 data-testid="agreement-title">{doc.name.clone()}</h1>
                <p class="hint" data-testid="agreement-summary">
                    {da_en(
                        lang,
                        format!("{} afsnit, {} aftaler og {} målgrupper. {measured} effektindikatorer kan måles; {with_figures} har tal. Importér tal fra Jobindsats for at følge resten, som planens mål følges.", doc.sections.len(), doc.agreements().count(), doc.target_groups().count()),
                        format!("{} sections, {} agreements and {} target groups. {measured} effect indicators can be measured; {with_figures} have figures. Import figures from Jobindsats to follow the rest, as the plan's targets are followed.", doc.sections.len(), doc.agreements().count(), doc.target_groups().count()),
                    )}
                </p>
                <label class="edit-toggle">
                    <input type="checkbox" data-testid="agreement-edit" prop:checked=move || editing.get() on:change=move |ev| editing.set(event_target_checked(&ev)) />
                    " " {da_en(lang, "Redigér aftalens tekster", "Edit the agreement's texts")}
                </label>
                {sections}
                <SourceNote source=doc.source.clone() />
            </article>
        }
        .into_any()
    };
    view! { <div data-testid="agreement-page">{content}</div> }
}

/// A measure's status, explanation, latest figure, status in words (naming a missing
/// series) and where its figure is published.
type StatusOf<'a> =
    dyn Fn(&str) -> Option<(FollowStatus, String, String, String, Option<String>)> + 'a;

fn today_source() -> Source {
    Source::written_in_app(&crate::clock::today_iso())
}

/// A structural edit of the agreement (add or remove a target group or an indicator), as one
/// undo step; a refusal is shown where the edit was asked for.
fn structural(
    agreement_id: String,
    error: RwSignal<Option<String>>,
    f: impl Fn(&mut DevelopmentAgreement) -> Result<(), plan_core::plan_edit::PlanIssue> + 'static,
) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    let state = use_state();
    move |_| {
        let mut result = Ok(());
        state.edit(|w| {
            if let Some(a) = w.agreements.iter_mut().find(|a| a.id == agreement_id) {
                result = f(a);
            }
        });
        error.set(
            result
                .err()
                .map(|i| i.message(state.lang.get_untracked()).to_owned()),
        );
    }
}

fn agreement_view(
    doc: &DevelopmentAgreement,
    a: &Agreement,
    editing: RwSignal<bool>,
    lang: Lang,
    status_of: &StatusOf,
) -> impl IntoView {
    let groups = a
        .target_groups
        .iter()
        .map(|g| group_view(&doc.id, g, editing, lang, status_of))
        .collect_view();
    let (doc_id, a_id) = (doc.id.clone(), a.id.clone());
    view! {
        <div class="agreement-unit" data-testid=format!("agreement-{}", a.id)>
            <h3>{da_en(lang, "Overordnet politisk mål", "Overall political goal")}</h3>
            {passages(&doc.id, &a.goal, editing)}
            {(!a.objectives.is_empty()).then(|| view! {
                <h3>{da_en(lang, "Målsætning med indsats", "Objectives")}</h3>
                {passages(&doc.id, &a.objectives, editing)}
            })}
            {(!a.links.is_empty()).then(|| view! {
                <details class="agreement-links">
                    <summary>{da_en(lang, "Koblinger til politikker og strategier", "Links to policies and strategies")}</summary>
                    {passages(&doc.id, &a.links, editing)}
                </details>
            })}
            <h3>{da_en(lang, "Målgrupper for indsats", "Target groups")}</h3>
            {groups}
            {move || editing.get().then(|| {
                let error = RwSignal::new(None::<String>);
                let (aid, agid) = (doc_id.clone(), a_id.clone());
                let add = structural(aid, error, move |d| {
                    let name = da_en(use_state().lang.get_untracked(), "Ny målgruppe", "New target group");
                    add_target_group(d, &agid, name, today_source()).map(|_| ())
                });
                view! {
                    <p>
                        <button class="secondary" data-testid=format!("agreement-add-group-{}", a_id.clone()) on:click=add>
                            {da_en(lang, "Tilføj en målgruppe", "Add a target group")}
                        </button>
                        {move || error.get().map(|e| view! { <span class="error" role="alert">{e}</span> })}
                    </p>
                }
            })}
        </div>
    }
}

fn group_view(
    aid: &str,
    g: &TargetGroup,
    editing: RwSignal<bool>,
    lang: Lang,
    status_of: &StatusOf,
) -> impl IntoView {
    let (agreement_id, group_id) = (aid.to_owned(), g.id.clone());
    let indicators = g
        .effect
        .indicators
        .iter()
        .map(|t| {
            let statuses = t
                .measures
                .iter()
                .filter_map(|m| status_of(&m.id).map(|s| (m.id.clone(), m.indicator.clone(), s)))
                .map(|(mid, name, (status, explanation, latest, status_text, published))| view! {
                    <p class="agreement-follow" data-testid=format!("agreement-follow-{mid}") data-status=status.colour()>
                        <span lang=da(lang)>{name}</span> ": "
                        <StatusBadge tone=Tone::of_colour_name(status.colour()) label=status_text outlined=true />
                        " " <span class="num">{latest}</span> " "
                        <span class="explain">{explanation}</span>
                        {published.map(|p| view! { " " <span class="published" data-testid=format!("agreement-published-{mid}")>{p}</span> })}
                    </p>
                })
                .collect_view();
            let (aid2, tid) = (aid.to_owned(), t.id.clone());
            view! {
                <li data-testid=format!("agreement-indicator-{}", t.id)>
                    <Text agreement_id=aid.to_owned() id=t.id.clone() field=TextField::Main text=t.text.clone() editing />
                    {statuses}
                    {move || editing.get().then(|| {
                        let error = RwSignal::new(None::<String>);
                        let tid2 = tid.clone();
                        let remove = structural(aid2.clone(), error, move |d| remove_indicator(d, &tid2).map(|_| ()));
                        view! {
                            <button class="secondary small" data-testid=format!("agreement-remove-{}", tid.clone()) on:click=remove>
                                {da_en(lang, "Fjern effektindikatoren", "Remove the effect indicator")}
                            </button>
                            {move || error.get().map(|e| view! { <span class="error" role="alert">{e}</span> })}
                        }
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="target-group" data-testid=format!("agreement-group-{}", g.id) aria-label=g.name.clone()>
            <h4><Text agreement_id=aid.to_owned() id=g.id.clone() field=TextField::Main text=g.name.clone() editing /></h4>
            {(!g.description.is_empty()).then(|| view! {
                <p class="muted">"(" <Text agreement_id=aid.to_owned() id=g.id.clone() field=TextField::Description text=g.description.clone() editing /> ")"</p>
            })}
            <div class="group-grid">
                <div>
                    <h5>{da_en(lang, "Indsatser", "Interventions")}</h5>
                    {passages(aid, &g.interventions, editing)}
                </div>
                <div>
                    <h5>{da_en(lang, "Frist", "Deadline")}</h5>
                    {g.deadline.iter().map(|d| view! { <p><Text agreement_id=aid.to_owned() id=d.id.clone() field=TextField::Main text=d.text.clone() editing /></p> }).collect_view()}
                    <h5>{da_en(lang, "Effektindikator", "Effect indicators")}</h5>
                    {(!g.effect.heading.is_empty()).then(|| view! { <p class="effect-heading"><Text agreement_id=aid.to_owned() id=g.effect.id.clone() field=TextField::Main text=g.effect.heading.clone() editing /></p> })}
                    {(!g.effect.text.is_empty()).then(|| view! { <p><Text agreement_id=aid.to_owned() id=g.effect.id.clone() field=TextField::EffectText text=g.effect.text.clone() editing /></p> })}
                    <ul class="indicators">{indicators}</ul>
                    {move || editing.get().then(|| {
                        let error = RwSignal::new(None::<String>);
                        let gid = group_id.clone();
                        let add = structural(agreement_id.clone(), error, move |d| {
                            let text = da_en(use_state().lang.get_untracked(), "Ny effektindikator", "New effect indicator");
                            add_indicator(d, &gid, text, today_source()).map(|_| ())
                        });
                        let gid = group_id.clone();
                        let remove = structural(agreement_id.clone(), error, move |d| remove_target_group(d, &gid).map(|_| ()));
                        view! {
                            <p>
                                <button class="secondary small" data-testid=format!("agreement-add-indicator-{}", group_id.clone()) on:click=add>
                                    {da_en(lang, "Tilføj en effektindikator", "Add an effect indicator")}
                                </button>
                                " "
                                <button class="secondary small danger" data-testid=format!("agreement-remove-group-{}", group_id.clone()) on:click=remove>
                                    {da_en(lang, "Fjern målgruppen", "Remove the target group")}
                                </button>
                                {move || error.get().map(|e| view! { <span class="error" role="alert">{e}</span> })}
                            </p>
                        }
                    })}
                    {g.notes.iter().map(|n| view! { <p class="hint"><Text agreement_id=aid.to_owned() id=n.id.clone() field=TextField::Main text=n.text.clone() editing /></p> }).collect_view()}
                </div>
            </div>
        </section>
    }
}
