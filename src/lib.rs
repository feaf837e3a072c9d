//! campaign-dash: a terminal dashboard for solidarity campaigns for political
//! prisoners.
//!
//! The crate is shaped as the Elm architecture: [`model`] holds the campaign as
//! plain types, [`load`] turns bytes into a campaign and its problems, [`query`]
//! derives what the screens show, [`app`] holds the state and its pure update,
//! [`ui`] draws it, and [`tui`] runs the terminal, and [`print`](mod@print) writes a view without one;
//! [`text`] holds the text helpers both of them use. Every piece of text from a
//! campaign file reaches the terminal through [`sanitize`].

pub mod app;
pub mod cli;
pub mod config;
pub mod i18n;
pub mod import;
pub mod load;
pub mod look;
pub mod model;
pub mod present;
pub mod print;
pub mod query;
pub mod record;
pub mod sanitize;
pub mod schema;
pub mod table;
pub mod text;
pub mod toml_out;
pub mod tui;
pub mod ui;
pub mod view;
