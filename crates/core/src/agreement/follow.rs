//! Following the agreement's measures against imported figures, the same way as the plan's
//! ([`crate::indicators::evaluate`]). Links to imported indicators are kept with the plan's
//! in [`IndicatorData::links`], by measure id: the agreement's ids (`ua16-…`) never meet the
//! plan's.

use super::model::{Agreement, DevelopmentAgreement, Place, Section, TargetGroup};
use crate::indicators::{evaluate, Document, Evaluation, IndicatorData};
use crate::model::{Measure, Target};
use crate::Lang;

/// A measure of the agreement, followed, with where it is in the agreement.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowedIndicator<'a> {
    pub section: &'a Section,
    pub agreement: &'a Agreement,
    pub group: &'a TargetGroup,
    /// The effect indicator the measure belongs to.
    pub target: &'a Target,
    /// The path, the national figures, the status (see [`Evaluation`]).
    pub followed: Evaluation<'a>,
}

impl<'a> FollowedIndicator<'a> {
    pub fn measure(&self) -> &'a Measure {
        self.followed.measure
    }

    /// The status in words, naming a baseline as the agreement's.
    pub fn explanation(&self, lang: Lang) -> String {
        self.followed.explanation(lang, Document::Agreement)
    }

    /// The municipality's latest figure with its period, or "–".
    pub fn latest_text(&self, lang: Lang) -> String {
        self.followed.latest_text(lang)
    }
}

/// Every measure of the agreement, followed, in the document's order.
pub fn follow_agreement<'a>(
    data: &'a IndicatorData,
    agreement: &'a DevelopmentAgreement,
) -> Vec<FollowedIndicator<'a>> {
    agreement
        .measures()
        .map(|(place, target, measure)| {
            let Place {
                section,
                agreement,
                group,
            } = place;
            FollowedIndicator {
                section,
                agreement,
                group,
                target,
                followed: evaluate(data, measure),
            }
        })
        .collect()
}

/// Links every unlinked measure of the agreement whose indicator names an imported
/// indicator, as an import does for the plan's measures. Returns how many were linked.
pub fn link_agreement(data: &mut IndicatorData, agreement: &DevelopmentAgreement) -> u64 {
    data.link_matching(
        agreement
            .measures()
            .map(|(_, _, m)| (m.id.as_str(), m.indicator.as_str())),
    )
}
