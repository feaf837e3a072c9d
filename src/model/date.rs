//! Dates as campaign files write them: full calendar days, and partial dates
//! ("1961", "1961-03") for facts known only to the year or the month.

use std::cmp::Ordering;
use std::fmt;

use chrono::{Datelike, NaiveDate};

/// A date known to the year, the month or the day.
///
/// It displays as written (`1961`, `1961-03`, `1961-03-05`) and sorts as its
/// first day, so `1961` sorts before `1961-01-02` and equal to `1961-01-01`;
/// ties are broken by precision (the less precise first) so that sorting is
/// total and stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

/// Why a string is not a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not of the shape `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Shape,
    /// The shape is right but there is no such month or day (`2023-02-30`).
    NoSuchDay,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Shape => f.write_str("expected a date as YYYY-MM-DD"),
            DateError::NoSuchDay => f.write_str("there is no such day in the calendar"),
        }
    }
}

impl PartialDate {
    /// A year alone.
    pub fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    /// A year and month; `None` if the month is not 1 to 12.
    pub fn year_month(year: i32, month: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, 1)?;
        Some(PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A whole calendar day.
    pub fn full(date: NaiveDate) -> Self {
        PartialDate {
            year: date.year(),
            month: Some(date.month()),
            day: Some(date.day()),
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (four-digit year, two-digit parts).
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let parts: Vec<&str> = text.split('-').collect();
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        match parts.as_slice() {
            [y] if digits(y, 4) => Ok(PartialDate::year(y.parse().map_err(|_| DateError::Shape)?)),
            [y, m] if digits(y, 4) && digits(m, 2) => {
                let (y, m) = (
                    y.parse().map_err(|_| DateError::Shape)?,
                    m.parse().map_err(|_| DateError::Shape)?,
                );
                PartialDate::year_month(y, m).ok_or(DateError::NoSuchDay)
            }
            [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
                let y = y.parse().map_err(|_| DateError::Shape)?;
                let m = m.parse().map_err(|_| DateError::Shape)?;
                let d = d.parse().map_err(|_| DateError::Shape)?;
                NaiveDate::from_ymd_opt(y, m, d)
                    .map(PartialDate::full)
                    .ok_or(DateError::NoSuchDay)
            }
            _ => Err(DateError::Shape),
        }
    }

    /// The first day the date covers: what it sorts and computes as.
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .expect("a PartialDate is always a valid day")
    }

    /// The last day the date covers (its day, or the last of its month or
    /// year).
    pub fn last_day(&self) -> NaiveDate {
        let first = self.first_day();
        if self.is_full() {
            return first;
        }
        let months = if self.month.is_some() { 1 } else { 12 };
        first
            .checked_add_months(chrono::Months::new(months))
            .and_then(|d| d.pred_opt())
            .unwrap_or(first)
    }

    /// The whole day, if the date is known to the day.
    pub fn as_full(&self) -> Option<NaiveDate> {
        self.day.map(|_| self.first_day())
    }

    /// True when the date is known to the day.
    pub fn is_full(&self) -> bool {
        self.day.is_some()
    }

    /// The year.
    pub fn year_part(&self) -> i32 {
        self.year
    }

    /// The month, if known.
    pub fn month_part(&self) -> Option<u32> {
        self.month
    }

    /// The day of the month, if known.
    pub fn day_part(&self) -> Option<u32> {
        self.day
    }

    fn precision(&self) -> u8 {
        u8::from(self.month.is_some()) + u8::from(self.day.is_some())
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.first_day()
            .cmp(&other.first_day())
            .then(self.precision().cmp(&other.precision()))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl From<NaiveDate> for PartialDate {
    fn from(date: NaiveDate) -> Self {
        PartialDate::full(date)
    }
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn parses_and_displays_as_written() {
        for text in ["1961", "1961-03", "1961-03-05", "2024-02-29"] {
            assert_eq!(PartialDate::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn refuses_bad_shapes_and_days() {
        for text in [
            "",
            "61",
            "1961-3",
            "1961-03-5",
            "19610305",
            "1961/03/05",
            "1961-03-05T00:00",
            "abcd",
            "+961",
        ] {
            assert_eq!(PartialDate::parse(text), Err(DateError::Shape), "{text}");
        }
        for text in [
            "1961-13",
            "1961-00",
            "2023-02-29",
            "2023-04-31",
            "2023-01-00",
        ] {
            assert_eq!(
                PartialDate::parse(text),
                Err(DateError::NoSuchDay),
                "{text}"
            );
        }
    }

    #[test]
    fn sorts_as_first_day_then_precision() {
        let y = PartialDate::parse("1961").unwrap();
        let m = PartialDate::parse("1961-01").unwrap();
        let full = PartialDate::parse("1961-01-01").unwrap();
        let later = PartialDate::parse("1961-01-02").unwrap();
        let march = PartialDate::parse("1961-03").unwrap();
        let mut v = vec![march, later, full, m, y];
        v.sort();
        assert_eq!(v, vec![y, m, full, later, march]);
        assert_eq!(y.first_day(), d(1961, 1, 1));
        assert_eq!(march.first_day(), d(1961, 3, 1));
        assert_eq!(march.as_full(), None);
        assert_eq!(later.as_full(), Some(d(1961, 1, 2)));
    }

    #[test]
    fn counts_days() {
        assert_eq!(days_between(d(2022, 4, 19), d(2023, 5, 15)), 391);
        assert_eq!(days_between(d(2023, 5, 15), d(2022, 4, 19)), -391);
    }
}
