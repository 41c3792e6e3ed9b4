//! Browser glue. Everything here touches `window`, so it runs only in effects and event
//! handlers, never while rendering: the same components also render natively at build time.

pub mod after_paint;
pub mod clipboard;
pub mod dom;
pub mod embed;
pub mod islands;
pub mod location;
pub mod renderer;
pub mod service_worker;
pub mod story_index;
pub mod trusted_types;

/// A GET of `url` that the server answered with success; HTTP and network failures as a sentence
/// for the error panel.
#[cfg(any(feature = "render", feature = "editor"))]
async fn get(url: &str) -> Result<gloo_net::http::Response, String> {
    let response =
        gloo_net::http::Request::get(url).send().await.map_err(|e| format!("{url}: the request failed ({e})"))?;
    if !response.ok() {
        return Err(format!("{url}: the server answered {} {}", response.status(), response.status_text()));
    }
    Ok(response)
}

/// Fetches a text file (the renderer's drafts, the editor's bundled story and site kit).
#[cfg(any(feature = "render", feature = "editor"))]
pub async fn fetch_text(url: &str) -> Result<String, String> {
    get(url).await?.text().await.map_err(|e| format!("{url}: the response could not be read ({e})"))
}

/// Fetches a file's bytes (the story editor's downloaded site copies the build's files).
#[cfg(feature = "editor")]
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    get(url).await?.binary().await.map_err(|e| format!("{url}: the response could not be read ({e})"))
}
