"""Toponym resolution: choose among a name's candidates with explicit, scored evidence."""
from __future__ import annotations

import math
from collections import Counter

from geopy.distance import great_circle

from .gazetteer import KINDS, Gazetteer
from .records import Candidate, Hit, Mention

MAX_CANDIDATES = 30
# Prominence by kind; a city's comes from its population instead.
KIND_PRIOR = {"country": 5.5, "disputed": 5.5, "continent": 5.0, "admin1": 4.0,
              "admin2": 3.0}
OWN_NAME = 0.5  # the name is the entry's own, not one of its alternates
SAME_COUNTRY = 2.0  # the article names this entry's country, directly or through places
CONTAINER = 4.0  # "Charleston, W.Va.": the next name contains this one
NEARBY = 1.5  # at most, for a candidate at 0 km from another resolved place
NEARBY_KM = 800.0
CITY_REGION_KM = 60.0


def prior(gaz: Gazetteer, i: int, key: str) -> tuple[float, list[str]]:
    """Prominence alone: kind or population, and whether the name is the entry's own."""
    kind = KINDS[gaz.kind[i]]
    if kind == "city":
        score = math.log10(gaz.population[i] + 1) / 2
        why = [f"city of {gaz.population[i]}"]
    else:
        score = KIND_PRIOR[kind]
        why = [kind]
    if key not in gaz.alternate_only and _own_name(gaz, i, key):
        score += OWN_NAME
        why.append("own name")
    return score, why


def _own_name(gaz: Gazetteer, i: int, key: str) -> bool:
    from .text import name_key

    return name_key(gaz.names[i]) == key


def _containers(gaz: Gazetteer, text: str, hit: Hit, nxt: Hit | None) -> list[int]:
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


def country_support(gaz: Gazetteer, hits: list[Hit]) -> Counter[str]:
    """How many mentions point to each country without doubt (all candidates agree)."""
    out: Counter[str] = Counter()
    for h in hits:
        codes = {gaz.country[e] for e in h.entries[:MAX_CANDIDATES]}
        if len(codes) == 1 and "" not in codes:
            out[codes.pop()] += 1
    return out


def score_candidates(gaz: Gazetteer, text: str, hits: list[Hit], k: int,
                     support: Counter[str], anchors: list[tuple[float, float]]) -> list[Candidate]:
    hit = hits[k]
    nxt = hits[k + 1] if k + 1 < len(hits) else None
    containers = _containers(gaz, text, hit, nxt)
    ranked = sorted(hit.entries, key=lambda i: -prior(gaz, i, hit.key)[0])[:MAX_CANDIDATES]
    out = []
    for i in ranked:
        score, why = prior(gaz, i, hit.key)
        if containers and _contained(gaz, i, containers):
            score += CONTAINER
            why.append("inside the name that follows")
        if support[gaz.country[i]]:
            score += SAME_COUNTRY
            why.append(f"article names {gaz.country[i]} ({support[gaz.country[i]]}x)")
        if anchors:
            km = min(great_circle((gaz.lat[i], gaz.lon[i]), a).km for a in anchors)
            if km < NEARBY_KM:
                score += NEARBY * (1 - km / NEARBY_KM)
                why.append(f"{km:.0f} km from another place named")
        out.append(Candidate(gaz.entry(i), round(score, 3), tuple(why)))
    return sorted(out, key=lambda c: -c.score)


def _city_of_region(cands: list[Candidate]) -> Candidate | None:
    """A region and a city of one name close together (Yerevan, Baku): the city is meant."""
    if not cands:
        return None
    best = cands[0]
    if best.entry.kind != "admin1":
        return best
    for c in cands[1:]:
        if c.entry.kind == "city" and c.entry.country == best.entry.country and great_circle(
                (c.entry.lat, c.entry.lon), (best.entry.lat, best.entry.lon)).km <= CITY_REGION_KM:
            return Candidate(c.entry, best.score, c.evidence + ("city of the region of that name",))
    return best


def resolve(gaz: Gazetteer, text: str, hits: list[Hit]) -> list[Mention]:
    """One Mention per hit, each with its best candidate, score and evidence.

    Two passes: first each name alone (prominence and the countries the text names), then
    again with the first pass's choices for the *other* names as nearby anchors.
    """
    out = []
    first = []
    for k, hit in enumerate(hits):
        support = country_support(gaz, hits[:k] + hits[k + 1:])
        first.append((support, score_candidates(gaz, text, hits, k, support, [])))
    for k, hit in enumerate(hits):
        support, cands = first[k]
        if len(cands) > 1:
            anchors = [(c[0].entry.lat, c[0].entry.lon) for j, (_, c) in enumerate(first)
                       if c and hits[j].key != hit.key]
            cands = score_candidates(gaz, text, hits, k, support, anchors)
        best = _city_of_region(cands)
        out.append(Mention(hit.start, hit.end, text[hit.start:hit.end], hit.role, True,
                           best.entry if best else None, best.score if best else 0.0,
                           best.evidence if best else ()))
    return out
