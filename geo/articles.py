"""Articles as given: decoded text, metadata (sidecar, .jsonl line, command line or upload),
validated at this border, with the non-reporting spans ("Baca juga", page furniture) marked."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from geo.config import LANGUAGES, MAX_ARTICLE_BYTES
from geo.errors import InputError
from geo.fileio import read_limited
from geo.records import Article, Span
from geo.text import is_http_url, lines_view

_FURNITURE = re.compile(r"^[ \t]*(?:Site icon\b[^\n]*|Exit mobile version[ \t]*)$",
                        re.MULTILINE | re.IGNORECASE)
_RELATED_HEADER = re.compile(r"^[ \t]*(?:baca (?:juga|pula)|read also|see also|also read)\b"
                             r"[^\n]*$", re.MULTILINE | re.IGNORECASE)
_BULLET = re.compile(r"^[ \t]*[-\u2013\u2014\u2022*>][ \t]*\S")


def find_nonreporting(text: str) -> tuple[Span, ...]:
    """Page furniture lines and "Baca juga" blocks (the header and its bullet lines)."""
    text = lines_view(text)  # "\r" line endings too, offsets unchanged
    spans = [Span(m.start(), m.end(), "furniture") for m in _FURNITURE.finditer(text)]
    for m in _RELATED_HEADER.finditer(text):
        end = m.end()
        pos = end + 1
        while pos < len(text):
            nl = text.find("\n", pos)
            line_end = len(text) if nl == -1 else nl
            line = text[pos:line_end]
            if _BULLET.match(line):
                end = line_end
            elif line.strip():
                break
            pos = line_end + 1
        spans.append(Span(m.start(), end, "related"))
    return tuple(sorted(spans, key=lambda s: s.start))


def decode(data: bytes, name: str) -> str:
    """UTF-8 text, or an InputError that names the file and what is wrong."""
    if b"\x00" in data:
        raise InputError(f"{name}: binary data (NUL bytes), expected UTF-8 text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 at byte {exc.start}; "
                         "save the article as UTF-8 text") from None


def read_text(path: Path) -> str:
    """The decoded text of a file, refusing files over MAX_ARTICLE_BYTES."""
    return decode(read_limited(path), str(path))


def parse_date(value: object, name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{name}: published date {value!r} is not YYYY-MM-DD") from None


# The longest value each metadata field may hold: a name or an address, not a document.
MAX_META_CHARS = {"id": 200, "outlet": 200, "title": 1000, "url": 2048, "published": 10,
                  "language": 2}
# No metadata value holds control characters: they would forge lines in a log or a
# terminal ("\n", ESC) and mean nothing in a name.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
META_FIELDS = ("outlet", "title", "published", "language", "url")


def check_metadata(meta: dict[str, object], name: str) -> dict[str, str | None]:
    """Each value a string (or missing), short, free of control characters; the URL http(s)
    and the language one of LANGUAGES. The one check of metadata from a sidecar, a .jsonl
    line, the command line or the page; InputError names `name`, the field and the problem."""
    out: dict[str, str | None] = {}
    for key, value in meta.items():
        if value is None or value == "":
            out[key] = None
            continue
        if not isinstance(value, str):
            raise InputError(f'{name}: "{key}" is not a string ({type(value).__name__})')
        limit = MAX_META_CHARS.get(key, MAX_META_CHARS["title"])
        if len(value) > limit:
            raise InputError(f'{name}: "{key}" is {len(value)} characters, over the limit of {limit}')
        if _CONTROL.search(value):
            raise InputError(f'{name}: "{key}" holds control characters')
        out[key] = value
    url, lang = out.get("url"), out.get("language")
    if url is not None and not is_http_url(url):
        raise InputError(f"{name}: URL {url!r} is not an http(s) address")
    if lang is not None and lang not in LANGUAGES:
        raise InputError(f"{name}: language {lang!r} is not one of {', '.join(LANGUAGES)}")
    return out


def make_article(text: str, id: str, *, origin: str | None = None, **meta: object) -> Article:
    """An Article from text and metadata, validated, with non-reporting spans marked; errors
    name `origin` (a file's line, say) or else the id."""
    name = origin or id
    if "\x00" in text:
        raise InputError(f"{name}: binary data (NUL characters), expected text")
    checked = check_metadata({"id": id, **meta}, name)
    return Article(id=id, text=text, outlet=checked.get("outlet"), title=checked.get("title"),
                   published=parse_date(checked.get("published"), id),
                   language=checked.get("language"), url=checked.get("url"),
                   nonreporting=find_nonreporting(text))


def load_article(path: Path) -> Article:
    """A .txt article and its optional sidecar NAME.json (outlet, title, published, ...)."""
    path = Path(path)
    text = read_text(path)
    meta: dict[str, object] = {}
    sidecar = path.with_suffix(".json")
    if sidecar.exists():
        try:
            meta = json.loads(decode(read_limited(sidecar), str(sidecar)))
        except ValueError as exc:
            raise InputError(f"{sidecar}: metadata is not valid JSON ({exc})") from None
        if not isinstance(meta, dict):
            raise InputError(f"{sidecar}: metadata must be a JSON object, not a {type(meta).__name__}")
    fields = check_metadata({k: meta.get(k) for k in ("id", *META_FIELDS)}, str(sidecar))
    article_id = fields.pop("id") or path.stem
    return make_article(text, article_id, **fields)


# The language is guessed from the start of the text: enough words, bounded time.
GUESS_CHARS = 20_000
_ID_WORDS = frozenset("yang dan di dengan untuk dari ini itu tidak akan pada dalam telah juga".split())
_EN_WORDS = frozenset("the and of to in that is was for with on said by from has".split())


def guess_language(text: str) -> str:
    """"id" or "en", by which language's commonest words the text uses more."""
    words = re.findall(r"[a-z]+", text[:GUESS_CHARS].casefold())
    return "en" if sum(w in _EN_WORDS for w in words) > sum(w in _ID_WORDS for w in words) else "id"


class _Visible(HTMLParser):
    """Collects the text a browser would show; scripts, styles and templates are dropped."""

    HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
    BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                        "section", "article", "header", "footer", "blockquote", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:  # type: ignore[type-arg]
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


# Below this much visible text a page is its article: trafilatura is for pages with furniture.
MAIN_TEXT_CHARS = 1500


def html_to_text(markup: str) -> str:
    """An HTML page's article, one paragraph a line: its main text as trafilatura finds it
    (no menus, sidebars, comments or picture captions), else, where it finds none or the page
    is small, the text a browser would show."""
    visible = _visible_text(markup)
    if len(visible) < MAIN_TEXT_CHARS:
        return visible  # too little to hold menus worth removing (and trafilatura splits it)
    return _main_text(markup) or visible


def _main_text(markup: str) -> str:
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.document_fromstring(markup)
        for hidden in tree.xpath("//noscript|//template|//iframe|//svg"):
            hidden.drop_tree()  # what a browser does not show is no article text
        cleaned = lxml.html.tostring(tree, encoding="unicode")
        found = trafilatura.extract(cleaned, include_comments=False, include_tables=False,
                                    include_images=False, include_links=False, deduplicate=False)
    except Exception:  # a page lxml cannot parse: the browser's view instead
        return ""
    if not found:
        return ""
    # trafilatura repeats a short body's paragraphs (adbar/trafilatura#879): each once
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in found.splitlines()]
    return "\n".join(dict.fromkeys(line for line in lines if line))


