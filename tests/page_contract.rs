//! The shell (`index.html`) is read by trunk as it is, so it cannot import `src/page.rs`: this
//! checks that it spells every name of the page contract the way the code does.

use summit_explainer::page::*;

const SHELL: &str = include_str!("../index.html");

#[test]
fn the_shell_has_the_app_root_and_its_end_marker() {
    assert!(SHELL.contains(&format!("<div id=\"{APP_ID}\">")), "#app");
    assert!(SHELL.contains(&format!("</div>{APP_END_MARKER}")), "the end of #app");
}

#[test]
fn the_shell_defines_the_start_failure_note_and_its_one_function() {
    assert!(SHELL.contains(&format!("id=\"{FAILED_NOTE_ID}\"")), "the note");
    assert!(SHELL.contains(&format!("window.{SHOW_START_FAILURE_FN} = failed;")), "the function");
    let before_start = format!("function () {{ if (!window.{TRUNK_BINDINGS_GLOBAL}) failed(); }}");
    assert_eq!(SHELL.matches(&before_start).count(), 2, "an error or a rejection before the bundle has started");
    assert!(SHELL.contains(&format!("root.classList.add(\"{FAILED_CLASS}\")")), "the class");
    assert!(SHELL.contains(&format!("document.getElementById(\"{FAILED_NOTE_ID}\")")), "the note's id in the script");
}

#[test]
fn the_shell_shows_the_editor_link_on_request_with_the_class_the_css_and_prerender_use() {
    assert!(SHELL.contains(&format!("root.classList.add(\"{EDIT_LINK_CLASS}\")")), "the class");
    let css = include_str!("../style/base.css");
    assert!(css.contains(&format!(".{EDIT_LINK_CLASS} .edit-link {{ display: block; }}")), "base.css shows the link");
}

#[test]
fn trunk_optimises_the_reader_with_the_flags_the_editor_bundle_gets() {
    assert!(SHELL.contains(&format!("data-wasm-opt-params=\"{WASM_OPT_FLAGS}\"")));
}

#[test]
fn the_shell_starts_the_app_when_wanted_from_the_names_the_loader_and_islands_use() {
    assert!(SHELL.contains(&format!("window.{START_WHEN_WANTED_FN} = function (start)")), "the function");
    assert!(SHELL.contains(&format!("app.hasAttribute(\"{PRERENDERED_ATTR}\")")), "pre-rendered pages wait");
    assert!(SHELL.contains(&format!("document.getElementById(\"{APP_ID}\")")), "the app's id");
    assert!(SHELL.contains(&format!("root.classList.contains(\"{READY_CLASS}\")")), "the ready class");
}

#[test]
fn the_shell_registers_the_service_worker_from_the_builds_root_through_its_one_policy() {
    use summit_explainer::platform::trusted_types::{SERVICE_WORKER_URL, WORKER_POLICY};
    assert!(SHELL.contains(&format!("app.getAttribute(\"{ROOT_ATTR}\")) || \"./\") + \"{SERVICE_WORKER_URL}\"")));
    assert!(SHELL.contains(&format!("trustedTypes.createPolicy(\"{WORKER_POLICY}\"")));
}
