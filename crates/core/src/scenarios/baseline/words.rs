//! The baselines in words: the methods, the periods used, the problems and the notes, in
//! Danish and English.

use super::{BaselineMethod, BaselineProblem, ResolvedBaseline};
use crate::format::number_trim;
use crate::Lang;

fn quote(name: &str, lang: Lang) -> String {
    lang.pick(format!("»{name}«"), format!("“{name}”"))
}

fn persons(value: f64, lang: Lang) -> String {
    number_trim(value, 1, lang)
}

impl BaselineMethod {
    /// Both methods, in the order the editor offers them.
    pub const ALL: [BaselineMethod; 2] = [
        BaselineMethod::LatestFullYear,
        BaselineMethod::MeanOfLatest12Months,
    ];

    /// "seneste hele år", "gennemsnit af de seneste 12 måneder".
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            BaselineMethod::LatestFullYear => lang.pick("seneste hele år", "latest full year"),
            BaselineMethod::MeanOfLatest12Months => lang.pick(
                "gennemsnit af de seneste 12 måneder",
                "mean of the latest 12 months",
            ),
        }
    }

    /// The code for a select: `latest-full-year` or `mean-12-months`.
    pub fn code(self) -> &'static str {
        match self {
            BaselineMethod::LatestFullYear => "latest-full-year",
            BaselineMethod::MeanOfLatest12Months => "mean-12-months",
        }
    }

    /// The method with this code, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == code)
    }
}

impl ResolvedBaseline {
    /// The period or periods used: "2023", "år til 4. kvt. 2023", "gennemsnit af jan. 2023–
    /// dec. 2023".
    pub fn period_label(&self, lang: Lang) -> String {
        match self.periods.as_slice() {
            [] => String::new(),
            [one] => one.label(lang),
            [first, .., last] => format!(
                "{} {}–{}",
                lang.pick("gennemsnit af", "mean of"),
                first.label(lang),
                last.label(lang)
            ),
        }
    }
}

impl BaselineProblem {
    pub fn indicator(&self) -> &str {
        match self {
            BaselineProblem::NotImported { indicator }
            | BaselineProblem::NoValueForMunicipality { indicator, .. }
            | BaselineProblem::NotEnoughMonths { indicator, .. } => indicator,
        }
    }

    /// The problem as a sentence naming the indicator.
    pub fn message(&self, lang: Lang) -> String {
        let name = quote(self.indicator(), lang);
        match self {
            BaselineProblem::NotImported { .. } => lang.pick(
                format!("Indikatoren {name} er ikke importeret."),
                format!("The indicator {name} has not been imported."),
            ),
            BaselineProblem::NoValueForMunicipality { area, .. } => lang.pick(
                format!("Indikatoren {name} har ingen tal for {area}."),
                format!("The indicator {name} has no figures for {area}."),
            ),
            BaselineProblem::NotEnoughMonths {
                method: BaselineMethod::LatestFullYear,
                ..
            } => lang.pick(
                format!(
                    "Indikatoren {name} har intet helt kalenderår: hverken et årstal, et løbende år til 4. kvartal eller alle måneder, kvartaler eller halvår i samme år."
                ),
                format!(
                    "The indicator {name} has no full calendar year: no yearly value, no moving year to Q4 and not all months, quarters or halves of one year."
                ),
            ),
            BaselineProblem::NotEnoughMonths { months, .. } => lang.pick(
                format!(
                    "Indikatoren {name} har ikke 12 måneder i træk og intet løbende år (den har {months} månedstal); vælg »seneste hele år« i stedet."
                ),
                format!(
                    "The indicator {name} has neither 12 consecutive months nor a moving year ({months} monthly values); choose “latest full year” instead."
                ),
            ),
        }
    }
}

/// What linking the groups to imported figures did, one note per fact.
#[derive(Debug, Clone, PartialEq)]
pub enum BaselineNote {
    /// The group's full-year persons are the figure read (`from` was the typed figure).
    Linked {
        group_id: String,
        group_name: String,
        from: f64,
        resolved: ResolvedBaseline,
    },
    /// The figure read is more than a year old (it is used all the same).
    Stale {
        group_id: String,
        group_name: String,
        resolved: ResolvedBaseline,
    },
    /// The link gives no figure; the group keeps its assumed figure `kept`.
    Problem {
        group_id: String,
        group_name: String,
        kept: f64,
        problem: BaselineProblem,
    },
    /// A link to a group the assumptions do not have; it is not used.
    UnknownGroup { group_id: String, indicator: String },
}

impl BaselineNote {
    pub fn group_id(&self) -> &str {
        match self {
            BaselineNote::Linked { group_id, .. }
            | BaselineNote::Stale { group_id, .. }
            | BaselineNote::Problem { group_id, .. }
            | BaselineNote::UnknownGroup { group_id, .. } => group_id,
        }
    }

    /// Whether the note asks the user to do something (all but [`BaselineNote::Linked`]).
    pub fn is_warning(&self) -> bool {
        !matches!(self, BaselineNote::Linked { .. })
    }

    /// The note as a sentence, starting with the group's name.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            BaselineNote::Linked {
                group_name,
                from,
                resolved: r,
                ..
            } => {
                let (to, was) = (persons(r.value, lang), persons(*from, lang));
                let of = format!(
                    "{}, {} ({})",
                    quote(&r.indicator, lang),
                    r.period_label(lang),
                    r.method.label(lang)
                );
                if was == to {
                    lang.pick(
                        format!("{group_name}: helårspersoner {to} efter {of}, som før."),
                        format!("{group_name}: full-year persons {to} from {of}, as before."),
                    )
                } else {
                    lang.pick(
                        format!(
                            "{group_name}: helårspersoner ændret fra {was} til {to} efter {of}."
                        ),
                        format!(
                            "{group_name}: full-year persons changed from {was} to {to} from {of}."
                        ),
                    )
                }
            }
            BaselineNote::Stale {
                group_name,
                resolved: r,
                ..
            } => {
                let (name, period, age) = (
                    quote(&r.indicator, lang),
                    r.period_label(lang),
                    r.age_months,
                );
                lang.pick(
                    format!("{group_name}: tallet fra {name} er for {period} og {age} måneder gammelt; importér nyere tal."),
                    format!("{group_name}: the figure from {name} is for {period} and {age} months old; import newer figures."),
                )
            }
            BaselineNote::Problem {
                group_name,
                kept,
                problem,
                ..
            } => {
                let (message, kept) = (problem.message(lang), persons(*kept, lang));
                lang.pick(
                    format!("{group_name}: {message} Den antagne værdi {kept} bruges."),
                    format!("{group_name}: {message} The assumed value, {kept}, is used."),
                )
            }
            BaselineNote::UnknownGroup {
                group_id,
                indicator,
            } => {
                let name = quote(indicator, lang);
                lang.pick(
                    format!("Koblingen til {name} gælder gruppen »{group_id}«, som ikke findes; den bruges ikke."),
                    format!("The link to {name} is for the group “{group_id}”, which does not exist; it is not used."),
                )
            }
        }
    }
}
