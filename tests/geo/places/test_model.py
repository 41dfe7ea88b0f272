"""The trained candidate model: fitting, saving, reading, labelling and cross-validation."""
import json

import pytest

from geo.config import PLACES_MODEL
from geo.errors import InputError
from geo.places.evaluation import GoldDoc, combine, evaluate
from geo.places.model import MODEL_FORMAT, Linear, Model, default_model, fit, read_model
from geo.places.training import cross_validate, folds, label, train


def test_fit_learns_which_features_mean_a_place():
    rows = [(("said-before", "x"), 0)] * 20 + [(("in-before", "x"), 1)] * 20
    linear = fit(rows)
    assert linear.weights["in-before"] > 0 > linear.weights["said-before"]
    assert linear.keep(("in-before", "x")) and not linear.keep(("said-before", "x"))
    assert fit(rows) == linear  # deterministic: the same rows give the same model


def test_fit_refuses_nothing_to_learn_from():
    with pytest.raises(InputError, match="no training candidates"):
        fit([])


def test_a_saved_model_reads_back_the_same(tmp_path):
    model = Model(Linear({"a": 1.25, "b": -0.5}, 0.1), Linear({"c": 2.0}, -1.0, 0.0), ("x.jsonl",))
    path = tmp_path / "m.json"
    path.write_text(model.to_json(), encoding="utf-8")
    assert read_model(path) == model


@pytest.mark.parametrize("content, message", [
    ("{not json", "not a places model"),
    (json.dumps({"format": MODEL_FORMAT + 1}), "python -m geo train"),
    (json.dumps({"format": MODEL_FORMAT, "toponym": {"bias": 0}}), "not a places model"),
])
def test_a_broken_model_file_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "m.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_model(path)


def test_the_committed_model_is_small_and_names_what_it_learnt_from():
    model = default_model()
    assert PLACES_MODEL.stat().st_size < 1_000_000
    assert set(model.trained_on) == {"idner2k_train.jsonl", "nergrit_train.jsonl", "lgl.jsonl"}
    assert model.location is not None and len(model.toponym.weights) > 1000


def doc(text, spans, mode="toponyms", lang="en"):
    starts = [(text.index(s), text.index(s) + len(s)) for s in spans]
    return GoldDoc("d", text, lang, tuple((a, b, None, None) for a, b in starts), mode)


def test_candidates_are_labelled_by_the_gold_spans(gaz):
    gold = doc("Jones said floods hit Paris and Lyon.", ["Paris", "Lyon"])
    labels = {gold.text[p[0]:p[1]]: y for p, y in
              zip([(r.start, r.end) for r in _hits(gold, gaz)], [y for _, y in label(gold, gaz).rows])}
    assert labels["Paris"] == 1 and labels["Lyon"] == 1
    assert labels["Jones"] == 0  # a candidate no gold span marks is no place


def _hits(gold, gaz):
    from geo.places.recognition import propose

    return [p.hit for p in propose(gold.text, gaz, gold.lang)]


def test_a_state_named_as_actor_teaches_nothing_where_the_corpus_leaves_it_unmarked(gaz):
    # idner-news-2k marks "Jakarta" as LOC, not "Rusia" named for its government
    gold = doc("Rusia siap membantu warga di Jakarta .", ["Jakarta"], "locations", "id")
    labelled = label(gold, gaz)
    rows = dict(zip([gold.text[h.start:h.end] for h in _hits(gold, gaz)], labelled.rows))
    assert rows["Jakarta"][1] == 1 and rows["Rusia"][1] is None
    # ... but it teaches the location model that "Rusia" there is no location
    assert [y for _, y in labelled.locations] == [0, 1]


def test_folds_cover_every_document_once():
    blocks = folds(13, 5)
    assert sorted(i for b in blocks for i in b) == list(range(13)) and len(blocks) == 5


def test_cross_validation_adds_up_to_one_evaluation_per_fold(gaz):
    docs = [doc(f"Floods hit Paris on day {k}.", ["Paris"]) for k in range(5)]
    labelled = [label(d, gaz) for d in docs]
    extra = [label(doc("Jones met Smith in Lyon.", ["Lyon"]), gaz)]
    scores = cross_validate(labelled, extra, gaz, k=5)
    assert (scores.docs, scores.gold) == (5, 5)
    # each document is scored by a model trained on the others (and the extra) only
    by_hand = combine([evaluate([d], gaz, model=train(labelled[:k] + labelled[k + 1:] + extra))
                       for k, d in enumerate(docs)])
    assert scores == by_hand
