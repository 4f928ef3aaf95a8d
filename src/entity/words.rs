//! Word lists the rules consult: first names, surnames and common English
//! words (from the embedded data, when present), and the small closed
//! classes written here: titles, organization heads, name particles,
//! months and the like.
//!
//! Every lookup is by lowercase form; [`Lower`] lowercases a word into a
//! buffer reused across a whole text, so lookups allocate nothing.

use std::collections::{HashMap, HashSet};

/// First names, surnames and common words, lowercase.
#[derive(Clone, Debug, Default)]
pub(crate) struct NameLists {
    first_names: HashSet<Box<str>>,
    /// Surname → frequency rank (0 = most frequent).
    surnames: HashMap<Box<str>, u32>,
    common: HashSet<Box<str>>,
}

impl NameLists {
    #[cfg_attr(not(feature = "embedded"), allow(dead_code))]
    pub(crate) fn add_first_names(&mut self, tsv: &str) {
        for line in tsv.lines() {
            if line.starts_with('#') {
                continue;
            }
            let name = line.split('\t').next().unwrap_or("").trim();
            if !name.is_empty() {
                self.first_names.insert(name.to_lowercase().into());
            }
        }
    }

    #[cfg_attr(not(feature = "embedded"), allow(dead_code))]
    pub(crate) fn add_surnames(&mut self, list: &str) {
        let mut rank = self.surnames.len() as u32;
        for line in list.lines() {
            let name = line.split('\t').next().unwrap_or("").trim();
            if line.starts_with('#') || name.is_empty() {
                continue;
            }
            self.surnames
                .entry(name.to_lowercase().into())
                .or_insert(rank);
            rank += 1;
        }
    }

    #[cfg_attr(not(feature = "embedded"), allow(dead_code))]
    pub(crate) fn add_common_words(&mut self, list: &str) {
        for line in list.lines() {
            let w = line.split('\t').next().unwrap_or("").trim();
            if !line.starts_with('#') && !w.is_empty() {
                self.common.insert(w.to_lowercase().into());
            }
        }
    }

    pub(crate) fn is_first_name(&self, lower: &str) -> bool {
        self.first_names.contains(lower)
    }

    pub(crate) fn is_surname(&self, lower: &str) -> bool {
        self.surnames.contains_key(lower)
    }

    /// A word English writes in lowercase (from the list, or the closed
    /// classes here when no list is loaded).
    pub(crate) fn is_common(&self, lower: &str) -> bool {
        self.common.contains(lower)
            || FUNCTION_WORDS.binary_search(&lower).is_ok()
            || lower
                .strip_suffix('s')
                .is_some_and(|stem| stem.len() >= 3 && self.common.contains(stem))
    }
}

/// Lowercases words into a reused buffer.
#[derive(Default)]
pub(crate) struct Lower {
    buf: String,
}

impl Lower {
    pub(crate) fn of<'a>(&'a mut self, word: &str) -> &'a str {
        self.buf.clear();
        let word = word.strip_suffix('.').unwrap_or(word);
        if word.is_ascii() {
            self.buf.push_str(word);
            self.buf.make_ascii_lowercase();
        } else {
            for c in word.chars() {
                self.buf.extend(c.to_lowercase());
            }
        }
        &self.buf
    }
}

fn sorted_contains(list: &[&str], lower: &str) -> bool {
    list.binary_search(&lower).is_ok()
}

/// Words that introduce a person's name: "President Xi", "Mr. Smith",
/// "coach Bobby Robson", "Ambassador Zhang Jun". Sorted.
const TITLES: &[&str] = &[
    "admiral",
    "adm",
    "ambassador",
    "archbishop",
    "attorney",
    "bishop",
    "brig",
    "cardinal",
    "capt",
    "captain",
    "chairman",
    "chairwoman",
    "chancellor",
    "coach",
    "col",
    "colonel",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "dame",
    "dr",
    "emir",
    "envoy",
    "father",
    "gen",
    "general",
    "gov",
    "governor",
    "imam",
    "judge",
    "justice",
    "king",
    "lady",
    "lord",
    "lt",
    "madam",
    "mayor",
    "minister",
    "mr",
    "mrs",
    "ms",
    "mullah",
    "pastor",
    "pope",
    "premier",
    "president",
    "priest",
    "prince",
    "princess",
    "prof",
    "professor",
    "queen",
    "rabbi",
    "rep",
    "representative",
    "rev",
    "reverend",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheikh",
    "sir",
    "sister",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "sultan",
];

