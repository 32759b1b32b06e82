//! IndexedDB adapter: the browser's store for large data, here a text per key in two object
//! stores (the workspace's large parts, and backups). Every call is one request wrapped in a
//! future; a write resolves when its transaction has completed, so "saved" means on disk.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode,
};

const DB_NAME: &str = "plan-budget";
const DB_VERSION: u32 = 1;
/// The large parts of the workspace (the imported indicators).
pub const PARTS: &str = "parts";
/// Backups of stored data (see `storage::backup`).
pub const BACKUPS: &str = "backups";
/// How long opening the database may take before the page goes on without it.
const OPEN_TIMEOUT_MS: i32 = 5_000;

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// Why IndexedDB could not do something.
#[derive(Debug, Clone, PartialEq)]
pub struct IdbError {
    /// The DOMException's name: "QuotaExceededError", "InvalidStateError", "UnknownError"…
    pub name: String,
    pub message: String,
}

impl IdbError {
    pub fn full(&self) -> bool {
        self.name == "QuotaExceededError"
    }

    fn from_js(e: JsValue) -> Self {
        if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
            return IdbError {
                name: ex.name(),
                message: ex.message(),
            };
        }
        if let Some(err) = e.dyn_ref::<js_sys::Error>() {
            return IdbError {
                name: String::from(err.name()),
                message: String::from(err.message()),
            };
        }
        IdbError {
            name: "Error".into(),
            message: e.as_string().unwrap_or_else(|| format!("{e:?}")),
        }
    }

    fn unavailable(message: &str) -> Self {
        IdbError {
            name: "NotAvailable".into(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for IdbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.name, self.message)
    }
}

/// A future that settles with a request: its result on success, its error otherwise.
fn request_future(request: &IdbRequest) -> JsFuture {
    JsFuture::from(request_promise(request))
}

/// The promise behind [`request_future`].
fn request_promise(request: &IdbRequest) -> js_sys::Promise {
    let req = request.clone();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok_req = req.clone();
        let on_ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok_req.result().unwrap_or(JsValue::NULL));
        });
        let err_req = req.clone();
        let on_err = Closure::once_into_js(move |ev: web_sys::Event| {
            ev.prevent_default();
            let err = err_req
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or_else(|| JsValue::from_str("IndexedDB request failed"));
            let _ = reject.call1(&JsValue::NULL, &err);
        });
        req.set_onsuccess(Some(on_ok.unchecked_ref()));
        req.set_onerror(Some(on_err.unchecked_ref()));
    });
    promise
}

/// A promise that settles when a transaction completes or is aborted. A failed request
/// aborts its transaction (nothing here prevents that), and by then the transaction carries
/// the error: a `QuotaExceededError` when the disk or the quota is full.
fn transaction_future(tx: &web_sys::IdbTransaction) -> JsFuture {
    let tx = tx.clone();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let on_done = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let abort_tx = tx.clone();
        let on_abort = Closure::once_into_js(move || {
            let err = abort_tx
                .error()
                .map(JsValue::from)
                .unwrap_or_else(|| JsValue::from_str("IndexedDB transaction aborted"));
            let _ = reject.call1(&JsValue::NULL, &err);
        });
        tx.set_oncomplete(Some(on_done.unchecked_ref()));
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// Opens the database (once per page). Fails where the browser has no IndexedDB or refuses
/// it (some private windows, pages opened from a file, storage turned off).
pub async fn open() -> Result<(), IdbError> {
    if DB.with(|d| d.borrow().is_some()) {
        return Ok(());
    }
    // The page's head started opening it while the WebAssembly loaded (index.html): that one
    // is taken; if it failed, it is opened here, which says why.
    let db = match opened_early().await {
        Early::Opened(db) => db,
        // Asking again would only wait as long once more.
        Early::NoAnswer => return Err(IdbError::from_js(JsValue::from_str("no answer"))),
        Early::Failed => open_here().await?,
    };
    keep(db);
    Ok(())
}

/// How the page head's opening of the database went.
enum Early {
    Opened(IdbDatabase),
    /// Not started, failed, or another database: opened here instead.
    Failed,
    /// No answer within [`OPEN_TIMEOUT_MS`].
    NoAnswer,
}

/// The global the page's head puts the early opening's promise under (index.html).
const EARLY_OPEN: &str = "__planDb";

/// The database the page's head opened, if it did and it is this one.
async fn opened_early() -> Early {
    let global = js_sys::global();
    let key = JsValue::from_str(EARLY_OPEN);
    let Some(promise) = js_sys::Reflect::get(&global, &key)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return Early::Failed;
    };
    // Taken once: a later opening (after a newer build asked this page to let go) is made here.
    let _ = js_sys::Reflect::set(&global, &key, &JsValue::UNDEFINED);
    let timeout = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_1(
                &resolve,
                OPEN_TIMEOUT_MS,
                &JsValue::NULL,
            );
        }
    });
    let race = js_sys::Promise::race(&js_sys::Array::of2(&promise, &timeout));
    match JsFuture::from(race).await {
        Ok(v) if v.is_null() => Early::NoAnswer,
        Ok(v) => match v.dyn_into::<IdbDatabase>() {
            Ok(db) if db.name() == DB_NAME && db.version() == f64::from(DB_VERSION) => {
                Early::Opened(db)
            }
            Ok(db) => {
                db.close();
                Early::Failed
            }
            Err(_) => Early::Failed,
        },
        Err(_) => Early::Failed,
    }
}

