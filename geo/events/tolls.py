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
# Vague amounts: (low, best, high), the best being the lowest plausible reading.
VAGUE = {"puluhan": (20, 20, 99), "ratusan": (200, 200, 999), "ribuan": (2000, 2000, 9999),
         "dozens": (24, 24, 99), "scores": (40, 40, 99), "hundreds": (200, 200, 999),
         "thousands": (2000, 2000, 9999), "beberapa": (2, 3, 9), "several": (3, 3, 9),
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
_WHO = (r"(?:orang|warga(?:\s+sipil)?|tentara|prajurit|personel|militan|pejuang|jiwa|korban|"
        r"people|persons|civilians|soldiers|troops|fighters|militants|servicemen|residents)")
_DEATH = (r"(?:tewas|terbunuh|meninggal(?:\s+dunia)?|gugur|menjadi\s+korban\s+jiwa|killed|dead|"
          r"died|lost\s+their\s+lives|were\s+slain)")
_KILLING = r"(?:menewaskan|membunuh|killing|killed|left)"
AFTER = re.compile(rf"\b(?P<phrase>(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMBER})(?:\s+{_WHO})?)"
                   rf"(?P<gap>[^.;,]{{0,60}}?)\b{_DEATH}\b", re.IGNORECASE)
BEFORE = re.compile(rf"\b{_KILLING}\s+(?P<phrase>(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMBER})(?:\s+{_WHO})?)"
                    r"(?:\s+(?:dead|tewas))?\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Fatalities:
    low: int | None
    best: int | None
    high: int | None
    text: str  # the raw phrase, as written ("lebih dari 1200 orang")
    start: int
    end: int


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


DEATH_WORD = re.compile(rf"\b(?:{_DEATH}|{_KILLING})\b", re.IGNORECASE)


def find_fatalities(text: str, start: int, end: int) -> Fatalities | None:
    """The largest death toll stated in text[start:end], or None."""
    if DEATH_WORD.search(text, start, end) is None:
        return None
    best: Fatalities | None = None
    for pattern in (AFTER, BEFORE):
        for m in _search_all(pattern, text, start, end):
            if pattern is AFTER and re.search(rf"\d|\b(?:{_NUMWORD}|{_VAGUE})\b", m.group("gap"), re.I):
                continue  # "satu bulan, dengan seribu orang tewas": the toll is the nearer number
            if re.search(r"\b(?:no|tidak|tak|tanpa|belum)\s*(?:ada\s*)?$", text[start:m.start("phrase")],
                         re.IGNORECASE):
                continue  # "no one was killed", "tidak ada satu pun"
            amount = m.group("n").strip()
            vague = VAGUE.get(amount.casefold())
            if vague:
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
            found = Fatalities(low, mid, high, phrase, m.start("phrase"), m.end("phrase"))
            if best is None or (found.best or 0) > (best.best or 0):
                best = found
    return best
