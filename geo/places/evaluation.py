"""Scores the geoparser against a gold corpus: recognition P/R/F1, resolution accuracy."""
from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from geopy.distance import great_circle

from geo.errors import InputError
from geo.fileio import json_lines
from geo.gazetteer.index import Gazetteer
from geo.places.mentions import find_places
from geo.places.model import Model
from geo.records import PLACE_ROLES

ACCURACY_KM = 161  # Accuracy@161 km (100 miles), the field's usual threshold
MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the largest possible error


# What a corpus counts as a place name. LGL annotates every toponym, also inside an
# organisation's name and as an adjective ("Alexandria Police", "Russian"); an NER corpus
# such as idner-news-2k tags LOC only where a place is meant as a location ("di Jakarta"),
# not a state acting ("pemerintah Indonesia") nor a name inside an ORG ("Bank Indonesia").
# NERGrit's PLACE marks places as locations and also countries acting as states.
MODES = {"toponyms": frozenset({"place", "actor", "demonym", "org", "feature"}),
         "locations": PLACE_ROLES, "states": PLACE_ROLES | {"actor"}}


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    text: str
    lang: str | None
    spans: tuple[tuple[int, int, float | None, float | None], ...]
    mode: str  # a key of MODES: the corpus's annotation convention


@dataclass(frozen=True, slots=True)
class Scores:
    docs: int
    gold: int
    predicted: int
    exact: tuple[float, float, float]
    overlap: tuple[float, float, float]
    resolved: int
    acc161: float | None
    mean_km: float | None
    median_km: float | None
    auc: float | None
    unresolved: int = 0  # mentions with no coordinates: `places` does not print them
    unresolved_exact: int = 0  # how many of those have exactly a gold span
    # the counts behind the rates, so that scores of parts (folds) add up
    matched: tuple[int, int] = (0, 0)  # exact, overlapping
    errors_km: tuple[float, ...] = ()


