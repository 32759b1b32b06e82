//! Compression adapter: the browser's own `CompressionStream` and `DecompressionStream`
//! (gzip for the one-file app, zlib for share links), so no compressor of our own is in the
//! WebAssembly. Unpacking reads the stream piece by piece and stops at a limit, so a crafted
//! link cannot make the page unpack gigabytes.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `CompressionStream` (web-sys has it only behind its unstable APIs).
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> web_sys::WritableStream;

    /// `DecompressionStream`.
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> web_sys::WritableStream;
}

/// The bytes as a stream. The formats below are the browser's: `"gzip"`, `"deflate"` (zlib)
/// or `"deflate-raw"`.
fn source(bytes: &[u8]) -> Result<web_sys::ReadableStream, JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    let blob = web_sys::Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&array))?;
    Ok(blob.stream())
}

/// The bytes compressed in `format`.
pub async fn compress(bytes: &[u8], format: &str) -> Result<Vec<u8>, String> {
    let fail = |e: JsValue| format!("komprimering: {e:?}");
    let stream = CompressionStream::new(format).map_err(fail)?;
    let pair = web_sys::ReadableWritablePair::new(&stream.readable(), &stream.writable());
    let packed = source(bytes).map_err(fail)?.pipe_through(&pair);
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&packed)).map_err(fail)?;
    let buffer = JsFuture::from(response.array_buffer().map_err(fail)?)
        .await
        .map_err(fail)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Why bytes could not be unpacked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnpackError {
    /// Not a stream of the format, or damaged.
    Damaged,
    /// It unpacks to more than `limit` bytes.
    TooLarge,
}

/// The bytes unpacked from `format`, at most `limit` of them.
pub async fn decompress(bytes: &[u8], format: &str, limit: usize) -> Result<Vec<u8>, UnpackError> {
    let damaged = |_: JsValue| UnpackError::Damaged;
    let stream = DecompressionStream::new(format).map_err(damaged)?;
    let pair = web_sys::ReadableWritablePair::new(&stream.readable(), &stream.writable());
    let out = source(bytes).map_err(damaged)?.pipe_through(&pair);
    let reader: web_sys::ReadableStreamDefaultReader = out.get_reader().unchecked_into();
    let mut unpacked = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(damaged)?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).map_err(damaged)?;
        if done.is_truthy() {
            return Ok(unpacked);
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).map_err(damaged)?;
        let bytes: js_sys::Uint8Array = value.dyn_into().map_err(damaged)?;
        if unpacked.len() + bytes.length() as usize > limit {
            let _ = reader.cancel();
            return Err(UnpackError::TooLarge);
        }
        unpacked.extend(bytes.to_vec());
    }
}
