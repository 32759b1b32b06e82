//! Editing the committee case: decisions recorded with their dates, in order, and undone;
//! dates that are refused; and the texts a user may change, with their sources and ids.

use plan_core::committee::{
    self, add_direction_point, add_figure_note, default_case, edit_direction_point,
    edit_lever_text, edit_recommendation, parse_iso_date, record_decision, remove_direction_point,
    remove_figure_note, set_assessment, undo_decision, CommitteeCase, Decision, DecisionStatus,
    Verdict,
};
use plan_core::committee::{is_real_date, iso_date};
use plan_core::{Lang, PartialDate, Source};

const TODAY: &str = "2024-03-04";

fn day(iso: &str) -> PartialDate {
    parse_iso_date(iso).unwrap_or_else(|| panic!("{iso} is a real date"))
}

fn decision(status: DecisionStatus, iso: &str, note: &str) -> Decision {
    Decision::new(status, day(iso), note)
}

fn no_issues(case: &CommitteeCase) {
    let issues = committee::check(case, Lang::Da);
    assert!(issues.is_empty(), "{issues:#?}");
}

#[test]
fn decisions_are_recorded_dated_in_order_and_the_latest_is_the_status() {
    let mut case = default_case();
    record_decision(
        &mut case,
        "indstilling-1",
        decision(DecisionStatus::Approved, "2024-03-04", ""),
        Lang::Da,
    )
    .unwrap();
    let r1 = case.recommendation("indstilling-1").unwrap();
    assert_eq!(r1.status(), DecisionStatus::Approved);
    assert_eq!(r1.current().unwrap().date, PartialDate::day(2024, 3, 4));
    assert_eq!(
        r1.current().unwrap().summary(Lang::Da),
        "Godkendt 4. marts 2024"
    );
    assert_eq!(
        case.recommendation("indstilling-2").unwrap().status(),
        DecisionStatus::Pending
    );

    // The second recommendation: postponed, then decided the next month with two places.
    record_decision(
        &mut case,
        "indstilling-2",
        decision(DecisionStatus::Postponed, "2024-03-04", "  Afventer BO1  "),
        Lang::Da,
    )
    .unwrap();
    let mut later = decision(
        DecisionStatus::ApprovedWithChanges,
        "2024-04-08",
        "Sted [1] og [3] belyses",
    );
    later.places = vec![3, 1];
    record_decision(&mut case, "indstilling-2", later, Lang::Da).unwrap();
    // The same day as the latest is not before it.
    record_decision(
        &mut case,
        "indstilling-2",
        decision(DecisionStatus::Approved, "2024-04-08", ""),
        Lang::Da,
    )
    .unwrap();
    let r2 = case.recommendation("indstilling-2").unwrap();
    let history: Vec<(DecisionStatus, &str)> = r2
        .decisions
        .iter()
        .map(|d| (d.status, d.note.as_str()))
        .collect();
    assert_eq!(
        history,
        [
            (DecisionStatus::Postponed, "Afventer BO1"),
            (
                DecisionStatus::ApprovedWithChanges,
                "Sted [1] og [3] belyses"
            ),
            (DecisionStatus::Approved, ""),
        ]
    );
    assert_eq!(r2.decisions[1].places, [3, 1]);
    assert!(r2.decisions.windows(2).all(|w| w[0].date <= w[1].date));
    assert_eq!(r2.status(), DecisionStatus::Approved);
    assert_eq!(r2.status().label(Lang::En), "Approved");
    no_issues(&case);

    // Saved and read back, the history is the same.
    let json = serde_json::to_string(&case).unwrap();
    let again: CommitteeCase = serde_json::from_str(&json).unwrap();
    assert_eq!(again, case);
}

