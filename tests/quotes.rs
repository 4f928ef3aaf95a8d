//! Attributed quotes: golden articles written for this project
//! (`tests/fixtures/quotes/*.txt`, expected output beside each in `.quotes`;
//! `UPDATE_GOLDEN=1 cargo test --test quotes` rewrites them for review in
//! the diff), behaviour checks for each attribution pattern and trap, the
//! seed article from `../shared` when it is present, and property tests.

#[path = "support/golden.rs"]
mod golden;

use std::path::Path;

use byline::{Annotator, Document, Quote, QuoteKind};
use proptest::prelude::*;

fn annotate(text: &str) -> Document {
    Annotator::new().annotate(text)
}

/// One line per quote: kind, follow-on, speaker words, verb, content.
fn render(text: &str, doc: &Document) -> String {
    let mut out = String::new();
    for q in &doc.quotes {
        let kind = match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            _ => "other",
        };
        out.push_str(&format!(
            "{kind}\t{}\t{}\t{}\t{}\n",
            if q.follow_on { "follow-on" } else { "own" },
            q.speaker.map_or("-", |s| &text[s]),
            q.verb.map_or("-", |s| &text[s]),
            &text[q.content],
        ));
    }
    out
}

#[test]
fn golden_articles() {
    golden::check("quotes", "quotes", |text| render(text, &annotate(text)));
}

/// The quote whose content starts with `start`.
fn quote<'d>(text: &str, doc: &'d Document, start: &str) -> &'d Quote {
    doc.quotes
        .iter()
        .find(|q| text[q.content].starts_with(start))
        .unwrap_or_else(|| panic!("no quote starting {start:?} in {:#?}", render(text, doc)))
}

fn words(text: &str, span: Option<byline::Span>) -> Option<&str> {
    span.map(|s| &text[s])
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(golden::dir("quotes").join(name)).unwrap()
}

