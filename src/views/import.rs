//! Import of indicator files: choose or drop a file, see how the app reads it (format,
//! columns, problems with row and column), correct the mapping, then import the valid values
//! as one undoable step, or cancel. The reading itself is plan-core's; this view only reads
//! the file's bytes and gives the page time to breathe between steps.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use plan_core::indicators::import::{
    self, ColumnRole, FileError, Mapping, ParseJob, Parsed, Sniffed, MAX_FILE_BYTES,
};
use plan_core::indicators::{self, AreaFilter, MergeReport, ObsPeriod};
use plan_core::Part;
use plan_core::{format, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::app::use_state;
use crate::i18n::da_en;
use crate::storage;
use crate::views::download;

/// Rows read between two breaths of the page.
const ROWS_PER_STEP: usize = 2_500;
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
}

/// Lets the browser paint and handle input before the next step.
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(promise).await;
}

fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// "24.11.2026 kl. 19.40" in local time.
pub fn local_time(iso: &str, lang: Lang) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return iso.to_owned();
    }
    let (day, month, year) = (d.get_date(), d.get_month() + 1, d.get_full_year());
    let (h, m) = (d.get_hours(), d.get_minutes());
    match lang {
        Lang::Da => format!("{day}.{month}.{year} kl. {h:02}.{m:02}"),
        Lang::En => format!("{year}-{month:02}-{day:02} {h:02}:{m:02}"),
    }
}

fn role_label(role: ColumnRole, lang: Lang) -> &'static str {
    match role {
        ColumnRole::Area => da_en(lang, "Område", "Area"),
        ColumnRole::Period => da_en(lang, "Periode", "Period"),
        ColumnRole::Dimension => da_en(
            lang,
            "Opdeling (del af indikatorens navn)",
            "Grouping (part of the indicator's name)",
        ),
        ColumnRole::Value => da_en(
            lang,
            "Værdier (overskriften er indikatoren)",
            "Values (the header is the indicator)",
        ),
        ColumnRole::PeriodValue => da_en(
            lang,
            "Værdier for perioden i overskriften",
            "Values for the period in the header",
        ),
        ColumnRole::Ignore => da_en(lang, "Bruges ikke", "Not used"),
    }
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
                let step = job.step(ROWS_PER_STEP);
                if run.get_value() != this_run {
                    return;
                }
                progress.set(Some(step.fraction));
                if step.done {
                    break;
                }
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
            match import::open(&name, &bytes) {
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
        let report = indicators::import_parsed(
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
            state.replace(ws);
            done.set(Some(Done { file_name, report }));
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
                    "Hent tal som CSV fra jobindsats.dk, Danmarks Statistiks Statistikbank eller Excel, og læs dem ind her. Filen læses kun i din browser; intet sendes nogen steder hen. Du ser, hvordan filen forstås, før noget gemmes.",
                    "Download figures as CSV from jobindsats.dk, Statistics Denmark's Statbank or Excel and read them here. The file is read in your browser only; nothing is sent anywhere. You see how the file is understood before anything is saved.",
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
                        "Vælg en fil (CSV, TXT eller TSV), eller træk den hertil",
                        "Choose a file (CSV, TXT or TSV), or drop it here",
                    )}
                </label>
                <input
                    id="import-file"
                    type="file"
                    accept=".csv,.txt,.tsv,text/csv,text/plain"
                    data-testid="import-file"
                    on:change=on_input
                />
            </div>
            {move || {
                let lang = state.lang.get();
                file_error.get().map(|(name, e)| view! {
                    <p class="banner error" role="alert" data-testid="import-error">{e.message(&name, lang)}</p>
                })
            }}
            {move || {
                let lang = state.lang.get();
                save_failed.get().map(|e| view! {
                    <div class="banner error" role="alert" data-testid="import-save-failed">
                        <strong>{da_en(lang, "Importen blev ikke gemt.", "The import was not saved.")}</strong>
                        " "
                        {e}
                        " "
                        {da_en(
                            lang,
                            "Dine gemte data er uændrede. Gem kun de sammenlignede områder, fjern ældre importer, eller eksportér og slet sikkerhedskopier under Om data.",
                            "Your saved data is unchanged. Keep only the compared areas, remove older imports, or export and delete backups under About the data.",
                        )}
                    </div>
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
                let text = match lang {
                    Lang::Da => format!(
                        "{} er importeret: {} nye værdier, {} erstattet af nyere, {} fandtes allerede. {} mål blev koblet til en indikator med samme navn.{}",
                        d.file_name, n(r.added), n(r.replaced), n(r.unchanged), n(r.linked),
                        if r.skipped_areas > 0 { format!(" {} værdier for andre områder end de sammenlignede blev ikke gemt.", n(r.skipped_areas)) } else { String::new() }
                    ),
                    Lang::En => format!(
                        "{} was imported: {} new values, {} replaced by newer ones, {} already there. {} targets were linked to an indicator of the same name.{}",
                        d.file_name, n(r.added), n(r.replaced), n(r.unchanged), n(r.linked),
                        if r.skipped_areas > 0 { format!(" {} values for areas other than the compared ones were not saved.", n(r.skipped_areas)) } else { String::new() }
                    ),
                };
                view! {
                    <div class="banner ok" role="status" data-testid="import-result">
                        <p>{text}</p>
                        <p>
                            {da_en(lang, "Fortryd hele importen med Fortryd (Ctrl+Z). ", "Undo the whole import with Undo (Ctrl+Z). ")}
                            <a href="#/maal">{da_en(lang, "Se målopfølgningen", "See the target follow-up")}</a>
                        </p>
                    </div>
                }
            })}
            {move || preview.get().map(|p| view! {
                <PreviewPanel
                    preview=p
                    parsed
                    filter
                    set_mapping=Callback::new(move |(i, role): (usize, ColumnRole)| set_mapping(&|m: &mut Mapping| m.roles[i] = role))
                    set_name=Callback::new(move |name: String| set_mapping(&|m: &mut Mapping| m.indicator_name = name.clone()))
                    set_area=Callback::new(move |area: String| set_mapping(&|m: &mut Mapping| m.fixed_area = area.clone()))
                    set_scale=Callback::new(move |on: bool| set_mapping(&|m: &mut Mapping| m.percent_scale = on))
                    confirm=Callback::new(confirm)
                    cancel=Callback::new(cancel)
                />
            })}
            <Imported />
        </section>
    }
}

