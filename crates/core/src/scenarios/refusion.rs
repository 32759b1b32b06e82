//! Refusion by duration (refusionstrappen): the state's reimbursement of a benefit falls the
//! longer a person has been on public support, LBK nr. 221 af 12/02/2021 (lov om kommunernes
//! finansiering af visse offentlige ydelser) § 5 stk. 2 and 3.
//!
//! A [`BenefitGroup`] either has one flat `refusion_share` or a [`DurationRefusion`]: how its
//! full-year persons are spread over the four steps of the ladder. [`BenefitGroup::
//! municipal_share`] turns either into the municipality's share of the benefit after
//! refusion, which the calculation ([`super::evaluate`]) and the break-even
//! ([`super::break_even()`]) both use.
//!
//! # Simplifications (how § 6 and the steps are modelled)
//!
//! The law counts weeks per person across all the benefits it covers, and the count starts
//! again only after 52 whole weeks of self-support within the last 3 years (§ 6). The model
//! has full-year persons per group, not persons with their histories, so:
//!
//! - The distribution is entered as observed (the municipality's refusion statements or
//!   jobindsats.dk already count the weeks per person across benefits, as § 6 says) and taken
//!   as steady: the same in every year of the horizon, whatever the levers do. The model does
//!   not recount weeks, and a person a lever moves off a benefit is not followed back onto
//!   one (who returns within 3 years without 52 weeks of self-support would go on at their
//!   old step).
//! - A lever moves persons out of the steps in proportion to the distribution, so each
//!   full-year person moved changes the municipality's spending by the average share
//!   `Σ share × municipality's rate`. Reasons: the model does not know at which point in a
//!   period an effort ends it (early follow-up ends periods in weeks 5-26, efforts for the
//!   long-term unemployed end them after week 52), so proportional is the neutral reading;
//!   it keeps the net change linear in the persons moved, so levers on one group add up, the
//!   order of levers does not matter and the break-even is one formula; and a group with a
//!   distribution gives exactly the numbers of a flat refusion share equal to the average.
//!   Because the model calculates only changes, the distribution is in effect that of the
//!   persons the levers move: whoever expects a lever to end the longest periods first
//!   enters that (for example all in "from week 53").
//! - The ladder is in force since 4 January 2016 (§ 29), counting weeks since 1 July 2014
//!   (§ 30); horizons of this app start later, so no transition is modelled.

use serde::{Deserialize, Serialize};

use super::model::{Assumptions, BenefitGroup};
use super::report::AssumptionLine;
use super::validate::Issue;
use crate::format::number_trim;
use crate::source::Source;
use crate::Lang;

mod edit;

/// § 5 stk. 2: the state's refusion of the benefit in weeks 1-4, 5-26, 27-52 and from 53.
pub const REFUSION_BY_STEP: [f64; 4] = [0.80, 0.40, 0.30, 0.20];

/// § 5 stk. 3: the municipality's co-financing of a-dagpenge (and the other benefits of § 3
/// stk. 1 nr. 1, 2, 11, 15 and 16) in weeks 1-4, 5-26, 27-52 and from 53.
pub const A_DAGPENGE_COFINANCING_BY_STEP: [f64; 4] = [0.20, 0.60, 0.70, 0.80];

/// The steps' names, Danish and English.
pub fn step_name(step: usize, lang: Lang) -> &'static str {
    const DA: [&str; 4] = ["uge 1-4", "uge 5-26", "uge 27-52", "fra uge 53"];
    const EN: [&str; 4] = ["weeks 1-4", "weeks 5-26", "weeks 27-52", "from week 53"];
    lang.pick(DA, EN)[step.min(3)]
}

/// Which paragraph of the law the group falls under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DurationKind {
    /// Benefits the municipality pays and the state reimburses (§ 5 stk. 2): kontanthjælp,
    /// sygedagpenge, ledighedsydelse, …
    Municipal,
    /// A-dagpenge and the like (§ 5 stk. 3): the a-kasse pays and the municipality
    /// co-finances. The model's "refusion" is then the part the municipality does not pay.
    /// With the law's rates the municipality's share in each step is the same as for
    /// [`DurationKind::Municipal`] (20 / 60 / 70 / 80 %); the kind says which paragraph
    /// applies, so the source is right and a change in either paragraph goes to its groups.
    ADagpenge,
}

impl DurationKind {
    /// The municipality's share of the benefit in each step.
    pub fn municipal_rates(self) -> [f64; 4] {
        match self {
            DurationKind::Municipal => REFUSION_BY_STEP.map(|r| 1.0 - r),
            DurationKind::ADagpenge => A_DAGPENGE_COFINANCING_BY_STEP,
        }
    }

