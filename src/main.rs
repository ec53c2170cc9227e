//! The entry point: swaps index.html's static first screen for the app.
fn main() {
    // The panic hook logs to the console as before and shows the crash banner.
    common_ground::ui::crash::install();
    // index.html's static first screen gives way to the app in the same frame.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(common_ground::ui::App);
}
