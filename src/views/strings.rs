//! The page's own words: headings, hints, labels, and the sentences it builds around the story's
//! data. The story's text is in the dataset; this is the chrome around it. There is one table
//! per language, [`EN`] now, so a second language is one more `Strings` value, not new code.
//!
//! A sentence with data in it is a template with named holes (`{party}`), filled by
//! [`Strings::fill`], which needs no formatting machinery, so islands may fill templates too.
//!
//! The model names things with enums ([`OutcomeStatus`], [`EventKind`], [`Comparison`],
//! [`Timing`]); the words for them are here, and their CSS classes beside the views that use them.

use std::sync::{Arc, OnceLock};

use leptos::prelude::use_context;

use super::context::ShownStory;
use crate::model::{
    same_language, Comparison, DateSpan, Day, EventKind, OutcomeStatus, Precision, StoryIndex, TickLabel, Timing,
};
use crate::state::{Refusal, Selection, UnknownId, MAX_DRAFT_ADDRESS};

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
    pub timeline_heading: &'static str,
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
    /// `{event}` is the event's title.
    pub related_issues_of: &'static str,

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
    /// Each language's name in this table's language: English, then Chinese.
    pub language_english: &'static str,
    pub language_chinese: &'static str,
    // The page's shell, around the story.
    pub skip_link: &'static str,
    /// Shown when the app could not start.
    pub start_failed: &'static str,
    /// The name of the links to the story in other languages.
    pub languages: &'static str,
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
    /// `{issues}` and `{events}` are [`Strings::find_issues`] and [`Strings::find_events`].
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

/// English, the islands' words.
pub static LIVE_EN: LiveStrings = LiveStrings {
    only_related: " Show only events related to ",
    event_detail_label: "Event details",
    event_detail_empty: "Pick an event on the timeline to see what happened.",
    event_previous: "← Previous event",
    event_next: "Next event →",
    event_close: "Close event",
    caption_every_issue: "every issue",
    selected: "Selected — ",
    selected_issue: "Issue: {title}",
    selected_event: "Event: {title}",
    selected_separator: " · ",
    clear_selection: "Clear selection",
    dismiss: "Dismiss",
    unknown_ids: "This story has no {ids}, so the full explainer is shown.",
    unknown_id: "{kind} \"{id}\"",
    unknown_kind_issue: "issue",
    unknown_kind_event: "event",
    unknown_ids_and: " and no ",
    announce_cleared: "Selection cleared.",
    announce_issue: "Issue selected: {issue}.",
    announce_event: "Event selected: {event}.",
    announce_both: "Issue: {issue}. Event: {event}.",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    copy_this_link: "Copy this link: {url}",
    embed: "Embed",
    embed_intro: "Paste one of these into your page. The frame sizes itself, and the selection shown now is kept.",
    embed_iframe: "Plain iframe",
    embed_copy_iframe: "Copy iframe code",
    embed_pym: "Pym.js (resizes with the content)",
    embed_copy_pym: "Copy Pym.js code",
    embed_copied: "Embed code copied.",
    embed_copy_blocked: "Copying is blocked here: select the code and copy it.",
    find_label: "Find in this story",
    find_hint: "Issues, events, quotes, speakers or dates. Escape clears.",
    find_count: "{issues} and {events} match.",
    find_issue_one: "1 issue",
    find_issue_many: "{count} issues",
    find_event_one: "1 event",
    find_event_many: "{count} events",
    zoom_label: "Zoom the timeline",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    cluster: "{count} events, {dates}",
    cluster_one: "1 event, {dates}",
};

