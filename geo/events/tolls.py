"""Casualty counts: "lebih dari 1200 orang ... tewas", "at least 12 people were killed"."""
from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
         "delapan": 8, "sembilan": 9, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
         "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
         "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
         "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "a": 1}
SCALES = {"belas": 10, "puluh": 10, "ratus": 100, "ribu": 1000, "hundred": 100, "thousand": 1000,
          "juta": 1_000_000, "million": 1_000_000}
# Vague amounts: (low, best, high). The best is ACLED's conservative reading: "dozens" 12,
# "tens" (puluhan) 10, "hundreds" 100, "thousands" 1000.
VAGUE = {"puluhan": (10, 10, 99), "ratusan": (100, 100, 999), "ribuan": (1000, 1000, 9999),
         "dozens": (12, 12, 99), "scores": (20, 20, 99), "hundreds": (100, 100, 999),
         "thousands": (1000, 1000, 9999), "beberapa": (2, 3, 9), "several": (3, 3, 9),
         "a few": (2, 3, 5), "many": (10, 10, None), "banyak": (10, 10, None)}
QUALIFIERS = {"lebih dari": "more", "lebih daripada": "more", "lebih": "more", "more than": "more",
              "over": "more", "setidaknya": "least", "sedikitnya": "least", "at least": "least",
              "sekitar": "about", "hampir": "about", "about": "about", "around": "about",
              "nearly": "about", "almost": "about", "some": "about", "hingga": "most",
              "up to": "most", "as many as": "most"}

_NUMWORD = "|".join(sorted(list(UNITS) + list(SCALES) + ["se"], key=len, reverse=True))
_VAGUE = "|".join(sorted(VAGUE, key=len, reverse=True))
_NUMBER = rf"(?:(?:{_VAGUE})\b|\d[\d.,]*\d|\d|(?:{_NUMWORD})\b(?:\s+(?:{_NUMWORD})\b)*)"
_QUAL = "|".join(sorted(QUALIFIERS, key=len, reverse=True))
_WHO = (r"(?:orang|warga(?:\s+sipil)?|tentara|prajurit|personel|militan|pejuang|jiwa|korban|teroris|"
        r"pemberontak|polisi|anggota|penumpang|demonstran|pengunjuk\s+rasa|sandera|anak-anak|"
        r"people|persons|civilians|soldiers|troops|fighters|militants|servicemen|residents|"
        r"terrorists|insurgents|rebels|gunmen|attackers|police(?:\s+officers|men)?|officers|"
        r"passengers|children|women|men|demonstrators|protesters|hostages|members)")
_DEATH = (r"(?:tewas|terbunuh|meninggal(?:\s+dunia)?|gugur|menjadi\s+korban\s+jiwa|killed|dead|"
          r"died|lost\s+their\s+lives|were\s+slain)")
_KILLING = (r"(?:menewaskan|membunuh|menembak\s+mati|membantai|mengeksekusi|killing|killed|"
            r"shot\s+dead|shot\s+and\s+killed|massacred|executed|left|deaths)")
AFTER = re.compile(rf"\b(?P<phrase>(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMBER})(?:\s+{_WHO})?)"
                   rf"(?P<gap>[^.;,]{{0,60}}?)\b{_DEATH}\b", re.IGNORECASE)
BEFORE = re.compile(rf"\b{_KILLING}\s+(?:of\s+)?(?P<phrase>(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMBER})"
                    rf"(?:\s+{_WHO})?)(?:\s+(?:dead|tewas))?\b", re.IGNORECASE)
# The toll as a noun: "the death toll had risen to at least 63", "raised the death toll to
# more than 60", "jumlah korban tewas bertambah menjadi 40 orang". The count is what the toll
# reached: the number right after "to"/"menjadi"/"mencapai", never one further on.
TOLL = re.compile(
    rf"\b(?:(?:death|fatality)\s+toll|toll\s+of\s+(?:the\s+)?dead|(?:jumlah\s+|total\s+|angka\s+)?"
    rf"korban\s+(?:tewas|jiwa|meninggal(?:\s+dunia)?)|jumlah\s+(?:orang\s+)?(?:yang\s+)?tewas|"
    rf"angka\s+kematian)\b"
    rf"(?P<gap>[^.;:\d]{{0,40}}?)\b(?:to|at|reached|hit|of|menjadi|mencapai|sebanyak|sebesar|hingga)"
    rf"\s+(?P<phrase>(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMBER})(?:\s+{_WHO})?)(?!\s*(?:%|percent|persen))\b",
    re.IGNORECASE)


