//! The editions a build writes, each from its staged dataset (the page itself is made by
//! `summit_explainer::publish`).

use std::path::Path;

use summit_explainer::model::{check_file_language, load, Story};
use summit_explainer::page::{Edition, EDITIONS};

/// The editions this build writes, each with its dataset: every edition whose dataset trunk
/// staged. With `dataset` (another story, such as the synthetic test story), that story
/// replaces the edition of its language, and is the only one.
pub fn staged(dir: &Path, dataset: Option<&Path>) -> Result<Vec<(&'static Edition, Story)>, String> {
    if let Some(dataset) = dataset {
        let data = read_dataset(dataset)?;
        let edition = Edition::for_language(&data.meta.language)
            .ok_or_else(|| format!("{}: no edition is in \"{}\"", dataset.display(), data.meta.language))?;
        for other in &EDITIONS {
            let _ = std::fs::remove_file(dir.join(other.dataset));
        }
        std::fs::copy(dataset, dir.join(edition.dataset))
            .map_err(|e| format!("cannot copy {}: {e}", dataset.display()))?;
        return Ok(vec![(edition, data)]);
    }
    let staged: Vec<_> = EDITIONS.iter().filter(|e| dir.join(e.dataset).is_file()).collect();
    if staged.is_empty() {
        return Err(format!("no edition's dataset is staged ({})", EDITIONS.map(|e| e.dataset).join(", ")));
    }
    staged.into_iter().map(|e| Ok((e, read_dataset(&dir.join(e.dataset))?))).collect()
}

fn read_dataset(path: &Path) -> Result<Story, String> {
    let json = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let data = load(&json).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        format!("{} is not valid:\n{}", path.display(), lines.join("\n"))
    })?;
    match check_file_language(&path.to_string_lossy(), &data.meta.language) {
        Some(error) => Err(format!("{}: {error}", path.display())),
        None => Ok(data),
    }
}
