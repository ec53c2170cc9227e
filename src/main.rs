//! The entry point: swaps index.html's static first screen for the app.
fn main() {
    console_error_panic_hook::set_once();
    // index.html's static first screen gives way to the app in the same frame.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(common_ground::ui::App);
}
