//! The app shell: shared state, navigation, language switch, notices, and the views.

use leptos::prelude::*;
use plan_core::{
    followup::BudgetFollowUp, indicators::IndicatorData, scenarios::ScenarioSet, BudgetLine,
    History, Lang, Part, PhaseInPlace, Plan, Shared, StatusSheet, Workspace,
};
use wasm_bindgen::JsCast;

use crate::i18n::{da_en, tr, Key};
use crate::route::{navigate, use_route, Route, View};
use crate::storage::{self, SaveError, SaveStatus, Startup, StartupNotice};
use crate::views::{
    about::AboutView, budget::BudgetView, follow::FollowView, import::ImportView, plan::PlanView,
    print::PrintView, scenarios::ScenariosView, share::SharedView, sheet::SheetView,
};

/// The workspace as one signal per part: an edit of one part notifies only what reads it,
/// and copies, compares and saves only that part.
#[derive(Clone, Copy)]
pub struct Parts {
    pub plan: RwSignal<Shared<Plan>>,
    pub status_sheets: RwSignal<Shared<Vec<StatusSheet>>>,
    pub budget_lines: RwSignal<Shared<Vec<BudgetLine>>>,
    pub phase_in_places: RwSignal<Shared<Vec<PhaseInPlace>>>,
    pub scenarios: RwSignal<Shared<ScenarioSet>>,
    pub indicators: RwSignal<Shared<IndicatorData>>,
    pub budget_followups: RwSignal<Shared<Vec<BudgetFollowUp>>>,
    pub archived_plans: RwSignal<Shared<Vec<Plan>>>,
}

impl Parts {
    fn new(ws: Workspace) -> Self {
        Parts {
            plan: RwSignal::new(ws.plan),
            status_sheets: RwSignal::new(ws.status_sheets),
            budget_lines: RwSignal::new(ws.budget_lines),
            phase_in_places: RwSignal::new(ws.phase_in_places),
            scenarios: RwSignal::new(ws.scenarios),
            indicators: RwSignal::new(ws.indicators),
            budget_followups: RwSignal::new(ws.budget_followups),
            archived_plans: RwSignal::new(ws.archived_plans),
        }
    }

    /// Subscribes the running effect to one part.
    pub fn track(&self, part: Part) {
        match part {
            Part::Plan => self.plan.track(),
            Part::StatusSheets => self.status_sheets.track(),
            Part::BudgetLines => self.budget_lines.track(),
            Part::PhaseInPlaces => self.phase_in_places.track(),
            Part::Scenarios => self.scenarios.track(),
            Part::Indicators => self.indicators.track(),
            Part::BudgetFollowUps => self.budget_followups.track(),
            Part::ArchivedPlans => self.archived_plans.track(),
        }
    }

    /// The workspace as it is now, subscribing to nothing: a copy that shares every part.
    pub fn untracked(&self) -> Workspace {
        Workspace {
            schema_version: plan_core::SCHEMA_VERSION,
            plan: self.plan.get_untracked(),
            status_sheets: self.status_sheets.get_untracked(),
            budget_lines: self.budget_lines.get_untracked(),
            phase_in_places: self.phase_in_places.get_untracked(),
            scenarios: self.scenarios.get_untracked(),
            indicators: self.indicators.get_untracked(),
            budget_followups: self.budget_followups.get_untracked(),
            archived_plans: self.archived_plans.get_untracked(),
        }
    }

    /// The workspace, subscribing only to the parts listed (for calculations that need
    /// several parts: the others are read as they are, without a subscription).
    pub fn read(&self, parts: &[Part]) -> Workspace {
        for &p in parts {
            self.track(p);
        }
        self.untracked()
    }

    /// Sets the parts that changed (and notifies only what reads them).
    fn set(&self, ws: &Workspace, changed: &[Part]) {
        for &part in changed {
            match part {
                Part::Plan => self.plan.set(ws.plan.clone()),
                Part::StatusSheets => self.status_sheets.set(ws.status_sheets.clone()),
                Part::BudgetLines => self.budget_lines.set(ws.budget_lines.clone()),
                Part::PhaseInPlaces => self.phase_in_places.set(ws.phase_in_places.clone()),
                Part::Scenarios => self.scenarios.set(ws.scenarios.clone()),
                Part::Indicators => self.indicators.set(ws.indicators.clone()),
                Part::BudgetFollowUps => self.budget_followups.set(ws.budget_followups.clone()),
                Part::ArchivedPlans => self.archived_plans.set(ws.archived_plans.clone()),
            }
        }
    }
}

/// State shared by all views.
#[derive(Clone, Copy)]
pub struct AppState {
    pub ws: Parts,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    /// The last problem to report (a failed download, backup, …), shown until dismissed
    /// or the next successful save.
    pub save_error: RwSignal<Option<String>>,
    /// The last failed save, shown in the UI language until the next successful save.
    pub save_failed: RwSignal<Option<SaveError>>,
    pub history: RwSignal<History>,
    /// Workshop mode: large type, and the workspace as it was when the workshop began.
    pub workshop: RwSignal<Option<Workspace>>,
    /// Another tab or window saved the plan since this tab loaded or saved it.
    pub other_tab: RwSignal<bool>,
}

