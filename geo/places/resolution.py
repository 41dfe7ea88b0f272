"""Toponym resolution: choose among a name's candidates with explicit, scored evidence."""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

import numpy as np
from geopy.distance import EARTH_RADIUS, great_circle

from geo.gazetteer.capitals import seats
from geo.gazetteer.index import KINDS, Gazetteer
from geo.records import Candidate, Entry, Hit, Mention
from geo.text import letters, name_key

MAX_CANDIDATES = 30
# Prominence by kind; a city's comes from its population instead.
KIND_PRIOR = {"country": 5.5, "disputed": 5.5, "continent": 5.0, "admin1": 4.0,
              "admin2": 3.0}
OWN_NAME = 0.5  # the name is the entry's own, not one of its alternates
CAPITAL_PRIOR = KIND_PRIOR["admin1"] + OWN_NAME + 0.05
CAPITAL_POPULATION = 100_000  # a capital this big (not Victoria, Seychelles, against the state)
SAME_COUNTRY = 2.0  # the article names this entry's country, directly or through places
CONTAINER = 4.0  # "Charleston, W.Va.": the next name contains this one
NEARBY = 1.5  # at most, for a candidate at 0 km from another resolved place
NEARBY_KM = 800.0
CITY_REGION_KM = 60.0
# "the Kandahar province", "Kherson region": the region is meant, not its city.
REGION_WORD_AFTER = re.compile(r"\s+(?:region|province|state|oblast|governorate|prefecture|"
                               r"district|county)\b", re.I)
# ... and before it, as Indonesian writes it: "wilayah Donetsk", "provinsi Kherson".
REGION_WORD_BEFORE = re.compile(r"\b(?:wilayah|provinsi|propinsi|oblast|region|negara\s+bagian)\s+$",
                                re.I)
REGION_NAMED = 2.0  # a region's word beside the name: its regions are what is meant
# At most, for a candidate in the first-level region the text's other names point to. Local
# news names its towns without their state ("Paris ... Texas inspectors"): each other name
# votes for the regions its candidates lie in, its vote split among them by how prominent
# each candidate is (a softmax of the priors), so "Texas" votes almost wholly for the state
# and a name shared by a hundred hamlets hardly at all.
REGION = 1.5
REGION_KINDS = frozenset({"city", "admin1", "admin2"})

Region = tuple[str, str]  # (country, first-level division code)

# Per name key, what depends on the index alone is kept in the index's own memos, at most
# this many keys each (a corpus of every town of the world must not grow them forever).
MEMO_KEYS = 50_000


def _capitals(gaz: Gazetteer) -> frozenset[str]:
    """The entry ids of the countries' capitals (memoised on the index)."""
    memo = gaz.memo("resolve.capitals")
    if "ids" not in memo:
        memo["ids"] = frozenset(e.id for code, e in seats(gaz).items() if code.isupper())
    return memo["ids"]


def prior(gaz: Gazetteer, i: int, key: str) -> tuple[float, tuple[str, ...]]:
    """Prominence alone: kind or population, and whether the name is the entry's own."""
    kind = KINDS[gaz.kind[i]]
    if kind == "city":
        score = math.log10(gaz.population[i] + 1) / 2
        why = [f"city of {gaz.population[i]}"]
        if gaz.population[i] >= CAPITAL_POPULATION and gaz.ids[i] in _capitals(gaz):
            # a state's seat is named in the news as often as a first-level region of its name
            # ("Washington needs to act" is the capital, not the state); a region still wins
            # with its own towns named around it
            score = max(score, CAPITAL_PRIOR)
            why.append("national capital")
    else:
        score = KIND_PRIOR[kind]
        why = [kind]
    if key not in gaz.alternate_only and name_key(gaz.names[i]) == key:
        score += OWN_NAME
        why.append("own name")
    return score, tuple(why)


