//! Which issue or event a keyed island is for. Islands here take no props: Leptos ships an
//! island's props as JSON, and reading them would put serde_json in the reader's bundle (its
//! wasm and glue: 98 KB gzip without, 115 KB with props and serde_json, measured). The key is
//! an id the page already shows in an attribute (`data-issue-id`, …): while rendering, the page
//! hands it to the island through context; while hydrating, the island reads it back from that
//! attribute.

use leptos::prelude::*;
use leptos::tachys::reactive_graph::OwnedView;

use crate::platform;

#[derive(Clone)]
struct IslandKey(String);

/// Renders `island` for `key`.
pub fn keyed<V: IntoView>(key: String, island: impl FnOnce() -> V) -> OwnedView<V> {
    // An owner of its own scopes the key to this island, and lives as long as its view.
    let owner = Owner::new();
    let view = owner.with(|| {
        provide_context(IslandKey(key));
        island()
    });
    OwnedView::new_with_owner(view, owner)
}

/// The key of the island being rendered or hydrated: while hydrating, `attribute` of the nearest
/// element that has it, from the island's first element outwards.
pub fn use_island_key(attribute: &str) -> String {
    match use_context::<IslandKey>() {
        Some(key) => key.0,
        None if cfg!(target_arch = "wasm32") => platform::islands::hydrating_key(attribute),
        None => panic!("an island asked for its {attribute} outside `keyed`"),
    }
}
