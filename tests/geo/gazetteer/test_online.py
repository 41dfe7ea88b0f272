import json
import time

from geo.gazetteer.online import OnlineGeocoder


def test_off_by_default(tmp_path, monkeypatch):
    monkeypatch.delenv("CONFLICT_MAP_ONLINE", raising=False)
    geocoder = OnlineGeocoder(cache_path=tmp_path / "c.json")
    assert not geocoder.enabled and geocoder.geocode("Main Street") is None
    assert not (tmp_path / "c.json").exists()


def test_answers_from_the_disk_cache(tmp_path):
    cache = tmp_path / "c.json"
    cache.write_text(json.dumps({"Wichita Drive": [42, "Wichita Drive", 32.1, -95.2],
                                 "Nowhere Lane": None}), encoding="utf-8")
    geocoder = OnlineGeocoder(enabled=False, cache_path=cache)
    entry = geocoder.geocode("Wichita Drive")
    assert (entry.lat, entry.lon, entry.kind) == (32.1, -95.2, "online")
    assert geocoder.geocode("Nowhere Lane") is None


def test_unreachable_server_falls_back_at_once(tmp_path):
    # A closed port on this machine: the request is refused, nothing leaves the host.
    geocoder = OnlineGeocoder(enabled=True, cache_path=tmp_path / "c.json",
                              domain="127.0.0.1:9", scheme="http")
    start = time.monotonic()
    assert geocoder.geocode("Main Street") is None
    assert geocoder.geocode("Other Street") is None
    assert time.monotonic() - start < 1.0
    assert geocoder.offline
