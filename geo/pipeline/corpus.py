"""Article sources for ingest: files with sidecars, .jsonl lines, folders and glob patterns."""
from __future__ import annotations

import glob
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from geo.articles import make_article
from geo.errors import InputError
from geo.pipeline.ingest import read_article, with_metadata
from geo.records import Article

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
SUFFIXES = (*ARTICLE_SUFFIXES, ".jsonl")
NO_SOURCE = "no source: pass --source NAME"
# A .jsonl line's fields; "outlet", "title" and "language" are accepted too.
JSONL_FIELDS = ("id", "text", "published", "source", "url", "lang")


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not become an article, and why."""

    origin: str  # the file, or "file:line" for a .jsonl line
    reason: str


def _reason(exc: InputError, origin: str) -> str:
    """The message without the file or article id it starts with (the origin says that)."""
    return re.sub(r"^[^\s:]+: ", "", str(exc).removeprefix(f"{origin}: "), count=1)


@dataclass(frozen=True, slots=True)
class Defaults:
    """Metadata given on the command line; it wins over a sidecar's or a line's own."""

    published: date | None = None
    source: str | None = None
    url: str | None = None
    lang: str | None = None


def expand(inputs: Iterable[str | Path]) -> list[Path]:
    """The article files named, found in folders (recursively) or matched by glob patterns,
    each once, in a stable order. An input that names nothing is an InputError."""
    found: dict[Path, None] = {}
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            matches = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            matches = [path]
        elif glob.has_magic(str(given)):
            matches = sorted(p for p in map(Path, glob.glob(str(given), recursive=True))
                             if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            raise InputError(f"{given}: no such file or folder")
        if not matches:
            raise InputError(f"{given}: no .txt, .html or .jsonl articles there")
        found.update(dict.fromkeys(matches))
    return list(found)


def count(paths: Iterable[Path]) -> int:
    """How many articles the files hold (a .jsonl line each), without parsing them."""
    total = 0
    for path in paths:
        if path.suffix.lower() != ".jsonl":
            total += 1
            continue
        with path.open("rb") as fh:
            total += sum(1 for line in fh if line.strip())
    return total


def _line_article(line: str, origin: str, fallback_id: str, given: Defaults) -> Article:
    try:
        doc = json.loads(line)
    except ValueError as exc:
        raise InputError(f"{origin}: not JSON ({exc})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
        raise InputError(f"{origin}: expected an object with a \"text\" string")
    if not doc["text"].strip():
        raise InputError(f"{origin}: the article is empty")
    meta = {"outlet": doc.get("source") or doc.get("outlet"), "title": doc.get("title"),
            "published": doc.get("published"), "language": doc.get("lang") or doc.get("language"),
            "url": doc.get("url")}
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise InputError(f"{origin}: \"{key}\" is not a string")
    article = make_article(doc["text"], str(doc.get("id") or fallback_id), **meta)
    return with_metadata(article, given.published, given.source, given.url, given.lang)


def read_jsonl(path: Path, given: Defaults = Defaults()) -> Iterator[Article | Skipped]:
    """One article per non-blank line of {"id","text","published","source","url","lang"}."""
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            origin = f"{path}:{n}"
            try:
                line = raw.decode("utf-8")
                yield _line_article(line, origin, f"{path.stem}-{n}", given)
            except UnicodeDecodeError as exc:
                yield Skipped(origin, f"not valid UTF-8 at byte {exc.start}")
            except InputError as exc:
                yield Skipped(origin, _reason(exc, origin))


def read_corpus(paths: Iterable[Path], given: Defaults = Defaults()) -> Iterator[Article | Skipped]:
    """Every article of the files, in order; what cannot be read, or has no source to be
    stored under, comes as Skipped."""
    for path in paths:
        if path.suffix.lower() == ".jsonl":
            try:
                for item in read_jsonl(path, given):
                    yield item if isinstance(item, Skipped) or item.outlet else \
                        Skipped(item.id, NO_SOURCE)
            except OSError as exc:
                yield Skipped(str(path), f"cannot read ({exc.strerror})")
            continue
        try:
            article = read_article(path, given.published, given.source, given.url, given.lang)
        except InputError as exc:
            yield Skipped(str(path), _reason(exc, str(path)))
            continue
        if not article.outlet:
            yield Skipped(str(path), NO_SOURCE)
        else:
            yield article

