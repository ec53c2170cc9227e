//! The partnership charter (trust and mutual respect): what the partners agree on — mission,
//! vision, values, ground rules, how decisions are made — and, per partner, what it expects
//! and what it commits to. Partners sign it off; editing its text afterwards asks every
//! partner who signed to confirm again.
//!
//! Re-confirmation is decided by a revision number, not by comparing times: two edits in the
//! same second (or a test with a fixed clock) must still tell "signed before the edit" apart.
use crate::i18n::{tr, Msg};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::record::{new_id, Extra};
use super::check::Checker;
use super::Partner;
use crate::model::check::Item;

crate::record! {
    pub struct Charter("charter") {
        /// The charter's title; empty means "the partnership's name".
        #[serde(default)]
        pub name: String,
        /// The shared mission; the goals tool reads it to judge whether a goal is relevant.
        #[serde(default)]
        pub mission: String,
        #[serde(default)]
        pub vision: String,
        #[serde(default)]
        pub values: Vec<String>,
        #[serde(default)]
        pub ground_rules: Vec<String>,
        #[serde(default)]
        pub decision_making: String,
        /// What each partner expects from the partnership and commits to it, one entry per partner.
        #[serde(default)]
        pub partner_terms: Vec<PartnerTerms>,
        /// Goes up by one each time the charter's text changes; a sign-off confirms one revision.
        #[serde(default)]
        pub revision: u32,
        #[serde(default)]
        pub sign_offs: Vec<SignOff>,
    }
}

/// One partner's part of the charter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartnerTerms {
    pub partner: Uuid,
    #[serde(default)]
    pub expects: String,
    #[serde(default)]
    pub commits: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A partner's agreement to one revision of the charter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SignOff {
    pub partner: Uuid,
    /// The day the partner signed (or last confirmed).
    #[serde(with = "crate::model::time::day")]
    pub signed_on: NaiveDate,
    /// The charter revision the partner agreed to.
    pub revision: u32,
    #[serde(flatten)]
    pub extra: Extra,
}

/// Where one partner stands with the charter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignOffState {
    NotSigned,
    Signed { on: NaiveDate },
    /// Signed an earlier text: the charter changed since.
    NeedsReconfirmation { signed_on: NaiveDate },
}

/// How many of the current partners stand where, for the overview.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SignOffSummary {
    pub partners: usize,
    pub signed: usize,
    pub needs_reconfirmation: usize,
    pub not_signed: usize,
}

impl SignOffSummary {
    pub fn all_signed(&self) -> bool {
        self.partners > 0 && self.signed == self.partners
    }
}

impl Default for Charter {
    /// The charter of a partnership from a file made before charters existed. Its id is the
    /// nil id, so that the same old file opened twice yields the same (empty) charter.
    fn default() -> Charter {
        Charter::blank(Uuid::nil(), DateTime::<Utc>::UNIX_EPOCH)
    }
}

impl Charter {
    pub fn new(now: DateTime<Utc>) -> Charter {
        Charter::blank(new_id(), now)
    }

    fn blank(id: Uuid, now: DateTime<Utc>) -> Charter {
        Charter {
            id,
            created_at: now,
            updated_at: now,
            name: String::new(),
            mission: String::new(),
            vision: String::new(),
            values: Vec::new(),
            ground_rules: Vec::new(),
            decision_making: String::new(),
            partner_terms: Vec::new(),
            revision: 0,
            sign_offs: Vec::new(),
            at: Default::default(),
            extra: Extra::new(),
        }
    }

