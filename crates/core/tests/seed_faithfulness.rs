//! Issue 25's faithfulness items, each checked verbatim against the seed text it comes from
//! (../shared/seeds): what the app stores is what the document writes, and where the app
//! adds words of its own or the document is unclear, the app says so.

mod common;

use common::normalize;
use plan_core::committee::FigureUnit;
use plan_core::scenarios::{default_scenario_set, DurationKind, A_DAGPENGE_COFINANCING_BY_STEP};
use plan_core::{defaults::default_workspace, BudgetItem, Source, Workspace};

const SEED_000: &str = "000_a70517f640a491db.txt";
const SEED_001: &str = "001_973eeeaefb2c1511.txt";
const SEED_002: &str = "002_498300ecb586b988.txt";
const SEED_003: &str = "003_ff1ed37bf497d5ac.txt";
const SEED_004: &str = "004_825b12544cf79305.txt";

fn ws() -> Workspace {
    default_workspace()
}

fn section(source: &Source) -> &str {
    match source {
        Source::Seed { section, .. } => section,
        other => panic!("not a seed source: {other:?}"),
    }
}

fn sheet_items<'a>(w: &'a Workspace, id: &str) -> &'a [BudgetItem] {
    &w.status_sheets
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("sheet {id}"))
        .items
}

/// Seed 002's deadline "1. september 2017 Fuld integration af" is cut off in the document
/// itself (the paragraph ends there); the app keeps it as written and says so.
#[test]
fn the_cut_off_deadline_is_kept_as_written_and_said_to_be_cut_off() {
    let raw = common::read_seed(SEED_002);
    // The document's own paragraph, with nothing after "af" before it closes.
    assert!(raw.contains("<p>1. september 2017 Fuld integration af</p>"));
    let a = &ws().agreements[0];
    let points: Vec<_> = a
        .sections
        .iter()
        .flat_map(|s| &s.agreements)
        .flat_map(|ag| &ag.target_groups)
        .flat_map(|g| &g.deadline)
        .filter(|p| p.text.contains("Fuld integration"))
        .collect();
    assert_eq!(points.len(), 1);
    let p = points[0];
    assert_eq!(p.text, "1. september 2017 Fuld integration af");
    assert!(
        section(&p.source).ends_with(
            "; teksten slutter sådan i dokumentet (»Fuld integration af« uden fortsættelse)"
        ),
        "{}",
        section(&p.source)
    );
    // The other deadline beside it is whole, and carries no such note.
    let whole = a
        .sections
        .iter()
        .flat_map(|s| &s.agreements)
        .flat_map(|ag| &ag.target_groups)
        .flat_map(|g| &g.deadline)
        .find(|p| p.text == "1. januar 2017 organisatorisk sammenlægning")
        .unwrap();
    assert!(raw.contains("<p>1. januar 2017 organisatorisk sammenlægning</p>"));
    assert!(!section(&whole.source).contains("teksten slutter"));
}

/// Seed 003's status sheet for Budgetaftale 2020-23 has no short headings: its column
/// "Overskrift" holds the agreement's text. The app's headings are its own, and every item
/// says so; the agreement text itself is the document's, word for word.
#[test]
fn the_headings_of_seed_003s_items_are_said_to_be_the_apps() {
    let seed = normalize(&common::read_seed(SEED_003));
    let w = ws();
    let items = sheet_items(&w, "budgetaftale-2020-23");
    let numbers: Vec<&str> = items.iter().map(|i| i.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["2.d.1", "2.d.2", "2.d.3", "2.d.4", "3.c", "4.", "11.b", "11.c", "12."]
    );
    for item in items {
        let s = section(&item.source);
        assert_eq!(
            s,
            format!(
                "Punkt 4: Opfølgning på Budgetaftale 2020 - 2023, styringsark, pkt. {}; \
                 overskriften er skrevet i appen (i dokumentet står aftalens tekst i kolonnen \
                 »Overskrift«)",
                item.number
            )
        );
        // The heading is not in the document: the note is needed.
        assert!(
            !seed.contains(&normalize(&item.headline)),
            "{}: the heading is in the document; take the note off",
            item.number
        );
        // The document's number stands on a line of its own, and its text is kept.
        assert!(
            common::read_seed(SEED_003)
                .lines()
                .any(|l| l.trim() == item.number),
            "{}",
            item.number
        );
        for line in item.agreement_text.lines() {
            assert!(seed.contains(&normalize(line)), "{}: {line}", item.number);
        }
    }
}

/// Seed 000's status sheet does have short headings: the first words of its column
/// "Overskrift", which the app takes as they are, with no note.
#[test]
fn the_headings_of_seed_000s_items_are_the_documents() {
    let raw = common::read_seed(SEED_000);
    let w = ws();
    let items = sheet_items(&w, "sbu-styringsark");
    assert_eq!(items.len(), 6);
    for item in items {
        let row = format!("{}\t{} ", item.number, item.headline);
        assert!(raw.contains(&row), "{row:?}");
        assert!(!section(&item.source).contains("skrevet i appen"));
    }
}

