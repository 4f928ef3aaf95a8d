//! A light tokenizer for the short windows of text around a quote: words
//! (with the period of "Mr." and "U.S." kept) and punctuation. Tokens go into
//! a buffer the caller reuses; nothing is allocated per token.

use crate::ascii::ALNUM;
use crate::Span;

/// A word or a punctuation character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub span: Span,
    /// The first char for punctuation; `None` for a word.
    pub punct: Option<char>,
}

impl Tok {
    pub(crate) fn is_word(&self) -> bool {
        self.punct.is_none()
    }

    /// True for a period, question or exclamation mark.
    pub(crate) fn ends_sentence(&self) -> bool {
        matches!(self.punct, Some('.' | '!' | '?'))
    }

    pub(crate) fn is(&self, c: char) -> bool {
        self.punct == Some(c)
    }
}

/// True for a word that keeps its period and so does not end a sentence
/// (any case).
fn is_abbreviation(word: &str) -> bool {
    let mut buf = [0u8; 6];
    let Some(lower) = buf.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"adm"
            | b"atty"
            | b"capt"
            | b"cmdr"
            | b"co"
            | b"col"
            | b"corp"
            | b"det"
            | b"dr"
            | b"gen"
            | b"gov"
            | b"hon"
            | b"inc"
            | b"jr"
            | b"lt"
            | b"ltd"
            | b"maj"
            | b"mr"
            | b"mrs"
            | b"ms"
            | b"mt"
            | b"prof"
            | b"rep"
            | b"rev"
            | b"sen"
            | b"sgt"
            | b"sr"
            | b"st"
            | b"supt"
            | b"vs"
            | b"jan"
            | b"feb"
            | b"aug"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"messrs"
            | b"mme"
    )
}

/// True when the period after `word`, an abbreviation that ends a name
/// ("Inc.", "Corp.", "Jr."), ends the sentence too: an opening double
/// quote follows it (`said Bill Sullivan of Dean Witter Reynolds Inc.
/// “The economy …`), which no name goes on with. `rest` is the text after
/// the period.
fn ends_before_quote(word: &str, rest: &str) -> bool {
    let ends_name = matches!(
        word.as_bytes(),
        [b'i' | b'I', b'n' | b'N', b'c' | b'C']
            | [b'c' | b'C', b'o' | b'O']
            | [b'c' | b'C', b'o' | b'O', b'r' | b'R', b'p' | b'P']
            | [b'l' | b'L', b't' | b'T', b'd' | b'D']
            | [b'j' | b'J' | b's' | b'S', b'r' | b'R']
    );
    ends_name && {
        let next = rest.trim_start_matches(' ');
        next.len() < rest.len() && next.starts_with(['"', '“'])
    }
}

/// Appends the tokens of `text[window]` to `out` (after clearing it).
pub(crate) fn tokenize(text: &str, window: Span, out: &mut Vec<Tok>) {
    tokenize_until(text, window, out, &mut |_| false);
}

/// Like [`tokenize`], but stops at the first punctuation token for which
/// `stop` is true, leaving it out: true when it stopped so.
///
/// Tokens never cross white space, so the tokens of a window that starts
/// at white space are those of any longer window ending at the same place.
///
/// `stop` is a trait object so that [`tokenize`] and this share one copy
/// of the code: the attribution of each quote runs both, and their two
/// copies were the larger part of its code.
pub(crate) fn tokenize_until(
    text: &str,
    window: Span,
    out: &mut Vec<Tok>,
    stop: &mut dyn FnMut(&Tok) -> bool,
) -> bool {
    out.clear();
    let s = &text[window];
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        // Most characters between words are single spaces.
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        // Most words are ASCII letters and digits ending at a space: the
        // loop below would make the same token of them, asking more.
        if ALNUM[usize::from(bytes[i])] {
            let mut end = i + 1;
            while end < bytes.len() && ALNUM[usize::from(bytes[end])] {
                end += 1;
            }
            if end == bytes.len() || bytes[end] == b' ' {
                out.push(Tok {
                    span: Span {
                        start: window.start + i,
                        end: window.start + end,
                    },
                    punct: None,
                });
                i = end;
                continue;
            }
        }
        let (c, width) = char_at(s, i);
        // An ASCII letter or digit starts a word: no more to ask.
        if !ALNUM[usize::from(bytes[i])] {
            if c.is_whitespace() {
                i += width;
                continue;
            }
            if !c.is_alphanumeric() {
                let tok = Tok {
                    span: Span::new(window.start + i, window.start + i + width),
                    punct: Some(c),
                };
                if stop(&tok) {
                    return true;
                }
                out.push(tok);
                i += width;
                continue;
            }
        }
        let mut end = i + width;
        // Where the part after the last inner period starts ("U.S": 2).
        let mut last_part = None;
        loop {
            // The ASCII letters and digits of a word in a tight loop.
            while end < bytes.len() && ALNUM[usize::from(bytes[end])] {
                end += 1;
            }
            // Most words end at a space.
            if end >= bytes.len() || bytes[end] == b' ' {
                break;
            }
            let (d, width) = char_at(s, end);
            if d.is_alphanumeric() {
                end += width;
                continue;
            }
            let after = end + width;
            if matches!(d, '\'' | '’' | '-' | '.' | '&')
                && after < s.len()
                && char_at(s, after).0.is_alphanumeric()
            {
                if d == '.' {
                    last_part = Some(end + 1);
                }
                end = after;
                continue;
            }
            break;
        }
        // Keep the period of an abbreviation or an initial.
        if bytes.get(end) == Some(&b'.') {
            let word = &s[i..end];
            let mut chars = word.chars();
            let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
            // "U.S.", "Ph.D." keep their period; "Tchadinfos.com." ends a
            // sentence: the part after the last inner period is a domain's.
            let dotted = last_part.is_some_and(|p| s[p..end].chars().nth(2).is_none());
            if initial
                || dotted
                || (is_abbreviation(word)
                    && !ends_before_quote(word, &text[window.start + end + 1..]))
            {
                end += 1;
            }
        }
        out.push(Tok {
            span: Span::new(window.start + i, window.start + end),
            punct: None,
        });
        i = end;
    }
    false
}

