"""The events layer kept in step with the store: articles stored since are merged in, not
everything read again."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo import store
from geo.merge import Merger
from geo.records import Event

from .events import build_events, update_events
from .filters import search_text


@dataclass(frozen=True)
class EventsState:
    """What the page draws from: row i of `frame` (and of `search`) is `records[i]`."""

    records: tuple[Event, ...]
    frame: gpd.GeoDataFrame
    search: pd.Series
    last_article: int  # the store's rowid up to which these include


class LiveEvents:
    """One per store; safe to share between page sessions (each gets a snapshot)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._merger = Merger()
        frame = build_events([])
        self._state = EventsState((), frame, search_text(frame), 0)

    def current(self) -> EventsState:
        """The events as stored now; only the articles added since the last call are read."""
        with self._lock:
            if store.last_article(self.path) != self._state.last_article:
                self._state = self._advance()
            return self._state

    def _advance(self) -> EventsState:
        old = self._state
        raw, last = store.load_raw_events(self.path, old.last_article)
        if last < old.last_article:  # the store was replaced: start again
            self._merger = Merger()
            frame = build_events([])
            old = EventsState((), frame, search_text(frame), 0)
            raw, last = store.load_raw_events(self.path, 0)
        changed = self._merger.add(raw)
        events = self._merger.events
        frame = update_events(old.frame, events, changed)
        return EventsState(tuple(events), frame, search_text(frame), last)
