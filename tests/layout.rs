//! The source tree's shape, as docs/ARCHITECTURE.md ("Layers") states it: no file reaches
//! itself through the files it imports, no import goes from a lower layer to a higher one, and
//! no source file is over 600 lines. Read from the files themselves, so a change that breaks
//! the shape fails here, with the loop, the import or the file named.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[path = "support/source_files.rs"]
mod source_files;
use source_files::rust_files;

const MAX_LINES: usize = 600;

/// The library's top-level modules, lowest first: a module may import from its own layer and
/// from those before it, never from one after it.
const LAYERS: &[&[&str]] =
    &[&["model"], &["page"], &["state"], &["platform"], &["publish", "views", "import"], &["site"], &["editor"]];

type Module = Vec<String>;

/// `src/views/find.rs` is `views::find`; `src/views/mod.rs` is `views`; the bins are not the
/// library's (None).
fn module_of(src: &Path, file: &Path) -> Option<Module> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Module = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if parts.first().is_some_and(|p| p == "bin") || parts == ["main"] {
        return None;
    }
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    Some(parts)
}

/// The code without comments and without its inline test module (tests may reach anywhere).
fn code_of(text: &str) -> String {
    let code: Vec<&str> = text.lines().map(|l| l.split("//").next().unwrap_or_default()).collect();
    let tests = code.windows(2).position(|w| w[0].trim() == "#[cfg(test)]" && w[1].trim() == "mod tests {");
    code[..tests.unwrap_or(code.len())].join("\n")
}

/// Every path a `use` item names, its braces expanded: `a::{b, c::d}` is `a::b` and `a::c::d`.
fn use_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = use_item(rest) {
        let item = &rest[at..];
        let end = item.find(';').unwrap_or(item.len());
        let tree = item[..end].split_whitespace().collect::<Vec<_>>().join(" ");
        expand("", &tree, &mut paths);
        rest = &item[end..];
    }
    paths
}

/// Where the next `use` item's tree starts: after `use ` at a line's start (`pub`, `pub(crate)`
/// before it), never in a sentence.
fn use_item(code: &str) -> Option<usize> {
    let mut offset = 0;
    for line in code.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let item = trimmed.strip_prefix("pub").map_or(trimmed, |r| r.split_once(' ').map_or(r, |(_, r)| r));
        if let Some(tree) = item.strip_prefix("use ") {
            return Some(offset + line.len() - tree.len());
        }
        offset += line.len();
    }
    None
}

fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
    let Some(open) = tree.find('{') else {
        let leaf = tree.split(" as ").next().unwrap_or(tree).trim();
        out.push(format!("{prefix}{leaf}"));
        return;
    };
    let head = format!("{prefix}{}", tree[..open].trim());
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                expand(&head, &inner[start..i], out);
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < inner.len() {
        expand(&head, &inner[start..], out);
    }
}

/// Paths written in the code itself: `crate::model::load(…)`.
fn inline_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    for root in ["crate::", "super::"] {
        for (at, _) in code.match_indices(root) {
            let before = code[..at].chars().next_back();
            // `pub(in crate::views)` is a visibility, not an import.
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') || code[..at].ends_with("(in ") {
                continue;
            }
            let path: String =
                code[at..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            paths.push(path.trim_end_matches(':').to_string());
        }
    }
    paths
}

/// The child modules a file declares (`mod en;`), which its paths may start from.
fn children(code: &str) -> BTreeSet<String> {
    code.lines()
        .filter_map(|l| {
            let l = l.trim().trim_start_matches("pub ").trim_start_matches("pub(crate) ");
            let name = l.strip_prefix("mod ")?.strip_suffix(';')?;
            Some(name.trim().to_string())
        })
        .collect()
}

/// The module file a path lands in: its longest prefix that is one.
fn resolve(from: &Module, path: &str, children: &BTreeSet<String>, modules: &BTreeSet<Module>) -> Option<Module> {
    let mut segments = path.split("::").filter(|s| !s.is_empty()).peekable();
    let mut base: Module = match *segments.peek()? {
        "crate" => {
            segments.next();
            Vec::new()
        }
        "self" => {
            segments.next();
            from.clone()
        }
        "super" => {
            let mut base = from.clone();
            while segments.peek() == Some(&"super") {
                segments.next();
                base.pop();
            }
            base
        }
        first if children.contains(first) => from.clone(),
        _ => return None,
    };
    let mut found = modules.contains(&base).then(|| base.clone());
    for segment in segments {
        base.push(segment.to_string());
        if !modules.contains(&base) {
            break;
        }
        found = Some(base.clone());
    }
    found
}

