"""Benchmark: batch ingest on a local Dask cluster of 1 and 2 workers, and in this process.

    python bench/bench_dask.py [--gold ../shared/eval/lgl.jsonl] [--copies 4] [--repeats 3] [--json]

The corpus: the LGL news texts and the two seed articles, each `--copies` times (a line
"(copy k)" appended so that the store keeps every copy), as one .jsonl with published date,
source and language. A run is what `python -m geo ingest CORPUS --engine dask` does after
the cluster is up and each worker has loaded its index: read, geoparse, extract events and
store every article in a new SQLite store. Prints medians; the workers' peak RSS is read in
the workers.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import load_articles  # noqa: E402
from geo.config import ARTICLES_DIR  # noqa: E402
from geo.pipeline.batch import dask_client, dask_submit, in_process, ingest_corpus, warm_up  # noqa: E402
from geo.pipeline.corpus import read_corpus  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "lgl.jsonl"


def write_corpus(gold: Path, copies: int, folder: Path) -> tuple[Path, int]:
    docs = []
    if gold.exists():
        for n, line in enumerate(gold.open(encoding="utf-8")):
            d = json.loads(line)
            published = (d.get("date") or "2009-01-01")[:10]
            docs.append({"id": f"lgl{n}", "text": d["text"], "published": published,
                         "source": "LGL", "lang": "en"})
    for a in load_articles(ARTICLES_DIR):
        docs.append({"id": a.id, "text": a.text, "published": a.published.isoformat(),
                     "source": a.outlet, "lang": a.language})
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for k in range(copies):
            for d in docs:
                fh.write(json.dumps({**d, "id": f"{d['id']}-{k}", "text": f"{d['text']}\n(copy {k})"},
                                    ensure_ascii=False) + "\n")
    return path, copies * len(docs)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_runs(corpus: Path, submit, workers: int, repeats: int,  # type: ignore[no-untyped-def]
               folder: Path) -> tuple[list[float], float]:
    """Articles/s of each run, and the median share of a core the client process used
    (reading, the scheduler's thread of a local cluster, receiving results, SQLite)."""
    rates, client = [], []
    for k in range(repeats):
        cpu = time.process_time()
        summary = ingest_corpus(read_corpus([corpus]), submit, workers,
                                store_path=folder / f"run-{workers}-{k}-{time.time_ns()}.sqlite")
        client.append((time.process_time() - cpu) / summary.seconds)
        assert not summary.skipped and summary.added == summary.articles, summary.report()
        rates.append(summary.articles / summary.seconds)
    return rates, statistics.median(client)


def measure(gold: Path, copies: int, repeats: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus, n = write_corpus(gold, copies, folder)
        result: dict = {"articles": n}
        for workers in (1, 2):
            start = time.perf_counter()
            with dask_client(workers=workers) as client:
                client.run(warm_up)
                ready = time.perf_counter() - start
                rates, share = timed_runs(corpus, dask_submit(client), workers, repeats, folder)
                worker_mb = max(client.run(_peak_mb).values())
            result[f"dask{workers}"] = {"rate": statistics.median(rates), "runs": rates,
                                        "startup_s": ready, "worker_peak_mb": worker_mb,
                                        "client_core_share": share}
        warm_up()
        rates, _ = timed_runs(corpus, in_process, 1, repeats, folder)
        result["in_process"] = {"rate": statistics.median(rates), "runs": rates}
        result["ratio"] = result["dask2"]["rate"] / result["dask1"]["rate"]
        result["client_peak_mb"] = _peak_mb()
        result["date"] = date.today().isoformat()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the results as one JSON line")
    args = parser.parse_args()
    r = measure(args.gold, args.copies, args.repeats)
    if args.json:
        print(json.dumps(r))
        return
    print(f"ingest of {r['articles']} articles (places, events, SQLite store), median of {args.repeats}:")
    print(f"  in this process      {r['in_process']['rate']:7.0f} articles/s")
    for w in (1, 2):
        d = r[f"dask{w}"]
        print(f"  dask, {w} worker{'s' if w > 1 else ' '}      {d['rate']:7.0f} articles/s  (cluster up and "
              f"indexes loaded in {d['startup_s']:.1f} s; worker peak {d['worker_peak_mb']:.0f} MB; "
              f"client process {d['client_core_share']:.0%} of a core)")
    print(f"  2 workers / 1 worker {r['ratio']:7.2f}x")


if __name__ == "__main__":  # the local cluster's workers are spawned: they import this file
    main()
