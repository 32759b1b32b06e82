//! One item of the agreement as a card: its status and colour, what changed, and the history.

use super::*;

/// Today as an ISO date (yyyy-mm-dd) in local time.
fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

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
pub(super) fn ItemCard(item: BudgetItem) -> impl IntoView {
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
                    tr(lang, Key::Colour),
                    colour_label(lang, colour),
                    colour_label(lang, item.colour)
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
                    colour_label(lang, c.colour_before),
                    colour_label(lang, c.colour_after)
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
            let kind = match (a.kind, lang) {
                (AmountKind::Saving, Lang::Da) => "Besparelse",
                (AmountKind::Investment, Lang::Da) => "Investering",
                (AmountKind::Addition, Lang::Da) => "Tilførsel",
                (AmountKind::Buffer, Lang::Da) => "Buffer",
                (AmountKind::NetCost, Lang::Da) => "Nettoudgift",
                (AmountKind::Saving, Lang::En) => "Saving",
                (AmountKind::Investment, Lang::En) => "Investment",
                (AmountKind::Addition, Lang::En) => "Addition",
                (AmountKind::Buffer, Lang::En) => "Buffer",
                (AmountKind::NetCost, Lang::En) => "Net cost",
            };
            let when = match (a.year, a.per_year, lang) {
                (Some(y), _, _) => format!(" {y}"),
                (None, true, Lang::Da) => " pr. år".to_owned(),
                (None, true, Lang::En) => " per year".to_owned(),
                (None, false, _) => String::new(),
            };
            format!(
                "{kind}{when}: {} ({} {})",
                format::mio_kr(a.tkr, lang),
                format::tkr(a.tkr, lang),
                tr(lang, Key::Tkr)
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
                <StatusBadge tone=Tone::of_colour(item.colour) label=colour_label(lang, item.colour) testid="item-colour" />
            </header>
            <dl>
                {(!item.agreement_text.is_empty())
                    .then(|| {
                        view! {
                            <dt>{tr(lang, Key::AgreementText)}</dt>
                            <dd class="agreement">{item.agreement_text.clone()}</dd>
                        }
                    })}
                <dt>{tr(lang, Key::Status)}</dt>
                <dd data-testid="item-status">{item.status.clone()}</dd>
                {(!item.expected_result.is_empty())
                    .then(|| {
                        view! {
                            <dt>{tr(lang, Key::ExpectedResult)}</dt>
                            <dd>{item.expected_result.clone()}</dd>
                        }
                    })}
                <dt>{tr(lang, Key::Committee)}</dt>
                <dd>{item.committee.clone()}</dd>
                {(!item.responsible.is_empty())
                    .then(|| {
                        view! {
                            <dt>{tr(lang, Key::Responsible)}</dt>
                            <dd>{item.responsible.clone()}</dd>
                        }
                    })}
                {(!amounts.is_empty())
                    .then(|| {
                        view! {
                            <dt>{tr(lang, Key::Amounts)}</dt>
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
                <label for=select_id.clone()>{tr(lang, Key::Colour)}</label>
                <select id=select_id data-testid="item-colour-select" on:change=on_colour>
                    {StatusColour::ALL
                        .into_iter()
                        .map(Some)
                        .chain([None])
                        .map(|c| {
                            view! {
                                <option value=StatusColour::option_code(c) selected=c == item.colour>
                                    {colour_label(lang, c)}
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
