//! Tab 6: the petitions, with their latest count against the goal; the
//! detail charts the tallies over time.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Paragraph, Widget, Wrap};

use super::list::{draw_detail, draw_table};
use super::theme::Theme;
use crate::app::{App, Areas, Tab};
use crate::text::thousands;

pub fn draw(app: &App, areas: &Areas, buf: &mut Buffer, theme: &Theme) {
    draw_table(app, areas, buf, theme, crate::view::View::Petitions.label());
    draw_detail(app, areas, buf, theme);
    if !areas.chart.is_empty()
        && let Some(record) = app.selected_record(Tab::Petitions)
    {
        tally_chart(app, record, areas.chart, buf, theme);
    }
}

/// The tallies of a petition as a line over time, or a plain note when there
/// are none.
fn tally_chart(app: &App, record: usize, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let Some(p) = app.campaign.petitions.get(record) else {
        return;
    };
    let block = Block::bordered()
        .title(Line::styled(" Signatures over time ", theme.title()))
        .border_style(theme.border());
    let mut tallies = p.counts.clone();
    tallies.sort_by_key(|t| t.date);
    let (Some(first), Some(last)) = (tallies.first().copied(), tallies.last().copied()) else {
        Paragraph::new("No tallies recorded: there is nothing to chart yet.")
            .style(theme.muted())
            .wrap(Wrap { trim: true })
            .block(block)
            .render(area, buf);
        return;
    };
    let points: Vec<(f64, f64)> = tallies
        .iter()
        .map(|t| ((t.date - first.date).num_days() as f64, t.signatures as f64))
        .collect();
    let top = tallies
        .iter()
        .map(|t| t.signatures)
        .max()
        .unwrap_or(0)
        .max(p.goal.unwrap_or(0))
        .max(1);
    let span = ((last.date - first.date).num_days() as f64).max(1.0);
    let top_label = match p.goal {
        Some(goal) if goal >= top => format!("{} (goal)", thousands(top)),
        _ => thousands(top),
    };
    let chart = Chart::new(vec![
        Dataset::default()
            .name("signatures")
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.bar())
            .data(&points),
    ])
    .block(block)
    .legend_position(None)
    .x_axis(
        Axis::default()
            .bounds([0.0, span])
            .labels([first.date.to_string(), last.date.to_string()]),
    )
    .y_axis(
        Axis::default()
            .bounds([0.0, top as f64])
            .labels(["0".to_owned(), top_label]),
    );
    chart.render(area, buf);
}
