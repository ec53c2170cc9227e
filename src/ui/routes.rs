//! Hash routes (`#/partners`): deep links survive a reload on any static file server and
//! under any sub-path, with no server rewrite rules.

use crate::i18n::{tr, Key};

/// Every screen: variant, address, page title. One line per screen.
macro_rules! routes {
    ($($variant:ident => $slug:literal, $title:path;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Route { $($variant,)* NotFound }

        impl Route {
            pub const ALL: &'static [Route] = &[$(Route::$variant,)*];

            pub fn slug(self) -> &'static str {
                match self { $(Route::$variant => $slug,)* Route::NotFound => "overview" }
            }

            /// The page's title, in the interface's language.
            pub fn title(self) -> Key {
                match self { $(Route::$variant => $title,)* Route::NotFound => tr::route::NOT_FOUND }
            }
        }
    };
}

routes! {
    Overview => "overview", tr::route::OVERVIEW;
    Actions => "actions", tr::route::ACTIONS;
    Partners => "partners", tr::route::PARTNERS;
    Partnerships => "partnerships", tr::route::PARTNERSHIPS;
    Charter => "charter", tr::route::CHARTER;
    CheckIns => "check-ins", tr::route::CHECK_INS;
    Health => "health", tr::route::HEALTH;
    Resources => "resources", tr::route::RESOURCES;
    ResourceWorkshop => "resource-workshop", tr::route::RESOURCE_WORKSHOP;
    Causes => "root-causes", tr::route::CAUSES;
    Goals => "goals", tr::route::GOALS;
    Metrics => "metrics", tr::route::METRICS;
    Community => "community", tr::route::COMMUNITY;
    SaidDid => "you-said-we-did", tr::route::SAID_DID;
    Ideas => "ideas", tr::route::IDEAS;
    Voting => "dot-voting", tr::route::VOTING;
    Stories => "stories", tr::route::STORIES;
    Milestones => "milestones", tr::route::MILESTONES;
    Sustainability => "sustainability", tr::route::SUSTAINABILITY;
    Report => "report", tr::route::REPORT;
    Print => "print", tr::route::PRINT;
    Agenda => "agenda", tr::route::AGENDA;
}

/// The tools in the top navigation, in order, with their short labels. A tool appears here
/// once it exists.
pub const TOOLS: &[(Route, Key)] = &[
    (Route::Overview, tr::nav::OVERVIEW),
    (Route::Actions, tr::nav::ACTIONS),
    (Route::Partners, tr::nav::PARTNERS),
    (Route::Charter, tr::nav::CHARTER),
    (Route::CheckIns, tr::nav::CHECK_INS),
    (Route::Health, tr::nav::HEALTH),
    (Route::Resources, tr::nav::RESOURCES),
    (Route::Causes, tr::nav::CAUSES),
    (Route::Goals, tr::nav::GOALS),
    (Route::Metrics, tr::nav::METRICS),
    (Route::Community, tr::nav::COMMUNITY),
    (Route::Ideas, tr::nav::IDEAS),
    (Route::Stories, tr::nav::STORIES),
    (Route::Milestones, tr::nav::MILESTONES),
    (Route::Sustainability, tr::nav::SUSTAINABILITY),
    (Route::Report, tr::nav::REPORT),
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
