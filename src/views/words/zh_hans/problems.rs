//! A dataset's problems in Chinese. The model words them in English (the validator's own, which
//! the CLI prints); Chinese has a template for every kind, with the same named holes, and its own
//! words for the values that are English words. JSON paths, ids, field names and serde's
//! free-text reasons stay as written.
//!
//! Only the renderer bundle and the pre-render show problems: keep this out of `#[island]` code,
//! so the reader's wasm never carries these tables (`tests/problems.rs` checks it).

use std::borrow::Cow;

use crate::model::{fill, DataError, Place, Problem, LIST_SEPARATOR};

/// `path: message` (or the message alone, for the whole file), in Chinese.
pub(in crate::views::words) fn problem_line(error: &DataError) -> String {
    let message = chinese_message(error);
    let path = chinese_path(error);
    if path.is_empty() {
        message
    } else {
        [path.as_str(), ": ", &message].concat()
    }
}

/// The message alone, in Chinese.
fn chinese_message(error: &DataError) -> String {
    let values: Vec<(&str, Cow<str>)> =
        error.reason.values.iter().map(|(name, value)| (*name, chinese_value(error, name, value))).collect();
    let values: Vec<(&str, &str)> = values.iter().map(|(name, value)| (*name, value.as_ref())).collect();
    fill(chinese(error.reason.problem), &values)
}

/// A JSON path stays as written; a line and column in the file are worded.
fn chinese_path(error: &DataError) -> String {
    match error.place {
        Place::Text { line, column } => {
            fill("第{line}行，第{column}列", &[("line", &line.to_string()), ("column", &column.to_string())])
        }
        Place::Path(_) => error.place.to_string(),
    }
}

/// Every kind's Chinese template, with the holes of [`Problem::english`].
const fn chinese(problem: Problem) -> &'static str {
    match problem {
        Problem::FileTooLarge => "文件大小为{size}KB；数据集最大为{max}KB",
        Problem::EmptyFile => "文件为空；应为一个JSON对象",
        Problem::InvalidJson => "JSON格式错误：{reason}",
        Problem::NestedTooDeep => "嵌套超过{depth}层",
        Problem::TextTooLong => "文本长{chars}个字符；最多允许{max}个",
        Problem::TooManyItems => "有{count}{what}；最多允许{max}{what}",
        Problem::MoreProblems => "另有{more}个问题未列出（最多列出{max}个）",
        Problem::TopLevelNotAnObject => "顶层必须是包含meta、parties、issues、events、eras和sources的JSON对象",
        Problem::MissingField => "缺少必填字段",
        Problem::UnknownField => "未知字段",
        Problem::UnknownFieldAllowed => "未知字段（允许的字段：{allowed}）",
        Problem::NotAList => "应为列表，实为{found}",
        Problem::UnknownVariant => "未知的取值“{variant}”，应为{expected}",
        Problem::InvalidType => "类型错误：应为{expected}，实为{found}",
        Problem::InvalidValue => "取值错误：应为{expected}，实为{found}",
        Problem::Shape => "结构错误：{reason}",
        Problem::NotIsoDate => "“{date}”不是ISO日期（YYYY-MM-DD、YYYY-MM或YYYY）",
        Problem::NoSuchMonth => "“{date}”中的月份{month}不存在",
        Problem::NoSuchDay => "日历上没有“{date}”这一天",
        Problem::RangeInverted => "时间范围“{range}”的开始晚于结束",
        Problem::Blank => "不能为空",
        Problem::NotWebUrl => "“{url}”不是http或https地址",
        Problem::BadId => "id“{id}”只能使用小写字母、数字和连字符",
        Problem::DuplicateId => "重复的id“{id}”",
        Problem::UnknownId => "未知的{kind}id“{id}”",
        Problem::NoSources => "至少需要一个来源",
        Problem::NoParties => "至少需要一个参与方",
        Problem::BadColour => "“{colour}”不是十六进制颜色（例如#1f4e9c）",
        Problem::CoveredByJoint => "参与方“{party}”已由联合文本涵盖",
        Problem::SecondPosition => "参与方“{party}”的第二个立场",
        Problem::SilentParty => {
            "没有参与方“{party}”的立场：请给出其表态，或给出状态为“{status}”的立场并注明查证的时间段"
        }
        Problem::AlignmentNeedsWords => "“{alignment}”要求每个参与方都有本人的表态记录；{parties}没有",
        Problem::CheckedOnlyWithoutStatement => "只有状态为“{status}”的立场才能注明查证的时间段",
        Problem::LeftOutWithoutStatement => "状态为“{status}”时必须省略",
        Problem::NeedsCheckedPeriod => "状态为“{status}”时需要注明查证的时间段，例如“2023-11-13/2023-11-18”",
        Problem::ListedTwice => "参与方“{party}”列出了两次",
        Problem::JointNeedsTwo => "联合文本需要两个或更多参与方",
        Problem::JointNotAdjacent => "联合文本的参与方在`parties`中必须相邻",
        Problem::NoWords => "需要引语或转述",
        Problem::QuoteNeedsLanguage => "引语需要注明讲话时使用的语言",
        Problem::SpokenWithoutQuote => "描述的是引语，但没有引语",
        Problem::OnlyTranslations => "只有译文才有此项；这些话用的就是数据集的语言“{language}”",
        Problem::NeedsTranslator => "用“{spoken}”讲、以“{shown}”显示的话需要注明译者：来源id，或“{ours}”",
        Problem::OutsideEra => "{date}不在所属时期“{era}”（{start}至{end}）之内",
        Problem::EraInverted => "开始（{start}）晚于结束（{end}）",
        Problem::SourceNeedsUrlOrDate => "需要http或https网址；没有网页的，需要媒体名称（publisher）和日期",
        Problem::LanguageNotFileName => "为“{language}”，但文件名表明是“{claimed}”",
    }
}

