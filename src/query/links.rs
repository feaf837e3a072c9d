//! Cross-links between records, as indexes into the campaign's vectors.

use std::collections::HashSet;
use std::fmt;
use std::hash::BuildHasher;

use foldhash::fast::RandomState;
use hashbrown::HashTable;
use hashbrown::hash_table::Entry;

use crate::model::Campaign;

/// One list of record indexes per record, all kept in one vector: the list
/// of record `i` is `adjacency[i]` (or [`Adjacency::get`], which says `None`
/// out of range).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Adjacency {
    /// Where each record's list ends in `targets`.
    ends: Vec<u32>,
    targets: Vec<usize>,
}

impl fmt::Debug for Adjacency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Adjacency {
    /// How many records.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The list of record `i`; `None` out of range.
    pub fn get(&self, i: usize) -> Option<&[usize]> {
        let end = *self.ends.get(i)? as usize;
        let start = match i.checked_sub(1) {
            Some(p) => *self.ends.get(p)? as usize,
            None => 0,
        };
        self.targets.get(start..end)
    }

    /// The lists of all records, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &[usize]> + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or(&[]))
    }
}

/// Links stay far below 4 Gi for any file the loader accepts; saturate
/// rather than wrap if they did not.
fn at(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// How long a list is checked for repeats by looking through it, before a
/// hash set takes over.
const SHORT_LIST: usize = 32;

/// Builds an [`Adjacency`] record by record, straight into its two vectors.
struct AdjacencyBuilder {
    out: Adjacency,
    /// The targets of the current record, once its list is long.
    seen: HashSet<usize, RandomState>,
}

impl AdjacencyBuilder {
    fn with_capacity(records: usize) -> Self {
        AdjacencyBuilder {
            out: Adjacency {
                ends: Vec::with_capacity(records),
                targets: Vec::with_capacity(records),
            },
            seen: HashSet::default(),
        }
    }

    /// Appends the next record's list: `targets` in order, repeats skipped.
    fn push(&mut self, targets: impl IntoIterator<Item = usize>) {
        let start = self.out.targets.len();
        self.seen.clear();
        for t in targets {
            let list = &self.out.targets[start..];
            let repeat = if list.len() < SHORT_LIST {
                list.contains(&t)
            } else {
                if self.seen.is_empty() {
                    self.seen.extend(list.iter().copied());
                }
                !self.seen.insert(t)
            };
            if !repeat {
                self.out.targets.push(t);
            }
        }
        self.out.ends.push(at(self.out.targets.len()));
    }

    fn finish(mut self) -> Adjacency {
        self.out.targets.shrink_to_fit();
        self.out
    }
}

/// The back-links of `records` targets: for each, the sources that name it,
/// in the order `pairs` gives them. `pairs` yields `(target, source)` and is
/// walked twice, to count and to fill; targets out of range are skipped.
fn back_links<I>(records: usize, pairs: impl Fn() -> I) -> Adjacency
where
    I: Iterator<Item = (usize, usize)>,
{
    let mut ends = vec![0u32; records];
    for (t, _) in pairs() {
        if let Some(n) = ends.get_mut(t) {
            *n += 1;
        }
    }
    let mut total = 0u32;
    for end in &mut ends {
        total = total.saturating_add(*end);
        *end = total;
    }
    // Each target's next free place, from its start.
    let mut next: Vec<u32> = std::iter::once(0)
        .chain(ends.iter().copied())
        .take(records)
        .collect();
    let mut targets = vec![0usize; total as usize];
    for (t, source) in pairs() {
        if let Some(place) = next.get_mut(t) {
            if let Some(slot) = targets.get_mut(*place as usize) {
                *slot = source;
            }
            *place += 1;
        }
    }
    Adjacency { ends, targets }
}

impl std::ops::Index<usize> for Adjacency {
    type Output = [usize];

    /// The list of record `i`; panics out of range, as a slice does.
    fn index(&self, i: usize) -> &[usize] {
        match self.get(i) {
            Some(list) => list,
            None => panic!("record {i} out of range of {} records", self.len()),
        }
    }
}

impl PartialEq<Vec<Vec<usize>>> for Adjacency {
    fn eq(&self, other: &Vec<Vec<usize>>) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a == b.as_slice())
    }
}

