//! The headline result that stays in view while a control moves: the net for the
//! municipality per year and in all, the FTE kept, each team's caseload and the targets. In
//! workshop mode the room can guess the net result before it is shown ("predict, then
//! reveal") and replay the last change.

use super::*;

/// The selected scenario's key figures, year by year.
#[component]
pub(super) fn Headline(
    selected: Memo<String>,
    results: Memo<Vec<ScenarioResult>>,
) -> impl IntoView {
    let state = use_state();
    let workshop = move || state.workshop.with(|w| w.is_some());
    // Predict, then reveal: while a guess is asked for, the figures are hidden.
    let hidden = RwSignal::new(false);
    let guess = RwSignal::new(None::<f64>);
    let guess_text = RwSignal::new(String::new());
    let figures = move || {
        let lang = state.lang.get();
        let id = selected.get();
        let (idx, teams) = state.with_parts(&[Part::Scenarios], |w| {
            let idx = w.scenarios.scenarios.iter().position(|s| s.id == id);
            // Each team with its caseload index without any lever.
            let teams: Vec<(String, Option<f64>)> = w
                .scenarios
                .assumptions
                .teams
                .iter()
                .map(|t| {
                    let base = (t.fte_now.value > 0.0)
                        .then(|| 100.0 * t.fte_before_cut.value / t.fte_now.value);
                    (t.name.clone(), base)
                })
                .collect();
            (idx, teams)
        });
        let r = results.with(|r| idx.and_then(|i| r.get(i).cloned()))?;
        // Low and high from the assumptions' ranges (each at its ends, the others central).
        let range = state.with_parts(&[Part::Plan, Part::Scenarios, Part::Indicators], |w| {
            let set = super::baseline::linked(w);
            let s = set.scenario(&id)?;
            let targets = scenarios::target_specs(w, &set.target_links);
            Some(scenarios::ranges(&set.assumptions, s, &targets))
        });
        // Baselines read from imported figures, visible as such beside the result.
        let baseline_notes: Vec<String> =
            state.with_parts(&[Part::Scenarios, Part::Indicators], |w| {
                if w.scenarios.baseline_links.is_empty() {
                    return Vec::new();
                }
                scenarios::effective_assumptions(
                    &w.scenarios,
                    &w.indicators,
                    super::baseline::today_date(),
                )
                .1
                .iter()
                .map(|n| n.text(lang))
                .collect()
            });
        let mio = |v: f64| format::number(v / 1000.0, 1, lang);
        let span = |low: f64, high: f64| format!("{} – {}", mio(low), mio(high));
        let total = r.total_net();
        // Only the teams whose caseload the scenario changes.
        let moved: Vec<usize> = teams
            .iter()
            .enumerate()
            .filter(|(ti, (_, base))| {
                r.years.iter().any(|y| {
                    let now = y.teams.get(*ti).and_then(|t| t.caseload_index);
                    match (now, base) {
                        (Some(n), Some(b)) => (n - b).abs() >= 0.5,
                        (n, b) => n.is_some() != b.is_some(),
                    }
                })
            })
            .map(|(ti, _)| ti)
            .collect();
        let team_heads = moved
            .iter()
            .map(|&ti| view! { <th scope="col" class="num">{format!("{} {}", da_en(lang, "Sagsantal,", "Caseload,"), teams[ti].0)}</th> })
            .collect_view();
        let rows = r
            .years
            .iter()
            .enumerate()
            .map(|(k, y)| {
                let range_cell = range
                    .as_ref()
                    .and_then(|rg| rg.years.get(k))
                    .map(|yr| span(yr.municipality_net.low, yr.municipality_net.high))
                    .unwrap_or_default();
                let caseloads = moved
                    .iter()
                    .map(|&ti| {
                        let c = y.teams.get(ti).and_then(|t| t.caseload_index);
                        view! { <td class="num">{c.map(|c| format::number(c, 0, lang)).unwrap_or_else(|| "–".into())}</td> }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{y.year}</th>
                        <td class="num net">{mio(y.municipality_net)}</td>
                        <td class="num range">{range_cell}</td>
                        <td class="num">{format::number(y.fte_kept(), 1, lang)}</td>
                        {caseloads}
                    </tr>
                }
            })
            .collect_view();
        let total_range = range
            .as_ref()
            .map(|rg| span(rg.total_net.low, rg.total_net.high))
            .unwrap_or_default();
        let empty_cells = moved.iter().map(|_| view! { <td></td> }).collect_view();
        let count = |s: TargetStatus| r.targets.iter().filter(|t| t.status == s).count();
        let (met, at_limit) = (count(TargetStatus::Met), count(TargetStatus::AtLimit));
        let n = r.targets.len();
        let mut targets = da_en(
            lang,
            format!("Mål, scenariet flytter: {met} af {n} nås"),
            format!("Targets the scenario moves: {met} of {n} met"),
        );
        if at_limit > 0 {
            targets.push_str(&da_en(
                lang,
                format!(", {at_limit} ved grænsen"),
                format!(", {at_limit} at the limit"),
            ));
        }
        let compared =
            guess.get().map(|g| {
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
        let fte_years: Vec<String> = r
            .years
            .iter()
            .filter(|y| y.fte_kept() >= 0.05)
            .map(|y| y.year.to_string())
            .collect();
        let max_fte = r.years.iter().map(|y| y.fte_kept()).fold(0.0_f64, f64::max);
        let kept = if fte_years.is_empty() {
            da_en(
                lang,
                "Ingen årsværk bevaret".to_owned(),
                "No FTE kept".to_owned(),
            )
        } else {
            da_en(
                lang,
                format!(
                    "Op til {} årsværk bevaret ({}–{})",
                    format::number(max_fte, 1, lang),
                    fte_years[0],
                    fte_years[fte_years.len() - 1]
                ),
                format!(
                    "Up to {} FTE kept ({}–{})",
                    format::number(max_fte, 1, lang),
                    fte_years[0],
                    fte_years[fte_years.len() - 1]
                ),
            )
        };
        Some(view! {
            <p class="headline-figure">
                <span class="label">{da_en(lang, "Netto for kommunen i alt", "Net for the municipality in total")}</span>
                <strong data-testid="headline-total">{format!("{} {}", mio(total), da_en(lang, "mio. kr.", "DKK m"))}</strong>
                <span class="range" data-testid="headline-range">{format!("{} {total_range}", da_en(lang, "spænd", "range"))}</span>
            </p>
            <p class="headline-kept" data-testid="headline-kept">{kept}</p>
            <div class="table-wrap" tabindex="0">
                <table class="numbers headline-table" data-testid="headline-table">
                    <caption>{da_en(lang, "Mio. kr. mod officiel indfasning uden greb; spænd: forudsætningernes lav og høj", "DKK million against the official phase-in without levers; range: the assumptions' low and high")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{da_en(lang, "År", "Year")}</th>
                            <th scope="col" class="num">{da_en(lang, "Netto for kommunen", "Net for the municipality")}</th>
                            <th scope="col" class="num">{da_en(lang, "Spænd", "Range")}</th>
                            <th scope="col" class="num">{da_en(lang, "Årsværk bevaret", "FTE kept")}</th>
                            {team_heads}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr class="net">
                            <th scope="row">{da_en(lang, "I alt", "Total")}</th>
                            <td class="num">{mio(total)}</td>
                            <td class="num range">{total_range.clone()}</td>
                            <td></td>
                            {empty_cells}
                        </tr>
                    </tfoot>
                </table>
            </div>
            <p class="headline-targets" data-testid="headline-targets">{targets}</p>
            {(!baseline_notes.is_empty()).then(|| view! {
                <ul class="headline-baseline" data-testid="headline-baseline">
                    {baseline_notes.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                </ul>
            })}
            {compared.map(|c| view! { <p class="guess-result" data-testid="guess-result">{c}</p> })}
        })
    };
    let lang = move || state.lang.get();
    let reveal = move || {
        let g = guess_text.with(|t| {
            t.trim()
                .replace('.', "")
                .replace(',', ".")
                .parse::<f64>()
                .ok()
        });
        guess.set(g);
        hidden.set(false);
    };
    view! {
        <section class="headline" aria-labelledby="headline-title" data-testid="headline" aria-live="polite">
            <h2 id="headline-title">{move || da_en(lang(), "Resultatet", "The result")}</h2>
            <Show
                when=move || !(hidden.get() && workshop())
                fallback=move || view! {
                    <div class="predict" data-testid="predict">
                        <label for="predict-guess">{move || da_en(lang(), "Rummets gæt: netto for kommunen i alt (mio. kr.)", "The room's guess: net for the municipality in total (DKK million)")}</label>
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
