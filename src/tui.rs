//! The terminal: setup and teardown, and the event loop.
//!
//! The loop blocks on the terminal's events with a timeout that ends at the
//! next local midnight (so that "today" moves on when it is the system date),
//! and draws only after an event changed something or the terminal was
//! resized: an idle dashboard uses no CPU. The terminal is restored on quit,
//! on error, and (by ratatui's panic hook, and ours for the mouse) on panic.

use std::io::{self, Write};
use std::time::Duration;

use chrono::{Local, NaiveDate, NaiveDateTime};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;

use crate::app::{Action, App, keymap};

/// Runs the dashboard until the user quits. With `mouse`, clicks and the
/// wheel are captured (which takes text selection from the terminal; the
/// `--no-mouse` flag gives it back).
pub fn run(mut app: App, mouse: bool) -> io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    if mouse {
        // ratatui's panic hook restores the screen and raw mode; the mouse
        // capture must be released too, before it runs.
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(io::stdout(), DisableMouseCapture);
            previous(info);
        }));
        if let Err(e) = execute!(io::stdout(), EnableMouseCapture) {
            ratatui::restore();
            return Err(e);
        }
    }
    let result = event_loop(&mut terminal, &mut app);
    if mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    ratatui::restore();
    let _ = io::stdout().flush();
    result
}

/// The time from `now` to the next local midnight, and a second more so the
/// date has surely turned when the loop wakes.
pub fn until_midnight(now: NaiveDateTime) -> Duration {
    let tomorrow = now
        .date()
        .succ_opt()
        .and_then(|d| d.and_hms_opt(0, 0, 1))
        .unwrap_or(now + chrono::Duration::hours(1));
    (tomorrow - now)
        .to_std()
        .unwrap_or(Duration::from_secs(60))
        .max(Duration::from_secs(1))
}

fn system_today() -> NaiveDate {
    Local::now().date_naive()
}

/// Applies a terminal event to the app; returns whether anything changed.
/// While the filter line is open, keys edit it; otherwise they go through
/// the keymap. Terminals send Esc followed quickly by a key as that key with
/// Alt (a paste, a fast typist, tmux); an Alt combination the keymap does not
/// bind (only Alt-Left is) is read as what it was typed as: Esc, then the
/// key, each applied in turn (the Esc may close the filter line).
pub fn dispatch(app: &mut App, event: &Event) -> bool {
    if let Event::Key(key) = event
        && app.editing.is_some()
    {
        if key.modifiers.contains(KeyModifiers::ALT) && keymap::edit_for(key).is_none() {
            let mut plain = *key;
            plain.modifiers.remove(KeyModifiers::ALT);
            let esc = app.update(Action::Edit(crate::app::edit::Edit::Cancel));
            return dispatch(app, &Event::Key(plain)) | esc;
        }
        return keymap::edit_for(key).is_some_and(|a| app.update(a));
    }
    let mut changed = false;
    for action in actions_for(event) {
        changed |= app.update(action);
    }
    changed
}

/// The actions a terminal event means outside the filter line: none, one, or
/// for an unbound Alt plus a key two (Esc, then the key; see [`dispatch`]).
pub fn actions_for(event: &Event) -> Vec<Action> {
    if let Event::Key(key) = event
        && key.modifiers.contains(KeyModifiers::ALT)
        && keymap::action_for(key).is_none()
    {
        let mut plain = *key;
        plain.modifiers.remove(KeyModifiers::ALT);
        return [Some(Action::Back), keymap::action_for(&plain)]
            .into_iter()
            .flatten()
            .collect();
    }
    action_for(event).into_iter().collect()
}

/// The action a terminal event means, if any.
pub fn action_for(event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => keymap::action_for(key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown {
                column: m.column,
                row: m.row,
            }),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp {
                column: m.column,
                row: m.row,
            }),
            _ => None,
        },
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    app.update(Action::Day(system_today()));
    terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
    while !app.quit {
        let mut redraw = false;
        if event::poll(until_midnight(Local::now().naive_local()))? {
            // Take everything that is queued before drawing once.
            loop {
                let ev = event::read()?;
                redraw |= matches!(ev, Event::Resize(..));
                redraw |= dispatch(app, &ev);
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        } else {
            redraw |= app.update(Action::Day(system_today()));
        }
        if redraw && !app.quit {
            terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Tab;
    use ratatui::crossterm::event::{KeyCode, KeyEvent};

    #[test]
    fn esc_then_a_key_sent_together_is_read_as_both() {
        let alt4 = Event::Key(KeyEvent::new(KeyCode::Char('4'), KeyModifiers::ALT));
        assert_eq!(
            actions_for(&alt4),
            vec![Action::Back, Action::GoTab(Tab::Statements)]
        );
        let q = Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE));
        assert_eq!(actions_for(&q), vec![Action::Quit]);
        assert_eq!(actions_for(&Event::FocusGained), vec![]);
        // Alt-Left is bound: back along the links followed.
        let alt_left = Event::Key(KeyEvent::new(KeyCode::Left, KeyModifiers::ALT));
        assert_eq!(actions_for(&alt_left), vec![Action::GoBack]);
        assert_eq!(
            actions_for(&Event::Resize(80, 24)),
            vec![Action::Resize {
                width: 80,
                height: 24
            }]
        );
    }

    #[test]
    fn keys_go_to_the_open_filter_line() {
        let campaign = crate::app::tests::fixture();
        let system = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
        let mut app = App::new(campaign, "f", None, system);
        let key = |c| Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
        dispatch(&mut app, &key(KeyCode::Char('2')));
        dispatch(&mut app, &key(KeyCode::Char('/')));
        assert!(app.editing.is_some());
        // q and 3 are typed, not quit or a tab.
        for c in "q3".chars() {
            dispatch(&mut app, &key(KeyCode::Char(c)));
        }
        assert_eq!(app.prisoners.query, "q3");
        assert!(!app.quit);
        assert_eq!(app.tab, Tab::Prisoners);
        // Esc and a key at once: Esc clears the line, the key is a key again.
        let alt3 = Event::Key(KeyEvent::new(KeyCode::Char('3'), KeyModifiers::ALT));
        assert!(dispatch(&mut app, &alt3));
        assert_eq!(app.editing, None);
        assert_eq!(app.prisoners.query, "");
        assert_eq!(app.tab, Tab::Events);
    }

    #[test]
    fn the_wait_ends_just_after_midnight() {
        let at = |h, m, s| {
            NaiveDate::from_ymd_opt(2023, 5, 6)
                .unwrap()
                .and_hms_opt(h, m, s)
                .unwrap()
        };
        assert_eq!(until_midnight(at(23, 59, 0)), Duration::from_secs(61));
        assert_eq!(until_midnight(at(0, 0, 0)), Duration::from_secs(86401));
        assert_eq!(until_midnight(at(12, 0, 0)), Duration::from_secs(43201));
    }
}
