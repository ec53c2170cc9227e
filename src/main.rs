//! The entry point: swaps index.html's static first screen for the app.
fn main() {
    // The panic hook logs to the console as before and shows the crash banner.
    common_ground::ui::crash::install();
    // Not leptos::task::spawn_local: its executor starts with the mount.
    wasm_bindgen_futures::spawn_local(async {
        // The interface's language first, so the first screen is drawn in it. Without any
        // words there is no interface to draw: say so where the loading line was.
        if let Err(why) = common_ground::ui::i18n::prepare().await {
            common_ground::ui::i18n::no_words(&why);
            return;
        }
        // index.html's static first screen gives way to the app in the same frame.
        if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
            boot.remove();
        }
        leptos::mount::mount_to_body(common_ground::ui::App);
    });
}
