//! Starting a new plan period from the current one: the current plan goes to the archive,
//! where it stays readable, and the new plan takes over what the user chooses.

use crate::model::{Deadline, PartialDate, Period, Workspace, Year};

/// What a new plan period takes over from the current plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Carry {
    pub goals: bool,
    pub themes: bool,
    pub targets: bool,
    pub initiatives: bool,
    pub purpose: bool,
}

/// Starts a new plan period: the current plan goes to the archive (it stays readable there),
/// and the new plan takes over what `carry` says. Deadlines that the old plan did not state
/// (the end of its period) move to the end of the new period; stated ones are kept, so a
/// passed deadline stays visible.
pub fn new_period(ws: &mut Workspace, start: Year, end: Year, carry: Carry) {
    let old = ws.plan.clone();
    let mut plan = old.clone();
    plan.id = format!(
        "{}-{start}-{}",
        crate::ids::slug(&old.municipality),
        end % 100
    );
    plan.name = format!("Beskæftigelsesplan {start}-{:02}", end % 100);
    plan.period = Period { start, end };
    if !carry.goals {
        plan.goals.clear();
        for t in &mut plan.themes {
            t.goal_ids.clear();
        }
    }
    if !carry.purpose {
        plan.purpose.clear();
        plan.focus_areas.clear();
    }
    if !carry.themes {
        plan.themes.clear();
    }
    for t in &mut plan.themes {
        if !carry.targets {
            t.targets.clear();
        }
        if !carry.initiatives {
            t.initiatives.clear();
        }
        for target in &mut t.targets {
            for m in &mut target.measures {
                if !m.deadline.stated {
                    m.deadline = Deadline {
                        date: PartialDate::year(end),
                        stated: false,
                    };
                }
            }
        }
    }
    ws.archived_plans.push(old.into_inner());
    ws.plan = plan;
}
