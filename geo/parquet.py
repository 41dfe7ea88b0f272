"""GeoParquet output of a batch ingest: events and place mentions, partitioned by date.

Layout (hive partitioning, one GeoParquet file per date; readable by dask-geopandas,
geopandas, DuckDB and Spark):

    OUT/events/date=YYYY-MM-DD/part-0.parquet    merged events, by their first day
    OUT/mentions/date=YYYY-MM-DD/part-0.parquet  place mentions, by the article's published date

Events: the fields of the event record (README "The event record") with the primary
source's provenance as columns, `actors` "; "-joined and `excerpts` (every source) as a JSON
array. Mentions: article, start, end, text, role, reporting, entry_id, name, kind, country,
score; unresolved mentions have no geometry. Point geometries, EPSG:4326.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import geopandas as gpd
import pandas as pd

from .config import CRS
from .errors import InputError
from .export import event_to_dict
from .records import Article, Event, Mention

MENTION_COLUMNS = ["article", "start", "end", "text", "role", "reporting", "entry_id", "name",
                   "kind", "country", "score"]


def events_frame(events: Iterable[Event]) -> gpd.GeoDataFrame:
    rows = []
    for event in events:
        row = event_to_dict(event)
        row["actors"] = "; ".join(row["actors"])
        row["excerpts"] = json.dumps(row["excerpts"], ensure_ascii=False)
        rows.append(row)
    frame = pd.DataFrame(rows)
    geometry = gpd.points_from_xy(frame.pop("lon"), frame.pop("lat")) if rows else []
    frame["date"] = frame["date_start"] if rows else pd.Series(dtype="str")
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=CRS)


def mentions_frame(mentions: Iterable[tuple[Article, Mention]]) -> gpd.GeoDataFrame:
    rows, points = [], []
    for article, m in mentions:
        e = m.entry
        rows.append((article.id, m.start, m.end, m.text, m.role, m.reporting,
                     *((e.id, e.name, e.kind, e.country) if e else (None,) * 4), m.score,
                     article.published.isoformat() if article.published else ""))
        points.append((e.lon, e.lat) if e else (None, None))
    frame = pd.DataFrame(rows, columns=[*MENTION_COLUMNS, "date"])
    lon, lat = zip(*points) if points else ((), ())
    geometry = gpd.GeoSeries(gpd.points_from_xy(lon, lat), crs=CRS)
    geometry[frame["entry_id"].isna()] = None  # unresolved: no geometry, not POINT (NaN NaN)
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=CRS)


def check_out(out: Path) -> None:
    """Refuse a destination that already holds something: a run never overwrites data."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise InputError(f"{out}: already exists and is not empty; choose a new --out folder")


def _write_partitioned(frame: gpd.GeoDataFrame, folder: Path) -> int:
    folder.mkdir(parents=True)
    for day, part in frame.groupby("date", sort=True):
        target = folder / f"date={day}"
        target.mkdir()
        part.drop(columns="date").to_parquet(target / "part-0.parquet", index=False)
    return frame["date"].nunique()


def write_dataset(out: Path, events: list[Event],
                  mentions: Iterable[tuple[Article, Mention]]) -> dict[str, int]:
    """Write both datasets into `out` at once: they appear complete or not at all."""
    out = Path(out)
    check_out(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        written = {"events": _write_partitioned(events_frame(events), tmp / "events"),
                   "mentions": _write_partitioned(mentions_frame(mentions), tmp / "mentions")}
        if out.exists():
            out.rmdir()  # empty: checked above
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return written
