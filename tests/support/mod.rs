//! Shared by `tests/properties.rs` and the fuzz target in `fuzz/`: a
//! news-like text built from bytes, and the check of every documented
//! invariant of a [`Document`].
//!
//! The text generator is structure-aware: each input byte picks a piece of
//! news text (attributions, names, quote marks, apostrophes, abbreviations,
//! every line-break form, hostile Unicode), so that random input reaches
//! the attribution rules instead of stopping at the tokenizer.

#![allow(dead_code)] // each user takes what it needs

use byline::{Document, MentionId, Span};

/// The line breaks as the tests define them, independently of the crate.
pub const LINE_BREAKS: [char; 7] = [
    '\n', '\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}',
];

/// Every line-break form, as text: CRLF is one break.
pub const BREAK_FORMS: [&str; 8] = [
    "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
];

pub fn is_line_break(c: char) -> bool {
    LINE_BREAKS.contains(&c)
}

/// White space as the segmenter trims it.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}'
}

/// Pieces of news text that the bytes of an input pick from.
pub const PIECES: &[&str] = &[
    // attributions and speech
    "“We will not back down,” ",
    "said Jane Roe",
    ", a spokeswoman for the ministry. ",
    "\"It is over,\" he said. ",
    "Smith said: ",
    "“The plan is a disgrace.” ",
    "she told reporters",
    ", adding that ",
    "according to the Post",
    "“I don't know,” ",
    "Mr. Smith added",
    "He said ",
    " told Reuters on Monday",
    "In a statement, the ministry said:",
    "‘quoted’",
    " “strongly opposed” ",
    "called the plan “a disgrace”",
    "''We knew it,'' ",
    "said",
    "says",
    "told",
    "added",
    "asked",
    "wrote",
    "according to",
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "''",
    // names
    "Jane Roe",
    "Roe",
    "Michelle Bachelet",
    "Barack Obama",
    "Obama",
    "New York",
    "London",
    "United Nations",
    "the UN",
    "Reuters",
    "Acme Corp.",
    "Procter & Gamble",
    "Jean-Pierre van der Berg",
    "al-Assad",
    "O’Brien",
    "Jones'",
    "Jones’s",
    "don't",
    "rock'n'roll",
    "'90s",
    // abbreviations and numbers
    "Mr.",
    "Mrs.",
    "Dr.",
    "Gov.",
    "U.S.",
    "U.N.",
    "Jan.",
    "No. 5",
    "a.m.",
    "e.g.",
    "Ph.D.",
    "J. Doe",
    "3.14",
    "$100.00",
    "5",
    "2022",
    "50,000",
    // plain words
    "the",
    "He",
    "She",
    "we",
    "It",
    "plan",
    "government",
    "on Monday",
    " and ",
    " of ",
    " in ",
    "LONDON (Reuters) - ",
    "By Jane Roe",
    "HEADLINE IN CAPITALS",
    "Image: Getty",
    "https://x.example/a.b?c=d.",
    "a@b.co.",
    // punctuation
    ".",
    ". ",
    ",",
    ", ",
    ":",
    ";",
    "?",
    "!",
    "?!",
    "...",
    ". . . .",
    "…",
    "[...]",
    "(",
    ")",
    "—",
    " - ",
    "–",
    "1.",
    "2)",
    "a.",
    "•",
    "⁃",
    "&",
    // space and line breaks, every form
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "\u{A0}",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\r\r",
    "\u{0B}",
    "\u{0C}",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "\n\r",
    " \u{85} ",
    // hostile Unicode
    "\u{0}",
    "\u{7F}",
    "\u{84}",
    "\u{86}",
    "\u{FEFF}",
    "\u{200B}",
    "\u{200D}",
    "\u{202E}",
    "\u{301}",
    "😀",
    "👩‍👩‍👧",
    "שלום.",
    "مرحبا؟",
    "é",
    "É",
    "ß",
    "İ",
    "。",
    "東京",
    "\u{2027}",
    "\u{20A8}",
    "\u{C285}",
];

