use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::context::use_story;
use super::source_links::SourceLinks;
use super::translation_note::TranslationNote;
use super::words::strings;
use crate::model::{DateSpan, Party, Stand, Statement};

/// What stands for one party in the comparison (and so on its card): its words, or the plain line
/// saying that none were found. A joint text is shown by [`JointStance`], once for its parties.
#[component]
pub fn PartyStance(issue_id: String, party: Party) -> impl IntoView {
    let story = use_story();
    let t = strings();
    let stand = story.data().issue(&issue_id).map_or(Stand::Silent, |issue| story.data().stand(issue, &party.id));
    match stand {
        Stand::OnRecord(p) => {
            EitherOf3::A(view! { <Stance statement=p.statement() when=story.dates().said(&issue_id, &party.id)/> })
        }
        Stand::Joint(j) => {
            EitherOf3::A(view! { <Stance statement=j.statement() when=story.dates().joint(&issue_id)/> })
        }
        Stand::NotFound(_) => {
            let period = story.dates().checked(&issue_id, &party.id);
            EitherOf3::B(view! {
                <p class="stance-none" data-testid="no-statement">{t.no_statement(&party.short_name, period.as_ref())}</p>
            })
        }
        // Only a draft that failed validation gets here; the page still says what it lacks.
        Stand::Silent => EitherOf3::C(view! { <p class="stance-none">{t.silent}</p> }),
    }
}

/// A text several parties issued together, named as theirs, shown once.
#[component]
pub fn JointStance(issue_id: String, statement: Statement, parties: Vec<Party>) -> impl IntoView {
    let story = use_story();
    let names: Vec<&str> = parties.iter().map(|p| p.name.as_str()).collect();
    view! {
        <div class="stance-joint" data-testid="joint-stance">
            <p class="stance-joint-label">{strings().joint_text_of(&names)}</p>
            <Stance statement when=story.dates().joint(&issue_id)/>
        </div>
    }
}

/// Words on record: the exact words in quotation marks, any paraphrase, who said them and
/// when (as the validator parsed it), against the story's key date, so that older words never
/// pass as said at the meeting.
#[component]
pub fn Stance(statement: Statement, when: Option<DateSpan>) -> impl IntoView {
    let story = use_story();
    let t = strings();
    let Statement { quote, spoken, paraphrase, speaker, sources, .. } = statement;
    let key = story.dates().key.zip(story.data().meta.key_date.as_ref().map(|k| k.label.as_str()));
    let when = when.map(|span| {
        view! {
            {t.attribution_when_separator}
            <time datetime=span.iso_start() data-testid="stance-when">{t.said_when(&span, key.as_ref().map(|(d, l)| (d, *l)))}</time>
        }
    });
    view! {
        <div class="stance">
            {quote.map(|q| view! { <p class="stance-quote"><q>{q}</q></p> <TranslationNote spoken cited=sources.clone()/> })}
            {paraphrase.map(|p| view! { <p class="stance-paraphrase">{p}</p> })}
            <p class="stance-attribution">{t.attribution_dash} {speaker} {when} {t.attribution_end} <SourceLinks ids=sources/></p>
        </div>
    }
}
