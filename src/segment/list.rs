//! Numbered, lettered and bulleted lists. A paragraph that starts with a
//! list marker ("1.", "1)", "1.)", "a.", "A)", "• 9.", "⁃") is split before each
//! later marker of the same style that continues the sequence ("2.", "b)",
//! the same bullet), even when no terminator ends the item before it. A
//! marker's own period never ends a sentence.

use memchr::memmem;

use super::chars::{char_at, char_before, is_bullet, is_space};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    None,
    Number(u32),
    Letter(u8),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marker {
    bullet: Option<char>,
    label: Label,
    /// ".", ")" or ".)" after the label; empty for a bare bullet.
    suffix: &'static str,
}

const SUFFIXES: [&str; 3] = [".)", ".", ")"];

/// The marker at `text[i..end]`, if any, and where it ends.
fn parse_marker(text: &str, mut i: usize, end: usize) -> Option<Marker> {
    let bytes = text.as_bytes();
    // Bullets are not ASCII: a paragraph starting with an ASCII byte other
    // than a digit or "a"/"A" (most do) starts no marker.
    match bytes.get(i) {
        Some(b'0'..=b'9' | b'a' | b'A') => {}
        Some(&b) if b < 0x80 => return None,
        _ => {}
    }
    let mut bullet = None;
    if let Some(c) = char_at(text, i).filter(|&c| is_bullet(c)) {
        bullet = Some(c);
        i += c.len_utf8();
        while i < end && bytes[i] == b' ' {
            i += 1;
        }
    }
    let digits = bytes[i..end]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let label = if (1..=3).contains(&digits) {
        let n = text[i..i + digits].parse().ok()?;
        i += digits;
        Label::Number(n)
    } else if digits == 0 && i < end && matches!(bytes[i], b'a' | b'A') {
        i += 1;
        Label::Letter(bytes[i - 1])
    } else if bullet.is_some() && i < end && bytes[i - 1] == b' ' {
        return Some(Marker {
            bullet,
            label: Label::None,
            suffix: "",
        });
    } else {
        return None;
    };
    let suffix = SUFFIXES
        .iter()
        .find(|s| text[i..end].starts_with(**s))
        .copied()?;
    // "A. B. Smith" is initials, not a list: capitals need "A)".
    if matches!(label, Label::Letter(b'A')) && suffix == "." {
        return None;
    }
    i += suffix.len();
    if !char_at(text, i).is_some_and(is_space) {
        return None;
    }
    Some(Marker {
        bullet,
        label,
        suffix,
    })
}

/// True when `s` (a sentence so far, up to a period) is only a list label:
/// "1", "12", "a", "iv", possibly after a bullet.
pub(crate) fn is_label(s: &str) -> bool {
    let s = s
        .trim_start_matches(|c: char| is_bullet(c) || is_space(c))
        .trim_end_matches(is_space);
    let b = s.as_bytes();
    match b.len() {
        1 => b[0].is_ascii_alphanumeric(),
        2 | 3 if b.iter().all(u8::is_ascii_digit) => true,
        2..=4 => {
            b.iter().all(|c| matches!(c, b'i' | b'v' | b'x'))
                || b.iter().all(|c| matches!(c, b'I' | b'V' | b'X'))
        }
        _ => false,
    }
}

/// Calls `f(start, end)` for each list item of the paragraph
/// `text[start..end]`, or once for the whole paragraph when it does not
/// start with a list marker.
pub(crate) fn for_each_item(text: &str, start: usize, end: usize, mut f: impl FnMut(usize, usize)) {
    let Some(marker) = parse_marker(text, start, end) else {
        f(start, end);
        return;
    };
    let mut item_start = start;
    let mut cursor = start + 1;
    let mut label = marker.label;
    loop {
        label = match label {
            Label::None => Label::None,
            Label::Number(n) => Label::Number(n + 1),
            Label::Letter(b) if b.is_ascii_alphabetic() && b != b'z' && b != b'Z' => {
                Label::Letter(b + 1)
            }
            Label::Letter(_) => break,
        };
        match find_next(text, cursor, end, marker, label) {
            Some((split, after)) => {
                f(item_start, split);
                item_start = split;
                cursor = after;
            }
            None => break,
        }
    }
    f(item_start, end);
}

