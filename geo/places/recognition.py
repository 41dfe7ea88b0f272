"""Toponym recognition: where a text names a place, before deciding which place it is."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import NamedTuple

from geo.gazetteer.index import CAPS, KINDS, Gazetteer, phrases_in
from geo.places.model import Model, default_model
from geo.places.streets import find_features, merge
from geo.records import Hit
from geo.text import (
    JOINER,
    Token,
    in_capitals,
    inside_any,
    is_capitalised,
    is_function_word,
    title_lines,
    tokenize,
    word_key,
)

MAX_WORDS = 6
# Indonesian clitics glued to a name ("Jakartanya", "Moskwalah").
CLITICS = ("nya", "lah", "kah", "pun")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that, written before a name, make it part of an organisation's name.
ORG_BEFORE = _words("""universitas university univ college institut institute bank
kementerian kemlu kedutaan embassy kantor museum""")
# Words that, written after a name, make it part of an organisation's name.
ORG_AFTER = _words("""times post herald gazette tribune journal news daily police
department dept university college institute council club bank company corp inc fc united
sheriff sheriffs schools school hospital church airport mall city""")
# Words after a name that make it a street or building rather than the town.
STREET_AFTER = _words("""road rd street st avenue ave drive dr lane ln boulevard blvd
highway hwy way court ct pike circle place square plaza hall building center centre park""")
# Words before a name that make it a locative ("in Paris", "di Jenewa").
LOCATIVE = _words("""in at near from to into outside across toward towards via
di ke dari dekat menuju shelled shelling attacked struck hit bombed targeted targeting
menembaki menyerang menggempur membombardir seized captured overran retook recaptured
merebut menguasai direbut dikuasai kota desa kampung dusun distrik kecamatan kabupaten""")
# "40 kilometers west of Sake", "the outskirts of Goma": where, told from the place.
RELATIVE_TO = _words("""north south east west northeast northwest southeast southwest
north-east north-west south-east south-west outskirts suburbs edge kilometers kilometres km
miles""")
# Arabic articles and name words that begin a longer name ("Al-Luweib", "Abu Shouk").
NAME_PARTICLES = _words("al el ad an ar as at ash abu bin ibn umm bani beni")
# Armed groups whose names are also towns' ("Shabab", "Hamas"): the group, unless "in X"
# (attacked, menyerang: the group is what is attacked).
GROUP_NAMES = _words("shabab shabaab hamas hezbollah hizbullah houthi houthis taliban")
SPATIAL = _words("in at near from di ke dari dekat")
# "the town of Bara": "of" after a place noun is a locative too.
PLACE_NOUNS = _words("town city village district province region")
# Units a region's alternate names end in ("Mopti Region"): written in lower case after the
# name ("the Mopti region") the unit is the text's word, not the name's, and the name alone
# is read, with its own kinds and population.
LOWER_UNITS = _words("region province state district county governorate oblast prefecture")
# Capitalised words that may stand before a place name without making it a person's name.
TITLES = _words("""presiden president menteri minister pm perdana ketua kota kabupaten
provinsi negara wilayah pasukan tentara militer ibu pemerintah kementerian kemlu the a an
pertahanan luar negeri dalam republik republic north south east west northern southern
eastern western central new utara selatan timur barat tengah upper lower greater downtown
in at of and but for from to by on with as if when while after before during""")
# Words that make the capitalised word before them a person: "Henry said".
SPEECH = _words("said says told added stated wrote asked explained noted mengatakan")
# Indonesian puts the verb first: "kata Sanchez", "ujar Frans".
SPEECH_BEFORE = _words("kata ujar tutur ucap jelas tegas imbuh")
# Titles that make the next capitalised word a person: "Mr. Jones".
HONORIFICS = _words("""mr mrs ms dr sen gov rep sgt lt capt col gen officer deputy judge
coach pastor rev president pak bu bapak ibu""")
# Month and day names are capitalised in both languages and some are also towns ("Juli").
CALENDAR = _words("""januari februari maret april mei juni juli agustus september oktober
november desember senin selasa rabu kamis jumat sabtu minggu january february march may june
july august october december monday tuesday wednesday thursday friday saturday sunday jan feb
mar apr jun jul aug sep sept oct nov dec""")
# Words before a country name that keep it a place ("di Armenia", "wilayah Armenia");
# after any other lower-case word it modifies a noun ("pemerintah Indonesia") and names
# a state as an actor, not a location.
PLACE_BEFORE = _words("""di ke dari dekat menuju hingga sampai antara dan atau serta seperti
dengan seluruh arah kota ibukota ibu wilayah kawasan daerah perbatasan negara yakni yaitu
termasuk untuk bagi oleh pada atas bahwa adalah ialah juga mencapai mengunjungi memasuki
meninggalkan melawan terhadap sebelah luar
in at near from to into onto across toward towards via and or of throughout inside
northern southern eastern western central northeastern northwestern southeastern southwestern
north-eastern north-western south-eastern south-western
menghantam menembaki menggempur membombardir mengepung shelled bombed pounded""")
# What joins the names of a list: "Fizuli, Terter and Dashkesan", "Baku dan Ganja".
LIST_JOINS = frozenset({", ", ",", " and ", ", and ", " or ", " dan ", ", dan ", " atau ", " serta "})
# Words after which a name is where something is or goes, never who acts: "mencapai Yerevan".
TOWARDS = _words("""mencapai memasuki mengunjungi meninggalkan hingga sampai wilayah kawasan
daerah kota ibukota perbatasan reach reached reaching entered visited""")
# Capitalised offices before a country that make it the state behind them.
ACTOR_BEFORE = _words("""presiden menteri negeri pertahanan pm perdana kementerian kemlu
pemerintah tentara pasukan militer dubes president minister ministry government army""")
# Compass words that make "Jakarta Selatan", "Israel utara" one (smaller) place.
DIRECTIONS = _words("utara selatan timur barat tengah pusat tenggara")
# "Teheran tengah menjajaki": before a verb, "tengah" says "is now doing", not "central".
ASPECT = re.compile(r"tengah\s+(?:me|ber)[a-z]+", re.I)
_ROMAN = re.compile(r"[IVX]+|\d+")
SENTENCE_END = set('.!?:;\n\r"\u201c\u201d\u2014(')
# Written in capitals and this short, a word is an acronym ("EU", "UAE"), not a town.
ACRONYM_CHARS = 4
# A short word in capitals opening a dateline is a town this big ("GOMA"), not "NATO".
DATELINE_TOWN = 100_000
# What follows a line's first word in a dateline: "GOMA, Congo —", "JUBA (Reuters) -".
DATELINE_AT = re.compile(r"(?:,\s*[A-Z][\w.]*|\s*\([A-Z][\w.]*\))*\s*[-\u2013\u2014]\s", re.U)
# A town this big may be named without a locative and still be meant ("Paris said").
BIG_CITY = 1_000_000
COUNTRYLIKE = frozenset({"country", "disputed", "continent"})
CITY_ONLY = frozenset({"city"})
CONTAINERS = frozenset({"admin1", "country"})


def _joined(text: str, a: Token, b: Token) -> bool:
    return JOINER.fullmatch(text, a.end, b.start) is not None


def _spaced(text: str, a: Token, b: Token) -> bool:
    return text[a.end:b.start] == " "


# "anti-", "pro-" before a name make a side or a stance of it.
AGAINST = re.compile(r"(?:^|(?<=[\s(\"'\u201c]))(?:anti|pro)-$", re.I)
# Words of a name written short with a dot ("Loudon Co.").
ABBREVIATED = frozenset({"co"})
# "Rep. Jane Doe, D-Ore.,": a legislator's party and the state she sits for.
PARTY = re.compile(r"(?:^|[\s,(])(?:D|R|I|DFL)-$")


def _before_its_region(text: str, tokens: list[Token], j: int, gaz: Gazetteer, key: str,
                       lang: str | None, phrases: dict[int, list[int]]) -> bool:
    """"Surprise, Ariz.", "Hurricane, W.Va.": the name is followed by the first-level region
    one of its own candidates lies in, as datelines and local news write a town."""
    if j + 1 >= len(tokens) or text[tokens[j].end:tokens[j + 1].start] not in (", ", ","):
        return False
    found = _match_at(text, tokens, j + 1, gaz, lang, phrases)
    region = found[2] if found is not None else ""
    if region not in gaz.postal and "admin1" not in gaz.kinds_of(region):
        return False
    inside = {(gaz.country[e], gaz.admin1[e]) for e in gaz.lookup_key(region)}
    return any((gaz.country[e], gaz.admin1[e]) in inside for e in gaz.lookup_key(key)
               if gaz.admin1[e])


def _after_a_name(text: str, tokens: list[Token], i: int, gaz: Gazetteer, key: str) -> bool:
    """"Intan Jaya, Papua Tengah", "Kafr Batna, Rif Dimashq": a region or country after a
    name and a comma says where that name lies (known to the index or not), so it is named as
    a place."""
    if not (i > 1 and text[tokens[i - 1].end:tokens[i].start] in (", ", ",") and
            is_capitalised(tokens[i - 1].text)) or key in gaz.demonyms:
        return False
    # not a list of names ("Peter, Paul and Mary", "Spanish, French, and Mexican"): the name
    # before follows no comma, and the region is no town or person of its own
    j = i - 1
    while j > 0 and is_capitalised(tokens[j - 1].text) and _spaced(text, tokens[j - 1], tokens[j]):
        j -= 1
    return j > 0 and text[tokens[j - 1].end:tokens[j].start].strip() != "," and \
        gaz.kinds_of(key) <= CONTAINERS and bool(gaz.kinds_of(key))


def _sentence_initial(text: str, tokens: list[Token], i: int) -> bool:
    if i == 0:
        return True
    before = text[tokens[i - 1].end:tokens[i].start]
    return any(c in SENTENCE_END for c in before)


def _usable_key(gaz: Gazetteer, key: str, lang: str | None) -> bool:
    """Whether a key may be read in a text of this language."""
    return not (lang == "en" and gaz.key_langs.get(key) == "id")  # "AS" is Indonesian


def _word_key(gaz: Gazetteer, tok: Token, lang: str | None, text: str | None = None) -> str | None:
    """The key a one-word name is read under: written in capitals, an entry's capitals-only
    form first ("AS", "UAE"); a short word in capitals has no other reading ("EU" is not
    the town of Eu); written otherwise, only the forms entries write so ("As" is no "AS")."""
    caps = in_capitals(tok.text)
    if caps and CAPS + tok.key in gaz.keys:
        key = CAPS + tok.key
    elif caps and len(tok.text) <= ACRONYM_CHARS and not (
            len(tok.text) > 2 and text is not None and DATELINE_AT.match(text, tok.end) and
            (tok.start == 0 or text[tok.start - 1] == "\n") and
            gaz.biggest_population(tok.key) >= DATELINE_TOWN):
        return None  # (but a dateline: "GAZA, KOMPAS.com -", "JUBA (Reuters) -")
    else:
        key = tok.key
    return key if key in gaz.keys and _usable_key(gaz, key, lang) else None


def _match_at(text: str, tokens: list[Token], i: int, gaz: Gazetteer, lang: str | None,
              phrases: dict[int, list[int]]) -> tuple[int, int, str] | None:
    """Longest (end token index, end offset, key) of a gazetteer name starting at token i;
    `phrases` holds where names of several words start (`phrases_in`)."""
    first = tokens[i].key
    lengths = phrases.get(i, ())
    unit_after: tuple[int, int, str] | None = None  # "the Mopti region", if nothing shorter
    for n in lengths:  # several words: "SAN ANTONIO" in a dateline as "San Antonio"
        if n <= MAX_WORDS and all(_joined(text, tokens[k], tokens[k + 1])
                                  for k in range(i, i + n - 1)):
            key = " ".join([t.key for t in tokens[i:i + n]])
            if _usable_key(gaz, key, lang):
                last = tokens[i + n - 1]
                if n > 1 and last.key in LOWER_UNITS and last.text.islower():
                    unit_after = unit_after or (i + n - 1, last.end, key)
                    continue
                return i + n - 1, last.end, key
    word = _word_key(gaz, tokens[i], lang, text)
    if word is not None:
        return i, tokens[i].end, word
    if unit_after is not None:
        return unit_after
    # "Jakartanya", "Moskwalah"; not at a sentence's start, where the capital is no evidence
    # of a name ("Setelah" is a word, not Sète with "-lah")
    if lang != "en" and not lengths and not _sentence_initial(text, tokens, i):
        for clitic in CLITICS:
            stem = first[:-len(clitic)]
            if first.endswith(clitic) and stem in gaz.keys and _usable_key(gaz, stem, lang):
                return i, tokens[i].end - len(clitic), stem
    return None


def _role(text: str, tokens: list[Token], i: int, j: int, gaz: Gazetteer, key: str,
          titles: list[tuple[int, int]]) -> str:
    prev_word = tokens[i - 1].key if i else ""
    nxt = tokens[j + 1] if j + 1 < len(tokens) and _spaced(text, tokens[j], tokens[j + 1]) else None
    next_word = nxt.key if nxt and is_capitalised(nxt.text) else ""
    if prev_word in ORG_BEFORE or next_word in ORG_AFTER:
        return "org"
    if prev_word == "of" and i >= 2 and tokens[i - 2].key in ORG_BEFORE:
        return "org"
    if key in gaz.demonyms:
        return "demonym"
    kinds = gaz.kinds_of(key)
    if "country" in kinds and _as_actor(text, tokens, i):
        return "actor"
    if kinds != CITY_ONLY and not inside_any(tokens[i].start, titles) and \
            _inside_name(text, tokens, i, j, gaz):
        return "org"  # "Partai Demokrasi Indonesia Perjuangan", "Bursa Efek Indonesia"
    if next_word in STREET_AFTER:
        return "street"
    return "place"


def _as_actor(text: str, tokens: list[Token], i: int) -> bool:
    """A country named as a state that acts or owns, not as a location.

    "Armenia minta bantuan Rusia", "pemerintah Indonesia", "Menteri Luar Negeri Turki".
    """
    if text.startswith(("'s", "\u2019s"), tokens[i].end):
        return True  # "Russia's army"
    if _sentence_initial(text, tokens, i):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return nxt is not None and _spaced(text, tokens[i], nxt) and nxt.text.islower()
    prev = tokens[i - 1]
    if not _spaced(text, prev, tokens[i]):
        return False
    if prev.text.islower():
        return prev.key not in PLACE_BEFORE
    return prev.key in ACTOR_BEFORE


def _plain_word(tok: Token) -> bool:
    """A capitalised word that says nothing about its neighbour being a name."""
    key = tok.key
    return (key in TITLES or key in ACTOR_BEFORE or key in DIRECTIONS or key in CALENDAR
            or key in PLACE_BEFORE or key in LOCATIVE or is_function_word(key)
            or _ROMAN.fullmatch(tok.text) is not None)


def _neighbours(text: str, tokens: list[Token], i: int, j: int) -> list[Token]:
    """The capitalised words right before and after tokens i..j, joined by one space."""
    out = []
    if i and not _sentence_initial(text, tokens, i) and _spaced(text, tokens[i - 1], tokens[i]):
        out.append(tokens[i - 1])
    if j + 1 < len(tokens) and _spaced(text, tokens[j], tokens[j + 1]):
        out.append(tokens[j + 1])
    return [t for t in out if is_capitalised(t.text) and not _plain_word(t)]


def _inside_name(text: str, tokens: list[Token], i: int, j: int, gaz: Gazetteer) -> bool:
    """Next to capitalised words that are no places: a longer proper name ("Bursa Efek Indonesia")."""
    return any(t.key not in gaz.keys for t in _neighbours(text, tokens, i, j))


def _part_of_name(text: str, tokens: list[Token], i: int, j: int, gaz: Gazetteer) -> bool:
    """Next to a capitalised word that is no region or organisation word: "Raquel Henry"."""
    return any(t.key not in ORG_AFTER and t.key not in STREET_AFTER
               and not gaz.kinds_of(t.key) - CITY_ONLY for t in _neighbours(text, tokens, i, j))


def _persons(text: str, tokens: list[Token], caps: list[int]) -> set[str]:
    """Words the text uses as people's names: after an honorific or before "said"."""
    out = set()
    for k in caps:
        tok = tokens[k]
        if k and (tokens[k - 1].key in HONORIFICS or tokens[k - 1].key in SPEECH_BEFORE):
            out.add(tok.key)
        elif 0 < k < len(tokens) - 1 and tokens[k + 1].key in SPEECH \
                and _spaced(text, tok, tokens[k + 1]) and is_capitalised(tokens[k - 1].text) \
                and _spaced(text, tokens[k - 1], tok):
            out.add(tok.key)
    return out


