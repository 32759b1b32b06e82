//! Editing the development agreement: texts by id, target groups, effect indicators and
//! measures, and the input each operation refuses.

use plan_core::agreement::{
    self, add_indicator, add_measure, add_target_group, default_agreement, has_markup,
    remove_indicator, remove_measure, remove_target_group, set_measure, set_text, text, TextField,
};
use plan_core::{Lang, PartialDate, Shape, Source, Unit};

fn edited() -> Source {
    Source::written_in_app("2026-12-02")
}

#[test]
fn any_text_is_set_by_its_id() {
    let mut a = default_agreement();
    let cases = [
        ("ua16-jc-a1-goal-1", TextField::Main, "Et nyt politisk mål."),
        (
            "ua16-jc-a1-obj-1-2",
            TextField::Main,
            "Langtidsledigheden skal ned.",
        ),
        ("ua16-jc-a1-mg1", TextField::Main, "Alle virksomheder"),
        ("ua16-jc-a1-mg1", TextField::Description, "i hele kommunen"),
        (
            "ua16-jc-a1-mg1-dl-1",
            TextField::Main,
            "Status hvert halve år",
        ),
        (
            "ua16-jc-a1-mg2-ei-1",
            TextField::Main,
            "Færre ledige end i 2015.",
        ),
        (
            "ua16-jc-a1-mg1-ind-1-3",
            TextField::Main,
            "Voksenlærlinge i alle fag",
        ),
        ("ua16-kfb-a1-mg1-ind-1-2", TextField::When, "1. marts 2017"),
        ("ua16-bfv-a1-mg1-eff", TextField::Main, "Brugereffekt:"),
        (
            "ua16-bfv-a1-mg1-eff",
            TextField::EffectText,
            "Rådgivning virker.",
        ),
        ("ua16-int", TextField::Main, "Integration"),
        ("ua16-jc-a1-mg1-nb-1", TextField::Main, "NB: Ny note."),
    ];
    for (id, field, new) in cases {
        set_text(&mut a, id, field, &format!("  {new} "), edited()).unwrap();
        assert_eq!(text(&a, id, field), Some(new), "{id}");
    }
    assert_eq!(a.target_group("ua16-jc-a1-mg1").unwrap().source, edited());
    assert_eq!(
        a.indicator("ua16-jc-a1-mg2-ei-1").unwrap().text,
        "Færre ledige end i 2015."
    );
    // A lead with points may be emptied; a paragraph without points may not.
    set_text(
        &mut a,
        "ua16-jc-a1-mg1-ind-1",
        TextField::Main,
        "",
        edited(),
    )
    .unwrap();
    assert_eq!(text(&a, "ua16-jc-a1-mg1-ind-1", TextField::Main), Some(""));
    assert!(set_text(&mut a, "ua16-jc-a1-goal-2", TextField::Main, " ", edited()).is_err());
    assert!(agreement::validate(&a).is_empty());
}

#[test]
fn wrong_text_input_is_refused_with_a_message() {
    let mut a = default_agreement();
    let before = a.clone();
    let e = set_text(&mut a, "ua16-nope", TextField::Main, "x", edited()).unwrap_err();
    assert_eq!(
        e.message(Lang::Da),
        "Der er intet i udviklingsaftalen med id'et »ua16-nope«."
    );
    assert_eq!(
        e.message(Lang::En),
        "Nothing in the development agreement has the id »ua16-nope«."
    );
    let e = set_text(
        &mut a,
        "ua16-jc-a1-goal-1",
        TextField::Description,
        "x",
        edited(),
    )
    .unwrap_err();
    assert_eq!(
        e.message(Lang::Da),
        "»ua16-jc-a1-goal-1« har ikke en beskrivelse."
    );
    assert_eq!(e.field, "ua16-jc-a1-goal-1-description");
    let e = set_text(&mut a, "ua16-jc-a1-mg1", TextField::Main, "", edited()).unwrap_err();
    assert_eq!(e.message(Lang::Da), "Målgruppen skal have en tekst.");
    assert_eq!(e.message(Lang::En), "The target group needs a text.");
    let e = set_text(
        &mut a,
        "ua16-jc-a1-mg2-ei-1",
        TextField::Main,
        "<p>Flere i job</p>",
        edited(),
    )
    .unwrap_err();
    assert!(e.message(Lang::Da).contains("HTML-koder"), "{e:?}");
    assert!(set_text(
        &mut a,
        "ua16-jc-a1-mg2-ei-1",
        TextField::Main,
        "\n",
        edited()
    )
    .is_err());
    assert_eq!(a, before, "refused input changes nothing");
    assert!(has_markup("<u>Jobskabende</u>"));
    assert!(has_markup("a </p>"));
    assert!(!has_markup("højst 5 < 7 og 9 > 8"));
}

