//! Browser tests (wasm-bindgen-test in headless Chromium): the wizard's steps in the real DOM,
//! and storage recovery (progress and history) from a corrupt value, a newer version and a
//! storage that throws.
#![cfg(target_arch = "wasm32")]

use ai_maturity_check::browser::storage::{HistoryStore, ProgressStore};
use ai_maturity_check::view::mount::mount_point;
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Lets Leptos's effects and DOM updates run.
async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback(&resolve)
                .unwrap();
        });
        JsFuture::from(promise).await.unwrap();
    }
}

/// Waits until a completion has kept its result: that runs once the browser is idle after the
/// result is painted, 100 ms after the next task at the latest (`browser::idle`).
async fn completion_kept() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 300)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// A fresh mount point for instance `id`, mounted in `lang`.
async fn mount(id: &str, lang: &str) -> HtmlElement {
    let element: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    element.set_attribute("data-instance", id).unwrap();
    element.set_attribute("data-lang", lang).unwrap();
    document().body().unwrap().append_child(&element).unwrap();
    mount_point(element.clone());
    settle().await;
    element
}

fn find(root: &HtmlElement, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector)
        .unwrap()
        .map(|element| element.unchecked_into())
}

fn text(root: &HtmlElement, selector: &str) -> String {
    find(root, selector)
        .and_then(|element| element.text_content())
        .unwrap_or_default()
}

async fn click(root: &HtmlElement, selector: &str) {
    find(root, selector)
        .unwrap_or_else(|| panic!("no {selector}"))
        .click();
    settle().await;
}

async fn choose(root: &HtmlElement, level: u8) {
    click(root, &format!("input[type=radio][value='{level}']")).await;
}

/// The copies of `key`'s unreadable values set aside (`<key>.unreadable.<millis>`).
fn kept_aside(key: &str) -> Vec<String> {
    let storage = local_storage();
    (0..storage.length().unwrap())
        .filter_map(|index| storage.key(index).unwrap())
        .filter(|name| name.starts_with(&format!("{key}.unreadable.")))
        .collect()
}

fn stored(id: &str) -> Option<String> {
    local_storage()
        .get_item(&ProgressStore::key_for(id))
        .unwrap()
}

