"""GeoParquet output of a batch ingest: events and place mentions, partitioned by date.

Layout (hive partitioning, one GeoParquet file per date; readable by dask-geopandas,
geopandas, DuckDB and Spark):

    OUT/events/date=YYYY-MM-DD/part-0.parquet    merged events, by their first day
    OUT/mentions/date=YYYY-MM-DD/part-N.parquet  place mentions, by the article's published date
                                                 (a file per 200,000 mentions of the batch)

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

from geo.config import CRS
from geo.errors import InputError
from geo.records import Article, Event, Mention
from geo.store.serialise import event_to_dict

MENTIONS_PER_PART = 200_000  # rows per mentions file: written as they come, not held to the end
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


def _write_partitioned(frame: gpd.GeoDataFrame, folder: Path, part: int = 0) -> set[str]:
    """One file per date under folder/date=D/; the dates written."""
    for day, rows in frame.groupby("date", sort=True):
        target = folder / f"date={day}"
        target.mkdir(parents=True, exist_ok=True)
        rows.drop(columns="date").to_parquet(target / f"part-{part}.parquet", index=False)
    return set(frame["date"].unique())


class DatasetWriter:
    """Writes a batch's GeoParquet into a hidden folder beside `out` and renames it to `out`
    at the end: the dataset appears complete or not at all. Mentions are written as each
    partition of articles comes back (memory stays bounded); events, which merge across
    articles, once at the end."""

    def __init__(self, out: Path, per_part: int = MENTIONS_PER_PART) -> None:
        self.out, self.per_part = Path(out), per_part
        check_out(self.out)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.out.name}-", dir=self.out.parent))
        self.parts = 0
        self.days: dict[str, set[str]] = {"events": set(), "mentions": set()}
        self.pending: list[tuple[Article, Mention]] = []

    def add_mentions(self, mentions: Iterable[tuple[Article, Mention]]) -> None:
        self.pending.extend(mentions)
        if len(self.pending) >= self.per_part:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            frame = mentions_frame(self.pending)
            self.days["mentions"] |= _write_partitioned(frame, self.tmp / "mentions", self.parts)
            self.parts += 1
            self.pending = []

    def finish(self, events: list[Event]) -> dict[str, int]:
        self._flush()
        self.days["events"] = _write_partitioned(events_frame(events), self.tmp / "events")
        for name in ("events", "mentions"):
            (self.tmp / name).mkdir(exist_ok=True)
        if self.out.exists():
            self.out.rmdir()  # empty: checked at the start
        os.replace(self.tmp, self.out)
        return {name: len(days) for name, days in self.days.items()}

    def abandon(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)
