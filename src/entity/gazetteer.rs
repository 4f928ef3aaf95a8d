//! Gazetteers: name lists with their kind, canonical name and aliases, and
//! the index that finds all of them in a text in one pass over its words.
//!
//! Matching is ASCII case-insensitive so that headlines in capitals
//! ("CHINA IN SURPRISE DEFEAT") match; every hit is then checked against the
//! case of the original text ([`case_fit`]), which is never lowercased or
//! copied: only lookup keys are.
//!
//! Why not an automaton: an aho-corasick automaton over the ~100k listed
//! names and aliases (leftmost-longest, ASCII case-insensitive) took 1.3-2 s
//! to build and was the largest per-word cost of annotating (a 17 MB NFA,
//! one cache miss per byte walked). Names start and end on word boundaries,
//! so the index keys every listed name and every word-prefix of one; from
//! each capitalized word or number the matcher extends word by word while
//! the prefix is known and keeps the longest full name: leftmost-longest,
//! word-bounded, never overlapping, in a single left-to-right pass.

use super::tokens::{tokenize, Token, CAP, DIGIT};
use super::words::{name_key, FastMap};
use crate::{BuildError, EntityKind};

/// One name list entry: `name<TAB>kind<TAB>canonical<TAB>aliases` in a TSV
/// file, or built in code.
#[derive(Clone, Debug, PartialEq, Eq)]
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
    pub fn alias(mut self, alias: impl Into<String>) -> GazetteerEntry {
        self.aliases.push(alias.into());
        self
    }
}

/// Parses gazetteer TSV, `name<TAB>kind<TAB>canonical<TAB>aliases`, naming
/// `source` and the line in errors. Blank lines and `#` comments are skipped.
pub(crate) fn parse_tsv(text: &str, source: &str) -> Result<Vec<GazetteerEntry>, BuildError> {
    let mut entries = Vec::new();
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

fn split_aliases(col: &str) -> Vec<String> {
    col.split('|')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(String::from)
        .collect()
}

/// What one surface form may mean.
#[derive(Clone, Debug)]
pub(crate) struct Sense {
    pub kind: EntityKind,
    /// The surface form with its case as listed.
    pub surface: Box<str>,
    pub canonical: Box<str>,
    /// The canonical name's key ([`name_key`]), which entities group by.
    pub key: Box<str>,
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
}

/// Where a key leads: the senses of the name it spells (`count` may be 0
/// for a prefix only) and whether longer names start with it.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    first: u32,
    count: u32,
    longer: bool,
}

/// The longest name any key may spell, in tokens.
const MAX_NAME_TOKENS: usize = 24;

/// All gazetteer names, indexed by lowercase key and word prefix.
#[derive(Clone, Debug, Default)]
pub(crate) struct Gazetteer {
    /// ASCII-lowercase name or word prefix of a name → slot.
    index: FastMap<Box<str>, Slot>,
    /// Some name starts with a digit ("3M"): numbers are worth a lookup.
    digit_starts: bool,
    pub senses: Vec<Sense>,
    /// Squashed lowercase organization names ("globalnews") → sense, for
    /// outlets named only by their web domain.
    squashed: FastMap<Box<str>, usize>,
}

/// Collects senses before building.
#[derive(Default)]
pub(crate) struct GazetteerBuilder {
    /// lowercase surface → index in `groups`
    by_surface: FastMap<String, u32>,
    /// (lowercase surface, its senses) in the order first added
    groups: Vec<(String, Vec<Sense>)>,
}

impl GazetteerBuilder {
    pub(crate) fn add(&mut self, entry: &GazetteerEntry) -> Result<(), BuildError> {
        self.add_with(entry, 0, false)
    }

