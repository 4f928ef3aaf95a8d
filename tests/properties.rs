//! Invariants of the whole annotator on arbitrary text: it never panics,
//! every span is in bounds and on char boundaries, sentences are ordered,
//! non-overlapping, trimmed and inside paragraphs, and together they cover
//! all non-white-space text.

use byline::{Annotator, Document, Span};
use proptest::prelude::*;

/// White space as the segmenter trims it.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}'
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Pieces of news-like and hostile text, glued in any order.
fn news_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mr."),
        Just("U.S."),
        Just("Smith"),
        Just("said"),
        Just("the"),
        Just("He"),
        Just("5"),
        Just("3.14"),
        Just("$100.00"),
        Just("a.m."),
        Just("."),
        Just("?"),
        Just("!"),
        Just("?!"),
        Just("..."),
        Just(". . . ."),
        Just("…"),
        Just("[...]"),
        Just("“"),
        Just("”"),
        Just("\""),
        Just("'"),
        Just("("),
        Just(")"),
        Just("1."),
        Just("2)"),
        Just("a."),
        Just("•"),
        Just("⁃"),
        Just("Image:"),
        Just(" - "),
        Just(" "),
        Just("  "),
        Just("\n"),
        Just("\r\n"),
        Just("\r"),
        Just("\n\n"),
        Just("\t"),
        Just("\u{0}"),
        Just("\u{85}"),
        Just("\u{2028}"),
        Just("\u{2029}"),
        Just("\u{FEFF}"),
        Just("\u{200B}"),
        Just("\u{A0}"),
        Just("😀"),
        Just("👩‍👩‍👧"),
        Just("שלום."),
        Just("مرحبا؟"),
        Just("\u{202E}"),
        Just("é"),
        Just("。"),
        Just("https://x.example/a.b?c=d."),
        Just("a@b.co."),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check_span(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of bounds"
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
    Ok(())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let doc: Document = Annotator::new().annotate(text);

    for (i, p) in doc.paragraphs.iter().map(|p| p.span).enumerate() {
        check_span(text, p, "paragraph")?;
        let s = &text[p];
        prop_assert!(!s.is_empty(), "empty paragraph");
        prop_assert!(s.trim_matches(is_space) == s, "untrimmed paragraph {s:?}");
        prop_assert!(!s.contains(is_line_break), "paragraph crosses a line {s:?}");
        if i > 0 {
            prop_assert!(
                doc.paragraphs[i - 1].span.end < p.start,
                "paragraphs out of order"
            );
        }
    }

    let mut previous_end = 0;
    for s in &doc.sentences {
        check_span(text, *s, "sentence")?;
        let t = &text[*s];
        prop_assert!(!t.is_empty(), "empty sentence");
        prop_assert!(t.trim_matches(is_space) == t, "untrimmed sentence {t:?}");
        prop_assert!(
            s.start >= previous_end,
            "sentences overlap or are out of order"
        );
        previous_end = s.end;
        prop_assert!(
            doc.paragraphs
                .iter()
                .any(|p| p.span.start <= s.start && s.end <= p.span.end),
            "sentence {t:?} is not inside one paragraph"
        );
    }

    // Every non-white-space char is in a sentence.
    let mut sentences = doc.sentences.iter().peekable();
    for (i, c) in text.char_indices() {
        if is_space(c) {
            continue;
        }
        while sentences.peek().is_some_and(|s| s.end <= i) {
            sentences.next();
        }
        prop_assert!(
            sentences.peek().is_some_and(|s| s.start <= i),
            "{c:?} at {i} is in no sentence"
        );
    }

    for m in &doc.mentions {
        check_span(text, m.span, "mention")?;
    }
    for q in &doc.quotes {
        check_span(text, q.content, "quote content")?;
        for span in [q.speaker, q.verb].into_iter().flatten() {
            check_span(text, span, "quote part")?;
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_string(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn news_like_text(text in news_like()) {
        check(&text)?;
    }

    #[test]
    fn sentences_iterator_matches_document(text in news_like()) {
        let annotator = Annotator::new();
        let doc = annotator.annotate(&text);
        let sentences: Vec<Span> = annotator.sentences(&text).collect();
        prop_assert_eq!(sentences, doc.sentences);
        let paragraphs: Vec<Span> = annotator.paragraphs(&text).collect();
        let spans: Vec<Span> = doc.paragraphs.iter().map(|p| p.span).collect();
        prop_assert_eq!(paragraphs, spans);
    }
}
