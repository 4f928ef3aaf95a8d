//! Resolution of a speaker span to an entity.
//!
//! - A span whose head (its last words) is a reference of the coreference
//!   stage ("he", "the company", "the Polish leader") resolves to that
//!   reference's entity; see [`crate::coref`] for how those links are made.
//!   A pronoun the stage could not link resolves to nothing.
//! - A span that overlaps entity mentions resolves to the mention whose
//!   kind best fits a speaker (a person, then an organization, a group, a
//!   place; the last such mention when several do): "China's UN Ambassador
//!   Zhang Jun" → Zhang Jun. A mention other than a person's counts only as
//!   the head of the span: "the Dutch spokesman" and "a Google spokesman"
//!   resolve to nothing (a description, not a name).
//! - Anything else ("a police spokesman", "I") resolves to nothing.

use crate::speech_verbs::SpeechVerbs;
use crate::{Entity, EntityId, EntityKind, Mention, Reference, Span};

/// Resolves speakers against a document's mentions and references.
pub(crate) struct Resolver<'a> {
    mentions: &'a [Mention],
    entities: &'a [Entity],
    references: &'a [Reference],
}

/// True for the pronouns a speaker span may be.
fn is_pronoun(word: &str) -> bool {
    ["he", "she", "it", "they", "him", "her", "them", "we", "i"]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(
        mentions: &'a [Mention],
        entities: &'a [Entity],
        references: &'a [Reference],
    ) -> Resolver<'a> {
        Resolver {
            mentions,
            entities,
            references,
        }
    }

    /// The entity `speaker` (a span of `text`) refers to. `quotes` are the
    /// outer spans of all quotations, sorted.
    pub(crate) fn resolve(
        &mut self,
        text: &str,
        speaker: Span,
        quotes: &[Span],
    ) -> Option<EntityId> {
        let _ = quotes;
        let end = speaker.start + text[speaker].trim_end().len();
        let i = self.references.partition_point(|r| r.span.end < end);
        if let Some(r) = self
            .references
            .get(i)
            .filter(|r| r.span.end == end && r.span.start >= speaker.start)
            // "a deputy inside the union": the union is not its head
            .filter(|r| !in_tail(&text[speaker.start..r.span.start]))
        {
            return Some(r.entity).filter(|&e| e.index() < self.entities.len());
        }
        if is_pronoun(text[speaker].trim()) {
            return None;
        }
        let found = self.overlapping(text, speaker);
        if found.is_some_and(|e| self.entities[e].kind == EntityKind::Person) {
            return found;
        }
        self.appositive_of(text, speaker)
            .or_else(|| self.named_after(text, speaker))
            .or(found)
    }

    /// The person an appositive right after the words `speaker` names:
    /// "his predecessor, Fiona Hill, had dubbed".
    fn named_after(&self, text: &str, speaker: Span) -> Option<EntityId> {
        let rest = text.get(speaker.end..)?;
        let at = speaker.end
            + rest
                .find(|c: char| c != ' ')
                .filter(|_| rest.starts_with(','))?;
        let at = at + 1 + text[at + 1..].len() - text[at + 1..].trim_start().len();
        let i = self.mentions.partition_point(|m| m.span.start < at);
        self.mentions
            .get(i)
            .filter(|m| m.span.start == at && m.kind == EntityKind::Person)
            .filter(|m| text[m.span.end..].starts_with(','))
            .map(|m| m.entity)
            .filter(|&e| e.index() < self.entities.len())
    }

    /// The person whose appositive the words `speaker` stand in: after a
    /// comma, in the same sentence as a name followed by a comma
    /// ("Omar Lamrani, a senior analyst at Stratfor, the Texas-based
    /// platform, told"; "Dylan Nelson, a fellow at the institute in Munich,
    /// Germany, and co-author of the study, said").
    fn appositive_of(&self, text: &str, speaker: Span) -> Option<EntityId> {
        if !text[..speaker.start].trim_end().ends_with(',') {
            return None;
        }
        let i = self
            .mentions
            .partition_point(|m| m.span.end <= speaker.start);
        let m = self.mentions[..i]
            .iter()
            .rev()
            .take(8)
            .find(|m| m.kind == EntityKind::Person)?;
        let between = text.get(m.span.end..speaker.start)?;
        let breaks = ['“', '”', '"', ';', ':', '!', '?', '(', ')'];
        (between.len() <= 300
            && between.starts_with(',')
            && !between.contains(breaks)
            && !between.chars().any(crate::line_break::is_line_break)
            && !between.contains(". "))
        .then_some(m.entity)
        .filter(|&e| e.index() < self.entities.len())
    }

    /// The best speaker among the mentions overlapping `span`.
    fn overlapping(&self, text: &str, span: Span) -> Option<EntityId> {
        let first = self.mentions.partition_point(|m| m.span.end <= span.start);
        // Where the prepositional tail of the words starts to count (a
        // mention starting at or past it is in the tail), found when first
        // asked: most speakers overlap no mention, or one.
        let tail = std::cell::OnceCell::new();
        let in_tail = |m: &Mention| {
            let tail =
                *tail.get_or_init(|| tail_end(&text[span]).map_or(usize::MAX, |e| span.start + e));
            m.span.start >= tail
        };
        let rank = |k: EntityKind| match k {
            EntityKind::Person => 4,
            EntityKind::Organization => 3,
            EntityKind::Group => 2,
            EntityKind::Place => 1,
            #[allow(unreachable_patterns)]
            _ => 0,
        };
        self.mentions[first..]
            .iter()
            .take_while(|m| m.span.start < span.end)
            .filter(|m| m.span.overlaps(span))
            // "a Dutch spokesman" is not the Dutch: a name other than a
            // person's must be the head, the last words of the speaker;
            // nor is "a dealer in London" London: a place in its tail
            // says where the speaker is ("a spokesman for Lufthansa" is
            // Lufthansa's words).
            .filter(|m| {
                m.kind == EntityKind::Person
                    || (m.span.end >= span.end && !(m.kind == EntityKind::Place && in_tail(m)))
            })
            // "Nisan Ahmado's source": the possessor is not the speaker.
            .filter(|m| {
                m.span.end >= span.end || {
                    let after = &text.as_bytes()[m.span.end..];
                    !(after.starts_with(b"'s") || after.starts_with("’s".as_bytes()))
                }
            })
            // "Matthew Herren from EduVision": a name before the tail is
            // the speaker's, whatever the one in the tail is taken for.
            .max_by_key(|m| (!in_tail(m), rank(m.kind), m.span.start))
            .map(|m| m.entity)
            .filter(|&e| e.index() < self.entities.len())
    }

    /// The canonical name of entity `e`.
    pub(crate) fn name(&self, e: EntityId) -> Option<String> {
        self.entities.get(e.index()).map(|x| x.name.clone())
    }
}

