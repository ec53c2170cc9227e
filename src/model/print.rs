//! Printable materials for rooms without screens: the charter with a signature line per
//! partner, resource-mapping cards, a health-check ballot (named or anonymous) and blank
//! worksheets (problem tree, SMART goal, retrospective, dot voting with the current ideas),
//! the "you said, we did" sheet to hand back to the community, and a session agenda.
//! Each is written here as plain HTML in a language (`Words`), from the partnership where a
//! sheet is about it; the page at `#/print/<kind>` shows it and prints it. Pure, so every
//! sheet is tested natively; every text from the partnership is escaped.
use std::fmt::Write as _;

use chrono::NaiveDate;

use super::guides::agenda::Agenda;
use super::health::{statements_of, Practice};
use super::text::escape_xml as esc;
use super::Partnership;
use crate::i18n::{tr, Key, Words};

/// What can be printed, by its address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Charter,
    Ballot,
    AnonymousBallot,
    ResourceCards,
    ProblemTree,
    SmartGoal,
    Retrospective,
    DotVoting,
    SaidDid,
    Agenda,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::Charter,
        Kind::Ballot,
        Kind::AnonymousBallot,
        Kind::ResourceCards,
        Kind::ProblemTree,
        Kind::SmartGoal,
        Kind::Retrospective,
        Kind::DotVoting,
        Kind::SaidDid,
        Kind::Agenda,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Kind::Charter => "charter",
            Kind::Ballot => "health-ballot",
            Kind::AnonymousBallot => "anonymous-health-ballot",
            Kind::ResourceCards => "resource-cards",
            Kind::ProblemTree => "problem-tree",
            Kind::SmartGoal => "smart-goal",
            Kind::Retrospective => "retrospective",
            Kind::DotVoting => "dot-voting",
            Kind::SaidDid => "you-said-we-did",
            Kind::Agenda => "agenda",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    pub fn title(self) -> Key {
        match self {
            Kind::Charter => tr::print::CHARTER,
            Kind::Ballot => tr::print::BALLOT,
            Kind::AnonymousBallot => tr::print::ANONYMOUS_BALLOT,
            Kind::ResourceCards => tr::print::RESOURCE_CARDS,
            Kind::ProblemTree => tr::print::PROBLEM_TREE,
            Kind::SmartGoal => tr::print::SMART_GOAL,
            Kind::Retrospective => tr::print::RETROSPECTIVE,
            Kind::DotVoting => tr::print::DOT_VOTING,
            Kind::SaidDid => tr::print::SAID_DID,
            Kind::Agenda => tr::print::AGENDA,
        }
    }
}

/// What the sheets are made from.
pub struct Sources<'a> {
    pub partnership: &'a Partnership,
    /// The day of printing: the sheet handed back to the community is dated.
    pub today: NaiveDate,
    /// The facilitator's session agenda, a preference of this browser.
    pub agenda: &'a Agenda,
}

/// The sheet as HTML (the inside of the page's `<article>`), in `w`'s language.
pub fn document(kind: Kind, src: &Sources, w: &Words) -> String {
    let p = src.partnership;
    let mut s = Sheet { out: String::new(), w };
    s.raw(&format!(
        "<header class=\"doc-head\"><p class=\"doc-partnership\">{}</p><h1 tabindex=\"-1\">{}</h1></header>",
        esc(&p.name),
        esc(w.get(kind.title()))
    ));
    match kind {
        Kind::Charter => charter(&mut s, p),
        Kind::Ballot => ballot(&mut s, p, false),
        Kind::AnonymousBallot => ballot(&mut s, p, true),
        Kind::ResourceCards => resource_cards(&mut s, p),
        Kind::ProblemTree => problem_tree(&mut s, p),
        Kind::SmartGoal => smart_goal(&mut s),
        Kind::Retrospective => retrospective(&mut s),
        Kind::DotVoting => dot_voting(&mut s, p),
        Kind::SaidDid => said_did::sheet(&mut s, p, src.today),
        Kind::Agenda => agenda::sheet(&mut s, src.agenda),
    }
    s.out
}

/// The writer: elements with a message or escaped text inside.
struct Sheet<'a> {
    out: String,
    w: &'a Words,
}

