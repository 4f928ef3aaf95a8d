//! Web domains in the text name organizations ("globalnews.ca" is Global
//! News, "Interreviewed" is the company of interreviewed.com) and email
//! local parts name the writer ("hung@..."); a domain written as a name
//! ("told Polygraph.info", "shop on Booking.com") is that outlet itself.

use super::*;

/// How far (bytes) from an e-mail address a capitalized word spelled like
/// its local part is taken for the writer's name: about one author bio.
const WRITER_WINDOW: usize = 1000;

impl Rules<'_> {
    /// Web domains ("globalnews.ca", "hung@interreviewed.com") name
    /// organizations: a listed outlet whose squashed name is the label, and
    /// capitalized words equal to a label elsewhere in the text, and
    /// domains written as names, whole.
    pub(super) fn domains(&mut self, out: &mut Vec<Candidate>) {
        let n = self.toks.len();
        let mut labels: Vec<(usize, Option<usize>)> = Vec::new();
        let mut locals: Vec<usize> = Vec::new();
        // domains written as a name ("Polygraph.info"): label and end token
        let mut named: Vec<(usize, usize)> = Vec::new();
        let bytes = self.text.as_bytes();
        // Periods glued to a lowercase letter ("globalnews.ca") are rare:
        // find them in the text, then the tokens around each.
        for p in memchr::memchr_iter(b'.', bytes) {
            if !bytes.get(p + 1).is_some_and(u8::is_ascii_lowercase) {
                continue;
            }
            let d = self.toks.partition_point(|t| t.start < p);
            if d < 2 || d + 1 >= n {
                continue;
            }
            let k = d - 1;
            let t = self.toks[k];
            let dot = self.toks[d];
            if dot.start != p
                || dot.end != p + 1
                || self.toks[k + 2].start != dot.end
                || !t.is_word()
                || !self.toks[k + 2].is(LOWER)
            {
                continue;
            }
            if dot.start != t.end {
                continue;
            }
            let tld = self.word(k + 2);
            if !matches!(
                tld,
                "com"
                    | "ca"
                    | "org"
                    | "net"
                    | "co"
                    | "uk"
                    | "gov"
                    | "news"
                    | "info"
                    | "au"
                    | "de"
                    | "fr"
                    | "in"
            ) {
                continue;
            }
            let prev = self.word(k - 1);
            if !matches!(prev, "@" | "/" | "." | "www") {
                if let Some(end) = self.named_domain(k, tld) {
                    named.push((k, end));
                    labels.push((k, self.gaz.by_domain(self.lower.of(self.word(k)))));
                }
                continue;
            }
            if prev == "@" && k >= 2 && self.toks[k - 2].is_word() {
                locals.push(k - 2);
            }
            let label = self.lower.of(self.word(k));
            let sense = self.gaz.by_domain(label);
            labels.push((k, sense));
        }
        if labels.is_empty() {
            return;
        }
        out.sort_by_key(|c| c.start);
        let mut new = Vec::new();
        for &(k, end) in &named {
            self.name_domain(k, end, &labels, out, &mut new);
        }
        out.append(&mut new);
        for &(k, sense) in &labels {
            if named.iter().any(|&(n, _)| n == k) {
                continue;
            }
            if let Some(s) = sense {
                self.push(
                    k,
                    k + 1,
                    EntityKind::Organization,
                    Strength::Listed,
                    Some(s),
                    out,
                );
            }
        }
        // Capitalized words spelled like a domain label are that organization.
        // (a text names few domains: a list, searched in a fixed number of
        // steps, unlike a randomly seeded hash set)
        // (sorted: a page of links names many)
        let mut label_set: Vec<String> = labels
            .iter()
            .map(|&(k, _)| self.word(k).to_ascii_lowercase())
            .collect();
        label_set.sort_unstable();
        label_set.dedup();
        // An address's local part and where the address stands.
        let local_parts: Vec<(String, usize)> = locals
            .iter()
            .map(|&k| (self.word(k).to_ascii_lowercase(), self.toks[k].start))
            .collect();
        let mut lower = String::new();
        for c in out.iter_mut() {
            if c.tok.1 - c.tok.0 != 1 || c.strength == Strength::Listed {
                continue;
            }
            lower.clear();
            lower.push_str(&self.text[c.start..c.end]);
            lower.make_ascii_lowercase();
            if label_set.binary_search(&lower).is_ok() {
                c.kind = EntityKind::Organization;
                c.strength = Strength::Rule;
                c.namelike = false;
                c.style = false;
            } else if local_parts
                .iter()
                .any(|(local, at)| *local == lower && c.start.abs_diff(*at) <= WRITER_WINDOW)
            {
                // "Hung ... hung@example.com": the writer's name, in the
                // bio around the address, not a word anywhere in the story
                // ("Harbor Plan" in a headline, harbor@city.gov at the end)
                c.kind = EntityKind::Person;
                c.strength = Strength::Rule;
                c.namelike = true;
                c.style = false;
            }
        }
        out.sort_by_key(|c| c.start);
    }

    /// The end token of a domain written as a name, from its label `k`: a
    /// capitalized word with a lowercase letter, glued to nothing before it,
    /// then ".com", ".org", ".net", ".info" or ".co.uk" ("Polygraph.info",
    /// "Booking.com", "Preloved.co.uk"): how news names web outlets and shops.
    fn named_domain(&self, k: usize, tld: &str) -> Option<usize> {
        let t = self.toks[k];
        if !t.is(CAP)
            || self.toks[k - 1].end == t.start
            || !self.word(k).bytes().any(|b| b.is_ascii_lowercase())
        {
            return None;
        }
        let end = match tld {
            "com" | "org" | "net" | "info" => k + 3,
            "co" if self.toks.len() > k + 4
                && self.word(k + 3) == "."
                && self.word(k + 4) == "uk"
                && self.toks[k + 3].start == self.toks[k + 2].end
                && self.toks[k + 4].start == self.toks[k + 3].end =>
            {
                k + 5
            }
            _ => return None,
        };
        // glued on to more of an address ("Amazon.com/deals" still is one)
        let glued = self.toks.get(end).is_some_and(|n| {
            n.start == self.toks[end - 1].end && self.bytes(end) != b"/" && n.is_word()
        });
        (!glued).then_some(end)
    }

    /// The named domain of tokens `k..end` as an organization: the
    /// candidate of its label grows over it (`out`, sorted), or a new one
    /// goes to `new`; a listed name there stays.
    fn name_domain(
        &mut self,
        k: usize,
        end: usize,
        labels: &[(usize, Option<usize>)],
        out: &mut [Candidate],
        new: &mut Vec<Candidate>,
    ) {
        let (start, stop) = (self.toks[k].start, self.toks[end - 1].end);
        let at = out.partition_point(|c| c.end <= start);
        let found = out[at..]
            .iter()
            .position(|c| c.start < stop)
            .map(|p| at + p);
        if let Some(i) = found {
            let c = &mut out[i];
            if c.strength == Strength::Listed || c.tok.0 != k || c.tok.1 > end {
                return;
            }
            *c = Candidate {
                end: stop,
                tok: (k, end),
                kind: EntityKind::Organization,
                strength: Strength::Rule,
                namelike: false,
                fp: 0,
                ..take_kind(*c)
            };
            return;
        }
        let sense = labels.iter().find(|&&(l, _)| l == k).and_then(|&(_, s)| s);
        let strength = if sense.is_some() {
            Strength::Listed
        } else {
            Strength::Rule
        };
        self.push(k, end, EntityKind::Organization, strength, sense, new);
    }
}
