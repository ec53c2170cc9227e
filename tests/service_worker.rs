//! The service worker (`sw.js`) run in Node against an in-memory cache: what it keeps when the
//! network answers with something that is not this app. Node runs the e2e journeys too, so it
//! is on every machine that builds the app.
use std::process::Command;

/// Runs `refresh()` of sw.js once: the cache holds version 1 of the app and the network
/// answers `network_html` for index.html (status 200). Prints what the cache holds after.
const HARNESS: &str = r#"
const [src, networkHtml] = [process.argv[1], process.argv[2]];
const INDEX = 'https://app.test/';
const store = new Map();
const cache = {
  match: async (req) => { const v = store.get(typeof req === 'string' ? req : req.url); return v === undefined ? undefined : new Response(v); },
  put: async (url, res) => { store.set(url, await res.text()); },
  addAll: async (urls) => { for (const u of urls) store.set(u, 'asset ' + u); },
  keys: async () => [...store.keys()].map((url) => ({ url })),
  delete: async (req) => store.delete(req.url),
};
const caches = { open: async () => cache, match: cache.match };
const fetch = async (url) => new Response(url === INDEX ? networkHtml : 'asset', { status: 200 });
const self = { registration: { scope: INDEX }, addEventListener() {}, location: { origin: 'https://app.test' } };
const refresh = new Function('self', 'caches', 'fetch', src + '\nreturn refresh;')(self, caches, fetch);
store.set(INDEX, '<meta name="application-name" content="Common Ground" /><script src="/app-v1.js"></script>');
store.set('https://app.test/app-v1.js', 'asset v1');
const changed = await refresh();
console.log(JSON.stringify({ changed, cached: [...store.keys()].sort(), index: store.get(INDEX) }));
"#;

fn refresh_with(network_html: &str) -> serde_json::Value {
    let sw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/sw.js")).expect("sw.js is beside Cargo.toml");
    let out = Command::new("node")
        .args(["--input-type=module", "-e", HARNESS, &sw, network_html])
        .output()
        .expect("node runs (it runs the e2e journeys too)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("the harness prints JSON")
}

#[test]
fn a_captive_portal_page_does_not_replace_the_cached_app() {
    let portal = r#"<html><body>Log in to the café Wi-Fi<script src="/portal.js"></script></body></html>"#;
    let after = refresh_with(portal);
    assert_eq!(after["changed"], false);
    assert_eq!(after["cached"], serde_json::json!(["https://app.test/", "https://app.test/app-v1.js"]));
    assert!(after["index"].as_str().unwrap().contains("app-v1.js"));
}

#[test]
fn a_new_version_of_the_app_replaces_the_old_one() {
    let v2 = r#"<meta name="application-name" content="Common Ground" /><script src="/app-v2.js"></script>"#;
    let after = refresh_with(v2);
    assert_eq!(after["changed"], true);
    assert_eq!(after["cached"], serde_json::json!(["https://app.test/", "https://app.test/app-v2.js"]));
}

#[test]
fn index_html_carries_the_tag_the_service_worker_looks_for() {
    let index = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    assert!(index.contains(r#"<meta name="application-name" content="Common Ground""#));
}
