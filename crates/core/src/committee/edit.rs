//! Editing a committee case as a view does: recording and undoing the committee's decisions,
//! and changing the texts (a recommendation, a lever part and its assessment, the points of a
//! theme's political direction, the notes on a figure).
//!
//! Every operation is a pure function on the case. It changes nothing and returns a message
//! in the UI language when it refuses (Danish first, as `plan_edit`'s messages); ids are kept
//! as they are, and a new entry gets an id no entry of the case has (`crate::ids`). A changed
//! text's source becomes "ændret i appen <today> (før: …)", a new one "skrevet i appen
//! <today>"; `today` is the date as "YYYY-MM-DD".

use super::decision::{is_real_date, Decision, DecisionStatus};
use super::figures::FigureNote;
use super::{Assessment, CommitteeCase, DirectionPoint, LeverPart, Recommendation, Verdict};
use crate::basic::PartialDate;
use crate::format;
use crate::ids;
use crate::source::Source;
use crate::Lang;

/// The message in the UI language.
fn refuse<T>(lang: Lang, da: String, en: String) -> Result<T, String> {
    Err(lang.pick(da, en))
}

fn no_entry<T>(lang: Lang, what_da: &str, what_en: &str, id: &str) -> Result<T, String> {
    refuse(
        lang,
        format!("{what_da} »{id}« findes ikke i sagen."),
        format!("The {what_en} »{id}« is not in the case."),
    )
}

fn empty_text<T>(lang: Lang) -> Result<T, String> {
    refuse(
        lang,
        "Teksten må ikke være tom.".into(),
        "The text must not be empty.".into(),
    )
}

fn date_text(d: PartialDate, lang: Lang) -> String {
    if is_real_date(d) {
        format::date(d, lang)
    } else {
        let part = |v: Option<u8>| v.map_or("??".to_owned(), |v| format!("{v:02}"));
        format!("{:04}-{}-{}", d.year, part(d.month), part(d.day))
    }
}

fn recommendation_mut<'a>(
    case: &'a mut CommitteeCase,
    id: &str,
    lang: Lang,
) -> Result<&'a mut Recommendation, String> {
    match case.recommendations.iter_mut().find(|r| r.id == id) {
        Some(r) => Ok(r),
        None => no_entry(lang, "Indstillingen", "recommendation", id),
    }
}

fn part_mut<'a>(
    case: &'a mut CommitteeCase,
    id: &str,
    lang: Lang,
) -> Result<&'a mut LeverPart, String> {
    let found = case
        .themes
        .iter_mut()
        .flat_map(|t| t.levers.iter_mut())
        .flat_map(|l| l.parts.iter_mut())
        .find(|p| p.id == id);
    match found {
        Some(p) => Ok(p),
        None => no_entry(lang, "Grebet", "lever", id),
    }
}

/// Records a decision on a recommendation; it becomes the current status. Refused when the
/// date is not a real date given to the day, when it lies before the latest decision (a
/// decision the same day is taken later that day), when the status is "Afventer" (that is the
/// status before any decision: undo the decisions instead), or when a place it points at is
/// not a place of the case or is named twice.
pub fn record_decision(
    case: &mut CommitteeCase,
    recommendation_id: &str,
    decision: Decision,
    lang: Lang,
) -> Result<(), String> {
    if !is_real_date(decision.date) {
        let d = date_text(decision.date, lang);
        return refuse(
            lang,
            format!("Datoen {d} er ikke en rigtig dato; angiv år, måned og dag."),
            format!("The date {d} is not a real date; give the year, month and day."),
        );
    }
    if decision.status == DecisionStatus::Pending {
        return refuse(
            lang,
            "»Afventer« er status, før udvalget har besluttet; vælg en afgørelse, eller fortryd den seneste.".into(),
            "»Pending« is the status before the committee decides; choose a decision, or undo the latest one.".into(),
        );
    }
    let known: Vec<u8> = case.places().iter().map(|p| p.number).collect();
    for (i, p) in decision.places.iter().enumerate() {
        if !known.contains(p) {
            return refuse(
                lang,
                format!("Sted [{p}] findes ikke i sagen."),
                format!("Place [{p}] is not in the case."),
            );
        }
        if decision.places[..i].contains(p) {
            return refuse(
                lang,
                format!("Sted [{p}] er nævnt to gange."),
                format!("Place [{p}] is named twice."),
            );
        }
    }
    let r = recommendation_mut(case, recommendation_id, lang)?;
    if let Some(last) = r.current() {
        if decision.date < last.date {
            let (new, old) = (date_text(decision.date, lang), date_text(last.date, lang));
            return refuse(
                lang,
                format!("Datoen {new} ligger før den seneste afgørelse ({old})."),
                format!("The date {new} is before the latest decision ({old})."),
            );
        }
    }
    let mut decision = decision;
    decision.note = decision.note.trim().to_owned();
    r.decisions.push(decision);
    Ok(())
}

