//! The decision: flags from phrases and page patterns, a prose score per
//! paragraph, the article as the best-scoring run, and a kind for the rest.

use std::collections::HashMap;

use super::features::{End, Line};
use super::phrases::{Hit, Hits, Place};
use crate::fnv::FnvBuildHasher;
use crate::{Paragraph, ParagraphKind};

/// Lines longer than this (in Latin-letter equivalents) are prose enough
/// that a phrase at their start says nothing.
const START_PHRASE_MAX_LEN: f32 = 120.0;
/// Lines longer than this are prose enough that an ordinary phrase inside
/// says nothing; legal and comment notices count at any length.
const ANYWHERE_PHRASE_MAX_LEN: f32 = 250.0;
/// What crossing a header of a section that follows articles ("Related
/// stories", "Comments") costs the run taken for the article: only much
/// more prose after it (an inline "Related" box mid-article) pays for it.
const SECTION_HEADER_COST: f32 = 15.0;
/// How far before the article the headline is looked for, in paragraphs.
const HEADLINE_WINDOW: usize = 40;
/// How far apart two copies of a caption stand, at most, in paragraphs.
const CAPTION_REPEAT_WINDOW: usize = 3;

/// The kind of every paragraph.
pub(super) fn kinds(
    text: &str,
    paragraphs: &[Paragraph],
    lines: &[Line],
    hits: &[Hits],
) -> Vec<ParagraphKind> {
    let n = paragraphs.len();
    let strs: Vec<&str> = paragraphs.iter().map(|p| &text[p.span]).collect();
    let mut flags: Vec<Option<ParagraphKind>> =
        (0..n).map(|i| phrase_flag(&lines[i], hits[i])).collect();
    flag_related_lists(lines, hits, &mut flags);
    let blocks = blocks(text, paragraphs);
    flag_repeats(&strs, &blocks, &mut flags);
    flag_author_boxes(&strs, lines, &mut flags);
    flag_comment_section(&strs, lines, &mut flags);

    let scores: Vec<f32> = (0..n)
        .map(|i| match flags[i] {
            Some(k) if is_section_header(k, hits[i]) => -SECTION_HEADER_COST,
            Some(_) => -(3.0 + lines[i].len / 10.0),
            None => prose_score(&lines[i], blocks[i]),
        })
        .collect();
    let (first, last) = best_run(&scores);
    let last = extend_over_table(lines, &blocks, &flags, last);

    let mut kinds = Vec::with_capacity(n);
    for i in 0..n {
        let kind = match flags[i] {
            Some(k) => k,
            None if (first..=last).contains(&i) => ParagraphKind::Body,
            None => outside_kind(&lines[i], i < first),
        };
        kinds.push(kind);
    }
    if let Some(h) = headline(&strs, &blocks, first) {
        kinds[h] = ParagraphKind::Body;
    }
    kinds
}

/// How much a paragraph looks like running prose: positive for sentences
/// full of function words, growing with length; negative for short lines
/// and word lists.
fn prose_score(l: &Line, block: Block) -> f32 {
    let furniture = -(3.0 + l.len / 10.0);
    if l.separators >= 2 || l.url {
        return furniture;
    }
    if (l.len < 40.0 && l.end != End::Stop) || l.words < 3 {
        return match block {
            // A short line standing alone between blank lines: a
            // subheading as often as a menu entry.
            Block::Alone => -1.0,
            Block::First | Block::Inner if l.digits > 0 && l.words >= 3 => -0.5,
            Block::First | Block::Inner => furniture,
        };
    }
    let shape = match l.end {
        End::Stop => 1.0,
        End::Colon => 0.6,
        End::Open => 0.3,
    };
    let score = l.len / 10.0 * shape * (0.5 + 3.0 * l.function_share()) - 3.0;
    match block {
        // A line of its own that is no sentence: a heading, a list entry
        // or a table row of the article as often as furniture.
        Block::Alone => score.max(-1.0),
        _ => score,
    }
}

/// The flag a phrase gives, if it stands where it counts for a line this
/// long.
fn phrase_flag(l: &Line, hits: Hits) -> Option<ParagraphKind> {
    let counts = |hit: &Hit| match hit.place {
        Place::Line => true,
        Place::Start => l.len <= START_PHRASE_MAX_LEN,
        Place::Anywhere => {
            l.len <= ANYWHERE_PHRASE_MAX_LEN
                || matches!(hit.kind, ParagraphKind::Legal | ParagraphKind::Comments)
        }
    };
    [hits.line, hits.anywhere]
        .into_iter()
        .flatten()
        .find(counts)
        .map(|h| h.kind)
}

/// A heading that opens a section of links or comments: a related or
/// comments phrase that is the line or starts it.
fn is_section_header(kind: ParagraphKind, hits: Hits) -> bool {
    matches!(kind, ParagraphKind::Related | ParagraphKind::Comments)
        && hits.line.is_some_and(|h| h.kind == kind)
}

