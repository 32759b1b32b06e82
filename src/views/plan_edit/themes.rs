//! The themes, with their mapping to the goals, targets, measures and initiatives.

use super::*;

#[component]
pub(super) fn ThemeEditor(
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
        .map(|target| view! { <TargetEditor target=target.clone() issues lang /> })
        .collect_view();
    let initiatives = theme
        .initiatives
        .iter()
        .map(|i| {
            let (id1, id2, id3) = (i.id.clone(), i.id.clone(), i.id.clone());
            view! {
                <li class="edit-entry">
                    {text_field(state, issues, Part::Plan, field::initiative(&i.id), da_en(lang, "Indsats", "Initiative").into(), 2,
                        move |w| w.plan.initiative(&id1).map(|x| x.text.clone()).unwrap_or_default(),
                        move |w, v| if let Some(x) = w.plan.initiative_mut(&id2) { x.text = v; x.source = edited_source(); })}
                    {entry_buttons(state, i.text.chars().take(40).collect(), format!("initiative-{}", i.id), move |w, act| {
                        w.plan.entry_action(PlanEntry::Initiative(&id3), act);
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
            {entry_buttons(state, theme.name.clone(), format!("theme-{tid}"), { let tid = tid.clone(); move |w, act| { w.plan.entry_action(PlanEntry::Theme(&tid), act); } })}
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
fn TargetEditor(target: Target, issues: Memo<Vec<PlanIssue>>, lang: Lang) -> impl IntoView {
    let state = use_state();
    let xid = target.id.clone();
    let (x1, x2, x3) = (xid.clone(), xid.clone(), xid.clone());
    let measures = target
        .measures
        .iter()
        .map(|m| view! { <MeasureEditor measure=m.clone() issues lang /> })
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
            {entry_buttons(state, target.text.chars().take(40).collect(), format!("target-{xid}"), {
                let xid = xid.clone();
                move |w, act| { w.plan.entry_action(PlanEntry::Target(&xid), act); }
            })}
            <ul class="edit-list measures">{measures}</ul>
            <button class="secondary" data-testid=format!("add-measure-{xid}") on:click=add_measure>{da_en(lang, "Tilføj et måltal", "Add a measure")}</button>
        </li>
    }
}

#[component]
fn MeasureEditor(measure: Measure, issues: Memo<Vec<PlanIssue>>, lang: Lang) -> impl IntoView {
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
        .map(|s| (s.code(), (*s).text(lang).to_owned()))
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
            {number_field(state, issues, Part::Plan, field::measure(&mid, "value"), da_en(lang, "Værdi", "Value").into(), Accepts::required(Accepts::VALUE), n(|m| Some(m.value)), sn(|m, v| if let Some(v) = v { m.value = v }))}
            {select("unit", da_en(lang, "Enhed", "Unit"), units, |m| m.unit.code(), |m, v| {
                if let Some(u) = Unit::from_code(v) { m.unit = u; }
            })}
            {number_field(state, issues, Part::Plan, field::measure(&mid, "deadline"), da_en(lang, "Frist (år)", "Deadline (year)").into(), Accepts::YEAR, n(|m| Some(m.deadline.date.year as f64)), sn(|m, v| if let Some(v) = v { m.deadline.date.year = v as i32 }))}
            {number_field(state, issues, Part::Plan, field::measure(&mid, "month"), da_en(lang, "Frist (måned, kan være tom)", "Deadline (month, may be empty)").into(), Accepts::optional(Accepts::MONTH), n(|m| m.deadline.date.month.map(f64::from)), sn(|m, v| m.deadline.date.month = v.map(|v| v as u8)))}
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
            {number_field(state, issues, Part::Plan, field::measure(&mid, "baseline"), da_en(lang, "Udgangspunkt (kan være tomt)", "Baseline (may be empty)").into(), Accepts::optional(Accepts::VALUE), n(|m| m.baseline.as_ref().map(|b| b.value)), sn(Measure::set_baseline_value))}
            {number_field(state, issues, Part::Plan, field::measure(&mid, "baseline-year"), da_en(lang, "Udgangspunktets år", "Baseline year").into(), Accepts::optional(FieldRule::YEAR), n(|m| m.baseline.as_ref().map(|b| b.date.year as f64)), sn(|m, v| if let Some(v) = v { m.set_baseline_year(v as i32) }))}
            {entry_buttons(state, measure.indicator.clone(), format!("measure-{mid}"), {
                let mid = mid.clone();
                move |w, act| { w.plan.entry_action(PlanEntry::Measure(&mid), act); }
            })}
        </li>
    }
}

#[component]
pub(super) fn AddTheme(lang: Lang) -> impl IntoView {
    let state = use_state();
    let add = move |_| {
        state.edit(|w| {
            w.plan.add_theme(edited_source());
        })
    };
    view! { <button data-testid="add-theme" on:click=add>{da_en(lang, "Tilføj et tema", "Add a theme")}</button> }
}
