//! The first screen: what the check is, how long it takes, and that nothing leaves the browser.

use leptos::prelude::*;

use crate::browser::clock;
use crate::core::progress::Screen;
use crate::core::questionnaire::QUESTIONS;
use crate::view::first::later_screens::{self, Chunk};
use crate::view::first::start_over::StartOver;
use crate::view::shared::open_roi::OpenRoi;
use crate::view::shared::step_heading::StepHeading;
use crate::view::{on_click, Instance};

#[component]
pub fn Intro(instance: Instance) -> impl IntoView {
    let texts = instance.texts;
    // Reactive, because "start over" empties the answers while the intro stays on screen.
    let answers_state = Memo::new(move |_| {
        instance
            .progress
            .with(|progress| (!progress.answers.is_empty(), progress.answers.is_complete()))
    });
    let start_label = move || match answers_state.get() {
        (false, _) => texts.get("ui.intro.start"),
        (true, false) => texts.get("ui.intro.resume"),
        (true, true) => texts.get("ui.intro.view_result"),
    };
    let start = move |_| instance.navigate(|progress| progress.start(clock::now()));
    view! {
        <section class="aimc-screen aimc-intro">
            <p class="aimc-eyebrow">{texts.get("ui.app_title")}</p>
            <StepHeading instance>{texts.get("ui.intro.heading")}</StepHeading>
            <p>{texts.get("ui.intro.body")}</p>
            <p class="aimc-meta">{texts.fill("ui.intro.duration", &[("count", &QUESTIONS.len().to_string())])}</p>
            <p class="aimc-privacy">{texts.get("ui.intro.privacy")}</p>
            <div class="aimc-actions">
                <button type="button" class="aimc-button aimc-primary" part="button primary-button" on:click=on_click(start)>
                    {start_label}
                </button>
                <OpenRoi instance />
                // Only unfinished answers are started over; a finished result is taken again
                // from the result screen, and stays in the history.
                {move || (answers_state.get() == (true, false)).then(|| view! { <StartOver instance /> })}
            </div>
            // Pointing at or tabbing to these starts fetching their screens' code.
            <nav
                class="aimc-more"
                aria-label=texts.get("ui.intro.more")
                on:pointerover=move |_| later_screens::prefetch(Chunk::History, texts.lang())
                on:focusin=move |_| later_screens::prefetch(Chunk::History, texts.lang())
            >
                <button type="button" class="aimc-link" part="link" on:click=on_click(move |_| instance.navigate(|progress| progress.open(Screen::History)))>
                    {move || texts.fill("ui.intro.history", &[("count", &instance.stored_results.get().to_string())])}
                </button>
                <button type="button" class="aimc-link" part="link" on:click=on_click(move |_| instance.navigate(|progress| progress.open(Screen::Team)))>
                    {texts.get("ui.intro.team")}
                </button>
            </nav>
        </section>
    }
}