#[test]
fn decisions_are_undone_latest_first() {
    let mut case = default_case();
    let id = "indstilling-1";
    assert_eq!(
        undo_decision(&mut case, id, Lang::Da).unwrap_err(),
        "Der er ingen afgørelse at fortryde."
    );
    assert_eq!(
        undo_decision(&mut case, id, Lang::En).unwrap_err(),
        "There is no decision to undo."
    );
    let first = decision(DecisionStatus::Postponed, "2024-03-04", "");
    let second = decision(DecisionStatus::NotApproved, "2024-05-13", "");
    record_decision(&mut case, id, first.clone(), Lang::Da).unwrap();
    record_decision(&mut case, id, second.clone(), Lang::Da).unwrap();
    assert_eq!(undo_decision(&mut case, id, Lang::Da), Ok(second));
    assert_eq!(
        case.recommendation(id).unwrap().status(),
        DecisionStatus::Postponed
    );
    assert_eq!(undo_decision(&mut case, id, Lang::Da), Ok(first));
    assert_eq!(
        case.recommendation(id).unwrap().status(),
        DecisionStatus::Pending
    );
    assert_eq!(case, default_case());
    // Once undone, an earlier date may be recorded again.
    record_decision(
        &mut case,
        id,
        decision(DecisionStatus::Approved, "2024-02-01", ""),
        Lang::Da,
    )
    .unwrap();
}

#[test]
fn dates_that_are_not_real_or_lie_before_the_latest_are_refused() {
    let mut case = default_case();
    let id = "indstilling-1";
    record_decision(
        &mut case,
        id,
        decision(DecisionStatus::Postponed, "2024-03-04", ""),
        Lang::Da,
    )
    .unwrap();
    let before = case.clone();
    let with = |date: PartialDate| Decision::new(DecisionStatus::Approved, date, "");

    let err = record_decision(&mut case, id, with(PartialDate::day(2024, 2, 30)), Lang::Da);
    assert_eq!(
        err.unwrap_err(),
        "Datoen 2024-02-30 er ikke en rigtig dato; angiv år, måned og dag."
    );
    let err = record_decision(&mut case, id, with(PartialDate::month(2024, 5)), Lang::En);
    assert_eq!(
        err.unwrap_err(),
        "The date 2024-05-?? is not a real date; give the year, month and day."
    );
    assert!(record_decision(&mut case, id, with(PartialDate::day(2023, 2, 29)), Lang::Da).is_err());
    assert!(record_decision(&mut case, id, with(PartialDate::day(2024, 13, 1)), Lang::Da).is_err());
    assert_eq!(parse_iso_date("2024-02-30"), None);
    assert_eq!(parse_iso_date("4. marts 2024"), None);

    let err = record_decision(&mut case, id, with(day("2024-03-03")), Lang::Da);
    assert_eq!(
        err.unwrap_err(),
        "Datoen 3. marts 2024 ligger før den seneste afgørelse (4. marts 2024)."
    );
    let err = record_decision(&mut case, id, with(day("2023-12-31")), Lang::En);
    assert_eq!(
        err.unwrap_err(),
        "The date 31 December 2023 is before the latest decision (4 March 2024)."
    );
    // Another recommendation has its own history.
    record_decision(
        &mut case,
        "indstilling-2",
        with(day("2024-01-15")),
        Lang::Da,
    )
    .unwrap();
    undo_decision(&mut case, "indstilling-2", Lang::Da).unwrap();

    // Pending is not a decision; places must be the case's, once each.
    let pending = Decision::new(DecisionStatus::Pending, day("2024-04-01"), "");
    assert!(record_decision(&mut case, id, pending, Lang::Da)
        .unwrap_err()
        .contains("Afventer"));
    let mut five = with(day("2024-04-01"));
    five.places = vec![5];
    assert_eq!(
        record_decision(&mut case, id, five, Lang::Da).unwrap_err(),
        "Sted [5] findes ikke i sagen."
    );
    let mut twice = with(day("2024-04-01"));
    twice.places = vec![2, 2];
    assert_eq!(
        record_decision(&mut case, id, twice, Lang::Da).unwrap_err(),
        "Sted [2] er nævnt to gange."
    );
    assert_eq!(
        record_decision(
            &mut case,
            "indstilling-3",
            with(day("2024-04-01")),
            Lang::Da
        )
        .unwrap_err(),
        "Indstillingen »indstilling-3« findes ikke i sagen."
    );
    assert_eq!(case, before, "a refused decision changes nothing");
}