/// A comment section: at least two comment headers (a short line ending in
/// "says:" or "wrote:", or a name, followed by a short line with a date or
/// time) flag everything from the first of them to the end of the page.
fn flag_comment_section(strs: &[&str], lines: &[Line], flags: &mut [Option<ParagraphKind>]) {
    let header = |i: usize| -> bool {
        let s = strs[i];
        let l = &lines[i];
        let next = match lines.get(i + 1) {
            Some(n) => n,
            None => return false,
        };
        let dated = next.digits >= 2 && next.len < 40.0 && next.end != End::Stop;
        let says = [
            "says:",
            "said:",
            "wrote:",
            "sagt:",
            "disse:",
            "berkata:",
            "пишет:",
        ]
        .iter()
        .any(|w| s.ends_with(w));
        says && l.words <= 8 && dated
    };
    let mut first = None;
    let mut count = 0;
    for i in 0..strs.len() {
        if header(i) {
            count += 1;
            first.get_or_insert(i);
        }
    }
    if let (Some(first), true) = (first, count >= 2) {
        for f in &mut flags[first..] {
            f.get_or_insert(ParagraphKind::Comments);
        }
    }
}

/// A "Related:" or "Read more:" header flags the link lines after it: up
/// to five lines without a sentence's end after a header ending in a colon,
/// one after a header without.
fn flag_related_lists(lines: &[Line], hits: &[Hits], flags: &mut [Option<ParagraphKind>]) {
    let mut i = 0;
    while i < lines.len() {
        let header = matches!(flags[i], Some(ParagraphKind::Related)) && hits[i].line.is_some();
        if !header {
            i += 1;
            continue;
        }
        let reach = if lines[i].end == End::Colon { 40 } else { 1 };
        let mut j = i + 1;
        while j < lines.len() && j <= i + reach && lines[j].end != End::Stop && flags[j].is_none() {
            flags[j] = Some(ParagraphKind::Related);
            j += 1;
        }
        i = j.max(i + 1);
    }
}

/// A line printed twice is furniture: a caption above and below a video,
/// a teaser repeating a headline, a link list repeated in the footer, a
/// copy of the article in the page's metadata. Two copies close together
/// (one may extend the other: "Caption" then "Caption – March 31") are a
/// caption. Short lines standing alone far apart are left alone: an
/// article may repeat its subheadings and steps (a recipe, a plan by week).
fn flag_repeats(strs: &[&str], blocks: &[Block], flags: &mut [Option<ParagraphKind>]) {
    let keys: Vec<&str> = strs
        .iter()
        .map(|s| s.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    // Keyed by length and a hash of the first bytes; a hit is compared.
    let mut seen: HashMap<(usize, u64), usize, FnvBuildHasher> = HashMap::default();
    for (i, k) in keys.iter().enumerate() {
        if k.bytes().filter(|&b| b == b' ').take(2).count() < 2 {
            continue; // fewer than three words
        }
        let key = (k.len(), prefix_hash(k.as_bytes()));
        if let Some(&j) = seen.get(&key).filter(|&&j| keys[j] == *k) {
            let kind = if i - j <= CAPTION_REPEAT_WINDOW {
                Some(ParagraphKind::Caption)
            } else if blocks[i] != Block::Alone || blocks[j] != Block::Alone || k.len() >= 100 {
                Some(ParagraphKind::Boilerplate)
            } else {
                None
            };
            if let Some(kind) = kind {
                flags[i].get_or_insert(kind);
                flags[j].get_or_insert(kind);
            }
        }
        seen.insert(key, i);
        // A copy extended by a date or credit just after.
        for j in i + 1..keys.len().min(i + 1 + CAPTION_REPEAT_WINDOW) {
            let other = &keys[j];
            if k.len() >= 20 && other.len() > k.len() && other.starts_with(k) {
                flags[i].get_or_insert(ParagraphKind::Caption);
                flags[j].get_or_insert(ParagraphKind::Caption);
            }
        }
    }
}

/// FNV-1a over the first 32 bytes.
fn prefix_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in &bytes[..bytes.len().min(32)] {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

/// An author box: a name on a line of its own, then a paragraph starting
/// with that name and a copula ("Jane Roe is a reporter …").
fn flag_author_boxes(strs: &[&str], lines: &[Line], flags: &mut [Option<ParagraphKind>]) {
    for i in 0..strs.len().saturating_sub(1) {
        let name = strs[i];
        let l = &lines[i];
        if l.words == 0 || l.words > 4 || l.capitalized != l.words || l.end == End::Stop {
            continue;
        }
        let Some(rest) = strs[i + 1].strip_prefix(name) else {
            continue;
        };
        let copula = [" is ", " was ", " ist ", " adalah ", " é ", " — ", " – "];
        if copula.iter().any(|c| rest.starts_with(c)) {
            flags[i].get_or_insert(ParagraphKind::Bio);
            flags[i + 1].get_or_insert(ParagraphKind::Bio);
        }
    }
}

/// Whether a paragraph is a block of its own (blank lines around it: an
/// HTML paragraph or heading) or one line of a block (a list item, a table
/// row, a menu entry, a `<br>` line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Block {
    /// Blank lines before and after.
    Alone,
    /// The first line of a block of several.
    First,
    /// A later line of a block of several.
    Inner,
}

/// The block shape of every paragraph, from the line breaks between them.
fn blocks(text: &str, paragraphs: &[Paragraph]) -> Vec<Block> {
    let n = paragraphs.len();
    // blank[i]: a blank line stands before paragraph i (or i is first).
    let mut blank = Vec::with_capacity(n + 1);
    let mut prev_end = 0;
    for (i, p) in paragraphs.iter().enumerate() {
        let gap = &text.as_bytes()[prev_end..p.span.start];
        blank.push(i == 0 || breaks(gap) >= 2);
        prev_end = p.span.end;
    }
    blank.push(true);
    (0..n)
        .map(|i| match (blank[i], blank[i + 1]) {
            (true, true) => Block::Alone,
            (true, false) => Block::First,
            (false, _) => Block::Inner,
        })
        .collect()
}

/// Line breaks in a gap between paragraphs (CRLF counts one).
fn breaks(gap: &[u8]) -> usize {
    let lf = memchr::memchr_iter(b'\n', gap).count();
    if lf > 0 {
        lf
    } else {
        memchr::memchr_iter(b'\r', gap).count()
    }
}

/// The run of paragraphs with the highest total score (the article), as
/// first and last index; the best single paragraph when every score is
/// negative.
fn best_run(scores: &[f32]) -> (usize, usize) {
    let mut best = (f32::NEG_INFINITY, 0, 0);
    let mut sum = 0.0;
    let mut start = 0;
    for (i, &s) in scores.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += s;
        if sum > best.0 {
            best = (sum, start, i);
        }
    }
    (best.1, best.2)
}

