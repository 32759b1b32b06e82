//! Indicators: figures imported from files (jobindsats.dk, Danmarks Statistik, Excel), kept
//! per indicator and area, and the plan's targets followed against them.

pub mod documented;
pub mod follow;
pub mod import;
pub mod linking;
mod period;
pub mod picker;
pub mod published;
pub mod report;
pub mod seeded;
mod store;

pub use follow::{
    evaluate, follow_all, follow_measure, missing_series, Document, Evaluation, FollowStatus,
    Followed, Missing, PathPoint, PointOrigin,
};
pub use period::{end_month_of, ObsPeriod, PeriodKind};
pub use report::{Direction, KeyFigureReport, KeyTrend};
pub use seeded::{seed_003_indicators, seed_003_key_figure_report};
pub use store::{
    AreaFilter, Comparison, DeclinedLink, EnteredFigure, ImportRecord, IndicatorData, MeasureLink,
    MergeReport, Point, SeedColumn, SeedOrigin, SeedRow, Series,
};

/// Imports a file's values into the workspace as one step: merges them into the store (see
/// [`IndicatorData::merge`]), then links every unlinked measure of the plan and of the
/// development agreements whose indicator has the name of an imported indicator, then every
/// one an imported indicator fits by its measure and benefit group (see
/// [`linking::link_fitting`]). The report counts those links too;
/// [`linking::import_and_link`] also names them.
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
    // The plan's measures and the development agreements' (their ids never meet).
    let measures: Vec<(String, String)> = ws
        .measures()
        .map(|(_, _, m)| (m.id.clone(), m.indicator.clone()))
        .chain(ws.agreements.iter().flat_map(|a| {
            a.measures()
                .map(|(_, _, m)| (m.id.clone(), m.indicator.clone()))
                .collect::<Vec<_>>()
        }))
        .collect();
    report.linked = ws.indicators.link_matching(
        measures
            .iter()
            .map(|(id, text)| (id.as_str(), text.as_str())),
    );
    let imported = linking::imported_names(parsed);
    report.linked += linking::link_fitting(ws, &imported).len() as u64;
    report
}
