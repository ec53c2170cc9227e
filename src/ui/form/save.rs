//! The end of every record form's submit, in one place: show what is wrong, stop once if the
//! record changed elsewhere, else save.
use super::super::drafts::FormGuard;
use super::errors::FormErrors;
use crate::model::validate::Problem;
use crate::model::record::Listed;
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
