"""Batch ingest on Dask equals the in-process result; bad inputs are skipped and listed."""
from __future__ import annotations

import json
import shutil
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor

import geopandas as gpd
import pandas as pd
import pytest
from dask.distributed import LocalCluster

from geo import store
from geo.cli import main
from geo.config import ARTICLES_DIR
from geo.events.extract import extract_events
from geo.events.merge import merge_events
from geo.gazetteer import seats
from geo.pipeline import stored_events
from geo.pipeline.batch import Summary, in_process, ingest_corpus, process_partition
from geo.pipeline.corpus import Skipped, expand, read_corpus
from geo.pipeline.parquet import events_frame
from geo.places import article_places

ENGLISH = [
    ("ganja", "Azerbaijan said Armenian forces shelled Ganja on Sunday, killing two civilians.",
     "2020-10-11"),
    ("geneva", "The foreign ministers of Armenia and Azerbaijan met in Geneva on Friday.",
     "2020-10-31"),
    ("stepanakert", "Rockets hit Stepanakert on Saturday night, officials in the city said.",
     "2020-10-31"),
    ("baku", "Thousands rallied in Baku on Sunday to support the army.", "2020-11-01"),
]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "seeds").mkdir(parents=True)
    for path in ARTICLES_DIR.glob("*"):
        shutil.copy(path, folder / "seeds" / path.name)
    lines = [json.dumps({"id": i, "text": t, "published": d, "source": "Wire", "lang": "en"})
             for i, t, d in ENGLISH]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return folder


def _table(path, sql):
    with sqlite3.connect(path) as con:
        return con.execute(sql).fetchall()


def _same_store(a, b):
    for sql in ("SELECT id, content_hash, outlet, title, published, language, url, text, "
                "nonreporting FROM articles ORDER BY rowid",
                "SELECT * FROM mentions ORDER BY rowid", "SELECT * FROM events ORDER BY rowid"):
        assert _table(a, sql) == _table(b, sql)
    assert stored_events(a) == stored_events(b)


def _frame(folder):
    frame = gpd.read_parquet(folder)
    frame["date"] = frame["date"].astype(str)
    return frame.sort_values(list(frame.columns.drop("geometry"))).reset_index(drop=True)


def test_dask_on_a_two_worker_local_cluster_equals_in_process(corpus, tmp_path, monkeypatch, capsys, gaz):
    here, there = tmp_path / "here.sqlite", tmp_path / "there.sqlite"
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(here))
    assert main(["ingest", str(corpus), "--out", str(tmp_path / "here")]) == 0
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        monkeypatch.setenv("CONFLICT_MAP_STORE", str(there))
        assert main(["ingest", str(corpus), "--engine", "dask", "--scheduler",
                     cluster.scheduler_address, "--partition-size", "2",
                     "--out", str(tmp_path / "there")]) == 0
    captured = capsys.readouterr()
    assert "dask: 2 workers" in captured.err and "6/6 articles" in captured.err
    assert "processed 6 articles" in captured.out

    _same_store(here, there)
    assert store.counts(there)[0] == 6
    for dataset in ("events", "mentions"):
        pd.testing.assert_frame_equal(_frame(tmp_path / "here" / dataset),
                                      _frame(tmp_path / "there" / dataset))
    # and both are what the one-article-at-a-time path gives
    articles = [a for a in read_corpus(expand([corpus]))]
    expected = merge_events([e for a in articles
                             for e in extract_events(a, article_places(a, gaz), seats(gaz))])
    got = _frame(tmp_path / "there" / "events")
    assert len(got) == len(expected) > 6
    assert sorted(got["excerpt"]) == sorted(events_frame(expected)["excerpt"])


def test_dask_skips_what_it_cannot_read_and_says_why(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "s.sqlite"))
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    (corpus / "latin.txt").write_bytes("Bak\u00fc".encode("latin-1"))
    with (corpus / "wire.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"id": "x", "text": "Shelling in Baku.", "published": "2020-13-01", "source": "W"}\n')
        fh.write("not json\n")
        fh.write('{"id": "y", "text": "Shelling in Baku.", "published": "2020-10-01", "lang": "en"}\n')
    assert main(["ingest", str(corpus), "--engine", "dask", "--workers", "2"]) == 0
    out = capsys.readouterr().out
    assert "processed 6 articles" in out and "skipped 5:" in out
    for reason in ("the article is empty", "not valid UTF-8", "is not YYYY-MM-DD", "not JSON",
                   "no source: pass --source NAME"):
        assert reason in out
    assert f"{corpus / 'wire.jsonl'}:7" in out  # the line is named
    assert store.counts(tmp_path / "s.sqlite")[0] == 6


def test_local_engine_refuses_the_whole_batch_on_one_bad_line(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "s.sqlite"))
    with (corpus / "wire.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"id": "z", "text": 5}\n')
    assert main(["ingest", str(corpus)]) == 2
    err = capsys.readouterr().err
    assert "wire.jsonl:6: expected an object with a \"text\" string" in err
    assert "nothing was stored" in err and not (tmp_path / "s.sqlite").exists()


def test_an_existing_out_folder_is_never_overwritten(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "s.sqlite"))
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    assert main(["ingest", str(corpus), "--out", str(out)]) == 2
    assert "already exists and is not empty" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert not (tmp_path / "s.sqlite").exists()  # refused before any work


