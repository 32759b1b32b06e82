//! The employment plan (Beskæftigelsesplan), the budget-agreement status sheets and the
//! budget lines behind them. Every figure carries a [`Source`].

use serde::{Deserialize, Serialize};

use crate::shared::Shared;
use crate::source::Source;

mod shape;
mod sheet;

pub use crate::basic::{BudgetKind, PartialDate, Period, Tkr, Unit, Year};
pub use shape::Shape;

pub use sheet::{
    AmountKind, BudgetItem, ItemAmount, RealisedAmount, StatusChange, StatusColour, StatusSheet,
};

/// One employment plan, e.g. "Beskæftigelsesplan 2023-24".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub id: String,
    pub municipality: String,
    pub name: String,
    pub period: Period,
    /// The plan's own statement of purpose, paragraph by paragraph.
    #[serde(default)]
    pub purpose: Vec<String>,
    /// The focus areas ("fokusområder") the plan lists for the period.
    #[serde(default)]
    pub focus_areas: Vec<String>,
    /// The minister's national goals for the period.
    pub goals: Vec<MinisterialGoal>,
    /// The local themes, in the order the plan presents them.
    pub themes: Vec<Theme>,
    pub source: Source,
}

/// A national goal set by the Minister of Employment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MinisterialGoal {
    pub id: String,
    /// The number the plan gives it (1-5).
    pub number: u8,
    pub text: String,
    /// A goal that goes across all themes (the dignity goal) instead of being mapped to some.
    #[serde(default)]
    pub cross_cutting: bool,
    pub source: Source,
}

/// A local theme ("Attraktive forbindelser – til erhverv, uddannelse og jobvækst").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub id: String,
    pub name: String,
    /// The part after the dash in the plan's heading.
    pub tagline: String,
    /// The theme's description, paragraph by paragraph.
    #[serde(default)]
    pub description: Vec<String>,
    /// "DET VIL VI OPNÅ": the theme's ambition in one sentence.
    pub ambition: String,
    /// Ids of the ministerial goals the plan maps to this theme.
    #[serde(default)]
    pub goal_ids: Vec<String>,
    /// "DET MÅLER VI PÅ".
    pub targets: Vec<Target>,
    /// "Eksempler på særlige indsatsområder".
    pub initiatives: Vec<Initiative>,
    pub source: Source,
}

/// One bullet under "DET MÅLER VI PÅ": the plan's own words and the measurable parts in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub id: String,
    /// The plan's sentence, verbatim.
    pub text: String,
    pub measures: Vec<Measure>,
    pub source: Source,
}

/// A measurable target: an indicator, a shape, a value and a deadline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    pub id: String,
    /// What is measured, in words ("Helårspersoner på kontanthjælp (aktivitetsparate)").
    pub indicator: String,
    pub shape: Shape,
    pub value: f64,
    pub unit: Unit,
    pub deadline: Deadline,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
    /// Where a development target's development starts ("fra december 2015"); the deadline
    /// is where it ends. Only the development shapes ([`Shape::is_development`]) read it;
    /// without it they use the twelve months up to the deadline (see
    /// [`Measure::development_start`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<PartialDate>,
    pub source: Source,
}

impl Measure {
    /// The start of a development target's development: [`Measure::from`], or else the same
    /// month one year before the deadline (a deadline "2016" starts at "2015").
    pub fn development_start(&self) -> PartialDate {
        self.from.unwrap_or(PartialDate {
            year: self.deadline.date.year - 1,
            ..self.deadline.date
        })
    }
}

/// When a target is to be met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub date: PartialDate,
    /// False where the plan gives no date and the end of the plan period is used.
    pub stated: bool,
}

/// Where an indicator stood when the target was set ("I dag er antallet 430").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    pub value: f64,
    pub date: PartialDate,
    /// How the plan dates it, when it is not exact ("I dag", "2020 tal").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// An initiative under a theme ("Eksempler på særlige indsatsområder").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Initiative {
    pub id: String,
    pub text: String,
    /// Sub-bullets, where the plan lists examples under the initiative.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
    pub source: Source,
}

/// One budget line: an amount for a year, in 1.000 kr.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BudgetLine {
    pub id: String,
    pub label: String,
    /// The policy area ("02.01"), where the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_area: Option<String>,
    pub kind: BudgetKind,
    pub year: Year,
    pub tkr: Tkr,
    pub source: Source,
}

