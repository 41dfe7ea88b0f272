"""What an article says as a whole that its events need: main region, dateline, two sides."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from geo.events.dates import DateMention, find_dates
from geo.events.triggers import STRATEGIC, Trigger, find_triggers, irrealis_zones, is_irrealis
from geo.records import PLACE_ROLES, Article, Mention
from geo.text import title_lines, within

# ... and whose attack it is: "serangan udara Israel", "agresi Rusia", "strikes by Israel".
MILITARY = re.compile(r"\b(?:pasukan|tentara|militer|angkatan\s+bersenjata|prajurit|"
                      r"serangan(?:\s+(?:udara|rudal|drone|darat|militer|balasan))?|agresi|invasi|"
                      r"gempuran|pengeboman|(?:attacks?|strikes?|airstrikes?|shelling|bombardment|"
                      r"invasion)\s+by(?:\s+the)?)\s+(?:[A-Z][\w-]*\s+(?:dan|and|atau|or)\s+)?$", re.I)
MILITARY_AFTER = re.compile(r"^\s*(?:forces|troops|army|soldiers|military|artillery)\b", re.I)
DATELINE_END = re.compile(r"\s*[\u2014\u2013,-]")
# A dateline ("Moskwa \u2014 Rusia, ...") opens the article: within its first characters.
DATELINE_CHARS = 400
# "pasukan Azerbaijan": the army word stands at most this many characters before the country.
MILITARY_WINDOW = 30
# "antara X dan Y", "konflik X-Y": where a pair of sides is announced, just before it.
PAIR_WINDOW = 12
# Evidence that a country is a side: named in a pair, as armed forces, or where fighting is.
PAIR_WEIGHT, FORCES_WEIGHT = 3, 2


@dataclass(frozen=True, slots=True)
class Context:
    article: Article
    mentions: list[Mention]  # reporting mentions with a place
    dates: list[DateMention]
    main_region: Mention | None
    main_country: Mention | None
    since: DateMention | None
    dateline: Mention | None
    belligerents: tuple[str, ...]  # the two sides "kedua pihak" stands for
    title_subjects: dict[tuple[str, str], Mention]
    mention_starts: list[int]  # of `mentions`, ascending: what mentions_in bisects
    date_starts: list[int]
    weapon: str | None = None  # the article's dominant weapon (geo.events.violence), once read
    remote: str | None = None  # the remote weapon it tells most, once read
    words: Mapping[str, Sequence[tuple[int, int]]] | None = None  # statement_words, once read
    theatre: str | None = None  # ISO code of the country the article places most things in

    def mentions_in(self, start: int, end: int) -> Sequence[Mention]:
        """The mentions that start in [start, end): a sentence's, without a scan."""
        return within(self.mentions, self.mention_starts, start, end)

    def dates_in(self, start: int, end: int) -> Sequence[DateMention]:
        return within(self.dates, self.date_starts, start, end)


def _main(mentions: list[Mention], kinds: tuple[str, ...]) -> Mention | None:
    counts = Counter(m.entry.id for m in mentions if m.entry and m.entry.kind in kinds)
    if not counts:
        return None
    top = counts.most_common(1)[0][0]
    return next(m for m in mentions if m.entry and m.entry.id == top)


def _theatre(mentions: list[Mention], counts: Counter[str]) -> Mention | None:
    """The country the article's events happen in: the one whose places it names where things
    happen ("di distrik Nabatiyeh", "in Lebanon"), not the one named most as who acts
    ("militer Israel"); with no place named at all, the country named most. `counts` are
    _place_countries(mentions)."""
    named = [m for m in mentions if m.entry and m.entry.kind == "country"]
    for code, _ in counts.most_common():
        found = next((m for m in named if m.entry and m.entry.country == code), None)
        if found is not None:
            return found
    # places named only in a country the text never names: no other country stands in
    return None if counts else _main(mentions, ("country",))


def _place_countries(mentions: list[Mention]) -> Counter[str]:
    return Counter(m.entry.country for m in mentions
                   if m.entry and m.role in PLACE_ROLES and m.entry.country)


def article_context(article: Article, mentions: list[Mention], sentences: list[tuple[int, int]],
             triggers: list[list[Trigger]]) -> Context:
    assert article.published is not None
    usable = sorted((m for m in mentions if m.reporting and m.entry is not None),
                    key=lambda m: m.start)
    dates = sorted((d for d in find_dates(article.text, article.published, article.language)
                    if article.is_reporting(d.start, d.end)), key=lambda d: d.start)
    text = article.text
    dateline = next((m for m in usable if m.start < DATELINE_CHARS and not text[:m.start].strip(" \t")
                     .endswith(tuple("abcdefghijklmnopqrstuvwxyz,.")) and
                     text[text.rfind("\n", 0, m.start) + 1:m.start].strip() == ""
                     and DATELINE_END.match(text, m.end)), None)
    places = _place_countries(usable)
    theatre = places.most_common(1)[0][0] if places else None
    # the region an undated, unplaced event falls back to lies in the theatre: a capital
    # named as who must act ("Washington needs to act") is no region of the war
    return Context(article, usable, dates,
                    _main([m for m in usable if m.role == "place" and m.entry is not None
                           and m.entry.country == theatre],
                          ("disputed", "admin1", "admin2")),
                    _theatre(usable, places), next((d for d in dates if d.kind == "since"), None),
                    dateline, _belligerents(text, usable, sentences, triggers),
                    _title_subjects(article, usable), [m.start for m in usable],
                    [d.start for d in dates],
                    theatre=theatre)


def _belligerents(text: str, mentions: list[Mention], sentences: list[tuple[int, int]],
                  triggers: list[list[Trigger]]) -> tuple[str, ...]:
    """The two sides "kedua pihak" stands for: countries named as a pair ("Armenia-Azerbaijan",
    "antara X dan Y"), as armed forces ("pasukan Azerbaijan"), or where fighting is told."""
    counts: Counter[str] = Counter()
    countries = [m for m in mentions if m.entry and m.entry.kind == "country"]
    for a, b in zip(countries, countries[1:]):
        if re.fullmatch(r"\s*[-\u2013/]\s*|\s+(?:dan|and)\s+", text[a.end:b.start]) and \
                re.search(r"(?:antara|between|konflik|conflict|perang|war)\s+$|[-\u2013/]",
                          text[max(0, a.start - PAIR_WINDOW):a.start] + text[a.end:b.start]):
            counts.update({a.entry.name: PAIR_WEIGHT, b.entry.name: PAIR_WEIGHT})  # type: ignore[union-attr]
    for m in countries:
        if MILITARY.search(text[max(0, m.start - MILITARY_WINDOW):m.start]) or \
                MILITARY_AFTER.match(text, m.end):
            counts[m.entry.name] += FORCES_WEIGHT  # type: ignore[union-attr]
    starts = [m.start for m in countries]
    for (s, e), found in zip(sentences, triggers):
        zones = irrealis_zones(text, s, e) if found else []
        if any(t.event_type != STRATEGIC and not is_irrealis(text, s, t, zones) for t in found):
            counts.update({m.entry.name for m in within(countries, starts, s, e)})  # type: ignore[union-attr]
    return tuple(name for name, _ in counts.most_common(2))


def _title_subjects(article: Article, mentions: list[Mention]) -> dict[tuple[str, str], Mention]:
    """Who does what in the headline ("Armenia Minta Bantuan Rusia, Moskwa Siap Bantu"):
    the place named just before each trigger, for statements the body does not place."""
    text = article.text
    out: dict[tuple[str, str], Mention] = {}
    spans = title_lines(text)
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
