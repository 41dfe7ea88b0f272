"""The gazetteer: place names from real sources, indexed offline, and an optional online geocoder.

- `load()` the cached index (rebuilt when a source changes), `build()` one from given rows;
- `Gazetteer` looks names up by key and knows their kinds, populations and aliases;
- `OnlineGeocoder` asks Nominatim for names the index lacks (off by default).
"""
from geo.gazetteer.capitals import seats
from geo.gazetteer.index import KINDS, Gazetteer, build, load, source_version
from geo.gazetteer.online import OnlineGeocoder

__all__ = ["KINDS", "Gazetteer", "OnlineGeocoder", "build", "load", "seats", "source_version"]
