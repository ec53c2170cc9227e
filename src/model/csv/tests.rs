use super::*;

#[test]
fn commas_quotes_and_line_breaks_are_quoted() {
    assert_eq!(field("plain"), "plain");
    assert_eq!(field("a, b"), "\"a, b\"");
    assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(field("two\nlines"), "\"two\nlines\"");
}

#[test]
fn formulas_are_defused_but_negative_numbers_are_not() {
    assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(field("-12.5"), "-12.5");
    assert_eq!(field("@home"), "'@home");
}

#[test]
fn tables_use_crlf() {
    let t = table(&["a", "b"], &[vec!["1", "x,y"]]);
    assert_eq!(t, "a,b\r\n1,\"x,y\"\r\n");
}

#[test]
fn what_is_written_parses_back() {
    let rows = vec![vec!["x,y".to_string(), "say \"hi\"".into(), "two\nlines".into()]];
    let parsed = parse(&table(&["a", "b", "c"], &rows)).unwrap();
    assert_eq!(parsed.len(), 2);
    assert_eq!(parsed[1].fields, rows[0]);
    assert_eq!(parsed[1].line, 2);
}

#[test]
fn lines_are_counted_past_quoted_breaks_and_blank_lines() {
    let parsed = parse("a,b\n\"1\n2\",3\n\n4,5\n").unwrap();
    assert_eq!(parsed.iter().map(|l| l.line).collect::<Vec<_>>(), vec![1, 2, 5]);
}

#[test]
fn semicolons_and_tabs_are_recognised() {
    assert_eq!(parse("a;b\n1,5;2").unwrap()[1].fields, vec!["1,5", "2"]);
    assert_eq!(parse("a\tb\n1\t2").unwrap()[1].fields, vec!["1", "2"]);
}

#[test]
fn an_unclosed_quote_is_an_error_with_its_line() {
    assert_eq!(parse("a\n\"open,1\n2").unwrap_err().to_string(), "line 2: a quoted field is never closed");
}

#[test]
fn empty_text_has_no_rows() {
    assert_eq!(parse("").unwrap(), vec![]);
    assert_eq!(parse("\n\n").unwrap(), vec![]);
}

#[test]
fn tabs_carriage_returns_and_formulas_after_a_semicolon_are_defused() {
    assert_eq!(field("\t=1+1"), "\"'\t=1+1\"");
    assert_eq!(field("\r=1+1"), "\"'\r=1+1\"");
    // A spreadsheet in a `;`-separated locale splits an unquoted field at the `;`.
    assert_eq!(field("fine;=HYPERLINK(1)"), "\"'fine;=HYPERLINK(1)\"");
    assert_eq!(field("a; @SUM(1)"), "\"'a; @SUM(1)\"");
    assert_eq!(field("one;two"), "\"one;two\"");
    assert_eq!(field("-3;4"), "\"'-3;4\"");
    assert_eq!(field("-12.5"), "-12.5");
}
