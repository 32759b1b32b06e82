//! The targets an import linked, named in the import's summary: "Koblet: <target> ← <the
//! indicator>", each with a button to undo the link and one for each other indicator that
//! fits. Each row reads the workspace, so an undo (here or with Ctrl+Z) shows at once.

use super::*;

/// The targets an import linked, with undo and the other indicators that fit.
#[component]
pub(super) fn LinkedTargets(
    links: Vec<NewLink>,
    /// The UI language: the summary is built again when it changes.
    lang: Lang,
) -> impl IntoView {
    if links.is_empty() {
        return view! {
            <p data-testid="import-links-none">{da_en(
                lang,
                "Ingen mål blev koblet: filen rummer ikke de tal, planens mål følges med. Se under Målopfølgning, hvad der skal hentes.",
                "No target was linked: the file does not hold the figures the plan's targets are followed by. See what to download under Target follow-up.",
            )}</p>
        }
        .into_any();
    }
    let count = links.len();
    let rows = links
        .into_iter()
        .map(|l| view! { <LinkedRow link=l lang /> })
        .collect_view();
    view! {
        <div class="import-links" data-testid="import-links">
            <p>{da_en(
                lang,
                format!("{count} mål blev koblet til tallene i filen:"),
                format!("{count} {} linked to the figures in the file:", if count == 1 { "target was" } else { "targets were" }),
            )}</p>
            <ul>{rows}</ul>
        </div>
    }
    .into_any()
}

/// One linked target: what it is linked to now, undo, and the other indicators that fit.
#[component]
fn LinkedRow(link: NewLink, lang: Lang) -> impl IntoView {
    let state = use_state();
    let id = link.measure_id.clone();
    let target = link.measure_text.clone();
    // Every indicator the import found for the target, the one it took first.
    let choices: Vec<String> = std::iter::once(link.indicator.clone())
        .chain(link.others.iter().cloned())
        .collect();
    let testid = format!("import-link-{id}");
    move || {
        let current = state.with_parts(&[Part::Indicators], |w| {
            w.indicators.link_for(&id).map(|l| l.indicator.clone())
        });
        let target = target.clone();
        let follow_href = format!("#/maal?maal={id}");
        let others = choices
            .iter()
            .filter(|c| current.as_ref().is_none_or(|now| now != *c))
            .map(|c| {
                let (id, name) = (id.clone(), c.clone());
                let label = c.clone();
                view! {
                    <button
                        type="button"
                        class="secondary small"
                        data-testid="import-link-other"
                        on:click=move |_| {
                            let (id, name) = (id.clone(), name.clone());
                            state.edit(move |w| w.indicators.set_link(&id, Some(&name)));
                        }
                    >
                        {da_en(lang, "Brug i stedet: ", "Use instead: ")} {label}
                    </button>
                }
            })
            .collect_view();
        let body = match current.clone() {
            Some(indicator) => {
                let id = id.clone();
                view! {
                    <span class="linked-text">
                        {da_en(lang, "Koblet: ", "Linked: ")}
                        <a href=follow_href>{target}</a>
                        " ← " <span class="indicator-name">{indicator}</span>
                    </span>
                    <button
                        type="button"
                        class="small"
                        data-testid="import-link-undo"
                        on:click=move |_| {
                            let id = id.clone();
                            state.edit(move |w| w.indicators.remove_link(&id));
                        }
                    >
                        {da_en(lang, "Fortryd koblingen", "Undo the link")}
                    </button>
                }
                .into_any()
            }
            None => view! {
                <span class="linked-text">
                    {da_en(lang, "Ikke koblet (fortrudt): ", "Not linked (undone): ")}
                    <a href=follow_href>{target}</a>
                </span>
            }
            .into_any(),
        };
        view! {
            <li data-testid=testid.clone() data-linked=current.is_some().to_string()>
                {body}
                {others}
            </li>
        }
    }
}