#[test]
fn a_recommendations_text_is_edited_with_its_source() {
    let mut case = default_case();
    let old = case.recommendation("indstilling-2").unwrap().clone();
    let text = "at udvalget peger på sted [1] og [3].";
    edit_recommendation(
        &mut case,
        "indstilling-2",
        &format!(" {text} "),
        TODAY,
        Lang::Da,
    )
    .unwrap();
    let r = case.recommendation("indstilling-2").unwrap();
    assert_eq!(r.text, text);
    assert_eq!(r.source, Source::changed_in_app(TODAY, &old.source));
    assert_eq!(r.id, old.id);
    // The same text again keeps the source.
    let source = r.source.clone();
    edit_recommendation(&mut case, "indstilling-2", text, "2024-05-01", Lang::Da).unwrap();
    assert_eq!(case.recommendation("indstilling-2").unwrap().source, source);
    assert_eq!(
        edit_recommendation(&mut case, "indstilling-2", "  ", TODAY, Lang::Da).unwrap_err(),
        "Teksten må ikke være tom."
    );
    assert_eq!(
        edit_recommendation(&mut case, "x", "tekst", TODAY, Lang::En).unwrap_err(),
        "The recommendation »x« is not in the case."
    );
}

#[test]
fn a_levers_text_and_assessment_are_edited() {
    let mut case = default_case();
    let before = case.clone();
    let paragraphs = vec!["Første afsnit.".to_owned(), "  ".into(), " Andet. ".into()];
    edit_lever_text(&mut case, "tema-3-a-1", &paragraphs, TODAY, Lang::Da).unwrap();
    let part = case.themes[2].levers[0].part("tema-3-a-1").unwrap();
    assert_eq!(part.paragraphs, ["Første afsnit.", "Andet."]);
    assert!(
        matches!(&part.source, Source::Assumption { note } if note.starts_with("ændret i appen 2024-03-04"))
    );
    assert_eq!(
        edit_lever_text(&mut case, "tema-3-a-1", &[" ".into()], TODAY, Lang::Da).unwrap_err(),
        "Teksten må ikke være tom."
    );
    assert_eq!(
        edit_lever_text(&mut case, "tema-9-a-1", &paragraphs, TODAY, Lang::Da).unwrap_err(),
        "Grebet »tema-9-a-1« findes ikke i sagen."
    );

    // An assessment of its own for lever 3a.
    set_assessment(
        &mut case,
        "tema-3-a-1",
        Verdict::WithinFrame,
        "Kan ske inden for rammen.",
        TODAY,
        Lang::Da,
    )
    .unwrap();
    let a = &case.themes[2].levers[0].parts[0].assessment;
    assert_eq!(
        (a.verdict, a.statement.as_str()),
        (Verdict::WithinFrame, "Kan ske inden for rammen.")
    );
    assert_eq!(
        set_assessment(
            &mut case,
            "tema-3-b-1",
            Verdict::BudgetRequest,
            " ",
            TODAY,
            Lang::Da
        )
        .unwrap_err(),
        "Vurderingen mangler den sætning, der siger den."
    );
    // A place is on one lever part only, and must have a footnote.
    let place1 = Verdict::SlowerPhaseIn { place: 1 };
    assert_eq!(
        set_assessment(&mut case, "tema-3-a-1", place1, "Sted 1.", TODAY, Lang::Da).unwrap_err(),
        "Sted [1] hører allerede til greb 1a."
    );
    assert_eq!(
        set_assessment(
            &mut case,
            "tema-3-a-1",
            Verdict::SlowerPhaseIn { place: 5 },
            "Sted 5.",
            TODAY,
            Lang::En
        )
        .unwrap_err(),
        "Place [5] has no footnote in the case."
    );
    // Moved: first off lever 1a (the statement goes with "no assessment"), then onto 3a.
    set_assessment(
        &mut case,
        "tema-1-a-4",
        Verdict::NotStated,
        "x",
        TODAY,
        Lang::Da,
    )
    .unwrap();
    assert_eq!(case.themes[0].levers[0].parts[3].assessment.statement, "");
    set_assessment(&mut case, "tema-3-a-1", place1, "Sted 1.", TODAY, Lang::Da).unwrap();
    let p = case.place(1).unwrap();
    assert_eq!(
        (p.lever_label(), p.statement()),
        ("3a".to_owned(), "Sted 1.")
    );
    assert_eq!(case.places().len(), 4);
    // Setting the same place on the same part again is fine.
    set_assessment(&mut case, "tema-3-a-1", place1, "Sted 1.", TODAY, Lang::Da).unwrap();
    no_issues(&case);
    assert_ne!(case, before);
    assert_eq!(case.ids(), before.ids(), "the ids stay as they were");
}

