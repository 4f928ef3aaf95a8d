//! Resolution of a speaker span to an entity.
//!
//! - A span that overlaps entity mentions resolves to the mention whose
//!   kind best fits a speaker (a person, then an organization, a group, a
//!   place; the last such mention when several do): "China's UN Ambassador
//!   Zhang Jun" → Zhang Jun. A mention other than a person's counts only as
//!   the head of the span: "the Dutch spokesman" and "a Google spokesman"
//!   resolve to nothing (a description, not a name).
//! - "he" and "she" resolve to the most recent person mentioned before the
//!   speaker, outside any quotation, whose gender does not contradict the
//!   pronoun. Gender comes only from what the text says: a title before a
//!   mention ("Mr.", "Ms."; "Sen." says nothing), a common first name
//!   ("Marta", "Hugh"), and earlier pronoun attributions of the same person
//!   ("she said" resolved to Bachelet makes Bachelet a "she").
//! - "they" and "it" resolve to the most recent organization or group
//!   ("it" only to an organization).
//! - Anything else ("a police spokesman", "I") resolves to nothing.

use crate::{Entity, EntityId, EntityKind, Mention, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// How far back a pronoun looks, in mentions.
const LOOKBACK: usize = 40;

/// The gender a title before a name tells ("mr", "ms.", "spokeswoman"),
/// given lowercase.
fn title_gender(word: &[u8]) -> Option<Gender> {
    match word {
        b"mr" | b"mr." | b"mister" | b"sir" | b"lord" | b"king" | b"prince" | b"congressman"
        | b"spokesman" | b"chairman" | b"businessman" | b"father" | b"brother" | b"uncle"
        | b"son" | b"husband" | b"messrs." | b"monsieur" => Some(Gender::Male),
        b"mrs" | b"mrs." | b"ms" | b"ms." | b"miss" | b"madam" | b"madame" | b"mme" | b"mme."
        | b"lady" | b"dame" | b"queen" | b"princess" | b"congresswoman" | b"spokeswoman"
        | b"chairwoman" | b"businesswoman" | b"mother" | b"sister" | b"aunt" | b"daughter"
        | b"wife" | b"actress" => Some(Gender::Female),
        _ => None,
    }
}

/// Common first names whose bearers are overwhelmingly of one sex (a short
/// list written for this crate; the entity gazetteer may offer a longer
/// one). Sorted.
const MALE_NAMES: &[&str] = &[
    "abdul",
    "adam",
    "ahmed",
    "alan",
    "albert",
    "alexander",
    "ali",
    "andrew",
    "angelo",
    "anthony",
    "antonio",
    "arthur",
    "barack",
    "ben",
    "benjamin",
    "bernie",
    "bill",
    "bob",
    "boris",
    "brian",
    "bruce",
    "carl",
    "carlos",
    "charles",
    "chris",
    "christopher",
    "chuck",
    "colin",
    "craig",
    "dan",
    "daniel",
    "dario",
    "david",
    "dennis",
    "dmitry",
    "don",
    "donald",
    "douglas",
    "edward",
    "emmanuel",
    "eric",
    "frank",
    "gary",
    "george",
    "gordon",
    "greg",
    "harry",
    "henry",
    "hugh",
    "ian",
    "jack",
    "james",
    "jason",
    "jeb",
    "jeff",
    "jeffrey",
    "jerry",
    "jim",
    "joe",
    "john",
    "jonathan",
    "jose",
    "joseph",
    "juan",
    "justin",
    "keith",
    "ken",
    "kevin",
    "larry",
    "lee",
    "luis",
    "marco",
    "mark",
    "martin",
    "matt",
    "matthew",
    "michael",
    "mike",
    "mitch",
    "mohammed",
    "muhammad",
    "narendra",
    "nick",
    "nicolas",
    "olaf",
    "owen",
    "patrick",
    "paul",
    "pete",
    "peter",
    "philip",
    "ralph",
    "rand",
    "raymond",
    "richard",
    "rick",
    "robert",
    "roger",
    "ron",
    "ronald",
    "ryan",
    "sam",
    "samuel",
    "scott",
    "sergei",
    "stephen",
    "steve",
    "steven",
    "ted",
    "thomas",
    "tim",
    "timothy",
    "tom",
    "tony",
    "vladimir",
    "walter",
    "wayne",
    "william",
    "xi",
];
const FEMALE_NAMES: &[&str] = &[
    "alice",
    "amanda",
    "amy",
    "ana",
    "angela",
    "ann",
    "anna",
    "anne",
    "barbara",
    "betty",
    "carly",
    "carol",
    "caroline",
    "catherine",
    "chelsea",
    "christine",
    "claire",
    "debbie",
    "diana",
    "donna",
    "dorothy",
    "elizabeth",
    "ellen",
    "emily",
    "emma",
    "helen",
    "hillary",
    "jane",
    "janet",
    "jennifer",
    "jessica",
    "jill",
    "joan",
    "julia",
    "julie",
    "karen",
    "kate",
    "katherine",
    "kathleen",
    "kelly",
    "kim",
    "laura",
    "lena",
    "linda",
    "lisa",
    "liz",
    "margaret",
    "maria",
    "marie",
    "marta",
    "mary",
    "megan",
    "melania",
    "michelle",
    "nancy",
    "nicola",
    "nikki",
    "olivia",
    "pamela",
    "patricia",
    "rachel",
    "rebecca",
    "ruth",
    "sandra",
    "sarah",
    "sharon",
    "sophie",
    "stephanie",
    "susan",
    "theresa",
    "ursula",
    "victoria",
    "virginia",
];

/// Resolves speakers against a document's mentions.
pub(crate) struct Resolver<'a> {
    mentions: &'a [Mention],
    entities: &'a [Entity],
    /// Each entity's gender as far as the text tells, by index: `None`
    /// until a "he" or "she" asks about it, as only they need it.
    genders: Vec<Option<Option<Gender>>>,
}

