//! Web domains in the text name organizations ("globalnews.ca" is Global
//! News, "Interreviewed" is the company of interreviewed.com) and email
//! local parts name the writer ("hung@...").

use super::*;

/// How far (bytes) from an e-mail address a capitalized word spelled like
/// its local part is taken for the writer's name: about one author bio.
const WRITER_WINDOW: usize = 1000;

impl Rules<'_> {
    /// Web domains ("globalnews.ca", "hung@interreviewed.com") name
    /// organizations: a listed outlet whose squashed name is the label, and
    /// capitalized words equal to a label elsewhere in the text.
    pub(super) fn domains(&mut self, out: &mut Vec<Candidate>) {
        let n = self.toks.len();
        let mut labels: Vec<(usize, Option<usize>)> = Vec::new();
        let mut locals: Vec<usize> = Vec::new();
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
        for &(k, sense) in &labels {
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
        let label_set: Vec<String> = labels
            .iter()
            .map(|&(k, _)| self.word(k).to_ascii_lowercase())
            .collect();
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
            if label_set.contains(&lower) {
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
}
