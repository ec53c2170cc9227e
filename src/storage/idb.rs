//! The journal in the browser: IndexedDB, which has room where localStorage has none. Its
//! entries are read once before the app mounts (normally there are none) and kept in memory
//! beside it, so that loads stay synchronous; a write is kept once its transaction completes.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Promise};
use uuid::Uuid;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

use super::journal::{Journal, Put, State, Waiter};
use super::StorageError;

const DATABASE: &str = "common-ground";
const ENTRIES: &str = "journal";
/// A browser that neither opens IndexedDB nor says why (it happens in some private modes)
/// must not keep the app from starting.
const OPEN_WAIT_MS: i32 = 2000;

thread_local! {
    /// The journal `prepare` opened, taken by the store.
    static OPENED: RefCell<Option<IdbJournal>> = const { RefCell::new(None) };
}

/// One entry: its partnership, its text, whether its write has completed, and which write it
/// is (a later put of the same partnership replaces it while the first may still be
/// completing).
struct Entry {
    id: Uuid,
    text: String,
    kept: bool,
    write: u64,
}

/// The entries, a few at most: a list (a map would cost kilobytes of wasm).
type Entries = Rc<RefCell<Vec<Entry>>>;

pub struct IdbJournal {
    db: IdbDatabase,
    entries: Entries,
    writes: Cell<u64>,
}

/// Before the app mounts: opens the journal and reads its entries. A browser without
/// IndexedDB leaves the app without a journal.
pub async fn prepare() {
    if let Ok(journal) = open().await {
        OPENED.with(|o| *o.borrow_mut() = Some(journal));
    }
}

/// The journal `prepare` opened, if the browser gave one.
pub fn opened() -> Option<Box<dyn Journal>> {
    OPENED.with(|o| o.borrow_mut().take()).map(|j| Box::new(j) as Box<dyn Journal>)
}

/// Settles when `request` succeeds or fails.
fn settled(request: &IdbRequest) -> Promise {
    Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    })
}

async fn open() -> Result<IdbJournal, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let request = window.indexed_db()?.ok_or(JsValue::NULL)?.open_with_u32(DATABASE, 1)?;
    let fresh = request.clone();
    // Called at most once; freed when called (a leak of a few bytes otherwise).
    let upgrade = Closure::once_into_js(move || {
        if let Ok(db) = fresh.result() {
            let _ = db.unchecked_into::<IdbDatabase>().create_object_store(ENTRIES);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let timeout = Promise::new(&mut |_, reject| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&reject, OPEN_WAIT_MS);
    });
    JsFuture::from(Promise::race(&Array::of2(&settled(&request), &timeout))).await?;
    let db: IdbDatabase = request.result()?.dyn_into()?;
    let store = db.transaction_with_str(ENTRIES)?.object_store(ENTRIES)?;
    let (keys, values) = (store.get_all_keys()?, store.get_all()?);
    JsFuture::from(settled(&keys)).await?;
    JsFuture::from(settled(&values)).await?;
    let (keys, values): (Array, Array) = (keys.result()?.dyn_into()?, values.result()?.dyn_into()?);
    let mut entries = Vec::new();
    for (k, v) in keys.iter().zip(values.iter()) {
        if let (Some(Ok(id)), Some(text)) = (k.as_string().map(|k| Uuid::parse_str(&k)), v.as_string()) {
            entries.push(Entry { id, text, kept: true, write: 0 });
        }
    }
    Ok(IdbJournal { db, entries: Rc::new(RefCell::new(entries)), writes: Cell::new(0) })
}

/// Drops the entry of `id`, or only that write of it.
fn drop_entry(entries: &Entries, id: Uuid, write: Option<u64>) {
    entries.borrow_mut().retain(|e| e.id != id || write.is_some_and(|w| e.write != w));
}

impl IdbJournal {
    fn transaction(&self) -> Result<(IdbTransaction, web_sys::IdbObjectStore), JsValue> {
        let tx = self.db.transaction_with_str_and_mode(ENTRIES, IdbTransactionMode::Readwrite)?;
        let store = tx.object_store(ENTRIES)?;
        Ok((tx, store))
    }
}

impl Journal for IdbJournal {
    fn get(&self, id: Uuid) -> Option<String> {
        self.entries.borrow().iter().find(|e| e.id == id && e.kept).map(|e| e.text.clone())
    }

    fn state(&self, id: Uuid) -> State {
        match self.entries.borrow().iter().find(|e| e.id == id) {
            Some(e) if e.kept => State::Kept,
            Some(_) => State::Writing,
            None => State::Absent,
        }
    }

    fn put(&self, id: Uuid, text: String) -> Put {
        let write = self.writes.get() + 1;
        self.writes.set(write);
        let started = self.transaction().and_then(|(tx, store)| {
            store.put_with_key(&JsValue::from_str(&text), &JsValue::from_str(&id.to_string()))?;
            Ok(tx)
        });
        let tx = match started {
            Ok(tx) => tx,
            // (Formatting the JavaScript error would cost its debug printer in the bundle.)
            Err(_) => return Put::Failed(StorageError::Other("IndexedDB refused the write".into())),
        };
        drop_entry(&self.entries, id, None);
        self.entries.borrow_mut().push(Entry { id, text, kept: false, write });
        let mut resolve = None;
        let done = Promise::new(&mut |r, _| resolve = Some(r));
        // The entry is marked in the transaction's own handler, so that it is known as kept
        // even if nobody awaits the waiter. A transaction ends in complete or abort (a failed
        // write aborts it), once: the handler is called once, and so freed.
        let entries = Rc::clone(&self.entries);
        let settle = Closure::once_into_js(move |event: web_sys::Event| {
            if event.type_() == "complete" {
                if let Some(e) = entries.borrow_mut().iter_mut().find(|e| e.id == id && e.write == write) {
                    e.kept = true;
                }
            } else {
                drop_entry(&entries, id, Some(write));
            }
            if let Some(resolve) = &resolve {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        });
        tx.set_oncomplete(Some(settle.unchecked_ref()));
        tx.set_onabort(Some(settle.unchecked_ref()));
        Put::Later(Waiter(Box::pin(async move {
            let _ = JsFuture::from(done).await;
        })))
    }

    fn remove(&self, id: Uuid) {
        drop_entry(&self.entries, id, None);
        if let Ok((_, store)) = self.transaction() {
            let _ = store.delete(&JsValue::from_str(&id.to_string()));
        }
    }
}
