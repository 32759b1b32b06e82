//! The app shell: shared state, navigation, language switch, notices, and the views.

use leptos::prelude::*;
use plan_core::{Lang, Workspace};

use crate::i18n::{tr, Key};
use crate::route::{navigate, use_route, Route, View};
use crate::storage::{self, StartupNotice};
use crate::views::{about::AboutView, plan::PlanView, sheet::SheetView};

/// State shared by all views.
#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    /// The last save error, shown until the next successful save.
    pub save_error: RwSignal<Option<String>>,
}

impl AppState {
    pub fn t(&self, key: Key) -> &'static str {
        tr(self.lang.get(), key)
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

#[component]
pub fn App() -> impl IntoView {
    let startup = storage::load_workspace();
    let lang = RwSignal::new(storage::load_lang().unwrap_or_default());
    let state = AppState {
        workspace: RwSignal::new(startup.workspace),
        lang,
        route: use_route(),
        save_error: RwSignal::new(None),
    };
    provide_context(state);
    let notice = RwSignal::new(startup.notice);

    // Save on every change after the first run (the first run is what was just loaded).
    Effect::new(move |first: Option<()>| {
        state.workspace.with(|ws| {
            if first.is_some() {
                state.save_error.set(storage::save_workspace(ws).err());
            }
        });
    });

    // A new view starts at the top of the page.
    Effect::new(move |prev: Option<View>| {
        let view = state.route.with(|r| r.view);
        if prev.is_some_and(|p| p != view) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        view
    });

    // Keep <html lang> and the title in step with the language.
    Effect::new(move |_| {
        let l = lang.get();
        storage::save_lang(l);
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", l.code());
        }
        document().set_title(tr(l, Key::AppTitle));
    });

    let toggle_lang = move |_| {
        lang.update(|l| {
            *l = match l {
                Lang::Da => Lang::En,
                Lang::En => Lang::Da,
            }
        })
    };

    view! {
        <a class="skip" href="#main" on:click=move |ev| {
            ev.prevent_default();
            if let Some(el) = document().get_element_by_id("main") {
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }>{move || state.t(Key::SkipToContent)}</a>
        <header class="top">
            <div class="brand">
                <span class="muni">{move || state.workspace.with(|w| w.plan.municipality.clone())}</span>
                <span class="title">{move || state.t(Key::AppTitle)}</span>
            </div>
            <nav aria-label=move || state.t(Key::AppTitle)>
                <ul>
                    {View::ALL
                        .into_iter()
                        .map(|v| {
                            let label = move || match v {
                                View::Plan => state.t(Key::NavPlan),
                                View::Sheet => state.t(Key::NavSheet),
                                View::About => state.t(Key::NavAbout),
                            };
                            view! {
                                <li>
                                    <a
                                        href=format!("#/{}", v.slug())
                                        data-testid=format!("nav-{}", v.slug())
                                        aria-current=move || (state.route.get().view == v).then_some("page")
                                    >
                                        {label}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            <button
                class="lang"
                data-testid="lang-switch"
                lang=move || if lang.get() == Lang::Da { "en" } else { "da" }
                on:click=toggle_lang
            >
                {move || state.t(Key::LanguageSwitch)}
            </button>
        </header>
        <StartupBanner notice />
        <SaveErrorBanner />
        <main id="main" tabindex="-1">
            {move || match state.route.get().view {
                View::Plan => view! { <PlanView /> }.into_any(),
                View::Sheet => view! { <SheetView /> }.into_any(),
                View::About => view! { <AboutView /> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn StartupBanner(notice: RwSignal<Option<StartupNotice>>) -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        notice.get().map(|n| {
            let (title, body) = match &n {
                StartupNotice::Broken { error, backup_key } => (
                    tr(lang, Key::BrokenStateTitle).to_string(),
                    format!(
                        "{} {} {}",
                        match lang {
                            Lang::Da => error.message_da(),
                            Lang::En => error.message_en(),
                        },
                        tr(lang, Key::BrokenStateKept),
                        backup_key
                    ),
                ),
                StartupNotice::Migrated { from } => (
                    tr(lang, Key::MigratedNotice).to_string(),
                    format!("{from} → {}", plan_core::SCHEMA_VERSION),
                ),
            };
            view! {
                <div class="banner warn" role="alert" data-testid="startup-notice">
                    <strong>{title}</strong>
                    <p>{body}</p>
                    <button on:click=move |_| notice.set(None)>{tr(lang, Key::Dismiss)}</button>
                </div>
            }
        })
    }
}

#[component]
fn SaveErrorBanner() -> impl IntoView {
    let state = use_state();
    move || {
        state.save_error.get().map(|e| {
            view! {
                <div class="banner error" role="alert" data-testid="save-error">
                    <strong>{state.t(Key::SaveFailed)}</strong>
                    " "
                    {e}
                </div>
            }
        })
    }
}

/// Changes one query parameter of the current view's route.
pub fn set_route_param(state: AppState, key: &str, value: &str) {
    navigate(&state.route.get_untracked().with_param(key, value));
}

use wasm_bindgen::JsCast;