#[test]
fn a_themes_direction_points_are_edited_added_and_removed() {
    let mut case = default_case();
    edit_direction_point(
        &mut case,
        "tema-5-retning-1",
        "Ny retning.",
        TODAY,
        Lang::Da,
    )
    .unwrap();
    assert_eq!(case.themes[4].direction[0].text, "Ny retning.");
    assert_eq!(
        edit_direction_point(&mut case, "tema-5-retning-9", "x", TODAY, Lang::Da).unwrap_err(),
        "Punktet »tema-5-retning-9« findes ikke i sagen."
    );
    assert!(edit_direction_point(&mut case, "tema-5-retning-1", "", TODAY, Lang::Da).is_err());

    let id = add_direction_point(&mut case, "tema-5", " Et nyt punkt ", TODAY, Lang::Da).unwrap();
    assert_eq!(id, "tema-5-retning-2");
    let point = &case.themes[4].direction[1];
    assert_eq!(
        (point.text.as_str(), &point.source),
        ("Et nyt punkt", &Source::written_in_app(TODAY))
    );
    assert!(add_direction_point(&mut case, "tema-6", "x", TODAY, Lang::Da).is_err());
    assert!(add_direction_point(&mut case, "tema-5", " ", TODAY, Lang::Da).is_err());

    // Removing the first point of theme 1 keeps the other's id; its letter becomes A.
    let removed = remove_direction_point(&mut case, "tema-1-retning-1", Lang::Da).unwrap();
    assert!(removed.text.starts_with("Slagelse Kommune skal bistå"));
    assert_eq!(case.themes[0].direction.len(), 1);
    assert_eq!(case.themes[0].direction[0].id, "tema-1-retning-2");
    assert!(remove_direction_point(&mut case, "tema-1-retning-1", Lang::Da).is_err());
    let again = add_direction_point(&mut case, "tema-1", "Tilbage", TODAY, Lang::Da).unwrap();
    assert_eq!(case.ids().iter().filter(|i| **i == again).count(), 1);
    no_issues(&case);
}

#[test]
fn notes_are_added_to_and_removed_from_a_figure() {
    let mut case = default_case();
    let fig = "tal-raskmelding-plus-5";
    let note = "Sagen skriver 5 %, men en stigning til 86 % fra 81 % er 5 procentpoint.";
    let first = add_figure_note(&mut case, fig, note, TODAY, Lang::Da).unwrap();
    assert_eq!(first, "tal-raskmelding-plus-5-note-1");
    let second = add_figure_note(&mut case, fig, "Kilde: jobindsats.dk", TODAY, Lang::Da).unwrap();
    assert_eq!(second, "tal-raskmelding-plus-5-note-2");
    let notes = &case.figure(fig).unwrap().notes;
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0].text, note);
    assert_eq!(notes[0].source, Source::written_in_app(TODAY));
    // The figure itself is as the case writes it.
    assert_eq!(case.figure(fig).unwrap().value, 5.0);

    assert_eq!(
        remove_figure_note(&mut case, fig, &first, Lang::Da)
            .unwrap()
            .text,
        note
    );
    assert_eq!(
        remove_figure_note(&mut case, fig, &first, Lang::Da).unwrap_err(),
        format!("Noten »{first}« findes ikke i sagen.")
    );
    assert_eq!(case.figure(fig).unwrap().notes[0].id, second);
    assert!(add_figure_note(&mut case, fig, "  ", TODAY, Lang::Da).is_err());
    assert_eq!(
        add_figure_note(&mut case, "tal-x", "x", TODAY, Lang::En).unwrap_err(),
        "The figure »tal-x« is not in the case."
    );
    no_issues(&case);
    let again: CommitteeCase =
        serde_json::from_str(&serde_json::to_string(&case).unwrap()).unwrap();
    assert_eq!(again, case);
}

