"""The events and places layers kept in step with the store: articles stored since are
merged in, not everything read again."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo import store
from geo.events import Merger
from geo.records import Event, PlaceSummary

from .events import LayerColumns, build_events, layer_columns, update_events
from .filters import search_text
from .places import ARTICLES_SHOWN, add_summaries, build_places


@dataclass(frozen=True)
class LayersState:
    """What the page draws from: row i of `events` (and of `search`) is `records[i]`, and
    `rows[id]` is the row of the event with that id."""

    records: tuple[Event, ...]
    rows: dict[str, int]
    events: gpd.GeoDataFrame
    search: pd.Series
    summaries: tuple[PlaceSummary, ...]
    places: gpd.GeoDataFrame
    last_article: int  # the store's rowid up to which these include
    articles: int  # how many articles that is
    titles: dict[str, str]  # what to call each of them (store.article_titles)
    columns: LayerColumns  # what the map draws `events` from (events.layer_columns)


def _empty() -> LayersState:
    frame = build_events([])
    return LayersState((), {}, frame, search_text(frame), (), build_places([]), 0, 0, {},
                       layer_columns(frame))


class LiveLayers:
    """One per store; safe to share between page sessions (each gets a snapshot)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._merger = Merger()
        self._state = _empty()

    def current(self) -> LayersState:
        """The layers as stored now; only the articles added since the last call are read."""
        with self._lock:
            if store.last_article(self.path) != self._state.last_article:
                self._state = self._advance()
            return self._state

    def _advance(self) -> LayersState:
        old = self._state
        read = store.read_events(self.path, old.last_article)
        if read.last_article < old.last_article:  # the store was replaced: start again
            self._merger, old = Merger(), _empty()
            read = store.read_events(self.path, 0)
        last = read.last_article
        changed = self._merger.add(read.events)
        events = update_events(old.events, self._merger.events, changed)
        new = store.place_summaries(self.path, ARTICLES_SHOWN, after=old.last_article, upto=last)
        summaries = tuple(add_summaries(old.summaries, new))
        records = tuple(self._merger.events)
        rows = {**old.rows, **{records[i].id: i for i in changed}}
        titles = {**old.titles, **store.article_titles(self.path, after=old.last_article, upto=last)}
        return LayersState(records, rows, events, search_text(events), summaries,
                           build_places(summaries, titles), last,
                           store.article_count(self.path, upto=last), titles,
                           layer_columns(events))
