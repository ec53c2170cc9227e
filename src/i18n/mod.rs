//! The words of the interface in English, Spanish and French. Keys are generated from
//! `locales/en.json` by `build.rs` (`tr::nav::OVERVIEW`, `tr::partners::count(w, n)`), so a
//! missing key fails the build. In the browser every language, English too, is a file
//! (`locales/<code>.json`) read when it is chosen, so only the chosen language's words are
//! downloaded and none weighs on the wasm; natively (tests, tools) English is compiled in.
//! Pure: no browser here, so the model can word reports and problems, and every rule is
//! tested natively.
include!("flatten.rs");
include!(concat!(env!("OUT_DIR"), "/keys.rs"));

mod msg;
#[cfg(test)]
mod tests;

pub use msg::{Arg, Msg};

/// A message, by its position in `locales/en.json` (generated as `tr::…` constants).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key(pub usize);

/// An English message as compiled in: a text, or plural forms by CLDR category.
pub enum Raw {
    Text(&'static str),
    Plural(&'static [(&'static str, &'static str)]),
}

/// The languages of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Fr];

    /// The BCP 47 code, for `<html lang>`, the file name and the stored choice.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
        }
    }

    /// `es`, `es-MX`, `FR-ca`… → the language; anything else → none.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of the browser's preferred languages (`navigator.languages`) that the app
    /// speaks; English when none is.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred.into_iter().find_map(Lang::from_tag).unwrap_or(Lang::En)
    }

    /// A whole number as this language writes it: 5,645 / 5645 / 5 645.
    pub fn integer(self, n: i128) -> String {
        let digits = n.unsigned_abs().to_string();
        let (sep, min) = match self {
            Lang::En => (",", 4),
            // CLDR: Spanish groups from five digits, French with a narrow no-break space.
            Lang::Es => (".", 5),
            Lang::Fr => ("\u{202f}", 4),
        };
        let mut out = String::from(if n < 0 { "-" } else { "" });
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && digits.len() >= min && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(ch);
        }
        out
    }

    /// The CLDR plural category of `n` in this language (`one`, `other`, …). Natively (tests,
    /// tools) from ICU4X's compiled CLDR data; in the browser from its own ICU through
    /// `Intl.PluralRules`, so that the wasm carries no plural data (ICU4X's was 18 KB gzipped).
    /// A native test and the languages journey check that both give the same forms.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn plural_category(self, n: i64) -> &'static str {
        use icu_locale_core::locale;
        use icu_plurals::PluralCategory as C;
        let loc = match self {
            Lang::En => locale!("en"),
            Lang::Es => locale!("es"),
            Lang::Fr => locale!("fr"),
        };
        let rules = icu_plurals::PluralRules::try_new(loc.into(), Default::default()).expect("compiled plural data");
        match rules.category_for(n) {
            C::Zero => "zero",
            C::One => "one",
            C::Two => "two",
            C::Few => "few",
            C::Many => "many",
            C::Other => "other",
        }
    }

    #[cfg(target_arch = "wasm32")]
    pub fn plural_category(self, n: i64) -> &'static str {
        use js_sys::Intl::PluralRules;
        thread_local! {
            static RULES: std::cell::RefCell<Vec<(Lang, PluralRules)>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let category: String = RULES.with_borrow_mut(|all| {
            if !all.iter().any(|(l, _)| *l == self) {
                let locales = js_sys::Array::of1(&self.code().into());
                all.push((self, PluralRules::new(&locales, &js_sys::Object::new())));
            }
            let rules = &all.iter().find(|(l, _)| *l == self).expect("just added").1;
            rules.select(n as f64).into()
        });
        match category.as_str() {
            "zero" => "zero",
            "one" => "one",
            "two" => "two",
            "few" => "few",
            "many" => "many",
            _ => "other",
        }
    }
}

#[derive(Clone)]
enum Table {
    #[cfg(not(target_arch = "wasm32"))]
    English,
    Loaded(Vec<Loaded>),
}

#[derive(Clone)]
enum Loaded {
    Text(String),
    Plural(Vec<(String, String)>),
}

/// One language's messages, ready to word things.
#[derive(Clone)]
pub struct Words {
    lang: Lang,
    table: Table,
}

