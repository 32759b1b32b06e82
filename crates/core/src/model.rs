//! The employment plan (Beskæftigelsesplan), the budget-agreement status sheets and the
//! budget lines behind them. Every figure carries a [`Source`].

use serde::{Deserialize, Serialize};

use crate::shared::Shared;
use crate::source::Source;

/// A calendar year, e.g. 2023.
pub type Year = i32;

/// Amounts in the municipality's own unit: thousands of kroner (1.000 kr.).
pub type Tkr = i64;

/// A date as the documents give it: a year, optionally a month, optionally a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: Year,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
}

impl PartialDate {
    pub const fn year(year: Year) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    pub const fn month(year: Year, month: u8) -> Self {
        Self {
            year,
            month: Some(month),
            day: None,
        }
    }

    pub const fn day(year: Year, month: u8, day: u8) -> Self {
        Self {
            year,
            month: Some(month),
            day: Some(day),
        }
    }
}

/// The years a plan covers, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: Year,
    pub end: Year,
}

impl Period {
    pub fn contains(&self, year: Year) -> bool {
        (self.start..=self.end).contains(&year)
    }
}

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
    pub source: Source,
}

/// How a target's value is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    /// The indicator must be at most the value ("max 889 helårspersoner").
    Cap,
    /// The indicator must be at least the value ("mindst 300 partnerskabsvirksomheder").
    Floor,
    /// A share in percent that must be at least the value ("mindst 15% i lønnede timer").
    ShareAtLeast,
    /// A share in percent that must be at most the value ("frafaldet sænket til 25 %").
    ShareAtMost,
    /// At most `value` percentage points above the national average (0 = at or below it).
    GapAboveNationalAtMost,
    /// At most `value` percentage points below the national average (0 = at or above it).
    GapBelowNationalAtMost,
    /// From the baseline up to the value.
    IncreaseFromBaseline,
    /// From the baseline down to the value.
    DecreaseFromBaseline,
}

impl Shape {
    pub const ALL: [Shape; 8] = [
        Shape::Cap,
        Shape::Floor,
        Shape::ShareAtLeast,
        Shape::ShareAtMost,
        Shape::GapAboveNationalAtMost,
        Shape::GapBelowNationalAtMost,
        Shape::IncreaseFromBaseline,
        Shape::DecreaseFromBaseline,
    ];

    /// Whether a higher actual value is better for this shape.
    pub fn higher_is_better(self) -> bool {
        matches!(
            self,
            Shape::Floor
                | Shape::ShareAtLeast
                | Shape::GapBelowNationalAtMost
                | Shape::IncreaseFromBaseline
        )
    }

    /// Whether the target is read against the national average.
    pub fn is_relative_to_national(self) -> bool {
        matches!(
            self,
            Shape::GapAboveNationalAtMost | Shape::GapBelowNationalAtMost
        )
    }

    /// Whether the target needs a baseline to be meaningful.
    pub fn needs_baseline(self) -> bool {
        matches!(
            self,
            Shape::IncreaseFromBaseline | Shape::DecreaseFromBaseline
        )
    }
}

/// The unit of a target's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Full-year persons (helårspersoner / fuldtidspersoner).
    FullYearPersons,
    /// Persons counted at a point in time.
    Persons,
    /// Firms.
    Firms,
    /// Percent of a group.
    Percent,
    /// Percentage points.
    PercentagePoints,
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

/// The fixed set of status colours used on the committee's status sheet (seed 000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusColour {
    /// "Ikke igangsat" – not started.
    NotStarted,
    /// "Afsluttet" – completed.
    Completed,
    /// "Videreføres i 2022" – carried over.
    CarriedOver,
    /// "Mindre afvigelser" – minor deviations.
    MinorDeviations,
    /// "Alt OK" – on track.
    AllOk,
}

impl StatusColour {
    pub const ALL: [StatusColour; 5] = [
        StatusColour::NotStarted,
        StatusColour::CarriedOver,
        StatusColour::MinorDeviations,
        StatusColour::AllOk,
        StatusColour::Completed,
    ];

    /// The label exactly as the status sheet writes it.
    pub fn sheet_label(self) -> &'static str {
        match self {
            StatusColour::NotStarted => "Ikke igangsat",
            StatusColour::Completed => "Afsluttet",
            StatusColour::CarriedOver => "Videreføres i 2022",
            StatusColour::MinorDeviations => "Mindre afvigelser",
            StatusColour::AllOk => "Alt OK",
        }
    }
}

