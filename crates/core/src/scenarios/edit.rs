//! Editing scenarios as the scenario editor does: the presets for a cut's phase-in path, the
//! year-by-year shares, the levers a scenario uses, and copying, renaming and deleting
//! scenarios. Assumptions are edited here too where it takes more than setting a field.

use super::model::{
    Assumptions, CutLayer, Horizon, LayerPhaseIn, LeverChoice, LeverDef, LeverEffect, PhaseInPath,
    Policy, RampFrom, Scenario, ScenarioSet, Sourced,
};
use crate::ids;
use crate::model::Year;
use crate::source::Source;
use crate::Lang;

/// A phase-in path the editor offers ready-made for a cut layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathPreset {
    /// The official path: the full cut from the start.
    Official,
    /// 1/n of the cut in the horizon's first year, 2/n the next, …
    Linear { years: u32 },
    /// The cut's own path, some years later.
    Delayed { years: u32 },
    /// Shares set year by year (not a preset: what any other path is shown as).
    Custom,
}

impl PathPreset {
    /// The presets in the order the editor offers them.
    pub const OFFERED: [PathPreset; 7] = [
        PathPreset::Official,
        PathPreset::Linear { years: 2 },
        PathPreset::Linear { years: 3 },
        PathPreset::Linear { years: 4 },
        PathPreset::Delayed { years: 1 },
        PathPreset::Delayed { years: 2 },
        PathPreset::Custom,
    ];

    /// The preset a path is shown as (a ramp of any start counts as linear).
    pub fn of(path: &PhaseInPath) -> Self {
        match path {
            PhaseInPath::Official => PathPreset::Official,
            PhaseInPath::LinearRamp { years, .. } => PathPreset::Linear { years: *years },
            PhaseInPath::Delay { years } => PathPreset::Delayed { years: *years },
            PhaseInPath::Percentages { .. } => PathPreset::Custom,
        }
    }

    /// The code for the select: `official`, `ramp-N`, `delay-N` or `custom`.
    pub fn code(self) -> String {
        match self {
            PathPreset::Official => "official".into(),
            PathPreset::Linear { years } => format!("ramp-{years}"),
            PathPreset::Delayed { years } => format!("delay-{years}"),
            PathPreset::Custom => "custom".into(),
        }
    }

    /// The preset with this code, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        match code.split_once('-') {
            None => match code {
                "official" => Some(PathPreset::Official),
                "custom" => Some(PathPreset::Custom),
                _ => None,
            },
            Some(("ramp", n)) => n.parse().ok().map(|years| PathPreset::Linear { years }),
            Some(("delay", n)) => n.parse().ok().map(|years| PathPreset::Delayed { years }),
            Some(_) => None,
        }
    }

    /// The path the preset stands for, a linear ramp starting in `start` (the horizon's
    /// first year) from the level in force the year before; `None` for
    /// [`PathPreset::Custom`], which is edited year by year instead.
    pub fn path(self, start: Year) -> Option<PhaseInPath> {
        self.path_from(start, RampFrom::LevelInForce)
    }

    /// As [`PathPreset::path`], a linear ramp starting from `from`.
    pub fn path_from(self, start: Year, from: RampFrom) -> Option<PhaseInPath> {
        match self {
            PathPreset::Official => Some(PhaseInPath::Official),
            PathPreset::Linear { years } => Some(PhaseInPath::LinearRamp { start, years, from }),
            PathPreset::Delayed { years } => Some(PhaseInPath::Delay { years }),
            PathPreset::Custom => None,
        }
    }

    /// The preset's name in the select.
    pub fn label(self, lang: Lang) -> String {
        let years_en = |n: u32| if n == 1 { "year" } else { "years" };
        match (self, lang) {
            (PathPreset::Official, Lang::Da) => "Officiel (fuldt fra start)".into(),
            (PathPreset::Official, Lang::En) => "Official (in full from the start)".into(),
            (PathPreset::Linear { years }, Lang::Da) => format!("Lineært over {years} år"),
            (PathPreset::Linear { years }, Lang::En) => {
                format!("Linear over {years} {}", years_en(years))
            }
            (PathPreset::Delayed { years }, Lang::Da) => format!("Udskudt {years} år"),
            (PathPreset::Delayed { years }, Lang::En) => {
                format!("Delayed {years} {}", years_en(years))
            }
            (PathPreset::Custom, Lang::Da) => "Tilpasset år for år".into(),
            (PathPreset::Custom, Lang::En) => "Custom, year by year".into(),
        }
    }
}

