"""Events scored on a gold file the way `python -m geo events` makes them: each article
through places and events, its events merged, matched against the coder's."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from geo.articles import article_from_record
from geo.events import merge_events
from geo.events.evaluation import ArticleResult, GoldEvent, match_article, read_event_gold
from geo.gazetteer import Gazetteer
from geo.gazetteer.index import KINDS
from geo.pipeline.ingest import process
from geo.places.resolution import km_to_nearest
from geo.records import Event

# A gold region is the region or country entry of the gazetteer at its point (the gold
# takes region points from the same tables), or else the one its name gives.
REGION_KINDS = ("admin1", "country", "disputed")
REGION_KM = 50.0


class Regions:
    """Which region (`"IQ"`, `"IQ/01"`) a produced event or a gold region lies in."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        kinds = {KINDS.index(k) for k in REGION_KINDS}
        self.rows = np.array([i for i in range(len(gaz)) if gaz.kind[i] in kinds])
        self.lats = np.frombuffer(gaz.lat, dtype=np.float64)[self.rows]
        self.lons = np.frombuffer(gaz.lon, dtype=np.float64)[self.rows]
        self.by_id = {gaz.ids[i]: i for i in range(len(gaz))}

    def _region(self, i: int) -> str:
        kind = KINDS[self.gaz.kind[i]]
        code = self.gaz.country[i]
        if kind in ("country", "disputed") or not self.gaz.admin1[i]:
            return code if kind != "disputed" else f"{code}/{self.gaz.ids[i]}"
        return f"{code}/{self.gaz.admin1[i]}"

    def of_event(self, event: Event) -> str | None:
        i = self.by_id.get(event.place_id)
        return None if i is None else self._region(i)

    def of_gold(self, gold: GoldEvent) -> str | None:
        if gold.lat is None or gold.lon is None:
            return None
        km = km_to_nearest(self.lats, self.lons, np.array([[gold.lat, gold.lon]]))  # each row's
        best = int(np.argmin(km))
        if km[best] <= REGION_KM and self.gaz.country[self.rows[best]] == (gold.country or ""):
            return self._region(int(self.rows[best]))
        named = [e for e in self.gaz.lookup(gold.place) if e.kind in REGION_KINDS
                 and e.country == (gold.country or "")]
        return None if not named else self._region(self.by_id[named[0].id])


def evaluate_events(path: Path, gaz: Gazetteer) -> list[ArticleResult]:
    regions = Regions(gaz)
    out = []
    for gold in read_event_gold(path):
        article = article_from_record(gold.record, f"{path}:{gold.id}", gold.id)
        events = merge_events(process(article, gaz)[1])
        out.append(match_article(gold, events, regions.of_event, regions.of_gold))
    return out