#[component]
fn PreviewPanel(
    preview: Preview,
    parsed: RwSignal<Option<Arc<Parsed>>>,
    filter: RwSignal<AreaFilter>,
    set_mapping: Callback<(usize, ColumnRole)>,
    set_name: Callback<String>,
    set_area: Callback<String>,
    set_scale: Callback<bool>,
    confirm: Callback<()>,
    cancel: Callback<()>,
) -> impl IntoView {
    let state = use_state();
    let s = preview.sniffed.clone();
    let mapping = preview.mapping.clone();
    let lang = state.lang.get_untracked();
    let mapping_error = mapping.check(&s.header).err();
    let has_area = mapping.roles.contains(&ColumnRole::Area);
    let title = s.title.join(" · ");
    let facts = vec![
        (da_en(lang, "Fil", "File"), s.file_name.clone()),
        (
            da_en(lang, "Opbygning", "Layout"),
            match lang {
                Lang::Da => s.format.name_da(),
                Lang::En => s.format.name_en(),
            }
            .to_owned(),
        ),
        (
            da_en(lang, "Tegnsæt", "Encoding"),
            s.encoding.name().to_owned(),
        ),
        (
            da_en(lang, "Skilletegn", "Delimiter"),
            match lang {
                Lang::Da => s.delimiter_name_da(),
                Lang::En => s.delimiter_name_en(),
            }
            .to_owned(),
        ),
        (
            da_en(lang, "Decimaltegn", "Decimal mark"),
            match s.decimal {
                import::DecimalStyle::Comma => da_en(lang, "komma (1.234,5)", "comma (1.234,5)"),
                import::DecimalStyle::Point => da_en(lang, "punktum (1,234.5)", "point (1,234.5)"),
            }
            .to_owned(),
        ),
        (
            da_en(lang, "Overskrift i række", "Header in row"),
            s.header_line.to_string(),
        ),
    ];
    let columns = s
        .header
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let role = mapping.roles.get(i).copied().unwrap_or(ColumnRole::Ignore);
            let examples: Vec<String> = s
                .sample
                .iter()
                .filter_map(|r| r.get(i).cloned())
                .take(3)
                .collect();
            let id = format!("role-{i}");
            let letter = import::cells::column_letter(i + 1);
            view! {
                <tr>
                    <th scope="row">
                        <label for=id.clone()>{format!("{letter}: {name}")}</label>
                    </th>
                    <td>
                        <select
                            id=id
                            data-testid=format!("import-role-{i}")
                            on:change=move |ev| {
                                if let Some(r) = ColumnRole::from_code(&event_target_value(&ev)) {
                                    set_mapping.run((i, r));
                                }
                            }
                        >
                            {ColumnRole::ALL
                                .into_iter()
                                .map(|r| view! {
                                    <option value=r.code() selected=r == role>{role_label(r, lang)}</option>
                                })
                                .collect_view()}
                        </select>
                    </td>
                    <td class="examples">{examples.join(" · ")}</td>
                </tr>
            }
        })
        .collect_view();
    let name = mapping.indicator_name.clone();
    let area = mapping.fixed_area.clone();
    let scale = mapping.percent_scale;
    view! {
        <section class="preview" aria-labelledby="preview-title" data-testid="import-preview">
            <h2 id="preview-title">{da_en(lang, "Sådan læses filen", "How the file is read")}</h2>
            {(!title.is_empty()).then(|| view! { <p class="title-rows">{da_en(lang, "Titel over tabellen: ", "Title above the table: ")} {title.clone()}</p> })}
            {s.repaired_double_encoding.then(|| view! {
                <p class="banner warn" data-testid="import-repaired">{da_en(
                    lang,
                    "Filens danske bogstaver var kodet to gange (\"Ã¸\" for \"ø\"); appen har rettet det. Kontrollér navnene nedenfor.",
                    "The file's Danish letters were encoded twice (\"Ã¸\" for \"ø\"); the app repaired them. Check the names below.",
                )}</p>
            })}
            <dl class="facts" data-testid="import-facts">
                {facts.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
            </dl>
            <div class="table-wrap" tabindex="0">
                <table class="mapping">
                    <caption>{da_en(lang, "Kolonner og deres betydning (ret dem, hvis appen har gættet forkert)", "Columns and what they hold (correct them if the app guessed wrong)")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{da_en(lang, "Kolonne", "Column")}</th>
                            <th scope="col">{da_en(lang, "Betydning", "Meaning")}</th>
                            <th scope="col">{da_en(lang, "Eksempler", "Examples")}</th>
                        </tr>
                    </thead>
                    <tbody>{columns}</tbody>
                </table>
            </div>
            <div class="fields">
                <label for="import-indicator-name">{da_en(lang, "Indikatorens navn (når kolonnerne ikke giver det)", "Indicator name (when the columns do not give it)")}</label>
                <input
                    id="import-indicator-name"
                    type="text"
                    data-testid="import-indicator-name"
                    prop:value=name
                    on:change=move |ev| set_name.run(event_target_value(&ev))
                />
                {(!has_area).then(|| view! {
                    <label for="import-fixed-area">{da_en(lang, "Område for alle rækker", "Area of every row")}</label>
                    <input
                        id="import-fixed-area"
                        type="text"
                        data-testid="import-fixed-area"
                        prop:value=area.clone()
                        on:change=move |ev| set_area.run(event_target_value(&ev))
                    />
                })}
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="import-percent-scale"
                        prop:checked=scale
                        on:change=move |ev| set_scale.run(event_target_checked(&ev))
                    />
                    {da_en(lang, "Værdierne er andele (0-1): gang med 100 til procent", "Values are fractions (0-1): multiply by 100 for percent")}
                </label>
            </div>
            {mapping_error.map(|e| view! {
                <p class="banner error" role="alert" data-testid="import-mapping-error">{e.message(lang)}</p>
            })}
            {move || parsed.get().map(|p| view! { <ParsedSummary parsed=p filter confirm cancel /> })}
            {move || parsed.with(Option::is_none).then(|| view! {
                <div class="actions">
                    <button data-testid="import-cancel" on:click=move |_| cancel.run(())>{da_en(lang, "Annullér", "Cancel")}</button>
                </div>
            })}
        </section>
    }
}

#[component]
fn ParsedSummary(
    parsed: Arc<Parsed>,
    filter: RwSignal<AreaFilter>,
    confirm: Callback<()>,
    cancel: Callback<()>,
) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let n = move |v: usize| format::number(v as f64, 0, lang);
    let comparison = state.with_parts(&[], |w| w.indicators.comparison.clone());
    let all = parsed.observations.len();
    let compared = parsed
        .observations
        .iter()
        .filter(|o| comparison.is_compared(&o.area))
        .count();
    let bad_rows = parsed.rows_with_problems();
    let file = parsed.file_name.clone();
    let problems = parsed
        .problems
        .iter()
        .take(LISTED)
        .map(|p| view! { <li>{p.message(&file, lang)}</li> })
        .collect_view();
    let notes = parsed
        .notes
        .iter()
        .take(LISTED)
        .map(|p| view! { <li>{p.message(&file, lang)}</li> })
        .collect_view();
    let more_problems = parsed.problems.len().saturating_sub(LISTED);
    let more_notes = parsed.notes.len().saturating_sub(LISTED);
    let has_problems = !parsed.problems.is_empty();
    let has_notes = !parsed.notes.is_empty();
    let for_download = parsed.clone();
    let download_problems = move |_| {
        let text = import::problems_csv(&for_download, lang);
        let name = format!(
            "{}-problemer.csv",
            for_download.file_name.trim_end_matches(".csv")
        );
        let _ = download(&name, "text/csv;charset=utf-8", &format!("\u{feff}{text}"));
    };
    let chosen = move || match filter.get() {
        AreaFilter::Compared => compared,
        AreaFilter::All => all,
    };
    view! {
        <div class="parsed" data-testid="import-summary" data-values=all data-rows=parsed.rows>
            <p>
                {match lang {
                    Lang::Da => format!(
                        "{} rækker læst: {} værdier, {} rækker med fejl, {} bemærkninger.",
                        n(parsed.rows as usize), n(all), n(bad_rows), n(parsed.notes.len())
                    ),
                    Lang::En => format!(
                        "{} rows read: {} values, {} rows with problems, {} notes.",
                        n(parsed.rows as usize), n(all), n(bad_rows), n(parsed.notes.len())
                    ),
                }}
            </p>
            {has_problems.then(|| view! {
                <div class="problems" data-testid="import-problems">
                    <h3>{da_en(lang, "Rækker med fejl (importeres ikke)", "Rows with problems (not imported)")}</h3>
                    <ul>{problems}</ul>
                    {(more_problems > 0).then(|| view! {
                        <p>{match lang {
                            Lang::Da => format!("… og {} flere i listen, du kan hente.", n(more_problems)),
                            Lang::En => format!("… and {} more in the list you can download.", n(more_problems)),
                        }}</p>
                    })}
                </div>
            })}
            {has_notes.then(|| view! {
                <details class="notes" data-testid="import-notes">
                    <summary>{match lang {
                        Lang::Da => format!("{} bemærkninger (manglende tal, fodnoter)", n(parsed.notes.len())),
                        Lang::En => format!("{} notes (missing figures, footnotes)", n(parsed.notes.len())),
                    }}</summary>
                    <ul>{notes}</ul>
                    {(more_notes > 0).then(|| view! { <p>"… " {n(more_notes)}</p> })}
                </details>
            })}
            {(has_problems || has_notes).then(|| view! {
                <button class="secondary" data-testid="import-problems-download" on:click=download_problems>
                    {da_en(lang, "Hent alle fejl og bemærkninger som CSV", "Download every problem and note as CSV")}
                </button>
            })}
            <fieldset class="areas">
                <legend>{da_en(lang, "Hvilke områder skal gemmes?", "Which areas are kept?")}</legend>
                <label>
                    <input
                        type="radio"
                        name="import-areas"
                        data-testid="import-areas-compared"
                        prop:checked=move || filter.get() == AreaFilter::Compared
                        on:change=move |_| filter.set(AreaFilter::Compared)
                    />
                    {match lang {
                        Lang::Da => format!("Kun {}, hele landet og klyngekommunerne ({} værdier)", comparison.own, n(compared)),
                        Lang::En => format!("Only {}, the whole country and the comparable municipalities ({} values)", comparison.own, n(compared)),
                    }}
                </label>
                <label>
                    <input
                        type="radio"
                        name="import-areas"
                        data-testid="import-areas-all"
                        prop:checked=move || filter.get() == AreaFilter::All
                        on:change=move |_| filter.set(AreaFilter::All)
                    />
                    {match lang {
                        Lang::Da => format!("Alle områder ({} værdier; fylder mere i browserens lager)", n(all)),
                        Lang::En => format!("All areas ({} values; takes more of the browser's storage)", n(all)),
                    }}
                </label>
            </fieldset>
            <div class="actions">
                <button
                    class="primary"
                    data-testid="import-confirm"
                    disabled=move || chosen() == 0
                    on:click=move |_| confirm.run(())
                >
                    {move || match (lang, bad_rows > 0) {
                        (Lang::Da, false) => format!("Importér {} værdier", n(chosen())),
                        (Lang::Da, true) => format!("Importér de gyldige rækker ({} værdier); {} rækker med fejl springes over", n(chosen()), n(bad_rows)),
                        (Lang::En, false) => format!("Import {} values", n(chosen())),
                        (Lang::En, true) => format!("Import the valid rows ({} values); {} rows with problems are skipped", n(chosen()), n(bad_rows)),
                    }}
                </button>
                <button data-testid="import-cancel" on:click=move |_| cancel.run(())>{da_en(lang, "Annullér", "Cancel")}</button>
            </div>
        </div>
    }
}