#[test]
fn attribution_patterns() {
    let text = fixture("patterns.txt");
    let doc = annotate(&text);
    let t = text.as_str();
    let cases: &[(&str, Option<&str>, Option<&str>, QuoteKind)] = &[
        // “Q,” X said.
        (
            "The pier is no longer",
            Some("Marta Quill"),
            Some("said"),
            QuoteKind::Direct,
        ),
        // “Q,” said X, an appositive.
        (
            "We waited far too long",
            Some("Dario Fenn"),
            Some("said"),
            QuoteKind::Direct,
        ),
        // X said, “Q.” with a title
        (
            "This is a sad day",
            Some("Mayor Lena Ortiz"),
            Some("said"),
            QuoteKind::Direct,
        ),
        // X said: “Q.”
        (
            "We will appeal",
            Some("The fishermen’s union"),
            Some("said"),
            QuoteKind::Direct,
        ),
        // “Q1,” X said, “Q2.”
        (
            "We listened",
            Some("Quill"),
            Some("said"),
            QuoteKind::Direct,
        ),
        (
            "and we decided",
            Some("Quill"),
            Some("said"),
            QuoteKind::Direct,
        ),
        (
            "Nobody wants",
            Some("Jane Doe"),
            Some("said"),
            QuoteKind::Direct,
        ),
        // partial quote in reported speech, possessive and title before the name
        (
            "far more than",
            Some("Portville’s Harbour Master Owen Tait"),
            Some("told"),
            QuoteKind::Partial,
        ),
        (
            "Two people were hurt",
            Some("Hugh Hill"),
            Some("said"),
            QuoteKind::Direct,
        ),
        (
            "The board ignored us",
            Some("Tait"),
            Some("told"),
            QuoteKind::Direct,
        ),
        (
            "We have asked",
            Some("the union"),
            Some("said"),
            QuoteKind::Direct,
        ),
        (
            "simply unaffordable",
            Some("Ortiz"),
            Some("according to"),
            QuoteKind::Partial,
        ),
        (
            "Goodbye, old friend",
            Some("Fenn"),
            Some("wrote"),
            QuoteKind::Direct,
        ),
        (
            "I fished from that pier",
            Some("he"),
            Some("added"),
            QuoteKind::Direct,
        ),
        (
            "I know how much",
            Some("she"),
            Some("said"),
            QuoteKind::Direct,
        ),
        (
            "Someone could have died",
            Some("a police spokesman"),
            Some("said"),
            QuoteKind::Direct,
        ),
        (
            "We support the board",
            Some("the ministry"),
            Some("said"),
            QuoteKind::Direct,
        ),
        (
            "deeply divided",
            Some("Tait"),
            Some("said"),
            QuoteKind::Partial,
        ),
        (
            "managed decline",
            Some("the board"),
            Some("dubbed"),
            QuoteKind::Partial,
        ),
        // X – an aside in dashes – said: “Q.”, the name before an
        // appositive in commas, not a sentence adverb
        (
            "We will run a winter",
            Some("Rosa Lindqvist"),
            Some("replied"),
            QuoteKind::Direct,
        ),
        // an interview's present tense: “Q,” laughs X
        (
            "The water came in at night",
            Some("the ferryman"),
            Some("laughs"),
            QuoteKind::Direct,
        ),
        // X told someone somewhere: “Q.”
        (
            "Nobody will sail tonight",
            Some("The ferry captain"),
            Some("told"),
            QuoteKind::Direct,
        ),
        (
            "The boats are old",
            Some("the 40-year-old"),
            Some("said"),
            QuoteKind::Direct,
        ),
    ];
    for &(start, speaker, verb, kind) in cases {
        let q = quote(t, &doc, start);
        assert_eq!(words(t, q.speaker), speaker, "speaker of {start:?}");
        assert_eq!(words(t, q.verb), verb, "verb of {start:?}");
        assert_eq!(q.kind, kind, "kind of {start:?}");
        assert!(!q.follow_on, "{start:?} has its own attribution");
    }
    // The follow-on after `“Q1,” Tait told reporters ...`
    let q = quote(t, &doc, "It ignored every single");
    assert!(q.follow_on);
    assert_eq!((words(t, q.speaker), q.verb), (Some("Tait"), None));
    // Titles and nicknames are not speech.
    for term in ["Jaws", "Shorty"] {
        assert!(
            doc.quotes.iter().all(|q| &t[q.content] != term),
            "{term:?} is no quote"
        );
    }
    // Content excludes the marks.
    for q in &doc.quotes {
        let c = &t[q.content];
        assert!(
            !c.starts_with(['“', '"']) && !c.ends_with(['”', '"']),
            "{c:?}"
        );
    }
}

#[test]
fn traps() {
    let text = fixture("traps.txt");
    let t = text.as_str();
    let doc = annotate(t);
    let contents: Vec<&str> = doc.quotes.iter().map(|q| &t[q.content]).collect();
    // Apostrophes open nothing: the first paragraph has no quote.
    let first_para_end = t.find('\n').unwrap();
    assert!(doc.quotes.iter().all(|q| q.content.start > first_para_end));
    // An apostrophe inside a quote does not end it.
    assert!(contents.contains(&"I don’t think it’s the ’90s anymore,"));
    // A quote nested in another is part of it, not a quote of its own.
    assert!(contents.contains(&"He told me ‘never again,’ and then he left,"));
    assert!(!contents.contains(&"never again,"));
    // Single quotes as outer marks.
    let q = quote(t, &doc, "We will be back");
    assert_eq!(words(t, q.speaker), Some("Tom Hale"));
    // An unclosed quote and stray marks yield nothing.
    assert!(!contents.iter().any(|c| c.starts_with("yes and then")));
    assert!(!contents.iter().any(|c| c.contains("mark sits here")));
    // The last quote of the text, at its very end.
    let last = doc.quotes.last().unwrap();
    assert_eq!(&t[last.content], "See you all next spring.");
    assert_eq!(words(t, last.speaker), Some("Hale"));
    // A follow-on quote of one word.
    let q = quote(t, &doc, "Done.");
    assert!(q.follow_on);
    assert_eq!(words(t, q.speaker), Some("Hale"));
}

