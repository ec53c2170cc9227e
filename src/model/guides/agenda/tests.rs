use super::*;

#[test]
fn an_agenda_survives_its_stored_text() {
    let mut a = Agenda::default();
    a.add("charter");
    a.add("dot-voting");
    a.set_minutes(1, "20");
    a.set_length("120");
    let back = Agenda::parse(&a.to_text());
    assert_eq!(back, a);
    assert_eq!(a.to_text(), "120|charter 75|dot-voting 20");
}

#[test]
fn unreadable_parts_are_left_out_and_the_rest_kept() {
    let a = Agenda::parse("60|gone 10|charter x|health-check 15|stories 0");
    assert_eq!(a.minutes, 60);
    assert_eq!(a.items.len(), 1);
    assert_eq!(a.items[0].guide.id, "health-check");
    assert_eq!(Agenda::parse(""), Agenda::default());
    assert_eq!(Agenda::parse("lots").minutes, DEFAULT_MINUTES);
}

#[test]
fn the_fit_says_how_many_minutes_are_left_or_missing() {
    let mut a = Agenda::parse("60|health-check 30|dot-voting 20");
    assert_eq!(a.total(), 50);
    assert_eq!(a.fit(), Fit::Spare(10));
    a.set_minutes(1, "30");
    assert_eq!(a.fit(), Fit::Exact);
    a.set_minutes(0, "45");
    assert_eq!(a.fit(), Fit::Over(15));
    // What is not a number of minutes changes nothing.
    a.set_minutes(0, "-5");
    a.set_length("0");
    a.set_minutes(7, "5");
    assert_eq!((a.items[0].minutes, a.minutes), (45, 60));
}

#[test]
fn exercises_start_one_after_another() {
    let mut a = Agenda::parse("90|charter 30|dot-voting 15|stories 40");
    assert_eq!(a.starts(), vec![0, 30, 45]);
    assert_eq!(clock(a.starts()[2]), "0:45");
    assert_eq!(clock(75), "1:15");
    a.remove(0);
    a.remove(9);
    assert_eq!(a.starts(), vec![0, 15]);
}
