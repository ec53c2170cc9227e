//! One keyed list for every screen. Leptos' `<For>` is generic over its items, keys and row
//! closures, so each list compiled its own copy of the keyed diff (about 4 KB of wasm each);
//! [`keyed`] turns a list into rows with a hashed key and a boxed view, and one `<For>`
//! over those rows serves them all.
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use leptos::prelude::*;

/// The list `each` gives, each item drawn by `row` and kept, moved or redrawn by its `key`,
/// as `<For each key let:item>{row(item)}</For>` does.
pub fn keyed<I, T, K, V>(
    each: impl Fn() -> I + Send + Sync + 'static,
    key: impl Fn(&T) -> K + Send + Sync + 'static,
    row: impl Fn(T) -> V + Send + Sync + 'static,
) -> AnyView
where
    I: IntoIterator<Item = T>,
    T: Send + 'static,
    K: Hash,
    V: IntoView + 'static,
{
    let row = Arc::new(row);
    let rows = move || {
        each()
            .into_iter()
            .map(|item| {
                let key = hash(&key(&item));
                let row = row.clone();
                KeyedRow { key, draw: Box::new(move || row(item).into_any()) }
            })
            .collect()
    };
    keyed_rows(Arc::new(rows))
}

/// A row: its key and, once, its view.
struct KeyedRow {
    key: u128,
    draw: Box<dyn FnOnce() -> AnyView + Send>,
}

fn keyed_rows(rows: Arc<dyn Fn() -> Vec<KeyedRow> + Send + Sync>) -> AnyView {
    view! { <For each=move || rows() key=|r: &KeyedRow| r.key children=|r: KeyedRow| (r.draw)()/> }.into_any()
}

/// 128 bits from two SipHash passes: two keys of one list meet by chance with a probability
/// far below anything a browser will see (under 10⁻²⁵ for 100,000 rows).
fn hash(key: &impl Hash) -> u128 {
    let mut first = DefaultHasher::new();
    key.hash(&mut first);
    let mut second = DefaultHasher::new();
    second.write_u8(0x5a);
    key.hash(&mut second);
    (u128::from(first.finish()) << 64) | u128::from(second.finish())
}