    /// The law the rates come from, as the app shows a source.
    pub fn law(self) -> Source {
        const LAW: &str = "LBK nr. 221 af 12/02/2021 (lov om kommunernes finansiering af visse offentlige ydelser)";
        const WEEKS: &str = "ugerne tælles pr. person på tværs af ydelserne og begynder forfra efter 52 ugers selvforsørgelse inden for de seneste 3 år (§ 6); STAR: Kommunaløkonomiske konsekvenser ved refusionsreformen";
        Source::reference(&match self {
            DurationKind::Municipal => format!(
                "{LAW} § 5, stk. 2: staten refunderer 80 % af ydelsen i uge 1-4, 40 % i uge 5-26, 30 % i uge 27-52 og 20 % fra uge 53; {WEEKS}"
            ),
            DurationKind::ADagpenge => format!(
                "{LAW} § 5, stk. 3: kommunen medfinansierer a-dagpenge mv. med 20 % i uge 1-4, 60 % i uge 5-26, 70 % i uge 27-52 og 80 % fra uge 53; {WEEKS}"
            ),
        })
    }
}

/// A group's full-year persons spread over the steps of the refusion ladder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DurationRefusion {
    pub kind: DurationKind,
    /// Shares of the group's full-year persons in weeks 1-4, 5-26, 27-52 and from week 53
    /// (each 0..=1, together 1).
    pub shares: [f64; 4],
    /// Where the distribution comes from (a refusion statement, jobindsats.dk, an estimate).
    pub source: Source,
}

impl DurationRefusion {
    /// The municipality's share of the benefit: `Σ share × municipality's rate`.
    pub fn municipal_share(&self) -> f64 {
        self.shares
            .iter()
            .zip(self.kind.municipal_rates())
            .map(|(s, m)| s * m)
            .sum()
    }
}

impl BenefitGroup {
    /// The municipality's share of the group's benefit after refusion (0..=1): from the
    /// distribution over the refusion ladder when the group has one, else
    /// `1 − refusion_share`. Each full-year person moved changes the municipality's spending
    /// by `unit_cost × municipal_share()`.
    pub fn municipal_share(&self) -> f64 {
        match &self.duration {
            Some(d) => d.municipal_share(),
            None => 1.0 - self.refusion_share.value,
        }
    }

    /// The change in the municipality's spending, in full-year persons weighted by its share
    /// after refusion, when `delta` full-year persons more (negative: fewer) are on the
    /// benefit out of `baseline`. Flat: `delta × (1 − refusion)`. By duration, a lever that
    /// shortens periods takes persons off the longest step first (from week 53, where the
    /// municipality pays most), then the next; persons added come in proportion to the
    /// distribution.
    pub fn municipal_persons(&self, delta: f64, baseline: f64) -> f64 {
        match &self.duration {
            None => delta * (1.0 - self.refusion_share.value),
            Some(d) if delta >= 0.0 => delta * d.municipal_share(),
            Some(d) => {
                let rates = d.kind.municipal_rates();
                let mut left = -delta;
                let mut total = 0.0;
                for k in (0..4).rev() {
                    let take = left.min(d.shares[k] * baseline.max(0.0)).max(0.0);
                    total += take * rates[k];
                    left -= take;
                }
                // More persons than the steps hold (a baseline below the levers' effect).
                total += left.max(0.0) * rates[0];
                -total
            }
        }
    }

    /// The municipality's share of the first persons a lever takes off the benefit: flat,
    /// `1 − refusion`; by duration, the rate of the longest step that holds anyone.
    pub fn marginal_municipal_share(&self) -> f64 {
        match &self.duration {
            None => 1.0 - self.refusion_share.value,
            Some(d) => {
                let rates = d.kind.municipal_rates();
                (0..4)
                    .rev()
                    .find(|&k| d.shares[k] > 0.0)
                    .map_or_else(|| d.municipal_share(), |k| rates[k])
            }
        }
    }
}

/// The problems of the groups' distributions over the ladder, as [`super::validate`] lists
/// them: each share within 0-100 %, together 100 % (± 0,1 percentage point).
pub fn duration_issues(a: &Assumptions) -> Vec<Issue> {
    let pct = |v: f64| number_trim(v * 100.0, 3, Lang::Da);
    let mut issues = Vec::new();
    for g in &a.groups {
        let Some(d) = &g.duration else { continue };
        let place = format!("Forudsætninger › {} › Refusion efter varighed", g.name);
        for (step, share) in d.shares.iter().enumerate() {
            if !(0.0..=1.0).contains(share) {
                issues.push(Issue {
                    place: format!("{place} › {}", step_name(step, Lang::Da)),
                    message: format!(
                        "andelen skal ligge mellem 0 og 100 %, men er {} %.",
                        pct(*share)
                    ),
                });
            }
        }
        let sum: f64 = d.shares.iter().sum();
        // A share that is not a number makes the sum NaN, which is refused too.
        if sum.is_nan() || (sum - 1.0).abs() > 0.001 {
            issues.push(Issue {
                place,
                message: format!(
                    "andelene i de fire trin skal tilsammen være 100 %, men er {} %.",
                    pct(sum)
                ),
            });
        }
    }
    issues
}