/// Lowercase nouns of role that stand before a name in news ("striker Alan
/// Shearer", "chief executive John Smith"). Sorted.
const ROLES: &[&str] = &[
    "actor",
    "actress",
    "analyst",
    "author",
    "batsman",
    "bowler",
    "boxer",
    "businessman",
    "candidate",
    "champion",
    "chief",
    "colleague",
    "correspondent",
    "counterpart",
    "defender",
    "deputy",
    "director",
    "economist",
    "editor",
    "executive",
    "forward",
    "goalkeeper",
    "head",
    "journalist",
    "keeper",
    "lawyer",
    "leader",
    "manager",
    "midfielder",
    "officer",
    "opener",
    "partner",
    "player",
    "playmaker",
    "rival",
    "secretary",
    "singer",
    "skipper",
    "spinner",
    "striker",
    "teammate",
    "winger",
    "writer",
];

/// Last words that make a name an organization. Sorted.
const ORG_HEADS: &[&str] = &[
    "academy",
    "administration",
    "agency",
    "airlines",
    "airways",
    "alliance",
    "army",
    "assembly",
    "associates",
    "association",
    "athletic",
    "authority",
    "bancorp",
    "bank",
    "bhd",
    "board",
    "brigade",
    "broadcasting",
    "bureau",
    "cabinet",
    "center",
    "centre",
    "chronicle",
    "church",
    "club",
    "co",
    "coalition",
    "college",
    "commission",
    "committee",
    "communications",
    "company",
    "conference",
    "congress",
    "consortium",
    "corp",
    "corporation",
    "council",
    "court",
    "daily",
    "department",
    "enterprises",
    "exchange",
    "express",
    "fc",
    "federation",
    "force",
    "forces",
    "foundation",
    "front",
    "fund",
    "gazette",
    "group",
    "guard",
    "herald",
    "holdings",
    "hospital",
    "inc",
    "industries",
    "institute",
    "institution",
    "international",
    "journal",
    "league",
    "limited",
    "llc",
    "ltd",
    "magazine",
    "media",
    "ministry",
    "motors",
    "movement",
    "navy",
    "network",
    "news",
    "office",
    "organisation",
    "organization",
    "parliament",
    "partners",
    "party",
    "pharmaceuticals",
    "plc",
    "police",
    "post",
    "press",
    "radio",
    "railways",
    "reserve",
    "rovers",
    "school",
    "securities",
    "senate",
    "service",
    "services",
    "society",
    "systems",
    "team",
    "technologies",
    "telegraph",
    "television",
    "times",
    "tribune",
    "trust",
    "tv",
    "union",
    "united",
    "university",
    "wanderers",
];

/// First words of "X of Y" organization names ("Bank of England",
/// "University of Chicago", "Ministry of Defence"). Sorted.
const ORG_OF_HEADS: &[&str] = &[
    "academy",
    "agency",
    "association",
    "bank",
    "board",
    "bureau",
    "chamber",
    "church",
    "college",
    "commission",
    "committee",
    "confederation",
    "council",
    "court",
    "department",
    "federation",
    "house",
    "institute",
    "league",
    "ministry",
    "office",
    "organisation",
    "organization",
    "party",
    "school",
    "union",
    "university",
];

/// Lowercase words allowed inside a name between capitalized words. Sorted.
const CONNECTORS: &[&str] = &[
    "&", "al", "bin", "da", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "el",
    "for", "ibn", "la", "le", "of", "on", "van", "von", "y",
];

/// Connectors that only join person names (not "of"/"for"). Sorted.
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "el", "ibn",
    "la", "le", "van", "von", "y",
];

