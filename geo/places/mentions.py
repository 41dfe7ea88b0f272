"""Article text to resolved place mentions, in bounded memory for very long texts."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from geo.gazetteer.index import Gazetteer
from geo.gazetteer.online import OnlineGeocoder
from geo.places.model import Model
from geo.places.recognition import recognize
from geo.places.resolution import resolve
from geo.records import Article, Mention

CHUNK_CHARS = 200_000


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) pieces cut at paragraph or line breaks, so no name is split."""
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            end = cut + 1 if cut != -1 else end
            while end < len(text) and not text[end - 1].isspace():
                end += 1
        yield start, text[start:end]
        start = end


def find_places(text: str, gaz: Gazetteer, lang: str | None = None,
                article: Article | None = None,
                geocoder: OnlineGeocoder | None = None,
                model: Model | None = None) -> Iterator[Mention]:
    """Every place mention in `text`, offsets indexing `text` exactly as given.

    Names the gazetteer lacks (streets, buildings) go to `geocoder` when one is given;
    `model` replaces the committed candidate model (cross-validation trains its own).
    """
    for offset, piece in chunks(text):
        for m in resolve(gaz, piece, recognize(piece, gaz, lang, model=model)):
            if m.entry is None and geocoder is not None:
                online = geocoder.geocode(m.text)
                if online is not None:
                    m = replace(m, entry=online, evidence=("online geocoder",))
            if offset or (article and not article.is_reporting(m.start + offset, m.end + offset)):
                start, end = m.start + offset, m.end + offset
                reporting = article.is_reporting(start, end) if article else True
                m = replace(m, start=start, end=end, reporting=reporting)
            yield m


def article_places(article: Article, gaz: Gazetteer,
                   geocoder: OnlineGeocoder | None = None) -> list[Mention]:
    return list(find_places(article.text, gaz, article.language, article, geocoder))
