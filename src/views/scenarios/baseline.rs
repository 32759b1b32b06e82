//! A benefit group's full-year persons linked to an imported indicator: the suggestions by
//! name, the method (latest full year or the mean of the latest 12 months), and what the link
//! gives, with its source (file, rows, period) and a warning when the figure is old.

use super::*;
use plan_core::scenarios::{effective_assumptions, suggest_links, BaselineMethod, BaselineNote};

/// The scenario set with the linked groups' figures read from the imported indicators.
pub(super) fn linked(w: &Workspace) -> std::borrow::Cow<'_, ScenarioSet> {
    if w.scenarios.baseline_links.is_empty() {
        std::borrow::Cow::Borrowed(&w.scenarios)
    } else {
        std::borrow::Cow::Owned(
            scenarios::linked_set(&w.scenarios, &w.indicators, crate::clock::today()).0,
        )
    }
}

#[component]
pub(super) fn BaselineLinkEditor(group_id: String) -> impl IntoView {
    let state = use_state();
    let gid = group_id.clone();
    move || {
        let lang = state.lang.get();
        let group_id = gid.clone();
        let (link, choices, note) = state.with_parts(&[Part::Scenarios, Part::Indicators], |w| {
            let link = w.scenarios.baseline_link(&group_id).cloned();
            let suggested = suggest_links(&w.scenarios, &w.indicators)
                .into_iter()
                .find(|(g, _)| *g == group_id)
                .map(|(_, s)| s)
                .unwrap_or_default();
            let mut choices: Vec<(String, bool)> =
                suggested.iter().map(|s| (s.clone(), true)).collect();
            for i in w.indicators.indicators() {
                if !suggested.iter().any(|s| s == i) {
                    choices.push((i.to_owned(), false));
                }
            }
            let note = link.as_ref().and_then(|_| {
                let (_, notes) =
                    effective_assumptions(&w.scenarios, &w.indicators, crate::clock::today());
                let mine: Vec<BaselineNote> = notes
                    .into_iter()
                    .filter(|n| n.group_id() == group_id)
                    .collect();
                (!mine.is_empty()).then_some(mine)
            });
            (link, choices, note)
        });
        if choices.is_empty() && link.is_none() {
            return view! {
                <p class="muted small" data-testid=format!("baseline-none-{group_id}")>{da_en(lang, "Importér tal for at koble gruppen til dem (Import af tal).", "Import figures to link the group to them (Import).")}</p>
            }
            .into_any();
        }
        let current = link
            .as_ref()
            .map(|l| l.indicator.clone())
            .unwrap_or_default();
        let method = link
            .as_ref()
            .map_or(BaselineMethod::LatestFullYear, |l| l.method);
        let g1 = group_id.clone();
        let g2 = group_id.clone();
        let set_link = move |g: String, indicator: String, method: BaselineMethod| {
            state.edit(|w| {
                let link = (!indicator.is_empty()).then_some((indicator.as_str(), method));
                w.scenarios.set_baseline_link(&g, link);
            });
        };
        let set2 = set_link;
        let current2 = current.clone();
        let select_id = format!("baseline-{group_id}");
        let method_id = format!("baseline-method-{group_id}");
        view! {
            <div class="baseline-link" data-testid=format!("baseline-{group_id}")>
                <label for=select_id.clone()>{da_en(lang, "Helårspersoner fra importerede tal", "Full-year persons from imported figures")}</label>
                <select
                    id=select_id
                    data-testid="baseline-indicator"
                    on:change=move |ev| set_link(g1.clone(), event_target_value(&ev), method)
                >
                    <option value="" selected=current.is_empty()>{da_en(lang, "Ingen kobling (tallet ovenfor)", "No link (the figure above)")}</option>
                    {choices
                        .into_iter()
                        .map(|(c, suggested)| {
                            let label = if suggested {
                                format!("{c} ({})", da_en(lang, "foreslået", "suggested"))
                            } else {
                                c.clone()
                            };
                            let selected = c == current;
                            view! { <option value=c selected=selected>{label}</option> }
                        })
                        .collect_view()}
                </select>
                <label for=method_id.clone()>{da_en(lang, "Sådan", "How")}</label>
                <select
                    id=method_id
                    data-testid="baseline-method"
                    disabled=current2.is_empty()
                    on:change=move |ev| {
                        if let Some(m) = BaselineMethod::from_code(&event_target_value(&ev)) {
                            set2(g2.clone(), current2.clone(), m);
                        }
                    }
                >
                    {BaselineMethod::ALL
                        .into_iter()
                        .map(|m| view! { <option value=m.code() selected=m == method>{m.label(lang)}</option> })
                        .collect_view()}
                </select>
                {note.map(|notes| view! {
                    <ul class="baseline-notes" data-testid="baseline-notes">
                        {notes
                            .into_iter()
                            .map(|n| {
                                let warn = n.is_warning();
                                let source = match &n {
                                    BaselineNote::Linked { resolved, .. } => Some(resolved.source.clone()),
                                    _ => None,
                                };
                                view! {
                                    <li class:warn=warn>
                                        {n.text(lang)}
                                        {source.map(|s| view! { <SourceNote source=s /> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                })}
            </div>
        }
        .into_any()
    }
}
