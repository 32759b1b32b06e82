//! Files and keeping data safe (on Om data): loading a workspace file (what it replaces is
//! shown first, and kept as a backup), loading a shared scenario file, and asking the browser
//! to keep the data for good.

use leptos::prelude::*;
use leptos::task::spawn_local;
use plan_core::scenarios::{evaluate, summary, target_specs};
use plan_core::share::{self, SharedScenario};
use plan_core::{format, persist, Lang, Part, Workspace};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::common::{Banner, BannerKind};
use crate::i18n::da_en;
use crate::state::use_state;
use crate::storage::{self, BackupReason};

/// What a loaded file holds.
#[derive(Clone)]
enum Loaded {
    Workspace {
        name: String,
        workspace: Box<Workspace>,
        migrated_from: Option<u32>,
    },
    Scenario {
        name: String,
        shared: Box<SharedScenario>,
    },
    Error(String),
    Done(String),
}

/// Counts that tell two workspaces apart, for "what will be replaced".
fn counts(w: &Workspace, lang: Lang) -> Vec<(&'static str, String)> {
    let n = |v: usize| format::number(v as f64, 0, lang);
    vec![
        (
            da_en(lang, "Plan", "Plan"),
            format!(
                "{} ({})",
                w.plan.name,
                format::period(w.plan.period.start, w.plan.period.end)
            ),
        ),
        (da_en(lang, "Temaer", "Themes"), n(w.plan.themes.len())),
        (da_en(lang, "Måltal", "Measures"), n(w.measures().count())),
        (
            da_en(lang, "Indsatser", "Initiatives"),
            n(w.plan.themes.iter().map(|t| t.initiatives.len()).sum()),
        ),
        (
            da_en(lang, "Punkter på styringsark", "Status sheet items"),
            n(w.status_sheets.iter().map(|s| s.items.len()).sum()),
        ),
        (
            da_en(lang, "Budgetlinjer", "Budget lines"),
            n(w.budget_lines.len()),
        ),
        (
            da_en(lang, "Scenarier", "Scenarios"),
            n(w.scenarios.scenarios.len()),
        ),
        (
            da_en(lang, "Importerede filer", "Imported files"),
            n(w.indicators.imports.len()),
        ),
        (
            da_en(lang, "Importerede tal", "Imported figures"),
            n(w.indicators.len()),
        ),
    ]
}