def ranked(gaz: Gazetteer, key: str) -> list[tuple[int, float, tuple[str, ...]]]:
    """The MAX_CANDIDATES most prominent entries of a key, with their priors (memoised)."""
    memo = gaz.memo("resolve.ranked")
    cached = memo.get(key)
    if cached is None:
        scored = [(i, *prior(gaz, i, key)) for i in gaz.lookup_key(key)]
        # equal prominence: the more populous first ("French" is France, not the French
        # Southern Lands; "Dutch" the Netherlands, not the Caribbean Netherlands)
        cached = sorted(scored, key=lambda t: (-t[1], -gaz.population[t[0]]))[:MAX_CANDIDATES]
        if len(memo) > MEMO_KEYS:
            memo.clear()
        memo[key] = cached
    return cached


def km_to_nearest(lats: np.ndarray, lons: np.ndarray, anchors: np.ndarray) -> np.ndarray:
    """Great-circle km (geopy's Earth radius) from each point to its nearest anchor."""
    p, q = np.radians(lats)[:, None], np.radians(lons)[:, None]
    la, lo = np.radians(anchors[:, 0])[None, :], np.radians(anchors[:, 1])[None, :]
    h = np.sin((la - p) / 2) ** 2 + np.cos(p) * np.cos(la) * np.sin((lo - q) / 2) ** 2
    return 2 * EARTH_RADIUS * np.arcsin(np.sqrt(np.minimum(h, 1.0))).min(axis=1)


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


def _country_of(gaz: Gazetteer, hit: Hit) -> str:
    """The one country all of a hit's candidates lie in, or "" (memoised per name)."""
    memo = gaz.memo("resolve.country")
    found = memo.get(hit.key)
    if found is None:
        codes = {gaz.country[e] for e, _, _ in ranked(gaz, hit.key)}
        found = codes.pop() if len(codes) == 1 else ""
        if len(memo) > MEMO_KEYS:
            memo.clear()
        memo[hit.key] = found
    return found


def region_shares(gaz: Gazetteer, key: str) -> dict[Region, float]:
    """A name's vote for the first-level regions of its candidates, split by a softmax of
    their priors (memoised per name); a country's share goes to no region."""
    memo = gaz.memo("resolve.regions")
    found = memo.get(key)
    if found is None:
        rows = ranked(gaz, key)
        top = max((score for _, score, _ in rows), default=0.0)
        weights = [math.exp(score - top) for _, score, _ in rows]
        total = sum(weights)
        found = {}
        for (i, _, _), weight in zip(rows, weights):
            if KINDS[gaz.kind[i]] in REGION_KINDS and gaz.admin1[i]:
                region = (gaz.country[i], gaz.admin1[i])
                found[region] = found.get(region, 0.0) + weight / total
        if len(memo) > MEMO_KEYS:
            memo.clear()
        memo[key] = found
    return found


def region_votes(gaz: Gazetteer, keys: Iterable[str]) -> dict[Region, float]:
    """The votes of a text's distinct names for regions, added up."""
    votes: dict[Region, float] = {}
    for key in set(keys):
        for region, share in region_shares(gaz, key).items():
            votes[region] = votes.get(region, 0.0) + share
    return votes


def _region_vote(gaz: Gazetteer, i: int, key: str, votes: dict[Region, float]) -> float:
    """The other names' vote for candidate i's region (the name's own vote taken out)."""
    region = (gaz.country[i], gaz.admin1[i])
    if not region[1] or KINDS[gaz.kind[i]] not in REGION_KINDS:
        return 0.0
    return votes.get(region, 0.0) - region_shares(gaz, key).get(region, 0.0)


def _region_share(gaz: Gazetteer, i: int, key: str, votes: dict[Region, float]) -> float:
    """How far, at most 1, the other names point to candidate i's region."""
    return min(1.0, _region_vote(gaz, i, key, votes)) if votes else 0.0


def _first_choice(gaz: Gazetteer, hit: Hit, containers: list[int], support: Counter[str],
                  votes: dict[Region, float]) -> int:
    """The best entry index before anchors are known (-1 when there is none)."""
    best, best_score = -1, float("-inf")
    for i, score, _ in ranked(gaz, hit.key):
        score += CONTAINER * (bool(containers) and _contained(gaz, i, containers))
        score += SAME_COUNTRY * (support[gaz.country[i]] > 0)
        score += REGION * _region_share(gaz, i, hit.key, votes)
        if score > best_score:
            best, best_score = i, score
    return best


