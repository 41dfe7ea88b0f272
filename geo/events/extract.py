"""Event extraction: what happened, where, when, who, how many killed, and who says so."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from geo.errors import InputError
from geo.events.claims import OFFICE_WORDS, Claim, claim_for, claimant_label, find_claims
from geo.events.context import MILITARY, MILITARY_AFTER, MILITARY_WINDOW, Context, article_context
from geo.events.dates import DateMention, precision_of
from geo.events.reading import HEADLINE, NEWS, QUOTE, sentence_kinds, window
from geo.events.sentences import split_sentences
from geo.events.statements import (
    AT_THE_UN,
    BODY_NAMES,
    COUNCIL_MEETING,
    OFFICIAL,
    SPEECH,
    find_statements,
    statement_words,
)
from geo.events.tolls import Fatalities, find_fatalities
from geo.events.triggers import (
    APPEAL,
    BATTLES,
    CIVILIANS,
    CLASH,
    NEGOTIATION,
    PLEDGE,
    REACTIONS,
    REMOTE,
    STATEMENT,
    STRATEGIC,
    Trigger,
    find_triggers,
    irrealis_zones,
    is_irrealis,
    sentence_triggers,
)
from geo.events.violence import article_weapons, cross_border, is_reference, violent_kind
from geo.events.where import event_places, fallback_place, geo_precision, place_label
from geo.records import PLACE_ROLES, Article, Entry, Event, Excerpt, Mention, with_id
from geo.text import inside_any

BOTH_SIDES = re.compile(r"\b(?:kedua\s+(?:belah\s+)?pihak|pihak\s+(?:yang\s+)?bertikai|both\s+sides|"
                        r"warring\s+(?:parties|sides))\b", re.I)
CUMULATIVE = re.compile(r"\b(?:sejauh\s+ini|sejak|hingga\s+kini|sampai\s+saat\s+ini|so\s+far|since|"
                        r"to\s+date|in\s+total|in\s+all|overall)\b", re.I)
UNDATED_DAYS = 6  # an event told without a date: the week up to publication
# Around a town, not in it (ACLED's geo-precision 2): "near", "outside", "dekat", "north of".
NEAR = re.compile(r"\b(?:near|nearby|outside|outskirts\s+of|around|between(?:\s+the\s+towns?\s+of)?|"
                  r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|"
                  r"(?:km|kilometers?|kilometres?|miles)\s+(?:from|of)|dekat|sekitar|di\s+luar|"
                  r"pinggiran|antara)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
NEAR_CHARS = 40
# What a war does to people, told with it as the cause: displacement and flight.
EFFECTS = re.compile(r"\b(?:displaced|displacing|displacement|flee|fled|fleeing|refugees|homeless|"
                     r"mengungsi|pengungsi|mengungsikan|melarikan\s+diri|kehilangan\s+tempat\s+tinggal)\b",
                     re.I)
TOWN_KINDS = frozenset(("city", "feature", "online"))
ACCUSES = re.compile(r"\b(?:accus\w*|blam\w*|menuduh|menuding|mengecam|mengutuk)\b", re.I)
# Words that judge what was done: a quote with them is an opinion of it, not its report.
JUDGMENT = re.compile(r"\b(?:unacceptable|outrageous|appalling|abhorrent|deplorable|barbaric|"
                      r"heinous|reprehensible|cowardly|unjustifiable|unjustified|a\s+(?:war\s+)?crime|"
                      r"must\s+(?:stop|end|cease)|tidak\s+dapat\s+diterima|tak\s+dapat\s+diterima|"
                      r"biadab|keji|pengecut|kejahatan(?:\s+perang)?|harus\s+(?:dihentikan|berhenti|"
                      r"diakhiri)|cruel|savage|terrorist\s+state|negara\s+teroris|genocid\w*|genosida|"
                      r"no\s+longer\s+(?:\w+\s+){0,2}(?:justif\w+|acceptable|makes?\s+sense|serves?)|"
                      r"(?:tidak|tak)\s+lagi\s+(?:\w+\s+){0,3}(?:dibenarkan|masuk\s+akal|logis|logika|"
                      r"sejalan))\b", re.I)
# "Ia menilai serangan udara ... tak lagi dapat dibenarkan", "described the strikes as": the
# violence is what an opinion is about, told elsewhere if at all.
ASSESSED = re.compile(r"\b(?:menilai|menganggap|memandang|described|deemed|branded|menurut|"
                      r"according\s+to)\b(?=[^.;]{0,80}$)",
                      re.I)
# Confirming or claiming an incident told already is who claims it (ACLED), no statement.
# What takes no stand on the conflict though an official says it: a day of mourning declared,
# an office telling what it is busy with ("says it is still combing the hills", "mengatakan
# pihaknya masih mengevakuasi korban").
NO_STAND = re.compile(
    r"\b(?:days?\s+of\s+(?:national\s+)?mourning|national\s+mourning|hari\s+berkabung|"
    r"berkabung\s+nasional|(?:says?|said)\s+(?:it|they)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:still\s+|now\s+)?(?-i:[a-z]+ing)\b|pihaknya\s+(?:masih|sedang|tengah)\s+(?-i:[a-z]+))", re.I)
CONFIRMED = re.compile(
    r"\b(?:confirmed|confirms|mengonfirmasi|membenarkan|claimed\s+responsibility\s+for|"
    r"(?:mengaku|mengklaim|menyatakan)\s+bertanggung\s+jawab\s+atas)\s+(?:the\s+|that\s+|this\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:attacks?|strikes?|airstrikes?|killings?|bombings?|raids?|operation|serangan|"
    r"pembunuhan|pengeboman|penembakan|operasi)\b", re.I)
# "attended the funeral of the fighters killed", "pemakaman korban yang tewas": the dead of an
# incident told elsewhere, mourned.
MOURNED = re.compile(r"\b(?:funerals?|burial|buried|mourners|mourned|memorial|vigil|pemakaman|"
                     r"dimakamkan|pelayat|melayat|berduka)\b", re.I)
MOURNED_CHARS = 30  # past the toll's phrase: its death word
# "The previous day", told after a day was named: the day before that one, not before the paper.
DAY_BEFORE = re.compile(r"(?:the\s+)?previous\s+day(?:['\u2019]s)?|the\s+day\s+before|sehari\s+sebelumnya",
                        re.I)
# Told as the same day as the last day the text named.
SAME_DAY = re.compile(r"\b(?:(?:a\s+few\s+|several\s+)?hours\s+later|later\s+that\s+(?:day|night|evening)|"
                      r"that\s+(?:night|evening|morning|afternoon)|the\s+same\s+day|beberapa\s+jam\s+"
                      r"(?:kemudian|setelahnya|sesudahnya|setelah\s+itu)|(?:pada\s+)?hari\s+yang\s+sama|"
                      r"(?:malam|sore|pagi|siang)\s+itu)\b", re.I)
# "the minister says": news in the present tense is said on the day it is published.
PRESENT = re.compile(r"\b(?:says|tells|warns|urges|insists|adds|notes|argues|maintains|calls)\b", re.I)
# Political violence a placeless sentence can elaborate (protests are told on their own).
ARMED_VIOLENCE = frozenset((BATTLES, REMOTE, CIVILIANS))
# "another", "elsewhere", "secara terpisah": a second incident, not more of the first.
ANOTHER = re.compile(r"\b(?:another|separately|elsewhere|also\s+(?:killed|struck|hit|attacked)|"
                     r"secara\s+terpisah|di\s+tempat\s+lain|juga\s+(?:menewaskan|menyerang|"
                     r"menghantam|menggempur))\b", re.I)


def _actors(text: str, sentence: tuple[int, int], trigger: Trigger, ctx: Context,
            holders: list[Claim], where: list[Mention]) -> tuple[str, ...]:
    s, e = sentence
    out: list[str] = []
    violent = trigger.event_type != STRATEGIC
    quotes = [(q.start(), q.end()) for q in QUOTE.finditer(text, s, e)]
    held = [(c.start, c.end) for c in holders]
    for m in ctx.mentions_in(s, e):
        if inside_any(m.start, held) or \
                m.entry is None or any(m.entry.id == w.entry.id for w in where if w.entry):
            continue
        if not violent and inside_any(m.start, quotes):
            continue  # a country in a quoted statement is not a party to the meeting
        military = MILITARY.search(text[max(s, m.start - MILITARY_WINDOW):m.start]) or \
            MILITARY_AFTER.match(text, m.end)
        if m.entry.kind in ("country", "disputed") and (military or m.role in ("actor", "demonym")
                                                         or not violent):
            out.append(f"{m.entry.name} forces" if military or violent else m.entry.name)
    if BOTH_SIDES.search(text, s, e):
        out.extend(f"{name} forces" if violent else name for name in ctx.belligerents)
    return tuple(dict.fromkeys(out))


def _forces_of(actors: tuple[str, ...], ctx: Context) -> set[str]:
    """The ISO codes of the states whose forces `actors` names ("Israel forces")."""
    names = {a[: -len(" forces")] for a in actors if a.endswith(" forces")}
    return {m.entry.country for m in ctx.mentions if m.entry is not None
            and m.entry.kind == "country" and m.entry.name in names}


def _when(text: str, sentence: tuple[int, int], trigger: Trigger, ctx: Context,
          zones: list[tuple[int, int]],
          previous: tuple[date, date] | None, last_day: date | None, cumulative: bool
          ) -> tuple[date, date, bool, DateMention | None]:
    """(start, end, read from the text?, the mention) for an event in this sentence."""
    s, e = sentence
    published = ctx.article.published
    assert published is not None
    own = [d for d in ctx.dates_in(s, e) if not inside_any(d.start, zones)]
    if own:
        d = min(own, key=lambda d: abs(d.start - trigger.start))
        if d.kind == "after" and last_day is not None:
            # "sehari setelah", "two days after": that many days before the date in hand
            day = last_day - (d.date_end - d.date_start)
            return day, day, True, d
        if last_day is not None and DAY_BEFORE.fullmatch(d.text):
            day = last_day - timedelta(days=1)  # "Sehari sebelumnya" after "pada Sabtu (1/11)"
            return day, day, True, d
        if cumulative and d.kind == "day" and re.search(r"\b(?:since|sejak)\b", text[s:d.start], re.I):
            return d.date_start, published, True, d  # "killed since the fighting began on 27 September"
        if d.kind != "after":
            return d.date_start, d.date_end, d.explicit, d
    if cumulative and ctx.since is not None:
        return ctx.since.date_start, published, True, None
    if last_day is not None and SAME_DAY.search(text, s, e):
        return last_day, last_day, False, None  # "Beberapa jam setelahnya", "later that day"
    if previous is not None:  # told right after a dated event: on or after that date
        return previous[0], max(previous[1], published), False, None
    return published - timedelta(days=UNDATED_DAYS), published, False, None


def _confidence(geo_precision: int, date_precision: int, claimed: bool, inferred_place: bool) -> float:
    score = 0.5 + {1: 0.2, 2: 0.1}.get(geo_precision, 0.0) + (0.1 if date_precision <= 2 else 0.0)
    score += -0.1 if claimed else 0.1
    score -= 0.1 if inferred_place else 0.0
    return round(min(0.95, max(0.1, score)), 2)


# "killed the gunmen who held a school in X and later killed 20 fighters in
# airstrikes": two incidents told one after the other, each in its own clause.
LATER = re.compile(r",?\s+(?:and\s+)?(?:later|then|subsequently|afterwards)\s+|,?\s+(?:lalu|kemudian|"
                   r"setelah\s+itu|sesudah\s+itu)\s+", re.I)


class Picked(NamedTuple):
    """One event a sentence tells: its trigger, type, sub-type, the clause it is told in (its
    place is looked for there) and that clause's toll."""

    trigger: Trigger
    event_type: str
    sub_event_type: str
    clause: tuple[int, int]
    fatal: Fatalities | None


