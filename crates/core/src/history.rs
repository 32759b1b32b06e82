//! The undo history of edits to the workspace. Each step is a workspace whose parts are
//! shared with its neighbours (see [`crate::Shared`]), so a step costs what its edit changed.

use std::collections::VecDeque;

use crate::model::Workspace;
use crate::workspace::Part;

/// The result of an edit, an undo or a redo: the new workspace and the parts that differ
/// from the one before.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub workspace: Workspace,
    pub changed: Vec<Part>,
}

/// Undo and redo of every change to the workspace, kept in memory for the session. Each step
/// is a workspace whose parts are shared with its neighbours, so a step costs what its edit
/// changed. A drag on one control (consecutive live edits of the same control) is one step.
#[derive(Debug, Clone)]
pub struct History {
    undo: VecDeque<Workspace>,
    redo: Vec<Workspace>,
    /// The control of the last live edit.
    live: Option<String>,
    limit: usize,
}

impl Default for History {
    fn default() -> Self {
        Self::new(History::LIMIT)
    }
}

impl History {
    /// How many steps back can be undone by default.
    pub const LIMIT: usize = 100;

    pub fn new(limit: usize) -> Self {
        Self {
            undo: VecDeque::new(),
            redo: Vec::new(),
            live: None,
            limit: limit.max(1),
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    pub fn redo_len(&self) -> usize {
        self.redo.len()
    }

    /// The steps that can be undone, oldest first.
    pub fn undo_steps(&self) -> impl Iterator<Item = &Workspace> {
        self.undo.iter()
    }

    /// Applies an edit to `current` as one undoable step. `control` names the control of a
    /// live edit (a slider being dragged): consecutive live edits of the same control make
    /// one step. Returns `None`, and records nothing, if nothing changed.
    pub fn edit(
        &mut self,
        current: &Workspace,
        control: Option<&str>,
        f: impl FnOnce(&mut Workspace),
    ) -> Option<Change> {
        let mut next = current.clone();
        f(&mut next);
        let changed = next.reshare_unchanged(current);
        if changed.is_empty() {
            return None;
        }
        let same_drag = control.is_some() && self.live.as_deref() == control;
        if !same_drag {
            self.undo.push_back(current.clone());
            while self.undo.len() > self.limit {
                self.undo.pop_front();
            }
        }
        self.live = control.map(str::to_owned);
        self.redo.clear();
        Some(Change {
            workspace: next,
            changed,
        })
    }

    /// Replaces the workspace as one undoable step.
    pub fn replace(&mut self, current: &Workspace, next: Workspace) -> Option<Change> {
        self.edit(current, None, |w| *w = next)
    }

    /// Ends a live edit: the next edit of the same control is a step of its own.
    pub fn end_live(&mut self) {
        self.live = None;
    }

    pub fn undo(&mut self, current: &Workspace) -> Option<Change> {
        let prev = self.undo.pop_back()?;
        self.live = None;
        let changed = prev.changed_parts(current);
        self.redo.push(current.clone());
        Some(Change {
            workspace: prev,
            changed,
        })
    }

    pub fn redo(&mut self, current: &Workspace) -> Option<Change> {
        let next = self.redo.pop()?;
        self.live = None;
        let changed = next.changed_parts(current);
        self.undo.push_back(current.clone());
        Some(Change {
            workspace: next,
            changed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::default_workspace;

    #[test]
    fn an_edit_copies_only_the_part_it_changes() {
        let ws = default_workspace();
        let mut h = History::default();
        let change = h
            .edit(&ws, None, |w| w.scenarios.scenarios[0].name = "Ny".into())
            .unwrap();
        assert_eq!(change.changed, vec![Part::Scenarios]);
        for part in Part::ALL.into_iter().filter(|&p| p != Part::Scenarios) {
            assert!(change.workspace.part_same(&ws, part), "{part:?} was copied");
        }
        assert!(!change.workspace.part_same(&ws, Part::Scenarios));
    }

    #[test]
    fn looking_through_mut_is_no_change_and_shares_again() {
        let ws = default_workspace();
        let mut h = History::default();
        let none = h.edit(&ws, None, |w| {
            let _ = w.plan.themes.iter_mut().find(|t| t.id == "no such theme");
        });
        assert_eq!(none, None);
        assert!(!h.can_undo());
        let change = h
            .edit(&ws, None, |w| {
                let _ = &mut w.plan.name;
                w.status_sheets[0].items[0].headline.push('!');
            })
            .unwrap();
        assert_eq!(change.changed, vec![Part::StatusSheets]);
        assert!(change.workspace.part_same(&ws, Part::Plan));
    }

    #[test]
    fn undo_and_redo_restore_each_step_and_say_what_changed() {
        let ws0 = default_workspace();
        let mut h = History::default();
        let ws1 = h
            .edit(&ws0, None, |w| w.plan.name = "A".into())
            .unwrap()
            .workspace;
        let ws2 = h
            .edit(&ws1, None, |w| w.scenarios.scenarios.truncate(1))
            .unwrap()
            .workspace;
        let back = h.undo(&ws2).unwrap();
        assert_eq!(back.workspace, ws1);
        assert_eq!(back.changed, vec![Part::Scenarios]);
        let back = h.undo(&back.workspace).unwrap();
        assert_eq!(back.workspace, ws0);
        assert_eq!(back.changed, vec![Part::Plan]);
        assert!(h.undo(&back.workspace).is_none());
        let fwd = h.redo(&back.workspace).unwrap();
        assert_eq!(fwd.workspace, ws1);
        let fwd = h.redo(&fwd.workspace).unwrap();
        assert_eq!(fwd.workspace, ws2);
        assert!(!h.can_redo());
        // A new edit after an undo drops what could be redone.
        let back = h.undo(&ws2).unwrap().workspace;
        h.edit(&back, None, |w| w.plan.name = "B".into()).unwrap();
        assert!(!h.can_redo());
    }

    #[test]
    fn a_drag_on_one_control_is_one_step() {
        let mut ws = default_workspace();
        let mut h = History::default();
        for v in 1..=30 {
            ws = h
                .edit(&ws, Some("slider-a"), |w| {
                    w.scenarios.assumptions.cost_per_fte.value = 500.0 + f64::from(v)
                })
                .unwrap()
                .workspace;
        }
        assert_eq!(h.undo_len(), 1);
        ws = h
            .edit(&ws, Some("slider-b"), |w| w.plan.name = "X".into())
            .unwrap()
            .workspace;
        assert_eq!(h.undo_len(), 2);
        h.end_live();
        h.edit(&ws, Some("slider-b"), |w| w.plan.name = "Y".into())
            .unwrap();
        assert_eq!(h.undo_len(), 3);
        let first = h.undo_steps().next().unwrap();
        assert_eq!(first, &default_workspace());
    }

    #[test]
    fn the_limit_holds_and_steps_share_what_they_did_not_change() {
        let mut ws = default_workspace();
        // A large imported store that no edit below touches.
        ws.indicators.series = (0..2000)
            .map(|i| crate::indicators::Series {
                indicator: format!("ind {i:04}"),
                area: "Slagelse".into(),
                points: Vec::new(),
            })
            .collect();
        let mut h = History::new(10);
        for i in 0..25 {
            ws = h
                .edit(&ws, None, |w| {
                    w.scenarios.scenarios[0].name = format!("S{i}")
                })
                .unwrap()
                .workspace;
        }
        assert_eq!(h.undo_len(), 10);
        assert!(h
            .undo_steps()
            .all(|step| step.indicators.same(&ws.indicators) && step.plan.same(&ws.plan)));
        assert_eq!(
            h.undo_steps().next().unwrap().scenarios.scenarios[0].name,
            "S14"
        );
    }
}
