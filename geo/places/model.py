"""The trained half of recognition: a linear model that keeps or drops each candidate name.

The rules in `recognition` propose candidates (gazetteer names at capitalised words, feature
names with a head word) and describe each by a handful of string features: the name, what the
gazetteer knows of it, its neighbours, and what the rules would have decided. A logistic
regression over those features, trained on gold corpora, says whether the candidate is a
place name. Weights are a plain JSON file: scoring is a sum of dictionary lookups, so the model
costs microseconds per candidate and needs nothing beyond the standard library at run time.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np

from geo.config import PLACES_MODEL
from geo.errors import InputError

MODEL_FORMAT = 2
# Training: L2 strength, Adam steps and step size; weights below PRUNE are not stored. L2 was
# chosen by 5-fold cross-validation on the training corpora (F1 at 1e-3 / 2e-4 / 5e-5 / 2e-5 /
# 1e-5: LGL 0.816 / 0.827 / 0.831 / 0.834 / 0.833; idner-news-2k train 0.698 at 2e-4, 0.707 at
# 2e-5; NERGrit train 0.563, 0.566).
L2 = 2e-5
STEPS = 400
RATE = 0.05
PRUNE = 1e-3
# A candidate is kept above these log-odds: below even odds, because a missed place costs
# recall as much as a wrong one costs precision and the rules already filter the worst
# candidates. Chosen by 5-fold cross-validation on LGL (F1 0.826 at 0, 0.831 at -0.5, 0.824
# at -1), the training corpora only.
THRESHOLD = -0.5
# The hand-written rules were made for news articles, the corpora the model learns from are
# mostly local news and Wikipedia sentences: a candidate the rules accept is dropped only
# below THRESHOLD - RULE_MARGIN ("Moskow telah berjanji" opens a sentence, which the corpora
# teach is a poor sign). It costs LGL 0.003 F1 by cross-validation (0.826 -> 0.823).
RULE_MARGIN = 0.5


@dataclass(frozen=True, slots=True)
class Linear:
    """Feature weights of a logistic regression; `keep` when the log-odds pass `threshold`."""

    weights: dict[str, float]
    bias: float
    threshold: float = THRESHOLD

    def log_odds(self, features: Sequence[str]) -> float:
        return self.bias + sum(map(self.weights.get, features, repeat(0.0)))

    def keep(self, features: Sequence[str]) -> bool:
        return self.log_odds(features) > self.threshold

    def as_dict(self) -> dict[str, Any]:
        weights = {f: round(w, 4) for f, w in sorted(self.weights.items()) if abs(w) >= PRUNE}
        return {"bias": round(self.bias, 4), "threshold": self.threshold, "weights": weights}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Linear:
        return cls({str(k): float(v) for k, v in d["weights"].items()}, float(d["bias"]),
                   float(d.get("threshold", THRESHOLD)))


@dataclass(frozen=True, slots=True)
class Model:
    """The two decisions recognition learns.

    `toponym`: is this candidate a place's name at all (not a person's, not a word)?
    `location`: for a country or a city of millions in Indonesian news, is it named as a
    location ("di Rusia") rather than for the state or government it stands for ("Rusia siap
    membantu")? Learnt from idner-news-2k, whose LOC marks only the first; None: rules decide.
    """

    toponym: Linear
    location: Linear | None = None
    trained_on: tuple[str, ...] = ()

    def keep(self, features: Sequence[str], rule: bool = False) -> bool:
        """Whether a candidate is a place name; one the rules accept needs RULE_MARGIN less."""
        return self.toponym.log_odds(features) > self.toponym.threshold - RULE_MARGIN * rule

    def as_location(self, features: Sequence[str]) -> bool | None:
        """True or False by the location model; None where there is none."""
        return None if self.location is None else self.location.keep(features)

    def to_json(self) -> str:
        return json.dumps({"format": MODEL_FORMAT, "trained_on": list(self.trained_on),
                           "toponym": self.toponym.as_dict(),
                           "location": self.location.as_dict() if self.location else None},
                          ensure_ascii=False, indent=0)


def read_model(path: Path) -> Model:
    """The model saved at `path`; a clear InputError when it is not one."""
    try:
        d = json.loads(Path(path).read_text(encoding="utf-8"))
        if d.get("format") != MODEL_FORMAT:
            raise InputError(f"{path}: model format {d.get('format')!r}, expected {MODEL_FORMAT}; "
                             "rebuild it with `python -m geo train`")
        location = Linear.from_dict(d["location"]) if d.get("location") else None
        return Model(Linear.from_dict(d["toponym"]), location, tuple(d.get("trained_on", ())))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: not a places model ({exc})") from None


@lru_cache(maxsize=1)
def default_model() -> Model:
    """The committed model (data/models/places.json), read once."""
    return read_model(PLACES_MODEL)


def fit(rows: Sequence[tuple[Sequence[str], int]], l2: float = L2, steps: int = STEPS,
        threshold: float = THRESHOLD) -> Linear:
    """A logistic regression of the labels (1 place, 0 not) on the features, by Adam.

    Full-batch and deterministic: the same rows always give the same model.
    """
    if not rows:
        raise InputError("no training candidates: are the gold files empty?")
    index: dict[str, int] = {}
    indices: list[int] = []
    lengths: list[int] = []
    for features, _ in rows:
        ids = {index.setdefault(f, len(index)) for f in features}
        if not ids:
            raise InputError("a training candidate has no features")
        indices.extend(sorted(ids))
        lengths.append(len(ids))
    cols = np.array(indices, dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    counts = np.array(lengths, dtype=np.int64)
    y = np.array([label for _, label in rows], dtype=np.float64)
    n, dims = len(rows), len(index)
    w = np.zeros(dims + 1)  # the last one is the bias
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, steps + 1):
        gathered = w[cols]
        z = w[-1] + np.add.reduceat(gathered, starts)
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        resid = p - y
        grad = np.zeros_like(w)
        grad[:dims] = np.bincount(cols, weights=np.repeat(resid, counts), minlength=dims) / n
        grad[:dims] += l2 * w[:dims]
        grad[-1] = resid.mean()
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    names = list(index)
    return Linear({names[k]: float(w[k]) for k in range(dims)}, float(w[-1]), threshold)
