//! The dataset's shape. Editors write this as JSON; `assets/data/schema.json` is generated from it.
//!
//! Ids and dates stay strings here so that one bad value is reported by the validator alongside
//! every other problem, instead of stopping deserialisation at the first one.

use serde::{Deserialize, Serialize};

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
    pub credits: Vec<String>,
    /// The day the timeline marks, e.g. the meeting day.
    pub key_date: KeyDate,
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
    /// At most one per party. A party with no entry "made no statement on record".
    pub positions: Vec<Position>,
    /// Whether the stated positions converge or diverge; left out when only one side spoke.
    #[serde(default)]
    pub alignment: Option<Alignment>,
    /// What was expected before the meeting.
    #[serde(default)]
    pub expected: Option<Claim>,
    pub outcome: Outcome,
    #[serde(default)]
    pub events: Vec<String>,
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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub party: String,
    /// The speaker's exact words, without quotation marks.
    #[serde(default)]
    pub quote: Option<String>,
    /// Neutral paraphrase, for context around the quote or where no exact words exist.
    #[serde(default)]
    pub paraphrase: Option<String>,
    pub speaker: String,
    /// Left out where the source does not date the words.
    #[serde(default)]
    pub date: Option<String>,
    pub sources: Vec<String>,
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
    /// "2023-06-19", "2023-06" or a range "2023-06-18/2023-06-19".
    pub date: String,
    pub title: String,
    pub summary: String,
    pub kind: EventKind,
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
    pub speaker: String,
    pub source: String,
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
    pub publisher: String,
    pub title: String,
    #[serde(default)]
    pub date: Option<String>,
    /// http or https only.
    #[serde(default)]
    pub url: Option<String>,
}
