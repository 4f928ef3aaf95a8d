//! Gazetteers: name lists with their kind, canonical name and aliases, and
//! the index that finds all of them in a text in one pass over its words.
//!
//! Matching is ASCII case-insensitive so that headlines in capitals
//! ("CHINA IN SURPRISE DEFEAT") match; every hit is then checked against the
//! case of the original text ([`case_fit`]). Neither the text nor the
//! names are lowercased or copied for it: the index is keyed by
//! fingerprints of the ASCII-case-folded names ([`super::fingerprint`]),
//! and the embedded names are borrowed from the `include_str!` data rather
//! than copied at build.
//!
//! Why not an automaton: an aho-corasick automaton over the ~100k listed
//! names and aliases (leftmost-longest, ASCII case-insensitive) took 1.3-2 s
//! to build and was the largest per-word cost of annotating (a 17 MB NFA,
//! one cache miss per byte walked). Names start and end on word boundaries,
//! so the index keys every listed name and every word-prefix of one; from
//! each capitalized word or number the matcher extends word by word while
//! the prefix is known and keeps the longest full name: leftmost-longest,
//! word-bounded, never overlapping, in a single left-to-right pass.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::fingerprint::{
    eq_ignore_ascii_case, fingerprint, fingerprint_of_span, FingerprintFilter, FingerprintTable,
};
use super::tokens::{token_ends, Token, CAP, DIGIT};
use crate::{BuildError, EntityKind};

/// Names and canonical forms: borrowed from the embedded lists (no copy
/// per name), owned when given at run time.
pub(crate) type Text = Cow<'static, str>;

/// `s.trim()`, without decoding characters when `s` starts and ends with
/// visible ASCII (nearly every listed name).
pub(crate) fn trim(s: &str) -> &str {
    match s.as_bytes() {
        [] => s,
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => s,
        [only] if only.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

fn trimmed(t: Text) -> Text {
    match t {
        Cow::Borrowed(s) => Cow::Borrowed(trim(s)),
        Cow::Owned(s) if s.trim().len() == s.len() => Cow::Owned(s),
        Cow::Owned(s) => Cow::Owned(s.trim().to_owned()),
    }
}

/// One name list entry: `name<TAB>kind<TAB>canonical<TAB>aliases` in a TSV
/// file, or built in code.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct GazetteerEntry {
    /// The name as it appears in text.
    pub name: String,
    /// What it names.
    pub kind: EntityKind,
    /// The canonical name mentions of it resolve to; `name` when empty.
    pub canonical: String,
    /// Other names of the same thing ("UN" for "United Nations").
    pub aliases: Vec<String>,
}

impl GazetteerEntry {
    /// An entry whose canonical name is `name`, without aliases.
    pub fn new(name: impl Into<String>, kind: EntityKind) -> GazetteerEntry {
        let name = name.into();
        GazetteerEntry {
            canonical: name.clone(),
            name,
            kind,
            aliases: Vec::new(),
        }
    }

    /// Adds an alias.
    #[must_use]
    pub fn alias(mut self, alias: impl Into<String>) -> GazetteerEntry {
        self.aliases.push(alias.into());
        self
    }

    /// Sets the canonical name that mentions of it resolve to.
    ///
    /// ```
    /// use byline::{Annotator, EntityKind, GazetteerEntry};
    ///
    /// let entry = GazetteerEntry::new("Zorb Co", EntityKind::Organization)
    ///     .canonical("Zorb Company Ltd");
    /// let annotator = Annotator::builder().gazetteer_entries([entry]).build().unwrap();
    /// let doc = annotator.annotate("Zorb Co shares rose.");
    /// assert_eq!(doc.entities[0].name, "Zorb Company Ltd");
    /// ```
    #[must_use]
    pub fn canonical(mut self, canonical: impl Into<String>) -> GazetteerEntry {
        self.canonical = canonical.into();
        self
    }
}

/// Parses gazetteer TSV, `name<TAB>kind<TAB>canonical<TAB>aliases`, naming
/// `source` and the line in errors. Blank lines and `#` comments are skipped.
pub(crate) fn parse_tsv(text: &str, source: &str) -> Result<Vec<GazetteerEntry>, BuildError> {
    let mut entries = Vec::new();
    // A byte-order mark (editors and Windows tools write one) starts the
    // file, not its first name.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let name = cols.next().unwrap_or("").trim();
        if name.is_empty() {
            return Err(BuildError::line(source, i + 1, "empty name"));
        }
        let kind_col = cols.next().unwrap_or("").trim();
        let kind = EntityKind::parse(kind_col).ok_or_else(|| {
            BuildError::line(
                source,
                i + 1,
                format!(
                    "unknown kind {kind_col:?} (expected person, organization, place or group)"
                ),
            )
        })?;
        let canonical = cols.next().unwrap_or("").trim();
        let aliases = split_aliases(cols.next().unwrap_or(""));
        if let Some(bad) = with_line_break(name, canonical, &aliases) {
            return Err(BuildError::line(source, i + 1, bad));
        }
        entries.push(GazetteerEntry {
            name: name.to_string(),
            kind,
            canonical: if canonical.is_empty() {
                name
            } else {
                canonical
            }
            .to_string(),
            aliases,
        });
    }
    Ok(entries)
}

