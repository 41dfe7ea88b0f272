"""GeoParquet output: partitioned by date, points in EPSG:4326, readable by dask-geopandas."""
from __future__ import annotations

import json

import dask_geopandas
import pytest

from geo.errors import InputError
from geo.events.extract import extract_events
from geo.pipeline.parquet import DatasetWriter
from geo.places.mentions import article_places


def write_dataset(out, events, mentions):
    """Both datasets at once, as a batch run writes them."""
    writer = DatasetWriter(out)
    writer.add_mentions(mentions)
    return writer.finish(events)


def test_events_and_mentions_partitioned_by_date_and_read_back(tmp_path, seeds, gaz):
    articles = list(seeds.values())
    events = [e for a in articles for e in extract_events(a, article_places(a, gaz))]
    mentions = [(a, m) for a in articles for m in article_places(a, gaz)]
    written = write_dataset(tmp_path / "out", events, mentions)
    days = sorted(p.name for p in (tmp_path / "out" / "events").iterdir())
    assert written["events"] == len(days) > 1 and days == sorted({f"date={e.date_start}" for e in events})
    frame = dask_geopandas.read_parquet(tmp_path / "out" / "events").compute()
    assert frame.crs.to_epsg() == 4326 and len(frame) == len(events)
    assert set(frame.geometry.geom_type) == {"Point"}
    shusha = frame[frame["place"] == "Shusha"].iloc[0]
    assert (shusha.geometry.x, shusha.geometry.y) == pytest.approx((46.75, 39.76), abs=0.01)
    assert json.loads(shusha["excerpts"])[0]["excerpt"] in seeds[shusha["article"]].text
    places = dask_geopandas.read_parquet(tmp_path / "out" / "mentions").compute()
    assert len(places) == len(mentions)
    first = places.iloc[0]
    assert seeds[first["article"]].text[first["start"]:first["end"]] == first["text"]
    assert places.geometry.isna().sum() == sum(m.entry is None for _, m in mentions)


def test_a_failed_write_leaves_nothing_behind(tmp_path, seeds, gaz):
    out = tmp_path / "out"
    (tmp_path / "out").write_text("a file", encoding="utf-8")
    with pytest.raises(InputError, match="already exists"):
        write_dataset(out, [], [])
    assert out.read_text(encoding="utf-8") == "a file"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_mentions_are_written_as_they_come_and_a_failed_run_leaves_nothing(tmp_path, seeds, gaz):
    from geo.pipeline.parquet import DatasetWriter

    pairs = [(a, m) for a in seeds.values() for m in article_places(a, gaz)]
    writer = DatasetWriter(tmp_path / "out", per_part=10)
    for k in range(0, len(pairs), 4):
        writer.add_mentions(pairs[k:k + 4])
    files = list(writer.tmp.glob("mentions/*/*.parquet"))
    assert len(files) >= len(pairs) // 12 and not (tmp_path / "out").exists()  # written, not shown
    writer.finish([])
    assert len(dask_geopandas.read_parquet(tmp_path / "out" / "mentions").compute()) == len(pairs)

    broken = DatasetWriter(tmp_path / "broken", per_part=10)
    broken.add_mentions(pairs)
    broken.abandon()  # what ingest_corpus does when the run fails
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_duckdb_reads_the_events_with_their_date_partitions(tmp_path, seeds, gaz):
    import duckdb

    events = [e for a in seeds.values() for e in extract_events(a, article_places(a, gaz))]
    write_dataset(tmp_path / "out", events, [])
    pattern = str(tmp_path / "out" / "events" / "*" / "*.parquet")
    # (no spatial extension: it would be downloaded; the core reads GeoParquet's geometry type)
    rows = duckdb.sql(f"SELECT date, place, typeof(geometry) FROM "
                      f"read_parquet('{pattern}', hive_partitioning = true)").fetchall()
    assert len(rows) == len(events)
    assert sorted((str(d), p) for d, p, _ in rows) == sorted((str(e.date_start), e.place) for e in events)
    assert all(t.startswith("GEOMETRY(") and '"code":4326' in t for _, _, t in rows)
