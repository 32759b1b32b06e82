//! The app shell: the layout, navigation, language switch, undo keys, saving on change and
//! on leaving the page, and the current view.

use leptos::prelude::*;
use plan_core::{History, Lang};
use wasm_bindgen::JsCast;

use crate::banners::{OneFileOffer, OtherTabBanner, SaveErrorBanner, StartupBanner};
use crate::i18n::da_en;
use crate::route::{use_route, View};
use crate::state::{AppState, Parts};
use crate::storage::{self, SaveStatus, Startup};
use crate::views::{
    about::AboutView, budget::BudgetView, follow::FollowView, import::ImportView, plan::PlanView,
    print::PrintView, scenarios::ScenariosView, share::SharedView, sheet::SheetView,
};

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

#[component]
pub fn App(startup: Startup, offered: Option<crate::single_file::Embedded>) -> impl IntoView {
    let lang = RwSignal::new(storage::load_lang().unwrap_or_default());
    // Workshop mode survives a reload: its start is kept until the mode is turned off.
    let workshop = storage::load_workshop().map(|scenarios| {
        let mut start = startup.workspace.clone();
        start.scenarios = plan_core::Shared::new(scenarios);
        start
    });
    let state = AppState {
        ws: Parts::new(startup.workspace),
        lang,
        route: use_route(),
        save_error: RwSignal::new(None),
        save_failed: RwSignal::new(None),
        history: RwSignal::new(History::default()),
        workshop: RwSignal::new(workshop),
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
        let key = plan_core::casefold::lower(&ev.key());
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

    // Workshop mode: large type for a projector, kept over a reload until turned off.
    Effect::new(move |prev: Option<bool>| {
        let on = state.workshop.with(|w| w.is_some());
        if prev.is_some_and(|p| p != on) {
            state
                .workshop
                .with_untracked(|w| storage::save_workshop(w.as_ref().map(|w| &*w.scenarios)));
        }
        if let Some(el) = document().document_element() {
            let _ = el.class_list().toggle_with_force("workshop", on);
        }
        on
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
        document().set_title(da_en(
            l,
            "Beskæftigelsesplan og budget",
            "Employment plan and budget",
        ));
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
        }>{move || da_en(state.lang.get(), "Spring til indhold", "Skip to content")}</a>
        <header class="top">
            <div class="brand">
                <span class="muni">{move || state.ws.plan.with(|p| p.municipality.clone())}</span>
                <span class="title">{move || da_en(state.lang.get(), "Beskæftigelsesplan og budget", "Employment plan and budget")}</span>
            </div>
            <nav aria-label=move || da_en(state.lang.get(), "Beskæftigelsesplan og budget", "Employment plan and budget")>
                <ul>
                    {View::NAV
                        .into_iter()
                        .map(|v| {
                            let label = move || match v {
                                View::Plan | View::Agreement | View::Case => da_en(state.lang.get(), "Plan", "Plan"),
                                View::Sheet => da_en(state.lang.get(), "Styringsark", "Status sheet"),
                                View::Scenarios => da_en(state.lang.get(), "Scenarier", "Scenarios"),
                                View::Budget => da_en(state.lang.get(), "Budgetopfølgning", "Budget follow-up"),
                                View::Follow => da_en(state.lang.get(), "Målopfølgning", "Targets"),
                                View::Import => da_en(state.lang.get(), "Import af tal", "Import"),
                                View::About | View::Shared | View::Print => da_en(state.lang.get(), "Om data", "About the data"),
                            };
                            view! {
                                <li>
                                    <a
                                        href=format!("#/{}", v.slug())
                                        data-testid=format!("nav-{}", v.slug())
                                        aria-current=move || (state.route.get().view.nav_entry() == v).then_some("page")
                                    >
                                        {label}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            <div class="history" role="group" aria-label=move || da_en(state.lang.get(), "Fortryd og gentag", "Undo and redo")>
                <button
                    data-testid="undo"
                    title=move || da_en(state.lang.get(), "Fortryd seneste ændring (Ctrl+Z)", "Undo the last change (Ctrl+Z)")
                    disabled=move || state.history.with(|h| !h.can_undo())
                    on:click=move |_| state.undo()
                >
                    {move || da_en(state.lang.get(), "Fortryd", "Undo")}
                </button>
                <button
                    data-testid="redo"
                    title=move || da_en(state.lang.get(), "Gentag (Ctrl+Y)", "Redo (Ctrl+Y)")
                    disabled=move || state.history.with(|h| !h.can_redo())
                    on:click=move |_| state.redo()
                >
                    {move || da_en(state.lang.get(), "Gentag", "Redo")}
                </button>
            </div>
            <button
                class="lang"
                data-testid="lang-switch"
                lang=move || if lang.get() == Lang::Da { "en" } else { "da" }
                on:click=toggle_lang
            >
                {move || da_en(state.lang.get(), "English", "Dansk")}
            </button>
        </header>
        <StartupBanner notices />
        <OneFileOffer offered />
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
                View::Agreement => view! { <crate::views::agreement::AgreementView /> }.into_any(),
                View::Case => view! { <crate::views::case::CaseView /> }.into_any(),
            }}
        </main>
    }
}
