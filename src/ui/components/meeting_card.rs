//! The meeting card: every fact of one meeting with where it came from: date with its precision, derivation and source sentences, leads with titles, place, level, agreements, topics, and a link that opens the article at the sentence.

use crate::filters::{ArticleRef, Filters, View};
use crate::meeting::{Person, Relation};
use crate::timeline::Item;
use crate::ui::app::{use_strings, use_ui_lang};
use crate::ui::url::{use_nav, Link};
use leptos::prelude::*;

fn person_line(p: &Person) -> String {
    match (&p.title, &p.country) {
        (Some(t), Some(c)) => format!("{} ({t}, {c})", p.name),
        (Some(t), None) => format!("{} ({t})", p.name),
        (None, Some(c)) => format!("{} ({c})", p.name),
        (None, None) => p.name.clone(),
    }
}

/// The card of one meeting.
#[component]
pub fn MeetingCard(
    /// The meeting, as laid out on the timeline.
    item: Item,
    /// Called by the close button (`None`: no close button, e.g. a hover preview).
    #[prop(optional)]
    on_close: Option<Callback<()>>,
) -> impl IntoView {
    let t = use_strings();
    let ui = use_ui_lang();
    let nav = use_nav();
    let m = item.meeting.clone();
    let date = m.date.clone();
    let date_text = {
        let d = date.clone();
        move || crate::i18n::fuzzy_date(ui.get(), &d)
    };
    let precision = date.precision;
    let to_article = ArticleRef::parse(item.article.as_str()).ok().map(|a| {
        Filters::default()
            .with_ui(nav.filters.with_untracked(|f| f.ui()))
            .with_view(View::Article)
            .with_article(Some(a))
    });
    let main_evidence = m
        .evidence
        .first()
        .map(|e| crate::reader::evidence_fragment(&(e.start..e.end)));
    let evidence: Vec<(String, String)> =
        date.evidence
            .iter()
            .chain(m.evidence.iter())
            .fold(Vec::new(), |mut acc: Vec<(String, String)>, e| {
                let frag = crate::reader::evidence_fragment(&(e.start..e.end));
                if !acc.iter().any(|(f, _)| *f == frag) {
                    acc.push((frag, e.text.clone()));
                }
                acc
            });
    let leads = [m.leads.vietnam.clone(), m.leads.partner.clone()];
    let participants: Vec<String> = m.participants.iter().map(person_line).collect();
    let agreements: Vec<String> = m
        .agreements
        .iter()
        .map(|a| match a.count {
            Some(n) if n > 1 => format!("{n} × {}: {}", a.name, a.text),
            _ => format!("{}: {}", a.name, a.text),
        })
        .collect();
    let topics: Vec<String> = m.topics.iter().map(|x| x.name.clone()).collect();
    let mentioned = m.mentioned.then_some(m.relation);
    let place = match (&m.place, &m.country) {
        (Some(p), Some(c)) => Some(format!("{p}, {}", crate::iso3166::name(c).unwrap_or(c))),
        (Some(p), None) => Some(p.clone()),
        _ => None,
    };
    let place_note = m.place_note.clone();
    let derivation = date.derivation.clone();
    let level = m.level;
    let level_note = m.level_note.clone();
    let ordinal = m.ordinal;
    let partners = m.partners.join(", ");
    view! {
        <article class="meeting-card" data-testid="meeting-card" data-date=item.data_date.clone() data-country=item.data_country.clone()>
            <header>
                <h3>
                    {date_text.clone()}
                    " · "
                    {partners}
                    {place.clone().map(|p| view! { " · " {p} })}
                </h3>
                {on_close.map(|cb| view! {
                    <button type="button" class="icon" aria-label=move || t.get().card_close on:click=move |_| cb.run(())>"×"</button>
                })}
            </header>
            {mentioned.map(|rel| view! {
                <p class="mentioned-note">{move || match rel {
                    Some(Relation::Later) => t.get().card_mentioned_later,
                    _ => t.get().card_mentioned_earlier,
                }}</p>
            })}
            <dl class="facts">
                <div>
                    <dt>{move || t.get().card_date}</dt>
                    <dd data-testid="card-date">
                        {date_text}
                        " ("{move || crate::i18n::precision_label(ui.get(), precision)}")"
                        {derivation.map(|d| view! { <br /><span class="derived">{move || t.get().card_derived}": "{d.clone()}</span> })}
                    </dd>
                </div>
                {place.map(|p| view! {
                    <div>
                        <dt>{move || t.get().card_place}</dt>
                        <dd>{p}{place_note.map(|n| view! { " ("{n}")" })}</dd>
                    </div>
                })}
                <div>
                    <dt>{move || t.get().card_level}</dt>
                    <dd title=level_note>{move || t.get().level(level)}{ordinal.map(|n| view! { " · "{move || t.get().card_ordinal}" "{n} })}</dd>
                </div>
                <div>
                    <dt>{move || t.get().card_leads}</dt>
                    <dd data-testid="card-leads">
                        {leads.iter().flatten().map(|p| view! { <div>{person_line(p)}</div> }).collect_view()}
                    </dd>
                </div>
                {(!participants.is_empty()).then(|| view! {
                    <div>
                        <dt>{move || t.get().card_participants}</dt>
                        <dd>{participants.join("; ")}</dd>
                    </div>
                })}
                {(!agreements.is_empty()).then(|| view! {
                    <div>
                        <dt>{move || t.get().card_signed}</dt>
                        <dd data-testid="card-agreements"><ul>{agreements.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}</ul></dd>
                    </div>
                })}
                {(!topics.is_empty()).then(|| view! {
                    <div>
                        <dt>{move || t.get().card_topics}</dt>
                        <dd>{topics.join(", ")}</dd>
                    </div>
                })}
            </dl>
            <div class="evidence">
                <h4>{move || t.get().card_source}</h4>
                {evidence.into_iter().map(|(frag, text)| {
                    let to = to_article.clone();
                    view! {
                        <blockquote>
                            {match to {
                                Some(to) => view! { <Link to=to fragment=frag>{text}</Link> }.into_any(),
                                None => text.into_any(),
                            }}
                        </blockquote>
                    }
                }).collect_view()}
            </div>
            {to_article.clone().map(|to| view! {
                <p><Link to=to fragment=main_evidence.unwrap_or_default() class="button" >{move || t.get().card_open}</Link></p>
            })}
        </article>
    }
}
