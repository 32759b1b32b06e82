//! Share links across versions: a full (`v1.`) link made before compact links existed still
//! opens as the same scenario on the same assumptions, and the compact (`v2.`) link of the
//! same scenario is under 1.000 characters with the page's address in front.

use plan_core::scenarios::{default_scenario_set, evaluate};
use plan_core::share::{self, SharedScenario};

/// A link payload written by the full encoder (the only one before compact links), for the
/// default alternative "sygedagpenge-2" shared at 2026-12-01T10:00:00Z.
const V1_LINK: &str = include_str!("fixtures/share-v1-sygedagpenge-2.txt");

#[test]
fn a_full_link_from_an_earlier_version_opens_exactly_as_it_did() {
    assert!(V1_LINK.starts_with("v1.") && V1_LINK.len() > 2_700);
    let shared = share::decode(V1_LINK).expect("the old link opens");
    let set = default_scenario_set();
    // The link keeps the assumptions it was made with. Since defaults version 3 the
    // a-dagpenge group's note names the law's co-financing (§ 5, stk. 3) instead of the
    // refusion ladder; its numbers, and every other assumption, are as they were.
    let mut now = set.assumptions.clone();
    let group = |a: &plan_core::scenarios::Assumptions| {
        a.groups.iter().position(|g| g.id == "a-dagpenge").unwrap()
    };
    let (old, new) = (
        &shared.assumptions.groups[group(&shared.assumptions)],
        &mut now.groups[group(&set.assumptions)],
    );
    assert_eq!(old.refusion_share.value, new.refusion_share.value);
    assert_ne!(old.refusion_share.source, new.refusion_share.source);
    new.refusion_share.source = old.refusion_share.source.clone();
    assert_eq!(shared.assumptions, now);
    // The same scenario as the default one, which has since got its English description.
    let mut default = set.scenario("sygedagpenge-2").unwrap().clone();
    assert!(!default.description_en.is_empty());
    default.description_en.clear();
    assert_eq!(shared.scenario, default);
    assert_eq!(shared.shared_at, "2026-12-01T10:00:00Z");
    let targets = Vec::new();
    let then = evaluate(&shared.assumptions, &shared.scenario, &targets);
    let now = evaluate(
        &set.assumptions,
        set.scenario("sygedagpenge-2").unwrap(),
        &targets,
    );
    assert_eq!(then, now);
}

#[test]
fn the_same_scenario_as_a_compact_link_is_short_and_opens_the_same() {
    let old = share::decode(V1_LINK).unwrap();
    let compact = share::encode(&old);
    assert!(compact.starts_with("v2."), "{compact}");
    let address = "https://slagelse.example.dk/beskaeftigelsesplan/#/del?d=";
    assert!(address.len() + compact.len() <= 1_000, "{}", compact.len());
    let again: SharedScenario = share::decode(&compact).unwrap();
    assert_eq!(again, old);
}