/// What is wrong when a name, the canonical name or an alias holds a
/// [line break](crate::line_break): a name is matched inside one line, so a
/// mention of it would run across a line break, which no mention may.
fn with_line_break(name: &str, canonical: &str, aliases: &[String]) -> Option<String> {
    let breaks = |s: &str| s.contains(crate::line_break::is_line_break);
    if breaks(name) {
        Some(format!("name {name:?} holds a line break"))
    } else if breaks(canonical) {
        Some(format!(
            "canonical name {canonical:?} of {name:?} holds a line break"
        ))
    } else {
        aliases
            .iter()
            .find(|a| breaks(a))
            .map(|a| format!("alias {a:?} of {name:?} holds a line break"))
    }
}

fn split_aliases(col: &str) -> Vec<String> {
    aliases(Some(col)).map(String::from).collect()
}

/// The aliases of an `a|b|c` column, trimmed, blank ones skipped.
fn aliases(col: Option<&str>) -> impl Iterator<Item = &str> {
    let col = col.unwrap_or("");
    // most names have no aliases: no splitter for an empty column
    (!col.is_empty())
        .then(|| col.split('|').map(trim).filter(|a| !a.is_empty()))
        .into_iter()
        .flatten()
}

/// What one surface form may mean.
#[derive(Clone, Debug)]
pub(crate) struct Sense {
    pub kind: EntityKind,
    /// The surface form with its case as listed.
    pub surface: Text,
    pub canonical: Text,
    /// Inhabitants, for places (0 when unknown).
    pub population: u64,
    /// A country (national teams in sports stay places).
    pub country: bool,
}

/// A gazetteer hit in the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    /// Every sense of the pattern: `senses[first..first + count]`.
    pub first: usize,
    pub count: usize,
    /// First and one-past-last token of the name.
    pub tok: (usize, usize),
}

/// Where a key leads: the senses of the name it spells (`count` may be 0
/// for a prefix only) and whether longer names start with it.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    first: u32,
    count: u16,
    longer: bool,
}

/// The longest name any key may spell, in tokens.
const MAX_NAME_TOKENS: usize = 24;

/// All gazetteer names, indexed by name and word prefix, ignoring ASCII case.
#[derive(Clone, Debug, Default)]
pub(crate) struct Gazetteer {
    /// Fingerprint of a name or of a word prefix of one → slot.
    index: FingerprintTable<Slot>,
    /// Most spans of a text are in no list: the filter says so without a
    /// cache miss in the index.
    filter: FingerprintFilter,
    /// Some name starts with a digit ("3M"): numbers are worth a lookup.
    digit_starts: bool,
    pub senses: Vec<Sense>,
    /// Fingerprints of squashed lowercase organization names
    /// ("globalnews") → sense, for outlets named only by their web domain;
    /// built when first asked. No string is copied: a hit is checked
    /// against the squashed listed name.
    squashed: OnceLock<FingerprintTable<u32>>,
}

