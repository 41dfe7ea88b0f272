"""Date mentions: find them in text, and turn each into a day or range with UCDP precision.

dateparser (with the article's published date as its base) parses the absolute forms; a
small pre-normaliser rewrites the Indonesian and English relative forms it misses
("hari Minggu (01/11)", "Sabtu malam", "Jumat lalu", "pekan lalu", "dua hari lalu").
Precision follows UCDP's date_prec: 1 a day, 2 a span of 2-6 days, 3 a known week,
4 a known month, 5 a known year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from geo.text import WordGate

MONTHS_ID = "januari februari maret april mei juni juli agustus september oktober november desember"
MONTHS_EN = "january february march april may june july august september october november december"
MONTH_ABBR = "jan feb mar apr jun jul aug agu agt ags sep sept oct okt nov dec des"
DAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
        "minggu": 6, "ahad": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
        "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {"satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
           "delapan": 8, "sembilan": 9, "sepuluh": 10, "a": 1, "an": 1, "one": 1, "two": 2,
           "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
UNITS = {"hari": 1, "day": 1, "days": 1, "pekan": 7, "minggu": 7, "week": 7, "weeks": 7,
         "bulan": 30, "month": 30, "months": 30}

_MONTH = (rf"(?:{'|'.join((MONTHS_ID + ' ' + MONTHS_EN).split())}|"
          rf"(?:{'|'.join(MONTH_ABBR.split())})\.?)")
_DAY = rf"(?:{'|'.join(k for k in DAYS if chr(39) not in k)}|jum'at)"
_NUM = rf"(?:\d{{1,2}}|{'|'.join(k for k in NUMBERS if len(k) > 2)})"
_PART = r"(?:pagi|siang|sore|malam|dini\s+hari|morning|afternoon|evening|night)"
_YEAR = r"(?:19|20)\d\d"

# Ordered: the first alternative that matches at a position wins (longest forms first).
_DMY = rf"\d{{1,2}}\s+{_MONTH}(?:\s+{_YEAR})?"
_MDY = rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?"
_UNIT = r"(?:hari|pekan|minggu|bulan|days?|weeks?|months?)"
PATTERNS = [
    ("since", rf"\b(?:sejak|since)\s+(?:(?:hari\s+)?{_DAY},?\s+)?(?P<x>{_DMY}|{_MDY})"),
    ("since", rf"\b(?:sejak|since)\s+(?:(?:hari\s+)?{_DAY}\s*)?\(?(?P<x>\d{{1,2}}/\d{{1,2}}"
              rf"(?:/{_YEAR})?)\)?"),
    # "since Tuesday": that Tuesday to the paper's day
    ("sinceday", rf"\b(?:sejak|since)\s+(?:hari\s+)?(?P<d>{_DAY})\b"),
    # "since the attacks began Tuesday", "sejak serangan dimulai pada Jumat": the same
    ("sinceday", rf"\b(?:sejak|since)\s+(?:[\w-]+\s+){{1,4}}?(?:began|begun|started|broke\s+out|"
                 rf"erupted|dimulai|pecah|meletus)\s+(?:on\s+|pada\s+)?(?:hari\s+)?(?P<d>{_DAY})\b"),
    # "pada Minggu (26/10/2025)": the day named with its date is that date, whichever week
    ("absolute", rf"\b(?:(?:(?:pada|on)\s+)?(?:hari\s+)?{_DAY},?\s+)?(?P<x>{_DMY})\b"),
    ("absolute", rf"\b(?:(?:on\s+)?{_DAY},?\s+)?(?P<x>{_MDY})\b"),
    ("absolute", rf"(?:\b(?:(?:pada|on)\s+)?(?:hari\s+)?{_DAY}\s*)?\(?(?P<x>\d{{1,2}}/\d{{1,2}}"
                 rf"(?:/{_YEAR})?)\)?"),
    ("month", rf"\b(?:(?:pada|bulan|in)\s+)?(?P<x>{_MONTH}"
              rf"(?:\s+(?:{_YEAR}|tahun\s+ini|this\s+year|lalu|last\s+year))?)\b"),
    # "this week" (Monday to the paper's day), "earlier this month" (the 1st to the day before)
    ("thisweek", r"\b(?:(?P<earlier>earlier|awal)\s+)?(?:this\s+(?P<w>week|month)|"
                 r"(?P<iw>pekan|minggu|bulan)\s+ini)\b"),
    ("weekdays", rf"\b(?:sepanjang|pada|on|between)?\s*(?P<a>{_DAY})\s+"
                 rf"(?:dan|and|hingga|sampai|to)\s+(?P<b>{_DAY})\b"),
    ("weekday", rf"\b(?:(?:hari|pada|on|last|this)\s+)?(?P<d>{_DAY})"
                rf"(?P<last>\s*lalu|\s+kemarin)?(?:\s+{_PART})?\b"),
    ("relative", r"\b(?:kemarin|yesterday|tadi\s+malam|last\s+night|hari\s+ini|today|tonight|"
                 r"malam\s+ini|overnight|semalam|(?:the\s+)?previous\s+day(?:['\u2019]s)?|"
                 r"the\s+day\s+before|sehari\s+sebelumnya)\b"),
    ("ago", rf"\b(?P<n>{_NUM})\s+(?P<u>{_UNIT})\s+(?:yang\s+)?(?:lalu|ago|terakhir)\b"),
    ("lastweek", r"\b(?:pekan\s+lalu|minggu\s+lalu|last\s+week|bulan\s+lalu|last\s+month)\b"),
    # "in 2009", "pada tahun 2010", "the 2004 bombing", "antara 2003--2005", "since 2009"
    ("year", rf"\b(?:(?P<since>since|sejak)\s+|(?:in|pada|tahun|the|during|selama|antara|between|"
             rf"until|hingga|sampai|early|late|awal|akhir|of)\s+)(?:tahun\s+)?"
             rf"(?P<x>{_YEAR})(?!\s*(?:orang|people|warga|jiwa|korban|persons|troops|tentara))"
             rf"(?:\s*(?:--|-|\u2013|to|hingga|sampai|dan|and)\s*(?P<y2>{_YEAR}))?\b"),
    # "sehari setelah", "two days after": the act in the sentence came that many days before
    # the date in hand (the "after" kind; `_resolve` keeps the count in its span)
    ("after", rf"\b(?:sehari\s+(?:setelah|sesudah)(?:nya)?|a\s+day\s+(?:after|later)|"
              rf"(?P<n>{_NUM})\s+(?:hari|days)\s+(?:setelah|sesudah|after))\b"),
    ("lasted", rf"\b(?:telah|sudah|has|have)\s+(?:berlangsung|berjalan|lasted|gone\s+on\s+for)\s+"
               rf"(?:selama\s+|for\s+)?(?P<n>{_NUM}|se)\s*(?P<u>{_UNIT})\b"),
]
# All patterns as one alternation (earlier ones win at a position), their groups renamed
# "x_3" for the pattern at index 3 so that each keeps its own.
_COMBINED = re.compile("|".join(
    f"(?P<k_{i}>" + re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{i}>", p) + ")" for i, (_, p) in enumerate(PATTERNS)),
    re.IGNORECASE)


_STARTS = re.compile(r"(?<!\w)\w|\(")


class _Match:
    """One alternative of the combined pattern, looking like a match of its own pattern."""

    def __init__(self, m: re.Match[str]) -> None:
        self.index = int(m.lastgroup.rsplit("_", 1)[1])  # type: ignore[union-attr]
        suffix = f"_{self.index}"
        # only the groups that took part: a pattern's required groups are always there
        self._groups = {k[: -len(suffix)]: v for k, v in m.groupdict().items()
                        if k.endswith(suffix) and not k.startswith("k_") and v is not None}
        self._text = m.group()

    def groupdict(self) -> dict[str, str]:
        return self._groups

    def group(self) -> str:
        return self._text
# Every pattern holds one of these words: only the stretches around them are searched.
_WORDS = (MONTHS_ID + " " + MONTHS_EN + " " + MONTH_ABBR + " " + " ".join(DAYS) + " jum lalu ago "
          "kemarin yesterday today tonight overnight semalam malam sejak since sehari day berlangsung "
          "berjalan lasted gone pekan week bulan month")
# Words that begin with one of them ("week" in "weekend"), and years, open the gate; numeric
# dates ("7/6/2025") are found by their slash.
KEYWORDS = WordGate("|".join(sorted(set(_WORDS.split()), key=len, reverse=True)) +
                    r"|(?:19|20)\d\d\Z", prefix=True)
SLASH_DATE = re.compile(r"\d/\d")
WINDOW = 60
KEYWORD_CHARS = 12  # a keyword's length, at most: the window runs on past its end


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression at text[start:end] and the days it stands for."""

    start: int
    end: int
    text: str
    date_start: date
    date_end: date
    precision: int
    # "day", "range", "since" (opens a range up to publication), "after" (relative: the act
    # came date_end - date_start days before the date in hand)
    kind: str
    explicit: bool = True  # False for ranges estimated from a duration ("satu bulan")