/// English.
pub const EN: Strings = Strings {
    language: "en",
    date_order: DateOrder::DayMonthYear,
    year_suffix: "",
    day_suffix: "",
    updated: "Updated ",
    meta_separator: " · ",
    sources_link: "Sources",

    sources_heading: "Sources",
    get_the_data: "Get the data",
    get_the_data_note: " (JSON): every issue, position, event and source shown here.",
    edit_story: "Edit this story in the browser",
    corrections_heading: "Corrections",
    correction_separator: ": ",

    source_title_separator: ", ",
    source_date_open: " (",
    source_date_close: ")",
    source_one: "Source: ",
    source_many: "Sources: ",
    source_separator: "; ",

    attribution_dash: "— ",
    attribution_when_separator: ", ",
    attribution_end: ". ",
    said: "said {on} {date}",
    said_before: "said {on} {date}, before the {key}",
    said_after: "said {on} {date}, after the {key}",
    said_on: "on",
    said_in: "in",
    no_statement_for: "No public statement from {party} on this topic found for {period}",
    no_statement: "No public statement from {party} on this topic found",
    no_statement_end: ".",
    silent: "No statement on record in this explainer's sources.",
    joint_text_of: "Joint text of the {parties}",
    list_separator: ", ",
    list_and: " and ",

    outcome_prefix: "Outcome: ",
    outcome_agreed: "Agreed",
    outcome_progress: "Progress",
    outcome_no_change: "No change",
    outcome_not_discussed: "Not discussed",

    issues_heading: "The issues",
    issues_hint: "Open a card for why it matters, each side's words, and what came of it.",
    event_count_one: " event",
    event_count_many: " events",
    why_it_matters: "Why it matters",
    in_their_own_words: "In their own words",
    what_was_expected: "What was expected",
    what_happened: "What happened",

    positions_heading: "Where they stand",
    positions_hint: "Converge: the sides' own words point the same way. Diverge: they conflict. \
        Only some on record: no public statement from the others was found in the period checked. \
        Joint text: issued together.",
    caption_and: " and ",
    caption_positions: " positions, in their own words: ",
    column_issue: "Issue",
    column_compared: "Compared",
    cell_joint: "Joint text",
    compared_converge: "Converge",
    compared_diverge: "Diverge",
    compared_both_spoke: "Both on record",
    compared_all_spoke: "All on record",
    compared_only_some: "Only {parties} on record",
    compared_only_and: " and ",
    compared_joint: "Joint text",
    compared_neither_spoke: "Neither on record",
    compared_none_spoke: "None on record",

    timeline_heading: "The road to the meeting, and after",
    timeline_hint: "Pick an event for its details. With the keyboard: Tab to the events, arrow keys to move, \
        Enter to open.",
    timeline_events: "Events in date order",
    kind_meeting: "Meeting",
    kind_visit: "Visit",
    kind_statement: "Statement",
    kind_incident: "Incident",
    kind_policy: "Policy",
    kind_talks: "Talks",
    kind_agreement: "Agreement",

    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    range_dash: "–",
    range_dash_spaced: " – ",

    event_when_separator: " · ",
    related_issues: "Related issues:",
    related_issues_of: "Issues related to {event}",

    load_problems_one: "The dataset {what} has {count} problem",
    load_problems_many: "The dataset {what} has {count} problems",
    load_unreachable: "The dataset {what} could not be loaded",
    load_refused: "The draft dataset was not loaded",
    draft_ignored: "The draft address was ignored: {why}. Only a file on this site can be previewed.",
    draft_empty: "it is empty",
    draft_too_long: "it is {length} characters long, over the limit of {max}",
    draft_no_origin: "this page has no origin to compare it with",
    draft_not_an_address: "it is not a valid address",
    draft_not_web: "a {scheme} address is not a web page",
    draft_other_site: "it is on another site ({origin})",
    load_seeing_bundled: "You are seeing the bundled story. ",
    load_open_bundled: "Open the bundled story without the draft",

    embed_full_page: "Open the full explainer",

    cluster_action: " (zoom in to their titles)",
    jump_to_key: "Jump to the meeting",
    show_all_issues: "Show all {count} issues",
    show_all_rows: "Show all {count} rows",
    translated_by_outlet: "Translated from {language} by {translator}.",
    translated_by_us: "Translated from {language} by this explainer.",
    original_words: "Original ({language})",
    original_not_found: "The original {language} words were not found in the sources checked.",
    language_english: "English",
    language_chinese: "Chinese",
    skip_link: "Skip to the explainer",
    start_failed: "The interactive version could not start in this browser. The story is below in full; picking \
        issues and events needs a current browser with JavaScript and WebAssembly.",
    languages: "Language",
};

/// Simplified Chinese, the islands' words.
pub static LIVE_ZH: LiveStrings = LiveStrings {
    only_related: "只显示与此议题相关的事件：",
    event_detail_label: "事件详情",
    event_detail_empty: "在时间线上选择一个事件，查看详情。",
    event_previous: "← 上一个事件",
    event_next: "下一个事件 →",
    event_close: "关闭事件",
    caption_every_issue: "所有议题",
    selected: "已选择：",
    selected_issue: "议题：{title}",
    selected_event: "事件：{title}",
    selected_separator: " · ",
    clear_selection: "清除选择",
    dismiss: "关闭",
    unknown_ids: "本解读中没有{ids}，因此显示完整内容。",
    unknown_id: "编号为“{id}”的{kind}",
    unknown_kind_issue: "议题",
    unknown_kind_event: "事件",
    unknown_ids_and: "，也没有",
    announce_cleared: "已清除选择。",
    announce_issue: "已选择议题：{issue}。",
    announce_event: "已选择事件：{event}。",
    announce_both: "议题：{issue}。事件：{event}。",
    copy_link: "复制链接",
    link_copied: "链接已复制。",
    copy_this_link: "请复制此链接：{url}",
    embed: "嵌入",
    embed_intro: "将以下任一代码粘贴到您的网页中。框架会自动调整高度，并保留当前的选择。",
    embed_iframe: "普通iframe",
    embed_copy_iframe: "复制iframe代码",
    embed_pym: "Pym.js（随内容调整高度）",
    embed_copy_pym: "复制Pym.js代码",
    embed_copied: "嵌入代码已复制。",
    embed_copy_blocked: "此处无法复制：请选中代码后手动复制。",
    find_label: "在本解读中查找",
    find_hint: "议题、事件、引语、发言人或日期。按Esc键清除。",
    find_count: "匹配{issues}、{events}。",
    find_issue_one: "1个议题",
    find_issue_many: "{count}个议题",
    find_event_one: "1个事件",
    find_event_many: "{count}个事件",
    zoom_label: "缩放时间线",
    zoom_in: "放大",
    zoom_out: "缩小",
    cluster: "{count}个事件，{dates}",
    cluster_one: "1个事件，{dates}",
};

