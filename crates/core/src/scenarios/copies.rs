//! The baseline kept as it is: the scenario a page opens on, the copy an edit of the baseline
//! goes to, a shared scenario kept once, and names that do not repeat.

use super::model::{Scenario, ScenarioSet};
use crate::Lang;

impl ScenarioSet {
    /// The scenario to show when none is asked for: the first that is not the baseline, or
    /// the baseline when it is alone.
    pub fn first_alternative(&self) -> Option<&Scenario> {
        self.scenarios
            .iter()
            .find(|s| s.id != self.baseline_id)
            .or_else(|| self.scenarios.first())
    }

    /// The id of the scenario an edit of `id` should change: `id` itself, or, when `id` is
    /// the baseline, a new copy of it named "<name> (egen udgave)", so that the baseline the
    /// others are measured against never changes unnoticed. Returns the id and whether a
    /// copy was made.
    pub fn editable_id(&mut self, id: &str, lang: Lang) -> Option<(String, bool)> {
        if id != self.baseline_id {
            return self.scenario(id).map(|s| (s.id.clone(), false));
        }
        let base = self.scenario(id)?;
        let name = format!(
            "{} ({})",
            base.name,
            lang.pick("egen udgave", "own version")
        );
        let name = self.unique_name(&name);
        let new_id = self.duplicate(id, lang)?;
        if let Some(copy) = self.scenario_mut(&new_id) {
            copy.name = name;
            copy.description = "Kopi af basis, ændret her.".to_owned();
            copy.description_en = "A copy of the baseline, changed here.".to_owned();
        }
        Some((new_id, true))
    }

    /// The copy kept earlier of a shared scenario, if one with the same policy is still here
    /// (so that keeping the same link twice does not make two scenarios of one name).
    pub fn kept_copy_of(&self, shared: &Scenario) -> Option<&str> {
        let prefix = format!("{}-delt", shared.id);
        self.scenarios
            .iter()
            .find(|s| s.id.starts_with(&prefix) && s.policy == shared.policy)
            .map(|s| s.id.as_str())
    }

    /// `name`, or `name 2`, `name 3`, … when a scenario already has it.
    pub fn unique_name(&self, name: &str) -> String {
        let taken = |n: &str| self.scenarios.iter().any(|s| s.name == n);
        if !taken(name) {
            return name.to_owned();
        }
        (2..)
            .map(|i| format!("{name} {i}"))
            .find(|n| !taken(n))
            .expect("a free name")
    }
}
