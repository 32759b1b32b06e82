//! Seed 001's case for the plan (issue 25): the challenges with their figures as numbers,
//! dates and sources, the pejlemærker, the principles a-c and the dignity box, word for word.

mod common;

use plan_core::plan_case::{plan_case_2023_24, FactQualifier, FactUnit};
use plan_core::source::SEED_FILES;
use plan_core::{PartialDate, Source};

/// Seed 001 as the transcription reads it: markdown emphasis (`*`, `**`) left out and
/// whitespace collapsed (the førtidspension paragraph is broken by a page).
fn seed() -> String {
    let raw = common::read_seed(SEED_FILES[1]).replace('*', "");
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_text_is_verbatim_in_seed_001() {
    let seed = seed();
    let c = plan_case_2023_24();
    let mut texts = vec![
        c.challenges_heading.clone(),
        c.guideposts_heading.clone(),
        c.guideposts_intro.clone(),
        c.principles_intro.clone(),
        c.dignity.heading.clone(),
        c.dignity.follow_up.clone(),
        c.dignity.survey.as_written.clone(),
    ];
    for ch in &c.challenges {
        texts.push(ch.text.clone());
        for f in &ch.facts {
            assert!(f.sentence.contains(&f.as_written), "{}", f.id);
            assert!(ch.text.contains(&f.sentence), "{}", f.id);
            texts.extend(
                [
                    f.period.clone(),
                    f.compared_to.clone(),
                    f.who.clone(),
                    f.area.clone(),
                ]
                .into_iter()
                .flatten(),
            );
        }
    }
    for g in &c.guideposts {
        texts.push(format!("{} {}", g.name, g.text));
        texts.push(g.figure_text.clone());
    }
    for p in &c.principles {
        texts.push(format!("{}. {} {}", p.letter, p.name, p.text));
    }
    texts.extend(c.dignity.paragraphs.iter().cloned());
    for k in &c.dignity.criteria {
        texts.push(format!("{} ({})", k.text, k.keyword));
    }
    for t in &texts {
        assert!(seed.contains(t.as_str()), "not in seed 001: {t}");
    }
    // Every paragraph of the section, in order, and nothing else.
    let start = seed.find("Udfordringer på beskæftigelsesområdet").unwrap();
    let end = seed
        .find("Målsætninger for beskæftigelsesindsatsen")
        .unwrap();
    let joined = c
        .challenges
        .iter()
        .map(|ch| ch.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(
        seed[start..end].trim(),
        format!("{} {joined}", c.challenges_heading)
    );
}

/// The figures issue 25 names, as numbers with their dates.
#[test]
fn the_challenges_figures_as_numbers_with_dates_and_sources() {
    let c = plan_case_2023_24();
    let f = |id: &str| c.fact(id).unwrap_or_else(|| panic!("{id}"));
    let pension = f("fakta-foertidspension-117");
    assert_eq!((pension.value, pension.unit), (117.0, FactUnit::MioKr));
    assert_eq!(pension.date, Some(PartialDate::year(2024)));
    assert_eq!(pension.compared_to.as_deref(), Some("end i 2021"));
    assert_eq!(f("fakta-foertidspension-25").value, 25.0);
    let rank = f("fakta-benchmark-nr-64");
    assert_eq!(
        (rank.value, rank.upper, rank.unit),
        (64.0, Some(98.0), FactUnit::Rank)
    );
    assert_eq!(rank.date, Some(PartialDate::year(2021)));
    let pp = f("fakta-benchmark-0-1");
    assert_eq!((pp.value, pp.unit), (0.1, FactUnit::PercentagePoints));
    let unit_costs = f("fakta-enhedspriser-17");
    assert_eq!(unit_costs.value, 17.0);
    assert_eq!(unit_costs.who.as_deref(), Some("Mploy"));
    assert_eq!(f("fakta-benchmark-20-kommuner").value, 20.0);
    let jobs = f("fakta-beskaeftigelse-100000");
    assert_eq!(
        (jobs.value, jobs.qualifier),
        (100_000.0, Some(FactQualifier::About))
    );
    let ukrainians = f("fakta-ukrainere-30807");
    assert_eq!(ukrainians.value, 30_807.0);
    assert_eq!(ukrainians.date, Some(PartialDate::day(2022, 11, 13)));
    let slagelse = f("fakta-ukrainere-slagelse-58");
    let region = f("fakta-ukrainere-region-47");
    assert_eq!((slagelse.value, region.value), (58.0, 47.0));
    assert_eq!(slagelse.date, Some(PartialDate::month(2022, 9)));
    assert_eq!(region.area.as_deref(), Some("region Sjælland"));
    assert_eq!(c.facts().count(), 10);
    for fact in c.facts() {
        let Source::Seed { file, section } = &fact.source else {
            panic!("a seed source");
        };
        assert_eq!(file, SEED_FILES[1]);
        assert_eq!(section, "Udfordringer på beskæftigelsesområdet");
    }
}

#[test]
fn pejlemaerker_principles_and_the_dignity_box() {
    let c = plan_case_2023_24();
    let names: Vec<&str> = c.guideposts.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Borgerne virker.",
            "Medarbejderne virker:",
            "Indsatserne virker:"
        ]
    );
    let letters: Vec<&str> = c.principles.iter().map(|p| p.letter.as_str()).collect();
    assert_eq!(letters, ["a", "b", "c"]);
    assert_eq!(c.principles[2].name, "Rådighedsarbejdet");
    let keywords: Vec<&str> = c
        .dignity
        .criteria
        .iter()
        .map(|k| k.keyword.as_str())
        .collect();
    assert_eq!(
        keywords,
        ["empowerment", "ressourcefokus", "progression", "værdighed"]
    );
    assert_eq!(c.dignity.survey.date, PartialDate::year(2022));
    assert!(c
        .dignity
        .follow_up
        .ends_with("seneste måling fra sommeren 2022."));
}
