//! The language picker at the top of the widget: a native select listing every shipped
//! language by its own name. Switching keeps every answer and input, is remembered with the
//! progress, and leaves focus on the select while the screen below is drawn again. A language
//! other than English first fetches its texts (see `content::load`).

use leptos::prelude::*;

use crate::content::{self, Lang, LangTexts};
use crate::view::Instance;

#[component]
pub fn LanguageSwitcher(instance: Instance) -> impl IntoView {
    let lang = instance.lang;
    let select_id = instance.element_id("language");
    let on_change = move |event| {
        let Some(chosen) = Lang::from_tag(&event_target_value(&event)) else {
            return;
        };
        let previous = lang.get_untracked();
        // Drawn once the language's texts are here; should they fail to come, in English.
        leptos::task::spawn_local(async move {
            content::load(chosen).await;
            lang.set(chosen);
            instance.progress.update(|progress| {
                progress.choose_language(chosen, previous, instance.page_currency.get_value())
            });
        });
    };
    view! {
        <div class="aimc-language">
            <label for=select_id.clone()>{move || lang.get().texts().get("ui.language.label")}</label>
            <select id=select_id part="input" on:change=on_change>
                {Lang::all()
                    .map(|option| {
                        view! {
                            <option
                                value=option.code()
                                lang=option.code()
                                selected=move || lang.get() == option
                            >
                                {option.texts().get("ui.language.name")}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
