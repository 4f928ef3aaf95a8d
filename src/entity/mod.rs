//! Named entities: gazetteer matching, rules, and resolution of every
//! mention to one entity. (Placeholder: the entity issue fills this in;
//! for now it finds nothing.)

mod gazetteer;

pub use gazetteer::GazetteerEntry;

use crate::speech_verbs::SpeechVerbs;
use crate::{BuildError, Document};

/// Finds mentions of people, organizations, places and groups.
#[derive(Clone, Debug, Default)]
pub(crate) struct Recognizer {}

impl Recognizer {
    /// Builds the matcher from the embedded gazetteers (if `embedded`) plus
    /// `entries`.
    pub(crate) fn build(
        _embedded: bool,
        _entries: Vec<GazetteerEntry>,
    ) -> Result<Recognizer, BuildError> {
        Ok(Recognizer {})
    }

    /// Fills `doc.mentions` and `doc.entities`; reads `doc.paragraphs` and
    /// `doc.sentences`.
    pub(crate) fn recognize(&self, _text: &str, _verbs: &SpeechVerbs, _doc: &mut Document) {}
}

/// Parses gazetteer TSV, `name<TAB>kind<TAB>canonical<TAB>aliases`, naming
/// `source` and the line in errors. Blank lines and `#` comments are skipped.
pub(crate) fn parse_tsv(text: &str, source: &str) -> Result<Vec<GazetteerEntry>, BuildError> {
    let mut entries = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let name = cols.next().unwrap_or("").trim();
        if name.is_empty() {
            return Err(BuildError::line(source, i + 1, "empty name"));
        }
        let kind_col = cols.next().unwrap_or("").trim();
        let kind = crate::EntityKind::parse(kind_col).ok_or_else(|| {
            BuildError::line(
                source,
                i + 1,
                format!("unknown kind {kind_col:?} (expected person, organization, place or group)"),
            )
        })?;
        let canonical = cols.next().unwrap_or("").trim();
        let aliases = cols
            .next()
            .unwrap_or("")
            .split('|')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(String::from)
            .collect();
        entries.push(GazetteerEntry {
            name: name.to_string(),
            kind,
            canonical: if canonical.is_empty() { name } else { canonical }.to_string(),
            aliases,
        });
    }
    Ok(entries)
}
