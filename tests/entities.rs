//! Named entities: golden fixture articles written for these tests, the
//! invariants every input must keep (proptest), and gazetteer loading errors.

use byline::{Annotator, Document, EntityKind, GazetteerEntry};
use proptest::prelude::*;

#[cfg(feature = "embedded")]
/// A surface, which occurrence of it, and the kind and entity name expected
/// (`None`: not a mention).
type Expect = (&'static str, usize, Option<(EntityKind, &'static str)>);

/// The `n`th mention whose text is `surface`: its kind and entity name.
fn mention<'d>(
    text: &str,
    doc: &'d Document,
    surface: &str,
    n: usize,
) -> Option<(EntityKind, &'d str)> {
    doc.mentions
        .iter()
        .filter(|m| &text[m.span] == surface)
        .nth(n)
        .map(|m| (m.kind, doc.entities[m.entity].name.as_str()))
}

#[cfg(feature = "embedded")]
fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/entities/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every invariant of `doc.mentions` and `doc.entities` for `text`.
fn check_invariants(text: &str, doc: &Document) -> Result<(), String> {
    let mut last_end = 0;
    for (i, m) in doc.mentions.iter().enumerate() {
        let s = m.span;
        if s.start >= s.end || s.end > text.len() {
            return Err(format!("mention {i} {s:?} empty or out of bounds"));
        }
        if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            return Err(format!("mention {i} {s:?} not on char boundaries"));
        }
        if s.start < last_end {
            return Err(format!("mention {i} {s:?} overlaps or is out of order"));
        }
        last_end = s.end;
        let Some(e) = doc.entities.get(m.entity.index()) else {
            return Err(format!("mention {i} points at missing entity {}", m.entity));
        };
        if !e.mentions.contains(&byline::MentionId::new(i)) {
            return Err(format!("entity {} does not list mention {i}", e.id));
        }
        if e.kind != m.kind {
            return Err(format!(
                "mention {i} kind {:?} but entity {:?}",
                m.kind, e.kind
            ));
        }
    }
    for (id, e) in doc.entities.iter().enumerate() {
        if e.id.index() != id {
            return Err(format!("entity at {id} has id {}", e.id));
        }
        if e.mentions.is_empty() || !e.mentions.windows(2).all(|w| w[0] < w[1]) {
            return Err(format!("entity {id} mentions empty or out of order"));
        }
        if e.mentions.iter().any(|&m| {
            doc.mentions
                .get(m.index())
                .map_or(true, |x| x.entity.index() != id)
        }) {
            return Err(format!("entity {id} lists a mention that is not its own"));
        }
        if e.name.trim().is_empty() {
            return Err(format!("entity {id} has no name"));
        }
    }
    Ok(())
}

#[cfg(feature = "embedded")]
mod golden {
    use super::*;
    use EntityKind::*;

    #[test]
    fn politics_article() {
        let text = fixture("politics.txt");
        let t = text.as_str();
        let doc = Annotator::new().annotate(t);
        check_invariants(t, &doc).unwrap();
        let table: &[Expect] = &[
            // all-caps headline: listed names only
            ("CHINA", 0, Some((Place, "China"))),
            ("RIGHTS", 0, None),
            ("GENEVA", 0, Some((Place, "Geneva"))),
            // acronym defined in the text, then used alone
            (
                "World Health Organization",
                0,
                Some((Organization, "World Health Organization")),
            ),
            ("WHO", 1, Some((Organization, "World Health Organization"))),
            // "the UN" is the United Nations
            ("UN", 1, Some((Organization, "United Nations"))),
            ("Michelle Bachelet", 0, Some((Person, "Michelle Bachelet"))),
            ("Xinjiang", 0, Some((Place, "Xinjiang"))),
            // sentence-initial "But" is no name; the surname resolves
            ("But", 0, None),
            ("Bachelet", 0, Some((Person, "Michelle Bachelet"))),
            ("Bachelet", 1, Some((Person, "Michelle Bachelet"))),
            // title, then the surname alone in speaker position
            ("Zhang Jun", 0, Some((Person, "Zhang Jun"))),
            ("Zhang", 0, Some((Person, "Zhang Jun"))),
            ("Ambassador", 0, None),
            ("Beijing", 0, Some((Place, "Beijing"))),
            ("Daniel Okafor", 0, Some((Person, "Daniel Okafor"))),
            (
                "Global Rights Institute",
                0,
                Some((Organization, "Global Rights Institute")),
            ),
            // groups are not places
            ("Uyghurs", 0, Some((Group, "Uyghurs"))),
            // Theresa May vs the month; Jordan the country vs the person
            ("Theresa May", 0, Some((Person, "Theresa May"))),
            ("May", 0, Some((Person, "Theresa May"))),
            ("Jordan", 0, Some((Place, "Jordan"))),
            ("Michael Jordan", 0, Some((Person, "Michael Jordan"))),
            ("Jordan", 1, Some((Person, "Michael Jordan"))),
            // a name after "said"
            ("Okonkwo", 0, Some((Person, "Okonkwo"))),
            ("Reading", 0, None),
        ];
        for &(surface, n, want) in table {
            assert_eq!(mention(t, &doc, surface, n), want, "{surface} #{n}");
        }
        // "in May" is the month
        let month = t.find("in May").unwrap() + 3;
        assert!(doc.mentions.iter().all(|m| m.span.start != month));
        let muslim = doc
            .mentions
            .iter()
            .find(|m| &t[m.span] == "Muslim")
            .map(|m| m.kind);
        assert_eq!(muslim, Some(Group));
        let people: Vec<&str> = doc
            .entities
            .iter()
            .filter(|e| e.kind == Person)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(
            people,
            [
                "Michelle Bachelet",
                "Zhang Jun",
                "Daniel Okafor",
                "Theresa May",
                "Michael Jordan",
                "Okonkwo"
            ]
        );
        // one entity per referent, mentions listed in text order
        let bachelet = doc
            .entities
            .iter()
            .find(|e| e.name == "Michelle Bachelet")
            .unwrap();
        assert_eq!(bachelet.mentions.len(), 3);
        let un = doc
            .entities
            .iter()
            .filter(|e| e.name == "United Nations")
            .count();
        assert_eq!(un, 1);
    }

