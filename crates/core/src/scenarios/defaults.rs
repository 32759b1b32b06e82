//! The default assumptions and scenarios. Each figure names its source; figures that are
//! not in the seed documents are marked as assumptions, with a note on how to replace them.

use super::model::*;
use crate::source::Source;

const SEED_003: &str = "003_ff1ed37bf497d5ac.txt";
const SEED_004: &str = "004_825b12544cf79305.txt";
const SEED_001: &str = "001_973eeeaefb2c1511.txt";

/// Cost of one FTE per year in 1.000 kr.
pub const DEFAULT_COST_PER_FTE: f64 = 550.0;
/// Slagelse's assumed share of the national cuts.
pub const DEFAULT_MUNICIPAL_SHARE: f64 = 0.0135;

fn guess(what: &str) -> Source {
    Source::assumption(&format!(
        "{what} – skøn til illustration, ikke fra kildedokumenterne; erstat med kommunens eget tal (jobindsats.dk, regnskab)"
    ))
}

/// The note on a group's flat refusion share: the state's refusion of a benefit the
/// municipality pays (LBK nr. 221 § 5, stk. 2).
const REFUSION_NOTE: &str = "gennemsnitlig refusion efter refusionstrappen (80 / 40 / 30 / 20 % efter varighed; de fleste langvarige modtagere er på 20 %) – erstat med kommunens eget tal";

/// The note on the a-dagpenge group's share: the a-kasse pays and the municipality
/// co-finances 20 / 60 / 70 / 80 % by duration (LBK nr. 221 § 5, stk. 3, the same rates as
/// `refusion::A_DAGPENGE_COFINANCING_BY_STEP`); the model's "refusion" is the part the
/// municipality does not pay (`refusion::DurationKind::ADagpenge`).
pub const A_DAGPENGE_REFUSION_NOTE: &str = "den del af a-dagpengene, som kommunen ikke betaler: kommunen medfinansierer a-dagpenge med 20 / 60 / 70 / 80 % efter varighed (uge 1-4 / 5-26 / 27-52 / fra uge 53; LBK nr. 221 af 12/02/2021 § 5, stk. 3), så 60 % svarer til en gennemsnitlig medfinansiering på 40 % – skøn, erstat med kommunens eget tal";

fn group(
    id: &str,
    name: &str,
    persons: Sourced<f64>,
    unit_cost: f64,
    refusion: f64,
) -> BenefitGroup {
    BenefitGroup {
        id: id.into(),
        name: name.into(),
        persons,
        unit_cost: Sourced::new(unit_cost, guess("ydelse pr. helårsperson pr. år")),
        refusion_share: Sourced::new(refusion, Source::assumption(REFUSION_NOTE)),
        // No sourced distribution over the refusion ladder for Slagelse: flat shares.
        duration: None,
    }
}

/// The a-dagpenge group: co-financed by the municipality, not reimbursed by the state.
fn a_dagpenge(persons: Sourced<f64>, unit_cost: f64, not_paid: f64) -> BenefitGroup {
    BenefitGroup {
        refusion_share: Sourced::new(not_paid, Source::assumption(A_DAGPENGE_REFUSION_NOTE)),
        ..group(
            "a-dagpenge",
            "A-dagpenge (kommunal medfinansiering)",
            persons,
            unit_cost,
            not_paid,
        )
    }
}

fn guessed(persons: f64) -> Sourced<f64> {
    Sourced::new(persons, guess("helårspersoner"))
}

/// Persons per FTE on sygedagpenge implied by seed 003's business case (2.d.1): a 1,5 mio.
/// kr. staff investment (konto 6) was expected to cut net spending by 8,5 mio. kr. a year.
pub fn business_case_persons_per_fte(cost_per_fte: f64, unit_cost: f64, refusion: f64) -> f64 {
    let net_saving_per_fte = 8_500.0 / 1_500.0 * cost_per_fte;
    -(net_saving_per_fte / (unit_cost * (1.0 - refusion)))
}