impl Policy {
    /// Sets a layer's path (last in the list). The official path is what a layer without an
    /// entry follows, so it is not stored.
    pub fn set_path(&mut self, layer_id: &str, path: PhaseInPath) {
        self.phase_in.retain(|p| p.layer_id != layer_id);
        if path != PhaseInPath::Official {
            self.phase_in.push(LayerPhaseIn {
                layer_id: layer_id.to_owned(),
                path,
            });
        }
    }

    /// Sets a layer's path to a preset, a linear ramp starting in `start` (the horizon's
    /// first year). A ramp keeps what the layer's current ramp starts from; a new ramp
    /// starts from the level in force. Returns false (and changes nothing) for
    /// [`PathPreset::Custom`].
    pub fn set_preset(&mut self, layer_id: &str, preset: PathPreset, start: Year) -> bool {
        let from = self
            .path(layer_id)
            .ramp_from()
            .unwrap_or(RampFrom::LevelInForce);
        match preset.path_from(start, from) {
            Some(path) => {
                self.set_path(layer_id, path);
                true
            }
            None => false,
        }
    }

    /// Sets what a layer's linear ramp starts from: the level in force the year before it
    /// starts, or nothing. Returns false (and changes nothing) when the layer's path is not
    /// a linear ramp.
    pub fn set_ramp_from(&mut self, layer_id: &str, from: RampFrom) -> bool {
        let Some(entry) = self.phase_in.iter_mut().find(|p| p.layer_id == layer_id) else {
            return false;
        };
        match &mut entry.path {
            PhaseInPath::LinearRamp { from: f, .. } => {
                *f = from;
                true
            }
            _ => false,
        }
    }

    /// Sets the share of a layer's full cut implemented in one year (clamped to 0..=1). The
    /// layer's path becomes year-by-year shares over the horizon, the other years as they were.
    pub fn set_share(&mut self, layer: &CutLayer, horizon: Horizon, year: Year, share: f64) {
        let share = share.clamp(0.0, 1.0);
        let PhaseInPath::Percentages { mut shares } =
            self.path(&layer.id).to_percentages(layer, horizon)
        else {
            return;
        };
        for (y, s) in shares.iter_mut() {
            if *y == year {
                *s = share;
            }
        }
        self.set_path(&layer.id, PhaseInPath::Percentages { shares });
    }

    /// The choice for a lever as the editor shows it: the scenario's own, or the default.
    pub fn lever_shown(&self, def: &LeverDef, horizon: Horizon) -> LeverChoice {
        self.levers
            .iter()
            .find(|c| c.lever_id == def.id)
            .cloned()
            .unwrap_or_else(|| LeverChoice::default_for(def, horizon))
    }

    /// The scenario's choice for a lever, added as the default (switched off) if it has none.
    pub fn lever_mut(&mut self, def: &LeverDef, horizon: Horizon) -> &mut LeverChoice {
        let i = match self.levers.iter().position(|c| c.lever_id == def.id) {
            Some(i) => i,
            None => {
                self.levers.push(LeverChoice::default_for(def, horizon));
                self.levers.len() - 1
            }
        };
        &mut self.levers[i]
    }
}

impl LeverChoice {
    /// A lever not yet used: switched off, with its default staff, for the horizon's first
    /// three years.
    pub fn default_for(def: &LeverDef, horizon: Horizon) -> Self {
        LeverChoice {
            lever_id: def.id.clone(),
            enabled: false,
            fte: def.default_fte.value,
            from: horizon.start,
            to: horizon.start + 2,
        }
    }

    /// Sets the staff kept; a negative number counts as none.
    pub fn set_fte(&mut self, fte: f64) {
        self.fte = fte.max(0.0);
    }
}

impl ScenarioSet {
    pub fn scenario_mut(&mut self, id: &str) -> Option<&mut Scenario> {
        self.scenarios.iter_mut().find(|s| s.id == id)
    }

