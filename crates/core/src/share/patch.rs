//! A JSON patch between two values, small where the values are close: what a compact share
//! link carries instead of the whole scenario and assumptions.
//!
//! The patch of `new` against `base`:
//! - two objects: an object with the keys whose values differ, each holding the patch of
//!   that key's value, and under [`REMOVED`] the keys `new` no longer has;
//! - two arrays of the same length: an object with [`ARRAY`] set to `true` and, under each
//!   changed index (as a string), that element's patch;
//! - anything else (numbers, strings, arrays of another length, a changed type): `new`
//!   itself, wrapped as `{"=": new}` when it is an object (so it cannot be read as a patch).
//!
//! Applying a patch to the same base gives `new` back exactly; applying it to another base
//! gives garbage, which is why a link names the defaults it was made against.

use serde_json::{Map, Value};

/// The key listing removed keys.
const REMOVED: &str = "~";
/// The key marking a patch of an array's elements.
const ARRAY: &str = "#";
/// The key wrapping a whole replacement object.
const WHOLE: &str = "=";

/// The patch turning `base` into `new`, or `None` when they are equal.
pub fn diff(base: &Value, new: &Value) -> Option<Value> {
    if base == new {
        return None;
    }
    Some(match (base, new) {
        (Value::Object(b), Value::Object(n)) if !reserved(b) && !reserved(n) => {
            let mut patch = Map::new();
            for (key, value) in n {
                match b.get(key) {
                    Some(old) => {
                        if let Some(p) = diff(old, value) {
                            patch.insert(key.clone(), p);
                        }
                    }
                    None => {
                        patch.insert(key.clone(), whole(value));
                    }
                }
            }
            let removed: Vec<Value> = b
                .keys()
                .filter(|k| !n.contains_key(*k))
                .map(|k| Value::String(k.clone()))
                .collect();
            if !removed.is_empty() {
                patch.insert(REMOVED.into(), Value::Array(removed));
            }
            Value::Object(patch)
        }
        (Value::Array(b), Value::Array(n)) if b.len() == n.len() => {
            let mut patch = Map::new();
            patch.insert(ARRAY.into(), Value::Bool(true));
            for (i, (old, value)) in b.iter().zip(n).enumerate() {
                if let Some(p) = diff(old, value) {
                    patch.insert(i.to_string(), p);
                }
            }
            Value::Object(patch)
        }
        _ => whole(new),
    })
}

/// Whether an object uses one of the patch's own keys (it is then replaced whole).
fn reserved(object: &Map<String, Value>) -> bool {
    [REMOVED, ARRAY, WHOLE]
        .iter()
        .any(|k| object.contains_key(*k))
}

/// A value as a replacement: objects wrapped, everything else as it is.
fn whole(value: &Value) -> Value {
    match value {
        Value::Object(_) => {
            let mut m = Map::new();
            m.insert(WHOLE.into(), value.clone());
            Value::Object(m)
        }
        other => other.clone(),
    }
}

/// Applies a patch made by [`diff`] to `base`. A patch that does not fit the base (an index
/// beyond an array, an element patch for something that is not an array) is an error.
pub fn apply(base: &mut Value, patch: &Value) -> Result<(), String> {
    let Value::Object(p) = patch else {
        *base = patch.clone();
        return Ok(());
    };
    if let Some(value) = p.get(WHOLE) {
        if p.len() != 1 {
            return Err("en erstatning har andre felter ved siden af".into());
        }
        *base = value.clone();
        return Ok(());
    }
    if p.get(ARRAY) == Some(&Value::Bool(true)) {
        let Value::Array(items) = base else {
            return Err("rettelsen gælder en liste, men feltet er ikke en liste".into());
        };
        for (key, element) in p.iter().filter(|(k, _)| k.as_str() != ARRAY) {
            let i: usize = key
                .parse()
                .map_err(|_| format!("\"{key}\" er ikke et nummer i en liste"))?;
            let item = items
                .get_mut(i)
                .ok_or_else(|| format!("listen har ikke element nummer {i}"))?;
            apply(item, element)?;
        }
        return Ok(());
    }
    let Value::Object(fields) = base else {
        return Err("rettelsen gælder et objekt, men feltet er ikke et objekt".into());
    };
    for (key, value) in p {
        if key == REMOVED {
            let Value::Array(keys) = value else {
                return Err("listen over fjernede felter er ikke en liste".into());
            };
            for k in keys {
                let k = k.as_str().ok_or("et fjernet felt er ikke en tekst")?;
                fields.remove(k);
            }
            continue;
        }
        match fields.get_mut(key) {
            Some(old) => apply(old, value)?,
            None => {
                let mut fresh = Value::Null;
                apply(&mut fresh, value)?;
                fields.insert(key.clone(), fresh);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round_trip(base: Value, new: Value) -> Option<Value> {
        let patch = diff(&base, &new);
        let mut applied = base.clone();
        if let Some(p) = &patch {
            apply(&mut applied, p).unwrap();
        }
        assert_eq!(applied, new, "patch {patch:?}");
        patch
    }

    #[test]
    fn equal_values_need_no_patch() {
        assert_eq!(round_trip(json!({"a": [1, 2]}), json!({"a": [1, 2]})), None);
    }

    #[test]
    fn a_changed_number_deep_in_a_list_is_all_the_patch_holds() {
        let base = json!({"groups": [{"id": "a", "persons": {"value": 1300.0}}, {"id": "b"}]});
        let new = json!({"groups": [{"id": "a", "persons": {"value": 1255.0}}, {"id": "b"}]});
        assert_eq!(
            round_trip(base, new),
            Some(json!({"groups": {"#": true, "0": {"persons": {"value": 1255.0}}}}))
        );
    }

    #[test]
    fn added_and_removed_keys_lists_of_another_length_and_changed_types() {
        round_trip(json!({"a": 1, "b": 2}), json!({"a": 1, "c": {"x": 1}}));
        round_trip(json!({"l": [1, 2]}), json!({"l": [1, 2, 3]}));
        round_trip(json!({"l": [1, 2]}), json!({"l": {"#": true}}));
        round_trip(json!({"o": {"x": 1}}), json!({"o": 5}));
        round_trip(json!(5), json!({"=": 1, "~": [2]}));
        round_trip(json!(null), json!([{"a": null}]));
        round_trip(json!({"~": 1, "a": 2}), json!({"~": 1, "a": 3}));
        round_trip(json!({"a": {"#": true}}), json!({"a": {"#": false}}));
    }

    #[test]
    fn a_patch_that_does_not_fit_its_base_is_an_error() {
        let mut base = json!({"l": [1]});
        assert!(apply(&mut base, &json!({"l": {"#": true, "4": 2}})).is_err());
        assert!(apply(&mut base, &json!({"l": {"#": true, "x": 2}})).is_err());
        let mut scalar = json!(3);
        assert!(apply(&mut scalar, &json!({"a": 1})).is_err());
        assert!(apply(&mut scalar, &json!({"=": 1, "b": 2})).is_err());
    }
}
