//! Every route survives a round trip through its address.
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