impl Words {
    /// English as compiled in: for tests and native tools (the browser reads `en.json`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn english() -> Words {
        Words { lang: Lang::En, table: Table::English }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Reads a language file (`locales/<code>.json`). Refused, with the reason, when it is
    /// not a locale file or was made for other keys than this build's (a stale copy).
    pub fn from_json(lang: Lang, text: &str) -> Result<Words, String> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let flat = flatten(&value)?;
        if flat.len() != COUNT || fingerprint(flat.iter().map(|m| m.path.as_str())) != FINGERPRINT {
            return Err(format!("{}.json has other keys than this version of the app", lang.code()));
        }
        let table = flat
            .into_iter()
            .map(|m| match m.text {
                Some(t) => Loaded::Text(t),
                None => Loaded::Plural(m.forms),
            })
            .collect();
        Ok(Words { lang, table: Table::Loaded(table) })
    }

    /// The text of a message (a plural's `other` form), with its `{parameters}` as written.
    pub fn get(&self, k: Key) -> &str {
        self.form(k, "other")
    }

    /// One form of a message; a text has only one; a missing form falls back to `other`.
    fn form(&self, k: Key, category: &str) -> &str {
        match &self.table {
            #[cfg(not(target_arch = "wasm32"))]
            Table::English => match &EN[k.0] {
                Raw::Text(t) => t,
                Raw::Plural(forms) => pick(forms.iter().copied(), category),
            },
            Table::Loaded(table) => match table.get(k.0) {
                Some(Loaded::Text(t)) => t,
                Some(Loaded::Plural(forms)) => pick(forms.iter().map(|(c, f)| (c.as_str(), f.as_str())), category),
                // Only `Words::none()`, before any language is read.
                None => "…",
            },
        }
    }

    /// Whether a message has plural forms (a loaded table says so; before any language is
    /// read, nothing is).
    pub fn is_plural(&self, k: Key) -> bool {
        match &self.table {
            #[cfg(not(target_arch = "wasm32"))]
            Table::English => matches!(EN[k.0], Raw::Plural(_)),
            Table::Loaded(table) => matches!(table.get(k.0), Some(Loaded::Plural(_))),
        }
    }

    /// A message with its parameters filled in.
    pub fn fill(&self, k: Key, args: &[(&str, &str)]) -> String {
        fill(self.get(k), args)
    }

    /// The form of a plural message that this language uses for `n` (CLDR rules), with `{n}`
    /// written as a number of this language and the other parameters filled in.
    pub fn plural(&self, k: Key, n: i64, args: &[(&str, &str)]) -> String {
        let category = self.lang.plural_category(n);
        let number = self.integer(n.into());
        let mut all: Vec<(&str, &str)> = vec![("n", &number)];
        all.extend_from_slice(args);
        fill(self.form(k, category), &all)
    }

    /// A day as this language writes it in running text: 14 Dec 2026 / 14 dic 2026 /
    /// 14 déc. 2026 (CLDR's abbreviated months).
    pub fn date(&self, d: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let (day, year) = (d.day().to_string(), d.year().to_string());
        tr::date::medium(self, &day, self.month(d), &year)
    }

    /// The abbreviated name of a day's month: Dec / dic / déc.
    pub fn month(&self, d: chrono::NaiveDate) -> &str {
        use chrono::Datelike;
        const MONTHS: [Key; 12] = [
            tr::date::JAN, tr::date::FEB, tr::date::MAR, tr::date::APR, tr::date::MAY, tr::date::JUN,
            tr::date::JUL, tr::date::AUG, tr::date::SEP, tr::date::OCT, tr::date::NOV, tr::date::DEC,
        ];
        self.get(MONTHS[d.month0() as usize])
    }

    /// A number with up to `decimals` digits after the mark, trailing zeros dropped:
    /// 1,234.5 / 1234,5 / 1 234,5.
    pub fn decimal(&self, x: f64, decimals: usize) -> String {
        if !x.is_finite() {
            return x.to_string();
        }
        let text = format!("{:.*}", decimals, x.abs());
        let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
        let frac = frac.trim_end_matches('0');
        let whole: i128 = whole.parse().unwrap_or(i128::MAX);
        let sign = if x < 0.0 && (whole != 0 || !frac.is_empty()) { "-" } else { "" };
        let mut out = format!("{sign}{}", self.integer(whole));
        if !frac.is_empty() {
            out.push_str(if self.lang == Lang::En { "." } else { "," });
            out.push_str(frac);
        }
        out
    }

    /// A number with exactly `decimals` digits after the mark, as a score is shown beside
    /// others (2.0–5.0 / 2,0–5,0).
    pub fn fixed(&self, x: f64, decimals: usize) -> String {
        let text = self.decimal(x, decimals);
        let mark = if self.lang == Lang::En { '.' } else { ',' };
        let have = text.split_once(mark).map_or(0, |(_, f)| f.len());
        if decimals == 0 || !x.is_finite() {
            return text;
        }
        let mut out = text;
        if have == 0 {
            out.push(mark);
        }
        out.extend(std::iter::repeat_n('0', decimals - have));
        out
    }

    /// A decimal amount with every place shown, as money is written: 12,500.50 / 12.500,50 /
    /// 12 500,50.
    pub fn amount(&self, v: crate::model::money::Decimal) -> String {
        let plain = v.fixed();
        let (whole, frac) = plain.split_once('.').unwrap_or((&plain, ""));
        let whole: i128 = whole.replace(',', "").parse().unwrap_or(0);
        let mut out = if whole == 0 && plain.starts_with('-') { "-0".to_string() } else { self.integer(whole) };
        if !frac.is_empty() {
            out.push_str(if self.lang == Lang::En { "." } else { "," });
            out.push_str(frac);
        }
        out
    }

    /// Money with its currency's code, where each language puts it (CLDR): EUR 12,500.50 /
    /// 12.500,50 EUR / 12 500,50 EUR. The code, not a symbol, so no currency is mistaken for
    /// another.
    pub fn money(&self, minor: i64, currency: &str) -> String {
        let amount = self.amount(crate::model::money::currency_value(minor, currency));
        match self.lang {
            Lang::En => format!("{currency} {amount}"),
            Lang::Es | Lang::Fr => format!("{amount}\u{a0}{currency}"),
        }
    }

    /// A whole number as this language writes it: 5,645 / 5645 / 5 645.
    pub fn integer(&self, n: i128) -> String {
        self.lang.integer(n)
    }
}