#[wasm_bindgen_test]
async fn wizard_requires_an_answer_then_steps_forward_and_back() {
    local_storage()
        .remove_item(&ProgressStore::key_for("wizard"))
        .unwrap();
    let root = mount("wizard", "en").await;
    assert_eq!(text(&root, "h2"), "How far has your company come with AI?");

    click(&root, "button.aimc-primary").await;
    assert!(text(&root, ".aimc-eyebrow").starts_with("Question 1 of 27"));
    assert!(find(&root, "[role=alert]").is_none());

    click(&root, "button[type=submit]").await;
    assert_eq!(
        text(&root, "[role=alert]"),
        "Please choose an answer to continue."
    );
    assert!(
        text(&root, ".aimc-eyebrow").starts_with("Question 1 of 27"),
        "no answer, no step"
    );

    choose(&root, 2).await;
    assert!(
        find(&root, "[role=alert]").is_none(),
        "answering clears the error"
    );
    click(&root, "button[type=submit]").await;
    assert!(text(&root, ".aimc-eyebrow").starts_with("Question 2 of 27"));
    assert!(
        stored("wizard").unwrap().contains(r#""tool_usage":2"#),
        "saved on change"
    );

    click(&root, "button.aimc-button:not(.aimc-primary)").await; // Back
    assert!(text(&root, ".aimc-eyebrow").starts_with("Question 1 of 27"));
    let checked: HtmlInputElement = find(&root, "input[value='2']").unwrap().unchecked_into();
    assert!(checked.checked(), "the answer is shown again");
    root.remove();
}

#[wasm_bindgen_test]
async fn going_back_keeps_the_earlier_answer_while_the_next_is_chosen() {
    local_storage()
        .remove_item(&ProgressStore::key_for("back"))
        .unwrap();
    let root = mount("back", "en").await;
    click(&root, "button.aimc-primary").await;
    choose(&root, 1).await;
    click(&root, "button[type=submit]").await;
    choose(&root, 3).await; // chosen on question 2, not yet confirmed
    click(&root, "button.aimc-button:not(.aimc-primary)").await; // Back
    let earlier: HtmlInputElement = find(&root, "input[value='1']").unwrap().unchecked_into();
    assert!(earlier.checked(), "question 1 still shows its answer");
    root.remove();
}

/// Stores progress for `id` with every question answered but the last, on the last question.
fn almost_done(id: &str) {
    use ai_maturity_check::core::questionnaire::{QUESTIONNAIRE_VERSION, QUESTIONS};
    let last = QUESTIONS.len() - 1;
    let answers: Vec<String> = QUESTIONS
        .iter()
        .take(last)
        .map(|question| format!("\"{}\":2", question.id))
        .collect();
    let raw = format!(
        r#"{{"version":1,"questionnaire":{QUESTIONNAIRE_VERSION},"screen":"question","index":{last},"answers":{{{}}},"started_at":null,"completed_at":null}}"#,
        answers.join(",")
    );
    local_storage()
        .set_item(&ProgressStore::key_for(id), &raw)
        .unwrap();
}

fn stored_history(id: &str) -> Option<String> {
    local_storage()
        .get_item(&HistoryStore::key_for(id))
        .unwrap()
}

#[wasm_bindgen_test]
async fn an_unreadable_history_is_kept_aside_and_new_results_are_kept() {
    let key = HistoryStore::key_for("history-corrupt");
    local_storage()
        .set_item(&key, "{\"version\":1,\"entries\":[{")
        .unwrap();
    almost_done("history-corrupt");
    let root = mount("history-corrupt", "en").await;
    assert!(text(&root, ".aimc-notice").contains("could not be read"));
    choose(&root, 2).await;
    click(&root, "button[type=submit]").await;
    assert_eq!(text(&root, "h2"), "Your result");
    completion_kept().await;

    let history = stored_history("history-corrupt").unwrap();
    assert!(
        history.starts_with(r#"{"version":1,"entries":[{"id":"r"#),
        "{history}"
    );
    let storage = local_storage();
    let aside = kept_aside(&key);
    assert_eq!(aside.len(), 1);
    assert_eq!(
        storage.get_item(&aside[0]).unwrap().as_deref(),
        Some("{\"version\":1,\"entries\":[{")
    );
    storage.remove_item(&aside[0]).unwrap();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_newer_history_is_not_overwritten() {
    let newer = r#"{"version":7,"entries":"from the future"}"#;
    local_storage()
        .set_item(&HistoryStore::key_for("history-newer"), newer)
        .unwrap();
    almost_done("history-newer");
    let root = mount("history-newer", "en").await;
    choose(&root, 2).await;
    click(&root, "button[type=submit]").await;
    assert_eq!(text(&root, "h2"), "Your result");
    completion_kept().await;
    assert_eq!(stored_history("history-newer").as_deref(), Some(newer));
    root.remove();
}

#[wasm_bindgen_test]
async fn resumes_at_the_stored_step() {
    let raw = r#"{"version":1,"screen":"question","index":3,"answers":{"tool_usage":1,"output_quality":2,"use_case_count":3},"started_at":null,"completed_at":null}"#;
    local_storage()
        .set_item(&ProgressStore::key_for("resume"), raw)
        .unwrap();
    let root = mount("resume", "en").await;
    assert!(text(&root, ".aimc-eyebrow").starts_with("Question 4 of 27"));
    root.remove();
}

#[wasm_bindgen_test]
async fn speaks_norwegian_when_asked() {
    local_storage()
        .remove_item(&ProgressStore::key_for("norsk"))
        .unwrap();
    let root = mount("norsk", "nb").await;
    assert_eq!(
        root.query_selector(".aimc")
            .unwrap()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("nb")
    );
    click(&root, "button.aimc-primary").await;
    assert!(text(&root, ".aimc-eyebrow").starts_with("Spørsmål 1 av 27"));
    root.remove();
}

#[wasm_bindgen_test]
async fn corrupt_storage_is_kept_aside_and_the_widget_starts_fresh() {
    let key = ProgressStore::key_for("corrupt");
    local_storage()
        .set_item(&key, "{\"version\":1,\"answers\":[broken")
        .unwrap();
    let root = mount("corrupt", "en").await;

    assert!(text(&root, ".aimc-notice").contains("could not be read"));
    let storage = local_storage();
    let aside = kept_aside(&key);
    assert_eq!(aside.len(), 1);
    assert_eq!(
        storage.get_item(&aside[0]).unwrap().as_deref(),
        Some("{\"version\":1,\"answers\":[broken")
    );

    click(&root, "button.aimc-primary").await;
    choose(&root, 3).await;
    assert!(
        stored("corrupt").unwrap().contains(r#""tool_usage":3"#),
        "the key is usable again"
    );
    storage.remove_item(&aside[0]).unwrap();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_newer_version_is_not_overwritten() {
    let key = ProgressStore::key_for("newer");
    let newer = r#"{"version":99,"something":"from the future"}"#;
    local_storage().set_item(&key, newer).unwrap();
    let root = mount("newer", "en").await;
    click(&root, "button.aimc-primary").await;
    choose(&root, 1).await;
    assert_eq!(stored("newer").as_deref(), Some(newer));
    root.remove();
}

/// Replaces `Storage.prototype.setItem` with one that throws, runs `body`, restores it.
async fn with_throwing_set_item<F: std::future::Future<Output = ()>>(body: impl FnOnce() -> F) {
    let prototype = Reflect::get(
        &Reflect::get(&js_sys::global(), &"Storage".into()).unwrap(),
        &"prototype".into(),
    )
    .unwrap();
    let original = Reflect::get(&prototype, &"setItem".into()).unwrap();
    let thrower = Function::new_no_args(
        "throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');",
    );
    Reflect::set(&prototype, &"setItem".into(), &thrower).unwrap();
    body().await;
    Reflect::set(&prototype, &"setItem".into(), &original).unwrap();
}

#[wasm_bindgen_test]
async fn storage_that_throws_on_write_leaves_a_working_widget_and_one_notice() {
    local_storage()
        .remove_item(&ProgressStore::key_for("throwing"))
        .unwrap();
    with_throwing_set_item(|| async {
        let root = mount("throwing", "en").await;
        assert!(
            text(&root, ".aimc-notice").contains("will be gone"),
            "unavailable storage is announced"
        );
        click(&root, "button.aimc-primary").await;
        choose(&root, 1).await;
        click(&root, "button[type=submit]").await;
        assert!(text(&root, ".aimc-eyebrow").starts_with("Question 2 of 27"));
        assert_eq!(root.query_selector_all(".aimc-notice").unwrap().length(), 1);
        root.remove();
    })
    .await;
    assert_eq!(stored("throwing"), None);
}

#[wasm_bindgen_test]
async fn storage_that_throws_on_access_leaves_a_working_widget() {
    let window: Object = js_sys::global();
    let original = Reflect::get_own_property_descriptor(&window, &"localStorage".into()).unwrap();
    let getter =
        Function::new_no_args("throw new DOMException('Access is denied.', 'SecurityError');");
    let descriptor = Object::new();
    Reflect::set(&descriptor, &"get".into(), &getter).unwrap();
    Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
    Reflect::define_property(&window, &"localStorage".into(), &descriptor).unwrap();

    let root = mount("denied", "en").await;
    assert!(find(&root, ".aimc-notice").is_some());
    click(&root, "button.aimc-primary").await;
    choose(&root, 0).await;
    click(&root, "button[type=submit]").await;
    assert!(text(&root, ".aimc-eyebrow").starts_with("Question 2 of 27"));
    root.remove();

    if !original.is_undefined() {
        Reflect::define_property(&window, &"localStorage".into(), original.unchecked_ref())
            .unwrap();
    }
}
