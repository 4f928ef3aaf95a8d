//! An acronym defined in brackets spells the name before it: "Joint
//! Committee on Vaccination and Immunisation (JCVI)", "Enforcement and
//! Removal Operations (ERO)", "National Union of Rail, Maritime and
//! Transport Workers (RMT)" are each one organization, however the name's
//! "and", commas and places cut it into runs. Spelled by lowercase words,
//! it is a term and no name: "buy now, pay later (BNPL)".

use super::*;

/// Letters of an acronym this rule reads: two to eight.
const MAX_LETTERS: usize = 8;

/// Capitalized words of the name that no letter stands for ("Workers" in
/// "Rail, Maritime and Transport Workers (RMT)"), at most.
const MAX_SKIPPED: usize = 2;

impl Rules<'_> {
    /// Makes one organization of each name whose words' initials spell the
    /// acronym in brackets after it, when the runs made it several
    /// candidates or a part of it only: those candidates give way to it.
    /// Candidates reaching before the name are left alone.
    pub(super) fn acronym_long_forms(&mut self, out: &mut Vec<Candidate>) {
        let n = self.toks.len();
        // (name start, bracket) of each name found, in text order
        let mut forms: Vec<(usize, usize)> = Vec::new();
        let mut terms: Vec<&[u8]> = Vec::new();
        // Brackets are rare: found in the text, then their tokens.
        let mut from = 0;
        for at in memchr::memchr_iter(b'(', self.text.as_bytes()) {
            let p = from + self.toks[from..].partition_point(|t| t.start < at);
            from = p;
            if p == 0 || p + 2 >= n || self.toks[p].start != at || self.bytes(p + 2) != b")" {
                continue;
            }
            let acronym = self.toks[p + 1];
            let before = self.toks[p - 1];
            if !acronym.is(ALLCAPS) || !acronym.is_word() || !before.is_word() {
                continue;
            }
            // (a head in lowercase may close the name: "the Rail,
            // Maritime and Transport union (RMT)")
            let head = before.is(LOWER) && self.has(p - 1, L_ORG_HEAD);
            if before.is(CAP) || head {
                if let Some(start) = self.spelled_name_start(p) {
                    forms.push((start, p));
                }
            } else if before.is(LOWER) && self.spelled_by_lowercase(p) {
                terms.push(self.bytes(p + 1));
            }
        }
        // An acronym spelled by lowercase words is a term, wherever it
        // stands in the text: "buy now, pay later (BNPL)", "personal
        // protective equipment (PPE)".
        if !terms.is_empty() {
            // (sorted: a text may define thousands, each candidate asks)
            terms.sort_unstable();
            terms.dedup();
            let text = self.text.as_bytes();
            out.retain(|c| terms.binary_search(&&text[c.start..c.end]).is_err());
        }
        if forms.is_empty() {
            return;
        }
        let old = std::mem::take(out);
        out.reserve(old.len());
        let mut form = forms.iter().peekable();
        let mut k = 0;
        while k < old.len() {
            let c = old[k];
            // the forms ending before this candidate are behind
            while form.peek().is_some_and(|&&(_, p)| p <= c.tok.0) {
                form.next();
            }
            let Some(&&(start, p)) = form.peek() else {
                out.push(c);
                k += 1;
                continue;
            };
            if c.tok.0 < start {
                if c.tok.1 > start {
                    form.next(); // a candidate reaching into the name
                }
                out.push(c);
                k += 1;
                continue;
            }
            // the candidates inside the name: replaced, unless one is the
            // whole name already
            let mut j = k;
            while j < old.len() && old[j].tok.1 <= p {
                j += 1;
            }
            if j == k + 1 && c.tok == (start, p) {
                out.push(c);
            } else {
                self.push(
                    start,
                    p,
                    EntityKind::Organization,
                    Strength::Rule,
                    None,
                    out,
                );
            }
            form.next();
            k = j.max(k + 1);
        }
    }

    /// The lowercase words before the bracket at token `p` spell the
    /// acronym inside it, each letter a word's initial, read backwards
    /// across connectors and commas that no letter stands for ("buy now,
    /// pay later (BNPL)", "environmental, social and governance (ESG)"),
    /// none of them an organization's head.
    fn spelled_by_lowercase(&mut self, p: usize) -> bool {
        let acronym = self.bytes(p + 1);
        if !(2..=MAX_LETTERS).contains(&acronym.len())
            || !acronym.iter().all(u8::is_ascii_uppercase)
        {
            return false;
        }
        let mut letters = acronym.len();
        let mut k = p;
        while letters > 0 && k > 0 && !self.toks[k].is(LINE_START) {
            k -= 1;
            let t = self.toks[k];
            let w = self.bytes(k);
            if t.is_word() && t.is(LOWER) && w[0].to_ascii_uppercase() == acronym[letters - 1] {
                // (an institution written in lowercase is still one: "its
                // national executive committee (NEC)", "a centre for
                // disease control (CDC)")
                if self.has(k, L_ORG_HEAD) {
                    return false;
                }
                letters -= 1;
            } else if !((t.is(LOWER) && (self.has(k, L_CONNECTOR) || matches!(w, b"and" | b"the")))
                || (w == b"," && k + 1 < p))
            {
                return false;
            }
        }
        letters == 0
    }

    /// The first token of the name before the bracket at token `p` whose
    /// words' initials spell the acronym inside it, read backwards: each
    /// letter the initial of a capitalized word, connectors ("and", "of",
    /// "on"), "the" and commas between them, at most [`MAX_SKIPPED`]
    /// capitalized words no letter stands for. An institution's head and
    /// "of" before it belong to the name too ("National Union of" before
    /// "Rail, Maritime and Transport Workers (RMT)").
    fn spelled_name_start(&mut self, p: usize) -> Option<usize> {
        let acronym = self.bytes(p + 1);
        if !(2..=MAX_LETTERS).contains(&acronym.len())
            || !acronym.iter().all(u8::is_ascii_uppercase)
        {
            return None;
        }
        let mut letters = acronym.len();
        let mut skipped = 0;
        let mut words = 0;
        let mut start = p;
        let mut k = p;
        while letters > 0 && k > 0 && !self.toks[k].is(LINE_START) {
            k -= 1;
            let t = self.toks[k];
            let w = self.bytes(k);
            if t.is_word() && t.is(CAP) && !t.is(ALLCAPS) {
                if w[0] == acronym[letters - 1] {
                    letters -= 1;
                    words += 1;
                    start = k;
                } else {
                    skipped += 1;
                    if skipped > MAX_SKIPPED || self.has(k, L_TITLE | L_ROLE) {
                        return None;
                    }
                }
            } else if k + 1 == p && t.is(LOWER) && self.has(k, L_ORG_HEAD) {
                // the lowercase head closing the name, no letter's
            } else if !((t.is(LOWER) && (self.has(k, L_CONNECTOR) || matches!(w, b"and" | b"the")))
                || (matches!(w, b"," | b"&") && k + 1 < p))
            {
                return None;
            }
        }
        // (a title's letters are an office, not an organization: "Chief
        // Administrative Officer (CAO)")
        if letters > 0 || words < 2 || self.has(start, L_TITLE | L_ROLE) {
            return None;
        }
        // "National Union of", "Office for": a head and "of" or "for"
        // before the spelled words, and the capitals before the head
        if start >= 2
            && matches!(self.bytes(start - 1), b"of" | b"for")
            && !self.toks[start - 1].is(LINE_START)
            && self.toks[start - 2].is(CAP)
            && self.has(start - 2, L_ORG_HEAD)
        {
            start -= 2;
            while start > 0
                && !self.toks[start].is(LINE_START)
                && self.toks[start - 1].is(CAP)
                && self.toks[start - 1].is_word()
                && !matches!(self.bytes(start - 1), b"The" | b"A" | b"An")
                && self.lex(start - 1) & (L_TITLE | L_ROLE | L_FIRST | L_NEVER) == 0
            {
                start -= 1;
            }
        }
        Some(start)
    }
}
