//! Editing a follow-up's causes and what it reports as realised of budget-agreement items.

use super::{BudgetFollowUp, Cause, ItemReport};
use crate::basic::Tkr;
use crate::source::Source;

impl BudgetFollowUp {
    /// Adds a cause (the text trimmed) with no items yet, last in the list. Returns its
    /// index; `None` (and nothing added) for an empty text.
    pub fn add_cause(&mut self, text: &str, source: Source) -> Option<usize> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        self.causes.push(Cause {
            text: text.to_owned(),
            item_ids: Vec::new(),
            source,
        });
        Some(self.causes.len() - 1)
    }

    /// Links a cause to a budget-agreement item. Returns false when there is no such cause
    /// or the link is already there.
    pub fn link_cause(&mut self, cause: usize, item_id: &str) -> bool {
        match self.causes.get_mut(cause) {
            Some(c) if !c.item_ids.iter().any(|i| i == item_id) => {
                c.item_ids.push(item_id.to_owned());
                true
            }
            _ => false,
        }
    }

    /// Removes a cause's link to an item. Returns whether there was one.
    pub fn unlink_cause(&mut self, cause: usize, item_id: &str) -> bool {
        let Some(c) = self.causes.get_mut(cause) else {
            return false;
        };
        let before = c.item_ids.len();
        c.item_ids.retain(|i| i != item_id);
        c.item_ids.len() != before
    }

    /// Deletes a cause and returns it.
    pub fn remove_cause(&mut self, cause: usize) -> Option<Cause> {
        (cause < self.causes.len()).then(|| self.causes.remove(cause))
    }

    /// The causes that concern an item.
    pub fn causes_of<'a>(&'a self, item_id: &'a str) -> impl Iterator<Item = &'a Cause> {
        self.causes
            .iter()
            .filter(move |c| c.item_ids.iter().any(|i| i == item_id))
    }

    /// Sets what the follow-up reports as realised of an item in its year (the note
    /// trimmed); `None` removes the report.
    pub fn set_item_report(&mut self, item_id: &str, tkr: Option<Tkr>, note: &str) {
        match tkr {
            None => self.item_reports.retain(|r| r.item_id != item_id),
            Some(tkr) => {
                let note = note.trim().to_owned();
                match self.item_reports.iter_mut().find(|r| r.item_id == item_id) {
                    Some(r) => {
                        r.tkr = tkr;
                        r.note = note;
                    }
                    None => self.item_reports.push(ItemReport {
                        item_id: item_id.to_owned(),
                        tkr,
                        note,
                    }),
                }
            }
        }
    }

    /// What the follow-up reports as realised of an item, if it reports anything.
    pub fn item_report(&self, item_id: &str) -> Option<&ItemReport> {
        self.item_reports.iter().find(|r| r.item_id == item_id)
    }
}
