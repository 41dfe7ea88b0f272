"""The store: articles, their place mentions and their events in SQLite, and the event
record's plain (JSON, GeoJSON) form.
"""
from geo.store.serialise import event_from_dict, event_to_dict, event_values, to_geojson
from geo.store.sqlite import *  # noqa: F403  (first pass)

__all__ = ["event_from_dict", "event_to_dict", "event_values", "to_geojson"]
