//! A benefit group's refusion by duration (the refusion ladder) in the assumptions editor.

use super::*;

/// Refusion by duration (the refusion ladder of LBK nr. 221 § 5) instead of the flat share:
/// a switch, and the share of the persons in each step, with the law as the rates' source.
pub(super) fn duration_editor(
    edit_set: impl Fn(Box<dyn FnOnce(&mut ScenarioSet)>) + Copy + Send + Sync + 'static,
    g: &BenefitGroup,
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let on = g.duration.is_some();
    let gid = g.id.clone();
    let steps = g.duration.as_ref().map(|d| {
        let inputs = (0..4)
            .map(|k| {
                view! {
                    <AssumptionInput
                        field=AssumptionField::DurationShare(gid.clone(), k)
                        label=scenarios::step_name(k, lang).to_owned()
                        scale=100.0
                        unit="%"
                        testid=format!("duration-{gid}-{k}")
                    />
                }
            })
            .collect_view();
        let law = d.kind.law();
        let group_id = gid.clone();
        let share = move || {
            state.ws.scenarios.with(|s| {
                let group = s.assumptions.groups.iter().find(|g| g.id == group_id);
                let share = group.map_or(0.0, |g| g.municipal_share());
                format::number(share * 100.0, 1, lang)
            })
        };
        view! {
            <div class="duration-steps">
                {inputs}
                <p class="assumption-note" data-testid=format!("duration-share-{gid}")>
                    {move || da_en(lang, format!("Kommunens andel efter refusion: {} %", share()), format!("The municipality's share after refusion: {} %", share()))}
                </p>
                <SourceNote source=law />
            </div>
        }
    });
    let testid = format!("duration-{}", g.id);
    view! {
        <div class="duration">
            <label class="check">
                <input
                    type="checkbox"
                    data-testid=testid
                    prop:checked=on
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let (date, gid) = (today(), gid.clone());
                        edit_set(Box::new(move |set| {
                            set.set_duration_refusion(&gid, on, &date);
                        }))
                    }
                />
                {da_en(lang, "Refusion efter varighed (refusionstrappen) i stedet for én gennemsnitlig andel", "Refusion by duration (the refusion ladder) instead of one average share")}
            </label>
            {steps}
        </div>
    }
}
