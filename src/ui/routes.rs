//! Hash routes (`#/partners`): deep links survive a reload on any static file server and
//! under any sub-path, with no server rewrite rules.

/// Every screen: variant, address, page title. One line per screen.
macro_rules! routes {
    ($($variant:ident => $slug:literal, $title:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Route { $($variant,)* NotFound }

        impl Route {
            pub const ALL: &'static [Route] = &[$(Route::$variant,)*];

            pub fn slug(self) -> &'static str {
                match self { $(Route::$variant => $slug,)* Route::NotFound => "overview" }
            }

            pub fn title(self) -> &'static str {
                match self { $(Route::$variant => $title,)* Route::NotFound => "Page not found" }
            }
        }
    };
}

routes! {
    Overview => "overview", "Overview";
    Partners => "partners", "Partners";
    Partnerships => "partnerships", "Your partnerships";
    Charter => "charter", "Charter";
    CheckIns => "check-ins", "Check-ins";
    Health => "health", "Health check";
    Resources => "resources", "Resource map";
    ResourceWorkshop => "resource-workshop", "Resource mapping workshop";
    Causes => "root-causes", "Root causes";
    Goals => "goals", "Goals";
    Metrics => "metrics", "Metrics";
    Community => "community", "Community voice";
    SaidDid => "you-said-we-did", "You said, we did";
    Ideas => "ideas", "Ideas & experiments";
    Voting => "dot-voting", "Dot voting";
    Stories => "stories", "Stories & communication";
    Milestones => "milestones", "Milestones & learning";
    Sustainability => "sustainability", "Sustainability";
    Report => "report", "Report";
}

/// The tools in the top navigation, in order, with their short labels. A tool appears here
/// once it exists.
pub const TOOLS: &[(Route, &str)] = &[
    (Route::Overview, "Overview"),
    (Route::Partners, "Partners"),
    (Route::Charter, "Charter"),
    (Route::CheckIns, "Check-ins"),
    (Route::Health, "Health check"),
    (Route::Resources, "Resource map"),
    (Route::Causes, "Root causes"),
    (Route::Goals, "Goals"),
    (Route::Metrics, "Metrics"),
    (Route::Community, "Community"),
    (Route::Ideas, "Ideas"),
    (Route::Stories, "Stories"),
    (Route::Milestones, "Milestones"),
    (Route::Sustainability, "Sustainability"),
    (Route::Report, "Report"),
];

impl Route {
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '/']).next().unwrap_or("");
        if path.is_empty() {
            return Route::Overview;
        }
        Route::ALL.iter().copied().find(|r| r.slug() == path).unwrap_or(Route::NotFound)
    }

    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }
}

#[cfg(test)]
mod tests;
