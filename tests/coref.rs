//! Coreference: golden articles written for this project
//! (`tests/fixtures/coref/*.txt`, expected references and quote speakers
//! beside each in `.coref`; `UPDATE_GOLDEN=1 cargo test --test coref`
//! rewrites them for review in the diff), behaviour checks per class of
//! reference, and property tests of the links.

#[path = "support/golden.rs"]
mod golden;

use byline::{Annotator, Document, ReferenceForm, ReferenceId};
use proptest::prelude::*;

fn annotate(text: &str) -> Document {
    Annotator::new().annotate(text)
}

/// One line per reference (words, form, entity) and per quote (resolved
/// speaker, speaker words, content).
fn render(text: &str, doc: &Document) -> String {
    let mut out = String::new();
    for r in &doc.references {
        let form = match r.form {
            ReferenceForm::Pronoun => "pronoun",
            ReferenceForm::Description => "description",
            _ => "other",
        };
        out.push_str(&format!(
            "reference\t{}\t{form}\t{}\n",
            &text[r.span], doc.entities[r.entity].name
        ));
    }
    for q in &doc.quotes {
        out.push_str(&format!(
            "quote\t{}\t{}\t{}\n",
            q.speaker_name.as_deref().unwrap_or("-"),
            q.speaker.map_or("-", |s| &text[s]),
            &text[q.content]
        ));
    }
    out
}

#[test]
#[cfg(feature = "embedded")]
fn golden_articles() {
    let checked = golden::check("coref", "coref", |text| render(text, &annotate(text)));
    assert_eq!(checked, 9);
}

fn fixture(name: &str) -> (String, Document) {
    let text = std::fs::read_to_string(golden::dir("coref").join(name)).unwrap();
    let doc = annotate(&text);
    (text, doc)
}

/// The resolved speaker of the quote starting with `start`.
fn speaker_of(text: &str, doc: &Document, start: &str) -> Option<String> {
    doc.quotes
        .iter()
        .find(|q| text[q.content].starts_with(start))
        .unwrap_or_else(|| panic!("no quote starts with {start:?}"))
        .speaker_name
        .clone()
}

/// The entity names the references with these words go to, in order.
fn referents(text: &str, doc: &Document, words: &str) -> Vec<String> {
    doc.references
        .iter()
        .filter(|r| &text[r.span] == words)
        .map(|r| doc.entities[r.entity].name.clone())
        .collect()
}

#[test]
#[cfg(feature = "embedded")]
fn two_women_and_a_man_quoted_in_turn() {
    let (owned, doc) = fixture("three_voices.txt");
    let text = owned.as_str();
    let s = |start| speaker_of(text, &doc, start);
    assert_eq!(s("We have waited").as_deref(), Some("Maria Lind"));
    // "she" after two women: the subject of the paragraph, not the last one named
    assert_eq!(s("My customers").as_deref(), Some("Helen Okafor"));
    assert_eq!(s("The street will").as_deref(), Some("Peter Novak"));
    assert_eq!(s("We will pay").as_deref(), Some("Maria Lind"));
    // "he" never goes to a woman, "she" never to the man
    assert!(referents(text, &doc, "he")
        .iter()
        .all(|n| n == "Peter Novak"));
    assert!(referents(text, &doc, "she")
        .iter()
        .all(|n| n != "Peter Novak"));
}

#[test]
#[cfg(feature = "embedded")]
fn a_company_as_the_firm_it_and_the_group() {
    let (owned, doc) = fixture("the_firm.txt");
    let text = owned.as_str();
    let firm = "Harbor Freight Logistics Inc.";
    for words in ["The firm", "the company", "the group", "it"] {
        let got = referents(text, &doc, words);
        assert!(!got.is_empty(), "{words:?} links to nothing");
        assert!(got.iter().all(|n| n == firm), "{words:?}: {got:?}");
    }
    assert_eq!(
        speaker_of(text, &doc, "These are hard").as_deref(),
        Some(firm)
    );
    // "an analyst at Norrland Securities" is a new person, not the firm
    assert_eq!(
        speaker_of(text, &doc, "It is the right call").as_deref(),
        Some("Tom Asher")
    );
}

#[test]
#[cfg(feature = "embedded")]
fn a_head_of_government_named_once_then_by_role() {
    let (owned, doc) = fixture("head_of_government.txt");
    let text = owned.as_str();
    let pm = "Aino Virtanen";
    assert_eq!(referents(text, &doc, "the prime minister"), [pm]);
    assert_eq!(referents(text, &doc, "the Finnish leader"), [pm]);
    assert_eq!(speaker_of(text, &doc, "Nobody gains").as_deref(), Some(pm));
    assert_eq!(speaker_of(text, &doc, "We are closer").as_deref(), Some(pm));
    let q = doc
        .quotes
        .iter()
        .find(|q| text[q.content].starts_with("We are closer"))
        .unwrap();
    // the speaker words stay the literal description
    assert_eq!(&text[q.speaker.unwrap()], "the Finnish leader");
}

