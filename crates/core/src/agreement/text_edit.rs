//! Reading and setting any text of the agreement by the id of the item that holds it and
//! which of its texts it is.

use super::edit::{issue, not_found};
use super::model::{DevelopmentAgreement, Passage};
use crate::plan_edit::PlanIssue;
use crate::source::Source;

/// Which of an item's texts is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    /// The item's own text: a section's or a target group's name, a paragraph's or a point's
    /// text (goal, objective, link, intervention, deadline, note), an effect's heading, an
    /// effect indicator's sentence.
    Main,
    /// A target group's description (the parenthesis after its name).
    Description,
    /// When a point is dated ("1. januar 2017").
    When,
    /// The text after an effect's heading.
    EffectText,
}

impl TextField {
    /// The code an editor's input ids use.
    pub fn code(self) -> &'static str {
        match self {
            TextField::Main => "text",
            TextField::Description => "description",
            TextField::When => "when",
            TextField::EffectText => "effect-text",
        }
    }
}

/// The input id of an item's text, as issues name it: `{id}-{code}`.
pub fn field_id(id: &str, field: TextField) -> String {
    format!("{id}-{}", field.code())
}

/// What a text slot belongs to, for the rules and the messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Must not be empty; the words say what it is ("Afsnittet", "The section").
    Required(&'static str, &'static str),
    /// May be empty.
    Optional,
}

/// The text, its item's source and what it is.
type Slot<'a> = (&'a mut String, &'a mut Source, Kind);

fn passage_slot<'a>(ps: &'a mut [Passage], id: &str, field: TextField) -> Option<Slot<'a>> {
    for p in ps {
        if p.id == id && field == TextField::Main {
            let kind = if p.points.is_empty() {
                Kind::Required("Afsnittet", "The paragraph")
            } else {
                Kind::Optional
            };
            return Some((&mut p.text, &mut p.source, kind));
        }
        for q in &mut p.points {
            if q.id == id {
                return match field {
                    TextField::Main => Some((
                        &mut q.text,
                        &mut q.source,
                        Kind::Required("Punktet", "The point"),
                    )),
                    TextField::When => Some((&mut q.when, &mut q.source, Kind::Optional)),
                    _ => None,
                };
            }
        }
    }
    None
}

/// The slot of `id`'s `field`, or `None` when there is no such item or it has no such text.
fn slot<'a>(a: &'a mut DevelopmentAgreement, id: &str, field: TextField) -> Option<Slot<'a>> {
    use TextField::*;
    if a.id == id && field == Main {
        return Some((
            &mut a.name,
            &mut a.source,
            Kind::Required("Aftalen", "The agreement"),
        ));
    }
    for s in &mut a.sections {
        if s.id == id {
            return (field == Main).then_some((
                &mut s.name,
                &mut s.source,
                Kind::Required("Afsnittet", "The section"),
            ));
        }
        for ag in &mut s.agreements {
            for ps in [&mut ag.goal, &mut ag.objectives, &mut ag.links] {
                if let Some(found) = passage_slot(ps, id, field) {
                    return Some(found);
                }
            }
            for g in &mut ag.target_groups {
                if g.id == id {
                    return match field {
                        Main => Some((
                            &mut g.name,
                            &mut g.source,
                            Kind::Required("Målgruppen", "The target group"),
                        )),
                        Description => Some((&mut g.description, &mut g.source, Kind::Optional)),
                        _ => None,
                    };
                }
                if let Some(found) = passage_slot(&mut g.interventions, id, field) {
                    return Some(found);
                }
                for d in g.deadline.iter_mut().chain(g.notes.iter_mut()) {
                    if d.id == id {
                        return (field == Main).then_some((
                            &mut d.text,
                            &mut d.source,
                            Kind::Required("Teksten", "The text"),
                        ));
                    }
                }
                let e = &mut g.effect;
                if e.id == id {
                    return match field {
                        Main => Some((&mut e.heading, &mut e.source, Kind::Optional)),
                        EffectText => Some((&mut e.text, &mut e.source, Kind::Optional)),
                        _ => None,
                    };
                }
                for t in &mut e.indicators {
                    if t.id == id {
                        return (field == Main).then_some((
                            &mut t.text,
                            &mut t.source,
                            Kind::Required("Effektindikatoren", "The effect indicator"),
                        ));
                    }
                }
            }
        }
    }
    None
}

