"""Scoring extracted events against events coded by hand (`python -m geo evaluate-events`).

The gold follows ACLED's codebook (see the README, "Measured"): each article lists its events
(type, sub-type, place and point, geo precision, dates, claimant, toll, the evidence
sentence's offsets) and the sentences a coder would not code (`non_events`, with why).

A produced event matches a gold one when the type agrees, the place is within MATCH_KM (or,
for a gold event coded to a region or country, precision 3, the produced place lies in that
region), and the dates overlap. Each gold event is matched once; where several produced
events could take it, the one told in the gold's evidence sentence and nearest comes first.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from geopy.distance import great_circle

from geo.errors import InputError
from geo.events.claims import claimant_agrees
from geo.fileio import json_lines
from geo.records import Event
from geo.text import name_key

MATCH_KM = 25.0


@dataclass(frozen=True, slots=True)
class GoldEvent:
    event_type: str
    sub_event_type: str
    place: str
    lat: float | None  # None for seas and unnamed border areas
    lon: float | None
    country: str | None
    geo_precision: int
    date_start: date
    date_end: date
    claimed_by: str  # "" when the article tells it in its own voice
    fatalities: int | None
    evidence: tuple[int, int]


@dataclass(frozen=True, slots=True)
class NonEvent:
    start: int
    end: int
    why: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One article of an event gold file: its fields as `python -m geo events` reads them
    (`record`), and what a coder found in it."""

    id: str
    lang: str
    record: dict[str, Any] = field(hash=False, compare=False)
    events: tuple[GoldEvent, ...]
    non_events: tuple[NonEvent, ...]


def _gold_event(raw: dict[str, Any], origin: str, text: str) -> GoldEvent:
    try:
        start, end = raw["evidence"]
        if not (0 <= start < end <= len(text)):
            raise ValueError(f"evidence {raw['evidence']} outside the text")
        return GoldEvent(str(raw["event_type"]), str(raw["sub_event_type"]), str(raw["place"]),
                         None if raw.get("lat") is None else float(raw["lat"]),
                         None if raw.get("lon") is None else float(raw["lon"]),
                         raw.get("country"), int(raw["geo_precision"]),
                         date.fromisoformat(raw["date_start"]), date.fromisoformat(raw["date_end"]),
                         str(raw.get("claimed_by") or ""),
                         None if raw.get("fatalities") is None else int(raw["fatalities"]),
                         (int(start), int(end)))
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{origin}: a gold event is not valid ({exc})") from None


def read_event_gold(path: Path) -> list[GoldArticle]:
    """Every article of a gold file, or an InputError naming the first line that is wrong."""
    out = []
    for line in json_lines(path):
        doc = line.value
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise InputError(f"{line.origin}: {line.problem or 'expected an article object with a text'}")
        events = doc.get("events", [])
        non_events = doc.get("non_events", [])
        if not isinstance(events, list) or not isinstance(non_events, list):
            raise InputError(f"{line.origin}: \"events\" and \"non_events\" must be lists")
        try:
            skipped = tuple(NonEvent(int(n["start"]), int(n["end"]), str(n["why"])) for n in non_events)
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{line.origin}: a non-event is not valid ({exc})") from None
        record = {k: v for k, v in doc.items() if k not in ("events", "non_events")}
        out.append(GoldArticle(str(doc.get("id") or line.number), str(doc.get("lang") or ""), record,
                               tuple(_gold_event(e, line.origin, doc["text"]) for e in events),
                               skipped))
    return out


# Which region a point lies in ("IQ/01"), for gold events coded to a region: given by the
# caller, which has the gazetteer. None when it cannot tell.
RegionOfEvent = Callable[[Event], str | None]
RegionOfGold = Callable[[GoldEvent], str | None]


