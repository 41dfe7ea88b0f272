"""Toponym resolution: choose among a name's candidates with explicit, scored evidence."""
from __future__ import annotations

import math

from geopy.distance import great_circle

from .gazetteer import KINDS, Gazetteer
from .recognize import Hit
from .records import Candidate, Mention
from .text import name_key

MAX_CANDIDATES = 30
KIND_PRIOR = {"country": 4.0, "disputed": 4.0, "continent": 3.5, "admin1": 3.0,
              "admin2": 2.5, "city": 0.0}
SAME_COUNTRY = 1.5
CONTAINER = 4.0  # "Charleston, W.Va.": the next name contains this one
NEARBY = 1.5  # at most, for a candidate within 0 km of another resolved place
NEARBY_KM = 800.0


def prior(gaz: Gazetteer, i: int, key: str) -> tuple[float, list[str]]:
    """Prominence alone: kind, population, and whether the name is the entry's own."""
    kind = KINDS[gaz.kind[i]]
    score = KIND_PRIOR[kind] + math.log10(gaz.population[i] + 1) / 2
    why = [f"{kind} pop {gaz.population[i]}"]
    if name_key(gaz.names[i]) == key:
        score += 0.5
        why.append("primary name")
    return score, why


def _container_of(gaz: Gazetteer, text: str, hit: Hit, nxt: Hit | None) -> list[int]:
    """Entries of the next hit when it follows as "Name, Container"."""
    if nxt is None or text[hit.end:nxt.start] not in (", ", ","):
        return []
    return [e for e in nxt.entries if KINDS[gaz.kind[e]] in ("admin1", "country")]


def _contained(gaz: Gazetteer, i: int, containers: list[int]) -> bool:
    for c in containers:
        if gaz.country[c] == gaz.country[i] and (
                KINDS[gaz.kind[c]] == "country" or gaz.admin1[c] == gaz.admin1[i]):
            return True
    return False


def _countries(gaz: Gazetteer, hits: list[Hit]) -> set[str]:
    """Countries the text names unambiguously, directly or through a unique region."""
    out = set()
    for h in hits:
        codes = {gaz.country[e] for e in h.entries if KINDS[gaz.kind[e]] != "city"}
        if len(codes) == 1 and len(h.entries) <= 2:
            out |= codes
    return out


def score_candidates(gaz: Gazetteer, text: str, hits: list[Hit], k: int,
                     anchors: list[tuple[float, float]]) -> list[Candidate]:
    hit = hits[k]
    nxt = hits[k + 1] if k + 1 < len(hits) else None
    containers = _container_of(gaz, text, hit, nxt)
    countries = _countries(gaz, hits[:k] + hits[k + 1:])
    ranked = sorted(hit.entries, key=lambda i: -prior(gaz, i, hit.key)[0])[:MAX_CANDIDATES]
    out = []
    for i in ranked:
        score, why = prior(gaz, i, hit.key)
        if containers and _contained(gaz, i, containers):
            score += CONTAINER
            why.append("inside the name that follows")
        if gaz.country[i] in countries:
            score += SAME_COUNTRY
            why.append(f"article names {gaz.country[i]}")
        if anchors:
            km = min(great_circle((gaz.lat[i], gaz.lon[i]), a).km for a in anchors)
            if km < NEARBY_KM:
                score += NEARBY * (1 - km / NEARBY_KM)
                why.append(f"{km:.0f} km from another place named")
        out.append(Candidate(gaz.entry(i), round(score, 3), tuple(why)))
    return sorted(out, key=lambda c: -c.score)


def resolve(gaz: Gazetteer, text: str, hits: list[Hit],
            is_reporting=lambda start, end: True) -> list[Mention]:
    """One Mention per hit, each with its best candidate, score and evidence."""
    first = [score_candidates(gaz, text, hits, k, []) for k in range(len(hits))]
    out = []
    for k, hit in enumerate(hits):
        anchors = [(c[0].entry.lat, c[0].entry.lon) for j, c in enumerate(first)
                   if c and hits[j].key != hit.key and c[0].entry.kind not in ("country", "continent")]
        cands = score_candidates(gaz, text, hits, k, anchors) if len(hit.entries) > 1 else first[k]
        best = cands[0] if cands else None
        out.append(Mention(hit.start, hit.end, text[hit.start:hit.end], hit.role,
                           is_reporting(hit.start, hit.end),
                           best.entry if best else None, best.score if best else 0.0,
                           best.evidence if best else ()))
    return out
