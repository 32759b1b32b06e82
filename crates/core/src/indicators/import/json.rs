//! JSON records as a table: what jobindsats.dk's API returns (an array of objects, one object
//! per line, or `Variables` naming the columns of `Data`), saved under any file name.
//!
//! The records become a `;`-separated table with the header on line 1 and record N on line
//! N + 1, which the CSV reader then reads like any other file ([`super::Sniffed::row_offset`]
//! turns lines back into record numbers).

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::FileError;

/// A JSON value whose objects keep their keys in the file's order (the column order).
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

type Map = Vec<(String, Value)>;

impl Value {
    fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }
    fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }
    fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }
    fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }
    fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
    fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    fn get<'a>(o: &'a Map, key: &str) -> Option<&'a Value> {
        o.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => Ok(()),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::String(s) => f.write_str(s),
            Value::Array(a) => {
                let parts: Vec<String> = a.iter().map(ToString::to_string).collect();
                write!(f, "[{}]", parts.join(", "))
            }
            Value::Object(o) => {
                let parts: Vec<String> = o.iter().map(|(k, v)| format!("{k}: {v}")).collect();
                write!(f, "{{{}}}", parts.join(", "))
            }
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Value;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value, E> {
                Ok(Value::Bool(b))
            }
            fn visit_i64<E: de::Error>(self, i: i64) -> Result<Value, E> {
                Ok(Value::Int(i))
            }
            fn visit_u64<E: de::Error>(self, u: u64) -> Result<Value, E> {
                Ok(i64::try_from(u).map_or(Value::Float(u as f64), Value::Int))
            }
            fn visit_f64<E: de::Error>(self, x: f64) -> Result<Value, E> {
                Ok(Value::Float(x))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
                Ok(Value::String(s.to_owned()))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Value, E> {
                Ok(Value::String(s))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
                let mut items = Vec::new();
                while let Some(v) = seq.next_element()? {
                    items.push(v);
                }
                Ok(Value::Array(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
                let mut items = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Value>()? {
                    items.push((k, v));
                }
                Ok(Value::Object(items))
            }
        }
        d.deserialize_any(V)
    }
}

/// Whether the text looks like JSON (it starts with `[` or `{`).
pub fn looks_like_json(text: &str) -> bool {
    text.trim_start().starts_with(['[', '{'])
}

/// The records of a JSON text as a table, or why it holds none.
pub fn to_table(text: &str) -> Result<String, FileError> {
    let values = parse(text)?;
    let (header, rows) = records(values).ok_or(FileError::JsonNoRecords)?;
    if header.is_empty() || rows.is_empty() {
        return Err(FileError::JsonNoRecords);
    }
    let comma = rows
        .iter()
        .flatten()
        .any(|v| v.as_str().is_some_and(is_comma_decimal));
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_writer(Vec::new());
    let one_line = |s: &str| s.replace(['\r', '\n'], " ");
    let _ = w.write_record(header.iter().map(|h| one_line(h)));
    for row in &rows {
        let _ = w.write_record(row.iter().map(|v| one_line(&cell(v, comma))));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).map_err(|_| FileError::JsonNoRecords)
}

