//! `campaign-dash check` and `init`, run as the real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary from the package root, with a fixed system of dates.
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
        .env(
            "XDG_STATE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
        )
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// One fixture: where its one problem is, what it says, and the help.
struct Case {
    file: &'static str,
    line: usize,
    col: usize,
    message: &'static str,
    help: Option<&'static str>,
}

const fn case(
    file: &'static str,
    line: usize,
    col: usize,
    message: &'static str,
    help: Option<&'static str>,
) -> Case {
    Case {
        file,
        line,
        col,
        message,
        help,
    }
}

const BAD: &[Case] = &[
    case(
        "facility_missing_name",
        5,
        1,
        "facilities[1]: missing required key `name`",
        Some("add `name = \"…\"` to this record"),
    ),
    case(
        "facility_transit_days",
        13,
        16,
        "facilities[1] \"Penal colony No. 2, Babruisk\": `transit_days` is too large (400)",
        Some("the largest value is 365"),
    ),
    case(
        "conflict_markers",
        7,
        1,
        "the file has merge conflict markers (lines 7-12): resolve them, or merge with campaign-dash merge",
        Some("keep one side of each conflict and delete the marker lines"),
    ),
    case(
        "syntax",
        3,
        11,
        "invalid TOML: string values must be quoted",
        Some("put text in double quotes"),
    ),
    case(
        "syntax_toml_date",
        3,
        11,
        "[campaign]: `started`: there is no such day as 2023-02-30 in the calendar",
        Some("February 2023 has 28 days"),
    ),
    case(
        "syntax_unclosed_header",
        4,
        12,
        "prisoners[1] \"yarashuk\": invalid TOML: unclosed array table, expected `]]`",
        Some("a header is written on one line"),
    ),
    case(
        "syntax_deep_dotted_key",
        52,
        1,
        "[campaign]: invalid TOML: values are nested more than 80 levels deep",
        Some("at most 80 levels deep"),
    ),
    case(
        "syntax_deep_header",
        52,
        1,
        "invalid TOML: values are nested more than 80 levels deep",
        Some("at most 80 levels deep"),
    ),
    case("only_form_feed", 1, 1, "invalid TOML: ", None),
    case(
        "format_not_integer",
        1,
        10,
        "`format` must be a whole number, found the text \"1\"",
        Some("`format = 1`"),
    ),
    case(
        "format_below_one",
        1,
        10,
        "`format` must be 1 or more, found 0",
        None,
    ),
    case(
        "format_newer",
        1,
        10,
        "this file needs a newer campaign-dash",
        None,
    ),
    case(
        "campaign_missing",
        1,
        1,
        "missing the `[campaign]` table",
        Some("[campaign]"),
    ),
    case(
        "campaign_array",
        1,
        1,
        "`campaign` must be a single table",
        Some("`[campaign]`"),
    ),
    case(
        "campaign_string",
        1,
        12,
        "`campaign` must be a table written `[campaign]`, found the text",
        None,
    ),
    case(
        "section_table",
        4,
        1,
        "found a single table `[prisoners]`",
        Some("`[[prisoners]]`"),
    ),
    case(
        "section_string",
        1,
        13,
        "`prisoners` must be a list of records",
        None,
    ),
    case(
        "record_not_table",
        1,
        11,
        "events[1] must be a record",
        None,
    ),
    case(
        "unknown_top_key",
        1,
        1,
        "top level: unknown key `colour`",
        Some("`campaign`"),
    ),
    case(
        "unknown_campaign_key",
        3,
        1,
        "[campaign]: unknown key `sumary`",
        Some("did you mean `summary`?"),
    ),
    case(
        "unknown_record_key",
        8,
        1,
        "prisoners[1] \"yarashuk\": unknown key `detaned`",
        Some("did you mean `detained`?"),
    ),
    case(
        "unknown_tally_key",
        6,
        49,
        "petitions[1] \"Free them\": counts[1]: unknown key `signatues`",
        Some("did you mean `signatures`?"),
    ),
    case(
        "crlf_bom_unknown_key",
        8,
        1,
        "unknown key `detaned`",
        Some("did you mean `detained`?"),
    ),
    case(
        "bom_first_line",
        1,
        10,
        "`format` must be a whole number",
        None,
    ),
    case(
        "wrong_type_text",
        6,
        8,
        "organisations[1] \"bkdp\": `name` must be text in quotes, found the integer 42",
        Some("`name = \"42\"`"),
    ),
    case(
        "wrong_type_list",
        8,
        11,
        "`aliases` must be a list of texts, found a single text",
        Some("`aliases = [\"Аляксандр Ярашук\"]`"),
    ),
    case(
        "wrong_type_list_item",
        8,
        24,
        "item 2 of `charges` must be text in quotes, found the integer 361",
        None,
    ),
    case(
        "wrong_type_ref",
        8,
        9,
        "statements[1] \"A\": `event` names one record of [[events]] by its id, found a list",
        None,
    ),
    case(
        "missing_required",
        4,
        1,
        "prisoners[1] \"yarashuk\": missing required key `status`",
        Some("detained, imprisoned"),
    ),
    case(
        "missing_required_tally",
        6,
        11,
        "counts[1]: missing required key `signatures`",
        None,
    ),
    case(
        "id_shape",
        5,
        6,
        "the id \"Aliaksandr Yarashuk\" may use only lowercase letters",
        Some("`aliaksandr-yarashuk`"),
    ),
    case(
        "id_too_long",
        5,
        6,
        "is 65 characters long; an id has at most 64",
        None,
    ),
    case(
        "id_duplicate",
        9,
        6,
        "organisations[2] \"bkdp\": duplicate id `bkdp`, already used by organisations[1] on line 5",
        None,
    ),
    case(
        "ref_unknown",
        12,
        18,
        "`organisations` refers to \"bkpd\", which is not the id of any [[organisations]] record",
        Some("did you mean `bkdp`?"),
    ),
    case(
        "ref_unknown_single",
        10,
        8,
        "`host` refers to \"labourstrat\"",
        Some("the ids of [[organisations]] are: `bkdp`"),
    ),
    case(
        "enum_status",
        7,
        10,
        "`status` must be one of detained, imprisoned, restricted, released, deceased; found \"jailed\"",
        None,
    ),
    case(
        "enum_event_kind",
        8,
        8,
        "`kind` must be one of picket, rally",
        Some("did you mean `picket`?"),
    ),
    case(
        "enum_statement_kind",
        8,
        8,
        "`kind` must be one of speech,",
        Some("did you mean `speech`?"),
    ),
    case(
        "date_shape",
        8,
        12,
        "`detained`: \"19.04.2022\" is not a date",
        Some("`2022-04-19`"),
    ),
    case(
        "date_no_such_day",
        8,
        12,
        "there is no such day as 2023-02-30",
        Some("February 2023 has 28 days"),
    ),
    case(
        "date_partial_not_allowed",
        8,
        13,
        "`sentenced` needs a full date (YYYY-MM-DD); \"2022-12\" gives only the month",
        None,
    ),
    case(
        "date_datetime",
        7,
        8,
        "events[1] \"picket\": `date` is a date, not a date-time",
        Some("write `2023-04-19`"),
    ),
    case(
        "date_datetime_offset",
        3,
        9,
        "`as_of` is a date, not a date-time",
        Some("write `2023-05-06`"),
    ),
    case(
        "date_time_only",
        7,
        8,
        "`date` is a date, found the time of day 12:00:00",
        None,
    ),
    case(
        "date_wrong_type",
        8,
        8,
        "`born` must be a date, found the integer 1950",
        Some("`born = \"1950\"`"),
    ),
    case(
        "int_negative_months",
        8,
        19,
        "`sentence_months` cannot be negative, found -1",
        None,
    ),
    case(
        "int_negative_attendance",
        9,
        14,
        "`attendance` cannot be negative, found -40",
        None,
    ),
    case(
        "int_goal_zero",
        6,
        8,
        "`goal` must be at least 1, found 0",
        None,
    ),
    case(
        "int_negative_signatures",
        6,
        45,
        "counts[1]: `signatures` cannot be negative, found -5",
        None,
    ),
    case(
        "int_too_large",
        8,
        19,
        "`sentence_months` is too large",
        Some("4294967295"),
    ),
    case(
        "int_not_a_number",
        8,
        19,
        "prisoners[1] \"yarashuk\": `sentence_months`: `0x` is not a number",
        Some("`sentence_months = 48`"),
    ),
    case(
        "int_wrong_type",
        9,
        14,
        "`attendance` must be a whole number (0 or more), found the text \"40\"",
        Some("`attendance = 40`"),
    ),
    case("int_float", 9, 14, "found the number 40.5", None),
    case(
        "counts_not_list",
        6,
        10,
        "`counts` must be a list of tallies",
        None,
    ),
    case(
        "rule_released_status",
        8,
        12,
        "`released` is given (2025-09-11) but `status` is \"imprisoned\"",
        Some("status = \"released\""),
    ),
    case(
        "rule_sentenced_before_detained",
        9,
        13,
        "`sentenced` (2021-12-26) is before `detained` (2022-04-19)",
        None,
    ),
    case(
        "rule_released_before_detained",
        9,
        12,
        "`released` (2022-03) is before `detained` (2022-04-19)",
        None,
    ),
    case(
        "rule_due_and_months",
        10,
        15,
        "`release_due` and `sentence_months` may not both be given",
        None,
    ),
    case(
        "rule_event_end_before_date",
        9,
        7,
        "`end` (2023-04-18) is before `date` (2023-04-19)",
        None,
    ),
    case(
        "rule_petition_closed_before_opened",
        7,
        10,
        "`closed` (2023-04-30) is before `opened` (2023-05-01)",
        None,
    ),
    // The prisoner's story and the letters.
    case(
        "story_custody_out_of_order",
        16,
        9,
        "prisoners[1] \"yarashuk\": custody[2]: `since` (2022-03) is before that of custody[1] (2022-04-19)",
        Some("oldest first"),
    ),
    case(
        "story_custody_before_detained",
        11,
        13,
        "prisoners[1] \"yarashuk\": custody[1]: `since` (2022-04-01) is before `detained` (2022-04-19)",
        Some("taken at the arrest"),
    ),
    case(
        "story_custody_after_released",
        17,
        9,
        "prisoners[1] \"yarashuk\": custody[2]: `since` (2022-07-02) is after `released` (2022-06)",
        Some("up to the release"),
    ),
    case(
        "story_facility_and_custody",
        10,
        12,
        "prisoners[1] \"yarashuk\": `facility` is given on the prisoner and in `custody`: facility comes from custody: move it there",
        Some("give it in the last `custody` entry"),
    ),
    case(
        "story_address_and_custody",
        10,
        11,
        "prisoners[1] \"yarashuk\": `address` is given on the prisoner and in `custody`: address comes from custody: move it there",
        Some("delete `address` here"),
    ),
    case(
        "story_custody_missing_facility",
        11,
        1,
        "prisoners[1] \"yarashuk\": custody[1]: missing required key `facility`",
        Some("add `facility = \"…\"`"),
    ),
    case(
        "story_custody_unknown_key",
        14,
        1,
        "prisoners[1] \"yarashuk\": custody[1]: unknown key `adress`",
        Some("did you mean `address`?"),
    ),
    case(
        "story_custody_not_list",
        10,
        11,
        "prisoners[1] \"yarashuk\": `custody` must be a list of tables",
        None,
    ),
    case(
        "story_earlier_overlap",
        17,
        12,
        "prisoners[1] \"yarashuk\": earlier[2]: this arrest (2020-08-20 to 2020-09-04) overlaps earlier[1] (2020-08-09 to 2020-08-24)",
        Some("each ends before the next begins"),
    ),
    case(
        "story_earlier_after_detained",
        11,
        39,
        "prisoners[1] \"yarashuk\": earlier[1]: `released` (2022-05-01) is after `detained` (2022-04-19), the current arrest",
        Some("ended before the current one"),
    ),
    case(
        "story_earlier_released_before_detained",
        12,
        12,
        "prisoners[1] \"yarashuk\": earlier[1]: `released` (2020-08-09) is before `detained` (2020-08-24)",
        Some("check both dates"),
    ),
    case(
        "story_earlier_kind",
        13,
        8,
        "earlier[1]: `kind` must be one of administrative, criminal; found \"admin\"",
        Some("did you mean `administrative`?"),
    ),
    case(
        "story_risk_unknown",
        9,
        19,
        "prisoners[1] \"yarashuk\": each item of `risk` must be one of health, disability",
        Some("did you mean `health`?"),
    ),
    case(
        "story_checked_partial",
        9,
        11,
        "`checked` needs a full date",
        None,
    ),
    case(
        "story_letter_unknown_prisoner",
        12,
        12,
        "letters[1] \"yarashuk-a\": `prisoner` refers to \"yarashuk-a\", which is not the id of any [[prisoners]] record",
        Some("did you mean `yarashuk`?"),
    ),
    case(
        "story_letter_direction",
        13,
        13,
        "letters[1] \"yarashuk\": `direction` must be one of sent, received, returned; found \"recieved\"",
        Some("did you mean `received`?"),
    ),
    case(
        "story_letter_channel",
        14,
        11,
        "letters[1] \"yarashuk\": `channel` must be one of post, courier, parcel, online, other; found \"mail\"",
        None,
    ),
    case(
        "story_letter_count_zero",
        14,
        9,
        "letters[1] \"yarashuk\": `count` must be at least 1, found 0",
        None,
    ),
    case(
        "snoozed_missing_item",
        5,
        1,
        "snoozed[1]: missing required key `item`",
        Some("add `item = \"…\"` to this record"),
    ),
    case(
        "snoozed_missing_until",
        5,
        1,
        "snoozed[1] \"write-yarashuk\": missing required key `until`",
        None,
    ),
    case(
        "snoozed_until_partial",
        7,
        9,
        "snoozed[1] \"write-yarashuk\": `until` needs a full date (YYYY-MM-DD); \"2023-06\" gives only the month",
        Some("write the day too: it is required"),
    ),
    case(
        "snoozed_until_no_such_day",
        7,
        9,
        "snoozed[1] \"write-yarashuk\": `until`: there is no such day as 2023-06-31 in the calendar",
        Some("June 2023 has 30 days"),
    ),
    case(
        "snoozed_unknown_key",
        8,
        1,
        "snoozed[1] \"write-yarashuk\": unknown key `notes`",
        Some("did you mean `note`?"),
    ),
    case(
        "petition_delivered_partial",
        7,
        13,
        "petitions[1] \"Free them\": `delivered` needs a full date (YYYY-MM-DD); \"2023-04\" gives only the month",
        Some("if it is not known, leave `delivered` out"),
    ),
    case(
        "story_letter_missing_direction",
        10,
        1,
        "letters[1] \"yarashuk\": missing required key `direction`",
        Some("sent, received, returned"),
    ),
    case(
        "story_post_days",
        3,
        13,
        "[campaign]: `post_days` is too large (400)",
        Some("the largest value is 365"),
    ),
];

