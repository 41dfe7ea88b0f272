"""Toponym recognition: where a text names a place, before deciding which place it is."""
from __future__ import annotations

import re
from dataclasses import replace

from geo.gazetteer.index import CAPS, Gazetteer
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
menembaki menyerang menggempur membombardir""")
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
in at near from to into onto across toward towards via and or of throughout inside""")
# Capitalised offices before a country that make it the state behind them.
ACTOR_BEFORE = _words("""presiden menteri negeri pertahanan pm perdana kementerian kemlu
pemerintah tentara pasukan militer dubes president minister ministry government army""")
# Compass words that make "Jakarta Selatan", "Israel utara" one (smaller) place.
DIRECTIONS = _words("utara selatan timur barat tengah pusat tenggara")
_ROMAN = re.compile(r"[IVX]+|\d+")
SENTENCE_END = set('.!?:;\n\r"\u201c\u201d\u2014(')
# Written in capitals and this short, a word is an acronym ("EU", "UAE"), not a town.
ACRONYM_CHARS = 4
# A town this big may be named without a locative and still be meant ("Paris said").
BIG_CITY = 1_000_000
COUNTRYLIKE = frozenset({"country", "disputed", "continent"})
CITY_ONLY = frozenset({"city"})


def _joined(text: str, a: Token, b: Token) -> bool:
    return JOINER.fullmatch(text, a.end, b.start) is not None


def _spaced(text: str, a: Token, b: Token) -> bool:
    return text[a.end:b.start] == " "


def _sentence_initial(text: str, tokens: list[Token], i: int) -> bool:
    if i == 0:
        return True
    before = text[tokens[i - 1].end:tokens[i].start]
    return any(c in SENTENCE_END for c in before)


def _usable_key(gaz: Gazetteer, key: str, lang: str | None) -> bool:
    """Whether a key may be read in a text of this language."""
    return not (lang == "en" and gaz.key_langs.get(key) == "id")  # "AS" is Indonesian


def _word_key(gaz: Gazetteer, tok: Token, lang: str | None) -> str | None:
    """The key a one-word name is read under: written in capitals, an entry's capitals-only
    form first ("AS", "UAE"); a short word in capitals has no other reading ("EU" is not
    the town of Eu); written otherwise, only the forms entries write so ("As" is no "AS")."""
    caps = in_capitals(tok.text)
    if caps and CAPS + tok.key in gaz.keys:
        key = CAPS + tok.key
    elif caps and len(tok.text) <= ACRONYM_CHARS:
        return None
    else:
        key = tok.key
    return key if key in gaz.keys and _usable_key(gaz, key, lang) else None


def _match_at(text: str, tokens: list[Token], i: int, gaz: Gazetteer, lang: str | None
              ) -> tuple[int, int, str] | None:
    """Longest (end token index, end offset, key) of a gazetteer name starting at token i."""
    first = tokens[i].key
    longest = min(gaz.first_word.get(first, 0), MAX_WORDS, len(tokens) - i)
    run = 1  # how many tokens from i on are joined as one name could be
    while run < longest and _joined(text, tokens[i + run - 1], tokens[i + run]):
        run += 1
    for n in range(run, 1, -1):  # several words: "SAN ANTONIO" in a dateline as "San Antonio"
        key = " ".join([t.key for t in tokens[i:i + n]])
        if key in gaz.keys and _usable_key(gaz, key, lang):
            return i + n - 1, tokens[i + n - 1].end, key
    word = _word_key(gaz, tokens[i], lang)
    if word is not None:
        return i, tokens[i].end, word
    # "Jakartanya", "Moskwalah"; not at a sentence's start, where the capital is no evidence
    # of a name ("Setelah" is a word, not Sète with "-lah")
    if lang != "en" and not longest and not _sentence_initial(text, tokens, i):
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


def recognize(text: str, gaz: Gazetteer, lang: str | None = None,
              tokens: list[Token] | None = None) -> list[Hit]:
    """Names of places in `text`, longest match first, with offsets into `text` as given."""
    tokens = tokenize(text) if tokens is None else tokens
    caps = [k for k, t in enumerate(tokens) if t.text[0].isupper()]
    persons = _persons(text, tokens, caps)
    titles = title_lines(text)
    hits: list[Hit] = []
    after = 0  # the first token index not yet inside a hit
    for i in caps:
        tok = tokens[i]
        if i < after or tok.key in CALENDAR:
            continue
        found = _match_at(text, tokens, i, gaz, lang)
        if found is None or _in_address(text, tok):
            continue
        j, end, key = found
        if key in DIRECTIONS:
            continue  # "di Tengah Konflik": a compass word alone is no place
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if nxt is not None and nxt.key in DIRECTIONS and _spaced(text, tokens[j], nxt):
            end = tokens[j + 1].end  # part of the place: lower precision, same entry
            j += 1
        role = _role(text, tokens, i, j, gaz, key, titles)
        hit = Hit(tok.start, end, key, gaz.lookup_key(key), role,
                  _sentence_initial(text, tokens, i), i > 0 and tokens[i - 1].key in LOCATIVE)
        if key in gaz.postal:
            # "Charleston, W.Va.": a postal abbreviation only right after a place name.
            if hits and text[hits[-1].end:tok.start] in (", ", ","):
                hits.append(hit)
        elif _accept(gaz, hit, lang) and (inside_any(tok.start, titles) or not _names_person(
                text, tokens, i, j, gaz, hit, persons)):
            hits.append(hit)
        after = j + 1
    return merge(_paired_countries(text, hits, gaz), find_features(text, tokens, lang, hits, caps))


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