impl Sheet<'_> {
    fn raw(&mut self, html: &str) {
        self.out.push_str(html);
    }

    /// `<tag class="…">message</tag>`.
    fn msg(&mut self, tag: &str, class: &str, k: Key) {
        let text = esc(self.w.get(k));
        self.tag(tag, class, &text);
    }

    /// `<tag class="…">text</tag>`, the text escaped.
    fn text(&mut self, tag: &str, class: &str, text: &str) {
        let text = esc(text);
        self.tag(tag, class, &text);
    }

    fn tag(&mut self, tag: &str, class: &str, inner: &str) {
        if class.is_empty() {
            let _ = write!(self.out, "<{tag}>{inner}</{tag}>");
        } else {
            let _ = write!(self.out, "<{tag} class=\"{class}\">{inner}</{tag}>");
        }
    }

    fn lines(&mut self, n: usize) {
        self.raw("<div class=\"write-lines\">");
        for _ in 0..n {
            self.raw("<span class=\"write-line\"></span>");
        }
        self.raw("</div>");
    }

    /// The text as written, or lines to write it on.
    fn text_or_lines(&mut self, text: &str, n: usize) {
        if text.trim().is_empty() {
            self.lines(n);
        } else {
            self.text("p", "doc-text", text);
        }
    }

    fn list_or_lines(&mut self, items: &[String]) {
        let items: Vec<&String> = items.iter().filter(|s| !s.trim().is_empty()).collect();
        if items.is_empty() {
            return self.lines(3);
        }
        self.raw("<ul>");
        for i in items {
            self.text("li", "", i);
        }
        self.raw("</ul>");
    }

    /// A titled block with text or lines.
    fn block(&mut self, heading: Key, text: &str, n: usize) {
        self.raw("<section class=\"doc-block\">");
        self.msg("h2", "", heading);
        self.text_or_lines(text, n);
        self.raw("</section>");
    }
}

fn charter(s: &mut Sheet, p: &Partnership) {
    let c = &p.charter;
    let revision = tr::print::revision(s.w, &c.revision.to_string());
    s.text("p", "doc-note", &revision);
    s.block(tr::print::MISSION, &c.mission, 3);
    s.block(tr::print::VISION, &c.vision, 3);
    for (heading, items) in [(tr::print::VALUES, &c.values), (tr::print::GROUND_RULES, &c.ground_rules)] {
        s.raw("<section class=\"doc-block\">");
        s.msg("h2", "", heading);
        s.list_or_lines(items);
        s.raw("</section>");
    }
    s.block(tr::print::DECISIONS, &c.decision_making, 3);
    s.msg("h2", "", tr::print::EACH_PARTNER);
    for partner in &p.partners {
        let (expects, commits) = c.terms_of(partner.id).map(|t| (t.expects.as_str(), t.commits.as_str())).unwrap_or_default();
        s.raw("<section class=\"doc-block keep\">");
        s.text("h3", "", &partner.name);
        s.msg("h4", "", tr::print::EXPECTS);
        s.text_or_lines(expects, 2);
        s.msg("h4", "", tr::print::COMMITS);
        s.text_or_lines(commits, 2);
        s.raw("</section>");
    }
    s.raw("<section class=\"signatures\">");
    s.msg("h2", "", tr::print::SIGNATURES);
    s.msg("p", "doc-note", tr::print::SIGN_NOTE);
    for partner in &p.partners {
        s.raw("<div class=\"signature keep\">");
        s.text("p", "signature-partner", &partner.name);
        s.raw("<div class=\"signature-fields\">");
        for k in [tr::print::SIGN_NAME, tr::print::SIGN_SIGNATURE, tr::print::SIGN_DATE] {
            s.msg("span", "", k);
        }
        s.raw("</div></div>");
    }
    s.raw("</section>");
}

fn ballot(s: &mut Sheet, p: &Partnership, anonymous: bool) {
    s.msg("p", "doc-note", tr::print::BALLOT_HOW);
    s.msg("p", "doc-note", tr::print::SCALE);
    if anonymous {
        s.msg("p", "doc-note strong", tr::print::ANONYMOUS_NOTE);
    } else {
        s.raw("<div class=\"doc-block\">");
        s.msg("p", "strong", tr::print::BALLOT_PARTNER);
        s.raw("<div class=\"tick-boxes\">");
        for partner in &p.partners {
            s.text("span", "tick-box", &partner.name);
        }
        s.raw("</div></div>");
    }
    for practice in Practice::ALL {
        s.raw("<section class=\"doc-block\">");
        s.text("h2", "", s.w.get(practice.label_key()));
        s.raw("<ol class=\"ballot-list\">");
        for st in statements_of(practice) {
            s.raw("<li class=\"ballot-statement keep\">");
            s.text("p", "", s.w.get(st.text_key()));
            s.raw("<div class=\"scale-boxes\" aria-hidden=\"true\">");
            for n in 1..=5 {
                s.tag("span", "scale-box", &n.to_string());
            }
            s.raw("</div></li>");
        }
        s.raw("</ol></section>");
    }
}

