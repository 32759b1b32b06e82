//! Budget follow-up (budgetopfølgning): per kind of expenditure the expected spending against
//! the budget, the over- or underspend, the proposed reallocations (omplaceringer) and the
//! supplementary appropriation (tillægsbevilling) that remains, with seed 003's 2019
//! follow-up as the example. Every figure can be edited (undoable) and shows its source.

use leptos::prelude::*;
use plan_core::followup::{
    evaluate, kind_name_long, validate, BudgetFollowUp, Deviation, FollowUpLine,
};
use plan_core::plan_edit::remove_item;
use plan_core::Part;
use plan_core::{format, BudgetKind, Lang, Source, Tkr};

use super::agreement_money::AgreementMoneySection;
use super::common::{Banner, BannerKind, Later};
use super::minutes::MinutesSection;
use super::SourceNote;
use crate::i18n::da_en;
use crate::state::{use_state, AppState};

/// "−1,324 mio. kr." with its sign, in 1.000 kr. in.
fn signed(tkr: Tkr, lang: Lang) -> String {
    format::mio_kr(tkr, lang)
}

fn edit_followup(state: AppState, index: usize, f: impl FnOnce(&mut BudgetFollowUp)) {
    state.edit(|w| {
        if let Some(fu) = w.budget_followups.get_mut(index) {
            f(fu);
        }
    });
}

/// The source of an amount typed here today.
fn edited() -> Source {
    let date = String::from(js_sys::Date::new_0().to_iso_string());
    Source::entered_in_app(&date[..10])
}

#[component]
pub fn BudgetView() -> impl IntoView {
    let state = use_state();
    let content = move || {
        let lang = state.lang.get();
        let count = state.with_parts(&[Part::BudgetFollowUps], |w| w.budget_followups.len());
        (0..count)
            .map(|i| view! { <FollowUpSection index=i lang /> })
            .collect_view()
    };
    view! {
        <article class="budget" data-testid="budget-view">
            <header class="page-head">
                <h1>{move || da_en(state.lang.get(), "Budgetopfølgning", "Budget follow-up")}</h1>
                <p class="lead">{move || da_en(
                    state.lang.get(),
                    "Forventet forbrug mod budget pr. art, mer- og mindreforbrug, foreslåede omplaceringer og den tillægsbevilling, der er tilbage. Serviceudgifter og overførsler er hver sin ramme: et mindreforbrug på service kan ikke dække et merforbrug på overførsler. Beløb i 1.000 kr.",
                    "Expected spending against the budget per kind, over- and underspend, proposed reallocations and the supplementary appropriation that remains. Service and transfers are separate frames: an underspend on service cannot cover an overspend on transfers. Amounts in DKK 1,000.",
                )}</p>
            </header>
            {content}
            {move || {
                let lang = state.lang.get();
                view! {
                    <Later>
                        <AgreementMoneySection lang />
                        <MinutesSection lang />
                    </Later>
                }
            }}
        </article>
    }
}