    #[test]
    fn business_article() {
        let text = fixture("business.txt");
        let t = text.as_str();
        let doc = Annotator::new().annotate(t);
        check_invariants(t, &doc).unwrap();
        let table: &[Expect] = &[
            // organization suffix
            (
                "Acme Widgets Inc.",
                0,
                Some((Organization, "Acme Widgets Inc.")),
            ),
            // title, hyphenated first name and particles
            (
                "Jean-Pierre van der Berg",
                0,
                Some((Person, "Jean-Pierre van der Berg")),
            ),
            // "X-based"
            ("London", 0, Some((Place, "London"))),
            ("NYSE", 1, Some((Organization, "New York Stock Exchange"))),
            // initials after a title; the surname later
            ("J. R. Ewing", 0, Some((Person, "J. R. Ewing"))),
            ("Ewing", 0, Some((Person, "J. R. Ewing"))),
            // "X of Y" organizations
            (
                "University of Texas",
                0,
                Some((Organization, "University of Texas")),
            ),
            (
                "Bank of England",
                0,
                Some((Organization, "Bank of England")),
            ),
            ("European Union", 0, Some((Organization, "European Union"))),
            // a town that is also an English word, after "in"
            ("Reading", 0, Some((Place, "Reading"))),
        ];
        for &(surface, n, want) in table {
            assert_eq!(mention(t, &doc, surface, n), want, "{surface} #{n}");
        }
        let nyse = mention(t, &doc, "New York Stock Exchange", 0).map(|m| m.0);
        assert_eq!(nyse, Some(Organization));
        assert!(mention(t, &doc, "The", 0).is_none());
    }

    #[test]
    fn web_news_article() {
        let text = fixture("web_news.txt");
        let t = text.as_str();
        let doc = Annotator::new().annotate(t);
        check_invariants(t, &doc).unwrap();
        let table: &[Expect] = &[
            // contractions and capitals that name no one
            ("I’m", 0, None),
            ("We're", 0, None),
            ("Don’t", 0, None),
            ("It", 0, None),
            ("GDP", 0, None),
            ("CEO", 0, None),
            ("OK", 0, None),
            ("You’re", 0, None),
            ("MPs", 0, None),
            ("NGO", 0, None),
            ("GP", 0, None),
            ("BST", 0, None),
            ("PTSD", 0, None),
            ("VAR", 0, None),
            ("CO2", 0, None),
            ("CBDCs", 0, None),
            // titles are no part of a name
            ("Maria Olsen", 0, Some((Person, "Maria Olsen"))),
            ("Jon Fudenberg", 0, Some((Person, "Jon Fudenberg"))),
            ("Clark County", 0, Some((Place, "Clark County"))),
            ("Tomas Brant", 0, Some((Person, "Tomas Brant"))),
            // an abbreviation the text defines, not a list's reading of it
            (
                "Office for Budget Responsibility",
                0,
                Some((Organization, "Office for Budget Responsibility")),
            ),
            (
                "OBR",
                1,
                Some((Organization, "Office for Budget Responsibility")),
            ),
            ("HSE", 1, Some((Organization, "Havel Stock Exchange"))),
            // a person of an organization is two names
            ("David Wyss", 0, Some((Person, "David Wyss"))),
            (
                "Halvorsen Data Inc.",
                0,
                Some((Organization, "Halvorsen Data Inc.")),
            ),
            ("Wyss", 0, Some((Person, "David Wyss"))),
            ("Dana Whitlock", 0, Some((Person, "Dana Whitlock"))),
            // a noun of organization after a name
            ("Brinmoor", 0, Some((Organization, "Brinmoor"))),
            // multi-word surnames and particles
            ("Van Der Beek", 0, Some((Person, "James Van Der Beek"))),
            ("El Amrani", 0, Some((Person, "Karim El Amrani"))),
            // relatives sharing a surname
            ("Ruth", 0, Some((Person, "Ruth Hale"))),
            ("Ruth", 1, Some((Person, "Ruth Hale"))),
            ("Tom Hale", 0, Some((Person, "Tom Hale"))),
            // two names run together, a list without commas
            ("Sam Patel", 0, Some((Person, "Sam Patel"))),
            (
                "Open Water Trust",
                0,
                Some((Organization, "Open Water Trust")),
            ),
            ("Ana Ruiz", 0, Some((Person, "Ana Ruiz"))),
            ("Tom Hale", 1, Some((Person, "Tom Hale"))),
            ("Lena Ortiz", 0, Some((Person, "Lena Ortiz"))),
            // no name runs across a line break
            ("Ines", 0, Some((Person, "Ines"))),
            // a party by its short forms
            ("Tories", 0, Some((Organization, "Conservative Party"))),
            ("Tory", 0, Some((Organization, "Conservative Party"))),
            // national sides in a sports story, one kind for every mention
            ("France", 0, Some((Organization, "France"))),
            ("Wales", 0, Some((Organization, "Wales"))),
            ("France", 2, Some((Organization, "France"))),
            ("Pierre Lavaud", 0, Some((Person, "Pierre Lavaud"))),
            // an apostrophe inside an organization's name
            (
                "Harbour Workers’ Association",
                0,
                Some((Organization, "Harbour Workers’ Association")),
            ),
            (
                "Women’s Sailing League",
                0,
                Some((Organization, "Women’s Sailing League")),
            ),
        ];
        for &(surface, n, want) in table {
            assert_eq!(mention(t, &doc, surface, n), want, "{surface} #{n}");
        }
        // no person's name starts with a title or runs over a line
        for e in doc.entities.iter().filter(|e| e.kind == Person) {
            let first = e.name.split(' ').next().unwrap_or("");
            assert!(
                !["Deputy", "Assistant", "Secretary", "Coroner", "Mr.", "Dr."].contains(&first),
                "{}",
                e.name
            );
            assert!(!e.name.contains('\n'), "{}", e.name);
        }
    }