/// The kind of an unflagged paragraph outside the article: short lines
/// before it are navigation, lines without a sentence's end after it are
/// links to other stories.
fn outside_kind(l: &Line, before: bool) -> ParagraphKind {
    let short = l.len < 40.0 && l.end != End::Stop;
    if before && short {
        ParagraphKind::Navigation
    } else if !before && l.end != End::Stop && l.len < 150.0 {
        ParagraphKind::Related
    } else {
        ParagraphKind::Boilerplate
    }
}

/// The headline: the closest line before the article that repeats the
/// page title (the first line), whole or as its start or end (titles add
/// the site's name); failing that, the closest line standing alone there
/// that repeats an earlier line (a page without a title line prints the
/// headline in its header too). A line standing alone (a heading) is
/// preferred to a copy inside a block (breadcrumbs, recent stories).
fn headline(strs: &[&str], blocks: &[Block], first: usize) -> Option<usize> {
    let title = *strs.first()?;
    let from = first.saturating_sub(HEADLINE_WINDOW).max(1);
    let copies = (from..first).rev().filter(|&i| {
        let s = strs[i];
        s.len() >= 15 && (title.starts_with(s) || title.ends_with(s) || s == title)
    });
    let mut closest = None;
    for i in copies {
        if blocks[i] == Block::Alone {
            return Some(i);
        }
        closest.get_or_insert(i);
    }
    closest.or_else(|| {
        (from..first).rev().find(|&i| {
            blocks[i] == Block::Alone
                && strs[i].len() >= 15
                && strs[i.saturating_sub(HEADLINE_WINDOW)..i].contains(&strs[i])
        })
    })
}

/// A table or dated list closing the article ("Tour dates:" and a row per
/// date) scores as furniture line by line, but belongs to it: after the
/// article's last paragraph, an optional heading and then a block of at
/// least three unflagged lines, most of them holding digits, are taken in.
/// Returns the new last index.
fn extend_over_table(
    lines: &[Line],
    blocks: &[Block],
    flags: &[Option<ParagraphKind>],
    last: usize,
) -> usize {
    let mut start = last + 1;
    if start < lines.len() && blocks[start] == Block::Alone && flags[start].is_none() {
        start += 1; // the table's heading
    }
    if blocks.get(start) != Some(&Block::First) {
        return last;
    }
    let mut end = start;
    let mut with_digits = 0;
    while end < lines.len() && (end == start || blocks[end] == Block::Inner) && flags[end].is_none()
    {
        with_digits += usize::from(lines[end].digits > 0);
        end += 1;
    }
    let rows = end - start;
    if rows >= 3 && with_digits * 10 >= rows * 6 {
        end - 1
    } else {
        last
    }
}