/// Collects senses before building. Each surface form (ignoring ASCII
/// case) is a group; its senses are chained in the order first added.
#[derive(Default)]
pub(crate) struct GazetteerBuilder {
    /// fingerprint of a surface → slot whose `first` is the index in
    /// `groups`; becomes the gazetteer's index when built
    by_surface: FingerprintTable<Slot>,
    /// (first, last) sense of each group, in the order first added
    groups: Vec<(u32, u32)>,
    senses: Vec<Sense>,
    /// the next sense of the same group (`NONE` at the end)
    next: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl GazetteerBuilder {
    pub(crate) fn add(&mut self, entry: &GazetteerEntry) -> Result<(), BuildError> {
        if entry.name.trim().is_empty() {
            return Err(BuildError::entry(format!(
                "empty name (canonical {:?})",
                entry.canonical
            )));
        }
        if let Some(bad) = with_line_break(&entry.name, &entry.canonical, &entry.aliases) {
            return Err(BuildError::entry(bad));
        }
        let canonical = if entry.canonical.trim().is_empty() {
            &entry.name
        } else {
            &entry.canonical
        };
        self.add_names(
            std::iter::once(&entry.name)
                .chain(&entry.aliases)
                .map(|n| Cow::Owned(n.clone())),
            Cow::Owned(canonical.clone()),
            entry.kind,
            0,
            false,
        );
        Ok(())
    }

    /// Makes room for about `names` more names.
    fn reserve(&mut self, names: usize) {
        // the embedded lists have about one alias for every three names
        self.by_surface.reserve(names + names / 2);
        self.groups.reserve(names);
        self.senses.reserve(names);
        self.next.reserve(names);
    }

    /// Adds `names` (a name and its aliases; blank ones are skipped) as
    /// senses of kind `kind` whose canonical name is `canonical`.
    pub(crate) fn add_names(
        &mut self,
        names: impl Iterator<Item = Text>,
        canonical: Text,
        kind: EntityKind,
        population: u64,
        country: bool,
    ) {
        let canonical = trimmed(canonical);
        for name in names {
            let name = trimmed(name);
            if name.is_empty() {
                continue;
            }
            let group = match self.by_surface.entry(fingerprint(name.as_bytes())) {
                (slot, false) => Some(slot.first as usize),
                (slot, true) => {
                    slot.first = self.groups.len() as u32;
                    self.groups.push((NONE, NONE));
                    None
                }
            };
            if let Some(g) = group {
                // One sense per kind and case; the first listed wins,
                // except that a bigger place wins over a smaller one.
                let mut at = self.groups[g].0;
                let mut last = NONE;
                let mut found = false;
                while at != NONE {
                    let s = &mut self.senses[at as usize];
                    if s.kind == kind && *s.surface == *name {
                        if kind == EntityKind::Place && population > s.population {
                            s.canonical = canonical.clone();
                            s.population = population;
                            s.country |= country;
                        }
                        found = true;
                        break;
                    }
                    last = at;
                    at = self.next[at as usize];
                }
                if found {
                    continue;
                }
                let new = self.senses.len() as u32;
                if last == NONE {
                    self.groups[g].0 = new;
                } else {
                    self.next[last as usize] = new;
                }
                self.groups[g].1 = new;
            } else {
                let new = self.senses.len() as u32;
                *self.groups.last_mut().expect("group just pushed") = (new, new);
            }
            self.senses.push(Sense {
                kind,
                surface: name,
                canonical: canonical.clone(),
                population,
                country,
            });
            self.next.push(NONE);
        }
    }

    /// The senses of each group, in order.
    fn chain(&self, group: usize) -> impl Iterator<Item = usize> + '_ {
        let mut at = self.groups[group].0;
        std::iter::from_fn(move || {
            (at != NONE).then(|| {
                let s = at as usize;
                at = self.next[s];
                s
            })
        })
    }