    /// Lists, "and" inside names, lone unlisted words, shorter forms of a
    /// name: the classes of the web-news error lists, in a text written
    /// for this test.
    #[test]
    fn web_news_lists_and_lone_words() {
        let text = fixture("web_news_lists.txt");
        let t = text.as_str();
        let doc = Annotator::new().annotate(t);
        check_invariants(t, &doc).unwrap();
        let table: &[Expect] = &[
            // a lone unlisted word in a list of places; a metropolitan county
            ("Quarnshire", 0, Some((Place, "Quarnshire"))),
            ("Merseyside", 0, Some((Place, "Merseyside"))),
            // English words before a speech verb are no person
            ("Brisk North West", 0, None),
            // "and", "and Co" and a capital "Of" inside organization names
            (
                "Office of Harbour Safety and Roads",
                0,
                Some((Organization, "Office of Harbour Safety and Roads")),
            ),
            (
                "Kestrel Bay Hotel and Casino",
                0,
                Some((Organization, "Kestrel Bay Hotel and Casino")),
            ),
            (
                "Halvorsen Stanley and Co Inc",
                0,
                Some((Organization, "Halvorsen Stanley and Co Inc")),
            ),
            (
                "Sons Of Quarry Media",
                0,
                Some((Organization, "Sons Of Quarry Media")),
            ),
            // a lone unlisted word is an organization by its context
            ("Quillsoft", 0, Some((Organization, "Quillsoft"))),
            ("Ventrix", 0, Some((Organization, "Ventrix"))),
            ("Cofnetix", 0, Some((Organization, "Cofnetix"))),
            ("Knittery", 0, Some((Organization, "Knittery"))),
            ("Maren Tobeck", 0, Some((Person, "Maren Tobeck"))),
            ("Lina Brask", 0, Some((Person, "Lina Brask"))),
            // what stands before a title is not the person; no date after
            // a name's connector
            ("Harbour-Ledger", 0, None),
            ("Jan Moss", 0, Some((Person, "Jan Moss"))),
            ("Tessa Vane", 0, Some((Person, "Tessa Vane"))),
            // a small place ending a person's name is the surname
            (
                "Ana Sofia Delgado Zarate",
                0,
                Some((Person, "Ana Sofia Delgado Zarate")),
            ),
            // (and the two surnames later one mention of her)
            (
                "Delgado Zarate",
                0,
                Some((Person, "Ana Sofia Delgado Zarate")),
            ),
            // shorter forms of a name of three words
            ("Clara Quinton", 0, Some((Person, "Clara Mae Quinton"))),
            ("Clara Mae", 0, Some((Person, "Clara Mae Quinton"))),
            // a quoted phrase, group and creed words are no names
            ("Hupla Varenka", 0, None),
            ("Hupla", 0, None),
            ("Brennanists", 0, None),
            ("Zorbic", 0, None),
            // ... unless a list of organizations makes one an organization
            ("Orbitronic", 0, Some((Organization, "Orbitronic"))),
            ("Halvex", 0, Some((Organization, "Halvex"))),
            // a place's name and English words joined by "and" up to a
            // head are one organization (a first name among them too);
            // two whole organizations joined stay two
            (
                "Bristol Savings and Loan Association",
                0,
                Some((Organization, "Bristol Savings and Loan Association")),
            ),
            (
                "British Harbourmasters Association",
                0,
                Some((Organization, "British Harbourmasters Association")),
            ),
            (
                "Ferry Operators Association",
                0,
                Some((Organization, "Ferry Operators Association")),
            ),
            // English words in capitals are the short form of an
            // organization named in full; with a region's word, a place
            (
                "Grey Stone Holdings",
                0,
                Some((Organization, "Grey Stone Holdings")),
            ),
            ("Grey Stone", 0, Some((Organization, "Grey Stone Holdings"))),
            ("Meadow County", 0, Some((Place, "Meadow County"))),
            // two small places run together are one name
            ("Midland", 0, None),
            (
                "Midland Montagu",
                0,
                Some((Organization, "Midland Montagu")),
            ),
            // a first name owning a person, or after "at", is no person
            ("Chelsea", 0, Some((Organization, "Chelsea FC"))),
            ("Ada Vinter", 0, Some((Person, "Ada Vinter"))),
            ("Chelsea", 1, Some((Organization, "Chelsea FC"))),
            // a lone word writing is a person; only "said" makes it a company
            ("Brammel", 0, Some((Person, "Brammel"))),
            // a capital "Of" joins a name whole, a listed name after it too;
            // a work's title after a colon is no organization
            (
                "Friends Of Oxfam Trust",
                0,
                Some((Organization, "Friends Of Oxfam Trust")),
            ),
            ("Oxfam", 0, None),
            ("The End Of Tides", 0, None),
            ("End Of Tides", 0, None),
            // English words defined by their acronym are an organization,
            // and the acronym names it
            ("Coastal Rail", 0, Some((Organization, "Coastal Rail"))),
            ("CR", 0, Some((Organization, "Coastal Rail"))),
            // "in" and a country or a continent end an "X for Y"
            // organization's name; a city after it is where it is
            (
                "Council for Harbour Safety in Europe",
                0,
                Some((Organization, "Council for Harbour Safety in Europe")),
            ),
            ("Bristol", 0, Some((Place, "Bristol"))),
            // Latin abbreviations in capitals name no one
            ("I.E.", 0, None),
            ("E.G.", 0, None),
            // an organization known by its acronym, written as a name;
            // not a first name, nor a word inside a longer name
            ("Opec", 0, Some((Organization, "OPEC"))),
            ("Unesco", 0, Some((Organization, "UNESCO"))),
            ("Uefa", 0, Some((Organization, "UEFA"))),
            ("Gabriela Lind", 0, Some((Person, "Gabriela Lind"))),
            ("Gabriela", 0, None),
            ("Grail", 0, None),
            // a web address written as a name is an outlet; its label
            // alone, later, is the same one; an address in a link is not
            (
                "Gravelpost.info",
                0,
                Some((Organization, "Gravelpost.info")),
            ),
            ("Quaymart.co.uk", 0, Some((Organization, "Quaymart.co.uk"))),
            ("Gravelpost", 0, Some((Organization, "Gravelpost.info"))),
            ("quaymart", 0, None),
            // a first name and an English word are a person, but for a
            // thing named after one
            ("Maureen Ladle", 0, Some((Person, "Maureen Ladle"))),
            ("Ladle", 0, Some((Person, "Maureen Ladle"))),
            ("Harbour Foods", 0, Some((Organization, "Harbour Foods"))),
            // a usual first name that is an English word starts a
            // sentence and a name; a rare one ("Many", "An") is the word
            ("Grace Halloway", 0, Some((Person, "Grace Halloway"))),
            ("Jack Straw", 0, Some((Person, "Jack Straw"))),
            ("Many Quarnshire", 0, None),
            ("Quarnshire", 1, Some((Place, "Quarnshire"))),
            ("An Orbitronic", 0, None),
            // a listed place that is a first name, before a surname, is a
            // person's name; not before an English word or a plural
            ("Jordan Henderson", 0, Some((Person, "Jordan Henderson"))),
            ("Victoria Hamilton", 0, Some((Person, "Victoria Hamilton"))),
            ("Irish Sea", 0, Some((Place, "Irish Sea"))),
            ("Tory MPs", 0, None),
            // Dutch and German particles, and a surname with its particle
            // capitalized after a quote, of English words too
            ("Erik ten Hag", 0, Some((Person, "Erik ten Hag"))),
            ("Sandra den Hamer", 0, Some((Person, "Sandra den Hamer"))),
            ("Ten Hag", 0, Some((Person, "Erik ten Hag"))),
            ("Van der Flier", 0, Some((Person, "Josh van der Flier"))),
            // a run of capitals ending in the word of a place is that
            // place, a listed name before it too; a first name and a
            // surname that is such a word are a person
            ("Stamford Bridge", 0, Some((Place, "Stamford Bridge"))),
            ("Brackwater Park", 0, Some((Place, "Brackwater Park"))),
            ("Quarnel River", 0, Some((Place, "Quarnel River"))),
            ("Fenwick County", 0, Some((Place, "Fenwick County"))),
            ("Sydney Harbour", 0, Some((Place, "Sydney Harbour"))),
            ("Stephen Park", 0, Some((Person, "Stephen Park"))),
            ("Lois Lane", 0, Some((Person, "Lois Lane"))),
            // a comma and a person's role make the name before a person's,
            // not a role an organization holds too; an acronym speaking
            // is an organization
            ("Brannock Lisp", 0, Some((Person, "Brannock Lisp"))),
            ("QTU", 1, Some((Organization, "QTU"))),
            (
                "Zorbant Holdings",
                0,
                Some((Organization, "Zorbant Holdings")),
            ),
            // a lone letter after a title, a name before the lowercase
            // noun of a thing named after it: no one
            ("Z", 0, None),
            ("Booker", 0, None),
            ("LA", 0, Some((Place, "Los Angeles"))),
            // a small place named like no English word, before a surname,
            // is a first name the census lacks; after "in" the place
            ("Clive Palmer", 0, Some((Person, "Clive Palmer"))),
            ("Paco Calvo", 0, Some((Person, "Paco Calvo"))),
            ("Clive", 0, Some((Place, "Clive"))),
            // a club named like a first name is the club alone, and a
            // person's first name before a surname
            ("Chelsea", 2, Some((Organization, "Chelsea FC"))),
            ("Chelsea Manning", 0, Some((Person, "Chelsea Manning"))),
            ("Chelsea Clinton", 0, Some((Person, "Chelsea Clinton"))),
            // a listed institution with its head in lowercase (a party
            // named without the word)
            ("Labour", 0, Some((Organization, "Labour Party"))),
            (
                "Metropolitan police",
                0,
                Some((Organization, "Metropolitan Police")),
            ),
            // a faith is a group, and the surname it may be after a name
            ("Faisal Islam", 0, Some((Person, "Faisal Islam"))),
            ("Judaism", 0, Some((Group, "Judaism"))),
            ("Christianity", 0, Some((Group, "Christianity"))),
            // after a title, a listed company named like a rare first name
            ("Vince Cable", 0, Some((Person, "Vince Cable"))),
            // a name after "the" in a speaker's place is an organization
            ("Courier-Ledger", 0, Some((Organization, "Courier-Ledger"))),
            // the last word of a paper's name, an organization's head, is
            // that paper
            (
                "Tide-Gazette",
                0,
                Some((Organization, "Fenmoor Tide-Gazette")),
            ),
            // a small place named like a person is the person after an
            // unlisted first name or as a speaker, the place after "in"
            ("Sofie Hagen", 0, Some((Person, "Sofie Hagen"))),
            ("Jackson", 0, Some((Place, "Jackson"))),
            ("Cochrane", 0, Some((Person, "Cochrane"))),
            // utilities by their heads, a listed club's name before one too
            ("Thames Water", 0, Some((Organization, "Thames Water"))),
            ("Octopus Energy", 0, Some((Organization, "Octopus Energy"))),
            // the planet, an English word in the lists, when capitalized
            ("Earth", 0, Some((Place, "Earth"))),
            (
                "Friends of the Earth",
                0,
                Some((Organization, "Friends of the Earth")),
            ),
            // an unlisted first name and a census surname, English word
            // or not, are a person; a heath or a forest is a place
            ("Zaveer Sterling", 0, Some((Person, "Zaveer Sterling"))),
            ("Odalys Young", 0, Some((Person, "Odalys Young"))),
            ("Quarnby Heath", 0, Some((Place, "Quarnby Heath"))),
            ("Brackmoor Forest", 0, Some((Place, "Brackmoor Forest"))),
            // a listed company named like a surname after a first name,
            // and like a rare first name before a surname, is the person
            ("Agnes Roche", 0, Some((Person, "Agnes Roche"))),
            ("Tomas Bayer", 0, Some((Person, "Tomas Bayer"))),
            ("Vince Marlowe", 0, Some((Person, "Vince Marlowe"))),
            // an acronym in brackets spells the whole name before it,
            // across its "and", commas and "of"
            (
                "Joint Committee on Harbour Dredging and Moorings",
                0,
                Some((
                    Organization,
                    "Joint Committee on Harbour Dredging and Moorings",
                )),
            ),
            // two names with the same head joined by "and" stay two; a
            // river alone is a place
            (
                "Quarnford Water",
                0,
                Some((Organization, "Quarnford Water")),
            ),
            ("Lydbrook Water", 0, Some((Organization, "Lydbrook Water"))),
            ("Danube", 0, Some((Place, "Danube"))),
            // a surname shaped like a group's word, or a title alone, is
            // the person named in full with it
            ("Vukovic", 0, Some((Person, "Dara Vukovic"))),
            ("King", 0, Some((Person, "Tomas King"))),
            // after a first name (a town's name too), a frequent surname
            // that is an English word is still the surname
            ("Grace Young", 0, Some((Person, "Grace Young"))),
            ("Tyler West", 0, Some((Person, "Tyler West"))),
            // a name after an article and before no word it modifies is a
            // thing named after someone
            ("Oscar", 0, None),
            // English words in capitals after "the" before a listed
            // organization of one word are its full name
            (
                "Business Roundtable",
                0,
                Some((Organization, "Business Roundtable")),
            ),
            // the books of a faith name no one
            ("Qur’an", 0, None),
            ("Torah", 0, None),
            ("Emmy", 0, None),
            // a saint's name and a head are one name
            ("St Quillan’s Park", 0, Some((Place, "St Quillan’s Park"))),
            (
                "St Orla’s High School",
                0,
                Some((Organization, "St Orla’s High School")),
            ),
            // an English word after a title is no one, but after "Mr" it is
            ("Who", 0, None),
            ("Plover", 0, Some((Person, "Plover"))),
            // an age in commas after one unlisted word makes a person
            ("Tavio", 0, Some((Person, "Tavio"))),
            // a noun of organization in apposition makes one, even of a
            // town's name
            ("Quillmore", 0, Some((Organization, "Quillmore"))),
            ("Monsanto", 0, Some((Organization, "Monsanto"))),
            // English words joined in one word speak for a company
            ("FerryWorks", 0, Some((Organization, "FerryWorks"))),
            ("Ann Smith", 0, Some((Person, "Ann Smith"))),
            ("Thames", 0, Some((Place, "Thames"))),
            (
                "HDF",
                1,
                Some((Organization, "Harbour, Dock and Ferry union")),
            ),
            (
                "JCHDM",
                1,
                Some((
                    Organization,
                    "Joint Committee on Harbour Dredging and Moorings",
                )),
            ),
            (
                "QCF",
                1,
                Some((
                    Organization,
                    "National Union of Quay, Crane and Ferry Workers",
                )),
            ),
            // an unlisted place by its head, first or last; a frequent
            // first name before a head that is a frequent surname is a
            // person; an organization's head wins; four English words are
            // a title
            ("Lake Varnholm", 0, Some((Place, "Lake Varnholm"))),
            ("Mount Ostrik", 0, Some((Place, "Mount Ostrik"))),
            ("Skerra Island", 0, Some((Place, "Skerra Island"))),
            ("Cape Dunmorrow", 0, Some((Place, "Cape Dunmorrow"))),
            ("Box Hill", 0, Some((Place, "Box Hill"))),
            ("Harry Hill", 0, Some((Person, "Harry Hill"))),
            (
                "Mount Orrin Hospital",
                0,
                Some((Organization, "Mount Orrin Hospital")),
            ),
            ("Running Up That Hill", 0, None),
            // letters and digits in one unlisted word are a code, unless
            // the text makes an organization of it
            ("N1", 0, None),
            ("A40", 0, None),
            ("D3", 0, None),
            ("M2", 0, None),
            ("Ferry4All", 0, Some((Organization, "Ferry4All"))),
            ("MI5", 0, Some((Organization, "MI5"))),
            // a capitalized "Who" or "Is" inside a run makes it a title,
            // which names only the people it names
            ("Ferryman Who Ran Out of Tides", 0, None),
            ("Marlon Tebbit", 0, Some((Person, "Marlon Tebbit"))),
            // a small place ends a name after a role and an initial; a
            // month is a first name after a title; a noun of organization
            // makes one English word a name; titles opening "X of Y"
            ("Tomas K. Bruce", 0, Some((Person, "Tomas K. Bruce"))),
            ("June Halloway", 0, Some((Person, "June Halloway"))),
            ("Anchor", 0, Some((Organization, "Anchor"))),
            ("Keel", 0, Some((Organization, "Keel"))),
            // a first name that is a town, a particle and a capital are a
            // person, and the surname alone is the same one
            ("Mara de Wit", 0, Some((Person, "Mara de Wit"))),
            ("Wit", 0, Some((Person, "Mara de Wit"))),
            // the short form Australian news prints for a state
            ("WA", 0, Some((Place, "Western Australia"))),
            // a model's name is no organization
            ("Quillbook Pro", 0, None),
            ("Quillpad Air", 0, None),
            // a surname the census lacks, named like a small place, after
            // an unlisted word where a speaker stands
            ("Tavo Beaune", 0, Some((Person, "Tavo Beaune"))),
            // a group's word that is a usual first name, before a frequent
            // surname, is the first name
            ("Christian Porter", 0, Some((Person, "Christian Porter"))),
            ("Porter", 0, Some((Person, "Christian Porter"))),
            // a town named like a usual first name before a census
            // surname, an English word too, is a first name
            ("Norman Wisdom", 0, Some((Person, "Norman Wisdom"))),
            ("Kent Police", 0, Some((Organization, "Kent Police"))),
            // a town named like a first name, after a title, is a person
            ("Susan", 0, Some((Person, "Susan"))),
            // a name whose surname, an English word, speaks alone
            // elsewhere is a person's
            ("Ludo Quill", 0, Some((Person, "Ludo Quill"))),
            ("Quill", 0, Some((Person, "Ludo Quill"))),
            // two listed one-word companies run together, names both
            ("Gaia Vince", 0, Some((Person, "Gaia Vince"))),
            // a town before a frequent surname is a first name; a hall is
            // a place
            ("Keswick Baker", 0, Some((Person, "Keswick Baker"))),
            ("Usher Hall", 0, Some((Place, "Usher Hall"))),
            // "for" joins an organization's words, not a person to a name
            ("Sian Orrell", 0, Some((Person, "Sian Orrell"))),
            ("Tomas Brandt", 0, Some((Person, "Tomas Brandt"))),
            (
                "Everytown for Safer Ferries",
                0,
                Some((Organization, "Everytown for Safer Ferries")),
            ),
            ("Lantern", 0, Some((Organization, "Lantern"))),
            // a listed organization and a capital before a noun of
            // organization are one name
            ("BBC Sport", 0, Some((Organization, "BBC Sport"))),
            ("Lena Varga", 0, Some((Person, "Lena Varga"))),
            ("Dorset", 0, Some((Place, "Dorset"))),
            // an unknown word and a frequent surname that is an English
            // word are a person; a day named after someone is not
            ("Kellam Fisher", 0, Some((Person, "Kellam Fisher"))),
            ("Tavo Orlandini", 0, Some((Person, "Tavo Orlandini"))),
            // a first name and a surname are a person, though both are
            // small places
            (
                "Esmeralda Pimentel",
                0,
                Some((Person, "Esmeralda Pimentel")),
            ),
        ];
        for &(surface, n, want) in table {
            assert_eq!(mention(t, &doc, surface, n), want, "{surface} #{n}");
        }
        assert_ne!(
            mention(t, &doc, "Quillan Day", 0).map(|m| m.0),
            Some(Person),
            "a day named after someone is no person"
        );
        assert!(
            !doc.mentions.iter().any(|m| t[m.span].contains("Nov")),
            "a date is no part of a name"
        );
        assert!(
            !doc.mentions
                .iter()
                .any(|m| m.kind == Organization && t[m.span].contains("Harbour Officer")),
            "an office spelled by an acronym is no organization"
        );
        // one unlisted word that speaks is the company the text calls it
        // elsewhere, in every mention
        let brennix: Vec<_> = doc
            .mentions
            .iter()
            .filter(|m| &t[m.span] == "Brennix")
            .collect();
        assert_eq!(brennix.len(), 3);
        assert!(brennix.iter().all(|m| m.kind == Organization));
        assert!(
            !doc.mentions.iter().any(|m| &t[m.span] == "BNPL"),
            "an acronym spelled by lowercase words is a term"
        );
        assert_ne!(
            mention(t, &doc, "Davis Cup", 0).map(|m| m.0),
            Some(Person),
            "a cup named after a man is no person"
        );
    }