def _km(gold: GoldEvent, event: Event) -> float | None:
    if gold.lat is None or gold.lon is None:
        return None
    return float(great_circle((gold.lat, gold.lon), (event.lat, event.lon)).km)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _told_in(event: Event, span: tuple[int, int]) -> bool:
    return any(_overlaps((x.excerpt_start, x.excerpt_end), span) for x in event.excerpts)


def place_agrees(gold: GoldEvent, event: Event, region_of_event: RegionOfEvent,
                 region_of_gold: RegionOfGold) -> bool:
    """The produced place is the gold place: within MATCH_KM, or inside the gold region
    when the gold is coded to a region or country (precision 3). A gold place without
    coordinates (a sea) is matched by its name or by a region-level event told in the
    gold's own sentence."""
    km = _km(gold, event)
    if km is not None and km <= MATCH_KM:
        return True
    if gold.lat is None:
        return name_key(gold.place) == name_key(event.place.split(" (")[0]) or (
            event.geo_precision == 3 and _told_in(event, gold.evidence))
    if gold.geo_precision != 3:
        return False
    region = region_of_gold(gold)
    return region is not None and region_of_event(event) is not None and (
        region_of_event(event) == region or (region_of_event(event) or "").startswith(region + "/"))


def _dates_overlap(gold: GoldEvent, event: Event) -> bool:
    return gold.date_start <= event.date_end and event.date_start <= gold.date_end


@dataclass(frozen=True, slots=True)
class Match:
    gold: GoldEvent
    event: Event


@dataclass(frozen=True, slots=True)
class ArticleResult:
    article: GoldArticle
    produced: tuple[Event, ...]
    matches: tuple[Match, ...]
    coded_non_events: tuple[NonEvent, ...]  # non-events a produced event was drawn from


def match_article(article: GoldArticle, produced: Sequence[Event], region_of_event: RegionOfEvent,
                  region_of_gold: RegionOfGold) -> ArticleResult:
    """Each gold event matched to at most one produced event and each produced to one gold."""
    pairs = []
    for gi, g in enumerate(article.events):
        for pi, e in enumerate(produced):
            if e.event_type == g.event_type and _dates_overlap(g, e) and \
                    place_agrees(g, e, region_of_event, region_of_gold):
                km = _km(g, e)
                pairs.append((not _told_in(e, g.evidence), e.sub_event_type != g.sub_event_type,
                              km if km is not None else 0.0, gi, pi))
    pairs.sort()
    used_gold: set[int] = set()
    used_event: set[int] = set()
    matches = []
    for *_, gi, pi in pairs:
        if gi in used_gold or pi in used_event:
            continue
        used_gold.add(gi)
        used_event.add(pi)
        matches.append(Match(article.events[gi], produced[pi]))
    unmatched = [e for i, e in enumerate(produced) if i not in used_event]
    coded = tuple(n for n in article.non_events if any(_told_in(e, (n.start, n.end)) for e in unmatched))
    return ArticleResult(article, tuple(produced), tuple(matches), coded)


@dataclass(frozen=True, slots=True)
class EventScores:
    articles: int
    gold: int
    produced: int
    matched: int
    fields: dict[str, tuple[int, int]]  # field -> (right, out of)
    non_events: dict[str, tuple[int, int]]  # why -> (coded anyway, out of)

    @property
    def precision(self) -> float:
        return self.matched / self.produced if self.produced else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def non_events_coded(self) -> tuple[int, int]:
        return (sum(c for c, _ in self.non_events.values()), sum(n for _, n in self.non_events.values()))


FIELDS = ("sub-type", "place", "geo precision", "dates", "claimant present", "claimant right",
          "toll")


def _field_checks(m: Match) -> dict[str, bool | None]:
    """Each field of a matched event: right, wrong, or None where the field does not apply."""
    g, e = m.gold, m.event
    km = _km(g, e)
    return {
        "sub-type": e.sub_event_type == g.sub_event_type,
        "place": (km is not None and km <= MATCH_KM) if g.lat is not None else None,
        "geo precision": e.geo_precision == g.geo_precision,
        "dates": (e.date_start, e.date_end) == (g.date_start, g.date_end),
        "claimant present": (e.claimed_by != "") == (g.claimed_by != ""),
        "claimant right": claimant_agrees(g.claimed_by, e.claimed_by) if g.claimed_by else None,
        "toll": e.fatalities_best == g.fatalities,
    }