# "Massa membakar kantor polisi setelah seorang warga tewas ditembak", "troops shelled the
# village after militants killed two soldiers": the dead of the cause are not this event's.
CAUSE = re.compile(r"\b(?:after|following|setelah|sesudah|menyusul|usai|in\s+response\s+to|"
                   r"in\s+retaliation\s+for|sebagai\s+balasan\s+atas)\b[^,;]*$", re.I)


def _a_cause(text: str, trigger_end: int, toll_end: int) -> bool:
    """Whether a toll told after its trigger is in a clause giving what caused it."""
    return trigger_end <= toll_end and CAUSE.search(text, trigger_end, toll_end) is not None


def _pick(triggers: list[Trigger], text: str, sentence: tuple[int, int],
          fatal: Fatalities | None, weapon: str | None) -> list[Picked]:
    """The sentence's one violent event (one per clause where it tells one incident after
    another), and one of each kind of strategic development (an accusation is found as a
    statement)."""
    out: dict[tuple[str, str], Picked] = {}
    for t in triggers:
        if t.event_type == STRATEGIC and t.family not in ("claim", "property"):
            out.setdefault((t.event_type, t.sub_event_type),
                           Picked(t, t.event_type, t.sub_event_type, sentence, fatal))
    s, e = sentence
    # (a word of a trigger is no cut: "Massa kemudian membakar" is one act)
    cuts = [m for m in LATER.finditer(text, s, e)
            if not any(t.start < m.end() and m.start() < t.end for t in triggers)]
    clauses = [(a, b) for a, b in zip([s] + [m.end() for m in cuts], [m.start() for m in cuts] + [e])]
    told = []
    if len(clauses) > 1:
        for a, b in clauses:
            mine = [t for t in triggers if a <= t.start < b]
            toll = fatal if fatal is not None and a <= fatal.start < b else None
            found = violent_kind(text, (a, b), mine, toll, weapon) if mine else None
            if found is not None:
                told.append(Picked(*found, (a, b), toll))
    if len({(p.event_type, p.sub_event_type) for p in told}) < 2:
        violent = violent_kind(text, sentence, triggers, fatal, weapon)
        told = [Picked(*violent, sentence, fatal)] if violent is not None else []
    for p in told:
        out.setdefault((p.event_type, p.sub_event_type), p)
    return sorted(out.values(), key=lambda x: x.trigger.start)