def score_candidates(gaz: Gazetteer, hit: Hit, containers: list[int], support: Counter[str],
                     anchors: np.ndarray | None, limit: int = 5,
                     votes: dict[Region, float] | None = None,
                     region_named: bool = False) -> list[Candidate]:
    """The `limit` best candidates, each with its score and the evidence that made it;
    `votes` are the text's names' votes for regions (region_votes); `region_named` when the
    text says the name is a region's ("the Kherson region")."""
    rows = ranked(gaz, hit.key)
    kms = None
    if anchors is not None and len(anchors) and rows:
        idx = [i for i, _, _ in rows]
        kms = km_to_nearest(np.frombuffer(gaz.lat)[idx], np.frombuffer(gaz.lon)[idx], anchors)
    scored = []
    for n, (i, score, why) in enumerate(rows):
        inside = bool(containers) and _contained(gaz, i, containers)
        seen = support[gaz.country[i]]
        km = float(kms[n]) if kms is not None else NEARBY_KM
        score += CONTAINER * inside + SAME_COUNTRY * (seen > 0)
        score += NEARBY * max(0.0, 1 - km / NEARBY_KM)
        vote = _region_share(gaz, i, hit.key, votes or {})
        score += REGION * vote + REGION_NAMED * (region_named and KINDS[gaz.kind[i]] == "admin1")
        scored.append((score, n, i, why, inside, seen, km, vote))
    scored.sort(key=lambda t: (-t[0], t[1]))
    best = scored[0] if region_named and scored else _city_of_region(gaz, scored)
    out = []
    for score, _, i, why, inside, seen, km, vote in ([best] if best else []) + [
            t for t in scored if t is not best][:limit - 1]:
        evidence = list(why)
        if inside:
            evidence.append("inside the name that follows")
        if seen:
            evidence.append(f"article names {gaz.country[i]} ({seen}x)")
        if vote > 0:
            evidence.append(f"other names point to {gaz.country[i]}-{gaz.admin1[i]} ({vote:.2f})")
        if km < NEARBY_KM:
            evidence.append(f"{km:.0f} km from another place named")
        if best is not None and i == best[2] and best is not scored[0]:
            evidence.append("city of the region of that name")
        out.append(Candidate(gaz.entry(i), round(score, 3), tuple(evidence)))
    return out


def _same_name(city: str, region: str) -> bool:
    """The city bears the region's own name ("Kandahār", "Zaporizhzhya"; not New York City,
    whose alternate "New York" is the state's name)."""
    return letters(city) == letters(region)


# A town this small, in a country the text never points to while it points to others
# this often, is a look-alike of a place the index lacks (issue #11: report it unresolved).
ASTRAY_POPULATION = 50_000
THEATRE_MENTIONS = 2


def _astray(entry: Entry, support: Counter[str]) -> bool:
    return entry.kind == "city" and entry.population < ASTRAY_POPULATION and \
        support[entry.country] == 0 and sum(support.values()) >= THEATRE_MENTIONS


def _city_of_region(gaz: Gazetteer, scored: list[tuple]) -> tuple | None:
    """A region and a city of one name, the city in it by its own name or close by (Yerevan,
    Baku, Kandahar, Kherson; not New York City for "New York"): the city is meant, as news
    names a region with its word ("Kherson region")."""
    if not scored:
        return None
    top = scored[0]
    i = top[2]
    if KINDS[gaz.kind[i]] != "admin1":
        return top
    for row in scored[1:]:
        c = row[2]
        if KINDS[gaz.kind[c]] == "city" and gaz.country[c] == gaz.country[i] and (
                gaz.admin1[c] == gaz.admin1[i] and _same_name(gaz.names[c], gaz.names[i]) or great_circle(
                    (gaz.lat[c], gaz.lon[c]), (gaz.lat[i], gaz.lon[i])).km <= CITY_REGION_KM):
            return (top[0],) + row[1:]
    return top