def test_no_store_needs_out(corpus, capsys):
    assert main(["ingest", str(corpus), "--no-store"]) == 2
    assert "give --out FOLDER" in capsys.readouterr().err


def test_results_are_stored_in_input_order_whatever_finishes_first(corpus, tmp_path):
    articles = [a for a in read_corpus(expand([corpus]))]
    delays = {a.id: 0.05 * (len(articles) - k) for k, a in enumerate(articles)}  # first is slowest

    def slow(part):
        time.sleep(delays[part[0].id])
        return process_partition(part)

    finished, seen = [], []
    with ThreadPoolExecutor(max_workers=len(articles)) as pool:
        def submit(fn, part):
            future = pool.submit(slow, part)
            future.add_done_callback(lambda _: finished.append(part[0].id))
            return future
        summary = ingest_corpus(articles, submit, workers=len(articles), partition_size=1,
                                store_path=tmp_path / "s.sqlite",
                                on_progress=lambda done, skipped: seen.append(done))
    assert finished != [a.id for a in articles]  # they did finish out of order
    assert [a.id for a in store.read_articles(tmp_path / "s.sqlite")] == [a.id for a in articles]
    assert summary.articles == summary.added == 6 and seen == [1, 2, 3, 4, 5, 6]


def test_summary_lists_reasons_once_with_counts():
    summary = Summary(articles=3, skipped=[Skipped(f"f{i}.txt", "the article is empty") for i in range(12)])
    text = summary.report(limit=3)
    assert "skipped 12:" in text and "12 x the article is empty" in text
    assert "f0.txt: the article is empty" in text and "... and 9 more" in text


def test_an_article_that_breaks_the_processing_is_listed_and_the_rest_go_on(seeds):
    from dataclasses import replace

    from geo.pipeline.batch import Failed

    good = next(iter(seeds.values()))
    broken = replace(good, id="broken", text=None)  # not an Article the readers would make
    out = process_partition([broken, good])
    assert isinstance(out[0], Failed) and out[0].reason.startswith("processing failed: TypeError")
    summary = ingest_corpus([broken, good], in_process, to_store=False)
    assert summary.articles == 1 and summary.skipped == [Skipped("broken", out[0].reason)]


def _die(part):
    import os

    os._exit(1)  # a worker killed in the middle of a task (out of memory, say)


def test_a_dead_worker_stops_the_run_with_a_clear_error(corpus, tmp_path):
    import dask

    from geo.pipeline.batch import ClusterError, dask_client, dask_submit, run_ordered

    parts = [[a] for a in read_corpus(expand([corpus]))][:2]
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            dask_client(workers=1) as client:
        with pytest.raises(ClusterError, match="failed on the cluster .*KilledWorker.* again skips it"):
            list(run_ordered(parts, dask_submit(client), window=2, fn=_die))


def test_an_unreachable_scheduler_is_a_clear_error():
    from geo.pipeline.batch import ClusterError, dask_client

    started = time.monotonic()
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        with dask_client("tcp://127.0.0.1:9", timeout=1):
            pass
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("extra, problem", [
    (["--scheduler", "tcp://127.0.0.1:8786"], "are for --engine dask"),
    (["--workers", "2"], "are for --engine dask"),
    (["--engine", "dask", "--workers", "0"], "must be at least 1"),
    (["--engine", "dask", "--partition-size", "0"], "must be at least 1"),
])
def test_options_that_cannot_work_are_refused_before_any_work(corpus, tmp_path, monkeypatch, capsys,
                                                              extra, problem):
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "s.sqlite"))
    assert main(["ingest", str(corpus), *extra]) == 2
    assert problem in capsys.readouterr().err and not (tmp_path / "s.sqlite").exists()
