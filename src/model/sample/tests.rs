use super::*;
use crate::model::partners::count_by_sector;
use crate::model::time::at;
use crate::model::validate::validate;

#[test]
fn the_sample_is_valid() {
    assert_eq!(validate(&sample(at("2026-11-27T09:00:00Z"))), vec![]);
}

#[test]
fn the_sample_spans_at_least_five_sectors() {
    let p = sample(at("2026-11-27T09:00:00Z"));
    assert!((5..=6).contains(&p.partners.len()));
    assert!(count_by_sector(&p.partners).len() >= 5);
}