/// Simplified Chinese, in mainland usage (see the README's style for Chinese editors).
pub const ZH: Strings = Strings {
    language: "zh-Hans",
    date_order: DateOrder::YearMonthDay,
    year_suffix: "年",
    day_suffix: "日",
    updated: "更新于",
    meta_separator: " · ",
    sources_link: "来源",

    sources_heading: "来源",
    get_the_data: "获取数据",
    get_the_data_note: "（JSON）：本解读中的所有议题、立场、事件和来源。",
    edit_story: "在浏览器中编辑本解读",
    corrections_heading: "更正",
    correction_separator: "：",

    source_title_separator: "，",
    source_date_open: "（",
    source_date_close: "）",
    source_one: "来源：",
    source_many: "来源：",
    source_separator: "；",

    attribution_dash: "——",
    attribution_when_separator: "，",
    attribution_end: "。",
    said: "{date}",
    said_before: "{date}（{key}之前）",
    said_after: "{date}（{key}之后）",
    said_on: "",
    said_in: "",
    no_statement_for: "在{period}期间未找到{party}就此议题的公开表态",
    no_statement: "未找到{party}就此议题的公开表态",
    no_statement_end: "。",
    silent: "本解读的来源中没有相关表态记录。",
    joint_text_of: "{parties}联合文本",
    list_separator: "、",
    list_and: "和",

    outcome_prefix: "结果：",
    outcome_agreed: "达成一致",
    outcome_progress: "有进展",
    outcome_no_change: "无变化",
    outcome_not_discussed: "未讨论",

    issues_heading: "议题",
    issues_hint: "打开卡片，了解该议题为何重要、双方的说法，以及会晤后的结果。",
    event_count_one: "个事件",
    event_count_many: "个事件",
    why_it_matters: "为何重要",
    in_their_own_words: "双方说法",
    what_was_expected: "会前预期",
    what_happened: "结果如何",

    positions_heading: "双方立场",
    positions_hint:
        "一致：双方的说法指向同一方向。分歧：双方说法相互冲突。仅一方有记录：在核查期间内未找到另一方的公开表态。\
        联合文本：双方共同发表。",
    caption_and: "与",
    caption_positions: "的立场（双方说法）：",
    column_issue: "议题",
    column_compared: "对比",
    cell_joint: "联合文本",
    compared_converge: "一致",
    compared_diverge: "分歧",
    compared_both_spoke: "双方均有记录",
    compared_all_spoke: "各方均有记录",
    compared_only_some: "仅{parties}有记录",
    compared_only_and: "和",
    compared_joint: "联合文本",
    compared_neither_spoke: "双方均无记录",
    compared_none_spoke: "各方均无记录",

    timeline_heading: "会晤前后",
    timeline_hint: "选择一个事件查看详情。使用键盘：按Tab键移到事件，用方向键移动，按Enter键打开。",
    timeline_events: "按日期排列的事件",
    kind_meeting: "会晤",
    kind_visit: "访问",
    kind_statement: "表态",
    kind_incident: "事态",
    kind_policy: "政策",
    kind_talks: "会谈",
    kind_agreement: "协议与声明",

    months: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
    range_dash: "至",
    range_dash_spaced: "至",

    event_when_separator: " · ",
    related_issues: "相关议题：",
    related_issues_of: "与“{event}”相关的议题",

    load_problems_one: "数据集{what}有{count}个问题",
    load_problems_many: "数据集{what}有{count}个问题",
    load_unreachable: "无法加载数据集{what}",
    load_refused: "草稿数据集未加载",
    draft_ignored: "草稿地址已被忽略：{why}。只能预览同一网站上的文件。",
    draft_empty: "地址为空",
    draft_too_long: "地址长{length}个字符，超过了{max}个字符的上限",
    draft_no_origin: "当前页面没有可与之比较的源（origin）",
    draft_not_an_address: "这不是有效的地址",
    draft_not_web: "{scheme}地址不是网页",
    draft_other_site: "它在另一个网站上（{origin}）",
    load_seeing_bundled: "您看到的是内置的解读。",
    load_open_bundled: "不使用草稿，打开内置的解读",

    embed_full_page: "打开完整解读",

    cluster_action: "（放大以查看标题）",
    jump_to_key: "跳到会晤",
    show_all_issues: "显示全部{count}个议题",
    show_all_rows: "显示全部{count}行",
    translated_by_outlet: "译自{language}，{translator}译文。",
    translated_by_us: "译自{language}，本解读译。",
    original_words: "{language}原文",
    original_not_found: "未找到{language}原文。",
    language_english: "英文",
    language_chinese: "中文",
    skip_link: "跳到正文",
    start_failed:
        "互动版无法在此浏览器中启动。下方是完整内容；选择议题和事件需要支持JavaScript和WebAssembly的新版浏览器。",
    languages: "语言",
};

