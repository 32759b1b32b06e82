//! The page's pace while a file is read (a breath between steps) and the times of imports.

use leptos::prelude::*;
use plan_core::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::da_en;

/// Lets the browser paint and handle input before the next step. A message to the page
/// itself comes back as soon as the browser is free, without the 4 ms that nested timers
/// are held back; timers are the fallback.
pub(super) async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| match web_sys::MessageChannel::new() {
        Ok(channel) => {
            channel.port1().set_onmessage(Some(resolve.unchecked_ref()));
            let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
        }
        Err(_) => {
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = JsFuture::from(promise).await;
}

pub(super) use crate::clock::now_iso;

/// "24.11.2026 kl. 19.40" in local time.
pub fn local_time(iso: &str, lang: Lang) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return iso.to_owned();
    }
    let (day, month, year) = (d.get_date(), d.get_month() + 1, d.get_full_year());
    let (h, m) = (d.get_hours(), d.get_minutes());
    da_en(
        lang,
        format!("{day}.{month}.{year} kl. {h:02}.{m:02}"),
        format!("{year}-{month:02}-{day:02} {h:02}:{m:02}"),
    )
}
