"""The one benchmark command: every figure of the README's table, in one run on the same inputs.

    python bench/run.py [--gold ../shared/eval/lgl.jsonl] [--quick]     (or: make bench)

Runs each benchmark in its own process (so each peak RSS is its own), prints one table with
the targets, and writes bench/out/results.json and bench/out/results.md (the README table).
Medians throughout; --quick uses fewer repeats and a smaller Dask corpus (a check, not figures
to quote).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


def _run(script: str, *args: str) -> dict:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "bench" / script), "--json", *args], cwd=ROOT,
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"error: {script} failed:\n{done.stderr[-3000:]}")
    print(f"  {script} done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "?")
    mem = next((int(line.split()[1]) / 1024 / 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0.0)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpu}, {cores} cores, {mem:.0f} GiB, Python {platform.python_version()}"


def rows(r: dict) -> list[tuple[str, str, str, str]]:
    """(measure, figure, target, verdict) for the table."""
    peers = {p["name"]: p for p in r["peers"]}
    us, gt, fg = peers["conflict-map"], peers["geotext"], peers["flashgeotext"]
    lgl_events = next(s for s in r["events"]["sets"] if s["set"].startswith("LGL") and s["with_places"])
    seeds_events = next(s for s in r["events"]["sets"] if s["set"].startswith("seed") and s["with_places"])
    d = r["dask"]
    maps = {m["events"]: m for m in r["map"]["sizes"]}
    pages = {p["events"]: p for p in r["page"]["sizes"]}
    s = r["server"]

    def verdict(ok: bool, miss: str = "") -> str:
        return "met" if ok else f"missed{': ' + miss if miss else ''}"

    out = []
    for p in (us, gt, fg):
        out.append((f"places, {p['name']} (LGL, one core)",
                    f"{p['rate']:,.0f} articles/s; F1 {p['f1']:.3f} (overlap {p['f1_overlap']:.3f}); "
                    f"load {p['load_s']:.2f} s; peak {p['peak_mb']:.0f} MB", "", ""))
    out.append(("places: speed", f"{us['rate']:,.0f} articles/s", "≥ 1,000/s and faster than geotext",
                verdict(us["rate"] >= 1000 and us["rate"] > gt["rate"],
                        f"geotext is {gt['rate'] / us['rate']:.1f}x faster"
                        if us["rate"] <= gt["rate"] else "")))
    out.append(("places: F1", f"{us['f1']:.3f} vs {gt['f1']:.3f} / {fg['f1']:.3f}",
                "higher than both peers", verdict(us["f1"] > max(gt["f1"], fg["f1"]))))
    out.append(("events (places + events, one core)",
                f"{lgl_events['rate']:,.0f} articles/s LGL; {seeds_events['rate']:,.0f}/s the two seeds; "
                f"peak {r['events']['peak_mb']:.0f} MB", "≥ 200/s",
                verdict(lgl_events["rate"] >= 200,
                        f"{lgl_events['rate'] / 200:.0%} of the target")))
    out.append((f"Dask ingest, {d['articles']:,} articles (store included)",
                f"in-process {d['in_process']['rate']:,.0f}/s; 1 worker {d['dask1']['rate']:,.0f}/s; "
                f"2 workers {d['dask2']['rate']:,.0f}/s; worker peak {d['dask2']['worker_peak_mb']:.0f} MB",
                "", ""))
    out.append(("Dask scaling", f"{d['ratio']:.2f}x", "≥ 1.8x",
                verdict(d["ratio"] >= 1.8, f"{d['ratio'] / 1.8:.0%} of the target; the client process "
                        f"used {d['dask2']['client_core_share']:.0%} of one of the 2 cores")))
    for n in sorted(maps):
        m = maps[n]
        out.append((f"map at {n:,} events", f"filter + build + render {m['rerun_ms']:.0f} ms; "
                    f"HTML {m['html_mb']:.1f} MB" + (f"; peak {r['map']['peak_mb']:.0f} MB (all sizes)"
                                                    if n == max(maps) else ""), "", ""))
    for n in sorted(pages):
        p = pages[n]
        peak = (f"; peak {r['page']['peak_mb']:.0f} MB (the AppTest process, all three sizes)"
                if n == max(pages) else "")
        out.append((f"page rerun after a filter, {n:,} events",
                    f"{p['rerun_ms']:.0f} ms (server side); first run {p['first_run_s']:.1f} s; "
                    f"adding an article {p['add_article_ms']:.0f} ms{peak}",
                    "≤ 300 ms at 100k" if n == 100_000 else "",
                    verdict(p["rerun_ms"] <= 300) if n == 100_000 else ""))
    out.append(("app cold start to a healthy server", f"{s['cold_start_s']:.2f} s (the page's script "
                "runs when a browser connects: see the next line)", "", ""))
    out.append((f"page at {s['events']:,} events ({s['mentions']:,} place mentions) in Chromium",
                f"map drawn {s['first_view_s']:.1f} s after opening; rerun {s['rerun_s'] * 1000:.0f} ms "
                "to the new caption", "", ""))
    out.append(("page payload at 100k events",
                f"page data {s['first_ws_mb']:.2f} MB first view, {s['rerun_ws_mb']:.2f} MB a rerun; in all "
                f"{s['first_all_mb']:.2f} MB on a first visit (Streamlit's frontend, uncompressed), "
                f"{s['returning_all_mb']:.2f} MB on the next", "≤ 5 MB",
                "met" if s["first_all_mb"] <= 5 and s["rerun_all_mb"] <= 5 else
                (f"missed on a first visit by {s['first_all_mb'] - 5:.2f} MB (Streamlit's own frontend); "
                 "met for the page's data and later visits"
                 if max(s["first_ws_mb"], s["rerun_all_mb"], s["returning_all_mb"]) <= 5 else "missed")))
    out.append(("server peak memory at 100k events", f"{s['server_peak_mb']:.0f} MB", "≤ 1 GB",
                verdict(s["server_peak_mb"] <= 1024)))
    return out


def markdown(r: dict) -> str:
    lines = [f"Measured {r['date']} on {r['machine']} with `python bench/run.py`.", "",
             "| measure | figure (medians) | target | |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {v} |" for a, b, c, v in rows(r)]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "eval" / "lgl.jsonl")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if not args.gold.exists():
        sys.exit(f"error: {args.gold} not found; pass --gold PATH to the LGL .jsonl")
    repeats = ["--repeats", "2" if args.quick else "5"]
    gold = ["--gold", str(args.gold)]
    print(f"benchmarks on {machine()}", file=sys.stderr)
    r = {"date": date.today().isoformat(), "machine": machine(),
         "peers": _run("bench_peers.py", *gold, *repeats),
         "events": _run("bench_events.py", *gold, *repeats),
         "dask": _run("bench_dask.py", *gold, "--copies", "1" if args.quick else "4",
                      "--repeats", "1" if args.quick else "3"),
         "map": _run("bench_map.py", "--repeats", "3"),
         "page": _run("bench_page.py", *repeats),
         "server": _run("bench_server.py", "--repeats", "3")}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(r, indent=1), encoding="utf-8")
    table = markdown(r)
    (OUT / "results.md").write_text(table, encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
