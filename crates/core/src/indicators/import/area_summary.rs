//! The areas a reading holds, by kind, in words: so that the user sees before importing that
//! "Region Sjælland" was read as a region and "Bornholm" as a municipality.

use super::areas::{self, AreaKind};
use crate::Lang;

/// The areas of a reading grouped by kind, in the table's order of kinds; areas the table
/// does not know come last.
pub fn by_kind<'a>(
    names: impl IntoIterator<Item = &'a str>,
) -> Vec<(Option<AreaKind>, Vec<String>)> {
    let mut groups: Vec<(Option<AreaKind>, Vec<String>)> = AreaKind::ALL
        .iter()
        .map(|k| (Some(*k), Vec::new()))
        .chain(std::iter::once((None, Vec::new())))
        .collect();
    // A reading repeats its few areas on every row: each is looked up once.
    let mut seen = std::collections::HashSet::new();
    for name in names {
        if !seen.insert(name) {
            continue;
        }
        let kind = areas::lookup_name(name).map(|a| a.kind);
        if let Some((_, list)) = groups.iter_mut().find(|(k, _)| *k == kind) {
            list.push(name.to_owned());
        }
    }
    groups.retain(|(_, list)| !list.is_empty());
    groups
}

fn plural(kind: AreaKind, n: usize, lang: Lang) -> String {
    let word = match (kind, n == 1) {
        (AreaKind::Country, _) => return kind.name(lang).to_owned(),
        (AreaKind::Region, true) => lang.pick("region", "region"),
        (AreaKind::Region, false) => lang.pick("regioner", "regions"),
        (AreaKind::Landsdel, true) => lang.pick("landsdel", "province"),
        (AreaKind::Landsdel, false) => lang.pick("landsdele", "provinces"),
        (AreaKind::MunicipalityGroup, true) => lang.pick("kommunegruppe", "municipality group"),
        (AreaKind::MunicipalityGroup, false) => lang.pick("kommunegrupper", "municipality groups"),
        (AreaKind::Municipality, true) => lang.pick("kommune", "municipality"),
        (AreaKind::Municipality, false) => lang.pick("kommuner", "municipalities"),
    };
    format!("{} {word}", crate::format::number(n as f64, 0, lang))
}

/// "hele landet, 16 kommuner og 1 region; ikke i Danmarks Statistiks liste: Kommune 01".
pub fn describe<'a>(names: impl IntoIterator<Item = &'a str>, lang: Lang) -> String {
    let groups = by_kind(names);
    let mut known: Vec<String> = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    for (kind, list) in groups {
        match kind {
            Some(k) => known.push(plural(k, list.len(), lang)),
            None => unknown = list,
        }
    }
    let and = lang.pick(" og ", " and ");
    let joined = match known.len() {
        0 => String::new(),
        1 => known[0].clone(),
        n => format!("{}{and}{}", known[..n - 1].join(", "), known[n - 1]),
    };
    if unknown.is_empty() {
        return joined;
    }
    const SHOWN: usize = 5;
    let mut names = unknown
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if unknown.len() > SHOWN {
        names += &lang.pick(
            format!(" og {} flere", unknown.len() - SHOWN),
            format!(" and {} more", unknown.len() - SHOWN),
        );
    }
    let label = lang.pick(
        "ikke i Danmarks Statistiks liste over kommuner, regioner og landsdele",
        "not in Statistics Denmark's list of municipalities, regions and provinces",
    );
    if joined.is_empty() {
        format!("{label}: {names}")
    } else {
        format!("{joined}; {label}: {names}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_are_told_by_kind() {
        let names = [
            "Hele landet",
            "Slagelse",
            "Sorø",
            "Region Sjælland",
            "Landsdel Bornholm",
            "Bornholm",
            "Landkommuner",
            "Kommune 01",
            "Slagelse",
        ];
        assert_eq!(
            describe(names, Lang::Da),
            "hele landet, 1 region, 1 landsdel, 1 kommunegruppe og 3 kommuner; ikke i Danmarks Statistiks liste over kommuner, regioner og landsdele: Kommune 01"
        );
        assert_eq!(describe(["Slagelse"], Lang::En), "1 municipality");
        let groups = by_kind(names);
        assert_eq!(groups[4].1, ["Slagelse", "Sorø", "Bornholm"]);
    }
}
