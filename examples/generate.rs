//! Writes a large, synthetic but valid campaign file (format 1) for testing
//! and benchmarking:
//!
//! ```text
//! cargo run --release --example generate -- OUT.toml --prisoners N --events N --statements N
//!     [--petitions N] [--seed N] [--hostile] [--story]
//! ```
//!
//! Every person, organisation, event and statement in the output is made up
//! by combining common names and places: none of it describes real people.
//! The output is deterministic (same arguments, same bytes) and valid against
//! the whole format contract: ids unique, refs resolve, detained <= sentenced
//! <= released, `release_due` and `sentence_months` never both, no date after
//! `as_of` where the contract forbids it, petition tallies non-decreasing.
//! `--hostile` adds terminal escape sequences and other control characters to
//! some texts, to exercise the sanitising of what the file says. `--story`
//! adds the prisoner's story and letters (places of custody on every
//! prisoner, earlier arrests and risk on some, two letters a prisoner), as
//! the `load/story_20k` benchmark loads.
#[path = "generator/mod.rs"]
mod generator;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use std::time::Instant;

use generator::{Spec, write_campaign};

struct Args {
    out: String,
    spec: Spec,
}

const USAGE: &str = "usage: generate OUT.toml --prisoners N --events N --statements N [--petitions N] [--seed N] [--hostile] [--story]";

fn parse_args() -> Result<Args, String> {
    let mut out = None;
    let mut args = Args {
        out: String::new(),
        spec: Spec::default(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut number = |name: &str| -> Result<u64, String> {
            it.next()
                .ok_or(format!("{name} needs a number"))?
                .parse::<u64>()
                .map_err(|e| format!("{name}: {e}"))
        };
        match arg.as_str() {
            "--prisoners" => args.spec.prisoners = number("--prisoners")? as usize,
            "--events" => args.spec.events = number("--events")? as usize,
            "--statements" => args.spec.statements = number("--statements")? as usize,
            "--petitions" => args.spec.petitions = Some(number("--petitions")? as usize),
            "--seed" => args.spec.seed = number("--seed")?,
            "--hostile" => args.spec.hostile = true,
            "--story" => args.spec.story = true,
            "-h" | "--help" => return Err(USAGE.into()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
            s if out.is_none() => out = Some(s.to_owned()),
            s => return Err(format!("unexpected argument {s}\n{USAGE}")),
        }
    }
    args.out = out.ok_or(USAGE)?;
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let result = File::create(&args.out).and_then(|f| {
        let mut w = BufWriter::new(f);
        write_campaign(&args.spec, &mut w)?;
        w.flush()
    });
    match result {
        Ok(()) => {
            let size = std::fs::metadata(&args.out).map(|m| m.len()).unwrap_or(0);
            eprintln!(
                "wrote {} ({size} bytes) in {:.2?}",
                args.out,
                started.elapsed()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: {e}", args.out);
            ExitCode::FAILURE
        }
    }
}
