use leptos::prelude::*;

use super::words::problem_line;
use super::words::{strings, Strings};
use crate::model::DataError;
use crate::state::Refusal;

/// Why a dataset could not be shown, worded for the editor who has to fix it.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadFailure {
    pub heading: String,
    pub errors: Vec<String>,
    /// A draft failed: the bundled story is still there, one link away.
    pub is_draft: bool,
}

impl LoadFailure {
    /// A dataset's problems, each as `path: message` in the page's language.
    pub fn new(what: &str, errors: Vec<DataError>) -> Self {
        Self::worded(strings(), what, errors)
    }

    /// A dataset's problems in the language of the table `t`: English as the CLI prints them,
    /// another language from its words for each kind (`words/zh_hans/problems.rs`).
    pub fn worded(t: &'static Strings, what: &str, errors: Vec<DataError>) -> Self {
        Self {
            heading: t.load_problems(what, errors.len()),
            errors: errors.iter().map(|e| problem_line(e, t.language)).collect(),
            is_draft: false,
        }
    }

    pub fn unreachable(what: &str, reason: String) -> Self {
        let heading = Strings::fill(strings().load_unreachable, &[("what", what)]);
        Self { heading, errors: vec![reason], is_draft: false }
    }

    pub fn refused(refusal: &Refusal) -> Self {
        let t = strings();
        Self { heading: t.load_refused.into(), errors: vec![t.draft_refusal(refusal)], is_draft: false }
    }

    pub fn as_draft(self) -> Self {
        Self { is_draft: true, ..self }
    }
}

#[component]
pub fn LoadError(failure: LoadFailure) -> impl IntoView {
    let LoadFailure { heading, errors, is_draft } = failure;
    let t = strings();
    view! {
        <section class="load-error" data-testid="load-error" role="alert" aria-labelledby="load-error-heading">
            <h2 id="load-error-heading">{heading}</h2>
            <ul>{errors.into_iter().map(|e| view! { <li><code>{e}</code></li> }).collect_view()}</ul>
            {is_draft.then(|| view! {
                <p>{t.load_seeing_bundled}
                    <a href="./" data-testid="bundled-link">{t.load_open_bundled}</a>
                </p>
            })}
        </section>
    }
}
