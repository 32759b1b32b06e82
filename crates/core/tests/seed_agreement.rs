//! The embedded development agreement checked against seed 002 ("Udviklingsaftale 2016"):
//! every text is in the seed verbatim (a sentence split by a column break is joined), every
//! figure of a measure is in its indicator's sentence, and the counts match the document.

mod common;

use plan_core::agreement::{self, default_agreement, DevelopmentAgreement, SEED_FILE};
use plan_core::{defaults::default_workspace, format, Lang, PartialDate, Shape, Source, Unit};

/// The seed with its HTML tags (`<p>`, `<ul …>`, `<u>`) taken out and whitespace collapsed,
/// as seed_check.rs normalises the other seeds.
fn seed() -> String {
    normalize(&common::read_seed(SEED_FILE))
}

fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if in_tag => {}
            '\u{a0}' => out.push(' '),
            c => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where `text` is in the seed from byte `from` on: whole, or as up to three pieces in the
/// document's order, split where a column break cut it. A piece ends before a space of the
/// text, or inside a word the document hyphenated at the break ("landsgen-" …
/// "nemsnittet"). Returns the number of pieces.
///
/// A text changed in one word fails: `pieces_in(seed, "Styrke lokale virksomheders vækst
/// og tiltrække og fastholde borgere i byen.", 0, 0)` is `None`.
fn pieces_in(seed: &str, text: &str, from: usize, depth: usize) -> Option<usize> {
    if seed[from..].contains(text) {
        return Some(1);
    }
    if depth == 2 {
        return None;
    }
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    // Pieces of at least eight bytes, so a piece is more than a word found anywhere.
    for &i in bounds
        .iter()
        .rev()
        .filter(|&&i| i >= 8 && text.len() - i >= 8)
    {
        let piece = &text[..i];
        let rest = &text[i..];
        let found = if let Some(after_space) = rest.strip_prefix(' ') {
            seed[from..]
                .find(piece)
                .map(|at| (from + at + piece.len(), after_space))
        } else {
            seed[from..]
                .find(&format!("{piece}-"))
                .map(|at| (from + at + piece.len() + 1, rest))
        };
        if let Some((next, rest)) = found {
            if let Some(n) = pieces_in(seed, rest, next, depth + 1) {
                return Some(n + 1);
            }
        }
    }
    None
}

fn agreement() -> DevelopmentAgreement {
    default_agreement()
}

#[test]
fn the_agreement_decodes_and_round_trips() {
    let a = agreement();
    assert_eq!(a.id, "ua16");
    assert_eq!(a.municipality, "Slagelse Kommune");
    assert_eq!(a.name, "Udviklingsaftale 2016");
    assert_eq!(a.year, 2016);
    assert!(seed().contains(&a.name.to_uppercase()));
    let json = serde_json::to_string(&a).unwrap();
    let again: DevelopmentAgreement = serde_json::from_str(&json).unwrap();
    assert_eq!(again, a);
    assert!(
        agreement::validate(&a).is_empty(),
        "{:#?}",
        agreement::validate(&a)
    );
}

#[test]
fn every_text_is_verbatim_in_seed_002() {
    let s = seed();
    let a = agreement();
    // The check has teeth: one word changed, or two pieces out of order, fail.
    let changed = "Styrke lokale virksomheders vækst og tiltrække og fastholde borgere i byen.";
    assert_eq!(pieces_in(&s, changed, 0, 0), None);
    let swapped = "gennemsnitlige samarbejdsgrad på landsplan 2016. Jobcentrets samarbejdsgrad";
    assert_eq!(pieces_in(&s, swapped, 0, 0), None);
    let mut joined = Vec::new();
    for (what, text) in a.texts().into_iter().skip(1) {
        let n = normalize(text);
        assert_eq!(n, text, "{what} is not trimmed and collapsed: {text:?}");
        let pieces = pieces_in(&s, &n, 0, 0)
            .unwrap_or_else(|| panic!("{what} is not verbatim in seed 002:\n{text}"));
        if pieces > 1 {
            joined.push(text);
        }
    }
    // The sentences the document's columns split, joined whole. ("Antallet af sygemeldte
    // selvstændige" … "erhvervsdrivende, …" runs over a table row's end with nothing between,
    // so it is whole in the normalised seed.)
    assert_eq!(joined.len(), 4, "{joined:#?}");
    for start in [
        "Jobcentrets samarbejdsgrad med virksomhederne",
        "Individuelt tilrettelagte og understøttende tilbud",
        "Opfølgning i 1. kvartal 2017 med den nyeste opgørelse i Integrationsbarometret.dk.",
        "Andelen af borgere i integrationsprogrammet",
    ] {
        assert!(joined.iter().any(|t| t.starts_with(start)), "{start}");
    }
    // A point's date follows its text in the document.
    for (_, _, g) in a.target_groups() {
        for q in g.interventions.iter().flat_map(|p| &p.points) {
            if !q.when.is_empty() {
                assert!(s.contains(&format!("{} {}", q.text, q.when)), "{}", q.id);
            }
        }
    }
}

