//! Editing a budget follow-up: one named method per action of the follow-up view, each
//! addressed by the follow-up's id and the line's or reallocation's key, each refusing wrong
//! input with a message in Danish and English ([`PlanIssue`]) and leaving the follow-up as it
//! was. An amount typed in marks its line or reallocation as entered in the app on that date.
//!
//! Lines and reallocations carry no id in the saved format (files from every earlier version
//! load unchanged and give the same numbers). A line is known by its kind, policy area and
//! label, and a reallocation by where it moves budget from and to, its year and its purpose;
//! where several are alike, by which of them it is ([`LineKey::occurrence`]). Editing an
//! amount never changes a key.

use super::{BudgetFollowUp, BudgetPlace, FollowUpLine, ReallocationPurpose};
use crate::basic::{BudgetKind, Tkr, Year};
use crate::model::Workspace;
use crate::plan_edit::PlanIssue;
use crate::source::Source;
use crate::Lang;

/// The largest amount a follow-up accepts, either sign, in 1.000 kr. (100 mia. kr.: more
/// than any Danish municipality's whole budget).
pub const MAX_AMOUNT_TKR: f64 = 100_000_000.0;

/// Which line of a follow-up.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LineKey {
    pub kind: BudgetKind,
    pub policy_area: Option<String>,
    pub label: String,
    /// Which of the lines with the same kind, policy area and label (0 for the first).
    pub occurrence: usize,
}

/// Which reallocation of a follow-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReallocationKey {
    pub from: BudgetPlace,
    pub to: BudgetPlace,
    pub year: Year,
    pub purpose: ReallocationPurpose,
    /// Which of the reallocations with the same places, year and purpose (0 for the first).
    pub occurrence: usize,
}

fn issue(field: &str, da: String, en: String) -> PlanIssue {
    PlanIssue {
        field: field.to_owned(),
        message_da: da,
        message_en: en,
    }
}

/// Checks a typed amount and rounds it to whole 1.000 kr.
fn checked(field: &str, tkr: f64) -> Result<Tkr, PlanIssue> {
    if !tkr.is_finite() {
        return Err(issue(
            field,
            "Beløbet skal være et tal.".into(),
            "The amount must be a number.".into(),
        ));
    }
    if tkr.abs() > MAX_AMOUNT_TKR {
        return Err(issue(
            field,
            "Beløbet skal ligge mellem −100 mia. kr. og 100 mia. kr. (skrives i 1.000 kr.).".into(),
            "The amount must lie between DKK −100bn and DKK 100bn (typed in DKK 1,000).".into(),
        ));
    }
    Ok(tkr.round() as Tkr)
}

fn line_name(key: &LineKey, lang: Lang) -> String {
    let name = if key.label.is_empty() {
        super::kind_name_long(key.kind, lang).to_owned()
    } else {
        key.label.clone()
    };
    match &key.policy_area {
        Some(area) => format!("{name} ({area})"),
        None => name,
    }
}

fn same_line(line: &FollowUpLine, key: &LineKey) -> bool {
    line.kind == key.kind && line.policy_area == key.policy_area && line.label == key.label
}

