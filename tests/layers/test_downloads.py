import io
import json

import geopandas as gpd
import pandas as pd
import pytest

from layers import build_places
from layers.downloads import FORMATS, to_bytes
from layers.territory import build_territory

from .test_compose import event


@pytest.fixture
def events():
    from layers import build_events

    return build_events([event(), event(etype="Strategic developments")])


def test_geojson_and_csv_round_trip(events):
    collection = json.loads(to_bytes(events, "GeoJSON", "events"))
    assert len(collection["features"]) == 2
    assert collection["features"][0]["properties"]["date_start"] == "2020-11-01"
    table = pd.read_csv(io.BytesIO(to_bytes(events, "CSV", "events")))
    assert list(table[["lon", "lat"]].iloc[0]) == [46.75, 39.76]
    assert table["excerpt"].iloc[0].startswith("<script>")  # data, as written; escaped only on screen


def test_geopackage_reads_back(tmp_path, events):
    path = tmp_path / "e.gpkg"
    path.write_bytes(to_bytes(events, "GeoPackage", "events"))
    back = gpd.read_file(path, layer="events")
    assert len(back) == 2 and back.crs.to_epsg() == 4326
    territory = tmp_path / "t.gpkg"
    territory.write_bytes(to_bytes(build_territory(), "GeoPackage", "territory"))
    assert gpd.read_file(territory).geometry.iloc[0].geom_type == "Polygon"


def test_empty_layer_and_unknown_format():
    assert json.loads(to_bytes(build_places([]), "GeoJSON", "places"))["features"] == []
    assert set(FORMATS) == {"GeoJSON", "GeoPackage", "CSV"}
    with pytest.raises(ValueError, match="not one of"):
        to_bytes(build_places([]), "KML", "places")


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_that_a_spreadsheet_would_run_stay_text(start):
    from dataclasses import replace

    from layers import build_events

    formula = start + 'HYPERLINK("http://host","x")'
    hostile = event()
    hostile = replace(hostile, excerpts=(replace(hostile.primary, outlet=formula),))
    table = pd.read_csv(io.BytesIO(to_bytes(build_events([hostile]), "CSV", "events")),
                        keep_default_na=False)
    assert table["outlet"].iloc[0] == "'" + formula  # a leading quote: shown, never evaluated
    assert table["lon"].iloc[0] == 46.75  # numbers stay numbers


def test_every_source_of_an_event_is_exported():
    from dataclasses import replace

    from geo.records import with_id
    from layers import build_events
    from layers.downloads import sources_table

    one = with_id(event())
    second = replace(one.primary, article="b", outlet="Second Wire", url="https://example.org/b",
                     excerpt="Shelling of Shusha went on, the second outlet wrote.")
    two = replace(one, excerpts=(one.primary, second))
    other = with_id(event(etype="Strategic developments"))
    table = sources_table(build_events([two, other]), [two, other])
    assert len(table) == 3 and table.crs.to_epsg() == 4326
    mine = table[table["event_id"] == two.id]
    assert mine["source"].tolist() == [1, 2] and mine["outlet"].tolist()[1] == "Second Wire"
    assert mine["url"].tolist()[1] == "https://example.org/b"
    assert mine["excerpt"].tolist()[1].startswith("Shelling of Shusha")
    for fmt in FORMATS:  # every format carries them
        assert b"Second Wire" in to_bytes(table, fmt, "sources")
