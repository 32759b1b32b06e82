//! The development agreement's parts: sections, agreements, target groups and their effect
//! indicators. The texts are the document's content only, never its markup.

use serde::{Deserialize, Serialize};

use crate::model::{Measure, Target, Year};
use crate::source::Source;

/// A development agreement ("Udviklingsaftale 2016"): the municipality's agreements with its
/// centres for one year, section by section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DevelopmentAgreement {
    pub id: String,
    pub municipality: String,
    pub name: String,
    pub year: Year,
    /// The document's sections, one per centre ("Jobcenter", "Integration og netværk", …).
    #[serde(default)]
    pub sections: Vec<Section>,
    pub source: Source,
}

/// A section of the agreement: a centre and its agreements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    /// The section's heading ("Center for Børn og Familie, Voksne").
    pub name: String,
    /// The agreements in the section (one table each; most sections have one).
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    pub source: Source,
}

/// One agreement: a political goal, what the centre sets out to do, and for whom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    pub id: String,
    /// "Overordnet politisk mål", paragraph by paragraph.
    #[serde(default)]
    pub goal: Vec<Passage>,
    /// "Målsætning med indsats": a lead and its points.
    #[serde(default)]
    pub objectives: Vec<Passage>,
    /// "Koblinger til politikker og strategier", paragraph by paragraph.
    #[serde(default)]
    pub links: Vec<Passage>,
    /// "Målgrupper for indsats".
    #[serde(default)]
    pub target_groups: Vec<TargetGroup>,
    pub source: Source,
}

/// A paragraph, with the points the document lists under it ("Jobskabende tilgang
/// indebærer:" and its bullets).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    pub id: String,
    /// The paragraph; empty where the document lists points without a lead.
    #[serde(default)]
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<Point>,
    pub source: Source,
}

/// A point of a list, or a short paragraph of its own (a deadline, a note).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub id: String,
    pub text: String,
    /// When, where the document dates the point ("1. januar 2017" for a step of a plan).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub when: String,
    pub source: Source,
}

/// A target group ("Målgrupper for indsats") with what is done for it, by when, and how the
/// effect is measured.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetGroup {
    pub id: String,
    /// "Borgere tættest på arbejdsmarkedet".
    pub name: String,
    /// The parenthesis after the name ("A-dagpengemodtagere, …"), without the brackets;
    /// empty where there is none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// "Indsatser": leads with their points, and paragraphs.
    #[serde(default)]
    pub interventions: Vec<Passage>,
    /// "Deadline", paragraph by paragraph.
    #[serde(default)]
    pub deadline: Vec<Point>,
    /// "Effektindikator".
    pub effect: Effect,
    /// Notes such as "NB: …" and definitions the document adds.
    #[serde(default)]
    pub notes: Vec<Point>,
    pub source: Source,
}

/// The effect column: its heading, the text after it, and the indicators.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Effect {
    pub id: String,
    /// "Bruger- og samfundseffekt (…)" as the document heads the column; empty where it has
    /// no heading.
    #[serde(default)]
    pub heading: String,
    /// The sentence after an underlined heading ("Rådgivning om personlige …"); empty where
    /// there is none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// The effect indicators: the document's sentence and what can be measured in it.
    #[serde(default)]
    pub indicators: Vec<Target>,
    pub source: Source,
}

impl Agreement {
    /// The agreement's title: its first goal paragraph (or that paragraph's first point).
    pub fn title(&self) -> &str {
        self.goal
            .iter()
            .flat_map(|p| {
                std::iter::once(p.text.as_str()).chain(p.points.iter().map(|q| q.text.as_str()))
            })
            .find(|t| !t.trim().is_empty())
            .unwrap_or("")
    }
}

/// Where an effect indicator is in the agreement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place<'a> {
    pub section: &'a Section,
    pub agreement: &'a Agreement,
    pub group: &'a TargetGroup,
}

impl DevelopmentAgreement {
    /// Every agreement with its section, in the document's order.
    pub fn agreements(&self) -> impl Iterator<Item = (&Section, &Agreement)> {
        self.sections
            .iter()
            .flat_map(|s| s.agreements.iter().map(move |a| (s, a)))
    }

    /// Every target group with where it is, in the document's order.
    pub fn target_groups(&self) -> impl Iterator<Item = (&Section, &Agreement, &TargetGroup)> {
        self.agreements()
            .flat_map(|(s, a)| a.target_groups.iter().map(move |g| (s, a, g)))
    }

