"""The events layer kept in step with the store equals the layer built from scratch."""
from __future__ import annotations

import geopandas as gpd
import pandas as pd

from geo import make_article, store
from geo.ingest import ingest_article
from layers import build_events
from layers.filters import search_text
from layers.live import LiveEvents


def _same(state, path):
    expected = store.load_events(path)
    assert list(state.records) == expected
    fresh = build_events(expected)
    assert isinstance(state.frame, gpd.GeoDataFrame) and state.frame.crs.to_epsg() == 4326
    pd.testing.assert_frame_equal(state.frame, fresh)
    pd.testing.assert_series_equal(state.search, search_text(fresh))


def test_articles_added_later_are_merged_in_as_if_everything_was_read_again(tmp_path, gaz, seeds):
    path = tmp_path / "s.sqlite"
    live = LiveEvents(path)
    assert live.current().frame.empty
    first, second = list(seeds.values())
    ingest_article(first, gaz, path)
    before = live.current()
    _same(before, path)
    assert live.current() is before  # nothing stored since: nothing read
    ingest_article(second, gaz, path)  # tells some of the same events: rows change, rows are added
    after = live.current()
    _same(after, path)
    assert any(e.sources == 2 for e in after.records) and len(after.records) > len(before.records)
    assert list(before.records) != list(after.records)  # the earlier snapshot did not change
    ingest_article(make_article("Rockets hit Stepanakert on Friday.", "wire", published="2020-10-31",
                                language="en", outlet="Wire"), gaz, path)
    _same(live.current(), path)