/// The page's language table, for static components: the story's language. Islands read
/// [`LiveStrings`] through `Shared::words` instead: they run in the reader's bundle, and through
/// this table every word of the page would be compiled into it (measured: the whole table was
/// in the reader's wasm).
pub fn strings() -> &'static Strings {
    match use_context::<Arc<ShownStory>>() {
        Some(story) => Strings::for_language(&story.data().meta.language),
        None => PAGE_LANGUAGE.get().copied().unwrap_or(&EN),
    }
}

/// The page's table where no story is rendered: a draft that failed to load, worded in the
/// page's language rather than the draft's.
static PAGE_LANGUAGE: OnceLock<&'static Strings> = OnceLock::new();

/// Sets the page's language (`<html lang>`) once, for what is worded without a story.
pub fn set_page_language(tag: &str) {
    let _ = PAGE_LANGUAGE.set(Strings::for_language(tag));
}

/// A language's table of two: `zh` for a Chinese tag, else `en`, the table of any language the
/// page has none for.
fn by_language<T>(tag: &str, en: &'static T, zh: &'static T) -> &'static T {
    if same_language(tag, ZH.language) {
        zh
    } else {
        en
    }
}

impl Strings {
    pub fn for_language(tag: &str) -> &'static Strings {
        by_language(tag, &EN, &ZH)
    }
}

impl LiveStrings {
    /// The islands' table, as [`Strings::for_language`] picks the page's.
    pub fn for_language(tag: &str) -> &'static LiveStrings {
        by_language(tag, &LIVE_EN, &LIVE_ZH)
    }
}