    /// Every effect indicator with where it is, in the document's order.
    pub fn indicators(&self) -> impl Iterator<Item = (Place<'_>, &Target)> {
        self.target_groups()
            .flat_map(|(section, agreement, group)| {
                group.effect.indicators.iter().map(move |t| {
                    (
                        Place {
                            section,
                            agreement,
                            group,
                        },
                        t,
                    )
                })
            })
    }

    /// Every measure with its indicator and where it is, in the document's order.
    pub fn measures(&self) -> impl Iterator<Item = (Place<'_>, &Target, &Measure)> {
        self.indicators()
            .flat_map(|(place, t)| t.measures.iter().map(move |m| (place, t, m)))
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn agreement(&self, id: &str) -> Option<&Agreement> {
        self.agreements().map(|(_, a)| a).find(|a| a.id == id)
    }

    pub fn agreement_mut(&mut self, id: &str) -> Option<&mut Agreement> {
        self.sections
            .iter_mut()
            .flat_map(|s| s.agreements.iter_mut())
            .find(|a| a.id == id)
    }

    pub fn target_group(&self, id: &str) -> Option<&TargetGroup> {
        self.target_groups().map(|(_, _, g)| g).find(|g| g.id == id)
    }

    pub fn target_group_mut(&mut self, id: &str) -> Option<&mut TargetGroup> {
        self.sections
            .iter_mut()
            .flat_map(|s| s.agreements.iter_mut())
            .flat_map(|a| a.target_groups.iter_mut())
            .find(|g| g.id == id)
    }

    /// An effect indicator by id.
    pub fn indicator(&self, id: &str) -> Option<&Target> {
        self.indicators().map(|(_, t)| t).find(|t| t.id == id)
    }

    /// An effect indicator by id.
    pub fn indicator_mut(&mut self, id: &str) -> Option<&mut Target> {
        self.sections
            .iter_mut()
            .flat_map(|s| s.agreements.iter_mut())
            .flat_map(|a| a.target_groups.iter_mut())
            .flat_map(|g| g.effect.indicators.iter_mut())
            .find(|t| t.id == id)
    }

    /// A measure by id.
    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.measures().map(|(_, _, m)| m).find(|m| m.id == id)
    }

    /// A measure by id.
    pub fn measure_mut(&mut self, id: &str) -> Option<&mut Measure> {
        self.sections
            .iter_mut()
            .flat_map(|s| s.agreements.iter_mut())
            .flat_map(|a| a.target_groups.iter_mut())
            .flat_map(|g| g.effect.indicators.iter_mut())
            .flat_map(|t| t.measures.iter_mut())
            .find(|m| m.id == id)
    }

    /// Every text of the agreement with what it is, in the document's order: section names,
    /// paragraphs and points, target groups' names, descriptions, deadlines and notes, the
    /// effect headings and texts and the indicators. Empty texts are left out.
    pub fn texts(&self) -> Vec<(&str, &str)> {
        let mut out: Vec<(&'static str, &str)> = vec![("name", self.name.as_str())];
        fn passages<'a>(
            out: &mut Vec<(&'static str, &'a str)>,
            what: &'static str,
            ps: &'a [Passage],
        ) {
            for p in ps {
                out.push((what, p.text.as_str()));
                for q in &p.points {
                    out.push((what, q.text.as_str()));
                    out.push(("when", q.when.as_str()));
                }
            }
        }
        for s in &self.sections {
            out.push(("section", s.name.as_str()));
            for a in &s.agreements {
                passages(&mut out, "goal", &a.goal);
                passages(&mut out, "objective", &a.objectives);
                passages(&mut out, "link", &a.links);
                for g in &a.target_groups {
                    out.push(("target group", g.name.as_str()));
                    out.push(("description", g.description.as_str()));
                    passages(&mut out, "intervention", &g.interventions);
                    for d in &g.deadline {
                        out.push(("deadline", d.text.as_str()));
                    }
                    out.push(("effect heading", g.effect.heading.as_str()));
                    out.push(("effect text", g.effect.text.as_str()));
                    for t in &g.effect.indicators {
                        out.push(("indicator", t.text.as_str()));
                    }
                    for n in &g.notes {
                        out.push(("note", n.text.as_str()));
                    }
                }
            }
        }
        out.retain(|(_, t)| !t.trim().is_empty());
        out
    }
}
