//! Small pieces used on several screens.
use crate::model::text::Case;
use leptos::prelude::*;
use leptos::text_prop::TextProp;

use crate::i18n::tr;
use crate::ui::i18n::{t, tw};

use super::state::AppState;

/// The message areas: save failures (persistent banner with Export), errors (role=alert)
/// and passing notices with Undo (role=status). The live regions always exist so that
/// screen readers announce what is put into them.
#[component]
pub fn Messages() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="messages">
            <div role="alert" class="alert-region">
                {move || state.read_only.get().map(|text| view! {
                    <div class="banner banner-error" data-testid="read-only">
                        <p>{text}</p>
                        <button type="button" on:click=move |_| { let _ = window().location().reload(); }>{t(tr::offline::RELOAD)}</button>
                    </div>
                })}
                {move || state.save_problem.get().map(|text| view! {
                    <div class="banner banner-warning" data-testid="save-problem">
                        <p>{text}</p>
                        <button type="button" on:click=move |_| state.export()>{t(tr::widgets::EXPORT_NOW)}</button>
                        <button type="button" on:click=move |_| state.save()>{t(tr::widgets::SAVE_AGAIN)}</button>
                    </div>
                })}
                {move || state.alert.get().map(|text| view! {
                    <div class="banner banner-error" data-testid="alert">
                        <p>{text}</p>
                        <button type="button" on:click=move |_| state.alert.set(None)>{t(tr::widgets::DISMISS)}</button>
                    </div>
                })}
            </div>
            <div role="status" class="status-region">
                {move || state.notice.get().map(|n| view! {
                    <div class="banner banner-info" data-testid="notice">
                        <p>{n.text}</p>
                        {n.undo.then(|| view! {
                            <button type="button" on:click=move |_| state.undo()>{t(tr::header::UNDO)}</button>
                        })}
                        <button type="button" aria-label=t(tr::widgets::DISMISS_MESSAGE) on:click=move |_| state.notice.set(None)>"×"</button>
                    </div>
                })}
            </div>
        </div>
    }
}

#[component]
pub fn StorageMeter() -> impl IntoView {
    let state = expect_context::<AppState>();
    let usage = move || state.usage.get();
    let described = tw(move |w| describe_usage(w, usage()));
    view! {
        <div class="storage-meter">
            <label for="storage-meter">{tw(move |w| tr::widgets::storage(w, &describe_usage(w, usage())))}</label>
            <meter
                id="storage-meter"
                min="0"
                max="1"
                low="0.6"
                high="0.85"
                optimum="0"
                value=move || usage().fraction().to_string()
            >
                {described}
            </meter>
        </div>
    }
}

/// "1.2 MB of 5 MB used (24%)", in the words `w`.
fn describe_usage(w: &crate::i18n::Words, u: crate::storage::Usage) -> String {
    let quota = w.integer((u.quota_chars / 1_048_576) as i128);
    tr::widgets::usage(w, &w.integer((u.fraction() * 100.0).round() as i128), &quota, &size(w, u.used_chars))
}

/// A size of stored text, a character counted as a byte, as people expect.
fn size(w: &crate::i18n::Words, n: usize) -> String {
    if n < 1024 {
        tr::widgets::bytes(w, &w.integer(n as i128))
    } else if n < 1_048_576 {
        tr::widgets::kilobytes(w, &w.decimal(n as f64 / 1024.0, 0))
    } else {
        tr::widgets::megabytes(w, &w.decimal(n as f64 / 1_048_576.0, 1))
    }
}

/// A delete button that asks once, inline, before it acts. Its words may follow the
/// interface's language (`label=t(…)`), or be fixed text.
#[component]
pub fn ConfirmButton(
    /// What the first button says, e.g. "Delete".
    #[prop(into)]
    label: TextProp,
    /// The accessible name of the first button, e.g. "Delete FreshMart".
    #[prop(into)]
    aria_label: TextProp,
    /// The question, e.g. "Delete FreshMart and everything recorded about it?".
    #[prop(into)]
    question: TextProp,
    on_confirm: impl Fn() + 'static + Send + Sync,
) -> impl IntoView {
    confirm_button(label, aria_label, question, std::sync::Arc::new(on_confirm))
}

// Not generic, so the button's view is compiled once rather than for each caller's closure
// (it was 28 KB of the wasm in 29 copies).
fn confirm_button(
    label: TextProp,
    aria_label: TextProp,
    question: TextProp,
    on_confirm: std::sync::Arc<dyn Fn() + Send + Sync>,
) -> AnyView {
    let asking = RwSignal::new(false);
    view! {
        {move || {
            let on_confirm = on_confirm.clone();
            let (label, aria_label, question) = (label.clone(), aria_label.clone(), question.clone());
            if asking.get() {
                view! {
                    <span class="confirm" role="group" aria-label=t(tr::common::CONFIRM)>
                        <span>{move || question.get().to_string()}</span>
                        <button type="button" class="danger" on:click=move |_| {
                            asking.set(false);
                            on_confirm();
                        }>{tw(move |w| tr::common::yes_action(w, &label.get().lower()))}</button>
                        <button type="button" on:click=move |_| asking.set(false)>{t(tr::common::CANCEL)}</button>
                    </span>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="edit-chrome" aria-label=move || aria_label.get().to_string() on:click=move |_| asking.set(true)>
                        {move || label.get().to_string()}
                    </button>
                }.into_any()
            }
        }}
    }
    .into_any()
}

/// Leptos' `<Show>`, compiled once: its condition is memoised, so the children are drawn
/// again only when it turns from false to true. `<Show>` is generic over its condition and
/// children, and made a memo and a view of its own for each of its 40 uses.
#[component]
pub fn When(
    when: impl Fn() -> bool + Send + Sync + 'static,
    children: ChildrenFn,
    /// What shows while the condition is false; nothing by default.
    #[prop(optional, into)]
    fallback: ViewFn,
) -> impl IntoView {
    when_view(std::sync::Arc::new(when), children, fallback)
}

fn when_view(when: std::sync::Arc<dyn Fn() -> bool + Send + Sync>, children: ChildrenFn, fallback: ViewFn) -> AnyView {
    let shown = ArcMemo::new(move |_| when());
    (move || if shown.get() { children() } else { fallback.run() }).into_any()
}

/// The one-line "how to run this exercise" prompt for an empty tool.
#[component]
pub fn EmptyState(#[prop(into)] title: TextProp, #[prop(into)] prompt: TextProp) -> impl IntoView {
    view! {
        <div class="empty-state">
            <p class="empty-title">{move || title.get()}</p>
            <p>{move || prompt.get()}</p>
        </div>
    }
}

/// A tool page made of sections: the page's heading, a lead-in saying what the tool is for,
/// then its sections.
#[component]
pub fn ToolPage(
    /// The page's classes, e.g. `tool-page learning-page`.
    class: &'static str,
    #[prop(into)] heading: TextProp,
    #[prop(into)] lead_in: TextProp,
    children: Children,
) -> impl IntoView {
    view! {
        <section class=class>
            <h1 tabindex="-1">{move || heading.get()}</h1>
            <p class="lead-in">{move || lead_in.get()}</p>
            {children()}
        </section>
    }
}
