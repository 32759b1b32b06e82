//! The minister's goals: text, "across all themes", move and delete.

use super::*;

#[component]
pub(super) fn Goals(plan: Plan, issues: Memo<Vec<PlanIssue>>, lang: Lang) -> impl IntoView {
    let state = use_state();
    let goals = plan
        .goals
        .iter()
        .map(|g| {
            let id = g.id.clone();
            let (id1, id2, id3) = (id.clone(), id.clone(), id.clone());
            let cross_id = format!("goal-{id}-cross");
            view! {
                <li class="edit-entry" data-testid=format!("goal-{id}")>
                    {text_field(state, issues, Part::Plan, field::goal_text(&id), format!("{} {}", da_en(lang, "Mål", "Goal"), g.number), 2,
                        move |w| w.plan.goal(&id1).map(|g| g.text.clone()).unwrap_or_default(),
                        move |w, v| if let Some(g) = w.plan.goal_mut(&id2) { g.text = v; g.source = edited_source(); })}
                    <label class="check" for=cross_id.clone()>
                        <input id=cross_id.clone() type="checkbox" data-testid=cross_id.clone()
                            prop:checked=move || state.with_parts(&[Part::Plan], |w| w.plan.goal(&id3).is_some_and(|g| g.cross_cutting))
                            on:change={
                                let id = id.clone();
                                move |ev| {
                                    let on = event_target_checked(&ev);
                                    let id = id.clone();
                                    state.edit(move |w| if let Some(g) = w.plan.goal_mut(&id) { g.cross_cutting = on; });
                                }
                            } />
                        {da_en(lang, "Går på tværs af alle temaer", "Goes across all themes")}
                    </label>
                    {entry_buttons(state, g.text.clone(), format!("goal-{id}"), { let id = id.clone(); move |w, act| { w.plan.entry_action(PlanEntry::Goal(&id), act); } })}
                </li>
            }
        })
        .collect_view();
    let add = move |_| {
        state.edit(|w| {
            w.plan.add_goal(edited_source());
        })
    };
    view! {
        <fieldset class="edit-group">
            <legend>{da_en(lang, "Ministerens mål", "The minister's goals")}</legend>
            <ol class="edit-list">{goals}</ol>
            <button data-testid="add-goal" on:click=add>{da_en(lang, "Tilføj et mål", "Add a goal")}</button>
        </fieldset>
    }
}
