"""Named features the gazetteer lacks: streets, rivers, buildings ("Main Street", "Gedung DPR")."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from geo.records import Hit
from geo.text import Token, is_capitalised, is_function_word, joined_by, name_key

# English: the feature word closes the name ("Wichita Drive", "Neches River").
EN_TAILS = frozenset("""street st road rd avenue ave drive dr boulevard blvd lane ln creek
river lake park island parkway trail square bay""".split())
# Indonesian: the head word opens the name ("Jalan Merdeka Barat", "Gedung DPR").
ID_HEADS = frozenset("""jalan jl gedung istana hotel pasar bandara pelabuhan kompleks komplek
masjid stasiun tugu monumen lapangan taman pantai gunung sungai danau pulau kepulauan selat
teluk jalur dataran kabupaten kota provinsi propinsi kecamatan desa kelurahan prefektur dusun
kampung distrik museum stadion gereja terminal rs rsud""".split())
# Heads of two words: "Rumah Sakit Indonesia", "Bandar Udara Sentani" ("Bandar" alone opens
# town names: Bandar Lampung).
PAIRED_HEADS = {"rumah": "sakit", "bandar": "udara"}
# Heads that name an administrative unit: "Kota Medan" is Medan itself.
ADMIN_HEADS = frozenset("kabupaten kota provinsi propinsi kecamatan desa kelurahan prefektur dusun "
                         "kampung distrik".split())
# Units whose name is written with its head word even in lower case ("warga desa Sukamaju",
# "di kecamatan Cibeber" name the village and the district, head and all), unlike "kota" and
# "provinsi", which in running text mostly only say what kind of place follows ("kota Bandung").
UNIT_HEADS = frozenset("desa kelurahan kecamatan dusun kabupaten".split())
# Sites named after the town they serve: "Bandara Kidal", "Pelabuhan Sorong", "RSUD Wamena".
SITE_HEADS = frozenset("""bandara pelabuhan stasiun terminal rs rsud stadion rumah sakit
bandar udara""".split()) | {"rumah sakit", "bandar udara"}
CONTAINER_AFTER = re.compile(r",\s*[A-Z]")
NUMBER_WORDS = frozenset("no nomor nr km".split())
_NAME_JOIN = (" ", "/", "-", " - ")


def _en_feature(text: str, tokens: list[Token], k: int) -> Hit | None:
    tail = tokens[k]
    first = k
    while first > 0 and k - first < 3:
        prev = tokens[first - 1]
        if not is_capitalised(prev.text) or is_function_word(prev.key) or \
                not joined_by(text, prev, tokens[first], (" ",)):
            break
        first -= 1
    if first == k:
        return None
    end = tail.end + (1 if text[tail.end:tail.end + 1] == "." and len(tail.key) <= 3 else 0)
    return Hit(tokens[first].start, end, "", (), "feature", False, False)


def _id_feature(text: str, tokens: list[Token], k: int, place_starts: set[int]) -> Hit | None:
    head_end = last = k + (tokens[k].key in PAIRED_HEADS)
    while last + 1 < len(tokens) and last - head_end < 4:
        nxt = tokens[last + 1]
        if not is_capitalised(nxt.text) or not joined_by(text, tokens[last], nxt, _NAME_JOIN):
            break
        if nxt.key in NUMBER_WORDS or (last > head_end and nxt.start in place_starts):
            break  # "Jalan Asia No 1"; "Taman Tiananmen Beijing" is a park in a city
        last += 1
    if last == head_end:
        return None
    head = " ".join(t.key for t in tokens[k:head_end + 1])
    return Hit(tokens[k].start, tokens[last].end, head, (), "feature", False, False)


def find_features(text: str, tokens: list[Token], lang: str | None,
                  places: list[Hit], caps: list[int]) -> list[Hit]:
    """Feature names in text order; `places` (gazetteer hits) end an Indonesian name.

    `caps` holds the indices of the capitalised tokens, where English names end.
    """
    place_starts = {p.start for p in places}
    starts = [k for k in caps if tokens[k].key in EN_TAILS] if lang != "id" else []
    if lang != "en":
        starts = sorted(set(starts) | {k for k, t in enumerate(tokens) if t.key in ID_HEADS or (
            t.key in PAIRED_HEADS and k + 1 < len(tokens)
            and tokens[k + 1].key == PAIRED_HEADS[t.key])})
    out: list[Hit] = []
    for k in starts:
        tok = tokens[k]
        hit = None
        if lang != "id" and tok.key in EN_TAILS and is_capitalised(tok.text):
            hit = _en_feature(text, tokens, k)
        # "kota Jakarta" is Jakarta; "hotel Oranje" and "Kota Medan" are names of their own.
        if hit is None and lang != "en" and (tok.key in ID_HEADS or tok.key in PAIRED_HEADS) and (
                is_capitalised(tok.text) or tok.key not in ADMIN_HEADS or tok.key in UNIT_HEADS):
            hit = _id_feature(text, tokens, k, place_starts)
        if hit is not None and (not out or hit.start >= out[-1].end):
            out.append(hit)
    return out


def merge(places: list[Hit], features: list[Hit], text: str,
          towns: Callable[[str], tuple[int, ...]] | None = None) -> list[Hit]:
    """Places and features in text order; a feature absorbs the places inside it.

    "Kota Medan" stays the place Medan, its span widened; "Pasar Sentral Kota Medan"
    becomes a feature whose candidates are Medan's; "Jalan Surabaya" and "Wichita Drive" are
    named after a place and get no candidates of their own; in "pasar Mogadishu", its head in
    lower case, no building is named but the town is (its market is in it). `towns` (a key's
    city entries, none if it names no town) places a site named after its town ("Bandara
    Kidal").
    """
    out: list[Hit] = []
    pi = 0
    for f in features:
        inside = []
        crossed = False
        while pi < len(places) and places[pi].start < f.end:
            p = places[pi]
            pi += 1
            if p.end <= f.start:
                out.append(p)
            elif p.start >= f.start and p.end <= f.end:
                inside.append(p)
            else:
                out.append(p)  # overlapping a feature's edge: the gazetteer name wins
                crossed = True
                break
        if crossed:
            continue
        head_only = f.key in ADMIN_HEADS and len(inside) == 1 and inside[0].end == f.end
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (f.start, f.end):
            out.append(inside[0])  # the whole name is the gazetteer's: "Jalur Gaza", the Gaza Strip
        elif head_only:
            out.append(replace(inside[0], start=f.start))
        elif len(inside) == 1 and text[f.start:f.start + 1].islower() and \
                inside[0].start == f.start + len(f.key) + 1:
            out.append(inside[0])  # "pasar Mogadishu": Mogadishu's market; the town is named
        elif not inside and f.key in SITE_HEADS and towns is not None and \
                not CONTAINER_AFTER.match(text, f.end) and \
                (found := towns(town := name_key(text[f.start + len(f.key) + 1:f.end]))):
            # "Bandara Kidal", "RSUD Wamena": a site named after its town is in it (a street
            # named after a town, "Jalan Surabaya", is not; a town after it says where it is)
            out.append(replace(f, entries=found, key=town))
        elif len(inside) == 1 and f.key and inside[0].start > f.start + len(f.key) + 1:
            # "Pasar Sentral Kota Medan", "Gedung BEI Medan": the place after the name is where
            # the feature is; the one right after the head word is its name ("Jalan Surabaya")
            out.append(replace(f, entries=inside[0].entries, key=inside[0].key))
        else:
            out.append(replace(f, entries=(), key=""))
    out.extend(places[pi:])
    return sorted(out, key=lambda h: h.start)