#[test]
fn quote_over_five_paragraphs() {
    let text = fixture("five_paragraphs.txt");
    let t = text.as_str();
    let doc = annotate(t);
    assert_eq!(doc.quotes.len(), 5, "{}", render(t, &doc));
    for (i, q) in doc.quotes.iter().enumerate() {
        assert_eq!(words(t, q.speaker), Some("Abara"));
        assert_eq!(q.follow_on, i > 0);
        assert_eq!(q.verb.is_some(), i == 0);
        assert!(!t[q.content].contains('\n'), "one paragraph per quote");
    }
    assert_eq!(&t[doc.quotes[4].content], "I thank every one of you.");
}

#[test]
fn extra_speech_verbs_from_the_builder() {
    let text = "“Not today,” harrumphed the captain.";
    let plain = Annotator::new().annotate(text);
    assert!(plain.quotes.is_empty());
    let annotator = Annotator::builder()
        .speech_verbs(["harrumphed"])
        .build()
        .unwrap();
    let doc = annotator.annotate(text);
    assert_eq!(doc.quotes.len(), 1);
    assert_eq!(words(text, doc.quotes[0].verb), Some("harrumphed"));
    assert_eq!(words(text, doc.quotes[0].speaker), Some("the captain"));
}

#[test]
fn a_megabyte_of_quote_marks() {
    // Every kind of mark, unbalanced, in one paragraph and in many.
    let marks = "“”‘’\"'«»‹›„ ";
    let mut text = String::new();
    while text.len() < 1 << 20 {
        text.push_str(marks);
        text.push_str("“'\"");
        if text.len() % 7 == 0 {
            text.push('\n');
        }
    }
    let doc = annotate(&text);
    check_invariants(&text, &doc);
    assert!(doc.quotes.len() < text.len() / 4);

    // Balanced quotes: each one found, each attributed.
    let unit = "“We won,” she said. ";
    let balanced = unit.repeat((1 << 20) / unit.len());
    let balanced = balanced.as_str();
    let doc = annotate(balanced);
    assert_eq!(doc.quotes.len(), (1 << 20) / unit.len());
    assert!(doc.quotes.iter().all(|q| &balanced[q.content] == "We won,"));
    assert!(doc.quotes.iter().all(|q| q.speaker.is_some()));
}