impl Strings {
    /// `template` with each `{name}` replaced by its value, in one pass: a value is never read as
    /// a template itself (a party named "{date}" stays so). A hole with no value stays as written.
    pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
        crate::model::fill(template, values)
    }

    fn month(&self, month: u32) -> &'static str {
        self.months[(month as usize).clamp(1, 12) - 1]
    }

    fn year(&self, d: Day) -> String {
        digits(d.year as usize) + self.year_suffix
    }

    fn day_of_month(&self, d: Day) -> String {
        digits(d.day as usize) + self.day_suffix
    }

    fn day(&self, d: Day) -> String {
        match self.date_order {
            DateOrder::DayMonthYear => [self.day_of_month(d).as_str(), self.month(d.month), &self.year(d)].join(" "),
            DateOrder::YearMonthDay => [&self.year(d), self.month(d.month), &self.day_of_month(d)].concat(),
        }
    }

    fn month_of_year(&self, d: Day) -> String {
        match self.date_order {
            DateOrder::DayMonthYear => [self.month(d.month), " ", &self.year(d)].concat(),
            DateOrder::YearMonthDay => [&self.year(d), self.month(d.month)].concat(),
        }
    }

    /// "15 Nov 2023", "18–19 Jun 2023", "30 Nov – 2 Dec 2023", "Jun 2023", "Jun–Jul 2023"; in
    /// Chinese "2023年11月15日", "2023年6月18日至19日", "2023年6月至7月".
    pub fn date(&self, span: &DateSpan) -> String {
        let (a, b) = (span.start, span.end);
        let (dash, spaced) = (self.range_dash, self.range_dash_spaced);
        let ymd = self.date_order == DateOrder::YearMonthDay;
        match span.precision {
            Precision::Month if (a.year, a.month) == (b.year, b.month) => self.month_of_year(a),
            Precision::Month if a.year == b.year && ymd => {
                [self.month_of_year(a).as_str(), dash, self.month(b.month)].concat()
            }
            Precision::Month if a.year == b.year => {
                [self.month(a.month), dash, self.month(b.month), " ", &self.year(a)].concat()
            }
            Precision::Month => [self.month_of_year(a), self.month_of_year(b)].join(spaced),
            Precision::Day if a == b => self.day(a),
            Precision::Day if (a.year, a.month) == (b.year, b.month) && ymd => {
                [self.day(a), self.day_of_month(b)].join(dash)
            }
            Precision::Day if (a.year, a.month) == (b.year, b.month) => {
                [&digits(a.day as usize), dash, &self.day(b)].concat()
            }
            Precision::Day if a.year == b.year && ymd => {
                [self.day(a).as_str(), spaced, self.month(b.month), &self.day_of_month(b)].concat()
            }
            Precision::Day if a.year == b.year => {
                [&digits(a.day as usize), " ", self.month(a.month), spaced, &self.day(b)].concat()
            }
            Precision::Day => [self.day(a), self.day(b)].join(spaced),
        }
    }

    /// A tick on the timeline's axis.
    pub fn tick(&self, label: TickLabel) -> String {
        match label {
            TickLabel::MonthOfYear { month, year } => self.month_of_year(Day { year, month, day: 1 }),
            TickLabel::Month(month) => self.month(month).to_string(),
            TickLabel::Day(day) => digits(day as usize) + self.day_suffix,
        }
    }

    /// A language's name, for the line that says a quote is a translation.
    pub fn language_name(&self, tag: &str) -> String {
        if same_language(tag, EN.language) {
            self.language_english.into()
        } else if same_language(tag, ZH.language) {
            self.language_chinese.into()
        } else {
            tag.into()
        }
    }

    pub fn outcome(&self, status: OutcomeStatus) -> &'static str {
        match status {
            OutcomeStatus::Agreed => self.outcome_agreed,
            OutcomeStatus::Progress => self.outcome_progress,
            OutcomeStatus::NoChange => self.outcome_no_change,
            OutcomeStatus::NotDiscussed => self.outcome_not_discussed,
        }
    }

    pub fn event_kind(&self, kind: EventKind) -> &'static str {
        match kind {
            EventKind::Meeting => self.kind_meeting,
            EventKind::Visit => self.kind_visit,
            EventKind::Statement => self.kind_statement,
            EventKind::Incident => self.kind_incident,
            EventKind::Policy => self.kind_policy,
            EventKind::Talks => self.kind_talks,
            EventKind::Agreement => self.kind_agreement,
        }
    }

    /// What the comparison's marker says.
    pub fn comparison(&self, comparison: &Comparison) -> String {
        match comparison {
            Comparison::Converge => self.compared_converge.into(),
            Comparison::Diverge => self.compared_diverge.into(),
            Comparison::AllSpoke { of: 2 } => self.compared_both_spoke.into(),
            Comparison::AllSpoke { .. } => self.compared_all_spoke.into(),
            Comparison::OnlySome(names) => {
                Self::fill(self.compared_only_some, &[("parties", &names.join(self.compared_only_and))])
            }
            Comparison::Joint => self.compared_joint.into(),
            Comparison::NoneSpoke { of: 2 } => self.compared_neither_spoke.into(),
            Comparison::NoneSpoke { .. } => self.compared_none_spoke.into(),
        }
    }

    /// When words were said, against the story's key date: "said on 19 Oct 2023, before the
    /// Biden–Xi meeting". Words from before (or after) the meeting must never pass as said at it.
    pub fn said_when(&self, date: &DateSpan, key: &DateSpan, key_label: &str) -> String {
        let template = match date.timing(key) {
            Timing::Before => self.said_before,
            Timing::During => self.said,
            Timing::After => self.said_after,
        };
        let on = if date.is_one_day() { self.said_on } else { self.said_in };
        Self::fill(template, &[("on", on), ("date", &self.date(date)), ("key", key_label)])
    }

    /// The plain line a reader sees where a party's words were not found.
    pub fn no_statement(&self, party: &str, period: Option<&DateSpan>) -> String {
        let line = match period {
            Some(period) => Self::fill(self.no_statement_for, &[("party", party), ("period", &self.date(period))]),
            None => Self::fill(self.no_statement, &[("party", party)]),
        };
        line + self.no_statement_end
    }

    /// Who issued a joint text, by name: "United States and People's Republic of China".
    pub fn joint_names(&self, names: &[&str]) -> String {
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => rest.join(self.list_separator) + self.list_and + last,
            _ => names.concat(),
        }
    }

    /// The label over a joint text: "Joint text of the United States and People's Republic of China".
    pub fn joint_text_of(&self, names: &[&str]) -> String {
        Self::fill(self.joint_text_of, &[("parties", &self.joint_names(names))])
    }

    /// " event" or " events", after a count.
    pub fn event_count(&self, count: usize) -> &'static str {
        if count == 1 {
            self.event_count_one
        } else {
            self.event_count_many
        }
    }

    /// "Source: " or "Sources: ", before a list of sources.
    pub fn sources_label(&self, count: usize) -> &'static str {
        if count > 1 {
            self.source_many
        } else {
            self.source_one
        }
    }

    /// Why the `?data=` address was ignored, naming the value that decided it.
    pub fn draft_refusal(&self, refusal: &Refusal) -> String {
        let why = match refusal {
            Refusal::Empty => self.draft_empty.to_string(),
            Refusal::TooLong(length) => Self::fill(
                self.draft_too_long,
                &[("length", &length.to_string()), ("max", &MAX_DRAFT_ADDRESS.to_string())],
            ),
            Refusal::NoOrigin => self.draft_no_origin.to_string(),
            Refusal::NotAnAddress => self.draft_not_an_address.to_string(),
            Refusal::NotWeb(scheme) => Self::fill(self.draft_not_web, &[("scheme", scheme)]),
            Refusal::OtherSite(origin) => Self::fill(self.draft_other_site, &[("origin", origin)]),
        };
        Self::fill(self.draft_ignored, &[("why", &why)])
    }

    /// A dataset that has problems, and how many.
    pub fn load_problems(&self, what: &str, count: usize) -> String {
        let template = if count == 1 { self.load_problems_one } else { self.load_problems_many };
        Self::fill(template, &[("what", what), ("count", &count.to_string())])
    }
}