impl AppState {
    pub fn t(&self, key: Key) -> &'static str {
        tr(self.lang.get(), key)
    }

    /// Reads the workspace, subscribing only to the parts listed.
    pub fn with_parts<R>(&self, parts: &[Part], f: impl FnOnce(&Workspace) -> R) -> R {
        f(&self.ws.read(parts))
    }

    /// Changes the workspace as one undoable step (nothing is recorded if nothing changed).
    /// Only the parts the edit changed are copied, notified and saved.
    pub fn edit(&self, f: impl FnOnce(&mut Workspace)) {
        self.edit_as(None, f);
    }

    /// Like [`AppState::edit`], but consecutive edits of the same control (a slider being
    /// dragged) make one undo step.
    pub fn edit_live(&self, control: &str, f: impl FnOnce(&mut Workspace)) {
        self.edit_as(Some(control), f);
    }

    fn edit_as(&self, control: Option<&str>, f: impl FnOnce(&mut Workspace)) {
        let current = self.ws.untracked();
        let change = self
            .history
            .try_update(|h| h.edit(&current, control, f))
            .flatten();
        if let Some(change) = change {
            self.apply(change);
        }
    }

    fn apply(&self, change: plan_core::workspace::Change) {
        self.ws.set(&change.workspace, &change.changed);
        storage::schedule(&change.workspace, &change.changed);
    }

    /// Replaces the workspace as one undoable step.
    pub fn replace(&self, ws: Workspace) {
        self.edit(|w| *w = ws);
    }

    pub fn undo(&self) {
        let current = self.ws.untracked();
        if let Some(change) = self.history.try_update(|h| h.undo(&current)).flatten() {
            self.apply(change);
        }
    }

    pub fn redo(&self) {
        let current = self.ws.untracked();
        if let Some(change) = self.history.try_update(|h| h.redo(&current)).flatten() {
            self.apply(change);
        }
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
pub fn App(startup: Startup, adopted: Option<String>) -> impl IntoView {
    let lang = RwSignal::new(storage::load_lang().unwrap_or_default());
    let state = AppState {
        ws: Parts::new(startup.workspace),
        lang,
        route: use_route(),
        save_error: RwSignal::new(None),
        save_failed: RwSignal::new(None),
        history: RwSignal::new(History::default()),
        workshop: RwSignal::new(None),
        other_tab: RwSignal::new(false),
    };
    provide_context(state);
    let notices = RwSignal::new(startup.notices);
    // Only a change of view re-creates the view; its parameters change it in place.
    let current_view = Memo::new(move |_| state.route.with(|r| r.view));

    // How saving goes (saves follow each change a moment later; see storage::schedule).
    storage::on_save(move |status| match status {
        SaveStatus::Pending => {}
        SaveStatus::Saved => state.save_failed.set(None),
        // Nothing is written over the other tab's work; the banner asks which counts.
        SaveStatus::Failed(e) if e.other_tab => state.other_tab.set(true),
        SaveStatus::Failed(e) => state.save_failed.set(Some(e)),
    });
    // Nothing is lost when the tab is closed or hidden in the middle of a drag.
    let hide = window_event_listener(leptos::ev::pagehide, move |_| storage::flush());
    on_cleanup(move || hide.remove());
    // `visibilitychange` is fired at the document and bubbles to the window.
    let visibility = window_event_listener_untyped("visibilitychange", move |_| {
        if document().hidden() {
            storage::flush();
        }
    });
    on_cleanup(move || visibility.remove());

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
                <span class="muni">{move || state.ws.plan.with(|p| p.municipality.clone())}</span>
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
                    disabled=move || state.history.with(|h| !h.can_undo())
                    on:click=move |_| state.undo()
                >
                    {move || state.t(Key::Undo)}
                </button>
                <button
                    data-testid="redo"
                    title=move || state.t(Key::RedoHint)
                    disabled=move || state.history.with(|h| !h.can_redo())
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
        <StartupBanner notices />
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
fn StartupBanner(notices: RwSignal<Vec<StartupNotice>>) -> impl IntoView {
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
                    <div class="banner warn" role="alert" data-testid="startup-notice" data-kind=notice_kind(&n)>
                        <strong>{title}</strong>
                        <p>{body}</p>
                        <button on:click=move |_| notices.update(|v| { v.remove(i); })>{tr(lang, Key::Dismiss)}</button>
                    </div>
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
        StartupNotice::BrokenParts(parts) => (
            tr(lang, Key::BrokenStateTitle).to_string(),
            parts
                .iter()
                .map(|(e, key)| format!("{} {} {key}", e.text(lang), tr(lang, Key::BrokenStateKept)))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        StartupNotice::Migrated { from } => (
            tr(lang, Key::MigratedNotice).to_string(),
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
fn SaveErrorBanner() -> impl IntoView {
    let state = use_state();
    view! {
        {move || {
            state.save_failed.get().map(|e| {
                view! {
                    <div class="banner error" role="alert" data-testid="save-error">
                        <strong>{state.t(Key::SaveFailed)}</strong>
                        " "
                        {move || e.message(state.lang.get())}
                    </div>
                }
            })
        }}
        {move || {
            state.save_error.get().map(|e| {
                view! {
                    <div class="banner error" role="alert" data-testid="problem">
                        {e}
                        " "
                        <button on:click=move |_| state.save_error.set(None)>{move || state.t(Key::Dismiss)}</button>
                    </div>
                }
            })
        }}
    }
}

/// Changes one query parameter of the current view's route.
pub fn set_route_param(state: AppState, key: &str, value: &str) {
    navigate(&state.route.get_untracked().with_param(key, value));
}

/// Two tabs or windows changed the plan at once: neither version is lost; the user chooses
/// which counts, and the other is kept as a backup.
#[component]
fn OtherTabBanner() -> impl IntoView {
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
                }
                Err(e) => state.save_error.set(Some(e)),
            }
        });
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
