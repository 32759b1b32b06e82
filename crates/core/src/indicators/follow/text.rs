//! The followed targets in words: the goal, the latest figure and the explanation.

use super::missing::fetch_hint;
use super::{
    Development, Document, Evaluation, FollowStatus, Followed, Missing, PathPoint, PointOrigin,
    Trend,
};
use crate::format;
use crate::indicators::{end_month_of, ObsPeriod};
use crate::model::{Measure, PartialDate, Shape};
use crate::Lang;

mod parts;

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
        (Shape::ChangeAtMostNational | Shape::ChangeAtLeastNational, _) => {
            development_goal(measure, lang)
        }
    }
}

/// "en udvikling fra december 2015 mindst lige så god som landets (fald er godt)".
fn development_goal(measure: &Measure, lang: Lang) -> String {
    let from = format::date(measure.development_start(), lang);
    let margin = if measure.value == 0.0 {
        String::new()
    } else {
        let v = format::with_unit(measure.value, measure.unit, lang);
        lang.pick(
            format!(", med en margen på {v}"),
            format!(", with a margin of {v}"),
        )
    };
    let fall = measure.shape == Shape::ChangeAtMostNational;
    match lang {
        Lang::Da => format!(
            "en udvikling fra {from} mindst lige så god som landets{margin} ({} er godt)",
            if fall { "fald" } else { "stigning" }
        ),
        Lang::En => format!(
            "a development from {from} at least as good as the country's{margin} (a {} is good)",
            if fall { "fall" } else { "rise" }
        ),
    }
}

/// A followed measure's parts the words are made from, borrowed from a [`Followed`] or an
/// [`Evaluation`].
struct Parts<'b> {
    measure: &'b Measure,
    indicator: Option<&'b str>,
    own: &'b [PathPoint],
    decisive: Option<&'b PathPoint>,
    required: Option<f64>,
    trend: Option<Trend>,
    status: FollowStatus,
    development: Option<&'b Development>,
    document: Document,
    missing: Missing,
    own_area: &'b str,
}

impl Followed<'_> {
    fn parts(&self) -> Parts<'_> {
        Parts {
            measure: self.measure,
            indicator: self.indicator,
            own: &self.own,
            decisive: self.decisive.as_ref(),
            required: self.required,
            trend: self.trend,
            status: self.status,
            development: self.development.as_ref(),
            document: Document::Plan,
            missing: self.missing,
            own_area: self.own_area,
        }
    }

    /// The municipality's latest figure with its period ("880 (jun. 2023)"), or "–".
    pub fn latest_text(&self, lang: Lang) -> String {
        self.parts().latest_text(lang)
    }

    /// The status in words: what the latest figure is, what the target asks, and what the
    /// trend says.
    pub fn explanation(&self, lang: Lang) -> String {
        self.parts().explanation(lang)
    }

    /// The status as a badge says it: the status's label, or for a linked target without
    /// the figures it needs, the series it lacks ("Mangler tal for hele landet"), so a
    /// latest figure beside it never reads as "no figures".
    pub fn status_text(&self, lang: Lang) -> String {
        self.parts().status_text(lang)
    }
}

impl Evaluation<'_> {
    fn parts(&self, document: Document) -> Parts<'_> {
        Parts {
            measure: self.measure,
            indicator: self.indicator,
            own: &self.own,
            decisive: self.decisive.as_ref(),
            required: self.required,
            trend: self.trend,
            status: self.status,
            development: self.development.as_ref(),
            document,
            missing: self.missing,
            own_area: self.own_area,
        }
    }

    /// The municipality's latest figure with its period ("880 (jun. 2023)"), or "–".
    pub fn latest_text(&self, lang: Lang) -> String {
        self.parts(Document::Plan).latest_text(lang)
    }

    /// The status in words, naming the baseline as the `document`'s.
    pub fn explanation(&self, lang: Lang, document: Document) -> String {
        self.parts(document).explanation(lang)
    }

    /// The status as a badge says it (see [`Followed::status_text`]).
    pub fn status_text(&self, lang: Lang) -> String {
        self.parts(Document::Plan).status_text(lang)
    }
}

/// A period in words: a month as a date is written ("december 2015"), others by their label.
fn period_text(p: ObsPeriod, lang: Lang) -> String {
    match p {
        ObsPeriod::Month(y, m) => format::date(PartialDate::month(y, m), lang),
        other => other.label(lang),
    }
}

/// "faldt 4,1 %", "steg 1 %", "var uændret".
fn change_text(change: f64, lang: Lang) -> String {
    let v = format::number_trim(change.abs(), 1, lang);
    if v == "0" {
        lang.pick("var uændret", "was unchanged").to_owned()
    } else if change < 0.0 {
        lang.pick(format!("faldt {v} %"), format!("fell {v} %"))
    } else {
        lang.pick(format!("steg {v} %"), format!("rose {v} %"))
    }
}

/// The baseline's date as the document gives it: "I dag, 2022" for a baseline the document
/// dates in words (a note that begins with the quoted words), else the date ("august 2022").
fn baseline_date_text(measure: &Measure, lang: Lang) -> String {
    let Some(b) = &measure.baseline else {
        return String::new();
    };
    let date = format::date(b.date, lang);
    let quoted = b
        .note
        .strip_prefix('"')
        .and_then(|rest| rest.split_once('"'))
        .map(|(words, _)| words.trim())
        .filter(|w| !w.is_empty());
    match quoted {
        Some(words) => format!("{words}, {date}"),
        None => date,
    }
}
