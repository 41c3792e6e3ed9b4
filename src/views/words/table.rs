//! The tables every language fills: [`Strings`], the page's words, and [`LiveStrings`], the
//! few an island says. A field here is a word every language's file must give.

use crate::model::DataError;

/// Every string of the page's chrome in one language, grouped by the component that shows it.
pub struct Strings {
    /// The BCP 47 tag of the table's language.
    pub language: &'static str,
    /// Which end of a date comes first.
    pub date_order: DateOrder,
    /// After a year, a month name and a day: "2023年", "11月", "15日"; empty in English.
    pub year_suffix: &'static str,
    pub day_suffix: &'static str,
    // Header.
    /// Before the date of the last edit.
    pub updated: &'static str,
    /// Between the items of the line under the standfirst.
    pub meta_separator: &'static str,
    /// The link to the sources list.
    pub sources_link: &'static str,

    // Sources list and footer.
    pub sources_heading: &'static str,
    pub get_the_data: &'static str,
    /// After the "Get the data" link.
    pub get_the_data_note: &'static str,
    /// The footer's link to the story editor (`edit.html`), shown only on request (`?edit`).
    pub edit_story: &'static str,
    pub corrections_heading: &'static str,
    /// Between a correction's date and its text.
    pub correction_separator: &'static str,

    /// In the sources list: "Reuters, Title (15 Nov 2023)".
    pub source_title_separator: &'static str,
    pub source_date_open: &'static str,
    pub source_date_close: &'static str,

    // Source links ("Source: NPR; The War Zone").
    pub source_one: &'static str,
    pub source_many: &'static str,
    pub source_separator: &'static str,

    // Statements, on cards and in the comparison.
    /// Before the speaker's name.
    pub attribution_dash: &'static str,
    /// Between the speaker and when the words were said.
    pub attribution_when_separator: &'static str,
    /// After the attribution, before its sources.
    pub attribution_end: &'static str,
    /// `{on}` is [`Strings::said_on`] or [`Strings::said_in`]; `{date}` the date; `{key}` the
    /// story's key date label, such as "Biden–Xi meeting".
    pub said: &'static str,
    pub said_before: &'static str,
    pub said_after: &'static str,
    /// For a single day.
    pub said_on: &'static str,
    /// For a month or a range.
    pub said_in: &'static str,
    /// `{party}` is the party's short name, `{period}` the period searched.
    pub no_statement_for: &'static str,
    pub no_statement: &'static str,
    /// Ends the no-statement line.
    pub no_statement_end: &'static str,
    /// Only a draft that failed validation has a party with nothing at all.
    pub silent: &'static str,
    /// `{parties}` is [`Strings::joint_names`].
    pub joint_text_of: &'static str,
    /// Between all but the last two names of a list.
    pub list_separator: &'static str,
    /// Between the last two names of a list.
    pub list_and: &'static str,

    // Outcome badge.
    /// Read by screen readers before the outcome.
    pub outcome_prefix: &'static str,
    pub outcome_agreed: &'static str,
    pub outcome_progress: &'static str,
    pub outcome_no_change: &'static str,
    pub outcome_not_discussed: &'static str,

    // Issue cards.
    pub issues_heading: &'static str,
    pub issues_hint: &'static str,
    /// After the count of an issue's events.
    pub event_count_one: &'static str,
    pub event_count_many: &'static str,
    pub why_it_matters: &'static str,
    pub in_their_own_words: &'static str,
    /// A card's link to each side's words in the comparison, before the islands start.
    pub stances_in_comparison: &'static str,
    pub what_was_expected: &'static str,
    pub what_happened: &'static str,

    // Comparison table.
    pub positions_heading: &'static str,
    pub positions_hint: &'static str,
    /// Between the parties' names in the caption.
    pub caption_and: &'static str,
    /// After the parties' names, before what the table shows.
    pub caption_positions: &'static str,
    pub column_issue: &'static str,
    pub column_compared: &'static str,
    /// The label of a cell that holds a joint text, on narrow screens.
    pub cell_joint: &'static str,
    pub compared_converge: &'static str,
    pub compared_diverge: &'static str,
    /// Every party on record, with two parties and with more.
    pub compared_both_spoke: &'static str,
    pub compared_all_spoke: &'static str,
    /// `{parties}` is the short names of the parties on record, joined by `compared_only_and`.
    pub compared_only_some: &'static str,
    pub compared_only_and: &'static str,
    pub compared_joint: &'static str,
    /// No party on record, with two parties and with more.
    pub compared_neither_spoke: &'static str,
    pub compared_none_spoke: &'static str,