#[test]
fn target_groups_are_added_and_removed() {
    let mut a = default_agreement();
    let id = add_target_group(&mut a, "ua16-int-a1", " Unge flygtninge ", edited()).unwrap();
    assert_eq!(id, "ua16-mg-ny-1");
    let g = a.target_group(&id).unwrap();
    assert_eq!(g.name, "Unge flygtninge");
    assert_eq!(g.effect.id, "ua16-mg-ny-1-eff");
    assert!(g.effect.indicators.is_empty());
    assert_eq!(a.agreement("ua16-int-a1").unwrap().target_groups.len(), 2);
    let second = add_target_group(&mut a, "ua16-int-a1", "Familiesammenførte", edited()).unwrap();
    assert_eq!(second, "ua16-mg-ny-2");
    assert!(agreement::validate(&a).is_empty());

    let e = add_target_group(&mut a, "ua16-x", "Navn", edited()).unwrap_err();
    assert!(e.message(Lang::Da).contains("»ua16-x«"));
    let e = add_target_group(&mut a, "ua16-int-a1", "  ", edited()).unwrap_err();
    assert_eq!(e.message(Lang::Da), "Målgruppen skal have en tekst.");

    let removed = remove_target_group(&mut a, &id).unwrap();
    assert_eq!(removed.name, "Unge flygtninge");
    assert!(remove_target_group(&mut a, &id).is_err());
    // A removed id is free again, but the others stay unique.
    let again = add_target_group(&mut a, "ua16-int-a1", "Igen", edited()).unwrap();
    assert_eq!(again, "ua16-mg-ny-1");
    let ids = agreement::ids(&a);
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len());
    // The Jobcenter's four target groups without one.
    remove_target_group(&mut a, "ua16-jc-a1-mg3").unwrap();
    assert_eq!(a.agreement("ua16-jc-a1").unwrap().target_groups.len(), 3);
    assert_eq!(a.indicators().count(), 15);
}

#[test]
fn effect_indicators_are_added_and_removed() {
    let mut a = default_agreement();
    let id = add_indicator(
        &mut a,
        "ua16-kfb-a1-mg1",
        "Flere borgere betjener sig selv digitalt.",
        edited(),
    )
    .unwrap();
    assert_eq!(id, "ua16-ei-ny-1");
    assert_eq!(
        a.target_group("ua16-kfb-a1-mg1")
            .unwrap()
            .effect
            .indicators
            .len(),
        4
    );
    assert_eq!(a.indicator(&id).unwrap().source, edited());
    assert!(add_indicator(&mut a, "ua16-kfb-a1-mg1", "", edited()).is_err());
    assert!(add_indicator(&mut a, "ua16-jc-a1-mg2-ei-1", "x", edited()).is_err());
    let removed = remove_indicator(&mut a, "ua16-jc-a1-mg2-ei-2").unwrap();
    assert_eq!(removed.measures[0].id, "ua16-m-langtidsledige");
    assert!(a.measure("ua16-m-langtidsledige").is_none());
    assert!(remove_indicator(&mut a, "ua16-jc-a1-mg2-ei-2").is_err());
    assert_eq!(a.indicators().count(), 20);
}

