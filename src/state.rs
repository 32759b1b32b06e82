//! The app's state: the workspace as one signal per part, the undo history (kept by the
//! core's [`History`]), the language, the route and what the banners report. Views read the
//! parts they show and change the workspace through [`AppState::edit`].

use leptos::prelude::*;
use plan_core::{
    agreement::DevelopmentAgreement, committee::CommitteeCase, followup::BudgetFollowUp,
    indicators::IndicatorData, scenarios::ScenarioSet, BudgetLine, History, Lang, Part,
    PhaseInPlace, Plan, Shared, StatusSheet, Workspace,
};

use crate::route::{navigate, Route};
use crate::storage::{self, SaveError};

/// The workspace as one signal per part: an edit of one part notifies only what reads it,
/// and copies, compares and saves only that part.
#[derive(Clone, Copy)]
pub struct Parts {
    pub plan: RwSignal<Shared<Plan>>,
    pub status_sheets: RwSignal<Shared<Vec<StatusSheet>>>,
    pub budget_lines: RwSignal<Shared<Vec<BudgetLine>>>,
    pub phase_in_places: RwSignal<Shared<Vec<PhaseInPlace>>>,
    pub scenarios: RwSignal<Shared<ScenarioSet>>,
    pub indicators: RwSignal<Shared<IndicatorData>>,
    pub budget_followups: RwSignal<Shared<Vec<BudgetFollowUp>>>,
    pub archived_plans: RwSignal<Shared<Vec<Plan>>>,
    pub agreements: RwSignal<Shared<Vec<DevelopmentAgreement>>>,
    pub committee_cases: RwSignal<Shared<Vec<CommitteeCase>>>,
}

impl Parts {
    pub fn new(ws: Workspace) -> Self {
        Parts {
            plan: RwSignal::new(ws.plan),
            status_sheets: RwSignal::new(ws.status_sheets),
            budget_lines: RwSignal::new(ws.budget_lines),
            phase_in_places: RwSignal::new(ws.phase_in_places),
            scenarios: RwSignal::new(ws.scenarios),
            indicators: RwSignal::new(ws.indicators),
            budget_followups: RwSignal::new(ws.budget_followups),
            archived_plans: RwSignal::new(ws.archived_plans),
            agreements: RwSignal::new(ws.agreements),
            committee_cases: RwSignal::new(ws.committee_cases),
        }
    }

    /// Subscribes the running effect to one part.
    pub fn track(&self, part: Part) {
        match part {
            Part::Plan => self.plan.track(),
            Part::StatusSheets => self.status_sheets.track(),
            Part::BudgetLines => self.budget_lines.track(),
            Part::PhaseInPlaces => self.phase_in_places.track(),
            Part::Scenarios => self.scenarios.track(),
            Part::Indicators => self.indicators.track(),
            Part::BudgetFollowUps => self.budget_followups.track(),
            Part::ArchivedPlans => self.archived_plans.track(),
            Part::Agreements => self.agreements.track(),
            Part::CommitteeCases => self.committee_cases.track(),
        }
    }

    /// The workspace as it is now, subscribing to nothing: a copy that shares every part.
    pub fn untracked(&self) -> Workspace {
        Workspace {
            schema_version: plan_core::SCHEMA_VERSION,
            plan: self.plan.get_untracked(),
            status_sheets: self.status_sheets.get_untracked(),
            budget_lines: self.budget_lines.get_untracked(),
            phase_in_places: self.phase_in_places.get_untracked(),
            scenarios: self.scenarios.get_untracked(),
            indicators: self.indicators.get_untracked(),
            budget_followups: self.budget_followups.get_untracked(),
            archived_plans: self.archived_plans.get_untracked(),
            agreements: self.agreements.get_untracked(),
            committee_cases: self.committee_cases.get_untracked(),
        }
    }

    /// The workspace, subscribing only to the parts listed (for calculations that need
    /// several parts: the others are read as they are, without a subscription).
    pub fn read(&self, parts: &[Part]) -> Workspace {
        for &p in parts {
            self.track(p);
        }
        self.untracked()
    }

