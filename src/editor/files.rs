//! Files in and out: a file the editor picks or drops is read as bytes (a workbook is not text); "Download JSON" hands
//! the browser a file to save. Nothing leaves the machine.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The bytes of a picked or dropped file (a workbook is not text).
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer =
        JsFuture::from(file.array_buffer()).await.map_err(|e| format!("{} could not be read ({e:?})", file.name()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The first file of a drop, if it carried one.
pub fn dropped(event: &web_sys::DragEvent) -> Option<web_sys::File> {
    event.data_transfer()?.files()?.get(0)
}

/// The first file chosen in a file input.
pub fn chosen(input: &web_sys::HtmlInputElement) -> Option<web_sys::File> {
    input.files()?.get(0)
}

/// Offers `text` as a download named `name`, through a link to a blob clicked once.
pub fn download(name: &str, text: &str) -> Result<(), JsValue> {
    download_bytes(name, text.as_bytes(), "application/json")
}

/// Offers `bytes` of the media type `kind` as a download named `name`.
pub fn download_bytes(name: &str, bytes: &[u8], kind: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The browser reads the blob after the click returns: let it go only once it has.
    leptos::prelude::set_timeout(
        move || drop(web_sys::Url::revoke_object_url(&url)),
        std::time::Duration::from_secs(30),
    );
    Ok(())
}
