//! The checks of each kind of document's content: the assumptions, a scenario, a set of
//! scenarios, and the dates anywhere in a document.

use super::*;

impl Checker {
    /// The assumptions at `prefix` (`assumptions` or `scenarios.assumptions`).
    pub(in crate::guard) fn assumptions(&mut self, prefix: &str, a: &Assumptions) -> Refs {
        let h = a.horizon;
        let hp = at(prefix, "horizon");
        let start_ok = self.year(&hp, "start", h.start);
        let end_ok = self.year(&hp, "end", h.end);
        if start_ok && end_ok {
            if h.end < h.start {
                self.push(
                    hp,
                    Problem::HorizonReversed {
                        start: h.start,
                        end: h.end,
                    },
                );
            } else if (h.end - h.start) as u32 >= MAX_HORIZON_YEARS {
                self.push(
                    hp,
                    Problem::HorizonTooLong {
                        start: h.start,
                        end: h.end,
                    },
                );
            }
        }
        self.divisor(
            prefix,
            "cost_per_fte.value",
            a.cost_per_fte.value,
            MAX_TKR,
            true,
            TKR,
        );
        let mut refs = Refs::default();
        let lp = at(prefix, "layers");
        if self.count(&lp, a.layers.len(), MAX_ITEMS) {
            refs.layers = self
                .ids(&lp, a.layers.iter().map(|l| l.id.as_str()))
                .into_iter()
                .map(str::to_owned)
                .collect();
            for (i, l) in a.layers.iter().enumerate() {
                let p = format!("{lp}[{i}]");
                self.year_path(
                    &at(&p, "national_mio"),
                    &l.national_mio,
                    0.0,
                    MAX_NATIONAL_MIO,
                    MIO,
                );
                self.share(&p, "municipal_share.value", l.municipal_share.value);
            }
        }
        let gp = at(prefix, "groups");
        if self.count(&gp, a.groups.len(), MAX_ITEMS) {
            refs.groups = self
                .ids(&gp, a.groups.iter().map(|g| g.id.as_str()))
                .into_iter()
                .map(str::to_owned)
                .collect();
            for (i, g) in a.groups.iter().enumerate() {
                let p = format!("{gp}[{i}]");
                self.range(
                    &p,
                    "persons.value",
                    g.persons.value,
                    (0.0, MAX_PERSONS),
                    PERSONS,
                );
                self.range(
                    &p,
                    "unit_cost.value",
                    g.unit_cost.value,
                    (0.0, MAX_TKR),
                    TKR,
                );
                self.share(&p, "refusion_share.value", g.refusion_share.value);
                if let Some(d) = &g.duration {
                    for (k, s) in d.shares.iter().enumerate() {
                        self.share(&p, &format!("duration.shares[{k}]"), *s);
                    }
                }
            }
        }
        let tp = at(prefix, "teams");
        if self.count(&tp, a.teams.len(), MAX_ITEMS) {
            refs.teams = self
                .ids(&tp, a.teams.iter().map(|t| t.id.as_str()))
                .into_iter()
                .map(str::to_owned)
                .collect();
            for (i, t) in a.teams.iter().enumerate() {
                let p = format!("{tp}[{i}]");
                self.range(
                    &p,
                    "fte_before_cut.value",
                    t.fte_before_cut.value,
                    (0.0, MAX_FTE),
                    FTE,
                );
                self.range(&p, "fte_now.value", t.fte_now.value, (0.0, MAX_FTE), FTE);
            }
        }
        let vp = at(prefix, "levers");
        if self.count(&vp, a.levers.len(), MAX_ITEMS) {
            refs.levers = self
                .ids(&vp, a.levers.iter().map(|l| l.id.as_str()))
                .into_iter()
                .map(str::to_owned)
                .collect();
            for (i, l) in a.levers.iter().enumerate() {
                let p = format!("{vp}[{i}]");
                let d = l.default_fte.value;
                self.divisor(&p, "default_fte.value", d, MAX_FTE, false, FTE);
                if let Some(t) = &l.team_id {
                    if !refs.teams.contains(t.as_str()) {
                        self.push(
                            at(&p, "team_id"),
                            Problem::Missing {
                                id: t.clone(),
                                what: ("teams", "teams"),
                            },
                        );
                    }
                }
                if let Some(e) = &l.effect {
                    if !refs.groups.contains(e.group_id.as_str()) {
                        self.push(
                            at(&p, "effect.group_id"),
                            Problem::Missing {
                                id: e.group_id.clone(),
                                what: ("ydelsesgrupperne (groups)", "the benefit groups (groups)"),
                            },
                        );
                    }
                    self.range(
                        &p,
                        "effect.persons_per_fte.value",
                        e.persons_per_fte.value,
                        (-MAX_PERSONS, MAX_PERSONS),
                        PER_FTE,
                    );
                    self.years_count(&p, "effect.ramp_years", e.ramp_years);
                }
            }
        }
        let rp = at(prefix, "ranges");
        if self.count(&rp, a.ranges.len(), MAX_ITEMS) {
            for (i, r) in a.ranges.iter().enumerate() {
                let p = format!("{rp}[{i}]");
                let lim = if r.target.is_share() {
                    (0.0, 1.0)
                } else {
                    (-MAX_TKR, MAX_TKR)
                };
                self.range(&p, "low", r.low, lim, ("", ""));
                self.range(&p, "high", r.high, lim, ("", ""));
            }
        }
        refs
    }

