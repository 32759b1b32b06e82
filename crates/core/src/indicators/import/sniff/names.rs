//! The layouts' codes and names and the delimiter's name, in the UI language.

use super::{Format, Sniffed};

impl Format {
    /// A short code for the record of an import.
    pub fn code(self) -> &'static str {
        match self {
            Format::Jobindsats => "jobindsats",
            Format::Statbank => "statbank",
            Format::StatbankWeb => "statbank_web",
            Format::Json => "json",
            Format::Wide => "wide",
            Format::Long => "long",
            Format::Unknown => "unknown",
        }
    }

    /// The layout's name in the UI language.
    pub fn name(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Da => self.name_da(),
            crate::Lang::En => self.name_en(),
        }
    }

    fn name_da(self) -> &'static str {
        match self {
            Format::Jobindsats => "Jobindsats (lang tabel med en kolonne pr. måltal)",
            Format::Statbank => "Danmarks Statistik, Statbank (OMRÅDE;…;TID;INDHOLD)",
            Format::StatbankWeb => {
                "Danmarks Statistik, tabel gemt fra statistikbanken.dk (perioder som kolonner)"
            }
            Format::Json => "JSON-poster (fx jobindsats.dk's API); række = post nr.",
            Format::Wide => "Bred tabel med perioder som kolonner",
            Format::Long => "Lang tabel (område, periode, værdi)",
            Format::Unknown => "Ukendt opbygning: angiv kolonnernes betydning",
        }
    }

    fn name_en(self) -> &'static str {
        match self {
            Format::Jobindsats => "Jobindsats (long table, one column per measure)",
            Format::Statbank => "Statistics Denmark, Statbank (OMRÅDE;…;TID;INDHOLD)",
            Format::StatbankWeb => {
                "Statistics Denmark, table saved from statistikbanken.dk (periods as columns)"
            }
            Format::Json => "JSON records (e.g. jobindsats.dk's API); row = record number",
            Format::Wide => "Wide table with periods as columns",
            Format::Long => "Long table (area, period, value)",
            Format::Unknown => "Unknown layout: say what the columns hold",
        }
    }
}

impl Sniffed {
    /// The delimiter's name in the UI language.
    pub fn delimiter_name(&self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Da => self.delimiter_name_da(),
            crate::Lang::En => self.delimiter_name_en(),
        }
    }

    fn delimiter_name_da(&self) -> &'static str {
        match self.delimiter {
            b';' => "semikolon (;)",
            b',' => "komma (,)",
            b'\t' => "tabulator",
            _ => "andet",
        }
    }

    fn delimiter_name_en(&self) -> &'static str {
        match self.delimiter {
            b';' => "semicolon (;)",
            b',' => "comma (,)",
            b'\t' => "tab",
            _ => "other",
        }
    }
}
