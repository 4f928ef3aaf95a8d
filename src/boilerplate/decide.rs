//! The decision: flags from phrases and page patterns, a prose score per
//! paragraph, the article as the best-scoring run, and a kind for the rest.

use super::features::{End, FunctionWords, Line};
use super::phrases::{is_notice, Hit, Hits, Place, ANYWHERE_PHRASE_MAX_LEN, START_PHRASE_MAX_LEN};
use crate::{Paragraph, ParagraphKind};

/// What crossing a header of a section that follows articles ("Related
/// stories", "Comments") costs the run taken for the article: only much
/// more prose after it (an inline "Related" box mid-article) pays for it.
const SECTION_HEADER_COST: f32 = 15.0;
/// How far before the article the headline is looked for, in paragraphs.
const HEADLINE_WINDOW: usize = 40;
/// How many bytes a caption's second copy adds at most (a date, a credit).
const CAPTION_EXTENSION_MAX: usize = 80;
/// How far apart two copies of a caption stand, at most, in paragraphs.
const CAPTION_REPEAT_WINDOW: usize = 3;

/// One paragraph as the rules see it: its text, its measures, the phrases
/// in it, its block shape and the flag the patterns give it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Row<'t> {
    /// The paragraph's text.
    pub(super) text: &'t str,
    /// Its measures.
    pub(super) line: Line,
    /// The phrases in it.
    pub(super) hits: Hits,
    /// Blank lines before and after it or not.
    pub(super) block: Block,
    /// The furniture a phrase or a page pattern says it is.
    pub(super) flag: Option<ParagraphKind>,
    /// Flagged as a copy of a line far away (and by nothing else).
    far_copy: bool,
    /// Where the line's text starts for comparing it with other lines
    /// (past leading marks and bullets).
    key_at: u32,
    /// The share of its words that are function words, once counted.
    share: Option<f32>,
}

