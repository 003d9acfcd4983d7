//! "Remind me to check again": two buttons, in 30 days or in a quarter, each downloading an
//! iCalendar event (`core::reminder`) in the person's language for their own calendar.

use leptos::prelude::*;

use crate::browser::{clock, share};
use crate::core::reminder::{Reminder, ReminderInterval};
use crate::view::later::common::export::save_and_announce;
use crate::view::Instance;

/// Downloads the reminder for `interval`.
fn download_reminder(instance: Instance, interval: ReminderInterval) {
    let texts = instance.texts;
    let now = clock::now();
    let url = share::page_address();
    let reminder = Reminder {
        summary: texts.get("ui.remind.summary"),
        description: texts.get("ui.remind.description"),
        language: instance.lang.get_untracked().code(),
        url: &url,
        now,
        offset_minutes: clock::local_offset_minutes(now),
        interval,
    };
    save_and_announce(
        instance,
        &reminder.file_name(),
        &reminder.to_ics(),
        "text/calendar;charset=utf-8",
        "ui.remind.downloaded",
    );
}

#[component]
pub fn RemindMe(instance: Instance) -> impl IntoView {
    let texts = instance.texts;
    let label_id = instance.element_id("remind-label");
    let labelled_by = label_id.clone();
    let buttons = ReminderInterval::ALL
        .into_iter()
        .map(|interval| {
            let label = match interval {
                ReminderInterval::Days30 => texts.get("ui.remind.days30"),
                ReminderInterval::Quarter => texts.get("ui.remind.quarter"),
            };
            view! {
                <button type="button" class="aimc-button aimc-small" part="button" data-remind=interval.id() on:click=move |_| download_reminder(instance, interval)>
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="aimc-remind" role="group" aria-labelledby=labelled_by>
            <p class="aimc-meta" id=label_id>{texts.get("ui.remind.label")}</p>
            <div class="aimc-actions">{buttons}</div>
        </div>
    }
}