const WARN: &[Case] = &[
    case(
        "facility_unmatched",
        12,
        8,
        "facilities[1] \"Penal colony No. 3, Vitba\": `name` matches the facility of no prisoner",
        Some("case, accents and script do not matter"),
    ),
    case(
        "facility_twice",
        16,
        8,
        "facilities[2] \"PENAL COLONY NO 2 BABRUISK\": `name` names a facility given above already",
        Some("only the first one's guidance and transit_days count"),
    ),
    case(
        "language_code",
        9,
        20,
        "prisoners[1] \"yarashuk\": `languages`: \"Russian\" is not an ISO 639-1 code",
        Some("write two lowercase letters"),
    ),
    case(
        "kept_past_release",
        17,
        12,
        "prisoners[2] \"out\": released on 2021-05-01, more than 365 days ago, and the file still keeps an address, notes and who wrote 2 letters (`by`)",
        Some(
            "remove `address` and `notes` from the record (and its places of custody), and `by` from its 2 letters; `campaign-dash strip` writes a copy without them",
        ),
    ),
    case(
        "detained_after_today",
        9,
        12,
        "prisoners[1] \"yarashuk\": `detained` (2023-06-01) is after today (2023-05-06)",
        Some("from `as_of` in [campaign]"),
    ),
    case(
        "tally_goes_down",
        7,
        3,
        "the tally goes down from 1000 on 2023-05-01 to 900 on 2023-05-20",
        None,
    ),
    case(
        "tally_same_date",
        8,
        3,
        "two tallies for 2023-05-01 (900 and 950)",
        None,
    ),
    case("empty_name", 2, 8, "[campaign]: `name` is empty", None),
    case(
        "letter_after_today",
        11,
        8,
        "letters[1] \"yarashuk\": `date` (2023-06-01) is after today (2023-05-06)",
        Some("from `as_of` in [campaign]"),
    ),
    case(
        "letter_after_release",
        13,
        8,
        "letters[1] \"yarashuk\": a letter sent on 2023-01-10 to \"yarashuk\", who was released on 2022-12-01",
        Some("letters go to those still held"),
    ),
    case(
        "snoozed_stale",
        30,
        8,
        "snoozed[3] \"write-yarashuk-typo\": `item` matches no item of the agenda, and `until` (2023-05-06) has passed",
        Some("delete this [[snoozed]] entry"),
    ),
    case(
        "release_overdue",
        10,
        19,
        "prisoners[1] \"yarashuk\": release was due 2023-04-19 (detained + `sentence_months`), 17 days before today (2023-05-06), but `status` is \"imprisoned\"",
        Some("check for a new charge or update the record"),
    ),
];

