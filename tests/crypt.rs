//! `encrypt` and `decrypt` as organisers use them, and against the `age`
//! program (apt's `age`, which `.ci/run` installs): files of one open with
//! the other, both ways.

mod common;

use std::path::Path;
use std::process::Command;

const BUNDLED: &str = include_str!("../campaign.toml");

/// `age` or `age-keygen` with `args` in `dir`; its standard output.
fn age(dir: &Path, program: &str, args: &[&str]) -> Vec<u8> {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("{program} runs (apt install age): {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// A folder with the bundled campaign and an identity made by age-keygen;
/// the identity's public key.
fn folder() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("campaign.toml"), BUNDLED).unwrap();
    age(d, "age-keygen", &["-o", "key.txt"]);
    let public = String::from_utf8(age(d, "age-keygen", &["-y", "key.txt"])).unwrap();
    (dir, public.trim().to_owned())
}

/// The dashboard on `c.age` in `d` (opened with key.txt), the script
/// `editor` its editor, on the Prisoners tab.
fn dashboard_with_editor(d: &Path, editor: &Path) -> common::Session {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    // The runtime folder the copy goes to, the test's own to list.
    let run = d.join("run");
    std::fs::create_dir_all(&run).unwrap();
    let mut s = common::Session::start_in(
        d,
        &["--today", "2023-05-06", "-i", "key.txt", "c.age"],
        &[
            ("EDITOR", editor),
            ("VISUAL", editor),
            ("XDG_RUNTIME_DIR", run.as_path()),
        ],
    );
    s.wait_for("Trade union activity is not extremism");
    s.keys(b"2");
    s.wait_for("Prisoners 1/6");
    s
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_file_encrypted_here_opens_with_age_and_one_from_age_opens_here() {
    let (dir, public) = folder();
    let d = dir.path();
    let out = common::run_in(d, &["encrypt", "campaign.toml", "-r", &public]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("campaign.toml.age written, encrypted to 1 public key"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("still there in plaintext"));
    let sealed = std::fs::read(d.join("campaign.toml.age")).unwrap();
    assert!(!String::from_utf8_lossy(&sealed).contains("Yarashuk"));
    let opened = age(d, "age", &["-d", "-i", "key.txt", "campaign.toml.age"]);
    assert_eq!(opened, BUNDLED.as_bytes());

    // The other way, armoured too.
    age(
        d,
        "age",
        &["-r", &public, "-o", "by-age.age", "campaign.toml"],
    );
    age(
        d,
        "age",
        &["-a", "-r", &public, "-o", "armoured.age", "campaign.toml"],
    );
    for file in ["by-age.age", "armoured.age"] {
        let plain = common::ok_in(d, &["decrypt", file, "-i", "key.txt"]);
        assert_eq!(plain, BUNDLED, "{file}");
    }
    let out = common::run_in(
        d,
        &["decrypt", "by-age.age", "-i", "key.txt", "-o", "plain.toml"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(d.join("plain.toml")).unwrap(),
        BUNDLED
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.join("plain.toml"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o077,
            0,
            "the plaintext is its owner's only: {mode:o}"
        );
    }
    // A recipients file, as age -R reads it.
    std::fs::write(d.join("team.txt"), format!("# the team\n{public}\n")).unwrap();
    common::ok_in(
        d,
        &[
            "encrypt",
            "campaign.toml",
            "-R",
            "team.txt",
            "-o",
            "team.age",
        ],
    );
    assert_eq!(
        age(d, "age", &["-d", "-i", "key.txt", "team.age"]),
        BUNDLED.as_bytes()
    );
}

#[test]
fn a_passphrase_comes_from_a_command_and_a_wrong_one_is_one_sentence() {
    let (dir, _) = folder();
    let d = dir.path();
    let good = ["--passphrase-command", "printf 'correct horse\\n'"];
    let out = common::run_in(
        d,
        &[
            &["encrypt", "campaign.toml", "--passphrase", "-o", "p.age"][..],
            &good[..],
        ]
        .concat(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("encrypted with a passphrase"));
    let plain = common::ok_in(d, &[&["decrypt", "p.age"][..], &good[..]].concat());
    assert_eq!(plain, BUNDLED);

    let wrong = common::run_in(
        d,
        &[
            "decrypt",
            "p.age",
            "-o",
            "x.toml",
            "--passphrase-command",
            "echo battery",
        ],
    );
    assert_eq!(wrong.status.code(), Some(1));
    assert_eq!(
        stderr(&wrong),
        "error: cannot decrypt p.age: wrong passphrase\n"
    );
    assert!(!d.join("x.toml").exists(), "nothing written");

    // Asked on the terminal, without echo; twice to encrypt.
    let mut s = common::Session::start_at(d, &["decrypt", "p.age", "-o", "asked.toml"]);
    s.wait_for("Passphrase for p.age:");
    s.keys(b"correct horse\r");
    s.wait_for("asked.toml written");
    assert!(!s.text().contains("correct horse"), "{}", s.text());
    s.wait_exit();
    assert_eq!(
        std::fs::read_to_string(d.join("asked.toml")).unwrap(),
        BUNDLED
    );
    let mut s = common::Session::start_at(
        d,
        &["encrypt", "campaign.toml", "--passphrase", "-o", "q.age"],
    );
    s.wait_for("Passphrase for q.age:");
    s.keys(b"one\r");
    s.wait_for("The same again, to be sure:");
    s.keys(b"two\r");
    s.wait_for("the two passphrases differ: nothing written");
    s.wait_exit();
    assert!(!d.join("q.age").exists());

    // An identity for a passphrase file, and the reverse.
    let out = common::run_in(d, &["decrypt", "p.age", "-i", "key.txt"]);
    assert!(
        stderr(&out).contains("encrypted with a passphrase"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn damaged_files_wrong_keys_terminals_and_existing_files_are_refused() {
    let (dir, public) = folder();
    let d = dir.path();
    common::ok_in(d, &["encrypt", "campaign.toml", "-r", &public]);
    let sealed = std::fs::read(d.join("campaign.toml.age")).unwrap();
    std::fs::write(d.join("cut.age"), &sealed[..sealed.len() - 20]).unwrap();
    let mut flipped = sealed.clone();
    let at = flipped.len() - 40;
    flipped[at] ^= 0x20;
    std::fs::write(d.join("flipped.age"), &flipped).unwrap();
    for file in ["cut.age", "flipped.age"] {
        let out = common::run_in(d, &["decrypt", file, "-i", "key.txt", "-o", "out.toml"]);
        assert_eq!(out.status.code(), Some(1), "{file}");
        assert_eq!(
            stderr(&out),
            format!(
                "error: cannot decrypt {file}: it is damaged: cut short, or changed after it was encrypted\n"
            )
        );
        assert!(!d.join("out.toml").exists());
    }
    age(d, "age-keygen", &["-o", "other.txt"]);
    let out = common::run_in(d, &["decrypt", "campaign.toml.age", "-i", "other.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("encrypted to other keys"),
        "{}",
        stderr(&out)
    );

    // Never over a file without --force.
    let again = common::run_in(d, &["encrypt", "campaign.toml", "-r", &public]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("exists: nothing written (--force replaces it)"));
    assert_eq!(std::fs::read(d.join("campaign.toml.age")).unwrap(), sealed);
    common::ok_in(d, &["encrypt", "campaign.toml", "-r", &public, "--force"]);

    // No recipient, or a bad one.
    let none = common::run_in(d, &["encrypt", "campaign.toml", "-o", "n.age"]);
    assert!(
        stderr(&none).contains("encrypt to whom?"),
        "{}",
        stderr(&none)
    );
    let bad = common::run_in(
        d,
        &["encrypt", "campaign.toml", "-r", "age1nope", "-o", "n.age"],
    );
    assert!(
        stderr(&bad).contains("is not an age public key"),
        "{}",
        stderr(&bad)
    );

    // Without an identity, a command that reads it says what it needs.
    let check = common::run_in(d, &["check", "campaign.toml.age"]);
    assert_eq!(check.status.code(), Some(1));
    assert_eq!(
        stderr(&check),
        "error: cannot read campaign.toml.age: it is encrypted to keys, not with a passphrase: give an identity file (-i FILE)\n"
    );

    // The plaintext never goes to a terminal.
    let mut s = common::Session::start_at(d, &["decrypt", "campaign.toml.age", "-i", "key.txt"]);
    s.wait_for("refusing to write the plaintext to a terminal");
    assert!(!s.text().contains("Yarashuk"));
    s.wait_exit();
}

/// `check`, `print`, `diff` and `strip` read an encrypted file as they read
/// a plaintext one, given its identity or passphrase.
#[test]
fn the_commands_that_read_open_an_encrypted_file_in_memory() {
    let (dir, public) = folder();
    let d = dir.path();
    common::ok_in(d, &["encrypt", "campaign.toml", "-r", &public]);
    let pass = ["--passphrase-command", "echo 'in memory'"];
    common::ok_in(
        d,
        &[
            &["encrypt", "campaign.toml", "--passphrase", "-o", "p.age"][..],
            &pass[..],
        ]
        .concat(),
    );

    let plain_check = common::run_in(d, &["check", "campaign.toml"]);
    let sealed_check = common::run_in(d, &["check", "-i", "key.txt", "campaign.toml.age"]);
    assert_eq!(
        sealed_check.status.code(),
        Some(0),
        "{}",
        stderr(&sealed_check)
    );
    assert_eq!(
        String::from_utf8_lossy(&sealed_check.stdout).replace("campaign.toml.age", "campaign.toml"),
        String::from_utf8_lossy(&plain_check.stdout)
    );

    let plain = common::ok_in(d, &["print", "--view", "prisoners", "campaign.toml"]);
    let sealed = common::ok_in(
        d,
        &[&["print", "--view", "prisoners", "p.age"][..], &pass[..]].concat(),
    );
    assert_eq!(sealed, plain);
    let sealed = common::ok_in(
        d,
        &[
            "-i",
            "key.txt",
            "print",
            "--view",
            "prisoners",
            "campaign.toml.age",
        ],
    );
    assert_eq!(sealed, plain, "-i before the command too");

    // The settings' identity, where the command line names none.
    let key = d.join("key.txt").display().to_string();
    std::fs::write(d.join("settings.toml"), format!("identity = {key:?}\n")).unwrap();
    let by_settings = common::run_in(
        d,
        &["--config", "settings.toml", "check", "campaign.toml.age"],
    );
    assert_eq!(
        by_settings.status.code(),
        Some(0),
        "{}",
        stderr(&by_settings)
    );

    let diff = common::ok_in(
        d,
        &[
            "diff",
            "-i",
            "key.txt",
            "campaign.toml",
            "campaign.toml.age",
        ],
    );
    assert!(
        diff.contains("No changes") || diff.contains("no changes"),
        "{diff}"
    );

    let wrong = common::run_in(d, &["check", "p.age", "--passphrase-command", "echo nope"]);
    assert_eq!(wrong.status.code(), Some(1));
    assert_eq!(
        stderr(&wrong),
        "error: cannot read p.age: wrong passphrase\n"
    );
}

/// `log` and the dashboard write to an encrypted file: decrypted in
/// memory, the letter added, encrypted again to the keys of its
/// `.recipients` (or the same passphrase); no plaintext left on the disk.
/// Without a list that names your own key, nothing is written.
#[test]
fn a_letter_logged_to_an_encrypted_file_is_encrypted_again() {
    let (dir, public) = folder();
    let d = dir.path();
    common::ok_in(
        d,
        &["encrypt", "campaign.toml", "-r", &public, "-o", "c.age"],
    );
    std::fs::remove_file(d.join("campaign.toml")).unwrap();
    let listed = std::fs::read_to_string(d.join("c.age.recipients")).unwrap();
    assert!(listed.lines().any(|l| l == public), "{listed}");
    let files = || {
        let mut names: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let log = |extra: &[&str]| {
        common::run_in(
            d,
            &[
                &["log", "-f", "c.age", "-i", "key.txt"][..],
                extra,
                &["letter", "--prisoner", "yarashuk", "--date", "2023-05-06"][..],
            ]
            .concat(),
        )
    };
    let out = log(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let opened = String::from_utf8(age(d, "age", &["-d", "-i", "key.txt", "c.age"])).unwrap();
    assert_eq!(
        opened,
        format!(
            "{BUNDLED}\n[[letters]]\ndate = 2023-05-06\nprisoner = \"yarashuk\"\ndirection = \"sent\"\n"
        )
    );
    assert_eq!(
        files(),
        ["c.age", "c.age.recipients", "key.txt"],
        "no plaintext left"
    );

    // A key added to the list, then taken out: the next write follows it.
    age(d, "age-keygen", &["-o", "other.txt"]);
    let other = String::from_utf8(age(d, "age-keygen", &["-y", "other.txt"])).unwrap();
    std::fs::write(d.join("c.age.recipients"), format!("{public}\n{other}")).unwrap();
    assert_eq!(log(&[]).status.code(), Some(0));
    age(
        d,
        "age",
        &["-d", "-i", "other.txt", "-o", "/dev/null", "c.age"],
    );
    std::fs::write(d.join("c.age.recipients"), format!("{public}\n")).unwrap();
    assert_eq!(log(&[]).status.code(), Some(0));
    let refused = Command::new("age")
        .args(["-d", "-i", "other.txt", "-o", "/dev/null", "c.age"])
        .current_dir(d)
        .output()
        .unwrap();
    assert!(
        !refused.status.success(),
        "the key taken out no longer opens it"
    );

    // A list without your own key, or none: refused, the file as it was.
    let before = std::fs::read(d.join("c.age")).unwrap();
    std::fs::write(d.join("c.age.recipients"), &other).unwrap();
    let out = log(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("does not list your own public key"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_file(d.join("c.age.recipients")).unwrap();
    let out = log(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("whom it is encrypted to is not known"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(d.join("c.age")).unwrap(), before);

    // A passphrase file keeps its passphrase.
    std::fs::write(d.join("campaign.toml"), BUNDLED).unwrap();
    let pass = ["--passphrase-command", "echo 'our words'"];
    common::ok_in(
        d,
        &[
            &["encrypt", "campaign.toml", "--passphrase", "-o", "p.age"][..],
            &pass[..],
        ]
        .concat(),
    );
    let out = common::run_in(
        d,
        &[
            &["log", "-f", "p.age"][..],
            &pass[..],
            &["letter", "--prisoner", "areshka", "--date", "2023-05-06"][..],
        ]
        .concat(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let plain = common::ok_in(d, &[&["decrypt", "p.age"][..], &pass[..]].concat());
    assert!(
        plain.ends_with("prisoner = \"areshka\"\ndirection = \"sent\"\n"),
        "{plain}"
    );
}

/// The dashboard opens an encrypted file with its identity, follows it
/// when it is saved again (encrypted, by age), writes a letter to it
/// encrypted, and does not hand the ciphertext to an editor.
#[test]
fn the_dashboard_reads_follows_and_writes_an_encrypted_file() {
    let (dir, public) = folder();
    let d = dir.path();
    common::ok_in(
        d,
        &["encrypt", "campaign.toml", "-r", &public, "-o", "c.age"],
    );
    // An editor that says which file it was given, and edits it.
    let editor = d.join("editor.sh");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\nfor f; do :; done\nprintf '%s\\n' \"$f\" > {dir}/editor-saw\nstat -c %a \"$f\" > {dir}/editor-mode\nsed -i 's/role = \"Vice-president/role = \"Edited vice-president/' \"$f\"\n",
            dir = d.display()
        ),
    )
    .unwrap();
    let mut s = dashboard_with_editor(d, &editor);
    // Saved again by someone else, with age.
    let renamed = BUNDLED.replacen(
        "name = \"Aliaksandr Yarashuk\"",
        "name = \"Aliaksandr Yarashuk (ed.)\"",
        1,
    );
    std::fs::write(d.join("new.toml"), &renamed).unwrap();
    age(d, "age", &["-r", &public, "-o", "c.age.tmp", "new.toml"]);
    std::fs::remove_file(d.join("new.toml")).unwrap();
    std::fs::rename(d.join("c.age.tmp"), d.join("c.age")).unwrap();
    s.wait_for("reloaded: 1 changed");
    s.wait_for("Aliaksandr Yarashuk (ed.)");
    s.keys(b"w");
    s.wait_for("Log a letter: Aliaksandr Yarashuk");
    s.keys(b"\r");
    s.wait_for("wrote a letter sent to Aliaksandr Yarashuk");
    let opened = String::from_utf8(age(d, "age", &["-d", "-i", "key.txt", "c.age"])).unwrap();
    assert!(opened.starts_with(&renamed), "{opened}");
    assert!(
        opened.ends_with("prisoner = \"yarashuk\"\ndirection = \"sent\"\n"),
        "{opened}"
    );
    // Undone: encrypted again, without the letter.
    s.keys(b"u");
    s.wait_for("undone: the file is as it was before a letter");
    let opened = String::from_utf8(age(d, "age", &["-d", "-i", "key.txt", "c.age"])).unwrap();
    assert_eq!(opened, renamed);
    // e: the editor gets a private plaintext copy, encrypted back.
    s.keys(b"e");
    s.wait_for("the edit was encrypted back into the file");
    let opened = String::from_utf8(age(d, "age", &["-d", "-i", "key.txt", "c.age"])).unwrap();
    assert_eq!(
        opened,
        renamed.replacen(
            "role = \"Vice-president",
            "role = \"Edited vice-president",
            1
        )
    );
    // Followed as any save: Antusevich's detail says it.
    s.keys(b"j");
    s.wait_for("Edited vice-");
    let seen = std::fs::read_to_string(d.join("editor-saw")).unwrap();
    let copy = Path::new(seen.trim());
    assert!(
        copy.starts_with(d.join("run")),
        "the copy is in the runtime folder, not beside the file: {seen}"
    );
    assert!(!copy.exists(), "the copy is removed: {seen}");
    // Nothing at all is left under it.
    let left: Vec<_> = std::fs::read_dir(d.join("run")).unwrap().collect();
    assert!(left.is_empty(), "left in the runtime folder: {left:?}");
    assert!(
        seen.trim().ends_with("/c"),
        "named as the file without .age: {seen}"
    );
    let mode = std::fs::read_to_string(d.join("editor-mode")).unwrap();
    assert_eq!(mode.trim(), "600", "the copy is its owner's only");
    // Each version shown was kept in the local history, encrypted to the
    // same key; the latest restores to the file as it is now.
    s.keys(b"q");
    assert!(s.wait_exit().success());
    let listed = common::ok_in(d, &["history", "c.age"]);
    assert!(
        listed.matches("encrypted (not compared)").count() >= 3,
        "{listed}"
    );
    common::ok_in(d, &["restore", "c.age", "--at", "1", "-o", "restored.age"]);
    let restored =
        String::from_utf8(age(d, "age", &["-d", "-i", "key.txt", "restored.age"])).unwrap();
    let now = String::from_utf8(age(d, "age", &["-d", "-i", "key.txt", "c.age"])).unwrap();
    assert_eq!(restored, now);
    let history = common::test_state().join("campaign-dash").join("history");
    let ours = std::fs::read_dir(&history)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            std::fs::read_to_string(p.join("path")).is_ok_and(|t| {
                t.trim_end().ends_with(&format!(
                    "{}/c.age",
                    d.file_name().unwrap().to_str().unwrap()
                ))
            })
        })
        .expect("the history of c.age");
    for entry in std::fs::read_dir(&ours).unwrap().map(|e| e.unwrap().path()) {
        let bytes = std::fs::read(&entry).unwrap();
        if entry.file_name().unwrap() == "path" {
            continue;
        }
        assert!(
            entry.to_string_lossy().ends_with(".age"),
            "{}",
            entry.display()
        );
        assert!(
            bytes.starts_with(b"age-encryption.org/v1"),
            "{}",
            entry.display()
        );
    }
}

/// An edit of an encrypted file that does not load is not encrypted back:
/// the terminal asks to edit again, and "n" keeps the file as it was.
#[test]
fn an_edit_with_errors_is_not_encrypted_back() {
    let (dir, public) = folder();
    let d = dir.path();
    common::ok_in(
        d,
        &["encrypt", "campaign.toml", "-r", &public, "-o", "c.age"],
    );
    let before = std::fs::read(d.join("c.age")).unwrap();
    let editor = d.join("breaks.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nfor f; do :; done\nsed -i '0,/status = \"imprisoned\"/s//status = \"jailed\"/' \"$f\"\n",
    )
    .unwrap();
    let mut s = dashboard_with_editor(d, &editor);
    s.keys(b"e");
    s.wait_for("Edit it again? [Y/n]");
    s.keys(b"n\r");
    s.wait_for("the edit had errors and was not kept: the file is as it was");
    assert_eq!(std::fs::read(d.join("c.age")).unwrap(), before);
}

/// `import -o NEW.age` writes the new campaign encrypted, never in
/// plaintext, with the list of its keys beside it.
#[test]
fn import_writes_a_new_file_encrypted_when_it_is_named_age() {
    let (dir, public) = folder();
    let d = dir.path();
    let list = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/viasna.csv");
    let list = list.display().to_string();
    let out = common::run_in(d, &["import", &list, "-o", "new.toml.age", "-r", &public]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let sealed = std::fs::read(d.join("new.toml.age")).unwrap();
    assert!(sealed.starts_with(b"age-encryption.org/v1\n"));
    let plain = String::from_utf8(age(d, "age", &["-d", "-i", "key.txt", "new.toml.age"])).unwrap();
    assert!(plain.contains("[[prisoners]]"), "{plain}");
    assert!(d.join("new.toml.age.recipients").exists());
    // The plaintext import, for comparison: the same text.
    let text = common::ok_in(d, &["import", &list]);
    assert_eq!(plain, text);
    // Keys for a plaintext file are a mistake.
    let out = common::run_in(d, &["import", &list, "-o", "x.toml", "-r", &public]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("name it with -o FILE.age"),
        "{}",
        stderr(&out)
    );
    assert!(!d.join("x.toml").exists());
}

/// `diff --git REV FILE.age` opens both versions in memory, the one git
/// holds and the one on disk.
#[test]
fn diff_against_a_git_revision_of_an_encrypted_file() {
    let (dir, public) = folder();
    let d = dir.path();
    common::ok_in(
        d,
        &["encrypt", "campaign.toml", "-r", &public, "-o", "c.age"],
    );
    common::git(d, &["init", "-q"], &[]);
    common::git(d, &["add", "c.age"], &[]);
    common::git(d, &["commit", "-q", "-m", "campaign"], &[]);
    let out = common::run_in(
        d,
        &[
            "log",
            "-f",
            "c.age",
            "-i",
            "key.txt",
            "letter",
            "--prisoner",
            "yarashuk",
            "--date",
            "2023-05-06",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let diff = common::ok_in(d, &["diff", "-i", "key.txt", "--git", "HEAD", "c.age"]);
    assert!(
        diff.contains("1 letter added to Aliaksandr Yarashuk"),
        "{diff}"
    );
}

/// A wrong passphrase for `log` or the overview printed without a terminal
/// is one sentence, and
/// nothing is written.
#[test]
fn a_wrong_passphrase_opens_neither_log_nor_the_overview() {
    let (dir, _) = folder();
    let d = dir.path();
    let pass = ["--passphrase-command", "echo right"];
    common::ok_in(
        d,
        &[
            &["encrypt", "campaign.toml", "--passphrase", "-o", "p.age"][..],
            &pass[..],
        ]
        .concat(),
    );
    let before = std::fs::read(d.join("p.age")).unwrap();
    let wrong = ["--passphrase-command", "echo wrong"];
    let out = common::run_in(
        d,
        &[
            &["log", "-f", "p.age"][..],
            &wrong[..],
            &["letter", "--prisoner", "yarashuk"][..],
        ]
        .concat(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "error: cannot read p.age: wrong passphrase\n");
    let out = common::run_in(d, &[&wrong[..], &["p.age"][..]].concat());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("cannot read p.age: wrong passphrase"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(d.join("p.age")).unwrap(), before);
}

/// A save of the encrypted file between the dashboard's question and the
/// yes is never written over: refused, theirs kept byte for byte, then
/// offered again on their version.
#[test]
fn a_save_between_the_question_and_the_yes_is_never_lost_when_encrypted() {
    let (dir, public) = folder();
    let d = dir.path();
    common::ok_in(
        d,
        &["encrypt", "campaign.toml", "-r", &public, "-o", "c.age"],
    );
    let editor = d.join("none.sh");
    std::fs::write(&editor, "#!/bin/sh\n").unwrap();
    let mut s = dashboard_with_editor(d, &editor);
    s.keys(b"c");
    s.wait_for("Write Aliaksandr Yarashuk checked on 2023-05-06 to the file?");
    let theirs = BUNDLED.replacen(
        "[campaign]",
        "# A note saved by someone else.\n[campaign]",
        1,
    );
    std::fs::write(d.join("theirs.toml"), &theirs).unwrap();
    age(d, "age", &["-r", &public, "-o", "c.age", "theirs.toml"]);
    std::fs::remove_file(d.join("theirs.toml")).unwrap();
    let saved = std::fs::read(d.join("c.age")).unwrap();
    s.keys(b"y");
    s.wait_for("changed on disk meanwhile: nothing written");
    assert_eq!(std::fs::read(d.join("c.age")).unwrap(), saved);
    s.wait_for("Write Aliaksandr Yarashuk checked on 2023-05-06 to the file?");
    s.keys(b"y");
    s.wait_for("wrote Aliaksandr Yarashuk checked on 2023-05-06");
    let opened = String::from_utf8(age(d, "age", &["-d", "-i", "key.txt", "c.age"])).unwrap();
    assert!(
        opened.contains("# A note saved by someone else.\n[campaign]"),
        "{opened}"
    );
    // Every other line as theirs: only the checked line added.
    let (gone, added) = common::changed(&theirs, &opened);
    assert_eq!(
        (gone.len(), added),
        (0, vec!["checked = 2023-05-06\n".to_owned()])
    );
}

/// Writes to an encrypted file killed at random moments: the file always
/// opens and loads, holds every letter a finished run printed, and no
/// plaintext is left in the folder (a temporary file holds ciphertext).
#[cfg(unix)]
#[test]
fn a_kill_during_encrypted_writes_leaves_a_whole_file_and_no_plaintext() {
    let (dir, public) = folder();
    let d = dir.path();
    common::ok_in(
        d,
        &["encrypt", "campaign.toml", "-r", &public, "-o", "c.age"],
    );
    std::fs::remove_file(d.join("campaign.toml")).unwrap();
    let mut printed = 0;
    for round in 0..12u64 {
        let child = Command::new(env!("CARGO_BIN_EXE_campaign-dash"))
            .env(
                "XDG_STATE_HOME",
                concat!(env!("CARGO_TARGET_TMPDIR"), "/state"),
            )
            .args([
                "log",
                "-f",
                "c.age",
                "-i",
                "key.txt",
                "letter",
                "--prisoner",
                "yarashuk",
            ])
            .current_dir(d)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_micros(round * round * 600));
        unsafe { libc::kill(child.id() as i32, libc::SIGKILL) };
        let out = child.wait_with_output().unwrap();
        if String::from_utf8_lossy(&out.stdout).contains("sent to yarashuk") {
            printed += 1;
        }
        let opened = String::from_utf8(age(d, "age", &["-d", "-i", "key.txt", "c.age"])).unwrap();
        let check = common::run_in(d, &["check", "-i", "key.txt", "c.age"]);
        assert_eq!(
            check.status.code(),
            Some(0),
            "round {round}: {}",
            stderr(&check)
        );
        let letters = opened.matches("[[letters]]").count();
        assert!(letters >= printed, "round {round}: {letters} < {printed}");
        for entry in std::fs::read_dir(d).unwrap() {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                !String::from_utf8_lossy(&bytes).contains("[campaign]"),
                "round {round}: plaintext in {}",
                path.display()
            );
        }
    }
}

/// `check` of an encrypted file keeps its version in the history
/// encrypted again to the same key (opened once, never asked twice), and
/// `restore` brings it back, still encrypted.
#[test]
fn check_keeps_an_encrypted_files_version_encrypted() {
    let (dir, public) = folder();
    let d = dir.path();
    common::ok_in(
        d,
        &["encrypt", "campaign.toml", "-r", &public, "-o", "c.age"],
    );
    common::ok_in(d, &["check", "-i", "key.txt", "c.age"]);
    let listed = common::ok_in(d, &["history", "c.age"]);
    assert!(listed.contains("c.age: 1 version kept"), "{listed}");
    assert!(listed.contains("encrypted (not compared)"), "{listed}");
    common::ok_in(d, &["restore", "c.age", "--at", "1", "-o", "r.age"]);
    let restored = std::fs::read(d.join("r.age")).unwrap();
    assert!(restored.starts_with(b"age-encryption.org/v1"));
    let opened = String::from_utf8(age(d, "age", &["-d", "-i", "key.txt", "r.age"])).unwrap();
    assert_eq!(opened, BUNDLED);
}
