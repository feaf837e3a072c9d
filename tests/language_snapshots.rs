//! The dashboard in the languages with the longest words, Belarusian and
//! German, at 80x24, 120x40 and 200x60: whole-screen snapshots of every
//! tab with its first record's detail, the help and the agenda of every
//! kind of item, each drawn on a thread of its own that speaks the
//! language. Review them
//! as an organiser reading the screen would: nothing cut, nothing
//! misaligned.

mod screens;

use campaign_dash::app::Tab;
use campaign_dash::i18n::{self, Lang};
use screens::{app, draw};

fn overview(lang: Lang, width: u16, height: u16) -> String {
    tab(lang, Tab::Overview, width, height)
}

/// The bundled campaign's tab `tab` in `lang`, its first record chosen and
/// shown in the detail pane.
fn tab(lang: Lang, tab: Tab, width: u16, height: u16) -> String {
    i18n::set_for_thread(Some(lang));
    let mut a = app(width, height);
    a.update(campaign_dash::app::Action::GoTab(tab));
    let screen = draw(&a);
    i18n::set_for_thread(None);
    screen
}

/// A snapshot of each tab in Belarusian and German at the three sizes.
macro_rules! every_tab {
    ($($name:ident: $tab:ident),* $(,)?) => {
        mod every_tab {
            use super::*;
            $(
                #[test]
                fn $name() {
                    for (lang, code) in [(Lang::Be, "be"), (Lang::De, "de")] {
                        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
                            insta::assert_snapshot!(
                                format!("{}_{code}_{w}x{h}", stringify!($name)),
                                tab(lang, Tab::$tab, w, h)
                            );
                        }
                    }
                }
            )*
        }
    };
}

every_tab! {
    overview: Overview,
    prisoners: Prisoners,
    events: Events,
    statements: Statements,
    organisations: Organisations,
    petitions: Petitions,
    letters: Letters,
    agenda: Agenda,
}

/// The help of every key, translated: the keys stay as they are.
fn help(lang: Lang, width: u16, height: u16) -> String {
    i18n::set_for_thread(Some(lang));
    let mut a = app(width, height);
    a.update(campaign_dash::app::Action::ToggleHelp);
    let screen = draw(&a);
    i18n::set_for_thread(None);
    screen
}

#[test]
fn help_be_120x40() {
    insta::assert_snapshot!(help(Lang::Be, 120, 40));
}

#[test]
fn help_de_200x60() {
    insta::assert_snapshot!(help(Lang::De, 200, 60));
}

#[test]
fn help_de_80x24() {
    insta::assert_snapshot!(help(Lang::De, 80, 24));
}

/// The agenda of a file with birthdays, releases and checks due, in
/// Belarusian: the groups, the counts and the items' words translated.
#[test]
fn agenda_be_120x40() {
    let text = include_str!("fixtures/agenda/every_item.toml");
    i18n::set_for_thread(Some(Lang::Be));
    let mut a = screens::app_of(text, 120, 40);
    a.update(campaign_dash::app::Action::GoTab(Tab::Agenda));
    let screen = draw(&a);
    i18n::set_for_thread(None);
    insta::assert_snapshot!(screen);
}

#[test]
fn prisoners_ru_200x60() {
    insta::assert_snapshot!(tab(Lang::Ru, Tab::Prisoners, 200, 60));
}

/// The words follow the language; the data stays as written.
#[test]
fn the_words_follow_the_language_the_data_stays() {
    let be = overview(Lang::Be, 120, 40);
    assert!(be.contains("Палітвязні") && be.contains("Лічбы"), "{be}");
    assert!(be.contains("праз 14 дзён"), "{be}");
    assert!(be.contains("Trade union activity is not extremism"), "{be}");
    let en = overview(Lang::En, 120, 40);
    assert!(
        en.contains("Prisoners") && en.contains("in 14 days"),
        "{en}"
    );
}

