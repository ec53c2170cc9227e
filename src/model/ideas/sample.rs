//! The sample partnership's ideas board, kept out of mod.rs because it is data, not rules.
use super::*;

/// The sample's board: five ideas, a revealed round, one experiment persevering and one
/// that pivoted.
pub fn add_sample(p: &mut Partnership, now: DateTime<Utc>) {
    let partner = |p: &Partnership, name: &str| p.partners.iter().find(|x| x.name == name).map(|x| x.id);
    let day = |days: i64| (now - chrono::Duration::days(days)).date_naive();
    let t = now - chrono::Duration::days(70);
    let ideas: [(&str, &str, Option<&str>, &str); 5] = [
        ("Evening pantry", "Open one pantry on Thursday evenings for working parents.", Some("Riverside Food Bank"), "access"),
        ("Mobile pantry van", "Take the refrigerated van to the senior housing blocks.", Some("FreshMart Groceries"), "transport, seniors"),
        ("Community fridge", "A fridge outside the hall that anyone can fill or take from.", None, "dignity, fresh food"),
        ("Cooking with surplus", "Short cooking sessions using the week's surplus produce.", Some("Riverside University Nutrition Lab"), "skills"),
        ("Text reminders", "Text families the day before a distribution.", Some("Riverside City Council – Public Health"), "communication"),
    ];
    for (title, description, by, tags) in ideas {
        let mut idea = Idea::new(title, t);
        idea.description = description.into();
        idea.author = match by.and_then(|n| partner(p, n)) {
            Some(partner_id) => Author::Partner { partner_id },
            None => Author::Community { name: "A parent at the focus group".into() },
        };
        idea.tags = crate::model::community::parse_tags(tags);
        p.ideas.ideas.push(idea);
    }
    let voters: Vec<String> = ["Amara", "Daniel", "Priya", "Luis", "Grace"].map(String::from).to_vec();
    let ids: Vec<Uuid> = p.ideas.ideas.iter().map(|i| i.id).collect();
    if let Ok(mut round) = VotingRound::start("Which ideas should we test first?", 3, &voters, &p.ideas.ideas, t) {
        let ballots: [(&str, [u32; 5]); 5] = [
            ("Amara", [2, 1, 0, 0, 0]),
            ("Daniel", [0, 2, 0, 0, 1]),
            ("Priya", [1, 1, 0, 0, 1]),
            ("Luis", [1, 0, 2, 0, 0]),
            ("Grace", [1, 0, 0, 1, 0]),
        ];
        for (voter, counts) in ballots {
            let dots: Vec<Dots> = ids.iter().zip(counts).map(|(&idea_id, dots)| Dots { idea_id, dots }).collect();
            let _ = round.cast(voter, &dots, t);
        }
        round.reveal(t);
        p.ideas.rounds.push(round);
    }

    let mut evening = Experiment::new("Thursday evening pantry", t);
    evening.idea_id = Some(ids[0]);
    evening.hypothesis = "If one pantry opens 5 to 8 pm on Thursdays, working parents who never come now will use it.".into();
    evening.test = "Open the Eastside pantry on Thursday evenings for eight weeks, staffed by volunteers.".into();
    evening.how_we_know = "At least 40 households a week, a third of them new to the pantry.".into();
    evening.start = Some(day(63));
    evening.end = Some(day(7));
    evening.result = "About 55 households a week; 40% had never used a pantry before.".into();
    evening.learning = "Evening hours reach families we were missing; the volunteers need a rota.".into();
    evening.decision = Some(Decision::Persevere);
    evening.decided_on = Some(day(5));

    let mut van = Experiment::new("Mobile pantry van at senior housing", t);
    van.idea_id = Some(ids[1]);
    van.hypothesis = "If the van stops at the senior housing blocks, seniors who cannot travel will get fresh food.".into();
    van.test = "The FreshMart van stops at three blocks every Tuesday for six weeks.".into();
    van.how_we_know = "At least 25 visits per stop each week.".into();
    van.start = Some(day(60));
    van.end = Some(day(18));
    let pivot_day = day(14);
    van.result = "Only about 9 visits per stop: many seniors could not stand in the queue.".into();
    van.learning = "The barrier was queuing and carrying, not distance. Ask before choosing the fix.".into();
    van.decision = Some(Decision::Pivot);
    van.decided_on = Some(pivot_day);
    let pivot = Pivot {
        id: new_id(),
        created_at: t,
        updated_at: t,
        date: pivot_day,
        what_changed: "From van stops to volunteer home delivery, booked by phone.".into(),
        why: "Seniors told us standing in a queue was the problem; delivery removes it.".into(),
        experiment_id: Some(van.id),
        at: Default::default(),
        extra: Extra::new(),
    };
    p.ideas.experiments.push(evening);
    p.ideas.experiments.push(van);
    p.ideas.pivots.push(pivot);
}
