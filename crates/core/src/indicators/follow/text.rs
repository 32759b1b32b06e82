//! The followed targets in words: the goal, the latest figure and the explanation.

use super::{FollowStatus, Followed};
use crate::format;
use crate::model::{Measure, Shape};
use crate::Lang;

/// "højst 889 helårspersoner", "mindst 15 %", "højst 0,1 pct.-point over landsgennemsnittet".
pub fn goal_text(measure: &Measure, lang: Lang) -> String {
    let v = format::with_unit(measure.value, measure.unit, lang);
    match (measure.shape, lang) {
        (Shape::Cap | Shape::ShareAtMost | Shape::DecreaseFromBaseline, Lang::Da) => {
            format!("højst {v}")
        }
        (Shape::Cap | Shape::ShareAtMost | Shape::DecreaseFromBaseline, Lang::En) => {
            format!("at most {v}")
        }
        (Shape::Floor | Shape::ShareAtLeast | Shape::IncreaseFromBaseline, Lang::Da) => {
            format!("mindst {v}")
        }
        (Shape::Floor | Shape::ShareAtLeast | Shape::IncreaseFromBaseline, Lang::En) => {
            format!("at least {v}")
        }
        (Shape::GapAboveNationalAtMost, Lang::Da) => {
            format!("højst {v} over landsgennemsnittet")
        }
        (Shape::GapAboveNationalAtMost, Lang::En) => {
            format!("at most {v} above the national average")
        }
        (Shape::GapBelowNationalAtMost, Lang::Da) => {
            format!("højst {v} under landsgennemsnittet")
        }
        (Shape::GapBelowNationalAtMost, Lang::En) => {
            format!("at most {v} below the national average")
        }
    }
}

impl Followed<'_> {
    fn num(&self, v: f64, lang: Lang) -> String {
        format::number_trim(v, 2, lang)
    }

    /// The municipality's latest figure with its period ("880 (jun. 2023)"), or "–".
    pub fn latest_text(&self, lang: Lang) -> String {
        self.own
            .last()
            .map(|p| format!("{} ({})", self.num(p.value, lang), p.period.label(lang)))
            .unwrap_or_else(|| "–".to_owned())
    }

    /// The status in words: what the latest figure is, what the target asks, and what the
    /// trend says.
    pub fn explanation(&self, lang: Lang) -> String {
        let m = self.measure;
        let goal = goal_text(m, lang);
        let deadline = format::date(m.deadline.date, lang);
        let (Some(d), Some(req)) = (&self.decisive, self.required) else {
            return match (self.status, self.indicator, lang) {
                (FollowStatus::NotLinked, _, Lang::Da) => {
                    "Målet er ikke koblet til en importeret indikator endnu.".into()
                }
                (FollowStatus::NotLinked, _, Lang::En) => {
                    "The target is not linked to an imported indicator yet.".into()
                }
                (_, Some(name), Lang::Da) if m.shape.is_relative_to_national() => format!(
                    "Indikatoren \"{name}\" mangler tal for kommunen eller for hele landet i samme periode."
                ),
                (_, Some(name), Lang::En) if m.shape.is_relative_to_national() => format!(
                    "The indicator \"{name}\" lacks figures for the municipality or for the whole country in the same period."
                ),
                (_, name, Lang::Da) => format!(
                    "Indikatoren \"{}\" har ingen tal for kommunen.",
                    name.unwrap_or_default()
                ),
                (_, name, Lang::En) => format!(
                    "The indicator \"{}\" has no figures for the municipality.",
                    name.unwrap_or_default()
                ),
            };
        };
        let period = d.period.label(lang);
        let value = self.num(d.value, lang);
        let required = self.num(req, lang);
        let against = if m.shape.is_relative_to_national() {
            match lang {
                Lang::Da => format!(" (landstallet plus målet giver {required})"),
                Lang::En => format!(" (the national figure plus the target gives {required})"),
            }
        } else {
            String::new()
        };
        let trend = self.trend.map(|t| {
            let per = self.num(t.per_month, lang);
            let at = self.num(t.at_deadline, lang);
            match lang {
                Lang::Da => format!(
                    " Udviklingen i de seneste {} tal ({per} pr. måned) peger mod {at} ved fristen.",
                    t.points
                ),
                Lang::En => format!(
                    " The trend of the latest {} figures ({per} a month) points to {at} at the deadline.",
                    t.points
                ),
            }
        });
        let trend = trend.unwrap_or_default();
        match (self.status, lang) {
            (FollowStatus::Met, Lang::Da) => format!(
                "Nået: ved fristen ({deadline}) var tallet {value} ({period}); målet var {goal}{against}."
            ),
            (FollowStatus::Met, Lang::En) => format!(
                "Met: at the deadline ({deadline}) the figure was {value} ({period}); the target was {goal}{against}."
            ),
            (FollowStatus::Missed, Lang::Da) => format!(
                "Ikke nået: ved fristen ({deadline}) var tallet {value} ({period}); målet var {goal}{against}."
            ),
            (FollowStatus::Missed, Lang::En) => format!(
                "Missed: at the deadline ({deadline}) the figure was {value} ({period}); the target was {goal}{against}."
            ),
            (status, Lang::Da) => format!(
                "{}: seneste tal ({period}) er {value}; målet er {goal} senest {deadline}{against}.{trend}",
                status.label(lang)
            ),
            (status, Lang::En) => format!(
                "{}: the latest figure ({period}) is {value}; the target is {goal} by {deadline}{against}.{trend}",
                status.label(lang)
            ),
        }
    }
}