def extract_events(article: Article, mentions: list[Mention],
                   seats: Mapping[str, Entry] | None = None) -> list[Event]:
    """The events an article reports, one per place, each traceable to its sentence.

    `mentions` are the article's place mentions (geo.places.article_places): extraction
    reads where things are from them and does not geoparse. `seats` (ISO code or body ->
    its capital or seat, geo.gazetteer.seats) places statements the text does not place;
    without it, only statements the text places are coded.
    """
    if article.published is None:
        raise InputError(f"{article.id}: no published date; relative dates cannot be resolved")
    text = article.text
    sentences = split_sentences(text)
    triggers = sentence_triggers(text, sentences)
    ctx = article_context(article, mentions, sentences, triggers)
    kinds = sentence_kinds(article, sentences, ctx.dates, ctx.date_starts)
    weapon, remote = article_weapons(t for t, k in zip(triggers, kinds) if k == NEWS)
    ctx = replace(ctx, weapon=weapon, remote=remote,
                  words=statement_words(text) if seats else None)
    news = window(article.published)
    events: list[Event] = []
    previous: tuple[date, date] | None = None
    last_day: date | None = None
    headlines: list[Event] = []
    after_background = False
    introduced: tuple[int, int, DateMention] | None = None  # a speaker's dated sentence
    for (s, e), found_triggers, kind in zip(sentences, triggers, kinds):
        if kind == HEADLINE and _is_title(article, s, e):
            headlines.extend(_sentence_events(text, (s, e), found_triggers, ctx, None, None,
                                              seats or {})[0])
        if kind != NEWS:
            previous = None
            after_background = kind == "background"
            continue
        found, update = _sentence_events(text, (s, e), found_triggers, ctx, previous, last_day,
                                         seats or {})
        if after_background:
            # "Israeli commandos stormed the ship in 2010. Nine activists were killed.": told
            # with no place and no day of its own, it goes on with the history before it
            found = [ev for ev in found if ev.sub_event_type == STATEMENT or
                     ev.date_explicit or ev.primary.place_start is not None]
        after_background = False
        if update is not None and not _toll_updated(events, update, news):
            # the incident it refers to is told later, or not at all: the sentence tells it
            found = _sentence_events(text, (s, e), found_triggers, ctx, previous, last_day,
                                     seats or {}, updates=False)[0]
        if not any(ev.event_type in ARMED_VIOLENCE for ev in found):
            _refer_back(events, text, (s, e), found_triggers, ctx, news)
        if introduced is not None:
            found = [_said_that_day(ev, text, introduced) for ev in found]
        added = _elaborations_absorbed(events, found, news)
        events.extend(added)
        # the story's day holds over sentences that tell nothing new ("Central Command also
        # said ..."), and ends at an event told without a day
        # (a day to come, a plan's, is no story's day; history's carries on: "days later")
        explicit = [ev for ev in found if ev.date_explicit and ev.date_start <= news[1]]
        if explicit:
            previous = (explicit[-1].date_start, explicit[-1].date_end)
        elif any(ev.sub_event_type != STATEMENT for ev in added):
            previous = None  # (a statement about the story does not end its day)
        days = [d for d in ctx.dates_in(s, e) if d.kind == "day"]
        if days:
            last_day = days[-1].date_start
        # "On Thursday, the spokesperson ... repeated Islamabad's stance.": told with no event,
        # the day its speaker spoke, for the quote of theirs that follows
        introduced = (s, e, days[0]) if len(days) == 1 and not found and \
            SPEECH.search(text, s, e) else None
    # A headline's claim counts once: when the body tells no event of its kind, it is one.
    told = {ev.event_type for ev in events}
    events.extend(ev for ev in headlines if ev.event_type not in told)
    # An event that starts before the window is background or a total over months ("since
    # 2009, hundreds have been killed"), not this article's news.
    events = [ev for ev in events if news[0] <= ev.date_start <= news[1]]
    # ids last: settling a statement may give it another place
    return [with_id(ev) for ev in
            _settle_strategic(_speakers_continued(_claimants_resolved(_leads_absorbed(events))))]


