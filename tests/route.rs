//! The fragment router's parsing and printing (wasm-bindgen-test in Chromium).

use plan_web::route::{Route, View};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn parses_views_and_parameters() {
    let r = Route::parse("#/styringsark?farve=all_ok&udvalg=SBU");
    assert_eq!(r.view, View::Sheet);
    assert_eq!(r.param("farve"), Some("all_ok"));
    assert_eq!(r.param("udvalg"), Some("SBU"));
    assert_eq!(Route::parse("").view, View::Plan);
    assert_eq!(Route::parse("#/om").view, View::About);
    assert_eq!(Route::parse("#/unknown").view, View::Plan);
}

#[wasm_bindgen_test]
fn round_trips_danish_letters() {
    let r = Route::parse("#/plan").with_param("udvalg", "Økonomiudvalget");
    let printed = r.to_hash();
    assert!(!printed.contains('Ø'), "{printed}");
    assert_eq!(Route::parse(&printed), r);
    assert_eq!(r.with_param("udvalg", "").to_hash(), "#/plan");
}
