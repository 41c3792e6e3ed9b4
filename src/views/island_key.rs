//! Which issue or event a keyed island is for. Islands here take no props: Leptos ships an
//! island's props as JSON, and reading them would put serde_json in the reader's bundle (its
//! wasm and glue: 98 KB gzip without, 115 KB with props and serde_json, measured).
//!
//! Instead `keyed()` writes the key itself, on a wrapper it owns
//! (`<island-key data-island-key="taiwan">`, `display: contents`), and hands it to the island
//! while rendering. While hydrating, the island walk reads it back from that wrapper. An island
//! asks with [`use_island_key`], naming no attribute; a keyed island rendered without its own
//! `keyed()` finds no key, rendering or hydrating, and fails with a message saying so.

use leptos::prelude::*;
use leptos::tachys::html::element::custom;
use leptos::tachys::reactive_graph::OwnedView;

use crate::page::{ISLAND_KEY_ATTR, ISLAND_KEY_TAG};

struct IslandKey(String);

/// Renders `island` for `key`, inside the wrapper that carries the key into the page.
pub fn keyed<V: IntoView + 'static>(key: String, island: impl FnOnce() -> V) -> impl IntoView {
    // An owner of its own scopes the key to this island, and lives as long as its view.
    let owner = Owner::new();
    let view = owner.with(|| {
        provide_context(IslandKey(key.clone()));
        island()
    });
    custom(ISLAND_KEY_TAG).attr(ISLAND_KEY_ATTR, key).child(OwnedView::new_with_owner(view, owner))
}

/// The key of the island being rendered or hydrated. Taken, not read: a keyed island nested
/// inside this one cannot see this one's key.
pub fn use_island_key() -> String {
    take_context::<IslandKey>()
        .map(|key| key.0)
        .or_else(key_of_starting_island)
        .unwrap_or_else(|| panic!("a keyed island has no key: render it with keyed()"))
}

/// Only the reader's island walk starts islands; natively, nothing is ever hydrating.
#[cfg(target_arch = "wasm32")]
fn key_of_starting_island() -> Option<String> {
    crate::platform::islands::key_of_starting_island()
}

#[cfg(not(target_arch = "wasm32"))]
fn key_of_starting_island() -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_goes_to_one_island_only() {
        Owner::new().with(|| {
            let _ = keyed("taiwan".into(), || {
                assert_eq!(use_island_key(), "taiwan");
                // A keyed island nested in this one without a `keyed()` of its own.
                let nested = std::panic::catch_unwind(use_island_key);
                assert!(nested.is_err(), "the nested island must not take the outer key");
            });
        });
    }
}
