//! The words of [`super`]: years joined naturally, amounts and FTE as the sentences write
//! them, differences grouped by year, and how each kind of difference is worded.

use crate::format;
use crate::model::Year;
use crate::scenarios::TargetStatus;
use crate::Lang;

/// Years as a phrase: runs of three or more years with a dash, the rest one by one, joined
/// with commas and "og" / "and" ("2024, 2026 og 2028-2030").
pub fn years_text(years: &[Year], lang: Lang) -> String {
    let mut ys = years.to_vec();
    ys.sort_unstable();
    ys.dedup();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < ys.len() {
        let mut j = i;
        while j + 1 < ys.len() && ys[j + 1] == ys[j] + 1 {
            j += 1;
        }
        if j - i >= 2 {
            parts.push(format!("{}-{}", ys[i], ys[j]));
        } else {
            parts.extend(ys[i..=j].iter().map(|y| y.to_string()));
        }
        i = j + 1;
    }
    join_and(&parts, lang)
}

pub(super) fn join_and(parts: &[String], lang: Lang) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), lang.pick("og", "and")),
    }
}

/// Removes floating-point noise (below a millionth) so that halves round up as written.
pub(super) fn clean(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// Rounded to one decimal, halves away from zero (4,95 → 5,0 also when stored as 4,9499…).
fn round1(v: f64) -> f64 {
    clean(v * 10.0).round() / 10.0
}

/// The size of an amount in 1.000 kr. in millions with one decimal ("2,1 mio. kr.").
pub(super) fn mio(tkr: f64, lang: Lang) -> String {
    let m = format::number(round1(tkr.abs() / 1000.0), 1, lang);
    lang.pick(format!("{m} mio. kr."), format!("DKK {m}m"))
}

/// The size of a number of FTE with at most one decimal ("1 årsværk", "2,5 årsværk").
pub(super) fn fte(v: f64, lang: Lang) -> String {
    let n = format::number_trim(round1(v.abs()), 1, lang);
    lang.pick(format!("{n} årsværk"), format!("{n} FTE"))
}

pub(super) fn index(v: Option<f64>, lang: Lang) -> String {
    v.map_or_else(
        || lang.pick("ingen medarbejdere", "no staff").to_owned(),
        |v| format::number(clean(v).round(), 0, lang),
    )
}

pub(super) fn status(s: TargetStatus, lang: Lang) -> &'static str {
    match s {
        TargetStatus::Met => lang.pick("nås", "is met"),
        TargetStatus::AtLimit => lang.pick("er ved grænsen", "is at the limit"),
        TargetStatus::AtRisk => lang.pick("er i fare", "is at risk"),
        TargetStatus::Missed => lang.pick("nås ikke", "is missed"),
    }
}

/// Years with the same difference: its direction (B more than A) and how it is written.
pub(super) struct Item {
    pub up: bool,
    pub text: String,
    pub years: Vec<Year>,
}

/// Groups the noticeable differences per year by direction and written size, in year order.
pub(super) fn items(
    diffs: &[(Year, f64)],
    threshold: f64,
    write: impl Fn(f64) -> String,
) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::new();
    for &(year, d) in diffs.iter().filter(|(_, d)| clean(*d).abs() >= threshold) {
        let (up, text) = (d > 0.0, write(d));
        match out.iter_mut().find(|i| i.up == up && i.text == text) {
            Some(i) => i.years.push(year),
            None => out.push(Item {
                up,
                text,
                years: vec![year],
            }),
        }
    }
    out
}

pub(super) const MORE: [&str; 2] = ["mere", "more"];
pub(super) const LESS: [&str; 2] = ["mindre", "less"];

/// How a per-year difference is worded, in Danish and English: the sentence's start, the
/// words for B more and B less, and what follows the first amount ("… mindre end »A« i 2024
/// og … mindre i 2025"); `{a}` and `{b}` stand for the scenarios' names.
pub(super) struct Wording {
    pub start: [&'static str; 2],
    pub up: [&'static str; 2],
    pub down: [&'static str; 2],
    pub after: [&'static str; 2],
}

pub(super) const PHASED: Wording = Wording {
    start: ["{b} gennemfører", "{b} implements"],
    up: MORE,
    down: LESS,
    after: [" af besparelserne end {a}", " of the cuts than {a}"],
};
pub(super) const LEVERS: Wording = Wording {
    start: ["{b} bruger", "{b} spends"],
    up: MORE,
    down: LESS,
    after: [
        " end {a} på at bevare medarbejdere",
        " than {a} on keeping staff",
    ],
};
pub(super) const STAFF: Wording = Wording {
    start: ["{b} bevarer", "{b} keeps"],
    up: MORE,
    down: ["færre", "fewer"],
    after: [" end {a}", " than {a}"],
};
pub(super) const BENEFIT: Wording = Wording {
    start: [
        "Udgifterne til forsørgelse er netto",
        "Net benefit spending is",
    ],
    up: ["højere", "higher"],
    down: ["lavere", "lower"],
    after: [" med {b} end med {a}", " with {b} than with {a}"],
};
pub(super) const NET: Wording = Wording {
    start: [
        "For kommunen koster {b} netto",
        "For the municipality, {b} costs",
    ],
    up: MORE,
    down: LESS,
    after: [" end {a}", " net than {a}"],
};