/// True when `lead`, the words of a speaker before a name, ends in a
/// prepositional tail that holds the name ("a deputy inside", "a dealer
/// for a German bank in"): the name is not who spoke.
fn in_tail(lead: &str) -> bool {
    tail_end(lead).is_some()
}

/// Where the first preposition of a tail in `words` ends ("a spokesman for
/// Lufthansa": after "for "), if any.
fn tail_end(words: &str) -> Option<usize> {
    const PREPOSITIONS: [&str; 8] = [
        "of ", "for ", "at ", "from ", "inside ", "in ", "with ", "on ",
    ];
    // one pass over the spaces: speakers' words are short
    memchr::memchr_iter(b' ', words.as_bytes()).find_map(|at| {
        let rest = &words[at + 1..];
        PREPOSITIONS
            .iter()
            .find(|p| rest.starts_with(*p))
            .map(|p| at + 1 + p.len())
    })
}

/// The description that introduced an unnamed speaker `the X` refers to:
/// the latest earlier `a/an/one/another X` or `Name's X` outside
/// quotations, with its prepositional tail ("An official at the ministry
/// said ... “Q,” the official said" → "An official at the ministry"). The
/// article never names such a speaker; its description is the words that
/// tell who it is.
pub(crate) fn introduced(
    text: &str,
    quotes: &[Span],
    verbs: &SpeechVerbs,
    speaker: Span,
) -> Option<Span> {
    let words = text[speaker].trim();
    let rest = words
        .strip_prefix("the ")
        .or_else(|| words.strip_prefix("The "))?;
    let head = rest.rsplit(' ').next()?;
    // "the official", "the senior official"; not "the ad's narrator",
    // which says more than the first words did.
    if rest.split(' ').count() > 3
        || head.len() < 3
        || !rest.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
    {
        return None;
    }
    let from = speaker.start.saturating_sub(3000);
    let from = (from..speaker.start).find(|&i| text.is_char_boundary(i))?;
    let window = &text[from..speaker.start];
    let inside = |at: usize| {
        let i = quotes.partition_point(|q| q.end <= at);
        quotes.get(i).is_some_and(|q| q.start <= at)
    };
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let bytes = text.as_bytes();
    let mut end = window.len();
    // A SIMD search back through the window, which the few heads it is
    // asked for seldom occur in.
    let finder = memchr::memmem::FinderRev::new(head.as_bytes());
    while let Some(found) = finder.rfind(&window.as_bytes()[..end]) {
        end = found;
        let at = from + found;
        let after = at + head.len();
        if (at > 0 && is_word(bytes[at - 1]))
            || bytes.get(after).is_some_and(|&b| is_word(b))
            || inside(at)
        {
            continue;
        }
        // Back over up to two modifiers to the determiner or possessor.
        let mut start = at;
        let mut words_back = 0;
        let mut intro = None;
        while words_back < 3 {
            let before = text[..start].trim_end_matches(' ');
            if before.len() == start || before.is_empty() {
                break;
            }
            let w0 = before
                .rfind(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
                .map_or(0, |i| {
                    i + before[i..].chars().next().map_or(1, char::len_utf8)
                });
            let word = &before[w0..];
            match word {
                "a" | "an" | "A" | "An" | "one" | "One" | "another" | "Another" => {
                    intro = Some(w0);
                    break;
                }
                "the" | "The" | "this" | "This" => break,
                _ if word.ends_with("'s") || word.ends_with("’s") => {
                    // a possessor: the run of capitalized words it ends
                    let mut s0 = w0;
                    loop {
                        let b = text[..s0].trim_end_matches(' ');
                        let p0 = b
                            .rfind(|c: char| !c.is_alphanumeric() && c != '-')
                            .map_or(0, |i| i + b[i..].chars().next().map_or(1, char::len_utf8));
                        if b.len() == s0 || !b[p0..].starts_with(|c: char| c.is_uppercase()) {
                            break;
                        }
                        s0 = p0;
                    }
                    intro = Some(s0).filter(|_| word.starts_with(|c: char| c.is_uppercase()));
                    break;
                }
                _ if word.chars().all(char::is_alphabetic) && !word.is_empty() => {
                    start = w0;
                    words_back += 1;
                }
                _ => break,
            }
        }
        let Some(start) = intro else {
            continue;
        };
        // Its tail: "at the ministry", "inside the Rukban camp".
        let mut stop = after;
        let tail = &text[after..];
        let first = tail.trim_start_matches(' ');
        let prep = first.split(' ').next().unwrap_or("");
        if first.len() < tail.len()
            && matches!(
                prep,
                "at" | "for" | "of" | "from" | "inside" | "in" | "with"
            )
        {
            let mut pos = after + (tail.len() - first.len()) + prep.len();
            for _ in 0..4 {
                let t = &text[pos..];
                let w = t.trim_start_matches(' ');
                let len = w
                    .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.'))
                    .unwrap_or(w.len());
                let word = w[..len].trim_end_matches('.');
                if word.is_empty()
                    || w.len() == t.len()
                    || matches!(word, "who" | "that" | "which" | "and")
                    || verbs.contains(word)
                {
                    break;
                }
                pos += (t.len() - w.len()) + word.len();
                stop = pos;
            }
        }
        return Some(Span::new(start, stop));
    }
    None
}

/// The plural nouns for people of `data/coref/people_plurals.txt`, sorted.
fn people_plurals() -> &'static [&'static str] {
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        let mut v: Vec<&str> = include_str!("../../data/coref/people_plurals.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        v.sort_unstable();
        v
    })
}

