use super::*;

#[test]
fn a_running_timer_counts_down() {
    let t = Timer::start(5.0, 1_000);
    assert_eq!(t.remaining_ms(1_000), 300_000);
    assert_eq!(t.label(1_000), "5:00");
    assert_eq!(t.label(61_000), "4:00");
    assert_eq!(t.label(61_500), "4:00");
    assert_eq!(t.label(62_000), "3:59");
    assert!(t.is_done(301_000));
    assert_eq!(t.label(900_000), "0:00");
}

#[test]
fn a_paused_timer_stands_still_and_resumes() {
    let mut t = Timer::start(2.0, 0);
    t.pause(30_000);
    assert!(t.is_paused());
    assert_eq!(t.remaining_ms(100_000), 90_000);
    t.resume(100_000);
    assert_eq!(t.remaining_ms(110_000), 80_000);
}

#[test]
fn adding_a_minute_extends_or_restarts() {
    let mut t = Timer::start(2.0, 0);
    t.add_minute(10_000);
    assert_eq!(t.remaining_ms(10_000), 170_000);
    let mut done = Timer::start(1.0, 0);
    done.add_minute(500_000);
    assert_eq!(done.remaining_ms(500_000), 60_000);
    assert!(!done.is_paused());
}

#[test]
fn it_survives_being_saved() {
    let t = Timer::start(10.0, 123);
    let json = serde_json::to_string(&t).unwrap();
    assert_eq!(serde_json::from_str::<Timer>(&json).unwrap(), t);
}

#[test]
fn spoken_time_reads_naturally() {
    let t = Timer::start(1.5, 0);
    let [en, es, fr] = crate::i18n::every_language();
    assert_eq!(t.spoken(0, &en), "1 minute 30 seconds left");
    assert_eq!(t.spoken(60_000, &en), "30 seconds left");
    assert_eq!(t.spoken(90_000, &en), "Time is up");
    assert_eq!(t.spoken(0, &es), "Tiempo restante: 1 minuto y 30 segundos");
    assert_eq!(t.spoken(30_000, &fr), "Temps restant\u{a0}: 1 minute");
    assert_eq!(t.spoken(90_000, &fr), "Le temps est écoulé");
}

#[test]
fn custom_lengths_are_read_or_explained() {
    assert_eq!(parse_minutes("7"), Ok(7.0));
    assert_eq!(parse_minutes("7:30"), Ok(7.5));
    assert_eq!(parse_minutes("2,5"), Ok(2.5));
    assert!(parse_minutes("soon").unwrap_err().to_string().contains("try 7"));
    assert!(parse_minutes("0").is_err());
    assert!(parse_minutes("3:75").is_err());
}
