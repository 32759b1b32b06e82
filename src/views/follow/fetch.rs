//! "Hent tallene": what to download for every target of the plan and of the development
//! agreement still without the figures it needs, one entry per download (the portal, the
//! table, the measure and benefit group, the areas to tick and the periods), then the
//! targets followed by figures typed in by hand. The list is plan-core's
//! (`indicators::published::fetch_list`); this file only lays it out.

use plan_core::indicators::published::{fetch_list, FetchLine, FetchTarget};
use plan_core::indicators::Document;

use crate::views::case::da;

use super::*;

/// The section of Målopfølgning that says what to download, or that nothing is missing.
pub(super) fn fetch_section(ws: &Workspace, lang: Lang) -> impl IntoView {
    let lines = fetch_list(ws);
    let targets: usize = lines.iter().map(|l| l.targets.len()).sum();
    let downloads = lines.iter().filter(|l| l.is_download()).count();
    let intro = if lines.is_empty() {
        da_en(
            lang,
            "Alle mål har de tal, de skal følges med.".to_owned(),
            "Every target has the figures it is followed by.".to_owned(),
        )
    } else {
        da_en(
            lang,
            format!(
                "{targets} mål mangler tal. Hent {downloads} {} som CSV og importér dem under Import af tal; hvert mål kobles da af sig selv. Mål uden offentlig serie følges med tal, du taster ind under målet.",
                if downloads == 1 { "tabel" } else { "tabeller" }
            ),
            format!(
                "{targets} {} figures. Download {downloads} {} as CSV and import them under Import figures; each target is then linked by itself. Targets without a public series are followed by figures you type in under the target.",
                if targets == 1 { "target lacks" } else { "targets lack" },
                if downloads == 1 { "table" } else { "tables" }
            ),
        )
    };
    let items = lines
        .iter()
        .enumerate()
        .map(|(i, line)| fetch_item(i, line, lang))
        .collect_view();
    view! {
        <section class="fetch-list" id="hent-tallene" aria-labelledby="fetch-title" data-testid="fetch-list">
            <h2 id="fetch-title">{da_en(lang, "Hent tallene", "Get the figures")}</h2>
            <p data-testid="fetch-intro">{intro}</p>
            <ol class="fetch-lines">{items}</ol>
        </section>
    }
}

/// Where a target is followed: a target of the plan has a page of its own, the development
/// agreement's are followed in its view.
fn target_href(t: &FetchTarget) -> String {
    match t.document {
        Document::Plan => format!("#/maal?maal={}", t.measure.id),
        Document::Agreement => "#/aftale".to_owned(),
    }
}

/// One target of a line: its name, what it lacks, and the entry's caveat (for a target without
/// a public series: where its figures come from instead).
fn target_item(t: &FetchTarget, note: Option<String>, lang: Lang) -> impl IntoView {
    let missing = t.missing.text(lang).map(|m| format!(" ({m})"));
    let note = note.map(|n| view! { <span class="fetch-note">{n}</span> });
    let document = match t.document {
        Document::Plan => None,
        Document::Agreement => Some(da_en(
            lang,
            " · udviklingsaftalen",
            " · the development agreement",
        )),
    };
    view! {
        <li data-testid=format!("fetch-target-{}", t.measure.id)>
            <a href=target_href(t)>{t.measure.indicator.clone()}</a>
            {document}
            <span class="missing">{missing}</span>
            {note}
        </li>
    }
}

/// The sources behind a line, each once.
fn cites(line: &FetchLine, lang: Lang) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for c in line.published.iter().flat_map(|p| p.cites.iter()) {
        let text = c.text.get(lang);
        if !seen.contains(&text) {
            seen.push(text);
        }
    }
    seen.join("; ")
}

fn fetch_item(i: usize, line: &FetchLine, lang: Lang) -> impl IntoView {
    let targets = line
        .targets
        .iter()
        .enumerate()
        .map(|(i, t)| {
            // `published` holds one entry per target, in the same order (none for targets
            // the app knows no source for).
            let note = line
                .published
                .get(i)
                .map(|p| p.note.get(lang).to_owned())
                .filter(|n| !n.is_empty());
            target_item(t, note, lang)
        })
        .collect_view();
    let cites = cites(line, lang);
    let source = (!cites.is_empty()).then(|| {
        view! {
            <p class="source">
                <span class="source-label">{da_en(lang, "Kilde", "Source")} ": "</span>
                <span lang=da(lang)>{cites}</span>
            </p>
        }
    });
    let head = match line.series {
        Some(s) => view! {
            // The portal's own (Danish) names of the table, measure and group.
            <p class="fetch-where">
                <strong lang=da(lang)>{s.where_text(lang)}</strong>
                ": " <span lang=da(lang)>{s.what_text(lang)}</span>
            </p>
            <dl class="fetch-facts">
                <div>
                    <dt>{da_en(lang, "Vælg områderne", "Tick the areas")}</dt>
                    <dd>{line.areas_text(lang)}</dd>
                </div>
                <div>
                    <dt>{da_en(lang, "Vælg perioderne", "Choose the periods")}</dt>
                    <dd>{line.periods_text(lang)}</dd>
                </div>
            </dl>
        }
        .into_any(),
        None if line.published.is_empty() => view! {
            <p class="fetch-where">
                <strong>{da_en(lang, "Appen kender ingen kilde", "The app knows no source")}</strong>
                ": " {da_en(lang, "tast tallene ind under målet, med deres kilde.", "type the figures in under the target, with their source.")}
            </p>
        }
        .into_any(),
        None => view! {
            <p class="fetch-where">
                <strong>{da_en(lang, "Ingen offentlig serie", "No public series")}</strong>
                ": " {da_en(lang, "tast tallene ind under målet, med deres kilde.", "type the figures in under the target, with their source.")}
            </p>
        }
        .into_any(),
    };
    view! {
        <li class="fetch-line" data-testid=format!("fetch-line-{i}") data-download=line.is_download().to_string()>
            {head}
            <p class="fetch-for">{da_en(lang, "Bruges til:", "Used for:")}</p>
            <ul class="fetch-targets">{targets}</ul>
            {source}
        </li>
    }
}
