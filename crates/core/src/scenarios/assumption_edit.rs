//! Every change the assumptions editor makes, as a named method of the set addressed by the
//! id of the layer, benefit group or lever it changes (never by its place in a list, which
//! another tab or an undo may have changed). Each returns whether it changed something.

use super::model::{LeverEffect, ScenarioSet, Sourced};
use crate::source::Source;

/// One figure of the assumptions the editor shows with its source, by id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AssumptionField {
    /// What one FTE costs (1.000 kr.).
    CostPerFte,
    /// The municipality's share of a cut layer (0..=1).
    LayerShare(String),
    /// A benefit group's full-year persons without the scenario.
    GroupPersons(String),
    /// A benefit group's benefit per full-year person (1.000 kr.).
    GroupUnitCost(String),
    /// A benefit group's flat state refusion (0..=1).
    GroupRefusion(String),
    /// The share (0..=1) of a group's persons in one step of the refusion ladder (0-3).
    DurationShare(String, usize),
    /// A lever's full-year persons off the benefit per FTE kept.
    LeverEffect(String),
}

/// A sourced figure as the editor reads it.
fn sourced(s: &Sourced<f64>) -> (f64, &Source) {
    (s.value, &s.source)
}

impl ScenarioSet {
    /// The value of a figure and where it comes from; `None` when its id is unknown (or the
    /// group has no refusion by duration, or the lever no effect).
    pub fn assumption(&self, field: &AssumptionField) -> Option<(f64, &Source)> {
        let a = &self.assumptions;
        let group = |id: &str| a.groups.iter().find(|g| g.id == id);
        match field {
            AssumptionField::CostPerFte => Some(sourced(&a.cost_per_fte)),
            AssumptionField::LayerShare(id) => a
                .layers
                .iter()
                .find(|l| l.id == *id)
                .map(|l| sourced(&l.municipal_share)),
            AssumptionField::GroupPersons(id) => group(id).map(|g| sourced(&g.persons)),
            AssumptionField::GroupUnitCost(id) => group(id).map(|g| sourced(&g.unit_cost)),
            AssumptionField::GroupRefusion(id) => group(id).map(|g| sourced(&g.refusion_share)),
            AssumptionField::DurationShare(id, step) => {
                let d = group(id)?.duration.as_ref()?;
                Some((*d.shares.get(*step)?, &d.source))
            }
            AssumptionField::LeverEffect(id) => a
                .levers
                .iter()
                .find(|l| l.id == *id)?
                .effect
                .as_ref()
                .map(|e| sourced(&e.persons_per_fte)),
        }
    }

    /// Sets a figure together with where it now comes from. False when its id is unknown or
    /// the value is not a finite number (the editor's parser refuses those first).
    pub fn set_assumption(&mut self, field: &AssumptionField, value: f64, source: Source) -> bool {
        if !value.is_finite() {
            return false;
        }
        let a = &mut self.assumptions;
        let target = match field {
            AssumptionField::CostPerFte => Some(&mut a.cost_per_fte),
            AssumptionField::LayerShare(id) => a
                .layers
                .iter_mut()
                .find(|l| l.id == *id)
                .map(|l| &mut l.municipal_share),
            AssumptionField::GroupPersons(id)
            | AssumptionField::GroupUnitCost(id)
            | AssumptionField::GroupRefusion(id) => {
                a.groups
                    .iter_mut()
                    .find(|g| g.id == *id)
                    .map(|g| match field {
                        AssumptionField::GroupPersons(_) => &mut g.persons,
                        AssumptionField::GroupUnitCost(_) => &mut g.unit_cost,
                        _ => &mut g.refusion_share,
                    })
            }
            AssumptionField::DurationShare(id, step) => {
                let Some(g) = a.groups.iter_mut().find(|g| g.id == *id) else {
                    return false;
                };
                let known = *step < 4 && g.duration.is_some();
                if known {
                    g.set_duration_share(*step, value, source);
                }
                return known;
            }
            AssumptionField::LeverEffect(id) => a
                .levers
                .iter_mut()
                .find(|l| l.id == *id)
                .and_then(|l| l.effect.as_mut())
                .map(|e| &mut e.persons_per_fte),
        };
        match target {
            Some(s) => {
                s.set(value, source);
                true
            }
            None => false,
        }
    }

    /// Sets the benefit group a lever's effect acts on. False when the lever has no effect
    /// or the group is unknown.
    pub fn set_lever_group(&mut self, lever_id: &str, group_id: &str) -> bool {
        if !self.assumptions.groups.iter().any(|g| g.id == group_id) {
            return false;
        }
        self.lever_effect_mut(lever_id)
            .map(|e| e.group_id = group_id.to_owned())
            .is_some()
    }

