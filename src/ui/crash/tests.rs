use super::*;

#[test]
fn a_reload_after_a_crash_opens_the_overview_instead_of_the_crashed_screen() {
    assert_eq!(instead_of(Some("#/metrics/42"), "#/metrics/42"), Some("#/overview".into()));
    // Another screen (the user went elsewhere since), no crash, or the overview itself: as is.
    assert_eq!(instead_of(Some("#/metrics/42"), "#/goals"), None);
    assert_eq!(instead_of(None, "#/metrics/42"), None);
    assert_eq!(instead_of(Some(""), ""), None);
    assert_eq!(instead_of(Some("#/overview"), "#/overview"), None);
}

#[test]
fn the_banner_says_the_saved_data_is_safe_and_reloads_without_rust() {
    let banner = banner(&Words::english());
    assert!(banner.contains("Everything saved before this moment is safe"));
    assert!(banner.contains(r#"class="crash-exports""#));
    assert!(banner.contains(r#"onclick="location.reload()""#));
}