def _word_of(gaz: Gazetteer, hit: Hit, lang: str | None) -> bool:
    """A name that is also an everyday word of the text's language ("Luar", "Dalam", "Police"):
    where the rules refuse it, it is no candidate at all, as no corpus here has enough of them
    for the model to learn otherwise (it may still drop one the rules accept)."""
    langs = gaz.common.get(hit.key, "")
    return lang is not None and lang in langs


def prominent(gaz: Gazetteer, key: str) -> bool:
    """A country or a city of millions: a name news also uses for a state or its government
    ("Rusia siap membantu", "Jakarta menolak")."""
    return bool(gaz.kinds_of(key) & COUNTRYLIKE) or gaz.biggest_population(key) >= BIG_CITY


class Proposal(NamedTuple):
    """A candidate name, what the rules alone decide of it, and what the model reads."""

    hit: Hit
    rule: bool  # the hand-written rules' verdict, itself one of the features
    features: tuple[str, ...]


def propose(text: str, gaz: Gazetteer, lang: str | None = None,
            tokens: list[Token] | None = None) -> list[Proposal]:
    """Every candidate name in text order: gazetteer names starting at a capitalised word
    (longest first), then feature names with a head word ("Jalan X", "X River")."""
    tokens = tokenize(text) if tokens is None else tokens
    caps = [k for k, t in enumerate(tokens) if t.text[0].isupper()]
    persons = _persons(text, tokens, caps)
    titles = title_lines(text)
    phrases = phrases_in(gaz, map(attrgetter("key"), tokens))
    # (hit, rule, words, context) per gazetteer name; its other mentions complete its features
    out: list[tuple[Hit, bool, tuple[str, ...], tuple[str, ...]]] = []
    accepted: list[Hit] = []
    after = 0  # the first token index not yet inside a candidate
    for i in caps:
        tok = tokens[i]
        if i < after or tok.key in CALENDAR:
            continue
        found = _match_at(text, tokens, i, gaz, lang, phrases)
        if found is None or _in_address(text, tok):
            continue
        j, end, key = found
        if AGAINST.search(text, max(0, tok.start - 5), tok.start):
            continue  # "the anti-Balaka militia", "pro-Russian": a side's name, no place
        if key.rsplit(" ", 1)[-1] in ABBREVIATED and text.startswith(".", end):
            end += 1  # "Loudon Co.", "Mt. Hood": the abbreviation's dot is the name's
        if key in DIRECTIONS:
            continue  # "di Tengah Konflik": a compass word alone is no place
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if key in NAME_PARTICLES and nxt is not None and is_capitalised(nxt.text) and \
                text[tokens[j].end:nxt.start] in ("-", " "):
            continue  # "desa Al-Luweib": the article of a longer name the index lacks, not Ål
        if key in GROUP_NAMES and not (i > 0 and tokens[i - 1].key in SPATIAL):
            continue  # "50 al-Shabab militants": the group, not Shabāb in Iran
        # (a place after a locative is where: "di Gaza tengah menewaskan" is central Gaza)
        if nxt is not None and nxt.key in DIRECTIONS and _spaced(text, tokens[j], nxt) and not (
                ASPECT.match(text, nxt.start) and not (i > 0 and tokens[i - 1].key in LOCATIVE)):
            end = tokens[j + 1].end  # part of the place: lower precision, same entry
            j += 1
        after = j + 1
        role = _role(text, tokens, i, j, gaz, key, titles)
        # "shelled Fizuli, Terter and Dashkesan": a list after a locative shares it
        locative = i > 0 and tokens[i - 1].key in LOCATIVE or i > 1 and tokens[i - 1].key == "of" \
            and tokens[i - 2].key in PLACE_NOUNS | RELATIVE_TO or bool(out) and \
            out[-1][0].locative and text[out[-1][0].end:tok.start] in LIST_JOINS or \
            _before_its_region(text, tokens, j, gaz, key, lang, phrases) or \
            _after_a_name(text, tokens, i, gaz, key)
        hit = Hit(tok.start, end, key, gaz.lookup_key(key), role,
                  _sentence_initial(text, tokens, i), locative)
        in_title = inside_any(tok.start, titles)
        if key in gaz.postal:
            # "Charleston, W.Va.", "in S.C.": the abbreviation's own dot is part of it ("Ky.")
            if text.startswith(".", end) and not text.startswith(".", end - 1):
                hit = replace(hit, end=end + 1)
            # after a name and a comma, known or not ("Surprise, Ariz."), or a party ("D-S.C.")
            prev = tokens[i - 1] if i else None
            rule = hit.locative or bool(out) and text[out[-1][0].end:tok.start] in (", ", ",") \
                or prev is not None and is_capitalised(prev.text) and \
                text[prev.end:tok.start] in (", ", ",") or \
                PARTY.search(text, max(0, tok.start - 5), tok.start) is not None
            extra: tuple[str, ...] = ("postal", f"postal-after-name={rule}")
        else:
            person = not in_title and _names_person(text, tokens, i, j, gaz, hit, persons)
            rule = _accept(gaz, hit, lang) and not person
            if not rule and _word_of(gaz, hit, lang):
                continue  # an everyday word the rules refuse: no model may take it
            extra = ("person-elsewhere",) if hit.key in persons else ()
            if rule:
                accepted.append(hit)
        words, context = _name_features(text, tokens, i, j, gaz, hit, lang, rule, in_title)
        out.append((hit, rule, words, context + extra))
    proposals = _with_document_features(out, gaz, lang)
    for f in find_features(text, tokens, lang, accepted, caps):
        words, context = _feature_features(text, f, lang)
        proposals.append(Proposal(f, True, words + _crossed(context, lang)))
    return sorted(proposals, key=lambda p: p.hit.start)