fn check_invariants(text: &str, doc: &Document) {
    let mut last_end = 0;
    for q in &doc.quotes {
        let c = q.content;
        assert!(c.start < c.end && c.end <= text.len(), "content in bounds");
        assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        assert!(c.start >= last_end, "quotes in order, not overlapping");
        last_end = c.end;
        for s in [q.speaker, q.verb].into_iter().flatten() {
            assert!(
                s.end <= text.len()
                    && text.is_char_boundary(s.start)
                    && text.is_char_boundary(s.end)
            );
            assert!(!c.overlaps(s), "speaker and verb outside their quote");
        }
        if let Some(e) = q.speaker_entity {
            assert!(e.index() < doc.entities.len(), "speaker entity exists");
            assert_eq!(
                q.speaker_name.as_deref(),
                Some(doc.entities[e].name.as_str())
            );
        } else {
            assert!(q.speaker_name.is_none());
        }
        if q.follow_on {
            assert!(q.verb.is_none());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn never_panics_and_spans_are_sound(
        text in proptest::collection::vec(
            prop_oneof![
                Just("“"), Just("”"), Just("‘"), Just("’"), Just("\""), Just("'"), Just("«"),
                Just("»"), Just("„"), Just("''"), Just(" "), Just("\n"), Just("\n\n"), Just(","),
                Just("."), Just(":"), Just("("), Just(")"), Just("said"), Just("he"),
                Just("Smith"), Just("according to"), Just("dubbed"), Just("é"), Just("日本"),
                Just("the"), Just("a police spokesman"), Just("told reporters"), Just("—"),
            ],
            0..80,
        ).prop_map(|parts| parts.concat())
    ) {
        let doc = annotate(&text);
        check_invariants(&text, &doc);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,200}") {
        let doc = annotate(&text);
        check_invariants(&text, &doc);
    }
}

/// The seed article from `../shared`: all six quotes with the gold verbs and
/// kinds, and the follow-on.
#[test]
fn seed_article_quotes() {
    let Some((text, gold)) = seed() else { return };
    let doc = annotate(&text);
    for g in gold["quotes"].as_array().unwrap() {
        let start = g["content"][0][0].as_u64().unwrap() as usize;
        let end = g["content"][0][1].as_u64().unwrap() as usize;
        let q = doc
            .quotes
            .iter()
            .find(|q| q.content.start < end && start < q.content.end)
            .unwrap_or_else(|| panic!("missed {}", g["quote"]));
        assert_eq!(
            q.verb.map(|v| &text[v.range()]),
            g["verb"].as_str(),
            "{}",
            g["quote"]
        );
        let kind = if q.kind == QuoteKind::Direct {
            "direct"
        } else {
            "partial"
        };
        assert_eq!(kind, g["kind"].as_str().unwrap(), "{}", g["quote"]);
        assert_eq!(q.follow_on, g["continues_previous"].as_bool().unwrap());
    }
    assert_eq!(doc.quotes.len(), 6, "{}", render(&text, &doc));
}

/// The seed's speakers by name: needs the entity recognizer to resolve
/// "Zhang", "he" and "She" to Zhang Jun and Michelle Bachelet.
#[test]
fn seed_article_speaker_names() {
    let Some((text, gold)) = seed() else { return };
    let doc = annotate(&text);
    for g in gold["quotes"].as_array().unwrap() {
        let start = g["content"][0][0].as_u64().unwrap() as usize;
        let q = doc
            .quotes
            .iter()
            .find(|q| q.content.start <= start && start < q.content.end)
            .unwrap_or_else(|| panic!("missed {}", g["quote"]));
        assert_eq!(
            q.speaker_name.as_deref(),
            g["speaker"].as_str(),
            "{}",
            g["quote"]
        );
    }
}

/// Pronouns resolve to the most recent fitting person.
#[test]
fn pronoun_speakers_resolve_to_people() {
    let text = fixture("patterns.txt");
    let t = text.as_str();
    let doc = annotate(t);
    let name = |start: &str| quote(t, &doc, start).speaker_name.clone();
    assert_eq!(
        name("I fished from that pier").as_deref(),
        Some("Dario Fenn")
    );
    assert_eq!(name("I know how much").as_deref(), Some("Marta Quill"));
    assert_eq!(name("The board ignored us").as_deref(), Some("Owen Tait"));
    assert_eq!(
        name("It ignored every single").as_deref(),
        Some("Owen Tait")
    );
    assert_eq!(
        name("Someone could have died"),
        None,
        "a description names no one"
    );
    let text = fixture("five_paragraphs.txt");
    let doc = annotate(&text);
    assert!(doc
        .quotes
        .iter()
        .all(|q| q.speaker_name.as_deref() == Some("Ruth Abara")));
}

fn seed() -> Option<(String, serde_json::Value)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seeds/000_de877040902aa1d4.gold.json");
    match std::fs::read_to_string(&path) {
        Ok(gold) => {
            let gold: serde_json::Value = serde_json::from_str(&gold).expect("seed gold is JSON");
            let text = gold["text"]
                .as_str()
                .expect("seed gold has its text")
                .to_string();
            Some((text, gold))
        }
        Err(e) => {
            eprintln!(
                "SKIPPED: {} ({e}); the seed article test did not run",
                path.display()
            );
            None
        }
    }
}

/// The resolved name of a quote's speaker.
fn name(q: &Quote) -> Option<&str> {
    q.speaker_name.as_deref()
}