/// Checks one fixture: exit code, the exact location, the message, the help,
/// and that it is the file's only problem.
fn check_case(dir: &str, c: &Case, severity: &str, code: i32) {
    let path = format!("tests/fixtures/{dir}/{}.toml", c.file);
    let out = run(&["check", &path]);
    let text = stdout(&out);
    assert_eq!(
        out.status.code(),
        Some(code),
        "{path}:\n{text}{}",
        stderr(&out)
    );
    let head = format!("{path}:{}:{}: {severity}: ", c.line, c.col);
    let first = text.lines().next().unwrap_or("");
    assert!(
        first.starts_with(&head),
        "{path}: expected `{head}`, got:\n{text}"
    );
    assert!(
        first.contains(c.message),
        "{path}: expected `{}` in:\n{text}",
        c.message
    );
    if let Some(help) = c.help {
        let help_text = text.find("= help:").map(|i| &text[i..]);
        assert!(
            help_text.is_some_and(|h| h.contains(help)),
            "{path}: expected help `{help}` in:\n{text}"
        );
    }
    // After the summary, `check` may add an info line (envelopes without
    // a postal_name): not a problem.
    let summary = text
        .lines()
        .rfind(|l| !l.contains(": info: "))
        .unwrap_or("");
    let expected = if severity == "error" {
        "1 error found"
    } else {
        "loads, with 1 warning"
    };
    assert!(
        summary.contains(expected),
        "{path}: not exactly one problem:\n{text}"
    );
}

