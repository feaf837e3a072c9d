//! Where the time of a write goes at 20k: read, hash, splice, load, write, fsync, rename.
#[path = "generator/mod.rs"]
mod generator;
use campaign_dash::load::{self, LoadOptions, edit, write::Version};
use std::io::Write;
use std::time::Instant;
fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.toml");
    std::fs::write(
        &path,
        generator::campaign_text(&generator::Spec::square(20_000)),
    )
    .unwrap();
    let opts = LoadOptions::default();
    for _ in 0..3 {
        let t = Instant::now();
        let text = load::read_file(&path).unwrap();
        let t1 = t.elapsed();
        let v = Version::of(&text);
        let t2 = t.elapsed();
        let l = campaign_dash::model::Letter {
            prisoner: "p00001".into(),
            date: chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            ..Default::default()
        };
        let s = edit::apply(&text, &[edit::Edit::AddLetter(l)]).unwrap();
        let t3 = t.elapsed();
        let loaded = load::parse_str(&s.text, &opts);
        let t4 = t.elapsed();
        let mut f = tempfile::NamedTempFile::new_in(dir.path()).unwrap();
        f.write_all(s.text.as_bytes()).unwrap();
        let t5 = t.elapsed();
        f.as_file().sync_all().unwrap();
        let t6 = t.elapsed();
        f.persist(&path).unwrap();
        let t7 = t.elapsed();
        drop(loaded);
        let t8 = t.elapsed();
        println!(
            "read {t1:?} hash {:?} splice {:?} load {:?} write {:?} fsync {:?} rename {:?} drop {:?} {v:?}",
            t2 - t1,
            t3 - t2,
            t4 - t3,
            t5 - t4,
            t6 - t5,
            t7 - t6,
            t8 - t7
        );
    }
}