/// Speakers described by a phrase: a quoted title inside it, a
/// prepositional tail, a place in that tail; and verbs that name a term
/// only through "as" (`tests/fixtures/quotes/descriptions.txt`).
#[test]
fn descriptions_and_naming_through_as() {
    let text = fixture("descriptions.txt");
    let t = text.as_str();
    let doc = annotate(t);
    // The title is part of the description and no quote of its own; the
    // description is the actor named before, and so is the follow-on.
    let q = quote(t, &doc, "Every time I watch");
    assert_eq!(words(t, q.speaker), Some("the \"Harbour Nights\" actor"));
    assert_eq!(name(q), Some("Tomas Brenner"));
    assert!(doc.quotes.iter().all(|q| &t[q.content] != "Harbour Nights"));
    let q = quote(t, &doc, "They are the bravest");
    assert!(q.follow_on);
    assert_eq!(name(q), Some("Tomas Brenner"));
    // "rejected ... as “Q”" names; with a speech verb earlier in the
    // sentence that verb is the cue; a passive's subject named nothing.
    let q = quote(t, &doc, "pure invention");
    assert_eq!(
        (words(t, q.verb), name(q)),
        (Some("rejected"), Some("Coastguard Agency"))
    );
    assert_eq!(q.kind, QuoteKind::Partial);
    let q = quote(t, &doc, "a distraction");
    assert_eq!(words(t, q.verb), Some("said"));
    assert!(doc
        .quotes
        .iter()
        .all(|q| words(t, q.speaker) != Some("The plan")));
    // Unnamed speakers keep their whole description, and a place in its
    // tail is not who spoke.
    for (start, speaker) in [
        ("We cannot keep", "one volunteer on the crew"),
        ("The lifeboat is", "a shipping analyst in Aberdeen"),
        (
            "the finest on",
            "One of the town's leading experts on tides",
        ),
    ] {
        let q = quote(t, &doc, start);
        assert_eq!(words(t, q.speaker), Some(speaker), "speaker of {start:?}");
        assert_eq!(name(q), None, "name of {start:?}");
    }
}

/// A quote that opens a sentence after one of reported speech goes on with
/// that speaker's words, even when no quote came before it; the subject is
/// the one of the sentence, not of a clause inside it ("the old gauge
/// suggested"). A sentence that reports no speech gives no speaker, and a
/// passive ("had been told that") reports nobody's words
/// (`tests/fixtures/quotes/reported_first.txt`).
#[test]
fn quote_after_reported_speech() {
    let text = fixture("reported_first.txt");
    let t = text.as_str();
    let doc = annotate(t);
    assert!(
        doc.quotes
            .iter()
            .all(|q| !t[q.content].starts_with("It is a fine piece")),
        "{}",
        render(t, &doc)
    );
    let q = quote(t, &doc, "We had been measuring");
    assert_eq!(words(t, q.speaker), Some("Ines Halloran"));
    assert_eq!((q.verb, q.kind), (None, QuoteKind::Direct));
    assert_eq!(name(q), Some("Ines Halloran"));
    assert_eq!(name(quote(t, &doc, "Nobody wanted")), Some("Ines Halloran"));
    let q = quote(t, &doc, "We told the council");
    assert_eq!(words(t, q.speaker), Some("Two fishermen on the pier"));
    assert_eq!(name(q), None);
    // a passive speech verb inside the reported clause has no speaker of
    // its own: the sentence's verb reports the term
    let q = quote(t, &doc, "good for another");
    assert_eq!(
        (words(t, q.speaker), words(t, q.verb)),
        (Some("Halloran"), Some("said"))
    );
    assert_eq!(q.kind, QuoteKind::Partial);
}