def precision_of(start: date, end: date) -> int:
    days = (end - start).days + 1
    return 1 if days <= 1 else 2 if days <= 6 else 3 if days <= 7 else 4 if days <= 31 else 5


# A weekday told as what is to come ("talks Tuesday" after "hopes to", "akan ... Kamis",
# "next Friday") is the coming one, not the last: no news of the window. The marker stands
# before the day in its clause, with no telling between them ("will strike back, the
# minister said Tuesday" is still last Tuesday).
FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|scheduled|set\s+to|expected\s+to|plans?\s+to|"
                    r"planning\s+to|hopes?\s+to|upcoming|next(?!\s+to\b)|akan|dijadwalkan|"
                    r"direncanakan|rencananya|berencana|mendatang)\b"
                    r"(?![^.!?\n\u201c\u201d\"]*?\b(?:said|says|told|announced|added|wrote|stated|"
                    r"kata|ujar|ucap|ungkap|tutur|jelas|menurut|mengatakan|menyatakan)\b)"
                    r"[^.!?\n\u201c\u201d\"]*\Z", re.I)
FUTURE_REACH = 90  # characters before the day in which a marker is looked for
_AFTER_DAY = re.compile(r"\s+(?:depan|mendatang)\b", re.I)


def _to_come(text: str, start: int, end: int) -> bool:
    """Whether the weekday at text[start:end] is told as still to come."""
    return bool(FUTURE.search(text, max(0, start - FUTURE_REACH), start)
                or _AFTER_DAY.match(text, end))


