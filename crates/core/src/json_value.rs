//! JSON values of the model made through the one serialiser the app writes with
//! (`serde_json::to_string`) and read back, instead of `serde_json::to_value` or `json!` with
//! typed values: every other serialiser is a second copy of the model's whole serialising
//! code in the WebAssembly. (It costs a text in between; it is used for the defaults a
//! migration adds and for a share link's patch, never on an edit's path.)

use serde::Serialize;
use serde_json::Value;

/// `value` as a JSON value.
pub fn value_of<T: Serialize + ?Sized>(value: &T) -> Result<Value, String> {
    let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_value_is_the_one_to_value_makes() {
        let ws = crate::defaults::default_workspace();
        assert_eq!(value_of(&ws).unwrap(), serde_json::to_value(&ws).unwrap());
        let set = crate::scenarios::default_scenario_set();
        assert_eq!(value_of(&set).unwrap(), serde_json::to_value(&set).unwrap());
    }
}