/// The default assumptions for Slagelse.
pub fn default_assumptions() -> Assumptions {
    let share = || {
        Sourced::new(
            DEFAULT_MUNICIPAL_SHARE,
            Source::assumption(
                "Slagelses andel af landets befolkning (ca. 80.000 af 5,9 mio. indbyggere); kommunens faktiske andel af besparelsen står ikke i kilderne og bør erstattes",
            ),
        )
    };
    let sdp_unit = 230.0;
    let sdp_refusion = 0.35;
    let sdp_per_fte = business_case_persons_per_fte(DEFAULT_COST_PER_FTE, sdp_unit, sdp_refusion);
    Assumptions {
        horizon: Horizon {
            start: 2024,
            end: 2030,
        },
        cost_per_fte: Sourced::new(
            DEFAULT_COST_PER_FTE,
            Source::assumption(
                "en sagsbehandlers årsløn inkl. pension og overhead, ca. 550.000 kr. – erstat med kommunens eget tal",
            ),
        ),
        layers: vec![
            CutLayer {
                id: "arne".into(),
                name: "Medfinansiering af Arne-pensionen".into(),
                national_mio: YearPath(vec![(2022, 300.0), (2023, 750.0), (2024, 1100.0)]),
                national_source: Source::reference(
                    "Aftale om ret til tidlig pension (oktober 2020): 1,1 mia. kr. årligt fra beskæftigelsesindsatsen, indfaset 0,3 / 0,75 / 1,1 mia. kr. i 2022 / 2023 / 2024 og frem (Kristeligt Dagblad; B.T.)",
                ),
                municipal_share: share(),
            },
            CutLayer {
                id: "reform-2025".into(),
                name: "Reform af beskæftigelsesindsatsen 2025".into(),
                national_mio: YearPath(vec![(2026, 1400.0), (2027, 2800.0)]),
                national_source: Source::reference(
                    "Aftale om reform af beskæftigelsesindsatsen 2025 (S, V, M): 2,8 mia. kr., i kraft 1.2.2026, 1.7.2026 og 1.1.2027; 2026 sat til halvdelen (antagelse ud fra datoerne)",
                ),
                municipal_share: share(),
            },
        ],
        groups: vec![
            group("kth-jobparat", "Kontanthjælp, jobparate", guessed(350.0), 140.0, 0.25),
            group(
                "kth-aktiv",
                "Kontanthjælp, aktivitetsparate",
                Sourced::new(
                    889.0,
                    Source::seed(
                        SEED_001,
                        "Rummelige forbindelser: DET MÅLER VI PÅ (loftet 889 helårspersoner i 2023 brugt som niveau)",
                    ),
                ),
                150.0,
                0.20,
            ),
            group("uddannelseshjaelp", "Uddannelseshjælp", guessed(450.0), 100.0, 0.25),
            group("sygedagpenge", "Sygedagpenge", guessed(1300.0), sdp_unit, sdp_refusion),
            group("jobafklaring", "Jobafklaringsforløb", guessed(250.0), 170.0, 0.20),
            group("ressourceforloeb", "Ressourceforløb", guessed(450.0), 170.0, 0.20),
            group(
                "ledighedsydelse",
                "Ledighedsydelse",
                Sourced::new(
                    194.0,
                    Source::seed(
                        SEED_001,
                        "Rummelige forbindelser: DET MÅLER VI PÅ (loftet 194 helårspersoner i 2023 brugt som niveau)",
                    ),
                ),
                200.0,
                0.20,
            ),
            group("fleksjob", "Fleksjob (løntilskud)", guessed(1400.0), 130.0, 0.20),
            group("foertidspension", "Førtidspension", guessed(4200.0), 240.0, 0.20),
            a_dagpenge(guessed(1100.0), 230.0, 0.60),
            group(
                "integration",
                "Selvforsørgelses- og hjemrejseydelse (integration)",
                guessed(300.0),
                130.0,
                0.25,
            ),
        ],
        teams: vec![Team {
            id: "sygedagpenge".into(),
            name: "Sygedagpengeteamet".into(),
            fte_before_cut: Sourced::new(
                12.0,
                Source::assumption(
                    "udledt af seed 004: sagsantallet pr. medarbejder steg 20 % med budget 2024, og sted [3] kræver to årsværk; 12 → 10 årsværk passer med begge (12 / 10 = 1,2)",
                ),
            ),
            fte_now: Sourced::new(
                10.0,
                Source::assumption("udledt af seed 004 som ovenfor (12 − 2 årsværk)"),
            ),
        }],
        levers: vec![
            LeverDef {
                id: "place-1".into(),
                name: "Rekrutteringsanmodninger".into(),
                place_number: Some(1),
                default_fte: Sourced::new(1.0, Source::seed(SEED_004, "Tema 1, fodnote [1]: et årsværk")),
                team_id: None,
                effect: None,
            },
            LeverDef {
                id: "place-2".into(),
                name: "Jobrettede samtaler efter A-kasseperioden".into(),
                place_number: Some(2),
                default_fte: Sourced::new(1.0, Source::seed(SEED_004, "Tema 1, fodnote [2]: et årsværk")),
                team_id: None,
                effect: Some(LeverEffect {
                    group_id: "a-dagpenge".into(),
                    persons_per_fte: Sourced::new(
                        -4.0,
                        Source::assumption(
                            "hyppigere jobrettede samtaler efter tre måneder i A-kassen forkorter ledigheden; 4 færre helårspersoner pr. årsværk er et skøn",
                        ),
                    ),
                    ramp_years: 1,
                }),
            },
            LeverDef {
                id: "place-3".into(),
                name: "Sagsantal på sygedagpengeområdet".into(),
                place_number: Some(3),
                default_fte: Sourced::new(2.0, Source::seed(SEED_004, "Tema 1, fodnote [3]: to årsværk")),
                team_id: Some("sygedagpenge".into()),
                effect: Some(LeverEffect {
                    group_id: "sygedagpenge".into(),
                    persons_per_fte: Sourced::new(
                        (sdp_per_fte * 10.0).round() / 10.0,
                        Source::seed(
                            SEED_003,
                            "Budgetaftale 2020-2023, pkt. 2.d.1: business case på sygedagpengeområdet (investering 1,5 mio. kr. på konto 6, nettobesparelse 8,5 mio. kr.) omregnet med 550.000 kr. pr. årsværk, 230.000 kr. pr. helårsperson og 35 % refusion",
                        ),
                    ),
                    ramp_years: 2,
                }),
            },
            LeverDef {
                id: "place-4".into(),
                name: "Efterværn på fleksjobområdet".into(),
                place_number: Some(4),
                default_fte: Sourced::new(1.0, Source::seed(SEED_004, "Tema 2, fodnote [4]: et årsværk")),
                team_id: None,
                effect: Some(LeverEffect {
                    group_id: "ledighedsydelse".into(),
                    persons_per_fte: Sourced::new(
                        -3.0,
                        Source::assumption(
                            "efterværn med 2-3 besøg de første år holder flere i fleksjob; 3 færre helårspersoner på ledighedsydelse pr. årsværk er et skøn",
                        ),
                    ),
                    ramp_years: 2,
                }),
            },
        ],
        // No stored ranges: every assumption gets its documented default range
        // (`scenarios::uncertainty`), so the default set's JSON stays as it was.
        ranges: Vec::new(),
    }
}

