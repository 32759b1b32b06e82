//! Every change the simulator makes to a scenario's policy, as a named method of the set
//! addressed by scenario, layer and lever id. The page calls these and nothing else; each
//! returns whether it changed something (or why it could not).

use super::edit::PathPreset;
use super::model::{RampFrom, ScenarioSet};
use crate::input::FieldError;
use crate::model::Year;

impl ScenarioSet {
    /// Sets a cut layer's phase-in path to a preset (a ramp starts in the horizon's first
    /// year). False when the scenario or layer is unknown, or for [`PathPreset::Custom`].
    pub fn set_layer_preset(
        &mut self,
        scenario_id: &str,
        layer_id: &str,
        preset: PathPreset,
    ) -> bool {
        let start = self.assumptions.horizon.start;
        if !self.assumptions.layers.iter().any(|l| l.id == layer_id) {
            return false;
        }
        self.scenario_mut(scenario_id)
            .is_some_and(|s| s.policy.set_preset(layer_id, preset, start))
    }

    /// Sets what a layer's linear ramp starts from. False when the path is not a ramp.
    pub fn set_layer_ramp_from(
        &mut self,
        scenario_id: &str,
        layer_id: &str,
        from: RampFrom,
    ) -> bool {
        self.scenario_mut(scenario_id)
            .is_some_and(|s| s.policy.set_ramp_from(layer_id, from))
    }

    /// Sets the share (0..=1) of a layer's full cut implemented in one year of the horizon.
    pub fn set_layer_share(
        &mut self,
        scenario_id: &str,
        layer_id: &str,
        year: Year,
        share: f64,
    ) -> bool {
        let horizon = self.assumptions.horizon;
        if !horizon.contains(year) || !share.is_finite() {
            return false;
        }
        let Some(layer) = self
            .assumptions
            .layers
            .iter()
            .find(|l| l.id == layer_id)
            .cloned()
        else {
            return false;
        };
        match self.scenario_mut(scenario_id) {
            Some(s) => {
                s.policy.set_share(&layer, horizon, year, share);
                true
            }
            None => false,
        }
    }

    /// Switches a lever on or off in a scenario.
    pub fn set_lever_enabled(&mut self, scenario_id: &str, lever_id: &str, on: bool) -> bool {
        self.with_lever(scenario_id, lever_id, |c| c.enabled = on)
    }

    /// Sets the FTE a lever keeps (never below 0; not a finite number: nothing changes).
    pub fn set_lever_fte(&mut self, scenario_id: &str, lever_id: &str, fte: f64) -> bool {
        if !fte.is_finite() {
            return false;
        }
        self.with_lever(scenario_id, lever_id, |c| c.set_fte(fte))
    }

    /// Sets the first and last year a lever keeps staff. Refused when the last year lies
    /// before the first, or either lies outside the years the app computes with.
    pub fn set_lever_years(
        &mut self,
        scenario_id: &str,
        lever_id: &str,
        from: Year,
        to: Year,
    ) -> Result<bool, FieldError> {
        use crate::input::{FIRST_YEAR, LAST_YEAR};
        for y in [from, to] {
            if y < FIRST_YEAR {
                return Err(FieldError::TooSmall(FIRST_YEAR as f64));
            }
            if y > LAST_YEAR {
                return Err(FieldError::TooLarge(LAST_YEAR as f64));
            }
        }
        if to < from {
            return Err(FieldError::YearsReversed { from, to });
        }
        Ok(self.with_lever(scenario_id, lever_id, |c| {
            c.from = from;
            c.to = to;
        }))
    }

    fn with_lever(
        &mut self,
        scenario_id: &str,
        lever_id: &str,
        f: impl FnOnce(&mut super::model::LeverChoice),
    ) -> bool {
        let horizon = self.assumptions.horizon;
        let Some(def) = self
            .assumptions
            .levers
            .iter()
            .find(|l| l.id == lever_id)
            .cloned()
        else {
            return false;
        };
        match self.scenario_mut(scenario_id) {
            Some(s) => {
                f(s.policy.lever_mut(&def, horizon));
                true
            }
            None => false,
        }
    }
}