    pub(crate) fn add_with(
        &mut self,
        entry: &GazetteerEntry,
        population: u64,
        country: bool,
    ) -> Result<(), BuildError> {
        if entry.name.trim().is_empty() {
            return Err(BuildError::entry(format!(
                "empty name (canonical {:?})",
                entry.canonical
            )));
        }
        let canonical = if entry.canonical.trim().is_empty() {
            entry.name.trim()
        } else {
            entry.canonical.trim()
        };
        for name in std::iter::once(&entry.name).chain(&entry.aliases) {
            let name = name.trim();
            if name.is_empty() {
                continue;
            }
            let key = name.to_ascii_lowercase();
            let at = match self.by_surface.get(&key) {
                Some(&at) => at as usize,
                None => {
                    self.by_surface
                        .insert(key.clone(), self.groups.len() as u32);
                    self.groups.push((key, Vec::new()));
                    self.groups.len() - 1
                }
            };
            let senses = &mut self.groups[at].1;
            // One sense per kind and case; the first listed wins, except
            // that a bigger place wins over a smaller one.
            if let Some(s) = senses
                .iter_mut()
                .find(|s| s.kind == entry.kind && &*s.surface == name)
            {
                if entry.kind == EntityKind::Place && population > s.population {
                    s.canonical = canonical.into();
                    let mut key = String::new();
                    name_key(canonical, &mut key);
                    s.key = key.into();
                    s.population = population;
                    s.country |= country;
                }
                continue;
            }
            let mut key = String::new();
            name_key(canonical, &mut key);
            senses.push(Sense {
                kind: entry.kind,
                surface: name.into(),
                canonical: canonical.into(),
                key: key.into(),
                population,
                country,
            });
        }
        Ok(())
    }

    /// Places named like a group of people ("Jamaica" / "Jamaicans",
    /// "Japan" / "Japanese") are countries or peoples' lands: in sports
    /// results they are national teams, which stay places.
    fn mark_countries(&mut self) {
        let mut prefixes: std::collections::HashSet<String> = std::collections::HashSet::new();
        for (_, senses) in &self.groups {
            for s in senses.iter().filter(|s| s.kind == EntityKind::Group) {
                let lower = s.surface.to_lowercase();
                for (i, _) in lower.char_indices().skip(4) {
                    prefixes.insert(lower[..i].to_string());
                }
                prefixes.insert(lower);
            }
        }
        if prefixes.is_empty() {
            return;
        }
        for (key, senses) in self.groups.iter_mut() {
            if key.len() < 4
                || !senses.iter().any(|s| s.kind == EntityKind::Place)
                || key.contains(' ')
            {
                continue;
            }
            let chars = key.chars().count();
            let stem = key.char_indices().last().map_or("", |(i, _)| &key[..i]);
            let demonym =
                prefixes.contains(key.as_str()) || (chars >= 5 && prefixes.contains(stem));
            if demonym {
                for s in senses.iter_mut().filter(|s| s.kind == EntityKind::Place) {
                    s.country = true;
                }
            }
        }
    }

    pub(crate) fn build(mut self) -> Result<Gazetteer, BuildError> {
        self.mark_countries();
        drop(self.by_surface);
        let mut patterns: Vec<String> = Vec::with_capacity(self.groups.len());
        let mut ranges = Vec::with_capacity(self.groups.len());
        let mut senses = Vec::with_capacity(self.groups.len() + self.groups.len() / 8);
        let mut squashed = FastMap::default();
        for (key, list) in self.groups {
            let first = senses.len() as u32;
            for s in list {
                if s.kind == EntityKind::Organization && s.surface.contains(' ') {
                    let mut sq = String::with_capacity(s.surface.len());
                    for c in s.surface.chars().filter(|c| c.is_alphanumeric()) {
                        if c.is_ascii() {
                            sq.push(c.to_ascii_lowercase());
                        } else {
                            sq.extend(c.to_lowercase());
                        }
                    }
                    if sq.len() >= 6 {
                        squashed.entry(sq.into_boxed_str()).or_insert(senses.len());
                    }
                }
                senses.push(s);
            }
            ranges.push((first, senses.len() as u32 - first));
            patterns.push(key);
        }
        // Index every name and each of its word prefixes.
        let mut index: FastMap<Box<str>, Slot> = FastMap::default();
        index.reserve(patterns.len() * 2);
        let mut toks = Vec::new();
        for (key, &(first, count)) in patterns.iter().zip(&ranges) {
            let slot = index.entry(key.as_str().into()).or_default();
            slot.first = first;
            slot.count = count;
            for sense in &senses[first as usize..(first + count) as usize] {
                if sense.surface.len() != key.len() {
                    continue;
                }
                tokenize(&sense.surface, &[], &mut toks);
                for t in toks.iter().take(MAX_NAME_TOKENS) {
                    if t.end < key.len() && key.is_char_boundary(t.end) {
                        index.entry(key[..t.end].into()).or_default().longer = true;
                    }
                }
            }
        }
        let digit_starts = index
            .keys()
            .any(|k| k.starts_with(|c: char| c.is_ascii_digit()));
        Ok(Gazetteer {
            digit_starts,
            index,
            senses,
            squashed,
        })
    }
}