#[component]
pub fn LoadFile() -> impl IntoView {
    let state = use_state();
    let loaded = RwSignal::new(None::<Loaded>);
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().expect("target").unchecked_into();
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let name = file.name();
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let text = match JsFuture::from(file.text()).await {
                Ok(t) => t.as_string().unwrap_or_default(),
                Err(_) => {
                    loaded.set(Some(Loaded::Error(format!(
                        "{name}: {}",
                        da_en(
                            lang,
                            "filen kunne ikke læses.",
                            "the file could not be read."
                        )
                    ))));
                    return;
                }
            };
            let result = if share::is_shared_json(&text) {
                share::from_json(&text)
                    .map(|shared| Loaded::Scenario {
                        name: name.clone(),
                        shared: Box::new(shared),
                    })
                    .map_err(|e| {
                        format!(
                            "{name}: {}",
                            e.message_for(plan_core::guard::DocKind::SharedFile, lang)
                        )
                    })
            } else {
                persist::decode(&text)
                    .map(|(workspace, from)| Loaded::Workspace {
                        name: name.clone(),
                        workspace: Box::new(workspace),
                        migrated_from: from,
                    })
                    .map_err(|e| format!("{name}: {}", e.text(lang)))
            };
            loaded.set(Some(result.unwrap_or_else(Loaded::Error)));
        });
    };

    let content = move || {
        let lang = state.lang.get();
        match loaded.get() {
            None => ().into_any(),
            Some(Loaded::Error(message)) => view! {
                <Banner kind=BannerKind::Error testid="file-error">
                    <p>{message}</p>
                    <p>{da_en(lang, "Intet er ændret.", "Nothing has changed.")}</p>
                </Banner>
            }
            .into_any(),
            Some(Loaded::Done(message)) => view! {
                <Banner kind=BannerKind::Ok testid="file-done">{message}</Banner>
            }
            .into_any(),
            Some(Loaded::Scenario { name, shared }) => {
                let w = state.ws.untracked();
                let targets = target_specs(&w, &w.scenarios.target_links);
                let result = evaluate(&shared.assumptions, &shared.scenario, &targets);
                let text = summary(&shared.assumptions, &shared.scenario, &result, lang);
                let keep = move |_| {
                    super::share::keep_copy(state, &shared);
                };
                view! {
                    <Banner kind=BannerKind::Plain quiet=true testid="file-scenario">
                        <p><strong>{name}</strong></p>
                        <p>{text}</p>
                        <button class="primary" data-testid="file-keep-scenario" on:click=keep>
                            {da_en(lang, "Gem en kopi i mine scenarier", "Keep a copy in my scenarios")}
                        </button>
                        " "
                        <button on:click=move |_| loaded.set(None)>{da_en(lang, "Annullér", "Cancel")}</button>
                    </Banner>
                }
                .into_any()
            }
            Some(Loaded::Workspace {
                name,
                workspace,
                migrated_from,
            }) => {
                let now = counts(&state.ws.read(&Part::ALL), lang);
                let new = counts(&workspace, lang);
                let rows = now
                    .into_iter()
                    .zip(new)
                    .map(|((label, a), (_, b))| {
                        let changed = a != b;
                        view! {
                            <tr class:changed=changed>
                                <th scope="row">{label}</th>
                                <td>{a}</td>
                                <td>{b}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let replace = {
                    let workspace = workspace.clone();
                    let name = name.clone();
                    move |_| {
                        let workspace = workspace.clone();
                        let name = name.clone();
                        let current = state.ws.untracked();
                        leptos::task::spawn_local(async move {
                            match storage::replace_stored(
                                Some(&current),
                                &workspace,
                                BackupReason::FileImport,
                                lang,
                            )
                            .await
                            {
                                Err(e) => loaded.set(Some(Loaded::Error(e))),
                                Ok(key) => {
                                    state.replace((*workspace).clone());
                                    let key = key.unwrap_or_default();
                                    loaded.set(Some(Loaded::Done(da_en(lang, format!("{name} er indlæst. Det, du havde før, er gemt som sikkerhedskopi {key}; Fortryd (Ctrl+Z) bringer det også tilbage."), format!("{name} is loaded. What you had before is kept as backup {key}; Undo (Ctrl+Z) also brings it back.")))));
                                }
                            }
                        });
                    }
                };
                view! {
                    <Banner kind=BannerKind::Warn quiet=true testid="file-preview">
                        <p><strong>{name.clone()}</strong></p>
                        {migrated_from.map(|v| view! {
                            <p>{da_en(lang, format!("Filen er gemt med skemaversion {v} og opdateres til version {}.", plan_core::SCHEMA_VERSION), format!("The file was saved with schema version {v} and is upgraded to version {}.", plan_core::SCHEMA_VERSION))}</p>
                        })}
                        <div class="table-wrap" tabindex="0">
                            <table class="numbers">
                                <caption>{da_en(lang, "Det her erstattes", "This is replaced")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col"></th>
                                        <th scope="col">{da_en(lang, "Nu", "Now")}</th>
                                        <th scope="col">{da_en(lang, "Fra filen", "From the file")}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                        <div class="actions">
                            <button class="danger" data-testid="file-replace" on:click=replace>
                                {da_en(lang, "Erstat mine data med filen (med sikkerhedskopi)", "Replace my data with the file (with a backup)")}
                            </button>
                            <button on:click=move |_| loaded.set(None)>{da_en(lang, "Annullér", "Cancel")}</button>
                        </div>
                    </Banner>
                }
                .into_any()
            }
        }
    };
    view! {
        <section aria-labelledby="load-title">
            <h2 id="load-title">{move || da_en(state.lang.get(), "Indlæs en fil", "Load a file")}</h2>
            <p>{move || da_en(
                state.lang.get(),
                "Indlæs en fil, der er hentet med \"Hent som fil\" (alle data), eller et scenarie, der er delt som fil. Før noget erstattes, ser du hvad, og det, du har nu, gemmes som sikkerhedskopi.",
                "Load a file made with \"Download as file\" (all data), or a scenario shared as a file. Before anything is replaced you see what, and what you have now is kept as a backup.",
            )}</p>
            <label for="workspace-file">{move || da_en(state.lang.get(), "Vælg en JSON-fil", "Choose a JSON file")}</label>
            " "
            <input id="workspace-file" type="file" accept=".json,application/json" data-testid="workspace-file" on:change=on_file />
            {content}
        </section>
    }
}

/// How much of the browser's local storage the app uses, in bytes (UTF-16, as browsers count).
fn local_storage_bytes() -> usize {
    let Ok(Some(storage)) = window().local_storage() else {
        return 0;
    };
    let len = storage.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .map(|k| {
            let v = storage.get_item(&k).ok().flatten().unwrap_or_default();
            (k.encode_utf16().count() + v.encode_utf16().count()) * 2
        })
        .sum()
}

/// Where the data lives, how much room it takes, and whether the browser keeps it for good.
#[component]
pub fn KeepSafe() -> impl IntoView {
    let state = use_state();
    let persisted = RwSignal::new(None::<bool>);
    let used = RwSignal::new(local_storage_bytes());
    let storage_manager = || window().navigator().storage();
    spawn_local(async move {
        if let Ok(v) = storage_manager().persisted() {
            if let Ok(v) = JsFuture::from(v).await {
                persisted.set(v.as_bool());
            }
        }
    });
    let ask = move |_| {
        spawn_local(async move {
            if let Ok(p) = storage_manager().persist() {
                if let Ok(v) = JsFuture::from(p).await {
                    persisted.set(v.as_bool());
                }
            }
        });
    };
    // Only the parts that live in localStorage change what it holds.
    Effect::new(move |_| {
        for part in Part::ALL.into_iter().filter(|p| !storage::in_idb(*p)) {
            state.ws.track(part);
        }
        used.set(local_storage_bytes());
    });
    let in_idb = storage::home() == storage::Home::IndexedDb;
    let values = move || state.ws.indicators.with(|i| i.len());
    view! {
        <section aria-labelledby="safe-title" data-testid="keep-safe">
            <h2 id="safe-title">{move || da_en(state.lang.get(), "Sådan passer du på dine data", "Keeping your data safe")}</h2>
            <p data-testid="storage-used">{move || {
                let lang = state.lang.get();
                let mb = format::number(used.get() as f64 / 1024.0 / 1024.0, 2, lang);
                let n = format::number(values() as f64, 0, lang);
                if in_idb {
                    da_en(lang, format!("Dine data ligger kun i denne browser på denne computer. Planen, arkene og scenarierne ligger i browserens lokale lager og fylder {mb} MB af de ca. 5 MB, browseren giver hver side; de {n} importerede tal ligger i browserens database (IndexedDB), som har plads til langt mere. De sendes ingen steder hen. Ryddes browserens data (\"Slet browserdata\", privat vindue, en anden computer), er de væk: hent dem som fil jævnligt, og gem filen et sikkert sted."), format!("Your data lives only in this browser on this computer. The plan, the sheets and the scenarios are in the browser's local storage and take {mb} MB of the about 5 MB the browser gives each site; the {n} imported figures are in the browser's database (IndexedDB), which has room for far more. It is sent nowhere. If the browser's data is cleared (\"Clear browsing data\", a private window, another computer), it is gone: download it as a file regularly and keep the file somewhere safe."))
                } else {
                    da_en(lang, format!("Dine data ligger kun i denne browser på denne computer, i browserens lokale lager, og fylder {mb} MB af de ca. 5 MB, browseren giver hver side (browserens database, IndexedDB, kan ikke bruges her, så også de {n} importerede tal ligger dér). De sendes ingen steder hen. Ryddes browserens data (\"Slet browserdata\", privat vindue, en anden computer), er de væk: hent dem som fil jævnligt, og gem filen et sikkert sted."), format!("Your data lives only in this browser on this computer, in the browser's local storage, and takes {mb} MB of the about 5 MB the browser gives each site (the browser's database, IndexedDB, cannot be used here, so the {n} imported figures are there too). It is sent nowhere. If the browser's data is cleared (\"Clear browsing data\", a private window, another computer), it is gone: download it as a file regularly and keep the file somewhere safe."))
                }
            }}</p>
            <p data-testid="persisted">{move || {
                let lang = state.lang.get();
                match persisted.get() {
                    Some(true) => da_en(lang, "Browseren har lovet at beholde dataene, også når disken bliver fuld.", "The browser has promised to keep the data, also when the disk gets full."),
                    Some(false) => da_en(lang, "Browseren har ikke lovet at beholde dataene: den kan slette dem, hvis disken bliver fuld. Bed den om det herunder (det hjælper at installere appen eller sætte et bogmærke).", "The browser has not promised to keep the data: it may delete it if the disk gets full. Ask it below (installing the app or bookmarking it helps)."),
                    None => da_en(lang, "Browseren oplyser ikke, om den beholder dataene.", "The browser does not say whether it keeps the data."),
                }
            }}</p>
            {move || (persisted.get() != Some(true)).then(|| view! {
                <button data-testid="persist" on:click=ask>{da_en(state.lang.get(), "Bed browseren om at beholde dataene", "Ask the browser to keep the data")}</button>
            })}
        </section>
    }
}

/// "Download the app as one HTML file", for workshops without a network.
#[component]
pub fn SingleFile() -> impl IntoView {
    let state = use_state();
    let status = RwSignal::new(None::<Result<String, String>>);
    let busy = RwSignal::new(false);
    let make = move |_| {
        busy.set(true);
        status.set(None);
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let ws = state.ws.untracked();
            let title = da_en(
                lang,
                "Beskæftigelsesplan og budget",
                "Employment plan and budget",
            );
            let result = crate::single_file::build(&ws, title, lang.code()).await;
            busy.set(false);
            match result {
                Ok(html) => {
                    let date = String::from(js_sys::Date::new_0().to_iso_string());
                    let name = format!("beskaeftigelsesplan-{}.html", &date[..10]);
                    let mb = format::number(html.len() as f64 / 1024.0 / 1024.0, 1, lang);
                    match super::download(&name, "text/html;charset=utf-8", &html) {
                        Ok(()) => status.set(Some(Ok(da_en(
                            lang,
                            format!("{name} ({mb} MB) er hentet."),
                            format!("{name} ({mb} MB) is downloaded."),
                        )))),
                        Err(e) => status.set(Some(Err(e))),
                    }
                }
                Err(e) => status.set(Some(Err(e))),
            }
        });
    };
    view! {
        <section aria-labelledby="single-title">
            <h2 id="single-title">{move || da_en(state.lang.get(), "Appen som én fil", "The app as one file")}</h2>
            <p>{move || da_en(
                state.lang.get(),
                "Hent appen med dine nuværende data som én HTML-fil. Den kan åbnes fra en USB-nøgle eller en mail-vedhæftning uden net og uden server, fx til en workshop. Ændringer, der laves i filen, gemmes i den browser, der åbner den; hent dem som fil, hvis de skal med tilbage.",
                "Download the app with your current data as one HTML file. It opens from a USB stick or an e-mail attachment with no network and no server, for instance for a workshop. Changes made in the file are kept in the browser that opens it; download them as a file to bring them back.",
            )}</p>
            <button data-testid="single-file" disabled=move || busy.get() on:click=make>
                {move || da_en(state.lang.get(), "Hent appen som én HTML-fil", "Download the app as one HTML file")}
            </button>
            {move || status.get().map(|s| match s {
                Ok(text) => view! { <Banner kind=BannerKind::Ok testid="single-file-done">{text}</Banner> }.into_any(),
                Err(e) => view! {
                    <Banner kind=BannerKind::Error testid="single-file-error">
                        {da_en(state.lang.get(), "Filen kunne ikke laves: ", "The file could not be made: ")} {e}
                    </Banner>
                }.into_any(),
            })}
        </section>
    }
}
