//! The app shell: shared state, navigation, language switch, notices, and the views.

use leptos::prelude::*;
use plan_core::{Lang, Workspace};

use crate::i18n::{da_en, tr, Key};
use crate::route::{navigate, use_route, Route, View};
use crate::storage::{self, StartupNotice};
use crate::views::{
    about::AboutView, budget::BudgetView, follow::FollowView, import::ImportView, plan::PlanView,
    print::PrintView, scenarios::ScenariosView, share::SharedView, sheet::SheetView,
};

/// State shared by all views.
#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    /// The last save error, shown until the next successful save.
    pub save_error: RwSignal<Option<String>>,
    pub history: RwSignal<History>,
    /// Workshop mode: large type, and the workspace as it was when the workshop began.
    pub workshop: RwSignal<Option<Workspace>>,
    /// Another tab or window saved the plan since this tab loaded or saved it.
    pub other_tab: RwSignal<bool>,
}

/// Undo and redo of every change to the workspace (kept in memory for the session).
#[derive(Debug, Clone, Default)]
pub struct History {
    pub undo: Vec<Workspace>,
    pub redo: Vec<Workspace>,
    /// The control of the last live edit: a drag on one control is one undo step.
    pub live: Option<String>,
}

/// How many steps back can be undone.
const HISTORY_LIMIT: usize = 100;

impl AppState {
    pub fn t(&self, key: Key) -> &'static str {
        tr(self.lang.get(), key)
    }

    /// Changes the workspace as one undoable step (nothing is recorded if nothing changed).
    pub fn edit(&self, f: impl FnOnce(&mut Workspace)) {
        self.edit_as(None, f);
    }

    /// Like [`AppState::edit`], but consecutive edits of the same control (a slider being
    /// dragged) make one undo step.
    pub fn edit_live(&self, control: &str, f: impl FnOnce(&mut Workspace)) {
        self.edit_as(Some(control), f);
    }

    fn edit_as(&self, control: Option<&str>, f: impl FnOnce(&mut Workspace)) {
        let before = self.workspace.get_untracked();
        let mut after = before.clone();
        f(&mut after);
        if after == before {
            return;
        }
        self.history.update(|h| {
            let same_drag = control.is_some() && h.live.as_deref() == control;
            if !same_drag {
                h.undo.push(before);
                if h.undo.len() > HISTORY_LIMIT {
                    h.undo.remove(0);
                }
            }
            h.live = control.map(str::to_owned);
            h.redo.clear();
        });
        self.workspace.set(after);
    }

    /// Replaces the workspace as one undoable step.
    pub fn replace(&self, ws: Workspace) {
        self.edit(|w| *w = ws);
    }

    pub fn undo(&self) {
        let Some(prev) = self.history.try_update(|h| h.undo.pop()).flatten() else {
            return;
        };
        let current = self.workspace.get_untracked();
        self.history.update(|h| {
            h.redo.push(current);
            h.live = None;
        });
        self.workspace.set(prev);
    }

    pub fn redo(&self) {
        let Some(next) = self.history.try_update(|h| h.redo.pop()).flatten() else {
            return;
        };
        let current = self.workspace.get_untracked();
        self.history.update(|h| {
            h.undo.push(current);
            h.live = None;
        });
        self.workspace.set(next);
    }

    /// Resets to the workspace as it was when workshop mode began (undoable).
    pub fn reset_workshop(&self) {
        if let Some(start) = self.workshop.get_untracked() {
            self.replace(start);
        }
    }
}

/// Whether a key press belongs to a text field (its own undo applies there).
fn in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|el| {
            let tag = el.tag_name();
            tag == "TEXTAREA"
                || (tag == "INPUT"
                    && el.get_attribute("type").as_deref().unwrap_or("text") == "text")
        })
        .unwrap_or(false)
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

