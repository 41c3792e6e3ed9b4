//! The dataset's shape. Editors write this as JSON; `assets/data/schema.json` is generated from it.
//!
//! Ids and dates stay strings here so that one bad value is reported by the validator alongside
//! every other problem, instead of stopping deserialisation at the first one.

use serde::{Deserialize, Serialize};

use super::language::same_language;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Points editors' tools at `schema.json`; ignored by the app.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub meta: Meta,
    /// The sides compared, in column order.
    pub parties: Vec<Party>,
    pub issues: Vec<Issue>,
    pub events: Vec<Event>,
    /// Labelled spans shaded on the timeline.
    pub eras: Vec<Era>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    pub standfirst: String,
    /// BCP 47 language tag, e.g. "en" or "zh-Hans".
    pub language: String,
    /// ISO date of the last edit.
    pub updated: String,
    /// ISO date of the first publication.
    pub published: String,
    pub publisher: String,
    /// BCP 47 tag of the publisher's name, where it is not in the dataset's language (a brand
    /// kept in English on a Chinese page), so that it is read out in its own language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher_language: Option<String>,
    pub credits: Vec<String>,
    /// The day the timeline marks, e.g. the meeting day; a timeline of many years may mark none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_date: Option<KeyDate>,
    /// Where the full page lives; used for the canonical link and the embed credit.
    #[serde(default)]
    pub canonical_url: Option<String>,
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeyDate {
    pub date: String,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub date: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub id: String,
    pub short_name: String,
    pub name: String,
    /// CSS colour, e.g. "#1f4e9c".
    pub color: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Issue {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub why_it_matters: Claim,
    /// One per party: its own words, or the record that none were found. A party the joint text
    /// stands for has none here. An issue silent about a party is refused.
    pub positions: Vec<Position>,
    /// A text the parties issued together (a joint statement). It stands for each party it
    /// names and is shown once, across their columns.
    #[serde(default)]
    pub joint: Option<JointText>,
    /// Whether the positions converge or diverge. Only when every party's own words are on
    /// record; left out otherwise.
    #[serde(default)]
    pub alignment: Option<Alignment>,
    /// What was expected before the meeting.
    #[serde(default)]
    pub expected: Option<Claim>,
    pub outcome: Outcome,
    #[serde(default)]
    pub events: Vec<String>,
    /// The issue's own reading list, shown on its card: at least one source.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A sentence of the explainer's own, with the sources it rests on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub text: String,
    pub sources: Vec<String>,
}

/// One party's stand on an issue: its own words on record, or the record that a search of a
/// stated period found none. Absence is written down, never inferred.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub party: String,
    #[serde(default, skip_serializing_if = "PositionStatus::is_on_record")]
    pub status: PositionStatus,
    /// The speaker's exact words, without quotation marks. Reported speech is a paraphrase.
    #[serde(default)]
    pub quote: Option<String>,
    /// The language of the quote's words as spoken; required with a quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spoken: Option<Spoken>,
    /// Neutral paraphrase, for context around the quote or where no exact words exist.
    #[serde(default)]
    pub paraphrase: Option<String>,
    /// Who said it; required when on record, left out for `no-statement-found`.
    #[serde(default)]
    pub speaker: String,
    /// When the words were said; left out where the source does not date them.
    #[serde(default)]
    pub date: Option<String>,
    /// For `no-statement-found` only: the period searched, e.g. "2023-11-13/2023-11-18".
    #[serde(default)]
    pub checked: Option<String>,
    /// Required when on record; for `no-statement-found`, the texts that were searched, if any.
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PositionStatus {
    /// The party's own words, quoted or paraphrased, with speaker and source.
    #[default]
    OnRecord,
    /// No public statement from the party on the issue was found in the `checked` period.
    NoStatementFound,
}

impl PositionStatus {
    pub fn is_on_record(&self) -> bool {
        *self == Self::OnRecord
    }
}

/// A text issued by several parties together, such as a joint statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct JointText {
    /// The parties that issued it: two or more, next to each other in `parties`.
    pub parties: Vec<String>,
    /// Exact words of the text, without quotation marks.
    #[serde(default)]
    pub quote: Option<String>,
    /// The language of the quote's words as issued; required with a quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spoken: Option<Spoken>,
    #[serde(default)]
    pub paraphrase: Option<String>,
    /// Who issued it, e.g. "Climate envoys John Kerry and Xie Zhenhua".
    pub speaker: String,
    #[serde(default)]
    pub date: Option<String>,
    pub sources: Vec<String>,
}