    /// In a sports story a town named like a census surname is still the
    /// person where a speaker stands.
    #[test]
    fn a_speaker_named_like_a_town_in_a_sports_story() {
        let t = "SOCCER - EVERTON BEAT CHELSEA\n\
                 Everton beat Chelsea 2-1 on Saturday and Fulham lost to Leeds.\n\
                 “We were poor,” said Jackson after the match.";
        let doc = Annotator::new().annotate(t);
        check_invariants(t, &doc).unwrap();
        assert_eq!(mention(t, &doc, "Jackson", 0), Some((Person, "Jackson")));
    }

    /// In a story that names national sides, a city after "in" or "at" is
    /// still the place of the match.
    #[test]
    fn national_sides_and_their_venues() {
        let text = fixture("national_sides.txt");
        let t = text.as_str();
        let doc = Annotator::new().annotate(t);
        check_invariants(t, &doc).unwrap();
        assert_eq!(mention(t, &doc, "Dublin", 0), Some((Place, "Dublin")));
        for (surface, n) in [("Ireland", 0), ("Wales", 0), ("Wales", 1), ("France", 1)] {
            assert_eq!(
                mention(t, &doc, surface, n),
                Some((Organization, surface)),
                "{surface} #{n}"
            );
        }
    }

    /// Parties by the short forms their news uses: "Labor", "the Greens",
    /// "the Nationals", "the Liberals", "the Conservatives" are the parties;
    /// a listed party and a person after "of" are two names.
    #[test]
    fn parties_by_their_short_forms() {
        let t = "The count in Hobart was slow, but Labor won the seat, the Greens gained \
                 and the Nationals held on, while the Liberals lost ground. In Leeds the \
                 Conservatives blamed Labour. The Liberal Party of Marnie Castell lost.";
        let doc = Annotator::new().annotate(t);
        check_invariants(t, &doc).unwrap();
        for (surface, name) in [
            ("Labor", "Australian Labor Party"),
            ("Greens", "Australian Greens"),
            ("Nationals", "National Party of Australia"),
            ("Liberals", "Liberal Party of Australia"),
            ("Conservatives", "Conservative Party"),
            ("Labour", "Labour Party"),
            ("Liberal Party", "Liberal Party of Australia"),
        ] {
            assert_eq!(
                mention(t, &doc, surface, 0),
                Some((Organization, name)),
                "{surface}"
            );
        }
        assert_eq!(
            mention(t, &doc, "Marnie Castell", 0),
            Some((Person, "Marnie Castell"))
        );
    }