def _next_weekday(base: date, weekday: int) -> date:
    return base + timedelta(days=(weekday - base.weekday()) % 7)


def _last_weekday(base: date, weekday: int, strictly_before: bool) -> date:
    back = (base.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return base - timedelta(days=back)


_MONTH_NUMBER = {name: n for names in (MONTHS_ID, MONTHS_EN) for n, name in enumerate(names.split(), 1)}
_MONTH_NUMBER.update({a: n for a, n in (("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6),
                                         ("jul", 7), ("aug", 8), ("agu", 8), ("agt", 8), ("ags", 8),
                                         ("sep", 9), ("sept", 9), ("oct", 10), ("okt", 10),
                                         ("nov", 11), ("dec", 12), ("des", 12))})
_QUICK = re.compile(r"(?:(?P<d1>\d{1,2})\s+(?P<m1>[^\W\d_]+)\.?|(?P<m2>[^\W\d_]+)\.?\s+(?P<d2>\d{1,2})"
                    r"|(?P<d3>\d{1,2})/(?P<m3>\d{1,2})/?|(?P<m4>[^\W\d_]+)\.?)(?:,?\s*(?P<y>\d{4}))?")


def _quick_absolute(expr: str, base: date) -> tuple[date, str] | None:
    """The common shapes ("31 Oktober 2020", "October 31", "01/11/2020", "Juli 2020") without
    dateparser; None sends the expression on to dateparser."""
    m = _QUICK.fullmatch(expr.strip())
    if m is None:
        return None
    g = m.groupdict()
    month_word = g["m1"] or g["m2"] or g["m4"]
    month = _MONTH_NUMBER.get(month_word.casefold()) if month_word else int(g["m3"])
    day = int(g["d1"] or g["d2"] or g["d3"] or 1)
    year = int(g["y"]) if g["y"] else base.year
    try:
        found = date(year, month, day) if month else None
    except ValueError:
        return None
    if found is None:
        return None
    return found, "month" if g["m4"] else "day"


@lru_cache(maxsize=4096)
def parse_absolute(expr: str, base: date, lang: str) -> tuple[date, str] | None:
    """A normalised absolute expression as (day, period), or None: the common shapes directly,
    everything else through dateparser with `base` as its relative base."""
    quick = _quick_absolute(expr, base)
    if quick is not None:
        found, period = quick
        if found > base and not re.search(r"\d{4}", expr):
            found = found.replace(year=found.year - 1)  # "27 September" in a November article
        return found, period
    parser = _parser(lang, base)
    data = parser.get_date_data(expr)
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    if found > base:  # "27 September" in a November article is last September
        try:
            found = found.replace(year=found.year - 1)
        except ValueError:
            return None
    return found, data.period or "day"


@lru_cache(maxsize=64)
def _parser(lang: str, base: date):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    return DateDataParser(languages=[lang], settings={
        "RELATIVE_BASE": datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS.get(word.casefold(), 1)


def _resolve(kind: str, m: _Match, base: date, lang: str
             ) -> tuple[date, date, str, bool] | None:
    """(start, end, mention kind, explicit) for one match, or None when it is no date."""
    g = m.groupdict()
    for name in ("x", "d", "a", "b"):
        word = g.get(name)
        if word and word[0].isalpha() and not word[0].isupper():
            return None  # "may", "minggu lalu": month and day names are written capitalised
    if kind == "month" and g["x"].strip().casefold() == "may" and not re.match(r"(?i)in\b", m.group()):
        return None  # "May" alone is more often a name or a verb
    if kind in ("since", "absolute", "month"):
        expr = re.sub(r"\s+", " ", g["x"]).strip()
        expr = re.sub(r"\b(tahun ini|this year)\b", str(base.year), expr, flags=re.I)
        expr = re.sub(r"\b(lalu|last year)\b", str(base.year - 1), expr, flags=re.I)
        expr = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", expr)
        if "/" in expr and expr.count("/") == 1:
            expr = f"{expr}/{base.year}"
        english = re.search(MONTHS_EN.replace(" ", "|"), expr, re.I) and "/" not in expr
        parsed = parse_absolute(expr, base, "en" if english and lang == "id" else lang)
        if parsed is None:
            return None
        day, period = parsed
        if kind == "since":
            return day, base, "since", True
        if period == "month" or kind == "month":
            first = day.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            return first, min(last, base), "range", True
        if period == "year":
            return day.replace(month=1, day=1), min(day.replace(month=12, day=31), base), "range", True
        return day, day, "day", True
    if kind == "weekdays":
        a = _last_weekday(base, DAYS[g["a"].casefold().replace("'", "")], False)
        b = _last_weekday(base, DAYS[g["b"].casefold().replace("'", "")], False)
        return min(a, b), max(a, b), "range", True
    if kind == "sinceday":
        return _last_weekday(base, DAYS[g["d"].casefold().replace("'", "")], False), base, "since", True
    if kind == "weekday":
        day = _last_weekday(base, DAYS[g["d"].casefold().replace("'", "")], bool(g.get("last")))
        return day, day, "day", True
    if kind == "relative":
        word = m.group().casefold()
        if word in ("overnight", "semalam"):  # the night before the paper: two dates
            return base - timedelta(days=1), base, "range", True
        back = 0 if word in ("hari ini", "today", "tonight", "malam ini") else 1
        return base - timedelta(days=back), base - timedelta(days=back), "day", True
    if kind == "ago":
        span = UNITS[g["u"].casefold()] * _number(g["n"])
        day = base - timedelta(days=span)
        return (day, day, "day", True) if span == _number(g["n"]) else (day, base, "range", True)
    if kind == "thisweek":
        unit = (g.get("w") or g.get("iw") or "week").casefold()
        if unit in ("month", "bulan"):
            end = base - timedelta(days=1) if g.get("earlier") and base.day > 1 else base
            return base.replace(day=1), end, "range", True
        return base - timedelta(days=base.weekday()), base, "range", True
    if kind == "lastweek":
        word = m.group().casefold()
        if "bulan" in word or "month" in word:
            last = base.replace(day=1) - timedelta(days=1)
            return last.replace(day=1), last, "range", True
        monday = base - timedelta(days=base.weekday() + 7)
        return monday, monday + timedelta(days=6), "range", True
    if kind == "year":
        year = int(g["x"])
        until = int(g.get("y2") or year)
        if year > base.year or until < year:
            return None
        first = date(year, 1, 1)
        if g.get("since"):
            return first, base, "since", True
        return first, min(date(until, 12, 31), base), "range", True
    if kind == "after":
        return base - timedelta(days=_number(g["n"]) if g.get("n") else 1), base, "after", True
    if kind == "lasted":
        span = UNITS[g["u"].casefold()] * _number(g["n"])
        return base - timedelta(days=span), base, "range", False
    return None


def find_dates(text: str, published: date, lang: str | None = "id") -> list[DateMention]:
    """Every date expression in `text`, resolved against the article's published date.

    Where expressions overlap, the one that starts first wins, then the longer one.
    """
    lang = lang or "id"
    windows: list[list[int]] = []
    hits = sorted(KEYWORDS.positions(text) + [m.start() for m in SLASH_DATE.finditer(text)])
    for k in hits:
        a, b = max(0, k - WINDOW), min(len(text), k + WINDOW + KEYWORD_CHARS)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    found = []
    for a, b in windows:
        # Every pattern starts at a word or a "(": trying those alone finds what a scan of
        # every position finds (leftmost, then on from its end), without trying the rest.
        until = a
        for at in _STARTS.finditer(text, a, b):
            if at.start() < until:
                continue
            raw = _COMBINED.match(text, at.start(), b)
            if raw is None:
                continue
            lead = len(raw.group()) - len(raw.group().lstrip())
            if raw.end() > raw.start() + lead:
                until = raw.end()
                m = _Match(raw)
                found.append((raw.start() + lead, -(raw.end()), m.index, PATTERNS[m.index][0], m))
    found.sort()
    out: list[DateMention] = []
    taken_until = -1
    for start, neg_end, _, kind, m in found:
        if start < taken_until:
            continue
        resolved = _resolve(kind, m, published, lang)
        if resolved is None:
            continue
        if kind == "weekday" and not m.groupdict().get("last") and _to_come(text, start, -neg_end):
            day = _next_weekday(published, DAYS[m.groupdict()["d"].casefold().replace("'", "")])
            resolved = (day, day, "day", True)
        first, last, mkind, explicit = resolved
        out.append(DateMention(start, -neg_end, text[start:-neg_end], first, last,
                               precision_of(first, last), mkind, explicit))
        taken_until = -neg_end
    return out
