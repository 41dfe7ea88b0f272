"""Benchmark: places throughput and LGL recognition F1, us beside geotext and flashgeotext.

    python bench/bench_peers.py [--gold ../shared/eval/lgl.jsonl] [--repeats 5] [--json]

Each geoparser runs in its own process on one core (CPU affinity 0) over the same LGL texts:
load time, articles/s (median of the repeats, after one warm-up pass), peak RSS of the
process, and recognition P/R/F1 scored by geo.places.evaluation against the same gold spans.
Ours counts the mentions of LGL's convention (every toponym, `python -m geo evaluate`);
geotext counts its cities and countries (their spans recovered with geotext's own regex and
index); flashgeotext counts the spans it reports for cities and countries. Neither peer
gives coordinates, so only recognition is compared.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PEERS = ("conflict-map", "geotext", "flashgeotext")
# The committed candidate model learnt from LGL too, so its F1 here flatters it.
IN_SAMPLE = ("conflict-map's F1 here is in-sample (its model was trained on LGL); the fair "
             "figure is 5-fold cross-validation: python -m geo evaluate lgl.jsonl "
             "--cross-validate 5 --train idner2k_train.jsonl nergrit_train.jsonl")
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "lgl.jsonl"


def _ours():  # type: ignore[no-untyped-def]
    from geo import gazetteer
    from geo.places.evaluation import MODES
    from geo.places.mentions import find_places

    gaz = gazetteer.load()
    roles = MODES["toponyms"]
    return (lambda text: list(find_places(text, gaz, "en")),
            # scored as `places` prints them: resolved mentions only (as geo.places.evaluate)
            lambda text: [(m.start, m.end) for m in find_places(text, gaz, "en")
                          if m.role in roles and m.entry is not None])


def _geotext():  # type: ignore[no-untyped-def]
    from geotext import GeoText
    from geotext.geotext import build_index

    index = build_index()
    # geotext's own candidate pattern (geotext 0.4.0); it keeps a candidate whose lower case
    # is a country or a city of its index and returns names only, so spans are found again.
    pattern = re.compile(r"[A-ZÀ-Ú]+[a-zà-ú]+[ \-]?(?:d[a-u].)?(?:[A-ZÀ-Ú]+[a-zà-ú]+)*")

    def spans(text: str) -> list[tuple[int, int]]:
        out = []
        for m in pattern.finditer(text):
            name = m.group().strip()
            if name.lower() in index.countries or name.lower() in index.cities:
                out.append((m.start(), m.start() + len(name)))
        return out

    return GeoText, spans


def _flashgeotext():  # type: ignore[no-untyped-def]
    from flashgeotext.geotext import GeoText

    finder = GeoText()

    def spans(text: str) -> list[tuple[int, int]]:
        found = finder.extract(text, span_info=True)
        return sorted({tuple(s) for kind in ("cities", "countries")
                       for hit in found[kind].values() for s in hit["span_info"]})

    return (lambda text: finder.extract(text, span_info=True)), spans


def measure(name: str, gold: Path, repeats: int) -> dict:
    """Runs in the child process: one geoparser, pinned to one core."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    if name == "flashgeotext":
        from loguru import logger
        logger.remove()  # it logs every lookup file it loads
    from geo.places.evaluation import read_gold, recognition_scores

    docs = read_gold(gold)
    texts = [d.text for d in docs]
    start = time.perf_counter()
    run, spans = {"conflict-map": _ours, "geotext": _geotext, "flashgeotext": _flashgeotext}[name]()
    load = time.perf_counter() - start
    for text in texts:
        run(text)
    rates = []
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            run(text)
        rates.append(len(texts) / (time.perf_counter() - start))
    exact, overlap = recognition_scores(docs, lambda d: spans(d.text))
    return {"name": name, "articles": len(texts), "load_s": load,
            "rate": statistics.median(rates), "runs": rates, "p": exact[0], "r": exact[1],
            "f1": exact[2], "f1_overlap": overlap[2],
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_all(gold: Path, repeats: int) -> list[dict]:
    results = []
    for name in PEERS:
        out = subprocess.run([sys.executable, __file__, "--child", name, "--gold", str(gold),
                              "--repeats", str(repeats)], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def table(results: list[dict]) -> str:
    lines = [f"{'geoparser':<14} {'articles/s':>10} {'load s':>7} {'P':>6} {'R':>6} {'F1':>6} "
             f"{'F1 overlap':>10} {'peak MB':>8}"]
    lines += [f"{r['name']:<14} {r['rate']:>10,.0f} {r['load_s']:>7.2f} {r['p']:>6.3f} {r['r']:>6.3f} "
              f"{r['f1']:>6.3f} {r['f1_overlap']:>10.3f} {r['peak_mb']:>8.0f}" for r in results]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the results as one JSON line")
    parser.add_argument("--child", choices=PEERS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.gold.exists():
        sys.exit(f"error: {args.gold} not found; pass --gold PATH to an LGL-style .jsonl")
    if args.child:
        print(json.dumps(measure(args.child, args.gold, args.repeats)))
        return
    results = run_all(args.gold, args.repeats)
    print(json.dumps(results) if args.json else
          f"places on {results[0]['articles']} LGL articles, one core, median of {args.repeats}:\n"
          + table(results) + "\n" + IN_SAMPLE)


if __name__ == "__main__":
    main()
