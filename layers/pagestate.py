"""What the page's URL holds: the filters, the search, the map's view and the selected event,
so that a link opens the same view (pure functions; the page reads and writes st.query_params).

A URL is untrusted input like an article: each value is checked, and one that does not
parse is dropped (the page then shows its default), never an error.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from .filters import EventFilter

MAX_SEARCH = 200  # characters of a search kept from a URL
MIN_ZOOM, MAX_ZOOM = 2, 18
EVENT_ID = re.compile(r"[0-9a-f]{16}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class View:
    """The map's centre and zoom."""

    lat: float
    lon: float
    zoom: int


@dataclass(frozen=True)
class PageState:
    filter: EventFilter = EventFilter()
    view: View | None = None  # None: the map's default view
    event: str | None = None  # the selected event's stable id


Query = Mapping[str, Sequence[str]]  # each key's values, as st.query_params.get_all gives them


def _first(query: Query, key: str) -> str | None:
    values = query.get(key) or ()
    return values[0] if values else None


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _number(value: str | None, low: float, high: float) -> float | None:
    try:
        x = float(value) if value else None
    except ValueError:
        return None
    return x if x is not None and low <= x <= high else None


def from_query(query: Query, types: Sequence[str], outlets: Sequence[str],
               claimants: Sequence[str]) -> PageState:
    """The page state a URL asks for; choices the data does not offer are left out."""
    def chosen(key: str, offered: Sequence[str]) -> tuple[str, ...]:
        allowed = set(offered)
        return tuple(dict.fromkeys(v for v in query.get(key) or () if v in allowed))

    text = _CONTROL.sub("", _first(query, "q") or "")[:MAX_SEARCH]
    f = EventFilter(start=_day(_first(query, "from")), end=_day(_first(query, "to")),
                    event_types=chosen("type", types), outlets=chosen("outlet", outlets),
                    claimants=chosen("claim", claimants), text=text)
    lat = _number(_first(query, "lat"), -90, 90)
    lon = _number(_first(query, "lon"), -180, 180)
    zoom = _number(_first(query, "z"), MIN_ZOOM, MAX_ZOOM)
    view = View(lat, lon, int(zoom)) if lat is not None and lon is not None and zoom is not None \
        else None
    event = _first(query, "event")
    return PageState(f, view, event if event and EVENT_ID.fullmatch(event) else None)


def to_query(state: PageState) -> dict[str, list[str]]:
    """The URL's parameters for `state` (keys with no value left out)."""
    f = state.filter
    out: dict[str, list[str]] = {
        "type": list(f.event_types), "outlet": list(f.outlets), "claim": list(f.claimants),
        "q": [f.text] if f.text else [],
        "from": [f.start.isoformat()] if f.start else [],
        "to": [f.end.isoformat()] if f.end else [],
        "event": [state.event] if state.event else []}
    if state.view is not None:
        out.update(lat=[f"{state.view.lat:.4f}"], lon=[f"{state.view.lon:.4f}"],
                   z=[str(state.view.zoom)])
    return {k: v for k, v in out.items() if v}


def share_link(page_url: str, state: PageState) -> str:
    """The link that opens `state`: the page's address (any query on it dropped) and the
    state's parameters."""
    base = page_url.split("?", 1)[0].split("#", 1)[0]
    query = urlencode(to_query(state), doseq=True)
    return f"{base}?{query}" if query else base
