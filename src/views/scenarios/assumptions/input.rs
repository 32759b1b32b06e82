//! One figure of the assumptions as a field with its source, edited by the figure's id.

use super::*;

thread_local! {
    /// The field being typed into while its value is applied (see [`edit_assumptions`]).
    static TYPING: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Changes the assumptions as one undoable step; the keystrokes typed into one field make
/// one step together.
pub(super) fn edit_assumptions(state: AppState, f: Box<dyn FnOnce(&mut ScenarioSet)>) {
    let apply = |w: &mut Workspace| f(&mut w.scenarios);
    match TYPING.with(|t| t.borrow().clone()) {
        Some(control) => state.edit_live(&control, apply),
        None => state.edit(apply),
    }
}

/// One editable assumption with its source. What is typed is applied as it is typed (one
/// undo step per field), read by the core's parser; a refused entry is marked at the field.
#[component]
pub(super) fn AssumptionInput(
    /// The figure, by id: its value follows undo and other edits in place.
    field: AssumptionField,
    label: String,
    /// Shown and edited as value × scale (100 for shares in percent).
    scale: f64,
    unit: &'static str,
    testid: String,
    /// What the field accepts; by default a share in per cent (scale 100) or a number of
    /// 0 or more.
    #[prop(optional)]
    rule: Option<FieldRule>,
) -> impl IntoView {
    let state = use_state();
    let now = {
        let field = field.clone();
        Memo::new(move |_| {
            state.ws.scenarios.with(|s| {
                s.assumption(&field)
                    .map(|(v, src)| (v, src.clone()))
                    .unwrap_or_else(|| (0.0, Source::assumption("")))
            })
        })
    };
    let value = move || now.with(|n| n.0);
    let source = move || now.with(|n| n.1.clone());
    // The source before this field was first changed: "ændret i appen (før: …)" names it
    // however many keystrokes the change takes.
    let old = StoredValue::new(now.with_untracked(|n| n.1.clone()));
    let rule = rule.unwrap_or(if scale == 100.0 {
        FieldRule::PERCENT
    } else {
        FieldRule::NON_NEGATIVE
    });
    let shown = Signal::derive(move || value() * scale);
    let control = testid.clone();
    let on_value = Callback::new(move |v: f64| {
        let src = Source::changed_in_app(&today(), &old.get_value());
        // The keystrokes of one field are one undo step.
        TYPING.with(|t| *t.borrow_mut() = Some(control.clone()));
        let field = field.clone();
        edit_assumptions(
            state,
            Box::new(move |set| {
                set.set_assumption(&field, v / scale, src);
            }),
        );
        TYPING.with(|t| *t.borrow_mut() = None);
    });
    let end = Callback::new(move |()| state.history.update(|h| h.end_live()));
    view! {
        <div class="assumption">
            <NumberField
                label=label
                testid=testid
                value=shown
                rule
                decimals=3
                unit=unit
                on_value
                on_commit=end
            />
            {move || view! { <SourceNote source=source() /> }}
        </div>
    }
}
