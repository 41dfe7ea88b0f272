"""Training the candidate model on gold corpora, and scoring it by cross-validation.

Each candidate `propose` finds in a gold document is labelled by the gold spans: a place when
a gold span is exactly it (or "Kota X" around it, which recognition widens it to), not one
when it meets no gold span or only crosses one. Corpora of the "locations" convention
(idner-news-2k, NERGrit) leave out places named as a state or inside an organisation's name;
there an unmatched candidate the rules call an actor, an organisation or a demonym says
nothing about whether it is a place name, so it is not used; nor an unmatched country or
city of millions, which such corpora leave unmarked where it stands for its government.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from geo.gazetteer.index import Gazetteer
from geo.places.evaluation import MODES, GoldDoc, Scores, combine, evaluate
from geo.places.model import Model, fit
from geo.places.recognition import Proposal, prominent, propose
from geo.places.streets import ADMIN_HEADS
from geo.text import tokenize

FOLDS = 5


@dataclass(frozen=True, slots=True)
class Labelled:
    """One gold document's candidates with their labels (None: not used for training)."""

    doc: GoldDoc
    rows: tuple[tuple[tuple[str, ...], int | None], ...]  # is it a place name
    locations: tuple[tuple[tuple[str, ...], int], ...] = ()  # named as a location or a state


def _label(doc: GoldDoc, gaz: Gazetteer, p: Proposal, gold: list[tuple[int, int]]) -> int | None:
    s, e = p.hit.start, p.hit.end
    for gs, ge in gold:
        if (gs, ge) == (s, e):
            return 1
        if gs <= s and e <= ge:
            head = tokenize(doc.text[gs:s])
            # "Kota Medan" around "Medan": recognition widens the name to its head word
            return 1 if e == ge and len(head) == 1 and head[0].key in ADMIN_HEADS else None
        if gs < e and s < ge:
            return 0
    if doc.mode != "toponyms" and (p.hit.role not in MODES[doc.mode] or prominent(gaz, p.hit.key)):
        return None
    return 0


def _location(doc: GoldDoc, gaz: Gazetteer, p: Proposal, gold: list[tuple[int, int]]
              ) -> int | None:
    """idner-news-2k marks a country or a big city as LOC where it is a location, and leaves
    it unmarked where it stands for its government: 1, 0, or None (not such a name)."""
    if doc.mode != "locations" or doc.lang != "id" or p.hit.role not in ("place", "actor") \
            or not prominent(gaz, p.hit.key):
        return None
    if (p.hit.start, p.hit.end) in gold:
        return 1
    return None if any(gs < p.hit.end and p.hit.start < ge for gs, ge in gold) else 0


def label(doc: GoldDoc, gaz: Gazetteer) -> Labelled:
    gold = [(s, e) for s, e, _, _ in doc.spans]
    proposals = propose(doc.text, gaz, doc.lang)
    rows = tuple((p.features, _label(doc, gaz, p, gold)) for p in proposals)
    locations = tuple((p.features, y) for p in proposals
                      if (y := _location(doc, gaz, p, gold)) is not None)
    return Labelled(doc, rows, locations)


def train(labelled: Sequence[Labelled], names: Sequence[str] = ()) -> Model:
    """The models fitted to every usable candidate of `labelled`."""
    rows = [(f, y) for item in labelled for f, y in item.rows if y is not None]
    locations = [row for item in labelled for row in item.locations]
    return Model(fit(rows), fit(locations, threshold=0.0) if locations else None, tuple(names))


def folds(n: int, k: int = FOLDS) -> list[list[int]]:
    """k contiguous blocks of document indices 0..n-1 (deterministic, about equal)."""
    return [[i for i in range(n) if i * k // n == f] for f in range(k)]


def cross_validate(scored: Sequence[Labelled], extra: Sequence[Labelled], gaz: Gazetteer,
                   mode: str | None = None, k: int = FOLDS) -> Scores:
    """`evaluate`'s scores of `scored`, each fold by a model trained on the other folds plus
    `extra`: no document is scored by a model that saw it."""
    parts = []
    for block in folds(len(scored), k):
        held = set(block)
        model = train([x for i, x in enumerate(scored) if i not in held] + list(extra))
        parts.append(evaluate([scored[i].doc for i in block], gaz, mode, model))
    return combine(parts)