#[test]
#[cfg(feature = "embedded")]
fn a_paper_quoted_as_the_paper() {
    let (owned, doc) = fixture("the_paper.txt");
    let text = owned.as_str();
    assert_eq!(
        speaker_of(text, &doc, "Every figure").as_deref(),
        Some("The Boston Globe")
    );
    // "he" is the mayor, a person, never the paper
    assert_eq!(
        speaker_of(text, &doc, "I have nothing").as_deref(),
        Some("Frank Dobbs")
    );
}

#[test]
#[cfg(feature = "embedded")]
fn a_family_sharing_a_surname() {
    let (owned, doc) = fixture("family.txt");
    let text = owned.as_str();
    let s = |start| speaker_of(text, &doc, start);
    assert_eq!(s("Dad still").as_deref(), Some("Claire Moreau"));
    assert_eq!(s("He cannot").as_deref(), Some("Claire Moreau"));
    assert_eq!(s("The recipe").as_deref(), Some("Julien Moreau"));
    assert_eq!(s("What would I do").as_deref(), Some("Henri Moreau"));
}

#[test]
#[cfg(feature = "embedded")]
fn an_unnamed_official_quoted_twice() {
    let (owned, doc) = fixture("unnamed_official.txt");
    let text = owned.as_str();
    for start in ["Every claim", "The remaining claims"] {
        let q = doc
            .quotes
            .iter()
            .find(|q| text[q.content].starts_with(start))
            .unwrap();
        // never named: no name, and the description that introduced the
        // official (not the later "the official") as the speaker words
        assert_eq!(q.speaker_name, None, "{start}");
        assert_eq!(&text[q.speaker.unwrap()], "An official at the ministry");
    }
    // nor is the official Jonas Berg, named in between
    assert!(doc
        .references
        .iter()
        .all(|r| &text[r.span] != "the official"));
}

#[test]
#[cfg(feature = "embedded")]
fn one_of_a_people_after_the_is_a_person() {
    let text = "Joost Vandermeer coached the side to a late win. \
                “We were sharp,” said the Dutchman. Maria Ostrova watched. \
                “She was brilliant,” he added.";
    let doc = annotate(text);
    assert_eq!(referents(text, &doc, "the Dutchman"), ["Joost Vandermeer"]);
    assert_eq!(
        speaker_of(text, &doc, "We were sharp").as_deref(),
        Some("Joost Vandermeer")
    );
    // the people, not one of them: no person's reference
    let text = "Joost Vandermeer met them. “No,” said the French.";
    let doc = annotate(text);
    assert!(referents(text, &doc, "the French").is_empty());
}

#[test]
#[cfg(feature = "embedded")]
fn a_description_in_apposition_before_the_name() {
    let text = "The international dock workers’ union, Fenmoor Dockers Federation, \
                met the council. The union said it would strike.";
    let doc = annotate(text);
    assert_eq!(
        referents(text, &doc, "The international dock workers’ union"),
        ["Fenmoor Dockers Federation"]
    );
    assert_eq!(
        referents(text, &doc, "The union"),
        ["Fenmoor Dockers Federation"]
    );
}

#[test]
#[cfg(feature = "embedded")]
fn a_title_the_name_starts_with_is_a_role() {
    let text = "Pope Clement wrote to the bishops of Quarnshire. \
                “The letter is clear,” the pope said. King Osric was away.";
    let doc = annotate(text);
    assert_eq!(referents(text, &doc, "the pope"), ["Clement"]);
    assert_eq!(
        speaker_of(text, &doc, "The letter is clear").as_deref(),
        Some("Clement")
    );
}

#[test]
#[cfg(feature = "embedded")]
fn roles_from_appositives_and_titles() {
    let text = "Anna Berg, the foreign minister, met Karl Moser in Bern. \
                The minister said talks had gone well. Brazil's president, \
                Luiz Costa, was not there. Later the Brazilian president said: “We will come.”";
    let doc = annotate(text);
    assert_eq!(referents(text, &doc, "The minister"), ["Anna Berg"]);
    assert_eq!(
        referents(text, &doc, "the Brazilian president"),
        ["Luiz Costa"]
    );
    // an indefinite description is somebody new
    let text = "Anna Berg arrived. “It is late,” an analyst at a Frankfurt bank said.";
    let doc = annotate(text);
    let q = &doc.quotes[0];
    assert_eq!(q.speaker_name, None);
    assert_eq!(&text[q.speaker.unwrap()], "an analyst at a Frankfurt bank");
}