def _is_title(article: Article, s: int, e: int) -> bool:
    """The article's own title (its first line, or its title as given), not a sub-heading."""
    return not article.text[:s].strip() or (
        bool(article.title) and article.text[s:e].strip() == (article.title or "").strip())


def _elaborations_absorbed(events: list[Event], found: list[Event],
                           news: tuple[date, date]) -> list[Event]:
    """Of `found`, the events that are new. A violent sentence that names no place ("At least
    21 passengers died in the attack", "Di Al Shifa saja, tercatat 45 korban") tells more of
    the last violent event on the same days: its toll goes there (when that one has none), and
    it is no event of its own. `events` is updated in place."""
    out = []
    for ev in found:
        if ev.event_type not in ARMED_VIOLENCE or ev.primary.place_start is not None or \
                ANOTHER.search(ev.primary.excerpt):
            out.append(ev)
            continue
        earlier = next((k for k in range(len(events) - 1, -1, -1)
                        if _elaborates(ev, events[k], news)), None)
        if earlier is None:
            out.append(ev)
        elif ev.event_type == BATTLES and events[earlier].event_type == CIVILIANS and \
                ARMED_DEAD.search(ev.fatalities_text):
            # "troops later killed 12 militants in the rescue" after a hostage-taking: the
            # fight to end it, an event of its own where the hostages were held
            out.append(_placed_as(ev, events[earlier]))
        else:
            events[earlier] = _toll_given(events[earlier], ev)
    return out


def _toll_updated(events: list[Event], toll: Fatalities, news: tuple[date, date]) -> bool:
    """Give `toll`, a later count, to the last violent incident in the window; whether there
    was one. `events` is updated in place."""
    k = next((k for k in range(len(events) - 1, -1, -1) if events[k].event_type in ARMED_VIOLENCE
              and news[0] <= events[k].date_start <= news[1]), None)
    if k is None:
        return False
    if (events[k].fatalities_best or 0) < (toll.best or 0):
        events[k] = replace(events[k], fatalities_low=toll.low, fatalities_best=toll.best,
                            fatalities_high=toll.high, fatalities_text=toll.text)
    return True


def _toll_given(event: Event, other: Event) -> Event:
    """`event`, with the toll of `other` (a report of the same incident) if it has none."""
    if event.fatalities_best is not None or other.fatalities_best is None:
        return event
    return replace(event, fatalities_low=other.fatalities_low, fatalities_best=other.fatalities_best,
                   fatalities_high=other.fatalities_high, fatalities_text=other.fatalities_text)


