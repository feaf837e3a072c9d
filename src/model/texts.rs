//! The text fields of one record, stored in one buffer.
//!
//! A big campaign holds tens of thousands of prisoners, events and
//! statements, each with a dozen text fields, most of them a few bytes long
//! (ids, names, cities). As a `String` each, that is half a million separate
//! allocations: 24 bytes of `String`, the allocator's header and its rounding
//! for every one, more than the text itself. [`Texts`] keeps all the text of
//! a record in one `Box<str>` and where each value ends in one `Box<[u32]>`:
//! two allocations a record, and no per-field overhead beyond four bytes.
//!
//! A record has a fixed number of *slots* (one per text field), each holding
//! any number of values: a required field has one, an optional field none or
//! one, a list as many as it has items. [`compact_record!`] builds the record
//! types on top: an editable draft with plain `String` fields, and the
//! compact record with an accessor per field.

use std::fmt;
use std::iter::FusedIterator;

/// The text values of one record's slots, in one buffer.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Texts {
    text: Box<str>,
    /// The number of slots `S`; then for each slot the value number where it
    /// ends (slot `s` holds the values from the end of slot `s - 1`, or 0, up
    /// to `index[s + 1]`); then the end in `text` of each value.
    index: Box<[u32]>,
}

/// Four bytes for an offset: a record's text stays far below 4 GiB (the
/// loader refuses files over 64 MiB); saturate rather than wrap if not.
fn at(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Texts {
    /// How many slots.
    fn slots(&self) -> usize {
        self.index.first().map_or(0, |&s| s as usize)
    }

    /// The values of slot `slot` (none if out of range).
    pub fn get(&self, slot: usize) -> Values<'_> {
        let empty = Values {
            texts: self,
            next: 0,
            end: 0,
        };
        if slot >= self.slots() {
            return empty;
        }
        let from = match slot {
            0 => 0,
            _ => self.index.get(slot).copied().unwrap_or(0),
        };
        let to = self.index.get(slot + 1).copied().unwrap_or(0);
        Values {
            texts: self,
            next: from,
            end: to,
        }
    }

    /// The first value of slot `slot`, if any.
    pub fn opt(&self, slot: usize) -> Option<&str> {
        self.get(slot).next()
    }

    /// The first value of slot `slot`, or "" if none.
    pub fn one(&self, slot: usize) -> &str {
        self.opt(slot).unwrap_or("")
    }

    /// Value number `v` of the whole record.
    fn value(&self, v: u32) -> &str {
        let base = self.slots() + 1;
        let v = v as usize;
        let end = self.index.get(base + v).copied().unwrap_or(0) as usize;
        let start = match v.checked_sub(1) {
            Some(p) => self.index.get(base + p).copied().unwrap_or(0) as usize,
            None => 0,
        };
        self.text.get(start..end).unwrap_or("")
    }

    /// The bytes of text held.
    pub fn text_len(&self) -> usize {
        self.text.len()
    }
}

/// Builds a [`Texts`] slot by slot, in slot order.
#[derive(Debug, Default)]
pub struct TextsBuilder {
    text: String,
    /// The slot count so far, then the value number where each slot ends.
    index: Vec<u32>,
    ends: Vec<u32>,
}

impl TextsBuilder {
    /// A builder for `slots` slots holding `bytes` bytes of text in all.
    pub fn with_capacity(slots: usize, values: usize, bytes: usize) -> Self {
        TextsBuilder {
            text: String::with_capacity(bytes),
            index: Vec::with_capacity(1 + slots + values),
            ends: Vec::with_capacity(values),
        }
    }

    /// The next slot, with `values` in it.
    pub fn slot<'a>(&mut self, values: impl IntoIterator<Item = &'a str>) -> &mut Self {
        if self.index.is_empty() {
            self.index.push(0);
        }
        for v in values {
            self.text.push_str(v);
            self.ends.push(at(self.text.len()));
        }
        self.index.push(at(self.ends.len()));
        self.index[0] += 1;
        self
    }

    /// The texts built.
    pub fn finish(self) -> Texts {
        let mut index = self.index;
        if index.is_empty() {
            index.push(0);
        }
        index.extend_from_slice(&self.ends);
        Texts {
            text: self.text.into_boxed_str(),
            index: index.into_boxed_slice(),
        }
    }
}

impl fmt::Debug for Texts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries((0..self.slots()).map(|s| self.get(s)))
            .finish()
    }
}

/// The values of one slot: a list field's items, or the value of a scalar
/// field (none or one). Iterates as `&str`.
#[derive(Clone)]
pub struct Values<'a> {
    texts: &'a Texts,
    next: u32,
    end: u32,
}

