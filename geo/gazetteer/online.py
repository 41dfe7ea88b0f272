"""The optional online geocoder: Nominatim behind a rate limiter and an on-disk cache.

Off unless asked for (CONFLICT_MAP_ONLINE=1 or enabled=True). It never blocks: one short
timeout, then it falls back to "not found" and stays offline for the rest of the process.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from geo.config import cache_dir
from geo.fileio import atomic_write
from geo.records import Entry

USER_AGENT = "conflict-map/0.1 (offline-first geoparser; optional Nominatim lookups)"
TIMEOUT_S = 1.0
MIN_DELAY_S = 1.0  # Nominatim's usage policy: at most one request per second


class OnlineGeocoder:
    """Looks up names the gazetteer lacks; remembers answers (also misses) on disk."""

    def __init__(self, enabled: bool | None = None, cache_path: Path | None = None,
                 domain: str = "nominatim.openstreetmap.org", scheme: str = "https",
                 timeout: float = TIMEOUT_S) -> None:
        self.enabled = os.environ.get("CONFLICT_MAP_ONLINE") == "1" if enabled is None else enabled
        self.cache_path = cache_path or cache_dir() / "geocoder.json"
        self.domain, self.scheme, self.timeout = domain, scheme, timeout
        self._cache: dict[str, list | None] | None = None
        self._lookup: Callable[..., Any] | None = None
        self.offline = False  # set after the first failure: no more waiting this process

    def _load_cache(self) -> dict[str, list | None]:
        if self._cache is None:
            try:
                self._cache = json.loads(self.cache_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._cache = {}
        return self._cache

    def _save_cache(self) -> None:
        with atomic_write(self.cache_path, "w") as fh:
            json.dump(self._cache, fh, ensure_ascii=False)

    def _geocode(self, query: str) -> Any:
        if self._lookup is None:
            # Imported here: the offline path never loads geopy's HTTP stack.
            from geopy.extra.rate_limiter import RateLimiter
            from geopy.geocoders import Nominatim

            nominatim = Nominatim(user_agent=USER_AGENT, domain=self.domain, scheme=self.scheme,
                                  timeout=self.timeout)
            self._lookup = RateLimiter(nominatim.geocode, min_delay_seconds=MIN_DELAY_S,
                                       max_retries=0, swallow_exceptions=False)
        return self._lookup(query, exactly_one=True, language="en")

    def geocode(self, name: str) -> Entry | None:
        """The place a name refers to, from the cache or Nominatim; None when unknown or offline."""
        cache = self._load_cache()
        if name in cache:
            hit = cache[name]
            return None if hit is None else Entry(f"osm:{hit[0]}", hit[1], hit[2], hit[3], "", "online")
        if not self.enabled or self.offline:
            return None
        from geopy.exc import GeopyError

        try:
            found = self._geocode(name)
        except (GeopyError, OSError, ValueError):
            self.offline = True
            return None
        cache[name] = None if found is None else [
            found.raw.get("osm_id", ""), found.address.split(",")[0], found.latitude, found.longitude]
        self._save_cache()
        return self.geocode(name)
