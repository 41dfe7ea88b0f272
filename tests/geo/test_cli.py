import json
import os
import subprocess
import sys

import pytest

from geo.cli import main
from geo.config import ARTICLES_DIR, ROOT

FIELDS = {"doc", "start", "end", "text", "name", "lat", "lon", "country", "kind"}


def run_places(capsys, *files):
    code = main(["places", *map(str, files)])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_places_on_seed_articles(capsys):
    files = sorted(ARTICLES_DIR.glob("*.txt"))
    code, rows, _ = run_places(capsys, *files)
    assert code == 0 and rows
    texts = {f.stem: f.read_text(encoding="utf-8") for f in files}
    for row in rows:
        assert FIELDS <= row.keys()
        assert texts[row["doc"]][row["start"]:row["end"]] == row["text"]
    assert {"Baku", "Yerevan", "Khankendi", "Shusha", "Gyumri", "Geneva", "Moscow"} <= {
        r["name"] for r in rows}


def test_places_on_jsonl(tmp_path, capsys):
    path = tmp_path / "docs.jsonl"
    docs = [{"id": "a", "text": "Rockets hit Stepanakert.", "lang": "en"},
            {"id": "b", "text": "Pertemuan di Jenewa.\r\nSelesai."}]
    path.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    code, rows, _ = run_places(capsys, path)
    assert code == 0
    assert [(r["doc"], r["text"]) for r in rows] == [("a", "Stepanakert"), ("b", "Jenewa")]
    assert docs[1]["text"][rows[1]["start"]:rows[1]["end"]] == "Jenewa"


def test_empty_file_gives_no_places(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run_places(capsys, tmp_path / "empty.txt")[:2] == (0, [])


@pytest.mark.parametrize("data, problem", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ("Bak\u00fc".encode("latin-1"), "not valid UTF-8"),
])
def test_bad_file_is_named_with_its_problem(tmp_path, capsys, data, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    code, rows, err = run_places(capsys, path)
    assert code != 0 and rows == []
    assert str(path) in err and problem in err


def test_missing_file_and_bad_jsonl(tmp_path, capsys):
    code, _, err = run_places(capsys, tmp_path / "nope.txt")
    assert code != 0 and "nope.txt" in err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n', encoding="utf-8")
    code, _, err = run_places(capsys, bad)
    assert code != 0 and "bad.jsonl:1" in err


def test_evaluate_prints_every_measure(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    text = "Rockets hit Stepanakert and Baku."
    gold.write_text(json.dumps({"doc_id": "1", "text": text, "toponyms": [
        {"start": 12, "end": 23, "lat": 39.8177, "lon": 46.7528},
        {"start": 28, "end": 32, "lat": 40.37767, "lon": 49.89201}]}) + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "exact   P 1.000  R 1.000  F1 1.000" in out
    assert "overlap P 1.000" in out and "Accuracy@161km 1.000" in out and "AUC" in out


def _tiny_gold(path, n=5):
    rows = []
    for k in range(n):
        text = f"Rockets hit Stepanakert and Baku on day {k}, Jones said."
        rows.append(json.dumps({"doc_id": str(k), "text": text, "toponyms": [
            {"start": 12, "end": 23, "lat": 39.8177, "lon": 46.7528},
            {"start": 28, "end": 32, "lat": 40.37767, "lon": 49.89201}]}))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_train_writes_a_model_that_evaluate_reads(tmp_path, capsys):
    gold = _tiny_gold(tmp_path / "gold.jsonl")
    out = tmp_path / "models" / "m.json"
    assert main(["train", str(gold), "--out", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out and json.loads(out.read_text())["trained_on"] == ["gold.jsonl"]
    assert main(["evaluate", str(gold), "--model", str(out)]) == 0
    assert "exact   P 1.000  R 1.000  F1 1.000" in capsys.readouterr().out
    # a file that is no model is refused with its name, and nothing is scored
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["evaluate", str(gold), "--model", str(broken)]) == 2
    assert "broken.json" in capsys.readouterr().err


def test_evaluate_cross_validates(tmp_path, capsys):
    gold = _tiny_gold(tmp_path / "gold.jsonl")
    assert main(["evaluate", str(gold), "--cross-validate", "5"]) == 0
    out = capsys.readouterr().out
    assert "5-fold cross-validation" in out and "5 documents, 10 gold spans" in out


def test_twenty_megabytes_in_bounded_memory(tmp_path):
    """A 20 MB article streams through in chunks: peak memory stays far below its token count."""
    paragraph = ("Rockets hit Stepanakert and Shusha on Friday, officials in Baku said. " * 20) + "\n"
    path = tmp_path / "big.txt"
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(20 * 1024 * 1024 // len(paragraph)):
            fh.write(paragraph)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = ("import resource, subprocess, sys\n"
            "p = subprocess.run([sys.executable, '-m', 'geo', 'places', sys.argv[1]],"
            " stdout=subprocess.DEVNULL)\n"
            "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout.split()
    returncode, peak_kb = int(out[0]), int(out[1])
    assert returncode == 0
    # The index alone is about 220 MB; all tokens of 20 MB at once would be several GB.
    assert peak_kb < 900 * 1024, f"peak {peak_kb / 1024:.0f} MB"