def _refer_back(events: list[Event], text: str, sentence: tuple[int, int], triggers: list[Trigger],
                ctx: Context, news: tuple[date, date]) -> None:
    """"Penembakan ini terjadi ... Rabu (28/5/2025)", "The attack happened on Tuesday": a
    sentence that refers back to the incident told last gives it the day it did not have.
    `events` is updated in place."""
    s, e = sentence
    zones = irrealis_zones(text, s, e)
    if not any(is_reference(text, s, t) and not is_irrealis(text, s, t, zones) for t in triggers):
        return
    days = [d for d in ctx.dates_in(s, e) if d.explicit and d.kind == "day" and
            news[0] <= d.date_start <= news[1] and not inside_any(d.start, zones)]
    k = next((k for k in range(len(events) - 1, -1, -1) if events[k].event_type in ARMED_VIOLENCE),
             None)
    if k is None or not days or events[k].date_explicit:
        return
    ev, day = events[k], days[0]
    if ev.date_start <= day.date_start <= ev.date_end:
        primary = replace(ev.primary, date_mention_start=None, date_mention_end=None)
        events[k] = replace(ev, date_start=day.date_start, date_end=day.date_end, date_precision=1,
                            date_explicit=True, excerpts=(primary,) + ev.excerpts[1:])


# A claimant told by reference: "the officials said", "he said", "kata kementerian itu".
BARE_CLAIMANT = re.compile(r"(?:the\s+)?(?P<office>officials?|ministry|military|army|government|"
                           r"spokes(?:man|woman|person)|police|agency|he|she|they|dia|ia|mereka|"
                           r"pihaknya|kementerian|militer|tentara|pemerintah|juru\s+bicara)"
                           r"(?:\s+(?:itu|tersebut))?", re.I)
PRONOUNS = frozenset("he she they dia ia mereka pihaknya".split())


def _claimants_resolved(events: list[Event]) -> list[Event]:
    """A claimant named by reference takes the name the article gave before: "the ministry"
    is the last ministry named, "he" the last claimant named."""
    out: list[Event] = []
    named: list[str] = []
    for ev in events:
        bare = BARE_CLAIMANT.fullmatch(ev.claimed_by.strip()) if ev.claimed_by else None
        if bare is not None:
            office = bare.group("office").casefold()
            name = next((n for n in reversed(named) if office in PRONOUNS
                         or office[:5] in n.casefold()), None)
            if name is not None:
                ev = replace(ev, claimed_by=name)
        elif ev.claimed_by:
            named.append(ev.claimed_by)
        out.append(ev)
    return out


def _leads_absorbed(events: list[Event]) -> list[Event]:
    """"One of the group's leaders is dead, killed in a joint operation" and, later, "killed
    Thursday in an airstrike in Anbar": a lead that names no place, no weapon and no fighting
    sums up an incident the body tells with its place. It is that incident (its toll goes
    there when the body gives none), not a second one on the country's point."""
    out: list[Event | None] = list(events)
    first = next((k for k, ev in enumerate(events) if ev.event_type in ARMED_VIOLENCE), None)
    for k, ev in enumerate(events):
        # the article's first violent event on a country or region point ("civilians were
        # displaced this week by fighting in the Central African Republic") is its lead too
        lead = k == first and ev.geo_precision == 3
        # a lead of a named kind ("Tuesday's train hijacking") is summed up by the body's
        # incident of that kind only
        same_kind = not _generic(ev.trigger)
        if ev.event_type not in ARMED_VIOLENCE or (same_kind and not lead) or \
                (ev.primary.place_start is not None and not lead):
            continue
        later = next((j for j in range(k + 1, len(events)) if _tells_more(events[j], ev)
                      and out[j] is not None and (ev.primary.place_start is None
                                                  or events[j].geo_precision < 3)
                      and (not same_kind or events[j].sub_event_type == ev.sub_event_type)),
                     None)
        if later is None:
            continue
        body = out[later]
        assert body is not None
        out[later], out[k] = _toll_given(body, ev), None
    return [ev for ev in out if ev is not None]


def _tells_more(body: Event, lead: Event) -> bool:
    # "fighting" is not shelling: a clash lead is not summed up by a body's strike
    if body.event_type == REMOTE and any(
            t.family == "violent" for t in find_triggers(lead.trigger, 0, len(lead.trigger))):
        return False
    return body.event_type in ARMED_VIOLENCE and body.primary.place_start is not None and \
        body.country == lead.country and body.date_start <= lead.date_end and \
        lead.date_start <= body.date_end


def _generic(trigger_text: str) -> bool:
    """A trigger that says only that violence happened: a toll, a bare "attack" or "fighting"
    (which names no weapon, so the body's account of it says more)."""
    found = find_triggers(trigger_text, 0, len(trigger_text))
    return not found or all(t.family == "attack" or t.sub_event_type == CLASH for t in found)


# The dead who were armed: a fight with them is no more of the attack on civilians before it.
ARMED_DEAD = re.compile(r"\b(?:militants?|terrorists?|fighters|insurgents|rebels|gunmen|attackers|"
                        r"kidnappers|hijackers|bandits|militan|teroris|pemberontak|pejuang|"
                        r"penyerang|penculik|anggota\s+(?:kkb|milisi))\b", re.I)


QUOTED = re.compile(r"\s*[\"\u201c\u2018']")


