//! Where bytes go: the [`Backend`] trait (a string key-value store with localStorage's
//! behaviour), the browser's localStorage behind it, the in-memory fallback and test double,
//! and the wrapper that keeps the store's measured sizes up to date as it writes.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum StorageError {
    /// The browser does not let this page store anything (disabled, private mode, policy).
    Unavailable(String),
    /// The site's storage is full.
    QuotaExceeded,
    /// Not an error the user sees: a save that must replace chunk by chunk waits until its
    /// journal entry is kept ([`super::journal`]); nothing was written yet.
    Journaling,
    Other(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable(why) => {
                write!(f, "This browser does not let the page save anything ({why}).")
            }
            StorageError::QuotaExceeded => {
                write!(f, "The browser's storage for this page is full.")
            }
            StorageError::Journaling => {
                write!(f, "The save is waiting for the browser to keep a copy of it first.")
            }
            StorageError::Other(why) => write!(f, "The browser refused to save: {why}."),
        }
    }
}

/// A string key-value store with localStorage's behaviour.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// A reference or box of a backend is a backend (two tabs share one in tests; the app boxes
/// whichever the browser allows).
macro_rules! forward_backend {
    ($($ty:ty),*) => {$(
        impl<B: Backend + ?Sized> Backend for $ty {
            fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
                (**self).get(key)
            }
            fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
                (**self).set(key, value)
            }
            fn remove(&self, key: &str) -> Result<(), StorageError> {
                (**self).remove(key)
            }
            fn keys(&self) -> Result<Vec<String>, StorageError> {
                (**self).keys()
            }
        }
    )*};
}
forward_backend!(&B, Box<B>);

/// An in-memory backend: the fallback when the browser refuses storage, and the test double.
#[derive(Default)]
pub struct MemoryBackend {
    pub(in crate::storage) items: RefCell<BTreeMap<String, String>>,
    /// Like the browser's quota, in UTF-16 code units of keys and values.
    pub quota_chars: Option<usize>,
}

impl MemoryBackend {
    pub fn with_quota(quota_chars: usize) -> MemoryBackend {
        MemoryBackend { quota_chars: Some(quota_chars), ..Default::default() }
    }
}

pub(super) fn utf16_len(s: &str) -> usize {
    // Stored JSON is nearly all ASCII, where the count is the length: no walk over the chars.
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(char::len_utf16).sum()
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.items.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(quota) = self.quota_chars {
            let others: usize = self
                .items
                .borrow()
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| utf16_len(k) + utf16_len(v))
                .sum();
            if others + utf16_len(key) + utf16_len(value) > quota {
                return Err(StorageError::QuotaExceeded);
            }
        }
        self.items.borrow_mut().insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.items.borrow_mut().remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.items.borrow().keys().cloned().collect())
    }
}

/// The browser's localStorage, through gloo-storage once we know it is there
/// (`gloo_storage::LocalStorage::raw()` panics where storage is disabled).
pub struct LocalStorage {
    storage: web_sys::Storage,
}

impl LocalStorage {
    /// The page's localStorage, or why it cannot be had.
    pub fn open() -> Result<LocalStorage, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(_)) => {
                use gloo_storage::Storage as _;
                Ok(LocalStorage { storage: gloo_storage::LocalStorage::raw() })
            }
            Ok(None) => Err(StorageError::Unavailable("localStorage is missing".into())),
            Err(e) => Err(StorageError::Unavailable(js_error_text(&e))),
        }
    }
}

fn js_error_text(e: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return format!("{}: {}", String::from(err.name()), String::from(err.message()));
    }
    e.as_string().unwrap_or_else(|| "unknown error".into())
}

fn classify(e: wasm_bindgen::JsValue) -> StorageError {
    let text = js_error_text(&e);
    // Chromium and Safari say QuotaExceededError; Firefox NS_ERROR_DOM_QUOTA_REACHED.
    if text.contains("Quota") || text.contains("QUOTA") {
        StorageError::QuotaExceeded
    } else if text.contains("SecurityError") {
        StorageError::Unavailable(text)
    } else {
        StorageError::Other(text)
    }
}

impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(classify)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(classify)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(classify)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let n = self.storage.length().map_err(classify)?;
        let mut keys = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Some(k) = self.storage.key(i).map_err(classify)? {
                keys.push(k);
            }
        }
        Ok(keys)
    }
}

pub(super) struct Counting<'a, B: Backend> {
    pub(super) backend: &'a B,
    pub(super) sizes: &'a RefCell<Option<BTreeMap<String, usize>>>,
}

impl<B: Backend> Backend for Counting<'_, B> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.backend.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.backend.set(key, value)?;
        if let Some(sizes) = self.sizes.borrow_mut().as_mut() {
            sizes.insert(key.to_string(), utf16_len(key) + utf16_len(value));
        }
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.backend.remove(key)?;
        if let Some(sizes) = self.sizes.borrow_mut().as_mut() {
            sizes.remove(key);
        }
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.backend.keys()
    }
}
