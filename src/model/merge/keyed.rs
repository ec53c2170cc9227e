//! Lists without ids, keyed by partner or voter: merged element by element (see
//! [`crate::model::stamp::shape::keyed_list`]).
use std::collections::BTreeMap;

use serde_json::Value;

use super::records::{Cx, Pick, Place};
use crate::model::order::{sort, sort_by};
use crate::model::stamp::shape::{by_key, element_slot, flatten, keyed_list, map_fields, unflatten, Keyed};

/// A keyed list (sign-offs, terms, ratings, ballots), element by element, in the order of
/// their keys; `None` when the
/// field is not one, or is not keyed as expected (then it is one slot).
#[allow(clippy::too_many_arguments)]
pub(super) fn merge_keyed(
    at: &mut Place,
    field: &str,
    mv: Option<&Value>,
    tv: Option<&Value>,
    legacy: Pick,
    cx: &mut Cx,
    updated: &mut Vec<String>,
) -> Option<Value> {
    let (key_field, how) = keyed_list(field)?;
    let (ml, tl) = (by_key(mv, key_field)?, by_key(tv, key_field)?);
    fn find<'v>(list: &[(String, &'v Value)], k: &str) -> Option<&'v Value> {
        list.iter().find(|(key, _)| key == k).map(|(_, v)| *v)
    }
    let mut out: Vec<(String, Value)> = Vec::new();
    let keys = ml.iter().map(|(k, _)| k).chain(tl.iter().map(|(k, _)| k).filter(|k| find(&ml, k).is_none()));
    for key in keys {
        let (me, te) = (find(&ml, key), find(&tl, key));
        let slot = element_slot(field, key);
        let value = match how {
            _ if me == te => me.cloned(),
            Keyed::Whole => cx.settle(at, &slot, me, te, legacy, updated),
            Keyed::Fields => {
                let yes = Value::Bool(true);
                let there = cx.settle(at, &slot, me.map(|_| &yes), te.map(|_| &yes), legacy, updated);
                match (there, me, te) {
                    (None, _, _) => None,
                    (Some(_), Some(me), Some(te)) => {
                        let (fm, ft) = (flatten(me, key_field), flatten(te, key_field));
                        let mut flat = BTreeMap::new();
                        for s in fm.keys().chain(ft.keys().filter(|k| !fm.contains_key(*k))) {
                            let sub = format!("{slot}/{s}");
                            if let Some(v) = cx.settle(at, &sub, fm.get(s), ft.get(s), legacy, updated) {
                                flat.insert(s.clone(), v);
                            }
                        }
                        let mut maps = map_fields(Some(me));
                        maps.extend(map_fields(Some(te)));
                        sort(&mut maps);
                        maps.dedup();
                        Some(unflatten(key_field, key, flat, &maps))
                    }
                    (Some(_), one, other) => one.or(other).cloned(),
                }
            }
        };
        match value {
            Some(v) => out.push((key.clone(), v)),
            None => at.drop_below(&slot),
        }
    }
    // By key: nothing reads meaning into their order, and one side may have moved one
    // (a signature taken back and given again goes last).
    sort_by(&mut out, |(a, _), (b, _)| a.cmp(b));
    Some(Value::Array(out.into_iter().map(|(_, v)| v).collect()))
}

