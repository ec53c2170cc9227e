fn main() {
    // The panic hook logs to the console as before and shows the crash banner.
    common_ground::ui::crash::install();
    leptos::mount::mount_to_body(common_ground::ui::App);
}