    /// Nothing written yet: the charter screen shows its "how to run this exercise" prompt.
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty()
            && self.mission.trim().is_empty()
            && self.vision.trim().is_empty()
            && self.values.is_empty()
            && self.ground_rules.is_empty()
            && self.decision_making.trim().is_empty()
            && self.partner_terms.iter().all(|t| t.expects.trim().is_empty() && t.commits.trim().is_empty())
    }

    /// Takes the shared text (name, mission, vision, values, ground rules, decision-making) from
    /// `edited`; sign-offs and partner terms are not touched. Returns whether anything changed:
    /// only then is the charter a new revision that earlier sign-offs no longer cover.
    pub fn revise(&mut self, edited: &CharterText, now: DateTime<Utc>) -> bool {
        if !self.would_change(edited) {
            return false;
        }
        let edited = edited.tidied();
        self.name = edited.name;
        self.mission = edited.mission;
        self.vision = edited.vision;
        self.values = edited.values;
        self.ground_rules = edited.ground_rules;
        self.decision_making = edited.decision_making;
        self.new_revision(now);
        true
    }

    /// Whether saving `edited` is an edit (and so asks the signers to confirm again).
    pub fn would_change(&self, edited: &CharterText) -> bool {
        edited.tidied() != self.text()
    }

    /// Partners (now in the partnership) whose signature an edit would put in question.
    pub fn signers(&self, partners: &[Partner]) -> usize {
        partners.iter().filter(|p| matches!(self.state_of(p.id), SignOffState::Signed { .. })).count()
    }

    /// The shared text, as the charter form edits it.
    pub fn text(&self) -> CharterText {
        CharterText {
            name: self.name.clone(),
            mission: self.mission.clone(),
            vision: self.vision.clone(),
            values: self.values.clone(),
            ground_rules: self.ground_rules.clone(),
            decision_making: self.decision_making.clone(),
        }
    }

    pub fn terms_of(&self, partner: Uuid) -> Option<&PartnerTerms> {
        self.partner_terms.iter().find(|t| t.partner == partner)
    }

    /// Sets what `partner` expects and commits. This is part of what everyone signed, so a
    /// change is a new revision too. Returns whether anything changed.
    pub fn set_terms(&mut self, partner: Uuid, expects: &str, commits: &str, now: DateTime<Utc>) -> bool {
        let (expects, commits) = (expects.trim().to_string(), commits.trim().to_string());
        match self.partner_terms.iter_mut().find(|t| t.partner == partner) {
            Some(t) if t.expects == expects && t.commits == commits => return false,
            Some(t) => {
                t.expects = expects;
                t.commits = commits;
            }
            None if expects.is_empty() && commits.is_empty() => return false,
            None => self.partner_terms.push(PartnerTerms { partner, expects, commits, extra: Extra::new() }),
        }
        self.new_revision(now);
        true
    }

    fn new_revision(&mut self, now: DateTime<Utc>) {
        // A crafted file's last revision stays the last rather than wrapping to 0 (which
        // would put every sign-off ahead of the charter).
        self.revision = self.revision.saturating_add(1);
        self.updated_at = now.max(self.updated_at);
    }

    /// `partner` agrees to the charter as it stands today (a first signature or a
    /// re-confirmation). Signing is not an edit: it leaves the revision alone.
    pub fn sign(&mut self, partner: Uuid, now: DateTime<Utc>) {
        let sign_off = SignOff { partner, signed_on: now.date_naive(), revision: self.revision, extra: Extra::new() };
        match self.sign_offs.iter_mut().find(|s| s.partner == partner) {
            Some(existing) => {
                existing.signed_on = sign_off.signed_on;
                existing.revision = sign_off.revision;
            }
            None => self.sign_offs.push(sign_off),
        }
        self.updated_at = now.max(self.updated_at);
    }

    /// Takes back `partner`'s signature (signed by mistake).
    pub fn withdraw(&mut self, partner: Uuid, now: DateTime<Utc>) {
        self.sign_offs.retain(|s| s.partner != partner);
        self.updated_at = now.max(self.updated_at);
    }

    pub fn state_of(&self, partner: Uuid) -> SignOffState {
        match self.sign_offs.iter().find(|s| s.partner == partner) {
            None => SignOffState::NotSigned,
            Some(s) if s.revision >= self.revision => SignOffState::Signed { on: s.signed_on },
            Some(s) => SignOffState::NeedsReconfirmation { signed_on: s.signed_on },
        }
    }

    /// Counts over the partners in the partnership now: a removed partner's signature is
    /// kept in the file but no longer counts.
    pub fn summary(&self, partners: &[Partner]) -> SignOffSummary {
        let mut s = SignOffSummary { partners: partners.len(), ..SignOffSummary::default() };
        for partner in partners {
            match self.state_of(partner.id) {
                SignOffState::NotSigned => s.not_signed += 1,
                SignOffState::Signed { .. } => s.signed += 1,
                SignOffState::NeedsReconfirmation { .. } => s.needs_reconfirmation += 1,
            }
        }
        s
    }
}

/// The charter's shared text, separate from who signed it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CharterText {
    pub name: String,
    pub mission: String,
    pub vision: String,
    pub values: Vec<String>,
    pub ground_rules: Vec<String>,
    pub decision_making: String,
}

