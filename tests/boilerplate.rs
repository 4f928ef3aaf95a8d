//! Boilerplate flags on pages written for these tests, each carrying its
//! own page furniture (menus, share bars, ad markers, captions, bylines,
//! bios, "Related" lists, comment sections, cookie banners, footers) around
//! an article with a subheading between paragraphs; the seed article's
//! furniture (when `../shared` is present); and properties on generated
//! pages: every paragraph keeps its span and carries a kind, and
//! `body_only` output is the default output filtered.

#![cfg(feature = "embedded")]

use std::path::Path;

use byline::{Annotator, Document, ParagraphKind, Span};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/boilerplate")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The kind of the paragraph whose text is `line` (the first such).
fn kind_of(text: &str, doc: &Document, line: &str) -> ParagraphKind {
    doc.paragraphs
        .iter()
        .find(|p| &text[p.span] == line)
        .unwrap_or_else(|| panic!("no paragraph {line:?}"))
        .kind
}

/// Checks every row: `Some(kind)` for that kind, `None` for any kind of
/// boilerplate; lines in `body` must be body.
fn check(name: &str, body: &[&str], furniture: &[(&str, Option<ParagraphKind>)]) {
    let text = fixture(name);
    let doc = Annotator::new().annotate(&text);
    let mut wrong = Vec::new();
    for line in body {
        let k = kind_of(&text, &doc, line);
        if k != ParagraphKind::Body {
            wrong.push(format!("body line flagged {k}: {line:?}"));
        }
    }
    for (line, want) in furniture {
        let k = kind_of(&text, &doc, line);
        let ok = match want {
            Some(w) => k == *w,
            None => k != ParagraphKind::Body,
        };
        if !ok {
            wrong.push(format!("{line:?}: got {k}, want {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{name}:\n{}", wrong.join("\n"));
}

#[test]
fn harbour_page_furniture_is_flagged_and_the_story_kept() {
    use ParagraphKind::*;
    check(
        "harbour_page.txt",
        &[
            "Harbour council approves new ferry terminal",
            "The harbour council voted on Tuesday to build a new ferry terminal on the east quay, ending a dispute that has divided the town for almost a decade.",
            "What the plan includes",
            "\"We listened, and we changed the plan,\" Haddad told reporters after the meeting. \"Nobody has to lose their view of the water.\"",
            "The cost, put at 14 million euros, will be shared by the council and the regional transport fund. A public exhibition of the plans opens at the town library next week.",
        ],
        &[
            ("Harbour council approves new ferry terminal | The Millbrook Gazette", None),
            ("Skip to content", Some(Navigation)),
            ("Weather", None),
            ("News › Local", None),
            ("By Petra Lindqvist", Some(Byline)),
            ("Published 14 March 2024, 09:12", Some(Byline)),
            ("Share on Facebook", Some(Share)),
            ("Print", Some(Share)),
            ("Advertisement", Some(Advertisement)),
            ("Ferries in the rain: passengers wait on the east quay in February. (Photo: Gazette staff)", Some(Caption)),
            ("Related: Fish market to open on Sundays from April", Some(Related)),
            ("Petra Lindqvist is a reporter at the Millbrook Gazette covering local politics and the harbour. She can be reached at petra@gazette.example.", Some(Bio)),
            ("Related Articles", Some(Related)),
            ("Lifeboat crew rescue two kayakers off Gull Point", None),
            ("Leave a comment", Some(Comments)),
            ("About time. The old shed is a disgrace.", Some(Comments)),
            ("I still think the road should have been closed to cars.", Some(Comments)),
            ("We use cookies to improve your experience on our site. By continuing to browse you accept our use of cookies.", Some(Legal)),
            ("© 2024 Millbrook Gazette Ltd. All rights reserved.", Some(Legal)),
            ("Back to top", Some(Navigation)),
        ],
    );
}

#[test]
fn orchard_page_furniture_is_flagged_and_the_story_kept() {
    use ParagraphKind::*;
    check(
        "orchard_page.txt",
        &[
            "Insurance",
            "Few small growers are insured against frost. The premiums rose sharply after two bad seasons earlier in the decade, and many farms let their policies lapse.",
            "The regional growers' association has asked the agriculture ministry for emergency loans. A spokesman for the ministry said the request would be considered at the next cabinet meeting.",
        ],
        &[
            ("Menu", Some(Navigation)),
            ("12 May 2024", None),
            ("Tweet", Some(Share)),
            ("The story continues below the advertisement", Some(Advertisement)),
            ("Read more:", Some(Related)),
            ("How orchard fires protect blossom", Some(Related)),
            ("Bridge closed after lorry strikes parapet", None),
            ("Tags: farming, weather, Vale of Brenn", Some(Related)),
            ("Copyright 2024 Vale Weekly. All rights reserved.", Some(Legal)),
        ],
    );
    // The headline is the copy of the title line standing before the story.
    let text = fixture("orchard_page.txt");
    let doc = Annotator::new().annotate(&text);
    let copies: Vec<ParagraphKind> = doc
        .paragraphs
        .iter()
        .filter(|p| &text[p.span.range()] == "Orchard growers count the cost of a late frost")
        .map(|p| p.kind)
        .collect();
    assert_eq!(copies.len(), 2);
    assert!(copies[0] != ParagraphKind::Body && copies[1] == ParagraphKind::Body);
}

#[test]
fn body_only_leaves_out_the_names_of_the_furniture() {
    let text = fixture("harbour_page.txt");
    let all = Annotator::new().annotate(&text);
    let body = Annotator::builder()
        .body_only(true)
        .build()
        .unwrap()
        .annotate(&text);
    let names =
        |d: &Document| -> Vec<String> { d.entities.iter().map(|e| e.name.clone()).collect() };
    assert!(
        names(&all).iter().any(|n| n.contains("Lindqvist")),
        "{:?}",
        names(&all)
    );
    assert!(
        !names(&body).iter().any(|n| n.contains("Lindqvist")),
        "{:?}",
        names(&body)
    );
    assert!(
        names(&body).iter().any(|n| n == "Omar Haddad"),
        "{:?}",
        names(&body)
    );
    assert_eq!(body.sentences, all.sentences);
    assert_eq!(body.paragraphs, all.paragraphs);
    // The comment section's quotes-to-be and the bio's name are gone; the
    // council leader's quote stays.
    assert!(body
        .quotes
        .iter()
        .any(|q| q.speaker_name.as_deref() == Some("Omar Haddad")));
}

/// The seed article (`../shared/seeds`): its furniture is flagged, no line
/// of the story is, and with `body_only` no name from the furniture
/// remains.
#[test]
fn seed_article_furniture() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_de877040902aa1d4.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("SKIPPED seed_article_furniture: {} is missing (the shared data lives beside the checkout)", path.display());
        return;
    };
    let text = text.as_str();
    let doc = Annotator::new().annotate(text);
    let flagged = |prefix: &str| -> Vec<bool> {
        doc.paragraphs
            .iter()
            .filter(|p| text[p.span].starts_with(prefix))
            .map(|p| !p.is_body())
            .collect()
    };
    for prefix in [
        "The story continues below the ad",
        "Continue reading",
        "The document exposes",
        "• The document exposes",
        "Click here to play the video",
        "Uyghur activist describes",
        "https://globalnews.ca/",
        "Hung",
        "Related Articles",
        "Back to top button",
    ] {
        let f = flagged(prefix);
        assert!(
            !f.is_empty() && f.iter().all(|&b| b),
            "{prefix:?} not flagged: {f:?}"
        );
    }
    // Every line of the story: each paragraph of more than 80 bytes
    // before the copyright line, except the bio.
    let copyright = doc
        .paragraphs
        .iter()
        .position(|p| text[p.span].starts_with('©'))
        .unwrap();
    for p in &doc.paragraphs[1..copyright] {
        let line = &text[p.span];
        if line.len() > 80 && !line.contains("The document exposes") {
            assert!(p.is_body(), "story line flagged {}: {line:?}", p.kind);
        }
    }
    let body = Annotator::builder()
        .body_only(true)
        .build()
        .unwrap()
        .annotate(text);
    for e in &body.entities {
        for m in &e.mentions {
            let span = body.mentions[*m].span;
            let para = body
                .paragraphs
                .iter()
                .find(|p| p.span.contains(span))
                .unwrap();
            assert!(para.is_body(), "{} from {:?}", e.name, &text[para.span]);
        }
        assert!(
            !e.name.contains("Hung") && !e.name.contains("Interreviewed"),
            "{}",
            e.name
        );
    }
}

/// Lines of pages: furniture, story sentences, odd text.
fn page() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("Home".to_string()),
        Just("Share on Facebook".to_string()),
        Just("Advertisement".to_string()),
        Just("Related Articles".to_string()),
        Just("By Jane Roe".to_string()),
        Just("(Photo: Getty Images)".to_string()),
        Just("© 2024 Example Media. All rights reserved.".to_string()),
        Just("jdoe says:".to_string()),
        Just("12 May 2024 at 10:02".to_string()),
        Just("Jane Roe is a reporter based in London.".to_string()),
        Just("Jane Roe".to_string()),
        Just("The mayor of Springfield, John Smith, said on Monday that the new bridge would open in June.".to_string()),
        Just("“We are proud of this bridge,” Smith told reporters outside the town hall in Springfield.".to_string()),
        Just("Officials from the Ministry of Transport visited the site in Paris last week and praised the work.".to_string()),
        Just("What happens next".to_string()),
        Just("https://example.com/a/b".to_string()),
        Just("é😀 — ü".to_string()),
        Just("".to_string()),
        Just("   ".to_string()),
        "[a-zA-Z .,“”:|]{0,60}",
    ];
    let sep = prop_oneof![Just("\n"), Just("\n\n"), Just("\r\n"), Just("\u{2029}")];
    prop::collection::vec((line, sep), 0..24).prop_map(|v| {
        v.into_iter()
            .map(|(l, s)| format!("{l}{s}"))
            .collect::<String>()
    })
}

