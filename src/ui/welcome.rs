//! What a first-time visitor sees: start empty, or try the sample.
use leptos::prelude::*;

use super::state::AppState;

#[component]
pub fn Welcome() -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = RwSignal::new(String::new());
    view! {
        <section class="welcome">
            <h1 tabindex="-1">"Common Ground"</h1>
            <p class="lead">
                "Tools for partnerships of non-profits, companies, public bodies and community \
                 groups: agree how you work together, see what each partner brings, set goals \
                 you can measure, and keep track of what changes."
            </p>
            <p>"No account needed. Everything you enter stays in this browser; share it with \
                partners by exporting a file."</p>
            <div class="welcome-actions">
                <button type="button" class="primary big" on:click=move |_| state.open_sample()>
                    "Try the sample partnership"
                </button>
                <form class="start-empty" on:submit=move |e| {
                    e.prevent_default();
                    state.create(&name.get_untracked());
                }>
                    <label for="new-partnership-name">"Name of your partnership"</label>
                    <input
                        id="new-partnership-name"
                        type="text"
                        placeholder="e.g. Northside Youth Employment Alliance"
                        prop:value=name
                        on:input=move |e| name.set(event_target_value(&e))
                    />
                    <button type="submit" class="big">"Start an empty partnership"</button>
                </form>
            </div>
            <p class="hint">"Someone sent you a file? Use Import at the top, or drop the file on this page."</p>
        </section>
    }
}
