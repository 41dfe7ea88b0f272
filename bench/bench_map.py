"""Benchmark: map build, serialisation time and HTML size at 1k, 10k and 100k events.

    python bench/bench_map.py [--sizes 1000 10000 100000] [--repeats 3]

The events are the seed articles' events placed at real GeoNames towns of Armenia,
Azerbaijan and Georgia (cycled), so the popups and markers are as heavy as real ones.
"Rerun" is what the page does after a filter change: filter, build the map, render it.
Prints medians.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import gazetteer, load_articles, make_article, store  # noqa: E402
from geo.config import ARTICLES_DIR  # noqa: E402
from geo.events.extract import extract_events  # noqa: E402
from geo.places.mentions import article_places  # noqa: E402
from layers import (  # noqa: E402
    build_events,
    build_map,  # noqa: E402
    build_places,
)
from layers.background import build_background  # noqa: E402
from layers.filters import EventFilter, filter_events  # noqa: E402
from layers.territory import build_territory  # noqa: E402


def synthetic(n: int, gaz: gazetteer.Gazetteer) -> list:
    seed = [e for a in load_articles(ARTICLES_DIR) for e in extract_events(a, article_places(a, gaz))]
    towns = [i for i in range(len(gaz)) if gaz.country[i] in ("AM", "AZ", "GE") and gaz.kind[i] == 0]
    out = []
    for k in range(n):
        town = gaz.entry(towns[k % len(towns)])
        event = seed[k % len(seed)]
        # each pass over the towns moves on 60 days, so that the events stay apart when merged
        shift = timedelta(days=60 * (k // len(towns)))
        out.append(replace(event, place=town.name, place_id=town.id, lat=town.lat, lon=town.lon,
                           date_start=event.date_start + shift, date_end=event.date_end + shift))
    return out


def synthetic_store(path: Path, n: int, gaz: gazetteer.Gazetteer, per_article: int = 5) -> int:
    """A store as a batch run leaves it: n synthetic events, `per_article` in each article,
    and each article with the place mentions of a seed article (about 55): at 100,000 events,
    20,000 articles and 1.1 million mentions. Returns the number of mentions."""
    events = synthetic(n, gaz)
    seeds = load_articles(ARTICLES_DIR)
    found = [article_places(a, gaz) for a in seeds]
    batch, mentions = [], 0
    for k in range(0, n, per_article):
        article = make_article(f"synthetic article {k}", f"synthetic-{k}", published="2020-11-01",
                               language="en", outlet="Synthetic")
        places = found[(k // per_article) % len(found)]
        batch.append((article, places, events[k:k + per_article]))
        mentions += len(places)
        if len(batch) == 1000:
            _save(batch, path)
            batch = []
    _save(batch, path)
    return mentions


def _save(batch: list, path: Path) -> None:
    with store.connect(path) as con:
        store.save_batch(con, batch)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the results as one JSON line")
    args = parser.parse_args()
    gaz = gazetteer.load()
    territory, background, places = build_territory(), build_background(), build_places([])
    if not args.json:
        print(f"{'events':>8} {'rerun (filter+build+render)':>28} {'render only':>12} {'HTML':>10}")
    results = []
    for n in args.sizes:
        frame = build_events(synthetic(n, gaz))
        runs, renders, size = [], [], 0
        for _ in range(args.repeats):
            start = time.perf_counter()
            shown = filter_events(frame, EventFilter(text="a"))
            the_map = build_map(shown, places, territory, background)
            built = time.perf_counter()
            html = the_map.get_root().render()
            done = time.perf_counter()
            runs.append(done - start)
            renders.append(done - built)
            size = len(html.encode("utf-8"))
        rerun, render = statistics.median(runs) * 1000, statistics.median(renders) * 1000
        results.append({"events": n, "rerun_ms": rerun, "render_ms": render, "html_mb": size / 1e6})
        if not args.json:
            print(f"{n:>8} {rerun:>25.0f} ms {render:>9.0f} ms {size / 1e6:>7.1f} MB")
    if args.json:
        print(json.dumps({"sizes": results,
                          "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


if __name__ == "__main__":
    main()
