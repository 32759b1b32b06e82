//! A new plan period from the current one, and the archive of earlier periods.

use super::*;

#[component]
pub(super) fn NewPeriod(ws: Workspace, lang: Lang) -> impl IntoView {
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
pub(super) fn Archive(plans: Vec<Plan>, lang: Lang) -> impl IntoView {
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
