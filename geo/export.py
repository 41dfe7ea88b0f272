"""Events as plain dicts and GeoJSON, and back: the form the store and the CLI speak."""
from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date
from typing import Any

from .records import Event, Excerpt

# The excerpt fields copied onto an event's top level: its primary source.
PRIMARY = ("article", "outlet", "url", "language", "title", "excerpt", "excerpt_start",
           "excerpt_end", "place_start", "place_end", "date_mention_start", "date_mention_end")


def event_to_dict(event: Event) -> dict[str, Any]:
    """Every field of the record by its name; dates as YYYY-MM-DD; the primary excerpt's
    provenance also at the top level, every excerpt under "excerpts"."""
    out: dict[str, Any] = {}
    for f in fields(Event):
        value = getattr(event, f.name)
        if f.name == "excerpts":
            value = [asdict(x) for x in value]
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    primary = asdict(event.primary)
    out.update({k: primary[k] for k in PRIMARY})
    return out


def event_from_dict(data: dict[str, Any]) -> Event:
    values = {f.name: data[f.name] for f in fields(Event)}
    values["date_start"] = date.fromisoformat(values["date_start"])
    values["date_end"] = date.fromisoformat(values["date_end"])
    values["actors"] = tuple(values["actors"])
    values["excerpts"] = tuple(Excerpt(**x) for x in values["excerpts"])
    return Event(**values)


def to_geojson(events: list[Event]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of Point features (EPSG:4326, lon/lat order)."""
    features = []
    for event in events:
        props = event_to_dict(event)
        lon, lat = props.pop("lon"), props.pop("lat")
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}
