//! Slides made into a dataset: the title slide names the story, eras become eras, and every
//! other slide an event at the precision its date was given. Link addresses become sources the
//! event cites, one per address; what cannot be held is reported, and the rest comes in.

use std::collections::HashSet;

use super::dates::iso_span;
use super::report::{Reason, Report, Skipped};
use super::rich_text::RichText;
use super::slide::{Slide, SlideKind};
use crate::model::{is_web_url, slug, Dataset, Era, Event, Meta, Source};

/// What a new story starts from besides the file: the editor's language and today's date.
#[derive(Clone, Copy, Debug)]
pub struct NewStory<'a> {
    pub language: &'a str,
    /// ISO date, for `published` and `updated`.
    pub today: &'a str,
    /// The file's name: the story's title when the file gives none.
    pub file_name: &'a str,
}

/// Ids already given, so that none is given twice, and the sources by address.
struct Builder {
    data: Dataset,
    report: Report,
    ids: HashSet<String>,
}

pub fn build(slides: &[Slide], new: NewStory) -> (Dataset, Report) {
    let title = new.file_name.rsplit_once('.').map_or(new.file_name, |(stem, _)| stem);
    let meta = Meta {
        title: title.to_string(),
        standfirst: String::new(),
        language: new.language.to_string(),
        updated: new.today.to_string(),
        published: new.today.to_string(),
        publisher: String::new(),
        publisher_language: None,
        credits: Vec::new(),
        key_date: None,
        canonical_url: None,
        corrections: Vec::new(),
    };
    let data = Dataset {
        schema: None,
        meta,
        parties: Vec::new(),
        issues: Vec::new(),
        events: Vec::new(),
        eras: Vec::new(),
        sources: Vec::new(),
    };
    let mut builder = Builder { data, report: Report::default(), ids: HashSet::new() };
    for slide in slides {
        builder.add(slide);
    }
    (builder.data, builder.report)
}

impl Builder {
    fn skip(&mut self, slide: &Slide, reason: Reason) {
        self.report.skipped.push(Skipped { at: slide.at, reason });
    }

    /// A fresh id among every list's (events, eras and sources never share one here).
    fn id(&mut self, wanted: &str) -> String {
        let id = slug(wanted, |id| self.ids.contains(id));
        self.ids.insert(id.clone());
        id
    }

    fn add(&mut self, slide: &Slide) {
        for unshown in &slide.unshown {
            self.report.left_out[*unshown as usize] += 1;
        }
        let headline = RichText::from_html(&slide.headline).text;
        if slide.kind == SlideKind::Title {
            let standfirst = RichText::from_html(&slide.text).text;
            self.data.meta.title = if headline.is_empty() { self.data.meta.title.clone() } else { headline };
            self.data.meta.standfirst = standfirst;
            self.report.titled = true;
            return;
        }
        if headline.is_empty() {
            return self.skip(slide, Reason::NoHeadline);
        }
        if slide.kind == SlideKind::Era && slide.end.is_empty() {
            return self.skip(slide, Reason::EraWithoutEnd);
        }
        let date = match iso_span(&slide.start, &slide.end) {
            Ok(date) => date,
            Err(reason) => return self.skip(slide, reason),
        };
        if slide.kind == SlideKind::Era {
            let (start, end) = date.split_once('/').map_or((date.as_str(), date.as_str()), |(a, b)| (a, b));
            let era = Era { id: self.id(&headline), label: headline, start: start.into(), end: end.into() };
            self.data.eras.push(era);
            self.report.eras += 1;
            return;
        }
        let body = RichText::from_html(&slide.text);
        let mut sources = Vec::new();
        for link in &body.links {
            match self.source(&link.href, &link.text) {
                Some(id) if !sources.contains(&id) => sources.push(id),
                Some(_) => {}
                None => self.report.links_not_kept += 1,
            }
        }
        let wanted = if slide.unique_id.is_empty() { headline.as_str() } else { slide.unique_id.as_str() };
        let event = Event {
            id: self.id(wanted),
            date,
            title: headline,
            summary: body.text,
            kind: None,
            parties: Vec::new(),
            issues: Vec::new(),
            quotes: Vec::new(),
            era: None,
            sources,
        };
        self.data.events.push(event);
        self.report.events += 1;
    }

