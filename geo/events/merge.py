"""Merging: the same event told by several articles (or twice in one) becomes one event."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from geo.events.claims import distinct_claimants, same_speaker
from geo.events.dates import precision_of
from geo.events.triggers import STATEMENT, STRATEGIC
from geo.records import Event, Excerpt

# Reports must share a day to be one event: a town shelled on Saturday and on Sunday is
# shelled twice (dates are resolved per report, so "yesterday" in Sunday's paper is Saturday).
GAP_DAYS = 0
SHORT_DAYS = 7  # spans up to a week are comparable whatever their lengths
SIMILAR = 0.5  # longer spans must overlap this much (intersection over the longer span)


def _span(e: Event) -> int:
    return (e.date_end - e.date_start).days + 1


def same_event(a: Event, b: Event) -> bool:
    """Same kind of event at the same place, at compatible times."""
    if (a.event_type, a.sub_event_type, a.place_id) != (b.event_type, b.sub_event_type, b.place_id):
        return False
    if a.event_type != STRATEGIC and (a.claimed_by == "") != (b.claimed_by == "") and \
            not one_article(a, b):
        # a side's claim never becomes a fact by meeting another outlet's report in its own
        # voice (within one article, its own voice retells what it attributes elsewhere)
        return False
    if a.sub_event_type == STATEMENT and not same_speaker(a.claimed_by, b.claimed_by):
        return False  # one statement per speaker: two speakers in one capital are two
    gap = max((b.date_start - a.date_end).days, (a.date_start - b.date_end).days)
    if gap > (GAP_DAYS if min(a.geo_precision, b.geo_precision) <= 2 else 0):
        return False  # a region is big: there only overlapping dates are one event
    if _span(a) <= SHORT_DAYS and _span(b) <= SHORT_DAYS:
        return True
    overlap = (min(a.date_end, b.date_end) - max(a.date_start, b.date_start)).days + 1
    return overlap / max(_span(a), _span(b)) >= SIMILAR


def _dates(a: Event, b: Event) -> tuple[date, date, bool]:
    """Dates read from a text beat inferred ones; a range inside another is the better one;
    otherwise the reports together span both."""
    if a.date_explicit != b.date_explicit:
        keep = a if a.date_explicit else b
        other = b if keep is a else a
        if keep.date_start <= other.date_end and other.date_start <= keep.date_end:
            return keep.date_start, keep.date_end, True
    if a.date_start >= b.date_start and a.date_end <= b.date_end:
        return a.date_start, a.date_end, a.date_explicit
    if b.date_start >= a.date_start and b.date_end <= a.date_end:
        return b.date_start, b.date_end, b.date_explicit
    return (min(a.date_start, b.date_start), max(a.date_end, b.date_end),
            a.date_explicit and b.date_explicit)


class Held:
    """What a merged event holds, as sets: its excerpts and their outlets. Kept beside the
    event while merging, so that the thousandth report of one event is checked against the
    others in constant time, not by hashing all of them again."""

    __slots__ = ("excerpts", "outlets")

    def __init__(self, event: Event) -> None:
        self.excerpts = set(event.excerpts)
        self.outlets = {_outlet(x) for x in event.excerpts}


def _outlet(x: Excerpt) -> str:
    """Who tells it: one outlet's versions of a story are one source, not corroboration."""
    return f"outlet:{x.outlet.casefold()}" if x.outlet else f"article:{x.article}"


def one_article(a: Event, b: Event) -> bool:
    """Whether both events are told by one article only."""
    articles = {x.article for x in a.excerpts} | {x.article for x in b.excerpts}
    return len(articles) == 1


def combine(a: Event, b: Event, held: Held | None = None) -> Event:
    """One event from two reports of it (`a` told first), keeping every excerpt and a's id.

    `held` is a's excerpts and outlets (`Held(a)` if not given); it is updated with b's."""
    first, last, explicit = _dates(a, b)
    toll = max((a, b), key=lambda e: e.fatalities_best if e.fatalities_best is not None else -1)
    primary = min((a, b), key=lambda e: (e.geo_precision, e.date_precision, e.claimed_by != ""))
    held = Held(a) if held is None else held
    new = tuple(dict.fromkeys(x for x in b.excerpts if x not in held.excerpts))
    if primary is a:
        excerpts = a.excerpts + new
    elif len(new) == len(b.excerpts):  # b's excerpts lead; it repeats none of a's
        excerpts = b.excerpts + a.excerpts
    else:  # b's excerpts lead; a's follow, those b repeats left out
        own = set(b.excerpts)
        excerpts = b.excerpts + tuple(x for x in a.excerpts if x not in own)
    held.excerpts.update(new)
    held.outlets.update(_outlet(x) for x in new)
    claims = distinct_claimants([c for part in (a.claimed_by, b.claimed_by)
                                 for c in part.split("; ") if c])
    # (one article's own voice retelling a claim it attributes keeps the attribution)
    own_voice = (not a.claimed_by or not b.claimed_by) and not (claims and one_article(a, b))
    sources = len(held.outlets)
    return replace(
        primary, date_start=first, date_end=last, date_precision=precision_of(first, last),
        date_explicit=explicit, actors=tuple(dict.fromkeys(a.actors + b.actors)),
        claimed_by="" if own_voice else "; ".join(claims),
        fatalities_low=toll.fatalities_low, fatalities_best=toll.fatalities_best,
        fatalities_high=toll.fatalities_high, fatalities_text=toll.fatalities_text,
        excerpts=excerpts, sources=sources, id=a.id,
        confidence=round(min(0.95, max(a.confidence, b.confidence) + 0.05 * (sources - 1)), 2))


def _weeks(e: Event) -> range:
    """The weeks (day ordinal // 7) an event can merge across: its days and GAP_DAYS around."""
    return range((e.date_start.toordinal() - GAP_DAYS) // 7, (e.date_end.toordinal() + GAP_DAYS) // 7 + 1)


class Merger:
    """merge_events as a fold that can go on: events of articles stored later are merged
    into what is merged already, with the same result as merging everything again.

    Only events of one kind at one place and at most GAP_DAYS apart can merge, so each is
    compared only with those that share a week with it: a year of daily shelling reports
    from one town costs a few comparisons each, not one per earlier report.
    """

    def __init__(self) -> None:
        self.events: list[Event] = []
        self._buckets: dict[tuple[str, str, str], dict[int, list[int]]] = {}
        self._held: dict[int, Held] = {}  # for the events merged from several reports

    def add(self, events: Iterable[Event]) -> list[int]:
        """Merge `events` in, in order; the indices of self.events new or changed, ascending."""
        out, touched = self.events, set()
        for event in events:
            by_week = self._buckets.setdefault(
                (event.event_type, event.sub_event_type, event.place_id), {})
            # ascending: the earliest-reported match wins, as it would comparing with every event
            for k in sorted({k for w in _weeks(event) for k in by_week.get(w, ())}):
                if same_event(out[k], event):
                    held = self._held.get(k) or self._held.setdefault(k, Held(out[k]))
                    out[k] = combine(out[k], event, held)
                    break
            else:
                k = len(out)
                out.append(event)
            touched.add(k)
            for w in _weeks(out[k]):  # a merged event may span more weeks than before
                ks = by_week.setdefault(w, [])
                if not ks or ks[-1] != k:
                    ks.append(k)
        return sorted(touched)


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Events merged where they tell the same thing; order of first report kept."""
    merger = Merger()
    merger.add(events)
    return merger.events
