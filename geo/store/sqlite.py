"""The embedded SQLite store of articles, their place mentions and their events.

WAL journal, one transaction per article (or per batch), idempotent by the text's SHA-256:
saving the same article twice changes nothing. Events are stored per article as extracted;
merging them is the events stage's (geo.events.merge), done by whoever reads them.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from geo.config import store_path
from geo.errors import ConflictMapError
from geo.records import PLACE_ROLES, Article, Event, Mention, PlaceSummary, Span, stored_as
from geo.store.serialise import event_from_dict, event_to_dict
from geo.text import normalised

# How long a writer waits for another to finish before giving up (seconds).
BUSY_TIMEOUT_S = 30

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, outlet TEXT, title TEXT,
    published TEXT, language TEXT, url TEXT, text TEXT NOT NULL, nonreporting TEXT NOT NULL,
    added_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, text TEXT NOT NULL, role TEXT NOT NULL, reporting INTEGER NOT NULL,
    entry_id TEXT, name TEXT, kind TEXT, country TEXT, lat REAL, lon REAL, score REAL);
CREATE TABLE IF NOT EXISTS events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
    record TEXT NOT NULL, PRIMARY KEY (article_id, seq));
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
"""


class StoreError(ConflictMapError):
    """The store cannot be opened or written."""


@dataclass(frozen=True, slots=True)
class Stored:
    """What saving one article did."""

    article_id: str
    added: bool  # False when the same text was already stored
    places: int
    events: int
    stored_as: str  # the id under which the text is stored


def content_hash(text: str) -> str:
    """The SHA-256 of the text as a reader sees it: line endings, a BOM and trailing
    whitespace do not make a copy another article (nor another source of its events)."""
    return hashlib.sha256(normalised(text).encode("utf-8")).hexdigest()


def _hashes(text: str) -> tuple[str, str]:
    """The text's hash, and the one a store written before normalising kept for it."""
    return content_hash(text), hashlib.sha256(text.encode("utf-8")).hexdigest()


@contextmanager
def connect(path: Path | None = None) -> Iterator[sqlite3.Connection]:
    path = Path(path or store_path())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open the store {path}: {exc}") from None
    try:
        try:
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA foreign_keys=ON")
            con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
            con.executescript(SCHEMA)
        except sqlite3.Error as exc:  # not a database, malformed, read-only, full
            raise StoreError(f"cannot use the store {path}: {exc}") from None
        try:
            yield con
        except sqlite3.Error as exc:  # a fault met while reading or writing
            raise StoreError(f"the store {path} failed: {exc}") from None
    finally:
        con.close()


def save(article: Article, mentions: list[Mention], events: list[Event],
         path: Path | None = None) -> Stored:
    """Store one processed article in one transaction; nothing changes if its text is stored."""
    with connect(path) as con:
        return save_batch(con, [(article, mentions, events)])[0]


def save_batch(con: sqlite3.Connection,
               processed: Iterable[tuple[Article, list[Mention], list[Event]]]) -> list[Stored]:
    """Store processed articles on an open connection in one transaction (all or none), in
    order; a text already stored, or met earlier in the same batch, changes nothing."""
    done, current = [], "the batch"
    try:
        con.execute("BEGIN IMMEDIATE")
        for article, mentions, events in processed:
            current = article.id
            done.append(_store_one(con, article, mentions, events))
        con.execute("COMMIT")
    except sqlite3.Error as exc:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise StoreError(f"could not store {current} in {_file_of(con)}: {exc}") from None
    return done


def _file_of(con: sqlite3.Connection) -> str:
    """The store's path, for messages ("the store" when SQLite cannot say)."""
    try:
        return con.execute("PRAGMA database_list").fetchone()[2] or "the store"
    except sqlite3.Error:
        return "the store"


def _store_one(con: sqlite3.Connection, article: Article, mentions: list[Mention],
               events: list[Event]) -> Stored:
    digest, legacy = _hashes(article.text)
    row = con.execute("SELECT id FROM articles WHERE content_hash IN (?, ?)", (digest, legacy)).fetchone()
    if row:
        return Stored(article.id, False, 0, 0, row[0])
    article_id = article.id
    if con.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
        article_id = f"{article.id}-{digest[:8]}"  # same name, other text
    _insert(con, article, article_id, digest, mentions, events)
    placed = sum(1 for m in mentions if m.entry is not None)
    return Stored(article.id, True, placed, len(events), article_id)


def _insert(con: sqlite3.Connection, article: Article, article_id: str, digest: str,
            mentions: list[Mention], events: list[Event]) -> None:
    con.execute(
        "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article_id, digest, article.outlet, article.title,
         article.published.isoformat() if article.published else None, article.language,
         article.url, article.text, json.dumps([asdict(s) for s in article.nonreporting]),
         datetime.now(UTC).isoformat(timespec="seconds")))
    con.executemany(
        "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, m.start, m.end, m.text, m.role, int(m.reporting),
          *((m.entry.id, m.entry.name, m.entry.kind, m.entry.country, m.entry.lat, m.entry.lon)
            if m.entry else (None,) * 6), m.score) for m in mentions])
    rows = []
    for seq, event in enumerate(events):
        if article_id != article.id:
            event = stored_as(event, article_id)
        rows.append((article_id, seq, json.dumps(event_to_dict(event), ensure_ascii=False)))
    con.executemany("INSERT INTO events VALUES (?, ?, ?)", rows)