/// Seed 001's target on voksenlærlinge gives no deadline: "til og med 2023" is how long the
/// trial rules are to be extended. The measures use the end of the plan period, marked as
/// not stated, and their source says why.
#[test]
fn the_voksenlaerlinge_target_has_no_stated_deadline() {
    let raw = common::read_seed(SEED_001);
    let w = ws();
    let target = w
        .plan
        .themes
        .iter()
        .flat_map(|t| &t.targets)
        .find(|t| t.id == "t-attraktive-4")
        .unwrap();
    let written = "Mindst 120 borgere starter i voksenlærlingeforløb, heraf minimum 50 fra \
                   ledighed, forudsat at forsøgsbekendtgørelsen, der har udvidet målgruppen, \
                   forlænges til og med 2023.";
    assert!(raw.contains(&format!("- *{written}*")));
    assert_eq!(target.text, written);
    // The only year in the sentence belongs to the condition.
    let years: Vec<&str> = written
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| n.len() == 4)
        .collect();
    assert_eq!(years, ["2023"]);
    assert!(written
        .contains("forsøgsbekendtgørelsen, der har udvidet målgruppen, forlænges til og med 2023"));
    let values: Vec<f64> = target.measures.iter().map(|m| m.value).collect();
    assert_eq!(values, [120.0, 50.0]);
    for m in &target.measures {
        assert!(!m.deadline.stated, "{}", m.id);
        assert_eq!(m.deadline.date.year, w.plan.period.end, "{}", m.id);
        assert_eq!(m.deadline.date.month, None, "{}", m.id);
        assert_eq!(
            section(&m.source),
            "Attraktive forbindelser: DET MÅLER VI PÅ, punkt 4 (planen sætter ingen frist for \
             målet: »til og med 2023« gælder forlængelsen af forsøgsbekendtgørelsen, så \
             planperiodens slutning bruges)"
        );
    }
}

/// Every deadline the app marks as stated is written in its target's sentence (the year,
/// and the month where the deadline has one).
#[test]
fn every_stated_deadline_is_written_in_its_targets_sentence() {
    let w = ws();
    let mut stated = 0;
    for t in w.plan.themes.iter().flat_map(|t| &t.targets) {
        for m in t.measures.iter().filter(|m| m.deadline.stated) {
            stated += 1;
            let year = m.deadline.date.year.to_string();
            assert!(t.text.contains(&year), "{}: {year} in {:?}", m.id, t.text);
        }
    }
    assert!(stated > 0);
}

/// Seed 004's "med 5% til i alt 86%" is a rise of the rate by 5 percentage points (81 % →
/// 86 %), kept with the document's words.
#[test]
fn the_rise_of_the_raskmelding_rate_is_in_percentage_points() {
    let seed = normalize(&common::read_seed(SEED_004));
    let w = ws();
    let case = &w.committee_cases[0];
    let figure = |id: &str| case.figures.iter().find(|f| f.id == id).unwrap();
    let rise = figure("tal-raskmelding-plus-5");
    let rate = figure("tal-raskmelding-86");
    let sentence = "ARI er i 2023 lykkedes med at hæve raskmeldingsprocenten med 5% til i alt 86%";
    assert!(seed.contains(sentence));
    assert_eq!(rise.sentence, sentence);
    assert_eq!(rise.as_written, "med 5%");
    assert_eq!((rise.value, rise.unit), (5.0, FigureUnit::PercentagePoints));
    assert_eq!(rise.display(plan_core::Lang::Da), "5 procentpoint");
    assert_eq!((rate.value, rate.unit), (86.0, FigureUnit::Percent));
    assert_eq!(rate.as_written, "i alt 86%");
}

/// The recommendations of seed 004 are the document's bullets under "Indstilling", word for
/// word and in order; the committee has not decided on them in the document.
#[test]
fn seed_004s_recommendations_are_its_bullets() {
    let raw = common::read_seed(SEED_004);
    let lines: Vec<&str> = raw.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.trim() == "Indstilling")
        .unwrap();
    let bullets: Vec<&str> = lines[start + 2..]
        .iter()
        .take_while(|l| l.starts_with("- "))
        .map(|l| l.trim_start_matches("- ").trim())
        .collect();
    assert_eq!(bullets.len(), 2);
    let w = ws();
    let texts: Vec<&str> = w.committee_cases[0]
        .recommendations
        .iter()
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(texts, bullets);
}

/// The a-dagpenge group's note says what the law says for it: the a-kasse pays and the
/// municipality co-finances 20 / 60 / 70 / 80 % by duration (LBK nr. 221 § 5, stk. 3); the
/// groups the municipality pays and the state reimburses keep the refusion ladder's note.
#[test]
fn each_groups_refusion_note_matches_its_kind_in_the_law() {
    let set = default_scenario_set();
    assert_eq!(&set, &*ws().scenarios);
    let note = |id: &str| {
        let g = set.assumptions.groups.iter().find(|g| g.id == id).unwrap();
        match &g.refusion_share.source {
            Source::Assumption { note } => note.clone(),
            other => panic!("{id}: {other:?}"),
        }
    };
    let a = note("a-dagpenge");
    let rates = A_DAGPENGE_COFINANCING_BY_STEP
        .map(|r| format!("{}", (r * 100.0).round()))
        .join(" / ");
    assert_eq!(rates, "20 / 60 / 70 / 80");
    assert!(
        a.contains(&format!("kommunen medfinansierer a-dagpenge med {rates} %")),
        "{a}"
    );
    assert!(a.contains("LBK nr. 221 af 12/02/2021 § 5, stk. 3"), "{a}");
    assert!(!a.contains("refusionstrappen"), "{a}");
    // The same paragraph as the app's refusion by duration for a-dagpenge.
    let Source::Reference { title } = DurationKind::ADagpenge.law() else {
        panic!("the law is a reference")
    };
    assert!(title.contains("§ 5, stk. 3: kommunen medfinansierer a-dagpenge mv. med 20 %"));
    for g in set
        .assumptions
        .groups
        .iter()
        .filter(|g| g.id != "a-dagpenge")
    {
        let n = note(&g.id);
        assert!(
            n.contains("refusionstrappen (80 / 40 / 30 / 20 % efter varighed"),
            "{}: {n}",
            g.id
        );
    }
}
