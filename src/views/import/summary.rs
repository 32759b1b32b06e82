//! What was read: counts, which areas are kept, import or cancel (in view with the counts),
//! then the first values, problems and notes.

use super::reading::ReadingPreview;
use super::*;

/// The counts of what was read, its problems and notes, the areas to keep, import or cancel.
#[component]
pub(super) fn ParsedSummary(
    parsed: Arc<Parsed>,
    /// The UI language: the preview builds the summary again when it changes.
    lang: Lang,
    filter: RwSignal<AreaFilter>,
    confirm: Callback<()>,
    cancel: Callback<()>,
) -> impl IntoView {
    let state = use_state();
    let n = move |v: usize| format::number(v as f64, 0, lang);
    let comparison = state.with_parts(&[], |w| w.indicators.comparison.clone());
    let all = parsed.observations.len();
    // Counted per area: a large file repeats its few areas on every row.
    let mut per_area: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for o in &parsed.observations {
        *per_area.entry(&*o.area).or_default() += 1;
    }
    let compared = per_area
        .iter()
        .filter(|(area, _)| comparison.is_compared(area))
        .map(|(_, n)| n)
        .sum::<usize>();
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
    let problems_file = format!(
        "{}-problemer.csv",
        parsed.file_name.trim_end_matches(".csv")
    );
    let problems_csv = Callback::new({
        let parsed = parsed.clone();
        move |()| import::problems_csv(&parsed, lang)
    });
    let chosen = move || match filter.get() {
        AreaFilter::Compared => compared,
        AreaFilter::All => all,
    };
    view! {
        <div class="parsed" data-testid="import-summary" data-values=all data-rows=parsed.rows>
            <p>
                {da_en(lang, format!(
                        "{} {} læst: {} {}, {} {} med fejl, {} {}.",
                        n(parsed.rows as usize), plural(parsed.rows as usize, "række", "rækker"), n(all), plural(all, "værdi", "værdier"), n(bad_rows), plural(bad_rows, "række", "rækker"), n(parsed.notes.len()), plural(parsed.notes.len(), "bemærkning", "bemærkninger")
                    ), format!(
                        "{} {} read: {} {}, {} {} with problems, {} {}.",
                        n(parsed.rows as usize), plural(parsed.rows as usize, "row", "rows"), n(all), plural(all, "value", "values"), n(bad_rows), plural(bad_rows, "row", "rows"), n(parsed.notes.len()), plural(parsed.notes.len(), "note", "notes")
                    ))}
            </p>
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
                    {da_en(lang, format!("Kun {}, hele landet og klyngekommunerne ({} værdier)", comparison.own, n(compared)), format!("Only {}, the whole country and the comparable municipalities ({} values)", comparison.own, n(compared)))}
                </label>
                <label>
                    <input
                        type="radio"
                        name="import-areas"
                        data-testid="import-areas-all"
                        prop:checked=move || filter.get() == AreaFilter::All
                        on:change=move |_| filter.set(AreaFilter::All)
                    />
                    {da_en(lang, format!("Alle områder ({} værdier; fylder mere i browserens lager)", n(all)), format!("All areas ({} values; takes more of the browser's storage)", n(all)))}
                </label>
            </fieldset>
            <div class="actions">
                <button
                    class="primary"
                    data-testid="import-confirm"
                    disabled=move || chosen() == 0
                    on:click=move |_| confirm.run(())
                >
                    {move || if bad_rows > 0 {
                        da_en(lang, format!("Importér de gyldige rækker ({} værdier); {} rækker med fejl springes over", n(chosen()), n(bad_rows)), format!("Import the valid rows ({} values); {} rows with problems are skipped", n(chosen()), n(bad_rows)))
                    } else {
                        da_en(lang, format!("Importér {} værdier", n(chosen())), format!("Import {} values", n(chosen())))
                    }}
                </button>
                <button data-testid="import-cancel" on:click=move |_| cancel.run(())>{da_en(lang, "Annullér", "Cancel")}</button>
            </div>
            <ReadingPreview parsed=parsed.clone() lang />
            {has_problems.then(|| view! {
                <div class="problems" data-testid="import-problems">
                    <h3>{da_en(lang, "Rækker med fejl (importeres ikke)", "Rows with problems (not imported)")}</h3>
                    <ul>{problems}</ul>
                    {(more_problems > 0).then(|| view! {
                        <p>{da_en(lang, format!("… og {} flere i listen, du kan hente.", n(more_problems)), format!("… and {} more in the list you can download.", n(more_problems)))}</p>
                    })}
                </div>
            })}
            {has_notes.then(|| view! {
                <details class="notes" data-testid="import-notes">
                    <summary>{da_en(lang, format!("{} {} (manglende tal, fodnoter)", n(parsed.notes.len()), plural(parsed.notes.len(), "bemærkning", "bemærkninger")), format!("{} {} (missing figures, footnotes)", n(parsed.notes.len()), plural(parsed.notes.len(), "note", "notes")))}</summary>
                    <ul>{notes}</ul>
                    {(more_notes > 0).then(|| view! { <p>"… " {n(more_notes)}</p> })}
                </details>
            })}
            {(has_problems || has_notes).then(|| view! {
                <CsvButton
                    file=problems_file
                    label=da_en(lang, "Hent alle fejl og bemærkninger som CSV", "Download every problem and note as CSV")
                    testid="import-problems-download"
                    csv=problems_csv
                    class="secondary"
                />
            })}
        </div>
    }
}

/// The singular for one, the plural otherwise.
fn plural(count: usize, one: &'static str, many: &'static str) -> &'static str {
    if count == 1 {
        one
    } else {
        many
    }
}
