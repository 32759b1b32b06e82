//! Indicators: figures imported from files (jobindsats.dk, Danmarks Statistik, Excel), kept
//! per indicator and area, and the plan's targets followed against them.

pub mod follow;
pub mod import;
mod period;
mod store;

pub use follow::{follow_all, follow_measure, FollowStatus, Followed};
pub use period::{end_month_of, ObsPeriod, PeriodKind};
pub use store::{
    AreaFilter, Comparison, ImportRecord, IndicatorData, MeasureLink, MergeReport, Point, Series,
};

/// Imports a file's values into the workspace as one step: merges them into the store (see
/// [`IndicatorData::merge`]), then links every unlinked measure whose indicator has the name
/// of an imported indicator. The report counts those links too.
pub fn import_parsed(
    ws: &mut crate::Workspace,
    parsed: &import::Parsed,
    format: import::Format,
    imported_at: &str,
    filter: AreaFilter,
) -> MergeReport {
    let mut report = ws.indicators.merge(
        &parsed.file_name,
        imported_at,
        format.code(),
        parsed.rows,
        &parsed.observations,
        filter,
    );
    let measures: Vec<(String, String)> = ws
        .measures()
        .map(|(_, _, m)| (m.id.clone(), m.indicator.clone()))
        .collect();
    report.linked = ws.indicators.link_matching(
        measures
            .iter()
            .map(|(id, text)| (id.as_str(), text.as_str())),
    );
    report
}