    /// One scenario at `prefix` (`scenario` or `scenarios[2]`).
    pub(in crate::guard) fn scenario(&mut self, prefix: &str, s: &Scenario, refs: &Refs) {
        let pp = at(prefix, "policy.phase_in");
        if self.count(&pp, s.policy.phase_in.len(), MAX_ITEMS) {
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for (i, p) in s.policy.phase_in.iter().enumerate() {
                let ip = format!("{pp}[{i}]");
                if !refs.layers.contains(p.layer_id.as_str()) {
                    self.push(
                        at(&ip, "layer_id"),
                        Problem::Missing {
                            id: p.layer_id.clone(),
                            what: (
                                "besparelserne (assumptions.layers)",
                                "the cuts (assumptions.layers)",
                            ),
                        },
                    );
                } else if let Some(j) = seen.get(p.layer_id.as_str()) {
                    self.push(
                        at(&ip, "layer_id"),
                        Problem::Repeated {
                            id: p.layer_id.clone(),
                            first: format!("{pp}[{j}]"),
                        },
                    );
                } else {
                    seen.insert(&p.layer_id, i);
                }
                let path = at(&ip, "path");
                match &p.path {
                    PhaseInPath::Official => {}
                    PhaseInPath::Percentages { shares } => {
                        let sp = at(&path, "shares");
                        if self.count(&sp, shares.len(), (MAX_YEAR - MIN_YEAR + 1) as usize) {
                            let mut years: HashMap<Year, usize> = HashMap::new();
                            for (k, (y, v)) in shares.iter().enumerate() {
                                let kp = format!("{sp}[{k}]");
                                if self.year(&kp, "[0]", *y) {
                                    if let Some(j) = years.get(y) {
                                        self.push(
                                            format!("{kp}[0]"),
                                            Problem::RepeatedYear {
                                                year: *y,
                                                first: format!("{sp}[{j}]"),
                                            },
                                        );
                                    } else {
                                        years.insert(*y, k);
                                    }
                                }
                                self.share(&kp, "[1]", *v);
                            }
                        }
                    }
                    PhaseInPath::Delay { years } => self.years_count(&path, "years", *years),
                    PhaseInPath::LinearRamp { start, years, .. } => {
                        self.year(&path, "start", *start);
                        self.years_count(&path, "years", *years);
                    }
                }
            }
        }
        let lp = at(prefix, "policy.levers");
        if self.count(&lp, s.policy.levers.len(), MAX_ITEMS) {
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for (i, c) in s.policy.levers.iter().enumerate() {
                let ip = format!("{lp}[{i}]");
                if !refs.levers.contains(c.lever_id.as_str()) {
                    self.push(
                        at(&ip, "lever_id"),
                        Problem::Missing {
                            id: c.lever_id.clone(),
                            what: (
                                "grebene (assumptions.levers)",
                                "the levers (assumptions.levers)",
                            ),
                        },
                    );
                } else if let Some(j) = seen.get(c.lever_id.as_str()) {
                    self.push(
                        at(&ip, "lever_id"),
                        Problem::Repeated {
                            id: c.lever_id.clone(),
                            first: format!("{lp}[{j}]"),
                        },
                    );
                } else {
                    seen.insert(&c.lever_id, i);
                }
                self.divisor(&ip, "fte", c.fte, MAX_FTE, false, FTE);
                self.year(&ip, "from", c.from);
                self.year(&ip, "to", c.to);
            }
        }
    }

