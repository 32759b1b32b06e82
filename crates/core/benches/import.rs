//! Reading a 100.000-row jobindsats.dk-style file (100 areas × 10 benefit groups × 100
//! months), the same file as `bench/import-speed.mjs` reads in Chromium: decoding and
//! sniffing, then every row into observations. Run with `cargo bench -p plan-core --bench
//! import`.

use criterion::{criterion_group, criterion_main, Criterion};
use plan_core::indicators::import::{self, ParseJob};

fn big_file() -> Vec<u8> {
    let mut areas: Vec<String> = (1..=96).map(|i| format!("Kommune {i:02}")).collect();
    areas.extend(["Slagelse", "Hele landet", "Esbjerg", "Tønder"].map(String::from));
    let mut text = String::from("Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner\n");
    let mut rows = 0;
    for area in &areas {
        for g in 1..=10 {
            for month in 0..100 {
                let (y, m) = (2016 + month / 12, month % 12 + 1);
                text += &format!(
                    "{area};{y}M{m:02};Ydelsesgruppe {g};{},{}\n",
                    1000 + rows % 977,
                    rows % 10
                );
                rows += 1;
            }
        }
    }
    text.into_bytes()
}

fn bench(c: &mut Criterion) {
    let bytes = big_file();
    let mut g = c.benchmark_group("import 100.000 rows");
    g.sample_size(10);
    g.bench_function("open (decode + sniff)", |b| {
        b.iter(|| import::open("alle.csv", &bytes).unwrap())
    });
    let sniffed = import::open("alle.csv", &bytes).unwrap();
    g.bench_function("read every row", |b| {
        b.iter(|| {
            let p = ParseJob::new(&sniffed, sniffed.mapping.clone())
                .unwrap()
                .run();
            assert_eq!(p.observations.len(), 100_000);
            p
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
