//! The end of every record form's submit, in one place: show what is wrong, stop once if the
//! record changed elsewhere, else save.
use super::super::drafts::FormGuard;
use super::errors::{FormErrors, Found};
use crate::model::validate::Problem;
use leptos::prelude::*;

use crate::model::record::{Listed, Record};
use crate::i18n::tr;
use crate::ui::i18n::say;
use crate::ui::state::AppState;

/// Shows every problem `found` (and stops there); stops once when the record changed or went
/// elsewhere since the form opened (the guard says so); else saves `draft` through
/// `state.edit`, so that Undo takes it back (an edit says so, with Undo beside it). `true`:
/// saved, close the form.
pub fn save_record<T: Listed + 'static>(state: AppState, errors: FormErrors, found: impl Into<Vec<Problem>>, guard: FormGuard, draft: T) -> bool {
    if !errors.show(found) || guard.blocks_in(|p| T::list(p).as_slice(), draft.id()) {
        return false;
    }
    state.edit(edited(guard), move |p, now| p.upsert(draft, now));
    true
}

/// The notice after saving an edit (a new record shows itself), with Undo.
pub fn edited(guard: FormGuard) -> Option<String> {
    guard.edits().then(|| say(|w| w.get(tr::form::CHANGES_SAVED).to_string()))
}

/// What every record form keeps besides its fields: the record as it was when the form
/// opened, its messages (ids `{base}-{field}`) and the guard against saving over a change
/// made elsewhere (`this` names the record in the guard's message: `tr::form::record::GOAL`).
pub fn open_record<T: Record + Send + Sync + 'static>(original: T, is_new: bool, base: &str, this: crate::i18n::Key) -> (StoredValue<T>, FormErrors, FormGuard) {
    let errors = FormErrors::new(format!("{base}-{}", original.id()));
    let guard = FormGuard::new((!is_new).then_some(original.updated_at()), this);
    (StoredValue::new(original), errors, guard)
}

/// The submit of a form that makes something new: `read` turns what was typed into the new
/// thing, noting each problem in `Found`; the problems are shown and stop the submit, else
/// `done` gets what was read (saves it, empties or closes the form).
pub fn submit_new<R>(errors: FormErrors, read: impl Fn(&mut Found) -> Option<R> + 'static, done: impl Fn(R) + 'static) -> impl Fn(leptos::ev::SubmitEvent) + 'static {
    move |e| {
        e.prevent_default();
        let mut found = Found::default();
        let read = read(&mut found);
        if let (true, Some(new)) = (errors.show(found), read) {
            done(new);
        }
    }
}

/// The submit of an [`AddOrEditForm`](super::AddOrEditForm): `fill` writes what was typed into
/// the record (a fresh one from `new` when adding, else the one the form opened on), noting
/// each problem in `Found`. Adding saves and empties the text fields in `empty`; editing saves
/// as [`save_record`] does, then closes through `on_done`.
#[allow(clippy::too_many_arguments)]
pub fn submit_add_or_edit<T: Listed + Clone + Send + Sync + 'static, const N: usize>(
    state: AppState,
    errors: FormErrors,
    guard: FormGuard,
    is_new: bool,
    original: StoredValue<T>,
    new: impl Fn() -> T + 'static,
    fill: impl Fn(&mut T, &mut Found) + 'static,
    empty: [RwSignal<String>; N],
    on_done: Option<Callback<()>>,
) -> impl Fn(leptos::ev::SubmitEvent) + 'static {
    move |e| {
        e.prevent_default();
        let mut found = Found::default();
        let mut record = if is_new { new() } else { original.get_value() };
        fill(&mut record, &mut found);
        if !is_new {
            if save_record(state, errors, found, guard, record) {
                on_done.inspect(|d| d.run(()));
            }
        } else if errors.show(found) {
            state.edit(None, move |p, now| p.upsert(record, now));
            for field in empty {
                field.set(String::new());
            }
        }
    }
}
