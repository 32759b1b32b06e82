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

/// A seed text with whitespace collapsed and markup (`*`, `<i>`, markdown links) removed,
/// the way the default data was transcribed. Not every test file compares texts.
#[allow(dead_code)]
pub fn normalize(text: &str) -> String {
    let mut t = text.replace(['*', '\u{a0}'], " ");
    t = t.replace("<i>", "").replace("</i>", "");
    // [text](url) → text
    while let Some(start) = t.find("](") {
        let open = t[..start]
            .rfind('[')
            .expect("a markdown link has an opening bracket");
        let close = start + t[start..].find(')').expect("a markdown link is closed");
        let label = t[open + 1..start].to_owned();
        t.replace_range(open..=close, &label);
    }
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}
