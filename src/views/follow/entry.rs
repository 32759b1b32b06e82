//! Figures typed in by hand for a target, with their source, for series no file holds (the
//! number of partner firms, a report's figure). A figure is read with the core's parser
//! (`input::parse_field`) and stored by the core's named edit (`enter_figure`), which refuses
//! a figure without a source; the reason is shown at the form and nothing changes. The
//! figures typed in are listed with a button to remove each.

use plan_core::indicators::import::NATIONAL;
use plan_core::indicators::EnteredFigure;
use plan_core::input::{parse_field, FieldRule};

use crate::state::AppState;

use super::*;

/// Any number: a figure may be a count, a share or a gap.
const ANY_NUMBER: FieldRule = FieldRule {
    min: None,
    max: None,
    whole: false,
};

use crate::clock::today_iso as today;

/// What the form holds, kept by the target's detail (which is built again after each change
/// of the workspace, a saved figure among them).
#[derive(Clone, Copy)]
pub(super) struct EntryForm {
    area: RwSignal<String>,
    period: RwSignal<String>,
    value: RwSignal<String>,
    source: RwSignal<String>,
    /// Why the last figure was refused.
    message: RwSignal<Option<String>>,
    /// That the last figure was saved.
    saved: RwSignal<Option<String>>,
}

impl EntryForm {
    pub(super) fn new(state: AppState) -> Self {
        let own = state.with_parts(&[Part::Indicators], |w| w.indicators.comparison.own.clone());
        Self {
            area: RwSignal::new(own),
            period: RwSignal::new(String::new()),
            value: RwSignal::new(String::new()),
            source: RwSignal::new(String::new()),
            message: RwSignal::new(None),
            saved: RwSignal::new(None),
        }
    }
}

/// The form and the list of figures typed in for the measure `id`.
#[component]
pub(super) fn EnterFigures(id: String, form: EntryForm) -> impl IntoView {
    let state = use_state();
    let EntryForm {
        area,
        period,
        value,
        source,
        message,
        saved,
    } = form;
    let chosen = area.get_untracked();
    let areas = state.with_parts(&[Part::Indicators], |w| {
        let c = &w.indicators.comparison;
        std::iter::once(c.own.clone())
            .chain(std::iter::once(NATIONAL.to_owned()))
            .chain(c.cluster.iter().cloned())
            .collect::<Vec<String>>()
    });

    let submit = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let lang = state.lang.get_untracked();
            saved.set(None);
            let Some(p) = ObsPeriod::parse(&period.get_untracked()) else {
                message.set(Some(
                    da_en(
                        lang,
                        "Skriv perioden som et år (2023), et kvartal (2023K2) eller en måned (2023-06).",
                        "Write the period as a year (2023), a quarter (2023K2) or a month (2023-06).",
                    )
                    .to_owned(),
                ));
                return;
            };
            let v = match parse_field(&value.get_untracked(), lang, ANY_NUMBER) {
                Ok(v) => v,
                Err(e) => {
                    message.set(Some(e.message(lang)));
                    return;
                }
            };
            let figure = EnteredFigure {
                measure_id: id.clone(),
                area: area.get_untracked(),
                period: p,
                value: v,
                source: source.get_untracked(),
                entered: today(),
            };
            let mut result = Ok(());
            state.edit(|w| result = w.indicators.enter_figure(figure));
            match result {
                Ok(()) => {
                    message.set(None);
                    saved.set(Some(da_en(
                        lang,
                        format!("Tallet for {} er gemt.", p.label(lang)),
                        format!("The figure for {} is saved.", p.label(lang)),
                    )));
                    value.set(String::new());
                }
                Err(e) => message.set(Some(e.message(lang).to_owned())),
            }
        }
    };

    let list = {
        let id = id.clone();
        move || {
            let lang = state.lang.get();
            let entered: Vec<EnteredFigure> = state.with_parts(&[Part::Indicators], |w| {
                w.indicators
                    .entered
                    .iter()
                    .filter(|f| f.measure_id == id)
                    .cloned()
                    .collect()
            });
            if entered.is_empty() {
                return ().into_any();
            }
            let rows = entered
                .into_iter()
                .map(|f| {
                    let (mid, a, p) = (f.measure_id.clone(), f.area.clone(), f.period);
                    view! {
                        <tr data-testid="entered-row">
                            <th scope="row">{f.period.label(lang)}</th>
                            <td>{f.area.clone()}</td>
                            <td class="num">{value_text(f.value, lang)}</td>
                            <td class="src">{f.source.clone()} " (" {f.entered.clone()} ")"</td>
                            <td>
                                <button
                                    type="button"
                                    class="small"
                                    data-testid="entered-remove"
                                    on:click=move |_| {
                                        let (mid, a) = (mid.clone(), a.clone());
                                        state.edit(move |w| {
                                            w.indicators.remove_entered(&mid, &a, p);
                                        });
                                    }
                                >
                                    {da_en(lang, "Fjern", "Remove")}
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-wrap" tabindex="0">
                    <table class="numbers" data-testid="entered-figures">
                        <caption>{da_en(lang, "Tal tastet ind", "Figures typed in")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{da_en(lang, "Periode", "Period")}</th>
                                <th scope="col">{da_en(lang, "Område", "Area")}</th>
                                <th scope="col">{da_en(lang, "Tal", "Figure")}</th>
                                <th scope="col">{da_en(lang, "Kilde", "Source")}</th>
                                <th scope="col"><span class="visually-hidden">{da_en(lang, "Fjern", "Remove")}</span></th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    };

    let t = move |da: &'static str, en: &'static str| move || da_en(state.lang.get(), da, en);
    let area_options = areas
        .into_iter()
        .map(|a| {
            let selected = a == chosen;
            let label = a.clone();
            view! { <option value=a selected=selected>{label}</option> }
        })
        .collect_view();
    view! {
        <div class="enter-figures" data-testid="enter-figures">
            <form class="entry-form" on:submit=submit novalidate=true>
                <label>
                    <span class="field-label">{t("Område", "Area")}</span>
                    <select data-testid="entry-area" on:change=move |ev| area.set(event_target_value(&ev))>
                        {area_options}
                    </select>
                </label>
                <label>
                    <span class="field-label">{t("Periode", "Period")}</span>
                    <input
                        type="text"
                        autocomplete="off"
                        data-testid="entry-period"
                        placeholder=t("fx 2023 eller 2023-06", "e.g. 2023 or 2023-06")
                        prop:value=move || period.get()
                        on:input=move |ev| period.set(event_target_value(&ev))
                    />
                </label>
                <label>
                    <span class="field-label">{t("Tal", "Figure")}</span>
                    <input
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        data-testid="entry-value"
                        prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))
                    />
                </label>
                <label class="wide">
                    <span class="field-label">{t("Kilde (hvor tallet kommer fra)", "Source (where the figure comes from)")}</span>
                    <input
                        type="text"
                        autocomplete="off"
                        data-testid="entry-source"
                        placeholder=t("fx Jobcentrets opgørelse 31.12.2023", "e.g. the job centre's count 31.12.2023")
                        prop:value=move || source.get()
                        on:input=move |ev| source.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit" class="primary" data-testid="entry-save">{t("Gem tallet", "Save the figure")}</button>
            </form>
            {move || message.get().map(|m| view! {
                <p class="field-msg" role="alert" data-testid="entry-message">{m}</p>
            })}
            {move || saved.get().map(|m| view! {
                <p class="hint" role="status" data-testid="entry-saved">{m}</p>
            })}
            {list}
        </div>
    }
}