    /// Copies a scenario (its description and policy) as `<id>-kopi-N`, named "<name> (kopi)"
    /// ("(copy)" in English), last in the list. Returns the copy's id.
    pub fn duplicate(&mut self, id: &str, lang: Lang) -> Option<String> {
        let mut copy = self.scenario(id)?.clone();
        copy.id = ids::unique_id(&format!("{id}-kopi"), |c| self.scenario(c).is_some());
        copy.name = format!("{} ({})", copy.name, lang.pick("kopi", "copy"));
        let new_id = copy.id.clone();
        self.scenarios.push(copy);
        Some(new_id)
    }

    /// Keeps a scenario shared from elsewhere (a link or a file) as `<id>-delt`, then
    /// `<id>-delt-2`, …, named "<name> (delt)" ("(shared)" in English), last in the list.
    /// Returns the copy's id.
    pub fn keep_copy(&mut self, scenario: &Scenario, lang: Lang) -> String {
        let mut copy = scenario.clone();
        copy.id = ids::unique_id_or_base(&format!("{}-delt", scenario.id), |c| {
            self.scenario(c).is_some()
        });
        copy.name = format!("{} ({})", scenario.name, lang.pick("delt", "shared"));
        let new_id = copy.id.clone();
        self.scenarios.push(copy);
        new_id
    }

    /// Renames a scenario. The name is trimmed; an empty name changes nothing. Returns whether
    /// the scenario was renamed.
    pub fn rename(&mut self, id: &str, name: &str) -> bool {
        let name = name.trim();
        match self.scenario_mut(id) {
            Some(s) if !name.is_empty() => {
                s.name = name.to_owned();
                true
            }
            _ => false,
        }
    }

    /// Deletes a scenario and returns it. The baseline is never deleted.
    pub fn remove_scenario(&mut self, id: &str) -> Option<Scenario> {
        if id == self.baseline_id {
            return None;
        }
        let i = self.scenarios.iter().position(|s| s.id == id)?;
        Some(self.scenarios.remove(i))
    }

    /// Makes a scenario the baseline the others are compared with. Returns false (and
    /// changes nothing) when there is no such scenario.
    pub fn set_baseline(&mut self, id: &str) -> bool {
        let exists = self.scenario(id).is_some();
        if exists {
            self.baseline_id = id.to_owned();
        }
        exists
    }

    /// Removes a lever from the assumptions and from every scenario's choices.
    pub fn remove_lever(&mut self, lever_id: &str) {
        self.assumptions.levers.retain(|l| l.id != lever_id);
        for s in &mut self.scenarios {
            s.policy.levers.retain(|c| c.lever_id != lever_id);
        }
    }
}

impl Assumptions {
    /// Adds a user's own lever (`eget-N`): the name (trimmed), 1 FTE, and an effect of 0 on
    /// the first benefit group, for the user to estimate. `today` is the ISO date
    /// (yyyy-mm-dd) its source gives. Returns the lever's id; `None` (and nothing added) for
    /// an empty name.
    pub fn add_own_lever(&mut self, name: &str, today: &str) -> Option<String> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let id = ids::unique_id("eget", |id| self.lever(id).is_some());
        let group_id = self
            .groups
            .first()
            .map(|g| g.id.clone())
            .unwrap_or_default();
        self.levers.push(LeverDef {
            id: id.clone(),
            name: name.to_owned(),
            place_number: None,
            default_fte: Sourced::new(
                1.0,
                Source::assumption(&format!("eget greb tilføjet i appen {today}")),
            ),
            team_id: None,
            effect: Some(LeverEffect {
                group_id,
                persons_per_fte: Sourced::new(
                    0.0,
                    Source::assumption(
                        "effekt ikke angivet endnu – sæt et skøn under Forudsætninger",
                    ),
                ),
                ramp_years: 1,
            }),
        });
        Some(id)
    }
}

impl<T> Sourced<T> {
    /// Sets the value together with where it now comes from.
    pub fn set(&mut self, value: T, source: Source) {
        self.value = value;
        self.source = source;
    }
}

impl LeverEffect {
    /// The longest ramp the editor takes, in years.
    pub const MAX_RAMP_YEARS: u32 = 10;

    /// Sets the years to full effect, at least 1 and at most [`Self::MAX_RAMP_YEARS`].
    pub fn set_ramp_years(&mut self, years: u32) {
        self.ramp_years = years.clamp(1, Self::MAX_RAMP_YEARS);
    }
}
