//! A table of figures as every screen draws it: a caption, a header per column, and the rows
//! the caller makes (each with its `<th scope="row">`).

use leptos::prelude::*;

use crate::content::Texts;

/// `caption` and `columns` are text keys.
#[component]
pub fn DataTable(
    texts: Texts,
    caption: &'static str,
    columns: &'static [&'static str],
    children: Children,
) -> impl IntoView {
    view! {
        <table class="aimc-table">
            <caption>{texts.get(caption)}</caption>
            <thead>
                <tr>
                    {columns.iter().map(|key| view! { <th scope="col">{texts.get(key)}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>{children()}</tbody>
        </table>
    }
}
