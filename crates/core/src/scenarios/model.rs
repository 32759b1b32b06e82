//! The scenario model: assumptions (facts about the world a user may correct) kept apart
//! from policy (the choices a politician makes).

use serde::{Deserialize, Serialize};

use crate::model::Year;
use crate::source::Source;

/// A value with the source it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

impl<T> Sourced<T> {
    pub fn new(value: T, source: Source) -> Self {
        Self { value, source }
    }
}

/// The years a scenario is calculated for, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Horizon {
    pub start: Year,
    pub end: Year,
}

impl Horizon {
    pub fn years(&self) -> impl Iterator<Item = Year> {
        self.start..=self.end
    }

    pub fn contains(&self, year: Year) -> bool {
        (self.start..=self.end).contains(&year)
    }

    pub fn len(&self) -> usize {
        // In i64, so no horizon wraps (i32::MIN..=i32::MAX is 2³² years, not 0); the guard
        // refuses any horizon over 60 years before a calculation sees it.
        let years = (i64::from(self.end) - i64::from(self.start) + 1).max(0);
        usize::try_from(years).unwrap_or(usize::MAX)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A value per year; years after the last one given repeat its value, years before the first
/// one are zero.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct YearPath(pub Vec<(Year, f64)>);

impl YearPath {
    pub fn at(&self, year: Year) -> f64 {
        self.0
            .iter()
            .filter(|(y, _)| *y <= year)
            .max_by_key(|(y, _)| *y)
            .map(|(_, v)| *v)
            .unwrap_or(0.0)
    }

    pub fn first_year(&self) -> Option<Year> {
        self.0.iter().map(|(y, _)| *y).min()
    }
}

/// A cut to be phased in: the national amount per year and the municipality's share of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CutLayer {
    pub id: String,
    pub name: String,
    /// The national cut in mio. kr. per year.
    pub national_mio: YearPath,
    pub national_source: Source,
    /// The municipality's share of the national cut (0..=1).
    pub municipal_share: Sourced<f64>,
}

impl CutLayer {
    /// The municipality's full (unphased) cut in a year, in 1.000 kr.
    pub fn full_cut(&self, year: Year) -> f64 {
        self.national_mio.at(year) * 1000.0 * self.municipal_share.value
    }
}

/// A group of benefit recipients.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenefitGroup {
    pub id: String,
    pub name: String,
    /// Full-year persons (helårspersoner) without the scenario, each year of the horizon.
    pub persons: Sourced<f64>,
    /// Yearly benefit per full-year person, in 1.000 kr.
    pub unit_cost: Sourced<f64>,
    /// The state's reimbursement (refusion) as a share of the benefit (0..=1).
    pub refusion_share: Sourced<f64>,
    /// Refusion by duration instead of the flat share: the group's full-year persons over the
    /// steps of the refusion ladder (see [`super::DurationRefusion`]). Files without it load
    /// as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<super::refusion::DurationRefusion>,
}

/// A team of caseworkers, whose caseload the levers change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Team {
    pub id: String,
    pub name: String,
    /// Staff before the cut (the caseload index is 100 at this staffing).
    pub fte_before_cut: Sourced<f64>,
    /// Staff after the cut, without any lever.
    pub fte_now: Sourced<f64>,
}

/// What keeping staff in a place is expected to do to a benefit group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LeverEffect {
    pub group_id: String,
    /// Change in full-year persons per FTE per year at full effect (negative = fewer).
    pub persons_per_fte: Sourced<f64>,
    /// Years to reach full effect, linearly (1 = full effect in the first year).
    pub ramp_years: u32,
}

/// A place where staff can be kept (a policy lever), with its assumed effect.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LeverDef {
    pub id: String,
    pub name: String,
    /// The footnote number in seed 004 ([1]-[4]) for the four places of the committee case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_number: Option<u8>,
    pub default_fte: Sourced<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<LeverEffect>,
}

/// Facts about the world that a user may correct ("Forudsætninger").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assumptions {
    pub horizon: Horizon,
    /// Cost of one FTE (årsværk) per year, in 1.000 kr.
    pub cost_per_fte: Sourced<f64>,
    pub layers: Vec<CutLayer>,
    pub groups: Vec<BenefitGroup>,
    pub teams: Vec<Team>,
    pub levers: Vec<LeverDef>,
    /// Low and high values the user gave for assumptions (see `scenarios::uncertainty`); an
    /// assumption without one gets the documented default range, which is not stored.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ranges: Vec<super::uncertainty::AssumptionRange>,
}

