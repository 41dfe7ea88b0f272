"""Benchmark: the page's server-side rerun after a filter change, at 1k, 10k and 100k stored events.

    python bench/bench_page.py [--sizes 1000 10000 100000] [--repeats 5] [--json]

Fills a temporary store with the seed articles and N synthetic events (the seed events at
real GeoNames towns, as in bench_map.py), runs the real page with streamlit's AppTest, then
times reruns that change the search filter. Prints medians.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_map import synthetic  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from geo import gazetteer, make_article, store  # noqa: E402


def n_events(at: AppTest) -> int:
    """Events in the store after merging, as the page's caption says ("... of N events shown")."""
    caption = next(c.value for c in at.caption if "events shown" in c.value)
    return int(caption.split(" events shown")[0].split(" of ")[-1].replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the results as one JSON line")
    args = parser.parse_args()
    results = []
    gaz = gazetteer.load()
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "s.sqlite"
            os.environ["CONFLICT_MAP_STORE"] = str(path)
            filler = make_article(f"synthetic {n}", f"synthetic-{n}", published="2020-11-01", language="en")
            store.ingest(filler, [], synthetic(n, gaz), path)
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600).run()
            assert not at.exception, at.exception
            events = n_events(at)
            runs = []
            for k in range(args.repeats):
                at.text_input(key="search").input("a" if k % 2 == 0 else "")
                start = time.perf_counter()
                at.run()
                runs.append(time.perf_counter() - start)
            results.append({"events": n, "merged": events, "rerun_ms": statistics.median(runs) * 1000,
                            "runs_ms": [r * 1000 for r in runs]})
            if not args.json:
                print(f"{n} synthetic + seed events ({events} after merging): rerun after a filter "
                      f"change, median {statistics.median(runs) * 1000:.0f} ms (runs: "
                      f"{', '.join(f'{r * 1000:.0f}' for r in runs)})")
    if args.json:
        print(json.dumps({"sizes": results,
                          "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


if __name__ == "__main__":
    main()