/// A quote that runs on over lines without reopening, as pages of a
/// sentence a line print it: each line's part is the speaker's, the later
/// ones follow-ons; one never closed is no quote.
#[test]
fn quote_running_on_over_lines() {
    let t = "The mayor spoke last.\nAs Ruth Hale explained, “The ferry is late again.\nNobody has told us why.\nWe will ask the council.”\nShe left.\n“This one never closes.\nShe went home.";
    let doc = annotate(t);
    let parts: Vec<&str> = doc.quotes.iter().map(|q| &t[q.content]).collect();
    assert_eq!(
        parts,
        [
            "The ferry is late again.",
            "Nobody has told us why.",
            "We will ask the council."
        ]
    );
    for (i, q) in doc.quotes.iter().enumerate() {
        assert_eq!(name(q), Some("Ruth Hale"), "part {i}");
        assert_eq!(q.follow_on, i > 0, "part {i}");
        assert_eq!(q.kind, QuoteKind::Direct, "part {i}");
    }
    assert_eq!(words(t, doc.quotes[0].verb), Some("explained"));
}

/// Verbs of pleading, of saying again and of manner attribute quotes like
/// "said" (`data/speech_verbs.txt`).
#[test]
fn verbs_of_pleading_repeating_and_manner() {
    let t = "Ruth Hale begged the council “not to close the quay”. “It is the town's heart,” she cautioned. “We will not move,” Tom Reed snapped. Hale reiterated that the quay was “not for sale”.";
    let doc = annotate(t);
    for (start, verb) in [
        ("not to close", "begged"),
        ("It is the town's", "cautioned"),
        ("We will not move", "snapped"),
        ("not for sale", "reiterated"),
    ] {
        let q = quote(t, &doc, start);
        assert_eq!(words(t, q.verb), Some(verb), "{start}");
        assert!(q.speaker_name.is_some(), "{start}");
    }
}

/// Auxiliaries and adverbs between a speaker and the verb ("can",
/// "always", "has long") are stepped over to the speaker, and a passive
/// behind an adverb ("was always told") names no speaker.
#[test]
fn speaker_past_auxiliaries_and_adverbs() {
    let t = "Ruth Hale can proudly say the quay is “the town's heart”. \
             The harbour board has long argued it is “too costly”. \
             Tom Reed was always told the ferry was “a lost cause”.";
    let doc = annotate(t);
    assert_eq!(
        words(t, quote(t, &doc, "the town's heart").speaker),
        Some("Ruth Hale")
    );
    assert_eq!(
        words(t, quote(t, &doc, "too costly").speaker),
        Some("The harbour board")
    );
    assert_eq!(words(t, quote(t, &doc, "a lost cause").speaker), None);
}

/// A quote whose closing mark is missing at its paragraph's end is closed
/// there when it plainly is speech: after a quote of the same line, or
/// after a colon.
#[test]
fn quote_left_open_at_its_paragraph_end() {
    let t = "“Last year was a big low,” Ada Vinter admitted. “You fight a lot of struggles. Just fight through it.\n\nBut Vinter went on racing.\n\nThe coach said: “We have to face the consequences.\n\nThe team left.";
    let doc = annotate(t);
    let q = quote(t, &doc, "You fight");
    assert_eq!(
        &t[q.content],
        "You fight a lot of struggles. Just fight through it."
    );
    assert_eq!(name(q), Some("Ada Vinter"));
    let q = quote(t, &doc, "We have to face");
    assert_eq!(
        (words(t, q.speaker), words(t, q.verb)),
        (Some("The coach"), Some("said"))
    );
    assert_eq!(doc.quotes.len(), 3, "{}", render(t, &doc));
}

