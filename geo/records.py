"""The frozen records that cross stage borders: Article, Span, Entry, Hit, Candidate,
Mention, Excerpt, Event and PlaceSummary."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date

# The roles in which a mention names a place on the map: a location, or a named feature
# (not a state acting, a demonym or a name inside an organisation's).
PLACE_ROLES = frozenset({"place", "feature"})


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


@dataclass(frozen=True, slots=True)
class Excerpt:
    """Where an event is told: the supporting sentence and its offsets in one article."""

    article: str
    outlet: str | None
    url: str | None
    language: str | None
    title: str | None
    excerpt: str
    excerpt_start: int
    excerpt_end: int
    place_start: int | None = None  # the place mention, None when the place was inferred
    place_end: int | None = None
    date_mention_start: int | None = None  # the date mention, None when the date was inferred
    date_mention_end: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One reported event, coded the way ACLED and UCDP GED analysts would recognise.

    See the README section "The event record" for every field.
    """

    event_type: str
    sub_event_type: str
    date_start: date
    date_end: date
    date_precision: int  # UCDP: 1 day, 2 span of 2-6 days, 3 week, 4 month, 5 year
    place: str
    place_id: str
    lat: float
    lon: float
    country: str
    geo_precision: int  # ACLED: 1 the town itself, 2 near a town / part of a region, 3 region or country
    actors: tuple[str, ...]
    claimed_by: str  # "" when the article states it in its own voice
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    fatalities_text: str
    trigger: str
    excerpts: tuple[Excerpt, ...]  # the first is the primary source
    confidence: float
    sources: int = 1
    date_explicit: bool = True  # False when the dates were inferred, not read
    # Stable identity: event_id() of the report that first told it; kept when later
    # reports merge into it, so a link or a click names the same event across reruns.
    id: str = ""

    @property
    def primary(self) -> Excerpt:
        return self.excerpts[0]

    @property
    def time_precision(self) -> int:
        """ACLED's time precision beside UCDP's date_precision: 1 the day is known, 2 the
        week (a span of at most seven days), 3 only the month or longer."""
        days = (self.date_end - self.date_start).days + 1
        return 1 if days == 1 else 2 if days <= 7 else 3


def event_id(event: Event) -> str:
    """A hash of what defines one reported event: its first excerpt (article, sentence and
    place offsets), its type and its place. Two reports never share one."""
    x = event.excerpts[0]
    key = "\x1f".join(map(str, (x.article, x.excerpt_start, x.excerpt_end, x.place_start,
                                 event.event_type, event.sub_event_type, event.place_id)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def with_id(event: Event) -> Event:
    """The event with its id set from its defining fields."""
    return replace(event, id=event_id(event))


def stored_as(event: Event, article_id: str) -> Event:
    """A freshly extracted event of an article that is stored under another id."""
    excerpts = tuple(replace(x, article=article_id) for x in event.excerpts)
    return with_id(replace(event, excerpts=excerpts))


@dataclass(frozen=True, slots=True)
class PlaceSummary:
    """One place as the stored articles name it: counts, and the first articles and forms."""

    entry_id: str
    name: str
    kind: str
    country: str
    lat: float
    lon: float
    mentions: int
    n_articles: int
    articles: tuple[str, ...]  # the first few, in the order they were stored
    examples: tuple[str, ...]  # the first few surface forms