    /// Places named like a group of people ("Jamaica" / "Jamaicans",
    /// "Japan" / "Japanese") are countries or peoples' lands: in sports
    /// results they are national teams, which stay places.
    fn mark_countries(&mut self) {
        // lowercase group names and their prefixes of 4+ characters
        let mut prefixes: FingerprintTable<()> = FingerprintTable::default();
        let mut lower = String::new();
        for s in self.senses.iter().filter(|s| s.kind == EntityKind::Group) {
            lower.clear();
            lower.extend(s.surface.chars().flat_map(char::to_lowercase));
            for (i, _) in lower.char_indices().skip(4) {
                prefixes.entry(fingerprint(&lower.as_bytes()[..i]));
            }
            prefixes.entry(fingerprint(lower.as_bytes()));
        }
        if prefixes.is_empty() {
            return;
        }
        for g in 0..self.groups.len() {
            let first = &self.senses[self.groups[g].0 as usize];
            if first.surface.len() < 4 || first.surface.contains(' ') {
                continue;
            }
            if !self
                .chain(g)
                .any(|s| self.senses[s].kind == EntityKind::Place)
            {
                continue;
            }
            // the fingerprint folds ASCII case, as `make_ascii_lowercase`
            let key = &*first.surface;
            let chars = key.chars().count();
            let stem = key.char_indices().last().map_or("", |(i, _)| &key[..i]);
            let known = |s: &str| prefixes.get(fingerprint(s.as_bytes())).is_some();
            let demonym = known(key) || (chars >= 5 && known(stem));
            if demonym {
                let places: Vec<usize> = self
                    .chain(g)
                    .filter(|&s| self.senses[s].kind == EntityKind::Place)
                    .collect();
                for s in places {
                    self.senses[s].country = true;
                }
            }
        }
    }

    pub(crate) fn build(mut self) -> Result<Gazetteer, BuildError> {
        self.mark_countries();
        // Senses grouped by surface, each group in the order first added.
        let mut order = Vec::with_capacity(self.senses.len());
        let mut ranges = Vec::with_capacity(self.groups.len());
        for g in 0..self.groups.len() {
            let first = order.len() as u32;
            order.extend(self.chain(g));
            ranges.push((first, order.len() as u32 - first));
        }
        let mut slots: Vec<Option<Sense>> = self.senses.into_iter().map(Some).collect();
        let senses: Vec<Sense> = order
            .iter()
            .map(|&s| slots[s].take().expect("each sense in one group"))
            .collect();
        // Index every name (the surfaces, now pointing at their senses) and
        // each of its word prefixes.
        let mut prefixes: Vec<u64> = Vec::new();
        let mut ends = Vec::new();
        for &(first, count) in &ranges {
            let surface = senses[first as usize].surface.as_bytes();
            // where the spaces are, found in the same pass
            ends.clear();
            let mut plain = true; // letters and digits, single spaces
            let mut after_space = false;
            for (k, &b) in surface.iter().enumerate() {
                let space = b == b' ';
                if space {
                    ends.push(k);
                }
                plain &= crate::ascii::ALNUM[usize::from(b)] || (space && !after_space);
                after_space = space;
            }
            if plain && ends.is_empty() {
                continue; // one word: no prefix
            }
            if plain {
                // words of letters and digits, one token each whatever
                // their case: the prefixes of every sense of the group end
                // at the spaces, no tokenizer needed
                let spaces = ends.iter().take(MAX_NAME_TOKENS);
                prefixes.extend(spaces.map(|&space| fingerprint(&surface[..space])));
                continue;
            }
            // the tokenizer reads case ("London-based"): each spelling
            for sense in &senses[first as usize..(first + count) as usize] {
                let surface = &sense.surface;
                token_ends(surface, MAX_NAME_TOKENS, &mut ends);
                for &end in &ends {
                    if end < surface.len() && surface.is_char_boundary(end) {
                        prefixes.push(fingerprint(&surface.as_bytes()[..end]));
                    }
                }
            }
        }
        // Sized once for every key: the surfaces, now pointing at their
        // senses, and the word prefixes.
        let mut index: FingerprintTable<Slot> =
            FingerprintTable::with_capacity(self.by_surface.len() + prefixes.len());
        for (fp, slot) in self.by_surface.iter() {
            let (first, count) = ranges[slot.first as usize];
            let slot = index.entry(fp).0;
            slot.first = first;
            // more senses than this for one spelling would be a broken list
            slot.count = u16::try_from(count).unwrap_or(u16::MAX);
        }
        for fp in prefixes {
            index.entry(fp).0.longer = true;
        }
        let digit_starts = senses
            .iter()
            .any(|s| s.surface.starts_with(|c: char| c.is_ascii_digit()));
        Ok(Gazetteer {
            digit_starts,
            filter: FingerprintFilter::of(&index),
            index,
            senses,
            squashed: OnceLock::new(),
        })
    }
}