    /// The source at `href`, made on its first link: its outlet named from the address' host,
    /// its title the link's words. `None` for an address that is not a web address.
    fn source(&mut self, href: &str, words: &str) -> Option<String> {
        if !is_web_url(href) {
            return None;
        }
        if let Some(known) = self.data.sources.iter().find(|s| s.url.as_deref() == Some(href)) {
            return Some(known.id.clone());
        }
        let host = host(href);
        let title = if words.is_empty() { href.to_string() } else { words.to_string() };
        let source =
            Source { id: self.id(&host), publisher: host, title, language: None, date: None, url: Some(href.into()) };
        let id = source.id.clone();
        self.data.sources.push(source);
        self.report.sources += 1;
        Some(id)
    }
}

/// `https://www.example.org:8080/a` → `example.org`.
fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
    host.strip_prefix("www.").map(str::to_string).unwrap_or(host)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::dates::DateParts;
    use crate::import::report::Where;

    fn slide(kind: SlideKind, year: &str, end_year: &str, headline: &str, text: &str) -> Slide {
        Slide {
            at: Where::Row(2),
            kind,
            start: DateParts { year: year.into(), ..Default::default() },
            end: DateParts { year: end_year.into(), ..Default::default() },
            headline: headline.into(),
            text: text.into(),
            unique_id: String::new(),
            unshown: Vec::new(),
        }
    }

    const NEW: NewStory = NewStory { language: "en", today: "2026-12-07", file_name: "timeline.csv" };

    #[test]
    fn links_become_sources_cited_once_per_address() {
        let slides = [
            slide(
                SlideKind::Event,
                "1951",
                "",
                "One",
                "<a href='https://www.example.org/a'>A report</a> and <a href='https://www.example.org/a'>again</a>",
            ),
            slide(
                SlideKind::Event,
                "1952",
                "",
                "One",
                "<a href='https://news.example.com:443/b'>B</a> <a href='javascript:alert(1)'>x</a>",
            ),
        ];
        let (data, report) = build(&slides, NEW);
        assert_eq!(data.meta.title, "timeline", "no title slide: the file's name");
        assert_eq!(data.events.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["one", "one-2"]);
        assert_eq!(data.events[0].sources, ["example-org"]);
        assert_eq!(data.events[1].sources, ["news-example-com"]);
        assert_eq!(data.sources[0].publisher, "example.org");
        assert_eq!(data.sources[0].title, "A report");
        assert_eq!((report.sources, report.links_not_kept), (2, 1));
        assert_eq!(data.events[1].summary, "B x");
    }

    #[test]
    fn the_title_slide_names_the_story_and_eras_are_spans() {
        let slides = [
            slide(SlideKind::Title, "", "", "<b>The title</b>", "<p>The standfirst</p>"),
            slide(SlideKind::Era, "1949", "1953", "An era", ""),
            slide(SlideKind::Era, "1949", "", "No end", ""),
            slide(SlideKind::Event, "", "", "No year", ""),
        ];
        let (data, report) = build(&slides, NEW);
        assert_eq!((data.meta.title.as_str(), data.meta.standfirst.as_str()), ("The title", "The standfirst"));
        assert_eq!((data.eras[0].start.as_str(), data.eras[0].end.as_str()), ("1949", "1953"));
        let reasons: Vec<&Reason> = report.skipped.iter().map(|s| &s.reason).collect();
        assert_eq!(reasons, [&Reason::EraWithoutEnd, &Reason::NoYear]);
        assert!(report.titled && report.events == 0);
    }
}
