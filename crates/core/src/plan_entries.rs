//! Finding, adding, moving and deleting the plan's entries by id, as the plan editor does:
//! goals, themes, targets, measures and initiatives, and the budget lines beside the plan.
//! New entries are empty, get a new id from [`crate::plan_edit::new_id`] and go last in their
//! list. An entry is moved or deleted by its id, never by its place in a list the page drew
//! earlier: by the time a button is pressed, the list may have changed (an undo, another tab).

use crate::ids;
use crate::model::{
    Baseline, BudgetKind, BudgetLine, Deadline, Initiative, Measure, MinisterialGoal, PartialDate,
    Plan, Shape, Target, Theme, Unit, Workspace, Year,
};
use crate::plan_edit::{apply_entry_action, new_id, EntryAction};
use crate::source::Source;

/// Lookups by id.
impl Plan {
    pub fn goal(&self, id: &str) -> Option<&MinisterialGoal> {
        self.goals.iter().find(|g| g.id == id)
    }

    pub fn goal_mut(&mut self, id: &str) -> Option<&mut MinisterialGoal> {
        self.goals.iter_mut().find(|g| g.id == id)
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    pub fn theme_mut(&mut self, id: &str) -> Option<&mut Theme> {
        self.themes.iter_mut().find(|t| t.id == id)
    }

    /// A target under any theme.
    pub fn target(&self, id: &str) -> Option<&Target> {
        self.themes
            .iter()
            .flat_map(|t| &t.targets)
            .find(|t| t.id == id)
    }

    /// A target under any theme.
    pub fn target_mut(&mut self, id: &str) -> Option<&mut Target> {
        self.themes
            .iter_mut()
            .flat_map(|t| t.targets.iter_mut())
            .find(|t| t.id == id)
    }

    /// A measure under any target.
    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.themes
            .iter()
            .flat_map(|t| &t.targets)
            .flat_map(|t| &t.measures)
            .find(|m| m.id == id)
    }

    /// A measure under any target.
    pub fn measure_mut(&mut self, id: &str) -> Option<&mut Measure> {
        self.themes
            .iter_mut()
            .flat_map(|t| t.targets.iter_mut())
            .flat_map(|t| t.measures.iter_mut())
            .find(|m| m.id == id)
    }

    /// An initiative under any theme.
    pub fn initiative(&self, id: &str) -> Option<&Initiative> {
        self.themes
            .iter()
            .flat_map(|t| &t.initiatives)
            .find(|i| i.id == id)
    }

    /// An initiative under any theme.
    pub fn initiative_mut(&mut self, id: &str) -> Option<&mut Initiative> {
        self.themes
            .iter_mut()
            .flat_map(|t| t.initiatives.iter_mut())
            .find(|i| i.id == id)
    }
}

/// New entries.
impl Plan {
    /// Adds an empty ministerial goal (`goal-ny-N`), numbered after the highest number; returns
    /// its id.
    pub fn add_goal(&mut self, source: Source) -> String {
        let id = new_id(self, "goal-ny");
        let number = self.goals.iter().map(|g| g.number).max().unwrap_or(0) + 1;
        self.goals.push(MinisterialGoal {
            id: id.clone(),
            number,
            text: String::new(),
            cross_cutting: false,
            source,
        });
        id
    }

    /// Adds an empty theme (`tema-N`); returns its id.
    pub fn add_theme(&mut self, source: Source) -> String {
        let id = new_id(self, "tema");
        self.themes.push(Theme {
            id: id.clone(),
            name: String::new(),
            tagline: String::new(),
            description: Vec::new(),
            ambition: String::new(),
            goal_ids: Vec::new(),
            targets: Vec::new(),
            initiatives: Vec::new(),
            source,
        });
        id
    }

    /// Adds an empty target (`t-ny-N`) to a theme; returns its id, or `None` (and changes
    /// nothing) when there is no such theme.
    pub fn add_target(&mut self, theme_id: &str, source: Source) -> Option<String> {
        let id = new_id(self, "t-ny");
        self.theme_mut(theme_id)?.targets.push(Target {
            id: id.clone(),
            text: String::new(),
            measures: Vec::new(),
            source,
        });
        Some(id)
    }

    /// Adds an empty initiative (`i-ny-N`) to a theme; returns its id, or `None` when there is
    /// no such theme.
    pub fn add_initiative(&mut self, theme_id: &str, source: Source) -> Option<String> {
        let id = new_id(self, "i-ny");
        self.theme_mut(theme_id)?.initiatives.push(Initiative {
            id: id.clone(),
            text: String::new(),
            examples: Vec::new(),
            source,
        });
        Some(id)
    }

