//! One question: a fieldset of four native radio buttons, progress, back and next.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::browser::clock;
use crate::core::progress::StepError;
use crate::core::questionnaire::{AreaGroup, MAX_LEVEL, QUESTIONS};
use crate::view::first::later_screens;
use crate::view::shared::step_heading::StepHeading;
use crate::view::{on_click, Instance};

#[component]
pub fn QuestionStep(instance: Instance, index: usize) -> impl IntoView {
    let texts = instance.texts;
    let Some(question) = QUESTIONS.get(index) else {
        return ().into_any();
    };
    let total = QUESTIONS.len();
    let is_last = index + 1 == total;
    let progress = instance.progress;
    let (show_required, set_show_required) = signal(false);

    let group_name = instance.element_id(question.id);
    let progress_id = instance.element_id("progress");
    let hint_id = instance.element_id("hint");
    let error_id = instance.element_id("required");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if show_required.get() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    let section = match question.area.group() {
        AreaGroup::Team => texts.get("ui.section.team"),
        AreaGroup::Organisation => texts.get("ui.section.org"),
    };

    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        let mut next = progress.get_untracked();
        match next.next(clock::now()) {
            Ok(()) => instance.navigate(|progress| *progress = next),
            Err(StepError::AnswerRequired) => set_show_required.set(true),
        }
    };
    let on_back = move |_| instance.navigate(|progress| progress.back());

    let options = (0..=MAX_LEVEL)
        .map(|level| {
            let option_id = format!("{group_name}-{level}");
            view! {
                <div class="aimc-option" part="option">
                    <input
                        type="radio"
                        id=option_id.clone()
                        name=group_name.clone()
                        value=level.to_string()
                        prop:checked=move || progress.with(|progress| progress.answers.get(question.id) == Some(level))
                        on:change=move |_| {
                            progress.update(|progress| progress.answer(level));
                            set_show_required.set(false);
                        }
                    />
                    <label for=option_id>{texts.answer_option(question, level)}</label>
                </div>
            }
        })
        .collect_view();

    view! {
        <form class="aimc-screen aimc-step" novalidate on:submit=on_submit>
            <p class="aimc-eyebrow" id=progress_id.clone()>
                {texts.fill("ui.step.progress", &[("current", &(index + 1).to_string()), ("total", &total.to_string())])}
                " · "
                {section}
                " · "
                {texts.area_name(question.area)}
            </p>
            <progress class="aimc-progress" part="progress" max=total value=index + 1 aria-labelledby=progress_id></progress>
            <fieldset class="aimc-question" aria-describedby=described_by>
                <legend>
                    <StepHeading instance>{texts.question_prompt(question)}</StepHeading>
                </legend>
                <p class="aimc-hint" id=hint_id>{texts.question_hint(question)}</p>
                {options}
            </fieldset>
            {move || show_required.get().then(|| view! {
                <p class="aimc-error" id=error_id.clone() role="alert">{texts.get("ui.step.required")}</p>
            })}
            <div class="aimc-actions">
                <button type="button" class="aimc-button" part="button" on:click=on_click(on_back)>{texts.get("ui.step.back")}</button>
                <button type="submit" class="aimc-button aimc-primary" part="button primary-button">
                    {if is_last { texts.get("ui.step.finish") } else { texts.get("ui.step.next") }}
                </button>
            </div>
            // "Continue on another device": drawn by the later screens' code, once it is here.
            {later_screens::question_extras(instance, index)}
        </form>
    }
    .into_any()
}