KEY_MEMO = 100_000  # names kept by the memo of `_key_features`, at most


class _Crossings(dict[str, str]):
    """Feature -> the same feature read in one language ("en|locative"), made once each."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def __missing__(self, feature: str) -> str:
        crossed = self[feature] = f"{self.lang}|{feature}"
        return crossed


_CROSSINGS: dict[str, _Crossings] = {}


def _crossed(features: tuple[str, ...], lang: str | None) -> tuple[str, ...]:
    """The features, and each again read in the text's language: the words of a name and its
    neighbours are of one language already, the rest (roles, kinds, cues) is learnt once
    together and once per language, since news in the two languages differ."""
    lg = lang or "?"
    crossings = _CROSSINGS.get(lg) or _CROSSINGS.setdefault(lg, _Crossings(lg))
    return features + tuple(map(crossings.__getitem__, features))


# What one mention of a name says about its other mentions in the same text: "Lombard" once
# after "in" is a town also where it opens a sentence; "Bob Jones" makes "Jones" a person.
_DOCUMENT_CUES = {"locative": "doc-locative", "p1-capital-plain=False": "doc-after-name",
                  "n1-capital-plain=False": "doc-before-name", "comma-after": "doc-comma-after",
                  "rule=True": "doc-rule"}


def _with_document_features(drafts: list[tuple[Hit, bool, tuple[str, ...], tuple[str, ...]]],
                            gaz: Gazetteer, lang: str | None) -> list[Proposal]:
    """Each name's features in full: what the index knows of it, its words, its context and
    what its other mentions lend it; all but the words crossed with the language."""
    seen: dict[str, set[str]] = {}
    count: dict[str, int] = {}
    for hit, _, _, context in drafts:
        cues = seen.setdefault(hit.key, set())
        cues.update(map(_DOCUMENT_CUES.__getitem__, _DOCUMENT_CUES.keys() & context))
        count[hit.key] = count.get(hit.key, 0) + 1
    return [Proposal(hit, rule, _key_features(gaz, hit.key, lang) + words + _crossed(
        context + tuple(sorted(seen[hit.key])) + (f"doc-count={min(count[hit.key], 3)}",), lang))
        for hit, rule, words, context in drafts]


def recognize(text: str, gaz: Gazetteer, lang: str | None = None,
              tokens: list[Token] | None = None, model: Model | None = None) -> list[Hit]:
    """Names of places in `text`, longest match first, with offsets into `text` as given:
    the candidates `propose` finds that `model` (default: the committed one) keeps."""
    model = default_model() if model is None else model
    places: list[Hit] = []
    features: list[Hit] = []
    kept: set[str] = set()
    for p in propose(text, gaz, lang, tokens):
        # a postal abbreviation only after a place name or a locative: "Charleston, W.Va.",
        # "in S.C."; never on its own ("Ga. is short for Georgia")
        if p.rule if p.hit.key in gaz.postal else (
                model.keep(p.features, p.rule) or (p.rule and _target_or_listed(p.features, kept))):
            kept.add(p.hit.key)
            hit = p.hit
            # after "di", "ke", "mencapai" a name is a location, whatever the model says
            if lang == "id" and hit.role in ("place", "actor") and prominent(gaz, hit.key) \
                    and "place-before" not in p.features:
                location = model.as_location(p.features)
                if location is not None:
                    hit = replace(hit, role="place" if location else "actor")
            (features if hit.role == "feature" else places).append(hit)
    return merge(_paired_countries(text, places, gaz), features, text, _towns(gaz))


# What is struck is a place: "menghantam Stepanakert", "shelled Barda".
# (not "hit" or "attacked": a person can be, "struck Smith")
TARGET_WORDS = frozenset("""menghantam menembaki menggempur membombardir merebut mengepung shelled
bombed pounded captured besieged""".split())
LIST_WORDS = frozenset("dan and serta or atau".split())


def _towns(gaz: Gazetteer) -> Callable[[str], tuple[int, ...]]:
    """A key's city entries (none when it names no town), as `merge` asks for them."""
    return lambda key: tuple(i for i in gaz.lookup_key(key) if KINDS[gaz.kind[i]] == "city")


