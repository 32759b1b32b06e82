//! Sharing a scenario without a server. The link carries the scenario and its assumptions in
//! the URL fragment (after `#`), which the browser never sends to a server; the recipient sees
//! exactly that scenario and can keep a copy without touching their own work. When the
//! content is too long for a link, the same content is offered as a file.

use leptos::prelude::*;
use plan_core::format;
use plan_core::scenarios::{describe_choices, evaluate, summary, target_specs, ScenarioResult};
use plan_core::share::{self, SharedScenario, MAX_LINK_CHARS};
use wasm_bindgen::JsCast;

use super::common::{Banner, BannerKind};
use crate::compress::{compress, decompress, UnpackError};
use crate::i18n::da_en;
use crate::route::{navigate, Route, View};
use crate::state::use_state;

/// The page's address without its fragment: where the recipient opens the app.
fn base_url() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

use crate::clock::now_iso;

/// The links that open a shared scenario: the shorter of the compact and the full form, and
/// the full form, which every version of the app opens whatever its defaults. Compressed by
/// the browser (`CompressionStream`, zlib as plan-core's native encoder writes it).
async fn links_for(shared: &SharedScenario) -> Result<(String, String), String> {
    let (compact, full) = share::link_contents(shared);
    let compact = share::pack(true, &compress(&compact, "deflate").await?);
    let full = share::pack(false, &compress(&full, "deflate").await?);
    let link = |payload: &str| format!("{}#/del?d={payload}", base_url());
    Ok((link(&share::shorter(compact, full.clone())), link(&full)))
}

/// Reads a link's payload, unpacked by the browser (`DecompressionStream`) up to the size
/// plan-core accepts.
async fn decode_in_browser(payload: &str) -> Result<SharedScenario, share::ShareError> {
    let (compact, packed) = share::unpack(payload)?;
    let json = decompress(&packed, "deflate", share::MAX_UNPACKED_BYTES)
        .await
        .map_err(|e| match e {
            UnpackError::TooLarge => share::ShareError::TooLarge,
            UnpackError::Damaged => share::ShareError::Damaged,
        })?;
    share::read_unpacked(compact, &packed, &json)
}

