//! Editing the plan: every entry as a labelled field, with add, move and delete (all undoable),
//! validation messages tied to their fields (aria-describedby), the budget lines by year, a new
//! plan period from the current one, and the archive of earlier periods.
//!
//! The form's structure (which entries exist, in which order) is rebuilt only when entries are
//! added, moved or deleted; a field's value and its message follow the workspace on their own,
//! so typing and tabbing through the form never loses the focus.
//!
//! One file per group of entries: the minister's goals, the themes (with their targets and
//! measures), the budget lines, and a new period with the archive. This file holds the editor
//! itself and the field helpers they share.

mod budget_lines;
mod goals;
mod period;
mod themes;

use budget_lines::BudgetLinesEditor;
use goals::Goals;
use period::{Archive, NewPeriod};
use themes::{AddTheme, ThemeEditor};

use leptos::prelude::*;
use plan_core::input::{parse_field, FieldError, FieldRule};
use plan_core::plan_edit::{self, field, Carry, EntryAction, PlanIssue};
use plan_core::{
    format, plan_entries, plan_entries::PlanEntry, BudgetLine, Lang, Measure, MinisterialGoal,
    Part, Plan, Shape, Source, Target, Theme, Unit, Workspace,
};

use crate::i18n::da_en;
use crate::state::{use_state, AppState};
use crate::views::common::{Banner, BannerKind};

/// The source of a text the user writes here: written in the app today.
fn edited_source() -> Source {
    let date = String::from(js_sys::Date::new_0().to_iso_string());
    Source::written_in_app(&date[..10])
}

/// The message for a field, tied to it by id.
fn issue_view(issues: Memo<Vec<PlanIssue>>, field_id: String) -> impl IntoView {
    let state = use_state();
    let id = format!("{field_id}-issue");
    move || {
        let lang = state.lang.get();
        issues.with(|all| {
            let text: Vec<String> = all
                .iter()
                .filter(|i| i.field == field_id)
                .map(|i| i.message(lang).to_owned())
                .collect();
            (!text.is_empty()).then(|| {
                view! { <p class="field-issue" id=id.clone() role="alert" data-testid="field-issue">{text.join(" ")}</p> }
            })
        })
    }
}

fn described_by(
    issues: Memo<Vec<PlanIssue>>,
    field_id: String,
) -> impl Fn() -> Option<String> + Send + Sync + Clone + 'static {
    move || {
        issues
            .with(|all| all.iter().any(|i| i.field == field_id))
            .then(|| format!("{field_id}-issue"))
    }
}

/// A labelled text field (a text area when `rows` > 1) bound to one value of the workspace,
/// in `part`.
#[allow(clippy::too_many_arguments)]
fn text_field(
    state: AppState,
    issues: Memo<Vec<PlanIssue>>,
    part: Part,
    id: String,
    label: String,
    rows: u32,
    get: impl Fn(&Workspace) -> String + Send + Sync + Clone + 'static,
    set: impl Fn(&mut Workspace, String) + Send + Sync + Clone + 'static,
) -> impl IntoView {
    let value = {
        let get = get.clone();
        move || state.with_parts(&[part], |w| get(w))
    };
    // Kept as it is typed (and saved a moment later), so a reload or a closed tab loses
    // nothing; the keystrokes in one field are one undo step, ended when the field is left.
    let control = id.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let set = set.clone();
        state.edit_live(&control, move |w| set(w, v));
    };
    let on_change = move |_: leptos::ev::Event| state.history.update(|h| h.end_live());
    let described = described_by(issues, id.clone());
    let input = if rows > 1 {
        view! { <textarea id=id.clone() rows=rows data-testid=id.clone() prop:value=value aria-describedby=described on:input=on_input on:change=on_change></textarea> }.into_any()
    } else {
        view! { <input id=id.clone() type="text" data-testid=id.clone() prop:value=value aria-describedby=described on:input=on_input on:change=on_change /> }.into_any()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {input}
            {issue_view(issues, id)}
        </div>
    }
}

/// What a number field of the editor accepts: the rule, and whether it may be left empty.
#[derive(Clone, Copy)]
struct Accepts {
    rule: FieldRule,
    optional: bool,
}

