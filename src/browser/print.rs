//! Opens the browser's print dialog, where "Save as PDF" makes the report; the print layout is
//! in the stylesheet (`@media print`).

pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
