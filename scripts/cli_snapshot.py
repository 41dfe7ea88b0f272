"""Run `python -m geo places|events|ingest|evaluate` on the seeds and ../shared/eval and
write what they print (and what ingest stored) into a folder, so that two trees can be
compared with `diff -r`: the house refactor must not change any output.

    python scripts/cli_snapshot.py OUT [--root TREE]   # TREE: a checkout (default: this one)
    python scripts/cli_snapshot.py --compare BEFORE AFTER

`--compare` says, file by file, whether two snapshots agree once the event ids (added by the
house issue: `id` in every event record and GeoJSON feature) are left out, and where one
output is only a longer run of the other (a command that stopped on an error before).
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


def _without_ids(text: str) -> str:
    """The output with every event id left out (the GeoJSON's and the stored records')."""
    text = re.sub(r'^ *"id": "[0-9a-f]{16}",?\n', "", text, flags=re.M)  # indented GeoJSON
    return re.sub(r', "id": "[0-9a-f]{16}"', "", text)  # one-line stored records


def compare(before: Path, after: Path) -> int:
    """0 when every output agrees (ids aside, or as a longer run of the same), else 1."""
    worst = 0
    for old in sorted(before.glob("*.txt")):
        a = _without_ids(old.read_text(encoding="utf-8"))
        b = _without_ids((after / old.name).read_text(encoding="utf-8"))
        if a == b:
            verdict = "identical (event ids aside)"
        elif (cut := a.find("--- stdout\n")) >= 0 and a.startswith("exit 2") and \
                b[b.find("--- stdout\n"):].startswith(a[cut:a.find("--- stderr")]):
            verdict = "before stopped on an error; after prints all of that, then goes on"
        else:
            verdict, worst = "DIFFERENT", 1
        print(f"{old.name:24} {verdict}")
    return worst


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("out", type=Path, nargs="+")
    p.add_argument("--root", type=Path, default=HERE)
    p.add_argument("--compare", action="store_true", help="compare two snapshots (BEFORE AFTER)")
    args = p.parse_args()
    if args.compare:
        return compare(*args.out)
    args.out = args.out[0]
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