impl Gazetteer {
    /// The longest listed name starting at each capitalized word or number
    /// of `toks` and ending on a token end, skipping starts inside an
    /// earlier hit, so hits never overlap. Case is not checked here.
    pub(crate) fn find(&self, text: &str, toks: &[Token], key: &mut String, out: &mut Vec<Hit>) {
        out.clear();
        if self.index.is_empty() {
            return;
        }
        let mut covered = 0;
        for (i, t) in toks.iter().enumerate() {
            if t.start < covered || !(t.is(CAP) || (self.digit_starts && t.is(DIGIT))) {
                continue;
            }
            key.clear();
            let mut from = t.start;
            let mut best = None;
            for (j, u) in toks.iter().enumerate().skip(i).take(MAX_NAME_TOKENS) {
                let at = key.len();
                key.push_str(&text[from..u.end]);
                key[at..].make_ascii_lowercase();
                from = u.end;
                let Some(slot) = self.index.get(key.as_str()) else {
                    break;
                };
                if slot.count > 0 {
                    best = Some((j, *slot));
                }
                if !slot.longer {
                    break;
                }
            }
            if let Some((j, slot)) = best {
                covered = toks[j].end;
                out.push(Hit {
                    start: t.start,
                    end: toks[j].end,
                    first: slot.first as usize,
                    count: slot.count as usize,
                });
            }
        }
    }

    /// An organization named by a squashed web domain label ("globalnews").
    pub(crate) fn by_domain(&self, label: &str) -> Option<usize> {
        self.squashed.get(label).copied()
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
    /// Anything else ("china", "Who" for "WHO").
    No,
}

pub(crate) fn case_fit(found: &str, surface: &str) -> CaseFit {
    if found == surface {
        return CaseFit::Exact;
    }
    let found_has_lower = found.chars().any(char::is_lowercase);
    let surface_has_lower = surface.chars().any(char::is_lowercase);
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
                return CaseFit::No;
            }
            _ => return CaseFit::No,
        }
    }
}

/// Reads the places file: `name<TAB>type<TAB>canonical<TAB>aliases<TAB>population`,
/// where `type` is `place` or a kind of place (`country`, `city`, ...).
/// Malformed lines of embedded data are skipped.
#[cfg_attr(not(feature = "embedded"), allow(dead_code))]
pub(crate) fn add_places(builder: &mut GazetteerBuilder, text: &str) -> Result<(), BuildError> {
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.trim_end_matches('\r').split('\t');
        let name = cols.next().unwrap_or("").trim();
        if name.is_empty() {
            continue;
        }
        let kind_col = cols.next().unwrap_or("").trim();
        let kind = EntityKind::parse(kind_col).unwrap_or(EntityKind::Place);
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
            || [
                "Republic",
                "Kingdom",
                "Principality",
                "Duchy",
                "Sultanate",
                "Emirate",
            ]
            .iter()
            .any(|w| aliases_col.contains(w));
        let canonical = cols.next().unwrap_or("").trim();
        let aliases = split_aliases(cols.next().unwrap_or(""));
        let entry = GazetteerEntry {
            name: name.to_string(),
            kind,
            canonical: if canonical.is_empty() {
                name
            } else {
                canonical
            }
            .to_string(),
            aliases,
        };
        builder.add_with(&entry, population, country)?;
    }
    Ok(())
}

/// Reads an embedded `name<TAB>kind<TAB>canonical<TAB>aliases` file,
/// skipping malformed lines.
#[cfg_attr(not(feature = "embedded"), allow(dead_code))]
pub(crate) fn add_lenient(builder: &mut GazetteerBuilder, text: &str, default: EntityKind) {
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.trim_end_matches('\r').split('\t');
        let name = cols.next().unwrap_or("").trim();
        if name.is_empty() {
            continue;
        }
        let kind = EntityKind::parse(cols.next().unwrap_or("")).unwrap_or(default);
        let canonical = cols.next().unwrap_or("").trim();
        let entry = GazetteerEntry {
            name: name.to_string(),
            kind,
            canonical: if canonical.is_empty() {
                name
            } else {
                canonical
            }
            .to_string(),
            aliases: split_aliases(cols.next().unwrap_or("")),
        };
        let _ = builder.add(&entry);
    }
}

#[cfg(test)]
mod tests {
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
            ("Bank Of England", "Bank of England", CaseFit::Exact),
            ("bank of England", "Bank of England", CaseFit::No),
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
        g.find(text, &toks, &mut String::new(), &mut hits);
        let found: Vec<&str> = hits.iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(found, ["New York Times", "NEW YORK"]);
    }
}
