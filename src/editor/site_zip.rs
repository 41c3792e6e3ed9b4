//! "Download the page": the site of one story as a zip. The story's own files are written by
//! `site::story_files` (from the renderer bundle's pieces); the kit's files come from the
//! editor's own site as they are; `sw.js` is stamped with them all; the zip holds each at its
//! path, `index.html` at its root.

use std::io::Write;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::page::Edition;
use crate::platform::trusted_types::SERVICE_WORKER_URL;
use crate::site::{precache, Kit};

/// Every file of the site, as (path, bytes), sorted by path: the story's `written` files, the
/// kit's `copied` ones, and the service worker stamped with them, for `edition`'s page.
pub fn site_files(
    kit: &Kit,
    written: Vec<(String, String)>,
    copied: Vec<(String, Vec<u8>)>,
    edition: &Edition,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut files: Vec<(String, Vec<u8>)> =
        written.into_iter().map(|(path, text)| (path, text.into_bytes())).chain(copied).collect();
    let stamped = precache::stamp(&kit.service_worker, &files, std::slice::from_ref(edition))?;
    files.push((SERVICE_WORKER_URL.to_string(), stamped.service_worker.into_bytes()));
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

/// `files` as a zip, each dated `day` (year, month, day; the zip format has no time zone and
/// nothing before 1980).
pub fn zip(files: &[(String, Vec<u8>)], day: (u16, u8, u8)) -> Result<Vec<u8>, String> {
    let date = DateTime::from_date_and_time(day.0, day.1, day.2, 0, 0, 0).unwrap_or_default();
    let mut out = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (path, bytes) in files {
        // Images are compressed already: deflating them again costs time for nothing.
        let method = if path.ends_with(".png") { CompressionMethod::Stored } else { CompressionMethod::Deflated };
        let options = SimpleFileOptions::default().compression_method(method).last_modified_time(date);
        out.start_file(path.as_str(), options).map_err(|e| format!("{path}: {e}"))?;
        out.write_all(bytes).map_err(|e| format!("{path}: {e}"))?;
    }
    Ok(out.finish().map_err(|e| e.to_string())?.into_inner())
}

/// The zip's name, from the story's file name: `summit.en.json` → `summit.en-site.zip`.
pub fn zip_name(file_name: &str) -> String {
    let stem = file_name.strip_suffix(".json").unwrap_or(file_name);
    format!("{}-site.zip", if stem.is_empty() { "story" } else { stem })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_zip_is_named_for_the_story_file() {
        assert_eq!(zip_name("summit.en.json"), "summit.en-site.zip");
        assert_eq!(zip_name("story.json"), "story-site.zip");
        assert_eq!(zip_name(""), "story-site.zip");
    }
    use crate::page::EDITIONS;
    use crate::site::at_root;
    use std::io::Read;

    const SW: &str = "const VERSION = \"dev\";\nconst PRECACHE = [];\nconst EDITIONS = {};\nconst EDITOR = [];\n";

    #[test]
    fn the_zip_holds_every_file_at_its_path_with_a_stamped_worker_and_reads_back() {
        let kit = Kit { service_worker: SW.into(), ..Kit::default() };
        let zh = at_root(&EDITIONS[1]);
        let written = vec![
            ("index.html".to_string(), "<!doctype html>页".to_string()),
            (zh.dataset.to_string(), "{}".to_string()),
            ("story-index.json".to_string(), "[]".to_string()),
            ("_headers".to_string(), "/*\n".to_string()),
        ];
        let copied = vec![("app_bg.wasm".to_string(), vec![0, 97, 115, 109]), ("share.png".to_string(), vec![137, 80])];
        let files = site_files(&kit, written, copied, &zh).unwrap();
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "_headers",
                "app_bg.wasm",
                "data/summit.zh-Hans.json",
                "index.html",
                "share.png",
                "story-index.json",
                "sw.js"
            ]
        );
        let sw = String::from_utf8(files[6].1.clone()).unwrap();
        assert!(
            sw.contains("const PRECACHE = [\"./app_bg.wasm\"];") && sw.contains("\"./data/summit.zh-Hans.json\""),
            "{sw}"
        );

        let bytes = zip(&files, (2026, 12, 7)).unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(archive.len(), files.len());
        for (name, content) in &files {
            let mut entry = archive.by_name(name).unwrap();
            let mut read = Vec::new();
            entry.read_to_end(&mut read).unwrap();
            assert_eq!(&read, content, "{name}");
            assert_eq!(entry.last_modified().map(|d| (d.year(), d.month(), d.day())), Some((2026, 12, 7)));
        }
    }
}
