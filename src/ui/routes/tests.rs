//! Every route survives a round trip through its address, and every tool has its guide.
use super::*;

#[test]
fn hashes_map_to_routes() {
    assert_eq!(Route::from_hash(""), Route::Overview);
    assert_eq!(Route::from_hash("#/"), Route::Overview);
    assert_eq!(Route::from_hash("#/partners"), Route::Partners);
    assert_eq!(Route::from_hash("#/partners/123"), Route::Partners);
    assert_eq!(Route::from_hash("#/nope"), Route::NotFound);
    for route in Route::ALL {
        assert_eq!(Route::from_hash(&route.href()), *route);
    }
}

#[test]
fn every_tool_in_the_navigation_has_a_facilitation_guide() {
    // The overview is a dashboard, not an exercise.
    for (route, _) in TOOLS.iter().filter(|(r, _)| *r != Route::Overview) {
        assert!(!crate::model::guides::guides_for_tool(route.slug()).is_empty(), "no guide for #/{}", route.slug());
    }
}
