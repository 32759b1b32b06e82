//! One item of the agreement as a card: its status and colour, what changed, and the history.

use super::*;

use crate::clock::today_iso;

/// "2026-11-24" as "24. november 2026".
fn iso_label(iso: &str, lang: Lang) -> String {
    let mut parts = iso.split('-').map(|p| p.parse::<u32>().ok());
    match (
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
    ) {
        (Some(y), Some(m), Some(d)) => format::date(
            plan_core::PartialDate::day(y as i32, m as u8, d as u8),
            lang,
        ),
        _ => iso.to_owned(),
    }
}

#[component]
pub(super) fn ItemCard(id: String) -> impl IntoView {
    let state = use_state();
    let item = Memo::new(move |_| {
        state.ws.status_sheets.with(|s| {
            s.iter()
                .flat_map(|s| s.items.iter())
                .find(|i| i.id == id)
                .cloned()
        })
    });
    // The card also shows what changed since the date in the route (?siden=).
    let since = Memo::new(move |_| state.route.with(|r| r.param("siden").map(str::to_owned)));
    move || {
        state.lang.track();
        since.track();
        item.get().map(|item| view! { <ItemCardBody item /> })
    }
}

/// The card of one item as it is now.
#[component]
fn ItemCardBody(item: BudgetItem) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let id = item.id.clone();
    let select_id = format!("colour-{}", item.id);
    let id2 = id.clone();
    let on_colour = move |ev| {
        let colour = StatusColour::from_code(&event_target_value(&ev));
        let date = today_iso();
        state.edit(|w| {
            if let Some(i) = w.item_mut(&id) {
                i.set_colour(&date, colour);
            }
        });
    };
    let status_id = format!("status-{}", item.id);
    let on_status = move |ev| {
        let text = event_target_value(&ev);
        let date = today_iso();
        state.edit(|w| {
            if let Some(i) = w.item_mut(&id2) {
                i.set_status_text(&date, &text);
            }
        });
    };
    let since = state
        .route
        .with_untracked(|r| r.param("siden").map(str::to_owned));
    let changed = since.as_deref().and_then(|d| {
        item.changed_since(d).map(|(status, colour)| {
            let mut parts = Vec::new();
            if status != item.status {
                parts.push(format!("Status: »{status}« → »{}«", item.status));
            }
            if colour != item.colour {
                parts.push(format!(
                    "{}: {} → {}",
                    da_en(lang, "Statusfarve", "Status colour"),
                    plan_core::StatusColour::option_text(colour, lang),
                    plan_core::StatusColour::option_text(item.colour, lang)
                ));
            }
            parts
        })
    });
    let history = item
        .history
        .iter()
        .rev()
        .map(|c| {
            let date = iso_label(&c.date, lang);
            let mut what = Vec::new();
            if c.status_before != c.status_after {
                what.push(format!("»{}« → »{}«", c.status_before, c.status_after));
            }
            if c.colour_before != c.colour_after {
                what.push(format!(
                    "{} → {}",
                    plan_core::StatusColour::option_text(c.colour_before, lang),
                    plan_core::StatusColour::option_text(c.colour_after, lang)
                ));
            }
            view! { <li><strong>{date}</strong> ": " {what.join("; ")}</li> }
        })
        .collect_view();
    let has_history = !item.history.is_empty();
    let is_changed = changed.is_some();
    let amounts = item
        .amounts
        .iter()
        .map(|a| {
            let kind = a.kind.text(lang);
            let when = match (a.year, a.per_year) {
                (Some(y), _) => format!(" {y}"),
                (None, true) => da_en(lang, " pr. år", " per year").to_owned(),
                (None, false) => String::new(),
            };
            format!(
                "{kind}{when}: {} ({} {})",
                format::mio_kr(a.tkr, lang),
                format::tkr(a.tkr, lang),
                da_en(lang, "1.000 kr.", "DKK 1,000")
            )
        })
        .collect::<Vec<_>>();
    view! {
        <li class="item" class:changed=is_changed data-testid=format!("item-{}", item.id)>
            {changed.map(|parts| view! {
                <p class="changed-since" data-testid="item-changed">
                    <strong>{da_en(lang, "Ændret siden sidste møde", "Changed since the last meeting")}</strong>
                    {parts.into_iter().map(|p| view! { <br />{p} }).collect_view()}
                </p>
            })}
            <header>
                <span class="nr">{item.number.clone()}</span>
                <h3>{item.headline.clone()}</h3>
                <StatusBadge tone=Tone::of_colour(item.colour) label=plan_core::StatusColour::option_text(item.colour, lang) testid="item-colour" />
            </header>
            <dl>
                {(!item.agreement_text.is_empty())
                    .then(|| {
                        view! {
                            <dt>{da_en(lang, "Aftaletekst", "Agreement text")}</dt>
                            <dd class="agreement">{item.agreement_text.clone()}</dd>
                        }
                    })}
                <dt>{da_en(lang, "Status og forventet tidsplan", "Status and expected timeline")}</dt>
                <dd data-testid="item-status">{item.status.clone()}</dd>
                {(!item.expected_result.is_empty())
                    .then(|| {
                        view! {
                            <dt>{da_en(lang, "Resultat og effekt", "Result and effect")}</dt>
                            <dd>{item.expected_result.clone()}</dd>
                        }
                    })}
                <dt>{da_en(lang, "Udvalg", "Committee")}</dt>
                <dd>{item.committee.clone()}</dd>
                {(!item.responsible.is_empty())
                    .then(|| {
                        view! {
                            <dt>{da_en(lang, "Ansvarlig", "Responsible")}</dt>
                            <dd>{item.responsible.clone()}</dd>
                        }
                    })}
                {(!amounts.is_empty())
                    .then(|| {
                        view! {
                            <dt>{da_en(lang, "Beløb", "Amounts")}</dt>
                            <dd>
                                <ul class="amounts">
                                    {amounts.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}
                                </ul>
                            </dd>
                        }
                    })}
            </dl>
            <div class="edit-status">
                <label for=status_id.clone()>{da_en(lang, "Ny status (gemmes med dags dato)", "New status (kept with today's date)")}</label>
                <textarea id=status_id data-testid="item-status-edit" rows="2" on:change=on_status prop:value=item.status.clone()></textarea>
            </div>
            {has_history.then(|| view! {
                <details class="history" data-testid="item-history">
                    <summary>{da_en(lang, "Ændringer", "Changes")}</summary>
                    <ul>{history}</ul>
                </details>
            })}
            <div class="edit-colour">
                <label for=select_id.clone()>{da_en(lang, "Statusfarve", "Status colour")}</label>
                <select id=select_id data-testid="item-colour-select" on:change=on_colour>
                    {StatusColour::ALL
                        .into_iter()
                        .map(Some)
                        .chain([None])
                        .map(|c| {
                            view! {
                                <option value=StatusColour::option_code(c) selected=c == item.colour>
                                    {plan_core::StatusColour::option_text(c, lang)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <SourceNote source=item.source.clone() />
        </li>
    }
}
