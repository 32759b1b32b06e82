//! Import of indicator files: choose or drop a file, see how the app reads it (format,
//! columns, problems with row and column), correct the mapping, then import the valid values
//! as one undoable step, or cancel. The reading itself is plan-core's; this view only reads
//! the file's bytes and gives the page time to breathe between steps.
//!
//! One file per part of the page: this one holds the view and the reading of the file, then
//! the preview with the column mapping, the summary of what was read, and the list of imports.

mod imported;
mod pace;
mod preview;
mod reading;
mod summary;

mod linked;

use imported::Imported;
use linked::LinkedTargets;
pub use pace::local_time;
use pace::{next_tick, now_iso};
use preview::PreviewPanel;

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use plan_core::indicators::import::{
    self, ColumnRole, FileError, Mapping, ParseJob, Parsed, Sniffed, MAX_FILE_BYTES,
};
use plan_core::indicators::linking::{import_and_link, NewLink};
use plan_core::indicators::{AreaFilter, MergeReport, ObsPeriod};
use plan_core::Part;
use plan_core::{format, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::da_en;
use crate::state::use_state;
use crate::storage;
use crate::views::common::{Banner, BannerKind, CsvButton};

/// Rows read between two looks at the clock.
const ROWS_PER_STEP: usize = 500;
/// Time the reading may hold the page before it lets the browser paint and handle input
/// (ms): well under a frame at 60 Hz with the paint, so the page never freezes.
const SLICE_MS: f64 = 12.0;
/// Problems and notes listed on the page; all of them are in the download.
const LISTED: usize = 100;

#[derive(Clone)]
struct Preview {
    sniffed: Arc<Sniffed>,
    mapping: Mapping,
}

#[derive(Clone)]
struct Done {
    file_name: String,
    report: MergeReport,
    /// The targets the import linked, each with the other indicators that fit.
    links: Vec<NewLink>,
}

#[component]
pub fn ImportView() -> impl IntoView {
    let state = use_state();
    let preview = RwSignal::new(None::<Preview>);
    let parsed = RwSignal::new(None::<Arc<Parsed>>);
    let progress = RwSignal::new(None::<f64>);
    let file_error = RwSignal::new(None::<(String, FileError)>);
    let save_failed = RwSignal::new(None::<String>);
    // An import is being saved (IndexedDB answers asynchronously).
    let saving = RwSignal::new(false);
    let done = RwSignal::new(None::<Done>);
    let filter = RwSignal::new(AreaFilter::Compared);
    let run = StoredValue::new(0u32);
    let header_error = RwSignal::new(None::<FileError>);
    // Whether the reading's details (the column roles, the header rows) are unfolded: kept
    // here, as the preview is built again after each correction.
    let details_open = RwSignal::new(false);

    // Reads the whole file with the current mapping, a step at a time.
    let start_parse = move || {
        let Some(p) = preview.get_untracked() else {
            return;
        };
        run.update_value(|r| *r += 1);
        let this_run = run.get_value();
        parsed.set(None);
        let Ok(mut job) = ParseJob::new(&p.sniffed, p.mapping.clone()) else {
            progress.set(None);
            return;
        };
        progress.set(Some(0.0));
        spawn_local(async move {
            loop {
                let started = js_sys::Date::now();
                let mut step = job.step(ROWS_PER_STEP);
                while !step.done && js_sys::Date::now() - started < SLICE_MS {
                    step = job.step(ROWS_PER_STEP);
                }
                if run.get_value() != this_run {
                    return;
                }
                if step.done {
                    break;
                }
                progress.set(Some(step.fraction));
                next_tick().await;
            }
            if run.get_value() == this_run {
                parsed.set(Some(Arc::new(job.into_parsed())));
                progress.set(None);
            }
        });
    };

    let open_file = move |file: web_sys::File| {
        let name = file.name();
        done.set(None);
        save_failed.set(None);
        file_error.set(None);
        header_error.set(None);
        details_open.set(false);
        preview.set(None);
        parsed.set(None);
        run.update_value(|r| *r += 1);
        let size = file.size() as usize;
        if size > MAX_FILE_BYTES {
            file_error.set(Some((name, FileError::TooLarge { bytes: size })));
            return;
        }
        progress.set(Some(0.0));
        spawn_local(async move {
            let bytes = match JsFuture::from(file.array_buffer()).await {
                Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
                Err(_) => {
                    progress.set(None);
                    file_error.set(Some((name, FileError::Binary)));
                    return;
                }
            };
            // The bytes become the text where they lie (a UTF-8 file is held once).
            match import::open_owned(&name, bytes) {
                Err(e) => {
                    progress.set(None);
                    file_error.set(Some((name, e)));
                }
                Ok(sniffed) => {
                    let mapping = sniffed.mapping.clone();
                    preview.set(Some(Preview {
                        sniffed: Arc::new(sniffed),
                        mapping,
                    }));
                    start_parse();
                }
            }
        });
    };

    let set_mapping = move |f: &dyn Fn(&mut Mapping)| {
        preview.update(|p| {
            if let Some(p) = p {
                f(&mut p.mapping);
            }
        });
        start_parse();
    };

    // The header row(s) the user chose: the file is read again from there.
    let set_header = move |(first, two): (u64, bool)| {
        let Some(p) = preview.get_untracked() else {
            return;
        };
        let last = if two {
            let mut after = p.sniffed.head.iter().skip_while(|r| r.line != first);
            after.nth(1).map_or(first, |r| r.line)
        } else {
            first
        };
        match p.sniffed.with_header(first, last) {
            Ok(sniffed) => {
                header_error.set(None);
                let mapping = sniffed.mapping.clone();
                preview.set(Some(Preview {
                    sniffed: Arc::new(sniffed),
                    mapping,
                }));
                start_parse();
            }
            Err(e) => header_error.set(Some(e)),
        }
    };

    let cancel = move |_| {
        run.update_value(|r| *r += 1);
        preview.set(None);
        parsed.set(None);
        progress.set(None);
    };

    let confirm = move |_| {
        let (Some(p), Some(result)) = (preview.get_untracked(), parsed.get_untracked()) else {
            return;
        };
        if saving.get_untracked() {
            // A second click while the first import is being saved.
            return;
        }
        let mut ws = state.ws.untracked();
        let outcome = import_and_link(
            &mut ws,
            &result,
            p.sniffed.format,
            &now_iso(),
            filter.get_untracked(),
        );
        // Saved first: if the browser's storage is full, nothing changes and nothing is lost.
        let file_name = result.file_name.clone();
        saving.set(true);
        leptos::task::spawn_local(async move {
            let saved = storage::save_now(&ws).await;
            saving.set(false);
            if let Err(e) = saved {
                let lang = state.lang.get_untracked();
                if e.other_tab {
                    state.other_tab.set(true);
                }
                save_failed.set(Some(e.message(lang)));
                return;
            }
            // Only the figures: edits made while the import was being saved stay as they are.
            state.edit(|w| w.indicators = ws.indicators.clone());
            done.set(Some(Done {
                file_name,
                report: outcome.report,
                links: outcome.links,
            }));
            preview.set(None);
            parsed.set(None);
        });
    };

    let on_input = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            open_file(file);
        }
        input.set_value("");
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            open_file(file);
        }
    };

    view! {
        <section class="import" aria-labelledby="import-title" data-testid="import-view">
            <h1 id="import-title">{move || da_en(state.lang.get(), "Import af tal", "Import figures")}</h1>
            <p>
                {move || da_en(
                    state.lang.get(),
                    "Hent tal som CSV eller JSON fra jobindsats.dk, som tabel fra Danmarks Statistiks Statistikbank, eller fra Excel, og læs dem ind her. Filen læses kun i din browser; intet sendes nogen steder hen. Du ser, hvordan filen forstås, før noget gemmes.",
                    "Download figures as CSV or JSON from jobindsats.dk, as a table from Statistics Denmark's Statbank, or from Excel, and read them here. The file is read in your browser only; nothing is sent anywhere. You see how the file is understood before anything is saved.",
                )}
            </p>
            <div
                class="dropzone"
                class:dragging=move || dragging.get()
                data-testid="import-dropzone"
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label for="import-file">
                    {move || da_en(
                        state.lang.get(),
                        "Vælg en fil (CSV, TXT, TSV eller JSON), eller træk den hertil",
                        "Choose a file (CSV, TXT, TSV or JSON), or drop it here",
                    )}
                </label>
                <input
                    id="import-file"
                    type="file"
                    accept=".csv,.txt,.tsv,.json,.ndjson,text/csv,text/plain,application/json"
                    data-testid="import-file"
                    on:change=on_input
                />
            </div>
            {move || {
                let lang = state.lang.get();
                file_error.get().map(|(name, e)| view! {
                    <Banner kind=BannerKind::Error testid="import-error">{e.message(&name, lang)}</Banner>
                })
            }}
            {move || {
                let lang = state.lang.get();
                save_failed.get().map(|e| view! {
                    <Banner kind=BannerKind::Error testid="import-save-failed">
                        <strong>{da_en(lang, "Importen blev ikke gemt.", "The import was not saved.")}</strong>
                        " "
                        {e}
                        " "
                        {da_en(
                            lang,
                            "Dine gemte data er uændrede. Gem kun de sammenlignede områder, fjern ældre importer, eller eksportér og slet sikkerhedskopier under Om data.",
                            "Your saved data is unchanged. Keep only the compared areas, remove older imports, or export and delete backups under About the data.",
                        )}
                    </Banner>
                })
            }}
            {move || progress.get().map(|f| {
                let lang = state.lang.get();
                let pct = format::number(f * 100.0, 0, lang);
                view! {
                    <div class="progress" data-testid="import-progress">
                        <label for="import-progress-bar">{da_en(lang, "Læser filen", "Reading the file")} " " {pct} " %"</label>
                        <progress id="import-progress-bar" max="1" value=f></progress>
                    </div>
                }
            })}
            {move || done.get().map(|d| {
                let lang = state.lang.get();
                let r = d.report;
                let n = |v: u64| format::number(v as f64, 0, lang);
                let text = da_en(lang, format!(
                        "{} er importeret: {} nye værdier, {} erstattet af nyere, {} fandtes allerede.{}",
                        d.file_name, n(r.added), n(r.replaced), n(r.unchanged),
                        if r.skipped_areas > 0 { format!(" {} værdier for andre områder end de sammenlignede blev ikke gemt.", n(r.skipped_areas)) } else { String::new() }
                    ), format!(
                        "{} was imported: {} new values, {} replaced by newer ones, {} already there.{}",
                        d.file_name, n(r.added), n(r.replaced), n(r.unchanged),
                        if r.skipped_areas > 0 { format!(" {} values for areas other than the compared ones were not saved.", n(r.skipped_areas)) } else { String::new() }
                    ));
                view! {
                    <Banner kind=BannerKind::Ok testid="import-result">
                        <p>{text}</p>
                        <LinkedTargets links=d.links lang />
                        <p>
                            {da_en(lang, "Fortryd hele importen med Fortryd (Ctrl+Z). ", "Undo the whole import with Undo (Ctrl+Z). ")}
                            <a href="#/maal">{da_en(lang, "Se målopfølgningen", "See the target follow-up")}</a>
                        </p>
                    </Banner>
                }
            })}
            {move || {
                // Built in the UI language: a switch of language builds the preview again.
                let lang = state.lang.get();
                preview.get().map(|p| view! {
                    <PreviewPanel
                        preview=p
                        lang
                        parsed
                        filter
                        set_mapping=Callback::new(move |(i, role): (usize, ColumnRole)| set_mapping(&|m: &mut Mapping| m.roles[i] = role))
                        set_name=Callback::new(move |name: String| set_mapping(&|m: &mut Mapping| m.indicator_name = name.clone()))
                        set_area=Callback::new(move |area: String| set_mapping(&|m: &mut Mapping| m.fixed_area = area.clone()))
                        set_scale=Callback::new(move |on: bool| set_mapping(&|m: &mut Mapping| m.percent_scale = on))
                        set_header=Callback::new(set_header)
                        set_fill=Callback::new(move |(i, on): (usize, bool)| set_mapping(&|m: &mut Mapping| {
                            if m.fill_down.len() <= i {
                                m.fill_down.resize(i + 1, false);
                            }
                            m.fill_down[i] = on;
                        }))
                        header_error
                        details_open
                        confirm=Callback::new(confirm)
                        cancel=Callback::new(cancel)
                    />
                })
            }}
            <Imported />
        </section>
    }
}

/// The element an event came from, as the type the handler expects.
fn event_target<T: JsCast>(ev: &leptos::ev::Event) -> T {
    ev.target()
        .expect("an event has a target")
        .unchecked_into::<T>()
}
