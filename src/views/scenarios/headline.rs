//! The result that stays in view while a control moves: what the scenario costs or saves the
//! municipality in words, the net per year with its range, the FTE kept, the caseload of the
//! teams it moves and the targets, all read from the one [`Selection`]. In workshop mode the
//! room can guess the net result before it is shown ("predict, then reveal") and replay the
//! last change.

use super::*;
use plan_core::input::{parse_field, FieldRule};
use plan_core::scenarios::{Selection, Verdict};

/// The selected scenario's key figures.
#[component]
pub(super) fn Headline(sel: Memo<Option<Selection>>) -> impl IntoView {
    let state = use_state();
    let workshop = move || state.workshop.with(|w| w.is_some());
    // Predict, then reveal: while a guess is asked for, the figures are hidden.
    let hidden = RwSignal::new(false);
    let guess = RwSignal::new(None::<f64>);
    let guess_text = RwSignal::new(String::new());
    let lang = move || state.lang.get();
    // The figures in words, computed once per change; each part of the view below reads its
    // own text, so a slider step rewrites texts rather than rebuilding the panel.
    let figures = Memo::new(move |_| {
        let lang = state.lang.get();
        let guess = guess.get();
        sel.with(|s| s.as_ref().map(|s| Figures::of(s, guess, lang)))
    });
    let text = move |pick: fn(&Figures) -> String| {
        move || figures.with(|f| f.as_ref().map(pick).unwrap_or_default())
    };
    let list = move |pick: fn(&Figures) -> Vec<String>| {
        Memo::new(move |_| figures.with(|f| f.as_ref().map(pick).unwrap_or_default()))
    };
    let caseloads = list(|f| f.caseloads.clone());
    let notes = list(|f| f.notes.clone());
    let issues = list(|f| f.issues.clone());
    let targets = Memo::new(move |_| figures.with(|f| f.as_ref().and_then(|f| f.targets.clone())));
    let compared =
        Memo::new(move |_| figures.with(|f| f.as_ref().and_then(|f| f.compared.clone())));
    let shown = Memo::new(move |_| figures.with(Option::is_some));
    let body = move || {
        view! {
            <Show when=move || shown.get()>
                <p class=move || figures.with(|f| format!("headline-figure {}", f.as_ref().map_or("neutral", |f| f.tone)))>
                    <span class="verdict" data-testid="headline-verdict">{text(|f| f.verb.to_owned())}</span>
                    " "
                    <strong data-testid="headline-total">{text(|f| f.total.clone())}</strong>
                    " "
                    <span class="period">{text(|f| f.period.clone())}</span>
                </p>
                <p class="headline-range" data-testid="headline-range">{text(|f| f.range.clone())}</p>
            </Show>
            <super::net_chart::NetChart sel />
            <Show when=move || shown.get()>
                <p class="headline-kept" data-testid="headline-kept">{text(|f| f.kept.clone())}</p>
                {move || {
                    let caseloads = caseloads.get();
                    (!caseloads.is_empty()).then(|| view! {
                        <ul class="headline-caseloads" data-testid="headline-caseloads">
                            {caseloads.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                        </ul>
                    })
                }}
                {move || targets.get().map(|t| view! { <p class="headline-targets" data-testid="headline-targets">{t}</p> })}
                <p class="headline-against muted small" data-testid="headline-against">{text(|f| f.against.clone())}</p>
                {move || {
                    let notes = notes.get();
                    (!notes.is_empty()).then(|| view! {
                        <ul class="headline-baseline" data-testid="headline-baseline">
                            {notes.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                        </ul>
                    })
                }}
                {move || {
                    let issues = issues.get();
                    (!issues.is_empty()).then(|| view! {
                        <Banner kind=BannerKind::Warn testid="validation">
                            <ul>{issues.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                        </Banner>
                    })
                }}
                {move || compared.get().map(|c| view! { <p class="guess-result" data-testid="guess-result">{c}</p> })}
            </Show>
        }
    };
    let reveal = move || {
        let lang = state.lang.get_untracked();
        // The core's parser: "12,5" on the Danish page, "12.5" on the English one.
        let g = guess_text.with(|t| parse_field(t, lang, FieldRule::between(-1e6, 1e6)).ok());
        guess.set(g);
        hidden.set(false);
    };
    view! {
        <section class="headline" aria-labelledby="headline-title" data-testid="headline" aria-live="polite">
            <h2 id="headline-title">
                {move || da_en(lang(), "Resultatet", "The result")}
                {move || sel.with(|s| s.as_ref().map(|s| {
                    let name = s.scenario.name.clone();
                    let base = s.is_baseline;
                    view! {
                        ": "
                        <span class="scenario-name" data-testid="headline-name">{name}</span>
                        {base.then(|| view! { " " <span class="tag">{da_en(lang(), "basis", "baseline")}</span> })}
                    }
                }))}
            </h2>
            <Show
                when=move || !(hidden.get() && workshop())
                fallback=move || view! {
                    <div class="predict" data-testid="predict">
                        <label for="predict-guess">{move || da_en(lang(), "Rummets gæt: netto for kommunen i alt (mio. kr.; en udgift er positiv)", "The room's guess: net for the municipality in total (DKK million; a cost is positive)")}</label>
                        <input
                            id="predict-guess"
                            type="text"
                            inputmode="decimal"
                            data-testid="predict-guess"
                            prop:value=move || guess_text.get()
                            on:input=move |ev| guess_text.set(event_target_value(&ev))
                            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                if ev.key() == "Enter" {
                                    reveal();
                                }
                            }
                        />
                        <button class="primary" data-testid="predict-reveal" on:click=move |_| reveal()>
                            {move || da_en(lang(), "Vis resultatet", "Show the result")}
                        </button>
                    </div>
                }
            >
                {body}
            </Show>
            <Show when=workshop>
                <div class="workshop-actions">
                    <button
                        data-testid="predict-start"
                        on:click=move |_| {
                            guess.set(None);
                            guess_text.set(String::new());
                            hidden.set(true);
                        }
                    >
                        {move || da_en(lang(), "Gæt først, vis så", "Guess first, then reveal")}
                    </button>
                    <button
                        data-testid="replay-last"
                        disabled=move || state.history.with(|h| !h.can_undo())
                        on:click=move |_| replay(state)
                    >
                        {move || da_en(lang(), "Afspil sidste ændring", "Replay the last change")}
                    </button>
                </div>
            </Show>
        </section>
    }
}

/// The headline's figures in words.
#[derive(Debug, Clone, PartialEq)]
struct Figures {
    /// `cost`, `saving` or `neutral`: the class of the headline figure.
    tone: &'static str,
    verb: &'static str,
    total: String,
    period: String,
    range: String,
    kept: String,
    caseloads: Vec<String>,
    targets: Option<String>,
    against: String,
    notes: Vec<String>,
    issues: Vec<String>,
    /// The room's guess held against the result, once a guess is revealed.
    compared: Option<String>,
}

impl Figures {
    fn of(s: &Selection, guess: Option<f64>, lang: Lang) -> Self {
        let total = s.total_net();
        let mio = |v: f64| format::number(v / 1000.0, 1, lang);
        let (verb, tone) = match s.verdict() {
            Verdict::Costs => (
                da_en(lang, "Koster kommunen", "Costs the municipality"),
                "cost",
            ),
            Verdict::Saves => (
                da_en(lang, "Sparer kommunen", "Saves the municipality"),
                "saving",
            ),
            Verdict::Neutral => (
                da_en(lang, "Netto for kommunen", "Net for the municipality"),
                "neutral",
            ),
        };
        let amount = if s.verdict() == Verdict::Neutral {
            total
        } else {
            total.abs()
        };
        let period = format::period(s.first_year, s.last_year);
        let kept = match s.fte_kept() {
            None => da_en(
                lang,
                "Ingen årsværk bevaret".to_owned(),
                "No FTE kept".to_owned(),
            ),
            Some((max, first, last)) => {
                let years = format::period(first, last);
                da_en(
                    lang,
                    format!(
                        "Op til {} årsværk bevaret ({years})",
                        format::number(max, 1, lang)
                    ),
                    format!("Up to {} FTE kept ({years})", format::number(max, 1, lang)),
                )
            }
        };
        let caseloads = s
            .moved_teams()
            .filter_map(|t| {
                let (year, now) = t.most_moved()?;
                let without = t.without.map(|w| format::number(w, 0, lang)).unwrap_or_else(|| "–".into());
                Some(da_en(
                    lang,
                    format!("Sagsantal, {}: {} i {year} mod {without} uden greb (100 = før besparelsen)", t.name, format::number(now, 0, lang)),
                    format!("Caseload, {}: {} in {year} against {without} without levers (100 = before the cut)", t.name, format::number(now, 0, lang)),
                ))
            })
            .collect();
        let compared =
            guess.map(|g| {
                let off = total / 1000.0 - g;
                da_en(
                    lang,
                    format!(
                        "Rummets gæt: {} mio. kr. Resultatet: {} mio. kr. ({} mio. kr. {}).",
                        format::number(g, 1, lang),
                        mio(total),
                        format::number(off.abs(), 1, lang),
                        if off >= 0.0 {
                            "mere end gættet"
                        } else {
                            "mindre end gættet"
                        }
                    ),
                    format!(
                    "The room's guess: DKK {} million. The result: DKK {} million ({} million {}).",
                    format::number(g, 1, lang),
                    mio(total),
                    format::number(off.abs(), 1, lang),
                    if off >= 0.0 { "more than guessed" } else { "less than guessed" }
                ),
                )
            });
        Figures {
            tone,
            verb,
            total: format!("{} {}", mio(amount), da_en(lang, "mio. kr.", "DKK m")),
            period: da_en(
                lang,
                format!("netto i {period}"),
                format!("net in {period}"),
            ),
            range: s.range_text(lang),
            kept,
            caseloads,
            targets: s.targets_text(lang),
            against: s.against(lang),
            notes: s.baseline_notes.iter().map(|n| n.text(lang)).collect(),
            issues: s.issues.iter().map(|i| i.to_string()).collect(),
            compared,
        }
    }
}

/// Shows the result before the last change for a moment, then the change again.
fn replay(state: AppState) {
    state.undo();
    leptos::task::spawn_local(async move {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 1200));
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        state.redo();
    });
}

