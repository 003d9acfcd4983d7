//! One row of a bar list (`ul.aimc-bars`): a name, an SVG bar and the value written out. The
//! result's area scores, the team's spread of levels and the ROI's sensitivity each draw their
//! rows with it. The bar is drawn with SVG attributes, never an inline style, and hidden from
//! assistive technology: the value beside it says the same in words.

use leptos::prelude::*;

use crate::core::decimal::fixed;

/// What the bar shows, in percent of its track.
#[derive(Clone, Copy, PartialEq)]
pub enum Bar {
    /// From the left to `percent`, with round ends (a score, a share of the respondents),
    /// written with `decimals` decimals.
    Share { percent: f64, decimals: usize },
    /// From `from` to `to` (at least half a percent wide, so a range that does not move still
    /// shows), with a line across the track at `base`: a range on a scale shared by the rows.
    Range { from: f64, to: f64, base: f64 },
}

/// `children`: the row's name; `value`: what the bar shows, in words. Both the bar and the
/// value may follow a signal (the ROI's sensitivity, as the person types): they change in
/// place. The kind of bar is the one it was drawn with.
#[component]
pub fn BarRow(
    #[prop(into)] bar: Signal<Bar>,
    #[prop(into)] value: Signal<String>,
    children: Children,
) -> impl IntoView {
    // Each kind of bar is its own view rather than one with optional attributes and an
    // optional line: what a kind does not draw leaves nothing behind, not even a placeholder,
    // and the track, all constant, is drawn from a template.
    let range = move |part: fn(f64, f64, f64) -> f64| {
        move || match bar.get() {
            Bar::Range { from, to, base } => fixed(part(from, to, base), 2),
            Bar::Share { .. } => String::new(),
        }
    };
    let drawn = match bar.get_untracked() {
        Bar::Share { .. } => {
            let width = move || match bar.get() {
                Bar::Share { percent, decimals } => fixed(percent, decimals),
                Bar::Range { .. } => String::new(),
            };
            view! {
                <svg class="aimc-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="aimc-bar-track" width="100" height="8" rx="4" />
                    <rect class="aimc-bar-fill" width=width height="8" rx="4" />
                </svg>
            }
            .into_any()
        }
        Bar::Range { .. } => view! {
            <svg class="aimc-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="aimc-bar-track" width="100" height="8" />
                <rect class="aimc-bar-fill" x=range(|from, _, _| from) width=range(|from, to, _| (to - from).max(0.5)) height="8" />
                <line class="aimc-bar-base" x1=range(|_, _, base| base) x2=range(|_, _, base| base) y1="0" y2="8" />
            </svg>
        }
        .into_any(),
    };
    view! {
        <li class="aimc-bar-row">
            <span class="aimc-bar-name">{children()}</span>
            {drawn}
            <span class="aimc-bar-value">{move || value.get()}</span>
        </li>
    }
}
