//! The result screen: the result of the assessment just taken ([`ResultBody`]), its ROI
//! estimate in brief, and the actions (change answers, download, print, start over).

use leptos::prelude::*;

use super::export::download_report;
use super::open_roi::OpenRoi;
use super::result_body::ResultBody;
use super::roi_summary::RoiSummary;
use super::start_over::StartOver;
use super::step_heading::StepHeading;
use super::Instance;
use crate::browser::print::print_page;
use crate::core::report::RoiReport;

#[component]
pub fn ResultScreen(instance: Instance) -> impl IntoView {
    let texts = instance.texts;
    // The answers cannot change while this screen shows, so this is computed once.
    let (answers, completed_at, roi) = instance.progress.with_untracked(|progress| {
        let roi = instance
            .parts
            .get_untracked()
            .has_roi()
            .then(|| RoiReport::build(progress));
        (progress.answers.clone(), progress.completed_at, roi)
    });
    let revise = move |_| instance.navigate(|progress| progress.revise());

    view! {
        <section class="aimc-screen aimc-result">
            <StepHeading instance>{texts.get("ui.result.heading")}</StepHeading>
            <ResultBody instance answers completed_at />
            {roi.map(|roi| view! { <RoiSummary instance roi /> })}
            <div class="aimc-actions">
                <button type="button" class="aimc-button" part="button" on:click=revise>{texts.get("ui.result.change_answers")}</button>
                <button type="button" class="aimc-button aimc-primary" part="button primary-button" on:click=move |_| download_report(instance)>{texts.get("ui.result.download")}</button>
                <OpenRoi instance />
                <button type="button" class="aimc-button" part="button" on:click=move |_| print_page()>{texts.get("ui.result.print")}</button>
                <StartOver instance />
            </div>
        </section>
    }
}
