"""Offline geoparsing and event extraction of news articles, in stages that import one way.

text and articles -> gazetteer -> places -> events -> store -> pipeline (and `python -m geo`).

Here at the top: the records crossing stage borders (`records`), the errors (`errors`),
paths and constants (`config`), text helpers (`text`), safe file reading and writing
(`fileio`), articles and their metadata (`articles`) and the command line (`cli`).
"""
from geo.articles import load_article, load_articles, make_article
from geo.errors import ConflictMapError, GazetteerError, InputError
from geo.records import Article, Candidate, Entry, Event, Excerpt, Hit, Mention, Span

__all__ = ["Article", "Candidate", "ConflictMapError", "Entry", "Event", "Excerpt",
           "GazetteerError", "Hit", "InputError", "Mention", "Span", "load_article",
           "load_articles", "make_article"]
