"""Where an event happened: the place its sentence names, or the best stand-in."""
from __future__ import annotations

import re

from geo.events.claims import Claim
from geo.events.context import Context
from geo.events.triggers import AGREEMENT, ARRESTS, NEGOTIATION, STRATEGIC, Trigger
from geo.records import PLACE_ROLES, Entry, Mention
from geo.text import inside_any, name_key

WHERE = frozenset("""di ke dari pada dekat kota desa permukiman pemukiman wilayah kawasan daerah
medan tempur sekitar in at near outside into across town city village around shelled attacked
struck hit bombed targeted menembaki menyerang menggempur membombardir merebut direbut captured
menghantam pounded
seized retook recaptured overran liberated""".split())
# "the city", "kota itu": the city named just before.
BACK_REFERENCE = re.compile(r"\b(?:the\s+(?:city|town|village)|kota\s+(?:itu|tersebut)|"
                            r"desa\s+(?:itu|tersebut))\b", re.I)


# How a sentence's place is chosen: a locative among the few words before it ("di", "near")
# counts most, then how small the place is; a statement's dateline place wins outright; the
# distance to the trigger only breaks ties (a character costs 1/TIE_CHARS).
WHERE_WORDS, WHERE_CHARS = 3, 40
WHERE_SCORE = 2.0
KIND_SCORE = {"city": 1.0, "feature": 1.0, "online": 1.0, "admin2": 0.5, "admin1": 0.5}
DATELINE_SCORE = 3.0
TIE_CHARS = 10_000


# Strategic developments that happen at a venue: without one in the sentence or the headline,
# a country point would be a guess.
AT_A_VENUE = frozenset((NEGOTIATION, AGREEMENT, ARRESTS))


def _after_where(text: str, m: Mention) -> bool:
    """A locative among the few words before the place ("di", "near", "shelled")."""
    words = re.findall(r"[^\W_]+", text[max(0, m.start - WHERE_CHARS):m.start].casefold())
    return bool(WHERE & set(words[-WHERE_WORDS:]))


def _place_score(text: str, m: Mention, trigger: Trigger, ctx: Context) -> float:
    score = WHERE_SCORE if _after_where(text, m) else 0.0
    score += KIND_SCORE.get(m.entry.kind if m.entry else "", 0.0)
    if m is ctx.dateline and trigger.event_type == STRATEGIC:
        score += DATELINE_SCORE  # "Moskwa — Rusia, Sabtu 31 Oktober 2020, mengatakan siap membantu"
    return score - abs(m.start - trigger.start) / TIE_CHARS


# Where the wounded were taken or treated, or people fled to, is not where it happened:
# "dibawa ke klinik di Gedaref", "treated at a hospital in Kassala", "fled to Chad".
TAKEN_TO = re.compile(r"\b(?:(?:taken|rushed|evacuated|transferred|airlifted|brought)\s+to|"
                      r"treated\s+(?:at|in)|fled\s+(?:to|into|across)|dilarikan\s+ke|dibawa\s+ke|dirujuk\s+ke|dirawat\s+di|"
                      r"dievakuasi\s+ke|mengungsi\s+ke|melarikan\s+diri\s+ke)\b"
                      r"(?:\s+(?:a|the|sebuah))?(?:\s+(?:hospitals?|clinics?|rumah\s+sakit|klinik|"
                      r"puskesmas))?(?:\s+(?:in|at|di))?\s+$", re.I)
TAKEN_CHARS = 45
# Places that describe another ("Gedaref, kota yang menghubungkan Kassala dengan pelabuhan",
# "a town linking Kassala to the coast"): where that place is, not where it happened.
DESCRIBING = re.compile(r"\b(?:yang\s+menghubungkan|menghubungkan|linking|connecting|(?:which|that)\s+"
                        r"(?:links|connects)|yang\s+berjarak|(?:located|lying|situated)\s+(?:\w+\s+){0,3}"
                        r"(?:of|from)|terletak)\b[^.;]*$", re.I)
# Between two towns of one list: a separator, perhaps "the towns of", perhaps a name the
# gazetteer lacks ("Jabrayil, Agdere and Terter").
_SEP = r"(?:\s*,\s*(?:and\s+|dan\s+)?|\s+(?:dan|and|serta|atau|or)\s+)"
_NOUN = r"(?:(?:the\s+)?(?:towns?|villages?|cities|city|settlements?|kota|desa|kampung)(?:\s+of)?\s+)?"
LIST_GAP = re.compile(rf"{_SEP}{_NOUN}(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?{_SEP}{_NOUN})*")
# "Distrik Beoga, Kabupaten Puncak", "Beoga district, Puncak regency": after a comma, a unit
# named by its head word is the one the place before lies in, not a second place hit.
CONTAINER = re.compile(r"^(?:kabupaten|kab\.|provinsi|propinsi|kecamatan|distrik|district|province|"
                       r"regency|county|state|region)\s|\s(?:regency|province|district|county|state|"
                       r"region|governorate)$", re.I)