/// The lines of the printed list of assumptions for a group with refusion by duration: the
/// distribution with its source, and the ladder with the law.
pub fn duration_lines(g: &BenefitGroup, d: &DurationRefusion, lang: Lang) -> [AssumptionLine; 2] {
    let pct = |v: f64| format!("{} %", number_trim(v * 100.0, 2, lang));
    let steps: Vec<String> = (0..4)
        .map(|i| format!("{}: {}", step_name(i, lang), pct(d.shares[i])))
        .collect();
    let rates = match d.kind {
        DurationKind::Municipal => REFUSION_BY_STEP,
        DurationKind::ADagpenge => A_DAGPENGE_COFINANCING_BY_STEP,
    }
    .map(|r| number_trim(r * 100.0, 2, lang))
    .join(" / ");
    [
        AssumptionLine {
            label: format!(
                "{} – {}",
                g.name,
                lang.pick(
                    "helårspersoner efter varighed",
                    "full-year persons by duration"
                )
            ),
            value: lang.pick(
                format!(
                    "{}; kommunens andel efter refusion {}",
                    steps.join(", "),
                    pct(g.municipal_share())
                ),
                format!(
                    "{}; the municipality's share after reimbursement {}",
                    steps.join(", "),
                    pct(g.municipal_share())
                ),
            ),
            source: d.source.clone(),
        },
        AssumptionLine {
            label: format!(
                "{} – {}",
                g.name,
                lang.pick("refusionstrappen", "the reimbursement ladder")
            ),
            value: match d.kind {
                DurationKind::Municipal => lang.pick(
                    format!("refusion {rates} %"),
                    format!("reimbursement {rates} %"),
                ),
                DurationKind::ADagpenge => lang.pick(
                    format!("kommunal medfinansiering {rates} %"),
                    format!("municipal co-financing {rates} %"),
                ),
            },
            source: d.kind.law(),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenarios::default_scenario_set;

    fn issues_of(edit: impl FnOnce(&mut Assumptions)) -> Vec<String> {
        let set = default_scenario_set();
        let mut a = set.assumptions.clone();
        edit(&mut a);
        super::super::validate(&a, &set.scenarios[0])
            .iter()
            .map(Issue::to_string)
            .collect()
    }

    #[test]
    fn refusion_by_duration_needs_shares_in_0_to_100_per_cent_that_add_up_to_100() {
        let with = |shares: [f64; 4]| {
            issues_of(|a| {
                a.groups[3].duration = Some(DurationRefusion {
                    kind: DurationKind::Municipal,
                    shares,
                    source: Source::assumption("test"),
                })
            })
        };
        assert_eq!(with([0.1, 0.3, 0.25, 0.35]), Vec::<String>::new());
        assert_eq!(with([0.1, 0.3, 0.25, 0.3505]), Vec::<String>::new());
        assert_eq!(
            with([0.1, 0.3, 0.25, 0.3]),
            ["Forudsætninger › Sygedagpenge › Refusion efter varighed: andelene i de fire trin skal tilsammen være 100 %, men er 95 %."]
        );
        assert_eq!(
            with([1.2, -0.2, 0.0, 0.0]),
            [
                "Forudsætninger › Sygedagpenge › Refusion efter varighed › uge 1-4: andelen skal ligge mellem 0 og 100 %, men er 120 %.",
                "Forudsætninger › Sygedagpenge › Refusion efter varighed › uge 5-26: andelen skal ligge mellem 0 og 100 %, men er −20 %.",
            ]
        );
        assert_eq!(with([f64::NAN, 0.3, 0.25, 0.35]).len(), 2);
    }

    #[test]
    fn the_two_paragraphs_leave_the_municipality_the_same_share_in_each_step() {
        let municipal = DurationKind::Municipal.municipal_rates();
        let a_dagpenge = DurationKind::ADagpenge.municipal_rates();
        for (m, a) in municipal.iter().zip(a_dagpenge) {
            assert!((m - a).abs() < 1e-12, "{m} ≠ {a}");
        }
    }

    #[test]
    fn distributions_serialise_with_the_kind_in_snake_case() {
        let d = DurationRefusion {
            kind: DurationKind::ADagpenge,
            shares: [0.1, 0.3, 0.25, 0.35],
            source: Source::assumption("x"),
        };
        let json = serde_json::to_string(&d).unwrap();
        assert!(json.starts_with(r#"{"kind":"a_dagpenge","shares":[0.1,0.3,0.25,0.35],"#));
        assert_eq!(serde_json::from_str::<DurationRefusion>(&json).unwrap(), d);
    }
}