    /// Listed people are each their own entity under the name news gives
    /// them: the presidents' rows of the congressional source carry no id
    /// and once merged into one person ("Zachary Taylor").
    #[test]
    fn listed_presidents_are_distinct_people() {
        let t = "Bill Clinton praised Ronald Reagan, and Jimmy Carter wrote to Richard Nixon.";
        let doc = Annotator::new().annotate(t);
        check_invariants(t, &doc).unwrap();
        let names = [
            "Bill Clinton",
            "Ronald Reagan",
            "Jimmy Carter",
            "Richard Nixon",
        ];
        for name in names {
            assert_eq!(mention(t, &doc, name, 0), Some((Person, name)), "{name}");
        }
        let people = doc.entities.iter().filter(|e| e.kind == Person).count();
        assert_eq!(people, names.len());
    }

    /// A surname goes to the full name the text names most often before
    /// it, not to a relative named once in passing.
    #[test]
    fn a_surname_is_the_story_s_person() {
        let t = "Lina Quillon lost the vote. Lina Quillon spoke to supporters, and Lina Quillon \
                 thanked them. Her father, Tomas Quillon, watched. Quillon said she would run again.";
        let doc = Annotator::new().annotate(t);
        check_invariants(t, &doc).unwrap();
        assert_eq!(
            mention(t, &doc, "Quillon", 0),
            Some((Person, "Lina Quillon"))
        );
        assert_eq!(
            mention(t, &doc, "Tomas Quillon", 0),
            Some((Person, "Tomas Quillon"))
        );
    }