/// A value in Chinese: the model's English words translated, lists joined the Chinese way, and
/// everything else (ids, dates, numbers, the editor's text, serde's reasons) as given.
fn chinese_value<'a>(error: &'a DataError, name: &str, value: &'a str) -> Cow<'a, str> {
    let word = match (error.reason.problem, name) {
        (Problem::UnknownId, "kind") => ref_kind(value),
        (Problem::TooManyItems, "what") => match value {
            "items" => Some("项"),
            "fields" => Some("个字段"),
            _ => None,
        },
        (Problem::NotAList, "found") => json_kind(value),
        (Problem::InvalidType | Problem::InvalidValue, "expected") => serde_expected(value),
        (Problem::InvalidType | Problem::InvalidValue, "found") => return serde_found(value),
        (Problem::AlignmentNeedsWords, "parties") => {
            return error.value("party_ids").map_or(Cow::Borrowed(value), |ids| quoted_list(ids).into());
        }
        (Problem::UnknownVariant, "expected") => {
            return match error.value("variants") {
                Some(names) if names.contains(LIST_SEPARATOR) => ["以下之一：", &quoted_list(names)].concat().into(),
                Some(name) => quoted_list(name).into(),
                None => Cow::Borrowed(value),
            };
        }
        _ => None,
    };
    word.map_or(Cow::Borrowed(value), Cow::Borrowed)
}

/// The kinds of thing an id refers to (`Ref::label` in the validator).
fn ref_kind(label: &str) -> Option<&'static str> {
    Some(match label {
        "party" => "参与方",
        "issue" => "议题",
        "event" => "事件",
        "era" => "时期",
        "source" => "来源",
        _ => return None,
    })
}

/// The JSON kinds the loader names (`kind_of` in load.rs).
fn json_kind(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "null" => "null",
        "true/false" => "布尔值",
        "a number" => "数字",
        "text" => "文本",
        "a list" => "列表",
        "an object" => "对象",
        _ => return None,
    })
}

