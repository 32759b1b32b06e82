use super::*;

const DANISH: &str = "Område;Tønder;Ærø;Høje-Taastrup;Ålborg;Sæby";

fn to_1252(text: &str) -> Vec<u8> {
    encode_1252(text).unwrap()
}

fn to_850(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match CP850.iter().position(|&t| t == c) {
            Some(i) => i as u8 + 0x80,
            None => u8::try_from(c as u32).ok().filter(u8::is_ascii).unwrap(),
        })
        .collect()
}

#[test]
fn danish_letters_come_out_right_in_every_encoding() {
    for want in [DANISH, "Område;Tønder;Ærø", "Kommune;2019\nÆrø;312\n"] {
        let mut utf16le = vec![0xFF, 0xFE];
        let mut utf16be = vec![0xFE, 0xFF];
        for u in want.encode_utf16() {
            utf16le.extend_from_slice(&u.to_le_bytes());
            utf16be.extend_from_slice(&u.to_be_bytes());
        }
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(want.as_bytes());
        for (bytes, enc) in [
            (want.as_bytes().to_vec(), TextEncoding::Utf8),
            (bom, TextEncoding::Utf8Bom),
            (to_1252(want), TextEncoding::Windows1252),
            (to_850(want), TextEncoding::Cp850),
            (utf16le, TextEncoding::Utf16Le),
            (utf16be, TextEncoding::Utf16Be),
        ] {
            let d = decode(&bytes).unwrap();
            assert_eq!((d.text.as_str(), d.encoding), (want, enc), "{enc:?}");
        }
    }
}

#[test]
fn excel_dos_bytes_are_code_page_850() {
    assert_eq!(
        to_850("øæåÆØÅéü"),
        [0x9B, 0x91, 0x86, 0x92, 0x9D, 0x8F, 0x82, 0x81]
    );
    let d = decode(b"Omr\x86de;T\x9Bnder;\x92r\x9B;H\x9Bje-Taastrup;\x8Flborg;S\x91by").unwrap();
    assert_eq!((d.text.as_str(), d.encoding), (DANISH, TextEncoding::Cp850));
}

#[test]
fn a_single_letter_is_enough() {
    for text in [
        "Tønder",
        "Tønder;12",
        "ø",
        "Sø;1\n",
        "Æ",
        "Ærø",
        "Café",
        "Ø;2",
        "Kommune;2021\nTønder;1\nSlagelse;2\n",
    ] {
        let d = decode(&to_1252(text)).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            (text, TextEncoding::Windows1252)
        );
        let d = decode(&to_850(text)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, TextEncoding::Cp850));
    }
}

#[test]
fn typographic_windows_1252_stays_windows_1252() {
    for text in [
        "Navn;Beløb\n“Særlig” støtte;€ 1.200\n",
        "Tekst;“quoted” – € 5",
        "Note;don’t\n",
        "Område;Beløb\nSlagelse;1.200 €\n",
        "Periode;2019 – 2021",
        "Navn;Nordfyns’ tal",
    ] {
        let d = decode(&to_1252(text)).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            (text, TextEncoding::Windows1252)
        );
    }
}

#[test]
fn windows_1252_reads_as_the_encoding_standard_does() {
    let all: Vec<u8> = (0x20..=0xFF).collect();
    let (want, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&all);
    assert_eq!(decode_with(&all, &WINDOWS_1252), want);
    assert_eq!(encode_1252(&want).unwrap(), all, "and back");
    assert_eq!(
        encode_1252("€ ‘ Ÿ ø"),
        Some(vec![0x80, 0x20, 0x91, 0x20, 0x9F, 0x20, 0xF8])
    );
    assert_eq!(encode_1252("ø ≠"), None);
}

#[test]
fn code_page_850_is_the_official_table() {
    // Spot checks against the IBM/Microsoft table, one per row.
    for (byte, c) in [
        (0x80, 'Ç'),
        (0x9B, 'ø'),
        (0x9D, 'Ø'),
        (0x9E, '×'),
        (0xA5, 'Ñ'),
        (0xB0, '░'),
        (0xB5, 'Á'),
        (0xC4, '─'),
        (0xC6, 'ã'),
        (0xCF, '¤'),
        (0xD5, 'ı'),
        (0xDB, '█'),
        (0xE1, 'ß'),
        (0xE6, 'µ'),
        (0xF0, '\u{AD}'),
        (0xF2, '‗'),
        (0xFE, '■'),
        (0xFF, '\u{A0}'),
    ] {
        assert_eq!(char_in(&CP850, byte), c, "{byte:#X}");
    }
    let mut chars: Vec<char> = CP850.to_vec();
    chars.sort_unstable();
    chars.dedup();
    assert_eq!(chars.len(), 128, "every byte is another character");
}

#[test]
fn utf16_as_the_encoding_standard_reads_it() {
    for bytes in [
        &b"\x41\x00\xF8\x00\x3D\xD8\x00\xDE"[..],
        &b"\x00\xD8\x41\x00"[..],
        &b"\x41\x00\x42"[..],
        &b"\x00\xDC\x00\xD8"[..],
    ] {
        let (le, _) = encoding_rs::UTF_16LE.decode_without_bom_handling(bytes);
        assert_eq!(utf16(bytes, u16::from_le_bytes), le, "{bytes:?}");
        let (be, _) = encoding_rs::UTF_16BE.decode_without_bom_handling(bytes);
        assert_eq!(utf16(bytes, u16::from_be_bytes), be, "{bytes:?}");
    }
}

#[test]
fn a_byte_order_mark_over_other_bytes() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(to_850("Område;Tønder"));
    let d = decode(&bytes).unwrap();
    assert_eq!(
        (d.text.as_str(), d.encoding),
        ("Område;Tønder", TextEncoding::Cp850)
    );
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(to_1252("Område;Tønder"));
    let d = decode(&bytes).unwrap();
    assert_eq!(
        (d.text.as_str(), d.encoding),
        ("Område;Tønder", TextEncoding::Windows1252)
    );
}

#[test]
fn the_encoding_names_and_codes() {
    assert_eq!(TextEncoding::Cp850.name(), "CP850 (MS-DOS)");
    assert_eq!(
        serde_json::to_string(&TextEncoding::Cp850).unwrap(),
        "\"cp850\""
    );
    assert_eq!(
        serde_json::to_string(&TextEncoding::Windows1252).unwrap(),
        "\"windows1252\""
    );
}

#[test]
fn double_encoded_text_is_repaired() {
    let d = decode(
        "Område;Tønder"
            .replace('å', "Ã¥")
            .replace('ø', "Ã¸")
            .as_bytes(),
    )
    .unwrap();
    assert_eq!(d.text, "Område;Tønder");
    assert!(d.repaired_double_encoding);
}
