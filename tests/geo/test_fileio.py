"""The one JSON-lines reader and the atomic write."""
from __future__ import annotations

import json

import pytest

from geo.cli import main
from geo.fileio import atomic_write, json_lines

# Characters str.splitlines() splits at that json.dumps(..., ensure_ascii=False) writes raw
# inside a string (the ASCII control characters it escapes).
LINE_LIKE = ["\u2028", "\u2029", "\u0085"]
TEXT = ("Rockets hit Stepanakert on Friday, the Karabakh emergency service said.{sep}"
        "Armenian forces shelled Ganja on Saturday.")


def _corpus(tmp_path, sep: str):
    path = tmp_path / "news.jsonl"
    docs = [{"id": "one", "text": TEXT.format(sep=sep), "published": "2020-10-31",
             "source": "Wire", "lang": "en"},
            {"id": "two", "text": "Talks in Geneva on Friday.", "published": "2020-10-30",
             "source": "Wire", "lang": "en"}]
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path, docs


@pytest.mark.parametrize("sep", LINE_LIKE)
def test_lines_end_at_newline_only(tmp_path, sep):
    path, docs = _corpus(tmp_path, sep)
    assert sep in path.read_text(encoding="utf-8")  # written raw, as json.dumps writes it
    lines = list(json_lines(path))
    assert [line.value for line in lines] == docs
    assert [line.origin for line in lines] == [f"{path}:1", f"{path}:2"]


def test_bad_lines_are_named_and_reading_goes_on(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"text": "a"}\n\n[1, 2]\n{"text": \n\xff\xfe\n{"text": "b"}\r\n')
    got = [(line.number, line.value, line.problem.split(" (")[0]) for line in json_lines(path)]
    assert got == [(1, {"text": "a"}, ""), (3, None, "expected a JSON object"),
                   (4, None, "not JSON"), (5, None, "not valid UTF-8 at byte 0"),
                   (6, {"text": "b"}, "")]


@pytest.mark.parametrize("sep", ["\u2028", "\u0085"])
def test_places_reads_such_a_line(tmp_path, capsys, sep):
    path, docs = _corpus(tmp_path, sep)
    assert main(["places", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {(r["doc"], r["text"]) for r in rows} >= {("one", "Stepanakert"), ("one", "Ganja"),
                                                     ("two", "Geneva")}
    for r in rows:  # offsets index the text exactly as given, separator included
        text = docs[0]["text"] if r["doc"] == "one" else docs[1]["text"]
        assert text[r["start"]:r["end"]] == r["text"]


@pytest.mark.parametrize("sep", ["\u2028", "\u0085"])
def test_events_reads_such_a_line(tmp_path, capsys, sep):
    path, docs = _corpus(tmp_path, sep)
    assert main(["events", str(path)]) == 0
    features = json.loads(capsys.readouterr().out)["features"]
    places = {f["properties"]["place"] for f in features}
    assert {"Ganja", "Geneva"} <= places and any(p.startswith("Khankendi") for p in places)
    for f in features:
        p = f["properties"]
        text = docs[0]["text"] if p["article"] == "one" else docs[1]["text"]
        assert text[p["excerpt_start"]:p["excerpt_end"]] == p["excerpt"]


@pytest.mark.parametrize("engine", ["local", "dask"])
@pytest.mark.parametrize("sep", ["\u2028", "\u0085"])
def test_ingest_reads_such_a_line_on_both_engines(tmp_path, capsys, monkeypatch, engine, sep):
    from geo import store

    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "s.sqlite"))
    path, docs = _corpus(tmp_path, sep)
    extra = ["--workers", "1"] if engine == "dask" else []
    assert main(["ingest", str(path), "--engine", engine, *extra]) == 0
    capsys.readouterr()
    stored = store.read_articles(tmp_path / "s.sqlite")
    assert [(a.id, a.text) for a in stored] == [(d["id"], d["text"]) for d in docs]


def test_atomic_write_replaces_whole_or_not_at_all(tmp_path):
    path = tmp_path / "sub" / "f.txt"
    with atomic_write(path, "w") as fh:
        fh.write("first")
    assert path.read_text(encoding="utf-8") == "first"
    with pytest.raises(RuntimeError), atomic_write(path, "w") as fh:
        fh.write("half of the second")
        raise RuntimeError("the writer failed")
    assert path.read_text(encoding="utf-8") == "first"
    assert sorted(p.name for p in path.parent.iterdir()) == ["f.txt"]  # no temporary left