#[test]
fn every_bad_fixture_reports_its_error_at_the_exact_place() {
    for c in BAD {
        check_case("bad", c, "error", 1);
    }
}

#[test]
fn every_warning_fixture_loads_with_its_warning() {
    for c in WARN {
        check_case("warn", c, "warning", 0);
    }
}

#[test]
fn every_fixture_is_in_a_table() {
    for (dir, cases) in [("bad", BAD), ("warn", WARN)] {
        for entry in std::fs::read_dir(root().join("tests/fixtures").join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            assert!(
                cases.iter().any(|c| c.file == stem),
                "{} has no expected location",
                path.display()
            );
        }
    }
}

#[test]
fn good_fixtures_load_without_problems() {
    let dir = root().join("tests/fixtures/good");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let out = run(&["check", path.to_str().unwrap()]);
        let text = stdout(&out);
        assert_eq!(out.status.code(), Some(0), "{text}");
        let lines: Vec<&str> = text.lines().filter(|l| !l.contains(": info: ")).collect();
        assert_eq!(lines.len(), 1, "only the summary: {text}");
        assert!(lines[0].ends_with(": no problems found"), "{text}");
        seen += 1;
    }
    assert!(seen >= 4);
}

#[test]
fn a_file_with_errors_in_every_section_reports_them_all() {
    let out = run(&["check", "tests/fixtures/multi/several.toml"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1));
    let heads: Vec<&str> = text
        .lines()
        .filter(|l| {
            l.starts_with("tests/fixtures/multi/several.toml:")
                && (l.contains(": error: ") || l.contains(": warning: "))
        })
        .collect();
    for expected in [
        ":3:1: error: [campaign]: unknown key `nmae`",
        ":5:1: error: organisations[1] \"BKDP\": missing required key `id`",
        ":12:10: error: prisoners[1] \"yarashuk\": `status` must be one of",
        ":13:18: error: prisoners[1] \"yarashuk\": `organisations` refers to \"bkdp\"",
        ":19:8: error: events[1] \"picket\": `date`: \"19.04.2023\" is not a date",
        ":20:14: error: events[1] \"picket\": `prisoners` refers to \"yarashuc\"",
        ":22:1: error: statements[1] \"Alexandre Fernandes\": missing required key `text`",
        ":30:3: warning: petitions[1] \"Free them\": the tally goes down",
    ] {
        assert!(
            heads.iter().any(|h| h.contains(expected)),
            "missing `{expected}` in:\n{text}"
        );
    }
    assert_eq!(heads.len(), 8, "{text}");
    // File order.
    let lines: Vec<usize> = heads
        .iter()
        .map(|h| h.split(':').nth(1).unwrap().parse().unwrap())
        .collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
    assert!(
        text.ends_with(
            "7 errors and 1 warning found; the file cannot be loaded until the errors are fixed\n"
        ),
        "{text}"
    );
}

