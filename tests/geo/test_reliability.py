"""One bad article never takes the map down, leaks a request or fakes a source: what the
border refuses and how it says so (issue "Reliability and security")."""
from __future__ import annotations

import json
import os

import pytest

from geo import make_article, store
from geo.cli import main
from geo.errors import InputError

ARTICLE = "Rockets hit Stepanakert on Friday, officials said.\n"


def _ingest(tmp_path, monkeypatch, *args):
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "s.sqlite"))
    return main(["ingest", *map(str, args)])


@pytest.mark.parametrize("sidecar, problem", [
    ({"outlet": 42, "published": "2020-10-31"}, '"outlet" is not a string (int)'),
    ({"outlet": "Wire", "title": ["a", "b"], "published": "2020-10-31"}, '"title" is not a string (list)'),
    (["outlet", "Wire"], "metadata must be a JSON object, not a list"),
    ({"outlet": "Wire", "url": "javascript:alert(1)", "published": "2020-10-31"},
     "is not an http(s) address"),
    ({"outlet": "Wire\nadded FORGED (x)", "published": "2020-10-31"}, '"outlet" holds control characters'),
    ({"outlet": "\x1b]0;pwned\x07Wire", "published": "2020-10-31"}, '"outlet" holds control characters'),
    ({"outlet": "W" * 201, "published": "2020-10-31"}, '"outlet" is 201 characters, over the limit of 200'),
])
def test_a_sidecar_of_the_wrong_shape_is_refused_and_nothing_stored(tmp_path, monkeypatch, capsys,
                                                                  sidecar, problem):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(sidecar), encoding="utf-8")
    assert _ingest(tmp_path, monkeypatch, tmp_path / "a.txt") == 2
    err = capsys.readouterr().err
    assert problem in err and "a.json" in err and "nothing was stored" in err
    assert store.counts(tmp_path / "s.sqlite")[0] == 0


def test_a_sidecar_that_is_a_folder_is_an_error_not_a_traceback(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.json").mkdir()
    assert _ingest(tmp_path, monkeypatch, tmp_path / "a.txt", "--published", "2020-10-31",
                   "--source", "Wire") == 2
    assert "a.json: not a regular file" in capsys.readouterr().err


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_jsonl_lines_meet_the_same_checks_as_files(tmp_path, monkeypatch, capsys, engine):
    lines = [{"id": "ok", "text": ARTICLE, "published": "2020-10-31", "source": "Wire"},
             {"id": "nul", "text": "Rockets\x00 hit Baku.", "published": "2020-10-31", "source": "Wire"},
             {"id": "js", "text": ARTICLE + "2", "published": "2020-10-31", "source": "Wire",
              "url": "javascript:alert(1)"},
             {"id": "bad\nid", "text": ARTICLE + "3", "published": "2020-10-31", "source": "Wire"}]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in lines), encoding="utf-8")
    extra = ["--engine", "dask", "--workers", "1"] if engine == "dask" else []
    code = _ingest(tmp_path, monkeypatch, path, *extra)
    err = capsys.readouterr()
    stored = [a.id for a in store.read_articles(tmp_path / "s.sqlite")]
    if engine == "local":  # all or nothing
        assert code == 2 and stored == []
    else:  # skipped and listed
        assert code == 0 and stored == ["ok"]
    text = err.out + err.err
    assert f"{path}:2: binary data" in text and f"{path}:3: URL" in text
    assert f"{path}:4: " in text and "control characters" in text


def test_terminal_output_escapes_control_characters():
    from geo.text import printable

    assert printable("Wire\nadded FORGED\x1b[2J") == "Wire\\nadded FORGED\\x1b[2J"
    assert printable("two\nlines\x07", newlines=True) == "two\nlines\\x07"


def test_only_regular_files_are_read(tmp_path, capsys):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert main(["places", str(fifo)]) == 2  # at once: a FIFO would wait for a writer forever
    assert "not a regular file" in capsys.readouterr().err
    assert main(["places", "/dev/zero"]) == 2
    assert "not a regular file" in capsys.readouterr().err


def test_a_line_over_the_limit_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    from geo import fileio

    monkeypatch.setattr(fileio, "MAX_LINE_BYTES", 100)
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"text": "x" * 1000}) + "\n" + json.dumps({"text": "ok"}) + "\n",
                    encoding="utf-8")
    got = [(line.number, line.value, line.problem) for line in fileio.json_lines(path)]
    assert got == [(1, None, "a line over the limit of 100 bytes"), (2, {"text": "ok"}, "")]