impl Gazetteer {
    /// The flags of the tokens that may start a listed name: capitalized
    /// words, and numbers when some names start with a digit ("3M"). The
    /// tokenizer collects them with their fingerprints
    /// ([`super::tokens::tokenize_names`]).
    pub(crate) fn start_flags(&self) -> u16 {
        if self.digit_starts {
            CAP | DIGIT
        } else {
            CAP
        }
    }

    /// The tokens that may start a listed name, with the fingerprints of
    /// their text, from the tokens: what the tokenizer collects.
    #[cfg(test)]
    pub(crate) fn name_starts(&self, text: &str, toks: &[Token], out: &mut Vec<(usize, u64)>) {
        out.clear();
        let starts = self.start_flags();
        for (i, t) in toks.iter().enumerate() {
            if t.is(starts) {
                out.push((i, fingerprint(&text.as_bytes()[t.start..t.end])));
            }
        }
    }

    /// The longest listed name starting at each of `starts` (from
    /// [`Gazetteer::name_starts`]) and ending on a token end, skipping
    /// starts inside an earlier hit, so hits never overlap. Case is not
    /// checked here.
    pub(crate) fn find(
        &self,
        text: &str,
        toks: &[Token],
        starts: &[(usize, u64)],
        probes: &mut Vec<(usize, u64)>,
        out: &mut Vec<Hit>,
    ) {
        out.clear();
        if self.index.is_empty() {
            return;
        }
        // The starts the filter lets through.
        self.filter.keep(starts, probes);
        // Their table slots read first in a loop of loads that depend on
        // nothing, so the processor overlaps the cache misses that the
        // lookups below would otherwise wait for one at a time.
        self.index.warm(probes.iter().map(|&(_, fp)| fp));
        let mut covered = 0;
        for &(i, fp) in probes.iter() {
            let t = toks[i];
            if t.start < covered {
                continue;
            }
            let Some(mut slot) = self.index.get(fp) else {
                continue;
            };
            let mut best = None;
            let mut j = i;
            loop {
                let span = &text.as_bytes()[t.start..toks[j].end];
                // a fingerprint is no proof: the listed name must be there
                if slot.count > 0
                    && eq_ignore_ascii_case(
                        self.senses[slot.first as usize].surface.as_bytes(),
                        span,
                    )
                {
                    best = Some((j, slot));
                }
                j += 1;
                if !slot.longer || j >= toks.len() || j - i >= MAX_NAME_TOKENS {
                    break;
                }
                let fp = fingerprint_of_span(text.as_bytes(), t.start, toks[j].end);
                match self.filter.may_contain(fp).then(|| self.index.get(fp)) {
                    Some(Some(longer)) => slot = longer,
                    _ => break,
                }
            }
            if let Some((j, slot)) = best {
                covered = toks[j].end;
                out.push(Hit {
                    start: t.start,
                    end: toks[j].end,
                    first: slot.first as usize,
                    count: slot.count as usize,
                    tok: (i, j + 1),
                });
            }
        }
    }

    /// An organization named by a squashed web domain label ("globalnews").
    pub(crate) fn by_domain(&self, label: &str) -> Option<usize> {
        let i = self
            .squashed
            .get_or_init(|| self.squash_organizations())
            .get(fingerprint(label.as_bytes()))? as usize;
        // a fingerprint is no proof: the listed name must squash to it
        let mut sq = Vec::new();
        squash(&self.senses[i].surface, &mut sq);
        (sq == label.as_bytes()).then_some(i)
    }

    /// The squashed organization names of several words, 6 bytes or more,
    /// each keyed to the first sense that squashes to it.
    fn squash_organizations(&self) -> FingerprintTable<u32> {
        let is_org = |s: &&Sense| s.kind == EntityKind::Organization;
        let mut squashed =
            FingerprintTable::with_capacity(self.senses.iter().filter(is_org).count());
        let mut sq = Vec::new();
        for (i, s) in self.senses.iter().enumerate() {
            if !is_org(&s) {
                continue;
            }
            let name = s.surface.as_bytes();
            if memchr::memchr(b' ', name).is_none() {
                continue;
            }
            let fp = if name.len() <= SHORT_NAME && name.is_ascii() {
                // most names: squashed on the stack, every byte written,
                // only letters and digits kept
                let mut buf = [0u8; SHORT_NAME];
                let mut n = 0;
                for &b in name {
                    let kept = SQUASHED[usize::from(b)];
                    buf[n % SHORT_NAME] = kept;
                    n += usize::from(kept != 0);
                }
                if n < 6 {
                    continue;
                }
                fingerprint(&buf[..n])
            } else {
                squash(&s.surface, &mut sq);
                if sq.len() < 6 {
                    continue;
                }
                fingerprint(&sq)
            };
            if let (slot, true) = squashed.entry(fp) {
                *slot = i as u32;
            }
        }
        squashed
    }
}

