//! Editing the development agreement: adding and removing target groups, effect indicators
//! and their measures, with new ids that keep every id unique, and checking the whole. Each
//! operation is a pure function on the model that refuses wrong input with a message in
//! Danish and English ([`PlanIssue`], as the plan editor's issues).

use super::model::{DevelopmentAgreement, Effect, Passage, TargetGroup};
use super::text_edit::{checked_text, field_id, has_markup, TextField};
use crate::model::{Measure, Period, Target};
use crate::plan_edit::{measure_issues, PlanIssue};
use crate::source::Source;

/// An issue tied to a field.
pub(super) fn issue(field: String, da: String, en: String) -> PlanIssue {
    PlanIssue {
        field,
        message_da: da,
        message_en: en,
    }
}

/// "Nothing has this id".
pub(super) fn not_found(id: &str) -> PlanIssue {
    issue(
        id.to_owned(),
        format!("Der er intet i udviklingsaftalen med id'et »{id}«."),
        format!("Nothing in the development agreement has the id »{id}«."),
    )
}

/// The years a measure of the agreement may be dated in: the agreement's year and the next,
/// when it is followed up ("Opfølgning i 1. kvartal 2017").
pub fn period(a: &DevelopmentAgreement) -> Period {
    Period {
        start: a.year,
        end: a.year + 1,
    }
}

/// Every id in the agreement, in the document's order.
pub fn ids(a: &DevelopmentAgreement) -> Vec<String> {
    let mut out = vec![a.id.clone()];
    let passages = |out: &mut Vec<String>, ps: &[Passage]| {
        for p in ps {
            out.push(p.id.clone());
            out.extend(p.points.iter().map(|q| q.id.clone()));
        }
    };
    for s in &a.sections {
        out.push(s.id.clone());
        for ag in &s.agreements {
            out.push(ag.id.clone());
            passages(&mut out, &ag.goal);
            passages(&mut out, &ag.objectives);
            passages(&mut out, &ag.links);
            for g in &ag.target_groups {
                out.push(g.id.clone());
                passages(&mut out, &g.interventions);
                out.extend(g.deadline.iter().map(|d| d.id.clone()));
                out.push(g.effect.id.clone());
                for t in &g.effect.indicators {
                    out.push(t.id.clone());
                    out.extend(t.measures.iter().map(|m| m.id.clone()));
                }
                out.extend(g.notes.iter().map(|n| n.id.clone()));
            }
        }
    }
    out
}

/// A new id `{agreement id}-{what}-1`, `-2`, … that the agreement does not use, and whose
/// `{id}{suffix}` it does not use either for each of `suffixes`.
fn new_id_with(a: &DevelopmentAgreement, what: &str, suffixes: &[&str]) -> String {
    let taken = ids(a);
    let base = format!("{}-{what}", a.id);
    crate::ids::unique_id(&base, |id| {
        std::iter::once(id.to_owned())
            .chain(suffixes.iter().map(|s| format!("{id}{s}")))
            .any(|c| taken.contains(&c))
    })
}

/// A new id `{agreement id}-{what}-N` that the agreement does not use.
pub fn new_id(a: &DevelopmentAgreement, what: &str) -> String {
    new_id_with(a, what, &[])
}

/// Adds a target group named `name` last in an agreement, with an empty effect column;
/// returns its id.
pub fn add_target_group(
    a: &mut DevelopmentAgreement,
    agreement_id: &str,
    name: &str,
    source: Source,
) -> Result<String, PlanIssue> {
    if a.agreement(agreement_id).is_none() {
        return Err(not_found(agreement_id));
    }
    let id = new_id_with(a, "mg-ny", &["-eff"]);
    let name = checked_text(
        field_id(&id, TextField::Main),
        name,
        Some(("Målgruppen", "The target group")),
    )?;
    let group = TargetGroup {
        id: id.clone(),
        name,
        description: String::new(),
        interventions: Vec::new(),
        deadline: Vec::new(),
        effect: Effect {
            id: format!("{id}-eff"),
            heading: String::new(),
            text: String::new(),
            indicators: Vec::new(),
            source: source.clone(),
        },
        notes: Vec::new(),
        source,
    };
    a.agreement_mut(agreement_id)
        .expect("checked above")
        .target_groups
        .push(group);
    Ok(id)
}

/// Removes a target group with everything under it; returns it.
pub fn remove_target_group(
    a: &mut DevelopmentAgreement,
    id: &str,
) -> Result<TargetGroup, PlanIssue> {
    for ag in a.sections.iter_mut().flat_map(|s| s.agreements.iter_mut()) {
        if let Some(i) = ag.target_groups.iter().position(|g| g.id == id) {
            return Ok(ag.target_groups.remove(i));
        }
    }
    Err(not_found(id))
}