impl LiveStrings {
    /// The notice for ids in the address that the story does not have.
    #[inline(always)]
    pub fn unknown_ids(&self, unknown: &[UnknownId]) -> String {
        let ids: Vec<String> = unknown
            .iter()
            .map(|u| Strings::fill(self.unknown_id, &[("kind", self.kind(u.kind)), ("id", &u.id)]))
            .collect();
        Strings::fill(self.unknown_ids, &[("ids", &ids.join(self.unknown_ids_and))])
    }

    /// One short sentence for the live region, naming what is picked rather than reading it all.
    #[inline(always)]
    pub fn announcement(&self, selection: &Selection, index: &StoryIndex) -> String {
        let issue = selection.issue.as_deref().and_then(|id| index.issue(id)).map(|i| i.title.as_str());
        let event = selection.event.as_deref().and_then(|id| index.event(id)).map(|e| e.title.as_str());
        match (issue, event) {
            (None, None) => self.announce_cleared.into(),
            (Some(issue), None) => Strings::fill(self.announce_issue, &[("issue", issue)]),
            (None, Some(event)) => Strings::fill(self.announce_event, &[("event", event)]),
            (Some(issue), Some(event)) => Strings::fill(self.announce_both, &[("issue", issue), ("event", event)]),
        }
    }

    /// What find's live region says: "2 issues and 5 events match."; no number formatting, so
    /// the island that says it stays small.
    #[inline(always)]
    pub fn find_count(&self, issues: usize, events: usize) -> String {
        let count = |n: usize, one: &str, many: &str| {
            if n == 1 {
                one.to_string()
            } else {
                Strings::fill(many, &[("count", &digits(n))])
            }
        };
        let issues = count(issues, self.find_issue_one, self.find_issue_many);
        let events = count(events, self.find_event_one, self.find_event_many);
        Strings::fill(self.find_count, &[("issues", &issues), ("events", &events)])
    }

    /// The word for an address parameter's kind of id.
    fn kind(&self, parameter: &str) -> &'static str {
        if parameter == "event" {
            self.unknown_kind_event
        } else {
            self.unknown_kind_issue
        }
    }

    /// A cluster's label: "15 events, 11–17 Nov 2023". Inlined, as `find_count`, for the island
    /// that counts what a cluster shows.
    #[inline(always)]
    pub fn cluster(&self, count: usize, dates: &str) -> String {
        let template = if count == 1 { self.cluster_one } else { self.cluster };
        Strings::fill(template, &[("count", &digits(count)), ("dates", dates)])
    }
}