async fn open_here() -> Result<IdbDatabase, IdbError> {
    let factory = web_sys::window()
        .ok_or_else(|| IdbError::unavailable("no window"))?
        .indexed_db()
        .map_err(IdbError::from_js)?
        .ok_or_else(|| IdbError::unavailable("this browser has no IndexedDB here"))?;
    let request: IdbOpenDbRequest = factory
        .open_with_u32(DB_NAME, DB_VERSION)
        .map_err(IdbError::from_js)?;
    let on_upgrade = Closure::<dyn FnMut(web_sys::IdbVersionChangeEvent)>::new(
        move |ev: web_sys::IdbVersionChangeEvent| {
            let Some(req) = ev
                .target()
                .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
            else {
                return;
            };
            let Ok(db) = req.result().map(|r| r.unchecked_into::<IdbDatabase>()) else {
                return;
            };
            let names = db.object_store_names();
            for store in [PARTS, BACKUPS] {
                if !names.contains(store) {
                    let _ = db.create_object_store(store);
                }
            }
        },
    );
    request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    // Blocked (an open tab of an older build holds the database) or no answer at all: the page
    // goes on without IndexedDB rather than waiting for ever.
    let opened = request_promise(&request);
    let blocked = js_sys::Promise::new(&mut |_, reject| {
        let on_blocked = Closure::once_into_js(move || {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("blocked by another tab"));
        });
        request.set_onblocked(Some(on_blocked.unchecked_ref()));
    });
    let timeout = js_sys::Promise::new(&mut |_, reject| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_1(
                &reject,
                OPEN_TIMEOUT_MS,
                &JsValue::from_str("no answer"),
            );
        }
    });
    let race = js_sys::Promise::race(&js_sys::Array::of3(&opened, &blocked, &timeout));
    let result = JsFuture::from(race).await;
    drop(on_upgrade);
    Ok(result.map_err(IdbError::from_js)?.unchecked_into())
}

/// The database this page works with from now on.
fn keep(db: IdbDatabase) {
    // A newer build that changes the database asks this page to let go: it does, and saves
    // from then on say so instead of hanging.
    let on_change = Closure::<dyn FnMut()>::new(move || {
        DB.with(|d| {
            if let Some(db) = d.borrow_mut().take() {
                db.close();
            }
        });
    });
    db.set_onversionchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    DB.with(|d| *d.borrow_mut() = Some(db));
}

/// Whether [`open`] succeeded on this page.
pub fn is_open() -> bool {
    DB.with(|d| d.borrow().is_some())
}

fn db() -> Result<IdbDatabase, IdbError> {
    DB.with(|d| d.borrow().clone())
        .ok_or_else(|| IdbError::unavailable("IndexedDB is not open"))
}

/// One store of the database, in a transaction of its own.
fn object_store(
    store: &str,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, IdbObjectStore), IdbError> {
    let tx = db()?
        .transaction_with_str_and_mode(store, mode)
        .map_err(IdbError::from_js)?;
    let object_store = tx.object_store(store).map_err(IdbError::from_js)?;
    Ok((tx, object_store))
}

/// The result of one read request on a store.
async fn read(
    store: &str,
    request: impl FnOnce(&IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<JsValue, IdbError> {
    let (_tx, object_store) = object_store(store, IdbTransactionMode::Readonly)?;
    let request = request(&object_store).map_err(IdbError::from_js)?;
    request_future(&request).await.map_err(IdbError::from_js)
}

/// One write request on a store; resolves once its transaction has completed (is durable).
async fn write(
    store: &str,
    request: impl FnOnce(&IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<(), IdbError> {
    let (tx, object_store) = object_store(store, IdbTransactionMode::Readwrite)?;
    let done = transaction_future(&tx);
    request(&object_store).map_err(IdbError::from_js)?;
    done.await.map(|_| ()).map_err(IdbError::from_js)
}

/// The text stored under a key, if any.
pub async fn get(store: &str, key: &str) -> Result<Option<String>, IdbError> {
    let value = read(store, |s| s.get(&JsValue::from_str(key))).await?;
    Ok(value.as_string())
}

/// Stores a text under a key; resolves once the write is durable.
pub async fn put(store: &str, key: &str, text: &str) -> Result<(), IdbError> {
    write(store, |s| {
        s.put_with_key(&JsValue::from_str(text), &JsValue::from_str(key))
    })
    .await
}

pub async fn delete(store: &str, key: &str) -> Result<(), IdbError> {
    write(store, |s| s.delete(&JsValue::from_str(key))).await
}

/// Every key of a store.
pub async fn keys(store: &str) -> Result<Vec<String>, IdbError> {
    let value = read(store, |s| s.get_all_keys()).await?;
    Ok(js_sys::Array::from(&value)
        .iter()
        .filter_map(|k| k.as_string())
        .collect())
}