def test_copies_with_other_line_endings_are_one_article_and_one_source(tmp_path, gaz):
    from geo.pipeline import ingest_article, stored_events

    path = tmp_path / "s.sqlite"
    text = "Rockets hit Stepanakert on Friday.\nShelling went on in Shusha."
    copies = [text, text.replace("\n", "\r\n"), "\ufeff" + text + "  \n"]
    done = [ingest_article(make_article(t, f"copy{k}", published="2020-10-31", language="en",
                                        outlet="Wire"), gaz, path) for k, t in enumerate(copies)]
    assert [d.added for d in done] == [True, False, False]
    assert {d.stored_as for d in done} == {"copy0"}  # reported as the stored article
    assert store.counts(path)[0] == 1 and all(e.sources == 1 for e in stored_events(path))


def test_carriage_returns_end_lines_for_every_detector():
    from geo.articles import find_nonreporting
    from geo.events.sentences import split_sentences
    from geo.text import title_lines

    lf = "Rockets hit Baku.\nBaca juga:\n- Armenia Minta Bantuan Rusia\n- Turki Siap Bantu\nShelling went on."
    for text in (lf, lf.replace("\n", "\r"), lf.replace("\n", "\r\n")):
        assert [(s.kind, text[s.start:s.end].split()[0]) for s in find_nonreporting(text)] == [
            ("related", "Baca")]
        assert [text[a:b].strip() for a, b in split_sentences(text)][0] == "Rockets hit Baku."
        assert [text[a:b] for a, b in title_lines(text)] == ["- Armenia Minta Bantuan Rusia",
                                                             "- Turki Siap Bantu"]


def test_nul_text_is_binary_data():
    with pytest.raises(InputError, match="binary data"):
        make_article("a\x00b", "x")


@pytest.mark.parametrize("damage", ["random", "truncated", "flipped"])
def test_a_damaged_store_is_an_error_naming_it(tmp_path, monkeypatch, capsys, gaz, damage):
    from geo.pipeline import ingest_article

    path = tmp_path / "s.sqlite"
    ingest_article(make_article(ARTICLE, "a", published="2020-10-31", language="en", outlet="W"),
                   gaz, path)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"s.sqlite{suffix}").unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    if damage == "random":
        data = bytearray(os.urandom(len(data)))
    elif damage == "truncated":
        data = data[:len(data) // 3]
    else:
        for k in range(0, 120):  # the header: page size and format bytes
            data[k] ^= 0xFF
    path.write_bytes(bytes(data))
    (tmp_path / "b.txt").write_text(ARTICLE + "b", encoding="utf-8")
    code = _ingest(tmp_path, monkeypatch, tmp_path / "b.txt", "--published", "2020-10-31",
                   "--source", "W")
    err = capsys.readouterr().err
    assert code == 2 and str(path) in err and err.startswith("error: ")
    assert "Traceback" not in err


def test_the_page_says_so_when_its_store_is_damaged(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from geo.config import ROOT

    path = tmp_path / "s.sqlite"
    path.write_bytes(os.urandom(8192))
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception  # no traceback for the visitor
    assert at.error and "cannot use the store" in at.error[0].value  # (Markdown-escaped)
    assert "not a database" in at.error[0].value


def test_a_full_store_names_itself_and_keeps_what_it_had(tmp_path, gaz):
    """A store that can grow no more (SQLite's own limit standing in for a full disk): the
    article that does not fit is an error naming the store, and nothing else is lost."""
    from geo.pipeline import process
    from geo.store.sqlite import StoreError

    path = tmp_path / "s.sqlite"
    first = make_article(ARTICLE, "a", published="2020-10-31", language="en", outlet="W")
    store.save(first, *process(first, gaz), path)
    big = make_article((ARTICLE + "\n") * 400, "b", published="2020-10-31", language="en", outlet="W")
    with store.connect(path) as con:
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        con.execute(f"PRAGMA max_page_count={pages + 2}")
        with pytest.raises(StoreError, match=rf"could not store b in {path}: database or disk is full"):
            store.save_batch(con, [(big, *process(big, gaz))])
    assert [a.id for a in store.read_articles(path)] == ["a"]