def _target_or_listed(features: Sequence[str], kept: set[str]) -> bool:
    """A name the rules accept stands where only a place can: a dateline in capitals, right
    after a verb of striking, or in a list after a place kept ("kota Terter dan Barda")."""
    before = {f[3:] for f in features if f.startswith("p1=")}
    earlier = {f[3:] for f in features if f.startswith("p2=")}
    dateline = {"p1=<s>", "shape=caps", "comma-after"} <= set(features)  # "STEPANAKERT, KOMPAS.com -"
    return dateline or bool(before & TARGET_WORDS) or bool(before & LIST_WORDS and earlier & kept)


# After a dateline's place: an agency in brackets perhaps, then a dash.
_DATELINE = re.compile(r"(?:,? ?\([^()\n]{1,30}\))? ?(?:--|[-\u2013\u2014]) ")


def _shape(word: str) -> str:
    if in_capitals(word):
        return "caps"
    return "title" if word[:1].isupper() and word[1:].islower() else "mixed"


def _key_features(gaz: Gazetteer, key: str, lang: str | None) -> tuple[str, ...]:
    """What the index knows of a name, as features (crossed with the language): the same for
    every mention of the name, so worked out once per index, name and language."""
    memo = gaz.memo("recognition.key_features")
    found = memo.get((key, lang))
    if found is not None:
        return found
    kinds = gaz.kinds_of(key)
    pop = gaz.biggest_population(key)
    size = f"pop={len(str(pop)) if pop else 0}"
    f = [f"key={key.removeprefix(CAPS)}", size, f"entries={min(len(gaz.lookup_key(key)), 4)}"]
    f.extend(f"kind={k}" for k in sorted(kinds))
    # A country's everyday name may be an alternate of its entry and a common word ("Turkey",
    # "Chad"): for countries those say little, so they are features of their own.
    countrylike = "-country" if kinds & COUNTRYLIKE else ""
    if key in gaz.alternate_only:
        # "Moskwa", "Jenewa": a big city's other names are exonyms, a village's often not
        f.append(f"alternate{countrylike}|{size}" if countrylike else f"alternate|{size}")
        f.append("alternate" + countrylike)
    if key in gaz.common:
        f.append("common" + countrylike)
        f.append(f"common{countrylike}-in-language={(lang or '?') in gaz.common[key]}")
    found = _crossed(tuple(f), lang)
    if len(memo) > KEY_MEMO:
        memo.clear()
    memo[(key, lang)] = found
    return found


