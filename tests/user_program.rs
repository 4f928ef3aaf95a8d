//! A program written the way a user of the crate would write one, with the
//! public API only: read a folder of articles into `String`s, annotate them
//! as a batch, list each person's quotes with the sentences they stand in,
//! walk from each quote to its speaker and from each entity to its quotes,
//! and count entities by kind.
//!
//! The articles are the project's own fixtures in `tests/fixtures/`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use byline::{Annotator, DocView, Document, EntityKind};

/// The `.txt` files of a folder, sorted, read into `String`s.
fn read_folder(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect()
}

fn fixtures() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut all = read_folder(&root.join("quotes"));
    all.extend(read_folder(&root.join("entities")));
    assert!(all.len() >= 6, "the fixtures are missing");
    all
}

/// Everything the view says must agree with the document and the text.
fn check_navigation(name: &str, text: &str, view: &DocView<'_>) {
    let doc = view.document();
    for quote in view.quotes() {
        let q = quote.quote();
        assert_eq!(quote.text(), &text[q.content], "{name}");
        // the sentence and paragraph hold the quote's first byte
        if let Some(sentence) = quote.sentence() {
            assert!(sentence.span().start <= q.content.start, "{name}");
            assert!(q.content.start < sentence.span().end, "{name}");
            assert!(text[sentence.span()].contains(sentence.text()), "{name}");
        }
        let paragraph = quote.paragraph().expect("a quote stands in a paragraph");
        assert!(paragraph.contains(&text[q.content][..1]), "{name}");
        // quote → speaker → the speaker's quotes holds it again
        if let Some(speaker) = quote.speaker() {
            assert_eq!(Some(speaker.name()), q.speaker_name.as_deref(), "{name}");
            assert!(
                speaker.quotes().any(|other| other.index() == quote.index()),
                "{name}: {:?} not among its speaker's quotes",
                quote.text()
            );
        }
        // a follow-on quote continues an earlier quote of the same speaker
        if quote.is_follow_on() {
            if let Some(first) = quote.continues() {
                assert!(first.index() < quote.index(), "{name}");
                assert!(!first.is_follow_on(), "{name}");
                assert_eq!(first.quote().speaker_entity, q.speaker_entity, "{name}");
                assert_eq!(quote.attribution_verb_text(), first.verb_text(), "{name}");
            }
        } else {
            assert!(quote.continues().is_none(), "{name}");
        }
    }
    for entity in view.entities() {
        assert_eq!(doc.entities[entity.id()].name, entity.name(), "{name}");
        let mut mentions = 0;
        for mention in entity.mentions() {
            mentions += 1;
            assert_eq!(mention.text(), &text[mention.span()], "{name}");
            assert_eq!(mention.entity().id(), entity.id(), "{name}");
            assert_eq!(mention.mention().kind, entity.kind(), "{name}");
            if let Some(sentence) = mention.sentence() {
                assert!(sentence.span().start <= mention.span().start, "{name}");
            }
        }
        assert!(mentions > 0, "{name}: {} has no mention", entity.name());
        for quote in entity.quotes() {
            assert_eq!(quote.speaker().map(|s| s.id()), Some(entity.id()), "{name}");
        }
        // found again by its name
        let again = view.entity_named(entity.name()).unwrap();
        assert!(again.name().eq_ignore_ascii_case(entity.name()), "{name}");
    }
}

#[test]
fn a_user_program_over_a_folder_of_articles() {
    let articles = fixtures();
    let annotator = Annotator::new();
    let docs: Vec<Document> = annotator
        .annotate_many(articles.iter().map(|(_, text)| text))
        .collect();
    assert_eq!(docs.len(), articles.len());

    let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
    let mut quotes_total = 0;
    for ((path, text), doc) in articles.iter().zip(&docs) {
        // the batch gives what one call gives, in input order
        assert_eq!(doc, &annotator.annotate(text), "{}", path.display());
        // `&text[span]` on the `String` itself
        for &s in &doc.sentences {
            assert!(!text[s].trim().is_empty());
        }
        let name = path.file_name().unwrap().to_string_lossy();
        let view = doc.view(text);
        check_navigation(&name, text, &view);
        for e in view.entities() {
            *by_kind.entry(format!("{:<12}", e.kind())).or_default() += 1;
        }
        quotes_total += view.quotes().len();
    }
    assert!(quotes_total > 10, "{quotes_total} quotes in the fixtures");
    assert!(by_kind.contains_key(&format!("{:<12}", EntityKind::Person)));
    assert!(by_kind.contains_key(&format!("{:<12}", EntityKind::Organization)));
    assert!(by_kind.contains_key(&format!("{:<12}", EntityKind::Place)));
}

#[test]
fn one_persons_quotes_with_their_sentences() {
    let articles = fixtures();
    let (_, text) = articles
        .iter()
        .find(|(p, _)| p.ends_with("quotes/five_paragraphs.txt"))
        .unwrap();
    let annotated = Annotator::new().annotate_view(text);
    let view = annotated.view();
    // "Abara" later in the story finds the judge by her full name
    let judge = view.entity_named("Abara").expect("the judge is an entity");
    assert_eq!(judge.name(), "Ruth Abara");
    assert_eq!(judge.kind(), EntityKind::Person);
    let quotes: Vec<_> = judge.quotes().collect();
    assert_eq!(quotes.len(), 5, "one quote per paragraph of her speech");
    assert_eq!(
        quotes[0].sentence().unwrap().text(),
        "Abara said: “When I started, there were two women judges in this state."
    );
    assert_eq!(quotes[0].verb_text(), Some("said"));
    for q in &quotes[1..] {
        // each later paragraph continues the first, attributed by its verb
        assert!(q.is_follow_on());
        assert_eq!(q.continues().unwrap().index(), quotes[0].index());
        assert_eq!(q.attribution_verb_text(), Some("said"));
        let paragraph = q.paragraph().unwrap();
        assert!(paragraph.starts_with('“') && paragraph.contains(q.text()));
    }
    assert_eq!(quotes[4].text(), "I thank every one of you.");
    let mentions: Vec<&str> = judge.mentions().map(|m| m.text()).collect();
    assert_eq!(mentions, ["Ruth Abara", "Abara"]);
}

#[test]
fn offsets_for_python_and_javascript() {
    for (path, text) in fixtures() {
        let doc = Annotator::new().annotate(&text);
        let chars = doc.to_char_offsets(&text);
        let units: Vec<u16> = text.encode_utf16().collect();
        let utf16 = doc.to_utf16_offsets(&text);
        let all: Vec<char> = text.chars().collect();
        for ((q, c), u) in doc.quotes.iter().zip(&chars.quotes).zip(&utf16.quotes) {
            let by_chars: String = all[c.content.start..c.content.end].iter().collect();
            assert_eq!(by_chars, &text[q.content], "{}", path.display());
            let by_units = String::from_utf16(&units[u.content.start..u.content.end]).unwrap();
            assert_eq!(by_units, &text[q.content], "{}", path.display());
        }
    }
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_batch_keeps_input_order() {
    let articles = fixtures();
    let texts: Vec<&str> = articles.iter().map(|(_, t)| t.as_str()).collect();
    let annotator = Annotator::new();
    let par = annotator.annotate_par(&texts);
    let seq: Vec<Document> = annotator.annotate_many(&texts).collect();
    assert_eq!(par, seq);
}