#[component]
pub fn App() -> impl IntoView {
    // A one-file app brings its own workspace (what was stored is kept as a backup).
    let adopted = crate::single_file::adopt_embedded();
    let startup = storage::load_workspace();
    let lang = RwSignal::new(storage::load_lang().unwrap_or_default());
    let state = AppState {
        workspace: RwSignal::new(startup.workspace),
        lang,
        route: use_route(),
        save_error: RwSignal::new(None),
        history: RwSignal::new(History::default()),
        workshop: RwSignal::new(None),
        other_tab: RwSignal::new(false),
    };
    provide_context(state);
    let notice = RwSignal::new(startup.notice);
    // Only a change of view re-creates the view; its parameters change it in place.
    let current_view = Memo::new(move |_| state.route.with(|r| r.view));

    // Save on every change after the first run (the first run is what was just loaded).
    Effect::new(move |first: Option<()>| {
        state.workspace.with(|ws| {
            if first.is_some() {
                let lang = state.lang.get_untracked();
                match storage::save_workspace(ws) {
                    Ok(()) => state.save_error.set(None),
                    // Nothing is written over the other tab's work; the banner asks which counts.
                    Err(e) if e.other_tab => state.other_tab.set(true),
                    Err(e) => state.save_error.set(Some(e.message(lang))),
                }
            }
        });
    });

    // Another tab or window saved the plan: say so at once, before this tab saves over it.
    let storage_events = window_event_listener(leptos::ev::storage, move |ev| {
        // The revision is written after the workspace, so the workspace is there by now.
        if ev.key().as_deref() == Some(storage::REVISION_KEY) && storage::other_tab_saved() {
            state.other_tab.set(true);
        }
    });
    on_cleanup(move || storage_events.remove());

    // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo every change; in workshop mode the
    // R key goes back to the start of the workshop.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if in_text_field(&ev) {
            return;
        }
        let key = ev.key().to_lowercase();
        let ctrl = ev.ctrl_key() || ev.meta_key();
        if ctrl && key == "z" && !ev.shift_key() {
            ev.prevent_default();
            state.undo();
        } else if ctrl && (key == "y" || (key == "z" && ev.shift_key())) {
            ev.prevent_default();
            state.redo();
        } else if !ctrl && !ev.alt_key() && key == "r" && state.workshop.get_untracked().is_some() {
            ev.prevent_default();
            state.reset_workshop();
        }
    });
    on_cleanup(move || keys.remove());

    // Workshop mode: large type for a projector.
    Effect::new(move |_| {
        let on = state.workshop.with(|w| w.is_some());
        if let Some(el) = document().document_element() {
            let _ = el.class_list().toggle_with_force("workshop", on);
        }
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
                    {View::NAV
                        .into_iter()
                        .map(|v| {
                            let label = move || match v {
                                View::Plan => state.t(Key::NavPlan),
                                View::Sheet => state.t(Key::NavSheet),
                                View::Scenarios => state.t(Key::NavScenarios),
                                View::Budget => da_en(state.lang.get(), "Budgetopfølgning", "Budget follow-up"),
                                View::Follow => da_en(state.lang.get(), "Målopfølgning", "Targets"),
                                View::Import => da_en(state.lang.get(), "Import af tal", "Import"),
                                View::About | View::Shared | View::Print => state.t(Key::NavAbout),
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
            <div class="history" role="group" aria-label=move || state.t(Key::History)>
                <button
                    data-testid="undo"
                    title=move || state.t(Key::UndoHint)
                    disabled=move || state.history.with(|h| h.undo.is_empty())
                    on:click=move |_| state.undo()
                >
                    {move || state.t(Key::Undo)}
                </button>
                <button
                    data-testid="redo"
                    title=move || state.t(Key::RedoHint)
                    disabled=move || state.history.with(|h| h.redo.is_empty())
                    on:click=move |_| state.redo()
                >
                    {move || state.t(Key::Redo)}
                </button>
            </div>
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
        {adopted.map(|key| view! {
            <div class="banner warn" role="status" data-testid="one-file-adopted">
                {move || da_en(
                    state.lang.get(),
                    "Denne fil har sine egne data, som nu er indlæst. Det, der lå i browseren før, er gemt som sikkerhedskopi: ",
                    "This file has its own data, which is now loaded. What the browser held before is kept as a backup: ",
                )}
                <code>{key}</code>
            </div>
        })}
        <SaveErrorBanner />
        <OtherTabBanner />
        <main
            id="main"
            tabindex="-1"
            data-hash=move || {
                // The fragment this render shows: lets tests and tools wait for navigation.
                state.route.track();
                window().location().hash().unwrap_or_default()
            }
        >
            {move || match current_view.get() {
                View::Plan => view! { <PlanView /> }.into_any(),
                View::Sheet => view! { <SheetView /> }.into_any(),
                View::Scenarios => view! { <ScenariosView /> }.into_any(),
                View::Budget => view! { <BudgetView /> }.into_any(),
                View::Follow => view! { <FollowView /> }.into_any(),
                View::Import => view! { <ImportView /> }.into_any(),
                View::About => view! { <AboutView /> }.into_any(),
                View::Shared => view! { <SharedView /> }.into_any(),
                View::Print => view! { <PrintView /> }.into_any(),
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

/// Two tabs or windows changed the plan at once: neither version is lost; the user chooses
/// which counts, and the other is kept as a backup.
#[component]
fn OtherTabBanner() -> impl IntoView {
    let state = use_state();
    let result = RwSignal::new(None::<String>);
    let take_theirs = move |_| {
        let mine = state.workspace.get_untracked();
        match storage::take_other_tabs_version(&mine) {
            Ok((theirs, key)) => {
                state.other_tab.set(false);
                state.replace(theirs);
                result.set(Some(key));
            }
            Err(e) => state.save_error.set(Some(e)),
        }
    };
    let keep_mine = move |_| {
        let mine = state.workspace.get_untracked();
        match storage::keep_mine_over_other_tab(&mine) {
            Ok(key) => {
                state.other_tab.set(false);
                result.set(Some(key));
            }
            Err(e) => state.save_error.set(Some(e)),
        }
    };
    view! {
        {move || {
            let lang = state.lang.get();
            state.other_tab.get().then(|| view! {
                <div class="banner warn" role="alert" data-testid="other-tab">
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
                </div>
            })
        }}
        {move || result.get().map(|key| view! {
            <p class="banner ok" role="status" data-testid="other-tab-done">
                {da_en(state.lang.get(), "Den anden version er gemt som sikkerhedskopi: ", "The other version is kept as a backup: ")}
                <code>{key}</code>
            </p>
        })}
    }
}
