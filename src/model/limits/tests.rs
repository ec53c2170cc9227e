use super::*;
use crate::model::time::date;

#[test]
fn numbers_up_to_ten_to_the_fifteenth_either_way_are_kept() {
    assert_eq!(number_problem(1e15), None);
    assert_eq!(number_problem(-1e15), None);
    assert_eq!(number_problem(1.6e308).unwrap(), "is too large: numbers go up to 1,000,000,000,000,000 either way");
    assert_eq!(number_problem(f64::NAN).unwrap(), "is not a finite number");
}

#[test]
fn dates_from_1900_to_2200_are_kept() {
    assert_eq!(date_problem(date("1900-01-01")), None);
    assert_eq!(date_problem(date("2200-12-31")), None);
    assert!(date_problem(date("1899-12-31")).is_some());
    assert!(date_problem(date("2201-01-01")).is_some());
}
