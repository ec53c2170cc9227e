use super::*;

#[test]
fn money_sums_are_exact_where_floats_are_not() {
    // 0.1 + 0.2 is not 0.3 in f64; in hundredths it is.
    let a = Amount::new(Decimal::parse("0.1").unwrap(), "USD");
    let b = Amount::new(Decimal::parse("0.2").unwrap(), "usd ");
    let c = Amount::new(Decimal::whole(40), "hours");
    let t = Totals::of([&a, &b, &c]);
    assert_eq!(t.in_unit("usd"), Some(Decimal::parse("0.3").unwrap()));
    assert_eq!(t.to_string(), "0.3 USD + 40 hours");
}
