//! Facilitation guides: a built-in agenda for each exercise, written for this app from the
//! practices in the seed article. Each step has a suggested time, the question to put to the
//! room, and what a good outcome looks like, so that someone who has never facilitated can
//! run the session.

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub title: &'static str,
    pub minutes: u32,
    /// The question to ask the room, word for word.
    pub ask: &'static str,
    /// What the room should have at the end of the step.
    pub outcome: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Guide {
    pub id: &'static str,
    pub title: &'static str,
    /// The address of the tool the exercise uses (`#/<tool>`).
    pub tool: &'static str,
    pub purpose: &'static str,
    pub steps: &'static [Step],
}

impl Guide {
    pub fn total_minutes(&self) -> u32 {
        self.steps.iter().map(|s| s.minutes).sum()
    }
}

pub const GUIDES: &[Guide] = &[
    Guide {
        id: "charter",
        title: "Charter conversation",
        tool: "charter",
        purpose: "Build trust before the work starts: say openly what each partner wants, values and expects.",
        steps: &[
            Step { title: "Why we are here", minutes: 10, ask: "In one sentence each: why did your organisation join this partnership?", outcome: "Every partner has spoken once; the reasons are noted without debate." },
            Step { title: "Shared mission", minutes: 15, ask: "What change do we want to see in the community that none of us could make alone?", outcome: "A draft mission of one or two sentences that everyone can live with." },
            Step { title: "Values and ground rules", minutes: 15, ask: "How do we want to treat each other when we disagree, miss a deadline or get it wrong?", outcome: "Three to six values and the ground rules that make them real." },
            Step { title: "Expectations and commitments", minutes: 20, ask: "What do you expect from the others, and what will your organisation commit to?", outcome: "Each partner's expectations and commitments, in their own words." },
            Step { title: "How we decide", minutes: 10, ask: "Which decisions need everyone, and which can a smaller group take?", outcome: "A decision rule written down (consensus, consent, vote, lead partner)." },
            Step { title: "Sign-off", minutes: 5, ask: "Can your organisation sign this charter today, or what do you need first?", outcome: "Sign-offs recorded, and a date to confirm the rest." },
        ],
    },
    Guide {
        id: "resources",
        title: "Resource mapping",
        tool: "resources",
        purpose: "See what each partner brings and what is missing, so that strengths are used and gaps are found early.",
        steps: &[
            Step { title: "What we offer", minutes: 20, ask: "Partner by partner: what can you contribute — expertise, networks, money, technology, community knowledge, time?", outcome: "Each partner has added its offers, with how much it can give." },
            Step { title: "What we need", minutes: 15, ask: "What does the partnership lack to reach its goals, and what does your organisation need to take part fully?", outcome: "Needs are listed for each partner and for the partnership." },
            Step { title: "Reveal the map", minutes: 10, ask: "Looking at the map: what surprises you? Where are we strong?", outcome: "The group has read the heat-map together and named its strengths." },
            Step { title: "Gaps and risks", minutes: 15, ask: "Which needs does nobody meet? Which areas depend on one partner only?", outcome: "Gaps and single-partner risks are named, each with an owner to follow up." },
            Step { title: "Matches and commitments", minutes: 15, ask: "Who can meet which need? Who will give what to whom, and by when?", outcome: "Accepted matches recorded as commitments." },
        ],
    },
    Guide {
        id: "problem-tree",
        title: "Problem tree",
        tool: "root-causes",
        purpose: "Agree on the problem and trace it to its root causes, so that goals tackle causes rather than symptoms.",
        steps: &[
            Step { title: "Name the problem", minutes: 10, ask: "What is the one problem in the community this partnership exists to tackle?", outcome: "One problem statement, specific about who is affected and where." },
            Step { title: "Visible symptoms", minutes: 10, ask: "How does the problem show itself? What do people see and feel?", outcome: "The symptoms are listed, kept apart from causes." },
            Step { title: "Causes", minutes: 20, ask: "Why does this happen? And why does that happen? (Ask 'why' until you reach something you can act on.)", outcome: "Causes nested two or three levels deep." },
            Step { title: "Where we can act", minutes: 10, ask: "Which root causes can this partnership change, with the resources we have?", outcome: "The causes the partnership will address are marked." },
        ],
    },
    Guide {
        id: "smart-goals",
        title: "SMART goals",
        tool: "goals",
        purpose: "Turn the causes we chose into goals that are specific, measurable, achievable, relevant and time-bound.",
        steps: &[
            Step { title: "From cause to goal", minutes: 10, ask: "For this root cause: what would be different if we succeeded?", outcome: "A first statement of the goal, linked to its root cause." },
            Step { title: "Specific and measurable", minutes: 15, ask: "For whom, where, and how will we know? What number tells us, and what is it today?", outcome: "A target group and place, and a metric with a baseline and a target." },
            Step { title: "Achievable", minutes: 10, ask: "Who owns this goal, and which resources and commitments make it possible?", outcome: "Owner partners named; the target checked against the trend and the resources." },
            Step { title: "Relevant and time-bound", minutes: 10, ask: "How does this serve our mission, and by when will we reach it?", outcome: "The link to the mission is clear; start and end dates set." },
            Step { title: "Outputs and outcomes", minutes: 10, ask: "What will we do (outputs), and what will change for people (outcomes)?", outcome: "At least one output and one outcome metric for the goal." },
        ],
    },
    Guide {
        id: "health-check",
        title: "Health check",
        tool: "health",
        purpose: "Take the partnership's pulse regularly, so that problems are seen early and talked about safely.",
        steps: &[
            Step { title: "Set the tone", minutes: 5, ask: "This is about how we work together, not about anyone's performance. What would make it safe to be honest today?", outcome: "The group agrees to rate honestly and not to argue with anyone's rating." },
            Step { title: "Rate", minutes: 15, ask: "Partner by partner, at the screen: how true is each statement for us, from 1 to 5?", outcome: "Every partner has rated every statement." },
            Step { title: "Read the results", minutes: 10, ask: "Where are we strongest? Where do we disagree most?", outcome: "The weakest practice and the biggest disagreements are named." },
            Step { title: "Talk about the gaps", minutes: 20, ask: "For the weakest practice: what is getting in the way, and what one thing would help?", outcome: "One or two concrete actions, each with an owner and a date." },
        ],
    },
    Guide {
        id: "dot-voting",
        title: "Dot voting",
        tool: "ideas",
        purpose: "Choose which ideas to try first, giving every voice the same weight.",
        steps: &[
            Step { title: "Collect ideas", minutes: 15, ask: "What could we try? No idea is too small or too bold at this stage.", outcome: "Ideas on the board as cards, each with a short title." },
            Step { title: "Clarify", minutes: 10, ask: "Is any idea unclear? Are any two the same?", outcome: "Every card is understood; duplicates are combined." },
            Step { title: "Vote", minutes: 10, ask: "Each person places their dots on the ideas they would try first. You may put several dots on one idea.", outcome: "Everyone has voted, without seeing the others' votes." },
            Step { title: "Reveal and decide", minutes: 10, ask: "Looking at the ranking: which idea do we turn into an experiment, and who leads it?", outcome: "The top idea has an owner and a first step." },
        ],
    },
    Guide {
        id: "retrospective",
        title: "Retrospective",
        tool: "milestones",
        purpose: "Celebrate what worked and learn from what did not, in a safe space, so that the next cycle is better.",
        steps: &[
            Step { title: "Celebrate", minutes: 10, ask: "What milestone, however small, did we reach since we last met?", outcome: "At least one success named and thanked." },
            Step { title: "What went well", minutes: 10, ask: "What went well, and why?", outcome: "Notes in 'went well'." },
            Step { title: "What was hard", minutes: 10, ask: "What was hard or did not work? (Talk about what happened, not who.)", outcome: "Notes in 'was hard', without blame." },
            Step { title: "What we learned", minutes: 10, ask: "What do we know now that we did not know before?", outcome: "Lessons written so that someone new could use them." },
            Step { title: "What we will do", minutes: 10, ask: "What will we do differently? Who does it, by when?", outcome: "Each 'we will' has an owner and a due date." },
        ],
    },
];

pub fn guide(id: &str) -> Option<&'static Guide> {
    GUIDES.iter().find(|g| g.id == id)
}

/// The guides for a tool's address, e.g. `"resources"`.
pub fn guides_for_tool(tool: &str) -> Vec<&'static Guide> {
    let home = companion_of(tool).unwrap_or(tool);
    GUIDES.iter().filter(|g| g.tool == home).collect()
}

/// Screens that run a step of another tool's exercise: the votes are cast on the dot-voting
/// screen and the resource workshop walks the resource map, so their guides belong beside
/// them too.
fn companion_of(screen: &str) -> Option<&'static str> {
    match screen {
        "dot-voting" => Some("ideas"),
        "resource-workshop" => Some("resources"),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
