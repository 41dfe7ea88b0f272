"""Articles: decode a file, read its metadata sidecar, mark non-reporting spans."""
from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from geo.config import LANGUAGES, MAX_ARTICLE_BYTES
from geo.errors import InputError
from geo.records import Article, Span

_FURNITURE = re.compile(r"^[ \t]*(?:Site icon\b[^\n]*|Exit mobile version[ \t]*)$",
                        re.MULTILINE | re.IGNORECASE)
_RELATED_HEADER = re.compile(r"^[ \t]*(?:baca (?:juga|pula)|read also|see also|also read)\b"
                             r"[^\n]*$", re.MULTILINE | re.IGNORECASE)
_BULLET = re.compile(r"^[ \t]*[-\u2013\u2014\u2022*>][ \t]*\S")


def find_nonreporting(text: str) -> tuple[Span, ...]:
    """Page furniture lines and "Baca juga" blocks (the header and its bullet lines)."""
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
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if size > MAX_ARTICLE_BYTES:
        raise InputError(f"{path}: {size} bytes, over the limit of {MAX_ARTICLE_BYTES}")
    return decode(path.read_bytes(), str(path))


def parse_date(value: object, name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{name}: published date {value!r} is not YYYY-MM-DD") from None


def make_article(text: str, id: str, **meta: object) -> Article:
    """An Article from text and metadata, validated, with non-reporting spans marked."""
    lang = meta.get("language")
    if lang is not None and lang not in LANGUAGES:
        raise InputError(f"{id}: language {lang!r} is not one of {', '.join(LANGUAGES)}")
    return Article(id=id, text=text, outlet=meta.get("outlet") or None,  # type: ignore[arg-type]
                   title=meta.get("title") or None,  # type: ignore[arg-type]
                   published=parse_date(meta.get("published"), id),
                   language=lang, url=meta.get("url") or None,  # type: ignore[arg-type]
                   nonreporting=find_nonreporting(text))


def load_article(path: Path) -> Article:
    """A .txt article and its optional sidecar NAME.json (outlet, title, published, ...)."""
    path = Path(path)
    text = read_text(path)
    meta: dict[str, object] = {}
    sidecar = path.with_suffix(".json")
    if sidecar.exists():
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputError(f"{sidecar}: metadata is not valid JSON ({exc})") from None
    fields = {k: meta.get(k) for k in ("outlet", "title", "published", "language", "url")}
    return make_article(text, str(meta.get("id") or path.stem), **fields)


_ID_WORDS = frozenset("yang dan di dengan untuk dari ini itu tidak akan pada dalam telah juga".split())
_EN_WORDS = frozenset("the and of to in that is was for with on said by from has".split())


def guess_language(text: str) -> str:
    """"id" or "en", by which language's commonest words the text uses more."""
    words = re.findall(r"[a-z]+", text[:20_000].casefold())
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


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page, one paragraph a line."""
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def load_articles(folder: Path) -> list[Article]:
    return [load_article(p) for p in sorted(Path(folder).glob("*.txt"))]
