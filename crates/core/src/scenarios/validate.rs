//! Checks of assumptions and a scenario, with messages in Danish that say what and where.

use super::model::{Assumptions, PhaseInPath, Scenario};
use super::uncertainty::RangeTarget;
use crate::format::number_trim;
use crate::Lang;

fn n(v: f64) -> String {
    if v.is_finite() && v.abs() < 1e15 {
        number_trim(v, 3, Lang::Da)
    } else {
        crate::guard::show(v, Lang::Da)
    }
}

/// A share in per cent ("300 %"), or as it was given when it is too large for per cent to
/// be read ("1e308").
fn pct(v: f64) -> String {
    let p = v * 100.0;
    if p.is_finite() && p.abs() < 1e15 {
        format!("{} %", n(p))
    } else {
        n(v)
    }
}

/// A problem found in the assumptions or a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Issue {
    /// Where: "Forudsætninger › …" or the scenario's name › ….
    pub place: String,
    pub message: String,
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

fn share_ok(v: f64) -> bool {
    (0.0..=1.0).contains(&v)
}

/// All problems of the assumptions and the scenario; empty when both are usable.
pub fn validate(a: &Assumptions, scenario: &Scenario) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut push = |place: String, message: String| issues.push(Issue { place, message });
    let fa = "Forudsætninger";
    if a.horizon.end < a.horizon.start {
        push(
            format!("{fa} › Tidshorisont"),
            format!(
                "slutåret {} ligger før startåret {}.",
                a.horizon.end, a.horizon.start
            ),
        );
    }
    let cost = a.cost_per_fte.value;
    if cost.is_nan() || cost <= 0.0 {
        let is = if cost.is_finite() {
            format!(", men er {}", n(cost))
        } else {
            String::new()
        };
        push(
            format!("{fa} › Pris pr. årsværk"),
            format!("skal være større end 0 (1.000 kr. pr. år){is}."),
        );
    }
    // The app edits these shares in per cent, so the message speaks in per cent too.
    let mut check_share = |place: String, value: f64| {
        if !share_ok(value) {
            push(
                place,
                format!(
                    "andelen skal ligge mellem 0 og 100 %, men er {}.",
                    pct(value)
                ),
            );
        }
    };
    for l in &a.layers {
        check_share(
            format!("{fa} › {} › Kommunens andel", l.name),
            l.municipal_share.value,
        );
    }
    for g in &a.groups {
        check_share(
            format!("{fa} › {} › Refusion", g.name),
            g.refusion_share.value,
        );
    }
    for i in super::refusion::duration_issues(a) {
        push(i.place, i.message);
    }
    for g in &a.groups {
        if g.persons.value < 0.0 || g.unit_cost.value < 0.0 {
            push(
                format!("{fa} › {}", g.name),
                "helårspersoner og ydelse pr. helårsperson kan ikke være negative.".into(),
            );
        }
    }
    for l in &a.levers {
        if let Some(e) = &l.effect {
            if a.group(&e.group_id).is_none() {
                push(
                    format!("{fa} › Greb › {}", l.name),
                    format!(
                        "virker på ydelsesgruppen \"{}\", som ikke findes.",
                        e.group_id
                    ),
                );
            }
        }
        if let Some(t) = &l.team_id {
            if a.team(t).is_none() {
                push(
                    format!("{fa} › Greb › {}", l.name),
                    format!("hører til teamet \"{t}\", som ikke findes."),
                );
            }
        }
    }
    let sc = &scenario.name;
    for p in &scenario.policy.phase_in {
        let Some(layer) = a.layer(&p.layer_id) else {
            push(
                format!("{sc} › Indfasning"),
                format!("besparelsen \"{}\" findes ikke.", p.layer_id),
            );
            continue;
        };
        if let PhaseInPath::Percentages { shares } = &p.path {
            for (year, s) in shares {
                if !share_ok(*s) {
                    push(
                        format!("{sc} › Indfasning › {} › {year}", layer.name),
                        format!("andelen skal ligge mellem 0 og 100 %, men er {}.", pct(*s)),
                    );
                }
                if !a.horizon.contains(*year) {
                    push(
                        format!("{sc} › Indfasning › {} › {year}", layer.name),
                        format!(
                            "året ligger uden for tidshorisonten {}-{}.",
                            a.horizon.start, a.horizon.end
                        ),
                    );
                }
            }
        }
    }
    for c in &scenario.policy.levers {
        let name = a
            .lever(&c.lever_id)
            .map(|l| l.name.clone())
            .unwrap_or_else(|| c.lever_id.clone());
        if a.lever(&c.lever_id).is_none() {
            push(
                format!("{sc} › Greb"),
                format!("grebet \"{}\" findes ikke.", c.lever_id),
            );
        }
        if !c.fte.is_finite() {
            push(
                format!("{sc} › Greb › {name}"),
                "antal årsværk skal være et tal.".into(),
            );
        } else if c.fte < 0.0 {
            push(
                format!("{sc} › Greb › {name}"),
                format!("antal årsværk kan ikke være negativt ({}).", n(c.fte)),
            );
        }
        if c.to < c.from {
            push(
                format!("{sc} › Greb › {name}"),
                format!("slutåret {} ligger før startåret {}.", c.to, c.from),
            );
        } else if c.to < a.horizon.start || c.from > a.horizon.end {
            push(
                format!("{sc} › Greb › {name}"),
                format!(
                    "årene {}-{} ligger uden for tidshorisonten {}-{}.",
                    c.from, c.to, a.horizon.start, a.horizon.end
                ),
            );
        }
    }
    issues.extend(validate_ranges(a));
    issues
}