def _elaborates(ev: Event, earlier: Event, news: tuple[date, date]) -> bool:
    """Whether a placeless violent event can be more of `earlier`: inside the window, on its
    days (a total since the war began is not more of Sunday's fighting), told by the same
    source (another's claim is another report)."""
    if earlier.event_type not in ARMED_VIOLENCE or not news[0] <= earlier.date_start <= news[1] \
            or not news[0] <= ev.date_start:
        return False
    if ev.claimed_by and earlier.claimed_by and ev.claimed_by != earlier.claimed_by and (
            ev.fatalities_best is not None or ev.date_explicit or not QUOTED.match(ev.primary.excerpt)
            or OFFICIAL.search(ev.claimed_by)):
        # (a witness quoted, with no day or toll of their own, tells no new report; an army
        # quoted makes its own claim)
        return False
    if ev.event_type == REMOTE and (ev.event_type, ev.sub_event_type) != \
            (earlier.event_type, earlier.sub_event_type):
        return False  # "saling menembakan roket" after the fighting: a weapon of its own
    return not ev.date_explicit or (earlier.date_explicit and earlier.date_start <= ev.date_start
                                    and ev.date_end <= earlier.date_end)


def _sentence_events(text: str, sentence: tuple[int, int], found: list[Trigger], ctx: Context,
                     previous: tuple[date, date] | None, last_day: date | None,
                     seats: Mapping[str, Entry], updates: bool = True
                     ) -> tuple[list[Event], Fatalities | None]:
    """The sentence's events, and (with `updates`) a toll it gives an incident told before
    ("the death toll from Saturday's blasts rose to 63"), if it is only that."""
    s, e = sentence
    fatal = find_fatalities(text, s, e)
    update = None
    if updates and fatal is not None and fatal.running and \
            not any(t.event_type != STRATEGIC and not is_reference(text, s, t) for t in found):
        # A toll reaching a number with no incident of its own: more of the incident it
        # refers to, or, referring to none, a running total of the war (no event).
        update = fatal if any(t.event_type != STRATEGIC for t in found) else None
        fatal = None
    zones = irrealis_zones(text, s, e)
    out = _reported_events(text, sentence, found, fatal, ctx, zones, previous, last_day, seats) \
        if found or fatal is not None else []
    if update is not None or \
            any(ev.event_type != STRATEGIC or ev.sub_event_type in (APPEAL, PLEDGE) for ev in out):
        return out, update  # a claimed attack is the attack, an appeal the appeal: no statement
    # "the two sides agreed to a truce, the mediators said": who claims a development tells
    # it, and makes no statement of their own
    claimants = {ev.claimed_by for ev in out if ev.claimed_by}
    return out + [st for st in _statement_events(text, sentence, ctx, zones, previous, last_day,
                                                 seats) if st.claimed_by not in claimants], None


def _statement_events(text: str, sentence: tuple[int, int], ctx: Context,
                      zones: list[tuple[int, int]], previous: tuple[date, date] | None,
                      last_day: date | None, seats: Mapping[str, Entry]) -> list[Event]:
    s, e = sentence
    article = ctx.article
    if zones:
        return []  # "would agree to a ceasefire if ...": an offer on conditions is no event yet
    if EFFECTS.search(text, s, e) and not REACTIONS.search(text, s, e) and \
            not ACCUSES.search(text, s, e):
        return []  # "the U.N. says fighting has forced a million to flee": a report, no stand
    if CONFIRMED.search(text, s, e):
        return []  # "the army confirmed the strike": a claim of an incident, not a stand
    if NO_STAND.search(text, s, e) and not ACCUSES.search(text, s, e):
        return []  # "declared three days of national mourning": an act of grief, no stand
    places = [m for m in ctx.mentions_in(s, e) if m.role in PLACE_ROLES]
    out = []
    home = ctx.main_country.entry.country if ctx.main_country and ctx.main_country.entry else None
    # what a speaker says is dated by the telling: "Last week, the leaders signed," Wood said
    quotes = [(q.start(), q.end()) for q in QUOTE.finditer(text, s, e)]
    for st in find_statements(text, sentence, ctx.mentions, seats, places, home, ctx.words,
                              ctx.theatre):
        trigger = Trigger(st.start, st.end, st.speaker, STRATEGIC, STATEMENT, "claim")
        first, last, explicit, dm = _when(text, sentence, trigger, ctx, quotes, previous, last_day,
                                          False)
        if dm is None and not explicit and PRESENT.search(text, st.end, min(e, st.end + 20)) and \
                article.published is not None:
            first = last = article.published
        entry = st.place
        placed = st.mention
        precision = 1 if st.told_where else 3
        excerpt = Excerpt(article.id, article.outlet, article.url, article.language, article.title,
                          text[s:e], s, e, placed.start if placed else None,
                          placed.end if placed else None, dm.start if dm else None,
                          dm.end if dm else None)
        speaker = list(ctx.mentions_in(st.start, st.end))
        out.append(Event(STRATEGIC, STATEMENT, first, last, precision_of(first, last),
                         place_label(entry, placed), entry.id, entry.lat, entry.lon, entry.country,
                         precision, (_owner_name(st.owner, ctx),),
                         claimant_label(st.speaker, speaker), None, None, None, "",
                         text[st.start:st.end][:80], (excerpt,),
                         _confidence(precision, precision_of(first, last), True, placed is None),
                         1, explicit))
    return out


def _judged(text: str, sentence: tuple[int, int], trigger: Trigger) -> bool:
    """Whether the trigger stands in a quotation that judges violence rather than tells of it
    ("is utterly unacceptable", "harus dihentikan"), or is what a speaker judges ("menilai
    serangan ... tak lagi dapat dibenarkan")."""
    s, e = sentence
    if ASSESSED.search(text, s, trigger.start) and JUDGMENT.search(text, trigger.end, e):
        return True
    return any(q.start() <= trigger.start < q.end() and JUDGMENT.search(q.group())
               for q in QUOTE.finditer(text, *sentence))


