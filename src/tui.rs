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
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
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
                if let Some(action) = action_for(&ev) {
                    redraw |= app.update(action);
                }
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
