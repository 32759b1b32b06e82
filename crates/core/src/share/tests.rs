//! The link format's own tests (the private parts: prefixes, packing).

use super::*;
use crate::scenarios::default_scenario_set;

fn shared(id: &str) -> SharedScenario {
    let set = default_scenario_set();
    SharedScenario {
        share_version: SHARE_VERSION,
        municipality: "Slagelse Kommune".into(),
        shared_at: "2026-11-24T10:00:00Z".into(),
        scenario: set.scenarios.iter().find(|s| s.id == id).unwrap().clone(),
        assumptions: set.assumptions,
    }
}

#[test]
fn every_default_alternative_round_trips_within_a_link() {
    for id in ["official", "sygedagpenge-2", "alle-fire", "arne-lineaer-3"] {
        let s = shared(id);
        let payload = encode(&s);
        assert_eq!(decode(&payload).unwrap(), s, "{id}");
        assert!(fits_in_link(payload.len() + 60), "{id}: {}", payload.len());
        assert_eq!(from_json(&to_json(&s)).unwrap(), s);
    }
}

#[test]
fn damaged_or_edited_links_are_refused_with_their_reason() {
    let payload = encode(&shared("sygedagpenge-2"));
    assert_eq!(decode(""), Err(ShareError::Empty));
    assert_eq!(decode("v9.abc"), Err(ShareError::UnknownFormat));
    assert_eq!(decode("v1.ab$c"), Err(ShareError::NotBase64));
    // Something appended (found by the robustness test), or cut short. Characters added to
    // the text are still base64 after a payload of some lengths only; bytes added to the
    // data always are.
    for tail in ["0-", "0AAQ"] {
        assert!(matches!(
            decode(&format!("{payload}{tail}")),
            Err(ShareError::Damaged | ShareError::NotBase64)
        ));
    }
    let (is_compact, mut packed) = unpack(&payload).unwrap();
    for extra in [[0x30u8, 0x01], [0xd0, 0x00]] {
        packed.extend(extra);
        assert_eq!(decode(&pack(is_compact, &packed)), Err(ShareError::Damaged));
    }
    assert!(matches!(
        decode(&payload[..payload.len() - 10]),
        Err(ShareError::Damaged | ShareError::NotBase64)
    ));
    let (is_compact, packed) = unpack(&payload).unwrap();
    assert_eq!(
        decode(&pack(is_compact, &packed[..packed.len() - 8])),
        Err(ShareError::Damaged)
    );
    // One character changed in the middle.
    let mut chars: Vec<char> = payload.chars().collect();
    let i = chars.len() / 2;
    chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
    let edited: String = chars.into_iter().collect();
    assert!(matches!(
        decode(&edited),
        Err(ShareError::Damaged | ShareError::Invalid { .. } | ShareError::Refused { .. })
    ));
    // Well-formed, but values that cannot be calculated.
    let mut bad = shared("sygedagpenge-2");
    bad.assumptions.horizon.end = bad.assumptions.horizon.start + 1000;
    assert!(matches!(
        decode(&encode(&bad)),
        Err(ShareError::Refused { .. })
    ));
    bad.assumptions.horizon.end = bad.assumptions.horizon.start + 5;
    bad.assumptions.cost_per_fte.value = 0.0;
    assert!(matches!(
        decode(&encode(&bad)),
        Err(ShareError::Rejected { .. })
    ));
    assert_eq!(
        ShareError::Damaged.message(Lang::Da),
        "Linket kan ikke åbnes: indholdet er beskadiget eller ændret (kontrolsummen passer ikke). Bed afsenderen om linket igen."
    );
}

#[test]
fn the_link_prefix_is_the_version() {
    assert_eq!(SHARE_VERSION, 1);
    assert_eq!(prefix(), "v1.");
    let payload = encode_full(&shared("official"));
    assert!(payload.starts_with("v1."), "{payload}");
    assert!(!payload[3..].contains('.'));
    let other = payload.replacen("v1.", "v7.", 1);
    assert_eq!(decode(&other), Err(ShareError::UnknownFormat));
}