    /// A whole scenario set at `prefix` (`""` for a set alone, `scenarios` in a workspace).
    pub(in crate::guard) fn set(&mut self, prefix: &str, set: &ScenarioSet) {
        let refs = self.assumptions(&at(prefix, "assumptions"), &set.assumptions);
        let sp = at(prefix, "scenarios");
        if set.scenarios.is_empty() {
            self.push(sp, Problem::NoScenarios);
            return;
        }
        if !self.count(&sp, set.scenarios.len(), MAX_SCENARIOS) {
            return;
        }
        let ids = self.ids(&sp, set.scenarios.iter().map(|s| s.id.as_str()));
        for (i, s) in set.scenarios.iter().enumerate() {
            self.scenario(&format!("{sp}[{i}]"), s, &refs);
        }
        if !ids.contains(set.baseline_id.as_str()) {
            self.push(
                at(prefix, "baseline_id"),
                Problem::Missing {
                    id: set.baseline_id.clone(),
                    what: ("scenarierne (scenarios)", "the scenarios (scenarios)"),
                },
            );
        }
        let tp = at(prefix, "target_links");
        if self.count(&tp, set.target_links.len(), MAX_ITEMS) {
            for (i, l) in set.target_links.iter().enumerate() {
                if !refs.groups.contains(l.group_id.as_str()) {
                    self.push(
                        format!("{tp}[{i}].group_id"),
                        Problem::Missing {
                            id: l.group_id.clone(),
                            what: (
                                "ydelsesgrupperne (assumptions.groups)",
                                "the benefit groups (assumptions.groups)",
                            ),
                        },
                    );
                }
            }
        }
        let bp = at(prefix, "baseline_links");
        if self.count(&bp, set.baseline_links.len(), MAX_ITEMS) {
            for (i, l) in set.baseline_links.iter().enumerate() {
                if !refs.groups.contains(l.group_id.as_str()) {
                    self.push(
                        format!("{bp}[{i}].group_id"),
                        Problem::Missing {
                            id: l.group_id.clone(),
                            what: (
                                "ydelsesgrupperne (assumptions.groups)",
                                "the benefit groups (assumptions.groups)",
                            ),
                        },
                    );
                }
            }
        }
    }

    /// Every date (an object of `year`, `month` and perhaps `day`) in a JSON value: it must
    /// exist.
    pub(in crate::guard) fn dates(&mut self, prefix: &str, v: &serde_json::Value) {
        use serde_json::Value;
        match v {
            Value::Object(map) => {
                let is_date = map.contains_key("year")
                    && map.contains_key("month")
                    && map
                        .keys()
                        .all(|k| k == "year" || k == "month" || k == "day");
                if is_date {
                    if let Ok(date) = serde_json::from_value::<PartialDate>(v.clone()) {
                        if !date_exists(date) {
                            self.push(prefix.to_owned(), Problem::Date { date });
                        }
                    }
                    return;
                }
                for (k, x) in map {
                    self.dates(&at(prefix, k), x);
                }
            }
            Value::Array(items) => {
                for (i, x) in items.iter().enumerate() {
                    self.dates(&format!("{prefix}[{i}]"), x);
                }
            }
            _ => {}
        }
    }
}
