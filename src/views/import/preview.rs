//! How the file is read: first the reading in plain words and what was read, with the button
//! to import beside it; then, folded away for those who need them, the facts, the header
//! rows, the columns and their meaning, and the fields to correct.

use super::summary::ParsedSummary;
use super::*;

fn role_label(role: ColumnRole, lang: Lang) -> &'static str {
    match role {
        ColumnRole::Area => da_en(lang, "Område", "Area"),
        ColumnRole::Period => da_en(lang, "Periode", "Period"),
        ColumnRole::Dimension => da_en(
            lang,
            "Opdeling (del af indikatorens navn)",
            "Grouping (part of the indicator's name)",
        ),
        ColumnRole::Value => da_en(
            lang,
            "Værdier (overskriften er indikatoren)",
            "Values (the header is the indicator)",
        ),
        ColumnRole::PeriodValue => da_en(
            lang,
            "Værdier for perioden i overskriften",
            "Values for the period in the header",
        ),
        ColumnRole::Ignore => da_en(lang, "Bruges ikke", "Not used"),
    }
}

/// How the file is read, with the mapping to correct; the summary once the file is read.
#[component]
pub(super) fn PreviewPanel(
    preview: Preview,
    /// The UI language: the parent builds the panel again when it changes.
    lang: Lang,
    parsed: RwSignal<Option<Arc<Parsed>>>,
    filter: RwSignal<AreaFilter>,
    set_mapping: Callback<(usize, ColumnRole)>,
    set_name: Callback<String>,
    set_area: Callback<String>,
    set_scale: Callback<bool>,
    /// The header's first row (a line of the file) and whether it spans two rows.
    set_header: Callback<(u64, bool)>,
    set_fill: Callback<(usize, bool)>,
    header_error: RwSignal<Option<FileError>>,
    /// Whether the details of the reading are unfolded.
    details_open: RwSignal<bool>,
    confirm: Callback<()>,
    cancel: Callback<()>,
) -> impl IntoView {
    let s = preview.sniffed.clone();
    let file_name = s.file_name.clone();
    let mapping = preview.mapping.clone();
    let mapping_error = s.check(&mapping).err();
    // The reading in plain words, with the columns as they are now (after any correction).
    let reading = {
        let mut now = (*s).clone();
        now.mapping = mapping.clone();
        now.reading_text(lang)
    };
    // A reading that gives no values cannot be imported as it is: the details open by
    // themselves, as they hold what to correct.
    if mapping_error.is_some() {
        details_open.set(true);
    }
    let has_area = mapping.roles.contains(&ColumnRole::Area);
    let title = s.title.join(" · ");
    let is_json = s.format == import::Format::Json;
    let mut facts = vec![
        (da_en(lang, "Fil", "File"), s.file_name.clone()),
        (
            da_en(lang, "Opbygning", "Layout"),
            if is_json {
                da_en(
                    lang,
                    "JSON-fil (fx fra jobindsats.dk), læst som en tabel med én række pr. post",
                    "JSON file (e.g. from jobindsats.dk), read as a table with one row per record",
                )
                .to_owned()
            } else {
                s.format.name(lang).to_owned()
            },
        ),
        (
            da_en(lang, "Tegnsæt", "Encoding"),
            s.encoding.name().to_owned(),
        ),
        (
            da_en(lang, "Skilletegn", "Delimiter"),
            s.delimiter_name(lang).to_owned(),
        ),
        (
            da_en(lang, "Decimaltegn", "Decimal mark"),
            match s.decimal {
                import::DecimalStyle::Comma => da_en(lang, "komma (1.234,5)", "comma (1.234,5)"),
                import::DecimalStyle::Point => da_en(lang, "punktum (1,234.5)", "point (1,234.5)"),
            }
            .to_owned(),
        ),
    ];
    if is_json {
        // A JSON file has records, not delimited rows: "række" is the record's number.
        facts.retain(|(k, _)| *k != da_en(lang, "Skilletegn", "Delimiter"));
    } else {
        facts.push((
            da_en(lang, "Overskrift i række", "Header in row"),
            if s.header_first == s.header_line {
                s.header_line.to_string()
            } else {
                format!("{}-{}", s.header_first, s.header_line)
            },
        ));
    }
    if let Some(unit) = &s.unit {
        facts.push((da_en(lang, "Enhed", "Unit"), unit.clone()));
    }
    let two_rows = s.header_first != s.header_line;
    let header_first = s.header_first;
    let row_word = da_en(lang, "Række", "Row");
    let header_choices = s
        .head
        .iter()
        .map(|r| {
            let cells: Vec<&str> = r
                .cells
                .iter()
                .map(String::as_str)
                .filter(|c| !c.is_empty())
                .take(4)
                .collect();
            let text = format!("{row_word} {}: {}", r.line, cells.join(" · "));
            let line = r.line;
            view! { <option value=line.to_string() selected=line == header_first>{text}</option> }
        })
        .collect_view();
    let columns = s
        .header
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let role = mapping.roles.get(i).copied().unwrap_or(ColumnRole::Ignore);
            let examples: Vec<String> = s
                .sample
                .iter()
                .filter_map(|r| r.get(i).filter(|c| !c.is_empty()).cloned())
                .take(3)
                .collect();
            let id = format!("role-{i}");
            let letter = import::cells::column_letter(i + 1);
            let stub = matches!(role, ColumnRole::Area | ColumnRole::Dimension);
            let fills = mapping.fills_down(i);
            let fill_label = da_en(
                lang,
                format!("Kolonne {letter}: tomme celler får teksten ovenfra"),
                format!("Column {letter}: blank cells take the text above"),
            );
            view! {
                <tr>
                    <th scope="row">
                        <label for=id.clone()>{format!("{letter}: {name}")}</label>
                    </th>
                    <td>
                        <select
                            id=id
                            data-testid=format!("import-role-{i}")
                            on:change=move |ev| {
                                if let Some(r) = ColumnRole::from_code(&event_target_value(&ev)) {
                                    set_mapping.run((i, r));
                                }
                            }
                        >
                            {ColumnRole::ALL
                                .into_iter()
                                .map(|r| view! {
                                    <option value=r.code() selected=r == role>{role_label(r, lang)}</option>
                                })
                                .collect_view()}
                        </select>
                    </td>
                    <td class="fill">
                        {stub.then(|| view! {
                            <input
                                type="checkbox"
                                aria-label=fill_label.clone()
                                title=fill_label.clone()
                                data-testid=format!("import-fill-{i}")
                                prop:checked=fills
                                on:change=move |ev| set_fill.run((i, event_target_checked(&ev)))
                            />
                        })}
                    </td>
                    <td class="examples">{examples.join(" · ")}</td>
                </tr>
            }
        })
        .collect_view();
    let name = mapping.indicator_name.clone();
    let area = mapping.fixed_area.clone();
    let scale = mapping.percent_scale;
    view! {
        <section class="preview" aria-labelledby="preview-title" data-testid="import-preview">
            <h2 id="preview-title">{da_en(lang, "Sådan læses filen", "How the file is read")}</h2>
            <p class="reading-text" data-testid="import-reading-text">{reading}</p>
            {s.repaired_double_encoding.then(|| view! {
                <Banner kind=BannerKind::Warn quiet=true testid="import-repaired">{da_en(
                    lang,
                    "Filens danske bogstaver var kodet to gange (\"Ã¸\" for \"ø\"); appen har rettet det. Kontrollér navnene nedenfor.",
                    "The file's Danish letters were encoded twice (\"Ã¸\" for \"ø\"); the app repaired them. Check the names below.",
                )}</Banner>
            })}
            {mapping_error.map(|e| view! {
                <Banner kind=BannerKind::Error testid="import-mapping-error">{e.message(lang)}</Banner>
            })}
            {move || parsed.get().map(|p| view! { <ParsedSummary parsed=p lang filter confirm cancel /> })}
            {move || parsed.with(Option::is_none).then(|| view! {
                <div class="actions">
                    <button data-testid="import-cancel" on:click=move |_| cancel.run(())>{da_en(lang, "Annullér", "Cancel")}</button>
                </div>
            })}
            <details class="reading-details" prop:open=move || details_open.get() data-testid="import-details">
                <summary
                    data-testid="import-details-toggle"
                    on:click=move |ev| {
                        ev.prevent_default();
                        details_open.update(|o| *o = !*o);
                    }
                >
                    {da_en(lang, "Detaljer om læsningen: kolonner, overskrift og tegn", "Details of the reading: columns, header and characters")}
                </summary>
                {(!title.is_empty()).then(|| view! { <p class="title-rows">{da_en(lang, "Titel over tabellen: ", "Title above the table: ")} {title.clone()}</p> })}
                <dl class="facts" data-testid="import-facts">
                    {facts.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
                </dl>
                {(!is_json).then(|| view! {
                    <div class="fields header-choice">
                        <label for="import-header-row">{da_en(lang, "Overskriften står i", "The header is in")}</label>
                        <select
                            id="import-header-row"
                            data-testid="import-header-row"
                            on:change=move |ev| {
                                if let Ok(line) = event_target_value(&ev).parse::<u64>() {
                                    set_header.run((line, two_rows));
                                }
                            }
                        >
                            {header_choices}
                        </select>
                        <label class="check">
                            <input
                                type="checkbox"
                                data-testid="import-two-header-rows"
                                prop:checked=two_rows
                                on:change=move |ev| set_header.run((header_first, event_target_checked(&ev)))
                            />
                            {da_en(lang, "Overskriften fylder to rækker (fx år over måltal)", "The header spans two rows (e.g. years above measures)")}
                        </label>
                    </div>
                })}
                {move || header_error.get().map(|e| {
                    let text = e.message(&file_name, lang);
                    view! { <Banner kind=BannerKind::Error testid="import-header-error">{text}</Banner> }
                })}
                <div class="table-wrap" tabindex="0">
                    <table class="mapping">
                        <caption>{da_en(lang, "Kolonner og deres betydning (ret dem, hvis appen har gættet forkert)", "Columns and what they hold (correct them if the app guessed wrong)")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{da_en(lang, "Kolonne", "Column")}</th>
                                <th scope="col">{da_en(lang, "Betydning", "Meaning")}</th>
                                <th scope="col">{da_en(lang, "Udfyld ovenfra", "Fill down")}</th>
                                <th scope="col">{da_en(lang, "Eksempler", "Examples")}</th>
                            </tr>
                        </thead>
                        <tbody>{columns}</tbody>
                    </table>
                </div>
                <div class="fields">
                    <label for="import-indicator-name">{da_en(lang, "Indikatorens navn (når kolonnerne ikke giver det)", "Indicator name (when the columns do not give it)")}</label>
                    <input
                        id="import-indicator-name"
                        type="text"
                        data-testid="import-indicator-name"
                        prop:value=name
                        on:change=move |ev| set_name.run(event_target_value(&ev))
                    />
                    {(!has_area).then(|| view! {
                        <label for="import-fixed-area">{da_en(lang, "Område for alle rækker", "Area of every row")}</label>
                        <input
                            id="import-fixed-area"
                            type="text"
                            data-testid="import-fixed-area"
                            prop:value=area.clone()
                            on:change=move |ev| set_area.run(event_target_value(&ev))
                        />
                    })}
                    <label class="check">
                        <input
                            type="checkbox"
                            data-testid="import-percent-scale"
                            prop:checked=scale
                            on:change=move |ev| set_scale.run(event_target_checked(&ev))
                        />
                        {da_en(lang, "Værdierne er andele (0-1): gang med 100 til procent", "Values are fractions (0-1): multiply by 100 for percent")}
                    </label>
                </div>
            </details>
        </section>
    }
}
