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
    let figures = move || {
        let lang = state.lang.get();
        sel.with(|s| {
            let s = s.as_ref()?;
            let total = s.total_net();
            let mio = |v: f64| format::number(v / 1000.0, 1, lang);
            let (verb, tone) = match s.verdict() {
                Verdict::Costs => (da_en(lang, "Koster kommunen", "Costs the municipality"), "cost"),
                Verdict::Saves => (da_en(lang, "Sparer kommunen", "Saves the municipality"), "saving"),
                Verdict::Neutral => (da_en(lang, "Netto for kommunen", "Net for the municipality"), "neutral"),
            };
            let amount = if s.verdict() == Verdict::Neutral { total } else { total.abs() };
            let period = format::period(s.first_year, s.last_year);
            let kept = match s.fte_kept() {
                None => da_en(lang, "Ingen årsværk bevaret".to_owned(), "No FTE kept".to_owned()),
                Some((max, first, last)) => {
                    let years = format::period(first, last);
                    da_en(
                        lang,
                        format!("Op til {} årsværk bevaret ({years})", format::number(max, 1, lang)),
                        format!("Up to {} FTE kept ({years})", format::number(max, 1, lang)),
                    )
                }
            };
            let caseloads: Vec<String> = s
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
            let compared = guess.get().map(|g| {
                let off = total / 1000.0 - g;
                da_en(
                    lang,
                    format!(
                        "Rummets gæt: {} mio. kr. Resultatet: {} mio. kr. ({} mio. kr. {}).",
                        format::number(g, 1, lang),
                        mio(total),
                        format::number(off.abs(), 1, lang),
                        if off >= 0.0 { "mere end gættet" } else { "mindre end gættet" }
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
            let notes: Vec<String> = s.baseline_notes.iter().map(|n| n.text(lang)).collect();
            let issues: Vec<String> = s.issues.iter().map(|i| i.to_string()).collect();
            Some(view! {
                <p class=format!("headline-figure {tone}")>
                    <span class="verdict" data-testid="headline-verdict">{verb}</span>
                    " "
                    <strong data-testid="headline-total">{format!("{} {}", mio(amount), da_en(lang, "mio. kr.", "DKK m"))}</strong>
                    " "
                    <span class="period">{da_en(lang, format!("netto i {period}"), format!("net in {period}"))}</span>
                </p>
                <p class="headline-range" data-testid="headline-range">{s.range_text(lang)}</p>
                <super::net_chart::NetChart sel />
                <p class="headline-kept" data-testid="headline-kept">{kept}</p>
                {(!caseloads.is_empty()).then(|| view! {
                    <ul class="headline-caseloads" data-testid="headline-caseloads">
                        {caseloads.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                    </ul>
                })}
                {s.targets_text(lang).map(|t| view! { <p class="headline-targets" data-testid="headline-targets">{t}</p> })}
                <p class="headline-against muted small" data-testid="headline-against">{s.against(lang)}</p>
                {(!notes.is_empty()).then(|| view! {
                    <ul class="headline-baseline" data-testid="headline-baseline">
                        {notes.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                    </ul>
                })}
                {(!issues.is_empty()).then(|| view! {
                    <Banner kind=BannerKind::Warn testid="validation">
                        <ul>{issues.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                    </Banner>
                })}
                {compared.map(|c| view! { <p class="guess-result" data-testid="guess-result">{c}</p> })}
            })
        })
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
                {figures}
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
    move || {
        let lang = state.lang.get();
        sel.with(|s| {
            let s = s.as_ref()?;
            let total = s.total_net();
            let mio = format::number(total.abs() / 1000.0, 1, lang);
            let word = match s.verdict() {
                Verdict::Costs => da_en(lang, "Koster", "Costs"),
                Verdict::Saves => da_en(lang, "Sparer", "Saves"),
                Verdict::Neutral => da_en(lang, "Netto", "Net"),
            };
            let fte = s.fte_kept().map_or(0.0, |(m, _, _)| m);
            Some(view! {
                <div class="result-bar" data-testid="result-bar" aria-hidden="true">
                    <span>{word} " " <strong>{format!("{mio} {}", da_en(lang, "mio. kr.", "DKK m"))}</strong></span>
                    <span>{format!("{} {}", format::number(fte, 1, lang), da_en(lang, "årsværk", "FTE"))}</span>
                </div>
            })
        })
    }
}
