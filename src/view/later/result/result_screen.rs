//! The result screen: the result of the assessment just taken ([`ResultBody`]), its ROI
//! estimate in brief, and the ways on: the earlier results, taking the check again (the result
//! stays in the history), changing the answers, download, a link, a reminder and print.
//!
//! Below the result's body, everything is drawn once the top is painted (`after_paint`).
//!
//! There is no "start over" here: nothing unfinished would be lost, so taking the check again
//! needs no confirmation.

use leptos::prelude::*;

use crate::browser::clock;
use crate::browser::print::print_page;
use crate::core::progress::Screen;
use crate::core::share_link::LinkKind;
use crate::view::later::common::after_paint::after_paint;
use crate::view::later::common::export::download_report;
use crate::view::later::result::reminder::RemindMe;
use crate::view::later::result::result_body::ResultBody;
use crate::view::later::result::share_link::ShareOffer;
use crate::view::later::roi::roi_summary::RoiSummary;
use crate::view::shared::open_roi::OpenRoi;
use crate::view::shared::step_heading::StepHeading;
use crate::view::Instance;

#[component]
pub fn ResultScreen(instance: Instance) -> impl IntoView {
    let texts = instance.texts;
    // The answers cannot change while this screen shows, so this is computed once.
    let (answers, completed_at) = instance
        .progress
        .with_untracked(|progress| (progress.answers.clone(), progress.completed_at));
    let revise = move |_| instance.navigate(|progress| progress.revise());
    let earlier = move |_| instance.navigate(|progress| progress.open(Screen::History));
    let take_again = move |_| {
        // Kept first, with its latest ROI figures, so the new assessment cannot replace it.
        instance.record_result();
        instance.navigate(|progress| progress.take_again(clock::now()));
    };
    let again_note = instance.element_id("take-again-note");
    // Below the fold, drawn once the top is painted: the ROI estimate in brief (the slowest part
    // to draw: its simulation), the actions, the link and the reminder.
    let has_roi = instance.parts.get_untracked().has_roi();

    view! {
        <section class="aimc-screen aimc-result">
            <StepHeading instance>{texts.get("ui.result.heading")}</StepHeading>
            <ResultBody instance answers completed_at />
            {after_paint(move || view! {
                // Its simulation is shared with the completion's report (`Instance::roi_report`).
                {has_roi.then(|| view! { <RoiSummary instance roi=instance.roi_report() /> })}
                <div class="aimc-actions">
                    <button type="button" class="aimc-button aimc-primary" part="button primary-button" on:click=earlier>{texts.get("ui.result.earlier_results")}</button>
                    <button type="button" class="aimc-button" part="button" aria-describedby=again_note.clone() on:click=take_again>{texts.get("ui.result.take_again")}</button>
                    <button type="button" class="aimc-button" part="button" on:click=revise>{texts.get("ui.result.change_answers")}</button>
                    <button type="button" class="aimc-button" part="button" on:click=move |_| download_report(instance)>{texts.get("ui.result.download")}</button>
                    <OpenRoi instance />
                    <button type="button" class="aimc-button" part="button" on:click=move |_| print_page()>{texts.get("ui.result.print")}</button>
                </div>
                <p class="aimc-meta" id=again_note>{texts.get("ui.result.take_again_note")}</p>
                <ShareOffer instance kind=LinkKind::Result />
                <RemindMe instance />
            })}
        </section>
    }
}