/// A filter being typed (the filter line, its count and keys, the list's
/// title), then kept and the list sorted, and one that matches nothing:
/// the words the lists say about their filter, in Belarusian and German.
fn filtered(lang: Lang, width: u16, height: u16) -> [String; 3] {
    use campaign_dash::app::Action;
    use campaign_dash::app::edit::Edit;
    i18n::set_for_thread(Some(lang));
    let mut a = app(width, height);
    let type_text = |a: &mut campaign_dash::app::App, text: &str| {
        for c in text.chars() {
            a.update(Action::Edit(Edit::Insert(c)));
        }
    };
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::Filter);
    type_text(&mut a, "rep");
    let typing = draw(&a);
    a.update(Action::Edit(Edit::Accept));
    while a.prisoners.sort.map(|s| s.column.name()) != Some("days-held") {
        a.update(Action::SortNext);
    }
    a.update(Action::SortReverse);
    let sorted = draw(&a);
    a.update(Action::Filter);
    type_text(&mut a, " nobody-at-all");
    a.update(Action::Edit(Edit::Accept));
    let none = draw(&a);
    i18n::set_for_thread(None);
    [typing, sorted, none]
}

#[test]
fn filtered_be_80x24() {
    let [typing, sorted, none] = filtered(Lang::Be, 80, 24);
    insta::assert_snapshot!("filter_typing_be_80x24", typing);
    insta::assert_snapshot!("filter_sorted_be_80x24", sorted);
    insta::assert_snapshot!("filter_none_be_80x24", none);
}

#[test]
fn filtered_de_120x40() {
    let [typing, sorted, none] = filtered(Lang::De, 120, 40);
    insta::assert_snapshot!("filter_typing_de_120x40", typing);
    insta::assert_snapshot!("filter_sorted_de_120x40", sorted);
    insta::assert_snapshot!("filter_none_de_120x40", none);
}

/// The help at its end on the prisoners' tab in Belarusian: the filter
/// fields' names as typed, their descriptions translated.
#[test]
fn help_filter_fields_be_120x40() {
    use campaign_dash::app::Action;
    i18n::set_for_thread(Some(Lang::Be));
    let mut a = app(120, 40);
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::ToggleHelp);
    a.update(Action::Bottom);
    let screen = draw(&a);
    i18n::set_for_thread(None);
    assert!(
        screen.contains("дзён за кратамі") || screen.contains("за кратамі"),
        "{screen}"
    );
    insta::assert_snapshot!(screen);
}

/// The letter form, then the status line as it writes, in Belarusian and
/// German: labels, hints, keys and the write in words translated; the
/// values as the file will hold them.
fn letter_form(lang: Lang, width: u16, height: u16) -> [String; 2] {
    use campaign_dash::app::Action;
    use campaign_dash::app::edit::Edit;
    i18n::set_for_thread(Some(lang));
    let mut a = app(width, height);
    a.file_version = Some(campaign_dash::load::write::Version::of("shown"));
    a.update(Action::GoTab(Tab::Prisoners));
    a.update(Action::LogLetter);
    let form = draw(&a);
    a.update(Action::Edit(Edit::Accept));
    let writing = draw(&a);
    i18n::set_for_thread(None);
    [form, writing]
}

#[test]
fn letter_form_be_80x24() {
    let [form, writing] = letter_form(Lang::Be, 80, 24);
    assert!(
        form.contains("Запісаць ліст: Aliaksandr Yarashuk"),
        "{form}"
    );
    insta::assert_snapshot!("letter_form_be_80x24", form);
    insta::assert_snapshot!("letter_writing_be_80x24", writing);
}

#[test]
fn letter_form_de_120x40() {
    let [form, writing] = letter_form(Lang::De, 120, 40);
    insta::assert_snapshot!("letter_form_de_120x40", form);
    insta::assert_snapshot!("letter_writing_de_120x40", writing);
}
