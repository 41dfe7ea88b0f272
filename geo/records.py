"""The frozen records that cross module borders: Article, Span, Entry, Hit, Candidate, Mention."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of an article's text: `text[start:end]`, with what it is."""

    start: int
    end: int
    kind: str  # "furniture" (site chrome) or "related" (a "Baca juga" headline block)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article exactly as given, with its metadata and non-reporting spans."""

    id: str
    text: str
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    language: str | None = None
    url: str | None = None
    nonreporting: tuple[Span, ...] = ()

    def is_reporting(self, start: int, end: int) -> bool:
        """False when [start, end) overlaps page furniture or a related-headline block."""
        return not any(s.start < end and start < s.end for s in self.nonreporting)


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer entry: one real place with its point and prominence."""

    id: str
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2, "" when unknown
    # "city", "admin1", "admin2", "country", "disputed", "continent"; "online" for an
    # answer of the optional online geocoder
    kind: str
    population: int = 0
    admin1: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    """A recognised name before resolution: span, gazetteer key, candidate entry indices."""

    start: int
    end: int
    key: str
    entries: tuple[int, ...]
    role: str  # "place", "actor", "demonym", "org", "street", "feature"
    sentence_initial: bool
    locative: bool


@dataclass(frozen=True, slots=True)
class Candidate:
    """One possible reading of a mention, with its score and the evidence behind it."""

    entry: Entry
    score: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a text; `text == source[start:end]` always holds."""

    start: int
    end: int
    text: str
    # "place"; "actor" (a country as a state that acts: "Armenia minta bantuan Rusia");
    # "demonym" ("Russian"); "org" (inside an organisation's name: "Universitas Kentucky");
    # "feature" (a street, river or building the gazetteer lacks: "Jalan Merdeka Barat").
    role: str = "place"
    reporting: bool = True
    entry: Entry | None = None
    score: float = 0.0
    evidence: tuple[str, ...] = field(default=())