/// Removes the latest decision on a recommendation and returns it; the one before becomes
/// the current status again ("Afventer" when there is none).
pub fn undo_decision(
    case: &mut CommitteeCase,
    recommendation_id: &str,
    lang: Lang,
) -> Result<Decision, String> {
    let r = recommendation_mut(case, recommendation_id, lang)?;
    match r.decisions.pop() {
        Some(d) => Ok(d),
        None => refuse(
            lang,
            "Der er ingen afgørelse at fortryde.".into(),
            "There is no decision to undo.".into(),
        ),
    }
}

/// Changes a recommendation's text.
pub fn edit_recommendation(
    case: &mut CommitteeCase,
    recommendation_id: &str,
    text: &str,
    today: &str,
    lang: Lang,
) -> Result<(), String> {
    let text = text.trim();
    if text.is_empty() {
        return empty_text(lang);
    }
    let r = recommendation_mut(case, recommendation_id, lang)?;
    if r.text != text {
        r.text = text.to_owned();
        r.source = Source::changed_in_app(today, &r.source);
    }
    Ok(())
}

/// Changes the paragraphs of a lever part; empty paragraphs are left out, and at least one
/// must remain.
pub fn edit_lever_text(
    case: &mut CommitteeCase,
    part_id: &str,
    paragraphs: &[String],
    today: &str,
    lang: Lang,
) -> Result<(), String> {
    let paragraphs: Vec<String> = paragraphs
        .iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    if paragraphs.is_empty() {
        return empty_text(lang);
    }
    let part = part_mut(case, part_id, lang)?;
    if part.paragraphs != paragraphs {
        part.paragraphs = paragraphs;
        part.source = Source::changed_in_app(today, &part.source);
    }
    Ok(())
}

/// Sets the administration's assessment of a lever part. Every verdict but "no assessment"
/// needs the sentence that states it; for "no assessment" the sentence is dropped. A place
/// must have a footnote in the case and may be on one lever part only.
pub fn set_assessment(
    case: &mut CommitteeCase,
    part_id: &str,
    verdict: Verdict,
    statement: &str,
    today: &str,
    lang: Lang,
) -> Result<(), String> {
    let statement = match verdict {
        Verdict::NotStated => "",
        _ => statement.trim(),
    };
    if statement.is_empty() && verdict != Verdict::NotStated {
        return refuse(
            lang,
            "Vurderingen mangler den sætning, der siger den.".into(),
            "The assessment needs the sentence that states it.".into(),
        );
    }
    if let Verdict::SlowerPhaseIn { place } = verdict {
        if case.footnote(place).is_none() {
            return refuse(
                lang,
                format!("Sted [{place}] har ingen fodnote i sagen."),
                format!("Place [{place}] has no footnote in the case."),
            );
        }
        if let Some(other) = case
            .places()
            .into_iter()
            .find(|p| p.number == place && p.part.id != part_id)
        {
            let label = other.lever_label();
            return refuse(
                lang,
                format!("Sted [{place}] hører allerede til greb {label}."),
                format!("Place [{place}] already belongs to lever {label}."),
            );
        }
    }
    let part = part_mut(case, part_id, lang)?;
    let a = &mut part.assessment;
    if a.verdict != verdict || a.statement != statement {
        *a = Assessment {
            verdict,
            statement: statement.to_owned(),
            source: Source::changed_in_app(today, &a.source),
        };
    }
    Ok(())
}