/// The char at byte `i` of `s` (a char boundary) and its length: ASCII
/// without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b.is_ascii() {
        return (char::from(b), 1);
    }
    let c = s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
    (c, c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The abbreviations as first listed.
    const ABBREVIATIONS: &[&str] = &[
        "adm", "atty", "capt", "cmdr", "co", "col", "corp", "det", "dr", "gen", "gov", "hon",
        "inc", "jr", "lt", "ltd", "maj", "mr", "mrs", "ms", "mt", "prof", "rep", "rev", "sen",
        "sgt", "sr", "st", "supt", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
        "messrs", "mme",
    ];

    #[test]
    fn abbreviations_match_the_list() {
        let listed = |w: &str| ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w));
        let words = ABBREVIATIONS
            .iter()
            .flat_map(|a| {
                [
                    a.to_string(),
                    a.to_uppercase(),
                    format!("{a}x"),
                    a[1..].to_string(),
                ]
            })
            .chain(["", "Mr", "MESSRS", "messrsx", "Mé", "ß", "Dr\u{0}"].map(String::from));
        for w in words {
            assert_eq!(is_abbreviation(&w), listed(&w), "{w:?}");
        }
    }

    /// The tokenizer as first written, over `char_indices`.
    #[allow(clippy::while_let_on_iterator)]
    fn by_chars(
        text: &str,
        window: Span,
        out: &mut Vec<Tok>,
        mut stop: impl FnMut(&Tok) -> bool,
    ) -> bool {
        out.clear();
        let s = &text[window];
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            if !c.is_alphanumeric() {
                let tok = Tok {
                    span: Span::new(window.start + i, window.start + i + c.len_utf8()),
                    punct: Some(c),
                };
                if stop(&tok) {
                    return true;
                }
                out.push(tok);
                continue;
            }
            let mut end = i + c.len_utf8();
            // Where the part after the last inner period starts ("U.S": 2).
            let mut last_part = None;
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    it.next();
                    continue;
                }
                if matches!(d, '\'' | '’' | '-' | '.' | '&') {
                    let after = s[j + d.len_utf8()..].chars().next();
                    if after.is_some_and(char::is_alphanumeric) {
                        if d == '.' {
                            last_part = Some(j + 1);
                        }
                        end = j + d.len_utf8();
                        it.next();
                        continue;
                    }
                }
                break;
            }
            // Keep the period of an abbreviation or an initial.
            if let Some(&(j, '.')) = it.peek() {
                let word = &s[i..end];
                let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                // "U.S.", "Ph.D." keep their period; "Tchadinfos.com." ends a
                // sentence: the part after the last inner period is a domain's.
                let dotted = last_part.is_some_and(|p| s[p..end].chars().count() <= 2);
                let listed = ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
                if initial
                    || dotted
                    || (listed && !ends_before_quote(word, &text[window.start + j + 1..]))
                {
                    end = j + 1;
                    it.next();
                }
            }
            out.push(Tok {
                span: Span::new(window.start + i, window.start + end),
                punct: None,
            });
        }
        false
    }

    #[test]
    fn byte_steps_match_char_steps() {
        let texts = [
            "",
            "Mr. Smith of the U.S. said, “no.” It's J. Doe's. Ask Slate.com.",
            "rock'n'roll O’Brien AT&T well-known 3.14 e.g. Ph.D. U.S.A.",
            "Ünïcödé wörds, café. Éric said: «oui»… 東京 said 。 ok",
            "a.b.c. ab.cd. Tchadinfos.com. X. É. é. Ω.",
            "trailing ' and - and . and &",
            "Stop! Go? Now!",
            "\u{0B}\u{85}\u{A0}x\u{2003}y\u{200B}z",
            "Gen. Sgt. Messrs. mme. Sept. SEPT. vs.",
            "of Acme Inc. “We” Acme Corp. \"No\" Acme Co.“x” Roe Jr.  “Yes” Sr. x Ltd.",
            "1.2.3. 12.34.56. a1.b2. -- —dash— ‘quoted’",
        ];
        for text in texts {
            for window in crate::quote::every_window(text) {
                let (mut got, mut want) = (Vec::new(), Vec::new());
                let stop = |t: &Tok| t.is('!');
                let g = tokenize_until(text, window, &mut got, &mut { stop });
                let w = by_chars(text, window, &mut want, stop);
                assert_eq!((g, got), (w, want), "{text:?} {window:?}");
            }
        }
    }

    #[test]
    fn words_and_punctuation() {
        let text = "Mr. Smith of the U.S. said, “no.” It's J. Doe's. Ask Slate.com.";
        let mut toks = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut toks);
        let got: Vec<&str> = toks.iter().map(|t| &text[t.span]).collect();
        assert_eq!(
            got,
            [
                "Mr.",
                "Smith",
                "of",
                "the",
                "U.S.",
                "said",
                ",",
                "“",
                "no",
                ".",
                "”",
                "It's",
                "J.",
                "Doe's",
                ".",
                "Ask",
                "Slate.com",
                "."
            ]
        );
    }
}
