//! Keeping the plan current without touching code: validation with messages tied to the
//! field they concern, the small operations the editor needs (new ids, moving entries), and
//! starting a new plan period from the current one while the old plan stays readable.

use crate::indicators::end_month_of;
use crate::model::{Measure, Period, Plan, Shape, Unit};
use crate::Lang;

mod next_period;

pub use next_period::{new_period, Carry};

/// Something wrong in the plan, tied to the field it concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanIssue {
    /// The id of the input the issue belongs to (as the editor names its inputs).
    pub field: String,
    pub message_da: String,
    pub message_en: String,
}

impl PlanIssue {
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.message_da,
            Lang::En => &self.message_en,
        }
    }
}

/// The input ids the editor uses, so issues and inputs meet.
pub mod field {
    pub fn plan_name() -> String {
        "edit-plan-name".into()
    }
    pub fn plan_period() -> String {
        "edit-plan-period-end".into()
    }
    pub fn goal_text(id: &str) -> String {
        format!("goal-{id}-text")
    }
    pub fn theme_name(id: &str) -> String {
        format!("theme-{id}-name")
    }
    pub fn target_text(id: &str) -> String {
        format!("target-{id}-text")
    }
    pub fn measure(id: &str, what: &str) -> String {
        format!("measure-{id}-{what}")
    }
    pub fn initiative(id: &str) -> String {
        format!("initiative-{id}-text")
    }
}