/// Record indexes by id: every distinct id once, with the index of the
/// first record that has it, all ids in one string, found through a hash
/// table of positions in that string's list (four bytes an id, not a second
/// copy of the ids).
#[derive(Clone, Default)]
pub struct IdIndex {
    text: String,
    /// Where each id lies in `text`, and its record; in record order.
    entries: Vec<(u32, u32, usize)>,
    /// Positions in `entries`, by the hash of their id.
    table: HashTable<u32>,
    /// Seeded anew for every process, so no file can be written to make
    /// the ids collide.
    hasher: RandomState,
}

impl PartialEq for IdIndex {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text && self.entries == other.entries
    }
}

impl Eq for IdIndex {}

impl fmt::Debug for IdIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.entries.iter().map(|e| (self.id(e), e.2)))
            .finish()
    }
}

impl IdIndex {
    /// Maps each id of `ids` (in record order) to its first record.
    pub fn new<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> Self {
        let mut out = IdIndex {
            text: String::new(),
            entries: Vec::with_capacity(ids.len()),
            table: HashTable::with_capacity(ids.len()),
            hasher: RandomState::default(),
        };
        // Ids stay far below 4 GiB for any file the loader accepts; saturate
        // rather than wrap if they did not.
        let at = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        for (i, id) in ids.enumerate() {
            let hash = out.hasher.hash_one(id);
            let IdIndex {
                text,
                entries,
                table,
                hasher,
            } = &mut out;
            let same = |&e: &u32| entry_id(text, &entries[e as usize]) == id;
            if let Entry::Vacant(slot) = table.entry(hash, same, |&e| {
                hasher.hash_one(entry_id(text, &entries[e as usize]))
            }) {
                slot.insert(at(entries.len()));
                let start = at(text.len());
                text.push_str(id);
                entries.push((start, at(text.len()), i));
            }
        }
        out.text.shrink_to_fit();
        out
    }

    fn id(&self, e: &(u32, u32, usize)) -> &str {
        entry_id(&self.text, e)
    }

    /// The record with id `id`.
    pub fn get(&self, id: &str) -> Option<&usize> {
        let hash = self.hasher.hash_one(id);
        let &e = self.table.find(hash, |&e| {
            self.entries
                .get(e as usize)
                .is_some_and(|entry| self.id(entry) == id)
        })?;
        self.entries.get(e as usize).map(|e| &e.2)
    }

    /// How many distinct ids.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The id of `entry` in `text`.
fn entry_id<'t>(text: &'t str, entry: &(u32, u32, usize)) -> &'t str {
    text.get(entry.0 as usize..entry.1 as usize).unwrap_or("")
}

impl std::ops::Index<&str> for IdIndex {
    type Output = usize;

    /// The record with id `id`; panics if there is none, as a map does.
    fn index(&self, id: &str) -> &usize {
        match self.get(id) {
            Some(i) => i,
            None => panic!("no record has id {id:?}"),
        }
    }
}

