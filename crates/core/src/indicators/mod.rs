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