/// Checks the plan and returns every issue, in the plan's order.
pub fn validate(plan: &Plan) -> Vec<PlanIssue> {
    let mut out = Vec::new();
    let mut push = |field: String, da: String, en: String| {
        out.push(PlanIssue {
            field,
            message_da: da,
            message_en: en,
        })
    };
    let Period { start, end } = plan.period;
    if plan.name.trim().is_empty() {
        push(
            field::plan_name(),
            "Planen mangler et navn.".into(),
            "The plan has no name.".into(),
        );
    }
    if end < start {
        push(
            field::plan_period(),
            format!("Planperioden slutter ({end}) før den begynder ({start})."),
            format!("The plan period ends ({end}) before it begins ({start})."),
        );
    }
    let mut ids: Vec<&str> = Vec::new();
    for g in &plan.goals {
        ids.push(&g.id);
        if g.text.trim().is_empty() {
            push(
                field::goal_text(&g.id),
                format!("Mål {} mangler tekst.", g.number),
                format!("Goal {} has no text.", g.number),
            );
        }
    }
    for t in &plan.themes {
        ids.push(&t.id);
        if t.name.trim().is_empty() {
            push(
                field::theme_name(&t.id),
                "Temaet mangler et navn.".into(),
                "The theme has no name.".into(),
            );
        }
        for gid in &t.goal_ids {
            if !plan.goals.iter().any(|g| &g.id == gid) {
                push(
                    field::theme_name(&t.id),
                    format!(
                        "Temaet »{}« er koblet til et mål, der ikke findes ({gid}).",
                        t.name
                    ),
                    format!(
                        "The theme »{}« is mapped to a goal that does not exist ({gid}).",
                        t.name
                    ),
                );
            }
        }
        for target in &t.targets {
            ids.push(&target.id);
            if target.text.trim().is_empty() {
                push(
                    field::target_text(&target.id),
                    "Målet mangler tekst.".into(),
                    "The target has no text.".into(),
                );
            }
            if target.measures.is_empty() {
                push(
                    field::target_text(&target.id),
                    "Målet har intet måltal: tilføj mindst ét, så det kan følges.".into(),
                    "The target has no measure: add at least one so it can be followed.".into(),
                );
            }
            for m in &target.measures {
                ids.push(&m.id);
                for issue in measure_issues(m, plan.period, ["planperioden", "the plan period"]) {
                    push(issue.field, issue.message_da, issue.message_en);
                }
            }
        }
        for i in &t.initiatives {
            ids.push(&i.id);
            if i.text.trim().is_empty() {
                push(
                    field::initiative(&i.id),
                    "Indsatsen mangler tekst.".into(),
                    "The initiative has no text.".into(),
                );
            }
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for id in ids {
        if seen.contains(&id) {
            push(
                field::plan_name(),
                format!("Id'et »{id}« bruges mere end én gang i planen."),
                format!("The id »{id}« is used more than once in the plan."),
            );
        }
        seen.push(id);
    }
    out
}

/// What is wrong with one measure of a document covering `period` (a plan, or the year of a
/// development agreement with its follow-up): the issues [`validate`] reports for it.
/// `period_words` names the period in Danish and English ("planperioden", "the plan
/// period").
pub fn measure_issues(m: &Measure, period: Period, period_words: [&str; 2]) -> Vec<PlanIssue> {
    let [pda, pen] = period_words;
    let mut out = Vec::new();
    let mut push = |field: String, da: String, en: String| {
        out.push(PlanIssue {
            field,
            message_da: da,
            message_en: en,
        })
    };
    let Period { start, end } = period;
    let name = if m.indicator.trim().is_empty() {
        "(uden navn)"
    } else {
        m.indicator.as_str()
    };
    if m.indicator.trim().is_empty() {
        push(
            field::measure(&m.id, "indicator"),
            "Måltallet mangler en indikator.".into(),
            "The measure has no indicator.".into(),
        );
    }
    let share =
        matches!(m.shape, Shape::ShareAtLeast | Shape::ShareAtMost) || m.unit == Unit::Percent;
    if share && !(0.0..=100.0).contains(&m.value) {
        push(
            field::measure(&m.id, "value"),
            format!(
                "»{name}«: en andel skal ligge mellem 0 og 100 %, ikke {}.",
                crate::format::number_trim(m.value, 2, Lang::Da)
            ),
            format!(
                "»{name}«: a share must lie between 0 and 100 %, not {}.",
                crate::format::number_trim(m.value, 2, Lang::En)
            ),
        );
    }
    if !m.value.is_finite() {
        push(
            field::measure(&m.id, "value"),
            format!("»{name}«: værdien mangler."),
            format!("»{name}«: the value is missing."),
        );
    }
    let y = m.deadline.date.year;
    if y < start || y > end {
        push(
            field::measure(&m.id, "deadline"),
            format!("»{name}«: fristen {y} ligger uden for {pda} {start}-{end}."),
            format!("»{name}«: the deadline {y} lies outside {pen} {start}-{end}."),
        );
    }
    if let Some(month) = m.deadline.date.month {
        if !(1..=12).contains(&month) {
            push(
                field::measure(&m.id, "deadline"),
                format!("»{name}«: måned {month} findes ikke."),
                format!("»{name}«: month {month} does not exist."),
            );
        }
    }
    match &m.baseline {
        None if m.shape.needs_baseline() => push(
            field::measure(&m.id, "baseline"),
            format!("»{name}«: et mål om at hæve eller sænke tallet skal have et udgangspunkt."),
            format!("»{name}«: a target to raise or lower the figure needs a baseline."),
        ),
        Some(b) if b.date.year > end => push(
            field::measure(&m.id, "baseline"),
            format!(
                "»{name}«: udgangspunktet ({}) er dateret efter {pda} {start}-{end}.",
                b.date.year
            ),
            format!(
                "»{name}«: the baseline ({}) is dated after {pen} {start}-{end}.",
                b.date.year
            ),
        ),
        _ => {}
    }
    if m.shape.is_development() {
        if let Some(from) = m.from {
            if end_month_of(from) >= end_month_of(m.deadline.date) {
                push(
                    field::measure(&m.id, "from"),
                    format!(
                        "»{name}«: udviklingen skal begynde før fristen, men begynder {}.",
                        crate::format::date(from, Lang::Da)
                    ),
                    format!(
                        "»{name}«: the development must start before the deadline, but starts {}.",
                        crate::format::date(from, Lang::En)
                    ),
                );
            }
            if from.month.is_some_and(|mo| !(1..=12).contains(&mo)) {
                push(
                    field::measure(&m.id, "from"),
                    format!("»{name}«: udviklingens startmåned findes ikke."),
                    format!("»{name}«: the development's start month does not exist."),
                );
            }
        }
    }
    out
}

/// Every id in the plan (goals, themes, targets, measures, initiatives).
pub fn ids(plan: &Plan) -> Vec<String> {
    let mut out: Vec<String> = plan.goals.iter().map(|g| g.id.clone()).collect();
    for t in &plan.themes {
        out.push(t.id.clone());
        for target in &t.targets {
            out.push(target.id.clone());
            out.extend(target.measures.iter().map(|m| m.id.clone()));
        }
        out.extend(t.initiatives.iter().map(|i| i.id.clone()));
    }
    out
}

/// A new id with a prefix that the plan does not use yet: `prefix-1`, `prefix-2`, …
pub fn new_id(plan: &Plan, prefix: &str) -> String {
    let taken = ids(plan);
    crate::ids::unique_id(prefix, |id| taken.iter().any(|t| t == id))
}

/// Moves entry `i` one place up (towards the start) or down; does nothing at the ends.
pub fn move_item<T>(items: &mut [T], i: usize, up: bool) {
    if up && i > 0 && i < items.len() {
        items.swap(i, i - 1);
    } else if !up && i + 1 < items.len() {
        items.swap(i, i + 1);
    }
}

/// Removes entry `i` and returns it; does nothing when there is no entry `i`.
pub fn remove_item<T>(items: &mut Vec<T>, i: usize) -> Option<T> {
    (i < items.len()).then(|| items.remove(i))
}

/// What an entry's buttons do with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryAction {
    MoveUp,
    MoveDown,
    Delete,
}

/// Moves or deletes entry `i` of a list; does nothing where it cannot.
pub fn apply_entry_action<T>(items: &mut Vec<T>, i: usize, action: EntryAction) {
    match action {
        EntryAction::MoveUp => move_item(items, i, true),
        EntryAction::MoveDown => move_item(items, i, false),
        EntryAction::Delete => {
            remove_item(items, i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::default_workspace;

    #[test]
    fn the_default_plan_has_no_issues() {
        let issues = validate(&default_workspace().plan);
        assert!(issues.is_empty(), "{issues:#?}");
    }

    #[test]
    fn moving_and_new_ids() {
        let mut v = vec![1, 2, 3];
        move_item(&mut v, 0, true);
        assert_eq!(v, [1, 2, 3]);
        move_item(&mut v, 2, true);
        assert_eq!(v, [1, 3, 2]);
        move_item(&mut v, 2, false);
        assert_eq!(v, [1, 3, 2]);
        let plan = default_workspace().plan;
        let id = new_id(&plan, "t-ny");
        assert_eq!(id, "t-ny-1");
        assert!(!ids(&plan).contains(&id));
    }
}