/// On a phone: the net total and the FTE kept in a bar that stays on screen while a control
/// below it moves.
#[component]
pub(super) fn ResultBar(sel: Memo<Option<Selection>>) -> impl IntoView {
    let state = use_state();
    let texts = Memo::new(move |_| {
        let lang = state.lang.get();
        sel.with(|s| {
            let s = s.as_ref()?;
            let mio = format::number(s.total_net().abs() / 1000.0, 1, lang);
            let word = match s.verdict() {
                Verdict::Costs => da_en(lang, "Koster", "Costs"),
                Verdict::Saves => da_en(lang, "Sparer", "Saves"),
                Verdict::Neutral => da_en(lang, "Netto", "Net"),
            };
            let fte = s.fte_kept().map_or(0.0, |(m, _, _)| m);
            Some((
                word,
                format!("{mio} {}", da_en(lang, "mio. kr.", "DKK m")),
                format!(
                    "{} {}",
                    format::number(fte, 1, lang),
                    da_en(lang, "årsværk", "FTE")
                ),
            ))
        })
    });
    let part = move |pick: fn(&(&'static str, String, String)) -> String| {
        move || texts.with(|t| t.as_ref().map(pick).unwrap_or_default())
    };
    view! {
        <Show when=move || texts.with(Option::is_some)>
            <div class="result-bar" data-testid="result-bar" aria-hidden="true">
                <span>{part(|t| t.0.to_owned())} " " <strong>{part(|t| t.1.clone())}</strong></span>
                <span>{part(|t| t.2.clone())}</span>
            </div>
        </Show>
    }
}
