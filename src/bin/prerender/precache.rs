//! The build's files, and `sw.js` stamped with them (`summit_explainer::site::precache`).

use std::path::Path;

use summit_explainer::page::EDITIONS;
use summit_explainer::platform::trusted_types::SERVICE_WORKER_URL;
use summit_explainer::site::precache;

/// Every file under `dir`, as a path from it, sorted.
pub fn list(dir: &Path) -> Result<Vec<String>, String> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            if entry.file_type()?.is_dir() {
                walk(&entry.path(), &format!("{name}/"), out)?;
            } else {
                out.push(name);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, "", &mut out).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    out.sort();
    Ok(out)
}

/// Stamps `dir`'s `sw.js` with the build's files; returns how many every reader caches.
pub fn stamp(dir: &Path) -> Result<usize, String> {
    let sw_path = dir.join(SERVICE_WORKER_URL);
    let template = std::fs::read_to_string(&sw_path).map_err(|e| format!("cannot read sw.js: {e}"))?;
    let files = list(dir)?
        .into_iter()
        .map(|name| Ok((name.clone(), std::fs::read(dir.join(&name)).map_err(|e| format!("cannot read {name}: {e}"))?)))
        .collect::<Result<Vec<_>, String>>()?;
    let stamped = precache::stamp(&template, &files, &EDITIONS)?;
    std::fs::write(&sw_path, stamped.service_worker).map_err(|e| e.to_string())?;
    Ok(stamped.shared)
}