impl<'t> Row<'t> {
    /// A paragraph measured, with the phrases found in it, before any
    /// pattern flags it; `blank_before` says whether a blank line (or the
    /// start of the text) stands before it, and [`kinds`] reads the block
    /// shapes from that.
    pub(super) fn new(text: &'t str, line: Line, hits: Hits, blank_before: bool) -> Row<'t> {
        Row {
            text,
            line,
            hits,
            block: if blank_before {
                Block::Alone
            } else {
                Block::Inner
            },
            flag: None,
            far_copy: false,
            key_at: 0,
            share: None,
        }
    }
}

/// Sets the kind of every paragraph (`rows[i]` is `paragraphs[i]`).
pub(super) fn kinds(
    rows: &mut [Row<'_>],
    paragraphs: &mut [Paragraph],
    function_words: &FunctionWords,
) {
    let n = rows.len();
    // A paragraph after a blank line is alone, or the first of a block
    // when the next follows it without one.
    for i in 0..n {
        if rows[i].block == Block::Alone && rows.get(i + 1).is_some_and(|r| r.block == Block::Inner)
        {
            rows[i].block = Block::First;
        }
    }
    for r in rows.iter_mut() {
        r.flag = phrase_flag(&r.line, r.hits);
    }
    flag_related_lists(rows);
    flag_repeats(rows);
    flag_author_boxes(rows);
    flag_comment_section(rows);

    let (first, last) = article(rows, function_words);
    let last = extend_over_table(rows, last);
    let (core_last, last) = (last, extend_over_plan(rows, last));

    for (i, (r, p)) in rows.iter().zip(paragraphs.iter_mut()).enumerate() {
        p.kind = match r.flag {
            // The copy of a far line that stands alone inside the article
            // is the article's (a pull quote or teaser elsewhere is the
            // copy): the copy in reading order; so is a copy closing a
            // plan taken in after the article (a session of a later day).
            Some(_)
                if r.far_copy
                    && r.block == Block::Alone
                    && first < i
                    && (i < last || last > core_last) =>
            {
                ParagraphKind::Body
            }
            Some(k) => k,
            None if (first..=last).contains(&i) => ParagraphKind::Body,
            None => outside_kind(&r.line, i < first),
        };
    }
    if let Some(h) = headline(rows, first) {
        paragraphs[h].kind = ParagraphKind::Body;
    }
}

/// The score of a paragraph: its prose score ([`prose_score`], with
/// `share` the share of its words that are function words) unless a flag
/// or an embedded post's signature sets it.
fn score(r: &Row<'_>, share: impl FnOnce() -> f32) -> f32 {
    match r.flag {
        Some(k) if is_section_header(k, r.hits) => -SECTION_HEADER_COST,
        Some(_) => -(3.0 + r.line.len / 10.0),
        None if is_post_signature(r.text) => 1.0,
        None => prose_score(&r.line, r.block, share),
    }
}

/// The article: the run of paragraphs with the highest total score, as
/// first and last index ([`best_run`]). A score grows with the share of
/// function words, and when every paragraph scores 1 or more the run is
/// all of them whatever their shares: so a paragraph's function words
/// (a lookup a word) are counted only when its score without them is
/// under 1, and all paragraphs' only when one scores under 1 with them.
fn article(rows: &mut [Row<'_>], function_words: &FunctionWords) -> (usize, usize) {
    // Scores of 1 or more summed in `f32` grow at every step while the sum
    // stays under 2^24, which a score per 10 chars of at most 3.5 keeps it
    // under for texts of less than 4 MB.
    let short = rows.iter().map(|r| r.text.len()).sum::<usize>() < 1 << 22;
    if short {
        let mut all = true;
        for r in rows.iter_mut() {
            if score(r, || 0.0) >= 1.0 {
                continue;
            }
            // Kept for the scores of the run, should one score under 1.
            let share = r.line.function_share(r.text, function_words);
            r.share = Some(share);
            if score(r, || share) < 1.0 {
                all = false;
                break;
            }
        }
        if all {
            return (0, rows.len() - 1);
        }
    }
    best_run(rows.iter().map(|r| {
        score(r, || {
            r.share
                .unwrap_or_else(|| r.line.function_share(r.text, function_words))
        })
    }))
}

/// The signature under a social-media post embedded in the article ("—
/// Jane Roe (@janeroe) May 4, 2024"): a dash, then a handle in brackets.
/// The post is part of the story, and so is its signature, short as it is.
fn is_post_signature(s: &str) -> bool {
    // Most paragraphs start with no dash: their first byte tells.
    if !matches!(s.as_bytes().first(), Some(b'-' | b' ' | 0xE2)) {
        return false;
    }
    let rest = s.trim_start_matches(['—', '–', '-', ' ']);
    rest.len() < s.len() && rest.len() < 120 && s.contains("(@")
}

/// How much a paragraph looks like running prose: positive for sentences
/// full of function words, growing with length; negative for short lines
/// and word lists.
fn prose_score(l: &Line, block: Block, share: impl FnOnce() -> f32) -> f32 {
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
    let score = l.len / 10.0 * shape * (0.5 + 3.0 * share()) - 3.0;
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
        Place::Anywhere => l.len <= ANYWHERE_PHRASE_MAX_LEN || is_notice(hit.kind),
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
fn flag_comment_section(rows: &mut [Row<'_>]) {
    let header = |i: usize| -> bool {
        let (l, next) = match (rows.get(i), rows.get(i + 1)) {
            (Some(r), Some(n)) => (&r.line, &n.line),
            _ => return false,
        };
        let dated = next.digits >= 2 && next.len < 40.0 && next.end != End::Stop;
        let s = rows[i].text;
        dated
            && l.words <= 8
            && l.end == End::Colon
            && [
                "says:",
                "said:",
                "wrote:",
                "sagt:",
                "disse:",
                "berkata:",
                "пишет:",
            ]
            .iter()
            .any(|w| s.ends_with(w))
    };
    let mut first = None;
    let mut count = 0;
    for i in 0..rows.len() {
        if header(i) {
            count += 1;
            first.get_or_insert(i);
        }
    }
    if let (Some(first), true) = (first, count >= 2) {
        for r in &mut rows[first..] {
            r.flag.get_or_insert(ParagraphKind::Comments);
        }
    }
}

/// A "Related:" or "Read more:" header flags the link lines after it: up
/// to five lines without a sentence's end after a header ending in a colon,
/// one after a header without.
fn flag_related_lists(rows: &mut [Row<'_>]) {
    let mut i = 0;
    while i < rows.len() {
        let header =
            matches!(rows[i].flag, Some(ParagraphKind::Related)) && rows[i].hits.line.is_some();
        if !header {
            i += 1;
            continue;
        }
        let reach = if rows[i].line.end == End::Colon {
            40
        } else {
            1
        };
        let mut j = i + 1;
        while j < rows.len()
            && j <= i + reach
            && rows[j].line.end != End::Stop
            && rows[j].flag.is_none()
        {
            rows[j].flag = Some(ParagraphKind::Related);
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
fn flag_repeats(rows: &mut [Row<'_>]) {
    // Where each line's key starts.
    for r in rows.iter_mut() {
        r.key_at = (r.text.len() - key(r.text).len()) as u32;
    }
    let three_words = |k: &str| k.bytes().filter(|&b| b == b' ').nth(1).is_some();
    // Lines of three words or more, sorted by length, a hash of their
    // first bytes and position: copies of a line stand next to each other.
    // On the stack for a page of a few dozen lines (most articles), a
    // vector for longer ones.
    let mut stack = [(0, 0, 0); 48];
    let mut heap = Vec::new();
    let buf: &mut [(usize, u64, usize)] = if rows.len() <= stack.len() {
        &mut stack
    } else {
        heap.resize(rows.len(), (0, 0, 0));
        &mut heap
    };
    let mut m = 0;
    for (i, r) in rows.iter().enumerate() {
        let k = key_of(r);
        if three_words(k) {
            buf[m] = (k.len(), prefix_hash(k.as_bytes()), i);
            m += 1;
        }
    }
    let keyed = &mut buf[..m];
    keyed.sort_unstable();
    for pair in keyed.windows(2) {
        let ((len, hash, j), (len2, hash2, i)) = (pair[0], pair[1]);
        if (len, hash) != (len2, hash2) || key_of(&rows[i]) != key_of(&rows[j]) {
            continue;
        }
        let kind = if i - j <= CAPTION_REPEAT_WINDOW {
            Some(ParagraphKind::Caption)
        } else if rows[i].block != Block::Alone || rows[j].block != Block::Alone || len >= 100 {
            Some(ParagraphKind::Boilerplate)
        } else {
            None
        };
        if let Some(kind) = kind {
            for k in [i, j] {
                if rows[k].flag.is_none() {
                    rows[k].flag = Some(kind);
                    rows[k].far_copy = kind == ParagraphKind::Boilerplate;
                }
            }
        }
    }
    // A copy extended by a date or credit just after: what a caption's
    // copy adds is a date or a credit, where a paragraph opening with a
    // subheading's words adds sentences.
    for &(len, _, i) in keyed.iter() {
        if len < 20 {
            continue;
        }
        for j in i + 1..rows.len().min(i + 1 + CAPTION_REPEAT_WINDOW) {
            let (k, other) = (key_of(&rows[i]), key_of(&rows[j]));
            let added = other.len().saturating_sub(len);
            if added > 0 && added <= CAPTION_EXTENSION_MAX && other.starts_with(k) {
                rows[i].flag.get_or_insert(ParagraphKind::Caption);
                rows[j].flag.get_or_insert(ParagraphKind::Caption);
            }
        }
    }
}

/// A row's text from where it is compared with other lines.
fn key_of<'t>(r: &Row<'t>) -> &'t str {
    &r.text[r.key_at as usize..]
}

/// A line as its copies are compared: from its first letter or digit on.
fn key(s: &str) -> &str {
    if s.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) {
        return s; // most lines start with a letter or digit
    }
    s.trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// A hash of the first 32 bytes (zeros past the end), read eight at a
/// time: lines of one length that share those bytes hash alike, as copies
/// do.
fn prefix_hash(bytes: &[u8]) -> u64 {
    let mut buf = [0u8; 32];
    let n = bytes.len().min(32);
    buf[..n].copy_from_slice(&bytes[..n]);
    buf.chunks_exact(8)
        .fold(0xcbf2_9ce4_8422_2325, |h: u64, chunk| {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            let h = (h ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            h ^ (h >> 29)
        })
}

/// An author box: a name on a line of its own, then a paragraph starting
/// with that name and a copula ("Jane Roe is a reporter …").
fn flag_author_boxes(rows: &mut [Row<'_>]) {
    for i in 0..rows.len().saturating_sub(1) {
        let name = rows[i].text;
        let l = &rows[i].line;
        if l.words == 0 || l.words > 4 || l.capitalized != l.words || l.end == End::Stop {
            continue;
        }
        let Some(rest) = rows[i + 1].text.strip_prefix(name) else {
            continue;
        };
        let copula = [" is ", " was ", " ist ", " adalah ", " é ", " — ", " – "];
        if copula.iter().any(|c| rest.starts_with(c)) {
            rows[i].flag.get_or_insert(ParagraphKind::Bio);
            rows[i + 1].flag.get_or_insert(ParagraphKind::Bio);
        }
    }
}

/// Whether a paragraph is a block of its own (blank lines around it: an
/// HTML paragraph or heading) or one line of a block (a list item, a table
/// row, a menu entry, a `<br>` line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Block {
    /// Blank lines before and after.
    Alone,
    /// The first line of a block of several.
    First,
    /// A later line of a block of several.
    Inner,
}

/// Line breaks in a gap between paragraphs (CRLF counts one).
pub(super) fn breaks(gap: &[u8]) -> usize {
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
fn best_run(scores: impl Iterator<Item = f32>) -> (usize, usize) {
    let mut best = (f32::NEG_INFINITY, 0, 0);
    let mut sum = 0.0;
    let mut start = 0;
    for (i, s) in scores.enumerate() {
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
/// the site's name); failing that, the closest heading there (a line
/// standing alone, no sentence) that keeps most of the title's words (a
/// headline reworded for the page's title); failing that, the closest
/// line standing alone there that repeats an earlier line (a page without
/// a title line prints the headline in its header too). A line standing alone (a heading) is
/// preferred to a copy inside a block (breadcrumbs, recent stories).
fn headline(rows: &[Row<'_>], first: usize) -> Option<usize> {
    let title = rows.first()?.text;
    let from = first.saturating_sub(HEADLINE_WINDOW).max(1);
    let copies = (from..first).rev().filter(|&i| {
        let s = rows[i].text;
        s.len() >= 15 && (title.starts_with(s) || title.ends_with(s) || s == title)
    });
    let mut closest = None;
    for i in copies {
        if rows[i].block == Block::Alone {
            return Some(i);
        }
        closest.get_or_insert(i);
    }
    closest
        .or_else(|| {
            // A headline reworded from the title keeps most of its words.
            (from..first).rev().find(|&i| {
                let r = &rows[i];
                r.block == Block::Alone
                    && r.flag.map_or(true, |k| k == ParagraphKind::Boilerplate)
                    && r.line.end != End::Stop
                    && r.text.len() >= 15
                    && shares_words(r.text, title)
            })
        })
        .or_else(|| {
            (from..first).rev().find(|&i| {
                rows[i].block == Block::Alone
                    && rows[i].text.len() >= 15
                    && rows[i.saturating_sub(HEADLINE_WINDOW)..i]
                        .iter()
                        .any(|r| r.text == rows[i].text)
            })
        })
}

/// The words of `s`, split at what is not a letter or digit.
fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// True when at least three words of `line`, and at least 60 % of them,
/// are words of `title` (ASCII case ignored).
fn shares_words(line: &str, title: &str) -> bool {
    let (line, title) = (words(line), words(title));
    let shared = line
        .iter()
        .filter(|w| title.iter().any(|t| t.eq_ignore_ascii_case(w)))
        .count();
    line.len() >= 3 && shared >= 3 && shared * 10 >= line.len() * 6
}

/// A table or dated list closing the article ("Tour dates:" and a row per
/// date) scores as furniture line by line, but belongs to it: after the
/// article's last paragraph, an optional heading and then a block of at
/// least three unflagged lines, most of them holding digits, are taken in.
/// Returns the new last index.
fn extend_over_table(rows: &[Row<'_>], last: usize) -> usize {
    let mut start = last + 1;
    if start < rows.len() && rows[start].block == Block::Alone && rows[start].flag.is_none() {
        start += 1; // the table's heading
    }
    if rows.get(start).map(|r| r.block) != Some(Block::First) {
        return last;
    }
    let mut end = start;
    let mut with_digits = 0;
    while end < rows.len()
        && (end == start || rows[end].block == Block::Inner)
        && rows[end].flag.is_none()
    {
        with_digits += usize::from(rows[end].line.digits > 0);
        end += 1;
    }
    let rows = end - start;
    if rows >= 3 && with_digits * 10 >= rows * 6 {
        end - 1
    } else {
        last
    }
}

/// Fewest lines of a plan closing the article ([`extend_over_plan`]).
const PLAN_MIN_LINES: usize = 8;

/// A plan or a list of steps closing the article (a meal plan by day, a
/// recipe's steps, a schedule): headings, short instructions and
/// amounts, each a block of its own, that score as furniture line by line
/// and may repeat from one day to the next. After the article's last
/// paragraph, a stretch of at least [`PLAN_MIN_LINES`] lines standing
/// alone, unflagged or flagged only as a far copy of another, where at
/// least two in five hold digits among three words or more (an amount, a
/// time: not a bare count or age under a link), is taken in. Returns the new last index.
fn extend_over_plan(rows: &[Row<'_>], last: usize) -> usize {
    let mut end = last + 1;
    let mut with_digits = 0;
    while end < rows.len()
        && rows[end].block == Block::Alone
        && (rows[end].flag.is_none() || rows[end].far_copy)
    {
        let l = &rows[end].line;
        with_digits += usize::from(l.digits > 0 && l.words >= 3);
        end += 1;
    }
    let lines = end - (last + 1);
    if lines >= PLAN_MIN_LINES && with_digits * 5 >= lines * 2 {
        end - 1
    } else {
        last
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boilerplate::features::EMBEDDED;

    /// The run as it is without shares kept on the rows: every score
    /// counted afresh.
    fn article_afresh(rows: &[Row<'_>], function_words: &FunctionWords) -> (usize, usize) {
        let scores: Vec<f32> = rows
            .iter()
            .map(|r| score(r, || r.line.function_share(r.text, function_words)))
            .collect();
        if scores.iter().all(|&s| s >= 1.0) {
            return (0, rows.len() - 1);
        }
        best_run(scores.into_iter())
    }

    #[test]
    fn kept_shares_give_the_run_counted_afresh() {
        let function_words = FunctionWords::parse(EMBEDDED);
        let lines = [
            "Home",
            "The council voted on Tuesday to build the new terminal on the east quay, which ends a long dispute.",
            "Ferry terminal approved",
            "Council Harbour Quay Terminal Ferry Ticket Office Opening Hours Timetable Parking Map",
            "Work on the quay is to start in the spring, and the first ferries are expected before the end of next year.",
            "Share on Facebook",
            "A list of things: ferries, quays, terminals, tickets and the timetable of the summer",
        ];
        // Every window of the lines, blocks alone and inner.
        for from in 0..lines.len() {
            for to in from + 1..=lines.len() {
                for alone in [true, false] {
                    let mut rows: Vec<Row<'_>> = lines[from..to]
                        .iter()
                        .map(|s| Row::new(s, Line::measure(s), Hits::default(), alone))
                        .collect();
                    let expected = article_afresh(&rows, &function_words);
                    assert_eq!(article(&mut rows, &function_words), expected);
                }
            }
        }
    }
}
