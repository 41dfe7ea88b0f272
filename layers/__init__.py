"""Map layers: GeoDataFrames (EPSG:4326) built from geo's records, and their folium rendering.

Each layer module builds its frame and renders it: `events` (build_events / event_group),
`places`, `territory`, `background`; `compose.build_map` puts them on one map; `live` keeps
the events and places layers in step with the store; `filters`, `charts` and `downloads`
serve the page.
"""
from .compose import base_layers, build_map, overlays
from .events import build_events, event_group
from .places import build_places, place_group

__all__ = ["base_layers", "build_events", "build_map", "build_places", "event_group", "overlays",
           "place_group"]
