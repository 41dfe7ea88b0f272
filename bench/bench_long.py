"""Benchmark: long articles through places and events, to show the work grows linearly.

    python bench/bench_long.py [--sizes 125000,250000,500000,1000000] [--page 1000000]

Text: dense conflict reporting in short sentences (each names a town, a trigger and a day),
and a run of dots that once made sentence splitting quadratic. Prints the seconds each
size takes (median of 3) and the ratio to the smallest size per character; with --page, also
the seconds the dashboard takes to add an article of that size pasted into its form (the real
app through Streamlit's AppTest, a fresh store, once the seeds are in: the rerun after "Add to
the map", which stores the article and draws it).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import gazetteer, make_article  # noqa: E402
from geo.events.sentences import split_sentences  # noqa: E402
from geo.pipeline import process  # noqa: E402

TOWNS = ["Stepanakert", "Shusha", "Ganja", "Barda", "Tartar", "Goris", "Martuni", "Fuzuli"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dense_text(chars: int) -> str:
    out, n, k = [], 0, 0
    while n < chars:
        line = (f"Rockets hit {TOWNS[k % len(TOWNS)]} on {DAYS[k % len(DAYS)]}, "
                f"killing {k % 9 + 1} civilians, officials said.")
        out.append(line)
        n += len(line) + 1
        k += 1
    return " ".join(out)[:chars]


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="125000,250000,500000,1000000")
    parser.add_argument("--page", type=int, metavar="CHARS", help="also time the page adding one")
    args = parser.parse_args()
    gaz = gazetteer.load()
    sizes = [int(s) for s in args.sizes.split(",")]
    base = None
    print("characters   places+events s   per-char ratio   dots: split s")
    for size in sizes:
        article = make_article(dense_text(size), "long", published="2020-10-31", language="en",
                               outlet="Bench")
        seconds = timed(lambda a=article: process(a, gaz))
        dots = "Wait" + "." * (size // 25) + "x"
        split = timed(lambda d=dots: split_sentences(d))
        ratio = seconds / size
        base = base or ratio
        print(f"{size:>10,}   {seconds:15.2f}   {ratio / base:14.2f}   {split:12.3f}")
    if args.page:
        print(f"page: adding a pasted article of {args.page:,} characters: "
              f"{page_add(args.page):.2f} s")


def page_add(chars: int) -> float:
    """Seconds from pressing "Add to the map" with `chars` of pasted text to the page redrawn."""
    import datetime
    import os
    import tempfile

    from streamlit.testing.v1 import AppTest

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CONFLICT_MAP_STORE"] = str(Path(tmp) / "s.sqlite")
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600).run()
        form = at.session_state["form_round"]  # the form's widgets are new after each success
        at.text_area(key=f"add_text_{form}").input(dense_text(chars))
        at.text_input(key=f"add_outlet_{form}").input("Bench")
        at.date_input(key=f"add_published_{form}").set_value(datetime.date(2020, 10, 31))
        at.selectbox(key=f"add_lang_{form}").set_value("en")
        start = time.perf_counter()
        at.button[0].click().run()
        seconds = time.perf_counter() - start
        assert not at.exception and at.success, "the article was not added"
    return seconds


if __name__ == "__main__":
    main()