/// What was said and by whom, read alike from a party's position and from a joint text.
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    pub quote: Option<String>,
    pub spoken: Option<Spoken>,
    pub paraphrase: Option<String>,
    pub speaker: String,
    pub date: Option<String>,
    pub sources: Vec<String>,
}

impl Position {
    pub fn statement(&self) -> Statement {
        Statement {
            quote: self.quote.clone(),
            spoken: self.spoken.clone(),
            paraphrase: self.paraphrase.clone(),
            speaker: self.speaker.clone(),
            date: self.date.clone(),
            sources: self.sources.clone(),
        }
    }
}

impl JointText {
    pub fn statement(&self) -> Statement {
        Statement {
            quote: self.quote.clone(),
            spoken: self.spoken.clone(),
            paraphrase: self.paraphrase.clone(),
            speaker: self.speaker.clone(),
            date: self.date.clone(),
            sources: self.sources.clone(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Alignment {
    Converge,
    Diverge,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub status: OutcomeStatus,
    pub text: String,
    pub sources: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeStatus {
    Agreed,
    Progress,
    NoChange,
    NotDiscussed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    /// "2023-06-19", "2023-06", "1951" or a range "2023-06-18/2023-06-19".
    pub date: String,
    pub title: String,
    pub summary: String,
    /// Left out where the source material does not say (a timeline brought in from elsewhere).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<EventKind>,
    #[serde(default)]
    pub parties: Vec<String>,
    #[serde(default)]
    pub issues: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub era: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    Meeting,
    Visit,
    Statement,
    Incident,
    Policy,
    Talks,
    Agreement,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Exact words, without quotation marks.
    pub text: String,
    /// The language the words were spoken in.
    pub spoken: Spoken,
    pub speaker: String,
    pub source: String,
}

/// The language words were spoken in and, when the dataset shows them in another language, who
/// translated them and, where found, the words as spoken. A reader is told when a quote is a
/// translation and can read the original.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Spoken {
    /// BCP 47 tag of the language the speaker used, e.g. "en" or "zh-Hans".
    pub language: String,
    /// Only when `language` is not the dataset's (`meta.language`): who rendered the words into
    /// the dataset's language: the id of the source whose translation it is, or "explainer" for
    /// this explainer's own translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translated_by: Option<String>,
    /// Only with `translated_by`, and only where found: the words as spoken, exact, and where
    /// they were published. Never a translation back from the dataset's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<Original>,
}

/// Words as they were spoken, in their own language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Original {
    /// Exact words, without quotation marks.
    pub text: String,
    /// The id of the source that published them.
    pub source: String,
}

/// `translated_by` for a translation of this explainer's own.
pub const OUR_TRANSLATION: &str = "explainer";

impl Spoken {
    /// Whether the words are shown in another language than spoken, in a dataset written in
    /// `dataset_language`.
    pub fn is_translated_for(&self, dataset_language: &str) -> bool {
        !same_language(&self.language, dataset_language)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Era {
    pub id: String,
    pub label: String,
    pub start: String,
    pub end: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// The outlet or office that published it.
    pub publisher: String,
    pub title: String,
    /// BCP 47 tag of the title's language, where it is not the dataset's (`meta.language`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Required when there is no `url` (a broadcast, a print edition): outlet and date then
    /// let a reader find it.
    #[serde(default)]
    pub date: Option<String>,
    /// http or https only.
    #[serde(default)]
    pub url: Option<String>,
}
