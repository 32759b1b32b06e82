use super::*;
use crate::scenarios::default_scenario_set;

fn lines(set: &ScenarioSet) -> Vec<String> {
    match check_set(set) {
        Ok(()) => Vec::new(),
        Err(r) => r.lines(DocKind::Set, Lang::Da),
    }
}

#[test]
fn the_default_set_and_workspace_pass() {
    assert_eq!(lines(&default_scenario_set()), Vec::<String>::new());
    assert_eq!(
        check_workspace(&crate::defaults::default_workspace()),
        Ok(())
    );
}

#[test]
fn a_horizon_of_every_year_is_refused_without_wrapping() {
    let mut set = default_scenario_set();
    set.assumptions.horizon.start = i32::MIN;
    set.assumptions.horizon.end = i32::MAX;
    assert_eq!(
        lines(&set),
        [
            "Scenariesættet › assumptions.horizon.start: året skal ligge mellem 1990 og 2100, men er -2147483648.",
            "Scenariesættet › assumptions.horizon.end: året skal ligge mellem 1990 og 2100, men er 2147483647.",
        ]
    );
}

#[test]
fn spans_and_delays_do_not_wrap() {
    use crate::scenarios::{Horizon, PhaseInPath};
    let all = Horizon {
        start: i32::MIN,
        end: i32::MAX,
    };
    assert_eq!(all.len() as u64, 1u64 << 32);
    assert!(!all.is_empty());
    let set = default_scenario_set();
    let layer = &set.assumptions.layers[0];
    let late = PhaseInPath::Delay { years: u32::MAX };
    assert_eq!(late.phased_cut(layer, 2024), 0.0);
    assert_eq!(late.phased_cut(layer, i32::MIN), 0.0);
}
