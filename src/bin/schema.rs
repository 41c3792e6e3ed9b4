//! Prints the dataset's JSON Schema, generated from the Rust types:
//! `cargo run -q --features schema --bin schema > assets/data/schema.json`.

fn main() {
    print!("{}", summit_explainer::model::json_schema());
}