/// Issue 11: syntax errors in three records (a key written twice, a day that
/// does not exist, text without quotes) and two value errors elsewhere are
/// all listed in one run, each at its place and naming its record; the
/// records whose chunk did not parse still count for the references.
#[test]
fn syntax_errors_in_records_do_not_hide_the_other_problems() {
    let file = "tests/fixtures/multi/syntax_in_records.toml";
    let out = run(&["check", file]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let heads: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with(file) && l.contains(": error: "))
        .collect();
    let expected = [
        ":7:1: error: organisations[1] \"bkdp\": invalid TOML: duplicate key",
        ":12:10: error: prisoners[1] \"yarashuk\": `status` must be one of",
        ":19:12: error: prisoners[2] \"fiadynich\": `detained`: there is no such day as 2022-02-30 in the calendar",
        ":31:10: error: statements[1]: invalid TOML: string values must be quoted",
        ":36:8: error: petitions[1] \"Free them\": `goal` must be at least 1, found 0",
    ];
    for (head, want) in heads.iter().zip(expected) {
        assert!(
            head.contains(want),
            "expected `{want}`, got `{head}` in:\n{text}"
        );
    }
    assert_eq!(heads.len(), expected.len(), "{text}");
    assert!(text.contains("= help: February 2022 has 28 days"), "{text}");
    assert!(
        text.ends_with("5 errors found; the file cannot be loaded until they are fixed\n"),
        "{text}"
    );
}