#[test]
fn a_default_alternative_is_a_short_compact_link_and_the_full_form_still_opens() {
    for id in ["official", "sygedagpenge-2", "alle-fire", "arne-lineaer-3"] {
        let s = shared(id);
        let payload = encode(&s);
        assert!(payload.starts_with(COMPACT_PREFIX), "{id}: {payload}");
        // The page's address and "#/del?d=" come in front of it.
        eprintln!("{id}: compact link payload {} characters", payload.len());
        assert!(payload.len() + 60 <= 1000, "{id}: {}", payload.len());
        assert_eq!(decode(&payload).unwrap(), s, "{id}");
        assert_eq!(decode(&encode_full(&s)).unwrap(), s, "{id}");
    }
}

#[test]
fn an_edited_scenario_and_edited_assumptions_come_back_exactly() {
    let mut s = shared("alle-fire");
    s.scenario.name = "Mit eget".into();
    s.scenario.id = "mit-eget".into();
    s.assumptions.cost_per_fte.value += 12.5;
    s.assumptions.groups[0].persons.value = 1255.0;
    s.assumptions.groups.pop();
    s.municipality = "Sorø Kommune".into();
    let payload = encode(&s);
    assert_eq!(decode(&payload).unwrap(), s);
}

#[test]
fn a_compact_link_against_unknown_defaults_says_so() {
    let unknown = serde_json::json!({"d": 99, "h": "0", "r": "official", "p": null});
    let payload = pack(true, &zlib(unknown.to_string().as_bytes()));
    assert_eq!(
        decode(&payload),
        Err(ShareError::UnknownDefaults { version: 99 })
    );
    let changed = serde_json::json!({"d": DEFAULTS_VERSION, "h": "0", "r": "official", "p": null});
    let payload = pack(true, &zlib(changed.to_string().as_bytes()));
    assert_eq!(
        decode(&payload),
        Err(ShareError::UnknownDefaults {
            version: DEFAULTS_VERSION
        })
    );
    assert!(ShareError::UnknownDefaults { version: 99 }
        .message(Lang::Da)
        .contains("fulde link"));
    let misfit = serde_json::json!({"d": DEFAULTS_VERSION, "h": compact::fingerprint(&default_scenario_set()), "r": "official", "p": {"scenario": {"#": true}}});
    let payload = pack(true, &zlib(misfit.to_string().as_bytes()));
    assert!(matches!(decode(&payload), Err(ShareError::Invalid { .. })));
}

#[test]
fn a_crafted_payload_that_unpacks_to_gigabytes_is_refused() {
    let zeros = vec![b' '; 8 * 1024 * 1024];
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 10);
    let payload = format!("{}{}", prefix(), URL_SAFE_NO_PAD.encode(packed));
    assert_eq!(decode(&payload), Err(ShareError::TooLarge));
}

/// Compact links made by the build before issue 25 (defaults version 1), with
/// `shared_at` 2026-11-24T10:00:00Z: the Arne alternative as it was, and the same with a
/// linear ramp of the reform over 2 years from 2026 and 600 tkr. per FTE.
const ARNE_V1: &str = "v2.eNoVykEKgCAQRuG7_GsFxyzMc7RqEyMOGISEtRPvnsHbva8hIZBCRsBknPdWXFxnosgChRuh4clcJR38DmONXTSRtm4jE8zfjq5Qx-NaRF9nEZaqJ_QPSQcYrw";
const ARNE_V1_EDITED: &str = "v2.eNqNTtFqwzAM_Bc9J8N20tL5O_a0MYyaqsQssY3sDkLwv08OY7C3gh50utPd7XADqzuYwcKgxsvF0Hh9PWl9RYIOEtgdMOfHmoqPITc4xVxcInb3Qg1_4_KQ5azUi6q1gzxRQPaxcSkuftqObcZMzgewHzssuMm_l2hADkcQlrnJvnxo18UHQnaMaxIyF-QC1igzdrAJIT0GifpnxHSPvPYiOj3vd_7zM7V-Hu1nZLo5FB6aoNe6N-ObVla1eQfR8G_v_rAl7geoP3IUZ7A";
const OFFICIAL_V1: &str = "v2.eNoVykEKgCAURdG9vLGB3yzMdTRqEt9UFILCmol7z-DO7qnwsCSQYDFKbYwK2i0TkeMAgRu24klcgt_57UZJNQ9Eg9IrSSv_NjSB0t8VYz4yn2gfud0W2Q";

