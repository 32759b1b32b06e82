//! Why a save failed, and what the page says about it in the UI language.

use plan_core::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::idb;
use crate::i18n::da_en;

/// Why the working state could not be saved.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveError {
    /// The browser's storage for this page is full (QuotaExceededError).
    pub full: bool,
    /// Another tab or window saved since this tab loaded or saved: nothing was written.
    pub other_tab: bool,
    /// The change is to a part whose stored text could not be read (or comes from a newer
    /// version) and is kept as it is: this page does not write it.
    pub locked: bool,
    pub detail: String,
}

impl SaveError {
    pub(super) fn from_js(e: JsValue) -> Self {
        let full = e
            .dyn_ref::<js_sys::Error>()
            .is_some_and(|err| err.name() == "QuotaExceededError")
            || e.dyn_ref::<web_sys::DomException>()
                .is_some_and(|ex| ex.name() == "QuotaExceededError");
        SaveError {
            full,
            other_tab: false,
            locked: false,
            detail: super::js_error_text(e),
        }
    }

    pub(super) fn from_idb(e: idb::IdbError) -> Self {
        SaveError {
            full: e.full(),
            other_tab: false,
            locked: false,
            detail: e.to_string(),
        }
    }

    /// What happened and what to do, in the UI language.
    pub fn message(&self, lang: Lang) -> String {
        if self.locked {
            return da_en(
                lang,
                "Ændringen er ikke gemt: de gemte data, den hører til, kunne ikke læses (eller er gemt af en nyere udgave af appen) og bevares uændret, så intet går tabt. Ændringen er stadig her på siden; hent dine data som fil under Om data, eller genindlæs siden.".to_owned(),
                "The change is not saved: the saved data it belongs to could not be read (or was saved by a newer version of the app) and is kept unchanged, so nothing is lost. The change is still here on the page; download your data as a file under About the data, or reload the page.".to_owned(),
            );
        }
        if self.other_tab {
            return da_en(lang, "Planen er ændret i en anden fane eller et andet vindue, efter du åbnede den her. Din ændring er ikke skrevet oven i den anden: vælg, hvilken version der skal gælde.", "The plan was changed in another tab or window after you opened it here. Your change was not written over the other: choose which version is to count.").into();
        }
        if self.full {
            da_en(lang, "Browserens lager er fuldt, så den seneste ændring er ikke gemt. Det, der var gemt før, er uændret, og ændringen er stadig her på siden. Hent dine data som fil under Om data, og slet gamle sikkerhedskopier eller importer for at få plads.", "The browser's storage is full, so the latest change is not saved. What was saved before is unchanged, and the change is still here on the page. Download your data as a file under About the data, and delete old backups or imports to make room.").into()
        } else {
            da_en(lang, format!("Den seneste ændring kunne ikke gemmes ({}). Det, der var gemt før, er uændret; hent dine data som fil under Om data.", self.detail), format!("The latest change could not be saved ({}). What was saved before is unchanged; download your data as a file under About the data.", self.detail))
        }
    }
}
