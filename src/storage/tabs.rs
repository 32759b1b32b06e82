//! Replacing what is stored: another tab's version against this tab's, a reset, a loaded
//! file or a one-file app. What is replaced is always kept as a backup first.

use plan_core::persist::parts::{decode_parts, Meta};

use crate::i18n::da_en;
use plan_core::{persist, Lang, Part, Workspace};

use super::{
    backup, raw_get, remember_stored_revision, save_now, saver, stored_document, stored_part,
    BackupReason, StoredTexts, META_KEY, REVISION_KEY,
};

/// Two tabs changed the plan: this tab takes the stored version (the other tab's), and its own
/// is kept as a backup. Returns the stored workspace and the backup key.
pub async fn take_other_tabs_version(
    mine: &Workspace,
    lang: Lang,
) -> Result<(Workspace, String), String> {
    let nothing = da_en(
        lang,
        "Den anden fane har ikke gemt noget.",
        "The other tab has saved nothing.",
    );
    // What the other tab saved, as of now: if it saves again meanwhile, that is not taken
    // without a look.
    let revision = raw_get(REVISION_KEY);
    let raw_meta = raw_get(META_KEY).ok_or_else(|| nothing.to_owned())?;
    let meta = Meta::decode(&raw_meta).map_err(|e| e.text(lang))?;
    let mut texts = StoredTexts::new();
    for part in Part::ALL {
        texts.push(
            part,
            stored_part(part, &meta).await.map_err(|e| e.to_string())?,
        );
    }
    let outcome = decode_parts(
        &meta,
        |p| texts.get(p),
        plan_core::defaults::default_workspace,
    );
    if let Some(e) = outcome.broken.first() {
        return Err(e.text(lang));
    }
    let key = backup(&persist::encode(mine), BackupReason::OtherTab).await?;
    if raw_get(REVISION_KEY) != revision {
        return Err(saved_again(lang));
    }
    remember_stored_revision();
    let theirs = outcome.workspace;
    if meta.indicators_in == super::home_code() {
        saver::set_baseline(theirs.clone());
    } else {
        // The other tab keeps the figures elsewhere: this tab writes them where it keeps them.
        saver::forget_baseline();
    }
    Ok((theirs, key))
}

/// Two tabs changed the plan: this tab's version is saved, the other tab's is kept as a
/// backup. Returns the backup key.
pub async fn keep_mine_over_other_tab(mine: &Workspace, lang: Lang) -> Result<String, String> {
    let revision = raw_get(REVISION_KEY);
    let key = match stored_document().await? {
        Some(raw) => backup(&raw, BackupReason::OtherTab).await?,
        None => String::new(),
    };
    if raw_get(REVISION_KEY) != revision {
        return Err(saved_again(lang));
    }
    remember_stored_revision();
    saver::forget_baseline();
    save_now(mine).await.map_err(|e| e.message(lang))?;
    Ok(key)
}

fn saved_again(lang: Lang) -> String {
    da_en(
        lang,
        "Den anden fane har gemt igen imens. Intet er ændret; vælg igen.",
        "The other tab saved again meanwhile. Nothing was changed; choose again.",
    )
    .to_owned()
}

/// Replaces the stored workspace with another (a reset, a loaded file, a one-file app),
/// keeping what it replaces as a backup first. Nothing is replaced if the backup fails.
pub async fn replace_stored(
    current: Option<&Workspace>,
    next: &Workspace,
    reason: BackupReason,
    lang: Lang,
) -> Result<Option<String>, String> {
    // What the page shows is what is replaced: a change still waiting to be saved is saved
    // first, and if it cannot be (a full storage), the page's state itself is kept.
    let unsaved = match current {
        Some(ws) => save_now(ws).await.err().map(|_| persist::encode(ws)),
        None => None,
    };
    let no_backup = |e: String| {
        da_en(
            lang,
            format!("Der kunne ikke tages en sikkerhedskopi, så intet er erstattet ({e})."),
            format!("No backup could be made, so nothing was replaced ({e})."),
        )
    };
    // Both are kept: what is stored, and the page's own state if it could not be saved.
    let stored = stored_document().await.map_err(no_backup)?;
    let stored_key = match stored {
        Some(raw) => Some(backup(&raw, reason).await.map_err(no_backup)?),
        None => None,
    };
    let unsaved_key = match unsaved {
        Some(raw) => Some(backup(&raw, reason).await.map_err(no_backup)?),
        None => None,
    };
    saver::forget_baseline();
    save_now(next).await.map_err(|e| e.message(lang))?;
    Ok(stored_key.or(unsaved_key))
}
