"""Events aggregated on a grid: one row per cell and event type, for maps of more events
than can each be drawn.

Columns of `aggregate`: cx, cy (the cell's integer coordinates), event_type, count, first
(earliest date_start), last (latest date_end), x, y (the mean point of its events), places
(the three places named most often, ", "-joined), geometry (Point at x, y; the events' CRS).
"""
from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

CELL_DEGREES = 0.25  # aggregation grid: about 25 km
PLACES_PER_CELL = 3  # the places a cell's popup names


def aggregate(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One row per grid cell and event type: count, days, the most named places, and the
    mean point of its events."""
    xy = shapely.get_coordinates(events.geometry.array)
    kinds, kind_names = pd.factorize(events["event_type"])
    cx = np.rint(xy[:, 0] / CELL_DEGREES).astype(np.int64)
    cy = np.rint(xy[:, 1] / CELL_DEGREES).astype(np.int64)
    # one integer per (cell, type): grouping on it is several times faster than on three keys
    group, _ = pd.factorize((cx * 2048 + cy) * 64 + kinds)
    count = np.bincount(group)
    first = pd.Series(events["date_start"].to_numpy()).groupby(group).min().to_numpy()
    last = pd.Series(events["date_end"].to_numpy()).groupby(group).max().to_numpy()
    at = pd.Series(np.arange(len(group))).groupby(group).first().to_numpy()  # a row of each group
    # the three places named most often in each cell, without a Python call per cell
    place, place_names = pd.factorize(events["place"])
    named = pd.DataFrame({"g": group, "p": place}).value_counts(sort=False).rename("n").reset_index()
    named = named.sort_values(["g", "n"], ascending=[True, False], kind="stable")
    named = named[named.groupby("g", sort=False).cumcount() < PLACES_PER_CELL]
    names = pd.Series(np.asarray(place_names)[named["p"].to_numpy()])
    places = names.groupby(named["g"].to_numpy()).agg(", ".join)
    out = pd.DataFrame({"cx": cx[at], "cy": cy[at], "event_type": np.asarray(kind_names)[kinds[at]],
                        "count": count, "first": first, "last": last,
                        "x": np.bincount(group, xy[:, 0]) / count, "y": np.bincount(group, xy[:, 1]) / count,
                        "places": places.reindex(range(len(count))).to_numpy()})
    return gpd.GeoDataFrame(out, geometry=gpd.points_from_xy(out["x"], out["y"]), crs=events.crs)
