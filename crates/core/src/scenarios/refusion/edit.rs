//! Switching a group between the flat refusion share and refusion by duration, as the
//! assumptions editor does it.

use super::{DurationKind, DurationRefusion};
use crate::scenarios::BenefitGroup;
use crate::Source;

impl DurationRefusion {
    /// A distribution over the ladder whose municipal share equals `municipal_share`: the
    /// persons split between the two steps whose rates bracket it (all in the first or the
    /// last step beyond the ladder's range). A starting point that leaves the result as it
    /// was, for the user to correct from the refusion statement.
    pub fn matching(kind: DurationKind, municipal_share: f64, date: &str) -> Self {
        let rates = kind.municipal_rates();
        let t = municipal_share.clamp(rates[0], rates[3]);
        let mut shares = [0.0; 4];
        match (0..3).find(|&i| t <= rates[i + 1]) {
            Some(i) if rates[i + 1] > rates[i] => {
                let upper = (t - rates[i]) / (rates[i + 1] - rates[i]);
                shares[i] = 1.0 - upper;
                shares[i + 1] = upper;
            }
            Some(i) => shares[i] = 1.0,
            None => shares[3] = 1.0,
        }
        DurationRefusion {
            kind,
            shares,
            source: Source::assumption(&format!(
                "fordeling valgt i appen {date}, så den svarer til den hidtidige gennemsnitlige refusion – skøn; ret den efter refusionsopgørelsen"
            )),
        }
    }
}

impl BenefitGroup {
    /// Refusion by duration on (starting from a distribution that matches the flat share)
    /// or off (the flat share counts again; the distribution is dropped).
    pub fn set_duration_refusion(&mut self, on: bool, date: &str) {
        if !on {
            self.duration = None;
            return;
        }
        if self.duration.is_none() {
            let kind = if self.id == "a-dagpenge" {
                DurationKind::ADagpenge
            } else {
                DurationKind::Municipal
            };
            let share = 1.0 - self.refusion_share.value;
            self.duration = Some(DurationRefusion::matching(kind, share, date));
        }
    }

    /// Sets the share of the persons in one step of the ladder (0-3), with its source.
    pub fn set_duration_share(&mut self, step: usize, share: f64, source: Source) {
        if let Some(d) = self.duration.as_mut() {
            if let Some(s) = d.shares.get_mut(step) {
                *s = share;
                d.source = source;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenarios::default_scenario_set;

    #[test]
    fn switching_on_keeps_the_municipal_share_and_off_restores_the_flat_one() {
        let set = default_scenario_set();
        for g in &set.assumptions.groups {
            let mut g = g.clone();
            let flat = g.municipal_share();
            g.set_duration_refusion(true, "2026-12-01");
            let d = g.duration.as_ref().expect("on");
            assert!(
                (d.shares.iter().sum::<f64>() - 1.0).abs() < 1e-12,
                "{}",
                g.id
            );
            let expected = flat.clamp(0.2, 0.8);
            assert!(
                (g.municipal_share() - expected).abs() < 1e-12,
                "{}: {} vs {flat}",
                g.id,
                g.municipal_share()
            );
            g.set_duration_refusion(false, "2026-12-01");
            assert_eq!(g.municipal_share(), flat);
        }
        // Persons taken off leave the longest step first: of 100 at 10/30/25/35 %, 50 fewer
        // are 35 from week 53 (80 % municipal) and 15 from weeks 27-52 (70 %):
        // 35 × 0,8 + 15 × 0,7 = 28 + 10,5 = 38,5; persons added come in proportion (65,5 %).
        let mut g = set.assumptions.groups[0].clone();
        g.duration = Some(DurationRefusion {
            kind: DurationKind::Municipal,
            shares: [0.10, 0.30, 0.25, 0.35],
            source: Source::assumption("test"),
        });
        assert!((g.municipal_persons(-50.0, 100.0) + 38.5).abs() < 1e-9);
        assert!((g.municipal_persons(10.0, 100.0) - 6.55).abs() < 1e-9);
        assert_eq!(g.marginal_municipal_share(), 0.8);
        // 35 % refusion (sygedagpenge): municipal 0,65 between 0,6 and 0,7: half and half.
        let d = DurationRefusion::matching(DurationKind::Municipal, 0.65, "2026-12-01");
        assert_eq!(
            d.shares.map(|s| (s * 1000.0).round() / 1000.0),
            [0.0, 0.5, 0.5, 0.0]
        );
    }
}
