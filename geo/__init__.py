"""Offline geoparsing of news articles: articles, gazetteer, recognition, resolution."""
from geo.articles import load_article, load_articles, make_article
from geo.errors import ConflictMapError, GazetteerError, InputError
from geo.gazetteer.index import Gazetteer
from geo.places.mentions import article_places, find_places
from geo.records import Article, Candidate, Entry, Hit, Mention, Span

__all__ = ["Article", "Candidate", "ConflictMapError", "Entry", "Gazetteer", "GazetteerError",
           "Hit", "InputError", "Mention", "Span", "article_places", "find_places",
           "load_article", "load_articles", "make_article"]
