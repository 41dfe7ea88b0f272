"""The store under several writers at once, and a writer killed in the middle."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from geo.config import ROOT


def _articles(folder: Path, prefix: str, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"{prefix}{i:03d}.txt"
        path.write_text(f"Rockets hit Stepanakert on Friday, killing {i + 2} people, officials said. "
                        f"Report {prefix}{i} from Baku.", encoding="utf-8")
        paths.append(path)
    return paths


def _ingest(store: Path, files: list[Path]) -> subprocess.Popen:
    env = {**os.environ, "CONFLICT_MAP_STORE": str(store), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "geo", "ingest", *map(str, files), "--published",
                             "2020-10-31", "--source", "Wire", "--lang", "en"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _count(store: Path, table: str) -> int:
    with sqlite3.connect(store) as con:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_four_writers_store_exactly_one_hundred_articles(tmp_path):
    store = tmp_path / "s.sqlite"
    procs = [_ingest(store, _articles(tmp_path / f"w{k}", f"w{k}-", 25)) for k in range(4)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [err for _, err in results]
    assert not any("locked" in err for _, err in results)
    assert _count(store, "articles") == 100
    with sqlite3.connect(store) as con:
        assert con.execute("SELECT COUNT(DISTINCT content_hash) FROM articles").fetchone()[0] == 100
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_killed_writer_leaves_no_half_article_and_the_next_run_completes(tmp_path):
    store = tmp_path / "s.sqlite"
    files = _articles(tmp_path / "k", "k-", 150)
    proc = _ingest(store, files)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if store.exists():
            try:
                if _count(store, "articles") >= 10:
                    break
            except sqlite3.Error:
                pass
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    stored = _count(store, "articles")
    assert 10 <= stored < 150
    with sqlite3.connect(store) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = con.execute("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
                              "(SELECT 1 FROM mentions m WHERE m.article_id = a.id)").fetchone()[0]
        assert orphans == 0  # every stored article came with its mentions, in one transaction
    rerun = _ingest(store, files)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert _count(store, "articles") == 150
    assert sum(line.startswith("unchanged ") for line in out.splitlines()) == stored
    assert f"{150 - stored} added, {stored} unchanged" in out  # the summary of a long run