def read_gold(path: Path) -> list[GoldDoc]:
    """LGL-style ("toponyms" with lat/lon) or idner-style ("locations") JSON lines; a file
    whose spans are typed PLACE (NERGrit) follows the "states" convention throughout."""
    docs = []
    states = False
    for line in json_lines(Path(path)):
        if line.value is None:
            raise InputError(f"{line.origin}: not a gold document ({line.problem})")
        d = line.value
        try:
            if "toponyms" in d:
                spans = tuple((t["start"], t["end"], t.get("lat"), t.get("lon"))
                              for t in d["toponyms"])
                lang, mode = d.get("lang", "en"), "toponyms"
            else:
                spans = tuple((t["start"], t["end"], None, None) for t in d["locations"])
                states = states or any(t.get("type") == "PLACE" for t in d["locations"])
                lang, mode = d.get("lang", "id"), "locations"
            docs.append(GoldDoc(str(d.get("doc_id", d.get("id", line.number))), d["text"], lang,
                                spans, mode))
        except (KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{line.origin}: not a gold document ({exc!r})") from None
    if states:
        docs = [replace(d, mode="states") if d.mode == "locations" else d for d in docs]
    return docs


def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def auc(errors_km: Iterable[float]) -> float:
    """Area under the curve of sorted log errors, scaled to [0, 1] (Gritta et al. 2019)."""
    logs = sorted(math.log(1 + e) for e in errors_km)
    if len(logs) < 2:
        return logs[0] / math.log(MAX_ERROR_KM) if logs else 0.0
    area = sum((a + b) / 2 for a, b in zip(logs, logs[1:]))
    return area / (math.log(MAX_ERROR_KM) * (len(logs) - 1))


def match(gold: Sequence[tuple[int, int, float | None, float | None]],
          predicted: Sequence[tuple[int, int]]) -> tuple[int, list[tuple[int, int]]]:
    """Exact matches, and (gold index, predicted index) pairs of overlapping spans, each
    predicted span used once."""
    as_set = set(predicted)
    exact = sum((s, e) in as_set for s, e, _, _ in gold)
    used: set[int] = set()
    pairs = []
    for g, (s, e, _, _) in enumerate(gold):
        k = next((k for k, (ps, pe) in enumerate(predicted) if k not in used and ps < e and s < pe),
                 None)
        if k is not None:
            used.add(k)
            pairs.append((g, k))
    return exact, pairs


def recognition_scores(docs: list[GoldDoc], spans: Callable[[GoldDoc], list[tuple[int, int]]]
                ) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """(exact, overlap) P/R/F1 of any recogniser's spans: the same scoring as `evaluate`."""
    gold_n = pred_n = tp_exact = tp_overlap = 0
    for doc in docs:
        predicted = spans(doc)
        exact, pairs = match(doc.spans, predicted)
        gold_n, pred_n = gold_n + len(doc.spans), pred_n + len(predicted)
        tp_exact, tp_overlap = tp_exact + exact, tp_overlap + len(pairs)
    return _prf(tp_exact, pred_n, gold_n), _prf(tp_overlap, pred_n, gold_n)


def evaluate(docs: list[GoldDoc], gaz: Gazetteer, mode: str | None = None,
             model: Model | None = None) -> Scores:
    """Scores over all docs of exactly what `python -m geo places` prints and the map draws:
    the resolved mentions. Those with no coordinates (a street the gazetteer lacks) are
    counted apart. `mode` overrides each corpus's own convention (see MODES); `model` the
    committed candidate model."""
    gold_n = pred_n = tp_exact = tp_overlap = unresolved = unresolved_exact = 0
    errors: list[float] = []
    for doc in docs:
        roles = MODES[mode or doc.mode]
        found = [m for m in find_places(doc.text, gaz, doc.lang, model=model) if m.role in roles]
        mentions = [m for m in found if m.entry is not None]
        lost = [(m.start, m.end) for m in found if m.entry is None]
        unresolved += len(lost)
        unresolved_exact += len({(s, e) for s, e, _, _ in doc.spans} & set(lost))
        exact, pairs = match(doc.spans, [(m.start, m.end) for m in mentions])
        pred_n += len(mentions)
        gold_n += len(doc.spans)
        tp_exact += exact
        tp_overlap += len(pairs)
        for g, k in pairs:
            _, _, lat, lon = doc.spans[g]
            entry = mentions[k].entry
            if lat is not None and lon is not None and entry is not None:
                errors.append(great_circle((lat, lon), (entry.lat, entry.lon)).km)
    return _scores(len(docs), gold_n, pred_n, tp_exact, tp_overlap, errors, unresolved,
                   unresolved_exact)


def _scores(docs: int, gold_n: int, pred_n: int, tp_exact: int, tp_overlap: int,
            errors: list[float], unresolved: int, unresolved_exact: int) -> Scores:
    return Scores(docs, gold_n, pred_n, _prf(tp_exact, pred_n, gold_n),
                  _prf(tp_overlap, pred_n, gold_n), len(errors),
                  sum(e <= ACCURACY_KM for e in errors) / len(errors) if errors else None,
                  statistics.fmean(errors) if errors else None,
                  statistics.median(errors) if errors else None,
                  auc(errors) if errors else None, unresolved, unresolved_exact,
                  (tp_exact, tp_overlap), tuple(errors))


def combine(parts: Sequence[Scores]) -> Scores:
    """The scores of all parts' documents together, as if evaluated at once."""
    return _scores(sum(p.docs for p in parts), sum(p.gold for p in parts),
                   sum(p.predicted for p in parts), sum(p.matched[0] for p in parts),
                   sum(p.matched[1] for p in parts), [e for p in parts for e in p.errors_km],
                   sum(p.unresolved for p in parts), sum(p.unresolved_exact for p in parts))


def report(name: str, s: Scores, mode: str) -> str:
    lines = [f"corpus {name} ({mode}): {s.docs} documents, {s.gold} gold spans, "
             f"{s.predicted} predicted",
             "recognition  exact   P {:.3f}  R {:.3f}  F1 {:.3f}".format(*s.exact),
             "recognition  overlap P {:.3f}  R {:.3f}  F1 {:.3f}".format(*s.overlap)]
    if s.acc161 is None:
        lines.append("resolution   (no gold coordinates)")
    else:
        lines.append(f"resolution   {s.resolved} recognised gold toponyms with coordinates: "
                     f"Accuracy@161km {s.acc161:.3f}  mean {s.mean_km:.1f} km  "
                     f"median {s.median_km:.1f} km  AUC {s.auc:.3f}")
    lines.append(f"unresolved   {s.unresolved} mentions with no coordinates (not printed by places, "
                 f"not drawn, not scored above); {s.unresolved_exact} of them are a gold span exactly")
    return "\n".join(lines)
