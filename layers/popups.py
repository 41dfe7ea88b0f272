"""HTML that carries article text: escaped popups and tooltips, the highlighted excerpt,
the side panel.

An article is untrusted input: everything from it is HTML-escaped here, braces included,
and links are made only for http(s) URLs.
"""
from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, fields
from typing import Any

import pandas as pd

from geo.text import is_http_url

from .record import plural


def escape(value: object) -> str:
    """HTML-escaped text; missing values become "".

    Braces are escaped too: branca wraps each rendered script in a new Jinja template and
    renders it again, so a "{{ ... }}" from an article would be executed on the server.
    """
    if value is None or _isnan(value):
        return ""
    return html.escape(str(value)).replace("{", "&#123;").replace("}", "&#125;")


_e = escape  # short, for the many f-strings below


# Every ASCII punctuation character is written as a numeric character reference ("&#46;"):
# shown as its character, never read as Markdown syntax (a link, an image, a formula, a
# directive). GFM's autolinks are found later, in the text already decoded (a backslash
# escape does not stop them either: "www\\.host\\/login" became a link in Chromium), so a
# WORD JOINER (U+2060, invisible, no line break) follows each ":" and "@" and splits "www.":
# "https://host", "a@host" and "www.host" are then no links (each seen in Chromium).
_MARKDOWN = re.compile(r"[!-/:-@\[-`{-~]")
_JOINER = "\u2060"
_WWW = re.compile(r"(?i)(?<=ww)(?=w\.)")


def _reference(m: re.Match[str]) -> str:
    c = m.group()
    return f"&#{ord(c)};" + (_JOINER if c in ":@" else "")


def markdown_text(value: object) -> str:
    """Text for Streamlit's markdown-rendering widgets (captions, labels, st.error): every
    punctuation character a character reference, so an outlet or file name cannot become a
    link, an autolink, an image, a formula or a directive."""
    text = _WWW.sub(_JOINER, "" if value is None else str(value))
    return _MARKDOWN.sub(_reference, text)


def safe_link(url: object) -> str:
    """An <a> for http(s) URLs only; anything else (javascript:, data:) becomes plain text."""
    text = "" if url is None or _isnan(url) else str(url).strip()
    if is_http_url(text):
        href = _e(text)
        return f'<a href="{href}" target="_blank" rel="noopener noreferrer">source</a>'
    return _e(text)


def highlight(excerpt: str, start: float | None, end: float | None, excerpt_start: int) -> str:
    """The excerpt, escaped, with the place name marked."""
    if start is None or end is None or math.isnan(float(start)):
        return _e(excerpt)
    a, b = int(start) - excerpt_start, int(end) - excerpt_start
    if not 0 <= a <= b <= len(excerpt):
        return _e(excerpt)
    return f"{_e(excerpt[:a])}<mark>{_e(excerpt[a:b])}</mark>{_e(excerpt[b:])}"


def article_html(text: str, marks: list[tuple[int, int, str]]) -> str:
    """An article, escaped, with the given [start, end) spans wrapped in <mark class=...>."""
    out, pos = [], 0
    for start, end, kind in sorted(m for m in marks if 0 <= m[0] <= m[1] <= len(text)):
        if start < pos:
            continue
        out.append(_e(text[pos:start]))
        out.append(f"<mark class='{_e(kind)}'>{_e(text[start:end])}</mark>")
        pos = end
    out.append(_e(text[pos:]))
    return "<div style='white-space:pre-wrap'>" + "".join(out) + "</div>"


@dataclass(frozen=True, slots=True)
class EventRow:
    """What a popup or tooltip shows of one event: these columns of the events layer
    (layers.events), missing values as None."""

    id: str
    event_type: str
    sub_event_type: str
    date_start: pd.Timestamp
    date_end: pd.Timestamp
    date_precision: int
    place: str
    geo_precision: int
    actors: str
    claimed_by: str
    fatalities_text: str
    fatalities_best: float | None
    excerpt: str
    excerpt_start: int
    place_start: float | None
    place_end: float | None
    outlet: str | None
    title: str | None
    url: str | None
    sources: int


EVENT_ROW_COLUMNS = tuple(f.name for f in fields(EventRow))


def event_rows(frame: pd.DataFrame) -> list[EventRow]:
    """One EventRow per row of an events layer, in its order."""
    columns = [[None if _isnan(v) else v for v in frame[c].tolist()] for c in EVENT_ROW_COLUMNS]
    return [EventRow(*values) for values in zip(*columns)]


def place_tooltip(name: str, mentions: int, n_articles: int, titles: str, more: bool) -> str:
    """A place's tooltip: its counts and the titles of the articles naming it."""
    return (f"{_e(name)}: {plural(mentions, 'mention')} in {plural(n_articles, 'article')}: "
            f"{_e(titles)}{'; ...' if more else ''}")


def territory_popup(row: Any) -> str:
    """The disputed territory's popup, from a row of layers.territory's frame."""
    return (f"<b>{_e(row.name)}</b><br>{_e(row.names)}<br><b>Status:</b> {_e(row.status)}"
            f"<br><b>Administered by:</b> {_e(row.administered_by)}<br><b>Claimed by:</b> "
            f"{_e(row.claimed_by)}<br><i>{_e(row.note)}</i><br>{_e(row.source)}")


def _isnan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)