impl<'a> Values<'a> {
    /// How many values are left.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.next) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// An iterator over the values (a copy of this one).
    pub fn iter(&self) -> Values<'a> {
        self.clone()
    }

    /// Value `i`, if there are that many.
    pub fn get(&self, i: usize) -> Option<&'a str> {
        self.clone().nth(i)
    }

    /// The first value.
    pub fn first(&self) -> Option<&'a str> {
        self.get(0)
    }

    /// True if one value equals `value`.
    pub fn contains(&self, value: &str) -> bool {
        self.iter().any(|v| v == value)
    }

    /// The values joined with `sep`, as `[String]::join` does.
    pub fn join(&self, sep: &str) -> String {
        let mut out = String::new();
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(v);
        }
        out
    }

    /// The values as owned strings.
    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_owned).collect()
    }
}

impl<'a> Iterator for Values<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.next >= self.end {
            return None;
        }
        let v = self.texts.value(self.next);
        self.next += 1;
        Some(v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len(), Some(self.len()))
    }

    fn nth(&mut self, n: usize) -> Option<&'a str> {
        self.next = self.next.saturating_add(at(n)).min(self.end);
        self.next()
    }
}

impl DoubleEndedIterator for Values<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.next >= self.end {
            return None;
        }
        self.end -= 1;
        Some(self.texts.value(self.end))
    }
}

impl ExactSizeIterator for Values<'_> {}
impl FusedIterator for Values<'_> {}

impl<'a> IntoIterator for &Values<'a> {
    type Item = &'a str;
    type IntoIter = Values<'a>;

    fn into_iter(self) -> Values<'a> {
        self.clone()
    }
}

impl fmt::Debug for Values<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq for Values<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl<S: AsRef<str>> PartialEq<[S]> for Values<'_> {
    fn eq(&self, other: &[S]) -> bool {
        self.iter().eq(other.iter().map(AsRef::as_ref))
    }
}

impl<S: AsRef<str>> PartialEq<Vec<S>> for Values<'_> {
    fn eq(&self, other: &Vec<S>) -> bool {
        *self == other[..]
    }
}

impl<S: AsRef<str>, const N: usize> PartialEq<[S; N]> for Values<'_> {
    fn eq(&self, other: &[S; N]) -> bool {
        *self == other[..]
    }
}

