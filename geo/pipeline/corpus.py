"""Article sources for ingest: files with sidecars, .jsonl lines, folders and glob patterns."""
from __future__ import annotations

import glob
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from geo.articles import article_from_record, read_article, with_metadata
from geo.errors import InputError
from geo.fileio import json_lines
from geo.records import Article

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
SUFFIXES = (*ARTICLE_SUFFIXES, ".jsonl")
NO_SOURCE = "no source: pass --source NAME"


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not become an article, and why."""

    origin: str  # the file, or "file:line" for a .jsonl line
    reason: str


def _reason(exc: InputError, origin: str) -> str:
    """The message without the file or article id it starts with (the origin says that); a
    path it names is kept ("a.json: ..." is the sidecar's fault, not the article's)."""
    return re.sub(r"^[^\s:/]+: ", "", str(exc).removeprefix(f"{origin}: "), count=1)


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


def read_jsonl(path: Path, given: Defaults = Defaults()) -> Iterator[Article | Skipped]:
    """One article per non-blank line of {"id","text","published","source","url","lang"};
    a line without an id is named FILE-LINE."""
    for line in json_lines(path):
        if line.value is None:
            yield Skipped(line.origin, line.problem)
            continue
        try:
            article = article_from_record(line.value, line.origin, f"{path.stem}-{line.number}")
            if not article.text.strip():
                raise InputError(f"{line.origin}: the article is empty")
            yield with_metadata(article, given.published, given.source, given.url, given.lang)
        except InputError as exc:
            yield Skipped(line.origin, _reason(exc, line.origin))


def read_corpus(paths: Iterable[Path], given: Defaults = Defaults(),
                need_source: bool = True) -> Iterator[Article | Skipped]:
    """Every article of the files, in order; what cannot be read, or (with `need_source`)
    has no source to be stored under, comes as Skipped."""
    for path in paths:
        if path.suffix.lower() == ".jsonl":
            try:
                for item in read_jsonl(path, given):
                    yield item if isinstance(item, Skipped) or item.outlet or not need_source \
                        else Skipped(item.id, NO_SOURCE)
            except InputError as exc:  # the file itself: unreadable, not a regular file
                yield Skipped(str(path), _reason(exc, str(path)))
            continue
        try:
            article = read_article(path, given.published, given.source, given.url, given.lang)
        except InputError as exc:
            yield Skipped(str(path), _reason(exc, str(path)))
            continue
        if need_source and not article.outlet:
            yield Skipped(str(path), NO_SOURCE)
        else:
            yield article



def all_or_nothing(items: Iterable[Article | Skipped], after: str = "") -> list[Article]:
    """The articles, or one InputError listing every input that cannot be used."""
    read = list(items)
    bad = [item for item in read if isinstance(item, Skipped)]
    if bad:
        raise InputError("\n".join(f"{s.origin}: {s.reason}" for s in bad) + after)
    return [item for item in read if not isinstance(item, Skipped)]
