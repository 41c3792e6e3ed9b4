//! `cargo run -q --bin validate -- FILE`: checks a dataset the way the app does.
//! Prints `ok` and a summary, or one error per line; exits 1 on any error.

use std::process::ExitCode;

use summit_explainer::model::{check_file_language, load};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: cargo run -q --bin validate -- FILE");
        return ExitCode::from(2);
    };
    let text = match std::fs::read(&path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            println!("{path}: cannot read the file ({e})");
            return ExitCode::FAILURE;
        }
    };
    match load(&text).and_then(|d| match check_file_language(&path, &d.meta.language) {
        Some(error) => Err(vec![error]),
        None => Ok(d),
    }) {
        Ok(d) => {
            println!("ok: {}", d.summary());
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in errors {
                println!("{e}");
            }
            ExitCode::FAILURE
        }
    }
}
