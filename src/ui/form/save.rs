//! The end of every record form's submit, in one place: show what is wrong, stop once if the
//! record changed elsewhere, else save.
use super::super::drafts::FormGuard;
use super::errors::{FormErrors, Found};
use crate::model::validate::Problem;
use leptos::prelude::*;

use crate::model::record::{Listed, Record};
use crate::ui::state::AppState;

/// Shows every problem `found` (and stops there); stops once when the record changed or went
/// elsewhere since the form opened (the guard says so); else saves `draft` through
/// `state.edit`, so that Undo takes it back. `true`: saved, close the form.
pub fn save_record<T: Listed + 'static>(state: AppState, errors: FormErrors, found: impl Into<Vec<Problem>>, guard: FormGuard, draft: T) -> bool {
    if !errors.show(found) || guard.blocks_in(|p| T::list(p).as_slice(), draft.id()) {
        return false;
    }
    state.edit(None, move |p, now| p.upsert(draft, now));
    true
}

/// What every record form keeps besides its fields: the record as it was when the form
/// opened, its messages (ids `{base}-{field}`) and the guard against saving over a change
/// made elsewhere (`noun` names the record in the guard's message).
pub fn open_record<T: Record + Send + Sync + 'static>(original: T, is_new: bool, base: &str, noun: &'static str) -> (StoredValue<T>, FormErrors, FormGuard) {
    let errors = FormErrors::new(format!("{base}-{}", original.id()));
    let guard = FormGuard::new((!is_new).then_some(original.updated_at()), noun);
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

/// The submit of a form that only adds ([`AddForm`](super::AddForm)): saves what `read` made
/// through `state.edit` (Undo takes it back), then empties the text fields in `empty`.
pub fn submit_added<T: Listed + 'static, const N: usize>(state: AppState, errors: FormErrors, read: impl Fn(&mut Found) -> Option<T> + 'static, empty: [RwSignal<String>; N]) -> impl Fn(leptos::ev::SubmitEvent) + 'static {
    submit_new(errors, read, move |record| {
        state.edit(None, move |p, now| p.upsert(record, now));
        for field in empty {
            field.set(String::new());
        }
    })
}