/// Whether a text holds markup (`<p>`, `</u>`): the model keeps the content only.
pub fn has_markup(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c == b'<' && {
            let rest = &b[i + 1..];
            let rest = rest.strip_prefix(b"/").unwrap_or(rest);
            rest.first().is_some_and(|c| c.is_ascii_alphabetic())
        }
    })
}

/// Checks a text for an item: no markup, and not empty where it must not be. Returns the
/// text trimmed.
pub(super) fn checked_text(
    field: String,
    text: &str,
    required: Option<(&str, &str)>,
) -> Result<String, PlanIssue> {
    let text = text.trim();
    if has_markup(text) {
        return Err(issue(
            field,
            "Teksten må ikke indeholde HTML-koder som <p> eller <u>: skriv kun selve teksten."
                .into(),
            "The text must not hold HTML tags such as <p> or <u>: write the text only.".into(),
        ));
    }
    if let (true, Some((da, en))) = (text.is_empty(), required) {
        return Err(issue(
            field,
            format!("{da} skal have en tekst."),
            format!("{en} needs a text."),
        ));
    }
    Ok(text.to_owned())
}

fn passage_text<'a>(ps: &'a [Passage], id: &str, field: TextField) -> Option<&'a str> {
    for p in ps {
        if p.id == id {
            return (field == TextField::Main).then_some(p.text.as_str());
        }
        if let Some(q) = p.points.iter().find(|q| q.id == id) {
            return match field {
                TextField::Main => Some(&q.text),
                TextField::When => Some(&q.when),
                _ => None,
            };
        }
    }
    None
}

/// The text of `id`'s `field`, if the agreement has such an item with such a text.
pub fn text<'a>(a: &'a DevelopmentAgreement, id: &str, field: TextField) -> Option<&'a str> {
    use TextField::*;
    if a.id == id {
        return (field == Main).then_some(a.name.as_str());
    }
    for s in &a.sections {
        if s.id == id {
            return (field == Main).then_some(s.name.as_str());
        }
        for ag in &s.agreements {
            for ps in [&ag.goal, &ag.objectives, &ag.links] {
                if let Some(t) = passage_text(ps, id, field) {
                    return Some(t);
                }
            }
            for g in &ag.target_groups {
                if g.id == id {
                    return match field {
                        Main => Some(&g.name),
                        Description => Some(&g.description),
                        _ => None,
                    };
                }
                if let Some(t) = passage_text(&g.interventions, id, field) {
                    return Some(t);
                }
                if let Some(d) = g.deadline.iter().chain(&g.notes).find(|d| d.id == id) {
                    return (field == Main).then_some(d.text.as_str());
                }
                if g.effect.id == id {
                    return match field {
                        Main => Some(&g.effect.heading),
                        EffectText => Some(&g.effect.text),
                        _ => None,
                    };
                }
                if let Some(t) = g.effect.indicators.iter().find(|t| t.id == id) {
                    return (field == Main).then_some(t.text.as_str());
                }
            }
        }
    }
    None
}

/// Sets the text of `id`'s `field` (trimmed) and gives the item `source`. Refuses an
/// unknown id, a field the item does not have, markup, and an empty text where the item
/// needs one (names, points, effect indicators).
pub fn set_text(
    a: &mut DevelopmentAgreement,
    id: &str,
    field: TextField,
    text: &str,
    source: Source,
) -> Result<(), PlanIssue> {
    let exists = super::edit::ids(a).iter().any(|i| i == id);
    let Some((slot_text, slot_source, kind)) = slot(a, id, field) else {
        if !exists {
            return Err(not_found(id));
        }
        let (da, en) = match field {
            TextField::Main => ("en tekst", "a text"),
            TextField::Description => ("en beskrivelse", "a description"),
            TextField::When => ("et tidspunkt", "a time"),
            TextField::EffectText => ("en effekttekst", "an effect text"),
        };
        return Err(issue(
            field_id(id, field),
            format!("»{id}« har ikke {da}."),
            format!("»{id}« has no {en}."),
        ));
    };
    let required = match kind {
        Kind::Required(da, en) => Some((da, en)),
        Kind::Optional => None,
    };
    let text = checked_text(field_id(id, field), text, required)?;
    *slot_text = text;
    *slot_source = source;
    Ok(())
}
