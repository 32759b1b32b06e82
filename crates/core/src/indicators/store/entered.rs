//! Figures typed in by hand for a measure (a series no file holds, such as the number of
//! partner firms), each with its source; and links an import made that the user undid.
//! Each operation here is a named edit: the app applies it as one undoable step.

use serde::{Deserialize, Serialize};

use super::IndicatorData;
use crate::indicators::ObsPeriod;
use crate::plan_edit::PlanIssue;
use crate::source::Source;

/// One figure typed in for a measure and an area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnteredFigure {
    pub measure_id: String,
    /// The area as indicator files name it: the municipality, `Hele landet`, or a comparable
    /// municipality.
    pub area: String,
    pub period: ObsPeriod,
    pub value: f64,
    /// Where the figure comes from, in the user's words ("CARI's opgørelse 31.12.2023").
    pub source: String,
    /// When it was typed in (yyyy-mm-dd).
    pub entered: String,
}

impl EnteredFigure {
    /// The figure's source as the follow-up shows it: the user's words and the date.
    pub fn as_source(&self) -> Source {
        Source::Reference {
            title: format!(
                "{} (indtastet i appen {})",
                self.source.trim(),
                self.entered
            ),
        }
    }
}

/// A link an import made and the user undid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeclinedLink {
    pub measure_id: String,
    pub indicator: String,
}

fn issue(field: &str, da: &str, en: &str) -> PlanIssue {
    PlanIssue {
        field: field.to_owned(),
        message_da: da.to_owned(),
        message_en: en.to_owned(),
    }
}

impl IndicatorData {
    /// Types in a figure for a measure: replaces a figure typed in before for the same
    /// measure, area and period. Refuses a figure that is not a number, and a figure without
    /// a source or an area.
    pub fn enter_figure(&mut self, figure: EnteredFigure) -> Result<(), PlanIssue> {
        if !figure.value.is_finite() {
            return Err(issue(
                "value",
                "Tallet skal være et tal.",
                "The figure must be a number.",
            ));
        }
        if figure.source.trim().is_empty() {
            return Err(issue(
                "source",
                "Skriv hvor tallet kommer fra.",
                "Say where the figure comes from.",
            ));
        }
        if figure.area.trim().is_empty() || figure.measure_id.trim().is_empty() {
            return Err(issue(
                "area",
                "Vælg målet og området.",
                "Choose the target and the area.",
            ));
        }
        self.entered.retain(|f| {
            !(f.measure_id == figure.measure_id
                && f.area == figure.area
                && f.period == figure.period)
        });
        let at = self
            .entered
            .iter()
            .position(|f| {
                (&f.measure_id, &f.area, f.period)
                    > (&figure.measure_id, &figure.area, figure.period)
            })
            .unwrap_or(self.entered.len());
        self.entered.insert(at, figure);
        Ok(())
    }

    /// Removes a figure typed in. Returns whether there was one.
    pub fn remove_entered(&mut self, measure_id: &str, area: &str, period: ObsPeriod) -> bool {
        let before = self.entered.len();
        self.entered
            .retain(|f| !(f.measure_id == measure_id && f.area == area && f.period == period));
        self.entered.len() != before
    }

    /// The figures typed in for a measure and an area, by period.
    pub fn entered_for<'a>(
        &'a self,
        measure_id: &'a str,
        area: &'a str,
    ) -> impl Iterator<Item = &'a EnteredFigure> + 'a {
        self.entered
            .iter()
            .filter(move |f| f.measure_id == measure_id && f.area == area)
    }

    /// Undoes a link an import made: the measure is unlinked, and later imports do not link
    /// it to that indicator again (the user can still choose it by hand). Returns whether
    /// the measure had an automatic link.
    pub fn decline_link(&mut self, measure_id: &str) -> bool {
        let Some(at) = self
            .links
            .iter()
            .position(|l| l.measure_id == measure_id && l.automatic)
        else {
            return false;
        };
        let link = self.links.remove(at);
        let declined = DeclinedLink {
            measure_id: link.measure_id,
            indicator: link.indicator,
        };
        if !self.declined.contains(&declined) {
            self.declined.push(declined);
        }
        true
    }

    /// Whether the user undid an import's link of this measure to this indicator.
    pub fn is_declined(&self, measure_id: &str, indicator: &str) -> bool {
        self.declined
            .iter()
            .any(|d| d.measure_id == measure_id && d.indicator == indicator)
    }
}