#[test]
fn the_check_finds_what_the_edits_refuse() {
    let mut case = default_case();
    case.recommendations[0].decisions = vec![
        Decision::new(DecisionStatus::Approved, PartialDate::day(2024, 5, 1), ""),
        Decision::new(DecisionStatus::Pending, PartialDate::day(2024, 4, 31), ""),
    ];
    case.themes[0].direction[1].id = case.themes[0].direction[0].id.clone();
    case.themes[1].levers[0].parts[2].assessment.verdict = Verdict::SlowerPhaseIn { place: 1 };
    let issues = committee::check(&case, Lang::Da);
    for expected in [
        "Id'et »tema-1-retning-1« bruges mere end én gang i sagen.",
        "Sted [1] står ved mere end ét greb.",
        "Fodnote [4] står ikke ved noget greb.",
        "Afgørelse 2 på indstilling 1 har ikke en rigtig dato.",
        "Afgørelse 2 på indstilling 1 er dateret før den forrige.",
        "Afgørelse 2 på indstilling 1 er »Afventer«.",
    ] {
        assert!(
            issues.iter().any(|i| i == expected),
            "{expected}: {issues:#?}"
        );
    }
    assert_eq!(issues.len(), 6, "{issues:#?}");
}

#[test]
fn real_dates_iso_dates_and_status_codes() {
    assert!(is_real_date(PartialDate::day(2024, 2, 29)));
    assert!(!is_real_date(PartialDate::day(2023, 2, 29)));
    assert!(!is_real_date(PartialDate::day(1900, 2, 29)));
    assert!(is_real_date(PartialDate::day(2000, 2, 29)));
    assert!(!is_real_date(PartialDate::day(2024, 4, 31)));
    assert!(!is_real_date(PartialDate::day(2024, 4, 0)));
    assert!(!is_real_date(PartialDate::month(2024, 4)));
    assert!(!is_real_date(PartialDate::year(2024)));
    assert!(!is_real_date(PartialDate::day(2024, 13, 1)));
    assert_eq!(
        parse_iso_date(" 2024-03-04 "),
        Some(PartialDate::day(2024, 3, 4))
    );
    for bad in [
        "2024-02-30",
        "2024-3-4",
        "04-03-2024",
        "2024-03-04-1",
        "+024-03-04",
        "0000-01-01",
        "",
    ] {
        assert_eq!(parse_iso_date(bad), None, "{bad}");
    }
    assert_eq!(iso_date(PartialDate::day(2024, 3, 4)), "2024-03-04");
    for s in DecisionStatus::ALL {
        assert_eq!(DecisionStatus::from_code(s.code()), Some(s));
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, format!("\"{}\"", s.code()));
    }
    let labels: Vec<&str> = DecisionStatus::ALL
        .iter()
        .map(|s| s.label(Lang::Da))
        .collect();
    assert_eq!(
        labels,
        [
            "Afventer",
            "Godkendt",
            "Ikke godkendt",
            "Udsat",
            "Godkendt med ændringer"
        ]
    );
    assert_eq!(DecisionStatus::default(), DecisionStatus::Pending);
    assert!(!DecisionStatus::RECORDABLE.contains(&DecisionStatus::Pending));
}