/// Cross-links, as indexes into the campaign's vectors.
///
/// Refs to unknown ids are skipped (the loader refuses them anyway), and a
/// record naming the same id twice is linked once. When two records share an
/// id (also refused by the loader) the first one wins.
///
/// Orders: lists of events follow [`super::Derived::event_order`] (by date,
/// then title), lists of statements follow [`super::Derived::statement_order`]
/// (newest first), lists of prisoners and of petitions are in file order, and
/// the forward lists of a record (`prisoner_organisations`, `event_prisoners`,
/// …) keep the order written in that record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Links {
    pub organisation_by_id: IdIndex,
    pub prisoner_by_id: IdIndex,
    pub event_by_id: IdIndex,
    /// Organisations each prisoner lists, as written.
    pub prisoner_organisations: Adjacency,
    /// Events naming the prisoner.
    pub prisoner_events: Adjacency,
    /// Statements naming the prisoner.
    pub prisoner_statements: Adjacency,
    /// Organisations each event lists, as written.
    pub event_organisations: Adjacency,
    /// Prisoners each event names, as written.
    pub event_prisoners: Adjacency,
    /// Statements made at the event.
    pub event_statements: Adjacency,
    pub statement_organisation: Vec<Option<usize>>,
    pub statement_event: Vec<Option<usize>>,
    /// Prisoners each statement names, as written.
    pub statement_prisoners: Adjacency,
    /// Prisoners listing the organisation.
    pub organisation_members: Adjacency,
    /// Events listing the organisation.
    pub organisation_events: Adjacency,
    /// Statements made on behalf of the organisation.
    pub organisation_statements: Adjacency,
    /// Petitions the organisation hosts.
    pub organisation_petitions: Adjacency,
    pub petition_host: Vec<Option<usize>>,
}

/// One list per record: its refs resolved through `map`, unknown ids and
/// repeats skipped, in the order written.
fn resolve_all<'a, R, I>(records: &'a [R], refs: impl Fn(&'a R) -> I, map: &IdIndex) -> Adjacency
where
    I: Iterator<Item = &'a str>,
{
    let mut b = AdjacencyBuilder::with_capacity(records.len());
    for r in records {
        b.push(refs(r).filter_map(|id| map.get(id).copied()));
    }
    b.finish()
}

/// The pairs `(target, source)` of the lists of `sources` in `order`.
fn pairs<'a>(
    lists: &'a Adjacency,
    order: impl Iterator<Item = usize> + 'a,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    order.flat_map(move |s| lists.get(s).unwrap_or(&[]).iter().map(move |&t| (t, s)))
}

/// The pairs `(target, source)` of the single links of `sources` in `order`.
fn single<'a>(
    links: &'a [Option<usize>],
    order: &'a [usize],
) -> impl Iterator<Item = (usize, usize)> + 'a {
    order
        .iter()
        .filter_map(|&s| Some((links.get(s).copied().flatten()?, s)))
}

