"""Benchmark: the page's server-side rerun after a filter change, at 1k, 10k and 100k stored events.

    python bench/bench_page.py [--sizes 1000 10000 100000] [--repeats 5] [--json]

Fills a temporary store as a batch run would (bench_map.synthetic_store: N synthetic events,
the seed events at real GeoNames towns, 5 to an article, each article with a seed article's
place mentions: 1.1 million mentions at 100k events; the page seeds its two articles),
runs the real page with streamlit's AppTest, then
times reruns that change the search filter, then adds an article through the "Add article"
form (stored, merged in, drawn). Prints medians.
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
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_map import synthetic_store  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from geo import gazetteer  # noqa: E402


def caption_count(at: AppTest, words: str) -> int:
    """The number the page's caption gives before `words` ("... of 100,012 events shown")."""
    caption = next(c.value for c in at.caption if words in c.value)
    return int(caption.split(words)[0].split(" ")[-1].replace(",", ""))


def add_article(at: AppTest) -> float:
    """Seconds for the page to store a pasted article and draw it (the form's submit rerun)."""
    form = at.session_state["form_round"]  # the form's widgets are new after each success
    at.text_area(key=f"add_text_{form}").input(
        f"Rockets hit Stepanakert on Friday, officials said. {time.time_ns()}")
    at.text_input(key=f"add_outlet_{form}").input("Wire")
    at.date_input(key=f"add_published_{form}").set_value(date(2020, 10, 31))
    at.selectbox(key=f"add_lang_{form}").set_value("en")
    submit = next(b for b in at.button if b.label == "Add to the map")
    before = caption_count(at, " articles in the store")
    start = time.perf_counter()
    submit.click().run()
    took = time.perf_counter() - start
    assert not at.exception and caption_count(at, " articles in the store") == before + 1, at.exception
    return took


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
            synthetic_store(path, n, gaz)
            start = time.perf_counter()
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600).run()
            first = time.perf_counter() - start
            assert not at.exception, at.exception
            events = caption_count(at, " events shown")
            runs = []
            for k in range(args.repeats):
                at.text_input(key="search").input("a" if k % 2 == 0 else "")
                start = time.perf_counter()
                at.run()
                runs.append(time.perf_counter() - start)
            added = add_article(at)
            results.append({"events": n, "merged": events, "rerun_ms": statistics.median(runs) * 1000,
                            "runs_ms": [r * 1000 for r in runs], "first_run_s": first,
                            "add_article_ms": added * 1000})
            if not args.json:
                print(f"{n} synthetic + seed events ({events} after merging): first run {first:.1f} s; "
                      f"rerun after a filter change, median {statistics.median(runs) * 1000:.0f} ms "
                      f"(runs: {', '.join(f'{r * 1000:.0f}' for r in runs)}); adding an article "
                      f"through the form {added * 1000:.0f} ms")
    if args.json:
        print(json.dumps({"sizes": results,
                          "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


if __name__ == "__main__":
    main()