#[test]
fn a_compact_link_made_before_the_ramp_had_a_start_level_opens_as_it_did() {
    use crate::scenarios::{evaluate, PhaseInPath, RampFrom};
    let old = decode(ARNE_V1).unwrap();
    assert_eq!(old.shared_at, "2026-11-24T10:00:00Z");
    assert_eq!(
        old.scenario.policy.path("arne"),
        &PhaseInPath::LinearRamp {
            start: 2024,
            years: 3,
            from: RampFrom::Nothing
        }
    );
    assert_eq!(
        old.scenario.description,
        "Medfinansieringen af Arne-pensionen indfases med en tredjedel om året fra 2024, fuldt fra 2026; reformen fra 2025 følger den officielle vej."
    );
    assert_eq!(old.scenario.description_en, "");
    // Its numbers as before: a third, two thirds, all of the full cut (14.850 tkr.).
    let r = evaluate(&old.assumptions, &old.scenario, &[]);
    let deferred: Vec<f64> = r.years.iter().map(|y| y.deferred).collect();
    assert_eq!(deferred[..3], [9_900.0, 4_950.0, 0.0]);
    assert_eq!(
        old.assumptions,
        compact::reference(1).unwrap().0.assumptions
    );

    let edited = decode(ARNE_V1_EDITED).unwrap();
    assert_eq!(edited.assumptions.cost_per_fte.value, 600.0);
    assert_eq!(
        edited.scenario.policy.path("arne"),
        old.scenario.policy.path("arne")
    );
    assert_eq!(
        edited.scenario.policy.path("reform-2025"),
        &PhaseInPath::LinearRamp {
            start: 2026,
            years: 2,
            from: RampFrom::Nothing
        }
    );

    let official = decode(OFFICIAL_V1).unwrap();
    assert_eq!(official.scenario.policy, Default::default());
    assert_eq!(official.scenario.description_en, "");
    // Made again today, the same scenario is a link against today's defaults that opens
    // to the same scenario.
    let again = encode(&old);
    assert_ne!(again, ARNE_V1);
    assert_eq!(decode(&again).unwrap(), old);
}

#[test]
fn every_one_character_edit_of_a_default_link_is_refused() {
    // The link carries the time it was made, so its characters differ from link to link:
    // every position of links made at many times, changed as a person editing a link would.
    // (Any compressor's data may have bits a decoder ignores: the padding after the last
    // block. A changed character that falls only on those leaves the content, and so the
    // scenario, exactly as it was; whether a link has such a character depends on its
    // content, so such an edit is allowed when it gives back the same scenario, and is
    // rare. The e2e test edits a value and keeps the old checksum instead.)
    let mut changed = Vec::new();
    let (mut same, mut edits) = (0, 0);
    for id in ["official", "alle-fire", "sygedagpenge-2"] {
        for minute in 0..60 {
            let mut s = shared(id);
            s.shared_at = format!("2026-12-07T17:{minute:02}:31.123Z");
            let payload = encode(&s);
            let chars: Vec<char> = payload.chars().collect();
            for i in 3..chars.len() {
                let mut edited = chars.clone();
                edited[i] = if chars[i] == 'A' { 'B' } else { 'A' };
                let edited: String = edited.into_iter().collect();
                edits += 1;
                match decode(&edited) {
                    Ok(back) if back == s => same += 1,
                    Ok(_) => changed.push((id, minute, i)),
                    Err(_) => {}
                }
            }
        }
    }
    assert!(
        changed.is_empty(),
        "edits that changed the scenario accepted: {changed:?}"
    );
    assert!(
        same * 1000 < edits,
        "{same} of {edits} edits left the content as it was"
    );
}