/// The people of a crime story, a book review or a profile: an appositive
/// or a title gives the role ("The suspect, Marcus Bell,"; "the novelist
/// Ines Carrow"), and the role alone names that person later; a role no
/// one was given stays a description.
#[test]
#[cfg(feature = "embedded")]
fn roles_of_people_in_the_news() {
    let text = "Police said the suspect, Marcus Bell, fled north. Dara Quill, 41, was hurt. \
                “I regret nothing,” the suspect told the court. \
                The novelist Ines Carrow spoke first. “Write every day,” the writer said. \
                “It was dark,” the witness said.";
    let doc = annotate(text);
    assert_eq!(
        speaker_of(text, &doc, "I regret").as_deref(),
        Some("Marcus Bell")
    );
    assert_eq!(
        speaker_of(text, &doc, "Write every").as_deref(),
        Some("Ines Carrow")
    );
    assert_eq!(speaker_of(text, &doc, "It was dark"), None);
    // "X, who <did something to> the defender": the role is the object's,
    // not X's
    let text = "Rory Dunne signed a new deal. He was once dropped by Kevin Keogh, \
                who sent the defender home. “I am staying,” the defender said.";
    let doc = annotate(text);
    assert_ne!(
        speaker_of(text, &doc, "I am staying").as_deref(),
        Some("Kevin Keogh")
    );
}

/// The kind an article calls an organization ("the carmaker Veltro",
/// "Brisa, the Portuguese airline,") names it later whatever the words of
/// its name; a description closed in apposition refers to the name before
/// it ("Norland Trust (NT), Ruritania's second-largest bank,"); ", the bank
/// said" after a name is the bank speaking.
#[test]
#[cfg(feature = "embedded")]
fn organizations_by_the_kind_the_article_calls_them() {
    let text = "Shares in the carmaker Veltro fell. Fares at Aerobrisa Lines, the Portuguese airline, fell. \
                “Demand is weak,” the carmaker said. “Fuel is dear,” the airline said.";
    let doc = annotate(text);
    assert_eq!(speaker_of(text, &doc, "Demand").as_deref(), Some("Veltro"));
    assert_eq!(
        speaker_of(text, &doc, "Fuel").as_deref(),
        Some("Aerobrisa Lines")
    );
    let text = "Kestrel Holdings bid for Norland Trust (NT), Ruritania's second-largest bank. \
                Profits rose at Kestrel Holdings, the bank said.";
    let doc = annotate(text);
    assert_eq!(
        referents(text, &doc, "Ruritania's second-largest bank"),
        ["Norland Trust"]
    );
    assert_ne!(referents(text, &doc, "the bank"), ["Kestrel Holdings"]);
}

#[test]
#[cfg(feature = "embedded")]
fn unattributed_quotes_take_their_context() {
    // a profile quoting its subject paragraph after paragraph
    let text = "Lena Fischer opened her bakery in 2015. She now employs twelve people.\n\n\
                “I never thought it would grow this fast.”\n\n\
                “Every morning still starts at four.”";
    let doc = annotate(text);
    assert_eq!(doc.quotes.len(), 2, "{:?}", doc.quotes);
    assert!(doc
        .quotes
        .iter()
        .all(|q| q.speaker_name.as_deref() == Some("Lena Fischer")));
    assert_eq!(doc.quotes[0].verb, None);
    // a quote nobody is said to say, with no one in the paragraph before
    let text = "It rained all day.\n\n“Stay indoors if you can.”";
    assert!(annotate(text).quotes.is_empty());
}

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Anna Berg".to_string()),
        Just("Acme Corp.".to_string()),
        Just(" he ".to_string()),
        Just(" She ".to_string()),
        Just(" its ".to_string()),
        Just(" they ".to_string()),
        Just("the company".to_string()),
        Just("the foreign minister".to_string()),
        Just("Brazil's president".to_string()),
        Just("the 35-year-old".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just(" said ".to_string()),
        Just("’s ".to_string()),
        "[a-zA-Z ,.\u{a0}é’“”\n-]{0,12}",
    ]
}

