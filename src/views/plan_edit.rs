//! Editing the plan: every entry as a labelled field, with add, move and delete (all undoable),
//! validation messages tied to their fields (aria-describedby), the budget lines by year, a new
//! plan period from the current one, and the archive of earlier periods.
//!
//! The form's structure (which entries exist, in which order) is rebuilt only when entries are
//! added, moved or deleted; a field's value and its message follow the workspace on their own,
//! so typing and tabbing through the form never loses the focus.

use leptos::prelude::*;
use plan_core::plan_edit::{self, field, Carry, EntryAction, PlanIssue};
use plan_core::{
    format, plan_entries, BudgetLine, Lang, Measure, MinisterialGoal, Part, Plan, Shape, Source,
    Target, Theme, Unit, Workspace,
};

use crate::app::{use_state, AppState};
use crate::i18n::{da_en, shape_phrase};

/// The source of a text the user writes here: written in the app today.
fn edited_source() -> Source {
    let date = String::from(js_sys::Date::new_0().to_iso_string());
    Source::written_in_app(&date[..10])
}

/// The message for a field, tied to it by id.
fn issue_view(issues: Memo<Vec<PlanIssue>>, field_id: String) -> impl IntoView {
    let state = use_state();
    let id = format!("{field_id}-issue");
    move || {
        let lang = state.lang.get();
        issues.with(|all| {
            let text: Vec<String> = all
                .iter()
                .filter(|i| i.field == field_id)
                .map(|i| i.message(lang).to_owned())
                .collect();
            (!text.is_empty()).then(|| {
                view! { <p class="field-issue" id=id.clone() role="alert" data-testid="field-issue">{text.join(" ")}</p> }
            })
        })
    }
}

fn described_by(
    issues: Memo<Vec<PlanIssue>>,
    field_id: String,
) -> impl Fn() -> Option<String> + Send + Sync + Clone + 'static {
    move || {
        issues
            .with(|all| all.iter().any(|i| i.field == field_id))
            .then(|| format!("{field_id}-issue"))
    }
}

/// A labelled text field (a text area when `rows` > 1) bound to one value of the workspace,
/// in `part`.
#[allow(clippy::too_many_arguments)]
fn text_field(
    state: AppState,
    issues: Memo<Vec<PlanIssue>>,
    part: Part,
    id: String,
    label: String,
    rows: u32,
    get: impl Fn(&Workspace) -> String + Send + Sync + Clone + 'static,
    set: impl Fn(&mut Workspace, String) + Send + Sync + Clone + 'static,
) -> impl IntoView {
    let value = {
        let get = get.clone();
        move || state.with_parts(&[part], |w| get(w))
    };
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let set = set.clone();
        state.edit(move |w| set(w, v));
    };
    let described = described_by(issues, id.clone());
    let input = if rows > 1 {
        view! { <textarea id=id.clone() rows=rows data-testid=id.clone() prop:value=value aria-describedby=described on:change=on_change></textarea> }.into_any()
    } else {
        view! { <input id=id.clone() type="text" data-testid=id.clone() prop:value=value aria-describedby=described on:change=on_change /> }.into_any()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {input}
            {issue_view(issues, id)}
        </div>
    }
}

/// A labelled number field bound to one value of the workspace, in `part`; unreadable text
/// leaves the value as it is.
#[allow(clippy::too_many_arguments)]
fn number_field(
    state: AppState,
    issues: Memo<Vec<PlanIssue>>,
    part: Part,
    id: String,
    label: String,
    get: impl Fn(&Workspace) -> Option<f64> + Send + Sync + Clone + 'static,
    set: impl Fn(&mut Workspace, Option<f64>) + Send + Sync + Clone + 'static,
) -> impl IntoView {
    let value = move || {
        let lang = state.lang.get();
        state
            .with_parts(&[part], |w| {
                get(w)
                    .map(|v| format::number_trim(v, 4, lang))
                    .unwrap_or_default()
            })
            .replace('.', if lang == Lang::Da { "" } else { "." })
    };
    let on_change = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let lang = state.lang.get_untracked();
        if let Some(v) = format::parse_optional_number(&text, lang) {
            let set = set.clone();
            state.edit(move |w| set(w, v));
        }
    };
    let described = described_by(issues, id.clone());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input id=id.clone() type="text" inputmode="decimal" class="amount" data-testid=id.clone() prop:value=value aria-describedby=described on:change=on_change />
            {issue_view(issues, id)}
        </div>
    }
}

