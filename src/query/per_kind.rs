//! One value for each kind of record, indexed by the kind: so that what is
//! kept per kind (a reload's diffs, its marks) cannot be read at another
//! kind's place, and a new kind needs no array sized and ordered by hand.

use std::ops::{Index, IndexMut};

use strum::VariantArray;

use super::RecordKind;

/// How many kinds of record there are.
const KINDS: usize = RecordKind::VARIANTS.len();

/// A `T` for each [`RecordKind`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PerKind<T>([T; KINDS]);

impl<T> PerKind<T> {
    /// The value of each kind, made by `f`.
    pub fn from_fn(mut f: impl FnMut(RecordKind) -> T) -> Self {
        PerKind(std::array::from_fn(|i| f(RecordKind::VARIANTS[i])))
    }

    /// Each kind with its value.
    pub fn iter(&self) -> impl Iterator<Item = (RecordKind, &T)> {
        RecordKind::VARIANTS.iter().copied().zip(self.0.iter())
    }

    /// The values, in the order of the kinds.
    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.0.iter()
    }

    /// Each value, to change.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.0.iter_mut()
    }
}

/// Where a kind's value is: its place among [`RecordKind::VARIANTS`].
fn place(kind: RecordKind) -> usize {
    RecordKind::VARIANTS
        .iter()
        .position(|&k| k == kind)
        .unwrap_or_default()
}

impl<T> Index<RecordKind> for PerKind<T> {
    type Output = T;
    fn index(&self, kind: RecordKind) -> &T {
        &self.0[place(kind)]
    }
}

impl<T> IndexMut<RecordKind> for PerKind<T> {
    fn index_mut(&mut self, kind: RecordKind) -> &mut T {
        &mut self.0[place(kind)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_has_its_own_value() {
        let mut p = PerKind::from_fn(|k| k.plural().to_owned());
        for (kind, value) in p.iter() {
            assert_eq!(value, kind.plural());
            assert_eq!(&p[kind], kind.plural());
        }
        p[RecordKind::Event].push('!');
        assert_eq!(p[RecordKind::Event], "events!");
        assert_eq!(p[RecordKind::Statement], "statements");
    }
}
