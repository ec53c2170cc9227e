//! Hash routes (`#/partners`): deep links survive a reload on any static file server and
//! under any sub-path, with no server rewrite rules.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Overview,
    Partners,
    Partnerships,
    NotFound,
}

/// The tools in the top navigation, in order. A tool appears here once it exists.
pub const TOOLS: &[(Route, &str)] = &[(Route::Overview, "Overview"), (Route::Partners, "Partners")];

impl Route {
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '/']).next().unwrap_or("");
        match path {
            "" | "overview" => Route::Overview,
            "partners" => Route::Partners,
            "partnerships" => Route::Partnerships,
            _ => Route::NotFound,
        }
    }

    pub fn href(self) -> &'static str {
        match self {
            Route::Overview => "#/overview",
            Route::Partners => "#/partners",
            Route::Partnerships => "#/partnerships",
            Route::NotFound => "#/overview",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Route::Overview => "Overview",
            Route::Partners => "Partners",
            Route::Partnerships => "Your partnerships",
            Route::NotFound => "Page not found",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_map_to_routes() {
        assert_eq!(Route::from_hash(""), Route::Overview);
        assert_eq!(Route::from_hash("#/"), Route::Overview);
        assert_eq!(Route::from_hash("#/partners"), Route::Partners);
        assert_eq!(Route::from_hash("#/partners/123"), Route::Partners);
        assert_eq!(Route::from_hash("#/nope"), Route::NotFound);
        for (route, _) in TOOLS {
            assert_eq!(Route::from_hash(route.href()), *route);
        }
    }
}
