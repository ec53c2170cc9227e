//! Export and import glue between the browser and the model: reading a picked or dropped
//! file as text, and offering a string as a download.
use wasm_bindgen::JsCast;

/// Offers `text` to the user as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let url = object_url(mime, text)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "no link")?
        .dyn_into()
        .map_err(|_| "no link")?;
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // Revoking at once can cancel the download in some browsers; the page keeps the URL
    // until it is closed, which costs only the file's memory.
    Ok(())
}

/// A `blob:` address holding `text`, for a download link. The page keeps it until it is
/// closed, which costs only the text's memory.
pub fn object_url(mime: &str, text: &str) -> Result<String, String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag)
        .map_err(|_| "the browser could not prepare the file".to_string())?;
    web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "the browser could not prepare the download".to_string())
}

/// Reads a user-chosen file as text, refusing before reading if it is over `max_bytes`.
/// The bytes are checked as UTF-8 by the model: `File.text()` would silently replace bad
/// bytes, and a spreadsheet or picture would then fail later with a misleading JSON error.
pub async fn read_text(file: web_sys::File, max_bytes: usize) -> Result<String, String> {
    let size = file.size() as usize;
    if size > max_bytes {
        return Err(crate::model::file::ImportError::TooLarge { bytes: size }.to_string());
    }
    let promise = file.array_buffer();
    let buffer = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| format!("The file \"{}\" could not be read.", file.name()))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    crate::model::file::text_from_vec(bytes).map_err(|e| e.to_string())
}
