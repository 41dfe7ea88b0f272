"""Offline geoparsing of news articles: articles, gazetteer, recognition, resolution."""
from .articles import load_article, load_articles, make_article
from .errors import ConflictMapError, GazetteerError, InputError
from .gazetteer import Gazetteer
from .geoparse import article_places, find_places
from .records import Article, Candidate, Entry, Hit, Mention, Span

__all__ = ["Article", "Candidate", "ConflictMapError", "Entry", "Gazetteer", "GazetteerError",
           "Hit", "InputError", "Mention", "Span", "article_places", "find_places",
           "load_article", "load_articles", "make_article"]