    /// Sets the parts that changed (and notifies only what reads them).
    fn set(&self, ws: &Workspace, changed: &[Part]) {
        for &part in changed {
            match part {
                Part::Plan => self.plan.set(ws.plan.clone()),
                Part::StatusSheets => self.status_sheets.set(ws.status_sheets.clone()),
                Part::BudgetLines => self.budget_lines.set(ws.budget_lines.clone()),
                Part::PhaseInPlaces => self.phase_in_places.set(ws.phase_in_places.clone()),
                Part::Scenarios => self.scenarios.set(ws.scenarios.clone()),
                Part::Indicators => self.indicators.set(ws.indicators.clone()),
                Part::BudgetFollowUps => self.budget_followups.set(ws.budget_followups.clone()),
                Part::ArchivedPlans => self.archived_plans.set(ws.archived_plans.clone()),
                Part::Agreements => self.agreements.set(ws.agreements.clone()),
                Part::CommitteeCases => self.committee_cases.set(ws.committee_cases.clone()),
            }
        }
    }
}

/// State shared by all views.
#[derive(Clone, Copy)]
pub struct AppState {
    pub ws: Parts,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    /// The last problem to report (a failed download, backup, …), shown until dismissed
    /// or the next successful save.
    pub save_error: RwSignal<Option<String>>,
    /// The last failed save, shown in the UI language until the next successful save.
    pub save_failed: RwSignal<Option<SaveError>>,
    pub history: RwSignal<History>,
    /// Workshop mode: large type, and the workspace as it was when the workshop began.
    pub workshop: RwSignal<Option<Workspace>>,
    /// Another tab or window saved the plan since this tab loaded or saved it.
    pub other_tab: RwSignal<bool>,
}

impl AppState {
    /// Reads the workspace, subscribing only to the parts listed.
    pub fn with_parts<R>(&self, parts: &[Part], f: impl FnOnce(&Workspace) -> R) -> R {
        f(&self.ws.read(parts))
    }

    /// Changes the workspace as one undoable step (nothing is recorded if nothing changed).
    /// Only the parts the edit changed are copied, notified and saved.
    pub fn edit(&self, f: impl FnOnce(&mut Workspace)) {
        self.edit_as(None, f);
    }

    /// Like [`AppState::edit`], but consecutive edits of the same control (a slider being
    /// dragged) make one undo step.
    pub fn edit_live(&self, control: &str, f: impl FnOnce(&mut Workspace)) {
        self.edit_as(Some(control), f);
    }

    fn edit_as(&self, control: Option<&str>, f: impl FnOnce(&mut Workspace)) {
        let current = self.ws.untracked();
        let change = self
            .history
            .try_update(|h| h.edit(&current, control, f))
            .flatten();
        if let Some(change) = change {
            self.apply(change);
        }
    }

    pub(crate) fn apply(&self, change: plan_core::history::Change) {
        self.ws.set(&change.workspace, &change.changed);
        storage::schedule(&change.workspace, &change.changed);
    }

    /// Replaces the workspace as one undoable step.
    pub fn replace(&self, ws: Workspace) {
        self.edit(|w| *w = ws);
    }

    pub fn undo(&self) {
        let current = self.ws.untracked();
        if let Some(change) = self.history.try_update(|h| h.undo(&current)).flatten() {
            self.apply(change);
        }
    }

    pub fn redo(&self) {
        let current = self.ws.untracked();
        if let Some(change) = self.history.try_update(|h| h.redo(&current)).flatten() {
            self.apply(change);
        }
    }

    /// Resets to the workspace as it was when workshop mode began (undoable).
    pub fn reset_workshop(&self) {
        if let Some(start) = self.workshop.get_untracked() {
            self.replace(start);
        }
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

/// Changes one query parameter of the current view's route.
pub fn set_route_param(state: AppState, key: &str, value: &str) {
    navigate(&state.route.get_untracked().with_param(key, value));
}