def _name_features(text: str, tokens: list[Token], i: int, j: int, gaz: Gazetteer, hit: Hit,
                   lang: str | None, rule: bool, in_title: bool
                   ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words, context): what the model reads of a gazetteer name's context: its neighbours,
    where it stands, the rules' verdict (what the index knows of it is `_key_features`)."""
    kinds = sorted(gaz.kinds_of(hit.key))
    prev = tokens[i - 1] if i else None
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    f = [f"role={hit.role}", f"rule={rule}", f"words={min(j - i + 1, 3)}",
         f"shape={_shape(text[hit.start:hit.end])}"]
    # what a kind of entry means depends on where the name stands: a country opening a
    # sentence is still the country, a town's name there is often a person's or a word
    f.extend([f"role={hit.role}|kind={k}" for k in kinds])
    if hit.sentence_initial:
        if _DATELINE.match(text, hit.end):
            f.append("dateline")  # "MONROE - ", "Moskwa — Rusia, Sabtu": where the news is from
        else:
            f.append("initial")
            f.extend([f"initial|kind={k}" for k in kinds])
        pop = gaz.biggest_population(hit.key)
        f.append(f"initial|pop={len(str(pop)) if pop else 0}")
    if hit.locative:
        f.append("locative")
    if in_title:
        f.append("title")
    if prev is not None and not hit.sentence_initial and is_capitalised(prev.text) and \
            _spaced(text, prev, tokens[i]):
        f.append("p1-capital")
        f.append(f"p1-capital-plain={_plain_word(prev)}")
    if nxt is not None and is_capitalised(nxt.text) and _spaced(text, tokens[j], nxt):
        f.append("n1-capital")
        f.append(f"n1-capital-plain={_plain_word(nxt)}")
    if prev is not None and (prev.key in LOCATIVE or prev.key in TOWARDS):
        f.append("place-before")
    if text.startswith(("'s", "\u2019s"), hit.end):
        f.append("possessive")
    if text.startswith((", ", ","), hit.end):
        f.append("comma-after")
    words = (f"lang={lang or '?'}", f"p1={prev.key if prev else '<s>'}",
             f"n1={nxt.key if nxt else '</s>'}") + ((f"p2={tokens[i - 2].key}",) if i >= 2 else ())
    return words, tuple(f)


