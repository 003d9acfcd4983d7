//! Ordered lists and maps of a few dozen items at most (areas, pitfalls, the estimate's inputs),
//! built without the standard library's sort. Its sort is several KiB of WebAssembly for each
//! element type and order, and collecting into a `BTreeMap` sorts too; for a dozen items an
//! insertion sort, and a map filled one insert at a time, do the same work in a few hundred
//! bytes, which every visitor of the later screens downloads.
//!
//! [`SortedMap`] is such a map: a sorted list of pairs with the part of `BTreeMap`'s interface
//! the widget uses, in the same order. A `BTreeMap` brings its own node code (insert, remove,
//! rebalancing, iteration: a few KiB for each key and value type) into the WebAssembly; the
//! answers and the estimate's inputs, which the main part holds, use this instead.

use std::borrow::Borrow;
use std::collections::BTreeMap;

/// A map of a few dozen entries at most, kept as a list sorted by key: `BTreeMap`'s interface
/// and order (each key once, iterated in ascending order), with a binary search to find a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    pub const fn new() -> Self {
        SortedMap(Vec::new())
    }

    /// Where `key` is (`Ok`) or would go (`Err`).
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.0.binary_search_by(|(at, _)| at.borrow().cmp(key))
    }

    /// Sets `key`'s value; returns the value it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(at) => self
                .0
                .get_mut(at)
                .map(|entry| std::mem::replace(&mut entry.1, value)),
            Err(at) => {
                self.0.insert(at, (key, value));
                None
            }
        }
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        let at = self.find(key).ok()?;
        self.0.get(at).map(|entry| &entry.1)
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        let at = self.find(key).ok()?;
        Some(self.0.remove(at).1)
    }

    /// Keeps the entries `keep` is true for.
    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.0.retain_mut(|(key, value)| keep(key, value));
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries in ascending order of key.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(key, value)| (key, value))
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    /// Inserted one at a time: a key given twice keeps its last value, as `collect` into a
    /// `BTreeMap` does.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        let mut map = SortedMap::new();
        for (key, value) in pairs {
            map.insert(key, value);
        }
        map
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, K: Ord, V> IntoIterator for &'a SortedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(key, value)| (key, value))
    }
}

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
    use crate::test_support::arbitrary::config;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(config(256))]

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

        #[test]
        fn a_sorted_map_behaves_as_a_btree_map(
            operations in proptest::collection::vec((0_u8..4, 0_u8..12, any::<u16>()), 0..80),
        ) {
            let mut ours = SortedMap::new();
            let mut theirs = BTreeMap::new();
            for (operation, key, value) in operations {
                match operation {
                    0 | 1 => prop_assert_eq!(ours.insert(key, value), theirs.insert(key, value)),
                    2 => prop_assert_eq!(ours.remove(&key), theirs.remove(&key)),
                    _ => {
                        ours.retain(|key, value| (u16::from(*key) ^ *value) % 3 != 0);
                        theirs.retain(|key, value| (u16::from(*key) ^ *value) % 3 != 0);
                    }
                }
                prop_assert_eq!(ours.get(&key), theirs.get(&key));
                prop_assert_eq!(ours.contains_key(&key), theirs.contains_key(&key));
                prop_assert_eq!(ours.len(), theirs.len());
                prop_assert!(ours.iter().eq(theirs.iter()));
            }
            let collected: SortedMap<u8, u16> = theirs.clone().into_iter().rev().collect();
            prop_assert!(collected.into_iter().eq(theirs.into_iter()));
        }
    }

    #[test]
    fn equal_items_keep_their_order() {
        let mut items = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')];
        sort_small_by(&mut items, |a, b| a.0 < b.0);
        assert_eq!(items, [(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]);
    }
}