/// Adds an effect indicator with the sentence `text` and no measures last in a target
/// group; returns its id.
pub fn add_indicator(
    a: &mut DevelopmentAgreement,
    group_id: &str,
    text: &str,
    source: Source,
) -> Result<String, PlanIssue> {
    if a.target_group(group_id).is_none() {
        return Err(not_found(group_id));
    }
    let id = new_id(a, "ei-ny");
    let text = checked_text(
        field_id(&id, TextField::Main),
        text,
        Some(("Effektindikatoren", "The effect indicator")),
    )?;
    a.target_group_mut(group_id)
        .expect("checked above")
        .effect
        .indicators
        .push(Target {
            id: id.clone(),
            text,
            measures: Vec::new(),
            source,
        });
    Ok(id)
}

/// Removes an effect indicator with its measures; returns it.
pub fn remove_indicator(a: &mut DevelopmentAgreement, id: &str) -> Result<Target, PlanIssue> {
    for g in a
        .sections
        .iter_mut()
        .flat_map(|s| s.agreements.iter_mut())
        .flat_map(|ag| ag.target_groups.iter_mut())
    {
        if let Some(i) = g.effect.indicators.iter().position(|t| t.id == id) {
            return Ok(g.effect.indicators.remove(i));
        }
    }
    Err(not_found(id))
}

/// Adds a measure to an effect indicator, as the plan editor adds one
/// ([`Measure::blank`]: a cap of 0 persons by the end of the agreement's year); returns its
/// id. Give it its indicator, shape and value with [`set_measure`].
pub fn add_measure(
    a: &mut DevelopmentAgreement,
    indicator_id: &str,
    source: Source,
) -> Result<String, PlanIssue> {
    if a.indicator(indicator_id).is_none() {
        return Err(not_found(indicator_id));
    }
    let id = new_id(a, "m-ny");
    let m = Measure::blank(&id, a.year, source);
    a.indicator_mut(indicator_id)
        .expect("checked above")
        .measures
        .push(m);
    Ok(id)
}

/// Replaces the measure with `measure`'s id by `measure`, when it passes the plan editor's
/// checks of a measure ([`measure_issues`]) for the agreement's [`period`]; else refuses it
/// with the first issue and changes nothing.
pub fn set_measure(a: &mut DevelopmentAgreement, measure: Measure) -> Result<(), PlanIssue> {
    if a.measure(&measure.id).is_none() {
        return Err(not_found(&measure.id));
    }
    if let Some(first) = measure_issues(&measure, period(a), PERIOD_WORDS)
        .into_iter()
        .next()
    {
        return Err(first);
    }
    if has_markup(&measure.indicator) {
        return Err(issue(
            crate::plan_edit::field::measure(&measure.id, "indicator"),
            "Indikatoren må ikke indeholde HTML-koder.".into(),
            "The indicator must not hold HTML tags.".into(),
        ));
    }
    let id = measure.id.clone();
    *a.measure_mut(&id).expect("checked above") = measure;
    Ok(())
}

/// Removes a measure; returns it.
pub fn remove_measure(a: &mut DevelopmentAgreement, id: &str) -> Result<Measure, PlanIssue> {
    for t in a
        .sections
        .iter_mut()
        .flat_map(|s| s.agreements.iter_mut())
        .flat_map(|ag| ag.target_groups.iter_mut())
        .flat_map(|g| g.effect.indicators.iter_mut())
    {
        if let Some(i) = t.measures.iter().position(|m| m.id == id) {
            return Ok(t.measures.remove(i));
        }
    }
    Err(not_found(id))
}

/// How the measures' issues name the agreement's period.
const PERIOD_WORDS: [&str; 2] = ["aftaleperioden", "the agreement period"];

/// Checks the whole agreement: every id unique, no markup in any text, names and
/// indicators not empty, every measure as [`set_measure`] checks it.
pub fn validate(a: &DevelopmentAgreement) -> Vec<PlanIssue> {
    let mut out = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for id in ids(a) {
        if seen.contains(&id) {
            out.push(issue(
                id.clone(),
                format!("Id'et »{id}« bruges mere end én gang i udviklingsaftalen."),
                format!("The id »{id}« is used more than once in the development agreement."),
            ));
        }
        seen.push(id);
    }
    for (what, text) in a.texts() {
        if has_markup(text) {
            out.push(issue(
                a.id.clone(),
                format!("En tekst ({what}) indeholder HTML-koder: »{text}«."),
                format!("A text ({what}) holds HTML tags: »{text}«."),
            ));
        }
    }
    let required = |out: &mut Vec<PlanIssue>, id: &str, text: &str, da: &str, en: &str| {
        if text.trim().is_empty() {
            out.push(issue(
                field_id(id, TextField::Main),
                format!("{da} skal have en tekst."),
                format!("{en} needs a text."),
            ));
        }
    };
    for s in &a.sections {
        required(&mut out, &s.id, &s.name, "Afsnittet", "The section");
        for g in s.agreements.iter().flat_map(|ag| &ag.target_groups) {
            required(&mut out, &g.id, &g.name, "Målgruppen", "The target group");
            for t in &g.effect.indicators {
                required(
                    &mut out,
                    &t.id,
                    &t.text,
                    "Effektindikatoren",
                    "The effect indicator",
                );
                for m in &t.measures {
                    out.extend(measure_issues(m, period(a), PERIOD_WORDS));
                }
            }
        }
    }
    out
}