/// Problems of the stored low / high ranges ([`Assumptions::ranges`]): each must name an
/// assumption that exists, have numbers at both ends with low ≤ central ≤ high (the
/// central value is the assumption's own), keep a share within 0-100 %, and be given once.
/// The default ranges are right by construction and are not checked.
pub fn validate_ranges(a: &Assumptions) -> Vec<Issue> {
    let fa = "Forudsætninger";
    let mut issues = Vec::new();
    for (i, r) in a.ranges.iter().enumerate() {
        let mut push = |place: String, message: String| issues.push(Issue { place, message });
        let place = match &r.target {
            RangeTarget::CostPerFte => Some("Pris pr. årsværk".to_owned()),
            RangeTarget::MunicipalShare { layer_id } => a
                .layer(layer_id)
                .map(|l| format!("{} › Kommunens andel", l.name)),
            RangeTarget::UnitCost { group_id } => a
                .group(group_id)
                .map(|g| format!("{} › Ydelse pr. helårsperson", g.name)),
            RangeTarget::Refusion { group_id } => {
                a.group(group_id).map(|g| format!("{} › Refusion", g.name))
            }
            RangeTarget::Effect { lever_id } => a
                .lever(lever_id)
                .map(|l| format!("Greb › {} › Virkning pr. årsværk", l.name)),
        };
        let (Some(place), Some(central)) = (place, r.target.value(a)) else {
            let what = match &r.target {
                // The cost per FTE always exists; listed for completeness.
                RangeTarget::CostPerFte => "prisen pr. årsværk".to_owned(),
                RangeTarget::MunicipalShare { layer_id } => {
                    format!("besparelsen \"{layer_id}\", som ikke findes")
                }
                RangeTarget::UnitCost { group_id } | RangeTarget::Refusion { group_id } => {
                    match a.group(group_id) {
                        // Only a refusion can be missing from a group that exists.
                        Some(g) => format!(
                            "refusionen for »{}«, som følger varigheden (refusionstrappen) og ikke har én andel",
                            g.name
                        ),
                        None => format!("ydelsesgruppen \"{group_id}\", som ikke findes"),
                    }
                }
                RangeTarget::Effect { lever_id } => match a.lever(lever_id) {
                    Some(l) => format!("grebet »{}«, som ingen virkning har", l.name),
                    None => format!("grebet \"{lever_id}\", som ikke findes"),
                },
            };
            push(format!("{fa} › Spænd"), format!("et spænd gælder {what}."));
            continue;
        };
        let place = format!("{fa} › {place} › Spænd");
        let share = r.target.is_share();
        let v = |x: f64| {
            if share {
                format!("{} %", n(x * 100.0))
            } else {
                n(x)
            }
        };
        let unit = match &r.target {
            _ if share => "",
            RangeTarget::Effect { .. } => " (helårspersoner pr. årsværk)",
            _ => " (1.000 kr. pr. år)",
        };
        if a.ranges[..i].iter().any(|o| o.target == r.target) {
            push(
                place.clone(),
                "står flere gange; kun det første spænd bruges.".into(),
            );
        }
        if !r.low.is_finite() || !r.high.is_finite() {
            push(place, "lav og høj skal være tal.".into());
            continue;
        }
        if central.is_finite() && !(r.low <= central && central <= r.high) {
            push(
                place.clone(),
                format!(
                    "lav skal være højst den centrale værdi og høj mindst den, men lav er {}, central {} og høj {}{unit}.",
                    v(r.low),
                    v(central),
                    v(r.high)
                ),
            );
        }
        if share && !(share_ok(r.low) && share_ok(r.high)) {
            push(
                place,
                format!(
                    "begge ender skal ligge mellem 0 og 100 %, men er {} og {}.",
                    v(r.low),
                    v(r.high)
                ),
            );
        }
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenarios::default_scenario_set;

    fn issues_of(edit: impl FnOnce(&mut Assumptions)) -> Vec<String> {
        let set = default_scenario_set();
        let mut a = set.assumptions.clone();
        edit(&mut a);
        validate(&a, &set.scenarios[0])
            .iter()
            .map(Issue::to_string)
            .collect()
    }

    #[test]
    fn the_default_assumptions_have_no_problems() {
        assert_eq!(issues_of(|_| {}), Vec::<String>::new());
    }

    #[test]
    fn a_municipal_share_above_100_per_cent_is_refused_in_per_cent() {
        let issues = issues_of(|a| a.layers[0].municipal_share.value = 3.0);
        assert_eq!(
            issues,
            ["Forudsætninger › Medfinansiering af Arne-pensionen › Kommunens andel: andelen skal ligge mellem 0 og 100 %, men er 300 %."]
        );
        assert_eq!(
            issues_of(|a| a.layers[0].municipal_share.value = 1.0),
            Vec::<String>::new()
        );
        assert_eq!(
            issues_of(|a| a.layers[0].municipal_share.value = -0.01).len(),
            1
        );
    }

    #[test]
    fn a_share_too_large_for_per_cent_is_given_as_written() {
        assert_eq!(
            issues_of(|a| a.layers[0].municipal_share.value = 1e308),
            ["Forudsætninger › Medfinansiering af Arne-pensionen › Kommunens andel: andelen skal ligge mellem 0 og 100 %, men er 1e308."]
        );
    }

    #[test]
    fn a_negative_or_zero_cost_per_fte_is_refused_with_its_value() {
        assert_eq!(
            issues_of(|a| a.cost_per_fte.value = -550.0),
            ["Forudsætninger › Pris pr. årsværk: skal være større end 0 (1.000 kr. pr. år), men er −550."]
        );
        assert_eq!(
            issues_of(|a| a.cost_per_fte.value = 0.0),
            ["Forudsætninger › Pris pr. årsværk: skal være større end 0 (1.000 kr. pr. år), men er 0."]
        );
        assert_eq!(
            issues_of(|a| a.cost_per_fte.value = f64::NAN),
            ["Forudsætninger › Pris pr. årsværk: skal være større end 0 (1.000 kr. pr. år)."]
        );
    }
}