struct Tree {
    lines: BTreeMap<Module, (PathBuf, usize)>,
    imports: BTreeMap<Module, BTreeSet<Module>>,
}

fn tree() -> Tree {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = rust_files(&src);
    let texts: Vec<(PathBuf, Option<Module>, String)> =
        files.into_iter().map(|f| (f.clone(), module_of(&src, &f), std::fs::read_to_string(&f).unwrap())).collect();
    let modules: BTreeSet<Module> = texts.iter().filter_map(|(_, m, _)| m.clone()).collect();
    let mut tree = Tree { lines: BTreeMap::new(), imports: BTreeMap::new() };
    for (file, module, text) in &texts {
        let key = module.clone().unwrap_or_else(|| vec![file.display().to_string()]);
        tree.lines.insert(key, (file.clone(), text.lines().count()));
        let Some(module) = module else { continue };
        let code = code_of(text);
        let children = children(&code);
        let targets = use_paths(&code)
            .into_iter()
            .chain(inline_paths(&code))
            .filter_map(|p| resolve(module, &p, &children, &modules))
            .filter(|t| t != module && !t.is_empty())
            .collect();
        tree.imports.insert(module.clone(), targets);
    }
    tree
}

fn name(module: &Module) -> String {
    module.join("::")
}

/// A loop through `start`'s imports back to it, if there is one.
fn loop_from(start: &Module, imports: &BTreeMap<Module, BTreeSet<Module>>) -> Option<Vec<Module>> {
    let mut stack = vec![(start.clone(), vec![start.clone()])];
    let mut seen = BTreeSet::new();
    while let Some((at, path)) = stack.pop() {
        for next in imports.get(&at).into_iter().flatten() {
            if next == start {
                return Some([path.clone(), vec![start.clone()]].concat());
            }
            if seen.insert(next.clone()) {
                stack.push((next.clone(), [path.clone(), vec![next.clone()]].concat()));
            }
        }
    }
    None
}

#[test]
fn no_source_file_imports_itself_through_others() {
    let tree = tree();
    let loops: Vec<String> = tree
        .imports
        .keys()
        .filter_map(|m| loop_from(m, &tree.imports))
        .map(|l| l.iter().map(name).collect::<Vec<_>>().join(" → "))
        .collect();
    assert!(loops.is_empty(), "use loops:\n{}", loops.join("\n"));
    // The check sees imports at all: the tree has a few hundred of them.
    assert!(tree.imports.values().map(BTreeSet::len).sum::<usize>() > 150);
}

#[test]
fn no_import_goes_up_a_layer() {
    let layer = |m: &Module| LAYERS.iter().position(|names| m.first().is_some_and(|top| names.contains(&top.as_str())));
    let tree = tree();
    let mut upward = Vec::new();
    for (from, targets) in &tree.imports {
        for to in targets {
            if let (Some(a), Some(b)) = (layer(from), layer(to)) {
                if b > a {
                    upward.push(format!("{} imports {}", name(from), name(to)));
                }
            }
        }
    }
    assert!(upward.is_empty(), "imports from a lower layer to a higher one:\n{}", upward.join("\n"));
    // Every top-level module is in a layer, so none escapes the check.
    let unplaced: Vec<_> = tree.imports.keys().filter(|m| m.len() == 1 && layer(m).is_none()).collect();
    assert!(unplaced.is_empty(), "modules in no layer: {unplaced:?}");
}

#[test]
fn no_source_file_is_over_600_lines() {
    let long: Vec<String> = tree()
        .lines
        .values()
        .filter(|(_, n)| *n > MAX_LINES)
        .map(|(f, n)| format!("{} has {n} lines", f.display()))
        .collect();
    assert!(long.is_empty(), "{}", long.join("\n"));
}

#[test]
fn the_reader_of_imports_expands_use_trees_and_finds_loops() {
    let mut paths = use_paths("use super::{a, b::{c, d as e}};\nuse crate::model::load;");
    paths.sort();
    assert_eq!(paths, ["crate::model::load", "super::a", "super::b::c", "super::b::d"]);
    let m = |s: &str| s.split("::").map(String::from).collect::<Module>();
    let imports = BTreeMap::from([
        (m("views::a"), BTreeSet::from([m("views::b")])),
        (m("views::b"), BTreeSet::from([m("views::a")])),
        (m("views::c"), BTreeSet::from([m("views::a")])),
    ]);
    assert!(loop_from(&m("views::a"), &imports).is_some());
    assert!(loop_from(&m("views::c"), &imports).is_none());
}