/// `f` of the bytes of `word` lowercased; a short ASCII word is lowercased
/// in a buffer on the stack, any other allocates.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return f(lower);
    }
    f(word.to_lowercase().as_bytes())
}

/// The word before byte `at` of `text`, over any white space between.
fn word_before(text: &str, at: usize) -> &str {
    let bytes = text.as_bytes();
    let space = |b: u8| char::from(b).is_whitespace();
    // Most words and the spaces before them are ASCII: look at bytes.
    let mut end = at;
    while end > 0 && bytes[end - 1].is_ascii() && space(bytes[end - 1]) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && bytes[start - 1].is_ascii() && !space(bytes[start - 1]) {
        start -= 1;
    }
    let ascii_stop = |i: usize| i == 0 || bytes[i - 1].is_ascii();
    if ascii_stop(end) && ascii_stop(start) {
        return &text[start..end];
    }
    // Other white space or letters: by chars.
    text[..at]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
}

/// The gender of entity `e` by its titles and first name (see the module
/// documentation).
fn gender(text: &str, mentions: &[Mention], entities: &[Entity], e: EntityId) -> Option<Gender> {
    let entity = entities.get(e.index())?;
    // The title before its first mention that has one.
    let titled = entity
        .mentions
        .iter()
        .filter_map(|&k| mentions.get(k.index()))
        .filter(|m| m.kind == EntityKind::Person && m.entity == e)
        .find_map(|m| with_lowercase(word_before(text, m.span.start), title_gender));
    if titled.is_some() || entity.kind != EntityKind::Person {
        return titled;
    }
    let first = entity.name.split_whitespace().next().unwrap_or("");
    // Byte order is the order of the sorted `&str` lists.
    let listed =
        |names: &[&str], first: &[u8]| names.binary_search_by(|n| n.as_bytes().cmp(first)).is_ok();
    with_lowercase(first, |first| {
        if listed(MALE_NAMES, first) {
            Some(Gender::Male)
        } else if listed(FEMALE_NAMES, first) {
            Some(Gender::Female)
        } else {
            None
        }
    })
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(mentions: &'a [Mention], entities: &'a [Entity]) -> Resolver<'a> {
        Resolver {
            mentions,
            entities,
            genders: vec![None; entities.len()],
        }
    }

    /// The entity `speaker` (a span of `text`) refers to. `quotes` are the
    /// outer spans of all quotations, sorted: mentions inside them are not
    /// candidates for a pronoun.
    pub(crate) fn resolve(
        &mut self,
        text: &str,
        speaker: Span,
        quotes: &[Span],
    ) -> Option<EntityId> {
        let word = &text[speaker];
        let is = |w: &str| word.eq_ignore_ascii_case(w);
        let gender = if is("he") {
            Some(Gender::Male)
        } else if is("she") {
            Some(Gender::Female)
        } else if is("they") || is("it") {
            None
        } else {
            return self.overlapping(speaker);
        };
        let (mentions, entities) = (self.mentions, self.entities);
        let before = mentions.partition_point(|m| m.span.start < speaker.start);
        let found = mentions[..before]
            .iter()
            .rev()
            .take(LOOKBACK * 4)
            .filter(|m| !inside_any(quotes, m.span))
            .take(LOOKBACK)
            .find(|m| match gender {
                Some(g) => {
                    m.kind == EntityKind::Person && self.gender(text, m.entity) != Some(other(g))
                }
                None if is("it") => m.kind == EntityKind::Organization,
                None => matches!(m.kind, EntityKind::Organization | EntityKind::Group),
            })
            .map(|m| m.entity)
            .filter(|&e| e.index() < entities.len());
        if let (Some(e), Some(g)) = (found, gender) {
            // "she said" resolved to Bachelet makes Bachelet a "she".
            if self.gender(text, e).is_none() {
                self.genders[e.index()] = Some(Some(g));
            }
        }
        found
    }

    /// The gender of entity `e`, worked out on first use.
    fn gender(&mut self, text: &str, e: EntityId) -> Option<Gender> {
        let (mentions, entities) = (self.mentions, self.entities);
        let known = self.genders.get_mut(e.index())?;
        *known.get_or_insert_with(|| gender(text, mentions, entities, e))
    }

    /// The best speaker among the mentions overlapping `span`.
    fn overlapping(&self, span: Span) -> Option<EntityId> {
        let first = self.mentions.partition_point(|m| m.span.end <= span.start);
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
            // person's must be the head, the last words of the speaker.
            .filter(|m| m.kind == EntityKind::Person || m.span.end >= span.end)
            .max_by_key(|m| (rank(m.kind), m.span.start))
            .map(|m| m.entity)
            .filter(|&e| e.index() < self.entities.len())
    }

    /// The canonical name of entity `e`.
    pub(crate) fn name(&self, e: EntityId) -> Option<String> {
        self.entities.get(e.index()).map(|x| x.name.clone())
    }
}