    /// Adds a measure (`m-ny-N`) to a target: a cap of 0 persons by the end of the plan
    /// period, a deadline the plan does not state, no baseline. Returns its id, or `None`
    /// when there is no such target.
    pub fn add_measure(&mut self, target_id: &str, source: Source) -> Option<String> {
        let id = new_id(self, "m-ny");
        let end = self.period.end;
        self.target_mut(target_id)?
            .measures
            .push(Measure::blank(&id, end, source));
        Some(id)
    }
}

/// An entry of the plan that the editor moves or deletes, by its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanEntry<'a> {
    Goal(&'a str),
    Theme(&'a str),
    Target(&'a str),
    Initiative(&'a str),
    Measure(&'a str),
}

/// Moves or deletes the item of `items` that `is` picks; false when none does.
fn act_on<T>(items: &mut Vec<T>, is: impl Fn(&T) -> bool, action: EntryAction) -> bool {
    match items.iter().position(is) {
        Some(i) => {
            apply_entry_action(items, i, action);
            true
        }
        None => false,
    }
}

/// Moving and deleting.
impl Plan {
    /// Moves an entry up or down within its list (goals, themes, a theme's targets or
    /// initiatives, a target's measures), or deletes it with what it holds. Moving the first
    /// entry up or the last down changes nothing. Returns false, and changes nothing, when no
    /// entry of that kind has the id.
    pub fn entry_action(&mut self, entry: PlanEntry<'_>, action: EntryAction) -> bool {
        match entry {
            PlanEntry::Goal(id) => act_on(&mut self.goals, |g| g.id == id, action),
            PlanEntry::Theme(id) => act_on(&mut self.themes, |t| t.id == id, action),
            PlanEntry::Target(id) => self
                .themes
                .iter_mut()
                .any(|t| act_on(&mut t.targets, |x| x.id == id, action)),
            PlanEntry::Initiative(id) => self
                .themes
                .iter_mut()
                .any(|t| act_on(&mut t.initiatives, |x| x.id == id, action)),
            PlanEntry::Measure(id) => self
                .themes
                .iter_mut()
                .flat_map(|t| t.targets.iter_mut())
                .any(|t| act_on(&mut t.measures, |m| m.id == id, action)),
        }
    }
}

/// Moves or deletes the budget line with this id; false (nothing changed) when there is none.
pub fn budget_line_action(ws: &mut Workspace, id: &str, action: EntryAction) -> bool {
    act_on(&mut ws.budget_lines, |l| l.id == id, action)
}

impl Theme {
    /// Maps the theme to a ministerial goal (last in the list) or removes the mapping.
    pub fn set_goal(&mut self, goal_id: &str, on: bool) {
        self.goal_ids.retain(|g| g != goal_id);
        if on {
            self.goal_ids.push(goal_id.to_owned());
        }
    }
}

impl Measure {
    /// A new measure as the editors add it: a cap of 0 persons by the end of `end_year`, a
    /// deadline the document does not state, no baseline and no start.
    pub fn blank(id: &str, end_year: Year, source: Source) -> Measure {
        Measure {
            id: id.to_owned(),
            indicator: String::new(),
            shape: Shape::Cap,
            value: 0.0,
            unit: Unit::Persons,
            deadline: Deadline {
                date: PartialDate::year(end_year),
                stated: false,
            },
            baseline: None,
            from: None,
            source,
        }
    }

    /// Sets or clears the baseline's value. A new baseline is dated the deadline's year with
    /// no note; an existing one keeps its date and note.
    pub fn set_baseline_value(&mut self, value: Option<f64>) {
        self.baseline = value.map(|value| Baseline {
            value,
            date: self
                .baseline
                .as_ref()
                .map_or(PartialDate::year(self.deadline.date.year), |b| b.date),
            note: self
                .baseline
                .as_ref()
                .map(|b| b.note.clone())
                .unwrap_or_default(),
        });
    }

    /// Dates the baseline to a year; does nothing when there is no baseline.
    pub fn set_baseline_year(&mut self, year: Year) {
        if let Some(b) = self.baseline.as_mut() {
            b.date = PartialDate::year(year);
        }
    }
}

/// Adds an empty service budget line for the plan's first year; returns its id. The id is
/// `line-ny-N`, counting on from the number of lines there are.
pub fn add_budget_line(ws: &mut Workspace, source: Source) -> String {
    let lines = &ws.budget_lines;
    let id = ids::unique_id_from("line-ny", lines.len() + 1, |id| {
        lines.iter().any(|l| l.id == id)
    });
    let year = ws.plan.period.start;
    ws.budget_lines.push(BudgetLine {
        id: id.clone(),
        label: String::new(),
        policy_area: None,
        kind: BudgetKind::Service,
        year,
        tkr: 0,
        source,
    });
    id
}
