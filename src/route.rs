//! Routing adapter: the view lives in the URL fragment (`#/plan`, `#/styringsark?farve=all_ok`),
//! so navigation survives a reload and works under any sub-path of a static host without
//! server rewrites.

use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Plan,
    Sheet,
    Scenarios,
    Budget,
    Follow,
    Import,
    About,
    /// A shared scenario opened from a link (not in the navigation).
    Shared,
    /// A page for printing (not in the navigation).
    Print,
    /// The development agreement (udviklingsaftale), one of the plan's documents.
    Agreement,
    /// The committee case, one of the plan's documents.
    Case,
}

impl View {
    /// The views in the navigation, in its order.
    pub const NAV: [View; 7] = [
        View::Plan,
        View::Sheet,
        View::Budget,
        View::Scenarios,
        View::Follow,
        View::Import,
        View::About,
    ];
    /// Every view a fragment can name.
    pub const ALL: [View; 11] = [
        View::Plan,
        View::Sheet,
        View::Budget,
        View::Scenarios,
        View::Follow,
        View::Import,
        View::About,
        View::Shared,
        View::Print,
        View::Agreement,
        View::Case,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            View::Plan => "plan",
            View::Sheet => "styringsark",
            View::Scenarios => "scenarier",
            View::Budget => "budget",
            View::Follow => "maal",
            View::Import => "import",
            View::About => "om",
            View::Shared => "del",
            View::Print => "udskrift",
            View::Agreement => "aftale",
            View::Case => "sag",
        }
    }

    /// The navigation entry a view belongs to (the documents beside the plan belong to it).
    pub fn nav_entry(self) -> View {
        match self {
            View::Agreement | View::Case => View::Plan,
            v => v,
        }
    }
}

/// A parsed fragment: the view and its query parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub view: View,
    pub params: Vec<(String, String)>,
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let h = hash.trim_start_matches('#').trim_start_matches('/');
        let (path, query) = h.split_once('?').unwrap_or((h, ""));
        let view = View::ALL
            .into_iter()
            .find(|v| v.slug() == path)
            .unwrap_or(View::Plan);
        let params = query
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (decode(k), decode(v)))
            .collect();
        Route { view, params }
    }

    pub fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn to_hash(&self) -> String {
        let mut h = format!("#/{}", self.view.slug());
        let q: Vec<String> = self
            .params
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        if !q.is_empty() {
            h.push('?');
            h.push_str(&q.join("&"));
        }
        h
    }

    /// The same route with one parameter set (an empty value removes it).
    pub fn with_param(&self, key: &str, value: &str) -> Route {
        let mut r = self.clone();
        r.params.retain(|(k, _)| k != key);
        if !value.is_empty() {
            r.params.push((key.to_owned(), value.to_owned()));
        }
        r
    }
}

fn encode(s: &str) -> String {
    String::from(js_sys::encode_uri_component(s))
}

fn decode(s: &str) -> String {
    js_sys::decode_uri_component(s)
        .map(String::from)
        .unwrap_or_else(|_| s.to_owned())
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The current route as a signal that follows the fragment.
pub fn use_route() -> RwSignal<Route> {
    let route = RwSignal::new(Route::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    route
}

/// Moves to a route by changing the fragment (kept in history, so Back works).
pub fn navigate(route: &Route) {
    let _ = window().location().set_hash(&route.to_hash());
}