#[component]
fn FollowUpSection(index: usize, lang: Lang) -> impl IntoView {
    let state = use_state();
    move || {
        let Some(fu) = state.with_parts(&[Part::BudgetFollowUps], |w| {
            w.budget_followups.get(index).cloned()
        }) else {
            return ().into_any();
        };
        let result = evaluate(&fu);
        let issues = validate(&fu);
        let lines = fu
            .lines
            .iter()
            .enumerate()
            .map(|(li, line)| {
                line_row(
                    state,
                    index,
                    li,
                    line,
                    result.lines[li].map(|d| d.tkr),
                    lang,
                )
            })
            .collect_view();
        let kinds = BudgetKind::ALL
            .into_iter()
            .map(|k| {
                let r = result.kind(k);
                view! {
                    <tr data-testid=format!("kind-{}", k.code())>
                        <th scope="row">{kind_name_long(k, lang)}</th>
                        <td class="num" data-testid="kind-deviation">{signed(r.deviation_tkr, lang)}</td>
                        <td class="num" data-testid="kind-in">{signed(r.reallocated_in_tkr, lang)}</td>
                        <td class="num" data-testid="kind-out">{signed(r.reallocated_out_tkr, lang)}</td>
                        <td class="num" data-testid="kind-balance">{signed(r.balance_tkr, lang)}</td>
                        <td class="num" data-testid="kind-supplementary">{signed(r.supplementary_tkr, lang)}</td>
                    </tr>
                }
            })
            .collect_view();
        let reallocations = fu
            .reallocations
            .iter()
            .enumerate()
            .map(|(ri, r)| {
                let place = |p: &plan_core::followup::BudgetPlace| {
                    format!(
                        "{}{} ({})",
                        p.committee,
                        p.policy_area.as_ref().map(|a| format!(", {a}")).unwrap_or_default(),
                        kind_name_long(p.kind, lang)
                    )
                };
                let purpose = r.purpose.text(lang);
                let id = format!("realloc-{index}-{ri}");
                let value = format::tkr(r.tkr, lang);
                let on_amount = move |ev: leptos::ev::Event| {
                    if let Some(Some(v)) = format::parse_optional_tkr(&event_target_value(&ev), lang) {
                        edit_followup(state, index, |f| {
                            if let Some(r) = f.reallocations.get_mut(ri) {
                                r.tkr = v;
                                r.source = edited();
                            }
                        });
                    }
                };
                let remove = move |_| {
                    edit_followup(state, index, |f| {
                        remove_item(&mut f.reallocations, ri);
                    })
                };
                view! {
                    <tr data-testid=format!("realloc-{ri}")>
                        <td>{place(&r.from)}</td>
                        <td>{place(&r.to)}</td>
                        <td class="num">
                            <label class="visually-hidden" for=id.clone()>{da_en(lang, "Beløb (1.000 kr.)", "Amount (DKK 1,000)")}</label>
                            <input id=id type="text" inputmode="decimal" class="amount" data-testid="realloc-amount" prop:value=value on:change=on_amount />
                        </td>
                        <td>{purpose}{(!r.reason.is_empty()).then(|| format!(": {}", r.reason))}</td>
                        <td><button class="secondary" on:click=remove data-testid="realloc-remove">{da_en(lang, "Fjern", "Remove")}</button></td>
                    </tr>
                }
            })
            .collect_view();
        let financing = fu
            .financing
            .iter()
            .map(|f| {
                let funds = f.funds.text(lang).to_owned();
                view! { <li>{funds} ": " {signed(f.tkr, lang)}</li> }
            })
            .collect_view();
        let add_line = move |ev: leptos::ev::Event| {
            let Some(kind) = BudgetKind::from_code(&event_target_value(&ev)) else {
                return;
            };
            edit_followup(state, index, |f| {
                f.lines.push(FollowUpLine::new(kind, edited()))
            });
        };
        let add_id = format!("add-line-{index}");
        view! {
            <section class="followup" data-testid=format!("followup-{}", fu.id)>
                <h2>{fu.label.clone()}</h2>
                <p class="meta">{fu.committee.clone()} " · " {format::date(fu.as_of, lang)}</p>
                <SourceNote source=fu.source.clone() />
                <p class="summary-text" data-testid="followup-summary">{fu.summary(lang)}</p>
                <p data-testid="followup-totals">
                    {da_en(lang, "Afvigelse i alt: ", "Total deviation: ")}
                    <strong data-testid="followup-total">{signed(result.total_deviation_tkr, lang)}</strong>
                    " · "
                    {da_en(lang, "Tillægsbevilling i alt: ", "Supplementary appropriation in total: ")}
                    <strong data-testid="followup-supplementary">{signed(result.total_supplementary_tkr, lang)}</strong>
                </p>
                {(!issues.is_empty()).then(|| view! {
                    <Banner kind=BannerKind::Warn testid="followup-issues">
                        <ul>{issues.iter().map(|i| view! { <li>{i.to_string()}</li> }).collect_view()}</ul>
                    </Banner>
                })}
                <h3>{da_en(lang, "Linjer", "Lines")}</h3>
                <div class="table-wrap" tabindex="0">
                    <table class="numbers followup-lines" data-testid="followup-lines">
                        <thead>
                            <tr>
                                <th scope="col">{da_en(lang, "Linje", "Line")}</th>
                                <th scope="col">{da_en(lang, "Budget", "Budget")}</th>
                                <th scope="col">{da_en(lang, "Forventet forbrug", "Expected spending")}</th>
                                <th scope="col">{da_en(lang, "Angivet afvigelse", "Stated deviation")}</th>
                                <th scope="col">{da_en(lang, "Afvigelse", "Deviation")}</th>
                                <th scope="col"><span class="visually-hidden">{da_en(lang, "Handling", "Action")}</span></th>
                            </tr>
                        </thead>
                        <tbody>{lines}</tbody>
                    </table>
                </div>
                <p class="hint">{da_en(
                    lang,
                    "Skriv budget og forventet forbrug, så regnes afvigelsen ud; eller skriv afvigelsen, som kilden angiver den. Tomt felt = ukendt.",
                    "Type the budget and the expected spending and the deviation is computed; or type the deviation as the source states it. Empty = unknown.",
                )}</p>
                <label for=add_id.clone()>{da_en(lang, "Tilføj en linje", "Add a line")}</label>
                " "
                <select id=add_id data-testid="add-line" on:change=add_line>
                    <option value="" selected=true>{da_en(lang, "Vælg art …", "Choose kind …")}</option>
                    {BudgetKind::ALL
                        .into_iter()
                        .map(|k| view! { <option value=k.code()>{kind_name_long(k, lang)}</option> })
                        .collect_view()}
                </select>
                <h3>{da_en(lang, "Resultat pr. art", "Result per kind")}</h3>
                <div class="table-wrap" tabindex="0">
                    <table class="numbers" data-testid="followup-kinds">
                        <thead>
                            <tr>
                                <th scope="col">{da_en(lang, "Art", "Kind")}</th>
                                <th scope="col">{da_en(lang, "Afvigelse", "Deviation")}</th>
                                <th scope="col">{da_en(lang, "Omplaceret ind", "Reallocated in")}</th>
                                <th scope="col">{da_en(lang, "Omplaceret ud", "Reallocated out")}</th>
                                <th scope="col">{da_en(lang, "Balance", "Balance")}</th>
                                <th scope="col">{da_en(lang, "Tillægsbevilling", "Supplementary appropriation")}</th>
                            </tr>
                        </thead>
                        <tbody>{kinds}</tbody>
                    </table>
                </div>
                <h3>{da_en(lang, "Omplaceringer", "Reallocations")}</h3>
                <div class="table-wrap" tabindex="0">
                    <table class="numbers" data-testid="followup-reallocations">
                        <thead>
                            <tr>
                                <th scope="col">{da_en(lang, "Fra", "From")}</th>
                                <th scope="col">{da_en(lang, "Til", "To")}</th>
                                <th scope="col">{da_en(lang, "Beløb (1.000 kr.)", "Amount (DKK 1,000)")}</th>
                                <th scope="col">{da_en(lang, "Formål", "Purpose")}</th>
                                <th scope="col"><span class="visually-hidden">{da_en(lang, "Handling", "Action")}</span></th>
                            </tr>
                        </thead>
                        <tbody>{reallocations}</tbody>
                    </table>
                </div>
                <h3>{da_en(lang, "Finansiering af tillægsbevillingen", "Financing of the supplementary appropriation")}</h3>
                <ul>{financing}</ul>
            </section>
        }
        .into_any()
    }
}