/// What serde expected, in the words its visitors use.
fn serde_expected(expected: &str) -> Option<&'static str> {
    Some(match expected {
        "a string" | "a borrowed string" | "string" => "字符串",
        "a sequence" => "列表",
        "a boolean" => "布尔值",
        "a map" => "对象",
        "string or map" => "字符串或对象",
        "unit" => "null",
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "整数",
        "f32" | "f64" => "数字",
        _ if expected.starts_with("struct ") => "对象",
        _ => return None,
    })
}

/// What serde found, in the words of its `Unexpected`: "integer 7", "string \"seed\"", "map".
fn serde_found(found: &str) -> Cow<'_, str> {
    for (english, chinese) in
        [("integer ", "整数"), ("floating point ", "浮点数"), ("boolean ", "布尔值"), ("character ", "字符")]
    {
        if let Some(rest) = found.strip_prefix(english) {
            return [chinese, rest].concat().into();
        }
    }
    if let Some(text) = found.strip_prefix("string \"").and_then(|rest| rest.strip_suffix('"')) {
        return ["字符串“", text, "”"].concat().into();
    }
    Cow::Borrowed(match found {
        "unit value" => "null",
        "sequence" => "列表",
        "map" => "对象",
        _ => found,
    })
}

/// A list value's items, each in mainland quotation marks, joined with 、.
fn quoted_list(items: &str) -> String {
    let quoted: Vec<String> = items.split(LIST_SEPARATOR).map(|item| ["“", item, "”"].concat()).collect();
    quoted.join("、")
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::model::holes;

    /// As the page words a problem: through the language's dispatch.
    fn problem_line(error: &DataError, language: &str) -> String {
        crate::views::words::problem_line(error, language)
    }

    fn has_cjk(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn every_kind_has_chinese_with_the_english_holes() {
        for &problem in Problem::ALL {
            let (en, zh) = (problem.english(), chinese(problem));
            assert!(has_cjk(zh), "{problem:?}: {zh}");
            assert_ne!(en, zh, "{problem:?}");
            let set = |t| holes(t).into_iter().collect::<BTreeSet<_>>();
            assert_eq!(set(en), set(zh), "{problem:?}: the Chinese must fill the same holes as the English");
            // Chinese typesetting sets no space between a Chinese character and a Latin letter, a
            // digit or a hole (filled with a number, an id or a date).
            let chars: Vec<char> = zh.chars().collect();
            let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
            let latin = |c: char| c.is_ascii_alphanumeric() || "{}`#".contains(c);
            let spaced =
                chars.windows(3).any(|w| w[1] == ' ' && ((han(w[0]) && latin(w[2])) || (latin(w[0]) && han(w[2]))));
            assert!(!spaced, "{problem:?}: a space between scripts in {zh:?}");
        }
    }

    #[test]
    fn english_is_the_clis_wording_and_chinese_translates_the_values_that_are_words() {
        let e = DataError::new(
            Place::file().field("events").index(0).field("era"),
            Problem::UnknownId.with("kind", "era").and("id", "freeze"),
        );
        assert_eq!(problem_line(&e, "en"), "events[0].era: unknown era id \"freeze\"");
        assert_eq!(problem_line(&e, "zh-Hans"), "events[0].era: 未知的时期id“freeze”");
        let e = DataError::new(
            Place::file().field("issues").index(0).field("alignment"),
            Problem::AlignmentNeedsWords
                .with("alignment", "converge")
                .and("parties", "\"us\", \"cn\"")
                .list("party_ids", ["us", "cn"]),
        );
        assert_eq!(
            problem_line(&e, "zh-Hans"),
            "issues[0].alignment: “converge”要求每个参与方都有本人的表态记录；“us”、“cn”没有"
        );
        let e = DataError::at_line(4, 3, Problem::InvalidJson.with("reason", "trailing comma"));
        assert_eq!(e.to_string(), "line 4, column 3: invalid JSON: trailing comma");
        assert_eq!(problem_line(&e, "zh-Hans"), "第4行，第3列: JSON格式错误：trailing comma");
    }
}
