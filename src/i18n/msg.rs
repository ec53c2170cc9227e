//! A sentence the model says without choosing its language: a message and its parameters,
//! worded by whoever shows it with the current [`Words`] (a validation problem, a SMART
//! explanation, a gap). Numbers and dates stay values until then, so each language writes
//! them its own way.
use chrono::NaiveDate;

use super::{Key, Words};

/// A parameter's value, kept as a value until the sentence is worded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text as it is: a name someone typed, a code.
    Text(String),
    /// A whole number, written as the language groups it.
    Int(i128),
    /// Another message: a word or phrase of the same language.
    Word(Key),
    Date(NaiveDate),
    /// A number kept to hundredths (as the model writes measurements), written with the
    /// language's decimal mark.
    Hundredths(i128),
    /// A sentence inside a sentence.
    Said(Box<Msg>),
    /// A measured amount: a number kept to hundredths and its unit ("75 %").
    Amount(i128, String),
    /// Phrases joined as the language lists them ("a, b and c"); `true`: the first letter
    /// capitalised, for a list that opens a sentence.
    List(Vec<Msg>, bool),
}

/// A message with its parameters, or (for the UI's own notes on a form) a text already
/// worded.
#[derive(Clone, Debug, Eq)]
pub enum Msg {
    Key(Key, Vec<(&'static str, Arg)>),
    Text(String),
}

impl Msg {
    pub fn new(k: Key) -> Msg {
        Msg::Key(k, Vec::new())
    }

    fn with(mut self, name: &'static str, value: Arg) -> Msg {
        match &mut self {
            Msg::Key(_, args) => args.push((name, value)),
            Msg::Text(_) => debug_assert!(false, "a worded text has no parameters"),
        }
        self
    }

    /// `{name}` is `value`, as written.
    pub fn text(self, name: &'static str, value: impl Into<String>) -> Msg {
        self.with(name, Arg::Text(value.into()))
    }

    /// `{name}` is a whole number (and `{n}` of a plural is its count).
    pub fn int(self, name: &'static str, n: impl Into<i128>) -> Msg {
        self.with(name, Arg::Int(n.into()))
    }

    /// `{name}` is another message of the same language.
    pub fn word(self, name: &'static str, k: Key) -> Msg {
        self.with(name, Arg::Word(k))
    }

    /// `{name}` is an amount in `unit` (none when empty), to two decimals at most.
    pub fn amount(self, name: &'static str, x: f64, unit: &str) -> Msg {
        self.with(name, Arg::Amount((x * 100.0).round() as i128, unit.trim().to_string()))
    }

    /// `{name}` lists `items` ("a, b and c"); `capital`: it opens the sentence.
    pub fn list(self, name: &'static str, items: Vec<Msg>, capital: bool) -> Msg {
        self.with(name, Arg::List(items, capital))
    }

    /// `{name}` is a number, to two decimals at most.
    pub fn number(self, name: &'static str, x: f64) -> Msg {
        self.with(name, Arg::Hundredths((x * 100.0).round() as i128))
    }

    pub fn date(self, name: &'static str, d: NaiveDate) -> Msg {
        self.with(name, Arg::Date(d))
    }

    /// `{name}` is another sentence.
    pub fn said(self, name: &'static str, m: Msg) -> Msg {
        self.with(name, Arg::Said(Box::new(m)))
    }

    /// The message's key, when it is one (tests and callers that branch on what was said).
    pub fn key(&self) -> Option<Key> {
        match self {
            Msg::Key(k, _) => Some(*k),
            Msg::Text(_) => None,
        }
    }

    /// True when the message is `k`, or says `k` inside one of its parameters.
    pub fn mentions(&self, k: Key) -> bool {
        match self {
            Msg::Key(own, args) => *own == k || args.iter().any(|(_, a)| matches!(a, Arg::Said(m) if m.mentions(k))),
            Msg::Text(_) => false,
        }
    }

    /// The sentence in `w`'s language.
    pub fn say(&self, w: &Words) -> String {
        let (k, args) = match self {
            Msg::Text(t) => return t.clone(),
            Msg::Key(k, args) => (*k, args),
        };
        let values: Vec<(&str, String)> = args
            .iter()
            .map(|(name, a)| {
                let v = match a {
                    Arg::Text(t) => t.clone(),
                    Arg::Int(n) => w.integer(*n),
                    Arg::Word(k) => w.get(*k).to_string(),
                    Arg::Date(d) => w.date(*d),
                    Arg::Hundredths(h) => w.decimal(*h as f64 / 100.0, 2),
                    Arg::Amount(h, unit) if unit.is_empty() => w.decimal(*h as f64 / 100.0, 2),
                    Arg::Amount(h, unit) => format!("{} {unit}", w.decimal(*h as f64 / 100.0, 2)),
                    Arg::List(items, capital) => list(w, items, *capital),
                    Arg::Said(m) => m.say(w),
                };
                (*name, v)
            })
            .collect();
        let pairs: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        if w.is_plural(k) {
            let n = args.iter().find_map(|(name, a)| match a {
                Arg::Int(n) if *name == "n" => Some(*n),
                _ => None,
            });
            let rest: Vec<(&str, &str)> = pairs.iter().copied().filter(|(name, _)| *name != "n").collect();
            return w.plural(k, n.unwrap_or(0).clamp(i64::MIN.into(), i64::MAX.into()) as i64, &rest);
        }
        w.fill(k, &pairs)
    }
}

/// "a", "a and b", "a, b and c" in `w`'s language.
fn list(w: &Words, items: &[Msg], capital: bool) -> String {
    let said: Vec<String> = items.iter().map(|m| m.say(w)).collect();
    let text = match said.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => super::tr::model::list::and(w, last, &rest.join(", ")),
    };
    if !capital {
        return text;
    }
    crate::model::text::capitalise(&text)
}

impl From<Key> for Msg {
    fn from(k: Key) -> Msg {
        Msg::new(k)
    }
}

impl From<String> for Msg {
    fn from(t: String) -> Msg {
        Msg::Text(t)
    }
}

impl From<&str> for Msg {
    fn from(t: &str) -> Msg {
        Msg::Text(t.to_string())
    }
}

/// The same message with the same parameters; and a worded text equals a message that says
/// exactly that in English (so a test can hold the model to its English sentences:
/// `assert_eq!(check(..), vec![Problem::new("name", "Give the partner a name.")])`).
impl PartialEq for Msg {
    fn eq(&self, other: &Msg) -> bool {
        match (self, other) {
            (Msg::Key(a, x), Msg::Key(b, y)) => a == b && x == y,
            (Msg::Text(a), Msg::Text(b)) => a == b,
            (Msg::Text(t), m) | (m, Msg::Text(t)) => m.to_string() == *t,
        }
    }
}

/// By its wording in the interface's language, as equality can compare a message with a
/// worded text (so views keyed by what they show can hold messages).
impl std::hash::Hash for Msg {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.to_string().hash(state);
    }
}

/// Tests hold a message to its English wording: `assert_eq!(problem.message, "… is empty")`.
#[cfg(test)]
impl PartialEq<&str> for Msg {
    fn eq(&self, english: &&str) -> bool {
        self.to_string() == *english
    }
}

/// In the interface's language (English natively unless set): for logs, tests and error
/// chains that are not worded where they are shown.
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::with_current(|w| self.say(w)))
    }
}