fn line_row(
    state: AppState,
    index: usize,
    li: usize,
    line: &FollowUpLine,
    deviation: Option<Tkr>,
    lang: Lang,
) -> impl IntoView {
    let opt = |v: Option<Tkr>| v.map(|v| format::tkr(v, lang)).unwrap_or_default();
    let stated = match line.deviation {
        Deviation::Stated { tkr } => Some(tkr),
        Deviation::Computed => None,
    };
    let name = format!(
        "{}{}",
        if line.label.is_empty() {
            kind_name_long(line.kind, lang).to_owned()
        } else {
            line.label.clone()
        },
        line.policy_area
            .as_ref()
            .map(|a| format!(" ({a})"))
            .unwrap_or_default()
    );
    let ids = |what: &str| format!("line-{index}-{li}-{what}");
    let set = move |what: &'static str| {
        move |ev: leptos::ev::Event| {
            let Some(v) = format::parse_optional_tkr(&event_target_value(&ev), lang) else {
                return;
            };
            edit_followup(state, index, |f| {
                if let Some(l) = f.lines.get_mut(li) {
                    match what {
                        "budget" => l.budget_tkr = v,
                        "expected" => l.expected_tkr = v,
                        _ => l.set_stated_deviation(v),
                    }
                    l.source = edited();
                }
            });
        }
    };
    let remove = move |_| {
        edit_followup(state, index, |f| {
            remove_item(&mut f.lines, li);
        })
    };
    let basis = if stated.is_some() {
        da_en(lang, "angivet", "stated")
    } else {
        da_en(lang, "beregnet", "computed")
    };
    let source = line.source.describe(lang);
    view! {
        <tr data-testid=format!("line-{li}")>
            <th scope="row">{name.clone()} <span class="src">{source}</span></th>
            <td class="num">
                <label class="visually-hidden" for=ids("budget")>{format!("{name}: {}", da_en(lang, "budget", "budget"))}</label>
                <input id=ids("budget") type="text" inputmode="decimal" class="amount" data-testid="line-budget" prop:value=opt(line.budget_tkr) on:change=set("budget") />
            </td>
            <td class="num">
                <label class="visually-hidden" for=ids("expected")>{format!("{name}: {}", da_en(lang, "forventet forbrug", "expected spending"))}</label>
                <input id=ids("expected") type="text" inputmode="decimal" class="amount" data-testid="line-expected" prop:value=opt(line.expected_tkr) on:change=set("expected") />
            </td>
            <td class="num">
                <label class="visually-hidden" for=ids("stated")>{format!("{name}: {}", da_en(lang, "angivet afvigelse", "stated deviation"))}</label>
                <input id=ids("stated") type="text" inputmode="decimal" class="amount" data-testid="line-stated" prop:value=opt(stated) on:change=set("stated") />
            </td>
            <td class="num" data-testid="line-deviation">
                {deviation.map(|d| signed(d, lang)).unwrap_or_else(|| "–".into())}
                <span class="muted small">" (" {basis} ")"</span>
            </td>
            <td><button class="secondary" on:click=remove data-testid="line-remove">{da_en(lang, "Fjern", "Remove")}</button></td>
        </tr>
    }
}
