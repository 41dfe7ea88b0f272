"""How an article is read before events are taken from it: which sentences report its news,
and which are headlines, captions, related links, background, denials or generalities.

A coder reads an article for what it reports as news inside its window (the 14 days up to
publication). Everything else would put old wars, photo captions and trends on the map as
today's events. The rules are kinds of sentence, not phrases of any one article:
- headline: a line in Title Case, or one without closing punctuation (a title or sub-heading);
- caption: a paragraph before the dateline paragraph ("KOMPAS.com -", "CITY (AP) -"), or one
  that opens like a picture's description ("FILE -", "Foto:", "Tampak ...") or carries a
  photo credit;
- related: the article's non-reporting spans ("Baca juga" blocks, page furniture);
- background: dated only before the window ("in 2009", "pada tahun 2010", "last September"),
  told as history ("pernah", "in the past", "has long"), or referring back to a background
  sentence ("the same incident");
- denial: a sentence that denies or dismisses ("dismissed accusations", "membantah");
- generic: habits and totals ("regularly", "for years", "since the withdrawal started");
- accident: a crash nothing shot down, a blast the text calls technical, people killed by
  a storm, a flood or an earthquake.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from geo.events.dates import DateMention
from geo.records import Article
from geo.text import Gated, WordGate, any_within, inside_any, lines_view, title_lines, within

NEWS = "news"
HEADLINE = "headline"
# What a speaker says is dated by the telling: a date inside quotes is not the sentence's.
QUOTE = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")
WINDOW_DAYS = 13  # the window's first day is publication minus this
CAPTION_CHARS = 400  # a caption is a short paragraph; a long one is body text

_END_MARK = re.compile(r"[.!?\u2026\"'\u201d\u2019)\]:]\s*$")
DATELINE = re.compile(r"^[^\n]{0,80}?\b(?:KOMPAS\.com|[A-Z][A-Za-z.]+\.(?:com|co\.id|id)|"
                      r"\((?:AP|AFP|Reuters|VOA|ANTARA)\))\s*[-\u2013\u2014]+", re.M)
CAPTION_START = re.compile(
    r"^\s*(?:FILE\b|FILE PHOTO\b|PHOTO\b|Photo:|Foto\b|Ilustrasi\b|Tangkapan\s+layar\b|"
    r"Screenshot\b|Tampak\b|Nampak\b|Terlihat\b|Suasana\b|Warga\s+melihat\b|Caption:|"
    r"In\s+this\s+(?:photo|image|picture)\b|This\s+(?:photo|image|picture)\b|"
    r"Video\b|WATCH\b|Related\b|More:|Baca\s+juga\b|Simak\b)", re.I)
CREDIT = re.compile(r"\((?:AP|AFP|Reuters|VOA|ANTARA)\s+(?:Photo|Foto)\b|\bAP\s+Photo/|"
                    r"\b(?:AFP|REUTERS|ANTARA\s+FOTO|KOMPAS\.com)/[A-Z][\w. ]+\)?\s*$|"
                    r"\b(?:difoto|dipotret|pictured|photographed)\b", re.I)
BACKGROUND = re.compile(
    r"\b(?:pernah|saat\s+itu|ketika\s+itu|kala\s+itu|dulu|dahulu|puluhan\s+tahun|bertahun-tahun|"
    r"sejak\s+lama|dalam\s+sejarah|past\s+attacks?|in\s+the\s+past|has\s+long|have\s+long|"
    r"had\s+long|for\s+(?:many\s+)?(?:years|decades)|decades?\s+ago|years\s+ago|historically|"
    r"at\s+the\s+time|anniversary|peringatan|the\s+same\s+incident|insiden\s+yang\s+sama|"
    r"kejadian\s+yang\s+sama|then\b(?=\s+war-torn)|then-(?:president|prime|leader|minister|"
    r"governor|commander|chief))\b", re.I)
GENERIC = re.compile(
    r"\b(?:regular|frequent|constant|recurring|regularly|routinely|frequently|often|usually|"
    r"repeatedly|increasingly|every\s+(?:day|week)|"
    r"sering|kerap|acap\s+kali|berulang\s+kali|biasanya|secara\s+rutin|more\s+than\s+any\s+other|"
    r"have\s+(?:intensified|increased|escalated)|terus\s+meningkat|daily|almost\s+daily|nightly|"
    r"setiap\s+hari|hampir\s+setiap\s+hari|in\s+recent\s+(?:weeks|months|years)|"
    r"(?:over|in)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+)?(?:weeks|months|years)|"
    r"so\s+far\s+this\s+year|"
    # Totals over a span the window does not bound: "in the last 15 months", "since the war
    # began", "sejak Israel melancarkan perang"; a trend ("has ramped up attacks"); a habit
    # told as a count of times ("telah beberapa kali diserang").
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\d+|two|three|four|five|six|ten|twelve|"
    r"eighteen)\s+(?:weeks|months|years)|"
    r"(?:in|over)\s+(?:recent|the\s+(?:past|last)\s+(?:few|several))\s+days|"
    r"since\s+the\s+(?:start|beginning|outbreak)\s+of\s+(?:the|this)\s+(?:year|war|conflict|"
    r"fighting)|since\s+the\s+(?:war|conflict|fighting)\s+(?:began|started|broke\s+out)|"
    r"(?:ramped|stepped)\s+up|several\s+times|multiple\s+times|"
    r"sejak\s+(?:awal|dimulainya|pecahnya)\s+(?:perang|konflik|agresi|invasi)|"
    r"sejak\s+(?:[A-Z][\w-]+\s+){1,2}(?:melancarkan|memulai)\s+(?:perang|agresi|invasi)|"
    r"beberapa\s+kali|berkali-kali|dalam\s+beberapa\s+hari\s+terakhir|"
    r"dalam\s+beberapa\s+(?:pekan|minggu|bulan|tahun)\s+terakhir|"
    r"(?:selama|dalam)\s+(?:berminggu-minggu|berbulan-bulan|bertahun-tahun)|sepanjang\s+tahun(?:\s+ini)?|"
    r"sejak\s+awal\s+tahun)\b", re.I)
DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|dismissed|dismisses|dismissing|"
    r"(?:rejected|rejecting|rejects|rebutted|rebutting|rebuts|refuted|refuting|refutes)\s+"
    r"(?:[\w'\u2019]+\s+){0,2}(?:accusations?|claims?|allegations?|charges?|reports?|assertions?)|"
    r"categorically|fake\s+news|membantah|dibantah|menyangkal|disangkal|"
    r"menepis|mempertanyakan\s+tuduhan|menolak\s+(?:tuduhan|klaim)|tidak\s+pernah\s+(?:mengakui|mengonfirmasi))\b",
    re.I)
# Crashes and blasts the text says were no hostile act (CODING.md §2, accident): a crash is
# one unless something shot it down; "no indication of enemy fire" says so outright.
ACCIDENT = re.compile(
    r"\b(?:crash|crashed|crashes|crash-landed|kecelakaan|jatuhnya\s+pesawat|pesawat\s+(?:\w+\s+){0,3}jatuh|"
    r"no\s+indications?|technical\s+(?:failure|fault|problems?|malfunction)|mechanical\s+(?:failure|"
    r"problems?)|accidental(?:ly)?|gangguan\s+teknis|kerusakan\s+mesin|korsleting|short\s+circuit)\b",
    re.I)
# Nature killing: "the storm killed 12", "tewas tertimbun longsor", "died in the floods". No
# one's act, so no event (ACLED codes none), whatever verb of killing tells it.
_HAZARD = (r"(?:storms?|cyclones?|typhoons?|hurricanes?|floods?|flooding|floodwaters|earthquakes?|"
           r"quakes?|landslides?|mudslides?|tsunamis?|heatwaves?|heat\s+waves?|lightning|avalanches?|"
           r"wildfires?|blizzards?|droughts?|banjir(?:\s+bandang)?|gempa(?:\s+bumi)?|"
           r"(?:tanah\s+)?longsor|badai|topan|angin\s+puting\s+beliung|petir|erupsi|"
           r"gelombang\s+panas|kekeringan)")
NATURE = re.compile(
    rf"\b{_HAZARD}\s+(?:(?:has|have|had|also|that|which|yang)\s+)?(?:killed|kills|left|claimed|"
    rf"menewaskan|merenggut|menelan)\b|"
    rf"\b{_HAZARD}\s+(?:struck|hit|swept|battered|ravaged|tore|melanda|mengguncang|menerjang|"
    rf"menghantam|mengguyur)\b[^.;]{{0,80}}?\b(?:killing|leaving|menewaskan|mengakibatkan)\b|"
    rf"\b(?:killed|died|dead|drowned|tewas|meninggal(?:\s+dunia)?|hanyut)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:in|by|after|during|from|akibat|karena|dalam|saat|tertimbun|terseret|diterjang|dilanda)\s+"
    rf"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?{_HAZARD}\b", re.I)
# A hazard's word opens the search for NATURE: a text naming none is not scanned for it.
HAZARD_GATE = WordGate(r"storms?|cyclones?|typhoons?|hurricanes?|floods?|flooding|floodwaters|"
                       r"earthquakes?|quakes?|landslides?|mudslides?|tsunamis?|heatwaves?|heat|"
                       r"lightning|avalanches?|wildfires?|blizzards?|droughts?|banjir|gempa|tanah|"
                       r"longsor|badai|topan|angin|petir|erupsi|gelombang|kekeringan")
# How far from a hazard's word a NATURE match may start or end ("killed ... in the floods").
NATURE_CHARS = 120


def _nature(text: str) -> list[tuple[int, int]]:
    """Where NATURE matches, searched only around the text's hazard words."""
    spans: set[tuple[int, int]] = set()
    for p in HAZARD_GATE.positions(text):
        spans.update(m.span() for m in NATURE.finditer(text, max(0, p - NATURE_CHARS),
                                                        min(len(text), p + NATURE_CHARS)))
    return sorted(spans)