/// Capitalized words that are never names on their own: months, days,
/// pronouns and the like. Sorted.
const NEVER_NAMES: &[&str] = &[
    "april",
    "august",
    "christmas",
    "december",
    "easter",
    "february",
    "friday",
    "god",
    "i",
    "january",
    "july",
    "june",
    "march",
    "monday",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// Abbreviated months and days: never a name alone ("Sept", "Jan"), but
/// fine inside one ("Zhang Jun"). Sorted.
const DATE_ABBREVIATIONS: &[&str] = &[
    "apr", "aug", "dec", "feb", "fri", "jan", "jul", "jun", "mar", "mon", "nov", "oct", "sat",
    "sep", "sept", "thu", "thur", "thurs", "tue", "tues", "wed",
];

/// Prepositions after which a name is a place ("in Reading", "near Nice").
/// Sorted.
const PLACE_PREPOSITIONS: &[&str] = &[
    "across",
    "around",
    "at",
    "from",
    "in",
    "inside",
    "into",
    "near",
    "outside",
    "throughout",
    "to",
    "toward",
    "towards",
    "via",
    "within",
];

/// Words before "May" that make it the month. Sorted.
const MONTH_CONTEXT: &[&str] = &[
    "by", "during", "early", "end", "in", "last", "late", "mid", "next", "of", "on", "since",
    "through", "until",
];

/// Sports verbs that make city names teams ("Leicestershire beat Somerset").
/// Sorted.
const SPORTS_VERBS: &[&str] = &[
    "beat", "beats", "defeated", "drew", "edged", "hammered", "routed", "thrashed", "trounced",
    "v", "vs", "whipped",
];

/// Sports named at the head of a results story ("SOCCER - JAPAN WIN").
/// Sorted.
const SPORTS: &[&str] = &[
    "athletics",
    "badminton",
    "baseball",
    "basketball",
    "boxing",
    "cricket",
    "cycling",
    "football",
    "golf",
    "hockey",
    "motorcycling",
    "nba",
    "nfl",
    "nhl",
    "racing",
    "rowing",
    "rugby",
    "skiing",
    "soccer",
    "squash",
    "swimming",
    "tennis",
    "volleyball",
];

/// Small words that are not common-word listed yet are never names when
/// capitalized at a sentence start. Sorted.
const FUNCTION_WORDS: &[&str] = &[
    "a", "after", "all", "also", "an", "and", "as", "at", "but", "by", "for", "from", "he", "her",
    "his", "if", "in", "it", "its", "no", "not", "of", "on", "or", "our", "she", "so", "that",
    "the", "their", "then", "there", "these", "they", "this", "those", "to", "we", "what", "when",
    "where", "while", "who", "why", "with", "yes", "you",
];

pub(crate) fn is_date_abbreviation(lower: &str) -> bool {
    sorted_contains(DATE_ABBREVIATIONS, lower)
}
pub(crate) fn is_sport(lower: &str) -> bool {
    sorted_contains(SPORTS, lower)
}
pub(crate) fn is_title(lower: &str) -> bool {
    sorted_contains(TITLES, lower)
}
pub(crate) fn is_role(lower: &str) -> bool {
    sorted_contains(ROLES, lower)
}
pub(crate) fn is_org_head(lower: &str) -> bool {
    sorted_contains(ORG_HEADS, lower)
}
pub(crate) fn is_org_of_head(lower: &str) -> bool {
    sorted_contains(ORG_OF_HEADS, lower)
}
pub(crate) fn is_connector(word: &str) -> bool {
    sorted_contains(CONNECTORS, word)
}
pub(crate) fn is_name_particle(word: &str) -> bool {
    sorted_contains(NAME_PARTICLES, word)
}
pub(crate) fn is_never_name(lower: &str) -> bool {
    sorted_contains(NEVER_NAMES, lower)
}
pub(crate) fn is_place_preposition(lower: &str) -> bool {
    sorted_contains(PLACE_PREPOSITIONS, lower)
}
pub(crate) fn is_month_context(lower: &str) -> bool {
    sorted_contains(MONTH_CONTEXT, lower)
}
pub(crate) fn is_sports_verb(lower: &str) -> bool {
    sorted_contains(SPORTS_VERBS, lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_lists_are_sorted_for_binary_search() {
        for list in [
            TITLES,
            ROLES,
            ORG_HEADS,
            ORG_OF_HEADS,
            CONNECTORS,
            NAME_PARTICLES,
            NEVER_NAMES,
            PLACE_PREPOSITIONS,
            MONTH_CONTEXT,
            SPORTS_VERBS,
            SPORTS,
            DATE_ABBREVIATIONS,
            FUNCTION_WORDS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list);
        }
    }

    #[test]
    fn lower_buffer() {
        let mut l = Lower::default();
        assert_eq!(l.of("Mr."), "mr");
        assert_eq!(l.of("ÉLYSÉE"), "élysée");
    }
}