#[test]
fn the_snippet_underlines_the_offending_key() {
    let out = run(&["check", "tests/fixtures/bad/unknown_record_key.toml"]);
    assert_eq!(
        stdout(&out),
        "tests/fixtures/bad/unknown_record_key.toml:8:1: error: prisoners[1] \"yarashuk\": unknown key `detaned`\n  |\n8 | detaned = 2022-04-19\n  | ^^^^^^^\n  = help: did you mean `detained`?\n\nTo jump to a problem: editors open FILE:LINE:COL as listed (vim +LINE FILE, code -g FILE:LINE:COL);\nin the dashboard, ! lists the problems and e opens $VISUAL or $EDITOR at the top one.\n\ntests/fixtures/bad/unknown_record_key.toml: 1 error found; the file cannot be loaded until it is fixed\n"
    );
}

#[test]
fn today_flag_overrides_as_of() {
    let file = "tests/fixtures/warn/detained_after_today.toml";
    let out = run(&["check", file, "--today", "2023-07-01"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), format!("{file}: no problems found\n"));
    let out = run(&["--today", "2023-05-31", "check", file]);
    assert!(stdout(&out).contains("after today (2023-05-31)"));
    assert!(stdout(&out).contains("from the --today flag"));
}

#[test]
fn color_only_when_asked() {
    let file = "tests/fixtures/bad/unknown_record_key.toml";
    let plain = run(&["check", file]);
    assert!(!stdout(&plain).contains('\u{1b}'));
    let colored = run(&["--color", "always", "check", file]);
    assert!(stdout(&colored).contains("\u{1b}[1;31merror\u{1b}[0m"));
    // auto with NO_COLOR set (by `run`) and no terminal: plain.
    let auto = run(&["--color", "auto", "check", file]);
    assert!(!stdout(&auto).contains('\u{1b}'));
}

#[test]
fn hostile_text_is_escaped_in_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.toml");
    std::fs::write(
        &path,
        "[campaign]\nname = \"x\"\n\n[[prisoners]]\nid = \"a\\u001b]0;pwned\\u0007\"\nname = \"\u{1b}[2J\"\nstatus = \"x\"\n\"\u{202e}evil\" = 1\n",
    )
    .unwrap();
    let out = run(&["check", path.to_str().unwrap()]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\u{202e}'),
        "{text:?}"
    );
    assert!(text.contains("\\u{1b}"), "{text}");
}

// --- read errors -------------------------------------------------------------

