//! Editing the plan: validation tied to fields, and a new plan period with the old plan kept
//! in the archive (schema version 5).

use plan_core::defaults::default_workspace;
use plan_core::plan_edit::{self, field, Carry};
use plan_core::{persist, Baseline, Lang, PartialDate, Shape, Unit};

#[test]
fn validation_says_what_and_where() {
    let mut ws = default_workspace();
    let plan = &mut ws.plan;
    let m = &mut plan.themes[0].targets[2].measures[1]; // andel delvist raskmeldte, 20 %
    assert_eq!(m.shape, Shape::ShareAtLeast);
    m.value = 120.0;
    let id = m.id.clone();
    let cap = &mut plan.themes[1].targets[1].measures[0];
    cap.deadline.date = PartialDate::year(2031);
    let cap_id = cap.id.clone();
    let inc = &mut plan.themes[2].targets[0].measures[0];
    inc.baseline = None;
    let inc_id = inc.id.clone();
    plan.themes[3].targets[0].measures.clear();
    let empty_target = plan.themes[3].targets[0].id.clone();
    let issues = plan_edit::validate(plan);
    let fields: Vec<&str> = issues.iter().map(|i| i.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            field::measure(&id, "value"),
            field::measure(&cap_id, "deadline"),
            field::measure(&inc_id, "baseline"),
            field::target_text(&empty_target),
        ]
    );
    let text: Vec<&str> = issues.iter().map(|i| i.message(Lang::Da)).collect();
    insta::assert_snapshot!(text.join("\n"));
    // A share in percent units too, and a baseline after the period.
    let mut ws = default_workspace();
    let m = &mut ws.plan.themes[2].targets[1].measures[0];
    assert_eq!(m.unit, Unit::Percent);
    m.baseline = Some(Baseline {
        value: 30.0,
        date: PartialDate::year(2026),
        note: String::new(),
    });
    let issues = plan_edit::validate(&ws.plan);
    assert_eq!(issues.len(), 1);
    assert!(issues[0]
        .message_da
        .contains("udgangspunktet (2026) er dateret efter planperioden 2023-2024"));
}

#[test]
fn a_new_period_carries_what_is_chosen_and_archives_the_old_plan() {
    let mut ws = default_workspace();
    let old = ws.plan.clone();
    plan_edit::new_period(
        &mut ws,
        2025,
        2026,
        Carry {
            goals: true,
            themes: true,
            targets: true,
            initiatives: false,
            purpose: false,
        },
    );
    assert_eq!(ws.plan.name, "Beskæftigelsesplan 2025-26");
    assert_eq!(ws.plan.period.start, 2025);
    assert_eq!(ws.archived_plans, vec![(*old).clone()]);
    assert_eq!(ws.plan.themes.len(), old.themes.len());
    assert!(ws.plan.themes.iter().all(|t| t.initiatives.is_empty()));
    assert!(ws.plan.purpose.is_empty());
    // Unstated deadlines move to the new period's end; stated ones stay.
    for (t_old, t_new) in old.themes.iter().zip(&ws.plan.themes) {
        for (a, b) in t_old
            .targets
            .iter()
            .flat_map(|t| &t.measures)
            .zip(t_new.targets.iter().flat_map(|t| &t.measures))
        {
            if a.deadline.stated {
                assert_eq!(a.deadline, b.deadline);
            } else {
                assert_eq!(b.deadline.date, PartialDate::year(2026));
            }
        }
    }
    // Saved and loaded, the archive is kept.
    let (back, _) = persist::decode(&persist::encode(&ws)).unwrap();
    assert_eq!(back, ws);
    // A version 4 document gets an empty archive.
    let mut v4: serde_json::Value = serde_json::to_value(default_workspace()).unwrap();
    v4.as_object_mut().unwrap().remove("archived_plans");
    v4["schema_version"] = 4.into();
    let (migrated, from) = persist::decode(&v4.to_string()).unwrap();
    assert_eq!(from, Some(4));
    assert!(migrated.archived_plans.is_empty());
}