# "Twelve people, including four children, were killed": the count before the subset.
WITH_SUBSET = re.compile(rf"\b(?P<phrase>(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMBER})(?:\s+[^\W\d_]+)?)"
                         rf",?\s+(?:including|termasuk|among\s+them|di\s+antaranya)\b[^.;]{{0,60}}?"
                         rf"\b{_DEATH}\b", re.IGNORECASE)
# Bodies found are people killed: "the bodies of five government troops", "12 bodies were
# recovered", "jenazah tiga warga", "lima mayat ditemukan".
BODIES_OF = re.compile(rf"\b(?:bodies\s+of|(?:jenazah|mayat)|the\s+remains\s+of)\s+"
                       rf"(?P<phrase>(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMBER})(?:\s+[\w-]+)?(?:\s+{_WHO})?)\b",
                       re.IGNORECASE)
BODIES_N = re.compile(rf"\b(?P<phrase>(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMBER})\s+(?:dead\s+)?"
                      rf"(?:bodies|jenazah|mayat))\b", re.IGNORECASE)


# "12 orang, termasuk empat anak, tewas": the number between is part of the toll, not it.
SUBSET = re.compile(r"\s*\(?(?:termasuk|including|among\s+them|di\s+antaranya|di\s+antaranya\s+adalah)\b",
                    re.I)


@dataclass(frozen=True, slots=True)
class Fatalities:
    low: int | None
    best: int | None
    high: int | None
    text: str  # the raw phrase, as written ("lebih dari 1200 orang")
    start: int
    end: int
    # told as the toll reaching a number ("the death toll rose to 63"): an update of an
    # incident told elsewhere, or a running total, rather than an incident of its own
    running: bool = False


def parse_number(words: str) -> int | None:
    """'1200', '1.200', '1,200', 'dua ratus', 'seribu', 'twenty five', 'two hundred'."""
    words = words.strip().casefold()
    digits = re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+|\d+", words)
    if digits:
        return int(re.sub(r"[.,]", "", words))
    total = current = 0
    for word in re.findall(r"[a-z]+", words.replace("se", "se ") if words.startswith("se") and
                           words[2:].strip() in SCALES else words):
        if word in UNITS:
            current += UNITS[word]
        elif word == "se":
            current += 1
        elif word in SCALES:
            scale = SCALES[word]
            if word == "belas":
                current += 10
            elif scale >= 1000:
                total += max(current, 1) * scale
                current = 0
            else:
                current = max(current, 1) * scale
        else:
            return None
    return total + current if total + current else (0 if "nol" in words or "zero" in words else None)


def _search_all(pattern: re.Pattern[str], text: str, start: int, end: int):  # type: ignore[no-untyped-def]
    """Every match, also those starting inside an earlier one."""
    pos = start
    while (m := pattern.search(text, pos, end)) is not None:
        yield m
        pos = m.start() + 1


# "a nine-year-old girl", "bocah berusia 9 tahun": an age, not a count.
AGE_AFTER = re.compile(r"\s*-?\s*(?:years?-old|year|years\s+old|tahun)\b", re.I)
# People counted as written: "a woman and child", "seorang ibu dan dua anaknya" (1 + 2).
_PERSON = (r"(?:girls?|boys?|wom[ae]n|m[ae]n|child(?:ren)?|bab(?:y|ies)|infants?|toddlers?|teenagers?|"
           r"mothers?|fathers?|sons?|daughters?|soldiers?|civilians?|journalists?|policem[ae]n|"
           r"officers?|guards?|farmers?|students?|anak(?:nya)?|bocah|balita|bayi|perempuan|pria|"
           r"wanita|laki-laki|ibu|ayah|remaja|lansia|petani|pelajar|siswa|jurnalis|polisi|"
           r"tentara|prajurit|warga|drivers?|passengers?|workers?|teachers?|doctors?|nurses?|"
           r"herders?|fishermen|fisherman|villagers?|residents?|fighters|militants|"
           r"rebels|volunteers?|sopir|pengemudi|guru|dokter|perawat|nelayan|pedagang|pekerja|"
           r"buruh|militan|relawan|wartawan|penumpang|pengungsi|troops|servicem[ae]n|"
           r"personnel|personel|anggota)")
