//! Reading a file named on the command line, or standard input for `-`.

use std::io::{self, Read};

/// A file's name as messages give it, and its bytes.
pub struct Input {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The name messages use for standard input.
pub const STDIN_NAME: &str = "standard input";

/// Reads `arg` (`-` is standard input). The error is a Danish message naming the file.
pub fn read(arg: &str) -> Result<Input, String> {
    read_at_most(arg, u64::MAX)
}

/// As [`read`], reading at most `limit` + 1 bytes of standard input, so a caller that refuses
/// more than `limit` bytes does so before the rest is read (a file's size is known before it
/// is read; a pipe's is not).
pub fn read_at_most(arg: &str, limit: u64) -> Result<Input, String> {
    if arg == "-" {
        let mut bytes = Vec::new();
        return match io::stdin()
            .take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
        {
            Ok(_) => Ok(Input {
                name: STDIN_NAME.to_owned(),
                bytes,
            }),
            Err(e) => Err(format!("{STDIN_NAME}: kunne ikke læses: {}", why(&e))),
        };
    }
    match std::fs::read(arg) {
        Ok(bytes) => Ok(Input {
            name: arg.to_owned(),
            bytes,
        }),
        Err(e) => Err(format!("{arg}: kunne ikke læses: {}", why(&e))),
    }
}

fn why(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "filen findes ikke.".to_owned(),
        io::ErrorKind::PermissionDenied => "ingen adgang til filen.".to_owned(),
        io::ErrorKind::IsADirectory => "det er en mappe, ikke en fil.".to_owned(),
        _ => format!("{e}."),
    }
}

impl Input {
    /// The bytes as text, without a UTF-8 byte-order mark (as a browser reads a file).
    pub fn text(&self) -> Result<&str, String> {
        let bytes = self
            .bytes
            .strip_prefix(b"\xEF\xBB\xBF")
            .unwrap_or(&self.bytes);
        std::str::from_utf8(bytes).map_err(|e| {
            format!(
                "{}: er ikke UTF-8-tekst (byte {}); appens filer er JSON i UTF-8.",
                self.name,
                e.valid_up_to() + 1
            )
        })
    }
}
