"""Map layers as GeoDataFrames (EPSG:4326) built from geo's records, and their rendering."""
from .events import build_events
from .places import build_places

__all__ = ["build_events", "build_places"]