/// Changes one point of a theme's political direction.
pub fn edit_direction_point(
    case: &mut CommitteeCase,
    point_id: &str,
    text: &str,
    today: &str,
    lang: Lang,
) -> Result<(), String> {
    let text = text.trim();
    if text.is_empty() {
        return empty_text(lang);
    }
    let found = case
        .themes
        .iter_mut()
        .flat_map(|t| t.direction.iter_mut())
        .find(|d| d.id == point_id);
    let Some(point) = found else {
        return no_entry(lang, "Punktet", "point", point_id);
    };
    if point.text != text {
        point.text = text.to_owned();
        point.source = Source::changed_in_app(today, &point.source);
    }
    Ok(())
}

/// Adds a point at the end of a theme's political direction and returns its id
/// (`<theme>-retning-<n>`).
pub fn add_direction_point(
    case: &mut CommitteeCase,
    theme_id: &str,
    text: &str,
    today: &str,
    lang: Lang,
) -> Result<String, String> {
    let text = text.trim();
    if text.is_empty() {
        return empty_text(lang);
    }
    let taken = case.ids();
    let Some(theme) = case.themes.iter_mut().find(|t| t.id == theme_id) else {
        return no_entry(lang, "Temaet", "theme", theme_id);
    };
    let id = ids::unique_id(&format!("{theme_id}-retning"), |id| {
        taken.iter().any(|t| t == id)
    });
    theme.direction.push(DirectionPoint {
        id: id.clone(),
        text: text.to_owned(),
        source: Source::written_in_app(today),
    });
    Ok(id)
}

/// Removes a point of a theme's political direction and returns it. The other points keep
/// their ids (and so their letters move up).
pub fn remove_direction_point(
    case: &mut CommitteeCase,
    point_id: &str,
    lang: Lang,
) -> Result<DirectionPoint, String> {
    for t in &mut case.themes {
        if let Some(i) = t.direction.iter().position(|d| d.id == point_id) {
            return Ok(t.direction.remove(i));
        }
    }
    no_entry(lang, "Punktet", "point", point_id)
}

/// Adds a note to a figure and returns its id (`<figure>-note-<n>`).
pub fn add_figure_note(
    case: &mut CommitteeCase,
    figure_id: &str,
    text: &str,
    today: &str,
    lang: Lang,
) -> Result<String, String> {
    let text = text.trim();
    if text.is_empty() {
        return empty_text(lang);
    }
    let taken = case.ids();
    let Some(figure) = case.figures.iter_mut().find(|f| f.id == figure_id) else {
        return no_entry(lang, "Tallet", "figure", figure_id);
    };
    let id = ids::unique_id(&format!("{figure_id}-note"), |id| {
        taken.iter().any(|t| t == id)
    });
    figure.notes.push(FigureNote {
        id: id.clone(),
        text: text.to_owned(),
        source: Source::written_in_app(today),
    });
    Ok(id)
}

/// Removes a note from a figure and returns it.
pub fn remove_figure_note(
    case: &mut CommitteeCase,
    figure_id: &str,
    note_id: &str,
    lang: Lang,
) -> Result<FigureNote, String> {
    let Some(figure) = case.figures.iter_mut().find(|f| f.id == figure_id) else {
        return no_entry(lang, "Tallet", "figure", figure_id);
    };
    match figure.notes.iter().position(|n| n.id == note_id) {
        Some(i) => Ok(figure.notes.remove(i)),
        None => no_entry(lang, "Noten", "note", note_id),
    }
}