_COUNT = rf"(?:(?:his|her|their|its)\s+)?(?:a|an|one|seorang|satu|sebuah|(?:{_NUMWORD})\b|\d+)"
_FILLER = rf"(?:(?!(?:\d+|{_NUMWORD}|seorang|sebuah)\s)[\w-]+\s+){{0,2}}?"  # "nine-year-old", not a number
_ITEM = rf"(?:(?:{_COUNT}|his|her|their|its)\s+)?{_FILLER}{_PERSON}\b"
_JOIN = r"\s*(?:,|\band\b|\bdan\b|\bserta\b)\s*"
_LIST = rf"{_ITEM}(?:{_JOIN}{_ITEM})*"
PERSONS = [
    re.compile(rf"\b(?P<phrase>{_LIST})[^.;]{{0,40}}?\b(?:were\s+killed|was\s+killed|died|dead|"
               rf"killed|tewas|terbunuh|meninggal)\b", re.I),
    re.compile(rf"\b(?:killing|killed|menewaskan|membunuh|menembak\s+mati|shot\s+dead|"
               rf"shooting\s+dead|shot\s+and\s+killed)\s+(?P<phrase>{_LIST})", re.I),
]
ITEM = re.compile(rf"(?:(?:his|her|their|its)\s+)?(?:(?P<count>a|an|one|seorang|satu|sebuah|"
                  rf"(?:{_NUMWORD})\b|\d+)\s+)?{_FILLER}(?P<who>{_PERSON})\b", re.I)
JOINED = re.compile(r"\b(?:and|dan|serta)\b", re.I)
SEPARATOR = re.compile(_JOIN, re.I)


# Indonesian nouns, which do not mark the plural: one only with "itu"/"tersebut" after it
# ("sopir truk itu"), a possessive ("anaknya") or after a counted person ("seorang ibu dan anak").
UNMARKED = frozenset(re.findall(r"[a-z-]+", """anak bocah balita bayi perempuan pria wanita
laki-laki ibu ayah remaja lansia petani pelajar siswa jurnalis polisi tentara prajurit warga sopir
pengemudi guru dokter perawat nelayan pedagang pekerja buruh militan relawan wartawan penumpang
pengungsi personel anggota"""))
DEMONSTRATIVE = re.compile(r"(?:\s+[\w-]+)?\s+(?:itu|tersebut)\b", re.I)


def _persons(text: str, start: int, end: int) -> Fatalities | None:
    """A toll told as people ("a woman and child were killed"): each counted as written; a
    plural noun without a number is no count."""
    for m in (m for pattern in PERSONS for m in pattern.finditer(text, start, end)):
        total = 0
        for part in SEPARATOR.split(m.group("phrase")):
            item = ITEM.match(part)
            if item is None:
                total = 0
                break
            count, who = (item.group("count") or "").casefold(), item.group("who").casefold()
            n = parse_number(count) if count and count not in ("a", "an", "seorang", "sebuah") else None
            if n is not None:
                total += n
            elif who in UNMARKED and not count and not (
                    who.endswith("nya") or total or who == "bocah" or
                    DEMONSTRATIVE.match(text, m.end("phrase"))) or re.match(r"para\b", part, re.I):
                total = 0  # "warga tewas", "para tentara": Indonesian leaves the number unsaid
                break
            elif count or not re.search(r"(?:s|ren|en|-anak)$", who) or who == "bocah":
                total += 1  # "a girl", "seorang ibu", "child" after "a woman and"
            else:
                total = 0
                break
        part = PART_OF.search(text, max(start, m.start("phrase") - 30), m.start("phrase"))
        if total and part is not None:
            total = parse_number(part.group("k")) or total  # "one of the two soldiers"
        if total:
            return Fatalities(total, total, total, m.group("phrase"), m.start("phrase"), m.end("phrase"))
    return None


# One person killed, told without a count: English marks it on the verb ("Ali Musa, the
# rebels' leader, was killed"); Indonesian by a leader's title ("komandan Hizbullah itu tewas",
# not "para komandan").
ONE_KILLED = re.compile(
    r"\b(?P<phrase>(?:[\w'\u2019-]+,?\s+){1,8}?)(?:was|has\s+been|had\s+been)\s+(?:killed|shot\s+dead|"
    r"slain|assassinated|beheaded|executed|lynched)\b|"
    r"(?<!para\s)\b(?P<title>(?:pimpinan|pemimpin|komandan|panglima|tokoh|ketua|kepala)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?)(?:tewas|terbunuh|gugur|meninggal\s+dunia|ditembak\s+mati)\b",
    re.I)


