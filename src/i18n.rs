//! The UI's words. There is one way to say something: [`da_en`], with the Danish and the
//! English text side by side where they are used, so neither can be missing (a compile error,
//! not a blank). Labels of the model's own choices come from plan-core's `text(lang)`.

use plan_core::Lang;

/// The one way the app says something: the Danish and the English text side by side where
/// they are used (so neither can be missing), Danish first. Fixed words (`&'static str`) or
/// formatted sentences (`String`) alike.
pub fn da_en<T>(lang: Lang, da: T, en: T) -> T {
    lang.pick(da, en)
}
