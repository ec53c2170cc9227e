//! Writes `locales/sample.json`, the sample partnership the browser downloads (it is not
//! compiled into the wasm): run after changing the sample, `cargo run --example sample_file`.
fn main() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/sample.json");
    std::fs::write(path, common_ground::model::sample::file_text()).expect("write locales/sample.json");
    println!("wrote {path}");
}
