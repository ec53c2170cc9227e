use super::*;
use crate::model::resources::Amount;

#[test]
fn amounts_are_read_as_people_type_them() {
    assert_eq!(Decimal::parse("12500"), Ok(Decimal::whole(12500)));
    assert_eq!(Decimal::parse("12,500"), Ok(Decimal::whole(12500)));
    assert_eq!(Decimal::parse("12 500.50"), Ok(Decimal::from_hundredths(1_250_050)));
    assert_eq!(Decimal::parse("7,5"), Ok(Decimal::from_hundredths(750)));
    assert_eq!(Decimal::parse(".25"), Ok(Decimal::from_hundredths(25)));
    assert_eq!(Decimal::parse("1,234,567"), Ok(Decimal::whole(1_234_567)));
    assert!(Decimal::parse("-5").unwrap_err().to_string().contains("negative"));
    assert!(Decimal::parse("1.234").unwrap_err().to_string().contains("two decimal places"));
    assert!(Decimal::parse("ten").unwrap_err().to_string().contains("not a number"));
    assert!(Decimal::parse("").is_err());
    assert!(Decimal::parse("99999999999999999999").unwrap_err().to_string().contains("too large"));
}

#[test]
fn amounts_are_written_exactly() {
    assert_eq!(Decimal::from_hundredths(1_250_050).plain(), "12500.5");
    assert_eq!(Decimal::from_hundredths(1_250_005).plain(), "12500.05");
    assert_eq!(Decimal::from_hundredths(1_250_050).grouped(), "12,500.5");
    assert_eq!(Decimal::whole(1_234_567).grouped(), "1,234,567");
    assert_eq!(Decimal::whole(999).grouped(), "999");
}

#[test]
fn amounts_load_from_strings_and_numbers() {
    let from_str: Decimal = serde_json::from_str("\"12500.50\"").unwrap();
    let from_int: Decimal = serde_json::from_str("12500").unwrap();
    let from_float: Decimal = serde_json::from_str("7.5").unwrap();
    assert_eq!(from_str, Decimal::from_hundredths(1_250_050));
    assert_eq!(from_int, Decimal::whole(12500));
    assert_eq!(from_float, Decimal::from_hundredths(750));
    assert_eq!(serde_json::to_string(&from_str).unwrap(), "\"12500.5\"");
    assert!(serde_json::from_str::<Decimal>("\"-3\"").is_err());
    assert!(serde_json::from_str::<Decimal>("true").is_err());
}

#[test]
fn amounts_are_read_and_written_exactly_in_minor_units() {
    assert_eq!(parse_amount("12,500.50", "EUR"), Ok(1_250_050));
    assert_eq!(parse_amount("0.1", "EUR"), Ok(10));
    assert_eq!(parse_amount(".05", "USD"), Ok(5));
    assert_eq!(parse_amount("1 000", "JPY"), Ok(1000));
    assert_eq!(parse_amount("1.234", "KWD"), Ok(1234));
    assert!(parse_amount("1.5", "JPY").unwrap_err().to_string().contains("no smaller unit"));
    assert!(parse_amount("1.005", "EUR").is_err());
    assert!(parse_amount("-5", "EUR").is_err());
    assert!(parse_amount("12e3", "EUR").is_err());
    assert!(parse_amount("99999999999999999999", "EUR").is_err());
    assert_eq!(format_money(1_250_050, "EUR"), "EUR 12,500.50");
    assert_eq!(format_money(5, "EUR"), "EUR 0.05");
    assert_eq!(format_money(1_000_000, "JPY"), "JPY 1,000,000");
    assert_eq!(format_money(100, "KWD"), "KWD 0.100");
    assert_eq!(format_money(-123_456_789, "EUR"), "EUR -1,234,567.89");
    // 0.1 + 0.2 is exactly 0.3 here, unlike in floating point.
    assert_eq!(parse_amount("0.1", "EUR").unwrap() + parse_amount("0.2", "EUR").unwrap(), parse_amount("0.3", "EUR").unwrap());
}

#[test]
fn both_forms_read_a_decimal_comma() {
    // One parser: a single comma before one or two digits is a decimal comma for funding too.
    assert_eq!(parse_amount("7,5", "EUR"), Ok(750));
    assert_eq!(parse_amount("12,500", "EUR"), Ok(1_250_000));
    assert_eq!(parse_amount("1,234", "KWD"), Ok(1_234_000));
    assert_eq!(Decimal::parse("7,50"), Ok(Decimal::from_hundredths(750)));
}

#[test]
fn each_form_words_its_errors_as_before() {
    assert_eq!(parse_amount("twelve", "EUR").map_err(|e| e.to_string()), Err("\"twelve\" is not an amount; write it like 12,500.50".to_string()));
    assert_eq!(parse_amount(" ", "EUR").map_err(|e| e.to_string()), Err("Enter an amount.".to_string()));
    assert_eq!(parse_amount("-5", "EUR").map_err(|e| e.to_string()), Err("An amount cannot be negative.".to_string()));
    assert_eq!(parse_amount("1.5", "JPY").map_err(|e| e.to_string()), Err("JPY has no smaller unit; leave out the decimals.".to_string()));
    assert_eq!(parse_amount("1.005", "EUR").map_err(|e| e.to_string()), Err("EUR has 2 decimal places at most.".to_string()));
    assert_eq!(parse_amount("99999999999999999999", "EUR").map_err(|e| e.to_string()), Err("That amount is too large: amounts go up to 1,000,000,000,000,000.".to_string()));
    assert_eq!(Decimal::parse("ten"), Err("“ten” is not a number".to_string()));
    assert_eq!(Decimal::parse(""), Err("enter a number".to_string()));
}

#[test]
fn values_with_different_places_compare_by_worth() {
    assert_eq!(Decimal::new(15, 1), Decimal::new(150, 2));
    assert!(Decimal::new(1, 0) > Decimal::new(99, 2));
    assert_eq!(Money::new(1_250_050, "EUR").value().fixed(), "12,500.50");
    assert_eq!(Money::new(1_000, "JPY").to_string(), "JPY 1,000");
}

#[test]
fn both_amount_shapes_round_trip_through_json_unchanged() {
    for json in [r#"{"value":"12500.5","unit":"USD"}"#, r#"{"value":"0.05","unit":"hours"}"#, r#"{"value":"40","unit":""}"#] {
        let a: Amount = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&a).unwrap(), json);
    }
    for json in [r#"{"minor":1250050,"currency":"EUR"}"#, r#"{"minor":1000,"currency":"JPY"}"#, r#"{"minor":-5,"currency":"KWD"}"#] {
        let m: Money = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&m).unwrap(), json);
    }
}

#[test]
fn amounts_beyond_ten_to_the_fifteenth_are_refused() {
    assert_eq!(Decimal::parse("1000000000000000"), Ok(Decimal::whole(1_000_000_000_000_000)));
    assert_eq!(
        Decimal::parse("1000000000000000.01").unwrap_err(),
        "that number is too large: amounts go up to 1,000,000,000,000,000"
    );
    assert!(parse_amount("1000000000000001", "JPY").is_err());
    assert!(serde_json::from_str::<Decimal>("18446744073709551615").is_err());
    assert!(serde_json::from_str::<Decimal>("1e300").is_err());
    assert!(Money::new(100_000_000_000_000_000, "EUR").in_range());
    assert!(!Money::new(100_000_000_000_000_001, "EUR").in_range());
    assert!(!Money::new(i64::MIN, "EUR").in_range());
}
