//! A card's "In their own words" shows the comparison's row for its issue: the same words, with
//! the same speakers, dates, sources and translation notes. The page carries them once, in the
//! comparison, and each card takes a copy when its island starts.
//!
//! Why not render them twice: a card and its row are about 42 KB of HTML apart in the Chinese
//! page (34 KB in the English), past gzip's 32 KB window, so the second copy was compressed as
//! new text: 5.1 KB gzip of the Chinese page's first view (3.9 KB of the English), a third TCP
//! round trip under Lighthouse's mobile simulation. A card's details show only once the islands
//! have started (the title's button opens them), so readers see the same card as before; until
//! then, for print before any interaction, the card links to the comparison instead.

use super::dom_ids;
use crate::platform::dom;

/// Fills the card of `issue_id` with copies of its row's stance cells, each as a `card-stance`
/// with its party's name as a heading (a joint text keeps its own label), once. A row without
/// stance cells (none rendered) leaves the card's link in place.
pub fn show_stances_on_card(issue_id: &str) {
    let Some(target) = dom::element(&dom_ids::card_stances(issue_id)) else { return };
    let cells = dom::all(&dom_ids::stance_cells(issue_id));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let stances: Vec<web_sys::Element> = cells.iter().filter_map(|cell| as_card_stance(&document, cell)).collect();
    if stances.is_empty() {
        return;
    }
    target.set_text_content(None);
    for stance in stances {
        let _ = target.append_child(&stance);
    }
}

fn as_card_stance(document: &web_sys::Document, cell: &web_sys::Element) -> Option<web_sys::Element> {
    let stance = document.create_element("div").ok()?;
    if cell.class_list().contains(dom_ids::JOINT_CELL) {
        stance.set_class_name("card-stance card-stance-joint");
    } else {
        stance.set_class_name("card-stance");
        let heading = document.create_element("h5").ok()?;
        heading.set_text_content(cell.get_attribute(dom_ids::CELL_LABEL).as_deref());
        stance.append_child(&heading).ok()?;
    }
    // The party's colour, `--party`.
    if let Some(style) = cell.get_attribute("style") {
        stance.set_attribute("style", &style).ok()?;
    }
    let children = cell.child_nodes();
    for i in 0..children.length() {
        let copy = children.item(i)?.clone_node_with_deep(true).ok()?;
        stance.append_child(&copy).ok()?;
    }
    Some(stance)
}
