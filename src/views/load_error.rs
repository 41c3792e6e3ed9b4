use leptos::prelude::*;

use crate::model::DataError;

/// Why a dataset could not be shown, worded for the editor who has to fix it.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadFailure {
    pub heading: String,
    pub errors: Vec<String>,
    /// A draft failed: the bundled story is still there, one link away.
    pub is_draft: bool,
}

impl LoadFailure {
    pub fn new(what: &str, errors: Vec<DataError>) -> Self {
        let n = errors.len();
        Self {
            heading: format!("The dataset {what} has {n} problem{}", if n == 1 { "" } else { "s" }),
            errors: errors.iter().map(ToString::to_string).collect(),
            is_draft: false,
        }
    }

    pub fn unreachable(what: &str, reason: String) -> Self {
        Self { heading: format!("The dataset {what} could not be loaded"), errors: vec![reason], is_draft: false }
    }

    pub fn refused(reason: String) -> Self {
        Self { heading: "The draft dataset was not loaded".into(), errors: vec![reason], is_draft: false }
    }

    pub fn as_draft(self) -> Self {
        Self { is_draft: true, ..self }
    }
}

#[component]
pub fn LoadError(failure: LoadFailure) -> impl IntoView {
    let LoadFailure { heading, errors, is_draft } = failure;
    view! {
        <section class="load-error" data-testid="load-error" role="alert" aria-labelledby="load-error-heading">
            <h2 id="load-error-heading">{heading}</h2>
            <ul>{errors.into_iter().map(|e| view! { <li><code>{e}</code></li> }).collect_view()}</ul>
            {is_draft.then(|| view! {
                <p>"You are seeing the bundled story. "
                    <a href="./" data-testid="bundled-link">"Open the bundled story without the draft"</a>
                </p>
            })}
        </section>
    }
}
