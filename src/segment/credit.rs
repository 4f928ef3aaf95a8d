//! Photo credits and captions pasted into running text: "… in Washington
//! D.C. Image: United States Navy." A capitalized credit label followed by a
//! colon ("Image:", "Photo:", "Credit:") starts a sentence of its own, even
//! when nothing ends the text before it.

use super::chars::{char_at, char_before, is_space};

const LABELS: &[&str] = &[
    "Caption",
    "Credit",
    "Image",
    "Images",
    "Photo",
    "Photograph",
    "Photos",
    "Picture",
    "Video",
];

/// For the colon at `colon`, where the credit label before it starts, when
/// it is one and text of the same sentence (from `sentence`) precedes it.
pub(crate) fn label_start(text: &str, sentence: usize, colon: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let letters = bytes[sentence..colon]
        .iter()
        .rev()
        .take(11)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let start = colon - letters;
    if letters < 5 || start <= sentence || !LABELS.contains(&&text[start..colon]) {
        return None;
    }
    if !char_before(text, start).is_some_and(is_space)
        || !char_at(text, colon + 1).is_some_and(is_space)
    {
        return None;
    }
    Some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_phenomenon() {
        let cases = [
            ("Held in Washington D.C. Image: Navy.", Some(24)),
            ("A tweet by NASA Photo: NASA.", Some(16)),
            ("Image: at the start.", None),
            ("The image: lower case.", None),
            ("See Photography: no.", None),
            ("Ratio Image:x", None),
            ("ends with Video:", None),
        ];
        for (text, want) in cases {
            let colon = text.find(':').unwrap();
            assert_eq!(label_start(text, 0, colon), want, "{text:?}");
        }
    }
}
