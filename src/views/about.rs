//! About the data: where it lives, how to export it, reset with a backup, and the sources.

use leptos::prelude::*;
use plan_core::{persist, source::SEEDS, Lang};

use super::{download, download_failed};
use crate::app::use_state;
use crate::i18n::{tr, Key};
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
        if let Err(e) = download(&name, "application/json", &text) {
            state
                .save_error
                .set(Some(download_failed(state.lang.get_untracked(), &e)));
        }
    };
    let reset = move |_| {
        let confirmed = window()
            .confirm_with_message(state.t(Key::ResetConfirm))
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
                if let Err(e) = download(&name, "application/json", &text) {
                    state
                        .save_error
                        .set(Some(download_failed(state.lang.get_untracked(), &e)));
                }
            }
        });
    };

    let delete_backup = move |key: String| {
        let question = match state.lang.get_untracked() {
            Lang::Da => "Slette sikkerhedskopien? Den kan ikke hentes igen bagefter.",
            Lang::En => "Delete the backup? It cannot be brought back afterwards.",
        };
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
                <h1>{move || state.t(Key::AboutTitle)}</h1>
            </header>
            <section>
                <h2>{move || state.t(Key::AboutDataHeading)}</h2>
                <p data-testid="data-location">{move || state.t(Key::AboutData)}</p>
            </section>
            <section>
                <h2>{move || state.t(Key::AboutExportHeading)}</h2>
                <p>{move || state.t(Key::AboutExport)}</p>
                <button data-testid="export" on:click=export>
                    {move || state.t(Key::ExportButton)}
                </button>
            </section>
            <super::files::KeepSafe />
            <super::files::LoadFile />
            <super::files::SingleFile />
            <section>
                <h2>{move || state.t(Key::AboutResetHeading)}</h2>
                <p>{move || state.t(Key::AboutReset)}</p>
                <button class="danger" data-testid="reset" on:click=reset>
                    {move || state.t(Key::ResetButton)}
                </button>
                {move || {
                    reset_message
                        .get()
                        .map(|key| {
                            view! {
                                <p class="banner ok" role="status" data-testid="reset-done">
                                    {state.t(Key::ResetDone)} " " <code>{key}</code>
                                </p>
                            }
                        })
                }}
                <h3>{move || state.t(Key::BackupsHeading)}</h3>
                {move || {
                    let keys = backups.get();
                    if keys.is_empty() {
                        view! { <p class="muted">{state.t(Key::BackupsNone)}</p> }.into_any()
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
                                                    {move || match state.lang.get() {
                                                        Lang::Da => "Hent",
                                                        Lang::En => "Download",
                                                    }}
                                                </button>
                                                " "
                                                <button class="danger" data-testid="backup-delete" on:click=move |_| delete_backup(key2.clone())>
                                                    {move || match state.lang.get() {
                                                        Lang::Da => "Slet",
                                                        Lang::En => "Delete",
                                                    }}
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
                <h2>{move || state.t(Key::AboutSourcesHeading)}</h2>
                <p>{move || state.t(Key::AboutSources)}</p>
                <ul class="sources" data-testid="sources">
                    {SEEDS.iter().map(|(_, title)| view! { <li>{*title}</li> }).collect_view()}
                </ul>
                <p class="muted">
                    {move || tr(state.lang.get(), Key::Period)} ": "
                    {move || state.ws.plan.with(|p| plan_core::format::period(p.period.start, p.period.end))}
                    " · schema " {plan_core::SCHEMA_VERSION}
                </p>
            </section>
        </article>
    }
}