/// A link made against defaults version 2 (before the a-dagpenge group's note named § 5,
/// stk. 3), as that build made it: the alternative with all four places, shared at
/// 2026-12-07T12:00:00Z.
fn made_against_v2(id: &str) -> String {
    let (set, _) = compact::reference(2).unwrap();
    let s = SharedScenario {
        share_version: SHARE_VERSION,
        municipality: "Slagelse Kommune".into(),
        shared_at: "2026-12-07T12:00:00Z".into(),
        scenario: set.scenarios.iter().find(|s| s.id == id).unwrap().clone(),
        assumptions: set.assumptions.clone(),
    };
    let json = compact::compact_json_against(2, &set, &s);
    pack(true, &zlib(json.as_bytes()))
}

const ALLE_FIRE_V2: &str = "v2.eNoNykEKgCAQRuG7_GuFcQqTOUerNjHghIGLsHbi3RPe7n0dGcIOBYKUVBNpWDmaZVvg8EA63qLN8qnfNEwcfWBP2x5YiGYHhkObT2s1f93NMH7sHBd0";

#[test]
fn a_compact_link_made_with_defaults_version_2_opens_as_it_did() {
    use crate::scenarios::evaluate;
    let payload = made_against_v2("alle-fire");
    assert_eq!(payload, ALLE_FIRE_V2);
    let old = decode(&payload).unwrap();
    assert_eq!(old.shared_at, "2026-12-07T12:00:00Z");
    let (v2, _) = compact::reference(2).unwrap();
    assert_eq!(old.assumptions, v2.assumptions);
    // The a-dagpenge group's note as version 2 wrote it, the kontanthjælp ladder.
    let group = |a: &crate::scenarios::Assumptions| {
        a.groups
            .iter()
            .find(|g| g.id == "a-dagpenge")
            .unwrap()
            .clone()
    };
    let note =
        |g: &crate::scenarios::BenefitGroup| g.refusion_share.source.describe(crate::Lang::Da);
    assert!(note(&group(&old.assumptions)).contains("refusionstrappen (80 / 40 / 30 / 20 %"));
    let today = default_scenario_set();
    assert!(note(&group(&today.assumptions)).contains("§ 5, stk. 3"));
    // The same numbers as today's defaults: only the note differs.
    assert_eq!(
        group(&old.assumptions).refusion_share.value,
        group(&today.assumptions).refusion_share.value
    );
    let now = today.scenario("alle-fire").unwrap();
    assert_eq!(&old.scenario, now);
    assert_eq!(
        evaluate(&old.assumptions, &old.scenario, &[]),
        evaluate(&today.assumptions, now, &[])
    );
}

#[test]
fn only_the_unused_bits_of_the_last_byte_may_differ() {
    // A link the property test at 20.000 cases mutated: the last byte of the compressed data
    // (before the 4-byte checksum) differs (0x6d → 0x01) only in the bits after the last
    // code, which inflating never reads. Both read as the same scenario with the same checksum.
    let link = "v2.eNoVyr0KgCAYRuF7eWcF_0ryOppaQvNDpxBtCfHeMzjbeToinGbIcLCWNJnFiBC3NVwaDAWuo2VfKZ7-mUYJtXIpuTK7FE78HRgMdb72Joo-FboTcYXxbV93GSk";
    let changed = link.replace("YXxbV93", "YXxAV93");
    assert_ne!(link, changed);
    let shared = decode(link).unwrap();
    assert_eq!(shared.scenario.id, "sygedagpenge-2");
    assert_eq!(decode(&changed).unwrap(), shared);
    // A change one character earlier reaches the content, and is refused.
    let reaching = link.replace("cYXxbV", "cYXAbV");
    assert_ne!(link, reaching);
    assert!(decode(&reaching).is_err());
}
