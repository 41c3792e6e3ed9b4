//! The bundled story (the English edition), for the tests about it (`tests/story.rs`) and those
//! that run on it beside the synthetic one; the engine's unit tests run on `tests/fixtures/`.

pub const BUNDLED_JSON: &str = include_str!("../../assets/data/summit.en.json");
