//! An annotator built without the embedded data, from the same lists given
//! to the builder as files, annotates exactly as the embedded one: every
//! list the embedded build reads can come from the user.

#![cfg(feature = "embedded")]

use std::path::Path;

use byline::{Annotator, WordList};

#[test]
fn the_data_files_given_to_the_builder_reproduce_the_embedded_build() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = root.join("data");
    let gaz = data.join("gazetteer");
    let own = Annotator::builder()
        .without_embedded()
        .word_list_file(WordList::FirstNames, gaz.join("first_names.tsv"))
        .word_list_file(WordList::Surnames, gaz.join("surnames.txt"))
        .word_list_file(WordList::CommonWords, gaz.join("common_words.txt"))
        .word_list_file(WordList::Abbreviations, data.join("abbreviations.txt"))
        .word_list_file(WordList::SpeechVerbs, data.join("speech_verbs.txt"))
        .word_list_file(WordList::Places, gaz.join("places.tsv"))
        .gazetteer_file(gaz.join("people.tsv"))
        .gazetteer_file(gaz.join("organizations.tsv"))
        .gazetteer_file(gaz.join("groups.tsv"))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let embedded = Annotator::new();
    let mut compared = 0;
    for dir in ["quotes", "entities", "sentences"] {
        for entry in std::fs::read_dir(root.join("tests/fixtures").join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let doc = own.annotate(&text);
            assert!(!doc.mentions.is_empty(), "{}", path.display());
            assert_eq!(doc, embedded.annotate(&text), "{}", path.display());
            compared += 1;
        }
    }
    assert!(compared >= 8, "only {compared} fixtures");
    // without the lists, the same builder finds less
    let bare = Annotator::builder().without_embedded().build().unwrap();
    let text = std::fs::read_to_string(root.join("tests/fixtures/entities/politics.txt")).unwrap();
    assert_ne!(bare.annotate(&text), embedded.annotate(&text));
}