#[test]
fn no_text_holds_markup() {
    let json = serde_json::to_value(agreement()).unwrap();
    fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
            serde_json::Value::Object(m) => m.values().for_each(|x| strings(x, out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    strings(&json, &mut all);
    assert!(all.len() > 400, "{}", all.len());
    for s in all {
        assert!(!s.contains(['<', '>', '•']), "markup in {s:?}");
    }
}

#[test]
fn the_example_sentences_are_there_whole() {
    let a = agreement();
    let indicators: Vec<&str> = a.indicators().map(|(_, t)| t.text.as_str()).collect();
    for sentence in [
        "Jobcentrets samarbejdsgrad med virksomhederne i Slagelse Kommune skal minimum være på niveau med den gennemsnitlige samarbejdsgrad på landsplan 2016.",
        "Udviklingen i ledige personer fra december 2015 til december 2016 skal være på samme eller mere positivt niveau end på landsplan.",
        "Antallet af orienteringsmøder og undervisningsseancer for unge, skal i 2016 minst svare til antal afholdte i 2015 (9 stk.)",
        "Minimum 8 % af de uddannelsesparate og aktivitetsparate unge er løbende i virksomhedsnære tilbud i form af virksomhedspraktik eller løntilskud. Juli/august og december/januar er optagelses måneder og indgår ikke i opgørelse.",
    ] {
        assert!(indicators.contains(&sentence), "{sentence}");
    }
    let (_, _, firms) = a.target_groups().next().unwrap();
    assert_eq!(firms.name, "Virksomheder");
    assert_eq!(firms.description, "alle virksomheder i Slagelse Kommune");
    assert_eq!(
        firms.deadline[0].text,
        "Kvartalsvis status og endelig opfølgning på mål, når data er tilgængelige for hele 2016 i Jobindsats.dk"
    );
    assert_eq!(
        firms.effect.heading,
        "Bruger- og samfundseffekt (virksomhedsrettede indsatser er effektive til at få borgere i job, afklaret til uddannelse og raskmeldt)."
    );
    assert_eq!(
        firms.interventions[0].text,
        "Jobskabende tilgang indebærer:"
    );
    assert_eq!(firms.interventions[0].points.len(), 10);
    assert_eq!(
        firms.notes[0].text,
        "NB: Ordinær rekruttering indgår endnu ikke i samarbejdsgrad, da det ikke er teknisk muligt at følge op på."
    );
    // Hyphenation as the document writes it.
    let closest = a.target_group("ua16-jc-a1-mg2").unwrap();
    assert!(closest
        .description
        .contains("jobparate kontant-hjælpsmodtagere"));
}

#[test]
fn the_sections_agreements_target_groups_and_indicators_of_the_document() {
    let a = agreement();
    let names: Vec<&str> = a.sections.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Jobcenter",
            "Integration og netværk",
            "Center for Børn og Familie, Voksne",
            "Center for Kultur, Fritid og Borgerservice"
        ]
    );
    // Counted by hand in the seed: one agreement per section but three under Center for
    // Børn og Familie, Voksne (one "Overordnet politisk mål" each: six in the document).
    let agreements: Vec<usize> = a.sections.iter().map(|s| s.agreements.len()).collect();
    assert_eq!(agreements, [1, 1, 3, 1]);
    let raw = common::read_seed(SEED_FILE);
    assert_eq!(raw.matches("Overordnet politisk mål").count(), 6);
    // Target groups per agreement: the Jobcenter's four (Virksomheder, Borgere tættest på
    // arbejdsmarkedet, Uddannelsesparate unge uden uddannelse, Borgere i udkanten af
    // arbejdsmarkedet), one for each of the others.
    let groups: Vec<usize> = a
        .agreements()
        .map(|(_, ag)| ag.target_groups.len())
        .collect();
    assert_eq!(groups, [4, 1, 1, 1, 1, 1]);
    // Effect indicators per target group, bullets counted in the seed. "Minimum 8 % …" is in
    // the document twice (under the young and under the citizens furthest from the labour
    // market), so it is here twice.
    let indicators: Vec<usize> = a
        .target_groups()
        .map(|(_, _, g)| g.effect.indicators.len())
        .collect();
    assert_eq!(indicators, [1, 2, 5, 2, 2, 1, 1, 3, 3]);
    assert_eq!(a.indicators().count(), 20);
    assert_eq!(a.measures().count(), 14);
    let unmeasured = a
        .indicators()
        .filter(|(_, t)| t.measures.is_empty())
        .count();
    assert_eq!(unmeasured, 6);
    // "Bruger- og samfundseffekt" heads eight of the nine effect columns (not Kultur's).
    let headed = a
        .target_groups()
        .filter(|(_, _, g)| g.effect.heading.starts_with("Bruger- og samfundseffekt"))
        .count();
    assert_eq!(headed, 8);
    assert_eq!(raw.matches("Bruger- og samfundseffekt").count(), 8);
    // The five developments "Udviklingen i …".
    let developments = a
        .measures()
        .filter(|(_, _, m)| m.shape.is_development())
        .count();
    assert_eq!(developments, 5);
    assert_eq!(raw.matches("Udviklingen i").count(), 5);
}