def _feature_features(text: str, f: Hit, lang: str | None
                      ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words, context): what the model reads of a feature name ("Gedung DPR", "Neches River")."""
    names = text[f.start:f.end].split()
    head = f.key or (word_key(names[-1]) if names else "")
    words = [f"lang={lang or '?'}", f"head={head}"]
    if f.start and text[f.start - 1:f.start] == " ":
        before = text[max(0, f.start - 20):f.start - 1].rsplit(" ", 1)[-1].lower()
        words.append(f"p1={before}")
    return tuple(words), ("role=feature", f"words={min(len(names), 4)}", "inside-place=False")


def _paired_countries(text: str, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """"Armenia-Azerbaijan" names the two sides of a conflict, not a location."""
    out = list(hits)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if text[a.end:b.start] in ("-", "\u2013", "/") and "country" in gaz.kinds_of(a.key) \
                and "country" in gaz.kinds_of(b.key):
            out[k] = replace(a, role="actor")
            out[k + 1] = replace(b, role="actor")
    return out


def _names_person(text: str, tokens: list[Token], i: int, j: int, gaz: Gazetteer, hit: Hit,
                  persons: set[str]) -> bool:
    if hit.role not in ("place", "actor") or gaz.kinds_of(hit.key) & COUNTRYLIKE:
        return False
    if i == j and hit.key in persons and not hit.locative:
        return True
    return _part_of_name(text, tokens, i, j, gaz)


def _in_address(text: str, tok: Token) -> bool:
    """Part of a web or e-mail address: "ARRAHMAHNEWS.COM", "news@site.id"."""
    before = text[tok.start - 1:tok.start]
    after = text[tok.end:tok.end + 2]
    return before in (".", "@", "/") or (after[:1] in (".", "@") and after[1:].isalnum())


def _accept(gaz: Gazetteer, hit: Hit, lang: str | None) -> bool:
    """Whether the evidence is enough to call this name a place."""
    if hit.role == "street":
        return False
    if gaz.kinds_of(hit.key) & COUNTRYLIKE:
        return True
    biggest = gaz.biggest_population(hit.key)
    if hit.key in gaz.alternate_only and not (hit.locative or biggest >= BIG_CITY):
        return False  # another language's spelling ("Hamas" for Hamm): someone's name?
    langs = gaz.common.get(hit.key)
    if not langs or (lang and lang not in langs) or " " in hit.key:
        return True
    # An ordinary word that also names a town or region ("Police", "Para", "secara").
    return hit.locative or (biggest >= BIG_CITY and not hit.sentence_initial)