/// A message's English text as compiled in (a plural's `other` form): for the model's words
/// where no language is chosen (files, logs, tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn english(k: Key) -> &'static str {
    match &EN[k.0] {
        Raw::Text(t) => t,
        Raw::Plural(forms) => pick(forms.iter().copied(), "other"),
    }
}

/// A message's text in the interface's language ([`with_current`]): for the few texts the
/// model writes into files with no words at hand (a CSV's labels).
pub fn text(k: Key) -> String {
    with_current(|w| w.get(k).to_owned())
}

thread_local! {
    /// The interface's words, for text written where no view is at hand (`Display` of a
    /// message, a notice): the UI sets them whenever the language changes.
    static CURRENT: std::cell::RefCell<Option<std::rc::Rc<Words>>> = const { std::cell::RefCell::new(None) };
}

/// Makes `words` the ones [`with_current`] reads.
pub fn set_current(words: &Words) {
    CURRENT.with(|c| *c.borrow_mut() = Some(std::rc::Rc::new(words.clone())));
}

/// Runs `f` with the interface's words: the ones last set, else English (natively) or no
/// words at all (in the browser before any language is read).
pub fn with_current<T>(f: impl FnOnce(&Words) -> T) -> T {
    let current = CURRENT.with(|c| c.borrow().clone());
    match current {
        Some(w) => f(&w),
        #[cfg(not(target_arch = "wasm32"))]
        None => f(&Words::english()),
        #[cfg(target_arch = "wasm32")]
        None => f(&Words { lang: Lang::En, table: Table::Loaded(Vec::new()) }),
    }
}

/// The form for `category`, else `other`.
fn pick<'a>(forms: impl Iterator<Item = (&'a str, &'a str)>, category: &str) -> &'a str {
    let mut other = "";
    for (c, f) in forms {
        if c == category {
            return f;
        }
        if c == "other" {
            other = f;
        }
    }
    other
}

/// `{name}` → its value; an unknown parameter stays as written (the build checks names).
fn fill(text: &str, args: &[(&str, &str)]) -> String {
    if !text.contains('{') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, v)) => out.push_str(v),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// English, and the Spanish and French files as the app downloads them: for tests of what the
/// model words (guides, reports, the sample) in every language.
#[cfg(test)]
pub fn every_language() -> [Words; 3] {
    [
        Words::english(),
        Words::from_json(Lang::Es, include_str!("../../locales/es.json")).unwrap(),
        Words::from_json(Lang::Fr, include_str!("../../locales/fr.json")).unwrap(),
    ]
}

#[cfg(not(target_arch = "wasm32"))]
impl Default for Words {
    fn default() -> Self {
        Words::english()
    }
}