fn lever(id: &str, fte: f64, from: i32, to: i32) -> LeverChoice {
    LeverChoice {
        lever_id: id.into(),
        enabled: true,
        fte,
        from,
        to,
    }
}

/// The official path and three alternatives that answer seed 004's question.
pub fn default_scenario_set() -> ScenarioSet {
    let assumptions = default_assumptions();
    let all_four = assumptions
        .levers
        .iter()
        .map(|l| lever(&l.id, l.default_fte.value, 2024, 2026))
        .collect();
    ScenarioSet {
        scenarios: vec![
            Scenario {
                id: "official".into(),
                name: "Officiel indfasning".into(),
                description: "Besparelserne gennemføres fuldt efter den nationale indfasning, uden kompensation (budget 2024-27).".into(),
                description_en: "The cuts are made in full on the national schedule, without compensation (budget 2024-27).".into(),
                policy: Policy::default(),
            },
            Scenario {
                id: "sygedagpenge-2".into(),
                name: "Sygedagpenge: bevar 2 årsværk 2024-2026".into(),
                description: "Langsommere indfasning i sted [3] (seed 004): to årsværk bevares i sygedagpengeteamet, så sagsantallet falder til niveauet før budget 2024.".into(),
                description_en: "Slower phase-in at place [3] of the 2024 committee case: two FTE are kept in the sickness benefit team, so the caseload falls to its level before budget 2024.".into(),
                policy: Policy {
                    phase_in: vec![],
                    levers: vec![lever("place-3", 2.0, 2024, 2026)],
                },
            },
            Scenario {
                id: "alle-fire".into(),
                name: "Alle fire steder 2024-2026".into(),
                description: "Langsommere indfasning i alle fire steder, som administrationen peger på i seed 004 ([1]-[4], i alt 5 årsværk).".into(),
                description_en: "Slower phase-in at all four places the administration points to in the 2024 committee case ([1]-[4], 5 FTE in all).".into(),
                policy: Policy {
                    phase_in: vec![],
                    levers: all_four,
                },
            },
            Scenario {
                id: "arne-lineaer-3".into(),
                name: "Arne-besparelsen indfaset lineært over 3 år".into(),
                description: "Medfinansieringen af Arne-pensionen indfases lineært over tre år fra niveauet i 2023: den besparelse, der allerede gælder i 2023, bliver stående, og resten op til den fulde besparelse indfases med en tredjedel om året i 2024, 2025 og 2026; reformen fra 2025 følger den officielle vej.".into(),
                description_en: "The co-financing of the early-retirement pension (Arne-pension) is phased in linearly over three years from the 2023 level: the cut already in force in 2023 stays, and the rest up to the full cut is phased in by a third a year in 2024, 2025 and 2026; the 2025 reform follows the official path.".into(),
                policy: Policy {
                    phase_in: vec![LayerPhaseIn {
                        layer_id: "arne".into(),
                        path: PhaseInPath::LinearRamp {
                            start: 2024,
                            years: 3,
                            from: RampFrom::LevelInForce,
                        },
                    }],
                    levers: vec![],
                },
            },
        ],
        baseline_id: "official".into(),
        // Both groups' levels are the plan's caps (no actual level is in the seeds), so a
        // scenario that does not move a group shows its target at the limit, not met.
        target_links: vec![
            TargetLink::persons("m-kth-aktiv-889", "kth-aktiv"),
            TargetLink::persons("m-ledighedsydelse-194", "ledighedsydelse"),
        ],
        baseline_links: Vec::new(),
        assumptions,
    }
}
