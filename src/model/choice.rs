//! `choice_enum!`: the closed lists a form offers as a choice (cadence units, audiences,
//! decisions...). Each variant names its stored key and its label once; the macro writes the
//! enum as declared (derives and serde attributes are the caller's, so the file format is
//! unchanged) and the `ALL`, `key`, `label` and `from_key` that forms and CSV use.

/// Writes `enum $name`, always `Clone, Copy, Debug, PartialEq, Eq` (a choice is a small
/// value), with `ALL` (in declaration order), `key()`, `label()` and `from_key()`.
#[macro_export]
macro_rules! choice_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = ($key:literal, $label:literal) ),+ $(,)?
        }
    ) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];

            /// The stored form, as in files and form values.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key,)+ }
            }

            /// In English, for tests and native tools: the screens word `label_key` in their
            /// language, and the browser's build carries no English.
            #[cfg(not(target_arch = "wasm32"))]
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }

            /// The label's message, in the interface's language (`choice.<enum>.<key>` in
            /// `locales/`; a test holds every value to having one).
            pub fn label_key(self) -> $crate::i18n::Key {
                $crate::i18n::choice_label(stringify!($name), self.key()).expect("every choice has a label in locales/")
            }

            pub fn from_key(key: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|x| x.key() == key)
            }
        }
    };
}
