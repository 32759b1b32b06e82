//! The link picker of a target: the imported indicators grouped by the file they came from
//! and by benefit group, searched as the user types, each with its latest figure and period,
//! those that hold what the target needs marked and first. Choosing one links the target by
//! hand. The grouping, search and marks are plan-core's (`indicators::picker`).

use plan_core::indicators::picker::{picker, PickerFile, PickerItem};

use super::*;

/// The picker for the measure `id`; `query` is the search, kept by the caller.
#[component]
pub(super) fn LinkPicker(id: String, query: RwSignal<String>) -> impl IntoView {
    let state = use_state();
    let search_id = format!("link-search-{id}");
    let results = {
        let id = id.clone();
        move || {
            let lang = state.lang.get();
            let q = query.get();
            state.with_parts(&[Part::Plan, Part::Indicators], |ws| {
                let Some((_, _, m)) = ws.measures().find(|(_, _, m)| m.id == id) else {
                    return ().into_any();
                };
                let linked = ws.indicators.link_for(&id).map(|l| l.indicator.clone());
                let files = picker(&ws.indicators, &q, Some(m));
                if files.is_empty() {
                    let text = if ws.indicators.indicators().is_empty() {
                        da_en(
                            lang,
                            "Der er ikke importeret tal endnu.",
                            "No figures have been imported yet.",
                        )
                    } else {
                        da_en(
                            lang,
                            "Ingen indikator har de ord.",
                            "No indicator has those words.",
                        )
                    };
                    return view! { <p class="hint" data-testid="link-picker-empty">{text}</p> }
                        .into_any();
                }
                // A file's list is open when it holds what the target needs or the chosen
                // indicator, when it is the only file, and while searching; the others fold
                // away, so the page stays short and nothing scrolls inside it.
                let only = files.len() == 1;
                let searching = !q.trim().is_empty();
                let files = files
                    .into_iter()
                    .map(|f| {
                        let open =
                            only || searching
                                || f.groups.iter().flat_map(|g| &g.items).any(|i| {
                                    i.fits || linked.as_deref() == Some(i.indicator.as_str())
                                });
                        file_view(f, &id, linked.as_deref(), open, lang)
                    })
                    .collect_view();
                view! { <div class="picker-files">{files}</div> }.into_any()
            })
        }
    };
    let label = move || {
        da_en(
            state.lang.get(),
            "Søg blandt de importerede indikatorer",
            "Search the imported indicators",
        )
    };
    let placeholder = move || {
        da_en(
            state.lang.get(),
            "fx kontanthjælp, sygedagpenge, andel",
            "e.g. kontanthjælp, sygedagpenge, share",
        )
    };
    view! {
        <div class="link-picker" data-testid="link-picker">
            <label for=search_id.clone()>{label}</label>
            <input
                id=search_id
                type="search"
                autocomplete="off"
                data-testid="link-search"
                placeholder=placeholder
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            {results}
        </div>
    }
}

fn file_view(
    f: PickerFile,
    id: &str,
    linked: Option<&str>,
    open: bool,
    lang: Lang,
) -> impl IntoView {
    // A user's file says when it was imported; a table of a document, that it is the
    // document's (its title names the document and its date).
    let when = if f.from_document {
        Some(da_en(lang, "fra dokumentet", "from the document").to_owned())
    } else {
        (!f.imported_at.is_empty()).then(|| {
            let at = crate::views::import::local_time(&f.imported_at, lang);
            da_en(lang, format!("importeret {at}"), format!("imported {at}"))
        })
    };
    let groups = f
        .groups
        .into_iter()
        .map(|g| {
            let name = if g.group.is_empty() {
                da_en(lang, "Uden opdeling", "No grouping").to_owned()
            } else {
                g.group
            };
            let items = g
                .items
                .into_iter()
                .map(|item| item_view(item, id, linked, lang))
                .collect_view();
            view! {
                <div class="picker-group">
                    <h4>{name}</h4>
                    <ul>{items}</ul>
                </div>
            }
        })
        .collect_view();
    view! {
        <details class="picker-file" open=open>
            <summary>
                <h3>
                    {f.file}
                    {when.map(|w| view! { <span class="when">" · " {w}</span> })}
                </h3>
            </summary>
            {groups}
        </details>
    }
}

fn item_view(item: PickerItem, id: &str, linked: Option<&str>, lang: Lang) -> impl IntoView {
    let state = use_state();
    let chosen = linked == Some(item.indicator.as_str());
    let latest = item.latest.map(|l| l.text(lang));
    let (mid, name) = (id.to_owned(), item.indicator.clone());
    view! {
        <li class:fits=item.fits class:chosen=chosen>
            <button
                type="button"
                class="pick"
                data-testid="link-choose"
                data-indicator=item.indicator.clone()
                aria-pressed=chosen.to_string()
                title=item.indicator.clone()
                on:click=move |_| {
                    let (mid, name) = (mid.clone(), name.clone());
                    state.edit(move |w| w.indicators.set_link(&mid, Some(&name)));
                }
            >
                {item.measure}
            </button>
            {latest.map(|l| view! { <span class="latest">{l}</span> })}
            {item.fits.then(|| view! {
                <span class="fits-mark">{da_en(lang, "passer til målet", "fits the target")}</span>
            })}
            {chosen.then(|| view! {
                <span class="chosen-mark">{da_en(lang, "valgt", "chosen")}</span>
            })}
        </li>
    }
}
