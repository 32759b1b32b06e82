//! How the committee case meets the rest of the data: its themes and the themes of the
//! 2023-24 plan, and its four places where a slower phase-in could be considered and the
//! scenario levers (`LeverDef::place_number`) and the workspace's `PhaseInPlace`s, all by the
//! footnote number [1]-[4].
//!
//! The theme links in the default case (`CaseTheme::plan_theme_ids`, with the reason stored
//! in `CaseTheme::link_reason`), chosen by content:
//! - Tema 1 "Erhverv, uddannelse og jobvækst" → `attraktive` ("Attraktive forbindelser – til
//!   erhverv, uddannelse og jobvækst"): the same words, and the plan's theme holds what the
//!   case's levers are about (recruitment and job placement across municipalities,
//!   voksenlærlinge with the plan's target of at least 120, sickness absence, partnerships).
//! - Tema 2 "Borgere langt fra arbejdsmarkedet" → `rummelige` ("Rummelige forbindelser –
//!   med plads til flere"): paid hours, kontanthjælp (aktivitetsparate), ressourceforløb and
//!   ledighedsydelse (the flexjob place [4]), the holistic effort and social investments.
//! - Tema 3 "Hvor de unge lykkes" → `unge`: the case itself calls it "En styrket
//!   ungeindsats (Unge forbindelser)", and the plan's tagline is "hvor de unge lykkes".
//! - Tema 4 "En styrket integrationsindsats" → `kulturelle`: the case's heading is "TEMA 4:
//!   KULTURELLE FORBINDELSER", the plan's integration theme.
//! - Tema 5 "Digitalisering" → none: the plan has no theme on digitalisation and does not
//!   mention it; linking it to a theme would claim a relation the plan does not make.

use super::{CaseTheme, CommitteeCase, Footnote, Lever, LeverPart};
use crate::model::{PhaseInPlace, Plan, Theme};
use crate::scenarios::LeverDef;

/// The scenario lever of a place ([1]-[4]).
pub fn place_lever(levers: &[LeverDef], number: u8) -> Option<&LeverDef> {
    levers.iter().find(|l| l.place_number == Some(number))
}

/// The workspace's phase-in place with this number.
pub fn phase_in_place(places: &[PhaseInPlace], number: u8) -> Option<&PhaseInPlace> {
    places.iter().find(|p| p.number == number)
}

/// The case themes linked to a plan theme.
pub fn case_themes_for_plan_theme<'a>(
    case: &'a CommitteeCase,
    plan_theme_id: &str,
) -> Vec<&'a CaseTheme> {
    case.themes
        .iter()
        .filter(|t| t.plan_theme_ids.iter().any(|id| id == plan_theme_id))
        .collect()
}

/// The plan themes a case theme is linked to, in the plan's order (ids the plan does not
/// have are left out).
pub fn plan_themes_for_case_theme<'a>(plan: &'a Plan, theme: &CaseTheme) -> Vec<&'a Theme> {
    plan.themes
        .iter()
        .filter(|t| theme.plan_theme_ids.contains(&t.id))
        .collect()
}

/// The plan theme ids a case links to that the plan does not have.
pub fn missing_plan_themes(case: &CommitteeCase, plan: &Plan) -> Vec<String> {
    case.themes
        .iter()
        .flat_map(|t| &t.plan_theme_ids)
        .filter(|id| !plan.themes.iter().any(|t| &t.id == *id))
        .cloned()
        .collect()
}

/// A place where the case says a slower phase-in could be considered, where it stands in
/// the case.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CasePlace<'a> {
    pub number: u8,
    pub theme: &'a CaseTheme,
    pub lever: &'a Lever,
    pub part: &'a LeverPart,
    /// The footnote with the staff it would initially need.
    pub footnote: Option<&'a Footnote>,
}

impl<'a> CasePlace<'a> {
    /// What a longer phase-in would make possible, in the case's words.
    pub fn statement(&self) -> &'a str {
        &self.part.assessment.statement
    }

    /// The lever's label as the case numbers it ("1a").
    pub fn lever_label(&self) -> String {
        format!("{}{}", self.theme.number, self.lever.letter)
    }
}

/// A place as the case has it beside the scenario lever and the workspace's phase-in place
/// with the same number, for a view that shows them side by side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaceSideBySide<'a> {
    pub case: CasePlace<'a>,
    pub lever: Option<&'a LeverDef>,
    pub place: Option<&'a PhaseInPlace>,
}

impl CommitteeCase {
    /// The places of the case, by number.
    pub fn places(&self) -> Vec<CasePlace<'_>> {
        let mut out: Vec<CasePlace<'_>> = self
            .parts()
            .filter_map(|(theme, lever, part)| {
                part.assessment.verdict.place().map(|number| CasePlace {
                    number,
                    theme,
                    lever,
                    part,
                    footnote: self.footnote(number),
                })
            })
            .collect();
        out.sort_by_key(|p| p.number);
        out
    }

    /// The place with this number (the first, should the case name it twice).
    pub fn place(&self, number: u8) -> Option<CasePlace<'_>> {
        self.places().into_iter().find(|p| p.number == number)
    }

    /// The initial staff of all places, from the footnotes.
    pub fn places_fte(&self) -> f64 {
        self.places()
            .iter()
            .filter_map(|p| p.footnote.map(|f| f.fte))
            .sum()
    }
}

/// Every place of the case with its scenario lever and phase-in place, by number.
pub fn places_side_by_side<'a>(
    case: &'a CommitteeCase,
    levers: &'a [LeverDef],
    places: &'a [PhaseInPlace],
) -> Vec<PlaceSideBySide<'a>> {
    case.places()
        .into_iter()
        .map(|c| PlaceSideBySide {
            case: c,
            lever: place_lever(levers, c.number),
            place: phase_in_place(places, c.number),
        })
        .collect()
}
