//! A labelled text field for a number, with the message under it that says why an entry is
//! wrong (`aria-invalid`, announced politely): the ROI form's inputs and the numbers of its use
//! cases. What an entry means, and whether it is right, is the caller's: the field passes on
//! what the person typed and shows the message it gets back.

use leptos::prelude::*;

/// What the field shows before the person types.
pub enum FieldText {
    /// Written once, as the field's `value` attribute: the field is drawn anew when it changes.
    Fixed(String),
    /// Written as the field's value whenever the signal changes; between changes the person's
    /// own text stays as they typed it.
    Following(Signal<String>),
}

/// Takes an entry as typed, and gives back the message to show while it is wrong.
pub type EntryCheck = Box<dyn Fn(&str) -> Result<(), String>>;

/// `children`: the label. `id`: the field's element id, from which the message's (`-error`)
/// and the hint's (`-help`) are made. `hint`: a line under the field that says what it means
/// and where its default comes from. `on_entry`: takes each entry as typed, and gives back the
/// message to show while it is wrong.
#[component]
pub fn NumberInput(
    id: String,
    text: FieldText,
    #[prop(optional)] hint: Option<AnyView>,
    error: RwSignal<Option<String>>,
    on_entry: EntryCheck,
    children: Children,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let help_id = format!("{id}-help");
    let described_by = match hint {
        Some(_) => format!("{help_id} {error_id}"),
        None => error_id.clone(),
    };
    let (fixed, following) = match text {
        FieldText::Fixed(text) => (Some(text), None),
        FieldText::Following(text) => (None, Some(text)),
    };
    let label = view! { <label for=id.clone()>{children()}</label> };
    let input = view! {
        <input
            id=id
            part="input"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            value=fixed
            prop:value=move || following.map(|text| text.get())
            aria-describedby=described_by
            aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
            on:input=move |event| error.set(on_entry(&event_target_value(&event)).err())
        />
    };
    let message =
        view! { <p class="aimc-error" id=error_id aria-live="polite">{move || error.get()}</p> };
    // Without a hint there is no empty place for one: a missing line would leave a placeholder.
    match hint {
        Some(hint) => view! {
            <div class="aimc-field">
                {label}
                {input}
                <p class="aimc-hint" id=help_id>{hint}</p>
                {message}
            </div>
        }
        .into_any(),
        None => view! { <div class="aimc-field">{label}{input}{message}</div> }.into_any(),
    }
}
