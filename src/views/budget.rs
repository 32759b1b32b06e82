//! Budget follow-up (budgetopfølgning): per kind of expenditure the expected spending against
//! the budget, the over- or underspend, the proposed reallocations (omplaceringer) and the
//! supplementary appropriation (tillægsbevilling) that remains, with seed 003's 2019
//! follow-up as the example. Every figure can be edited (undoable) and shows its source.

use leptos::prelude::*;
use plan_core::followup::{
    evaluate, kind_name_long, validate, BudgetFollowUp, Deviation, FollowUpLine, LineKey,
};
use plan_core::input::FieldError;
use plan_core::plan_edit::PlanIssue;
use plan_core::Part;
use plan_core::{format, BudgetKind, Lang, Tkr};

use super::agreement_money::AgreementMoneySection;
use super::common::{Banner, BannerKind, Later};
use super::minutes::MinutesSection;
use super::SourceNote;
use crate::clock::today_iso;
use crate::i18n::da_en;
use crate::state::{use_state, AppState};

/// "−1,324 mio. kr." with its sign, in 1.000 kr. in.
fn signed(tkr: Tkr, lang: Lang) -> String {
    format::mio_kr(tkr, lang)
}

/// Applies one of the follow-up's named edits (one undoable step) to the follow-up with id
/// `id`, and returns its refusal.
fn edit_followup(
    state: AppState,
    id: &str,
    edit: impl FnOnce(&mut BudgetFollowUp) -> Result<(), PlanIssue>,
) -> Result<(), PlanIssue> {
    let mut result = Ok(());
    state.edit(|w| result = w.followup_mut(id).and_then(edit));
    result
}

/// Reads an amount field: `Ok(None)` when it is empty (unknown), the number typed, or why it
/// is no number.
fn read_amount(text: &str, lang: Lang) -> Result<Option<f64>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    format::parse_number(text, lang)
        .map(Some)
        .ok_or_else(|| FieldError::NotANumber.message(lang))
}

/// An amount input that hands what is typed to `on_text` and, when it is no number or was
/// refused, shows the reason at the field (the typed text stays, so it can be corrected).
fn amount_input(
    id: String,
    testid: &'static str,
    value: String,
    on_text: impl Fn(String) -> Result<(), String> + 'static,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let msg_id = format!("msg-{id}");
    let described = msg_id.clone();
    view! {
        <input id=id type="text" inputmode="decimal" class="amount" data-testid=testid prop:value=value
            aria-invalid=move || error.get().is_some().then_some("true")
            aria-describedby=move || error.get().is_some().then(|| described.clone())
            on:change=move |ev| error.set(on_text(event_target_value(&ev)).err()) />
        {move || error.get().map(|m| view! {
            <span class="field-msg" id=msg_id.clone() role="alert">{m}</span>
        })}
    }
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
        let fu_id = fu.id.clone();
        let lines = fu
            .lines
            .iter()
            .zip(fu.line_keys())
            .enumerate()
            .map(|(li, (line, key))| {
                let row = LineRow {
                    fu_id: fu_id.clone(),
                    index,
                    li,
                    key,
                };
                line_row(state, row, line, result.lines[li].map(|d| d.tkr), lang)
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
            .zip(fu.reallocation_keys())
            .enumerate()
            .map(|(ri, (r, key))| {
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
                let (amount_id, amount_key) = (fu_id.clone(), key.clone());
                let on_amount = move |text: String| {
                    let v = read_amount(&text, lang)?.ok_or_else(|| FieldError::Empty.message(lang))?;
                    edit_followup(state, &amount_id, |f| {
                        f.set_reallocation_amount(&amount_key, v, &today_iso())
                    })
                    .map_err(|e| e.message(lang).to_owned())
                };
                let remove_id = fu_id.clone();
                let remove = move |_| {
                    // The key was read with the list shown, so it is there.
                    let _ = edit_followup(state, &remove_id, |f| f.remove_reallocation(&key));
                };
                view! {
                    <tr data-testid=format!("realloc-{ri}")>
                        <td>{place(&r.from)}</td>
                        <td>{place(&r.to)}</td>
                        <td class="num">
                            <label class="visually-hidden" for=id.clone()>{da_en(lang, "Beløb (1.000 kr.)", "Amount (DKK 1,000)")}</label>
                            {amount_input(id, "realloc-amount", value, on_amount)}
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
        let add_fu = fu_id.clone();
        let add_line = move |ev: leptos::ev::Event| {
            let Some(kind) = BudgetKind::from_code(&event_target_value(&ev)) else {
                return;
            };
            let _ = edit_followup(state, &add_fu, |f| f.add_line(kind, &today_iso()));
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

/// Which line a row shows: the follow-up's id and the line's key for edits, the indices for
/// the element ids.
struct LineRow {
    fu_id: String,
    index: usize,
    li: usize,
    key: LineKey,
}

fn line_row(
    state: AppState,
    row: LineRow,
    line: &FollowUpLine,
    deviation: Option<Tkr>,
    lang: Lang,
) -> impl IntoView {
    let LineRow {
        fu_id,
        index,
        li,
        key,
    } = row;
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
    let field = |what: &'static str, testid: &'static str, value: Option<Tkr>| {
        let (fu_id, key) = (fu_id.clone(), key.clone());
        let on_text = move |text: String| {
            let v = read_amount(&text, lang)?;
            let today = today_iso();
            edit_followup(state, &fu_id, |f| match what {
                "budget" => f.set_line_budget(&key, v, &today),
                "expected" => f.set_line_expected(&key, v, &today),
                _ => f.set_line_stated_deviation(&key, v, &today),
            })
            .map_err(|e| e.message(lang).to_owned())
        };
        amount_input(ids(what), testid, opt(value), on_text)
    };
    let budget = field("budget", "line-budget", line.budget_tkr);
    let expected = field("expected", "line-expected", line.expected_tkr);
    let stated_field = field("stated", "line-stated", stated);
    let remove = move |_| {
        // The key was read with the lines shown, so it is there.
        let _ = edit_followup(state, &fu_id, |f| f.remove_line(&key));
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
                {budget}
            </td>
            <td class="num">
                <label class="visually-hidden" for=ids("expected")>{format!("{name}: {}", da_en(lang, "forventet forbrug", "expected spending"))}</label>
                {expected}
            </td>
            <td class="num">
                <label class="visually-hidden" for=ids("stated")>{format!("{name}: {}", da_en(lang, "angivet afvigelse", "stated deviation"))}</label>
                {stated_field}
            </td>
            <td class="num" data-testid="line-deviation">
                {deviation.map(|d| signed(d, lang)).unwrap_or_else(|| "–".into())}
                <span class="muted small">" (" {basis} ")"</span>
            </td>
            <td><button class="secondary" on:click=remove data-testid="line-remove">{da_en(lang, "Fjern", "Remove")}</button></td>
        </tr>
    }
}
