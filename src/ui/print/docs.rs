//! The printable documents themselves: plain markup for paper, every word from the current
//! language, the partnership's own data where a sheet is about it (partners, categories,
//! ideas, the charter's text) and blank lines for the room to fill in.
use leptos::prelude::*;

use super::Kind;
use crate::i18n::tr;
use crate::model::health::{statements_of, Practice};
use crate::model::Partnership;
use crate::ui::i18n::{t, tw};
use crate::ui::state::AppState;

/// The document for `kind`, from the open partnership.
pub fn document(kind: Kind) -> AnyView {
    let state = expect_context::<AppState>();
    let Some(p) = state.current.get() else {
        return view! { <p>{t(tr::print::NO_PARTNERSHIP)}</p> }.into_any();
    };
    let name = p.name.clone();
    let head = view! {
        <header class="doc-head">
            <p class="doc-partnership">{name}</p>
            <h1 tabindex="-1">{t(kind.title())}</h1>
        </header>
    };
    let body = match kind {
        Kind::Charter => charter(&p),
        Kind::Ballot => ballot(&p, false),
        Kind::AnonymousBallot => ballot(&p, true),
        Kind::ResourceCards => resource_cards(&p),
        Kind::ProblemTree => problem_tree(&p),
        Kind::SmartGoal => smart_goal(),
        Kind::Retrospective => retrospective(),
        Kind::DotVoting => dot_voting(&p),
    };
    view! { {head} {body} }.into_any()
}

/// Lines to write on.
fn lines(n: usize) -> impl IntoView {
    view! { <div class="write-lines">{(0..n).map(|_| view! { <span class="write-line"></span> }).collect_view()}</div> }
}

