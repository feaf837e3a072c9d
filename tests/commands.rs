//! The commands around the dashboard, run as the real binary: shell
//! completions, the man page, `config --default`, the options each command
//! offers, and a misspelt command.

mod common;

use std::path::Path;
use std::process::Output;

use common::run_in;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    run_in(root(), args)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn completions_generate_for_every_shell_and_name_the_commands() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef campaign-dash"),
        ("fish", "complete -c campaign-dash"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = run(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains(marker), "{shell}: {text}");
        for command in ["check", "print", "init", "schema", "completions", "man"] {
            assert!(text.contains(command), "{shell} lacks {command}");
        }
    }
    let out = run(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn the_man_page_is_roff_and_describes_the_commands() {
    let out = run(&["man"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with(".ie") || text.contains(".TH campaign-dash"),
        "{text}"
    );
    assert!(text.contains(".TH campaign-dash 1"), "{text}");
    assert!(text.contains("solidarity campaigns"), "{text}");
    for command in ["check", "print", "init", "completions", "config"] {
        assert!(text.contains(command), "the man page lacks {command}");
    }
}

#[test]
fn commands_offer_only_the_options_that_apply_to_them() {
    let help = |args: &[&str]| stdout(&run(args));
    let init = help(&["init", "--help"]);
    for absent in ["--no-mouse", "--present", "--today", "--color"] {
        assert!(!init.contains(absent), "init offers {absent}:\n{init}");
    }
    let print = help(&["print", "--help"]);
    assert!(!print.contains("--no-mouse"), "{print}");
    assert!(!print.contains("--config"), "{print}");
    for present in ["--present", "--today", "--color"] {
        assert!(print.contains(present), "print lacks {present}:\n{print}");
    }
    let check = help(&["check", "--help"]);
    assert!(!check.contains("--no-mouse"), "{check}");
    assert!(check.contains("--present"), "{check}");
    let schema = help(&["schema", "--help"]);
    assert!(!schema.contains("--present"), "{schema}");
    let top = help(&["--help"]);
    for present in ["--no-mouse", "--present", "--today", "--color", "--config"] {
        assert!(
            top.contains(present),
            "the dashboard lacks {present}:\n{top}"
        );
    }
    // Said before the command, as before, they still apply to it.
    let out = run(&["--today", "2023-05-06", "check", "campaign.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // An option the command does not take is a mistake.
    let out = run(&["print", "--no-mouse", "campaign.toml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn a_misspelt_command_is_named_with_the_nearest_one() {
    for args in [
        &["chek", "campaign.toml"][..],
        &["chek"][..],
        &["pirnt", "--view", "prisoners"][..],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        let wanted = if args[0] == "chek" { "check" } else { "print" };
        assert!(
            err.contains(&format!(
                "no command `{}`; did you mean `{wanted}`?",
                args[0]
            )),
            "{args:?}: {err}"
        );
        assert!(!err.contains("init chek"), "{err}");
    }
    // A word far from every command, and no such file: said plainly.
    let out = run(&["zzzqqq"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot read zzzqqq"),
        "{}",
        stderr(&out)
    );
    // A real file named like a command opens (here: is printed, without a
    // terminal).
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("campaign.toml"), dir.path().join("chek")).unwrap();
    let out = run_in(dir.path(), &["--today", "2023-05-06", "chek"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Prisoners"), "{}", stdout(&out));
}

#[test]
fn check_says_how_to_jump_to_a_problem_and_keeps_file_line_col() {
    let file = "tests/fixtures/warn/detained_after_today.toml";
    let out = run(&["check", file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!("{file}:9:12: warning: ")),
        "{text}"
    );
    assert!(text.contains("e opens $VISUAL or $EDITOR"), "{text}");
    // A clean file is told nothing of it.
    let out = run(&["check", "campaign.toml"]);
    assert!(!stdout(&out).contains("To jump"), "{}", stdout(&out));
}

#[test]
fn config_default_writes_every_setting_and_config_checks_a_file() {
    let out = run(&["config", "--default"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    for setting in [
        "# present = false",
        "# name = \"dark\"",
        "# down = [\"j\", \"down\"]",
        "# edit = [\"e\"]",
        "# accept = [\"enter\"]",
        "# prisoners = [\"name\", \"status\"",
    ] {
        assert!(text.contains(setting), "{setting} in:\n{text}");
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    std::fs::write(&file, &text).unwrap();
    let out = run(&["config", "--config", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).ends_with("config.toml: no problems found\n"));

    std::fs::write(
        &file,
        "[keys]\nquit = [\"q\", \"ctrl-qq\"]\n[columns]\nevents = [\"titel\"]\n",
    )
    .unwrap();
    let out = run(&["config", "--config", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let report = stdout(&out);
    let name = file.display().to_string();
    assert!(
        report.contains(&format!(
            "{name}:2:14: error: `quit`: unknown key `ctrl-qq`"
        )),
        "{report}"
    );
    assert!(
        report.contains(&format!(
            "{name}:4:11: error: unknown column of events `titel`"
        )),
        "{report}"
    );
    assert!(report.contains("did you mean `title`?"), "{report}");
    // A file named that is not there is a mistake, said as for a campaign.
    let out = run(&["config", "--config", "/nonexistent/config.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("/nonexistent/config.toml"),
        "{}",
        stderr(&out)
    );
}

/// A settings file that cannot be read is said as a settings file, not as
/// a campaign file: a folder given to `--config`, a file not there (with
/// how to write one), by `config` and by the commands that read settings.
#[test]
fn a_settings_path_that_cannot_be_read_is_named_as_settings() {
    let dir = tempfile::tempdir().unwrap();
    let cfgdir = dir.path().join("cfgdir");
    std::fs::create_dir(&cfgdir).unwrap();
    let cfg = cfgdir.to_str().unwrap();
    let out = run(&["config", "--config", cfg]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!("error: cannot read {cfg}: it is a directory, not a settings file\n")
    );
    let missing = dir.path().join("none.toml");
    let missing = missing.to_str().unwrap();
    let out = run(&["config", "--config", missing]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "error: cannot read {missing}: there is no such file (`campaign-dash config --default > {missing}` writes one there)\n"
        )
    );
    // `check` with such settings still checks the campaign, and says why
    // the settings were not read as a settings file.
    let out = run(&["--config", cfg, "check", "campaign.toml"]);
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(!said.contains("not a campaign file"), "{said}");
}

#[test]
fn init_writes_an_empty_campaign_and_init_example_the_bundled_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_in(dir.path(), &["init"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("an empty campaign to fill in"),
        "{}",
        stdout(&out)
    );
    let starter = std::fs::read_to_string(dir.path().join("campaign.toml")).unwrap();
    assert!(
        !starter.lines().any(|l| l.starts_with("as_of")),
        "{starter}"
    );
    assert!(!starter.contains("Yarashuk"), "no real people's names");
    for section in [
        "[[organisations]]",
        "[[prisoners]]",
        "[[events]]",
        "[[statements]]",
        "[[petitions]]",
    ] {
        assert!(starter.contains(&format!("# {section}")), "{section}");
    }
    let out = run_in(dir.path(), &["check"]);
    assert_eq!(stdout(&out), "campaign.toml: no problems found\n");

    let out = run_in(dir.path(), &["init", "--example", "example.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("the example campaign"),
        "{}",
        stdout(&out)
    );
    let example = std::fs::read_to_string(dir.path().join("example.toml")).unwrap();
    assert_eq!(
        example,
        std::fs::read_to_string(root().join("campaign.toml")).unwrap()
    );
}

/// The main page has KEYS, FILES and ENVIRONMENT; `man --dir` writes it
/// and a page per command, so that every page it refers to exists.
#[test]
fn man_dir_writes_every_page_the_main_page_refers_to() {
    let text = stdout(&run(&["man"]));
    for section in [".SH KEYS", ".SH FILES", ".SH ENVIRONMENT"] {
        assert!(text.contains(section), "{section}:\n{text}");
    }
    for word in [
        "VISUAL",
        "EDITOR",
        "NO_COLOR",
        "XDG_CONFIG_HOME",
        "config.toml",
        "campaign.toml",
    ] {
        assert!(text.contains(word), "{word}");
    }
    // A key of the keymap and what it does.
    assert!(text.contains("log a letter"), "{text}");
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["man", "--dir", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let main = std::fs::read_to_string(dir.path().join("campaign-dash.1")).unwrap();
    assert_eq!(main, text, "the same main page");
    let refs: Vec<&str> = main
        .match_indices("campaign\\-dash\\-")
        .map(|(i, _)| {
            let rest = &main[i..];
            &rest[..rest.find("(1)").unwrap_or(0)]
        })
        .filter(|r| !r.is_empty())
        .collect();
    assert!(
        !refs.is_empty(),
        "the main page refers to the commands' pages"
    );
    for r in refs {
        let name = format!("{}.1", r.replace("\\-", "-"));
        assert!(
            dir.path().join(&name).exists(),
            "{name} is referred to and missing"
        );
    }
    for command in ["check", "print", "import", "log"] {
        let page =
            std::fs::read_to_string(dir.path().join(format!("campaign-dash-{command}.1"))).unwrap();
        assert!(page.contains(".TH campaign-dash-"), "{page}");
    }
    // Stdout says what was written.
    assert!(
        stdout(&out).contains("campaign-dash-check.1"),
        "{}",
        stdout(&out)
    );
}