/// The unnamed group a speaker "they" the coreference stage left unlinked
/// stands for: the latest plural noun for people ("employers", "officials")
/// earlier in its sentence or the one before, in the same paragraph and
/// outside quotations ("he's seeing employers taking the risks. Instead
/// ..., they are simply saying: “Q”" → "employers"). The article names
/// none of them, so that noun is the speaker's description.
pub(crate) fn group_before(text: &str, quotes: &[Span], speaker: Span) -> Option<Span> {
    if !matches!(text[speaker].trim(), "they" | "They") {
        return None;
    }
    let from = speaker.start.saturating_sub(400);
    let from = (from..speaker.start).find(|&i| text.is_char_boundary(i))?;
    let window = &text[from..speaker.start];
    // The same paragraph only.
    let window_start = window
        .char_indices()
        .rev()
        .find(|&(_, c)| crate::line_break::is_line_break(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let inside = |at: usize| {
        let i = quotes.partition_point(|q| q.end <= at);
        quotes.get(i).is_some_and(|q| q.start <= at)
    };
    let list = people_plurals();
    let para = &window[window_start..];
    let base = from + window_start;
    // Words are runs of ASCII letters, so byte positions are char
    // boundaries; walk them back to the second sentence end.
    let bytes = para.as_bytes();
    let mut end = bytes.len();
    let mut ends = 0;
    while end > 0 {
        let start = bytes[..end]
            .iter()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |i| i + 1);
        let word = &para[start..end];
        if !word.is_empty() && list.binary_search(&word).is_ok() && !inside(base + start) {
            return Some(Span::new(base + start, base + end));
        }
        // the separator before the word
        let sep = bytes[..start]
            .iter()
            .rposition(u8::is_ascii_alphabetic)
            .map_or(0, |i| i + 1);
        if bytes[sep..start]
            .iter()
            .any(|b| matches!(b, b'.' | b'!' | b'?'))
        {
            ends += 1;
            if ends > 1 {
                return None;
            }
        }
        end = sep;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MentionId;
    use crate::ReferenceForm;

    fn doc(text: &str, names: &[(&str, EntityKind)]) -> (Vec<Mention>, Vec<Entity>) {
        let mut mentions = Vec::new();
        let mut entities: Vec<Entity> = Vec::new();
        for (name, kind) in names {
            for (i, _) in text.match_indices(name) {
                let id = match entities.iter().position(|e| e.name == *name) {
                    Some(id) => EntityId::new(id),
                    None => {
                        entities.push(Entity {
                            id: EntityId::new(entities.len()),
                            kind: *kind,
                            name: name.to_string(),
                            mentions: Vec::new(),
                            references: Vec::new(),
                        });
                        EntityId::new(entities.len() - 1)
                    }
                };
                mentions.push(Mention {
                    span: Span::new(i, i + name.len()),
                    kind: *kind,
                    entity: id,
                });
            }
        }
        mentions.sort_by_key(|m| m.span);
        for (k, m) in mentions.iter().enumerate() {
            entities[m.entity].mentions.push(MentionId::new(k));
        }
        (mentions, entities)
    }

    #[test]
    #[cfg(feature = "embedded")]
    fn the_description_that_introduced_an_unnamed_speaker() {
        let verbs = SpeechVerbs::new(true, std::iter::empty::<&str>());
        let at = |text: &str, w: &str| {
            let s = text.rfind(w).unwrap();
            Span::new(s, s + w.len())
        };
        let get = |text: &str, w: &str| {
            introduced(text, &[], &verbs, at(text, w)).map(|s| text[s].to_string())
        };
        let text = "An official at the ministry said so. Later the official said no.";
        assert_eq!(
            get(text, "the official").as_deref(),
            Some("An official at the ministry")
        );
        let text =
            "A reporter met Nisan Ahmado's source inside the camp, a refugee. The source said no.";
        assert_eq!(
            get(text, "The source").as_deref(),
            Some("Nisan Ahmado's source inside the camp")
        );
        // a narrator in the ad, not its verb
        let text = "One narrator in the ad asks why. Then the narrator says more.";
        assert_eq!(
            get(text, "the narrator").as_deref(),
            Some("One narrator in the ad")
        );
        // only a definite description of few lowercase words looks back
        assert_eq!(
            get(
                "An official said. The ad's official said.",
                "The ad's official"
            ),
            None
        );
        assert_eq!(
            get("No one was introduced. The official said.", "The official"),
            None
        );
        // an earlier definite mention introduces nothing
        assert_eq!(
            get("The official spoke. The official said.", "The official"),
            None
        );
    }

    #[test]
    fn a_name_before_the_tail_is_the_speaker() {
        // The name in the tail taken for a person too ("EduVision"): the
        // head's name still speaks; with the tail's name alone, it does.
        let text = "said Matthew Herren from EduVision. Then said a spokesman for EduVision.";
        let (m, e) = doc(
            text,
            &[
                ("Matthew Herren", EntityKind::Person),
                ("EduVision", EntityKind::Person),
            ],
        );
        let mut r = Resolver::new(&m, &e, &[]);
        let span = |words: &str| {
            let at = text.find(words).unwrap();
            Span::new(at, at + words.len())
        };
        let herren = r.resolve(text, span("Matthew Herren from EduVision"), &[]);
        assert_eq!(herren, Some(EntityId::new(0)));
        let spokesman = r.resolve(text, span("a spokesman for EduVision"), &[]);
        assert_eq!(spokesman, Some(EntityId::new(1)));
    }

    #[test]
    fn references_then_names() {
        let text = "Ms. Roe met Acme. “Hi,” she said. Then he spoke. The company agreed.";
        let (m, e) = doc(
            text,
            &[
                ("Roe", EntityKind::Person),
                ("Acme", EntityKind::Organization),
            ],
        );
        let at = |w: &str| {
            let i = text.find(w).unwrap();
            Span::new(i, i + w.len())
        };
        let refs = [
            Reference {
                span: at("she"),
                form: ReferenceForm::Pronoun,
                entity: EntityId::new(0),
            },
            Reference {
                span: at("The company"),
                form: ReferenceForm::Description,
                entity: EntityId::new(1),
            },
        ];
        let mut r = Resolver::new(&m, &e, &refs);
        assert_eq!(r.resolve(text, at("she"), &[]), Some(EntityId::new(0)));
        // an unlinked pronoun is nobody, not the nearest name
        assert_eq!(r.resolve(text, at("he "), &[]), None);
        assert_eq!(
            r.resolve(text, at("The company"), &[]),
            Some(EntityId::new(1))
        );
        assert_eq!(r.resolve(text, at("company"), &[]), None);
        assert_eq!(r.resolve(text, at("Ms. Roe"), &[]), Some(EntityId::new(0)));
        assert_eq!(r.resolve(text, at("Then"), &[]), None);
        let acme_dot = Span::new(at("Acme").start, at("Acme").end + 1);
        assert_eq!(
            r.resolve(text, acme_dot, &[]),
            None,
            "Acme. is not the head"
        );
        assert_eq!(r.resolve(text, at("Acme"), &[]), Some(EntityId::new(1)));
        assert_eq!(r.name(EntityId::new(1)).as_deref(), Some("Acme"));
    }
}