#[test]
fn every_measure_figure_is_in_its_indicator() {
    let a = agreement();
    for (_, target, m) in a.measures() {
        let text = &target.text;
        if m.value != 0.0 {
            let v = format::number_trim(m.value, 2, Lang::Da);
            // "1/3-del": a share written as a fraction.
            let fraction = text
                .split(|c: char| !c.is_ascii_digit() && c != '/')
                .any(|w| {
                    w.split_once('/').is_some_and(|(n, d)| {
                        match (n.parse::<f64>(), d.parse::<f64>()) {
                            (Ok(n), Ok(d)) => (100.0 * n / d - m.value).abs() < 1e-9,
                            _ => false,
                        }
                    })
                });
            assert!(
                text.contains(&v) || fraction,
                "{}: {v} not in {text:?}",
                m.id
            );
        }
        if let Some(b) = &m.baseline {
            let bv = format::number_trim(b.value, 2, Lang::Da);
            assert!(text.contains(&bv), "{}: baseline {bv}", m.id);
            assert!(text.contains(&b.date.year.to_string()), "{}", m.id);
        }
        let deadline = format::date(m.deadline.date, Lang::Da);
        if m.deadline.stated {
            assert!(text.contains(&deadline), "{}: deadline {deadline}", m.id);
        } else {
            assert_eq!(m.deadline.date, PartialDate::year(2016), "{}", m.id);
        }
        if m.shape.is_development() {
            let from = m.from.expect("a development has its start");
            let from_text = format::date(from, Lang::Da);
            assert!(
                text.contains(&format!("fra {from_text} til {deadline}"))
                    || (text.contains(&format!("Udviklingen i {deadline}"))
                        && from == PartialDate::year(m.deadline.date.year - 1)),
                "{}: the development's dates",
                m.id
            );
            assert_eq!(m.unit, Unit::PercentagePoints, "{}", m.id);
        } else {
            assert!(m.from.is_none(), "{}", m.id);
        }
        assert!(!m.indicator.trim().is_empty(), "{}", m.id);
    }
}

