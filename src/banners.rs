//! The banners over every view: what the start found (a migration, an unreadable part,
//! no IndexedDB), a failed save or download, and two tabs changing the plan at once.

use leptos::prelude::*;
use plan_core::Lang;

use crate::i18n::da_en;
use crate::state::use_state;
use crate::storage::{self, StartupNotice};
use crate::views::common::{Banner, BannerKind};

#[component]
pub fn StartupBanner(notices: RwSignal<Vec<StartupNotice>>) -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        notices
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                let (title, body) = startup_text(&n, lang);
                view! {
                    <Banner kind=BannerKind::Warn testid="startup-notice" data_kind=notice_kind(&n)>
                        <strong>{title}</strong>
                        <p>{body}</p>
                        <button on:click=move |_| notices.update(|v| { v.remove(i); })>{da_en(lang, "Luk", "Close")}</button>
                    </Banner>
                }
            })
            .collect_view()
    }
}

fn notice_kind(n: &StartupNotice) -> &'static str {
    match n {
        StartupNotice::Broken { .. } => "broken",
        StartupNotice::BrokenParts(_) => "broken-parts",
        StartupNotice::Migrated { .. } => "migrated",
        StartupNotice::MovedToParts { .. } => "moved-to-parts",
        StartupNotice::NoIndexedDb { .. } => "no-indexeddb",
        StartupNotice::IndicatorsUnreachable { .. } => "indicators-unreachable",
    }
}