impl BudgetFollowUp {
    /// The key of every line, in the lines' order.
    pub fn line_keys(&self) -> Vec<LineKey> {
        self.lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let mut key = LineKey {
                    kind: line.kind,
                    policy_area: line.policy_area.clone(),
                    label: line.label.clone(),
                    occurrence: 0,
                };
                key.occurrence = self.lines[..i]
                    .iter()
                    .filter(|l| same_line(l, &key))
                    .count();
                key
            })
            .collect()
    }

    /// The key of every reallocation, in the reallocations' order.
    pub fn reallocation_keys(&self) -> Vec<ReallocationKey> {
        let mut keys: Vec<ReallocationKey> = Vec::with_capacity(self.reallocations.len());
        for r in &self.reallocations {
            let occurrence = keys
                .iter()
                .filter(|k| {
                    k.from == r.from && k.to == r.to && k.year == r.year && k.purpose == r.purpose
                })
                .count();
            keys.push(ReallocationKey {
                from: r.from.clone(),
                to: r.to.clone(),
                year: r.year,
                purpose: r.purpose,
                occurrence,
            });
        }
        keys
    }

    fn line_index(&self, key: &LineKey) -> Result<usize, PlanIssue> {
        self.line_keys()
            .iter()
            .position(|k| k == key)
            .ok_or_else(|| {
                issue(
                    "line",
                    format!(
                        "Budgetopfølgningen har ingen linje »{}«.",
                        line_name(key, Lang::Da)
                    ),
                    format!(
                        "The budget follow-up has no line »{}«.",
                        line_name(key, Lang::En)
                    ),
                )
            })
    }

    fn reallocation_index(&self, key: &ReallocationKey) -> Result<usize, PlanIssue> {
        self.reallocation_keys()
            .iter()
            .position(|k| k == key)
            .ok_or_else(|| {
                let place = |p: &BudgetPlace| match &p.policy_area {
                    Some(area) => format!("{} {area}", p.committee),
                    None => p.committee.clone(),
                };
                issue(
                    "reallocation",
                    format!(
                        "Budgetopfølgningen har ingen omplacering fra {} til {}.",
                        place(&key.from),
                        place(&key.to)
                    ),
                    format!(
                        "The budget follow-up has no reallocation from {} to {}.",
                        place(&key.from),
                        place(&key.to)
                    ),
                )
            })
    }

    /// Sets one amount of a line (`None`: unknown) and marks the line as entered in the app
    /// on `date` (yyyy-mm-dd).
    fn set_line_amount(
        &mut self,
        key: &LineKey,
        field: &str,
        tkr: Option<f64>,
        date: &str,
        set: impl FnOnce(&mut FollowUpLine, Option<Tkr>),
    ) -> Result<(), PlanIssue> {
        let i = self.line_index(key)?;
        let tkr = tkr.map(|v| checked(field, v)).transpose()?;
        let line = &mut self.lines[i];
        set(line, tkr);
        line.source = Source::entered_in_app(date);
        Ok(())
    }

    /// Sets a line's budget (korrigeret budget), in 1.000 kr.; `None` for unknown.
    pub fn set_line_budget(
        &mut self,
        key: &LineKey,
        tkr: Option<f64>,
        date: &str,
    ) -> Result<(), PlanIssue> {
        self.set_line_amount(key, "line-budget", tkr, date, |l, v| l.budget_tkr = v)
    }

    /// Sets a line's expected spending (forventet forbrug), in 1.000 kr.; `None` for unknown.
    pub fn set_line_expected(
        &mut self,
        key: &LineKey,
        tkr: Option<f64>,
        date: &str,
    ) -> Result<(), PlanIssue> {
        self.set_line_amount(key, "line-expected", tkr, date, |l, v| l.expected_tkr = v)
    }

    /// Sets a line's deviation as the source states it, in 1.000 kr. (merforbrug positive);
    /// `None` has it computed from the budget and the expected spending.
    pub fn set_line_stated_deviation(
        &mut self,
        key: &LineKey,
        tkr: Option<f64>,
        date: &str,
    ) -> Result<(), PlanIssue> {
        self.set_line_amount(key, "line-stated", tkr, date, |l, v| {
            l.set_stated_deviation(v)
        })
    }

    /// Adds an empty line of a kind, entered in the app on `date`, after the others.
    pub fn add_line(&mut self, kind: BudgetKind, date: &str) -> Result<(), PlanIssue> {
        self.lines
            .push(FollowUpLine::new(kind, Source::entered_in_app(date)));
        Ok(())
    }

    /// Removes a line.
    pub fn remove_line(&mut self, key: &LineKey) -> Result<(), PlanIssue> {
        let i = self.line_index(key)?;
        self.lines.remove(i);
        Ok(())
    }

    /// Sets the amount a reallocation moves, in 1.000 kr., more than 0, and marks it as
    /// entered in the app on `date`.
    pub fn set_reallocation_amount(
        &mut self,
        key: &ReallocationKey,
        tkr: f64,
        date: &str,
    ) -> Result<(), PlanIssue> {
        let i = self.reallocation_index(key)?;
        let tkr = checked("realloc-amount", tkr)?;
        if tkr <= 0 {
            return Err(issue(
                "realloc-amount",
                "En omplacering skal flytte mere end 0 kr. Fjern den i stedet.".into(),
                "A reallocation must move more than DKK 0. Remove it instead.".into(),
            ));
        }
        let r = &mut self.reallocations[i];
        r.tkr = tkr;
        r.source = Source::entered_in_app(date);
        Ok(())
    }

    /// Removes a reallocation.
    pub fn remove_reallocation(&mut self, key: &ReallocationKey) -> Result<(), PlanIssue> {
        let i = self.reallocation_index(key)?;
        self.reallocations.remove(i);
        Ok(())
    }
}

impl Workspace {
    /// The budget follow-up with an id, to edit with one of its named methods.
    pub fn followup_mut(&mut self, id: &str) -> Result<&mut BudgetFollowUp, PlanIssue> {
        if !self.budget_followups.iter().any(|f| f.id == id) {
            // Refused before the part is written, so it stays shared.
            return Err(issue(
                "followup",
                format!("Der er ingen budgetopfølgning med id'et »{id}«."),
                format!("There is no budget follow-up with the id »{id}«."),
            ));
        }
        Ok(self
            .budget_followups
            .iter_mut()
            .find(|f| f.id == id)
            .expect("found above"))
    }
}
