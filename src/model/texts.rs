//! The text fields of one record, stored in one buffer.
//!
//! A big campaign holds tens of thousands of prisoners, events and
//! statements, each with a dozen text fields, most of them a few bytes long
//! (ids, names, cities). As a `String` each, that is half a million separate
//! allocations: 24 bytes of `String`, the allocator's header and its rounding
//! for every one, more than the text itself. [`Texts`] keeps all the text of
//! a record, and where each value ends, in one `Box<str>`: one allocation a
//! record, four bytes a value beyond the text. One allocation also means one
//! cache miss, not two, for code that walks every record (building the
//! search index of 60,000 records spends much of its time waiting on them).
//!
//! A record has a fixed number of *slots* (one per text field), each holding
//! any number of values: a required field has one, an optional field none or
//! one, a list as many as it has items. [`compact_record!`] builds the record
//! types on top: an editable draft with plain `String` fields, and the
//! compact record with an accessor per field.

use std::fmt;
use std::iter::FusedIterator;

/// The text values of one record's slots, in one buffer.
///
/// The buffer starts with numbers, each written as four ASCII bytes of seven
/// bits (so the buffer stays a valid `str` and no `unsafe` is needed to read
/// it): the number of slots `S`; for each slot the value number where it ends
/// (slot `s` holds the values from the end of slot `s - 1`, or 0, up to that
/// end); for each value its end in the text. The text follows.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Texts {
    data: Box<str>,
}

/// Bytes a number takes.
const WIDTH: usize = 4;

/// The largest number four bytes of seven bits hold: 256 MiB less one byte
/// of text in one record, four times the largest file the loader reads.
/// Beyond it offsets saturate and the values past it read cut short or
/// empty (never a panic); no record read from a file comes near.
const MAX: u32 = (1 << (7 * WIDTH)) - 1;

/// Appends `n` as four bytes of seven bits, the lowest first.
fn put(out: &mut String, n: usize) {
    let n = u32::try_from(n).unwrap_or(MAX).min(MAX);
    for k in 0..WIDTH {
        out.push(char::from(((n >> (7 * k)) & 0x7f) as u8));
    }
}

/// Number `k` of the header of `data` (0 past its end).
#[inline]
fn num(data: &[u8], k: usize) -> usize {
    let at = k * WIDTH;
    match data.get(at..at + WIDTH) {
        Some(&[a, b, c, d]) => {
            usize::from(a) | usize::from(b) << 7 | usize::from(c) << 14 | usize::from(d) << 21
        }
        _ => 0,
    }
}

impl Texts {
    /// How many slots.
    fn slots(&self) -> usize {
        num(self.data.as_bytes(), 0)
    }

    /// The values of slot `slot` (none if out of range).
    #[inline]
    pub fn get(&self, slot: usize) -> Values<'_> {
        let data = self.data.as_bytes();
        let slots = num(data, 0);
        let (next, end) = match slot {
            s if s >= slots => (0, 0),
            0 => (0, num(data, 1)),
            s => (num(data, s), num(data, s + 1)),
        };
        let ends = slots + 1;
        Values {
            data: &self.data,
            ends,
            text: WIDTH * (ends + num(data, slots)),
            next,
            end,
        }
    }

    /// The first value of slot `slot`, if any.
    #[inline]
    pub fn opt(&self, slot: usize) -> Option<&str> {
        self.get(slot).next()
    }

    /// The first value of slot `slot`, or "" if none.
    #[inline]
    pub fn one(&self, slot: usize) -> &str {
        self.opt(slot).unwrap_or("")
    }

    /// The bytes held, numbers and text.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}

/// Builds a [`Texts`] slot by slot, in slot order.
#[derive(Debug, Default)]
pub struct TextsBuilder<'a> {
    /// The value number where each slot ends.
    slot_ends: Vec<usize>,
    values: Vec<&'a str>,
    bytes: usize,
}

impl<'a> TextsBuilder<'a> {
    /// A builder for `slots` slots holding `values` values in all.
    pub fn with_capacity(slots: usize, values: usize) -> Self {
        TextsBuilder {
            slot_ends: Vec::with_capacity(slots),
            values: Vec::with_capacity(values),
            bytes: 0,
        }
    }

    /// The next slot, with `values` in it.
    pub fn slot(&mut self, values: impl IntoIterator<Item = &'a str>) -> &mut Self {
        for v in values {
            self.bytes += v.len();
            self.values.push(v);
        }
        self.slot_ends.push(self.values.len());
        self
    }

    /// The texts built.
    pub fn finish(self) -> Texts {
        let numbers = 1 + self.slot_ends.len() + self.values.len();
        let mut data = String::with_capacity(WIDTH * numbers + self.bytes);
        put(&mut data, self.slot_ends.len());
        for &end in &self.slot_ends {
            put(&mut data, end);
        }
        let mut end = 0;
        for v in &self.values {
            end += v.len();
            put(&mut data, end);
        }
        for v in &self.values {
            data.push_str(v);
        }
        Texts {
            data: data.into_boxed_str(),
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
    data: &'a str,
    /// Where the numbers of the value ends start (in numbers).
    ends: usize,
    /// Where the text starts (in bytes).
    text: usize,
    /// The next value number to give, and the one past the last.
    next: usize,
    end: usize,
}

impl<'a> Values<'a> {
    /// How many values are left.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.next)
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

impl<'a> Values<'a> {
    /// Value number `v` of the record.
    #[inline]
    fn value(&self, v: usize) -> &'a str {
        let data = self.data.as_bytes();
        let end = num(data, self.ends + v);
        let start = match v {
            0 => 0,
            _ => num(data, self.ends + v - 1),
        };
        self.data
            .get(self.text + start..self.text + end)
            .unwrap_or("")
    }
}

impl<'a> Iterator for Values<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        if self.next >= self.end {
            return None;
        }
        let v = self.value(self.next);
        self.next += 1;
        Some(v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len(), Some(self.len()))
    }

    fn nth(&mut self, n: usize) -> Option<&'a str> {
        self.next = self.next.saturating_add(n).min(self.end);
        self.next()
    }
}

impl DoubleEndedIterator for Values<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.next >= self.end {
            return None;
        }
        self.end -= 1;
        Some(self.value(self.end))
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
    (@count one, $v:expr) => { 1usize };
    (@count opt, $v:expr) => { usize::from($v.is_some()) };
    (@count many, $v:expr) => { $v.len() };
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

                /// The bytes of the buffer its text fields take (their text
                /// and four bytes a value), read without touching the buffer.
                pub fn text_bytes(&self) -> usize {
                    self.texts.len()
                }

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
                    let values = 0 $( + $crate::__text_field!(@count $tkind, d.$tfield) )*;
                    let mut b = $crate::model::TextsBuilder::with_capacity(
                        Slot::__Count as usize,
                        values,
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
        for s in slots.iter() {
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

    #[test]
    fn offsets_past_two_megabytes_read_back() {
        // Numbers take four bytes of seven bits: 2^21 and more need the last.
        let long = "ж".repeat(1_500_000);
        let t = build(&[&["a"], &[long.as_str(), "tail"], &["end"]]);
        assert_eq!(t.one(0), "a");
        assert_eq!(t.get(1).first().map(str::len), Some(3_000_000));
        assert_eq!(t.get(1).get(1), Some("tail"));
        assert_eq!(t.one(2), "end");
        assert_eq!(t.len(), 4 * (1 + 3 + 4) + 1 + 3_000_000 + 4 + 3);
    }
}