def _owner_name(owner: str, ctx: Context) -> str:
    """Whom a speaker speaks for, by name: the body, or the country as the gazetteer names it."""
    if owner in BODY_NAMES:
        return BODY_NAMES[owner]
    return next((m.entry.name for m in ctx.mentions if m.entry is not None
                 and m.entry.kind == "country" and m.entry.country == owner), owner)


def _reported_events(text: str, sentence: tuple[int, int], found: list[Trigger],
                     fatal: Fatalities | None, ctx: Context, zones: list[tuple[int, int]],
                     previous: tuple[date, date] | None, last_day: date | None,
                     seats: Mapping[str, Entry]) -> list[Event]:
    s, e = sentence
    article = ctx.article
    why = [is_irrealis(text, s, t, zones) for t in found]
    triggers = [t for t, w in zip(found, why) if not w]
    if fatal is not None and (inside_any(fatal.start, zones) or "reaction" in why or (
            MOURNED.search(text, s, fatal.end + MOURNED_CHARS)
            and not any(t.event_type != STRATEGIC for t in triggers))):
        # "condemned the attack that killed 12", "attended the funeral of those killed": the
        # toll of an event told elsewhere (a strike on a funeral is its own)
        fatal = None
    picked = [p if p.fatal is None or not _a_cause(text, p.trigger.end, p.fatal.end)
              else p._replace(fatal=None) for p in _pick(triggers, text, sentence, fatal, ctx.weapon)]
    claims = find_claims(text, s, e, list(ctx.mentions_in(s, e)))
    cumulative = fatal is not None and CUMULATIVE.search(text, s, e) is not None
    out = []
    for trigger, etype, sub, clause, fatal in picked:
        first, last, explicit, dm = _when(text, sentence, trigger, ctx, zones, previous, last_day,
                                          cumulative)
        places = event_places(text, clause, trigger, ctx, zones, claims)
        venue = seats.get("un") if sub == NEGOTIATION and (
            (not places and AT_THE_UN.search(text, s, e)) or COUNCIL_MEETING.search(text, s, e)) \
            else None
        if venue is not None:  # "a closed meeting of the Security Council": in New York
            places = [Mention(trigger.start, trigger.start, "", entry=venue)]
        inferred = not places
        if etype in ARMED_VIOLENCE and fatal is None and dm is None and \
                all(m.entry is not None and m.entry.kind not in TOWN_KINDS for m in places) and \
                EFFECTS.search(text, s, e):
            continue  # "fighting has forced a million to flee": what a war does, not an incident
        if etype != STRATEGIC and dm is None and fatal is None and \
                _judged(text, sentence, trigger):
            continue  # "'The killing of demonstrators is unacceptable,' X said": a statement
        if inferred:
            fallback = fallback_place(trigger, sentence, ctx, (etype, sub))
            places = [fallback] if fallback else []
        claim = claim_for(claims, trigger.start)
        capital = _offered_from(places, seats, ctx, claim) if sub == PLEDGE else None
        if capital is not None:
            places, inferred = [Mention(trigger.start, trigger.start, "", entry=capital)], True
        actors = _actors(text, sentence, trigger, ctx, claims, [] if inferred else places)
        if (etype, sub) == (BATTLES, CLASH) and ctx.remote is not None and \
                cross_border(text, sentence, trigger, _forces_of(actors, ctx),
                             {m.entry.country for m in places if m.entry is not None}):
            etype, sub = REMOTE, ctx.remote  # "serangan Israel" in Iran, in a war of air strikes
        toll: Fatalities | None = fatal if etype != STRATEGIC else None
        for place in places:
            entry = place.entry
            assert entry is not None
            precision = geo_precision(entry, inferred)
            if precision == 1 and not inferred and venue is None and \
                    NEAR.search(text, max(s, place.start - NEAR_CHARS), place.start):
                precision = 2  # "near Martuni", "villages between X and Y": around the town
            elif precision == 3 and not inferred and place.role == "feature" and \
                    entry.kind in ("admin1", "admin2"):
                precision = 2  # "Distrik X" the index lacks, placed at its region: part of it
            named = not inferred and venue is None  # offsets only for a name in the text
            excerpt = Excerpt(article.id, article.outlet, article.url, article.language,
                              article.title, text[s:e], s, e,
                              place.start if named else None, place.end if named else None,
                              dm.start if dm else None, dm.end if dm else None)
            out.append(Event(
                etype, sub, first, last, precision_of(first, last),
                place_label(entry, place if named else None), entry.id,
                entry.lat, entry.lon, entry.country, precision, actors,
                claim.label if claim else "", toll.low if toll else None,
                toll.best if toll else None, toll.high if toll else None,
                toll.text if toll else "", trigger.text, (excerpt,),
                _confidence(precision, precision_of(first, last), claim is not None, inferred),
                1, explicit))
    return out


def _offered_from(places: list[Mention], seats: Mapping[str, Entry], ctx: Context,
                  claim: Claim | None) -> Entry | None:
    """An offer placed only at a country's middle is made from the capital of the state that
    offers (the one whose office says it, else the first named): "Rusia akan memberi semua
    bantuan", said in Moscow, as a statement is (an appeal stays with the country that needs
    the help, where the README's seed list puts Armenia's)."""
    countries = [m.entry.country for m in places if m.entry is not None and m.entry.kind == "country"]
    if not places or len(countries) != len(places):
        return None
    speaking = [m.entry.country for m in ctx.mentions_in(claim.start, claim.end)
                if m.entry is not None and m.entry.kind == "country"] if claim else []
    return seats.get((speaking or countries)[0])