    // Timeline.
    /// The timeline's heading around a key date (a meeting), and for a story with none.
    pub timeline_heading: &'static str,
    pub timeline_heading_plain: &'static str,
    pub timeline_hint: &'static str,
    /// The name of the list of markers.
    pub timeline_events: &'static str,
    pub kind_meeting: &'static str,
    pub kind_visit: &'static str,
    pub kind_statement: &'static str,
    pub kind_incident: &'static str,
    pub kind_policy: &'static str,
    pub kind_talks: &'static str,
    pub kind_agreement: &'static str,

    // Dates.
    /// Month names, January first, as dates and the timeline's ticks show them.
    pub months: [&'static str; 12],
    /// Between the two ends of a range: "18–19 Jun", "30 Nov – 2 Dec 2023".
    pub range_dash: &'static str,
    pub range_dash_spaced: &'static str,

    // An event's pane.
    /// Between an event's date and its kind.
    pub event_when_separator: &'static str,
    pub related_issues: &'static str,

    // Load errors.
    /// `{what}` is the dataset's address, `{count}` how many problems.
    pub load_problems_one: &'static str,
    pub load_problems_many: &'static str,
    /// `{what}` is the dataset's address.
    pub load_unreachable: &'static str,
    pub load_refused: &'static str,
    /// Why a `?data=` address was ignored (`state::Refusal`): `{why}` is one of the `draft_*`
    /// reasons below.
    pub draft_ignored: &'static str,
    pub draft_empty: &'static str,
    /// `{length}` is the address's length, `{max}` the limit.
    pub draft_too_long: &'static str,
    pub draft_no_origin: &'static str,
    pub draft_not_an_address: &'static str,
    /// `{scheme}` is the address's scheme with its colon: `javascript:`.
    pub draft_not_web: &'static str,
    /// `{origin}` is the other site: `https://evil.example`.
    pub draft_other_site: &'static str,
    pub load_seeing_bundled: &'static str,
    pub load_open_bundled: &'static str,

    pub embed_full_page: &'static str,

    /// After a cluster's label, for screen readers: what a click does.
    pub cluster_action: &'static str,
    pub jump_to_key: &'static str,
    /// `{count}` is how many issues the story has.
    pub show_all_issues: &'static str,
    pub show_all_rows: &'static str,
    // A quote shown in translation, and its original.
    /// `{language}` is the language spoken, `{translator}` the outlet that translated it.
    pub translated_by_outlet: &'static str,
    pub translated_by_us: &'static str,
    /// The disclosure that shows the words as spoken.
    pub original_words: &'static str,
    pub original_not_found: &'static str,
    /// Languages' names in this table's language, by tag; a language not named here is named
    /// by its tag, so a new language needs no word in the others' tables.
    pub language_names: &'static [(&'static str, &'static str)],
    // The page's shell, around the story.
    pub skip_link: &'static str,
    /// Shown when the app could not start.
    pub start_failed: &'static str,
    /// The name of the links to the story in other languages.
    pub languages: &'static str,
    /// A dataset's problem as `path: message` (or the message alone, for the whole file): the
    /// model's English (the CLI's), or this language's templates for every `model::Problem`.
    pub problem_line: fn(&DataError) -> String,
}

/// How a date reads: "15 Nov 2023", or "2023年11月15日".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrder {
    DayMonthYear,
    YearMonthDay,
}

