use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

use super::context::use_story;
use super::source_links::SourceLinks;
use crate::model::{joint_names, no_statement_line, DateSpan, Party, Stand, Statement};

/// What stands for one party in the comparison and on a card: its words, or the plain line
/// saying that none were found. A joint text is shown by [`JointStance`], once for its parties.
#[component]
pub fn PartyStance(issue_id: String, party: Party) -> impl IntoView {
    let story = use_story();
    let stand = story.data.issue(&issue_id).map_or(Stand::Silent, |issue| story.data.stand(issue, &party.id));
    match stand {
        Stand::OnRecord(p) => EitherOf3::A(view! { <Stance statement=p.statement()/> }),
        Stand::Joint(j) => EitherOf3::A(view! { <Stance statement=j.statement()/> }),
        Stand::NotFound { checked } => EitherOf3::B(view! {
            <p class="stance-none" data-testid="no-statement">{format!("{}.", no_statement_line(&party, checked.as_ref()))}</p>
        }),
        // Only a draft that failed validation gets here; the page still says what it lacks.
        Stand::Silent => EitherOf3::C(view! {
            <p class="stance-none">"No statement on record in this explainer's sources."</p>
        }),
    }
}

/// A text several parties issued together, named as theirs, shown once. On a card its label is
/// the heading the parties' own columns have there.
#[component]
pub fn JointStance(statement: Statement, parties: Vec<Party>, #[prop(optional)] as_heading: bool) -> impl IntoView {
    let label = format!("Joint text of the {}", joint_names(&parties.iter().collect::<Vec<_>>()));
    let label = if as_heading {
        Either::Left(view! { <h5>{label}</h5> })
    } else {
        Either::Right(view! { <p class="stance-joint-label">{label}</p> })
    };
    view! {
        <div class="stance-joint" data-testid="joint-stance">
            {label}
            <Stance statement/>
        </div>
    }
}

/// Words on record: the exact words in quotation marks, any paraphrase, who said them and
/// when, against the meeting day, so that older words never pass as said at the meeting.
#[component]
pub fn Stance(statement: Statement) -> impl IntoView {
    let story = use_story();
    let Statement { quote, paraphrase, speaker, date, sources } = statement;
    let when = date.as_deref().and_then(|d| DateSpan::parse(d).ok()).map(|span| {
        view! { ", " <time datetime=span.iso_start() data-testid="stance-when">{story.data.said_when(&span)}</time> }
    });
    view! {
        <div class="stance">
            {quote.map(|q| view! { <p class="stance-quote"><q>{q}</q></p> })}
            {paraphrase.map(|p| view! { <p class="stance-paraphrase">{p}</p> })}
            <p class="stance-attribution">"— " {speaker} {when}". " <SourceLinks ids=sources/></p>
        </div>
    }
}