/// Names up to this long (bytes) are squashed on the stack.
const SHORT_NAME: usize = 128;

/// Each ASCII letter or digit lowercased; 0 for every other byte.
static SQUASHED: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// The letters and digits of `name`, lowercased, into `out`: the squashed
/// form a web domain spells ("Global News" → "globalnews").
fn squash(name: &str, out: &mut Vec<u8>) {
    out.clear();
    if name.is_ascii() {
        // every byte written, only letters and digits kept: no branch on
        // the byte
        out.resize(name.len(), 0);
        let mut n = 0;
        for &b in name.as_bytes() {
            out[n] = b | (u8::from(b.is_ascii_uppercase()) << 5);
            n += usize::from(crate::ascii::ALNUM[usize::from(b)]);
        }
        out.truncate(n);
        return;
    }
    let mut buf = [0; 4];
    for c in name.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase() as u8);
            }
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
}

/// How the case of `found` fits the listed `surface` (same letters ignoring
/// ASCII case).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CaseFit {
    /// Same case, or only lowercase connectors capitalized ("Of").
    Exact,
    /// The text is in capitals ("CHINA" for "China").
    Upper,
    /// One word written as a name of an acronym the list spells in
    /// capitals, as British papers write them ("Opec" for "OPEC", "Unesco"
    /// for "UNESCO"): four letters at least, so "Who" is not "WHO".
    Titled,
    /// A name of several words with its last word in lowercase, the rest
    /// as listed: Guardian style for an organization's head ("the Labour
    /// party", "the Conservative party" for "Labour Party").
    LowerLast,
    /// Anything else ("china", "Who" for "WHO").
    No,
}

pub(crate) fn case_fit(found: &str, surface: &str) -> CaseFit {
    if found == surface {
        return CaseFit::Exact;
    }
    let found_has_lower = found.chars().any(char::is_lowercase);
    let surface_has_lower = surface.chars().any(char::is_lowercase);
    if found_has_lower && !surface_has_lower && is_titled_acronym(found, surface) {
        return CaseFit::Titled;
    }
    if !found_has_lower {
        return if surface_has_lower {
            CaseFit::Upper
        } else {
            CaseFit::Exact
        };
    }
    // Word by word: capitals where the list has them; a listed lowercase
    // word may be capitalized ("Bank Of England", "The" vs "the").
    let mut fw = found.split(' ');
    let mut sw = surface.split(' ');
    loop {
        match (fw.next(), sw.next()) {
            (None, None) => return CaseFit::Exact,
            (Some(f), Some(s)) => {
                if f == s {
                    continue;
                }
                let s_first_lower = s.chars().next().is_some_and(char::is_lowercase);
                let f_rest = f.char_indices().nth(1).map_or("", |(i, _)| &f[i..]);
                let s_rest = s.char_indices().nth(1).map_or("", |(i, _)| &s[i..]);
                if s_first_lower && f_rest == s_rest {
                    continue;
                }
                // the last word only, lowercase where the list has a capital
                let f_first = f.chars().next();
                if f_first.is_some_and(char::is_lowercase)
                    && f_first.map(|c| c.to_ascii_uppercase()) == s.chars().next()
                    && f_rest == s_rest
                    && fw.next().is_none()
                    && sw.next().is_none()
                    && found.contains(' ')
                {
                    return CaseFit::LowerLast;
                }
                return CaseFit::No;
            }
            _ => return CaseFit::No,
        }
    }
}

/// True when `found` is `surface`, an acronym of four ASCII capitals or
/// more, written with its first letter alone in capitals ("Unesco").
fn is_titled_acronym(found: &str, surface: &str) -> bool {
    let (f, s) = (found.as_bytes(), surface.as_bytes());
    s.len() >= 4
        && f.len() == s.len()
        && s.iter().all(u8::is_ascii_uppercase)
        && f[0] == s[0]
        && f[1..]
            .iter()
            .zip(&s[1..])
            .all(|(a, b)| *a == b.to_ascii_lowercase())
}

