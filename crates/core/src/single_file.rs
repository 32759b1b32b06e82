//! The app as one HTML file, with a workspace inside: for a workshop laptop or an e-mail
//! attachment, opened from disk (file://) with no server and no network. The page's own files
//! (script, WebAssembly, style sheet, chart library) are written into the file in base64, so
//! no text in them can end the HTML element that holds it; a small loader turns them back into
//! blob: URLs and starts the app. The file's content security policy allows no network at all.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// The id of the element that holds the embedded workspace.
pub const WORKSPACE_ELEMENT: &str = "plan-embedded-workspace";
/// The id of the element that holds the embedded workspace's identity (when it was made).
pub const EMBED_ID_ATTRIBUTE: &str = "data-embed-id";

/// Everything the one file is made of.
pub struct Parts<'a> {
    pub title: &'a str,
    pub lang: &'a str,
    pub css: &'a str,
    /// The chart library (a classic script that defines `echarts`).
    pub charts_js: &'a [u8],
    /// wasm-bindgen's ES module.
    pub app_js: &'a [u8],
    pub app_wasm: &'a [u8],
    /// The workspace as saved JSON (gzip-compressed when `gzipped`).
    pub workspace: &'a [u8],
    /// Identifies this embedded workspace (the time the file was made).
    pub embed_id: &'a str,
    /// Whether `charts_js`, `app_js`, `app_wasm` and `workspace` are gzip-compressed (the loader then
    /// unpacks them with the browser's `DecompressionStream`): a third of the file's size.
    pub gzipped: bool,
}

/// The attribute marking an element whose content is gzip-compressed.
pub const ENCODING_ATTRIBUTE: &str = "data-encoding";

/// No network, no frames, no plugins: only the file's own loader (allowed by its hash, so
/// no other inline script runs, whatever a workspace's text holds) and blob: URLs made from
/// the file's own parts. Styles stay inline (the file's one style sheet, and Leptos's
/// `style:` properties, which the CSSOM sets).
pub const CSP: &str = "default-src 'none'; script-src 'sha256-xUGSsmHRX2ruF1eoPwbScmxD+m7I054/r+e9FWuU8Oc=' 'wasm-unsafe-eval' blob:; \
     style-src 'unsafe-inline'; img-src data: blob:; font-src data:; base-uri 'none'; \
     form-action 'none'";

/// The loader: charts first (the app expects the global `echarts`), then the app module with
/// its WebAssembly given as bytes.
const LOADER: &str = r#"
const el = (id) => document.getElementById(id);
const raw = (id) => Uint8Array.from(atob(el(id).textContent.trim()), (c) => c.charCodeAt(0));
const bytes = async (id) => el(id).getAttribute('data-encoding') !== 'gzip' ? raw(id)
  : new Uint8Array(await new Response(new Blob([raw(id)]).stream()
      .pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
const url = async (id, type) => URL.createObjectURL(new Blob([await bytes(id)], { type }));
const charts = await url('plan-charts-js', 'text/javascript');
await new Promise((resolve, reject) => {
  const s = document.createElement('script');
  s.src = charts;
  s.onload = resolve;
  s.onerror = reject;
  document.head.append(s);
});
const app = await import(await url('plan-app-js', 'text/javascript'));
await app.default({ module_or_path: await bytes('plan-app-wasm') });
"#;

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

fn escape_text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;")
}

/// The whole HTML file.
pub fn build(p: &Parts) -> String {
    let b64 = |b: &[u8]| STANDARD.encode(b);
    // A style sheet cannot hold "</style" in a valid way; make sure nothing closes it early.
    let css = p.css.replace("</", "<\\/");
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="description" content="Beskæftigelsesplan og budget som én fil: virker uden net og uden server.">
<link rel="icon" href="data:,">
<title>{title}</title>
<style>{css}</style>
<script type="application/octet-stream" id="plan-charts-js"{enc}>{charts}</script>
<script type="application/octet-stream" id="plan-app-js"{enc}>{js}</script>
<script type="application/octet-stream" id="plan-app-wasm"{enc}>{wasm}</script>
<script type="application/octet-stream" id="{ws_id}" {embed_attr}="{embed_id}"{enc}>{ws}</script>
<script type="module">{loader}</script>
</head>
<body>
<noscript>Appen kræver JavaScript og WebAssembly. / The app needs JavaScript and WebAssembly.</noscript>
</body>
</html>
"#,
        lang = escape_attr(p.lang),
        enc = if p.gzipped {
            format!(" {ENCODING_ATTRIBUTE}=\"gzip\"")
        } else {
            String::new()
        },
        csp = CSP,
        title = escape_text(p.title),
        css = css,
        charts = b64(p.charts_js),
        js = b64(p.app_js),
        wasm = b64(p.app_wasm),
        ws_id = WORKSPACE_ELEMENT,
        embed_attr = EMBED_ID_ATTRIBUTE,
        embed_id = escape_attr(p.embed_id),
        ws = b64(p.workspace),
        loader = LOADER,
    )
}

/// Reads the embedded workspace's bytes back from the element's text (base64 of the JSON,
/// gzip-compressed when the element says so with [`ENCODING_ATTRIBUTE`]).
pub fn read_embedded(text: &str) -> Option<Vec<u8>> {
    STANDARD.decode(text.trim()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_holds_every_part_and_nothing_closes_an_element_early() {
        let ws = r#"{"schema_version":3,"note":"</script><script>alert(1)</script>"}"#;
        let html = build(&Parts {
            title: "Plan & budget",
            lang: "da",
            css: "body{color:red}/* </style> */",
            charts_js: b"var echarts={}; // </script>",
            app_js: b"export default async function(){}",
            app_wasm: &[0, 97, 115, 109, 1, 0, 0, 0],
            workspace: ws.as_bytes(),
            embed_id: "2026-11-24T10:00:00Z",
            gzipped: true,
        });
        assert_eq!(html.matches(" data-encoding=\"gzip\">").count(), 4);
        // Only the elements the template writes end a script or style element.
        assert_eq!(html.matches("</script>").count(), 5);
        assert_eq!(html.matches("</style>").count(), 1);
        assert!(html.contains("<title>Plan &amp; budget</title>"));
        assert!(html.contains(CSP));
        let start = html.find(&format!("id=\"{WORKSPACE_ELEMENT}\"")).unwrap();
        let text_start = html[start..].find('>').unwrap() + start + 1;
        let text_end = html[text_start..].find("</script>").unwrap() + text_start;
        assert_eq!(
            read_embedded(&html[text_start..text_end]).as_deref(),
            Some(ws.as_bytes())
        );
        assert!(html.contains(&format!("{EMBED_ID_ATTRIBUTE}=\"2026-11-24T10:00:00Z\"")));
        // No address of any other origin in the template.
        assert!(!html.contains("http://") && !html.contains("https://"));
    }

    #[test]
    fn the_policy_allows_the_loader_by_its_hash_and_no_other_inline_script() {
        use base64::Engine;
        use sha2::{Digest, Sha256};
        let hash = STANDARD.encode(Sha256::digest(LOADER.as_bytes()));
        assert!(
            CSP.contains(&format!("script-src 'sha256-{hash}' ")),
            "the loader changed: its hash is now sha256-{hash}"
        );
        let scripts = CSP.split(';').find(|d| d.trim().starts_with("script-src"));
        assert!(!scripts.unwrap().contains("unsafe-inline"), "{CSP}");
    }
}