    /// A publisher a source lists as "The X" is the curated "X", not an
    /// outlet of its own.
    #[test]
    fn the_bbc_is_the_bbc() {
        let t = "The BBC said it would. Later the BBC agreed.";
        let doc = Annotator::new().annotate(t);
        check_invariants(t, &doc).unwrap();
        assert_eq!(mention(t, &doc, "The BBC", 0), Some((Organization, "BBC")));
        assert_eq!(mention(t, &doc, "BBC", 0), Some((Organization, "BBC")));
        assert_eq!(doc.entities.len(), 1);
    }

    /// Straight and curly apostrophes give the same names.
    #[test]
    fn apostrophes_straight_or_curly() {
        let curly = fixture("web_news.txt");
        let straight = curly.replace('’', "'");
        let names = |t: &str| {
            let doc = Annotator::new().annotate(t);
            doc.mentions
                .iter()
                .map(|m| {
                    let name = &doc.entities[m.entity].name;
                    (t[m.span].replace('’', "'"), m.kind, name.replace('’', "'"))
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&curly), names(&straight));
    }

    #[test]
    fn sports_results() {
        let text = fixture("sports.txt");
        let t = text.as_str();
        let doc = Annotator::new().annotate(t);
        check_invariants(t, &doc).unwrap();
        // a dateline names a place; cities in results are teams
        assert_eq!(mention(t, &doc, "LONDON", 1), Some((Place, "London")));
        assert_eq!(
            mention(t, &doc, "Leeds", 0).map(|m| m.0),
            Some(Organization)
        );
        assert_eq!(
            mention(t, &doc, "Leeds", 1).map(|m| m.0),
            Some(Organization)
        );
        assert_eq!(
            mention(t, &doc, "Tony Yeboah", 0),
            Some((Person, "Tony Yeboah"))
        );
        assert_eq!(mention(t, &doc, "SOCCER", 0), None);
        // a city after "AT" in a schedule, or after a capital "In", is the
        // venue; the side before "AT" is the team
        assert_eq!(mention(t, &doc, "LIVERPOOL", 0).map(|m| m.0), Some(Place));
        assert_eq!(
            mention(t, &doc, "ARSENAL", 1).map(|m| m.0),
            Some(Organization)
        );
        assert_eq!(mention(t, &doc, "Manchester", 0).map(|m| m.0), Some(Place));
        // a club with the code in brackets that tells it from another
        for club in ["Dravica (BJ)", "Kestrel (K)"] {
            assert_eq!(mention(t, &doc, club, 0).map(|m| m.0), Some(Organization));
        }
        assert_eq!(mention(t, &doc, "BJ", 0), None);
    }

    #[test]
    fn seed_article_when_shared_data_is_present() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/seeds/000_de877040902aa1d4.txt"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("SKIPPED: {path} is missing (the shared folder is not beside the project)");
            return;
        };
        let doc = Annotator::new().annotate(&text);
        check_invariants(&text, &doc).unwrap();
        let named = |kind, name: &str| {
            doc.entities
                .iter()
                .any(|e| e.kind == kind && e.name == name)
        };
        for (kind, name) in [
            (Person, "Michelle Bachelet"),
            (Person, "Zhang Jun"),
            (Person, "Hung"),
            (Organization, "United Nations"),
            (Place, "Xinjiang"),
            (Group, "Uyghurs"),
        ] {
            assert!(named(kind, name), "{kind} {name} not found");
        }
        assert!(!named(Place, "Uyghurs") && !named(Person, "High Commissioner"));
    }
}

