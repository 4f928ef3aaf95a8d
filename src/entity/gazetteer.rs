//! Gazetteer entries: names with their kind, canonical name and aliases.

use crate::EntityKind;

/// One name list entry: `name<TAB>kind<TAB>canonical<TAB>aliases` in a TSV
/// file, or built in code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazetteerEntry {
    /// The name as it appears in text.
    pub name: String,
    /// What it names.
    pub kind: EntityKind,
    /// The canonical name mentions of it resolve to; `name` when empty.
    pub canonical: String,
    /// Other names of the same thing ("UN" for "United Nations").
    pub aliases: Vec<String>,
}

impl GazetteerEntry {
    /// An entry whose canonical name is `name`, without aliases.
    pub fn new(name: impl Into<String>, kind: EntityKind) -> GazetteerEntry {
        let name = name.into();
        GazetteerEntry {
            canonical: name.clone(),
            name,
            kind,
            aliases: Vec::new(),
        }
    }

    /// Adds an alias.
    pub fn alias(mut self, alias: impl Into<String>) -> GazetteerEntry {
        self.aliases.push(alias.into());
        self
    }
}
