//! The rows above the header and the indicator name they give.

use super::Rec;
use crate::indicators::import::ColumnRole;

/// The rows above the header, each as one text with its line. A title wrapped over two
/// lines is one title: a row that starts in lower case continues the one above it.
pub(super) fn title_rows(records: &[Rec]) -> (Vec<String>, Vec<u64>) {
    // "Enhed: Procent", "Udtræk: 5. februar 2024", "Kilde: …".
    let is_label_row = |t: &str| {
        t.split_once(':')
            .is_some_and(|(label, _)| !label.trim().is_empty() && !label.contains(' '))
    };
    let mut title: Vec<String> = Vec::new();
    let mut lines = Vec::new();
    for r in records {
        let text = r.filled().map(|(_, f)| f).collect::<Vec<_>>().join(" ");
        let continues = text.starts_with(|c: char| c.is_lowercase())
            && !is_label_row(&text)
            && title.last().is_some_and(|t| !t.ends_with('.'));
        match title.last_mut() {
            Some(last) if continues => {
                last.push(' ');
                last.push_str(&text);
            }
            _ => {
                title.push(text);
                lines.push(r.line);
            }
        }
    }
    (title, lines)
}

/// The indicator's name: the first title row; without a title, the file name when no column
/// names the indicator.
pub(super) fn indicator_name(
    title: &[String],
    file_name: &str,
    header: &[String],
    roles: &[ColumnRole],
) -> String {
    let name = title.first().map(|t| clean_title(t)).unwrap_or_default();
    if !name.is_empty() {
        return name;
    }
    // Without a title, a column such as "Indikator" names each row's indicator; otherwise
    // the file's name does (a Statbank API file "folk1a.csv" with KØN and ALDER), so that
    // two files with the same groupings never become one indicator.
    let names_indicator = header.iter().zip(roles).any(|(h, r)| {
        *r == ColumnRole::Dimension
            && INDICATOR_HEADERS.contains(&crate::casefold::lower(h.trim()).as_str())
    });
    if names_indicator {
        String::new()
    } else {
        file_stem(file_name)
    }
}

/// Headers of a column that names the indicator of each row.
const INDICATOR_HEADERS: [&str; 9] = [
    "indikator",
    "indicator",
    "nøgletal",
    "noegletal",
    "måltal",
    "maaltal",
    "serie",
    "variabel",
    "mål",
];

/// "AUP01: Fuldtidsledige i pct. af arbejdsstyrken efter område, køn og tid" →
/// "Fuldtidsledige i pct. af arbejdsstyrken".
pub fn clean_title(title: &str) -> String {
    let collapsed = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut t = collapsed.as_str();
    if let Some((code, rest)) = t.split_once(':') {
        if !code.is_empty() && !code.contains(' ') && code.len() <= 12 {
            t = rest.trim();
        }
    }
    for (by, time) in [(" efter ", " tid"), (" by ", " time")] {
        if let Some(i) = t.rfind(by) {
            let tail = crate::casefold::lower(t[i..].trim_end_matches('.'));
            if tail.ends_with(time) {
                t = t[..i].trim();
            }
        }
    }
    t.trim_end_matches(',').to_owned()
}

fn file_stem(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    match base.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_owned(),
        _ => base.to_owned(),
    }
}
