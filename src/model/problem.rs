//! What can be wrong with a dataset, as kinds with values rather than finished sentences, so
//! that each language words them its own way. The model's own wording is English, the
//! validator's (the CLI prints it); the page's other languages are in the views
//! (`views/words/zh_hans/problems.rs`), one template per kind with the same named holes.

use std::fmt;

/// Declares the kinds once, as the enum and as the list of them all (for tests that go
/// through every kind).
macro_rules! kinds {
    ($(#[$enum_doc:meta])* pub enum Problem { $($(#[$doc:meta])* $kind:ident,)* }) => {
        $(#[$enum_doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Problem {
            $($(#[$doc])* $kind,)*
        }

        impl Problem {
            /// Every kind, for tests that go through them all.
            pub const ALL: &'static [Problem] = &[$(Problem::$kind),*];
        }
    };
}

kinds! {
    /// The kind of a problem. Each has an English template with named holes (`{id}`), filled from
    /// the problem's values by [`fill`]; a new kind cannot be added without its English here and its
    /// words in every other language of the page (both are exhaustive `match`es).
    pub enum Problem {
        // The file as a whole (load.rs, limits.rs).
        /// `{size}`, `{max}`: kilobytes.
        FileTooLarge,
        EmptyFile,
        /// `{reason}`: serde_json's own words, as given.
        InvalidJson,
        /// `{depth}`: the limit.
        NestedTooDeep,
        /// `{chars}`, `{max}`.
        TextTooLong,
        /// `{count}`, `{max}`, and `{what}`: "items" (a list) or "fields" (an object).
        TooManyItems,
        /// `{more}` problems past `{max}`, not listed.
        MoreProblems,
        TopLevelNotAnObject,
        // The shape of a section or item (load.rs).
        MissingField,
        UnknownField,
        /// `{allowed}`: the field names, joined with ", ".
        UnknownFieldAllowed,
        /// `{found}`: a JSON kind ("a list", "an object", "text"…).
        NotAList,
        /// `{variant}`; `{expected}`: serde's phrase (`one of "a", "b"`), and `{variants}`: the
        /// same names as a list (see [`Reason::list`]).
        UnknownVariant,
        /// `{found}`, `{expected}`: serde's words ("integer 7", "a string").
        InvalidType,
        /// `{found}`, `{expected}`: serde's words.
        InvalidValue,
        /// `{reason}`: any other message of serde's, as given.
        Shape,
        // Dates (date_span.rs).
        /// `{date}`.
        NotIsoDate,
        /// `{date}`, `{month}`.
        NoSuchMonth,
        /// `{date}`.
        NoSuchDay,
        /// `{range}`.
        RangeInverted,
        // The story (validate.rs, language.rs).
        Blank,
        /// `{url}`.
        NotWebUrl,
        /// `{id}`.
        BadId,
        /// `{id}`.
        DuplicateId,
        /// `{kind}`: "party", "issue", "event", "era" or "source"; `{id}`.
        UnknownId,
        NoSources,
        NoParties,
        /// `{colour}`.
        BadColour,
        /// `{party}`.
        CoveredByJoint,
        /// `{party}`.
        SecondPosition,
        /// `{party}`, `{status}`.
        SilentParty,
        /// `{alignment}`; `{parties}`: the ids quoted and joined (`"us", "cn"`), and `{party_ids}`:
        /// the same ids as a list (see [`Reason::list`]).
        AlignmentNeedsWords,
        /// `{status}`.
        CheckedOnlyWithoutStatement,
        /// `{status}`.
        LeftOutWithoutStatement,
        /// `{status}`.
        NeedsCheckedPeriod,
        /// `{party}`.
        ListedTwice,
        JointNeedsTwo,
        JointNotAdjacent,
        NoWords,
        QuoteNeedsLanguage,
        SpokenWithoutQuote,
        /// `{language}`: the dataset's.
        OnlyTranslations,
        /// `{spoken}`, `{shown}`, `{ours}`.
        NeedsTranslator,
        /// `{date}`, `{era}`, `{start}`, `{end}`.
        OutsideEra,
        /// `{start}`, `{end}`.
        EraInverted,
        SourceNeedsUrlOrDate,
        /// `{language}`: the dataset's; `{claimed}`: the file name's.
        LanguageNotFileName,
    }
}

impl Problem {
    /// Whether a story with this problem cannot be drawn at all: its file, shape, dates, ids or
    /// references are broken, or a value would be unsafe in the page (a link, a colour). The
    /// rest (a missing source, a blank, a party's silence, a translator) block publishing only,
    /// and the editor's preview draws the story while they are fixed.
    pub const fn blocks_drawing(self) -> bool {
        match self {
            Self::FileTooLarge
            | Self::EmptyFile
            | Self::InvalidJson
            | Self::NestedTooDeep
            | Self::TextTooLong
            | Self::TooManyItems
            | Self::MoreProblems
            | Self::TopLevelNotAnObject
            | Self::MissingField
            | Self::UnknownField
            | Self::UnknownFieldAllowed
            | Self::NotAList
            | Self::UnknownVariant
            | Self::InvalidType
            | Self::InvalidValue
            | Self::Shape
            | Self::NotIsoDate
            | Self::NoSuchMonth
            | Self::NoSuchDay
            | Self::RangeInverted
            | Self::EraInverted
            | Self::NotWebUrl
            | Self::BadId
            | Self::DuplicateId
            | Self::UnknownId
            | Self::NoParties
            | Self::BadColour
            | Self::CoveredByJoint
            | Self::SecondPosition
            | Self::ListedTwice
            | Self::JointNeedsTwo
            | Self::JointNotAdjacent => true,
            Self::Blank
            | Self::NoSources
            | Self::SilentParty
            | Self::AlignmentNeedsWords
            | Self::CheckedOnlyWithoutStatement
            | Self::LeftOutWithoutStatement
            | Self::NeedsCheckedPeriod
            | Self::NoWords
            | Self::QuoteNeedsLanguage
            | Self::SpokenWithoutQuote
            | Self::OnlyTranslations
            | Self::NeedsTranslator
            | Self::OutsideEra
            | Self::SourceNeedsUrlOrDate
            | Self::LanguageNotFileName => false,
        }
    }

    /// The English template: the validator's wording, which the CLI prints.
    pub const fn english(self) -> &'static str {
        match self {
            Self::FileTooLarge => "the file is {size} KB; a dataset may be at most {max} KB",
            Self::EmptyFile => "the file is empty; expected a JSON object",
            Self::InvalidJson => "invalid JSON: {reason}",
            Self::NestedTooDeep => "nested more than {depth} levels deep",
            Self::TextTooLong => "text of {chars} characters; at most {max} are allowed",
            Self::TooManyItems => "{count} {what}; at most {max} are allowed",
            Self::MoreProblems => "and {more} more problems, not listed (at most {max} are)",
            Self::TopLevelNotAnObject => {
                "the top level must be a JSON object with meta, parties, issues, events, eras and sources"
            }
            Self::MissingField => "required field is missing",
            Self::UnknownField => "unknown field",
            Self::UnknownFieldAllowed => "unknown field (allowed: {allowed})",
            Self::NotAList => "expected a list, found {found}",
            Self::UnknownVariant => "unknown variant \"{variant}\", expected {expected}",
            Self::InvalidType => "invalid type: {found}, expected {expected}",
            Self::InvalidValue => "invalid value: {found}, expected {expected}",
            Self::Shape => "{reason}",
            Self::NotIsoDate => "\"{date}\" is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)",
            Self::NoSuchMonth => "\"{date}\" has no month {month}",
            Self::NoSuchDay => "\"{date}\" is not a day of the calendar",
            Self::RangeInverted => "range \"{range}\" starts after it ends",
            Self::Blank => "must not be blank",
            Self::NotWebUrl => "\"{url}\" is not an http or https address",
            Self::BadId => "id \"{id}\" must use only lower-case letters, digits and hyphens",
            Self::DuplicateId => "duplicate id \"{id}\"",
            Self::UnknownId => "unknown {kind} id \"{id}\"",
            Self::NoSources => "needs at least one source",
            Self::NoParties => "needs at least one party",
            Self::BadColour => "\"{colour}\" is not a hex colour such as #1f4e9c",
            Self::CoveredByJoint => "party \"{party}\" is already covered by the joint text",
            Self::SecondPosition => "a second position for party \"{party}\"",
            Self::SilentParty => {
                "says nothing about party \"{party}\": give its words, or a position with status \"{status}\" and the period checked"
            }
            Self::AlignmentNeedsWords => "\"{alignment}\" needs every party's own words on record; none for {parties}",
            Self::CheckedOnlyWithoutStatement => "only a position with status \"{status}\" has a period checked",
            Self::LeftOutWithoutStatement => "must be left out when status is \"{status}\"",
            Self::NeedsCheckedPeriod => "status \"{status}\" needs the period checked, e.g. \"2023-11-13/2023-11-18\"",
            Self::ListedTwice => "party \"{party}\" is listed twice",
            Self::JointNeedsTwo => "a joint text needs two or more parties",
            Self::JointNotAdjacent => "a joint text's parties must be next to each other in `parties`",
            Self::NoWords => "needs a quote or a paraphrase",
            Self::QuoteNeedsLanguage => "a quote needs the language it was spoken in",
            Self::SpokenWithoutQuote => "describes a quote, and there is none",
            Self::OnlyTranslations => {
                "only a translation has one; these words were spoken in \"{language}\", the dataset's language"
            }
            Self::NeedsTranslator => {
                "words spoken in \"{spoken}\" and shown in \"{shown}\" need their translator: a source id, or \"{ours}\""
            }
            Self::OutsideEra => "{date} falls outside its era \"{era}\" ({start} to {end})",
            Self::EraInverted => "starts ({start}) after it ends ({end})",
            Self::SourceNeedsUrlOrDate => {
                "needs an http or https url or, with no page online, its outlet (publisher) and date"
            }
            Self::LanguageNotFileName => "is \"{language}\", but the file's name says \"{claimed}\"",
        }
    }

    /// This kind with one value; chain [`Reason::and`] for more.
    pub fn with(self, name: &'static str, value: impl Into<String>) -> Reason {
        Reason::from(self).and(name, value)
    }
}

/// A problem's kind and its values, before it has a place in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub problem: Problem,
    /// The values for the template's holes, by name. A list is one value, its items joined by
    /// [`LIST_SEPARATOR`] (see [`Reason::list`]).
    pub values: Vec<(&'static str, String)>,
}

/// Between the items of a list value, such as the ids a sentence names: the English template
/// has the list already joined in another value; other languages join the items their own way.
pub const LIST_SEPARATOR: char = '\n';

/// A JSON syntax error's place, where a problem has no JSON path: its values are `line` and
/// `column`, and other languages have their own template for it.
pub const LINE_COLUMN: &str = "line {line}, column {column}";

impl From<Problem> for Reason {
    fn from(problem: Problem) -> Self {
        Self { problem, values: Vec::new() }
    }
}

impl Reason {
    pub fn and(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.values.push((name, value.into()));
        self
    }

    /// A list of items as one value (`name`), for languages that join and quote them their own way.
    pub fn list<'a>(self, name: &'static str, items: impl IntoIterator<Item = &'a str>) -> Self {
        let joined: Vec<&str> = items.into_iter().collect();
        self.and(name, joined.join(&LIST_SEPARATOR.to_string()))
    }

    /// The value of one hole, if the problem has it.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    /// `template` filled with this problem's values.
    pub fn word(&self, template: &str) -> String {
        let values: Vec<(&str, &str)> = self.values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        fill(template, &values)
    }

    /// The English sentence.
    pub fn english(&self) -> String {
        self.word(self.problem.english())
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english())
    }
}

