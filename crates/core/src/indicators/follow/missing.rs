//! Which series a followed measure lacks, so its status can name them ("mangler tal for hele
//! landet") and the "Hent tallene" list can say what to download. A target whose
//! requirement is absolute (a cap, a floor, a share, a change from a baseline) needs only
//! the municipality's figures; a target read against the country needs the country's too,
//! for the same periods. The comparable municipalities are never required: they are shown
//! for comparison.

use super::{Evaluation, PointOrigin};
use crate::indicators::published::published;
use crate::indicators::IndicatorData;
use crate::model::Measure;
use crate::Lang;

/// Which series lack figures for a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Missing {
    /// Whether an imported indicator is linked.
    pub linked: bool,
    /// No figure for the municipality (imported or typed in; the document's baseline and the
    /// figures of the documents' running text do not count).
    pub own: bool,
    /// No figure for the whole country, or, for a target read against the country, none in
    /// a period the municipality has a figure for.
    pub national: bool,
    /// Whether the target is read against the country's figures.
    pub national_needed: bool,
    /// The country has figures, only none for the municipality's periods.
    pub national_elsewhere: bool,
    /// No figure for any of the comparable municipalities.
    pub cluster: bool,
}

impl Missing {
    pub(super) fn of(f: &Evaluation<'_>, figures: bool) -> Missing {
        let shape = f.measure.shape;
        let national_needed = shape.is_relative_to_national();
        let national = if f.national.is_empty() {
            true
        } else if national_needed && !shape.is_development() && figures {
            // A gap is read period by period: a country figure for a period the municipality has.
            !f.own
                .iter()
                .filter(|p| p.origin != PointOrigin::Baseline)
                .any(|p| f.national.iter().any(|(q, _)| *q == p.period))
        } else {
            false
        };
        Missing {
            linked: f.indicator.is_some(),
            own: !figures,
            national,
            national_needed,
            national_elsewhere: national && !f.national.is_empty(),
            cluster: f.cluster.is_empty(),
        }
    }

    /// Whether the target lacks a series it needs for a status.
    pub fn needs_figures(&self) -> bool {
        self.own || (self.national_needed && self.national)
    }

    /// The series the status needs and lacks, in words: "mangler tal for hele landet",
    /// "mangler tal for kommunen og for hele landet", or `None` when nothing needed is
    /// missing.
    pub fn text(&self, lang: Lang) -> Option<String> {
        let country = self.national_needed && self.national;
        let text = match (self.own, country) {
            (false, false) => return None,
            (true, false) => lang.pick(
                "mangler tal for kommunen",
                "lacks figures for the municipality",
            ),
            (false, true) if self.national_elsewhere => lang.pick(
                "mangler tal for hele landet i kommunens perioder",
                "lacks figures for the whole country in the municipality's periods",
            ),
            (false, true) => lang.pick(
                "mangler tal for hele landet",
                "lacks figures for the whole country",
            ),
            (true, true) => lang.pick(
                "mangler tal for kommunen og for hele landet",
                "lacks figures for the municipality and for the whole country",
            ),
        };
        Some(text.to_owned())
    }

    /// As [`Missing::text`], as a status label: "Mangler tal for hele landet".
    pub fn label(&self, lang: Lang) -> Option<String> {
        self.text(lang).map(|t| {
            let mut c = t.chars();
            c.next()
                .map(|f| crate::casefold::upper_char(f).to_string() + c.as_str())
                .unwrap_or_default()
        })
    }
}

/// Which series a measure lacks (see [`Missing`]).
pub fn missing_series(data: &IndicatorData, measure: &Measure) -> Missing {
    super::evaluate(data, measure).missing
}

/// What to download for what is missing, in words: "Hent jobindsats.dk, Sygedagpenge
/// (Y07A02): … for Hele landet." or, for a target with no public series, that its figures
/// are typed in; `None` when nothing needed is missing or the app knows no source.
pub fn fetch_hint(measure: &Measure, missing: &Missing, own: &str, lang: Lang) -> Option<String> {
    if !missing.needs_figures() {
        return None;
    }
    let p = published(&measure.id)?;
    let areas = match (missing.own, missing.national_needed && missing.national) {
        (true, true) => lang.pick(
            format!("{own} og Hele landet"),
            format!("{own} and Hele landet"),
        ),
        (true, false) => own.to_owned(),
        _ => "Hele landet".to_owned(),
    };
    Some(match &p.series {
        Some(s) => lang.pick(
            format!(
                "Hent {}: {}, for {areas}.",
                s.where_text(lang),
                s.what_text(lang)
            ),
            format!(
                "Download {}: {}, for {areas}.",
                s.where_text(lang),
                s.what_text(lang)
            ),
        ),
        None => lang.pick(
            format!(
                "Ingen offentlig serie: tast tallene ind med deres kilde. {}",
                p.note.da
            ),
            format!(
                "No public series: type the figures in with their source. {}",
                p.note.en
            ),
        ),
    })
}