/// Move up, move down and delete buttons for one entry, with names for screen readers.
fn entry_buttons(
    state: AppState,
    what: String,
    testid: String,
    act: impl Fn(&mut Workspace, EntryAction) + Send + Sync + Clone + 'static,
) -> impl IntoView {
    let lang = state.lang.get_untracked();
    let (a, b, c) = (act.clone(), act.clone(), act);
    view! {
        <span class="entry-buttons">
            <button class="secondary small" aria-label=format!("{} {what}", da_en(lang, "Flyt op:", "Move up:")) data-testid=format!("{testid}-up") on:click=move |_| state.edit(|w| a(w, EntryAction::MoveUp))>"↑"</button>
            <button class="secondary small" aria-label=format!("{} {what}", da_en(lang, "Flyt ned:", "Move down:")) data-testid=format!("{testid}-down") on:click=move |_| state.edit(|w| b(w, EntryAction::MoveDown))>"↓"</button>
            <button class="danger small" aria-label=format!("{} {what}", da_en(lang, "Slet:", "Delete:")) data-testid=format!("{testid}-delete") on:click=move |_| state.edit(|w| c(w, EntryAction::Delete))>{da_en(lang, "Slet", "Delete")}</button>
        </span>
    }
}

#[component]
pub fn PlanEditor() -> impl IntoView {
    let state = use_state();
    let issues =
        Memo::new(move |_| state.with_parts(&[Part::Plan], |w| plan_edit::validate(&w.plan)));
    // What entries exist, in order: the form is rebuilt only when this changes.
    let structure = Memo::new(move |_| {
        state.with_parts(&[Part::Plan, Part::BudgetLines, Part::ArchivedPlans], |w| {
            (
                plan_edit::ids(&w.plan),
                w.plan
                    .themes
                    .iter()
                    .map(|t| {
                        (
                            t.targets
                                .iter()
                                .map(|x| x.measures.len())
                                .collect::<Vec<_>>(),
                            t.initiatives.len(),
                        )
                    })
                    .collect::<Vec<_>>(),
                w.budget_lines
                    .iter()
                    .map(|l| l.id.clone())
                    .collect::<Vec<_>>(),
                w.archived_plans.len(),
            )
        })
    });
    let form = move || {
        structure.with(|_| ());
        let lang = state.lang.get();
        let ws = state.ws.untracked();
        view! {
            <PlanFields ws=ws.clone() issues lang />
            <Goals plan=(*ws.plan).clone() issues lang />
            {ws.plan.themes.iter().enumerate().map(|(ti, t)| view! { <ThemeEditor index=ti theme=t.clone() goals=ws.plan.goals.clone() issues lang /> }).collect_view()}
            <AddTheme lang />
            <BudgetLinesEditor lines=(*ws.budget_lines).clone() lang />
            <NewPeriod ws=ws.clone() lang />
            <Archive plans=(*ws.archived_plans).clone() lang />
        }
    };
    view! {
        <section class="plan-editor" data-testid="plan-editor" aria-labelledby="plan-editor-title">
            <h2 id="plan-editor-title">{move || da_en(state.lang.get(), "Redigér planen", "Edit the plan")}</h2>
            <p class="hint">{move || da_en(
                state.lang.get(),
                "Hver ændring gemmes med det samme og kan fortrydes (Ctrl+Z). Meddelelser om fejl står ved feltet, de gælder.",
                "Every change is saved at once and can be undone (Ctrl+Z). Messages about errors stand next to their field.",
            )}</p>
            {move || {
                let lang = state.lang.get();
                let n = issues.with(Vec::len);
                view! {
                    <p class=if n == 0 { "banner ok" } else { "banner warn" } data-testid="plan-issues" aria-live="polite">
                        {match (n, lang) {
                            (0, Lang::Da) => "Planen har ingen fejl.".to_owned(),
                            (0, Lang::En) => "The plan has no errors.".to_owned(),
                            (n, Lang::Da) => format!("Planen har {n} fejl; de står ved felterne herunder."),
                            (n, Lang::En) => format!("The plan has {n} errors; they stand next to the fields below."),
                        }}
                    </p>
                }
            }}
            {form}
        </section>
    }
}