/// Shares the selected scenario: a link, or a file when the link would be too long.
#[component]
pub fn ShareScenario(selected: Memo<String>) -> impl IntoView {
    let state = use_state();
    let made = RwSignal::new(None::<(String, String, SharedScenario)>);
    let copied = RwSignal::new(false);
    // A new selection or edit makes the old link stale.
    Effect::new(move |_| {
        selected.with(|_| ());
        state.ws.scenarios.track();
        made.set(None);
    });
    let make = move |_| {
        let id = selected.get_untracked();
        let shared = SharedScenario::from_workspace(&state.ws.untracked(), &id, &now_iso());
        if let Some(shared) = shared {
            copied.set(false);
            leptos::task::spawn_local(async move {
                match links_for(&shared).await {
                    Ok((link, full)) => made.set(Some((link, full, shared))),
                    Err(e) => state.save_error.set(Some(e)),
                }
            });
        }
    };
    let copy = move |_| {
        if let Some((link, _, _)) = made.get_untracked() {
            let promise = window().navigator().clipboard().write_text(&link);
            leptos::task::spawn_local(async move {
                // Without permission to the clipboard the link stays selectable in the field.
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copied.set(ok);
                if !ok {
                    if let Some(input) = document()
                        .get_element_by_id("share-link")
                        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                    {
                        input.select();
                    }
                }
            });
        }
    };
    let save_file = move |_| {
        if let Some((_, _, shared)) = made.get_untracked() {
            let name = format!("{}.scenarie.json", shared.scenario.id);
            crate::views::offer_download(
                state,
                &name,
                "application/json",
                &share::to_json(&shared),
            );
        }
    };
    view! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{move || da_en(state.lang.get(), "Del scenariet", "Share the scenario")}</h2>
            <details class="explain">
                <summary>{move || da_en(state.lang.get(), "Hvad linket rummer", "What the link holds")}</summary>
                <p class="hint">{move || da_en(
                    state.lang.get(),
                    "Linket rummer scenariet og forudsætningerne, ikke resten af dine data. Alt efter # i linket bliver i modtagerens browser og sendes ikke til nogen server. Modtageren ser præcis dette scenarie og kan gemme en kopi uden at røre sit eget arbejde.",
                    "The link holds the scenario and the assumptions, not the rest of your data. Everything after # in the link stays in the recipient's browser and is never sent to a server. The recipient sees exactly this scenario and can keep a copy without touching their own work.",
                )}</p>
            </details>
            <button data-testid="share-make" on:click=make>
                {move || da_en(state.lang.get(), "Lav et link til scenariet", "Make a link to the scenario")}
            </button>
            {move || made.get().map(|(link, full, _)| {
                let lang = state.lang.get();
                let full_chars = format::number(full.chars().count() as f64, 0, lang);
                let compact = link != full;
                let chars = link.chars().count();
                let n = format::number(chars as f64, 0, lang);
                let max = format::number(MAX_LINK_CHARS as f64, 0, lang);
                let fits = share::fits_in_link(chars);
                view! {
                    <div class="share-result" data-testid="share-result" data-length=chars>
                        {if fits {
                            view! {
                                <label for="share-link">{da_en(lang, "Link", "Link")}</label>
                                <textarea id="share-link" readonly rows="3" class="share-link" data-testid="share-link" prop:value=link.clone() aria-describedby="share-length"></textarea>
                                <p id="share-length" class="hint" data-testid="share-length">
                                    {da_en(lang, format!("Linket er {n} tegn langt."), format!("The link is {n} characters long."))}
                                </p>
                                <button on:click=copy data-testid="share-copy">{da_en(lang, "Kopiér linket", "Copy the link")}</button>
                                <span role="status" data-testid="share-copied">{move || copied.get().then(|| da_en(lang, " Linket er kopieret. Sæt det ind i en mail eller et dokument.", " The link is copied. Paste it into an e-mail or a document."))}</span>
                                {compact.then(|| view! {
                                    <details class="share-full" data-testid="share-full">
                                        <summary>{da_en(lang, "Åbner linket ikke hos modtageren?", "Does the link not open for the recipient?")}</summary>
                                        <p class="hint">{da_en(
                                            lang,
                                            format!("Linket ovenfor er kort, fordi det kun rummer det, der er ændret i forhold til appens egne tal. Har modtageren en anden udgave af appen, så send dette længere link ({full_chars} tegn), som rummer alle tallene."),
                                            format!("The link above is short because it holds only what differs from the app's own figures. If the recipient has another version of the app, send this longer link ({full_chars} characters), which holds every figure."),
                                        )}</p>
                                        <label for="share-full-link">{da_en(lang, "Link med alle tal", "Link with every figure")}</label>
                                        <textarea id="share-full-link" readonly rows="3" class="share-link" data-testid="share-full-link" prop:value=full.clone()></textarea>
                                    </details>
                                })}
                            }
                            .into_any()
                        } else {
                            view! {
                                <Banner kind=BannerKind::Warn status=true testid="share-too-long">
                                    {da_en(lang, format!("Scenariet fylder for meget til et link ({n} tegn; højst {max}, ellers kan mailprogrammer og dokumenter skære det over). Hent det som fil, og send filen i stedet; modtageren indlæser den under Om data."), format!("The scenario is too large for a link ({n} characters; at most {max}, or mail programs and documents may cut it). Download it as a file and send the file instead; the recipient loads it under About the data."))}
                                </Banner>
                            }
                            .into_any()
                        }}
                        " "
                        <button class="secondary" on:click=save_file data-testid="share-file">
                            {da_en(lang, "Hent scenariet som fil", "Download the scenario as a file")}
                        </button>
                    </div>
                }
            })}
        </section>
    }
}

/// Keeps a shared scenario as a copy in this browser and opens it.
pub fn keep_copy(state: crate::state::AppState, shared: &SharedScenario) -> String {
    let lang = state.lang.get_untracked();
    let mut id = String::new();
    // A second "keep" of the same link opens the copy kept the first time.
    let kept = state.with_parts(&[], |w| {
        w.scenarios
            .kept_copy_of(&shared.scenario)
            .map(str::to_owned)
    });
    match kept {
        Some(existing) => id = existing,
        None => state.edit(|w| id = w.scenarios.keep_copy(&shared.scenario, lang)),
    }
    navigate(&Route {
        view: View::Scenarios,
        params: vec![("s".into(), id.clone())],
    });
    id
}