/// The next marker like `marker` with `label` in `text[from..end]`
/// preceded by white space: where the item it starts begins, and where the
/// marker ends.
fn find_next(
    text: &str,
    from: usize,
    end: usize,
    marker: Marker,
    label: Label,
) -> Option<(usize, usize)> {
    let mut digits = [0u8; 10];
    let needle: &[u8] = match label {
        Label::None => {
            let c = marker.bullet?;
            c.encode_utf8(&mut digits).as_bytes()
        }
        Label::Number(n) => {
            let s = n.to_string();
            let len = s.len().min(digits.len());
            digits[..len].copy_from_slice(&s.as_bytes()[..len]);
            &digits[..len]
        }
        Label::Letter(b) => {
            digits[0] = b;
            &digits[..1]
        }
    };
    let finder = memmem::Finder::new(needle);
    let mut at = from;
    while let Some(off) = finder.find(&text.as_bytes()[at..end]) {
        let found = at + off;
        at = found + 1;
        if let Some(split) = starts_marker(text, found, end, marker, needle.len()) {
            let after = found + needle.len() + marker.suffix.len();
            return Some((split, after));
        }
    }
    None
}

/// Whether the label found at `at` is a marker like `marker`: right suffix
/// and a space after it, the bullet and a space before it. Returns where
/// the item begins (at the bullet, if any).
fn starts_marker(text: &str, at: usize, end: usize, marker: Marker, len: usize) -> Option<usize> {
    if !text.is_char_boundary(at) {
        return None;
    }
    let after = at + len;
    if !text[after..end].starts_with(marker.suffix) {
        return None;
    }
    let next = after + marker.suffix.len();
    if next >= end || !char_at(text, next).is_some_and(is_space) {
        return None;
    }
    let mut begin = at;
    if marker.label != Label::None {
        if let Some(bullet) = marker.bullet {
            let before = text[..begin].trim_end_matches(' ');
            if !before.ends_with(bullet) {
                return None;
            }
            begin = before.len() - bullet.len_utf8();
        }
    }
    char_before(text, begin).filter(|&c| is_space(c))?;
    Some(begin)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for_each_item(text, 0, text.len(), |s, e| out.push(text[s..e].trim()));
        out
    }

    #[test]
    fn one_row_per_phenomenon() {
        let cases: &[(&str, &[&str])] = &[
            ("No list here. 2. Yes", &["No list here. 2. Yes"]),
            ("1. One 2. Two", &["1. One", "2. Two"]),
            ("1) One 2) Two 3) Three", &["1) One", "2) Two", "3) Three"]),
            ("1.) One 2.) Two", &["1.) One", "2.) Two"]),
            ("1. One 3. skipped", &["1. One 3. skipped"]),
            ("1. One 12. Two 2. Two", &["1. One 12. Two", "2. Two"]),
            ("1. One 2) other style", &["1. One 2) other style"]),
            ("a. One b. Two c. Three", &["a. One", "b. Two", "c. Three"]),
            ("A) One B) Two", &["A) One", "B) Two"]),
            ("J. Smith K. Jones", &["J. Smith K. Jones"]),
            ("A. B. Smith met C. Jones", &["A. B. Smith met C. Jones"]),
            ("• 9. One • 10. Two", &["• 9. One", "• 10. Two"]),
            ("⁃9. One ⁃10. Two", &["⁃9. One", "⁃10. Two"]),
            ("• One • Two", &["• One", "• Two"]),
            ("•Tight", &["•Tight"]),
            ("2015. The year", &["2015. The year"]),
            ("Also 2. Two", &["Also 2. Two"]),
            ("", &[""]),
        ];
        for (text, want) in cases {
            assert_eq!(items(text), *want, "{text:?}");
        }
    }

    #[test]
    fn labels() {
        for s in ["1", "12", "a", "B", "iv", "• 9", "⁃9 ", "XII"] {
            assert!(is_label(s), "{s}");
        }
        for s in ["", "2015", "ab", "U.S", "Smith", "ivy"] {
            assert!(!is_label(s), "{s}");
        }
    }
}