/// A status sheet (styringsark) for the budget agreement's items under one committee.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusSheet {
    pub id: String,
    pub title: String,
    /// The budget agreement the items come from, where the source names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<String>,
    /// The date the sheet gives for its status, where it gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    pub items: Vec<BudgetItem>,
    pub source: Source,
}

/// One item of a budget agreement as followed on the status sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BudgetItem {
    pub id: String,
    /// The item's number in the agreement ("11.", "2.d.1", "III.D").
    pub number: String,
    pub headline: String,
    /// The agreement's own text for the item.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub agreement_text: String,
    /// "Status og forventet tidsplan".
    pub status: String,
    /// "Resultat og effekt på kort og lang sigt".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub expected_result: String,
    /// The committee ("SBU").
    pub committee: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub responsible: String,
    /// `None` where the sheet leaves the colour blank.
    pub colour: Option<StatusColour>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amounts: Vec<ItemAmount>,
    pub source: Source,
    /// Dated changes of the status text and colour made in the app, oldest first (schema
    /// version 4; absent in older data, which recorded none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<StatusChange>,
}

/// One dated change of an item's status text and colour ("what changed since the last
/// meeting"). Changes made on the same day are one entry: the state before the first and
/// after the last.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusChange {
    /// ISO date (yyyy-mm-dd) of the change.
    pub date: String,
    pub status_before: String,
    pub status_after: String,
    pub colour_before: Option<StatusColour>,
    pub colour_after: Option<StatusColour>,
}

impl BudgetItem {
    /// Sets the status text and colour on a date, and records what changed. Nothing is
    /// recorded when nothing changes.
    pub fn set_status(&mut self, date: &str, status: &str, colour: Option<StatusColour>) {
        if self.status == status && self.colour == colour {
            return;
        }
        match self.history.last_mut() {
            Some(last) if last.date == date => {
                last.status_after = status.to_owned();
                last.colour_after = colour;
            }
            _ => self.history.push(StatusChange {
                date: date.to_owned(),
                status_before: self.status.clone(),
                status_after: status.to_owned(),
                colour_before: self.colour,
                colour_after: colour,
            }),
        }
        // A same-day change that went back to where the day began is no change at all.
        if let Some(last) = self.history.last() {
            if last.status_before == last.status_after && last.colour_before == last.colour_after {
                self.history.pop();
            }
        }
        self.status = status.to_owned();
        self.colour = colour;
    }

    /// Sets the status text (trimmed) on a date and keeps the colour; see [`Self::set_status`].
    pub fn set_status_text(&mut self, date: &str, status: &str) {
        let colour = self.colour;
        self.set_status(date, status.trim(), colour);
    }

    /// Sets the colour on a date and keeps the status text; see [`Self::set_status`].
    pub fn set_colour(&mut self, date: &str, colour: Option<StatusColour>) {
        let status = self.status.clone();
        self.set_status(date, &status, colour);
    }

    /// What changed since a date (inclusive): the status text and colour as they were before
    /// the first change on or after it, or `None` when nothing changed since.
    pub fn changed_since(&self, date: &str) -> Option<(&str, Option<StatusColour>)> {
        self.history
            .iter()
            .find(|c| c.date.as_str() >= date)
            .map(|c| (c.status_before.as_str(), c.colour_before))
    }
}

/// What an amount on a budget-agreement item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmountKind {
    Saving,
    Investment,
    Addition,
    Buffer,
    NetCost,
}

/// An amount given on a budget-agreement item, in 1.000 kr.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemAmount {
    pub kind: AmountKind,
    pub label: String,
    pub tkr: Tkr,
    /// The year it applies to; `None` where the item gives no year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<Year>,
    /// True for "pr. år" amounts.
    #[serde(default)]
    pub per_year: bool,
    pub source: Source,
}

/// Which part of the budget a line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetKind {
    /// Serviceudgift (konto 6: administration and staff).
    Service,
    /// Overførselsudgift (konto 5: benefits), excluding insured unemployed.
    Transfer,
    /// Forsikrede ledige.
    InsuredUnemployed,
}

impl BudgetKind {
    pub const ALL: [BudgetKind; 3] = [
        BudgetKind::Service,
        BudgetKind::Transfer,
        BudgetKind::InsuredUnemployed,
    ];
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