/// Without the embedded lists the rules still find names.
#[test]
fn rules_without_embedded_lists() {
    let annotator = Annotator::builder().without_embedded().build().unwrap();
    let text = "Officials met Mr. Daniel Okafor at the Global Rights Institute. Okafor said the Acme Widgets Inc. deal was off.";
    let doc = annotator.annotate(text);
    check_invariants(text, &doc).unwrap();
    assert_eq!(
        mention(text, &doc, "Daniel Okafor", 0),
        Some((EntityKind::Person, "Daniel Okafor"))
    );
    assert_eq!(
        mention(text, &doc, "Okafor", 0),
        Some((EntityKind::Person, "Daniel Okafor"))
    );
    assert_eq!(
        mention(text, &doc, "Global Rights Institute", 0).map(|m| m.0),
        Some(EntityKind::Organization)
    );
    assert_eq!(
        mention(text, &doc, "Acme Widgets Inc.", 0).map(|m| m.0),
        Some(EntityKind::Organization)
    );
}

/// An e-mail address names its writer only in the bio around it: a word
/// spelled like the local part elsewhere in the story stays what it was.
#[test]
fn email_local_part_names_the_writer_only_nearby() {
    let annotator = Annotator::new();
    let story =
        "Council Approves Harbor Plan\n\nThe council voted on Tuesday to approve the plan.\n\n";
    let filler = "The vote followed months of debate about the cost of the work. ".repeat(20);
    let bio = "Pat Lee covers city hall. Write to harbor@cityhall.ca with questions.\n\nHung is a reporter. Email hung@example.com.";
    let text = format!("{story}{filler}\n\n{bio}");
    let doc = annotator.annotate(&text);
    check_invariants(&text, &doc).unwrap();
    assert_ne!(
        mention(&text, &doc, "Harbor", 0).map(|m| m.0),
        Some(EntityKind::Person),
        "a headline word far from harbor@... is not the writer"
    );
    assert_eq!(
        mention(&text, &doc, "Hung", 0),
        Some((EntityKind::Person, "Hung"))
    );
}

