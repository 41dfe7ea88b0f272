"""Tokens and name keys: how text and gazetteer names are made comparable."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
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
def letters(name: str) -> str:
    """A name's letters and digits alone, folded: "Kandahār" and "Kandahar", "Donets'k" and
    "Donetsk" are one."""
    return "".join(c for c in fold(name) if c.isalnum())


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


_GATE_WORD = re.compile(r"[^\W_]+")
# Distinct words remembered per gate: a corpus's vocabulary, bounded on endless streams.
GATE_MEMO = 200_000


class _WordIndex:
    """Where the registered first words stand in a text, all found in one pass over its
    words and kept for the last text asked about (an article is read by several stages)."""

    def __init__(self) -> None:
        self._firsts: list[tuple[int, re.Pattern[str]]] = []
        self._memo: dict[str, tuple[int, ...]] = {}
        self._last: tuple[str | None, list[list[int]]] = (None, [])

    def register(self, first: re.Pattern[str]) -> int:
        self._firsts.append((len(self._firsts), first))
        self._memo, self._last = {}, (None, [])
        return len(self._firsts) - 1

    def starts(self, text: str, key: int) -> list[int]:
        last = self._last  # one read: another thread may be reading another article
        if last[0] is not text:
            last = (text, self._index(text))
            self._last = last
        return last[1][key]

    def _index(self, text: str) -> list[list[int]]:
        memo, firsts = self._memo, self._firsts
        out: list[list[int]] = [[] for _ in firsts]
        for m in _GATE_WORD.finditer(text):
            word = m.group()
            hit = memo.get(word)
            if hit is None:
                hit = tuple(k for k, f in firsts if f.match(word) is not None)
                if len(memo) < GATE_MEMO:
                    memo[word] = hit
            for k in hit:
                out[k].append(m.start())
        return out


_WORDS = _WordIndex()


class WordGate:
    """Where one of many patterns can start, found a word at a time.

    A long alternation searched at every character of an article costs its length times the
    number of alternatives. Every pattern here starts at a word, and its first word is one of
    a known set: each distinct word is tested once (memoised) against those first words, in
    one pass shared by every gate, and the full patterns are tried only where a gate opens.
    `first` is a regex for a whole first word ("drones?", "rall(?:y|ies)"), or its beginning
    with `prefix=True` ("week" for "weekend").
    """

    def __init__(self, first: str, prefix: bool = False) -> None:
        self._key = _WORDS.register(re.compile(rf"(?:{first})" + ("" if prefix else r"\Z"),
                                               re.IGNORECASE))

    def positions(self, text: str, start: int = 0, end: int | None = None) -> list[int]:
        """Starts of the words in text[start:end] that can begin a pattern, ascending."""
        starts = _WORDS.starts(text, self._key)
        if start == 0 and end is None:
            return starts
        return starts[bisect_left(starts, start):bisect_left(starts, len(text) if end is None else end)]


class Gated:
    """Several word-initial patterns found in one pass over a text: where each matches."""

    def __init__(self, patterns: Mapping[str, re.Pattern[str]]) -> None:
        self.patterns = dict(patterns)
        self.gates = {name: WordGate(first_words([inner_alternatives(p.pattern)]))
                      for name, p in self.patterns.items()}

    def matches(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """For each name, the (start, end) of its matches in `text`, by start."""
        out = {}
        for name, gate in self.gates.items():
            pattern = self.patterns[name]
            out[name] = [(m.start(), m.end()) for p in gate.positions(text)
                         if (m := pattern.match(text, p))]
        return out


def inner_alternatives(pattern: str) -> str:
    """The alternatives of a pattern written as a whole-word group, r"\\b(?:a|b c)\\b"."""
    if pattern.startswith(r"\b(?:") and pattern.endswith(r")\b"):
        return pattern[5:-3]
    raise ValueError(f"not a whole-word group: {pattern[:40]}")


def spans_within(spans: Sequence[tuple[int, int]], start: int, end: int) -> Iterator[tuple[int, int]]:
    """The `spans` (ascending by start) that lie inside [start, end), found by bisection."""
    k = bisect_left(spans, (start, -1))
    while k < len(spans) and spans[k][0] < end:
        if spans[k][1] <= end:
            yield spans[k]
        k += 1


def any_within(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of `spans` (ascending by start) lies inside [start, end)."""
    return next(spans_within(spans, start, end), None) is not None


def first_words(patterns: Iterable[str]) -> str:
    """The regex for the first words of `patterns` (regex sources of alternatives): each
    alternative cut where its first word ends, outside brackets: at a space, a hyphen, an
    escaped space or boundary (\\s, \\b), or a lookaround."""
    firsts = []
    for pattern in patterns:
        depth, in_class, start, cut, escaped = 0, False, 0, None, False
        for i, c in enumerate(pattern + "|"):
            if escaped:
                escaped = False
                if depth == 0 and not in_class and c in "sb" and cut is None:
                    cut = i - 1
                continue
            if c == "\\":
                escaped = True
            elif in_class:
                in_class = c != "]"
            elif c == "[":
                in_class = True
            elif c == "(":
                if depth == 0 and pattern[i:i + 3] in ("(?=", "(?!") and cut is None:
                    cut = i
                depth += 1
            elif c == ")":
                depth -= 1
            elif depth == 0 and c in " -" and cut is None:
                cut = i
            elif depth == 0 and c == "|":
                firsts.append(pattern[start:cut if cut is not None else i])
                start, cut = i + 1, None
    return "|".join(dict.fromkeys(firsts))
