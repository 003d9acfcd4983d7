//! Ordered lists and maps of a few dozen items at most (areas, pitfalls, the estimate's inputs),
//! built without the standard library's sort. Its sort is several KiB of WebAssembly for each
//! element type and order, and collecting into a `BTreeMap` sorts too; for a dozen items an
//! insertion sort, and a map filled one insert at a time, do the same work in a few hundred
//! bytes, which every visitor of the later screens downloads.

use std::collections::BTreeMap;

/// Sorts `items` in place, stably, so that no item is preceded by one it is `less` than. An
/// insertion sort: quadratic, so for short lists only (the callers' are a few dozen long).
pub fn sort_small_by<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 {
            let earlier_is_greater = match (items.get(at - 1), items.get(at)) {
                (Some(earlier), Some(later)) => less(later, earlier),
                _ => false,
            };
            if !earlier_is_greater {
                break;
            }
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// The map of `pairs`, filled one insert at a time (a key given twice keeps its last value, as
/// `collect` does).
pub fn map_of<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (key, value) in pairs {
        map.insert(key, value);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort_does(items in proptest::collection::vec((0_u8..5, any::<u16>()), 0..40)) {
            let mut ours = items.clone();
            sort_small_by(&mut ours, |a, b| a.0 < b.0);
            let mut standard = items;
            standard.sort_by_key(|item| item.0);
            prop_assert_eq!(ours, standard);
        }

        #[test]
        fn maps_as_collect_does(pairs in proptest::collection::vec((0_u8..10, any::<u16>()), 0..40)) {
            let collected: BTreeMap<u8, u16> = pairs.iter().copied().collect();
            prop_assert_eq!(map_of(pairs), collected);
        }
    }

    #[test]
    fn equal_items_keep_their_order() {
        let mut items = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')];
        sort_small_by(&mut items, |a, b| a.0 < b.0);
        assert_eq!(items, [(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]);
    }
}