SHOT_DOWN = re.compile(r"\b(?:shot\s+down|shooting\s+down|downed|brought\s+down|ditembak\s+jatuh|"
                       r"menembak\s+jatuh|dijatuhkan|menjatuhkan|missile|rudal|hit\s+by|struck\s+by)\b",
                       re.I)
# A sentence that refers to the one before it ("the same incident", "serangan itu"): it
# continues a background story.
SAME_STORY = re.compile(r"\b(?:the\s+same|that\s+(?:attack|day|year|time)|(?:serangan|ledakan|"
                        r"insiden|peristiwa|kejadian|pertempuran|bentrokan|penembakan|pengeboman|"
                        r"pembunuhan)\s+(?:itu|tersebut)|yang\s+sama|kedua\s+dalam)\b", re.I)


# One pass over the article finds where each kind's words stand.
_KIND_WORDS = Gated({"background": BACKGROUND, "generic": GENERIC, "denial": DENIAL,
                     "same": SAME_STORY, "accident": ACCIDENT})


def window(published: date) -> tuple[date, date]:
    """The news window: the 14 days up to and including publication."""
    return published - timedelta(days=WINDOW_DAYS), published


def _lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", lines_view(text))]


def _caption_lines(text: str, lines: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Lines that describe a picture, and those before the dateline paragraph."""
    out = set()
    dateline = DATELINE.search(lines_view(text), 0, min(len(text), 3000))
    for a, b in lines:
        line = text[a:b]
        if (dateline is not None and b <= dateline.start()) or (
                b - a <= CAPTION_CHARS and (CAPTION_START.match(line) or CREDIT.search(line))):
            out.add((a, b))
    return out


def sentence_kinds(article: Article, sentences: Sequence[tuple[int, int]],
                   dates: Sequence[DateMention], date_starts: Sequence[int]) -> list[str]:
    """The kind of each sentence: NEWS, or why a coder would take no event from it."""
    text = article.text
    assert article.published is not None
    first, last = window(article.published)
    lines = _lines(text)
    captions = _caption_lines(text, lines)
    titles = title_lines(text)
    line_of = {}
    k = 0
    for s, _ in sentences:
        while k + 1 < len(lines) and lines[k][1] <= s:
            k += 1
        line_of[s] = lines[k] if lines else (0, len(text))
    words = _KIND_WORDS.matches(text)
    words["nature"] = _nature(text)
    kinds = []
    previous = NEWS
    for s, e in sentences:
        line = line_of[s]
        quotes = [(q.start(), q.end()) for q in QUOTE.finditer(text, s, e)]
        own = [d for d in within(dates, date_starts, s, e) if not inside_any(d.start, quotes)]
        outside = [d for d in own if d.date_end < first or d.date_start > last]
        inside = [d for d in own if d not in outside]
        if not article.is_reporting(s, e):
            kind = "related"
        elif line in captions:
            kind = "caption"
        elif inside_any(s, titles) or (e == line[1] and s == line[0] and not _END_MARK.search(text[s:e])):
            kind = HEADLINE
        elif (outside and not inside) or any_within(words["background"], s, e) or (
                previous == "background" and not inside and any_within(words["same"], s, e)):
            kind = "background"
        elif any_within(words["denial"], s, e):
            kind = "denial"
        elif any_within(words["accident"], s, e) and not SHOT_DOWN.search(text, s, e) or \
                any_within(words["nature"], s, e):
            kind = "accident"
        elif any_within(words["generic"], s, e) and not inside:
            kind = "generic"
        else:
            kind = NEWS
        kinds.append(kind)
        previous = kind
    return kinds
