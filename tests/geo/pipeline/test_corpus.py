"""Inputs for ingest: folders, glob patterns, .jsonl lines and their metadata."""
from __future__ import annotations

import json
from datetime import date

import pytest

from geo.errors import InputError
from geo.pipeline.corpus import Defaults, Skipped, count, expand, read_corpus


def _write(folder, name, text):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folders_are_searched_recursively_and_globs_expand_each_file_once(tmp_path):
    a = _write(tmp_path, "a.txt", "Baku.")
    b = _write(tmp_path, "deep/b.html", "<p>Baku.</p>")
    c = _write(tmp_path, "deep/c.jsonl", "{}\n")
    _write(tmp_path, "a.json", "{}")  # a sidecar, not an article
    _write(tmp_path, "notes.md", "no")
    assert expand([tmp_path]) == [a, b, c]
    assert expand([str(tmp_path / "**" / "*.jsonl"), c, tmp_path / "a.txt"]) == [c, a]


@pytest.mark.parametrize("given, problem", [("nowhere/x.txt", "no such file or folder"),
                                            ("*.nothing-here", "no .txt, .html or .jsonl")])
def test_an_input_that_names_nothing_is_an_error(tmp_path, monkeypatch, given, problem):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=problem):
        expand([given])


def test_jsonl_lines_carry_their_metadata_and_bad_lines_are_skipped_with_their_line(tmp_path):
    lines = [{"id": "one", "text": "Shelling in Baku.", "published": "2020-10-04", "source": "Wire",
              "url": "https://example.org/1", "lang": "en"},
             {"text": "Penembakan di Stepanakert.", "published": "2020-10-05", "source": "Kompas"},
             {"id": "bad", "text": "Baku.", "published": "2020-10-05", "source": "W", "lang": "fr"}]
    path = _write(tmp_path, "w.jsonl", "\n".join(map(json.dumps, lines)) + "\n\n[1]\n")
    assert count([path]) == 4
    one, two, bad, notobj = read_corpus([path])
    assert (one.id, one.outlet, one.url, one.language, one.published) == (
        "one", "Wire", "https://example.org/1", "en", date(2020, 10, 4))
    assert (two.id, two.language) == ("w-2", "id")  # id from the line, language guessed
    assert bad == Skipped(f"{path}:3", "language 'fr' is not one of id, en")
    assert notobj == Skipped(f"{path}:5", "expected a JSON object")


def test_given_metadata_wins_and_a_missing_source_is_a_skip(tmp_path):
    path = _write(tmp_path, "a.txt", "Rockets hit Baku.")
    [skipped] = read_corpus([path], Defaults(published=date(2020, 10, 1)))
    assert skipped == Skipped(str(path), "no source: pass --source NAME")
    [article] = read_corpus([path], Defaults(date(2020, 10, 1), "Wire", lang="en"))
    assert (article.outlet, article.published, article.text) == ("Wire", date(2020, 10, 1),
                                                                 "Rockets hit Baku.")
