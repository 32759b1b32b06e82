//! The workspace as parts (the undo history of edits to it is in [`crate::history`]).
//!
//! A [`Workspace`] is made of parts (the plan, the status sheets, the scenarios, the imported
//! indicators, …), each [`crate::Shared`]: a copy of the workspace costs a reference count per
//! part, and an edit copies only the part it changes. So an undo step keeps exactly what the
//! edit changed and shares everything else with the steps around it, and the storage adapter
//! saves only the parts whose value changed since it last saved.

use crate::model::Workspace;

/// One part of the workspace: saved on its own, and changed on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    Plan,
    StatusSheets,
    BudgetLines,
    PhaseInPlaces,
    Scenarios,
    Indicators,
    BudgetFollowUps,
    ArchivedPlans,
    Agreements,
    CommitteeCases,
}

impl Part {
    pub const ALL: [Part; 10] = [
        Part::Plan,
        Part::StatusSheets,
        Part::BudgetLines,
        Part::PhaseInPlaces,
        Part::Scenarios,
        Part::Indicators,
        Part::BudgetFollowUps,
        Part::ArchivedPlans,
        Part::Agreements,
        Part::CommitteeCases,
    ];

    /// The part's field name in a saved workspace document, and its storage key.
    pub fn key(self) -> &'static str {
        match self {
            Part::Plan => "plan",
            Part::StatusSheets => "status_sheets",
            Part::BudgetLines => "budget_lines",
            Part::PhaseInPlaces => "phase_in_places",
            Part::Scenarios => "scenarios",
            Part::Indicators => "indicators",
            Part::BudgetFollowUps => "budget_followups",
            Part::ArchivedPlans => "archived_plans",
            Part::Agreements => "agreements",
            Part::CommitteeCases => "committee_cases",
        }
    }

    pub fn from_key(key: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.key() == key)
    }
}

impl Workspace {
    /// Whether one part holds the same value in both (the same memory first, then contents).
    pub fn part_eq(&self, other: &Workspace, part: Part) -> bool {
        match part {
            Part::Plan => self.plan == other.plan,
            Part::StatusSheets => self.status_sheets == other.status_sheets,
            Part::BudgetLines => self.budget_lines == other.budget_lines,
            Part::PhaseInPlaces => self.phase_in_places == other.phase_in_places,
            Part::Scenarios => self.scenarios == other.scenarios,
            Part::Indicators => self.indicators == other.indicators,
            Part::BudgetFollowUps => self.budget_followups == other.budget_followups,
            Part::ArchivedPlans => self.archived_plans == other.archived_plans,
            Part::Agreements => self.agreements == other.agreements,
            Part::CommitteeCases => self.committee_cases == other.committee_cases,
        }
    }

    /// Whether one part is the very same value in memory in both (no comparison of contents).
    pub fn part_same(&self, other: &Workspace, part: Part) -> bool {
        match part {
            Part::Plan => self.plan.same(&other.plan),
            Part::StatusSheets => self.status_sheets.same(&other.status_sheets),
            Part::BudgetLines => self.budget_lines.same(&other.budget_lines),
            Part::PhaseInPlaces => self.phase_in_places.same(&other.phase_in_places),
            Part::Scenarios => self.scenarios.same(&other.scenarios),
            Part::Indicators => self.indicators.same(&other.indicators),
            Part::BudgetFollowUps => self.budget_followups.same(&other.budget_followups),
            Part::ArchivedPlans => self.archived_plans.same(&other.archived_plans),
            Part::Agreements => self.agreements.same(&other.agreements),
            Part::CommitteeCases => self.committee_cases.same(&other.committee_cases),
        }
    }

    /// Takes one part from another workspace (shared, not copied).
    pub fn take_part(&mut self, from: &Workspace, part: Part) {
        match part {
            Part::Plan => self.plan = from.plan.clone(),
            Part::StatusSheets => self.status_sheets = from.status_sheets.clone(),
            Part::BudgetLines => self.budget_lines = from.budget_lines.clone(),
            Part::PhaseInPlaces => self.phase_in_places = from.phase_in_places.clone(),
            Part::Scenarios => self.scenarios = from.scenarios.clone(),
            Part::Indicators => self.indicators = from.indicators.clone(),
            Part::BudgetFollowUps => self.budget_followups = from.budget_followups.clone(),
            Part::ArchivedPlans => self.archived_plans = from.archived_plans.clone(),
            Part::Agreements => self.agreements = from.agreements.clone(),
            Part::CommitteeCases => self.committee_cases = from.committee_cases.clone(),
        }
    }

    /// The parts whose value differs from `other`'s. Parts that are the same in memory are
    /// not compared, so the cost follows what changed.
    pub fn changed_parts(&self, other: &Workspace) -> Vec<Part> {
        Part::ALL
            .into_iter()
            .filter(|&p| !self.part_eq(other, p))
            .collect()
    }

    /// One part as JSON, as the storage keeps it.
    pub fn part_json(&self, part: Part) -> String {
        fn json<T: serde::Serialize>(value: &T) -> String {
            serde_json::to_string(value).expect("a workspace part always serialises")
        }
        match part {
            Part::Plan => json(&self.plan),
            Part::StatusSheets => json(&self.status_sheets),
            Part::BudgetLines => json(&self.budget_lines),
            Part::PhaseInPlaces => json(&self.phase_in_places),
            Part::Scenarios => json(&self.scenarios),
            Part::Indicators => json(&self.indicators),
            Part::BudgetFollowUps => json(&self.budget_followups),
            Part::ArchivedPlans => json(&self.archived_plans),
            Part::Agreements => json(&self.agreements),
            Part::CommitteeCases => json(&self.committee_cases),
        }
    }

    /// After an edit: parts whose value did not change go back to sharing `before`'s memory
    /// (an edit that only looked at a part through `&mut` copied it). Returns what changed.
    pub fn reshare_unchanged(&mut self, before: &Workspace) -> Vec<Part> {
        let mut changed = Vec::new();
        for part in Part::ALL {
            if self.part_same(before, part) {
                continue;
            }
            if self.part_eq(before, part) {
                self.take_part(before, part);
            } else {
                changed.push(part);
            }
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::default_workspace;

    #[test]
    fn every_part_has_its_own_key_and_round_trips_through_it() {
        let ws = default_workspace();
        let doc: serde_json::Value = serde_json::to_value(&ws).unwrap();
        for part in Part::ALL {
            assert_eq!(Part::from_key(part.key()), Some(part));
            let from_doc = &doc[part.key()];
            let alone: serde_json::Value = serde_json::from_str(&ws.part_json(part)).unwrap();
            assert_eq!(&alone, from_doc, "{part:?}");
        }
        // The parts and the schema version are the whole document.
        assert_eq!(doc.as_object().unwrap().len(), Part::ALL.len() + 1);
    }
}
