"""HTML that carries article text: escaped popups, the highlighted excerpt, the side panel.

An article is untrusted input: everything from it is HTML-escaped here, braces included,
and links are made only for http(s) URLs.
"""
from __future__ import annotations

import html
import math
import re

PRECISION_WORDS = {1: "day", 2: "2-6 days", 3: "week", 4: "month", 5: "year or longer"}


def escape(value: object) -> str:
    """HTML-escaped text; missing values become "".

    Braces are escaped too: branca wraps each rendered script in a new Jinja template and
    renders it again, so a "{{ ... }}" from an article would be executed on the server.
    """
    if value is None or _isnan(value):
        return ""
    return html.escape(str(value)).replace("{", "&#123;").replace("}", "&#125;")


_e = escape  # short, for the many f-strings below


_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")


def markdown_text(value: object) -> str:
    """Text for Streamlit's markdown-rendering widgets (captions, st.error): every markdown
    character backslash-escaped, so an outlet or file name cannot become a link or an image."""
    return _MARKDOWN.sub(r"\\\1", "" if value is None else str(value))


def safe_link(url: object) -> str:
    """An <a> for http(s) URLs only; anything else (javascript:, data:) becomes plain text."""
    text = "" if url is None else str(url).strip()
    if text.lower().startswith(("http://", "https://")):
        href = _e(text)
        return f'<a href="{href}" target="_blank" rel="noopener noreferrer">source</a>'
    return _e(text)


def highlight(excerpt: str, start: int | None, end: int | None, excerpt_start: int) -> str:
    """The excerpt, escaped, with the place name marked."""
    if start is None or end is None or math.isnan(float(start)):
        return _e(excerpt)
    a, b = int(start) - excerpt_start, int(end) - excerpt_start
    if not 0 <= a <= b <= len(excerpt):
        return _e(excerpt)
    return f"{_e(excerpt[:a])}<mark>{_e(excerpt[a:b])}</mark>{_e(excerpt[b:])}"


EVENT_NUMBER = re.compile(r"Event #(\d+)")


def clicked_event(popup_text: str | None) -> int | None:
    """The event number a clicked popup shows ("Event #7"), or None."""
    found = EVENT_NUMBER.search(popup_text or "")
    return int(found.group(1)) if found else None


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


def event_popup(row: dict, number: int | None = None) -> str:
    dates = str(row["date_start"])[:10]
    if str(row["date_end"])[:10] != dates:
        dates += f" to {str(row['date_end'])[:10]}"
    claim = _e(row["claimed_by"]) or "the article, in its own voice"
    toll = f"<br><b>Killed:</b> {_e(row['fatalities_text'])} (best {_e(row['fatalities_best'])})" \
        if row.get("fatalities_best") is not None and not _isnan(row["fatalities_best"]) else ""
    known = PRECISION_WORDS.get(int(row["date_precision"]), "?")
    quote = highlight(row["excerpt"], row["place_start"], row["place_end"], int(row["excerpt_start"]))
    return (f"<div class='event-popup'><b>{_e(row['event_type'])}</b> / {_e(row['sub_event_type'])}"
            f"<br><b>Where:</b> {_e(row['place'])} (precision {_e(row['geo_precision'])})"
            f"<br><b>When:</b> {_e(dates)} (known to the {known})"
            f"<br><b>Claimed by:</b> {claim}{toll}"
            f"<br><b>Actors:</b> {_e(row['actors'])}"
            f"<blockquote>{quote}</blockquote>"
            + " &middot; ".join(part for part in (_e(row["outlet"]), _e(row["title"]),
                                                    safe_link(row["url"]),
                                                    f"{_e(row['sources'])} source(s)") if part)
            + (f"<br><small>Event #{number}</small>" if number is not None else "") + "</div>")


def _isnan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)
