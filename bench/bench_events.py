"""Benchmark: events throughput (places, sentences, triggers, dates, claims, merging).

    python bench/bench_events.py [--gold ../shared/eval/lgl.jsonl] [--repeats 5]

Runs on one core. Articles: the 588 LGL news texts (English, each with its own date as the
published date, so date resolution is not served from one cache) and the two seed articles.
Prints medians.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import gazetteer, load_articles, make_article  # noqa: E402
from geo.config import ARTICLES_DIR  # noqa: E402
from geo.events.extract import extract_events  # noqa: E402
from geo.events.merge import merge_events  # noqa: E402
from geo.gazetteer import seats  # noqa: E402
from geo.places.mentions import article_places  # noqa: E402


def lgl_articles(path: Path) -> list:
    out = []
    for n, line in enumerate(path.open(encoding="utf-8")):
        doc = json.loads(line)
        published = date.fromisoformat(doc["date"][:10]) if doc.get("date") else date(2009, 1, 1)
        out.append(make_article(doc["text"], f"lgl{n}", published=published.isoformat(), language="en"))
    return out


def rate(articles: list, gaz, repeats: int, with_places: bool) -> tuple[list[float], int]:
    mentions = {a.id: article_places(a, gaz) for a in articles}
    capitals = seats(gaz)  # as the pipeline passes them: statements are placed too
    events = [e for a in articles for e in extract_events(a, mentions[a.id], capitals)]  # warm-up
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        found = []
        for a in articles:
            found.extend(extract_events(a, article_places(a, gaz) if with_places else mentions[a.id],
                                        capitals))
        merge_events(found)
        runs.append(len(articles) / (time.perf_counter() - start))
    return runs, len(events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "eval" / "lgl.jsonl")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the results as one JSON line")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    gaz = gazetteer.load()
    sets = [("seed articles (id)", load_articles(ARTICLES_DIR))]
    if args.gold.exists():
        sets.insert(0, ("LGL articles (en)", lgl_articles(args.gold)))
    else:
        print(f"({args.gold} not found: LGL skipped)")
    results = []
    for name, articles in sets:
        for with_places in (True, False):
            runs, n_events = rate(articles, gaz, args.repeats, with_places)
            what = "places + events" if with_places else "events, places given"
            results.append({"set": name, "articles": len(articles), "events": n_events,
                            "with_places": with_places, "rate": statistics.median(runs), "runs": runs})
            if not args.json:
                print(f"{name}: {len(articles)} articles, {n_events} events; {what}, one core: "
                      f"median {statistics.median(runs):.0f} articles/s "
                      f"(runs: {', '.join(f'{r:.0f}' for r in runs)})")
    if args.json:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"sets": results, "peak_mb": peak}))


if __name__ == "__main__":
    main()