fn listed(items: &[String]) -> AnyView {
    let items: Vec<String> = items.iter().filter(|s| !s.trim().is_empty()).cloned().collect();
    if items.is_empty() {
        return lines(3).into_any();
    }
    view! { <ul>{items.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> }.into_any()
}

fn text_or_lines(text: &str, n: usize) -> AnyView {
    if text.trim().is_empty() {
        lines(n).into_any()
    } else {
        view! { <p class="doc-text">{text.to_string()}</p> }.into_any()
    }
}

fn charter(p: &Partnership) -> AnyView {
    let c = &p.charter;
    let revision = c.revision;
    let terms = p
        .partners
        .iter()
        .map(|partner| {
            let t_ = c.terms_of(partner.id);
            let (expects, commits) = t_.map(|t| (t.expects.clone(), t.commits.clone())).unwrap_or_default();
            view! {
                <section class="doc-block keep">
                    <h3>{partner.name.clone()}</h3>
                    <h4>{t(tr::print::EXPECTS)}</h4>
                    {text_or_lines(&expects, 2)}
                    <h4>{t(tr::print::COMMITS)}</h4>
                    {text_or_lines(&commits, 2)}
                </section>
            }
        })
        .collect_view();
    let signatures = p
        .partners
        .iter()
        .map(|partner| {
            view! {
                <div class="signature keep">
                    <p class="signature-partner">{partner.name.clone()}</p>
                    <div class="signature-fields">
                        <span>{t(tr::print::SIGN_NAME)}</span>
                        <span>{t(tr::print::SIGN_SIGNATURE)}</span>
                        <span>{t(tr::print::SIGN_DATE)}</span>
                    </div>
                </div>
            }
        })
        .collect_view();
    view! {
        <p class="doc-note">{tw(move |w| tr::print::revision(w, &revision.to_string()))}</p>
        <section class="doc-block"><h2>{t(tr::print::MISSION)}</h2>{text_or_lines(&c.mission, 3)}</section>
        <section class="doc-block"><h2>{t(tr::print::VISION)}</h2>{text_or_lines(&c.vision, 3)}</section>
        <section class="doc-block"><h2>{t(tr::print::VALUES)}</h2>{listed(&c.values)}</section>
        <section class="doc-block"><h2>{t(tr::print::GROUND_RULES)}</h2>{listed(&c.ground_rules)}</section>
        <section class="doc-block"><h2>{t(tr::print::DECISIONS)}</h2>{text_or_lines(&c.decision_making, 3)}</section>
        <h2>{t(tr::print::EACH_PARTNER)}</h2>
        {terms}
        <section class="signatures">
            <h2>{t(tr::print::SIGNATURES)}</h2>
            <p class="doc-note">{t(tr::print::SIGN_NOTE)}</p>
            {signatures}
        </section>
    }
    .into_any()
}

fn ballot(p: &Partnership, anonymous: bool) -> AnyView {
    let who = if anonymous {
        view! { <p class="doc-note strong">{t(tr::print::ANONYMOUS_NOTE)}</p> }.into_any()
    } else {
        let partners = p.partners.iter().map(|x| view! { <span class="tick-box">{x.name.clone()}</span> }).collect_view();
        view! {
            <div class="doc-block">
                <p class="strong">{t(tr::print::BALLOT_PARTNER)}</p>
                <div class="tick-boxes">{partners}</div>
            </div>
        }
        .into_any()
    };
    let practices = Practice::ALL
        .into_iter()
        .map(|practice| {
            let statements = statements_of(practice)
                .map(|s| {
                    view! {
                        <li class="ballot-statement keep">
                            <p>{s.text}</p>
                            <div class="scale-boxes" aria-hidden="true">
                                {(1..=5).map(|n| view! { <span class="scale-box">{n}</span> }).collect_view()}
                            </div>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="doc-block">
                    <h2>{practice.label()}</h2>
                    <ol class="ballot-list">{statements}</ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <p class="doc-note">{t(tr::print::BALLOT_HOW)}</p>
        <p class="doc-note">{t(tr::print::SCALE)}</p>
        {who}
        {practices}
    }
    .into_any()
}

fn resource_cards(p: &Partnership) -> AnyView {
    let categories = p
        .resources
        .ordered_categories()
        .into_iter()
        .map(|c| {
            view! {
                <section class="print-card keep">
                    <p class="card-kind">{t(tr::print::CATEGORY_CARD)}</p>
                    <h2>{c.name.clone()}</h2>
                    <h3>{t(tr::print::OFFERS)}</h3>
                    {lines(4)}
                    <h3>{t(tr::print::NEEDS)}</h3>
                    {lines(4)}
                </section>
            }
        })
        .collect_view();
    let partners = p
        .partners
        .iter()
        .map(|x| {
            view! {
                <section class="print-card keep">
                    <p class="card-kind">{t(tr::print::PARTNER_CARD)}</p>
                    <h2>{x.name.clone()}</h2>
                    <h3>{t(tr::print::WE_OFFER)}</h3>
                    {lines(4)}
                    <h3>{t(tr::print::WE_NEED)}</h3>
                    {lines(4)}
                </section>
            }
        })
        .collect_view();
    view! {
        <p class="doc-note">{t(tr::print::CARDS_HOW)}</p>
        <div class="card-sheet">{categories}{partners}</div>
    }
    .into_any()
}

fn problem_tree(p: &Partnership) -> AnyView {
    let problem = p.problem_tree.problem.clone();
    view! {
        <p class="doc-note">{t(tr::print::TREE_HOW)}</p>
        <section class="tree-sheet">
            <div class="tree-box tree-symptoms"><h2>{t(tr::print::SYMPTOMS)}</h2>{lines(3)}</div>
            <div class="tree-box tree-problem"><h2>{t(tr::print::PROBLEM)}</h2>{text_or_lines(&problem, 2)}</div>
            <div class="tree-causes">
                {(0..3).map(|_| view! {
                    <div class="tree-box"><h3>{t(tr::print::CAUSE)}</h3>{lines(2)}<h4>{t(tr::print::WHY)}</h4>{lines(3)}</div>
                }).collect_view()}
            </div>
        </section>
    }
    .into_any()
}

fn smart_goal() -> AnyView {
    let letters = [
        (tr::print::SPECIFIC, tr::print::SPECIFIC_ASK),
        (tr::print::MEASURABLE, tr::print::MEASURABLE_ASK),
        (tr::print::ACHIEVABLE, tr::print::ACHIEVABLE_ASK),
        (tr::print::RELEVANT, tr::print::RELEVANT_ASK),
        (tr::print::TIME_BOUND, tr::print::TIME_BOUND_ASK),
    ];
    view! {
        <section class="doc-block keep"><h2>{t(tr::print::GOAL)}</h2>{lines(3)}</section>
        {letters.into_iter().map(|(letter, ask)| view! {
            <section class="doc-block keep">
                <h2>{t(letter)}</h2>
                <p class="doc-note">{t(ask)}</p>
                {lines(2)}
            </section>
        }).collect_view()}
    }
    .into_any()
}

fn retrospective() -> AnyView {
    let columns = [tr::print::WENT_WELL, tr::print::WAS_HARD, tr::print::LEARNED, tr::print::WE_WILL];
    view! {
        <p class="doc-note">{t(tr::print::RETRO_HOW)}</p>
        <div class="retro-sheet">
            {columns.into_iter().map(|c| view! {
                <section class="sheet-column"><h2>{t(c)}</h2>{lines(22)}</section>
            }).collect_view()}
        </div>
    }
    .into_any()
}

fn dot_voting(p: &Partnership) -> AnyView {
    let ideas: Vec<String> = p.ideas.ideas.iter().map(|i| i.title.clone()).collect();
    let rows = if ideas.is_empty() {
        (0..8).map(|_| view! { <li class="vote-row keep"><span class="write-line"></span><span class="dot-area"></span></li> }).collect_view().into_any()
    } else {
        ideas
            .into_iter()
            .map(|title| view! { <li class="vote-row keep"><span class="vote-idea">{title}</span><span class="dot-area"></span></li> })
            .collect_view()
            .into_any()
    };
    view! {
        <p class="doc-note">{t(tr::print::VOTING_HOW)}</p>
        <ol class="vote-sheet">{rows}</ol>
    }
    .into_any()
}