#[test]
fn measures_are_added_set_and_removed() {
    let mut a = default_agreement();
    let indicator = "ua16-bfv-a3-mg1-ei-3";
    let id = add_measure(&mut a, indicator, edited()).unwrap();
    assert_eq!(id, "ua16-m-ny-1");
    let mut m = a.measure(&id).unwrap().clone();
    assert_eq!(
        (m.shape, m.value, m.deadline.date),
        (Shape::Cap, 0.0, PartialDate::year(2016))
    );
    // "lig med antallet i 2015 eller faldende": a development where a fall is better.
    m.indicator = "Sygemeldte selvstændige, der misbruger sociale ydelser".into();
    m.shape = Shape::ChangeAtMostNational;
    m.unit = Unit::PercentagePoints;
    m.from = Some(PartialDate::year(2015));
    set_measure(&mut a, m.clone()).unwrap();
    assert_eq!(a.measure(&id).unwrap(), &m);
    assert!(agreement::validate(&a).is_empty());

    let before = a.clone();
    let mut share = m.clone();
    share.shape = Shape::ShareAtLeast;
    share.unit = Unit::Percent;
    share.value = 120.0;
    let e = set_measure(&mut a, share).unwrap_err();
    assert_eq!(
        e.message(Lang::Da),
        "»Sygemeldte selvstændige, der misbruger sociale ydelser«: en andel skal ligge mellem 0 og 100 %, ikke 120."
    );
    let mut late = m.clone();
    late.deadline.date = PartialDate::year(2020);
    let e = set_measure(&mut a, late).unwrap_err();
    assert!(
        e.message(Lang::Da)
            .contains("uden for aftaleperioden 2016-2017"),
        "{e:?}"
    );
    assert!(e
        .message(Lang::En)
        .contains("outside the agreement period 2016-2017"));
    let mut backwards = m.clone();
    backwards.from = Some(PartialDate::month(2017, 1));
    let e = set_measure(&mut a, backwards).unwrap_err();
    assert_eq!(e.field, format!("measure-{id}-from"));
    assert!(e.message(Lang::Da).contains("skal begynde før fristen"));
    let mut nameless = m.clone();
    nameless.indicator = " ".into();
    assert!(set_measure(&mut a, nameless).is_err());
    let mut unknown = m.clone();
    unknown.id = "ua16-m-findes-ikke".into();
    assert!(set_measure(&mut a, unknown).is_err());
    assert_eq!(a, before, "refused measures change nothing");

    assert!(add_measure(&mut a, "ua16-jc-a1-mg1", edited()).is_err());
    assert_eq!(remove_measure(&mut a, &id).unwrap(), m);
    assert!(remove_measure(&mut a, &id).is_err());
    assert_eq!(a.measures().count(), 14);
    // New measure ids never meet the plan's, whose links key on measure id too.
    let plan = plan_core::defaults::default_workspace().plan;
    let next = add_measure(&mut a, indicator, edited()).unwrap();
    assert!(plan.measure(&next).is_none());
}

#[test]
fn validation_finds_a_repeated_id_and_markup() {
    let mut a = default_agreement();
    let copy = a.sections[0].agreements[0].target_groups[0].clone();
    a.sections[1].agreements[0].target_groups.push(copy);
    let issues = agreement::validate(&a);
    assert!(issues.iter().any(|i| i.message(Lang::Da)
        == "Id'et »ua16-jc-a1-mg1« bruges mere end én gang i udviklingsaftalen."));
    let mut a = default_agreement();
    a.sections[0].agreements[0].goal[0].text = "<p>Mål</p>".into();
    let issues = agreement::validate(&a);
    assert_eq!(issues.len(), 1, "{issues:#?}");
    assert!(issues[0].message(Lang::En).contains("holds HTML tags"));
}