/// `n` in decimal digits, without the formatting machinery.
pub fn digits(mut n: usize) -> String {
    let mut out = String::new();
    loop {
        out.insert(0, char::from(b'0' + (n % 10) as u8));
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> DateSpan {
        DateSpan::parse(s).unwrap()
    }

    #[test]
    fn announcements_and_notices_are_one_short_sentence() {
        use crate::model::IndexEntry;
        let entry = |id: &str, title: &str| IndexEntry { id: id.into(), title: title.into(), related: vec![] };
        let index = StoryIndex {
            title: "T".into(),
            language: "en".into(),
            issues: vec![entry("taiwan", "Taiwan")],
            events: vec![entry("e", "Bali")],
        };
        let picked = Selection::default().with_issue("taiwan");
        assert_eq!(LIVE_EN.announcement(&picked, &index), "Issue selected: Taiwan.");
        assert_eq!(LIVE_EN.announcement(&picked.with_event("e"), &index), "Issue: Taiwan. Event: Bali.");
        assert_eq!(LIVE_EN.announcement(&Selection::default(), &index), "Selection cleared.");
        let unknown = [UnknownId { kind: "issue", id: "taiwn".into() }, UnknownId { kind: "event", id: "x".into() }];
        assert_eq!(
            LIVE_EN.unknown_ids(&unknown),
            "This story has no issue \"taiwn\" and no event \"x\", so the full explainer is shown."
        );
        assert_eq!(
            LIVE_ZH.unknown_ids(&unknown),
            "本解读中没有编号为“taiwn”的议题，也没有编号为“x”的事件，因此显示完整内容。"
        );
        assert_eq!(LIVE_ZH.announcement(&picked, &index), "已选择议题：Taiwan。");
    }

    #[test]
    fn chinese_dates_read_year_month_day() {
        let date = |s: &str| ZH.date(&day(s));
        assert_eq!(date("2023-11-15"), "2023年11月15日");
        assert_eq!(date("2023-06"), "2023年6月");
        assert_eq!(date("2023-06/2023-07"), "2023年6月至7月");
        assert_eq!(date("2022-11/2023-01"), "2022年11月至2023年1月");
        assert_eq!(date("2023-06-18/2023-06-19"), "2023年6月18日至19日");
        assert_eq!(date("2023-11-30/2023-12-02"), "2023年11月30日至12月2日");
        assert_eq!(date("2023-12-30/2024-01-02"), "2023年12月30日至2024年1月2日");
        assert_eq!(ZH.tick(TickLabel::Day(5)), "5日");
        assert_eq!(ZH.tick(TickLabel::MonthOfYear { month: 11, year: 2023 }), "2023年11月");
        assert_eq!(LIVE_ZH.cluster(15, "2023年11月11日至17日"), "15个事件，2023年11月11日至17日");
    }

    #[test]
    fn dates_read_as_the_page_shows_them() {
        let date = |s: &str| EN.date(&day(s));
        assert_eq!(date("2023-11-15"), "15 Nov 2023");
        assert_eq!(date("2023-06"), "Jun 2023");
        assert_eq!(date("2023-06/2023-07"), "Jun–Jul 2023");
        assert_eq!(date("2022-11/2023-01"), "Nov 2022 – Jan 2023");
        assert_eq!(date("2023-06-18/2023-06-19"), "18–19 Jun 2023");
        assert_eq!(date("2023-07-16/2023-08-02"), "16 Jul – 2 Aug 2023");
        assert_eq!(date("2022-12-30/2023-01-02"), "30 Dec 2022 – 2 Jan 2023");
        assert_eq!(EN.tick(TickLabel::MonthOfYear { month: 1, year: 2024 }), "Jan 2024");
        assert_eq!(EN.tick(TickLabel::Month(8)), "Aug");
        assert_eq!(EN.tick(TickLabel::Day(15)), "15");
    }

    #[test]
    fn a_date_says_whether_it_was_before_or_after_the_key_date() {
        let key = day("2023-11-15");
        let said = |s: &str| EN.said_when(&day(s), &key, "Biden–Xi meeting");
        assert_eq!(said("2023-10-19"), "said on 19 Oct 2023, before the Biden–Xi meeting");
        assert_eq!(said("2023-11-15"), "said on 15 Nov 2023");
        assert_eq!(said("2023-11-30"), "said on 30 Nov 2023, after the Biden–Xi meeting");
        assert_eq!(said("2023-06"), "said in Jun 2023, before the Biden–Xi meeting");
        assert_eq!(said("2023-11-14/2023-11-15"), "said in 14–15 Nov 2023");
    }

    #[test]
    fn chinese_attributions_end_at_the_date_with_no_verb_after_it() {
        // "——拜登，在记者会上，2023年11月15日": no 表示 after the speaker and the date.
        let key = day("2023-11-15");
        let said = |s: &str| ZH.said_when(&day(s), &key, "拜登与习近平会晤");
        assert_eq!(said("2023-10-19"), "2023年10月19日（拜登与习近平会晤之前）");
        assert_eq!(said("2023-11-15"), "2023年11月15日");
        assert_eq!(said("2023-11-30"), "2023年11月30日（拜登与习近平会晤之后）");
        assert_eq!(said("2023-06"), "2023年6月（拜登与习近平会晤之前）");
    }

    /// Each place in `text` where a space stands between a Chinese character and a Latin letter,
    /// a digit or a hole that a number or a name fills.
    fn spaces_between_scripts(text: &str) -> Vec<String> {
        let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
        let latin = |c: char| c.is_ascii_alphanumeric() || c == '{' || c == '}';
        let chars: Vec<char> = text.chars().collect();
        chars
            .windows(3)
            .filter(|w| w[1] == ' ' && ((han(w[0]) && latin(w[2])) || (latin(w[0]) && han(w[2]))))
            .map(|w| w.iter().collect())
            .collect()
    }

    #[test]
    fn the_chinese_words_name_the_page_one_way_and_set_no_space_between_scripts() {
        assert_eq!(spaces_between_scripts("按 Esc 键，{n} 个，复制Pym.js代码"), ["按 E", "c 键", "} 个"]);
        let (t, l) = (&ZH, &LIVE_ZH);
        let key = day("2023-11-15");
        let filled = [
            Strings::fill(t.translated_by_us, &[("language", &t.language_name("en"))]),
            Strings::fill(t.translated_by_outlet, &[("language", &t.language_name("en")), ("translator", "Reuters")]),
            t.said_when(&day("2023-06"), &key, "会晤"),
            t.load_problems("data/x.json", 3),
            t.no_statement("中国", Some(&day("2023-11-13/2023-11-18"))),
            l.find_count(2, 12),
            l.cluster(15, "2023年11月11日至17日"),
        ];
        assert_eq!(filled[0], "译自英文，本解读译。");
        let refusals: Vec<String> = Refusal::one_of_each().iter().map(|r| t.draft_refusal(r)).collect();
        let words = [
            t.get_the_data_note,
            t.edit_story,
            t.silent,
            t.issues_hint,
            t.in_their_own_words,
            t.positions_hint,
            t.caption_positions,
            t.timeline_hint,
            t.kind_incident,
            t.kind_agreement,
            t.draft_no_origin,
            t.load_seeing_bundled,
            t.load_open_bundled,
            t.start_failed,
            l.unknown_ids,
            l.embed_iframe,
            l.embed_copy_iframe,
            l.embed_pym,
            l.embed_copy_pym,
            l.find_label,
            l.find_hint,
        ];
        let all: Vec<&str> = words
            .iter()
            .copied()
            .chain(filled.iter().map(String::as_str))
            .chain(refusals.iter().map(String::as_str))
            .collect();
        for text in all {
            assert!(spaces_between_scripts(text).is_empty(), "a space between scripts in {text:?}");
            // Translations and paraphrases are not original words; the page is 本解读, and an
            // incident is a 事态, not an emergency.
            for old in ["原话", "本站", "本页", "本报道", "突发事件"] {
                assert!(!text.contains(old), "{old} in {text:?}");
            }
        }
        assert_eq!(t.in_their_own_words, "双方说法");
        assert_eq!(t.event_kind(EventKind::Incident), "事态");
        assert_eq!(t.event_kind(EventKind::Agreement), "协议与声明");
    }

    #[test]
    fn sentences_around_the_data() {
        let period = day("2023-11-13/2023-11-18");
        assert_eq!(
            EN.no_statement("China", Some(&period)),
            "No public statement from China on this topic found for 13–18 Nov 2023."
        );
        assert_eq!(EN.no_statement("China", None), "No public statement from China on this topic found.");
        assert_eq!(
            EN.joint_names(&["United States", "People's Republic of China"]),
            "United States and People's Republic of China"
        );
        assert_eq!(EN.joint_names(&["A", "B", "C"]), "A, B and C");
        assert_eq!(EN.joint_names(&["A"]), "A");
        assert_eq!(EN.comparison(&Comparison::OnlySome(vec!["US".into()])), "Only US on record");
        assert_eq!(EN.comparison(&Comparison::OnlySome(vec!["A".into(), "B".into()])), "Only A and B on record");
        assert_eq!(EN.load_problems("data/x.json", 1), "The dataset data/x.json has 1 problem");
        assert_eq!(EN.load_problems("data/x.json", 3), "The dataset data/x.json has 3 problems");
        assert_eq!(EN.event_count(1), " event");
        assert_eq!(EN.sources_label(2), "Sources: ");
    }

    #[test]
    fn a_refused_draft_is_explained_in_the_page_language() {
        let other = Refusal::OtherSite("https://evil.example".into());
        assert_eq!(
            EN.draft_refusal(&other),
            "The draft address was ignored: it is on another site (https://evil.example). Only a file on this \
             site can be previewed."
        );
        assert_eq!(
            ZH.draft_refusal(&other),
            "草稿地址已被忽略：它在另一个网站上（https://evil.example）。只能预览同一网站上的文件。"
        );
        assert_eq!(
            EN.draft_refusal(&Refusal::TooLong(4000)),
            "The draft address was ignored: it is 4000 characters long, over the limit of 2048. Only a file on \
             this site can be previewed."
        );
        let all = Refusal::one_of_each();
        let zh: Vec<String> = all.iter().map(|r| ZH.draft_refusal(r)).collect();
        for (refusal, sentence) in all.iter().zip(&zh) {
            // No English reason left in the Chinese sentence, and no hole left unfilled.
            assert!(!sentence.contains('{'), "{sentence}");
            let latin: String = sentence.chars().filter(|c| c.is_ascii_alphabetic()).collect();
            assert!(
                ["", "origin", "javascript", "httpsevilexample"].contains(&latin.as_str()),
                "{refusal:?}: {sentence}"
            );
        }
        assert_eq!(zh.iter().collect::<std::collections::HashSet<_>>().len(), all.len(), "each reason its own words");
    }

    #[test]
    fn a_cluster_says_how_many_it_stands_for() {
        assert_eq!(LIVE_EN.cluster(15, "11–17 Nov 2023"), "15 events, 11–17 Nov 2023");
        assert_eq!(LIVE_EN.cluster(1, "15 Nov 2023"), "1 event, 15 Nov 2023");
    }

    #[test]
    fn find_counts_what_matches() {
        assert_eq!(LIVE_EN.find_count(1, 12), "1 issue and 12 events match.");
        assert_eq!(LIVE_EN.find_count(0, 1), "0 issues and 1 event match.");
        assert_eq!(digits(0), "0");
        assert_eq!(digits(3500), "3500");
    }

    #[test]
    fn filling_leaves_text_without_holes_alone() {
        assert_eq!(Strings::fill("{a} and {b}, {a}", &[("a", "x"), ("b", "{a}")]), "x and {a}, x");
        assert_eq!(Strings::fill("plain", &[("a", "x")]), "plain");
        assert_eq!(Strings::fill("{unknown} {a", &[("a", "x")]), "{unknown} {a");
    }
}