/// The words of the islands: they run in the reader's bundle, which carries these tables (every
/// language's) and no other words.
pub struct LiveStrings {
    // Islands. They run in the reader's bundle, so they read plain fields, or fill a template.
    /// Before the picked issue's title.
    pub only_related: &'static str,
    pub event_detail_label: &'static str,
    pub event_detail_empty: &'static str,
    pub event_previous: &'static str,
    pub event_next: &'static str,
    pub event_close: &'static str,
    /// What the comparison's caption names when no issue is picked.
    pub caption_every_issue: &'static str,
    pub selected: &'static str,
    /// `{title}` is the picked issue's or event's title.
    pub selected_issue: &'static str,
    pub selected_event: &'static str,
    pub selected_separator: &'static str,
    pub clear_selection: &'static str,
    pub dismiss: &'static str,
    /// `{ids}` is the unknown ids, each as `unknown_id`, joined by `unknown_ids_and`.
    pub unknown_ids: &'static str,
    /// `{kind}` is "issue" or "event", as in the address; `{id}` the id.
    pub unknown_id: &'static str,
    /// What `{kind}` says for the address's `issue` and `event`.
    pub unknown_kind_issue: &'static str,
    pub unknown_kind_event: &'static str,
    pub unknown_ids_and: &'static str,
    // The live region: one short sentence per change.
    pub announce_cleared: &'static str,
    pub announce_issue: &'static str,
    pub announce_event: &'static str,
    pub announce_both: &'static str,
    // Page tools.
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    /// `{url}` is the link.
    pub copy_this_link: &'static str,
    pub embed: &'static str,
    pub embed_intro: &'static str,
    pub embed_iframe: &'static str,
    pub embed_copy_iframe: &'static str,
    pub embed_pym: &'static str,
    pub embed_copy_pym: &'static str,
    pub embed_copied: &'static str,
    pub embed_copy_blocked: &'static str,
    // Find, and the timeline's zoom and clusters.
    pub find_label: &'static str,
    pub find_hint: &'static str,
    /// `{issues}` and `{events}` are the counts worded by `find_issue_one`/`find_issue_many` and
    /// `find_event_one`/`find_event_many`.
    pub find_count: &'static str,
    pub find_issue_one: &'static str,
    pub find_issue_many: &'static str,
    pub find_event_one: &'static str,
    pub find_event_many: &'static str,
    pub zoom_label: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    /// A cluster's label: `{count}` events, `{dates}` from the first to the last.
    pub cluster: &'static str,
    /// The same for one event (find or "only related" may leave one of a cluster's shown).
    pub cluster_one: &'static str,
}

