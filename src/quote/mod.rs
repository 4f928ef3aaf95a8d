//! Quotations: pairing quote marks, then attributing each quote to a
//! speaker and a speech verb. (Placeholder: the quote issue fills this in;
//! for now it finds nothing.)

use crate::speech_verbs::SpeechVerbs;
use crate::Document;

/// Finds attributed quotes.
#[derive(Clone, Debug, Default)]
pub(crate) struct QuoteFinder {}

impl QuoteFinder {
    pub(crate) fn new() -> QuoteFinder {
        QuoteFinder {}
    }

    /// Fills `doc.quotes`; reads every other field of `doc`.
    pub(crate) fn find(&self, _text: &str, _verbs: &SpeechVerbs, _doc: &mut Document) {}
}
