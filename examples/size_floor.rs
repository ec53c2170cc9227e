//! Not the app: the model and storage without any screen, to measure how much of the bundle
//! is not view code. Built for wasm only (see the performance notes).
use std::collections::HashMap;

use common_ground::model::{file, merge, report, sample, time};
use common_ground::storage::{LocalStorage, Store};

pub fn main() {
    let now = time::from_millis(js_sys::Date::now());
    let Ok(backend) = LocalStorage::open() else {
        return;
    };
    let store = Store::new(backend);
    let (mut index, _) = store.index(now);
    let text = store.read("input").unwrap_or_default();
    let mut p = match file::read(&text) {
        Ok(o) => o.partnership,
        Err(e) => {
            let _ = store.set_pref("error", &e.to_string());
            sample::sample(now)
        }
    };
    if let Some(id) = index.partnerships.first().map(|e| e.id) {
        if let Ok(mine) = store.load(id, now) {
            if let Ok(m) = merge::merge(&mine, &p, "file", &HashMap::new(), now) {
                p = m.result;
            }
        }
    }
    let r = report::build(
        &p,
        report::ReportOptions {
            period: report::Period::last_months(now.date_naive(), 12),
            audience: report::ReportAudience::Funders,
        },
        now.date_naive(),
        Vec::new(),
        &common_ground::i18n::Words::english(),
    );
    let _ = store.set_pref("report", &r.title);
    let _ = store.save_merging(&mut p, &mut index, now);
    let _ = store.set_pref("export", &file::export_json(&p, now));
}
