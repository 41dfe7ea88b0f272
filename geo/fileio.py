"""Files read and written safely: size-limited reads, JSON lines split on "\\n" only, and
writes that leave either the old file or the new one, never half of one."""
from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from geo.config import MAX_ARTICLE_BYTES
from geo.errors import InputError


def read_limited(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, refusing one over `limit` bytes (default MAX_ARTICLE_BYTES).

    The limit is on the bytes actually read, not on the size the file reports, and only
    regular files are read: a FIFO would wait forever, /dev/zero never ends."""
    limit = MAX_ARTICLE_BYTES if limit is None else limit
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise InputError(f"{path}: not a regular file")
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > limit:
        raise InputError(f"{path}: over the limit of {limit} bytes")
    return data


# A .jsonl line holds one article and its metadata: at most an article's size and a little.
MAX_LINE_BYTES = MAX_ARTICLE_BYTES + 64 * 1024


@dataclass(frozen=True, slots=True)
class JsonLine:
    """One non-blank line of a JSON-lines file: the object it holds, or why it holds none."""

    origin: str  # "FILE:N"
    number: int  # 1-based line number
    value: dict[str, Any] | None  # None when the line is not a JSON object
    problem: str = ""  # why value is None


def json_lines(path: Path) -> Iterator[JsonLine]:
    """Every non-blank line of a JSON-lines file, in order.

    Lines end at "\\n" only: U+2028, U+0085 and the other characters that str.splitlines()
    also splits at are text inside a JSON string (json.dumps(..., ensure_ascii=False)
    writes them as they are), so reading bytes line by line keeps them whole.
    """
    limit = MAX_LINE_BYTES
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise InputError(f"{path}: not a regular file")
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    with fh:
        number = 0
        while raw := fh.readline(limit + 1):
            number += 1
            origin = f"{path}:{number}"
            if len(raw) > limit and not raw.endswith(b"\n"):
                while (rest := fh.readline(limit)) and not rest.endswith(b"\n"):
                    pass  # the rest of the line, read in bounded pieces and dropped
                yield JsonLine(origin, number, None, f"a line over the limit of {limit} bytes")
                continue
            if not raw.strip():
                continue
            try:
                value = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield JsonLine(origin, number, None, f"not valid UTF-8 at byte {exc.start}")
                continue
            except ValueError as exc:
                yield JsonLine(origin, number, None, f"not JSON ({exc})")
                continue
            if not isinstance(value, dict):
                yield JsonLine(origin, number, None, "expected a JSON object")
                continue
            yield JsonLine(origin, number, value)


@contextmanager
def atomic_write(path: Path, mode: str = "wb") -> Iterator[IO[Any]]:
    """A file to write `path` through: it replaces `path` only once it is complete, and a
    failure leaves `path` as it was and no temporary file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with (os.fdopen(fd, mode) if "b" in mode else os.fdopen(fd, mode, encoding="utf-8")) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
