//! Not the app: `size_floor` and `size_leptos` in one bundle (the code they share counted
//! once), the least the app could weigh with its data layer and Leptos. Built for wasm only
//! by `scripts/size_floor.sh`.
#[path = "size_floor.rs"]
mod floor;
#[path = "size_leptos.rs"]
mod page;

fn main() {
    floor::main();
    page::main();
}
