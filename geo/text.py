"""Tokens and name keys: how text and gazetteer names are made comparable."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple, TypeVar

T = TypeVar("T")

# A word: letters/digits, or a dotted abbreviation such as U.S., D.C. or W.Va.
_TOKEN = re.compile(r"((?:[A-Z][a-z]{0,2}\.){2,}|[^\W_]+)", re.UNICODE)
# What may stand between two words of one multiword name: "Nagorno-Karabakh",
# "St. Louis", "O'Fallon", "Nagorno  Karabakh".
JOINER = re.compile(r"[ \u00a0]{1,2}|[ \u00a0]?[-\u2010\u2011][ \u00a0]?|\.[ \u00a0]|['\u2019]")


class Token(NamedTuple):
    """A word and its offsets; a tuple because an article has thousands of them."""

    start: int
    end: int
    text: str
    key: str


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower-case, strip diacritics and punctuation: 'Şuşa' -> 'susa', 'St.' -> 'st'.

    Letters with no decomposition are folded as English and Turkish writing renders them:
    dotless 'ı' as 'i', Azerbaijani schwa 'ə' as 'e' ('Tərtər' -> 'terter', 'Xocavənd')."""
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().replace("ı", "i").replace("ə", "e")


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The lookup key of a whole name: its tokens' keys joined by single spaces."""
    return " ".join(t.key for t in tokenize(name))


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    return fold(word.replace(".", "")) if "." in word else fold(word)


def tokenize(text: str) -> list[Token]:
    """Words with their offsets into `text` exactly as given."""
    # re.split and accumulate run in C: words sit at odd positions, offsets add up.
    parts = _TOKEN.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    words = parts[1::2]
    rows = zip(offsets[1::2], offsets[2::2], words, map(word_key, words))
    return list(map(tuple.__new__, repeat(Token), rows))  # type: ignore[arg-type]


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


FUNCTION_WORDS = frozenset("""the a an in at on of and but or for from to by with as if when
while after before during this that these those his her its their our my your""".split())


def is_function_word(key: str) -> bool:
    return key in FUNCTION_WORDS


def joined_by(text: str, a: Token, b: Token, separators: tuple[str, ...]) -> bool:
    """Whether exactly one of `separators` stands between tokens a and b."""
    return text[a.end:b.start] in separators


def within(items: Sequence[T], starts: Sequence[int], start: int, end: int) -> Sequence[T]:
    """The items whose start lies in [start, end), given `starts` (theirs, ascending): found
    by bisection, so asking once per sentence costs a logarithm, not a scan of the article."""
    return items[bisect_left(starts, start):bisect_left(starts, end)]


def inside_any(pos: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether `pos` lies in one of the half-open [start, end) spans."""
    return any(a <= pos < b for a, b in spans)


# A headline: at most this many characters on a line of its own.
TITLE_LINE_CHARS = 160
# A line is in Title Case when at least this share of its words (and 3 or more) are capitalised.
TITLE_CASE_SHARE = 0.7
_LINE = re.compile(rf"^[^\n]{{1,{TITLE_LINE_CHARS}}}$", re.MULTILINE)


def normalised(text: str) -> str:
    """The text as a reader sees it, for telling copies apart: no BOM, "\n" line endings,
    no whitespace at the ends of lines or of the text."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def printable(text: object, newlines: bool = False) -> str:
    """Text for a terminal or a log: control characters written as escapes ("\x1b", and
    "\n" too unless `newlines`), so no input can move the cursor or forge a line."""
    value = str(text)
    found = _CONTROLS_BUT_NEWLINE if newlines else _CONTROLS
    return found.sub(lambda m: repr(m.group())[1:-1], value)


def lines_view(text: str) -> str:
    """The text with every "\r" as "\n": lines found in it are the text's own lines whatever
    its line endings ("\r\n", "\r" alone), at the same offsets (one character for one)."""
    return text.replace("\r", "\n") if "\r" in text else text


def title_lines(text: str) -> list[tuple[int, int]]:
    """Short lines written in Title Case (headlines), where capitals say nothing of names."""
    text = lines_view(text)
    if "\n" not in text:
        return []
    out = []
    for m in _LINE.finditer(text):
        words = [w for w in m.group().split() if w[:1].isalpha()]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words):
            out.append((m.start(), m.end()))
    return out


def in_capitals(word: str) -> bool:
    """Whether a name is written in capitals, dots aside ("AS", "U.S.", "LONDON")."""
    return word.replace(".", "").isupper()


def is_http_url(url: str) -> bool:
    """Whether `url` is an http(s) address: the only links the project stores or shows."""
    return url.lower().startswith(("http://", "https://"))