def resolve(gaz: Gazetteer, text: str, hits: list[Hit]) -> list[Mention]:
    """One Mention per hit, each with its best candidate, score and evidence.

    Two passes: first each name alone (prominence, the name that contains it, the
    countries the rest of the text names), then again with the first pass's choices for
    the *other* names as nearby anchors.
    """
    countries = [_country_of(gaz, h) for h in hits]
    total = Counter(c for c in countries if c)
    contexts = []
    for k, hit in enumerate(hits):
        support = total.copy()
        if countries[k]:
            support[countries[k]] -= 1
        containers = _containers(gaz, text, hit, hits[k + 1] if k + 1 < len(hits) else None)
        contexts.append((support, containers))
    # The same name in the same setting scores the same: score each (name, container) once.
    # First pass: each name's choice without anchors, from priors and context alone.
    votes = region_votes(gaz, (h.key for h in hits))
    choice: dict[str, tuple[float, float]] = {}
    for hit, (support, containers) in zip(hits, contexts):
        if hit.key not in choice and (
                first := _first_choice(gaz, hit, containers, support, votes)) >= 0:
            choice[hit.key] = (gaz.lat[first], gaz.lon[first])
    final: dict[tuple[str, tuple[int, ...], bool], list[Candidate]] = {}
    out = []
    for hit, (support, containers) in zip(hits, contexts):
        region_named = REGION_WORD_AFTER.match(text, hit.end) is not None or \
            REGION_WORD_BEFORE.search(text, max(0, hit.start - 20), hit.start) is not None
        sig = (hit.key, tuple(containers), region_named)
        if sig not in final:
            others = list({pt for key, pt in choice.items() if key != hit.key})
            anchors = np.array(others) if others and len(hit.entries) > 1 else None
            final[sig] = score_candidates(gaz, hit, containers, support, anchors, limit=1,
                                          votes=votes, region_named=region_named)
        cands = final[sig]
        best = cands[0] if cands else None
        if best is not None and _astray(best.entry, support):
            best = None  # "the Halfaya bridge" in a Sudan story: no Syrian hamlet, unresolved
        out.append(Mention(hit.start, hit.end, text[hit.start:hit.end], hit.role, True,
                           best.entry if best else None, best.score if best else 0.0,
                           best.evidence if best else ()))
    return _place_features(text, out)


# A feature the gazetteer lacks ("Gedung DPR", "Main Street") is placed at the town the text
# puts it in, as ACLED codes a site within a town: the place named right after it in the same
# sentence ("Main Street in Alexandria", "Gedung DPR, Jakarta"), else the last one named before
# it in the same paragraph. Only towns and regions: a country says too little of where.
CONTAINER_KINDS = frozenset({"city", "admin1", "admin2"})
AFTER_CHARS = 80
BEFORE_CHARS = 400
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")


def _place_features(text: str, mentions: list[Mention]) -> list[Mention]:
    towns = [k for k, m in enumerate(mentions) if m.entry is not None and m.role == "place"
             and m.entry.kind in CONTAINER_KINDS]
    if not towns:
        return mentions
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.role != "feature" or m.entry is not None:
            continue
        n = bisect_right(towns, k)  # the towns named after it start here
        after = mentions[towns[n]] if n < len(towns) else None
        before = mentions[towns[n - 1]] if n else None
        if after is not None and after.start - m.end <= AFTER_CHARS and \
                not _SENTENCE_BREAK.search(text, m.end, after.start):
            town, where = after, "after"
        elif before is not None and m.start - before.end <= BEFORE_CHARS and \
                "\n\n" not in text[before.end:m.start]:
            town, where = before, "before"
        else:
            continue
        assert town.entry is not None
        out[k] = replace(m, entry=town.entry, score=0.0, evidence=(
            f"not in the gazetteer: placed at {town.entry.name}, named {where} it in the text",))
    return out
