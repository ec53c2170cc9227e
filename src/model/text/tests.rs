use super::*;

#[test]
fn markup_characters_are_escaped() {
    assert_eq!(escape_xml(r#"<a href="x">Tom & 'Jerry'</a>"#), "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
}

#[test]
fn thousands_are_grouped_with_commas() {
    assert_eq!(grouped(5645), "5,645");
    assert_eq!(grouped(100), "100");
    assert_eq!(grouped(-1_234_567), "-1,234,567");
}

#[test]
fn lists_read_as_a_sentence() {
    assert_eq!(join_and(&[]), "");
    assert_eq!(join_and(&["a baseline"]), "a baseline");
    assert_eq!(join_and(&["a", "b", "c"]), "a, b and c");
}

#[test]
fn plurals_and_capitals() {
    assert_eq!(plural(1, "reading", "readings"), "1 reading");
    assert_eq!(plural(0, "reading", "readings"), "0 readings");
    assert_eq!(capitalise("état"), "État");
    assert_eq!(capitalise(""), "");
}
