//! Not the app: the smallest Leptos page with the pieces every screen uses (a signal, a
//! memo, a keyed list, a form input, a conditional view), to measure what Leptos itself adds
//! to the bundle. Built for wasm only by `scripts/size_floor.sh`.
use leptos::prelude::*;

#[component]
fn Page() -> impl IntoView {
    let items = RwSignal::new(vec![(1u32, "first".to_string())]);
    let text = RwSignal::new(String::new());
    let count = Memo::new(move |_| items.with(Vec::len));
    view! {
        <main>
            <h1>{move || format!("{} items", count.get())}</h1>
            <form on:submit=move |e| {
                e.prevent_default();
                items.update(|v| v.push((v.len() as u32 + 1, text.get_untracked())));
            }>
                <input prop:value=text on:input=move |e| text.set(event_target_value(&e))/>
                <button type="submit">"Add"</button>
            </form>
            <Show when=move || count.get() == 0>
                <p>"Nothing yet"</p>
            </Show>
            <ul>
                <For each=move || items.get() key=|(id, _)| *id let:item>
                    <li>{item.1}</li>
                </For>
            </ul>
        </main>
    }
}

pub fn main() {
    leptos::mount::mount_to_body(Page);
}