def score(results: Iterable[ArticleResult]) -> EventScores:
    results = list(results)
    fields: dict[str, list[int]] = {f: [0, 0] for f in FIELDS}
    for r in results:
        for m in r.matches:
            for name, ok in _field_checks(m).items():
                if ok is not None:
                    fields[name][0] += int(ok)
                    fields[name][1] += 1
    total = Counter(n.why for r in results for n in r.article.non_events)
    coded = Counter(n.why for r in results for n in r.coded_non_events)
    return EventScores(len(results), sum(len(r.article.events) for r in results),
                       sum(len(r.produced) for r in results), sum(len(r.matches) for r in results),
                       {k: (v[0], v[1]) for k, v in fields.items()},
                       {why: (coded[why], n) for why, n in sorted(total.items())})


def report(name: str, results: Sequence[ArticleResult]) -> str:
    """The figures `python -m geo evaluate-events` prints: all articles, then per language."""
    lines = []
    langs = sorted({r.article.lang for r in results})
    for label, part in [("all", list(results))] + [(lang, [r for r in results if r.article.lang == lang])
                                                   for lang in langs if len(langs) > 1]:
        s = score(part)
        lines.append(f"{name} [{label}]: {s.articles} articles, {s.gold} gold events, "
                     f"{s.produced} produced, {s.matched} matched")
        lines.append(f"  events     P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}")
        lines.append("  fields     " + "  ".join(
            f"{f} {right}/{n}" for f, (right, n) in s.fields.items()))
        coded, total = s.non_events_coded
        share = coded / total if total else 0.0
        lines.append(f"  non-events coded anyway {coded}/{total} ({share:.1%})" + (": " + ", ".join(
            f"{why} {c}/{n}" for why, (c, n) in s.non_events.items() if c) if coded else ""))
    return "\n".join(lines)


def dump(results: Sequence[ArticleResult]) -> str:
    """Every article's misses, extra events and coded non-events, as JSON lines (for reading
    what went wrong, `--details`)."""
    out = []
    for r in results:
        checks = [(m, _field_checks(m)) for m in r.matches]
        matched = {id(m.event) for m in r.matches}
        hit = {id(m.gold) for m in r.matches}
        text = r.article.record["text"]
        out.append(json.dumps({
            "id": r.article.id,
            "missed": [{"type": g.event_type, "sub": g.sub_event_type, "place": g.place,
                        "dates": f"{g.date_start}..{g.date_end}", "claimed_by": g.claimed_by,
                        "evidence": text[g.evidence[0]:g.evidence[1]][:200]}
                       for g in r.article.events if id(g) not in hit],
            "extra": [{"type": e.event_type, "sub": e.sub_event_type, "place": e.place,
                       "dates": f"{e.date_start}..{e.date_end}", "claimed_by": e.claimed_by,
                       "evidence": e.primary.excerpt[:200]}
                      for e in r.produced if id(e) not in matched],
            "wrong_fields": [{"place": m.gold.place, **{k: v for k, v in ok.items() if v is False},
                              "gold": [m.gold.sub_event_type, str(m.gold.date_start),
                                       str(m.gold.date_end), m.gold.claimed_by, m.gold.fatalities,
                                       m.gold.geo_precision],
                              "got": [m.event.sub_event_type, str(m.event.date_start),
                                      str(m.event.date_end), m.event.claimed_by,
                                      m.event.fatalities_best, m.event.geo_precision]}
                             for m, ok in checks if False in ok.values()],
            "non_events": [{"why": n.why, "text": text[n.start:n.end][:160]} for n in r.coded_non_events],
        }, ensure_ascii=False))
    return "\n".join(out)