def missing(articles: Iterable[Article], path: Path | None = None) -> list[Article]:
    """Those of `articles` whose text (or a copy of it: content_hash) the store lacks."""
    with connect(path) as con:
        stored = {r[0] for r in con.execute("SELECT content_hash FROM articles")}
    return [a for a in articles if not stored.intersection(_hashes(a.text))]


def read_articles(path: Path | None = None, ids: Iterable[str] | None = None) -> list[Article]:
    """The stored articles (only those in `ids` when given), in the order they were added."""
    query = ("SELECT id, text, outlet, title, published, language, url, nonreporting "
             "FROM articles")
    with connect(path) as con:
        if ids is None:
            rows = con.execute(query + " ORDER BY rowid").fetchall()
        else:
            wanted = list(dict.fromkeys(ids))
            rows = con.execute(query + f" WHERE id IN ({', '.join('?' * len(wanted))}) ORDER BY rowid",
                               wanted).fetchall() if wanted else []
    return [Article(r[0], r[1], r[2], r[3], date.fromisoformat(r[4]) if r[4] else None, r[5], r[6],
                    tuple(Span(**s) for s in json.loads(r[7]))) for r in rows]


def place_summaries(path: Path | None = None, first: int = 10, after: int = 0,
                    upto: int | None = None) -> list[PlaceSummary]:
    """Every place the stored articles (those with rowid in (after, upto]) name in reporting
    text, counted in SQL: memory grows with the places, not with the millions of mentions
    of a large store."""
    where = ("entry_id IS NOT NULL AND reporting = 1 AND role IN "
             f"({', '.join(repr(r) for r in sorted(PLACE_ROLES))})")
    if after or upto is not None:
        where += (" AND article_id IN (SELECT id FROM articles WHERE rowid > "
                  f"{int(after)}{'' if upto is None else f' AND rowid <= {int(upto)}'})")

    def firsts(column: str) -> str:  # the `first` values of column per place, by first mention
        return (f"SELECT entry_id, {column} FROM (SELECT entry_id, {column}, ROW_NUMBER() OVER "
                f"(PARTITION BY entry_id ORDER BY seen) AS n FROM (SELECT entry_id, {column}, "
                f"MIN(rowid) AS seen FROM mentions WHERE {where} GROUP BY entry_id, {column})) "
                f"WHERE n <= {int(first)} ORDER BY entry_id, n")

    with connect(path) as con:
        con.execute("BEGIN")
        places = con.execute(f"SELECT entry_id, name, kind, country, lat, lon, COUNT(*), "
                             f"COUNT(DISTINCT article_id) FROM mentions WHERE {where} "
                             "GROUP BY entry_id").fetchall()
        articles: dict[str, list[str]] = {}
        for entry_id, article_id in con.execute(firsts("article_id")):
            articles.setdefault(entry_id, []).append(article_id)
        examples: dict[str, list[str]] = {}
        for entry_id, text in con.execute(firsts("text")):
            examples.setdefault(entry_id, []).append(text)
        con.execute("COMMIT")
    return [PlaceSummary(entry_id, name, kind, country, lat, lon, n, n_articles,
                         tuple(articles.get(entry_id, ())), tuple(examples.get(entry_id, ())))
            for entry_id, name, kind, country, lat, lon, n, n_articles in places]


@dataclass(frozen=True, slots=True)
class StoredEvents:
    """Events as extracted (not merged), in the order their articles were stored."""

    events: list[Event]
    last_article: int  # the rowid of the last article they include (0: none stored)


def read_events(path: Path | None = None, after: int = 0) -> StoredEvents:
    """The events of the articles stored after the article with rowid `after`, in one read
    transaction: an article stored meanwhile is in both parts or in neither."""
    with connect(path) as con:
        con.execute("BEGIN")
        last = con.execute("SELECT COALESCE(MAX(rowid), 0) FROM articles").fetchone()[0]
        rows = con.execute("SELECT e.record FROM events e JOIN articles a ON a.id = e.article_id "
                           "WHERE a.rowid > ? AND a.rowid <= ? ORDER BY a.rowid, e.seq",
                           (after, last)).fetchall()
        con.execute("COMMIT")
    return StoredEvents([event_from_dict(json.loads(r[0])) for r in rows], last)


def article_titles(path: Path | None = None, after: int = 0, upto: int | None = None
                   ) -> dict[str, str]:
    """What to call each stored article (rowid in (after, upto]) where a person reads it:
    its title, else its outlet, else its id."""
    query = "SELECT id, title, outlet FROM articles WHERE rowid > ?"
    args: list[int] = [int(after)]
    if upto is not None:
        query += " AND rowid <= ?"
        args.append(int(upto))
    with connect(path) as con:
        return {r[0]: r[1] or r[2] or r[0] for r in con.execute(query, args)}


def article_count(path: Path | None = None, upto: int | None = None) -> int:
    """How many articles are stored (up to rowid `upto` when given)."""
    with connect(path) as con:
        return con.execute("SELECT COUNT(*) FROM articles WHERE rowid <= ?",
                           (upto if upto is not None else 2**63 - 1,)).fetchone()[0]


def last_article(path: Path | None = None) -> int:
    """The rowid of the article stored last (0 when none): cheap, to see the store grew."""
    with connect(path) as con:
        return con.execute("SELECT COALESCE(MAX(rowid), 0) FROM articles").fetchone()[0]


def counts(path: Path | None = None) -> tuple[int, int, int]:
    """(articles, mentions, raw events) stored."""
    with connect(path) as con:
        return tuple(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("articles", "mentions", "events"))