/// `template` with each `{name}` replaced by its value, in one pass: a value is never read as a
/// template itself (a party named "{date}" stays so). A hole with no value stays as written.
/// It needs no formatting machinery, so the reader's islands may fill templates too.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let hole = &rest[open..];
        let name = hole[1..].find('}').map(|close| &hole[1..=close]);
        match name.and_then(|name| values.iter().find(|(n, _)| *n == name).map(|(_, v)| (name, v))) {
            Some((name, value)) => {
                text.push_str(value);
                rest = &hole[name.len() + 2..];
            }
            None => {
                text.push('{');
                rest = &hole[1..];
            }
        }
    }
    text.push_str(rest);
    text
}

/// The names of a template's holes, in order.
pub fn holes(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        if let Some(close) = rest.find('}') {
            names.push(&rest[..close]);
            rest = &rest[close + 1..];
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_is_one_pass_and_keeps_unknown_holes() {
        assert_eq!(fill("{a} and {b}", &[("a", "{b}"), ("b", "x")]), "{b} and x");
        assert_eq!(fill("{a} {missing} {", &[("a", "1")]), "1 {missing} {");
        assert_eq!(fill("{what} {what}", &[("what", "items")]), "items items");
    }

    #[test]
    fn all_lists_each_kind_once() {
        let mut seen = std::collections::HashSet::new();
        assert!(Problem::ALL.iter().all(|p| seen.insert(*p)));
    }

    #[test]
    fn a_reason_fills_its_english() {
        let r = Problem::UnknownId.with("kind", "source").and("id", "npr");
        assert_eq!(r.to_string(), "unknown source id \"npr\"");
        assert_eq!(holes(Problem::UnknownId.english()), ["kind", "id"]);
        let r = Problem::AlignmentNeedsWords.with("alignment", "converge").list("party_ids", ["us", "cn"]);
        assert_eq!(r.value("party_ids"), Some("us\ncn"));
    }
}