proptest::proptest! {
    /// Any sequence of adding and moving entries keeps every id in the plan unique.
    #[test]
    fn ids_stay_unique(ops in proptest::collection::vec((0u8..4, 0usize..10, proptest::prelude::any::<bool>()), 0..40)) {
        let mut plan = default_workspace().plan;
        for (op, i, up) in ops {
            let themes = plan.themes.len();
            match op {
                0 => {
                    let id = plan_edit::new_id(&plan, "t-ny");
                    let t = plan.themes[i % themes].targets[0].clone();
                    let mut t = t;
                    t.id = id;
                    for m in &mut t.measures {
                        m.id = plan_edit::new_id(&plan, "m-ny");
                    }
                    // Measures of one new target must differ from each other too.
                    let mut seen = Vec::new();
                    for m in &mut t.measures {
                        while seen.contains(&m.id) || plan_edit::ids(&plan).contains(&m.id) {
                            m.id.push('x');
                        }
                        seen.push(m.id.clone());
                    }
                    plan.themes[i % themes].targets.push(t);
                }
                1 => plan_edit::move_item(&mut plan.themes, i % themes, up),
                2 => {
                    let ts = &mut plan.themes[i % themes].targets;
                    let n = ts.len();
                    plan_edit::move_item(ts, i % n.max(1), up);
                }
                _ => {
                    let id = plan_edit::new_id(&plan, "i-ny");
                    let mut ini = plan.themes[0].initiatives[0].clone();
                    ini.id = id;
                    plan.themes[i % themes].initiatives.push(ini);
                }
            }
            let ids = plan_edit::ids(&plan);
            let mut sorted = ids.clone();
            sorted.sort();
            sorted.dedup();
            proptest::prop_assert_eq!(sorted.len(), ids.len());
        }
    }
}

/// The ids of a list, in order.
fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|x| id(x).to_owned()).collect()
}

#[test]
fn entries_are_moved_and_deleted_by_id_wherever_they_stand() {
    use plan_core::plan_edit::EntryAction::{Delete, MoveDown, MoveUp};
    use plan_core::plan_entries::{budget_line_action, PlanEntry};
    let mut ws = default_workspace();
    let theme = ws.plan.themes[0].clone();
    let targets = ids(&theme.targets, |t| &t.id);
    assert!(targets.len() >= 3, "{targets:?}");
    // The second target moved up: it and the first change places, nothing else moves.
    assert!(ws.plan.entry_action(PlanEntry::Target(&targets[1]), MoveUp));
    let mut expected = targets.clone();
    expected.swap(0, 1);
    assert_eq!(ids(&ws.plan.themes[0].targets, |t| &t.id), expected);
    // The last one down, the first one up: nothing changes, and the id was found.
    let last = targets.last().unwrap();
    assert!(ws.plan.entry_action(PlanEntry::Target(last), MoveDown));
    assert!(ws.plan.entry_action(PlanEntry::Target(&targets[1]), MoveUp));
    assert_eq!(ids(&ws.plan.themes[0].targets, |t| &t.id), expected);

    // A measure under a target of a later theme is deleted, its neighbours kept.
    let target = ws.plan.themes[0].targets[2].clone();
    let measures = ids(&target.measures, |m| &m.id);
    assert!(measures.len() >= 2, "{measures:?}");
    assert!(ws
        .plan
        .entry_action(PlanEntry::Measure(&measures[0]), Delete));
    assert!(ws.plan.measure(&measures[0]).is_none());
    assert_eq!(
        ids(&ws.plan.target(&target.id).unwrap().measures, |m| &m.id),
        measures[1..]
    );

    // An initiative, a goal and a theme, each in its own list.
    let initiatives = ids(&ws.plan.themes[1].initiatives, |i| &i.id);
    assert!(ws
        .plan
        .entry_action(PlanEntry::Initiative(&initiatives[0]), MoveDown));
    assert_eq!(ws.plan.themes[1].initiatives[1].id, initiatives[0]);
    let goals = ids(&ws.plan.goals, |g| &g.id);
    assert!(ws.plan.entry_action(PlanEntry::Goal(&goals[1]), Delete));
    assert_eq!(ids(&ws.plan.goals, |g| &g.id).len(), goals.len() - 1);
    let themes = ids(&ws.plan.themes, |t| &t.id);
    assert!(ws.plan.entry_action(PlanEntry::Theme(&themes[2]), MoveUp));
    assert_eq!(ws.plan.themes[1].id, themes[2]);

    // An id that is not there (deleted meanwhile, or of another kind) changes nothing.
    let before = ws.clone();
    assert!(!ws
        .plan
        .entry_action(PlanEntry::Measure(&measures[0]), Delete));
    assert!(!ws.plan.entry_action(PlanEntry::Theme(&targets[0]), Delete));
    assert!(!ws.plan.entry_action(PlanEntry::Goal("ingen"), MoveUp));
    assert!(!budget_line_action(&mut ws, "ingen", Delete));
    assert_eq!(ws, before);

    // A budget line by its id.
    let lines = ids(&ws.budget_lines, |l| &l.id);
    assert!(budget_line_action(&mut ws, &lines[0], Delete));
    assert_eq!(ids(&ws.budget_lines, |l| &l.id), lines[1..]);
}
