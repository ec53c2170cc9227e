//! The "You said, we did" sheet, to print and hand back to the community: the printable
//! sheet written by the model like every other (`model::print`), at its own address.
use leptos::prelude::*;

use crate::model::print::Kind;

#[component]
pub fn SaidDidPage() -> impl IntoView {
    crate::ui::print::sheet(Kind::SaidDid)
}