/// The data lines of an embedded list: each line's trimmed name and its
/// remaining columns; comments, blank lines and lines without a name are
/// skipped (embedded data is lenient). One memchr pass finds the lines.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = (&str, Fields<'_>)> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .filter_map(move |end| {
            let line = text.get(start..end)?;
            start = end + 1;
            if line.starts_with('#') {
                return None;
            }
            let mut cols = Fields {
                rest: Some(line.strip_suffix('\r').unwrap_or(line)),
            };
            let name = trim(cols.next().unwrap_or(""));
            (!name.is_empty()).then_some((name, cols))
        })
}

/// The tab-separated columns of a line.
#[derive(Clone, Debug)]
pub(crate) struct Fields<'a> {
    rest: Option<&'a str>,
}

impl<'a> Iterator for Fields<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        // columns are short: a byte loop beats a searcher's setup
        match rest.bytes().position(|b| b == b'\t') {
            Some(tab) => {
                self.rest = Some(&rest[tab + 1..]);
                Some(&rest[..tab])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// A kind column of embedded data: the full names without a search, other
/// spellings through [`EntityKind::parse`].
fn kind_column(col: &str) -> Option<EntityKind> {
    match col {
        "person" => Some(EntityKind::Person),
        "organization" => Some(EntityKind::Organization),
        "place" => Some(EntityKind::Place),
        "group" => Some(EntityKind::Group),
        _ => EntityKind::parse(col),
    }
}

/// A canonical-name column, or `name` when it is missing or empty.
fn canonical_or<'a>(col: Option<&'a str>, name: &'a str) -> &'a str {
    match col.map(trim) {
        Some(c) if !c.is_empty() => c,
        _ => name,
    }
}

/// Reads the places file: `name<TAB>type<TAB>canonical<TAB>aliases<TAB>population`,
/// where `type` is `place` or a kind of place (`country`, `city`, ...).
/// Malformed lines of embedded data are skipped.
#[cfg_attr(not(feature = "embedded"), allow(dead_code))]
pub(crate) fn add_places(
    builder: &mut GazetteerBuilder,
    text: &'static str,
) -> Result<(), BuildError> {
    add_places_with(builder, text, Cow::Borrowed)
}

/// [`add_places`] for a file the builder was given: the names are copied.
pub(crate) fn add_places_owned(builder: &mut GazetteerBuilder, text: &str) {
    let _ = add_places_with(builder, text, |s: &str| Cow::Owned(s.to_string()));
}

fn add_places_with<'a>(
    builder: &mut GazetteerBuilder,
    text: &'a str,
    text_of: impl Fn(&'a str) -> Text + Copy,
) -> Result<(), BuildError> {
    builder.reserve(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    for (name, mut cols) in data_lines(text) {
        let kind_col = trim(cols.next().unwrap_or(""));
        let kind = kind_column(kind_col).unwrap_or(EntityKind::Place);
        let population = cols
            .clone()
            .nth(2)
            .unwrap_or("")
            .trim()
            .parse()
            .unwrap_or(0);
        // The lists name no place types; a big population stands in for
        // "country" (national teams stay places in sports results).
        let aliases_col = cols.clone().nth(1).unwrap_or("");
        let country = kind_col.eq_ignore_ascii_case("country")
            || population >= 4_000_000
            || (!aliases_col.is_empty()
                && [
                    "Republic",
                    "Kingdom",
                    "Principality",
                    "Duchy",
                    "Sultanate",
                    "Emirate",
                ]
                .iter()
                .any(|w| aliases_col.contains(w)));
        add_line(builder, name, cols, kind, population, country, text_of);
    }
    Ok(())
}

/// Adds a name of embedded data with the rest of its line: the canonical
/// column, then the aliases column.
fn add_line<'a>(
    builder: &mut GazetteerBuilder,
    name: &'a str,
    mut cols: Fields<'a>,
    kind: EntityKind,
    population: u64,
    country: bool,
    text_of: impl Fn(&'a str) -> Text + Copy,
) {
    let canonical = canonical_or(cols.next(), name);
    builder.add_names(
        std::iter::once(name)
            .chain(aliases(cols.next()))
            .map(text_of),
        text_of(canonical),
        kind,
        population,
        country,
    );
}

/// Reads an embedded `name<TAB>kind<TAB>canonical<TAB>aliases` file,
/// skipping malformed lines.
#[cfg_attr(not(feature = "embedded"), allow(dead_code))]
pub(crate) fn add_lenient(builder: &mut GazetteerBuilder, text: &'static str, default: EntityKind) {
    builder.reserve(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    for (name, mut cols) in data_lines(text) {
        let kind = kind_column(trim(cols.next().unwrap_or(""))).unwrap_or(default);
        add_line(builder, name, cols, kind, 0, false, Cow::Borrowed);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn parse_tsv_reads_columns_and_names_bad_lines() {
        let good = "# comment\nUnited Nations\torganization\t\tUN|U.N.\n\nAcme\torg\tAcme Corp\n";
        let e = parse_tsv(good, "x.tsv").unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].canonical, "United Nations");
        assert_eq!(e[0].aliases, ["UN", "U.N."]);
        assert_eq!(e[1].canonical, "Acme Corp");
        assert_eq!(e[1].kind, EntityKind::Organization);

        let err = parse_tsv("A\tplace\n\tperson\n", "bad.tsv").unwrap_err();
        assert_eq!(err.line_number(), Some(2));
        assert!(err.to_string().starts_with("bad.tsv:2:"), "{err}");
        let err = parse_tsv("A\tplanet\n", "k.tsv").unwrap_err();
        assert!(err.to_string().contains("k.tsv:1") && err.to_string().contains("planet"));
    }

    #[test]
    fn case_fit_table() {
        let table = [
            ("China", "China", CaseFit::Exact),
            ("CHINA", "China", CaseFit::Upper),
            ("china", "China", CaseFit::No),
            ("Who", "WHO", CaseFit::No),
            ("WHO", "WHO", CaseFit::Exact),
            ("Unesco", "UNESCO", CaseFit::Titled),
            ("UNesco", "UNESCO", CaseFit::No),
            ("Nasa", "NASA", CaseFit::Titled),
            ("Opec Fund", "OPEC Fund", CaseFit::No),
            ("Bank Of England", "Bank of England", CaseFit::Exact),
            ("bank of England", "Bank of England", CaseFit::No),
            ("Labour party", "Labour Party", CaseFit::LowerLast),
            ("labour Party", "Labour Party", CaseFit::No),
            ("Labour party group", "Labour Party Group", CaseFit::No),
        ];
        for (found, surface, fit) in table {
            assert_eq!(case_fit(found, surface), fit, "{found} / {surface}");
        }
    }

    #[test]
    fn finds_whole_words_longest_first() {
        let mut b = GazetteerBuilder::default();
        for (n, k) in [
            ("New York", EntityKind::Place),
            ("New York Times", EntityKind::Organization),
            ("York", EntityKind::Place),
        ] {
            b.add(&GazetteerEntry::new(n, k)).unwrap();
        }
        let g = b.build().unwrap();
        let mut hits = Vec::new();
        let text = "The New York Times in Yorkshire and NEW YORK, new york.";
        let mut toks = Vec::new();
        tokenize(text, &[], &mut toks);
        let mut starts = Vec::new();
        g.name_starts(text, &toks, &mut starts);
        g.find(text, &toks, &starts, &mut Vec::new(), &mut hits);
        let found: Vec<&str> = hits.iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(found, ["New York Times", "NEW YORK"]);

        // the tokenizer's name starts are those of the tokens
        let text = "Warner's 3M unit met UN staff in São Paulo. AT&T, Mr. J. Smith-Jones rose 5%.";
        for flags in [CAP, CAP | DIGIT] {
            let mut names = Vec::new();
            super::super::tokens::tokenize_names(text, &[0], flags, &mut toks, &mut names);
            let want: Vec<(usize, u64)> = toks
                .iter()
                .enumerate()
                .filter(|(_, t)| t.is(flags))
                .map(|(i, t)| (i, fingerprint(&text.as_bytes()[t.start..t.end])))
                .collect();
            assert_eq!(names, want, "{flags}");
        }
    }
}