impl Accepts {
    /// A calendar year (1990–2100), required.
    const YEAR: Accepts = Accepts::required(FieldRule::YEAR);
    /// A measure's value or baseline: any number within a billion either way.
    const VALUE: FieldRule = FieldRule::between(-1e9, 1e9);
    /// An amount in 1.000 kr.: at most 100 mia. kr. either way.
    const TKR: FieldRule = FieldRule::between(-1e8, 1e8);
    /// A month, 1–12.
    const MONTH: FieldRule = FieldRule {
        min: Some(1.0),
        max: Some(12.0),
        whole: true,
    };

    const fn required(rule: FieldRule) -> Accepts {
        Accepts {
            rule,
            optional: false,
        }
    }

    const fn optional(rule: FieldRule) -> Accepts {
        Accepts {
            rule,
            optional: true,
        }
    }

    /// Reads a typed entry: `Ok(None)` for an empty optional field.
    fn read(self, text: &str, lang: Lang) -> Result<Option<f64>, FieldError> {
        if self.optional && text.trim().is_empty() {
            Ok(None)
        } else {
            parse_field(text, lang, self.rule).map(Some)
        }
    }
}

/// A labelled number field bound to one value of the workspace, in `part`. What is typed is
/// kept as it is typed; an entry that is no number or that `accepts` refuses is marked at the
/// field with the reason, in the user's language, and leaves the value as it is.
#[allow(clippy::too_many_arguments)]
fn number_field(
    state: AppState,
    issues: Memo<Vec<PlanIssue>>,
    part: Part,
    id: String,
    label: String,
    accepts: Accepts,
    get: impl Fn(&Workspace) -> Option<f64> + Send + Sync + Clone + 'static,
    set: impl Fn(&mut Workspace, Option<f64>) + Send + Sync + Clone + 'static,
) -> impl IntoView {
    let value = move || {
        let lang = state.lang.get();
        state.with_parts(&[part], |w| {
            get(w)
                .map(|v| plan_core::input::field_text(v, 4, lang))
                .unwrap_or_default()
        })
    };
    let refused = RwSignal::new(None::<FieldError>);
    // When the plan changes (undo, another field), the field shows the plan's value again,
    // and a refusal of what was typed before no longer applies.
    Effect::new({
        let value = value.clone();
        move |_| {
            value();
            refused.set(None);
        }
    });
    let control = id.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match accepts.read(&text, state.lang.get_untracked()) {
            Ok(v) => {
                refused.set(None);
                let set = set.clone();
                state.edit_live(&control, move |w| set(w, v));
            }
            Err(e) => refused.set(Some(e)),
        }
    };
    let on_change = move |_: leptos::ev::Event| state.history.update(|h| h.end_live());
    let issue = described_by(issues, id.clone());
    let refused_id = format!("{id}-refused");
    let described = {
        let refused_id = refused_id.clone();
        move || {
            let ids: Vec<String> = refused
                .with(Option::is_some)
                .then(|| refused_id.clone())
                .into_iter()
                .chain(issue())
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = {
        let described = described.clone();
        move || described().is_some().then_some("true")
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input id=id.clone() type="text" inputmode="decimal" class="amount" data-testid=id.clone() prop:value=value
                aria-invalid=invalid aria-describedby=described on:input=on_input on:change=on_change />
            {move || refused.get().map(|e| view! {
                <p class="field-issue" id=refused_id.clone() role="alert" data-testid="field-refused">{e.message(state.lang.get())}</p>
            })}
            {issue_view(issues, id)}
        </div>
    }
}

/// Move up, move down and delete buttons for one entry, with names for screen readers.
fn entry_buttons(
    state: AppState,
    what: String,
    testid: String,
    act: impl Fn(&mut Workspace, EntryAction) + Send + Sync + Clone + 'static,
) -> impl IntoView {
    let lang = state.lang.get_untracked();
    let (a, b, c) = (act.clone(), act.clone(), act);
    view! {
        <span class="entry-buttons">
            <button class="secondary small" aria-label=format!("{} {what}", da_en(lang, "Flyt op:", "Move up:")) data-testid=format!("{testid}-up") on:click=move |_| state.edit(|w| a(w, EntryAction::MoveUp))>"↑"</button>
            <button class="secondary small" aria-label=format!("{} {what}", da_en(lang, "Flyt ned:", "Move down:")) data-testid=format!("{testid}-down") on:click=move |_| state.edit(|w| b(w, EntryAction::MoveDown))>"↓"</button>
            <button class="danger small" aria-label=format!("{} {what}", da_en(lang, "Slet:", "Delete:")) data-testid=format!("{testid}-delete") on:click=move |_| state.edit(|w| c(w, EntryAction::Delete))>{da_en(lang, "Slet", "Delete")}</button>
        </span>
    }
}

#[component]
pub fn PlanEditor() -> impl IntoView {
    let state = use_state();
    let issues =
        Memo::new(move |_| state.with_parts(&[Part::Plan], |w| plan_edit::validate(&w.plan)));
    // What entries exist, in order: the form is rebuilt only when this changes.
    let structure = Memo::new(move |_| {
        state.with_parts(&[Part::Plan, Part::BudgetLines, Part::ArchivedPlans], |w| {
            (
                plan_edit::ids(&w.plan),
                w.plan
                    .themes
                    .iter()
                    .map(|t| {
                        (
                            t.targets
                                .iter()
                                .map(|x| x.measures.len())
                                .collect::<Vec<_>>(),
                            t.initiatives.len(),
                        )
                    })
                    .collect::<Vec<_>>(),
                w.budget_lines
                    .iter()
                    .map(|l| l.id.clone())
                    .collect::<Vec<_>>(),
                w.archived_plans.len(),
            )
        })
    });
    let form = move || {
        structure.with(|_| ());
        let lang = state.lang.get();
        let ws = state.ws.untracked();
        view! {
            <PlanFields issues lang />
            <Goals plan=(*ws.plan).clone() issues lang />
            {ws.plan.themes.iter().enumerate().map(|(ti, t)| view! { <ThemeEditor index=ti theme=t.clone() goals=ws.plan.goals.clone() issues lang /> }).collect_view()}
            <AddTheme lang />
            <BudgetLinesEditor lines=(*ws.budget_lines).clone() lang />
            <NewPeriod ws=ws.clone() lang />
            <Archive plans=(*ws.archived_plans).clone() lang />
        }
    };
    view! {
        <section class="plan-editor" data-testid="plan-editor" aria-labelledby="plan-editor-title">
            <h2 id="plan-editor-title">{move || da_en(state.lang.get(), "Redigér planen", "Edit the plan")}</h2>
            <p class="hint">{move || da_en(
                state.lang.get(),
                "Hver ændring gemmes med det samme og kan fortrydes (Ctrl+Z). Meddelelser om fejl står ved feltet, de gælder.",
                "Every change is saved at once and can be undone (Ctrl+Z). Messages about errors stand next to their field.",
            )}</p>
            {move || {
                let lang = state.lang.get();
                let n = issues.with(Vec::len);
                view! {
                    <Banner kind=if n == 0 { BannerKind::Ok } else { BannerKind::Warn } quiet=true live="polite" testid="plan-issues">
                        {match n {
                            0 => da_en(lang, "Planen har ingen fejl.", "The plan has no errors.").to_owned(),
                            n => da_en(lang, format!("Planen har {n} fejl; de står ved felterne herunder."), format!("The plan has {n} errors; they stand next to the fields below.")),
                        }}
                    </Banner>
                }
            }}
            {form}
        </section>
    }
}

/// The plan's name and period.
#[component]
fn PlanFields(issues: Memo<Vec<PlanIssue>>, lang: Lang) -> impl IntoView {
    let state = use_state();
    view! {
        <fieldset class="edit-group">
            <legend>{da_en(lang, "Planen", "The plan")}</legend>
            {text_field(state, issues, Part::Plan, field::plan_name(), da_en(lang, "Navn", "Name").into(), 1,
                |w| w.plan.name.clone(), |w, v| w.plan.name = v)}
            {number_field(state, issues, Part::Plan, "plan-period-start".into(), da_en(lang, "Første år", "First year").into(), Accepts::YEAR,
                |w| Some(w.plan.period.start as f64), |w, v| if let Some(v) = v { w.plan.period.start = v as i32 })}
            {number_field(state, issues, Part::Plan, field::plan_period(), da_en(lang, "Sidste år", "Last year").into(), Accepts::YEAR,
                |w| Some(w.plan.period.end as f64), |w, v| if let Some(v) = v { w.plan.period.end = v as i32 })}
        </fieldset>
    }
}
