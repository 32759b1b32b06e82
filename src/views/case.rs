//! The committee case (udvalgssag) as the committee reads it: the decision theme and the
//! recommendations with the committee's dated decisions, the five themes with their political
//! direction and their levers, each lever with the administration's assessment, and for each
//! place where a slower phase-in could be considered ([1]-[4]) the scenario lever beside it.

mod decision;

use leptos::prelude::*;
use plan_core::committee::{
    case_themes_for_plan_theme, places_side_by_side, CaseSection, CaseTheme, CommitteeCase,
    PlaceSideBySide, Verdict,
};
use plan_core::{format, Lang, Part};

use super::SourceNote;
use crate::i18n::da_en;
use crate::state::use_state;
use decision::Recommendations;

/// `lang="da"` on the case's own words when the page is in English.
pub(crate) fn da(lang: Lang) -> Option<&'static str> {
    (lang != Lang::Da).then_some("da")
}

/// The plan's documents, one link each: the plan, the development agreement, the committee
/// case.
#[component]
pub fn DocumentTabs(current: crate::route::View) -> impl IntoView {
    use crate::route::View;
    let state = use_state();
    let tabs = move || {
        let lang = state.lang.get();
        let (agreements, cases) =
            state.with_parts(&[Part::Agreements, Part::CommitteeCases], |w| {
                (
                    w.agreements.first().map(|a| a.name.clone()),
                    // The tab names the case by what comes before the colon ("Udvalgssag 2024").
                    w.committee_cases.first().map(|c| {
                        let h = c.heading();
                        h.split(':').next().unwrap_or(&h).to_owned()
                    }),
                )
            });
        let plan = state.with_parts(&[Part::Plan], |w| w.plan.name.clone());
        let tab = move |view: View, label: String| {
            view! {
                <li>
                    <a
                        href=format!("#/{}", view.slug())
                        data-testid=format!("doc-{}", view.slug())
                        aria-current=(view == current).then_some("page")
                    >
                        {label}
                    </a>
                </li>
            }
        };
        view! {
            <nav class="doc-tabs" aria-label=da_en(lang, "Dokumenter", "Documents")>
                <ul>
                    {tab(View::Plan, plan)}
                    {agreements.map(|name| tab(View::Agreement, name))}
                    {cases.map(|name| tab(View::Case, name))}
                </ul>
            </nav>
        }
    };
    view! { {tabs} }
}

#[component]
pub fn CaseView() -> impl IntoView {
    let state = use_state();
    super::scroll_to_param("tema", "case-");
    let content = move || {
        let lang = state.lang.get();
        let ws = state.ws.read(&[
            Part::CommitteeCases,
            Part::Plan,
            Part::Scenarios,
            Part::PhaseInPlaces,
        ]);
        let Some(case) = ws.committee_cases.first().cloned() else {
            return view! {
                <p data-testid="case-none">{da_en(lang, "Der er ingen udvalgssag i dette arbejdsområde.", "There is no committee case in this workspace.")}</p>
            }
            .into_any();
        };
        let places =
            places_side_by_side(&case, &ws.scenarios.assumptions.levers, &ws.phase_in_places);
        let scenario_for = |lever_id: &str| {
            ws.scenarios
                .scenarios
                .iter()
                .find(|s| {
                    s.policy
                        .levers
                        .iter()
                        .any(|l| l.lever_id == lever_id && l.enabled)
                })
                .map(|s| (s.id.clone(), s.name.clone()))
        };
        let themes = case
            .themes
            .iter()
            .map(|t| {
                let plan_themes: Vec<(String, String)> =
                    plan_core::committee::plan_themes_for_case_theme(&ws.plan, t)
                        .into_iter()
                        .map(|p| (p.id.clone(), p.name.clone()))
                        .collect();
                let side: Vec<PlaceView> = places
                    .iter()
                    .filter(|p| p.case.theme.id == t.id)
                    .map(|p| PlaceView::of(p, lang, &scenario_for))
                    .collect();
                theme_section(t, plan_themes, side, lang)
            })
            .collect_view();
        let total_fte = format::number_trim(case.places_fte(), 1, lang);
        view! {
            <article class="case" data-testid="case-view">
                <DocumentTabs current=crate::route::View::Case />
                <p class="muted">{case.committee.text.clone()}</p>
                <h1 data-testid="case-title">{case.heading()}</h1>
                <section class="case-decision" aria-labelledby="case-decision-h">
                    <h2 id="case-decision-h">{da_en(lang, "Beslutningstema", "What the committee decides")}</h2>
                    <p lang=da(lang)>{case.decision_theme.text.clone()}</p>
                    <SourceNote source=case.decision_theme.source.clone() />
                </section>
                <Recommendations case=case.clone() />
                <p class="hint" data-testid="case-places-summary">
                    {da_en(
                        lang,
                        format!("Sagen peger på {} steder, hvor en langsommere indfasning af budgettilpasningen kan overvejes, i alt {total_fte} årsværk. Hvert sted står herunder ved sit tema, med scenariets greb ved siden af.", places.len()),
                        format!("The case points to {} places where a slower phase-in of the budget adjustment could be considered, {total_fte} full-time equivalents in all. Each is shown under its theme below, with the scenario's lever beside it.", places.len()),
                    )}
                </p>
                <details class="case-intro">
                    <summary>{da_en(lang, "Sagens indhold og opbygning", "The case's content and structure")}</summary>
                    {case.introduction.iter().map(|s| section_view(s, lang)).collect_view()}
                </details>
                {themes}
                <details class="case-closing">
                    <summary>{da_en(lang, "Retligt grundlag, økonomi og videre forløb", "Legal basis, finances and next steps")}</summary>
                    {case.closing.iter().map(|s| section_view(s, lang)).collect_view()}
                </details>
                <Figures case=case.clone() />
            </article>
        }
        .into_any()
    };
    view! { <div data-testid="case-page">{content}</div> }
}

