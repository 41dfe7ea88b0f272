"""Toponym recognition: where a text names a place, before deciding which place it is."""
from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import Gazetteer
from .text import JOINER, Token, is_capitalised, tokenize

MAX_WORDS = 6
# Indonesian clitics glued to a name ("Jakartanya", "Moskwalah").
CLITICS = ("nya", "lah", "kah", "pun")
# Words that, written before a name, make it part of an organisation's name.
ORG_BEFORE = frozenset("""universitas university univ college institut institute bank
kementerian kemlu kedutaan embassy kantor museum rumah sakit""".split())
# Words that, written after a name, make it part of an organisation's (or a person's) name.
ORG_AFTER = frozenset("""times post herald gazette tribune journal news daily police
department dept university college institute council club bank company corp inc fc united
sheriff sheriffs schools school hospital church airport mall""".split())
# Words after a name that make it a street or building rather than the town.
STREET_AFTER = frozenset("""road rd street st avenue ave drive dr lane ln boulevard blvd
highway hwy way court ct pike circle place square plaza hall building center centre park
jalan""".split())
# Words before a name that make the next word a locative ("in Paris", "di Jenewa").
LOCATIVE = frozenset("""in at near from to into outside across toward towards via of
di ke dari dekat menuju""".split())
# Capitalised words that do not make a following name part of a person's name.
TITLES = frozenset("""presiden president menteri minister pm perdana ketua kota kabupaten
provinsi negara wilayah pasukan tentara militer ibu pemerintah kementerian kemlu the a
pertahanan luar negeri dalam republik republic north south east west northern southern
eastern western central new utara selatan timur barat tengah""".split())
# Month and day names are capitalised in both languages and some are also towns ("Juli").
CALENDAR = frozenset("""januari februari maret april mei juni juli agustus september oktober
november desember senin selasa rabu kamis jumat sabtu minggu january february march may june
july august october december monday tuesday wednesday thursday friday saturday sunday""".split())
SENTENCE_END = set('.!?:;\n"\u201c\u201d\u2014(')


@dataclass(frozen=True, slots=True)
class Hit:
    """A recognised name: its span, gazetteer key, candidate entries and role."""

    start: int
    end: int
    key: str
    entries: tuple[int, ...]
    role: str
    sentence_initial: bool
    locative: bool


def _joined(text: str, a: Token, b: Token) -> bool:
    return JOINER.fullmatch(text, a.end, b.start) is not None


def _sentence_initial(text: str, tokens: list[Token], i: int) -> bool:
    if i == 0:
        return True
    before = text[tokens[i - 1].end:tokens[i].start]
    return any(c in SENTENCE_END for c in before) or tokens[i - 1].text in ("-", "\u2013")


def _match_at(text: str, tokens: list[Token], i: int, gaz: Gazetteer, lang: str | None
              ) -> tuple[int, int, str] | None:
    """Longest (end token index, end offset, key) of a gazetteer name starting at token i."""
    first = tokens[i].key
    longest = gaz.first_word.get(first, 0)
    for n in range(min(longest, MAX_WORDS, len(tokens) - i), 0, -1):
        if any(not _joined(text, tokens[j], tokens[j + 1]) for j in range(i, i + n - 1)):
            continue
        key = " ".join(t.key for t in tokens[i:i + n])
        if key in gaz.keys:
            return i + n - 1, tokens[i + n - 1].end, key
    if lang != "en" and not longest:
        for clitic in CLITICS:
            if first.endswith(clitic) and first[:-len(clitic)] in gaz.keys:
                return i, tokens[i].end - len(clitic), first[:-len(clitic)]
    return None


def _role(text: str, tokens: list[Token], i: int, j: int, gaz: Gazetteer, key: str) -> str:
    prev_word = tokens[i - 1].key if i else ""
    next_word = tokens[j + 1].key if j + 1 < len(tokens) and _joined(text, tokens[j], tokens[j + 1]) else ""
    if prev_word in ORG_BEFORE or next_word in ORG_AFTER:
        return "org"
    if prev_word == "of" and i >= 2 and tokens[i - 2].key in ORG_BEFORE:
        return "org"
    if key in gaz.demonyms:
        return "demonym"
    if next_word in STREET_AFTER:
        return "street"
    return "place"


def _names_a_person(text: str, tokens: list[Token], i: int, j: int, gaz: Gazetteer) -> bool:
    """Joined to a capitalised word that is neither a place nor a title: "Raquel Henry"."""
    if i and is_capitalised(tokens[i - 1].text) and _joined(text, tokens[i - 1], tokens[i]):
        prev = tokens[i - 1].key
        if prev not in TITLES and prev not in gaz.keys and not _sentence_initial(text, tokens, i):
            return True
    if j + 1 < len(tokens) and _joined(text, tokens[j], tokens[j + 1]):
        nxt = tokens[j + 1]
        if is_capitalised(nxt.text) and nxt.key not in gaz.first_word and nxt.key not in TITLES \
                and nxt.key not in ORG_AFTER and nxt.key not in STREET_AFTER:
            return True
    return False


def recognize(text: str, gaz: Gazetteer, lang: str | None = None,
              tokens: list[Token] | None = None) -> list[Hit]:
    """Names of places in `text`, longest match first, with offsets into `text` as given."""
    tokens = tokenize(text) if tokens is None else tokens
    hits: list[Hit] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not is_capitalised(tok.text) or tok.key in CALENDAR or _in_address(text, tok):
            i += 1
            continue
        found = _match_at(text, tokens, i, gaz, lang)
        if found is None:
            i += 1
            continue
        j, end, key = found
        if tok.text.isupper() and len(key) <= 4 and key not in gaz.acronyms:
            i += 1
            continue
        entries = gaz.lookup_key(key)
        initial = _sentence_initial(text, tokens, i)
        locative = i > 0 and tokens[i - 1].key in LOCATIVE
        role = _role(text, tokens, i, j, gaz, key)
        if _accept(gaz, entries, key, lang, initial, locative, role) and not (
                role == "place" and not _names_country(gaz, entries)
                and _names_a_person(text, tokens, i, j, gaz)):
            hits.append(Hit(tok.start, end, key, entries, role, initial, locative))
        i = j + 1
    return hits


def _in_address(text: str, tok: Token) -> bool:
    """Part of a web or e-mail address: "ARRAHMAHNEWS.COM", "news@site.id"."""
    before = text[tok.start - 1:tok.start]
    after = text[tok.end:tok.end + 2]
    return before in (".", "@", "/") or (after[:1] in (".", "@") and after[1:].isalnum())


def _names_country(gaz: Gazetteer, entries: tuple[int, ...]) -> bool:
    return any(gaz.kind[e] in (3, 4, 5) for e in entries)


def _city_only(gaz: Gazetteer, entries: tuple[int, ...]) -> bool:
    return all(gaz.kind[e] == 0 for e in entries)


def _accept(gaz: Gazetteer, entries: tuple[int, ...], key: str, lang: str | None,
            initial: bool, locative: bool, role: str) -> bool:
    """Reject ordinary words that happen to name a small town ("Police", "Along")."""
    if role == "street":
        return False
    langs = gaz.common.get(key)
    if not langs or (lang and lang not in langs) or " " in key:
        return True
    if not _city_only(gaz, entries):
        return True
    biggest = max(gaz.population[e] for e in entries)
    return locative or biggest >= 1_000_000 or (not initial and biggest >= 100_000)