/// The story editor's words (`edit.html`, `zh-Hans/edit.html`). Only the editor bundle names
/// this table, so neither the reader's nor the renderer's wasm carries it.
pub struct EditorStrings {
    /// The page's `<title>` and heading.
    pub title: &'static str,
    pub intro: &'static str,
    /// What the page says while its bundle loads (written by the build, replaced on start).
    pub loading: &'static str,
    // The text and its checks.
    pub source_heading: &'static str,
    pub checking: &'static str,
    /// `{parties}`, `{issues}`, `{events}`, `{eras}`, `{sources}`: counts. Says "valid" in
    /// English: outside checks read it.
    pub status_valid: &'static str,
    pub status_one_error: &'static str,
    /// `{count}` errors; never the word "valid" in English.
    pub status_errors: &'static str,
    /// A draft that is drawn though problems block its publishing: one, or `{count}`.
    pub status_one_blocks_publishing: &'static str,
    pub status_block_publishing: &'static str,
    pub errors_heading: &'static str,
    pub no_errors: &'static str,
    /// `{line}`, `{column}`, and `{problem}`: the validator's line in this language.
    pub error_line: &'static str,
    // The preview.
    pub preview_heading: &'static str,
    /// Before the reason the preview cannot be drawn.
    pub preview_failed: &'static str,
    // The toolbar, and what it says it did.
    pub open_bundled: &'static str,
    pub start_template: &'static str,
    pub open_file: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub download: &'static str,
    /// `{name}`: the file's name.
    pub opened: &'static str,
    pub downloaded: &'static str,
    pub download_refused: &'static str,
    pub restored: &'static str,
    pub autosave_refused: &'static str,
    /// `{reason}`: why the fetch failed.
    pub bundled_failed: &'static str,
    // Publishing.
    pub publish_heading: &'static str,
    pub publish_intro: &'static str,
    pub publish_path: &'static str,
    pub preview_link: &'static str,
    pub embed_code: &'static str,
    pub copy_embed: &'static str,
    pub embed_copied: &'static str,
    pub embed_copy_refused: &'static str,
    // Field help and ids.
    pub help_heading: &'static str,
    pub help_at_cursor: &'static str,
    pub help_top_level: &'static str,
    pub help_every_type: &'static str,
    pub help_required: &'static str,
    pub help_here: &'static str,
    pub insert_id: &'static str,
    pub insert: &'static str,
    /// What each kind of id names, in the id list: party, issue, event, era, source.
    pub id_kinds: [&'static str; 5],
    // The form.
    pub views: &'static str,
    pub view_form: &'static str,
    pub view_json: &'static str,
    pub outline: &'static str,
    /// The outline's first item: the story's own fields.
    pub details: &'static str,
    /// The outline's lists: parties, issues, events, eras, sources.
    pub lists: [&'static str; 5],
    /// Its add buttons: a party, an issue, an event, an era, a source, a correction.
    pub add: [&'static str; 6],
    /// After a list's count: its problems, one or `{count}`.
    pub one_problem: &'static str,
    pub problems: &'static str,
    pub choose_item: &'static str,
    pub delete: &'static str,
    pub delete_anyway: &'static str,
    /// `{places}`: the fields that cite the item about to be deleted.
    pub cited_by: &'static str,
    pub duplicate: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    /// In a list of objects (positions, quotes): add one, remove this one.
    pub add_one: &'static str,
    pub remove: &'static str,
    /// The search box of a checklist of ids.
    pub find_ids: &'static str,
    /// A choice left empty.
    pub none: &'static str,
    /// The translator "explainer": the story's own translation.
    pub our_translation: &'static str,
    /// Fields' names in this language; a field not named here is named from the schema
    /// (`why_it_matters` as "Why it matters").
    pub field_names: &'static [(&'static str, &'static str)],
    /// Fields' help in this language, by `Type.field` ("Event.date"); a field not here has the
    /// schema's own (the Rust doc comments, in English).
    pub field_help: &'static [(&'static str, &'static str)],
    /// The schema's values (`meeting`, `no-statement-found`) in this language, for the choices.
    pub choice_names: &'static [(&'static str, &'static str)],
    pub import: &'static ImportStrings,
    pub site: &'static SiteStrings,
}

/// The editor's "Download the page": a ready-to-host site of the open story, as a zip.
pub struct SiteStrings {
    pub intro: &'static str,
    pub button: &'static str,
    pub making: &'static str,
    /// `{name}`: the zip's file name; `{count}`: its files; `{size}`: its kilobytes.
    pub done: &'static str,
    /// Before the list of the problems that block publishing.
    pub refused: &'static str,
    /// `{reason}`: what failed (a file that could not be fetched, the renderer).
    pub failed: &'static str,
}

/// The editor's import of spreadsheets and TimelineJS files, and its report.
pub struct ImportStrings {
    pub button: &'static str,
    pub add_to_story: &'static str,
    pub paste_label: &'static str,
    pub paste_button: &'static str,
    /// The name a pasted sheet goes by.
    pub pasted: &'static str,
    /// `{file}`, `{events}`, `{eras}`, `{sources}`.
    pub summary: &'static str,
    /// `{count}` rows or events not imported; each follows, as `{at}: {reason}`.
    pub skipped: &'static str,
    pub skipped_line: &'static str,
    /// `{n}`: a sheet's row number.
    pub row: &'static str,
    /// `{list}`: what was left out, each `{what} ({count})`, joined by `separator`.
    pub left_out: &'static str,
    pub left_out_item: &'static str,
    pub separator: &'static str,
    /// What TimelineJS has that the explainer does not show yet, in `import::Unshown`'s order:
    /// media, display dates, groups, times of day, backgrounds.
    pub unshown: [&'static str; 5],
    /// `{count}`: links that were not web addresses.
    pub links_not_kept: &'static str,
    /// What to do next: the problems list says what the draft still needs.
    pub next: &'static str,
    // Why a row or event was not imported.
    pub no_year: &'static str,
    /// `{value}`.
    pub not_a_number: &'static str,
    /// `{year}`.
    pub before_year_one: &'static str,
    pub after_year_9999: &'static str,
    /// `{month}`.
    pub no_such_month: &'static str,
    /// `{date}`.
    pub no_such_day: &'static str,
    pub day_without_month: &'static str,
    pub ends_before_start: &'static str,
    pub no_headline: &'static str,
    pub era_without_end: &'static str,
    // Why a whole file was not imported: `{file}`, and `{detail}` or `{found}`.
    pub not_utf8: &'static str,
    pub unreadable_sheet: &'static str,
    pub not_a_timeline_sheet: &'static str,
    pub not_a_timeline_file: &'static str,
    /// `{extension}`, without its dot.
    pub unknown_format: &'static str,
    pub add_needs_a_story: &'static str,
}