proptest! {
    #[test]
    fn references_are_sound(parts in prop::collection::vec(fragment(), 0..40)) {
        let text: String = parts.concat();
        let doc = annotate(&text);
        for (k, r) in doc.references.iter().enumerate() {
            prop_assert!(r.span.start < r.span.end && r.span.end <= text.len());
            prop_assert!(text.is_char_boundary(r.span.start) && text.is_char_boundary(r.span.end));
            // points to an existing entity, which lists it
            prop_assert!(r.entity.index() < doc.entities.len());
            prop_assert!(doc.entities[r.entity].references.contains(&ReferenceId::new(k)));
            // in text order, non-overlapping
            if k > 0 {
                prop_assert!(doc.references[k - 1].span.end <= r.span.start);
            }
            // outside quoted speech: the only reference a quote's words may
            // hold is its own speaker, and that stands outside its content
            for q in &doc.quotes {
                prop_assert!(!q.content.overlaps(r.span), "{:?} in {:?}", r, q);
            }
        }
        for e in &doc.entities {
            prop_assert!(e.references.iter().all(|&r| doc.references[r].entity == e.id));
        }
        for q in &doc.quotes {
            if let Some(e) = q.speaker_entity {
                prop_assert!(e.index() < doc.entities.len());
                prop_assert_eq!(q.speaker_name.as_deref(), Some(doc.entities[e].name.as_str()));
            }
        }
    }
}

#[test]
#[cfg(feature = "embedded")]
fn appositives_name_the_speaker() {
    let (owned, doc) = fixture("appositives.txt");
    let text = owned.as_str();
    let s = |start| speaker_of(text, &doc, start);
    // the words are an appositive of the name before them
    assert_eq!(s("an insult").as_deref(), Some("Dana Whitlock"));
    assert_eq!(s("Neither side").as_deref(), Some("Ivo Brandt"));
    // an abbreviation's period inside the appositive; a day is no speaker
    assert_eq!(s("We cannot let").as_deref(), Some("Helen Marsh"));
    // a description followed by the name it stands for
    assert_eq!(s("the longest week").as_deref(), Some("Paul Osei"));
    // a possessor is not the speaker: the never-named deputy keeps the
    // description that introduced them, also when later "the deputy"
    for start in ["close to unanimous", "Nobody wants"] {
        let q = doc
            .quotes
            .iter()
            .find(|q| text[q.content].starts_with(start))
            .unwrap();
        assert_eq!(q.speaker_name, None, "{start}");
        assert_eq!(
            &text[q.speaker.unwrap()],
            "Dana Whitlock's deputy inside the union",
            "{start}"
        );
    }
    // no place or organization of the appositive is the speaker
    for q in &doc.quotes {
        if let Some(e) = q.speaker_entity {
            assert_ne!(doc.entities[e].name, "Netherlands");
            assert_ne!(doc.entities[e].name, "Harbor Union");
        }
    }
}

#[test]
#[cfg(feature = "embedded")]
fn a_quote_after_reported_speech_is_the_reporters() {
    let (owned, doc) = fixture("reported_then_quoted.txt");
    let text = owned.as_str();
    let q = doc
        .quotes
        .iter()
        .find(|q| text[q.content].starts_with("Every payment"))
        .expect("the quote after the spokesman's sentence");
    // an unnamed speaker: the description, not the singer the label is hers
    assert_eq!(q.speaker.map(|s| &text[s]), Some("The label's spokesman"));
    assert_eq!(q.speaker_name, None);
    assert_eq!(q.verb, None);
    assert_eq!(
        speaker_of(text, &doc, "They have ignored").as_deref(),
        Some("Marta Lind")
    );
    // "a greater say" is no subject: the paragraph's person speaks
    assert_eq!(
        speaker_of(text, &doc, "I want my own").as_deref(),
        Some("Marta Lind")
    );
}

#[test]
#[cfg(feature = "embedded")]
fn an_unlinked_they_is_the_group_before_it() {
    let (owned, doc) = fixture("plural_they.txt");
    let text = owned.as_str();
    let q = doc
        .quotes
        .iter()
        .find(|q| text[q.content].starts_with("We have seen"))
        .expect("the residents' quote");
    assert_eq!(q.speaker.map(|s| &text[s]), Some("residents"));
    assert_eq!(q.speaker_name, None);
}

/// A person whose first name and pronouns so far are both of the other
/// sex is no referent of "his": the "his" before the son is named is not
/// his mother's, nor the "he" after it.
#[test]
fn pronouns_and_first_name_against_a_pronoun() {
    let t = "Martha Quill ran the bakery for years. She opened it at dawn, and her bread sold out by noon. Her rivals said his prices were too low. Daniel Quill, her son, took over. \"We bake the same loaves,\" he said.";
    let doc = annotate(t);
    assert_eq!(referents(t, &doc, "She"), ["Martha Quill"]);
    assert!(
        !referents(t, &doc, "his").contains(&"Martha Quill".to_string()),
        "{}",
        render(t, &doc)
    );
    assert_eq!(
        speaker_of(t, &doc, "We bake").as_deref(),
        Some("Daniel Quill"),
        "{}",
        render(t, &doc)
    );
}