    /// Sets a lever's years to full effect (kept within 1 and
    /// [`LeverEffect::MAX_RAMP_YEARS`]). False when the lever has no effect.
    pub fn set_lever_ramp_years(&mut self, lever_id: &str, years: u32) -> bool {
        self.lever_effect_mut(lever_id)
            .map(|e| e.set_ramp_years(years))
            .is_some()
    }

    /// Turns a group's refusion by duration (the refusion ladder) on or off; on, it starts
    /// from a distribution matching the group's flat share, sourced as made on `date`.
    pub fn set_duration_refusion(&mut self, group_id: &str, on: bool, date: &str) -> bool {
        self.assumptions
            .groups
            .iter_mut()
            .find(|g| g.id == group_id)
            .map(|g| g.set_duration_refusion(on, date))
            .is_some()
    }

    fn lever_effect_mut(&mut self, lever_id: &str) -> Option<&mut LeverEffect> {
        self.assumptions
            .levers
            .iter_mut()
            .find(|l| l.id == lever_id)?
            .effect
            .as_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenarios::default_scenario_set;

    #[test]
    fn each_figure_is_set_by_id_and_read_back() {
        let mut set = default_scenario_set();
        let group = set.assumptions.groups[1].id.clone();
        let layer = set.assumptions.layers[0].id.clone();
        let lever = set
            .assumptions
            .levers
            .iter()
            .find(|l| l.effect.is_some())
            .unwrap()
            .id
            .clone();
        let fields = [
            AssumptionField::CostPerFte,
            AssumptionField::LayerShare(layer),
            AssumptionField::GroupPersons(group.clone()),
            AssumptionField::GroupUnitCost(group.clone()),
            AssumptionField::GroupRefusion(group.clone()),
            AssumptionField::LeverEffect(lever),
        ];
        for (k, field) in fields.iter().enumerate() {
            let before = set.clone();
            let value = 0.125 + k as f64;
            assert!(set.set_assumption(field, value, Source::assumption("test")));
            let (v, s) = set.assumption(field).unwrap();
            assert_eq!(
                (v, s.clone()),
                (value, Source::assumption("test")),
                "{field:?}"
            );
            assert_ne!(set, before, "{field:?}");
        }
        // The others of the group are untouched by one group's edit.
        let other = &set.assumptions.groups[0];
        assert_eq!(other, &default_scenario_set().assumptions.groups[0]);
    }

    #[test]
    fn an_unknown_id_or_a_value_not_a_number_changes_nothing() {
        let mut set = default_scenario_set();
        let before = set.clone();
        for field in [
            AssumptionField::LayerShare("nope".into()),
            AssumptionField::GroupPersons("nope".into()),
            AssumptionField::LeverEffect("nope".into()),
            AssumptionField::DurationShare(before.assumptions.groups[0].id.clone(), 9),
        ] {
            assert!(
                !set.set_assumption(&field, 1.0, Source::assumption("x")),
                "{field:?}"
            );
            assert!(set.assumption(&field).is_none(), "{field:?}");
        }
        assert!(!set.set_assumption(
            &AssumptionField::CostPerFte,
            f64::NAN,
            Source::assumption("x")
        ));
        assert!(!set.set_lever_group("nope", &before.assumptions.groups[0].id));
        assert!(!set.set_lever_ramp_years("nope", 3));
        assert!(!set.set_duration_refusion("nope", true, "2026-12-07"));
        assert_eq!(set, before);
    }

    #[test]
    fn a_duration_share_is_set_once_the_ladder_is_on() {
        let mut set = default_scenario_set();
        let id = set.assumptions.groups[0].id.clone();
        let step = AssumptionField::DurationShare(id.clone(), 3);
        assert!(set.assumption(&step).is_none());
        assert!(set.set_duration_refusion(&id, true, "2026-12-07"));
        assert!(set.set_assumption(&step, 0.5, Source::assumption("skøn")));
        assert_eq!(set.assumption(&step).unwrap().0, 0.5);
        assert!(set.set_duration_refusion(&id, false, "2026-12-07"));
        assert!(set.assumption(&step).is_none());
    }

    #[test]
    fn a_lever_acts_on_a_known_group_within_its_ramp_limits() {
        let mut set = default_scenario_set();
        let lever = set
            .assumptions
            .levers
            .iter()
            .find(|l| l.effect.is_some())
            .unwrap()
            .id
            .clone();
        let group = set.assumptions.groups.last().unwrap().id.clone();
        assert!(set.set_lever_group(&lever, &group));
        assert!(!set.set_lever_group(&lever, "nope"));
        assert!(set.set_lever_ramp_years(&lever, 99));
        let effect = set
            .assumptions
            .levers
            .iter()
            .find(|l| l.id == lever)
            .unwrap()
            .effect
            .clone()
            .unwrap();
        assert_eq!(
            (effect.group_id, effect.ramp_years),
            (group, LeverEffect::MAX_RAMP_YEARS)
        );
    }
}
