//! What the core's test files share: where the seed documents are.

/// `../shared/seeds` beside the repository (as CI lays it out), or `PLAN_SEEDS_DIR`.
pub fn seeds_dir() -> String {
    match std::env::var("PLAN_SEEDS_DIR") {
        Ok(dir) => format!("{}/", dir.trim_end_matches('/')),
        Err(_) => concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds/").to_owned(),
    }
}

/// The text of a seed document; a clear failure when the seeds are not there.
pub fn read_seed(file: &str) -> String {
    let path = format!("{}{file}", seeds_dir());
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the seed documents must be beside the repository, or in PLAN_SEEDS_DIR ({path}): {e}"
        )
    })
}