/// A quote that opens right after "said X of Acme Inc.": the period of a
/// name's "Inc.", "Corp." or "Jr." before an opening mark ends the
/// sentence, so the quote is the next of that speaker's, not a partial
/// quote of the "said" before it.
#[test]
fn quote_after_a_company_suffix_ending_the_sentence() {
    let t = "\"Orders fell again in March,\" said Dana Roe of Harbour Freight Inc. \"We expect a slow spring.\"\n\n\"The quay is busy,\" said Sam Hale Jr. \"We hire in May.\"\n\nMarta Lind of Quay Corp. said the ferry was late.";
    let doc = annotate(t);
    let q = quote(t, &doc, "We expect a slow spring.");
    assert_eq!(
        (q.kind, q.verb),
        (QuoteKind::Direct, None),
        "{}",
        render(t, &doc)
    );
    assert_eq!(name(q), Some("Dana Roe"));
    let q = quote(t, &doc, "We hire in May.");
    assert_eq!((q.kind, name(q)), (QuoteKind::Direct, Some("Sam Hale Jr.")));
    // a period that no quote follows stays the name's
    assert!(doc
        .sentences
        .iter()
        .any(|s| t[*s].starts_with("Marta Lind of Quay Corp. said")));
}

/// The paragraphs of one long quote run together on a line, each opening
/// again (`"Q1. "Q2. "Q3."`): each part is the speaker's, the later ones
/// follow-ons, not one quote holding the others' marks.
#[test]
fn quote_reopened_on_its_line() {
    let t = "Coach Ana Ruiz said the squad was picked. \"The first game will be fast and rough for us,\" said Ruiz. \"We know the harbour side well. \"The cup is gone but we will go there to win. \"It will be a very exciting game.\" The match is on Sunday.";
    let doc = annotate(t);
    for (part, follow_on) in [
        ("We know the harbour side well.", true),
        ("The cup is gone but we will go there to win.", true),
        ("It will be a very exciting game.", true),
    ] {
        let q = quote(t, &doc, part);
        assert_eq!(&t[q.content], part, "{}", render(t, &doc));
        assert_eq!((name(q), q.follow_on), (Some("Ana Ruiz"), follow_on));
    }
}

/// After a quote, a verb of naming that ends the sentence says it (“Q,”
/// he described.), a document's "read" too (“Q,” the statement read.:
/// its speaker words are the statement the text introduced), and
/// "detailed"; a naming verb with more after it still names a term.
#[test]
fn naming_verbs_and_read_that_end_the_attribution() {
    let t = "The ferry is run by Peter Marsh. \"One day the engine stopped in the bay,\" he described. The firm issued a statement. \"We were shocked to see the claims,\" the statement read. \"Sixty pct were cars,\" Marsh detailed. She was “rude,” they called it.";
    let doc = annotate(t);
    for (start, verb, speaker) in [
        ("One day the engine", "described", "he"),
        ("We were shocked", "read", "a statement"),
        ("Sixty pct", "detailed", "Marsh"),
    ] {
        let q = quote(t, &doc, start);
        assert_eq!(
            (q.kind, words(t, q.verb), words(t, q.speaker)),
            (QuoteKind::Direct, Some(verb), Some(speaker)),
            "{}",
            render(t, &doc)
        );
    }
    assert_eq!(
        name(quote(t, &doc, "One day the engine")),
        Some("Peter Marsh")
    );
    assert!(doc
        .quotes
        .iter()
        .all(|q| !t[q.content].starts_with("rude") || q.kind != QuoteKind::Direct));
}

/// A speaker's appositive may end in a place after a preposition, with a
/// comma of its own ("in Millbrook, Maine,"): the speaker is the name
/// before the appositive, not the place or the organization in it; a time
/// opening the sentence is no speaker either.
#[test]
fn appositive_ending_in_a_place_with_its_comma() {
    let t = "“The tides are rising,” Tomas Brenner, a scientist at the Harbour Institute in \
             Millbrook, Maine, said in a statement. A month later, one of his colleagues, \
             Ilse Vorst, said that “nothing had changed”.";
    let doc = annotate(t);
    let q = quote(t, &doc, "The tides");
    assert_eq!(words(t, q.speaker), Some("Tomas Brenner"));
    assert_eq!(name(q), Some("Tomas Brenner"));
    let q = quote(t, &doc, "nothing had");
    assert_ne!(words(t, q.speaker), Some("A month later"));
}