/// News-like text from `data`: each byte below `PIECES.len()` is a piece;
/// a byte 255 makes the next three bytes one arbitrary char; other bytes
/// wrap around into the pieces.
pub fn news_text(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len() * 6);
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        i += 1;
        if b == 255 {
            let mut raw = [0u8; 4];
            for (k, slot) in raw.iter_mut().take(3).enumerate() {
                *slot = data.get(i + k).copied().unwrap_or(0);
            }
            i += 3;
            if let Some(c) = char::from_u32(u32::from_le_bytes(raw) % 0x11_0000) {
                out.push(c);
            }
        } else {
            out.push_str(PIECES[b as usize % PIECES.len()]);
        }
    }
    out
}

/// `text` with every line break written as LF (CRLF as one LF).
pub fn to_lf(text: &str) -> String {
    text.replace("\r\n", "\n").replace(&LINE_BREAKS[1..], "\n")
}

/// Where a span breaks an invariant of the span contract.
fn span_ok(text: &str, span: Span, what: &str) -> Result<(), String> {
    if span.start > span.end || span.end > text.len() {
        return Err(format!("{what} {span:?} out of bounds"));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!("{what} {span:?} not on char boundaries"));
    }
    Ok(())
}

/// The index of the paragraph holding all of `span`, if one does.
fn paragraph_of(doc: &Document, span: Span) -> Option<usize> {
    let i = doc.paragraphs.partition_point(|p| p.span.end < span.end);
    doc.paragraphs
        .get(i)
        .filter(|p| p.span.start <= span.start && span.end <= p.span.end)
        .map(|_| i)
}

macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+));
        }
    };
}