#[test]
fn a_missing_file_is_one_sentence_and_exit_1() {
    let out = run(&["check", "tests/fixtures/does-not-exist.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "error: cannot read tests/fixtures/does-not-exist.toml: there is no such file (`campaign-dash init tests/fixtures/does-not-exist.toml` writes a starter file there)\n"
    );
}

#[test]
fn a_directory_is_refused() {
    let out = run(&["check", "tests/fixtures"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: cannot read tests/fixtures: it is a directory, not a campaign file\n"
    );
}

#[test]
fn bytes_that_are_not_utf8_are_located() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.toml");
    std::fs::write(&path, b"[campaign]\nname = \"Fiadyni\xe8\"\n").unwrap();
    let p = path.to_str().unwrap();
    // As every other problem: FILE:LINE:COL, for editors and CI; the
    // dashboard (here the overview, without a terminal) says it the same.
    for args in [vec!["check", p], vec![p]] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(
            stderr(&out),
            format!(
                "{p}:2:16: error: it is not UTF-8 text (byte 0xe8, byte offset 26); save it as UTF-8\n"
            )
        );
    }
}

#[test]
fn a_utf16_file_is_located_at_its_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("utf16.toml");
    let text: Vec<u8> = "\u{feff}[campaign]\nname = \"x\"\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(&path, text).unwrap();
    let p = path.to_str().unwrap();
    let out = run(&["check", p]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!("{p}:1:1: error: this file is UTF-16; save it as UTF-8\n")
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_says_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.toml");
    std::fs::write(&path, "[campaign]\nname = \"x\"\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        eprintln!("skipped: running as a user who can read anything (root)");
        return;
    }
    let out = run(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(": permission denied"),
        "{}",
        stderr(&out)
    );
}

// --- command-line mistakes -------------------------------------------------

#[test]
fn a_bad_today_is_a_command_line_mistake() {
    let out = run(&["check", "--today", "2023-13-01", "x.toml"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("there is no day `2023-13-01` in the calendar"),
        "{err}"
    );
    let out = run(&["--today", "May 5", "check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("`May 5` is not a date; write it as YYYY-MM-DD"));
}

#[test]
fn an_unknown_flag_exits_2() {
    let out = run(&["check", "--frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--frobnicate"));
    let out = run(&["--color", "sometimes", "check"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn without_a_subcommand_the_file_is_loaded() {
    // A file with errors: its problems on stderr, as `check` words them,
    // nothing on stdout.
    let out = run(&["tests/fixtures/bad/enum_status.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("found \"jailed\""),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).is_empty());
    // A good file without a terminal (as here): the overview is printed
    // instead of the dashboard, as BSD top does, so `campaign-dash | mail`
    // works.
    let out = run(&["tests/fixtures/good/minimal.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Figures\n-------\n"),
        "{}",
        stdout(&out)
    );
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn without_a_file_and_no_campaign_toml_init_is_suggested() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
        .env(
            "XDG_STATE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
        )
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("there is no campaign.toml in this folder"),
        "{err}"
    );
    assert!(err.contains("campaign-dash init"), "{err}");
}

// --- init ----------------------------------------------------------------------

#[test]
fn init_writes_a_starter_that_checks_clean_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join("campaign.toml");
    let p = path.to_str().unwrap();
    let out = run(&["init", p]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with(&format!("wrote {p}")));
    assert!(stdout(&out).contains(&format!("campaign-dash check {p}")));
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written, include_str!("../assets/starter.toml"));

    let out = run(&["check", p]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), format!("{p}: no problems found\n"));

    std::fs::write(&path, "my own work").unwrap();
    let out = run(&["init", p]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already exists; campaign-dash init never overwrites a file"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "my own work");
}

#[test]
fn init_defaults_to_campaign_toml_in_the_current_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
        .env(
            "XDG_STATE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
        )
        .arg("init")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(dir.path().join("campaign.toml").is_file());
    let out = Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
        .env(
            "XDG_STATE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
        )
        .arg("check")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "campaign.toml: no problems found\n");
}

#[test]
fn init_into_a_missing_folder_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nope/campaign.toml");
    let out = run(&["init", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("its folder does not exist"));
}

