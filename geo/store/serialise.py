"""The event record in plain form: dicts (JSON) and GeoJSON, and back; what the store
keeps and the command line prints."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import date
from typing import Any

from geo.records import Event, Excerpt, with_id

# The excerpt fields copied onto an event's top level: its primary source.
PRIMARY = ("article", "outlet", "url", "language", "title", "excerpt", "excerpt_start",
           "excerpt_end", "place_start", "place_end", "date_mention_start", "date_mention_end")


_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_EXCERPT_FIELDS = tuple(f.name for f in fields(Excerpt))
_TOP = frozenset(_EVENT_FIELDS) - frozenset(PRIMARY)


def _excerpt_dict(x: Excerpt) -> dict[str, Any]:
    return {name: getattr(x, name) for name in _EXCERPT_FIELDS}


def event_to_dict(event: Event) -> dict[str, Any]:
    """Every field of the record by its name; dates as YYYY-MM-DD; the primary excerpt's
    provenance also at the top level, every excerpt under "excerpts"."""
    # field by field, not dataclasses.asdict: its deep copy made this 10x slower (100k events)
    out: dict[str, Any] = {}
    for name in _EVENT_FIELDS:
        value = getattr(event, name)
        if name == "excerpts":
            value = [_excerpt_dict(x) for x in value]
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[name] = value
    primary = out["excerpts"][0]
    out.update({k: primary[k] for k in PRIMARY})
    out["time_precision"] = event.time_precision  # derived from the dates; not read back
    return out


def event_values(event: Event, names: Iterable[str]) -> list[Any]:
    """The named fields of the record, or of its primary excerpt, as they are (no copies)."""
    primary = event.excerpts[0]
    return [getattr(event if name in _TOP else primary, name) for name in names]


def event_from_dict(data: dict[str, Any]) -> Event:
    """The record event_to_dict wrote; one stored before events had ids gets its id."""
    values = {name: data[name] for name in _EVENT_FIELDS if name != "id"}
    values["date_start"] = date.fromisoformat(values["date_start"])
    values["date_end"] = date.fromisoformat(values["date_end"])
    values["actors"] = tuple(values["actors"])
    values["excerpts"] = tuple(Excerpt(**x) for x in values["excerpts"])
    event = Event(**values, id=data.get("id") or "")
    return event if event.id else with_id(event)


def to_geojson(events: list[Event]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of Point features (EPSG:4326, lon/lat order)."""
    features = []
    for event in events:
        props = event_to_dict(event)
        lon, lat = props.pop("lon"), props.pop("lat")
        features.append({"type": "Feature", "id": event.id,
                         "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}