/// One JSON document, or one object per line.
fn parse(text: &str) -> Result<Vec<Value>, FileError> {
    let whole = match serde_json::from_str::<Value>(text) {
        Ok(v) => return Ok(vec![v]),
        Err(e) => e,
    };
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(n, l)| (n, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    if lines.len() < 2 || !lines.iter().all(|(_, l)| l.starts_with('{')) {
        return Err(FileError::Json {
            line: whole.line() as u64,
            column: whole.column() as u64,
        });
    }
    lines
        .into_iter()
        .map(|(n, line)| {
            serde_json::from_str::<Value>(line.trim_end_matches(',')).map_err(|e| FileError::Json {
                line: n as u64 + 1,
                column: e.column() as u64,
            })
        })
        .collect()
}

const DATA_KEYS: [&str; 6] = ["Data", "data", "rows", "Rows", "records", "values"];
const COLUMN_KEYS: [&str; 7] = [
    "Variables",
    "variables",
    "columns",
    "Columns",
    "header",
    "fields",
    "Fields",
];
const LABEL_KEYS: [&str; 8] = [
    "Label", "label", "Text", "text", "Name", "name", "title", "id",
];

type Table = (Vec<String>, Vec<Vec<Value>>);

/// The header and rows in a JSON value: objects (keys in order of first appearance), or
/// arrays named by a sibling list of columns.
fn records(values: Vec<Value>) -> Option<Table> {
    let items: Vec<Value> = match values.as_slice() {
        [Value::Array(_)] => match values.into_iter().next() {
            Some(Value::Array(a)) => a,
            _ => return None,
        },
        _ => values,
    };
    if items.iter().all(Value::is_object) && !items.is_empty() {
        // A wrapper such as [{"Variables": …, "Data": …}] holds the table.
        if let [Value::Object(o)] = items.as_slice() {
            if let Some(t) = named_rows(o) {
                return Some(t);
            }
            if let Some((_, inner)) = o.iter().find(|(_, v)| is_table(v)) {
                return records(vec![inner.clone()]);
            }
        }
        let scalar = |v: &Value| !v.is_object() && !v.is_array();
        let flat = items
            .iter()
            .filter_map(Value::as_object)
            .all(|o| o.iter().all(|(_, v)| scalar(v)));
        return flat.then(|| objects(items.iter().filter_map(Value::as_object)));
    }
    if let Some(Value::Array(first)) = items.first() {
        if first.iter().all(Value::is_string) && items.len() > 1 {
            let header = first.iter().map(label).collect();
            let rows = items[1..]
                .iter()
                .filter_map(|r| r.as_array().cloned())
                .collect();
            return Some((header, rows));
        }
    }
    None
}

fn is_table(v: &Value) -> bool {
    v.as_array()
        .is_some_and(|a| !a.is_empty() && a.iter().all(|x| x.is_object() || x.is_array()))
}

fn named_rows(o: &Map) -> Option<Table> {
    let data = DATA_KEYS
        .iter()
        .find_map(|k| Value::get(o, k)?.as_array())?;
    if data.iter().all(Value::is_object) {
        return Some(objects(data.iter().filter_map(Value::as_object)));
    }
    let columns = COLUMN_KEYS
        .iter()
        .find_map(|k| Value::get(o, k)?.as_array())?;
    let header: Vec<String> = columns.iter().map(label).collect();
    let rows = data.iter().filter_map(|r| r.as_array().cloned()).collect();
    Some((header, rows))
}

fn objects<'a>(items: impl Iterator<Item = &'a Map> + Clone) -> Table {
    let mut header: Vec<String> = Vec::new();
    for o in items.clone() {
        for (k, _) in o {
            if !header.iter().any(|h| h == k) {
                header.push(k.clone());
            }
        }
    }
    let rows = items
        .map(|o| {
            header
                .iter()
                .map(|h| Value::get(o, h).cloned().unwrap_or(Value::Null))
                .collect()
        })
        .collect();
    (header, rows)
}

/// A column's name: a string, or an object's label.
fn label(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Object(o) => LABEL_KEYS
            .iter()
            .find_map(|k| Value::get(o, k)?.as_str())
            .unwrap_or_default()
            .to_owned(),
        other => other.to_string(),
    }
}

fn is_comma_decimal(s: &str) -> bool {
    let t = s.trim().trim_end_matches('%').trim();
    match t.rsplit_once(',') {
        Some((int, frac)) => {
            !frac.is_empty()
                && frac.bytes().all(|b| b.is_ascii_digit())
                && int
                    .trim_start_matches('-')
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'.')
        }
        None => false,
    }
}

/// A value as the cell of a table whose decimal mark is a comma when `comma`.
fn cell(v: &Value, comma: bool) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Int(i) => i.to_string(),
        Value::Float(x) if comma => x.to_string().replace('.', ","),
        Value::Float(x) => x.to_string(),
        Value::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrays_objects_and_lines_become_the_same_table() {
        let want = "Område;Periode;Andel\nSlagelse;2020QMAT02;9,08\nHele landet;2020QMAT02;7,5\n";
        let forms = [
            r#"[{"Område":"Slagelse","Periode":"2020QMAT02","Andel":"9,08"},
                {"Område":"Hele landet","Periode":"2020QMAT02","Andel":7.5}]"#,
            "{\"Område\":\"Slagelse\",\"Periode\":\"2020QMAT02\",\"Andel\":\"9,08\"}\n{\"Område\":\"Hele landet\",\"Periode\":\"2020QMAT02\",\"Andel\":7.5}\n",
            r#"[{"Variables":[{"Label":"Område"},{"Label":"Periode"},{"Label":"Andel"}],
                "Data":[["Slagelse","2020QMAT02","9,08"],["Hele landet","2020QMAT02",7.5]]}]"#,
            r#"{"columns":["Område","Periode","Andel"],
                "rows":[["Slagelse","2020QMAT02","9,08"],["Hele landet","2020QMAT02",7.5]]}"#,
        ];
        for f in forms {
            assert_eq!(to_table(f).unwrap(), want, "{f}");
        }
    }

    #[test]
    fn json_without_records_says_so() {
        assert_eq!(
            to_table("{\"meta\": {\"a\": 1}}"),
            Err(FileError::JsonNoRecords)
        );
        assert_eq!(to_table("[]"), Err(FileError::JsonNoRecords));
        assert!(matches!(
            to_table("[{\"a\": 1"),
            Err(FileError::Json { .. })
        ));
    }
}
