import shutil
from pathlib import Path

import pytest
from geopy.distance import geodesic

from geo import gazetteer
from geo.config import GAZETTEER_SOURCES
from geo.gazetteer.index import phrases_in

ROWS = [
    ("cc:GE", "Georgia", 42.0, 43.5, "GE", "country", 3_700_000, "",
     [("Georgia", "en"), ("Georgian", "en:demonym"), ("Georgia", "id")]),
    ("gn:1", "Geneva", 46.2, 6.1, "CH", "city", 200_000, "GE",
     [("Geneva", ""), ("Jenewa", ""), ("Genf", "")]),
    ("ne1:1", "Georgia", 32.7, -83.5, "US", "admin1", 0, "GA",
     [("Georgia", ""), ("Ga.", "en:postal")]),
    ("cc:US", "United States", 39.8, -98.5, "US", "country", 327_000_000, "",
     [("United States", "en"), ("U.S.", ""), ("AS", "id")]),
]


@pytest.fixture
def tiny():
    return gazetteer.build(Path("/nonexistent"), ROWS, {"genf": "en"})


def test_tiny_index(tiny):
    assert len(tiny) == 4
    assert [e.kind for e in tiny.lookup("Georgia")] == ["country", "admin1"]  # most populous first
    assert tiny.lookup("Jenewa")[0].name == "Geneva"
    assert "jenewa" in tiny.alternate_only and "geneva" not in tiny.alternate_only
    assert "georgian" in tiny.demonyms
    assert "ga" in tiny.postal
    # a one-word name written only in capitals is kept apart: read only where the text does so
    assert "^us" in tiny.keys and "^as" in tiny.keys and "as" not in tiny.keys
    assert tiny.key_langs["^as"] == "id"
    assert [e.name for e in tiny.lookup("AS")] == ["United States"] and tiny.lookup("As") == []
    # names of several words are found by the automaton, whole words only ("united states"
    # starts at word 1; "states" inside "unitedstates" is no word of its own)
    assert phrases_in(tiny, ["the", "united", "states", "and", "unitedstates"]) == {1: [2]}
    assert phrases_in(tiny, ["united", "states", "and", "the", "united", "states"]) == {0: [2], 4: [2]}
    assert ("Jenewa", "") in tiny.aliases_of(1)
    assert ("Georgian", "en:demonym") in tiny.aliases_of(0)
    assert tiny.lookup("Nowhere") == []


# GeoNames coordinates of the seed articles' places (geonameid, lat, lon), as in cities500.
GEONAMES = {
    "Baku": (587084, 40.37767, 49.89201), "Yerevan": (616052, 40.17765, 44.5126),
    "Stepanakert": (146970, 39.8177, 46.7528), "Khankendi": (146970, 39.8177, 46.7528),
    "Shusha": (147105, 39.76006, 46.74989), "Shushi": (147105, 39.76006, 46.74989),
    "Gyumri": (616635, 40.79305, 43.84635), "Jenewa": (2660646, 46.20222, 6.14569),
    "Moskwa": (524901, 55.75204, 37.61781),
}


@pytest.mark.parametrize("name", sorted(GEONAMES))
def test_real_index_has_seed_places(gaz, name):
    _, lat, lon = GEONAMES[name]
    assert any(geodesic((e.lat, e.lon), (lat, lon)).km <= 15 for e in gaz.lookup(name))


@pytest.mark.parametrize("name, kind, country", [
    ("Pegunungan Karabakh", "disputed", "AZ"), ("Nagorno Karabakh", "disputed", "AZ"),
    ("Artsakh", "disputed", "AZ"), ("Rusia", "country", "RU"), ("Turki", "country", "TR"),
    ("Prancis", "country", "FR"), ("Amerika Serikat", "country", "US"),
    ("Jawa Timur", "admin1", "ID"), ("Laurel County", "admin2", "US"),
    # news drops the Arabic article of a province; Indonesian writes a "Strip" as "Jalur"
    ("Anbar", "admin1", "IQ"), ("Jalur Gaza", "admin1", "PS"),
])
def test_real_index_regions_and_countries(gaz, name, kind, country):
    assert any(e.kind == kind and e.country == country for e in gaz.lookup(name))


def test_cache_is_reused_and_rebuilt_when_sources_change(tmp_path):
    sources = tmp_path / "sources"
    shutil.copytree(GAZETTEER_SOURCES, sources)
    cache = tmp_path / "cache"
    first = gazetteer.load(sources, cache)
    [pickle] = cache.glob("gazetteer-*.pickle")
    mtime = pickle.stat().st_mtime_ns
    again = gazetteer.load(sources, cache)
    assert again.version == first.version and pickle.stat().st_mtime_ns == mtime
    assert "zzzz" not in first.common
    with (sources / "common_words.tsv").open("a", encoding="utf-8") as fh:
        fh.write("zzzz\t1\t0\n")
    rebuilt = gazetteer.load(sources, cache)
    assert rebuilt.version == gazetteer.source_version(sources) != first.version
    assert rebuilt.common["zzzz"] == "en"  # built from the changed source, not read from the old pickle
    assert [p.name for p in cache.glob("gazetteer-*.pickle")] == [f"gazetteer-{rebuilt.version}.pickle"]
    assert gazetteer.load(sources, cache).common["zzzz"] == "en"  # and the new one is what is cached


def _paris(kind):
    population = 2_000_000 if kind == "city" else 0
    return [("x:1", "Paris", 48.85, 2.35, "FR", kind, population, "", [("Paris", "")])]


def test_two_indexes_from_folders_without_sources_keep_their_own_memos():
    # both are "custom" (no .tsv files): a memo keyed by that version would mix them up
    a = gazetteer.build(Path("/nonexistent"), _paris("city"), {})
    b = gazetteer.build(Path("/nonexistent"), _paris("admin1"), {})
    assert a.version == b.version
    assert a.kinds_of("paris") == {"city"} and b.kinds_of("paris") == {"admin1"}
    assert a.biggest_population("paris") == 2_000_000 and b.biggest_population("paris") == 0


def test_the_resolver_remembers_per_index():
    from geo.places import recognize, resolve

    a = gazetteer.build(Path("/nonexistent"), _paris("city"), {})
    b = gazetteer.build(Path("/nonexistent"), _paris("admin1"), {})
    text = "Talks were held in Paris."
    [in_a] = resolve(a, text, recognize(text, a, "en"))
    [in_b] = resolve(b, text, recognize(text, b, "en"))
    assert in_a.entry.kind == "city" and in_b.entry.kind == "admin1"
