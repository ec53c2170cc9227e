//! The form kit: one small widget per kind of field, used by every form, and one way to show
//! what is wrong with what was typed.
//!
//! A form keeps one [`FormErrors`]; reading the typed text gathers [`Found`] problems, the
//! model's `check_*` adds its own, and [`FormErrors::show`] puts each one under the field its
//! path names. Widgets never decide a rule: they draw, bind a signal and show the message.
//!
//! ```ignore
//! let errors = FormErrors::new(format!("partner-{}", original.id));
//! // in the view:
//! <TextField form=errors field="name" label="Organisation name" value=name/>
//! // on submit:
//! let mut found = Found::default();
//! draft.joined = found.read("joined", parse_input_date(&joined.get_untracked())).unwrap_or(draft.joined);
//! found.extend(check_partner(&draft, &partners));
//! if !errors.show(found) { return; }
//! ```
mod choice;
mod editing;
mod errors;
mod extra;
mod fields;
mod frame;
mod list;
mod picker;
mod record_actions;
mod require;
mod save;
mod section;

pub use choice::{PartnerSelect, SelectField};
pub use editing::{edit_callback, listed, EditingForm};
pub use errors::{FormErrors, Found};
pub use extra::{HintedText, ListSelect, SuggestField, TagsField};
pub use fields::{CheckField, DateField, FieldError, LongText, MoneyField, NumberField, TextField};
pub use frame::{AddOrEditForm, RecordForm, SubmitCancel};
pub use list::EditableList;
pub use picker::{linked_lines, LinkPicker, PartnerChecks};
pub use record_actions::EditDelete;
pub use save::{edited, open_record, save_record, submit_add_or_edit, submit_new};
pub use section::{ListSection, ListTexts};

pub use super::drafts::{Editing, FormGuard, GuardMessage};