# (a number as a word of its own: not the "23" of "M23", nor the "a" of "a leader")
_COUNTED = re.compile(rf"(?<!\w)\d[\d.,]*(?!\w)|\b(?!(?:a|se)\b)(?:{_NUMWORD}|{_VAGUE})\b", re.I)
_NEGATED = re.compile(r"\b(?:no|not|none|nobody|never|tidak|tak|belum)\b", re.I)


def _one_killed(text: str, start: int, end: int) -> Fatalities | None:
    for m in ONE_KILLED.finditer(text, start, end):
        group = "phrase" if m.group("phrase") else "title"
        words = m.group(group)
        if _NONE_BEFORE.search(text, start, m.start(group)) or \
                _NEGATED.search(words) or \
                _COUNTED.search(words):
            continue  # "no one was killed", "three of them were": no single death
        said = words.rstrip(" ,")
        return Fatalities(1, 1, 1, said, m.start(group), m.start(group) + len(said))
    return None


DEATH_WORD = re.compile(rf"\b(?:{_DEATH}|{_KILLING}|toll|korban|kematian|bodies|jenazah|mayat|"
                        rf"remains)\b", re.IGNORECASE)


# A word each pattern cannot match without: a sentence lacking it is not searched for it.
_NEEDS = {
    AFTER: re.compile(rf"\b{_DEATH}\b", re.I), BEFORE: re.compile(rf"\b{_KILLING}\b", re.I),
    TOLL: re.compile(r"toll|korban|tewas|kematian", re.I),
    WITH_SUBSET: re.compile(r"including|termasuk|among|antaranya", re.I),
    BODIES_OF: re.compile(r"bodies|jenazah|mayat|remains", re.I),
    BODIES_N: re.compile(r"bodies|jenazah|mayat", re.I),
}
_A_NUMBER = re.compile(rf"\d|\b(?:{_NUMWORD}|{_VAGUE})\b", re.I)
_NONE_BEFORE = re.compile(r"\b(?:no|tidak|tak|tanpa|belum)\s*(?:ada\s*)?$", re.I)


# "one of the two soldiers", "dua dari lima penumpang": the part is the toll, not the whole.
PART_OF = re.compile(rf"\b(?P<k>{_NUMWORD}|\d+|seorang)\s+(?:of|dari)\s+(?:the\s+|its\s+|their\s+|"
                     rf"para\s+)?$", re.I)


def find_fatalities(text: str, start: int, end: int) -> Fatalities | None:
    """The largest death toll stated in text[start:end], or None."""
    if DEATH_WORD.search(text, start, end) is None:
        return None
    best: Fatalities | None = None
    for pattern in (AFTER, BEFORE, TOLL, BODIES_OF, BODIES_N, WITH_SUBSET):
        if _NEEDS[pattern].search(text, start, end) is None:
            continue
        for m in _search_all(pattern, text, start, end):
            if pattern in (AFTER, TOLL) and not SUBSET.match(m.group("gap")) and \
                    _A_NUMBER.search(m.group("gap")):
                continue  # "satu bulan, dengan seribu orang tewas": the toll is the nearer number
            if _NONE_BEFORE.search(text, start, m.start("phrase")):
                continue  # "no one was killed", "tidak ada satu pun"
            if AGE_AFTER.match(text, m.end("n")):
                continue  # "a nine-year-old girl was killed": her age
            amount = m.group("n").strip()
            vague = VAGUE.get(amount.casefold())
            part = PART_OF.search(text, max(start, m.start("phrase") - 30), m.start("phrase"))
            if part is not None and parse_number(part.group("k")) is not None:
                n = parse_number(part.group("k"))  # "one of the two soldiers was killed": one
                low, mid, high = n, n, n
            elif vague:
                low, mid, high = vague
            else:
                n = parse_number(amount)
                if n is None:
                    continue
                low, mid, high = n, n, n
                qualifier = QUALIFIERS.get(re.sub(r"\s+", " ", (m.group("q") or "").casefold()))
                if qualifier in ("more", "least"):
                    high = None
                elif qualifier == "most":
                    low = 0
            phrase = m.group("phrase")
            found = Fatalities(low, mid, high, phrase, m.start("phrase"), m.end("phrase"),
                               pattern is TOLL)
            if best is None or (found.best or 0) > (best.best or 0):
                best = found
    # People told one by one: only where no count was found, or a list may sum several.
    persons = _persons(text, start, end) if best is None or best.best == 1 or \
        JOINED.search(text, start, end) else None
    if persons is not None and (best is None or (persons.best or 0) > (best.best or 0)):
        return persons  # "a woman and her two children": three, not the two of its last words
    return best if best is not None or persons is not None else _one_killed(text, start, end)
