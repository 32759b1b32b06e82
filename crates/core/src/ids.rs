//! New ids for entries the user adds: one way of making them, so every new id is unique
//! within its list and reads like the ids of the default data (`t-ny-1`, `official-kopi-1`,
//! `sygedagpenge-2-delt`).

/// An id-friendly form of a text: lower case, each space a dash ("Slagelse Kommune" →
/// "slagelse-kommune"). Ids the app makes are already in this form and stay as they are.
pub fn slug(text: &str) -> String {
    crate::casefold::lower(text).replace(' ', "-")
}

/// The first of `base-1`, `base-2`, … that is not `taken` (the base as a [`slug`]).
pub fn unique_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    unique_id_from(base, 1, taken)
}

/// The first of `base-first`, `base-(first+1)`, … that is not `taken` (the base as a
/// [`slug`]).
pub fn unique_id_from(base: &str, first: usize, taken: impl Fn(&str) -> bool) -> String {
    let base = slug(base);
    (first..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .expect("some number is free")
}

/// The base itself (as a [`slug`]) when it is not `taken`, else the first of `base-2`,
/// `base-3`, … that is not.
pub fn unique_id_or_base(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = slug(base);
    if taken(&base) {
        unique_id_from(&base, 2, taken)
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_start_where_asked_and_skip_taken_ids() {
        let taken = ["t-ny-1", "t-ny-3", "x"];
        let is_taken = |id: &str| taken.contains(&id);
        assert_eq!(unique_id("t-ny", is_taken), "t-ny-2");
        assert_eq!(unique_id("m-ny", is_taken), "m-ny-1");
        assert_eq!(unique_id_from("t-ny", 3, is_taken), "t-ny-4");
        assert_eq!(unique_id_or_base("y", is_taken), "y");
        assert_eq!(unique_id_or_base("x", is_taken), "x-2");
    }

    #[test]
    fn the_base_is_a_slug() {
        assert_eq!(slug("Slagelse Kommune"), "slagelse-kommune");
        assert_eq!(slug("sygedagpenge-2-delt"), "sygedagpenge-2-delt");
        assert_eq!(slug("Tårnby  Kommune"), "tårnby--kommune");
        assert_eq!(unique_id("Eget Greb", |_| false), "eget-greb-1");
    }
}