impl CharterText {
    /// Trimmed, with empty list entries dropped, so that re-saving the same words (or an
    /// extra blank line) is not an edit that asks everyone to sign again.
    fn tidied(&self) -> CharterText {
        let list = |l: &[String]| -> Vec<String> {
            l.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
        };
        CharterText {
            name: self.name.trim().to_string(),
            mission: self.mission.trim().to_string(),
            vision: self.vision.trim().to_string(),
            values: list(&self.values),
            ground_rules: list(&self.ground_rules),
            decision_making: self.decision_making.trim().to_string(),
        }
    }
}

/// One entry per non-empty line, for the list fields' text areas.
pub fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
}

/// Problems in a stored charter, with paths below `charter`.
pub fn check(c: &mut Checker, charter: &Charter) {
    c.times("charter", charter.created_at, charter.updated_at);
    for (i, v) in charter.values.iter().enumerate() {
        c.not_blank(format!("charter.values[{i}]"), v, tr::problem::what::VALUE);
    }
    for (i, r) in charter.ground_rules.iter().enumerate() {
        c.not_blank(format!("charter.ground_rules[{i}]"), r, tr::problem::what::GROUND_RULE);
    }
    let mut seen = std::collections::HashSet::new();
    for (i, t) in charter.partner_terms.iter().enumerate() {
        if !seen.insert(t.partner) {
            c.problem(format!("charter.partner_terms[{i}].partner"), tr::problem::charter::TERMS_TWICE);
        }
    }
    let mut seen = std::collections::HashSet::new();
    for (i, s) in charter.sign_offs.iter().enumerate() {
        let path = Item("charter.sign_offs", i);
        if !seen.insert(s.partner) {
            c.problem(format!("{path}.partner"), tr::problem::charter::SIGNED_TWICE);
        }
        c.date(path, "signed_on", s.signed_on);
        if s.revision > charter.revision {
            c.problem(
                format!("{path}.revision"),
                Msg::new(tr::problem::charter::REVISION).int("signed", s.revision).int("current", charter.revision),
            );
        }
    }
}

/// The sample partnership's charter.
pub fn add_sample(p: &mut super::Partnership, now: DateTime<Utc>) {
    let start = now - chrono::Duration::days(30 * 12);
    let mut charter = Charter::new(start);
    charter.revise(
        &CharterText {
            name: "Riverside Food Security Charter".into(),
            mission: "Make sure every household in Riverside can get enough healthy food, with \
                      dignity, by joining up food banks, grocers, public services and the \
                      community itself."
                .into(),
            vision: "A town where no child goes to school hungry and nobody has to choose between \
                     food and rent."
                .into(),
            values: ["Dignity", "Transparency", "Community first", "Learning from what fails"]
                .map(String::from)
                .to_vec(),
            ground_rules: [
                "Everyone speaks, nobody speaks twice before everyone has spoken once.",
                "Bad news early: say so as soon as something slips.",
            ]
            .map(String::from)
            .to_vec(),
            decision_making: "Consent at the monthly check-in: a proposal passes unless a partner \
                              has a reasoned objection. Spending over 5,000 needs the funder's \
                              agreement."
                .into(),
        },
        start,
    );
    let terms = [
        ("Partners bring families to the pantries and tell us what they need.", "Run two pantries and convene the check-ins."),
        ("A steady pick-up schedule so surplus is not wasted.", "Donate surplus food weekly and lend the refrigerated van."),
        ("Early warning of rising need in the neighbourhoods.", "Share anonymised school-meal data each term."),
        ("A real say in where pantries open and when.", "Run the Saturday market and gather residents' views."),
        ("Outcome data we can report to our board each quarter.", "Fund the coordinator post for three years."),
    ];
    for (partner, (expects, commits)) in p.partners.iter().zip(terms) {
        charter.set_terms(partner.id, expects, commits, start);
    }
    let signed = start + chrono::Duration::days(14);
    for partner in p.partners.iter().take(5) {
        charter.sign(partner.id, signed);
    }
    // A ground rule added later: four partners confirmed it, the tenants have not yet, and
    // the university joined after the signing. The sample shows every sign-off state.
    let mut text = charter.text();
    text.ground_rules.push("Data about families is shared only anonymised.".into());
    let edited = signed + chrono::Duration::days(60);
    charter.revise(&text, edited);
    for (i, partner) in p.partners.iter().enumerate().take(5) {
        if i != 3 {
            charter.sign(partner.id, edited + chrono::Duration::days(7));
        }
    }
    p.charter = charter;
}

#[cfg(test)]
mod tests;
