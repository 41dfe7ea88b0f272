"""The layers kept in step with the store equal the layers built from scratch."""
from __future__ import annotations

import geopandas as gpd
import pandas as pd

from geo import make_article, store
from geo.pipeline import ingest_article, stored_events
from layers import build_events
from layers.filters import search_text
from layers.live import LiveLayers
from layers.places import build_places


def _same(state, path):
    expected = stored_events(path)
    assert list(state.records) == expected
    assert state.rows == {e.id: i for i, e in enumerate(expected)} and len(state.rows) == len(expected)
    fresh = build_events(expected)
    assert isinstance(state.events, gpd.GeoDataFrame) and state.events.crs.to_epsg() == 4326
    pd.testing.assert_frame_equal(state.events, fresh)
    pd.testing.assert_series_equal(state.search, search_text(fresh))
    at_once = build_places(store.place_summaries(path), store.article_titles(path))
    pd.testing.assert_frame_equal(state.places, at_once)


def test_articles_added_later_are_merged_in_as_if_everything_was_read_again(tmp_path, gaz, seeds):
    path = tmp_path / "s.sqlite"
    live = LiveLayers(path)
    assert live.current().events.empty and live.current().places.empty
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


def test_an_event_keeps_its_id_as_the_store_grows_and_across_reruns(tmp_path, gaz, seeds):
    path = tmp_path / "s.sqlite"
    first, second = list(seeds.values())
    ingest_article(first, gaz, path)
    before = {e.id: e for e in LiveLayers(path).current().records}
    ingest_article(second, gaz, path)  # merges into some of the first article's events
    live = LiveLayers(path)
    after = {e.id: e for e in live.current().records}
    assert before.keys() <= after.keys()  # every event is still found by its id
    grown = [i for i in before if after[i].sources > before[i].sources]
    assert grown and all(after[i].place_id == before[i].place_id for i in grown)
    assert live.current().events["id"].tolist() == list(after)  # the layer's rows carry them
    assert [e.id for e in LiveLayers(path).current().records] == list(after)  # a fresh page: same

def test_places_added_article_by_article_equal_the_places_counted_at_once(tmp_path, gaz, seeds):
    from dataclasses import replace

    from geo.places.mentions import article_places

    path = tmp_path / "s.sqlite"
    live = LiveLayers(path)
    for k in range(7):  # 14 articles: more than a row lists, more forms than it shows
        for a in seeds.values():
            copy = replace(make_article(a.text + f"\n({k})", f"{a.id}-{k}"), published=a.published)
            store.save(copy, article_places(copy, gaz), [], path)
            live.current()
    at_once = build_places(store.place_summaries(path), store.article_titles(path))
    pd.testing.assert_frame_equal(live.current().places, at_once)
    assert at_once["n_articles"].max() == 14 and at_once["articles"].str.count(",").max() == 9