fn in_body(doc: &Document, span: Span) -> bool {
    doc.paragraphs
        .iter()
        .any(|p| p.is_body() && p.span.contains(span))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Flags never split or merge a paragraph: the paragraphs are the
    /// segmenter's, each with a kind.
    #[test]
    fn every_paragraph_keeps_its_span_and_has_a_kind(text in page()) {
        let annotator = Annotator::new();
        let doc = annotator.annotate(&text);
        let spans: Vec<Span> = annotator.paragraphs(&text).collect();
        let flagged: Vec<Span> = doc.paragraphs.iter().map(|p| p.span).collect();
        prop_assert_eq!(spans, flagged);
        for p in &doc.paragraphs {
            prop_assert!(ParagraphKind::parse(p.kind.as_str()) == Some(p.kind));
        }
    }

    /// `body_only` output is the default output filtered: the same
    /// paragraphs and sentences, the mentions and quotes of body
    /// paragraphs, the entities that keep a mention, under the same names.
    #[test]
    fn body_only_is_the_default_filtered(text in page()) {
        let all = Annotator::new().annotate(&text);
        let body = Annotator::builder().body_only(true).build().unwrap().annotate(&text);
        prop_assert_eq!(&body.paragraphs, &all.paragraphs);
        prop_assert_eq!(&body.sentences, &all.sentences);
        let kept: Vec<(Span, String)> = all
            .mentions
            .iter()
            .filter(|m| in_body(&all, m.span))
            .map(|m| (m.span, all.entities[m.entity].name.clone()))
            .collect();
        let got: Vec<(Span, String)> = body
            .mentions
            .iter()
            .map(|m| (m.span, body.entities[m.entity].name.clone()))
            .collect();
        prop_assert_eq!(kept, got);
        for (i, e) in body.entities.iter().enumerate() {
            prop_assert_eq!(e.id.index(), i);
            prop_assert!(!e.mentions.is_empty());
        }
        let quotes: Vec<Span> = all.quotes.iter().filter(|q| in_body(&all, q.content)).map(|q| q.content).collect();
        let got: Vec<Span> = body.quotes.iter().map(|q| q.content).collect();
        prop_assert_eq!(quotes, got);
    }
}
