//! The ROI's key figures as a list of terms and values (`dl.aimc-figures`): the figures kept in
//! view beside the ROI form, benefit and cost under its result, and the estimate in brief under
//! a result and in the history. It only lays out figures already written out in the person's
//! language; which figures, and how each is worded, is the caller's. A figure's value may follow
//! a signal (`KeyFigure::following`): it changes in place, without drawing the list again.

use leptos::prelude::*;

use crate::content::Texts;

/// One figure: the text key of what it is, and its value written out.
pub struct KeyFigure {
    label: &'static str,
    value: Signal<String>,
    /// The `data-…` attribute on the value that the tests and a host page find it by.
    marker: Option<&'static str>,
    /// The headline figure, drawn larger (`aimc-figure-main`).
    main: bool,
}

impl KeyFigure {
    pub fn new(label: &'static str, value: String) -> KeyFigure {
        KeyFigure::with_value(label, Signal::stored(value))
    }

    /// A figure whose value `value` writes out, again whenever what it reads changes.
    pub fn following(
        label: &'static str,
        value: impl Fn() -> String + Send + Sync + 'static,
    ) -> KeyFigure {
        KeyFigure::with_value(label, Signal::derive(value))
    }

    fn with_value(label: &'static str, value: Signal<String>) -> KeyFigure {
        KeyFigure {
            label,
            value,
            marker: None,
            main: false,
        }
    }

    /// The value carries the attribute `marker` (`data-roi-value`, ...).
    pub fn marked(self, marker: &'static str) -> KeyFigure {
        KeyFigure {
            marker: Some(marker),
            ..self
        }
    }

    pub fn main(self) -> KeyFigure {
        KeyFigure { main: true, ..self }
    }
}

/// `cards`: each figure is a card (the `card` shadow part), as under a result; the compact
/// figures kept in view while the form is edited are not.
#[component]
pub fn KeyFigures(texts: Texts, figures: Vec<KeyFigure>, cards: bool) -> impl IntoView {
    let item = |figure: KeyFigure| {
        let text = figure.value;
        let value = match figure.marker {
            Some(marker) => view! { <dd>{move || text.get()}</dd> }
                .attr(marker, "")
                .into_any(),
            None => view! { <dd>{move || text.get()}</dd> }.into_any(),
        };
        view! {
            <div class=figure.main.then_some("aimc-figure-main") part=cards.then_some("card")>
                <dt>{texts.get(figure.label)}</dt>
                {value}
            </div>
        }
        .into_any()
    };
    // Joined in pairs rather than collected into a Vec: a Vec leaves a placeholder comment in
    // the list, for items it might add later, and these figures are only ever drawn anew.
    let items = figures
        .into_iter()
        .map(item)
        .reduce(|before, item| (before, item).into_any());
    view! { <dl class="aimc-figures">{items}</dl> }
}