/// What has been imported: the files and the indicators.
#[component]
fn Imported() -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        let n = move |v: u64| format::number(v as f64, 0, lang);
        state.with_parts(&[Part::Indicators], |ws| {
            let data = &ws.indicators;
            if data.imports.is_empty() {
                return view! {
                    <p class="empty" data-testid="imports-none">{da_en(lang, "Der er ikke importeret tal endnu.", "No figures have been imported yet.")}</p>
                }
                .into_any();
            }
            let imports = data
                .imports
                .iter()
                .map(|r| {
                    let id = r.id;
                    let remove = move |_| {
                        state.edit(|w| {
                            w.indicators.remove_import(id);
                        })
                    };
                    view! {
                        <tr data-testid=format!("import-row-{id}")>
                            <td>{r.file_name.clone()}</td>
                            <td>{local_time(&r.imported_at, lang)}</td>
                            <td class="num">{n(r.rows)}</td>
                            <td class="num">{n(r.values)}</td>
                            <td class="num">{n(r.added)}</td>
                            <td class="num">{n(r.replaced)}</td>
                            <td>
                                <button class="secondary" data-testid=format!("import-remove-{id}") on:click=remove>
                                    {da_en(lang, "Fjern", "Remove")}
                                    <span class="visually-hidden">" " {r.file_name.clone()}</span>
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            // Per indicator: areas, values, first and last period.
            type Row = (String, usize, usize, Option<ObsPeriod>, Option<ObsPeriod>);
            let mut indicators: Vec<Row> = Vec::new();
            for s in &data.series {
                let first = s.points.first().map(|p| p.period());
                let end = s.points.last().map(|p| p.period());
                match indicators.last_mut() {
                    Some(last) if last.0 == s.indicator => {
                        last.1 += 1;
                        last.2 += s.points.len();
                        last.3 = last.3.min(first).or(first);
                        last.4 = last.4.max(end);
                    }
                    _ => indicators.push((s.indicator.clone(), 1, s.points.len(), first, end)),
                }
            }
            let indicator_rows = indicators
                .into_iter()
                .map(|(name, areas, values, first, last)| view! {
                    <tr>
                        <td>{name}</td>
                        <td class="num">{n(areas as u64)}</td>
                        <td>{format!(
                            "{} – {}",
                            first.map(|p| p.label(lang)).unwrap_or_default(),
                            last.map(|p| p.label(lang)).unwrap_or_default()
                        )}</td>
                        <td class="num">{n(values as u64)}</td>
                    </tr>
                })
                .collect_view();
            view! {
                <section aria-labelledby="imports-title">
                    <h2 id="imports-title">{da_en(lang, "Importerede filer", "Imported files")}</h2>
                    <div class="table-wrap" tabindex="0">
                        <table class="numbers" data-testid="imports">
                            <thead>
                                <tr>
                                    <th scope="col">{da_en(lang, "Fil", "File")}</th>
                                    <th scope="col">{da_en(lang, "Importeret", "Imported")}</th>
                                    <th scope="col">{da_en(lang, "Rækker", "Rows")}</th>
                                    <th scope="col">{da_en(lang, "Værdier", "Values")}</th>
                                    <th scope="col">{da_en(lang, "Nye", "New")}</th>
                                    <th scope="col">{da_en(lang, "Erstattet", "Replaced")}</th>
                                    <th scope="col"><span class="visually-hidden">{da_en(lang, "Handling", "Action")}</span></th>
                                </tr>
                            </thead>
                            <tbody>{imports}</tbody>
                        </table>
                    </div>
                    <h2>{da_en(lang, "Indikatorer", "Indicators")}</h2>
                    <div class="table-wrap" tabindex="0">
                        <table class="numbers" data-testid="indicators">
                            <thead>
                                <tr>
                                    <th scope="col">{da_en(lang, "Indikator", "Indicator")}</th>
                                    <th scope="col">{da_en(lang, "Områder", "Areas")}</th>
                                    <th scope="col">{da_en(lang, "Perioder", "Periods")}</th>
                                    <th scope="col">{da_en(lang, "Værdier", "Values")}</th>
                                </tr>
                            </thead>
                            <tbody>{indicator_rows}</tbody>
                        </table>
                    </div>
                </section>
            }
            .into_any()
        })
    }
}

/// The element an event came from, as the type the handler expects.
fn event_target<T: JsCast>(ev: &leptos::ev::Event) -> T {
    ev.target()
        .expect("an event has a target")
        .unchecked_into::<T>()
}