fn section_view(s: &CaseSection, lang: Lang) -> impl IntoView {
    view! {
        <section class="case-section">
            <h3 lang=da(lang)>{s.heading.clone()}</h3>
            {s.paragraphs.iter().map(|p| view! { <p lang=da(lang)>{p.clone()}</p> }).collect_view()}
        </section>
    }
}

/// A place [n] as the view shows it beside its lever.
struct PlaceView {
    number: u8,
    footnote: String,
    fte: String,
    lever: Option<(String, String)>,
    scenario: Option<(String, String)>,
    part_id: String,
}

impl PlaceView {
    fn of(
        p: &PlaceSideBySide,
        lang: Lang,
        scenario_for: &dyn Fn(&str) -> Option<(String, String)>,
    ) -> Self {
        PlaceView {
            number: p.case.number,
            footnote: p.case.footnote.map(|f| f.text.clone()).unwrap_or_default(),
            fte: p
                .case
                .footnote
                .map(|f| format::number_trim(f.fte, 1, lang))
                .unwrap_or_default(),
            lever: p.lever.map(|l| {
                (
                    l.name.clone(),
                    format::number_trim(l.default_fte.value, 1, lang),
                )
            }),
            scenario: p.lever.and_then(|l| scenario_for(&l.id)),
            part_id: p.case.part.id.clone(),
        }
    }
}

