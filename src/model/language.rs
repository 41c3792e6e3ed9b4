//! Language tags: which language a dataset is written in, and whether two tags name one language.

use super::error::DataError;
use super::place::Place;
use super::problem::Problem;

/// Whether two BCP 47 tags name one language ("zh-Hans" and "zh" do; scripts and regions aside).
pub fn same_language(a: &str, b: &str) -> bool {
    let primary = |tag: &str| tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    primary(a) == primary(b)
}

/// The language a dataset's file name claims: `summit.zh-Hans.json` claims "zh-Hans"; a name
/// with no language tag between its last two dots (`story.json`, `story.draft.json`) claims none.
pub fn language_in_file_name(file_name: &str) -> Option<&str> {
    let stem = file_name.rsplit(['/', '\\']).next()?.strip_suffix(".json")?;
    let (_, tag) = stem.rsplit_once('.')?;
    let mut parts = tag.split('-');
    let primary = parts.next()?;
    let looks_like_tag = (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|part| (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric()));
    looks_like_tag.then_some(tag)
}

/// A file named for one language must hold a story in that language (its `meta.language`), so an
/// edition never ships another's text.
pub fn check_file_language(file_name: &str, language: &str) -> Option<DataError> {
    let claimed = language_in_file_name(file_name)?;
    (claimed != language).then(|| {
        let reason = Problem::LanguageNotFileName.with("language", language).and("claimed", claimed);
        DataError::new(Place::file().field("meta").field("language"), reason)
    })
}

/// Each place where a space stands between a Chinese character and a Latin letter, a digit or a
/// template's hole (`按 Esc 键`, `{n} 个`), as the three characters around it: Chinese typesetting
/// sets none, in the data as on the page.
pub fn spaces_between_scripts(text: &str) -> Vec<String> {
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let latin = |c: char| c.is_ascii_alphanumeric() || c == '{' || c == '}';
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .filter(|w| w[1] == ' ' && ((han(w[0]) && latin(w[2])) || (latin(w[0]) && han(w[2]))))
        .map(|w| w.iter().collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_name_languages() {
        assert!(same_language("zh-Hans", "zh"));
        assert!(same_language("EN", "en-GB"));
        assert!(!same_language("en", "zh-Hans"));
    }

    #[test]
    fn file_names_claim_languages() {
        assert_eq!(language_in_file_name("assets/data/summit.zh-Hans.json"), Some("zh-Hans"));
        assert_eq!(language_in_file_name("summit.en.json"), Some("en"));
        assert_eq!(language_in_file_name("story.json"), None);
        assert_eq!(language_in_file_name("my.story.draft.json"), None);
        assert_eq!(language_in_file_name("summit.en.txt"), None);
    }
}