/// A place where the administration suggests a slower phase-in of the budget adjustment
/// (seed 004), with the staff it would initially need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhaseInPlace {
    pub id: String,
    /// The footnote number in the committee case ([1]-[4]).
    pub number: u8,
    pub title: String,
    /// The theme of the committee case it belongs to.
    pub case_theme: String,
    /// What a longer phase-in would make possible, in the case's words.
    pub text: String,
    /// Initial budget need in full-time equivalents (årsværk).
    pub fte: f64,
    pub source: Source,
}

/// Everything the app holds for one municipality. Each part is [`Shared`]: copies of a
/// workspace share the parts they did not change (see [`crate::workspace::Part`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub schema_version: u32,
    pub plan: Shared<Plan>,
    pub status_sheets: Shared<Vec<StatusSheet>>,
    pub budget_lines: Shared<Vec<BudgetLine>>,
    pub phase_in_places: Shared<Vec<PhaseInPlace>>,
    /// The budget scenarios: assumptions, scenarios and the baseline (schema version 2).
    pub scenarios: Shared<crate::scenarios::ScenarioSet>,
    /// Imported indicator figures and the targets' links to them (schema version 3).
    pub indicators: Shared<crate::indicators::IndicatorData>,
    /// The committee's budget follow-ups (budgetopfølgning), schema version 4.
    pub budget_followups: Shared<Vec<crate::followup::BudgetFollowUp>>,
    /// Earlier plan periods, kept readable when a new period starts (schema version 5).
    pub archived_plans: Shared<Vec<Plan>>,
    /// Development agreements (udviklingsaftaler), such as seed 002's of 2016 (schema version 6).
    pub agreements: Shared<Vec<crate::agreement::DevelopmentAgreement>>,
    /// The committee's cases with their decisions, such as seed 004's of 2024 (schema version 6).
    pub committee_cases: Shared<Vec<crate::committee::CommitteeCase>>,
}

impl Workspace {
    /// Every measure in the plan with the theme and target it belongs to.
    pub fn measures(&self) -> impl Iterator<Item = (&Theme, &Target, &Measure)> {
        self.plan.themes.iter().flat_map(|theme| {
            theme
                .targets
                .iter()
                .flat_map(move |t| t.measures.iter().map(move |m| (theme, t, m)))
        })
    }

    pub fn goal(&self, id: &str) -> Option<&MinisterialGoal> {
        self.plan.goals.iter().find(|g| g.id == id)
    }

    /// The themes a goal is mapped to (all of them for a cross-cutting goal).
    pub fn themes_for_goal<'a>(&'a self, goal: &'a MinisterialGoal) -> Vec<&'a Theme> {
        self.plan
            .themes
            .iter()
            .filter(|t| goal.cross_cutting || t.goal_ids.contains(&goal.id))
            .collect()
    }

    /// Finds a budget item by id on any sheet.
    pub fn item_mut(&mut self, id: &str) -> Option<&mut BudgetItem> {
        self.status_sheets
            .iter_mut()
            .flat_map(|s| s.items.iter_mut())
            .find(|i| i.id == id)
    }

    /// All committees named on the status sheets, sorted, without repeats.
    pub fn committees(&self) -> Vec<String> {
        let mut c: Vec<String> = self
            .status_sheets
            .iter()
            .flat_map(|s| s.items.iter().map(|i| i.committee.clone()))
            .collect();
        c.sort();
        c.dedup();
        c
    }

    /// Budget lines with this label, sorted by year.
    pub fn budget_series(&self, label: &str) -> Vec<&BudgetLine> {
        let mut lines: Vec<&BudgetLine> = self
            .budget_lines
            .iter()
            .filter(|l| l.label == label)
            .collect();
        lines.sort_by_key(|l| l.year);
        lines
    }

    /// The distinct labels of the budget lines, in first-seen order.
    pub fn budget_labels(&self) -> Vec<&str> {
        let mut labels: Vec<&str> = Vec::new();
        for l in &self.budget_lines {
            if !labels.contains(&l.label.as_str()) {
                labels.push(&l.label);
            }
        }
        labels
    }

    /// Total FTE of the seed's phase-in places.
    pub fn phase_in_fte(&self) -> f64 {
        self.phase_in_places.iter().map(|p| p.fte).sum()
    }
}