#[component]
fn PlanFields(ws: Workspace, issues: Memo<Vec<PlanIssue>>, lang: Lang) -> impl IntoView {
    let state = use_state();
    let _ = ws;
    view! {
        <fieldset class="edit-group">
            <legend>{da_en(lang, "Planen", "The plan")}</legend>
            {text_field(state, issues, Part::Plan, field::plan_name(), da_en(lang, "Navn", "Name").into(), 1,
                |w| w.plan.name.clone(), |w, v| w.plan.name = v)}
            {number_field(state, issues, Part::Plan, "plan-period-start".into(), da_en(lang, "Første år", "First year").into(),
                |w| Some(w.plan.period.start as f64), |w, v| if let Some(v) = v { w.plan.period.start = v as i32 })}
            {number_field(state, issues, Part::Plan, field::plan_period(), da_en(lang, "Sidste år", "Last year").into(),
                |w| Some(w.plan.period.end as f64), |w, v| if let Some(v) = v { w.plan.period.end = v as i32 })}
        </fieldset>
    }
}

#[component]
fn Goals(plan: Plan, issues: Memo<Vec<PlanIssue>>, lang: Lang) -> impl IntoView {
    let state = use_state();
    let goals = plan
        .goals
        .iter()
        .enumerate()
        .map(|(gi, g)| {
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
                    {entry_buttons(state, g.text.clone(), format!("goal-{id}"), move |w, act| plan_edit::apply_entry_action(&mut w.plan.goals, gi, act))}
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

#[component]
fn ThemeEditor(
    index: usize,
    theme: Theme,
    goals: Vec<MinisterialGoal>,
    issues: Memo<Vec<PlanIssue>>,
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let tid = theme.id.clone();
    let t = |f: fn(&Theme) -> String| {
        let tid = tid.clone();
        move |w: &Workspace| w.plan.theme(&tid).map(f).unwrap_or_default()
    };
    let s = |f: fn(&mut Theme, String)| {
        let tid = tid.clone();
        move |w: &mut Workspace, v: String| {
            if let Some(t) = w.plan.theme_mut(&tid) {
                f(t, v);
                t.source = edited_source();
            }
        }
    };
    let mapping = goals
        .iter()
        .filter(|g| !g.cross_cutting)
        .map(|g| {
            let (gid, tid1, tid2) = (g.id.clone(), tid.clone(), tid.clone());
            let gid2 = gid.clone();
            let box_id = format!("theme-{tid}-goal-{gid}");
            view! {
                <label class="check" for=box_id.clone()>
                    <input id=box_id.clone() type="checkbox" data-testid=box_id.clone()
                        prop:checked=move || state.with_parts(&[Part::Plan], |w| w.plan.theme(&tid1).is_some_and(|t| t.goal_ids.contains(&gid)))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let (tid, gid) = (tid2.clone(), gid2.clone());
                            state.edit(move |w| if let Some(t) = w.plan.theme_mut(&tid) { t.set_goal(&gid, on); });
                        } />
                    {format!("{} {}: {}", da_en(lang, "Mål", "Goal"), g.number, g.text)}
                </label>
            }
        })
        .collect_view();
    let targets = theme
        .targets
        .iter()
        .enumerate()
        .map(|(xi, target)| view! { <TargetEditor theme_id=tid.clone() index=xi target=target.clone() issues lang /> })
        .collect_view();
    let initiatives = theme
        .initiatives
        .iter()
        .enumerate()
        .map(|(ii, i)| {
            let (id1, id2) = (i.id.clone(), i.id.clone());
            let tid1 = tid.clone();
            view! {
                <li class="edit-entry">
                    {text_field(state, issues, Part::Plan, field::initiative(&i.id), da_en(lang, "Indsats", "Initiative").into(), 2,
                        move |w| w.plan.initiative(&id1).map(|x| x.text.clone()).unwrap_or_default(),
                        move |w, v| if let Some(x) = w.plan.initiative_mut(&id2) { x.text = v; x.source = edited_source(); })}
                    {entry_buttons(state, i.text.chars().take(40).collect(), format!("initiative-{}", i.id), move |w, act| {
                        if let Some(t) = w.plan.theme_mut(&tid1) { plan_edit::apply_entry_action(&mut t.initiatives, ii, act) }
                    })}
                </li>
            }
        })
        .collect_view();
    let (tid_a, tid_b, tid_c) = (tid.clone(), tid.clone(), tid.clone());
    let add_target = move |_| {
        let tid = tid_a.clone();
        state.edit(move |w| {
            w.plan.add_target(&tid, edited_source());
        })
    };
    let add_initiative = move |_| {
        let tid = tid_b.clone();
        state.edit(move |w| {
            w.plan.add_initiative(&tid, edited_source());
        })
    };
    view! {
        <fieldset class="edit-group theme" data-testid=format!("edit-theme-{tid}")>
            <legend>{format!("{} {}: {}", da_en(lang, "Tema", "Theme"), index + 1, theme.name)}</legend>
            {entry_buttons(state, theme.name.clone(), format!("theme-{tid}"), move |w, act| plan_edit::apply_entry_action(&mut w.plan.themes, index, act))}
            {text_field(state, issues, Part::Plan, field::theme_name(&tid), da_en(lang, "Navn", "Name").into(), 1, t(|t| t.name.clone()), s(|t, v| t.name = v))}
            {text_field(state, issues, Part::Plan, format!("theme-{tid_c}-tagline"), da_en(lang, "Undertitel", "Tagline").into(), 1, t(|t| t.tagline.clone()), s(|t, v| t.tagline = v))}
            {text_field(state, issues, Part::Plan, format!("theme-{tid_c}-ambition"), da_en(lang, "Det vil vi opnå", "What we will achieve").into(), 2, t(|t| t.ambition.clone()), s(|t, v| t.ambition = v))}
            <fieldset class="mapping-boxes">
                <legend>{da_en(lang, "Ministerens mål for temaet", "The minister's goals for the theme")}</legend>
                {mapping}
            </fieldset>
            <h3>{da_en(lang, "Det måler vi på", "What we measure")}</h3>
            <ol class="edit-list">{targets}</ol>
            <button data-testid=format!("add-target-{tid}") on:click=add_target>{da_en(lang, "Tilføj et mål", "Add a target")}</button>
            <h3>{da_en(lang, "Indsatser", "Initiatives")}</h3>
            <ol class="edit-list">{initiatives}</ol>
            <button data-testid=format!("add-initiative-{tid}") on:click=add_initiative>{da_en(lang, "Tilføj en indsats", "Add an initiative")}</button>
        </fieldset>
    }
}

#[component]
fn TargetEditor(
    theme_id: String,
    index: usize,
    target: Target,
    issues: Memo<Vec<PlanIssue>>,
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let xid = target.id.clone();
    let (x1, x2, x3) = (xid.clone(), xid.clone(), xid.clone());
    let measures = target
        .measures
        .iter()
        .enumerate()
        .map(|(mi, m)| view! { <MeasureEditor target_id=xid.clone() index=mi measure=m.clone() issues lang /> })
        .collect_view();
    let add_measure = move |_| {
        let xid = x3.clone();
        state.edit(move |w| {
            w.plan.add_measure(&xid, edited_source());
        })
    };
    view! {
        <li class="edit-entry target" data-testid=format!("edit-target-{xid}")>
            {text_field(state, issues, Part::Plan, field::target_text(&xid), da_en(lang, "Målet med planens ord", "The target in the plan's words").into(), 2,
                move |w| w.plan.target(&x1).map(|t| t.text.clone()).unwrap_or_default(),
                move |w, v| if let Some(t) = w.plan.target_mut(&x2) { t.text = v; t.source = edited_source(); })}
            {entry_buttons(state, target.text.chars().take(40).collect(), format!("target-{xid}"), move |w, act| {
                if let Some(t) = w.plan.theme_mut(&theme_id) { plan_edit::apply_entry_action(&mut t.targets, index, act) }
            })}
            <ul class="edit-list measures">{measures}</ul>
            <button class="secondary" data-testid=format!("add-measure-{xid}") on:click=add_measure>{da_en(lang, "Tilføj et måltal", "Add a measure")}</button>
        </li>
    }
}

#[component]
fn MeasureEditor(
    target_id: String,
    index: usize,
    measure: Measure,
    issues: Memo<Vec<PlanIssue>>,
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let mid = measure.id.clone();
    let g = |f: fn(&Measure) -> String| {
        let mid = mid.clone();
        move |w: &Workspace| w.plan.measure(&mid).map(f).unwrap_or_default()
    };
    let n = |f: fn(&Measure) -> Option<f64>| {
        let mid = mid.clone();
        move |w: &Workspace| w.plan.measure(&mid).and_then(f)
    };
    let sn = |f: fn(&mut Measure, Option<f64>)| {
        let mid = mid.clone();
        move |w: &mut Workspace, v: Option<f64>| {
            if let Some(m) = w.plan.measure_mut(&mid) {
                f(m, v);
                m.source = edited_source();
            }
        }
    };
    let select = |what: &'static str,
                  label: &'static str,
                  options: Vec<(&'static str, String)>,
                  current: fn(&Measure) -> &'static str,
                  apply: fn(&mut Measure, &str)| {
        let id = field::measure(&mid, what);
        let (m1, m2) = (mid.clone(), mid.clone());
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <select id=id.clone() data-testid=id.clone() on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let mid = m2.clone();
                    state.edit(move |w| if let Some(m) = w.plan.measure_mut(&mid) { apply(m, &v); m.source = edited_source(); });
                }>
                    {options.into_iter().map(|(code, text)| {
                        let m1 = m1.clone();
                        view! { <option value=code selected=move || state.with_parts(&[Part::Plan], |w| w.plan.measure(&m1).is_some_and(|m| current(m) == code))>{text}</option> }
                    }).collect_view()}
                </select>
                {issue_view(issues, id)}
            </div>
        }
    };
    let shapes = Shape::ALL
        .iter()
        .map(|s| (s.code(), shape_phrase(lang, *s).to_owned()))
        .collect();
    let units = Unit::ALL
        .iter()
        .map(|u| (u.code(), format::unit_name(*u, lang).to_owned()))
        .collect();
    let stated_id = field::measure(&mid, "stated");
    let m3 = mid.clone();
    let m4 = mid.clone();
    view! {
        <li class="edit-entry measure" data-testid=format!("edit-measure-{mid}")>
            {text_field(state, issues, Part::Plan, field::measure(&mid, "indicator"), da_en(lang, "Indikator", "Indicator").into(), 1,
                g(|m| m.indicator.clone()), {
                    let mid = mid.clone();
                    move |w: &mut Workspace, v: String| if let Some(m) = w.plan.measure_mut(&mid) { m.indicator = v; m.source = edited_source(); }
                })}
            {select("shape", da_en(lang, "Slags mål", "Kind of target"), shapes, |m| m.shape.code(), |m, v| {
                if let Some(s) = Shape::from_code(v) { m.shape = s; }
            })}
            {number_field(state, issues, Part::Plan, field::measure(&mid, "value"), da_en(lang, "Værdi", "Value").into(), n(|m| Some(m.value)), sn(|m, v| if let Some(v) = v { m.value = v }))}
            {select("unit", da_en(lang, "Enhed", "Unit"), units, |m| m.unit.code(), |m, v| {
                if let Some(u) = Unit::from_code(v) { m.unit = u; }
            })}
            {number_field(state, issues, Part::Plan, field::measure(&mid, "deadline"), da_en(lang, "Frist (år)", "Deadline (year)").into(), n(|m| Some(m.deadline.date.year as f64)), sn(|m, v| if let Some(v) = v { m.deadline.date.year = v as i32 }))}
            {number_field(state, issues, Part::Plan, field::measure(&mid, "month"), da_en(lang, "Frist (måned, kan være tom)", "Deadline (month, may be empty)").into(), n(|m| m.deadline.date.month.map(f64::from)), sn(|m, v| m.deadline.date.month = v.map(|v| v as u8)))}
            <label class="check" for=stated_id.clone()>
                <input id=stated_id.clone() type="checkbox" data-testid=stated_id.clone()
                    prop:checked=move || state.with_parts(&[Part::Plan], |w| w.plan.measure(&m3).is_some_and(|m| m.deadline.stated))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let mid = m4.clone();
                        state.edit(move |w| if let Some(m) = w.plan.measure_mut(&mid) { m.deadline.stated = on; });
                    } />
                {da_en(lang, "Planen nævner fristen", "The plan states the deadline")}
            </label>
            {number_field(state, issues, Part::Plan, field::measure(&mid, "baseline"), da_en(lang, "Udgangspunkt (kan være tomt)", "Baseline (may be empty)").into(), n(|m| m.baseline.as_ref().map(|b| b.value)), sn(Measure::set_baseline_value))}
            {number_field(state, issues, Part::Plan, field::measure(&mid, "baseline-year"), da_en(lang, "Udgangspunktets år", "Baseline year").into(), n(|m| m.baseline.as_ref().map(|b| b.date.year as f64)), sn(|m, v| if let Some(v) = v { m.set_baseline_year(v as i32) }))}
            {entry_buttons(state, measure.indicator.clone(), format!("measure-{mid}"), move |w, act| {
                if let Some(t) = w.plan.target_mut(&target_id) { plan_edit::apply_entry_action(&mut t.measures, index, act) }
            })}
        </li>
    }
}