/// Checks every documented invariant of `doc`, the annotation of `text`.
pub fn check(text: &str, doc: &Document) -> Result<(), String> {
    // Paragraphs: non-empty trimmed lines, in order, holding no line break.
    for (i, p) in doc.paragraphs.iter().map(|p| p.span).enumerate() {
        span_ok(text, p, "paragraph")?;
        let s = &text[p];
        ensure!(!s.is_empty(), "empty paragraph at {p:?}");
        ensure!(s.trim_matches(is_space) == s, "untrimmed paragraph {s:?}");
        ensure!(
            !s.contains(is_line_break),
            "paragraph crosses a line break {s:?}"
        );
        ensure!(
            i == 0 || doc.paragraphs[i - 1].span.end < p.start,
            "paragraphs out of order at {p:?}"
        );
    }
    // Every non-blank line is a paragraph.
    let lines = text
        .split(is_line_break)
        .filter(|l| !l.trim_matches(is_space).is_empty());
    ensure!(
        lines.count() == doc.paragraphs.len(),
        "{} paragraphs for the non-blank lines",
        doc.paragraphs.len()
    );

    // Sentences: non-empty, trimmed, in order, each inside one paragraph,
    // together covering every non-white-space char.
    let mut previous_end = 0;
    for &s in &doc.sentences {
        span_ok(text, s, "sentence")?;
        let t = &text[s];
        ensure!(!t.is_empty(), "empty sentence at {s:?}");
        ensure!(t.trim_matches(is_space) == t, "untrimmed sentence {t:?}");
        ensure!(
            s.start >= previous_end,
            "sentences overlap or are out of order at {s:?}"
        );
        previous_end = s.end;
        ensure!(
            paragraph_of(doc, s).is_some(),
            "sentence {t:?} is not inside one paragraph"
        );
    }
    let mut sentences = doc.sentences.iter().peekable();
    for (i, c) in text.char_indices() {
        if is_space(c) {
            continue;
        }
        while sentences.peek().is_some_and(|s| s.end <= i) {
            sentences.next();
        }
        ensure!(
            sentences.peek().is_some_and(|s| s.start <= i),
            "{c:?} at {i} is in no sentence"
        );
    }

    // Mentions: in text order, non-overlapping, never across a line break,
    // each listed by the entity it names, with that entity's kind.
    let mut previous_end = 0;
    for (k, m) in doc.mentions.iter().enumerate() {
        span_ok(text, m.span, "mention")?;
        let t = &text[m.span];
        ensure!(!t.is_empty(), "empty mention at {:?}", m.span);
        ensure!(
            !t.contains(is_line_break),
            "mention {t:?} crosses a line break"
        );
        ensure!(
            paragraph_of(doc, m.span).is_some(),
            "mention {t:?} is not inside one paragraph"
        );
        ensure!(
            m.span.start >= previous_end,
            "mentions overlap or are out of order at {t:?}"
        );
        previous_end = m.span.end;
        let Some(e) = doc.entities.get(m.entity.index()) else {
            return Err(format!(
                "mention {t:?} names entity {} of {}",
                m.entity,
                doc.entities.len()
            ));
        };
        ensure!(
            e.kind == m.kind,
            "mention {t:?} is {:?}, its entity {:?}",
            m.kind,
            e.kind
        );
        ensure!(
            e.mentions.contains(&MentionId::new(k)),
            "entity {:?} does not list mention {t:?}",
            e.name
        );
    }
    // Entities: `id` is the index; mentions in text order, each naming it.
    let mut listed = 0;
    for (i, e) in doc.entities.iter().enumerate() {
        ensure!(e.id.index() == i, "entity {i} has id {}", e.id);
        ensure!(!e.name.trim().is_empty(), "entity {i} has an empty name");
        ensure!(!e.mentions.is_empty(), "entity {:?} has no mention", e.name);
        ensure!(
            e.mentions.windows(2).all(|w| w[0] < w[1]),
            "mentions of {:?} out of order",
            e.name
        );
        for &m in &e.mentions {
            ensure!(
                doc.mentions
                    .get(m.index())
                    .is_some_and(|m| m.entity.index() == i),
                "entity {:?} lists mention {m}, which names another",
                e.name
            );
        }
        listed += e.mentions.len();
    }
    ensure!(
        listed == doc.mentions.len(),
        "{listed} mentions listed of {}",
        doc.mentions.len()
    );

    // Quotes: in text order; content inside one paragraph; speaker and verb
    // each inside one paragraph; the speaker's entity and name agree.
    for (k, q) in doc.quotes.iter().enumerate() {
        span_ok(text, q.content, "quote content")?;
        let c = &text[q.content];
        ensure!(
            paragraph_of(doc, q.content).is_some() || c.trim_matches(is_space).is_empty(),
            "quote content {c:?} is not inside one paragraph"
        );
        ensure!(
            !c.contains(is_line_break),
            "quote content {c:?} crosses a line break"
        );
        ensure!(
            k == 0 || doc.quotes[k - 1].content.start <= q.content.start,
            "quotes out of order at {c:?}"
        );
        for (span, what) in [(q.speaker, "speaker"), (q.verb, "verb")] {
            let Some(span) = span else { continue };
            span_ok(text, span, what)?;
            let t = &text[span];
            ensure!(
                paragraph_of(doc, span).is_some(),
                "quote {what} {t:?} is not inside one paragraph"
            );
        }
        match q.speaker_entity {
            Some(e) => {
                let Some(entity) = doc.entities.get(e.index()) else {
                    return Err(format!(
                        "quote {c:?} names entity {e} of {}",
                        doc.entities.len()
                    ));
                };
                ensure!(
                    q.speaker_name.as_deref() == Some(entity.name.as_str()),
                    "quote {c:?}: speaker_name {:?}, entity {:?}",
                    q.speaker_name,
                    entity.name
                );
            }
            None => ensure!(
                q.speaker_name.is_none(),
                "quote {c:?} has a name and no entity"
            ),
        }
        ensure!(
            !(q.follow_on && q.verb.is_some()),
            "follow-on quote {c:?} has a verb"
        );
    }
    Ok(())
}

/// What must not depend on how lines are broken: the annotations as texts
/// (line breaks inside them written as LF).
#[derive(Debug, PartialEq)]
pub struct Texts {
    pub paragraphs: Vec<String>,
    pub sentences: Vec<String>,
    pub mentions: Vec<(String, String, String)>,
    pub quotes: Vec<String>,
}

pub fn texts(text: &str, doc: &Document) -> Texts {
    let s = |span: Span| to_lf(&text[span]);
    Texts {
        paragraphs: doc.paragraphs.iter().map(|p| s(p.span)).collect(),
        sentences: doc.sentences.iter().map(|&p| s(p)).collect(),
        mentions: doc
            .mentions
            .iter()
            .map(|m| {
                (
                    s(m.span),
                    m.kind.to_string(),
                    doc.entities[m.entity].name.clone(),
                )
            })
            .collect(),
        quotes: doc
            .quotes
            .iter()
            .map(|q| {
                format!(
                    "{:?} {:?} {:?} {:?} {:?} {}",
                    s(q.content),
                    q.speaker.map(s),
                    q.verb.map(s),
                    q.speaker_name,
                    q.kind,
                    q.follow_on
                )
            })
            .collect(),
    }
}