fn theme_section(
    t: &CaseTheme,
    plan_themes: Vec<(String, String)>,
    places: Vec<PlaceView>,
    lang: Lang,
) -> impl IntoView {
    let heading_id = format!("case-{}-h", t.id);
    let levers = t
        .levers
        .iter()
        .map(|l| {
            let parts = l
                .parts
                .iter()
                .map(|part| {
                    let place = places.iter().find(|p| p.part_id == part.id);
                    let verdict = part.assessment.verdict;
                    let tone = match verdict {
                        Verdict::SlowerPhaseIn { .. } => "phase-in",
                        Verdict::WithinFrame | Verdict::NotStated => "within",
                        _ => "other",
                    };
                    view! {
                        <div class="lever-part" data-testid=format!("case-part-{}", part.id) data-verdict=tone>
                            {part.paragraphs.iter().map(|p| view! { <p lang=da(lang)>{p.clone()}</p> }).collect_view()}
                            <p class=format!("verdict verdict-{tone}")>
                                <strong>{verdict.label(lang)}</strong>
                                {(!part.assessment.statement.is_empty()).then(|| view! { ": " <q lang=da(lang)>{part.assessment.statement.clone()}</q> })}
                            </p>
                            {place.map(|p| place_box(p, lang))}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <li class="case-lever" data-testid=format!("case-lever-{}", l.id)>
                    <span class="lever-letter">{format!("{}.", l.letter)}</span>
                    {parts}
                </li>
            }
        })
        .collect_view();
    let plan_links = if plan_themes.is_empty() {
        view! { <p class="hint">{da_en(lang, "Ingen tema i beskæftigelsesplanen 2023-24 handler om dette.", "No theme of the 2023-24 employment plan covers this.")}</p> }.into_any()
    } else {
        view! {
            <p class="case-plan-links" data-testid=format!("case-plan-links-{}", t.id)>
                {da_en(lang, "I beskæftigelsesplanen: ", "In the employment plan: ")}
                {plan_themes
                    .into_iter()
                    .map(|(id, name)| view! { <a href=format!("#/plan?tema={id}") data-testid=format!("case-plan-link-{id}")>{name}</a> " " })
                    .collect_view()}
            </p>
        }
        .into_any()
    };
    view! {
        <section class="case-theme" id=format!("case-{}", t.id) data-testid=format!("case-theme-{}", t.id) aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone() lang=da(lang)>{t.heading.clone()}</h2>
            {t.subtitle.clone().map(|s| view! { <p class="tagline" lang=da(lang)>{s}</p> })}
            {plan_links}
            {t.intro.iter().map(|p| view! { <p lang=da(lang)>{p.clone()}</p> }).collect_view()}
            <h3 lang=da(lang)>{t.direction_heading.clone()}</h3>
            <ol class="direction" type="A">
                {t.direction.iter().map(|d| view! { <li lang=da(lang)>{d.text.clone()}</li> }).collect_view()}
            </ol>
            <h3 lang=da(lang)>{t.levers_heading.clone()}</h3>
            <ul class="case-levers">{levers}</ul>
            {t.sections.iter().map(|s| section_view(s, lang)).collect_view()}
            <SourceNote source=t.source.clone() />
        </section>
    }
}

fn place_box(p: &PlaceView, lang: Lang) -> impl IntoView {
    let number = p.number;
    view! {
        <aside class="place-side" data-testid=format!("case-place-{number}") aria-label=da_en(lang, format!("Sted [{number}] og scenariet"), format!("Place [{number}] and the scenario"))>
            <div>
                <h4>{da_en(lang, format!("I sagen [{number}]"), format!("In the case [{number}]"))}</h4>
                <p lang=da(lang)>{p.footnote.clone()}</p>
                <p>{da_en(lang, format!("Indledende budgetbehov: {} årsværk.", p.fte), format!("Initial budget need: {} FTE.", p.fte))}</p>
            </div>
            <div>
                <h4>{da_en(lang, "I scenarierne", "In the scenarios")}</h4>
                {match (&p.lever, &p.scenario) {
                    (Some((name, fte)), scenario) => view! {
                        <p>
                            {da_en(lang, "Grebet ", "The lever ")}<strong lang=da(lang)>{name.clone()}</strong>
                            {da_en(lang, format!(", {fte} årsværk som udgangspunkt."), format!(", {fte} FTE to start with."))}
                        </p>
                        {scenario.clone().map(|(id, sname)| view! {
                            <p><a href=format!("#/scenarier?s={id}") data-testid=format!("case-place-{number}-scenario")>{da_en(lang, "Se scenariet ", "See the scenario ")}<span lang=da(lang)>{sname}</span></a></p>
                        })}
                    }
                    .into_any(),
                    (None, _) => view! { <p class="hint">{da_en(lang, "Intet greb i scenarierne har dette stednummer.", "No lever in the scenarios has this place number.")}</p> }.into_any(),
                }}
            </div>
        </aside>
    }
}

/// The figures the case states, with the sentence each is from.
#[component]
fn Figures(case: CommitteeCase) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let rows = case
        .figures
        .iter()
        .map(|f| {
            let theme = f
                .theme_id
                .as_deref()
                .and_then(|id| case.theme(id))
                .map(|t| t.name.clone())
                .unwrap_or_default();
            view! {
                <tr data-testid=format!("case-figure-{}", f.id)>
                    <td class="num">{f.display(lang)}</td>
                    <td lang=da(lang)>{f.sentence.clone()}</td>
                    <td lang=da(lang)>{theme}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="case-figures" aria-labelledby="case-figures-h">
            <h2 id="case-figures-h">{da_en(lang, "Sagens tal", "The case's figures")}</h2>
            <div class="table-wrap" tabindex="0">
                <table class="numbers">
                    <thead>
                        <tr>
                            <th scope="col">{da_en(lang, "Tal", "Figure")}</th>
                            <th scope="col">{da_en(lang, "Sagens ord", "The case's words")}</th>
                            <th scope="col">{da_en(lang, "Tema", "Theme")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <SourceNote source=case.source.clone() />
        </section>
    }
}

/// Under a plan theme: the committee case's themes that link to it.
#[component]
pub fn CaseThemesOf(plan_theme_id: String) -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        state.with_parts(&[Part::CommitteeCases], |w| {
            w.committee_cases.first().map(|case| {
                let themes: Vec<(String, String)> = case_themes_for_plan_theme(case, &plan_theme_id)
                    .into_iter()
                    .map(|t| (t.id.clone(), t.heading.clone()))
                    .collect();
                (!themes.is_empty()).then(|| view! {
                    <p class="case-plan-links" data-testid=format!("plan-case-links-{plan_theme_id}")>
                        {da_en(lang, "I ", "In ")}
                        <span lang=da(lang)>{case.heading()}</span>
                        ": "
                        {themes.into_iter().map(|(id, heading)| view! { <a href=format!("#/sag?tema={id}")><span lang=da(lang)>{heading}</span></a> " " }).collect_view()}
                    </p>
                })
            })
        })
    }
}
