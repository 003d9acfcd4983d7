//! The widget's entry point: mounts an instance into every `[data-ai-maturity-check]` element.

fn main() {
    #[cfg(target_arch = "wasm32")]
    ai_maturity_check::mount_all();
}