impl Assumptions {
    pub fn layer(&self, id: &str) -> Option<&CutLayer> {
        self.layers.iter().find(|l| l.id == id)
    }
    pub fn group(&self, id: &str) -> Option<&BenefitGroup> {
        self.groups.iter().find(|g| g.id == id)
    }
    pub fn team(&self, id: &str) -> Option<&Team> {
        self.teams.iter().find(|t| t.id == id)
    }
    pub fn lever(&self, id: &str) -> Option<&LeverDef> {
        self.levers.iter().find(|l| l.id == id)
    }
}

/// How fast a cut is implemented.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PhaseInPath {
    /// The full cut every year (the official path).
    Official,
    /// The share of the full cut implemented per year (0..=1); years not listed: 1.
    Percentages { shares: Vec<(Year, f64)> },
    /// The cut's own path shifted `years` later.
    Delay { years: u32 },
    /// A linear ramp over `years` years from `start`, all of the cut from year n. What it
    /// ramps up from is `from`: the level in force the year before `start` (the step above
    /// it spread over the years), or nothing (1/n of the cut in `start`, 2/n the year after,
    /// …). Paths stored without it ramp up from nothing, as they always did.
    LinearRamp {
        start: Year,
        years: u32,
        #[serde(default, skip_serializing_if = "RampFrom::is_nothing")]
        from: RampFrom,
    },
}

/// What a linear phase-in starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RampFrom {
    /// The cut in force the year before the ramp starts (on the layer's own national
    /// schedule, also when that year lies before the horizon): only the step above it is
    /// phased in, so no cut already made is given back.
    LevelInForce,
    /// Nothing: the whole cut is phased in from zero, also the part already in force. The
    /// meaning of every ramp stored before the choice existed.
    #[default]
    Nothing,
}

/// The phase-in chosen for one cut layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayerPhaseIn {
    pub layer_id: String,
    pub path: PhaseInPath,
}

/// A lever as a scenario uses it: staff kept in a place for some years.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LeverChoice {
    pub lever_id: String,
    pub enabled: bool,
    pub fte: f64,
    /// First and last year the staff is kept, both inclusive.
    pub from: Year,
    pub to: Year,
}

impl LeverChoice {
    pub fn active(&self, year: Year) -> bool {
        self.enabled && (self.from..=self.to).contains(&year)
    }
}

/// The choices a politician makes ("Politiske valg").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Policy {
    /// Layers not listed follow the official path.
    pub phase_in: Vec<LayerPhaseIn>,
    pub levers: Vec<LeverChoice>,
}

impl Policy {
    pub fn path(&self, layer_id: &str) -> &PhaseInPath {
        self.phase_in
            .iter()
            .find(|p| p.layer_id == layer_id)
            .map(|p| &p.path)
            .unwrap_or(&PhaseInPath::Official)
    }
}

/// A named scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// The description in English, where there is one (the default scenarios). Files
    /// without it load as before.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description_en: String,
    pub policy: Policy,
}

impl Scenario {
    /// The description in a language: the English one where there is one, else the Danish.
    pub fn description_in(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::En if !self.description_en.is_empty() => &self.description_en,
            _ => &self.description,
        }
    }
}

/// A plan target that a scenario moves: a measure of the plan and the benefit group that
/// moves it, and how (see [`super::target_specs`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetLink {
    /// The plan measure's id ("m-kth-aktiv-889").
    pub measure_id: String,
    pub group_id: String,
    /// Links stored without a kind are on the group's full-year persons, and the default
    /// kind is not written, so files stay as before.
    #[serde(default, skip_serializing_if = "super::LinkKind::is_persons")]
    pub kind: super::LinkKind,
}

/// The assumptions, the scenarios and which of them is the baseline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioSet {
    pub assumptions: Assumptions,
    pub scenarios: Vec<Scenario>,
    pub baseline_id: String,
    #[serde(default)]
    pub target_links: Vec<TargetLink>,
    /// Benefit groups whose full-year persons come from an imported indicator (see
    /// `scenarios::baseline`). Files without it load as before and give the same numbers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub baseline_links: Vec<super::baseline::BaselineLink>,
}

impl ScenarioSet {
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    pub fn baseline(&self) -> Option<&Scenario> {
        self.scenario(&self.baseline_id)
    }
}