#[test]
fn init_of_a_folder_path_says_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    // A path that ends in `/` names a folder, here one that does not exist.
    let missing = format!("{}/newdir/", dir.path().display());
    let out = run(&["init", &missing]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(!err.contains("already exists"), "{err}");
    assert!(
        err.contains(&format!(
            "cannot write {missing}: there is no folder {missing}"
        )),
        "{err}"
    );
    assert!(err.contains("newdir/campaign.toml"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    // A file where the folder should be.
    let keep = dir.path().join("keep.toml");
    std::fs::write(&keep, "mine").unwrap();
    let inside = keep.join("x.toml");
    let out = run(&["init", inside.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "cannot write {}: {} is a file, not a folder",
            inside.display(),
            keep.display()
        )),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&keep).unwrap(), "mine");
}

/// A write that fails halfway (here the file size limit of `ulimit -f`)
/// leaves nothing behind: no truncated starter that would check clean and
/// make the next `init` refuse.
#[cfg(unix)]
#[test]
fn init_that_cannot_write_all_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("campaign.toml");
    // 4 blocks of 512 bytes (or of 1024): less than the starter's 8.8 kB.
    let out = Command::new("sh")
        .args(["-c", "ulimit -f 4 && exec \"$0\" init \"$1\""])
        .arg(env!("CARGO_BIN_EXE_campaign-dash"))
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!("error: cannot write {}: ", path.display())),
        "{err}"
    );
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    // And the next init, without the limit, writes the whole starter.
    let out = run(&["init", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        include_str!("../assets/starter.toml")
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn the_report_of_a_file_with_several_problems() {
    let out = run(&["check", "tests/fixtures/multi/several.toml"]);
    insta::assert_snapshot!(stdout(&out));
}

/// Presentation mode reports where each problem is and nothing it says: the
/// message and the line of the file would put the misspelt address on the
/// shared screen. Without it, all of it.
#[test]
fn presenting_reports_places_not_what_the_file_says() {
    let file = "tests/fixtures/present/address_typo.toml";
    let place = format!("{file}:10:1: error\n");
    let leaks = |text: &str| text.contains("TEST-STREET") || text.contains("adress");
    for args in [
        vec!["--present", "check", file],
        vec!["check", "--present", file],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let text = stdout(&out);
        assert!(text.starts_with(&place), "{args:?}: {text}");
        assert!(
            text.contains("presentation mode: only where each problem is"),
            "{text}"
        );
        assert!(text.contains("1 error found"), "{text}");
        assert!(!leaks(&text), "{args:?}: {text}");
    }
    // The dashboard (here without a terminal: the overview) and print refuse
    // the file the same way, on stderr.
    for args in [
        vec!["--present", file],
        vec!["print", "--present", "--view", "prisoners", file],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let text = stderr(&out);
        assert!(text.starts_with(&place), "{args:?}: {text}");
        assert!(!leaks(&text), "{args:?}: {text}");
        assert!(stdout(&out).is_empty(), "{args:?}");
    }
    let out = run(&["check", file]);
    assert!(leaks(&stdout(&out)), "{}", stdout(&out));
}

/// The warning of sensitive data kept past a release
/// (`kept_past_release` in [`WARN`]) is quieted by a longer `retain_days`
/// and by the settings' `retention_warnings = false`.
#[test]
fn retain_days_and_the_settings_quiet_the_warning_of_data_kept_past_a_release() {
    let fixture = root().join("tests/fixtures/warn/kept_past_release.toml");
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let text = std::fs::read_to_string(&fixture).unwrap();
    let longer = text.replace(
        "as_of = 2023-05-06",
        "as_of = 2023-05-06\nretain_days = 1000",
    );
    std::fs::write(d.join("c.toml"), longer).unwrap();
    let shorter = text.replace(
        "as_of = 2023-05-06",
        "as_of = 2023-05-06\nretain_days = 700",
    );
    std::fs::write(d.join("s.toml"), shorter).unwrap();
    std::fs::write(d.join("settings.toml"), "retention_warnings = false\n").unwrap();
    let path = |f: &str| d.join(f).display().to_string();
    let quiet = run(&["check", &path("c.toml")]);
    assert!(stdout(&quiet).contains("no problems"), "{}", stdout(&quiet));
    let warned = run(&["check", &path("s.toml")]);
    assert!(
        stdout(&warned).contains("more than 700 days ago"),
        "{}",
        stdout(&warned)
    );
    let off = run(&[
        "--config",
        &path("settings.toml"),
        "check",
        &fixture.display().to_string(),
    ]);
    assert_eq!(off.status.code(), Some(0));
    assert!(stdout(&off).contains("no problems"), "{}", stdout(&off));
}
