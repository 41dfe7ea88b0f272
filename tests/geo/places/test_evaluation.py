import json

import pytest

from geo.errors import InputError
from geo.places.evaluation import _prf, auc, evaluate, read_gold


def test_prf():
    assert _prf(0, 0, 0) == (0.0, 0.0, 0.0)
    p, r, f = _prf(3, 4, 6)
    assert (p, r) == (0.75, 0.5) and f == pytest.approx(0.6)


def test_auc_bounds():
    assert auc([0.0, 0.0]) == 0.0
    assert auc([20039.0, 20039.0]) == pytest.approx(1.0, rel=1e-4)
    assert 0 < auc([1.0, 100.0, 1000.0]) < 1


def test_locations_convention_ignores_actors(tmp_path, gaz):
    text = "Pemerintah Indonesia mengirim bantuan ke Gaza ."
    path = tmp_path / "id.jsonl"
    path.write_text(json.dumps({"id": 0, "text": text, "locations": [
        {"type": "LOC", "text": "Gaza", "start": 41, "end": 45}]}) + "\n", encoding="utf-8")
    docs = read_gold(path)
    assert docs[0].mode == "locations"
    scores = evaluate(docs, gaz)
    assert scores.exact == (1.0, 1.0, 1.0)
    assert evaluate(docs, gaz, mode="toponyms").exact[0] == 0.5  # "Indonesia" counts there


def test_bad_gold_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="g.jsonl:1"):
        read_gold(path)


def test_scores_what_places_prints_and_counts_unresolved_names_apart(tmp_path, gaz, capsys):
    from geo.cli import main

    # "Jalan Merdeka Barat" is a street the gazetteer lacks and the text puts in no town: found,
    # but with no coordinates
    text = "Massa berkumpul di Jalan Merdeka Barat .\n\nDi Jakarta , hujan turun ."
    street, city = text.index("Jalan"), text.index("Jakarta")
    doc = {"id": 0, "text": text, "locations": [
        {"type": "LOC", "start": street, "end": street + len("Jalan Merdeka Barat")},
        {"type": "LOC", "start": city, "end": city + len("Jakarta")}]}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    scores = evaluate(read_gold(path), gaz)
    assert main(["places", str(path)]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["start"], r["end"]) for r in printed] == [(city, city + 7)]  # the street is not printed
    assert scores.predicted == 1 and scores.exact == (1.0, 0.5, pytest.approx(2 / 3))
    assert (scores.unresolved, scores.unresolved_exact) == (1, 1)