/// The page a share link opens.
#[component]
pub fn SharedView() -> impl IntoView {
    let state = use_state();
    let decoded = LocalResource::new(move || {
        let payload = state.route.with(|r| r.param("d").unwrap_or("").to_owned());
        async move { decode_in_browser(&payload).await }
    });
    let content = move || {
        let lang = state.lang.get();
        decoded.get().map(|result| match result {
            Err(e) => view! {
                <Banner kind=BannerKind::Error testid="share-error">
                    <p>{e.message(lang)}</p>
                    <p>{da_en(lang, "Intet af dine gemte data er ændret.", "Nothing of your saved data has changed.")}</p>
                    <p><a href="#/scenarier">{da_en(lang, "Gå til dine scenarier", "Go to your scenarios")}</a></p>
                </Banner>
            }
            .into_any(),
            Ok(shared) => view! { <SharedPreview shared /> }.into_any(),
        })
    };
    view! { <article class="shared" data-testid="shared-view">{content}</article> }
}

#[component]
fn SharedPreview(shared: SharedScenario) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    // The plan's targets are the recipient's (the same plan); the figures are the sender's.
    let targets = state.with_parts(&[], |w| target_specs(w, &w.scenarios.target_links));
    let result: ScenarioResult = evaluate(&shared.assumptions, &shared.scenario, &targets);
    let text = summary(&shared.assumptions, &shared.scenario, &result, lang);
    let choices = describe_choices(&shared.assumptions, &shared.scenario, lang);
    let same_assumptions = state.with_parts(&[], |w| w.scenarios.assumptions == shared.assumptions);
    let mio = |v: f64| format::number(v / 1000.0, 2, lang);
    let rows = result
        .years
        .iter()
        .map(|y| {
            view! {
                <tr>
                    <th scope="row">{y.year}</th>
                    <td class="num">{mio(y.phased_cut)}</td>
                    <td class="num">{mio(y.compensation)}</td>
                    <td class="num">{format::number(y.fte_kept(), 1, lang)}</td>
                    <td class="num">{mio(y.benefit_net)}</td>
                    <td class="num">{mio(y.municipality_net)}</td>
                </tr>
            }
        })
        .collect_view();
    let when = crate::views::import::local_time(&shared.shared_at, lang);
    let keep = {
        let shared = shared.clone();
        move |_| {
            keep_copy(state, &shared);
        }
    };
    view! {
        <header class="page-head">
            <p class="muted">{da_en(lang, "Delt scenarie", "Shared scenario")} " · " {shared.municipality.clone()} " · " {when}</p>
            <h1 data-testid="shared-name">{shared.scenario.name.clone()}</h1>
            <p class="muted">{plan_core::source::document_words(shared.scenario.description_in(lang)).into_owned()}</p>
        </header>
        <section class="shared-choices" data-testid="shared-choices">
            <h2>{da_en(lang, "Det valgte", "What was chosen")}</h2>
            <ul>{choices.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
        </section>
        <section class="summary">
            <p class="summary-text" data-testid="shared-summary">{text}</p>
        </section>
        <div class="table-wrap" tabindex="0">
            <table class="numbers" data-testid="shared-table">
                <caption>{da_en(lang, "År for år (mio. kr., i forhold til den officielle indfasning)", "Year by year (million kr., against the official phase-in)")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{da_en(lang, "År", "Year")}</th>
                        <th scope="col">{da_en(lang, "Besparelse gennemført", "Cut made")}</th>
                        <th scope="col">{da_en(lang, "Kompensation", "Compensation")}</th>
                        <th scope="col">{da_en(lang, "Årsværk bevaret", "FTE kept")}</th>
                        <th scope="col">{da_en(lang, "Forsørgelse, netto", "Benefits, net")}</th>
                        <th scope="col">{da_en(lang, "Netto for kommunen", "Net for the municipality")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="hint" data-testid="shared-assumptions">
            {if same_assumptions {
                da_en(lang, "Afsenderens forudsætninger er de samme som dine.", "The sender's assumptions are the same as yours.")
            } else {
                da_en(
                    lang,
                    "Tallene ovenfor er regnet med afsenderens forudsætninger, som er anderledes end dine. En kopi i din browser regnes med dine forudsætninger.",
                    "The figures above use the sender's assumptions, which differ from yours. A copy in your browser is calculated with your assumptions.",
                )
            }}
        </p>
        <div class="actions">
            <button class="primary" data-testid="shared-keep" on:click=keep>
                {da_en(lang, "Gem en kopi i mine scenarier", "Keep a copy in my scenarios")}
            </button>
            <a href="#/scenarier">{da_en(lang, "Til mine scenarier uden at gemme", "To my scenarios without keeping it")}</a>
        </div>
    }
}