def event_places(text: str, sentence: tuple[int, int], trigger: Trigger, ctx: Context,
            zones: list[tuple[int, int]], holders: list[Claim]) -> list[Mention]:
    """Where the event happened: the best place, and the places listed with it."""
    s, e = sentence
    # (a continent is no place an event happened: "a move toward calm in Europe")
    eligible = [m for m in ctx.mentions_in(s, e) if m.role in PLACE_ROLES
                and not (m.entry is not None and m.entry.kind == "continent")
                and not inside_any(m.start, zones)
                and not inside_any(m.start, ((c.start, c.end) for c in holders))
                and not TAKEN_TO.search(text, max(s, m.start - TAKEN_CHARS), m.start)
                and not DESCRIBING.search(text, max(s, m.start - TAKEN_CHARS), m.start)]
    if trigger.sub_event_type in AT_A_VENUE:
        # "Turkey and Azerbaijan held talks": the parties; "talks in Turkey": the venue
        eligible = [m for m in eligible if m.entry is None or m.entry.kind != "country"
                    or re.search(r"\b(?:in|di|at)\s+$", text[max(s, m.start - 5):m.start])]
    back = BACK_REFERENCE.search(text, trigger.end, e)
    if back and not any(m.start > trigger.start for m in eligible):
        cities = [m for m in ctx.mentions_in(s, trigger.start) if m.entry
                  and m.entry.kind == "city"]
        if cities:  # "officials in Stepanakert accused Azerbaijan of shelling the city"
            return cities[-1:]
    if not eligible:
        return []
    best = max(eligible, key=lambda m: _place_score(text, m, trigger, ctx))
    if not best.entry:
        return [best]
    if best.entry.kind not in ("city", "feature", "online"):
        # "air strikes in northern Iraq and Syria": regions or countries listed after a
        # locative are each hit (not "fighting between Armenia and Azerbaijan": sides)
        if trigger.event_type == STRATEGIC or best.entry.kind not in ("country", "admin1"):
            return [best]
    # "pada kota utama Stepanakert dan Shusha", "Stepanakert and the towns of Martakert and
    # Martuni", "Fizuli, Jabrayil, Agdere and Terter": each town of the list is an event
    towns = [m for m in eligible if m.entry and m.entry.kind == best.entry.kind]
    k = towns.index(best)
    left = right = k
    while left > 0 and LIST_GAP.fullmatch(text, towns[left - 1].end, towns[left].start):
        left -= 1
    while right + 1 < len(towns) and LIST_GAP.fullmatch(text, towns[right].end, towns[right + 1].start) \
            and not (CONTAINER.search(towns[right + 1].text) and
                     text[towns[right].end:towns[right + 1].start].strip() == ","):
        right += 1
    listed = towns[left:right + 1]
    if best.entry.kind in ("country", "admin1") and len(listed) > 1 and not (
            _after_where(text, listed[0]) and
            all(m.role == "place" for m in listed)):
        return [best]
    return listed


def fallback_place(trigger: Trigger, sentence: tuple[int, int], ctx: Context,
                    kind: tuple[str, str]) -> Mention | None:
    if trigger.event_type == STRATEGIC:
        if kind in ctx.title_subjects:
            return ctx.title_subjects[kind]
        if kind[1] in AT_A_VENUE:
            return None  # a meeting or a deal is where it was held, not in a party's country
        s, e = sentence
        actors = [m for m in ctx.mentions_in(s, e) if m.entry and m.entry.kind == "country"]
        return actors[0] if actors else ctx.main_country
    return ctx.main_region or ctx.main_country


def place_label(entry: Entry, mention: Mention | None) -> str:
    """The gazetteer's name, with the text's own where it differs: "Khankendi (Stepanakert)"."""
    if mention is None or name_key(mention.text) == name_key(entry.name) or \
            name_key(mention.text).startswith(name_key(entry.name)):
        return entry.name
    return f"{entry.name} ({mention.text})"


def geo_precision(entry: Entry, inferred: bool) -> int:
    if inferred:
        return 3
    return {"city": 1, "feature": 1, "online": 1, "admin2": 2}.get(entry.kind, 3)
