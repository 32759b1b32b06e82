//! Tables whose figures change while a control moves. The rows and columns are built once for
//! each shape (language, scenario, years, rows), and each cell reads its text from a memo, so a
//! slider step rewrites only the texts that changed. Rebuilding a whole table instead would
//! set every attribute of every cell again (component types are erased, see
//! `.cargo/config.toml`), which was most of the time a step took.

use leptos::prelude::*;

/// The texts of a table's cells, row by row.
pub(super) type Texts = Vec<Vec<String>>;

/// The text of cell `column` in row `row`, read from `texts` (empty while the table's shape
/// changes under it).
pub(super) fn cell(texts: Memo<Texts>, row: usize, column: usize) -> impl Fn() -> String + Copy {
    move || {
        texts.with(|t| {
            t.get(row)
                .and_then(|r| r.get(column))
                .cloned()
                .unwrap_or_default()
        })
    }
}
