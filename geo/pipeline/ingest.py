"""From article files and their metadata to stored places and events."""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from geo.articles import decode, guess_language, html_to_text, load_article, make_article
from geo.config import MAX_ARTICLE_BYTES
from geo.errors import InputError
from geo.events.extract import extract_events
from geo.gazetteer.index import Gazetteer
from geo.places.mentions import article_places
from geo.records import Article, Event, Mention
from geo.store.sqlite import Ingested, ingest


def parse_published(value: str, today: date | None = None) -> date:
    """A publication date from YYYY-MM-DD, not in the future."""
    try:
        found = date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise InputError(f"published date {value!r} is not a date in YYYY-MM-DD form "
                         "(for example 2020-10-31)") from None
    if found > (today or date.today()):
        raise InputError(f"published date {value} is in the future")
    return found


def with_metadata(article: Article, published: date | None = None, source: str | None = None,
                  url: str | None = None, lang: str | None = None) -> Article:
    """The article with the given metadata (given values win over its sidecar's)."""
    if url is not None and not url.startswith(("http://", "https://")):
        raise InputError(f"{article.id}: URL {url!r} is not an http(s) address")
    checked = make_article(article.text, article.id, outlet=source or article.outlet,
                           title=article.title, language=lang or article.language,
                           url=url or article.url)
    article = replace(checked, published=published or article.published)
    if article.language is None:
        article = replace(article, language=guess_language(article.text))
    if article.published is None:
        raise InputError(f"{article.id}: no published date: pass --published YYYY-MM-DD "
                         "(or give it in the article's .json sidecar)")
    if article.published > date.today():
        raise InputError(f"{article.id}: published date {article.published} is in the future")
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


def process(article: Article, gaz: Gazetteer) -> tuple[list[Mention], list[Event]]:
    mentions = article_places(article, gaz)
    return mentions, extract_events(article, gaz, mentions)


def ingest_article(article: Article, gaz: Gazetteer, store: Path | None = None) -> Ingested:
    mentions, events = process(article, gaz)
    return ingest(article, mentions, events, store)
