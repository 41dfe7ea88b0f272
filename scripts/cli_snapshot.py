"""Run `python -m geo places|events|ingest|evaluate` on the seeds and ../shared/eval and
write what they print (and what ingest stored) into a folder, so that two trees can be
compared with `diff -r`: the house refactor must not change any output.

    python scripts/cli_snapshot.py OUT [--root TREE]   # TREE: a checkout (default: this one)
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
EVAL = HERE.parent / "shared" / "eval"


def _run(root: Path, args: list[str], out: Path, env: dict[str, str]) -> None:
    done = subprocess.run([sys.executable, "-m", "geo", *args], cwd=root, env=env,
                          capture_output=True, text=True)
    text = f"exit {done.returncode}\n--- stdout\n{done.stdout}--- stderr\n{done.stderr}"
    text = text.replace(env["CONFLICT_MAP_STORE"], "$STORE")
    text = re.sub(r"in [\d.]+ s \([\d,]+/s\)", "in T s (R/s)", text)  # timings vary
    out.write_text(text, encoding="utf-8")


def _dump_store(path: Path, out: Path) -> None:
    """Every stored row but the time it was added, one JSON line each."""
    con = sqlite3.connect(path)
    lines = []
    for (row,) in con.execute("SELECT json_array(id, content_hash, outlet, title, published, "
                              "language, url, nonreporting) FROM articles ORDER BY rowid"):
        lines.append(row)
    lines += [json.dumps(r) for r in con.execute("SELECT * FROM mentions ORDER BY rowid")]
    lines += [f"{a} {s} {r}" for a, s, r in con.execute(
        "SELECT article_id, seq, record FROM events ORDER BY rowid")]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    con.close()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("out", type=Path)
    p.add_argument("--root", type=Path, default=HERE)
    args = p.parse_args()
    root, out = args.root.resolve(), args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    seeds = sorted(str(p) for p in (root / "data" / "articles").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CONFLICT_MAP_STORE": f"{tmp}/store.sqlite"}
        _run(root, ["places", *seeds], out / "places-seeds.txt", env)
        _run(root, ["places", str(EVAL / "lgl.jsonl")], out / "places-lgl.txt", env)
        _run(root, ["events", *seeds], out / "events-seeds.txt", env)
        _run(root, ["evaluate", str(EVAL / "lgl.jsonl")], out / "evaluate-lgl.txt", env)
        _run(root, ["evaluate", str(EVAL / "idner2k_dev.jsonl")], out / "evaluate-idner2k.txt", env)
        _run(root, ["ingest", *seeds], out / "ingest-seeds.txt", env)
        _run(root, ["ingest", str(EVAL / "lgl.jsonl"), "--published", "2009-06-01",
                    "--source", "LGL"], out / "ingest-lgl.txt", env)
        _dump_store(Path(tmp) / "store.sqlite", out / "store.txt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