#[test]
fn the_measures_read_the_document_as_it_says() {
    let a = agreement();
    let m = |id: &str| a.measure(id).unwrap().clone();
    let ledige = m("ua16-m-ledige");
    assert_eq!(
        (
            ledige.shape,
            ledige.value,
            ledige.from,
            ledige.deadline.date
        ),
        (
            Shape::ChangeAtMostNational,
            0.0,
            Some(PartialDate::month(2015, 12)),
            PartialDate::month(2016, 12)
        )
    );
    // "skal være mere positiv end på landsplan": strict, read as "at least" (margin 0).
    let udd = m("ua16-m-uddannelseshjaelp");
    assert_eq!((udd.shape, udd.value), (Shape::ChangeAtMostNational, 0.0));
    let samarbejde = m("ua16-m-samarbejdsgrad");
    assert_eq!(
        (samarbejde.shape, samarbejde.value),
        (Shape::GapBelowNationalAtMost, 0.0)
    );
    let eight = m("ua16-m-virksomhedsnaere-8");
    assert_eq!((eight.shape, eight.value), (Shape::ShareAtLeast, 8.0));
    let meetings = m("ua16-m-orienteringsmoeder-9");
    assert_eq!(
        (meetings.shape, meetings.value, meetings.unit),
        (Shape::Floor, 9.0, Unit::Count)
    );
    let b = meetings.baseline.unwrap();
    assert_eq!((b.value, b.date), (9.0, PartialDate::year(2015)));
}

#[test]
fn every_source_names_seed_002_and_its_section() {
    let a = agreement();
    let json = serde_json::to_value(&a).unwrap();
    let mut sources = Vec::new();
    fn collect(v: &serde_json::Value, out: &mut Vec<serde_json::Value>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    if k == "source" {
                        out.push(x.clone());
                    } else {
                        collect(x, out);
                    }
                }
            }
            serde_json::Value::Array(xs) => xs.iter().for_each(|x| collect(x, out)),
            _ => {}
        }
    }
    collect(&json, &mut sources);
    assert_eq!(sources.len(), agreement::ids(&a).len());
    let names: Vec<String> = a.sections.iter().map(|s| s.name.clone()).collect();
    for s in sources {
        let Source::Seed { file, section } = serde_json::from_value(s).unwrap() else {
            panic!("not a seed")
        };
        assert_eq!(file, SEED_FILE);
        assert!(
            section == "UDVIKLINGSAFTALE 2016" || names.iter().any(|n| section.starts_with(n)),
            "{section}"
        );
    }
    assert_eq!(Source::seed_title(SEED_FILE), Some("Udviklingsaftale 2016"));
}

#[test]
fn every_id_is_unique_and_none_is_the_plans() {
    let a = agreement();
    let ids = agreement::ids(&a);
    let mut seen = std::collections::HashSet::new();
    for id in &ids {
        assert!(id.starts_with("ua16"), "{id}");
        assert!(seen.insert(id.clone()), "duplicate id {id}");
    }
    let ws = default_workspace();
    let plan_ids = plan_core::plan_edit::ids(&ws.plan);
    assert!(plan_ids.iter().all(|p| !seen.contains(p)));
}

/// Every step of a plan the document lists as "- Trin N – …" with its date on the next line
/// carries that date (issue 25: step 5's "1. september 2017" was missing).
#[test]
fn every_dated_step_carries_the_documents_date() {
    let raw = common::read_seed(SEED_FILE);
    let lines: Vec<&str> = raw.lines().collect();
    let points: Vec<_> = agreement()
        .sections
        .iter()
        .flat_map(|s| &s.agreements)
        .flat_map(|a| &a.target_groups)
        .flat_map(|g| &g.interventions)
        .flat_map(|p| &p.points)
        .cloned()
        .collect();
    let mut checked = 0;
    for (i, line) in lines.iter().enumerate() {
        let Some(step) = line.strip_prefix("- ").filter(|l| l.starts_with("Trin ")) else {
            continue;
        };
        let when = lines.get(i + 1).map_or("", |l| l.trim());
        let point = points
            .iter()
            .find(|p| p.text == step.trim())
            .unwrap_or_else(|| panic!("no point for {step}"));
        assert_eq!(point.when, when, "{step}");
        checked += 1;
    }
    assert_eq!(checked, 4, "Trin 2-5 are written on lines of their own");
    let five = points
        .iter()
        .find(|p| p.text == "Trin 5 – Fuld integration i Slagelse")
        .unwrap();
    assert_eq!(five.when, "1. september 2017");
}
