//! The plan's case beside the plan (Beskæftigelsesplan 2023-24): its "Udfordringer" with the
//! figures they state (as figures, with their dates and sources), the pejlemærker, the
//! principles a-c and the box on the minister's dignity goal, folded in a `<details>`. A thin
//! layer over `plan_core::plan_case`.

use leptos::prelude::*;
use plan_core::plan_case::{plan_case_2023_24, Fact, FactQualifier, FactUnit, PlanCase};
use plan_core::{format, Lang};

use super::case::da;
use super::SourceNote;
use crate::i18n::da_en;

/// The plan period the case belongs to.
pub const CASE_PERIOD: (i32, i32) = (2023, 2024);

/// The case, folded; shown for the plan period it belongs to.
#[component]
pub fn PlanCaseSection(lang: Lang) -> impl IntoView {
    let case = plan_case_2023_24();
    case_view(&case, lang)
}

/// A figure with its unit ("ca. 100.000 personer", "25 %", "nr. 64 af 98").
fn figure(f: &Fact, lang: Lang) -> String {
    let n = |v: f64| format::number_trim(v, 2, lang);
    let about = match f.qualifier {
        Some(FactQualifier::About) => da_en(lang, "ca. ", "about "),
        None => "",
    };
    let body = match f.unit {
        FactUnit::Persons => format!("{} {}", n(f.value), da_en(lang, "personer", "persons")),
        FactUnit::Percent => format!("{} %", n(f.value)),
        FactUnit::PercentagePoints => format!(
            "{} {}",
            n(f.value),
            da_en(lang, "procentpoint", "percentage points")
        ),
        FactUnit::MioKr => match lang {
            Lang::Da => format!("{} mio. kr.", n(f.value)),
            Lang::En => format!("DKK {}m", n(f.value)),
        },
        FactUnit::Rank => match f.upper {
            Some(u) => da_en(
                lang,
                format!("nr. {} af {}", n(f.value), n(u)),
                format!("no. {} of {}", n(f.value), n(u)),
            ),
            None => da_en(
                lang,
                format!("nr. {}", n(f.value)),
                format!("no. {}", n(f.value)),
            ),
        },
        FactUnit::Municipalities => {
            format!(
                "{} {}",
                n(f.value),
                da_en(lang, "kommuner", "municipalities")
            )
        }
    };
    let upper = match (f.unit, f.upper) {
        (FactUnit::Rank, _) | (_, None) => String::new(),
        (_, Some(u)) => format!(" {} {}", da_en(lang, "af", "of"), n(u)),
    };
    format!("{about}{body}{upper}")
}

fn facts_table(facts: &[Fact], lang: Lang) -> impl IntoView {
    let rows = facts
        .iter()
        .map(|f| {
            let when = match (&f.period, f.date) {
                (Some(p), _) => view! { <span lang=da(lang)>{p.clone()}</span> }.into_any(),
                (None, Some(d)) => format::date(d, lang).into_any(),
                (None, None) => "–".into_any(),
            };
            let against = [f.compared_to.clone(), f.area.clone(), f.who.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <tr data-testid=format!("plan-fact-{}", f.id)>
                    <td class="num"><strong>{figure(f, lang)}</strong></td>
                    <td>{when}</td>
                    <td><span lang=da(lang)>{if against.is_empty() { "–".to_owned() } else { against }}</span></td>
                    <td><span lang=da(lang)>{format!("»{}«", f.as_written)}</span></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="plan-facts">
                <thead>
                    <tr>
                        <th scope="col">{da_en(lang, "Tal", "Figure")}</th>
                        <th scope="col">{da_en(lang, "Hvornår", "When")}</th>
                        <th scope="col">{da_en(lang, "Sammenlignet med, område, hvis tal", "Compared with, area, whose figure")}</th>
                        <th scope="col">{da_en(lang, "Som planen skriver det", "As the plan writes it")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn case_view(c: &PlanCase, lang: Lang) -> impl IntoView {
    let challenges = c
        .challenges
        .iter()
        .map(|ch| {
            view! {
                <div class="plan-challenge" data-testid=format!("plan-challenge-{}", ch.id)>
                    <p lang=da(lang)>{ch.text.clone()}</p>
                    {(!ch.facts.is_empty()).then(|| facts_table(&ch.facts, lang))}
                </div>
            }
        })
        .collect_view();
    let challenges_source = c.challenges.first().map(|ch| ch.source.clone());
    let guideposts = c
        .guideposts
        .iter()
        .map(|g| {
            view! {
                <li>
                    <strong lang=da(lang)>{g.name.clone()}</strong> " "
                    <span lang=da(lang)>{g.text.clone()}</span>
                    <span class="meta" lang=da(lang)>{format!(" ({})", g.figure_text)}</span>
                </li>
            }
        })
        .collect_view();
    let guideposts_source = c.guideposts.first().map(|g| g.source.clone());
    let principles = c
        .principles
        .iter()
        .map(|p| {
            view! {
                <li>
                    <strong lang=da(lang)>{format!("{}) {}", p.letter, p.name)}</strong> " "
                    <span lang=da(lang)>{p.text.clone()}</span>
                </li>
            }
        })
        .collect_view();
    let d = &c.dignity;
    let criteria = d
        .criteria
        .iter()
        .map(|k| view! { <li lang=da(lang)>{format!("{} ({})", k.text, k.keyword)}</li> })
        .collect_view();
    view! {
        <details class="plan-case" data-testid="plan-case">
            <summary>{da_en(
                lang,
                "Planens baggrund: udfordringer i tal, pejlemærker, principper og værdighed",
                "The plan's case: challenges in figures, guideposts, principles and dignity",
            )}</summary>
            <section aria-labelledby="plan-case-challenges">
                <h2 id="plan-case-challenges" lang=da(lang)>{c.challenges_heading.clone()}</h2>
                {challenges}
                {challenges_source.map(|s| view! { <SourceNote source=s /> })}
            </section>
            <section aria-labelledby="plan-case-guideposts">
                <h2 id="plan-case-guideposts" lang=da(lang)>{c.guideposts_heading.clone()}</h2>
                <p lang=da(lang)>{c.guideposts_intro.clone()}</p>
                <ul class="plan-guideposts">{guideposts}</ul>
                <p lang=da(lang)>{c.principles_intro.clone()}</p>
                <ul class="plan-principles">{principles}</ul>
                {guideposts_source.map(|s| view! { <SourceNote source=s /> })}
            </section>
            <section class="plan-dignity" aria-labelledby="plan-case-dignity" data-testid="plan-dignity">
                <h2 id="plan-case-dignity" lang=da(lang)>{d.heading.clone()}</h2>
                {d.paragraphs.iter().map(|p| view! { <p lang=da(lang)>{p.clone()}</p> }).collect_view()}
                <ul>{criteria}</ul>
                <p lang=da(lang)>{d.follow_up.clone()}</p>
                <p class="meta">
                    {da_en(lang, "Borgermåling: ", "Citizens' survey: ")}
                    <span lang=da(lang)>{d.survey.as_written.clone()}</span>
                </p>
                <SourceNote source=d.source.clone() />
            </section>
        </details>
    }
}