def _visible_text(markup: str) -> str:
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def load_articles(folder: Path) -> list[Article]:
    return [load_article(p) for p in sorted(Path(folder).glob("*.txt"))]


def check_not_future(day: date, name: str = "", today: date | None = None) -> date:
    """`day` itself, or an InputError when it lies after today (a publication date cannot)."""
    if day > (today or date.today()):
        raise InputError(f"{name + ': ' if name else ''}published date {day} is in the future")
    return day


def parse_published(value: str, today: date | None = None) -> date:
    """A publication date from YYYY-MM-DD, not in the future."""
    try:
        found = date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise InputError(f"published date {value!r} is not a date in YYYY-MM-DD form "
                         "(for example 2020-10-31)") from None
    return check_not_future(found, today=today)


def with_metadata(article: Article, published: date | None = None, source: str | None = None,
                  url: str | None = None, lang: str | None = None) -> Article:
    """The article with the given metadata (given values win over its sidecar's), ready for
    event extraction: a language (guessed when none is given) and a past publication date."""
    checked = make_article(article.text, article.id, outlet=source or article.outlet,
                           title=article.title, language=lang or article.language,
                           url=url or article.url)
    article = replace(checked, published=published or article.published)
    if article.language is None:
        article = replace(article, language=guess_language(article.text))
    if article.published is None:
        raise InputError(f"{article.id}: no published date: pass --published YYYY-MM-DD "
                         "(or give it in the article's .json sidecar)")
    check_not_future(article.published, article.id)
    return article


def read_article(path: Path, published: date | None = None, source: str | None = None,
                 url: str | None = None, lang: str | None = None) -> Article:
    """An article file for events and ingest: refused when empty; an HTML page keeps its
    visible text."""
    article = load_article(path)
    if Path(path).suffix.lower() in (".html", ".htm"):
        article = replace(article, text=html_to_text(article.text))
        article = replace(article, nonreporting=make_article(article.text, article.id).nonreporting)
    if not article.text.strip():
        raise InputError(f"{path}: the article is empty")
    return with_metadata(article, published, source, url, lang)


def article_from_upload(name: str, data: bytes, published: date | None, source: str | None,
                        lang: str | None = None, url: str | None = None) -> Article:
    """An article from pasted or uploaded bytes (.txt, or .html whose visible text is kept)."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"{name}: {len(data)} bytes, over the limit of {MAX_ARTICLE_BYTES}")
    text = decode(data, name)
    if name.lower().endswith((".html", ".htm")) or re.match(r"\s*<(?:!doctype|html)", text, re.I):
        text = html_to_text(text)
    if not text.strip():
        raise InputError(f"{name}: the article is empty")
    if not source or not source.strip():
        raise InputError(f"{name}: no source: give the outlet's name")
    stem = re.sub(r"[^\w.-]+", "_", Path(name).stem)[:60] or "article"
    article = make_article(text, f"{stem}-{hashlib.sha256(data).hexdigest()[:8]}")
    return with_metadata(article, published, source.strip(), url or None, lang)


def article_from_record(doc: dict[str, Any], origin: str, fallback_id: str) -> Article:
    """An article from one JSON object (a .jsonl line): {"id", "text", "published", "source",
    "url", "lang"}; "outlet", "title" and "language" are accepted too. Without an id it is
    named `fallback_id`."""
    if not isinstance(doc.get("text"), str):
        raise InputError(f"{origin}: expected an object with a \"text\" string")
    meta = {"outlet": doc.get("source") or doc.get("outlet"), "title": doc.get("title"),
            "published": doc.get("published"), "language": doc.get("lang") or doc.get("language"),
            "url": doc.get("url")}
    given_id = doc.get("id")
    article_id = fallback_id if given_id in (None, "") else str(given_id)
    return make_article(doc["text"], article_id, origin=origin, **meta)