/// A name right after a speech verb is a person, but not the possessor of
/// the one who speaks ("cautioned Harbourline's Ada Vinter").
#[test]
fn the_possessor_after_a_speech_verb_is_no_speaker() {
    let text = "“Prices will ease,” cautioned Harbourline’s Ada Vinter. “Rents will not,” said Quellmark's Tom Reed. “Nor will wages,” said Lina Vost.";
    let doc = Annotator::new().annotate(text);
    check_invariants(text, &doc).unwrap();
    for owner in ["Harbourline", "Quellmark"] {
        assert_ne!(
            mention(text, &doc, owner, 0).map(|m| m.0),
            Some(EntityKind::Person),
            "{owner}"
        );
    }
    for person in ["Ada Vinter", "Tom Reed", "Lina Vost"] {
        assert_eq!(
            mention(text, &doc, person, 0).map(|m| m.0),
            Some(EntityKind::Person),
            "{person}"
        );
    }
}

/// Entries given to the builder are matched, resolved to their canonical
/// name through aliases, and win over the rules.
#[test]
fn builder_entries_and_aliases() {
    let annotator = Annotator::builder()
        .without_embedded()
        .gazetteer_entries([
            GazetteerEntry::new("Zorblat Kingdom", EntityKind::Place).alias("Zorblat"),
            GazetteerEntry::new("Quux Holdings", EntityKind::Organization).alias("QH"),
        ])
        .build()
        .unwrap();
    let text = "QH opened an office in Zorblat. Quux Holdings said ZORBLAT KINGDOM welcomed it.";
    let doc = annotator.annotate(text);
    check_invariants(text, &doc).unwrap();
    assert_eq!(
        mention(text, &doc, "QH", 0),
        Some((EntityKind::Organization, "Quux Holdings"))
    );
    assert_eq!(
        mention(text, &doc, "Zorblat", 0),
        Some((EntityKind::Place, "Zorblat Kingdom"))
    );
    let qh = doc
        .entities
        .iter()
        .find(|e| e.name == "Quux Holdings")
        .unwrap();
    assert_eq!(qh.mentions.len(), 2);
}

#[test]
fn gazetteer_file_errors_name_file_and_line() {
    let dir = std::env::temp_dir().join(format!("byline-entities-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases = [
        (
            "bad_kind.tsv",
            "Acme\torganization\n# comment\nZorb\tplanet\n",
            3,
            "planet",
        ),
        (
            "empty_name.tsv",
            "Acme\torganization\n\tperson\tX\n",
            2,
            "empty name",
        ),
    ];
    for (file, content, line, needle) in cases {
        let path = dir.join(file);
        std::fs::write(&path, content).unwrap();
        let err = Annotator::builder()
            .without_embedded()
            .gazetteer_file(&path)
            .build()
            .unwrap_err();
        assert_eq!(err.line_number(), Some(line), "{err}");
        let msg = err.to_string();
        assert!(
            msg.contains(file) && msg.contains(&format!(":{line}:")) && msg.contains(needle),
            "{msg}"
        );
    }
    let missing = dir.join("missing.tsv");
    let err = Annotator::builder()
        .gazetteer_file(&missing)
        .build()
        .unwrap_err();
    assert_eq!(err.path(), Some(missing.as_path()));
    assert!(err.to_string().contains("missing.tsv"), "{err}");

    // a good file is used
    let good = dir.join("good.tsv");
    std::fs::write(&good, "Frobnia\tplace\tRepublic of Frobnia\tFrob\n").unwrap();
    let annotator = Annotator::builder()
        .without_embedded()
        .gazetteer_file(&good)
        .build()
        .unwrap();
    let text = "Troops left Frob on Sunday.";
    let doc = annotator.annotate(text);
    assert_eq!(
        mention(text, &doc, "Frob", 0),
        Some((EntityKind::Place, "Republic of Frobnia"))
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn entries_with_empty_names_are_rejected() {
    let err = Annotator::builder()
        .gazetteer_entries([GazetteerEntry::new("  ", EntityKind::Person)])
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("empty name"), "{err}");
}

#[test]
fn odd_inputs_do_not_panic() {
    let annotator = Annotator::new();
    let long_line = "Michelle Bachelet met Zhang Jun in Geneva. ".repeat(20_000);
    let inputs = [
        String::new(),
        "\u{0}\u{1}\u{7f}\r\n\t".to_string(),
        "😀 Zhang 😀 said 😀".to_string(),
        "שלום Bachelet مرحبا said Zhang".to_string(),
        "U.S.-based A.B.C. O'Neil's al-".to_string(),
        "’s 's - -- @ .com www. @x.com".to_string(),
        "A\u{301}cme Inc. É. Ürgen".to_string(),
        long_line,
    ];
    for text in &inputs {
        let doc = annotator.annotate(text);
        check_invariants(text, &doc).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_string_keeps_the_invariants(text in "\\PC{0,200}") {
        let doc = Annotator::new().annotate(&text);
        prop_assert!(check_invariants(&text, &doc).is_ok(), "{:?}", check_invariants(&text, &doc));
    }

    #[test]
    fn name_like_text_keeps_the_invariants(
        words in proptest::collection::vec(
            prop_oneof![
                Just("Bachelet"), Just("Zhang"), Just("UN"), Just("said"), Just("the"),
                Just("Mr."), Just("of"), Just("Bank"), Just("\u{2019}s"), Just("("), Just("WHO"),
                Just(")"), Just("."), Just("\n"), Just("LONDON"), Just("1996-08-30"), Just("May"),
                Just("Jordan"), Just("al-"), Just("@"), Just("x.com"), Just("É"), Just("Inc."),
            ],
            0..60,
        )
    ) {
        let text = words.join(" ");
        let doc = Annotator::new().annotate(&text);
        prop_assert!(check_invariants(&text, &doc).is_ok(), "{:?}", check_invariants(&text, &doc));
    }
}
