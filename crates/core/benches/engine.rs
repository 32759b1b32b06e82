//! Scenario engine benchmarks: the default scenarios, and one a hundred times larger
//! (100× the levers and the benefit groups, a 70-year horizon).
//! Run: cargo bench -p plan-core --bench engine

use criterion::{criterion_group, criterion_main, Criterion};
use plan_core::defaults::default_workspace;
use plan_core::scenarios::*;
use std::hint::black_box;

fn large_set() -> (Assumptions, Scenario) {
    let set = default_scenario_set();
    let mut a = set.assumptions.clone();
    a.horizon = Horizon {
        start: 2024,
        end: 2093,
    };
    let groups = a.groups.clone();
    let levers = a.levers.clone();
    let mut scenario = set.scenario("alle-fire").unwrap().clone();
    let choices = scenario.policy.levers.clone();
    for k in 1..100 {
        for g in &groups {
            let mut g = g.clone();
            g.id = format!("{}-{k}", g.id);
            a.groups.push(g);
        }
        for l in &levers {
            let mut l = l.clone();
            l.id = format!("{}-{k}", l.id);
            if let Some(e) = l.effect.as_mut() {
                e.group_id = format!("{}-{k}", e.group_id);
            }
            a.levers.push(l);
        }
        for c in &choices {
            let mut c = c.clone();
            c.lever_id = format!("{}-{k}", c.lever_id);
            c.to = 2093;
            scenario.policy.levers.push(c);
        }
    }
    (a, scenario)
}

fn bench(c: &mut Criterion) {
    let set = default_scenario_set();
    let ws = default_workspace();
    let targets = target_specs(&ws, &set.target_links);
    c.bench_function("evaluate default scenario (alle-fire)", |b| {
        let s = set.scenario("alle-fire").unwrap();
        b.iter(|| evaluate(black_box(&set.assumptions), black_box(s), &targets))
    });
    c.bench_function("evaluate all four default scenarios", |b| {
        b.iter(|| evaluate_all(black_box(&set), &ws))
    });
    // 28 uncertain assumptions, each at its two ends: 2 evaluations each for the 12 that the
    // scenario depends on.
    c.bench_function("tornado of the default scenario (alle-fire)", |b| {
        let s = set.scenario("alle-fire").unwrap();
        b.iter(|| tornado(black_box(&set.assumptions), black_box(s), &targets))
    });
    let (a, s) = large_set();
    c.bench_function(
        "evaluate 100x scenario (500 levers, 1100 groups, 70 years)",
        |b| b.iter(|| evaluate(black_box(&a), black_box(&s), &targets)),
    );
}

/// The one validation every scenario set passes (what `plan check` does) at 100, 1.000 and
/// 10.000 scenarios (the most a set may hold): its time grows with the count, not faster.
fn bench_check(c: &mut Criterion) {
    let base = default_scenario_set();
    let mut group = c.benchmark_group("check a scenario set");
    for n in [100usize, 1_000, 10_000] {
        let mut set = base.clone();
        let one = set.scenarios[1].clone();
        set.scenarios = (0..n)
            .map(|i| {
                let mut s = one.clone();
                s.id = format!("s{i}");
                s
            })
            .collect();
        set.baseline_id = "s0".into();
        group.bench_function(format!("{n} scenarios"), |b| {
            b.iter(|| plan_core::guard::check_set(black_box(&set)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench, bench_check);
criterion_main!(benches);