/// A card with a name and two sets of lines.
fn card(s: &mut Sheet, kind: Key, name: &str, first: Key, second: Key) {
    s.raw("<section class=\"print-card keep\">");
    s.msg("p", "card-kind", kind);
    s.text("h2", "", name);
    s.msg("h3", "", first);
    s.lines(4);
    s.msg("h3", "", second);
    s.lines(4);
    s.raw("</section>");
}

fn resource_cards(s: &mut Sheet, p: &Partnership) {
    s.msg("p", "doc-note", tr::print::CARDS_HOW);
    s.raw("<div class=\"card-sheet\">");
    for c in p.resources.ordered_categories() {
        card(s, tr::print::CATEGORY_CARD, &c.name, tr::print::OFFERS, tr::print::NEEDS);
    }
    for partner in &p.partners {
        card(s, tr::print::PARTNER_CARD, &partner.name, tr::print::WE_OFFER, tr::print::WE_NEED);
    }
    s.raw("</div>");
}

fn problem_tree(s: &mut Sheet, p: &Partnership) {
    s.msg("p", "doc-note", tr::print::TREE_HOW);
    s.raw("<section class=\"tree-sheet\"><div class=\"tree-box tree-symptoms\">");
    s.msg("h2", "", tr::print::SYMPTOMS);
    s.lines(3);
    s.raw("</div><div class=\"tree-box tree-problem\">");
    s.msg("h2", "", tr::print::PROBLEM);
    s.text_or_lines(&p.problem_tree.problem, 2);
    s.raw("</div><div class=\"tree-causes\">");
    for _ in 0..3 {
        s.raw("<div class=\"tree-box\">");
        s.msg("h3", "", tr::print::CAUSE);
        s.lines(2);
        s.msg("h4", "", tr::print::WHY);
        s.lines(3);
        s.raw("</div>");
    }
    s.raw("</div></section>");
}

fn smart_goal(s: &mut Sheet) {
    s.raw("<section class=\"doc-block keep\">");
    s.msg("h2", "", tr::print::GOAL);
    s.lines(3);
    s.raw("</section>");
    for (letter, ask) in [
        (tr::print::SPECIFIC, tr::print::SPECIFIC_ASK),
        (tr::print::MEASURABLE, tr::print::MEASURABLE_ASK),
        (tr::print::ACHIEVABLE, tr::print::ACHIEVABLE_ASK),
        (tr::print::RELEVANT, tr::print::RELEVANT_ASK),
        (tr::print::TIME_BOUND, tr::print::TIME_BOUND_ASK),
    ] {
        s.raw("<section class=\"doc-block keep\">");
        s.msg("h2", "", letter);
        s.msg("p", "doc-note", ask);
        s.lines(2);
        s.raw("</section>");
    }
}

fn retrospective(s: &mut Sheet) {
    s.msg("p", "doc-note", tr::print::RETRO_HOW);
    s.raw("<div class=\"retro-sheet\">");
    for c in [tr::print::WENT_WELL, tr::print::WAS_HARD, tr::print::LEARNED, tr::print::WE_WILL] {
        s.raw("<section class=\"sheet-column\">");
        s.msg("h2", "", c);
        s.lines(22);
        s.raw("</section>");
    }
    s.raw("</div>");
}

fn dot_voting(s: &mut Sheet, p: &Partnership) {
    s.msg("p", "doc-note", tr::print::VOTING_HOW);
    s.raw("<ol class=\"vote-sheet\">");
    if p.ideas.ideas.is_empty() {
        for _ in 0..8 {
            s.raw("<li class=\"vote-row keep\"><span class=\"write-line\"></span><span class=\"dot-area\"></span></li>");
        }
    }
    for idea in &p.ideas.ideas {
        s.raw("<li class=\"vote-row keep\">");
        s.text("span", "vote-idea", &idea.title);
        s.raw("<span class=\"dot-area\"></span></li>");
    }
    s.raw("</ol>");
}

mod agenda;
mod said_did;

pub use agenda::say_fit;

#[cfg(test)]
mod tests;
