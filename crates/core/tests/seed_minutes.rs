//! Seed 003's minutes (2 December 2019): every agenda item, recommendation and decision,
//! word for word, with the parties' proposals and reservations and the postponements
//! (issue 25).

mod common;

use common::normalize;
use plan_core::committee::minutes::{minutes_2019, StatementKind};
use plan_core::committee::DecisionStatus;
use plan_core::followup::SEED_003;
use plan_core::{PartialDate, Source};

fn seed() -> String {
    normalize(&common::read_seed(SEED_003))
}

const SBU: PartialDate = PartialDate::day(2019, 12, 2);

#[test]
fn every_text_of_the_minutes_is_verbatim_in_seed_003() {
    let seed = seed();
    let m = minutes_2019();
    let mut texts = vec![m.title.clone()];
    for item in &m.items {
        texts.push(item.heading.clone());
        texts.push(item.recommended_by.clone());
        for (i, r) in item.recommendations.iter().enumerate() {
            texts.push(format!("{}. {}", i + 1, r.text));
            texts.extend(r.decisions.iter().map(|d| d.note.clone()));
        }
        for meeting in &item.meetings {
            let month = ["november", "december"][meeting.date.month.unwrap() as usize - 11];
            texts.push(format!(
                "Beslutning i {} den {}. {month} {}: Fraværende: {}",
                meeting.body,
                meeting.date.day.unwrap(),
                meeting.date.year,
                meeting.absent
            ));
            texts.extend(meeting.paragraphs.iter().cloned());
        }
        texts.extend(item.statements.iter().map(|s| s.text.clone()));
    }
    for t in &texts {
        assert!(seed.contains(&normalize(t)), "not in seed 003: {t}");
    }
}

#[test]
fn every_decision_of_seed_003_is_in_the_minutes() {
    let raw = common::read_seed(SEED_003);
    let m = minutes_2019();
    assert_eq!(m.items.len(), 12);
    assert_eq!(
        m.items.iter().map(|i| i.number).collect::<Vec<_>>(),
        (1..=12).collect::<Vec<_>>()
    );
    // Every "Beslutning i …" of the document is a recorded meeting decision.
    let in_seed = raw.matches("Beslutning i ").count();
    let recorded: usize = m.items.iter().map(|i| i.meetings.len()).sum();
    assert_eq!(recorded, in_seed);
    assert_eq!(
        recorded, 13,
        "12 items, item 7 also decided by Økonomiudvalget"
    );
    // Every line the document writes under a decision is one of its paragraphs.
    let paragraphs: Vec<&str> = m
        .items
        .iter()
        .flat_map(|i| &i.meetings)
        .flat_map(|d| d.paragraphs.iter().map(String::as_str))
        .collect();
    let lines: Vec<&str> = raw.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if !line.starts_with("Beslutning i ") {
            continue;
        }
        for next in lines[i + 2..]
            .iter()
            .take_while(|l| !l.trim().is_empty() && !l.starts_with("Beslutning i "))
        {
            assert!(
                paragraphs.contains(next),
                "a decision line is missing: {next}"
            );
        }
    }
    // Each recommendation of the document is there, each has a decision.
    for item in &m.items {
        assert!(!item.recommendations.is_empty(), "{}", item.heading);
        for r in &item.recommendations {
            assert!(!r.decisions.is_empty(), "{} {}", item.heading, r.number);
        }
    }
}

#[test]
fn the_decisions_issue_25_names() {
    let m = minutes_2019();
    // Item 5: "Ad 1. Godkendes …", "Ad 2. Anbefales" … "Ad 5. Anbefales".
    let five = m.item(5).unwrap();
    let notes: Vec<(u8, &str)> = five
        .decisions()
        .map(|(n, d)| (n, d.note.as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            (
                1,
                "Ad 1. Godkendes og videresendes til Økonomiudvalg og Byråd."
            ),
            (2, "Ad 2. Anbefales"),
            (3, "Ad 3. Anbefales"),
            (4, "Ad 4. Anbefales"),
            (5, "Ad 5. Anbefales"),
        ]
    );
    assert!(five
        .decisions()
        .all(|(_, d)| d.status == DecisionStatus::Approved && d.date == SBU));
    // Item 4: discussed with a remark; the proposal of 100 småjob by (A), (F) and (Ø); the
    // reservation of (V) and (O).
    let four = m.item(4).unwrap();
    assert!(four.recommendations[0].decisions[0]
        .note
        .starts_with("Drøftet med bemærkning om, at indholdet af businesscasen"));
    let proposal = &four.statements[0];
    assert_eq!(proposal.kind, StatementKind::Proposal);
    assert_eq!(proposal.parties, ["A", "F", "Ø"]);
    assert!(proposal.text.contains("etablering af 100 småjob"));
    let reservation = &four.statements[1];
    assert_eq!(reservation.kind, StatementKind::Reservation);
    assert_eq!(reservation.parties, ["V", "O"]);
    assert!(reservation
        .text
        .contains("tager forbehold for opfølgningen"));
    // Item 6: plan 2020 recommended without the section on social fraud.
    let six = m.item(6).unwrap();
    assert_eq!(six.status(), DecisionStatus::ApprovedWithChanges);
    assert!(six.recommendations[0].decisions[0]
        .note
        .ends_with("at afsnittet omkring socialt bedrageri fjernes."));
    // Item 7: Økonomiudvalget 18 November, then the committee 2 December; (O)'s proposal.
    let seven = m.item(7).unwrap();
    assert_eq!(seven.meetings[0].body, "Økonomiudvalget");
    assert_eq!(seven.meetings[0].date, PartialDate::day(2019, 11, 18));
    assert_eq!(seven.meetings[0].absent, "");
    assert_eq!(seven.statements[0].parties, ["O"]);
    // Items 10-12 postponed.
    for n in 10..=12 {
        let item = m.item(n).unwrap();
        assert_eq!(item.status(), DecisionStatus::Postponed, "{n}");
        assert_eq!(item.meetings[0].paragraphs, ["Udsat."]);
    }
    // The others approved.
    for n in [1, 2, 3, 4, 5, 8, 9] {
        assert_eq!(m.item(n).unwrap().status(), DecisionStatus::Approved, "{n}");
    }
    // The absent member as the minutes give him.
    assert!(m
        .items
        .iter()
        .flat_map(|i| &i.meetings)
        .filter(|d| d.body == "Social- og Beskæftigelsesudvalget")
        .all(|d| d.absent == "Morten Hass Augustsen (V)" && d.date == SBU));
    assert_eq!(
        StatementKind::Reservation.label(plan_core::Lang::Da),
        "Forbehold"
    );
}

#[test]
fn every_source_is_a_section_of_seed_003() {
    let m = minutes_2019();
    let check = |s: &Source, item: &str| {
        let Source::Seed { file, section } = s else {
            panic!("a seed source");
        };
        assert_eq!(file, SEED_003);
        assert!(section.starts_with(item), "{section} is not under {item}");
    };
    for item in &m.items {
        let title = item.heading.split_once(". ").unwrap().1;
        let prefix = format!("Punkt {}: {title}", item.number);
        check(&item.source, &prefix);
        for r in &item.recommendations {
            check(&r.source, &format!("{prefix}, Indstilling"));
        }
        for d in &item.meetings {
            check(&d.source, &format!("{prefix}, Beslutning i {}", d.body));
        }
    }
    let mut ids: Vec<&str> = m
        .items
        .iter()
        .flat_map(|i| {
            std::iter::once(i.id.as_str()).chain(i.recommendations.iter().map(|r| r.id.as_str()))
        })
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "ids are unique");
}