def _placed(ev: Event) -> bool:
    """Placed by the text: a name in the sentence, or a venue it names (the Security Council)."""
    return ev.primary.place_start is not None or ev.geo_precision == 1


def _settle_strategic(events: list[Event]) -> list[Event]:
    """A statement told without its place takes the place where the article said it was made:
    where the same speaker spoke ("Speaking at the Security Council, Pakistan's envoy Munir
    Akram said", then "..., Akram added"), or the council itself when a meeting there on one
    day is the occasion ("The United States and its allies warned Friday"). An undated one
    takes that telling's days too. Otherwise it stays at the speaker's capital: one envoy at
    the council on some day this week does not put every speaker in New York."""
    out = []
    for ev in events:
        if ev.event_type == STRATEGIC and not _placed(ev):
            twin = next((o for o in events if o is not ev and _placed(o)
                         and (_same_speaker(o.claimed_by, ev.claimed_by)
                              or (ev.date_explicit and _one_day_venue(o)))
                         and (o.event_type, o.sub_event_type) == (ev.event_type, ev.sub_event_type)
                         and o.date_start <= ev.date_end and ev.date_start <= o.date_end), None)
            if twin is not None:
                ev = _as_told_by(ev, twin)
        out.append(ev)
    return out


def _placed_as(ev: Event, other: Event) -> Event:
    """`ev` at the place of `other`."""
    return replace(ev, place=other.place, place_id=other.place_id, lat=other.lat, lon=other.lon,
                   country=other.country, geo_precision=other.geo_precision)


def _as_told_by(ev: Event, other: Event) -> Event:
    """A statement as another telling of it completes it: that telling's place where it has
    none, and that telling's days where it names none."""
    if not _placed(ev) and _placed(other):
        ev = _placed_as(ev, other)
    if not ev.date_explicit:
        ev = replace(ev, date_start=other.date_start, date_end=other.date_end,
                     date_precision=other.date_precision)
    return ev


def _said_that_day(ev: Event, text: str, introduced: tuple[int, int, DateMention]) -> Event:
    """A statement with no day of its own whose speaker the sentence before introduced on a
    day ("On Thursday, the spokesperson, Ambassador Ali Khan, repeated ..." then "'We urge
    ...,' Khan said"): made that day."""
    s, e, day = introduced
    surname = ev.trigger.split()[-1] if ev.trigger.split() else ""
    if ev.sub_event_type != STATEMENT or ev.date_explicit or not surname[:1].isupper() or \
            re.search(rf"\b{re.escape(surname)}\b", text[s:e]) is None:
        return ev
    return replace(ev, date_start=day.date_start, date_end=day.date_end,
                   date_precision=precision_of(day.date_start, day.date_end))


def _speakers_continued(events: list[Event]) -> list[Event]:
    """"..., Munir Akram said" and next "..., the Pakistani envoy said Monday": a speaker the
    text names only by office, right after a statement for the same side, is the speaker of
    that one. It is one statement (one per speaker and day), made where and when the two
    tellings together say."""
    out: list[Event] = []
    last: Event | None = None
    for ev in events:
        if ev.sub_event_type == STATEMENT:
            if last is not None and ev.actors == last.actors and _unnamed(ev.trigger, last):
                ev = _as_told_by(replace(ev, claimed_by=last.claimed_by), last)
            last = ev
        out.append(ev)
    return out


def _unnamed(speaker: str, before: Event) -> bool:
    """Whether a speaker, as the text names them, is only an office told by reference ("the
    minister", "the Pakistani envoy", "menteri itu", "he"): no name but the side they speak
    for and words of the speaker `before`. (A state named as the speaker, "The United
    States", is a name.)"""
    said = speaker.strip()
    if said.casefold() not in PRONOUNS and not (
            OFFICIAL.search(said) and re.match(r"(?:the|that|this)\s|.*\s(?:itu|tersebut)$", said, re.I)):
        return False  # "Pakistani officials" are others; "the Pakistani envoy" is the one told
    side = {w[:4].casefold() for a in before.actors for w in a.split()}
    known = set(re.findall(r"[\w'.-]+", before.claimed_by))
    names = re.findall(r"\b[A-Z][\w'.-]*", speaker)
    return all(w in ("The", "He", "She") or w[:4].casefold() in side or w in known
               or w.casefold() in OFFICE_WORDS or OFFICIAL.fullmatch(w) for w in names)


def _one_day_venue(ev: Event) -> bool:
    """A statement at a venue the text names (the Security Council), on a day it names."""
    return ev.primary.place_start is None and ev.geo_precision == 1 and ev.date_explicit and \
        ev.date_start == ev.date_end


def _same_speaker(a: str, b: str) -> bool:
    """"Pakistan's envoy Munir Akram" and "Akram": one speaker, by name or by the same label."""
    if not a or not b:
        return False
    if a.casefold() == b.casefold():
        return True
    # the last capitalised word: a surname ("Akram"), or a state's name when a state speaks
    names = [re.findall(r"\b[A-Z][\w-]+", x) for x in (a, b)]
    return bool(names[0] and names[1]) and names[0][-1] == names[1][-1]
