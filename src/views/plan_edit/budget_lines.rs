//! The budget lines by year.

use super::*;

#[component]
pub(super) fn BudgetLinesEditor(lines: Vec<BudgetLine>, lang: Lang) -> impl IntoView {
    let state = use_state();
    let no_issues = Memo::new(|_| Vec::<PlanIssue>::new());
    let rows = lines
        .iter()
        .map(|l| {
            let id = l.id.clone();
            let get = |f: fn(&BudgetLine) -> f64| {
                let id = id.clone();
                move |w: &Workspace| w.budget_lines.iter().find(|l| l.id == id).map(f)
            };
            let set = |f: fn(&mut BudgetLine, f64)| {
                let id = id.clone();
                move |w: &mut Workspace, v: Option<f64>| {
                    if let (Some(l), Some(v)) = (w.budget_lines.iter_mut().find(|l| l.id == id), v) {
                        f(l, v);
                        l.source = edited_source();
                    }
                }
            };
            view! {
                <li class="edit-entry budget-line" data-testid=format!("edit-line-{id}")>
                    {text_field(state, no_issues, Part::BudgetLines, format!("line-{id}-label"), da_en(lang, "Budgetlinje", "Budget line").into(), 1,
                        { let id = id.clone(); move |w| w.budget_lines.iter().find(|l| l.id == id).map(|l| l.label.clone()).unwrap_or_default() },
                        { let id = id.clone(); move |w, v| if let Some(l) = w.budget_lines.iter_mut().find(|l| l.id == id) { l.label = v; } })}
                    {number_field(state, no_issues, Part::BudgetLines, format!("line-{id}-year"), da_en(lang, "År", "Year").into(), Accepts::YEAR, get(|l| l.year as f64), set(|l, v| l.year = v as i32))}
                    {number_field(state, no_issues, Part::BudgetLines, format!("line-{id}-tkr"), da_en(lang, "Beløb (1.000 kr.)", "Amount (DKK 1,000)").into(), Accepts::required(Accepts::TKR), get(|l| l.tkr as f64), set(|l, v| l.tkr = v.round() as i64))}
                    {entry_buttons(state, l.label.clone(), format!("line-{id}"), { let id = id.clone(); move |w, act| { plan_entries::budget_line_action(w, &id, act); } })}
                </li>
            }
        })
        .collect_view();
    let add = move |_| {
        state.edit(|w| {
            plan_entries::add_budget_line(w, edited_source());
        })
    };
    view! {
        <fieldset class="edit-group">
            <legend>{da_en(lang, "Budgetlinjer pr. år", "Budget lines by year")}</legend>
            <ol class="edit-list">{rows}</ol>
            <button data-testid="add-budget-line" on:click=add>{da_en(lang, "Tilføj en budgetlinje", "Add a budget line")}</button>
        </fieldset>
    }
}