/// A startup notice's title and text in the UI language.
fn startup_text(n: &StartupNotice, lang: Lang) -> (String, String) {
    match n {
        StartupNotice::Broken { error, backup_key } => (
            da_en(lang, "De gemte data kunne ikke læses", "The saved data could not be read").to_string(),
            format!(
                "{} {} {}",
                error.text(lang),
                da_en(lang, "Intet er slettet: de ulæselige data er gemt uændret som sikkerhedskopi, og appen viser standardplanen indtil videre. Nøgle:", "Nothing was deleted: the unreadable data is kept unchanged as a backup, and the app shows the default plan for now. Key:"),
                backup_key
            ),
        ),
        StartupNotice::BrokenParts(parts) => (
            da_en(lang, "De gemte data kunne ikke læses", "The saved data could not be read").to_string(),
            parts
                .iter()
                .map(|(e, key)| format!("{} {} {key}", e.text(lang), da_en(lang, "Intet er slettet: de ulæselige data er gemt uændret som sikkerhedskopi, og appen viser standardplanen indtil videre. Nøgle:", "Nothing was deleted: the unreadable data is kept unchanged as a backup, and the app shows the default plan for now. Key:")))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        StartupNotice::Migrated { from } => (
            da_en(lang, "De gemte data er opdateret fra en ældre skemaversion:", "The saved data was upgraded from an older schema version:").to_string(),
            format!("{from} → {}", plan_core::SCHEMA_VERSION),
        ),
        StartupNotice::MovedToParts { backup_key } => (
            da_en(lang, "Dine data gemmes nu i dele", "Your data is now saved in parts").to_string(),
            format!(
                "{} {backup_key}",
                da_en(
                    lang,
                    "Denne udgave gemmer planen, scenarierne og de importerede tal hver for sig, så en ændring kun gemmer det, der er ændret. Intet er gået tabt; den gamle gemte tekst er bevaret som sikkerhedskopi:",
                    "This version saves the plan, the scenarios and the imported figures separately, so a change saves only what changed. Nothing was lost; the old saved text is kept as a backup:",
                )
            ),
        ),
        StartupNotice::NoIndexedDb { detail } => (
            da_en(lang, "Store datamængder kan ikke gemmes her", "Large data cannot be kept here").to_string(),
            format!(
                "{} ({detail})",
                da_en(
                    lang,
                    "Browseren giver ikke denne side adgang til IndexedDB (det sker i nogle private vinduer, når siden er åbnet som fil, eller når lagring er slået fra). Appen virker, men importerede tal gemmes i browserens lille lager (ca. 5 MB): en stor fil kan ikke gemmes, og siden siger det, hvis det sker. Hent dine data som fil under Om data for at have dem med.",
                    "The browser does not give this page IndexedDB (some private windows, a page opened as a file, or storage turned off). The app works, but imported figures are kept in the browser's small storage (about 5 MB): a large file cannot be kept, and the page says so if that happens. Download your data as a file under About the data to keep it.",
                )
            ),
        ),
        StartupNotice::IndicatorsUnreachable { detail } => (
            da_en(lang, "De importerede tal kan ikke læses lige nu", "The imported figures cannot be read just now").to_string(),
            format!(
                "{} ({detail})",
                da_en(
                    lang,
                    "De importerede tal ligger i browserens IndexedDB, som siden ikke kan åbne nu. De er ikke ændret og bliver ikke skrevet over; resten af appen virker. Prøv at genindlæse siden eller åbne den i et almindeligt vindue.",
                    "The imported figures are in the browser's IndexedDB, which the page cannot open now. They are unchanged and will not be written over; the rest of the app works. Try reloading, or open the page in an ordinary window.",
                )
            ),
        ),
    }
}

#[component]
pub fn SaveErrorBanner() -> impl IntoView {
    let state = use_state();
    view! {
        {move || {
            state.save_failed.get().map(|e| {
                view! {
                    <Banner kind=BannerKind::Error testid="save-error">
                        <strong>{da_en(state.lang.get(), "Ændringen kunne ikke gemmes i browseren:", "The change could not be saved in the browser:")}</strong>
                        " "
                        {move || e.message(state.lang.get())}
                    </Banner>
                }
            })
        }}
        {move || {
            state.save_error.get().map(|e| {
                view! {
                    <Banner kind=BannerKind::Error testid="problem">
                        {e}
                        " "
                        <button on:click=move |_| state.save_error.set(None)>{move || da_en(state.lang.get(), "Luk", "Close")}</button>
                    </Banner>
                }
            })
        }}
    }
}

/// Two tabs or windows changed the plan at once: neither version is lost; the user chooses
/// which counts, and the other is kept as a backup.
#[component]
pub fn OtherTabBanner() -> impl IntoView {
    let state = use_state();
    let result = RwSignal::new(None::<String>);
    let take_theirs = move |_| {
        let mine = state.ws.untracked();
        leptos::task::spawn_local(async move {
            match storage::take_other_tabs_version(&mine, state.lang.get_untracked()).await {
                Ok((theirs, key)) => {
                    state.other_tab.set(false);
                    state.replace(theirs);
                    result.set(Some(key));
                }
                Err(e) => state.save_error.set(Some(e)),
            }
        });
    };
    let keep_mine = move |_| {
        let mine = state.ws.untracked();
        leptos::task::spawn_local(async move {
            match storage::keep_mine_over_other_tab(&mine, state.lang.get_untracked()).await {
                Ok(key) => {
                    state.other_tab.set(false);
                    result.set(Some(key));
                    // Edits made while this was saving are saved too.
                    storage::schedule(&state.ws.untracked(), &[]);
                }
                Err(e) => state.save_error.set(Some(e)),
            }
        });
    };
    view! {
        {move || {
            let lang = state.lang.get();
            state.other_tab.get().then(|| view! {
                <Banner kind=BannerKind::Warn testid="other-tab">
                    <p>{da_en(
                        lang,
                        "Planen er ændret i en anden fane eller et andet vindue, efter du åbnede den her. Intet er skrevet oven i noget: vælg, hvilken version der skal gælde. Den anden gemmes som sikkerhedskopi under Om data.",
                        "The plan was changed in another tab or window after you opened it here. Nothing was written over anything: choose which version is to count. The other is kept as a backup under About the data.",
                    )}</p>
                    <button data-testid="other-tab-take" on:click=take_theirs>
                        {da_en(lang, "Brug den anden fanes version", "Use the other tab's version")}
                    </button>
                    " "
                    <button data-testid="other-tab-keep" on:click=keep_mine>
                        {da_en(lang, "Behold min version", "Keep my version")}
                    </button>
                </Banner>
            })
        }}
        {move || result.get().map(|key| view! {
            <Banner kind=BannerKind::Ok testid="other-tab-done">
                {da_en(state.lang.get(), "Den anden version er gemt som sikkerhedskopi: ", "The other version is kept as a backup: ")}
                <code>{key}</code>
            </Banner>
        })}
    }
}

/// A one-file app opened in a browser that already holds data of its own: the file's data is
/// offered, and replaces what is stored only when the user says so (what is replaced is kept
/// as a backup first; undo also brings it back).
#[component]
pub fn OneFileOffer(offered: Option<crate::single_file::Embedded>) -> impl IntoView {
    let state = use_state();
    let t = move |da: &'static str, en: &'static str| move || da_en(state.lang.get(), da, en);
    let offered = StoredValue::new(offered);
    let open = RwSignal::new(offered.with_value(Option::is_some));
    let done = RwSignal::new(None::<Result<String, String>>);
    let adopt = move |_| {
        let Some(e) = offered.get_value() else {
            return;
        };
        let lang = state.lang.get_untracked();
        let current = state.ws.untracked();
        leptos::task::spawn_local(async move {
            match crate::single_file::adopt(&e, &current, lang).await {
                Ok(key) => {
                    state.replace(e.workspace);
                    open.set(false);
                    done.set(Some(Ok(key.unwrap_or_default())));
                }
                Err(message) => done.set(Some(Err(message))),
            }
        });
    };
    view! {
        {move || open.get().then(|| view! {
            <Banner kind=BannerKind::Warn testid="one-file-offer">
                <p>{t(
                    "Denne fil har sine egne data, men browseren har allerede data gemt fra før. Du ser det, browseren har gemt; intet er erstattet.",
                    "This file has its own data, but the browser already holds data from before. You see what the browser holds; nothing is replaced.",
                )}</p>
                <div class="actions">
                    <button data-testid="one-file-adopt" on:click=adopt>{t("Brug filens data", "Use the file's data")}</button>
                    " "
                    <button class="secondary" data-testid="one-file-keep" on:click=move |_| open.set(false)>
                        {t("Behold browserens data", "Keep the browser's data")}
                    </button>
                </div>
                <p class="hint">{t(
                    "Bruger du filens data, gemmes browserens data først som sikkerhedskopi (under Om data), og Fortryd bringer dem tilbage.",
                    "If you use the file's data, the browser's data is kept as a backup first (under About the data), and Undo brings it back.",
                )}</p>
            </Banner>
        })}
        {move || done.get().map(|result| match result {
            Ok(key) => view! {
                <Banner kind=BannerKind::Ok status=true testid="one-file-adopted">
                    {move || da_en(
                        state.lang.get(),
                        "Filens data er indlæst. Det, browseren havde før, er gemt som sikkerhedskopi: ",
                        "The file's data is loaded. What the browser held before is kept as a backup: ",
                    )}
                    <code>{key.clone()}</code>
                </Banner>
            }
            .into_any(),
            Err(message) => view! {
                <Banner kind=BannerKind::Error testid="one-file-error">{message}</Banner>
            }
            .into_any(),
        })}
    }
}