/// How a text field of a record is stored in its draft and read from the
/// compact record: `one` (required, `String`, read as `&str`), `opt`
/// (`Option<String>`, read as `Option<&str>`), `many` (`Vec<String>`, read
/// as [`Values`]).
#[doc(hidden)]
#[macro_export]
macro_rules! __text_field {
    (@owned one) => { String };
    (@owned opt) => { Option<String> };
    (@owned many) => { Vec<String> };
    (@read one) => { &str };
    (@read opt) => { Option<&str> };
    (@read many) => { $crate::model::Values<'_> };
    (@get one, $t:expr, $s:expr) => { $t.one($s) };
    (@get opt, $t:expr, $s:expr) => { $t.opt($s) };
    (@get many, $t:expr, $s:expr) => { $t.get($s) };
    (@own one, $v:expr) => { $v.to_owned() };
    (@own opt, $v:expr) => { $v.map(str::to_owned) };
    (@own many, $v:expr) => { $v.to_vec() };
    (@count one, $v:expr) => { (1usize, $v.len()) };
    (@count opt, $v:expr) => { $v.as_ref().map_or((0usize, 0usize), |s| (1, s.len())) };
    (@count many, $v:expr) => { ($v.len(), $v.iter().map(String::len).sum::<usize>()) };
    (@values one, $v:expr) => { std::iter::once($v.as_str()) };
    (@values opt, $v:expr) => { $v.as_deref() };
    (@values many, $v:expr) => { $v.iter().map(String::as_str) };
}

/// Declares a record type whose text fields live in one [`Texts`] buffer,
/// and its draft: the same fields as plain owned values, to build a record
/// from (the loader, tests) and to edit one ([`edit`](#method.edit)).
///
/// ```text
/// compact_record! {
///     /// Doc of the record.
///     pub struct Prisoner, draft PrisonerDraft {
///         text { id: one, aliases: many, role: opt }
///         plain { status: Status }
///     }
/// }
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! compact_record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident, draft $draft:ident {
            text { $( $(#[$tmeta:meta])* $tfield:ident : $tkind:ident ),* $(,)? }
            plain { $( $(#[$pmeta:meta])* $pfield:ident : $pty:ty ),* $(,)? }
        }
    ) => {
        $(#[$meta])*
        ///
        /// Its text fields are read through the methods of the same name; to
        /// change one, [`edit`](Self::edit) the record or build it from its
        /// draft.
        #[derive(Clone, PartialEq)]
        pub struct $name {
            texts: $crate::model::Texts,
            $( $(#[$pmeta])* pub $pfield: $pty, )*
        }

        #[doc = concat!("The fields of a [`", stringify!($name), "`] as plain owned values.")]
        #[derive(Debug, Clone, PartialEq)]
        pub struct $draft {
            $( $(#[$tmeta])* pub $tfield: $crate::__text_field!(@owned $tkind), )*
            $( $(#[$pmeta])* pub $pfield: $pty, )*
        }

        const _: () = {
            #[allow(non_camel_case_types, dead_code)]
            #[derive(Clone, Copy)]
            enum Slot { $( $tfield, )* __Count }

            impl $name {
                $(
                    $(#[$tmeta])*
                    pub fn $tfield(&self) -> $crate::__text_field!(@read $tkind) {
                        $crate::__text_field!(@get $tkind, self.texts, Slot::$tfield as usize)
                    }
                )*

                /// The record as a draft, every field owned.
                pub fn to_draft(&self) -> $draft {
                    $draft {
                        $( $tfield: $crate::__text_field!(@own $tkind, self.$tfield()), )*
                        $( $pfield: self.$pfield.clone(), )*
                    }
                }

                /// Changes the record through its draft.
                pub fn edit(&mut self, change: impl FnOnce(&mut $draft)) {
                    let mut draft = self.to_draft();
                    change(&mut draft);
                    *self = draft.into();
                }
            }

            impl From<$draft> for $name {
                fn from(d: $draft) -> Self {
                    let (mut values, mut bytes) = (0usize, 0usize);
                    $(
                        let (n, b) = $crate::__text_field!(@count $tkind, d.$tfield);
                        values += n;
                        bytes += b;
                    )*
                    let mut b = $crate::model::TextsBuilder::with_capacity(
                        Slot::__Count as usize,
                        values,
                        bytes,
                    );
                    $( b.slot($crate::__text_field!(@values $tkind, d.$tfield)); )*
                    $name {
                        texts: b.finish(),
                        $( $pfield: d.$pfield, )*
                    }
                }
            }

            impl std::fmt::Debug for $name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.debug_struct(stringify!($name))
                        $( .field(stringify!($tfield), &self.$tfield()) )*
                        $( .field(stringify!($pfield), &self.$pfield) )*
                        .finish()
                }
            }
        };
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(slots: &[&[&str]]) -> Texts {
        let mut b = TextsBuilder::default();
        for s in slots {
            b.slot(s.iter().copied());
        }
        b.finish()
    }

    #[test]
    fn slots_keep_their_values_in_order() {
        let t = build(&[&["p-1"], &[], &["Алесь", "Ales", ""], &["note"]]);
        assert_eq!(t.one(0), "p-1");
        assert_eq!(t.opt(1), None);
        assert_eq!(t.one(1), "");
        assert_eq!(t.get(2), ["Алесь", "Ales", ""]);
        assert_eq!(t.get(2).len(), 3);
        assert_eq!(t.get(2).get(1), Some("Ales"));
        assert_eq!(t.get(2).rev().collect::<Vec<_>>(), ["", "Ales", "Алесь"]);
        assert_eq!(t.get(2).join(", "), "Алесь, Ales, ");
        assert_eq!(t.opt(3), Some("note"));
        assert!(t.get(4).is_empty());
        assert!(t.get(99).is_empty());
        assert_eq!(
            format!("{t:?}"),
            r#"[["p-1"], [], ["Алесь", "Ales", ""], ["note"]]"#
        );
    }

    #[test]
    fn slots_without_values_and_empty_records() {
        let t = build(&[&[], &[], &[]]);
        assert_eq!(t.slots(), 3);
        assert!((0..4).all(|s| t.get(s).is_empty()));
        let t = build(&[&[""], &[""]]);
        assert_eq!(t.slots(), 2);
        assert_eq!(t.opt(0), Some(""));
        assert_eq!(t.opt(1), Some(""));
        let none = Texts::default();
        assert_eq!(none.slots(), 0);
        assert_eq!(none.one(0), "");
    }

    #[test]
    fn equal_values_make_equal_texts() {
        let a = build(&[&["x", "y"], &["z"]]);
        let b = build(&[&["x", "y"], &["z"]]);
        let c = build(&[&["x"], &["y", "z"]]);
        assert_eq!(a, b);
        assert_ne!(a, c);
    }
}