impl Links {
    /// Builds the links of `campaign`; `event_order` and `statement_order` are
    /// the orders the back-link lists follow.
    pub fn new(campaign: &Campaign, event_order: &[usize], statement_order: &[usize]) -> Self {
        // The prisoners' ids and the refs to them are resolved on a second
        // thread while this one resolves the rest.
        let (prisoner_side, organisation_by_id, event_by_id, prisoner_organisations) =
            std::thread::scope(|scope| {
                let prisoner_side = scope.spawn(|| {
                    let prisoner_by_id = IdIndex::new(campaign.prisoners.iter().map(|p| p.id()));
                    let event_prisoners =
                        resolve_all(&campaign.events, |e| e.prisoners(), &prisoner_by_id);
                    let statement_prisoners =
                        resolve_all(&campaign.statements, |s| s.prisoners(), &prisoner_by_id);
                    (prisoner_by_id, event_prisoners, statement_prisoners)
                });
                let organisation_by_id =
                    IdIndex::new(campaign.organisations.iter().map(|o| o.id.as_str()));
                let event_by_id = IdIndex::new(campaign.events.iter().map(|e| e.id()));
                let prisoner_organisations = resolve_all(
                    &campaign.prisoners,
                    |p| p.organisations(),
                    &organisation_by_id,
                );
                // A panic on the other thread is carried on here.
                let prisoner_side = prisoner_side
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e));
                (
                    prisoner_side,
                    organisation_by_id,
                    event_by_id,
                    prisoner_organisations,
                )
            });
        let (prisoner_by_id, event_prisoners, statement_prisoners) = prisoner_side;
        let n_orgs = campaign.organisations.len();
        let n_prisoners = campaign.prisoners.len();
        let n_events = campaign.events.len();

        let organisation_members = back_links(n_orgs, || {
            pairs(&prisoner_organisations, 0..campaign.prisoners.len())
        });
        let event_organisations =
            resolve_all(&campaign.events, |e| e.organisations(), &organisation_by_id);
        let organisation_events = back_links(n_orgs, || {
            pairs(&event_organisations, event_order.iter().copied())
        });
        let prisoner_events = back_links(n_prisoners, || {
            pairs(&event_prisoners, event_order.iter().copied())
        });

        let statement_organisation: Vec<Option<usize>> = campaign
            .statements
            .iter()
            .map(|s| {
                s.organisation()
                    .and_then(|id| organisation_by_id.get(id).copied())
            })
            .collect();
        let statement_event: Vec<Option<usize>> = campaign
            .statements
            .iter()
            .map(|s| s.event().and_then(|id| event_by_id.get(id).copied()))
            .collect();
        let organisation_statements =
            back_links(n_orgs, || single(&statement_organisation, statement_order));
        let event_statements = back_links(n_events, || single(&statement_event, statement_order));
        let prisoner_statements = back_links(n_prisoners, || {
            pairs(&statement_prisoners, statement_order.iter().copied())
        });

        let petition_host: Vec<Option<usize>> = campaign
            .petitions
            .iter()
            .map(|p| {
                p.host
                    .as_deref()
                    .and_then(|id| organisation_by_id.get(id).copied())
            })
            .collect();
        let organisation_petitions = back_links(n_orgs, || {
            petition_host
                .iter()
                .enumerate()
                .filter_map(|(p, host)| Some(((*host)?, p)))
        });

        Links {
            organisation_by_id,
            prisoner_by_id,
            event_by_id,
            prisoner_organisations,
            prisoner_events,
            prisoner_statements,
            event_organisations,
            event_prisoners,
            event_statements,
            statement_organisation,
            statement_event,
            statement_prisoners,
            organisation_members,
            organisation_events,
            organisation_statements,
            organisation_petitions,
            petition_host,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, EventKind, Organisation, Petition, Prisoner, Statement, Status};
    use crate::query::Derived;
    use crate::query::tests::d;

    fn org(id: &str) -> Organisation {
        Organisation {
            id: id.into(),
            name: id.to_uppercase(),
            ..Organisation::default()
        }
    }

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn campaign() -> Campaign {
        let mut c = Campaign {
            organisations: vec![org("bkdp"), org("ituc"), org("viasna")],
            ..Campaign::default()
        };
        let mut p0 = Prisoner::new("yarashuk", "Y", Status::Imprisoned);
        // Unknown and repeated refs are dropped.
        p0.edit(|d| d.organisations = ids(&["bkdp", "nope", "bkdp", "ituc"]));
        let p1 = Prisoner::new("fiadynich", "F", Status::Released);
        let mut p2 = Prisoner::new("komar", "K", Status::Detained);
        p2.edit(|d| d.organisations = ids(&["bkdp"]));
        c.prisoners = vec![p0, p1, p2];

        let mut e0 = Event::new("late", "Late", d(2023, 6, 1), EventKind::Rally);
        e0.edit(|d| {
            d.organisations = ids(&["ituc"]);
            d.prisoners = ids(&["komar", "yarashuk", "ghost"]);
        });
        let mut e1 = Event::new("early", "Early", d(2023, 1, 1), EventKind::Picket);
        e1.edit(|d| {
            d.organisations = ids(&["ituc", "bkdp"]);
            d.prisoners = ids(&["yarashuk", "yarashuk"]);
        });
        c.events = vec![e0, e1];

        let mut s0 = Statement::new(d(2023, 1, 1), "A", "old");
        s0.edit(|d| {
            d.organisation = Some("ituc".into());
            d.event = Some("early".into());
            d.prisoners = ids(&["yarashuk"]);
        });
        let mut s1 = Statement::new(d(2023, 6, 1), "B", "new");
        s1.edit(|d| {
            d.organisation = Some("missing".into());
            d.event = Some("late".into());
            d.prisoners = ids(&["yarashuk", "komar"]);
        });
        let mut s2 = Statement::new(d(2023, 1, 1), "C", "also old");
        s2.edit(|d| {
            d.organisation = Some("ituc".into());
            d.event = Some("early".into());
        });
        c.statements = vec![s0, s1, s2];

        c.petitions = vec![
            Petition {
                title: "Free them".into(),
                host: Some("viasna".into()),
                ..Petition::default()
            },
            Petition {
                title: "Orphan".into(),
                host: Some("gone".into()),
                ..Petition::default()
            },
            Petition {
                title: "Also".into(),
                host: Some("viasna".into()),
                ..Petition::default()
            },
        ];
        c
    }

    #[test]
    fn resolves_forward_refs_and_skips_unknown() {
        let c = campaign();
        let l = Derived::new(&c, d(2023, 5, 15)).links;
        assert_eq!(l.prisoner_by_id["komar"], 2);
        assert_eq!(l.organisation_by_id["viasna"], 2);
        assert_eq!(l.event_by_id["early"], 1);
        assert_eq!(l.prisoner_organisations, vec![vec![0, 1], vec![], vec![0]]);
        assert_eq!(l.event_organisations, vec![vec![1], vec![1, 0]]);
        assert_eq!(l.event_prisoners, vec![vec![2, 0], vec![0]]);
        assert_eq!(l.statement_organisation, vec![Some(1), None, Some(1)]);
        assert_eq!(l.statement_event, vec![Some(1), Some(0), Some(1)]);
        assert_eq!(l.statement_prisoners, vec![vec![0], vec![0, 2], vec![]]);
        assert_eq!(l.petition_host, vec![Some(2), None, Some(2)]);
    }

    #[test]
    fn back_links_follow_the_orders() {
        let c = campaign();
        let l = Derived::new(&c, d(2023, 5, 15)).links;
        // Events by date: "early" (1) before "late" (0).
        assert_eq!(l.prisoner_events, vec![vec![1, 0], vec![], vec![0]]);
        assert_eq!(l.organisation_events, vec![vec![1], vec![1, 0], vec![]]);
        // Statements newest first, same day in file order.
        assert_eq!(l.prisoner_statements, vec![vec![1, 0], vec![], vec![1]]);
        assert_eq!(l.event_statements, vec![vec![1], vec![0, 2]]);
        assert_eq!(l.organisation_statements, vec![vec![], vec![0, 2], vec![]]);
        assert_eq!(l.organisation_members, vec![vec![0, 2], vec![0], vec![]]);
        assert_eq!(l.organisation_petitions, vec![vec![], vec![], vec![0, 2]]);
    }

    #[test]
    fn duplicate_ids_resolve_to_the_first_record() {
        let mut c = campaign();
        c.prisoners
            .push(Prisoner::new("komar", "K2", Status::Released));
        let l = Derived::new(&c, d(2023, 5, 15)).links;
        assert_eq!(l.prisoner_by_id["komar"], 2);
        assert_eq!(l.prisoner_events[3], Vec::<usize>::new());
        assert_eq!(l.prisoner_organisations.len(), 4);
    }

    #[test]
    fn empty_campaign_has_empty_links() {
        let l = Links::new(&Campaign::default(), &[], &[]);
        assert_eq!(l, Links::default());
    }

    /// A file of the size a human-rights centre keeps: the back-links are the
    /// exact transpose of the forward links, in the documented orders. (A
    /// quadratic build would make this test crawl.)
    #[test]
    fn back_links_transpose_forward_links_at_scale() {
        let n = 20_000;
        let mut c = Campaign {
            organisations: (0..n / 100 + 5).map(|i| org(&format!("o{i}"))).collect(),
            ..Campaign::default()
        };
        let n_orgs = c.organisations.len();
        let mut x: u64 = 1;
        let mut next = move |m: usize| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((x >> 33) % m as u64) as usize
        };
        for i in 0..n {
            let mut p = Prisoner::new(format!("p{i}"), "P", Status::Imprisoned);
            p.edit(|d| d.organisations = vec![format!("o{}", next(n_orgs))]);
            c.prisoners.push(p);
            let mut e = Event::new(
                format!("e{i}"),
                "E",
                d(2020, 1, 1) + chrono::Days::new(next(2000) as u64),
                EventKind::Rally,
            );
            e.edit(|d| {
                d.prisoners = (0..3).map(|_| format!("p{}", next(n))).collect();
                d.organisations = vec![format!("o{}", next(n_orgs))];
            });
            c.events.push(e);
            let mut s = Statement::new(
                d(2020, 1, 1) + chrono::Days::new(next(2000) as u64),
                "A",
                "t",
            );
            s.edit(|d| {
                d.prisoners = (0..2).map(|_| format!("p{}", next(n))).collect();
                d.event = Some(format!("e{}", next(n)));
                d.organisation = Some(format!("o{}", next(n_orgs)));
            });
            c.statements.push(s);
        }
        let dv = Derived::new(&c, d(2024, 1, 1));
        let l = &dv.links;
        let total = |v: &Adjacency| v.iter().map(<[usize]>::len).sum::<usize>();
        assert_eq!(total(&l.prisoner_events), total(&l.event_prisoners));
        assert_eq!(total(&l.prisoner_statements), total(&l.statement_prisoners));
        assert_eq!(total(&l.organisation_members), n);
        assert_eq!(total(&l.organisation_events), n);
        assert_eq!(total(&l.organisation_statements), n);
        assert_eq!(total(&l.event_statements), n);
        let rank_e: Vec<usize> = {
            let mut r = vec![0; n];
            for (k, &e) in dv.event_order.iter().enumerate() {
                r[e] = k;
            }
            r
        };
        let rank_s: Vec<usize> = {
            let mut r = vec![0; n];
            for (k, &s) in dv.statement_order.iter().enumerate() {
                r[s] = k;
            }
            r
        };
        for (p, events) in l.prisoner_events.iter().enumerate() {
            assert!(events.windows(2).all(|w| rank_e[w[0]] < rank_e[w[1]]));
            assert!(events.iter().all(|&e| l.event_prisoners[e].contains(&p)));
        }
        for (p, statements) in l.prisoner_statements.iter().enumerate() {
            assert!(statements.windows(2).all(|w| rank_s[w[0]] < rank_s[w[1]]));
            assert!(
                statements
                    .iter()
                    .all(|&s| l.statement_prisoners[s].contains(&p))
            );
        }
        assert!(
            dv.statement_order
                .windows(2)
                .all(|w| c.statements[w[0]].date >= c.statements[w[1]].date)
        );
    }

    #[test]
    fn long_lists_drop_repeats_in_the_order_written() {
        // Past SHORT_LIST a hash set looks for repeats: the result is the same.
        let mut b = AdjacencyBuilder::with_capacity(3);
        let long: Vec<usize> = (0..100).chain((0..100).rev()).chain([7, 150, 7]).collect();
        b.push(long);
        b.push([]);
        b.push([3, 3, 1, 3]);
        let a = b.finish();
        let expected: Vec<usize> = (0..100).chain([150]).collect();
        assert_eq!(a[0], expected[..]);
        assert!(a[1].is_empty());
        assert_eq!(a[2], [3, 1]);
    }

    #[test]
    fn back_links_skip_targets_out_of_range() {
        let a = back_links(2, || [(1, 10), (5, 11), (0, 12), (1, 13)].into_iter());
        assert_eq!(a, vec![vec![12], vec![10, 13]]);
    }

    #[test]
    fn id_index_finds_every_id_and_keeps_the_first_of_repeats() {
        let ids: Vec<String> = (0..5000).map(|i| format!("id-{i}")).collect();
        let with_repeats = ids.iter().map(String::as_str).chain(["id-7", "", ""]);
        let index = IdIndex::new(with_repeats.collect::<Vec<_>>().into_iter());
        assert_eq!(index.len(), 5001);
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(index.get(id), Some(&i), "{id}");
        }
        assert_eq!(index.get(""), Some(&5001));
        assert_eq!(index.get("id-5000"), None);
        assert_eq!(index.get("ID-7"), None);
    }
}
