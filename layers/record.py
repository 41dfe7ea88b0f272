"""One event's record as the page shows it, written for people: field names in words,
dates as dates, numbers as numbers, nothing shown as "nan"; and the part of an article
around an excerpt (pure functions)."""
from __future__ import annotations

import math
import re
from typing import Any

import pandas as pd

# (column of the events layer, what the page calls it), in the order shown
FIELDS = [("event_type", "Type"), ("sub_event_type", "Sub-type"), ("place", "Place"),
          ("country", "Country"), ("geo_precision", "Where, how exactly"),
          ("date_start", "From"), ("date_end", "To"), ("date_precision", "When, how exactly"),
          ("claimed_by", "Claimed by"), ("actors", "Actors"), ("fatalities_best", "Killed"),
          ("fatalities_low", "Killed, at least"), ("fatalities_high", "Killed, at most"),
          ("fatalities_text", "Killed, in the report's words"), ("sources", "Sources"),
          ("outlet", "Outlet"), ("title", "Title"), ("url", "Address"),
          ("confidence", "Confidence"), ("id", "Event id")]
GEO_WORDS = {1: "the place itself", 2: "near the place, or in its district",
             3: "somewhere in the region or country"}
PARAGRAPH = re.compile(r"\n\s*\n|\r\n\s*\r\n|\r\s*\r")


def plural(n: int, word: str, words: str | None = None) -> str:
    """"1 event", "2 events"."""
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT \
        or (isinstance(value, str) and not value.strip())


def _days(start: pd.Timestamp, end: pd.Timestamp) -> str:
    days = (end.normalize() - start.normalize()).days + 1
    return "that day" if days == 1 else f"within those {days} days (no single day given)"


def format_value(column: str, value: Any, row: pd.Series) -> str | None:
    """One field's value in words; None when it has none."""
    if column == "claimed_by" and _missing(value):
        return "nobody: the outlet reports it in its own voice"
    if _missing(value):
        return None
    if column in ("date_start", "date_end"):
        return pd.Timestamp(value).strftime("%-d %B %Y")
    if column == "date_precision":
        return _days(pd.Timestamp(row["date_start"]), pd.Timestamp(row["date_end"]))
    if column == "geo_precision":
        return GEO_WORDS.get(int(value), str(value))
    if column.startswith("fatalities_") and column != "fatalities_text":
        return f"{int(value):,}"
    if column == "confidence":
        return f"{float(value):.2f}"
    if column == "sources":
        return plural(int(value), "outlet")
    return str(value)


def record_fields(row: pd.Series) -> pd.DataFrame:
    """The record of one row of the events layer: a "Field" and a "Value" column, in words."""
    pairs = [(label, format_value(column, row[column], row)) for column, label in FIELDS
             if column in row.index]
    return pd.DataFrame([(label, value) for label, value in pairs if value is not None],
                        columns=["Field", "Value"])


def paragraph_window(text: str, start: int, end: int, neighbours: int = 1) -> tuple[int, int]:
    """[a, b) of `text`: the paragraphs holding [start, end) and `neighbours` on each side
    (paragraphs: split at blank lines, else at line ends)."""
    breaks = [m.span() for m in PARAGRAPH.finditer(text)]
    if not breaks:
        breaks = [m.span() for m in re.finditer(r"\r\n|\n|\r", text)]
    edges = [(0, 0), *breaks, (len(text), len(text))]
    first = max(k for k, (_, b) in enumerate(edges) if b <= start) if start > 0 else 0
    last = min((k for k, (a, _) in enumerate(edges) if a >= end), default=len(edges) - 1)
    lo, hi = max(0, first - neighbours), min(len(edges) - 1, last + neighbours)
    return edges[lo][1], edges[hi][0]