fn other(g: Gender) -> Gender {
    match g {
        Gender::Male => Gender::Female,
        Gender::Female => Gender::Male,
    }
}

/// True when `span` lies inside one of the sorted, non-overlapping `quotes`.
fn inside_any(quotes: &[Span], span: Span) -> bool {
    let i = quotes.partition_point(|q| q.end <= span.start);
    quotes.get(i).is_some_and(|q| q.contains(span))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MentionId;

    #[test]
    fn name_lists_are_sorted() {
        assert!(MALE_NAMES.windows(2).all(|w| w[0] < w[1]));
        assert!(FEMALE_NAMES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn word_before_matches_a_split_by_chars() {
        fn plain(text: &str, at: usize) -> &str {
            text[..at]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("")
        }
        let texts = [
            "",
            "Mr. Doe",
            "said Ms.  \n Roe",
            "Señora Ruiz",
            "Mr.\u{A0}Doe",
            "\u{A0} x\u{2003}\u{0B}Mme\t\u{85}Roe",
            "   ",
            "Ünal Öz",
        ];
        for text in texts {
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(word_before(text, at), plain(text, at), "{text:?} {at}");
            }
        }
    }

    #[test]
    fn first_names_tell_gender() {
        let text = "Marta Quill met Dario Fenn. “Hi,” she said.";
        let (m, e) = doc(
            text,
            &[
                ("Marta Quill", EntityKind::Person),
                ("Dario Fenn", EntityKind::Person),
            ],
        );
        let mut r = Resolver::new(&m, &e);
        let i = text.find("she").unwrap();
        let she = r.resolve(text, Span::new(i, i + 3), &[]);
        assert_eq!(
            she.and_then(|id| r.name(id)).as_deref(),
            Some("Marta Quill")
        );
    }

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
    fn pronouns_and_names() {
        let text = "Ms. Roe met Mr. Doe and Acme. “Hi, Kim,” she said. Then he spoke. They agreed.";
        let (m, e) = doc(
            text,
            &[
                ("Roe", EntityKind::Person),
                ("Doe", EntityKind::Person),
                ("Kim", EntityKind::Person),
                ("Acme", EntityKind::Organization),
            ],
        );
        let quotes = [Span::new(
            text.find('“').unwrap(),
            text.find(',').unwrap() + 5,
        )];
        let mut r = Resolver::new(&m, &e);
        let at = |w: &str| {
            let i = text.find(w).unwrap();
            Span::new(i, i + w.len())
        };
        let name = |r: &Resolver, id: Option<EntityId>| id.and_then(|id| r.name(id));
        let she = r.resolve(text, at("she"), &quotes);
        assert_eq!(name(&r, she).as_deref(), Some("Roe"));
        let i = text.find(" he ").unwrap() + 1;
        let he = r.resolve(text, Span::new(i, i + 2), &quotes);
        assert_eq!(name(&r, he).as_deref(), Some("Doe"));
        let they = r.resolve(text, at("They"), &quotes);
        assert_eq!(name(&r, they).as_deref(), Some("Acme"));
        let roe = r.resolve(text, Span::new(0, 7), &quotes);
        assert_eq!(name(&r, roe).as_deref(), Some("Roe"));
        assert_eq!(r.resolve(text, at("Then"), &quotes), None);
        let acme_spokesman = Span::new(text.find("Acme").unwrap(), text.find("Acme").unwrap() + 6);
        assert_eq!(
            r.resolve(text, acme_spokesman, &quotes),
            None,
            "Acme. is not the head"
        );
        let acme = r.resolve(text, at("Acme"), &quotes);
        assert_eq!(name(&r, acme).as_deref(), Some("Acme"));
    }
}
