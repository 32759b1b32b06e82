//! About the data: where it lives, how to export it, reset with a backup, and the sources.

use leptos::prelude::*;

use crate::i18n::da_en;
use plan_core::{persist, source::SEEDS};

use super::common::{Banner, BannerKind};
use super::offer_download;
use crate::state::use_state;
use crate::storage;

#[component]
pub fn AboutView() -> impl IntoView {
    let state = use_state();
    let reset_message = RwSignal::new(None::<String>);
    let backups = RwSignal::new(storage::backup_keys());

    let export = move |_| {
        let text = persist::encode(&state.ws.untracked());
        let date = String::from(js_sys::Date::new_0().to_iso_string());
        let name = format!("beskaeftigelsesplan-{}.json", &date[..10]);
        offer_download(state, &name, "application/json", &text);
    };
    let reset = move |_| {
        let confirmed = window()
            .confirm_with_message(da_en(state.lang.get(), "Vil du erstatte dit arbejde med standardplanen? Dit nuværende arbejde gemmes som sikkerhedskopi i browseren.", "Replace your work with the default plan? Your current work is kept as a backup in the browser."))
            .unwrap_or(false);
        if !confirmed {
            return;
        }
        let default = plan_core::defaults::default_workspace();
        let current = state.ws.untracked();
        leptos::task::spawn_local(async move {
            match storage::replace_stored(
                Some(&current),
                &default,
                storage::BackupReason::Reset,
                state.lang.get_untracked(),
            )
            .await
            {
                Ok(key) => {
                    state.replace(default);
                    reset_message.set(Some(key.unwrap_or_default()));
                    backups.set(storage::backup_keys());
                }
                Err(e) => state.save_error.set(Some(e)),
            }
        });
    };
    let download_backup = move |key: String| {
        leptos::task::spawn_local(async move {
            if let Some(text) = storage::read_backup(&key).await {
                let name = key.replace('/', "_").replace(':', "-") + ".json";
                offer_download(state, &name, "application/json", &text);
            }
        });
    };

    let delete_backup = move |key: String| {
        let question = da_en(
            state.lang.get_untracked(),
            "Slette sikkerhedskopien? Den kan ikke hentes igen bagefter.",
            "Delete the backup? It cannot be brought back afterwards.",
        );
        if window().confirm_with_message(question).unwrap_or(false) {
            leptos::task::spawn_local(async move {
                storage::remove_backup(&key).await;
                backups.set(storage::backup_keys());
            });
        }
    };

    view! {
        <article class="about" data-testid="about-view">
            <header class="page-head">
                <h1>{move || da_en(state.lang.get(), "Om data", "About the data")}</h1>
            </header>
            <section>
                <h2>{move || da_en(state.lang.get(), "Hvor ligger dine data?", "Where does your data live?")}</h2>
                <p data-testid="data-location">{move || da_en(state.lang.get(), "Alt gemmes kun i denne browser på denne computer (browserens lokale lager). Intet sendes til en server, og appen henter intet fra andre steder. Ryddes browserens data, eller bruger du en anden browser eller computer, er ændringerne ikke med. Gem derfor en eksport, før du rydder browseren.", "Everything is saved only in this browser on this computer (the browser's local storage). Nothing is sent to a server, and the app loads nothing from anywhere else. If the browser's data is cleared, or you use another browser or computer, your changes are not there. Save an export before clearing the browser.")}</p>
            </section>
            <section>
                <h2>{move || da_en(state.lang.get(), "Eksport", "Export")}</h2>
                <p>{move || da_en(state.lang.get(), "Hent hele arbejdsområdet (plan, styringsark, budgetlinjer, scenarier og importerede tal) som én JSON-fil med skemaversion. Filen kan gemmes sammen med sagens bilag.", "Download the whole workspace (plan, status sheets, budget lines, scenarios and imported figures) as one JSON file with a schema version. The file can be kept with the case papers.")}</p>
                <button data-testid="export" on:click=export>
                    {move || da_en(state.lang.get(), "Hent som fil (JSON)", "Download as file (JSON)")}
                </button>
            </section>
            <super::files::KeepSafe />
            <super::files::LoadFile />
            <super::files::SingleFile />
            <section>
                <h2>{move || da_en(state.lang.get(), "Nulstil til standardplanen", "Reset to the default plan")}</h2>
                <p>{move || da_en(state.lang.get(), "Erstatter dit arbejde med den indbyggede plan fra kildedokumenterne. Det, der erstattes, gemmes først som sikkerhedskopi i browseren.", "Replaces your work with the built-in plan from the source documents. What is replaced is first kept as a backup in the browser.")}</p>
                <button class="danger" data-testid="reset" on:click=reset>
                    {move || da_en(state.lang.get(), "Nulstil til standard …", "Reset to default …")}
                </button>
                {move || {
                    reset_message
                        .get()
                        .map(|key| {
                            view! {
                                <Banner kind=BannerKind::Ok testid="reset-done">
                                    {da_en(state.lang.get(), "Planen er nulstillet. Dit tidligere arbejde er gemt som sikkerhedskopi:", "The plan has been reset. Your previous work is kept as a backup:")} " " <code>{key}</code>
                                </Banner>
                            }
                        })
                }}
                <h3>{move || da_en(state.lang.get(), "Sikkerhedskopier i denne browser", "Backups in this browser")}</h3>
                {move || {
                    let keys = backups.get();
                    if keys.is_empty() {
                        view! { <p class="muted">{da_en(state.lang.get(), "Ingen sikkerhedskopier.", "No backups.")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="backups" data-testid="backups">
                                {keys
                                    .into_iter()
                                    .map(|k| {
                                        let label = k.trim_start_matches(storage::BACKUP_PREFIX).to_owned();
                                        let key = k.clone();
                                        let key2 = k.clone();
                                        let label2 = label.clone();
                                        view! {
                                            <li>
                                                <code>{label}</code>
                                                " "
                                                <button on:click=move |_| download_backup(key.clone())>
                                                    {move || da_en(state.lang.get(), "Hent", "Download")}
                                                </button>
                                                " "
                                                <button class="danger" data-testid="backup-delete" on:click=move |_| delete_backup(key2.clone())>
                                                    {move || da_en(state.lang.get(), "Slet", "Delete")}
                                                    <span class="visually-hidden">" " {label2.clone()}</span>
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                }}
            </section>
            <section>
                <h2>{move || da_en(state.lang.get(), "Kilder", "Sources")}</h2>
                <p>{move || da_en(state.lang.get(), "Standardplanen er lavet ud fra Slagelse Kommunes offentlige dokumenter. Hvert mål, punkt og beløb viser sin kilde.", "The default plan is made from Slagelse Kommune's public documents. Every target, item and amount shows its source.")}</p>
                <ul class="sources" data-testid="sources">
                    {SEEDS.iter().map(|(_, title)| view! { <li>{*title}</li> }).collect_view()}
                </ul>
                <p class="muted">
                    {move || da_en(state.lang.get(), "Planperiode", "Plan period")} ": "
                    {move || state.ws.plan.with(|p| plan_core::format::period(p.period.start, p.period.end))}
                    " · schema " {plan_core::SCHEMA_VERSION}
                </p>
            </section>
        </article>
    }
}
