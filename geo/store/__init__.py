"""The store: articles, their place mentions and their events in SQLite, saved and read.

One SQLite file (CONFLICT_MAP_STORE), and the event record's plain form (JSON, GeoJSON).

- write: `save` one processed article, `save_batch` many on an open `connect()`ion;
- read: `read_articles`, `read_events` (as extracted, not merged), `place_summaries`,
  `missing` (articles whose text it lacks), `counts`, `article_count`, `article_titles`, `last_article`;
- `event_to_dict` / `event_from_dict` / `event_values` / `to_geojson`.
"""
from geo.store.serialise import event_from_dict, event_to_dict, event_values, to_geojson
from geo.store.sqlite import (
    Stored,
    StoredEvents,
    StoreError,
    article_count,
    article_titles,
    connect,
    content_hash,
    counts,
    last_article,
    missing,
    place_summaries,
    read_articles,
    read_events,
    save,
    save_batch,
)

__all__ = ["StoreError", "Stored", "StoredEvents", "article_count", "article_titles", "connect",
           "content_hash",
           "counts", "event_from_dict", "event_to_dict", "event_values",
           "last_article", "missing", "place_summaries", "read_articles", "read_events", "save",
           "save_batch", "to_geojson"]
