"""Event extraction: what happened, where, when, who, how many killed, and who says so."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .claims import Claim, claim_for, find_claims
from .dates import DateMention, find_dates, precision_of
from .errors import InputError
from .fatalities import Fatalities, find_fatalities
from .gazetteer import Gazetteer
from .geoparse import article_places
from .recognize import title_lines
from .records import Article, Entry, Event, Excerpt, Mention
from .sentences import split_sentences
from .text import name_key
from .triggers import (
    ATTACK,
    BATTLES,
    CIVILIANS,
    CLASH,
    ON_CIVILIANS,
    REMOTE,
    SETTLEMENT,
    SHELLING,
    STATEMENT,
    STRATEGIC,
    Trigger,
    find_triggers,
    irrealis_zones,
    is_irrealis,
    sentence_triggers,
)

# Words right before a place that make it where something happened.
WHERE = frozenset("""di ke dari pada dekat kota desa permukiman pemukiman wilayah kawasan daerah
medan tempur sekitar in at near outside into across town city village around shelled attacked
struck hit bombed targeted menembaki menyerang menggempur membombardir""".split())
# "the city", "kota itu": the city named just before.
BACK_REFERENCE = re.compile(r"\b(?:the\s+(?:city|town|village)|kota\s+(?:itu|tersebut)|"
                            r"desa\s+(?:itu|tersebut))\b", re.I)
MILITARY = re.compile(r"\b(?:pasukan|tentara|militer|angkatan\s+bersenjata|prajurit)\s+"
                      r"(?:[A-Z][\w-]*\s+(?:dan|and|atau|or)\s+)?$", re.I)
MILITARY_AFTER = re.compile(r"^\s*(?:forces|troops|army|soldiers|military|artillery)\b", re.I)
BOTH_SIDES = re.compile(r"\b(?:kedua\s+(?:belah\s+)?pihak|pihak\s+(?:yang\s+)?bertikai|both\s+sides|"
                        r"warring\s+(?:parties|sides))\b", re.I)
CUMULATIVE = re.compile(r"\b(?:sejauh\s+ini|sejak|hingga\s+kini|sampai\s+saat\s+ini|so\s+far|since|"
                        r"to\s+date|in\s+total|in\s+all|overall)\b", re.I)
DATELINE_END = re.compile(r"\s*[\u2014\u2013,-]")
QUOTE = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")
UNDATED_DAYS = 6  # an event told without a date: the week up to publication


@dataclass(frozen=True, slots=True)
class _Context:
    article: Article
    mentions: list[Mention]  # reporting mentions with a place
    dates: list[DateMention]
    main_region: Mention | None
    main_country: Mention | None
    since: DateMention | None
    dateline: Mention | None
    belligerents: tuple[str, ...]  # the two sides "kedua pihak" stands for
    title_subjects: dict[tuple[str, str], Mention]


def _main(mentions: list[Mention], kinds: tuple[str, ...]) -> Mention | None:
    counts = Counter(m.entry.id for m in mentions if m.entry and m.entry.kind in kinds)
    if not counts:
        return None
    top = counts.most_common(1)[0][0]
    return next(m for m in mentions if m.entry and m.entry.id == top)


def _context(article: Article, mentions: list[Mention], sentences: list[tuple[int, int]],
             triggers: list[list[Trigger]]) -> _Context:
    assert article.published is not None
    usable = [m for m in mentions if m.reporting and m.entry is not None]
    dates = [d for d in find_dates(article.text, article.published, article.language)
             if article.is_reporting(d.start, d.end)]
    text = article.text
    dateline = next((m for m in usable if m.start < 400 and not text[:m.start].strip(" \t")
                     .endswith(tuple("abcdefghijklmnopqrstuvwxyz,.")) and
                     text[text.rfind("\n", 0, m.start) + 1:m.start].strip() == ""
                     and DATELINE_END.match(text, m.end)), None)
    return _Context(article, usable, dates,
                    _main([m for m in usable if m.role == "place"], ("disputed", "admin1", "admin2")),
                    _main(usable, ("country",)), next((d for d in dates if d.kind == "since"), None),
                    dateline, _belligerents(text, usable, sentences, triggers),
                    _title_subjects(article, usable))


def _belligerents(text: str, mentions: list[Mention], sentences: list[tuple[int, int]],
                  triggers: list[list[Trigger]]) -> tuple[str, ...]:
    """The two sides "kedua pihak" stands for: countries named as a pair ("Armenia-Azerbaijan",
    "antara X dan Y"), as armed forces ("pasukan Azerbaijan"), or where fighting is told."""
    counts: Counter[str] = Counter()
    countries = [m for m in mentions if m.entry and m.entry.kind == "country"]
    for a, b in zip(countries, countries[1:]):
        if re.fullmatch(r"\s*[-\u2013/]\s*|\s+(?:dan|and)\s+", text[a.end:b.start]) and \
                re.search(r"(?:antara|between|konflik|conflict|perang|war)\s+$|[-\u2013/]",
                          text[max(0, a.start - 12):a.start] + text[a.end:b.start]):
            counts.update({a.entry.name: 3, b.entry.name: 3})  # type: ignore[union-attr]
    for m in countries:
        if MILITARY.search(text[max(0, m.start - 30):m.start]) or MILITARY_AFTER.match(text, m.end):
            counts[m.entry.name] += 2  # type: ignore[union-attr]
    for (s, e), found in zip(sentences, triggers):
        zones = irrealis_zones(text, s, e) if found else []
        if any(t.event_type != STRATEGIC and not is_irrealis(text, s, t, zones) for t in found):
            counts.update({m.entry.name for m in countries if s <= m.start < e})  # type: ignore[union-attr]
    return tuple(name for name, _ in counts.most_common(2))


def _title_subjects(article: Article, mentions: list[Mention]) -> dict[tuple[str, str], Mention]:
    """Who does what in the headline ("Armenia Minta Bantuan Rusia, Moskwa Siap Bantu"):
    the place named just before each trigger, for statements the body does not place."""
    text = article.text
    out: dict[tuple[str, str], Mention] = {}
    spans = title_lines(text) if "\n" in text else []
    if article.title and article.title in text[:600]:
        at = text.index(article.title)
        spans.append((at, at + len(article.title)))
    for s, e in spans:
        for t in find_triggers(text, s, e):
            before = [m for m in mentions if s <= m.start < t.start and m.entry]
            clause = text.rfind(",", s, t.start) + 1 or text.rfind(":", s, t.start) + 1 or s
            subject = [m for m in before if m.start >= clause] or before[-1:]
            if subject:
                out.setdefault((t.event_type, t.sub_event_type), subject[0])
    return out


def _event_type(trigger: Trigger, text: str, end: int) -> tuple[str, str]:
    if trigger.family != "attack":
        return trigger.event_type, trigger.sub_event_type
    after = text[trigger.end:end]
    if ON_CIVILIANS.search(after):
        return CIVILIANS, ATTACK
    if SETTLEMENT.search(after):
        return REMOTE, SHELLING
    return BATTLES, CLASH


def _place_score(text: str, m: Mention, trigger: Trigger, ctx: _Context) -> float:
    before = re.findall(r"[^\W_]+", text[max(0, m.start - 40):m.start].casefold())[-3:]
    score = 2.0 if WHERE & set(before) else 0.0
    score += {"city": 1.0, "feature": 1.0, "online": 1.0, "admin2": 0.5, "admin1": 0.5}.get(
        m.entry.kind if m.entry else "", 0.0)
    if m is ctx.dateline and trigger.event_type == STRATEGIC:
        score += 3.0  # "Moskwa — Rusia, Sabtu 31 Oktober 2020, mengatakan siap membantu"
    return score - abs(m.start - trigger.start) / 10_000


def _places(text: str, sentence: tuple[int, int], trigger: Trigger, ctx: _Context,
            zones: list[tuple[int, int]], holders: list[Claim]) -> list[Mention]:
    """Where the event happened: the best place, and the places listed with it."""
    s, e = sentence
    eligible = [m for m in ctx.mentions if s <= m.start < e and m.role in ("place", "feature")
                and not any(a <= m.start < b for a, b in zones)
                and not any(c.start <= m.start < c.end for c in holders)]
    back = BACK_REFERENCE.search(text, trigger.end, e)
    if back and not any(m.start > trigger.start for m in eligible):
        cities = [m for m in ctx.mentions if s <= m.start < trigger.start and m.entry
                  and m.entry.kind == "city"]
        if cities:  # "officials in Stepanakert accused Azerbaijan of shelling the city"
            return cities[-1:]
    if not eligible:
        return []
    best = max(eligible, key=lambda m: _place_score(text, m, trigger, ctx))
    chosen = [best]
    if best.entry and best.entry.kind in ("city", "feature", "online"):
        for m in eligible:  # "pada kota utama Stepanakert dan Shusha": one event each
            if m is not best and m.entry and m.entry.kind == best.entry.kind and re.fullmatch(
                    r"(?:\s*,\s*|\s+(?:dan|and|serta|atau|or)\s+|\s*,\s*(?:dan|and)\s+)",
                    text[min(m.end, best.end):max(m.start, best.start)]):
                chosen.append(m)
    return chosen


def _actors(text: str, sentence: tuple[int, int], trigger: Trigger, ctx: _Context,
            holders: list[Claim], where: list[Mention]) -> tuple[str, ...]:
    s, e = sentence
    out: list[str] = []
    violent = trigger.event_type != STRATEGIC
    quotes = [(q.start(), q.end()) for q in QUOTE.finditer(text, s, e)]
    for m in ctx.mentions:
        if not s <= m.start < e or any(c.start <= m.start < c.end for c in holders) or \
                m.entry is None or any(m.entry.id == w.entry.id for w in where if w.entry):
            continue
        if not violent and any(a <= m.start < b for a, b in quotes):
            continue  # a country in a quoted statement is not a party to the meeting
        military = MILITARY.search(text[max(s, m.start - 30):m.start]) or \
            MILITARY_AFTER.match(text, m.end)
        if m.entry.kind in ("country", "disputed") and (military or m.role in ("actor", "demonym")
                                                         or not violent):
            out.append(f"{m.entry.name} forces" if military or violent else m.entry.name)
    if BOTH_SIDES.search(text, s, e):
        out.extend(f"{name} forces" if violent else name for name in ctx.belligerents)
    return tuple(dict.fromkeys(out))


def _when(text: str, sentence: tuple[int, int], trigger: Trigger, ctx: _Context,
          zones: list[tuple[int, int]],
          previous: tuple[date, date] | None, last_day: date | None, cumulative: bool
          ) -> tuple[date, date, bool, DateMention | None]:
    """(start, end, read from the text?, the mention) for an event in this sentence."""
    s, e = sentence
    published = ctx.article.published
    assert published is not None
    own = [d for d in ctx.dates if s <= d.start < e and not any(a <= d.start < b for a, b in zones)]
    if own:
        d = min(own, key=lambda d: abs(d.start - trigger.start))
        if d.kind == "after" and last_day is not None:
            day = last_day - timedelta(days=1)  # "sehari setelah": a day before the date in hand
            return day, day, True, d
        if cumulative and d.kind == "day" and re.search(r"\b(?:since|sejak)\b", text[s:d.start], re.I):
            return d.date_start, published, True, d  # "killed since the fighting began on 27 September"
        if d.kind != "after":
            return d.date_start, d.date_end, d.explicit, d
    if cumulative and ctx.since is not None:
        return ctx.since.date_start, published, True, None
    if previous is not None:  # told right after a dated event: on or after that date
        return previous[0], max(previous[1], published), False, None
    return published - timedelta(days=UNDATED_DAYS), published, False, None


def _confidence(geo_precision: int, date_precision: int, claimed: bool, inferred_place: bool) -> float:
    score = 0.5 + {1: 0.2, 2: 0.1}.get(geo_precision, 0.0) + (0.1 if date_precision <= 2 else 0.0)
    score += -0.1 if claimed else 0.1
    score -= 0.1 if inferred_place else 0.0
    return round(min(0.95, max(0.1, score)), 2)


def _fallback_place(trigger: Trigger, sentence: tuple[int, int], ctx: _Context,
                    kind: tuple[str, str]) -> Mention | None:
    if trigger.event_type == STRATEGIC:
        if kind in ctx.title_subjects:
            return ctx.title_subjects[kind]
        s, e = sentence
        actors = [m for m in ctx.mentions if s <= m.start < e and m.entry and m.entry.kind == "country"]
        return actors[0] if actors else ctx.main_country
    return ctx.main_region or ctx.main_country


def place_label(entry: Entry, mention: Mention | None) -> str:
    """The gazetteer's name, with the text's own where it differs: "Khankendi (Stepanakert)"."""
    if mention is None or name_key(mention.text) == name_key(entry.name) or \
            name_key(mention.text).startswith(name_key(entry.name)):
        return entry.name
    return f"{entry.name} ({mention.text})"


def _geo_precision(entry: Entry, inferred: bool) -> int:
    if inferred:
        return 3
    return {"city": 1, "feature": 1, "online": 1, "admin2": 2}.get(entry.kind, 3)


def _pick(triggers: list[Trigger], text: str, end: int) -> list[tuple[Trigger, str, str]]:
    """One trigger per kind of event in a sentence; an accusation alone is a statement."""
    typed = [(t, *_event_type(t, text, end)) for t in triggers]
    real = [x for x in typed if x[0].family != "claim"]
    if not real:
        real = [(t, STRATEGIC, STATEMENT) for t, _, _ in typed[:1]]
    seen: dict[tuple[str, str], tuple[Trigger, str, str]] = {}
    for item in real:
        seen.setdefault((item[1], item[2]), item)
    return list(seen.values())


def extract_events(article: Article, gaz: Gazetteer | None = None,
                   mentions: list[Mention] | None = None) -> list[Event]:
    """The events an article reports, one per place, each traceable to its sentence."""
    if article.published is None:
        raise InputError(f"{article.id}: no published date; relative dates cannot be resolved")
    if mentions is None:
        if gaz is None:
            raise ValueError("extract_events needs a gazetteer or the article's mentions")
        mentions = article_places(article, gaz)
    text = article.text
    sentences = split_sentences(text)
    triggers = sentence_triggers(text, sentences)
    ctx = _context(article, mentions, sentences, triggers)
    titles = title_lines(text) if "\n" in text else []
    events: list[Event] = []
    previous: tuple[date, date] | None = None
    last_day: date | None = None
    for (s, e), found_triggers in zip(sentences, triggers):
        if not article.is_reporting(s, e) or any(a <= s < b for a, b in titles):
            continue
        found = _sentence_events(text, (s, e), found_triggers, ctx, previous, last_day)
        events.extend(found)
        explicit = [ev for ev in found if ev.date_explicit]
        previous = (explicit[-1].date_start, explicit[-1].date_end) if explicit else None
        days = [d for d in ctx.dates if s <= d.start < e and d.kind == "day"]
        if days:
            last_day = days[-1].date_start
    return _settle_strategic(events)


def _sentence_events(text: str, sentence: tuple[int, int], found: list[Trigger], ctx: _Context,
                     previous: tuple[date, date] | None, last_day: date | None) -> list[Event]:
    s, e = sentence
    article = ctx.article
    fatal = find_fatalities(text, s, e)
    if not found and fatal is None:
        return []
    zones = irrealis_zones(text, s, e)
    triggers = [t for t in found if not is_irrealis(text, s, t, zones)]
    if fatal is not None and any(a <= fatal.start < b for a, b in zones):
        fatal = None
    picked = _pick(triggers, text, e)
    if fatal is not None and not any(etype != STRATEGIC for _, etype, _ in picked):
        picked.append((Trigger(fatal.start, fatal.end, fatal.text, BATTLES, CLASH, "violent"),
                       BATTLES, CLASH))
    claims = find_claims(text, s, e, [m for m in ctx.mentions if s <= m.start < e])
    cumulative = fatal is not None and CUMULATIVE.search(text, s, e) is not None
    out = []
    for trigger, etype, sub in picked:
        first, last, explicit, dm = _when(text, sentence, trigger, ctx, zones, previous, last_day,
                                          cumulative)
        places = _places(text, sentence, trigger, ctx, zones, claims)
        inferred = not places
        if inferred:
            fallback = _fallback_place(trigger, sentence, ctx, (etype, sub))
            places = [fallback] if fallback else []
        claim = claim_for(claims, trigger.start)
        actors = _actors(text, sentence, trigger, ctx, claims, [] if inferred else places)
        toll: Fatalities | None = fatal if etype != STRATEGIC else None
        for place in places:
            entry = place.entry
            assert entry is not None
            geo_precision = _geo_precision(entry, inferred)
            excerpt = Excerpt(article.id, article.outlet, article.url, article.language,
                              article.title, text[s:e], s, e,
                              None if inferred else place.start, None if inferred else place.end,
                              dm.start if dm else None, dm.end if dm else None)
            out.append(Event(
                etype, sub, first, last, precision_of(first, last),
                place_label(entry, None if inferred else place), entry.id,
                entry.lat, entry.lon, entry.country, geo_precision, actors,
                claim.label if claim else "", toll.low if toll else None,
                toll.best if toll else None, toll.high if toll else None,
                toll.text if toll else "", trigger.text, (excerpt,),
                _confidence(geo_precision, precision_of(first, last), claim is not None, inferred),
                1, explicit))
    return out


def _settle_strategic(events: list[Event]) -> list[Event]:
    """A statement told again without its place ("kata Kementerian Luar Negeri Rusia") takes
    the place of the same kind of statement the article placed."""
    out = []
    for ev in events:
        if ev.event_type == STRATEGIC and ev.primary.place_start is None:
            twin = next((o for o in events if o is not ev and o.primary.place_start is not None
                         and (o.event_type, o.sub_event_type) == (ev.event_type, ev.sub_event_type)
                         and o.date_start <= ev.date_end and ev.date_start <= o.date_end), None)
            if twin is not None:
                ev = replace(ev, place=twin.place, place_id=twin.place_id, lat=twin.lat,
                             lon=twin.lon, country=twin.country, geo_precision=twin.geo_precision)
        out.append(ev)
    return out
