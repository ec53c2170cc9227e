use super::*;
use crate::model::generate::Pcg;

/// Against the standard library's stable sort, on lists with many ties (so that stability
/// shows) of every length up to 300.
#[test]
fn sorts_as_the_standard_stable_sort_does() {
    let mut rng = Pcg::new(11);
    for len in 0..300 {
        let items: Vec<(u32, usize)> = (0..len).map(|i| (rng.next_u32() % 7, i)).collect();
        let mut ours = items.clone();
        sort_by_key(&mut ours, |x| x.0);
        let mut theirs = items.clone();
        theirs.sort_by_key(|x| x.0);
        assert_eq!(ours, theirs, "length {len}");
        let mut ours = items.clone();
        sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
        let mut theirs = items;
        theirs.sort_by_key(|x| std::cmp::Reverse(x.0));
        assert_eq!(ours, theirs, "length {len}, reversed");
    }
    let mut words = vec!["pear".to_string(), "apple".into(), "fig".into(), "apple".into()];
    sort(&mut words);
    assert_eq!(words, ["apple", "apple", "fig", "pear"]);
}

#[test]
fn maps_built_pair_by_pair_are_what_collect_builds() {
    let pairs = [("b", 1), ("a", 2), ("b", 3)];
    assert_eq!(map_of(pairs), pairs.into_iter().collect::<std::collections::BTreeMap<_, _>>());
    let json = [("z".to_string(), serde_json::json!(1)), ("a".to_string(), serde_json::json!(2)), ("z".to_string(), serde_json::json!(3))];
    assert_eq!(object_of(json.clone()), json.into_iter().collect::<serde_json::Map<_, _>>());
}
