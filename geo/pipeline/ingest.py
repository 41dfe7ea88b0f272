"""One article through the stages: its place mentions, its events, and into the store."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from geo import store
from geo.events import extract_events, merge_events
from geo.gazetteer import Gazetteer, seats
from geo.places import article_places
from geo.records import Article, Event, Mention


def process(article: Article, gaz: Gazetteer) -> tuple[list[Mention], list[Event]]:
    """The article's place mentions and the events they let it report."""
    mentions = article_places(article, gaz)
    return mentions, extract_events(article, mentions, seats(gaz))


def ingest_article(article: Article, gaz: Gazetteer, path: Path | None = None) -> store.Stored:
    """Process one article and store it in one transaction (unchanged if its text is stored)."""
    mentions, events = process(article, gaz)
    return store.save(article, mentions, events, path)


def stored_events(path: Path | None = None) -> list[Event]:
    """Every stored event, merged across the articles that tell it."""
    return merge_events(store.read_events(path).events)


def store_missing(articles: Iterable[Article], load_gazetteer: Callable[[], Gazetteer],
                  path: Path | None = None) -> int:
    """Store those of `articles` whose text the store lacks; how many that was. The index is
    loaded only when one is missing (a page that finds its seeds stored never loads it)."""
    missing = store.missing(articles, path)
    if missing:
        gaz = load_gazetteer()
        for article in missing:
            ingest_article(article, gaz, path)
    return len(missing)
