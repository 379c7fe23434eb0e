//! The Entities view: people, organisations, countries, places, topics and agreements, each with its mention count, linking to the entity's page.

use crate::entity::EntityKind;
use crate::filters::{EntityRef, Filters, View};
use crate::ui::app::{use_library, use_strings};
use crate::ui::url::{use_nav, Link};
use leptos::prelude::*;

/// The kinds listed, in order (dates are left to the timeline).
const KINDS: [EntityKind; 6] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Country,
    EntityKind::Place,
    EntityKind::Topic,
    EntityKind::Agreement,
];

/// The Entities page.
#[component]
pub fn EntitiesPage() -> impl IntoView {
    let nav = use_nav();
    let t = use_strings();
    let lib = use_library();
    move || {
        let s = t.get();
        let ui = nav.filters.with(|f| f.ui());
        let sections = KINDS
            .iter()
            .map(|&kind| {
                let rows: Vec<(String, String, usize)> = lib.with(|l| {
                    l.entities_of(kind)
                        .map(|e| (e.id.clone(), e.name.clone(), e.mentions))
                        .collect()
                });
                let items = rows
                    .into_iter()
                    .map(|(id, name, mentions)| {
                        let to = EntityRef::parse(&id)
                            .map(|r| {
                                Filters::default()
                                    .with_ui(ui)
                                    .with_view(View::Entity)
                                    .with_entity(Some(r))
                            })
                            .unwrap_or_default();
                        view! {
                            <li data-testid="entity" data-entity=id>
                                <Link to=to>{name}</Link>
                                " "
                                <span class="count" title=s.mentions>{mentions}</span>
                            </li>
                        }
                    })
                    .collect_view();
                let heading = s.kinds[kind as usize];
                view! {
                    <section class=format!("entity-group ent-{}", kind.code()) aria-label=heading>
                        <h2>{heading}</h2>
                        <ul class="entity-list">{items}</ul>
                    </section>
                }
            })
            .collect_view();
        view! {
            <h1 class="page-title">{s.entities}</h1>
            <div class="entity-groups">{sections}</div>
        }
    }
}
