"""Benchmark: places throughput on LGL texts, and the gazetteer's cold load time and memory.

    python bench/bench_places.py [--gold ../shared/eval/lgl.jsonl] [--repeats 5]

Runs on one core (CPU affinity 0). Prints medians.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_COLD = """
import resource, time
t = time.perf_counter()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
from geo import gazetteer
g = gazetteer.load()
print(time.perf_counter() - t, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024, len(g))
"""


def cold_load(repeats: int) -> tuple[float, float, int]:
    """Median seconds and MB to import geo and load the cached index in a fresh process."""
    subprocess.run([sys.executable, "-c", _COLD], cwd=ROOT, check=True, capture_output=True)
    runs = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", _COLD], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.split()
        runs.append((float(out[0]), float(out[1]), int(out[2])))
    return (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
            runs[0][2])


def throughput(texts: list[str], repeats: int) -> list[float]:
    from geo import gazetteer
    from geo.geoparse import find_places

    gaz = gazetteer.load()
    for text in texts:  # warm-up: fills the name caches as a running service would have
        list(find_places(text, gaz, "en"))
    rates = []
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            list(find_places(text, gaz, "en"))
        rates.append(len(texts) / (time.perf_counter() - start))
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "eval" / "lgl.jsonl")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if not args.gold.exists():
        sys.exit(f"error: {args.gold} not found; pass --gold PATH to an LGL-style .jsonl")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = [json.loads(line)["text"] for line in args.gold.open(encoding="utf-8")]
    chars = sum(map(len, texts)) / len(texts)
    seconds, mb, entries = cold_load(args.repeats)
    print(f"gazetteer: {entries} entries; cold load (import + index) median {seconds:.3f} s, "
          f"+{mb:.0f} MB peak RSS")
    rates = throughput(texts, args.repeats)
    print(f"places: {len(texts)} LGL articles ({chars:.0f} chars avg), one core: median "
          f"{statistics.median(rates):.0f} articles/s (runs: {', '.join(f'{r:.0f}' for r in rates)})")


if __name__ == "__main__":
    main()