#[component]
fn AddTheme(lang: Lang) -> impl IntoView {
    let state = use_state();
    let add = move |_| {
        state.edit(|w| {
            w.plan.add_theme(edited_source());
        })
    };
    view! { <button data-testid="add-theme" on:click=add>{da_en(lang, "Tilføj et tema", "Add a theme")}</button> }
}

#[component]
fn BudgetLinesEditor(lines: Vec<BudgetLine>, lang: Lang) -> impl IntoView {
    let state = use_state();
    let no_issues = Memo::new(|_| Vec::<PlanIssue>::new());
    let rows = lines
        .iter()
        .enumerate()
        .map(|(li, l)| {
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
                    {number_field(state, no_issues, Part::BudgetLines, format!("line-{id}-year"), da_en(lang, "År", "Year").into(), get(|l| l.year as f64), set(|l, v| l.year = v as i32))}
                    {number_field(state, no_issues, Part::BudgetLines, format!("line-{id}-tkr"), da_en(lang, "Beløb (1.000 kr.)", "Amount (DKK 1,000)").into(), get(|l| l.tkr as f64), set(|l, v| l.tkr = v.round() as i64))}
                    {entry_buttons(state, l.label.clone(), format!("line-{id}"), move |w, act| plan_edit::apply_entry_action(&mut w.budget_lines, li, act))}
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

#[component]
fn NewPeriod(ws: Workspace, lang: Lang) -> impl IntoView {
    let state = use_state();
    let start = RwSignal::new(ws.plan.period.end + 1);
    let end = RwSignal::new(ws.plan.period.end + 2);
    let carry = RwSignal::new(Carry {
        goals: true,
        themes: true,
        targets: true,
        initiatives: true,
        purpose: true,
    });
    let check = |label: &'static str,
                 id: &'static str,
                 get: fn(&Carry) -> bool,
                 set: fn(&mut Carry, bool)| {
        view! {
            <label class="check" for=id>
                <input id=id type="checkbox" data-testid=id prop:checked=move || carry.with(get) on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    carry.update(|c| set(c, on));
                } />
                {label}
            </label>
        }
    };
    let start_it = move |_| {
        let (s, e, c) = (
            start.get_untracked(),
            end.get_untracked(),
            carry.get_untracked(),
        );
        if e < s {
            return;
        }
        state.edit(move |w| plan_edit::new_period(w, s, e, c));
    };
    view! {
        <fieldset class="edit-group" data-testid="new-period">
            <legend>{da_en(lang, "Ny planperiode", "New plan period")}</legend>
            <p class="hint">{da_en(lang, "Den nuværende plan lægges i arkivet, hvor den kan læses. Den nye plan får det med, du vælger; frister, som planen ikke nævnte, flyttes til den nye periodes slutning.", "The current plan goes to the archive, where it can be read. The new plan takes what you choose; deadlines the plan did not state move to the new period's end.")}</p>
            <div class="field">
                <label for="new-period-start">{da_en(lang, "Første år", "First year")}</label>
                <input id="new-period-start" type="number" data-testid="new-period-start" prop:value=move || start.get().to_string() on:change=move |ev| if let Ok(v) = event_target_value(&ev).parse() { start.set(v) } />
            </div>
            <div class="field">
                <label for="new-period-end">{da_en(lang, "Sidste år", "Last year")}</label>
                <input id="new-period-end" type="number" data-testid="new-period-end" prop:value=move || end.get().to_string() on:change=move |ev| if let Ok(v) = event_target_value(&ev).parse() { end.set(v) } />
            </div>
            {check(da_en(lang, "Ministerens mål og koblingen", "The minister's goals and the mapping"), "carry-goals", |c| c.goals, |c, v| c.goals = v)}
            {check(da_en(lang, "Temaer", "Themes"), "carry-themes", |c| c.themes, |c, v| c.themes = v)}
            {check(da_en(lang, "Mål og måltal", "Targets and measures"), "carry-targets", |c| c.targets, |c, v| c.targets = v)}
            {check(da_en(lang, "Indsatser", "Initiatives"), "carry-initiatives", |c| c.initiatives, |c, v| c.initiatives = v)}
            {check(da_en(lang, "Formål og fokusområder", "Purpose and focus areas"), "carry-purpose", |c| c.purpose, |c, v| c.purpose = v)}
            <button class="primary" data-testid="new-period-start-button" on:click=start_it>{da_en(lang, "Start den nye planperiode", "Start the new plan period")}</button>
        </fieldset>
    }
}

#[component]
fn Archive(plans: Vec<Plan>, lang: Lang) -> impl IntoView {
    (!plans.is_empty()).then(|| {
        let list = plans
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                let themes = p
                    .themes
                    .iter()
                    .map(|t| view! {
                        <li>
                            <strong>{t.name.clone()}</strong>
                            <ul>{t.targets.iter().map(|x| view! { <li>{x.text.clone()}</li> }).collect_view()}</ul>
                        </li>
                    })
                    .collect_view();
                view! {
                    <details data-testid=format!("archived-{i}")>
                        <summary>{format!("{} ({})", p.name, format::period(p.period.start, p.period.end))}</summary>
                        <ul>{themes}</ul>
                    </details>
                }
            })
            .collect_view();
        view! {
            <section class="edit-group" data-testid="archive">
                <h2>{da_en(lang, "Arkiv: tidligere planperioder", "Archive: earlier plan periods")}</h2>
                {list}
            </section>
        }
    })
}
